# Hand-labelled speaker-attribution test cases: African English-language newspapers.

A1 = """Kiamuri MCAs give Governor Wambugu 14-day ultimatum over stalled hospital

Members of the Kiamuri County Assembly have given Governor Peter Njoroge Wambugu 14 days to explain how Sh1.2 billion meant for the county’s Level Five hospital was spent, warning that they will table an impeachment motion if he fails to appear before them.

Majority Leader Hon. Grace Wanjiru Mwangi told journalists at the assembly precincts on Tuesday that the project, launched with fanfare in 2021 under the “Afya Mashinani” programme, had stalled for more than two years.

“We have walked through that site and what we found is the skeleton of a building with no roof. The people of Kiamuri were promised a hospital, not a monument to waste,” Mwangi said.

She said the assembly’s health committee had written to the county executive three times without a response, describing the silence as contempt of the House and of the voters.

Minority Leader Samuel Kiprono Langat, who has often clashed with the majority side, backed the ultimatum but cautioned his colleagues against turning the matter into a political circus.

“Let us follow the law. If the governor has a case to answer, the Controller of Budget’s report will show it,” Langat said.

The report, titled “County Budget Implementation Review Report 2023/24”, ranked Kiamuri among the five counties with the lowest absorption of development funds.

In a statement issued on Tuesday evening, the Office of the Governor dismissed the threat as “cheap politics driven by 2027 ambitions”, saying the contractor had so far been paid only 40 per cent of the contract sum.

“The Governor remains committed to completing the hospital and will appear before any lawfully constituted committee,” the statement read.

Wambugu’s communications director, Ruth Achieng Odhiambo, blamed the delay on late disbursement of the equitable share from the National Treasury. “We cannot build with money we have not received,” she said.

Residents who spoke to the Daily Sentinel appeared less interested in the politics. A boda boda rider at the Kiamuri bus park, who gave his name only as Kamau, said he had to take his pregnant wife 60 kilometres to Nyeri last month because the sub-county hospital had no theatre.

“They fight in the assembly, we suffer on the road,” he said."""

A2 = """Police rescue 14 abducted travellers in Kogi forest, arrest three suspects

The Nigeria Police Force says its operatives have rescued 14 passengers abducted along the Lokoja-Abuja highway last week and arrested three suspected members of the kidnapping gang.

The Force Public Relations Officer, ACP Olumide Adebayo-Peters, disclosed this in a statement on Sunday in Abuja, saying the victims were freed during a joint operation with the military and local hunters in a forest near Ajaokuta.

"The victims have been reunited with their families after receiving medical attention at a government hospital. No ransom was paid," the statement said.

Adebayo-Peters said the Inspector-General of Police, IGP Musa Danladi Garba, had ordered the deployment of additional tactical teams to the stretch, which motorists have nicknamed "the highway of fear".

Speaking to journalists at the Force Headquarters on Monday, Garba described the operation as "a clear message to criminals that there is no hiding place in this country."

He added: "We are not going to relent. The forests that these men believe are their kingdoms will be taken back, one after the other."

But some of the freed passengers told a different story. A trader from Okene, Mrs. Hauwa Suleiman Ibrahim, who was among those rescued, said the kidnappers had abandoned the group after a gunfight with vigilantes two days before the police arrived.

"Nobody came for us until the hunters came. We walked for hours before we saw any uniform," she said, still visibly shaken.

Reacting, the Kogi State Commissioner for Information, Chief Emmanuel Ojo Akande, said the state government would not join issues with victims who had been through a traumatic experience, adding that the state had been funding vigilance groups across the affected local government areas.

A security analyst with the Centre for Security and Development Studies, Abuja, Dr. Ifeoma Nwachukwu-Bello, said the episode exposed poor coordination between formal and informal security outfits.

"The hunters know the terrain; the police have the mandate. When both work separately, the criminals exploit the gaps," she told The Nation Herald."""

