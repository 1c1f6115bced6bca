CASES = [
    (
        """Food inflation eases for third month but shoppers still feeling pinch

By Rachel Dunmore, Business reporter

Food price inflation in UK shops slowed for a third consecutive month in March, according to industry figures, although shoppers are still paying significantly more for staples such as butter, coffee and chocolate than a year ago.

The British Retail Trade Council (BRTC) said shop price inflation fell to 2.1% in the four weeks to 29 March, down from 2.6% in February. Food inflation eased to 3.4%, from 3.9%.

"While the slowdown is welcome, households are still paying noticeably more for their weekly shop than they were this time last year," said Helena Marchbank, chief executive of the BRTC.

"Retailers have worked hard to absorb rising costs, but with higher employer national insurance contributions due next month, there is only so much they can take on before prices go up again."

Fresh food inflation fell to 2.8%, driven by cheaper vegetables and fish, while ambient food inflation rose slightly to 4.2%, reflecting the rising cost of cocoa and coffee beans on global markets.

Mike Ostrander, head of retail insights at data firm Northlight Analytics, which compiles the figures with the BRTC, said the picture was "more mixed than the headline suggests".

"Chocolate lovers will have noticed the jump ahead of Easter - prices for confectionery are up more than 10% on a year ago," he said. "Retailers are running promotions to soften the blow, but the underlying cost pressure hasn't gone away."

Official figures from the Office for National Statistics (ONS) last month showed overall inflation at 2.8%. The Bank of England has warned it expects inflation to rise again later in the year, partly due to higher energy bills.

At a discount supermarket in Walsall, shoppers told the BBC they were still shopping around.

"I go to three different shops now to get the best deals," said Joanne Pritchard, 46, a care worker and mother of two. "It takes longer, but when you're feeding a family it adds up."

Retired lorry driver Dennis Achebe, 71, said he had cut back on meat. "I used to buy a joint every Sunday. Now it's once a month if I'm lucky."

The government said it was "committed to easing the cost of living" and pointed to the rise in the national living wage, which comes into effect next month.

A Treasury spokesperson said: "We know families are still feeling the pressure, which is why we're freezing fuel duty and raising the minimum wage for millions of workers."

The BRTC's next monthly figures are due on 6 May.""",
        [
            ("While the slowdown is welcome", "Helena Marchbank"),
            ("Retailers have worked hard to", "Helena Marchbank"),
            ("more mixed than the headline", "Mike Ostrander"),
            ("Chocolate lovers will have noticed", "Mike Ostrander"),
            ("Retailers are running promotions to", "Mike Ostrander"),
            ("I go to three different", "Joanne Pritchard"),
            ("It takes longer, but when", "Joanne Pritchard"),
            ("I used to buy a", "Dennis Achebe"),
            ("committed to easing the cost", "government"),
            ("We know families are still", "spokesperson"),
        ],
    ),
    (
        """Pennington’s profits jump as shoppers return to the big weekly shop

Julia Kersey

Pennington’s, Britain’s fourth-largest supermarket chain, has reported a 14% rise in annual profits, as its boss said shoppers were “coming back to the big shop” after two years of trading down to discounters.

The Leeds-based grocer made an underlying pre-tax profit of £612m in the year to 1 March, up from £537m a year earlier, on sales that rose 4.6% to £24.1bn.

Its chief executive, Alastair Greaves, said price cuts on more than 3,000 products and a revamped loyalty scheme had helped win back customers.

“We made a deliberate choice to invest in price when our customers needed it most, and that is now paying off,” he said. “Volumes are growing faster than the market and our share of the weekly shop is up for the first time in five years.”

Greaves warned, however, that the group faced £140m in additional costs in the coming year from higher employer national insurance contributions, the increase in the national living wage and a new packaging levy.

“That is a significant bill, and we will do everything we can to absorb it, but I’m not going to pretend it won’t have an impact somewhere,” he told reporters on a call. Asked whether that meant higher prices, he said the company would “always try to be last to move”.

Pennington’s, which employs 118,000 people and runs 540 stores, said it would also slow recruitment at its head office and close 11 of its in-store cafes.

The GMB union, which represents workers in the company’s warehouses, criticised the cafe closures. Sharon Okafor, a GMB national officer, said: “Staff have been told with barely a fortnight’s notice that their jobs are at risk. For a business making over £600m in profit, that is frankly shameful.”

The company said affected staff would be offered roles elsewhere in its stores.

Analysts broadly welcomed the results. Clive Barrowman, a retail analyst at the stockbroker Holmwood Sinclair, said Pennington’s had “finally found its feet” after a difficult period under previous management.

“The question is whether it can keep this going when Aldi and Lidl are still opening stores at a rate of knots and the big two are spending heavily on price,” he added.

Shares in Pennington’s rose 6% in morning trading.

The sector has been under close scrutiny from the Competition and Markets Authority, which last year found no evidence that weak competition was driving up grocery prices but said it would keep the market under review.""",
        [
            ("coming back to the big", "Alastair Greaves"),
            ("We made a deliberate choice", "Alastair Greaves"),
            ("Volumes are growing faster than", "Alastair Greaves"),
            ("That is a significant bill", "Alastair Greaves"),
            ("always try to be last", "Alastair Greaves"),
            ("Staff have been told with", "Sharon Okafor"),
            ("finally found its feet", "Clive Barrowman"),
            ("The question is whether it", "Clive Barrowman"),
        ],
    ),
    (
        """Shoppers’ fury as family favourite biscuits shrink by a fifth - but the price stays the same

By Tom Ellery, Consumer Affairs Editor

Shoppers have accused a biscuit maker of ‘taking customers for fools’ after a popular chocolate digestive packet was quietly cut by a fifth while its price stayed the same.

Packs of Hartfield’s Milk Chocolate Digestives, which are sold in most major supermarkets, have shrunk from 400g to 320g — meaning there are now 16 biscuits in a packet instead of 20.

The recommended price remains £2.15, which consumer group ShopWatch calculates amounts to a 25 per cent price rise per biscuit.

Grandmother Maureen Tillotson, 68, from Stockport, noticed the change when she opened a new packet for her grandchildren.

‘I thought I was going mad,’ she said. ‘The packet looks exactly the same size, but it was half empty. It’s sneaky, that’s what it is. If they need to put the price up, just be honest and put the price up.’

Dozens of shoppers took to social media to complain. One wrote: ‘Twenty biscuits to sixteen and not a word about it on the pack. Shameless.’

Another said: ‘Shrinkflation strikes again. Soon we’ll be paying two quid for a biscuit and an apology.’

ShopWatch said the practice was ‘becoming depressingly common in the aisles’.

Its head of food policy, Priya Raman, said: ‘Manufacturers are well within the law to reduce pack sizes, but shoppers deserve to know when it happens. Too often the only clue is a tiny change to the weight on the back of the pack.

‘We’re calling on supermarkets to flag shrinking products clearly on shelf labels so customers can make an informed choice.’

A spokesman for Hartfield’s said the company had faced ‘unprecedented increases in the cost of cocoa’, which has more than doubled in price over the past two years.

‘We have absorbed these costs for as long as we possibly could,’ he said. ‘Reducing the pack size has allowed us to keep the price point that our customers know, rather than pass on a larger increase.’

The Government has previously said it is working with regulators on rules to make unit pricing clearer in shops.

Last year the Competition and Markets Authority found that many shoppers were unable to compare prices properly because of inconsistent unit pricing on shelf labels.""",
        [
            ("taking customers for fools", "shoppers"),
            ("I thought I was going", "Maureen Tillotson"),
            ("The packet looks exactly the", "Maureen Tillotson"),
            ("Twenty biscuits to sixteen and", "shopper"),
            ("Shrinkflation strikes again. Soon we’ll", "shopper"),
            ("becoming depressingly common in the", "ShopWatch"),
            ("Manufacturers are well within the", "Priya Raman"),
            ("We’re calling on supermarkets to", "Priya Raman"),
            ("unprecedented increases in the cost", "spokesman"),
            ("We have absorbed these costs", "spokesman"),
            ("Reducing the pack size has", "spokesman"),
        ],
    ),
    (
        """UK retail sales fall unexpectedly as wet weather keeps shoppers at home

LONDON, March 21 (Reuters) - British retail sales volumes fell unexpectedly last month as heavy rain kept shoppers away from high streets and households remained cautious about spending, official figures showed on Friday.

Retail sales volumes dropped 0.7% from January, the Office for National Statistics said, confounding the median forecast in a Reuters poll of economists for a 0.3% rise.

"Sales fell back in February, with clothing retailers and garden centres in particular reporting a poor month as wet weather put people off going out," ONS senior statistician Daniel Fairclough said.

"Supermarket sales were broadly flat, though online retailers had a better month."

Compared with February last year, sales volumes were 0.4% higher.

Sterling was little changed against the dollar after the data.

The figures add to signs that consumers remain wary despite wages rising faster than prices for most of the past year. Surveys have shown households putting more of their income into savings amid worries about job security and higher taxes.

"Consumers have the means to spend but not, it seems, the confidence," said Ellie Vantongeren, senior UK economist at Castlebridge Capital. "Until that changes, we think the recovery in retail will remain patchy at best."

Retail bosses have warned that increases in employers' social security contributions and the minimum wage, which take effect in April, will force them to raise prices and cut jobs.

Kieran Moult, chief economist at the British Retail Trade Council, said the industry faced "a very difficult few months".

"Many retailers are already running on thin margins," Moult said. "The combined hit from April's tax and wage increases means further job losses and price rises are now, sadly, almost inevitable."

The Bank of England cut interest rates to 4.5% last month and is expected to keep them on hold at its meeting next week. Some policymakers have said weak consumer spending is a reason to lower borrowing costs faster, while others worry about persistent inflation.

Separately, a survey by market research firm Marlow Research showed consumer confidence edged up one point to -19 in March.

"This is hardly a resounding vote of confidence," said Neil Baptiste, Marlow's client strategy director, adding that households were particularly gloomy about the wider economy.

(Reporting by Andrew Caldicott; Editing by Sarah Huxley)""",
        [
            ("Sales fell back in February", "Daniel Fairclough"),
            ("Supermarket sales were broadly flat", "Daniel Fairclough"),
            ("Consumers have the means to", "Ellie Vantongeren"),
            ("Until that changes, we think", "Ellie Vantongeren"),
            ("a very difficult few months", "Kieran Moult"),
            ("Many retailers are already running", "Kieran Moult"),
            ("The combined hit from April's", "Kieran Moult"),
            ("This is hardly a resounding", "Neil Baptiste"),
        ],
    ),
    (
        """End of an era as Garside's department store to close after 130 years

By Laura Penhaligon

Garside's, the independent department store that has anchored Harrowgate Street in Kettleby for 130 years, will close its doors for good in June, its owners have announced.

The family-run business, which employs 64 people, blamed rising costs, falling footfall and the growth of online shopping for the decision.

In a letter to staff seen by the Chronicle, managing director Fiona Garside-Whitlock, the great-great-granddaughter of founder Josiah Garside, said the decision had been "the hardest of my working life".

"We have explored every possible option, including a sale of the business and moving to a smaller site, but none of them would have secured the store's future," she wrote.

"I want to thank our staff, many of whom have been with us for decades, and the generations of customers who have shopped with us. Garside's has always been about people, and that will never change."

The store, famous for its Christmas grotto and its wood-panelled tea room, opened in 1895 as a draper's shop and expanded to four floors in the 1930s.

Staff were told of the closure at a meeting on Tuesday morning. One long-serving employee, who asked not to be named, said many colleagues had been in tears.

"We knew things weren't great, but nobody expected this," she said. "Some of us have worked here since we left school. It's like losing a family member."

Kettleby Borough Council leader Cllr Martin Oyelaran said the closure was "a real blow to the town centre" and that the council would work with the owners to find a new use for the Grade II-listed building.

"Garside's is part of the fabric of Kettleby and I know many residents will be heartbroken by this news," he said. "Our priority now is supporting the staff and making sure this landmark building doesn't sit empty."

Shoppers on Harrowgate Street yesterday said the closure was another sign of the town's decline.

Pensioner Gwen Hollis, 79, said: "My mother bought my christening gown there, and I bought my daughter's wedding shoes there. Where else are we meant to go? Everything's closing."

Kettleby Business Improvement District said footfall in the town centre had fallen by around 12 per cent since 2019. Its chair, Raj Mistry, said: "Independent retailers are facing a perfect storm of business rates, energy bills and wage costs. Without real reform, we will see more stores like Garside's disappear."

A closing-down sale will begin next month.""",
        [
            ("the hardest of my working", "Fiona Garside-Whitlock"),
            ("We have explored every possible", "Fiona Garside-Whitlock"),
            ("I want to thank our", "Fiona Garside-Whitlock"),
            ("We knew things weren't great", "long-serving employee"),
            ("Some of us have worked", "long-serving employee"),
            ("a real blow to the", "Martin Oyelaran"),
            ("Garside's is part of the", "Martin Oyelaran"),
            ("Our priority now is supporting", "Martin Oyelaran"),
            ("My mother bought my christening", "Gwen Hollis"),
            ("Independent retailers are facing a", "Raj Mistry"),
        ],
    ),
    (
        """Kingsmere pulls Brayfield brands from shelves in pricing stand-off

Kingsmere, the UK’s fifth-largest grocer, has stopped restocking dozens of products from consumer goods group Brayfield Foods as the two sides clash over the supplier’s demand for price increases of up to 9 per cent.

The dispute, which affects brands including Carrick’s soups and Old Mill baked beans, is the latest in a series of stand-offs between supermarkets and branded manufacturers as the cost of ingredients, packaging and labour continues to climb.

Kingsmere said it would “not pass on unjustified price increases to our customers” and that shoppers would be able to buy alternatives, including its own-label ranges.

“We have been negotiating in good faith for several months,” the company said in a statement. “Brayfield is seeking increases that go well beyond what we believe is justified by its own cost inflation, and we won’t ask our customers to foot the bill.”

Brayfield, which is listed in London and reported operating profit of £318mn last year, said its price rises reflected “significant and sustained increases” in the cost of tomatoes, wheat and energy.

Oliver Stanmore, its chief executive, said: “We don’t take decisions on pricing lightly. We have absorbed a significant proportion of our cost increases over the past three years, but there comes a point where the numbers simply don’t work.”

He added that Brayfield remained “hopeful of a resolution in the coming weeks” and that its products were still available at other retailers.

People familiar with the talks said the gap between the two sides had narrowed this week, but that Kingsmere was holding out for a commitment that Brayfield would not seek further increases before the end of the year.

One senior executive at a rival supermarket said such disputes had become “part of the furniture” since the cost of living crisis began. “Everyone is fighting over margin. The suppliers want it back and the retailers can’t afford to give it up,” the executive said.

Disputes of this kind usually end in compromise. Last year a row between a leading discounter and a confectionery maker was resolved within a month, after gaps appeared on shelves across the country.

Harriet Colquhoun, a consumer analyst at Pearce Dunmore, said branded suppliers held less power than they once did because shoppers had become used to switching to own-label alternatives.

“Five years ago, a supermarket without the leading brand of beans would have been in real trouble,” she said. “Now a lot of shoppers won’t even notice. That changes the balance in these negotiations.”

Shares in Brayfield fell 2.3 per cent on Thursday.""",
        [
            ("not pass on unjustified price", "Kingsmere"),
            ("We have been negotiating in", "Kingsmere"),
            ("significant and sustained increases", "Brayfield Foods"),
            ("We don’t take decisions on", "Oliver Stanmore"),
            ("hopeful of a resolution in", "Oliver Stanmore"),
            ("part of the furniture", "senior executive at a rival supermarket"),
            ("Everyone is fighting over margin.", "senior executive at a rival supermarket"),
            ("Five years ago, a supermarket", "Harriet Colquhoun"),
            ("Now a lot of shoppers", "Harriet Colquhoun"),
        ],
    ),
    (
        """Island shoppers paying up to 40% more for basic groceries, report finds

By Catriona McFadyen

Households on Scotland's islands are paying up to 40% more than mainland shoppers for a basket of everyday groceries, according to a new report.

The study, by the Rural Communities Policy Unit at the University of Glenmore, compared the prices of 35 staple items - including bread, milk, eggs, pasta and toilet roll - in shops on 12 islands with prices at large supermarkets in Glasgow and Inverness.

It found that the same basket cost an average of £68.40 on the islands, compared with £49.10 on the mainland. On the most remote islands, the gap widened to more than 40%.

The report's lead author, Dr Iain Macrae, said the findings confirmed what islanders had long known.

"People who live on the islands are not imagining it - they genuinely are paying far more for the basics, and they are often doing so on lower incomes," he said.

"Small island shops are not profiteering. They face higher freight costs, smaller volumes and in many cases they simply can't get the deals that big chains can. But the result is that families are being squeezed hard."

The report also found that many islanders do not have access to online delivery from major supermarkets, with several chains declining to deliver beyond the mainland or charging high surcharges.

Morag Lindsay, who runs a community-owned shop on the Isle of Tornsay, said the business worked "on a shoestring" to keep prices as low as possible.

She said: "Every pallet that comes over on the ferry costs us money, and if the ferry is cancelled, which happens a lot in winter, we've got empty shelves and customers going without. We're not making a fortune - we're trying to keep the lights on."

Local MSP Alasdair Grant said the report should be "a wake-up call for ministers".

"Island communities are being hit with a hidden tax on living where they do," he said. "The Scottish Government needs to look seriously at freight subsidies and work with retailers to extend delivery services."

A Scottish Government spokeswoman said ministers recognised "the particular challenges faced by island communities".

She said: "We continue to invest in ferry services and our islands programme, and we will consider the findings of this report carefully."

The report's authors are calling for a dedicated island cost-of-living fund and for a review of how freight charges are set on lifeline ferry routes.""",
        [
            ("People who live on the", "Iain Macrae"),
            ("Small island shops are not", "Iain Macrae"),
            ("on a shoestring", "Morag Lindsay"),
            ("Every pallet that comes over", "Morag Lindsay"),
            ("a wake-up call for ministers", "Alasdair Grant"),
            ("Island communities are being hit", "Alasdair Grant"),
            ("The Scottish Government needs to", "Alasdair Grant"),
            ("the particular challenges faced by", "spokeswoman"),
            ("We continue to invest in", "spokeswoman"),
        ],
    ),
    (
        """Dairy farmers blockade supermarket depot as milk price cut bites

By Ben Hollings

Around 200 dairy farmers blockaded a supermarket distribution centre in Somerset overnight in protest at a cut in the price they are paid for milk.

Tractors lined the entrance to the Hollybrook depot near Westcombe from late on Wednesday evening, preventing lorries from leaving for several hours.

Farmers say Ashvale Dairies, which supplies milk to the Hollybrook supermarket chain, will cut the price it pays by 2p a litre from next month, taking it to 36p - below what many say it costs them to produce.

Tom Wickstead, 52, who milks 180 cows near Westcombe, said: 'We're losing money on every litre we produce. My father farmed here, my grandfather farmed here, and I honestly don't know if there'll be a farm for my son to take on.'

He added: 'Shoppers are still paying the same in the shops. So where's the money going? It's not coming to us.'

The protest, organised through social media, began at around 9pm on Wednesday and lasted until early on Thursday. Police said it had been peaceful and no arrests were made.

Gareth Pugh, chairman of the Dairy Farmers' Alliance, said the cut was 'the final straw for a lot of us'.

'We've had a wet winter, feed costs are through the roof, and now this,' Mr Pugh said. 'The supply chain is broken. Farmers are taking all the risk and getting none of the reward.

'We're calling on Hollybrook to step in and make sure the farmers who supply its milk get a fair price.'

Ashvale Dairies said in a statement that it had been forced to reduce its price because of a fall in the value of cream and butter on wholesale markets.

'We understand this is a difficult time for our farmers and we don't take these decisions lightly,' the statement said. 'We will review our price as soon as market conditions allow.'

A Hollybrook spokesman said the chain was 'proud to support British dairy farmers' and had not changed what it pays its processor.

'We pay Ashvale a price that reflects the cost of production and we'd urge them to pass that on to farmers,' he said.

Ashvale is due to meet representatives of its farmers next week.""",
        [
            ("We're losing money on every", "Tom Wickstead"),
            ("Shoppers are still paying the", "Tom Wickstead"),
            ("the final straw for a", "Gareth Pugh"),
            ("We've had a wet winter", "Gareth Pugh"),
            ("The supply chain is broken.", "Gareth Pugh"),
            ("We're calling on Hollybrook to", "Gareth Pugh"),
            ("We understand this is a", "Ashvale Dairies"),
            ("We will review our price", "Ashvale Dairies"),
            ("proud to support British dairy", "spokesman"),
            ("We pay Ashvale a price", "spokesman"),
        ],
    ),
]
