CASES = [
    (
        """Ex-mayor convicted of graft over P18-million road project

By Carmela D. Reyes

MANILA, Philippines — The Sandiganbayan has convicted a former mayor of San Isidro town in Leyte of graft over an P18-million farm-to-market road that state auditors found was never completed.

In a 42-page decision promulgated on Tuesday, the antigraft court's Fourth Division found former Mayor Rodolfo "Boyet" Almazan guilty of violating Section 3(e) of the Anti-Graft and Corrupt Practices Act and sentenced him to six to 10 years in prison. He was also perpetually disqualified from holding public office.

The court said Almazan approved full payment to contractor JGM Builders despite a field inspection report showing that only 40 percent of the 3.2-kilometer road in Barangay Cabungaan had been paved.

"The accused cannot hide behind the signatures of his subordinates. As the local chief executive, he had the duty to ensure that public funds were released only for work actually done," the decision read.

The court acquitted his co-accused, municipal engineer Arnel Sabado and municipal accountant Gloria Peñaflor, citing reasonable doubt. It said the prosecution failed to show that the two "knowingly participated in the release of the funds."

Almazan, who served as mayor from 2013 to 2019, was not present during the promulgation. His lawyer, Jose Miguel Tan, said they would file a motion for reconsideration.

"We respect the decision of the court, but we maintain that the evidence did not establish bad faith on the part of my client," Tan told the Inquirer in a phone interview.

"The delays in the project were caused by continuous rains and typhoon damage, which the contractor documented at the time," he added.

The case stemmed from a 2017 Commission on Audit report that flagged the project, which residents had long called the "road to nowhere," for payments made ahead of actual accomplishment.

The Office of the Ombudsman, which filed the charges in 2019, welcomed the ruling.

"This conviction sends a clear message to local officials that they will be made to answer for every peso entrusted to them," Assistant Special Prosecutor Lourdes Manalang said in a statement.

In Cabungaan, farmers said they still haul their copra and bananas down to the highway on carabao-drawn sleds during the rainy season.

"Until now, when it rains, we cannot bring our products down. The trucks will not come up here," said Nestor Pido, 58, a coconut farmer and former barangay kagawad.

He said residents were glad about the conviction but hoped the provincial government would finish the road. "A prison sentence will not pave the road for us," Pido said.

An arrest warrant is expected to be issued once the decision becomes final, court officials said.""",
        [
            ("The accused cannot hide behind", "Sandiganbayan"),
            ("knowingly participated in the release", "Sandiganbayan"),
            ("We respect the decision of", "Jose Miguel Tan"),
            ("The delays in the project", "Jose Miguel Tan"),
            ("This conviction sends a clear", "Lourdes Manalang"),
            ("Until now, when it rains,", "Nestor Pido"),
            ("A prison sentence will not", "Nestor Pido"),
        ],
    ),
    (
        """QC council approves ordinance regulating sidewalk vendors

Jericho Bautista

MANILA, Philippines – The Quezon City Council on Monday, March 10, approved on third and final reading an ordinance that will require sidewalk vendors to register with the city and confine them to designated “vending zones” after 5 pm.

The measure, authored by District 2 Councilor Ma. Angelica Soriano-Lim, imposes fines of P1,000 to P5,000 on vendors who set up stalls outside the approved areas. Repeat offenders could have their goods confiscated.

“Hindi namin pinapatay ang kabuhayan ng mga vendor. Ang gusto lang namin ay maayos at ligtas ang bangketa para sa lahat,” Soriano-Lim said during the session. (We are not killing the livelihood of vendors. We just want the sidewalks to be orderly and safe for everyone.)

She said the city counted more than 6,400 unregistered vendors in 2024, many of them along Commonwealth Avenue and near the MRT-3 stations, where pedestrians are often forced to walk on the road.

Councilor Ramon Dizon, who cast the lone vote against the measure, said the ordinance “punishes the poorest workers in the city” without providing enough alternative sites.

“Where will they go? The zones in the ordinance can accommodate maybe a third of the vendors we have now,” Dizon said.

Engineer Victor Pangilinan, head of the city’s Market Development and Administration Department, told reporters that registration would be free during the first year of implementation.

“We will waive the fees for the first 12 months so that nobody can say the city is making money off the vendors,” Pangilinan said.

The Samahan ng Maliliit na Manininda sa Quezon City (SAMAQC), which claims around 2,000 members, said it would seek a dialogue with City Hall before the ordinance takes effect.

“Kami ang unang tatamaan nito, pero kami ang huling kinausap,” the group said in a statement. (We will be the first to be hit by this, but we were the last to be consulted.)

Lorna Castillo, 47, who has sold fish balls near the Philcoa footbridge for 15 years, said she was worried about the permit requirement.

“Kung magbabayad pa kami ng permit, saan pa kami kukuha ng puhunan?” she told Rappler. (If we still have to pay for a permit, where will we get our capital?)

Castillo said she earns about P400 on a good day.

In a statement, the Office of the City Mayor said Mayor Teresita Alcaraz would act on the ordinance “after carefully reviewing the concerns raised by the affected sectors.”

Once signed, the ordinance will take effect 15 days after its publication in a newspaper of general circulation. – Rappler.com""",
        [
            ("Hindi namin pinapatay ang kabuhayan", "Ma. Angelica Soriano-Lim"),
            ("punishes the poorest workers in", "Ramon Dizon"),
            ("Where will they go?", "Ramon Dizon"),
            ("We will waive the fees", "Victor Pangilinan"),
            ("Kami ang unang tatamaan nito,", "Samahan ng Maliliit na Manininda sa Quezon City"),
            ("Kung magbabayad pa kami ng", "Lorna Castillo"),
            ("after carefully reviewing the concerns", "Office of the City Mayor"),
        ],
    ),
    (
        """P13.6-M shabu seized in Cebu City buy-bust; 3 nabbed

CEBU CITY, Philippines — Police seized two kilos of suspected shabu worth P13.6 million and arrested three suspects, including a live-in couple, in a buy-bust operation in Barangay Pasil here early Sunday.

Police Regional Office 7 director Brig. Gen. Eduardo Macaraeg identified the suspects as alleged group leader Roberto Caballes, 41, alias "Bobot"; his live-in partner Jessa Montebon, 35; and Marlon Tampus, 29, all residents of the barangay.

Macaraeg told reporters that the group had been under surveillance for three months after an informant tipped off the Regional Drug Enforcement Unit.

"This group is a major supplier in the southern barangays of the city. They get their supply from a contact in Mindanao and distribute it through small-time pushers," Macaraeg said.

He said an undercover officer posed as a buyer and arranged to purchase half a kilo of shabu for P3.4 million. The suspects were arrested at around 2:30 a.m. after handing over a pack in exchange for marked money.

A member of the arresting team, who asked not to be named, said the suspects "did not expect the buyer to be a cop" because the transaction had been arranged through a regular customer of the group.

Recovered from the house were three more packs of suspected shabu, a digital weighing scale, a .38-caliber revolver and P45,000 in cash believed to be drug proceeds.

"We will not stop with these three. We are now tracing the source of the supply and the persons who receive the drugs from them," Macaraeg said.

"We are also coordinating with our counterparts in Northern Mindanao to identify the contact who sends the shipments by boat."

The Philippine Drug Enforcement Agency in Central Visayas (PDEA-7) said the seized items had been turned over to the regional crime laboratory.

"The results of the chemical analysis will be released within 24 hours to support the filing of charges," PDEA-7 said in a statement.

Pasil Barangay Captain Felipe Ybañez said residents had long suspected that drugs were being sold in the area.

"We have long heard reports of drug selling here, but we could not act because we had no evidence," Ybañez said.

Caballes, who was presented to the media at the Cebu City Police Office, denied that the drugs were theirs. "Gi-set up lang mi," he said. (We were just set up.)

The suspects are detained at the Cebu City Police Office detention facility and face charges for violation of Sections 5 and 11 of Republic Act 9165, or the Comprehensive Dangerous Drugs Act of 2002.""",
        [
            ("This group is a major", "Eduardo Macaraeg"),
            ("did not expect the buyer", "member of the arresting team"),
            ("We will not stop with", "Eduardo Macaraeg"),
            ("We are also coordinating with", "Eduardo Macaraeg"),
            ("The results of the chemical", "Philippine Drug Enforcement Agency in Central Visayas"),
            ("We have long heard reports", "Felipe Ybañez"),
            ("Gi-set up lang mi", "Roberto Caballes"),
        ],
    ),
    (
        """Barangay chairman shot dead in Nueva Ecija ambush

By Dennis Aquino

CABANATUAN CITY — A barangay chairman was killed and his driver was wounded when motorcycle-riding gunmen ambushed their vehicle in Talavera, Nueva Ecija on Thursday morning, police said.

The fatality was identified as Alfredo Dimaculangan, 56, chairman of Barangay Bantug. His driver, Romeo Lacsamana, 33, sustained gunshot wounds in the shoulder and is in stable condition at a hospital in this city.

Talavera police chief Lt. Col. Arnold Sarmiento said the victim was on his way to the municipal hall for a meeting when the attack happened at around 7:45 a.m. along a farm road in Sitio Maligaya.

"Based on our initial investigation, two men on a motorcycle blocked the victim's pickup and the back rider opened fire using a .45-caliber pistol," Sarmiento said.

Dimaculangan, who was seated beside the driver, was hit in the head and chest and was declared dead on arrival at the Talavera General Hospital. The suspects fled toward the town of Santo Domingo.

Investigators recovered nine empty shells from the scene.

Sarmiento said a special investigation task group had been formed to look into the killing. "We are not discounting any angle at this point, including politics, land disputes and personal grudges," he said.

A police investigator who was not authorized to speak to the media said the victim had reported receiving threats weeks before the attack.

"He came to us last month and showed a text message saying his days were numbered. We advised him to be careful and to vary his routes," the investigator said.

The victim's wife, Corazon Dimaculangan, said her husband had no known enemies.

"Wala siyang kaaway. Tumutulong lang siya sa mga tao," she said in an interview with GMA News. (He had no enemies. He only helped people.)

Talavera Mayor Enrique Padilla offered a P200,000 reward for information leading to the arrest of the gunmen. In a post on his official Facebook page, Padilla wrote: "No one should be killed for serving his constituents. We will not rest until justice is served."

The Department of the Interior and Local Government (DILG) in Central Luzon also condemned the killing.

"We call on the PNP to bring the perpetrators to justice at the soonest possible time, and we assure the family of the department's full support," DILG regional director Marivic Tolentino said in a statement.

Dimaculangan is the third barangay official killed in Nueva Ecija this year, according to records of the provincial police office.""",
        [
            ("Based on our initial investigation,", "Arnold Sarmiento"),
            ("We are not discounting any", "Arnold Sarmiento"),
            ("He came to us last", "police investigator"),
            ("Wala siyang kaaway. Tumutulong lang", "Corazon Dimaculangan"),
            ("No one should be killed", "Enrique Padilla"),
            ("We call on the PNP", "Marivic Tolentino"),
        ],
    ),
    (
        """Ex-company director charged with cheating investors of RM2.3mil

By Nurul Ain Zakaria

KUALA LUMPUR: A former company director has been charged in the Sessions Court here with cheating 14 investors of more than RM2.3mil in a gold investment scheme.

Lim Wei Keat, 44, pleaded not guilty to 14 counts under Section 420 of the Penal Code when the charges were read out before Judge Azura Mohd Sidek on Wednesday (May 7).

He is accused of deceiving the victims into believing that their money would be used to buy gold bars on their behalf, inducing them to hand over sums ranging from RM40,000 to RM310,000.

The offences were allegedly committed at an office in Jalan Klang Lama between January 2021 and August 2022.

If convicted, he faces between one and 10 years in jail, whipping and a fine for each count.

Deputy public prosecutor Siti Khadijah Omar asked for bail of RM200,000 with one surety, saying the amount involved was large and that "the accused has the means to abscond".

Lim's lawyer, Ravindran Pillai, urged the court to impose a lower amount, saying his client had cooperated fully with the authorities.

"My client has been cooperating with the police since day one. He surrendered himself at the Brickfields police station and has attended every call by the investigating officer," he said.

"He is also the sole breadwinner for his elderly parents and two school-going children."

The court allowed bail of RM120,000 with two sureties and ordered Lim to surrender his passport and report to the nearest police station once a month. The case has been fixed for mention on June 18.

Outside the courtroom, a retired teacher who said she was among the investors told reporters that she had lost RM180,000 in the scheme.

"That was all my EPF savings. I trusted him because he came to our church and seemed like a good person," said the 63-year-old, who declined to be named.

She said she had received "profit" payments of RM1,500 a month for the first five months before they stopped without explanation.

Brickfields district police chief ACP Hasnan Yusof had said in March that police received 14 reports about the scheme.

"We believe there may be more victims and we urge them to come forward to assist in the investigation," he said at the time.

Police had also frozen three bank accounts linked to the company, he said.""",
        [
            ("the accused has the means", "Siti Khadijah Omar"),
            ("My client has been cooperating", "Ravindran Pillai"),
            ("He is also the sole", "Ravindran Pillai"),
            ("That was all my EPF", "retired teacher"),
            ("We believe there may be", "Hasnan Yusof"),
        ],
    ),
    (
        """Residents fume over repeated flash floods in Taman Sri Melur

By Farah Hanim Rosli

SHAH ALAM: Residents of Taman Sri Melur here say they have had enough after their homes were inundated for the third time in two months, and are blaming the local council for failing to maintain the drains.

Residents' association chairman Kamarul Ariffin Jaafar said water rose to knee level within 30 minutes of heavy rain on Saturday evening, affecting more than 80 terrace houses.

"We have written to the Bandar Permai Municipal Council (MPBP) four times since last year. Each time they say they will send a team, but the drains are still clogged with sludge and rubbish," he said when met yesterday.

"Some of us have lost cars, furniture and appliances. Who is going to compensate us?"

Retiree S. Maniam, 71, said he had to move his bedridden wife to a neighbour's double-storey house when the water started entering his home.

"I could not lift her alone. Three young men from the next street came to help us. If they had not come, I don't know what would have happened," he said.

MPBP president Datuk Dr Noraini Abdul Wahab said the council had allocated RM4.2 million this year to upgrade drains in flood-prone areas, including Taman Sri Melur.

"Part of the problem is that several housing developers in the area have yet to hand over the drainage infrastructure to the council, so we are limited in what we can do on those stretches," she told the New Straits Times.

She said desilting works would begin next week and a temporary pump would be placed at the main outlet.

An MPBP engineer, who declined to be named as he was not authorised to speak to the media, said the problem was bigger than clogged drains.

"The drains here were built in the 1990s for a much smaller catchment. With all the new development upstream, they simply cannot cope with the volume of water now," the engineer said.

Local councillor Teoh Chee Meng, who raised the matter at the council's full board meeting last month, said MPBP "cannot keep blaming the developers" when residents had been complaining for years.

He said the council had the power to carry out the works and recover the cost from the developers.

The Selangor Local Government Department said it had directed MPBP to submit a full report on the floods within 14 days.

"The state government takes the complaints of Taman Sri Melur residents seriously and will not hesitate to act against any party found to be negligent," it said in a statement.

Residents are planning to hold a gathering outside the MPBP headquarters next Monday.""",
        [
            ("We have written to the", "Kamarul Ariffin Jaafar"),
            ("Some of us have lost", "Kamarul Ariffin Jaafar"),
            ("I could not lift her", "S. Maniam"),
            ("Part of the problem is", "Noraini Abdul Wahab"),
            ("The drains here were built", "MPBP engineer"),
            ("cannot keep blaming the developers", "Teoh Chee Meng"),
            ("The state government takes the", "Selangor Local Government Department"),
        ],
    ),
    (
        """Appeals court orders release of man held under Sosma

Arjun Menon

PUTRAJAYA: The Court of Appeal today ordered the immediate release of a former security guard who has been detained for 11 months under the Security Offences (Special Measures) Act 2012 (Sosma), ruling that his detention had been procedurally flawed.

A three-member bench led by Justice Rosnah Kamaruddin allowed the habeas corpus appeal by Mohd Firdaus Zulkifli, 32, who was arrested in Kuantan last June over alleged links to a militant group.

Delivering the unanimous decision, Rosnah said police had failed to produce Firdaus before a magistrate within the period required by law after his initial arrest.

“The liberty of the subject is not a matter of mere formality. Where the law sets out a procedure for depriving a person of his freedom, that procedure must be strictly complied with,” she said.

“It is not for this court to speculate on what the authorities might have done had they followed the law.”

The other judges on the panel were Justices Lee Swee Heng and Azman Abdullah.

Senior federal counsel Nur Amalina Hashim, appearing for the government, had argued that the delay was “a technical lapse” that did not cause any prejudice to Firdaus.

Firdaus’s lawyer, Rajesh Kumar Naidu, told reporters after the hearing that the decision was an important one for all detainees held under the security law.

“Today’s decision is a reminder that Sosma does not put the police above the law,” he said.

Rajesh said his client, who had no criminal record, had been “treated as guilty from day one” and was denied access to his family for the first two months of his detention.

He said Firdaus would be released from the Sungai Buloh prison later today.

Firdaus’s mother, Rohani Ismail, 58, wept as she embraced family members outside the courtroom.

“Alhamdulillah. I have waited almost a year to bring my son home. He is not a terrorist, he is just an ordinary boy,” she said.

Rights group Hak Insan Malaysia said the case showed that detainees’ safeguards under Sosma were being ignored.

“How many more detainees are sitting in lock-ups today because of similar ‘technical lapses’? The government must review every Sosma detention immediately,” the group said in a statement.

The Home Ministry, in a brief statement, said it respected the court’s decision.

“The ministry will study the grounds of judgment together with the Attorney-General’s Chambers before deciding on the next course of action,” it said.

Firdaus was one of six men detained in a series of raids in Pahang and Terengganu last year. Two of them have since been charged in the High Court.""",
        [
            ("The liberty of the subject", "Rosnah Kamaruddin"),
            ("It is not for this", "Rosnah Kamaruddin"),
            ("a technical lapse", "Nur Amalina Hashim"),
            ("Today’s decision is a reminder", "Rajesh Kumar Naidu"),
            ("treated as guilty from day", "Rajesh Kumar Naidu"),
            ("Alhamdulillah. I have waited almost", "Rohani Ismail"),
            ("How many more detainees are", "Hak Insan Malaysia"),
            ("The ministry will study the", "Home Ministry"),
        ],
    ),
    (
        """Police bust Macau scam syndicate in Johor Baru, 21 held

JOHOR BARU: Police have crippled a Macau scam syndicate operating from a double-storey bungalow in Taman Bukit Perdana here with the arrest of 21 people, including six foreigners.

Johor police chief Comm Datuk Mohd Razali Osman said the syndicate is believed to have cheated victims nationwide of more than RM3.8mil since it began operations in October last year.

He said members of the syndicate posed as officers from Bank Negara, the police and the courts, and told victims that their bank accounts were linked to money laundering cases.

"Victims were then told to transfer their savings into accounts supposedly controlled by the authorities for investigation purposes," he told a press conference at the state police headquarters on Monday (June 2).

Mohd Razali said the raid was carried out by a team from the Commercial Crime Investigation Department at about 4pm on Friday.

Police seized 34 mobile phones, 12 laptops, three modems and several notebooks containing the details of potential victims.

"We also found scripts in Malay, Mandarin and Tamil that were used by the callers. Each member was paid about RM3,000 a month plus commission," he said.

He described the syndicate as "very well organised", with a supervisor who trained new recruits on how to handle victims who became suspicious.

According to Mohd Razali, the suspects, aged between 19 and 42, have been remanded for seven days to assist investigations under Section 420 of the Penal Code.

A source close to the investigation said the syndicate's leader, believed to be a local man in his 40s, is still at large.

"We believe he is hiding somewhere in the Klang Valley and has changed his phone number several times since the raid," the source said.

One of the victims, a retiree from Muar, lost RM410,000 after receiving a call from a man claiming to be an inspector from Bukit Aman in April.

"The caller knew my IC number and my address. He sounded exactly like a police officer, so I believed him," said the 67-year-old, who declined to be named.

A spokesman for the National Scam Response Centre (NSRC) said the public should report such calls without delay.

"Members of the public who believe they have been cheated should call 997 immediately so that the funds can be traced and frozen before they are withdrawn," the spokesman said.

Mohd Razali also reminded the public: "No government agency will ever ask you to transfer money over the phone. If you receive such a call, hang up and contact the nearest police station.\"""",
        [
            ("Victims were then told to", "Mohd Razali Osman"),
            ("We also found scripts in", "Mohd Razali Osman"),
            ("very well organised", "Mohd Razali Osman"),
            ("We believe he is hiding", "source close to the investigation"),
            ("The caller knew my IC", "retiree from Muar"),
            ("Members of the public who", "spokesman"),
            ("No government agency will ever", "Mohd Razali Osman"),
        ],
    ),
]