A3 = """Court adjourns trial of ex-grains authority boss to March 12

An Accra High Court has adjourned to March 12 the trial of a former Deputy Chief Executive of the Ghana Grains Development Authority, Mr. Kwabena Asante-Mensah, who is facing charges of causing financial loss of GH¢46 million to the state.

The adjournment followed an application by the defence for more time to study documents served on it by the Office of the Special Prosecutor (OSP) last week.

Counsel for the accused, Mrs. Abena Owusu-Darko, told the court, presided over by Justice Efua Boateng-Quaye, that the prosecution had served more than 2,000 pages of documents on the defence only five days before the hearing.

“My Lady, we cannot in good conscience proceed with cross-examination on documents we have not had the opportunity to read. This is not a fishing expedition; my client’s liberty is at stake,” she said.

Principal State Attorney Yaw Frimpong Danso, who is leading the prosecution on behalf of the OSP, opposed the application, arguing that the defence had been aware of the documents since the case management conference.

“The defence is simply playing for time,” Danso told the court.

Justice Boateng-Quaye granted the adjournment but warned both sides that she would not tolerate further delays.

“This case has been on the cause list for nearly two years. The public has an interest in seeing it concluded, and counsel should take note that when I say ‘final’, I mean final.

“If either side is not ready on March 12, the court will proceed regardless,” the judge said.

Asante-Mensah, popularly known in Tamale as “Chairman Grains”, was arraigned in 2022 alongside two others over the procurement of warehouse fumigation services under the “Feed Ghana Reserve” initiative. He has pleaded not guilty to all 11 counts.

Outside the courtroom, a relative of the accused who declined to be named said the family remained confident. “He has served this country faithfully. The truth will come out,” she said.

In a post on its official X handle after the hearing, the OSP said it remained “resolute in the pursuit of accountability for public funds, regardless of the status of the persons involved.”"""

A4 = """Mogale Bay residents march over three-week water outages

Hundreds of residents from Riverlea Extension and surrounding informal settlements marched to the Mogale Bay municipal offices on Thursday, demanding answers over water outages that have left some households without a drop from their taps for almost three weeks.

Carrying placards reading “No Water, No Vote” and “Amanzi Ngamandla”, the protesters sang struggle songs as they handed over a memorandum to the office of the municipal manager.

Thandiwe Mokoena, convener of the Riverlea Concerned Residents’ Forum, said the community had run out of patience.

“We have attended every meeting and signed every petition. Our children go to school without bathing. Our grandmothers are carrying buckets up the hill,” Mokoena said.

Mayoral committee member for infrastructure Sipho Ndlovu-Khumalo, who received the memorandum, blamed the outages on ageing pipes and the vandalism of pump stations, and said a “war room” had been set up at the municipality’s depot in Westvale.

He said the metro was trucking water into the worst-affected areas and that a R38-million pipe replacement project would begin next month. “I am not going to stand here and make promises I cannot keep. What I can tell you is that the contractor has been appointed and the money is ring-fenced,” he said.

The Auditor-General, in its latest report on municipal audit outcomes, found that Mogale Bay lost nearly 47% of its treated water to leaks and illegal connections, and described the metro’s maintenance spending as “grossly inadequate for the age of its infrastructure”.

South African Municipal Workers’ Union regional secretary Lerato Dlamini said her members were being made scapegoats for management failures, pointing out that many technicians worked night shifts without proper equipment.

Gauteng MEC for Cooperative Governance Nomvula Sithole-Radebe said her department would send a technical team to assist the municipality. In a statement, her spokesperson, Kagiso Mahlangu, said the MEC was “deeply concerned about the impact on vulnerable households” and would meet the executive mayor next week.

The residents have vowed to return on Monday if the taps remain dry.

“We will be back, and next time we will not go home,” said 71-year-old pensioner Nokuthula Ntuli as the crowd dispersed."""

