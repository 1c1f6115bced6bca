CASES = [
    (
        """Indonesia grounds four Nusantara Sky turboprops after runway overrun

By Dewi Anggraini

JAKARTA, March 14 - Indonesia's transport ministry on Thursday ordered budget carrier Nusantara Sky to ground four of its ATR 72 turboprops pending inspections, two days after one of the aircraft overran a wet runway on the island of Sumbawa.

None of the 58 passengers and four crew on Tuesday's flight from Denpasar to Sumbawa Besar were seriously injured, though the aircraft's nose gear collapsed when it came to rest in a drainage ditch beyond the end of the runway.

"We are not going to wait for the final report to act on what we already know," Director General of Civil Aviation Hendra Wicaksono told reporters in Jakarta. "If there is a maintenance issue, it has to be found now, not in six months."

Wicaksono said inspectors would examine the brake assemblies and anti-skid systems on the grounded aircraft, all of which were delivered to the airline between 2011 and 2013.

Nusantara Sky said in a statement it was "fully cooperating with the authorities" and had rearranged its schedule to minimise disruption. About 40 daily flights, mostly on eastern Indonesian routes, would be affected, the carrier said.

The national transport safety committee has recovered both flight recorders and sent them to its laboratory in Jakarta, investigator Ratna Sulistyowati said.

"The preliminary data show the aircraft touched down well past the usual point," she said, adding that heavy rain had been reported at the airport around the time of landing. She declined to say whether the crew had considered a go-around.

Indonesia's aviation safety record has improved markedly since the European Union lifted a ban on its carriers in 2018, but smaller regional airports with short runways and limited weather equipment remain a concern, analysts say.

"The runway at Sumbawa is about 1,650 metres, which is fine for an ATR in good conditions but leaves very little margin when it's wet," said Bayu Pratama, an independent aviation consultant based in Surabaya. "Operators know this, and the question is whether their procedures reflect it."

Shares in the carrier's parent, PT Nusantara Sky Holdings, fell 4.2 percent on Thursday, against a 0.3 percent gain in the broader Jakarta market.

A source at the airline, who asked not to be named because he was not authorised to speak to the media, said the grounding could cost the company "several billion rupiah a week" in lost revenue.

(Reporting by Dewi Anggraini; Additional reporting by Arief Nugroho in Surabaya; Editing by Martin Kessler)""",
        [
            ("We are not going to wait", "Hendra Wicaksono"),
            ("If there is a maintenance", "Hendra Wicaksono"),
            ("fully cooperating with the authorities", "Nusantara Sky"),
            ("The preliminary data show the", "Ratna Sulistyowati"),
            ("The runway at Sumbawa is", "Bayu Pratama"),
            ("Operators know this, and the", "Bayu Pratama"),
            ("several billion rupiah a week", "source at the airline"),
        ],
    ),
    (
        """Lotus Bay Airlines secures AOC, eyes June launch from Da Nang

By Rachel Ong
Singapore

Vietnamese start-up Lotus Bay Airlines has obtained its air operator's certificate, clearing the way for the carrier to begin scheduled services from Da Nang in June.

The airline, backed by resort developer Thanh Son Group, will initially operate three Airbus A320neos leased from Meridian Aircraft Leasing, with a fourth due before the end of the year.

Chief executive Tran Minh Quan says the certification process took "longer than we hoped, but not longer than it should have". The regulator, which has tightened scrutiny of new entrants since the collapse of two domestic start-ups in 2023, required the carrier to complete 50 hours of proving flights, up from the 30 hours typically demanded in the past.

"We didn't want a shortcut, and frankly none was offered," Quan says. "The regulator was very clear that they would look at our finances as closely as our manuals."

Lotus Bay plans to focus on domestic trunk routes to Hanoi and Ho Chi Minh City before adding international services to South Korea and Japan, where demand for Da Nang's beaches has grown rapidly.

The carrier's chief operating officer, Australian Mark Pendleton, joined from Coral Sea Airways last year. He says the airline has recruited 42 pilots, around half of them expatriate captains on fixed-term contracts.

Pendleton outlines the approach: "We've built the training department before we built the network. A lot of start-ups in this region do it the other way around, and you can see where that leads."

Analysts are cautious. "The domestic market is already saturated on the trunk routes, and yields have been under pressure for two years," says Linh Nguyen-Hart, a Hanoi-based partner at consultancy Aerovia Advisory. "A new entrant needs either very deep pockets or a very clear niche."

Quan insists the airline has both. Thanh Son Group has committed $85 million in equity, and he says the carrier can draw on "a steady base of leisure traffic" generated by the group's hotels, which have some 3,000 rooms along the central coast.

The airline will operate from a dedicated section of Da Nang's domestic terminal under an agreement with airport operator Central Coast Airports Corporation, which said in a statement that it welcomed "additional capacity that supports the region's tourism recovery".

Lotus Bay has not ruled out adding widebodies later in the decade, but Quan says there is "no rush". "Let's get the first hundred days right," he says.""",
        [
            ("longer than we hoped, but", "Tran Minh Quan"),
            ("We didn't want a shortcut,", "Tran Minh Quan"),
            ("The regulator was very clear", "Tran Minh Quan"),
            ("We've built the training department", "Mark Pendleton"),
            ("The domestic market is already", "Linh Nguyen-Hart"),
            ("A new entrant needs either", "Linh Nguyen-Hart"),
            ("a steady base of leisure", "Tran Minh Quan"),
            ("additional capacity that supports the", "Central Coast Airports Corporation"),
            ("no rush", "Tran Minh Quan"),
            ("Let's get the first hundred", "Tran Minh Quan"),
        ],
    ),
    (
        """Senators grill aviation chiefs over New Year's Day radar outage

By Carlo M. Villanueva

MANILA, Philippines — Senators on Wednesday demanded a full accounting from the Philippine Air Navigation Authority (PANA) over a seven-hour radar and communications outage that grounded or diverted more than 280 flights and stranded some 56,000 passengers at the height of the holiday rush.

At a hearing of the Senate committee on public services, PANA director general Rodolfo Santiago admitted that a backup power supply at the agency's air traffic management center in Pasay City had failed to switch on when the main supply tripped shortly after 9 a.m. on Jan. 1.

"We had redundancy on paper. In practice, the uninterruptible power supply was degraded and nobody caught it," Santiago told the committee.

Sen. Maricel Dizon-Lopez, who chairs the panel, said the explanation was "not acceptable for a system that the entire country depends on."

"If one faulty battery bank can shut down Philippine airspace for seven hours, then we do not have a system. We have a gamble," she said.

Santiago said the agency had since replaced the unit and commissioned an independent audit of its electrical systems, which he expected to be completed by the end of March.

Airline representatives told senators the outage had cost carriers an estimated P600 million in rebooking, accommodation and fuel. Jose Emmanuel Reyes, vice president for operations at Island Star Airlines, said some of the carrier's aircraft had circled for over an hour before diverting to Clark and Cebu.

"Our crews did exactly what they were trained to do, but they were doing it with very limited information," Reyes said. "At one point we were relying on pilots relaying position reports to each other."

Transportation Undersecretary Felicidad Mangubat told reporters after the hearing that the department would seek funding in this year's budget for a second, geographically separate air traffic management center — a proposal first floated almost a decade ago.

"We have talked about a backup center since 2016. It has to stop being a talking point," Mangubat said.

A PANA engineer who spoke on condition of anonymity said staff had flagged problems with the power system "at least twice" in the past year. "The reports went up. Nothing came down," the engineer said.

The committee will resume its inquiry next week, when officials of the contractor that maintains the center's electrical equipment are expected to appear.""",
        [
            ("We had redundancy on paper.", "Rodolfo Santiago"),
            ("not acceptable for a system", "Maricel Dizon-Lopez"),
            ("If one faulty battery bank", "Maricel Dizon-Lopez"),
            ("Our crews did exactly what", "Jose Emmanuel Reyes"),
            ("At one point we were", "Jose Emmanuel Reyes"),
            ("We have talked about a", "Felicidad Mangubat"),
            ("at least twice", "PANA engineer"),
            ("The reports went up.", "PANA engineer"),
        ],
    ),
    (
        """Drone sightings force 90-minute halt at Hat Mai airport

Flights at Hat Mai International Airport were suspended for about 90 minutes on Saturday evening after air traffic controllers received three separate reports of drones flying near the approach path, the airport operator said.

Eleven arriving flights were put into holding patterns and four were diverted to Phuket and Surat Thani, according to Southern Thai Airports Co (STA), which manages the airport on the Andaman coast. Seven departures were delayed.

In a statement issued late on Saturday, STA said the suspension was “a precautionary measure taken in line with international safety practice” and that operations returned to normal at 8.40pm.

Pol Col Surasak Thongdee, superintendent of Hat Mai police station, said officers had searched areas north of the runway but had not found anyone operating a drone.

“We have identified some possible launch locations from witness accounts, and we are checking CCTV from nearby resorts,” Pol Col Surasak said.

Flying a drone within 9 kilometres of an airport without permission carries a penalty of up to one year in prison and a fine of up to 40,000 baht.

Capt Anan Wongsawat, secretary-general of the Thai Airline Pilots’ Federation, said drone incursions had become “a weekly headache” for crews flying into tourist destinations.

“A small consumer drone hitting an engine or windscreen at 2,000 feet is not a theoretical risk any more,” Capt Anan said. “We need detection systems, not just signs telling people not to fly.”

STA managing director Kittiphong Rattanakul said the company had begun trials of a radio-frequency drone detection system at two of its airports last year and would bring forward plans to install it at Hat Mai.

“The budget has been approved. We expect installation to be complete before the high season begins in November,” Mr Kittiphong said.

Tourism operators in the province voiced concern about the impact on visitor arrivals. Hat Mai handled 4.1 million passengers last year, most of them foreign tourists.

“Every diversion means a family arriving at their hotel at two in the morning, or not at all,” said Pranee Saelim, president of the Hat Mai Tourism Association. “That is the story they tell when they go home.”

A Civil Aviation Authority official, speaking on condition of anonymity, said the regulator was drafting rules that would require drone retailers to register buyers at the point of sale. The draft is expected to be sent for public hearing next month.""",
        [
            ("a precautionary measure taken in", "Southern Thai Airports Co"),
            ("We have identified some possible", "Surasak Thongdee"),
            ("a weekly headache", "Anan Wongsawat"),
            ("A small consumer drone hitting", "Anan Wongsawat"),
            ("We need detection systems, not", "Anan Wongsawat"),
            ("The budget has been approved.", "Kittiphong Rattanakul"),
            ("Every diversion means a family", "Pranee Saelim"),
            ("That is the story they", "Pranee Saelim"),
        ],
    ),
    (
        """Malaysian pilots' union warns of fatigue at budget carrier AirSerai

KUALA LUMPUR, June 3 — A Malaysian pilots' union on Monday accused budget carrier AirSerai of rostering crews beyond safe limits, saying more than 60 pilots had filed fatigue reports in the past three months.

The Malaysian Association of Commercial Aviators (MACA) said in a letter to the transport ministry, seen by reporters, that pilots were regularly scheduled for "four-sector days ending well past midnight, followed by early reporting times with minimum rest".

"Our members are telling us they are too tired to fly safely, and they are being pressured not to say so," MACA president Captain Zulkifli Hamzah told a press conference in Kuala Lumpur.

He said several pilots had been called into meetings with managers after declaring themselves unfit to fly, which he described as "intimidation, plain and simple".

AirSerai, which operates a fleet of 34 Airbus A320-family jets from its hub in Kuala Lumpur and a secondary base in Kota Kinabalu, rejected the allegations.

"All rosters comply fully with the flight time limitations approved by the regulator," the airline said in a statement. "Fatigue reports are reviewed by our safety department and no pilot has been penalised for submitting one."

The carrier has expanded rapidly since 2022, adding routes to China, India and Australia as demand rebounded after the pandemic. Industry sources say it has struggled to recruit enough captains to keep pace.

A spokeswoman for Malaysia's aviation regulator said it had received the union's complaint and would "look into the matter thoroughly", but declined to say whether an audit of the airline's rosters had been ordered.

"Fatigue is one of those risks that doesn't show up until it shows up catastrophically," said Hafizah Osman, a lecturer in aviation safety at the Selangor Aeronautical Institute. "When you see a cluster of reports like this, the regulator should be auditing the rosters, not waiting for the airline to audit itself."

Transport Minister Ahmad Rizal Yusof told reporters in Putrajaya that he had asked for a full briefing from both the regulator and the airline.

"Safety is not negotiable. If the rules are being bent, action will be taken," he said.

Malaysia's aviation sector has come under scrutiny in recent years over pilot shortages, with several carriers forced to trim schedules after failing to hire or retain enough experienced crew.""",
        [
            ("four-sector days ending well past", "Malaysian Association of Commercial Aviators"),
            ("Our members are telling us", "Zulkifli Hamzah"),
            ("intimidation, plain and simple", "Zulkifli Hamzah"),
            ("All rosters comply fully with", "AirSerai"),
            ("Fatigue reports are reviewed by", "AirSerai"),
            ("look into the matter thoroughly", "spokeswoman"),
            ("Fatigue is one of those", "Hafizah Osman"),
            ("When you see a cluster", "Hafizah Osman"),
            ("Safety is not negotiable.", "Ahmad Rizal Yusof"),
        ],
    ),
    (
        """Kampot Bay airport targets 3 million passengers as first flights land

By Jonathan Reyes

Cambodia's newest international gateway, Kampot Bay International Airport, welcomed its first commercial flights on 1 October, with the operator targeting 3 million annual passengers within five years of opening.

The airport, built under a 40-year concession by a consortium led by Phnom Penh-based developer Mekong Horizon Holdings, has a 3,200m runway capable of handling widebody aircraft and a 38,000sq m terminal with 14 gates.

Opening-day services included flights from Bangkok, Ho Chi Minh City and Kuala Lumpur, operated by three regional carriers. Chief executive Sokha Chheang says talks are under way with airlines in China, South Korea and India.

"We are not building for the traffic we have today," Chheang says. "The coastal provinces have been underserved for decades. Visitors who wanted to reach Kampot or Kep had to fly into the capital and then spend four hours on the road.

"Once you remove that barrier, you unlock a completely different market: the short-break traveller from Bangkok or Singapore who has three days, not ten."

The terminal has been designed to allow a second pier to be added once annual throughput passes 2 million, Chheang adds.

The State Aviation Authority of Cambodia (SAAC) certified the aerodrome in August after a series of trial flights, stating in its notice that the airport met "all applicable standards for Code E operations".

Some in the industry question the pace of airport development. "Cambodia now has three international airports within about 200km of each other, competing for the same tourist flows," says Daniel Wee, Singapore-based head of Asia-Pacific research at consultancy Skyward Analytics. "It's not obvious the airlines will follow at the speed the developers are hoping."

Chheang dismisses such concerns as "a very Bangkok-centric view of the region". He points to the growth of Vietnam's coastal airports over the past decade as evidence that new leisure gateways can generate their own traffic.

The first airline to base aircraft at the airport will be Angkor Coast Airways, which plans to station two ATR 72-600s there from December. Its commercial director, Vanna Keo, says the airline will launch domestic services to Siem Reap and Phnom Penh, followed by regional routes to southern Thailand.

"For us it's a chance to build a network that doesn't run through the capital. That's something no Cambodian carrier has really been able to do," she says.""",
        [
            ("We are not building for", "Sokha Chheang"),
            ("The coastal provinces have been", "Sokha Chheang"),
            ("Once you remove that barrier,", "Sokha Chheang"),
            ("all applicable standards for Code", "State Aviation Authority of Cambodia"),
            ("Cambodia now has three international", "Daniel Wee"),
            ("It's not obvious the airlines", "Daniel Wee"),
            ("a very Bangkok-centric view of", "Sokha Chheang"),
            ("For us it's a chance", "Vanna Keo"),
        ],
    ),
    (
        """Investigators fault service timing in Straits Pacific turbulence injuries

By Helen Marsh

Singapore’s Air Accident Investigation Office (AAIO) has found that cabin crew on a Straits Pacific Airlines Boeing 787-9 were still conducting meal service when the aircraft entered an area of severe turbulence over the Bay of Bengal, injuring 17 people.

The interim report, published on Tuesday, says the flight crew switched on the seatbelt sign around 40 seconds before the encounter but did not make a cabin announcement instructing crew to be seated. Weather radar showed no significant returns ahead of the aircraft, which was cruising at 39,000ft en route from Singapore to Dubai.

‘The encounter was consistent with clear-air turbulence, which is not detectable by onboard weather radar,’ the report states. ‘However, the investigation has identified opportunities for earlier precautionary action.’

Two cabin crew members suffered fractures and were taken to hospital after the aircraft diverted to Colombo. Thirteen passengers and two further crew members were treated for minor injuries.

The AAIO’s chief inspector, Tan Wei Ling, told a briefing that the office would also examine ‘whether current guidance on seatbelt sign use is adequate across the industry’, and not only at Straits Pacific.

The airline has already changed its procedures so that crew suspend service whenever the seatbelt sign is illuminated in cruise, regardless of whether an announcement is made. It is also rolling out a turbulence-forecast data feed to the electronic flight bags used by its pilots.

‘The safety of our passengers and crew is our highest priority, and we have accepted all of the investigators’ interim recommendations,’ a spokesman for Straits Pacific said.

Capt Lim Boon Keat, a former 777 training captain who now runs consultancy Horizon Line Safety, says the findings reflect a wider pattern.

‘Carriers across the region have been reluctant to interrupt service on long sectors because it’s a commercial product,’ he says. ‘But the data from the past few years are very clear: most serious turbulence injuries are to crew who are standing up.’

Lim adds that better sharing of real-time turbulence reports between airlines would also help. ‘At the moment, a pilot who hits something nasty tells the controller, and that information may or may not reach the aircraft 50 miles behind.’

The AAIO expects to publish its final report within 12 months of the occurrence.""",
        [
            ("The encounter was consistent with", "Air Accident Investigation Office"),
            ("However, the investigation has identified", "Air Accident Investigation Office"),
            ("whether current guidance on seatbelt", "Tan Wei Ling"),
            ("The safety of our passengers", "spokesman"),
            ("Carriers across the region have", "Lim Boon Keat"),
            ("But the data from the", "Lim Boon Keat"),
            ("At the moment, a pilot", "Lim Boon Keat"),
        ],
    ),
    (
        """Bird strikes surge at Phu Hoa Airport as wetlands draw flocks

Aircraft at Phu Hoa International Airport in the Mekong Delta have recorded 27 bird strikes since January, more than double the figure for the same period last year, according to the airport's operator.

Most of the incidents occurred during take-off and landing between 5 a.m. and 7 a.m., when flocks of egrets and herons move between feeding grounds in rice fields east of the runway, Delta Airports Joint Stock Company said.

In one case last month, an Airbus A321 bound for Hanoi returned to the airport 20 minutes after departure when a bird was ingested into its right engine. Nobody was hurt, but the engine had to be replaced, the company said.

"The situation is serious and getting worse. We cannot control what farmers plant, but the birds follow the water and the crops," Nguyen Thi Thu Hang, deputy director of the airport, said at a meeting with provincial authorities on Thursday.

Hang said airport staff were using sound cannons, laser devices and patrol vehicles to scare birds away from the runway area, but the measures were only "partly effective".

Vo Van Duc, vice chairman of the provincial People's Committee, said the province would work with farmers in the communes nearest the airport to shift planting schedules and would drain several ponds used for fish farming.

"We have to balance people's livelihoods with flight safety, but flight safety must come first," Duc said.

An official at the Ministry of Transport, who asked not to be named as he was not authorized to speak to the press, said the ministry was considering requiring airports in agricultural areas to employ wildlife specialists. "Most airports here still treat it as a job for security guards with firecrackers," he said.

Pilots said the risk was highest in the rainy season. One captain with a domestic carrier, who asked not to be identified, said crews had been told to expect birds on approach to Phu Hoa "almost every morning".

Phu Hoa handled 3.2 million passengers last year and is one of the fastest-growing airports in the south of the country. A project to extend its runway by 600 meters is scheduled to begin in 2027, subject to approval of land clearance in two neighboring communes.""",
        [
            ("The situation is serious and", "Nguyen Thi Thu Hang"),
            ("partly effective", "Nguyen Thi Thu Hang"),
            ("We have to balance people's", "Vo Van Duc"),
            ("Most airports here still treat", "official at the Ministry of Transport"),
            ("almost every morning", "captain with a domestic carrier"),
        ],
    ),
]
