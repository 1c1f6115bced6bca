CASES = [
    (
        """Gulf regulator grounds two jets after runway incursion at Ras Al Safra airport

DUBAI, March 14 (Reuters) - Aviation authorities in the emirate of Ras Al Safra have suspended operations of two Gulfwind Airways aircraft pending an investigation into a runway incursion at the emirate's main airport on Tuesday night, the regulator said on Wednesday.

A Gulfwind Airbus A321neo bound for Karachi had begun its take-off roll when a second aircraft operated by the same carrier crossed the far end of the runway without clearance, according to a preliminary statement from the Ras Al Safra Civil Aviation Authority (RSCAA).

The departing crew rejected the take-off at low speed and none of the 187 passengers and crew on the two aircraft was injured, the authority said.

"The safety margin on this occasion was adequate, but the event should not have happened," Khalid Al Mansoori, director general of the RSCAA, told reporters at a briefing. "We are looking at the human factors, the lighting and the procedures in the tower."

He said the authority had asked the airport operator to review its stop-bar lighting, which a person familiar with the matter said had been partially out of service for maintenance since last week.

Gulfwind said in a statement it was "cooperating fully with the authorities" and had stood down both flight crews as a standard precaution.

"Safety is our highest priority, and we will not resume operations of the aircraft involved until the investigation permits it," the airline said.

Ras Al Safra International Airport, which handled about 9 million passengers last year, has been expanding rapidly as low-cost carriers add routes to South Asia. A second runway is due to open in 2026.

The airport operator, Safra Airports Company, did not respond to a request for comment on the lighting.

One air traffic controller at the facility, who asked not to be named because he was not authorised to speak to the media, said staffing on the night shift had been "stretched thin for months" because of recruitment delays.

"You have two people doing the job of three at peak times," the controller said.

Analysts said the incident was unlikely to derail Gulfwind's expansion plans, which include 14 new routes to India, Pakistan and Bangladesh this year.

"Runway incursions are among the most common serious incidents worldwide, and regulators here tend to be quick to act," said Farah Siddiqui, an aviation analyst at Dubai-based consultancy Meridian Skies.

(Reporting by Omar Haddad; Editing by Peter Hallam)""",
        [
            ("The safety margin on this", "Khalid Al Mansoori"),
            ("We are looking at the", "Khalid Al Mansoori"),
            ("cooperating fully with the authorities", "Gulfwind Airways"),
            ("Safety is our highest priority", "Gulfwind Airways"),
            ("stretched thin for months", "air traffic controller at the facility"),
            ("You have two people doing", "air traffic controller at the facility"),
            ("Runway incursions are among the", "Farah Siddiqui"),
        ],
    ),
    (
        """Central European ANSP warns summer delays will persist despite new sector plan

By Daniel Whitcombe
Vienna

Air navigation service provider Centraero expects en-route delays over its airspace to remain above target this summer, even as it brings new sectors into service and recruits controllers at the fastest rate in a decade.

Speaking at a media briefing in Vienna on 12 March, chief executive Mirela Novaković said the provider would open four additional upper-airspace sectors by June, but cautioned that the gains would be “absorbed almost immediately” by traffic growth and military airspace restrictions along the eastern boundary.

“We are not going to pretend this will be a good summer,” she said. “It will be a better summer than it would otherwise have been, and that is the honest message to the airlines.”

Centraero, which controls upper airspace over three states under a cross-border agreement, recorded average en-route delay of 1.9min per flight last year, against a target of 0.7min. Its network planning team forecasts traffic growth of 5-6% in 2025.

Novaković says the provider has 84 controllers in training, with the first 30 due to validate before the peak. But she acknowledges that new controllers will initially be limited to lower-complexity sectors.

“It takes time before someone can work our busiest sector at full capacity on a Friday afternoon in July,” she says. “You cannot shortcut that, and we will not.”

Airlines have been critical. The Association of Regional European Carriers (AREC) says its members lost an estimated €310 million last year to delays attributed to the three-state block.

“Every summer we hear that next year will be different,” says AREC director general Thomas Lindqvist. “Our members are now building extra minutes into their schedules as a matter of routine, which is a cost passed straight on to passengers.”

Lindqvist argues that Centraero should accelerate deployment of its new flight-data processing system, which was originally due in 2023 and has slipped to late 2026.

Centraero’s technical director, Pavel Hrubý, says the delay reflects a decision to run the new system in shadow mode for longer than planned after problems emerged during testing at a partner provider.

“We saw what happened elsewhere when systems went live too early, and we made a conscious choice,” Hrubý says. “A delayed system is frustrating. A system that fails on a peak day is dangerous.”

The controllers’ union at Centraero, meanwhile, has signalled that it will resist any move to extend shift lengths. A union representative, who did not wish to be named, describes morale as “fragile” and says staff are “being asked to carry the consequences of planning decisions made years ago”.

Centraero says it is in talks with the union and remains “confident of an agreement” before the summer schedule begins.""",
        [
            ("absorbed almost immediately", "Mirela Novaković"),
            ("We are not going to pretend", "Mirela Novaković"),
            ("It will be a better", "Mirela Novaković"),
            ("It takes time before someone", "Mirela Novaković"),
            ("You cannot shortcut that, and", "Mirela Novaković"),
            ("Every summer we hear that", "Thomas Lindqvist"),
            ("Our members are now building", "Thomas Lindqvist"),
            ("We saw what happened elsewhere", "Pavel Hrubý"),
            ("A delayed system is frustrating.", "Pavel Hrubý"),
            ("fragile", "union representative"),
            ("being asked to carry the", "union representative"),
            ("confident of an agreement", "Centraero"),
        ],
    ),
    (
        """Keshavpur near-miss: Two jets came within 400 ft, probe ordered

Keshavpur, Sep 9 (PTI) The Civil Aviation Safety Directorate (CASD) has ordered a probe after two passenger aircraft came within 400 feet of each other vertically near Keshavpur airport on Sunday evening, officials said on Monday.

An AeroGanga flight from Mumbai descending to land and a Saffron Air flight climbing out after take-off received traffic collision avoidance system (TCAS) alerts, following which both crews took corrective action, a senior CASD official said.

"Both aircraft received resolution advisories and the pilots followed them correctly. The required separation was breached and the matter has been referred to the Aircraft Incident Investigation Board," the official said.

The AeroGanga aircraft was carrying 162 passengers and the Saffron Air plane 148, according to airline sources.

An AeroGanga spokesperson said the flight landed safely and "the crew reported the event to the authorities as per standard procedure." Saffron Air said in a statement that it was "extending full support to the investigation".

Preliminary information suggests that the approach controller had cleared the arriving aircraft to descend to an altitude already assigned to the departing flight, a source in the National Airports Board said.

"There was a read-back, and it appears the error was not caught at that stage. The tapes will make it clear," the source said, adding that the controller has been taken off active duty pending the probe.

Keshavpur airport, which handles more than 220 flights a day, has seen traffic rise by nearly 30 per cent in the last two years after the opening of a new terminal.

The Guild of Indian Air Traffic Controllers has repeatedly flagged shortage of staff at the airport. Its general secretary S Raghavendra Rao told PTI that controllers at Keshavpur were routinely working "extended hours without adequate rest".

"We have written to the ministry at least four times this year. The number of movements has gone up, but the number of controllers has not," Rao said.

Minister of State for Civil Aviation Anjali Deshmukh, speaking to reporters in Delhi, said the government would "not compromise on safety at any cost" and that the recruitment of 600 controllers was under way.

"I have asked for a report within 15 days. If lapses are found, action will be taken," she said.

This is the third reported loss-of-separation incident in the country's airspace this year. In March, two aircraft came within 2.5 nautical miles of each other near an airport in the south, prompting the CASD to issue a circular on controller fatigue.""",
        [
            ("Both aircraft received resolution advisories", "senior CASD official"),
            ("the crew reported the event", "spokesperson"),
            ("extending full support to the", "Saffron Air"),
            ("There was a read-back, and", "source in the National Airports Board"),
            ("extended hours without adequate rest", "S Raghavendra Rao"),
            ("We have written to the", "S Raghavendra Rao"),
            ("not compromise on safety at", "Anjali Deshmukh"),
            ("I have asked for a", "Anjali Deshmukh"),
        ],
    ),
    (
        """Drone sightings expose gaps in airport defences across northern Europe

Harriet Calloway in London and Jens Aalto in Nordhavn

Repeated drone sightings that halted flights at two northern European airports this month have exposed the limits of detection systems that governments spent heavily on after earlier disruptions, according to officials and industry executives.

Flights at Nordhavn airport were suspended for almost four hours on Friday evening after controllers reported several drones over the approach path, stranding about 9,000 passengers. A similar incident at Lindmark airport, 300km to the south, closed the runway for 90 minutes a week earlier.

‘We have detection. What we do not have is a reliable, lawful way to bring these things down quickly in a built-up area,’ said Henrik Sødergaard, chief operating officer of Nordhavn Airports. ‘That is the gap.’

Police said on Saturday that they had not identified the operators and had not ruled out a link between the incidents. A senior police official involved in the investigation said the drones appeared to have been ‘flown by people who knew exactly where the boundaries of our coverage were’.

The disruptions have revived a debate over who should be responsible for countering drones near airports — operators, police or the military. Under current rules in most European states, airports may detect drones but only law enforcement may interfere with them.

Elsa Brandt, director of the Airport Operators Council of Europe, a trade body, said the patchwork of national rules was ‘no longer defensible’ given the scale of the threat.

‘An airport in one country can call in military jammers within minutes; across the border, the same request takes hours and three signatures,’ she said. ‘Airlines and passengers do not care about jurisdiction. They care about whether their flight leaves.’

Insurers are also paying closer attention. One London-based aviation underwriter said losses from drone-related closures were still small relative to other claims but that their frequency was ‘becoming uncomfortable’.

The transport ministry said in a statement that it would present proposals to parliament before the summer recess, including powers for airport security staff to use certain counter-drone equipment under police supervision.

‘The government takes these incidents extremely seriously,’ the ministry said. ‘No option is off the table.’

Low-cost carrier NorthSky, which cancelled 41 flights during Friday’s closure, said it would seek compensation. Its chief executive, Mikkel Rasmussen, said: ‘We have paid for hotels, rebookings and crew overtime for a failure that is entirely outside our control. Someone in the system has to carry that cost, and it should not be the airline.’

Analysts caution that technology alone will not solve the problem. ‘Detection systems generate false alarms, and every false alarm that closes a runway is itself a disruption,’ said Sunita Marwah, a security researcher at the Institute for Transport Resilience in London. ‘The hard part is deciding, in real time, when a sighting is serious enough to stop traffic.’""",
        [
            ("We have detection. What we", "Henrik Sødergaard"),
            ("That is the gap.", "Henrik Sødergaard"),
            ("flown by people who knew", "senior police official involved in the investigation"),
            ("no longer defensible", "Elsa Brandt"),
            ("An airport in one country", "Elsa Brandt"),
            ("Airlines and passengers do not", "Elsa Brandt"),
            ("becoming uncomfortable", "London-based aviation underwriter"),
            ("The government takes these incidents", "transport ministry"),
            ("No option is off the", "transport ministry"),
            ("We have paid for hotels,", "Mikkel Rasmussen"),
            ("Detection systems generate false alarms,", "Sunita Marwah"),
            ("The hard part is deciding,", "Sunita Marwah"),
        ],
    ),
    (
        """New Dh1.2bn air traffic control centre to handle 1.5 million flights a year

UMM AL SAHEL // A new air traffic control centre that will manage all flights through the emirate's airspace opened on Sunday, as authorities prepare for a sharp rise in traffic over the Arabian Gulf.

The Sahel Area Control Centre, built at a cost of Dh1.2 billion, has 64 controller positions and is designed to handle up to 1.5 million flights a year, nearly double the current capacity.

Saeed Rashid Al Nuaimi, chairman of the Umm Al Sahel General Civil Aviation Authority, inaugurated the centre at a ceremony attended by officials from neighbouring states.

"Our airspace sits at the crossroads between Europe, Asia and Africa, and the traffic that passes through it will only grow," Mr Al Nuaimi said. "This centre gives us the capacity to grow with it safely."

Regional airspace has become more congested since several corridors to the north were closed or restricted, pushing hundreds of additional overflights a day through Gulf airspace. Controllers in the emirate handled about 820,000 flights last year, up 14 per cent on the year before.

The new centre uses a system that allows controllers to see flights up to 30 minutes before they enter the emirate's airspace, and replaces paper flight strips with electronic ones.

Aisha Al Marzouqi, director of air navigation services at the authority, said the change would reduce controller workload.

"In the old centre, a controller might be managing 20 aircraft while writing on paper strips and coordinating by telephone," she said. "Now much of that coordination is automatic, and the controller can concentrate on separation."

Ms Al Marzouqi said 38 per cent of the centre's controllers were citizens, a figure the authority aims to raise to 60 per cent by 2030.

"We have young people coming to us from engineering and science degrees, and after training they are among the best in the region," she said.

The authority said in a statement that the centre had completed 18 months of trials, including a period in which it operated in parallel with the old facility, without any safety occurrences.

Airlines welcomed the opening. A spokesman for Sahel Airways, the national carrier, said more direct routings would save "several minutes on many of our flights, which adds up to significant fuel and emissions savings over a year".

Captain Rohan Pillai, who flies routes between the Gulf and South Asia for a regional carrier, said congestion at certain entry points had become a daily concern.

"On an evening departure you can be holding at a waypoint for ten or fifteen minutes just to get into the flow. If this centre takes even some of that away, crews will notice," he said.

Mr Al Nuaimi said the authority was in talks with neighbouring states on a shared system for managing traffic flows.

"No country in this region can solve congestion on its own," he said.""",
        [
            ("Our airspace sits at the", "Saeed Rashid Al Nuaimi"),
            ("This centre gives us the", "Saeed Rashid Al Nuaimi"),
            ("In the old centre, a", "Aisha Al Marzouqi"),
            ("Now much of that coordination", "Aisha Al Marzouqi"),
            ("We have young people coming", "Aisha Al Marzouqi"),
            ("several minutes on many of", "spokesman"),
            ("On an evening departure you", "Rohan Pillai"),
            ("No country in this region", "Saeed Rashid Al Nuaimi"),
        ],
    ),
    (
        """Bird strikes at Sarwarabad airport surge as garbage dumps go unchecked

Asif Chaudhry

SARWARABAD: Bird strikes at Sarwarabad International Airport have more than doubled over the past year, with aviation officials blaming open garbage dumps and slaughter waste in neighbourhoods around the airfield.

According to data compiled by the Civil Aviation Regulatory Authority (CARA), 47 bird strikes were reported at the airport in 2023, compared to 21 the year before. At least six of these caused damage to engines or airframes, forcing aircraft to be grounded for inspection.

"The situation is alarming. We have written to the district administration and the municipal corporation repeatedly, but the dumps are still there," a senior CARA official told this reporter on condition of anonymity.

The official said the airport's bird control unit, which uses firecrackers, gas cannons and trained personnel to scare birds away, was "fighting a losing battle" as long as waste continued to attract kites and crows to the area.

Last month, an Indus Star Airlines ATR aircraft returned to the airport shortly after take-off after a kite was ingested into one of its engines. None of the 64 passengers on board was hurt.

"The captain handled it very professionally and landed safely. The engine had to be replaced, and the aircraft was out of service for nine days," said Tariq Mehmood Butt, the airline's director of flight operations.

He said each such incident cost the airline tens of thousands of dollars. "Beyond the money, it is a safety issue, and it is entirely preventable," he added.

Residents of Gulshan-e-Noor, a locality adjoining the airport's eastern boundary, said garbage had not been collected regularly for months.

"The trucks come once a week, sometimes once in two weeks. What are people supposed to do? They throw it in the empty plot," said Nazir Ahmed, a shopkeeper in the area.

The municipal corporation's spokesman, Imran Qureshi, said the corporation had launched a special cleanliness drive around the airport and would remove the dumps "within the next two weeks". He said illegal slaughtering near the airport was also being checked.

"We are taking it seriously. Our teams are working in coordination with the airport management," Mr Qureshi said.

Aviation experts said the problem was not unique to Sarwarabad. Retired Air Commodore Javed Iqbal Khattak, who has advised on airport safety, said land-use rules around airports existed on paper but were rarely enforced.

"There is supposed to be no waste disposal or slaughter within a certain radius of the runway. Everyone knows the rules. Nobody implements them," he said.

In a statement issued on Tuesday, CARA said it had formed a committee with the district administration to monitor the situation and that the airport's wildlife hazard management plan was being revised "in line with international standards".""",
        [
            ("The situation is alarming. We", "senior CARA official"),
            ("fighting a losing battle", "senior CARA official"),
            ("The captain handled it very", "Tariq Mehmood Butt"),
            ("Beyond the money, it is", "Tariq Mehmood Butt"),
            ("The trucks come once a", "Nazir Ahmed"),
            ("within the next two weeks", "Imran Qureshi"),
            ("We are taking it seriously.", "Imran Qureshi"),
            ("There is supposed to be", "Javed Iqbal Khattak"),
            ("in line with international standards", "Civil Aviation Regulatory Authority"),
        ],
    ),
    (
        """Air traffic strike grounds hundreds of flights as summer rush begins

Lorvenne (AFP) - Hundreds of flights were cancelled on Thursday as air traffic controllers walked out over staffing and pay, snarling travel at the start of the summer holiday season and rippling across European airspace.

The Civil Aviation Directorate asked airlines to cut 40 percent of their flights at Lorvenne-Saint-Avrel, the country's busiest airport, and half of those at regional airports in the south.

"This is a difficult day for passengers, and I want to apologise to them," Transport Minister Clement Ravaud told Radio Lorvenne.

"But I also want to be clear: the government has put a serious offer on the table, and it is now up to the unions to respond responsibly," he said.

The main controllers' union, UNAC, which called the 48-hour strike, said the dispute was about safety as much as pay.

"For years we have been warning that the system is running on goodwill and overtime," UNAC general secretary Sophie Marchetti told a rally outside the directorate's headquarters.

"Controllers are retiring and not being replaced. Trainees wait months for places on courses. Equipment in some centres dates from the 1990s.

"We are not striking against passengers. We are striking so that in five years there are still enough controllers to keep them safe."

At Saint-Avrel, departure boards were a sea of red "cancelled" notices by mid-morning, and queues at airline desks stretched the length of Terminal 2.

"We were supposed to fly to Athens for my daughter's wedding," said Martine Delorme, 58, sitting on her suitcase near the check-in area. "Now they tell us maybe Saturday. Maybe."

Because the strike also affects the upper-airspace control centre at Vessac, flights crossing the country without landing were hit as well.

Low-cost carrier AirVelo said it had cancelled 230 flights, many of them between Spain and Germany. Its chief executive Declan Moriarty called on the European Commission to protect overflights, saying it was "unacceptable that passengers flying between Madrid and Munich are cancelled because of a domestic dispute".

European network managers expected the walkout to cause more than 1,500 cancellations across the continent over the two days.

The ministry has proposed a six percent pay rise over two years and the recruitment of 250 additional controllers, according to a document seen by AFP.

A ministry source said talks were expected to resume on Friday but warned that "the offer will not get much bigger".""",
        [
            ("This is a difficult day", "Clement Ravaud"),
            ("But I also want to", "Clement Ravaud"),
            ("For years we have been", "Sophie Marchetti"),
            ("Controllers are retiring and not", "Sophie Marchetti"),
            ("We are not striking against", "Sophie Marchetti"),
            ("We were supposed to fly", "Martine Delorme"),
            ("Now they tell us maybe", "Martine Delorme"),
            ("unacceptable that passengers flying between", "Declan Moriarty"),
            ("the offer will not get", "ministry source"),
        ],
    ),
    (
        """Investigators Cite Pressure, Inhibited TAWS In Fatal Twin Otter Crash

Priya Venkataraman March 19, 2025

Nepalese investigators have concluded that the crew of a Himal Skyways DHC-6 Twin Otter that flew into terrain near Tarkhola Airport last May continued a visual approach into cloud with the aircraft's terrain awareness and warning system (TAWS) inhibited.

The final report, released March 18 by the Aircraft Accident Investigation Commission (AAIC), says all 19 people on board died when the aircraft struck a ridge about 3.5 nm short of Tarkhola's 1,650-ft. runway, which sits at an elevation of 8,900 ft. in a narrow valley.

"The probable cause of the accident was the crew's decision to continue the approach in instrument meteorological conditions after visual references were lost," the report states. "Contributing factors were the inhibition of the TAWS, commercial pressure to complete the scheduled rotation and inadequate oversight of the operator's training program."

According to the cockpit voice recorder, the first officer said "I can't see the ridge" about 40 sec. before impact. The captain replied: "Continue, it will open up." Neither pilot called for a go-around.

Investigators found that the TAWS had been inhibited before departure. Pilots interviewed by the commission described inhibiting the system as "normal practice" on the route because of frequent nuisance alerts in the valley, the report says.

The commission also found that the operator's schedule required the aircraft to complete four rotations before a forecast afternoon buildup of cloud, and that crews who turned back were routinely asked to justify the decision in writing. One Himal Skyways pilot told investigators the process "made you think twice before you turned around."

AAIC Chairman Bishnu Prasad Adhikari said at the report's release that the commission had made similar recommendations after two earlier accidents in mountainous terrain.

"We have said this before, and we are saying it more strongly now," Adhikari said. "The warning systems exist for exactly these conditions. If they are switched off, they protect no one."

The report makes 14 safety recommendations, including that the Department of Civil Aviation Safety (DCAS) prohibit TAWS inhibition except in defined circumstances and require operators to adopt a no-blame go-around policy.

Himal Skyways said in a statement that it "accepts the findings of the commission" and had since updated terrain databases across its fleet of six Twin Otters and dropped the written justification requirement.

The DCAS said it had "already begun implementing" several of the recommendations and would audit mountain operators by the end of the year.

Tenzing Norbu Sherpa, a former Twin Otter captain who now trains pilots for mountain operations, said the findings would be familiar to anyone who has flown in the region.

"Mountain flying leaves you almost no margin, and the weather in these valleys can close in within minutes," he said. "The culture has to make turning back the normal thing, not the exception."

The Twin Otter serves more than a dozen short, high-altitude airstrips in the country.""",
        [
            ("The probable cause of the", "Aircraft Accident Investigation Commission"),
            ("Contributing factors were the inhibition", "Aircraft Accident Investigation Commission"),
            ("I can't see the ridge", "first officer"),
            ("Continue, it will open up.", "captain"),
            ("normal practice", "pilots interviewed by the commission"),
            ("made you think twice before", "Himal Skyways pilot"),
            ("We have said this before,", "Bishnu Prasad Adhikari"),
            ("The warning systems exist for", "Bishnu Prasad Adhikari"),
            ("accepts the findings of the", "Himal Skyways"),
            ("already begun implementing", "Department of Civil Aviation Safety"),
            ("Mountain flying leaves you almost", "Tenzing Norbu Sherpa"),
            ("The culture has to make", "Tenzing Norbu Sherpa"),
        ],
    ),
]
