CASES = [
    (
        """Northbridge to cut up to 400 jobs as international recruitment slumps

University blames collapse in postgraduate demand for £35 million shortfall

March 4, 2025
Helen Marsh

The University of Northbridge will cut up to 400 jobs after a sharp fall in international student numbers left it facing a deficit of £35 million this year.

In an email to staff seen by Times Higher Education, the vice-chancellor, Sir Anthony Rowe, said the institution had “no realistic alternative” to a restructuring programme that will close three departments and merge its faculties of arts and social sciences.

“We have spent two years trying to protect jobs through vacancy freezes and non-pay savings, but the scale of the shortfall is now beyond what those measures alone can address,” Sir Anthony wrote.

“I recognise how difficult this news will be for colleagues, and I want to be clear that we will do everything we can to minimise compulsory redundancies.”

The university recruited 1,840 new international postgraduates last September, down from 3,120 two years earlier, according to papers presented to its council in February. Much of the decline came from Nigeria and India, which sector leaders have linked to the government’s decision to bar most taught postgraduate students from bringing dependants to the UK.

Kerry Aldous, president of the Northbridge branch of the Higher Education Staff Union, said the cuts would be “catastrophic” for students and staff alike.

“Management are asking staff who have already absorbed years of real-terms pay cuts to pay the price for a business model that was always reckless,” she said. “Our members will not accept compulsory redundancies, and we will be balloting for industrial action.”

A university spokeswoman said Northbridge remained “financially sustainable in the long term” and that no decisions had yet been taken about individual roles. She added that students currently enrolled on affected courses would be able to complete their degrees.

The announcement comes weeks after the sector regulator warned that almost half of English universities expected to be in deficit this year. In its annual report on financial sustainability, the Office for Students said many institutions had based their forecasts on “overly optimistic assumptions about international recruitment”.

Mark Feeney, a higher education consultant and former finance director at two research-intensive universities, said Northbridge was unlikely to be the last institution to announce cuts on this scale.

“A lot of universities in the middle of the sector have been relying on one or two overseas markets to cross-subsidise research and home undergraduate teaching,” he said. “When those markets move, there is very little they can do quickly except reduce staff costs.”

He added that several institutions he had advised were “quietly drawing up plans of a similar size”.

A Department for Education spokesperson said: “Universities are independent and autonomous bodies responsible for their own finances, but we are working closely with the regulator to monitor the financial health of the sector.”""",
        [
            ("no realistic alternative", "Anthony Rowe"),
            ("We have spent two years", "Anthony Rowe"),
            ("I recognise how difficult this", "Anthony Rowe"),
            ("catastrophic", "Kerry Aldous"),
            ("Management are asking staff who", "Kerry Aldous"),
            ("Our members will not accept", "Kerry Aldous"),
            ("financially sustainable in the long", "spokeswoman"),
            ("overly optimistic assumptions about international", "Office for Students"),
            ("A lot of universities in", "Mark Feeney"),
            ("When those markets move, there", "Mark Feeney"),
            ("quietly drawing up plans of", "Mark Feeney"),
            ("Universities are independent and autonomous", "spokesperson"),
        ],
    ),
    (
        """‘We have been pushed to this’: Strathallan lecturers begin indefinite strike

Union says 260 job losses would gut teaching, as university insists savings are needed to stay solvent

Morag Kinloch Scotland correspondent

Lecturers at the University of Strathallan have begun an indefinite strike over plans to cut 260 jobs, in what union officials say is the first open-ended walkout at a Scottish university in more than a decade.

Hundreds of staff and students gathered on picket lines outside the university’s main buildings on Monday morning, while a rally in the town centre at lunchtime drew several hundred more.

Dr Fiona Baird, a senior lecturer in history and president of the local branch of the Higher Education Staff Union (HESU), said members had voted for the action reluctantly.

“We have been pushed to this,” she said. “Nobody goes into an indefinite strike lightly. People have mortgages and families.

“But the alternative is watching whole subject areas disappear from this university, and we are not prepared to stand by and let that happen.”

Strathallan’s principal, Prof Alasdair Munro, has said the university faces a £24m deficit and could run out of cash within 18 months without significant savings. In a message to students last week, he described the strike as “deeply regrettable” and urged staff to return to talks.

“The university has made a serious offer to limit compulsory redundancies and to extend the voluntary severance scheme,” Munro said in a statement on Monday. “We remain ready to meet the union at any time.”

The dispute has drawn in the Scottish government, which funds teaching for Scottish-domiciled undergraduates. The higher education minister, Graeme Docherty, told MSPs last week that ministers were “monitoring the situation closely” but that staffing decisions were a matter for the university.

Opposition politicians accused the government of presiding over years of underfunding. Claire Henshaw, an opposition MSP who sits on Holyrood’s education committee, said: “Almost every university in Scotland is now cutting jobs because funding per student has fallen in real terms for a decade. The minister cannot keep washing his hands of this.”

Ellie Watt, a third-year politics student who joined the picket line outside the library, said she supported staff even though her dissertation supervisor was among those on strike.

“I’m worried about my degree, obviously,” she said. “But if they cut the department there won’t be anyone left to supervise the people coming after me.”

A university spokesperson said contingency plans were in place to ensure students could complete their assessments and that Strathallan would “make every effort” to minimise disruption.

Derek Lennox, HESU’s official for Scotland, said the outcome at Strathallan would be watched closely elsewhere. “This is a test case for the whole sector,” he said. “If management get away with this here, every principal in the country will be reaching for the same playbook.”""",
        [
            ("We have been pushed to", "Fiona Baird"),
            ("We have been pushed to", "Fiona Baird"),
            ("Nobody goes into an indefinite", "Fiona Baird"),
            ("But the alternative is watching", "Fiona Baird"),
            ("deeply regrettable", "Alasdair Munro"),
            ("The university has made a", "Alasdair Munro"),
            ("We remain ready to meet", "Alasdair Munro"),
            ("monitoring the situation closely", "Graeme Docherty"),
            ("Almost every university in Scotland", "Claire Henshaw"),
            ("I’m worried about my degree,", "Ellie Watt"),
            ("But if they cut the", "Ellie Watt"),
            ("make every effort", "spokesperson"),
            ("This is a test case", "Derek Lennox"),
            ("If management get away with", "Derek Lennox"),
        ],
    ),
    (
        """Ontario colleges brace for second wave of cuts as study-permit cap bites

JOANNE MERCIER
POSTSECONDARY EDUCATION REPORTER
TORONTO

Ontario's public colleges are preparing for a second wave of program closings and layoffs after enrolment figures showed international student numbers falling faster than administrators had projected.

Fenwick College in Hamilton announced on Tuesday that it would suspend 41 programs and eliminate about 180 positions, a day after the federal government confirmed that it would again reduce the number of study permits issued next year.

"We are not talking about trimming around the edges any more," said Fenwick president Lorna Haddad. "We built this college over two decades around a level of international enrolment that Ottawa has now decided it does not want, and we have to resize the institution accordingly."

Ms. Haddad said the college expects to enrol about 3,500 international students this fall, down from nearly 9,000 in 2023. Tuition paid by international students, which can exceed $18,000 a year, accounted for about 60 per cent of the college's operating revenue at its peak.

The federal cap was introduced amid concerns about housing shortages and the quality of programs offered through partnerships between public colleges and private career schools. In an e-mail, a spokesperson for Immigration, Refugees and Citizenship Canada said the measures were intended to "ensure the long-term integrity of the international student program" and noted that funding for postsecondary institutions is a provincial responsibility.

Provincial Colleges Minister Gordon Pell told reporters at Queen's Park that Ontario had "stepped up" with a stabilization fund last year and that colleges would need to find efficiencies. "Every institution is going to have to look hard at what it offers and whether there's demand for it," Mr. Pell said.

Ravi Sandhu, president of the union local representing Fenwick's full-time faculty, said members learned of the cuts "the same way the students did, from a news release."

"There was no consultation, no warning, nothing," Mr. Sandhu said in an interview. "Some of these programs have waiting lists of domestic students. They're not being cut because nobody wants them. They're being cut because the spreadsheet says so."

Priya Natarajan, an international student in the second year of Fenwick's supply-chain management program, said she had been told that current students would be allowed to finish their diplomas.

"They say we can finish, but half my professors have already been given notice," she said. "Nobody can tell us who will be teaching us in September."

Colin Drummond, a principal at Northvale Education Advisory, said the province's smaller institutions face the greatest risk.

"The large colleges in the Toronto area have reserves and real estate they can lean on for a year or two," he said. "Some of the northern and rural colleges don't have that cushion, and they are the ones serving communities with no other option."

Fenwick's board of governors is scheduled to vote on the final list of program suspensions at a meeting next Thursday.""",
        [
            ("We are not talking about", "Lorna Haddad"),
            ("We built this college over", "Lorna Haddad"),
            ("ensure the long-term integrity of", "spokesperson"),
            ("stepped up", "Gordon Pell"),
            ("Every institution is going to", "Gordon Pell"),
            ("the same way the students", "Ravi Sandhu"),
            ("There was no consultation, no", "Ravi Sandhu"),
            ("Some of these programs have", "Ravi Sandhu"),
            ("They say we can finish,", "Priya Natarajan"),
            ("Nobody can tell us who", "Priya Natarajan"),
            ("The large colleges in the", "Colin Drummond"),
            ("Some of the northern and", "Colin Drummond"),
        ],
    ),
    (
        """Regional universities count the cost as student visa fee doubles

By Tom Fairweather
Education reporter

Regional universities say a sharp rise in the student visa application fee is already deterring applicants from South Asia and South-East Asia, with one vice-chancellor warning that courses at smaller campuses could be forced to close within two years.

The fee for a student visa rose from $1600 to $2000 on July 1, the third increase in 18 months, making Australia the most expensive major destination for international students to apply to.

Coolabah University, which has its main campus in the NSW city of Merriwa Springs, said applications for its mid-year intake had fallen by 38 per cent compared with the same period last year.

“Every one of these policy changes on its own might be defensible, but taken together they send a very clear message to students overseas that they are not welcome here,” Coolabah vice-chancellor Professor Margaret Lindqvist said.

Professor Lindqvist said the university had already paused recruitment to 60 academic positions and was reviewing the future of its nursing and engineering programs at its satellite campus in Burrendong.

“We are not a sandstone university with billions in reserves. International fees pay for a lot of things that regional communities take for granted,” she said.

The Regional Universities Alliance, which represents seven institutions outside the capital cities, said in a statement that the fee rise had been introduced “without any consultation with the sector” and called on the government to exempt regional campuses.

A senior executive at another member university, who asked not to be named because of continuing negotiations with the Department of Education over enrolment limits, said several institutions were modelling deficits for the next three years.

“Nobody wants to be the first to say it publicly, but some of the smaller campuses are not going to survive this,” the executive said.

Education Minister Daniel Kearney defended the changes, telling reporters in Canberra that the system had grown “too fast and without enough integrity”.

“We want international education to be a sustainable, high-quality sector, not one where numbers are allowed to run ahead of housing and infrastructure,” Mr Kearney said.

He said regional institutions had been given more generous enrolment allocations under the government’s planning framework than metropolitan universities.

A spokeswoman for the Department of Home Affairs said the fee had been set “in line with comparable countries” and that the revenue would support the integrity of the visa system.

But migration agent Suresh Pillai, who runs a practice in Parramatta, said the cumulative effect of the changes was pushing students towards the United States, Germany and Ireland.

“My clients are asking me why they should pay $2000 just to apply when there is no guarantee of anything,” he said.""",
        [
            ("Every one of these policy", "Margaret Lindqvist"),
            ("We are not a sandstone", "Margaret Lindqvist"),
            ("without any consultation with the", "Regional Universities Alliance"),
            ("Nobody wants to be the", "senior executive at another member university"),
            ("too fast and without enough", "Daniel Kearney"),
            ("We want international education to", "Daniel Kearney"),
            ("in line with comparable countries", "spokeswoman"),
            ("My clients are asking me", "Suresh Pillai"),
        ],
    ),
    (
        """Teaching assistants at Harbourview University walk off the job as classes resume

Strike affects about 1,100 TAs and contract instructors, union says

Lindsay MacIsaac · CBC News · Posted: Jan 13, 2025

About 1,100 teaching assistants and contract instructors at Harbourview University in Halifax went on strike Monday, the first day of the winter term, after talks over wages and job security broke down over the weekend.

Picketers gathered at the main entrance to the campus on Gorsebrook Avenue early Monday morning, some carrying coffee and thermoses as temperatures hovered around –8 C.

"We didn't want to be here," said Maya Fortier, chair of the bargaining unit, which is part of the Atlantic Education Workers Union. "We stayed at the table until 2 a.m. on Sunday. But our members are earning less in real terms than they were five years ago, and many of them are working second jobs just to cover rent."

Fortier said the union is seeking a 14 per cent wage increase over three years and guaranteed hours for contract instructors who have taught at the university for more than five years.

The university says its final offer included increases of 9.5 per cent over three years, which it described in a statement as "fair, competitive and responsible given the university's financial position."

Harbourview is projecting a $17-million operating deficit this year, which it attributes largely to a drop in international enrolment following federal caps on study permits.

Provost Daniel Comeau told reporters Monday afternoon that the university had contingency plans for most courses but acknowledged some labs and tutorials would be cancelled.

"We are disappointed that the union chose to strike at the start of term, when there was still room to reach a deal," he said. "Our priority is to make sure students can complete their courses and graduate on time."

Comeau said the university has asked a provincial conciliator to return to the talks.

Some students said they were unsure what to expect this week.

Jonah Whitty, a second-year engineering student, said two of his five courses rely heavily on TA-led labs.

"Nobody's told us anything concrete. We got an email saying to check with our instructors, and the instructors are on the picket line," he told CBC News.

According to the union, more than 60 per cent of undergraduate tutorials at Harbourview are led by members of the bargaining unit.

The Nova Scotia Department of Advanced Education said in an emailed statement that it "respects the collective bargaining process" and encouraged both sides to return to the table.

Harbourview Students' Union president Amira Boudreau said the union would press the university for tuition refunds if the strike drags on.

"Students are paying full tuition for this term. If they're not getting the teaching they paid for, the university needs to say how it's going to make that right," Boudreau said.""",
        [
            ("We didn't want to be", "Maya Fortier"),
            ("We stayed at the table", "Maya Fortier"),
            ("fair, competitive and responsible given", "Harbourview University"),
            ("We are disappointed that the", "Daniel Comeau"),
            ("Our priority is to make", "Daniel Comeau"),
            ("Nobody's told us anything concrete.", "Jonah Whitty"),
            ("respects the collective bargaining process", "Nova Scotia Department of Advanced Education"),
            ("Students are paying full tuition", "Amira Boudreau"),
        ],
    ),
    (
        """Students occupy university building over music school closure plan

By Rhian Pritchard
BBC Wales education correspondent

Students have occupied part of a university building in protest at plans to close its music school and cut 90 jobs.

About 40 students entered the Rhys Building at the University of Glanmor on Tuesday evening and said they would stay until managers withdrew the proposals.

The university says it needs to save £18m over two years after a fall in international student numbers and rising staff costs.

One of the students taking part, Osian Lloyd, 20, said the group had tried "every other route" before deciding to occupy the building.

"We've written letters, we've been to every consultation meeting, we've had a petition signed by more than 6,000 people," he said.

"Nobody is listening, so we're going to stay here until they do."

He said the group had been allowed to use toilets and that security staff had been "really decent" with them.

Music is one of 11 subject areas the university has proposed to close or merge. Staff have been told up to 90 posts could go, including all 14 academic roles in the music department.

Prof Sian Howells, who has taught composition at Glanmor for 19 years, said the closure would leave a large part of west Wales without a university music department.

"This isn't just about our jobs. It's about whether young people in this part of Wales can study music, and study it through the medium of Welsh, without moving to Cardiff or leaving Wales altogether," she said.

In a statement, the university said it respected students' right to protest "peacefully and safely" but that the occupation was "causing disruption to teaching and to other students".

It added: "No final decisions have been made and we will continue to consult fully with staff, students and their representatives."

Vice-chancellor Prof Gareth Pryce previously told BBC Wales the university faced "the most challenging financial environment in a generation".

"Doing nothing is not an option," he said at the time.

A Welsh government spokesperson said: "We recognise the significant financial pressures facing the higher education sector and remain in regular contact with universities and the funding body."

The Welsh government has provided an extra £19m to universities this year, but vice-chancellors say it falls well short of the rise in their costs.""",
        [
            ("every other route", "Osian Lloyd"),
            ("We've written letters, we've been", "Osian Lloyd"),
            ("Nobody is listening, so we're", "Osian Lloyd"),
            ("really decent", "Osian Lloyd"),
            ("This isn't just about our", "Sian Howells"),
            ("peacefully and safely", "University of Glanmor"),
            ("causing disruption to teaching and", "University of Glanmor"),
            ("No final decisions have been", "University of Glanmor"),
            ("the most challenging financial environment", "Gareth Pryce"),
            ("Doing nothing is not an", "Gareth Pryce"),
            ("We recognise the significant financial", "spokesperson"),
        ],
    ),
    (
        """Western Bays University admits underpaying casual staff $11 million

By Chloe Barrett

Western Bays University has admitted underpaying thousands of casual academics more than $11 million over seven years, after an internal review found tutors had routinely been paid for fewer hours than they worked marking assignments and preparing classes.

The university, which has campuses in Footscray and Werribee, said on Wednesday it had self-reported the underpayments to the Fair Work Ombudsman and would back-pay about 4200 current and former staff, with interest.

Vice-chancellor Professor Andrew Kwan apologised to affected staff in an email sent on Wednesday morning.

“This should never have happened. Our casual staff are the backbone of our teaching, and they were let down by systems and practices that did not properly recognise the work they do,” Professor Kwan wrote.

“I am sorry, and I give our staff an assurance that every dollar owed will be repaid.”

The review, conducted by an external accounting firm, found the university’s enterprise agreement set fixed marking rates which assumed staff could assess a standard essay in 15 minutes, far below the time many tutors actually took.

Documents seen by The Age show the university was warned about the problem as early as 2019 by its own staff union branch.

Dr Ben Costello, branch secretary of the Tertiary Staff Union at Western Bays, said the admission was “long overdue” and the union would scrutinise the repayment process closely.

“We raised this with management more than five years ago and we were told it was a matter of interpretation,” he said. “Casual staff have been carrying this university on their backs for years while it spent money on buildings and consultants.

“An apology is welcome, but what people actually want is secure jobs.”

Former tutor Hannah Kostas, who taught literature at Western Bays for six years while completing her PhD, said she regularly spent twice as long marking as she was paid for.

“You do it because you care about the students and you want a reference at the end of it,” she said. “It’s only later that you realise how much unpaid work you’ve given away.”

The Fair Work Ombudsman said in a statement that it was assessing the university’s report and that the higher education sector “remains a priority” for the regulator.

Western Bays is the latest of more than a dozen Australian universities to admit underpaying staff in recent years, with repayments across the sector now estimated at more than $400 million.

A university spokesman said the back payments would be funded from reserves and would not affect the university’s current restructuring plans, under which about 200 roles are being cut.

Industrial relations expert Professor Leonie Barker, of Eastbrook University, said the pattern pointed to structural problems: “When a third of your teaching workforce is paid by the hour and the rates assume work can be done impossibly fast, underpayment isn’t an accident. It’s built into the model.”""",
        [
            ("This should never have happened.", "Andrew Kwan"),
            ("I am sorry, and I", "Andrew Kwan"),
            ("long overdue", "Ben Costello"),
            ("We raised this with management", "Ben Costello"),
            ("Casual staff have been carrying", "Ben Costello"),
            ("An apology is welcome, but", "Ben Costello"),
            ("You do it because you", "Hannah Kostas"),
            ("It’s only later that you", "Hannah Kostas"),
            ("remains a priority", "Fair Work Ombudsman"),
            ("When a third of your", "Leonie Barker"),
        ],
    ),
    (
        """UK universities turn to banks as cash reserves dwindle

Lenders report surge in demand for revolving credit facilities amid international student slump

Daniel Ashworth in London

Britain's universities are drawing on bank credit lines and delaying building projects at the fastest rate in more than a decade, as a slump in overseas student recruitment leaves a growing number of institutions short of cash.

At least 14 universities have arranged or extended revolving credit facilities in the past six months, according to people familiar with the deals, with several seeking short-term borrowing for the first time.

"We have gone from a handful of conversations a year to several a month," said one senior banker who advises institutions in the sector. "Some of these are universities that have never needed to borrow for working capital before."

The pressure has been sharpest at mid-ranking universities that expanded rapidly to take international postgraduates, particularly from Nigeria, India and Pakistan, and are now facing a steep drop in applications following restrictions on dependants' visas.

Last month Harwell Ratings downgraded the University of Eastmere to BBB+, citing "persistent operating deficits and a weakening liquidity position". Eastmere said in a statement that it had "a clear plan to return to surplus" and that the downgrade reflected "sector-wide conditions rather than institution-specific weaknesses".

The university agreed this month to sell a student accommodation block to a private developer for £42mn, according to a regulatory filing.

Nicholas Thorne, chief executive of the Association of University Finance Directors, said the sector had reached "a genuine inflection point".

"For 15 years universities have used international fee income to plug the gap between what it costs to teach a home student and what they are paid to do it," Thorne said. "That model has broken, and there is no obvious replacement."

The government raised the cap on tuition fees in England last autumn for the first time in eight years, but the increase was offset by a rise in employer national insurance contributions that sector leaders say will wipe out most of the gain.

A person close to the Department for Education said officials had drawn up contingency plans for the possible insolvency of a university but stressed that no institution was currently judged to be at imminent risk.

"There is no appetite for a bailout, but nobody wants to see students stranded mid-degree either," the person said.

The Office for Students, the higher education regulator in England, said it was "closely monitoring" institutions at higher financial risk and would "not hesitate to intervene" to protect students' interests.""",
        [
            ("We have gone from a", "senior banker who advises institutions in the sector"),
            ("Some of these are universities", "senior banker who advises institutions in the sector"),
            ("persistent operating deficits and a", "Harwell Ratings"),
            ("a clear plan to return", "University of Eastmere"),
            ("sector-wide conditions rather than institution-specific", "University of Eastmere"),
            ("a genuine inflection point", "Nicholas Thorne"),
            ("For 15 years universities have", "Nicholas Thorne"),
            ("That model has broken, and", "Nicholas Thorne"),
            ("There is no appetite for", "person close to the Department for Education"),
            ("closely monitoring", "Office for Students"),
            ("not hesitate to intervene", "Office for Students"),
        ],
    ),
]