A5 = """Bukanja confirms cholera outbreak as death toll rises to nine

The Ministry of Health has confirmed an outbreak of cholera in Bukanja District, western Uganda, with nine deaths and 127 suspected cases recorded since the first patient was admitted to Kisoro Road Health Centre IV two weeks ago.

In a statement released on Wednesday, the ministry said tests at the Central Public Health Laboratories in Kampala had confirmed Vibrio cholerae in samples from six patients. It urged the public “to observe high standards of hygiene and to report any case of acute watery diarrhoea to the nearest health facility.”

The Minister of State for Primary Health Care, Dr. Harriet Nabirye Kaweesa, who visited the cholera treatment unit on Thursday, said most cases had been traced to Kiyanja landing site, where residents draw untreated water from the lake.

“People are drinking directly from the lake and using the same shoreline as a toilet. We must break that cycle,” she said.

“We have dispatched a rapid response team, chlorine tablets and oral rehydration salts. What we need now is for the community to work with us.”

Dr. Kaweesa announced a temporary ban on the sale of cooked food at markets and landing sites in the district and suspended communal feasts, including this month’s “Bukanja Fish Festival”, until further notice.

Not everyone welcomed the directive. The LC V chairperson of Bukanja, Hon. Moses Tumusiime Byaruhanga, said the district had been asking for a piped water extension to the landing site since 2019.

“Banning food vendors will not stop cholera. Clean water will,” Byaruhanga said, adding that the district health budget had been cut by a third this financial year.

At the treatment centre, a nurse at the isolation ward said staff were stretched thin. “Some nights we are eight nurses for more than sixty patients,” she said, asking not to be named because she was not authorised to speak to the press.

The World Health Organization (WHO) said it was supporting the ministry with supplies and surveillance officers, and described the response so far as swift. Health officials expect the number of cases to rise before the outbreak is contained."""

A6 = """IEBC sets May 16 date for Lurambi West by-election

The Independent Electoral and Boundaries Commission (IEBC) has set May 16 as the date for the Lurambi West parliamentary by-election following the death of area MP Hon. Wycliffe Barasa Namwamba in January.

In a gazette notice dated Monday, IEBC chairperson Dr. Faith Jemutai Kirui directed that party primaries be concluded by March 28 and nomination papers submitted to the constituency returning officer between April 3 and April 5.

Speaking in Kakamega on Tuesday, Kirui said the commission was ready to conduct a credible poll and warned politicians against what she termed “the use of State resources and hired youth to intimidate voters.”

Interior CS Dr. Joseph Otieno Mbugua separately said police officers would be deployed in adequate numbers across the constituency’s 94 polling stations, especially in areas that recorded violence during the 2022 General Election.

The announcement has set off a scramble for the seat. Namwamba’s widow, Mercy Nafula Namwamba, who has expressed interest in the ODM ticket, told supporters at the family home in Shinyalu that she wanted to complete her late husband’s projects.

“Wycliffe left unfinished business in this constituency. The dispensary, the bridge at Musikoma, the bursaries — I want to finish what he started,” she said.

But the ruling UDA’s Kakamega county chairman, Geoffrey Shikuku Were, said the party would field a candidate and dismissed talk of a sympathy vote.

“This seat is not an inheritance. The people of Lurambi West will decide on the basis of development, not emotions,” Were said.

Some ODM officials have privately expressed unease that the so-called “handshake” between the two parties at the national level could lead to pressure on one side to step down. ODM’s national elections board said nominations would be conducted through a direct vote by registered members.

Campaigns officially begin on April 10."""

A7 = """Manufacturers protest as CBN raises benchmark rate to 28.5%

Manufacturers and small business owners have expressed concern over the decision of the Central Bank of Nigeria (CBN) to raise the Monetary Policy Rate (MPR) by 75 basis points to 28.5 per cent, warning that the move would further choke access to credit.

The CBN Governor, Mr. Babatunde Olasunkanmi Adeyemi, announced the decision at the end of the two-day Monetary Policy Committee (MPC) meeting in Abuja on Tuesday, saying inflation remained "the single biggest threat to the welfare of Nigerians."

He said the committee had noted some moderation in food prices but considered the risks to the inflation outlook to be tilted to the upside, and reaffirmed the bank's commitment to its "Operation Stable Naira" framework.

Reacting, the Director-General of the Manufacturers Association of Nigeria (MAN), Mr. Segun Ajibola-Okafor, said the hike would push lending rates beyond 35 per cent for many of the association's members.

"At these rates, no factory can borrow to expand. What we will see is more closures, more job losses and more young people joining the 'japa' queue," Ajibola-Okafor said in a telephone interview.

Chief Nnamdi Okonkwo-Eze, national president of the Association of Small Business Owners of Nigeria, said many of his members were already borrowing from cooperatives and thrift collectors because bank loans had become unaffordable.

Not all analysts were critical. A Lagos-based economist, Dr. Chiamaka Obi-Ogunleye, said the decision was necessary to rebuild the credibility of monetary policy.

"Tightening is painful, but the alternative is worse. Inflation is the most regressive tax on the poor," she said.

The MPC will next meet in May."""

