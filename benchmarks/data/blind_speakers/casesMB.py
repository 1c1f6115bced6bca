CASES = [
    (
        """EU farmers clog Brussels with tractors as ministers debate import curbs

By Katrin Vollmer

BRUSSELS, Feb 12 - Hundreds of farmers drove tractors into the European Union's administrative quarter on Monday, burning hay bales and setting off firecrackers as agriculture ministers met to discuss tighter controls on imports of grain and poultry from outside the bloc.

Police said about 900 tractors had entered the city by mid-morning, blocking the main roads around the Council building. Several protesters were detained after eggs were thrown at riot police, a police spokeswoman said.

"We are not here because we like sitting in traffic," said Joris Van Damme, a 46-year-old dairy farmer from West Flanders who had been driving since 4 a.m. "We are here because every month we produce at a loss, and Brussels keeps signing deals that bring in food made to rules we would be fined for."

The protest was organised by the European Family Farms Coalition (EFFC), which claims members in 14 countries. Its president, Agnieszka Rudnicka, told reporters the group wanted a binding "mirror clause" requiring imported food to meet the same environmental and animal welfare standards as EU produce.

"Fair competition is not protectionism," Rudnicka said. "If a chemical is banned on a farm in Poland or France, it should be banned on the plate too."

Ministers arriving for the meeting were divided. Ireland's agriculture minister, Declan Furlong, said he sympathised with the protesters but warned against "slamming the door" on trading partners that buy European dairy products and spirits.

"We export far more food than we import. Closing markets would hurt the same farmers who are outside today," Furlong told reporters on his way into the building.

France's farm minister, Helene Marchetti, took a harder line, saying Paris would not support any new trade agreement "in its current form" and calling for an emergency safeguard on poultry imports.

The European Commission said in a statement it was "fully aware of the pressure on farm incomes" and would present proposals to cut paperwork for farmers before the end of March. A Commission spokesman declined to comment on the timing of any changes to import rules.

Farm-gate prices for wheat have fallen by nearly a third from their 2022 peak, while costs for fertiliser, energy and credit remain well above pre-pandemic levels, according to figures compiled by the coalition.

Van Damme said he expected to stay in Brussels until Tuesday evening. "After that, the cows need milking. They don't care about politics," he said.""",
        [
            ("We are not here because", "Joris Van Damme"),
            ("We are here because every", "Joris Van Damme"),
            ("Fair competition is not protectionism,", "Agnieszka Rudnicka"),
            ("If a chemical is banned", "Agnieszka Rudnicka"),
            ("slamming the door", "Declan Furlong"),
            ("We export far more food", "Declan Furlong"),
            ("in its current form", "Helene Marchetti"),
            ("fully aware of the pressure", "European Commission"),
            ("After that, the cows", "Joris Van Damme"),
        ],
    ),
    (
        """Milk price cut ‘the last straw’ for family herds, warns dairy chair

By Rachel Hobbs, dairy editor

Farmers supplying Vale Dairies will see their milk price fall by 2p/litre from 1 April, the processor has confirmed, in a move industry leaders warn could push more family herds out of the sector.

The cut takes Vale’s standard litre price to 34.25p, down from 41p a year ago. In a letter to suppliers, the company blamed ‘sustained weakness in cream and butter markets’ and ‘challenging trading conditions’ for cheese exports.

‘We understand this is unwelcome news and we do not take these decisions lightly,’ the letter said. ‘We will continue to review our price monthly and pass on any market improvement as soon as it is sustainable.’

Gareth Pryce, who chairs the dairy board of the National Dairy Farmers’ Association (NDFA), said the cut would be ‘the last straw’ for many producers who had already absorbed higher feed and labour costs over the winter.

‘We’ve got members who have been milking for three generations telling me they won’t be here next spring,’ he said. ‘Processors need to understand that once a herd goes, it does not come back.’

Mr Pryce urged ministers to bring forward long-promised regulations on dairy contracts, which he said would ‘stop processors moving the goalposts at 30 days’ notice’.

Sian Lloyd-Evans, who milks 220 Holstein Friesians in Ceredigion, said the cut would take about £40,000 a year out of her business.

‘That’s our entire margin gone, and then some,’ she said. ‘I rang the bank this morning. I’m not sleeping, my husband isn’t sleeping. You just keep going because the cows don’t stop.’

However, Tom Ashdown, senior dairy analyst at Fenmarsh Consulting, said there were early signs the market had turned.

‘Spot milk prices have firmed for three weeks running and cream is up about 6% on the month,’ he said. ‘Our view is that the bottom of the cycle is close.

‘I’d be surprised if we don’t see processors holding or even nudging prices up by late summer. The question is whether farmers can hang on that long.’

A Vale Dairies spokeswoman said the company remained ‘fully committed’ to its 640 farmer suppliers and pointed to a £1.2m programme of on-farm sustainability payments announced last autumn.""",
        [
            ("the last straw", "Gareth Pryce"),
            ("sustained weakness in cream and", "Vale Dairies"),
            ("challenging trading conditions", "Vale Dairies"),
            ("We understand this is unwelcome", "Vale Dairies"),
            ("We will continue to review", "Vale Dairies"),
            ("the last straw", "Gareth Pryce"),
            ("We’ve got members who have", "Gareth Pryce"),
            ("Processors need to understand that", "Gareth Pryce"),
            ("stop processors moving the goalposts", "Gareth Pryce"),
            ("That’s our entire margin gone,", "Sian Lloyd-Evans"),
            ("I rang the bank this", "Sian Lloyd-Evans"),
            ("Spot milk prices have firmed", "Tom Ashdown"),
            ("Our view is that the", "Tom Ashdown"),
            ("I’d be surprised if we", "Tom Ashdown"),
            ("fully committed", "spokeswoman"),
        ],
    ),
    (
        """Grocery inflation climbs to 6.4% as beef and butter prices soar

Conor Whelan, Consumer Affairs Correspondent

Grocery price inflation rose to 6.4 per cent in the 12 weeks to April 20th, its highest level in more than a year, driven by sharp increases in the cost of beef, butter and chocolate, according to figures from market research firm ShopLens.

The typical household now spends about €230 more a year on groceries than it did 12 months ago, the company said.

“Beef and butter are doing a lot of the heavy lifting here,” said Fiona Garrigan, head of retail insights at ShopLens. “Cattle numbers are tight right across Europe, and that is feeding straight through to the shelf.”

Ms Garrigan said shoppers were “switching to own-brand lines and shopping around more than at any point since 2009”, with own-label sales up 9 per cent on the year.

Dermot Keaveney, chief executive of the Irish Consumer Forum, said the figures confirmed what families “already know every time they go to the till”.

“People are not buying less because they want to. They are buying less because they have to,” he said. He called on the Government to set up a food price observatory with powers to compel retailers and processors to disclose their margins.

Farm organisations, however, insist that little of the increase is reaching the farm gate. Pádraig Mac Gearailt, livestock chairman of the Irish Cattle and Tillage Association (ICTA), said beef finishers had seen “some recovery” in factory prices, but only after two years of losses.

“Nobody should be under any illusion that farmers are getting rich on this,” Mr Mac Gearailt said. “When we were losing money on every animal, there were no headlines about the price of a steak.”

In a statement, Grocery Retailers Ireland said its members operated on “some of the tightest margins in Europe” and had absorbed significant increases in energy, wage and packaging costs. “Irish retailers continue to offer strong value through promotions and price freezes on hundreds of everyday items,” the statement said.

One senior executive at a major supermarket chain, who asked not to be named, was more candid: “Every retailer is watching the next ShopLens number nervously. Nobody wants to be the one that looks like it’s gouging.”

Speaking at an agricultural show in Co Tipperary on Tuesday, Minister for Agriculture Eamon Kiersey said the Government was “keeping a very close eye” on the figures.

“I have no evidence of price gouging. But I also don’t have the evidence that there isn’t any, and that’s the problem we need to fix,” he said. Legislation to establish the observatory is expected before the summer recess.""",
        [
            ("Beef and butter are doing", "Fiona Garrigan"),
            ("Cattle numbers are tight right", "Fiona Garrigan"),
            ("switching to own-brand lines and", "Fiona Garrigan"),
            ("already know every time they", "Dermot Keaveney"),
            ("People are not buying less", "Dermot Keaveney"),
            ("some recovery", "Pádraig Mac Gearailt"),
            ("Nobody should be under any", "Pádraig Mac Gearailt"),
            ("When we were losing money", "Pádraig Mac Gearailt"),
            ("some of the tightest margins", "Grocery Retailers Ireland"),
            ("Irish retailers continue to offer", "Grocery Retailers Ireland"),
            ("Every retailer is watching the", "senior executive at a major supermarket chain"),
            ("keeping a very close eye", "Eamon Kiersey"),
            ("I have no evidence of", "Eamon Kiersey"),
        ],
    ),
    (
        """Commission eyes looser green rules for small farms as protests spread

By Marta Lindqvist | Brussels

The European Commission is preparing to exempt farms of under 10 hectares from key environmental conditions attached to Common Agricultural Policy (CAP) payments, in a bid to defuse a wave of protests that has brought tractors onto the streets of at least nine member states.

According to a draft seen by this publication, holdings below the threshold would no longer face checks on crop rotation, soil cover and the requirement to leave part of their arable land fallow. The draft says the change would "remove a disproportionate administrative burden on the smallest holdings" while affecting less than 10% of the farmland covered by the rules.

The proposal is expected to be presented to agriculture ministers at their meeting later this month.

"We are listening, and we have heard the message about paperwork," an EU official familiar with the plans said. "But nobody should expect us to tear up ten years of environmental policy in three weeks."

Lotte Bergsma, a Dutch Green MEP who sits on the Parliament's agriculture committee, accused the Commission of "panicking at the sight of tractors".

"Rolling back the rules does nothing for farm incomes. It does not raise the price of a litre of milk by a single cent," she said. "It just hands the bill to the next generation of farmers, who will be working in a hotter, drier Europe."

The centre-right, however, welcomed the move. "The Commission is finally waking up," Polish MEP Tadeusz Wróblewski told a press conference in Strasbourg. "Farmers have been telling them for three years that the system is impossible to comply with."

EuroAgri, which represents farm unions and agricultural cooperatives across the bloc, said it welcomed the direction of travel. Its secretary-general, Bernhard Ostermann, described the proposals in a statement as "a first step, but only a first step", adding that larger family farms faced "exactly the same bureaucracy with exactly the same margins".

Environmental groups were more critical. A study published in January by the Vienna-based Institute for Rural Economics, entitled "Harvesting Uncertainty", found that farms applying crop rotation and winter cover had suffered smaller yield losses during the droughts of recent years. The report's authors warned that "simplification must not become a byword for deregulation", estimating that soil degradation already costs European farmers around EUR 1.2 billion a year in lost output.

Any change to the conditionality rules would need the backing of both member state governments and the European Parliament. Diplomats said a clear majority of capitals appeared ready to support the exemption, although several northern member states have asked for an impact assessment first.

"It will pass, the question is how much more gets added to it on the way," one EU diplomat said.""",
        [
            ("remove a disproportionate administrative burden", "European Commission"),
            ("We are listening, and we", "EU official familiar with the plans"),
            ("But nobody should expect us", "EU official familiar with the plans"),
            ("panicking at the sight of", "Lotte Bergsma"),
            ("Rolling back the rules does", "Lotte Bergsma"),
            ("It just hands the bill", "Lotte Bergsma"),
            ("The Commission is finally waking", "Tadeusz Wróblewski"),
            ("Farmers have been telling them", "Tadeusz Wróblewski"),
            ("a first step, but only", "Bernhard Ostermann"),
            ("exactly the same bureaucracy with", "Bernhard Ostermann"),
            ("simplification must not become a", "Institute for Rural Economics"),
            ("It will pass, the question", "EU diplomat"),
        ],
    ),
    (
        """‘We are the last generation’: French farmers dig in on motorway blockade

Anger over prices, paperwork and cheap imports has turned a stretch of motorway in the south-west into a village of tractors and straw bales

Sophie Arkwright in Montclar-sur-Garonne

By the third night, the farmers had built a kitchen. A trailer parked across the southbound carriageway now holds two gas burners, a chest freezer and enough tinned cassoulet, one protester joked, to last until Easter.

“We are the last generation. After us, there is nobody,” said Mathilde Chauvet, 52, who grows sunflowers and durum wheat on 140 hectares a few miles away and has slept in the cab of her tractor since Tuesday. “My son is an engineer in Lyon. He is not coming back, and honestly, I told him not to.”

About 300 farmers have occupied the motorway near Montclar since the start of the week, in a blockade organised by the departmental branch of the Fédération des Exploitants Agricoles (FEA), one of France’s largest farm unions. Traffic heading for Bordeaux is being diverted through villages along the river.

Chauvet said her wheat sold for €230 a tonne two years ago. This season her cooperative offered €175. “The fertiliser didn’t get cheaper. The diesel didn’t get cheaper. Only we got cheaper,” she said.

Laurent Bessière, who leads the union’s young farmers’ section in the department, said the blockade would stay until the government committed in writing to three demands: minimum prices that cover production costs, a halt to new environmental rules and tougher checks on imported food.

“We have had promises before,” he said. “Last year the ministers came with microphones and cameras, they made their announcements, and then nothing. This time we want signatures.

“If they want us off the motorway, they know what they have to do.”

The regional prefecture said in a statement that it had “opened a dialogue” with the organisers and that police would not intervene “as long as public order is maintained”.

In Paris, the agriculture minister, Régis Fontanel, told a morning radio programme on Thursday that the government had “heard the anger” and would bring forward a bill on farm incomes before the summer. “But I will not promise what I cannot deliver,” he said. “Trade policy is decided in Brussels, not in Paris.”

A poll published this week by Opinionscope found that 81% of French people supported the protests.

Not everyone on the diversion route is sympathetic. A lorry driver from Spain, waiting in a queue of freight traffic outside the village of Saint-Loubès-en-Garonne, said: “I understand them, but I am also a worker. Every hour I sit here, I lose money, and nobody blocks a motorway for me.”

Back at the kitchen trailer, Chauvet ladled soup into paper cups. Asked how long she would stay, she shrugged. “As long as it takes,” she said. “I have nowhere better to be. That’s the problem.”""",
        [
            ("We are the last generation", "Mathilde Chauvet"),
            ("We are the last generation.", "Mathilde Chauvet"),
            ("My son is an engineer", "Mathilde Chauvet"),
            ("The fertiliser didn’t get cheaper.", "Mathilde Chauvet"),
            ("We have had promises before,", "Laurent Bessière"),
            ("Last year the ministers came", "Laurent Bessière"),
            ("If they want us off", "Laurent Bessière"),
            ("opened a dialogue", "regional prefecture"),
            ("as long as public order", "regional prefecture"),
            ("heard the anger", "Régis Fontanel"),
            ("But I will not promise", "Régis Fontanel"),
            ("Trade policy is decided in", "Régis Fontanel"),
            ("I understand them, but I", "lorry driver from Spain"),
            ("As long as it takes,", "Mathilde Chauvet"),
            ("I have nowhere better to", "Mathilde Chauvet"),
        ],
    ),
    (
        """Polish farmers extend Ukraine border blockade as grain row deepens

By Tomasz Kedzierski and Olena Marchuk

WARSAW/KYIV, March 4 - Polish farmers extended their blockade of three border crossings with Ukraine on Tuesday, leaving lorry queues stretching for more than 20 km and deepening a dispute over farm imports that has strained relations between the two neighbours.

The protesters, who have been letting only a handful of vehicles through each hour, say a flood of cheaper Ukrainian grain, sugar and poultry has pushed down prices on the domestic market and left many Polish farms unable to cover their costs.

"We will stand here until the government closes the border to Ukrainian grain, not one day less," Krzysztof Nowicki, a spokesman for the protest group Rural Solidarity Front, told reporters at the Bugowice crossing.

Government spokesman Piotr Zalewski said the cabinet would discuss the situation at its meeting on Wednesday. "The government understands the farmers' situation, but blocking the border hurts Polish hauliers and our relations with an ally at war," he said.

In Kyiv, Ukraine's deputy economy minister Oksana Hrytsenko called the blockade "economically absurd and politically dangerous". In a statement, she said most Ukrainian grain moving through Poland was in transit to other markets. "Only a small fraction of our exports stays in Poland. We are ready to discuss licensing, but not under pressure on the border," she said.

Polish wheat prices have fallen to around 790 zlotys ($198) a tonne, roughly 40% below their 2022 peak, according to the Polish Chamber of Grain Traders. The chamber said in its monthly report that storage capacity "remains under severe pressure" ahead of the next harvest.

A European Commission spokesperson said Brussels was "in contact with both sides" and stressed that unilateral import bans by member states were "not compatible with EU law". Poland, Hungary and Slovakia have maintained national bans on Ukrainian wheat since 2023.

At the crossing, Ukrainian drivers said conditions were deteriorating. "I have been here four days. There is no toilet, no water. We are not the enemy," said a driver who gave his name only as Vasyl, standing beside a tanker of sunflower oil bound for Germany.

Among the protesters, the mood was defiant. Marek Jablonski, 39, who farms 60 hectares of wheat and rapeseed in the Lublin region, said he had sold last year's harvest for less than it cost to grow.

"This year will be the same. What do they want us to do, plant flowers?" he said. "My father survived communism on this land. I am not going to be the one who loses it."

The Rural Solidarity Front said late on Tuesday that it planned to extend the protest to a fourth crossing at the weekend if talks with the government did not produce results.""",
        [
            ("We will stand here until", "Krzysztof Nowicki"),
            ("The government understands the farmers'", "Piotr Zalewski"),
            ("economically absurd and politically dangerous", "Oksana Hrytsenko"),
            ("Only a small fraction of", "Oksana Hrytsenko"),
            ("remains under severe pressure", "Polish Chamber of Grain Traders"),
            ("in contact with both sides", "spokesperson"),
            ("not compatible with EU law", "spokesperson"),
            ("I have been here four", "Vasyl"),
            ("This year will be the", "Marek Jablonski"),
            ("My father survived communism on", "Marek Jablonski"),
        ],
    ),
    (
        """Nitrogen prices jump as Norvik halts Belgian ammonia plant

By Hugh Caldwell

Fertiliser prices for spring application have jumped after Norvik Agro, one of Europe's largest nitrogen producers, said it would halt ammonia production at its plant in Zelhoven, Belgium, from the end of the month.

The company said the decision was driven by "persistently high gas prices and unfair competition from imports that do not carry the same carbon costs". Around 180 jobs at the site are at risk, it said.

"This is a painful decision, and we deeply regret the impact on our employees and the local community," chief executive Henrik Solberg said in a statement. "But we cannot continue to produce at a loss while competitors outside Europe face none of the same obligations."

Calcium ammonium nitrate (CAN) delivered to farms in northern Europe rose by EUR35/t over the week to EUR345/t, according to Ceres Market Intelligence. Its fertiliser analyst, Anouk Verhaegen, said: "Buyers had been holding off in the hope of lower prices this spring. That bet is looking increasingly risky."

She added that the closure would tighten what she called "an already thin supply picture for the second quarter", with several other European plants running at reduced rates.

Willem de Groot, head of inputs at the Flemish cooperative Landco, said members who had bought early were in a stronger position. "We told members in January not to gamble on the market. The ones who listened are sleeping better tonight," he said.

Farm groups warned the rise could not have come at a worse time. "Farmers are being squeezed from both ends - input costs going up, grain prices going down," said Els Moreels, vice-president of the Flemish Young Farmers' Union. "Some will simply apply less nitrogen, and that will show up in yields and protein levels at harvest."

The European Nitrogen Producers Association (ENPA), which has lobbied for stronger protection against imports, said in a position paper published last week that Europe risked "losing its fertiliser industry altogether within a decade" unless the carbon border levy on fertiliser was tightened.

Norvik said it would keep fertiliser blending and distribution at Zelhoven running and would continue to supply customers from its plants in Norway and Germany. Ammonia production could restart "if market conditions allow", the company said.""",
        [
            ("persistently high gas prices and", "Norvik Agro"),
            ("This is a painful decision,", "Henrik Solberg"),
            ("But we cannot continue to", "Henrik Solberg"),
            ("Buyers had been holding off", "Anouk Verhaegen"),
            ("an already thin supply picture", "Anouk Verhaegen"),
            ("We told members in January", "Willem de Groot"),
            ("Farmers are being squeezed from", "Els Moreels"),
            ("Some will simply apply less", "Els Moreels"),
            ("losing its fertiliser industry altogether", "European Nitrogen Producers Association"),
            ("if market conditions allow", "Norvik Agro"),
        ],
    ),
    (
        """Olive oil prices fall in shops, but growers warn the worst may not be over

By Laura Benítez

Shoppers in Andalucía are paying almost a third less for extra virgin olive oil than they were a year ago, after a bumper harvest following spring rains eased the severe shortages that sent prices to record highs.

A litre of extra virgin oil now costs an average of €6.80 in supermarkets across the region, down from €9.40 last March, according to figures compiled by consumer organisation Consumidores Unidos.

But in the olive groves around Villanueva del Campillo, growers say the relief is fragile. “The rain in spring saved us, but one good year does not fix three bad ones,” Antonio Ruiz Carmona, president of the San Isidro olive oil cooperative, told this newspaper. “Many of our members are still paying off loans they took out during the drought.”

Ruiz said the cooperative’s 1,100 members had harvested around 38 million kilos of olives this season, more than double the previous year. Prices paid at origin, however, had fallen faster than those on the shelf, he said, something he described as “the same old story”.

A spokeswoman for supermarket chain Mercamar said its price cuts reflected “lower costs at origin” and insisted that the company “always passes savings on to customers as quickly as possible”.

Consumidores Unidos says demand has yet to fully recover. “Families cut back on olive oil and switched to sunflower oil when prices went mad,” said its spokesman, Javier Ortega. “The question now is whether they come back, or whether some of those habits stick.”

Exports, meanwhile, are recovering strongly. The Andalusian Olive Oil Exporters’ Association said in a statement that shipments rose 14 per cent in the first quarter. “Spain is back in the market, and our customers abroad have noticed,” the statement said.

The high prices also brought a wave of thefts. A Guardia Civil officer based in the area, who asked not to be named, said the number of olives stolen from trees had fallen sharply this season. “When oil was at nine euros, we had gangs coming at night with nets and vans. Now it is quieter, but it hasn’t stopped,” the officer said.

Scientists caution that the recovery depends heavily on the weather. Dr Carmen Lozano, an agronomist at the Regional Centre for Dryland Agriculture in Córdoba, said another dry autumn “would put us straight back where we were two years ago”.

“Olive trees are resilient, but they are not magic,” she said. “We are seeing more extreme heat during flowering, and that is something no amount of rain in April can fix.”

Back in Villanueva del Campillo, Ruiz was cautiously optimistic. “Ask me again in October,” he said.""",
        [
            ("The rain in spring saved", "Antonio Ruiz Carmona"),
            ("Many of our members are", "Antonio Ruiz Carmona"),
            ("the same old story", "Antonio Ruiz Carmona"),
            ("lower costs at origin", "spokeswoman"),
            ("always passes savings on to", "spokeswoman"),
            ("Families cut back on olive", "Javier Ortega"),
            ("The question now is whether", "Javier Ortega"),
            ("Spain is back in the", "Andalusian Olive Oil Exporters’ Association"),
            ("When oil was at nine", "Guardia Civil officer based in the area"),
            ("would put us straight back", "Carmen Lozano"),
            ("Olive trees are resilient, but", "Carmen Lozano"),
            ("We are seeing more extreme", "Carmen Lozano"),
            ("Ask me again in October,", "Antonio Ruiz Carmona"),
        ],
    ),
]
