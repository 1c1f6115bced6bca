CASES = [
    (
        """EC rules out delay in upazila polls despite opposition boycott threat

Staff Correspondent

The Election Commission yesterday ruled out any postponement of the upcoming upazila parishad elections, even as an alliance of opposition parties threatened to boycott the polls unless the role of the local administration in conducting them is curtailed.

"The schedule has been announced and we will not go back on it," Chief Election Commissioner Abul Kalam Mohiuddin told reporters at the Nirbachan Bhaban in Agargaon after a meeting with representatives of 14 registered parties.

He said the commission had asked the home ministry to deploy additional members of the Border Guard Bangladesh and Ansar in 62 upazilas where violence had been reported during earlier polls.

"We want every voter to be able to go to the centre and come back home safely. That is our first responsibility," he said.

Rafiqul Islam Bhuiyan, convener of the Gono Odhikar Jote, an alliance of nine opposition parties, however, said the alliance would not take part in a vote held "under the thumb of the local administration".

"Upazila nirbahi officers are acting as returning officers, and they take their orders from the ruling party. How can anyone expect a fair result?" Bhuiyan said at a press conference at the National Press Club.

He added that the alliance would announce its final decision after a meeting of its standing committee on Saturday.

Asked about the boycott threat, Election Commissioner Selina Parveen said the commission had "no scope" to change the role of returning officers under the existing law.

"If the parties want changes, they have to go to parliament. We can only implement the law as it stands," she said.

Meanwhile, a senior official at the commission's secretariat, speaking on condition of anonymity, said around 1,400 candidates had collected nomination papers for the chairman posts in the first phase.

"The response is better than we expected, even in areas where the opposition is strong," the official said.

The first phase of voting is scheduled for March 17 in 152 upazilas, with the remaining phases to be held through April. Electronic voting machines will be used in 38 upazilas, according to the commission.

Election observers have, however, expressed concern about turnout. Sharmin Akhter, executive director of the Dhaka-based Citizens for Fair Elections, said turnout in last year's local government polls had fallen below 35 percent in several districts.

"When a large section of voters believe the outcome is already decided, they simply stay at home," she said. "The commission needs to win back their confidence, not just hold the elections on time."

The commission will hold a separate meeting with law enforcement agencies on Thursday to finalise the security plan for the first phase.""",
        [
            ("The schedule has been announced", "Abul Kalam Mohiuddin"),
            ("We want every voter to", "Abul Kalam Mohiuddin"),
            ("under the thumb of the", "Rafiqul Islam Bhuiyan"),
            ("Upazila nirbahi officers are acting", "Rafiqul Islam Bhuiyan"),
            ("no scope", "Selina Parveen"),
            ("If the parties want changes,", "Selina Parveen"),
            ("The response is better than", "senior official at the commission's secretariat"),
            ("When a large section of", "Sharmin Akhter"),
            ("The commission needs to win", "Sharmin Akhter"),
        ],
    ),
    (
        """Opposition obstruction stalls House for third straight week

Lawmakers of the main opposition party say they will not let the House run until the government forms a probe committee on the cooperative fraud

Post Report

Kathmandu, May 14 — The House of Representatives could not conduct any business for the third straight week on Tuesday after lawmakers of the main opposition Loktantrik Janata Party obstructed the proceedings, demanding a parliamentary probe into the alleged misappropriation of depositors’ savings at several cooperatives.

Speaker Bhim Prasad Lamsal adjourned the meeting within 12 minutes, after opposition lawmakers gathered in the well of the House and chanted slogans against Home Minister Kishor Bahadur Thapa.

“We have tried every way to resolve this through dialogue. The House cannot remain hostage to one party’s demand,” Lamsal told the Post after the adjournment. He said he would call another meeting of party leaders on Wednesday.

The opposition, however, shows no sign of backing down. Its chief whip, Sunita Kumari Yadav, said the party would continue to obstruct the House until the government agreed to form a special parliamentary committee with the power to summon ministers.

“Thousands of ordinary depositors have lost their life savings, and the minister whose name has come up is still in office,” Yadav said. “How can we sit quietly and pass budgets and bills as if nothing has happened?”

The ruling coalition has rejected the demand, saying an investigation by the police and the Department of Cooperatives is already under way. Ramesh Pokharel, a senior leader of the ruling party, called the obstruction “an attempt to shield the real culprits” and said the government would not “bow to pressure on the floor of the House”.

According to the Parliament Secretariat, at least 11 bills, including the Federal Civil Service Bill and an amendment to the Election Commission Act, are awaiting deliberation. The budget for the next fiscal year must be presented by Jestha 15 under the constitution.

A senior official at the secretariat, who requested anonymity as he was not authorised to speak to the media, said the backlog was worrying.

“If the obstruction continues into the budget session, several important bills will simply lapse,” the official said.

Constitutional expert Mohan Lal Dhungana said obstruction had become a habit of every opposition party in Nepal, regardless of ideology.

“When they are in government, they call it undemocratic. When they are in the opposition, they call it their right,” he said. “The real loser is the voter, who sends representatives to make laws, not to shout in the well.”

Meanwhile, the Loktantrik Janata Party, in a statement issued late in the evening, said it was “ready for talks at any time” but would not accept “a cosmetic committee without investigative powers”.""",
        [
            ("We have tried every way", "Bhim Prasad Lamsal"),
            ("Thousands of ordinary depositors have", "Sunita Kumari Yadav"),
            ("How can we sit quietly", "Sunita Kumari Yadav"),
            ("an attempt to shield the", "Ramesh Pokharel"),
            ("bow to pressure on the", "Ramesh Pokharel"),
            ("If the obstruction continues into", "senior official at the secretariat"),
            ("When they are in government,", "Mohan Lal Dhungana"),
            ("The real loser is the", "Mohan Lal Dhungana"),
            ("ready for talks at any", "Loktantrik Janata Party"),
            ("a cosmetic committee without investigative", "Loktantrik Janata Party"),
        ],
    ),
    (
        """Sri Lanka police fire tear gas at protesters opposing power tariff hike

COLOMBO, Feb 8 (Reuters) - Sri Lankan police fired tear gas and water cannon on Thursday to disperse thousands of protesters marching on parliament against a steep rise in electricity tariffs, the third such clash in the capital this month.

The protest, organised by a coalition of trade unions and the opposition Jathika Samagi Peramuna, came a day before lawmakers were due to vote on a supplementary budget tied to the island nation's International Monetary Fund programme.

"People cannot pay these bills. Families are choosing between lighting their homes and feeding their children," said Chaminda Wickramaratne, general secretary of the Ceylon Electricity Workers' Union, who was among those marching.

Police said 14 people had been arrested and at least six officers injured when some protesters tried to break through barricades near the Polduwa junction, close to the parliament complex.

"We used the minimum force necessary after the crowd ignored repeated warnings to disperse," police spokesman Senior Superintendent Ruwan Gunasekara told Reuters.

A Reuters witness saw several people, including at least two women, being treated for breathing difficulties by the roadside.

Power and Energy Minister Lalith Senanayake has defended the increase, saying the state-run Ceylon Electricity Board could not continue to sell power below cost.

"We understand the burden on households, but the alternative is a return to power cuts of 10 or 12 hours a day," Senanayake told parliament on Wednesday. "No responsible government can allow that."

Sri Lanka is recovering from its worst financial crisis in decades, after a shortage of foreign exchange led to scarcities of fuel, food and medicine and triggered months of mass street protests that toppled the government of the day.

The IMF has urged Colombo to move to cost-reflective energy pricing as part of its bailout. An IMF spokesperson said in an emailed response that the fund "continues to support measures that protect the most vulnerable" while restoring the finances of state-owned enterprises.

Opposition leaders say the burden of reform is falling unevenly on the poor.

"This government made its promises to the IMF, not to the people who elected it," Tharindu Herath, the Jathika Samagi Peramuna's chief organiser in Colombo district, told reporters outside the police station where the arrested protesters were being held. He said the party would hold rallies in Kandy and Galle next week.

Analysts say the government faces a difficult balancing act ahead of provincial elections expected later this year.

"The economic numbers are improving, but people are not feeling it in their pockets yet," said Dilrukshi Fernando, a political economist at the Colombo-based Institute for Governance Studies.

(Reporting by Nimal Jayawardena; Writing by Arjun Menon; Editing by Clare Whitfield)""",
        [
            ("People cannot pay these bills.", "Chaminda Wickramaratne"),
            ("We used the minimum force", "Ruwan Gunasekara"),
            ("We understand the burden on", "Lalith Senanayake"),
            ("No responsible government can allow", "Lalith Senanayake"),
            ("continues to support measures that", "spokesperson"),
            ("This government made its promises", "Tharindu Herath"),
            ("The economic numbers are improving,", "Dilrukshi Fernando"),
        ],
    ),
    (
        """Opposition stages walkout over Public Gatherings Bill

By Sandun Ratnayake

The main Opposition walked out of Parliament yesterday after Speaker Wimal Jayasundara refused to allow a debate on a motion challenging the constitutionality of the Public Gatherings (Regulation) Bill, which critics say will curb the right to protest.

Opposition Leader Sarath Abeywickrema said the Bill, which requires the organisers of any gathering of more than 50 people to obtain police permission 72 hours in advance, was ‘a direct attack on the freedoms guaranteed by the Constitution’.

‘We saw in 2022 what the people of this country can do when they are pushed to the wall. This Bill is written by a government that is afraid of its own people,’ he told the House before leading about 40 MPs out of the chamber.

The Speaker said the Supreme Court had already communicated its determination on the Bill and that Parliament could not reopen the matter. ‘The determination of the court has been conveyed to this House. We are bound by it,’ he said.

Public Security Minister Nalin Karunatilleke insisted that the law was needed to prevent violence and the disruption of public life.

‘Nobody is banning protests. Anyone can protest. What we are saying is that the police must know in advance so that they can protect both the protesters and the public,’ the minister said.

He said there had been 312 unauthorised road blockades in the Western Province alone last year, causing losses to businesses and hardship to schoolchildren and patients.

A senior Government MP, who did not wish to be named, conceded that several members of the ruling party had reservations about the Bill.

‘There are people on our side who were on the streets in 2022. They are not comfortable, but they will vote with the party,’ the MP said.

Outside Parliament, the Collective of Lawyers for Democracy said in a statement that the Bill gave the police ‘unfettered discretion’ to decide who may assemble and where.

The Collective’s convener, Attorney-at-Law Priyanthi Senaratne, told this newspaper that the group was preparing to file fundamental rights petitions as soon as the Bill was certified.

‘The police will become the judge of which causes are legitimate. That is not regulation, that is control,’ Senaratne said. ‘We will challenge every arrest made under this law.’

The Bill is expected to be taken up for the second reading debate on Thursday, with the Government confident of securing a simple majority. Several smaller parties in the ruling alliance are yet to announce how they will vote.""",
        [
            ("a direct attack on the", "Sarath Abeywickrema"),
            ("We saw in 2022 what", "Sarath Abeywickrema"),
            ("The determination of the court", "Wimal Jayasundara"),
            ("Nobody is banning protests.", "Nalin Karunatilleke"),
            ("There are people on our", "senior Government MP"),
            ("unfettered discretion", "Collective of Lawyers for Democracy"),
            ("The police will become the", "Priyanthi Senaratne"),
            ("We will challenge every arrest", "Priyanthi Senaratne"),
        ],
    ),
    (
        """Students block Shahbagh for second day over fare hike, police baton-charge at Science Lab

Tribune Report

Hundreds of students from several public universities and colleges blocked the Shahbagh intersection in Dhaka for the second consecutive day on Monday, demanding the withdrawal of a recent increase in bus fares and half fares for students on all city routes.

The blockade, which began around 11am, brought traffic on the Shahbagh-Farmgate and Shahbagh-Matsya Bhaban roads to a standstill for nearly five hours, leaving thousands of commuters stranded in the heat.

“We are not here to cause suffering to the public. We are here because the government has left us no choice,” said Tanvir Hasan Rafi, a fourth-year student of Dhaka University and one of the coordinators of the movement.

He said many students were spending a third of their monthly allowance on transport. “A student who comes from Jatrabari to campus every day now pays Tk 90 for a round trip. Where will that money come from?”

Around 3:30pm, police used batons to disperse a separate group of students who had blocked the Science Lab intersection, witnesses said. At least 12 students were injured, according to the protesters.

Tahmina Akter Jui, a student of Eden Mohila College who was at the scene, said police charged without warning. “They started beating us as soon as we sat on the road. Two of our friends were bleeding from the head,” she told Dhaka Tribune.

Ramna Division Deputy Commissioner Mohammad Shahidul Alam denied the allegation. “Police showed maximum restraint. We requested them again and again to clear the road for ambulances,” he said, adding that officers had seen “people who are not students” trying to provoke violence.

The Bangladesh Road Transport Authority (BRTA) raised bus fares by 22 percent last week, citing an increase in diesel prices. Bus owners have refused to accept half fares from students, saying they would incur losses.

“Owners are already running buses at a loss on many routes. If we give half fare to everyone who shows a student card, the sector will collapse,” said Golam Mostafa Sarker, secretary general of the Dhaka Road Transport Owners’ Association.

In a statement on Monday evening, the Ministry of Road Transport and Bridges said a committee had been formed to “review the fare chart in consultation with all stakeholders” and would submit its report within seven working days.

The protesters, however, said they would continue their programme until the government announced a decision on half fares. They plan to form a human chain in front of the BRTA headquarters in Banani on Tuesday.

“A committee is how they buy time,” Rafi said.""",
        [
            ("We are not here to", "Tanvir Hasan Rafi"),
            ("A student who comes from", "Tanvir Hasan Rafi"),
            ("They started beating us as", "Tahmina Akter Jui"),
            ("Police showed maximum restraint.", "Mohammad Shahidul Alam"),
            ("people who are not students", "Mohammad Shahidul Alam"),
            ("Owners are already running buses", "Golam Mostafa Sarker"),
            ("review the fare chart in", "Ministry of Road Transport and Bridges"),
            ("A committee is how they", "Tanvir Hasan Rafi"),
        ],
    ),
    (
        """Independent candidate wins Ilam-3 by-election, major parties trail

HIMALAYAN NEWS SERVICE

ILAM, NOVEMBER 28

Independent candidate Pradip Kumar Tumbahamphe has won the by-election in Ilam constituency 3, defeating the candidates of the three largest parties in a result that local leaders described as a warning to the established parties.

According to the District Election Office, Tumbahamphe secured 24,318 votes, while his nearest rival, Bishnu Prasad Khatiwada of the ruling coalition, received 17,906 votes. The candidate of the main opposition party finished third with 9,412 votes.

Chief Returning Officer Nirmala Bhandari announced the result at the counting centre in the District Administration Office late on Wednesday after nearly 40 hours of counting. Voter turnout stood at 61 per cent, she said.

Addressing supporters after receiving his certificate of election, Tumbahamphe said the victory belonged to the youth of the district. "People did not vote for me. They voted against twenty years of broken promises on roads, drinking water and jobs," he said.

"I will not join any party in Parliament. I will support whatever is good for Ilam and oppose whatever is not," the 38-year-old former schoolteacher added.

Khatiwada accepted defeat and congratulated the winner. "The people's verdict is final. We will review where we went wrong," he told THT over the phone.

A district-level leader of the ruling coalition, however, blamed internal rifts for the defeat. "Our own workers did not go door to door. Some of them openly campaigned for the independent," the leader said, requesting anonymity.

The by-election was held after the seat fell vacant following the death of lawmaker Tek Bahadur Angbuhang in July.

Election Commission Spokesperson Dipak Raj Joshi said the polls had been largely peaceful, apart from a minor scuffle at a polling centre in Sulubung. "Apart from one incident, which was quickly brought under control, voting took place in a free and fair environment," Joshi said.

Political analyst Hari Sharan Nepal said the result fitted a growing trend of voters turning to independent and new candidates in local and by-elections.

"The big parties still think they can win on the strength of their organisation alone. Results like this show that voters are no longer loyal in the way they once were," he said.""",
        [
            ("People did not vote for", "Pradip Kumar Tumbahamphe"),
            ("I will not join any", "Pradip Kumar Tumbahamphe"),
            ("The people's verdict is final.", "Bishnu Prasad Khatiwada"),
            ("Our own workers did not", "district-level leader of the ruling coalition"),
            ("Apart from one incident, which", "Dipak Raj Joshi"),
            ("The big parties still think", "Hari Sharan Nepal"),
        ],
    ),
    (
        """Three killed as Bangladesh votes in tense municipal elections

DHAKA, Jan 21 (AFP) - At least three people were killed and dozens injured in clashes as Bangladesh voted Sunday in municipal elections marred by an opposition boycott and allegations of ballot stuffing, police and officials said.

Two men were shot dead in the northern town of Char Madhabpur when supporters of rival candidates for mayor clashed outside a polling station, local police chief Abdul Momin told AFP.

"They came with sticks and local guns. When our men tried to stop them, they started shooting," Momin said, adding that 11 people had been detained.

A third man died in hospital in the southern district of Nilganj after being stabbed during a fight between two factions of the ruling party, a doctor at the hospital said on condition of anonymity.

Election Commission secretary Abu Sayeed Chowdhury said turnout had been "satisfactory" but gave no figures.

"Some isolated incidents took place, but overall the voting was peaceful," he told reporters in Dhaka.

AFP correspondents at several polling stations in the capital saw queues in the morning, but centres in other areas were almost empty by midday.

At one centre in Nilganj, a presiding officer said only around 200 of the 3,100 registered voters had cast ballots by 2:00 pm.

"People are afraid. Many have told us they don't think their vote will change anything," the officer said, declining to be named.

The opposition Bangladesh Jatiya Gana Front, which boycotted the polls, said in a statement that its polling agents had been "chased away" from dozens of centres even before voting began.

"This was not an election. It was a pre-arranged distribution of posts," the party's acting chairman Mizanur Rahman Talukder told a press conference in Dhaka.

The government rejected the allegations.

"The opposition boycotted because they knew they would lose. Now they are looking for excuses," Information Minister Kamrul Ahsan Bhuiyan said.

The Asia Democracy Monitor, a regional watchdog, called on authorities to investigate the deaths and reports of "widespread intimidation of voters and polling agents".

Bangladesh, a country of around 170 million people, has a long history of violent and disputed elections, with the main parties frequently accusing each other of rigging and boycotting polls held under their rivals.

Results are expected to be announced by Monday.""",
        [
            ("They came with sticks and", "Abdul Momin"),
            ("satisfactory", "Abu Sayeed Chowdhury"),
            ("Some isolated incidents took place,", "Abu Sayeed Chowdhury"),
            ("People are afraid.", "presiding officer"),
            ("chased away", "Bangladesh Jatiya Gana Front"),
            ("This was not an election.", "Mizanur Rahman Talukder"),
            ("The opposition boycotted because they", "Kamrul Ahsan Bhuiyan"),
            ("widespread intimidation of voters and", "Asia Democracy Monitor"),
        ],
    ),
    (
        """Polls monitor urges Govt. to fix date for long-delayed PC elections

The Citizens' Movement for Electoral Justice (CMEJ) yesterday called on the Government to fix a date for the long-delayed Provincial Council elections, warning that continued postponement was "eroding public confidence in the entire system of devolution".

Addressing a media briefing in Colombo, CMEJ Executive Director Rohana Wijesekera said all nine councils had been administered by Governors appointed by the President since their terms expired.

"For more than seven years, the people of the provinces have had no elected representatives at the provincial level. Decisions on schools, hospitals and rural roads are being taken by officials who answer to no voter," he said.

"This is not a technical problem. The Elections Commission is ready and the money can be found. What is missing is political will."

The elections have been stalled since an amendment to the Provincial Councils Elections Act introduced a mixed electoral system, but the delimitation report required to implement it was never approved by Parliament.

Wijesekera said there were two options before the Government: "Either Parliament approves a new delimitation report within three months, or it amends the law to hold the elections under the old proportional system. Both can be done this year."

Responding to the CMEJ's call, Provincial Councils and Local Government Minister Janaka Bandara Rajakaruna told the Daily FT the Government was "fully committed" to holding the elections but needed to consult all parties on the electoral system.

"We do not want to rush into an election under a system that may be challenged in court. The Cabinet will take a decision after the parliamentary select committee submits its report," he said.

However, a senior official at the Elections Commission said the Commission had written to the ministry on three occasions this year seeking clarity. "We have the staff and the plans in place. All we need is the legal framework," the official said, speaking on condition of anonymity.

The main Opposition also criticised the delay, with Opposition MP Thilina Jayamanne accusing the Government of being afraid of a "mid-term verdict from the people".

"If the Government is confident of its record, let it face the people in the provinces," Jayamanne said. "Every year they find a new excuse."

The Illankai Makkal Munnani (IMM), which has long campaigned for greater powers for the provinces, said in a statement that the delay "amounts to dismantling devolution by stealth" and urged the international community to raise the issue with Colombo.""",
        [
            ("eroding public confidence in the", "Citizens' Movement for Electoral Justice"),
            ("For more than seven years,", "Rohana Wijesekera"),
            ("This is not a technical", "Rohana Wijesekera"),
            ("Either Parliament approves a new", "Rohana Wijesekera"),
            ("fully committed", "Janaka Bandara Rajakaruna"),
            ("We do not want to", "Janaka Bandara Rajakaruna"),
            ("We have the staff and", "senior official at the Elections Commission"),
            ("mid-term verdict from the people", "Thilina Jayamanne"),
            ("If the Government is confident", "Thilina Jayamanne"),
            ("Every year they find a", "Thilina Jayamanne"),
            ("amounts to dismantling devolution by", "Illankai Makkal Munnani"),
        ],
    ),
]