A8 = """Court suspends CS Chebet’s boda boda ban in Nairobi CBD

The High Court in Nairobi has suspended a directive by Transport Cabinet Secretary Amos Kiplagat Chebet banning motorcycle taxis from the city’s central business district, pending the hearing and determination of a petition filed by riders.

Justice Lucy Wangari Muthoni issued the conservatory orders on Friday after the Boda Boda Safety Association of Kenya argued that the ban, announced last month under the “Safe Streets, Safe City” campaign, was imposed without public participation.

“I am satisfied that the petitioners have raised weighty constitutional questions which, if not addressed at this stage, may render the petition a mere academic exercise,” the judge ruled.

Association chairman Kevin Otieno Ouma said the ruling was a victory for more than 60,000 riders who depend on the city centre for a living.

“We are not against order. We are against being treated like criminals in our own capital. They call us ‘the CBD problem’, but we are fathers, mothers and taxpayers,” Ouma told reporters on the steps of the Milimani Law Courts.

Chebet had defended the ban when he announced it, describing parts of the CBD as “a lawless jungle where pedestrians walk at their own risk”.

Through the ministry’s head of public communications, the CS said the government would obey the orders and file its response within the 14 days given by the court. The Law Society of Kenya (LSK), which was enjoined in the case as an interested party, has also welcomed the ruling.

The matter will be mentioned on March 4."""

CASES = [
    (A1, [
        ("We have walked through that", "Grace Wanjiru Mwangi"),
        ("Let us follow the law.", "Samuel Kiprono Langat"),
        ("cheap politics driven by 2027", "Office of the Governor"),
        ("The Governor remains committed to", "Office of the Governor"),
        ("We cannot build with money", "Ruth Achieng Odhiambo"),
        ("They fight in the assembly,", "Kamau"),
    ]),
    (A2, [
        ("The victims have been reunited", "Olumide Adebayo-Peters"),
        ("a clear message to criminals", "Musa Danladi Garba"),
        ("We are not going to", "Musa Danladi Garba"),
        ("Nobody came for us until", "Hauwa Suleiman Ibrahim"),
        ("The hunters know the terrain;", "Ifeoma Nwachukwu-Bello"),
    ]),
    (A3, [
        ("My Lady, we cannot in", "Abena Owusu-Darko"),
        ("The defence is simply playing", "Yaw Frimpong Danso"),
        ("This case has been on", "Efua Boateng-Quaye"),
        ("He has served this country", "relative of the accused"),
        ("resolute in the pursuit of", "Office of the Special Prosecutor"),
    ]),
    (A4, [
        ("We have attended every meeting", "Thandiwe Mokoena"),
        ("I am not going to", "Sipho Ndlovu-Khumalo"),
        ("grossly inadequate for the age", "Auditor-General"),
        ("deeply concerned about the impact", "Kagiso Mahlangu"),
        ("We will be back, and", "Nokuthula Ntuli"),
    ]),
    (A5, [
        ("to observe high standards of", "Ministry of Health"),
        ("People are drinking directly from", "Harriet Nabirye Kaweesa"),
        ("We have dispatched a rapid", "Harriet Nabirye Kaweesa"),
        ("Banning food vendors will not", "Moses Tumusiime Byaruhanga"),
        ("Some nights we are eight", "nurse at the isolation ward"),
    ]),
    (A6, [
        ("the use of State resources", "Faith Jemutai Kirui"),
        ("Wycliffe left unfinished business in", "Mercy Nafula Namwamba"),
        ("This seat is not an", "Geoffrey Shikuku Were"),
    ]),
    (A7, [
        ("the single biggest threat to", "Babatunde Olasunkanmi Adeyemi"),
        ("At these rates, no factory", "Segun Ajibola-Okafor"),
        ("Tightening is painful, but the", "Chiamaka Obi-Ogunleye"),
    ]),
    (A8, [
        ("I am satisfied that the", "Lucy Wangari Muthoni"),
        ("We are not against order.", "Kevin Otieno Ouma"),
        ("a lawless jungle where pedestrians", "Amos Kiplagat Chebet"),
    ]),
]

del A1, A2, A3, A4, A5, A6, A7, A8
