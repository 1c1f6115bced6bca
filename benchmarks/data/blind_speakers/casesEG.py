CASES = [
    (
        """EC: Bukit Seraya by-election on Nov 22

By RAHIMAH YUSOF

KUALA LUMPUR: The Election Commission (EC) has fixed Nov 22 as polling day for the Bukit Seraya state by-election, following the death of its assemblyman last month.

EC chairman Datuk Seri Kamaruddin Abdul Latif said nomination would take place on Nov 8, with early voting on Nov 18.

"A total of 38,412 voters are eligible to cast their ballots, comprising 37,905 ordinary voters, 461 early voters and 46 absentee voters," he told a press conference after a special meeting at the EC headquarters in Putrajaya yesterday.

He said the commission had allocated RM1.9mil for the by-election and that 612 election workers would be deployed.

"We urge all candidates and their supporters to abide by the law and avoid provocative statements, especially on race and religion, during the campaign period," he said.

Kamaruddin added that the EC would work closely with the police to monitor ceramah and ensure that campaign materials were removed within the stipulated time after polling.

The seat fell vacant after Datuk Hashim Mohd Noor, 67, died of a heart attack on Oct 9. He had won the seat in the last state election with a majority of 2,187 votes over his nearest rival.

Parti Amanah Bangsa Malaysia (PABM) secretary-general Datuk Zulkifli Ramli said the party would name its candidate next week.

"We have shortlisted three names, and the final decision will be made by the supreme council. Whoever it is, he or she must be someone the people of Bukit Seraya know and trust," he said when contacted.

Meanwhile, Gerakan Perpaduan Nasional (GPN) chairman Tan Sri Azmi Hamdan said the coalition would not take the contest lightly despite the seat being regarded as a stronghold of its rivals.

"The majority last time was not big. Two thousand votes can move in three weeks if we work hard on the ground," he said, adding that the coalition's election machinery had been on standby since early October.

Political analyst Dr Nur Azlina Hassan of Universiti Sains dan Teknologi Malaysia said turnout would be the key factor, as by-elections typically drew fewer voters than general elections.

"Many voters in Bukit Seraya work in the Klang Valley and Johor Baru. If they do not come home, the party with the stronger local machinery will have the advantage," she said.

She described the by-election as "a mid-term temperature check" on the state government, but cautioned against reading too much into the outcome of a single seat.

Bukit Seraya is a semi-urban constituency with a mixed electorate of 58% Malays, 29% Chinese, 11% Indians and 2% others.""",
        [
            ("A total of 38,412 voters", "Kamaruddin Abdul Latif"),
            ("We urge all candidates and", "Kamaruddin Abdul Latif"),
            ("We have shortlisted three names,", "Zulkifli Ramli"),
            ("The majority last time was", "Azmi Hamdan"),
            ("Many voters in Bukit Seraya", "Nur Azlina Hassan"),
            ("a mid-term temperature check", "Nur Azlina Hassan"),
        ],
    ),
    (
        """Opposition demands answers over flood aid delay; ministry says funds 'already channelled'

KUALA LUMPUR, Feb 14 — Opposition lawmakers today pressed the government to explain why thousands of flood victims on the east coast have yet to receive the RM1,000 Bantuan Wang Ihsan promised in December.

Kota Lembah MP Wan Faizal Wan Ismail said his office had received more than 1,200 complaints from residents who had registered at relief centres but were still waiting for payment.

"These are families who lost everything — their furniture, their motorcycles, their children's school books. Two months later, they are still queuing at the district office and being told to come back next week," he told reporters at the Parliament lobby.

"If the money is there, where is it? If it is not there, the minister should have the courage to say so."

Wan Faizal said he would file an emergency motion under Standing Order 18(1) to debate the matter when the Dewan Rakyat sits tomorrow.

In a statement this afternoon, the Ministry of Rural and Regional Welfare said the funds had "already been channelled" to all affected state disaster management committees by January 20.

"Any delay at the ground level is due to the verification process, which is necessary to ensure that assistance reaches genuine victims and to prevent duplicate claims," the statement said.

The ministry added that 84 per cent of registered households had been paid as of yesterday and that the remainder would be settled "within the next two weeks".

Deputy minister Datuk Rosli Jaafar, when met at a separate event in Shah Alam, dismissed the opposition's claims as politically motivated.

"We are not hiding anything. The figures are public, and anyone can check with the district offices," he said.

He acknowledged, however, that some applicants had been left out because of incomplete documents, and said officers had been instructed to help them.

An official with the Kelantan state disaster management committee, who declined to be named as he was not authorised to speak to the media, said the state had received its allocation only in the last week of January.

"The disbursement started immediately after that. But you have to understand, we are dealing with more than 40,000 households," he said.

Residents in Kampung Tebing Tinggi, one of the worst-hit villages, told Malay Mail they had heard little from officials since the floodwaters receded.

"They took our IC numbers at the relief centre and said we would get a text message. Nothing came," said Zaharah Mat Daud, 54, a rubber tapper.""",
        [
            ("already channelled", "Ministry of Rural and Regional Welfare"),
            ("These are families who lost", "Wan Faizal Wan Ismail"),
            ("If the money is there,", "Wan Faizal Wan Ismail"),
            ("already been channelled", "Ministry of Rural and Regional Welfare"),
            ("Any delay at the ground", "Ministry of Rural and Regional Welfare"),
            ("within the next two weeks", "Ministry of Rural and Regional Welfare"),
            ("We are not hiding anything.", "Rosli Jaafar"),
            ("The disbursement started immediately after", "official with the Kelantan state disaster management committee"),
            ("They took our IC numbers", "Zaharah Mat Daud"),
        ],
    ),
    (
        """Vote-buying allegations cloud Karangsari regent race

Arya Wicaksono
Semarang

Election supervisors in Karangsari regency, Central Java, are investigating reports that campaign teams distributed cash and cooking oil to voters in the days before Wednesday’s regent election, in what observers say has become a familiar feature of local polls.

The regency’s Elections Supervisory Agency (Bawaslu) said it had received 27 reports of alleged vote buying, 11 of which were supported by video or photographic evidence.

“We are processing every report. Where the evidence is sufficient, we will forward the cases to the Integrated Law Enforcement Center [Gakkumdu],” Karangsari Bawaslu head Siti Rahmawati told reporters on Thursday.

She declined to say which of the three candidate pairs were implicated, saying only that the reports involved “more than one team”.

Unofficial quick counts by two pollsters put incumbent regent Bambang Setyo Nugroho and his running mate ahead with about 46 percent of the vote, followed by businessman Hendra Gunawan Salim with 38 percent.

Hendra’s campaign team has refused to concede. Its chairman, Yusuf Maulana, said the team had collected testimony from voters in four districts who claimed they had been offered Rp 100,000 (US$6.40) each to vote for the incumbent.

“This is not about losing or winning. This is about whether the people of Karangsari were allowed to choose freely,” Yusuf said. “We will take this to the Constitutional Court if we have to.”

Bambang, who is backed by a coalition of five parties led by the Indonesian Unity Party (PPI), dismissed the accusations.

“People are free to report anything. We ran a clean campaign, and the result reflects what residents feel about the past five years,” he said at his residence on Thursday evening, where supporters had gathered for a thanksgiving prayer.

According to Teguh Prasetyo, a researcher at the Jakarta-based Center for Democracy and Electoral Studies (Pusdek), vote buying in regional elections tends to spike when races are close and candidates depend on local brokers to deliver votes.

“The candidates rarely hand out money themselves. It goes through village-level networks, which makes it very hard for Bawaslu to trace it back to the campaign,” he said.

Teguh said the fines and sentences handed down in past cases had done little to deter the practice, and called for stronger sanctions, including the disqualification of candidates found to have benefited.

The regional General Elections Commission (KPUD) is scheduled to announce the official result on Dec. 9 following a tiered recapitulation at the district and regency levels.

A KPUD commissioner, who asked not to be named, said the recapitulation was proceeding “as normal” and that no formal objections had been lodged so far.""",
        [
            ("We are processing every report.", "Siti Rahmawati"),
            ("more than one team", "Siti Rahmawati"),
            ("This is not about losing", "Yusuf Maulana"),
            ("We will take this to", "Yusuf Maulana"),
            ("People are free to report", "Bambang Setyo Nugroho"),
            ("The candidates rarely hand out", "Teguh Prasetyo"),
            ("as normal", "KPUD commissioner"),
        ],
    ),
    (
        """House factions split over plan to let regional councils elect governors

Jakarta. A proposal to scrap direct elections for governors and hand the choice back to provincial legislatures has divided factions in the House of Representatives, with lawmakers trading barbs during a hearing of House Commission II on Monday.

The proposal, included in a draft revision of the Regional Elections Law, is backed by the ruling coalition's largest faction, the National Development Party (PPN), which argues that direct elections have become too costly and breed corruption.

"Every five years we spend trillions of rupiah on regional elections, and what do we get? Regional heads who are busy paying back their campaign sponsors," said Agus Santoso Wibowo, a PPN lawmaker who sits on the commission.

Opponents say the change would strip voters of a right won after the fall of the New Order regime.

Rina Marlina Siregar of the opposition People's Conscience Front (FHR) put it bluntly: "This is a step backward. The people fought for direct elections in 2005, and now the elites want to take it back because it is inconvenient for them."

Home Affairs Minister Darmawan Effendi told the hearing that the government had not yet taken a final position on the issue.

"We are open to all options. The government will listen to the House and to the public before deciding," Darmawan said.

He noted, however, that a ministry review had found that candidates for governor spent an average of Rp 60 billion ($3.8 million) on their campaigns, a figure he called "unsustainable and unhealthy for our democracy."

Civil society groups have also weighed in. According to a statement issued by the Indonesian Electoral Watch Network, a coalition of 23 nongovernmental organizations, returning the vote to legislatures would only shift vote buying to a smaller circle.

"Indirect elections will not end money politics. They will only move the transactions from millions of voters to a few dozen legislators behind closed doors," the statement said.

A survey released last month by pollster Indikator Publik Nusantara found that 71 percent of respondents wanted to keep direct regional elections, while 18 percent supported a return to selection by legislatures.

A senior official at the House's Legislation Body (Baleg), who spoke on condition of anonymity because he was not authorized to comment, said the bill was unlikely to be passed before the current sitting period ends in July.

"There is no consensus yet, not even within the coalition. The leadership does not want to force it," the official said.

Agus told reporters after the hearing that his faction would keep lobbying other parties.

"We are not in a hurry. But we believe that when people understand the costs, they will support it," he said.""",
        [
            ("Every five years we spend", "Agus Santoso Wibowo"),
            ("This is a step backward.", "Rina Marlina Siregar"),
            ("We are open to all", "Darmawan Effendi"),
            ("unsustainable and unhealthy for our", "Darmawan Effendi"),
            ("Indirect elections will not end", "Indonesian Electoral Watch Network"),
            ("There is no consensus yet,", "senior official at the House's Legislation Body"),
            ("We are not in a hurry.", "Agus Santoso Wibowo"),
        ],
    ),
    (
        """Senator seeks probe of 'ghost' voters in Pangasinan town

MANILA, Philippines — A senator on Tuesday filed a resolution seeking an inquiry into reports that more than 9,000 "ghost" voters were included in the voters' list of a single town in Pangasinan ahead of the May midterm elections.

In Senate Resolution No. 412, Sen. Renato Villaflor said the number of registered voters in San Rafael del Norte had jumped by 31 percent in two years, far outpacing the town's population growth.

"The numbers simply do not add up. Either there was a sudden migration to San Rafael del Norte that nobody noticed, or somebody is padding the list," Villaflor told reporters.

He said his office had received affidavits from barangay officials who claimed that some of the new registrants gave the addresses of vacant lots and abandoned houses.

"We owe it to the voters of Pangasinan, and to the entire country, to make sure that the list is clean before a single ballot is cast," he added.

The Commission on Elections (Comelec), in a statement, said it had already ordered its provincial office to conduct a house-to-house verification of the town's list.

"The Commission takes these reports seriously. Any registration found to be fictitious or fraudulent will be deactivated, and those responsible will be referred for prosecution under the Omnibus Election Code," the poll body said.

Comelec spokesperson Jerome Lagman said the verification would be completed by the end of February, before the printing of official ballots.

Lagman said initial checks had found "some irregularities" in three barangays but added it was too early to say how many names would be struck off.

San Rafael del Norte Mayor Rodolfo "Boy" Manalang denied that his administration had anything to do with the increase.

"We welcome the investigation. We have nothing to hide," Manalang said in Filipino in a phone interview. He attributed the rise to new subdivisions built near the town's industrial zone.

Manalang, who is seeking a third term, is being challenged by Vice Mayor Cristina Datu-Ocampo, who has accused the mayor's camp of "importing voters" from neighboring towns.

Election watchdog Citizens for Honest and Accountable Polls (CHAP) said the case highlighted weaknesses in the registration system.

"Padding of voters' lists is an old trick, and it will keep happening as long as verification depends on local officials who themselves have a stake in the outcome," CHAP national coordinator Teresita Velasco-Ang said.

The group urged the Comelec to publish the results of its verification and to make the updated list available for public inspection at least 30 days before election day.""",
        [
            ("The numbers simply do not", "Renato Villaflor"),
            ("We owe it to the", "Renato Villaflor"),
            ("The Commission takes these reports", "Commission on Elections"),
            ("some irregularities", "Jerome Lagman"),
            ("We welcome the investigation.", "Rodolfo Manalang"),
            ("importing voters", "Cristina Datu-Ocampo"),
            ("Padding of voters' lists is", "Teresita Velasco-Ang"),
        ],
    ),
    (
        """Mayoral bet hurt in ambush; Comelec mulls taking over Masbate town

By Jaime L. Sarmiento

MASBATE CITY — A mayoral candidate was wounded and his driver killed when gunmen opened fire on their vehicle in Esperanza del Rio town on Sunday night, prompting the Commission on Elections to consider placing the municipality under its direct control.

Police said Eduardo Bañares, 52, a former vice mayor running under the Partido Bagong Bicol, was on his way home from a campaign sortie in Barangay Tagbon when two men on a motorcycle fired at his pickup truck at around 8:40 p.m.

His driver, Arnel Casipit, 34, died on the spot. Bañares sustained gunshot wounds to the shoulder and was brought to a hospital here, where he was reported in stable condition.

According to a report from the Masbate Provincial Police Office, investigators recovered 14 empty shells from a .45-caliber pistol and an M16 rifle at the scene.

Provincial police director Col. Ramon Esguerra said a special investigation task group had been formed to handle the case.

"We are not discounting any angle, but given the timing, politics is one of the motives we are looking at," Esguerra said in a press briefing on Monday.

He said checkpoints had been set up at all exits of the town and that additional police and Army personnel would be deployed until after the elections.

In a statement issued from the hospital, Bañares thanked his supporters and vowed to continue his campaign.

"They want to scare us into silence, but I will not back out. The people of Esperanza del Rio deserve a choice," the statement read.

Comelec Chairman Alfonso Recto Dizon told reporters in Manila that the commission en banc would decide this week whether to place the town under Comelec control, which would allow the poll body to take over supervision of local police and direct deployments.

"If the local situation shows that our personnel and the voters are in danger, we will not hesitate," Dizon said.

He added that the town had already been classified under the "red" category, reserved for areas with serious armed threats and a history of election-related violence.

Incumbent Mayor Lorna Villareal-Tan, Bañares's rival, condemned the attack and denied any involvement.

"I grieve with the family of the driver and pray for the quick recovery of Mr. Bañares. To link my name to this crime is irresponsible and unfair," she said in a Facebook post.

A resident of Barangay Tagbon who asked not to be named said villagers had grown fearful of going out after dark.

"Since the campaign started, there have been motorcycles going around at night with no plates. We just stay inside," the resident said.

The ambush was the fifth election-related shooting in the Bicol region since the start of the campaign period, according to police data.""",
        [
            ("We are not discounting any", "Ramon Esguerra"),
            ("They want to scare us", "Eduardo Bañares"),
            ("If the local situation shows", "Alfonso Recto Dizon"),
            ("I grieve with the family", "Lorna Villareal-Tan"),
            ("Since the campaign started, there", "resident of Barangay Tagbon"),
        ],
    ),
    (
        """EC moves to dissolve Kao Mai over B110m loan

The Election Commission (EC) has voted to ask the Constitutional Court to dissolve the opposition Kao Mai Party over a 110-million-baht loan from its leader, which the commission says violated the law on political party funding.

EC secretary-general Sawat Boonyarit said the decision was made by a majority of five to two at a meeting on Tuesday.

"The commission found that the loan was a form of donation exceeding the legal limit of 10 million baht per person per year, and that the party had failed to show it was made on normal commercial terms," Mr Sawat told a press conference.

He said the case file would be submitted to the court within 15 days.

Kao Mai leader Pornthep Anantachai, who extended the loan to the party ahead of the last general election, said the party would fight the case.

"We did everything openly. The loan was declared to the EC, there is a written contract and interest has been paid," Mr Pornthep said.

"If lending money to your own party is a crime, then every party in Thailand should be worried."

The party's secretary-general, Nattaya Chuenchom, wrote on Facebook that the decision was "politically motivated" and aimed at weakening the opposition ahead of next year's provincial elections.

If the party is dissolved, its executive board members could face a 10-year ban from politics. Kao Mai currently holds 41 seats in the House of Representatives, and its MPs would have 60 days to join a new party to keep their seats.

Deputy Prime Minister Somchai Wongsakul, when asked about the case, said the government had no role in the EC's decision.

"The EC is an independent organisation. The government cannot and does not interfere," he said at Government House.

A source at the EC, who requested anonymity, said two commissioners had argued that the matter should be treated as an administrative violation warranting a fine rather than dissolution.

Thanet Kwanmuang, a political scientist at Thammawitthaya University, said the case echoed earlier party dissolutions that had "done nothing to strengthen Thai democracy".

"Dissolving parties does not make voters disappear. Supporters simply move to a new party under a new name, and the cycle repeats," he said.""",
        [
            ("The commission found that the", "Sawat Boonyarit"),
            ("We did everything openly.", "Pornthep Anantachai"),
            ("If lending money to your", "Pornthep Anantachai"),
            ("politically motivated", "Nattaya Chuenchom"),
            ("The EC is an independent", "Somchai Wongsakul"),
            ("done nothing to strengthen Thai", "Thanet Kwanmuang"),
            ("Dissolving parties does not make", "Thanet Kwanmuang"),
        ],
    ),
    (
        """‘Big houses’ square off in Udon Thani PAO race as turnout fears grow

Two of Udon Thani’s most powerful political families will face off in Sunday’s election for president of the Provincial Administrative Organisation (PAO), in a contest seen as a test of the ruling Ruam Thai Party’s grip on the Northeast.

Former three-term PAO president Winai Saengthong, 63, is seeking a comeback under the Ruam Thai banner after a four-year break, while his rival, Kittipong Chaiyaphruek, 45, a former MP whose father and uncle both served in the House, is running as an independent with the backing of local business groups.

Speaking to supporters at a rally in Muang district on Thursday, Winai said he had returned because “the province has lost direction” during the past term.

“When I was president, we built roads into every tambon. Today people ask me why the budget is there but the work is not done,” he said.

Kittipong dismissed his opponent’s record as “yesterday’s politics”.

“Voters in Udon Thani are not the same as 20 years ago. They want transparency, they want to see where the money goes, and they are tired of the same names,” he told reporters at his campaign office.

The Election Commission’s provincial office said 1.24 million people were eligible to vote, and expressed concern that turnout could fall below 60 per cent because many residents work in Bangkok and the Eastern Seaboard.

“We have asked employers to allow workers to return home to vote, but we cannot force them,” said Surachai Thongdee, director of the provincial election office.

According to a survey by the Isan Public Opinion Research Centre at Srikhun University, 38 per cent of respondents favoured Winai and 35 per cent Kittipong, with 27 per cent undecided.

“The race is within the margin of error. The undecided group, especially first-time voters, will determine the outcome,” the centre said in a statement released on Friday.

A Ruam Thai executive, who asked not to be named, said the party had sent several Cabinet ministers to campaign for Winai in the final week.

“We cannot afford to lose Udon. If we lose here, people will say the party is finished in Isan,” the executive said.

Provincial police said about 1,800 officers would be deployed at polling stations across the province’s 20 districts on election day.""",
        [
            ("the province has lost direction", "Winai Saengthong"),
            ("When I was president, we", "Winai Saengthong"),
            ("yesterday’s politics", "Kittipong Chaiyaphruek"),
            ("Voters in Udon Thani are", "Kittipong Chaiyaphruek"),
            ("We have asked employers to", "Surachai Thongdee"),
            ("The race is within the", "Isan Public Opinion Research Centre"),
            ("We cannot afford to lose", "Ruam Thai executive"),
        ],
    ),
]
