CASES = [
    (
        """Brightwater Energy to raise electricity prices by 9% from March

Ciarán Mulvihill, Consumer Affairs Correspondent

Brightwater Energy, the State’s third-largest electricity supplier, is to increase its standard unit rates by 9 per cent from March 1st, adding an estimated €162 a year to the average household bill.

The company, which has about 410,000 residential customers, blamed higher wholesale gas costs and network charges approved by the regulator last autumn. In a statement, Brightwater said the decision had “not been taken lightly” and that it had absorbed rising costs “for as long as was responsible”.

“We know this is unwelcome news for households who are already under pressure,” said Orla Whelan, the company’s chief commercial officer. “We would encourage any customer who is worried about paying their bill to contact us early, because there are supports available.”

Ms Whelan said customers on fixed-rate contracts would not be affected until their contracts came up for renewal, and that the company’s hardship fund would be increased to €2 million.

The increase is the first by a major supplier since prices were cut last spring, and analysts expect others to follow. Declan Furey, an energy analyst with the price comparison site SwitchWise.ie, said the move was “almost certainly the first domino”.

“Wholesale prices have crept back up over the winter and the new network tariffs kick in from October,” he said. “I’d be surprised if we got to the summer without at least two more suppliers announcing increases.”

Mr Furey said customers who had not switched supplier in the past two years could save several hundred euro by moving to a fixed-rate deal.

The Irish Consumer Forum said it was “deeply disappointed” by the timing of the increase. Its chief executive, Maeve Gilsenan, said many families were still paying off arrears built up during the energy crisis.

“People were told the worst was behind them. They cut back, they paid down what they owed, and now they’re being asked to find another €160 or so. That is a lot of money for a pensioner on a fixed income,” she said.

A spokesman for the Department of Energy said the Minister was “monitoring the situation closely” and that the Government would consider further energy credits in the context of the budget.

Opposition TD Niamh Carty said the announcement showed that “the market is not working for ordinary customers” and called for the regulator to be given powers to block price increases.""",
        [
            ("not been taken lightly", "Brightwater Energy"),
            ("for as long as was", "Brightwater Energy"),
            ("We know this is unwelcome", "Orla Whelan"),
            ("We would encourage any customer", "Orla Whelan"),
            ("almost certainly the first domino", "Declan Furey"),
            ("Wholesale prices have crept back", "Declan Furey"),
            ("I’d be surprised if we", "Declan Furey"),
            ("deeply disappointed", "Irish Consumer Forum"),
            ("People were told the worst", "Maeve Gilsenan"),
            ("monitoring the situation closely", "spokesman"),
            ("the market is not working", "Niamh Carty"),
        ],
    ),
    (
        """‘It’s the same price for less’: shrinkflation hits one in eight supermarket staples, study finds

Hannah Ridley Consumer affairs correspondent

Almost one in eight of the most commonly bought supermarket products has shrunk in size over the past two years while its price has stayed the same or risen, according to research by a consumer group.

The analysis by ShopFair, which tracked 1,400 branded and own-label items across the UK’s six biggest grocers, found that crisps, chocolate, toilet roll and coffee were the categories most affected by so-called “shrinkflation”.

Among the examples it highlighted were a sharing bag of crisps that went from 180g to 150g with no change in price, and a jar of instant coffee that lost 10% of its contents while rising by 30p.

“Shoppers are being short-changed by stealth,” said Priya Banerjee, ShopFair’s head of campaigns. “If a manufacturer wants to charge more for less, that’s their call, but they should have to tell people clearly on the shelf and on the pack. At the moment most people have no idea it is happening.”

The group is calling for a legal requirement to display a notice on shelf-edge labels for six months after any product is downsized – a rule already in force in France.

Shoppers in Leeds said they had noticed the changes. Carol Whitlam, 67, a retired school secretary, said: “It’s the same price for less, and they think we won’t notice. I’ve been buying the same biscuits for 30 years. You open the packet and there’s three fewer in it.”

The Food and Grocery Manufacturers’ Federation, which represents suppliers, said producers had faced “significant and sustained” increases in the cost of ingredients, packaging, energy and labour.

“Manufacturers will always try to avoid passing costs on to consumers, and in some cases adjusting pack sizes is the least bad option,” a spokesperson said. “All products are clearly labelled with their weight or volume as required by law.”

One of the supermarkets named in the report, Harlow’s, said it displayed unit prices on every shelf label so that customers could compare value, and that it had cut prices on more than 500 lines since January.

The Department for Business and Trade said it was “looking carefully” at unit pricing rules as part of a wider review. Ministers have previously said they want pricing information to be “simple and consistent” across retailers.

Graham Oduya, an MP on the Commons business and trade committee, said the findings were “a scandal hiding in plain sight”, adding: “Families counting every penny deserve to know exactly what they are paying for.”""",
        [
            ("It’s the same price for", "Carol Whitlam"),
            ("Shoppers are being short-changed by", "Priya Banerjee"),
            ("If a manufacturer wants to", "Priya Banerjee"),
            ("It’s the same price for", "Carol Whitlam"),
            ("significant and sustained", "Food and Grocery Manufacturers’ Federation"),
            ("Manufacturers will always try to", "spokesperson"),
            ("All products are clearly labelled", "spokesperson"),
            ("looking carefully", "Department for Business and Trade"),
            ("simple and consistent", "ministers"),
            ("a scandal hiding in plain", "Graham Oduya"),
            ("Families counting every penny deserve", "Graham Oduya"),
        ],
    ),
    (
        """Kestrel Mobile customers face £48-a-year price rise

By Tom Aldridge, Business reporter

Millions of Kestrel Mobile customers will see their monthly bills go up by as much as £4 from April, the company has confirmed.

The rise, which applies to both pay-monthly mobile and home broadband contracts, works out at up to £48 a year.

Kestrel said it had written to all affected customers and that the increase was "clearly set out" in their contracts.

"Like every business, we are facing higher costs, and we continue to invest hundreds of millions of pounds in our network every year," a Kestrel spokesperson said.

"Even after this change, our prices remain among the most competitive in the market."

Under rules introduced last year, telecoms firms must state mid-contract price rises in pounds and pence at the point of sale, rather than linking them to inflation.

But campaigners say many customers still do not realise they can be hit with increases while locked into a contract.

Debbie Marsh, from Chesterfield, signed a two-year deal with Kestrel in 2023. She told BBC News she had "no idea" her bill could go up.

"I chose them because the price was good. Nobody in the shop mentioned anything about it going up every April," she said.

"Another four quid a month doesn't sound like much, but it all adds up when everything else is going up too."

Citizens Help, a charity which gives free advice on debt and consumer problems, said it had seen a rise in the number of people struggling with phone and broadband bills.

Its director of policy, Samuel Okafor, said: "Phone and internet are not luxuries. You need them to apply for jobs, to talk to your GP, to manage Universal Credit.

"We'd like to see every provider offer a proper social tariff and make sure people who are struggling know it exists."

Social tariffs are cheaper deals for people on certain benefits, but take-up remains low, with fewer than one in ten eligible households signed up.

The telecoms regulator said it was keeping price rises "under review" and urged customers who were unhappy to shop around when their contract ended.""",
        [
            ("clearly set out", "Kestrel Mobile"),
            ("Like every business, we are", "spokesperson"),
            ("Even after this change, our", "spokesperson"),
            ("no idea", "Debbie Marsh"),
            ("I chose them because the", "Debbie Marsh"),
            ("Another four quid a month", "Debbie Marsh"),
            ("Phone and internet are not", "Samuel Okafor"),
            ("We'd like to see every", "Samuel Okafor"),
            ("under review", "telecoms regulator"),
        ],
    ),
    (
        """‘Prices went up like a rocket and came down like a feather’ – Minister tells supermarkets to pass on savings

Aoife Ní Bhriain

Enterprise Minister Pádraig Dolan has told Ireland’s biggest supermarket chains that shoppers are ‘running out of patience’ as wholesale costs fall but shelf prices stay stubbornly high.

Speaking after a meeting with retail executives at Government Buildings yesterday, Mr Dolan said he had been given assurances that price reductions on a range of staples would be announced ‘in the coming weeks’.

‘Prices went up like a rocket and came down like a feather, if they came down at all,’ he told reporters. ‘I made it very clear that people are watching, and they expect to see the benefit of lower input costs in their weekly shop.’

Asked whether the Government would consider price controls, he said: ‘Nothing is off the table, but I don’t believe that’s where we need to go. I think the retailers got the message today.’

Official figures show food prices rose by 4.1pc in the year to January, even as the cost of dairy, grain and fertiliser fell back from their peaks.

The Irish Grocers’ Council, which represents the main chains and a number of independent retailers, rejected any suggestion of profiteering. Its director, Fergal Nestor, said members had been ‘absorbing costs for two years’ and that margins in the sector were ‘among the thinnest in Europe’.

‘Irish grocery retailers are not the villains here,’ Mr Nestor said. ‘Our members pay some of the highest energy, rent and labour costs anywhere, and they compete ferociously on price. Any suggestion that they are profiteering is simply not supported by the evidence.’

One executive who attended the meeting, who did not wish to be named, described it as ‘cordial but pointed’.

‘He had his lines ready for the cameras. Most of what was discussed is already happening,’ the executive said.

The meeting came as a survey by the Consumer Watchdog Council found that three in four households had changed their shopping habits in the past year, with many switching to discounters or cutting back on fresh produce.

Its chairwoman, Dr Sinéad Rafter, said the findings were ‘alarming’. ‘When families start cutting back on fruit and vegetables, that has real consequences for health down the line,’ she said.""",
        [
            ("Prices went up like a", "Pádraig Dolan"),
            ("running out of patience", "Pádraig Dolan"),
            ("in the coming weeks", "Pádraig Dolan"),
            ("Prices went up like a", "Pádraig Dolan"),
            ("I made it very clear", "Pádraig Dolan"),
            ("Nothing is off the table", "Pádraig Dolan"),
            ("absorbing costs for two years", "Fergal Nestor"),
            ("among the thinnest in Europe", "Fergal Nestor"),
            ("Irish grocery retailers are not", "Fergal Nestor"),
            ("Our members pay some of", "Fergal Nestor"),
            ("cordial but pointed", "executive who attended the meeting"),
            ("He had his lines ready", "executive who attended the meeting"),
            ("alarming", "Sinéad Rafter"),
            ("When families start cutting back", "Sinéad Rafter"),
        ],
    ),
    (
        """'We've been abandoned': Fury as Northgate Bank shuts 74 more branches leaving pensioners stranded

By ROBERT KEANE, CONSUMER AFFAIRS EDITOR

Pensioners have been left feeling abandoned after one of Britain's biggest high street lenders announced it will close another 74 branches by the end of the year.

Northgate Bank said the closures, which will affect towns from Cornwall to Cumbria, were a response to customers increasingly choosing to bank online and on their phones.

But campaigners warned the move would hit the elderly, the disabled and small businesses hardest, with some communities left more than ten miles from their nearest branch.

In the Somerset market town of Wexcombe, which will lose its last bank when Northgate's Fore Street branch closes in September, residents reacted with fury.

Margaret Pryce, 81, who has banked with Northgate since 1961, said: "We've been abandoned. I don't have a computer and I don't want one. I like to talk to a person across the counter, someone who knows me.

"Now I'll have to get two buses to Bridgecombe just to pay in a cheque. How is that progress?"

Her neighbour, retired farmer Geoffrey Lark, 76, added: "They've had our money for sixty years and this is how they repay us."

Local MP Helen Cosgrove said she had written to the bank's chief executive demanding an urgent meeting. She described the decision as "a kick in the teeth for rural Somerset".

Dennis Oakley, of the campaign group Save Our Branches, told the Mail: "Every time a branch shuts, the banks say it's because nobody uses it. Of course nobody uses it – they've cut the opening hours to two days a week."

A Northgate Bank spokesman said: "Visits to these branches have fallen by more than 60 per cent over the past five years, and the vast majority of our customers now choose to bank digitally.

"We will be working closely with every community affected, and customers can continue to carry out everyday banking at their local Post Office."

The bank said it would install a 'community banker' in some towns on a part-time basis.

Last night a Treasury source said ministers were "deeply concerned" about the pace of closures and wanted to see shared banking hubs "rolled out much faster".""",
        [
            ("We've been abandoned", "Margaret Pryce"),
            ("We've been abandoned. I don't", "Margaret Pryce"),
            ("Now I'll have to get", "Margaret Pryce"),
            ("They've had our money for", "Geoffrey Lark"),
            ("a kick in the teeth", "Helen Cosgrove"),
            ("Every time a branch shuts,", "Dennis Oakley"),
            ("Visits to these branches have", "spokesman"),
            ("We will be working closely", "spokesman"),
            ("deeply concerned", "Treasury source"),
            ("rolled out much faster", "Treasury source"),
        ],
    ),
    (
        """Young shoppers turn to buy now, pay later to cover food bills

Laura Denholm, Personal Finance Editor

One in five adults under 35 has used buy now, pay later (BNPL) credit to pay for groceries in the past six months, according to research that has renewed calls for the sector to be brought under tighter regulation.

A survey of 3,000 adults for the Money Advice Foundation, a debt charity, found that 19 per cent of 18 to 34-year-olds had split the cost of a supermarket shop into instalments, up from 11 per cent a year earlier. Almost a third of those said they had missed at least one repayment.

The charity said the figures were “a red flag” that households were using credit to cover essentials rather than treats.

Rebecca Hollins, its chief executive, said: “These products were sold to us as a convenient way to buy a new pair of trainers. What we’re now seeing is people using them to buy nappies and bread because there’s nothing left at the end of the month. That is a very different thing, and the rules haven’t kept up.”

BNPL lenders are due to come under the supervision of the City regulator next year, requiring them to carry out affordability checks for the first time. Campaigners argue that the timetable is too slow.

Splitt, one of the largest providers in Britain, said that the majority of its customers repaid on time and that it did not charge interest. In a statement the company said it was “supportive of proportionate regulation” and already carried out “robust checks” before approving purchases.

A senior figure at a rival provider, who asked not to be named, told The Times that the grocery figures were “embarrassing for the industry”. “Nobody set out to become a way of paying for the weekly shop, but that’s where a lot of the growth is coming from now,” they said.

Daniel Ferris, 27, a delivery driver from Walsall, said he had used BNPL on and off for food since his rent rose last spring. “It’s too easy. You tap a button at the checkout and it’s done,” he said. “You don’t think about it until four different payments come out of your account in the same week.”

Mr Ferris said he had since deleted two of the apps from his phone.

The Treasury said the new regime would “protect consumers while supporting innovation”.""",
        [
            ("a red flag", "Money Advice Foundation"),
            ("These products were sold to", "Rebecca Hollins"),
            ("supportive of proportionate regulation", "Splitt"),
            ("robust checks", "Splitt"),
            ("embarrassing for the industry", "senior figure at a rival provider"),
            ("Nobody set out to become", "senior figure at a rival provider"),
            ("It’s too easy. You tap", "Daniel Ferris"),
            ("You don’t think about it", "Daniel Ferris"),
            ("protect consumers while supporting innovation", "Treasury"),
        ],
    ),
    (
        """Motorists in Munster hit with steepest insurance hikes as average premium tops €800

Eoin Barrett

Drivers in Munster have seen the sharpest rise in car insurance costs in the country over the past year, with average premiums in Cork and Kerry up by more than 12%, according to new figures.

The data, published by the Motor Premiums Observatory — a body set up to monitor costs after the insurance reforms — shows the average comprehensive premium nationally has risen to €812, the first time it has passed €800 since 2019.

Insurers blamed the rising cost of repairs, higher claims for vehicle damage and inflation in the price of spare parts and labour.

Gráinne Hickey, director of the Irish Insurers’ Federation, said premiums “reflect the cost of claims, and those costs have gone up significantly”.

“A modern car is full of sensors and cameras. A fender bender that might have cost €800 to fix ten years ago can now run to €3,000 or more,” she said. “That feeds directly into what people pay.”

But consumer advocates said the figures showed that savings promised after personal injury awards were cut had not materialised for many drivers.

Tadhg Cronin of the Alliance for Fair Insurance, which represents small businesses and community groups, said: “The insurers got exactly what they asked for. Awards came down, claims came down, and yet here we are again with premiums going up.

“Where is the money going? That is the question the Government has to ask, and keep asking.”

In Mallow, taxi driver Seán Murphy said his premium had jumped from €2,900 to €3,650 on renewal, despite not having made a claim in 14 years.

“I rang around everywhere. The best I got was €3,400 and that was with a higher excess,” he said. “After fuel and insurance, there’s not much left at the end of the week. Some lads are just giving it up.”

Young drivers and those over 70 continue to face the highest premiums, the figures show, with the average quote for a driver aged 17 to 24 now above €2,000.

A spokeswoman for the Department of Finance said Minister of State Ruairí Gallagher would meet insurers next month and that the Government remained “committed to ensuring reforms deliver for consumers”.""",
        [
            ("reflect the cost of claims,", "Gráinne Hickey"),
            ("A modern car is full", "Gráinne Hickey"),
            ("That feeds directly into what", "Gráinne Hickey"),
            ("The insurers got exactly what", "Tadhg Cronin"),
            ("Where is the money going?", "Tadhg Cronin"),
            ("I rang around everywhere. The", "Seán Murphy"),
            ("After fuel and insurance, there’s", "Seán Murphy"),
            ("committed to ensuring reforms deliver", "spokeswoman"),
        ],
    ),
    (
        """Halden’s department store chain collapses into administration with 3,200 jobs at risk

By Alistair Munro, Retail Editor

Halden’s, the 140-year-old department store chain, has collapsed into administration, putting 3,200 jobs at risk and casting doubt over the future of 41 shops across England, Scotland and Wales.

The retailer, which traces its roots to a draper’s shop in Harrogate in 1884, appointed administrators from the advisory firm Calder Whitby on Tuesday after last-ditch talks with a potential buyer broke down.

All stores will continue to trade while a buyer is sought, the administrators said. Gift cards will be honoured for the next 14 days.

Fiona Stroud, joint administrator at Calder Whitby, said: “Halden’s has been a much-loved name on Britain’s high streets for generations, but like many retailers it has struggled with rising costs, falling footfall and the shift to online shopping.

“Our immediate priority is to keep the stores open and to explore all options for a sale of the business as a going concern.”

The collapse follows a difficult Christmas for the chain, whose like-for-like sales fell by 8pc in the six weeks to Jan 4, according to people familiar with its finances. One former director described the business as “a beautiful ship that had been taking on water for a decade”.

Retail analysts said Halden’s had been slow to invest in its website and had been weighed down by long leases on oversized stores in town centres.

“The writing has been on the wall for some time,” said Martin Keogh, of the consultancy Retail Insight Partners. “They had wonderful buildings in wonderful locations, but they were paying 1990s rents for 2020s footfall.”

Paula Jennings, general secretary of the Retail and Distribution Workers’ Union, said staff had learned of the administration “through the media” and called on the Government to intervene.

“These are loyal, skilled workers, many of whom have given decades of service,” she said. “They deserve better than to find out their jobs are on the line from a news alert on their phones.”

In Harrogate, where the flagship store has occupied the same Victorian building on James Row since 1902, shoppers expressed dismay. “My mother bought my christening gown here,” said Elaine Barstow, 58. “It would be like losing a piece of the town.”

The Department for Business and Trade said it was “in close contact with the administrators” and stood ready to support affected staff.

The chain is the latest in a string of high street casualties. A report by the British Retail Forum, “The Empty High Street”, published last month, warned that one in seven town-centre units in Britain now stands vacant.""",
        [
            ("Halden’s has been a much-loved", "Fiona Stroud"),
            ("Our immediate priority is to", "Fiona Stroud"),
            ("a beautiful ship that had", "former director"),
            ("The writing has been on", "Martin Keogh"),
            ("They had wonderful buildings in", "Martin Keogh"),
            ("through the media", "Paula Jennings"),
            ("These are loyal, skilled workers,", "Paula Jennings"),
            ("They deserve better than to", "Paula Jennings"),
            ("My mother bought my christening", "Elaine Barstow"),
            ("It would be like losing", "Elaine Barstow"),
            ("in close contact with the", "Department for Business and Trade"),
        ],
    ),
]
