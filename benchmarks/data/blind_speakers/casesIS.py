CASES = [
    (
        """Students shut down eMthombeni campus over unpaid allowances

Lindiwe Mabaso

Classes were suspended at the eMthombeni campus of Eastern Cape Metropolitan University on Tuesday after students barricaded the main gate with burning tyres, demanding the payment of meal and accommodation allowances they say are three months overdue.

Police fired rubber bullets to disperse a crowd of about 300 students who had gathered outside the administration block shortly after 8am.

"We are hungry. Some of us have not eaten a proper meal in a week," said Sipho Ndlovu, a second-year education student. "How must we write tests when the money that was promised to us in February has still not arrived?"

The Student Representative Council (SRC) said about 4,000 students funded by the National Student Support Scheme (NSSS) had not received their allowances since the start of the academic year.

SRC president Anathi Gqirana told reporters the council had written to the scheme twice without receiving a response.

"We have been patient. We have attended every meeting and signed every form they put in front of us. Today our patience has run out," she said.

"Management must stop hiding behind the scheme. They must come out and tell students when the money will be paid."

University spokesperson Dr Noluthando Keswa said management understood the frustration but condemned the damage to property.

"The university respects the right of students to protest peacefully, but we cannot tolerate the burning of tyres and the intimidation of staff who want to go to work," Keswa said.

She said the delays were caused by "a verification backlog at the scheme's offices" and that the university had no control over the disbursement of funds.

In a statement issued on Tuesday afternoon, the NSSS said it was aware of the problem and that payments to the affected students would be processed "within the next ten working days".

"The scheme regrets the inconvenience caused to students and is working closely with the institution to resolve all outstanding cases," the statement said.

Police spokesperson Captain Thembeka Mdoda confirmed that two students had been arrested for public violence and would appear in the eMthombeni Magistrate's Court on Thursday.

"The situation is calm at the moment, but officers will remain on the campus until we are satisfied there is no further threat," Mdoda said.

By late afternoon, municipal workers were clearing debris from the entrance, and the university said it hoped to resume lectures on Wednesday.""",
        [
            ("We are hungry. Some", "Sipho Ndlovu"),
            ("How must we write tests", "Sipho Ndlovu"),
            ("We have been patient.", "Anathi Gqirana"),
            ("Management must stop hiding behind", "Anathi Gqirana"),
            ("The university respects the right", "Noluthando Keswa"),
            ("a verification backlog at the", "Noluthando Keswa"),
            ("within the next ten working", "National Student Support Scheme"),
            ("The scheme regrets the inconvenience", "National Student Support Scheme"),
            ("The situation is calm at", "Thembeka Mdoda"),
        ],
    ),
    (
        """Strike: Lecturers reject FG's N180bn offer, vow to stay off classrooms

By Chukwuemeka Okafor, Abuja

The Nigerian Universities Academic Staff Congress has rejected the Federal Government's offer of N180bn to settle outstanding earned allowances, insisting that its members will not return to the classrooms until a renegotiated agreement is signed.

The union's National President, Prof. Adebayo Ogunleye, stated this on Monday while addressing journalists at the end of an emergency meeting of its National Executive Council in Abuja.

Ogunleye said the offer, which was conveyed to the union in a letter from the Federal Ministry of Education last Thursday, was "far below what the government itself agreed to in 2019" and did nothing to address the decay in public universities.

"We have been down this road before. Every time we suspend a strike on the basis of promises, the government goes back to sleep," Ogunleye said.

"Our members cannot continue to teach in laboratories without reagents and lecture halls without chairs. The N180bn is not an offer; it is an insult to the intelligence of Nigerians."

He added that the NEC had directed all branches to "remain resolute and united" and not to be intimidated by threats to invoke the no-work, no-pay policy.

But the Minister of State for Education, Dr. Halima Bako-Yusuf, said the government had demonstrated good faith and urged the lecturers to consider the plight of students who had been at home for four months.

"Government has gone beyond what it can afford in the present economic circumstances. We appeal to the union to meet us halfway in the interest of our children," Bako-Yusuf said in a statement signed by the ministry's Director of Press, Mr. Ifeanyi Nwachukwu.

Meanwhile, the Nigerian Students' Congress has threatened to occupy federal highways across the country if the strike is not called off within two weeks.

The congress' Senate President, Comrade Tunde Alabi-Ojo, told our correspondent on the telephone that students had become "the grass suffering in a fight between two elephants".

"We are tired. Some of our members who were supposed to graduate last year are still at home, and nobody is talking about them," he said.

A final-year student of Mass Communication at a federal university in the South-West, who pleaded anonymity, said she had taken up a job as a sales girl in a supermarket to support her family.

"I don't even know when I will finish again. My mates in private universities have graduated and are doing their service year," she said.

The strike, which began on February 14, has affected more than 40 federal universities and some state-owned institutions whose lecturers joined the action in solidarity.""",
        [
            ("far below what the government", "Adebayo Ogunleye"),
            ("We have been down this", "Adebayo Ogunleye"),
            ("Our members cannot continue to", "Adebayo Ogunleye"),
            ("remain resolute and united", "Adebayo Ogunleye"),
            ("Government has gone beyond what", "Halima Bako-Yusuf"),
            ("the grass suffering in a", "Tunde Alabi-Ojo"),
            ("We are tired. Some of", "Tunde Alabi-Ojo"),
            ("I don't even know when", "final-year student of Mass Communication"),
        ],
    ),
    (
        """Council approves 6.8% fee hike despite SRC walkout

By Kamogelo Sebego

The University of the Highveld council has approved a 6.8% increase in tuition fees and a 7.5% increase in residence fees for next year, despite a walkout by student representatives during Saturday’s meeting.

The increase, which will take effect in January, means that a first-year BCom student will pay about R58 400 in tuition, up from R54 700 this year.

Vice-Chancellor Professor Mandla Dube said the decision had not been taken lightly. “Council is acutely aware of the financial pressure on students and their families. But we also have a responsibility to keep this institution financially sustainable,” Dube said in an email to staff and students on Sunday.

He wrote that state subsidies had “not kept pace with inflation for the better part of a decade”, leaving the university with a R212-million shortfall in its operating budget.

SRC secretary-general Refilwe Mokoena, who was among the five student members who left the meeting, said the council had ignored a proposal for a zero percent increase for students from households earning below R600 000 a year.

“We came with a fully costed proposal. We did the work. They didn’t even open the document,” Mokoena told Highveld Herald.

“The so-called missing middle is going to be pushed out of this university. These are students whose parents earn too much for funding but too little to pay R58 000.”

Mokoena said the SRC would hold a mass meeting on the Library Lawns on Wednesday to decide on “what action students are prepared to take”.

The Students for Change caucus, which contested last year’s SRC elections, distanced itself from any plans to shut down the campus.

“We share the anger, but shutting down lectures three weeks before exams hurts the very students we claim to be fighting for,” the caucus said in a post on its Instagram page.

A senior member of the university’s finance committee, who asked not to be named because they were not authorised to speak to the media, said the increase was lower than the 8.2% originally proposed by management.

“There was a real fight in that room. Some members wanted double digits,” the committee member said.

Dean of Students Dr Palesa Nkosi urged students struggling with fees to approach the financial aid office before registration opens in January. “No student should drop out in silence. There are bursaries and payment plans that many students simply don’t know about,” she said.""",
        [
            ("Council is acutely aware of", "Mandla Dube"),
            ("not kept pace with inflation", "Mandla Dube"),
            ("We came with a fully", "Refilwe Mokoena"),
            ("The so-called missing middle is", "Refilwe Mokoena"),
            ("what action students are prepared", "Refilwe Mokoena"),
            ("We share the anger, but", "Students for Change"),
            ("There was a real fight", "senior member of the university’s finance committee"),
            ("No student should drop out", "Palesa Nkosi"),
        ],
    ),
    (
        """Police teargas students protesting 200% fee hike at Oke-Ayo varsity

OKE-AYO — Police on Wednesday fired teargas to disperse hundreds of students of the Adeyemo Akande University of Science and Technology, Oke-Ayo, who blocked the Ibadan-bound highway to protest a sharp increase in school fees.

Under the new fee regime announced by the institution's management last week, returning students will pay N185,000 per session, up from N62,000, while fresh students will pay N240,000.

A 300-level Chemistry student, Blessing Adeniran, said her parents, who are petty traders, could not afford the new fees.

"My father sells yams in the market. Where does the school expect him to get N185,000 from? This is a state university, it is supposed to be for the children of the poor," she said.

The President of the Students' Union Government, Olumide Fasanmi, said the students had tried dialogue with management before resorting to the protest.

"We wrote letters. We met the Vice-Chancellor twice. All we got were promises that the matter would be looked into," Mr Fasanmi said. "Today, we decided that enough is enough."

Witnesses said at least six students were injured in the stampede that followed the firing of teargas canisters.

The spokesperson of the state police command, Yemisi Ogundare, a superintendent of police, confirmed the incident but denied that live bullets were used.

"Our men only used minimal force to clear the highway, which had been blocked for over four hours. Motorists, including those taking patients to hospital, were stranded," she said in a telephone interview.

According to Ms Ogundare, no student was arrested.

The university's Registrar, Kehinde Olatunji, in a statement on Wednesday evening, defended the review, saying the institution had not increased fees in nine years while its subvention from the state government had been "cut by almost half since 2020".

"The management is not insensitive to the economic realities in the country. However, the university cannot continue to run on fees fixed in 2015 when the price of diesel alone has increased tenfold," the statement read.

He said a committee had been set up to look into "genuine cases of students who cannot pay" and that students could now pay in three instalments.

A senior lecturer in the Faculty of Social Sciences, who did not want to be named for fear of victimisation, told our reporter the increase was "inevitable but badly handled".

"The government has abandoned the university. But management should have consulted the students and parents before announcing such a drastic increase," the lecturer said.

The state Commissioner for Education, Dr Funmilayo Ajiboye, could not be reached for comment as calls to her phone were not answered and a text message had not been replied to as of the time of filing this report.""",
        [
            ("My father sells yams in", "Blessing Adeniran"),
            ("We wrote letters. We met", "Olumide Fasanmi"),
            ("Today, we decided that enough", "Olumide Fasanmi"),
            ("Our men only used minimal", "Yemisi Ogundare"),
            ("cut by almost half since", "Kehinde Olatunji"),
            ("The management is not insensitive", "Kehinde Olatunji"),
            ("genuine cases of students who", "Kehinde Olatunji"),
            ("inevitable but badly handled", "senior lecturer in the Faculty of Social Sciences"),
            ("The government has abandoned the", "senior lecturer in the Faculty of Social Sciences"),
        ],
    ),
    (
        """Parents fume as school withholds reports over unpaid fees

Zanele Khumalo

Angry parents gathered outside Rietvlei Park Primary School in Kwaggasrand, east of Johannesburg, on Monday after the school allegedly withheld the end-of-year reports of more than 80 learners whose parents owe school fees.

The parents, some of whom took time off work, accused the school governing body of punishing children for their parents' debts, some as small as R350.

Nomsa Radebe, whose daughter is in Grade 4, said she was told at the gate that she would only receive the report once she had settled an outstanding balance of R1 200.

"I lost my job in March. I explained this to the school and filled in the exemption forms, but nobody ever got back to me," Radebe said.

"Now my child is crying because all her friends have their reports and she does not. What did she do wrong?"

Another parent, Themba Mahlangu, said the practice was humiliating. "They called out the names of the children in front of the whole class. Children talk. My son came home and said he did not want to go back," he said.

Provincial education department spokesperson Lerato Mashaba said withholding reports over unpaid fees was against the law.

"The law is very clear. No learner may be denied a report, or be excluded from any school activity, because their parents have not paid fees," Mashaba said.

She said district officials had been sent to the school and that the reports would be released "by the end of the day".

The chairperson of the school governing body, Pieter van Wyk, denied that reports had been withheld, saying there had been "a misunderstanding between the security guard and some parents".

"We are a fee-paying school and we depend on fees to pay for extra teachers and security. But we have never refused a child a report and we never will," van Wyk told The Reef Times.

He said about a third of parents at the school had not paid fees this year, leaving a shortfall of nearly R900 000.

Education rights group Equal Classrooms Alliance said the incident was not isolated.

"Every December we receive dozens of complaints from parents across the province whose children's reports are held back. The department needs to act against governing bodies that break the law," the group's researcher, Ayanda Sithole, said.

By 3pm, several parents said they had received their children's reports, although some complained that they had been asked to sign an acknowledgement of debt first.""",
        [
            ("I lost my job in", "Nomsa Radebe"),
            ("Now my child is crying", "Nomsa Radebe"),
            ("They called out the names", "Themba Mahlangu"),
            ("The law is very clear.", "Lerato Mashaba"),
            ("by the end of the", "Lerato Mashaba"),
            ("a misunderstanding between the security", "Pieter van Wyk"),
            ("We are a fee-paying school", "Pieter van Wyk"),
            ("Every December we receive dozens", "Ayanda Sithole"),
        ],
    ),
    (
        """Federal Poly shut indefinitely after students' protest over blackout, hostel fees

By Ibrahim Musa Danjuma, Garin-Kaya

The management of the Federal Polytechnic, Garin-Kaya, has shut the institution indefinitely following a protest by students over a prolonged power outage and a 150 per cent increase in hostel accommodation fees.

In a notice signed by the Registrar, Alhaji Sani Garba-Lawal, on Thursday, students were directed to vacate their hostels by 6pm on Friday.

"Sequel to the unruly conduct of students which led to the destruction of property worth millions of naira, the Governing Council has approved the immediate closure of the Polytechnic until further notice," the notice read.

Our correspondent gathered that the protest began on Wednesday night after the campus had been without electricity for 19 days. Some of the students allegedly set fire to a security post and smashed the windows of the bursary department.

According to a student leader who spoke on condition of anonymity for fear of being expelled, students had lived in darkness for almost three weeks while being asked to pay N75,000 for bed spaces that previously cost N30,000.

"We study with torchlight. We fetch water from the stream because the pumps don't work without light. And they want us to pay N75,000 for this? It is wickedness," the student leader said.

Another student, Aisha Bello-Yakubu, an HND II student of Accountancy, said she was worried about her final examinations, which were scheduled to begin in two weeks.

"I came from Kano with all my things. Now they are telling us to go home. Who will pay my transport back?" she asked.

The Polytechnic's Public Relations Officer, Malam Yusuf Dankani, blamed the power outage on a debt owed to the electricity distribution company, which he said had disconnected the institution over unpaid bills of N48m.

"The management has been in talks with the DisCo and we were close to an agreement when the students took the law into their own hands," Dankani said.

He described the hostel fee review as "a necessary step to keep the hostels habitable", saying the polytechnic had spent heavily on renovating the hostels last year.

The Chairman of the local branch of the Polytechnic Lecturers' Association, Dr Emmanuel Odey, said the union sympathised with the students but condemned the violence.

"Both management and students must sheathe their swords. The closure will only worsen an academic calendar that is already behind by one semester," he said.

The state Police Command's spokesman, DSP Haruna Abdullahi, said three suspects had been arrested in connection with the arson and that normalcy had returned to the campus.""",
        [
            ("Sequel to the unruly conduct", "Sani Garba-Lawal"),
            ("We study with torchlight. We", "student leader"),
            ("I came from Kano with", "Aisha Bello-Yakubu"),
            ("The management has been in", "Yusuf Dankani"),
            ("a necessary step to keep", "Yusuf Dankani"),
            ("Both management and students must", "Emmanuel Odey"),
        ],
    ),
    (
        """Postgrads begin hunger strike over scrapped bursaries

By Yusuf Adams and Naledi Phiri

Six master’s students began a hunger strike on the steps of the Kliphuis administration building on Monday, after the University of the Southern Cape scrapped a bursary scheme that covered the fees of about 450 postgraduate students.

The Postgraduate Excellence Bursary, which paid full tuition and a monthly stipend of R6 500, will not accept new applicants next year, the university announced last month. Current holders will be funded until the end of their degrees.

‘We are not doing this because we want to. We are doing this because we have run out of options,’ said Zaid Petersen, a master’s student in environmental science and one of the six.

‘Without this bursary, people like me — the first in our families to go to university — will never do a PhD. The message is that research is for the rich.’

Petersen said the strikers would drink only water until the university’s executive agreed to meet them in public.

Deputy vice-chancellor for research Professor Carmen Hendricks said the decision was ‘painful but unavoidable’.

In a letter to the Postgraduate Students’ Association, Hendricks wrote that the scheme had been funded from a reserve that was ‘now effectively depleted’, and that the university was seeking external partners.

‘We have engaged with the strikers and we respect their commitment. But I must be honest with them: there is no pot of money that management is hiding,’ she told Varsity Voice.

The executive had offered to meet the association’s leadership on Thursday, she said.

The association’s chairperson, Thandeka Zulu, said the offer was not good enough. ‘They want a closed meeting where nothing is recorded. We want them to come outside and face the students they are abandoning,’ she said.

A report tabled at Senate in August, titled ‘Sustaining Research Excellence in a Constrained Fiscal Environment’, warned that postgraduate enrolments could fall by as much as a fifth if the bursary was withdrawn.

Campus Health Service said nurses would check on the strikers twice a day. ‘We have advised the students of the risks of prolonged fasting, particularly for those with chronic conditions,’ a Campus Health Service spokesperson said.

A lecturer in the sociology department, who asked not to be named, said several academics had signed a letter of support. ‘These are some of our strongest students. Losing them would be a disaster for the department,’ the lecturer said.

By Tuesday evening, about 40 students had joined the six on the steps, some bringing blankets and camping chairs for what they said would be a long night.""",
        [
            ("We are not doing this", "Zaid Petersen"),
            ("Without this bursary, people like", "Zaid Petersen"),
            ("painful but unavoidable", "Carmen Hendricks"),
            ("now effectively depleted", "Carmen Hendricks"),
            ("We have engaged with the", "Carmen Hendricks"),
            ("They want a closed meeting", "Thandeka Zulu"),
            ("We have advised the students", "spokesperson"),
            ("These are some of our", "lecturer in the sociology department"),
        ],
    ),
    (
        """Students decry delays as Education Credit Fund misses disbursement deadline

By Ngozi Eze-Obi

Hundreds of students under the Nigerian Education Credit Fund (NECF) have expressed frustration over the failure of the fund to disburse loans for the current session, weeks after the deadline it set for itself expired.

The fund had promised in August that tuition payments would be made directly to institutions "no later than the first week of October".

But checks by our correspondent across five federal universities showed that many of the beneficiaries had been barred from registering for courses because their fees had not been paid.

At the Federal University, Ikot-Ubo, a 200-level Law student, Emediong Etuk, said she had been told to pay the fees herself or forfeit the semester.

"I applied for the loan because my parents cannot pay. Now the school is saying I should pay and wait for a refund. Pay with what?" Etuk said.

The Students' Union President of the university, Comrade Kelechi Anozie, described the situation as a betrayal.

He said: "When this scheme was launched, we were told that no Nigerian student would be sent home for lack of money. Today, thousands are being sent home. Somebody must be held accountable."

Anozie said the union would join a nationwide protest planned for next Tuesday under the banner "Fund Our Future" if the loans were not paid by Friday.

Responding, the fund's Head of Corporate Communications, Mrs Oluwaseun Adeleke-Bright, attributed the delay to a reconciliation exercise with institutions that had submitted incomplete records.

"Some institutions uploaded data that did not match the records of students on our portal. We cannot pay money into a void; every kobo must be accounted for," she said in an interview on Thursday.

"We want to assure students and parents that no genuine applicant will lose out. Payments to institutions that have completed the process have already started."

She said 41 institutions had been paid so far.

The fund, in a statement on its X handle on Wednesday, urged institutions to allow affected students to register pending the payment of their fees.

"Institutions are reminded that students whose applications have been approved should not be denied registration or access to examinations," the fund said.

However, a bursar at a federal university in the North-Central, who spoke on condition of anonymity because he was not authorised to speak, said the institutions were also under pressure.

"We have salaries to pay and overheads to run. We cannot keep admitting students on the strength of a promise that keeps shifting," the bursar said.

An education policy analyst with the Centre for Learning and Equity, Dr Hauwa Mohammed-Kyari, told our correspondent the scheme was "a good idea suffering from poor execution".

"The government should fix the data problem quickly, because a student who misses a semester may never return," she said.""",
        [
            ("no later than the first", "Nigerian Education Credit Fund"),
            ("I applied for the loan", "Emediong Etuk"),
            ("When this scheme was launched,", "Kelechi Anozie"),
            ("Some institutions uploaded data that", "Oluwaseun Adeleke-Bright"),
            ("We want to assure students", "Oluwaseun Adeleke-Bright"),
            ("Institutions are reminded that students", "Nigerian Education Credit Fund"),
            ("We have salaries to pay", "bursar at a federal university in the North-Central"),
            ("a good idea suffering from", "Hauwa Mohammed-Kyari"),
            ("The government should fix the", "Hauwa Mohammed-Kyari"),
        ],
    ),
]
