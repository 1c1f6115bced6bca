CASES = [
    (
        """‘We are not taking a single vote for granted’: Labour eyes upset in Harrowfield by-election

Pippa Langridge Political correspondent
Thu 14 Mar 2024 18.02 GMT

Labour believes it is within striking distance of overturning a Conservative majority of more than 11,000 in the Harrowfield and Denby by-election, with party officials privately describing the contest as “closer than anyone expected a month ago”.

The seat, in the Trent valley, was vacated last month when the Conservative MP Gerald Ashworth-Pike stood down after 19 years to take up a role with a defence consultancy. Voters go to the polls on 4 April.

Labour’s candidate, Sunita Rehal, a former headteacher and county councillor, told the Guardian the party was campaigning “street by street” in wards that had not returned a Labour councillor since the 1990s.

“We are not taking a single vote for granted,” she said. “People here tell me the same thing on every doorstep: they are paying more for everything and getting less back. The GP surgery in Denby has been closed on Wednesdays since the autumn. That is not a national talking point, it is people’s lives.”

The Conservative candidate, Tom Everleigh, who runs a haulage firm in the constituency, dismissed talk of an upset. “Labour have been flooding the place with activists bussed in from London, but the people I speak to want someone who actually lives here,” he said. “I’ve lived here all my life.”

A Conservative source said internal canvass returns were “steady rather than spectacular” but insisted the party would hold on. “Turnout is everything in a by-election, and our voters turn out,” the source added.

Reform UK, whose candidate Darren Mullery took 9% at the last general election, is hoping to capitalise on anger over the closure of the Denby glassworks, which cost 340 jobs last year. Mullery said the town had been “let down by both of them, for decades”.

A poll of 512 voters by the consultancy Fieldline Research, published on Thursday, put the Conservatives on 36%, Labour on 33% and Reform on 17%, with the Liberal Democrats on 8%. The margin of error was about four points.

Prof Helen Caird, who studies by-elections at Loxley University, said the figures should be treated with caution. “Constituency polls have a patchy record, and by-elections are notoriously hard to model because turnout can fall below 40%,” she said.

“But if the numbers are anywhere near right, this would be one of the larger swings we’ve seen in a Conservative-held seat outside the south of England.”

A Labour spokesperson said: “Sunita is the only candidate who can beat the Conservatives here. A vote for anyone else risks letting them back in.”

The Liberal Democrats, who hold several council seats in the constituency’s rural north, said they would “fight for every vote” but have not yet sent senior figures to campaign there.""",
        [
            ("We are not taking a", "Sunita Rehal"),
            ("closer than anyone expected a", "party officials"),
            ("street by street", "Sunita Rehal"),
            ("We are not taking a", "Sunita Rehal"),
            ("People here tell me the", "Sunita Rehal"),
            ("Labour have been flooding the", "Tom Everleigh"),
            ("I’ve lived here all my", "Tom Everleigh"),
            ("steady rather than spectacular", "Conservative source"),
            ("Turnout is everything in a", "Conservative source"),
            ("let down by both of", "Darren Mullery"),
            ("Constituency polls have a patchy", "Helen Caird"),
            ("But if the numbers are", "Helen Caird"),
            ("Sunita is the only candidate", "spokesperson"),
            ("fight for every vote", "Liberal Democrats"),
        ],
    ),
    (
        """Water watchdog chief grilled by MPs over uncollected sewage fines

By Owen Tredwell
Political reporter, BBC News

The head of the body that polices water companies in England and Wales has been accused by MPs of being "asleep at the wheel" after admitting that less than a fifth of fines imposed on firms since 2020 had been collected.

Dame Caroline Fenwick, chief executive of the Water Standards Authority (WSA), appeared before the Environment, Food and Rural Affairs Committee on Tuesday.

Committee chairman Sir Roger Maltby told her the figures were "frankly astonishing".

"Families in my constituency have watched raw sewage go into the river at the bottom of their gardens for three summers running," he said. "They have been told the companies responsible would pay. It now turns out that, for the most part, they haven't."

Dame Caroline said the authority had been hampered by legal challenges from companies and by a shortage of specialist staff.

"We have 14 enforcement cases currently tied up in appeals," she told the committee. "I share the frustration of members, but I cannot collect a penalty that a court has suspended."

She added that the authority had asked the government for powers to require firms to pay fines while appeals were under way.

Labour MP Janet Okafor-Reid, a member of the committee, asked whether the regulator had become "too cosy" with the firms it oversees, pointing out that three of its senior directors had previously worked for water companies.

"I reject that characterisation," Dame Caroline replied. "Experience of the industry is not the same as being captured by it."

Liberal Democrat MP Andrew Pascoe said the watchdog had been "asleep at the wheel" for years and called for it to be replaced by a new body with powers to block executive bonuses.

Figures released to the committee show the WSA has issued penalties totalling £212m since 2020, of which £39m has been paid.

In a statement, the Water Companies Association, which represents suppliers in England and Wales, said its members were "investing record sums" in storm overflows and treatment works.

"Companies accept that performance has not been good enough and are committed to paying what they owe once the legal process has run its course," it said.

A spokesman for the Department for Environment, Food and Rural Affairs said the government would "set out further measures" to strengthen regulation in the spring.

"Nobody should be in any doubt that polluters will pay," he added.

The committee is expected to publish a report on the regulator's performance later this year.""",
        [
            ("asleep at the wheel", "Andrew Pascoe"),
            ("frankly astonishing", "Roger Maltby"),
            ("Families in my constituency have", "Roger Maltby"),
            ("They have been told the", "Roger Maltby"),
            ("We have 14 enforcement cases", "Caroline Fenwick"),
            ("I share the frustration of", "Caroline Fenwick"),
            ("too cosy", "Janet Okafor-Reid"),
            ("I reject that characterisation,", "Caroline Fenwick"),
            ("Experience of the industry is", "Caroline Fenwick"),
            ("asleep at the wheel", "Andrew Pascoe"),
            ("investing record sums", "Water Companies Association"),
            ("Companies accept that performance has", "Water Companies Association"),
            ("set out further measures", "spokesman"),
            ("Nobody should be in any", "spokesman"),
        ],
    ),
    (
        """MP faces recall petition after standards watchdog finds he lobbied for paymaster

By Harriet Colebrook, Political Correspondent

A Labour MP faces the prospect of a by-election after the Commons standards committee recommended he be suspended for 14 sitting days for lobbying ministers on behalf of a company that had paid him £18,000.

Kieran Stoddart, the MP for Calderbrook North, was found by the Parliamentary Commissioner for Standards, Margaret Ellery, to have made “repeated and deliberate” approaches to ministers and officials on behalf of Hestia Modular Homes, a housebuilder that employed him as a paid adviser until shortly before the last election.

In a report published on Tuesday, the Committee on Standards said Mr Stoddart had shown “a serious disregard for the rules of the House” and had been “less than frank” with investigators when first approached.

A suspension of 10 sitting days or more triggers a recall petition. If 10 per cent of eligible voters sign within six weeks, the seat is vacated and a by-election is held.

Mr Stoddart, who won the seat with a majority of 2,317, said he accepted the findings “in full” and apologised to his constituents.

“I made a mistake in not declaring my interest properly and I should have known better,” he said in a statement posted on social media. “I have always tried to do what I thought was right for Calderbrook, including pressing the case for the jobs Hestia brings to our area.

“I will not be resigning. I will let my constituents decide.”

The commissioner’s investigation found that Mr Stoddart had sent 11 emails to housing ministers and their officials and had arranged a meeting at the department for Hestia’s chief executive, Paul Dransfield, without disclosing that he had been paid by the firm.

A Labour Party spokesman said: “Kieran Stoddart has had the whip suspended pending the outcome of the recall process. Labour expects the highest standards of all its MPs.”

Jonathan Pellow, the shadow Leader of the House, said: “Labour came to power promising the highest standards in public life. Within a year, one of their own MPs has been caught selling access to ministers.”

Mr Stoddart’s colleagues were less forgiving in private. One Labour MP from a neighbouring seat said: “Everyone knew Kieran was close to Hestia. Nobody thought he’d be this careless about the paperwork.”

Local Conservative and Reform UK activists said they had already begun preparing to campaign for signatures.

Hestia Modular Homes said in a statement that it had “acted in good faith at all times” and had “never sought or received any improper advantage” from its dealings with government.

The Commons is expected to vote on the recommended suspension next week.""",
        [
            ("repeated and deliberate", "Margaret Ellery"),
            ("a serious disregard for the", "Committee on Standards"),
            ("less than frank", "Committee on Standards"),
            ("in full", "Kieran Stoddart"),
            ("I made a mistake in", "Kieran Stoddart"),
            ("I have always tried to", "Kieran Stoddart"),
            ("I will not be resigning.", "Kieran Stoddart"),
            ("Kieran Stoddart has had the", "spokesman"),
            ("Labour came to power promising", "Jonathan Pellow"),
            ("Everyone knew Kieran was close", "Labour MP from a neighbouring seat"),
            ("acted in good faith at", "Hestia Modular Homes"),
            ("never sought or received any", "Hestia Modular Homes"),
        ],
    ),
    (
        """MPs slam £1.2bn benefits IT overhaul as "textbook failure"

A flagship government programme to replace the computer systems used to pay disability benefits has run £410m over budget and is at least three years behind schedule, according to a damning report from MPs.

The Public Accounts Committee said the Department for Work and Pensions had "repeated almost every mistake" identified in earlier failed IT projects, and warned that claimants could face delays to payments if the old system was switched off too early.

In its report, titled "Lessons Not Learned", the cross-party committee said the department had signed contracts before it understood what the new system needed to do, and had relied too heavily on a single supplier, Corvane Systems.

Committee chair Dame Priya Sandhu said the programme was a "textbook failure" of government procurement.

"We have seen this film before, and we know how it ends," she said. "Every few years a department tells us that this time will be different, that the lessons have been learned. And every few years we end up back here, looking at a bill that has ballooned and a system that still doesn't work."

She added that ministers needed to "get a grip" before a planned switchover in 2026.

The report found that the department had changed the programme's senior responsible owner four times in five years, and that a review carried out by its own internal assurance team in 2023 had rated delivery as "red" - meaning successful delivery appeared unachievable.

Conservative committee member Mark Liddiard told PoliticsHome the department had been "marking its own homework" in progress updates given to Parliament.

"The numbers they gave us in the spring bore no resemblance to what their own internal reviewers were saying," he said.

A senior civil servant familiar with the programme said staff had raised concerns "for well over a year" but had been told to stick to the timetable agreed with ministers.

A DWP spokesperson said: "We are determined to deliver a modern, secure system that serves claimants well, and we have already taken action to strengthen oversight of the programme, including appointing a new senior responsible owner.

"We will consider the committee's recommendations carefully and respond in due course."

Corvane Systems said it was "proud of the work" its teams had done and that many of the delays had been caused by "changing requirements" from the department.

Under the committee's recommendations, the DWP must write to MPs within six months setting out a revised budget and a realistic date for switching off the existing system, which is more than 20 years old.""",
        [
            ("textbook failure", "Priya Sandhu"),
            ("repeated almost every mistake", "Public Accounts Committee"),
            ("textbook failure", "Priya Sandhu"),
            ("We have seen this film", "Priya Sandhu"),
            ("Every few years a department", "Priya Sandhu"),
            ("get a grip", "Priya Sandhu"),
            ("marking its own homework", "Mark Liddiard"),
            ("The numbers they gave us", "Mark Liddiard"),
            ("for well over a year", "senior civil servant familiar with the programme"),
            ("We are determined to deliver", "spokesperson"),
            ("We will consider the committee's", "spokesperson"),
            ("proud of the work", "Corvane Systems"),
            ("changing requirements", "Corvane Systems"),
        ],
    ),
    (
        """Lib Dems overturn 14,000 Tory majority in Kessingford by-election

By Daniel Mortlake
Kessingford

The Liberal Democrats have seized the Conservative stronghold of Kessingford and Wyre Vale in a by-election, overturning a majority of 14,206 in a seat the Tories had held for almost a century.

Emma Hatherley, a 41-year-old vet and district councillor, won 18,904 votes to 12,377 for the Conservative candidate, Richard Bowden-Hale, on a turnout of 47 per cent. Reform UK came third, with Labour fourth and losing its deposit.

Speaking at the count in Kessingford leisure centre shortly before 4am, Ms Hatherley said voters had “sent a message that will be heard from here to Westminster”.

“For too long people in this part of the county have been treated as though their votes could be weighed rather than counted,” she said. “Tonight they have shown that nowhere is safe for a party that stops listening.”

Hugh Penrose, the Liberal Democrats’ deputy leader, who visited the constituency 11 times during the campaign, told reporters the result showed the party was “back in the blue wall and here to stay”.

Mr Bowden-Hale conceded defeat in a short speech in which he thanked his volunteers and said he had been “proud to stand”. He left the count without taking questions.

A Conservative spokeswoman said: “By-elections are always difficult, and mid-term results are rarely a guide to a general election. We will listen carefully to what voters in Kessingford have told us.”

But one Conservative MP from a neighbouring constituency described the scale of the defeat as “a five-alarm fire”. “If we can lose Kessingford, we can lose anywhere in the south. The party needs to wake up,” the MP said.

Reform UK’s candidate, Lee Garbutt, a former soldier, said his party’s 19 per cent share was “a foundation to build on”.

Labour said in a statement that the result was “a damning verdict on the Conservatives” and that voters had “lent their support to whoever was best placed to beat them”.

Professor Alan Meddings, an elections analyst at the University of Wessex, said the swing of 21 points from Conservative to Liberal Democrat was “exceptional” though “not unprecedented”.

“What’s striking is not just that the Conservatives lost, but how efficiently the anti-Conservative vote coalesced behind one candidate,” he said. “Labour voters here clearly decided very early that this was a two-horse race.”

Ms Hatherley is expected to take her seat in the Commons next week.""",
        [
            ("sent a message that will", "Emma Hatherley"),
            ("For too long people in", "Emma Hatherley"),
            ("Tonight they have shown that", "Emma Hatherley"),
            ("back in the blue wall", "Hugh Penrose"),
            ("proud to stand", "Richard Bowden-Hale"),
            ("By-elections are always difficult, and", "spokeswoman"),
            ("a five-alarm fire", "Conservative MP from a neighbouring constituency"),
            ("If we can lose Kessingford,", "Conservative MP from a neighbouring constituency"),
            ("a foundation to build on", "Lee Garbutt"),
            ("a damning verdict on the", "Labour"),
            ("lent their support to whoever", "Labour"),
            ("exceptional", "Alan Meddings"),
            ("not unprecedented", "Alan Meddings"),
            ("What’s striking is not just", "Alan Meddings"),
            ("Labour voters here clearly decided", "Alan Meddings"),
        ],
    ),
    (
        """Fury as minister accuses MPs of 'grandstanding' over £2.3billion migrant hotel contracts after damning committee report

By GRAHAM TELFORD, POLITICAL EDITOR

A Home Office minister was accused last night of 'treating Parliament with contempt' after he dismissed a cross-party committee's criticism of asylum hotel contracts as 'grandstanding'.

Immigration minister Neil Brannock hit back after the Home Affairs Committee said taxpayers had been left facing a £2.3billion bill for contracts that were 'poorly designed, poorly managed and poorly scrutinised'.

The report found that three firms - Haldane Accommodation, Brightstay Services and Coastline Property Group - had made combined profits of more than £400million from the deals since 2021.

In a clip posted online, Mr Brannock said: 'With respect, I'm not going to take lectures from a committee that has spent two years grandstanding and not one afternoon coming up with a workable alternative.

'We inherited these contracts. We are getting people out of hotels faster than at any point in the last five years, and the committee knows that.'

Committee chairwoman Lorna McAvoy, a Labour MP, said the minister was 'treating Parliament with contempt'.

'Our report was agreed unanimously, by members of four parties,' she said. 'If the minister has evidence that we got our figures wrong, he is welcome to come and give it to us. So far he has declined three invitations to do so.'

Tory home affairs spokesman Simon Rattray said: 'This is a minister who cannot defend his own record, so he has decided to attack the people asking the questions.'

One Whitehall source said there was 'real irritation' in Downing Street at the minister's remarks.

'He was told to keep his head down and let the report blow over. Instead it's going to lead the news for another day,' the source said.

The committee found that some hotels were charging the taxpayer more than £150 a night per room, and that officials had failed to use break clauses that could have saved hundreds of millions of pounds.

Haldane Accommodation, the largest of the three providers, said it had 'delivered everything the Home Office asked of us, at short notice and in extremely difficult circumstances'.

Brightstay Services and Coastline Property Group did not respond to requests for comment.

A Home Office spokesman said: 'The Government is committed to ending the use of asylum hotels and has already closed more than 100 sites. We will respond to the committee's report in the usual way.'""",
        [
            ("grandstanding", "Neil Brannock"),
            ("treating Parliament with contempt", "Lorna McAvoy"),
            ("grandstanding", "Neil Brannock"),
            ("poorly designed, poorly managed and", "Home Affairs Committee"),
            ("With respect, I'm not going", "Neil Brannock"),
            ("We inherited these contracts. We", "Neil Brannock"),
            ("treating Parliament with contempt", "Lorna McAvoy"),
            ("Our report was agreed unanimously,", "Lorna McAvoy"),
            ("If the minister has evidence", "Lorna McAvoy"),
            ("This is a minister who", "Simon Rattray"),
            ("real irritation", "Whitehall source"),
            ("He was told to keep", "Whitehall source"),
            ("delivered everything the Home Office", "Haldane Accommodation"),
            ("The Government is committed to", "spokesman"),
        ],
    ),
    (
        """Labour members threaten walkout over 'parachuted' by-election candidate

Labour activists in Glanmorfa and Pentre have threatened to refuse to campaign in the upcoming by-election after the party's ruling body picked a London-based adviser as its candidate.

Rhys Pritchard-Evans, 34, a former Treasury special adviser, was confirmed on Monday as the candidate for the seat, which was vacated after the death of veteran MP Glenys Morgan-Bevan in January.

The decision by Labour's National Executive Committee to impose a shortlist of two, neither of whom lives in the constituency, has angered local members, according to a letter seen by Sky News.

The letter, sent on behalf of Glanmorfa and Pentre Constituency Labour Party and signed by 43 members including six councillors, says the process has been "a stitch-up from start to finish" and warns that "the people of this valley will not be taken for granted".

Councillor Bethan Rowlands, who had hoped to make the shortlist, said she was "heartbroken" by the decision.

"I've knocked on doors in this constituency for 20 years," Cllr Rowlands told Sky News. "Glenys was my friend and my mentor. I'm not saying I should have been chosen, but I should have been allowed to put my case to the members. That's all any of us wanted."

Mr Pritchard-Evans, who grew up about 20 miles from the constituency, said he understood the frustration.

"I know there are people who are disappointed and I respect that," he said. "My job now is to earn their trust, and I intend to spend every day between now and polling day doing exactly that."

A Labour Party spokesperson said the selection had followed "the party's normal procedures for by-elections", under which the NEC draws up the shortlist to allow a quick campaign.

"All candidates were assessed fairly and the local party was consulted throughout," the spokesperson said.

Plaid Cymru, which came second in the seat at the general election, has selected local GP Dr Catrin Llywelyn as its candidate. She said Labour's handling of the selection showed the party "thinks it owns this place".

Professor Gareth Ifans, a political scientist at Aberhonddu University, said a divided local party could cost Labour dearly in a low-turnout contest.

"Labour is defending a majority of just under 6,000 here. That sounds comfortable, but turnout in recent Welsh by-elections has dropped below 35%, and an unenthusiastic activist base could make all the difference," he said.

Polling day has not yet been set, but is expected in late March.""",
        [
            ("a stitch-up from start to", "Glanmorfa and Pentre Constituency Labour Party"),
            ("the people of this valley", "Glanmorfa and Pentre Constituency Labour Party"),
            ("heartbroken", "Bethan Rowlands"),
            ("I've knocked on doors in", "Bethan Rowlands"),
            ("Glenys was my friend and", "Bethan Rowlands"),
            ("I know there are people", "Rhys Pritchard-Evans"),
            ("My job now is to", "Rhys Pritchard-Evans"),
            ("the party's normal procedures for", "spokesperson"),
            ("All candidates were assessed fairly", "spokesperson"),
            ("thinks it owns this place", "Catrin Llywelyn"),
            ("Labour is defending a majority", "Gareth Ifans"),
        ],
    ),
    (
        """Northmoor Steel chief tells MPs rescue talks ‘at an impasse’

Anand Chaudhry warns of redundancies within weeks as Treasury balks at £600mn support package

The chief executive of Northmoor Steel has told MPs that talks with the government over a rescue package for its Redcastle plant have reached “an impasse”, raising the prospect that the UK’s second-largest steelmaker could begin redundancies within weeks.

Anand Chaudhry told the Business and Trade select committee on Wednesday that the company needed a decision “by the end of next month at the latest” on £600mn of public support for a switch from blast furnaces to electric arc furnaces.

“We have been in discussions with officials for 18 months,” he said. “I have sat in more meetings than I can count. What I have not had is an answer.”

Rachel Dunmore, the Labour MP who chairs the committee, asked whether the company’s owner, the Singapore-based Tanjung Industrial Holdings, was prepared to put in more of its own money. Chaudhry said the parent group had already committed £350mn and would “not write a blank cheque”.

The plant employs about 3,800 people directly and supports a further 1,200 jobs in its supply chain, according to the Steel and Metalworkers’ Federation.

People familiar with the negotiations said Treasury officials were reluctant to commit public money without binding guarantees that the plant would remain open beyond 2030. One person close to the talks said the two sides were “further apart than either would admit in public”.

The Department for Business and Trade said: “We are committed to a sustainable future for steelmaking in the UK and continue to engage constructively with Northmoor. It would not be appropriate to comment on ongoing commercial negotiations.”

Karen Whitlock, national officer at the Steel and Metalworkers’ Federation, said workers had been “left in the dark”. “Our members read about their own futures in the newspapers. That’s not acceptable,” she said.

Oliver Sayle, the Conservative MP for Redcastle and Seaton, who does not sit on the committee but attended the hearing, said ministers were running out of time. “Every week of delay makes closure more likely. Ministers need to decide whether they want a steel industry or not,” he told the Financial Times.

Northmoor reported a pre-tax loss of £287mn last year, which it blamed on high energy costs and cheap imports.""",
        [
            ("at an impasse", "Anand Chaudhry"),
            ("an impasse", "Anand Chaudhry"),
            ("by the end of next", "Anand Chaudhry"),
            ("We have been in discussions", "Anand Chaudhry"),
            ("I have sat in more", "Anand Chaudhry"),
            ("not write a blank cheque", "Anand Chaudhry"),
            ("further apart than either would", "person close to the talks"),
            ("We are committed to a", "Department for Business and Trade"),
            ("left in the dark", "Karen Whitlock"),
            ("Our members read about their", "Karen Whitlock"),
            ("Every week of delay makes", "Oliver Sayle"),
        ],
    ),
]
