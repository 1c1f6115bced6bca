CASES = [
    (
        """French rail unions extend strike into second week over pension changes

By Juliette Marchand

PARIS, March 14 (Reuters) - French rail workers voted on Thursday to extend a rolling strike into a second week, crippling commuter services around Lyon and Marseille as unions pressed the government to abandon plans to fold train drivers' special pension scheme into the general system.

Only one in three high-speed trains ran on Thursday, state rail operator Réseau Ferré Voyageurs (RFV) said, while regional services in Auvergne-Rhône-Alpes and Provence were cut by more than half. Disruption is expected to continue at least until Monday.

"The government is betting that we will get tired. We will not get tired," Mathieu Lecomte, general secretary of the Fédération Unitaire des Cheminots (FUC) at the Lyon depot, told strikers gathered outside Part-Dieu station.

"Every day they wait, the bill gets bigger - for them, not for us," he said.

The FUC, the second-largest union among train drivers, has called for daily votes at depots to decide whether to continue the walkout. A union official in Marseille said turnout at Thursday's assemblies had been "higher than on day one".

Transport Minister Claire Fontanel told France Inter radio the reform was "necessary and fair" and said the government would not back down on its central principle, though she left the door open to talks on transition periods.

"We are ready to discuss the timetable, the compensation, the hardship criteria. What we will not discuss is whether the reform happens," Fontanel said.

RFV said in a statement it was "doing everything possible" to run at least one train in two on the busiest commuter lines and urged passengers to postpone non-essential journeys.

The strike is costing the operator an estimated 20 million euros ($21.8 million) a day, according to a person familiar with the company's finances.

Business groups are growing impatient. "Hotels in the Alps are seeing cancellations pile up at the start of the spring season," said Anne-Sophie Barral, who heads the regional tourism federation in Savoie. "We cannot afford another winter like 2019."

Other unions have so far kept their distance. The moderate Confédération des Travailleurs du Rail (CTR) said it would not join the walkout but described the government's handling of the reform as "clumsy".

Polls suggest public opinion is divided. A survey published on Wednesday found 48% of respondents backed the strikers, down from 55% a week earlier.

(Reporting by Juliette Marchand; Additional reporting by Thomas Girardot in Lyon; Editing by Peter Hallam)""",
        [
            ("The government is betting that", "Mathieu Lecomte"),
            ("Every day they wait, the", "Mathieu Lecomte"),
            ("higher than on day one", "union official in Marseille"),
            ("necessary and fair", "Claire Fontanel"),
            ("We are ready to discuss", "Claire Fontanel"),
            ("doing everything possible", "Réseau Ferré Voyageurs"),
            ("Hotels in the Alps are", "Anne-Sophie Barral"),
            ("We cannot afford another winter", "Anne-Sophie Barral"),
            ("clumsy", "Confédération des Travailleurs du Rail"),
        ],
    ),
    (
        """Italian warehouse workers strike after colleague killed at logistics hub

ROME (AFP) - Thousands of warehouse workers across northern Italy walked off the job on Monday after a forklift driver was killed at a logistics hub near Bologna, with unions demanding tougher safety checks in a sector they say runs on gruelling shifts and short-term contracts.

The 34-year-old worker, named by local media as Karim Belhaj, was crushed by a collapsing pallet rack late on Friday at a distribution centre in San Vitale di Reno run by logistics company TransEmilia.

"Karim went to work to feed his family and he did not come home. This is not an accident, it is the result of a system," said Lucia Ferretti, regional secretary of the FILT-Logistica union, addressing several hundred people outside the warehouse gates.

Strikers blocked lorries at hubs in Emilia-Romagna, Lombardy and Veneto, carrying banners reading "Safety is not a cost" and "Karim, one of us".

Prosecutors in Bologna have opened a manslaughter investigation and seized the rack, a judicial source told AFP.

TransEmilia said in a statement it was "devastated" by the death and was cooperating fully with investigators.

"The safety of our people has always been our first priority," the company said, adding that the shelving had passed an inspection in January.

Unions dispute that account. According to Ferretti, the rack had been "visibly bending under the weight" for weeks and workers had flagged the problem to supervisors at least twice.

Labour Minister Giovanna Rinaldi said she would convene unions and employers' associations "within days" to discuss the sector.

"One death at work is one too many. We have increased the number of labour inspectors by 40 percent, but clearly it is not enough," Rinaldi told reporters in Rome.

Italy records around three deaths at work every day, according to official figures, and unions have long complained that inspections are rare and fines too low to deter employers.

Logistics has become one of the most contentious sectors in Italian labour relations, with the boom in online shopping drawing tens of thousands of mostly migrant workers into warehouses, often hired through chains of subcontracted cooperatives.

At the gates in San Vitale, Youssef Amrani, 41, who was born in Morocco, said he had worked 11-hour night shifts for three years on contracts renewed month by month.

"If you complain, your contract is not renewed. Everyone knows it," he said. "So nobody complains."

Ferretti said the union would call a second strike day to coincide with Belhaj's funeral.""",
        [
            ("Karim went to work to", "Lucia Ferretti"),
            ("devastated", "TransEmilia"),
            ("The safety of our people", "TransEmilia"),
            ("visibly bending under the weight", "Lucia Ferretti"),
            ("within days", "Giovanna Rinaldi"),
            ("One death at work is", "Giovanna Rinaldi"),
            ("If you complain, your contract", "Youssef Amrani"),
            ("So nobody complains.", "Youssef Amrani"),
        ],
    ),
    (
        """Spanish dockworkers walk out, halting container traffic at major ports

By ELENA RUIZ Associated Press

MADRID (AP) — Dockworkers at Spain's biggest container ports began a 48-hour strike Tuesday over plans to open up cargo handling to non-union labor, leaving dozens of ships waiting at anchor off Valencia and Algeciras.

Pickets gathered at dawn at the gates of the port of Valencia, where cranes stood idle. Port authorities said only ships carrying perishable goods and medical supplies were being unloaded under minimum-service rules.

"We have nothing against competition. What we are against is replacing trained stevedores with people paid by the hour who have never touched a crane," said Javier Montesinos, spokesman for the Confederación Portuaria de Estibadores, the main dockers' union.

The dispute centers on a draft decree from the Transport Ministry that would allow terminal operators to hire outside the pools of registered dockworkers that have controlled port labor for decades. The government says the change is required to comply with a ruling by the European Union's top court.

In a statement, the ministry said the reform would "guarantee employment and training" for current stevedores and called the strike "disproportionate."

Terminal operators say the walkout is costing them dearly. Marta Iglesias Soler, director general of the Asociación de Operadores Portuarios de España, said each day of stoppage cost the sector about 15 million euros ($16.4 million) and pushed shipping lines to divert cargo to ports in Portugal and Morocco.

"Once a shipping line moves a service to Tangier or Sines, it does not come back next week," Iglesias said. "It may not come back at all."

Dockworkers in Spain earn well above the national average wage, a point the government and operators have stressed throughout the dispute. The union says the figures include overtime and night shifts that most workers in other sectors never do.

At the port of Algeciras, crane operator Rafael Dominguez, 52, said he had worked on the docks for 27 years, like his father before him.

"They talk about us like we are privileged," he said. "I work nights, weekends, Christmas. My back is finished. That is the privilege."

Negotiations between the ministry, operators and unions are scheduled to resume Friday in Madrid. Montesinos told reporters the union was prepared to call further strikes in April if the draft decree was not withdrawn, warning of "a long spring" for Spanish ports.

The last major dock strike in Spain, in 2017, lasted several weeks and was only called off after the government agreed to guarantee the jobs of most registered dockworkers.""",
        [
            ("We have nothing against competition.", "Javier Montesinos"),
            ("guarantee employment and training", "Transport Ministry"),
            ("disproportionate", "Transport Ministry"),
            ("Once a shipping line moves", "Marta Iglesias Soler"),
            ("It may not come back", "Marta Iglesias Soler"),
            ("They talk about us like", "Rafael Dominguez"),
            ("I work nights, weekends, Christmas.", "Rafael Dominguez"),
            ("a long spring", "Javier Montesinos"),
        ],
    ),
    (
        """Metalworkers strike over stalled contract talks

(ANSA) - Turin, October 9 - Italy's metalworkers staged an eight-hour national strike on Friday over the stalled renewal of their collective labour contract, with unions claiming turnout above 70% at large plants.

Thousands marched in Turin, Brescia, Naples and Bologna behind the banners of the three main sector unions, Fisme, Uilmet and Slm, which broke off talks with employers' association Assometal last month.

"We are not asking for the moon. We are asking to be able to pay the rent at the end of the month," Fisme general secretary Paolo Guidetti told a crowd of about 15,000 in Turin's Piazza Vittorio.

"Employers have offered crumbs while prices have gone up 17% in three years.

"Metalworkers built this country's industry and they will not be treated as a cost to be cut".

The unions are seeking a monthly increase of 280 euros over three years, along with a gradual cut in the working week to 35 hours at the same pay.

Assometal has offered 140 euros, tied in part to productivity.

"It is a serious and sustainable offer, and it remains on the table," Assometal President Carlo Benassi told ANSA.

"The unions know very well that many of our small and medium-sized firms are fighting to survive against German and Chinese competition. A contract that sinks them helps nobody".

According to Uilmet, participation reached 85% at the Ferrando Motori engine plant outside Turin and 90% at the Sidermare steelworks in Taranto.

Business Minister Stefano Marchetti said he was "following the dispute closely" and urged both sides to return to the table "as soon as possible, without preconditions".

"The government will not sign contracts on others' behalf, but it can help build bridges," Marchetti said on the sidelines of an event in Milan.

Uilmet leader Rocco Palumbo said the unions were ready to announce a further 16 hours of strikes, to be organised plant by plant, if there was no "concrete signal" from Assometal by the end of the month.

"Our patience is not infinite", he said. (ANSA).""",
        [
            ("We are not asking for", "Paolo Guidetti"),
            ("Employers have offered crumbs while", "Paolo Guidetti"),
            ("Metalworkers built this country's industry", "Paolo Guidetti"),
            ("It is a serious and", "Carlo Benassi"),
            ("The unions know very well", "Carlo Benassi"),
            ("following the dispute closely", "Stefano Marchetti"),
            ("as soon as possible, without", "Stefano Marchetti"),
            ("The government will not sign", "Stefano Marchetti"),
            ("concrete signal", "Rocco Palumbo"),
            ("Our patience is not infinite", "Rocco Palumbo"),
        ],
    ),
    (
        """Teachers in Spain’s Aragon stage third strike day over workload, pay

Zaragoza, Feb 21 (EFE).- Thousands of state school teachers in the northeastern Spanish region of Aragon stayed away from classrooms on Wednesday in the third day of strikes this school year, demanding smaller classes, fewer teaching hours and a pay rise to match neighbouring regions.

The region’s education department put turnout at 31 percent, while the unions that called the strike, the Sindicato de Enseñanza Pública de Aragón (SEPA) and the Unión de Trabajadores de la Enseñanza (UTE), said it was close to 70 percent.

Some 20,000 people, according to the organisers, marched through the centre of Zaragoza behind a banner reading “Public school, everyone’s school”. The government delegation put the figure at 8,500.

“We have classes of 28 children, some with special needs, and one teacher for all of them. That is not education, that is crowd control,” Beatriz Lanuza, a primary school teacher from the town of Alcorisa de Ebro and a SEPA delegate, told EFE.

Pilar Sancho, spokeswoman for the UTE, said teachers in Aragon earned up to 250 euros a month less than colleagues in the Basque Country or Navarre, and described the regional government’s offer of a 60-euro rise as “an insult dressed up as a proposal.”

Regional education councillor Ignacio Bardají said his department had “made an enormous effort” despite tight budgets and accused the unions of “playing politics” months before regional elections.

“Our offer is the best this region has put on the table in fifteen years. I would ask the unions to come back to the negotiating table and stop taking it out on families,” Bardají said in an interview with Radio Cierzo.

Parents’ groups are divided. The Federación Aragonesa de Familias del Alumnado (FAFA) said in a statement that it “shares the teachers’ concerns” but urged both sides to reach an agreement “before the end of term.”

Outside a school in the Delicias district, a mother who asked not to be named said: “I support them, but I have already had to take three days off work this year. Somebody has to think about us too.”

The unions have called two further strike days for March 12 and 13 and have not ruled out an indefinite strike in the final weeks of the school year, when pupils sit end-of-year exams.

The education department said minimum services had been respected in all schools and that no incidents had been reported.""",
        [
            ("We have classes of 28", "Beatriz Lanuza"),
            ("an insult dressed up as", "Pilar Sancho"),
            ("made an enormous effort", "Ignacio Bardají"),
            ("playing politics", "Ignacio Bardají"),
            ("Our offer is the best", "Ignacio Bardají"),
            ("shares the teachers’ concerns", "Federación Aragonesa de Familias del Alumnado"),
            ("before the end of term", "Federación Aragonesa de Familias del Alumnado"),
            ("I support them, but I", "mother outside a school in the Delicias district"),
        ],
    ),
    (
        """Italy transport strike goes ahead despite government order to cut it short

By Giulia Ferraresi and Marco Bellandi

ROME, Nov 24 (Reuters) - Italian trains, buses and flights were disrupted on Friday as unions went ahead with a national transport strike despite a government order cutting it to four hours, setting the stage for a legal fight over the right to strike.

Transport Minister Davide Lombardi used emergency powers on Wednesday to shorten the walkout, called by the Confederazione Generale del Lavoro Italiano (CGLI) and the Unione Italiana Lavoratori dei Trasporti (UILT), from the planned 24 hours.

"The right to strike is not the right to take 60 million Italians hostage," Lombardi said in a video posted on social media on Thursday.

CGLI leader Marisa Colombo said the union would respect the order under protest but would challenge it before the regional administrative court, which she called "the only place where this decree deserves to be discussed".

"This is the first time in the history of the republic that a minister has rewritten a strike by decree. Today it is us, tomorrow it will be anyone who disagrees with him," Colombo told a news conference in Rome.

The Commissione di Garanzia Scioperi, an independent body that oversees strikes in essential public services, had warned the unions last week that the walkout clashed with other stoppages already announced in the sector. In a letter seen by Reuters, the commission said the strike "does not respect the minimum interval" between actions affecting the same users.

National rail operator Ferrovie Nazionali Italiane (FNI) said about 40% of regional trains had been cancelled in the morning rush hour, while high-speed services would run "with possible delays and cancellations" until the end of the strike.

At Milan's Linate airport, dozens of flights were cancelled and long queues formed at check-in desks.

"I've been here since six. Nobody tells you anything," said Giulia Mancini, 29, who was trying to reach Palermo for a friend's wedding. "The screens don't even say why."

A government source said the minister was "not worried" about a court challenge, arguing that the order was based on the commission's own findings.

Legal experts said the case could have wider implications. Italy's constitution guarantees the right to strike, but a 1990 law allows the government to intervene when stoppages in essential services threaten serious and imminent harm to citizens.

Unions say the government has used such orders more often in the past year than in the previous decade combined, and have accused it of trying to weaken labour's bargaining power ahead of talks on public sector contracts.

Colombo said a further national strike could be called in December.

(Reporting by Giulia Ferraresi and Marco Bellandi; Editing by Keith Weir)""",
        [
            ("The right to strike is", "Davide Lombardi"),
            ("the only place where this", "Marisa Colombo"),
            ("This is the first time", "Marisa Colombo"),
            ("does not respect the minimum", "Commissione di Garanzia Scioperi"),
            ("with possible delays and cancellations", "Ferrovie Nazionali Italiane"),
            ("I've been here since six.", "Giulia Mancini"),
            ("The screens don't even say why.", "Giulia Mancini"),
            ("not worried", "government source"),
        ],
    ),
    (
        """French refinery strikers vow to 'hold the line' as fuel shortages spread

PARIS (AFP) - Striking workers at two of France's largest oil refineries voted on Tuesday to continue their walkout for a fourth week, as queues lengthened at petrol stations and the government threatened to requisition staff to restore supplies.

Around one in five filling stations nationwide was short of at least one type of fuel on Tuesday morning, according to the energy ministry, rising to nearly half in the north and the Paris region.

At the Portvendres-sur-Seine refinery operated by oil group Norvale Energies, workers raised their hands almost unanimously at a morning general assembly to extend the strike.

"We will hold the line as long as it takes. Norvale made nine billion euros in profit last year and offers us five percent. It's a provocation," said Sylvain Dufresne, a delegate at the site for the Confédération Générale des Travailleurs de l'Énergie (CGTE).

The CGTE is demanding a 10 percent pay rise backdated to January, arguing that staff should share in the windfall profits generated by the energy crisis.

Norvale Energies said in a statement that its offer of a five percent rise plus a one-off bonus of 3,000 euros was "among the most generous in the industry" and that a majority of unions at the group had signed it.

"The negotiation is over. An agreement has been signed with unions representing a majority of employees," a Norvale spokeswoman told AFP. "It is time for the blockade to end."

Government spokesman Olivier Mazerand told reporters after the weekly cabinet meeting that the executive was "ready to use all the tools at its disposal", including requisition orders forcing some strikers back to work.

"We cannot let an entire country be deprived of fuel by a minority," Mazerand said.

Requisitions were used at one refinery during a similar dispute three years ago, and union lawyers have already said they would challenge any new orders in court.

CGTE general secretary Nadia Benkhelifa denounced what she called "an attack on the right to strike" and urged workers in other sectors to join a day of nationwide action on Thursday.

At a petrol station on the outskirts of Lille, where the queue stretched some 300 metres, delivery driver Kevin Marchal, 37, said he had been waiting for more than an hour.

"I understand them, everyone wants more money. But if I don't drive, I don't get paid," he told AFP.

Some regional authorities have begun rationing fuel sales, limiting private motorists to 30 litres per visit.""",
        [
            ("hold the line", "Sylvain Dufresne"),
            ("We will hold the line", "Sylvain Dufresne"),
            ("among the most generous in", "Norvale Energies"),
            ("The negotiation is over.", "spokeswoman"),
            ("It is time for the", "spokeswoman"),
            ("ready to use all the", "Olivier Mazerand"),
            ("We cannot let an entire", "Olivier Mazerand"),
            ("an attack on the right", "Nadia Benkhelifa"),
            ("I understand them, everyone wants", "Kevin Marchal"),
        ],
    ),
    (
        """Spanish car plant workers strike over plan to cut 1,200 jobs

By MIGUEL A. SANTOS Associated Press

BARCELONA, Spain (AP) — Thousands of workers at a car plant near Barcelona walked off the job Thursday in protest at their employer's plan to cut 1,200 jobs as it shifts to electric vehicles, halting the assembly lines for the first time in more than a decade.

The plant in Sant Feliu de Llobera, owned by carmaker Iberwagen, employs about 9,000 people and builds two of the group's best-selling compact models.

Iberwagen announced last month that it planned to shed roughly one in eight jobs at the site, citing falling demand for gasoline and diesel cars and the cost of retooling the factory for battery-powered models.

Union leaders say the company is using the transition as an excuse.

"They have received 300 million euros in public money for the electric car project, and now they want to throw 1,200 families onto the street," said Jordi Casals, head of the works council and a member of the Unió Obrera de Catalunya union. "It doesn't add up."

Casals told The Associated Press the unions would accept early retirements and voluntary departures but not forced dismissals. He said the company's plan amounted to "blackmail with a calendar," since the new electric model would only be assigned to the plant if the job cuts went through.

Laura Vidal-Quintana, Iberwagen's director of human resources for Spain, said in a statement that the company regretted the strike and remained "fully committed" to the plant's future.

"The transformation we are undertaking is the only way to guarantee industrial activity in Sant Feliu for the next twenty years," the statement said.

"We have proposed the most generous conditions in the history of the plant, and the majority of departures will be voluntary."

Catalonia's regional business chief, Montserrat Puigvert, met both sides Wednesday. She said: "Nobody wins if this plant loses its future. We are asking for responsibility from both sides."

Spain's Labor Ministry said it would "closely monitor" the process to ensure it complied with labor law.

Several thousand workers marched from the plant along the main road toward the town center, blocking traffic for about two hours. Police said there were no incidents.

Outside the factory gates, welder Antonio Ruiz Berenguer, 48, who has worked at the plant for 22 years, said he feared he would be among those laid off.

"At my age, who is going to hire me?" he asked. "My daughter starts university in September."

Unions have called further stoppages for next Tuesday and Thursday and said they would consider an indefinite strike if the company did not withdraw the plan for forced layoffs.""",
        [
            ("They have received 300 million", "Jordi Casals"),
            ("It doesn't add up.", "Jordi Casals"),
            ("blackmail with a calendar", "Jordi Casals"),
            ("fully committed", "Laura Vidal-Quintana"),
            ("The transformation we are undertaking", "Laura Vidal-Quintana"),
            ("We have proposed the most", "Laura Vidal-Quintana"),
            ("Nobody wins if this plant", "Montserrat Puigvert"),
            ("closely monitor", "Labor Ministry"),
            ("At my age, who is", "Antonio Ruiz Berenguer"),
            ("My daughter starts university in", "Antonio Ruiz Berenguer"),
        ],
    ),
]
