CASES = [
    (
        """Opposition walks out as House passes Local Authorities Amendment Bill

By Our Lobby Correspondent

The Opposition staged a walkout in Parliament yesterday after Speaker Anura Pathirage refused a request for a division on a Committee Stage amendment to the Local Authorities (Special Provisions) Amendment Bill, which was later passed with a majority of 41 votes.

Chief Opposition Whip Lakshman Wickramanayake accused the Government of "bulldozing this Bill through the House" without giving members time to study the amendments.

"We received 63 amendments at 9.30 this morning. No member on either side has read them. This is not how laws should be made in a democratic country," he said.

Leader of the House and Public Administration Minister Dinesh Senaratne rejected the charge, saying the amendments had been circulated to party leaders on Tuesday.

"The Opposition was given every opportunity. They attended the party leaders' meeting and agreed to the timetable. Now they walk out because they have nothing to say," Minister Senaratne said.

Opening the debate for the main Opposition, Jathika Jana Peramuna (JJP) Kandy District MP Rohini Kumari Dissanayake said the Bill would allow the Minister to postpone elections to 341 local authorities indefinitely.

"The people of this country have not been able to elect their village councillors for three years. This Bill gives the Minister the power to postpone those elections again and again," she said.

"If the Government is so confident of its popularity, let it face the people. Why are you afraid of a Pradeshiya Sabha election?"

When Opposition members rose to demand a division, the Speaker said the Standing Orders did not permit a vote on a matter already decided by a voice vote. "I have ruled on this. The Honourable Member may raise it at the Committee on Parliamentary Business," he said.

Opposition MPs then left the Chamber shouting slogans, while Government members thumped their desks.

Government MP Chaminda Ratnayake said the Opposition was "running away from a debate they themselves demanded".

Earlier, the Speaker informed the House that the Supreme Court had determined that Clauses 4 and 7 of the Bill were inconsistent with the Constitution. The determination said the two clauses, as originally drafted, "could not be passed except by a special majority and the approval of the People at a Referendum". The Government subsequently moved amendments at the Committee Stage to bring the clauses in line with the Court's determination.

The Bill was passed with 112 votes in favour and 71 against at the Third Reading. Opposition members returned to the Chamber for the final vote.

A senior JJP official told the Daily Mirror the party would consider filing a fresh petition once the Bill was certified by the Speaker. "We are studying the legal options. This is not the end of the matter," he said.""",
        [
            ("bulldozing this Bill through the", "Lakshman Wickramanayake"),
            ("We received 63 amendments at", "Lakshman Wickramanayake"),
            ("The Opposition was given every", "Dinesh Senaratne"),
            ("The people of this country", "Rohini Kumari Dissanayake"),
            ("If the Government is so", "Rohini Kumari Dissanayake"),
            ("I have ruled on this.", "Anura Pathirage"),
            ("running away from a debate", "Chaminda Ratnayake"),
            ("could not be passed except", "Supreme Court"),
            ("We are studying the legal", "senior JJP official"),
        ],
    ),
    (
        """Govt. confident of bondholder deal by March: Treasury Secretary

By Shanika Perera

Sri Lanka expects to reach an agreement in principle with its international sovereign bondholders before the end of March, Treasury Secretary Dr. Mahinda Gunasekera said yesterday, despite a widening gap between the two sides over the structure of the proposed macro-linked bonds.

Speaking to journalists at the Finance Ministry, Gunasekera said the latest round of talks, held virtually over three days last week, had been "constructive and very detailed".

"We have narrowed the differences considerably. There are still one or two technical points on the GDP-linked instrument, but I am confident that we can announce an agreement in principle within the next six weeks," he said.

The Ad Hoc Group of Sri Lanka Bondholders, which holds around 40% of the outstanding $ 12.5 billion in International Sovereign Bonds (ISBs), said in a statement on Monday that the Government's latest proposal "fails to reflect the significant improvement in Sri Lanka's economic outlook".

"The Group remains committed to a consensual resolution, but any agreement must be consistent with the IMF's debt sustainability parameters and must ensure comparable treatment among all external creditors," the statement said.

Addressing the weekly Cabinet press briefing, Cabinet Spokesman and Mass Media Minister Bandula Jayasekara said the Government would not offer private creditors better terms than those agreed with the Official Creditor Committee.

"There is no question of giving the bondholders a better deal than the bilateral creditors. The IMF has been very clear on this and so has the Cabinet," Jayasekara said.

A senior official involved in the negotiations, speaking on condition of anonymity, said the bondholders had softened their position on the so-called "governance-linked" coupon step-down but were holding out for a higher recovery value.

"They are playing hardball because they know we want this done before the next IMF review," the official said.

The IMF Executive Board is expected to take up Sri Lanka's third review under the $ 2.9 billion Extended Fund Facility in June. IMF Senior Mission Chief for Sri Lanka Peter Halvorsen said last month the Fund was "encouraged by the progress made" on external debt restructuring, but stressed that timely completion was "critical to keeping the programme on track".

Economists warned that further delays could prove costly. Institute for Economic Policy Studies (IEPS) Executive Director Dr. Tharindu Wijesooriya said every month of delay kept the country "locked out of international capital markets".

"That means higher borrowing costs not only for the Government but for local banks and corporates as well. Rating agencies will not upgrade Sri Lanka until the ISB deal is done," he told the Daily FT.

According to Central Bank data, gross official reserves stood at $ 5.4 billion at end-January, including the swap facility with the People's Bank of China.""",
        [
            ("constructive and very detailed", "Mahinda Gunasekera"),
            ("We have narrowed the differences", "Mahinda Gunasekera"),
            ("fails to reflect the significant", "Ad Hoc Group of Sri Lanka Bondholders"),
            ("The Group remains committed to", "Ad Hoc Group of Sri Lanka Bondholders"),
            ("There is no question of", "Bandula Jayasekara"),
            ("They are playing hardball because", "senior official involved in the negotiations"),
            ("encouraged by the progress made", "Peter Halvorsen"),
            ("critical to keeping the programme", "Peter Halvorsen"),
            ("locked out of international capital", "Tharindu Wijesooriya"),
            ("That means higher borrowing costs", "Tharindu Wijesooriya"),
        ],
    ),
    (
        """SC grants leave in FR petition by Jaffna journalist

By S. Rajendran

The Supreme Court on Friday granted leave to proceed with a fundamental rights petition filed by a Jaffna-based journalist who alleges he was arrested without a warrant and detained for nearly 48 hours after reporting on a land dispute in Vettukulam.

The petition was taken up before a three-judge bench comprising Justices Lalith Weerakoon, Thilini Abeywardena and M.S. Rahuman.

The petitioner, Senthuran Kanagaratnam (34), a regional correspondent for the Tamil daily Vadakku Oli, has cited the Officer-in-Charge of the Vettukulam Police, two sub-inspectors, the Inspector General of Police and the Attorney General as respondents.

Appearing for the petitioner, President's Counsel Ravindra Fernando told Court that his client had been "handcuffed and paraded before his neighbours like a common criminal" on the morning of October 14.

"There was no complaint, no warrant and no explanation. The only offence my client committed was to do his job as a journalist," Mr. Fernando submitted.

He said Kanagaratnam had published a series of articles alleging that a private company had fenced off nearly 200 acres of land claimed by families resettled after the war.

Deputy Solicitor General Nadeesha Jayawardena, appearing for the Attorney General, objected to leave being granted, saying the arrest had been lawful.

"The respondents will show that the petitioner was taken in for questioning on the basis of credible information relating to an ongoing investigation," she told Court.

The bench, however, granted leave to proceed on the alleged violation of Articles 12(1), 13(1) and 14(1)(a) of the Constitution, and fixed the matter for hearing on March 18. Court also directed the respondents to file objections within six weeks.

Outside court, Arumugam Sivakumar, convener of the Northern Journalists' Collective, welcomed the decision. The Collective's recent report, "Silenced in the North", documented 23 incidents in which journalists in the Northern Province were summoned, questioned or detained by police over the past two years.

"This gives us some hope. But journalists in the North are still being called in by the police every other week, and most of them cannot afford to go to the Supreme Court," Sivakumar told the Sunday Times.

"We are not asking for special treatment. We are asking for the law to be applied equally to all of us."

Contacted for comment, Police Media Spokesman ASP Kasun Rathnayake said the Police would respond to the allegations in court. "Since the matter is before the Supreme Court, it would not be appropriate for us to comment at this stage," he said.""",
        [
            ("handcuffed and paraded before his", "Ravindra Fernando"),
            ("There was no complaint, no", "Ravindra Fernando"),
            ("The respondents will show that", "Nadeesha Jayawardena"),
            ("This gives us some hope.", "Arumugam Sivakumar"),
            ("We are not asking for", "Arumugam Sivakumar"),
            ("Since the matter is before", "Kasun Rathnayake"),
        ],
    ),
    (
        """Landslide buries six houses in Dhunga Khola; seven dead, four missing

Sushil Adhikari

Seven people have been killed and four others are missing after a landslide swept through Lamagaun settlement in Dhunga Khola Rural Municipality-5 early on Wednesday, burying six houses.

The landslide struck at around 2:30am after incessant rainfall that began on Monday evening, according to the District Police Office. Among the dead are three children.

“We have recovered seven bodies so far. Four people are still missing, and the search is continuing with the help of the Nepal Army, the Armed Police Force and locals,” said Chief District Officer Krishna Prasad Bhusal.

Rescue efforts have been hampered by continued rain and the threat of further slides, Bhusal said. The road linking the settlement to the district headquarters has been blocked at three places, forcing rescuers to walk for nearly four hours.

“I heard a sound like thunder, and then the whole hill came down,” said Man Bahadur Gurung, 56, whose house at the edge of the settlement was partially damaged.

“My brother’s family was inside the house below ours. We dug with our hands in the dark until the security personnel arrived in the morning.”

Gurung’s brother, his sister-in-law and their two sons are among the dead.

Ward Chair Tek Bahadur Thapa said the ward office had asked families living below the slope to move after cracks appeared on the hill last year, but “many of them had nowhere else to go”.

“We don’t have land to relocate them and the municipality doesn’t have the budget. We have been writing to the province government for a year,” Thapa told the Post.

The monsoon entered Nepal on June 13, two days later than normal. According to the National Disaster Response Authority, 38 people have died and 17 are missing in landslides and floods across the country since then, while more than 900 families have been displaced.

In a statement issued on Wednesday, the authority said: “All local units in high-risk areas have been directed to identify safe shelters and relocate vulnerable households immediately.”

Forecasters have warned of more heavy rain. “The low-pressure system over the Bay of Bengal will keep bringing heavy to very heavy rainfall to the central and western hills at least until Sunday,” said a meteorologist at the Meteorological Forecasting Division, who asked not to be named as he was not authorised to speak to the media.

Officials have urged people living near rivers and on unstable slopes to remain alert, particularly at night.""",
        [
            ("We have recovered seven bodies", "Krishna Prasad Bhusal"),
            ("I heard a sound like", "Man Bahadur Gurung"),
            ("My brother’s family was inside", "Man Bahadur Gurung"),
            ("many of them had nowhere", "Tek Bahadur Thapa"),
            ("We don’t have land to", "Tek Bahadur Thapa"),
            ("All local units in high-risk", "National Disaster Response Authority"),
            ("The low-pressure system over the", "meteorologist at the Meteorological Forecasting Division"),
        ],
    ),
    (
        """Opposition obstructs House for fourth day, demands probe into cooperative fraud

HIMALAYAN NEWS SERVICE

KATHMANDU, MARCH 4

The main opposition Nepal Janata Party (NJP) obstructed the House of Representatives for the fourth consecutive day today, demanding that a high-level parliamentary committee be formed to investigate the embezzlement of depositors' savings by dozens of savings and credit cooperatives.

As soon as Speaker Hari Prasad Rijal called the meeting to order, NJP lawmakers rose from their seats and gathered in the well of the House chanting slogans against the government. The Speaker adjourned the meeting within 10 minutes and scheduled the next sitting for Sunday.

NJP Chief Whip Bina Kumari Shrestha told reporters at the parliament building that her party would not back down.

"We will not let the House run until the government agrees to form a high-level parliamentary committee. Thousands of depositors have lost their life savings, and the government is protecting the people responsible," Shrestha said.

She claimed that at least 64 cooperatives had failed to return deposits worth more than Rs 70 billion, and accused the ruling coalition of "shielding its own leaders and donors".

Home Minister Ganesh Bahadur Karki, however, said the government was "not afraid of any investigation" but wanted the police to carry out the probe.

"Parliament is not a court. If we form a parliamentary committee, it will become a political tool and the real culprits will escape," Karki said, speaking at a programme in the capital.

A senior leader of the ruling Rastriya Ekata Party, who requested anonymity, alleged that the opposition's demand was politically motivated. "Some of the opposition's own leaders are named in the investigation files. That is why they want a committee they can control," the leader said.

Speaker Rijal has called a meeting of the chief whips of all parliamentary parties for Friday. Ramesh Poudel, press adviser to the Speaker, said the Speaker wanted the deadlock resolved before the government presents its policies and programmes.

"The Speaker is hopeful that a consensus will be reached. The House cannot remain obstructed while important bills are waiting," Poudel said.

As many as 14 bills, including the Federal Civil Service Bill and the Cooperatives (Second Amendment) Bill, are pending in the House.

Meanwhile, the Cooperative Depositors' Struggle Committee announced that it would stage a sit-in outside the parliament building from Sunday. "We have waited two years. Our patience has ended. If the parties cannot agree, we will bring the depositors to the streets," the committee said in a press release.

Police said more than 1,200 complaints related to cooperatives had been registered at various police offices so far.""",
        [
            ("We will not let the", "Bina Kumari Shrestha"),
            ("shielding its own leaders and", "Bina Kumari Shrestha"),
            ("not afraid of any investigation", "Ganesh Bahadur Karki"),
            ("Parliament is not a court.", "Ganesh Bahadur Karki"),
            ("Some of the opposition's own", "senior leader of the ruling Rastriya Ekata Party"),
            ("The Speaker is hopeful that", "Ramesh Poudel"),
            ("We have waited two years.", "Cooperative Depositors' Struggle Committee"),
        ],
    ),
    (
        """Tourist arrivals rise 18 percent in spring, but trekking villages feel the pinch of guide rule

Rojina Maharjan

Nepal welcomed 312,460 foreign visitors between March and May, an 18 percent increase over the same period last year, according to data from the Department of Immigration.

India remained the largest source market with 78,230 arrivals, followed by China, the United States, the United Kingdom and Bangladesh.

“Spring has been very encouraging. Arrivals from India, China and the United States have all gone up, and European markets are finally returning to pre-pandemic levels,” said Sunita Lama Tamang, chief executive officer of the Nepal Tourism Council.

Tamang credited the council’s “Visit Nepal Decade” campaign and new direct flights from the Gulf and Southeast Asia for the growth.

But hoteliers in trekking destinations say the numbers hide a worrying trend. Since April last year, foreign trekkers entering national parks and conservation areas outside the Everest region must be accompanied by a licensed guide, a rule that many teahouse owners say has driven away budget travellers.

Pemba Nuru Sherpa, president of the Hotel Association Thaksang, said the rule had “cut the number of independent trekkers almost by half”.

“Backpackers who used to spend two weeks in the mountains now come for five days, or they go to Ladakh instead. The big agencies are happy, but the small lodges are suffering,” he told the Post.

Thaksang, a village of about 60 lodges at 3,400 metres, saw 4,100 trekkers this spring against 6,800 in spring 2019, according to the association’s records.

The Trekking Operators’ Federation of Nepal, which lobbied for the rule, has defended it. “The rule was introduced after several solo trekkers went missing or died. Safety must come first, and guides also bring employment to local people,” said Ang Dorje Lama, the federation’s senior vice-president.

Lama said the federation had launched a ‘Trek Responsibly’ awareness campaign targeting independent travellers in Kathmandu and Pokhara.

An official at the Ministry of Tourism and Civil Aviation said the government was aware of the complaints. “We have received letters from several municipalities. The ministry will review the provision after the autumn season,” said the official, who spoke on condition of anonymity because the matter was still under discussion.

Tourism entrepreneurs say the government must also address the high cost of domestic flights and the poor condition of mountain roads if it wants to meet its target of two million arrivals a year.

“Bringing tourists to Kathmandu is only half the job. If they cannot reach the mountains easily and affordably, the villages will never see the benefit,” Sherpa said.""",
        [
            ("Spring has been very encouraging.", "Sunita Lama Tamang"),
            ("cut the number of independent", "Pemba Nuru Sherpa"),
            ("Backpackers who used to spend", "Pemba Nuru Sherpa"),
            ("The rule was introduced after", "Ang Dorje Lama"),
            ("We have received letters from", "official at the Ministry of Tourism and Civil Aviation"),
            ("Bringing tourists to Kathmandu is", "Pemba Nuru Sherpa"),
        ],
    ),
    (
        """Maldives welcomes one millionth tourist of the year

By Aishath Shifa

The Maldives welcomed its one millionth tourist of the year on Tuesday, nearly three weeks earlier than last year, as the country's tourism industry continues its strong recovery.

The milestone visitor, Italian national Giulia Romano, arrived with her husband on a flight from Milan. She was greeted at the airport with a special ceremony attended by Tourism Minister Abdulla Naseem Moosa, senior officials of the ministry and representatives of the industry.

"Reaching one million this early in the year shows that confidence in the Maldives as a destination remains very strong," Minister Moosa told reporters at the ceremony.

"Our target of 2.2 million arrivals this year is well within reach. But we must also make sure that the benefits reach the local islands and the people, not just the resorts."

Romano, who will spend 10 days at a resort in Raa Atoll, said she was "completely surprised by all the attention".

"We chose the Maldives because friends told us it was paradise. We did not expect flowers and cameras at the airport," she said, laughing.

According to the ministry's statistics, China is the top source market this year, followed by Russia, the United Kingdom, Italy and Germany. The country currently has 179 resorts, 14 hotels and over 900 guest houses in operation.

Guest house tourism on local islands has also seen a sharp increase. Ismail Shareef, who runs a 12-room guest house on Raaveli, said bookings were at a record high.

"We are full until April. Two years ago, we could not have imagined this. Now even the cafes and dive centres on the island are hiring new staff," he said.

However, the Maldives Resort Operators' Association (MROA) has raised concerns over the government's decision to double the green tax from next month. In a statement, the association said the increase "could make the Maldives less competitive against emerging destinations in the region".

Opposition MP Hussain Wafir, who represents the Raaveli constituency, said the government was "celebrating numbers while resort workers wait months for their service charge".

The Tourism Ministry said the green tax revenue would be used to fund waste management and coastal protection projects across the atolls.""",
        [
            ("Reaching one million this early", "Abdulla Naseem Moosa"),
            ("Our target of 2.2 million", "Abdulla Naseem Moosa"),
            ("completely surprised by all the", "Giulia Romano"),
            ("We chose the Maldives because", "Giulia Romano"),
            ("We are full until April.", "Ismail Shareef"),
            ("could make the Maldives less", "Maldives Resort Operators' Association"),
            ("celebrating numbers while resort workers", "Hussain Wafir"),
        ],
    ),
    (
        """High Court overturns embezzlement conviction of former Raaveli council president

By Fathimath Nashwa

The High Court on Wednesday overturned the embezzlement conviction of Ali Riyaz Hameed, former president of the Raaveli island council, who had been sentenced to three years and three months in prison by the Criminal Court in 2022.

Riyaz was found guilty of authorising payments of MVR 2.3 million to a harbour construction contractor for work that the prosecution said was never completed.

Delivering the verdict, a three-judge panel ruled unanimously that the Criminal Court had "failed to consider material evidence submitted by the defence", including a completion certificate signed by an engineer from the housing ministry.

"The prosecution did not establish beyond reasonable doubt that the accused personally benefitted from any of the transactions in question," the verdict read.

The panel also noted that two other council members who had signed the same payment vouchers were never charged.

Speaking to reporters outside the court building, Riyaz's lawyer Hisaan Ibrahim said the ruling vindicated his client.

"My client has spent three years fighting to clear his name. Today justice has been served, but those years cannot be given back to him," Hisaan said.

Riyaz, who was released on bail pending appeal in 2023, thanked his family and the people of Raaveli for their support. "I never doubted that the truth would come out. I will continue to serve my island in whatever way I can," he said.

A spokesperson for the Prosecutor General's Office said the office would review the judgment before deciding whether to appeal to the Supreme Court.

"We will study the judgment in detail. A decision on an appeal will be made within the period allowed by law," the spokesperson said.

The case was originally investigated by the Anti-Corruption Commission (ACC), which forwarded it for prosecution in 2020. In a statement issued on Wednesday evening, the ACC said it "respects the decisions of the courts" but stood by its findings.

The case is one of several corruption cases involving island councils that have been dismissed or overturned on appeal in recent years, prompting concern among transparency advocates over the low rate of conviction.

"Investigations take years, and by the time a case reaches court, documents are missing and witnesses have moved away. The system is set up to fail," said a former ACC investigator, who asked not to be named.""",
        [
            ("failed to consider material evidence", "High Court"),
            ("The prosecution did not establish", "High Court"),
            ("My client has spent three", "Hisaan Ibrahim"),
            ("I never doubted that the", "Ali Riyaz Hameed"),
            ("We will study the judgment", "spokesperson"),
            ("respects the decisions of the", "Anti-Corruption Commission"),
            ("Investigations take years, and by", "former ACC investigator"),
        ],
    ),
]
