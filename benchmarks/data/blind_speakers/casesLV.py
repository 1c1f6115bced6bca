CASES = [
    (
        """Kazakhstan cuts output at Sarykum oilfield after pipeline leak

ATYRAU, Kazakhstan, Oct 14 - Kazakhstan has cut crude production at its western Sarykum oilfield by about a fifth after a leak shut part of the pipeline that carries its oil to a Caspian export terminal, the energy ministry and two industry sources said on Tuesday.

Sarykum, operated by Zhaiyk Petroleum, a joint venture between state-owned QazNeft Holding and a group of Asian investors, was pumping around 160,000 barrels per day before the leak was detected on Sunday near the village of Koskuduk, according to ministry data.

"We expect repairs to take between ten and twelve days, and until then the field will operate at reduced capacity," Deputy Energy Minister Arman Seitkali told reporters in Astana.

"Compensation questions will be discussed once we have the full picture," he said, adding that the ministry had not yet received any formal claims from shippers.

Zhaiyk Petroleum said in a statement that the leak had been contained and that "there was no threat to personnel or the environment." It did not give an estimate of how much oil had spilled.

Two industry sources familiar with the operation said the damaged section, built in the late 1980s, had been repaired several times over the past three years.

"It's a messy one. The pipe is old and they have been patching it rather than replacing it," one of the sources said, declining to be named because he was not authorised to speak to the media.

The outage comes as Kazakhstan, a member of the OPEC+ group of producers, faces pressure from partners to bring its output in line with agreed quotas after months of overproduction.

"The timing is unfortunate for Astana, but in a strange way it helps," said Dana Omarova, an oil analyst at Almaty-based brokerage Tengri Capital. "A forced cut improves compliance on paper, but it hurts the budget, and the budget was already assuming higher volumes."

Kazakhstan's draft budget for next year assumes an average oil price of $75 a barrel and record production, finance ministry documents show.

Regional environmental group Caspian Watch called on the authorities to publish independent test results from the area around the leak.

"Local people have a right to know what is in their soil and their water," the group's coordinator, Serik Baimukhanov, said. He said residents of Koskuduk had reported a strong smell of oil since the weekend.

Officials in Atyrau region said water samples taken on Monday showed no contamination, but did not release the data.

Crude loadings at the Caspian terminal are expected to fall by about 25,000 barrels per day in the second half of October, a preliminary loading schedule showed. Traders said the shortfall was unlikely to move regional prices significantly because of ample supply from other producers.

(Reporting by Aidana Kuspanova; Editing by Mark Hollis)""",
        [
            ("We expect repairs to take", "Arman Seitkali"),
            ("Compensation questions will be discussed", "Arman Seitkali"),
            ("there was no threat to", "Zhaiyk Petroleum"),
            ("It's a messy one.", "industry source"),
            ("The timing is unfortunate for", "Dana Omarova"),
            ("A forced cut improves compliance", "Dana Omarova"),
            ("Local people have a right", "Serik Baimukhanov"),
        ],
    ),
    (
        """Kyrgyzstan: Rolling blackouts return as reservoir levels slump

Authorities in Bishkek are rationing electricity again, and the government says the worst is yet to come.

Nurlan Abdykadyrov

For the third winter running, residents of Kyrgyzstan’s capital are planning their evenings around the power schedule.

Since Monday, households in several districts of Bishkek have been switched off for up to six hours a day under a rotating timetable published by the municipal distributor, Bishkek Electric Networks.

“We have light in the morning, then nothing until seven o’clock,” said Gulnara Sadykova, a 41-year-old schoolteacher who lives on the city’s southern outskirts. “My children do their homework by torchlight. This is the twenty-first century.”

The root of the problem lies upstream. Water levels at the Kambar-Suu reservoir, which feeds the cascade of hydropower plants that generate most of the country’s electricity, stood at 10.2 billion cubic meters in late November, about 2 billion below the level officials consider safe for the winter, according to the Energy Ministry.

Energy Minister Taalaibek Osmonaliev told parliament last week that the country faced “the most difficult winter in a decade” and that imports from Kazakhstan and Uzbekistan would cover only part of the shortfall.

“We are buying everything our neighbors can sell us, but the transmission lines have limits,” Osmonaliev said. “I will not promise people that there will be no restrictions. That would be dishonest.”

Critics say the crisis was years in the making. Tariffs, among the lowest in the region, do not cover the cost of maintaining Soviet-era plants and grids, and losses through theft and aging infrastructure run at about 20 percent.

“Every government promises reform and then backs off when people complain about the bills,” said Elmira Zhumabaeva, an economist at the Bishkek-based Center for Energy Policy Research. “The result is that the system is running on fumes.”

She argued that the government’s “Save Every Kilowatt” campaign, which urges residents to switch off lights and unplug appliances at peak hours, treats the symptom rather than the disease.

Speaking to reporters after a visit to the Kambar-Suu dam on Wednesday, Deputy Chairman of the Cabinet of Ministers Bakyt Toktosunov urged patience.

“We inherited a system that nobody invested in for thirty years. We are now building new capacity, including solar plants in the Issyk-Kul region, but these things take time.

“By 2027 we will not be talking about blackouts. I am sure of that.”

Not everyone is convinced. A shopkeeper at Bishkek’s Osh Bazaar, who asked not to be named, said small petrol generators had been selling out since October, even at prices that have doubled since last year.

“People don’t believe the promises anymore, they believe in diesel,” he said.

Nurlan Abdykadyrov is a journalist based in Bishkek.""",
        [
            ("We have light in the", "Gulnara Sadykova"),
            ("My children do their homework", "Gulnara Sadykova"),
            ("the most difficult winter in", "Taalaibek Osmonaliev"),
            ("We are buying everything our", "Taalaibek Osmonaliev"),
            ("I will not promise people", "Taalaibek Osmonaliev"),
            ("Every government promises reform and", "Elmira Zhumabaeva"),
            ("The result is that the", "Elmira Zhumabaeva"),
            ("We inherited a system that", "Bakyt Toktosunov"),
            ("By 2027 we will not", "Bakyt Toktosunov"),
            ("People don’t believe the promises", "shopkeeper"),
        ],
    ),
    (
        """Deputies question Energy Ministry over planned gas tariff increase

TASHKENT — Members of the Legislative Chamber of the Oliy Majlis on Wednesday pressed officials from the Ministry of Energy over plans to raise natural gas prices for households from January, with several deputies warning that the increase would hit low-income families hardest.

Under the draft resolution, the price per cubic meter for households that consume more than the monthly social norm would rise by 25 percent, while the price within the norm would increase by 10 percent.

Deputy Minister of Energy Jasur Nazarov told lawmakers that the increase was necessary to reduce budget subsidies and to fund the modernization of the gas distribution network, much of which is more than forty years old.

"The current price does not cover even half of the cost of delivering gas to the consumer," Nazarov said. "Every year the state spends trillions of soums to cover this difference. That money could go to schools and hospitals."

Deputy Dilfuza Rakhimova, who represents a district in Fergana region, said many families in her constituency were already struggling to pay their bills.

"In winter, people in the villages are choosing between heating and food. Before we raise prices, we must make sure that supply is stable," she said.

She noted that in several mahallas of her district, gas pressure last winter was "so low that stoves could not be lit" for days at a time, forcing residents to burn coal and firewood.

Another deputy, Bakhodir Yusupov, questioned the ministry's investment record. "We have been told for five years that the network will be modernized. Where are the results?" he asked.

According to Nazarov, families included in the Unified Social Register will receive monthly compensation, and a "Warm Home" programme will subsidize the insulation of private houses in rural areas. He said around 1.8 million households would be eligible.

The ministry's press service later said in a statement that the tariff changes were "part of the market reforms in the energy sector" and that public discussion of the draft would continue until 15 December on the government's regulation portal.

Uzbekistan, once a significant gas exporter, has in recent years turned into a net importer as domestic demand has grown and production at ageing fields has declined. The country now buys gas from Russia and Turkmenistan to cover winter peaks.

Independent economist Otabek Bakirov argued on his Telegram channel that the current system of low prices mainly helps the better-off.

"Subsidized prices mostly benefit those who consume the most, meaning wealthier households with large houses," he wrote. "A targeted approach is fairer and cheaper for the budget."

The Legislative Chamber is expected to return to the issue at its next plenary session.""",
        [
            ("The current price does not", "Jasur Nazarov"),
            ("Every year the state spends", "Jasur Nazarov"),
            ("In winter, people in the", "Dilfuza Rakhimova"),
            ("so low that stoves could", "Dilfuza Rakhimova"),
            ("We have been told for", "Bakhodir Yusupov"),
            ("part of the market reforms", "Ministry of Energy"),
            ("Subsidized prices mostly benefit those", "Otabek Bakirov"),
            ("A targeted approach is fairer", "Otabek Bakirov"),
        ],
    ),
    (
        """Villagers block road to Kyrgyz gold mine in pollution protest

BISHKEK - Hundreds of residents of a village in northwestern Kyrgyzstan blocked the road to a gold mine on Thursday, accusing its operator of poisoning a river used for drinking water and irrigation, protesters and local officials said.

About 300 people gathered at dawn on the only road leading to the Shyrdak mine in Talas region, parking tractors across the tarmac and leaving a line of ore trucks stranded, according to videos shared on social media.

"Our cattle are dying and our children are getting rashes after swimming in the river," said Asylbek Mamytov, 58, an elder from the village of Kyzyl-Bulak, speaking by telephone from the blockade.

"We are not against the mine, we are against poison," he said.

The mine is operated by Altyn-Too Resources, which is majority-owned by a Kazakhstan-based investment group. The company denied any wrongdoing.

"Regular monitoring by our own laboratory and by independent experts has found no exceedance of permitted levels," Altyn-Too Resources said in a statement, adding that it was "open to dialogue" with residents.

A woman at the protest who gave her name only as Cholpon, a mother of three, said the colour of the water had changed over the past two years.

"The water used to be clear. Now after the rain it is yellow, and it smells," she said.

Local environmental activist Kanat Beishenov said the company had "ignored three years of complaints" and that a previous inspection had been carried out without the participation of villagers.

A police officer at the scene, who declined to give his name, said about 40 officers had been deployed to the area.

"We are here to keep order. Nobody will use force as long as the road stays peaceful," he told a reporter.

The Talas region governor, Nurbek Asanaliev, said a government commission would arrive on Friday to take water and soil samples.

"If violations are confirmed, the mine will be stopped. The law is the same for everyone," Asanaliev told local television.

Disputes between rural communities and mining companies are a recurring source of unrest in Kyrgyzstan, a mountainous former Soviet republic of seven million people where gold accounts for a large share of exports.

Villagers often accuse mining companies of damaging the environment and failing to share revenues with local communities, while investors complain of an unpredictable business climate.

Protesters said they would not lift the blockade until the results of the tests were made public.""",
        [
            ("Our cattle are dying and", "Asylbek Mamytov"),
            ("We are not against the", "Asylbek Mamytov"),
            ("Regular monitoring by our own", "Altyn-Too Resources"),
            ("open to dialogue", "Altyn-Too Resources"),
            ("The water used to be", "Cholpon"),
            ("ignored three years of complaints", "Kanat Beishenov"),
            ("We are here to keep", "police officer"),
            ("If violations are confirmed, the", "Nurbek Asanaliev"),
        ],
    ),
    (
        """Kazakhstan Launches 150 MW Wind Farm in Akmola Region

By Aliya Nurlanova in Politics, Energy on 12 September

ASTANA – Kazakhstan commissioned a 150-megawatt wind power plant in the Shoktas district of Akmola region on Sept. 11, bringing the country closer to its renewable energy targets under the national Carbon Neutrality Strategy.

“Today’s launch is another step towards our goal of generating 15 percent of electricity from renewable sources by 2030,” said Minister of Energy Yerlan Kuanyshev at the opening ceremony.

The minister noted that renewable energy facilities currently account for about 6 percent of electricity generation in Kazakhstan, with more than 140 wind, solar and small hydropower plants in operation.

Kuanyshev outlined the next stages: “We plan to hold auctions for another gigawatt of wind and solar capacity next year. The main priority is grid integration, because without flexible capacity, renewables cannot reach their full potential.”

The project was developed by Steppe Wind Energy, a joint venture between the national company Dala Green Power and a consortium of foreign investors. It includes 36 turbines and was built in 18 months.

According to Steppe Wind Energy CEO Marat Dzhaksybekov, the plant will produce about 520 million kilowatt-hours per year, enough to supply around 200,000 households.

“The wind conditions in this part of Akmola region are among the best in the country. We carried out measurements for two years before making the investment decision.

“More than 80 local specialists have been trained to operate and maintain the turbines, and we intend to increase this number,” he said.

The project was financed with a $160 million loan from the Eurasian Infrastructure Bank. In a press release, the bank said the project demonstrated “the growing appetite of international lenders for Kazakhstan’s green energy sector.”

Akmola Region Akim Daniyar Serikbayev said the construction of the wind farm created around 300 temporary jobs and that the plant would bring additional tax revenues to the local budget.

“For a district like Shoktas, this is a significant event. We are already discussing with investors the construction of a second phase,” he said.

The plant will sell electricity to the Financial Settlement Center for Renewable Energy under a 15-year contract at a fixed tariff determined at an auction held in 2022.

Experts note that the growth of wind and solar capacity is placing new demands on Kazakhstan’s energy system, which still relies on coal for about two-thirds of its electricity. The government plans to build gas-fired maneuverable plants in several regions to balance the intermittent output of renewables.

Earlier this year, Kazakhstan adopted the “Green Grid” concept, which envisages the modernization of transmission lines linking the country’s northern and southern energy zones by 2030.""",
        [
            ("Today’s launch is another step", "Yerlan Kuanyshev"),
            ("We plan to hold auctions", "Yerlan Kuanyshev"),
            ("The wind conditions in this", "Marat Dzhaksybekov"),
            ("More than 80 local specialists", "Marat Dzhaksybekov"),
            ("the growing appetite of international", "Eurasian Infrastructure Bank"),
            ("For a district like Shoktas,", "Daniyar Serikbayev"),
        ],
    ),
    (
        """Uzbek Blogger Detained After Posts On Winter Gas Shortages

An Uzbek blogger who posted videos criticizing local authorities over winter gas and electricity shortages has been detained in the eastern Namangan region, his lawyer and relatives say.

Farrukh Ergashev, 29, whose Telegram channel has around 60,000 subscribers, was detained on January 17 at his home in the village of Yangiqishloq and has been charged with disseminating false information, his lawyer, Nodira Khaidarova, said.

In his last video, posted two days before his detention, Ergashev stood beside a silent gas meter in a neighbor's courtyard and addressed the district governor by name.

"We pay for gas that never comes. Our mothers cook on fires in the yard, like a hundred years ago," he said in the video, which has been viewed more than 400,000 times.

Khaidarova told RFE/RL by telephone that the charge carries a possible prison sentence of up to five years.

"My client is accused of spreading information that threatens public order. He only showed what people in his neighborhood are living through," she said. "He did not call for any protest, he did not insult anyone."

His brother, Sherzod Ergashev, said police officers arrived early in the morning.

"They came at six o'clock, took his phone and his laptop, and did not tell us where they were taking him," he said.

The Namangan regional police department said in a statement posted on its Telegram channel that Ergashev had "deliberately distorted facts" in order to "sow panic among the population." The statement did not specify which of his claims were false.

A local official in Namangan, speaking on condition of anonymity because he was not authorized to comment, said the shortages were not in dispute.

"Everyone knows the supply problems are real. The issue is that he named specific officials, and some of them took it personally," the official said.

The Central Asia Press Freedom Monitor, a Prague-based watchdog, called for Ergashev's immediate release.

"Detaining a citizen for filming an empty gas pipe is absurd and sends a chilling message to everyone who reports on local problems," the group said in a statement.

Uzbekistan has faced severe gas and power shortages in recent winters, as falling domestic production has failed to keep pace with rising demand. In January, several regions reported outages lasting days during a cold spell, prompting rare public complaints.

Authorities have promised to improve supplies, but rights groups say bloggers who criticize officials over the shortages have increasingly been targeted with criminal and administrative cases.""",
        [
            ("We pay for gas that", "Farrukh Ergashev"),
            ("My client is accused of", "Nodira Khaidarova"),
            ("He did not call for", "Nodira Khaidarova"),
            ("They came at six o'clock,", "Sherzod Ergashev"),
            ("deliberately distorted facts", "Namangan regional police department"),
            ("sow panic among the population.", "Namangan regional police department"),
            ("Everyone knows the supply problems", "local official in Namangan"),
            ("Detaining a citizen for filming", "Central Asia Press Freedom Monitor"),
        ],
    ),
    (
        """Kazakhstan and Uzbekistan agree to expand gas transit through Trans-Steppe pipeline

TASHKENT / ASTANA — Kazakhstan and Uzbekistan have agreed to almost double the volume of gas flowing between the two countries through the Trans-Steppe pipeline from next year, in a deal that officials on both sides presented as a breakthrough in regional energy co-operation.

The agreement, signed in Tashkent on Tuesday by Kazakhstan’s Saryarka Gas Transport and Uzbekistan’s Turon Gas Transport, provides for the supply and transit of up to 4bn cubic metres of gas a year, up from around 2.3bn cubic metres this year.

‘We have reached an understanding on volumes for the next three years, and on the technical work needed to make them possible,’ Saryarka Gas Transport chief executive Timur Zhakenov told journalists after the signing.

Neither side disclosed the price. However, a person familiar with the negotiations said it was ‘close to what Tashkent pays for Russian gas’, adding that Astana had pushed for a higher figure.

Uzbekistan’s Deputy Energy Minister Sardor Tursunov said the additional volumes would help ‘stabilise supply during peak winter months’, when shortages have led to outages in several regions in recent years.

‘For us it is about reliability. Our industry and our population cannot depend on a single route,’ Tursunov said.

The deal comes as both countries struggle to balance rising domestic consumption with stagnant or falling production. According to the Almaty-based Eurasian Energy Forum’s ‘Regional Gas Outlook’ report, published last month, Central Asian gas demand is set to grow by about a third by the end of the decade.

‘Both sides are making a virtue of necessity,’ said Kirill Vasilenko, head of research at Almaty consultancy Ferghana Advisory.

‘Kazakhstan’s own gas balance is tight, and Astana has been telling its own regions to expect limits on new connections. Committing more gas to Uzbekistan is a political decision as much as a commercial one.

‘The real question is whether the pipeline can physically carry these volumes. Parts of it are in poor shape, and the compressor stations need serious investment.’

Zhakenov acknowledged that upgrades were needed. He said Saryarka Gas Transport planned to spend around $300mn on compressor stations and pipeline sections over the next two years, partly funded by transit fees.

Kazakhstan’s energy ministry said in a statement that the agreement would ‘not affect the priority of domestic consumers’ and that all contractual volumes had been approved by the government commission on gas supply.

The deal is also likely to be watched closely in Bishkek, where officials have been lobbying for a share of the additional transit capacity to supply Kyrgyzstan’s southern regions.""",
        [
            ("We have reached an understanding", "Timur Zhakenov"),
            ("close to what Tashkent pays", "person familiar with the negotiations"),
            ("stabilise supply during peak winter", "Sardor Tursunov"),
            ("For us it is about", "Sardor Tursunov"),
            ("Both sides are making a", "Kirill Vasilenko"),
            ("Kazakhstan’s own gas balance is", "Kirill Vasilenko"),
            ("The real question is whether", "Kirill Vasilenko"),
            ("not affect the priority of", "Kazakhstan’s energy ministry"),
        ],
    ),
    (
        """Kazakh Uranium Miner Cuts Output Goal on Sulfuric Acid Shortage

By Yerzhan Dossanov

Sary-Arka Atom JSC, a state-controlled Kazakh uranium producer, cut its production forecast for next year, citing a shortage of sulfuric acid and construction delays at new deposits.

The company expects to produce 8,200 to 8,600 tons of uranium next year, down from a previous target of about 9,500 tons, it said in a statement to the Astana International Exchange on Friday. Its shares fell as much as 7.4%, the biggest intraday drop since March.

"We remain committed to our long-term strategy, but we have to be realistic about the constraints we face," Chief Executive Officer Aidos Karimov said in the statement.

Sulfuric acid is used to dissolve uranium from underground ore bodies in the in-situ leaching method that Kazakh miners rely on. Domestic acid output has failed to keep pace with demand from the mining industry, while imports have been complicated by logistics bottlenecks.

"Availability of sulfuric acid remains the key risk to production in the coming year," the company said, adding that it was working with suppliers to secure additional volumes.

Kazakhstan is the world's largest uranium producer, and Sary-Arka Atom's guidance is closely watched by utilities and traders as an indicator of global supply.

"This is the second downgrade in six months, and the market is starting to lose patience," said Madina Sultanova, an analyst at Zhetysu Securities in Almaty. "The acid problem was known a year ago. The question is why it still hasn't been solved."

On a call with analysts, Karimov said a new acid plant being built in the Turkestan region would be commissioned "no later than the third quarter" of next year and would cover most of the company's needs once it reaches full capacity.

The company is in talks to buy additional acid from producers in Uzbekistan and Russia, according to a person familiar with the matter, who asked not to be identified because the discussions are private.

"There's simply not enough acid in the country right now, and everyone is competing for the same tons," the person said.

Spot uranium prices rose 1.8% to $81.50 a pound on Friday after the announcement, according to data from industry consultants.

Sary-Arka Atom also said that its capital expenditure next year would rise by about 12% as it develops two new deposits in the south of the country, where construction has been slowed by delays in the delivery of equipment.

--With assistance from Dina Akhmetova.""",
        [
            ("We remain committed to our", "Aidos Karimov"),
            ("Availability of sulfuric acid remains", "Sary-Arka Atom JSC"),
            ("This is the second downgrade", "Madina Sultanova"),
            ("The acid problem was known", "Madina Sultanova"),
            ("no later than the third", "Aidos Karimov"),
            ("There's simply not enough acid", "person familiar with the matter"),
        ],
    ),
]
