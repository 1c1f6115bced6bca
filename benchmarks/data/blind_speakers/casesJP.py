CASES = [
    (
        """Kurogane Motors to cut 4,000 jobs as EV transition squeezes profit

Nagoya automaker lowers full-year forecast, citing Chinese price war

HIROKI SAWADA, Nikkei staff writer

NAGOYA -- Kurogane Motors will cut about 4,000 jobs worldwide over the next two years and close an assembly line at its plant in Thailand, the company said on Thursday, as a bruising price war in China and slower-than-expected electric vehicle sales eat into earnings.

The midsize automaker, which makes the Sorano compact SUV and a range of light trucks, also lowered its operating profit forecast for the fiscal year ending in March to 182 billion yen ($1.2 billion), down 31% from its previous projection.

“We have to be honest that our cost structure was built for a market that no longer exists,” President Takuya Ishimine told a news conference at the company’s headquarters. “If we wait for demand to come back, we will be too late.”

Ishimine said the reductions would fall mostly on overseas operations and on administrative staff in Japan, and that the company would rely on voluntary retirement rather than layoffs at home. Production workers at its two domestic plants in Aichi Prefecture would not be affected, he said.

The job cuts amount to roughly 6% of Kurogane’s global workforce. The company will book restructuring costs of about 45 billion yen in the current fiscal year.

Analysts said the move had been expected but questioned whether it went far enough. “This buys them time, not a strategy,” said Emiko Fujinuma, senior auto analyst at Sakuraba Securities. She noted that Kurogane still lacks a dedicated EV platform and relies on a partnership with a Chinese battery maker that has become “politically awkward” as Tokyo tightens rules on supply chains for strategic goods.

Kurogane’s sales in China fell 38% in the April-December period, as local brands cut prices aggressively and government subsidies favored domestic models. The company said it would shift some of its Chinese capacity toward exports to Southeast Asia and the Middle East.

Chief Financial Officer Naoko Hirabayashi said the company would keep its annual dividend unchanged at 60 yen per share. “Shareholder returns remain a priority, and the balance sheet can support that,” she said, adding that Kurogane would review its capital spending plan “line by line” in the coming months.

The company is also reconsidering the timing of a planned 300 billion yen battery plant in Hokkaido, which had been scheduled to start operating in 2028. Ishimine said a final decision would come by the summer. Asked whether the project could be canceled, he said: “Nothing is off the table, but we are not walking away from electrification.”

Shares of Kurogane fell 4.2% on Thursday ahead of the announcement, which came after the close of trading in Tokyo.

The Kurogane Motors Workers’ Union, which represents about 28,000 employees in Japan, said in a statement that it would “closely monitor” the voluntary retirement program to ensure that no one was pressured into leaving.""",
        [
            ("We have to be honest", "Takuya Ishimine"),
            ("If we wait for demand", "Takuya Ishimine"),
            ("This buys them time, not", "Emiko Fujinuma"),
            ("politically awkward", "Emiko Fujinuma"),
            ("Shareholder returns remain a priority", "Naoko Hirabayashi"),
            ("line by line", "Naoko Hirabayashi"),
            ("Nothing is off the table", "Takuya Ishimine"),
            ("closely monitor", "Kurogane Motors Workers’ Union"),
        ],
    ),
    (
        """Samsin Chemical chief says 'no immediate plan' to sell battery materials unit

SEOUL, Feb. 20 (Yonhap) -- Samsin Chemical Co. has "no immediate plan" to sell its battery materials business despite a prolonged slump in electric vehicle demand, the company's chief executive said Tuesday.

"The battery materials unit is a long-term bet, and we are not going to walk away from it because of one or two difficult years," Kang Jae-won, CEO of Samsin Chemical, told reporters on the sidelines of an industry forum in Seoul.

Kang said the company would instead slow the pace of capacity expansion at its cathode plant in the Haeseong industrial complex in South Jeolla Province and delay the construction of a second precursor line until demand recovers.

Local media reported last week that Samsin was in talks with several private equity firms over a possible sale of a stake in the unit, which supplies cathode materials to domestic battery makers. Samsin dismissed the reports.

"We have not received any offers, and we are not seeking any," Kang said.

Samsin's battery materials unit posted an operating loss of 214 billion won ($160 million) last year, compared with a profit of 87 billion won a year earlier, as customers cut orders amid weak EV sales in Europe and North America.

Kang said Samsin would consider "all options" for its struggling petrochemical division, including joint ventures with partners in the Middle East, as Chinese oversupply continues to weigh on prices of basic chemicals such as ethylene.

"The petrochemical cycle is not going to recover on its own this time," he said. "Structural change is unavoidable, and we want to lead it rather than be forced into it."

The government has urged the country's petrochemical producers to cut naphtha cracking capacity by up to a quarter, offering financial and regulatory support in return.

"The government will provide support on the condition that companies come up with their own restructuring plans," First Vice Industry Minister Yoon Hye-jin said at a meeting with petrochemical executives last month.

Market watchers said investors were looking for more detail.

"Investors want to see a clear timeline," said Park Min-seok, an analyst at Hanul Investment & Securities. "Saying there is no plan to sell is not the same as having a plan to fix it."

Shares of Samsin Chemical closed 1.8 percent higher at 287,500 won on the Seoul bourse, outperforming the benchmark index, which rose 0.4 percent.

(END)""",
        [
            ("no immediate plan", "Kang Jae-won"),
            ("no immediate plan", "Kang Jae-won"),
            ("The battery materials unit is", "Kang Jae-won"),
            ("We have not received any", "Kang Jae-won"),
            ("all options", "Kang Jae-won"),
            ("The petrochemical cycle is not", "Kang Jae-won"),
            ("Structural change is unavoidable", "Kang Jae-won"),
            ("The government will provide support", "Yoon Hye-jin"),
            ("Investors want to see a", "Park Min-seok"),
            ("Saying there is no plan", "Park Min-seok"),
        ],
    ),
    (
        """Unity Party lawmaker quits after ¥38 million funding gap revealed

by Ayumi Koshiba
Staff writer

A ruling Japan Unity Party lawmaker left the party Monday after an internal audit found that his political funding body had failed to report about ¥38 million in income from fundraising parties over five years.

Shigeru Okabayashi, a four-term Lower House member representing a district in Niigata Prefecture, apologized at a hastily arranged news conference in Tokyo but said he would not give up his seat.

"I take full responsibility for the failures of my office," Okabayashi said, bowing deeply for several seconds. "I have decided to leave the party so as not to cause further trouble to my colleagues.

"However, I was elected by the people of my district, and I believe I have a duty to keep explaining myself to them. I will not resign as a lawmaker."

He said his former secretary had handled the accounts and that he himself had been "completely unaware" the money had gone unreported. The secretary left his office last year.

The audit report, compiled at the party's request by lawyer Hideo Murakoshi, found that Okabayashi's office had received ¥38.4 million in kickbacks from his faction's fundraising parties between 2019 and 2023. The report described the practice as "systematic and long-standing" and said Okabayashi "could reasonably have been expected to know" about it.

Tokyo prosecutors are examining the case, according to people familiar with the matter, though no charges have been filed.

Unity Party Secretary-General Kenji Tamaoki told reporters that the party accepted Okabayashi's departure "with deep regret" and would tighten its internal rules on fundraising events, including a ban on cash kickbacks.

"Public trust in politics has been damaged, and we must take that seriously," Tamaoki said. He declined to say whether other lawmakers in the same faction were under review.

The opposition quickly seized on the case. Constitutional Progressive Party leader Yukiko Shibasaki said: "Leaving the party is not taking responsibility. If he truly believes he did nothing wrong, he should explain himself in the Diet."

Her party plans to demand that Okabayashi testify before the Lower House's ethics panel, a move that requires the approval of the ruling bloc.

The scandal comes at an awkward time for the government, whose approval rating fell to 27 percent in a poll published over the weekend, the lowest since it took office.

A senior Unity Party official, speaking on condition of anonymity, said the leadership was worried the scandal could spread to other members of the faction ahead of the Upper House election in July.

"This is not the last name we will hear," the official said.""",
        [
            ("I take full responsibility for", "Shigeru Okabayashi"),
            ("I have decided to leave", "Shigeru Okabayashi"),
            ("However, I was elected by", "Shigeru Okabayashi"),
            ("completely unaware", "Shigeru Okabayashi"),
            ("systematic and long-standing", "Hideo Murakoshi"),
            ("could reasonably have been expected", "Hideo Murakoshi"),
            ("with deep regret", "Kenji Tamaoki"),
            ("Public trust in politics has", "Kenji Tamaoki"),
            ("Leaving the party is not", "Yukiko Shibasaki"),
            ("This is not the last", "senior Unity Party official"),
        ],
    ),
    (
        """Daeyang Heavy union stages partial strike as wage talks stall

By Lee Ji-hoon

Workers at Daeyang Heavy Industries, one of South Korea's largest shipbuilders, staged a four-hour partial strike on Wednesday after wage negotiations broke down for a third time, raising concerns over delivery schedules for a record order backlog.

About 6,500 members of the company's branch of the Korean Metal and Shipbuilding Workers' Union walked off the job at the main shipyard in Mokdo, South Gyeongsang Province, from 1 p.m. The union is demanding a monthly base wage increase of 148,000 won ($107), a performance bonus equal to 30 percent of last year's operating profit and an extension of the retirement age to 62.

"The company made record profits on the backs of workers who endured years of pay freezes during the downturn," union branch chief Choi Dong-hyuk said at a rally in front of the shipyard's main gate. "Now it is time to share the gains."

The union said it would hold an eight-hour strike next week if the company did not present an improved offer.

Daeyang Heavy said in a statement that it had already offered "the highest wage increase in a decade" and urged the union to return to the negotiating table.

"Prolonged industrial action could damage our credibility with shipowners at a critical time," the statement said.

A company official, who asked not to be named, said the strike had not yet affected production but that a full walkout could delay the delivery of two liquefied natural gas carriers due in the second quarter.

"We have some buffer for now, but not much," the official said.

Subcontract workers, who make up more than half of the shipyard's workforce, did not take part in the strike. A representative of a subcontractors' group said its members were "caught in the middle," as they are paid by the hour and lose income whenever work on the docks is halted.

The government has stepped up calls for a quick settlement, as the shipbuilding industry is seen as a key driver of exports this year.

"Both labor and management need to step back and think about the broader industry, which is finally regaining competitiveness," Employment and Labor Minister Seo Kyung-ah said during a visit to a job center in Busan.

Daeyang Heavy's order backlog stands at about three and a half years of work, according to Kim Tae-yeon, an analyst at Dohyun Securities.

"Short strikes are a fact of life in this industry. The risk is if this drags into the summer, when several key deliveries are scheduled," Kim said.

Shares of Daeyang Heavy fell 2.3 percent on the Kospi on Wednesday.""",
        [
            ("The company made record profits", "Choi Dong-hyuk"),
            ("Now it is time to", "Choi Dong-hyuk"),
            ("the highest wage increase in", "Daeyang Heavy Industries"),
            ("Prolonged industrial action could damage", "Daeyang Heavy Industries"),
            ("We have some buffer for", "company official"),
            ("caught in the middle", "representative of a subcontractors' group"),
            ("Both labor and management need", "Seo Kyung-ah"),
            ("Short strikes are a fact", "Kim Tae-yeon"),
        ],
    ),
    (
        """Japan to release extra 200,000 tons of stockpiled rice to curb prices

TOKYO, May 9 Kyodo - The Japanese government will release an additional 200,000 tons of rice from its emergency stockpile later this month, farm minister Tatsuo Nomiyama said Friday, as retail prices of the staple remain near record highs despite earlier releases.

"We will do whatever is necessary to bring prices down to a level that consumers can accept," Nomiyama told a press conference after a Cabinet meeting. "Rice is not a luxury item."

The average retail price of a 5-kilogram bag at supermarkets nationwide stood at 4,268 yen in the week through May 4, nearly double the level a year earlier, according to data from the Ministry of Agriculture, Forestry and Fisheries.

Nomiyama said the ministry would change the method of release, shifting from competitive bidding, which critics say has kept prices high, to direct sales to large retailers at fixed prices.

He acknowledged that rice from the earlier releases had been "slow to reach store shelves" and said the government "must reflect on" its handling of the matter. Only about a third of the 300,000 tons released since March had reached retailers by the end of April, ministry data showed.

Chief Cabinet Secretary Masahiro Tsujimoto told reporters separately that the government would "carefully monitor" the effect of the latest release on prices and take further steps if needed.

The move drew a cautious response from the industry.

"Fixed-price sales could help, but the bottleneck is in polishing and logistics, not just in how the rice is sold," said Kazuhiro Sugitani, president of Marusugi Shoji, a Tokyo-based rice wholesaler.

Some producers worry the releases could depress prices for the next harvest.

"If the government keeps dumping stockpiled rice, prices could collapse next year and it is producers who will suffer," said a rice farmer in Akita Prefecture who declined to be named.

The government has blamed the price surge on a poor 2023 harvest caused by extreme heat and on hoarding by some distributors, while experts have also pointed to the long-running policy of reducing rice acreage.

Yoshiko Amemiya, policy chief of the opposition Citizens' Democratic Party, called the measure "too little, too late" and urged the government to suspend the consumption tax on food items until prices stabilize.

The stockpile held about 910,000 tons of rice before the releases began, slightly below the government's target of 1 million tons set in the 1990s, according to the ministry.""",
        [
            ("We will do whatever is", "Tatsuo Nomiyama"),
            ("Rice is not a luxury", "Tatsuo Nomiyama"),
            ("slow to reach store shelves", "Tatsuo Nomiyama"),
            ("must reflect on", "Tatsuo Nomiyama"),
            ("carefully monitor", "Masahiro Tsujimoto"),
            ("Fixed-price sales could help, but", "Kazuhiro Sugitani"),
            ("If the government keeps dumping", "rice farmer in Akita Prefecture"),
            ("too little, too late", "Yoshiko Amemiya"),
        ],
    ),
    (
        """EXCLUSIVE-Japan's Tohoku Kaiyo, Minamiura Bank in merger talks -sources

By Mari Sakamoto and Daniel Ford

TOKYO, Oct 3 (Reuters) - Japanese regional lenders Tohoku Kaiyo Financial Group and Minamiura Bank are in talks to merge, according to three people with direct knowledge of the matter, in a deal that would create one of the country's ten largest regional banking groups by assets.

The talks are at an advanced stage and an announcement could come as early as next month, two of the people said, declining to be identified because the discussions are private. The combined group would have total assets of about 19 trillion yen ($128 billion).

"Both sides see the logic. The question now is who leads the combined entity," one of the people said.

Tohoku Kaiyo said in a statement that it was "considering various options to strengthen its business base" but that nothing had been decided. Minamiura Bank declined to comment.

Japan's more than 90 regional banks have come under pressure from a shrinking and ageing population and years of ultra-low interest rates that eroded lending margins. While the central bank's move away from negative rates has given them some relief, many still rely on fees and securities holdings to stay profitable.

The Financial Services Agency has encouraged consolidation in the sector, including through a subsidy program for merging lenders that runs until 2026.

"Consolidation is one option, but it is not the goal in itself. What matters is whether banks can keep supporting local economies," an official at the Financial Services Agency said, speaking generally about the sector.

Tohoku Kaiyo President Hiroyuki Ogiwara said in an interview with Reuters in June that the bank was "open to partnerships" with other lenders and that "scale will matter more and more" as banks invest in digital services and compliance systems.

The two lenders have overlapping branch networks in parts of northeastern Japan, and any merger would likely involve branch closures, one of the people said. Minamiura's founding family, which holds about 8% of the bank, has yet to formally sign off on a deal, the person added.

Analysts said a tie-up would make sense for both banks.

"Regional banks have been living on borrowed time," said Takeshi Imaoka, a banking analyst at Kanemitsu Research Institute in Tokyo. "Higher rates help on the lending side, but they don't fix the fact that their customer base is shrinking."

Shares of Tohoku Kaiyo have risen 22% this year, outperforming the broader Tokyo market, while Minamiura shares are up 9%.

(Reporting by Mari Sakamoto and Daniel Ford; Editing by Kim Coghill)""",
        [
            ("Both sides see the logic.", "person with direct knowledge of the matter"),
            ("considering various options to strengthen", "Tohoku Kaiyo Financial Group"),
            ("Consolidation is one option, but", "official at the Financial Services Agency"),
            ("open to partnerships", "Hiroyuki Ogiwara"),
            ("scale will matter more and", "Hiroyuki Ogiwara"),
            ("Regional banks have been living", "Takeshi Imaoka"),
            ("Higher rates help on the", "Takeshi Imaoka"),
        ],
    ),
    (
        """Fair trade regulator fines Lumina Games 11.6 billion won over loot box odds

By PARK SO-YEON [park.soyeon@joongang.co.kr]

Lumina Games, the developer of the hit mobile role-playing game "Crimson Covenant," was fined 11.6 billion won ($8.4 million) by the Korea Fair Trade Commission (KFTC) on Sunday for misleading players about the odds of obtaining rare items through paid random boxes.

According to the KFTC, Lumina quietly lowered the probability of obtaining top-tier "legendary" equipment from 1 percent to as little as 0.15 percent in a series of updates between 2021 and 2024, while continuing to display the original odds in the game.

"The company deceived consumers for more than three years while publicly advertising odds that it knew to be false," the commission said in a statement.

The fine is the largest the regulator has imposed on a game company. The KFTC also ordered Lumina to notify all affected players and said it would refer the case to prosecutors.

"This is the largest penalty we have imposed in the gaming sector, and it reflects the scale and duration of the harm," Kwon Hyuk-jae, director general of the KFTC's consumer policy bureau, told a briefing at the Government Complex Sejong. "We will continue to watch the industry closely."

Since March last year, Korean game companies have been legally required to disclose the probabilities of items sold through random boxes, known as "gacha" among players.

Lumina CEO Yoon Seung-ho posted an apology on the game's official community page Sunday evening.

"We sincerely apologize to all players who trusted us," Yoon wrote. "There is no excuse for what happened."

He said the company would compensate affected players with in-game currency and that an internal investigation had found the changes were made by "a small number of staff" without proper review. Those employees have been suspended, he added.

Many players were unconvinced. One user on the community page called the in-game compensation "an insult" and demanded cash refunds, a post that drew thousands of replies within hours.

Han Ji-woo, a lawyer representing about 1,200 players in a class action lawsuit against the company, said the fine "does nothing for the people who actually lost money."

"We will ask the court to order full refunds," Han said.

Lumina, which listed on the Kosdaq in 2020, generates more than 70 percent of its revenue from "Crimson Covenant." Its shares fell 11.4 percent on Friday after local media first reported that the sanctions were imminent.""",
        [
            ("The company deceived consumers for", "Korea Fair Trade Commission"),
            ("This is the largest penalty", "Kwon Hyuk-jae"),
            ("We will continue to watch", "Kwon Hyuk-jae"),
            ("We sincerely apologize to all", "Yoon Seung-ho"),
            ("There is no excuse for", "Yoon Seung-ho"),
            ("a small number of staff", "Yoon Seung-ho"),
            ("an insult", "user on the community page"),
            ("does nothing for the people", "Han Ji-woo"),
            ("We will ask the court", "Han Ji-woo"),
        ],
    ),
    (
        """Mitsukura Boosts Buyback to ¥500 Billion as Activist Pressure Mounts

By Yuki Hanamura

(Bloomberg) -- Mitsukura Corp., one of Japan’s five biggest trading houses, more than doubled its share buyback program and raised its dividend forecast, as the company faces growing pressure from an activist investor to return more cash to shareholders.

The Tokyo-based conglomerate will repurchase as much as ¥500 billion ($3.3 billion) of its own stock through March, up from ¥200 billion announced in May, according to a statement Tuesday. It also raised its annual dividend forecast to ¥140 a share from ¥120.

“We believe our shares are undervalued relative to the earnings power of the business,” Chief Financial Officer Satoshi Kanzaki said at a briefing after the announcement. “Buying back stock is the most rational use of capital at this price.”

Singapore-based Orchard Lane Partners, which has built a stake of about 3% in Mitsukura, has publicly called on the company to sell noncore businesses and cut its cross-shareholdings. In a letter to the board last month, the fund said Mitsukura’s net cash position was “an anomaly among its peers” and urged management to set a target for return on equity of at least 15%.

Orchard Lane founder Julian Teo said in an emailed response to questions that the buyback was “a welcome first step” but that the firm would keep pushing for asset sales.

“The board has finally acknowledged the problem. Now it needs to act on the structure,” Teo said.

Kanzaki said the decision wasn’t a response to any particular shareholder. “We talk to all our investors, and we listen to all of them,” he said.

Mitsukura left its full-year net income forecast unchanged at ¥720 billion, as lower prices for coal and iron ore offset gains in its food and machinery businesses. Profit in the six months through September fell 8% from a year earlier to ¥351 billion.

“The market was hoping for an upgrade, but the bigger story is capital allocation,” said Rina Matsuzono, an analyst at Yotsuya Asset Management. She said the buyback would likely lift return on equity by about one percentage point.

Japan’s trading houses have been under scrutiny from global investors in recent years, and the Tokyo Stock Exchange has been pressing listed companies trading below book value to improve capital efficiency.

Mitsukura shares rose as much as 7.1% in Tokyo on Wednesday, the biggest intraday gain since April, before paring some of the increase. The stock has gained 18% this year, compared with a 12% rise in the benchmark Topix index.""",
        [
            ("We believe our shares are", "Satoshi Kanzaki"),
            ("Buying back stock is the", "Satoshi Kanzaki"),
            ("an anomaly among its peers", "Orchard Lane Partners"),
            ("a welcome first step", "Julian Teo"),
            ("The board has finally acknowledged", "Julian Teo"),
            ("We talk to all our", "Satoshi Kanzaki"),
            ("The market was hoping for", "Rina Matsuzono"),
        ],
    ),
]
