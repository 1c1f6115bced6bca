CASES = [
    (
        """Wrexford to cut 180 jobs as overseas recruitment slump bites

By Harriet Coles

Wrexford University is to cut up to 180 academic and professional services posts after a sharp fall in international postgraduate enrolments left it facing a projected deficit of £14.2 million.

In an email to staff seen by Times Higher Education, the vice-chancellor, Sir Graham Edley, said the institution had 'no realistic alternative' to reducing its pay bill if it was to remain financially sustainable.

'We have done everything we can to protect jobs, including a recruitment freeze and a voluntary severance scheme,' he wrote. 'But the scale of the shortfall means that these measures alone will not close the gap.'

The university said that the cuts would fall most heavily on its School of Business and Law and on its Faculty of Arts, where taught master's numbers from Nigeria and India have fallen by more than 40 per cent in two years.

Wrexford's branch of the University and College Union said it would ballot members for industrial action. Its president, Nadia Farrow, a senior lecturer in sociology, described the plans as 'an act of managerial vandalism'.

'Staff did not cause this crisis and they should not be made to pay for it,' Dr Farrow said. 'Management spent years building a business model on the assumption that overseas fees would keep rising, and ignored every warning that the policy environment was shifting.

'Now they want to balance the books on the backs of the people who teach and support students.'

The cuts come amid growing pressure across the sector. Figures from the Office for Students suggest that around 40 per cent of English providers expect to be in deficit this year, and dozens have announced redundancy programmes.

One senior manager at another Midlands university, who asked not to be named, said Wrexford's situation was 'far from unusual'. 'Anyone who tells you their institution is immune is either very lucky or not looking closely enough at the numbers,' they said.

A spokeswoman for the university said consultation with unions would begin next week and that compulsory redundancies would be 'a last resort'.

Students' union officers said they were worried about the impact on teaching. 'Class sizes are already creeping up, and we're hearing that some optional modules won't run next year,' said Tomasz Wilk, the union's education officer.

The Department for Education said that it was working with the Office for Students to monitor the financial health of the sector. 'Universities are autonomous institutions responsible for their own finances,' a statement said.""",
        [
            ("no realistic alternative", "Graham Edley"),
            ("We have done everything we", "Graham Edley"),
            ("But the scale of the", "Graham Edley"),
            ("an act of managerial vandalism", "Nadia Farrow"),
            ("Staff did not cause this", "Nadia Farrow"),
            ("Management spent years building", "Nadia Farrow"),
            ("Now they want to balance", "Nadia Farrow"),
            ("far from unusual", "senior manager at another Midlands university"),
            ("Anyone who tells you their", "senior manager at another Midlands university"),
            ("a last resort", "spokeswoman"),
            ("Class sizes are already creeping", "Tomasz Wilk"),
            ("Universities are autonomous institutions", "Department for Education"),
        ],
    ),
    (
        """Ottawa boosts graduate scholarships, but researchers say core grants still lag

OTTAWA -- The federal government will raise the value of master's and doctoral scholarships for the first time in nearly two decades, but university researchers warn the money does little to address stagnant funding for the grants that keep their labs running.

Innovation Minister Colette Arseneault announced on Tuesday that scholarships awarded through the three federal granting councils will rise to $27,000 a year for master's students and $40,000 for doctoral candidates, beginning in September. Postdoctoral fellowships will increase to $70,000.

"Graduate students are the engine of Canada's research enterprise, and for too long we have asked them to do that work on wages that don't cover rent," Ms. Arseneault said at a news conference at a downtown Ottawa campus. "Today we are fixing that."

The announcement follows years of lobbying by graduate students, who organized walkouts at more than 40 campuses under the banner "No Degrees Without Wages."

Imran Siddiqui, a molecular biologist at the University of Saskatchewan and past president of the Canadian Association for Research Advancement, said the increase was welcome but would reach only a small share of graduate students, most of whom are paid from professors' research grants.

"The vast majority of trainees in my lab are not on a federal scholarship. They are paid out of my operating grant, and that grant has not kept pace with inflation in 15 years," he said. "So if the minimum a student can be paid goes up, and my grant doesn't, I take fewer students. It's that simple."

According to an analysis by the association, the inflation-adjusted value of the average core research grant has fallen by roughly 30 per cent since 2008.

Marisol Dupont-Kerr, national chair of the Graduate Workers' Alliance of Canada, called the announcement "a real win" for students who had spent years organizing, but said the government had "only done half the job."

"We are glad the minister listened," she said in an interview. "But a scholarship that goes to one student in six is not a wage policy. Every graduate student who is doing research should be paid a living wage, full stop."

A senior government official, speaking on background because they were not authorized to discuss budget deliberations, said additional money for the councils' core grants was "under active consideration" for the next federal budget.

Opposition critics were unimpressed. Gordon Hallett, the Official Opposition's science critic, said the government was "taking a victory lap for catching up with inflation."

Ms. Arseneault told reporters the government "will have more to say" about research funding in the coming months.""",
        [
            ("Graduate students are the engine", "Colette Arseneault"),
            ("Today we are fixing", "Colette Arseneault"),
            ("The vast majority of trainees", "Imran Siddiqui"),
            ("So if the minimum", "Imran Siddiqui"),
            ("a real win", "Marisol Dupont-Kerr"),
            ("only done half the", "Marisol Dupont-Kerr"),
            ("We are glad the minister", "Marisol Dupont-Kerr"),
            ("But a scholarship that goes", "Marisol Dupont-Kerr"),
            ("under active consideration", "senior government official"),
            ("taking a victory lap", "Gordon Hallett"),
            ("will have more to say", "Colette Arseneault"),
        ],
    ),
    (
        """Dunmore granted injunction against Founders’ Lawn encampment

By Priya Raghunathan, News Editor

An Ontario Superior Court judge granted Dunmore University an interim injunction on Friday ordering protesters to dismantle the encampment that has occupied Founders’ Lawn for 23 days.

The encampment, organized by a coalition calling itself Dunmore Divest Now, has demanded that the university disclose and sell its holdings in companies that supply weapons and surveillance technology to militaries.

In her decision, Justice Helen Marchetti wrote that the protesters’ right to free expression “does not extend to the exclusive occupation of university property” and that the university had shown “clear evidence of irreparable harm,” including the cancellation of convocation ceremonies scheduled for the lawn.

Protesters have until 8 a.m. Monday to leave. The order authorizes London police to enforce it.

Speaking to The Ledger outside the courthouse, encampment spokesperson Jamal Haddad, a fourth-year political science student, said the group was “disappointed but not surprised.”

“The university chose to go to court rather than sit down with its own students,” Haddad said. “We’ve asked for one thing from the start, which is transparency about where our tuition money is invested. That shouldn’t require a judge.”

Haddad would not say whether protesters would comply with the order. “We’re going to meet as a community tonight and decide together,” he said.

In a statement posted to its website Friday afternoon, the university said it had “made repeated good-faith efforts” to negotiate with the encampment, including an offer to establish a working group on responsible investment.

“The university respects the right of members of our community to protest,” the statement read. “However, that right must be balanced against the rights of others to use shared spaces and to participate fully in university life.”

Karen Oduya, vice-provost, students, told The Ledger in an email that the university would “continue to keep the door open” to dialogue after the encampment is cleared.

Not everyone on campus supports the protest. Ethan Brockway, a second-year engineering student, said he had avoided the area for weeks. “I get that people feel strongly, but it’s been a lot,” he said. “I just want to graduate on the lawn like my sister did.”

The Dunmore Faculty Association, which had filed an affidavit opposing the injunction, said in a statement that it was “deeply concerned” about the prospect of police on campus.

A faculty member who has visited the encampment regularly, and who asked not to be named for fear of professional repercussions, said the mood inside was calm. “People are tired, but nobody’s talking about anything dramatic,” she said.""",
        [
            ("does not extend to the", "Helen Marchetti"),
            ("clear evidence of irreparable", "Helen Marchetti"),
            ("disappointed but not", "Jamal Haddad"),
            ("The university chose to go", "Jamal Haddad"),
            ("We’ve asked for one thing", "Jamal Haddad"),
            ("We’re going to meet", "Jamal Haddad"),
            ("made repeated good-faith efforts", "Dunmore University"),
            ("The university respects the right", "Dunmore University"),
            ("However, that right must be", "Dunmore University"),
            ("continue to keep the door", "Karen Oduya"),
            ("I get that people", "Ethan Brockway"),
            ("I just want to graduate", "Ethan Brockway"),
            ("deeply concerned", "Dunmore Faculty Association"),
            ("People are tired, but", "faculty member who has visited the encampment regularly"),
        ],
    ),
    (
        """Thousands march in London against tuition fee rise and cuts to student support

Education correspondent

Thousands of students marched through central London on Saturday to protest against the government’s decision to raise tuition fees in England to £9,950 a year, with organisers warning that rising living costs were pushing poorer students out of higher education.

The demonstration, which began in Bloomsbury and ended with a rally in Parliament Square, was the largest student protest in the capital for more than a decade. Police estimated the crowd at 8,000; organisers put the figure at more than 20,000.

Speaking from a stage opposite the Palace of Westminster, Amara Osei-Bonsu, the president of the National Student Federation, said students had been “treated as cash cows by a system that has forgotten what universities are for”.

“Every year we are told to pay more and expect less,” she told the crowd. “More for our fees, more for our rent, more for our food, while our seminars get bigger and our lecturers get laid off. We are here to say: enough.”

The protest passed off largely peacefully, although the Metropolitan police said four people had been arrested, two for criminal damage after paint was thrown at a government building and two for public order offences.

Many of those marching said their main concern was not fees, which are repaid after graduation, but the cost of living while studying. Leah Pritchard, 19, a first-year history student at a university in the north-west of England, said she worked 20 hours a week in a supermarket to cover her rent.

“The maintenance loan doesn’t even cover my accommodation,” she said. “I’ve missed lectures because I’ve been on a shift. My mum can’t help, so it’s that or drop out.”

Ministers have argued that the increase, the first in several years, is needed to stabilise university finances after a long real-terms freeze. A Department for Education spokesperson said: “We have taken the difficult but necessary decision to put universities on a firmer financial footing. Alongside this, we have increased maintenance loans in line with inflation so that students get more support with living costs.”

Vice-chancellors have broadly welcomed the fee rise while warning that it does not go far enough. Prof Martin Ashby, who chairs the Council of University Heads, said last week that the increase was “welcome but modest” and would “not come close” to reversing a decade of real-terms cuts.

Some academics joined the march in solidarity. Dr Ruth Kemal, a lecturer in education at a London university that is consulting on redundancies, said the interests of staff and students were “tied together”.

“When my colleagues are made redundant, it is students who lose out,” she said. “People sometimes try to set us against each other, but today shows that isn’t working.”""",
        [
            ("treated as cash cows", "Amara Osei-Bonsu"),
            ("Every year we are told", "Amara Osei-Bonsu"),
            ("More for our fees,", "Amara Osei-Bonsu"),
            ("The maintenance loan doesn’t even", "Leah Pritchard"),
            ("I’ve missed lectures because", "Leah Pritchard"),
            ("We have taken the difficult", "spokesperson"),
            ("welcome but modest", "Martin Ashby"),
            ("not come close", "Martin Ashby"),
            ("tied together", "Ruth Kemal"),
            ("When my colleagues are made", "Ruth Kemal"),
            ("People sometimes try to set", "Ruth Kemal"),
        ],
    ),
    (
        """Glenforth University staff to strike over course closures

Staff at Glenforth University are to stage a five-day walkout later this month in a row over plans to close three departments.

The university, based in Perth, has said it needs to save £11m over two years after reporting a deficit for the second year running.

It has proposed closing its departments of modern languages, music and environmental chemistry, which together employ about 60 academic staff.

Members of the Scottish Lecturers' Association voted by 78% in favour of strike action on a turnout of 64%.

Branch president Dr Callum Reid said: "Nobody takes the decision to strike lightly, especially this close to exams.

"But we have been left with no choice. Management has refused to consider any alternative to closure, and these are departments with strong student demand and a proud research record."

He added that staff had been given "less than a fortnight" to respond to the proposals.

Some students say they are worried about finishing their degrees.

Freya McLeod, a third-year French and Spanish student, told BBC Scotland News she had been promised she could complete her course but was "not confident" that would be the case.

"We've already lost two of our lecturers this year and nobody has replaced them," she said.

"They keep telling us nothing will change for current students, but it already has."

In a statement, Glenforth University said it had "engaged extensively" with staff and unions and that all current students would be able to complete their programmes.

It added: "The financial challenges facing the university sector in Scotland are severe and well documented. Difficult decisions are needed to secure Glenforth's long-term future."

The university's principal, Prof Ann-Marie Tolland, has previously said that the institution "cannot continue to subsidise" courses with low recruitment.

The Scottish government said it had provided more than £1bn to the university sector this year.

A Scottish government spokesperson said: "Universities are autonomous bodies, but we expect them to work constructively with staff and trade unions to find a resolution."

Iain Drummond, the MSP for Perthshire South, said the situation at Glenforth was "a symptom of years of underfunding".""",
        [
            ("Nobody takes the decision", "Callum Reid"),
            ("But we have been left", "Callum Reid"),
            ("less than a fortnight", "Callum Reid"),
            ("not confident", "Freya McLeod"),
            ("We've already lost two", "Freya McLeod"),
            ("They keep telling us", "Freya McLeod"),
            ("engaged extensively", "Glenforth University"),
            ("The financial challenges facing", "Glenforth University"),
            ("cannot continue to subsidise", "Ann-Marie Tolland"),
            ("Universities are autonomous bodies,", "spokesperson"),
            ("a symptom of years", "Iain Drummond"),
        ],
    ),
    (
        """Cap on study permits leaves smaller institutions scrambling

By Daniel Forsythe

Two years after Ottawa introduced a cap on international study permits, smaller colleges and regional universities say the policy has reshaped their finances – and in some cases their communities – faster than anyone anticipated.

At Kestrel Bay College on Vancouver Island, international enrolment has fallen from about 2,400 students to fewer than 900. The college has suspended 14 programs and eliminated roughly 110 positions.

“We knew there would be an adjustment. What we didn’t know was that it would be this steep, this quickly,” said Linda Thiessen, Kestrel Bay’s president. “We’re a college that serves a region of 80,000 people. When we cut a program, there isn’t another institution down the road that picks those students up.”

Dr. Thiessen said the college had relied on international tuition to cross-subsidize programs in the trades and health care that are expensive to deliver. According to the college’s most recent financial statements, international fees accounted for 46 per cent of operating revenue in 2022-23.

The federal government has defended the cap as necessary to ease pressure on housing and to deal with what then-immigration minister Raj Khatri described as “bad actors” exploiting the system.

In an email, a spokesperson for Immigration, Refugees and Citizenship Canada said the cap “has helped restore integrity to the international student program” and that the department continues to consult the provinces on allocations.

The effects are also being felt in research. At Université Saint-Rémi in Moncton, N.B., where international students make up a large share of graduate enrolment, several labs have struggled to recruit, said Sylvie Comeau, the university’s dean of graduate studies.

“Our master’s programs in science depend heavily on students from francophone Africa,” Dr. Comeau said. “Those students were not the problem the government was trying to solve, and yet they’ve been caught up in it.”

She said the university had seen accepted students denied permits in unusually high numbers, which she called “discouraging for everyone involved.”

Researchers who study higher education policy say the shifts may prove lasting. Omar Behzadi, an associate professor of education at Ridgeway University who studies international recruitment, said the damage to Canada’s reputation would outlive the policy.

“Reputation travels fast in international recruitment,” he said. “Even if the cap were lifted tomorrow, agents and families in key markets now see Canada as unpredictable. That perception will take years to reverse.”

Back at Kestrel Bay, Dr. Thiessen said the college was looking at growing domestic enrolment and building partnerships with local First Nations and employers.

“We’re not sitting still,” she said. “But I’d be lying if I said we could replace that revenue.”""",
        [
            ("We knew there would be", "Linda Thiessen"),
            ("We’re a college that serves", "Linda Thiessen"),
            ("bad actors", "Raj Khatri"),
            ("has helped restore integrity", "spokesperson"),
            ("Our master’s programs in science", "Sylvie Comeau"),
            ("Those students were not the", "Sylvie Comeau"),
            ("discouraging for everyone", "Sylvie Comeau"),
            ("Reputation travels fast in", "Omar Behzadi"),
            ("Even if the cap", "Omar Behzadi"),
            ("We’re not sitting still", "Linda Thiessen"),
            ("But I’d be lying", "Linda Thiessen"),
        ],
    ),
    (
        """Students occupy Avonmere admin block over £6m oil research deal

By Isla Whitcombe, News Editor

Around 40 students have occupied the foyer of Avonmere University’s Hartley Building since Tuesday morning, demanding that the university cancel a £6 million research partnership with energy company Meridian Petroleum.

The group, Avonmere Climate Justice, says the five-year agreement, which funds a new centre for carbon capture research in the Faculty of Engineering, is ‘greenwashing dressed up as science’ and contradicts the university’s ‘Net Zero Avonmere’ strategy.

Speaking to Quadrant from inside the building, third-year geography student Orla Kinsella said occupiers planned to stay ‘as long as it takes’.

‘We’ve written letters, we’ve submitted petitions, we’ve sat through consultation meetings, and nothing has changed,’ she said. ‘The university signed a fossil fuel divestment pledge in 2020. You can’t divest with one hand and take their money with the other.’

Occupiers have hung banners from the first-floor windows and are sleeping in shifts, with food delivered by supporters.

A university spokesperson said: ‘Avonmere respects the right to peaceful protest. The partnership with Meridian supports research that is essential to meeting the UK’s net zero targets, and all of it is subject to our standard principles of academic freedom and independence.’

The spokesperson added that the building remained open and that staff had been ‘working to minimise disruption’ to students visiting the student services desk on the ground floor.

Professor Derek Anand, who will direct the new centre, defended the deal. ‘I understand the strength of feeling,’ he told Quadrant. ‘But carbon capture is going to be part of any credible route to net zero, and the research has to be funded by someone. Government funding for this kind of work has been flat for years.’

He said the contract gave Meridian ‘no say whatsoever’ over what was published.

Not all students support the action. A second-year engineering student, who asked not to be named because she hopes to work in the energy sector, said the occupation was ‘a bit performative’. ‘Most of the people I know in engineering think the centre is a good thing,’ she said.

Avonmere Students’ Union said in a statement that it supported ‘the right of students to organise peacefully’ and would ‘continue to push’ for the partnership to be reviewed at the next meeting of the university council, due in June.""",
        [
            ("greenwashing dressed up as", "Avonmere Climate Justice"),
            ("as long as it", "Orla Kinsella"),
            ("We’ve written letters, we’ve submitted", "Orla Kinsella"),
            ("The university signed a", "Orla Kinsella"),
            ("Avonmere respects the right", "spokesperson"),
            ("working to minimise disruption", "spokesperson"),
            ("I understand the strength", "Derek Anand"),
            ("But carbon capture is going", "Derek Anand"),
            ("no say whatsoever", "Derek Anand"),
            ("a bit performative", "second-year engineering student"),
            ("Most of the people I", "second-year engineering student"),
            ("the right of students to", "Avonmere Students’ Union"),
            ("continue to push", "Avonmere Students’ Union"),
        ],
    ),
    (
        """Thousands of Montreal students walk out over tuition hike for out-of-province students

Thousands of students from Montreal's English-language universities walked out of classes Wednesday to protest the Quebec government's plan to raise tuition for students from other provinces, a measure university leaders warn could cost them tens of millions of dollars.

The march wound from Beaumont University's downtown campus to the provincial government's Montreal offices on a cold, grey afternoon.

Under the plan, tuition for Canadian students from outside Quebec will rise from roughly $9,000 to about $12,000 a year starting next fall. The government says the increase is needed to stop Quebec taxpayers from subsidizing the education of students from other provinces and to protect the French language.

"We're not a threat to French. Most of us came here because we wanted to live in Montreal, in French," said Sophie Gallant, a second-year linguistics student at Beaumont who grew up in Moncton, N.B. "Now I'm not sure my younger brother will be able to afford to come."

Beaumont Students' Union president Kwame Asante-Roy told reporters the walkout was "only the beginning."

"We're going to keep showing up until the government sits down with us," he said.

In a written statement, Higher Education Minister Isabelle Fortier-Lamarre said the government "fully respects" the right to protest but would not reverse course.

"Quebec welcomes students from across Canada and around the world. But it is not unreasonable to ask that those who benefit from our system contribute their fair share, and that our institutions do more to integrate students into Quebec's francophone society," the statement said.

Beaumont's principal, Andrew Kessler, said the university has already seen a 20 per cent drop in applications from the rest of Canada since the policy was announced. He estimated the university could lose as much as $45 million a year in revenue.

"This is not a policy that harms a few institutions. It harms Montreal," Kessler said in an interview with CBC News. "These students spend money here, they stay here after graduating, many of them learn French. We are sending them a message that they're not wanted."

Not everyone agrees. Marc-André Tremblay, a spokesperson for the Regroupement étudiant pour le français, said in French that the government was right to "rebalance the funding" between French- and English-language institutions.

"For years, francophone universities have been underfunded compared to the anglophone ones, which attract a lot of students from elsewhere," he said. "We are not against anyone. We are asking for fairness."

Montreal police said the protest was peaceful and no arrests were made.""",
        [
            ("We're not a threat to", "Sophie Gallant"),
            ("Now I'm not sure my", "Sophie Gallant"),
            ("only the beginning", "Kwame Asante-Roy"),
            ("We're going to keep showing", "Kwame Asante-Roy"),
            ("fully respects", "Isabelle Fortier-Lamarre"),
            ("Quebec welcomes students from across", "Isabelle Fortier-Lamarre"),
            ("This is not a policy", "Andrew Kessler"),
            ("These students spend money here,", "Andrew Kessler"),
            ("rebalance the funding", "Marc-André Tremblay"),
            ("For years, francophone universities have", "Marc-André Tremblay"),
            ("We are not against anyone", "Marc-André Tremblay"),
        ],
    ),
]
