CASES = [
    (
        """Kanemura Industries cuts profit forecast as strong yen, China slowdown bite

By Hiroshi Tanabe

TOKYO, May 14 (Reuters) - Kanemura Industries Co, a Japanese supplier of brake systems and steering components, cut its full-year operating profit forecast by 18% on Tuesday, citing a stronger yen and weaker demand from Chinese automakers.

The Nagoya-based company now expects operating profit of 84 billion yen ($540 million) for the year ending March 2026, down from its earlier projection of 102 billion yen and below an average estimate of 97 billion yen from nine analysts polled by LSEG.

"The environment in China has deteriorated faster than we anticipated," President Tetsuya Ogawara told an earnings briefing in Tokyo. "Local brands are taking share, and they are sourcing more components from domestic suppliers."

Ogawara said the company would review its three plants in Guangdong and Jiangsu provinces but declined to say whether any would close. "Nothing has been decided," he said.

Kanemura's shares fell 6.2% in afternoon trade, their steepest one-day decline in more than a year, while the benchmark Nikkei average was little changed.

The yen has strengthened roughly 7% against the dollar since January, eroding the value of overseas earnings for Japanese exporters. Kanemura said every one-yen move against the dollar affects its annual operating profit by about 2.3 billion yen.

Chief Financial Officer Mayumi Sekiguchi said the company had assumed an exchange rate of 145 yen per dollar for the rest of the fiscal year, "which we think is a conservative assumption."

Analysts said the revision was larger than expected. "The market had priced in some weakness from China, but not the scale of it," said Kenji Mori, an analyst at Hoshino Securities in Tokyo. "The question now is whether the dividend is safe."

The company kept its annual dividend forecast unchanged at 60 yen per share and said it would go ahead with a previously announced buyback of up to 20 billion yen.

Kanemura, which counts domestic carmaker Sakuma Motor among its largest customers, has been trying to reduce its reliance on parts for combustion-engine vehicles. It said in February it aimed to raise the share of sales from electric-vehicle components to 30% by 2030 from around 12% now.

"We are not changing that target," Ogawara said, adding that the company's order book for electronic braking systems was "growing steadily" in Europe and North America.

(Reporting by Hiroshi Tanabe; Editing by Jamie Freed)""",
        [
            ("The environment in China has", "Tetsuya Ogawara"),
            ("Local brands are taking share", "Tetsuya Ogawara"),
            ("Nothing has been decided", "Tetsuya Ogawara"),
            ("which we think is a", "Mayumi Sekiguchi"),
            ("The market had priced in", "Kenji Mori"),
            ("The question now is whether", "Kenji Mori"),
            ("We are not changing that", "Tetsuya Ogawara"),
            ("growing steadily", "Tetsuya Ogawara"),
        ],
    ),
    (
        """(LEAD) Hanseong Energy to build 3 tln-won battery plant in Ohio

SEOUL, Oct. 8 (Yonhap) -- Hanseong Energy Solutions Co., South Korea's third-largest electric vehicle battery maker, said Wednesday it will invest 3 trillion won (US$2.2 billion) to build a new battery cell plant in the U.S. state of Ohio, as it seeks to capture growing demand for energy storage systems.

The plant, to be built on a 1.1 million-square-meter site near Columbus, will have an annual production capacity of 20 gigawatt-hours and is slated to begin mass production in the second half of 2027, the company said in a regulatory filing.

Hanseong said the facility will mainly produce lithium iron phosphate (LFP) cells for energy storage systems (ESS), a segment that has held up better than EV batteries amid a slowdown in electric car sales.

"Demand for ESS from U.S. utilities and data center operators is growing at an unprecedented pace," Hanseong CEO Park Jae-won said in a statement. "This investment will allow us to respond quickly to our customers while meeting local content requirements."

The announcement comes as South Korean battery makers grapple with a prolonged downturn in the EV market, often referred to in the industry as a "chasm," and uncertainty over U.S. tax credits.

Hanseong posted an operating loss of 184 billion won in the second quarter, its third consecutive quarterly loss.

Industry watchers said the shift toward ESS is a sensible hedge but warned of intensifying competition from Chinese rivals, which dominate the LFP market.

"Korean companies are late to LFP, and Chinese firms have a clear cost advantage," said Lee Soo-jin, a researcher at the Korea Institute for Industrial Strategy. "Local production in the U.S. is the only way to offset that gap."

An official at a rival battery maker said the industry is closely watching whether Washington will maintain restrictions on Chinese-made components. "If those rules are loosened, the economics of these U.S. plants change overnight," the official said, requesting anonymity.

Hanseong said it has secured a supply deal with a U.S. utility it declined to name, covering about 40 percent of the Ohio plant's initial output.

Shares of Hanseong Energy Solutions closed 4.7 percent higher at 312,500 won on the Seoul bourse, outperforming the benchmark KOSPI's 0.3 percent gain.

Park told reporters last month that the company would "not rule out" further investment in North America if market conditions improve, but said its immediate priority is to restore profitability.

(END)""",
        [
            ("Demand for ESS from U.S.", "Park Jae-won"),
            ("This investment will allow us", "Park Jae-won"),
            ("Korean companies are late to", "Lee Soo-jin"),
            ("Local production in the U.S.", "Lee Soo-jin"),
            ("If those rules are loosened,", "official at a rival battery maker"),
            ("not rule out", "Park Jae-won"),
        ],
    ),
    (
        """Two Kyushu regional banks to merge as population decline bites

by Aya Kuroda
Staff Writer

FUKUOKA – Two regional lenders in Kyushu said Friday they will merge under a joint holding company in April 2027, the latest in a wave of consolidation among Japan’s regional banks as they grapple with shrinking local populations and weak loan demand.

Saga-based Hizen Bank and Kumamoto Chuo Bank will form Hinokuni Financial Group, which will have combined assets of about ¥9.8 trillion, making it the second-largest banking group on the island.

“Neither of us can survive the next 20 years by standing still,” Hizen Bank President Shigeru Imafuku said at a joint news conference in Fukuoka. “By combining our networks, we can keep serving small businesses in areas where other lenders are pulling out.”

Under the agreement, Hizen Bank shareholders will receive 1.15 shares in the new holding company for each share they own, while Kumamoto Chuo shareholders will receive one share each.

Kumamoto Chuo Bank President Yoko Arimura, who will head the holding company, said the two banks would keep their own brands and would not close branches “for the time being,” though she acknowledged some overlap in the northern part of Kumamoto Prefecture.

“We will look at it carefully, but our priority is our customers, not cutting costs,” Arimura said.

Imafuku said the talks began about 18 months ago, after the two presidents met at a regional economic forum.

“We found that we share the same sense of crisis,” he said. “Kyushu’s economy has real opportunities — semiconductors, tourism — but the benefits are concentrated in a few places.

“If regional banks don’t act as a bridge, the rest of the island will be left behind.”

The Bank of Japan’s interest rate hikes since 2024 have widened lending margins for regional banks, but analysts say the structural problems remain.

“Higher rates buy them time, not a solution,” said Takuya Hamaguchi, a senior analyst at Meisei Research Institute. “In many rural prefectures, the loan demand simply isn’t there.”

The Financial Services Agency, which has been encouraging consolidation with subsidies to cover system integration costs, said in a statement that it would “support the smooth integration” of the two lenders.

Roughly 60% of the nation’s regional banks reported lower core profits from lending to local companies in the year through March, according to the agency.

Shares of Hizen Bank jumped 8.4% in Tokyo on Friday following media reports of the deal earlier in the day, while Kumamoto Chuo gained 5.1%.""",
        [
            ("Neither of us can survive", "Shigeru Imafuku"),
            ("By combining our networks, we", "Shigeru Imafuku"),
            ("for the time being", "Yoko Arimura"),
            ("We will look at it", "Yoko Arimura"),
            ("We found that we share", "Shigeru Imafuku"),
            ("Kyushu’s economy has real opportunities", "Shigeru Imafuku"),
            ("If regional banks don’t act", "Shigeru Imafuku"),
            ("Higher rates buy them time,", "Takuya Hamaguchi"),
            ("In many rural prefectures, the", "Takuya Hamaguchi"),
            ("support the smooth integration", "Financial Services Agency"),
        ],
    ),
    (
        """Kospi Hits Record as Foreign Funds Bet on Korea Governance Overhaul

By Kim Min-seo and Daniel Harlow

(Bloomberg) -- South Korean stocks climbed to a record as global investors poured money into the market, betting that a fresh push to improve corporate governance will finally narrow the so-called "Korea discount."

The benchmark Kospi index rose as much as 1.8% on Thursday, led by financial and holding company shares. Foreign investors have bought a net 9.4 trillion won ($6.8 billion) of local stocks this month, on track for the biggest monthly inflow since January 2021, according to data compiled by Bloomberg.

The rally follows the passage last week of amendments to the Commercial Act that require directors to act in the interests of all shareholders, not just the company. Financial Services Commission Chairman Yoon Tae-hyun said in a speech Wednesday that the changes marked "a turning point for Korean capital markets."

"For years, global investors have told us the same thing: fix governance and the money will come," Yoon said. "We are now doing exactly that."

Chipmakers also contributed to gains, with Hanbit Semiconductor Co. rising 3.2% after a US peer reported stronger-than-expected demand for memory used in artificial intelligence servers.

Strategists are split on how far the rally can run.

"This is the first time in a decade that the reform story has real legislative teeth," said Rachel Ong, head of Asia equity strategy at Whitcombe Partners in Singapore. "We've moved to overweight Korea."

Others are more cautious. Jung Hoon-seok, chief investment officer at Daewon Asset Management in Seoul, said valuations in some sectors had already run ahead of earnings. "Banks and holding companies have re-rated sharply," he said. "At some point, you need to see the dividends actually go up."

Korean stocks still trade at about 1 times book value, compared with roughly 1.6 times for the MSCI Asia Pacific Index, according to Bloomberg data.

Not everyone welcomes the changes. The Federation of Korean Industries, a lobby group representing the nation's largest conglomerates, said in a statement that the amendments could expose directors to "excessive litigation" and urged lawmakers to add safeguards before the rules take effect next year.

The won strengthened 0.4% to 1,362.50 per dollar, while the yield on three-year government bonds was little changed.

--With assistance from Toshiro Hasegawa.""",
        [
            ("a turning point for Korean", "Yoon Tae-hyun"),
            ("For years, global investors have", "Yoon Tae-hyun"),
            ("We are now doing exactly", "Yoon Tae-hyun"),
            ("This is the first time", "Rachel Ong"),
            ("We've moved to overweight Korea", "Rachel Ong"),
            ("Banks and holding companies have", "Jung Hoon-seok"),
            ("At some point, you need", "Jung Hoon-seok"),
            ("excessive litigation", "Federation of Korean Industries"),
        ],
    ),
    (
        """Building materials maker admits faking fire-resistance data for 12 years

TOKYO (Kyodo) -- Osaki Kenzai Co., a major Japanese building materials maker, said Monday it had falsified fire-resistance test data for insulation panels used in about 2,300 buildings nationwide, including hospitals and schools, over a period of at least 12 years.

"We have betrayed the trust of our customers and the public. I am deeply sorry," President Masahiro Tokunaga said at a press conference in Tokyo, bowing deeply alongside other executives. He said he intends to take responsibility "after the full facts have been established" but did not say whether he would resign.

According to the company, quality control staff at its plant in Tochigi Prefecture altered records from combustion tests so that panels that failed to meet national standards appeared to pass. An internal probe found the practice began no later than 2013 and had "become customary" within the division, the company said.

The panels were shipped to contractors in 38 of Japan's 47 prefectures. Osaki Kenzai said it has set up a hotline for building owners and will replace the panels free of charge.

Tokunaga said the misconduct came to light in March after an employee who joined the quality control division last year raised concerns with the company's compliance office.

"Our management failed to listen to the voices from the front line," he said. "We must rebuild the company's culture from the ground up."

The company will set up a third-party committee of lawyers and fire safety experts to investigate the cause and the extent of management's involvement, with its findings expected by the end of September.

The land ministry ordered Osaki Kenzai to identify all affected buildings within a month. A senior ministry official told reporters there was no immediate risk of collapse but that the ministry "cannot rule out a risk to safety in the event of a fire."

Land, Infrastructure, Transport and Tourism Minister Kenta Shimabukuro called the falsification "extremely regrettable" at a regular press conference.

"We will have the company swiftly identify all affected buildings and take every measure to ensure the safety of residents," the minister said.

An official at a hospital in Miyagi Prefecture that used the panels in a ward completed in 2019 said the hospital had not been contacted by the company. "We were told the materials met all standards. We want an explanation as soon as possible," the official said.

Shares of Osaki Kenzai plunged by their daily limit to 2,140 yen on the Tokyo Stock Exchange on Tuesday, with sell orders left largely unmatched.""",
        [
            ("We have betrayed the trust", "Masahiro Tokunaga"),
            ("after the full facts have", "Masahiro Tokunaga"),
            ("become customary", "Osaki Kenzai Co."),
            ("Our management failed to listen", "Masahiro Tokunaga"),
            ("We must rebuild the company's", "Masahiro Tokunaga"),
            ("cannot rule out a risk", "senior ministry official"),
            ("extremely regrettable", "Kenta Shimabukuro"),
            ("We will have the company", "Kenta Shimabukuro"),
            ("We were told the materials", "official at a hospital in Miyagi Prefecture"),
        ],
    ),
    (
        """Activist fund calls Dawon Entertainment's label deal 'unfair' to minority shareholders

By Choi Ji-hye

Singapore-based activist fund Larkspur Capital Management on Tuesday urged Dawon Entertainment's board to scrap its planned acquisition of a label owned by the company's founder, calling the deal "unfair to minority shareholders" and demanding an independent valuation.

Dawon, the K-pop agency behind boy group NOVA8 and girl group Lumiere, announced last month that it would acquire Blue Harbor Music, a production label majority-owned by founder and chief producer Kang Dong-wook, for 142 billion won ($103 million).

In an open letter to the board, Larkspur, which holds a 5.3 percent stake in Dawon, said the price was "several times higher than any reasonable valuation," noting that Blue Harbor posted a net profit of just 3.1 billion won last year.

"The board has a duty to all shareholders, not only to the founder," Larkspur Chief Investment Officer Daniel Seo wrote in the letter. "We see no evidence that this transaction was negotiated at arm's length."

Seo told The Korea Herald in a phone interview that the fund had also requested a meeting with Dawon's independent directors.

"We would prefer to resolve this through dialogue. But if the board proceeds, we will consider every option available to us, including legal action," he said.

Dawon rejected the criticism. In a statement, the company said the deal had been reviewed by an outside accounting firm and approved unanimously by its board, including three independent directors.

"Blue Harbor's catalog and production capability are essential to our artists' future output," the statement read. "The valuation reflects its growth potential, not just last year's earnings."

Kang has not commented publicly. A Dawon official, speaking on condition of anonymity, said the founder "has no intention of stepping back" from production after the deal closes.

Governance experts said the case highlights a recurring problem in Korea's entertainment industry, where founders often hold stakes in affiliated companies that do business with the listed agency.

"Related-party transactions like this one are exactly what the revised Commercial Act is supposed to address," said Han Mi-rae, a professor at Yeonhwa University's business school. "Now we will see whether boards actually take their new duty seriously."

Dawon shares fell 2.4 percent to 58,300 won on Tuesday, extending their decline since the deal was announced to 11 percent.

The company's annual shareholders meeting is scheduled for March 26, where Larkspur is expected to seek support from other institutional investors.""",
        [
            ("unfair", "Larkspur Capital Management"),
            ("unfair to minority shareholders", "Larkspur Capital Management"),
            ("several times higher than any", "Larkspur Capital Management"),
            ("The board has a duty", "Daniel Seo"),
            ("We see no evidence that", "Daniel Seo"),
            ("We would prefer to resolve", "Daniel Seo"),
            ("Blue Harbor's catalog and production", "Dawon Entertainment"),
            ("The valuation reflects its growth", "Dawon Entertainment"),
            ("has no intention of stepping", "Dawon official"),
            ("Related-party transactions like this one", "Han Mi-rae"),
            ("Now we will see whether", "Han Mi-rae"),
        ],
    ),
    (
        """Japan's Tsurugi Trading lifts buyback as resource profits hold up

Trading house sees limited direct hit from US tariffs, eyes Southeast Asian data centers

TOKYO -- Tsurugi Trading, one of Japan's five biggest trading houses, on Thursday raised its share buyback program to 250 billion yen ($1.7 billion) after posting record net profit for the fiscal year ended March, as earnings from coal, copper and liquefied natural gas held up better than expected.

Net profit rose 6% to 912 billion yen, beating the company's own forecast of 850 billion yen. For the current fiscal year, Tsurugi projects a slight decline to 880 billion yen, citing lower commodity prices and the effect of U.S. tariffs.

"Our earnings base is far more diversified than it was 10 years ago," President Ryosuke Ota told an online briefing. "Even if commodity prices fall, we have enough in non-resource businesses to absorb the shock."

On tariffs, Ota was blunt: "The direct impact on us is small. What worries me is what happens to our customers' customers."

The company estimates that U.S. tariffs will reduce net profit by about 15 billion yen this fiscal year, mostly through its automotive distribution and steel trading businesses.

Analysts welcomed the larger buyback. "The buyback is bigger than anyone expected, and it tells you management is confident about cash flow," said Noriko Fujisawa, senior analyst at Kasumi Securities. She added that the company's target of a 40% payout ratio was "now looking conservative."

Tsurugi also said it would invest about 90 billion yen for a 30% stake in a data center developer in Malaysia, part of a broader push into digital infrastructure in the region.

"Southeast Asia is where we see the strongest demand for power and digital infrastructure," Ota said. "We intend to be there early."

Chief Financial Officer Hideki Kuwabara said the company would keep its net debt-to-equity ratio below 0.6 times even as it steps up investment.

"Discipline does not mean we stop investing," Kuwabara said. "It means we choose."

Tsurugi shares closed up 1.2% at 3,480 yen before the results were released. The stock has gained about 15% over the past year, outpacing the broader Topix index, as investors have been drawn to the trading houses' steady dividends and shareholder returns.""",
        [
            ("Our earnings base is far", "Ryosuke Ota"),
            ("Even if commodity prices fall,", "Ryosuke Ota"),
            ("The direct impact on us", "Ryosuke Ota"),
            ("The buyback is bigger than", "Noriko Fujisawa"),
            ("now looking conservative", "Noriko Fujisawa"),
            ("Southeast Asia is where we", "Ryosuke Ota"),
            ("We intend to be there", "Ryosuke Ota"),
            ("Discipline does not mean we", "Hideki Kuwabara"),
            ("It means we choose", "Hideki Kuwabara"),
        ],
    ),
    (
        """Workers at South Korean shipbuilder strike as order boom fails to lift wages

Seoul (AFP) - Thousands of workers at one of South Korea's biggest shipyards walked off the job on Wednesday, demanding a share of the profits from a global boom in orders for gas carriers and warships.

About 7,000 members of the Daehan Heavy Industries Labour Union staged a four-hour strike at the company's yard on the southern island of Geoje, the union said, the first walkout at the site in three years.

In a statement, the union said the company had "enjoyed record orders on the backs of workers whose wages have barely moved in a decade."

"We built these ships through the hardest years, when the yard was nearly bankrupt," union leader Bae Sang-cheol told a rally outside the shipyard gate. "Now that the money is coming in, we want our fair share."

The union is demanding a 9 percent increase in basic pay and a profit-sharing bonus, while the company has offered 4.1 percent.

Daehan Heavy Industries said it "deeply regrets" the union's decision and warned that a prolonged walkout could delay the delivery of several liquefied natural gas carriers due later this year.

"The company has made its best offer in light of rising material costs and the need to invest in future competitiveness," a spokesman told AFP.

Many of the yard's welders and painters are employed by subcontractors and are not covered by the union's deal, a long-running source of tension in the industry.

"I've been here 14 years and my take-home pay is lower than my son's at a convenience store," said a 52-year-old subcontracted welder who gave only his surname, Jeon.

South Korean shipbuilders have won a string of large contracts in recent years, helped by demand for cleaner-fuel vessels and by closer naval cooperation with the United States.

Employment and Labour Minister Oh Seung-ho urged both sides to return to the negotiating table. "Prolonged disruption at a time when Korean shipbuilders are winning major contracts abroad would hurt everyone," Oh said in a statement.

Analysts said the dispute comes at a delicate moment for the industry.

"The order book is strong, but margins are only now recovering from years of low-priced contracts," said Park Eun-ji, an analyst at Hyeonsan Investment & Securities. "Labour costs are the big swing factor for earnings next year."

Shares in Daehan Heavy Industries fell 2.1 percent in Seoul.

The union said it would stage a full strike from next week if talks break down. "The ball is in management's court," Bae said.""",
        [
            ("enjoyed record orders on the", "Daehan Heavy Industries Labour Union"),
            ("We built these ships through", "Bae Sang-cheol"),
            ("Now that the money is", "Bae Sang-cheol"),
            ("deeply regrets", "Daehan Heavy Industries"),
            ("The company has made its", "spokesman"),
            ("I've been here 14 years", "Jeon"),
            ("Prolonged disruption at a time", "Oh Seung-ho"),
            ("The order book is strong,", "Park Eun-ji"),
            ("Labour costs are the big", "Park Eun-ji"),
            ("The ball is in management's", "Bae Sang-cheol"),
        ],
    ),
]
