CASES = [
    (
        """Ghana plans sliding-scale gold royalty as prices soar; miners warn of investment chill

By Kwabena Owusu-Ansah

ACCRA, March 12 (Reuters) - Ghana plans to replace its flat 5% gold royalty with a sliding scale that could rise to 9% when prices exceed $3,000 an ounce, the finance ministry said on Wednesday, drawing warnings from mining companies that the change could stall new projects.

The proposal, contained in a fiscal policy update presented to parliament, is expected to raise an additional 2.1 billion cedis ($140 million) this year, according to ministry estimates.

"When gold prices are at record highs, it is only fair that the people of Ghana, who own these resources, share in the windfall," Deputy Finance Minister Abena Frimpong-Boateng told lawmakers.

The Ghana Minerals Producers Association, which represents large-scale producers including several companies listed in Toronto, London and Johannesburg, said it had not been consulted on the rates.

"We are not against paying our fair share, but predictability is everything in this industry," said Kofi Adu-Darko, the association's chief executive. "A company deciding today whether to build a $500 million mine needs to know what the fiscal terms will look like in ten years."

Ghana is Africa's top gold producer and the metal accounts for more than half of its merchandise exports. The West African nation has been trying to shore up public finances under a $3 billion International Monetary Fund programme agreed after it defaulted on most of its external debt in 2022.

Two industry executives, who asked not to be named because discussions with the government were private, said at least one mid-tier producer was reviewing plans to expand an open pit in the Western Region.

"Everybody is recalculating," one of the executives said. "The numbers that worked at 5% do not all work at 9%."

Frimpong-Boateng said part of the extra revenue would go into a fund to reclaim land degraded by illegal small-scale mining, known locally as "galamsey", and to support communities in mining areas, which she said had "borne the costs without seeing the benefits."

Analysts said the move was in line with other producers seeking a larger share of record bullion prices.

"Ghana is not an outlier here," said Nadia Quaye, a senior analyst at Accra-based Sankofa Capital Advisory. "Zambia, Mali and Burkina Faso have all revisited their mining regimes for the same reason. The question is whether the rates are set at a level that keeps exploration going."

Shares of Toronto-listed Asante Ridge Gold, which generates most of its revenue in Ghana, fell 3.4% in early trading.

(Reporting by Kwabena Owusu-Ansah; Writing by Emma Radcliffe; Editing by Alison Mayhew)""",
        [
            ("When gold prices are at", "Abena Frimpong-Boateng"),
            ("We are not against paying", "Kofi Adu-Darko"),
            ("A company deciding today whether", "Kofi Adu-Darko"),
            ("Everybody is recalculating", "industry executive"),
            ("The numbers that worked at", "industry executive"),
            ("borne the costs without seeing", "Abena Frimpong-Boateng"),
            ("Ghana is not an outlier", "Nadia Quaye"),
            ("Zambia, Mali and Burkina Faso", "Nadia Quaye"),
        ],
    ),
    (
        """Residents block highway over galamsey pollution of Subin River

By Ama Serwaa Mensah, Akyem Dwenase

Hundreds of residents of Akyem Dwenase and surrounding communities in the Eastern Region yesterday blocked the main highway through the town for more than five hours to protest against illegal mining activities which they say have destroyed the Subin River, their main source of drinking water.

The protesters, mostly women and the youth, burnt car tyres and placed tree trunks on the road, leaving scores of passengers and drivers stranded until a team of police officers arrived to calm the situation.

The residents accused the authorities of failing to enforce the government's "Operation Clean Rivers" campaign, launched last year to flush out illegal miners from water bodies.

Speaking to the Daily Graphic, the convener of the protest, Mr Yaw Boakye Ansah, said the community had made several complaints to the district assembly without any action.

"We have written letters, we have gone to the assembly, we have gone to the police. Nobody listens to us. The water we used to drink is now the colour of chocolate," he said.

"Our children are falling sick and the cocoa farms along the river are gone. If the government will not act, we will protect the river ourselves," he added.

A 62-year-old farmer, Madam Akosua Dapaah, said she had lost her three-acre cocoa farm to the illegal miners, who she claimed operated under the protection of "some big men in the district".

"They came with excavators in the night. When I complained, they told me to go and report to anybody I like," she said.

The Eastern Regional Police Command, in a statement issued later in the day, said it had deployed a team to the area to restore calm and that investigations had begun into the allegations made by the residents.

"The command wishes to assure the public that anyone found culpable, irrespective of his or her status, will be dealt with in accordance with the law," the statement said.

When contacted, the District Chief Executive (DCE) for Akyem Abuakwa West, Mr Emmanuel Kwarteng Asiedu, denied that any official of the assembly was involved in the illegal activities.

He said: "The assembly has not given any permit for mining along the Subin. We have arrested 14 people since January and seized six excavators. The fight against galamsey is not a one-day affair."

Mr Asiedu appealed to the youth to "give the security agencies the chance to do their work" and refrain from blocking the highway, which he said was causing hardship to innocent travellers.""",
        [
            ("We have written letters, we", "Yaw Boakye Ansah"),
            ("Our children are falling sick", "Yaw Boakye Ansah"),
            ("some big men in the", "Akosua Dapaah"),
            ("They came with excavators in", "Akosua Dapaah"),
            ("The command wishes to assure", "Eastern Regional Police Command"),
            ("The assembly has not given", "Emmanuel Kwarteng Asiedu"),
            ("give the security agencies the", "Emmanuel Kwarteng Asiedu"),
        ],
    ),
    (
        """Govt deploys police as illegal gold rush hits Mumbwa

GOVERNMENT has deployed police and Zambia National Service officers to Kalinda Hills in Mumbwa district after thousands of illegal miners descended on the area following the discovery of alluvial gold last month.

Mines and Minerals Development Minister Chanda Mwiinga said the situation had become a threat to public safety, with at least four people confirmed dead after a pit collapsed on Sunday.

"We cannot allow a situation where our people are dying in holes for a few grammes of gold while foreign syndicates buy the gold cheaply and smuggle it out of the country," Mr Mwiinga said when he toured the site yesterday.

"Government's position is clear. We want Zambians to benefit from gold, but it must be done legally, through cooperatives that are registered and that pay mineral royalties to the treasury."

Mr Mwiinga said the ministry would set up a mobile licensing office in Mumbwa to speed up the registration of small-scale miners' cooperatives, and that a gold buying centre would be opened in the district within three months.

But residents said the deployment had left hundreds of young people without a source of income.

"Before this gold, there was nothing here for us. No jobs, nothing. Now they are chasing us like criminals," said Mwape Chilufya, a 24-year-old miner from Mumbwa township.

Senior Chief Mukonkela's palace secretary, Bernard Hachinga, said the traditional leader was "deeply saddened by the loss of young lives" and had called for calm.

"The land belongs to the people of this chiefdom and they must not be turned into spectators while outsiders take everything," Mr Hachinga said.

Central Province Police Commissioner Eugene Siame confirmed the deaths and said 63 people, among them 11 foreign nationals, had been arrested for offences including unlawful possession of minerals and being in the country illegally.

"We are appealing to members of the public to leave the site voluntarily," Mr Siame said. "Those who resist will be arrested and dealt with according to the law."

And the Zambia Mining Accountability Forum said in a statement that government had been "too slow to act on artisanal licensing" and that the deaths could have been avoided.

"This crisis was predictable. Artisanal miners have been asking for licences for years and the ministry has sat on their applications while middlemen with connections get permits in weeks," the statement read.""",
        [
            ("We cannot allow a situation", "Chanda Mwiinga"),
            ("Government's position is clear.", "Chanda Mwiinga"),
            ("Before this gold, there was", "Mwape Chilufya"),
            ("deeply saddened by the loss", "Bernard Hachinga"),
            ("The land belongs to the", "Bernard Hachinga"),
            ("We are appealing to members", "Eugene Siame"),
            ("Those who resist will be", "Eugene Siame"),
            ("too slow to act on", "Zambia Mining Accountability Forum"),
            ("This crisis was predictable.", "Zambia Mining Accountability Forum"),
        ],
    ),
    (
        """Small-scale miners' gold deliveries up 18pc

Business Reporter

GOLD deliveries by small-scale miners rose 18 percent to 9,4 tonnes in the first five months of the year, as Government's reforms to royalties and payment terms begin to bear fruit, latest figures show.

According to data from the Gold Marketing Authority of Zimbabwe (GMAZ), large-scale producers delivered 5,1 tonnes over the same period, bringing total deliveries to 14,5 tonnes, against 12,7 tonnes in the comparable period last year.

Mines and Mining Development Deputy Minister Cde Tendai Machingura said the figures showed that small-scale miners were increasingly "selling through the official market rather than to smugglers".

"The reduction of the royalty for small-scale producers from 5 percent to 3 percent was not a giveaway. It was a deliberate strategy to make the formal market more attractive than the black market, and the numbers speak for themselves," said Cde Machingura.

He was speaking during a tour of Mutapa Star Mine in Kwekwe on Thursday, where he also commissioned a new carbon-in-leach plant.

Cde Machingura said Government would continue to engage the sector on the payment of the US dollar portion of proceeds, which he said was now being processed "within 48 hours in most cases".

In an interview, Small-Scale Miners Association of Zimbabwe (SSMAZ) president Mrs Rudo Gwatidzo welcomed the gains but said members continued to face challenges, including what she called "unacceptable delays in the payment of US dollar portions" at some buying centres, and high electricity costs.

"Our members want to sell to Government, but when you deliver gold on Monday and you are paid on Friday, you cannot buy fuel or pay your workers. That is when the buyers on the black market come in," she said.

Economist Dr Nyasha Chidembo said the gains were encouraging but needed to be sustained.

"The gains are real, but they are fragile," he said. "As long as there is a gap between the official price and what informal buyers offer, leakages will continue."

Meanwhile, police say they have intensified the crackdown on gold smuggling and illegal panning under the ongoing operation code-named "Chengetedza Upfumi".

National police spokesperson Assistant Commissioner Simbarashe Dube said the operation had yielded positive results.

"We have arrested 1 126 suspects for illegal gold panning and smuggling since January, and we will not relent. Those who want to mine must regularise their operations," said Asst Comm Dube.""",
        [
            ("selling through the official market", "Tendai Machingura"),
            ("The reduction of the royalty", "Tendai Machingura"),
            ("within 48 hours in most", "Tendai Machingura"),
            ("unacceptable delays in the payment", "Rudo Gwatidzo"),
            ("Our members want to sell", "Rudo Gwatidzo"),
            ("The gains are real, but", "Nyasha Chidembo"),
            ("As long as there is", "Nyasha Chidembo"),
            ("We have arrested 1 126", "Simbarashe Dube"),
        ],
    ),
    (
        """Mberengwa villagers protest eviction by Chinese gold miner

BY NQOBILE SIBANDA

MORE than 200 villagers from Ward 27 in Mberengwa yesterday staged a protest at the offices of Zhongsheng Mining Zimbabwe, accusing the Chinese-owned gold miner of forcibly evicting them from their ancestral land without adequate compensation.

The villagers, some of whom walked more than 10km to the company's site offices, said they had been given notices to vacate their homesteads to make way for an open-pit expansion.

"We were told to leave within 14 days. They have not told us where we are going, and they are offering US$300 per household. How can a family start a new life with US$300?" village head Elias Mhlanga told NewsDay.

Mhlanga said the company had started clearing land "even before the consultations were finished" and that at least three family graves had been disturbed.

A villager, who requested anonymity for fear of victimisation, said the company's security guards had assaulted two young men who tried to stop a bulldozer last week.

"They beat them with sticks in front of everyone. The police came, but they did nothing," she said.

In a statement, Zhongsheng Mining Zimbabwe said it held a valid special grant issued by the Ministry of Mines and Mining Development and had followed all legal procedures.

"The company has at all times acted within the law and has engaged the community, the local leadership and the Rural District Council throughout the process," the statement read.

The company said it was "committed to fair compensation" and would build a clinic and a primary school for relocated families. It did not respond to questions on the alleged assault.

Mberengwa Rural District Council chief executive officer Tinashe Moyo could not be reached for comment.

Zimbabwe Environmental Justice Trust (ZEJT) director Farai Mandizha said the case exposed weaknesses in the country's mining laws.

"Communities have been left exposed because the law does not require miners to compensate people for land, only for improvements such as houses and fields. This is a colonial-era provision that must go," Mandizha said.

He said his organisation would approach the courts on behalf of the affected families if the evictions went ahead.

A senior official in the Ministry of Mines and Mining Development, who spoke on condition of anonymity because he was not authorised to speak to the media, said the ministry was aware of the dispute.

"We have sent a team to verify the claims, including the issue of graves. Nobody will be moved before that report is out," the official said.""",
        [
            ("We were told to leave", "Elias Mhlanga"),
            ("even before the consultations were", "Elias Mhlanga"),
            ("They beat them with sticks", "villager"),
            ("The company has at all", "Zhongsheng Mining Zimbabwe"),
            ("committed to fair compensation", "Zhongsheng Mining Zimbabwe"),
            ("Communities have been left exposed", "Farai Mandizha"),
            ("We have sent a team", "senior official in the Ministry of Mines and Mining Development"),
        ],
    ),
    (
        """Zambia Weighs Royalty Relief for Older Copper Mines as Output Lags

By Chola Mwansa Banda

Zambia is considering changes to its mineral royalty regime to support older underground copper mines, as Africa's second-biggest producer of the metal struggles to meet its output targets.

"We are open to looking at the royalty structure for marginal operations, especially underground mines where costs are higher," Finance Minister Mutale Kasonde said in an interview in Lusaka on Tuesday. "But any change has to protect the treasury. We cannot give away revenue we need for schools and hospitals."

Zambia charges a sliding-scale royalty of between 4% and 10% of gross sales, depending on the copper price, and allows royalties to be deducted when calculating corporate income tax. Mining accounts for more than 70% of export earnings.

The government has set a goal of producing 3 million tons of copper a year within a decade, but output rose just 2% last year to about 760,000 tons, according to Ministry of Mines data.

"The current system taxes revenue, not profit, and that hurts the mines that are just breaking even," Mwila Chisenga, chief executive officer of the Zambia Mining Industry Council, said by phone. He said at least two underground operations on the Copperbelt were "at risk of being placed on care and maintenance" if prices fall below $8,000 a ton.

Kafue Copper Mines Plc, which operates two shafts near Chingola, said in a statement last month that it had deferred a $320 million shaft-deepening project "pending clarity on fiscal terms."

Any relief for miners may be hard to sell at home. Residents of mining towns have complained for years that little of the royalty income returns to the Copperbelt, and protests over pollution and unemployment have flared in Chililabombwe and Mufulira this year.

"Royalties go to Lusaka, while we breathe the dust," said Grace Mulenga, who chairs a residents' association in Chililabombwe. "If they want to give the mines a discount, they should first show us what we got from the last boom."

The International Monetary Fund, which is supporting Zambia through a $1.7 billion loan program, is also likely to scrutinize any concessions, according to a person familiar with the talks who asked not to be identified because the discussions are private.

"The fund wants to see a broad tax base, not more exemptions," the person said.

Copper for three-month delivery traded at $9,120 a ton on the London Metal Exchange on Wednesday.""",
        [
            ("We are open to looking", "Mutale Kasonde"),
            ("But any change has to", "Mutale Kasonde"),
            ("The current system taxes revenue,", "Mwila Chisenga"),
            ("at risk of being placed", "Mwila Chisenga"),
            ("pending clarity on fiscal terms", "Kafue Copper Mines Plc"),
            ("Royalties go to Lusaka, while", "Grace Mulenga"),
            ("If they want to give", "Grace Mulenga"),
            ("The fund wants to see", "person familiar with the talks"),
        ],
    ),
    (
        """Galamsey: Anti-mining alliance issues two-week ultimatum to government

The National Alliance Against Galamsey (NAAG) has given government fourteen days to declare a state of emergency in mining communities or face nationwide demonstrations.

Speaking at a press conference in Accra on Monday, the Convener of the Alliance, Rev. Dr. Joseph Kwame Amankwah, said the destruction of water bodies by illegal miners had reached a crisis point.

“Water engineers have told us that some of our treatment plants are running at less than half capacity because of the level of mud in the raw water. This is not a problem for the future; it is a problem today.

“We are therefore giving the government fourteen days from today to declare a state of emergency in the affected areas, deploy the military to the water bodies and revoke all small-scale mining licences in forest reserves,” he said.

Rev. Dr. Amankwah accused politicians on both sides of the political divide of shielding so-called “galamsey kingpins”, adding that arrests so far had targeted only “the boys in the pits”.

The General Secretary of the Ghana Federation of Public Sector Workers, Isaac Owusu-Mensah, who was present at the press conference, said his members were prepared to “lay down our tools” if government failed to act.

Reacting to the ultimatum, a Deputy Minister for Lands and Natural Resources, Hon. Nana Akua Sarpong, told Citi News the government shared the concerns of the Alliance but that a state of emergency was “not the only tool” available to it.

“We have reclaimed over 3,000 hectares, we have seized more than 400 excavators, and the river task force is on the water bodies every day. A state of emergency sounds attractive, but it comes with the suspension of certain rights, and we must be careful,” she said.

She urged the Alliance to “come to the table” rather than take to the streets.

In the Amansie West District, a galamsey operator who spoke to Citi News on condition of anonymity said many young people in the area had no alternative source of livelihood.

“If they stop us, what will we eat? Cocoa is not paying like before, and there are no factories here. Government should give us licences and land, not soldiers,” he said.

The ultimatum comes barely a month after the Minority in Parliament staged a walkout over what it described as government's lack of urgency in dealing with the menace.""",
        [
            ("Water engineers have told us", "Joseph Kwame Amankwah"),
            ("We are therefore giving the", "Joseph Kwame Amankwah"),
            ("the boys in the pits", "Joseph Kwame Amankwah"),
            ("lay down our tools", "Isaac Owusu-Mensah"),
            ("not the only tool", "Nana Akua Sarpong"),
            ("We have reclaimed over 3,000", "Nana Akua Sarpong"),
            ("come to the table", "Nana Akua Sarpong"),
            ("If they stop us, what", "galamsey operator"),
        ],
    ),
    (
        """Solwezi residents march over mine jobs, royalty share

MUTINTA HAMAINDA, Solwezi

TRADING in Kisalala township came to a standstill yesterday when more than 500 residents marched to the offices of Kabompo Copper Corporation (KCC) to demand jobs for locals and a bigger share of mineral royalties for the district.

The residents, led by the Kisalala Residents Development Committee, presented a petition to KCC management accusing the mine of favouring workers from outside the province and failing to fulfil promises made when the mine opened in 2014.

Committee chairperson Dickson Kapambwe said residents were tired of "living next to wealth while drinking from shallow wells".

"This mine produces copper worth millions of dollars every month. But go to Kisalala clinic, there is no medicine. Go to our school, children are sitting on the floor. Where is the money going?" Mr Kapambwe said.

He said the committee wanted at least 60 percent of unskilled and semi-skilled jobs at the mine reserved for residents of the district, and a quarterly meeting between management and community leaders.

Receiving the petition, KCC corporate affairs manager Natasha Mwenya said management would study the concerns and respond within 14 days.

"KCC values its relationship with the host community. We have spent over K120 million on community projects in the last five years, including roads and boreholes, but we acknowledge that more can be done," Ms Mwenya said.

She said the company currently employed 3,400 people, of whom 58 percent were from North-Western Province.

But a KCC employee, who spoke on condition of anonymity, said tensions had been building for months.

"Most of the supervisors are brought from other provinces, and when a local person applies, they are told there is no vacancy," the employee said.

Solwezi District Commissioner Jairos Kalumba, who addressed the marchers, said the council had received only "a fraction of what is due" under the arrangement through which local authorities in mining areas receive a share of mineral royalties.

According to Mr Kalumba, the council received K18 million last year against an expected K45 million.

"We are engaging the Ministry of Finance and National Planning so that the allocation is based on actual production in the district and not on a flat formula," he said.

Mr Kalumba urged the residents to remain calm and avoid damaging property.

Police said the march was peaceful and no arrests were made.""",
        [
            ("living next to wealth while", "Dickson Kapambwe"),
            ("This mine produces copper worth", "Dickson Kapambwe"),
            ("KCC values its relationship with", "Natasha Mwenya"),
            ("Most of the supervisors are", "KCC employee"),
            ("a fraction of what is", "Jairos Kalumba"),
            ("We are engaging the Ministry", "Jairos Kalumba"),
        ],
    ),
]
