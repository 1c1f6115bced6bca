CASES = [
    (
        """Mosque extension approved despite neighbours' parking fears

By Hannah Whitworth
Local Democracy Reporter

A MOSQUE in Hollinbrook will more than double in size after councillors approved plans for a two-storey extension, despite objections from neighbours over parking.

Masjid-e-Noor, on Cobden Street, applied to Ribble Moor Borough Council to build a new prayer hall, a classroom block and a room for preparing the deceased for burial on land at the rear of the existing building, a former Methodist chapel which was converted in 1987.

Members of the council's planning committee voted six to two in favour on Tuesday evening.

Speaking at the meeting, Imran Siddiqui, secretary of the mosque's management committee, said the congregation had "simply outgrown" the building.

"On Fridays we have people praying in the car park and on the pavement, in the rain, because there is nowhere else for them to go," he said.

"This extension is not about getting bigger for the sake of it. It is about giving our elderly worshippers and our children somewhere safe and warm to pray and to learn."

Mr Siddiqui said the mosque had agreed to run a free minibus from the leisure centre car park on Moor Lane during Friday prayers and at Eid, and would put stewards on surrounding streets.

But Margaret Holden, who has lived on neighbouring Peel Terrace for 41 years, told the committee the street was already "a nightmare" at prayer times.

"I've got nothing against the mosque, they've been good neighbours to me," she said. "But on a Friday dinnertime I can't get my car off the drive, and last winter an ambulance couldn't get down to number 12."

The council received 11 letters of objection and a petition of support signed by 340 people.

Cllr Tariq Hussain, who represents Central ward, said: "This is a community that has been part of Hollinbrook for nearly 40 years. They have listened to residents and they have come back with a better scheme than the one we saw last year."

Cllr Peter Ashworth, one of the two members who voted against, said he was "not convinced" the minibus would work in practice and asked for the condition to be reviewed after six months.

Planning officers, in a report to the committee, said the extension would have "no unacceptable impact" on highway safety, subject to conditions including a travel plan to be monitored for 12 months.

Lancashire County Council's highways team did not object.

Work is expected to start in the spring and take around 18 months.""",
        [
            ("simply outgrown", "Imran Siddiqui"),
            ("On Fridays we have people", "Imran Siddiqui"),
            ("This extension is not about", "Imran Siddiqui"),
            ("a nightmare", "Margaret Holden"),
            ("I've got nothing against the", "Margaret Holden"),
            ("But on a Friday dinnertime", "Margaret Holden"),
            ("This is a community that", "Tariq Hussain"),
            ("not convinced", "Peter Ashworth"),
            ("no unacceptable impact", "planning officers"),
        ],
    ),
    (
        """Anglican diocese to consult on closing up to 14 rural churches

Bishop of Wexcombe says ‘painful’ decisions are needed but campaigners warn of loss of village life and heritage

Rachel Amis Religion correspondent

A Church of England diocese in the south-west of England is to consult on closing up to 14 rural parish churches, some dating back to the 12th century, as it grapples with falling attendance and a £3.2m annual deficit.

The diocese of Wexcombe said on Thursday that the buildings, most of which have Sunday congregations of fewer than 10 people, would be considered for the formal process known as “closure for regular public worship”, the first step towards them being sold, leased or handed to a conservation charity.

The Rt Rev Jonathan Pelling, the bishop of Wexcombe, said the decisions were “painful” but unavoidable. “Nobody became a bishop in order to close churches,” he said. “But we cannot ask a handful of faithful, mostly elderly, parishioners to carry the cost of roofs, boilers and bell towers indefinitely. That is not mission, it is exhaustion.”

He said the diocese would work with communities, the Churches Conservation Trust and district councils to find new uses for the buildings, and that none would be disposed of “without a proper conversation with the village”.

The list, published on the diocese’s website, includes St Michael and All Angels in Lower Brayford, a grade I-listed church with a Norman font, and St Peter’s in Cobley Marsh, where the last resident vicar left in 1974.

Sue Haddon, a churchwarden at St Peter’s for 22 years, said the news had come as a shock. “We found out from a post on Facebook,” she said. “We have raised £40,000 in the last five years for the roof. We hold a harvest supper and a carol service that fills every pew. Nobody from the diocese has ever asked us what we actually do here.”

Campaigners say the move is part of a wider pattern. Keep Our Parish, a network of clergy and laypeople formed in 2021, said in a statement that the diocese was “managing decline rather than reversing it”.

“Rural churches are not a drain on the church, they are its roots,” said the Rev Dr Alan Trewin, the group’s co-founder and a retired rector. “When you take away the building, you take away the priest, and when you take away the priest, you take away the church.”

A spokesperson for the Church of England’s national church institutions said decisions about buildings were a matter for individual dioceses, adding that about 20 churches a year were closed nationally, “a small number given that we look after more than 15,000”.

Figures published by the church last year showed that average Sunday attendance in the diocese fell by 31% between 2012 and 2022.

The consultation will run until 30 June. Any closure would need the approval of the Church Commissioners.""",
        [
            ("painful", "Jonathan Pelling"),
            ("painful", "Jonathan Pelling"),
            ("Nobody became a bishop in", "Jonathan Pelling"),
            ("But we cannot ask a", "Jonathan Pelling"),
            ("without a proper conversation with", "Jonathan Pelling"),
            ("We found out from a", "Sue Haddon"),
            ("We have raised £40,000 in", "Sue Haddon"),
            ("managing decline rather than reversing", "Keep Our Parish"),
            ("Rural churches are not a", "Alan Trewin"),
            ("When you take away the", "Alan Trewin"),
            ("a small number given that", "spokesperson"),
        ],
    ),
    (
        """Police treating gurdwara vandalism as hate crime

By Priya Mann, PA

Police are treating an attack on a Sikh temple in the West Midlands as a hate crime after windows were smashed and graffiti daubed on its walls overnight.

Officers were called to Guru Nanak Gurdwara in Thornleigh shortly after 6am on Sunday when a volunteer arriving to prepare the langar, or communal kitchen, discovered the damage.

Offensive slogans had been sprayed across the front entrance and a side door, and four ground-floor windows had been broken, West Midlands Police said.

No-one was inside the building at the time.

Chief Superintendent Karen Blythe said: "This was a deliberate and targeted attack on a place of worship and we are treating it as a hate crime.

"I understand the distress and anger this will have caused, not only to the Sikh community in Thornleigh but far beyond it.

"We have increased patrols in the area and I would urge anyone with information, or with dashcam or doorbell footage from Saturday night, to get in touch."

Jaspal Singh Dhillon, president of the gurdwara's management committee, told reporters outside the building that volunteers had worked through the morning to clean the walls before the first worshippers arrived.

"Our doors are open to everyone, every day of the year. Hundreds of people of all faiths and none eat here every week," he said.

"Whoever did this wanted to make us afraid. We will not be afraid. We will carry on serving food and we will carry on opening our doors."

The local MP, Labour's Daniel Okafor, wrote on X that he was "appalled" by the attack and had spoken to the gurdwara's leaders.

"An attack on one faith community is an attack on all of us," he added.

The Network of British Gurdwaras said it was "deeply concerned" by what it described as a rise in incidents targeting Sikh places of worship over the past year.

A spokesman for the group said: "Gurdwaras are being forced to spend money on CCTV and security fencing that should be spent on the community. The Government must make sure that protective security funding is reaching those who need it."

A Home Office spokeswoman said: "Everyone should be able to worship freely and without fear. We provide funding for security measures at places of worship and we will not tolerate hatred in any form."

Anyone with information is asked to contact West Midlands Police on 101 quoting log 412 of April 14, or Crimestoppers anonymously.""",
        [
            ("This was a deliberate and", "Karen Blythe"),
            ("I understand the distress and", "Karen Blythe"),
            ("We have increased patrols in", "Karen Blythe"),
            ("Our doors are open to", "Jaspal Singh Dhillon"),
            ("Whoever did this wanted to", "Jaspal Singh Dhillon"),
            ("appalled", "Daniel Okafor"),
            ("An attack on one faith", "Daniel Okafor"),
            ("deeply concerned", "Network of British Gurdwaras"),
            ("Gurdwaras are being forced to", "spokesman"),
            ("Everyone should be able to", "spokeswoman"),
        ],
    ),
    (
        """Gunmen abduct Catholic priest in Kogi, demand N50m ransom

Adeyemi Olalekan, Lokoja

Gunmen have abducted a Catholic priest, Rev. Fr. Cyprian Ojonugwa, from his parish residence in the Oke-Ilaro community of the Yagba East Local Government Area of Kogi State.

The priest, who is the parish priest of St. Joseph Catholic Church, Oke-Ilaro, was said to have been whisked away around 11pm on Saturday by the hoodlums, who reportedly shot sporadically into the air to scare residents.

It was gathered that the abductors contacted the church on Sunday evening and demanded N50m for his release.

Confirming the incident in a statement on Monday, the Chancellor of the Catholic Diocese of Lokoja, Rev. Fr. Emmanuel Adaji, urged the faithful to remain calm and pray for the priest’s safe return.

The statement read in part, “It is with deep sadness that we announce the abduction of our dear brother priest, Rev. Fr. Cyprian Ojonugwa, by yet-to-be-identified gunmen in the late hours of Saturday.

“We appeal to his abductors to release him unhurt, as he is a man of peace who has dedicated his life to the service of God and humanity.

“We also call on the security agencies to do everything within their powers to ensure his speedy and safe release.”

A member of the parish, who spoke to our correspondent on condition of anonymity for security reasons, said the attackers came in large numbers.

He said, “They came on about six motorcycles. They went straight to Father’s house as if they knew where he was sleeping. They broke the door and dragged him out. Nobody could come out because they were shooting everywhere.

“Since last year, this is the third time people are being kidnapped in this area. We are tired. The government should come to our aid.”

The Chairman of the Christian Association of Nigeria in Kogi State, Bishop John Ameh, described the incident as “one attack too many” and called on the state government to take decisive action against kidnappers in the Kogi West Senatorial District.

Ameh said, “Our clergy have become targets. In the last two years, no fewer than five priests and pastors have been kidnapped in this state. Some of them paid with their lives. We cannot continue like this.”

When contacted, the Police Public Relations Officer in the state, SP Yakubu Aliyu, confirmed the incident, saying a tactical team had been deployed to the area.

Aliyu said, “The command received a distress call and our men, in conjunction with local vigilantes and hunters, have since been combing the forest in the area. We are on their trail and we are confident that the priest will be rescued unhurt.”

He urged residents of the area to provide the police with useful information that could lead to the arrest of the suspects.""",
        [
            ("It is with deep sadness", "Emmanuel Adaji"),
            ("We appeal to his abductors", "Emmanuel Adaji"),
            ("We also call on the", "Emmanuel Adaji"),
            ("They came on about six", "member of the parish"),
            ("Since last year, this is", "member of the parish"),
            ("one attack too many", "John Ameh"),
            ("Our clergy have become targets.", "John Ameh"),
            ("The command received a distress", "Yakubu Aliyu"),
        ],
    ),
    (
        """Clerics urge Plateau residents to shun reprisal attacks

By Sunday Dalyop

Jos, May 12, 2024 (NAN) Christian and Muslim clerics in Plateau have urged residents of communities affected by recent attacks to refrain from reprisals and allow security agencies to do their job.

The clerics made the call on Sunday in Jos at a peace meeting organised by the Plateau Interfaith Peace Forum (PIPF), a non-governmental organisation.

The Chief Imam of the Tudun-Gari Central Mosque, Sheikh Abdullahi Baba-Idris, said revenge attacks would only deepen the cycle of violence in the state.

"Islam does not permit the killing of an innocent person in the name of revenge. Whoever takes a life unjustly has committed a grave sin before Allah," he said.

He urged Muslim youths to resist any attempt by politicians or "merchants of crisis" to use them to cause violence.

Also speaking, the Chairman of the Plateau chapter of the Christian Association of Nigeria (CAN), Rev. Dr Daniel Gyang Pam, said both Christians and Muslims had lost loved ones in the crisis.

"There is no family in this state that has not been touched by this violence. We have buried our people; our Muslim brothers have buried theirs," he said.

According to him, the church will continue to preach forgiveness, but government must ensure justice for victims.

"Forgiveness does not mean that those who committed these crimes should walk free. Government must arrest and prosecute them, whoever they are," Pam said.

The Coordinator of PIPF, Mrs Ruth Nanle Dung, said the forum had set up early warning committees in 14 communities across five local government areas.

She said the committees, made up of youth leaders, women, traditional rulers and clerics, would report tensions to security agencies before they escalate.

"We have seen that when people talk to each other, rumours lose their power. Most of these crises start with one rumour on WhatsApp," she said.

The representative of the Commissioner of Police, ACP Bitrus Lar, assured residents of adequate security, saying that additional personnel had been deployed to flashpoints.

He said the command would "not hesitate" to deal with anyone found inciting violence, whether online or offline.

The News Agency of Nigeria (NAN) reports that no fewer than 20 people were killed in attacks on three communities in the state last week. (NAN)

Edited by Chioma Ugwu""",
        [
            ("Islam does not permit the", "Abdullahi Baba-Idris"),
            ("merchants of crisis", "Abdullahi Baba-Idris"),
            ("There is no family in", "Daniel Gyang Pam"),
            ("Forgiveness does not mean that", "Daniel Gyang Pam"),
            ("We have seen that when", "Ruth Nanle Dung"),
            ("not hesitate", "Bitrus Lar"),
        ],
    ),
    (
        """'Devotion needs no selfies': Bhairasandra temple bans phones, sets dress code

TNN | Mar 4, 2024, 04.12 AM IST

BENGALURU: The 300-year-old Sri Kalabhairaveshwara temple in Bhairasandra has banned mobile phones inside its premises and introduced a dress code for devotees, a move that has drawn both praise and criticism from regulars.

From Monday, devotees have to deposit their phones at a counter near the main gate, where tokens are issued. Men are required to wear dhotis or trousers, while women are asked to wear sarees, salwar kameez or "decent traditional attire", according to a notice put up by the Sri Kalabhairaveshwara Temple Trust.

"People were coming here to take selfies in front of the deity and shoot reels for Instagram. Some were even doing live videos during the aarti. It was disturbing the peace of the temple and of other devotees," said BS Nagaraj, managing trustee. "Devotion needs no selfies."

Nagaraj said the decision was taken after complaints from elderly devotees and priests. "We are not telling anyone what to wear at home or in the office. But when you enter the house of god, there should be some discipline," he said.

Head priest Srinivasa Dikshit said the rules were in line with the agama traditions followed at the temple. "Many big temples in Tamil Nadu and Kerala have had such rules for years. We are only following them," he said.

Not everyone is convinced. Rekha Murthy, a software engineer who has been visiting the temple every Tuesday for over a decade, said the dress code was "unnecessary moral policing". "I come straight from office in jeans and a kurta. Am I less devoted because of that? The phone ban I understand, but the dress code will keep young people away," she said.

Another devotee, retired bank manager HN Prakash, welcomed the move. "Earlier, you couldn't hear the mantras because somebody's phone was always ringing. Now it is peaceful again," he said.

Temple authorities said nearly 4,000 people visit the shrine on weekdays and up to 15,000 on Tuesdays and Fridays, when special poojas are held.

An official of the Muzrai department said that since the temple was privately managed, the trust was free to frame its own rules. "As long as no one is denied entry on the basis of caste or gender, we have no role," the official said.""",
        [
            ("Devotion needs no selfies", "BS Nagaraj"),
            ("decent traditional attire", "Sri Kalabhairaveshwara Temple Trust"),
            ("People were coming here to", "BS Nagaraj"),
            ("Devotion needs no selfies", "BS Nagaraj"),
            ("We are not telling anyone", "BS Nagaraj"),
            ("Many big temples in Tamil", "Srinivasa Dikshit"),
            ("unnecessary moral policing", "Rekha Murthy"),
            ("I come straight from office", "Rekha Murthy"),
            ("Earlier, you couldn't hear the", "HN Prakash"),
            ("As long as no one", "official of the Muzrai department"),
        ],
    ),
    (
        """Mosques, temples in Maharashtra town agree to cut loudspeaker volume after police meeting

Sangamwadi (Maharashtra), Feb 9 (PTI) Trustees of 11 mosques and 17 temples in this town in Pune district have agreed to keep the volume of loudspeakers within permissible limits and stop their use between 10 pm and 6 am, police said on Friday.

The decision was taken at a meeting of the town's peace committee convened by the local police on Thursday evening, an official said.

"Representatives of all the religious places were present and everyone agreed unanimously. Nobody was forced. They themselves said that the Supreme Court's directions and the noise pollution norms should be followed by all," senior inspector of Sangamwadi police station Rajendra Kadam told PTI.

He said the police would provide decibel meters to the trusts so that they could monitor sound levels themselves.

Maulana Shakeel Ahmed Qasmi, imam of the town's Jama Masjid, said the azaan would continue to be given five times a day, but the volume would be reduced.

"Azaan is a call to prayer, it is not meant to disturb anyone. We have already reduced the number of speakers from four to two. We want peace in our town above everything," he said.

Ramesh Bhosale, president of the Shri Vitthal Rukmini Mandir trust, said the temples would also avoid using loudspeakers for bhajans and kirtans late at night, except during festivals for which permission has been obtained.

"Sangamwadi has always lived in harmony. Our Ganeshotsav processions pass in front of the mosque and Muslims offer water and sherbet. We don't want outsiders to spoil this," Bhosale said.

The meeting comes weeks after a dispute over loudspeakers at a mosque in a neighbouring village led to a brief stone-pelting incident in which two persons were injured, according to police.

A senior district official said the "Sangamwadi model" would be discussed with peace committees in other talukas of the district.

"The idea is that communities should take ownership of these decisions instead of police having to take action," the official said.

Under the Noise Pollution (Regulation and Control) Rules, 2000, the permissible limit in residential areas is 55 decibels during the day and 45 decibels at night. PTI COR RSY NSK""",
        [
            ("Representatives of all the religious", "Rajendra Kadam"),
            ("Azaan is a call to", "Shakeel Ahmed Qasmi"),
            ("Sangamwadi has always lived in", "Ramesh Bhosale"),
            ("The idea is that communities", "senior district official"),
        ],
    ),
    (
        """Centuries-old church reopens after restoration; mosque, temple join celebrations

Staff Reporter

KOTTAYAM

The St. Thomas Orthodox Syrian Church at Mannarakulam near Kottayam, believed to be more than 250 years old, was reopened for worship on Sunday after a two-year restoration that retained its laterite walls, wooden ceiling and mural paintings.

Metropolitan Yakob Mar Eusebios, who consecrated the restored altar, said the church belonged not only to the parish but to the whole village. "Our forefathers built this church with the help of Hindu carpenters and Muslim traders who brought the timber by boat. It is only right that all communities celebrate its rebirth today," he said.

Representatives of the Mannarakulam Juma Masjid committee and the Sree Bhagavathi temple trust were among those who attended the function. The mosque committee had arranged drinking water and parking for visitors, while the temple trust sent a panchavadyam troupe to lead the procession, parish members said.

V.M. Abdul Rasheed, secretary of the masjid committee, said the gesture was "nothing new" for the village. "When our mosque was flooded in 2018, it was the church hall where we offered Friday prayers for three weeks. This is how we have always lived," he said.

Vicar Fr. Jacob Varghese said the restoration, carried out at a cost of ₹1.8 crore, was funded largely by parishioners, "many of whom sent money from the Gulf without even being asked".

Conservation architect Meera Balakrishnan, who led the work, said the team had used traditional lime plaster and had recovered mural panels that had been hidden under layers of paint.

"Some of the murals, depicting scenes from the life of Christ, had been painted over with enamel in the 1970s. We removed it layer by layer, by hand. It took eight months just for the sanctuary walls," she said.

Local MLA K.P. Sunil Kumar, who inaugurated the public meeting, said the State government would consider including the church in the heritage tourism circuit being developed along the Meenachil river. "Kerala's places of worship are also its living museums," he said.

The church will remain open to visitors from 9 a.m. to 5 p.m. on all days except during services, according to the parish council.""",
        [
            ("Our forefathers built this church", "Yakob Mar Eusebios"),
            ("nothing new", "V.M. Abdul Rasheed"),
            ("When our mosque was flooded", "V.M. Abdul Rasheed"),
            ("many of whom sent money", "Jacob Varghese"),
            ("Some of the murals, depicting", "Meera Balakrishnan"),
            ("Kerala's places of worship are", "K.P. Sunil Kumar"),
        ],
    ),
]
