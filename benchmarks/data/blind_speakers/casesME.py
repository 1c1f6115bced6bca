CASES = [
    (
        """(LEAD) Finance minister vows 'all-out' support for chipmakers ahead of U.S. tariff deadline

SEOUL, March 12 (Yonhap) -- Finance Minister Kwon Tae-sik on Wednesday vowed "all-out" support for South Korean semiconductor exporters facing a planned U.S. tariff hike, unveiling a 4.2 trillion-won (US$2.9 billion) liquidity package for chipmakers and their suppliers.

"We will not stand by while our core export industry absorbs a shock it did nothing to create," Kwon said during an emergency meeting of economy-related ministers at the government complex in Seoul. "Today's package is a first step, not the last."

The package includes low-interest loans through the state-run Korea Development Bank (KDB), deferred corporate tax payments for small parts suppliers and expanded export insurance coverage, according to the ministry.

Washington has said it will raise tariffs on imported memory chips to 25 percent from April 1 unless trading partners agree to new investment commitments in the United States. South Korea shipped $14.1 billion worth of semiconductors to the U.S. last year, data from the Korea International Trade Association showed.

Kwon said Seoul would send a delegation led by Trade Minister Baek Seung-ho to Washington next week for what he called "frank and practical" talks.

"Our position is that Korean firms have already invested more in U.S. manufacturing than almost any other foreign partner, and that contribution should be recognized," he added.

Industry officials welcomed the measures but said they fell short of what was needed.

"Liquidity helps in the short term, but the real issue is market access," said Yoon Ji-hoon, a senior vice president at the Korea Semiconductor Industry Association. "If the tariff goes ahead, no loan program can offset that."

A ministry official, speaking on condition of anonymity, said the government was also reviewing a separate support program for equipment makers, which rely heavily on orders from the country's two largest chipmakers.

"The equipment sector is where the pain will show up first," the official said. "We are looking at options, including temporary subsidies for research staff."

Shares of major chipmakers edged up on the Seoul bourse following the announcement, with Hanjin Electronics gaining 1.3 percent and Daesung Semicon adding 0.8 percent. The benchmark KOSPI closed up 0.4 percent at 2,611.

The main opposition New Progress Party, however, dismissed the package as "too little, too late," calling on the government to submit a supplementary budget to the National Assembly by the end of the month. (END)""",
        [
            ("all-out", "Kwon Tae-sik"),
            ("all-out", "Kwon Tae-sik"),
            ("We will not stand by", "Kwon Tae-sik"),
            ("Today's package is a first", "Kwon Tae-sik"),
            ("frank and practical", "Kwon Tae-sik"),
            ("Our position is that Korean", "Kwon Tae-sik"),
            ("Liquidity helps in the short", "Yoon Ji-hoon"),
            ("If the tariff goes ahead,", "Yoon Ji-hoon"),
            ("The equipment sector is where", "ministry official"),
            ("We are looking at options,", "ministry official"),
            ("too little, too late,", "New Progress Party"),
        ],
    ),
    (
        """Japan farm minister quits over undeclared political donations

TOKYO, Feb. 14 (Kyodo) - Japanese farm minister Shigeru Okabe resigned Friday over undeclared donations from an agricultural cooperative in his constituency, dealing a fresh blow to Prime Minister Haruki Sendo's government months before a House of Councillors election.

Okabe, 64, submitted his resignation to Sendo at the prime minister's office in the morning, later telling reporters he did not want the issue to "hinder the work of the Cabinet" during deliberations on the fiscal 2025 budget.

"I take seriously the fact that I have caused the public to doubt the integrity of politics," Okabe said, bowing deeply. "However, I have not broken the law, and I intend to explain that fully."

The minister came under pressure after a weekly magazine reported last week that a support group managed by his office failed to report about 18 million yen ($120,000) in donations received from the Kita-Ou Agricultural Cooperative in Aomori Prefecture between 2020 and 2023.

Sendo, who leads the ruling Liberal Conservative Party, said he would appoint former vice farm minister Yumiko Tachibana as Okabe's successor later in the day.

"I apologize to the public for this situation. As the person who appointed him, I bear responsibility," Sendo told reporters. He said he accepted the resignation because Okabe "judged that he could no longer carry out his duties with the trust of the people."

Opposition parties, which had demanded Okabe's dismissal, said the resignation came too late.

"The prime minister protected a Cabinet member for a week while the facts were plain for anyone to see," Keiko Nagamine, secretary general of the main opposition Constitutional Progressive Party, said at a press conference. She said her party would seek to summon Okabe to testify before the Diet's budget committee.

The cooperative said in a statement it had made the payments "in good faith and in line with guidance from the minister's office," adding it would cooperate with any investigation.

Okabe is the second minister to leave the Sendo Cabinet since it was launched in October, following the resignation in December of the reconstruction minister over remarks about the 2011 earthquake and tsunami.

A senior ruling party lawmaker said the timing was "the worst imaginable" with the upper house election set for July. "Members in rural districts are already nervous. This will not help," the lawmaker said on condition of anonymity.

A Kyodo News poll conducted earlier this month put the approval rating for the Sendo Cabinet at 31.4 percent, down 6.2 points from January.""",
        [
            ("hinder the work of the", "Shigeru Okabe"),
            ("I take seriously the fact", "Shigeru Okabe"),
            ("However, I have not broken", "Shigeru Okabe"),
            ("I apologize to the public", "Haruki Sendo"),
            ("judged that he could no", "Haruki Sendo"),
            ("The prime minister protected a", "Keiko Nagamine"),
            ("in good faith and in", "Kita-Ou Agricultural Cooperative"),
            ("the worst imaginable", "senior ruling party lawmaker"),
            ("Members in rural districts are", "senior ruling party lawmaker"),
        ],
    ),
    (
        """Japan's Morinaga Denki cuts profit forecast on weak China demand, shares slide

By Ryo Kanazawa

TOKYO, Feb 5 (Reuters) - Japanese industrial electronics maker Morinaga Denki Co cut its full-year operating profit forecast by 18% on Wednesday, citing slumping demand for factory automation equipment in China and volatile currency markets, sending its shares down more than 7%.

The Osaka-based company now expects operating profit of 142 billion yen ($935 million) for the year ending March, down from its earlier projection of 173 billion yen and below the 165 billion yen average estimate of 14 analysts polled by LSEG.

"Orders from Chinese customers in the electric vehicle and smartphone supply chains have not recovered as we expected in the second half," Chief Financial Officer Takeshi Imamura told an earnings briefing. "We see the bottom approaching, but we are not yet in a position to call it."

Third-quarter operating profit fell 27% from a year earlier to 31.6 billion yen.

The profit warning is the latest sign of strain for Japanese makers of machinery and components, which had counted on a rebound in Chinese capital spending after two years of weakness.

Imamura said the company would accelerate a restructuring plan announced in November, including the closure of a sensor plant in Suzhou and the transfer of some production to Vietnam and Malaysia. He declined to say how many jobs would be affected.

Analysts said the revision was larger than expected.

"The market had priced in a modest cut, but not this," said Aiko Fujisawa, an analyst at Tokai Securities in Tokyo. "The bigger concern is that management still cannot give a clear picture of when China turns."

Morinaga also flagged risks from trade policy, saying in its earnings presentation that potential U.S. tariffs on components assembled in Mexico "could have a material impact" on its North American business from the next fiscal year.

The company kept its annual dividend forecast unchanged at 60 yen per share and said it would buy back up to 30 billion yen of its own shares, equivalent to about 2.1% of shares outstanding.

Shares of Morinaga fell as much as 7.4% in afternoon trade, their biggest intraday drop since August, against a 0.3% gain in the benchmark Nikkei average.

One fund manager at a Tokyo-based asset management firm, who asked not to be named because he was not authorised to speak to media, said the buyback was "a sweetener, but it doesn't change the story."

(Reporting by Ryo Kanazawa; Editing by Mark Tolland)""",
        [
            ("Orders from Chinese customers in", "Takeshi Imamura"),
            ("We see the bottom approaching,", "Takeshi Imamura"),
            ("The market had priced in", "Aiko Fujisawa"),
            ("The bigger concern is that", "Aiko Fujisawa"),
            ("could have a material impact", "Morinaga Denki Co"),
            ("a sweetener, but it doesn't", "fund manager at a Tokyo-based asset management firm"),
        ],
    ),
    (
        """Union at Seohan Energy Solution to strike over bonus cuts

By Park Min-young

Workers at Seohan Energy Solution, South Korea's third-largest electric vehicle battery maker, will stage a partial strike next week after wage talks broke down over the company's decision to halve performance bonuses, the union said Monday.

The Seohan Energy Solution branch of the Korean Metal Workers' Union said about 3,800 members at the company's plants in Ochang and Gumi would walk off the job for four hours a day from Tuesday through Friday.

"Management is asking workers to pay for decisions we had no part in," union chief Lee Dong-wook said in a press release. "We built those plants. We made the cells that went into every car they bragged about."

The company, which posted an operating loss of 312 billion won in the fourth quarter as EV demand slowed in Europe and the United States, has proposed a 2.8 percent base pay raise and a bonus equal to 250 percent of monthly salary, down from 500 percent last year. The union is demanding a 6.5 percent raise and that the bonus be kept at last year's level.

Seohan said it "deeply regrets" the union's decision and would continue to seek dialogue.

"Given the current business environment, maintaining last year's bonus is not realistic," a company spokesperson said. "We have offered what we believe is a fair package, and we hope the union will return to the table."

The strike would be the first at the company since it was spun off from Seohan Chemical in 2020.

Industry watchers said the direct impact on production would likely be limited, as plants are already running below capacity, but warned that a prolonged dispute could complicate supply negotiations with carmakers.

"Customers are looking at every supplier right now and asking who is stable," said Choi Eun-jung, a professor of industrial relations at Hangang University. "A strike sends the wrong signal at exactly the wrong time, for both sides."

The dispute comes as Korean battery makers face intensifying competition from Chinese rivals, which have been gaining share in lower-cost lithium iron phosphate batteries.

Seohan Energy Solution last month announced it would delay the start of mass production at its second plant in Georgia, in the US, by a year, and cut capital spending by about 20 percent this year.

Officials at the Ministry of Employment and Labor said they were monitoring the situation. An official at the ministry said the government hoped "both sides will show flexibility," noting the importance of the battery sector to exports.

Shares of Seohan Energy Solution fell 2.1 percent on Monday.""",
        [
            ("Management is asking workers to", "Lee Dong-wook"),
            ("We built those plants.", "Lee Dong-wook"),
            ("deeply regrets", "Seohan Energy Solution"),
            ("Given the current business environment,", "spokesperson"),
            ("We have offered what we", "spokesperson"),
            ("Customers are looking at every", "Choi Eun-jung"),
            ("A strike sends the wrong", "Choi Eun-jung"),
            ("both sides will show flexibility,", "official at the ministry"),
        ],
    ),
    (
        """Chip boom divides voters in Kumamoto town mayoral race

By Daisuke Mori, Staff writer

MINAMIKOSAKA, KUMAMOTO PREF. - When Masaru Hidaka first ran for mayor of this farming town eight years ago, his campaign was about keeping the local junior high school open. Now, the 58-year-old incumbent is fighting for a third term on a question that barely existed then: How fast should the town grow?

Sunday's election pits Hidaka, who has courted semiconductor suppliers and approved two new industrial parks, against Naomi Sakuragi, 46, a former town assembly member who says the pace of development is draining groundwater and pricing out young families.

"Five years ago, people were asking me how we would survive," Hidaka said during a stump speech outside a supermarket on Thursday. "Today they are asking me how we will handle the traffic. I would rather have that problem."

The town's population has risen by about 9 percent since 2021, reversing decades of decline, as workers and contractors moved in to serve a cluster of chip-related factories in neighboring municipalities. Land prices in some districts have more than doubled, according to prefectural data.

Sakuragi, who is running as an independent with backing from local farmers' groups, says the benefits have been unevenly shared.

"I am not against the factories," she told The Japan Times. "I am against a town hall that signs whatever is put in front of it and asks questions later."

She has pledged to commission an independent study of groundwater levels and to freeze new industrial zoning until it is complete. Several rice farmers in the town have reported lower well levels over the past two summers, though prefectural officials say there is no confirmed link to factory water use.

Hidaka has dismissed the proposal as "a moratorium on the future." He is backed by the ruling Liberal Conservative Party and its coalition partner, as well as the local chamber of commerce.

For some residents, the choice is not straightforward.

"My son got a job at one of the plants and moved back from Fukuoka. That would not have happened before," said Toshiko Endo, 71, who runs a small noodle shop near the town's train station. "But my rent has gone up twice. I don't know who I'm voting for yet."

Turnout in the last election was 52 percent. Local officials expect a higher figure this time, citing a surge in early voting.

A prefectural official involved in regional planning said the race was being watched closely by other towns near new industrial sites. "Whoever wins, the message will travel," the official said.""",
        [
            ("Five years ago, people were", "Masaru Hidaka"),
            ("Today they are asking me", "Masaru Hidaka"),
            ("I am not against the", "Naomi Sakuragi"),
            ("I am against a town", "Naomi Sakuragi"),
            ("a moratorium on the future.", "Masaru Hidaka"),
            ("My son got a job", "Toshiko Endo"),
            ("But my rent has gone", "Toshiko Endo"),
            ("Whoever wins, the message will", "prefectural official involved in regional planning"),
        ],
    ),
    (
        """Korea's platform giants push back on draft AI rules

By Kim Seo-yeon

Korea's largest internet companies are lobbying lawmakers to soften draft enforcement rules for the country's new artificial intelligence law, arguing that proposed disclosure requirements would put them at a disadvantage against global rivals.

The Ministry of Science and ICT released the draft decree last month, detailing how companies that develop or deploy "high-impact" AI systems must label generated content, assess risks and report incidents. The rules are scheduled to take effect in January.

Executives from Daon Corp., which operates Korea's most-used messaging app, and search portal operator Solbit met with members of the National Assembly's Science, ICT, Broadcasting and Communications Committee on Tuesday, according to people familiar with the meeting.

"We support the intent of the law. What we are asking for is clarity," Daon CEO Jang Hyun-woo said in a statement issued after the meeting. "Right now, a company could spend months building a compliance system and then discover it was measuring the wrong thing."

The industry's main concern is a provision that would require companies to submit summaries of the data used to train large language models. Solbit said in a written submission to the ministry that the requirement "could expose trade secrets to competitors" and was "broader than comparable rules in the European Union."

Civic groups have taken the opposite view, saying the draft does not go far enough.

"The companies had two years to prepare for this," said Han Ji-won, a lawyer with the Citizens' Coalition for Digital Rights. "Every time a rule gets close to being enforced, we hear the same thing: not yet, not like this."

Science Minister Oh Sang-cheol told reporters on Wednesday that the ministry was reviewing feedback but would not delay the implementation date.

"The schedule is set in law. Our job is to make the rules workable, not to postpone them," Oh said. He added that the ministry was considering a one-year grace period during which companies would not face fines for violations.

Under the law, companies that fail to meet labeling and notification requirements can be fined up to 30 million won ($21,000), a figure critics say is too small to deter large firms.

A ministry official involved in drafting the decree said the government was trying to balance innovation and public trust.

"Nobody wants Korea to be the place where AI companies can't operate," the official said, asking not to be named. "But nobody wants it to be the place where anything goes, either."

Daon shares rose 1.8 percent on the Kospi on Wednesday, while Solbit closed flat.""",
        [
            ("We support the intent of", "Jang Hyun-woo"),
            ("Right now, a company could", "Jang Hyun-woo"),
            ("could expose trade secrets to", "Solbit"),
            ("broader than comparable rules in", "Solbit"),
            ("The companies had two years", "Han Ji-won"),
            ("Every time a rule gets", "Han Ji-won"),
            ("The schedule is set in", "Oh Sang-cheol"),
            ("Nobody wants Korea to be", "ministry official involved in drafting the decree"),
            ("But nobody wants it to", "ministry official involved in drafting the decree"),
        ],
    ),
    (
        """Japan and South Korea agree to revive hydrogen supply chain talks

TOKYO -- Japan and South Korea agreed on Monday to restart working-level talks on a joint hydrogen and ammonia supply chain, a project shelved in 2019 amid a bitter dispute over export controls, as both governments seek to reduce reliance on Chinese clean-energy components.

Japanese Economy, Trade and Industry Minister Kenji Hoshino and South Korean Trade, Industry and Energy Minister Seo Kyung-ho met in Tokyo for about 90 minutes, the first in-person meeting between the two countries’ industry ministers in nearly a year.

Speaking to reporters afterward, Hoshino struck an optimistic tone: “Both of our countries import almost all of our energy. It makes little sense for us to compete for the same suppliers when we could be building the same infrastructure.”

Seo said the two sides would set up a task force of government officials and private-sector companies, with the first meeting expected by June.

“The relationship has come a long way in two years,” Seo said. “Our companies are asking us to move faster, and today we gave them a signal that we will.”

The agreement covers joint procurement of ammonia from Australia and the Middle East, shared standards for hydrogen fuel cell components and possible co-investment in storage terminals, according to a joint statement released after the meeting.

In a separate release, Japan’s Ministry of Economy, Trade and Industry said the two governments would “explore financing mechanisms through their respective policy banks” to support projects involving companies from both countries.

Relations between Tokyo and Seoul sank to their lowest point in decades in 2019, when Japan tightened controls on exports of chipmaking materials to South Korea following a dispute over wartime labor. The restrictions were lifted in 2023.

Business groups in both countries welcomed Monday’s announcement. Hiroshi Kurata, chairman of the Japan-Korea Business Council, said in a statement that the agreement was “long overdue” and that member companies were ready to participate.

Seo was more cautious about how quickly results would appear. Asked whether Korean steelmakers could begin importing ammonia jointly procured with Japanese utilities next year, he said:

“I don’t want to overpromise. There are still questions about pricing, about who carries the risk if a project is delayed.

“But for the first time in a long while, we are asking those questions together rather than separately.”

Analysts said the political environment in both countries could still complicate cooperation.

“Energy is one of the few areas where the logic of cooperation is overwhelming, so it is a sensible place to start,” said Yuna Shimizu, a senior fellow at the Tokyo Institute for Asia-Pacific Studies. “The risk is that it becomes hostage to the next historical dispute, as it did last time.”

A South Korean official who attended the meeting said the two sides had also briefly discussed semiconductor supply chains but did not reach any agreement. “It was raised, but it is for another day,” the official said.""",
        [
            ("Both of our countries import", "Kenji Hoshino"),
            ("The relationship has come a", "Seo Kyung-ho"),
            ("Our companies are asking us", "Seo Kyung-ho"),
            ("explore financing mechanisms through their", "Ministry of Economy, Trade and Industry"),
            ("long overdue", "Hiroshi Kurata"),
            ("I don’t want to overpromise.", "Seo Kyung-ho"),
            ("But for the first time", "Seo Kyung-ho"),
            ("Energy is one of the", "Yuna Shimizu"),
            ("The risk is that it", "Yuna Shimizu"),
            ("It was raised, but it", "South Korean official who attended the meeting"),
        ],
    ),
    (
        """South Korean lawmakers pass contested broadcasting bill, setting up likely veto

SEOUL, South Korea (AP) — South Korea's opposition-controlled parliament on Thursday passed a bill that would give lawmakers a greater say over the appointment of board members at public broadcasters, setting up another clash with conservative President Ahn Jae-kyung, who is widely expected to veto it.

The bill passed 178-4 in the 300-member National Assembly after lawmakers from Ahn's ruling People's Unity Party walked out of the chamber in protest.

"This is an attempt to turn public broadcasting into the mouthpiece of one party," People's Unity Party floor leader Chung Min-soo told reporters after the walkout. He called the vote "a legislative ambush."

Opposition leader Bae Hye-rin, whose liberal Together Korea Party holds a majority of seats, said the bill was needed to end what she called decades of political interference at the broadcasters.

"Every president, conservative or liberal, has treated these boards like spoils of war," Bae said in a speech before the vote. "We are proposing to take that power away from the presidential office — including from any future president from our own party."

Ahn's office did not immediately comment. But presidential chief of staff Lim Kwang-soo said last week that the president would "take all constitutional measures" against bills that "undermine the separation of powers," a reference to Ahn's veto power.

Ahn has vetoed 14 bills since taking office two years ago. Parliament can override a veto with a two-thirds majority, but the opposition bloc holds 182 seats, short of the 200 needed.

Journalists at two public broadcasters, KBC and Hanul Broadcasting, have staged intermittent strikes over the past year, accusing management appointed under Ahn of softening coverage of the government. A statement from the National Union of Media Workers called Thursday's vote "a first step toward restoring independence" and urged Ahn to sign the bill.

Outside the assembly building, a few hundred demonstrators from both camps gathered behind police lines.

"I'm here because my taxes pay for these channels and I want them to tell the truth," said Park Sun-ja, a 63-year-old retired teacher who held a sign supporting the bill.

Some experts say the bill would not end the political tug of war over broadcasters, only shift it to the legislature.

"Both parties say they want independent broadcasters, but each wants to be the one who defines independence," said Kang Mi-rae, a media studies professor at Soyang University in Chuncheon.

The dispute comes as Ahn's approval rating hovers around 30%, according to a survey released last week by local pollster Korea Opinion Research, and ahead of local elections scheduled for June.""",
        [
            ("This is an attempt to", "Chung Min-soo"),
            ("a legislative ambush.", "Chung Min-soo"),
            ("Every president, conservative or liberal,", "Bae Hye-rin"),
            ("We are proposing to take", "Bae Hye-rin"),
            ("take all constitutional measures", "Lim Kwang-soo"),
            ("undermine the separation of powers,", "Lim Kwang-soo"),
            ("a first step toward restoring", "National Union of Media Workers"),
            ("I'm here because my taxes", "Park Sun-ja"),
            ("Both parties say they want", "Kang Mi-rae"),
        ],
    ),
]
