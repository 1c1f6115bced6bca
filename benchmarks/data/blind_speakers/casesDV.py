CASES = [
    (
        """Nordvik Air pilots vote to strike over pay, threatening summer schedule

By Lena Berg and Jonas Aaltonen

STOCKHOLM, June 12 (Reuters) - Pilots at Scandinavian carrier Nordvik Air have voted overwhelmingly to strike from next week after talks on pay and rostering collapsed, their union said on Thursday, raising the prospect of widespread cancellations at the start of the summer travel season.

The Nordic Pilots Association (NPA) said 91% of its members at the airline had backed walkouts, with the first 48-hour stoppage planned for June 19 unless management returned with an improved offer.

"We have been patient for eighteen months, and our members have now said clearly that patience has run out," NPA chairman Henrik Solberg told reporters in Stockholm. "Nobody wants to strand passengers, but the company has left us no choice."

The union has been pressing for a 9% pay rise over two years and limits on consecutive early starts under what it calls its "Fair Roster" campaign, launched last autumn.

Nordvik Air, which operates around 240 daily flights from hubs in Stockholm, Oslo and Copenhagen, said it regretted the outcome of the ballot and remained "ready to talk at any time".

"The union's demands would add more than 600 million crowns a year to our costs at a moment when fuel and airport charges are rising sharply," Chief Executive Annika Lindqvist said in a statement. "We cannot sign an agreement that puts the long-term future of the airline at risk."

Lindqvist said the carrier would try to protect long-haul services and would publish a contingency timetable by Monday, using wet-leased aircraft and crews where possible.

Shares in Nordvik fell 4.2% by 1300 GMT, against a 0.3% drop in Stockholm's benchmark index.

"A strike of even a week in late June would wipe out a meaningful chunk of third-quarter profit," said Mats Eriksen, a transport analyst at Fjord Securities. He added that low-cost rivals were likely to pick up many of the displaced passengers, particularly on domestic Norwegian and Swedish routes.

A person familiar with the negotiations said the two sides were "not as far apart as the rhetoric suggests" and that a mediator could be appointed as early as Friday.

Sweden's national mediation office said it was following the situation closely but had not been asked to intervene.

Nordvik's pilots last walked out in 2019, when a five-day strike forced the cancellation of about 1,200 flights and cost the airline an estimated 450 million crowns.

(Reporting by Lena Berg in Stockholm and Jonas Aaltonen in Oslo; Editing by Mark Hollis)""",
        [
            ("We have been patient for", "Henrik Solberg"),
            ("Nobody wants to strand passengers", "Henrik Solberg"),
            ("ready to talk at any", "Nordvik Air"),
            ("The union's demands would add", "Annika Lindqvist"),
            ("We cannot sign an agreement", "Annika Lindqvist"),
            ("A strike of even a", "Mats Eriksen"),
            ("not as far apart as", "person familiar with the negotiations"),
        ],
    ),
    (
        """Near-collision on Ohio runway renews scrutiny of control tower staffing

By DAVID KOHLER Associated Press

MILLBROOK, Ohio (AP) — Federal investigators are examining how a regional jet and a cargo plane came within a few hundred feet of each other on a runway at Tri-County Regional Airport late Tuesday, the latest in a string of close calls that has renewed questions about air traffic controller staffing.

A Lakeshore Connection flight carrying 68 passengers was cleared for takeoff at about 11:40 p.m. while a Summit Freight Airlines cargo jet was still crossing the runway, according to a preliminary account released Wednesday by the Tri-County Airport Authority. The regional jet's pilots aborted the takeoff after spotting the freighter's lights, and no one was hurt.

"The crew did exactly what they are trained to do, and their quick action prevented what could have been a very serious accident," said Lakeshore Connection spokeswoman Dana Whitfield.

Audio posted online by a flight-tracking website appears to capture a controller telling the jet, "Lakeshore 412, stop, stop, stop," seconds after the takeoff clearance.

Only one controller was working in the tower at the time, handling both ground and tower frequencies, according to a person familiar with the investigation who spoke on condition of anonymity because they were not authorized to discuss it publicly.

Airport authority executive director Raymond Kessler said the airport had been asking for additional overnight staffing "for the better part of two years."

"We've raised this repeatedly, in writing and in person," Kessler said at a news conference Wednesday afternoon. "One person trying to work two positions on a busy cargo night is not a sustainable arrangement."

He said the authority would cooperate fully with federal investigators, who arrived at the airport Wednesday morning and were expected to interview the controller and both flight crews.

Summit Freight Airlines said in a statement that it was "reviewing the event with our flight crew" and would not comment further while the investigation was ongoing.

Tri-County handles about 1.3 million passengers a year but has grown into a major overnight cargo hub since an e-commerce sorting center opened nearby in 2021, and much of its traffic now arrives between midnight and 4 a.m.

U.S. Rep. Carla Mendez, whose district includes the airport, called the incident "a warning we cannot afford to ignore" and said she would press for an expedited review of staffing.

"I don't want to be standing at a podium after a tragedy asking why nobody listened," Mendez said.

Tom Brannigan, a retired airline captain who teaches aviation safety at Ohio Valley State University, said runway incursions are rarely caused by a single error.

"It's fatigue, workload, a bit of radio congestion, and then the holes in the Swiss cheese all line up," he said. "The system is built with layers so that one bad moment doesn't become a catastrophe. On Tuesday night, the last layer was two pilots looking out the window."

Investigators typically issue a preliminary report within 30 days.""",
        [
            ("The crew did exactly what", "Dana Whitfield"),
            ("Lakeshore 412, stop, stop,", "controller"),
            ("for the better part of", "Raymond Kessler"),
            ("We've raised this repeatedly, in", "Raymond Kessler"),
            ("One person trying to work", "Raymond Kessler"),
            ("reviewing the event with our", "Summit Freight Airlines"),
            ("a warning we cannot afford", "Carla Mendez"),
            ("I don't want to be", "Carla Mendez"),
            ("It's fatigue, workload, a bit", "Tom Brannigan"),
            ("The system is built with", "Tom Brannigan"),
        ],
    ),
    (
        """Carriers blank Asia-North Europe sailings as spot rates slide for sixth week

By Alex Whitcombe

Container lines have cancelled more than 30 sailings on the Asia-North Europe trade over the next five weeks in an attempt to put a floor under spot rates, which fell for a sixth consecutive week.

Data from consultancy Harbourline Analytics shows capacity on the route will be cut by around 14% in weeks 32 to 36, compared with originally scheduled levels, with the biggest reductions coming from the two largest alliances.

‘Carriers are clearly trying to draw a line in the sand before the peak season fizzles out,’ said Harbourline chief analyst Priya Natarajan. ‘The question is whether they have the discipline to hold it, because the newbuild deliveries haven’t stopped.’

She said about 1.2m teu of new tonnage was due to be delivered before the end of the year, much of it ultra-large vessels suited only to the Asia-Europe loop.

The Meridian Container Index for Shanghai-Rotterdam fell 7% this week, to $2,410 per 40ft, while Shanghai-Genoa slipped 5% to $2,780 per 40ft.

Shippers reacted with little sympathy to what the industry calls ‘blanking’. One UK-based forwarder said: ‘We were paying through the nose 18 months ago, and now the market has turned they want to pull capacity to prop it up. Our customers see that for what it is.’

A spokesperson for Pacifica Ocean Line said the cancellations were ‘a normal response to seasonal demand’ and denied any coordination between alliance members.

‘We adjust our network every week to match demand, and this is no different,’ the spokesperson added.

Meanwhile, Kasper Holm, head of ocean freight at Danish forwarder Nordlink Logistics, said: ‘If the blank sailings continue into September, we will see rates stabilise, but I would not bet on a rebound. Demand in Europe is soft, inventories are high and retailers are cautious.’

He said the company was advising customers with flexible cargo to book later and to avoid committing to long-term contracts at current index-linked levels.

But Mr Holm pointed to one bright spot. ‘Schedule reliability is the best it has been since before the pandemic, so at least shippers are getting something for their money,’ he said.

Harbourline expects at least a further ten sailings to be withdrawn in September if bookings do not pick up after the summer holidays, which would bring the total removed since July to nearly 45.""",
        [
            ("Carriers are clearly trying to", "Priya Natarajan"),
            ("The question is whether they", "Priya Natarajan"),
            ("We were paying through the", "UK-based forwarder"),
            ("a normal response to seasonal", "spokesperson"),
            ("We adjust our network every", "spokesperson"),
            ("If the blank sailings continue", "Kasper Holm"),
            ("Schedule reliability is the best", "Kasper Holm"),
        ],
    ),
    (
        """Truckers' blockade strands hundreds of containers at Ivorian port

Port-Bouvet, Ivory Coast (AFP) - Hundreds of containers were piling up at the port of Port-Bouvet on Monday as a truckers' blockade over new weighbridge fees entered its fifth day, with exporters warning that cocoa shipments could miss their sailing dates.

Lines of lorries stretched for several kilometres along the coastal highway leading to the container terminal, where drivers had parked across the access roads in protest at charges introduced by the port authority on June 1.

"We are not against rules, but these fees are eating everything we earn," said Ousmane Traoré, a spokesman for the National Union of Road Hauliers, speaking to AFP beside his parked truck. "A driver makes maybe 40,000 CFA francs on a trip and now they ask for 15,000 at the gate."

The Autonomous Port of Port-Bouvet (PAPB) said in a statement that the fees were needed to fund road repairs and to curb overloading, which it blamed for "serious and costly damage" to the quay approaches and access bridges.

Port director general Mireille Kouassi-Ange told reporters on Sunday that the authority was "open to dialogue" but would not scrap the charges.

"The fees will remain. What we can discuss is how they are applied, and over what period," she said.

Exporters say the stoppage could hardly have come at a worse time, with the mid-crop cocoa harvest at its peak and warehouses near the port already close to capacity.

Around 120,000 tonnes of cocoa beans were waiting to be loaded, according to an industry estimate, and at least three vessels had left the port over the weekend without their full cargo.

"Each day we lose, we pay demurrage, and our buyers in Europe start asking questions," said a manager at a cocoa trading house, who asked not to be named because of the sensitivity of the dispute.

Transport Minister Adama Konaté-Brou said on state television on Sunday evening that talks between the hauliers and the port would resume on Tuesday, and called on drivers to "lift the barricades in the national interest".

Police had been deployed near the main gate but there were no reports of clashes, an AFP correspondent said.

Port-Bouvet, one of the busiest ports in West Africa, handled some 34 million tonnes of cargo last year and serves as a gateway for landlocked neighbours including Mali and Burkina Faso.

Haulier unions in the region have staged similar protests in recent years over road tolls, fuel prices and police checkpoints.""",
        [
            ("We are not against rules,", "Ousmane Traoré"),
            ("A driver makes maybe 40,000", "Ousmane Traoré"),
            ("serious and costly damage", "Autonomous Port of Port-Bouvet"),
            ("open to dialogue", "Mireille Kouassi-Ange"),
            ("The fees will remain. What", "Mireille Kouassi-Ange"),
            ("Each day we lose, we", "manager at a cocoa trading house"),
            ("lift the barricades in the", "Adama Konaté-Brou"),
        ],
    ),
    (
        """Gulf start-up Sahra Airways firms order for 40 CX220s

By Oliver Kemp, Al Qareen

Start-up carrier Sahra Airways has placed a firm order for 40 Corvane Aerospace CX220 narrowbodies, plus options on a further 20, as it prepares to launch services from Al Qareen International airport next year.

The deal, signed on the opening day of the Gulf Aerospace Show, converts a memorandum of understanding announced in March. Corvane does not disclose pricing, but the firm portion would be worth around $4.8 billion at list prices.

“This is the backbone of our fleet for the next decade,” says Sahra Airways chief executive Faisal Al-Murr. “We looked very carefully at the alternatives, and the CX220 gives us the range to reach secondary cities in Europe and Africa without a technical stop.”

Al-Murr says the carrier will take its first aircraft in the fourth quarter of next year, initially on lease from Tessaly Aviation Capital, before deliveries from the Corvane order begin in 2028.

Sahra intends to operate the type in a single-class, 186-seat configuration and will target “underserved point-to-point markets” across the Indian subcontinent, the Caucasus and East Africa, according to its business plan. The carrier has not yet selected an engine, with a decision expected by the end of the year.

Corvane chief commercial officer Elena Marchetti describes the order as “a landmark moment for the programme in the Middle East”.

“Sahra has a very clear plan and a very experienced team, and we are proud that they have chosen us,” she says. Marchetti adds that Corvane still expects to raise CX220 output to 14 aircraft per month by the end of 2027, despite continuing supply-chain constraints on engines and cabin interiors.

Analysts are more cautious about the carrier’s prospects. Rahul Menon, managing director of consultancy Skyward Insight, notes that the region has seen several start-ups fold within three years of launch.

“The aircraft is not the hard part,” he says. “The hard part is winning slots in Europe, building a brand from nothing and surviving the first downturn with your balance sheet intact.”

Sahra Airways is backed by the Al Qareen Investment Authority, which holds a 60% stake, with the remainder held by a group of private investors. The government aims for the airport to handle 20 million passengers annually by 2032, up from around 7 million today.""",
        [
            ("This is the backbone of", "Faisal Al-Murr"),
            ("We looked very carefully at", "Faisal Al-Murr"),
            ("underserved point-to-point markets", "Sahra Airways"),
            ("a landmark moment for the", "Elena Marchetti"),
            ("Sahra has a very clear", "Elena Marchetti"),
            ("The aircraft is not the", "Rahul Menon"),
            ("The hard part is winning", "Rahul Menon"),
        ],
    ),
    (
        """4,000 passengers stranded as sea trips suspended ahead of Typhoon 'Mayumi'

By Mark Anthony Salazar

MANILA – More than 4,000 passengers were stranded at seaports in Western and Central Visayas on Sunday after maritime authorities suspended sea trips ahead of Typhoon "Mayumi," which is forecast to make landfall over northern Panay early Monday.

In a bulletin issued at 5 a.m., the Maritime Safety Command (MSC) said vessels of all sizes were barred from leaving port in areas under Tropical Cyclone Wind Signal No. 2 or higher.

"No vessel will be allowed to sail until the signal is lifted. We will not gamble with lives," MSC Western Visayas district commander Capt. Ramon Villanueva said in a radio interview.

Villanueva said 2,318 passengers, 412 rolling cargoes and 37 vessels were idle at the ports of Santa Barbara and Pandan Bay alone, while the rest were spread across smaller ports in Negros and Cebu.

At the Santa Barbara passenger terminal, families sat on flattened cardboard boxes as rain lashed the windows. Lorna Dimaculangan, a 52-year-old vendor bound for Isla Marikit, said she had been waiting since Saturday afternoon.

"Wala kaming magagawa. We just wait and pray it passes quickly," she said.

Local carrier Island Hopper Air also cancelled 26 domestic flights to and from Visayas airports for Sunday and Monday.

"Passengers with affected bookings may rebook without penalty within 30 days or convert their tickets to travel funds," the airline said in an advisory.

State weather specialist Joanna Reyes said Mayumi was packing maximum sustained winds of 150 kilometers per hour near the center and could still intensify "before it interacts with land," adding that residents of coastal villages should heed evacuation orders.

Storm surges of up to three meters were possible in low-lying areas, she said.

Provincial Governor Teodoro Salcedo ordered classes at all levels suspended on Monday and placed the province under a state of preparedness.

"We have pre-positioned food packs and rescue teams in every town. What we ask from the public is cooperation," Salcedo said in a statement posted on the provincial government's Facebook page.

Mayumi is the ninth tropical cyclone to enter the Philippine Area of Responsibility this year.""",
        [
            ("No vessel will be allowed", "Ramon Villanueva"),
            ("Wala kaming magagawa. We just", "Lorna Dimaculangan"),
            ("Passengers with affected bookings may", "Island Hopper Air"),
            ("before it interacts with land,", "Joanna Reyes"),
            ("We have pre-positioned food packs", "Teodoro Salcedo"),
        ],
    ),
    (
        """'We're being cut off': Outback town to lose only air service as regional carrier pulls out

By Sophie Tran

Residents of the central-west Queensland town of Coolabah Springs say they will be left stranded when regional carrier Outback Link ends its twice-weekly service to Brisbane next month.

The airline confirmed on Tuesday the final flight would operate on March 28, blaming rising costs and falling passenger numbers on the route.

Warrego Downs Shire Mayor Denise Harrow said the council had been given no warning.

"We found out through a media release. Nobody from the airline picked up the phone," Cr Harrow said.

"We're being cut off from specialist medical care, from family, from business. For a town eight hours' drive from the coast, that flight is a lifeline."

Cr Harrow said a number of residents relied on the service to reach cancer treatment and dialysis in Brisbane, and that the alternative was a four-hour drive to the nearest airport with commercial flights.

In a statement, Outback Link said the route had lost more than $1.2 million over the past two financial years, with average loads below 40 per cent.

"While we understand this decision will be disappointing for the community, the service is no longer commercially viable without ongoing government support," the statement said.

The company said passengers booked on flights after the end date would be offered full refunds.

Local grazier and Coolabah Springs Chamber of Commerce president Mick O'Sullivan said the loss of the flights would make it even harder to attract workers to the district.

"You try telling a nurse or a teacher to move out here when the nearest commercial flight is a four-hour drive away," he said.

"We've already lost the bank. Now the plane. People start asking what's next."

State Transport Minister Rachel Dunphy said the government had been in discussions with the airline for several weeks and was "exploring every option" to keep a service running, including a subsidised contract.

Opposition transport spokesman Brett Kiely said the government had "sat on its hands" for months despite warnings from councils in the region.

"This didn't come out of nowhere," Mr Kiely said.

"Councils have been writing letters since last winter. The minister needs to stop exploring and start acting."

The council will hold a public meeting at the Coolabah Springs Memorial Hall on Thursday night.""",
        [
            ("We're being cut off", "Denise Harrow"),
            ("We found out through a", "Denise Harrow"),
            ("We're being cut off from", "Denise Harrow"),
            ("While we understand this decision", "Outback Link"),
            ("You try telling a nurse", "Mick O'Sullivan"),
            ("We've already lost the bank.", "Mick O'Sullivan"),
            ("exploring every option", "Rachel Dunphy"),
            ("sat on its hands", "Brett Kiely"),
            ("This didn't come out of", "Brett Kiely"),
            ("Councils have been writing letters", "Brett Kiely"),
        ],
    ),
    (
        """Navagarh port handles record 92 MT cargo in FY25, eyes 120 MT by 2027

Navagarh (Odisha), Apr 3 (PTI) The Navagarh Port Trust handled a record 92.4 million tonnes (MT) of cargo in the 2024-25 financial year, an increase of 11 per cent over the previous year, officials said on Thursday.

"This is the highest-ever throughput in the history of the port, and it has been achieved despite two cyclone-related closures during the year," Port Trust chairman S K Mohapatra told reporters here.

Mohapatra said the growth was driven mainly by higher shipments of thermal coal and iron ore, and that the commissioning of two mechanised berths had brought down the average turnaround time of vessels to 38 hours from 52 hours a year ago.

Coal accounted for 41 MT of the total traffic, followed by iron ore at 23 MT and fertiliser and raw materials at 9 MT, while container volumes touched 4.1 lakh TEUs, he said.

"Our target is 120 million tonnes by 2027. With the new multipurpose berth and the rail connectivity project, we are confident of achieving it," the chairman said.

The port's long-term master plan, titled "Navagarh 2035", envisages an outer harbour capable of handling capesize vessels of up to 2 lakh DWT.

A senior port official, who did not wish to be named, said talks were under way with two private operators for developing a dedicated LNG terminal.

"The proposals are at an advanced stage and a decision is expected within the next few months," the official said.

Union Minister of State for Shipping R C Nayak, in a post on X, congratulated the port management and staff, describing the performance as "a testament to the vision of a self-reliant maritime sector".

However, the Navagarh Port Workers' Union alleged that the expansion had come at the cost of safety and demanded an independent audit following the death of two contract workers in January.

"Records are being made on the backs of workers who have no job security and no proper safety equipment," union general secretary Pradeep Samal said.

Port officials denied the allegation, saying all safety norms were being "strictly followed" and that a departmental inquiry into the January incident had been completed.

The port, commissioned in 1974, is among the major ports on the east coast. PTI CORR RG""",
        [
            ("This is the highest-ever throughput", "S K Mohapatra"),
            ("Our target is 120 million", "S K Mohapatra"),
            ("The proposals are at an", "senior port official"),
            ("a testament to the vision", "R C Nayak"),
            ("Records are being made on", "Pradeep Samal"),
            ("strictly followed", "port officials"),
        ],
    ),
]
