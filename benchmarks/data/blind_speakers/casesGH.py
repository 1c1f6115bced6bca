CASES = [
    (
        """IHC orders interior ministry to trace missing Rawalpindi trader

Our Staff Reporter

ISLAMABAD: The Islamabad High Court (IHC) on Tuesday directed the interior ministry to submit a comprehensive report on the whereabouts of a Rawalpindi cloth trader who has been missing since March 11.

Justice Arbab Saleem Khattak issued the directions while hearing a petition filed by Shagufta Bibi, the wife of Nadeem Akhtar Qureshi, who was allegedly picked up from his shop in Raja Bazaar by men in plain clothes. Observing that "no institution is above the law, least of all those tasked with enforcing it", the judge said the ministry could not shift the burden onto the petitioner.

Appearing on behalf of the petitioner, Barrister Faisal Rehman Kundi told the court that the family had approached the Waris Khan police station three times but officials had refused to register a first information report (FIR).

"The family has knocked on every door. They were told to go home and wait," the counsel said. "It has been nearly four months. Three children are asking where their father is."

Deputy Attorney General Raja Asim Mahmood informed the bench that the ministry had written to the relevant agencies and was awaiting their response. He said the trader's name did not appear in the records of any internment centre in the country.

Justice Khattak, however, was not satisfied with the reply. "Writing letters is not enough. If the state cannot tell this court where a citizen is, then who can?" he remarked.

The judge noted that the court had issued similar directions in at least four cases over the past year and said the pattern was "deeply troubling".

When the DAG sought more time, the judge said the court would not "keep granting adjournments while a family suffers", and directed the interior secretary to appear in person if the report was not filed before the next date of hearing.

Talking to reporters outside the court, Ms Bibi said she had been running the household on loans from relatives since her husband's disappearance.

"I only want to know if he is alive. If he has done something wrong, produce him in court," she said.

A senior official of the interior ministry, requesting anonymity, said the matter was being "taken seriously" and a response from the agencies was expected within days.

Separately, the Joint Action Committee for Missing Persons, a rights group, said in a statement that cases of enforced disappearances had "risen sharply" in Punjab's urban centres this year and urged parliament to pass pending legislation criminalising the practice.

The hearing was adjourned till July 16.""",
        [
            ("no institution is above the law", "Arbab Saleem Khattak"),
            ("The family has knocked on", "Faisal Rehman Kundi"),
            ("It has been nearly four", "Faisal Rehman Kundi"),
            ("Writing letters is not enough.", "Arbab Saleem Khattak"),
            ("deeply troubling", "Arbab Saleem Khattak"),
            ("keep granting adjournments while", "Arbab Saleem Khattak"),
            ("I only want to know", "Shagufta Bibi"),
            ("taken seriously", "senior official of the interior ministry"),
            ("risen sharply", "Joint Action Committee for Missing Persons"),
        ],
    ),
    (
        """Knitwear exporters seek extension of cash incentive

Star Business Report

Knitwear exporters yesterday urged the government to extend the cash incentive on shipments to non-traditional markets for another two years, saying a slowdown in orders from Europe and rising production costs had squeezed their margins.

The demand was placed at a pre-budget discussion organised by the Bangladesh Knit Garment Manufacturers Council (BKGMC) at a hotel in the capital’s Karwan Bazar.

“Our members are operating at margins of two to three percent. Any withdrawal of the incentive at this moment will push many small factories to the wall,” said Mohammad Shahriar Kabir, president of the BKGMC.

Kabir said at least 140 member factories had shut down in the past 18 months, mostly in Narayanganj and Gazipur, leaving around 38,000 workers jobless.

He said international buyers were also demanding longer credit periods, forcing exporters to rely on costly short-term bank loans.

Speaking as the chief guest, Commerce Secretary Dilruba Haque Chowdhury said the government was aware of the difficulties but had to prepare for the country’s graduation from the least developed country (LDC) category.

“We cannot take decisions that put us in conflict with WTO rules after graduation,” she said. “But we are looking at alternative support, such as lower utility tariffs and faster VAT refunds.”

Chowdhury said the commerce ministry would place the proposals before the finance ministry “within this month”.

Md Rafiqul Alam Bhuiyan, managing director of Narayanganj-based Sonar Bangla Knit Composite, said his factory had received nearly 30 percent fewer orders this season compared to last year.

“The buyers say demand in Europe is weak. At the same time, they want us to pay for compliance upgrades. Where will the money come from?” he asked.

Selima Akhter, research director at the Dhaka Policy Forum, said the sector’s dependence on incentives was “not sustainable in the long run”.

“The real issue is productivity. Our output per worker is still far below that of Vietnam and Cambodia,” she said, adding that factories needed access to low-cost financing for automation.

A senior official of the National Board of Revenue, wishing not to be named, told The Daily Star that the revenue collection target for the next fiscal year left “very little room” for new tax exemptions.

In a written proposal placed at the event, the BKGMC also sought a reduction of source tax on export proceeds to 0.5 percent from 1 percent and the setting up of a Tk 5,000 crore refinancing fund for small and medium factories.

“Without urgent support, the sector will lose the competitiveness it has built over four decades,” the proposal said.""",
        [
            ("Our members are operating at", "Mohammad Shahriar Kabir"),
            ("We cannot take decisions", "Dilruba Haque Chowdhury"),
            ("But we are looking at", "Dilruba Haque Chowdhury"),
            ("within this month", "Dilruba Haque Chowdhury"),
            ("The buyers say demand in", "Md Rafiqul Alam Bhuiyan"),
            ("not sustainable in the", "Selima Akhter"),
            ("The real issue is productivity.", "Selima Akhter"),
            ("very little room", "senior official of the National Board of Revenue"),
            ("Without urgent support, the sector", "Bangladesh Knit Garment Manufacturers Council"),
        ],
    ),
    (
        """Opposition stages walkout as Sindh Assembly rejects water debate

KARACHI:

Opposition lawmakers walked out of the Sindh Assembly on Wednesday after the chair refused to allow a debate on an adjournment motion regarding the acute water shortage in Karachi's western districts.

The motion, moved by Awami Qaumi Tehreek (AQT) MPA Rubina Kanwal, sought to discuss what she described as the "complete collapse" of water supply in Orangi, Baldia and Keamari, where residents have been relying on tankers for over six weeks.

Deputy Speaker Mir Shafqat Ali Talpur ruled the motion out of order, saying the matter was already under discussion in the standing committee on local government.

Leader of the Opposition Danish Iqbal Memon rose to protest the ruling. He said: "Millions of people in this city are buying water from the tanker mafia while the government hides behind committees.

"If this House cannot discuss the most basic need of the people it represents, then what is it for?"

When the deputy speaker turned off his microphone and called the next item on the agenda, opposition members gathered in front of the speaker's dais, chanting slogans, before walking out of the House.

Responding to the criticism, Local Government Minister Ghulam Akbar Jatoi told the House that the shortage had been caused by a breakdown at the Dhabeji pumping station and that repair work was "in the final stages".

"We are not hiding from anything. The opposition wants to do point-scoring on a technical issue," he said, adding that an additional 50 tankers had been deployed in the affected areas free of charge.

The minister claimed that the previous government had ignored the maintenance of the bulk water system for years. "We inherited rusted pumps and leaking pipelines. We are fixing them one by one," he said.

Talking to the media outside the assembly building, Kanwal rejected the minister's explanation. "The pumping station excuse has been given to us every summer for five years," she said. "People in Orangi are paying Rs4,000 for a tanker. Who is profiting from this?"

According to officials of the Karachi Water and Sewerage Corporation (KWSC), the city currently receives around 450 million gallons per day against a requirement of more than 1,100 million gallons.

A KWSC official, who spoke on condition of anonymity, told The Express Tribune that the repairs at Dhabeji would take "at least another ten days" and that supply would be restored gradually.

Later, the Pakistan Jamhoori Front (PJF), which sits on the treasury benches, said in a statement that it supported a full debate on the issue in the next session, calling the situation "a matter of public urgency that rises above party politics".

The session was adjourned till Friday.""",
        [
            ("complete collapse", "Rubina Kanwal"),
            ("Millions of people in this", "Danish Iqbal Memon"),
            ("If this House cannot discuss", "Danish Iqbal Memon"),
            ("in the final stages", "Ghulam Akbar Jatoi"),
            ("We are not hiding from", "Ghulam Akbar Jatoi"),
            ("We inherited rusted pumps and", "Ghulam Akbar Jatoi"),
            ("The pumping station excuse has", "Rubina Kanwal"),
            ("People in Orangi are paying", "Rubina Kanwal"),
            ("at least another ten days", "KWSC official"),
            ("a matter of public urgency", "Pakistan Jamhoori Front"),
        ],
    ),
    (
        """HC stays eviction drive at Kalshi's Beltola Bastee for three months

Court Correspondent

The High Court yesterday stayed for three months an eviction drive by the Dhaka Metropolitan Development Authority (DMDA) at Beltola Bastee in the capital's Kalshi area, where around 2,300 families have lived for more than two decades.

The bench of Justice Farida Yasmin Chowdhury and Justice Mostafizur Rahman Talukder passed the order after hearing a writ petition jointly filed by rights group Nagorik Odhikar Forum and three residents of the settlement.

The court also issued a rule asking the authorities to explain within four weeks why the eviction without rehabilitation should not be declared illegal.

Barrister Tanvir Ahmed Sikder, who moved the petition, said the DMDA had served notices on the residents only 48 hours before bulldozers arrived on Sunday morning.

"Under our own Constitution, the state has a duty to ensure shelter for its citizens. You cannot throw thousands of people onto the streets with two days' notice," he told the court.

Deputy Attorney General Md Helal Uddin Mollah opposed the petition, saying the land belonged to the government and had been earmarked for a flyover access road.

"These are illegal occupants. The authority acted within its legal powers," he argued.

During the hearing, the bench asked the state counsel whether any survey had been conducted to identify eligible families for rehabilitation. When he said he had no instructions on the matter, Justice Chowdhury observed: "Development cannot mean that the poorest pay the price for everyone else's convenience."

Speaking to Dhaka Tribune after the order, Sikder said the stay would remain in effect until the rule was disposed of.

Residents of the settlement, many of whom work in garment factories or pull rickshaws, welcomed the order.

"We came here in 2001 after the river took our land in Bhola. My children were born here," said Hasina Begum, 46, who works as a domestic help. "Where would we go?"

Abul Kashem, 58, a tea stall owner, said nearly 40 shanties had been razed before the drive was halted on Sunday afternoon.

"They broke everything, even the school the NGO runs for our children," he said.

An officer of Pallabi Police Station, who was present during the drive, claimed the eviction had been carried out "peacefully" and that no one had been injured.

Contacted, DMDA Chairman Kazi Anwarul Azim said the authority would comply with the court's directive but would also seek legal remedy.

"We respect the court's decision. At the same time, the project is of national importance and we will file an appeal with the Appellate Division," he said.""",
        [
            ("Under our own Constitution, the", "Tanvir Ahmed Sikder"),
            ("These are illegal occupants.", "Md Helal Uddin Mollah"),
            ("Development cannot mean that", "Farida Yasmin Chowdhury"),
            ("We came here in 2001", "Hasina Begum"),
            ("Where would we go?", "Hasina Begum"),
            ("They broke everything, even", "Abul Kashem"),
            ("peacefully", "officer of Pallabi Police Station"),
            ("We respect the court's decision.", "Kazi Anwarul Azim"),
        ],
    ),
    (
        """Mehran Petrochem suspends urea plant operations amid gas curtailment

KARACHI: Mehran Petrochem Limited (MPL) has suspended production at its urea plant in Mirpur Mathelo after gas supply to the facility was cut by nearly 60 percent, the company said on Monday.

In a notice to the Pakistan Stock Exchange, the company said the plant had been shut down "as a precautionary measure to protect equipment" after the pressure at the supply point fell below the minimum operational level.

"The management is in contact with the relevant authorities and will resume operations as soon as the gas supply is restored," the notice said.

The plant has an annual capacity of around 650,000 tonnes of urea and accounts for roughly 8pc of the country's domestic production.

Speaking to The News, MPL Chief Executive Officer Adnan Javed Siddiqui said the company had been receiving reduced supply for three weeks before the complete suspension.

"We were given no prior notice. One day the pressure simply dropped," he said. "Every day the plant stays shut, we lose around Rs180 million in revenue."

Siddiqui warned that a prolonged closure could affect urea availability during the upcoming Rabi sowing season. "If this continues into October, farmers will feel it," he said.

A spokesman for the Southern Gas Transmission Company (SGTC) said the curtailment was a result of declining output from local fields and higher demand from the domestic sector.

"Priority has to be given to household consumers under the government's gas allocation policy," the spokesman said, adding that the company was "working on a plan" to partially restore supply to fertiliser plants within two weeks.

Analysts said the shutdown could push up urea prices in the open market, where the commodity was already trading above the notified rate.

Ayesha Rauf, head of research at Crestline Securities, said MPL's earnings for the current quarter would likely take a hit of Rs1.2 to Rs1.5 per share.

"The market had priced in some disruption, but not a full shutdown," she said. "The bigger question is whether the government will allow imported LNG to be diverted to the fertiliser sector at subsidised rates."

MPL shares closed down 4.7pc at Rs112.35 on Monday, while the benchmark KSE-100 index fell 0.3pc.

The Fertiliser Manufacturers Advisory Council (FMAC), in a letter to the Ministry of Industries and Production, urged the government to ensure "uninterrupted and equitable" gas supply to all plants and warned that the country may need to import urea if the situation persisted.

According to an official of the ministry, the Economic Coordination Committee is expected to take up the issue later this week. The official said the government was "fully aware of the food security implications" of the shutdown.""",
        [
            ("as a precautionary measure to", "Mehran Petrochem Limited"),
            ("The management is in contact", "Mehran Petrochem Limited"),
            ("We were given no prior", "Adnan Javed Siddiqui"),
            ("Every day the plant stays", "Adnan Javed Siddiqui"),
            ("If this continues into October,", "Adnan Javed Siddiqui"),
            ("Priority has to be given", "spokesman"),
            ("working on a plan", "spokesman"),
            ("The market had priced in", "Ayesha Rauf"),
            ("The bigger question is whether", "Ayesha Rauf"),
            ("uninterrupted and equitable", "Fertiliser Manufacturers Advisory Council"),
            ("fully aware of the food", "official of the ministry"),
        ],
    ),
    (
        """Gana Oikya Party announces countrywide rallies for poll-time govt

Staff Correspondent

The Jatiya Gana Oikya Party on Saturday announced a series of rallies across the country over the coming month to press home its demand for a non-partisan administration during the next parliamentary elections.

Party secretary general Abdur Rouf Sarker announced the programme at a press conference at the party's Naya Paltan central office in Dhaka.

'The people of this country have lost faith in elections held under a partisan government. We will not take part in another one-sided vote,' he said.

Sarker said the rallies would begin in Rajshahi on November 4 and conclude with a grand rally in Dhaka on November 30.

He alleged that at least 27 leaders and activists of the party had been arrested in the past two weeks in 'fabricated cases' filed by police in Bogura, Sirajganj and Natore districts.

'Our activists are being picked up from their homes at night. Their families are not even told where they are being taken,' Sarker told reporters.

'This is not the behaviour of a democratic state. The government is afraid of the people,' he said.

Replying to a question, he said the party was 'open to dialogue' with the government, but only if the election-time administration was on the agenda.

Reacting to the announcement, Jatiya Unnayan League joint general secretary Nurul Islam Khokon said the opposition was trying to 'create anarchy in the name of movement'.

'The Constitution clearly states how elections will be held. There is no scope to go back to a caretaker system,' he told journalists at a programme in Dhanmondi.

A senior officer of the Dhaka Metropolitan Police, requesting anonymity, told New Age that permission for the Dhaka rally would be decided 'considering the overall law and order situation' closer to the date.

Election Commission secretary Md Jahangir Kabir, speaking at a separate event at Agargaon, said the commission was 'fully prepared' to hold a free and fair election and urged all parties to take part.

Political analysts warned that the standoff could lead to unrest in the months before the polls.

'Both sides are locked in positions they cannot easily step back from. Without dialogue, the risk of violence is very real,' Sharmin Nahar, a professor of political science at Dhaka University, told New Age.

The party also announced that it would submit a memorandum to the president on November 10 outlining its proposals for electoral reform.""",
        [
            ("The people of this country", "Abdur Rouf Sarker"),
            ("fabricated cases", "Abdur Rouf Sarker"),
            ("Our activists are being picked", "Abdur Rouf Sarker"),
            ("This is not the behaviour", "Abdur Rouf Sarker"),
            ("open to dialogue", "Abdur Rouf Sarker"),
            ("create anarchy in the name", "Nurul Islam Khokon"),
            ("The Constitution clearly states how", "Nurul Islam Khokon"),
            ("considering the overall law and", "senior officer of the Dhaka Metropolitan Police"),
            ("fully prepared", "Md Jahangir Kabir"),
            ("Both sides are locked in", "Sharmin Nahar"),
        ],
    ),
    (
        """Former housing minister granted bail in Ravi Gardens scheme case

By Hasnain Raza

LAHORE: An anti-corruption court on Thursday granted post-arrest bail to former Punjab housing minister Zaheer Abbas Khokhar in a case pertaining to alleged irregularities worth Rs2.4 billion in the allotment of plots in the Ravi Gardens housing scheme.

Judge Shahid Mehmood Bhatti accepted the bail petition against surety bonds worth Rs1 million, observing that the prosecution had failed to produce "any direct evidence" linking the suspect to the alleged misappropriation.

Mr Khokhar was arrested by the Provincial Anti-Corruption Directorate (PACD) in February from his residence in Model Town. According to the FIR, he approved the allotment of 312 plots to individuals who did not meet the eligibility criteria, allegedly in exchange for kickbacks.

Defence counsel Khurram Shahzad Warraich argued that his client had been "made a scapegoat" for decisions taken by a committee of officials.

"The approvals were granted by a five-member committee. My client signed the summary on the advice of the secretary. If there was wrongdoing, why has no officer been arrested?" he asked.

He told the court that the investigation had been completed and the challan submitted, and that his client's continued detention would serve "no useful purpose".

Deputy District Public Prosecutor Naveed Akram Cheema, representing the PACD, opposed the bail plea, saying the suspect could tamper with evidence and influence witnesses, many of whom were serving government employees.

"This is a case of massive corruption in which poor people's right to housing was sold to the highest bidder," the prosecutor argued.

The judge, however, noted that the relevant record had already been taken into possession by the investigators and the suspect had remained in custody for over four months.

Outside the court, Mr Khokhar's supporters chanted slogans as he was led away to complete the formalities for his release. His son, Usman Zaheer Khokhar, told reporters the family had "always trusted the judiciary".

"My father has been a victim of political revenge. Today's decision proves that the case was built on nothing," he said.

A PACD spokesperson said in a statement that the directorate would challenge the bail order in the Lahore High Court. "The evidence on record is strong and we are confident the high court will review the matter," the statement said.

The court adjourned the hearing of the main case till Aug 3 and summoned the prosecution witnesses.""",
        [
            ("any direct evidence", "Shahid Mehmood Bhatti"),
            ("made a scapegoat", "Khurram Shahzad Warraich"),
            ("The approvals were granted by", "Khurram Shahzad Warraich"),
            ("no useful purpose", "Khurram Shahzad Warraich"),
            ("This is a case of", "Naveed Akram Cheema"),
            ("always trusted the judiciary", "Usman Zaheer Khokhar"),
            ("My father has been a", "Usman Zaheer Khokhar"),
            ("The evidence on record is", "spokesperson"),
        ],
    ),
    (
        """Container backlog at Chattogram port pushes up costs for importers

TBS Report

Importers are counting additional costs of up to Tk40,000 per container as a backlog of over 41,000 TEUs at Chattogram port has left goods stuck in yards for up to two weeks, traders and shipping agents said.

The congestion began in late May after a three-day go-slow by truck and covered-van drivers protesting extortion on the Dhaka-Chattogram highway, and has been aggravated by a surge in imports ahead of Eid-ul-Azha.

"Ships are waiting at the outer anchorage for eight to ten days. We have never seen it this bad outside the monsoon season," said Shafiqul Islam Chowdhury, secretary general of the Bangladesh Shipping Agents Forum.

Md Ziaul Hoque, member (operations) of the port authority, told The Business Standard that the yard capacity was 53,000 TEUs and occupancy had crossed 80%, a level at which handling efficiency falls sharply.

"We have extended working hours and opened two additional off-dock yards. The situation should ease within a week if importers take delivery promptly," he said.

He blamed some importers for keeping containers at the port "as cheap warehouses" and said the authority was considering raising storage charges.

Importers, however, rejected the claim. Nazmul Hasan Babu, an edible oil and spice importer in Khatunganj, said his containers had been cleared by customs eight days ago but were yet to be delivered.

"We paid the duties, we paid demurrage, and still nobody can tell us where our containers are in the yard," he said.

"Prices of cumin and cardamom are already rising in the market. Consumers will pay for this."

According to the Bangladesh Freight Forwarders Alliance, shipping lines have started imposing congestion surcharges of $150 to $250 per container on Chattogram-bound cargo.

"The surcharge is being passed on to importers and, eventually, consumers," the association said in a statement, calling for "emergency coordination" between the port, customs and the road transport authority.

An official of the Chattogram Custom House, speaking on condition of anonymity, said a shortage of scanning machines was slowing down physical inspection. "Two of our four scanners have been out of order since April. We have written to the headquarters several times," the official said.

Kamrul Ahsan, managing director of Bay Container Terminal Limited, a private off-dock operator in Patenga, said his depot was running at 95% capacity.

"We cannot take more empty containers right now. Exporters will face trouble if the situation continues into July," he said.""",
        [
            ("Ships are waiting at the", "Shafiqul Islam Chowdhury"),
            ("We have extended working hours", "Md Ziaul Hoque"),
            ("as cheap warehouses", "Md Ziaul Hoque"),
            ("We paid the duties, we", "Nazmul Hasan Babu"),
            ("Prices of cumin and cardamom", "Nazmul Hasan Babu"),
            ("The surcharge is being passed", "Bangladesh Freight Forwarders Alliance"),
            ("emergency coordination", "Bangladesh Freight Forwarders Alliance"),
            ("Two of our four scanners", "official of the Chattogram Custom House"),
            ("We cannot take more empty", "Kamrul Ahsan"),
        ],
    ),
]
