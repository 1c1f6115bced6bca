CASES = [
    (
        """Sharjah labour court orders contractor to pay Dh1.2m in unpaid wages to 87 workers

By Rohit Menon

SHARJAH — A Sharjah labour court has ordered a construction contractor to pay more than Dh1.2 million in unpaid salaries and end-of-service benefits to 87 workers, most of them from India, Nepal and Bangladesh, who had gone without pay for up to seven months.

The ruling, issued on Tuesday, covers workers employed by Al Rawdha Modern Contracting, which had been building a residential complex in the Muwaileh area before work stopped in March.

"We waited and waited. Every month they said next month," said Prakash Thapa, a 41-year-old steel fixer from Nepal who has worked in the UAE for 14 years. "Some of us sent nothing home since January. My daughter's school fees were paid by my brother."

Thapa said he and his co-workers had been living in the company's labour accommodation in Al Sajaa, where the electricity was cut off for nine days in August.

The workers' lawyer, Hisham Al Tamimi, told Khaleej Times the judgment sent "a clear message" that the courts would not tolerate long delays in wages.

"The court looked at the Wage Protection System records and saw that salaries simply stopped being transferred," he said. "The company did not dispute the amounts. Its only argument was cash flow, and cash flow is not a legal defence."

Under UAE labour law, companies must pay salaries through the Wage Protection System, and firms that fall behind can face fines and a suspension of new work permits. The court also ordered the contractor to cover repatriation tickets for workers who wish to leave the country.

A representative of Al Rawdha, who asked not to be named, said the company had been hit by late payments from the project's developer. "We are not running away. We have our own receivables of more than Dh4 million, and once those are released the workers will be paid in full," the representative said.

The Ministry of Human Resources and Emiratisation said in a statement that it had been following the case since May and had arranged food and water for the accommodation. "The ministry urges all workers facing delays in salary payment to report their cases through the official channels, including the 80060 call centre," the statement said.

For some of the workers, the ruling comes too late. Mohammed Shahjahan, 36, from Sylhet in Bangladesh, said he had already bought a ticket home with money borrowed from friends.

"I am happy for the others," he said. "But I lost seven months. Who will give me back seven months?"

Al Tamimi said the workers could apply to have the company's equipment and vehicles seized if payment was not made within 15 days of the judgment.""",
        [
            ("We waited and waited.", "Prakash Thapa"),
            ("Some of us sent nothing", "Prakash Thapa"),
            ("a clear message", "Hisham Al Tamimi"),
            ("The court looked at the", "Hisham Al Tamimi"),
            ("The company did not dispute", "Hisham Al Tamimi"),
            ("We are not running away.", "representative of Al Rawdha"),
            ("The ministry urges all workers", "Ministry of Human Resources and Emiratisation"),
            ("I am happy for the", "Mohammed Shahjahan"),
            ("But I lost seven months.", "Mohammed Shahjahan"),
        ],
    ),
    (
        """BRT extension to Sweileh delayed until mid-2026 — officials

By Laila Azzam

AMMAN — The extension of the capital's bus rapid transit (BRT) line to Sweileh will not be completed before the middle of next year, officials said on Sunday, citing the relocation of water and sewage networks along the route.

Speaking at a press conference at the municipality's headquarters, Amman Deputy Mayor Ziad Haddadin said that around 62 per cent of the works on the 9-kilometre extension had been completed, adding that "the remaining stretch is the most complicated part of the whole corridor".

"We discovered old water mains under Al Shaheed Street that were not on any map we had," Haddadin told reporters. "We could not simply dig around them. Each one had to be coordinated with the water company, and that takes weeks, sometimes months."

He said the municipality had allocated an additional JD3.4 million for the works, which include two new stations, a pedestrian bridge and the widening of three intersections.

Residents and shop owners along the route have complained for months of dust, closed side roads and lost business.

"My sales dropped by half since they closed the service road," said Abu Khaled, who owns a sweets shop near the Sweileh roundabout. "They promised us it would be six months. It has been more than a year."

The Association of Jordanian Road Contractors said in a statement on Sunday that delays on several public projects were also the result of late payments to contractors.

"Contractors cannot be expected to finance public projects out of their own pockets," the association said, calling on the municipality and the Finance Ministry to "settle dues without further delay".

Traffic expert Hazem Qudah, a former director at the Public Security Department, told The Jordan Times that every month of delay added to congestion on the Amman-Salt road, which is used by more than 70,000 vehicles a day.

"Every month of delay is a month in which tens of thousands of commuters are stuck in traffic on their way to work and university," Qudah said.

He suggested opening temporary lanes during peak hours and running more feeder buses from Sweileh to the existing BRT stations, and called on officials to give the public "honest timelines, not optimistic ones".

Haddadin said contractors would work additional night shifts during the coming months and that side roads would be reopened as soon as each section was finished.

"We apologise to the residents of Sweileh for the inconvenience," he said, "and we ask for a little more patience. When the line is finished, the journey to downtown will take less than half the time it takes now."

The BRT's first two lines carried around 4.5 million passengers last year, according to municipality figures.""",
        [
            ("the remaining stretch is the", "Ziad Haddadin"),
            ("We discovered old water mains", "Ziad Haddadin"),
            ("We could not simply dig", "Ziad Haddadin"),
            ("My sales dropped by half", "Abu Khaled"),
            ("They promised us it would", "Abu Khaled"),
            ("Contractors cannot be expected to", "Association of Jordanian Road Contractors"),
            ("settle dues without further delay", "Association of Jordanian Road Contractors"),
            ("Every month of delay is", "Hazem Qudah"),
            ("honest timelines, not optimistic ones", "Hazem Qudah"),
            ("We apologise to the residents", "Ziad Haddadin"),
            ("and we ask for a", "Ziad Haddadin"),
        ],
    ),
    (
        """New AI cameras to catch seatbelt, phone violations on Jeddah roads from next month

Saudi Gazette report

JEDDAH — Motorists in Jeddah will be fined automatically for using mobile phones while driving and for failing to wear seatbelts from the first of next month, when a new network of artificial intelligence-enabled cameras goes into operation across the city.

The Jeddah Traffic Directorate announced the move on Monday, saying that 140 cameras had been installed on major roads including King Abdulaziz Road, Prince Majed Road and Al-Madinah Road.

In a statement carried by the official news agency, the directorate said: “The cameras will monitor violations around the clock and record them electronically without the intervention of traffic officers. The aim is not to collect fines but to change driver behavior.”

Col. Fahad Al-Otaibi, spokesman for the directorate, told Saudi Gazette that a grace period of two weeks would apply, during which drivers would receive text message warnings instead of fines.

“We want everyone to know the system is coming,” Al-Otaibi said. “Distraction is now one of the leading causes of accidents on city roads, more than speeding in some areas.”

According to figures from the directorate, 38 percent of the accidents recorded in the city last year involved a driver who was distracted at the time of the collision. Fines for using a handheld phone while driving range from SR500 to SR900, while failing to wear a seatbelt carries a fine of SR150 to SR300.

Some residents welcomed the step. Omar Bakheet, a 29-year-old engineer who commutes daily from Obhur to the Al-Balad district, said he saw “at least ten drivers a day” typing on their phones at traffic lights and on the highway.

Others were more cautious. An Egyptian taxi driver who has worked in Jeddah for 11 years, and who did not want to be named, said many drivers relied on their phones for navigation.

“If the phone is in the holder and I touch it to see the map, is that a violation? Nobody has explained this to us,” he said.

Asked about this, Al-Otaibi said phones mounted in a holder and used for navigation would not be counted as a violation “as long as the driver is not holding the device or typing.”

Dr. Nawal Al-Ghamdi, assistant professor of transport engineering at the Red Sea College of Engineering, said studies from other countries showed that automated enforcement reduced phone use behind the wheel within months.

“Enforcement works only if people believe they will be caught,” she said. “Cameras create that belief. But you also need awareness campaigns, especially for young drivers who have grown up with the phone in their hand.”

The directorate said drivers could check and settle violations through its online services platform, and that objections could be filed within 30 days of a fine being issued.""",
        [
            ("The cameras will monitor violations", "Jeddah Traffic Directorate"),
            ("We want everyone to know", "Fahad Al-Otaibi"),
            ("Distraction is now one of", "Fahad Al-Otaibi"),
            ("at least ten drivers a", "Omar Bakheet"),
            ("If the phone is in", "Egyptian taxi driver"),
            ("as long as the driver", "Fahad Al-Otaibi"),
            ("Enforcement works only if people", "Nawal Al-Ghamdi"),
            ("Cameras create that belief.", "Nawal Al-Ghamdi"),
        ],
    ),
    (
        """Expats' driving licences to be tied to residency period, official says

By a Staff Reporter

KUWAIT: Driving licences issued to expatriates will be valid only for the length of the holder's residency permit under new rules set to take effect in January, a senior official at the Interior Ministry's General Traffic Department said yesterday.

The official, who spoke on condition of anonymity because the decision has not yet been published in the official gazette, told Kuwait Times that the change was meant to "close the gap" between the two documents.

"At the moment we have thousands of licences still valid for people who left the country years ago or whose residency was cancelled," the official said. "These licences are sometimes used by others. This is a security matter as well as a traffic matter."

Under the current system, licences for most expatriates are valid for three years regardless of the residency status of the holder. Under the new rules, a licence will expire automatically on the same day as the residency, and will be renewed through the ministry's "Darbi" app once the residency is extended.

The move follows a series of measures aimed at reducing congestion. Brig. Gen. Mansour Al-Azmi, assistant undersecretary for traffic affairs, said last month that the country's roads were carrying "far more vehicles than they were designed for", with more than 2.4 million registered vehicles.

Lawyer Abdullah Al-Fadhli said the new rule was reasonable in principle but warned against "punishing people who follow the rules".

"A worker whose residency is renewed every year should not have to stand in line at the traffic department every year as well," he said. "If the renewal can be linked electronically, there is no problem. If it means more paperwork, it will create a burden on everyone, including the department itself."

Expatriates expressed mixed reactions. Joseph D'Souza, an Indian accountant who has lived in Kuwait for 17 years, said: "I understand the logic, but my residency is tied to my company. If the company is late in renewing, am I then driving illegally? These are the questions we have."

Ahmad Saleh, a Jordanian teacher living in Hawally, said he had no objection to the change. "Rules are rules. As long as the system works through the app and we don't have to visit the department, it is fine," he said.

According to official figures, expatriates hold around 60 percent of the driving licences issued in the country. The ministry has also tightened the conditions for obtaining a licence in recent years, including minimum salary and university degree requirements for most professions.

The traffic department is expected to announce the details of the new system, including arrangements for licences that are currently valid, in the coming weeks.""",
        [
            ("close the gap", "senior official at the Interior Ministry's General Traffic Department"),
            ("At the moment we have", "senior official at the Interior Ministry's General Traffic Department"),
            ("These licences are sometimes used", "senior official at the Interior Ministry's General Traffic Department"),
            ("far more vehicles than they", "Mansour Al-Azmi"),
            ("punishing people who follow the", "Abdullah Al-Fadhli"),
            ("A worker whose residency is", "Abdullah Al-Fadhli"),
            ("If the renewal can be", "Abdullah Al-Fadhli"),
            ("I understand the logic, but", "Joseph D'Souza"),
            ("Rules are rules.", "Ahmad Saleh"),
        ],
    ),
    (
        """Maid awarded BD3,200 in back pay after three-year ordeal

By NADIA KHALIL

A HOUSEMAID who was not paid for more than three years has been awarded BD3,200 in unpaid wages by the High Civil Court, ending a legal battle that began when she fled her employer's home in Riffa.

Sri Lankan Kumari Ranasinghe, 38, told the GDN she had been promised BD120 a month when she arrived in Bahrain in 2019.

"For the first five months they paid me, then they stopped," said Ms Ranasinghe, who has been living at a shelter since leaving the house in 2022. "Madam said she was keeping the money safe for me until I go home. I believed her."

Her lawyer, Fatima Al Mahroos, said the employer had argued in court that the wages were paid in cash, but had failed to produce any signed receipts.

"The burden of proof in wage cases is on the employer," Ms Al Mahroos explained. "If you pay in cash you must have a signature. The court applied this principle clearly, and that is a good sign for other domestic workers with similar complaints.

"Many of them do not know that they can go to court without paying fees. The Labour Market Regulatory Authority (LMRA) can refer them, and legal aid is available."

The court also ordered the employer to pay for Ms Ranasinghe's ticket home and to return her passport, which had been kept at the house since her arrival.

The employer, a Bahraini businessman, could not be reached for comment yesterday. His lawyer, Jassim Al Binali, told the court during earlier hearings that the housemaid had "abandoned her job without notice" and owed the family the cost of her recruitment.

The Bahrain Migrant Support Centre, which helped Ms Ranasinghe file her case, welcomed the verdict.

"Domestic workers remain among the most vulnerable groups in the labour market," the centre said in a statement. "This verdict shows that the legal system is open to them, but too many still suffer in silence because they fear losing their visa or being accused of absconding."

The LMRA launched its "Know Your Rights" awareness campaign last year, distributing leaflets in 10 languages at the airport and at recruitment offices. Officials say complaints by domestic workers have risen since then, which they attribute to greater awareness rather than more abuse.

Ms Ranasinghe said she hoped to fly home to Kandy before the end of the month, once her travel documents were ready.

"I want to see my son. He was nine when I left. Now he is fourteen and taller than me in the photos," she said.""",
        [
            ("For the first five months", "Kumari Ranasinghe"),
            ("Madam said she was keeping", "Kumari Ranasinghe"),
            ("The burden of proof in", "Fatima Al Mahroos"),
            ("If you pay in cash", "Fatima Al Mahroos"),
            ("Many of them do not", "Fatima Al Mahroos"),
            ("abandoned her job without notice", "Jassim Al Binali"),
            ("Domestic workers remain among the", "Bahrain Migrant Support Centre"),
            ("This verdict shows that the", "Bahrain Migrant Support Centre"),
            ("I want to see my", "Kumari Ranasinghe"),
        ],
    ),
    (
        """Ministry unveils QR180m plan to revamp Al Wakra's old market area

By Ramesh Pillai | The Peninsula

Doha: The Ministry of Municipality has unveiled a QR180m plan to redevelop the old market area in Al Wakra, including a pedestrian promenade, shaded parking for 600 vehicles and a renovated fish market, with work expected to begin in the first quarter of next year.

Speaking at the launch event yesterday, Eng. Saad Mubarak Al Kuwari, Director of the Urban Planning Department at the ministry, said the project would "preserve the character of the old town while giving it the services of a modern city".

"Al Wakra is one of the oldest settlements in Qatar, and people have a strong attachment to its houses and its sea front," he said. "We have studied the area house by house. Nothing of heritage value will be demolished."

He added that the designs had been shared with residents during three public consultation sessions, and that several changes had been made as a result, including moving the planned car park away from the beach.

According to the project documents, the promenade will stretch 2.3km along the coast and will include cycling lanes, kiosks and 1,200 newly planted trees. The contract has been awarded to Al Dafna Engineering & Contracting, which has 30 months to complete the works.

The company said it would carry out the project in phases "so that the souq never closes completely and shops can keep serving their customers".

Ali Hassan Al Mohannadi, who has sold fish in the market for more than 30 years, welcomed the plan but said the renovation should not push out small traders.

"The old market has its customers, people who come every Friday from Doha. If the rents go up after the renovation, the small sellers will leave and it will become just another mall," he told The Peninsula.

Asked about rents, Al Kuwari said: "Existing tenants will have priority to return, and rents for traditional shops will be set by the ministry, not by the market."

Hamad Rashid Al Marri, a member of the Al Wakra municipal committee, said traffic on Al Wakra Road was already heavy on weekends and during the winter season.

"Six hundred parking spaces is a good start, but on a Friday evening you can have two thousand cars looking for a place," he said, calling for a shuttle bus link between the old market and the nearest Metro station.

The ministry said a traffic study was under way and that its findings would be included in the final design, which is expected to be approved by the end of the year.""",
        [
            ("preserve the character of the", "Saad Mubarak Al Kuwari"),
            ("Al Wakra is one of", "Saad Mubarak Al Kuwari"),
            ("We have studied the area", "Saad Mubarak Al Kuwari"),
            ("so that the souq never", "Al Dafna Engineering & Contracting"),
            ("The old market has its", "Ali Hassan Al Mohannadi"),
            ("Existing tenants will have priority", "Saad Mubarak Al Kuwari"),
            ("Six hundred parking spaces is", "Hamad Rashid Al Marri"),
        ],
    ),
    (
        """Expressway lane closures to last three weeks after rain damage

Times News Service

Muscat: Two lanes of the Muscat Expressway between the Al Amerat interchange and Wadi Adai will remain closed for up to three weeks while engineers repair sections of the road damaged by last week's heavy rain, officials said on Wednesday.

The Muscat Governorate Roads Directorate said in a statement that water flowing through the wadi had eroded the embankment beneath the carriageway.

"Engineering teams have assessed the damage and found that the foundation of the road requires full reconstruction in a 400-metre section," the statement said. "The safety of road users is the priority, and we ask drivers to use alternative routes wherever possible."

Traffic heading towards Ruwi is being diverted onto the old Al Amerat road, which has a single lane in each direction. Motorists reported journeys of more than an hour between Al Amerat and Ruwi during the morning peak on Tuesday.

"Normally I leave home at 7am and I am in my office by 7.30," said Salim Al Hinai, a bank employee who lives in Al Amerat. "Yesterday I reached at 8.45. My manager understands, but this cannot go on for three weeks."

An official at the directorate, who asked not to be identified, said the contractor would work in two shifts, including at night, to shorten the closure.

"We are trying to finish earlier than three weeks, but we will not reopen the road until it is safe," the official said.

Civil engineer Dr. Khalid Al Rawahi, who teaches at the Muscat College of Technology, said the damage pointed to a wider problem with drainage along roads built across wadis.

"Many of these culverts were designed twenty or thirty years ago, based on rainfall data that no longer reflect what we see today," he told Times of Oman. "When you have 80 millimetres in a few hours, the water will find the weakest point.

"The solution is not only to repair after every storm. We need a full review of every crossing point on the expressway, and we need to do it before the next season."

Last week's rain caused flooding in several parts of the governorate, with authorities reporting dozens of stranded vehicles in wadis in Al Amerat and Quriyat. No deaths were reported.

In a separate post on social media, the directorate urged motorists to "leave early, keep a safe distance and follow the instructions of officers at the diversion points".""",
        [
            ("Engineering teams have assessed the", "Muscat Governorate Roads Directorate"),
            ("The safety of road users", "Muscat Governorate Roads Directorate"),
            ("Normally I leave home at", "Salim Al Hinai"),
            ("Yesterday I reached at 8.45.", "Salim Al Hinai"),
            ("We are trying to finish", "official at the directorate"),
            ("Many of these culverts were", "Khalid Al Rawahi"),
            ("When you have 80 millimetres", "Khalid Al Rawahi"),
            ("The solution is not only", "Khalid Al Rawahi"),
            ("leave early, keep a safe", "Muscat Governorate Roads Directorate"),
        ],
    ),
    (
        """Abu Dhabi opens air-conditioned rest stops for delivery riders as summer heat peaks

Gemma Fallon

Delivery riders in Abu Dhabi can now cool down at 40 new air-conditioned rest stations across the city, as temperatures this week pushed past 48°C.

The kiosks, built by the Abu Dhabi City Municipality in partnership with delivery platforms, are fitted with seating, drinking water, phone charging points and first aid kits. Most are located near busy restaurant clusters in Al Khalidiyah, Al Mushrif, Mohammed bin Zayed City and Khalifa City.

“Riders spend most of their shift on the road, and the hottest hours are often also the busiest for orders,” said Eng Maryam Al Suwaidi, director of public facilities at the municipality. “We wanted to give them a proper place to rest, not a shaded corner behind a building.”

The project runs alongside the midday break rule, which bans outdoor work under direct sunlight between 12.30pm and 3pm from June 15 to September 15. Delivery riders fall into a grey area under the rule, because much of their work is carried out on the move.

Muhammad Irfan, 27, from Lahore in Pakistan, has been delivering food in the capital for three years. He said riding in the afternoon was “like standing in front of an oven for hours”.

“Before, we waited in the car parks or inside the restaurants if the manager allowed,” he told The National outside a rest stop in Khalifa City. “Sometimes they told us to wait outside. Now we have somewhere to go, with cold water. It makes a big difference.”

Another rider, who asked to be identified only as Rajesh, said the rest stations were welcome but that the pressure to meet delivery times remained.

“The app counts every minute,” he said. “If I stop for 15 minutes, my rating can go down and I get fewer orders the next day.”

Sahla Delivery, one of the platforms involved in the scheme, said it had paused delivery-time penalties during the hottest hours of the day.

“Rider safety comes before speed,” the company said. “From July 1, riders who take a break at any of the municipal rest stations will not be affected in their performance scores.”

Dr Tariq Mansour, a consultant in emergency medicine at a private hospital in Abu Dhabi, said cases of heat exhaustion among outdoor workers usually rose sharply in July and August.

“The early signs are headache, dizziness, nausea and heavy sweating,” he said. “If someone continues working at that stage, it can progress to heatstroke, which is a medical emergency. Regular breaks and hydration really do save lives.”

The municipality said more stations would be added in Al Ain and Al Dhafra region by the end of the year, subject to demand.""",
        [
            ("Riders spend most of their", "Maryam Al Suwaidi"),
            ("We wanted to give them", "Maryam Al Suwaidi"),
            ("like standing in front of", "Muhammad Irfan"),
            ("Before, we waited in the", "Muhammad Irfan"),
            ("Sometimes they told us to", "Muhammad Irfan"),
            ("The app counts every minute", "Rajesh"),
            ("If I stop for 15", "Rajesh"),
            ("Rider safety comes before speed", "Sahla Delivery"),
            ("From July 1, riders who", "Sahla Delivery"),
            ("The early signs are headache,", "Tariq Mansour"),
            ("If someone continues working at", "Tariq Mansour"),
        ],
    ),
]
