CASES = [
    (
        """Spanish wine growers brace for smallest harvest in decades as drought bites

By Nacho Ferrer

LOGRONO, Spain, Sept 12 (Reuters) - Grape growers in northern Spain are bracing for one of the smallest harvests in three decades after a second straight summer of drought shrivelled fruit on the vine, industry groups said on Tuesday.

The Association of Upper Ebro Winegrowers (AVAE) estimated output in its area would fall by as much as 30% from last year, to around 210 million kilograms of grapes, the lowest since 1994.

"We have vineyards where the bunches simply never filled out," said Inigo Salcedo, president of the association, which represents some 4,800 growers. "You walk the rows and the berries are the size of peppercorns."

Salcedo said many smaller growers would struggle to cover their costs this year, after prices for fertiliser, diesel and labour rose sharply.

The Department of Agriculture of La Rioja said in a statement that it would bring forward 18 million euros ($19.3 million) in aid payments, calling the situation "exceptional but not unforeseen."

Prices for bulk wine have already risen. Traders at the Villaseca de Ebro wholesale market reported young red changing hands at 0.95 euros a litre last week, up from 0.70 euros in June.

"The co-ops are holding back stock because nobody knows what the final numbers will look like," one Madrid-based wine broker told Reuters, asking not to be named because he was not authorised to speak to the media.

Spain has the world's largest area under vine, but its yields are among the lowest in Europe, and climate scientists have warned that rising temperatures are pushing traditional growing regions to their limits.

Marta Ulloa, a viticulture researcher at the Ebro Valley Viticulture Centre, said growers had adapted faster than expected, switching to drought-resistant rootstocks and leaving more leaf cover to shade the fruit, but that there were limits.

"Adaptation buys you time. It doesn't buy you rain," she said.

Some larger wineries see an opportunity. Bodegas Valdearce, one of the region's biggest exporters, said it expected quality to be "very high" despite the lower volumes, and that it would raise prices for its reserve wines by 6% to 8% from January.

The company said it had secured enough grapes through long-term contracts to meet its export commitments to Britain, the United States and Mexico.

The Union of Riojan Farmers (UAR), however, accused bottlers of using the shortage to squeeze growers.

"They say there are no grapes, and then they pay us the same as in 2019," the union's regional secretary, Pilar Etxeberria, told reporters outside the regional parliament on Tuesday.

(Reporting by Nacho Ferrer; Additional reporting by Belen Ortuno in Madrid; Editing by Mark Heinrich)""",
        [
            ("We have vineyards where the", "Inigo Salcedo"),
            ("You walk the rows and", "Inigo Salcedo"),
            ("exceptional but not unforeseen.", "Department of Agriculture of La Rioja"),
            ("The co-ops are holding back", "Madrid-based wine broker"),
            ("Adaptation buys you time.", "Marta Ulloa"),
            ("very high", "Bodegas Valdearce"),
            ("They say there are no", "Pilar Etxeberria"),
        ],
    ),
    (
        """Bordeaux growers seek to uproot 9,000ha of vines as scheme is oversubscribed

Clémence Arnaud

Nearly 1,200 growers in Bordeaux have applied to uproot vines under a state-funded scheme aimed at cutting the region's wine surplus, with demand outstripping the budget set aside by the government.

Applications cover around 9,200 hectares of vineyards, compared with the 8,000ha initially planned, according to the Gironde Winegrowers' Federation (FVG), which collated the requests on behalf of growers.

Under the scheme, growers receive €6,000 per hectare to remove vines permanently, a process known locally as 'arrachage définitif'. Land that is cleared cannot be replanted with vines for at least six years.

'We expected strong interest, but not on this scale,' said Hervé Castaing, president of the FVG. 'Some of these are families who have made wine for five or six generations. Nobody signs up for this with a light heart.'

Castaing said the figures reflected 'the brutal reality' of a market in which consumption of red wine in France had fallen by more than a third in 15 years, while exports to China had collapsed since their peak.

A spokeswoman for the agriculture ministry said the budget would be reviewed 'in light of the strong uptake', but declined to say whether extra money would be found.

Not everyone is convinced that grubbing up is the answer. Sandrine Olivès, who runs a négociant house in Saint-Gervais-de-Lisle, said the scheme risked becoming a way of postponing harder decisions.

'Pulling up vines treats the symptom, not the disease,' Olivès told Decanter. 'The problem is that we have spent 20 years making wines that people of my children's age don't want to drink.

'What we need is a plan for the land afterwards. Hazelnuts, olives, solar panels – everyone has an idea, but no one has a plan.'

Some growers have already turned to other crops. Thibault Lemoine, who farms 32ha in the Côtes de Lisle, removed a third of his merlot last winter and has planted hazelnut trees in its place. He said he had 'no regrets at all'.

'The bank was calling every week,' he said. 'Now at least I sleep.'

Regional officials estimate that around 10% of the Bordeaux vineyard is abandoned or poorly maintained, raising fears about the spread of flavescence dorée, a vine disease carried by leafhoppers. The FVG said in a statement that abandoned plots posed 'a direct threat to neighbouring healthy vineyards' and urged the authorities to prioritise their removal.

Growers whose applications are accepted must complete the uprooting by the end of June, with payments expected in the autumn.""",
        [
            ("We expected strong interest, but", "Hervé Castaing"),
            ("Some of these are families", "Hervé Castaing"),
            ("the brutal reality", "Hervé Castaing"),
            ("in light of the strong", "spokeswoman"),
            ("Pulling up vines treats the", "Sandrine Olivès"),
            ("The problem is that we", "Sandrine Olivès"),
            ("What we need is a", "Sandrine Olivès"),
            ("no regrets at all", "Thibault Lemoine"),
            ("The bank was calling every", "Thibault Lemoine"),
            ("a direct threat to neighbouring", "Gironde Winegrowers' Federation"),
        ],
    ),
    (
        """Food authority seizes 26,000 litres of fake olive oil in Alentejo raids

Lisbon, 9 Oct (Lusa) - Portugal's food inspection authority has seized around 26,000 litres of oil labelled as extra virgin olive oil that was in fact largely a blend of sunflower and other seed oils, the authority said on Wednesday.

The National Authority for Food and Economic Inspection (ANIAE) said in a statement that the operation, codenamed "Lagar Limpo", involved 140 inspectors and targeted two bottling plants and a warehouse in the Alentejo region.

Three people were detained and more than 11,000 bottles and labels were seized, along with bank documents and 48,000 euros in cash.

"The product was being sold to restaurants and small supermarkets at prices well below the market, which was the first warning sign," the authority's inspector-general, Rui Mendonça Teixeira, told reporters at a press conference in Lisbon.

"At current prices, no honest producer can sell extra virgin olive oil for three euros a litre. It is simply impossible."

Teixeira said laboratory tests had found that some of the bottles contained less than 20% olive oil, with chlorophyll added to give the blend a green colour. He said there was no evidence at this stage that the product posed "an immediate risk to health", but advised consumers who had bought oil under the brands Quinta do Sobral Velho and Azeite Serra Branca to return it to the shop.

According to the statement, the oil had been distributed to at least 60 restaurants in the Lisbon and Setúbal areas, as well as to shops across the border in Spain.

Olive oil prices in Portugal have more than doubled since 2022 after drought and heatwaves cut harvests across the Iberian Peninsula, creating what inspectors describe as fertile ground for fraud.

The president of the Association of Southern Olive Growers (AOS), Joaquim Brito Carvalho, said fraud of this kind "damages everyone who works honestly" and called for tougher penalties.

"A fine is just a cost of doing business for these people," he said. "They need to understand that they can go to prison."

A source at the Public Prosecutor's Office in Beja told Lusa that the three suspects, two Portuguese nationals and one Spanish national aged between 38 and 61, had been released under identity and residence orders pending trial. The source said the investigation was "at an early stage" and that further arrests were not ruled out.

The consumer group Active Consumer Defence (DCA) said on its website that shoppers should be wary of "prices that seem too good to be true" and should check that bottles carry a batch number and the name and address of the packer.

ANIAE said it had carried out 312 inspections in the olive oil sector so far this year, and had opened 27 criminal proceedings.""",
        [
            ("The product was being sold", "Rui Mendonça Teixeira"),
            ("At current prices, no honest", "Rui Mendonça Teixeira"),
            ("an immediate risk to health", "Rui Mendonça Teixeira"),
            ("damages everyone who works honestly", "Joaquim Brito Carvalho"),
            ("A fine is just a", "Joaquim Brito Carvalho"),
            ("They need to understand that", "Joaquim Brito Carvalho"),
            ("at an early stage", "source at the Public Prosecutor's Office in Beja"),
            ("prices that seem too good", "Active Consumer Defence"),
        ],
    ),
    (
        """Spanish dairy recalls soft cheeses in six EU countries after Listeria detection

By Laura Pembridge

A cheesemaker in Extremadura has recalled more than 40 tonnes of soft and semi-soft sheep’s milk cheeses after routine testing detected Listeria monocytogenes at its plant, in a recall that now extends to six EU member states.

Quesería Hermanos Barrantes, based in the town of Valdecañas del Río, said it had voluntarily withdrawn all batches produced between 2 and 27 May, including the spoonable torta-style cheeses sold under its Barrantes and Campiña Alta labels.

“We detected the bacteria in an environmental sample from one of our maturing rooms during our own checks, and we notified the authorities the same day,” managing director Elena Barrantes Solís told FoodNavigator.

“No illness has been linked to our products. We took the decision to recall everything from that period because we would rather lose the product than take any risk with our customers.”

Spain’s National Food Safety Agency (ANSA) issued an alert through the EU’s Rapid Alert System for Food and Feed after it emerged that the products had been distributed in Spain, Portugal, France, Germany, Belgium and the Netherlands.

In a notice published on its website, the agency advised consumers, particularly pregnant women, older people and those with weakened immune systems, “not to consume the affected products” and to return them to the point of sale.

A spokesperson for the regional health department of Extremadura said inspectors had visited the plant twice and that production had been suspended “as a precautionary measure” until the results of further sampling were known.

“We are cooperating fully with the authorities and will resume production only when every test is clear,” the company said in a statement.

Listeria is of particular concern in soft cheeses because the bacterium can grow at refrigeration temperatures. Listeriosis is relatively rare but carries a high fatality rate among vulnerable groups.

Food safety consultant Dr Javier Lozano Peñafiel, who advises several cheesemakers in the region, said the case showed how much harder it was for small dairies to keep up with environmental monitoring requirements.

“A large plant has a quality team of 15 people. A family dairy has one person who also drives the van,” he said. “The rules are the same for both, and they should be, but the support is not.”

The region’s cheesemakers’ association, the Asociación de Queseros de la Campiña Alta, said it was “in close contact” with the company and that the incident should not “cast doubt on the work of dozens of artisan producers”.

Barrantes said the company hoped to resume production within three weeks once a deep clean of the maturing rooms had been completed.

“We have been making cheese since 1961,” she said. “This is the first time in our history we have had to do something like this.”""",
        [
            ("We detected the bacteria in", "Elena Barrantes Solís"),
            ("No illness has been linked", "Elena Barrantes Solís"),
            ("not to consume the affected", "National Food Safety Agency"),
            ("as a precautionary measure", "spokesperson"),
            ("We are cooperating fully with", "Quesería Hermanos Barrantes"),
            ("A large plant has a", "Javier Lozano Peñafiel"),
            ("The rules are the same", "Javier Lozano Peñafiel"),
            ("in close contact", "Asociación de Queseros de la Campiña Alta"),
            ("cast doubt on the work", "Asociación de Queseros de la Campiña Alta"),
            ("We have been making cheese", "Elena Barrantes Solís"),
            ("This is the first time", "Elena Barrantes Solís"),
        ],
    ),
    (
        """Douro growers protest as port ‘benefício’ cut to lowest level in decades

Rupert Hallam

Grape growers in Portugal’s Douro Valley have warned that hundreds of small farms face ruin after the region’s wine authority set this year’s port production allowance at its lowest level in more than three decades.

The Douro and Port Interprofessional Council (CIDP) confirmed on Monday that the benefício – the quantity of must that growers are authorised to fortify into port – would be set at 90,000 pipes (550-litre barrels) for the coming harvest, down from 104,000 last year.

In a statement, the council said the decision reflected ‘the need to align supply with the real evolution of sales’, which have fallen for four consecutive years.

Growers, who receive far higher prices for grapes destined for port than for those used in unfortified Douro DOC wine, say the cut will be devastating.

‘For a small grower with three or four hectares on the slopes, the benefício is the difference between surviving and not surviving,’ said António Queirós Pinto, president of the Douro Smallholders’ Association (ADP). ‘Grapes for table wine are being paid at 30 or 40 cents a kilo. It does not even cover the cost of picking them.’

Queirós Pinto said some members were still holding unsold wine from last year’s harvest and that ‘nobody in Lisbon seems to care’.

About 300 growers drove tractors through the centre of São Tomé de Varosa on Saturday, blocking the bridge over the river for two hours.

Port shippers have defended the cut. Duarte Ferreira Lobo, chief executive of Lobo & Whitmore, one of the oldest British-founded port houses, told db that ‘stock levels across the trade are simply too high’.

‘Nobody takes pleasure in this decision,’ he said. ‘But if we bottle port that we cannot sell, we destroy the value of the category for everyone, growers included.’

A senior executive at another shipper, who asked not to be named, was more blunt.

‘The Douro has been planted for a market that no longer exists,’ he said. ‘Either we find new outlets for these grapes, or the vineyard will shrink on its own.’

Portugal’s agriculture ministry is preparing a support package for the region that is expected to include crisis distillation aid and funding to help growers convert to other crops. A ministry official said the package would be presented ‘in the coming weeks’, without giving details of its size.

Port sales have been under pressure in key markets including France and the Netherlands, where the entry-level ruby category has lost ground to cheaper aperitifs. Premium styles such as aged tawnies and vintage port have held up better, but account for a small share of the volumes produced.""",
        [
            ("the need to align supply", "Douro and Port Interprofessional Council"),
            ("For a small grower with", "António Queirós Pinto"),
            ("Grapes for table wine are", "António Queirós Pinto"),
            ("nobody in Lisbon seems to", "António Queirós Pinto"),
            ("stock levels across the trade", "Duarte Ferreira Lobo"),
            ("Nobody takes pleasure in this", "Duarte Ferreira Lobo"),
            ("But if we bottle port", "Duarte Ferreira Lobo"),
            ("The Douro has been planted", "senior executive at another shipper"),
            ("Either we find new outlets", "senior executive at another shipper"),
            ("in the coming weeks", "ministry official"),
        ],
    ),
    (
        """French farmers block motorway over pesticide ban, cheap imports

CASTELVIEILH-SUR-GARONNE, France (AFP) - Several hundred farmers drove tractors onto a motorway in southwestern France on Thursday, blocking traffic for hours in protest at a ban on a widely used insecticide and what they called unfair competition from Spanish and Moroccan produce.

Around 350 tractors, according to the local prefecture, gathered at dawn on the motorway linking Bordeaux and Toulouse, while protesters dumped manure and crates of rotting plums outside a tax office in the nearby town.

"We are asked to produce with one hand tied behind our back, and then we find tomatoes from Morocco in the supermarket treated with products that have been banned here for ten years," said Jérôme Barrouillet, a 44-year-old fruit grower.

The farmers are angry at a decision by the National Agency for Plant Protection Products (ANPP) to withdraw authorisation for an insecticide used against fruit flies in cherry and plum orchards, with effect from the next growing season.

The Southwest Farmers' Coordination (CPSO), which organised the blockade, said in a statement that the ban would leave growers "defenceless" against pests and hand market share to foreign competitors.

Its president, Marie-Laure Daguzan, told AFP: "We have been patient for two years. Patience has run out. We will not leave until the minister receives us."

"This is not about being against the environment," she added. "Nobody breathes these products more than we do."

A police officer at the scene, who did not wish to be named, said the mood was "calm but determined" and that no arrests had been made by early afternoon.

The Ministry of Agriculture said in a statement it had "heard the distress" of producers and would examine a temporary exemption for the most affected crops, without committing to a timetable.

Environmental groups have welcomed the ban, citing studies linking exposure to the substance to health risks for people living near orchards.

"Going back on this ban would be a scandal. The science is clear," said Mathilde Roussel, a campaigner with the environmental group Terres Vivantes.

France is the European Union's largest agricultural producer, and farmers' protests have repeatedly paralysed roads around major cities in recent years, forcing successive governments into concessions on fuel taxes, red tape and environmental rules.

Motorists stuck on the blocked motorway were diverted onto smaller roads, causing tailbacks of several kilometres.

"I support them, but I have to get to work," a nurse stuck in the traffic jam told AFP.

The CPSO said the blockade would continue overnight and called on farmers from neighbouring departments to join.""",
        [
            ("We are asked to produce", "Jérôme Barrouillet"),
            ("defenceless", "Southwest Farmers' Coordination"),
            ("We have been patient for", "Marie-Laure Daguzan"),
            ("This is not about being", "Marie-Laure Daguzan"),
            ("Nobody breathes these products more", "Marie-Laure Daguzan"),
            ("calm but determined", "police officer at the scene"),
            ("heard the distress", "Ministry of Agriculture"),
            ("Going back on this ban", "Mathilde Roussel"),
            ("I support them, but I", "nurse stuck in the traffic jam"),
        ],
    ),
    (
        """Loire producers count cost of April frost as losses top 50% in places

By Hannah Ridgeway

Producers across the central Loire are assessing the damage after two nights of hard frost last week destroyed young buds in vineyards along the Cher and Indre valleys, with some estates reporting losses of more than half of their potential crop.

Temperatures fell to -5°C in low-lying plots on the night of 22 April, according to the regional weather service, hitting vines that had budded early after an unusually warm March.

'It's the third time in five years. At some point you have to ask how long you can keep doing this,' said Anne-Sophie Guérinet, who makes chenin blanc and cabernet franc on 18ha near the village of Vallières-sous-Bois.

She said her team had lit more than 400 paraffin candles between the rows and hired a helicopter to push warmer air down onto the vines. 'We spent €22,000 in two nights, and we still lost at least 40%,' she said.

The Federation of Central Loire Winegrowers (FVCL) said it was too early to give a full estimate, but that early reports suggested 'significant and very uneven' damage, with hillside vineyards faring far better than those on the valley floor.

Its director, Olivier Chambrault, said growers would need support from the state and from insurers. 'Many of our members can't afford crop insurance any more because the premiums go up after every frost,' he told Harpers. 'It's a vicious circle.'

For UK importers, the losses come on top of already tight stocks after two short vintages earlier in the decade.

Tom Fairbairn, buying director at London merchant Fairbairn & Lyle, said prices for Loire whites would 'almost certainly' rise again this year.

'We've been very lucky to have such good value coming out of the Loire for so long, but the growers can't absorb these shocks forever,' he said. 'We'd rather pay a bit more and keep them in business.'

One négociant, who asked not to be identified, said some buyers were already trying to lock in contracts for the new vintage.

'The phones started ringing on the Tuesday morning. People want to know what we'll have before we know ourselves.'

Guérinet said she had not yet decided whether to buy in grapes from other growers to make up the shortfall, as some of her neighbours did after the 2021 frost.

'I'd rather make less wine than make wine that isn't mine,' she said.""",
        [
            ("It's the third time in", "Anne-Sophie Guérinet"),
            ("We spent €22,000 in two", "Anne-Sophie Guérinet"),
            ("significant and very uneven", "Federation of Central Loire Winegrowers"),
            ("Many of our members can't", "Olivier Chambrault"),
            ("It's a vicious circle.", "Olivier Chambrault"),
            ("almost certainly", "Tom Fairbairn"),
            ("We've been very lucky to", "Tom Fairbairn"),
            ("We'd rather pay a bit", "Tom Fairbairn"),
            ("The phones started ringing on", "négociant"),
            ("I'd rather make less wine", "Anne-Sophie Guérinet"),
        ],
    ),
    (
        """Oyster sales banned in Brittany bay after norovirus outbreak

Harvesting and sale of oysters from the Baie de Porzguen in Finistère have been suspended for at least four weeks after more than 40 people fell ill with gastroenteritis over the Christmas holidays.

The Finistère prefecture said in a press release that the measure was "necessary to protect consumers" and would be lifted "as soon as two consecutive sets of analyses are satisfactory".

Tests carried out by the regional health agency found traces of norovirus in samples taken from several oyster beds in the bay, which is home to around 30 shellfish farming businesses.

The ban could not have come at a worse time for producers, who sell a large share of their oysters in the run-up to Christmas and New Year.

Yannick Le Goff, president of the Western Brittany Shellfish Farmers' Committee, told The Connexion: "December is 40% of our turnover. For some of the smaller farms, it is more than half."

"We are paying for other people's pollution," he said. "Every time it rains heavily, the treatment plants overflow and the sewage ends up in the bay. We have been saying this for 15 years."

Heavy rainfall in early December caused the sewage treatment plant serving several nearby communes to overflow on at least three occasions, according to local authorities.

The mayor of Plouzennec, Gwenaëlle Tanguy, acknowledged that the plant was "no longer adapted" to the population of the area, which swells in summer. She said a €12 million upgrade had been approved but "will not be finished before 2026".

Oyster farmers say they want compensation from the state and the local authorities, and the committee has asked for an emergency meeting with the prefect.

Norovirus is not destroyed by the purification tanks used by shellfish farmers, and oysters can retain it for several weeks after contamination. Cooking oysters thoroughly reduces the risk, but most are eaten raw.

At the covered market in Quimper on Saturday, some customers were undeterred by the news.

"I've bought my oysters from the same family for 30 years. I'm not going to stop now," said Monique Kerbrat, 71, a retired teacher, who switched to oysters from a neighbouring bay for her New Year's Eve meal.

One stallholder, who preferred not to give her name, said sales were down by around a third compared with last year. "People hear 'oysters' and 'virus' in the same sentence and they buy smoked salmon instead," she said.

Consumers who have bought oysters from the bay since December 15 are advised not to eat them and to return them to the point of sale.""",
        [
            ("necessary to protect consumers", "Finistère prefecture"),
            ("as soon as two consecutive", "Finistère prefecture"),
            ("December is 40% of our", "Yannick Le Goff"),
            ("We are paying for other", "Yannick Le Goff"),
            ("Every time it rains heavily,", "Yannick Le Goff"),
            ("no longer adapted", "Gwenaëlle Tanguy"),
            ("will not be finished before", "Gwenaëlle Tanguy"),
            ("I've bought my oysters from", "Monique Kerbrat"),
            ("People hear 'oysters' and 'virus'", "stallholder"),
        ],
    ),
]
