CASES = [
    (
        """Three accused in Eerstevlei tavern shooting denied bail, case postponed to March

By Lindiwe Mabaso

Three men accused of killing five people at an Eerstevlei tavern in December have been denied bail in the Eerstevlei Magistrate's Court.

Siyabonga Ntleki, 27, Ricardo "Smiley" Jacobs, 31, and Aviwe Mtshali, 24, face five counts of murder, three of attempted murder and charges of possession of an unlicensed firearm and ammunition.

Magistrate Fatima Essop said the State had shown that the men were likely to interfere with witnesses if released.

"The court cannot ignore the evidence that two of the State's witnesses have already been approached and threatened," Essop said in her ruling on Tuesday.

"This is not a case where the accused have simply been named by a community that is angry. There is cellphone evidence placing them at the tavern minutes before the shooting."

NPA regional spokesperson Thandeka Mgwebi said the State welcomed the ruling.

"We will be ready to proceed once the ballistic report is finalised," she said.

The men's attorney, Gareth Pillay, told the court his clients had handed themselves over to police voluntarily in January. Speaking outside court, Pillay said the defence would consider appealing the decision.

"My clients maintain their innocence. They have families and fixed addresses, and they are not a flight risk," he told News24.

About 40 residents, many wearing T-shirts printed with the faces of the victims, sang outside the court building throughout the proceedings.

Nomsa Dyantyi, whose 19-year-old son Luthando was among those killed, said she had not slept properly since the shooting.

"Every time I hear a car stop outside at night, I think they are coming back," she said. "I just want to see justice for my child."

Western Cape police spokesperson Captain Wesley van Rooyen said detectives were still searching for a fourth suspect, who is believed to have driven the getaway vehicle.

According to Van Rooyen, the shooting is believed to be linked to a turf dispute between two rival gangs operating in the area, which he described as "a powder keg since October".

Police have asked anyone with information on the whereabouts of the fourth suspect to contact their nearest police station.

The case was postponed to 14 March for further investigation.""",
        [
            ("The court cannot ignore the", "Fatima Essop"),
            ("This is not a case", "Fatima Essop"),
            ("We will be ready to", "Thandeka Mgwebi"),
            ("My clients maintain their innocence.", "Gareth Pillay"),
            ("Every time I hear a", "Nomsa Dyantyi"),
            ("I just want to see", "Nomsa Dyantyi"),
            ("a powder keg since October", "Wesley van Rooyen"),
        ],
    ),
    (
        """Two officers charged with murder of boda boda rider in Kiboroni

By Caroline Wambui

Two police officers attached to Kiboroni Police Station were yesterday charged with the murder of a boda boda rider who died in custody last month.

Constable Dennis Kiprotich Langat and Corporal Josephine Atieno Ouma appeared before Justice Peter Mutua Kivuva at the High Court in Mwangaza, where they pleaded not guilty to killing 23-year-old Brian Omondi Otieno on the night of January 14.

The court heard that Otieno was arrested at a roadblock for allegedly failing to produce a riding licence and was found dead in a cell the following morning.

Prosecution counsel Margaret Nyambura told the court that a postmortem showed the rider had suffered "blunt force injuries to the head and chest inconsistent with a fall".

"The State will demonstrate that the deceased was assaulted while in the custody of the accused persons, and that they then attempted to conceal what happened," Ms Nyambura said.

Defence lawyer Samuel Kibet Rono asked the court to release his clients on bond, arguing they had cooperated with investigators and had no previous disciplinary record.

"These are officers who have served this country diligently for more than ten years. They will not abscond," Mr Rono said.

Justice Kivuva released the two on a bond of Sh1 million each with a surety of a similar amount, and barred them from entering Kiboroni Police Station or contacting any of the witnesses.

The family's lawyer, Aisha Mwinyi of the legal aid group Haki Mashinani Trust, said the charges were "a first step, not the end of the road".

Outside court, Otieno's mother, Rose Akinyi, wept as she recounted the last time she spoke to her son.

"He called me at around 8pm and said he was coming home for supper. That was the last time I heard his voice," she said.

Kiboroni residents held demonstrations for three days after the death, blocking the main highway and lighting bonfires. Police used teargas to disperse them.

In a statement, the National Police Service said it would not shield officers found to have broken the law.

"Any officer who acts outside the law does so in their individual capacity and will face the full force of the law," the statement said.

Area police commander Julius Mwangi, however, told the Nation that the two officers had only been transferred and remained on duty pending the outcome of the case.

The case will be mentioned on March 3.""",
        [
            ("blunt force injuries to the", "Margaret Nyambura"),
            ("The State will demonstrate that", "Margaret Nyambura"),
            ("These are officers who have", "Samuel Kibet Rono"),
            ("a first step, not the", "Aisha Mwinyi"),
            ("He called me at around", "Rose Akinyi"),
            ("Any officer who acts outside", "National Police Service"),
        ],
    ),
    (
        """Police arrest five suspected kidnappers, rescue three victims

Adeyemi Oladipupo, Ilorin

The Kwara State Police Command says it has arrested five suspected members of a kidnapping syndicate terrorising travellers along the Oke-Ilawo–Ajase road and rescued three of their victims.

The suspects were paraded at the command headquarters in Ilorin on Thursday alongside two AK-47 rifles, 63 rounds of live ammunition, three motorcycles and the sum of N2.4m said to be part of ransom payments.

The Commissioner of Police, Mr Abdulrahman Bello-Yusuf, said the arrests followed a week-long operation by tactical teams working with local hunters and vigilance groups.

He said, “Acting on credible intelligence, our operatives stormed the hideout of the gang in a forest near Igbo-Oloyin village on Monday. On sighting the team, the hoodlums opened fire, and our men responded professionally.

“Two of the gang members escaped with gunshot injuries, while five were arrested. Three victims who had been held for eleven days were rescued unhurt.”

Bello-Yusuf added that the suspects had confessed to involvement in at least seven kidnappings in the area since September.

One of the suspects, 34-year-old Musa Garba, who spoke with our correspondent, said he was recruited by a cousin and was paid N150,000 for every operation.

“I was only cooking for them and watching the victims. I did not carry a gun,” Garba claimed.

A rescued victim, a trader who asked not to be named for fear of reprisal, said the kidnappers beat them daily and demanded N30m from her family.

“They told us that if our people did not pay, they would kill us one by one. We drank water from a stream and ate once a day,” she said.

The state Police Public Relations Officer, SP Olufunke Adebayo-Ige, in a statement on Friday, urged residents to report suspicious movements to the nearest police station.

The statement read in part, “The command will not relent until every criminal element is flushed out of the state. Members of the public are assured of their safety.”

Meanwhile, the chairman of the Ajase Community Development Association, Chief Gabriel Olaniyan, described the arrests as “a long-awaited relief” but called for a permanent police post along the road.

“Our people have stopped going to the farm. Market days are empty because nobody wants to travel on that road,” he told The PUNCH.""",
        [
            ("Acting on credible intelligence, our", "Abdulrahman Bello-Yusuf"),
            ("Two of the gang members", "Abdulrahman Bello-Yusuf"),
            ("I was only cooking for", "Musa Garba"),
            ("They told us that if", "rescued victim"),
            ("The command will not relent", "Olufunke Adebayo-Ige"),
            ("a long-awaited relief", "Gabriel Olaniyan"),
            ("Our people have stopped going", "Gabriel Olaniyan"),
        ],
    ),
    (
        """Former Ntsikana municipal manager’s fraud trial hears of R18m ‘emergency’ water tender

By Pieter Roux

A former municipal manager of the Ntsikana Local Municipality signed off on an R18-million “emergency” water tanker contract days after the company that won it was registered, the Specialised Commercial Crime Court in Gqeberha heard on Monday.

Mandla Xaba, 52, is on trial alongside businessman Sizwe Booi and his company, Amanzi Pure Logistics, on charges of fraud, corruption and money laundering linked to the 2021 drought relief programme.

Testifying for the State, the municipality’s former supply chain manager, Nokuthula Gqirana, said she was instructed to process the appointment without following the normal procurement process.

“The municipal manager called me into his office and said the tender must be finalised that same day because the MEC was coming,” Gqirana told the court. “I said we did not have three quotations. He said that was not my problem.”

Under cross-examination by Xaba’s advocate, Themba Mokoena SC, Gqirana conceded that she had not put her objections in writing.

“You want this court to believe that you, the head of supply chain, simply did as you were told?” Mokoena asked.

“Yes, because I was afraid of losing my job,” she replied.

According to the charge sheet, Amanzi Pure Logistics was paid R18.3-million over four months, although municipal records show water was delivered to only 11 of the 26 villages listed on its invoices. The State alleges that R2.1-million was transferred to a trust linked to Xaba’s wife within weeks of the first payment.

The case arises from a forensic report, “Drought Relief Expenditure in Ntsikana: 2020-2022”, commissioned by the provincial treasury, which found that the “emergency” label had been used to sidestep competitive bidding on at least nine contracts.

A senior investigator familiar with the case, who is not authorised to speak to the media, told Daily Maverick that further arrests were expected.

“This is one thread of a much bigger cloth. There are officials in other municipalities who used the same service providers,” the investigator said.

Booi’s attorney, Ruth Marais, said in a written response that her client “denies any wrongdoing and will be vindicated once all the evidence is before the court”.

In Qhorha village, one of the settlements listed on the invoices, ward councillor Phumla Ndzendze said residents had spent most of 2021 fetching water from a dam shared with livestock.

She said: “People were queuing at dams with buckets while the tankers were supposedly here. We saw the invoices. We never saw the water.”

The trial continues.""",
        [
            ("The municipal manager called me", "Nokuthula Gqirana"),
            ("I said we did not", "Nokuthula Gqirana"),
            ("You want this court to", "Themba Mokoena"),
            ("Yes, because I was afraid", "Nokuthula Gqirana"),
            ("This is one thread of", "senior investigator familiar with the case"),
            ("denies any wrongdoing and will", "Ruth Marais"),
            ("People were queuing at dams", "Phumla Ndzendze"),
        ],
    ),
    (
        """Detectives arrest four in Sh47 million fake gold scam targeting foreign buyers

By Kennedy Ochieng'

Detectives have arrested four suspects linked to a syndicate accused of conning foreign businessmen out of Sh47 million in a fake gold deal.

The four, including a woman who allegedly posed as a senior official in the State Department for Mining, were arrested at a rented house in Lavingwood estate on Sunday night.

According to a police report, officers recovered 42 bars of a yellow metal, forged export permits, two imitation pistols and Sh3.2 million in cash.

Regional criminal investigations officer Simon Kiptoo Chelimo said the gang had been operating for at least two years.

"They rent high-end homes, hire luxury vehicles and even set up a fake government office with a portrait of the President on the wall. The victims are convinced they are dealing with a legitimate exporter," Chelimo said.

He said the victims were first shown genuine gold samples before being handed gold-plated brass bars in sealed boxes "with official-looking stamps and seals".

One of the complainants, a businessman whose identity was withheld, told detectives he paid the money in three instalments after being assured the consignment would be flown out through a private airstrip.

The suspects were arraigned at the Milimani Law Courts yesterday, where detectives sought 21 days to complete investigations.

In an affidavit, investigating officer Inspector Faith Cherono told Senior Principal Magistrate Benjamin Oloo that the suspects were a flight risk.

"We have established that two of the suspects hold multiple passports. We are also tracing bank accounts to which part of the money was transferred," she stated.

Defence lawyer Abdullahi Hassan opposed the application, terming it "a fishing expedition by the police" and saying his clients had cooperated fully since their arrest.

The magistrate allowed police to hold the suspects for 14 days.

In a post on X, the National Police Service cautioned investors against dealing with "unverified gold traders who promise quick returns", urging them to confirm licences with the State Department for Mining before making any payment.

A neighbour who sought anonymity said the occupants of the house rarely interacted with other residents.

"There were always big cars coming in at night. We thought they were politicians," the neighbour said.

The suspects will be back in court on March 11.""",
        [
            ("They rent high-end homes, hire", "Simon Kiptoo Chelimo"),
            ("with official-looking stamps and seals", "Simon Kiptoo Chelimo"),
            ("We have established that two", "Faith Cherono"),
            ("a fishing expedition by the", "Abdullahi Hassan"),
            ("unverified gold traders who promise", "National Police Service"),
            ("There were always big cars", "neighbour"),
        ],
    ),
    (
        """Court sentences police inspector to death for killing bus driver in Lagos

By Ebere Nwachukwu

A Lagos State High Court sitting in Ikeja on Wednesday sentenced a police inspector, Olawale Adekunle Bamidele, to death by hanging for the murder of a commercial bus driver, Chinedu Okafor, in 2022.

The trial judge, Folasade Ademola-Williams, held that the prosecution had proved beyond reasonable doubt that the convict shot Mr Okafor at close range after an argument over N500 at a checkpoint in the Ilupeju-Oja area of the state.

In her judgment, which lasted about three hours, the judge described the killing as “callous, senseless and a betrayal of the uniform”.

“The convict was a man entrusted with a firearm by the state for the protection of lives. He chose instead to use it to take a life over a sum that cannot buy a loaf of bread,” she said.

“This court must send a clear message that no one, no matter the uniform he wears, is above the law.”

Witnesses had testified during the trial that Mr Bamidele, then attached to the Ilupeju-Oja Division, demanded money from the driver, who refused and accused officers at the checkpoint of extortion.

One of the prosecution witnesses, a bus conductor, Taiwo Salami, told the court in 2023 that the inspector cocked his rifle and said “I go waste you today” before firing.

The convict, who stood expressionless in the dock, had told the court during his defence that his rifle discharged accidentally during a struggle with the driver. The judge rejected the claim, saying the evidence of the pathologist showed the shot was fired from at least one metre away.

Reacting to the judgment, the deceased’s widow, Ngozi Okafor, said she was relieved.

“It has been three years of going up and down this court. Today I can tell my children that their father got justice,” she told PREMIUM TIMES.

The command’s spokesperson, Olumide Fashola, said the police respected the judgment and that the inspector had been dismissed from the force in 2022 after an orderly room trial.

“The Nigeria Police Force does not condone the unlawful use of firearms by any of its personnel,” Mr Fashola said.

The executive director of the Citizens’ Rights Watch Initiative, Kelechi Anyaoha, said the judgment should serve as a deterrent but urged the government to address extortion at checkpoints.

“Conviction in one case is good, but the reality is that drivers in Lagos still pay money at checkpoints every day. The problem is systemic,” he said.

The convict has 90 days to appeal the judgment.""",
        [
            ("callous, senseless and a betrayal", "Folasade Ademola-Williams"),
            ("The convict was a man", "Folasade Ademola-Williams"),
            ("This court must send a", "Folasade Ademola-Williams"),
            ("I go waste you today", "Olawale Adekunle Bamidele"),
            ("It has been three years", "Ngozi Okafor"),
            ("The Nigeria Police Force does", "Olumide Fashola"),
            ("Conviction in one case is", "Kelechi Anyaoha"),
        ],
    ),
    (
        """Seven suspects killed in shootout with police after foiled cash-in-transit heist

Kabelo Motsamai

Seven suspected cash-in-transit robbers were shot dead and two others arrested in a shootout with police near Kwaggasvlei on the East Rand early on Friday.

National police spokesperson Brigadier Nandi Mokgatle said officers had been tracking the group for several weeks after intelligence linked it to at least four heists in Gauteng and Mpumalanga.

"When the team approached the suspects' vehicles, they were met with a hail of bullets. The officers returned fire and a shootout ensued," Mokgatle said.

She said seven suspects were declared dead at the scene, while two, aged 29 and 41, were arrested with gunshot wounds and taken to hospital under police guard. No police officers were injured.

Police recovered four rifles, three pistols, explosives and a white Toyota Land Cruiser that had been reported stolen in Pretoria in November.

Provincial police commissioner Lt-Gen Sibusiso Radebe told reporters at the scene that the gang had been planning to strike a cash van delivering money to a shopping centre in the area.

"We were a step ahead of them this time. These are people who do not hesitate to use explosives in busy places, with no regard for innocent bystanders," Radebe said.

He added: "To those who are still out there planning, the message is simple: we will find you."

Ubuntu Secure Logistics, whose vehicle is believed to have been the gang's target, said its crews had been alerted by police on Thursday night and the route had been changed.

"The safety of our employees and the public is our first priority. We thank the police for their swift action," the company said.

The Independent Police Investigative Directorate (Ipid) confirmed it had been notified of the deaths.

"Investigators were dispatched to the scene to establish the circumstances under which the suspects died," the directorate said in a statement.

Gideon Mathebula, chief executive of the Cash Security Association of Southern Africa, said attacks on cash vans had cost the industry hundreds of millions of rand in the past year.

"Our crews go to work every day knowing they could be ambushed. Any success by the police is welcome, but we need convictions, not just body counts," Mathebula said.

A resident of the nearby informal settlement, who did not want to be named, said she was woken by the gunfire shortly after 4am.

"It sounded like a war. We lay on the floor with the children until it stopped," she said.

The two arrested suspects are expected to appear in the Kwaggasvlei Magistrate's Court next week.""",
        [
            ("When the team approached the", "Nandi Mokgatle"),
            ("We were a step ahead", "Sibusiso Radebe"),
            ("To those who are still", "Sibusiso Radebe"),
            ("The safety of our employees", "Ubuntu Secure Logistics"),
            ("Investigators were dispatched to the", "Independent Police Investigative Directorate"),
            ("Our crews go to work", "Gideon Mathebula"),
            ("It sounded like a war.", "resident of the nearby informal settlement"),
        ],
    ),
    (
        """Judge orders release of 12 protesters held for five days without charge

By Mercy Chepkemoi

The High Court has ordered police to release 12 young people who were arrested during protests in Ngareta town and held at Ngareta Police Station for five days without being charged.

Justice Grace Wanjiru Mbugua said the detention of the protesters, who were arrested last Thursday during demonstrations over the death of a local teacher, violated their constitutional right to be presented in court within 24 hours.

"The Constitution is not a suggestion. Where police hold a person beyond 24 hours without presenting him before a court, they must have a very good explanation, and in this case none has been offered," the judge said.

She ordered the officer commanding the station to produce all 12 in court by 2pm yesterday, failing which he would be summoned to explain "why he should not be cited for contempt".

The application was filed by the Ngareta Human Rights Network through lawyer Kevin Omari Nyakundi.

Mr Nyakundi told the court that families had been denied access to the detainees and that two of them, both Form Four students, had missed their mock examinations.

"Their only crime was holding placards and demanding answers about the death of a teacher," he said.

The protests erupted after the body of Peter Kamau Githinji, a teacher at Ngareta Mixed Secondary School, was found in a quarry two days after he was picked up by men who identified themselves as police officers, according to his family. Police have denied holding the teacher.

Ngareta police commander Joseph Lekishon said the 12 had been arrested for "malicious damage to property and creating disturbance", and that investigations had been delayed because officers were deployed to contain the protests.

But a senior officer at the station, who requested anonymity because he is not allowed to speak to the media, told the Nation that the suspects had been held on instructions "from people above us".

"We were told not to take them to court until the situation calmed down. Nobody wanted them released while the town was still burning," the officer said.

Mr Githinji's sister, Lucy Wambui Githinji, said the family had recorded statements with police but had heard nothing since.

"We are not asking for anything special. We only want to know who took my brother and why," Ms Githinji said.

The rights group has since launched a campaign dubbed "Justice for Mwalimu Kamau" and is planning a procession to the county police headquarters next week.

The matter will be mentioned on Monday.""",
        [
            ("The Constitution is not a", "Grace Wanjiru Mbugua"),
            ("why he should not be", "Grace Wanjiru Mbugua"),
            ("Their only crime was holding", "Kevin Omari Nyakundi"),
            ("malicious damage to property and", "Joseph Lekishon"),
            ("from people above us", "senior officer at the station"),
            ("We were told not to", "senior officer at the station"),
            ("We are not asking for", "Lucy Wambui Githinji"),
        ],
    ),
]
