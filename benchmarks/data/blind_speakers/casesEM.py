CASES = [
    (
        """Container ship queues at China's Qianhe port lengthen after typhoon, export rush

By Lydia Cheng and Martin Ossorio

SHANGHAI, Sept 18 (Reuters) - More than 60 container vessels were anchored off the eastern Chinese port of Qianhe on Thursday, ship-tracking data showed, as a backlog left by Typhoon Lanyu collided with a rush by exporters to move goods ahead of higher U.S. tariffs.

Average waiting times at the port's two main container terminals rose to 4.2 days from 1.5 days a week earlier, according to consultancy Marlowe Freight Analytics, which said about a dozen more ships were due to arrive by the weekend.

"We are seeing the worst congestion at Qianhe since the pandemic," said Hu Jianping, a Shanghai-based manager at freight forwarder Donghai Link Logistics. "Some of our customers have been told their boxes won't be loaded until early October."

The Qianhe Port Group, which operates both terminals, said in a statement that it had extended gate hours, added night shifts and opened an overflow yard to clear the backlog, and that operations were "gradually returning to normal".

Two executives at global shipping lines, who declined to be named because they were not authorised to speak to the media, said carriers had begun skipping Qianhe calls and diverting cargo to the nearby port of Ningzhou.

"Skipping a call is painful for customers, but sitting at anchor for five days is worse," one of the executives said.

Spot rates from China to the U.S. West Coast rose 9% this week to $3,870 per 40-foot container, the Lancaster Container Index showed, the first weekly increase since July.

Exporters of furniture and consumer electronics, which account for the bulk of Qianhe's outbound volume, have been hit hardest. Zhao Meilin, who runs a lighting manufacturer in nearby Fenghu, said two of her shipments had missed their vessels this month.

"Our buyer in Los Angeles is asking for a discount because of the delay. We cannot afford that," she told Reuters.

Analysts said the disruption was unlikely to last more than a few weeks. "Qianhe has the capacity to work through this, provided the weather holds," said Priya Raman, head of maritime research at Sentosa Capital in Singapore.

She added that the tariff deadline had pulled forward "a meaningful chunk of fourth-quarter volume", which could leave terminals across the region with a lull in November and December.

China's Ministry of Transport did not respond to a request for comment.

(Reporting by Lydia Cheng in Shanghai and Martin Ossorio in Singapore; Editing by Raju Narayan)""",
        [
            ("We are seeing the worst", "Hu Jianping"),
            ("Some of our customers have", "Hu Jianping"),
            ("gradually returning to normal", "Qianhe Port Group"),
            ("Skipping a call is painful", "shipping line executive"),
            ("Our buyer in Los Angeles", "Zhao Meilin"),
            ("Qianhe has the capacity to", "Priya Raman"),
            ("a meaningful chunk of fourth-quarter", "Priya Raman"),
        ],
    ),
    (
        """Korean Dockworkers Threaten Strike at Haesong as Automation Talks Stall

By Seo Ji-won and Daniel Pratt

Dockworkers at South Korea's second-busiest container port threatened to walk off the job next month after talks with terminal operators over automation broke down, raising the risk of fresh disruption for exporters already grappling with higher US tariffs.

The Haesong Port Workers' Union, which represents about 4,300 crane operators, lashers and checkers, said Tuesday it will hold a strike vote on Oct. 2 unless operators agree to freeze plans to install remote-controlled cranes at three terminals.

"Automation without guarantees is just layoffs with a new name," union Chairman Kwon Tae-sik told reporters outside the port authority's headquarters. "Our members have kept this port running through every crisis. They deserve a seat at the table."

Haesong handled 9.8 million twenty-foot equivalent units last year, making it a key gateway for shipments of auto parts, batteries and petrochemicals from the country's southeastern industrial belt.

Hanbit Terminal Operations, the largest of the four operators, said in an emailed statement that the automation plan would create "higher-skilled, safer jobs" and that no worker would be dismissed as a result. The company said it remains open to dialogue.

The government is pressing both sides to reach a deal quickly, according to people familiar with the matter, who asked not to be identified because the discussions are private. Officials at the Ministry of Oceans and Fisheries have estimated that a prolonged stoppage could cost exporters as much as 150 billion won ($108 million) a week, one of the people said.

Oceans Minister Park Eun-young said in a radio interview Wednesday that the union and operators should "step back from the brink and keep talking."

A strike would be the first at Haesong since 2016, when a nine-day walkout left thousands of containers stranded on the quays and forced carriers to divert ships to other ports along the southern coast.

"Shippers have long memories of 2016," said Lee Ho-jin, an analyst at Daeyang Securities in Seoul. "Even the threat of a strike is enough for some of them to start booking space through other ports, and that volume doesn't always come back."

Shares of Hanbit Holdings Co., the terminal operator's parent, fell as much as 3.1% in Seoul trading, the most in six weeks.

Global carriers are watching closely. A spokesperson for Nordmark Line, which runs two weekly services through Haesong, said the company was "monitoring the situation closely" and had contingency plans to reroute cargo if needed.

--With assistance from Baek Hyun-joo""",
        [
            ("Automation without guarantees is just", "Kwon Tae-sik"),
            ("Our members have kept this", "Kwon Tae-sik"),
            ("higher-skilled, safer jobs", "Hanbit Terminal Operations"),
            ("step back from the brink", "Park Eun-young"),
            ("Shippers have long memories of", "Lee Ho-jin"),
            ("Even the threat of a", "Lee Ho-jin"),
            ("monitoring the situation closely", "spokesperson"),
        ],
    ),
    (
        """Hong Kong shipowners scramble to shift fleets as US port fees on Chinese-built vessels loom

Cheryl Au-Yeung

Hong Kong shipowners are rushing to reshuffle their fleets ahead of new American port fees on Chinese-built and Chinese-operated vessels, with industry leaders warning the measures could erode the city’s standing as an international maritime hub.

The Hong Kong Shipowners’ Alliance said on Monday that at least 14 of its member companies had begun moving vessels to other registries or redeploying Chinese-built ships away from transpacific routes.

“Nobody wants to leave the Hong Kong register, but our members have shareholders and charterers to answer to,” said Raymond Leung Chi-wai, the alliance’s chairman. “If a ship is going to pay a million dollars every time it calls at a US port, you have to think very hard about where you deploy it.”

Leung said the alliance had written to the Transport and Logistics Bureau urging the government to press for exemptions for smaller feeder vessels, which he described as “collateral damage in a fight that isn’t ours”.

A bureau spokeswoman said the government was “closely following developments” and would “continue to defend the legitimate interests of the industry” through appropriate channels.

The fees, imposed by Washington following an investigation into China’s dominance of global shipbuilding, are charged per net tonne on each US port call and are scheduled to rise every year until 2028.

Container throughput at the city’s terminals has fallen for most of the past decade as cargo shifts to cheaper mainland ports, and analysts fear the new measures could accelerate the decline of Hong Kong’s ship registry, one of the world’s largest by tonnage.

Dr Angela Fok Wing-sze, a maritime economist at the Pearl Delta Institute of Logistics, said the impact would be uneven.

“The big lines have fleets large enough to move ships around. It is the mid-sized Hong Kong owners with ten or 20 vessels who have nowhere to hide,” she said.

Fok said some owners had quietly begun marketing Chinese-built tonnage to buyers in Southeast Asia, “sometimes at prices we have not seen in a decade”.

One Hong Kong-based shipbroker, who asked not to be named because of the sensitivity of the matter, said inquiries for Japanese- and South Korean-built ships had “more than doubled in a matter of weeks”.

“Everybody wants a ship that wasn’t built in China. The problem is there aren’t enough of them, and the owners who have them know it,” the broker said.""",
        [
            ("Nobody wants to leave the", "Raymond Leung Chi-wai"),
            ("If a ship is going", "Raymond Leung Chi-wai"),
            ("collateral damage in a fight", "Raymond Leung Chi-wai"),
            ("closely following developments", "spokeswoman"),
            ("continue to defend the legitimate", "spokeswoman"),
            ("The big lines have fleets", "Angela Fok Wing-sze"),
            ("sometimes at prices we have", "Angela Fok Wing-sze"),
            ("more than doubled in a", "Hong Kong-based shipbroker"),
            ("Everybody wants a ship that", "Hong Kong-based shipbroker"),
        ],
    ),
    (
        """Japan’s Hoshino Kisen cuts profit forecast 38% as freight rates slide

TOKYO -- Hoshino Kisen on Friday cut its net profit forecast for the fiscal year ending March by 38%, citing a sharp fall in container freight rates and weaker demand for car carriers as Chinese automakers increasingly ship vehicles on their own fleets.

The Osaka-based shipping group now expects net profit of 182 billion yen ($1.2 billion), down from its earlier projection of 294 billion yen. Revenue is forecast at 1.31 trillion yen, 6% lower than previously expected.

“The container market has turned faster than we assumed in the spring,” President Takeshi Murakami said at an earnings briefing in Tokyo. “Supply of new ships is running well ahead of demand, and we do not expect that to correct before 2027.”

Hoshino holds a 31% stake in Pacifica Ocean Network, a container shipping joint venture with two other Japanese lines, which has accounted for the bulk of its earnings since the pandemic-era boom.

Murakami said the car carrier business, until recently the company’s most profitable division, was facing “a structural change rather than a cyclical dip,” as Chinese manufacturers such as Qilong Motors take delivery of vessels ordered from domestic shipyards.

“Five years ago, Chinese exporters needed us. Today they are increasingly carrying their own cars,” he said.

The company plans to redeploy part of its car carrier fleet to routes serving Southeast Asia and India, and to accelerate investment in liquefied natural gas carriers, where it has long-term contracts with Japanese utilities.

Kenta Arakawa, a senior analyst at Mizuki Securities, said the revised guidance was “realistic, if anything slightly conservative,” and noted that the company had kept its dividend forecast unchanged at 150 yen per share.

“Investors were braced for worse. The fact that the payout is intact will be read as a sign of confidence,” Arakawa said.

Hoshino shares rose 2.4% in Tokyo after the announcement, outperforming the broader Topix index.

The forecast cut follows a gloomy assessment from the Japan Maritime Research Council, whose annual “Asian Shipping Outlook” report, published last month, warned that a record orderbook would “weigh on earnings across the industry for at least two years.”

Rival lines Sakuragawa Shipping and Nankai Marine are due to report results next week.""",
        [
            ("The container market has turned", "Takeshi Murakami"),
            ("Supply of new ships is", "Takeshi Murakami"),
            ("a structural change rather than", "Takeshi Murakami"),
            ("Five years ago, Chinese exporters", "Takeshi Murakami"),
            ("realistic, if anything slightly conservative,", "Kenta Arakawa"),
            ("Investors were braced for worse.", "Kenta Arakawa"),
            ("weigh on earnings across the", "Japan Maritime Research Council"),
        ],
    ),
    (
        """S. Korea seeks talks with China over customs delays at Jiaoling port

SEOUL, Oct. 14 (Yonhap) -- South Korea has asked China to hold working-level talks over lengthy customs delays facing Korean consumer goods at a major port in China's Shandong Province, the trade ministry said Tuesday.

According to the Ministry of Trade, Industry and Energy, clearance times for Korean cosmetics, processed foods and small home appliances at Jiaoling port have risen to an average of 11 days since August, compared with two to three days earlier this year.

"We have conveyed our concerns to the Chinese side through diplomatic channels and requested that the matter be addressed swiftly," a ministry official told Yonhap News Agency on condition of anonymity.

"The government will closely monitor whether the inspections are being applied in a discriminatory manner," the official added.

Industry sources said the delays began after China's customs authority tightened labeling inspections on imported consumer goods in August. Beijing has said the measures apply equally to products from all countries.

Trade Minister Yoon Sang-cheol said Monday that Seoul would "respond calmly but firmly" if the delays were found to be targeted at South Korean products.

"We do not want this to escalate, but we will not stand by while our companies suffer losses," Yoon told reporters on the sidelines of an export strategy meeting in Seoul.

The Korea Export Shippers' Council estimated in a report released last week that some 230 small and medium-sized exporters have been affected, with combined losses from storage fees and canceled orders reaching about 18 billion won (US$13.2 million).

"For small firms operating on thin margins, two weeks of storage charges can wipe out the profit on an entire shipment," the council said in the report.

Choi Mi-ran, chief executive of an Incheon-based cosmetics exporter, said her company has started sending some shipments through other Chinese ports at higher cost.

"Our containers sat at the port for nearly three weeks in September. Some of our Chinese distributors simply canceled their orders," Choi said.

China is South Korea's largest trading partner, accounting for about a fifth of the country's total exports last year. The two countries have been working to restore economic ties that soured in recent years, and a review meeting on their free trade agreement is scheduled for next month.

(END)""",
        [
            ("We have conveyed our concerns", "ministry official"),
            ("The government will closely monitor", "ministry official"),
            ("respond calmly but firmly", "Yoon Sang-cheol"),
            ("We do not want this", "Yoon Sang-cheol"),
            ("For small firms operating on", "Korea Export Shippers' Council"),
            ("Our containers sat at the", "Choi Mi-ran"),
        ],
    ),
    (
        """Capesize held in Zhanbei as charterer pursues $14m cargo claim against Korean owner

Thomas Reade, Singapore

A Korean-owned capesize bulker has been arrested at the northern Chinese port of Zhanbei after a Singapore-based charterer obtained a court order in a dispute over an alleged $14m cargo shortfall.

The 180,000 dwt Haeri Glory, owned by Busan-based Dongyang Bulk Carriers, was detained on the order of the Zhanbei Maritime Court on 3 November shortly after it finished discharging iron ore, according to court documents.

The charterer, Meridian Ore Trading, alleges the vessel delivered 9,400 tonnes less ore than stated on the bills of lading issued at the loading port in Western Australia, and that the shortfall was concealed in the ship’s discharge figures.

Dongyang’s managing director, Kim Jae-hoon, rejected the claim in a statement. ‘The draft surveys at both ends are consistent. There is no missing cargo, and our P&I club is fully behind us.

‘This is a commercial pressure tactic, pure and simple. Meridian owes us three months of hire, and this arrest is a way of avoiding that conversation.’

Meridian said it ‘does not comment on ongoing legal proceedings’ but was ‘confident in the merits of its claim’.

Lawyers say arrests of this kind are becoming more common in Chinese ports. ‘Chinese maritime courts have become a forum of choice for cargo interests, because they move quickly and security can be obtained within days,’ said Helen Marsh, a partner at Hong Kong law firm Baird Lennox.

According to Ms Marsh, owners in such cases typically have to post security covering the full value of the claim plus interest and costs before a ship is released.

‘Most of these cases settle once a letter of undertaking is in place,’ she said. ‘The arrest is the opening move, not the endgame.’

The vessel’s 22 crew remain on board. A spokesman for the Zhanbei Port Authority said the ship had been moved to an outer anchorage to free up the berth and that the crew were ‘being provided with all necessary supplies’.

The arrest comes at an awkward moment for Dongyang, which has three newbuildings due for delivery next year and is understood to be in talks with banks over refinancing part of its fleet. A source close to the company said the dispute would ‘not affect the newbuilding programme in any way’.

Capesize earnings have climbed to about $24,000 per day this month on strong Chinese iron ore imports, making every day of detention costly for the owner.""",
        [
            ("The draft surveys at both", "Kim Jae-hoon"),
            ("This is a commercial pressure", "Kim Jae-hoon"),
            ("does not comment on ongoing", "Meridian Ore Trading"),
            ("confident in the merits of", "Meridian Ore Trading"),
            ("Chinese maritime courts have become", "Helen Marsh"),
            ("Most of these cases settle", "Helen Marsh"),
            ("The arrest is the opening", "Helen Marsh"),
            ("being provided with all necessary", "spokesman"),
            ("not affect the newbuilding programme", "source close to the company"),
        ],
    ),
    (
        """Regulators Summon Courier Firms as Parcel Price War Spreads in South China

By Wang Xinyi and Ding Rui

(Beijing) — Postal regulators in Guangdong province have summoned executives from five major courier companies and warned them against pricing below cost, as a price war that has pushed per-parcel fees under 1 yuan in some cities shows no sign of easing.

The Guangdong Postal Administration said in a notice posted on its website Wednesday that the companies had been ordered to "immediately rectify disorderly competition" and to ensure that price cuts were not financed by withholding payments to franchise outlets and couriers.

The companies named in the notice were Jiayun Express, Sunbird Express, Hongtu Delivery, Baichuan Logistics and Fengling Express, which together handle more than 70% of parcels in the province, according to industry estimates.

Average revenue per parcel in the province fell 14% year-on-year in the first eight months to 1.52 yuan, according to industry data, while parcel volumes rose 19%.

"Every company knows the price is unsustainable, but nobody wants to be the first to raise it and lose volume," a senior manager at one of the five firms told Caixin. "If we go up 10 fen and our competitor doesn't, the e-commerce merchants leave within a week."

Franchise operators, who handle last-mile delivery under contracts with each brand's headquarters, have borne the brunt. Liang Wenbo, who runs a Hongtu franchise in Dongguan, said his margins had been wiped out.

"Headquarters cuts the price to win customers, and then they take the difference out of our delivery fees. Last month I lost money on almost every parcel," Liang said.

Jiayun Express said in a statement to Caixin that it "firmly supports the regulator's guidance" and had never priced its services below cost. Sunbird did not respond to requests for comment.

The intervention is the latest sign of Beijing's campaign against "involution," a buzzword for the kind of cutthroat competition that has eroded profits in industries from solar panels to electric vehicles.

Analysts expect consolidation. "The price war is a symptom of overcapacity built up during the e-commerce boom. The endgame is probably two or three national players instead of five," said Zhou Lihua, a logistics analyst at Huaxin Securities.

Zhou said the regulators' intervention could slow the decline in prices but would not "change the underlying arithmetic" for the industry.

Contact editor Liu Hong""",
        [
            ("immediately rectify disorderly competition", "Guangdong Postal Administration"),
            ("Every company knows the price", "senior manager at one of the five firms"),
            ("If we go up 10", "senior manager at one of the five firms"),
            ("Headquarters cuts the price to", "Liang Wenbo"),
            ("firmly supports the regulator's guidance", "Jiayun Express"),
            ("The price war is a", "Zhou Lihua"),
            ("change the underlying arithmetic", "Zhou Lihua"),
        ],
    ),
    (
        """China launches anti-dumping probe into Japanese acrylic fibres as trade row deepens

Beijing (AFP) - China on Thursday launched an anti-dumping investigation into imports of acrylic fibres from Japan, days after Tokyo imposed tariffs on Chinese steel plate, in an escalating tit-for-tat between Asia's two largest economies.

China's Ministry of Commerce said in a statement that the probe followed a complaint from domestic producers and would "normally be concluded within one year", though it could be extended by six months in special circumstances.

"The investigation is a normal trade remedy measure taken in accordance with Chinese law and WTO rules," ministry spokesman Lin Haoyu told a regular press briefing.

Asked whether the move was retaliation for Japan's steel tariffs, Lin said: "I would refer you to the statement. Japan should reflect on its own actions and stop politicising economic and trade issues."

Japan last week imposed provisional duties of up to 28 percent on Chinese hot-rolled steel plate, saying cheap imports were hurting domestic mills.

In Tokyo, trade minister Ryota Sugimura said the government was aware of the announcement and would "examine its content carefully", adding that Japan's steel measures were "fully consistent with international rules".

The Japan Acrylic Fibre Producers Association said it was "deeply disappointed by the decision" and would cooperate with the investigation "to demonstrate that our members trade fairly".

A Japanese diplomat in Beijing, who spoke on condition of anonymity, said the move had been widely anticipated. "We expected a response of some kind. The only question was which product they would choose," the diplomat said.

The dispute is already being felt on the busy shipping lanes between the two countries. Container volumes on China-Japan routes fell 6 percent in the third quarter from a year earlier, according to Singapore-based consultancy Strait Line Research.

"It's death by a thousand cuts for the feeder operators," Mark Tolland, an analyst at the firm, told AFP. "Each new measure on its own looks small, but together they are taking boxes off the water."

China and Japan are each other's second-largest trading partners, with two-way trade worth more than $300 billion last year.

lc/mtp""",
        [
            ("normally be concluded within one", "Ministry of Commerce"),
            ("The investigation is a normal", "Lin Haoyu"),
            ("I would refer you to", "Lin Haoyu"),
            ("examine its content carefully", "Ryota Sugimura"),
            ("fully consistent with international rules", "Ryota Sugimura"),
            ("deeply disappointed by the decision", "Japan Acrylic Fibre Producers Association"),
            ("to demonstrate that our members", "Japan Acrylic Fibre Producers Association"),
            ("We expected a response of", "Japanese diplomat in Beijing"),
            ("It's death by a thousand", "Mark Tolland"),
            ("Each new measure on its", "Mark Tolland"),
        ],
    ),
]
