CASES = [
    (
        """French refinery strike enters second week as fuel shortages spread

By Claire Fontenay

PARIS, March 14 (Reuters) - A strike at two French refineries run by Raffineries Levant entered its second week on Thursday, with nearly one in five petrol stations in northern France short of at least one type of fuel, according to energy ministry data.

Workers at the Saint-Aubrac-sur-Mer and Venneville sites walked out on March 6 to demand a 9% pay rise to offset inflation, rejecting management's offer of 4.5% plus a one-off bonus of 1,500 euros ($1,640).

"We are not going to be bought off with a bonus that disappears in three months," said Karim Belhadj, a delegate for the Confederation of United Workers (CTU) at Venneville. "People here want a salary they can live on."

Raffineries Levant said in a statement that its offer was "fair and responsible" given pressure on refining margins and that it remained open to talks with all unions. The company, which supplies about 15% of France's road fuel, said deliveries from its depots were running at around 60% of normal levels.

Energy Transition Minister Helene Marchetti told reporters after a cabinet meeting that the government would not hesitate to requisition staff if supplies to hospitals and emergency services were put at risk.

"The right to strike is guaranteed and we respect it. But so is the right of French people to get to work," Marchetti said. "If it is necessary, we will take our responsibilities."

Requisition orders, which force employees back to their posts under threat of fines or prison, were used during a similar dispute at the company three years ago and were challenged unsuccessfully by unions in court.

A source at the ministry, who asked not to be named because the discussions were private, said officials were pressing the company to improve its offer before the weekend. "Nobody wants requisitions. It is the last resort," the source said.

In the northern city of Lille, queues of several dozen cars formed outside supermarket petrol stations on Thursday morning. Taxi driver Olivier Dumesnil said he had visited four stations before finding diesel.

"It's like going back to the crisis. You lose your whole morning and you don't earn a cent," he said.

Traders said the strike had so far had a limited impact on wholesale diesel prices in northwest Europe, as France was drawing on strategic reserves and imports through the port of Le Havre.

"The longer this drags on, the more the government will have to dig into stocks, and those are not unlimited," said Marianne Kessler, an oil analyst at Brussels-based consultancy Northgate Energy.

(Reporting by Claire Fontenay; additional reporting by Tom Mercier; Editing by Alison Reid)""",
        [
            ("We are not going to", "Karim Belhadj"),
            ("People here want a", "Karim Belhadj"),
            ("fair and responsible", "Raffineries Levant"),
            ("The right to strike", "Helene Marchetti"),
            ("If it is necessary,", "Helene Marchetti"),
            ("Nobody wants requisitions. It", "source at the ministry"),
            ("It's like going back", "Olivier Dumesnil"),
            ("The longer this drags", "Marianne Kessler"),
        ],
    ),
    (
        """Belgian coalition talks collapse as socialists walk out

Brussels (AFP) - Belgium's efforts to form a government hit a fresh impasse on Tuesday when francophone socialists walked out of coalition talks over pension reform, more than eight months after a general election.

Joris Verhelst, the Flemish nationalist leader tasked by the king with forging a five-party coalition, went to the Royal Palace in the afternoon to offer to step down from his mission.

"I have done everything possible to bring these parties together, but there are limits to what one can ask of people," Verhelst told reporters outside the palace, looking tired after a night of negotiations.

The Royal Palace said in a statement that the king had "reserved his decision" and would receive party leaders for consultations from Wednesday.

The talks broke down shortly after 3:00 am (0200 GMT), when the United Socialist Party (PSU) rejected a draft agreement that would have raised the effective retirement age and capped the indexation of some benefits.

PSU leader Nadia Ferrante accused Verhelst's Nieuw Vlaanderen (NV) party of wanting to "dismantle the social model" of Wallonia and Brussels.

"We came to the table in good faith. What was put in front of us last night was a programme of cuts that falls entirely on workers and pensioners," Ferrante wrote on X.

One negotiator, speaking on condition of anonymity, told AFP that the talks had foundered on a single paragraph dealing with early retirement for people in physically demanding jobs.

"After eight months, it came down to one paragraph. One paragraph," the negotiator said.

Georges-Louis Masset, who leads the francophone liberal Mouvement Liberal (ML), was scathing about the socialists' decision.

"The socialists have chosen the comfort of opposition. They will have to explain that to the voters," he said.

Belgium, a country of 11.8 million people split between Dutch-speaking Flanders and francophone Wallonia, with bilingual Brussels in between, is no stranger to long political deadlocks. After the 2010 election, it went 541 days without a full government, a world record at the time.

The outgoing caretaker government of Prime Minister Marc Wouters can manage day-to-day affairs but cannot pass a new budget, something the European Commission has warned could put Belgium in breach of EU deficit rules.

Lieve Claeys, a political scientist at the University of Mons-Borinage, said a new negotiator could be named within days but warned against expecting a quick breakthrough.

"The arithmetic hasn't changed. Without the socialists there is no majority on the francophone side, and the NV knows that," she told AFP.""",
        [
            ("I have done everything possible", "Joris Verhelst"),
            ("reserved his decision", "Royal Palace"),
            ("dismantle the social model", "Nadia Ferrante"),
            ("We came to the table", "Nadia Ferrante"),
            ("After eight months, it came", "negotiator"),
            ("The socialists have chosen the", "Georges-Louis Masset"),
            ("The arithmetic hasn't changed.", "Lieve Claeys"),
        ],
    ),
    (
        """'We are drowning': French farmers block roads into Paris as anger over trade deal grows

Camille Hartley in Paris

Hundreds of tractors have blocked motorways leading into Paris, as French farmers stepped up protests against a proposed EU trade agreement with South American countries and what they describe as a crushing burden of rules and debt.

Convoys from across northern and central France converged on the capital's ring road early on Monday, with farmers dumping bales of straw and manure outside several prefectures and setting fire to tyres on the A6 motorway south of the city.

"We are drowning in paperwork and debt, and now they want to sign a deal that lets in beef raised with hormones we banned 20 years ago," said Thierry Lamarque, 52, a cattle farmer from Saint-Vivien-les-Bois, in central France, who had driven through the night with his neighbours. "Nobody in Brussels has ever stood in a field at five in the morning."

The protests were called by the National Federation of Farm Operators (FNEA), France's largest agricultural union, which has said its members will "besiege the capital" until the government gives written guarantees that it will vote against the deal.

Its president, Jean-Baptiste Orsini, told the Guardian the movement was prepared to stay for as long as it took.

"We have been patient. We went to every meeting, we filled in every form, we listened to every promise. And farm incomes have gone down every year," he said.

"If the government thinks we will go home after a couple of days because it's cold, it has not understood what is happening in the countryside."

The agriculture minister, Anne-Sophie Rivet, said she understood "the anger and the distress" of farmers and promised new measures on pesticide rules and cheap imports within a fortnight. But she warned that blocking access to hospitals or to the capital's main wholesale food market would be "a red line".

"I will always listen to farmers. I will not accept that ambulances are stuck behind barricades," she told Radio Centre.

Paris police said 14 people had been detained by Monday evening, most of them for damaging public property. A spokesperson for the police prefecture said officers had been told to "show restraint at all times" but would not allow the ring road to be closed entirely.

At a blockade near the town of Saulnay, Marie Cossec, 34, who runs a goat farm with her partner, said she had brought her two children along.

"They should see what we're fighting for," she said. "My grandfather had this farm. I don't know if they will be able to keep it."

The protests echo a wave of farm unrest that swept France and much of Europe two winters ago, forcing the government to drop a planned rise in tax on agricultural diesel.

Polls suggest the farmers enjoy wide public sympathy. A survey published on Sunday by the Institut Delvaux found that 78% of French people supported the movement, despite the disruption.""",
        [
            ("We are drowning", "Thierry Lamarque"),
            ("We are drowning in paperwork", "Thierry Lamarque"),
            ("Nobody in Brussels has ever", "Thierry Lamarque"),
            ("besiege the capital", "National Federation of Farm Operators"),
            ("We have been patient. We", "Jean-Baptiste Orsini"),
            ("If the government thinks we", "Jean-Baptiste Orsini"),
            ("the anger and the distress", "Anne-Sophie Rivet"),
            ("a red line", "Anne-Sophie Rivet"),
            ("I will always listen to", "Anne-Sophie Rivet"),
            ("show restraint at all times", "spokesperson"),
            ("They should see what we're", "Marie Cossec"),
            ("My grandfather had this farm.", "Marie Cossec"),
        ],
    ),
    (
        """Belgium rail strike: Commuters face fifth day of disruption

Rail passengers in Belgium are facing a fifth consecutive day of cancellations as a strike by train drivers and signalling staff over planned pension changes continues.

National operator Belrail said only one in three intercity trains would run on Friday, with no services at all on several rural lines in the provinces of Luxembourg and Namur.

The strike was called by three unions in protest at government plans to end special early retirement arrangements for rail staff, some of whom can currently retire at 55.

Belgium's Mobility Minister, Annelies Goossens, said the reform was "necessary and fair" and accused the unions of "taking passengers hostage".

"Nobody is taking away anyone's pension. We are asking rail staff to work a little longer, like everybody else in this country," she told Flemish radio.

But unions say the changes would break promises made to workers when they were hired.

Frederic Lambotte, national secretary of the socialist rail union SGTB-Rail, said the strike had been "the last resort" after months of fruitless talks.

"Our members signed up for a job with night shifts, weekend shifts and enormous responsibility. In exchange, they were promised certain conditions. The government wants to tear that up," Mr Lambotte said.

"We are ready to negotiate tomorrow morning, but not with a gun to our heads."

Belrail says the strike has cost it an estimated EUR4m (GBP3.4m) a day in lost revenue and compensation payments.

At Brussels' main southern station on Thursday evening, departure boards were filled with cancellations.

One commuter, who did not want to be named, told the BBC she had spent nearly four hours getting home to Charleroi the previous day. "I understand they have their reasons, but we are the ones paying for it," she said.

Another passenger, student Thomas Verbeke, 21, said he had switched to a car-sharing app. "It's cheaper than the train anyway, and at least it turns up," he joked.

The strike is the latest in a series of industrial actions against the coalition government's reform programme, which includes raising the retirement age and tightening unemployment benefits.

A national demonstration is planned in Brussels next Thursday, and unions have warned that more rail strikes could follow in the spring if the government does not withdraw the proposals.

Belrail said in a statement that it was "doing everything possible" to inform passengers and advised travellers to check its app before setting out.""",
        [
            ("necessary and fair", "Annelies Goossens"),
            ("taking passengers hostage", "Annelies Goossens"),
            ("Nobody is taking away anyone's", "Annelies Goossens"),
            ("the last resort", "Frederic Lambotte"),
            ("Our members signed up for", "Frederic Lambotte"),
            ("We are ready to negotiate", "Frederic Lambotte"),
            ("I understand they have their", "commuter"),
            ("It's cheaper than the train", "Thomas Verbeke"),
            ("doing everything possible", "Belrail"),
        ],
    ),
    (
        """French government survives no-confidence vote - for now

Valcourt's minority government clings on by eight votes, but its budget troubles are far from over.

By Julien Carrere

PARIS - French Prime Minister Etienne Valcourt survived a no-confidence vote on Monday by a margin of just eight votes, buying his minority government some breathing room but leaving its budget plans badly exposed.

The motion, tabled by the left-wing alliance and backed by most of the far-right Rassemblement Patriote, won 281 votes, short of the 289 needed to bring down the government in the 577-seat National Assembly.

It followed Valcourt's decision last week to force the 2026 budget through the lower house without a vote, using a constitutional tool that allows the government to bypass lawmakers unless they topple it. The budget includes an "exceptional solidarity contribution" on households earning more than EUR250,000 a year, which the right opposes, and a freeze on most welfare payments, which the left opposes.

Speaking in the chamber before the vote, Valcourt urged lawmakers to "think of the country before their party."

"France cannot afford months of chaos. The markets are watching, our European partners are watching, and above all the French people are watching," he said.

Mathilde Roussel, who heads the parliamentary group of the hard-left La Gauche Debout, was unmoved. "This government has no majority, no mandate and no legitimacy. It is living on borrowed time," she told the chamber.

In the end, the prime minister was saved by absences. Eleven Rassemblement Patriote lawmakers did not take part in the vote, a move that the party's leader, Serge Auclair, insisted was not coordinated.

"We are not in the business of saving Mr. Valcourt. Some of our colleagues were held up in their constituencies, that's all," Auclair told POLITICO in the corridors of the Palais Bourbon.

Not everyone was convinced. Behind the scenes, the government spent the weekend courting a handful of independent lawmakers from overseas territories, according to two officials familiar with the talks. One adviser to the prime minister, who was granted anonymity to speak candidly, described the result as "a win, but not one we can repeat every month."

Ratings agency Castell Ratings said in a note on Monday evening that prolonged political instability was "credit negative for the sovereign" and that it would review France's rating in the spring.

"He has survived, but he is governing on a knife edge. Every vote from now on is a potential trap," said Clemence Arnaud, director of the Paris-based think tank Institut Montclair.

The budget now moves to the Senate, where Valcourt's allies hold a comfortable majority, before a final reading in the Assembly in December - and, almost certainly, another motion of censure.""",
        [
            ("think of the country before", "Etienne Valcourt"),
            ("France cannot afford months of", "Etienne Valcourt"),
            ("This government has no majority,", "Mathilde Roussel"),
            ("We are not in the", "Serge Auclair"),
            ("a win, but not one", "adviser to the prime minister"),
            ("credit negative for the sovereign", "Castell Ratings"),
            ("He has survived, but he", "Clemence Arnaud"),
        ],
    ),
    (
        """Thousands of teachers march in Brussels against education reforms

Some 12,000 teachers and school staff marched through central Brussels on Wednesday, according to police, in protest at plans by the government of the French-speaking Community to cut jobs and change their employment status. Organisers put the figure at 25,000.

Schools across Wallonia and Brussels were closed or ran a reduced service for the day, as the strike was backed by all three main unions in the francophone education sector.

The march, which set off from Brussels-North station shortly after 10:30, was the largest so far of the unions' "Save Our Schools" campaign, launched in October.

The government plans to replace permanent appointments for new teachers with renewable contracts and to increase the weekly teaching load in secondary schools by two hours, measures it says will save EUR180 million a year.

"They tell us there is a teacher shortage, and their answer is to make the job less attractive. It makes no sense," said Sophie Delvigne, a French teacher at a secondary school in Liege, who travelled to the capital with around 40 colleagues.

Eric Pirlot, general secretary of the FGEB-Enseignement union, told The Brussels Times that the unions had not been consulted on the final text.

"We found out about the contract changes from the press. That is not how you treat 100,000 people who keep the schools running," he said.

The union later wrote on its website that the day had been "a historic mobilisation" and that further action would be announced "in the coming days".

Education Minister Valerie Gilson said she respected the right to protest but that the reforms would go ahead.

"Our education system is one of the most expensive in Europe and one of the least effective. Doing nothing is not an option," Gilson said in a statement. She added that she was ready to meet the unions "at any time" to discuss how the measures would be implemented.

Brussels police spokesperson Ilse Van Hoof said the march had passed off "without any major incident", although a small group of protesters threw eggs at the building housing the minister's office. Two people were briefly detained.

The Union of Francophone Parents (UFP) said in a statement that it supported the teachers' demands but was "concerned about the repeated days of lost lessons", particularly for pupils preparing for end-of-year exams.

Another day of strike action is planned for 3 February.""",
        [
            ("They tell us there is", "Sophie Delvigne"),
            ("We found out about the", "Eric Pirlot"),
            ("a historic mobilisation", "FGEB-Enseignement"),
            ("in the coming days", "FGEB-Enseignement"),
            ("Our education system is one", "Valerie Gilson"),
            ("at any time", "Valerie Gilson"),
            ("without any major incident", "Ilse Van Hoof"),
            ("concerned about the repeated days", "Union of Francophone Parents"),
        ],
    ),
    (
        """Workers at French steel plant block gates as owner confirms closure

By SOPHIE LAMBERT Associated Press

FONTAINE-SUR-ORNE, France (AP) - Hundreds of steelworkers blocked the gates of a blast furnace plant in eastern France on Thursday and burned tires outside its offices, hours after the owner confirmed it would shut the site by the end of next year, putting some 1,100 jobs at risk.

Halvard Steel Group, which bought the Fontaine-sur-Orne plant eight years ago, said in a statement that the site had lost money for five consecutive years and that "no viable path" existed to keep it open in the face of cheap imports and high energy costs.

Workers, many of whom had gathered before dawn, said they felt betrayed.

"They promised us investment. They promised us a new furnace. And now they tell us it's over, by press release," said Patrick Schneider, 47, who has worked at the plant for 22 years, as did his father before him.

The company said it would offer some employees jobs at its other European sites and would put in place "a social plan that goes well beyond legal requirements."

The town's mayor, Bernadette Klein, said the closure would be "a catastrophe" for a community of 9,000 people where the plant is by far the largest employer.

"Every family here has someone who works at the plant or for a subcontractor. The bakery, the cafes, the schools - everything depends on it," Klein told The Associated Press.

French Industry Minister Laurent Peyrac said the government would "look at every option," including finding a new buyer, and summoned Halvard executives to Paris for talks next week. He did not rule out temporary state ownership.

Union representative Nadia Boukhris, of the Metalworkers' Federation, said workers would maintain the blockade until they received guarantees. "Not one ton of steel leaves this site until we know what happens to us," she said.

A police officer at the scene, who was not authorized to speak publicly, said the protest had been largely peaceful. "They are angry, but they are not looking for a fight with us," the officer said.

Lorraine was once the heart of France's steel industry, employing more than 100,000 workers in the 1960s. Decades of closures have left many towns in the region with high unemployment and a growing vote for the far right.""",
        [
            ("no viable path", "Halvard Steel Group"),
            ("They promised us investment. They", "Patrick Schneider"),
            ("a social plan that goes", "Halvard Steel Group"),
            ("a catastrophe", "Bernadette Klein"),
            ("Every family here has someone", "Bernadette Klein"),
            ("look at every option,", "Laurent Peyrac"),
            ("Not one ton of steel", "Nadia Boukhris"),
            ("They are angry, but they", "police officer"),
        ],
    ),
    (
        """Belgian general strike grounds flights and shuts ports over pensions overhaul

Henrik Olsen in Brussels

A nationwide strike against Belgium’s pension reforms brought much of the country to a standstill on Tuesday, grounding all departing flights from its main airport, halting container traffic at its largest ports and shutting schools and public offices.

The 24-hour stoppage, called jointly by the country’s three union confederations, is the biggest since prime minister Dirk Vanhoutte’s five-party coalition took office last year promising to rein in one of the highest budget deficits in the eurozone.

At the heart of the dispute is a plan to introduce a so-called “malus” — a reduction in pension payments for workers who retire before 67 without a full 42-year career — and to bring the generous regimes of public-sector employees closer into line with those of the private sector.

“This is not a strike against a government, it’s a strike for the next generation,” said Ann Verbruggen, president of the General Federation of Belgian Labour. “People who started working at 18 in a factory are being told to work until they drop.”

Brussels Aviation Group, which runs the airport, said all 480 scheduled departures had been cancelled because there were “not enough security staff to guarantee safe operations”. About half of arriving flights were also scrapped.

Vanhoutte, a Flemish Christian Democrat, has insisted the reform will not be withdrawn. Addressing parliament last week, he pointed to a central bank study, “Ageing and Public Finances 2035”, which projected that pension spending would rise by almost 2 percentage points of gross domestic product over the next decade.

“We are not going to abandon a reform that is essential for the sustainability of our public finances,” he told MPs. He added: “Those who say there is an alternative have never shown us the numbers.”

According to one senior government official, the coalition could offer concessions on how the penalty is calculated for people in physically demanding jobs, “but the core of the reform stays”.

Employers have grown increasingly frustrated with the pace of industrial action, which has included monthly strike days since the spring. Pieter Claes, chief executive of the Belgian Employers’ Council, estimated that each national strike cost the economy close to €1bn.

“Investors look at Belgium and they see a country that cannot reform without paralysing itself every four weeks,” he said. “That is a very bad advertisement.”

Economists are divided over the reform’s impact. Katrien De Smet, chief economist at Ghent-based bank Scheldt Capital, said the measures were “necessary but not sufficient” to stabilise public debt, which stands at about 105 per cent of GDP.

Unions have announced a further national demonstration in Brussels in January and have not ruled out an open-ended strike on the railways.""",
        [
            ("This is not a strike", "Ann Verbruggen"),
            ("People who started working at", "Ann Verbruggen"),
            ("not enough security staff to", "Brussels Aviation Group"),
            ("We are not going to", "Dirk Vanhoutte"),
            ("Those who say there is", "Dirk Vanhoutte"),
            ("but the core of the", "senior government official"),
            ("Investors look at Belgium and", "Pieter Claes"),
            ("That is a very bad", "Pieter Claes"),
            ("necessary but not sufficient", "Katrien De Smet"),
        ],
    ),
]
