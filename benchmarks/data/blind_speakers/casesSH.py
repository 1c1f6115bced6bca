CASES = [
    (
        """Court remands ex-commissioner in prison over alleged N2.4bn contract fraud

By Chinedu Okafor

A Federal High Court sitting in Ugbene, the Oyorun State capital, on Tuesday ordered that a former Commissioner for Works in the state, Alhaji Musa Danladi-Baba, be remanded in a correctional facility pending the hearing of his bail application.

Danladi-Baba was arraigned by the National Financial Crimes Agency on a 14-count charge bordering on conspiracy, abuse of office and diversion of N2.4bn meant for the construction of rural roads in the state.

He pleaded not guilty to all the counts.

Counsel for the agency, Mr Tunde Alabi, urged the court to fix a date for trial, saying the prosecution had "five witnesses ready to testify."

But the defendant's lawyer, Chief Emeka Nwosu (SAN), told the court that his client had filed a bail application on Monday and that the prosecution had been duly served.

"My Lord, the defendant has been in the custody of the agency for 11 days. He is a man of 64 years with known medical conditions. We pray the court to take the application today," Nwosu said.

Alabi opposed the request, arguing that he was served only on the morning of the sitting and needed time to respond.

"We were served at 8.40am today. The law allows us seven days to react to the processes, and we intend to file a counter-affidavit," he said.

Justice Halima Ibrahim-Ode, in a short ruling, held that the prosecution was entitled to respond to the application.

"The court cannot hear a bail application in which the respondent has not been given adequate time to respond. The defendant shall be remanded at the Ugbene Custodial Centre pending the determination of the application," the judge ruled.

She adjourned the matter till March 18 for the hearing of the bail application.

According to the charges filed by the agency, the former commissioner, between 2019 and 2022, awarded contracts to three companies in which he allegedly had an interest and approved payments for jobs that were "never executed or only partly executed."

The companies, Lakeview Civil Works Limited, Danbaba Construction Nigeria Limited and Ridgeline Engineering Services, were also listed as defendants in the charge.

Speaking to journalists after the proceedings, a spokesman for the agency, Mr Yakubu Olatunji, said the agency would "diligently prosecute" the case.

"We have done a thorough investigation. We are confident in the evidence we have gathered and we will present it before the court," he said.

A relative of the defendant, who did not want to be named, described the remand as "unfortunate", but said the family would "abide by the court's decision."

Danladi-Baba served as commissioner under the immediate past administration in the state and was invited by the agency in January after a petition by a coalition of community groups in the Ugbene North Senatorial District.
""",
        [
            ("five witnesses ready to testify.", "Tunde Alabi"),
            ("My Lord, the defendant has", "Emeka Nwosu"),
            ("We were served at 8.40am", "Tunde Alabi"),
            ("The court cannot hear a", "Halima Ibrahim-Ode"),
            ("never executed or only partly", "National Financial Crimes Agency"),
            ("diligently prosecute", "Yakubu Olatunji"),
            ("We have done a thorough", "Yakubu Olatunji"),
            ("unfortunate", "relative of the defendant"),
            ("abide by the court's decision.", "relative of the defendant"),
        ],
    ),
    (
        """Ex-pension board chief moved N1.1bn to relatives’ firms, witness tells court

By Aisha Bello-Nuhu

A prosecution witness on Wednesday told the Ekwulu State High Court in Amaeze how the former Executive Secretary of the State Pensions Board, Ifeanyi Ogbuefi, allegedly transferred about N1.1 billion from the board’s accounts to companies owned by his relatives.

The witness, Safiya Garba, an investigator with the Public Integrity and Anti-Corruption Commission (PIACC), said the money was moved in 37 tranches between March 2020 and August 2021.

Led in evidence by the prosecution counsel, Rotimi Adeyemi, Ms Garba said the commission began investigating the board after receiving a petition from a group of retirees.

“The petition alleged that pensioners had not been paid for 14 months, while huge sums were leaving the board’s accounts every month,” she said.

“When we obtained the statements of account, we discovered that the funds were paid to three companies – Ogbe Ventures, Ifesinachi Global Links and Dimkpa Agro Services. Our checks at the corporate registry showed that the directors of these companies are the defendant’s wife, his younger brother and his personal assistant.”

Ms Garba told the court that the defendant, in his statement to the commission, admitted knowing the directors but insisted the payments were for “legitimate consultancy services.”

“We asked him to produce the contracts, the deliverables and the evidence of service. He could not produce any,” the witness said.

Under cross-examination by defence counsel, Obinna Ezenwa, the witness admitted that the commission did not interview the board’s internal auditor.

“Is it not true that the payments you are referring to were approved by the board’s tenders committee and not by my client alone?” Mr Ezenwa asked.

“I am aware that the tenders committee signed some of the approvals, but the defendant was the chairman of that committee,” Ms Garba replied.

The trial judge, Chioma Nwankwo-Eze, adjourned the case to 4 June for continuation of trial.

Mr Ogbuefi is standing trial on 22 counts of conspiracy, stealing, abuse of office and money laundering. He pleaded not guilty and was granted bail in the sum of N100 million with two sureties in like sum.

He was removed from office in September 2021 after retirees staged a week-long protest at the Government House, Amaeze, over unpaid pensions and gratuities.

Outside the courtroom, the chairman of the Ekwulu State Pensioners’ Forum, Cletus Anyanwu, said the retirees had waited too long for justice.

“Some of our members have died waiting for their entitlements. We are not interested in the politics; we want the money returned,” he told our reporter.
""",
        [
            ("The petition alleged that pensioners", "Safiya Garba"),
            ("When we obtained the statements", "Safiya Garba"),
            ("legitimate consultancy services.", "Ifeanyi Ogbuefi"),
            ("We asked him to produce", "Safiya Garba"),
            ("Is it not true that", "Obinna Ezenwa"),
            ("I am aware that the", "Safiya Garba"),
            ("Some of our members have", "Cletus Anyanwu"),
        ],
    ),
    (
        """Anti-graft agency arrests council boss, 3 others over N780m LG funds

By Ikechukwu Eze, Kafinzaki

The Economic Integrity Commission, EIC, has arrested the chairman of Dutsen-Wari Local Government Area of Garinbaki State, Hon. Sani Abdulkadir, and three council officials over the alleged diversion of N780 million meant for salaries and primary healthcare.

In a statement on Sunday, the commission said the suspects were picked up in Kafinzaki, the state capital, following "weeks of intelligence gathering and financial analysis."

The other suspects are the council's Treasurer, Mr. Bello Yusuf; Director of Personnel Management, Mr. Haruna Gidado; and a cashier, Mr. Ibrahim Lawal.

"Preliminary investigation revealed that the suspects, between January and October 2023, withdrew huge sums in cash from the council's accounts under the guise of payment of casual workers' wages and purchase of drugs for primary healthcare centres," the statement read.

"Some of the withdrawals were made on the same day, in amounts below the reporting threshold, in an apparent attempt to evade detection."

The commission said it had recovered "a number of properties, vehicles and cash" from the suspects, adding that they would be arraigned "as soon as investigations are concluded."

A senior official of the commission, who spoke on condition of anonymity because he was not authorised to speak on the matter, told our correspondent that the council chairman had been "cooperating" with investigators.

"He has made useful statements. Some of the officials have also volunteered information on where the funds went. We are following the money," the official said.

But the Publicity Secretary of the Garinbaki State chapter of the Progressive People's Congress, PPC, on whose platform Abdulkadir was elected, Alhaji Umar Dangana, described the arrest as "a witch-hunt orchestrated by the opposition."

In a statement, Dangana said: "We are not against the fight against corruption, but we insist that it must not be selective. Our chairman has always been law-abiding and he will clear his name."

Meanwhile, the Executive Director of the Centre for Accountability and Civic Rights, Comrade Aminu Shehu Kaura, urged the commission to "go beyond arrests" and ensure that the funds were recovered.

"Council workers in Dutsen-Wari were owed four months' salaries while this was going on. Health centres had no drugs. The people deserve to see the money returned and those responsible punished," Kaura said.

A nurse at one of the primary healthcare centres in the area, who asked not to be named, said the facility had not received drugs "for almost a year."

Checks by our correspondent in Dutsen-Wari on Saturday showed that the council secretariat was under lock and key, while some workers gathered in small groups discussing the arrests.
""",
        [
            ("weeks of intelligence gathering and", "Economic Integrity Commission"),
            ("Preliminary investigation revealed that the", "Economic Integrity Commission"),
            ("Some of the withdrawals were", "Economic Integrity Commission"),
            ("a number of properties, vehicles", "Economic Integrity Commission"),
            ("as soon as investigations are", "Economic Integrity Commission"),
            ("cooperating", "senior official of the commission"),
            ("He has made useful statements.", "senior official of the commission"),
            ("a witch-hunt orchestrated by the", "Umar Dangana"),
            ("We are not against the", "Umar Dangana"),
            ("go beyond arrests", "Aminu Shehu Kaura"),
            ("Council workers in Dutsen-Wari were", "Aminu Shehu Kaura"),
            ("for almost a year.", "nurse at one of the primary healthcare centres in the area"),
        ],
    ),
    (
        """Appeal Court sets aside ex-governor’s 12-year jail term, orders retrial

From Oluwaseun Adebayo, Ile-Oja

The Court of Appeal, Ile-Oja Division, yesterday set aside the conviction and 12-year prison sentence handed to a former governor of Oyorun State, Dr. Adewale Fashanu-Ojo, over an alleged N5.3 billion fraud, and ordered a fresh trial before another judge of the Federal High Court.

A three-member panel, in a unanimous judgment read by Justice Bukola Aderinto-Sule, held that the trial court breached the appellant’s right to fair hearing when it refused an adjournment sought by his counsel after the prosecution closed its case.

“It is trite that a party must be given a reasonable opportunity to present his case. The refusal of the learned trial judge to grant the appellant a short adjournment to call his witnesses, in the peculiar circumstances of this case, occasioned a miscarriage of justice,” the judge said.

“The entire proceedings from the close of the prosecution’s case are hereby declared a nullity.”

Justice Aderinto-Sule, however, declined the appellant’s request for an outright acquittal, holding that the evidence led by the prosecution disclosed “a prima facie case that ought to be answered.”

She directed the Chief Judge of the Federal High Court to reassign the case to another judge for “accelerated hearing.”

Fashanu-Ojo, who governed the state between 2011 and 2019, was convicted in 2022 by Justice Lateef Abiodun-Kolawole on 17 counts of conspiracy, criminal breach of trust and money laundering brought against him by the National Financial Crimes Agency (NFCA).

The trial court had found that funds meant for the payment of local government staff salaries were diverted through a bureau de change operator and used to acquire properties in the Marina Heights estate.

Reacting, the appellant’s lead counsel, Chief Olusegun Babatunde-Hassan (SAN), described the judgment as “a victory for the rule of law.”

“We have always maintained that our client was denied the opportunity to defend himself. The Court of Appeal has vindicated that position. We are ready for the retrial,” he told journalists.

The NFCA, in a statement by its spokesman, Mr. Dele Uwajimogu, said it had studied the judgment and would “take appropriate steps,” including a possible appeal to the Supreme Court.

“The agency notes that the Court of Appeal did not exonerate the former governor. The court found that there is a case to answer, and we remain committed to seeing this matter to its logical conclusion,” the statement said.

A senior advocate in Ile-Oja, Mrs. Folake Ajayi-Obi, said the judgment underscored the need for trial courts to be “patient with defence counsel even when delay tactics are suspected.”

“Appellate courts will always set aside a conviction where fair hearing is breached, no matter how strong the evidence is. It is better to spend one more month at trial than to start all over after eight years,” she said.
""",
        [
            ("It is trite that a", "Bukola Aderinto-Sule"),
            ("The entire proceedings from the", "Bukola Aderinto-Sule"),
            ("a prima facie case that", "Bukola Aderinto-Sule"),
            ("accelerated hearing.", "Bukola Aderinto-Sule"),
            ("a victory for the rule", "Olusegun Babatunde-Hassan"),
            ("We have always maintained that", "Olusegun Babatunde-Hassan"),
            ("take appropriate steps,", "Dele Uwajimogu"),
            ("The agency notes that the", "Dele Uwajimogu"),
            ("patient with defence counsel even", "Folake Ajayi-Obi"),
            ("Appellate courts will always set", "Folake Ajayi-Obi"),
        ],
    ),
    (
        """Assets tribunal: Ex-perm sec denies owning 11 houses in Kafinzaki

By Abdullahi Musa Tanko

A former Permanent Secretary in the Garinbaki State Ministry of Finance, Alhaji Bashir Lawan Gwadabe, on Thursday told the Public Officers' Assets Tribunal that he did not own 11 of the 16 properties listed against his name by the Assets Declaration Bureau.

Gwadabe, who is facing a seven-count charge of false declaration of assets, was testifying in his own defence.

Led in evidence by his counsel, Barrister Yahaya Mohammed Kura, the defendant said most of the houses belonged to his late father and were "inherited and shared among 14 children in accordance with Islamic law."

"I declared what belonged to me. The houses at Tudun Wada, Gidan Kwari and along Sabon Titi Road belong to the estate of my late father. My brothers and sisters live in some of them till today," he said.

He also told the tribunal that two plots of land in the Kofar Sarki area had been sold in 2015, before his appointment as permanent secretary, and tendered sales agreements which were admitted as exhibits.

Under cross-examination, counsel to the bureau, Mrs Rakiya Abubakar-Idris, asked him why the properties were registered in his name at the state Bureau of Lands if they belonged to the estate.

"It is common in our place for the eldest son to hold the documents on behalf of the family. That does not make the properties mine," Gwadabe replied.

She then confronted him with a bank statement showing that N86 million was lodged into his account within three months in 2019.

"Those were proceeds from the sale of farm produce. I have a 200-hectare farm in Dan Magaji and I sell maize and soya beans in large quantities," he said.

Asked whether he declared the farm in his asset declaration form, the witness said: "I declared it as agricultural land. I did not know I was required to state the income separately."

The chairman of the tribunal, Justice Ahmed Tijjani Garko, adjourned the matter till May 9 for continuation of defence.

Gwadabe, who retired from service in 2021, was first arraigned in November 2022. The bureau had alleged that he failed to declare several landed properties and bank accounts in the forms he submitted on assumption and at the end of his tenure.

Speaking to reporters after the sitting, Kura said his client had "nothing to hide."

"He has produced documents for every property in question. We believe the tribunal will do justice at the end of the day," he said.

An official of the bureau who was in court but declined to be named said the prosecution would "demolish" the defence during final written addresses.
""",
        [
            ("inherited and shared among 14", "Bashir Lawan Gwadabe"),
            ("I declared what belonged to", "Bashir Lawan Gwadabe"),
            ("It is common in our", "Bashir Lawan Gwadabe"),
            ("Those were proceeds from the", "Bashir Lawan Gwadabe"),
            ("I declared it as agricultural", "Bashir Lawan Gwadabe"),
            ("nothing to hide.", "Yahaya Mohammed Kura"),
            ("He has produced documents for", "Yahaya Mohammed Kura"),
            ("demolish", "official of the bureau"),
        ],
    ),
    (
        """Court orders interim forfeiture of N3.7bn, nine properties linked to ex-ministry director

By Tobi Adeleke-Johnson

A Federal High Court in Ile-Oja has ordered the temporary forfeiture to the Federal Government of N3.7bn, $1.2m and nine properties allegedly linked to a former Director of Procurement in the Federal Ministry of Aviation, Mr Kelechi Amadi-Obi.

Justice Ngozi Eleanya-Bakare made the order on Monday following an ex parte motion filed by the National Financial Crimes Agency.

The judge directed the agency to publish the order in a national newspaper within 14 days, for anyone with an interest in the assets to "show cause why the assets should not be permanently forfeited."

In an affidavit in support of the motion, an investigator with the agency, Mr Emmanuel Oduya, averred that the funds were traced to accounts operated by four companies which received payments from the ministry between 2018 and 2022.

"Investigation revealed that the companies had no physical offices at their registered addresses and had no record of executing any contract for the ministry or any other government agency," the affidavit stated.

According to the affidavit, the properties include a five-bedroom duplex in the Garden City Estate, a block of 12 flats in Ile-Oja, two shopping plazas and a filling station along the Ile-Oja-Oguta Expressway.

One of the companies, Skybridge Logistics Nigeria Limited, however, denied any wrongdoing.

"Skybridge Logistics is a duly registered company that has carried out legitimate business in the aviation sector for over a decade. We are not aware of any court order and will respond appropriately once we are served," the company said in a statement on Tuesday.

The company added that it had "never received a kobo" from the ministry without executing the corresponding contract.

Amadi-Obi could not be reached for comment. His lawyer, Mr Chukwuma Ibe-Nnaji, said in a text message that his client would "challenge the order at the appropriate time."

"My client has not been charged with any offence. An interim order is not a conviction, and we will be in court to show that these assets were legitimately acquired," he added.

A spokesman for the agency said the order was part of efforts to "make corruption unattractive by taking away its proceeds."

"We will not relent. Whether or not a suspect is convicted, proceeds of unlawful activity must be returned to the public," the spokesman said.

The case was adjourned till June 12 for the hearing of the motion for final forfeiture.
""",
        [
            ("show cause why the assets", "Ngozi Eleanya-Bakare"),
            ("Investigation revealed that the companies", "Emmanuel Oduya"),
            ("Skybridge Logistics is a duly", "Skybridge Logistics Nigeria Limited"),
            ("never received a kobo", "Skybridge Logistics Nigeria Limited"),
            ("challenge the order at the", "Chukwuma Ibe-Nnaji"),
            ("My client has not been", "Chukwuma Ibe-Nnaji"),
            ("make corruption unattractive by taking", "spokesman"),
            ("We will not relent.", "spokesman"),
        ],
    ),
    (
        """Courts, not investigators, delaying graft cases - PIACC chair

By Yetunde Akinsola

The Chairman of the Public Integrity and Anti-Corruption Commission (PIACC), Prof. Ibrahim Adamu Dogonyaro, has blamed frequent adjournments and "endless interlocutory appeals" for the slow pace of corruption trials in the country.

Dogonyaro spoke in Amaeze on Tuesday at the launch of a report titled "Justice Delayed: Corruption Cases in Our Courts, 2015-2023", compiled by the Centre for Law and Transparency.

He said: "Out of the 412 high-profile cases we filed in the last eight years, only 96 have been concluded. Some of them have been in court for more than a decade. In one case, the defendant has changed lawyers nine times, and each time the new lawyer asks for time to study the file.

"That is not justice. That is a mockery of the system, and it sends a dangerous message to those who are still in office."

The PIACC chief, who said the commission secured 1,212 convictions in 2023, most of them of internet fraudsters popularly called "yahoo boys", called for the establishment of special courts for corruption cases.

According to him, special courts with dedicated judges and strict timelines would "remove the incentive for defendants to frustrate trials."

Dogonyaro also announced that the commission would extend its "Integrity Clubs" programme to 500 more secondary schools before the end of the year.

Presenting the report, the Executive Director of the centre, Dr. Nkechi Oranye-Williams, said the average corruption trial in the country lasted "six years and four months."

"What we found is that the prosecution is not blameless. In about a third of the cases we studied, the prosecution failed to produce witnesses on the trial date, or amended the charges mid-trial," she said.

She noted that the report also tracked 37 cases in which defendants died, fled the country or were elected into public office while their trials were ongoing.

A retired judge of the state High Court, Justice Augustine Nwachukwu-Ofor, who chaired the occasion, said the judiciary "should not be made the scapegoat" for the failings of the entire justice sector.

"Judges do not investigate cases. When a charge is poorly drafted or the evidence is weak, the court cannot convict simply because the public is angry," he said.

The event was attended by representatives of the Amaeze branch of the bar association, civil society groups and students of the Faculty of Law, Ekwulu State University.
""",
        [
            ("endless interlocutory appeals", "Ibrahim Adamu Dogonyaro"),
            ("Out of the 412 high-profile", "Ibrahim Adamu Dogonyaro"),
            ("That is not justice.", "Ibrahim Adamu Dogonyaro"),
            ("remove the incentive for defendants", "Ibrahim Adamu Dogonyaro"),
            ("six years and four months.", "Nkechi Oranye-Williams"),
            ("What we found is that", "Nkechi Oranye-Williams"),
            ("should not be made the", "Augustine Nwachukwu-Ofor"),
            ("Judges do not investigate cases.", "Augustine Nwachukwu-Ofor"),
        ],
    ),
    (
        """Court jails ex-varsity bursar 21 years, says N890m fraud ‘shocking’

By Emeka Chukwudi-Nwafor

An Ekwulu State High Court sitting in Amaeze on Friday sentenced a former Bursar of the Federal University of Technology, Umuokpara, Mr. Godwin Ekene Okeke, to 21 years in prison for stealing N890 million belonging to the institution.

Justice Maryam Danjuma-Obi found Okeke guilty on all 15 counts of conspiracy, stealing, forgery and money laundering preferred against him by the Economic Integrity Commission.

In her judgment, which lasted about three hours, the judge held that the prosecution had proved its case beyond reasonable doubt.

“The evidence before this court shows a deliberate, well-planned scheme to loot the resources of a public institution. The convict created fictitious names on the payroll, forged the signatures of his superiors, and moved the proceeds through accounts opened in the names of his domestic staff,” she said.

“What is most shocking is that this happened at a time when lecturers at the university were on strike over unpaid allowances and students were sitting for examinations in classrooms without roofs.

“This court must send a clear message that public office is a trust and not an opportunity for self-enrichment.”

The judge sentenced the convict to 21 years on each of the money laundering counts and seven years on each of the other counts, to run concurrently. She also ordered that two houses and a hotel traced to him be forfeited to the university.

Before sentencing, Okeke, in his allocutus, pleaded for leniency, telling the court he was a “first offender” who had “learnt my lesson.”

“I am the breadwinner of my family. I have five children, two of them in the university. I beg the court to temper justice with mercy,” he said, breaking down in tears.

Prosecution counsel, Mrs. Adaeze Okoli-Bamidele, had urged the court to impose the maximum sentence, arguing that the convict showed “no remorse whatsoever” throughout the four-year trial.

After the judgment, the Vice-Chancellor of the university, Prof. Theophilus Ugwu-Mba, told reporters that the institution would work with the commission to recover the stolen funds.

“We welcome the judgment. This was money meant for research, for hostels, for our staff. We hope that every kobo will be returned to the university,” he said.

The chairperson of the lecturers’ union at the university, Dr. Ngozi Eze-Onah, described the judgment as “a small victory” but said others involved in the fraud were “still walking free.”
""",
        [
            ("shocking", "Maryam Danjuma-Obi"),
            ("The evidence before this court", "Maryam Danjuma-Obi"),
            ("What is most shocking is", "Maryam Danjuma-Obi"),
            ("This court must send a", "Maryam Danjuma-Obi"),
            ("first offender", "Godwin Ekene Okeke"),
            ("learnt my lesson.", "Godwin Ekene Okeke"),
            ("I am the breadwinner of", "Godwin Ekene Okeke"),
            ("no remorse whatsoever", "Adaeze Okoli-Bamidele"),
            ("We welcome the judgment.", "Theophilus Ugwu-Mba"),
            ("a small victory", "Ngozi Eze-Onah"),
            ("still walking free.", "Ngozi Eze-Onah"),
        ],
    ),
]
