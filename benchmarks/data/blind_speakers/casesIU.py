CASES = [
    (
        """DOH steps up measles drive in Zamboanga Peninsula as cases climb

By Rhea Mae Dizon-Ocampo
Inquirer Mindanao

ZAMBOANGA CITY, Philippines — The Department of Health (DOH) has deployed 140 additional vaccinators to the Zamboanga Peninsula after measles cases in the region rose to 412 in the first six weeks of the year, more than triple the number recorded in the same period last year.

Dr. Ferdinand Lacsamana-Uy, director of the DOH Center for Health Development in the region, said the teams would go house to house in 38 barangays where immunization coverage among children below five had fallen under 60 percent.

"We are not waiting for the children to come to the health centers anymore. We are going to them," Lacsamana-Uy told reporters at a briefing on Monday.

He said many parents had skipped routine shots during the pandemic and had not caught up since. "Some mothers told our midwives they were afraid, some said the center was too far, some simply forgot. Whatever the reason, the gap is now showing," he said.

Of the 412 cases, 287 involved children aged below five, and four deaths had been recorded, all of them unvaccinated, according to the regional epidemiology and surveillance unit.

In Barangay Talisayan, where 31 cases have been logged, barangay health worker Merlinda Cabahug said vaccinators had been turned away from at least a dozen households last week.

"They say the vaccine makes the child sick. We explain that a little fever is normal, but it takes time," Cabahug said. "Once one neighbor agrees, the others usually follow."

The city health office has also set up vaccination posts in three public markets and at the Canelar bus terminal, and will keep them open until 7 p.m. on weekdays.

City health officer Dr. Joanna Villaverde-Sali said the office had enough doses for the next two months but was worried about the supply of vitamin A capsules, which are given alongside the measles-rubella vaccine.

"We have asked the regional office for an additional allocation. We expect it within the week," she said.

The DOH has described the outbreak as "concerning but manageable," and said it was monitoring similar increases in parts of the Bangsamoro region.

In a statement, the Philippine Pediatric Society urged parents to check their children's immunization cards, saying that two doses of the vaccine offered "about 97 percent protection" against the disease.

Health Secretary Rodolfo Banaag-Sison, speaking in Manila, said the department was prepared to declare an outbreak in specific municipalities if cases continued to climb.

"We would rather act early than count more deaths," Banaag-Sison said. —WITH A REPORT FROM JOEY T. MANALANSAN""",
        [
            ("We are not waiting for", "Ferdinand Lacsamana-Uy"),
            ("Some mothers told our midwives", "Ferdinand Lacsamana-Uy"),
            ("They say the vaccine makes", "Merlinda Cabahug"),
            ("Once one neighbor agrees", "Merlinda Cabahug"),
            ("We have asked the regional", "Joanna Villaverde-Sali"),
            ("concerning but manageable", "Department of Health"),
            ("about 97 percent protection", "Philippine Pediatric Society"),
            ("We would rather act early", "Rodolfo Banaag-Sison"),
        ],
    ),
    (
        """Dengue surge leaves West Java hospitals short of beds

Dita Anggraeni (The Jakarta Post)
Bandung ● Mon, March 10, 2025

Hospitals in several West Java regencies have begun placing dengue patients in corridors and prayer rooms as a surge in cases outpaces bed capacity, with health officials warning that the peak may not come until April.

Data from the West Java Health Agency show 9,870 dengue cases and 61 deaths in the province since the start of January, compared with 4,115 cases over the same period last year. Sumberwaras regency has been the hardest hit, followed by neighboring Cikaret.

At Sumberwaras Regional General Hospital (RSUD Sumberwaras), 46 of the 58 patients admitted on Sunday had dengue, according to hospital director Hendra Saputra Wibisono.

"We have added 30 extra beds, but it is still not enough. Some patients are treated on stretchers while they wait," Hendra said on Monday.

He said the hospital had requested extra nurses from the regency administration and had postponed non-emergency surgeries for two weeks to free up staff.

The head of the provincial health agency, Ratna Kusumawardhani, attributed the spike to an unusually long rainy season and warmer temperatures, which she said had sped up the breeding cycle of the Aedes aegypti mosquito.

"The pattern this year is different. Usually cases start to fall in March, but we are still seeing increases week by week," Ratna told The Jakarta Post.

She urged residents to take part in the government's "3M Plus" program — draining, closing and recycling water containers — and said the agency had distributed 12,000 bottles of larvicide to community health centers (Puskesmas).

Some residents, however, complained that fogging had come too late.

"The fogging came only after my neighbor's child died. Why not before?" said Yuli Marlina, 38, a resident of Cikaret village, where three children have died of dengue since January.

A village official, who asked not to be named, said the village had requested fogging twice in December but was told to wait because of limited insecticide stocks. "We asked, twice. They said the stock was empty," the official said.

Health Ministry spokesperson Agus Dharmawan said fogging was "not the main solution" and that eliminating breeding sites remained the most effective measure.

"Fogging only kills adult mosquitoes. If the larvae are still there, in a week you have a new generation," Agus said.

The ministry is also expanding a pilot program in which mosquitoes carrying Wolbachia bacteria, which reduce the insects' ability to transmit the dengue virus, are released in residential areas. The program currently covers five cities.

Epidemiologist Siti Nurhaliza Prameswari of Pasundan Timur University said the strain on hospitals showed the need for earlier warnings.

"If the data from Puskesmas were shared in real time, regencies could prepare beds and staff two or three weeks in advance," she said. "Right now, hospitals find out when the patients are already at the door."

Hendra said his hospital would keep its emergency tent open at least until the end of April.""",
        [
            ("We have added 30 extra", "Hendra Saputra Wibisono"),
            ("The pattern this year is", "Ratna Kusumawardhani"),
            ("The fogging came only after", "Yuli Marlina"),
            ("We asked, twice.", "village official"),
            ("not the main solution", "Agus Dharmawan"),
            ("Fogging only kills adult mosquitoes.", "Agus Dharmawan"),
            ("If the data from Puskesmas", "Siti Nurhaliza Prameswari"),
            ("Right now, hospitals find out", "Siti Nurhaliza Prameswari"),
        ],
    ),
    (
        """Philippines to vaccinate 2 million schoolgirls against cervical cancer

MANILA, Aug 14 (Reuters) - The Philippines will offer free human papillomavirus (HPV) vaccines to about 2 million girls in public schools starting next month, the health ministry said on Wednesday, as it seeks to cut one of the region's highest death rates from cervical cancer.

The drive will target girls aged 9 to 14 in grades four to eight, and will use a single-dose schedule recommended by the World Health Organization, the ministry said in a statement.

"Cervical cancer is preventable, and no Filipina should die of a disease we can stop with one injection," Health Undersecretary Maria Consolacion Ebarle told a news conference.

Cervical cancer kills around 4,000 women in the Philippines each year, according to government estimates, and is the second most common cancer among Filipino women.

Past school vaccination campaigns in the Southeast Asian nation have been dogged by mistrust, particularly since a controversy over a dengue vaccine several years ago, which health experts blame for a sharp drop in parents' confidence in immunisation.

Ebarle said the ministry would require written consent from parents and would hold information sessions in schools before the first shots are given.

"We learned from the past that you cannot just arrive at a school with a cooler of vaccines. Parents need to be heard first," she said.

The Department of Education said teachers would not administer vaccines but would help distribute and collect consent forms.

A spokesman for the Federation of Public School Teachers, which says it represents about 60,000 teachers, said staff were already overburdened.

"We support the program, but teachers cannot be expected to chase down every consent form on top of everything else," the spokesman said.

Some parents remained wary. "My daughter is only ten. I want to know more before I sign anything," said Rowena Dimaculangan, a market vendor in the town of Sta. Teresita, north of Manila, whose daughter attends a public elementary school.

Leonardo Abesamis, an obstetrician-gynaecologist at the private Sto. Nino Medical Center in Manila, said the single-dose approach would make the campaign easier to run, calling it "a huge advantage" for an archipelago with many remote islands.

"With two or three doses, you lose a lot of girls between the first and the last shot. With one, you finish the job in a single visit," he said.

The World Health Organization said in a statement it "welcomes the government's commitment" and would provide technical support, including training for vaccinators and monitoring of adverse events.

The ministry has set aside 1.8 billion pesos ($31.5 million) for the programme this year and aims to reach 80% of eligible girls by the end of the school year.

(Reporting by Karen Lim-Arroyo; Editing by Simon Hartley)""",
        [
            ("Cervical cancer is preventable, and", "Maria Consolacion Ebarle"),
            ("We learned from the past", "Maria Consolacion Ebarle"),
            ("We support the program, but", "spokesman"),
            ("My daughter is only ten.", "Rowena Dimaculangan"),
            ("a huge advantage", "Leonardo Abesamis"),
            ("With two or three doses,", "Leonardo Abesamis"),
            ("welcomes the government's commitment", "World Health Organization"),
        ],
    ),
    (
        """Health Ministry targets 1.2 million children in NTT polio drive

Kupang, E Nusa Tenggara (ANTARA) - The Health Ministry is targeting 1.2 million children aged up to seven years in East Nusa Tenggara (NTT) province for the second round of the national polio immunization week (PIN Polio), which began on Monday.

"We hope that all parents will bring their children to the nearest posts, whether they have been vaccinated before or not. Every drop counts," Director of Immunization Management at the ministry, Yohanes Marselinus Bere, said here on Monday.

He noted that the first round, held in January, had reached 91.4 percent of the target, slightly below the 95 percent needed to stop the circulation of the virus.

The campaign was launched after two cases of circulating vaccine-derived poliovirus type 2 were detected in children in South Manggarai Raya district late last year.

According to Bere, the ministry has distributed 1.5 million doses of the novel oral polio vaccine type 2 (nOPV2) to the province, along with cold boxes and vaccine carriers for remote villages that can only be reached by boat or on foot.

"Some of our teams have to walk for six hours to reach a single village. We appreciate their dedication," he remarked.

Meanwhile, head of the NTT Provincial Health Office, Maria Goreti Lake, informed that the province had mobilized 7,400 health workers and volunteers, including teachers and religious leaders, to support the campaign.

She said churches in several districts had agreed to announce the immunization schedule during Sunday services.

"Religious leaders are very respected here. When the priest says it is safe, the people listen," Lake stated.

The acting head of South Manggarai Raya district, Kornelis Djawa Ndun, expressed optimism that coverage in his area would exceed that of the first round.

"Last time, many families were working in the fields during the harvest. This time, we are opening posts in the evening as well," he said.

At an integrated health post (Posyandu) in Oebufu sub-district, Kupang, Yuliana Seran, a mother of three, said she had brought her youngest son for the drops.

"The first time I was hesitant because my son already had polio drops as a baby. But the midwife explained that this is extra protection," she said.

The Nusa Tenggara Child Health Forum, in a written statement, called on district governments to ensure that "no child is left behind, especially in the outer islands," and to allocate village funds for the transport of vaccination teams.

The second round of PIN Polio will run until March 8, with sweeping activities planned for the following week to reach children who missed the scheduled sessions.

Related news: Ministry ensures polio vaccine stock sufficient for second round""",
        [
            ("We hope that all parents", "Yohanes Marselinus Bere"),
            ("Some of our teams have", "Yohanes Marselinus Bere"),
            ("Religious leaders are very respected", "Maria Goreti Lake"),
            ("Last time, many families were", "Kornelis Djawa Ndun"),
            ("The first time I was", "Yuliana Seran"),
            ("no child is left behind,", "Nusa Tenggara Child Health Forum"),
        ],
    ),
    (
        """Nurse exodus forces Eastern Samar hospital to close two wards

By Carmelita P. Dumalagan
The Philippine Star

BATO NUEVO, Eastern Samar, Philippines — The Don Alfonso Medina Memorial Provincial Hospital has closed its pediatric and surgical wards after losing nearly a third of its nurses to jobs abroad in the past 18 months, hospital officials said yesterday.

The hospital, the only Level 2 facility serving the province’s 23 towns, now has 61 nurses for 200 authorized beds, down from 94 in 2023.

Chief of hospital Dr. Teodoro Macabenta Jr. said the closures were a last resort.

“We held on for as long as we could. Our nurses were doing double shifts, sometimes 16 hours straight. At some point, you have to think of patient safety,” Macabenta said.

Pediatric patients are being transferred to a district hospital two hours away, while elective surgeries have been suspended indefinitely.

Macabenta said the hospital had posted 40 vacancies since last year but filled only nine. Many applicants, he said, treated the hospital as “a training ground for hospitals in other countries,” staying only long enough to gain the experience required by employers abroad.

A nurse at the hospital, who requested anonymity because she was not authorized to speak to the media, described the situation in the emergency room:

“There are nights when two of us handle 30 patients. You cannot give proper care like that. You just move from one emergency to the next.

“Many of my batchmates are already in Saudi or the UK. I am staying because of my family, but I am not sure for how long.”

Gov. Ma. Lourdes Tiozon-Abao said the provincial government would raise the monthly allowance for nurses by P5,000 starting July and offer free lodging in a dormitory near the hospital.

“It is not enough to match salaries abroad, we know that. But we want our nurses to know that their home province values them,” she told The STAR in a phone interview.

The Department of Health (DOH) said in a statement that it would deploy 15 nurses to the hospital within the month under its health human resource deployment program and was “closely coordinating with the provincial government” on longer-term measures.

But Roberto “Bobby” Lagunzad, secretary-general of the Philippine Nurses Alliance, said deployments were only a temporary fix.

“Deployed nurses leave after their contract ends. Unless salaries in government hospitals are raised to a decent level, we will keep seeing wards close,” Lagunzad said.

The entry-level monthly salary of a nurse in a government hospital is about P36,000, a fraction of what Filipino nurses earn in the Middle East, the United Kingdom or the United States.

Residents, meanwhile, worry about the long trip to the nearest open pediatric ward. Jovelyn Ranara, whose four-year-old son was transferred last week with a high fever, said the family spent P3,500 on a hired van.

“We had no choice. The ambulance was already out on another trip,” she said.""",
        [
            ("We held on for as", "Teodoro Macabenta Jr."),
            ("a training ground for hospitals", "Teodoro Macabenta Jr."),
            ("There are nights when two", "nurse at the hospital"),
            ("Many of my batchmates are", "nurse at the hospital"),
            ("It is not enough to", "Ma. Lourdes Tiozon-Abao"),
            ("closely coordinating with the provincial", "Department of Health"),
            ("Deployed nurses leave after their", "Roberto Lagunzad"),
            ("We had no choice.", "Jovelyn Ranara"),
        ],
    ),
    (
        """Government Pushes Mass TB Screening as Undiagnosed Cases Pile Up

Jakarta. The Health Ministry will screen 3.5 million people for tuberculosis this year using portable X-ray machines and artificial intelligence software, as Indonesia struggles to close a gap of hundreds of thousands of undiagnosed cases.

Health Minister Bambang Suryo Atmojo said on Thursday that the screening would focus on densely populated urban neighborhoods, prisons, factories and Islamic boarding schools, where the disease spreads most easily.

“We cannot find TB by waiting. Half of the people who have it don’t feel sick enough to go to a doctor,” Bambang told a hearing with House Commission IX in Jakarta.

Indonesia has one of the world’s heaviest TB burdens. According to ministry data, an estimated 1.06 million people fell ill with the disease last year, but only about 790,000 were diagnosed and reported.

Under the program, mobile teams will set up screening posts in mosques, markets and village halls. Chest X-rays will be read on the spot by software, and people flagged as possible cases will be asked to give a sputum sample for a molecular test.

The campaign, dubbed “Temukan, Obati Sampai Sembuh” (Find, Treat Until Cured), is part of the government’s pledge to eliminate TB as a public health threat by 2030.

Several lawmakers questioned whether the health system could cope with the expected rise in patients.

“Screening is good, but what happens after? Last year we heard of patients in Maluku who waited weeks for their medicine,” said Rahmawati Siregar, a member of the commission.

Bambang said the ministry had “more than enough” drug supplies for the next 12 months and had improved its distribution system to district warehouses.

Erlina Pangaribuan, program director at the patient group Perhimpunan Peduli TB Nusantara (PPTN), said stigma remained a major barrier to treatment.

“Many patients hide their diagnosis from their employers because they are afraid of being fired,” Erlina said. “Screening will find more patients, but we also need to protect them.”

The software used in the program was developed by PT Lumina Diagnostika Indonesia, a Jakarta-based health technology startup. The company said in a statement that the system had shown “an accuracy comparable to that of an experienced radiologist” in trials at five hospitals.

“The system can read an X-ray in under a minute, which makes it possible to screen hundreds of people in a single day,” the company said.

For Dedi Kurniawan, a 44-year-old motorcycle taxi driver in North Jakarta, the program came just in time. He was diagnosed in January after a screening post was set up at his neighborhood mosque.

“I thought it was just a smoker’s cough. If they had not come to our neighborhood, I would not have known,” he said.

Dedi is now two months into a six-month course of treatment and has returned to work.""",
        [
            ("We cannot find TB by", "Bambang Suryo Atmojo"),
            ("Screening is good, but what", "Rahmawati Siregar"),
            ("more than enough", "Bambang Suryo Atmojo"),
            ("Many patients hide their diagnosis", "Erlina Pangaribuan"),
            ("Screening will find more patients,", "Erlina Pangaribuan"),
            ("an accuracy comparable to that", "PT Lumina Diagnostika Indonesia"),
            ("The system can read an", "PT Lumina Diagnostika Indonesia"),
            ("I thought it was just", "Dedi Kurniawan"),
        ],
    ),
    (
        """Hospitals open lepto fast lanes as cases rise after floods

By Jessamine Tolentino-Reyes

MANILA – At least four government hospitals in Metro Manila have set up dedicated "lepto fast lanes" and overflow tents as leptospirosis cases climbed following two weeks of monsoon flooding, the Department of Health (DOH) said Tuesday.

DOH spokesperson Assistant Secretary Alberto Mangubat-Cruz said the department had recorded 1,126 leptospirosis cases nationwide from June 8 to July 20, with 94 deaths.

"We expect the numbers to keep rising for at least two more weeks because the incubation period can be as long as 30 days," Mangubat-Cruz said in a press briefing.

He advised residents who waded through floodwater to go to the nearest health center for doxycycline, which is given as prophylaxis.

"Huwag na pong hintayin na lumala. Do not wait for the symptoms to get worse," he said.

At the Dr. Remedios Salvador Memorial Hospital in the northern part of the metropolis, medical center chief Dr. Antonio Buenaflor said 62 of its 80 internal medicine beds were occupied by leptospirosis patients, several of them requiring dialysis.

"Our dialysis unit is running 24 hours. We have borrowed two machines from a private hospital," Buenaflor said.

A nurse supervisor at another government hospital, who asked not to be identified, said many patients were arriving "already jaundiced and with kidney failure" because they had waited several days before seeking care.

Local government units have also stepped up distribution of prophylaxis. On its official Facebook page, the Valmonte City Government announced: "Free doxycycline is available in all 21 barangay health centers. Just bring a valid ID and tell the nurse when you were exposed to floodwater."

Mangubat-Cruz said the DOH had released P45 million worth of doxycycline and other medicines to regional offices and hospitals in flood-hit areas.

Among those confined at the Remedios Salvador hospital is Ernesto Pamintuan, 52, a tricycle driver who developed fever and muscle pain a week after the floods.

"I waded through waist-deep water for three days to get to work. I didn't know it was that dangerous," said Pamintuan, who has undergone two dialysis sessions.

Leptospirosis is a bacterial infection spread through water or soil contaminated with the urine of infected animals, mainly rats. Early symptoms include fever, headache, muscle pain and red eyes, and severe cases can lead to kidney failure, liver damage and bleeding in the lungs.

The DOH reminded the public to wear boots when wading through floodwater, to clean and cover wounds, and to avoid swimming or playing in flooded streets. (PNA)""",
        [
            ("We expect the numbers to", "Alberto Mangubat-Cruz"),
            ("Huwag na pong hintayin na", "Alberto Mangubat-Cruz"),
            ("Our dialysis unit is running", "Antonio Buenaflor"),
            ("already jaundiced and with kidney", "nurse supervisor at another government hospital"),
            ("Free doxycycline is available in", "Valmonte City Government"),
            ("I waded through waist-deep water", "Ernesto Pamintuan"),
        ],
    ),
    (
        """Indonesia measles drive stalls as clerics question vaccine

Jakarta (AFP) - A measles vaccination campaign in Indonesia's Aceh province has stalled in a conservative district after local clerics questioned whether the vaccine was halal, officials said Friday, as the country battles its worst outbreak in years.

Health authorities in South Lhokbaro district said only 38 percent of children aged nine months to 15 years had been vaccinated since the campaign began in February, against a target of 95 percent.

"Every day we delay, more children get infected," district health chief Zulfikar Hasballah told AFP by phone.

"We have had 212 cases and three children have died. These are numbers we have not seen in ten years."

A national fatwa issued several years ago declared the vaccine permissible for Muslims because of the danger posed by the disease, despite concerns over ingredients used in its production.

But some local preachers have told their congregations to refuse it, according to health workers.

Muhammad Nasir, a cleric who leads an Islamic boarding school in the district, said parents had a right to be cautious.

"We are not against vaccination. We are against uncertainty. If the government can show us a halal certificate, the problem is solved," he told AFP.

The Ministry of Health said in a statement that the vaccine was "safe, effective and permitted for use by Muslims" under the existing fatwa, and that it had sent religious affairs officials to meet local clerics.

Indonesia reported more than 9,000 suspected measles cases last year, according to government figures, with outbreaks in at least a dozen provinces.

A doctor at the district's main hospital, who declined to be named for fear of upsetting local leaders, said the isolation ward was full.

"We have children sharing beds. Some come in with pneumonia because the parents waited too long," the doctor said.

Nurul Aini, 29, whose two sons were admitted last week, said she had refused the vaccine after hearing a sermon at her village mosque.

"I was afraid of sin. Now I am afraid for my children," she said, sitting beside her younger son's bed. "When they recover, I will take them to get vaccinated."

Rina Marlianti, an epidemiologist at Serambi Raya University in the provincial capital Banda Aceh, said the outbreak was "entirely predictable" after years of low coverage that were made worse by disruptions during the Covid-19 pandemic.

"Measles is the canary in the coal mine. When immunisation coverage drops, it is always the first disease to come back," she said.

Officials said they planned to hold joint sessions with clerics and doctors in mosques across the district next week.""",
        [
            ("Every day we delay, more", "Zulfikar Hasballah"),
            ("We have had 212 cases", "Zulfikar Hasballah"),
            ("We are not against vaccination.", "Muhammad Nasir"),
            ("safe, effective and permitted for", "Ministry of Health"),
            ("We have children sharing beds.", "doctor at the district's main hospital"),
            ("I was afraid of sin.", "Nurul Aini"),
            ("When they recover, I will", "Nurul Aini"),
            ("entirely predictable", "Rina Marlianti"),
            ("Measles is the canary in", "Rina Marlianti"),
        ],
    ),
]
