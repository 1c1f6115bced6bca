CASES = [
    (
        """Family seeks help as 16-year-old pupil goes missing in Ikorodu

By Kayode Adesanmi

The family of a 16-year-old pupil of Ofin Community Senior High School, Ikorodu, Lagos State, Oluwadamilare Ajiboye, has appealed to the public for help in finding him, eight days after he left home for a lesson and did not return.

The teenager's mother, Mrs Funmilayo Ajiboye, told our correspondent on Tuesday that her son left their home on Oduwole Street, Agbede, around 3pm on March 4 and was last seen at a bus stop in the area.

She said, "He told me he was going to his extra lesson at Ijede and that he would be back before seven. When it got to nine and we did not see him, we started calling his friends. None of them saw him at the lesson."

"We have gone to every hospital and police station around here. We have gone to Ikorodu Garage and to his uncle's place in Mowe. Nobody has seen him. I have not slept since that day," the trader added in tears.

The boy's father, Mr Gbenga Ajiboye, a welder, said the family reported the matter at the Ipakodo Police Division the following morning.

According to him, a neighbour claimed to have seen the boy talking with two young men near a viewing centre on the evening he disappeared.

"The police have been helpful, they took our statement and they came to the house. But we want the public to help us. If anybody sees him, they should please call us or go to the nearest police station," he said.

A classmate of the pupil, who spoke on condition of anonymity, described him as "a quiet person who does not keep bad friends."

When contacted, the Lagos State Police Public Relations Officer, SP Adebisi Olanrewaju, confirmed that a report had been made and that detectives had begun investigating.

Olanrewaju said, "The command received a complaint of a missing person on March 5, 2024 at Ipakodo Division. Investigation is ongoing and the case has been transferred to the State Criminal Investigation Department, Panti, for discreet investigation."

He urged members of the public with useful information to contact the command's control room, adding that "every lead will be treated with utmost confidentiality."

PUNCH Metro reports that the disappearance comes weeks after residents of the Agbede community raised concerns over the activities of suspected internet fraudsters, popularly called 'Yahoo boys,' who they alleged had been luring young boys in the area.

A community leader, Chief Rasaki Oyenuga, who is the Baale of Agbede, said the community had set up a vigilance committee to assist the police.

"We are not going to fold our hands while our children disappear one by one. Our vigilance group is working with the DPO and we are hopeful the boy will be found alive," the monarch said.""",
        [
            ("He told me he was going", "Funmilayo Ajiboye"),
            ("We have gone to every hospital", "Funmilayo Ajiboye"),
            ("The police have been helpful", "Gbenga Ajiboye"),
            ("a quiet person who does", "classmate of the pupil"),
            ("The command received a complaint", "Adebisi Olanrewaju"),
            ("every lead will be treated", "Adebisi Olanrewaju"),
            ("We are not going to", "Rasaki Oyenuga"),
        ],
    ),
    (
        """Police arrest four over murder of MoMo vendor in Kumasi

By Kwabena Owusu-Ansah

The Ashanti Regional Police Command has arrested four suspects in connection with the shooting and killing of a mobile money vendor at Kwaadaso-Nsenie, a suburb of Kumasi, on Sunday evening.

The victim, 29-year-old Abdul-Rashid Issahaku, was attacked by two men on a motorbike as he was closing his kiosk at about 8:30pm. The attackers reportedly made away with an undisclosed amount of cash and two mobile phones.

In a statement issued on Tuesday, the Ashanti Regional Police Command said the suspects were picked up in a dawn operation at Tafo and Ejisu.

"Preliminary investigations indicate that the suspects trailed the deceased from a nearby bank earlier in the day. One locally manufactured pistol, eight rounds of ammunition and a motorbike without registration number were retrieved from their hideout," the statement said.

The suspects, aged between 19 and 34, are assisting investigations and will be put before court, the police added.

The Regional Police Public Relations Officer, Superintendent Grace Ama Dzifa Agbenyega, told Citi News that patrols had been intensified in the area.

"We have deployed a visibility team to Kwaadaso and we are working with the Assembly Member and the youth. We will get everybody involved in this crime," she said.

Residents who spoke to Citi News said the area had recorded at least three similar attacks on mobile money operators since January.

"We are living in fear. After six o'clock nobody wants to stand at the roadside with money," a shop owner near the scene said. "The police must come and stay here, not only when somebody dies."

The victim's elder brother, Alhassan Issahaku, described the deceased as hardworking and said he had been saving to marry in December.

"He was the one taking care of our mother. He didn't fight anybody, he only sells MoMo. They could have taken the money and left him," he told Citi News.

The Assembly Member for the area, Hon. Yaw Boakye-Darkwah, said he had petitioned the Municipal Security Council to install streetlights along the main road, which he described as "a death trap at night."

The Mobile Money Agents Association of Ghana (MMAAG) also condemned the killing and called on the Inspector-General of Police to deploy more patrol teams to communities where agents operate.

"Our members have become easy targets for criminals. We are appealing to the police to intensify night patrols and to the public to avoid carrying large sums of cash," the association's Ashanti Regional Chairman, Eric Nana Kwarteng, said.

The body of the deceased has been released to the family for burial according to Islamic rites.""",
        [
            ("Preliminary investigations indicate that the", "Ashanti Regional Police Command"),
            ("We have deployed a visibility", "Grace Ama Dzifa Agbenyega"),
            ("We are living in fear.", "shop owner near the scene"),
            ("The police must come and", "shop owner near the scene"),
            ("He was the one taking", "Alhassan Issahaku"),
            ("a death trap at night.", "Yaw Boakye-Darkwah"),
            ("Our members have become easy", "Eric Nana Kwarteng"),
        ],
    ),
    (
        """Police confirm abduction of three siblings in Abuja suburb

Ibrahim Adamu Musa

The police in the Federal Capital Territory have confirmed the abduction of three siblings from their home in Kuchiyako, a community in Kuje Area Council, by gunmen suspected to be kidnappers.

The gunmen, said to be about seven, stormed the community at about 11:40 p.m. on Saturday, shooting sporadically before breaking into the house of a civil servant, Musa Danladi, according to residents.

Mr Danladi, who escaped through a back window, told PREMIUM TIMES on Monday that the attackers took his daughters, aged 17 and 13, and his 10-year-old son.

“They were shouting my name. They knew who they were looking for,” he said. “I ran out through the back and hid in the bush behind the house. When I came back, my wife was crying and the children were gone.”

He said the abductors had contacted the family on Sunday afternoon and demanded N50 million ransom.

“Where will a civil servant get N50 million? I am on grade level 10. I have begged them, I told them I have nothing,” Mr Danladi said.

The spokesperson of the FCT Police Command, Josephine Ngozi Eze, confirmed the incident in a statement on Sunday evening.

She said the Commissioner of Police, Olatunde Babajide Akinyemi, had deployed tactical teams, including the Anti-Kidnapping Unit and operatives of the Special Weapons and Tactics team, to the area “with a view to rescuing the victims unhurt and arresting the perpetrators.”

“The Command wishes to assure residents of Kuje and its environs that the situation is under control and that no stone will be left unturned in the effort to bring the victims back home safely,” the statement read.

The police spokesperson urged residents to remain calm and report suspicious movements to the nearest police station.

A member of the community vigilance group, who asked not to be named because he was not authorised to speak, said the kidnappers were believed to have come through the forest that links the community to parts of Nasarawa State.

“This is the third time in four months. They come through the bush, they take people and they go back the same way,” he said. “We have told the authorities that we need a police post here, but nothing has happened.”

The chairman of Kuje Area Council, Abdullahi Sule Gwagwa, who visited the family on Monday, described the attack as “wicked and unacceptable.”

Mr Gwagwa said the council would work with security agencies and traditional rulers to strengthen security in rural communities in the area.

PREMIUM TIMES had reported in January how residents of several communities in Kuje, Gwagwalada and Bwari area councils had abandoned their farms following a wave of kidnappings.""",
        [
            ("They were shouting my name", "Musa Danladi"),
            ("I ran out through the", "Musa Danladi"),
            ("Where will a civil servant", "Musa Danladi"),
            ("with a view to rescuing", "Josephine Ngozi Eze"),
            ("The Command wishes to assure", "Josephine Ngozi Eze"),
            ("This is the third time", "member of the community vigilance group"),
            ("We have told the authorities", "member of the community vigilance group"),
            ("wicked and unacceptable.", "Abdullahi Sule Gwagwa"),
        ],
    ),
    (
        """Missing taxi driver found dead in Tema; two in custody

Story: Benedicta Akosua Frimpong

TEMA - The body of a 38-year-old taxi driver who was declared missing last week has been found in a bush near the Tema Motorway roundabout, with the police taking two persons into custody in connection with his death.

The deceased, Samuel Tetteh Nartey, a resident of Community 11, was last seen on the night of Thursday, May 16, when he picked up two passengers at the Community One lorry station, according to his colleagues.

His wife, Mercy Naa Dedei Nartey, reported him missing the following day after several calls to his phone went unanswered.

The Tema Regional Police Commander, Deputy Commissioner of Police (DCOP) Francis Kwame Ablordeppey, confirmed the arrests to the Daily Graphic yesterday.

He said the body was discovered on Monday morning by a farmer who alerted the Tema Community Eight Police.

"The body had marks of violence on the neck and head. It has been deposited at the Tema General Hospital morgue for autopsy," DCOP Ablordeppey said.

He explained that the taxi, a Hyundai Elantra, was traced with the help of a tracking device to a spraying shop at Ashaiman, where the two suspects had allegedly taken it to change its colour.

"Our men moved in swiftly and arrested the two suspects at the shop. We are also looking for a third person who we believe bought the car's original parts," he added.

The commander cautioned the public against buying used vehicles and spare parts from unverified sources, saying that "some of these items are proceeds of crime and people have paid with their lives."

At the family house at Community 11, sympathisers trooped in to console the bereaved family.

Mrs Nartey, who was inconsolable, said her husband had told her on the phone that he would be home by 10 p.m.

"He said he was taking his last passengers to Afienya and then he would close. That was the last time I heard his voice," she said.

The chairman of the Community One branch of the Ghana Private Road Transport Union (GPRTU), Nii Adjetey Mensah-Bonsu, said drivers in the area were devastated by the incident.

"Sam was a gentle man. He never quarrelled with anybody at the station. We want the police to make sure everybody involved is punished," he said.

Mr Mensah-Bonsu said the union would meet on Friday to discuss measures to protect its members who work at night, including registering all passengers picked up after 9 p.m.

According to him, at least four drivers in the Tema metropolis have been attacked by persons posing as passengers this year.

The suspects are expected to be arraigned before a Tema Circuit Court this week.""",
        [
            ("The body had marks of", "Francis Kwame Ablordeppey"),
            ("Our men moved in swiftly", "Francis Kwame Ablordeppey"),
            ("some of these items are", "Francis Kwame Ablordeppey"),
            ("He said he was taking", "Mercy Naa Dedei Nartey"),
            ("Sam was a gentle man", "Nii Adjetey Mensah-Bonsu"),
        ],
    ),
    (
        """Kano police arrest 47 suspected Yandaba, recover machetes, pistols

From Aminu Garba Rimi, Kano

The Kano State Police Command says it has arrested 47 suspected members of violent street gangs, popularly known as Yandaba, in a week-long operation across the metropolis.

The spokesman of the command, SP Lawan Idris Dambatta, who paraded the suspects at the command headquarters in Bompai on Thursday, said they were arrested in Dala, Fagge, Gwale and Ungogo local government areas following complaints from residents.

He said items recovered from the suspects included 31 machetes, 18 knives, 12 sticks, two locally made pistols and a quantity of substances suspected to be Indian hemp and tramadol.

"The operation was launched on the directive of the Commissioner of Police, CP Muhammad Sani Kazaure, following incessant reports of phone snatching and attacks on innocent residents, particularly at night.

"Some of the suspects confessed to have been involved in the recent clashes at Kofar Mata and Zango where two persons lost their lives," he said.

Dambatta said all the suspects would be charged to court after investigation.

He added: "We want to warn parents and guardians to monitor the movements of their children. The command will not allow any group of hoodlums to hold the people of Kano to ransom."

Residents of some of the affected areas have in recent weeks complained about a resurgence of gang violence, with groups of youths armed with machetes attacking passers-by and snatching phones and bags.

A resident of Dala, Malam Abubakar Yusha'u, told Daily Trust that the situation had forced many shop owners to close early.

"Before, we used to stay in our shops until 10pm, but now by Maghrib everybody is packing. They come in groups of 10 or 15 with cutlasses and nobody can stop them," he said.

Another resident, Hajiya Rabi Musa, who sells food near the Gidan Sarki roundabout, said her son's phone was snatched at knifepoint two weeks ago.

"They wounded him on the hand. We went to the police but the phone was never recovered. We thank God he is alive," she said.

The Executive Director of a Kano-based civil society group, the Centre for Youth Rehabilitation and Social Justice, Comrade Bashir Ado Tudunwada, said arrests alone would not solve the problem.

"Most of these boys are school dropouts and drug users. If government does not provide rehabilitation centres and skills training, they will come out of detention and go back to the streets," he said.

He urged the state government to revive the youth rehabilitation programme it suspended in 2021, and called on traditional and religious leaders to support efforts to reintegrate the young men into society.""",
        [
            ("The operation was launched on", "Lawan Idris Dambatta"),
            ("Some of the suspects confessed", "Lawan Idris Dambatta"),
            ("We want to warn parents", "Lawan Idris Dambatta"),
            ("Before, we used to stay", "Abubakar Yusha'u"),
            ("They wounded him on the", "Rabi Musa"),
            ("Most of these boys are", "Bashir Ado Tudunwada"),
        ],
    ),
    (
        """‘We just want her back’ – Mother of missing nursing trainee pleads

The mother of a 21-year-old nursing trainee who has been missing for two weeks in Cape Coast has appealed to the police and the public to help find her daughter.

Ewurabena Asantewaa Quayson, a second-year student of the Abakrampa Nurses' and Midwifery Training College, was last seen on October 3 after she left her hostel to meet a person she described to her roommate as a “friend from church.”

Her phone has been switched off since that evening.

Speaking to JoyNews on Tuesday, her mother, Madam Adwoa Serwaa Quayson, said the family had searched hospitals, prayer camps and the homes of relatives in Elmina and Takoradi without success.

“She called me that afternoon and said she was going out and would call me in the night. She never called. Every day I sit by the phone,” she said.

“We just want her back. If anybody is holding her, please let her go. We are not rich people, but we are begging,” the distraught woman added.

The Principal of the college, Mrs Comfort Esi Arthur, said the school was cooperating fully with the police and had provided investigators with the student's records and CCTV footage from the main gate.

“Ewurabena is a disciplined student. This is completely out of character for her, and the entire college community is praying for her safe return,” she said.

The Central Regional Police Command said in a statement that it had opened investigations and was analysing the student's call records.

“The Command has also declared one Kofi Mensah Eshun, aged about 30, wanted in connection with the disappearance. Anyone with information on his whereabouts should report to the nearest police station or call 191 or 18555,” the statement said.

Sources at the Cape Coast Central Police Station told JoyNews that the suspect, a mobile phone repairer, had been in contact with the student several times in the days before she disappeared.

“He switched off his phone the same day she went missing and has not been to his shop since. That is why we are interested in him,” a senior investigator said.

The incident has triggered anxiety among students in the municipality, with the Students' Representative Council of the college organising a candlelight vigil on campus on Monday night.

SRC President Nana Yaw Amissah urged female students to inform friends of their movements and to avoid meeting people they had only known online.

“We are all afraid. We have told our colleagues to go out in twos and to share their locations with their roommates,” he said.

The police have assured the family that everything possible is being done to locate the student.""",
        [
            ("We just want her back", "Adwoa Serwaa Quayson"),
            ("friend from church", "Ewurabena Asantewaa Quayson"),
            ("She called me that afternoon", "Adwoa Serwaa Quayson"),
            ("We just want her back.", "Adwoa Serwaa Quayson"),
            ("Ewurabena is a disciplined student.", "Comfort Esi Arthur"),
            ("The Command has also declared", "Central Regional Police Command"),
            ("He switched off his phone", "senior investigator"),
            ("We are all afraid.", "Nana Yaw Amissah"),
        ],
    ),
    (
        """Family alleges torture as suspect dies in police custody in Ibadan

By Olamide Akinwande, Ibadan

The Oyo State Police Command has ordered an investigation into the death of a 32-year-old vulcaniser, Adewale Okunade, who allegedly died in the custody of the Oluyole Estate Division in Ibadan, three days after he was arrested over the alleged theft of a generator.

Family members of the deceased, who spoke with Nigerian Tribune on Sunday, alleged that he was tortured by officers attached to the division.

His elder sister, Mrs Bukola Adenike Olawuyi, said: "When we went to see him on Wednesday, he could not stand up. His back was swollen and he told us that they hung him and beat him with a plank to confess. He kept saying, 'I did not steal anything, sister, I did not steal anything.'"

She added that the family was asked to pay N150,000 for his bail.

"We were trying to raise the money when they called us on Friday morning that he had been taken to hospital. By the time we got to the hospital, they told us he was dead," she said.

The family's lawyer, Barrister Tunde Oyesiji, said he had written to the Commissioner of Police demanding an independent autopsy and the prosecution of any officer found culpable.

"Nobody has the right to take the life of a suspect, no matter the allegation against him. The Constitution presumes him innocent until proven guilty. We will pursue this matter to its logical conclusion," Oyesiji said.

Reacting, the command's spokesperson, SP Olufunke Adeyemi-Oladipo, confirmed the death but denied that the suspect was tortured.

According to her, the deceased complained of stomach pains on Thursday night and was rushed to a government hospital at Ring Road, where he was confirmed dead.

"The suspect was arrested on complaint by his employer over a missing generator. While in custody, he complained of ill health and was immediately taken to hospital by officers of the division, where he was certified dead by a doctor on duty," the spokesperson said.

She said the Commissioner of Police, CP Emmanuel Ikechukwu Nwosu, had ordered the State Criminal Investigation Department to take over the case, adding that the officers involved had been "queried and detained pending the outcome of investigation."

In a statement on Sunday, the Oyo chapter of the Coalition Against Police Brutality, a civil society group, described the incident as "another sad reminder that the promises made after the #EndSARS protests have not been kept."

"We demand that the autopsy be conducted by independent pathologists in the presence of the family, and that the result be made public. Anything short of this will amount to a cover-up," the group said.

Residents of the Oluyole area, where the deceased ran a roadside vulcanising shop, on Saturday staged a peaceful protest to the division, carrying placards demanding justice for him.""",
        [
            ("When we went to see", "Bukola Adenike Olawuyi"),
            ("I did not steal anything,", "Adewale Okunade"),
            ("We were trying to raise", "Bukola Adenike Olawuyi"),
            ("Nobody has the right to", "Tunde Oyesiji"),
            ("The suspect was arrested on", "Olufunke Adeyemi-Oladipo"),
            ("queried and detained pending the", "Olufunke Adeyemi-Oladipo"),
            ("another sad reminder that the", "Coalition Against Police Brutality"),
            ("We demand that the autopsy", "Coalition Against Police Brutality"),
        ],
    ),
    (
        """Police arrest 23 suspected land guards after Sesemi shooting

Accra, Feb. 22, GNA - The Accra Regional Police Command has arrested 23 suspected land guards following a shooting incident at Sesemi, near Amasaman, in the Ga West Municipality, which left two persons injured.

A statement issued by the Command on Thursday said a team of police officers responded to a distress call at about 0600 hours on Wednesday and found a group of armed young men confronting workers at a construction site.

"On arrival, the team met the suspects, some armed with pump-action guns and machetes, firing indiscriminately to scare away workers of a private developer. The police team managed to arrest 23 of them while others fled," it said.

It said two workers sustained gunshot wounds and were receiving treatment at the Ga West Municipal Hospital, adding that their condition was stable.

The Command said three pump-action guns, 46 rounds of ammunition, 12 machetes and two vehicles were retrieved from the scene.

The Accra Regional Police Commander, COP Daniel Kwame Adu-Boahen, told the Ghana News Agency (GNA) that the Command would not tolerate the activities of land guards in the region.

"Land guarding is a crime under the Land Act, 2020 (Act 1036). Anybody who engages the services of land guards or acts as one will be made to face the full rigours of the law," he said.

The Commander said investigations had revealed that the suspects were hired by a faction in a long-standing dispute between two families over ownership of the land.

He said: "We have also invited some persons who are believed to have recruited and paid these young men. They will be dealt with accordingly."

An elder of the Sesemi Traditional Council, Emmanuel Nii Armah Tagoe, who spoke to the GNA, welcomed the arrests but called for a speedy resolution of the ownership dispute, which he said was pending before the Land Division of the High Court.

"Our people are tired. Every week there is shooting, and our children cannot go to school peacefully. The court must decide this case so that there will be peace," he said.

A food vendor at the site, who did not want to be named, said she hid under a table when the shooting started.

"I heard gunshots, pa pa pa, and everybody was running. I left my food and my money and ran into the uncompleted building," she recounted.

The suspects are expected to be arraigned before the Amasaman Circuit Court on Friday.

GNA""",
        [
            ("On arrival, the team met", "Accra Regional Police Command"),
            ("Land guarding is a crime", "Daniel Kwame Adu-Boahen"),
            ("We have also invited some", "Daniel Kwame Adu-Boahen"),
            ("Our people are tired.", "Emmanuel Nii Armah Tagoe"),
            ("I heard gunshots, pa pa", "food vendor at the site"),
        ],
    ),
]
