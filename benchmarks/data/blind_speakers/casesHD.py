CASES = [
    (
        """Supermarket food price inflation eases for third month

By Ellen Marsh, Business reporter

Food price inflation at UK supermarkets slowed for the third month in a row in April, offering some relief to households who have faced two years of steep rises in their weekly shopping bills.

Grocery prices were 4.1% higher than a year earlier, down from 5.3% in March, according to figures from the retail analysts Brightfield Insight.

Prices of butter, cheese and bread fell month on month, while chocolate and coffee continued to climb because of poor harvests in West Africa and Brazil.

"We are finally seeing the pressure come off some of the everyday staples," said Marcus Hale, head of retail research at Brightfield. "But shoppers have long memories, and they are still comparing what they pay now with what they paid three years ago."

Mr Hale said the slowdown was being driven partly by a fiercer price war between the big four chains and the discounters, which have continued to win customers.

Hartwell's, the country's third-largest grocer, announced last week it would cut the price of 400 own-brand lines, a move its chief executive, Sandra Okafor, described as "a long-term investment in trust".

Rival chain Penmore said it would match the cuts. A spokeswoman for the company said: "Our customers can be confident they will not pay more with us for their big weekly shop."

However, the British Grocers' Federation warned that rising staff costs could push prices back up later in the year.

Its director of policy, Gareth Lines, told the BBC's Today programme that the increase in employers' national insurance contributions had added "hundreds of millions of pounds" to the industry's wage bill.

"Retailers have absorbed as much as they can," he said. "At some point those costs find their way on to the shelf."

The Treasury said it had taken "difficult but necessary decisions" to stabilise the public finances and pointed to the rise in the minimum wage, which it said would put more money in workers' pockets.

For shoppers in Market Harborough on Saturday morning, the figures offered little comfort.

"I still go round with a calculator," said Joan Whitaker, 67, a retired school cook. "Coffee has gone through the roof. I've switched to the own brand and I don't even like it."

Consumer groups say households on the lowest incomes remain hardest hit because they spend a larger share of their money on food.

Priya Chandran, of the campaign group Fair Food Britain, said cheaper ranges were still too often missing from smaller convenience stores in poorer areas.

"The headline number is falling, but if you can't get to a big superstore, you are paying a premium just for where you live," she said.""",
        [
            ("We are finally seeing the", "Marcus Hale"),
            ("But shoppers have long memories", "Marcus Hale"),
            ("a long-term investment in trust", "Sandra Okafor"),
            ("Our customers can be confident", "spokeswoman"),
            ("hundreds of millions of pounds", "Gareth Lines"),
            ("Retailers have absorbed as much", "Gareth Lines"),
            ("At some point those costs", "Gareth Lines"),
            ("difficult but necessary decisions", "Treasury"),
            ("I still go round with", "Joan Whitaker"),
            ("Coffee has gone through the", "Joan Whitaker"),
            ("The headline number is falling", "Priya Chandran"),
        ],
    ),
    (
        """Workers at Callaghan’s department stores to strike over pay and rosters

Union says staff at seven stores will walk out on Saturday unless management returns to talks

Niamh Brennan
Consumer Affairs Correspondent

About 600 workers at the Callaghan’s department store chain are to stage a one-day strike on Saturday in a dispute over pay, rostering and the use of agency staff.

The Retail and Distributive Workers’ Union (RDWU) said its members at seven stores, including the flagship outlet on Dublin’s Harcourt Street, had voted by 87 per cent in favour of industrial action.

The union’s divisional organiser, Declan Furlong, said staff had been left with no option after the company declined to engage with a Labour Court recommendation issued in February.

“Our members have been more than patient,” he said. “They kept these stores open through the pandemic and through the cost-of-living crisis, and they have been rewarded with a pay offer that doesn’t even keep pace with their rent.”

Mr Furlong said workers in Cork, Galway and Limerick had reported being rostered for split shifts with less than a week’s notice, making it “impossible to arrange childcare” for many parents.

“This is not about a few euro an hour,” he added. “It is about being treated with basic respect.”

In a statement, Callaghan’s Retail Group said it had made “a fair and sustainable offer” of a 3.5 per cent increase over two years, and that it remained “open to dialogue at any time”.

The company said trading conditions were extremely challenging because of rising energy, insurance and rent costs, and warned that the strike would “only damage the business on which these jobs depend”. It said all stores would remain open on Saturday.

One long-serving employee at the Harcourt Street store, who asked not to be named, told The Irish Times that morale had “never been lower”.

“I’ve been here 19 years and I’ve never seen it like this,” she said. “People are going home in tears. New staff come in on agency contracts and they’re gone within a month.”

Arnold Keane, director of the Irish Retail Council, said department stores were under particular pressure from online competition and the shift in spending away from city centres.

“The department store model is being squeezed from every side,” he said, adding that a prolonged dispute would be “in nobody’s interest”.

Minister of State for Employment Affairs Orla Tierney said she was monitoring the situation closely.

“I would urge both sides to step back from the brink and use the State’s industrial relations machinery, which exists precisely for situations like this,” she said.

The RDWU has said further strike dates in the run-up to the back-to-school period have not been ruled out.""",
        [
            ("Our members have been more", "Declan Furlong"),
            ("They kept these stores open", "Declan Furlong"),
            ("impossible to arrange childcare", "Declan Furlong"),
            ("This is not about a", "Declan Furlong"),
            ("It is about being treated", "Declan Furlong"),
            ("a fair and sustainable offer", "Callaghan’s Retail Group"),
            ("open to dialogue at any", "Callaghan’s Retail Group"),
            ("only damage the business on", "Callaghan’s Retail Group"),
            ("never been lower", "long-serving employee at the Harcourt Street store"),
            ("I’ve been here 19 years", "long-serving employee at the Harcourt Street store"),
            ("People are going home in", "long-serving employee at the Harcourt Street store"),
            ("The department store model is", "Arnold Keane"),
            ("in nobody’s interest", "Arnold Keane"),
            ("I would urge both sides", "Orla Tierney"),
        ],
    ),
    (
        """Shop workers 'treated like punchbags' as abuse soars, union survey finds

Nine in 10 retail staff say they were verbally abused last year, with many blaming organised shoplifting gangs

Joanna Pike Retail correspondent

Nine in 10 shop workers have been verbally abused by customers in the past year and one in seven has been physically assaulted, according to a survey by one of the UK's largest retail unions.

The Retail and Warehouse Workers' Union (RWWU) said the findings, based on responses from more than 8,000 members in supermarkets, chemists and convenience stores, showed that threats and violence had become "a routine part of the working day".

Almost two-thirds said incidents were linked to shoplifting, with staff reporting a rise in what the industry calls "steal to order" theft, in which gangs target high-value items such as meat and alcohol.

Colin Ferris, the union's general secretary, said ministers needed to go further than the measures promised in last year's crime bill.

"Our members are being treated like punchbags," Ferris said. "Shoplifting has become organised and brazen, and when staff try to intervene they are threatened, spat at and punched. People go into work wondering whether this will be the shift when something serious happens.

"Ministers have made promises. What our members want to see is police officers turning up when they dial 999, and offenders actually being charged."

One checkout worker at a supermarket in the West Midlands, who asked not to be named, wrote in her survey response that she had been threatened with a syringe while trying to stop a man leaving with a trolley of unpaid goods.

"I just froze on the spot," she wrote. "The manager told me afterwards that I should have just let him take it. I went back on the tills the next day because I couldn't afford to take time off."

Harjit Sandhu, chief executive of the National Federation of Independent Grocers, said small shopkeepers had been "left to fend for themselves" and that many had spent thousands of pounds on CCTV, security screens and body-worn cameras.

"We shouldn't have to turn our shops into fortresses," he said. "A lot of our members are family businesses. When someone threatens the person behind the counter, they are threatening somebody's wife, or son, or grandmother."

A senior police officer involved in retail crime strategy, who spoke on condition of anonymity, said forces had been "stretched to breaking point" by competing demands and that officers could not attend every reported theft.

A Home Office spokesperson said: "Every shop worker should be able to do their job without fear of violence or abuse. We are putting thousands more neighbourhood officers on the streets and have made assaulting a retail worker a standalone offence."

The RWWU will present its findings to MPs at a parliamentary reception next week as part of its "Respect for Shopworkers" campaign.""",
        [
            ("treated like punchbags", "Colin Ferris"),
            ("a routine part of the", "Retail and Warehouse Workers' Union"),
            ("Our members are being treated", "Colin Ferris"),
            ("Shoplifting has become organised and", "Colin Ferris"),
            ("Ministers have made promises. What", "Colin Ferris"),
            ("I just froze on the", "checkout worker at a supermarket in the West Midlands"),
            ("The manager told me afterwards", "checkout worker at a supermarket in the West Midlands"),
            ("left to fend for themselves", "Harjit Sandhu"),
            ("We shouldn't have to turn", "Harjit Sandhu"),
            ("A lot of our members", "Harjit Sandhu"),
            ("stretched to breaking point", "senior police officer involved in retail crime strategy"),
            ("Every shop worker should be", "spokesperson"),
        ],
    ),
    (
        """Shoppers 'taken for fools' as shrinkflation hits more than 600 products

- Biscuits, crisps and toilet rolls among family favourites quietly made smaller
- Consumer watchdog demands shelf warnings whenever a pack is cut

By TOM GARRETT, CONSUMER AFFAIRS EDITOR

Family favourites from chocolate bars to toilet rolls have been quietly shrunk while their prices stayed the same or even went up, a damning investigation has found.

Consumer group ShopWatch UK identified more than 600 products on supermarket shelves that had been downsized in the past 12 months – a practice dubbed 'shrinkflation'.

A multipack of Crumbly Bites biscuits has dropped from ten packets to eight, while its £2.25 price tag has not budged. A sharing bag of Golden Crunch crisps has lost 20g, and a nine-pack of Softique toilet rolls now has 20 fewer sheets on each roll.

Last night ShopWatch UK's editor Helen Dunmore said: "Shoppers are being taken for fools. Manufacturers think that if they shave a few grams off, nobody will notice.

"Well, our research shows that people do notice – and they are absolutely furious."

She called for supermarkets to be legally required to put "clear and prominent" labels on shelves for at least six months whenever a product shrinks.

Conservative MP Fiona Leggett, who has campaigned on the issue, branded the practice "a sneaky stealth tax on families" and said she would raise it in the Commons next week.

"If a company wants to put its prices up, it should be honest about it," she said. "Hiding it in the packaging is a con, plain and simple."

Mother-of-three Kerry Pryce, 38, from Ashbourne Green, Kent, said she had noticed her children's cereal "running out days earlier" than it used to.

"I buy the same things every week, so you notice," she said. "It's the same box, same price, but there's a big gap at the top. It feels like you're being mugged off."

A spokesman for Harrowgate Foods, which makes Crumbly Bites, said: "Like all food producers, we have faced unprecedented increases in the cost of ingredients, packaging and energy. Where possible we absorb these costs, but in some cases we have had to make the difficult decision to change pack sizes rather than raise prices."

The British Retail Forum, which represents the major supermarkets, said in a statement that pack sizes were "a matter for manufacturers" and that retailers already displayed unit prices so customers could compare value.

"Unit pricing gives shoppers everything they need to make an informed choice," the statement added.

ShopWatch UK's full list of downsized products is available on its website.""",
        [
            ("taken for fools", "Helen Dunmore"),
            ("Shoppers are being taken for", "Helen Dunmore"),
            ("Well, our research shows that", "Helen Dunmore"),
            ("clear and prominent", "Helen Dunmore"),
            ("a sneaky stealth tax on", "Fiona Leggett"),
            ("If a company wants to", "Fiona Leggett"),
            ("Hiding it in the packaging", "Fiona Leggett"),
            ("running out days earlier", "Kerry Pryce"),
            ("I buy the same things", "Kerry Pryce"),
            ("It's the same box, same", "Kerry Pryce"),
            ("Like all food producers, we", "spokesman"),
            ("a matter for manufacturers", "British Retail Forum"),
            ("Unit pricing gives shoppers everything", "British Retail Forum"),
        ],
    ),
    (
        """Granby's profits jump as shoppers drift back from discounters

Chief executive warns of 'a bumpy few months' as higher labour costs bite

Rachel Ostrowski in London

Granby's, the UK's fifth-largest supermarket chain, said underlying pre-tax profit rose 14 per cent to £612mn in the year to March as shoppers who had defected to discounters during the cost of living crisis returned to its stores.

Like-for-like sales, which strip out the effect of new openings, rose 4.8 per cent, ahead of analysts' forecasts of 4.1 per cent. Market share edged up to 9.6 per cent, according to data from research group Brightfield Insight.

Richard Amis, chief executive, said the group's "Better Value Every Day" programme, under which it cut prices on more than 2,000 products, had helped win back younger families in particular.

"We have won back customers who drifted to the discounters during the worst of the inflation, and crucially they are staying," Amis told the Financial Times. "They are buying more of our premium own-label ranges, which tells us we have rebuilt some trust."

But he cautioned that the company faced "a bumpy few months" as it absorbed higher employer national insurance contributions and a 6.7 per cent rise in the national living wage, which together would add about £140mn to its cost base this year.

Lucy Rennard, finance director, was blunter: "We are not going to pretend the cost environment is easy. We will find efficiencies where we can, but we will not compromise on the price position we have worked so hard to rebuild."

The company kept its guidance for underlying profit of between £620mn and £650mn in the current financial year and raised its final dividend by 8 per cent to 6.1p.

Shares rose 3.2 per cent to 287p by late morning in London.

Clive Norton, an analyst at Berenson Capital, described the results as "solid if unspectacular" and said the market would be watching closely to see whether Granby's could hold its margins as rivals stepped up promotions.

"The question is not whether they can grow sales; it's what they have to give away to do it," he said.

Granby's has been under pressure from activist investor Kittering Partners, which holds a 4 per cent stake and has called for the group to sell its banking arm. In a letter to the board last month, Kittering said the unit was "a distraction from the core grocery business" and was "worth more to a specialist owner".

Amis declined to comment on the letter. One person familiar with the board's thinking said directors were "in no hurry to sell" and regarded the bank as an important source of customer data.""",
        [
            ("a bumpy few months", "Richard Amis"),
            ("We have won back customers", "Richard Amis"),
            ("They are buying more of", "Richard Amis"),
            ("a bumpy few months", "Richard Amis"),
            ("We are not going to", "Lucy Rennard"),
            ("solid if unspectacular", "Clive Norton"),
            ("The question is not whether", "Clive Norton"),
            ("a distraction from the core", "Kittering Partners"),
            ("worth more to a specialist", "Kittering Partners"),
            ("in no hurry to sell", "person familiar with the board's thinking"),
        ],
    ),
    (
        """Families paying €340 more a year for weekly shop as grocery inflation creeps back

Eoin Madigan
Personal Finance Editor

Households are spending an average of €340 more a year on groceries than they were this time last year, as food price inflation has climbed back to its highest level in 18 months.

Grocery prices rose by 4.6pc in the 12 weeks to mid-May, according to the latest figures from research firm Kestrel Consumer Insights, up from 3.2pc in the previous period.

Butter, beef and chocolate saw the sharpest increases, while the price of milk and eggs was broadly stable.

According to Kestrel, “the return of higher inflation is being felt most keenly in fresh categories, where shoppers have fewer cheaper alternatives”.

Fergal Roche, a senior analyst at the firm, said consumers were responding by trading down to own-brand products and shopping more often at the discounters.

“Irish shoppers are extremely savvy at this stage,” he said. “They have been through two years of this, and they know how to shop around. What we’re seeing is a lot more people visiting three or four different stores in a week to get the best deals.”

The figures will put renewed pressure on the Government, which has faced repeated calls to establish a statutory grocery price watchdog.

Opposition enterprise spokesperson Louise Carty said families were being “fleeced at the checkout” while the major retailers reported healthy profits.

“The Minister keeps telling us that the market is competitive,” she said. “If it is so competitive, why are prices going up faster here than almost anywhere else in the eurozone?”

The Minister for Enterprise, Ciarán Boland, said he was “acutely aware of the pressures” on households but insisted there was no evidence of price gouging.

“The Consumer Pricing Authority has looked at this in detail and found that the increases are being driven by input costs – energy, wages, commodities – rather than by excessive margins,” he told the Irish Independent.

The authority’s most recent study, “Margins and Markets in Irish Grocery”, found that retailer profit margins had remained broadly stable since 2021. Mr Boland said he had asked it to publish an update before the end of the year.

A spokeswoman for Grocery Retailers Ireland said members were “working hard to keep prices as low as possible” despite significant increases in wage, energy and insurance costs.

The anti-poverty charity Hearth Ireland said in a statement that calls to its helpline about the cost of food had risen by a fifth since January.

“No family should have to choose between heating their home and putting a proper dinner on the table,” the statement said.""",
        [
            ("the return of higher inflation", "Kestrel Consumer Insights"),
            ("Irish shoppers are extremely savvy", "Fergal Roche"),
            ("They have been through two", "Fergal Roche"),
            ("fleeced at the checkout", "Louise Carty"),
            ("The Minister keeps telling us", "Louise Carty"),
            ("If it is so competitive,", "Louise Carty"),
            ("acutely aware of the pressures", "Ciarán Boland"),
            ("The Consumer Pricing Authority has", "Ciarán Boland"),
            ("working hard to keep prices", "spokeswoman"),
            ("No family should have to", "Hearth Ireland"),
        ],
    ),
    (
        """Fury as Kilbrannan’s only supermarket to close with loss of 45 jobs

By Alasdair Munro

Residents in Kilbrannan have reacted with anger after FreshWay confirmed it will close the town’s only supermarket in August, leaving shoppers facing a 22-mile round trip for a full weekly shop.

The store on Harbour Road, which employs 45 people, is one of 19 across Scotland and the north of England that the chain plans to shut as part of a cost-cutting review.

In a statement, FreshWay said the Kilbrannan branch had been ‘loss-making for a number of years’ and that the decision ‘was not taken lightly’.

‘We understand this news will be disappointing for our colleagues and customers in Kilbrannan,’ the statement continued. ‘We will be doing everything we can to support affected colleagues, including offering roles at other stores where possible.’

But local councillor Moira Baird said the nearest alternative, in Inverlochan, was a 40-minute bus journey away and many older residents did not drive.

‘This is devastating for the town,’ she said. ‘For a lot of our pensioners that shop isn’t just where they buy their groceries, it’s where they see people. It’s the heart of the high street.

‘I’ve written to the chief executive asking him to meet with the community before anything is finalised. The very least they owe this town is a conversation.’

Pensioner Isobel Gunn, 81, who has shopped at the store since it opened in 1994, said: ‘I don’t know what I’ll do. My daughter lives in Glasgow and I can’t carry bags on and off two buses.’

One member of staff, who did not wish to be named, said colleagues were ‘absolutely in bits’ after being called to a meeting on Tuesday morning.

Gordon Laidlaw, regional organiser for the Retail and Warehouse Workers’ Union, said staff had learned of the closure ‘through a two-line email’ and some had worked at the store for more than 20 years.

He added: ‘These are skilled, loyal workers in a town where there aren’t many other jobs. We’ll be pressing FreshWay for proper redeployment and enhanced redundancy terms.’

Highlands and Islands MSP Catriona Fyfe said she had raised the closure with Scottish Government officials and would be ‘exploring every option’, including whether a community-owned shop could take over the site.

Kilbrannan Community Council chairman Alan Moffat said a public meeting would be held in the Victoria Hall on Thursday at 7pm.

‘People are angry, and they have every right to be,’ he said. ‘But anger on its own won’t keep the doors open. We need a plan, and we need it quickly.’""",
        [
            ("loss-making for a number of", "FreshWay"),
            ("was not taken lightly", "FreshWay"),
            ("We understand this news will", "FreshWay"),
            ("We will be doing everything", "FreshWay"),
            ("This is devastating for the", "Moira Baird"),
            ("For a lot of our", "Moira Baird"),
            ("I’ve written to the chief", "Moira Baird"),
            ("I don’t know what I’ll", "Isobel Gunn"),
            ("absolutely in bits", "member of staff"),
            ("through a two-line email", "Gordon Laidlaw"),
            ("These are skilled, loyal workers", "Gordon Laidlaw"),
            ("exploring every option", "Catriona Fyfe"),
            ("People are angry, and they", "Alan Moffat"),
            ("But anger on its own", "Alan Moffat"),
        ],
    ),
    (
        """Ireland's discounters gain ground as grocery price war intensifies

By Padraic Lyons

DUBLIN, June 4 (Reuters) - German-owned discounter Preisfeld overtook ValuMore to become Ireland's second-largest grocer in the 12 weeks to May 25, industry data showed on Tuesday, as shoppers squeezed by stubborn food inflation continued to hunt for cheaper deals.

Preisfeld's market share rose to 22.4% from 21.1% a year earlier, according to Numera Retail Panel, while ValuMore, owned by Cork-based wholesaler Halloran Group, slipped to 21.9%. Quinlans remained the market leader with 23.3%.

Grocery price inflation stood at 3.9%, up from 3.1% in the previous period, the data showed.

"Shoppers are voting with their feet," said Aoife Kerrigan, head of retail and consumer insight at Numera. "Value is the number one driver right now, and the discounters have been very effective at convincing people that they don't have to sacrifice quality to save money."

Kerrigan said the gap between the top three chains was now the narrowest since Numera began tracking the market in 2008. Sales of own-label products rose 8.2%, well ahead of branded goods at 2.1%, she said.

Preisfeld, which has 171 stores in Ireland and plans to open 12 more this year, said in an emailed statement that it was "delighted that more Irish families than ever are choosing to shop with us".

ValuMore chief executive Brendan Tully told Reuters last month that the group would not be "drawn into a race to the bottom" on price and was investing instead in fresh food and local suppliers. A spokesperson for Halloran Group declined to comment on the latest figures.

"There is clearly more room for the discounters to grow, particularly outside the big cities, where their store density is still relatively low," Merrion Securities analyst Cathal Doyle said in a note to clients.

The shift has added to tensions in the supply chain. Seamus Kiely, president of the Irish Farm Producers' Federation, said last week that some suppliers were being "squeezed to the point where they can't keep going" by retailers' demands for lower prices.

Pay is also under pressure. A union official, speaking on condition of anonymity because talks were ongoing, said a pay claim covering warehouse staff at Preisfeld was "close to a resolution".

Ireland's government has resisted calls for a grocery price regulator, saying competition in the sector remains strong.

(Reporting by Padraic Lyons; Editing by Susan Fenton)""",
        [
            ("Shoppers are voting with their", "Aoife Kerrigan"),
            ("Value is the number one", "Aoife Kerrigan"),
            ("delighted that more Irish families", "Preisfeld"),
            ("drawn into a race to", "Brendan Tully"),
            ("There is clearly more room", "Cathal Doyle"),
            ("squeezed to the point where", "Seamus Kiely"),
            ("close to a resolution", "union official"),
        ],
    ),
]
