CASES = [
    (
        """EC begins voter register audit in Ashanti ahead of December polls

By Kwabena Owusu-Ansah, Kumasi

The Electoral Commission (EC) has begun a two-week audit of the provisional voters' register in 14 constituencies in the Ashanti Region, following complaints by two political parties that thousands of names had been omitted.

The Regional Director of the EC, Mrs Abena Serwaa Mensah, told the Daily Graphic in Kumasi on Tuesday that the exercise was "routine but necessary" and would be completed before the exhibition period ends on September 12.

"We have received the petitions from the parties and we are taking them seriously. Every eligible Ghanaian whose name is missing will be restored once they present their voter ID card," she said.

Mrs Mensah explained that the commission had deployed 42 officers to the affected district offices and that party agents would be allowed to observe the audit.

The Ashanti Regional Secretary of the opposition Progressive Alliance Party (PAP), Mr Yaw Darko-Boateng, had last week accused the commission of "deliberately trimming" the register in opposition strongholds such as Offinso Dwumah and Ejisu Abankro.

Speaking at a press conference at the party's regional office at Adum, he claimed that at least 11,000 names were missing from the provisional register in the Offinso Dwumah constituency alone.

"This is not an accident. When you look at the pattern, it is always our areas that are affected. We will not sit down unconcerned while our people are disenfranchised," Mr Darko-Boateng said.

He added that the party would "pursue every legal avenue" if the missing names were not restored before the exhibition period closed.

The governing National Unity Congress (NUC) has dismissed the allegation. Its Regional Communications Director, Mr Isaac Kwarteng Asiedu, said the PAP was "preparing the grounds for rejecting the results" of an election it knew it would lose.

"The register is the same register for all of us. Our own supporters have also reported omissions, but we did not run to the press; we went to the EC with the evidence," he told journalists.

A civil society group, the Coalition for Credible Elections (CCE), has urged both parties to tone down their rhetoric. In a statement issued in Accra on Monday, the coalition said the audit "offers an opportunity to rebuild trust" in the electoral process.

"We call on all stakeholders to allow the Commission to do its work without intimidation and to channel their grievances through the Inter-Party Advisory Committee," the statement said.

Mrs Mensah said the commission would publish the findings of the audit at a stakeholders' meeting in Kumasi next week, and that any officer found to have acted improperly would be sanctioned.""",
        [
            ("routine but necessary", "Abena Serwaa Mensah"),
            ("We have received the petitions", "Abena Serwaa Mensah"),
            ("deliberately trimming", "Yaw Darko-Boateng"),
            ("This is not an accident.", "Yaw Darko-Boateng"),
            ("pursue every legal avenue", "Yaw Darko-Boateng"),
            ("preparing the grounds for rejecting", "Isaac Kwarteng Asiedu"),
            ("The register is the same", "Isaac Kwarteng Asiedu"),
            ("offers an opportunity to rebuild", "Coalition for Credible Elections"),
            ("We call on all stakeholders", "Coalition for Credible Elections"),
        ],
    ),
    (
        """Orisun guber primary: Losing aspirants reject Ajiboye's victory, threaten court action

Gbenga Olaniyan, Idoko

Two governorship aspirants of the People's Redemption Congress in Orisun State have rejected the outcome of the party's primary held on Saturday, which produced a former Commissioner for Finance, Mr Folorunsho Ajiboye, as the party's candidate for the November election.

Ajiboye polled 1,204 votes to defeat his closest rival, Senator Bamidele Okunola, who scored 611 votes, while a former Speaker of the state House of Assembly, Mrs Adunni Fashola-Bello, got 298 votes.

But Okunola, in a statement on Sunday, described the exercise as "a charade conducted in the dark."

"Delegates were openly induced with cash in the full glare of security agents. What happened at the Idoko Township Stadium was not a primary; it was an auction," he said.

Okunola said he had petitioned the party's national leadership and would approach the court if the result was not cancelled within seven days.

He said, "I have been in this party since its formation. I will not allow a few people to hijack it for their personal interest. We have video evidence, and we will present it at the appropriate time."

Fashola-Bello, who spoke with our correspondent on the telephone, also alleged that the delegates' list used for the exercise had been "doctored in the middle of the night."

According to her, no fewer than 140 ad hoc delegates elected at the ward congresses were replaced with "strangers nobody had ever seen in the party."

But the Director-General of the Ajiboye Campaign Organisation, Alhaji Musa Danladi, dismissed the allegations as "the usual cry of bad losers."

Danladi said, "The primary was monitored by officials of the electoral commission and the security agencies. Nobody complained until the results were announced. Our candidate won because he worked for it."

The state chairman of the party, Chief Oluwole Adegbite, appealed to the aggrieved aspirants to sheathe their swords in the interest of the party.

"The party is bigger than any individual. The doors of reconciliation are open, and I have already set up a committee headed by a former deputy governor to meet with all the aspirants," Adegbite told journalists at the party secretariat on Monday.

A party chieftain in Idoko South Local Government Area, who spoke on condition of anonymity because he was not authorised to speak on the matter, told our correspondent that the crisis could cost the party the election.

"If the national leadership does not handle this carefully, we are finished in the central senatorial district. Okunola's people control the structures there," the chieftain said.""",
        [
            ("a charade conducted in the", "Bamidele Okunola"),
            ("Delegates were openly induced with", "Bamidele Okunola"),
            ("I have been in this", "Bamidele Okunola"),
            ("doctored in the middle of", "Adunni Fashola-Bello"),
            ("strangers nobody had ever seen", "Adunni Fashola-Bello"),
            ("the usual cry of bad", "Musa Danladi"),
            ("The primary was monitored by", "Musa Danladi"),
            ("The party is bigger than", "Oluwole Adegbite"),
            ("If the national leadership does", "party chieftain in Idoko South Local Government Area"),
        ],
    ),
    (
        """Police confirm 14 arrests after clashes in Constituency 087 by-election

By Mohamed Sahr Kamara

Police in the Eastern Region have confirmed the arrest of 14 people following clashes between supporters of the ruling Sierra Leone Unity Party (SLUP) and the main opposition National Reform Movement (NRM) during Saturday’s by-election in Constituency 087.

The by-election was called after the death in March of the constituency’s Member of Parliament, Hon. Alpha Sesay-Conteh.

Speaking to Awoko on Sunday, the Regional Police Commander, AIG Francis Lamin Bockarie, said those arrested would be charged to court on Monday for “riotous conduct and malicious damage”.

“We will not allow anybody, no matter their political affiliation, to disturb the peace of this district. The law will take its course,” AIG Bockarie said.

According to him, two polling centres at Gbahama and Kpetema were temporarily closed after youths allegedly carrying cutlasses attempted to snatch ballot boxes. He said no lives were lost but that four people, including a police officer, were treated for injuries at the Gbahama government hospital.

The NRM candidate, Madam Isatu Koroma-Fofanah, accused the police of “looking the other way” while her supporters were attacked.

“My agents were chased out of three polling stations before voting even started. We reported it to the police at 7am and nobody came until after midday,” she told journalists at her residence.

She called on the Electoral Commission to cancel the results from the affected centres and order a rerun.

The SLUP’s Eastern Region Chairman, Mr Joseph Kanu Musa, described the allegation as “baseless and mischievous”, insisting that it was NRM supporters who started the violence.

“We have pictures of their people blocking the road at Kpetema with logs. Our supporters were only defending themselves,” he said.

The Electoral Commission, in a press release issued late Saturday, said voting had been “largely peaceful and orderly” in 41 of the 43 polling centres in the constituency.

“The Commission deeply regrets the incidents at Gbahama and Kpetema and has constituted a team to review reports from its staff on the ground,” the release stated.

The release added that provisional results would be announced at the district tally centre “as soon as the review is completed”.

Speaking on condition of anonymity, a senior official at the district council said tension had been building in the constituency for weeks.

“Everybody knew this would happen. Both parties brought in young men from outside the chiefdom and nobody did anything,” the official said.""",
        [
            ("riotous conduct and malicious", "Francis Lamin Bockarie"),
            ("We will not allow anybody", "Francis Lamin Bockarie"),
            ("looking the other way", "Isatu Koroma-Fofanah"),
            ("My agents were chased out", "Isatu Koroma-Fofanah"),
            ("baseless and mischievous", "Joseph Kanu Musa"),
            ("We have pictures of their", "Joseph Kanu Musa"),
            ("largely peaceful and orderly", "Electoral Commission"),
            ("The Commission deeply regrets the", "Electoral Commission"),
            ("as soon as the review", "Electoral Commission"),
            ("Everybody knew this would happen.", "senior official at the district council"),
        ],
    ),
    (
        """Liberia: Disqualified Senatorial Aspirant Vows to Take Fight to Supreme Court

Monrovia – A former deputy minister who was barred from contesting the Gbarnway County senatorial by-election says he will file a writ of prohibition before the Supreme Court, describing the decision by the National Elections Commission (NEC) as “politically motivated and legally flawed.”

The NEC Board of Commissioners on Thursday upheld a ruling by its hearing officer disqualifying Mr. Emmanuel Togba Kollie, the candidate of the Liberty Progressive Party (LPP), on grounds that he had violated the National Code of Conduct by failing to resign his post at the Ministry of Public Works two years before the election.

Speaking to FrontPage Africa shortly after the ruling, Kollie insisted that he had resigned in 2022 and had submitted his letter to the Office of the President.

“I have the receipt copy of my resignation letter stamped by the Executive Mansion. The Commission chose to ignore it. This is a clear attempt to clear the way for the ruling party’s candidate,” he said.

“We are going to the Supreme Court, and I believe justice will prevail,” Kollie added.

The case was brought by a voter, Madam Esther Gonkpala Wleh, who argued that Kollie remained on the ministry’s payroll until June of last year. Her lawyer, Cllr. Abraham Sumo Jallah, told reporters that the evidence against the former deputy minister was “overwhelming and unchallenged.”

“The payroll records obtained from the Civil Service Agency speak for themselves. The man received salary for fourteen months after he claims he resigned. The Code of Conduct is not a suggestion; it is the law,” Cllr. Jallah said.

In its ruling, the NEC said the appellant had failed to “rebut the documentary evidence presented by the complainant.”

“The Board finds no reason to disturb the ruling of the hearing officer. The appeal is therefore denied and the ruling affirmed,” the ruling stated.

The LPP’s national chairman, Mr. Prince Y. Tarpeh, said the party stands firmly behind its candidate and has instructed its lawyers to prepare the petition.

“Our partisans in Gbarnway must remain calm. We will follow the legal process to the end,” Tarpeh said in a statement.

Meanwhile, an official of the ruling Coalition for National Renewal (CNR), who asked not to be named because he was not authorized to speak for the party, welcomed the ruling, saying it showed that “nobody is above the law, not even former officials.”

The by-election, which was triggered by the death of Senator Harrison Zoegar Flomo in January, is scheduled for October 14. Five candidates remain on the ballot, and campaigning officially begins next week.""",
        [
            ("politically motivated and legally", "Emmanuel Togba Kollie"),
            ("I have the receipt copy", "Emmanuel Togba Kollie"),
            ("We are going to the", "Emmanuel Togba Kollie"),
            ("overwhelming and unchallenged.", "Abraham Sumo Jallah"),
            ("The payroll records obtained from", "Abraham Sumo Jallah"),
            ("rebut the documentary evidence presented", "National Elections Commission"),
            ("The Board finds no reason", "National Elections Commission"),
            ("Our partisans in Gbarnway must", "Prince Y. Tarpeh"),
            ("nobody is above the law", "official of the ruling Coalition for National Renewal"),
        ],
    ),
    (
        """Ex-NUC MP Agbeko defects to PAP: 'The Volta Region has been taken for granted'

The immediate past Member of Parliament for Kpedze-Avenui, Mr Selasi Kofi Agbeko, has resigned from the governing National Unity Congress (NUC) and joined the opposition Progressive Alliance Party (PAP).

Mr Agbeko, who lost the NUC parliamentary primaries in May, was unveiled at a rally at Kpedze on Saturday by the PAP flagbearer, Dr Elikem Dzifa Attipoe.

Addressing the crowd, Mr Agbeko said he took the decision after "months of prayer and consultation" with his family and constituents.

He said: "I served the NUC for twenty-two years. I was a polling station executive, a constituency secretary and a two-term MP. But the party I joined is not the party I am leaving today.

"The Volta Region has been taken for granted. Roads promised in 2020 have still not been built, and when we raise the matter internally, we are treated as troublemakers.

"I am not going to the PAP for a position. I am going there because I believe the people of Kpedze-Avenui deserve better."

Dr Attipoe welcomed him, describing his defection as "the beginning of a wave" in the region.

"Many more are coming. I have spoken to sitting MPs and district chief executives who are tired of being ignored," the PAP flagbearer claimed, without giving names.

Reacting to the development, the NUC's Volta Regional Chairman, Mr Godwin Ametewee, said the party was "not losing sleep" over Mr Agbeko's departure.

"He contested a primary, lost, and is now looking for another platform. That is his democratic right, but he should not insult the intelligence of the people of Volta by pretending it is about principle," Mr Ametewee told Citi News in a telephone interview.

He maintained that the government had completed 47 kilometres of roads in the constituency since 2021, adding that the remaining projects were "at various stages of completion."

Dr Kwame Adjei-Frimpong, a senior lecturer in political science at the Eastern Coast University, said defections by candidates who lose primaries were common in election years and rarely shifted votes.

"Voters in this country are more sophisticated than politicians think. A candidate's personal following matters at the constituency level, but it seldom changes the presidential vote," he said.

The PAP is yet to announce whether Mr Agbeko will be its parliamentary candidate for the constituency. The party's current candidate, Mrs Dela Kwawukume, was not available for comment.""",
        [
            ("The Volta Region has been", "Selasi Kofi Agbeko"),
            ("months of prayer and consultation", "Selasi Kofi Agbeko"),
            ("I served the NUC for", "Selasi Kofi Agbeko"),
            ("The Volta Region has been", "Selasi Kofi Agbeko"),
            ("I am not going to", "Selasi Kofi Agbeko"),
            ("the beginning of a wave", "Elikem Dzifa Attipoe"),
            ("Many more are coming.", "Elikem Dzifa Attipoe"),
            ("not losing sleep", "Godwin Ametewee"),
            ("He contested a primary, lost,", "Godwin Ametewee"),
            ("at various stages of completion.", "Godwin Ametewee"),
            ("Voters in this country are", "Kwame Adjei-Frimpong"),
        ],
    ),
    (
        """Observers fault vote buying, late arrival of materials in Oyemekun governorship poll

ABUJA — A coalition of election observers, the Citizens' Election Watch Network (CEWN), has said last Saturday's governorship election in Oyemekun State was marred by widespread vote buying and the late arrival of voting materials in at least five local government areas.

The group made the observation in its post-election report titled "Cash and the Ballot: Oyemekun 2025", presented to journalists in Abuja on Tuesday.

The report said its 1,450 accredited observers recorded incidents of vote buying in 38 per cent of the polling units they monitored, with party agents offering voters between N5,000 and N20,000.

"Vote trading has become normalised to the point where agents no longer bother to hide it. In some units, our observers saw voters showing their marked ballots to agents before receiving payment," the report stated.

The Chairperson of the network, Hajiya Zainab Lawal-Garba, told journalists that the electoral commission's results viewing portal worked better than in previous elections, but that logistics remained a weak point.

"In Irele-Odo and Akungba North, materials did not arrive until after 11am, and in some units voting continued late into the night. That is unacceptable twelve years after we began this reform journey," she said.

Lawal-Garba urged the National Assembly to pass the pending Electoral Offences Commission bill, saying prosecution of vote buyers remained "almost non-existent in practice."

Reacting, the state's Resident Electoral Commissioner, Prof. Olusegun Adekanmbi, admitted there were "isolated logistics challenges" but insisted that they did not affect the outcome.

"Out of 3,112 polling units, only 47 experienced delays of more than two hours. In all of them, voting was extended to make up for the lost time, in line with our regulations," Adekanmbi said in a statement on Tuesday evening.

The governor-elect, Mr Babatunde "BT" Olagunju of the People's Redemption Congress (PRC), polled 312,540 votes to defeat Mrs Modupe Akinsola-Ogun of the Nigeria Democratic Alliance (NDA), who scored 247,915.

Akinsola-Ogun has rejected the result. Her campaign spokesperson, Mr Kehinde Oyerinde, said on Monday that the party was "studying the documents" and would announce its next step after a meeting of its state caucus.

"We have evidence of over-voting in at least 200 polling units. We will not be intimidated into accepting a fraudulent outcome," Oyerinde said.

But the PRC's state publicity secretary, Mr Abdulrasaq Ayinde, described the NDA's claims as "the lamentation of a party that has lost touch with the people."

"The people of Oyemekun have spoken clearly. We urge our opponents to accept the verdict in the spirit of sportsmanship," Ayinde said.""",
        [
            ("Vote trading has become normalised", "Citizens' Election Watch Network"),
            ("In Irele-Odo and Akungba North,", "Zainab Lawal-Garba"),
            ("almost non-existent in practice.", "Zainab Lawal-Garba"),
            ("isolated logistics challenges", "Olusegun Adekanmbi"),
            ("Out of 3,112 polling units,", "Olusegun Adekanmbi"),
            ("studying the documents", "Kehinde Oyerinde"),
            ("We have evidence of over-voting", "Kehinde Oyerinde"),
            ("the lamentation of a party", "Abdulrasaq Ayinde"),
            ("The people of Oyemekun have", "Abdulrasaq Ayinde"),
        ],
    ),
    (
        """NRM convention postponed again as court grants injunction

Freetown, Sierra Leone

The National Reform Movement's (NRM) long-delayed national delegates' conference, scheduled to hold in Masanki this weekend, has been postponed for the third time after the High Court granted an interim injunction restraining the party from electing a new executive.

Justice Hawa Mansaray-Bangura granted the injunction on Wednesday following an application by four party members from the Northern Region, who argue that the list of delegates was compiled in breach of the party's constitution.

The applicants, led by a former district chairman, Mr Ibrahim Sorie Kargbo, claim that more than 300 names on the delegates' list belong to people who are not registered members of the party.

Speaking to reporters outside the Law Courts Building in Freetown, Mr Kargbo said the case was "not about any individual" but about "respect for the rules we all signed up to".

"We wrote to the National Executive three times. We went to the Political Parties Regulation Commission. Nobody listened to us. The court was our last resort," he said.

The party's National Secretary-General, Mr Abu Bakarr Jalloh, told this medium that the leadership would obey the order but would apply to have it discharged.

"The NRM is a law-abiding party. We will respect the court, but we are confident that when the matter is heard on its merits, the injunction will be vacated," Jalloh said.

He accused unnamed members of the party of "working hand in glove with the ruling party to destabilise the opposition" ahead of the 2028 elections.

The so-called "flagbearer question" has divided the party since its defeat in the last general elections. Supporters of the party's 2023 presidential candidate, Dr Fatmata Sesay-Koroma, want the conference to reopen nominations for the position, while the interim leadership insists the issue will be settled at a later date.

A member of the party's National Advisory Council, who did not want to be named, said the delay was hurting the party's chances.

"Every month we spend in court is a month we are not talking to voters. The SLUP is laughing at us," he said.

The Political Parties Regulation Commission (PPRC) said in a statement on Thursday that it was monitoring the situation and urged all factions to "exercise restraint and resolve their differences through dialogue and the courts".

The matter has been adjourned to October 3.""",
        [
            ("not about any individual", "Ibrahim Sorie Kargbo"),
            ("respect for the rules we", "Ibrahim Sorie Kargbo"),
            ("We wrote to the National", "Ibrahim Sorie Kargbo"),
            ("The NRM is a law-abiding", "Abu Bakarr Jalloh"),
            ("working hand in glove with", "Abu Bakarr Jalloh"),
            ("Every month we spend in", "member of the party's National Advisory Council"),
            ("exercise restraint and resolve their", "Political Parties Regulation Commission"),
        ],
    ),
    (
        """Results Transmission Delays: NEC Blames Network Outage

By Varney K. Sumo

The National Elections Commission (NEC) has attributed the delay in announcing provisional results from last Tuesday's legislative by-elections in two districts of Kpaiyea County to a network outage that affected its electronic results transmission system.

NEC Chairperson, Cllr. Miatta Gbokie-Dunbar, told a news conference in Monrovia on Friday that tally sheets from 112 polling places had to be delivered by hand to the magisterial office.

"We want to assure the public that the delay has nothing to do with the integrity of the results. Every tally sheet is accounted for and has been verified in the presence of party agents," she said.

Cllr. Gbokie-Dunbar explained that the commission's system relied on data services provided by Orbit Mobile Liberia, whose network in parts of the county went down for nearly 30 hours after a fire at one of its base stations.

"When the network failed, our presiding officers had to physically transport the sheets to the magisterial offices. Some of these communities are only accessible by motorbike during the rainy season.

"That is why it took longer than we anticipated, and we apologize to the candidates and voters for the anxiety this has caused," she said.

In a statement, Orbit Mobile Liberia confirmed the outage, saying the fire was caused by a power surge. "Our engineers worked around the clock to restore service, and full coverage was restored by Thursday morning," the company said.

The company said it "regrets any inconvenience caused to the National Elections Commission and our valued subscribers."

But opposition candidates are not convinced. The candidate of the Liberty Progressive Party in District 4, Mr. Jefferson B. Zarwolo, said the explanation "raises more questions than answers."

"Why is it that the delay happened only in the districts where the opposition was leading on election night? We had our own tally from our agents, and by Wednesday morning we were ahead by more than 1,200 votes," Zarwolo told the Daily Observer.

According to Zarwolo, his party has written to the NEC demanding a recount in 23 polling places.

The CNR candidate, Madam Comfort Yah Sackie, who was declared provisional winner by 640 votes on Saturday, urged her opponent to "go to the NEC with evidence, not to the radio stations."

An international observer with the West African Elections Monitoring Mission, who spoke to this paper on condition of anonymity because the mission has not yet released its final report, said the delays were "regrettable but not unusual in rural Liberia."

"What matters is whether the tally sheets match what the agents signed at the polling places. From what we have seen so far, they do," the observer said.""",
        [
            ("We want to assure the", "Miatta Gbokie-Dunbar"),
            ("When the network failed, our", "Miatta Gbokie-Dunbar"),
            ("That is why it took", "Miatta Gbokie-Dunbar"),
            ("Our engineers worked around the", "Orbit Mobile Liberia"),
            ("regrets any inconvenience caused to", "Orbit Mobile Liberia"),
            ("raises more questions than answers.", "Jefferson B. Zarwolo"),
            ("Why is it that the", "Jefferson B. Zarwolo"),
            ("go to the NEC with", "Comfort Yah Sackie"),
            ("regrettable but not unusual in", "international observer with the West African Elections Monitoring Mission"),
            ("What matters is whether the", "international observer with the West African Elections Monitoring Mission"),
        ],
    ),
]
