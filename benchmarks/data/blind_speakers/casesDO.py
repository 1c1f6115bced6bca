CASES = [
    (
        """Fadzai Chirombe, Court Reporter

A Chitungwiza land developer accused of selling 47 non-existent residential stands to home-seekers for more than US$180 000 yesterday appeared in court, where he was denied bail after the State argued that he was a flight risk.

Tonderai Makwiramiti (44) of Unit L, Seke, appeared before Harare magistrate Mrs Rumbidzai Chakanyuka charged with fraud.

He was remanded in custody to March 14.

In opposing bail, prosecutor Mr Lovemore Chigwedere told the court that the accused had "no fixed abode" and had crossed into Mozambique twice since the complaints were lodged.

"The State has a strong case against the accused. Investigations have revealed that he was issuing fake cession letters bearing a council stamp, and some of the complainants have been waiting for their stands since 2021," he said.

"If released, there is a real likelihood that he will interfere with witnesses, many of whom are his neighbours."

Makwiramiti's lawyer, Mr Nyasha Hwengwere of Hwengwere and Partners, argued that his client had a family in Harare and had surrendered his passport to the police.

"My client is not running away from anyone. He has been co-operating with the police from day one and he is the one who went to the police when he learnt that he was wanted," said Mr Hwengwere.

But the magistrate ruled that the interests of justice would be compromised if the accused was released.

"The court is not persuaded that the accused will stand trial," Mrs Chakanyuka said. "The offence is serious and the potential sentence is lengthy."

It is the State's case that between January 2021 and August last year, Makwiramiti, trading as Seke Ridge Properties, misrepresented to home-seekers that he had been allocated land by the Mhondoro-Chitsere Local Board.

He allegedly collected deposits of between US$2 500 and US$6 000 from each buyer and issued them with receipts and allocation letters.

The complainants only discovered the offence when they visited the site in September and found that the land had been reserved for a secondary school.

In a letter tendered in court as part of the State outline, the Mhondoro-Chitsere Local Board said it had "never at any time allocated land" to Seke Ridge Properties or to the accused person.

None of the money has been recovered.

One of the complainants, Mrs Memory Dzvairo, who paid US$4 000 for a stand in 2022, told reporters outside court that she had lost her life savings.

"I sold my cattle in Buhera to pay for that stand. Now I am told the land belongs to a school," she said.""",
        [
            ("no fixed abode", "Lovemore Chigwedere"),
            ("The State has a strong", "Lovemore Chigwedere"),
            ("If released, there is a", "Lovemore Chigwedere"),
            ("My client is not running", "Nyasha Hwengwere"),
            ("The court is not persuaded", "Rumbidzai Chakanyuka"),
            ("The offence is serious and", "Rumbidzai Chakanyuka"),
            ("never at any time allocated", "Mhondoro-Chitsere Local Board"),
            ("I sold my cattle in", "Memory Dzvairo"),
        ],
    ),
    (
        """By CHILUFYA MWEEMBA

CHINGOLA

RESIDENTS of Chingola’s Mwaiseni township have given Kasompe Ridge Copper Mines (KRCM) seven days to compensate families whose crops and boreholes were contaminated by an acid spill into the Mushishima Stream last week.

And the Environmental Protection Council of Zambia (EPCZ) has suspended operations at the mine’s leach plant pending investigations.

Speaking at a community meeting on Saturday, Mwaiseni Residents Development Committee chairperson Mr Kelvin Chabala said more than 300 households had been affected.

“We are not asking for charity. We are asking for what is ours because the mine poisoned our water and our maize, and the children are now sick,” Mr Chabala said.

He said the community would petition the Ministry of Mines and Minerals Development if the mine did not respond within the ultimatum, adding that residents were “tired of empty promises.”

Mr Chabala said KRCM had in 2022 promised to build a clinic in the area after a similar incident but nothing had materialised.

Another resident, Mrs Beatrice Nsama, said her family had been buying water from vendors at K5 per 20-litre container since the spill.

“We cannot afford it. My husband was retrenched last year,” she said.

In a statement yesterday, EPCZ director-general Mr Obed Kaluba said inspectors had confirmed elevated levels of sulphate and dissolved copper downstream of the plant.

“The Council has issued an enforcement order directing the company to cease all discharge from the pregnant leach solution pond with immediate effect,” Mr Kaluba said.

“The company will further be required to submit a remediation plan within 14 days and to meet the full cost of clean-up operations.”

But KRCM head of corporate affairs Ms Natasha Mukuka said the company had taken “full responsibility” for the incident and was already supplying water to affected households.

“We regret the inconvenience caused to the community. Our teams have been on the ground since Tuesday delivering clean water by bowser, and we are working closely with the regulator,” Ms Mukuka said in an interview.

She said an independent assessment would determine the compensation due to each household.

Meanwhile, Chingola Central Member of Parliament Mr Mutale Sichinsambwe has called on Government to review the mine’s licence.

“This is the second spill in three years. At what point do we say enough is enough?” he asked.

Mr Sichinsambwe said he would raise the matter in Parliament when the House resumes sitting next month.""",
        [
            ("We are not asking for", "Kelvin Chabala"),
            ("tired of empty promises", "Kelvin Chabala"),
            ("We cannot afford it", "Beatrice Nsama"),
            ("The Council has issued an", "Obed Kaluba"),
            ("The company will further be", "Obed Kaluba"),
            ("full responsibility", "Natasha Mukuka"),
            ("We regret the inconvenience caused", "Natasha Mukuka"),
            ("This is the second spill", "Mutale Sichinsambwe"),
        ],
    ),
    (
        """GABORONE: Patients at several clinics in the Kweneng and Southern districts are being turned away without medication as a shortage of essential drugs enters its fourth month, a parliamentary committee has heard.

Appearing before the Parliamentary Committee on Health and HIV/AIDS on Tuesday, the acting chief executive officer of the Botswana Medicines Supply Agency (BOMSA), Mr Onalenna Sebego, admitted that stock levels of some medicines had fallen below "critical thresholds".

He told the committee that delays in payments to suppliers and a dispute over the tender for the distribution contract had disrupted deliveries to health facilities.

"We are not going to hide behind excuses. There are facilities that have not received antihypertensives and diabetes medication since January, and that is unacceptable," Mr Sebego said.

He, however, assured the committee that three consignments were expected before the end of the month.

Committee chairperson, Mr Thatayaone Keabetswe, said the committee had received complaints from across the country.

"People are travelling 40 kilometres to a clinic, only to be told to come back next week. Some of them are elderly and cannot afford the bus fare twice," he said.

Mr Keabetswe questioned why the agency had not alerted the ministry earlier.

In response, Mr Sebego said BOMSA had written to the ministry in November warning of "possible stock-outs" of 37 items, but that the letter was not acted upon.

Meanwhile, a nurse at a clinic in Mogoditshane, who asked not to be named because she is not authorised to speak to the media, said staff had been forced to ration medication.

"We give patients one week's supply instead of a month so that everyone gets something. It is not ideal, but what else can we do?" she said.

She added that some patients had resorted to buying medication from private pharmacies at prices they could not afford.

In a statement issued on Monday, the Botswana Nurses and Allied Workers Union said its members were bearing the brunt of the shortage: "Our members face the anger of patients every day for a problem they did not create. We call on government to declare the shortage a national emergency."

The committee is expected to table its report before Parliament during the winter session.""",
        [
            ("critical thresholds", "Onalenna Sebego"),
            ("We are not going to", "Onalenna Sebego"),
            ("People are travelling 40 kilometres", "Thatayaone Keabetswe"),
            ("possible stock-outs", "Botswana Medicines Supply Agency"),
            ("We give patients one week's", "nurse at a clinic in Mogoditshane"),
            ("Our members face the anger", "Botswana Nurses and Allied Workers Union"),
        ],
    ),
    (
        """Ndapewa Shikongo

WINDHOEK – Four regional coordinators of the United People’s Congress of Namibia (UPCN) have dragged the party’s leadership to the High Court, seeking to overturn the results of last month’s extraordinary congress.

In the founding affidavit filed on Monday, lead applicant Kaveri Tjiposa, the party’s Omaheke coordinator, claims the congress at Otjiwarongo was “irregularly constituted” because delegates from three regions were barred from voting.

He states that he and 41 other delegates were turned away at the venue after being told their accreditation had been cancelled.

“At no stage were we informed of any reason for the cancellation of our accreditation. We were simply told by security personnel to leave the premises,” Tjiposa says in the affidavit.

The applicants want the court to declare the election of party president Josua Hamukwaya and the new central committee null and void, and to order a fresh congress within 90 days.

Contacted for comment yesterday, Hamukwaya said he had not yet been served with the court papers.

“I read about this on social media like everybody else. When the papers arrive, our lawyers will study them and respond accordingly,” he said.

He described the applicants as “sore losers” who had backed a losing candidate and were now trying to achieve in court what they had failed to achieve at the ballot.

“Nobody was chased away. There were people who came without credentials and they were assisted by the credentials committee,” Hamukwaya added.

Party secretary general Selma Amupolo also dismissed the claims, saying in a statement issued last night that the party “will vigorously defend” the case.

The UPCN, which holds two seats in the National Assembly, has been hit by infighting since its founder, the late Immanuel Nakale, stepped down in 2022.

Political analyst Petrus Hangula told The Namibian the court battle could cost the party dearly ahead of the regional council and local authority elections.

“Small parties survive on unity and a clear message. When they spend their energy in court, voters conclude that they are more interested in positions than in service,” Hangula said.

The matter is expected to be heard on 12 June.""",
        [
            ("irregularly constituted", "Kaveri Tjiposa"),
            ("At no stage were we", "Kaveri Tjiposa"),
            ("I read about this on", "Josua Hamukwaya"),
            ("sore losers", "Josua Hamukwaya"),
            ("Nobody was chased away", "Josua Hamukwaya"),
            ("will vigorously defend", "Selma Amupolo"),
            ("Small parties survive on unity", "Petrus Hangula"),
        ],
    ),
    (
        """By Chikondi Mphepo

Health authorities in Nsanje have recorded 14 cholera deaths in two weeks, prompting district officials to ban the sale of cooked food at markets and trading centres.

Nsanje District Health Office spokesperson Grace Kalulu said yesterday that 212 cases had been registered since the first case was confirmed at Makhanga on February 3.

"Most of the cases are coming from fishing communities along the Shire River where access to safe water is a challenge. We have deployed teams to chlorinate water points and to trace contacts," she said.

Kalulu said the district had opened two cholera treatment units but was running short of intravenous fluids.

District commissioner Lameck Thondolo said the council had met traditional leaders, including Traditional Authority Mbenje, on Tuesday.

"We have agreed with the chiefs that funerals of cholera victims should be conducted by health personnel and that there should be no feasting at such funerals," Thondolo said.

"Vendors who defy the ban on the sale of cooked food will have their merchandise confiscated."

Some traders, however, said the ban would hit them hard.

Eliza Mkandawire, who sells fried fish at Nsanje Boma market, said the authorities should instead supply vendors with chlorine and hand-washing facilities.

"This is our only source of income. If they close us, how will we pay school fees?" she asked.

Health rights campaigner Maxwell Kamwendo of the Malawi Health Equity Forum faulted government for what he called a "reactive approach" to cholera.

He said the country had experienced cholera outbreaks almost every rainy season for a decade.

"Every year we wait for people to die before we act. The money spent on emergency response could have built boreholes in these communities a long time ago," Kamwendo said.

In its latest situation report, the National Epidemic Response Unit warned that the outbreak was "likely to spread" to neighbouring Chikwawa District due to movement of people to markets and funerals.

The report puts the national case fatality rate at 3.1 percent, well above the one percent threshold considered acceptable.""",
        [
            ("Most of the cases are", "Grace Kalulu"),
            ("We have agreed with the", "Lameck Thondolo"),
            ("Vendors who defy the ban", "Lameck Thondolo"),
            ("This is our only source", "Eliza Mkandawire"),
            ("reactive approach", "Maxwell Kamwendo"),
            ("Every year we wait for", "Maxwell Kamwendo"),
            ("likely to spread", "National Epidemic Response Unit"),
        ],
    ),
    (
        """BY RUTENDO MAKAMURE

LEGISLATORS yesterday grilled officials from the State-owned Zimbabwe Precious Minerals Trading Corporation (ZPMTC) over US$37 million worth of gold deliveries which allegedly cannot be accounted for.

Appearing before the Parliamentary Portfolio Committee on Mines and Mining Development, ZPMTC acting general manager Farai Nhamoinesu said the discrepancy arose from "reconciliation challenges" between the corporation's buying centres and its head office.

"We are not saying the gold is missing. What we are saying is that the records at some of our satellite buying centres were not captured in the central system in real time, and we are working with the auditors to close that gap," Nhamoinesu said.

But committee chairperson Tichaona Dzingirai dismissed the explanation.

"You cannot come here and tell us about reconciliation when an audit has been going on for eight months. Either the gold is there or it is not," he said.

The committee was responding to a special audit by Mazhindu Chartered Accountants, which was tabled in Parliament last month.

The report found that 41 buying centres had "no reliable records" of gold received from small-scale miners between 2021 and 2023.

Nhamoinesu told the committee that three buying centre managers had been sent on forced leave and the matter reported to the police.

Opposition legislator Chipo Marufu was not impressed.

"Three people on forced leave for US$37 million? That is a joke, Mr Chairman," Marufu said.

Small-scale miners who spoke to NewsDay outside Parliament said they had long complained about irregularities at the buying centres.

"Sometimes they weigh your gold and give you a receipt for less. If you complain, they tell you to go and sell elsewhere," said a miner from Shurugwi who requested anonymity for fear of victimisation.

The Zimbabwe Artisanal Miners Federation, in a letter to the committee dated March 2, demanded a forensic investigation of every buying centre.

"Our members have been robbed in broad daylight by the very institution that is supposed to protect them," the federation wrote.

Dzingirai said the committee would summon the corporation's board next week.""",
        [
            ("reconciliation challenges", "Farai Nhamoinesu"),
            ("We are not saying the", "Farai Nhamoinesu"),
            ("You cannot come here and", "Tichaona Dzingirai"),
            ("no reliable records", "Mazhindu Chartered Accountants"),
            ("Three people on forced leave", "Chipo Marufu"),
            ("Sometimes they weigh your gold", "miner from Shurugwi"),
            ("Our members have been robbed", "Zimbabwe Artisanal Miners Federation"),
        ],
    ),
    (
        """By LUYANDO HAMAKOKO

LUSAKA chief resident magistrate Ms Nchimunya Hamweemba has sentenced a former director of finance in a government ministry, Aaron Chanda Lungu, to five years imprisonment with hard labour for abuse of authority of office.

Lungu, 56, was found guilty of authorising payments of K4.2 million to a company in which his wife was a director, for the supply of road signage which was never delivered.

Delivering judgment yesterday, Ms Hamweemba said the State had proved its case beyond reasonable doubt.

“The convict was fully aware of his wife’s interest in Chilimba Signs Limited, yet he did not declare that interest and went ahead to approve the payments. This is the very mischief which the law seeks to cure,” she said.

Ms Hamweemba said the convict had shown “no remorse whatsoever” during trial and that a custodial sentence was necessary to deter other public officers.

In mitigation, defence lawyer Mr Mweemba Siachitema of Siachitema and Company asked the court to be lenient, saying his client was a first offender and the sole breadwinner for a family of eight.

“My Lady, the convict suffers from hypertension and diabetes. He has served the public service for over 30 years without blemish and we pray that the court exercises its discretion in his favour,” Mr Siachitema said.

But the magistrate said the offence was “prevalent and serious”.

During trial, a procurement officer, Ms Ruth Kapambwe, told the court that she was instructed to process the payments “without the usual supporting documents”.

“I was told by the director that the matter was urgent and that the documents would follow. They never followed,” Ms Kapambwe testified.

And the Integrity and Anti-Corruption Bureau (IACB) has welcomed the judgment, saying in a statement that it “sends a strong message to all public officers who abuse their positions”.

Mr Siachitema told journalists outside court that his client would appeal against both conviction and sentence.""",
        [
            ("The convict was fully aware", "Nchimunya Hamweemba"),
            ("no remorse whatsoever", "Nchimunya Hamweemba"),
            ("My Lady, the convict suffers", "Mweemba Siachitema"),
            ("prevalent and serious", "Nchimunya Hamweemba"),
            ("without the usual supporting documents", "Ruth Kapambwe"),
            ("I was told by the", "Ruth Kapambwe"),
            ("sends a strong message to", "Integrity and Anti-Corruption Bureau"),
        ],
    ),
    (
        """BOITUMELO SETLHARE
Staff Writer

GHANZI: More than 600 workers at Ngami Copper Mine face an uncertain future after the company announced plans to place the operation on care and maintenance, citing falling copper prices and rising power costs.

In a notice to employees dated April 4, seen by this publication, the mine's management said it had "exhausted all reasonable alternatives" to keep the mine running. The notice states that consultations with the workers' union will begin next week.

"Management regrets that this decision will affect a significant number of our employees and their families. The company is committed to engaging in good faith with all stakeholders," reads part of the notice.

Mineworkers and Energy Sector Union of Botswana (MESUB) branch chairperson, Mr Oratile Mosweu, said the union would demand that the company disclose its financial statements before any retrenchments were effected.

"We were told in December that the mine was doing well and workers were even promised a bonus. Now, four months later, they say there is no money. Something does not add up," Mr Mosweu said.

He added that most of the affected employees were from Ghanzi and surrounding villages, where there were few other employment opportunities.

"If this mine closes, Ghanzi township will become a ghost town," he warned.

Kgosi Letsholo Seitshiro of Ghanzi said the closure would also affect businesses in the township which depended on the mine workers' spending.

"I have called a kgotla meeting for Friday so that the community can hear from the company directly. Our people deserve answers," Kgosi Seitshiro said.

Meanwhile, the Minister of Minerals and Energy, Mr Kebonye Tlhalerwa, told Parliament on Tuesday that government had been engaging the company for several weeks.

"Government is exploring all options, including discussions with the power utility on tariff relief, to ensure that jobs are preserved," Mr Tlhalerwa said in response to a question from the Member of Parliament for Ghanzi North.

He said it would be "premature" to talk about job losses before the consultation process was completed.""",
        [
            ("exhausted all reasonable alternatives", "Ngami Copper Mine"),
            ("Management regrets that this decision", "Ngami Copper Mine"),
            ("We were told in December", "Oratile Mosweu"),
            ("If this mine closes, Ghanzi", "Oratile Mosweu"),
            ("I have called a kgotla", "Letsholo Seitshiro"),
            ("Government is exploring all options", "Kebonye Tlhalerwa"),
            ("premature", "Kebonye Tlhalerwa"),
        ],
    ),
]
