CASES = [
    (
        """Portuguese ground handlers strike, forcing hundreds of cancellations at Alcantra hub

By Inês Correia and Mark Holloway

LISBON, June 14 (Reuters) - More than 200 flights were cancelled at Alcantra International Airport on Friday as ground handling staff walked out over pay, stranding thousands of passengers at the start of Portugal's peak summer travel season.

The 48-hour strike was called by the SITAV union, which represents about 3,000 baggage handlers, ramp agents and check-in staff employed by Groundlink Portugal, the airport's main handling contractor.

"Our members have lost almost a fifth of their purchasing power in three years, and the company has offered them crumbs," Rui Sampaio, SITAV's general secretary, told reporters outside the departures terminal. "We did not want to be here in June, but we were left with no choice."

Groundlink said it had offered a 4.5% increase this year and a further 3% in 2025, which it described as "fair and sustainable given the margins in this business". The company said it remained open to talks but would not negotiate "under the pressure of a strike".

Airport operator Aeroportos do Atlântico (AdA) said about 40% of scheduled departures had been cancelled by midday, with long queues forming at check-in desks and baggage reclaim.

"We are asking passengers not to travel to the airport unless their airline has confirmed that their flight is operating," an AdA spokeswoman said.

Lusavia, the country's largest carrier, cut 86 flights and said it was rebooking customers on later services or on flights from other Portuguese airports where possible.

Lusavia Chief Executive Helena Marques said the strike would cost the airline "several million euros a day" and urged the government to intervene. "This is not a dispute we are party to, yet our customers are paying the price," she said in a statement.

Under European Union rules, airlines are generally not required to pay compensation for cancellations caused by strikes at third-party contractors, which are usually treated as extraordinary circumstances. They must still offer rebooking or a refund, as well as meals and accommodation where needed.

"Passengers have the right to care whatever the cause of the disruption, and airlines cannot simply tell people to go home," said Marta Leitão, a lawyer at consumer association Consumo Justo.

Infrastructure Minister Paulo Arruda said on Thursday the government would not impose minimum services beyond those already agreed, but called on both sides "to return to the table immediately".

One Groundlink manager, who asked not to be named because he was not authorised to speak to the media, said the company had brought in temporary staff to handle priority flights but that "there is only so much you can do with people who have never loaded an aircraft".

SITAV has said it will call further stoppages in July if no agreement is reached.

(Reporting by Inês Correia in Lisbon and Mark Holloway in London; Editing by Susan Fairley)""",
        [
            ("Our members have lost almost", "Rui Sampaio"),
            ("We did not want to", "Rui Sampaio"),
            ("fair and sustainable given the", "Groundlink Portugal"),
            ("under the pressure of a", "Groundlink Portugal"),
            ("We are asking passengers not", "spokeswoman"),
            ("several million euros a day", "Helena Marques"),
            ("This is not a dispute", "Helena Marques"),
            ("Passengers have the right to", "Marta Leitão"),
            ("to return to the table", "Paulo Arruda"),
            ("there is only so much", "Groundlink manager"),
        ],
    ),
    (
        """German rail strike halts long-distance services for third time this year

Drivers’ union rejects arbitration as Nordbahn warns of €100mn hit

Katrin Albers in Halstedt

Germany’s largest rail operator cancelled four in five long-distance trains on Wednesday as train drivers began a 72-hour strike, the third walkout this year in a dispute over working hours that has become a test of the government’s patience with the country’s transport unions.

Nordbahn, the state-owned group that runs most intercity and many regional services, said only an emergency timetable was operating. Freight traffic was also severely disrupted, with about 300 cargo trains held in sidings.

The Gewerkschaft Lokführer und Zugpersonal (GLZ), which represents about 40,000 drivers and conductors, is demanding a reduction of the working week from 38 hours to 35 without loss of pay. Nordbahn has offered 36 hours by 2028, along with a pay rise of 11 per cent over two years.

“We have been patient for six months,” said Werner Haubold, the union’s combative leader. “Nordbahn’s management thinks it can wait us out. It cannot.”

Haubold, who is due to retire next year, told a rally at Halstedt central station that the union would not accept arbitration “on terms written by the employer”, and warned that further strikes could follow at short notice.

Nordbahn’s head of personnel, Sabine Oertel, called the strike “completely disproportionate” and said the company had made “the most generous offer in its history”.

“Every day of strike action costs us more than €30mn and, more importantly, it costs us our passengers’ trust,” she said. “The GLZ leadership is putting its own prestige above the interests of its members.”

Nordbahn has estimated the total cost of the three strikes at more than €100mn, at a time when the group is already under pressure to cut debts of about €34bn and modernise an ageing network that has pushed punctuality to its worst level in two decades. Only 63 per cent of long-distance trains arrived on time last year.

The transport ministry said it was “following developments closely” but would not interfere in collective bargaining, which is protected under the German constitution. However, two people familiar with the government’s thinking said officials were discussing whether to legislate for mandatory arbitration in critical infrastructure.

Business groups have grown increasingly vocal. The Federation of German Logistics Companies said in a letter to the chancellor that the strikes were “doing lasting damage to Germany as an industrial location”, adding that several members had shifted freight back on to lorries.

Analysts said the dispute was unlikely to be resolved quickly. “Both sides have painted themselves into a corner,” said Jan-Philipp Krenz, transport analyst at Meridian Bank in Frankfurt. “The union needs a headline win on hours and Nordbahn cannot afford to concede one without triggering demands from its other unions.”

Passengers holding tickets for travel during the strike can use them on any later date or claim a full refund, Nordbahn said.""",
        [
            ("We have been patient for", "Werner Haubold"),
            ("Nordbahn’s management thinks it can", "Werner Haubold"),
            ("on terms written by the", "Werner Haubold"),
            ("completely disproportionate", "Sabine Oertel"),
            ("the most generous offer in", "Sabine Oertel"),
            ("Every day of strike action", "Sabine Oertel"),
            ("The GLZ leadership is putting", "Sabine Oertel"),
            ("following developments closely", "transport ministry"),
            ("doing lasting damage to Germany", "Federation of German Logistics Companies"),
            ("Both sides have painted themselves", "Jan-Philipp Krenz"),
            ("The union needs a headline", "Jan-Philipp Krenz"),
        ],
    ),
    (
        """Corvina Air Sets Aside €120 Million as EU Court Ruling Fuels Delay Claims

By Tomasz Wierzbicki

(Bloomberg) -- Corvina Air Ltd., the Hungarian discount carrier, set aside €120 million ($130 million) to cover passenger compensation claims after a European court ruling widened the range of delays for which airlines must pay, sending its shares down as much as 9% in Budapest trading.

The provision, disclosed alongside first-half results on Tuesday, follows a decision last month by the Court of Justice of the European Union that airlines can't cite staff shortages at their own maintenance contractors as an "extraordinary circumstance" to avoid payouts.

"We think the ruling is wrong, and it will ultimately be paid for by passengers through higher fares," Chief Executive Officer András Fekete said on a call with analysts. "But it is the law, and we are going to comply with it."

Fekete said the carrier had received about 410,000 claims in the first six months, up 38% from a year earlier, many of them filed through claims-management companies that keep as much as 35% of any payout. Those firms are "feeding off a system that was designed to protect travelers, not lawyers," he said.

Under EU regulation 261/2004, passengers are entitled to between €250 and €600 for arrival delays of more than three hours, depending on flight distance, unless the airline can show the disruption was caused by circumstances beyond its control, such as storms or air traffic control strikes.

Net income for the six months fell 22% to €184 million, below the €215 million average estimate of analysts surveyed by Bloomberg. Revenue rose 9% to €2.1 billion, helped by higher average fares. Chief Financial Officer Lena Kovács said the balance sheet was "more than strong enough" to absorb the charge and that the company's dividend policy was unchanged.

"The provision is larger than we expected, and the market is right to ask whether it's a one-off," said Clara Beaumont, an analyst at Harwell Securities in London. She said other low-cost carriers that outsource much of their maintenance could face similar claims.

The European Low Fares Carriers Association, a lobby group that counts Corvina among its members, said in an emailed statement that the court's decision "creates legal uncertainty and rewards the claims industry at the expense of consumers." It urged EU lawmakers to complete a long-stalled revision of the passenger-rights rules.

Consumer advocates welcomed the ruling. "For years airlines have stretched the definition of extraordinary circumstances to breaking point," said Pieter Van Damme, director of the Brussels-based Passenger Rights Network. "The court has simply reminded them that running an airline includes making sure you have enough engineers."

Corvina, which flies about 50 million passengers a year from 30 bases across central and eastern Europe, kept its full-year traffic target unchanged but said it would update cost guidance in October. A spokesman declined to comment on whether the company would challenge related cases pending in national courts.

--With assistance from Zoltán Hegedűs.""",
        [
            ("We think the ruling is", "András Fekete"),
            ("But it is the law", "András Fekete"),
            ("feeding off a system that", "András Fekete"),
            ("more than strong enough", "Lena Kovács"),
            ("The provision is larger than", "Clara Beaumont"),
            ("creates legal uncertainty and rewards", "European Low Fares Carriers Association"),
            ("For years airlines have stretched", "Pieter Van Damme"),
            ("The court has simply reminded", "Pieter Van Damme"),
        ],
    ),
    (
        """Brightwing cancels 400 flights as French air traffic control strike bites

By Harriet Doyle

Brightwing Airways has cancelled more than 400 flights over two days as a strike by French air traffic controllers disrupts services across Europe, with the airline accusing the French government of 'holding British holidaymakers hostage'.

The walkout, called by the Syndicat des Contrôleurs Aériens Français (SCAF) over staffing levels and pension reforms, began at 6am on Thursday and is due to end on Saturday morning. France's air navigation authority has asked airlines to reduce schedules at several airports in the south of the country by up to 50%.

Brightwing chief executive Simon Ashcroft said the airline's flights to Spain, Italy and Greece were being hit even though they did not take off or land in France, because they pass through French airspace.

'It is completely unacceptable that flights between Manchester and Málaga are cancelled because of a dispute in France,' he said. 'Other countries protect overflights during strikes. France refuses to, and it is British families who pay the price.'

Ashcroft called on the European Commission to require member states to guarantee overflights during industrial action, and said more than 1.2 million people had signed the airline's 'Keep Europe's Skies Open' petition.

In a statement, the airline said: 'We are deeply sorry to customers whose travel plans have been disrupted. We are contacting everyone affected by email and SMS with options to rebook free of charge or receive a full refund.'

The Association of British Travel Operators said holidaymakers with package bookings were protected. 'Anyone on a package holiday should speak to their travel company, which has a legal duty to help,' a spokeswoman said.

Eastmoor Airport, one of Brightwing's largest bases, said its terminals were busy but operating normally. A spokesman for the airport said: 'We would advise passengers to check the status of their flight with their airline before leaving home.'

SCAF said the strike was a last resort. In a statement, the union said controllers were being asked to 'do more with fewer people every summer' and that safety margins were 'being eroded year after year'.

Passengers whose flights are cancelled because of air traffic control strikes are not usually entitled to compensation under UK261, as such strikes are considered extraordinary circumstances beyond the airline's control. Airlines must, however, offer rerouting or a refund, and provide meals and hotel accommodation where necessary.

Aviation consultant Gerald Finch, a former air traffic controller, said the problem was structural. 'Europe's airspace is managed by dozens of national providers, and when one of them stops, the whole network feels it,' he said. 'Until governments accept a genuinely single European sky, we will be having this conversation every summer.'""",
        [
            ("holding British holidaymakers hostage", "Simon Ashcroft"),
            ("It is completely unacceptable that", "Simon Ashcroft"),
            ("Other countries protect overflights during", "Simon Ashcroft"),
            ("We are deeply sorry to", "Brightwing Airways"),
            ("Anyone on a package holiday", "spokeswoman"),
            ("We would advise passengers to", "spokesman"),
            ("do more with fewer people", "Syndicat des Contrôleurs Aériens Français"),
            ("being eroded year after year", "Syndicat des Contrôleurs Aériens Français"),
            ("Europe's airspace is managed by", "Gerald Finch"),
            ("Until governments accept a genuinely", "Gerald Finch"),
        ],
    ),
    (
        """EU capitals water down passenger rights overhaul as airlines claim victory

Ministers back five-hour delay threshold, setting up showdown with Parliament.

By Lucía Ferrer

BRUSSELS — EU transport ministers on Thursday agreed to raise the delay threshold for flight compensation from three hours to five, handing airlines a long-sought win and setting up a clash with the European Parliament.

Under the Council’s position, passengers on flights of up to 3,500 kilometers would be entitled to €300 after a delay of five hours, while those on longer routes would have to wait nine hours for €500. The current rules, in force since 2005, pay out between €250 and €600 after three hours.

“This is a balanced outcome that protects passengers while recognizing the operational reality airlines face every day,” said Henrik Vall, the Swedish infrastructure minister, who chaired the meeting.

But the deal drew immediate fire from consumer groups and lawmakers. “Ministers have just told millions of travelers that their time is worth less than an airline’s balance sheet,” said Ana Rebelo, a Portuguese Socialist MEP who leads Parliament’s work on the file.

Parliament has long insisted on keeping the three-hour threshold, and the two institutions must now agree on a common text before any changes can take effect. Rebelo said she would not accept “anything that takes Europe backwards.”

“We have a mandate from the plenary, and it is very clear. Three hours is three hours,” she told reporters after the vote.

Four countries voted against the text, according to two EU diplomats. One diplomat from a country that opposed the deal said the presidency had “rushed the file through to get a result before the summer break,” adding: “We will see how long this survives contact with Parliament.”

Airlines were quick to welcome the outcome. The European Airline Council, which represents the continent’s biggest carrier groups, said in a statement that the text was “a long-overdue step towards rules that reflect how aviation really works.”

Its director general, Marc-Olivier Duret, went further. “The three-hour rule perversely incentivizes cancellation over delay, because a canceled flight is often cheaper for an airline than a late one,” he said. “Today’s agreement fixes that.”

Consumer groups see it differently. The European Consumer Travel Alliance called the Council’s position “the biggest rollback of passenger rights in two decades” and urged MEPs to hold firm.

The European Commission, whose original 2013 proposal also included a five-hour threshold, has kept a low profile. A Commission spokesperson said the EU executive “takes note” of the ministers’ position and would “act as an honest broker between the co-legislators” in the coming negotiations.

Talks between the Council and Parliament are expected to begin in the autumn, though diplomats cautioned that an agreement before the end of the year was unlikely.""",
        [
            ("This is a balanced outcome", "Henrik Vall"),
            ("Ministers have just told millions", "Ana Rebelo"),
            ("anything that takes Europe backwards", "Ana Rebelo"),
            ("We have a mandate from", "Ana Rebelo"),
            ("rushed the file through to", "diplomat from a country that opposed the deal"),
            ("We will see how long", "diplomat from a country that opposed the deal"),
            ("a long-overdue step towards rules", "European Airline Council"),
            ("The three-hour rule perversely incentivizes", "Marc-Olivier Duret"),
            ("Today’s agreement fixes that", "Marc-Olivier Duret"),
            ("the biggest rollback of passenger", "European Consumer Travel Alliance"),
            ("takes note", "spokesperson"),
            ("act as an honest broker", "spokesperson"),
        ],
    ),
    (
        """Veldhaven flight cap will go ahead despite airline anger, minister says

Infrastructure minister Joost van Eerden has confirmed that the number of flights at Veldhaven Airport will be cut from 460,000 to 430,000 a year from next April, brushing aside threats of legal action from airlines and objections from several foreign governments.

"The people who live around this airport have waited long enough," Van Eerden told MPs during a debate on Wednesday evening. "For years they were promised that growth would go hand in hand with less noise. That promise was not kept."

The cap must still be approved by the European Commission, which will check whether the Dutch government has followed the EU's "balanced approach" procedure, requiring countries to consider quieter aircraft and other measures before cutting flights.

Lowlands Airways, which operates more than half of all flights at Veldhaven, said it was "deeply disappointed" and was studying the decision with its lawyers. The airline estimates the cut will cost around 3,000 jobs at the carrier and its suppliers.

"We have invested billions in quieter aircraft precisely to avoid this outcome," chief executive Marieke Dekker said in a statement. "The government is punishing the cleanest fleet in Europe while airlines at neighbouring airports carry on as before."

The Airline Operators Council Netherlands, which represents foreign carriers, said the plan breached aviation agreements with countries outside the EU and would "inevitably lead to retaliation against Dutch carriers abroad".

Residents' groups, however, said the reduction did not go far enough. "Our members are woken up at six in the morning, six days a week," said Ria Hoekstra, chairwoman of the Stille Lucht (Quiet Skies) foundation. "Thirty thousand fewer flights is a start, not an end."

Veldhaven Airport Group, which runs the airport, said it "respects the decision" but warned that the long legal battle over the cap had created "uncertainty for the entire sector" and was delaying investment in a new terminal.

In parliament, the opposition Liberal Party accused the minister of putting the country's economy at risk. "This minister is sacrificing Veldhaven's position as a hub for a symbolic gesture," said Liberal MP Sander Bos. He said business travellers would "simply fly from Brussels or Düsseldorf instead" and the Netherlands would lose the jobs without saving any emissions.

Het Zakenblad reported on Thursday that officials expect Brussels to sign off on the plan by the end of the year. One official at the ministry told the paper the Commission was "unlikely to block" the cap as long as the government could show it had considered alternatives.

The reduction is a scaled-down version of an earlier plan to cut flights to 400,000, which was dropped last year after legal challenges by airlines.""",
        [
            ("The people who live around", "Joost van Eerden"),
            ("For years they were promised", "Joost van Eerden"),
            ("deeply disappointed", "Lowlands Airways"),
            ("We have invested billions in", "Marieke Dekker"),
            ("The government is punishing the", "Marieke Dekker"),
            ("inevitably lead to retaliation against", "Airline Operators Council Netherlands"),
            ("Our members are woken up", "Ria Hoekstra"),
            ("Thirty thousand fewer flights is", "Ria Hoekstra"),
            ("respects the decision", "Veldhaven Airport Group"),
            ("uncertainty for the entire sector", "Veldhaven Airport Group"),
            ("This minister is sacrificing Veldhaven's", "Sander Bos"),
            ("simply fly from Brussels or", "Sander Bos"),
            ("unlikely to block", "official at the ministry"),
        ],
    ),
    (
        """Fjordair scraps 250 flights as Norwegian and Danish pilots walk out

OSLO, Aug 5 - Fjordair, the Scandinavian airline part-owned by the Norwegian and Danish states, cancelled about 250 flights on Monday after pilots in both countries went on strike over pay and the carrier's growing use of leased crews, affecting some 30,000 passengers.

The strike, the first at the airline since 2019, began at midnight after state-mediated talks broke down shortly before the deadline. The pilots' unions say Fjordair has refused to guarantee that new aircraft will be flown by its own employees rather than by crews from external "wet-lease" operators.

"We have gone as far as we possibly can," Fjordair Chief Executive Lars Ekholm told a news conference at the airline's headquarters in Gardvik. "The unions' demands would lock us into a cost base that makes it impossible to compete with low-cost carriers in our own home markets.

"I want to apologise to every customer who has had their plans ruined today. We will do everything we can to get them where they need to go."

Erik Sandvold, head of the Fjordair pilots' association in Norway, said the company had "used mediation as a delaying tactic" and had made no serious offer on job security.

"This is about whether Fjordair wants to be an airline with its own pilots, or a brand that hires planes and people by the hour," he told reporters outside the mediator's office.

The Danish Airline Pilots' Guild said in a statement that its members were "ready to return to work the moment management takes our concerns seriously".

State mediator Kari Lunde said no new talks had been scheduled. "The parties are still far apart on the central questions," she said, adding that she would contact both sides again on Tuesday.

Fjordair shares fell 6.1% in Oslo, their biggest one-day drop since March.

"Every day of strike costs Fjordair around 80 million Norwegian crowns in lost revenue," said Henrik Aas, an analyst at Nordvik Markets. "They have a thin liquidity buffer after the restructuring, so the company cannot sit this out for weeks."

At the main terminal, long queues formed at rebooking desks. "We were supposed to be in Crete tonight with the kids," said Maja Lindström, a teacher from Vesterhaug who was travelling with her family of four. "Now they are telling us maybe Thursday."

Because the strike involves the airline's own staff, affected passengers are likely to be entitled to compensation under EU rules, following a 2021 ruling by the bloc's top court that such walkouts do not count as extraordinary circumstances.

Fjordair said customers on cancelled flights could rebook free of charge or request a refund on its website, and that it expected to operate around 30% of its schedule, mainly regional routes flown by partner airlines.

(Reporting by Terje Ulvestad; additional reporting by Camilla Holm in Copenhagen; Editing by David Evans)""",
        [
            ("We have gone as far", "Lars Ekholm"),
            ("The unions' demands would lock", "Lars Ekholm"),
            ("I want to apologise to", "Lars Ekholm"),
            ("used mediation as a delaying", "Erik Sandvold"),
            ("This is about whether Fjordair", "Erik Sandvold"),
            ("ready to return to work", "Danish Airline Pilots' Guild"),
            ("The parties are still far", "Kari Lunde"),
            ("Every day of strike costs", "Henrik Aas"),
            ("They have a thin liquidity", "Henrik Aas"),
            ("We were supposed to be", "Maja Lindström"),
            ("Now they are telling us", "Maja Lindström"),
        ],
    ),
    (
        """Italy braces for transport strike as unions challenge government curbs

By Giulia Ferraro

ROME, Oct 16 - Italy's trains, planes and local buses face a day of disruption on Friday as unions press ahead with a nationwide transport strike, despite a government order to cut it short.

Transport Minister Carlo Benedetti on Wednesday signed an order limiting the stoppage to four hours, arguing that a full-day walkout would cause "unacceptable harm" to millions of commuters. Unions said they would challenge the order before an administrative court, which is expected to rule on Thursday.

"The right to strike is written into the constitution, and no minister can cancel it with a signature," said Daniela Ruggiero, general secretary of the transport workers' federation FTL-Uniti. "We will strike, and we will strike for the full 24 hours.

"Our members have seen their wages frozen while fares go up every year. If the minister wants to talk about harm, let him talk about that."

Benedetti defended the decision in a post on social media: "Italians who work deserve to get to work. Strikes on Fridays that turn into long weekends are not a protest, they are a habit."

He later told reporters in parliament that the government was "ready to meet the unions next week, but not with a gun to our heads".

National rail operator Treni Nazionali said it expected to run around half of its high-speed Saetta services and that regional trains would be guaranteed between 6 a.m. and 9 a.m. and between 6 p.m. and 9 p.m., as required by law. Passengers who decide not to travel can request "a full refund up to the scheduled departure time of the train", the company said on its website.

A senior manager at Treni Nazionali, speaking on condition of anonymity, said the company had asked staff who were not striking to cover extra shifts, but that "on days like this, half the network depends on a few hundred people deciding to come in".

Airlines are also expected to be hit, as some air traffic and ground handling staff join the walkout between 10 a.m. and 6 p.m. Altavia, Italy's largest carrier, cancelled 64 domestic and European flights. "We regret the inconvenience and are doing everything possible to limit the impact on our passengers," the airline said.

Friday's stoppage will be the 14th national transport strike of the year, according to figures from the strike guarantee commission, the body that oversees industrial action in essential services.

Consumer group Associazione Utenti Trasporti said in its annual report, "Il viaggio negato" (The Denied Journey), that commuters in the country's largest cities lose "an average of 11 working hours a year" to strikes and service disruptions.

Business leaders have also voiced frustration. "Every strike day costs our members in lost deliveries and missed meetings, and it sends a terrible signal to foreign investors," said Franco Villa, president of the northern business association Impresa Nord.

(Reporting by Giulia Ferraro; Editing by Keith Mallory)""",
        [
            ("unacceptable harm", "Carlo Benedetti"),
            ("The right to strike is", "Daniela Ruggiero"),
            ("We will strike, and we", "Daniela Ruggiero"),
            ("Our members have seen their", "Daniela Ruggiero"),
            ("Italians who work deserve to", "Carlo Benedetti"),
            ("ready to meet the unions", "Carlo Benedetti"),
            ("a full refund up to", "Treni Nazionali"),
            ("on days like this, half", "senior manager at Treni Nazionali"),
            ("We regret the inconvenience and", "Altavia"),
            ("an average of 11 working", "Associazione Utenti Trasporti"),
            ("Every strike day costs our", "Franco Villa"),
        ],
    ),
]
