CASES = [
    (
        """Chile's Cerro Ambar copper mine workers strike after wage talks collapse

SANTIAGO, March 14 (Reuters) - Workers at the Cerro Ámbar copper mine in northern Chile walked off the job on Thursday after their union rejected a final wage offer from operator Minera Altiplano, a union leader said, halting most output at one of the country's mid-sized copper producers.

The union, which represents about 1,400 of the mine's workers, voted 91% in favour of the strike late on Wednesday, after a week of government-mediated talks failed to produce a deal.

"The company has not moved on the points that matter to our members, which are the bonus and the shift system," Rodrigo Cáceres Vidal, president of the Sindicato de Trabajadores Cerro Ámbar, told Reuters by phone. "We are ready to keep talking, but not under these conditions."

Minera Altiplano, controlled by Toronto-listed Andes Crest Resources, said in a statement that it had activated a contingency plan and that operations would continue with "limited capacity" using supervisors and contractors.

"Our offer is one of the most competitive in the industry and reflects the real situation of the operation," the company said, adding that it remained open to dialogue.

Cerro Ámbar produced about 118,000 tonnes of copper in concentrate last year, according to company figures, roughly 2% of Chile's total output. Chile is the world's largest copper producer.

Under Chilean labour law, either side may request a fresh round of mediation once a strike has begun. A Labour Ministry official said the government was "monitoring the situation closely" and would offer its good offices if both parties requested it.

The union's demands include a signing bonus of 18 million pesos ($19,400) per worker and a 4.5% real wage increase, Cáceres said. The company has offered a bonus of 11 million pesos and a 2% increase, according to a document seen by Reuters.

Analysts said the stoppage came at a delicate moment for copper markets, with prices near two-month highs on concerns about supply from South America.

"Any disruption of more than a couple of weeks at an operation of this size starts to show up in the concentrate market," said Mariana Oyarzún, a metals analyst at Valparaíso-based brokerage Puerto Capital. "Smelters in Asia are already accepting very low treatment charges, so they will be watching this closely."

Shares in Andes Crest fell 3.8% in early trading in Toronto.

The last strike at Cerro Ámbar, in 2019, lasted 17 days and ended with a deal that included a bonus of 9.5 million pesos per worker.

(Reporting by Felipe Urrutia; Editing by Tom Aldridge)""",
        [
            ("The company has not moved", "Rodrigo Cáceres Vidal"),
            ("We are ready to keep", "Rodrigo Cáceres Vidal"),
            ("limited capacity", "Minera Altiplano"),
            ("Our offer is one of", "Minera Altiplano"),
            ("monitoring the situation closely", "Labour Ministry official"),
            ("Any disruption of more than", "Mariana Oyarzún"),
            ("Smelters in Asia are already", "Mariana Oyarzún"),
        ],
    ),
    (
        """Kafwila Copper union issues 14-day strike notice over contractor plan

By Grace Nkandu

The National Union of Copperbelt Mineworkers (NUCM) has served Kafwila Copper Mines with a 14-day strike notice, escalating a dispute over the planned transfer of about 600 underground workers to contractors at the company's Mwambashi shaft in Zambia.

In a letter to the company dated 3 June, NUCM general secretary Joseph Mwale Chanda said the union's members had “exhausted every avenue” of negotiation and would down tools unless the plan was withdrawn.

“Our members are being asked to do the same work, in the same shaft, for less money and no pension,” Chanda wrote. “That is not restructuring. That is casualisation by another name.”

Kafwila, which is 80% owned by London-based Sable Ridge Metals and 20% by the state's mining investment arm, said the outsourcing plan was part of a wider effort to bring costs at the ageing underground operation in line with its peers.

Chief executive Martin Hollis said the mine's C1 cash cost of around US$2.90/lb was “simply not sustainable” at current prices, and insisted that no worker would lose employment as a result of the transfer.

“Every employee affected will be offered a position with the contractor on terms that meet or exceed the statutory minimum,” Hollis said during a site visit last week. “We have been transparent with the union from day one, and we will continue to be.”

The union disputes that account. According to Chanda, the contractor's proposed conditions would cut take-home pay for a typical underground miner by as much as 35% once housing and education allowances are removed.

Labour commissioner Ruth Banda Siame said her office had invited both parties to a meeting in Lwamba on Monday.

“The law is clear that a strike must be a last resort, and we expect both sides to come to the table in good faith,” she said in a statement. She added that the ministry would not hesitate to “declare the action illegal” if the procedures set out in labour legislation were not followed.

Copper output at Kafwila fell to 71,400t last year from 83,000t the year before, the company's annual report shows, as the operation struggled with flooding at the lower levels of Mwambashi and a shortage of spare parts.

A mine manager at a neighbouring operation, who asked not to be named because he was not authorised to speak to the media, said other producers on the Copperbelt were watching the dispute closely.

“If Kafwila gets this through, everybody else will try the same thing within a year,” he said. “If the union wins, nobody will touch outsourcing for a long time.”

Zambia is aiming to raise national copper output to 3Mt/y by the early 2030s from around 700,000t currently, a target that industry executives say depends on major investment in existing underground mines such as Mwambashi.""",
        [
            ("exhausted every avenue", "Joseph Mwale Chanda"),
            ("Our members are being asked", "Joseph Mwale Chanda"),
            ("That is not restructuring.", "Joseph Mwale Chanda"),
            ("simply not sustainable", "Martin Hollis"),
            ("Every employee affected will be", "Martin Hollis"),
            ("We have been transparent with", "Martin Hollis"),
            ("The law is clear that", "Ruth Banda Siame"),
            ("declare the action illegal", "Ruth Banda Siame"),
            ("If Kafwila gets this through,", "mine manager at a neighbouring operation"),
            ("If the union wins, nobody", "mine manager at a neighbouring operation"),
        ],
    ),
    (
        """Peru Copper Mine Halts Output as Contract Workers Block Access Road

By Diego Villanueva

(Bloomberg) -- Minera Cordillera Blanca SAA suspended production at its Huaylla Grande copper-zinc mine in Peru's southern Andes after hundreds of contract workers blocked the only access road, demanding direct employment and a share of the company's profits.

The blockade, which began early Monday near the town of Santa Rosa de Quillca, has prevented fuel and reagents from reaching the processing plant, the company said in a filing with Peru's securities regulator late Tuesday. Operations will remain halted "until safe conditions are restored," according to the filing.

About 2,300 people work at Huaylla Grande through third-party contractors, compared with roughly 900 on the company's direct payroll. Under Peruvian law, only direct employees are entitled to the statutory profit-sharing payments that mining companies make each year.

"We go down the same shafts, we breathe the same dust, but when the profits are shared, we get nothing," said Wilber Quispe Mamani, a driller who leads the contractors' committee. "That is the injustice we are here to fix."

Quispe said the protest would continue until the company agreed to talk directly with the committee, rather than through the contracting firms.

Minera Cordillera Blanca Chief Executive Officer Álvaro Benavides Rey said the company respected the right to protest, but that blocking a public road was illegal and endangered workers and residents.

"We have a table for dialogue open, and the Ministry of Labor has offered to facilitate it," Benavides said in an interview in Lima. "What we cannot do is negotiate the terms of contracts that belong to other companies while the road is closed."

Peru's Labor Ministry said in a statement it had sent a team of inspectors to the mine to check whether contractors were complying with labor regulations, and urged the protesters to lift the blockade.

Huaylla Grande produced about 64,000 metric tons of copper and 110,000 tons of zinc last year, making it one of the country's 10 largest copper mines, according to data compiled by Bloomberg. Peru is the world's third-largest copper producer.

Road blockades by communities and workers have repeatedly disrupted Peru's mining industry, particularly along the so-called "southern mining corridor," where copper concentrate is trucked hundreds of kilometers to the coast.

The government has been slow to respond, according to Carmen Rosales Ibarra, a former deputy mining minister who now advises companies on social conflict. Her assessment is blunt: "The state shows up when the trucks stop, and leaves when they start again. Nothing gets solved that way."

Shares of Cordillera Blanca fell as much as 4.1% in Lima trading on Wednesday, the most in three months.

--With assistance from Paula Oré.""",
        [
            ("until safe conditions are", "Minera Cordillera Blanca SAA"),
            ("We go down the same", "Wilber Quispe Mamani"),
            ("That is the injustice we", "Wilber Quispe Mamani"),
            ("We have a table for", "Álvaro Benavides Rey"),
            ("What we cannot do is", "Álvaro Benavides Rey"),
            ("The state shows up when", "Carmen Rosales Ibarra"),
        ],
    ),
    (
        """DR Congo cobalt miners down tools over unpaid bonuses

Kamwenza, DR Congo (AFP) - Hundreds of workers at a Chinese-run cobalt and copper mine in southeastern DR Congo stopped work for a fourth day on Thursday, accusing their employer of withholding bonuses and sacking union delegates, local officials and union members said.

The strike at the Kalemba mine, operated by the Sino-Congolese venture Kalemba Mining Company (KAMICO), began on Monday after management announced that production bonuses for the first quarter would not be paid because targets had been missed.

"They tell us the targets were not reached, but we worked every day, even during the rains," said a 34-year-old machine operator who asked not to be named for fear of losing his job. "Where did the cobalt go?"

Around 200 strikers gathered outside the mine's main gate on Thursday, singing and holding placards, an AFP journalist saw. Police were deployed but there were no reports of violence.

Jean-Pierre Kalombo Mwamba, provincial secretary of the Syndicat des Travailleurs des Mines du Katanga (STMK), said seven union delegates had been dismissed in the past month after raising complaints about working hours.

"It is a clear attempt to intimidate the workers and break the union," he told AFP. "We have written to the provincial labour inspectorate and to the minister, and we are waiting."

A KAMICO spokesman, reached by telephone, denied the delegates had been fired for union activity, saying they had been "dismissed for serious misconduct" following an internal investigation.

"The company respects Congolese labour law and the rights of its workers," the spokesman said, adding that the bonuses were "linked to objective performance criteria" agreed with staff representatives.

The provincial labour inspector, Beatrice Ilunga Nsenga, said she had summoned both parties to a meeting on Friday. "If the dismissals are found to be irregular, the workers will be reinstated," she said.

DR Congo is the world's largest producer of cobalt, a key ingredient in the lithium-ion batteries used in electric vehicles, and the second-largest producer of copper. Much of the mining sector in the southeast is run by Chinese companies, which have faced repeated accusations from rights groups over working conditions.

A report published last year by the Kinshasa-based group Action pour la Justice Miniere (AJM), titled "Cobalt Without Rights", found that workers at several Chinese-run sites were routinely made to work 12-hour shifts without overtime pay.

"The problem is not one company, it is a system in which subcontracting and short contracts leave workers with almost no protection," AJM coordinator Patrick Tshibangu Kasongo said in a statement on Wednesday.

KAMICO, in which a Congolese state company holds a 20 percent stake, produced around 18,000 tonnes of cobalt hydroxide last year, according to figures from the provincial mines division.

Cobalt prices have fallen sharply over the past two years, putting pressure on producers to cut costs.""",
        [
            ("They tell us the targets", "34-year-old machine operator"),
            ("Where did the cobalt go?", "34-year-old machine operator"),
            ("It is a clear attempt", "Jean-Pierre Kalombo Mwamba"),
            ("We have written to the", "Jean-Pierre Kalombo Mwamba"),
            ("dismissed for serious misconduct", "spokesman"),
            ("The company respects Congolese labour", "spokesman"),
            ("linked to objective performance criteria", "spokesman"),
            ("If the dismissals are found", "Beatrice Ilunga Nsenga"),
            ("The problem is not one", "Patrick Tshibangu Kasongo"),
        ],
    ),
    (
        """Miners reject 6% pay offer

By MWILA KAPEMBWA

LWAMBA - THE United Mineworkers Union of Zambia (UMUZ) has rejected a six percent salary increment offered by Chilumba Mining Plc, describing it as "an insult" to workers who have kept the mine running through a difficult year.

UMUZ president Kelvin Musonda Phiri said yesterday the union had tabled a demand for an 18 percent increase across the board, along with improved housing and medical allowances for underground employees.

Speaking at a Press briefing at the union's offices in Lwamba, Mr Phiri said the cost of living on the Copperbelt had risen sharply over the past 12 months and that the company's offer did not reflect the sacrifices made by miners.

"Our members are struggling to pay rentals, school fees and to put mealie meal on the table. The price of fuel has gone up, the price of electricity has gone up, everything has gone up except their salaries.

"Chilumba Mining is making money. Copper prices are good. We are simply asking that the workers who produce that copper get their fair share," he said.

Mr Phiri said the union would not be "intimidated" into accepting the offer and urged members to remain calm while negotiations continued.

But Chilumba Mining human resources director Natasha Zulu Mbewe said the offer was "fair and realistic" considering the capital the company was spending to extend the life of the mine.

Ms Mbewe said in a statement that the company had invested more than US$340 million in a new underground shaft over the past three years, and that it expected the shaft to reach full production only in 2026.

"We value our workforce and remain committed to the collective bargaining process. However, any agreement must take into account the long-term sustainability of the operation and the jobs it supports," the statement read.

Ministry of Labour and Social Security permanent secretary Dr Charles Mutale Lungu urged both parties to resolve the matter through dialogue.

"Government will not allow a situation where production is disrupted. We want the two parties to sit down and find common ground," Dr Lungu said when contacted.

Chilumba Mining employs about 4,800 people directly and is one of the largest employers in the northern part of the Copperbelt.

Meanwhile, some miners who spoke to the Daily Courier at the mine's main gate expressed frustration with the pace of the talks.

"Every year it is the same story. They wait until the last minute and then they give us something small," said one underground miner, who declined to be named.

Another worker said the union should give management "one more chance" before calling for industrial action.

Negotiations are expected to resume next Tuesday.""",
        [
            ("an insult", "United Mineworkers Union of Zambia"),
            ("Our members are struggling to", "Kelvin Musonda Phiri"),
            ("Chilumba Mining is making money.", "Kelvin Musonda Phiri"),
            ("intimidated", "Kelvin Musonda Phiri"),
            ("fair and realistic", "Natasha Zulu Mbewe"),
            ("We value our workforce and", "Natasha Zulu Mbewe"),
            ("Government will not allow a", "Charles Mutale Lungu"),
            ("Every year it is the", "underground miner"),
            ("one more chance", "worker"),
        ],
    ),
    (
        """Contractor strike idles Chilean smelter as unions demand bonus parity

Contract workers at the Punta Gaviota copper smelter in Chile's Atacama region have maintained a strike for a sixth consecutive day, forcing operator Fundiciones del Pacífico Norte (FPN) to halt its converters and divert incoming concentrate to a storage facility at the nearby port of Caleta Honda.

The stoppage involves about 1,100 workers employed by eight maintenance and logistics contractors, who are demanding the same end-of-negotiation bonus paid to FPN's direct employees in January. FPN's own unions are not participating in the strike.

Héctor Araya Fuentes, regional leader of the Confederación de Trabajadores Contratistas del Cobre (CTCC), told reporters outside the smelter gate that workers had been “treated as second-class employees for too long”.

“We do the hardest and most dangerous jobs in this plant,” Araya said. “When there is an accident, it is almost always one of us. And when there is a bonus, it is never for us.”

FPN said it did not negotiate directly with contractors' employees, but was in contact with the contracting companies and the Labour Directorate. In a written response to questions, the company said the shutdown of the converters was a “preventive measure” to protect equipment and staff.

“FPN complies with all its obligations towards contractor firms and expects them to resolve this situation with their workers through the channels established by law,” the statement said.

According to Claudia Pizarro Lagos, executive director of Santiago consultancy Minería Abierta, contractor disputes have become the single largest source of labour disruption in Chilean copper over the past decade, as companies have outsourced a growing share of maintenance work.

Pizarro put it this way: “The companies have saved a lot of money with outsourcing, but they have also imported a permanent conflict. Contract workers see the bonuses that direct staff receive, and they compare.”

Punta Gaviota processes around 320,000 t/y of copper concentrate, mostly from small and mid-sized mines in the Atacama and Coquimbo regions, and produces anodes for export. A prolonged outage could force some suppliers to seek alternative buyers for their concentrate, one trader said.

“If it lasts beyond two weeks, you will see cargoes offered to Asian smelters,” said the trader, who requested anonymity because he was not authorised to speak publicly. “Nobody wants to keep concentrate in a warehouse in Caleta Honda for a month.”

Regional labour director Marcela Tapia Olivares said officials were seeking to bring the contractors and the union together later this week. She described the talks so far as “difficult but not broken”.

Chile's copper smelters have long struggled with high operating costs and ageing equipment, and the government is studying measures to improve their competitiveness as more of the country's concentrate is shipped to Asia for processing.""",
        [
            ("treated as second-class employees", "Héctor Araya Fuentes"),
            ("We do the hardest and", "Héctor Araya Fuentes"),
            ("When there is an accident,", "Héctor Araya Fuentes"),
            ("preventive measure", "Fundiciones del Pacífico Norte"),
            ("FPN complies with all its", "Fundiciones del Pacífico Norte"),
            ("The companies have saved a", "Claudia Pizarro Lagos"),
            ("If it lasts beyond two", "trader"),
            ("Nobody wants to keep concentrate", "trader"),
            ("difficult but not broken", "Marcela Tapia Olivares"),
        ],
    ),
    (
        """Peru miners’ strike tests Lima’s push to revive copper investment

Walkout over outsourcing rules threatens output at southern mines

Luis Ferreyra in Lima

Thousands of Peruvian miners walked off the job on Tuesday in the first national mining strike in four years, as unions protested against government plans to loosen rules on outsourcing that they say will erode wages and job security.

The Confederación Unitaria de Trabajadores Mineros del Perú (CUTMP) said about 28,000 workers had joined the action at more than 40 operations, a figure the industry disputed.

‘This is not a strike against the companies, it is a strike against a decree written for the companies,’ said Teodoro Huamán Ccori, the confederation’s secretary-general, speaking outside the labour ministry in Lima. ‘If the government withdraws it, we go back to work tomorrow.’

The decree, published last month, would allow mining companies to contract out activities considered part of their ‘core business’, which is currently restricted. Executives argue the change is needed to bring Peru into line with its neighbours and to cut costs at ageing operations.

The Sociedad Andina de Minería, an industry group, said in a statement that the strike had had ‘limited impact’ and that most large operations were working normally. It put participation at below 15 per cent of the sector’s workforce.

One executive at a large copper producer in the south said his company had kept running by bringing in supervisors from other sites. ‘We are fine for a few days. If it goes on for two weeks, then it becomes a real problem,’ he said, asking not to be named.

Peru, the world’s third-largest copper producer, has struggled to attract new mining investment amid political instability and frequent social conflict around mines.

Energy and mines minister Rosa Elena Villacorta defended the decree, saying it would ‘create formal jobs, not destroy them’. She said the government was willing to meet union leaders but would not suspend the measure.

‘We have listened, and we will keep listening,’ Villacorta told a Lima radio station on Tuesday. ‘But Peru cannot keep losing investment to its neighbours because of rules that nobody else in the region has.’

Analysts said the strike was unlikely to hit output significantly unless it spread to the large open-pit mines in the south, where unions have historically been stronger.

‘The risk is less the strike itself than the signal it sends,’ said Andrea Salcedo, head of Latin America research at Condor Street Partners in London. ‘Investors have already priced in a lot of social conflict in Peru. What they don’t want to see is a labour front opening as well.’

Copper was little changed at $9,410 a tonne on the London Metal Exchange.""",
        [
            ("This is not a strike", "Teodoro Huamán Ccori"),
            ("If the government withdraws it,", "Teodoro Huamán Ccori"),
            ("limited impact", "Sociedad Andina de Minería"),
            ("We are fine for a", "executive at a large copper producer in the south"),
            ("create formal jobs, not destroy", "Rosa Elena Villacorta"),
            ("We have listened, and we", "Rosa Elena Villacorta"),
            ("But Peru cannot keep losing", "Rosa Elena Villacorta"),
            ("The risk is less the", "Andrea Salcedo"),
            ("Investors have already priced in", "Andrea Salcedo"),
        ],
    ),
    (
        """Congo union says Lufira cobalt lay-offs illegal, threatens strike

KINSHASA, Oct 2 (Reuters) - Unions at Lufira Copper Cobalt (LCC) in Democratic Republic of Congo said on Wednesday the company's plan to lay off 850 workers was illegal and threatened to strike unless it was suspended, escalating a dispute triggered by a slump in cobalt prices.

LCC, majority-owned by Swiss-based Kestrel Mining Group, told employees in a letter last week that it would cut jobs at its Kabundji operations in Haut-Katanga province "to preserve the viability of the operation" in the face of "historically low cobalt prices".

"These measures are painful but necessary, and they have been taken only after all other options were examined," the letter, seen by Reuters, said.

The inter-union committee representing LCC's roughly 3,200 workers said the company had not consulted the labour inspectorate as required by Congolese law before announcing the cuts.

"We will not accept that Congolese workers pay the price for decisions made in Geneva," said Dieudonne Mutombo Kabeya, who chairs the committee. "The company made enormous profits when cobalt was at $40 a pound. Where were the workers then?"

Mutombo said the committee had given the company until Oct. 10 to withdraw the plan.

"If there is no answer, we will stop work at all sites. We have informed the provincial governor and the mines minister.

"We don't want a strike. But we have no other choice," he said.

Kestrel did not respond to a request for comment. A source at LCC, who declined to be identified because he was not authorised to speak to the media, said management was open to reducing the number of job cuts if unions agreed to a temporary wage freeze.

"There is room for discussion, but the numbers have to work," the source said.

Cobalt prices have fallen by more than half over the past two years as supply from Congo and Indonesia outpaced demand from battery makers. Congo, which produces about three-quarters of the world's cobalt, has since moved to restrict exports in an effort to support prices.

Mines Minister Albert Kanku Bilonda said in a post on X that the government would "not tolerate any abusive dismissal" and had asked the labour inspectorate to examine the case.

Kabundji produced about 9,000 metric tons of cobalt and 60,000 tons of copper last year, according to Kestrel's annual report.

(Reporting by Benoit Ngoy in Kinshasa; additional reporting by Clara Hess in Zurich; Editing by Mark Potter)""",
        [
            ("to preserve the viability of", "Lufira Copper Cobalt"),
            ("historically low cobalt prices", "Lufira Copper Cobalt"),
            ("These measures are painful but", "Lufira Copper Cobalt"),
            ("We will not accept that", "Dieudonne Mutombo Kabeya"),
            ("The company made enormous profits", "Dieudonne Mutombo Kabeya"),
            ("If there is no answer,", "Dieudonne Mutombo Kabeya"),
            ("We don't want a strike.", "Dieudonne Mutombo Kabeya"),
            ("There is room for discussion,", "source at LCC"),
            ("not tolerate any abusive dismissal", "Albert Kanku Bilonda"),
        ],
    ),
]
