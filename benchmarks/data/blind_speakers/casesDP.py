CASES = [
    (
        """ROSARIO, Argentina, April 3 - Argentine farm groups threatened on Thursday to halt grain sales for a week after the government raised export duties on wheat and corn, a move growers said would wipe out already thin margins after a drought-hit season.

The Federation of Pampas Producers (FPP), which says it represents some 40,000 farmers, called the increase "a confiscation dressed up as fiscal policy" and said its members would stop delivering grain to ports from April 10 unless the measure was reversed.

"We planted this crop at a loss and now they want a bigger slice of whatever is left," FPP president Horacio Belmonte told reporters in Rosario, the country's main grains hub. "Nobody in the countryside can accept this."

Wheat export duties rose to 15% from 12%, while duties on corn rose to 14% from 12%, according to a decree published in the official gazette on Wednesday. The government has said the extra revenue will help fund food subsidies for low-income households.

A spokesperson for the agriculture ministry said the duties were "temporary and proportionate" and would be reviewed in September, once the size of the next wheat crop was clearer.

Exporters, who have been buying cautiously since the start of the year, warned that a stoppage could delay shipments already committed to buyers in Brazil, Indonesia and North Africa.

"If trucks stop arriving at the terminals, we will be looking at demurrage costs within days," said Lucia Ferrandi, an analyst at Rosario-based consultancy Campo Datos. She estimated that about 1.2 million tonnes of wheat were scheduled to load from Argentine ports in April.

Belmonte said the federation had not ruled out extending the protest. Asked whether smaller producer groups would join, he said: "Every association we have spoken to is with us. This is not a protest by a handful of big landowners."

Economy Minister Tomas Villaverde said in a radio interview that the government was "open to dialogue" but would not "govern under pressure from any sector, however powerful."

Farm strikes have become a familiar tool in the long-running tussle between Argentine growers and successive governments over export taxes, which account for a significant share of federal revenue. A 20-day stoppage two years ago briefly pushed up soymeal prices on world markets.

Prices at the Rosario grains exchange were little changed on Thursday, with traders saying most farmers had already held back sales in anticipation of the decree.

(Reporting by Marina Ocampo; Editing by Daniel Hurst)""",
        [
            ("a confiscation dressed up as", "Federation of Pampas Producers"),
            ("We planted this crop at", "Horacio Belmonte"),
            ("Nobody in the countryside can", "Horacio Belmonte"),
            ("temporary and proportionate", "spokesperson for the agriculture ministry"),
            ("If trucks stop arriving at", "Lucia Ferrandi"),
            ("Every association we have spoken", "Horacio Belmonte"),
            ("open to dialogue", "Tomas Villaverde"),
            ("govern under pressure from any", "Tomas Villaverde"),
        ],
    ),
    (
        """Dairy farmers warn of exodus as Westvale cuts milk price

By Eleanor Pryce

Dairy farmers supplying Westvale Dairies have reacted with anger after the processor announced a 2p/litre cut to its standard milk price from 1 June, the third reduction this year.

The move takes Westvale’s standard litre price to 33.5p, which producers say is well below the cost of production on most family farms.

In a letter sent to suppliers on Monday, Westvale said weaker returns on cheese and butter had left it with “no option but to reflect market realities in our farmgate price”. The company added that it would “continue to monitor the market closely and move quickly when conditions improve”.

Graham Hallam, who milks 220 cows near Carmarthen, said the letter had arrived on the same morning his feed merchant put prices up.

“You can’t keep running a business where every month you’re told you’ll get less for the same product,” Mr Hallam said. “I’ve got neighbours who have already sold their herds, and I know of at least two more who are talking to the auctioneers.

“People talk about food security, but nobody seems to want to pay for it.”

The National Dairy Producers’ Union (NDPU) said the cut was “deeply disappointing” and called on processors to share more of the risk with farmers.

Its dairy board chairman, Alun Rees-Morgan, said: “Processors have had a good run on margins over the past 18 months. Now that markets have softened, it is once again farmers who are being asked to take the hit.”

Mr Rees-Morgan said the union would be pressing ministers to speed up the introduction of new rules on dairy contracts, which are intended to give farmers more say over how prices are set and changed.

Industry analyst Fiona Carradine, of Meadowgate Consulting, said wholesale prices for butter and mild cheddar had fallen by around 12% since February, although she expected the market to find a floor over the summer.

“We are probably close to the bottom,” she said. “But milk volumes are running ahead of last year, and as long as that continues buyers will stay cautious.”

A Westvale spokesman declined to comment beyond the letter, but said the company remained “committed to a long-term partnership with our farmers”.

A government spokesperson said the dairy contract regulations would be laid before Parliament “in due course”, adding that officials were working with the industry on the detail.

The NDPU has called a meeting of Westvale suppliers in Shrewsbury next Thursday.""",
        [
            ("no option but to reflect", "Westvale Dairies"),
            ("continue to monitor the market", "Westvale Dairies"),
            ("You can’t keep running a", "Graham Hallam"),
            ("People talk about food security,", "Graham Hallam"),
            ("deeply disappointing", "National Dairy Producers’ Union"),
            ("Processors have had a good", "Alun Rees-Morgan"),
            ("We are probably close to", "Fiona Carradine"),
            ("But milk volumes are running", "Fiona Carradine"),
            ("committed to a long-term partnership", "Westvale spokesman"),
            ("in due course", "government spokesperson"),
        ],
    ),
    (
        """NEW DELHI: The Centre on Tuesday extended the ban on onion exports till further notice, citing the need to keep domestic prices in check ahead of the festive season, a move that drew sharp criticism from farmer organisations in Maharashtra.

A notification issued by the Directorate of Foreign Trade Facilitation said the export of all varieties of onion would remain "prohibited until further orders", except for consignments permitted on the basis of government-to-government requests.

Wholesale onion prices have risen steadily over the past month. At Lasalgaon in Nashik district, the modal price touched Rs 2,850 per quintal on Monday, against Rs 2,100 a month ago, according to market committee data.

"The decision has been taken after reviewing the availability and price situation across the country. Kharif arrivals are delayed due to erratic rainfall and we cannot take any chances," Minister of State for Consumer Affairs Ramakant Sitole told reporters here.

He said the Centre had built a buffer stock of 5 lakh tonnes and would release it "in a calibrated manner" in cities where retail prices crossed Rs 60 per kg.

Farmer leaders, however, said the ban was hurting growers who had stored their rabi crop in the hope of better returns.

"Every time prices rise a little, the government shuts the door on exports. When prices crash, nobody comes to help us," said Sunanda Patil-Gawande, president of the Maharashtra Onion Cultivators' Association.

She said the association would hold protests at agricultural produce market committees across Nashik district from Friday, and demanded that the Centre fix a minimum export price instead of imposing a blanket ban.

Exporters said the repeated curbs had damaged India's reputation as a reliable supplier. According to the Horticultural Produce Exporters' Forum, buyers in Bangladesh, Malaysia and the Gulf had already begun turning to suppliers in Pakistan, Egypt and China.

"We spent years building these markets. Now our customers are telling us they cannot plan with Indian onions," the forum's secretary-general Nitin Barwale said in a statement.

Traders in Lasalgaon said arrivals had dropped by nearly a third as farmers held back stocks, expecting the restrictions to be lifted before the new crop reaches mandis.

An official in the consumer affairs ministry, who did not wish to be named, said the ban could be reviewed once the new crop arrived in November. "If arrivals are normal, there is scope to relax the measures," the official said.""",
        [
            ("prohibited until further orders", "Directorate of Foreign Trade Facilitation"),
            ("The decision has been taken", "Ramakant Sitole"),
            ("in a calibrated manner", "Ramakant Sitole"),
            ("Every time prices rise a", "Sunanda Patil-Gawande"),
            ("We spent years building these", "Nitin Barwale"),
            ("If arrivals are normal, there", "official in the consumer affairs ministry"),
        ],
    ),
    (
        """WASHINGTON — U.S. ethanol producers and grain exporters on Thursday urged the administration to press Vietnam to lift a suspension on imports of American distillers dried grains, warning that the halt threatens one of the industry's fastest-growing markets.

Vietnam's National Plant Quarantine Agency suspended shipments of the animal feed ingredient, known as DDGS, late last month after inspectors said they had found live khapra beetles in two cargoes unloaded at Ho Chi Minh City. In a notice posted on its website, the agency said the suspension would remain in place "until the exporting country provides adequate guarantees of pest-free consignments."

U.S. exporters dispute the findings. In a letter sent Wednesday to Agriculture Secretary Dale Whitcombe and the U.S. trade representative, the Heartland Grain Export Alliance said the measure was "not supported by the scientific evidence" and asked for "immediate, high-level engagement" with Hanoi.

"The suspension threatens a market worth more than $400 million a year to American farmers and processors," the alliance wrote. "Every week that passes makes it harder to win those customers back."

Vietnam bought about 1.1 million metric tons of U.S. DDGS last year, making it the third-largest buyer after Mexico and South Korea, according to alliance figures.

Sen. Ruth Calloway, R-Neb., who sits on the Senate Agriculture Committee, said the administration needed to treat the dispute as a trade matter rather than a technical one.

"This is a textbook case of a trade barrier dressed up as a plant health measure," Calloway said in an interview. "We have seen this movie before, and it doesn't end well for farmers if Washington is slow to respond."

An Agriculture Department spokesperson said the agency was "working closely with Vietnamese counterparts" and had offered to send a technical team to review the inspection results.

In the meantime, the effects are being felt across the Plains. Tricia Oyelaran, general manager of Prairie Gold Ethanol in Aberdeen, South Dakota, said: "We are already seeing product back up. Our storage is close to full, and the discounts buyers are asking for are getting steeper by the day."

Mark Dellinger, who farms 2,000 acres of corn near Kearney, Nebraska, said the knock-on effect would eventually reach growers like him.

"Every bushel of demand that goes away shows up in the price I get at the elevator," he said. "People in Washington need to understand that."

DDGS prices in the central Corn Belt have fallen about $18 a ton since the suspension was announced, according to market reporting service FeedLine Analytics.""",
        [
            ("until the exporting country provides", "National Plant Quarantine Agency"),
            ("not supported by the scientific", "Heartland Grain Export Alliance"),
            ("immediate, high-level engagement", "Heartland Grain Export Alliance"),
            ("The suspension threatens a market", "Heartland Grain Export Alliance"),
            ("Every week that passes makes", "Heartland Grain Export Alliance"),
            ("This is a textbook case", "Ruth Calloway"),
            ("We have seen this movie", "Ruth Calloway"),
            ("working closely with Vietnamese counterparts", "Agriculture Department spokesperson"),
            ("We are already seeing product", "Tricia Oyelaran"),
            ("Every bushel of demand that", "Mark Dellinger"),
            ("People in Washington need to", "Mark Dellinger"),
        ],
    ),
    (
        """ABIDJAN, Oct 1 - Ivory Coast, the world's top cocoa producer, raised the guaranteed farmgate price for the new main crop by 18% on Wednesday, as the regulator sought to curb smuggling to neighbouring countries and pass on part of the rally in world prices to growers.

Farmers will receive 2,100 CFA francs ($3.45) per kilogram for the October-March main crop, up from 1,780 francs for the mid-crop, the Cocoa and Coffee Regulatory Authority (ARCC) said.

"This increase reflects our commitment to ensuring that producers receive a fair share of world market prices," ARCC director general Kouadio Yapo told a news conference in Abidjan. "We are also sending a clear message to those who take our cocoa across the borders."

Yapo said the authority had forward-sold about 60% of next season's expected crop at an average price that made the increase possible, and that further rises were "not excluded" if market conditions allowed.

Growers welcomed the move but said it came after months of high input costs.

"It is good news, but it comes late," said Brahima Zezé, who grows cocoa on four hectares near Soubre in the country's southwest. "Fertiliser prices have doubled and many of us could not treat our trees this year."

The National Union of Cocoa Cooperatives (UNACC) described the increase as "a step in the right direction" but said in a statement that it "still falls short of what producers need to invest in their plantations."

Cocoa futures in London have almost doubled over the past year as poor weather and disease hit output across West Africa, while farmgate prices, fixed in advance by the state, have lagged behind. Industry sources say the gap has encouraged smuggling into Liberia and Guinea, where beans can fetch higher prices from informal buyers.

Exporters estimate that arrivals at the ports of Abidjan and San Pedro since the start of the season are down by about a quarter compared with the same period last year.

"The new price is realistic given where the market is, but the real question is whether there will be enough beans to go around," said an exporter in San Pedro who asked not to be named.

Another exporter said mid-crop beans had been smaller than usual and that quality problems could persist into the main crop.

Rainfall in most growing regions was above average last week, according to private weather data, which farmers said would support flowering and the development of pods for the coming months.

(Reporting by Loukou Adjobi; Writing by Paul Ledgerwood; Editing by Sarah Whitlow)""",
        [
            ("This increase reflects our commitment", "Kouadio Yapo"),
            ("We are also sending a", "Kouadio Yapo"),
            ("not excluded", "Kouadio Yapo"),
            ("It is good news, but", "Brahima Zezé"),
            ("Fertiliser prices have doubled and", "Brahima Zezé"),
            ("a step in the right", "National Union of Cocoa Cooperatives"),
            ("still falls short of what", "National Union of Cocoa Cooperatives"),
            ("The new price is realistic", "exporter in San Pedro"),
        ],
    ),
    (
        """Bumper harvest tipped for WA but growers wary of prices

By Jack Tolhurst

Western Australian grain growers are on track for their second-largest harvest on record, according to new forecasts, but farmers warn that falling world prices and rising freight costs will eat into returns.

The National Crop Outlook Bureau’s December crop report, released on Tuesday, lifted its estimate of the state’s winter crop to 23.4 million tonnes, up from 21.1 million tonnes in September.

The report said the improvement was “driven by timely spring rainfall across the central and southern wheatbelt” and that yields in many districts were “well above the ten-year average”.

Nationally, the bureau expects winter crop production of 58.6 million tonnes, with dry conditions in parts of New South Wales and Queensland offsetting the strong result in the west.

Esperance farmer Luke Carmody, who crops about 6,000 hectares of wheat, barley and canola, said it had been one of the best seasons he could remember.

“We had the rain at the right time for once,” Mr Carmody said.

“The only thing that worries me now is price. Wheat’s down nearly $60 a tonne from where it was when we were planting, and fertiliser hasn’t come down anywhere near as much.”

WA Grain Growers Council chief executive Rachel Ngata said many growers had been reluctant to forward-sell their crop and were now exposed to a weaker market.

“It’s a great result in the paddock, but the profit picture is much tighter than the tonnages suggest,” Ms Ngata said.

She said the council would raise concerns about rail freight costs with the state government ahead of next year’s budget.

Bureau executive director Simon Fairleigh said global supplies of wheat were ample, with large crops in the Black Sea region and Argentina weighing on prices.

“Australian growers are competing in a well-supplied market,” Dr Fairleigh said. “Quality will be important, and the early indications from the west are very good.”

A spokeswoman for grain handler WestGrain Co-operative said receivals were “running well ahead of last season” and that the co-operative had opened additional temporary storage at several sites to cope with deliveries.

Harvest is expected to continue until mid-January in the state’s south.""",
        [
            ("driven by timely spring rainfall", "National Crop Outlook Bureau"),
            ("well above the ten-year average", "National Crop Outlook Bureau"),
            ("We had the rain at", "Luke Carmody"),
            ("The only thing that worries", "Luke Carmody"),
            ("It’s a great result in", "Rachel Ngata"),
            ("Australian growers are competing in", "Simon Fairleigh"),
            ("Quality will be important, and", "Simon Fairleigh"),
            ("running well ahead of last", "spokeswoman for WestGrain Co-operative"),
        ],
    ),
    (
        """BRUSSELS, Feb 6 - Thousands of farmers drove tractors into the heart of Brussels on Tuesday, blocking roads around European Union institutions to protest against a proposed trade agreement with the Andean Pacific bloc that they say will flood the market with cheap beef and poultry.

Police said around 1,200 tractors took part. Protesters set fire to hay bales and threw eggs at police lines outside the European Parliament, where banners read "No farmers, no food" and "Stop the Andean deal".

The European Farmers' Alliance, which organised the protest, said the agreement would expose EU producers to competition from farms that did not meet the bloc's environmental and animal welfare standards.

Its secretary general, Mathilde Verhoeven, accused the European Commission of "sacrificing European agriculture on the altar of trade" and said farmers had been "treated as a bargaining chip" throughout the negotiations.

"We are asked to meet the highest standards in the world, and then we are told to compete with products that would be illegal to produce here," she told reporters from the back of a trailer near the Schuman roundabout.

Jean-Baptiste Lemarchand, a beef farmer from Normandy, said he had driven through the night to join the protest. "I lose money on every animal I sell already," he said. "If this deal goes through, I will be the last generation on this farm."

The Commission insists the deal includes strict quotas and safeguard clauses. "The agreement contains robust safeguards for sensitive sectors, including beef and poultry, and it opens significant new markets for European wine, cheese and machinery," a Commission spokesperson told the daily midday briefing.

The spokesperson added that a so-called "rebalancing reserve" of 1 billion euros would be available to compensate farmers in the event of market disruption.

The Commission's own impact assessment, entitled "Trade Opening and Rural Resilience", estimated that EU beef imports from the region could rise by up to 90,000 tonnes a year once the agreement was fully in force.

In the European Parliament, which must ratify the agreement, opposition is growing. Polish lawmaker Katarzyna Wróbel-Sadowska, who sits on the agriculture committee, said in a written statement that parliament would "not rubber-stamp a deal negotiated behind farmers' backs".

Several member states have asked for the agricultural chapter to be reopened, while others are pushing for the deal to be signed before the end of the year.

Verhoeven said further protests were planned in Paris, Warsaw and Madrid this month. Asked whether farmers would keep up the pressure, she replied: "We have nothing left to lose."

Traffic in the EU quarter remained disrupted into the evening as police cleared tractors from the main roads.""",
        [
            ("sacrificing European agriculture on the", "Mathilde Verhoeven"),
            ("treated as a bargaining chip", "Mathilde Verhoeven"),
            ("We are asked to meet", "Mathilde Verhoeven"),
            ("I lose money on every", "Jean-Baptiste Lemarchand"),
            ("If this deal goes through,", "Jean-Baptiste Lemarchand"),
            ("The agreement contains robust safeguards", "Commission spokesperson"),
            ("not rubber-stamp a deal negotiated", "Katarzyna Wróbel-Sadowska"),
            ("We have nothing left to", "Mathilde Verhoeven"),
        ],
    ),
    (
        """NEW YORK/LONDON, July 23 - Raw sugar futures climbed to a three-month high on Tuesday after data showed cane crushing in Brazil's key centre-south region fell short of expectations in the first half of July, while arabica coffee extended losses on improved weather in growing areas.

October raw sugar settled up 0.61 cent, or 2.9%, at 21.84 cents per lb, after touching its highest since April. October white sugar in London rose 2.4% to $612.40 a tonne.

Brazil's Centre-South Cane Industry Union (UNICAS) said in its fortnightly report that mills had crushed 44.2 million tonnes of cane, down 9% from a year earlier, with work "hampered by persistent rains in Sao Paulo state". Analysts polled by trade publication Cane Monitor had expected 48 million tonnes.

"The market was positioned for a big number and it simply didn't come," said Oliver Brandt, head of softs at broker Kestrel Commodities in London. "You had a lot of funds short going into the data, and they had to cover."

UNICAS technical director Renata Albuquerque Pires said the shortfall was largely weather-related and that mills expected to "recover a good part of the lost time" in August if drier conditions held.

Analysts at Harrowgate Bank said in a note that the rally could struggle to extend much further. "We see upside limited to around 23 cents unless India changes its export policy," the bank wrote.

India's sugar industry has been lobbying New Delhi to permit exports from the new season. Vikram Sahni, director general of the Indian Sugar Mills Federation, told reporters last week that output would be "comfortably above" domestic needs.

Arabica coffee futures fell for a third consecutive session, with forecasts of rain in Minas Gerais easing worries about dry conditions during flowering. September arabica settled down 1.9% at $2.214 per lb, while robusta lost 1.1% to $4,105 a tonne.

"Roasters are buying hand-to-mouth at the moment and nobody wants to chase prices higher," a New York-based trader said.

Certified arabica stocks monitored by the exchange rose for a fifth straight week, adding to the bearish tone.

In cocoa, September London cocoa fell 1.8% and New York cocoa slipped 1.2%, as improved arrivals in West Africa offset concerns about the size of the coming main crop.

One dealer summed up the mood across the softs complex: "Everybody is watching the weather and nobody is willing to commit."

(Reporting by Hannah Westerby in London and Carlos Menezes Dutra in Sao Paulo; Editing by Mark Aldridge)""",
        [
            ("hampered by persistent rains in", "Centre-South Cane Industry Union"),
            ("The market was positioned for", "Oliver Brandt"),
            ("You had a lot of", "Oliver Brandt"),
            ("recover a good part of", "Renata Albuquerque Pires"),
            ("We see upside limited to", "Harrowgate Bank"),
            ("comfortably above", "Vikram Sahni"),
            ("Roasters are buying hand-to-mouth at", "New York-based trader"),
            ("Everybody is watching the weather", "dealer"),
        ],
    ),
]
