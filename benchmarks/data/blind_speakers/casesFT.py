CASES = [
    (
        """Students barricade entrances at Mbalenhle university as bursary payouts stall

Thandeka Mokoena

Classes were suspended at Mbalenhle University of Technology in Emalahleni on Tuesday after students barricaded the main entrances with burning tyres and rocks, demanding that months of outstanding accommodation allowances be paid.

The protest, which began shortly after 6am, was led by the student representative council (SRC), which said more than 3 000 students had not received their allowances since February.

"We are tired of empty promises. Students are sleeping in libraries and some have been evicted by landlords because the money has not come," said SRC president Lwazi Ndlovu.

Ndlovu said the council had written to university management three times without receiving a response.

"Management keeps telling us that the matter is with the funder. The funder tells us it is with management. Meanwhile, a first-year student from Bushbuckridge has nothing to eat," he said.

University spokesperson Nomvula Sithole said management understood the students' frustration but could not condone the damage to property.

"The university has been engaging the National Student Funding Agency daily to resolve the verification backlog. We want to assure students that the payments will be processed," Sithole said.

She said the academic programme would be suspended until Thursday "to ensure the safety of staff and students".

Police spokesperson Captain Jabulani Mkhize confirmed that two students had been arrested for public violence.

"Officers used rubber bullets to disperse a group that was throwing stones at vehicles on the R544. The two suspects will appear in the Emalahleni Magistrate's Court on Thursday," Mkhize said.

In a statement, the National Student Funding Agency said the delays had been caused by "incomplete registration data" submitted by several institutions.

"The agency has paid allowances to all students whose records were verified. We call on institutions to submit outstanding data urgently so that no student is left behind," the statement read.

A second-year engineering student, who asked not to be named for fear of victimisation, said she had borrowed money from relatives to pay her rent.

"My mother is a domestic worker. She cannot send me R2 500 every month. If the allowance does not come this week, I will have to go home," she said.

Ndlovu said the SRC would continue with the shutdown until the university produced a written payment schedule.""",
        [
            ("We are tired of empty", "Lwazi Ndlovu"),
            ("Management keeps telling us that", "Lwazi Ndlovu"),
            ("The university has been engaging", "Nomvula Sithole"),
            ("to ensure the safety of", "Nomvula Sithole"),
            ("Officers used rubber bullets to", "Jabulani Mkhize"),
            ("incomplete registration data", "National Student Funding Agency"),
            ("The agency has paid allowances", "National Student Funding Agency"),
            ("My mother is a domestic", "second-year engineering student"),
        ],
    ),
    (
        """Lecturers Begin Indefinite Strike Over Unpaid Salaries, Shut 28 Varsities

Olufemi Adeyemi, Abuja

Academic activities were grounded in at least 28 federal universities on Monday as the Congress of University Lecturers of Nigeria began an indefinite strike over what it described as the Federal Government’s failure to implement the 2022 agreement it signed with the union.

The National President of the union, Prof. Ikechukwu Obiora, who announced the strike at a press conference in Abuja, said lecturers were being owed between four and seven months’ salaries.

“We have exhausted every avenue of dialogue. We wrote letters, we attended meetings, we gave a 21-day ultimatum which expired last Friday and nobody called us,” Obiora said.

He added, “Our members cannot continue to teach on empty stomachs. The strike is total and indefinite, and it will remain so until government does the needful.”

The union also accused the government of starving the universities of funds, noting that some laboratories had not been equipped since the 1990s.

“Go to any of our faculties of medicine today and you will see students sharing one microscope among 40. This is not the university system Nigerians deserve,” the union president stated.

Reacting, the Federal Ministry of Education described the strike as “unnecessary and ill-timed”, insisting that government had released N38bn for the payment of arrears.

The ministry’s Director of Press, Mrs Halima Bello-Yusuf, said in a statement on Monday that the Minister of Education, Dr Tunde Olagunju, had invited the union leadership to a meeting on Wednesday.

“The Honourable Minister remains committed to the renegotiation process and urges the union to return to the negotiating table in the interest of our students,” the statement read.

Meanwhile, students across the country expressed frustration over the development.

A 300-level Mass Communication student of the Federal University, Ogoja, Miss Blessing Eze, told our correspondent that she had hoped to graduate next year.

She said, “I entered this school in 2019. By now I should have finished. Every time we resume, they strike again. My parents are tired.”

The President of the National Union of Nigerian Students, Comrade Usman Danjuma, gave both parties two weeks to resolve the dispute or face nationwide protests.

“Students are not the enemies of government or of lecturers, but we are always the victims. If this strike goes beyond two weeks, we will occupy the roads,” Danjuma warned.""",
        [
            ("We have exhausted every avenue", "Ikechukwu Obiora"),
            ("Our members cannot continue to", "Ikechukwu Obiora"),
            ("Go to any of our", "Ikechukwu Obiora"),
            ("unnecessary and ill-timed", "Federal Ministry of Education"),
            ("The Honourable Minister remains committed", "Halima Bello-Yusuf"),
            ("I entered this school in", "Blessing Eze"),
            ("Students are not the enemies", "Usman Danjuma"),
        ],
    ),
    (
        """Fee increases capped at 5.1% as universities brace for another tense registration season

Pieter van Wyk

Universities will be allowed to raise tuition fees by no more than 5.1% next year, Higher Education Minister Naledi Khumalo announced on Wednesday, in a move vice-chancellors warned could deepen the financial crisis at historically disadvantaged institutions.

Speaking at a briefing in Pretoria, Khumalo said the cap was "a careful balance between affordability for poor and working-class families and the sustainability of our institutions".

"We cannot return to the days when a student's ability to study was determined by the size of their parents' bank balance. At the same time, we cannot allow our universities to collapse," she said.

The department will also raise the accommodation allowance cap for funded students in private residences from R45 000 to R50 000 a year, Khumalo said.

But the Vice-Chancellors' Forum, which represents the country's 26 public universities, said the cap fell well below the real rate of cost increases in the sector.

Professor Sipho Mabuza, who chairs the forum and is vice-chancellor of the University of the Lowveld, put it bluntly:

"Electricity costs have gone up by more than 18% in two years. Security costs have doubled at some campuses. Salary negotiations with unions are settling at 6% and above. A 5.1% cap, in those circumstances, is a cut.

"The institutions that will suffer most are the rural and historically black universities, which do not have large third-stream income or wealthy alumni to fall back on."

Mabuza said several universities were already running operating deficits and had frozen academic posts.

Student leaders were similarly unimpressed, though for different reasons. The Progressive Students' Congress has called for a zero percent increase.

"Any increase at all is a barrier. The minister talks about the missing middle, but the missing middle is still missing from her announcement," said Karabo Lekota, the congress's secretary-general.

Lekota said students who earn too much to qualify for state funding but too little to afford fees - the so-called "missing middle" - had been left waiting for a loan scheme first promised in 2019.

A senior official in the department, who was not authorised to speak to the media, said the Treasury had rejected a request for an additional R3.4-billion to fund the scheme this year.

"The money simply isn't there. The minister fought for it, but the fiscus is under enormous pressure," the official said.

Khumalo declined to comment on the budget negotiations but said the department was "exploring partnerships with the private sector and development finance institutions" to capitalise the loan scheme.

She said details would be published before the end of the year.""",
        [
            ("a careful balance between affordability", "Naledi Khumalo"),
            ("We cannot return to the", "Naledi Khumalo"),
            ("Electricity costs have gone up", "Sipho Mabuza"),
            ("The institutions that will suffer", "Sipho Mabuza"),
            ("Any increase at all is", "Karabo Lekota"),
            ("The money simply isn't there.", "senior official in the department"),
            ("exploring partnerships with the private", "Naledi Khumalo"),
        ],
    ),
    (
        """Tuition hike: Police teargas protesting students in Benue

By Chinedu Nwachukwu, Makurdi

Policemen on Thursday fired teargas canisters to disperse hundreds of students of the Benue State University of Education, Otukpo, protesting a 200 per cent increase in tuition fees.

The students, who blocked the Otukpo-Makurdi road for about five hours, said the new fees, which rose from N65,000 to N195,000 for returning students, would force many of them out of school.

Speaking with Vanguard, the President of the Students’ Union Government, SUG, Comrade Ochefu Agbo, said the management took the decision without consulting students.

“We woke up to see a circular on the notice board. No meeting, no consultation. Most of our parents are farmers and petty traders. Where do they want them to get N195,000?” he asked.

Agbo alleged that two students were injured when policemen fired teargas into the crowd, adding that one of them was taken to the General Hospital, Otukpo.

But the state Police Public Relations Officer, SP Grace Iornem, said officers acted with restraint.

According to her, “Our men were deployed to maintain law and order after motorists were stranded for hours. Teargas was used only when some of the protesters began to attack vehicles. No student was shot.”

In a reaction, the university’s Registrar, Mr Emmanuel Ogbu, said the increase was approved by the Governing Council after the state government reduced its subvention to the institution.

He said: “The university has not reviewed its fees in eight years. Within that period, the cost of diesel alone has risen more than tenfold. We cannot run laboratories, pay part-time lecturers and keep the hostels habitable with the old fees.”

Ogbu, however, said management was willing to meet with the student leaders and consider payment in instalments.

“Our doors are open. We are not unmindful of the economic situation in the country,” he added.

Also reacting, the state Commissioner for Higher Education, Dr Mrs Comfort Ameh, urged the students to remain calm, saying the governor had directed her to look into the matter.

A source in the Government House, who craved anonymity because he was not authorised to speak on the matter, said the governor was “not comfortable” with the size of the increase and might order a partial reversal before the end of the week.""",
        [
            ("We woke up to see", "Ochefu Agbo"),
            ("Our men were deployed to", "Grace Iornem"),
            ("The university has not reviewed", "Emmanuel Ogbu"),
            ("Our doors are open. We", "Emmanuel Ogbu"),
            ("not comfortable", "source in the Government House"),
        ],
    ),
    (
        """Assessor's report paints damning picture of Northern Cape university council

Lerato Dlamini

An independent assessor appointed to investigate the governance crisis at Sol Mokgatla University in Kimberley has found that council members interfered in tenders, appointed relatives to senior posts and "failed dismally" in their fiduciary duties.

The 214-page report, titled "Restoring Trust: An Independent Assessment of Governance at Sol Mokgatla University", was tabled before Parliament's portfolio committee on higher education on Tuesday.

The assessor, Advocate Themba Radebe SC, wrote that the council had "become a site of patronage rather than oversight".

"It is difficult to escape the conclusion that certain members of council regarded the institution as a source of personal enrichment. Procurement processes were routinely bypassed, and staff who raised concerns were victimised," the report states.

Radebe recommended that the minister dissolve the council and appoint an administrator for a period of 24 months.

The university's council chairperson, Dr Boitumelo Segoe, rejected the findings. In a letter to the committee seen by the Mail & Guardian, Segoe said the assessor had relied on "hearsay and the testimony of disgruntled former employees".

"Council was not given an adequate opportunity to respond to the allegations before the report was finalised. We will be seeking legal advice," she wrote.

Committee chairperson Mandla Tshabalala said MPs were "deeply disturbed" by the findings.

"What we have read today is a betrayal of the students and workers of this university, and of the people of the Northern Cape who fought for it to be established," Tshabalala told the committee.

Staff unions at the university welcomed the report. The Tertiary Education Workers' Union's branch secretary, Kagiso Mothibi, said workers had been vindicated.

"For three years we were called troublemakers for asking where the money was going. Now it is in black and white," said Mothibi.

The department of higher education said in a statement that the minister had received the report and would "apply her mind to the recommendations" within 30 days.

One senior academic at the university, who did not want to be named, said morale had collapsed.

"People are leaving. We have lost four professors in the faculty of natural sciences this year alone. Nobody wants to work in a place where the council is at war with itself," the academic said.""",
        [
            ("failed dismally", "Themba Radebe"),
            ("become a site of patronage", "Themba Radebe"),
            ("It is difficult to escape", "Themba Radebe"),
            ("hearsay and the testimony of", "Boitumelo Segoe"),
            ("Council was not given an", "Boitumelo Segoe"),
            ("deeply disturbed", "Mandla Tshabalala"),
            ("What we have read today", "Mandla Tshabalala"),
            ("For three years we were", "Kagiso Mothibi"),
            ("apply her mind to the", "department of higher education"),
            ("People are leaving. We have", "senior academic at the university"),
        ],
    ),
    (
        """FG retains 18-year minimum age for university admission, sets 150 cut-off mark

By Aisha Mohammed

The Federal Government has retained 18 years as the minimum age for admission into Nigerian universities, despite pressure from parents and private school owners to reverse the policy.

The decision was announced on Tuesday in Abuja at the annual policy meeting on admissions, attended by vice-chancellors, rectors, provosts and officials of the National Admissions Board (NAB).

The Minister of State for Education, Abubakar Sani-Gwarzo, told reporters after the meeting that the policy was in the best interest of the children.

"We have seen 14- and 15-year-olds in our universities who are not emotionally mature enough to cope with campus life. Some of them fall victim to cultism, some to exploitation. This policy is about protecting them," Mr Sani-Gwarzo said.

He, however, said candidates who were 16 or 17 and had "exceptional results" could apply for a waiver through their institutions.

The meeting also fixed 150 as the minimum score in the board's entrance examination for admission into universities, and 100 for polytechnics and colleges of education.

The Registrar of NAB, Ibrahim Kolawole, said institutions were free to set higher cut-off marks but must not go below the benchmark.

"Any institution that admits a candidate below the approved minimum will have such admission withdrawn. We have the technology to detect it, and we will name and shame," he said.

The board said in a statement that over 1.9 million candidates sat the examination this year, and that the results showed "a worrying decline in performance in mathematics and English language".

Private school owners, however, criticised the age policy. The National President of the Association of Private Schools Proprietors of Nigeria, Chinwe Okafor, said it would waste the time of brilliant children.

"A child who finishes secondary school at 15 because he is gifted should not be asked to sit at home for three years. What is he supposed to do? Sell recharge cards?" Mrs Okafor asked.

An education policy analyst at the University of Jos, Nanret Dung, said the debate ignored the bigger problem of access.

"Every year, more than a million qualified candidates cannot find places. Whether the minimum age is 16 or 18 does not change that. We need more capacity, more lecturers and more funding," Ms Dung told PREMIUM TIMES.""",
        [
            ("We have seen 14- and", "Abubakar Sani-Gwarzo"),
            ("exceptional results", "Abubakar Sani-Gwarzo"),
            ("Any institution that admits a", "Ibrahim Kolawole"),
            ("a worrying decline in performance", "National Admissions Board"),
            ("A child who finishes secondary", "Chinwe Okafor"),
            ("Every year, more than a", "Nanret Dung"),
        ],
    ),
    (
        """Students sleep outside admin block in protest over historical debt

Nokuthula Zwane

Dozens of students at Tshwane Metropolitan University have spent three nights sleeping outside the main administration building in Soshanguve, vowing not to leave until management allows them to register despite owing fees.

The students, who say they collectively owe more than R40m in historical debt, have been blocked from registering for the new academic year.

Among them is Palesa Motaung, 23, a final-year nursing student from Ga-Rankuwa, who owes R38 000.

"I only need one more year to become a nurse. My mother is unemployed and my father passed away in 2021. If they don't let me register, all the years I have studied here are wasted," Motaung said.

She said she had been sleeping on a thin blanket on the concrete with other students, who share food bought with donations from local churches.

The university's executive director of student affairs, Dr Musa Cele, said management had already cleared debt of up to R20 000 for more than 4 000 students this year.

"We have gone as far as we can without putting the university itself at risk. Outstanding student debt now stands at over R1.2bn. If we write it all off, we will not be able to pay salaries by June," Cele said.

Cele said students who owed more than R20 000 could sign acknowledgement-of-debt forms and pay 10% upfront.

But the students said even 10% was out of reach for most of them.

SRC secretary Tumelo Rapoo described the offer as "a cruel joke".

"They know very well that a student who owes R60 000 does not have R6 000 lying around. This is exclusion dressed up as a concession," Rapoo said.

The department of higher education's spokesperson said the ministry was aware of the situation.

"The department is in contact with the university and the SRC. We encourage all parties to find a solution that allows deserving students to continue with their studies," the spokesperson said.

Meanwhile, a lecturer in the faculty of health sciences said staff members had been bringing the students food and blankets.

"Some of these students are among the best in their classes. It breaks your heart to walk past them every morning," said the lecturer, who asked not to be named.

Rapoo said the students would march to the Union Buildings on Friday if there was no breakthrough.""",
        [
            ("I only need one more", "Palesa Motaung"),
            ("We have gone as far", "Musa Cele"),
            ("a cruel joke", "Tumelo Rapoo"),
            ("They know very well that", "Tumelo Rapoo"),
            ("The department is in contact", "spokesperson"),
            ("Some of these students are", "lecturer in the faculty of health sciences"),
        ],
    ),
    (
        """Student Loan Fund Disburses N12.4bn to 140 Institutions, Says Tuition Backlog Cleared

Emeka Okoro in Abuja

The Students’ Education Credit Fund (SECF) said on Sunday that it had disbursed N12.4 billion to 140 tertiary institutions for the payment of tuition fees of more than 210,000 beneficiaries.

The fund, in a statement on its website, described the disbursement as “the largest single tuition payment in the history of student financing in Nigeria”.

The Managing Director of the fund, Dr Yakubu Aminu Lawal, told journalists in Abuja that the disbursement cleared all applications verified up to the end of October.

“The era when a Nigerian child would drop out of school because his parents could not pay fees must end. This fund is a promise from the government to every young Nigerian, and we intend to keep it,” Lawal said.

He disclosed that an additional 65,000 applications were still undergoing verification, mostly because institutions had not uploaded the required student data.

“We have written to the vice-chancellors, rectors and provosts of the affected institutions. Some have responded promptly; others have not. We will publish the list of defaulting institutions if they fail to act within two weeks,” he said.

According to the fund, beneficiaries will begin repayment two years after completing the mandatory National Youth Service Corps programme, with deductions not exceeding 10 per cent of their monthly income.

However, some students who spoke with THISDAY complained of delays in the payment of upkeep allowances.

A final-year student of the Federal University of Technology, Gombe, Abdulrahman Musa, said he applied in March but had yet to receive any money for his upkeep.

“They paid my school fees, which I am grateful for. But the monthly stipend they promised us has not come. I still have to trek from my off-campus lodge because I cannot afford transport,” he said.

Reacting, the fund’s Head of Corporate Communications, Mrs Funmilayo Adebanjo, said upkeep payments were being made in batches.

She explained: “Upkeep is paid directly into the student’s bank account, and that requires a second level of verification with the banks. We have completed the first two batches. The third batch will be paid before the end of this month.

“We appeal to students to be patient and to ensure that their BVN details match the information they submitted on the portal.”

But a professor of economics of education at Crescent Hill University, Ota, Prof. Olumide Bankole, said the scheme would only succeed if repayment was enforced, warning that earlier loan schemes in the country collapsed because “nobody ever paid back, and nobody ever asked them to”.

“If the repayment side of this scheme is not designed properly from day one, we will be back here in ten years with an empty fund and a new committee,” Bankole said.""",
        [
            ("the largest single tuition payment", "Students’ Education Credit Fund"),
            ("The era when a Nigerian", "Yakubu Aminu Lawal"),
            ("We have written to the", "Yakubu Aminu Lawal"),
            ("They paid my school fees,", "Abdulrahman Musa"),
            ("Upkeep is paid directly into", "Funmilayo Adebanjo"),
            ("We appeal to students to", "Funmilayo Adebanjo"),
            ("nobody ever paid back, and", "Olumide Bankole"),
            ("If the repayment side of", "Olumide Bankole"),
        ],
    ),
]
