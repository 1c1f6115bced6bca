CASES = [
    (
        """South Korea's Hanseong Semiconductor warns of soft memory demand, shares slide

By Baek Ji-hoon

SEOUL, March 12 (Reuters) - South Korea's Hanseong Semiconductor warned on Wednesday that demand for memory chips used in smartphones and personal computers would remain weak through the second quarter, sending its shares down as much as 4.2% in morning trade.

The world's third-largest maker of DRAM chips said inventories at its customers remained "higher than we would like", even as orders for high-bandwidth memory (HBM) used in artificial intelligence servers continued to outstrip supply.

"Conventional memory is still working through a correction," Chief Financial Officer Park Seung-woo told analysts on an earnings call. "We expect prices to stabilise in the second half, but we are not going to chase volume at the expense of margin."

Park said the company would cut capital spending on conventional production lines by about 15% this year and redirect the money towards advanced packaging at its Cheonghwa campus south of Seoul, where it is building two new HBM assembly lines.

Hanseong reported an operating profit of 1.9 trillion won ($1.31 billion) for the October-December quarter, down 38% from a year earlier and below the 2.4 trillion won average forecast of 17 analysts surveyed by Reuters.

Analysts said the results underscored a widening gap between AI-related products and the rest of the business.

"It's a two-speed market now," said Kim Da-eun, an analyst at Daerim Securities. "HBM is effectively sold out into next year, but the legacy side is dragging on the whole company, and there is no sign yet of a consumer electronics recovery."

Hanseong also said it was in discussions with U.S. authorities about renewing a waiver that allows it to ship American chipmaking tools to its plant in China's Jiangsu province, which produces around a third of its DRAM output.

"We have had constructive discussions and expect to continue normal operations," the company said in a statement, declining to give further details.

A person familiar with the matter, who declined to be identified because the talks were private, said Washington had indicated it was "not looking to disrupt" existing operations but could tighten conditions on any upgrades at the site.

The U.S. Commerce Department did not immediately respond to a request for comment.

Shares of Hanseong were down 3.6% at 0215 GMT, compared with a 0.4% fall in the benchmark KOSPI. Smaller rival Daewon Memory slipped 1.1%.

(Reporting by Baek Ji-hoon; Additional reporting by Yoo Seon-mi; Editing by Clara Fenwick)""",
        [
            ("higher than we would like", "Hanseong Semiconductor"),
            ("Conventional memory is still working", "Park Seung-woo"),
            ("We expect prices to stabilise", "Park Seung-woo"),
            ("It's a two-speed market", "Kim Da-eun"),
            ("HBM is effectively sold out", "Kim Da-eun"),
            ("We have had constructive discussions", "Hanseong Semiconductor"),
            ("not looking to disrupt", "person familiar with the matter"),
        ],
    ),
    (
        """Japan pledges extra 300bn yen for chip venture Rinkai Silicon

Total state support nears 1.2tn yen as critics question lack of customers

MASAKI TORIYAMA, Nikkei staff writer

TOKYO -- Japan will provide an additional 300 billion yen ($2 billion) to Rinkai Silicon, the government-backed venture trying to mass-produce cutting-edge logic chips in Hokkaido, bringing total state support for the project to nearly 1.2 trillion yen.

The decision, approved by the cabinet on Tuesday, comes as Tokyo seeks to rebuild a domestic chip industry that once led the world but lost ground to rivals in Taiwan and South Korea over the past three decades.

“Advanced logic semiconductors are the foundation of our economic security,” Minister of Economy, Trade and Industry Takeshi Oyamada told reporters after the cabinet meeting. “We cannot afford to fall behind a second time.”

The money will go toward equipment for a pilot line in the town of Nishikawa, where Rinkai aims to start producing 2-nanometer chips in 2027. In a statement, Rinkai said the funding would “accelerate our path from prototype to volume production” and help it recruit engineers from overseas.

Rinkai President Hiroshi Nakagawa said at a news conference in Tokyo that interest from potential clients had grown since the company shipped its first prototype wafers in January.

“We have received sample requests from more than 30 companies,” Nakagawa said. “Some of them are in the U.S., some are in Europe and some are here in Japan.

“What we need now is time and patience, not more speeches about national champions.”

Nakagawa declined to name any of the prospective customers, saying the discussions were confidential.

The venture, founded in 2022 by eight Japanese companies including automaker Hoshino Motors and telecom operator Kaido Networks, has struggled to attract private investment. Its backers have put in just 7.3 billion yen so far, a fraction of the estimated 5 trillion yen needed to reach full production.

Critics say the government is taking on too much of the risk.

“The state keeps writing checks without a clear customer base,” said Yumiko Tsuda, a professor of industrial policy at Seiran University in Kyoto. “If the project fails, taxpayers will be left holding very expensive equipment that nobody wants to buy.”

A senior official at the Ministry of Finance, speaking on condition of anonymity, said some in the ministry had pushed for stricter milestones in exchange for the funding. The official described the final conditions as “a compromise that nobody is fully happy with.”

Oyamada rejected suggestions that the government was pouring money into a bottomless pit. He said Rinkai’s progress had been “on schedule or ahead of it” and that the ministry would review the project every year before releasing further funds.

Shares of Japanese chip equipment makers rose on the news, with Sakuragi Tech gaining 3.1% and Tokyo Kasei Precision adding 2.4%.""",
        [
            ("Advanced logic semiconductors are the", "Takeshi Oyamada"),
            ("We cannot afford to fall", "Takeshi Oyamada"),
            ("accelerate our path from prototype", "Rinkai Silicon"),
            ("We have received sample requests", "Hiroshi Nakagawa"),
            ("Some of them are in", "Hiroshi Nakagawa"),
            ("What we need now is", "Hiroshi Nakagawa"),
            ("The state keeps writing checks", "Yumiko Tsuda"),
            ("If the project fails, taxpayers", "Yumiko Tsuda"),
            ("a compromise that nobody is", "senior official at the Ministry of Finance"),
            ("on schedule or ahead of", "Takeshi Oyamada"),
        ],
    ),
    (
        """China fines e-commerce platform Hualian Mall 1.8 billion yuan for forcing merchants to 'choose one of two'

- Market regulator says Hangzhou-based platform punished sellers who also listed on rival sites
- Penalty is the largest against an internet company in nearly three years

Ivy Leung

China's market regulator has fined Hangzhou-based e-commerce platform Hualian Mall 1.8 billion yuan (US$248 million) for forcing merchants to sell exclusively on its site, in the biggest antitrust penalty against an internet company in almost three years.

The National Market Supervision Bureau said on Friday that Hualian had since 2021 required thousands of clothing and household goods sellers to shut their stores on rival platforms or face reduced search visibility and higher commissions, a practice known in the industry as "choose one of two".

"Such conduct eliminated and restricted competition in the online retail market, harmed the legitimate rights and interests of merchants and consumers, and hindered innovation in the platform economy," the bureau said in a statement.

The fine is equal to 4 per cent of Hualian's 2023 domestic sales, according to the statement. The company was also ordered to submit compliance reports to the regulator for three years.

In a post on its official Weibo account, Hualian said it "sincerely accepts the penalty" and would "resolutely comply with the decision". "We will take this as an opportunity to better serve merchants and build a fairer, more open ecosystem," the company said.

Hualian's Hong Kong-listed shares rose 5.7 per cent on Monday, as investors welcomed the end of an investigation that had weighed on the stock since it was announced last April.

"The market was pricing in something much worse," said Leo Chan Ka-wai, head of China internet research at Harbourview Capital in Hong Kong. "A fine of this size is painful but manageable, and the removal of uncertainty matters more than the number itself."

Merchants interviewed by the Post painted a more mixed picture.

A clothing seller in Yiwu, Zhejiang province, who asked not to be named for fear of retaliation, said she had closed her store on a rival platform in 2022 because Hualian's terms were "impossible to refuse for a small business".

"We had no choice. Eighty per cent of our orders came from Hualian," she said. "The fine doesn't give us back the money we lost."

Analysts said the case signalled that Beijing remained willing to act against platform companies, even as it courts private enterprise to revive economic growth.

Zhou Minhui, a professor of competition law at Donghai University of Political Science and Law in Shanghai, said the penalty was "a reminder that the regulatory toolbox has not been put away".

"The tone has changed, but the rules are still there," Zhou said. "Platforms that thought the crackdown was over should read this decision very carefully."

Hualian did not respond to a request for further comment.""",
        [
            ("Such conduct eliminated and restricted", "National Market Supervision Bureau"),
            ("sincerely accepts the penalty", "Hualian Mall"),
            ("resolutely comply with the decision", "Hualian Mall"),
            ("We will take this as", "Hualian Mall"),
            ("The market was pricing in", "Leo Chan Ka-wai"),
            ("A fine of this size", "Leo Chan Ka-wai"),
            ("impossible to refuse for a", "clothing seller in Yiwu"),
            ("We had no choice. Eighty", "clothing seller in Yiwu"),
            ("The fine doesn't give us", "clothing seller in Yiwu"),
            ("a reminder that the regulatory", "Zhou Minhui"),
            ("The tone has changed, but", "Zhou Minhui"),
            ("Platforms that thought the crackdown", "Zhou Minhui"),
        ],
    ),
    (
        """Kaiyang Electronics to move US-bound server assembly to Mexico

Taiwanese contract manufacturer responds to customer pressure over threat of new tariffs

Emma Chou in Taipei

Kaiyang Electronics, the Taiwanese contract manufacturer that assembles servers for US cloud computing groups, will move most of its US-bound production out of China and south-east Asia to Mexico by the end of next year as Washington threatens new tariffs on electronics imports.

The company said on Thursday it would spend NT$24bn ($740mn) expanding its plant in the northern Mexican state of Nuevo León and building a second site nearby, more than doubling its capacity in the country.

‘Our customers have been very clear that they want certainty,’ said Frank Hsieh, Kaiyang’s chair, at the group’s annual investor day in Taipei. ‘We cannot control trade policy, but we can control where we build.’

Hsieh said the shift would take about 18 months and that Kaiyang’s factories in eastern China would continue to serve customers in China and Europe. Its plant in Thailand would be converted to make networking equipment.

The move is the latest sign of how Taiwan’s electronics manufacturers, which grew into global powerhouses by making products in mainland China, are redrawing their supply chains in response to tensions between Washington and Beijing. In its annual report, ‘Industrial Outlook and Resilience’, Taiwan’s economics ministry estimated that Taiwanese companies’ approved investment in Mexico had tripled in two years.

Analysts said the relocation would squeeze margins in the near term.

‘Mexico is not cheap once you factor in logistics, labour turnover and the learning curve,’ said Grace Liao, a technology hardware analyst at Formosa Ridge Securities. ‘Kaiyang is essentially buying insurance, and insurance comes at a premium.’

Liao estimated that the company’s gross margin, which stood at 7.1 per cent last year, could fall by as much as half a percentage point in 2026.

An executive at another Taiwanese assembler, who spoke on condition of anonymity because discussions with clients were confidential, described pressure from US customers as ‘relentless and getting worse’ and said ‘everyone is being asked the same question: where else can you make it, and how fast?’

Taiwan’s government has encouraged companies to diversify but has also warned against hollowing out industry at home. Chen Wen-hsiung, deputy economics minister, said last week that the island would remain ‘the research and development headquarters for our companies, wherever they manufacture’.

Kaiyang’s Taipei-listed shares rose 2.3 per cent on Thursday, outperforming the benchmark Taiex, which was flat.

Hsieh added that the company was also studying India but that conditions there were ‘not yet mature enough’ for server production at scale.

‘Maybe in three to five years,’ he said. ‘We are watching very closely.’""",
        [
            ("Our customers have been very", "Frank Hsieh"),
            ("We cannot control trade policy", "Frank Hsieh"),
            ("Mexico is not cheap once", "Grace Liao"),
            ("Kaiyang is essentially buying insurance", "Grace Liao"),
            ("relentless and getting worse", "executive at another Taiwanese assembler"),
            ("everyone is being asked the", "executive at another Taiwanese assembler"),
            ("the research and development headquarters", "Chen Wen-hsiung"),
            ("not yet mature enough", "Frank Hsieh"),
            ("Maybe in three to five", "Frank Hsieh"),
            ("We are watching very closely", "Frank Hsieh"),
        ],
    ),
    (
        """(LEAD) S. Korea's exports rise for 11th month on chip boom; China shipments slip

SEOUL, Sept. 1 (Yonhap) -- South Korea's exports rose for the 11th consecutive month in August on the back of robust semiconductor shipments, though exports to China fell for a third straight month amid sluggish demand there, government data showed Sunday.

Outbound shipments rose 6.8 percent on-year to US$57.9 billion last month, according to the data compiled by the industry ministry. Imports gained 3.1 percent to $53.6 billion, resulting in a trade surplus of $4.3 billion, the 15th straight month of surplus.

Semiconductor exports jumped 29.4 percent on-year to $13.2 billion, the highest for any August on record, driven by strong demand for high-bandwidth memory and server DRAM chips, the ministry said.

"Chip exports continued to lead overall growth, and we expect the trend to continue through the rest of the year on the back of AI-related investment worldwide," the ministry said in a press release.

Exports to China, South Korea's largest trading partner, fell 2.4 percent to $10.6 billion, while shipments to the United States rose 9.1 percent to $10.4 billion, narrowing the gap between the two markets to its smallest level in two decades.

Car exports declined 3.7 percent to $5.1 billion, partly due to a partial strike at Daehan Motor Co.'s plant in the southeastern industrial city of Ulsan.

Industry Minister Yoon Jae-sung, speaking at a meeting with exporters in Seoul, said the government will expand trade insurance and policy loans for companies hit by rising logistics costs and trade barriers.

"Uncertainties surrounding the global trade environment are growing, including the possibility of additional U.S. tariffs and slowing growth in China," Yoon said. "The government will mobilize all available policy tools to help our exporters diversify their markets."

Yoon added that the ministry will launch the "Export Frontier 2030" program next month to help small and medium-sized firms enter markets in Southeast Asia, the Middle East and Latin America.

An official at the ministry, who requested anonymity, told Yonhap News Agency that the decline in exports to China appeared "largely structural rather than temporary."

"Chinese companies are now producing many of the intermediate goods they used to buy from us, including petrochemicals and display panels," the official said.

Market watchers said the figures highlighted the economy's heavy dependence on a single industry.

"The August figures confirm that Korea's export recovery is increasingly a chip story," said Lee Min-jung, an economist at Hanbit Investment & Securities. "If memory prices peak next year, the headline numbers could weaken quickly."

For the first eight months of the year, exports rose 9.2 percent to $442.1 billion, the data showed.

(END)""",
        [
            ("Chip exports continued to lead", "industry ministry"),
            ("Uncertainties surrounding the global trade", "Yoon Jae-sung"),
            ("The government will mobilize all", "Yoon Jae-sung"),
            ("largely structural rather than temporary", "official at the ministry"),
            ("Chinese companies are now producing", "official at the ministry"),
            ("The August figures confirm that", "Lee Min-jung"),
            ("If memory prices peak next", "Lee Min-jung"),
        ],
    ),
    (
        """China's Rare Earth Curbs Leave Japanese Motor Makers Scrambling

By Aiko Fujimura and Chen Lu

(Bloomberg) -- Japanese makers of electric motors and industrial robots are racing to secure alternative supplies of rare earth magnets after China tightened export licensing for the materials, with some warning of production disruptions within weeks.

Sanjo Motor Works Ltd., a Nagoya-based supplier of motors for cars and factory equipment, said its inventory of neodymium magnets would last "about two months at current production levels" and that it had asked suppliers in Vietnam and Australia to speed up deliveries.

"We are not in a crisis yet, but we are preparing as if we will be," Sanjo President Kenji Morimoto said in an interview in Tokyo on Wednesday. "Every week without licenses makes the situation more difficult, and our customers are starting to ask hard questions."

China's commerce ministry added seven rare earth elements to its export control list in April, requiring exporters to obtain licenses for each shipment. Approvals have been slow and inconsistent, according to people familiar with the matter, who asked not to be identified discussing private information. Some Japanese buyers have waited more than six weeks for paperwork, the people said.

A spokesperson for the ministry said at a regular briefing in Beijing on Thursday that the measures were "in line with international practice" and were not targeted at any country. "China has always been committed to maintaining the security and stability of global industrial and supply chains," the spokesperson said.

Japan relies on China for about 60% of its rare earth imports, down from about 90% in 2010, when Beijing halted shipments during a territorial dispute. That episode prompted Tokyo to invest in mines and processing abroad, but Chinese dominance of magnet production has proved hard to break.

"Japan learned its lesson 15 years ago, but diversification only goes so far," Hiroko Ueda, a senior analyst at Tamagawa Research Institute, wrote in a note to clients. "Processing capacity outside China is still tiny, and it cannot be scaled up in months."

Chief Cabinet Secretary Noriko Hasebe told reporters the government was "closely monitoring the situation" and had raised the issue with Beijing through diplomatic channels. "We will continue to urge China to ensure a stable supply of these materials," she said.

Shares of Sanjo fell as much as 3.8% in Tokyo on Thursday, while Kamisu Magnetics Corp., one of the few magnet producers outside China, jumped 12% to a record high.

"Everybody is calling us," said Takuya Ono, a spokesman for Kamisu. "We are running at full capacity and simply cannot meet all the demand, at least not this year."

Kamisu said it plans to add a production line in Ibaraki prefecture next year.""",
        [
            ("about two months at current", "Sanjo Motor Works Ltd."),
            ("We are not in a", "Kenji Morimoto"),
            ("Every week without licenses makes", "Kenji Morimoto"),
            ("in line with international practice", "spokesperson"),
            ("China has always been committed", "spokesperson"),
            ("Japan learned its lesson 15", "Hiroko Ueda"),
            ("Processing capacity outside China is", "Hiroko Ueda"),
            ("closely monitoring the situation", "Noriko Hasebe"),
            ("We will continue to urge", "Noriko Hasebe"),
            ("Everybody is calling us", "Takuya Ono"),
            ("We are running at full", "Takuya Ono"),
        ],
    ),
    (
        """Japan, China, S. Korea agree to speed up trilateral FTA talks

INCHEON, South Korea, Nov. 14 Kyodo - Trade ministers from Japan, China and South Korea agreed Saturday to speed up negotiations on a long-stalled trilateral free trade agreement, as the three Asian neighbors seek to shore up regional commerce amid rising protectionism.

Meeting in Incheon for the first time in more than four years, the ministers confirmed they would hold working-level talks every two months, with the aim of reaching a framework agreement by the end of next year.

"We shared the view that the three countries, as neighbors and major economies, bear a responsibility to maintain and strengthen a free and fair trading system," Japanese trade minister Haruka Miyamoto told reporters after the meeting.

She said the ministers also discussed export controls on critical minerals and semiconductors, an area in which Tokyo and Beijing have repeatedly clashed, but declined to elaborate. "Frank opinions were exchanged on that matter," she said.

Chinese Commerce Minister Liu Jianguo said in his opening remarks that Beijing opposes "the politicization of economic and trade issues" and "unilateral measures that disrupt industrial and supply chains," in an apparent reference to U.S.-led restrictions on chip exports to China that Japan and South Korea have partly joined.

South Korean Trade Minister Cho Hyun-woo, who chaired the meeting, noted that the three economies together account for roughly a quarter of global output.

"If we can conclude this agreement, it would be the most significant step toward economic integration in Northeast Asia in a generation," Cho said. "Our businesses are already deeply connected. The rules should catch up with reality."

Negotiations on the trilateral pact were launched in 2013 but have made little progress, hampered by historical and territorial disputes as well as differences over market access for agricultural products. The three countries are already members of the Regional Comprehensive Economic Partnership, but Japan and South Korea have long sought deeper commitments on intellectual property and e-commerce.

A Japanese government official involved in the negotiations said gaps remain wide, particularly on agriculture and on rules governing state-owned enterprises.

"The political will is there, but the gaps on substance have not narrowed much," the official said on condition of anonymity. "We should not expect a breakthrough in the next few months."

Business groups in the three countries welcomed the agreement. In a statement, the Northeast Asia Business Roundtable, which represents about 400 companies, said it "strongly supports the early conclusion" of the pact and urged the governments to set "a clear and binding timetable."

The ministers also agreed to launch a dialogue on supply chain resilience and to cooperate on a so-called "green trade" initiative covering tariffs on environmental goods.""",
        [
            ("We shared the view that", "Haruka Miyamoto"),
            ("Frank opinions were exchanged on", "Haruka Miyamoto"),
            ("the politicization of economic and", "Liu Jianguo"),
            ("unilateral measures that disrupt industrial", "Liu Jianguo"),
            ("If we can conclude this", "Cho Hyun-woo"),
            ("Our businesses are already deeply", "Cho Hyun-woo"),
            ("The political will is there", "Japanese government official involved in the negotiations"),
            ("We should not expect a", "Japanese government official involved in the negotiations"),
            ("strongly supports the early conclusion", "Northeast Asia Business Roundtable"),
            ("a clear and binding timetable", "Northeast Asia Business Roundtable"),
        ],
    ),
    (
        """Taiwan prosecutors indict 3 over alleged leak of chip secrets to Chinese firm

Taipei, Jan. 8 (CNA) Prosecutors in Hsinchu on Wednesday indicted three former engineers of Taiwanese chipmaker Jinghua Microelectronics Corp. for allegedly stealing trade secrets related to advanced packaging technology and passing them to a Chinese competitor.

In a statement, the Hsinchu District Prosecutors Office said the three had copied more than 2,000 internal documents, including process parameters and equipment configurations, before leaving the company in 2023 to join Suzhou-based Xinrui Semiconductor Technology Co.

Prosecutors are seeking a sentence of at least seven years for the lead defendant, identified as Lo Chien-ming (羅建明), a former deputy manager in Jinghua's packaging division. The three were charged under the National Security Act, which was amended in 2022 to impose heavier penalties for leaking "core key technologies" to China.

According to the indictment, Lo wrote to a colleague on a messaging app in 2022 that Xinrui had offered him "three times my salary here, plus an apartment," and that "nobody will find out if we are careful."

The statement said the case had "seriously endangered Taiwan's industrial competitiveness and national security," and that investigators had seized laptops and external hard drives from the defendants' homes in Hsinchu and Taoyuan.

Jinghua said it had discovered the leak through an internal audit in late 2023 and reported it to the Investigation Bureau.

"We have zero tolerance for any infringement of our intellectual property and will pursue all legal remedies to protect the interests of our shareholders and employees," the company said in a statement.

Speaking at the Legislative Yuan on Wednesday, Justice Minister Huang Shu-fen (黃淑芬) said: "Protecting our key technologies is protecting Taiwan's lifeline. We will not be lenient with anyone who sells out the country's core industries."

Lo's lawyer, Chang Yu-ting (張郁婷), told CNA that her client denied the charges and would plead not guilty.

"My client never took any documents containing trade secrets," Chang said. "What he brought with him was his own experience and skills, which every engineer is entitled to take to a new job."

Xinrui could not be reached for comment.

Wu Chia-hao (吳家豪), a researcher at the Taiwan Institute for Industrial Strategy, said such cases had become more frequent as Chinese firms sought to close the gap in advanced packaging, which is increasingly critical for artificial intelligence chips.

"Advanced packaging is where the next battle in semiconductors is being fought," Wu said, adding that Chinese companies had been "aggressively recruiting mid-level engineers" from Taiwan with offers that local firms find hard to match.

According to the Investigation Bureau, it handled 64 cases of suspected economic espionage involving China last year, up from 41 in 2023.""",
        [
            ("three times my salary here", "Lo Chien-ming"),
            ("nobody will find out if", "Lo Chien-ming"),
            ("seriously endangered Taiwan's industrial competitiveness", "Hsinchu District Prosecutors Office"),
            ("We have zero tolerance for", "Jinghua Microelectronics Corp."),
            ("Protecting our key technologies is", "Huang Shu-fen"),
            ("My client never took any", "Chang Yu-ting"),
            ("What he brought with him", "Chang Yu-ting"),
            ("Advanced packaging is where the", "Wu Chia-hao"),
            ("aggressively recruiting mid-level engineers", "Wu Chia-hao"),
        ],
    ),
]
