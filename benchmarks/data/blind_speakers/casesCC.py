CASES = [
    (
        """JEFFERSON CITY, Mo. (AP) — Missouri's Republican-led Senate adjourned early Thursday without passing a bill to renew a key Medicaid funding mechanism, leaving Gov. Harlan Voss to weigh whether to call lawmakers back for a special session this summer.

The measure, which would extend a tax on hospitals and nursing homes that helps draw billions of dollars in federal money, stalled after a group of conservative senators demanded a vote on a separate proposal to restrict ballot initiatives.

"We are not going to be held hostage by people who think the federal budget is a bargaining chip," Voss told reporters in his Capitol office after the chamber gaveled out. "If I have to bring them back, I'll bring them back."

Senate Majority Leader Corinne Habersham, a Republican from Poplar Bluff, said the impasse was "regrettable but not surprising" given the tension that had built over the final weeks of the session.

The holdouts, a bloc of seven senators that calls itself the Show-Me Liberty Caucus, said in a written statement that they had "offered a path forward every single day" and that leadership had refused to take it. The caucus is led by state Sen. Wade Lindqvist of Joplin.

Lindqvist later told The Associated Press that he had no intention of backing down. "The voters sent us here to fix the initiative process," he said. "The hospitals will get their money. They always do."

Hospital industry officials were less confident. The Missouri Hospital Partnership, which represents more than 140 facilities, warned in a letter to lawmakers earlier this week that a lapse in the tax could cost rural hospitals "tens of millions of dollars in the first quarter alone."

Democrats, who hold 10 of the Senate's 34 seats, blamed the majority for the breakdown. Senate Minority Leader Toni Ruelas of St. Louis called the final night "a circus," adding: "There is no other word for it. They could not govern themselves, and now the most vulnerable people in this state are going to pay for it."

The current tax expires Sept. 30. Voss, a Republican in his second term, has until then to summon lawmakers back, and aides said he was expected to decide within weeks.

A spokesman for the governor, Eli Brandt, said Voss would spend the coming days "talking to every senator who will pick up the phone." Brandt would not say whether the governor would agree to put the initiative proposal on a special-session agenda.""",
        [
            ("We are not going to", "Harlan Voss"),
            ("If I have to bring", "Harlan Voss"),
            ("regrettable but not surprising", "Corinne Habersham"),
            ("offered a path forward every", "Show-Me Liberty Caucus"),
            ("The voters sent us here", "Wade Lindqvist"),
            ("The hospitals will get their", "Wade Lindqvist"),
            ("tens of millions of dollars", "Missouri Hospital Partnership"),
            ("a circus,", "Toni Ruelas"),
            ("There is no other word", "Toni Ruelas"),
            ("talking to every senator who", "Eli Brandt"),
        ],
    ),
    (
        """By Miriam Talcott

TUCSON — The television ad opens on a dry riverbed and a rusted pickup truck, and for 30 seconds it never mentions the candidate paying for it. Instead it asks voters in southern Arizona who, exactly, has been looking out for their water.

The answer, according to the campaign of Representative Gabriel Ochoa-Lind, a two-term Democrat, is Mr. Ochoa-Lind. His Republican challenger, Dana Whitcombe, a former Pima County supervisor, says the honest answer is nobody.

“People here have been promised a water plan for 20 years,” Ms. Whitcombe said on Tuesday at a feed store outside Marana, where about 60 supporters had gathered under a metal awning. “They’re still waiting. I’m not going to make them wait any longer.”

Mr. Ochoa-Lind, in an interview, dismissed that as “a talking point in search of a policy.” He pointed to a federal grant for groundwater recharge that he helped secure last year and said his opponent had “voted against every conservation measure that crossed her desk” during her time on the county board.

Ms. Whitcombe’s campaign manager, Tobias Rhee, disputed that characterization, saying in a statement that she had always supported “responsible, locally driven” water policy and that Mr. Ochoa-Lind was “rewriting history because he can’t run on his own record.”

The race is one of roughly two dozen House contests that both parties consider genuinely competitive this fall. An internal poll released last week by the Whitcombe campaign showed the candidates roughly tied; a memo from the campaign’s pollster, Desert Metrics Research, described the district as “ripe for a change.” Democrats noted that the firm had worked for Ms. Whitcombe in the past.

Outside groups have begun pouring money into the district. The Sonoran Future Fund, a super PAC aligned with House Democrats, has reserved $4.2 million in television time, according to federal filings. A spokeswoman for the group, Priya Castellanos, said the reservation reflected “how seriously we take this seat.”

Voters at the feed store seemed less focused on the ad war than on their wells. “I had to drill another 80 feet in March,” said Lorne Haskett, 67, who grows alfalfa on about 40 acres. “I don’t care whose fault it is. I want somebody to fix it.”

A few miles away, at a coffee shop in Oro Valley, Teresa Moody, a retired schoolteacher, said she had voted for Mr. Ochoa-Lind twice and expected to do so again, though with less enthusiasm.

“He’s fine,” she said. “I just wish he’d show up more.”""",
        [
            ("People here have been promised", "Dana Whitcombe"),
            ("They’re still waiting. I’m not", "Dana Whitcombe"),
            ("a talking point in search", "Gabriel Ochoa-Lind"),
            ("voted against every conservation measure", "Gabriel Ochoa-Lind"),
            ("responsible, locally driven", "Tobias Rhee"),
            ("rewriting history because he can’t", "Tobias Rhee"),
            ("ripe for a change.", "Desert Metrics Research"),
            ("how seriously we take this", "Priya Castellanos"),
            ("I had to drill another", "Lorne Haskett"),
            ("I don’t care whose fault", "Lorne Haskett"),
            ("He’s fine,", "Teresa Moody"),
            ("I just wish he’d show", "Teresa Moody"),
        ],
    ),
    (
        """By Kevin Marsh, Staff Writer

SPRINGFIELD — The two candidates vying to become Springfield's next mayor spent much of Wednesday night's forum agreeing with each other, until the subject turned to the city's shuttered downtown parking garage.

Then the gloves came off.

"That garage has been a monument to this council's inability to make a decision," said Councilwoman Renata Fiorello, who represents Ward 3 and has made downtown redevelopment the centerpiece of her campaign. "Four years. Four years, and we have a fence around a hole in the ground."

Her opponent, former Parks Director Alan Quimby, said Fiorello had voted on at least two occasions to delay demolition of the structure. He called her criticism "a little rich."

"Renata was in the room for every one of those votes," Quimby said. "I wasn't. I was out fixing ballfields."

Fiorello responded that the delays were requested by city engineers and that she had "followed the professional advice we were given, which is what you're supposed to do."

About 150 people attended the forum at the Grange Hall on East Monroe Street, which was sponsored by the Springfield Area Chamber of Commerce and the League of Neighborhood Associations. Moderator Joyce Albrecht, the chamber's president, kept the candidates to strict two-minute answers and at one point reminded the audience that applause was "lovely, but not on the clock."

On most other issues — road repair, the police budget, a proposed youth sports complex — the two offered similar positions. Both said they would not support a property tax increase in their first year. Both promised to hold monthly office hours in each ward.

The election is nonpartisan, though Quimby has been endorsed by the county Democratic committee and Fiorello has the backing of several Republican township trustees. Neither mentioned party affiliation Wednesday.

Outgoing Mayor Dwight Halvorsen, who is not seeking a fourth term, has not endorsed either candidate. Reached by phone Thursday, he said he had watched the forum online and thought both performed well.

"They're both good people," Halvorsen said. "Whoever wins is going to find out pretty quickly that the garage is the easy part."

In a statement issued after the forum, the Quimby for Mayor committee said the exchange showed "exactly the kind of finger-pointing voters are tired of." Fiorello's campaign manager, Brett Oyelaran, countered in an email that his candidate "isn't going to apologize for being frustrated."

Early voting begins Oct. 8 at the county administration building. Election Day is Nov. 4.""",
        [
            ("That garage has been a", "Renata Fiorello"),
            ("Four years. Four years, and", "Renata Fiorello"),
            ("a little rich.", "Alan Quimby"),
            ("Renata was in the room", "Alan Quimby"),
            ("I wasn't. I was out", "Alan Quimby"),
            ("followed the professional advice we", "Renata Fiorello"),
            ("lovely, but not on the", "Joyce Albrecht"),
            ("They're both good people,", "Dwight Halvorsen"),
            ("Whoever wins is going to", "Dwight Halvorsen"),
            ("exactly the kind of finger-pointing", "Quimby for Mayor committee"),
            ("isn't going to apologize for", "Brett Oyelaran"),
        ],
    ),
    (
        """RALEIGH, N.C. (AP) — The two candidates for North Carolina governor clashed Tuesday night over a state audit that found lapses in the Department of Transportation's oversight of road contractors, with the Republican nominee accusing his Democratic opponent of ignoring warning signs and the Democrat calling the attack "a desperate stretch."

The audit, released last month by the Office of the State Auditor, concluded that the department "failed to adequately verify" more than $310 million in contractor invoices between 2019 and 2023. It did not find evidence of fraud, but recommended a series of changes to how payments are reviewed.

Republican nominee Grant Tilley, a former textile executive from Gastonia, seized on the findings in the first of three scheduled debates. He noted that his opponent, Lt. Gov. Simone Achebe-Ward, sat on the state Board of Transportation for part of that period.

"She had a seat at the table and she didn't ask a single question," Tilley said. "That's not leadership. That's a rubber stamp."

Achebe-Ward said the board had no role in approving individual invoices and that Tilley "either doesn't understand how state government works or is hoping you don't."

"I welcomed this audit. I've said from day one that every recommendation should be implemented," she said. "What I'm not going to do is let somebody who's never served a day in public office rewrite what happened."

The hourlong debate, held at a public television studio in Research Triangle Park, also touched on teacher pay, abortion and the state's response to last year's flooding in the eastern counties. The candidates remained far apart on abortion, with Tilley saying he would sign a bill tightening the state's current limits and Achebe-Ward vowing to veto any new restrictions.

On teacher pay, both candidates promised raises, though neither offered a specific figure. Pressed by a moderator, Tilley said the state should "get to the national average, and then beat it." Achebe-Ward said she had already proposed a plan and accused her opponent of "borrowing my homework."

The race is open because Gov. Walter Brisbane, a Democrat, is term-limited. Polls have shown a close contest.

In a statement after the debate, the North Carolina Republican Party said Tilley had "dominated from the opening bell." The North Carolina Democratic Party said Achebe-Ward had shown "the steadiness this job requires."

State Auditor Franklin Oduya, whose office is nonpartisan, declined to weigh in on the debate. A spokeswoman for the auditor, Lena Farraday, said only that the report "speaks for itself."

The next debate is scheduled for Oct. 14 in Asheville.""",
        [
            ("a desperate stretch.", "Simone Achebe-Ward"),
            ("failed to adequately verify", "Office of the State Auditor"),
            ("She had a seat at", "Grant Tilley"),
            ("That's not leadership. That's a", "Grant Tilley"),
            ("either doesn't understand how state", "Simone Achebe-Ward"),
            ("I welcomed this audit. I've", "Simone Achebe-Ward"),
            ("What I'm not going to", "Simone Achebe-Ward"),
            ("get to the national average", "Grant Tilley"),
            ("borrowing my homework.", "Simone Achebe-Ward"),
            ("dominated from the opening bell.", "North Carolina Republican Party"),
            ("the steadiness this job requires.", "North Carolina Democratic Party"),
            ("speaks for itself.", "Lena Farraday"),
        ],
    ),
    (
        """By Nathaniel Brisco

LANSING, Mich. — A fight over who will lead Michigan Republicans into next year's Senate race broke into the open this week, as two leading contenders traded accusations over a leaked donor memo and party officials privately fretted that the primary could leave their eventual nominee broke and bruised.

The memo, circulated among major donors by Great Lakes Renewal PAC, a super PAC supporting former state House Speaker Raymond Kessler, described his chief rival, businesswoman Abigail Thorsby, as "unelectable in the suburbs" and urged contributors to "hold their fire" until after the August primary. A copy was reviewed by The Ledger.

Thorsby's campaign responded within hours. "Ray Kessler has spent 30 years in Lansing learning how to stab people in the back, and apparently he's gotten pretty good at it," her spokesman, Colby Vantreese, said in a statement.

Kessler, speaking to reporters after an event in Grand Rapids on Wednesday, said he had not written the memo and had not seen it before it was reported. But he did not disavow it.

"I don't control what my supporters say," he said. "If people have concerns about Abigail's ability to win in November, that's a legitimate conversation to have."

The exchange has alarmed some Republican officials who had hoped to avoid an expensive primary. Two senior party officials, who requested anonymity to discuss internal deliberations, said the state party chairman had been urging both camps for weeks to tone it down.

"Every dollar they spend on each other is a dollar we don't have in October," one of the officials said. The other described the mood among donors as "somewhere between annoyed and furious."

The state party chairman, Douglas Verhoeven, said in a brief interview that he was staying neutral and that "the voters will sort this out." Asked whether he had spoken to either candidate about the memo, he said: "I talk to both of them all the time. I'm not going to get into the specifics."

Democrats, who are expected to nominate Rep. Camille Fortescue of Ann Arbor, have watched with evident satisfaction. Fortescue's campaign sent supporters a fundraising email Thursday that reproduced the memo at length.

Thorsby herself has largely stayed above the fray in public. At a town hall in Livonia on Tuesday night, she told about 200 attendees that she was "running against the other party, not my own," but added that she would "not be pushed out of this race by anonymous memos."

The filing deadline for the primary is April 21.""",
        [
            ("unelectable in the suburbs", "Great Lakes Renewal PAC"),
            ("hold their fire", "Great Lakes Renewal PAC"),
            ("Ray Kessler has spent 30", "Colby Vantreese"),
            ("I don't control what my", "Raymond Kessler"),
            ("If people have concerns about", "Raymond Kessler"),
            ("Every dollar they spend on", "senior party official"),
            ("somewhere between annoyed and furious.", "senior party official"),
            ("the voters will sort this", "Douglas Verhoeven"),
            ("I talk to both of", "Douglas Verhoeven"),
            ("running against the other party", "Abigail Thorsby"),
            ("not be pushed out of", "Abigail Thorsby"),
        ],
    ),
    (
        """By Tom Greaves, Courier staff

MERCER COUNTY — A recount in the race for Mercer County clerk confirmed Friday that Republican Sharon Lindgren won by 41 votes, ending a three-week dispute that included a lawsuit, a letter from the state elections director and a tense public meeting in which one county commissioner walked out.

The hand recount, conducted over two days at the county fairgrounds, shifted the margin by three votes from the original canvass. Lindgren finished with 8,114 votes to 8,073 for Democrat Paul Ebersole, who has served as chief deputy clerk for 11 years.

"I said from the beginning that I would respect the outcome of a fair count, and this was a fair count," Ebersole said in a statement Friday afternoon. "I congratulate Sharon and wish her well."

Lindgren, reached at her home, said she was "relieved, mostly," and that she planned to meet with Ebersole next week about the transition.

"Paul knows that office better than anybody," she said. "I'd be foolish not to ask for his help."

The recount was triggered automatically under state law because the initial margin was less than one-quarter of 1 percent. But the process became contentious after a group of Ebersole supporters filed suit seeking to have 212 mail ballots — rejected for signature mismatches — reviewed again. A district judge dismissed the suit Oct. 30.

Days later, state Elections Director Marguerite Sandoval sent a letter to the county board of elections reminding members that the recount must follow "the same standards applied during the original canvass, without exception." The letter, obtained by the Courier through a public records request, also warned that any deviation could "expose the county to further litigation."

At a board meeting Monday, Commissioner Leonard Fisk, a Democrat, left the room after the board voted 2-1 against reviewing the rejected ballots. Before leaving, he told the other commissioners they were "hiding behind a technicality."

Board Chairwoman Ruth Abernathy, a Republican, said afterward that the board had no authority to do what Fisk wanted. "We follow the law," she said. "We don't get to invent new rules because we don't like a result."

Fisk did not return calls seeking comment Friday.

Lindgren will take office Jan. 2. The clerk's office oversees elections, marriage licenses and property records and has 23 employees.""",
        [
            ("I said from the beginning", "Paul Ebersole"),
            ("I congratulate Sharon and wish", "Paul Ebersole"),
            ("relieved, mostly,", "Sharon Lindgren"),
            ("Paul knows that office better", "Sharon Lindgren"),
            ("I'd be foolish not to", "Sharon Lindgren"),
            ("the same standards applied during", "Marguerite Sandoval"),
            ("expose the county to further", "Marguerite Sandoval"),
            ("hiding behind a technicality.", "Leonard Fisk"),
            ("We follow the law,", "Ruth Abernathy"),
            ("We don't get to invent", "Ruth Abernathy"),
        ],
    ),
    (
        """WASHINGTON — Rep. Howard Pemberton, a nine-term Republican who has represented a sprawling district in central Pennsylvania since 2007, announced Monday that he will not seek reelection, becoming the 14th House member this year to head for the exits.

In a letter to constituents posted on his website, Pemberton, 71, said he had made the decision “after a great deal of prayer and many long conversations with my family.”

“Serving the people of this district has been the honor of my life,” he wrote. “But there is a season for everything, and I believe it is time for someone new to carry this work forward.”

Pemberton, who chairs a House Appropriations subcommittee overseeing agriculture spending, did not mention the increasingly bitter partisan atmosphere in Washington. But in a brief interview outside the Capitol on Monday afternoon, he acknowledged that the job had changed.

“It’s louder than it used to be,” he said. “I don’t think that’s a secret to anybody.”

The district is considered safely Republican, and several potential successors were already making calls within hours of the announcement. State Sen. Kristen Albrighton of Altoona said in a post on social media that she was “seriously considering” a run and would decide “in the coming weeks.”

Others mentioned as possible candidates include Centre County Commissioner Bruce Tollefsen and Marcus Deveraux, a former aide to Pemberton who now runs a lobbying firm in Harrisburg.

The National Republican Congressional Committee said in a statement that it was “confident this seat will remain in Republican hands” and thanked Pemberton for “decades of service to Pennsylvania.”

Democrats have not seriously contested the district in more than a decade. A spokesman for the Democratic Congressional Campaign Committee, asked whether the party would target the open seat, said it would “look at every opportunity” but declined to elaborate.

Pemberton’s departure will leave a hole on the Appropriations Committee, where he was known as a dealmaker willing to work across the aisle on farm programs. Rep. Lucille Marchetti, a Democrat from Ohio who serves on the same subcommittee, called him “one of the last of a dying breed.”

“Howard and I disagreed on plenty,” she said. “But he always returned my calls, and he never once lied to me. That counts for a lot around here.”

Pemberton said he intends to serve out the remainder of his term, which ends in January 2027. Asked what he planned to do next, he smiled.

“Fish,” he said. “A lot.”""",
        [
            ("after a great deal of", "Howard Pemberton"),
            ("Serving the people of this", "Howard Pemberton"),
            ("But there is a season", "Howard Pemberton"),
            ("It’s louder than it used", "Howard Pemberton"),
            ("I don’t think that’s a", "Howard Pemberton"),
            ("seriously considering", "Kristen Albrighton"),
            ("in the coming weeks.", "Kristen Albrighton"),
            ("confident this seat will remain", "National Republican Congressional Committee"),
            ("decades of service to Pennsylvania.", "National Republican Congressional Committee"),
            ("look at every opportunity", "spokesman for the Democratic Congressional Campaign Committee"),
            ("one of the last of", "Lucille Marchetti"),
            ("Howard and I disagreed on", "Lucille Marchetti"),
            ("But he always returned my", "Lucille Marchetti"),
            ("Fish,", "Howard Pemberton"),
            ("A lot.", "Howard Pemberton"),
        ],
    ),
    (
        """By Simon Achterberg

ALBANY — A New York State Assembly ethics panel concluded on Thursday that Assemblyman Victor Szalay, a Queens Democrat, improperly used his legislative staff to run a private consulting business, and recommended that he be stripped of his committee chairmanship and fined $25,000.

The 46-page report by the Assembly Committee on Legislative Conduct found that at least three members of Mr. Szalay's district office staff had done work for his firm, Szalay Strategic Advisors, during state business hours, and that Mr. Szalay had "knowingly directed" some of that work.

"The evidence shows a sustained pattern, not an isolated lapse," the committee wrote. "Staff members described being asked to draft client materials, schedule meetings and answer the firm's telephone line from the district office.

"Several said they did not feel free to refuse."

Mr. Szalay, who has represented his Astoria district since 2013, denied wrongdoing in a statement issued through his lawyer, Harriet Wojcik. He called the findings "a politically motivated hit job" and said he would appeal to the full Assembly.

"Victor has never asked anyone on his staff to do anything improper," Ms. Wojcik said in a telephone interview. "The committee took the word of two disgruntled former employees and built a case around it."

The Assembly speaker, Bernard Castellane, said in a statement that he had "full confidence in the committee's work" and that he would act on its recommendations "promptly."

Good-government groups said the penalties did not go far enough. "A fine and a lost chairmanship is a slap on the wrist for what amounts to using taxpayer money to build a private business," said Eleanor Matsuda-Brandt, executive director of Citizens for an Accountable Albany. She said her group would ask the state inspector general to open a separate inquiry.

The report was prompted by a complaint filed last year by a former scheduler in Mr. Szalay's office, Dominic Ferrante, who told the committee that he had been "expected to do both jobs, and nobody pretended otherwise." Mr. Ferrante, reached on Thursday, said he felt "vindicated, but not happy about it."

Republicans, who are in the minority in the Assembly, called for Mr. Szalay's resignation. The minority leader, Gerald Whitford, said in a statement that "no other New Yorker would keep their job after a finding like this."

Mr. Szalay is up for re-election this year. He faces a primary challenge from Nadia Ruskin, a tenant organizer, who said on Thursday: "People in this district deserve someone who works for them full time."

The primary is June 23.""",
        [
            ("knowingly directed", "Assembly Committee on Legislative Conduct"),
            ("The evidence shows a sustained", "Assembly Committee on Legislative Conduct"),
            ("Staff members described being asked", "Assembly Committee on Legislative Conduct"),
            ("Several said they did not", "Assembly Committee on Legislative Conduct"),
            ("a politically motivated hit job", "Victor Szalay"),
            ("Victor has never asked anyone", "Harriet Wojcik"),
            ("The committee took the word", "Harriet Wojcik"),
            ("full confidence in the committee's", "Bernard Castellane"),
            ("promptly.", "Bernard Castellane"),
            ("A fine and a lost", "Eleanor Matsuda-Brandt"),
            ("expected to do both jobs", "Dominic Ferrante"),
            ("vindicated, but not happy about", "Dominic Ferrante"),
            ("no other New Yorker would", "Gerald Whitford"),
            ("People in this district deserve", "Nadia Ruskin"),
        ],
    ),
]
