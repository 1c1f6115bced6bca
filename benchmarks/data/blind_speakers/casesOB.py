CASES = [
    (
        """HC orders CB-CID probe into custodial death at Sengottaiyur police station

Special Correspondent

MADURAI

The Madurai Bench of the Madras High Court on Tuesday transferred the investigation into the death of a 34-year-old daily wage labourer in police custody at Sengottaiyur in Tenkasi district to the Crime Branch-CID, observing that the local police could not be expected to probe "their own colleagues with the detachment the law demands."

Justice R. Thenmozhi Anbarasan passed the order on a petition filed by S. Valliammal, the mother of the deceased, M. Selvakumar, who died on March 14, a day after he was picked up for questioning in connection with a motorcycle theft.

"The post-mortem report records eleven external injuries, several of them on the soles of the feet. The explanation offered by the respondents, that the deceased fell in the bathroom, does not inspire the confidence of this court," the judge observed.

Appearing for the petitioner, senior counsel K. Muthuramalingam submitted that the family had been kept away from the body for nearly 20 hours and that CCTV footage from the station had "mysteriously gone missing" for the crucial period. He urged the court to hand the case over to the Central Bureau of Investigation.

The Additional Public Prosecutor, P. Gnanasekaran, told the court that the Sub-Inspector and two constables had already been placed under suspension and that a magisterial inquiry was under way. "The State has nothing to hide. Every document sought by the petitioner will be furnished," he said.

The judge, however, said a transfer to the CBI was not warranted at this stage, but directed the CB-CID to complete the probe within three months and file a status report. The court also ordered interim compensation of ₹5 lakh to the mother.

Speaking to reporters outside the court, Ms. Valliammal said she would continue her fight. "My son was not a thief. They took him from the house in front of me and brought him back in a white cloth," she said, breaking down.

Members of the Tenkasi District Human Rights Forum, who had been staging a sit-in near the Collectorate since last week, welcomed the order. Its convener, A. Joseph Arulraj, said the group would withdraw the protest but keep a watch on the investigation. "We have seen too many such probes run out of steam once the cameras leave," he said.

A senior police officer in Tirunelveli range, who did not wish to be named, said the department would cooperate fully. "No one is going to protect the personnel if the inquiry finds wrongdoing," the officer said.

The case has been posted for further hearing on June 18.""",
        [
            ("their own colleagues with", "R. Thenmozhi Anbarasan"),
            ("The post-mortem report records", "R. Thenmozhi Anbarasan"),
            ("mysteriously gone missing", "K. Muthuramalingam"),
            ("The State has nothing", "P. Gnanasekaran"),
            ("My son was not", "S. Valliammal"),
            ("We have seen too", "A. Joseph Arulraj"),
            ("No one is going", "senior police officer in Tirunelveli range"),
        ],
    ),
    (
        """Opposition walks out as Assembly clears contentious land Bill

DH News Service, Bengaluru

The Karnataka Legislative Assembly on Thursday passed the Karnataka Land Revenue (Second Amendment) Bill amid a walkout by Opposition members, who accused the government of "handing over farmland to real estate sharks" in the name of industrial growth.

Revenue Minister H.S. Shivalingegowda, who piloted the Bill, said the amendment would only simplify conversion of dry land near notified industrial corridors and would not touch irrigated land. "Not one acre of wet land will be converted under this provision. The farmer will decide whether he wants to sell, not the government," he told the House.

Leader of the Opposition B.R. Mallikarjunaiah of the Janata Pragati Party (JPP) said the Bill had been drafted "in a hurry and in secret." "You did not consult a single farmers' organisation. You did not send it to the select committee. Why this hurry, unless some people have already bought land and are waiting?" he asked, drawing sharp protests from the treasury benches.

Chief Minister K. Ramachandrappa intervened to say that the Opposition was spreading "deliberate misinformation to scare farmers". He said the previous government had itself proposed similar changes in 2019. "Go and read your own cabinet note. We have only done what you did not have the courage to do," Ramachandrappa said.

When Speaker Nagaraj Hosamani put the Bill to vote, JPP members rushed to the well of the House shouting slogans and then walked out. The Bill was passed by voice vote.

Outside the Vidhana Soudha, members of the Karnataka Raitha Horata Samithi staged a demonstration. Samithi president Kodihalli Veerabhadrappa said the organisation would launch a statewide agitation from next week. "We will not allow a single survey stone to be planted on our fields," he said.

According to officials of the Revenue department, nearly 1.2 lakh acres in Tumakuru, Chitradurga and Ballari districts fall within the corridors identified so far. A senior official said the department had received over 4,000 conversion applications in the past year, many of them pending for over six months. "The idea is to clear this backlog in a time-bound manner," the official said.

Industries Minister Shabana Kouser welcomed the passage, saying it would give "the certainty investors have been asking for." She said at least three electronics manufacturers were waiting for land in the Tumakuru corridor.

The Bill will now be taken up in the Legislative Council, where the ruling Karnataka Praja Vedike does not have a majority. JPP floor leader in the Council Ramesh Kattimani said his party would "oppose it tooth and nail" there.""",
        [
            ("handing over farmland to", "Opposition members"),
            ("Not one acre of", "H.S. Shivalingegowda"),
            ("in a hurry and", "B.R. Mallikarjunaiah"),
            ("You did not consult", "B.R. Mallikarjunaiah"),
            ("deliberate misinformation to scare", "K. Ramachandrappa"),
            ("Go and read your", "K. Ramachandrappa"),
            ("We will not allow", "Kodihalli Veerabhadrappa"),
            ("The idea is to", "senior official"),
            ("the certainty investors have", "Shabana Kouser"),
            ("oppose it tooth and", "Ramesh Kattimani"),
        ],
    ),
    (
        """Rs 140-crore mephedrone unit busted near Daund, six held

TNN

PUNE: The Pune rural police on Sunday raided a chemical unit in an industrial estate near Daund and seized nearly 70kg of mephedrone worth about Rs 140 crore, arresting six people including the unit's owner and a chemist who had allegedly been "cooking" the drug for over four months.

Superintendent of police (Pune rural) Ashwini Deshmukh-Patil said the raid followed a tip-off received by the local crime branch two weeks ago. "We kept the unit under watch for ten days before moving in. The accused were producing the drug at night and passing it off as a pharmaceutical intermediate during the day," she told reporters at a press conference.

The arrested owner, identified as Nilesh Bhausaheb Kshirsagar (41) of Baramati, had taken the shed on lease in January claiming he would manufacture agro-chemicals, police said. The chemist, Sameer alias Bunty Gaikwad (35), had earlier worked with a bulk drug company in Taloja.

According to the police, the consignments were transported to Mumbai and Gujarat in tankers meant for industrial solvents. "Preliminary questioning suggests a buyer network in at least three states. We are sharing the details with the Narcotics Control Bureau," an officer from the investigation team said.

The MIDC regional officer, Prakash Jagtap, said the unit had a valid consent to operate for a different product. "Our inspectors visited in February and found nothing amiss. The production line they showed was not the one they were running," Jagtap said.

Residents of nearby Khutbav village said they had complained about a strong smell at night. Sarpanch Manda Shelar said the gram panchayat had written to the MIDC twice. "Nobody came. Now they are saying crores of drugs were being made here. Who will answer for our children's health?" she said.

Local MLA Dattatray Kale of the Jan Swarajya Party demanded a judicial inquiry into how the unit escaped scrutiny. He told TOI that officials "cannot simply say they were fooled" and must be held accountable.

The accused were produced before a court in Daund on Monday and remanded in police custody till May 12. Their lawyer, Adv Rajendra Nalawade, said his clients were being "made scapegoats for the failures of officials". "My client Kshirsagar had sub-let part of the shed. He had no knowledge of what was happening in the rear portion," Nalawade said.

Police said they were also looking for two more suspects, including a financier from Mumbai's western suburbs.""",
        [
            ("We kept the unit", "Ashwini Deshmukh-Patil"),
            ("Preliminary questioning suggests a", "officer from the investigation team"),
            ("Our inspectors visited in", "Prakash Jagtap"),
            ("Nobody came. Now they", "Manda Shelar"),
            ("cannot simply say they", "Dattatray Kale"),
            ("made scapegoats for the", "Rajendra Nalawade"),
            ("My client Kshirsagar had", "Rajendra Nalawade"),
        ],
    ),
    (
        """Governor returns Universities Amendment Bill; State to re-adopt it in special sitting

CHENNAI: Governor T.V. Raghunathan on Wednesday returned the Tamil Nadu Universities Laws (Amendment) Bill, which seeks to transfer the power to appoint Vice-Chancellors of State universities from the Governor to the State government, setting the stage for a fresh confrontation between Raj Bhavan and Fort St. George.

A communication from Raj Bhavan said the Bill was “repugnant to the regulations framed by the University Grants Commission” and that the Governor had returned it “for reconsideration by the Legislative Assembly in the light of the observations made.”

Higher Education Minister M. Arivazhagan said the government would convene a special sitting of the Assembly and adopt the Bill again without any change. “The Governor has sat on this Bill for fourteen months. Now he returns it citing UGC regulations that are themselves under challenge. This is not constitutional scrutiny, it is obstruction,” he told reporters at the Secretariat.

Once a Bill is re-adopted, the Governor cannot withhold assent under Article 200 of the Constitution, he pointed out, adding that the government was also “examining all legal options” including approaching the Supreme Court.

Leader of the Opposition in the Assembly S. Kathiravan of the Thamizh Desiya Kazhagam said the ruling party was using the issue to divert attention from its failures. “When students are waiting for fee refunds and teachers have not been paid for three months in some universities, the government is busy picking fights with the Governor,” Mr. Kathiravan said in a statement.

He, however, said his party was not opposed to the State having a say in the appointment of Vice-Chancellors. “Our position is that there must be a transparent search committee, whoever makes the final choice,” he added.

Academics were divided. A former Vice-Chancellor of a State university, who requested anonymity, said the standoff had left six universities without regular heads. “Files are moving at a snail’s pace. Nobody is willing to take a decision on faculty recruitment or even on renewing affiliations,” he said.

P. Sundaravalli, general secretary of the Tamil Nadu Federation of University Teachers’ Associations, said the organisation backed the Bill. “Universities must answer to the people of the State through their elected government, not to an appointed functionary,” she said.

Raj Bhavan officials declined to comment beyond the communication.

The special sitting is likely to be held next week, sources in the Secretariat said.""",
        [
            ("repugnant to the regulations", "Raj Bhavan"),
            ("for reconsideration by the", "Raj Bhavan"),
            ("The Governor has sat", "M. Arivazhagan"),
            ("examining all legal options", "M. Arivazhagan"),
            ("When students are waiting", "S. Kathiravan"),
            ("Our position is that", "S. Kathiravan"),
            ("Files are moving at", "former Vice-Chancellor of a State university"),
            ("Universities must answer to", "P. Sundaravalli"),
        ],
    ),
    (
        """HC quashes FIR against Mangaluru activist over Facebook post

BENGALURU

The High Court of Karnataka has quashed a criminal case registered by the Mangaluru East police against a social activist for a Facebook post criticising the police handling of a communal clash in Ullal last year, holding that the post was "at worst, harsh criticism of public servants, which a democracy must tolerate."

Justice Vasanth Kumar Bhat passed the order on a petition filed by Irfan Kudroli, 38, who had been booked under provisions relating to promoting enmity between groups and intentional insult with intent to provoke breach of peace.

The post, made in October 2023, had accused the police of "standing as spectators while shops burned". The complaint was filed by a head constable of the station.

In his order, the judge noted:

"A reading of the post as a whole does not disclose any attempt to pit one community against another. The petitioner has named no community. He has named the police.

"If every citizen who accuses the police of inaction is to be hauled before a criminal court, the provisions of the penal law would become instruments of silencing dissent, which is not their purpose."

The court also observed that the police had filed the charge sheet within nine days, "a speed which this court wishes was shown in other cases pending before it."

Counsel for the petitioner, Sharmila Pai, said the order was an important reminder. "The police cannot be complainant, investigator and judge in a case where the criticism is against them," she told this newspaper.

The State, represented by High Court Government Pleader Ravindra Naik, had argued that the post was shared over 2,000 times and had "the clear potential to inflame passions" in a communally sensitive district.

Mangaluru City Police Commissioner Anupam Shetty said the department would study the order before deciding on an appeal. "We respect the court's decision. Our concern at the time was the law and order situation, which was very fragile," he said.

Mr. Kudroli said he had spent close to ₹1.5 lakh on legal fees and had been summoned to the station several times. "I was asked to delete the post and apologise. I refused because I had said nothing false," he said.

A senior officer in the Dakshina Kannada police, speaking on condition of anonymity, admitted that such cases were "sometimes registered under pressure from local groups" and rarely ended in conviction.""",
        [
            ("at worst, harsh criticism", "Vasanth Kumar Bhat"),
            ("standing as spectators while", "Irfan Kudroli"),
            ("A reading of the", "Vasanth Kumar Bhat"),
            ("If every citizen who", "Vasanth Kumar Bhat"),
            ("a speed which this", "Vasanth Kumar Bhat"),
            ("The police cannot be", "Sharmila Pai"),
            ("the clear potential to", "Ravindra Naik"),
            ("We respect the court's", "Anupam Shetty"),
            ("I was asked to", "Irfan Kudroli"),
            ("sometimes registered under pressure", "senior officer in the Dakshina Kannada police"),
        ],
    ),
    (
        """Rift in ruling alliance widens as ally demands bigger share of Mumbai civic seats

Express News Service

Mumbai

Cracks in the ruling alliance in Maharashtra came out in the open on Saturday when Maharashtra Vikas Sena (MVS) president Sambhajirao Nimbalkar said his party would contest all 227 wards of the Brihanmumbai Municipal Corporation on its own if the Jan Swarajya Party (JSP) did not agree to an honourable seat-sharing formula.

Addressing party workers at a rally in Dadar, Nimbalkar said the MVS had "sacrificed enough for this alliance". "In the Assembly polls we gave up 22 seats we had won in the past. We were told it was for the larger good. This time, Mumbai is our home ground and we will not be reduced to a junior partner in our own house," he said to loud cheers.

The JSP, which heads the government with Chief Minister Vishwasrao Deshpande at the helm, responded cautiously. Party spokesperson Ketaki Raut said seat-sharing would be decided "around the table, not on the stage". "Every ally has the right to expect more. But alliances are run on mutual respect and arithmetic. Our leaders will sit together once the ward reservation draw is out," she said.

Deshpande, who was in Nagpur for a review meeting, refused to be drawn into the controversy. "Nimbalkar saheb is a senior leader. I will speak to him directly," he told reporters, adding that the alliance would "contest together and win together".

A senior JSP functionary, however, said the party's internal survey showed it ahead in over 120 wards. "Giving half the seats to the MVS would be suicidal. They know it, and this is pressure tactics before the negotiation starts," the functionary said.

The Opposition was quick to seize on the public spat. Samajik Nyay Aghadi leader Rehana Qureshi said the alliance was "held together only by power". "They cannot agree on ward seats, how will they agree on the city's problems? Mumbaikars are drowning every monsoon while these parties count seats," she said.

Political analyst Milind Ghorpade of the Mumbai School of Public Affairs said both parties needed each other. "The MVS has the cadre in the central and island wards, the JSP has the money and the suburbs. A split helps only the Opposition, and both leaderships know this. Expect a lot of noise and then a deal," he said.

The State Election Commission is expected to announce the ward reservation draw by the end of the month.""",
        [
            ("sacrificed enough for this", "Sambhajirao Nimbalkar"),
            ("In the Assembly polls", "Sambhajirao Nimbalkar"),
            ("around the table, not", "Ketaki Raut"),
            ("Every ally has the", "Ketaki Raut"),
            ("Nimbalkar saheb is a", "Vishwasrao Deshpande"),
            ("contest together and win", "Vishwasrao Deshpande"),
            ("Giving half the seats", "senior JSP functionary"),
            ("held together only by", "Rehana Qureshi"),
            ("They cannot agree on", "Rehana Qureshi"),
            ("The MVS has the", "Milind Ghorpade"),
        ],
    ),
    (
        """Coimbatore: Recruitment firm director held for cheating 300 job aspirants of Rs 9 crore

TNN

COIMBATORE: The city police on Friday arrested the managing director of a Gandhipuram-based overseas recruitment agency for allegedly collecting nearly Rs 9 crore from more than 300 job aspirants with the promise of employment in Poland and Malta.

The accused, R Karthikeyan Palanisamy, 44, director of Bluewave Global Manpower Services, was picked up from a lodge in Salem, where he had been hiding since the agency's office downed its shutters last month, police said.

A press release from the Coimbatore city police said the accused had collected between Rs 2.5 lakh and Rs 4 lakh from each candidate towards "visa processing, medical tests and air tickets".

"Many of the victims are from rural areas of Tirupur, Erode and Dindigul. Some of them pledged jewels and land documents to pay the agency. We have so far received 312 complaints and the number is likely to go up," deputy commissioner of police (crime) S Meenakshi Sundaram told reporters.

He said the agency had issued fake work permits and offer letters carrying the letterheads of European firms. "The documents were professionally made. Even a trained eye would find it difficult to spot them," he said.

One of the complainants, K Mariappan, 29, of Udumalpet, said he had paid Rs 3.2 lakh in two instalments. "My father sold two cows and borrowed from a moneylender. They told us the flight was on April 20. On April 18 the phone was switched off," he said.

In a statement issued through its lawyers last month, Bluewave had denied any wrongdoing and attributed the delays to "processing backlogs at embassies beyond the company's control". The company said it would refund candidates whose visas were rejected.

Police said two other directors of the firm, including Karthikeyan's brother-in-law, were absconding and special teams had been formed to trace them. The bank accounts of the firm, holding around Rs 40 lakh, have been frozen.

Sources said the case was likely to be transferred to the Economic Offences Wing given the number of victims and the amount involved. "Money seems to have been routed to at least six accounts, some in the names of relatives. Tracing it will take time," an officer said.

City police commissioner V Balasubramanian advised job seekers to verify the registration of recruitment agents with the Protector of Emigrants before making any payment.""",
        [
            ("visa processing, medical tests", "Coimbatore city police"),
            ("Many of the victims", "S Meenakshi Sundaram"),
            ("The documents were professionally", "S Meenakshi Sundaram"),
            ("My father sold two", "K Mariappan"),
            ("processing backlogs at embassies", "Bluewave Global Manpower Services"),
            ("Money seems to have", "officer"),
        ],
    ),
    (
        """Bombay HC raps state over overcrowding in Nagpur Central Prison, seeks action plan in four weeks

Staff Reporter

Nagpur

The Nagpur bench of the Bombay High Court on Monday came down heavily on the state government over severe overcrowding at the Nagpur Central Prison, where nearly 3,100 inmates are lodged against a sanctioned capacity of 1,840, and directed the home department to place on record a "concrete, time-bound plan" to decongest the jail within four weeks.

A division bench of Justices Anuradha Wankhede and Sunil P Deshmane was hearing a suo motu public interest litigation initiated on the basis of a letter written last year by an undertrial prisoner, Shankar Dhurve, complaining that inmates were being forced to sleep in shifts.

"We are told that additional barracks are under construction since 2019. Five years is a long time for people who are sleeping in the corridors," Justice Deshmane remarked orally during the hearing.

Amicus curiae Adv Pranav Kolhe pointed out that nearly 72 per cent of the inmates were undertrials, many of them accused of petty offences and unable to furnish surety. "There are men inside for over two years for offences which carry a maximum sentence of three years. The system has simply forgotten them," he submitted.

Additional government pleader Meghna Sakhare told the court that the new barrack complex on the prison premises would be ready by December and would house 600 more prisoners. She also said the state had written to the district legal services authority to identify undertrials eligible for release.

The bench was not satisfied. "Letters have been written for years. What we want to know is how many people have actually walked out," Justice Wankhede said.

The court directed the district legal services authority to conduct a special review of all undertrials in the prison and submit a list of those who had completed half of the maximum sentence for the offence they are charged with.

The Maharashtra Prisons Department, in a reply filed last week, had attributed the overcrowding to "a sharp rise in arrests under special statutes" and said staff shortages had made it difficult to escort undertrials to court on time. According to the affidavit, 38 per cent of sanctioned posts of jail guards are vacant.

Outside the court, Dhurve's sister, Kamla Uikey, said the family had been unable to meet him for three months. "Every time we go, they say the visiting list is full. We travel 150 km from Gadchiroli and go back without seeing him," she said.

A retired superintendent of the prison, who requested anonymity, said the problem was decades old. "Every committee has recommended the same things: more courts, video trials, bail for petty offenders. Nobody implements," he said.

The matter will next be heard on July 22.""",
        [
            ("concrete, time-bound plan", "Nagpur bench of the Bombay High Court"),
            ("We are told that", "Sunil P Deshmane"),
            ("There are men inside", "Pranav Kolhe"),
            ("Letters have been written", "Anuradha Wankhede"),
            ("a sharp rise in", "Maharashtra Prisons Department"),
            ("Every time we go", "Kamla Uikey"),
            ("Every committee has recommended", "retired superintendent of the prison"),
        ],
    ),
]
