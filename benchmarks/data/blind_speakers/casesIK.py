CASES = [
    (
        """Doctors down tools in Tharaka Hills as pay row deepens

By CHARLES MUTUMA

Patients were turned away from the Tharaka Hills County Referral Hospital on Monday after more than 80 doctors began an indefinite strike over delayed salaries and stalled promotions.

The medics, who are members of the Kenya Union of Medical Officers and Dentists (KUMOD), say they have not been paid for three months and that some colleagues have been stuck in the same job group for nearly a decade.

"We have been patient for too long. Our members cannot continue working on empty stomachs while the county spends millions on trips and workshops," said Dr Wanjiru Mbogo, the union's branch secretary.

She said the county had ignored three strike notices issued since January.

At the outpatient wing, dozens of patients waited on wooden benches before security guards told them that no doctor would see them. Ms Agnes Kanini, who had travelled 40 kilometres from Kamwimbi village with her sick grandson, said she had been advised to go to a private clinic in Chuka.

"I do not have money for a private hospital. Where do they want us to go?" she asked.

County Health executive Daniel Mutegi Kirimi told the Nation that the delays were caused by late disbursement of funds from the National Treasury.

"The county is not holding doctors' salaries. We are waiting for the exchequer release like every other county," Mr Kirimi said. "Once the money comes, the doctors will be the first to be paid."

He urged the medics to return to work, saying the strike was "unprotected and illegal" because the union had not exhausted the dispute resolution mechanisms provided for in the law.

But KUMOD secretary-general Dr Peter Onyango Odera dismissed the claim, saying the notice had been served "in full compliance with the Labour Relations Act".

"We will not be intimidated by threats of sackings. The strike continues until every shilling owed to our members is paid," Dr Odera said in a statement.

A nurse at the hospital, who asked not to be named because she is not authorised to speak to the media, said the maternity wing was being run by two clinical officers.

"We are overwhelmed. Mothers are delivering in the corridors because there is nobody to attend to them," she said.

The strike comes barely a year after the county signed a return-to-work formula with doctors that ended a 54-day stoppage. Under the deal, the county committed to paying salaries by the 10th of every month and promoting 36 doctors who had stagnated in their grades.

The Tharaka Hills County Government said in a brief statement that a meeting with union officials had been scheduled for Wednesday.

"The Governor remains committed to dialogue and calls upon the doctors to consider the plight of the common mwananchi," the statement said.""",
        [
            ("We have been patient for", "Wanjiru Mbogo"),
            ("I do not have money", "Agnes Kanini"),
            ("The county is not holding", "Daniel Mutegi Kirimi"),
            ("Once the money comes, the", "Daniel Mutegi Kirimi"),
            ("unprotected and illegal", "Daniel Mutegi Kirimi"),
            ("in full compliance with the", "Peter Onyango Odera"),
            ("We will not be intimidated", "Peter Onyango Odera"),
            ("We are overwhelmed. Mothers are", "nurse at the hospital"),
            ("The Governor remains committed to", "Tharaka Hills County Government"),
        ],
    ),
    (
        """Kasokwe health centres run out of malaria drugs as rains bring new cases

By ISAAC WAMBEDE

KASOKWE. Health facilities in Kasokwe District have run out of antimalarial drugs and testing kits, leaving hundreds of patients to buy medicine from private drug shops at a time when malaria cases are rising with the onset of the rains.

A spot check by Monitor at Butiru Health Centre IV, Nabweya Health Centre III and Kisenyi Health Centre II last week found empty shelves in the drug stores and long queues of mothers carrying children with high fevers.

Dr Moses Wandera Nabende, the district health officer, confirmed the shortage, saying the district received less than half of the medicines it ordered in the last delivery cycle.

"We ordered for 12,000 doses of artemether-lumefantrine and we got 4,800. That cannot serve a population of more than 300,000 people in a peak season," Dr Nabende said.

He added: "We have written to the National Drug Supplies Authority several times, but they keep telling us the budget for our level of facilities has been exhausted."

At Nabweya, the in-charge, Ms Harriet Auma, said the facility had not had rapid diagnostic test kits for three weeks.

"We are now treating on clinical signs alone, which is not what the guidelines say. Some of these children may not even have malaria," she said.

Ms Auma said health workers had resorted to writing prescriptions for patients to buy drugs from private pharmacies, where a full dose costs between Shs8,000 and Shs15,000.

Mr Simon Peter Gidudu, a resident of Nabweya village, said he had spent Shs30,000 on treatment for his three children in one week.

"I sold two of my chickens to buy the tablets. If it continues like this, we shall lose children," he said.

When contacted, the NDSA spokesperson, Ms Rebecca Nakalembe, said the authority delivers medicines according to the budget allocated to each facility by the Ministry of Health.

"Facilities at the lower levels have a fixed credit line. When they order beyond that line, the system automatically cuts the order," Ms Nakalembe explained.

She said the authority had requested an additional Shs40 billion in the next financial year to cater for the growing demand, especially in districts with high malaria burden.

A recent report by the Uganda Health Access Coalition, a civil society group, found that at least 40 percent of health centres in eastern Uganda experienced stockouts of essential medicines for more than two weeks in the last quarter. The report described the situation as "a silent crisis that is costing lives in rural communities".

The district chairperson, Mr Fred Mugoya Wanyera, said the district council would meet this week to discuss emergency procurement.

"We cannot sit and watch our people die. We will find money from our local revenue, however little it is," he said.""",
        [
            ("We ordered for 12,000 doses", "Moses Wandera Nabende"),
            ("We have written to the", "Moses Wandera Nabende"),
            ("We are now treating on", "Harriet Auma"),
            ("I sold two of my", "Simon Peter Gidudu"),
            ("Facilities at the lower levels", "Rebecca Nakalembe"),
            ("a silent crisis that is", "Uganda Health Access Coalition"),
            ("We cannot sit and watch", "Fred Mugoya Wanyera"),
        ],
    ),
    (
        """Expectant mothers in Mwamkulu walk 25km as dispensary stays shut

By Damian Lyimo

Singida. Expectant mothers in Kinyamasi Ward, Mwamkulu District, are walking up to 25 kilometres to reach the nearest health centre after the only dispensary in the area was closed for lack of a clinical officer.

The Kinyamasi Dispensary, built through community contributions in 2019, has been shut since March when its only clinical officer was transferred to the district hospital and no replacement was posted.

“We contributed bricks, sand and cash to build this dispensary because we were tired of losing mothers on the road. Today it is just a building with a padlock,” said Ms Zuhura Athumani, a mother of four.

She said a neighbour had given birth on a motorcycle last month while being taken to Ilongero Health Centre.

The village chairman, Mr Juma Selemani Kitila, told The Citizen that the village government had written to the district council three times without receiving a response.

“Every time we follow up, we are told that the matter is being worked on. Meanwhile, our people are suffering,” he said.

Mwamkulu District Medical Officer Dr Neema Mollel admitted that the district was facing a serious shortage of health workers, saying it had only 212 of the 540 staff it required.

“It is true that Kinyamasi has no clinical officer at the moment. We had to move him to the hospital because the situation there was even worse,” said Dr Mollel.

She said the district had requested permission to employ 60 health workers on temporary contracts using its own revenue, and that the request was awaiting approval from the President’s Office, Public Service Management.

According to Dr Mollel, the district’s maternal deaths have declined over the past five years, but remote wards such as Kinyamasi remain “a big challenge” because of poor roads and lack of ambulances.

A spokesman for the Ministry of Health, who declined to be named because he was not authorised to comment on staffing matters, said the government planned to employ more than 10,000 health workers in the current financial year.

“Priority will be given to councils with the most serious shortages, and Singida is among them,” the spokesman said.

Health rights activist Ms Lucy Mbwambo of the Sauti ya Afya Foundation said the problem of closed dispensaries was common across the central zone.

“Building facilities without a plan for staffing them is a waste of public money. A dispensary without a worker is not a dispensary,” she said.

Ms Mbwambo urged the government to introduce incentives such as staff housing and hardship allowances to attract workers to remote areas.""",
        [
            ("We contributed bricks, sand and", "Zuhura Athumani"),
            ("Every time we follow up,", "Juma Selemani Kitila"),
            ("It is true that Kinyamasi", "Neema Mollel"),
            ("a big challenge", "Neema Mollel"),
            ("Priority will be given to", "spokesman"),
            ("Building facilities without a plan", "Lucy Mbwambo"),
        ],
    ),
    (
        """Kenyan doctors' strike enters second week as union says patients dying

NAIROBI, Feb 12 (Reuters) - A nationwide strike by Kenyan doctors entered its second week on Monday, with public hospitals turning away patients and the doctors' union saying at least a dozen people had died for lack of care.

The union, which represents about 7,000 doctors working in public hospitals, wants the government to honour a 2021 pay deal and to post hundreds of medical interns who have been waiting for placement since last year.

"We have seen patients die in the casualty departments because there was no one to attend to them. That is the cost of government inaction," Samuel Kiprono Lagat, secretary-general of the Kenya Union of Medical Officers and Dentists, told Reuters.

Reuters could not independently verify the deaths.

Health Cabinet Secretary Esther Nyambura Gatimu said on Sunday that the government had set aside 3.5 billion shillings ($24 million) to pay arrears, and described the strike as "unnecessary and unfair to patients".

"The government has shown good faith. We are asking doctors to go back to work as we continue the talks," Gatimu told a news conference in Nairobi.

Kenya's healthcare system, which was devolved to county governments more than a decade ago, has been hit by repeated strikes by doctors, nurses and clinical officers over pay and working conditions.

At Kamuthi Level 4 Hospital on the outskirts of Nairobi, the wards were nearly empty on Monday. Grace Atieno, 37, said she had brought her father, who has diabetes, for a check-up but found no doctor.

"They told us to come back when the strike ends. But who knows when that will be?" she said.

The Council of Governors, which represents the heads of the counties that employ most doctors, said in a statement that counties had not received their full allocations from the Treasury for the last three months.

"Counties cannot pay what they have not received," the council said.

A senior official at the Treasury, who asked not to be named because he was not authorised to speak to the media, said the delays were caused by a shortfall in tax revenues.

"We are prioritising debt service and salaries, but there simply isn't enough cash at the moment," the official said.

Patrick Omondi Ochieng, a health economist at the Nairobi Institute of Public Policy, said the repeated stoppages were eroding public confidence in the health system.

"Every strike pushes more families into private facilities they cannot afford, and many simply stay home," he said. "The poor bear the brunt."

Lagat said the union's national executive council would meet on Wednesday to decide whether to escalate the action, including by calling out doctors in teaching and referral hospitals that have so far been spared.

(Reporting by Humphrey Kiprotich; Editing by Alison Marsh)""",
        [
            ("We have seen patients die", "Samuel Kiprono Lagat"),
            ("unnecessary and unfair to patients", "Esther Nyambura Gatimu"),
            ("The government has shown good", "Esther Nyambura Gatimu"),
            ("They told us to come", "Grace Atieno"),
            ("Counties cannot pay what they", "Council of Governors"),
            ("We are prioritising debt service", "senior official at the Treasury"),
            ("Every strike pushes more families", "Patrick Omondi Ochieng"),
            ("The poor bear the brunt.", "Patrick Omondi Ochieng"),
        ],
    ),
    (
        """Ugandan intern doctors strike over unpaid allowances

KAMPALA, May 6 (Xinhua) -- Hundreds of intern doctors in Uganda on Monday laid down their tools to protest months of unpaid allowances, paralyzing services at several regional referral hospitals across the East African country.

The interns, under their umbrella body, the Uganda Medical Interns Association (UMIA), said they had not been paid since December and accused the government of ignoring their repeated appeals.

"We have not received our allowances for five months. Many of us cannot afford transport to the hospitals, let alone rent and food," Ronald Ssekitoleko, president of UMIA, told Xinhua in an interview.

Ssekitoleko said the interns would not return to work until the government paid the arrears and raised the monthly allowance from 1.5 million shillings (about 400 U.S. dollars) to 3 million shillings.

According to the association, about 1,200 intern doctors, nurses and pharmacists are currently deployed in public hospitals across the country.

Uganda's Ministry of Health, in a statement issued on Monday, said it was working with the Ministry of Finance to clear the arrears "as soon as possible."

"The ministry appreciates the critical role played by intern doctors in service delivery and urges them to return to work as the matter is being resolved," the statement said.

At Rwebisengo Regional Referral Hospital in western Uganda, hospital director Alfred Tumusiime Byaruhanga said senior doctors had been redeployed to the wards to fill the gap.

"The interns handle a large share of the work in the wards, especially at night. Their absence is being felt," Byaruhanga said, adding that non-emergency surgeries had been postponed.

Florence Nabirye, who was attending to her sister at the hospital, said they had waited since morning for a doctor.

"Nobody has come to see her since we arrived. We are just seated here praying," Nabirye said.

The Uganda Medical Association, the professional body for doctors, expressed solidarity with the interns. Its president, Edith Kasozi Namuli, put it bluntly: "An intern who is hungry cannot save lives."

Namuli called on the government to include intern allowances in the budget as a priority item so that payments are not delayed in future.

Uganda has in recent years witnessed several industrial actions by health workers over pay, staffing and working conditions. The country's doctor-to-patient ratio remains far below the level recommended by the World Health Organization, with rural areas the hardest hit.

Health experts say interns form a significant part of the workforce in public hospitals, where they work under the supervision of senior medical officers as part of their one-year mandatory training. Enditem""",
        [
            ("We have not received our", "Ronald Ssekitoleko"),
            ("as soon as possible.", "Ministry of Health"),
            ("The ministry appreciates the critical", "Ministry of Health"),
            ("The interns handle a large", "Alfred Tumusiime Byaruhanga"),
            ("Nobody has come to see", "Florence Nabirye"),
            ("An intern who is hungry", "Edith Kasozi Namuli"),
        ],
    ),
    (
        """Govt assures steady supply of medicines to rural facilities

By Daily News Reporter, Dodoma

THE government has assured residents of rural areas that the supply of essential medicines to dispensaries and health centres will improve following the release of 45bn/- to the Central Medical Supplies Agency (CMSA).

Deputy Minister for Health Dr Halima Said Mkwawa told the National Assembly yesterday that distribution of the medicines to regions had already started.

Responding to a question from Kilimahewa MP Mr Rashid Mohamed Ng'itu, Dr Mkwawa said: 'The government has already released 45bn/- to CMSA for the purchase of essential medicines and medical supplies, and distribution to all regions started last week.'

She said the availability of tracer medicines in public health facilities had risen to 78 per cent from 61 per cent two years ago.

'Our target is to reach at least 90 per cent by June next year. We are also strengthening the monitoring system so that every facility reports its stock levels electronically,' she said.

Earlier, Mr Ng'itu had told the House that several dispensaries in his constituency had gone for months without basic medicines, forcing patients to travel to Mtwara town.

'Mheshimiwa Spika, our people are told to buy drugs in private pharmacies while the dispensaries are empty. When will this situation end?' he asked.

Dr Mkwawa said CMSA had been directed to open a zonal warehouse in the southern zone to reduce delivery time to councils in Mtwara, Lindi and Ruvuma regions.

CMSA Director General Mr Emmanuel Kisanga Mushi said in a separate interview that the agency had already received orders from 186 councils.

'We have increased our fleet of trucks and we are working day and night to ensure that medicines reach the facilities within 14 days of the order,' Mr Mushi said.

He cautioned councils against delaying payments, saying debts owed by councils to the agency stood at 12bn/-, a situation which 'affects our capacity to procure on time.'

He said the agency had also introduced an electronic ordering system that allows facility in-charges to track their orders using mobile phones.

In Kilimahewa District, a nurse-midwife at Namikupa Dispensary, Ms Saida Hamisi, said the facility had received a consignment of medicines last week for the first time since January.

'At least now we have paracetamol, amoxicillin and antimalarials. Patients were beginning to lose trust in us,' she said.

Ms Hamisi, however, said the dispensary still lacked equipment for safe deliveries, including a delivery bed and a sterilising machine, and appealed to the council to address the matter.""",
        [
            ("The government has already released", "Halima Said Mkwawa"),
            ("Our target is to reach", "Halima Said Mkwawa"),
            ("Mheshimiwa Spika, our people are", "Rashid Mohamed Ng'itu"),
            ("We have increased our fleet", "Emmanuel Kisanga Mushi"),
            ("affects our capacity to procure", "Emmanuel Kisanga Mushi"),
            ("At least now we have", "Saida Hamisi"),
        ],
    ),
    (
        """TB patients miss medication as drugs run out in Kerio Valley

By Stephen Rotich

Tuberculosis patients in Kerio Valley County are at risk of developing drug resistance after a shortage of TB medicines hit public health facilities in the region for the second month running.

Health workers at Kapkoros Sub-County Hospital and Kamolo Health Centre said they had been forced to give patients doses for only a week instead of the usual monthly supply.

"We are rationing. A patient who should go home with drugs for a month is getting seven days' supply, and some of them live 30 kilometres away," said a clinical officer at Kapkoros who requested anonymity for fear of victimisation.

County TB coordinator John Kiplagat Chebet confirmed the shortage, saying the county had received only a fraction of the supplies it requested from the Kenya Medical Supplies Depot (KMSD).

"Interruption of TB treatment is very dangerous. It is how we end up with multi-drug resistant TB, which is far more expensive and difficult to treat," Chebet said.

He said about 640 patients were on treatment in the county, and warned that the gains made under the ministry's "End TB by 2030" campaign could be reversed.

Reached for comment, KMSD acting chief executive officer Dr Beatrice Jeptoo Kibet attributed the shortage to delays in the release of commodities by donors and a lengthy procurement process.

"We have placed orders and we expect the first consignment to arrive at the port in Mombasa within the next two weeks," she said. "Once it lands, distribution to the counties will take priority."

Kibet dismissed claims that the agency had been sitting on stocks in its warehouses in Embakasi, terming them "malicious and baseless".

Patients interviewed by The Standard said the repeated trips to hospital had become a burden.

Mary Chepkemoi, 52, who is in her fourth month of treatment, said she spends Sh400 on boda boda fare every week to collect her drugs.

"I am a casual labourer. When I use all my money to come for drugs, what will my children eat?" she posed.

Patients' rights lobby Afya Haki Network called on the Ministry of Health to declare the shortage an emergency and to publish a timeline for restocking.

"This is not the first time TB drugs have run out. The ministry must explain to Kenyans why a disease that is curable continues to kill because of poor planning," read the statement signed by the network's coordinator, Faith Achieng Otieno.

Kenya is among the countries with a high burden of TB, and health officials have in the past warned that stockouts undermine efforts to find and treat missing cases.""",
        [
            ("We are rationing. A patient", "clinical officer at Kapkoros"),
            ("Interruption of TB treatment is", "John Kiplagat Chebet"),
            ("We have placed orders and", "Beatrice Jeptoo Kibet"),
            ("Once it lands, distribution to", "Beatrice Jeptoo Kibet"),
            ("malicious and baseless", "Beatrice Jeptoo Kibet"),
            ("I am a casual labourer.", "Mary Chepkemoi"),
            ("This is not the first", "Faith Achieng Otieno"),
        ],
    ),
    (
        """Unpaid and overstretched, Uganda's rural health workers walk out

LOKIDING, Uganda (AFP) - At the only health centre serving some 60,000 people in this dusty corner of northeastern Uganda, the maternity ward is locked and the pharmacy shelves are bare.

Its staff have not been paid since February, and last week the last two nurses still reporting for duty joined a walkout by health workers across Lokiding district.

“We love our work, but love does not pay school fees,” said Esther Akello Lomongin, a 41-year-old midwife who has worked at Lokiding Health Centre IV for 14 years.

Lomongin said conditions had been deteriorating long before the salaries stopped. “Some days we do not even have gloves. We ask the mothers to bring their own, and if they cannot, we improvise with plastic bags.

“I have delivered hundreds of babies in this place. Some of them are now in secondary school. But I cannot keep coming here for nothing.”

Health workers in at least four districts in the region have downed tools in recent weeks, according to local officials, leaving patients to walk for hours to mission hospitals or to rely on traditional healers.

The district health officer, Paul Lochoro Apuun, said the district had no means of paying the staff itself.

“The money for salaries comes from the centre. When it does not come, there is nothing we can do at the district,” Apuun told AFP.

Uganda's Ministry of Public Service said in a statement that the delays were caused by “a technical glitch” in the payroll system affecting some districts, and that it was being fixed.

Outside the locked gate of the health centre, Lucy Nakiru, 23, cradled her feverish baby. She had walked for three hours to get there.

“They told me to go to the mission hospital at Naduget, but that is another day of walking,” she said, adding that she had no money for a motorbike taxi.

The walkouts echo repeated strikes in neighbouring Kenya, where doctors and nurses have downed tools several times in recent years over pay, and in Tanzania, where rural facilities struggle to attract staff.

According to the World Health Organization, sub-Saharan Africa carries about a quarter of the global disease burden but has only a small fraction of the world's health workers.

An official at the ministry of health in Kampala, speaking on condition of anonymity, said the problem went beyond pay delays.

“Rural postings are the hardest to fill even when salaries are paid on time. When they are not, people simply leave,” the official told AFP.

Back in Lokiding, Lomongin said she would stay at home until the arrears were paid.

“My children also need to eat,” she said.""",
        [
            ("We love our work, but", "Esther Akello Lomongin"),
            ("Some days we do not", "Esther Akello Lomongin"),
            ("I have delivered hundreds of", "Esther Akello Lomongin"),
            ("The money for salaries comes", "Paul Lochoro Apuun"),
            ("a technical glitch", "Ministry of Public Service"),
            ("They told me to go", "Lucy Nakiru"),
            ("Rural postings are the hardest", "official at the ministry of health in Kampala"),
            ("My children also need to", "Esther Akello Lomongin"),
        ],
    ),
]
