CASES = [
    (
        """Ashton hospital to end baby deliveries, citing staffing shortage

By Megan Kessler
Staff writer

ASHTON, Wis. — St. Brendan's Memorial Hospital will stop delivering babies at the end of March, leaving expectant mothers in three counties with an hour's drive or more to the nearest birthing unit, hospital officials announced Tuesday.

The 42-bed hospital said it could no longer recruit enough obstetric nurses and family physicians willing to take overnight call. Its labor and delivery unit handled 211 births last year, down from nearly 340 a decade ago.

"This is not a decision we made lightly, and it's not one we made quickly," said Carla Whitfield, the hospital's president and chief executive. "We have been trying for more than two years to fill these positions. We simply can't staff the unit safely around the clock."

Whitfield said the hospital had offered signing bonuses of up to $40,000 and housing assistance, but had filled only two of seven open nursing positions.

Patients who are already more than 20 weeks pregnant will be able to deliver at St. Brendan's through March 31, according to a letter the hospital sent to patients last week. After that, the letter said, prenatal care will continue at the hospital's clinics, but deliveries will be referred to Lakeshore Regional Medical Center in Port Halvorsen, 58 miles away.

That distance worries Dr. Aaron Lindqvist, a family physician who has delivered babies in Ashton for 19 years.

"In the winter, with the roads the way they get, 58 miles can be an hour and a half," Lindqvist said. "Some of these women are going to end up delivering in the back seat of a car, or in our emergency room without the team they need."

He said the emergency department would still be able to handle unplanned deliveries but that staff would need additional training.

The closure is part of a national trend. A 2024 report by the Center for Rural Maternal Health found that more than 100 rural hospitals had stopped offering obstetric services since 2020, a pattern its authors said was creating "maternity care deserts across much of the Upper Midwest."

State Rep. Janine Osterholt, R-Ashton, called the announcement "a gut punch for young families" and said she would push for a state grant program to help rural hospitals keep birthing units open.

"We can't keep telling people to move to small towns and raise families here and then take away the place where they'd have their babies," Osterholt said in a statement.

Kayla Brennan, 27, who is due in May, said she learned about the change from a Facebook post.

"I cried, honestly," she said. "My mom had me at St. Brendan's. I thought I'd have mine there too."

A hospital spokeswoman said St. Brendan's would hold two community meetings next month to answer questions from patients.""",
        [
            ("This is not a decision", "Carla Whitfield"),
            ("We have been trying for", "Carla Whitfield"),
            ("In the winter, with the", "Aaron Lindqvist"),
            ("Some of these women are", "Aaron Lindqvist"),
            ("maternity care deserts across much", "Center for Rural Maternal Health"),
            ("a gut punch for young", "Janine Osterholt"),
            ("We can't keep telling people", "Janine Osterholt"),
            ("I cried, honestly,", "Kayla Brennan"),
            ("My mom had me at", "Kayla Brennan"),
        ],
    ),
    (
        """Measles cases climb to 14 in Prairie Rivers health region, officials urge vaccination

Public health officials in southern Manitoba are urging families to check their children's vaccination records after the number of confirmed measles cases in the Prairie Rivers health region rose to 14, up from five a week ago.

All but one of the cases involve people who were not fully vaccinated, and nine are children under 12, according to figures released Thursday by Prairie Rivers Health.

"We are seeing exactly the kind of spread we were worried about," Dr. Nadia Okafor-Bell, the region's medical officer of health, told reporters at a briefing in Steinfeld. "Measles is one of the most contagious diseases we know of. If you are not protected and you are exposed, there is a very high chance you will get sick."

Okafor-Bell said two children had been admitted to hospital, one of them to the pediatric intensive care unit at Children's Hospital in Winnipeg. Both were in stable condition Thursday, she said.

The health authority has posted a list of possible exposure sites, including a church hall in the rural municipality of Brandt and the emergency department at Steinfeld Regional Hospital on the evening of March 3.

Anyone who was at those locations and develops a fever, cough or rash should call ahead before visiting a clinic or emergency room, the health authority said in a statement, "so staff can take steps to protect other patients."

Childhood vaccination rates in parts of the region have fallen well below the 95 per cent that experts say is needed to prevent outbreaks. Provincial data show that only 71 per cent of seven-year-olds in the Brandt district had received both doses of the measles vaccine in 2024.

Jordan Plett, a pharmacist in Steinfeld, said his store has seen a noticeable jump in people asking about shots over the past week.

"We had a grandmother come in yesterday with her printed-out records from 1968 asking if she was covered," Plett said. "People are paying attention now, which is good. I just wish it hadn't taken an outbreak."

Manitoba's health minister, Raj Deol, said the province will add extra vaccination clinics in the region starting next week, including evening and Saturday hours.

"No one should have to choose between a shift at work and getting their kid protected," Deol said in a written statement.

Some parents in the area remain hesitant. A mother of three in Brandt, who asked not to be named because she feared backlash from neighbours, said in an interview she had chosen not to vaccinate her children "because of what I'd read online," but was now reconsidering.

"I don't know what to believe anymore," she said.

Okafor-Bell said public health nurses are available to talk through concerns with any parent.

"We're not here to shame anybody," she said. "We want to answer your questions."

A full list of exposure sites and upcoming clinic times is posted on the Prairie Rivers Health website.""",
        [
            ("We are seeing exactly the", "Nadia Okafor-Bell"),
            ("Measles is one of the", "Nadia Okafor-Bell"),
            ("so staff can take steps", "Prairie Rivers Health"),
            ("We had a grandmother come", "Jordan Plett"),
            ("People are paying attention now,", "Jordan Plett"),
            ("No one should have to", "Raj Deol"),
            ("because of what I'd read", "mother of three in Brandt"),
            ("I don't know what to", "mother of three in Brandt"),
            ("We're not here to shame", "Nadia Okafor-Bell"),
            ("We want to answer your", "Nadia Okafor-Bell"),
        ],
    ),
    (
        """Experimental pill cut heart attacks in high-risk patients, trial finds, but liver signal raises questions

By Daniel Reyes-Hartmann

An experimental once-daily pill that lowers a little-studied form of cholesterol reduced heart attacks and strokes by 19% in patients at high risk of cardiovascular disease, according to results presented Saturday at a cardiology meeting in Chicago.

The drug, called veltoprafen, was developed by Cambridge, Mass.-based Arborline Therapeutics. It targets lipoprotein(a), a particle largely determined by genetics that is elevated in roughly one in five people and that standard cholesterol drugs such as statins do little to lower.

“This is the first time anyone has shown that lowering Lp(a) actually translates into fewer events,” said Dr. Helen Marchetti, a cardiologist at Beacon Hill University Medical Center and the trial’s principal investigator. “For a lot of patients who have done everything right and still had a heart attack at 45, this could matter enormously.”

The trial, known as HORIZON-Lp, enrolled 8,412 patients in 21 countries who had previously had a heart attack or stroke and had Lp(a) levels well above normal. After a median of 2.7 years, 9.1% of patients on the drug had a major cardiovascular event, compared with 11.2% of those on placebo.

But outside experts cautioned that the benefit, while statistically significant, was smaller than some had hoped, and that a modest increase in liver enzyme abnormalities in the treatment group needs closer scrutiny.

“It’s a real effect, but it’s not a home run,” said Dr. Samuel Achebe, a preventive cardiologist at Lakeview Heart Institute in Cleveland who was not involved in the research. “The question for clinicians is going to be who exactly benefits enough to justify another pill, another cost, and whatever this liver signal turns out to be.”

About 3.4% of patients taking veltoprafen had elevated liver enzymes, compared with 1.9% on placebo. Marchetti said most cases resolved without stopping the drug and none led to liver failure.

Arborline said it plans to file for approval with the Food and Drug Administration by the end of the year. In a statement, the company called the results “a landmark for patients with genetically elevated Lp(a)” and said it was “committed to full transparency” about safety data as regulators review the findings.

The company did not say how it would price the drug. One investment bank estimated it could cost $6,000 to $9,000 a year in the U.S.

Dr. Priya Venkataraman, who studies drug pricing at the Northgate School of Public Health, said the price would determine how widely the drug is used.

“We’ve seen this movie before with the PCSK9 inhibitors,” she said, referring to another class of cholesterol drugs whose uptake was slowed by high prices and insurer restrictions. “A drug that works doesn’t help anyone if patients can’t get it covered.”

The study was funded by Arborline. Several investigators, including Marchetti, reported consulting fees from the company.

Two other drugs targeting Lp(a), from larger pharmaceutical companies, are in late-stage trials, with results expected next year.""",
        [
            ("This is the first time", "Helen Marchetti"),
            ("For a lot of patients", "Helen Marchetti"),
            ("It’s a real effect, but", "Samuel Achebe"),
            ("The question for clinicians is", "Samuel Achebe"),
            ("a landmark for patients with", "Arborline Therapeutics"),
            ("committed to full transparency", "Arborline Therapeutics"),
            ("We’ve seen this movie before", "Priya Venkataraman"),
            ("A drug that works doesn’t", "Priya Venkataraman"),
        ],
    ),
    (
        """Nurses at Salem hospital vote to authorize strike over staffing

SALEM, Ore. — Nurses at Mercy Oaks Medical Center voted overwhelmingly this week to authorize a strike, setting up a possible walkout at one of the Willamette Valley's largest hospitals as early as next month.

Of the roughly 1,100 nurses who cast ballots, 94% voted in favor, the Oregon Registered Nurses Alliance announced Friday. The union must give the hospital 10 days' notice before any walkout.

At the center of the dispute is staffing. The union says the hospital routinely assigns nurses more patients than allowed under a state law that took effect last year, and it wants the limits written into the contract, with penalties for violations.

Lena Moreau, an intensive care nurse who has worked at Mercy Oaks for 12 years and sits on the union's bargaining team, described a recent night shift in blunt terms:

"I had three ICU patients when I should have had two. One of them was crashing, and I had to choose who I was going to be in the room with. That's not nursing. That's triage, and it's happening every week.

"Nobody votes to strike because they want to. We voted to strike because we're out of other options."

Hospital executives dispute the union's account. In a statement, Mercy Oaks said it had hired more than 200 nurses in the past 18 months and was "in compliance with Oregon's staffing law on the vast majority of shifts." The hospital said it had offered raises totaling 18% over three years.

"We value our nurses and we want to reach an agreement at the bargaining table," said Gregory Tan, the hospital's chief nursing officer. "A strike would not be good for anyone, least of all our patients."

Tan said the hospital had already begun contracting with an agency that supplies replacement nurses, a step he described as "prudent planning" rather than a sign that negotiations had broken down.

The union called that move intimidation. "They're spending millions on strike nurses instead of spending it on the people who already work here," said Dwayne Ruiz, the union's executive director.

Labor experts said the dispute reflects tensions playing out at hospitals nationwide as the industry struggles with burnout and turnover that accelerated during the COVID-19 pandemic.

"Staffing has replaced wages as the number one issue in nurse contracts," said Theresa Vang, who studies health care labor at Oregon Pacific University. "Hospitals are under real financial pressure, but nurses have learned that they have leverage, and they're using it."

The two sides are scheduled to meet again Tuesday with a federal mediator. A hospital spokesperson said Mercy Oaks would keep all units open in the event of a strike and did not expect to divert ambulances.""",
        [
            ("I had three ICU patients", "Lena Moreau"),
            ("Nobody votes to strike because", "Lena Moreau"),
            ("in compliance with Oregon's staffing", "Mercy Oaks Medical Center"),
            ("We value our nurses and", "Gregory Tan"),
            ("A strike would not be", "Gregory Tan"),
            ("prudent planning", "Gregory Tan"),
            ("They're spending millions on strike", "Dwayne Ruiz"),
            ("Staffing has replaced wages as", "Theresa Vang"),
            ("Hospitals are under real financial", "Theresa Vang"),
        ],
    ),
    (
        """Nova Scotia's family doctor wait-list drops below 100,000 for first time in three years

HALIFAX — The number of Nova Scotians waiting for a family doctor has fallen below 100,000 for the first time since 2022, the province said Wednesday, though physicians warn many people who have been matched still can't get timely appointments.

The province's Primary Care Connect registry listed 96,420 people as of June 1, down from a peak of nearly 158,000 in the spring of 2023, according to figures released by the Department of Health and Wellness.

Health Minister Colleen Fraser-MacIsaac credited the drop to the recruitment of internationally trained doctors, new collaborative clinics and an expanded role for pharmacists and nurse practitioners.

"Three years ago, people told us this problem couldn't be fixed," Fraser-MacIsaac told reporters at a clinic in Dartmouth. "We're not done, not even close, but this is real progress, and Nova Scotians are seeing it."

The department said 61 new family physicians had started practising in the province in the past 12 months, more than half of them trained outside Canada.

But the Nova Scotia Family Physicians Association says the registry number tells only part of the story.

"Getting a name on a roster is not the same thing as getting care," said Dr. Amira Haddad, the association's president. "We're hearing from patients who are attached to a clinic on paper and still waiting six or eight weeks to be seen."

Haddad said many family physicians are approaching retirement, and warned that gains could be erased if the province does not do more to keep doctors who are already practising.

A survey by the association this spring found that 38 per cent of its members planned to retire or reduce their hours within five years. The association's report, titled "Holding the Line," recommended cutting administrative paperwork, which it said takes up as much as 10 hours of a typical doctor's week.

In rural areas, the picture is mixed. In the Annapolis Valley community of Kingsmere, the only clinic lost two of its four physicians last year.

Ron Chisholm, 71, of Kingsmere, said he had been on the wait-list for 22 months before being assigned to a virtual care clinic in March.

"It's better than nothing," he said. "But I've got a heart condition. I'd like somebody who can actually put a stethoscope on me once in a while."

Opposition health critic Derek Sampson accused the government of "cherry-picking" numbers ahead of next year's election.

"The minister can hold all the news conferences she wants," Sampson said in a statement. "Ask anyone trying to get an appointment in Cape Breton whether the crisis is over."

Fraser-MacIsaac rejected that characterization and said the government would release regional breakdowns of wait times later this year.

"I've never said the crisis is over," she said. "I've said we're moving in the right direction, and I stand by that."

The department said the regional figures would be posted online in the fall.""",
        [
            ("Three years ago, people told", "Colleen Fraser-MacIsaac"),
            ("We're not done, not even", "Colleen Fraser-MacIsaac"),
            ("Getting a name on a", "Amira Haddad"),
            ("We're hearing from patients who", "Amira Haddad"),
            ("It's better than nothing,", "Ron Chisholm"),
            ("But I've got a heart", "Ron Chisholm"),
            ("cherry-picking", "Derek Sampson"),
            ("The minister can hold all", "Derek Sampson"),
            ("Ask anyone trying to get", "Derek Sampson"),
            ("I've never said the crisis", "Colleen Fraser-MacIsaac"),
            ("I've said we're moving in", "Colleen Fraser-MacIsaac"),
        ],
    ),
    (
        """Heat-related ER visits hit record in Tres Rios County as cooling centers strain

By Alicia Montoya
Health reporter

Emergency rooms in Tres Rios County treated more than 3,900 people for heat-related illness between May and September, the highest number on record, according to a report released Monday by the county’s public health department.

The report found that visits rose 22% over last summer, driven largely by a stretch of 19 consecutive days in July when temperatures in Caliche Springs topped 112 degrees. It also counted 141 confirmed heat deaths, with another 60 still under investigation.

“These are preventable deaths,” said Dr. Marisol Ortega, the county’s director of public health. “Every one of them represents a failure somewhere — a broken air conditioner, a missed wellness check, a bus stop with no shade.”

More than half of those who died were 65 or older, and about 40% were people experiencing homelessness, the report said. In at least 23 cases, investigators found that a home air conditioner was either broken or turned off, often because of cost.

At Desert Valley Medical Center, the region’s busiest emergency department, doctors said they saw patients with core temperatures above 107 degrees on several days in July.

“We were putting people in body bags full of ice — I mean that literally, that’s the fastest way to cool someone down,” said Dr. Kevin Haldane, an emergency physician there. “Some of them walked in talking. Some of them came in by ambulance and never woke up.”

The county operated 84 cooling centers this summer, up from 60 last year. But the report noted that many closed by 5 p.m., when temperatures are often still near their peak, and that only six were open overnight.

A county official involved in planning the centers, who spoke on condition of anonymity because they were not authorized to discuss budget negotiations, said the department had asked for funding to keep 20 sites open around the clock next year.

“Whether we get it is up to the board,” the official said.

Board of Supervisors Chair Linda Castellanos said in an email that she supported expanding overnight hours and that the board would consider the request at its January budget session. She called the report’s findings “sobering” and said “no one in this county should die because they couldn’t afford to run their AC.”

Advocates for unhoused residents said more is needed. Tomás Villegas, outreach director at Hope Street Mission, said his team found people in medical distress on nearly every shift in July.

“We hand out water, we hand out cooling towels, and we call 911 a lot,” Villegas said. “But you can’t outreach your way out of 115 degrees.”

The county is also expanding a program that gives free window air conditioning units to low-income seniors, with 1,200 units set to be distributed before next summer, Ortega said.""",
        [
            ("These are preventable deaths,", "Marisol Ortega"),
            ("Every one of them represents", "Marisol Ortega"),
            ("We were putting people in", "Kevin Haldane"),
            ("Some of them walked in", "Kevin Haldane"),
            ("Whether we get it is", "county official involved in planning the centers"),
            ("sobering", "Linda Castellanos"),
            ("no one in this county", "Linda Castellanos"),
            ("We hand out water, we", "Tomás Villegas"),
            ("But you can’t outreach your", "Tomás Villegas"),
        ],
    ),
    (
        """Cyberattack forces Great Lakes Health to divert ambulances, delay surgeries

By Tom Wierzbicki

PORT SABLE, Mich. — A cyberattack on Great Lakes Health's computer network forced the hospital system to divert ambulances from two of its emergency departments and postpone dozens of scheduled surgeries Monday, as staff worked from paper charts for a third day.

The Port Sable-based system, which operates four hospitals and more than 30 clinics in western Michigan, first detected "suspicious activity" on its network early Saturday and shut down many of its systems as a precaution, spokesman Brian Koval said.

"Patient safety is our top priority, and we are taking every step necessary to restore our systems safely," Koval said. "We are grateful for the patience of our patients and the extraordinary work of our staff."

Koval declined to say whether the system had received a ransom demand or whether patient data had been stolen, citing an ongoing investigation involving the FBI.

Ambulances were being diverted from Great Lakes Health Port Sable Hospital and Great Lakes Health Ottawa Shores, according to Tri-County Emergency Medical Services. Patients with strokes, heart attacks and major trauma were being taken to hospitals in Brennerton, about 30 miles away.

Tri-County EMS Director Sandra Pohl said the diversions had added as much as 25 minutes to some transport times.

"For most patients, that's an inconvenience. For a stroke patient, every minute counts," Pohl said. "We've adjusted our staffing and we're managing, but we'd like to see this resolved quickly."

A nurse at the Port Sable hospital, who asked not to be identified because employees had been told not to speak to the media, said lab results were being hand-delivered to floors and medication orders were being written out and double-checked by hand.

"Everything takes three times as long," the nurse said. "People are doing their best, but we're exhausted, and nobody can tell us when it's going to be back."

Cancer patients were among those affected. Marjorie Eckert, 63, said her chemotherapy appointment scheduled for Monday was postponed with a phone call Sunday night.

"They were very apologetic, but they couldn't tell me when I'd get rescheduled," Eckert said. "When you're in the middle of treatment, you count the days."

In a notice posted on its website, Great Lakes Health told patients to "continue to attend scheduled appointments unless contacted by your care team" and said its emergency departments remained open to walk-in patients.

Hospitals have become frequent targets for ransomware groups, which lock up computer systems and demand payment to restore them. A report last year by the Health Sector Cybersecurity Council found that attacks on U.S. health care organizations had more than doubled since 2020.

"Hospitals are attractive targets because downtime is so costly, both financially and for patients," said Raymond Oduya, a cybersecurity researcher at the Huron Valley Institute of Technology. "Attackers know the pressure to pay is enormous."

He said recovery from a major attack typically takes weeks, not days.""",
        [
            ("suspicious activity", "Brian Koval"),
            ("Patient safety is our top", "Brian Koval"),
            ("We are grateful for the", "Brian Koval"),
            ("For most patients, that's an", "Sandra Pohl"),
            ("We've adjusted our staffing and", "Sandra Pohl"),
            ("Everything takes three times as", "nurse at the Port Sable hospital"),
            ("People are doing their best,", "nurse at the Port Sable hospital"),
            ("They were very apologetic, but", "Marjorie Eckert"),
            ("When you're in the middle", "Marjorie Eckert"),
            ("continue to attend scheduled appointments", "Great Lakes Health"),
            ("Hospitals are attractive targets because", "Raymond Oduya"),
            ("Attackers know the pressure to", "Raymond Oduya"),
        ],
    ),
    (
        """'It's like breathing through a straw': Wildfire smoke sent kids with asthma to ER at nearly triple the rate, B.C. study finds

Harjit Grewal

Children with asthma in B.C.'s Southern Interior were nearly three times as likely to end up in an emergency department on days when wildfire smoke was heaviest, according to a new study by researchers at Fraser Basin University.

The study, published this week in the Canadian Journal of Respiratory Health, examined 11 years of emergency visits by patients under 18 across 14 hospitals in the region, and matched them against daily measurements of fine particulate pollution.

"We expected to see an increase, but the size of it surprised us," said Dr. Evelyn Tsang, a pediatric respirologist and the study's lead author. "On the worst smoke days, the risk for a child with asthma nearly tripled compared with a clean-air day."

The researchers found the effect lasted up to three days after the smoke cleared, and was strongest among children under five.

Tsang said the findings should prompt families and schools to treat smoke forecasts the way they treat extreme cold warnings.

"Parents check the weather before they send their kids out in January," she said. "We'd like them to check the air quality forecast in August with the same habit."

In a statement, the Southern Interior Health Authority said it was "reviewing the study closely" and noted that it has distributed more than 4,000 portable air purifiers to vulnerable households since 2023.

Kamloops mother Shawna Dubois said her eight-year-old son, Eli, spent two nights in hospital during the 2023 fire season.

"It's like breathing through a straw — that's how he described it to me," Dubois said. "He was scared. I was scared. We had the windows shut and the fan going and it didn't matter."

She said the family has since bought a HEPA purifier and keeps masks and extra inhaler doses packed by the door every summer.

Dr. Michael Aurelio, a Vancouver respirologist who was not involved in the research, called the study "an important piece of local evidence" but cautioned that emergency visits capture only the most severe cases.

"For every child who shows up in the ER, there are probably several more who are having a bad week at home, missing school, using their rescue inhaler four or five times a day," he said.

B.C.'s Ministry of Health said in an emailed response that the province is working with health authorities on a wildfire smoke response plan, including clean-air shelters in the communities most often affected.

Tsang said that planning can't come soon enough.

"Smoke season is getting longer," she said. "This isn't a once-in-a-decade event anymore. It's every summer, and our kids are the ones breathing it."

The research was funded by the Pacific Lung Health Foundation and the Canadian Institutes of Health Research.""",
        [
            ("It's like breathing through a", "Shawna Dubois"),
            ("We expected to see an", "Evelyn Tsang"),
            ("On the worst smoke days,", "Evelyn Tsang"),
            ("Parents check the weather before", "Evelyn Tsang"),
            ("We'd like them to check", "Evelyn Tsang"),
            ("reviewing the study closely", "Southern Interior Health Authority"),
            ("It's like breathing through a", "Shawna Dubois"),
            ("He was scared. I was", "Shawna Dubois"),
            ("an important piece of local", "Michael Aurelio"),
            ("For every child who shows", "Michael Aurelio"),
            ("Smoke season is getting longer,", "Evelyn Tsang"),
            ("This isn't a once-in-a-decade event", "Evelyn Tsang"),
        ],
    ),
]
