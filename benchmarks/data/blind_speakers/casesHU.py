CASES = [
    (
        """Regulator gives oil firms 30 days to settle Abrewa field arrears

By Efua Nyarko-Boateng, Takoradi

The Ghana Upstream Regulatory Authority (GURA) has given three oil companies operating in the Abrewa Deepwater Block 30 days to settle outstanding surface rentals, training levies and penalties estimated at US$14.6 million.

The Chief Executive of the authority, Mr Kwadwo Ofori-Atuahene, who announced the directive at a stakeholders' forum in Takoradi last Thursday, said the companies had been served "repeated notices" over the past 18 months without any meaningful response.

"We cannot continue to run a regulatory regime where the rules apply to some and not to others. The law is clear, and we will enforce it to the letter," he stated.

Mr Ofori-Atuahene said the authority would not hesitate to invoke sanctions under the petroleum laws, including the suspension of approved work programmes, if the deadline was not met.

He named the companies as Sapele Atlantic Energy, Meridian Offshore Ghana Limited and Korle Basin Resources, which together hold a 68 per cent interest in the block, with the national oil company holding the rest.

Responding, the Country Manager of Meridian Offshore Ghana, Ms Adjoa Sekyi-Hughes, said her company had already paid a portion of the arrears and was "reconciling the remaining figures" with the regulator.

"We have a long history in this country and we take our obligations seriously. There is a difference in the numbers, and we believe a meeting of the technical teams will resolve it," she told the Daily Graphic after the forum.

Sapele Atlantic Energy, in a statement issued in Accra on Friday, said it had "noted the directive" and would engage the authority "in the spirit of partnership".

Korle Basin Resources could not be reached for comment.

The forum, held on the theme "Local Content, Shared Prosperity", brought together operators, service companies, traditional authorities from the Western Region and civil society groups.

The Chief Fisherman of Axim, Kofi Mensah Eduful, called on the government to ensure that communities hosting oil infrastructure benefited directly from petroleum revenue.

"Our fishermen have lost their fishing grounds because of the exclusion zones. Our young men have no work. When they talk about oil money, we in Axim only see the flare at night," he said, to applause from the audience.

A representative of the Civil Society Platform on Oil and Gas, Mr Ekow Quansah-Arthur, urged the regulator to publish the full list of defaulting companies and the amounts each of them owed.

"Transparency is not a favour the state does for its citizens. It is an obligation under the law," he said.

Mr Ofori-Atuahene assured the gathering that the authority would publish its enforcement actions on its website at the end of the 30-day period.""",
        [
            ("repeated notices", "Kwadwo Ofori-Atuahene"),
            ("We cannot continue to", "Kwadwo Ofori-Atuahene"),
            ("reconciling the remaining figures", "Adjoa Sekyi-Hughes"),
            ("We have a long", "Adjoa Sekyi-Hughes"),
            ("noted the directive", "Sapele Atlantic Energy"),
            ("in the spirit of partnership", "Sapele Atlantic Energy"),
            ("Our fishermen have lost", "Kofi Mensah Eduful"),
            ("Transparency is not a", "Ekow Quansah-Arthur"),
        ],
    ),
    (
        """Court remands ex-DPA boss, two others over $42m crude swap deal

Chinedu Okonkwo-Eze, Abuja

A Federal High Court in Abuja on Tuesday ordered the remand of a former Managing Director of the Delta Petroleum Assets Agency, Dr Ifeanyi Obiakor-Nwosu, and two others in the Kuje Correctional Centre pending the hearing of their bail applications.

Obiakor-Nwosu was arraigned alongside two businessmen, Alhaji Musa Danladi-Garba and Mr Tonye Ibiminabo-West, on a 17-count charge bordering on conspiracy, abuse of office and money laundering.

The Special Crimes Prosecution Agency alleged that the defendants diverted about $42m in proceeds of crude-for-products swap contracts executed between 2019 and 2021 through a network of shell companies.

The defendants pleaded not guilty to all the counts when they were read to them.

Counsel for the prosecution, Mr Babatunde Adeyemi-Coker (SAN), urged the court to remand the defendants, arguing that they had "the means and the motive" to frustrate the trial.

"My Lord, the first defendant holds two passports, and we have evidence that he attempted to leave the country through the Kano airport in March. We urge the court to order that the defendants be kept in custody until their bail applications are heard," he said.

But counsel for the first defendant, Chief Ngozi Amadi-Ekwueme (SAN), described the charges as "a political vendetta dressed up as prosecution".

She said her client had voluntarily honoured the agency's invitations on three occasions and had "never once failed to show up."

"The prosecution is simply trying to punish my client before trial. This is a man who served this country for 27 years. Where is he going to run to?" Amadi-Ekwueme asked.

Counsel for the second and third defendants aligned themselves with her submission.

Ruling, Justice Aisha Lawal-Bakare declined to grant bail orally, noting that the formal applications filed by the defendants had not been served on the prosecution.

"The defendants shall be remanded in the custody of the Nigerian Correctional Service, Kuje, pending the determination of their bail applications, which shall be heard on Thursday," the judge ordered.

She adjourned the matter till May 14 for the commencement of trial.

Speaking with journalists outside the courtroom, the spokesman for the SCPA, Danjuma Ahmed-Tsoho, said the agency had traced part of the funds.

"We have traced about $11m to properties in Abuja, Lagos and Dubai, and we have secured interim forfeiture orders on some of them," he said.

An official of the Ministry of Petroleum Resources, who asked not to be named because he was not authorised to speak on the matter, told PUNCH that the swap contracts had long been "a black box" that was never properly audited.""",
        [
            ("the means and the motive", "Babatunde Adeyemi-Coker"),
            ("My Lord, the first", "Babatunde Adeyemi-Coker"),
            ("a political vendetta dressed", "Ngozi Amadi-Ekwueme"),
            ("never once failed to", "Ngozi Amadi-Ekwueme"),
            ("The prosecution is simply", "Ngozi Amadi-Ekwueme"),
            ("The defendants shall be", "Aisha Lawal-Bakare"),
            ("We have traced about", "Danjuma Ahmed-Tsoho"),
            ("a black box", "official of the Ministry of Petroleum Resources"),
        ],
    ),
    (
        """Senegal to seek better terms on offshore oil contracts, minister says

DAKAR, March 12 (Reuters) - Senegal will seek to renegotiate revenue-sharing terms with the operators of its offshore oil and gas fields after a government audit found the contracts favoured foreign companies, Oil and Energy Minister Aliou Badara Diouf said on Tuesday.

"We are not here to chase anyone away. But the contracts signed in 2016 and 2017 do not reflect the interests of the Senegalese people, and that has to change," Diouf told reporters in Dakar.

Diouf said a commission of lawyers, economists and engineers had completed a review of the production sharing contracts and found "significant imbalances" in cost-recovery and tax provisions. He did not give details of the terms the government would seek.

Franco-Senegalese operator Atlantique Energies, which runs the Kayar offshore field, said it was open to dialogue.

"We have always operated in full compliance with Senegalese law and the terms of our production sharing contract," the company said in an emailed statement. "We remain committed to constructive discussions with the authorities."

The West African nation became an oil producer last year and expects output to reach around 100,000 barrels per day in 2025. Gas exports from a project straddling the maritime border with Mauritania are also expected to ramp up.

An industry source familiar with the talks said the government had also asked for a larger stake for state oil company SNHS in future developments, describing the demands as "tough but not unreasonable."

Diouf's announcement follows a ruling last month by Senegal's Supreme Court, which threw out a petition by a group of lawyers seeking the cancellation of two exploration licences on the grounds that they had been awarded without a tender.

Opposition figures have warned that a renegotiation could spook investors at a time when the country needs funds to service its debt.

"Investors are watching. If you tear up contracts, you must be ready to pay the price in arbitration," former oil minister Ousmane Diagne Mbaye, now an opposition lawmaker, said in an interview.

Fatou Kine Sall, a Dakar-based analyst at consultancy Sahel Risk Partners, said she expected a negotiated outcome.

"The government has a strong popular mandate on this," Sall said. "But it also needs the cash flow from these projects, so I expect compromise rather than confrontation."

(Reporting by Aminata Coly; Writing by Mark Ellison; Editing by Tom Ashworth)""",
        [
            ("We are not here", "Aliou Badara Diouf"),
            ("significant imbalances", "Aliou Badara Diouf"),
            ("We have always operated", "Atlantique Energies"),
            ("We remain committed to", "Atlantique Energies"),
            ("tough but not unreasonable.", "industry source familiar with the talks"),
            ("Investors are watching. If", "Ousmane Diagne Mbaye"),
            ("The government has a", "Fatou Kine Sall"),
            ("But it also needs", "Fatou Kine Sall"),
        ],
    ),
    (
        """Minority walks out as House passes Petroleum Revenue amendment

By Selasi Agbenyega

The Minority in Parliament yesterday staged a walkout as the House passed the Petroleum Revenue Management (Amendment) Bill, 2024, which allows the government to draw on the Ghana Legacy Fund to finance infrastructure projects.

The amendment permits the Minister of Finance to transfer up to 30 per cent of the fund’s balance each year into what the Bill calls a “stabilisation window”, subject to approval by Cabinet and a report to Parliament.

Before the walkout, Minority members, dressed mostly in black, had spent nearly three hours opposing the clause on the floor of the House.

Addressing journalists at Parliament House after the walkout, the Minority Leader, Mr Yaw Boakye-Darkwa, said:

“This Bill is a raid on the savings of our grandchildren. The Legacy Fund was set up precisely so that no government, whatever its colour, could spend all the oil money in one term.

“We warned the Majority. We proposed amendments to cap the withdrawals and to subject every cedi to parliamentary approval. They rejected all of them.

“History will judge this House harshly for what it has done today.”

But the Minister of Finance, Dr Abena Owusu-Frimpong, who moved the motion for the third reading, described the amendment as “responsible and time-bound”.

According to her, the country could not “sit on billions of dollars while our roads are death traps and our hospitals are overcrowded”.

“The withdrawals are capped, they are audited and they are reported to this House every quarter,” she told the House during the debate. “Nobody is raiding anything.”

She said the transfers would end in 2028, after which the Legacy Fund would revert to its original rules.

The Majority Chief Whip, Mr Daniel Tetteh-Ansong, accused the Minority of playing to the gallery.

“They supported a similar clause when they were in government. Today they wear black and walk out. Ghanaians are not deceived,” he said.

The Institute for Extractives Accountability (IEA), a policy think tank, in a statement, said the amendment “sets a dangerous precedent” and urged the President not to assent to the Bill.

“Once the door is opened, it will be very difficult to close. Every future government will find a reason to dip into the fund,” the statement said.

The Bill now goes to the President for assent.""",
        [
            ("This Bill is a raid", "Yaw Boakye-Darkwa"),
            ("We warned the Majority.", "Yaw Boakye-Darkwa"),
            ("History will judge this", "Yaw Boakye-Darkwa"),
            ("responsible and time-bound", "Abena Owusu-Frimpong"),
            ("sit on billions of", "Abena Owusu-Frimpong"),
            ("The withdrawals are capped,", "Abena Owusu-Frimpong"),
            ("Nobody is raiding anything.", "Abena Owusu-Frimpong"),
            ("They supported a similar", "Daniel Tetteh-Ansong"),
            ("sets a dangerous precedent", "Institute for Extractives Accountability"),
            ("Once the door is", "Institute for Extractives Accountability"),
        ],
    ),
    (
        """Oil spill: Bayelsa community shuts flow station, issues 7-day ultimatum

By Samuel Ebiware, Yenagoa

Aggrieved youths of Ekeni-Ama community in Southern Ijaw Local Government Area of Bayelsa State on Monday shut down the Tamara flow station operated by Riverline Petroleum Development Company, RPDC, over the company's alleged failure to clean up a crude oil spill that has ravaged the area for six weeks.

The youths, who arrived at the facility in boats at about 7am, locked the main gate and mounted a blockade at the jetty, chanting solidarity songs.

Chairman of the Ekeni-Ama Youth Council, Comrade Preye Ebikeme-Dorgu, told Vanguard that the spill, which occurred on January 9 from the company's 12-inch delivery line, had destroyed farmlands, fish ponds and the community's only source of drinking water.

"For six weeks, we have been drinking this crude oil. Our children are sick, our women cannot go to the creeks to fish. The company came, took pictures and left. Nobody has come back since then," he said.

He added: "We are not violent people. We have only locked the gate. If in seven days they do not come and start remediation, we will take further steps."

A woman leader in the community, Mrs Tarila Owei-Pere, held up her palms, stained black, to journalists. "Look at my hands. This is what we use to bathe our children," she said.

A fisherman, who did not want his name in print, said: "Before, I could catch enough to feed my family and sell in the market. Now the net comes out black. I have not gone out for one month."

Reacting, RPDC, in a statement on Tuesday, said the spill was caused by "third-party interference" and not by equipment failure.

"A Joint Investigation Visit (JIV) conducted with regulators and community representatives confirmed that the leak point was a hacksaw cut on the line," the statement said.

"Clean-up contractors have been mobilised and will commence work once safe access to the site is guaranteed. We appeal to the youths to vacate the facility and allow dialogue," it added.

But Ebikeme-Dorgu dismissed the JIV report as "a paper written in Port Harcourt", insisting that no community representative had signed it.

When contacted, the Bayelsa State Police Command spokesman, SP Musa Iliya-Kwande, said officers had been deployed to the flow station "to prevent a breakdown of law and order."

He said the command had also reached out to the leadership of the community to ensure that the protest remained peaceful.""",
        [
            ("For six weeks, we", "Preye Ebikeme-Dorgu"),
            ("We are not violent", "Preye Ebikeme-Dorgu"),
            ("Look at my hands.", "Tarila Owei-Pere"),
            ("Before, I could catch", "fisherman"),
            ("third-party interference", "Riverline Petroleum Development Company"),
            ("A Joint Investigation Visit", "Riverline Petroleum Development Company"),
            ("Clean-up contractors have been", "Riverline Petroleum Development Company"),
            ("a paper written in", "Preye Ebikeme-Dorgu"),
            ("to prevent a breakdown", "Musa Iliya-Kwande"),
        ],
    ),
    (
        """Senegal court jails former oil company lawyer for leaking gas deal documents

Dakar (AFP) - A Dakar court on Thursday sentenced a former legal officer at Senegal's state oil company to two years in prison, one of them suspended, for leaking confidential documents on an offshore gas contract, in a case rights groups say has become a test of protection for whistleblowers.

Babacar Sene Ndour, 41, who worked for the Societe Nationale des Hydrocarbures du Senegal (SNHS) until 2022, was convicted of disclosing professional secrets and theft of documents. He was also fined five million CFA francs (about $8,300).

The documents, published that year by investigative news site Le Temoin Economique, appeared to show that a consultant linked to a senior official had received fees from a foreign partner during negotiations over the Ngor Deep gas block.

No one has been charged in connection with those payments.

"This is a sad day for justice in Senegal," defence lawyer Coumba Diallo-Seck told AFP after the verdict. "Babacar did not steal anything. He gave the public information that belonged to the public."

She said the defence would appeal.

During the trial last month, prosecutor Ibrahima Kane-Thiam argued that Ndour had "betrayed the trust of his employer and of the state" and asked for a three-year term.

"Nobody is above the obligation of confidentiality. If every employee decides alone what is secret and what is not, no institution can function," the prosecutor told the court at the time.

SNHS did not respond to a request for comment.

The Citizens' Collective for Transparency (CCT), a coalition of civil society groups, said in a statement that the verdict would "discourage anyone who wants to expose wrongdoing in the extractive sector" and called on parliament to pass a whistleblower protection law promised by successive governments.

About 50 supporters gathered outside the courthouse in the Plateau district, singing and chanting, watched by riot police.

A police officer at the scene, who declined to be named, said the gathering was "tolerated as long as it stays calm".

Ndour, who appeared composed as the sentence was read, raised a fist to supporters as he was led away. His brother Moustapha Ndour said the family was "proud of him, whatever the court says".

Senegal, which began producing oil and gas last year, has pledged to publish all its extractive contracts and to audit deals signed over the past decade.""",
        [
            ("This is a sad", "Coumba Diallo-Seck"),
            ("Babacar did not steal", "Coumba Diallo-Seck"),
            ("betrayed the trust of", "Ibrahima Kane-Thiam"),
            ("Nobody is above the", "Ibrahima Kane-Thiam"),
            ("discourage anyone who wants", "Citizens' Collective for Transparency"),
            ("tolerated as long as", "police officer at the scene"),
            ("proud of him, whatever", "Moustapha Ndour"),
        ],
    ),
    (
        """Tribunal upholds Oghenovo-Tamuno’s election as Delta governor

Oghenekaro Efe-Uwaje, Asaba

The Delta State Governorship Election Petition Tribunal sitting in Asaba on Saturday upheld the election of Ejiro Oghenovo-Tamuno as governor of the state, dismissing the petition filed by the candidate of the People’s Progressive Alliance (PPA), Victor Akpoveta-Ighodaro, for lacking in merit.

The three-member panel, led by Abdulkadir Yusuf-Maikano, held that the petitioner failed to prove allegations of over-voting, non-compliance with the Electoral Act and the non-use of the Bimodal Voter Accreditation System (BVAS) in 1,214 polling units.

“The petitioner called 46 witnesses, but the bulk of their evidence was hearsay. A petitioner who alleges over-voting must tie his documents to specific polling units and demonstrate them in open court. This the petitioner failed to do,” Justice Yusuf-Maikano said in the lead judgment, which lasted about seven hours.

The tribunal also struck out the testimonies of 19 witnesses on the grounds that their statements were not filed with the petition within the time allowed by law.

Mr Akpoveta-Ighodaro, a former commissioner for oil and gas matters, had polled 412,336 votes against the governor’s 517,904 in the March election, according to results declared by the electoral commission.

Speaking at Government House, Asaba, shortly after the judgment, Mr Oghenovo-Tamuno described it as “a victory for the people of Delta State and for democracy”.

“The election is over. I invite my brother and the other candidates to join hands with us to build a Delta where oil money works for the ordinary man in the creeks, not for a few people in Abuja and Lagos,” he said.

Counsel to the petitioner, Olumide Fashola-Daniel, a Senior Advocate of Nigeria, told journalists his client would challenge the judgment at the Court of Appeal.

“We respectfully disagree with the judgment. The tribunal shut out critical evidence on technicalities, and we are confident that the appellate court will take a different view,” he said.

In a statement on Saturday night, the PPA said the judgment was “a setback for democracy” and urged its supporters to remain calm.

A senior aide to the governor, who spoke on condition of anonymity because he was not authorised to speak for the administration, told PREMIUM TIMES the government would now “face governance fully” after months of litigation.

He said the administration planned to prioritise the release of outstanding funds to host communities under the 13 per cent derivation arrangement, which had been delayed by the uncertainty surrounding the petition.

The petitioner has 21 days from the date of judgment to file an appeal.""",
        [
            ("The petitioner called 46", "Abdulkadir Yusuf-Maikano"),
            ("a victory for the", "Ejiro Oghenovo-Tamuno"),
            ("The election is over.", "Ejiro Oghenovo-Tamuno"),
            ("We respectfully disagree with", "Olumide Fashola-Daniel"),
            ("a setback for democracy", "People’s Progressive Alliance"),
            ("face governance fully", "senior aide to the governor"),
        ],
    ),
    (
        """Court restrains Energy Ministry from approving Ankobra Deep block transfer

Accra, June 18, GNA - An Accra High Court (Commercial Division) has granted an interim injunction restraining the Ministry of Energy from approving the transfer of a 40 per cent participating interest in the Ankobra Deep Block to a Singapore-registered firm, Lionstone Pacific Energy.

The applicant, Nzema Coastal Energy Limited, a Ghanaian-owned independent and a partner in the block, claims that it holds a right of first refusal under the joint operating agreement and that the proposed sale, under what the parties describe as a "farm-out" arrangement, was concluded without notice to it.

Justice Mrs Gifty Addo-Mensah, in her ruling, held that the applicant had shown that "there is a serious question to be tried" and that "damages would not be an adequate remedy" if the transfer went ahead.

"Where a party alleges that a contractual pre-emption right is about to be defeated, the balance of convenience lies in preserving the status quo until the matter is determined," Justice Addo-Mensah held.

The injunction is to last for 10 days, after which the court will hear an application for interlocutory injunction.

Speaking to journalists after the ruling, counsel for the applicant, Mr Kwame Appiah-Kubi Danso, said:

"We are grateful to the court. Our client is a Ghanaian company which has invested in this block for nearly a decade, and the law says it must be given the first opportunity to acquire any interest that is being sold.

"What we have seen instead is an attempt to hand over a national asset quietly, without due process. The court has now put a stop to that, at least for now."

A Principal State Attorney, Ms Esi Baidoo-Ansah, who represented the Attorney-General, said the Ministry would "study the ruling and advise itself".

Lionstone Pacific Energy, in a statement issued after the ruling, maintained that the transaction was lawful.

"Lionstone Pacific acquired its interest through a transparent, arm's-length process approved by the operator of the block. We will defend our position vigorously in court," the company said.

When contacted, a spokesman for the Ministry of Energy said the Ministry had "not yet received" the court order and could not comment on its contents.

The Ankobra Deep Block, located about 60 kilometres offshore the Western Region, has been in the appraisal phase since a discovery in 2019. The operator has said it hopes to submit a plan of development to the Ministry before the end of next year.""",
        [
            ("there is a serious", "Gifty Addo-Mensah"),
            ("damages would not be", "Gifty Addo-Mensah"),
            ("Where a party alleges", "Gifty Addo-Mensah"),
            ("We are grateful to", "Kwame Appiah-Kubi Danso"),
            ("What we have seen", "Kwame Appiah-Kubi Danso"),
            ("study the ruling and", "Esi Baidoo-Ansah"),
            ("Lionstone Pacific acquired its", "Lionstone Pacific Energy"),
            ("not yet received", "spokesman"),
        ],
    ),
]
