CASES = [
    (
        """Thandeka Mokoena

EKURHULENI - Residents of Tsakane Extension 9 have vowed to continue blocking the R51 until the municipality restores water supply to the area, which has been without running water for 19 days.

On Tuesday morning, dozens of residents burnt tyres and placed rocks across the road, forcing motorists to take detours through Brakpan.

"We are tired of empty promises. Every week they tell us the tanker is coming, and every week we wait with our buckets until dark," said community leader Sibusiso Ntuli, 47.

Ntuli said elderly residents had been forced to walk more than two kilometres to a borehole at a local church.

"My mother is 81. She cannot carry water. Who must help her when we are at work?" he asked.

Ekurhuleni municipal spokesperson Lerato Dube said the outage was caused by a collapsed bulk pipeline along Nkosi Street, which had been "extensively vandalised" in recent months.

"The city is aware of the frustration of residents and we want to assure them that technicians are working around the clock," Dube said.

She said repairs were expected to be completed by the weekend, but could not give a firm date. Water tankers had been dispatched to the area on Monday, she added, although residents disputed this.

In a statement on Tuesday, the Civic Alliance in Ekurhuleni said the crisis was "entirely predictable" and accused the metro of ignoring repeated warnings about the state of the ageing pipeline.

"Reports tabled in council as far back as 2021 flagged this pipeline as high-risk. Nothing was done, and now the people of Tsakane are paying the price," the party's caucus leader in the metro, Johan Pretorius, said.

Police spokesperson Captain Mpho Maseko confirmed that two people had been arrested for public violence and would appear in the Brakpan Magistrate's Court on Thursday.

"Police will not tolerate the destruction of property and the obstruction of roads. We urge the community to raise their grievances through the proper channels," Maseko said.

Residents, however, were unmoved.

One resident, who asked not to be named, said: "The proper channels have failed us. The councillor does not even answer his phone."

Ward councillor Bongani Shabalala could not be reached for comment by the time of publication.""",
        [
            ("We are tired of empty", "Sibusiso Ntuli"),
            ("My mother is 81. She", "Sibusiso Ntuli"),
            ("extensively vandalised", "Lerato Dube"),
            ("The city is aware of", "Lerato Dube"),
            ("entirely predictable", "Civic Alliance in Ekurhuleni"),
            ("Reports tabled in council as", "Johan Pretorius"),
            ("Police will not tolerate the", "Mpho Maseko"),
            ("The proper channels have failed", "resident"),
        ],
    ),
    (
        """Fungai Chiwara
Court Reporter

A HARARE businessman accused of defrauding a local authority of US$340 000 through a fake road resurfacing contract has been remanded in custody to next month.

Tapiwa Gumbo (42), director of Mabvuku-based Kwenda Civils (Pvt) Ltd, appeared before Harare magistrate Mrs Rumbidzai Chigumira charged with fraud.

He was advised to apply for bail at the High Court.

The prosecutor, Mr Blessing Manyika, opposed bail, telling the court that investigations were at "a very sensitive stage" and that releasing the accused would jeopardise them.

"The accused person has travel documents and business links in South Africa and Mozambique. There is a real risk that he will abscond if admitted to bail," said Mr Manyika.

According to the State outline, sometime in March last year Gumbo submitted invoices to Mukombe Town Council for the resurfacing of 14 kilometres of road in the town's high-density suburbs.

The court heard that the invoices were approved by two council officials who are yet to be arrested.

"No work was carried out on any of the roads listed in the contract, and the accused converted the money to his own use," reads part of the State outline.

Gumbo's lawyer, Mr Farai Ncube of Ncube and Partners, told the court that his client was "a respected businessman with a fixed abode" who had no intention of fleeing.

"My client has been cooperating fully with the police since the matter was first reported. He voluntarily surrendered himself at Harare Central Police Station," he said.

Mr Ncube further argued that the State was "using remand as punishment" and that his client's company employed more than 60 people who would lose their livelihoods if he remained in custody.

But Mrs Chigumira ruled that the offence was serious and that the accused faced a lengthy custodial sentence if convicted.

"The court is not satisfied that the accused will stand trial. He is remanded in custody to February 14," she said.

In a statement yesterday, Mukombe Town Council acting town clerk Engineer Petros Dzvairo said the local authority had launched an internal audit into all contracts awarded by its engineering department over the past three years.

"Council has suspended the two officers pending the outcome of investigations. We will not protect anyone found to have abused ratepayers' money," said Eng Dzvairo.

Residents have long complained about the state of roads in the town, which they say have been neglected for more than a decade.""",
        [
            ("a very sensitive stage", "Blessing Manyika"),
            ("The accused person has travel", "Blessing Manyika"),
            ("No work was carried out", "State"),
            ("a respected businessman with a", "Farai Ncube"),
            ("My client has been cooperating", "Farai Ncube"),
            ("using remand as punishment", "Farai Ncube"),
            ("The court is not satisfied", "Rumbidzai Chigumira"),
            ("Council has suspended the two", "Petros Dzvairo"),
        ],
    ),
    (
        """By MUTALE CHISANGA
Kitwe

MORE than 600 miners at Luanshimba Copper Mines (LCM) in Kitwe have downed tools over unpaid wages, bringing operations at the company's underground section to a standstill.

The workers gathered at the mine's main gate yesterday, singing and waving placards, demanding to be paid their October and November salaries.

Copperbelt Mine Workers Federation (CMWF) branch chairperson Gift Mulenga said workers had been patient for too long.

"Our members have families to feed and children to take to school. You cannot expect a man to go underground on an empty stomach," Mr Mulenga said.

He said management had twice promised to settle the arrears but had failed to do so.

"They told us in October that the money would come after the sale of concentrates. Now it is December and we are still waiting," he said.

LCM human resources manager Namakau Liswaniso said in a statement that the company was facing "temporary cash-flow constraints" due to low copper output and delays in receiving value added tax refunds.

"Management remains committed to paying all outstanding salaries and is engaging the relevant authorities to expedite the release of VAT refunds owed to the company," the statement read.

Ms Liswaniso appealed to workers to return to work, saying the strike was illegal as the union had not followed the procedures set out in the law.

Copperbelt Minister Lubinda Chileshe, who visited the mine yesterday afternoon, said Government would not allow investors to mistreat workers.

"Government has brought investors into this country in good faith. We will not sit back while our people are working for nothing," Mr Chileshe said.

He directed the Labour Commissioner's office in Kitwe to meet management and the union within 48 hours and report back to him.

Mr Chileshe said Government would "not hesitate" to review the mining licence if the company failed to meet its obligations to workers and suppliers.

Some miners who spoke to this newspaper said they had been forced to borrow from money lenders, popularly known as kaloba, to buy food and pay rentals.

"I owe K4,000 now. Every month the interest goes up and the mine is not paying us," said a miner who declined to be named for fear of victimisation.

Traders in the surrounding townships say business has also slowed down since the workers stopped receiving their pay.""",
        [
            ("Our members have families to", "Gift Mulenga"),
            ("They told us in October", "Gift Mulenga"),
            ("temporary cash-flow constraints", "Namakau Liswaniso"),
            ("Management remains committed to paying", "Namakau Liswaniso"),
            ("Government has brought investors into", "Lubinda Chileshe"),
            ("not hesitate", "Lubinda Chileshe"),
            ("I owe K4,000 now. Every", "miner"),
        ],
    ),
    (
        """GABORONE: The Minister of Lands and Water Affairs, Mr Kagiso Mmolawa, says government will not reverse the decision to repossess undeveloped residential plots in Mogoditshane and Tlokweng.

Responding to a question in Parliament on Tuesday, Mr Mmolawa said more than 3 400 plots allocated over the past decade remained undeveloped, while thousands of applicants were still on the waiting list.

"It is unfair that some people sit on land for ten years while young Batswana who have been waiting since 2008 have nowhere to build. The law is very clear on development conditions," he said.

The minister said affected plot holders would be given 90 days' notice and an opportunity to make representations to the land board.

"We are not doing this to punish anyone. Where there are genuine reasons, such as illness or financial hardship, the land board will consider each case on its merits.

"But we cannot continue to allow speculation in land that was given to citizens for free," Mr Mmolawa said.

The Member of Parliament for Mogoditshane West, Mr Onalenna Sebego, said the policy would hit poor families hardest.

"Many of these people were allocated plots in areas where there is no water, no electricity and no roads. How do you expect them to develop?" asked Mr Sebego.

He accused the ministry of "moving the goalposts" and called for a moratorium on repossessions until services were provided.

Another legislator, Ms Boitumelo Ramotswa, put it this way: "We are punishing citizens for the failures of government. Service the land first, then talk about repossession."

In a press release issued on Wednesday, the Tlokweng Land Board said it had started compiling a register of undeveloped plots in its area of jurisdiction.

"Plot holders are advised to verify their status at the land board offices and to submit proof of any development undertaken," the release stated.

Meanwhile, a resident of Mogoditshane, Mr Kabelo Tshipa, told this publication he had been unable to build on his plot since 2014 because of a dispute over access roads.

"I have paid my service levy every year. Now they want to take the land and give it to someone else," he said.""",
        [
            ("It is unfair that some", "Kagiso Mmolawa"),
            ("We are not doing this", "Kagiso Mmolawa"),
            ("Many of these people were", "Onalenna Sebego"),
            ("moving the goalposts", "Onalenna Sebego"),
            ("We are punishing citizens for", "Boitumelo Ramotswa"),
            ("Plot holders are advised to", "Tlokweng Land Board"),
            ("I have paid my service", "Kabelo Tshipa"),
        ],
    ),
    (
        """By Ayanda Mthethwa

The Pietermaritzburg High Court has set aside a R78-million fleet management tender awarded by the Sizakele District Municipality, with the presiding judge finding that the bid process was “irregular, unlawful and tainted by bias”.

In a 46-page judgment handed down on Thursday, Judge Nomvula Khumalo ruled that the municipality had ignored the recommendations of its own bid evaluation committee when it awarded the contract to Ingwe Fleet Solutions in 2022.

“The record reveals that the bid adjudication committee substituted its own preference for the considered assessment of the evaluation committee, without furnishing any reasons for doing so,” Khumalo wrote.

“This is not a mere technical irregularity. It goes to the heart of a fair and competitive procurement process.”

The application was brought by a losing bidder, Masakhane Motor Group, which argued that it had scored highest on both price and functionality.

The company’s director, Sipho Zungu, welcomed the ruling.

“We have been saying from day one that this process was rigged. Today the court has vindicated us,” Zungu said outside court.

He said the company had spent more than R1.2-million in legal fees over the past two years.

Khumalo ordered the municipality to pay the costs of the application, including the costs of two counsel, and directed that a copy of the judgment be sent to the provincial treasury.

Municipal spokesperson Thulani Gcaba said the municipality would study the judgment before deciding whether to appeal.

“The municipality respects the decision of the court. Our legal team is studying the judgment and council will be advised on the way forward,” he said.

Gcaba would not say whether any officials had been disciplined.

Ingwe Fleet Solutions did not respond to questions sent by email. In court papers, however, the company had argued that it was an “innocent tenderer” that had performed in good faith and should not be penalised for the municipality’s errors.

The ruling comes months after a forensic report by the provincial treasury found that senior officials in the municipality had “routinely overridden” supply chain management processes.

The report recommended disciplinary action against the former municipal manager, Bheki Mlambo, who resigned in 2023.

Mlambo, reached by phone on Friday, said he had “nothing to hide”.

“I was never part of the bid adjudication committee. People must go and read the minutes,” he said.""",
        [
            ("irregular, unlawful and tainted by", "Nomvula Khumalo"),
            ("The record reveals that the", "Nomvula Khumalo"),
            ("This is not a mere", "Nomvula Khumalo"),
            ("We have been saying from", "Sipho Zungu"),
            ("The municipality respects the decision", "Thulani Gcaba"),
            ("innocent tenderer", "Ingwe Fleet Solutions"),
            ("routinely overridden", "provincial treasury"),
            ("nothing to hide", "Bheki Mlambo"),
            ("I was never part of", "Bheki Mlambo"),
        ],
    ),
    (
        """BY NYASHA MAKONI

POLICE in Masvingo have banned a rally by the opposition Movement for People's Renewal (MPR) scheduled for Saturday, citing security concerns, in a move the party has described as "a blatant assault on constitutional freedoms".

MPR provincial spokesperson Tinashe Chakanyuka said the party had notified police of the gathering two weeks ago in terms of the Maintenance of Peace and Order Act.

"We complied with every requirement of the law. The police only wrote back to us on Thursday evening, less than 48 hours before the rally, which tells you this was a political decision," Chakanyuka said.

In a letter dated November 21, the officer commanding Masvingo district, Chief Superintendent Elias Moyo, said the venue at Mucheke Stadium was "unsuitable for a gathering of the anticipated magnitude".

"The regulating authority has received intelligence that the gathering may be infiltrated by elements bent on causing disorder," the letter read.

National police spokesperson Assistant Commissioner Rudo Mhlanga yesterday said the ban was "purely an operational matter".

"The police is a professional organisation. We do not take sides in politics and any party is free to approach the courts if it is aggrieved," Mhlanga said.

The MPR said it had instructed its lawyers to file an urgent chamber application at the High Court in Masvingo.

Kudakwashe Mavhunga, a lawyer with the Justice Access Trust, said police had increasingly used "vague security grounds" to block opposition activities ahead of next year's by-elections.

"The Constitution guarantees freedom of assembly. Police are supposed to regulate gatherings, not prohibit them at whim," she said.

Meanwhile, National Unity Front (NUF) Masvingo provincial chairperson Lovemore Zhou dismissed the MPR's complaints as "cheap propaganda".

"They know they have no support in Masvingo. They want to blame the police for their empty stadiums," Zhou said.

The MPR has had at least four of its meetings blocked in the province since January, according to the party.""",
        [
            ("a blatant assault on constitutional", "Movement for People's Renewal"),
            ("We complied with every requirement", "Tinashe Chakanyuka"),
            ("unsuitable for a gathering of", "Elias Moyo"),
            ("The regulating authority has received", "Elias Moyo"),
            ("purely an operational matter", "Rudo Mhlanga"),
            ("The police is a professional", "Rudo Mhlanga"),
            ("vague security grounds", "Kudakwashe Mavhunga"),
            ("The Constitution guarantees freedom of", "Kudakwashe Mavhunga"),
            ("cheap propaganda", "Lovemore Zhou"),
            ("They know they have no", "Lovemore Zhou"),
        ],
    ),
    (
        """Kabelo Mothibedi
Mining Editor

Thaba Metsi Platinum has suspended underground operations at its Bospoort shaft near Rustenburg after a fall of ground killed three workers on Monday night, the company’s third fatal incident this year.

The JSE-listed group said in a statement on Tuesday that rescue teams had recovered the bodies of the mineworkers, a rock drill operator and two assistants, in the early hours of the morning.

“The board and management are deeply saddened by this tragedy. Our thoughts are with the families, colleagues and friends of the deceased,” the company said.

CEO Pieter van Wyk said the company had notified the mine health and safety inspectorate and would co-operate fully with its investigation.

“Safety is our first value, and any loss of life is unacceptable. We will not resume operations at the shaft until we fully understand what went wrong,” Van Wyk said.

The suspension affects about 2,300 employees and is expected to cost the company about 4,000 ounces of platinum group metals a week, according to analysts.

The National Mining and Allied Workers Union (Namawu) blamed the accident on pressure to meet production targets.

Namawu’s Bojanala regional secretary, Mzoxolo Jikela, said workers had raised concerns about the stability of the hanging wall in the affected section as recently as last week.

“Our members reported cracks in that panel. They were told to continue working because the section was behind target,” said Jikela.

He said the union would demand a full independent inquiry and would “not rest” until those responsible were held accountable.

Company spokesperson Refilwe Moloi denied that workers had been instructed to enter an unsafe area.

Her response was blunt: “No employee at Thaba Metsi is ever required to work in a place they believe to be unsafe. Every worker has the right to withdraw, and that right is protected.”

Moloi said an examination of the area had been conducted by a qualified rock engineering team before the shift began.

Analyst Craig Fourie of Meridian Securities said the stoppage came at a difficult time for the sector.

“Margins are already razor-thin at current basket prices. A prolonged section 54 notice at Bospoort would hurt,” he said.

Shares in Thaba Metsi fell 4.2% to R38.15 on the JSE on Tuesday.""",
        [
            ("The board and management are", "Thaba Metsi Platinum"),
            ("Safety is our first value", "Pieter van Wyk"),
            ("Our members reported cracks in", "Mzoxolo Jikela"),
            ("not rest", "Mzoxolo Jikela"),
            ("No employee at Thaba Metsi", "Refilwe Moloi"),
            ("Margins are already razor-thin at", "Craig Fourie"),
        ],
    ),
    (
        """By JANET MWANZA
Lusaka

A FORMER permanent secretary in the Ministry of Local Government has been sentenced to five years imprisonment with hard labour for abuse of authority of office involving K12 million meant for the construction of markets.

Lusaka Principal Resident Magistrate Mirriam Siame-Kaunda sentenced Dr Mubita Lungu, 58, yesterday after finding him guilty on three counts.

In passing sentence, Ms Siame-Kaunda said public officers who abused their positions had to be dealt with firmly.

"The convict was entrusted with public resources meant to improve the lives of traders in this country. Instead, he chose to enrich companies linked to his associates," Ms Siame-Kaunda said.

She said the court had taken into account that Dr Lungu was a first offender, but that the offence was "grave and deserving of a deterrent sentence".

Dr Lungu was accused of having directed the award of contracts to two companies, Kamwala Builders Limited and Chawama Structural Works, without following procurement procedures between 2019 and 2021.

During trial, the Public Integrity Commission (PIC) led evidence from 11 witnesses, including procurement officers and engineers from the ministry.

PIC acting public relations manager Nchimunya Hamoonga welcomed the judgment.

"This conviction sends a clear message that no one is above the law regardless of the position they hold or held in Government," Ms Hamoonga said in a statement.

She said the Commission would also apply for the forfeiture of a house in Ibex Hill and two motor vehicles belonging to the convict.

Defence lawyer Kelvin Siwale of Siwale and Associates had told the court in mitigation that his client was "a sickly man" who suffered from diabetes and hypertension.

"My Lady, the convict has served this country diligently for over 30 years. We pray that the court exercises leniency and considers a non-custodial sentence," Mr Siwale said.

After the sentence, Mr Siwale told journalists that his client would appeal.

"We are not satisfied with both the conviction and the sentence. We shall be lodging an appeal in the High Court," he said.

Dr Lungu, dressed in a grey suit, showed no emotion as he was led away by prison warders, while some family members wept in the gallery.

A trader at City Market, Esther Tembo, said the sentence would not bring back the money. "We were promised a new shelter in 2020. Up to now we are selling in the sun and the rain," she said.""",
        [
            ("The convict was entrusted with", "Mirriam Siame-Kaunda"),
            ("grave and deserving of a", "Mirriam Siame-Kaunda"),
            ("This conviction sends a clear", "Nchimunya Hamoonga"),
            ("a sickly man", "Kelvin Siwale"),
            ("My Lady, the convict has", "Kelvin Siwale"),
            ("We are not satisfied with", "Kelvin Siwale"),
            ("We were promised a new", "Esther Tembo"),
        ],
    ),
]
