CASES = [
    (
        """Sweden to seek EU funds for Arctic rail freight link as mineral exports grow

By Karin Holmqvist

STOCKHOLM, March 12 - Sweden will apply for European Union funding to double-track a 140-kilometre stretch of the freight line between Storberget and Kallvik, the government said on Tuesday, as rising iron ore and battery-mineral output strains the country's northernmost railway.

Infrastructure Minister Anders Lindqvist told reporters the application, to be submitted to the European Commission's Connecting Europe Facility before the June deadline, would seek to cover up to half of an estimated 11 billion crowns ($1.05 billion) in construction costs.

"The line is running at the edge of its capacity today, and the volumes we expect by 2030 are roughly double," Lindqvist said. "Without a second track, we simply cannot move that ore to the ports."

The single-track line, which carries ore trains from state miner Norrbotten Malm to the Norwegian port of Skjervik and the Swedish port of Kallvik, was closed for nine days last winter after a derailment near Vittjärv, halting shipments and costing exporters an estimated 400 million crowns.

Norrbotten Malm welcomed the plan but said work needed to start sooner. "Every year of delay is a year in which we are shipping less than we produce," chief executive Maria Edström said in a statement.

The Swedish Transport Administration, which owns the track, has put the earliest possible start of construction at 2027, citing environmental permitting and the need to route parts of the line around reindeer migration corridors.

Sami herding communities in the area have said they were not adequately consulted. Per-Ola Jannok, chairman of the Suorvajávri reindeer herding district, said the group would "use every legal means" to ensure the new track did not cut off winter grazing land.

"We have heard promises about dialogue before," he said. "What we need is a route that works for the animals, not a meeting after the decision is made."

A spokeswoman for the ministry said consultations would begin in April and that no route had been finalised.

Brussels has made freight-rail capacity a priority under its revised trans-European transport network (TEN-T) rules, which require core corridors to handle 740-metre trains by 2040. An EU official familiar with the funding round said competition for the money was "fierce this year", with more than 300 applications expected from across the bloc.

Analysts said the project's strategic importance could tip the balance in Sweden's favour.

"The Commission has been quite explicit that critical raw materials supply chains matter," said Johan Berg, a transport economist at Nordic Infrastructure Research in Uppsala. "A railway that carries battery minerals out of the Arctic fits that story very well."

(Reporting by Karin Holmqvist; Editing by Mark Delaney)""",
        [
            ("The line is running at the", "Anders Lindqvist"),
            ("Without a second track, we", "Anders Lindqvist"),
            ("Every year of delay is", "Maria Edström"),
            ("use every legal means", "Per-Ola Jannok"),
            ("We have heard promises about", "Per-Ola Jannok"),
            ("What we need is a route", "Per-Ola Jannok"),
            ("fierce this year", "EU official familiar with the funding round"),
            ("The Commission has been quite explicit", "Johan Berg"),
            ("A railway that carries battery", "Johan Berg"),
        ],
    ),
    (
        """Denmark reworks offshore wind tender after zero-bid round

By Sofie Riis Andersen

Denmark will redesign its next offshore wind tender to include a state revenue guarantee, after last December’s auction for 3GW across three North Sea sites failed to attract a single bid.

The Danish Energy Directorate said on Thursday that the revised model would offer two-sided contracts for difference (CfDs), replacing the previous “no-subsidy” framework under which developers were expected to pay the state for seabed rights.

Climate minister Rasmus Kjærgaard said the government had “listened carefully” to the industry since the failed round. “We designed a tender for a market that no longer exists,” he told a press conference in Copenhagen. “Interest rates, turbine prices and supply chain costs have all moved against us, and we have to be honest about that.”

Developers had warned for months that the terms were unworkable. Henrik Brask, head of offshore development at Vestkyst Energi, one of five companies that had pre-qualified for the December round, said the revision was “the right direction, but late”.

“We lost more than a year,” Brask told this publication. “The projects are good and the wind resource is excellent. But no board in Europe would sign off on an uncapped risk of that size.”

The directorate has not yet published the strike price ceiling or the length of the contracts. According to a draft consultation document seen by this publication, the state is considering 20-year terms with annual indexation to consumer prices, and a cap on the total support budget of DKK 28bn.

The Danish Offshore Wind Association said in a written response that it would study the details before taking a position. “A CfD on paper is not the same as a bankable CfD,” the association said. “Everything now depends on the ceiling price and the penalty regime for late delivery.”

Some economists are sceptical of the shift. Lærke Mogensen, an energy economist at the University of Aalbæk, argued that guaranteeing revenues would simply move risk from developers to taxpayers.

“The state is essentially promising to underwrite the price of power for two decades,” she said. “That can be justified, but it should be called what it is: a subsidy.”

The government aims to have the new tender open by the autumn, with awards in the first half of next year. Kjærgaard said he was confident that the sites, which lie between 40km and 80km off the west coast of Jutland, would attract “several serious bidders” this time.

The failed Danish auction was one of several setbacks for European offshore wind last year, with developers in the UK, Germany and the Netherlands writing down projects or handing back seabed leases as costs rose.""",
        [
            ("listened carefully", "Rasmus Kjærgaard"),
            ("We designed a tender for", "Rasmus Kjærgaard"),
            ("Interest rates, turbine prices and", "Rasmus Kjærgaard"),
            ("the right direction, but late", "Henrik Brask"),
            ("We lost more than a", "Henrik Brask"),
            ("The projects are good and", "Henrik Brask"),
            ("A CfD on paper is", "Danish Offshore Wind Association"),
            ("Everything now depends on the", "Danish Offshore Wind Association"),
            ("The state is essentially promising", "Lærke Mogensen"),
            ("That can be justified, but", "Lærke Mogensen"),
            ("several serious bidders", "Rasmus Kjærgaard"),
        ],
    ),
    (
        """Norway sets zero-emission deadline for fjord ferries and cruise ships

Norway's parliament has approved a requirement that all passenger ferries and cruise ships operating in its protected fjords run on zero-emission power from 2030, ending months of wrangling between the government and the shipping industry.

The measure, passed by 94 votes to 75 on Tuesday, applies to vessels under 10,000 gross tonnes from 2030 and to larger ships from 2032. It extends to 11 further fjords a rule that had previously covered only two.

Climate and environment minister Ingrid Solheim Dahl described the vote as 'a clear signal to the shipping world'. She said: 'The fjords are not just a tourist attraction. They are living ecosystems and communities, and the air people breathe there should be as clean as anywhere in Norway.'

The Norwegian Coastal Shipping Association said it supported the goal but warned that shore power and charging capacity in smaller ports was lagging far behind.

'Our members are ready to order the ships,' said Siri Vatne, the association's director of environment. 'What we cannot do is build the grid connections. If the power is not at the quay in 2030, the ferries will be sitting idle.'

According to the association, at least 23 ports would need new high-voltage connections, and grid operators have indicated waiting times of up to seven years in some areas.

The cruise industry reacted more sharply. A spokesman for the European Cruise Operators Forum said the timeline was 'unrealistic for large vessels' and could push itineraries towards Iceland, Scotland and the Faroe Islands.

'No ship of that size can sail the full length of a fjord on batteries today,' the spokesman said. 'We are investing in hydrogen and ammonia, but those technologies will not be commercially available at scale by 2032.'

Local politicians in the affected municipalities were divided. Terje Holmøy, mayor of Lysøyra, a village of 800 people that receives more than 150 cruise calls a year, said the rule was 'long overdue'.

'On a summer day we can have four ships in the harbour and you can see the smoke hanging over the valley,' he said. 'People here have been asking for this for fifteen years.'

However, an official in a neighbouring municipality, who asked not to be named because the council has yet to adopt a position, said the loss of cruise revenue could force cuts to local services. 'Tourism is half of our tax base,' the official said. 'Clean air is good, but so are schools.'

The government has earmarked NOK 1.2bn for port electrification over the next four years through its Green Harbour fund. Solheim Dahl said more money could follow 'if the need is documented'.""",
        [
            ("a clear signal to the", "Ingrid Solheim Dahl"),
            ("The fjords are not just", "Ingrid Solheim Dahl"),
            ("Our members are ready to", "Siri Vatne"),
            ("What we cannot do is", "Siri Vatne"),
            ("unrealistic for large vessels", "spokesman"),
            ("No ship of that size", "spokesman"),
            ("We are investing in hydrogen", "spokesman"),
            ("long overdue", "Terje Holmøy"),
            ("On a summer day we", "Terje Holmøy"),
            ("People here have been asking", "Terje Holmøy"),
            ("Tourism is half of our", "official in a neighbouring municipality"),
            ("Clean air is good, but", "official in a neighbouring municipality"),
            ("if the need is documented", "Ingrid Solheim Dahl"),
        ],
    ),
    (
        """EU capitals split over delaying carbon price on fuel and heating

By Tomas Verhoeven | Brussels

A group of eleven member states is pushing to postpone the launch of the EU's second emissions trading system (ETS2), which will put a carbon price on road fuel and heating from 2027, warning that households are not ready for higher energy bills.

In a joint letter to the European Commission dated 3 June, the eleven governments wrote that the system risked "a political backlash that could undermine the entire climate architecture of the Union" and asked for a delay of at least two years.

A diplomat from one of the signatory countries, speaking on condition of anonymity, said: "We are not questioning the objective. We are questioning whether you can introduce a new price on petrol in the middle of a cost-of-living crisis and expect people to accept it."

The Nordic countries, which already levy high national carbon taxes on fuels, are among the strongest opponents of any delay. Finland's environment minister, Mikko Saarinen, said moving the date would "reward those who did nothing" and penalise countries that had already adjusted.

"We have had a carbon tax on transport fuels since the 1990s and our economy has grown," Saarinen said on the sidelines of the Environment Council in Luxembourg. "The Social Climate Fund exists precisely to help vulnerable households. Let's use it instead of moving the goalposts."

The Commission has so far resisted calls to reopen the legislation. "The date is set in law, and the Commission's task is to implement the law," a Commission spokesperson said on Monday, adding that the executive was "in close contact" with member states on preparations.

ETS2 was agreed in 2023 as part of the bloc's climate package. It includes a price stabilisation mechanism designed to release extra allowances if prices exceed €45 per tonne, a safeguard that supporters say already addresses the concerns raised in the letter.

Within the European Parliament, the issue has cut across party lines. Dutch centre-right MEP Joris van Aalst, who helped negotiate the original law, said he was "open to discussing flexibilities" but opposed a blanket delay.

"If we postpone now, the signal to investors in heat pumps and electric vehicles is terrible," he said. "They will ask why they should trust any date we put in legislation."

Danish Green MEP Katrin Lund was blunter: "This letter is an attempt to kill ETS2 by stealth. Everyone in this building knows it."

The Brussels-based Centre for Climate and Energy Transition estimated in a report last month that a carbon price of €50 per tonne would add about 12 cents per litre to petrol prices and roughly €150 a year to the heating bill of an average gas-heated home.

"The distributional impacts are real, but they are manageable if revenues are recycled properly," said Aurélie Dubois, a senior fellow at the centre.

Environment ministers are expected to return to the letter at their next meeting in October.""",
        [
            ("a political backlash that could", "group of eleven member states"),
            ("We are not questioning the", "diplomat from one of the signatory countries"),
            ("reward those who did nothing", "Mikko Saarinen"),
            ("We have had a carbon", "Mikko Saarinen"),
            ("The Social Climate Fund exists", "Mikko Saarinen"),
            ("The date is set in", "spokesperson"),
            ("in close contact", "spokesperson"),
            ("open to discussing flexibilities", "Joris van Aalst"),
            ("If we postpone now, the", "Joris van Aalst"),
            ("They will ask why they", "Joris van Aalst"),
            ("This letter is an attempt", "Katrin Lund"),
            ("The distributional impacts are real", "Aurélie Dubois"),
        ],
    ),
    (
        """Data centre heat to warm 40,000 homes in Vaaranlinna under new deal

Vaaranlinna Energia, the municipally owned utility in the south-eastern Finnish city of Vaaranlinna, has signed a 15-year agreement to buy waste heat from a data centre being built by the Danish-Finnish company Polarkant, the two companies announced on Wednesday.

Once the 120-megawatt facility is fully operational in 2028, its excess heat will be upgraded by large heat pumps and fed into the city's district heating network, covering the needs of roughly 40,000 homes, according to the utility.

"This is the single biggest step we can take toward emissions-free heating," said Vaaranlinna Energia CEO Jukka Heinonen. "It allows us to retire the Kuusela plant, which burns wood chips and, on the coldest days, heavy fuel oil."

Heinonen said the company would invest around 90 million euros in heat pumps, pipelines and a thermal storage tank.

Polarkant's chief operating officer, Mette Skov Laursen, said proximity to a district heating network had been one of the main criteria in choosing the site.

"For us, heat is not waste. It's a product," she said. "Customers increasingly ask us where the energy goes, and being able to say it heats a school or a hospital matters."

Not everyone in the city is enthusiastic. Residents of the nearby Lehtola neighbourhood have raised concerns about noise from cooling equipment and about the facility's electricity use, which will equal roughly a fifth of the city's total consumption.

Aino Karppinen, who chairs the Lehtola residents' association, said locals had learned about the project "mostly from the newspaper".

"Nobody is against recycling heat. But a building of this size next to a nature reserve is a big change, and we would have liked to be asked," Karppinen said.

City planning director Olli Rautio said the environmental impact assessment had found noise levels within legal limits, but that the city would require additional screening along the reserve's edge.

Waste heat is becoming a mainstay of Finnish district heating as utilities phase out coal and reduce their use of wood. According to the Finnish District Heating Association, around a third of district heat in the country's largest cities could come from waste heat and heat pumps by 2035.

The association's head of policy, Timo Laakso, put it bluntly: "Burning things to make heat is becoming the exception, not the rule."

Electricity supply remains a bottleneck. Regional grid operator Itäverkko Oy said in a statement that the data centre's connection had been approved, but that "reinforcements to the regional 110-kilovolt network" would be needed before the facility could run at full capacity. The work is scheduled to be completed in 2027.""",
        [
            ("This is the single biggest", "Jukka Heinonen"),
            ("It allows us to retire", "Jukka Heinonen"),
            ("For us, heat is not", "Mette Skov Laursen"),
            ("Customers increasingly ask us where", "Mette Skov Laursen"),
            ("mostly from the newspaper", "Aino Karppinen"),
            ("Nobody is against recycling heat", "Aino Karppinen"),
            ("Burning things to make heat", "Timo Laakso"),
            ("reinforcements to the regional 110-kilovolt", "Itäverkko Oy"),
        ],
    ),
    (
        """Baltic ferry operators warn ETS costs are feeding into freight rates

By Lars Nyberg, Helsinki

Ferry operators on the Baltic Sea say the phase-in of shipping into the EU Emissions Trading System is adding up to €14 per lane metre to freight rates this year, and warn that some smaller routes could close.

Figures compiled by the Baltic Ro-Pax Operators’ Group, which represents nine ferry companies, show that carbon costs on the busiest routes between Finland, Estonia, Sweden and Germany now account for between 6% and 9% of the price of carrying a typical trailer.

“We are passing these costs on because we have no choice,” said Kristjan Tamm, chief executive of Tallinn-based Saarelaev Lines and chairman of the group. “Our margins on freight are two to three percent. There is nothing to absorb a cost of this size.”

Tamm said his company had paid about €11m for allowances last year and expected the figure to nearly double as coverage rises to 100% of emissions. He argued that the burden fell unevenly on short-sea operators.

“A container ship from Asia pays for half of its voyage into Europe. We pay for every mile, because every mile we sail is inside Europe,” he said. “That is not a level playing field.

“If trailers go back onto the road because the ferry is too expensive, that is the exact opposite of what Brussels wants.”

The European Commission has argued that revenue from the shipping ETS will help fund the decarbonisation of the sector. An official at the Commission’s climate directorate said routes serving small islands already benefited from a temporary exemption and that the rules would be reviewed next year.

Some operators have sought to cut their exposure by investing in new tonnage. Swedish operator Gotvik Line took delivery in March of a methanol-ready ro-pax vessel and has ordered two battery-hybrid ships for its shorter crossings.

“The ETS has made the business case for new ships much easier,” said Gotvik Line’s technical director, Annika Sjöberg. “Five years ago a hybrid ship was an image project. Now it pays for itself.”

Shippers are less sanguine. The Finnish Exporters’ Logistics Council said in a submission to the Commission that Finland’s dependence on sea transport meant the country’s exporters faced “a structural disadvantage that no other member state bears to the same degree”.

According to the council, around 90% of Finland’s exports by volume leave the country by sea.

Ship brokers in Helsinki said freight rates had so far held up because of strong demand from the forest and steel industries. “The market has swallowed it for now,” one broker said. “The question is what happens when volumes soften.”""",
        [
            ("We are passing these costs", "Kristjan Tamm"),
            ("Our margins on freight are", "Kristjan Tamm"),
            ("A container ship from Asia", "Kristjan Tamm"),
            ("That is not a level", "Kristjan Tamm"),
            ("If trailers go back onto", "Kristjan Tamm"),
            ("The ETS has made the", "Annika Sjöberg"),
            ("Five years ago a hybrid", "Annika Sjöberg"),
            ("a structural disadvantage that no", "Finnish Exporters’ Logistics Council"),
            ("The market has swallowed it", "broker"),
            ("The question is what happens", "broker"),
        ],
    ),
    (
        """Norway to phase out VAT break on electric cars as EV share tops 90%

By Ingvild Sæther

OSLO, Oct 8 - Norway will begin phasing out the value-added tax exemption for electric cars next year, the government said in its budget proposal on Tuesday, arguing that the incentive had done its job in a market where nearly all new cars sold are fully electric.

Under the proposal, the VAT-free threshold for electric cars will be lowered from 500,000 crowns to 300,000 crowns next year and scrapped entirely two years later, according to budget documents.

"Electric cars have won," Finance Minister Kari Nordbø told a news conference. "It is no longer reasonable that a family buying an expensive electric SUV pays less tax than a pensioner who takes the bus."

Electric cars accounted for 92.4% of new passenger car registrations in the first nine months of the year, data from the Norwegian Road Traffic Information Council showed.

The Norwegian Electric Vehicle Owners' Union, which has more than 100,000 members, said the change came too quickly and would hit used-car buyers and rural households hardest.

"People outside the cities drive longer distances and need bigger cars," the union's secretary general, Ragnhild Aasen, said. "This makes the switch more expensive for precisely those who have the furthest to go."

Car importers also reacted. Bilimport Nord, Norway's second-largest car importer, said it expected a rush of purchases before the threshold falls, followed by a slump.

"We will see a pull-forward effect in the fourth quarter, and then a difficult year," the company said in a statement.

The opposition Rural Alliance party, whose votes the minority government may need to pass the budget, said it would try to keep the exemption for cars priced under 400,000 crowns. Its transport spokesman, Odd Harald Lie, called the proposal "a tax on living in the countryside".

Economists were broadly supportive. Eirik Myhre, chief economist at Fjellbank, said the exemption had cost the treasury more than 40 billion crowns a year at its peak.

"It was an enormously expensive policy, and it worked," he said. "But you don't keep paying for a result you already have."

The government also proposed raising road tolls and ferry fares for electric cars to 70% of the rate for petrol and diesel vehicles, up from 50%, a change that municipalities have long sought to fund public transport.

Norway, western Europe's largest oil and gas producer, set a target in 2017 for all new passenger cars sold to be zero-emission, a goal it is now close to reaching.

(Reporting by Ingvild Sæther; Editing by Tom Hagen)""",
        [
            ("Electric cars have won", "Kari Nordbø"),
            ("It is no longer reasonable", "Kari Nordbø"),
            ("People outside the cities drive", "Ragnhild Aasen"),
            ("This makes the switch more", "Ragnhild Aasen"),
            ("We will see a pull-forward", "Bilimport Nord"),
            ("a tax on living in", "Odd Harald Lie"),
            ("It was an enormously expensive", "Eirik Myhre"),
            ("But you don't keep paying", "Eirik Myhre"),
        ],
    ),
    (
        """Swedish hydropower operators brace for costs as permit reviews begin

More than 400 hydropower plants in central Sweden will have their permits re-examined over the next three years under the country’s national hydropower plan, with operators warning that stricter flow requirements could cost the system up to 1.5TWh of annual output.

The reviews, which began on 1 February in the Storå and Lillälven river basins, will decide whether each plant must install fish passages, release minimum water flows or, in some cases, be decommissioned.

Small-scale operators say the process threatens their survival. ‘For a plant producing two gigawatt hours a year, a fish ladder and a legal process can cost more than the plant will earn in twenty years,’ said Gunnar Fridén, who runs three small stations on the Lillälven and chairs the Swedish Small Hydro Owners’ Association.

‘We are being asked to pay for the sins of the big dams,’ he added.

The Swedish Water Environment Agency said in guidance published alongside the plan that the aim was ‘the greatest possible environmental benefit at the least possible cost to the power system’.

Its head of unit for hydropower, Lena Ekholm, told this publication that decommissioning would be rare. ‘The vast majority of plants will continue to operate, with adjustments,’ she said. ‘Where a plant produces very little and blocks an important migration route, the calculation may be different.’

Large producers have largely welcomed the predictability the plan provides but remain concerned about its effect on the grid’s flexibility. Hydropower provides the bulk of Sweden’s balancing capacity, which is needed more as wind output grows.

‘Every megawatt of regulating capacity we lose has to be replaced by something else, and right now there isn’t much else,’ said Per Lindahl, head of hydropower at state-owned utility Norrkraft.

Environmental groups argue the plan does not go far enough. The Swedish Rivers Foundation said in a statement that many plants were being given ‘a free pass’ and called for at least 100 small dams to be removed outright.

‘Sweden has some of the most fragmented rivers in Europe,’ the foundation’s chairwoman, Maja Strand, said. ‘Salmon and trout cannot read permits. They need rivers they can swim up.’

The EU’s Nature Restoration Law requires member states to restore at least 25,000km of free-flowing rivers across the bloc by 2030, and campaigners have said Sweden should contribute a significant share.

A senior official at the Ministry of Climate, who was not authorised to speak publicly, said the government was ‘watching the first cases closely’ and did not rule out changes to the compensation scheme for small operators.""",
        [
            ("For a plant producing two", "Gunnar Fridén"),
            ("We are being asked to", "Gunnar Fridén"),
            ("the greatest possible environmental benefit", "Swedish Water Environment Agency"),
            ("The vast majority of plants", "Lena Ekholm"),
            ("Where a plant produces very", "Lena Ekholm"),
            ("Every megawatt of regulating capacity", "Per Lindahl"),
            ("a free pass", "Swedish Rivers Foundation"),
            ("Sweden has some of the", "Maja Strand"),
            ("Salmon and trout cannot read", "Maja Strand"),
            ("watching the first cases closely", "senior official at the Ministry of Climate"),
        ],
    ),
]
