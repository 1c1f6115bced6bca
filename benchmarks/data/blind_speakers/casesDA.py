CASES = [
    (
        """SANTIAGO, May 14 (Reuters) - Workers at Chile's Cerro Pallacura copper mine walked off the job on Tuesday after wage talks with owner Minera Andes del Sur collapsed, the mine's largest union said, threatening output at a mid-sized deposit just as prices hover near record highs.

The union, which represents about 1,400 of the site's 2,100 permanent workers, voted on Monday to reject the company's final offer, which included a one-time bonus of 4.5 million pesos ($4,800) per worker and a 2% real wage increase.

"The company has made record profits for three years and it offers us crumbs," union president Hector Villagran Soto told Reuters by telephone from the northern city of Calama. "We will stay out for as long as it takes."

Minera Andes del Sur, controlled by a consortium of Canadian and Japanese investors, said in a statement that it regretted the decision and that contingency plans would allow the mine to maintain "a significant portion" of its normal production.

"Our offer was responsible and in line with the reality of the industry," the company said, adding that it remained open to dialogue.

Cerro Pallacura produced about 118,000 tonnes of copper last year, according to government data, or a little over 2% of national output. Chile is the world's largest producer of the red metal.

Under Chilean labor law, either side may request government-mediated talks, a process that can last up to 10 days. Villagran said the union would accept mediation but would not return to work in the meantime.

A Labor Ministry official, who asked not to be named because the talks were confidential, said the government was "following the situation closely" and hoped both sides would return to the table this week.

Analysts at Valparaiso-based brokerage Corredora Austral said a prolonged stoppage could remove as much as 10,000 tonnes from an already tight market.

"A two-week strike is manageable. A two-month strike is not," analyst Marcela Irarrazaval wrote in a note to clients, adding that the company's inventories would cover shipments for "perhaps three weeks, not more."

Dozens of workers gathered at the mine entrance early on Tuesday, lighting bonfires and holding banners that read "Dignity, not bonuses." Workers said the night shift had been the first to leave.

Benchmark copper rose 0.8% to $9,870 a tonne by 1400 GMT, with traders citing the strike among other supply concerns.

The walkout is the second at Cerro Pallacura since 2019, when a 23-day strike cut the mine's quarterly output by nearly a third.

(Reporting by Tomas Ferrer; Additional reporting by Julia Oyarce in Calama; Editing by Paula Whitcombe)""",
        [
            ("The company has made record", "Hector Villagran Soto"),
            ("a significant portion", "Minera Andes del Sur"),
            ("Our offer was responsible and", "Minera Andes del Sur"),
            ("following the situation closely", "Labor Ministry official"),
            ("A two-week strike is manageable.", "Marcela Irarrazaval"),
            ("perhaps three weeks, not more.", "Marcela Irarrazaval"),
        ],
    ),
    (
        """BRASILIA, Brazil (AP) — Brazil's Supreme Court on Thursday suspended the governor of the northern state of Roraima for 180 days, accusing him of steering some 300 million reais ($60 million) in public health contracts to companies linked to his relatives and of trying to obstruct the investigation.

In a 42-page decision, Justice Helena Vasconcellos Prado wrote that there was "robust evidence" that Gov. Otávio Rangel Barreto had used his office to pressure witnesses and to delay the delivery of documents requested by federal investigators.

"The permanence of the governor in office represents a concrete risk to the collection of evidence," Prado wrote.

Barreto, who denies wrongdoing, called the decision "an act of political persecution" and said he would appeal to the full court.

"I was elected by more than 200,000 people in Roraima, and I will not allow a single judge to overturn their will," he said in a video posted on social media Thursday night. "I have nothing to hide."

Federal Police agents earlier in the day searched 14 addresses in the state capital, Boa Vista, and in Brasilia, including the governor's official residence, seizing documents, cellphones and about 800,000 reais in cash.

"The investigation revealed a sophisticated scheme of overbilling in the purchase of medical supplies, with the participation of public servants and businessmen," the Federal Police said in a statement. It did not name the governor.

Barreto's lawyer, Fernando Albuquerque Sá, told reporters outside the court that the defense had not been given access to the full case file.

"We learned about the accusations through the press, not through the proper channels," Sá said.

Lt. Gov. Sandra Mourão Leal, a former state health secretary who broke politically with Barreto last year, will take over during the suspension. In a brief statement, she said she would "guarantee the continuity of public services" and would not comment on the case.

Barreto, a 46-year-old former cattle rancher known to supporters as "Tratorzinho," or little tractor, was elected in 2022 promising to modernize the state's hospitals.

"This is a governor who until a few months ago was seen as a rising star of the center-right," said Rodrigo Pimentel Araújo, a political scientist at the Amazon Institute for Public Policy in Manaus. "Now his party has to decide whether to stand by him.

"If they abandon him, they lose the state. If they keep him, they carry this scandal into the municipal elections."

Barreto's party, the Democratic Renewal Movement, said in a short note that it "trusts in justice" and would await the outcome of the case before taking any decision.

The full court is expected to review the suspension next week.""",
        [
            ("robust evidence", "Helena Vasconcellos Prado"),
            ("The permanence of the governor", "Helena Vasconcellos Prado"),
            ("an act of political persecution", "Otávio Rangel Barreto"),
            ("I was elected by more", "Otávio Rangel Barreto"),
            ("I have nothing to hide.", "Otávio Rangel Barreto"),
            ("The investigation revealed a sophisticated", "Federal Police"),
            ("We learned about the accusations", "Fernando Albuquerque Sá"),
            ("guarantee the continuity of public", "Sandra Mourão Leal"),
            ("This is a governor who", "Rodrigo Pimentel Araújo"),
            ("Now his party has to", "Rodrigo Pimentel Araújo"),
            ("trusts in justice", "Democratic Renewal Movement"),
        ],
    ),
    (
        """Buenos Aires (AFP) – Tens of thousands of retirees, trade unionists and students marched on Argentina’s Congress on Wednesday to protest a freeze on pensions, in one of the largest demonstrations yet against President Julián Ortiz Berón’s austerity drive.

Police fired tear gas and rubber bullets to clear protesters who tried to break through metal barriers outside the building, and clashes continued for several hours in surrounding streets. The Security Ministry said 23 officers were injured and 41 people arrested.

“We worked forty years to end up choosing between medicine and food,” said Elsa Carrizo, a 74-year-old retired schoolteacher who had travelled from the suburb of Quilmes with her granddaughter.

Standing on the back of a truck, union leader Pablo Iturbe Sosa addressed the crowd: “This government has declared war on the elderly, and the workers will answer in the streets.”

Iturbe, secretary general of the Argentine Workers’ Federation (FAT), said the federation would call a 24-hour general strike for next Thursday.

Security Minister Verónica Lagos Achával defended the police operation, saying officers had acted “with total proportionality” against what she called “organised violent groups” seeking to “destabilise the institutions.”

“Whoever blocks a street will face the consequences of the law. There will be no impunity,” she told a press conference.

Ortiz, an economist who took office in December promising to eliminate the fiscal deficit, has frozen pension increases for six months as part of what his government calls its “zero deficit” doctrine.

Presidential spokesman Manuel Adrogué said the measure was unavoidable. “There is no money,” he told reporters at the presidential palace, repeating a phrase that has become a mantra of the administration.

A report published this week by the Centre for Social Policy Studies, a Buenos Aires think tank, said the minimum pension had lost “nearly 30 percent of its purchasing power” since January, with monthly inflation still running above four percent.

Opposition senator Luciana Ferreyra Paz, of the Federal Justice Front, said her bloc would present a bill to restore automatic indexation. “We are going to reverse this cruelty in the chamber,” she wrote on X.

Every Wednesday for the past three months, retirees have gathered outside Congress, a ritual that has drawn growing numbers of football fans and students in solidarity.

“I am not afraid of them,” Carrizo said as she left the square, her eyes red from the gas. “I have nothing left to lose.”

ef/jt/mlr""",
        [
            ("We worked forty years to", "Elsa Carrizo"),
            ("This government has declared war", "Pablo Iturbe Sosa"),
            ("with total proportionality", "Verónica Lagos Achával"),
            ("organised violent groups", "Verónica Lagos Achával"),
            ("destabilise the institutions", "Verónica Lagos Achával"),
            ("Whoever blocks a street will", "Verónica Lagos Achával"),
            ("There is no money", "Manuel Adrogué"),
            ("nearly 30 percent of its", "Centre for Social Policy Studies"),
            ("We are going to reverse", "Luciana Ferreyra Paz"),
            ("I am not afraid of", "Elsa Carrizo"),
            ("I have nothing left to", "Elsa Carrizo"),
        ],
    ),
    (
        """BOGOTA, Oct 9 (Reuters) - Colombia's government and the Revolutionary People's Front (FRP) guerrilla group agreed on Wednesday to a six-month bilateral ceasefire, the most significant step yet in peace talks that have repeatedly stalled since they began last year.

The agreement, signed in Mexico City where the talks are being held, commits both sides to halt offensive operations from Nov. 1 and creates a verification mechanism that includes international observers and local church representatives.

"Today we take a step that the country has waited decades for," the government's chief negotiator, Camila Restrepo Iriarte, told reporters after the signing ceremony. "But a ceasefire is not peace. It is only the door."

The FRP, which has an estimated 3,000 fighters and operates mainly in the southwestern departments of Cauca and Narino, has been blamed for kidnappings, extortion and attacks on security forces.

The head of the rebel delegation, Arnulfo Cediel Mora, known by his nom de guerre "Tulio," said the group would respect the truce "as long as the state respects it too."

"We did not come here to surrender. We came to build a new Colombia," Cediel said, reading from a prepared text.

In a separate communique signed by its central command, the FRP said it would suspend what it called "economic retentions," a term the group uses for kidnappings for ransom, during the ceasefire period. It did not say whether it would release the at least 14 hostages it is believed to be holding.

Opposition lawmakers were quick to criticize the deal.

"Every time this government signs a ceasefire, the armed groups use it to recruit children and expand into new territory," Senator Alvaro Quintero Lleras of the right-wing Patria Firme party wrote on X.

The ombudsman's office said in a report last month that armed violence had displaced more than 18,000 people in Cauca since January, and warned of a "serious humanitarian crisis" in rural areas where several armed groups compete for control of coca crops and illegal mining.

In the town of El Tambo, residents greeted the news with caution. A community leader, who asked that her name not be published for fear of reprisals, said: "We have heard about ceasefires before. Here the shots never stop, they just move to another village."

Restrepo said the government would present a schedule for the next round of talks, including discussion of the group's eventual disarmament, before the end of the month.

(Reporting by Daniela Cardenas; Writing by Lucas Welbourne; Editing by Anna Prewitt)""",
        [
            ("Today we take a step", "Camila Restrepo Iriarte"),
            ("But a ceasefire is not peace.", "Camila Restrepo Iriarte"),
            ("as long as the state respects", "Arnulfo Cediel Mora"),
            ("We did not come here", "Arnulfo Cediel Mora"),
            ("economic retentions", "Revolutionary People's Front"),
            ("Every time this government signs", "Alvaro Quintero Lleras"),
            ("serious humanitarian crisis", "ombudsman's office"),
            ("We have heard about ceasefires", "community leader"),
        ],
    ),
    (
        """LIMA, Sept 3 (Reuters) - Peru's Congress voted on Tuesday to open impeachment proceedings against President Adrian Valdivieso Cornejo over allegations that he ordered the dismantling of a police intelligence unit that was investigating his brother, the latest blow to a leader whose approval rating has fallen to single digits.

The motion was admitted with 78 votes in favor, 31 against and 9 abstentions, well above the 52 votes needed. Removing the president will require 87 votes in the 130-seat, single-chamber legislature, and a final vote is expected next week.

"The president has turned the palace into a shield for his family," said Congresswoman Gladys Huaman Ticona of the leftist Nuevo Rumbo party, who filed the motion, during a heated five-hour debate.

In a televised address on Tuesday night, Valdivieso called the motion "a coup disguised as a constitutional procedure" and said he would appear before Congress in person to defend himself.

"I will not resign. I will answer every question, but I will do it with my head held high," he said, flanked by members of his cabinet.

The unit, which had been investigating alleged irregularities in public works contracts awarded in the southern region of Arequipa, was disbanded in May, two weeks after it requested phone records from the president's brother, Ernesto Valdivieso.

A report by Congress's oversight committee, reviewed by Reuters, said the unit was dissolved "without technical justification" and that the order came directly from the Interior Ministry. The president's office has said the decision was part of a routine restructuring.

The president's lawyer, Jorge Salcedo Mendiola, said the accusations were based on "testimony bought by the president's enemies" and that his client had never spoken to police commanders about the unit.

Valdivieso, a former regional governor who took office 20 months ago, has no party of his own in Congress and has relied on a shifting coalition of conservative blocs that have now begun to abandon him.

Peru has been mired in political turmoil for years, with lawmakers repeatedly invoking a broadly defined constitutional clause on moral incapacity to remove sitting presidents.

"Peru has had six presidents in eight years, and Congress has learned that removing them is cheap," said Fernanda Loayza, a political analyst at the Andean Institute for Political Analysis in Lima.

"The problem is that each time it happens, the institutions lose a little more legitimacy. Nobody trusts anyone anymore," she added.

The sol currency weakened 0.6% against the dollar on Tuesday, while the benchmark stock index fell 1.1%.

(Reporting by Marco Chumpitaz; Editing by Helen Rusk)""",
        [
            ("The president has turned the", "Gladys Huaman Ticona"),
            ("a coup disguised as a", "Adrian Valdivieso Cornejo"),
            ("I will not resign.", "Adrian Valdivieso Cornejo"),
            ("without technical justification", "Congress's oversight committee"),
            ("testimony bought by the president's", "Jorge Salcedo Mendiola"),
            ("Peru has had six presidents", "Fernanda Loayza"),
            ("The problem is that each", "Fernanda Loayza"),
        ],
    ),
    (
        """LIMA, Peru (AP) — Quechua-speaking farming communities in Peru's southern Andes blocked a highway used to truck copper concentrate to the Pacific coast for a ninth straight day Monday, demanding compensation from a Chinese-owned mine they accuse of contaminating their water.

Hundreds of protesters have piled rocks and tree trunks across a stretch of road in the Apurímac region, stranding more than 300 trucks and forcing the Las Huaranas mine to cut production, according to the company.

"They take the mountain, they take the water, and they leave us the dust," said Teodoro Ccama Quispe, president of the Huayllapampa peasant community, speaking by phone from the blockade.

Ccama said the communities would lift the roadblock only when "a minister sits with us here, not in an office in Lima."

In a letter to the Energy and Mines Ministry dated Friday and seen by The Associated Press, mine owner Sinoandina Mining Corp. warned it could halt operations altogether if the road was not cleared.

"The situation has become unsustainable for the continuity of our operations and for the safety of our workers," the letter said.

Las Huaranas produced about 250,000 metric tons of copper last year, roughly a tenth of Peru's output, and its royalties fund schools and clinics across the region.

Prime Minister Raúl Benavente Ugarte said the government would send a high-level commission to the area this week, led by the vice minister of mines.

"We are not going to allow the country's main copper export corridor to remain closed indefinitely," Benavente said at a news conference in Lima. "But we also understand that there are legitimate demands that have been ignored for years.

"That is why we are going to listen first. Dialogue is the only way out."

A monitoring study released in June by the National Water Quality Office, a government agency, found arsenic concentrations "above the permitted limits" at three of five sampling points along the Kutiru River, which runs below the mine's tailings dam.

A company spokesman, who spoke on condition of anonymity because he was not authorized to comment publicly, said the mine complied with all environmental regulations and that the arsenic detected was "of natural origin," common in the volcanic soils of the region.

Similar disputes between mining companies and rural communities have shut down roads in Peru's southern copper belt dozens of times in the past decade, at times for weeks.

Police have so far made no attempt to clear the highway. On Monday, women from nearby villages cooked communal meals at the roadside as men took turns guarding the barricades.""",
        [
            ("They take the mountain, they", "Teodoro Ccama Quispe"),
            ("a minister sits with us", "Teodoro Ccama Quispe"),
            ("The situation has become unsustainable", "Sinoandina Mining Corp."),
            ("We are not going to allow", "Raúl Benavente Ugarte"),
            ("But we also understand that", "Raúl Benavente Ugarte"),
            ("above the permitted limits", "National Water Quality Office"),
            ("of natural origin", "company spokesman"),
        ],
    ),
    (
        """BRASILIA, July 22 (Reuters) - Brazilian police on Monday arrested 11 people accused of running a network that laundered nearly two tonnes of illegally mined gold from Indigenous lands in the Amazon, selling it to refiners in Brazil and abroad with forged paperwork.

The operation, carried out in five states, targeted pilots, miners and executives of Ouro Norte DTVM, a São Paulo-based gold dealer, police said. Judges ordered the freezing of 1.2 billion reais ($215 million) in assets.

The group used “fictitious mining permits” registered in the names of front men to give illegally extracted gold an appearance of legality, the Federal Police said in a statement.

Most of the gold came from the Tapiri Indigenous Territory in the state of Pará, where investigators have mapped more than 40 clandestine airstrips, according to the statement.

Environment Minister Lúcia Tavares Nogueira wrote on social media: “Illegal gold has a path, and we are going to close it at every step.”

Federal prosecutor Marcos Aurélio Fontenele, who is leading the case, told Reuters the investigation had identified buyers in Switzerland and the United Arab Emirates.

“The gold leaves the forest in small planes and arrives in Europe with a clean certificate,” Fontenele said. “Each gram of it means mercury in a river and a sick child in a village.”

Ouro Norte said in a statement that it “has always acted in accordance with the law” and was cooperating fully with authorities. It declined to comment further.

Indigenous leaders said the arrests, while welcome, were not enough.

“We have been denouncing these airstrips for five years,” said Raimundo Aruká, coordinator of the Tapiri Indigenous Association. “Now they arrest some, but the machines are still in the rivers.

“When the police leave, the miners return. We need them to stay.”

A report last year by Amazon Mineral Watch, a research group, found that nearly half of the gold Brazil exported over a four-year period showed “signs of illegality,” much of it passing through a handful of licensed dealers.

Congress is debating a bill that would end the so-called “good faith” presumption, which allows dealers to rely on sellers’ own declarations about where the gold was mined.

Gold mining in Indigenous territories is banned under Brazilian law, but thousands of wildcat miners operate in the region, using mercury that contaminates rivers and fish eaten by local communities.

(Reporting by Beatriz Lacerda; Editing by Mark Tillson)""",
        [
            ("fictitious mining permits", "Federal Police"),
            ("Illegal gold has a path", "Lúcia Tavares Nogueira"),
            ("The gold leaves the forest", "Marcos Aurélio Fontenele"),
            ("Each gram of it means", "Marcos Aurélio Fontenele"),
            ("has always acted in accordance", "Ouro Norte DTVM"),
            ("We have been denouncing these", "Raimundo Aruká"),
            ("Now they arrest some, but", "Raimundo Aruká"),
            ("signs of illegality", "Amazon Mineral Watch"),
        ],
    ),
    (
        """BUENOS AIRES, Argentina (AP) — An Argentine federal judge on Tuesday indicted former Transportation Minister Claudio Benegas Roldán on charges of fraud against the public administration over contracts to renovate commuter rail lines, and ordered the seizure of up to 2 billion pesos of his assets.

In a 380-page ruling, Judge Mariela Oyarzábal said Benegas "could not have ignored" that the state had paid for work that was never carried out on two lines serving the capital's western suburbs.

"The magnitude of the overpayments and the systematic nature of the maneuver rule out any hypothesis of mere administrative negligence," the judge wrote.

Oyarzábal also indicted six former officials and three businessmen, but rejected a request by prosecutor Gonzalo Arrieta Vélez to place Benegas in pretrial detention, saying there was no "risk of flight" because he had complied with every court summons.

Benegas, who served in the cabinet for three years and later ran unsuccessfully for governor of Mendoza province, responded in a letter posted on his social media accounts, saying he was the target of "lawfare" by political rivals.

"I have faith that the truth will come out. Every contract I signed went through the legal and technical controls of the state," he wrote.

His lawyer, Ignacio Berrotarán, said the defense would appeal. "The ruling repeats the prosecutor's accusation word for word. There is no independent analysis," Berrotarán told a local radio station.

The Office for Public Integrity, a government agency that joined the case as a plaintiff, said in a statement:

"This ruling confirms what the audits showed from the beginning: that public funds intended for the rail system ended up in private hands.

"We will continue to push for all those responsible to be brought to trial."

Investigators say at least 40% of the money paid under the contracts went to subcontractors that had no employees or equipment. Benegas defended his management of the railways in a memoir, "Rails of the Nation," which became a best seller after he left office.

Deputy Horacio Guiñazú, a longtime ally of the former minister, called the indictment "a political operation timed with the electoral calendar," noting that it came weeks before midterm primaries in which Benegas had been expected to campaign for his party's candidates.

Corruption cases in Argentina often take more than a decade to reach trial, and appeals can delay them further.""",
        [
            ("could not have ignored", "Mariela Oyarzábal"),
            ("The magnitude of the overpayments", "Mariela Oyarzábal"),
            ("risk of flight", "Mariela Oyarzábal"),
            ("lawfare", "Claudio Benegas Roldán"),
            ("I have faith that the", "Claudio Benegas Roldán"),
            ("The ruling repeats the prosecutor's", "Ignacio Berrotarán"),
            ("This ruling confirms what the", "Office for Public Integrity"),
            ("a political operation timed with", "Horacio Guiñazú"),
        ],
    ),
]
