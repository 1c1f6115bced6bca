CASES = [
    (
        """Kurosawa Interactive cuts profit forecast as flagship game slips to 2026

By Aiko Tanabe

TOKYO, Nov 6 (Reuters) - Japanese video game publisher Kurosawa Interactive on Thursday cut its full-year operating profit forecast by 18%, blaming the delay of its flagship role-playing title and softer sales of older games on mobile devices.

The Osaka-based company now expects operating profit of 41 billion yen ($268 million) for the year ending in March, down from its previous forecast of 50 billion yen and below the 47.3 billion yen average estimate of 11 analysts polled by LSEG.

"Ashen Crown: Requiem", the fourth instalment of the company's best-selling fantasy series, had been scheduled for release in February but will now arrive in the first half of 2026, the company said.

"We made the decision that the game was not ready, and we will not ship something our players would be disappointed by," Chief Executive Hiroshi Matsudaira told an earnings briefing. "That is a cost we are prepared to carry this year."

Matsudaira said development of the title had been slowed by a switch to a new in-house engine and by the departure of several senior designers last year, but declined to give a specific launch date.

The company's shares fell 6.2% in afternoon trade before the announcement and have lost about a quarter of their value since January, underperforming the broader Nikkei index.

"The delay itself is not a surprise, but the size of the cut is," said Yuki Fujimori, an analyst at Minato Securities in Tokyo. "Investors had been counting on the back catalogue to cushion the blow, and that clearly isn't happening."

Kurosawa's mobile revenue fell 21% in the July-September quarter from a year earlier, as spending on its two ageing smartphone titles dropped after a popular in-game event ended. A company spokeswoman said the firm was reviewing its mobile lineup and that "no option is off the table", including closing underperforming games.

The publisher, like many of its Japanese rivals, has been under pressure to control ballooning development budgets as production values for console games rise. Competitors including Tokyo-based Hoshizora Games have turned to partnerships with Chinese and South Korean studios to share costs.

Kurosawa also said it would buy back up to 3% of its outstanding shares, worth as much as 15 billion yen, through the end of March.

"We believe our share price does not reflect the strength of the pipeline we have," the company said in a statement.

(Reporting by Aiko Tanabe; Editing by Martin Pryce)""",
        [
            ("We made the decision that", "Hiroshi Matsudaira"),
            ("That is a cost we", "Hiroshi Matsudaira"),
            ("The delay itself is not", "Yuki Fujimori"),
            ("Investors had been counting on", "Yuki Fujimori"),
            ("no option is off the", "spokeswoman"),
            ("We believe our share price", "Kurosawa Interactive"),
        ],
    ),
    (
        """FTC slaps 16.8 bln-won fine on Wonmart over hidden ad fees

SEOUL, March 12 (Yonhap) -- The antitrust regulator said Wednesday it will impose a fine of 16.8 billion won (US$11.5 million) on Wonmart Co., the operator of South Korea's third-largest online marketplace, for allegedly forcing small merchants to pay undisclosed advertising fees and penalizing sellers who offered lower prices on rival platforms.

The Korea Fair Trade Commission (FTC) said Wonmart required about 4,200 merchants to buy "priority exposure" advertising packages between 2021 and 2023 as an effective condition for appearing on the first page of search results, without clearly disclosing the costs.

The platform also pushed down the search rankings of sellers who listed the same products at cheaper prices on competing sites, the regulator said.

"Wonmart used its position as a gatekeeper to shift its own costs onto small businesses that had little choice but to comply," the FTC said in a press release. "Such practices distort competition not only among merchants but also among platforms."

The FTC said it will also refer the company and two of its executives to prosecutors for further investigation.

Wonmart said it "deeply regrets" the decision and is considering filing an administrative lawsuit.

"The advertising products in question were offered transparently, and merchants chose them voluntarily based on their own business judgment," the company said in a statement. "We will respond faithfully to the legal process."

The case is the latest in a series of actions by the regulator against major online platforms, as the government steps up scrutiny of the sector following last year's payment delays at smaller marketplace operator Ttangcom that left thousands of sellers unpaid.

An FTC official told reporters that the regulator is separately looking into whether other large platforms have engaged in similar practices.

"We are examining the advertising structures of at least three other operators and expect to reach conclusions within the year," the official said on condition of anonymity.

Lawmakers are also pushing for legislation that would require large platforms to disclose fee structures and search ranking criteria. Rep. Park Ji-hoon, who sponsored one such bill, said the Wonmart case "shows exactly why voluntary self-regulation has failed."

Merchants' groups welcomed the decision but said the penalty was too light.

"For years, sellers have been paying fees they did not understand just to stay visible," said Lee Soo-yeon, head of the Korea Online Sellers Association. "This ruling is a start, but the fine is small compared with what merchants lost."

Wonmart posted sales of 2.9 trillion won last year, up 11 percent from a year earlier, while its operating profit more than doubled to 84 billion won, according to its regulatory filing.

(END)""",
        [
            ("Wonmart used its position as", "Korea Fair Trade Commission"),
            ("Such practices distort competition not", "Korea Fair Trade Commission"),
            ("deeply regrets", "Wonmart Co."),
            ("The advertising products in question", "Wonmart Co."),
            ("We will respond faithfully to", "Wonmart Co."),
            ("We are examining the advertising", "FTC official"),
            ("shows exactly why voluntary self-regulation", "Park Ji-hoon"),
            ("For years, sellers have been", "Lee Soo-yeon"),
            ("This ruling is a start,", "Lee Soo-yeon"),
        ],
    ),
    (
        """Lanxin Bets on $2,800 Tri-Fold Phone to Win Back China’s Big Spenders

By Wendy Qiao

(Bloomberg) -- Lanxin Technology Co. unveiled a smartphone that folds in three places and costs more than most laptops, betting that China’s wealthiest consumers will pay up for novelty as the broader handset market stalls.

The Shenzhen-based company’s Horizon Tri, which opens into a 10.2-inch tablet, goes on sale in China on Sept. 20 starting at 19,999 yuan ($2,800), executives said at a launch event in the city on Tuesday. Overseas availability hasn’t been decided.

“People told us a phone like this could never be made thin enough to carry in a pocket,” Lanxin Chairman Zhou Weiming said on stage, holding up the folded device. “Today we are proving them wrong.”

Lanxin, which sold its first handsets little more than a decade ago, has lost ground in the premium segment to larger domestic rivals and foreign brands. Its shipments fell 9% in the second quarter from a year earlier, according to research firm Kestrel Data, even as the overall Chinese market grew slightly.

Foldables remain a niche. They accounted for less than 2% of smartphones shipped in China last year, Kestrel estimates. Still, the category carries fat margins and helps brands signal technical prowess, said Chen Lu, a Beijing-based analyst at the firm.

“Nobody is going to sell millions of these,” Chen said. “The point is to get people talking about Lanxin again and pull them into stores, where they might walk out with a cheaper model.”

Producing the device required a new hinge design and a custom display from a supplier in Hefei, according to people familiar with the matter, who asked not to be identified because the details are private. Yields on the panel remain low, and one person familiar with the plans said initial monthly volumes would be “in the tens of thousands, not more.”

Zhou declined to give sales targets. Asked by reporters whether the price would deter buyers, he said Lanxin had “never tried to be the cheapest” and that advance reservations had exceeded internal expectations.

Lanxin’s Hong Kong-listed shares rose as much as 4.1% on Wednesday, the most in three weeks.

Consumer spending in China has been uneven this year, and government subsidies aimed at reviving electronics purchases apply only to phones priced below 6,000 yuan, putting Lanxin’s newest device well outside the program.

That may matter less than it seems. “Premium buyers are much less sensitive to the subsidy program than the mass market is,” said Huang Xinyi, an analyst at Tidewater Securities in Hong Kong. “What worries me more is whether Lanxin can make enough of them without hurting its margins.”""",
        [
            ("People told us a phone", "Zhou Weiming"),
            ("Today we are proving them", "Zhou Weiming"),
            ("Nobody is going to sell", "Chen Lu"),
            ("The point is to get", "Chen Lu"),
            ("in the tens of thousands,", "person familiar with the plans"),
            ("never tried to be the", "Zhou Weiming"),
            ("Premium buyers are much less", "Huang Xinyi"),
            ("What worries me more is", "Huang Xinyi"),
        ],
    ),
    (
        """Asagiri Electric to exit TV business after six decades

by Kenji Morioka
Staff Writer

Asagiri Electric Industries said Friday it will stop making televisions by the end of next year, ending a business it entered in 1963 and marking the latest retreat by a Japanese electronics maker from a market now dominated by Chinese and South Korean brands.

The Kyoto-based company said it will wind down production at its television assembly plant in Shiga Prefecture and transfer about 600 workers to other divisions, including its fast-growing smart home appliance unit. No job cuts are planned, it said.

Speaking at a news conference in Tokyo, President Mariko Haneda called the decision "painful but unavoidable."

"Televisions are part of who we are as a company. Many of our employees joined Asagiri because they grew up watching our sets in their living rooms," Haneda said. "But we have lost money in this business in seven of the past 10 years, and we cannot ask our shareholders to wait any longer.

"The right thing to do is to put our engineers where they can win. In smart home products, we believe we can."

Asagiri's share of the domestic TV market has fallen to about 4 percent from more than 15 percent in the mid-2000s, according to Tsubame Research. Its global share is below 1 percent.

Industry watchers said the move had been expected. "Japanese brands have been fighting for a shrinking slice of a shrinking pie," said Takeshi Onodera, a senior fellow at the Institute for Consumer Electronics Studies in Tokyo. "The question is less why Asagiri is leaving than why it took so long."

Asagiri will continue to provide repairs and parts for its existing TVs for at least eight years, the company said.

Haneda said the company plans to invest ¥120 billion over three years in its smart home business, which makes connected air conditioners, refrigerators and robot vacuum cleaners, and aims to double the unit's overseas sales by 2028, particularly in Southeast Asia. The unit posted an operating profit of ¥18.4 billion in the last fiscal year, up 26 percent.

Asked whether Asagiri would consider licensing its brand to an overseas manufacturer, as some rivals have done, she said there were "no such plans at present."

The Asagiri Electric Workers' Union said in a statement that it would "closely monitor" the transfers to ensure that employees were not forced to relocate against their will.

Shares of Asagiri rose 3.8 percent in Tokyo on Friday, as investors welcomed the exit from a loss-making business.""",
        [
            ("painful but unavoidable.", "Mariko Haneda"),
            ("Televisions are part of who", "Mariko Haneda"),
            ("But we have lost money", "Mariko Haneda"),
            ("The right thing to do", "Mariko Haneda"),
            ("Japanese brands have been fighting", "Takeshi Onodera"),
            ("The question is less why", "Takeshi Onodera"),
            ("no such plans at present.", "Mariko Haneda"),
            ("closely monitor", "Asagiri Electric Workers' Union"),
        ],
    ),
    (
        """Gamers send protest trucks to Starbyte over misstated item odds

By Yoon Seo-jin

Disgruntled players of Starbyte Games' hit mobile role-playing game "Chronicle of Eon" sent trucks fitted with LED screens to the company's headquarters in Pangyo, Gyeonggi Province, on Monday, demanding compensation after the company admitted it had misstated the odds of obtaining rare items.

The trucks, funded through an online campaign that raised more than 40 million won ($29,000) in two days, circled the building for most of the afternoon, displaying messages criticizing the company's management.

Starbyte said last week that an internal review had found that from 2022 to this year, the actual probability of obtaining certain top-tier items through paid draws had been lower than the rate published in the game, in some cases by as much as half. The company blamed a coding error introduced during an update.

"We sincerely apologize to all players who trusted the information we provided," Starbyte CEO Kang Min-jae said in a notice posted on the game's official website. "There is no excuse for this failure."

The company has offered in-game currency as compensation, but many players say that falls short.

"They're giving us virtual gems for a problem that cost real money," said a 31-year-old office worker who helped organize the truck protest and asked to be identified only by his surname, Choi.

"Some of us spent millions of won chasing those items. We want refunds, not gems."

Under revisions to the country's game industry law that took effect last year, publishers must disclose the probabilities of randomized paid items, commonly known as loot boxes. The culture ministry said in a statement it had launched an inspection into Starbyte and would "take stern measures" if violations were confirmed.

An industry official, who requested anonymity because of the sensitivity of the matter, said the case could push regulators to require external audits of probability systems. "Until now, the whole industry has basically relied on self-reporting," the official said. "That era is probably over."

A law firm representing about 1,800 players said it plans to file a class action suit later this month. "This is a clear case of deceptive advertising, and players are entitled to full refunds of what they paid for those draws," said attorney Jung Hae-won of Law Firm Baeum, who is leading the case.

Shares of Starbyte, listed on the Kosdaq, fell 7.4 percent Monday to 38,150 won, extending losses to nearly 20 percent since the disclosure.

"Chronicle of Eon" accounted for about 60 percent of Starbyte's revenue last year, according to the company's regulatory filing. Starbyte has said it plans to release a new PC and console title next year, which analysts had expected to reduce its dependence on the mobile game.""",
        [
            ("We sincerely apologize to all", "Kang Min-jae"),
            ("There is no excuse for", "Kang Min-jae"),
            ("They're giving us virtual gems", "Choi"),
            ("Some of us spent millions", "Choi"),
            ("take stern measures", "culture ministry"),
            ("Until now, the whole industry", "industry official"),
            ("That era is probably over.", "industry official"),
            ("This is a clear case", "Jung Hae-won"),
        ],
    ),
    (
        """China's 618 shopping festival loses its sparkle as platforms keep sales figures under wraps

Li Mengyao in Shanghai
Published: 8:30pm, 19 Jun 2025

China's biggest e-commerce platforms wrapped up the annual "618" mid-year shopping festival on Wednesday without publishing headline sales figures for the third year running, as price wars and cautious consumers weigh on an event once seen as a barometer of household spending.

Hangzhou-based Taoyun, the country's largest online marketplace by gross merchandise volume, said in a statement that 312 brands had each surpassed 100 million yuan (US$13.9 million) in sales during the event, up from 287 last year, but gave no overall total.

Rival Jingfeng Mall said orders for home appliances eligible for government trade-in subsidies had more than doubled, while the number of first-time buyers on its platform rose 35 per cent.

Analysts said the silence on headline numbers reflected a shift in priorities. "The platforms know the days of 30 per cent annual growth are gone, so they would rather talk about user engagement and merchant health than a number that might disappoint," said Wu Haotian, a retail analyst at Shanghai-based consultancy Baiyue Insights.

Beijing has over the past year repeatedly warned against "involution" – cut-throat competition that erodes profits across an industry – and regulators summoned executives from several platforms in May to urge them to rein in predatory pricing.

Merchants said the pressure had eased only slightly. Zhang Li, who runs a cosmetics shop on Taoyun from Yiwu in Zhejiang province, said platform fees and mandatory discounts still consumed most of her margin.

"Last year I sold more and earned less. This year I sold less and earned about the same," she said. "I'm not sure that counts as progress."

Live-streaming, which propelled the festival's growth in recent years, also showed signs of fatigue. Several top hosts scaled back their sessions, and Fang Jiajia, who has 11 million followers on short-video platform Kuaidou, wrote on her account last week that she would "rest and reflect" after a dispute with a supplier over product quality.

Total sales across platforms during the festival rose 9.1 per cent from a year earlier to 855.6 billion yuan, according to estimates by data provider Xingtu Data, though the period was extended by several days this year, making comparisons difficult.

Shoppers appeared more selective. "I only bought things I had already planned to buy, like a new air conditioner, because the subsidy made it cheaper," said Liu Yang, a 29-year-old teacher in Chengdu. "Those 'spend 300, save 50' coupons are too complicated. I don't bother any more."

Taoyun said it would "continue to invest in merchant support rather than chase short-term volume", adding that merchant complaints about refund disputes had fallen by a fifth since it revised its rules in March.""",
        [
            ("The platforms know the days", "Wu Haotian"),
            ("Last year I sold more", "Zhang Li"),
            ("I'm not sure that counts", "Zhang Li"),
            ("rest and reflect", "Fang Jiajia"),
            ("I only bought things I", "Liu Yang"),
            ("Those 'spend 300, save", "Liu Yang"),
            ("continue to invest in merchant", "Taoyun"),
        ],
    ),
    (
        """Tenjin Games raises Stride console price in Japan for first time

Weak yen and component costs prompt 15% hike at home

MASAHIRO KUDO, Nikkei staff writer

TOKYO -- Tenjin Games will raise the price of its Stride handheld game console in Japan by 15% from next month, the first domestic increase in the device's four-year history, as a weak yen and higher component costs squeeze margins.

The standard model will cost 43,978 yen ($290) from March 1, up from 37,980 yen, the Nagoya-based company said on Tuesday. Prices in North America and Europe will remain unchanged for now.

In a statement, the company said: "We have worked to absorb rising costs for as long as possible, but maintaining the current price in Japan has become difficult."

The move reflects "the reality of current exchange rates," according to a Tenjin spokesperson, who noted that the console's overseas prices had been set when the dollar bought around 110 yen.

President Shunsuke Arakawa addressed the decision at an earnings briefing later the same day. "We know this is not welcome news for our customers in Japan," he said. "We did not take it lightly."

The Stride has sold 38.6 million units worldwide since its launch, roughly a third of them in Japan, according to company data. Tenjin's net profit for the April-December period rose 8% on the year to 212 billion yen, helped by strong software sales and the weaker yen, which inflates the value of overseas revenue.

The price gap between Japan and other markets had also created a lucrative opening for resellers, who bought units in bulk at domestic stores and shipped them to Hong Kong, mainland China and Southeast Asia.

Masato Iwai, senior analyst at Kasumi Research Partners, put it bluntly: "Japanese customers have been getting the cheapest Stride in the world, and resellers have been exploiting that. This closes the gap."

Others warned the increase could dent demand at home. "Price elasticity in the handheld market is higher than companies like to admit," said Noriko Sugimura, an analyst at Ginkgo Capital. "Families buying a second console for a younger child are exactly the customers who will hesitate."

Tenjin's shares closed down 2.3% in Tokyo on Wednesday, while the benchmark Nikkei Stock Average edged up 0.4%.

Arakawa said the company remained on track to release the Stride's successor "within the current fiscal year" but declined to give details about its price or specifications. Asked whether the new model would also cost more, he said only that Tenjin would "look at the overall balance" when the time came.""",
        [
            ("We have worked to absorb", "Tenjin Games"),
            ("the reality of current exchange", "spokesperson"),
            ("We know this is not", "Shunsuke Arakawa"),
            ("We did not take it", "Shunsuke Arakawa"),
            ("Japanese customers have been getting", "Masato Iwai"),
            ("Price elasticity in the handheld", "Noriko Sugimura"),
            ("Families buying a second console", "Noriko Sugimura"),
            ("within the current fiscal year", "Shunsuke Arakawa"),
            ("look at the overall balance", "Shunsuke Arakawa"),
        ],
    ),
    (
        """Chinese gaming stocks slump over 'excessive consumption' curbs

By Annabel Hui
Business reporter

Shares in Chinese video game companies have fallen sharply after the country's games regulator proposed new rules to limit how much players can spend on online games.

Hangzhou-based Qianhe Interactive, China's second-largest games publisher by revenue, closed down 14% in Hong Kong on Monday, while smaller rival Yuntu Games fell 19%.

The draft rules, published on Friday by the Digital Publishing Administration, would ban daily log-in rewards and cap the amount players can "top up" in a single game each month.

In a notice on its website, the regulator said the measures were intended to "promote the healthy development of the industry" and to protect young people from "excessive consumption".

The proposals are open for public comment until 22 January.

Qianhe told the Hong Kong stock exchange in a filing that it was "actively studying" the draft and did not expect a material impact on its business, as most of its revenue comes from adult players.

But investors appear unconvinced. "The market is pricing in the worst case because nobody knows how strictly this will be enforced," said Jessica Lam, head of Asia technology research at Harbourline Capital in Hong Kong.

"We have seen before what happens when the rules change overnight," she added, referring to an earlier crackdown that halted approvals of new titles for about nine months.

Meridian Securities said in a research note that the sell-off looked "overdone", arguing that the rules, if adopted in their current form, would cut sector revenue by no more than 5%.

China's online games market generated 325.7bn yuan ($45bn; £36bn) in revenue last year, according to the China Games Industry Council.

Reaction among players was mixed. On Chinese social media, a hashtag about the rules was viewed more than 200 million times within a day. One user in Guangzhou wrote: "If I want to spend my own money on my own game, why should anyone stop me?"

Others welcomed the move. "My son spent his entire New Year money in a weekend," a parent from Chengdu commented.

A senior executive at a Shanghai-based games studio, who asked not to be named, said the proposals would hit smaller developers hardest.

"The big companies have lawyers and diversified businesses. For a studio like ours, one rule can wipe out half our income," he said.""",
        [
            ("excessive consumption", "Digital Publishing Administration"),
            ("promote the healthy development of", "Digital Publishing Administration"),
            ("excessive consumption", "Digital Publishing Administration"),
            ("actively studying", "Qianhe Interactive"),
            ("The market is pricing in", "Jessica Lam"),
            ("We have seen before what", "Jessica Lam"),
            ("overdone", "Meridian Securities"),
            ("If I want to spend", "user in Guangzhou"),
            ("My son spent his entire", "parent from Chengdu"),
            ("The big companies have lawyers", "senior executive at a Shanghai-based games studio"),
        ],
    ),
]
