CASES = [
    (
        """Senator seeks probe into nickel miner over siltation of Dinagat del Norte bay

By: Marlon D. Esguerra

MANILA, Philippines — A senator on Tuesday sought a Senate inquiry into the operations of a nickel mining firm in Dinagat del Norte after fishing communities blamed the company for the siltation of a bay that they say has wiped out their catch.

Sen. Ramon Villaruel, chair of the Senate committee on environment and natural resources, said in Senate Resolution No. 412 that Surigao Pacific Nickel Corp. (SPNC) may have “violated the terms of its environmental compliance certificate” when it expanded a stockpile area near the shoreline of Barangay Lipata in San Roque town last year.

“We have received photographs of the bay turning reddish-brown after every heavy rain. The fishermen there can no longer feed their families,” Villaruel told reporters in a briefing at the Senate.

“If the company is following the law, then it has nothing to fear from a hearing. But if it is not, we need to know who in the regional office allowed this to happen,” he added.

SPNC, which holds a 25-year mineral production sharing agreement covering some 4,300 hectares in the province, said it “strictly adheres to all environmental laws and regulations” and that its silt ponds had been inspected by regional mines officials as recently as March.

“We welcome any inquiry, as we are confident that it will show our operations are fully compliant,” the company said in a statement. It attributed the discoloration of the water to “unusually heavy rainfall” in the first half of the year.

Residents, however, said the problem began long before the rainy season.

Lipata fisherman Rodel Ampong, 46, said his nightly catch had dropped from about 20 kilos to fewer than three since the stockpile area was expanded.

“Before, we only had to go out one kilometer. Now we go out five, six kilometers and still come home with nothing,” Ampong said in Filipino.

Barangay captain Lourdes Catipay said the village council had written to the provincial government twice since January but had yet to receive a reply.

“They told us to wait for the results of the water sampling. We have been waiting for seven months,” she said.

Provincial environment and natural resources officer Danilo Paredes said the sampling results would be released “within the month,” but stressed that the provincial government had no power to suspend a mining permit issued by the national government.

The mine was opened in 2009 under then Governor Jose “Pepe” Alcaraz, whose family has remained a dominant political force in the province.

Sen. Cristina Abellera-Santos, who co-authored the resolution, said the Senate should also look into whether host communities were receiving their legally mandated share of mining royalties.

“Mining companies always say they bring development. Let us go there and see where that development is,” Abellera-Santos said.

The Senate resumes session on Aug. 4.""",
        [
            ("violated the terms of its", "Ramon Villaruel"),
            ("We have received photographs of", "Ramon Villaruel"),
            ("If the company is following", "Ramon Villaruel"),
            ("strictly adheres to all environmental", "Surigao Pacific Nickel Corp."),
            ("We welcome any inquiry, as", "Surigao Pacific Nickel Corp."),
            ("unusually heavy rainfall", "Surigao Pacific Nickel Corp."),
            ("Before, we only had to", "Rodel Ampong"),
            ("They told us to wait", "Lourdes Catipay"),
            ("within the month", "Danilo Paredes"),
            ("Mining companies always say they", "Cristina Abellera-Santos"),
        ],
    ),
    (
        """14 dead, 38,000 displaced as 'Lumen' pounds eastern seaboard

By Jaime R. Lacson

BALUARTE CITY, Philippines — At least 14 people were killed and more than 38,000 others fled their homes as Typhoon Lumen swept across the eastern seaboard over the weekend, triggering landslides and flash floods in at least four provinces, disaster officials said yesterday.

Eleven of the fatalities were recorded in the island province of Catalina, where Lumen made landfall before dawn on Saturday packing maximum sustained winds of 175 kilometers per hour, according to the regional disaster risk reduction and management council.

"Most of the victims were hit by falling trees or were swept away while trying to cross swollen rivers," said Arnel Dimaculangan, director of the regional disaster office. "We had warned them repeatedly to stay in the evacuation centers."

Dimaculangan said three people remained missing in the coastal town of Baras Viejo, where rescuers were slowed by fallen trees and debris blocking the town's only national road.

A police officer in Baras Viejo, who asked not to be named because he was not authorized to speak to the media, said two of the missing were fishermen who had gone out on Friday night to secure their boats.

"Their families are still hoping, but the sea was very rough. We have found one of the boats, but it was empty," the officer said.

State weather forecaster Melody Tan-Abrenica said Lumen had weakened into a severe tropical storm after crossing the mountains of the central provinces and was expected to exit the country's area of responsibility by Tuesday.

"Even if it is moving away, it is enhancing the southwest monsoon, so we will continue to see heavy rains over the western sections of Luzon until midweek," Tan-Abrenica said in a briefing.

Baras Viejo Mayor Efren Lagdameo placed the town under a state of calamity on Sunday afternoon. In a post on the municipal government's Facebook page, he said about 70 percent of the houses in the town's coastal barangays were "partially or totally damaged."

Reached by phone, Lagdameo appealed for help from the national government and private donors.

"We need food packs, drinking water and tarpaulins. Our own stocks ran out yesterday, and the road to the capital is still closed," he said.

At Baras Viejo Central School, which has been turned into an evacuation center, 62-year-old Rosalinda Bautista said she and her three grandchildren fled when floodwater reached the windows of their house.

"We left with nothing but the clothes we were wearing. The roof was already flying off," she said in Bicolano.

The Catalina provincial government said in a statement that relief goods were being flown in by military aircraft, as sea travel remained suspended.

"Our priority for the next 72 hours is to reach the isolated barangays and to restore communications," the statement read.

Power remained out in the entire province as of last night, the local electric cooperative said, adding that full restoration could take up to two weeks.""",
        [
            ("Most of the victims were", "Arnel Dimaculangan"),
            ("We had warned them repeatedly", "Arnel Dimaculangan"),
            ("Their families are still hoping,", "police officer in Baras Viejo"),
            ("Even if it is moving", "Melody Tan-Abrenica"),
            ("partially or totally damaged", "Efren Lagdameo"),
            ("We need food packs, drinking", "Efren Lagdameo"),
            ("We left with nothing but", "Rosalinda Bautista"),
            ("Our priority for the next", "Catalina provincial government"),
        ],
    ),
    (
        """Sandiganbayan denies ex-governor's bid to junk P180-million graft case

MANILA, Philippines – The Sandiganbayan has denied the motion of former Nueva Alcantara governor Teodoro Magbanua to dismiss the graft charges filed against him over the allegedly anomalous purchase of P180 million worth of flood control equipment in 2017.

In a 15-page resolution promulgated on Monday, June 3, the Sandiganbayan Fourth Division said the prosecution had presented enough evidence to show that "the procurement was tailored to favor a single supplier" and that the case should proceed to trial.

Magbanua, who served two terms as governor until 2019, was charged with three counts of violating the Anti-Graft and Corrupt Practices Act along with four former members of the provincial bids and awards committee and the owner of supplier Tri-Star Heavy Equipment Trading.

Prosecutors alleged that the provincial government bought 12 amphibious excavators at nearly twice their market price, and that several of the units were never delivered.

"The mere fact that the accused signed the contract in his capacity as governor does not, by itself, establish conspiracy," the resolution said. "However, the documentary evidence on record, taken together, is sufficient to warrant a full-blown trial."

Magbanua's lawyer, Gregorio Pangilinan, said they would file a motion for reconsideration within the 15-day period allowed by the rules.

"We respect the decision of the court, but we maintain that our client relied in good faith on the recommendations of his subordinates. That is settled jurisprudence," Pangilinan said in a text message to reporters.

He cited what lawyers commonly call the "Arias doctrine," under which heads of offices may rely to a reasonable extent on the work of their subordinates.

Assistant Special Prosecutor Liza Marie Quiambao, who is handling the case for the Office of the Ombudsman, said the prosecution was "ready to present its witnesses at the earliest possible date."

Quiambao noted that two of the co-accused, both former members of the bids and awards committee, had earlier applied to be discharged as state witnesses.

"Their testimonies will establish who gave the instructions, and when," she said.

Magbanua, who ran unsuccessfully for a congressional seat in 2022, has denied any wrongdoing. In a Facebook post on Tuesday, he called the case "pure harassment by my political rivals" and said he would be vindicated.

"I have nothing to hide. I have served the people of Nueva Alcantara with honesty for six years," he wrote.

The case was filed in 2021 following a complaint by a local civic group, the Nueva Alcantara Citizens' Watch. Its convenor, Fr. Anselmo Dagohoy, welcomed the court's ruling.

"Seven years is a long time for the people to wait. We hope the trial will not take another seven," Dagohoy said.

Arraignment has been set for July 8.""",
        [
            ("the procurement was tailored to", "Sandiganbayan Fourth Division"),
            ("The mere fact that the", "Sandiganbayan Fourth Division"),
            ("However, the documentary evidence on", "Sandiganbayan Fourth Division"),
            ("We respect the decision of", "Gregorio Pangilinan"),
            ("ready to present its witnesses", "Liza Marie Quiambao"),
            ("Their testimonies will establish who", "Liza Marie Quiambao"),
            ("pure harassment by my political", "Teodoro Magbanua"),
            ("I have nothing to hide.", "Teodoro Magbanua"),
            ("Seven years is a long", "Anselmo Dagohoy"),
        ],
    ),
    (
        """House lawmakers split over plan to let mass organizations run mines

Nadia Prameswari
Jakarta

Lawmakers at the House of Representatives remain divided over a proposed revision to the Mining Law that would allow religious and community organizations to obtain mining concessions without going through a tender, with critics warning that the plan could open the door to political patronage.

Under the draft, which was submitted by the House commission overseeing energy and mineral resources, organizations deemed to have contributed to national development would be given priority in the allocation of coal and mineral mining areas.

Commission deputy chair Hendrik Sitompul of the Indonesian Unity Party (PPI) said the provision was meant to distribute the benefits of the country's natural resources more fairly.

"For decades, mining concessions have been enjoyed by a handful of large conglomerates. This revision is about justice for the people," Sitompul said during a hearing on Monday.

"Mass organizations have millions of members. They can manage these concessions professionally, in partnership with experienced contractors," he added.

But Agustina Rahmawati, a lawmaker from the opposition Prosperous Nation Party (PBS), said the proposal risked turning mining permits into political rewards ahead of the regional elections.

"Who decides which organization has contributed to national development? The minister? That is exactly the kind of discretion that breeds corruption," Agustina said.

She also questioned whether community organizations had the technical and financial capacity to meet their reclamation obligations.

"We already have thousands of abandoned mining pits in one province alone, many of them left behind by small operators. Children have drowned in them," she said, citing data from environmental groups.

Wahyu Setiabudi, the Energy and Mineral Resources Ministry's director general of minerals and coal, said the government would wait for the House deliberations to conclude before drafting implementing regulations.

Speaking to reporters after the hearing, Wahyu said the ministry would ensure that any organization granted a concession "meets the same environmental and technical standards as other permit holders."

The Indonesian Mining Watch Coalition (KPTI), an alliance of environmental and indigenous rights groups, called the draft "a giveaway dressed up as redistribution."

"The state should be tightening oversight of the more than 4,000 existing permits, not handing out new ones as political favors," the coalition said in a statement on Tuesday.

The House is scheduled to hold another round of hearings with legal experts and industry associations next week, with a plenary vote targeted before the end of the current sitting period in April.

An official at the House legislation body, who asked not to be named as he was not authorized to speak on the matter, said the timeline was "ambitious but achievable" given the support of most factions in the ruling coalition.""",
        [
            ("For decades, mining concessions have", "Hendrik Sitompul"),
            ("Mass organizations have millions of", "Hendrik Sitompul"),
            ("Who decides which organization has", "Agustina Rahmawati"),
            ("We already have thousands of", "Agustina Rahmawati"),
            ("meets the same environmental and", "Wahyu Setiabudi"),
            ("a giveaway dressed up as", "Indonesian Mining Watch Coalition"),
            ("The state should be tightening", "Indonesian Mining Watch Coalition"),
            ("ambitious but achievable", "official at the House legislation body"),
        ],
    ),
    (
        """Landslide Buries Houses in South Sulawesi Village, Nine Dead

Tana Kalora. At least nine people were killed and six others remain missing after a landslide buried a row of houses in a hillside village in South Sulawesi’s Tana Kalora district on Wednesday night, following two days of torrential rain, local authorities said on Thursday.

The landslide struck Buntu Lemo village at around 10:30 p.m. local time, when most residents were asleep, according to the Tana Kalora Disaster Mitigation Agency (BPBD).

“The soil came down from the slope above the village in a matter of seconds. Eleven houses were completely buried,” BPBD head Yohanis Pasolang told reporters at the scene.

He said rescuers, including soldiers, police officers and volunteers, were digging with shovels and bare hands because heavy equipment could not reach the site.

“The access road is cut in two places. We are hoping an excavator can get through by this afternoon if the rain stops,” Yohanis said.

A spokesman for the provincial search and rescue office said the operation would continue for seven days, in line with standard procedure, and could be extended if needed.

“Our main obstacle is the unstable ground. There is a risk of further landslides, so we have to pull the team back every time it rains,” the spokesman said.

Survivor Martinus Rante, 38, said he escaped with his wife and two children after hearing a loud rumbling sound.

“It sounded like a plane landing on the roof. I grabbed my children and ran. When I looked back, my neighbor’s house was gone,” Martinus said.

His neighbor’s family of five are among the missing.

A village official, who declined to be named, said several families had been advised to move last year after cracks appeared on the slope, but they “had nowhere else to go.”

Tana Kalora Regent Frans Palinggi said the administration had declared a 14-day emergency response period and set up three shelters for some 400 displaced residents.

“We ask residents living on steep slopes and along riverbanks to stay alert and evacuate immediately if they see cracks in the ground or hear unusual sounds,” Frans said.

Forecaster Dewi Kartika Sari of the national weather agency said more rain was expected across the province until the weekend, and had a blunt message for residents of landslide-prone areas: “Do not wait for official instructions if the situation looks dangerous. Leave first.”

Indonesia’s rainy season typically runs from November to March, and landslides are common in mountainous areas where forests have been cleared for farming and settlements.""",
        [
            ("The soil came down from", "Yohanis Pasolang"),
            ("The access road is cut", "Yohanis Pasolang"),
            ("Our main obstacle is the", "spokesman"),
            ("It sounded like a plane", "Martinus Rante"),
            ("had nowhere else to go.", "village official"),
            ("We ask residents living on", "Frans Palinggi"),
            ("Do not wait for official", "Dewi Kartika Sari"),
        ],
    ),
    (
        """Court upholds five-year wait for ex-graft convicts seeking legislative seats

Ardi Kusuma
Jakarta

The Constitutional Court on Thursday rejected a petition challenging a provision in the General Elections Law that requires former corruption convicts to wait five years after completing their sentences before running for regional legislative councils, in a ruling hailed by antigraft activists.

"[The court] rejects the petitioner's request in its entirety," Chief Justice Hendra Wirawan said as he read out the verdict at the courthouse in Central Jakarta.

The petition was filed by Yusuf Mahendra, a former member of the Banyuasri Regency Legislative Council who was convicted in 2018 of accepting bribes related to budget approvals. He argued that the waiting period violated his constitutional right to be elected.

In its legal considerations, the court said the waiting period was a legitimate restriction aimed at "giving voters the opportunity to assess whether a former convict has truly changed."

Justice Ratna Sekarwati, who read out part of the considerations, added: "Public office demands integrity. The law does not permanently strip anyone of their political rights; it merely asks them to prove themselves first."

Two of the nine justices dissented. In his dissenting opinion, Justice Made Suartika argued that the restriction placed an undue burden on voters' freedom to choose their own representatives.

"In a democracy, it is the people at the ballot box who should be the final judges of a candidate's integrity," he wrote.

Yusuf, who attended the hearing, declined to comment. His lawyer, Rizal Fahmi Harahap, said his client was disappointed but would respect the ruling, which is final and binding.

"Our client has served his sentence and paid his debt to society. Today's ruling means he is still being punished," Rizal said outside the courtroom.

Lestari Wulandari, a researcher at the Jakarta-based Clean Governance Institute (CGI), welcomed the decision, noting that dozens of former graft convicts had been nominated by political parties in the last regional elections.

"This ruling sends a clear message to political parties: stop recycling corrupt politicians," Lestari told reporters.

She said the institute would push the elections commission to display candidates' criminal records more prominently at polling stations, adding that parties should be "honest with voters" about whom they nominate.

The ruling comes as parties begin drawing up their candidate lists for the regional elections next year.""",
        [
            ("[The court] rejects the petitioner's", "Hendra Wirawan"),
            ("giving voters the opportunity to", "Constitutional Court"),
            ("Public office demands integrity. The", "Ratna Sekarwati"),
            ("In a democracy, it is", "Made Suartika"),
            ("Our client has served his", "Rizal Fahmi Harahap"),
            ("This ruling sends a clear", "Lestari Wulandari"),
            ("honest with voters", "Lestari Wulandari"),
        ],
    ),
    (
        """Senators grill officials over P2.3-B unspent calamity funds

By Veronica S. Dalisay

Senators on Wednesday, Sept. 18, grilled officials of the National Disaster Resilience Authority (NDRA) over some P2.3 billion in calamity funds that state auditors said had remained unspent more than a year after Typhoon Delfin devastated parts of Eastern Samar.

During the hearing of the Senate finance subcommittee, Sen. Joaquin Montelibano cited the auditors' report, titled "Consolidated Audit Report on the Utilization of Quick Response Funds," which flagged lengthy delays in the release and liquidation of funds for rehabilitation projects.

"Nasaan na ang pera? (Where is the money now?)" Montelibano asked.

"Families in Delfin-hit towns are still living in tents and bunkhouses. Children are still holding classes in makeshift classrooms. And yet the money intended for them is sitting in the bank," he said.

NDRA Deputy Administrator Celso Macaraeg explained that the bulk of the funds had already been downloaded to local government units (LGUs) but had yet to be liquidated.

"Your Honor, the funds have been obligated. The delay is in the procurement at the LGU level, which is beyond our direct control," Macaraeg said.

Montelibano was not convinced. "Beyond your control? You are the agency that approved the releases. You should be monitoring them," he shot back.

Also invited to the hearing, Mayor Felicidad Abrenilla of Sta. Rita, Eastern Samar, said her town received its share of the funds only in June this year.

"We cannot build classrooms with money that arrives a year late. By the time it arrives, the prices of materials have already gone up," Abrenilla said via videoconference.

She added that her municipal engineering office had only two engineers to handle more than 30 rehabilitation projects.

Sen. Aurora Dimaano-Lim, who chairs the subcommittee, said the problem was not only one of capacity but of accountability.

"We are entering the peak of the typhoon season. If we cannot spend last year's money properly, how can we expect our people to trust that we are ready for the next disaster?

"I am asking the NDRA to submit, within two weeks, a full accounting of every peso released to the local governments, project by project, with the status of each," she said.

Macaraeg committed to submit the report before the deadline.

An NDRA official who attended the hearing but was not asked to speak told reporters afterwards that the agency was "being made the scapegoat" for delays that originated in the local governments.

The subcommittee will resume its hearing on Oct. 2.""",
        [
            ("Nasaan na ang pera?", "Joaquin Montelibano"),
            ("Families in Delfin-hit towns are", "Joaquin Montelibano"),
            ("Your Honor, the funds have", "Celso Macaraeg"),
            ("Beyond your control? You are", "Joaquin Montelibano"),
            ("We cannot build classrooms with", "Felicidad Abrenilla"),
            ("We are entering the peak", "Aurora Dimaano-Lim"),
            ("I am asking the NDRA", "Aurora Dimaano-Lim"),
            ("being made the scapegoat", "NDRA official"),
        ],
    ),
    (
        """Smelter blast kills three workers at Central Sulawesi nickel park

Fikri Anwar
Palu

Three workers were killed and eight others injured in an explosion at a nickel smelter in Central Sulawesi’s Lalomba Industrial Park on Sunday, the second fatal accident at the facility this year, renewing calls for a thorough audit of safety standards at the country’s fast-growing nickel processing plants.

The blast occurred at around 6 a.m. local time as workers were repairing a furnace at a smelter operated by PT Sulawesi Prima Metal (SPM), a joint venture between local and Chinese investors, according to the Central Sulawesi Police.

“The preliminary finding is that the explosion was triggered by flammable material near the furnace during maintenance work. We are still questioning witnesses,” regional police spokesperson Sr. Comr. Darmawan Saputra said on Monday.

In a statement released on Sunday evening, SPM said it “deeply regrets” the incident and would cover the medical costs of all injured workers and provide compensation to the families of those killed.

“The company is cooperating fully with the authorities and has suspended operations at the affected furnace pending the investigation,” the statement said.

A worker at the smelter, who asked not to be named for fear of losing his job, said workers had complained for months about gas leaks at the furnace.

“We reported it to our supervisors many times. They said it was normal and told us to keep working,” he said.

He added that many of the workers assigned to maintenance were contract employees who had received “only one or two days” of safety training.

The Lalomba park, which hosts more than a dozen smelters and employs around 40,000 people, has been a flagship of the government’s downstreaming policy, which bans the export of raw nickel ore to encourage domestic processing.

Hartono Wijaya, director of occupational safety supervision at the Manpower Ministry, said a team had been sent to the site to examine the furnace and the company’s maintenance records.

“If we find negligence, we will not hesitate to recommend sanctions, including the revocation of the operating permit,” Hartono said.

The Sulawesi Industrial Workers Union (SPIS) said in a report published in March, titled “Fire and Dust: Working Conditions in Sulawesi’s Nickel Belt,” that at least 23 workers had died in accidents at nickel smelters in the province since 2021.

“Every time there is an accident, the companies promise an evaluation. Then six months later, it happens again,” union chairman Andi Baso Malik said. “The government must stop treating these deaths as the price of investment.”

Lawmaker Nurhayati Lamadjido, whose electoral district covers the industrial park, said she would ask the House commission overseeing labor affairs to summon SPM’s management, describing the accidents as “a pattern, not an exception.”

The bodies of the three victims were flown to their hometowns in South Sulawesi and East Java on Monday.""",
        [
            ("The preliminary finding is that", "Darmawan Saputra"),
            ("deeply regrets", "PT Sulawesi Prima Metal"),
            ("The company is cooperating fully", "PT Sulawesi Prima Metal"),
            ("We reported it to our", "worker at the smelter"),
            ("only one or two days", "worker at the smelter"),
            ("If we find negligence, we", "Hartono Wijaya"),
            ("Every time there is an", "Andi Baso Malik"),
            ("The government must stop treating", "Andi Baso Malik"),
            ("a pattern, not an exception.", "Nurhayati Lamadjido"),
        ],
    ),
]
