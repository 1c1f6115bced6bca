CASES = [
    (
        """French rail unions call rolling strike over drivers' pension overhaul

By Claire Dumont

PARIS, March 14 (Reuters) - France's biggest rail unions on Thursday called a rolling strike from next Tuesday, escalating a standoff with the government over plans to fold train drivers' early-retirement scheme into the general pension system.

The strike, to be renewed every 24 hours by votes at depot assemblies, threatens to disrupt high-speed and regional services across the country at the start of the Easter holiday season.

"The government has left us no choice," Bertrand Lacoste, general secretary of the Fédération unitaire des cheminots (FUC), told reporters after a meeting of union leaders in Paris.

"We asked for negotiations, and we were offered a consultation. That is not the same thing," he said.

Transport Minister Hélène Marchetti said the door remained open to talks but that the core of the reform would not change.

"I am ready to discuss working conditions, pay scales and the length of the transition," she told broadcaster Radio Centre. "What I am not ready to do is maintain a system that the rest of the country pays for."

The state rail operator, Réseau Ferré National (RFN), said it expected "severe disruption" on the first day and urged passengers to postpone non-essential journeys. It said it would publish a revised timetable by 5 p.m. on the eve of each strike day.

Under the plan, drivers hired after January 2026 would retire at the same age as other private-sector employees, while current staff would keep their rights under a transition lasting up to 15 years.

Lacoste said the transition was "a trap dressed up as a concession" because it would create two classes of drivers working side by side on the same trains.

A second union, the Union syndicale autonome des roulants (USAR), said it would join the action from Wednesday. "Our members voted 87 percent in favour of the strike. The mandate is clear," USAR spokesman Didier Ferrand said in a statement.

Passenger groups voiced frustration. Florence Aubry, president of the Association des usagers du rail d'Ile-de-France, said commuters were "once again the hostages" of a dispute they had no part in.

A senior official at the transport ministry, who asked not to be named because the talks were confidential, said the government was prepared to ride out a long strike. "We have been through this before. The public is tired of it, and the unions know it," the official said.

The last major rail strike in France, in the spring of 2023, lasted nearly three weeks and cost RFN an estimated 400 million euros in lost revenue, according to company figures.

(Reporting by Claire Dumont; Additional reporting by Marc Lefebvre; Editing by Peter Grantham)""",
        [
            ("The government has left us", "Bertrand Lacoste"),
            ("We asked for negotiations, and", "Bertrand Lacoste"),
            ("I am ready to discuss", "Hélène Marchetti"),
            ("What I am not ready", "Hélène Marchetti"),
            ("severe disruption", "Réseau Ferré National"),
            ("a trap dressed up as", "Bertrand Lacoste"),
            ("Our members voted 87 percent", "Didier Ferrand"),
            ("once again the hostages", "Florence Aubry"),
            ("We have been through this", "senior official at the transport ministry"),
        ],
    ),
    (
        """German train drivers begin 50-hour strike as pay talks collapse

Jonas Whitaker in Berlin

Millions of commuters in Germany faced cancelled trains and gridlocked motorways on Wednesday as train drivers began a 50-hour walkout, the fourth stoppage in a dispute over pay and working hours that has frustrated passengers and rattled Europe’s largest economy.

The Vereinigung Deutscher Lokführer (VDL) said the strike would last until Friday morning and affect passenger and freight services nationwide. Deutsche Fernbahn, the state-owned operator, said it was running an emergency timetable with about one in five long-distance trains.

“We did not want this strike, but management has spent three months pretending to negotiate,” the union’s chairman, Klaus-Dieter Hamann, told a rally outside Berlin’s main station. “They offer us crumbs and call it a cake.”

Hamann, 63, who is due to retire next year, has made a cut in the working week from 38 to 35 hours without loss of pay the centrepiece of his final bargaining round. He has described the demand as “non-negotiable”.

Deutsche Fernbahn’s head of personnel, Sabine Wörner, accused the union of putting “its own pride above the interests of passengers”. She said: “We have offered an 11% pay rise over two years and a step-by-step path to a 36-hour week. No other employer in this country has put so much on the table.”

The company said it had applied for an injunction at the regional labour court in Frankfurt, arguing that the strike was disproportionate. A hearing was expected on Wednesday afternoon.

The federal transport minister, Volker Brandtner, urged both sides to accept mediation. “The patience of the public is not endless,” he said. “I expect both parties to sit down in the coming days, with a mediator if necessary, and find a solution.”

Business groups warned of the economic cost. The Federation of German Logistics Companies estimated that each day of the strike cost the economy up to €100m, with chemical and steel plants that rely on rail freight among the hardest hit.

At Cologne station, passengers stranded on crowded platforms were largely resigned. “I understand they want more money, everyone does,” said Anja Petersen, a nurse trying to get home to Düsseldorf. “But this is the fourth time. At some point you stop having sympathy.”

Opposition politicians have called for changes to the law governing strikes in critical infrastructure. Thomas Liebig, the transport spokesperson for the opposition Bürgerunion, said a mandatory arbitration period for rail would “protect the right to strike and the right of people to get to work”.

The union said it would announce any further action only after the court had ruled.""",
        [
            ("We did not want this", "Klaus-Dieter Hamann"),
            ("They offer us crumbs and", "Klaus-Dieter Hamann"),
            ("non-negotiable", "Klaus-Dieter Hamann"),
            ("its own pride above the", "Sabine Wörner"),
            ("We have offered an 11%", "Sabine Wörner"),
            ("The patience of the public", "Volker Brandtner"),
            ("I expect both parties to", "Volker Brandtner"),
            ("I understand they want more", "Anja Petersen"),
            ("But this is the fourth", "Anja Petersen"),
            ("protect the right to strike", "Thomas Liebig"),
        ],
    ),
    (
        """Minister orders transport strike cut to four hours, unions cry foul

(ANSA) - Rome, November 20 - Infrastructure and Transport Minister Lorenzo Barbieri on Wednesday signed an order cutting Friday's national public transport strike from 24 hours to four, prompting unions to accuse him of trampling on a constitutional right.

The order, known in Italy as a "precettazione", obliges bus, tram and metro workers to guarantee normal services outside a window from 9am to 1pm. Workers who fail to comply face fines of up to 1,000 euros.

"I have a duty to protect the millions of Italians who need to get to work, to school and to hospital," Barbieri told reporters at the ministry. "The right to strike is sacred, but so is the right to move".

The minister said it was the third national stoppage in the sector since September. The Commission for the Guarantee of Strikes in Essential Public Services, in a note published on Tuesday, had flagged "irregularities in the notice period" given by the unions and invited them to reschedule.

Union leaders reacted angrily. "This is an attack on workers, not on the strike," said Giulia Santoro, secretary general of the Federazione Italiana Lavoratori Trasporti Uniti (FILTU). "The minister is using a legal instrument designed for emergencies as an everyday political weapon".

Santoro said the unions would challenge the order before the Lazio regional administrative court (TAR), as they did successfully last year.

Marco De Luca, head of the smaller Sindacato Autonomo Trasporti (SAT), said his members would respect the order "under protest" but would stage sit-ins in Rome, Milan and Naples during the four-hour window.

The dispute centres on the renewal of the national labour contract for around 110,000 local public transport workers, which expired at the end of 2023. Unions are seeking a monthly increase of 300 euros, while the employers' association, the Associazione Nazionale Aziende Trasporto Locale (ANATL), has offered 180.

"We have made a serious offer within the limits of what public budgets allow," ANATL said in a statement. "Local administrations cannot finance increases for which they have not been given the resources".

Opposition MP Elena Ricci of the Progressive Alliance said on social media that the minister was "more interested in headlines than in solving the problems of commuters".

Milan's transit operator, Azienda Trasporti Metropolitani Milano (ATMM), said metro lines would run normally outside the strike window, while some surface lines could be affected for the rest of the day. In Rome, the municipal transport company said it would publish a list of guaranteed routes on Thursday.""",
        [
            ("I have a duty to protect", "Lorenzo Barbieri"),
            ("The right to strike is", "Lorenzo Barbieri"),
            ("irregularities in the notice period", "Commission for the Guarantee of Strikes in Essential Public Services"),
            ("This is an attack on", "Giulia Santoro"),
            ("The minister is using a", "Giulia Santoro"),
            ("under protest", "Marco De Luca"),
            ("We have made a serious", "Associazione Nazionale Aziende Trasporto Locale"),
            ("Local administrations cannot finance increases", "Associazione Nazionale Aziende Trasporto Locale"),
            ("more interested in headlines than", "Elena Ricci"),
        ],
    ),
    (
        """Spanish train drivers to strike over safety after Galicia derailment

Train drivers across Spain will walk out for three days next week, their union announced on Monday, in protest at what it calls the "systematic neglect" of track maintenance following last month's derailment near Ourense.

The Sindicato Independiente de Maquinistas Ferroviarios (SIMF), which represents the majority of the country's roughly 6,000 train drivers, said the strike would take place on February 18th, 19th and 20th and would affect both long-distance and Cercanías commuter services.

"We are not striking for money. We are striking because our members are afraid," SIMF secretary general Raúl Ortega told a press conference in Madrid. "Nobody should have to start a shift wondering whether the rails under them will hold."

The derailment on January 23rd, in which a regional train left the tracks between Ourense and Monforte de Lemos after a landslide, injured 14 people, two of them seriously. The driver was among the injured.

Ortega said the union had warned the state infrastructure manager, the Gestor Nacional de Infraestructuras Ferroviarias (GNIF), on at least six occasions about the condition of the line.

In a statement, GNIF said it "deeply regrets" the accident and that an investigation was under way. "Safety is and will remain our absolute priority. Investment in conventional lines has risen by 40 percent since 2021," the statement said.

Transport Minister Ana Beltrán said the government would set minimum services "as it is obliged to by law" and called the strike "disproportionate" while the investigation was still ongoing.

"I understand the concern of the drivers, and I share it," Beltrán told Cadena Nacional radio. "But calling a strike before the investigators have even published their preliminary findings does not help anyone."

Minimum services during previous rail strikes have been set at around 75 percent for commuter trains and 50 percent for long-distance routes.

The passenger association Plataforma de Usuarios del Tren advised travellers to check with the operator, Ferrocarriles Ibéricos, before setting off. "Once again it is the passenger who pays the price for years of underinvestment," the group's spokeswoman, Nuria Castells, said.

The Galician regional government has also demanded an independent audit of the region's conventional lines. "We want guarantees, not promises," said Xosé Manuel Vilar, the region's councillor for infrastructure.

Ferrocarriles Ibéricos said it would publish its list of cancelled trains on Friday and that passengers with tickets for the strike days could change them or request a full refund free of charge.""",
        [
            ("systematic neglect", "Sindicato Independiente de Maquinistas Ferroviarios"),
            ("We are not striking for", "Raúl Ortega"),
            ("Nobody should have to start", "Raúl Ortega"),
            ("deeply regrets", "Gestor Nacional de Infraestructuras Ferroviarias"),
            ("Safety is and will remain", "Gestor Nacional de Infraestructuras Ferroviarias"),
            ("as it is obliged to", "Ana Beltrán"),
            ("disproportionate", "Ana Beltrán"),
            ("I understand the concern of", "Ana Beltrán"),
            ("But calling a strike before", "Ana Beltrán"),
            ("Once again it is the", "Nuria Castells"),
            ("We want guarantees, not promises", "Xosé Manuel Vilar"),
        ],
    ),
    (
        """German public transport grinds to halt as union steps up pay pressure

Hannah Kessler in Frankfurt

Buses, trams and underground trains stood still in more than 80 German cities on Friday as the Verkehr und Dienste union staged a one-day stoppage, the latest escalation in wage talks covering 90,000 municipal transport workers.

Such so-called 'warning strikes' are a routine feature of German collective bargaining, but the scale of Friday's action left commuters in cities from Hamburg to Munich with little alternative to the car.

The union, known as VuD, is demanding a pay increase of 8.5 per cent, or at least €350 a month, as well as additional days off for shift workers. Municipal employers, represented by the Vereinigung kommunaler Verkehrsarbeitgeber (VKVA), have rejected the demands as 'unaffordable'.

'Our colleagues are driving buses at weekends and at night for wages that no longer cover the rent in a city like Munich,' said Petra Lindemann, VuD's deputy chair and chief negotiator. 'Warning strikes are the only language the employers seem to understand.'

The VKVA said in a statement that many municipal transport companies were already loss-making and that the union's demands would cost local authorities about €2.4bn a year. 'Every euro that goes on wage increases beyond what is reasonable is a euro missing for new vehicles and better services,' it said.

Economists said the repeated stoppages were adding to pressure on Germany's coalition government, which has promised to restore confidence in the country's creaking public infrastructure.

'Transport strikes are not in themselves a macroeconomic event, but they feed a narrative that the country does not work,' said Jens Albrecht, chief economist at Hanseatische Privatbank in Hamburg. 'That narrative matters for investment decisions.'

The federal transport ministry declined to comment on the negotiations, saying wage-setting was a matter for unions and employers. A person close to the ministry said officials were nevertheless 'watching with concern' as the dispute dragged into its third month.

In Frankfurt, some commuters switched to bicycles and ride-hailing apps. 'I left home an hour early and I'm still late,' said one office worker at the city's main station, who gave only her first name, Miriam.

The next round of negotiations is scheduled for March 12 in Potsdam. Lindemann said the union was prepared to call longer strikes if employers did not table an improved offer. 'We are not bluffing,' she said.""",
        [
            ("unaffordable", "Vereinigung kommunaler Verkehrsarbeitgeber"),
            ("Our colleagues are driving buses", "Petra Lindemann"),
            ("Warning strikes are the only", "Petra Lindemann"),
            ("Every euro that goes on", "Vereinigung kommunaler Verkehrsarbeitgeber"),
            ("Transport strikes are not in", "Jens Albrecht"),
            ("That narrative matters for investment", "Jens Albrecht"),
            ("watching with concern", "person close to the ministry"),
            ("I left home an hour", "Miriam"),
            ("We are not bluffing", "Petra Lindemann"),
        ],
    ),
    (
        """Marseille bus drivers walk off the job after colleague is beaten

By SOPHIE GARNIER Associated Press

MARSEILLE, France (AP) — Most buses in France's second-largest city stayed in their depots Tuesday after drivers walked off the job to protest an assault on a colleague, the latest in a string of attacks that unions say authorities have failed to address.

The driver, a 47-year-old man, was punched and kicked by two passengers late Sunday in the city's northern districts after he asked them to show their tickets, according to the transit operator. He was hospitalized with a broken jaw.

"He did his job. He asked for a ticket. And he ended up in the hospital," said Karim Benali, a driver and representative of the Syndicat des agents de la Régie marseillaise, the main union at the depot where the victim works. "How many more of us have to get hurt before someone does something?"

The Régie des Transports Marseille-Provence, which runs the city's network, said only one bus in six was running Tuesday, while the metro and tramway were operating normally. In a statement, it condemned "an unacceptable act of violence" and said it would file a criminal complaint.

France's junior minister for transport, Olivier Ravenel, traveled to the city and promised more police patrols on night routes.

"The state will be at the side of those who keep this city moving," Ravenel told reporters after meeting drivers at the Saint-Pierre depot. He said 40 additional officers would be assigned to the regional transit police unit by the summer.

Drivers were not impressed. Benali said the government had promised "exactly the same thing" after a driver was stabbed in 2022, and that only a handful of extra officers had ever appeared on the buses.

Police said two men, aged 19 and 22, were detained Monday and were being questioned. A police official, who spoke on condition of anonymity because he was not authorized to discuss an ongoing investigation, said both had prior convictions for violence. "They were identified quickly thanks to the cameras on board," the official said.

Some residents of the northern districts said the walkout punished the very people who depend on buses the most.

"I understand the drivers, really, but I have to get to work too," said Fatima Hadj, 52, a cleaner waiting at a stop near the Bougainville metro station. "Today I'll walk forty minutes. Tomorrow, who knows?"

Union representatives were to vote Wednesday morning on whether to extend the strike.""",
        [
            ("He did his job.", "Karim Benali"),
            ("How many more of us", "Karim Benali"),
            ("an unacceptable act of violence", "Régie des Transports Marseille-Provence"),
            ("The state will be at", "Olivier Ravenel"),
            ("exactly the same thing", "Karim Benali"),
            ("They were identified quickly thanks", "police official"),
            ("I understand the drivers, really,", "Fatima Hadj"),
            ("Today I'll walk forty minutes.", "Fatima Hadj"),
        ],
    ),
    (
        """Italy’s transport unions strike against plan to curb walkouts

ROME — Trains, buses and ferries across Italy were disrupted on Friday as unions staged a 24-hour strike against a government bill that would restrict industrial action in the transport sector.

The bill, presented last month by Transport Minister Davide Salvatori, would require unions to give 20 days’ notice of a strike instead of ten, and would extend the “franchigia” periods around public holidays during which stoppages are banned.

Ferrovie Italiane Passeggeri, the national rail operator, said around half of its regional trains and a third of high-speed services had been cancelled by midday. Local transport in Rome, Milan, Turin and Naples ran only during guaranteed rush-hour bands.

Addressing several thousand demonstrators in Rome’s Piazza Santi Apostoli, Maurizio Ferrante, general secretary of the Unione Lavoratori dei Trasporti (ULT), called the bill “the most serious attack on the right to strike in the history of the Republic”.

“They tell us that strikes hurt citizens. But who are we, if not citizens? Who drives the trains that take your children to school, who repairs the tracks at three in the morning?

“If this government wants to talk about the rights of passengers, let it start with trains that arrive on time and buses that are not twenty years old. We are ready to discuss that tomorrow morning,” he said.

Salvatori, speaking on the sidelines of an event in Milan, dismissed the criticism. “Nobody wants to abolish the right to strike,” he said. “We want to end a situation in which there is a transport strike practically every Friday. That is not a right, it is an abuse.”

The ministry says there were 47 national or regional transport strikes in Italy last year, most of them called by small unions with few members.

Consumer groups were divided. A spokesman for the association Cittadini in Movimento said commuters were “tired of being caught in the middle” of a political fight, but said the group opposed any law that would “weaken workers’ rights in order to hide the failures of management”.

A senior figure in the governing coalition, who asked not to be identified, told reporters the bill could be “softened in parliament” but would not be withdrawn.

Parliament’s transport committee is due to begin examining the text next week, with a first vote expected before the summer recess.""",
        [
            ("the most serious attack on", "Maurizio Ferrante"),
            ("They tell us that strikes", "Maurizio Ferrante"),
            ("If this government wants to", "Maurizio Ferrante"),
            ("Nobody wants to abolish the", "Davide Salvatori"),
            ("We want to end a", "Davide Salvatori"),
            ("tired of being caught in", "spokesman"),
            ("weaken workers’ rights in order", "spokesman"),
            ("softened in parliament", "senior figure in the governing coalition"),
        ],
    ),
    (
        """Barcelona bus drivers suspend strike after government promises early retirement deal

Laura Vidal Soler, Barcelona

Barcelona’s bus drivers on Thursday called off an indefinite strike that had been due to begin next Monday, after the central government committed to approving a decree that would allow them to retire early without losing part of their pension.

The decision was taken at an assembly of drivers at the Zona Franca depot, where 78% of those voting backed the proposal put forward by the Sindicat de Conductors Urbans (SCU), the largest union at Transports Urbans de Barcelona (TUB), the city’s public bus company.

“It is not the end of the road, but it is the first time in years that someone in Madrid has put something in writing,” said the union’s spokesperson, Jordi Casals, at the end of the assembly. “If the decree is not published by June, we will be back on strike, and this time we will not stop.”

The drivers have been demanding for more than a decade to be included among the professions with “reduction coefficients”, a system that allows workers in arduous or dangerous jobs to bring forward their retirement without a cut in their pension.

According to a statement from the Ministry of Inclusion, Social Security and Migration, the regulation will be approved “before the summer” and will apply to urban bus drivers throughout Spain. Minister Jorge Almansa told Congress on Wednesday that the government was “in the final stages” of drafting the text.

“Driving a bus through the centre of a big city for eight hours a day is a demanding job, physically and mentally, and our pension system has to recognise that,” Almansa told lawmakers.

In Catalonia, the regional minister for territory and mobility, Montserrat Puig, welcomed the agreement. She wrote on social media that the suspension was “good news for the hundreds of thousands of people who rely on the bus every day” and thanked both sides for their “sense of responsibility”.

Not everyone was satisfied. A minority union, the Coordinadora de Treballadors del Transport (CTT), voted against the suspension, arguing that drivers had been given “empty promises” before. “We have heard this story three times already. Until it is in the Official State Gazette, it is worth nothing,” its delegate Anna Roca told this newspaper.

TUB said in a statement that services would run normally next week and that it “respects and values” the drivers’ decision. The company carries around 200 million passengers a year on more than 100 routes.""",
        [
            ("It is not the end", "Jordi Casals"),
            ("If the decree is not", "Jordi Casals"),
            ("before the summer", "Ministry of Inclusion, Social Security and Migration"),
            ("in the final stages", "Jorge Almansa"),
            ("Driving a bus through the", "Jorge Almansa"),
            ("good news for the hundreds", "Montserrat Puig"),
            ("sense of responsibility", "Montserrat Puig"),
            ("empty promises", "Coordinadora de Treballadors del Transport"),
            ("We have heard this story", "Anna Roca"),
            ("respects and values", "Transports Urbans de Barcelona"),
        ],
    ),
]
