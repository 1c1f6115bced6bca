CASES = [
    (
        """Cops seize 14 guns, 300 rounds in Spanish Town raid

Tameka Gayle/Staff Reporter

A joint police-military operation in sections of Spanish Town, St Catherine, yesterday led to the seizure of 14 illegal guns and more than 300 rounds of ammunition, in what the police say is the largest single haul in the parish this year.

Head of the St Catherine North Police Division, Senior Superintendent Dwayne Brissett, told The Gleaner that the weapons were found wrapped in plastic bags inside a disused water tank behind a row of board houses on Sandy Gully Lane.

"This is a significant blow to the criminal elements who have been terrorising residents in this community," Brissett said. "Fourteen guns off the street means fourteen fewer chances for somebody's child to be shot and killed."

He said three men, aged between 19 and 27, were taken into custody and are being questioned.

According to Brissett, the operation followed weeks of intelligence gathering and was aided by "people in the community who are tired of the gunshots and tired of burying their young people".

In a release last evening, the Jamaica Constabulary Force said the seizure included "two M16 rifles, an AK-47 assault rifle and 11 pistols of various makes and calibres". The weapons have been sent for ballistic testing to determine whether they were used in any of the recent shootings in the division.

Residents who spoke with The Gleaner on condition of anonymity said the area had recorded at least five murders since January, most of them linked to a feud between two factions of a local gang.

"Mi cyaan sleep a night time. Every night yuh hear shot a buss, and yuh nuh know if a fi yuh door dem a come," said an elderly vendor who has lived in the community for more than 40 years.

A taxi operator, who gave his name only as Ricky, said the police presence was welcome but overdue.

"We glad fi see dem, but a whe dem did deh from March when di youth dem a dead?" he asked.

Member of Parliament for the area, Marcia Henry-Walters, welcomed the seizure but cautioned that policing alone would not fix the problem.

"We have to put back the youth clubs, the skills training, the jobs. If you don't give young men something to do, the gunmen will give them something to do," Henry-Walters said.

She said she would be meeting with the police divisional command and community leaders next week to discuss a longer-term intervention plan for the area.

Brissett, meanwhile, appealed to residents to continue assisting the police: "Anybody with information about illegal firearms, call Crime Stop at 311. You will remain anonymous, and you will be helping to save lives."
""",
        [
            ("This is a significant blow", "Dwayne Brissett"),
            ("Fourteen guns off the street", "Dwayne Brissett"),
            ("people in the community who", "Dwayne Brissett"),
            ("two M16 rifles, an AK-47", "Jamaica Constabulary Force"),
            ("Mi cyaan sleep a night", "elderly vendor"),
            ("We glad fi see dem,", "Ricky"),
            ("We have to put back", "Marcia Henry-Walters"),
            ("Anybody with information about illegal", "Dwayne Brissett"),
        ],
    ),
    (
        """Man freed after 11 years on remand

Judge: 'Right to a trial within a reasonable time is not a privilege'

By Alicia Boodram

A Laventille man who spent more than 11 years on remand awaiting trial for murder walked out of the Hall of Justice in Port of Spain a free man yesterday, after a High Court judge upheld a no-case submission made by his attorneys.

Kerwin "Bush" Alleyne, 38, of Upper Quarry Trace, Laventille, was charged with the December 2013 shooting death of 24-year-old Marlon Joseph, who was gunned down while liming outside a parlour near his home.

In her ruling, Justice Carla Ramdeen-Phillip said the State's case rested almost entirely on the evidence of a single eyewitness who "could not, with any degree of certainty, place the accused at the scene".

She noted that the witness had given two statements to police which differed on material points, including the clothing worn by the gunman and the direction in which he fled.

The judge was also critical of the time taken to bring the matter to trial.

"It is unacceptable that a citizen of this country should spend more than a decade behind bars waiting for a trial that, when it finally came, collapsed within three days," she said.

"The court is mindful of the pressures on the criminal justice system. But the right to a trial within a reasonable time is not a privilege to be granted when convenient. It is a right."

Alleyne, who was represented by attorneys Shivanand Maharaj and Kezia Trotman, wept in the dock as the ruling was read.

Speaking with reporters outside the court, Maharaj said his client had lost "the best years of his life".

"He went in at 27. He is coming out at 38 with nothing—no job, no home, and a mother who died while he was inside. Who is going to give him back that time?" Maharaj asked.

He said the defence team would be advising Alleyne on a possible constitutional claim against the State.

In a brief statement last evening, the Office of the Director of Public Prosecutions said it had noted the ruling and "will review the decision in the usual course".

President of the Criminal Bar Association Rajiv Persad-Lutchman told the Express the case was "a symptom of a much larger disease".

"We have people in remand for 15, 16 years. Judge-alone trials were supposed to ease the backlog, and they have helped, but the system is still choking," he said.

Alleyne's sister, Charmaine Alleyne-Roberts, said the family was "just grateful to God" for the outcome.

"We always knew he didn't do it. Mammy went to her grave saying that," she said, as relatives embraced Alleyne on the steps of the court.
""",
        [
            ("Right to a trial within", "Carla Ramdeen-Phillip"),
            ("could not, with any degree", "Carla Ramdeen-Phillip"),
            ("It is unacceptable that a", "Carla Ramdeen-Phillip"),
            ("The court is mindful of", "Carla Ramdeen-Phillip"),
            ("the best years of his", "Shivanand Maharaj"),
            ("He went in at 27.", "Shivanand Maharaj"),
            ("will review the decision in", "Office of the Director of Public Prosecutions"),
            ("a symptom of a much", "Rajiv Persad-Lutchman"),
            ("We have people in remand", "Rajiv Persad-Lutchman"),
            ("just grateful to God", "Charmaine Alleyne-Roberts"),
            ("We always knew he didn't", "Charmaine Alleyne-Roberts"),
        ],
    ),
    (
        """Opposition wants flaring data made public after regulator clears Liberty Star

By Ravindra Deonarine

The Petroleum Regulatory Commission of Guyana (PRCG) says elevated flaring on board the Liberty Star floating production, storage and offloading (FPSO) vessel last month stayed within the limits set by the operator’s environmental permit, but the parliamentary opposition says the public is being asked to take the regulator’s word for it.

The Liberty Star, operated by Atlantic Meridian Petroleum (Guyana) Limited (AMPGL), produces oil from the Kanuku Block some 190 kilometres offshore. The company disclosed on March 4 that a malfunction in a gas compression module had forced it to flare gas for eleven days while repairs were carried out.

In a statement on Tuesday, the Commission said it had reviewed data submitted by the operator and was “satisfied that the volumes flared did not exceed the thresholds approved under the permit.”

“The Commission continues to monitor the situation closely and has directed the operator to submit daily flaring reports until the compression module is fully restored,” the statement added.

Speaking at a press briefing at the agency’s Brickdam office yesterday, PRCG Chief Executive Officer Dr Vidya Sookraj rejected suggestions that the regulator was too close to the industry.

“We are not a rubber stamp,” Sookraj said. “Where there are breaches, there will be consequences, and those consequences include fines.”

She said the Commission had engaged two additional petroleum engineers this year and was in the process of acquiring software to independently model emissions from offshore installations.

But Opposition Member of Parliament Clement Fraser dismissed the Commission’s statement as “a public relations exercise.”

“Show us the numbers. If the flaring was within limits, publish the permit, publish the daily volumes, and let the Guyanese people judge for themselves,” Fraser told reporters at Parliament Buildings on Wednesday.

He noted that the permit conditions for the Liberty Star had never been made public, despite repeated requests from the opposition and civil society.

In response to questions from Stabroek News, AMPGL said it had “acted promptly and transparently” and that the gas flared during the outage amounted to less than two percent of the associated gas produced from the Kanuku Block since first oil.

“Safety is our first priority, and flaring is an established safety measure that prevents the dangerous build-up of pressure in our systems,” the company said.

Environmental group Guyana Coastal Watch, in a letter to the Commission dated March 12, called for an independent assessment of the incident, saying coastal communities deserved “more than assurances from the company and the regulator.”

A senior official at the Commission, who asked not to be named because he is not authorised to speak to the media, told this newspaper that the agency still relies heavily on figures supplied by operators.

“We are relying on what the company sends us. That is the honest truth, and everybody in the sector knows it,” the official said.
""",
        [
            ("satisfied that the volumes flared", "Petroleum Regulatory Commission of Guyana"),
            ("The Commission continues to monitor", "Petroleum Regulatory Commission of Guyana"),
            ("We are not a rubber", "Vidya Sookraj"),
            ("Where there are breaches, there", "Vidya Sookraj"),
            ("a public relations exercise.", "Clement Fraser"),
            ("Show us the numbers.", "Clement Fraser"),
            ("acted promptly and transparently", "Atlantic Meridian Petroleum (Guyana) Limited"),
            ("Safety is our first priority,", "Atlantic Meridian Petroleum (Guyana) Limited"),
            ("more than assurances from the", "Guyana Coastal Watch"),
            ("We are relying on what", "senior official at the Commission"),
        ],
    ),
    (
        """Lotto scammer gets 12 years; judge says crime 'a stain on Jamaica'

BY KEVON MORRISON
Observer West staff reporter

MONTEGO BAY, St James — A 29-year-old man who admitted to defrauding elderly Americans of more than US$210,000 through a lottery scam was yesterday sentenced to 12 years in prison by a judge in the St James Circuit Court, who described the crime as "a stain on Jamaica".

Romario Blackwood, a former call centre agent of Salt Spring, St James, pleaded guilty in February to breaches of the Law Reform (Fraudulent Transactions) (Special Provisions) Act, including possession of identity information and obtaining property by false pretence.

Handing down the sentence, Justice Maureen Clarke-Dyer said Blackwood had targeted "the most vulnerable members of another society" and had shown no genuine remorse until he was confronted with the evidence.

"Every time one of these cases comes before the court, the name of this country is dragged through the mud," the judge said. "Honest Jamaicans who travel, who do business overseas, who apply for visas, pay the price for what you and others like you have done. It is a stain on Jamaica."

The court heard that between 2019 and 2022 Blackwood, posing as an official of a fictitious international sweepstakes company, called at least 17 victims in the United States, telling them they had won cash and a luxury car but needed to pay "processing fees" and taxes before collecting.

One victim, 81-year-old retired schoolteacher Dorothy Keller of Ohio, lost her life savings of nearly US$64,000. In a victim impact statement read in court by Crown Counsel Tashana Ellis, Keller wrote: "I trusted the voice on the phone because he was so polite. I lost my home, and I lost my faith in people."

Ellis had asked the court to impose a sentence in the upper range, arguing that the scheme was "sophisticated, sustained and deliberately cruel".

Defence attorney Garth McKenzie-Brown, in his plea in mitigation, said his client came from a poor background, had a two-year-old daughter and had been "drawn in by older men in the community who showed him easy money".

"He is not the mastermind. He is a young man who made terrible choices and has accepted responsibility for them," McKenzie-Brown told the court.

The judge, however, rejected the suggestion that Blackwood was a minor player, noting that investigators had found lists — known on the streets as "lead sheets" — containing the personal details of more than 4,000 Americans on his phone and laptop.

Blackwood was also ordered to forfeit a 2018 Toyota Crown motor car and J$3.2 million seized from his bank accounts.

Speaking to the Jamaica Observer after the sentencing, head of the police Lottery Scam Task Force in western Jamaica, Deputy Superintendent Clive Samuels, said the sentence sent "a clear message".

"The days when people thought scamming was a risk-free hustle are over. We are coming for them, and the courts are backing us," Samuels said.
""",
        [
            ("a stain on Jamaica", "Maureen Clarke-Dyer"),
            ("a stain on Jamaica", "Maureen Clarke-Dyer"),
            ("the most vulnerable members of", "Maureen Clarke-Dyer"),
            ("Every time one of these", "Maureen Clarke-Dyer"),
            ("Honest Jamaicans who travel, who", "Maureen Clarke-Dyer"),
            ("I trusted the voice on", "Dorothy Keller"),
            ("sophisticated, sustained and deliberately cruel", "Tashana Ellis"),
            ("drawn in by older men", "Garth McKenzie-Brown"),
            ("He is not the mastermind.", "Garth McKenzie-Brown"),
            ("a clear message", "Clive Samuels"),
            ("The days when people thought", "Clive Samuels"),
        ],
    ),
    (
        """Relatives dispute police account of Morvant shooting

CARLA BHAGWANSINGH

RELATIVES of two men killed by police in Morvant on Sunday night say the men were unarmed, with the mother of one of them insisting they were "begging for their lives" when they were shot.

Dead are Jelani Phillip, 22, and Akeem Sandy, 25, both of Cedar Hill Extension, Morvant.

According to a police report, officers of the North Eastern Division Task Force were on patrol around 10.30 pm when they saw a group of men liming at the corner of Cedar Hill Extension and Lady Young Road. The report said the men ran on seeing the police, and two of them turned and fired at the officers, who returned fire.

Both men were taken to the Port of Spain General Hospital, where they were declared dead. Police said they recovered a Glock pistol and a revolver at the scene.

But speaking with Newsday at her home on Monday, Phillip's mother, Sharon Phillip, said her son had only gone to the shop to buy bread.

"Jelani never had no gun. He went by the shop for bread and some juice for his little sister. The neighbours see everything. They hear him saying, 'Officer, officer, don't shoot me,'" she said, breaking down in tears.

"They say shoot-out. What shoot-out? Show me one bullet hole in a police car."

A neighbour, who asked not to be named for fear of reprisal, said she heard about six shots in quick succession.

"It wasn't no exchange. Is bap-bap-bap, then quiet, then two more," the neighbour said.

Sandy's cousin, Kern Sandy, said his relative worked as a labourer with a contractor in Barataria and had no criminal record.

"He was a hard-working youth. He leave home five o'clock every morning. How the police could call him a bandit?" he asked.

In a statement on Monday, the Trinidad and Tobago Police Service said the incident was being investigated by the Professional Standards Bureau and that the officers involved had been placed on administrative duties "in keeping with standard procedure".

Acting Senior Superintendent of the North Eastern Division Anand Rambally told reporters the police would "go where the evidence leads".

"I understand the pain of the families. Nobody wants to see young men die. But I also have to stand behind officers who are facing armed criminals every single night," Rambally said.

The Independent Police Oversight Authority (IPOA) confirmed it had also launched an investigation.

"We have requested the firearms, the officers' duty logs and any body-camera footage. We will be speaking to witnesses in the community this week," IPOA director Natasha Ali-Boodoo said.

On Monday morning, residents of Cedar Hill Extension blocked the road with burning debris and old appliances, chanting for justice. Police cleared the road by midday, and no arrests were made.
""",
        [
            ("begging for their lives", "Sharon Phillip"),
            ("Jelani never had no gun.", "Sharon Phillip"),
            ("Officer, officer, don't shoot", "Jelani Phillip"),
            ("They say shoot-out. What", "Sharon Phillip"),
            ("It wasn't no exchange.", "neighbour"),
            ("He was a hard-working youth.", "Kern Sandy"),
            ("in keeping with standard procedure", "Trinidad and Tobago Police Service"),
            ("go where the evidence leads", "Anand Rambally"),
            ("I understand the pain of", "Anand Rambally"),
            ("We have requested the firearms,", "Natasha Ali-Boodoo"),
        ],
    ),
    (
        """Two cops charged with extorting miner at Bartica checkpoint

Kaieteur News – Two police constables stationed at Bartica, Region Seven (Cuyuni-Mazaruni), were on Monday placed on $500,000 bail each after they appeared before a magistrate charged with extorting cash and gold from a miner at a checkpoint in the mining district.

Constables Devon Lyte, 27, and Rayon Sinclair, 31, appeared before Magistrate Rhondel Benjamin at the Bartica Magistrate's Court, where they denied the charge.

It is alleged that on March 9, at the Five Mile checkpoint along the Bartica-Potaro Road, the two constables demanded $1.2M and 14 pennyweight of raw gold from miner Orin Persaud, 44, of Itaballi Landing.

Police Prosecutor Sergeant Mahendra Ramlall objected to bail, telling the court that the defendants "are police officers who are alleged to have abused the very uniform they swore to honour" and that the virtual complainant feared for his safety.

Defence attorney Latchmie Ramcharran said her clients "have served with distinction" and were maintaining their innocence.

"My clients have never been before the courts. They have families, they have fixed addresses, and they are not a flight risk," Ramcharran told the court.

In granting bail, the Magistrate ordered the men to lodge their passports and to report to the Bartica Police Station every Friday.

"The court takes a serious view of these allegations, but the accused are presumed innocent until proven otherwise," Magistrate Benjamin said. The matter was adjourned to April 4.

In a statement, the Guyana Police Force said the constables had been interdicted from duty and that the Force "will not tolerate any form of corruption within its ranks".

Persaud, who made a report to the Office of Professional Responsibility (OPR) two days after the incident, told this newspaper he decided to speak out after years of paying.

"Every miner on that road know what does happen at that checkpoint. Is not the first time. Is just that this time, I decide I not paying," he said.

"They tell me if I don't pay, they will plant something in my truck and I will never see my family again."

President of the Guyana Small and Medium Miners' Alliance, Terrence Goodluck, said his members have for years complained about "taxes" being collected by ranks at checkpoints in the interior.

"We have been complaining for years. We welcome the charges, but we want to see the whole network exposed, not just two small constables," Goodluck said.

A senior police officer, who requested anonymity, told Kaieteur News that the investigation was continuing and that "more heads could roll" as investigators examine the roles of ranks who supervised the checkpoint.
""",
        [
            ("are police officers who are", "Mahendra Ramlall"),
            ("have served with distinction", "Latchmie Ramcharran"),
            ("My clients have never been", "Latchmie Ramcharran"),
            ("The court takes a serious", "Rhondel Benjamin"),
            ("will not tolerate any form", "Guyana Police Force"),
            ("Every miner on that road", "Orin Persaud"),
            ("They tell me if I", "Orin Persaud"),
            ("We have been complaining for", "Terrence Goodluck"),
            ("more heads could roll", "senior police officer"),
        ],
    ),
    (
        """Fisherfolk fume as oil sheen spreads along south-western coast

SHASTRI MOHAN
South Bureau

Fishermen along the south-western peninsula say they have been unable to put out to sea for four days after a sheen of oil from a leaking subsea flowline spread along the coastline from Carapal Bay to Point Sable.

The leak was detected on Saturday at a line connecting a well in the Seabird Marine Field to a production platform operated by Southern Basin Petroleum Company Limited (Southbase).

In a media release on Monday, Southbase said the leak had been “isolated and contained” and that clean-up crews had so far recovered approximately 60 barrels of oily water.

“There is no threat to public health, and the company is working closely with the Ministry of Energy and Energy Industries to restore the affected areas,” the company said.

But president of the Cedros Fisherfolk Association, Deonarine “Fatman” Ramkissoon, was having none of it.

“Contained? Come down here and see for yourself. The oil on the mangrove, it on the beach, it in the nets,” Ramkissoon told the Guardian yesterday at the Carapal Bay fishing depot.

He said about 80 fishermen and their crews were idle, losing an estimated $1,500 a day each.

“Every time, is the same story. Spill, promise, nothing. In 2021 we had a spill and some of the men still waiting on compensation,” he said.

One fisherman, who was mending his nets at the depot, said he had been forced to borrow money to meet his boat loan payment.

“I have three children in school. What I must tell them? Eat oil?” he asked.

Energy Minister Dr Rhea Mahabir said a team from the ministry’s Health, Safety and Environment division visited the site on Sunday and would monitor the clean-up. She said the ministry would ensure that Southbase met its obligations “to the letter”.

“Where fishermen have suffered losses, there is a process for compensation, and I have asked the company to fast-track that process,” Mahabir said.

She did not say when payments would begin.

A source in the ministry told the Guardian that preliminary checks suggested the flowline had corroded, and that it had been flagged for replacement in an integrity audit two years ago.

“It was on the list. The money was never released,” the source said.

Environmental activist Gerald Soodeen, of the group Gulf of Paria Watch, described the spill as “entirely predictable”.

“We have ageing infrastructure all over the Gulf, lines that were laid in the 1970s. Until there is a serious programme of replacement, we will keep having this conversation,” Soodeen said.

Southbase said in its release that an investigation into the cause of the leak was ongoing.
""",
        [
            ("isolated and contained", "Southern Basin Petroleum Company Limited"),
            ("There is no threat to", "Southern Basin Petroleum Company Limited"),
            ("Contained? Come down here and", "Deonarine Ramkissoon"),
            ("Every time, is the same", "Deonarine Ramkissoon"),
            ("I have three children in", "fisherman"),
            ("to the letter", "Rhea Mahabir"),
            ("Where fishermen have suffered losses,", "Rhea Mahabir"),
            ("It was on the list.", "source in the ministry"),
            ("entirely predictable", "Gerald Soodeen"),
            ("We have ageing infrastructure all", "Gerald Soodeen"),
        ],
    ),
    (
        """Ex-refinery finance boss approved haulage payments, accountant tells court

Rasheed Malcolm/Staff Reporter

A former senior accountant at the state-owned Caribbean Refining Company of Jamaica (CRCJ) yesterday told the Kingston and St Andrew Parish Court that the company's ex-finance director personally approved more than $140 million in payments to a trucking firm that never delivered a drop of fuel.

Testifying in the fraud trial of former finance director Everton Rowe-Lindsay and businessman Dale Chin-Fook, the witness, Paulette Mattis, said she raised concerns about the invoices on at least three occasions in 2019.

"Each time I took the invoices to him, Mr Rowe-Lindsay told me the payments were cleared at a higher level and that I should process them," Mattis told the court.

Rowe-Lindsay and Chin-Fook, a director of Blue Mahoe Haulage Limited, are charged with conspiracy to defraud, breaches of the Corruption Prevention Act and money laundering. Both have pleaded not guilty.

Mattis said she became suspicious when she noticed that delivery receipts bore the same licence plate numbers on dates when the refinery's own gate logs showed no Blue Mahoe trucks entering the compound.

"It was the same three trucks, over and over, and the same driver's signature. The dates didn't line up with anything we had at the gate," she said.

Under cross-examination by Rowe-Lindsay's attorney, Winston Ebanks, KC, the witness conceded that she had never put her concerns in writing.

"I spoke to him in his office. I did not send an email, no," Mattis said.

"So there is no record anywhere, Ms Mattis, that you ever raised these concerns?" Ebanks asked.

"There is no written record, sir. But I know what I said," she replied.

Ebanks further suggested that the witness was "settling scores" after she was passed over for promotion in 2020, a suggestion Mattis firmly rejected.

"I was not passed over for anything. I resigned because I did not want my name on those payments," she said.

The case arises from a 2021 report by the Auditor General's Department, titled "Special Audit of Haulage Contracts at CRCJ", which flagged "serious irregularities in the procurement of haulage services" at the Kingston refinery.

Following the arrests of the two men in 2022, CRCJ said in a statement that it had "strengthened its internal controls" and was cooperating fully with investigators.

Chin-Fook's attorney, Nadine Levy-Samuda, is expected to cross-examine Mattis when the trial continues today before Senior Parish Judge Lorna Shelton-McLeod.
""",
        [
            ("Each time I took the", "Paulette Mattis"),
            ("It was the same three", "Paulette Mattis"),
            ("I spoke to him in", "Paulette Mattis"),
            ("So there is no record", "Winston Ebanks"),
            ("There is no written record,", "Paulette Mattis"),
            ("settling scores", "Winston Ebanks"),
            ("I was not passed over", "Paulette Mattis"),
            ("serious irregularities in the procurement", "Auditor General's Department"),
            ("strengthened its internal controls", "Caribbean Refining Company of Jamaica"),
        ],
    ),
]
