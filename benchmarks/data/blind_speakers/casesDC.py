CASES = [
    (
        """Water board grilled over R2.4bn pipeline overrun

CAPE TOWN – The chairperson of Parliament’s portfolio committee on water and sanitation, Nomvula Dlamini-Khoza, has accused the management of the Vaal-Karee Water Board of “treating public money like pocket change” after the entity admitted on Tuesday that a bulk pipeline project had run R2.4 billion over budget.

The board’s acting chief executive, Dr Pieter Venter, told the committee that the overrun was the result of “unforeseen geotechnical conditions” along the 140km route between Bothaville and Kroonstad, as well as delays caused by community protests and the late relocation of Eskom lines.

But Dlamini-Khoza was unimpressed.

“We have heard this story before. Every time a project goes over budget, it is the soil, it is the weather, it is the community. It is never the people who signed the contracts,” she said.

“This committee will not be a rubber stamp. We want the names of every official who approved a variation order above R10 million, and we want them by the end of the month.”

Democratic Reform Movement MP Johan Swanepoel said the board had failed to submit quarterly performance reports to Parliament for 18 months.

“How does an entity that receives billions from the fiscus simply stop reporting to the people’s representatives? Who gave them permission?” Swanepoel asked.

Venter conceded that the board’s reporting had been “not up to standard” and said a new chief financial officer had been appointed in March.

“I accept that the board has let this committee down. We are not here to make excuses; we are here to fix it,” he said.

In a written submission tabled at the meeting, the Vaal-Karee Water Board Audit Committee said the project had been “plagued by weak contract management and poor record-keeping since inception”, and that several payment certificates could not be traced to supporting documents.

The pipeline, which was meant to be completed in 2021, is intended to supply about 300 000 households in the northern Free State. Only 60% of the route has been laid.

A senior official from the department, who asked not to be named because he was not authorised to speak to the media, said the ministry was considering placing the board under administration.

“The minister is losing patience. There is a view that the current board cannot be trusted to clean up a mess it helped create,” the official said.

The committee resolved to summon the full board, including its chairperson, to appear before it within two weeks.""",
        [
            ("treating public money like pocket", "Nomvula Dlamini-Khoza"),
            ("unforeseen geotechnical conditions", "Pieter Venter"),
            ("We have heard this story", "Nomvula Dlamini-Khoza"),
            ("This committee will not be", "Nomvula Dlamini-Khoza"),
            ("How does an entity that", "Johan Swanepoel"),
            ("not up to standard", "Pieter Venter"),
            ("I accept that the board", "Pieter Venter"),
            ("plagued by weak contract management", "Vaal-Karee Water Board Audit Committee"),
            ("The minister is losing patience.", "senior official from the department"),
        ],
    ),
    (
        """Municipal manager suspended as Moremogolo residents block roads

Kgomotso Seleka

MAHIKENG – The Moremogolo Local Municipality council has placed its municipal manager, Tebogo Matlhare, on precautionary suspension following a forensic report that found irregular payments of more than R38 million to a waste-removal contractor.

Mayor Dineo Pule announced the decision at a special council sitting on Wednesday night, hours after residents of Ga-Seane village barricaded the main road into town with burning tyres and rocks for a third consecutive day.

“Council has taken a unanimous decision to suspend the municipal manager with full pay pending a disciplinary process. We owe it to our residents to act without fear or favour,” Pule said.

The report, compiled by forensic firm Mothusi & Partners Advisory, states that invoices were “paid without proof that services had been rendered” and that the contractor’s sole director shared a residential address with a senior official in the finance department.

Matlhare could not be reached for comment, but his lawyer, Advocate Sizwe Ntuli, said his client would challenge the suspension.

“My client was never given an opportunity to respond to the allegations in the so-called forensic report. This is a political purge, plain and simple,” Ntuli said.

He said the matter would be taken to the Labour Court “as a matter of urgency”.

In Ga-Seane, residents said the suspension did little to address their grievances. Refuse has not been collected for nearly four months and several streets have been without running water since January.

“They suspend one man and think we will go home. We want water, we want the rubbish removed. Until we see trucks, we are not moving,” said community leader Mpho Letsholo, 44.

Another resident, a mother of three who gave her name only as Keneilwe, said her children had been falling ill. “The rubbish is everywhere. The rats are bigger than cats now,” she said.

Police spokesperson Captain Aobakwe Moloi said two men, aged 23 and 31, had been arrested for public violence and would appear in the Mahikeng Magistrate’s Court on Friday.

“We appeal to the community to raise their grievances peacefully. Blocking roads and burning property will not be tolerated,” Moloi said.

The provincial department of co-operative governance said in a statement that it was “monitoring the situation closely” and would send a technical team to assist the municipality with refuse removal and water supply.

Council is expected to appoint an acting municipal manager at its next sitting.""",
        [
            ("Council has taken a unanimous", "Dineo Pule"),
            ("paid without proof that services", "Mothusi & Partners Advisory"),
            ("My client was never given", "Sizwe Ntuli"),
            ("as a matter of urgency", "Sizwe Ntuli"),
            ("They suspend one man and", "Mpho Letsholo"),
            ("The rubbish is everywhere.", "Keneilwe"),
            ("We appeal to the community", "Aobakwe Moloi"),
            ("monitoring the situation closely", "provincial department of co-operative governance"),
        ],
    ),
    (
        """Former rail agency boss lied to investigators, court hears

Staff Reporter

PRETORIA – A former procurement head at the National Rail Freight Agency lied to investigators about his relationship with a Durban businessman who won a R900-million locomotive maintenance tender, the Tshwane Specialised Crimes Court heard on Monday.

Prosecutor Advocate Marelize Botha told the court that cellphone records showed that Sipho Radebe, 52, had exchanged more than 400 text messages with businessman Vikash Naidoo in the six months before the tender was awarded.

“The accused told investigators under oath that he had met Mr Naidoo only once, at a public briefing session. The State will show that this was a deliberate falsehood,” Botha said.

Radebe, Naidoo and Naidoo’s company, Ubuntu Rail Engineering, face charges of corruption, fraud and money laundering. They have pleaded not guilty.

In his plea explanation, read into the record by his counsel, Radebe said he had “at no stage” influenced the bid evaluation committee and that his contact with Naidoo had been “of a purely social nature, as members of the same congregation”.

Naidoo’s counsel, Advocate Reza Hassim SC, told the court the State’s case was “built on innuendo”.

“Text messages between two friends about rugby and church functions do not amount to corruption. My learned friend will have to do considerably better than that,” Hassim said.

The State’s first witness, a former member of the bid evaluation committee, testified that she had been instructed to rescore a competing bid.

“I was called into the office and told that the scores were wrong. I was given a new score sheet that was already filled in, and I was asked to sign it,” the witness, Ntombi Zungu, said.

Asked by Botha who had given her the instruction, Zungu pointed across the courtroom at Radebe: “It was him. He was the one.”

Several spectators in the public gallery jeered, prompting Magistrate Lerato Sekhukhune to issue a stern warning.

“This is a court of law, not a football stadium. Anyone who disrupts these proceedings again will be removed,” she said.

Under cross-examination, Zungu admitted that she had not reported the instruction to the agency’s internal audit unit at the time, saying she had feared losing her job.

The agency said in a statement that it had “co-operated fully” with the prosecution and had already recovered R120 million through civil proceedings against the company.

The trial continues on Wednesday, when the State is expected to call a cellphone records expert.""",
        [
            ("The accused told investigators under", "Marelize Botha"),
            ("at no stage", "Sipho Radebe"),
            ("of a purely social nature", "Sipho Radebe"),
            ("built on innuendo", "Reza Hassim"),
            ("Text messages between two friends", "Reza Hassim"),
            ("I was called into the", "Ntombi Zungu"),
            ("It was him.", "Ntombi Zungu"),
            ("This is a court of", "Lerato Sekhukhune"),
            ("co-operated fully", "National Rail Freight Agency"),
        ],
    ),
    (
        """Morula Platinum to cut 3 200 jobs as union threatens strike

Bongani Khumalo

RUSTENBURG – Morula Platinum plans to shed up to 3 200 jobs at its Kwena shaft complex, blaming depressed platinum group metal prices and rising electricity costs, in a move the Mineworkers and Allied Trades Union (Matu) has vowed to resist.

The company issued a section 189 notice to organised labour on Thursday, formally starting the retrenchment consultation process.

In a statement to shareholders, Morula said the Kwena complex had been “loss-making for eight consecutive quarters” and that “without decisive intervention, the long-term sustainability of the entire Western Limb operations is at risk”.

Chief executive Andrew Fenwick said the decision had not been taken lightly.

“We understand the devastating impact this will have on our employees, their families and the communities around Kwena. We will do everything possible to minimise forced retrenchments, including voluntary severance packages and redeployment to our other shafts,” Fenwick said.

But Matu general secretary Zwelinzima Mbatha said the union would not accept “a single job loss” while executives continued to receive bonuses.

“Last year this company paid its top five executives R186 million. Now they come to us and say they are broke. Workers are not stupid,” Mbatha told a rally outside the shaft gates on Friday morning.

“If they go ahead with this, we will down tools. Not just at Kwena – at every Morula operation in this country.”

Rock drill operator Lucky Mokoena, who has worked underground at Kwena for 19 years, said he supported eight dependants on his salary.

“Where will I go at 47? There are no jobs in Rustenburg. If this mine closes, this whole place dies,” he said.

The chairperson of the Kwena Local Business Chamber, Elsabe Kruger, said small suppliers, taxi operators and shops in the surrounding villages would suffer what she called “a knock-on effect we cannot begin to calculate”.

Mining analyst Ridwaan Essop of Meridian Resources Research said the cuts had been expected for some time.

“The western limb shafts are old, deep and expensive to run. Frankly, the surprise is that it took this long,” Essop said.

He added that other producers were likely to follow if prices did not recover in the second half of the year.

Consultations between the company, Matu and other unions are expected to begin at the Commission for Conciliation, Mediation and Arbitration next month and must run for at least 60 days before any dismissals can take effect.""",
        [
            ("loss-making for eight consecutive quarters", "Morula Platinum"),
            ("without decisive intervention, the long-term", "Morula Platinum"),
            ("We understand the devastating impact", "Andrew Fenwick"),
            ("a single job loss", "Zwelinzima Mbatha"),
            ("Last year this company paid", "Zwelinzima Mbatha"),
            ("If they go ahead with", "Zwelinzima Mbatha"),
            ("Where will I go at", "Lucky Mokoena"),
            ("a knock-on effect we cannot", "Elsabe Kruger"),
            ("The western limb shafts are", "Ridwaan Essop"),
        ],
    ),
    (
        """Public servants march as wage talks collapse

Nokuthula Zwane

JOHANNESBURG – Thousands of public servants marched through the Johannesburg CBD on Tuesday as unions escalated their wage dispute with the government, with the Federation of Public and Allied Workers (Fepaw) warning that hospitals and schools could face “a total shutdown” by the end of the month.

Marchers, many dressed in the federation’s red T-shirts, carried placards reading “Bread first, bonuses later” and “No to 3%”.

The unions are demanding a 7.5% across-the-board increase, while the state has tabled 3%, which it says is all it can afford given the fiscal constraints outlined in the February budget.

Fepaw president Nomsa Mahlangu told marchers outside the provincial legislature that workers felt “insulted” by the offer.

“Nurses are working double shifts because posts are frozen. Teachers have 60 children in a class. And the government says 3% is generous? Comrades, that is an insult,” Mahlangu said.

In a letter to Public Service and Administration Minister Vusumuzi Khathide dated 2 May, the federation said it had “exhausted every avenue” at the bargaining council.

“We have negotiated in good faith for seven months. The employer has moved by less than one percentage point. We therefore have no option but to exercise our constitutional right to strike,” the letter reads.

Khathide, speaking to reporters in Cape Town, said the door remained open.

“We cannot spend money we do not have. Every additional percentage point costs the fiscus about R9 billion. But I have said to the unions: come back to the table, and let us talk,” he said.

He warned that essential services would be protected and that “no-work, no-pay will apply” to anyone who joined an unprotected strike.

At Mofolo Park Hospital in Soweto, where the outpatient queue stretched into the car park by mid-morning, some staff said they sympathised with the marchers.

A nurse at the hospital, who did not want to be named for fear of victimisation, said: “We love our patients, but we cannot live on love. My salary is finished by the 10th of the month.”

Labour analyst Dr Mzwandile Qwabe of the Institute for Labour Studies said a protracted strike was now likely.

“Both sides have painted themselves into a corner. The unions cannot go back to members with 3%, and the Treasury cannot find another R30 billion without borrowing,” Qwabe said.

Fepaw said further marches were planned in Durban, Gqeberha and Polokwane next week.""",
        [
            ("a total shutdown", "Federation of Public and Allied Workers"),
            ("insulted", "Nomsa Mahlangu"),
            ("Nurses are working double shifts", "Nomsa Mahlangu"),
            ("exhausted every avenue", "Federation of Public and Allied Workers"),
            ("We have negotiated in good", "Federation of Public and Allied Workers"),
            ("We cannot spend money we", "Vusumuzi Khathide"),
            ("no-work, no-pay will apply", "Vusumuzi Khathide"),
            ("We love our patients, but", "nurse at the hospital"),
            ("Both sides have painted themselves", "Mzwandile Qwabe"),
        ],
    ),
    (
        """Court halts demolition of Sinothando shacks

Sandile Gumede

DURBAN – The Durban High Court has interdicted the uMsinsi Metropolitan Municipality from demolishing any further homes at the Sinothando informal settlement, finding that the city’s land invasion unit acted unlawfully when it razed 74 structures last month without a court order.

In a scathing judgment handed down on Friday, Judge Ayanda Cele said the municipality had shown “a disturbing disregard for the rule of law and for the dignity of the poor”.

“The Constitution does not permit a municipality to be judge, jury and executioner in its own cause. An eviction without an order of court is not an eviction; it is a demolition of rights,” Cele wrote.

She ordered the municipality to provide temporary shelter for affected families within 14 days and to pay the costs of the application on a punitive scale.

The application was brought by the Sinothando residents’ committee with the support of the Durban-based Land Justice Collective (LJC).

LJC attorney Priya Govender welcomed the ruling. “Today the court has said clearly that poor people are not squatters to be swept away. They are residents with rights,” she said outside court.

Residents’ committee chairperson Mandla Shezi, whose two-roomed home was among those flattened, said he had been sleeping in a church hall for five weeks with his wife and four children.

“When they came, they did not even let us take our things. My children’s school uniforms, our IDs, everything was under the bulldozer,” Shezi said.

In its court papers, the municipality argued that the structures were “unoccupied and under construction” at the time and that the operation had been necessary to prevent “a further wave of unlawful occupation” on land earmarked for a low-cost housing project.

But Cele rejected this, noting that photographs submitted by residents showed furniture, bedding and cooking pots among the rubble. The municipality’s version was, the judge found, “simply not borne out by the evidence”.

She also criticised the city for relying on a private security company whose employees wore balaclavas during the demolitions.

Municipal spokesperson Lwazi Mkhwanazi said on Saturday that the city would study the judgment. “The municipality respects the courts. Our legal team is studying the ruling and will advise council on the way forward, including on the question of an appeal.”

The housing project on the site, which has been planned since 2016, is meant to deliver 1 200 units. Construction has not yet begun.""",
        [
            ("a disturbing disregard for the", "Ayanda Cele"),
            ("The Constitution does not permit", "Ayanda Cele"),
            ("Today the court has said", "Priya Govender"),
            ("When they came, they did", "Mandla Shezi"),
            ("unoccupied and under construction", "uMsinsi Metropolitan Municipality"),
            ("a further wave of unlawful", "uMsinsi Metropolitan Municipality"),
            ("simply not borne out by", "Ayanda Cele"),
            ("The municipality respects the courts.", "Lwazi Mkhwanazi"),
        ],
    ),
    (
        """Mineral resources budget debate descends into chaos

CAPE TOWN – The mineral resources budget vote debate in the National Assembly was suspended for nearly 40 minutes on Wednesday after People’s Freedom Party MP Lesiba Maluleke refused to withdraw remarks accusing Mineral Resources Minister Gugulethu Mthembu of “protecting her friends in the mining cartel”.

Mthembu had been outlining her department’s R3.1-billion budget, including plans to rehabilitate 600 derelict and ownerless mines, when Maluleke rose on a point of order.

“Honourable Speaker, the minister stands here talking about rehabilitation while her department sits on 2 000 unprocessed prospecting applications from black-owned companies. Why? Because she is protecting the big boys,” he said.

Deputy Speaker Khanyisile Mavuso ruled that the remarks were unparliamentary and asked Maluleke to withdraw them. He refused.

“I will not withdraw the truth, Deputy Speaker. South Africans know what is happening in that department,” Maluleke said, to cheers from the PFP benches.

Mavuso ordered him to leave the chamber and, when he declined, called the serjeant-at-arms. The sitting was suspended as several PFP members surrounded their colleague.

When proceedings resumed, Mthembu dismissed the outburst as “theatre for the cameras”.

“The honourable member knows very well that the backlog he speaks of was inherited from a broken electronic system, which we replaced last year. Since then we have processed more than 1 100 applications, 62% of them from historically disadvantaged applicants,” the minister said.

She said the department would in future publish monthly figures “so that nobody can hide behind rumours, including members of this House”.

Democratic Reform Movement spokesperson on mineral resources Carel Bezuidenhout said the chaos had distracted from the “real problems” in the sector, chief among them illegal mining.

“While this House was busy with a circus, illegal miners were digging under our towns. The minister said not one word about a plan to deal with them,” Bezuidenhout said.

He said the department’s budget for mine inspectors had been cut for the third year in a row, leaving fewer than 200 inspectors to oversee more than 1 600 operating mines.

In a statement issued after the sitting, the United People’s Congress said the PFP had “once again shown contempt for the rules of this House and for the people who elected them”, and called on the Rules Committee to consider sanctions against Maluleke.

The budget vote was eventually passed with 201 votes in favour and 118 against.""",
        [
            ("protecting her friends in the", "Lesiba Maluleke"),
            ("Honourable Speaker, the minister stands", "Lesiba Maluleke"),
            ("I will not withdraw the", "Lesiba Maluleke"),
            ("theatre for the cameras", "Gugulethu Mthembu"),
            ("The honourable member knows very", "Gugulethu Mthembu"),
            ("so that nobody can hide", "Gugulethu Mthembu"),
            ("real problems", "Carel Bezuidenhout"),
            ("While this House was busy", "Carel Bezuidenhout"),
            ("once again shown contempt for", "United People’s Congress"),
        ],
    ),
    (
        """Unpaid Motheo Hills workers shut down municipal offices

By Anele Dlamini

KIMBERLEY – Municipal offices in Motheo Hills were shut for a second day on Monday as workers affiliated to the South African Local Government Workers’ Union (Salgwu) protested against the non-payment of their May salaries.

About 600 employees, including refuse collectors, clerks and electricians, have not been paid since the municipality’s main bank account was attached by a creditor, Karoo Bulk Fuel Suppliers, over an unpaid debt of R14 million.

Workers chained the gates of the civic centre – which residents have long dubbed the “White Elephant” because of its R90-million price tag – and sang outside while a handful of managers watched from upstairs windows.

In a letter to staff dated 28 May, acting chief financial officer Riaan Steyn wrote that the municipality was “experiencing severe cash-flow constraints” and that salaries would be paid “as soon as funds become available”.

Salgwu regional secretary Boitumelo Kgosana said that was not good enough.

“Workers have debit orders, they have school fees, they have funerals to pay for. You cannot tell a man who sweeps your streets to simply wait. And we hear councillors got their allowances on time. Why not workers?” she said.

Executive mayor Sello Mofokeng denied the claim. He said: “It is simply not true that councillors were paid first. No political office bearer in this municipality has received May remuneration. We are all in the same boat.”

The provincial MEC for co-operative governance, Nandi Ramaboa, said the provincial executive was considering an intervention in terms of section 139 of the Constitution.

“We cannot stand by while a municipality collapses before our eyes. The provincial executive council will meet on Thursday and all options, including dissolving the council, are on the table,” Ramaboa said.

Karoo Bulk Fuel Suppliers said in a statement that it had “waited more than three years” for payment and had approached the court only after repeated promises from the municipality came to nothing.

Meanwhile, residents say the town is drowning in rubbish. Black bags have piled up on street corners and at the taxi rank, and several sewage pump stations have stopped working because there is nobody to maintain them.

“It is like living in a dump. Nobody answers the phones at the municipality, and now even the offices are locked,” said Fatima Dawood, who runs a spaza shop in Extension 4.

Salgwu said the protest would continue until every worker had been paid in full.""",
        [
            ("experiencing severe cash-flow constraints", "Riaan Steyn"),
            ("as soon as funds become", "Riaan Steyn"),
            ("Workers have debit orders, they", "Boitumelo Kgosana"),
            ("It is simply not true", "Sello Mofokeng"),
            ("We cannot stand by while", "Nandi Ramaboa"),
            ("waited more than three years", "Karoo Bulk Fuel Suppliers"),
            ("It is like living in", "Fatima Dawood"),
        ],
    ),
]
