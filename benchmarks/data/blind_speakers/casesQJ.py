CASES = [
    (
        """Box lines divert ships as Port Ardmore stevedores walk out again

By Kate Rennard

Container lines calling at Port Ardmore have begun diverting ships to neighbouring terminals after members of the Maritime and Waterside Union launched a 48-hour stoppage on Monday, the second in a month.

The action at the facility, which is operated by Coralline Terminals, follows the collapse of talks over rostering and a proposed automation of the yard's straddle carrier fleet.

"We have given the company every opportunity to come back to the table with something sensible," said Darren Okafor, branch secretary of the union. "Instead they have come back with redundancy notices dressed up as a modernisation plan."

Coralline rejected the characterisation. In a statement, the operator said it had offered "a generous transition package" and that no permanent employee would lose their job as a result of the automation programme.

"The union's decision to escalate is disappointing and will harm the very exporters who rely on this port," the statement added.

According to data from Sealane Analytics, 11 vessels were waiting at anchor off Ardmore on Tuesday morning, up from three a week earlier. Average waiting times have climbed to 4.2 days.

One forwarder based in the city, who asked not to be named, said its customers were already paying for the disruption. "We've had two reefer boxes of citrus sit on the quay since Friday. Nobody can tell us when they'll be lifted," the forwarder said.

Carriers are responding in different ways. A spokesperson for Nordhavn Line confirmed that its Southern Cross service would omit Ardmore on its next two rotations and discharge cargo at Port Bellhaven instead, with onward carriage by rail "at no additional cost to customers for the time being".

Other operators are holding their ships at anchor in the hope that the stoppage ends on schedule on Wednesday morning.

Lisa Tramonte, chief executive of the Southern Exporters Council, said members were facing "a perfect storm of congestion surcharges and missed sailings" just as the citrus and table grape seasons reach their peak.

"Some of our growers are looking at losing an entire season's premium in the Asian markets," she said. "This needs to be resolved this week, not next month."

Mr Okafor said further action had not been ruled out. Asked whether the union would consider binding arbitration, he told reporters: "We'll look at anything that keeps jobs on this wharf."

The Industrial Relations Commission is scheduled to hear an application from Coralline on Thursday for an order suspending the industrial action.""",
        [
            ("We have given the company", "Darren Okafor"),
            ("Instead they have come back", "Darren Okafor"),
            ("a generous transition package", "Coralline Terminals"),
            ("The union's decision to escalate", "Coralline Terminals"),
            ("We've had two reefer boxes", "forwarder based in the city"),
            ("at no additional cost to", "spokesperson"),
            ("a perfect storm of congestion", "Lisa Tramonte"),
            ("Some of our growers are", "Lisa Tramonte"),
            ("This needs to be resolved", "Lisa Tramonte"),
            ("We'll look at anything that", "Darren Okafor"),
        ],
    ),
    (
        """Asia-Europe spot rates leap 18% as carriers blank sailings ahead of holiday

By Mei-Lin Tsao

Spot container rates from north Asia to northern Europe jumped 18% in the past week as carriers cancelled sailings and rolled out peak season surcharges ahead of the autumn holiday period in China.

The Harbourline Freight Index put the cost of moving a 40ft box on the route at $3,410, the highest since February and up from $2,890 seven days earlier.

Analysts said the rally owed more to carrier discipline than to any revival in demand.

“What we are seeing is the product of aggressive blanking, not a recovery in volumes,” said Henrik Solvang, head of container research at consultancy Baltrin Maritime Advisors. “Carriers have pulled close to 9% of scheduled capacity out of the next four weeks. That is a very deliberate move.”

Baltrin counts 23 blank sailings on the trade between now and the middle of next month, compared with 11 a year ago.

Solvang said he expected rates to hold “for perhaps three or four weeks” before softening again as a wave of newbuildings joins the fleet. Some 1.9m teu of capacity is due for delivery before the end of the year, the bulk of it in the 15,000 teu-plus segment suited to Asia-Europe loops.

Carriers defended the increases. An executive at one of the larger alliance members, who asked not to be named because rate discussions are commercially sensitive, said the previous levels had been “at or below breakeven for most of the summer” for operators facing higher fuel and emissions costs.

“Nobody was making money at $2,800 a box once you put the carbon bill on top,” the executive said.

Kestrel Container Line, which announced a $600 per feu peak season surcharge effective 1 October, said in a customer advisory that the charge was needed to “maintain service reliability during a period of elevated demand”.

Shippers are less convinced. Grace Adeyemi, director of logistics policy at the Continental Shippers’ Federation, said the timing suggested carriers were “testing the market rather than responding to it”.

“Our members have been told about capacity shortages, but their bookings are flat,” Adeyemi said. “If demand is flat and rates are up by a fifth, you don’t need to be an economist to see what’s happening.”

She added that the federation intended to write to competition authorities asking them to monitor the surcharges.

Transpacific rates, meanwhile, were broadly stable, with the index’s north Asia-US west coast reading edging up 2% to $2,150 per feu.""",
        [
            ("What we are seeing is", "Henrik Solvang"),
            ("Carriers have pulled close to", "Henrik Solvang"),
            ("for perhaps three or four", "Henrik Solvang"),
            ("at or below breakeven for", "executive at one of the larger alliance members"),
            ("Nobody was making money at", "executive at one of the larger alliance members"),
            ("maintain service reliability during a", "Kestrel Container Line"),
            ("testing the market rather than", "Grace Adeyemi"),
            ("Our members have been told", "Grace Adeyemi"),
            ("If demand is flat and", "Grace Adeyemi"),
        ],
    ),
    (
        """Carrickhaven approves £420m deepwater berth despite volume dip

The Carrickhaven Harbour Authority has given the green light to a £420m deepwater container berth, betting that the port can win a larger share of transhipment traffic even after throughput fell 4% last year.

The board approved the final investment decision for the Westquay 3 project at a meeting on Wednesday. Construction is expected to begin in the spring, with the 450m berth due to open in 2029.

‘This is a generational investment,’ chief executive Fiona Marchetti said at a briefing after the board meeting. ‘The ships calling at this coast are getting bigger every year, and if we don’t have the water depth and the quay length, they will simply go somewhere else.’

The new berth will be dredged to 17.5m and equipped with six ship-to-shore cranes capable of handling vessels of up to 24,000 teu.

Ms Marchetti acknowledged that the timing was not ideal. Container throughput at Carrickhaven fell to 1.38m teu last year, from 1.44m teu the year before, after a major carrier moved one of its Asia services to a rival port on the continent.

‘We lost a service, we’re not hiding from that,’ she said. ‘But the long-term numbers point one way.’

The authority will fund roughly half of the project from its own balance sheet, with the remainder coming from a green bond and a loan from the National Infrastructure Bank.

Not everyone is persuaded. Councillor Tom Braddock, who chairs the harbour committee on Carrick and Lowmoor District Council, said residents had been given ‘precious little detail’ about the effect of round-the-clock operations on the town.

‘Nobody is against jobs,’ he said. ‘But people living on Harbour Road deserve to know what 24-hour crane noise and another 600 lorries a day will mean for them.’

The authority said in a statement that a full environmental impact assessment had been published and that it would ‘continue to engage constructively with the community throughout construction’.

Industry observers were cautiously positive. Ravi Chandrasekar, a senior ports analyst at Thornbury Maritime Consulting, said the project could make Carrickhaven ‘a genuine contender’ for transhipment volumes, but warned that success depended on landing an anchor customer.

‘A berth without a carrier commitment is an expensive piece of concrete,’ Mr Chandrasekar said. ‘I would expect the authority to have at least one major line signed up before the first crane arrives.’

Ms Marchetti declined to comment on talks with individual carriers, saying only that discussions were ‘active and encouraging’.""",
        [
            ("This is a generational investment", "Fiona Marchetti"),
            ("The ships calling at this", "Fiona Marchetti"),
            ("We lost a service, we’re", "Fiona Marchetti"),
            ("But the long-term numbers point", "Fiona Marchetti"),
            ("precious little detail", "Tom Braddock"),
            ("Nobody is against jobs,", "Tom Braddock"),
            ("But people living on Harbour", "Tom Braddock"),
            ("continue to engage constructively with", "Carrickhaven Harbour Authority"),
            ("a genuine contender", "Ravi Chandrasekar"),
            ("A berth without a carrier", "Ravi Chandrasekar"),
            ("I would expect the authority", "Ravi Chandrasekar"),
            ("active and encouraging", "Fiona Marchetti"),
        ],
    ),
    (
        """Samudra Raya Lines swings to loss as intra-Asia feeder rates slump

Intra-Asia feeder operator Samudra Raya Lines has posted a first-half net loss of $38.6m, reversing a profit of $52m a year earlier, as an influx of tonnage drove down rates on its core regional routes.

Revenue fell 27% to $412m, the company said in a filing to the stock exchange on Thursday, with average freight rates per teu down by more than a third.

"The intra-Asia market has become a dumping ground for ships displaced from the main east-west trades," president director Budi Hartanto wrote in a letter to shareholders. "We are competing against 4,000 teu vessels on routes designed for 1,700 teu ships, and that has put enormous pressure on pricing."

The company operates 46 vessels, 19 of them owned, across a network connecting the hub of Tanjung Seraya to secondary ports in the region.

Hartanto said the line would redeliver six chartered ships as their contracts expire over the next nine months and would "rationalise loops where we are duplicating capacity" with the regional subsidiaries of the major alliance carriers.

Analysts were not surprised. "Everybody saw this coming the moment the big carriers started cascading tonnage into the region," said Priya Nair, a shipping analyst at Coralbay Securities. She expects the overcapacity to persist into next year.

"Unless there is a meaningful pickup in manufacturing relocation flows, I don't see a catalyst for a rebound before the second half of next year," Nair said.

Shares in Samudra Raya fell 6.4% in morning trading after the results were published.

The company also confirmed that it was reviewing the timing of a planned order for four 2,800 teu dual-fuel feeders. A spokesman said the board "remains committed to fleet renewal" but would "not commit capital at the top of the newbuilding price cycle".

The line's troubles come as regional port operators report record volumes. Tanjung Seraya Port Corporation said this week that throughput in the first half rose 9% to 6.1m teu, driven largely by transhipment.

According to one broker in the region, the contrast reflects who is capturing the value. "Ports get paid per box regardless of what the box pays," the broker said. "Feeder operators are the ones absorbing the price war."

Samudra Raya is due to hold an analyst briefing on Monday.""",
        [
            ("The intra-Asia market has become", "Budi Hartanto"),
            ("We are competing against 4,000", "Budi Hartanto"),
            ("rationalise loops where we are", "Budi Hartanto"),
            ("Everybody saw this coming the", "Priya Nair"),
            ("Unless there is a meaningful", "Priya Nair"),
            ("remains committed to fleet renewal", "spokesman"),
            ("not commit capital at the", "spokesman"),
            ("Ports get paid per box", "broker in the region"),
            ("Feeder operators are the ones", "broker in the region"),
        ],
    ),
    (
        """Marlow Sound truckers stage slowdown over chassis fees, clogging gates

By Daniel Reyes

Gate transactions at the Port of Marlow Sound fell by nearly half Tuesday as drayage drivers staged a coordinated slowdown to protest a new chassis usage fee, leaving import containers stacking up at the port’s two largest terminals.

The Pacific Harbor Truckers Association, which represents about 900 independent owner-operators, said the action would continue “until somebody in charge is willing to sit down with us.”

Truck turn times at Eastbank Container Terminal averaged 142 minutes Tuesday, according to the port’s gate tracking system, compared with 61 minutes the previous week. At the neighboring Gull Point terminal, dwell times for imports topped six days.

The dispute centers on a $38-per-day fee introduced Sept. 1 by chassis pool operator Ridgeline Intermodal Equipment, which the truckers say they cannot pass on to their beneficial cargo owner customers.

Association president Marisol Vega laid out the drivers’ position at a press conference outside the Eastbank gate:

“Our drivers are already waiting two, three hours to get a box. Now they are being charged for the chassis while they sit in the line. That is money coming straight out of their pockets.

“We are not asking for a handout. We are asking for a system where the people who cause the delays pay for the delays.”

Ridgeline did not respond to repeated requests for comment. A notice to customers posted on the company’s website last month described the fee as “necessary to fund chassis maintenance, repositioning and fleet expansion.”

The port’s executive director, Alan Whitcombe, urged both sides to resolve the dispute quickly. “The port doesn’t own the chassis and we don’t set those fees,” Whitcombe told reporters Wednesday. “But we’re certainly willing to host a conversation, because every day this goes on hurts cargo owners throughout the region.”

Importers said the slowdown was already affecting deliveries. A logistics manager at a national home furnishings retailer, speaking on condition of anonymity because she was not authorized to speak to the media, said the company had about 300 containers sitting at the port.

“We’re starting to pay demurrage on boxes we physically can’t get out,” she said. “That’s the part that makes people angry.”

Under federal rules, carriers and terminals must be able to show that demurrage and detention charges serve to incentivize the movement of cargo. Vega said the association had been in contact with regulators and planned to file a formal complaint by the end of the week.""",
        [
            ("until somebody in charge is", "Pacific Harbor Truckers Association"),
            ("Our drivers are already waiting", "Marisol Vega"),
            ("We are not asking for", "Marisol Vega"),
            ("necessary to fund chassis maintenance", "Ridgeline Intermodal Equipment"),
            ("The port doesn’t own the", "Alan Whitcombe"),
            ("But we’re certainly willing to", "Alan Whitcombe"),
            ("We’re starting to pay demurrage", "logistics manager at a national home furnishings retailer"),
            ("That’s the part that makes", "logistics manager at a national home furnishings retailer"),
        ],
    ),
    (
        """Vandermeer box terminals halt as dockers strike over pension reform

Container handling at the port of Vandermeer ground to a halt on Monday as lashers and crane drivers joined a 24-hour national strike called by dockers' union Havenbond in protest at government plans to raise the early-retirement age for port workers.

All four deepsea container terminals in the port suspended operations from 06:00 local time, while the main ro-ro and breakbulk facilities were running at reduced capacity, according to the Vandermeer Port Authority.

The authority said in an update to port users that around 30 ships were expected to be affected and that it was "working closely with terminal operators to minimise the backlog once work resumes".

The strike is the third national port stoppage this year. Havenbond negotiator Jeroen Aalders said workers were "fed up with being told that heavy shift work is no different from an office job".

"A lasher who has spent 35 years climbing over container stacks in the rain does not have the same body at 67 as a civil servant," Aalders told local broadcaster RTV Kustland. "The minister knows this. Every doctor knows this."

The labour ministry has said the reform is needed to keep the sector-wide early retirement scheme affordable. A ministry spokeswoman said on Monday that the government "remains open to dialogue" but would not withdraw the proposal.

Employers' association Havenwerkgevers Vandermeer (HWV) warned that repeated stoppages were damaging the port's reputation with carriers. "Every strike day costs the port community tens of millions of euros and pushes cargo towards our competitors," HWV chairman Pieter de Smet said in a statement.

At least two carriers have already adjusted schedules. Orion Shipping said on its website that vessels on its north Europe-Mediterranean loop would call at alternative ports "where operationally feasible", and warned customers to expect delays of up to 72 hours.

A terminal manager at one of the affected facilities, who spoke on condition of anonymity, said the knock-on effects would be felt for days. "One day of strike means two or three days to clear the yard. And if they strike again next week, we are back to zero," he said.

Havenbond has said further action is planned for later in the month if the ministry does not amend the bill before it goes to parliament. Asked whether the union was prepared to escalate to a 48-hour stoppage, Mr Aalders said: "Everything is on the table."

Operations are expected to resume with the 06:00 shift on Tuesday.""",
        [
            ("working closely with terminal operators", "Vandermeer Port Authority"),
            ("fed up with being told", "Jeroen Aalders"),
            ("A lasher who has spent", "Jeroen Aalders"),
            ("The minister knows this.", "Jeroen Aalders"),
            ("remains open to dialogue", "spokeswoman"),
            ("Every strike day costs the", "Pieter de Smet"),
            ("where operationally feasible", "Orion Shipping"),
            ("One day of strike means", "terminal manager at one of the affected facilities"),
            ("Everything is on the table.", "Jeroen Aalders"),
        ],
    ),
    (
        """Lines slap congestion surcharges on Port Kilindi cargo as yard hits 95% capacity

At least four container lines have imposed congestion surcharges on cargo moving through Port Kilindi after yard utilisation at the east African gateway climbed above 95%, with vessels waiting up to nine days for a berth.

Zephyr Lines was the first to act, announcing a $250 per teu surcharge on all import and export cargo from 15 March. "Extended waiting times at Kilindi are significantly increasing our operating costs, and we are no longer able to absorb them," the carrier said in a customer advisory.

Three other lines, including regional specialist Coastline Africa Shipping, followed with charges of between $150 and $300 per teu.

The Kilindi Ports Authority blamed the backlog on a surge in transit cargo to landlocked neighbouring countries and slow evacuation of containers by rail. Managing director Amina Mwakilema said the authority had added two mobile harbour cranes and was "clearing the yard faster than at any point in the last two years".

"The problem is not at the quay. The problem is what happens once the box leaves the quay," Mwakilema told reporters at the port on Tuesday. "We need the railway and the inland depots to move at the same speed as we do."

Shippers' representatives said the surcharges would fall hardest on small exporters. Joseph Otieno, executive secretary of the Kilindi Shippers Council, called the charges "a penalty on the cargo owner for a problem the cargo owner did not create".

He said: "Our coffee and tea exporters sell on thin margins. Two hundred and fifty dollars a box is the difference between a profitable shipment and a loss."

The council has asked the transport ministry to intervene. According to Otieno, a meeting with ministry officials is scheduled for next week.

A senior official at the state railway operator, who asked not to be identified, acknowledged that wagon availability had been a problem but said the port authority was "passing the buck". "We have 40 wagons that have been waiting for spare parts since January. That is a funding issue, not an operational one," the official said.

Data from vessel-tracking firm Bluewake showed 14 container ships at anchor off Kilindi on Wednesday, compared with five at the same point last month.

Freight forwarders said they were advising customers to build in extra time. "We're telling clients to add two weeks to any Kilindi shipment, minimum," said Grace Wanjiru, operations director at Savanna Cargo Logistics.""",
        [
            ("Extended waiting times at Kilindi", "Zephyr Lines"),
            ("clearing the yard faster than", "Amina Mwakilema"),
            ("The problem is not at", "Amina Mwakilema"),
            ("We need the railway and", "Amina Mwakilema"),
            ("a penalty on the cargo", "Joseph Otieno"),
            ("Our coffee and tea exporters", "Joseph Otieno"),
            ("passing the buck", "senior official at the state railway operator"),
            ("We have 40 wagons that", "senior official at the state railway operator"),
            ("We're telling clients to add", "Grace Wanjiru"),
        ],
    ),
    (
        """Capesize rates break $30,000 a day as iron ore restocking meets port queues

By Thomas Brannigan

Capesize earnings have climbed above $30,000 per day for the first time in five months, lifted by a burst of iron ore fixtures out of Brazil and growing congestion at Chinese discharge ports.

The average of the five main capesize routes, as assessed by the Meridian Bulk Exchange, reached $30,850 on Friday, up from $21,400 at the start of the month.

Brokers said several factors had come together in quick succession. “You had the miners coming back in force after the rainy season, you had restocking at the mills and you had ships stuck in queues in north China,” said Oliver Hastings, head of dry bulk research at shipbroker Halvard & Pryce. “Any one of those would have helped. All three at once is a squeeze.”

Hastings said the number of capesizes waiting off Chinese ports had risen to around 95, some 20% above the seasonal average, effectively removing tonnage from the market.

Owners were quick to take advantage. One Greek owner with a fleet of a dozen capesizes said he had fixed two ships on period at rates “we haven’t seen since the autumn”.

“Charterers were laughing at us in January,” he said. “Now they are calling us.”

Not all market participants think the rally has legs. Chen Weiming, chief analyst at Dragonpoint Research, was more cautious.

“Steel output in China is still being managed downwards, and the restocking we have seen is front-loaded,” Chen said. “I would be surprised if we are still talking about $30,000 in six weeks.

“The congestion will also clear. It always does, and when it does, all of those ships come back to the market at once.”

The forward curve appears to share some of that scepticism. Second-quarter forward freight agreements were trading at about $26,500 per day on Friday, a sizeable discount to the spot market.

Smaller segments were also firmer. The panamax average rose 4% over the week to $15,200 per day, helped by grain cargoes from South America, while supramax earnings edged up 2%.

Miner Sertão Mineração said in its quarterly production report that it expected shipments in the current quarter to be “in line with seasonal norms”, and that it had “no concerns about freight availability”.""",
        [
            ("You had the miners coming", "Oliver Hastings"),
            ("Any one of those would", "Oliver Hastings"),
            ("we haven’t seen since the", "Greek owner with a fleet of a dozen capesizes"),
            ("Charterers were laughing at us", "Greek owner with a fleet of a dozen capesizes"),
            ("Now they are calling us.", "Greek owner with a fleet of a dozen capesizes"),
            ("Steel output in China is", "Chen Weiming"),
            ("I would be surprised if", "Chen Weiming"),
            ("The congestion will also clear.", "Chen Weiming"),
            ("in line with seasonal norms", "Sertão Mineração"),
            ("no concerns about freight availability", "Sertão Mineração"),
        ],
    ),
]
