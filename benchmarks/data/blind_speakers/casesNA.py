CASES = [
    (
        """Cholera cases climb to 214 in Mwachi as county opens treatment camps

By WANJIRU KAMAU

Health officials in Mwachi County have opened three cholera treatment centres after the number of confirmed cases rose to 214, with seven deaths reported since the outbreak began three weeks ago.

County Health Executive Dr Festus Oloo said most of the patients came from informal settlements along the Mwachi River, where residents rely on shallow wells for drinking water.

"We are seeing clusters in Bondeni, Kazi Moja and parts of Majengo, and that tells us the source is water that has been contaminated after the heavy rains," Dr Oloo told the Nation on Tuesday.

He said the county had deployed 40 public health officers to chlorinate wells and distribute water treatment tablets, but warned that the response was stretched.

"Our people are working double shifts. We have asked the national government for additional oral rehydration salts and at least two more tents, because Kazi Moja Health Centre is already full," he said.

The Ministry of Health, in a statement, said a rapid response team had been dispatched to the county and that oral cholera vaccines would be availed "within the next ten days".

"The ministry is working closely with the county government and partners to contain the outbreak and prevent spread to neighbouring counties," the statement said.

At Kazi Moja Health Centre, patients lay on cholera beds in a tent pitched in the compound, as relatives queued outside with jerrycans.

Rehema Akinyi, 62, whose two grandchildren were admitted on Sunday, said the family had been drawing water from the same well for years.

"We boil when we have charcoal, but charcoal is expensive now. Sometimes you just drink," she said.

A nurse at the facility, who sought anonymity because she is not authorised to speak to the media, said staff had gone without protective gowns for two days.

"We are using the same gloves for too long. If this continues, we will also get sick," she said.

Dr Abdi Hussein, secretary of the Mwachi branch of the Coast Doctors Association, accused the county of failing to act on earlier warnings.

"This outbreak was predictable. We wrote to the county in March about the sewage problem in Majengo and nothing was done," Dr Hussein said.

But Dr Oloo dismissed the claims as "politics at a time when we should be saving lives", saying the county had spent Sh12 million on sanitation in the past year.

Residents have been urged to report to the nearest health facility at the first sign of diarrhoea or vomiting.""",
        [
            ("We are seeing clusters in", "Festus Oloo"),
            ("Our people are working double", "Festus Oloo"),
            ("within the next ten days", "Ministry of Health"),
            ("The ministry is working closely", "Ministry of Health"),
            ("We boil when we have", "Rehema Akinyi"),
            ("We are using the same", "nurse at the facility"),
            ("This outbreak was predictable.", "Abdi Hussein"),
            ("politics at a time when", "Festus Oloo"),
        ],
    ),
    (
        """Patients stranded as Usambe referral hospital's only MRI machine breaks down

By Rehema Mwakalinga

Usambe. More than 300 patients referred for scans at Usambe Zonal Referral Hospital have been left in limbo after the facility's only magnetic resonance imaging (MRI) machine broke down six weeks ago.

Patients who spoke to The Citizen said they had been told to travel to Dar es Salaam, more than 600 kilometres away, or wait for repairs with no clear date.

Mr Juma Selemani, 47, who has been waiting for a spinal scan since March, said he could no longer afford to keep coming back.

"Every time I come they tell me to come next week. I have spent over Sh200,000 on bus fares alone. I am a farmer, where will I get that money?" he asked.

The hospital's executive director, Dr Godfrey Mushi, confirmed the breakdown, saying a key component had to be imported from the manufacturer in Germany.

"The machine is eleven years old and spare parts are not readily available in the country. We have already placed the order and paid, and we expect the engineers to be here before the end of the month," he said.

Dr Mushi said in the meantime the hospital had arranged with two private facilities in the region to take urgent cases at a reduced fee.

"Emergencies are not being turned away. A patient with a head injury or suspected stroke will be scanned, either here using CT or at our partner facilities," he explained.

However, a senior radiographer at the hospital, who asked not to be named, said the machine had been showing faults for more than a year.

"We reported the problem many times. It would stop in the middle of a scan and we would restart it. Management knew," the radiographer said.

Speaking in Parliament in Dodoma on Thursday, the Deputy Minister for Health, Dr Neema Kisanga, said the government was aware of the problem and had set aside funds for new diagnostic equipment in zonal hospitals.

She told MPs: "In the coming financial year, the government will procure four new MRI machines, and Usambe is among the hospitals that will benefit."

She added that the ministry had directed all referral hospitals to sign maintenance contracts with suppliers "so that we do not find ourselves in this situation again".

The Usambe Regional Commissioner, Ms Halima Mnyampala, urged patients to bear with the hospital, saying the government was "doing everything possible" to restore services.

Health rights activist Anna Lyimo of Patients' Voice Tanzania said the breakdown exposed weaknesses in how public hospitals manage expensive equipment.

"We buy machines worth billions but we don't budget for maintenance. Then the poor suffer," she said.""",
        [
            ("Every time I come they", "Juma Selemani"),
            ("The machine is eleven years", "Godfrey Mushi"),
            ("Emergencies are not being turned", "Godfrey Mushi"),
            ("We reported the problem many", "senior radiographer at the hospital"),
            ("In the coming financial year,", "Neema Kisanga"),
            ("so that we do not", "Neema Kisanga"),
            ("doing everything possible", "Halima Mnyampala"),
            ("We buy machines worth billions", "Anna Lyimo"),
        ],
    ),
    (
        """Uganda confirms Marburg outbreak in western district, two dead

KAMPALA, Sept 3 (Reuters) - Uganda on Tuesday confirmed an outbreak of Marburg virus disease in the western district of Rwenkuba, where two people have died, and said it was tracing more than 60 contacts.

Marburg, a member of the same family of viruses as Ebola, causes severe haemorrhagic fever and has a fatality rate of up to 88 percent, according to health experts. There is no approved vaccine or treatment.

"Samples from the two deceased tested positive at the national reference laboratory," Health Minister Dorothy Kabasinguzi told a news conference in Kampala.

The first victim, a 34-year-old miner, fell ill after returning from a gold mine near the border with Democratic Republic of Congo, she said. His wife, who nursed him, died five days later.

"We have isolated all known contacts and our teams are on the ground. We ask the public to remain calm but vigilant," Kabasinguzi said.

Health workers in protective suits could be seen at the district hospital in Rwenkuba town on Tuesday, according to a Reuters witness.

A district health official, who asked not to be named because he was not authorised to speak to the media, said the first patient had been treated at a private clinic for three days before being referred.

"He was managed as a malaria case. By the time he came to us he was bleeding, and several staff at the clinic had already handled him without gloves," the official told Reuters.

Ugandan authorities have contained several Marburg and Ebola outbreaks in recent years, but experts say the mobile population of the mining area poses a particular challenge.

"Artisanal miners move a lot, between sites and across the border. That makes contact tracing very difficult," said Peter Ssekandi, an epidemiologist at the Lake Victoria Institute of Public Health.

The Ministry of Health said in a statement it had suspended public gatherings in Rwenkuba for 21 days and urged residents to avoid "unnecessary contact with the sick and the dead", including the washing of bodies during burials.

Neighbouring Rwanda said it had stepped up screening at border crossings.

"We are monitoring the situation closely and are in constant contact with our Ugandan counterparts," Rwanda's National Epidemic Response Agency said in a post on X.

The outbreak comes as health systems in the region are under strain from cuts in donor funding, which aid groups say have left some districts without enough protective equipment.

(Reporting by Elias Biryomumaisho; Additional reporting by Clement Uwimana in Kigali; Editing by Alison Marsh)""",
        [
            ("Samples from the two deceased", "Dorothy Kabasinguzi"),
            ("We have isolated all known", "Dorothy Kabasinguzi"),
            ("He was managed as a", "district health official"),
            ("Artisanal miners move a lot,", "Peter Ssekandi"),
            ("unnecessary contact with the sick", "Ministry of Health"),
            ("We are monitoring the situation", "National Epidemic Response Agency"),
        ],
    ),
    (
        """Govt commissions $8m Chivanhu District Hospital

From Tendai Moyo in CHIVANHU

THE Government yesterday commissioned the refurbished Chivanhu District Hospital, a US$8 million facility that is expected to serve more than 200 000 people in Chivanhu and surrounding districts.

The hospital now boasts a new maternity wing, a 20-bed paediatric ward, a modern theatre and an oxygen plant, which health officials say will significantly reduce referrals to provincial hospitals.

Officiating at the ceremony, Health and Child Care Minister Dr Rutendo Makoni said the project was part of Government’s drive to bring quality health services closer to the people.

“Gone are the days when a mother in labour had to travel over 100 kilometres to Gandanzara for a caesarean section. This hospital is equipped to handle such cases right here,” she said.

“We are not stopping here. By the end of next year, every district in the country will have at least one hospital with a functional theatre and an oxygen supply. That is our commitment.”

Dr Makoni said Government had also recruited 38 nurses and four doctors for the facility, and urged them to treat patients with respect.

“Health workers must remember that the patient is the reason we are here. I do not want to hear of nurses shouting at pregnant women,” she said.

Chivanhu District Medical Officer Dr Farai Nyakudya said the hospital had previously operated with one theatre which broke down frequently.

“Before the refurbishment, we were referring an average of 60 patients a month. With the new theatre and the X-ray department, we expect that number to drop by more than half,” said Dr Nyakudya.

Chivanhu Rural District Council chairperson Councillor Loveness Gumbo thanked Government, saying the community had waited for the upgrade “for more than two decades”.

A resident of nearby Mhakwe Village, Mrs Sekai Marufu (54), said she had lost a relative on the way to Gandanzara.

“My sister-in-law died in an ambulance in 2019 because the road was bad and the distance was long. If this hospital had been like this then, she would be alive today,” said Mrs Marufu.

The refurbishment was funded under the National Health Infrastructure Programme, which is targeting 25 district hospitals across the country this year.

Other facilities set to benefit include hospitals in Rutanda and Nyamakope, where work on new theatres and maternity wings is already under way.""",
        [
            ("Gone are the days when", "Rutendo Makoni"),
            ("We are not stopping here.", "Rutendo Makoni"),
            ("Health workers must remember that", "Rutendo Makoni"),
            ("Before the refurbishment, we were", "Farai Nyakudya"),
            ("for more than two decades", "Loveness Gumbo"),
            ("My sister-in-law died in an", "Sekai Marufu"),
        ],
    ),
    (
        """Patients turned away as drug stocks run dry at Mpalale hospital

By Chikondi Banda

Patients at Mpalale District Hospital are being asked to buy essential medicines from private pharmacies as the facility grapples with a severe shortage of drugs, including antibiotics and painkillers.

A check by The Nation on Monday found long queues at the hospital pharmacy, with many patients leaving with prescriptions but no medicine.

Grace Phiri, who had brought her six-year-old son for treatment of a chest infection, said she was told amoxicillin was out of stock.

"They gave me a paper and said go and buy at a pharmacy in town. The cheapest one is asking K8,000. I only have K3,000," she said.

Mpalale District Health Officer Dr Yamikani Chirwa acknowledged the shortages, attributing them to delays in deliveries from the National Medicines Supply Trust (NMST).

"We placed our orders in time, but what we received last month was less than 40 percent of what we requested. We are prioritising emergency and paediatric cases with what is available," Chirwa said.

According to Chirwa, the hospital has also run out of gloves and some laboratory reagents, forcing it to suspend some tests.

NMST spokesperson Thokozani Mwale said the trust was facing foreign exchange challenges that had slowed the importation of medicines.

"Suppliers want to be paid in dollars, and the forex situation in the country is well known. We are engaging Treasury and the Reserve Bank to ensure that health commodities are prioritised," Mwale said.

He said a consignment of antibiotics was expected "in the next two weeks" and would be distributed to districts on a priority basis.

Kapiri Pharmaceuticals Limited, one of the local suppliers contracted by the trust, confirmed that it had halted some deliveries over unpaid bills.

"Kapiri Pharmaceuticals remains committed to supporting the public health system, but we are owed over K2 billion in arrears and cannot continue to supply on credit," the company said in a response to our questionnaire.

Health rights campaigner Mavuto Kalua, executive director of the Malawi Health Equity Network, described the situation as "a crisis that is killing people quietly".

"When a child dies of pneumonia because there was no amoxicillin, nobody writes a report. That is why government must treat drug supply as a matter of life and death," he said.

A Ministry of Health spokesperson said the ministry was "aware of the situation" and would issue a statement later in the week.""",
        [
            ("They gave me a paper", "Grace Phiri"),
            ("We placed our orders in", "Yamikani Chirwa"),
            ("Suppliers want to be paid", "Thokozani Mwale"),
            ("in the next two weeks", "Thokozani Mwale"),
            ("Kapiri Pharmaceuticals remains committed to", "Kapiri Pharmaceuticals Limited"),
            ("a crisis that is killing", "Mavuto Kalua"),
            ("When a child dies of", "Mavuto Kalua"),
            ("aware of the situation", "spokesperson"),
        ],
    ),
    (
        """Cyclone-hit Mozambique battles cholera as clinics lie in ruins

Maputo (AFP) - Health workers in central Mozambique are treating cholera patients in tents and school classrooms after Cyclone Ilda destroyed or damaged dozens of clinics, officials said Friday.

At least 1,150 cholera cases and 19 deaths have been recorded since the storm made landfall two weeks ago, most of them in the coastal district of Mucanha, according to the health ministry.

"We lost 31 health facilities, either completely or partially. In some places the only building left standing is the church, and that is where we are treating people," provincial health director Armando Cossa told AFP by telephone.

Cossa said the outbreak was concentrated in overcrowded resettlement camps where tens of thousands of people have sought shelter.

"The water systems are broken, the latrines have collapsed. Cholera was always going to come," he said.

The government has appealed for $45 million in emergency aid. In a statement, the National Emergency Coordination Centre said 214,000 people had been affected and that "the priority now is clean water, shelter and health".

Aid groups say the response has been hampered by flooded and washed-away roads.

"Some of the villages can only be reached by boat or helicopter, and we have very few helicopters," said Lucia Matavele, country director of the charity Health Action Mozambique.

A UN official in Beira, who requested anonymity because he was not authorised to speak publicly, said a shipment of oral cholera vaccines had arrived but had yet to reach the worst-hit areas.

"The vaccines are in the country, but getting them to the camps is another matter. We are talking about a week at least," the official said.

Rosa Nhantumbo, 29, who was sheltering with her three children at a camp in Mucanha, said her youngest had been admitted with diarrhoea.

"The water we drink comes from the river. There is nothing else," she told AFP in Portuguese.

Mozambique, one of the world's poorest countries, has been hit by a series of deadly cyclones in recent years, including storms that caused widespread flooding and disease outbreaks.

Scientists say climate change is making tropical cyclones in the southwest Indian Ocean more intense, with heavier rainfall and stronger storm surges.

Cholera, an acute diarrhoeal infection caused by contaminated food or water, can kill within hours if left untreated, but is easily treated with oral rehydration solution.""",
        [
            ("We lost 31 health facilities,", "Armando Cossa"),
            ("The water systems are broken,", "Armando Cossa"),
            ("the priority now is clean", "National Emergency Coordination Centre"),
            ("Some of the villages can", "Lucia Matavele"),
            ("The vaccines are in the", "UN official in Beira"),
            ("The water we drink comes", "Rosa Nhantumbo"),
        ],
    ),
    (
        """Anthrax outbreak 'under control', says Kasonde

By MWILA CHANDA

THE anthrax outbreak in Lukolwe District, which has so far claimed two lives, is under control, Minister of Health Dr Bwalya Kasonde has said.

Speaking to journalists after touring Lukolwe District Hospital on Saturday, Dr Kasonde said 47 suspected cases had been recorded, all linked to the consumption of meat from cattle that died of unknown causes.

"The situation is under control. Out of the 47 patients, 39 have been treated and discharged, and the rest are responding well to treatment," Dr Kasonde said.

He said Government had dispatched antibiotics and a team of veterinary officers to vaccinate livestock in the affected area.

"I want to appeal to our people in Lukolwe and surrounding areas. Please do not eat meat from animals that have died on their own. Report such deaths to the veterinary officers," he said.

Dr Kasonde said Government would also intensify community sensitisation in the three affected wards.

"We cannot afford to lose more lives to a disease that is preventable. Our teams will be going door to door," he told reporters.

Lukolwe District Veterinary Officer Dr Mubita Inambao said the vaccination exercise was progressing well despite the long distances his officers had to cover.

He said: "So far we have vaccinated over 12,000 cattle in the three affected wards, and we are targeting 30,000 by the end of the month."

Kabika Mwiya, a village headman in Kalunga ward, said poverty was driving people to eat meat from dead animals.

"Our people are poor. When a cow dies, they see food, not disease. We need Government to help with alternatives," Mr Mwiya said.

And the Zambia Centre for Disease Surveillance said in a statement issued in Lusaka yesterday that it had "activated its emergency operations centre to coordinate the response" and deployed a rapid response team to the district.

One of the discharged patients, who only identified himself as Mr Lubinda, said he had not known the disease could spread from animals to humans.

"I had a wound on my arm which became black. I thought it was witchcraft until I came to the hospital," Mr Lubinda said.""",
        [
            ("under control", "Bwalya Kasonde"),
            ("The situation is under control.", "Bwalya Kasonde"),
            ("I want to appeal to", "Bwalya Kasonde"),
            ("We cannot afford to lose", "Bwalya Kasonde"),
            ("So far we have vaccinated", "Mubita Inambao"),
            ("Our people are poor.", "Kabika Mwiya"),
            ("activated its emergency operations centre", "Zambia Centre for Disease Surveillance"),
            ("I had a wound on", "Lubinda"),
        ],
    ),
    (
        """Cancer patients wait up to a year for radiotherapy at Nkanyezi hospital, report finds

By Thandeka Mbatha

Cancer patients at Nkanyezi Provincial Hospital in the Eastern Cape are waiting up to 11 months for radiotherapy, a delay that oncologists warn is turning curable cancers into death sentences.

The figures are contained in a report titled “Waiting to Die: Cancer Care in the Eastern Cape”, released on Wednesday by the patient advocacy group Cancer Access Alliance.

According to the report, only one of the hospital’s three linear accelerators — the machines used to deliver radiation therapy — was working in the first quarter of the year, and the oncology unit had 14 vacant posts.

“Patients with cervical cancer, which is highly treatable when caught early, are being told to come back in six months or more. By then, many of them have progressed to a stage where we can only offer palliative care,” the report said.

Dr Lwazi Dlamini-Khumalo, a former head of oncology at the hospital who resigned last year, said the crisis had been years in the making.

“We wrote memo after memo. We told them the machines were at the end of their life,” she said. “Nobody listened.”

She described the so-called “bunker”, the shielded room that houses the broken machines, as a symbol of years of neglect.

Eastern Cape health department spokesperson Lindile Ntshona said the department had signed a contract for the repair of one machine and the procurement of a new one.

“The department acknowledges the challenges in oncology. A service provider has been appointed and we expect the second linac to be back in service by the end of September,” Ntshona said.

He disputed the report’s figure of 11 months, saying the average waiting time was “closer to four months” and that urgent cases were prioritised.

Asked about the vacancies, Ntshona said recruitment was under way but that the department was “competing with the private sector and with other provinces for a very small pool of specialists”.

In a statement, the Public Servants Health Union said staff in the oncology unit were “burnt out and demoralised” and called on the provincial health MEC to visit the hospital.

For patients, the delays are measured in more than months.

Nomvula Jacobs, 52, who travels more than three hours by taxi from her village to the hospital, was diagnosed with breast cancer earlier this year.

“I was diagnosed in January. It is now August and I still have not had a single session. I feel the lump growing,” she said.""",
        [
            ("Patients with cervical cancer, which", "Cancer Access Alliance"),
            ("We wrote memo after memo.", "Lwazi Dlamini-Khumalo"),
            ("Nobody listened.", "Lwazi Dlamini-Khumalo"),
            ("The department acknowledges the challenges", "Lindile Ntshona"),
            ("closer to four months", "Lindile Ntshona"),
            ("competing with the private sector", "Lindile Ntshona"),
            ("burnt out and demoralised", "Public Servants Health Union"),
            ("I was diagnosed in January.", "Nomvula Jacobs"),
        ],
    ),
]
