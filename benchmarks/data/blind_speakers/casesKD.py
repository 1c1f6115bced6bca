CASES = [
    (
        """EFCC: Court fixes date for ex-commissioner's N4.2bn fraud trial

Ade Okunola, Abuja

The Federal High Court in Abuja on Tuesday fixed March 14 for the commencement of trial of a former Commissioner for Works in Nasarawa State, Mr Ibrahim Dangana-Audu, over an alleged N4.2bn contract fraud.

Dangana-Audu was arraigned alongside two companies, Brightpath Civil Works Limited and Kesmat Engineering Services Limited, on a 17-count charge bordering on conspiracy, abuse of office and money laundering preferred against them by the Economic and Financial Crimes Commission.

He pleaded not guilty to all the counts.

At the resumed hearing on Tuesday, counsel for the EFCC, Mr Oluwaseun Baderinwa, told the court that the prosecution was ready to open its case and had five witnesses in court.

He said, "My Lord, we are ready to proceed. The witnesses are here and we have served the defence with all the documents we intend to rely on."

But counsel for the first defendant, Chief Emeka Obiorah (SAN), urged the court to grant a short adjournment, saying he had only been briefed on Friday.

"I came into this matter barely four days ago. It will be unfair to my client if I am asked to cross-examine witnesses on documents I have not had the opportunity to study," Obiorah said.

The trial judge, Justice Halima Shuaibu-Bello, granted the application but warned that the court would not tolerate "any attempt to delay this trial."

"This is a 2021 charge. The court will not entertain further applications for adjournment from either side. Parties are to come prepared on the next date," the judge said.

Speaking with journalists after the proceedings, Baderinwa said the commission was confident of its case.

"We have a strong case and we are prepared to prove it beyond reasonable doubt. We are not in a hurry, but justice delayed is justice denied," he said.

Our correspondent reports that the EFCC alleged that Dangana-Audu, between 2017 and 2019, awarded road contracts worth N4.2bn to the two companies, in which he allegedly had an interest, and diverted part of the mobilisation fees to private accounts.

The anti-graft agency also alleged that about N870m was used to acquire properties in Abuja and Dubai.

The former commissioner was granted bail in the sum of N100m with two sureties in like sum in November 2021.

In a statement on Tuesday, the Head of Media and Publicity of the EFCC, Mr Dele Ojediran, said the commission "remains committed to the speedy prosecution of all cases before the courts."

The case was adjourned till March 14 and 15 for trial.""",
        [
            ("My Lord, we are ready", "Oluwaseun Baderinwa"),
            ("I came into this matter", "Emeka Obiorah"),
            ("any attempt to delay this", "Halima Shuaibu-Bello"),
            ("This is a 2021 charge.", "Halima Shuaibu-Bello"),
            ("We have a strong case", "Oluwaseun Baderinwa"),
            ("remains committed to the speedy", "Dele Ojediran"),
        ],
    ),
    (
        """Lagos manufacturer Ogunbanjo Foods posts N12.6bn profit as FX losses ease

By CHIAMAKA NWOSU

Ogunbanjo Foods Plc, the Lagos-based maker of noodles and seasoning cubes, has reported a 38 percent rise in profit before tax to N12.6 billion for the nine months ended September, helped by price increases and a moderation in foreign exchange losses.

Revenue grew 54 percent to N187.3 billion from N121.6 billion in the corresponding period of last year, according to unaudited results filed with the Nigerian Exchange on Monday.

The company said finance costs climbed 61 percent to N9.8 billion as it rolled over short-term facilities at higher interest rates, but a smaller foreign exchange loss of N3.1 billion, compared with N11.4 billion a year earlier, cushioned the impact.

"The operating environment remained challenging, with elevated inflation weighing on consumer wallets," Tunde Adeyemo-Falade, the group managing director, said in a note accompanying the results. "We took deliberate pricing actions and tightened our cost base, and we are seeing the results."

Adeyemo-Falade said the firm had cut its dependence on imported wheat flour by sourcing more cassava and sorghum locally, adding that the backward integration programme in Kwara and Niger states would "reduce our exposure to the currency market over the next three years."

Analysts said the numbers beat expectations but cautioned that volumes may come under pressure.

"Price-led growth has its limits," said Bolaji Okonjo-Eze, head of equity research at Lagos-based Cardinal Crest Securities. "When you strip out inflation, volumes are flat at best. The question for investors is how much further they can push prices before consumers trade down."

Another analyst at a Tier-1 bank's investment arm, who asked not to be named because he was not authorised to speak publicly, said the company's working capital position "looks stretched" given a 72 percent increase in trade payables.

Shares of Ogunbanjo Foods rose 9.8 percent to N48.20 on Tuesday, the maximum daily gain allowed on the exchange, bringing its year-to-date gain to 112 percent.

The company's chief financial officer, Ngozi Alabi-Cole, told analysts on a conference call that the firm was in talks with lenders to refinance about N25 billion of commercial papers maturing in the first quarter.

"We are in advanced discussions and we expect to close before the end of the year at rates that are lower than what we are currently paying," Alabi-Cole said.

She declined to name the lenders.

The Central Bank of Nigeria has raised its benchmark rate several times this year in a bid to tame inflation, which has stayed above 30 percent for most of the year, according to the National Bureau of Statistics.""",
        [
            ("The operating environment remained challenging,", "Tunde Adeyemo-Falade"),
            ("We took deliberate pricing actions", "Tunde Adeyemo-Falade"),
            ("reduce our exposure to the", "Tunde Adeyemo-Falade"),
            ("Price-led growth has its limits,", "Bolaji Okonjo-Eze"),
            ("When you strip out inflation,", "Bolaji Okonjo-Eze"),
            ("looks stretched", "analyst at a Tier-1 bank's investment arm"),
            ("We are in advanced discussions", "Ngozi Alabi-Cole"),
        ],
    ),
    (
        """Rivers NDM crisis: Faction suspends state chairman over alleged anti-party activities

By Davies Iheanacho, PORT HARCOURT

THE crisis rocking the Rivers State chapter of the National Democratic Movement, NDM, deepened, yesterday, as a faction of the party's State Working Committee announced the suspension of the state chairman, Chief Tamunoemi Briggs-Ogolo, for alleged anti-party activities.

The faction, led by the deputy chairman, Mr. Lucky Amadi-Wokoma, said the decision was taken at an emergency meeting held in Port Harcourt after Briggs-Ogolo allegedly failed to appear before a disciplinary committee set up to investigate him.

Addressing journalists at the party's secretariat on Aba Road, Amadi-Wokoma said: "The chairman was given ample opportunity to defend himself. He was served a query on two occasions and he chose to ignore the committee. The party cannot be held to ransom by one man."

He accused the suspended chairman of working with a rival party ahead of the local government elections and of "unilaterally" submitting names of candidates to the State Independent Electoral Commission, RSIEC, without the approval of the executive.

"Our members in the 23 local government areas are aggrieved. Some of the names he submitted are people who did not even buy nomination forms," he added.

But reacting, Briggs-Ogolo described the suspension as "null and void and of no effect whatsoever," insisting that the deputy chairman had no powers under the party's constitution to convene a meeting of the executive.

In a statement by his media aide, Mr. Ibinabo Fubara-Jack, the chairman said: "Those who gathered today are a handful of disgruntled members who have been sponsored to destabilise the party. I remain the chairman of the NDM in Rivers State and I am going about my duties.

"The constitution of our party is clear. Only the chairman can summon a meeting of the State Working Committee, and any decision taken at an illegal gathering is a nullity."

He urged members to remain calm and disregard what he called "the antics of desperate politicians."

A member of the party's National Working Committee, who spoke on condition of anonymity, told our correspondent that the national leadership was aware of the development and would intervene.

"The national chairman has received reports from both sides. A reconciliation committee will be constituted this week. Nobody should take the law into his hands," the source said.

It was gathered that security was beefed up around the party secretariat following reports that supporters of both camps had planned to take over the building.

The Police Public Relations Officer in the state, SP Grace Iringe-Koko, said officers had been deployed "to forestall any breakdown of law and order" and warned that anyone found causing trouble would be arrested.""",
        [
            ("The chairman was given ample", "Lucky Amadi-Wokoma"),
            ("unilaterally", "Lucky Amadi-Wokoma"),
            ("Our members in the 23", "Lucky Amadi-Wokoma"),
            ("null and void and of", "Tamunoemi Briggs-Ogolo"),
            ("Those who gathered today are", "Tamunoemi Briggs-Ogolo"),
            ("The constitution of our party", "Tamunoemi Briggs-Ogolo"),
            ("the antics of desperate politicians.", "Tamunoemi Briggs-Ogolo"),
            ("The national chairman has received", "member of the party's National Working Committee"),
            ("to forestall any breakdown of", "Grace Iringe-Koko"),
        ],
    ),
    (
        """Reps panel uncovers N9.4bn unremitted revenue at inland ports agency

By Abdulwahab Salihu

A committee of the House of Representatives investigating revenue leakages in the maritime sector has accused the Nigerian Inland Ports Authority (NIPA) of failing to remit N9.4 billion to the Federation Account between 2020 and 2023.

The chairman of the House Committee on Public Accounts, Babatunde Oyelami-Hassan, made the disclosure on Wednesday at an investigative hearing in Abuja, where the agency’s managing director, Kabiru Maikano, was grilled for over three hours.

“What we have before us is a clear case of an agency treating public funds as if they were its private purse,” Mr Oyelami-Hassan said. “The law is clear on what percentage of your operating surplus should go to the Consolidated Revenue Fund. You have not complied for four consecutive years.”

The committee said its findings were based on a query issued by the Office of the Auditor-General for the Federation, whose 2022 report flagged “unreconciled balances” in the accounts of the authority.

Mr Maikano, who assumed office in March, told the lawmakers that he inherited most of the liabilities and had set up an internal audit team.

“I am not here to defend what happened before I came in. But I want to assure this committee that every kobo will be accounted for,” he said.

He, however, disputed part of the figure, saying about N3.1 billion had been spent on the dredging of the Onitsha and Baro river ports with the approval of the supervising ministry.

But a member of the committee, Chinedu Obi-Nwankwo, representing Oru-Ezeala Federal Constituency, said the agency had no documents to back the claim.

“You cannot come to this committee and tell us that approval was given without showing us the approval. Where is the letter? Who signed it?” Mr Obi-Nwankwo asked.

An official of the Federal Ministry of Marine and Blue Economy, who attended the hearing but asked not to be named because he was not authorised to speak on the matter, told this newspaper that the ministry had no record of such approval.

“There was a request, yes, but it was never approved. The file is still with the permanent secretary,” the official said.

The committee gave the agency two weeks to submit its audited accounts, bank statements and evidence of remittances.

Mr Oyelami-Hassan warned that the House would not hesitate to invoke its constitutional powers “to compel the appearance of any official who fails to cooperate with this investigation.”

Nigeria’s revenue-generating agencies have repeatedly been accused of failing to remit operating surpluses as required by the Fiscal Responsibility Act.

In a statement after the hearing, NIPA said it “welcomes the oversight of the National Assembly” and would cooperate fully with the committee.""",
        [
            ("What we have before us", "Babatunde Oyelami-Hassan"),
            ("The law is clear on", "Babatunde Oyelami-Hassan"),
            ("unreconciled balances", "Office of the Auditor-General for the Federation"),
            ("I am not here to", "Kabiru Maikano"),
            ("You cannot come to this", "Chinedu Obi-Nwankwo"),
            ("There was a request, yes,", "official of the Federal Ministry of Marine and Blue Economy"),
            ("to compel the appearance of", "Babatunde Oyelami-Hassan"),
            ("welcomes the oversight of the", "Nigerian Inland Ports Authority"),
        ],
    ),
    (
        """Community petitions NOSDRA over fresh spill, threatens to occupy flow station

From Kelechi Nwokeji, Port Harcourt

Residents of Okpo-Ama, a fishing community in Andoni Local Council of Rivers State, have petitioned the National Oil Spill Detection and Response Agency (NOSDRA) over a fresh crude oil spill they said had polluted their creeks and destroyed fishing nets and farmland for over two weeks.

The spill, according to the community, occurred on a delivery line operated by Sentinel Petroleum Development Company, an indigenous firm that acquired the oil block from an international oil company in 2021.

Addressing journalists on Sunday, the Paramount Ruler of Okpo-Ama, King Dappa Isoboye Ikiriko, said the company had yet to send a team to contain the spill despite repeated complaints.

“Our people depend entirely on fishing. Since the spill occurred, nobody can go to the water. Our women cannot sell periwinkles because everything smells of crude,” the monarch said.

He said the community had given the company seven days to clean up the site and pay compensation or face “peaceful protest” at its flow station.

“We are not violent people, but we have been pushed to the wall. If nothing is done within seven days, our youths will occupy the flow station peacefully until Sentinel comes to the table,” he added.

The chairman of the Okpo-Ama Community Development Committee, Mr. Soye Jumbo-Harry, said the community had written to NOSDRA, the state Ministry of Environment and the upstream regulator.

“We wrote on the 4th of this month. Till today, nobody has come for a joint investigation visit. Is it because we are a small community?” he asked.

A fisherman, who gave his name only as Boma, told journalists that he had lost nets worth over N400,000.

“I have four children in school. This water is my bank. Now my bank has been destroyed,” he said.

Reacting, Sentinel Petroleum said it had shut the affected line and mobilised a response team to the site.

In a statement on Monday, the company said preliminary findings pointed to “third-party interference” on the line.

“Our surveillance team discovered an illegal connection point at the location of the spill. We have notified the regulators and a joint investigation visit has been scheduled for Thursday,” the statement said.

The company added that it “remains committed to the wellbeing of our host communities” and would “ensure that the impacted area is remediated in line with regulatory standards.”

An environmental rights group, Niger Delta Green Watch, however, faulted the company’s position, saying operators often blamed sabotage to avoid paying compensation.

Its Executive Director, Dr. Ibiene Tom-George, said: “The law places the responsibility of securing pipelines on the operator. Whether it is sabotage or equipment failure, the people of Okpo-Ama did not cause this spill and should not bear its cost.”

NOSDRA officials in Port Harcourt could not be reached for comment as of press time.""",
        [
            ("Our people depend entirely on", "Dappa Isoboye Ikiriko"),
            ("peaceful protest", "Dappa Isoboye Ikiriko"),
            ("We are not violent people,", "Dappa Isoboye Ikiriko"),
            ("We wrote on the 4th", "Soye Jumbo-Harry"),
            ("I have four children in", "Boma"),
            ("third-party interference", "Sentinel Petroleum Development Company"),
            ("Our surveillance team discovered an", "Sentinel Petroleum Development Company"),
            ("remains committed to the wellbeing", "Sentinel Petroleum Development Company"),
            ("ensure that the impacted area", "Sentinel Petroleum Development Company"),
            ("The law places the responsibility", "Ibiene Tom-George"),
        ],
    ),
    (
        """Recapitalisation: Mid-tier Banks Court Foreign Investors as Deadline Nears

Nume Ekeghe in Lagos

Mid-sized Nigerian lenders are stepping up talks with foreign private equity firms and development finance institutions to meet the new minimum capital requirements, as the deadline set by the Central Bank of Nigeria (CBN) draws closer.

It was gathered that at least four banks with national licences had opened discussions with investors from the Middle East and South Africa, after rights issues and public offers conducted last year failed to raise the full amounts targeted.

A senior executive at one of the banks, who spoke on condition of anonymity because the talks were confidential, said the domestic market had been "largely exhausted."

"Local investors have done what they can. Pension funds are constrained by their investment guidelines and retail investors are battling inflation. If you need N300 billion, you have to look outside," the executive said.

The Managing Director of Heritage Crest Bank, Mr. Olumide Fashanu-Ajayi, confirmed that his bank was in "exploratory conversations" with a number of strategic investors but declined to name them.

Speaking at a briefing in Lagos, Fashanu-Ajayi said: "We are comfortable with where we are. We raised a significant portion through our rights issue and we expect to close the gap well before the deadline. What we are looking for is not just capital but a partner that brings technology and access to international trade flows."

The CBN, in a circular issued last week, reminded banks that only "fresh equity injection, retained earnings and share premium" would count towards the new requirement.

The circular warned that banks that failed to meet the threshold by the deadline "may be required to adjust their licence authorisation or consider mergers and acquisitions."

The Managing Director of Lagos-based investment firm, Riverbank Capital, Mr. Segun Adebanjo-Ola, said the push for foreign capital could bring benefits beyond the balance sheet.

"A bank that brings in a serious foreign partner is also importing governance standards. That is good for the system," he said in a telephone interview.

He, however, warned that the weakness of the naira meant foreign investors would demand steep discounts.

"They are coming in at a time when our currency has lost more than half its value. They know they have the upper hand, and they will price that into the deal," Adebanjo-Ola said.

According to data from the Nigerian Exchange, banking stocks have gained about 24 per cent so far this year, outperforming the broader market, as investors bet on stronger balance sheets after the exercise.""",
        [
            ("largely exhausted.", "senior executive at one of the banks"),
            ("Local investors have done what", "senior executive at one of the banks"),
            ("exploratory conversations", "Olumide Fashanu-Ajayi"),
            ("We are comfortable with where", "Olumide Fashanu-Ajayi"),
            ("fresh equity injection, retained earnings", "Central Bank of Nigeria"),
            ("may be required to adjust", "Central Bank of Nigeria"),
            ("A bank that brings in", "Segun Adebanjo-Ola"),
            ("They are coming in at", "Segun Adebanjo-Ola"),
        ],
    ),
    (
        """Tribunal upholds election of Gombe South senator

From Hassan Garba, Gombe

The National and State Houses of Assembly Election Petition Tribunal sitting in Gombe yesterday dismissed the petition filed by the candidate of the Peoples Redemption Alliance (PRA), Alhaji Usman Danladi Kumo, challenging the return of Senator Yakubu Bello Tula of the National Progressive Party (NPP) as winner of the Gombe South senatorial election.

Kumo had asked the tribunal to nullify the election on grounds of over-voting in 47 polling units and non-compliance with the provisions of the Electoral Act.

Delivering the unanimous judgment of the three-member panel, Justice Olabisi Akin-Ogundipe held that the petitioner failed to prove the allegations.

"The petitioner called 19 witnesses, out of which 14 were polling unit agents. Their evidence, in so far as it relates to events at polling units where they were not present, is hearsay and is hereby discountenanced.

"The law is settled that a petitioner who alleges over-voting must tender the register of voters, the BVAS report and the result sheets, and must link them to specific polling units through witnesses. The petitioner did not do so," the judge said.

She added that the tribunal could not "go on a voyage of discovery" to find evidence for a party.

"In the circumstances, the petition lacks merit and is hereby dismissed. The return of the second respondent as the duly elected senator for Gombe South Senatorial District is affirmed," she held.

The tribunal awarded N500,000 costs against the petitioner.

Counsel to the petitioner, Barrister Ahmed Sani Wurno, told journalists outside the court that his client would study the judgment before deciding on the next step.

"We respect the decision of the tribunal but we do not agree with it. We believe there are issues of law that the Court of Appeal should look into," he said.

Tula, who was in court with supporters, described the judgment as "a victory for the people of Gombe South."

"I extend my hand of fellowship to my brother, Alhaji Usman Kumo. The election is over and it is time to work together for the development of our district," he said.

Also speaking, counsel to the Independent National Electoral Commission (INEC), Mr Chukwuma Eze-Obinna, said the judgment vindicated the commission.

"INEC conducted a free, fair and credible election in Gombe South, and the tribunal has confirmed that," he said.

Our correspondent reports that supporters of the senator were seen jubilating on the streets of Billiri and Kaltungo shortly after the judgment was delivered.""",
        [
            ("The petitioner called 19 witnesses,", "Olabisi Akin-Ogundipe"),
            ("The law is settled that", "Olabisi Akin-Ogundipe"),
            ("go on a voyage of", "Olabisi Akin-Ogundipe"),
            ("In the circumstances, the petition", "Olabisi Akin-Ogundipe"),
            ("We respect the decision of", "Ahmed Sani Wurno"),
            ("a victory for the people", "Yakubu Bello Tula"),
            ("I extend my hand of", "Yakubu Bello Tula"),
            ("INEC conducted a free, fair", "Chukwuma Eze-Obinna"),
        ],
    ),
    (
        """'We have nowhere to go' - Traders count losses as Lagos pulls down Owode-Ilasa market

By Funmilayo Adeoti-Ibe

Hundreds of traders at the Owode-Ilasa Market in the Mushin area of Lagos were left counting their losses on Thursday after officials of the Lagos State Building Control Agency and the state task force pulled down over 400 shops and kiosks in the market.

The demolition, which began at about 7am, was carried out under heavy security, with armed policemen stationed at the entrances to the market.

Some of the traders, who were seen trying to salvage their goods from the rubble, said they were not given adequate notice.

A foodstuff seller, Mrs Kemi Balogun-Akande, who said she had traded in the market for 22 years, broke down in tears as she spoke with our correspondent.

"We have nowhere to go. They gave us only three days' notice. How can you move a shop of 22 years in three days? All my bags of rice and beans are under this rubble," she said.

Another trader, Chinonso Ejiofor, who sells plastic wares, said the traders had paid levies to the local government as recently as last month.

"We paid our levies. We have receipts. If the government wanted to rebuild the market, they should have told us where to relocate before coming with bulldozers," he said.

The chairman of the Owode-Ilasa Market Traders Association, Alhaji Lateef Oyedokun, said the association had gone to court to stop the demolition and accused the government of acting in contempt.

According to him, the matter is pending before a Lagos State High Court in Ikeja and was adjourned till next month. He said the government's action was "a slap on the face of the judiciary."

But the Lagos State Commissioner for Physical Planning and Urban Development, Mr Oluwadamilare Sanni-Ogundimu, said the structures were illegal and posed a danger to lives and property.

In a statement on Thursday, the commissioner said the traders had been served "several notices since January" and that the market sat on a drainage setback.

"The government has no intention of sending anybody out of business. The market will be rebuilt into a modern facility and the genuine traders will be given the first right of allocation," Sanni-Ogundimu said.

"We cannot fold our arms while people trade on top of drainage channels. Every rainy season, we count losses from flooding in this axis, and the obstruction of drains is a major cause," he added.

On the court case, the commissioner said the state government had not been served any order restraining it from carrying out the exercise.

A police officer at the scene, who did not want his name in print, said the operation was peaceful. "There was no resistance. We are here to protect the officials and the traders too," he said.

Lagos has in recent years demolished several markets and shanties in the name of urban renewal, drawing criticism from rights groups over the lack of compensation.""",
        [
            ("We have nowhere to go", "Kemi Balogun-Akande"),
            ("We have nowhere to go.", "Kemi Balogun-Akande"),
            ("We paid our levies.", "Chinonso Ejiofor"),
            ("a slap on the face", "Lateef Oyedokun"),
            ("several notices since January", "Oluwadamilare Sanni-Ogundimu"),
            ("The government has no intention", "Oluwadamilare Sanni-Ogundimu"),
            ("We cannot fold our arms", "Oluwadamilare Sanni-Ogundimu"),
            ("There was no resistance.", "police officer at the scene"),
        ],
    ),
]
