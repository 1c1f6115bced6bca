CASES = [
    (
        """Council seat decided by drawing lots after three recounts

A council seat in Lincolnshire has been decided by drawing lots after two candidates finished with exactly the same number of votes following three recounts.

Labour's Sandra Pellow and Conservative Graham Thewlis each received 842 votes in the Marsh Chapel ward of Fendale District Council.

The returning officer, Alison Brackenbury, ordered three recounts at Wrayford Leisure Centre before ruling that the result would be settled by lot, as election law requires.

Each candidate wrote their name on a slip of paper, which was placed in an empty ballot box, and Ms Brackenbury drew out Mr Thewlis's name shortly after 04:00 BST.

"I have never seen anything like it in 30 years of doing this job," she told the BBC. "We checked every bundle by hand and the figures simply would not move."

Mr Thewlis said he felt "a mixture of relief and embarrassment" at winning in such a way.

"Sandra fought an excellent campaign and she deserved better than to lose on the luck of the draw," he said.

"I'll be knocking on doors again on Monday morning, because half of this ward didn't vote for me and I need to earn their trust."

Ms Pellow said she was "gutted" but accepted the outcome.

"You can't argue with a piece of paper coming out of a box," she said. "What I would say to anyone who stayed at home on Thursday is that your vote really does count."

The result means the Conservatives hold 19 of the council's 39 seats, one short of an overall majority.

Labour group leader Martin Oyelaran said his party would "look carefully" at whether any ballot papers had been wrongly rejected during the count.

Seven papers were set aside as spoilt, according to the council. Two had been marked for both candidates and one contained a drawing of a cat, an election agent at the count said.

A spokesperson for Fendale District Council said: "The count was carried out in accordance with the Representation of the People Act, and both candidates and their agents were present throughout.

"Drawing lots is the procedure set out in law where there is an equality of votes, and it was followed correctly."

Ties are rare in parliamentary contests but happen occasionally in local elections, where some wards have fewer than 2,000 voters.

Council leader Richard Amesbury, whose Conservative group will now seek the support of two independent councillors to govern, described the night as "nerve-racking from start to finish".

Turnout in the ward was 31%, slightly down on the last election four years ago.""",
        [
            ("I have never seen anything", "Alison Brackenbury"),
            ("We checked every bundle by", "Alison Brackenbury"),
            ("a mixture of relief and", "Graham Thewlis"),
            ("Sandra fought an excellent campaign", "Graham Thewlis"),
            ("I'll be knocking on doors", "Graham Thewlis"),
            ("gutted", "Sandra Pellow"),
            ("You can't argue with a", "Sandra Pellow"),
            ("What I would say to", "Sandra Pellow"),
            ("look carefully", "Martin Oyelaran"),
            ("The count was carried out", "spokesperson"),
            ("Drawing lots is the procedure", "spokesperson"),
            ("nerve-racking from start to finish", "Richard Amesbury"),
        ],
    ),
    (
        """Greens take control of Harfield as council leader loses his seat

Rachel Okafor

The leader of Harfield borough council has lost his own seat by 61 votes, as the Green party swept to an overall majority on a local authority it had never previously run.

Peter Vosper, who had led the Liberal Democrat administration in the Somerset market town for seven years, was defeated in Orchard Vale ward by the Green candidate Niamh Calloway, a 29-year-old primary school teacher.

Speaking after the declaration in the early hours of Friday, Vosper said: “The voters have spoken and I respect that. I’m proud of what we did in this town – we kept the leisure centre open when everyone said it would close, and we built the first council homes here in a generation.”

He added that he would not stand for the group leadership again, saying it was “time for someone else to pick up the baton”.

The Greens won 24 of the council’s 41 seats, up from nine, on a turnout of 38%. The Lib Dems fell to 11 and the Conservatives to four, with two independents making up the remainder.

Calloway, who was elected at her first attempt, said the result showed that people in Harfield “want a council that takes the climate seriously and that listens to them on housing”.

“I knocked on about 3,000 doors and the thing people talked about most wasn’t the environment, it was the buses,” she said. “People are stuck. Young people can’t get to college, older people can’t get to the hospital.”

The party’s “Buses for Harfield” petition gathered more than 5,000 signatures during the campaign.

The Green group leader, Tobias Ferrand, who is expected to become leader of the council at its annual meeting later this month, said his party had been “trusted with something precious”.

“We are not going to pretend that we can fix everything overnight,” Ferrand told the Guardian. “The council has a budget gap of £4.2m next year and that is the reality we walk into on Monday.”

A Green party spokesperson said the result was “further proof that we are now a party of government in local areas”, pointing to gains in several other district councils across the south-west.

The mood among Liberal Democrats was bleak. One senior Liberal Democrat in the south-west said the party had “taken Harfield for granted”, adding: “We stopped talking to people between elections, and they noticed.”

The count at the Harfield Pavilion was delayed by almost two hours after ballot boxes from two rural polling stations arrived late, the returning officer, Dawn Kesterton, confirmed.

“One of our vehicles had a flat tyre on the A39 – it was as simple as that,” she said. “No ballots were at any point out of the sight of our staff, and the candidates’ agents were informed straight away.”

The new administration is due to be confirmed at a full council meeting on 21 May.""",
        [
            ("The voters have spoken and", "Peter Vosper"),
            ("time for someone else to", "Peter Vosper"),
            ("want a council that takes", "Niamh Calloway"),
            ("I knocked on about 3,000", "Niamh Calloway"),
            ("People are stuck. Young people", "Niamh Calloway"),
            ("trusted with something precious", "Tobias Ferrand"),
            ("We are not going to", "Tobias Ferrand"),
            ("The council has a budget", "Tobias Ferrand"),
            ("further proof that we are", "spokesperson"),
            ("taken Harfield for granted", "senior Liberal Democrat in the south-west"),
            ("We stopped talking to people", "senior Liberal Democrat in the south-west"),
            ("One of our vehicles had", "Dawn Kesterton"),
            ("No ballots were at any", "Dawn Kesterton"),
        ],
    ),
    (
        """SNP win Glenmuir by-election after seven-stage count

By Kirsty Ballantyne

The SNP has won a council by-election in Ayrshire after a marathon count that went to seven stages before any candidate reached the quota.

Fiona MacIver was elected to East Carrick Council for the Glenmuir and Dalrannoch ward in the early hours of Friday, overtaking Labour on transfers from Green and Liberal Democrat voters.

Labour's Derek Gilmour led on first preferences with 1,203 votes to Ms MacIver's 1,147, but the gap closed steadily as lower-placed candidates were eliminated and their votes redistributed under the single transferable vote system.

Turnout was 27.4 per cent, and the quota was set at 1,412.

"It's been a long day and an even longer night, but the people of Glenmuir have put their faith in me and I won't let them down," said Ms MacIver, 41, a former care worker.

She added: "The count showed just how close this was. Every single transfer mattered, and I want to thank those who gave me their second and third preferences."

Mr Gilmour said he was "disappointed but not downhearted".

"We topped the poll on first preferences for the first time in this ward since 2007," he said. "That tells you where the momentum is going into the Holyrood election."

The by-election was called after the death in February of the ward's long-serving independent councillor, Jim Paterson.

A fault with one of the scanners at the Dalrannoch Community Campus meant that around 600 ballot papers had to be rescanned, according to council officials, delaying the first-stage result by more than two hours.

An election agent for one of the candidates, who asked not to be named, said the count had been "painfully slow".

"We were sat there watching the screens for three hours with nothing changing," the agent said. "Nobody is suggesting anything was wrong with the result, but it wasn't a great advert for e-counting."

In a statement, returning officer Morag Lennie said: "I would like to thank the count staff, who worked through the night with great care and professionalism. The result was verified at every stage and all candidates were content with the process."

The Scottish Conservative candidate, Alan Rennie, finished fourth. A Scottish Conservative spokesman said the party's vote had "held up well in difficult circumstances".

The result leaves the SNP as the largest group on East Carrick Council with 14 of its 32 seats, although the authority will continue to be run by a Labour and independent coalition.

Council leader Stewart Maclean said the coalition remained "solid" and would carry on with its budget plans.""",
        [
            ("It's been a long day", "Fiona MacIver"),
            ("The count showed just how", "Fiona MacIver"),
            ("disappointed but not downhearted", "Derek Gilmour"),
            ("We topped the poll on", "Derek Gilmour"),
            ("That tells you where the", "Derek Gilmour"),
            ("painfully slow", "election agent for one of the candidates"),
            ("We were sat there watching", "election agent for one of the candidates"),
            ("Nobody is suggesting anything was", "election agent for one of the candidates"),
            ("I would like to thank", "Morag Lennie"),
            ("held up well in difficult", "spokesman"),
            ("solid", "Stewart Maclean"),
        ],
    ),
    (
        """Plaid Cymru and independents strike deal to run Cwmderwen council after election stalemate

By Owain Pritchard, Local Democracy Reporter

Plaid Cymru and a group of independent councillors have agreed a deal to run Cwmderwen County Borough Council, ending almost a fortnight of uncertainty after May's local elections left no party with a majority.

Labour, which had controlled the authority since 2012, lost 11 seats and finished with 22 of the council's 54 seats. Plaid Cymru won 17, independents 12 and the Conservatives three.

Under the agreement, Plaid group leader Cllr Elin Rhydderch will become leader of the council, with the independent group leader Cllr Gareth Prosser as her deputy. The two groups will share the ten cabinet posts equally.

Cllr Rhydderch said: "This is a partnership built on trust, and on a shared determination to do right by the people of this county borough.

"People in the valleys told us very clearly on polling day that they wanted change, and they wanted politicians to work together rather than squabble.

"We don't agree on everything, and we've been honest with each other about that. But on the things that matter most – schools, social care and fixing the roads – there is far more that unites us than divides us."

Cllr Prosser said the independents had "not signed a blank cheque".

"If we feel the administration is going in the wrong direction, we will say so, in public and in the council chamber," he added.

In a statement, the Cwmderwen Labour group said: "We congratulate the new administration and wish them well. Labour will be a constructive but robust opposition, and we will hold them to every promise they have made."

Outgoing council leader Cllr Huw Jenkins-Baird told the Local Democracy Reporting Service he would remain as Labour group leader.

"I'm not going anywhere," he said. "We've had a bad night, but Labour in this county has been through worse than this and come back stronger."

The election was overshadowed by problems at the count at Cwmderwen Leisure Centre, where a bundle of 212 postal votes for the Abercoed ward was initially left out of the totals.

The council said in a statement: "An administrative error meant that one bundle of postal votes was not included in the initial count for Abercoed. This was identified before the declaration and the result of the election was not affected."

Abercoed candidate Rhian Bevan, who was elected for Plaid Cymru by 38 votes, said she had been "shocked" when the missing papers were discovered.

"For about twenty minutes none of us knew what the real result was," she said.

The new cabinet is expected to be confirmed at the council's annual general meeting next Thursday.""",
        [
            ("This is a partnership built", "Elin Rhydderch"),
            ("People in the valleys told", "Elin Rhydderch"),
            ("We don't agree on everything", "Elin Rhydderch"),
            ("not signed a blank cheque", "Gareth Prosser"),
            ("If we feel the administration", "Gareth Prosser"),
            ("We congratulate the new administration", "Cwmderwen Labour group"),
            ("I'm not going anywhere", "Huw Jenkins-Baird"),
            ("We've had a bad night", "Huw Jenkins-Baird"),
            ("An administrative error meant that", "Cwmderwen County Borough Council"),
            ("shocked", "Rhian Bevan"),
            ("For about twenty minutes none", "Rhian Bevan"),
        ],
    ),
    (
        """Recount hands seat to Tory after bundle of votes put on wrong pile

By Tom Hadley

A candidate who had been told she was on course to win a seat on Wychbourne District Council lost it after a recount found a bundle of 50 votes had been placed on the wrong pile.

Provisional figures shared with candidates and agents at the count at the Riverside Centre in Brantwich showed Green candidate Liz Carmody 27 votes ahead of Conservative Nigel Haworth in the St Aldhelm's ward.

But Mr Haworth's agent asked for a recount, which revealed that a bundle of 50 ballot papers marked for Mr Haworth had been counted among Ms Carmody's. He was declared the winner by 23 votes shortly before 2am on Friday.

Mr Haworth said: 'I had more or less written my concession speech. My agent just had a feeling something wasn't right with the totals, and thank goodness he did.'

Ms Carmody said she was 'obviously devastated' but did not blame the count staff.

'These are people working at one in the morning after a long day, and mistakes can happen,' she said.

'The system worked, in the end. It's just a shame it worked against me.'

One count assistant, who did not want to be named, said: 'Everyone was mortified. You could have heard a pin drop when they found it.'

Deputy returning officer Kevin Stainrod said: 'Checking and rechecking is exactly what recounts are for. Once the error was spotted, every bundle in that ward was verified again in front of the candidates and agents, and we are confident the declared result is correct.'

A council spokesman said the authority would 'review its procedures' ahead of next year's elections to Worcestershire County Council.

The Conservatives gained three seats across the district and now hold 27 of the 45 seats on the council. The Greens increased their number of councillors from four to seven, while the Liberal Democrats lost two.

Council leader Cllr Jane Ashdown said it had been 'a good night for us across the district', adding that voters had backed the council's record on keeping council tax low.

Green group leader Cllr Imran Qureshi said the party could be 'proud of a record result' despite the disappointment in St Aldhelm's.

'Liz ran a brilliant campaign and I have no doubt she'll be back,' he said.

Turnout across the district was 33.8 per cent, down from 36.1 per cent at the last election.""",
        [
            ("I had more or less", "Nigel Haworth"),
            ("obviously devastated", "Liz Carmody"),
            ("These are people working at", "Liz Carmody"),
            ("The system worked, in the", "Liz Carmody"),
            ("Everyone was mortified. You could", "count assistant"),
            ("Checking and rechecking is exactly", "Kevin Stainrod"),
            ("review its procedures", "spokesman"),
            ("a good night for us", "Jane Ashdown"),
            ("proud of a record result", "Imran Qureshi"),
            ("Liz ran a brilliant campaign", "Imran Qureshi"),
        ],
    ),
    (
        """Returning officer apologises after polling station opens 90 minutes late

A returning officer has apologised after voters were turned away from a polling station that opened more than an hour and a half late on local election day.

Staff failed to arrive at St Cuthbert's Church Hall in Redbarrow, Cumbria, on Thursday morning, leaving dozens of people queueing outside in the rain before the doors opened at 8.34am.

Polls across England opened at 7am for elections to councils and mayoralties.

Christopher Mallaby, returning officer for Westmere District Council, said: "I would like to offer my sincere apologies to every voter who was inconvenienced this morning.

"A member of staff was taken ill overnight and, regrettably, the arrangements for a replacement did not work as they should have."

He said there was "no evidence" that anyone who returned later in the day had been unable to vote, and that polls closed at 10pm as normal.

Independent candidate Margaret Dunstall, who is defending her seat in the Redbarrow North ward, said: "This is a disgrace. I spoke to an elderly couple who had walked up the hill on sticks, and they were told to come back later. They're not going to do that twice."

Voter Ryan Telford, 34, said he had been forced to leave for work without casting his ballot.

"I turned up at seven, like I always do, and the doors were locked with nobody around," he told the PA news agency. "I'm on shifts until ten, so that was my vote gone."

Labour's candidate for the ward, Asif Rahman, said he would write to the council's chief executive to ask for "a full explanation" of what went wrong.

A spokeswoman for the Local Election Officers' Network said recruiting polling station staff had become "increasingly difficult" in recent years.

"Poll clerks are paid modest fees for what is a 16-hour day, and many of the people who have done this for decades are now retiring," she said.

Westmere District Council said in a statement that it would carry out a review and publish its findings.

Election law does not allow polling hours to be extended to make up for a late opening, and a result can only be overturned by an election court if it is shown that the irregularity affected the outcome.

The result in Redbarrow North, declared on Friday afternoon, saw Mrs Dunstall hold the seat with a majority of 212 over Mr Rahman.

She said afterwards that she was "delighted but still angry" about the morning's events.""",
        [
            ("I would like to offer", "Christopher Mallaby"),
            ("A member of staff was", "Christopher Mallaby"),
            ("no evidence", "Christopher Mallaby"),
            ("This is a disgrace. I spoke", "Margaret Dunstall"),
            ("I turned up at seven", "Ryan Telford"),
            ("I'm on shifts until ten", "Ryan Telford"),
            ("a full explanation", "Asif Rahman"),
            ("increasingly difficult", "spokeswoman"),
            ("Poll clerks are paid modest", "spokeswoman"),
            ("delighted but still angry", "Margaret Dunstall"),
        ],
    ),
    (
        """Suspended candidate stays on ballot paper in Strathdorran by-election

Voters in a Highland Council by-election will see a suspended candidate's name and party description on their ballot papers next week, because he was disowned by his party too late to be removed.

Alasdair Kerr-Munro is listed as the Scottish Liberal Democrat candidate for the Strathdorran and Lochside ward, but was suspended by the party on Monday after a series of old social media posts came to light.

The deadline for candidates to withdraw passed last month.

“Once the deadline for withdrawals has passed, there is no legal mechanism to remove a candidate’s name or description from the ballot paper,” said depute returning officer Catriona Fraser. “Any votes cast for him will be counted in the normal way.”

A spokeswoman for the Scottish Liberal Democrats said: “Mr Kerr-Munro has been suspended pending an investigation and does not have the party’s support. If he is elected, he will not sit as a Liberal Democrat councillor.”

Contacted by The Press and Journal, Mr Kerr-Munro said the posts had been “taken out of context” and that he intended to “carry on campaigning regardless”.

“I’ve lived in Strathdorran all my life and people here know who I am,” he said. “They’ll judge me on that, not on something somebody dug up from 2014.”

The SNP candidate, Morven Baillie, said voters were “entitled to be baffled”.

“People will go into the polling station, see a party logo next to a name and assume that means something,” she said. “The least the Lib Dems can do is make sure every household knows the facts.”

One party activist in the area, who asked not to be identified, said members were “furious” about the timing of the suspension, claiming concerns had been raised with the party “weeks ago”.

The by-election, which takes place next Thursday, was triggered by the resignation of independent councillor Hamish Urquhart, who moved to Aberdeen for work.

Five candidates are standing, including representatives of the Scottish Conservatives, Scottish Labour and the Scottish Greens. Voters rank candidates in order of preference, and the count will take place at the Strathdorran Leisure Centre on Friday morning.

Donald MacAskill, chairman of Strathdorran Community Council, said the row had not dominated conversation in the area.

“Folk are more worried about the ferry timetable and the state of the B-road than about who said what on Facebook ten years ago,” he said.

Turnout at the last Highland Council by-election in the area was just under 30 per cent.""",
        [
            ("Once the deadline for withdrawals", "Catriona Fraser"),
            ("Any votes cast for him", "Catriona Fraser"),
            ("Mr Kerr-Munro has been suspended", "spokeswoman"),
            ("taken out of context", "Alasdair Kerr-Munro"),
            ("carry on campaigning regardless", "Alasdair Kerr-Munro"),
            ("I’ve lived in Strathdorran all", "Alasdair Kerr-Munro"),
            ("They’ll judge me on that", "Alasdair Kerr-Munro"),
            ("entitled to be baffled", "Morven Baillie"),
            ("People will go into the", "Morven Baillie"),
            ("The least the Lib Dems", "Morven Baillie"),
            ("furious", "party activist in the area"),
            ("weeks ago", "party activist in the area"),
            ("Folk are more worried about", "Donald MacAskill"),
        ],
    ),
    (
        """Defeated councillor launches legal challenge after losing seat by two votes

A former councillor has launched a legal challenge against the result of a local election in West Yorkshire which she lost by two votes after a recount.

Janet Ollerenshaw, who represented the Mill Bank ward on Calderfold Metropolitan Borough Council for the Liberal Democrats for 12 years, has lodged an election petition at the High Court arguing that at least five ballot papers were wrongly rejected.

Labour's Daniel Hirst won the seat by 1,486 votes to 1,484 after two recounts at the Calderfold Victoria Hall count last month.

The petition centres on ballot papers that were marked with a tick or a name rather than a cross. Such papers, known at counts as "doubtfuls", are adjudicated by the returning officer in front of candidates and agents.

In a statement issued through her solicitors, Mrs Ollerenshaw said: "I have not taken this decision lightly. Going to court is expensive and stressful, and I would much rather be out in Mill Bank helping residents.

"But when an election is decided by two votes, every ballot paper matters, and I believe some people who clearly expressed a preference had their votes thrown out."

Coun Hirst said he was "confident" that the result would stand.

"The recounts were done properly, in front of everyone, and every doubtful paper was shown to both agents," he said. "I'm getting on with the job I was elected to do."

Calderfold Council said it would "not be appropriate to comment on ongoing legal proceedings", but added that the count had been "conducted in line with the law and guidance".

A Labour source in Calderfold described the challenge as "sour grapes" and said the party was confident of its case.

Council leader Coun Tariq Mahmood said: "Mill Bank residents deserve a councillor who can get on with representing them without a cloud hanging over the result. I hope this is resolved quickly."

Election petitions are heard by an election court, usually presided over by a senior barrister sitting as a commissioner, which can declare a different candidate elected or order the election to be re-run.

Dr Hannah Sowerby, who teaches electoral law at the University of West Riding, said such challenges were uncommon.

"Petitions over rejected ballots are rare, and successful ones rarer still," she said. "But the courts have been willing to look again at papers where the voter's intention is clear, even if they haven't used a cross."

A preliminary hearing is expected to take place in Leeds in the autumn. Mrs Ollerenshaw has said she will stand again in Mill Bank if the election is re-run.""",
        [
            ("I have not taken this", "Janet Ollerenshaw"),
            ("But when an election is", "Janet Ollerenshaw"),
            ("confident", "Daniel Hirst"),
            ("The recounts were done properly", "Daniel Hirst"),
            ("I'm getting on with the", "Daniel Hirst"),
            ("not be appropriate to comment", "Calderfold Metropolitan Borough Council"),
            ("conducted in line with the", "Calderfold Metropolitan Borough Council"),
            ("sour grapes", "Labour source in Calderfold"),
            ("Mill Bank residents deserve a", "Tariq Mahmood"),
            ("Petitions over rejected ballots are", "Hannah Sowerby"),
            ("But the courts have been", "Hannah Sowerby"),
        ],
    ),
]
