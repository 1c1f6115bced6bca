CASES = [
    (
        """Lindenau to cut 4,000 German jobs as electric car sales stall

By Katrin Weidemann and Paul Ostrander

HALVERSTEDT, Germany, March 12 (Reuters) - German carmaker Lindenau Motorenwerke said on Tuesday it would cut about 4,000 jobs at its domestic plants by 2027, blaming weaker-than-expected demand for electric vehicles and growing competition from Chinese rivals.

The cuts, which amount to roughly 7% of Lindenau's German workforce, will fall mainly on its engine plant in Halverstedt and its components site in Oberwiesel, the company said in a statement.

"We have to adjust our capacity to a market that is growing more slowly than all of us expected," Chief Executive Matthias Grohmann told reporters at the company's headquarters. "This is not a decision anyone takes lightly."

Grohmann said the company would seek to avoid compulsory redundancies and rely instead on early retirement and voluntary severance, in line with a job security agreement that runs until the end of 2026.

Sabine Koehler-Raab, head of Lindenau's general works council, called the plan "a slap in the face for the workforce" and said employees would not accept the closure of any site.

"Management has made mistakes on products and on pricing, and now the people on the line are supposed to pay for it," she said in a statement distributed by the IGMF metalworkers' union.

Shares in Lindenau rose 2.4% by 1030 GMT, outperforming a flat European autos index.

Analysts at Brueckner Bank said the cuts were overdue. "The market has been waiting for Lindenau to tackle its cost base for at least two years," analyst Florian Dressel wrote in a note to clients, adding that the savings target of 1.5 billion euros looked "achievable but not generous."

Lindenau, which sold 1.9 million vehicles last year, also lowered its operating margin target for 2024 to between 5% and 6.5%, from 7% previously, citing price pressure in China and higher spending on software development.

A person familiar with the matter said the supervisory board had discussed deeper cuts but rejected them to avoid a prolonged dispute with labour representatives, who hold half the seats on the board.

"There was no appetite for a war with the unions before the autumn wage round," the person said.

The German economy ministry said it was in contact with the company and the regional government, but declined to comment further.

(Reporting by Katrin Weidemann and Paul Ostrander; Editing by Miriam Lutz)""",
        [
            ("We have to adjust our", "Matthias Grohmann"),
            ("This is not a decision", "Matthias Grohmann"),
            ("a slap in the face", "Sabine Koehler-Raab"),
            ("Management has made mistakes on", "Sabine Koehler-Raab"),
            ("The market has been waiting", "Florian Dressel"),
            ("achievable but not generous.", "Florian Dressel"),
            ("There was no appetite for", "person familiar with the matter"),
        ],
    ),
    (
        """Austrian steelmaker delays green furnaces as power costs bite

Johanna Pichler in Vienna

Steirer Stahl AG, Austria’s second-largest steel producer, has postponed a €1.2bn project to replace two blast furnaces with electric arc furnaces, blaming high power prices and uncertainty over state subsidies.

The company said on Thursday that the first of the new furnaces at its plant in Murfeld, which had been due to start operating in 2026, would not now be ready before 2028.

“We remain fully committed to decarbonisation, but we cannot build a plant whose electricity bill would make it uncompetitive from day one,” said Herbert Aichinger, chief executive, in an interview with the Financial Times.

Aichinger said industrial electricity in Austria cost roughly twice as much as in the US and well above levels in France, where nuclear power keeps prices lower for heavy users. “Europe is asking its industry to run a marathon with a rucksack full of stones,” he added.

The delay is a blow to the government, which has made the transition of the steel sector a centrepiece of its climate strategy. Austria’s Ministry for Energy and Industry said it regretted the decision but that funding of €450mn earmarked for the project “remains available under the agreed conditions”.

Unions reacted with alarm. Gerald Stocker, chair of the works council at Murfeld and a regional official of the GMTE union, said the delay raised questions about the long-term future of the site, which employs about 3,100 people.

“Every year we lose on this project is a year in which our jobs are less secure,” Stocker said. “Our colleagues want to know whether there will still be steel made in Murfeld in ten years’ time.”

Analysts were more sanguine. Ursula Brandl, a metals analyst at Donaubank Research, said the delay was “rational from a capital allocation point of view” given weak demand from European carmakers, Steirer’s biggest customers, and the collapse in prices for hot-rolled coil since the spring.

“Nobody is building new capacity in Europe at the moment unless someone else is paying for the electricity,” she said.

Steirer’s shares fell 3.1 per cent in Vienna.

The company also cut its full-year forecast, saying it now expected earnings before interest, tax, depreciation and amortisation of between €780mn and €850mn, down from as much as €950mn. Demand from the automotive industry had “weakened noticeably across all regions” in the third quarter, it said, while orders from the construction sector remained “at a very low level”.

Aichinger said the group would use the delay to renegotiate long-term power supply contracts and to press the government for a cap on grid fees for energy-intensive companies, a measure already adopted in neighbouring Germany.""",
        [
            ("We remain fully committed to", "Herbert Aichinger"),
            ("Europe is asking its industry", "Herbert Aichinger"),
            ("remains available under the agreed", "Ministry for Energy and Industry"),
            ("Every year we lose on", "Gerald Stocker"),
            ("Our colleagues want to know", "Gerald Stocker"),
            ("rational from a capital allocation", "Ursula Brandl"),
            ("Nobody is building new capacity", "Ursula Brandl"),
            ("weakened noticeably across all regions", "Steirer Stahl AG"),
            ("at a very low level", "Steirer Stahl AG"),
        ],
    ),
    (
        """Thousands of German auto workers walk off the job in warning strikes over pay

By ANNA BERGER Associated Press

KIRCHWALDEN, Germany (AP) — Thousands of workers at German car parts makers walked off the job Wednesday in so-called warning strikes, stepping up pressure on employers as negotiations over a new wage deal dragged into a third round.

The IGMF union said more than 18,000 employees at about 60 companies in the country's southwest took part in the stoppages, which lasted between two and four hours.

At the gates of the Brenner Antriebstechnik plant in Kirchwalden, a town of 30,000 people that depends heavily on the auto industry, about 800 workers gathered in the rain, blowing whistles and waving union flags.

Union negotiator Thomas Reinecke told the crowd that employers had made an offer that amounted to a real pay cut once inflation was taken into account.

"They tell us the industry is in crisis. We know that. We build the parts, we see the orders," Reinecke said. "But crisis cannot mean that the people who do the work always pay the bill."

The union is demanding a 7% raise over 12 months. The Association of Metal and Electrical Industry Employers of Baden, known by its German initials VMEB, has offered 3.1% spread over 27 months, plus a one-time payment.

In a statement, the employers' association said the strikes were "irresponsible at a time when many companies are fighting for survival."

"Every hour of lost production makes German locations less attractive compared to eastern Europe and Asia," the statement said.

Mehmet Aydin, 44, has worked on an assembly line at the Brenner plant for 19 years, making gearbox housings. He said he understood that orders were down but that his household costs had risen sharply over the past three years.

"My rent has gone up, my electricity has gone up, food has gone up," said Aydin, a father of three. "The only thing that hasn't gone up is what's in my pay slip."

Germany's auto industry, long a pillar of the economy, has been hit by weak demand, the costly shift to electric vehicles and fierce competition from China. Several large suppliers have announced job cuts this year.

Economist Carla Hoffmeister of the Institute for Labor Market Studies in Freiburg-Land said both sides were following a familiar script. "Both sides know that a long strike would hurt everyone. That's why these warning strikes are mostly a ritual," she said.

She added: "The real question is what happens after the third round.

"If there is no movement by then, the union could call a ballot for open-ended strikes, and that would be a very different story."

Negotiations are scheduled to resume next Tuesday in Kirchwalden. Further warning strikes are planned for Friday at plants in the neighboring region, the union said.""",
        [
            ("They tell us the industry", "Thomas Reinecke"),
            ("But crisis cannot mean that", "Thomas Reinecke"),
            ("irresponsible at a time when", "Association of Metal and Electrical Industry Employers of Baden"),
            ("Every hour of lost production", "Association of Metal and Electrical Industry Employers of Baden"),
            ("My rent has gone up", "Mehmet Aydin"),
            ("The only thing that hasn't", "Mehmet Aydin"),
            ("Both sides know that a", "Carla Hoffmeister"),
            ("The real question is what", "Carla Hoffmeister"),
            ("If there is no movement", "Carla Hoffmeister"),
        ],
    ),
    (
        """‘We feel abandoned’: Austrian car town fears for its future as assembly deal ends

Lena Hartmann in Eisenbrunn

For six decades the long assembly halls on the edge of Eisenbrunn have built cars for other people’s badges. Off-road vehicles, vans, convertibles and, most recently, a compact electric SUV for the German premium brand Auerbach have rolled off the lines here and out into the world.

By the end of next year, that will stop. Auerbach has confirmed it will move production of the SUV to a new plant in Hungary, leaving the contract manufacturer Fahrzeugwerk Eisenbrunn GmbH, the town’s largest employer with 2,400 staff, without a single model to build.

“We feel abandoned – by the carmaker, by Vienna, by Brussels,” said Renate Gruber, 52, who has worked in quality control at the plant for 27 years. “Nobody has told us what comes next. We read about our own jobs in the newspaper.”

In a letter to staff, seen by the Guardian, the company’s management said it was “working intensively on follow-up contracts” with several manufacturers but could “give no guarantees at this stage”.

In Eisenbrunn, a town of 11,000 people in a narrow valley, almost every family has someone who works at the plant or for one of its suppliers. The town’s mayor, Josef Leitner, said the consequences of a closure would reach far beyond the factory gates.

“If the plant goes, the bakery goes, the sports club goes, the school loses children,” he said. “This is about the whole valley, not about one company.”

A spokesperson for Auerbach said the decision had been “taken purely on the basis of cost” and that the company remained “grateful to the colleagues in Eisenbrunn for many years of excellent work”.

Karl Wimmer, the regional secretary of the GMTE union, accused the federal government of standing by while industrial jobs drained out of the country. He said the union would demand a meeting with the economy minister within the next fortnight.

“Other countries fight for every factory. Our government sends a press release,” Wimmer said.

Economists say Eisenbrunn’s problems reflect a wider shift. Contract manufacturing, once a lucrative niche for Austrian industry, has come under pressure as carmakers cut costs and bring production back into their own under-used plants.

Outside the main gate at the end of the early shift, Stefan Pucher, 24, who finished his apprenticeship as a mechatronics technician last summer, said he had already started applying for jobs in Germany and Switzerland.

“I wanted to stay here, close to my family,” he said. “But I’m not going to wait until the last car leaves the line.”""",
        [
            ("We feel abandoned", "Renate Gruber"),
            ("We feel abandoned – by", "Renate Gruber"),
            ("Nobody has told us what", "Renate Gruber"),
            ("working intensively on follow-up contracts", "Fahrzeugwerk Eisenbrunn GmbH"),
            ("give no guarantees at this", "Fahrzeugwerk Eisenbrunn GmbH"),
            ("If the plant goes, the", "Josef Leitner"),
            ("This is about the whole", "Josef Leitner"),
            ("taken purely on the basis", "spokesperson"),
            ("grateful to the colleagues in", "spokesperson"),
            ("Other countries fight for every", "Karl Wimmer"),
            ("I wanted to stay here,", "Stefan Pucher"),
            ("But I’m not going to", "Stefan Pucher"),
        ],
    ),
    (
        """German Auto Supplier Hessler Files for Insolvency as Orders Dry Up

By Tobias Marquardt

(Bloomberg) -- Hessler Kunststofftechnik GmbH, a family-owned maker of plastic interior parts for cars, filed for insolvency after losing orders from two of its biggest customers, the latest casualty of a slump rippling through Germany's automotive supply chain.

The company, based in Rothenbach in the state of Hesse, applied for insolvency in self-administration at the local court on Monday, it said in a statement. Production at its three German plants, which employ about 1,150 people, will continue for now, and wages are secured for the next three months through state insolvency payments.

"We fought until the very end to find a solution outside of court proceedings," Managing Director Christoph Hessler, the grandson of the company's founder, said in the statement. "But with volumes down by almost a third, our cost structure was simply no longer sustainable."

Hessler supplies dashboards, door panels and center consoles to several European carmakers. Its sales fell to 214 million euros ($232 million) last year from 296 million euros in 2022, according to figures provided by the company.

Ingrid Falkenberg, a restructuring lawyer appointed by the court to supervise the proceedings, said she had already held talks with customers and that several had signaled they would keep ordering parts for the time being.

"The business has a core that is worth saving," Falkenberg said in a phone interview. "Our task now is to find an investor who sees that too."

Two carmakers are among the parties that may examine a possible rescue, according to a person familiar with the matter, who asked not to be identified because the talks are private.

More than 40 German auto suppliers have filed for insolvency since the start of last year, according to consultancy Falk & Partner. The industry group representing parts makers, the Verband der Automobilzulieferer, or VdAZ, warned last month that as many as one in five of its members were in financial distress.

"Many suppliers invested heavily in components for electric cars on the basis of volume forecasts that have turned out to be far too optimistic," VdAZ President Monika Steinhauer said in an emailed response to questions. "Now they are carrying the costs, and the carmakers are not."

The slump has also hit larger players. Several of the country's biggest suppliers have announced thousands of job cuts in recent months, and carmakers are pressing for price reductions as they struggle with falling profits in China.

At Hessler's main plant, workers learned of the filing from local media before the company informed them, according to the IGMF union. A union official, who asked not to be named because of ongoing talks with management, said the mood in the plant was "somewhere between anger and shock."

"Nobody from management came to talk to us first," the official said.""",
        [
            ("We fought until the very", "Christoph Hessler"),
            ("But with volumes down by", "Christoph Hessler"),
            ("The business has a core", "Ingrid Falkenberg"),
            ("Our task now is to", "Ingrid Falkenberg"),
            ("Many suppliers invested heavily in", "Monika Steinhauer"),
            ("Now they are carrying the", "Monika Steinhauer"),
            ("somewhere between anger and shock.", "union official"),
            ("Nobody from management came to", "union official"),
        ],
    ),
    (
        """Austrian union pushes for 32-hour week in metal industry

Austria's biggest industrial union has made a shorter working week the centerpiece of its demands ahead of autumn wage talks. Employers say the idea would drive industry out of the country.

Austria's Gewerkschaft Metall-Textil-Energie (GMTE) on Saturday called for the working week in the metal and electrical industry to be reduced to 32 hours with no loss of pay, setting the stage for a tough round of collective bargaining.

Delegates at the union's federal congress in Linzbach approved the demand by a large majority. GMTE chairman Andreas Huber told them that productivity had risen steadily for decades while working hours had stood still since the 1980s.

"Our members are producing more in an hour than ever before. It is time they got some of that time back," Huber said to loud applause.

A four-day week would make jobs in industry more attractive to young people and help companies recruit skilled workers, according to Huber. He also argued that shorter hours could "secure jobs in difficult times without costing the taxpayer a single cent."

'Completely detached from reality'

Employers reacted sharply. Heidemarie Wallner, chief negotiator for the Association of the Austrian Metal Industry (VMÖ), called the demand "completely detached from reality."

"Our companies are already struggling with the highest wage costs in Europe and energy prices far above those of our competitors," Wallner told DW. "Anyone who wants to cut working hours by a fifth at full pay is risking the deindustrialization of Austria."

The metal and electrical industry employs around 200,000 people in Austria and accounts for a large share of the country's exports, many of them parts and machinery for German carmakers. Orders have fallen for six consecutive quarters.

Economy Minister Clemens Rauchberger said in a radio interview that wage policy was a matter for the social partners, but warned that the country's competitiveness "must not be put at risk."

Mixed evidence from trials

Economist Birgit Samhaber of the Institute for Economic Research in Linzbach said results from companies that had experimented with shorter weeks were mixed.

"In services, we see quite positive results. Sick days go down, people are more motivated," she told DW. "In manufacturing, where a machine has to be staffed for a certain number of hours, it is much harder."

Some companies in the sector have introduced four-day weeks with longer daily shifts, keeping total hours unchanged. Union officials say such models do not go far enough.

Formal talks are due to begin in late September. Last year's negotiations ended only after warning strikes at more than 200 companies.""",
        [
            ("Our members are producing more", "Andreas Huber"),
            ("secure jobs in difficult times", "Andreas Huber"),
            ("Completely detached from reality", "Heidemarie Wallner"),
            ("completely detached from reality.", "Heidemarie Wallner"),
            ("Our companies are already struggling", "Heidemarie Wallner"),
            ("Anyone who wants to cut", "Heidemarie Wallner"),
            ("must not be put at", "Clemens Rauchberger"),
            ("In services, we see quite", "Birgit Samhaber"),
            ("In manufacturing, where a machine", "Birgit Samhaber"),
        ],
    ),
    (
        """German car giant Auerbach to shut a factory at home for the first time in its 87-year history

By JAMES CARTWRIGHT FOR MAILONLINE

German car maker Auerbach is to close one of its factories in its home country for the first time in its 87-year history, bosses have confirmed, in the starkest sign yet of the crisis gripping Europe's biggest economy.

The Bavarian firm said its plant in Unterkirchbach, which builds engines and axles and employs around 3,800 people, would stop production by the end of 2026.

In a message to staff yesterday, chief executive Stefan Oberlaender said: 'The situation is serious. We cannot continue to operate plants that are running at barely half of their capacity.'

He added that the company had 'no choice' but to act if it wanted to remain competitive against cheaper rivals from China, whose electric cars have been flooding into Europe.

But the announcement provoked fury among workers, who staged a mass walkout at the firm's headquarters within hours.

Works council chief Birgit Lautenschlaeger told a rally of 5,000 employees: 'Auerbach has never closed a German factory, and we will not let this board be the first to do it.

'If they want a fight, they will get one. This will be a hot autumn.'

Auerbach, whose saloons and SUVs are popular with British buyers, saw its profits fall by almost two thirds in the first half of the year.

Sales in China, once its most lucrative market, have slumped as local brands such as BYD offer cheaper electric models packed with technology.

In Berlin, the government was quick to distance itself from the decision. 'The federal government is in close contact with the company and the works council,' a government spokesman said. 'We expect all sides to look for solutions that preserve industrial jobs in Germany.'

Motoring expert Professor Dietmar Kessel, of the Centre for Automotive Research in Westerholt, said the closure was 'a wake-up call for the whole industry'.

'German car makers have slept through the electric revolution and now they are paying the price,' he told MailOnline. 'Unterkirchbach will not be the last plant to close, I'm afraid.'

The news is likely to worry the thousands of British drivers who own an Auerbach.

But the firm's UK arm said owners would not be affected. 'Servicing and parts supply will continue as normal,' a statement from Auerbach UK said.

Auerbach shares rose 1.8 per cent in Frankfurt as investors welcomed the cost cuts.""",
        [
            ("The situation is serious. We", "Stefan Oberlaender"),
            ("no choice", "Stefan Oberlaender"),
            ("Auerbach has never closed a", "Birgit Lautenschlaeger"),
            ("If they want a fight,", "Birgit Lautenschlaeger"),
            ("The federal government is in", "spokesman"),
            ("We expect all sides to", "spokesman"),
            ("a wake-up call for the", "Dietmar Kessel"),
            ("German car makers have slept", "Dietmar Kessel"),
            ("Unterkirchbach will not be the", "Dietmar Kessel"),
            ("Servicing and parts supply will", "Auerbach UK"),
        ],
    ),
    (
        """Truckmaker Nordhagen agrees job guarantee with unions in exchange for cost cuts

Ralf Becker

WEILHEIM-NORD, Germany -- German truckmaker Nordhagen Nutzfahrzeuge AG has agreed with labor representatives to extend a job guarantee for its 22,000 German employees until 2032 in return for savings of 1.1 billion euros over the next four years.

“This agreement gives our people certainty and gives the company the flexibility it needs to invest in the transition to zero-emission trucks,” CEO Annette Vogelsang said in a statement on Wednesday.

Under the deal, a profit-sharing bonus paid to employees will be halved for three years, and a pay increase agreed in the last collective bargaining round will be postponed by six months. About 1,600 jobs in administration and development will be cut through natural attrition and early retirement.

In return, Nordhagen has committed to keeping all six of its German plants open and to building its first series-production hydrogen fuel-cell truck at its main factory in Weilheim-Nord rather than abroad.

Works council chief Dieter Schramm described the agreement as “a painful compromise, but a compromise that protects every single job.”

“Nobody in the plants is celebrating tonight,” Schramm said at a press conference at the company's headquarters. “But we have prevented what management originally had in mind, and that was the closure of two sites.”

Asked whether labor representatives had given away too much, he replied: “Look at what is happening at other companies in this industry. Then ask me that question again.”

The agreement still requires approval by the supervisory board, which is due to meet next week, according to the company. The statement said the savings would “substantially improve our competitiveness in a market under pressure from new competitors.”

Nordhagen's order intake fell 19 percent in the first half as European hauliers held back on purchases amid weak freight volumes and uncertainty over road-toll rules and charging infrastructure for battery-electric trucks.

The company has also faced growing competition from Chinese manufacturers, which have begun selling electric trucks in Europe at prices well below those of established brands.

Analyst Jonas Westphal of Rheintal Securities said the deal was “better than feared” for investors, but noted that the savings would take time to show up in margins.

An executive at a rival truckmaker, who declined to be named, said the agreement would set a benchmark for talks elsewhere in the sector.

“Every works council in the industry will now be asking for 2032,” he said.""",
        [
            ("This agreement gives our people", "Annette Vogelsang"),
            ("a painful compromise, but a", "Dieter Schramm"),
            ("Nobody in the plants is", "Dieter Schramm"),
            ("But we have prevented what", "Dieter Schramm"),
            ("Look at what is happening", "Dieter Schramm"),
            ("substantially improve our competitiveness in", "Nordhagen Nutzfahrzeuge AG"),
            ("better than feared", "Jonas Westphal"),
            ("Every works council in the", "executive at a rival truckmaker"),
        ],
    ),
]
