CASES = [
    (
        """Teachers threaten statewide strike as pay talks collapse

By Rachel Dunmore
Education Reporter

Public school teachers across NSW could walk off the job before the end of term after negotiations between their union and the Department of Education broke down on Tuesday, with each side accusing the other of refusing to move.

The NSW Public Teachers Association, which represents about 68,000 teachers, said its state council would meet on Saturday to consider a 24-hour statewide strike.

“We have sat at that table for eleven weeks and we have not been offered anything that would keep a single graduate in the classroom,” association president Margaret Okafor said.

“Teachers are leaving faster than the universities can train them. The government knows it, parents know it, and frankly the kids know it.”

The government has offered a 3.5 per cent annual increase over three years, plus a one-off $1500 payment for teachers at hard-to-staff schools in the state’s west and north. The union wants 7 per cent a year and a two-hour cut to face-to-face teaching time.

Education Minister Daniel Hurst said the offer was “fair and responsible” given the state’s budget position, and urged the union to put it to members.

“I respect teachers enormously and I understand their frustration,” Mr Hurst told reporters at Parliament House. “But a strike hurts students, and it hurts families who have to scramble for childcare at short notice. That’s not the way to resolve this.”

A senior departmental official, who asked not to be named because they were not authorised to speak publicly, said the government had room to move on workload but not on salary.

“There’s no more money in the envelope. Treasury has been very clear about that,” the official said.

Parents are divided. Leanne Papadakis, president of the Carrowbrook Public School P&C in Sydney’s south-west, said most families she had spoken to backed the teachers.

“People are angry, but they’re angry at the government, not at the staff,” she said.

The Council of Public School Parents said in a statement it “urges both parties to return to the table immediately” and that any industrial action should be “a genuine last resort”.

Dr Alan Whitcombe, a workforce researcher at Harbourside University, said teacher shortages had worsened sharply since 2019.

“The numbers in our modelling are stark,” he said. “Without a meaningful change in pay and conditions, we’re looking at a shortfall of several thousand teachers by 2028.”

Ms Okafor said the association would give schools at least a week’s notice of any stoppage.""",
        [
            ("We have sat at that", "Margaret Okafor"),
            ("Teachers are leaving faster than", "Margaret Okafor"),
            ("fair and responsible", "Daniel Hurst"),
            ("I respect teachers enormously and", "Daniel Hurst"),
            ("But a strike hurts students,", "Daniel Hurst"),
            ("There’s no more money in", "senior departmental official"),
            ("People are angry, but they’re", "Leanne Papadakis"),
            ("urges both parties to return", "Council of Public School Parents"),
            ("a genuine last resort", "Council of Public School Parents"),
            ("The numbers in our modelling", "Alan Whitcombe"),
            ("Without a meaningful change in", "Alan Whitcombe"),
        ],
    ),
    (
        """Merriwell University to axe 400 jobs as international student cap bites

By Tom Gallagher

Merriwell University will cut about 400 jobs over the next 18 months, blaming federal caps on international student enrolments and a $120 million hole in its budget.

In an email to staff on Wednesday morning, vice-chancellor Professor Helen Aratow said the university had "no responsible alternative" but to reduce its workforce.

"These are not decisions any of us wanted to make," she wrote. "Behind every one of these positions is a colleague who has given a great deal to this institution.

"But we cannot keep spending money we do not have, and we cannot ask the next generation of students to pay for our failure to act now."

Most of the cuts will fall on professional staff, but about 150 academic positions will also go, mainly in the faculties of arts and education. The university will close its Ballantyne campus in Melbourne's outer north by the end of next year.

Tertiary Staff Union Victorian secretary Nick Devereaux described the cuts as "reckless and short-sighted" and said management had ignored years of warnings about its reliance on overseas students.

"For a decade this university built its business model on a single revenue stream, and staff raised the alarm over and over," Mr Devereaux said. "Now the people who didn't make those decisions are the ones paying for them."

The union will hold a stop-work meeting on Friday.

Some students at Ballantyne said they had learnt of the closure through social media.

"I chose Merriwell because I could get to Ballantyne in 15 minutes from home," said Priya Sandhu, a second-year nursing student. "If I have to go into the city, it's an hour and a half each way. I honestly don't know if I can keep going."

A university spokeswoman said Ballantyne students would be able to finish their courses at the city campus and that the university would "work with every affected student individually".

A spokesman for federal Education Minister Joanne Pirelli said the caps were "about restoring integrity and sustainability to the sector" and that Merriwell's international enrolments next year would remain above pre-pandemic levels.

Higher education consultant Fiona Marchetti, a former deputy vice-chancellor at a Sydney university, said other mid-sized institutions were in a similar position.

"Merriwell is not going to be the last," she said. "Anyone who tells you otherwise hasn't read the annual reports."

Professor Aratow will address staff at a town hall meeting on the city campus on Thursday.""",
        [
            ("no responsible alternative", "Helen Aratow"),
            ("These are not decisions any", "Helen Aratow"),
            ("Behind every one of these", "Helen Aratow"),
            ("But we cannot keep spending", "Helen Aratow"),
            ("reckless and short-sighted", "Nick Devereaux"),
            ("For a decade this university", "Nick Devereaux"),
            ("Now the people who didn't", "Nick Devereaux"),
            ("I chose Merriwell because I", "Priya Sandhu"),
            ("If I have to go", "Priya Sandhu"),
            ("work with every affected student", "spokeswoman"),
            ("about restoring integrity and sustainability", "spokesman"),
            ("Merriwell is not going to", "Fiona Marchetti"),
            ("Anyone who tells you otherwise", "Fiona Marchetti"),
        ],
    ),
    (
        """Parents demand answers after Perth school board moves against principal

By Chloe Mbeki

Parents at a school in Perth’s northern suburbs are demanding an explanation after the school board asked the Education Department to remove its principal three weeks into term, a move one parent described as “a bolt from the blue”.

Michael Tran, who has led Kalinda Heights Senior High School since 2019, was told on Friday afternoon he would be stood down from Monday while the department reviews the board’s concerns.

In a letter sent to families on Sunday night, the Kalinda Heights Senior High School Board said it had “lost confidence in the current leadership arrangements” and had referred “a number of matters” to the department.

The letter did not say what those matters were.

Board chair Sandra Whitlock declined to be interviewed but said in a brief statement: “The board has acted in accordance with its responsibilities and in the best interests of students. It would be inappropriate to comment further while a process is under way.”

About 200 parents packed the school gym on Tuesday night, many wearing green, the school colour, in a show of support for Mr Tran.

“He turned this school around,” said Deb Castellano, whose two sons attend Kalinda Heights. “When he started, kids were leaving for private schools in droves. Now there’s a waiting list. We deserve to know what’s going on.”

Another parent, who asked not to be named because her daughter is in Year 12, said the timing was “unbelievable, right before exams”.

“They’re about to sit their ATAR exams and the school is in chaos,” she said.

Mr Tran told the ABC he had not been told of any specific allegation against him.

“I’ve asked repeatedly what I’m supposed to have done and I haven’t been given an answer,” he said.

“I love this school and I want to go back to it. But I also want a fair process, and so far I don’t think I’ve had one.”

An Education Department spokeswoman said the department was “aware of concerns raised by the school board” and would “ensure any review is conducted fairly and promptly”.

WA Teachers’ Alliance president Carla Mendoza said principals at independent public schools were increasingly exposed to “boards overstepping their role”.

“Boards have an important job, but managing staff isn’t part of it. That’s the department’s job,” she said.

Opposition education spokesman Rhys Kennard said the case showed the independent public schools model needed an overhaul.

“When a board can push out a principal and refuse to tell the community why, something is badly wrong,” he said.""",
        [
            ("a bolt from the blue", "parent"),
            ("lost confidence in the current", "Kalinda Heights Senior High School Board"),
            ("a number of matters", "Kalinda Heights Senior High School Board"),
            ("The board has acted in", "Sandra Whitlock"),
            ("He turned this school around", "Deb Castellano"),
            ("When he started, kids were", "Deb Castellano"),
            ("unbelievable, right before exams", "parent"),
            ("They’re about to sit their", "parent"),
            ("I’ve asked repeatedly what I’m", "Michael Tran"),
            ("I love this school and", "Michael Tran"),
            ("aware of concerns raised by", "spokeswoman"),
            ("ensure any review is conducted", "spokeswoman"),
            ("boards overstepping their role", "Carla Mendoza"),
            ("Boards have an important job,", "Carla Mendoza"),
            ("When a board can push", "Rhys Kennard"),
        ],
    ),
    (
        """One in three SA teachers assaulted at work, union survey finds

By Kate Lindqvist

More than a third of South Australian public school teachers say they have been physically assaulted by a student in the past 12 months, according to a survey released by the state's largest teachers' union this week.

The SA Educators Union surveyed 2140 teachers and school leaders during term two for its report, "Safe to Teach? Violence and Wellbeing in South Australian Schools", which was tabled at the union's annual conference in Adelaide on Saturday.

Thirty-six per cent of respondents reported being hit, kicked, bitten or pushed by a student, up from 29 per cent in the union's 2021 survey. Almost two-thirds said they had been verbally abused.

The report found that "the normalisation of violence in some settings is driving experienced staff out of the profession", and called for smaller class sizes, more school psychologists and a dedicated behaviour support team in every region.

Union branch president Anthony Kourakis said the figures should "shock every parent and every member of parliament".

"Our members are not asking for much," Mr Kourakis said. "They're asking to go to work and come home without an injury. Right now, for too many of them, that's not happening.

"We hear from teachers who've been punched in the face and are back in the same classroom with the same student the next morning, because there is simply no one else."

Julie Parnaby, principal of Elmsworth Primary School in Adelaide's northern suburbs, said the figures matched what she saw every day.

"It's a small number of children, but they have very complex needs, and we're not resourced to meet them," she told EducationHQ. "We have one counsellor for 600 kids, two days a week."

Ms Parnaby said the department's so-called "behaviour reset" program, introduced last year, had helped some schools but had been rolled out "far too thinly" to make a difference at hers.

Education Minister Simone Latchford said the government took the findings seriously and was already investing $48 million in behaviour and wellbeing supports over four years.

"No teacher should ever be assaulted at work. Full stop," Ms Latchford said.

"We've employed more than 100 additional wellbeing staff since coming to government, and we'll keep working with the union and with principals on what else is needed."

A Department for Education spokesman said every reported incident was followed up and that schools had access to "a range of specialist supports, including the Behaviour Support Service".

But the union says many incidents go unreported. According to the survey, 41 per cent of teachers who had been assaulted did not lodge a formal report, most commonly because they did not believe it would lead to any action.

Mr Kourakis said the union would take the report's recommendations to the department when bargaining talks resume later this month.""",
        [
            ("the normalisation of violence in", "SA Educators Union"),
            ("shock every parent and every", "Anthony Kourakis"),
            ("Our members are not asking", "Anthony Kourakis"),
            ("They're asking to go to", "Anthony Kourakis"),
            ("We hear from teachers who've", "Anthony Kourakis"),
            ("It's a small number of", "Julie Parnaby"),
            ("We have one counsellor for", "Julie Parnaby"),
            ("far too thinly", "Julie Parnaby"),
            ("No teacher should ever be", "Simone Latchford"),
            ("We've employed more than 100", "Simone Latchford"),
            ("a range of specialist supports", "spokesman"),
        ],
    ),
    (
        """‘Heart of our town’: Bindarra families fight Catholic school closure

Jessica Harlow

Families in the southern Queensland town of Bindarra have vowed to fight a decision by Catholic education authorities to close the town’s only Catholic primary school at the end of the year.

The board of Carrington Catholic Education confirmed on Thursday that St Brigid’s Primary School, which has operated in Bindarra since 1926, would close because of falling enrolments and the cost of repairing its ageing buildings.

The school has 41 students, down from 112 a decade ago.

In a letter to parents, Carrington Catholic Education executive director Paul Vandermeer said the board had “agonised over this decision” but could not justify spending an estimated $3.2 million on repairs.

“We recognise the deep connection the Bindarra community has with St Brigid’s, and we do not underestimate the grief this news will cause,” the letter said.

“Our focus now is on supporting every family to find the right place for their child next year.”

P&F president Renee Kowalczyk said the news had devastated families.

“That school is the heart of our town,” she said. “My grandmother went there, my dad went there, and my kids are there now. You can’t put a price on that.”

Ms Kowalczyk said parents had offered to fundraise for the repairs and had not been consulted before the decision was made.

“We found out in a two-page letter,” she said. “Nobody from Carrington came out here to talk to us. Not once.”

The nearest Catholic school is in Tallawang, 68km away. Bindarra State School, a few hundred metres down the road, has said it can take all of St Brigid’s students.

Coolabah Shire Mayor Dennis Ruddick said losing the school would be “another kick in the guts” for a town that had already lost its bank branch and its hospital’s birthing service.

“Every time a service closes, another family or two decides it’s time to move to Toowoomba,” Cr Ruddick said. “It’s death by a thousand cuts.”

Parish priest Father Declan Moroney said he had written to the bishop asking him to intervene.

“I understand the numbers. I’m not naive about them,” Fr Moroney said. “But a Catholic school in a country town is about a lot more than numbers.”

A Carrington Catholic Education spokeswoman said the board’s decision was final.

“The board will not be revisiting this decision, but we will continue to meet with families over the coming weeks,” she said.""",
        [
            ("Heart of our town", "Renee Kowalczyk"),
            ("agonised over this decision", "Paul Vandermeer"),
            ("We recognise the deep connection", "Paul Vandermeer"),
            ("Our focus now is on", "Paul Vandermeer"),
            ("That school is the heart", "Renee Kowalczyk"),
            ("My grandmother went there, my", "Renee Kowalczyk"),
            ("We found out in a", "Renee Kowalczyk"),
            ("Nobody from Carrington came out", "Renee Kowalczyk"),
            ("another kick in the guts", "Dennis Ruddick"),
            ("Every time a service closes,", "Dennis Ruddick"),
            ("It’s death by a thousand", "Dennis Ruddick"),
            ("I understand the numbers. I’m", "Declan Moroney"),
            ("But a Catholic school in", "Declan Moroney"),
            ("The board will not be", "spokeswoman"),
        ],
    ),
    (
        """Ainslie University chancellor quits amid row over vice-chancellor's pay rise

By Sophie Darcy

The chancellor of Ainslie University has resigned, less than a week after the university council split over a 14 per cent pay rise for vice-chancellor Professor Graham Oduya.

Dr Margaret Fennessy announced her resignation in a brief email to council members late on Monday, saying she could "no longer provide the leadership the council requires".

"I have served this university for nine years and I leave it with great affection," she wrote. "I wish my successor every success."

The Canberra Times understands the council voted seven to six last Tuesday to approve the increase, which lifts Professor Oduya's total remuneration to about $1.26 million a year. Dr Fennessy voted in favour.

According to one council member, who spoke on condition of anonymity because council deliberations are confidential, the meeting was "the most bitter I've seen in any boardroom".

"People were talking over each other. There were accusations of bad faith on both sides," the council member said.

The pay rise comes as the university is midway through a restructure that will cut 180 jobs, and as staff negotiate a new enterprise agreement.

Tertiary Staff Union ACT division secretary Lauren Achterberg said the decision was "nothing short of grotesque".

"You cannot tell 180 people they no longer have a job and then hand the person at the top an extra $150,000," Ms Achterberg said. "Staff are furious, and they have every right to be."

Ainslie University Students' Association president Sam Whitford-Ng said students had been left "completely in the dark" about the council's decision, and called on the university to publish the minutes of the meeting.

In a statement, Ainslie University said the remuneration decision had been made "in line with the council's established processes and with reference to sector benchmarks".

The statement said Professor Oduya had "delivered significant improvements in research performance and student satisfaction" since his appointment in 2020, and that the council "remains united in its commitment to the university's strategic direction".

Professor Oduya did not respond to requests for comment.

ACT Minister for Skills and Education Tara Bellchambers said the government respected the university's independence but expected restraint.

"Universities are independent institutions, but they are also public institutions, and the community expects them to behave like it," Ms Bellchambers said. "I'd encourage the council to think about the message this sends to staff who are losing their jobs."

Deputy chancellor Richard Amos will act as chancellor until a replacement is appointed.""",
        [
            ("no longer provide the leadership", "Margaret Fennessy"),
            ("I have served this university", "Margaret Fennessy"),
            ("I wish my successor every", "Margaret Fennessy"),
            ("the most bitter I've seen", "council member"),
            ("People were talking over each", "council member"),
            ("nothing short of grotesque", "Lauren Achterberg"),
            ("You cannot tell 180 people", "Lauren Achterberg"),
            ("Staff are furious, and they", "Lauren Achterberg"),
            ("completely in the dark", "Sam Whitford-Ng"),
            ("in line with the council's", "Ainslie University"),
            ("delivered significant improvements in research", "Ainslie University"),
            ("remains united in its commitment", "Ainslie University"),
            ("Universities are independent institutions, but", "Tara Bellchambers"),
            ("I'd encourage the council to", "Tara Bellchambers"),
        ],
    ),
    (
        """Relief teacher shortage forcing Tasmanian schools to merge classes, union says

Ben Carrick

Tasmanian public schools merged or cancelled more than 2300 classes in the first half of the year because no relief teachers were available, according to figures obtained by the state’s main teachers’ union.

The Tasmanian Teachers’ Federation said the data, released under right to information laws, showed the problem was worst on the North-West Coast and in Hobart’s northern suburbs, where some schools were combining two or three classes several times a week.

When a class is “collapsed”, its students are split among other classes or supervised together in a library or hall, often by a teacher who is already responsible for their own class.

Federation president Karen Lovell said the figures were “the tip of the iceberg” because many schools did not record every instance.

“What we’re seeing is kids sitting in a hall doing worksheets while one teacher tries to keep an eye on 70 of them,” Ms Lovell said.

“That’s not education, it’s crowd control. And the teachers whose classes are absorbing those students are burning out.”

A Launceston teacher, who asked not to be named because department staff are not permitted to speak to the media, said her school had collapsed classes on 11 of the past 15 school days.

“Some weeks I don’t get a single planning lesson because I’m covering for someone,” she said. “I go home and plan until 10 o’clock at night. I love the job, but I don’t know how long I can keep doing this.”

Tasmanian Secondary Principals Council president Greg Hallworth said principals were “doing everything they can with a relief pool that simply isn’t big enough”.

Education Minister Josh Abernethy told reporters in Launceston on Wednesday the government had recruited 180 new teachers this year and was offering incentives for relief teachers to work in hard-to-staff areas.

“We are not pretending this isn’t a challenge. It is,” Mr Abernethy said. “But we’re turning it around, and the numbers this term are already better than they were in term one.”

Opposition education spokeswoman Ella Haddington said the minister had “had three years to fix this, and it has got worse on his watch”.

The Education Department said in a statement that the figures included classes combined for “planned whole-school activities such as sports carnivals and excursions”, and that “direct comparisons with previous years are not reliable” because of changes to how the data was recorded.

Ms Lovell rejected that explanation: “Nobody is counting the swimming carnival. These are ordinary Tuesday lessons that simply didn’t happen.”""",
        [
            ("the tip of the iceberg", "Karen Lovell"),
            ("What we’re seeing is kids", "Karen Lovell"),
            ("That’s not education, it’s crowd", "Karen Lovell"),
            ("Some weeks I don’t get", "Launceston teacher"),
            ("I go home and plan", "Launceston teacher"),
            ("doing everything they can with", "Greg Hallworth"),
            ("We are not pretending this", "Josh Abernethy"),
            ("But we’re turning it around,", "Josh Abernethy"),
            ("had three years to fix", "Ella Haddington"),
            ("planned whole-school activities such as", "Education Department"),
            ("direct comparisons with previous years", "Education Department"),
            ("Nobody is counting the swimming", "Karen Lovell"),
        ],
    ),
    (
        """Remote teachers sleeping in classrooms as housing crisis hits bush schools

By Daniel Ferreira

Teachers at some remote Northern Territory schools have been forced to sleep in classrooms and storerooms because there is no staff housing available, the Territory Teachers Union says.

The union told a parliamentary committee in Darwin on Thursday that at least 14 remote schools had vacant teaching positions that could not be filled because there was nowhere for a new teacher to live.

"We've got principals who have the funding for a teacher, they've got a willing applicant, and they have to say no because there's no house," union president Craig Munday told the committee.

"In one community I know of, a graduate teacher spent five weeks sleeping on a fold-out mattress in the school's resource room. That's not a one-off."

Mr Munday said some houses had been empty for more than a year waiting on repairs.

At Jarra Creek, about 300km south-east of Katherine, the school has been without a second senior teacher since February. Jarra Creek School council chair Mavis Lindsay said families had noticed.

"Our kids need teachers who stay. Every time a teacher leaves, the kids have to start again with someone new, and they lose trust," Ms Lindsay said.

"We've told the department for years. They come out, they take photos of the houses, and then nothing."

Education Minister Kylie Trevaskis said she was aware of the problem and the government had committed $22 million to build and refurbish 40 staff houses over three years.

"I'm not going to stand here and say it's good enough, because it's not," Ms Trevaskis said. "Housing is the single biggest barrier to attracting teachers to the bush and we're treating it that way."

A Department of Education spokeswoman said 11 new houses would be finished before the start of next school year and that no staff member was "required or expected to sleep on school premises".

"Where staff have made temporary arrangements, principals have been asked to report them so alternative accommodation can be found," the spokeswoman said.

The committee also heard from Dr Ruth Albrecht, an education researcher at the Northern Institute of Technology, whose research has found first-year teachers in remote schools are three times as likely as those in Darwin to leave within two years.

"Housing isn't the only factor, but it's the one that tips people over," Dr Albrecht said. "If your first experience of a community is that nobody planned for you to arrive, you don't stay."

The committee is due to report to parliament in November.""",
        [
            ("We've got principals who have", "Craig Munday"),
            ("In one community I know", "Craig Munday"),
            ("Our kids need teachers who", "Mavis Lindsay"),
            ("We've told the department for", "Mavis Lindsay"),
            ("I'm not going to stand", "Kylie Trevaskis"),
            ("Housing is the single biggest", "Kylie Trevaskis"),
            ("required or expected to sleep", "spokeswoman"),
            ("Where staff have made temporary", "spokeswoman"),
            ("Housing isn't the only factor,", "Ruth Albrecht"),
            ("If your first experience of", "Ruth Albrecht"),
        ],
    ),
]
