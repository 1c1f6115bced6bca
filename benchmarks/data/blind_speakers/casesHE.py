CASES = [
    (
        """Haedong, Tamaru end second round of trade talks without deal on rice, steel

By Min-jun Seo and Akira Tanabe

HAESONG, March 14 (Pacific Wire) - Trade negotiators from Haedong and Tamaru ended two days of talks in the port city of Haesong on Friday without agreement on tariffs for rice and steel, but both sides said they would meet again before a leaders' summit planned for June.

Haedong Trade Minister Park Jae-sun said the gap on agricultural access had narrowed "considerably" but that his government could not accept a timetable that would expose its farmers to full foreign competition within five years.

"We have come a long way since January, and I want to be honest about that," Park told reporters after the final session. "But our farmers are not a bargaining chip, and we will not treat them as one."

His Tamaru counterpart, Hiroshi Kaneda, struck a more upbeat tone. "The direction is right. The pace is the question," Kaneda said, adding that officials would work "day and night" on the outstanding chapters before the next round.

Two-way trade between the neighbours reached $84 billion last year, according to Haedong customs data, with steel, semiconductors and processed food accounting for more than half of the total.

A Tamaru official familiar with the negotiations, who declined to be named because the talks were private, said the steel dispute was the harder of the two issues to resolve. "Rice is political. Steel is about jobs in three prefectures that vote," the official said.

The Haedong Iron and Steel Association, which represents 41 mills, urged the government to hold firm. "Any reduction in safeguard duties before 2027 would be premature and would put thousands of jobs at risk," the association said in a statement.

Analysts said a deal was still possible before the June summit in Kiyohama, the Tamaru capital, where leaders of the two countries are expected to discuss trade alongside security cooperation.

"Neither capital wants to arrive at a summit empty-handed," said Lee Soo-hyun, a senior fellow at the Haesong Institute for Economic Policy. "That deadline does more work than any negotiator in the room."

The talks are the second round since the two governments agreed in November to revive negotiations that collapsed five years ago over fisheries quotas. Kaneda said fisheries would be handled by a separate working group that would report to ministers in the autumn.

The next round is scheduled for late April in Kiyohama.

(Reporting by Min-jun Seo in Haesong and Akira Tanabe in Kiyohama; Editing by Clare Whitford)""",
        [
            ("considerably", "Park Jae-sun"),
            ("We have come a long way", "Park Jae-sun"),
            ("But our farmers are not", "Park Jae-sun"),
            ("The direction is right. The", "Hiroshi Kaneda"),
            ("day and night", "Hiroshi Kaneda"),
            ("Rice is political. Steel is", "Tamaru official familiar with the negotiations"),
            ("Any reduction in safeguard duties", "Haedong Iron and Steel Association"),
            ("Neither capital wants to arrive", "Lee Soo-hyun"),
            ("That deadline does more work", "Lee Soo-hyun"),
        ],
    ),
    (
        """Pacific island leaders press big powers on climate cash at summit

By LEILANI FETU and MARK HOLLOWAY

PORT MALIU, Solavai (PNS) — Leaders of 16 Pacific island nations opened their annual summit Tuesday with a blunt message for the larger countries competing for influence in the region: climate money matters more than patrol boats.

Solavai Prime Minister Tevita Rangiatea, hosting the Pacific Islands Council meeting for the first time in a decade, told delegates that rising seas were "the only security threat that keeps my people awake at night."

"We welcome friends. We welcome partners. We do not welcome being told what our priorities are," Rangiatea said in his opening address. "Every ship that comes to our harbor to show its flag could instead have been a seawall, a water tank, a clinic.

"I say this with respect to all of our partners, east and west."

The summit comes as several governments from outside the region have stepped up aid and security offers to island states, including new embassies, police training programs and port upgrades. Island leaders have welcomed the attention but complained that much of the money comes with conditions.

Council Secretary-General Mereani Tuilagi said the bloc would seek a common position on a proposed regional policing initiative before the meeting closes Thursday. She said members were "not of one mind" on how the force would be funded, but that she expected a consensus by the end of the week.

A delegate from one of the smaller atoll nations, speaking on condition of anonymity because he was not authorized to brief the media, said several leaders were frustrated that pledges made at last year's summit in Kerimata had not been delivered.

"We hear numbers in the hundreds of millions. We see very little of it," he said.

Outside the convention center, about 200 protesters, many of them students, gathered as part of the "Rising Tide" campaign, which is calling on the council to back a regional ban on new deep-sea mining licenses.

"We are the ones who will live with these decisions, long after the people inside have retired," said Sina Faleolo, 19, a university student who helped organize the rally.

Observers from several dialogue partners, including delegations from East Asia, are expected to arrive Wednesday for two days of side meetings. Ko Tae-ho, Haedong's special envoy to the Pacific, said in a written statement that his government "respects the centrality of the council" and would announce new funding for renewable energy projects during the visit.

The leaders are expected to issue a final communique on Thursday evening.""",
        [
            ("the only security threat that", "Tevita Rangiatea"),
            ("We welcome friends. We welcome", "Tevita Rangiatea"),
            ("Every ship that comes to", "Tevita Rangiatea"),
            ("I say this with respect", "Tevita Rangiatea"),
            ("not of one mind", "Mereani Tuilagi"),
            ("We hear numbers in the", "delegate from one of the smaller atoll nations"),
            ("We are the ones who", "Sina Faleolo"),
            ("respects the centrality of the", "Ko Tae-ho"),
        ],
    ),
    (
        """Rival claimants agree military hotline after tense maritime summit

KIYOHAMA (WNA) - The leaders of Tamaru and the Republic of Linhai agreed Sunday to set up a military hotline to avoid clashes around disputed shoals, in what both sides described as a modest but necessary step after months of confrontations at sea.

Tamaru Prime Minister Yuko Arisawa and Linhai President Zhao Mingde met for nearly three hours at a lakeside guesthouse outside Kiyohama, their first face-to-face talks since a coast guard collision in February injured four sailors.

"We did not solve everything today, and nobody expected us to," Arisawa told a joint news conference. "What we did was make sure that the next accident at sea does not become a crisis."

Zhao, speaking through an interpreter, said the hotline would be operational "within 90 days" and called the talks "frank, deep and constructive" -- diplomatic language often used to signal sharp disagreements.

According to a statement from the Tamaru Prime Minister's Office, the two sides "reaffirmed their commitment to resolving differences through dialogue" and agreed to resume working-level consultations on fisheries, which have been frozen since last year.

But the statement made no mention of the Kaito Shoals, a cluster of rocks and reefs claimed by both countries where most of the recent incidents have taken place.

Hours after the summit ended, the Linhai Ministry of Foreign Affairs said on its website that Linhai's sovereignty over the shoals was "indisputable and not subject to negotiation."

A senior Tamaru government official, briefing reporters on condition of anonymity, said Arisawa had raised the February collision directly with Zhao. "She was very clear that this cannot happen again," the official said.

Experts cautioned against expecting too much from the new mechanism.

"A hotline is only as good as the people who pick up the phone," said Shinji Nakamura, a professor of international relations at Kiyohama University, who told WNA that such channels often went unanswered during a crisis.

"Previous arrangements of this kind have been ignored at exactly the moment they mattered," he said.

The summit also touched on trade, with Zhao inviting Tamaru companies to "return with confidence" to Linhai's market after a year in which both governments tightened export controls on industrial materials.

In the fishing port of Minatozaki, the closest Tamaru town to the disputed waters, the news was met with cautious relief.

"We just want to fish without being chased," said Kenta Ishida, 52, head of the local fishing cooperative, speaking by telephone. He said several boats in his cooperative had stopped going out to the shoals altogether since the collision.

Arisawa is expected to visit Linhai's capital, Lanfeng, early next year, officials said.""",
        [
            ("We did not solve everything", "Yuko Arisawa"),
            ("What we did was make", "Yuko Arisawa"),
            ("within 90 days", "Zhao Mingde"),
            ("frank, deep and constructive", "Zhao Mingde"),
            ("reaffirmed their commitment to resolving", "Tamaru Prime Minister's Office"),
            ("indisputable and not subject to", "Linhai Ministry of Foreign Affairs"),
            ("She was very clear that", "senior Tamaru government official"),
            ("A hotline is only as", "Shinji Nakamura"),
            ("Previous arrangements of this kind", "Shinji Nakamura"),
            ("return with confidence", "Zhao Mingde"),
            ("We just want to fish", "Kenta Ishida"),
        ],
    ),
    (
        """Pacific Rim ministers split over digital trade rules as Bandar Permai meeting closes

By Priya Ramanathan

Trade ministers from the 21-member Pacific Rim Trade Council ended their annual meeting in Bandar Permai on Saturday without a joint statement for the first time in six years, after members failed to agree on language covering cross-border data flows.

Aziz Rahmat, Selaru’s minister of trade and industry and this year’s chair, issued a chair’s summary instead. “We have chosen honesty over a statement that nobody would believe,” he told reporters at the closing press conference.

The disagreement pitted economies pushing for binding commitments on the free movement of data against those insisting on the right to require that information about their citizens be stored on local servers.

Delegates said the sticking point came down to a single paragraph. One ambassador from a Southeast Asian member, who asked not to be identified, described the final session as “the most difficult four hours I have spent in this job”.

Haedong’s deputy trade minister, Yoon Ha-eun, said her delegation had twice offered compromise wording. “We were close. On Friday night, we were very close,” Yoon said. “Then capitals got involved.”

Tamaru’s trade minister, Hiroshi Kaneda, was more pointed. “When someone says ‘local storage’, what they often mean is control,” he said, without naming any member.

The Linhai Ministry of Commerce took a different view. In a statement posted on its website late on Saturday, the ministry said Linhai would not accept rules “designed to serve the commercial interests of a handful of technology giants” and called for developing economies to be given more time.

Businesses that operate across the region had hoped the meeting would provide some clarity. Nexora Cloud, a Kiyohama-based data centre operator with facilities in nine council economies, said the impasse would raise costs for its customers.

“Fragmentation is a tax on every small business that sells online,” the company said in an emailed response to questions.

Deborah Lim, director of trade policy at the Straits Economic Forum, a think tank, wrote in a note to clients that the failure was “symbolic rather than substantive”, adding that the real negotiations on digital trade were now taking place in smaller groups of like-minded economies.

Still, the absence of a joint statement is likely to raise questions about the council’s relevance at a time when several members are pursuing bilateral deals.

Asked at the closing press conference whether the council still mattered, Rahmat’s answer was brief: “Come back next year and ask me again.”

The council’s next ministerial meeting is scheduled to take place in Kiyohama.""",
        [
            ("We have chosen honesty over", "Aziz Rahmat"),
            ("the most difficult four hours", "ambassador from a Southeast Asian member"),
            ("We were close. On Friday", "Yoon Ha-eun"),
            ("Then capitals got involved", "Yoon Ha-eun"),
            ("When someone says", "Hiroshi Kaneda"),
            ("designed to serve the commercial", "Linhai Ministry of Commerce"),
            ("Fragmentation is a tax on", "Nexora Cloud"),
            ("symbolic rather than substantive", "Deborah Lim"),
            ("Come back next year and", "Aziz Rahmat"),
        ],
    ),
    (
        """Solavai security pact: 'We will not sign in a hurry', says PM

By Hannah Wicks, Pacific correspondent

The prime minister of Solavai has said his government will not be pressured into signing a security agreement with Linhai, amid mounting concern among neighbouring countries about a growing foreign military presence in the region.

Tevita Rangiatea told the Pacific Service that a draft of the agreement, which was leaked online last week, was "one of several options" being considered, and that no decision would be made before national elections due in November.

"We will not sign in a hurry, and we will not sign anything that our parliament has not seen," he said. "Solavai is a sovereign country. People forget that sometimes."

The leaked draft, whose authenticity has not been independently verified, would allow Linhai naval vessels to make port calls in Solavai and would permit Linhai police to train local officers.

The leak has alarmed governments elsewhere in the Pacific. Kerimata's foreign minister, Losana Vunidilo, said she had spoken to Mr Rangiatea twice in the past week.

"Our concern is not with any one country," she said. "Our concern is that decisions about Pacific security should be made in the Pacific, by the Pacific."

In Linhai's capital, Lanfeng, a foreign ministry spokesman, Gao Ruiqiang, said cooperation with Solavai "does not target any third party" and accused unnamed countries of "hyping" the issue for their own purposes.

On the streets of Port Maliu, Solavai's capital, opinion appears divided.

"We need the roads and the hospital. Who builds them, I don't mind," said Joseva Naivalu, a taxi driver who has worked in the city for more than 20 years.

Others are more wary. A church leader in the capital, who asked not to be named for fear of reprisals, said: "When big countries come with gifts, small countries must count what they are giving away."

The opposition leader, Ana Seruvatu, has called for the draft to be tabled in parliament. Speaking at a rally on Saturday, she said the government had been "secretive from the very beginning" and demanded that the full text be published.

Mr Rangiatea rejected that criticism.

"Everything will be debated. Everything will be public. But not before it is ready," he said.

Solavai, a nation of about 300,000 people spread across more than 100 islands, has received growing amounts of infrastructure funding from both Linhai and its regional rivals over the past decade.""",
        [
            ("We will not sign in", "Tevita Rangiatea"),
            ("one of several options", "Tevita Rangiatea"),
            ("We will not sign in", "Tevita Rangiatea"),
            ("Solavai is a sovereign country", "Tevita Rangiatea"),
            ("Our concern is not with", "Losana Vunidilo"),
            ("Our concern is that decisions", "Losana Vunidilo"),
            ("does not target any third", "Gao Ruiqiang"),
            ("hyping", "Gao Ruiqiang"),
            ("We need the roads and", "Joseva Naivalu"),
            ("When big countries come with", "church leader in the capital"),
            ("secretive from the very beginning", "Ana Seruvatu"),
            ("Everything will be debated. Everything", "Tevita Rangiatea"),
        ],
    ),
    (
        """FM Choi, Tamaru counterpart agree to push for trilateral summit with Linhai by year-end

HAESONG, Sept. 9 (HNA) -- Foreign Minister Choi Dong-hoon and his Tamaru counterpart agreed Tuesday to push for a trilateral summit with Linhai before the end of the year, the foreign ministry said.

Choi held talks with Tamaru Foreign Minister Masato Odagiri in Haesong for about 90 minutes, during which the two discussed regional security, supply chains and cooperation on low birth rates and aging populations, according to the ministry.

"The two ministers shared the view that the early resumption of the trilateral summit would contribute to peace and prosperity in the region," the ministry said in a press release.

"We will make sure that the summit produces tangible results, not just photographs," Choi said at the start of the meeting, in remarks open to the press.

During the talks, Choi was quoted as saying that Haedong and Tamaru are "important neighbors who share values" and that the two countries should not let historical issues "hold the future hostage."

Odagiri, on his first visit to Haedong since taking office in June, said he hoped to build "a relationship of trust" with Choi and proposed regular consultations between the two ministries, the ministry said.

The last trilateral summit among the three countries was held in Lanfeng four years ago. Plans for a follow-up meeting have been repeatedly delayed amid tensions over maritime boundaries and export restrictions.

A senior official at the presidential office told reporters on condition of anonymity that Linhai had responded "positively" to the proposal but had yet to commit to a date.

"There is a shared understanding that the summit should not be delayed any further. The date and venue will be discussed through diplomatic channels," the official said.

Linhai's embassy in Haesong did not immediately respond to a request for comment.

The main opposition Civic Renewal Party criticized the government's approach, saying it had made too many concessions to Tamaru without progress on compensation for victims of forced labor.

"The government is rushing into a summit for the sake of a photo opportunity while the victims are still waiting," Rep. Han Seung-woo, the party's senior spokesperson on foreign affairs, said in a statement.

Odagiri is scheduled to visit the southern port city of Mokjin on Wednesday, where he will tour a shipyard jointly operated by Haedong and Tamaru companies, before returning home, the ministry said.

Choi is expected to make a reciprocal visit to Kiyohama later this year. (END)""",
        [
            ("The two ministers shared the", "foreign ministry"),
            ("We will make sure that", "Choi Dong-hoon"),
            ("important neighbors who share values", "Choi Dong-hoon"),
            ("hold the future hostage.", "Choi Dong-hoon"),
            ("a relationship of trust", "Masato Odagiri"),
            ("positively", "senior official at the presidential office"),
            ("There is a shared understanding", "senior official at the presidential office"),
            ("The government is rushing into", "Han Seung-woo"),
        ],
    ),
    (
        """Tuna talks collapse in Honiwai as island states dig in on quotas

By Rosa Teaupa in Honiwai

Negotiations over catch limits for bigeye tuna in the western and central Pacific broke down late on Thursday, with small island states accusing distant-water fishing nations of trying to delay cuts that scientists say are long overdue.

The annual meeting of the Western Pacific Tuna Commission, held this year in the Kerimatan capital of Honiwai, ended a day early after delegates failed to agree on a new limit for longline fleets.

‘We came here with a fair proposal based on the science and we were told, essentially, to come back next year,’ said Ioane Letalu, the fisheries minister of Vailoa and chair of the island bloc. ‘The fish can’t wait until next year.’

The commission’s own scientific committee warned in August that bigeye stocks were approaching the level at which the species could no longer sustain current fishing pressure.

The Linhai Distant Water Fisheries Association said in a statement that the island states’ proposal would ‘disproportionately burden’ longline operators, who employ thousands of crew from across Asia.

Tamaru’s head of delegation, Satoshi Imai, said his country supported ‘a science-based outcome’ but wanted a longer phase-in period for any reductions.

‘We are not against cuts. We are against cliffs,’ he told reporters outside the conference hall.

One Pacific official, who was not authorised to speak publicly, said the mood in the final session had been ‘poisonous’, with delegates trading accusations over the accuracy of catch data.

Environmental groups said the outcome was predictable. ‘This is the third year in a row that the commission has kicked the can down the road,’ said Hemi Parata, oceans campaigner at Blue Current Pacific, who attended the talks as an observer.

Asked whether the island bloc would consider unilateral measures, such as closing its exclusive economic zones to some fleets, Mr Letalu was blunt: ‘Everything is on the table.’

Tuna licence fees make up more than a third of government revenue in several of the smaller island states, which have become increasingly assertive in setting the terms of access to their waters.

Mr Letalu, who has led Vailoa’s delegation to the commission for more than a decade, said his patience was running out.

‘I have been coming to these meetings for eleven years,’ he said. ‘Every year the numbers go down and every year we are told to be patient.

‘My grandfather fished these waters with a hand line. I would like my grandchildren to be able to do the same.’

The commission will hold a special session in Kiyohama in March to try again.""",
        [
            ("We came here with a", "Ioane Letalu"),
            ("The fish can’t wait until", "Ioane Letalu"),
            ("disproportionately burden", "Linhai Distant Water Fisheries Association"),
            ("a science-based outcome", "Satoshi Imai"),
            ("We are not against cuts.", "Satoshi Imai"),
            ("poisonous", "Pacific official"),
            ("This is the third year", "Hemi Parata"),
            ("Everything is on the table.", "Ioane Letalu"),
            ("I have been coming to", "Ioane Letalu"),
            ("Every year the numbers go", "Ioane Letalu"),
            ("My grandfather fished these waters", "Ioane Letalu"),
        ],
    ),
    (
        """Kiyohama summit puts chip supply chains at center of regional talks

By Daniel Oh and Mariko Sunada

Leaders from Tamaru, Haedong and Selaru will sign a framework on semiconductor supply chains at a summit in Kiyohama next week, according to people familiar with the matter, in a bid to reduce the region's exposure to disruption from export curbs.

The agreement, which officials have been negotiating since spring, would set up an early-warning system for shortages of critical materials such as high-purity gallium and neon, the people said, asking not to be identified because the talks are private.

Tamaru's economy ministry declined to comment on the details. At a regular briefing on Monday, Chief Cabinet Secretary Noriko Sasamura said only that the leaders would discuss "resilient and trusted supply chains" and that the government hoped for "concrete outcomes."

The framework builds on recommendations in "Chips Without Borders," a report published in March by the Kiyohama-based Asia Technology Policy Institute, which called for shared stockpiles and joint purchasing of key inputs.

For chipmakers, the stakes are high. Haedong's Sunkwang Semiconductor, the region's second-largest memory producer, said it "welcomes any initiative that brings predictability" to the supply of raw materials.

"We plan production years in advance. Surprises are expensive," the company said in a statement.

Selaru, which has attracted more than $12 billion in chip packaging and testing investment over the past three years, sees the framework as a chance to move up the value chain.

"We don't want to be only the place where chips are put in boxes," Selaru's investment minister, Farah Iskandar, said in an interview last month. "We want to be part of the design conversation."

Not everyone is convinced. Linhai, which dominates refining of several of the materials in question, was not invited to join the framework and has criticized similar arrangements in the past.

He Lan, a spokesperson for Linhai's commerce ministry, said last week that supply chain cooperation "should be open and inclusive, not built on exclusive blocs," without referring directly to the summit.

Kevin Tsai, a semiconductor analyst at Harbor Bridge Securities in Haesong, said the framework's practical effect might be limited at first.

"An early-warning system is useful, but it doesn't create a single new ton of gallium," he said. "The real question is whether they put money behind stockpiles."

Haedong President Lim Seong-ho wrote on social media on Tuesday that the summit would be "a turning point for economic security in our region."

The two-day summit, the third of its kind, begins on Nov. 18. Officials said the leaders were also expected to discuss energy cooperation and a proposed joint fund for chip research.""",
        [
            ("resilient and trusted supply chains", "Noriko Sasamura"),
            ("concrete outcomes.", "Noriko Sasamura"),
            ("welcomes any initiative that brings", "Sunkwang Semiconductor"),
            ("We plan production years in", "Sunkwang Semiconductor"),
            ("We don't want to be", "Farah Iskandar"),
            ("We want to be part", "Farah Iskandar"),
            ("should be open and inclusive,", "He Lan"),
            ("An early-warning system is useful,", "Kevin Tsai"),
            ("The real question is whether", "Kevin Tsai"),
            ("a turning point for economic", "Lim Seong-ho"),
        ],
    ),
]
