CASES = [
    (
        """OSAKA – The president of Hanamura Seiki Co., an Osaka-based maker of precision motors for hybrid vehicles, said Thursday he will step down to take responsibility for accounting irregularities that inflated the company’s operating profit by some ¥8.4 billion over five years.

“I deeply apologize to our shareholders, customers and employees for the great trouble we have caused,” Takeshi Morioka, 63, told a news conference in the city, bowing deeply alongside three other executives.

Morioka said he will resign at the end of March and that the board will name a successor “as soon as possible.” He also said he will return half of his compensation for the past three fiscal years.

The move follows a report by a third-party panel, released Monday, which found that managers at two domestic factories had booked future sales early to meet what it called “unrealistic targets handed down from headquarters.”

“There was an atmosphere in which subordinates could not say no to their superiors,” the report said, describing the company’s internal audit function as “effectively hollowed out.”

The panel, made up of lawyers and accountants and chaired by former prosecutor Yoko Arisawa, also criticized the board for failing to act on a whistleblower complaint filed in 2021. Arisawa told reporters separately that the complaint “should have been a turning point” for the company.

“Had it been properly investigated, the damage would have been far smaller,” she said.

Shares of Hanamura Seiki, which is listed on the Prime Market of the Tokyo Stock Exchange, fell 14 percent Thursday to ¥1,212, their lowest level in more than a decade. The exchange last week designated the stock a “security on special alert,” a status that requires the company to improve its internal controls or face possible delisting.

“The numbers themselves can be restated, but trust is another matter,” said Hiroshi Tsuda, a senior analyst at Kaede Securities. “Automakers will be asking whether they can rely on Hanamura’s data at all.”

Hanamura Seiki supplies motors and sensors to several major domestic carmakers and earns about 40 percent of its revenue overseas.

The Hanamura Seiki Labor Union said in a statement that factory workers had been “placed under enormous pressure for years” and urged management to overhaul its performance evaluation system.

A senior official at the Ministry of Economy, Trade and Industry said the government is “watching the situation closely” given the company’s role in the automotive supply chain.

Kyodo""",
        [
            ("I deeply apologize to our", "Takeshi Morioka"),
            ("as soon as possible", "Takeshi Morioka"),
            ("unrealistic targets handed down from", "third-party panel"),
            ("There was an atmosphere in", "third-party panel"),
            ("effectively hollowed out", "third-party panel"),
            ("should have been a turning", "Yoko Arisawa"),
            ("Had it been properly investigated,", "Yoko Arisawa"),
            ("The numbers themselves can be", "Hiroshi Tsuda"),
            ("Automakers will be asking whether", "Hiroshi Tsuda"),
            ("placed under enormous pressure for", "Hanamura Seiki Labor Union"),
            ("watching the situation closely", "senior official at the Ministry of Economy, Trade and Industry"),
        ],
    ),
    (
        """By Shin Yoo-jin

SEOUL, March 14 (Yonhap) -- The opposition-controlled National Assembly on Thursday passed a bill calling for a special counsel investigation into allegations that a former vice defense minister interfered in a state audit of a military procurement deal, setting the stage for another standoff with the presidential office.

The bill passed 171-3 in the 300-member unicameral parliament, with lawmakers of the ruling New Progress Party walking out of the chamber in protest.

"The people have a right to know who ordered the audit to be buried," Rep. Nam Gi-tae, floor leader of the main opposition Democratic Alliance Party, told reporters after the vote.

Nam said the party will "not hesitate" to launch a parliamentary investigation if the bill is vetoed.

The ruling party denounced the bill as unconstitutional.

"This bill allows only the opposition party to recommend the special counsel. It is a blatant attempt to turn an investigation into a campaign tool ahead of the June local elections," New Progress Party spokesperson Rep. Seo Min-ah said in a commentary.

The allegations center on claims that then Vice Defense Minister Jeon Sang-cheol pressured the Board of Audit and Inspection in 2022 to drop its probe into a 1.2 trillion-won (US$900 million) contract for tactical radios, a case dubbed "radio-gate" by local media.

Jeon, who left office last year, has denied any wrongdoing.

"I have never made a single phone call to the audit board regarding the matter," Jeon said in a written statement released through his lawyer last month.

The Ministry of National Defense said in a separate statement that it "will cooperate fully with any lawful investigation" and that the procurement contract had been executed in line with relevant regulations.

"We will review the bill carefully in accordance with the Constitution and the law," presidential spokesperson Kang Hye-rin said in a briefing, declining to give a timeline.

A senior presidential official, speaking on condition of anonymity, however, said a veto was "highly likely," noting that three similar special counsel bills had been returned to parliament over the past year.

If the president exercises his veto, the bill will be sent back to the Assembly, where it requires the support of two-thirds of lawmakers present to be passed again. The ruling party holds 108 seats, enough to block an override.

(END)""",
        [
            ("The people have a right", "Nam Gi-tae"),
            ("not hesitate", "Nam Gi-tae"),
            ("This bill allows only the", "Seo Min-ah"),
            ("I have never made a", "Jeon Sang-cheol"),
            ("will cooperate fully with any", "Ministry of National Defense"),
            ("We will review the bill", "Kang Hye-rin"),
            ("highly likely", "senior presidential official"),
        ],
    ),
    (
        """By Huang Yi-ting / Staff reporter

The Taipei District Court yesterday sentenced the former chairman of a construction company to nine years and six months in prison for bribing a Taipei city councilor to help secure rezoning approval for a residential project in Beitou District.

Lo Chien-ming (羅建明), 68, who headed Hongsheng Construction Co (宏昇建設) until 2022, was found guilty of offering NT$18 million (US$560,000) in cash and shares to former Taipei city councilor Tsai Pei-yu (蔡佩瑜) between 2019 and 2021, the court said.

Tsai was sentenced to 12 years for accepting bribes under the Anti-Corruption Act (貪污治罪條例) and deprived of her civil rights for six years.

The project, marketed as "Sky Garden Residences," was approved for a higher floor-area ratio in 2020 after Tsai lobbied officials at the Urban Development Department on Hongsheng's behalf, prosecutors said.

In its ruling, the court said Tsai had "abused the trust placed in her by voters" and that the evidence, including bank records and messages recovered from a mobile phone, showed "a clear exchange of money for official favors."

"The defendants showed no remorse throughout the trial and repeatedly attempted to shift the blame onto subordinates," the ruling said.

Court spokesman Wu Chia-hao (吳家豪) told a news conference that the sentences took into account the size of the bribes and the "serious damage to public confidence in local government."

Lo's lawyer, Kao Ming-hsien (高明賢), said his client would appeal.

"My client has always maintained that the payments were legitimate political donations that were properly declared," Kao said. "We believe the High Court will see the facts differently."

Tsai, who did not attend the sentencing, wrote on Facebook that she was "deeply disappointed" by the ruling and that she had "never sold a single vote" in 12 years as a councilor. She did not say whether she would appeal.

The Taipei District Prosecutors' Office said in a statement that it would study the written ruling before deciding whether to file an appeal. Prosecutors had sought 15-year sentences for both defendants.

Hongsheng, which is not publicly listed, said it had cut all ties with Lo and had cooperated with investigators since the case came to light in 2022.

The case can be appealed.

Additional reporting by CNA""",
        [
            ("abused the trust placed in", "Taipei District Court"),
            ("a clear exchange of money", "Taipei District Court"),
            ("The defendants showed no remorse", "Taipei District Court"),
            ("serious damage to public confidence", "Wu Chia-hao"),
            ("My client has always maintained", "Kao Ming-hsien"),
            ("We believe the High Court", "Kao Ming-hsien"),
            ("deeply disappointed", "Tsai Pei-yu"),
            ("never sold a single vote", "Tsai Pei-yu"),
        ],
    ),
    (
        """A Hong Kong court has quashed the Town Planning Board’s approval of a 12,000-niche private columbarium next to a village in Tuen Mun, ruling that the body failed to properly consider traffic and safety concerns raised by residents.

Mr Justice Conrad Hui Tsz-wang of the Court of First Instance said on Tuesday that the board had taken an “unduly narrow view” of its statutory duties when it approved the project on review in 2023.

“The board was not entitled to simply assume that the traffic arrangements proposed by the applicant would work as advertised,” the judge wrote in his 46-page judgment. “It was under a duty to make its own inquiries, and it did not do so.”

The judicial review was brought by retired bus driver Leung Sai-kit, 71, who has lived in Tsz Lam Wai for more than four decades.

Speaking outside the High Court in Admiralty, Leung said he was “relieved and grateful” after a three-year fight.

“On Ching Ming and Chung Yeung, tens of thousands of people would be coming through a single-lane road,” he said. “Nobody in the government came to look at it.”

His counsel, Winnie Cheng Oi-ling, had argued at a hearing in January that the board treated the residents’ objections as “a box-ticking exercise”. Villagers had hung banners reading “No ashes at our doorstep” along the access road during the hearing.

The developer, Evergreen Harmony Memorial Ltd, said in a statement it was “studying the judgment with its legal advisers” and would consider whether to appeal.

A government spokesman said the Planning Department “respects the ruling of the court” and would reconsider the application “in accordance with the law”.

Hong Kong has faced a chronic shortage of public niches for years, and the number of private columbariums seeking licences has risen since a regulatory regime took effect in 2017.

Legislator Dominic Lam Chi-ho, who represents the area, said the case exposed “a long-standing gap” between planning approval and licensing.

“The Private Columbaria Ordinance was meant to end this kind of dispute, but it clearly hasn’t,” he said. “Residents should not have to go to court to be heard.”

The judge ordered the board to pay Leung’s legal costs and remitted the application to the board for fresh consideration.""",
        [
            ("unduly narrow view", "Conrad Hui Tsz-wang"),
            ("The board was not entitled", "Conrad Hui Tsz-wang"),
            ("It was under a duty", "Conrad Hui Tsz-wang"),
            ("relieved and grateful", "Leung Sai-kit"),
            ("On Ching Ming and Chung", "Leung Sai-kit"),
            ("Nobody in the government came", "Leung Sai-kit"),
            ("a box-ticking exercise", "Winnie Cheng Oi-ling"),
            ("studying the judgment with its", "Evergreen Harmony Memorial Ltd"),
            ("respects the ruling of the", "government spokesman"),
            ("in accordance with the law", "government spokesman"),
            ("a long-standing gap", "Dominic Lam Chi-ho"),
            ("The Private Columbaria Ordinance was", "Dominic Lam Chi-ho"),
            ("Residents should not have to", "Dominic Lam Chi-ho"),
        ],
    ),
    (
        """by Aya Kurosawa
Staff writer

Prime Minister Ichiro Kageyama on Monday ruled out dissolving the House of Representatives before the summer, brushing aside growing calls from within his own party for a snap election to capitalize on a rebound in his Cabinet’s approval ratings.

“I have no intention whatsoever of thinking about dissolution at this point. My priority is passing the budget and the measures to deal with rising prices,” Kageyama told a session of the House of Councillors Budget Committee.

Speculation about an early election has intensified since a newspaper poll last week showed support for the Cabinet at 41 percent, up nine points from December. Several senior members of the ruling National Harmony Party have openly urged Kageyama to “strike while the iron is hot,” in the words of one former Cabinet minister.

A document circulated among party lawmakers this month by the National Harmony Party’s election strategy committee states that “preparations must be completed in all 289 single-seat districts by the end of April.”

Haruka Shindo, head of the Constitutional Reform Party, the largest opposition force, accused the prime minister of “playing games with the calendar” while households struggle with higher food and energy bills.

“If he believes in his policies, he should put them before the people now, not wait for the most convenient moment,” Shindo said at a news conference later in the day.

At his regular news conference, Chief Cabinet Secretary Masanori Idei said the government would concentrate on “delivering results,” then added: “The power to dissolve the chamber belongs to the prime minister alone, and I am in no position to comment on it.”

Political observers say Kageyama’s denial should not be taken at face value. Prime ministers have traditionally insisted they are not considering a dissolution until shortly before calling an election.

“Kageyama has every reason to keep his options open,” said Tomoko Fujisaki, a professor of political science at Hokuriku Seiryo University. “The moment he rules something out completely, he loses leverage over both the opposition and the factions in his own party.”

Kageyama’s term as party president runs until September next year, while the current term of lower house members expires in October 2027.""",
        [
            ("I have no intention whatsoever", "Ichiro Kageyama"),
            ("strike while the iron is", "former Cabinet minister"),
            ("preparations must be completed in", "National Harmony Party election strategy committee"),
            ("playing games with the calendar", "Haruka Shindo"),
            ("If he believes in his", "Haruka Shindo"),
            ("delivering results", "Masanori Idei"),
            ("The power to dissolve the", "Masanori Idei"),
            ("Kageyama has every reason to", "Tomoko Fujisaki"),
            ("The moment he rules something", "Tomoko Fujisaki"),
        ],
    ),
    (
        """By Jung Da-eun

Workers at Hanbit Shipbuilding & Marine Engineering walked off the job Wednesday in their first full-scale strike in seven years, threatening delivery schedules for a record backlog of liquefied natural gas carriers.

About 6,800 members of the company's union took part in the walkout at the shipyard on Geoje Island, South Gyeongsang Province, according to the union. The company put the number at around 5,900.

The union is demanding a 8.1 percent increase in basic pay, a bonus worth 300 percent of monthly wages and the hiring of more permanent welders. Management has offered a 4.2 percent raise.

"For 10 years, through the worst downturn in the industry's history, we accepted wage freezes and watched our colleagues leave," union chief Baek Jong-su said at a rally in front of the main gate. "Now the docks are full of orders, and it is time for the company to share the gains."

Baek said the strike would continue "until management comes back with a serious offer."

Hanbit said it "deeply regrets" the strike, adding that the union's demands would add more than 210 billion won ($155 million) a year to labor costs at a time when steel plate prices remain volatile.

"We have presented the best offer possible considering our financial situation, and we urge the union to return to the negotiating table," the company said in a statement.

Vice Minister of Employment and Labor Ahn Hyo-jin visited the shipyard Thursday and met with both sides. Ahn called on them to "resolve their differences through dialogue" but warned that the government would respond sternly to illegal acts, including the occupation of production facilities.

Industry watchers say the timing is particularly sensitive. Hanbit has 97 vessels on order, about two-thirds of them LNG carriers, and faces penalties for late delivery under most of its contracts.

In a report released Thursday, Yoon Ha-neul, an analyst at Seorin Securities, wrote that a strike lasting more than two weeks "could push back the delivery of at least four vessels scheduled for the third quarter."

Subcontractors, who make up nearly half of the shipyard's workforce, are not covered by the union's demands.

"We don't get paid when the docks stop," said a subcontractor employee who asked not to be named. "Nobody is talking about us."

Shares of Hanbit fell 3.8 percent on the Kospi on Wednesday.""",
        [
            ("For 10 years, through the", "Baek Jong-su"),
            ("Now the docks are full", "Baek Jong-su"),
            ("until management comes back with", "Baek Jong-su"),
            ("deeply regrets", "Hanbit Shipbuilding & Marine Engineering"),
            ("We have presented the best", "Hanbit Shipbuilding & Marine Engineering"),
            ("resolve their differences through dialogue", "Ahn Hyo-jin"),
            ("could push back the delivery", "Yoon Ha-neul"),
            ("We don't get paid when", "subcontractor employee"),
            ("Nobody is talking about us", "subcontractor employee"),
        ],
    ),
    (
        """Public hospital emergency fees will rise from HK$180 to HK$400 from next year, but a new waiver mechanism will shield about 1.5 million low-income and chronically ill patients, health chief Ivan Chau Siu-lun said yesterday.

Speaking at a Legislative Council health services panel meeting, Chau said the reform was "not about saving money" but about directing resources to those in genuine need.

"At present, more than 60 percent of the people who attend our emergency departments are triaged as non-urgent or semi-urgent. Many of them could be better served by a general out-patient clinic or a private doctor," he said.

The Health Bureau's consultation paper, titled "Towards Sustainable Public Healthcare," said the current fee level "has not been adjusted since 2017 and no longer reflects the cost of service." It estimates that each emergency attendance costs public coffers about HK$2,300.

Under the plan, recipients of Comprehensive Social Security Assistance, elderly people on the old age living allowance and holders of a new medical fee waiver card will pay nothing.

But labour sector lawmaker Chiu Mei-kuen said the increase was "far too steep" for the so-called "sandwich class" who earn too much to qualify for help.

"A family living just above the waiver line will think twice before bringing a feverish child to A&E at midnight. That is exactly the wrong outcome," Chiu said.

Other lawmakers asked whether private clinics in districts such as Tin Shui Wai and Tung Chung had the capacity to absorb patients who might be diverted.

The Hospital Authority said in a statement that it would "fully support" the government's reform and that frontline staff would receive training on the new fee arrangements before they take effect in January.

Asked whether the fees would be reviewed again, Chau replied: "We will look at the data after one year. If there are unintended consequences, we will not hesitate to adjust."

Patient groups gave the plan a cautious welcome.

"We welcome the waiver, but the application process must be simple. Many elderly patients cannot handle complicated forms," said Lo Suk-han, chairwoman of the Kowloon Chronic Patients Association.

The consultation will run until the end of next month.""",
        [
            ("not about saving money", "Ivan Chau Siu-lun"),
            ("At present, more than 60", "Ivan Chau Siu-lun"),
            ("has not been adjusted since", "Health Bureau"),
            ("far too steep", "Chiu Mei-kuen"),
            ("A family living just above", "Chiu Mei-kuen"),
            ("fully support", "Hospital Authority"),
            ("We will look at the", "Ivan Chau Siu-lun"),
            ("We welcome the waiver, but", "Lo Suk-han"),
        ],
    ),
    (
        """Taipei, May 21 (CNA) Printed circuit board maker Jinhua Circuit Technology Corp. (錦華電路) will invest NT$14 billion (US$466 million) in a new plant in Thailand over the next three years to meet demand from customers seeking to diversify production away from China, the company's chairman said Tuesday.

Speaking at the company's annual shareholders' meeting in Taoyuan, Chairman Tseng Wen-hsiung (曾文雄) said the plant, in Thailand's Rayong Province, is expected to begin trial production in the second half of 2026.

"Our major customers in the United States have made it very clear that they want a second source outside of China," Tseng said. "If we do not move now, someone else will take those orders."

Tseng said Taiwan would remain the company's "headquarters for high-end production," focusing on boards for artificial intelligence servers, while the Thai plant would mainly make boards for automotive electronics and networking equipment.

In a filing with the Taiwan Stock Exchange, the company said the investment was "in line with the company's long-term global deployment strategy" and would be funded through internal cash and bank loans.

Asked about the impact of possible U.S. tariffs on Southeast Asian exports, Tseng said: "Nobody can predict what Washington will do next. The only thing we can do is stay flexible."

An official at the Ministry of Economic Affairs' Department of Investment Review, who asked not to be named, told CNA the investment had not yet been submitted for approval but would likely be cleared because it "does not involve sensitive technologies."

Jinhua is the latest of at least 12 listed Taiwanese PCB makers to announce production plans in Thailand since 2023.

"Southeast Asia has become the main battlefield for Taiwanese PCB makers," said Ricky Chuang (莊瑞祺), an analyst at Hengfeng Securities Investment Consulting Co.

Chuang added, however, that "labor and power supply remain the biggest uncertainties" for new entrants, as competition for skilled technicians in the Eastern Economic Corridor intensifies.

Jinhua posted consolidated revenue of NT$38.6 billion in 2024, up 11 percent from a year earlier. Its shares closed up 2.4 percent at NT$86.30 on Tuesday, outperforming the broader market, which rose 0.6 percent.

(By Hsieh Pin-jung and Marcus Tien)
Enditem/ko""",
        [
            ("Our major customers in the", "Tseng Wen-hsiung"),
            ("If we do not move", "Tseng Wen-hsiung"),
            ("headquarters for high-end production", "Tseng Wen-hsiung"),
            ("in line with the company's", "Jinhua Circuit Technology Corp."),
            ("Nobody can predict what Washington", "Tseng Wen-hsiung"),
            ("does not involve sensitive technologies", "official at the Ministry of Economic Affairs' Department of Investment Review"),
            ("Southeast Asia has become the", "Ricky Chuang"),
            ("labor and power supply remain", "Ricky Chuang"),
        ],
    ),
]
