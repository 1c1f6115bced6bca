CASES = [
    (
        """By Lina Qudah

AMMAN — Water and Irrigation Minister Fares Hijazi on Sunday said the Kingdom's summer supply plan would rely heavily on three new wells in the Azraq basin, warning that the per capita share of water "continues to fall to alarming levels".

Speaking during a meeting with the Lower House Agriculture and Water Committee, Hijazi said the ministry had "no choice but to adopt stricter rotation schedules" in several east Amman neighbourhoods during the peak months of July and August.

"We are facing one of the driest seasons in more than two decades. Rainfall recorded at the main dams did not exceed 38 per cent of the long-term average," the minister said, according to a ministry statement.

He added that the new wells, financed through a JD14 million grant, would add around 6 million cubic metres annually to the national network once they are connected in late June.

Committee Chairman Khaled Saraireh urged the ministry to "be open with citizens" about distribution timetables.

"Families in Marka and Hashmi Shamali receive water once a week, sometimes less. They deserve to know when their turn comes and why it is delayed," Saraireh told reporters after the session.

He said the committee would hold a follow-up meeting in May to review the ministry's progress on reducing non-revenue water, which officials estimate at close to 48 per cent of supply.

In a separate statement, the Capital Water Distribution Company said its maintenance teams had repaired 1,240 leaks in the first quarter of the year, adding: "Illegal connections remain the single largest drain on the network, and we will continue to refer violators to the judiciary."

Water expert Dr Nadia Khraisat, a hydrology lecturer, said the new wells offered "a temporary fix at best".

"Groundwater in Azraq is already being pumped at nearly twice its safe yield. Every new well brings us closer to a point where the aquifer cannot recover," she said.

Khraisat called for speeding up work on the national desalination and conveyance project in Aqaba, which she described as "the only real way out" for a country ranked among the most water-scarce in the world.""",
        [
            ("continues to fall to alarming", "Fares Hijazi"),
            ("no choice but to adopt", "Fares Hijazi"),
            ("We are facing one of", "Fares Hijazi"),
            ("be open with citizens", "Khaled Saraireh"),
            ("Families in Marka and Hashmi", "Khaled Saraireh"),
            ("Illegal connections remain the single", "Capital Water Distribution Company"),
            ("a temporary fix at best", "Nadia Khraisat"),
            ("Groundwater in Azraq is already", "Nadia Khraisat"),
            ("the only real way out", "Nadia Khraisat"),
        ],
    ),
    (
        """CAIRO – Egypt's Ministry of Health and Population will begin a nationwide campaign next week to screen around 11 million primary school pupils for anaemia, obesity and stunting, the ministry announced on Monday.

Ministry spokesman Hany Ragheb said in a statement that the campaign, the third of its kind, would cover all 27 governorates and run until the end of the academic year.

"Medical teams will visit every public and Azhari primary school, and parents will receive the results through a text message within 72 hours," Ragheb said.

He added that children diagnosed with any of the three conditions would be referred to specialised clinics "free of charge and without any waiting lists."

Deputy Health Minister for Population Affairs Dr Samia El-Ashmawy said the previous rounds had revealed "worrying figures" in Upper Egypt, where nearly one in four pupils tested was found to be anaemic.

Speaking at a press conference at the ministry's headquarters in Nasr City, El-Ashmawy said: "We cannot talk about improving educational outcomes while a quarter of our children in some villages are sitting in classrooms tired and unable to concentrate."

"Nutrition is not a luxury. It is the foundation of everything the state is trying to build in health and education," she added.

The ministry said it had coordinated with the Ministry of Education to distribute fortified biscuits, which it said "meet international fortification standards," in schools in the worst-affected districts of Assiut, Sohag and Minya.

MP Ashraf Tawfik, a member of the House of Representatives' Health Affairs Committee, welcomed the initiative but questioned whether follow-up care would reach remote areas.

"Screening is the easy part. The real test is whether a child in a hamlet outside Edfu will actually get treatment three months later," Tawfik said in a phone interview.

He said he would submit a briefing request to the speaker of parliament asking the government to publish the results of the previous two campaigns broken down by governorate.

According to a report issued by the ministry last year, 31 percent of pupils screened in the second round showed symptoms of anaemia, while 14 percent were classified as overweight or obese.

The campaign is part of a wider presidential health initiative launched in 2018 that has so far screened more than 60 million citizens for chronic and non-communicable diseases.""",
        [
            ("Medical teams will visit every", "Hany Ragheb"),
            ("free of charge and without", "Hany Ragheb"),
            ("worrying figures", "Samia El-Ashmawy"),
            ("We cannot talk about improving", "Samia El-Ashmawy"),
            ("Nutrition is not a luxury.", "Samia El-Ashmawy"),
            ("meet international fortification standards,", "Ministry of Health and Population"),
            ("Screening is the easy part.", "Ashraf Tawfik"),
        ],
    ),
    (
        """BEIRUT: Lebanon's state electricity provider will raise supply to up to eight hours a day by the end of the month once a fuel shipment arrives off the coast of Zahrani, caretaker Energy Minister Walid Hanna said Tuesday.

"The tanker has completed its loading and is expected in Lebanese waters within ten days. Once the quality tests are done, the plants at Zahrani and Deir Ammar will return to full capacity," Hanna told reporters after a meeting at the Grand Serail.

The minister said the shipment, the first under a new credit arrangement with a foreign supplier, had been paid for "in full and in advance," dismissing reports that the state would again resort to emergency borrowing from the central bank.

But a senior official at the National Power Company, who spoke on condition of anonymity because he was not authorized to speak to the media, said the eight-hour target was "optimistic at best."

"Even with the fuel, the distribution network in parts of the south and the Bekaa is in such bad shape that many areas will not feel any difference," the official said.

He said technical losses and illegal connections were costing the company roughly 40 percent of the power it produced.

The announcement comes as residents across the country continue to rely on private generator owners, whose monthly bills have soared since tariffs began to be priced in dollars.

In a statement Monday, the Association of Private Generator Owners warned that its members would be forced to cut hours if diesel prices continued to rise. "We are not the enemy of the citizen. We are filling a gap the state left open for thirty years," the statement read.

Rima Salameh, a mother of three from the Beirut neighborhood of Tariq al-Jadideh, said her family now pays more than $120 a month for generator power alone.

"My husband's salary is $400. We switch the fridge off at night and we iron clothes only when the state power comes, if it comes," she said.

Hanna said his ministry would present a plan to Cabinet next week to "gradually end" the country's dependence on private generators, but did not give a timeline.""",
        [
            ("The tanker has completed its", "Walid Hanna"),
            ("in full and in advance,", "Walid Hanna"),
            ("optimistic at best.", "senior official at the National Power Company"),
            ("Even with the fuel, the", "senior official at the National Power Company"),
            ("We are not the enemy", "Association of Private Generator Owners"),
            ("My husband's salary is $400.", "Rima Salameh"),
            ("gradually end", "Walid Hanna"),
        ],
    ),
    (
        """Rabat – Morocco’s National Office of Rail Transport (ONTR) announced on Wednesday that it will add 14 daily trips between Casablanca and Marrakech starting next month, as demand continues to surge ahead of the summer season.

In a statement, the office said the new schedule is part of “a comprehensive plan to modernize the network and improve travel conditions for passengers.”

The ONTR added that the additional trains will operate at 30-minute intervals during peak hours, reducing average waiting times by nearly half.

Speaking at a press briefing in Rabat, ONTR Director General Youssef Benkirane said the office expects to transport more than 58 million passengers this year, a record.

“The figures we are seeing today were projected for 2027. Moroccans have embraced the train, and it is our duty to keep pace with them,” Benkirane said.

He explained that the expansion would be financed through a MAD 3.2 billion investment program, part of which will go toward acquiring 18 new double-deck trains.

Benkirane also addressed recurring complaints about delays on the Kenitra–Fez line, acknowledging that punctuality had fallen short of the office’s targets. “We owe our passengers an apology. The works on the Sidi Kacem section took longer than planned, but they are now complete,” he said.

Consumer groups, however, remain skeptical. The Moroccan Federation for Consumer Rights said in a communique that ticket prices had risen by “more than 20% in two years without any real improvement in punctuality.”

Federation President Abdellatif Ouazzani called on the office to introduce a compensation system for delayed passengers, similar to those in place in several European countries.

“A passenger who misses a job interview or a medical appointment because a train was two hours late deserves more than a text message,” Ouazzani said.

The ONTR’s expansion comes as Morocco prepares to host a number of major international sporting events, with authorities racing to upgrade transport infrastructure across the Kingdom, including new stations in Tangier, Agadir and Oujda.""",
        [
            ("a comprehensive plan to modernize", "National Office of Rail Transport"),
            ("The figures we are seeing", "Youssef Benkirane"),
            ("We owe our passengers an", "Youssef Benkirane"),
            ("more than 20% in two", "Moroccan Federation for Consumer Rights"),
            ("A passenger who misses a", "Abdellatif Ouazzani"),
        ],
    ),
    (
        """TUNIS, May 22 - Olive oil exports reached 186,000 tonnes during the first six months of the 2024-2025 season, up 27% year-on-year, Minister of Agriculture, Water Resources and Fisheries Mondher Ben Salah said Thursday.

Speaking at the opening of a national forum on olive oil marketing in Tunis, the minister said revenues from exports had exceeded 3.1 billion dinars, "which confirms Tunisia's position among the world's leading producers."

He added that the share of packaged olive oil in total exports had risen to 11%, describing it as "still insufficient" given the sector's potential.

"Our objective is to reach 25% packaged exports within five years. Selling our oil in bulk means leaving most of the added value to others," Ben Salah stressed.

The minister called on exporters to "diversify markets" and explore new destinations in Asia, Africa and North America, noting that the European Union still absorbs more than two-thirds of Tunisian exports.

For his part, President of the National Federation of Olive Growers Hédi Gharbi pointed out that small farmers had not benefited from the high prices recorded last season.

"Prices at the press fell sharply in December, and many farmers were forced to sell at a loss to pay workers and cover harvest costs," he told the press on the sidelines of the forum.

Gharbi urged the government to set up a storage mechanism allowing farmers to "hold their production until prices stabilise," and to facilitate access to credit for the purchase of modern harvesting equipment.

In a statement released on the occasion, the Tunisian Olive Oil Board announced the launch of a national quality label. "The new national quality label will be awarded to oils meeting strict traceability criteria, and will be rolled out starting next season," the statement said.

According to the board, olive groves cover around 1.9 million hectares in Tunisia, mainly in the governorates of Sfax, Sidi Bouzid, Kairouan and Mahdia, and the sector provides a living for more than 300,000 families.

The forum, organised over two days, brings together producers, exporters, researchers and representatives of several professional organisations.""",
        [
            ("which confirms Tunisia's position among", "Mondher Ben Salah"),
            ("still insufficient", "Mondher Ben Salah"),
            ("Our objective is to reach", "Mondher Ben Salah"),
            ("diversify markets", "Mondher Ben Salah"),
            ("Prices at the press fell", "Hédi Gharbi"),
            ("hold their production until prices", "Hédi Gharbi"),
            ("The new national quality label", "Tunisian Olive Oil Board"),
        ],
    ),
    (
        """The Giza Criminal Court on Saturday sentenced real estate developer Magdy Sobhy Abdel-Aziz to seven years in prison and fined him LE45 million after convicting him of defrauding hundreds of buyers in a residential compound project in 6th of October City.

The court, headed by Counsellor Tarek Fathy Zaki, also ordered the confiscation of the defendant's assets and his shares in two companies registered in his wife's name.

In its ruling, the court said the defendant had "deliberately deceived citizens who entrusted him with their life savings," adding that he had sold some units "to more than one buyer at the same time."

According to the Public Prosecution's investigations, Abdel-Aziz collected more than LE300 million in down payments between 2019 and 2022 for a project that never progressed beyond its foundations.

The prosecution had said in a statement issued when the case was referred to trial that the defendant "used forged building permits to market the project on social media and in newspaper advertisements."

Defence lawyer Ahmed Shawky told reporters outside the courtroom that his client would appeal the verdict before the Court of Cassation.

"My client is a businessman who was hit by the economic crisis and the devaluation of the pound, like thousands of others. He is not a fraudster," Shawky said.

He added that the defence had submitted engineering reports and bank documents that the court "did not even look at."

Outside the court, dozens of buyers gathered, some holding copies of their contracts.

Nagwa Hassan, a retired teacher who paid LE650,000 for a two-bedroom flat in 2020, said the ruling brought her "some comfort, but not my money."

"I sold my late husband's shop to pay the down payment. I am 63 years old and I still live in a rented apartment," she said, holding back tears.

Another buyer, who declined to give his name, said: "Prison does not return anything to us. We want the state to finish the project or give us back what we paid."

The case is one of several involving real estate developers to reach Egyptian courts in the past two years amid a sharp rise in construction costs that followed successive devaluations of the Egyptian pound.""",
        [
            ("deliberately deceived citizens who entrusted", "Giza Criminal Court"),
            ("to more than one buyer", "Giza Criminal Court"),
            ("used forged building permits to", "Public Prosecution"),
            ("My client is a businessman", "Ahmed Shawky"),
            ("did not even look at.", "Ahmed Shawky"),
            ("some comfort, but not my", "Nagwa Hassan"),
            ("I sold my late husband's", "Nagwa Hassan"),
            ("Prison does not return anything", "buyer"),
        ],
    ),
    (
        """By Saeed Awamleh

AMMAN — The Ajloun Heritage Festival will return this summer after a four-year hiatus, with more than 60 performances by Jordanian and Arab artists scheduled over ten days, organisers announced on Tuesday.

At a press conference held at the Culture Ministry, festival director Rula Majali said the event would open on July 18 on the castle grounds overlooking the town.

"This festival was born in the villages of Ajloun and it belongs to their people. We wanted this edition to bring the audience back to the hills, to the olive groves and to the old stone houses," Majali said.

She added that the programme would include poetry evenings, traditional dabkeh performances and a children's theatre section, with tickets priced "within reach of every family".

Culture Minister Haifa Nsour said the government had allocated JD750,000 to the festival, noting that the cultural sector "must be treated as an economic engine and not a luxury".

"Every dinar spent on culture in the governorates returns to the local economy through hotels, restaurants, transport and handicrafts. We saw this clearly in previous editions.

"The governorates deserve more than being stops on the way to somewhere else. They deserve to be destinations," the minister said.

Fatima Momani, who heads a women's cooperative producing dried herbs and pottery in the town of Anjara, said the festival's absence had hit local producers hard.

"In the festival years, we used to sell in ten days what we sell in six months. When it stopped, many women left the cooperative because there was no income," Momani told reporters.

She said the cooperative had been offered a free stall at the festival grounds, which she described as "a lifeline".

The Northern Highlands Tourism Company, which co-organises the event, said in a statement that shuttle buses would run from Amman and Irbid throughout the festival, adding that "special arrangements have been made for visitors with disabilities".

The festival was last held in 2019 before it was suspended due to the pandemic and subsequent budget constraints.""",
        [
            ("This festival was born in", "Rula Majali"),
            ("within reach of every family", "Rula Majali"),
            ("must be treated as an", "Haifa Nsour"),
            ("Every dinar spent on culture", "Haifa Nsour"),
            ("The governorates deserve more than", "Haifa Nsour"),
            ("In the festival years, we", "Fatima Momani"),
            ("a lifeline", "Fatima Momani"),
            ("special arrangements have been made", "Northern Highlands Tourism Company"),
        ],
    ),
    (
        """BEIRUT — Dozens of depositors gathered Thursday morning outside the Hamra headquarters of Cedar Trust Bank, setting tyres alight and chanting against what they called the “theft of the century,” as Parliament’s finance committee failed for the third time to agree on a draft law to restructure the banking sector.

The protest was organised by the Depositors’ Rights Front, which has staged similar actions across the country since 2020. Its spokesman, Ziad Karam, said the group would “escalate by all legitimate means” until lawmakers passed a law guaranteeing the return of deposits.

“They have been holding our money hostage for five years. Every month they discuss, postpone and discuss again, while people die waiting for their savings,” Karam told reporters at the scene.

Security forces deployed around the building, but no clashes were reported. Protesters dispersed shortly after noon.

Among them was Georges Haddad, a 71-year-old retired engineer from Zahle, who said he had $180,000 deposited at the bank. “I worked in the Gulf for 30 years. Now the bank gives me $300 a month, and it treats me like a beggar when I come to ask for it,” he said.

In a letter sent to the finance committee on Wednesday, the Depositors’ Rights Front wrote: “Any law that writes off deposits above a certain ceiling is a law of confiscation, and we will hold every deputy who votes for it personally responsible.”

Cedar Trust Bank said in a brief statement that it “understands the suffering of depositors” but that the solution “lies with the state, which spent the deposits it borrowed from banks.”

MP Samir Akl, a member of the finance committee, said after the session that divisions remained over how losses would be distributed among the state, the central bank, commercial banks and depositors.

“No one wants to be the one who signs the loss figures. But without a law, there is no IMF agreement and no recovery,” Akl said.

He said the committee would meet again next week to examine amendments submitted by several parliamentary blocs.

Lebanon’s banks have imposed informal restrictions on withdrawals since the financial collapse of 2019, leaving hundreds of thousands of depositors unable to access their savings.""",
        [
            ("escalate by all legitimate means", "Ziad Karam"),
            ("They have been holding our", "Ziad Karam"),
            ("I worked in the Gulf", "Georges Haddad"),
            ("Any law that writes off", "Depositors’ Rights Front"),
            ("understands the suffering of depositors", "Cedar Trust Bank"),
            ("lies with the state, which", "Cedar Trust Bank"),
            ("No one wants to be", "Samir Akl"),
        ],
    ),
]
