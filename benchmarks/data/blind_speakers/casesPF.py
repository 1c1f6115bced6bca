CASES = [
    (
        """French rail unions call five-day strike over drivers' pay

PARIS, Oct 3 - France's two biggest rail unions on Tuesday called a five-day strike for later this month, raising the prospect of cancelled trains during the All Saints' school holidays after talks with the state operator over drivers' pay broke down.

The Fédération Unitaire du Rail (FUR) and the smaller Syndicat Autonome des Conducteurs (SAC) said the walkout would begin on Oct. 20 and could be extended if management did not come back with an improved offer.

"We have been negotiating in good faith since June and we have been given nothing but promises," FUR general secretary Laurent Brissac told reporters outside the union's headquarters in Saint-Denis. "Drivers are tired of being told to wait."

The operator, Réseau Ferré Hexagonal (RFH), said it had offered a 2.8 percent pay rise across the board and an extra bonus for drivers working night shifts, and described the strike call as "disproportionate and premature".

"The door remains open," a spokeswoman for RFH said. "We regret that the unions have chosen to penalise families at the start of the holidays."

Transport Minister Hélène Vautrin urged both sides to reach a deal before the walkout begins. "Nobody wins when trains stay in the depot," she said in an interview with the regional daily La Gazette du Centre. "I am asking management and unions to sit down again this week."

The government has so far ruled out legislating to limit strikes during school holidays, a proposal backed by some centre-right senators.

According to Brissac, about 70 percent of drivers on high-speed lines belong to a union, and he predicted "massive" participation in the walkout.

Passenger groups reacted with dismay. "It's always the same people who pay the price - commuters who have no alternative," said Martine Olivier, president of the passenger association Usagers du Rail en Colère.

A previous strike in February disrupted about half of high-speed services over a weekend, according to figures from the operator.

RFH said it would publish its forecast for the strike days no later than 48 hours before the start of the walkout, as required by law. Passengers whose trains are cancelled will be offered a full refund or a free exchange, the company said.

Brissac said the unions would meet members again on Oct. 12. "If the offer improves, we will consult the drivers," he said. "If not, the strike goes ahead."

(Reporting by Camille Aubert; Editing by Jon Fairley)""",
        [
            ("We have been negotiating in", "Laurent Brissac"),
            ("Drivers are tired of being", "Laurent Brissac"),
            ("disproportionate and premature", "Réseau Ferré Hexagonal"),
            ("The door remains open", "spokeswoman"),
            ("We regret that the unions", "spokeswoman"),
            ("Nobody wins when trains stay", "Hélène Vautrin"),
            ("I am asking management and", "Hélène Vautrin"),
            ("massive", "Laurent Brissac"),
            ("It's always the same people", "Martine Olivier"),
            ("If the offer improves, we", "Laurent Brissac"),
            ("If not, the strike goes", "Laurent Brissac"),
        ],
    ),
    (
        """Belgium braces for national rail strike on Thursday: what you need to know

Travellers in Belgium should expect major disruption on Thursday as rail unions hold a 24-hour national strike against the federal government's plans to overhaul pensions for railway staff.

The strike begins at 10:00 p.m. on Wednesday and runs until 10:00 p.m. on Thursday. National rail operator Belrail said it would run an alternative service with roughly one in three trains on the main lines, but warned that several regional routes in Wallonia and Limburg would have no trains at all.

"We are doing everything we can to guarantee a minimum service, but we depend on the number of staff who report for work," Belrail spokesperson Ine Vandamme said. "Passengers should check the journey planner on the morning of their trip, because the situation can still change."

Under rules introduced in 2019, railway staff must tell their employer 72 hours in advance whether they intend to strike, which allows the company to plan its alternative service.

The unions argue that the reform, which would raise the retirement age for train drivers and conductors, breaks promises made when staff joined the company. "People signed up for a job with certain conditions, and now the rules are being changed halfway through their career," said Koen Verhaegen, national secretary of the Algemene Spoorbond (ASB). The ASB said in a statement that the government had "left workers no choice" by refusing to negotiate.

Federal Mobility Minister Pieter Claessens defended the plans. "I understand the concerns, but the pension system has to be sustainable for the next generation of railway workers," he said on Tuesday. Claessens also called the strike "regrettable at a time when we want more people to take the train".

The strike will also affect travellers heading to and from Zaventem, as the train station beneath the airport terminal will be served by only a handful of trains.

"We advise passengers to allow plenty of extra time and to consider alternatives such as the airport bus or a taxi," an airport spokesperson said.

International trains to Paris, Amsterdam and London are run by separate companies and are expected to operate largely as normal, although some services could be affected by staffing problems on the Belgian network.

In Brussels, the public transport company said its metro, tram and bus network would run normally on Thursday, although passengers should expect busier vehicles than usual.

For many commuters, the strike is one too many. "I'll work from home, like last time," said Sarah, a 34-year-old accountant who travels daily from Leuven to Brussels. "But honestly, it's the fourth strike this year and my employer is losing patience."

Passengers with a season ticket will not be compensated for a single day of strike action, Belrail confirmed. Those with a single ticket for Thursday can exchange it or use it on another day within the validity period.""",
        [
            ("We are doing everything we", "Ine Vandamme"),
            ("Passengers should check the journey", "Ine Vandamme"),
            ("People signed up for a", "Koen Verhaegen"),
            ("left workers no choice", "Algemene Spoorbond"),
            ("I understand the concerns, but", "Pieter Claessens"),
            ("regrettable at a time when", "Pieter Claessens"),
            ("We advise passengers to allow", "spokesperson"),
            ("I'll work from home, like", "Sarah"),
            ("But honestly, it's the fourth", "Sarah"),
        ],
    ),
    (
        """Bern proposes peak-time charge for Alpine road tunnel

Motorists could soon have to pay extra to drive through the Crestalta road tunnel on the busiest holiday weekends, under proposals put out for consultation by the Federal Council on Wednesday.

The plan, which would need the approval of parliament, foresees a charge of between CHF20 and CHF40 on around 15 peak days a year, on top of the annual motorway vignette. The aim is to reduce the tailbacks of up to 20 kilometres that regularly build up at Easter and Whitsun at the northern entrance of the tunnel in canton Uri.

“Waiting three hours in a queue is not a transport policy,” Transport Minister Andrea Bühlmann told a news conference in Bern. “We want to spread the traffic more evenly over the weekend, not to punish drivers.”

Bühlmann said revenue from the charge, estimated at around CHF30 million a year, would go to a fund for shifting freight from road to rail. She stressed that the plan was still at an early stage. “Parliament will have the last word,” she added.

The proposal drew immediate criticism from the Swiss Motorists’ Association (SMA), whose director Reto Kälin described it as “a new tax dressed up as traffic management”.

“Drivers already pay the vignette, fuel duty and, if they drive a lorry, the heavy-vehicle fee,” Kälin said. “Now they are being asked to pay again simply because they have to travel when the schools are on holiday.”

In Ticino, at the southern end of the tunnel, the reaction was more mixed. The Ticino cantonal government said in a statement that it welcomed “any measure that reduces the burden on the villages along the valley road”, which drivers use to avoid the motorway queues.

“For us, the problem is not the tunnel itself but the cars that leave the motorway and drive through our village,” said Claudia Ferrari-Monti, mayor of the commune of Valmora. “On Easter Saturday, children cannot cross the main street.”

The environmental group Alpenschutz Schweiz, which was behind the “Alps without Transit” initiative in the 1990s, said the plan did not go far enough. “A fee on a few weekends will not change the fact that far too many vehicles cross the Alps,” the group said.

According to the federal roads office, a record 6.1 million vehicles used the tunnel last year, almost a fifth of them heavy goods vehicles.

The consultation runs until the end of March. If parliament approves the plan, the charge could be introduced in 2028 at the earliest.""",
        [
            ("Waiting three hours in a", "Andrea Bühlmann"),
            ("We want to spread the", "Andrea Bühlmann"),
            ("Parliament will have the last", "Andrea Bühlmann"),
            ("a new tax dressed up", "Reto Kälin"),
            ("Drivers already pay the vignette,", "Reto Kälin"),
            ("Now they are being asked", "Reto Kälin"),
            ("any measure that reduces the", "Ticino cantonal government"),
            ("For us, the problem is", "Claudia Ferrari-Monti"),
            ("On Easter Saturday, children cannot", "Claudia Ferrari-Monti"),
            ("A fee on a few", "Alpenschutz Schweiz"),
        ],
    ),
    (
        """French motorway tolls to rise by 3.1% from February 1

Drivers in France will pay more to use the country's motorways from next month, after the government approved an average rise of 3.1% in toll prices. Here is what you need to know.

Tolls on the motorway network run by private concession companies will increase on February 1, the transport ministry confirmed on Tuesday. The rise is slightly smaller than last year's 3.4%, but still above inflation.

The exact increase varies from one network to another. On the routes operated by Autoroutes Centre-Atlantique (ACA), which runs much of the network between the Loire valley and the Gironde, prices will rise by an average of 3.3%.

Transport Minister Clément Dauvergne defended the rise in a radio interview on Tuesday morning: "The contracts signed with the concession companies oblige the state to allow an increase linked to inflation. I have obtained that it be kept as low as the law allows."

He added that discounts for frequent users of the same route would be extended, with commuters making more than 10 return journeys a month entitled to a 30% reduction.

A senior official at the transport ministry, speaking on condition of anonymity, said the government had "no legal room" to freeze prices until the concession contracts expire in the 2030s.

Motorists' groups were unimpressed. "Every year it's the same story: the companies make record profits and drivers are asked to pay more," said Gérard Ménétrier, president of the Ligue des Conducteurs. He described the annual rise as "a racket that never ends".

ACA said in a statement that the money would help fund "the modernisation of 40 service areas and the installation of 600 electric vehicle charging points" on its network by 2027.

The company is also extending so-called "free-flow" tolling, in which cameras read number plates and drivers pay online instead of stopping at a barrier. Drivers who forget to pay within 72 hours risk a fine of €90.

What does it mean in practice? A car journey from Paris to Bordeaux will cost around €1.80 more than at present, while drivers on the shorter Nantes-Niort stretch will pay around 40 cents more.

Several readers have told us that the increase will hit them hard. A nurse from Angers wrote to us: "I drive 80km a day to get to work and there is no train at the times I need. That's more than €200 a month in tolls already."

Motorcyclists, who pay the lowest rate, will see increases similar to those for cars, while tolls for lorries will rise slightly more, by 3.5% on average.""",
        [
            ("The contracts signed with the", "Clément Dauvergne"),
            ("no legal room", "senior official at the transport ministry"),
            ("Every year it's the same", "Gérard Ménétrier"),
            ("a racket that never ends", "Gérard Ménétrier"),
            ("the modernisation of 40 service", "Autoroutes Centre-Atlantique"),
            ("I drive 80km a day", "nurse from Angers"),
        ],
    ),
    (
        """Airport night curfew extension ‘a first step’, say residents

GENEVA – Commercial flights at Léman International Airport will be banned between 11pm and 6am from next winter, one hour longer than at present, the cantonal government announced on Tuesday.

The measure, part of a revised noise plan for the airport, follows years of complaints from residents of communes under the flight path such as Vernaz and Bellecour-le-Haut. Under the current rules, delayed departures are permitted until midnight.

“It is a first step, but only a first step,” said Nadia Berthoud, president of the Association des Riverains de l’Aéroport (ARA). “Our members have been woken up at a quarter to midnight for twenty years. We will keep pushing for a full eight hours of quiet.”

The head of the cantonal infrastructure department, State Councillor Marc-Olivier Rochat, said the canton had sought “a balance between the health of residents and the economic role of the airport”.

“We cannot pretend that the airport does not exist, nor can we ask thousands of families to live with permanent noise,” he told reporters.

The airport operator, Aéroport International du Léman (AIL), said it would comply with the decision but warned that airlines could drop some late-evening connections. In a statement, AIL said the change would affect “around 1,500 movements a year” and that it expected “a limited impact on passenger numbers”.

Airlines were less sanguine. “Our late rotations are the ones that absorb the delays of the whole day,” said a spokesman for one of the low-cost carriers based at the airport. “If they disappear, the first flights to be cancelled will be the evening ones.”

The federal aviation regulator, which must approve the change, said it would examine the request “in the coming months”.

Business groups also voiced concern. Jean-Luc Favre, director of the Société des Hôteliers du Léman, said the extension would make the region less attractive for international conferences. “Business travellers want to be able to fly home after a full day of meetings,” he said. “If the last flight leaves at nine, they will choose another city.”

In Vernaz, where aircraft pass a few hundred metres above the rooftops, residents were cautiously optimistic. “Last summer I slept with earplugs every night,” said Hélène, 67, a retired teacher. “One more hour of quiet would already change a lot.”

The airport handled 17.4 million passengers last year, close to its pre-pandemic record.""",
        [
            ("a first step", "Nadia Berthoud"),
            ("It is a first step,", "Nadia Berthoud"),
            ("Our members have been woken", "Nadia Berthoud"),
            ("a balance between the health", "Marc-Olivier Rochat"),
            ("We cannot pretend that the", "Marc-Olivier Rochat"),
            ("around 1,500 movements a year", "Aéroport International du Léman"),
            ("a limited impact on passenger", "Aéroport International du Léman"),
            ("Our late rotations are the", "spokesman"),
            ("If they disappear, the first", "spokesman"),
            ("in the coming months", "federal aviation regulator"),
            ("Business travellers want to be", "Jean-Luc Favre"),
            ("If the last flight leaves", "Jean-Luc Favre"),
            ("Last summer I slept with", "Hélène"),
            ("One more hour of quiet", "Hélène"),
        ],
    ),
    (
        """Wallonia revives motorway vignette plan, angering Flanders

Wallonia's regional government has revived plans to make motorists pay to use the region's motorways, arguing that foreign drivers crossing Belgium get a free ride on roads maintained by Walloon taxpayers.

Under the plan presented on Friday by Walloon Mobility Minister Sophie Dethier, drivers of cars and vans would buy a digital vignette costing around €90 a year. Residents of Belgium would be compensated through a reduction in the annual road tax, so that most would not pay more overall.

"Every day, tens of thousands of cars and vans from the Netherlands, Germany and France use our motorways without contributing a single cent to their upkeep," Dethier told the Walloon Parliament in Namur.

"That is not fair to Walloon families, who pay for the repairs through their taxes. The vignette will change that, while ensuring that Belgian drivers do not pay more than they do today."

The region spends about €400 million a year on maintaining its 870 kilometres of motorway, many sections of which are in poor condition.

The Flemish government reacted coolly. Flemish Mobility Minister Jan Vermeersch said any road charge would have to be agreed by all three regions: "We will not accept a system that splits the country into toll zones. A driver going from Antwerp to Luxembourg should not need three different stickers."

In Brussels, a spokesman for Mobility Minister Elke Janssens said the capital region was "studying the proposal carefully" but had not yet taken a position.

Small businesses are also worried. "Hauliers already pay a kilometre charge on every lorry, and many of our members also run vans," said Thierry Maes, director of the Belgian Road Haulage Federation. "If this vignette applies to vans as well, it is double taxation, pure and simple."

According to the Automobile Club de Wallonie, the scheme "penalises cross-border workers" who live in France or Luxembourg and drive to jobs in Wallonia, or vice versa.

Any vignette would also need the green light of the European Commission, which checks that road charges do not discriminate against drivers from other member states. A European Commission official, speaking on condition of anonymity, said the EU executive would "look closely at any scheme" that compensates residents through tax cuts.

A similar plan was shelved in 2016 after objections from Flanders and Brussels. Asked why this attempt would succeed where others had failed, Dethier was blunt. "We have waited long enough," she said. "If the other regions do not want to join us, Wallonia will go ahead alone."

The Walloon government hopes to put a draft decree to parliament before the summer recess, with the vignette coming into force in 2027 at the earliest.""",
        [
            ("Every day, tens of thousands", "Sophie Dethier"),
            ("That is not fair to", "Sophie Dethier"),
            ("We will not accept a", "Jan Vermeersch"),
            ("studying the proposal carefully", "spokesman"),
            ("Hauliers already pay a kilometre", "Thierry Maes"),
            ("If this vignette applies to", "Thierry Maes"),
            ("penalises cross-border workers", "Automobile Club de Wallonie"),
            ("look closely at any scheme", "European Commission official"),
            ("We have waited long enough", "Sophie Dethier"),
            ("If the other regions do", "Sophie Dethier"),
        ],
    ),
    (
        """Airlines cancel hundreds of flights as French air traffic controllers strike

PARIS, July 4 - Airlines cancelled hundreds of flights to and from France on Thursday as air traffic controllers walked out over staffing shortages, disrupting travel at the start of the summer holiday season across much of Europe.

France's civil aviation authority asked airlines to cut 40% of their schedules at the two main Paris airports and half of flights at airports in the south of the country, including Marseille and Nice.

Flights crossing French airspace were also hit, with Spanish, British and Irish carriers reporting delays of several hours on routes that pass over France.

"Europe's passengers are once again being held hostage by French air traffic control," Declan Moran, chief executive of Dublin-based low-cost carrier SkyLinea, said in a statement. The airline said it had cancelled 280 flights on Thursday, affecting more than 50,000 passengers.

Moran said overflights should be "protected by law" during strikes, and called on the European Commission to act.

The Union des Contrôleurs de la Navigation Aérienne (UCNA), which called the strike, says staff numbers have not kept pace with the growth in traffic.

"We are short of more than 200 controllers, and the ones we have are exhausted," UCNA spokesman Olivier Garnier told reporters at a control centre near Paris. "Management has known this for years."

Junior Transport Minister Isabelle Fournel condemned the walkout. "Taking passengers hostage at the start of the holidays is unacceptable," she wrote on social media, adding that talks with the union would resume on Monday.

It was not immediately clear whether the strike would continue into the weekend. A source at the civil aviation authority said a decision was expected on Thursday evening. "If the walkout is renewed, we will ask airlines to make similar cuts tomorrow," the source said.

The European Airlines Council, an industry lobby group, said in a statement that air traffic control strikes had already caused "more than 10,000 cancellations" across Europe this year, most of them linked to France.

Under French rules, controllers must declare their intention to strike 48 hours in advance, allowing the authority to order airlines to reduce their schedules.

At one of the Paris airports, queues stretched out of the terminal doors by mid-morning. "We've been here since five this morning and nobody can tell us anything," said Kevin Walsh, a 41-year-old Irish tourist trying to get home to Cork with his wife and two children.

Shares in several European airlines fell in early trading, with SkyLinea down 1.8%.

(Reporting by Julien Marchetti and Sarah Kinsella; Editing by Mark Heywood)""",
        [
            ("Europe's passengers are once again", "Declan Moran"),
            ("protected by law", "Declan Moran"),
            ("We are short of more", "Olivier Garnier"),
            ("Management has known this for", "Olivier Garnier"),
            ("Taking passengers hostage at the", "Isabelle Fournel"),
            ("If the walkout is renewed,", "source at the civil aviation authority"),
            ("more than 10,000 cancellations", "European Airlines Council"),
            ("We've been here since five", "Kevin Walsh"),
        ],
    ),
    (
        """Cross-border rail strike leaves Geneva commuters stranded

GENEVA - Thousands of cross-border commuters faced a chaotic start to the week on Monday after French staff on the regional rail network linking Geneva with Haute-Savoie walked out, leaving most trains between Annemasse and the city centre cancelled.

The LémanLink network, run jointly by the Swiss operator Chemins de fer Genevois (CFG) and a French partner, carries around 60,000 passengers a day and has been described by cantonal officials as the 'backbone' of the region's public transport.

'We have around 60 per cent of trains cancelled on the French side and we cannot replace them all with buses,' a CFG spokeswoman said. Trains on the Swiss part of the network were running normally.

The strike was called by the Union Régionale des Cheminots de Savoie (URCS) over pay. 'Our colleagues on the Swiss side earn twice as much for doing the same job,' said Pascal Rey, a URCS delegate. 'We're not asking for Swiss salaries, we're asking for a bonus that reflects the cost of living near Geneva.'

Many French rail staff on the line live in the Genevois area, where rents and property prices have risen sharply because of demand from people working in Switzerland.

Geneva's head of mobility, State Councillor Frédéric Junod, said the canton had no say in the dispute but was bearing the consequences. 'This is a French social conflict, but it is Geneva that is paralysed,' he told local radio. Junod said he had written to the French prefect asking for 'a rapid resolution' of the dispute.

Roads around the city were jammed as many commuters switched to their cars. 'Traffic at the main border crossings was at a standstill for most of the morning,' a police spokesman said.

'I left home at 5.30 and I'm still not at work,' said Amélie Costa, a nurse at the cantonal hospital who lives in Vallières-sur-Arve, as she waited for a replacement bus just after 8am. 'My manager understands, but patients don't wait.'

Management of the French operator said it had offered a monthly allowance of 70 euros, which the union rejected as 'insulting'.

'We gave management three months' notice,' Rey said. 'They chose to do nothing.

'If there is no offer by Wednesday, the strike will be renewed and we will look at extending it to the weekend.'

CFG said it would publish updated information on its website each evening and advised passengers to check before travelling.""",
        [
            ("We have around 60 per", "spokeswoman"),
            ("Our colleagues on the Swiss", "Pascal Rey"),
            ("We're not asking for Swiss", "Pascal Rey"),
            ("This is a French social", "Frédéric Junod"),
            ("a rapid resolution", "Frédéric Junod"),
            ("Traffic at the main border", "spokesman"),
            ("I left home at 5.30", "Amélie Costa"),
            ("My manager understands, but patients", "Amélie Costa"),
            ("insulting", "Union Régionale des Cheminots de Savoie"),
            ("We gave management three", "Pascal Rey"),
            ("They chose to do nothing.", "Pascal Rey"),
            ("If there is no offer", "Pascal Rey"),
        ],
    ),
]
