CASES = [
    (
        """Dutch investigators cite crew fatigue in Eelde-Noord cargo jet overrun

By Maarten Vos

THE HAGUE, March 14 (Reuters) - Fatigue and a late change of runway contributed to a cargo jet overrunning the end of the runway at Eelde-Noord airport last October, Dutch safety investigators said on Thursday, urging regulators to tighten rest rules for crews flying at night.

The Boeing 737-400 freighter, operated by Belgian carrier Scaldis Air Cargo, came to rest in a grass field about 90 metres (295 feet) beyond the runway end after landing in heavy rain on Oct. 9. Neither of the two pilots on board was injured.

"The crew had been awake for more than 20 hours by the time they began the approach," the Netherlands Transport Investigation Council said in its final report. "Their ability to recognise that the approach was no longer stable was significantly reduced."

Council chair Ingrid Hoekstra told reporters in The Hague that the findings were "not unique to this operator" and that night cargo flying had received too little attention from regulators across Europe.

"We see the same pattern again and again: long duty days, flying through the night and a crew under pressure to complete the last sector," Hoekstra said. "The rules allow it, and that is exactly the problem."

The report found that air traffic controllers had switched the aircraft to a shorter runway about eight minutes before touchdown because of a shifting crosswind, leaving the pilots little time to recalculate their landing distance. The first officer's calculation contained an error that went unnoticed, it said.

Scaldis Air Cargo said it had already cut the maximum length of night duties from 13 to 11 hours and introduced fatigue-monitoring software for its crews.

"Safety is our first priority and we have cooperated fully with the investigation," the company said in a statement, adding that it accepted all four recommendations addressed to it.

Air navigation service provider Luchtverkeersdienst Noord said it was reviewing how late runway changes are communicated to crews. A spokesman said the agency would "study the report carefully" before commenting on individual findings.

Ruud Kamphuis, chairman of the Dutch Airline Pilots Union, said the report vindicated years of warnings from its members.

"Pilots have been telling the regulator for a long time that the cargo sector is stretching the limits of what a human body can do," he said. "Today an independent body has put that in writing."

The council made 11 recommendations in total, including a call for the European Union Aviation Safety Agency to review flight time limitations for crews operating mostly at night. The agency did not immediately respond to a request for comment.

Eelde-Noord, a regional airport in the north of the Netherlands, handles around 40 cargo flights a week, most of them between midnight and 6 a.m.

(Reporting by Maarten Vos; Editing by Helen Price)""",
        [
            ("The crew had been awake", "Netherlands Transport Investigation Council"),
            ("Their ability to recognise that", "Netherlands Transport Investigation Council"),
            ("not unique to this operator", "Ingrid Hoekstra"),
            ("We see the same pattern", "Ingrid Hoekstra"),
            ("The rules allow it, and", "Ingrid Hoekstra"),
            ("Safety is our first priority", "Scaldis Air Cargo"),
            ("study the report carefully", "spokesman"),
            ("Pilots have been telling the", "Ruud Kamphuis"),
            ("Today an independent body has", "Ruud Kamphuis"),
        ],
    ),
    (
        """Passenger train hit landslip that had been reported days earlier, inquiry finds

Gwen Ashworth Transport correspondent

A passenger train that derailed in the northern Pennines last winter struck a landslip that a local farmer had reported to the track operator three days before the crash, an investigation has found.

Eleven passengers and two members of staff were injured when the two-carriage service from Hallbeck to Stainmoor Junction left the rails in a cutting near the village of Garsby on 17 January. The leading carriage came to rest leaning against the cutting wall.

In its report, titled “Signals Unheeded”, the Rail Accident Review Board said a call from the farmer had been logged by a contractor running the helpline for Northline Infrastructure but was “never passed to anyone with the authority to close the line”.

“This accident was foreseeable and it was preventable,” said Dr Helen Marsh-Odell, the board’s chief inspector. “Someone who knew the ground saw the danger and did exactly the right thing by reporting it. The system then failed to act on what he told it.

“We are not looking to blame an individual call handler. We are asking why an organisation of this size still had no reliable way of getting a warning from a phone line to a signaller.”

The farmer, Tom Rigg, whose land runs along the top of the cutting, said he had been “shaking for a week” after hearing about the derailment on the radio.

“I rang them because the fence had gone and there was mud right up against the rails,” he said. “They took my name and my number. I thought that would be the end of it.”

The report found that heavy rain in the preceding fortnight had saturated the slope, and that a drainage inspection scheduled for the previous autumn had been postponed twice because of staff shortages.

It makes nine recommendations, including that Northline review how reports from members of the public are triaged and that it carry out an urgent survey of cuttings with similar geology.

A spokesperson for Northline Infrastructure said: “We are deeply sorry for what happened at Garsby and we fully accept the board’s findings. We have already changed the way our helpline escalates safety reports, and every call about the condition of the line now goes directly to our control centre.”

Dave Colley, the general secretary of the Rail Workers’ Federation, said the postponed drainage work showed that maintenance budgets had been “cut to the bone”.

“Our members warned about this,” he said. “You cannot run a railway through hills like these with half the people you need and hope the weather stays kind.”

The line reopened in April after engineers removed about 2,000 tonnes of earth and rebuilt the slope. A government source said ministers would “look very closely” at the report’s recommendations before deciding whether wider action was needed.""",
        [
            ("never passed to anyone with", "Rail Accident Review Board"),
            ("This accident was foreseeable and", "Helen Marsh-Odell"),
            ("Someone who knew the ground", "Helen Marsh-Odell"),
            ("We are not looking to", "Helen Marsh-Odell"),
            ("shaking for a week", "Tom Rigg"),
            ("I rang them because the", "Tom Rigg"),
            ("They took my name and", "Tom Rigg"),
            ("We are deeply sorry for", "spokesperson"),
            ("cut to the bone", "Dave Colley"),
            ("Our members warned about this", "Dave Colley"),
            ("You cannot run a railway", "Dave Colley"),
            ("look very closely", "government source"),
        ],
    ),
    (
        """Icing, not pilot error, behind deadly Alpine helicopter crash: French probe

Grenoble (AFP) - Ice building up on the rotor blades probably brought down a sightseeing helicopter in the French Alps in February, killing the pilot and two passengers, investigators said Wednesday in a preliminary report.

The single-engine helicopter, operated by local firm Heli-Vercors Decouverte, crashed in a forested valley near the village of Saint-Aubin-des-Combes a few minutes after taking off on a 20-minute panoramic flight.

France's Bureau of Civil Aviation Accident Analysis (BAAC) said the aircraft had flown into a band of cloud where temperatures were well below freezing, conditions that were "not forecast with any precision" on the morning of the flight.

"The data recovered from the helicopter show a rapid loss of rotor performance over less than a minute," the bureau said. "The pilot's actions during this phase were consistent with the procedures in force."

The finding comes as a relief to the family of the pilot, 46-year-old former army aviator Julien Marceau, who had been criticised on social media in the days after the crash.

"Julien flew in these mountains for 20 years. He knew the valley better than anyone," his sister Claire Marceau told AFP. "Today, at last, people will stop saying he took a risk he should not have taken."

The two passengers, a Belgian couple in their sixties, were on holiday in the region.

Their families' lawyer, Emmanuel Roussel, said they would now focus on why the flight had been allowed to depart at all.

"The weather was marginal, everybody on the ground could see the cloud coming down the valley," he said. "We want to know who took the decision to go, and on what basis."

Heli-Vercors Decouverte said in a statement that it had "suspended all flights" pending the final report and was cooperating with investigators and with prosecutors in Grenoble, who have opened a manslaughter inquiry.

A source close to the investigation told AFP that the company's weather briefing on the morning of the crash had relied on a forecast issued more than six hours earlier.

The mayor of Saint-Aubin-des-Combes, Bernadette Joly, said the village of 800 people was still in shock.

"We see these helicopters over our heads every day in winter and nobody ever imagined this," she said. "Our thoughts are with the families, and also with the rescuers who had to go up there in the snow."

The BAAC said it would publish its final report within a year and was examining whether rules on mountain flights in possible icing conditions should be tightened.

According to the French civil aviation authority, around 200,000 passengers take sightseeing helicopter flights in the Alps and the Pyrenees every year.""",
        [
            ("not forecast with any precision", "Bureau of Civil Aviation Accident Analysis"),
            ("The data recovered from the", "Bureau of Civil Aviation Accident Analysis"),
            ("The pilot's actions during this", "Bureau of Civil Aviation Accident Analysis"),
            ("Julien flew in these mountains", "Claire Marceau"),
            ("Today, at last, people will", "Claire Marceau"),
            ("The weather was marginal, everybody", "Emmanuel Roussel"),
            ("We want to know who", "Emmanuel Roussel"),
            ("suspended all flights", "Heli-Vercors Decouverte"),
            ("We see these helicopters over", "Bernadette Joly"),
            ("Our thoughts are with the", "Bernadette Joly"),
        ],
    ),
    (
        """Controller was working alone during Kilcrea Airport near miss, report finds

Órla Brennan

A single air traffic controller was handling both the tower and approach frequencies at Kilcrea Airport when two passenger aircraft came within 1.2 nautical miles of each other last summer, an investigation has found.

The incident on July 22nd involved a regional turboprop departing for the UK and an Airbus A320 arriving from Spain with 174 people on board. The Air Safety Investigation Office (ASIO) has classified it as a serious incident.

Investigators found that a second controller who would normally have been on duty had gone home sick and that no replacement could be found at short notice, in line with what the report describes as a “long-standing pattern of minimum staffing” at the airport.

“The controller was managing a workload that would ordinarily be shared between two people,” the report states. “In these circumstances, the loss of separation cannot be attributed to individual error alone.”

According to the report, the crew of the A320 received an alert from their collision avoidance system and climbed, while the turboprop continued its departure. Nobody on either aircraft was injured.

The National Air Navigation Authority said it had since recruited four additional controllers for Kilcrea and no longer allows one controller to combine the two positions while scheduled flights are operating.

“We accept the findings of the report in full,” said the authority’s chief operations officer, Declan Furlong. “A situation where one person was carrying that load should not have arisen, and it will not arise again.”

Niamh Cullinane TD, who has raised staffing at regional airports in the Dáil on several occasions, said the report “confirms what controllers have been telling us privately for two years”.

“It was luck, not the system, that stopped this becoming a tragedy,” she said. “The Minister needs to come before the transport committee and explain how this was allowed to happen.”

A spokeswoman for the Department of Transport said the Minister of State with responsibility for aviation, Gerard Kielty, had received the report and would consider its recommendations “as a matter of priority”.

One controller at the airport, who asked not to be named, said staff had raised concerns about rostering repeatedly with management.

“Everyone knew it was only a matter of time,” the controller told The Irish Times. “You would be on your own on a Friday evening with both frequencies and the phones going, and you would just be praying that nothing unusual happened.”

The report makes six safety recommendations, four of them directed at the authority and two at the Commission for Aviation Safety, which oversees air navigation providers.

Kilcrea Airport handled just over 1.1 million passengers last year, its busiest year since 2008.""",
        [
            ("long-standing pattern of minimum staffing", "Air Safety Investigation Office"),
            ("The controller was managing a", "Air Safety Investigation Office"),
            ("In these circumstances, the loss", "Air Safety Investigation Office"),
            ("We accept the findings of", "Declan Furlong"),
            ("A situation where one person", "Declan Furlong"),
            ("confirms what controllers have been", "Niamh Cullinane"),
            ("It was luck, not the", "Niamh Cullinane"),
            ("The Minister needs to come", "Niamh Cullinane"),
            ("as a matter of priority", "spokeswoman"),
            ("Everyone knew it was only", "controller at the airport"),
            ("You would be on your", "controller at the airport"),
        ],
    ),
    (
        """Level crossing death ‘could have been prevented by barriers’, coroner rules

Harriet Quill

A grandmother killed when her car was hit by a train at an unstaffed level crossing in Lincolnshire would probably have survived if barriers had been fitted, a coroner has concluded.

Margaret Ellery, 71, died in March last year at Fenholme Drove crossing near the village of Saltby St Mary, where drivers must open the gates themselves and telephone the signaller for permission before crossing.

Recording a narrative conclusion yesterday, Rachel Dunmore, the assistant coroner for East Fenland, said the death ‘could have been prevented by barriers’ and described the crossing as ‘a hazard that everybody knew about and nobody fixed’.

‘Had full barriers been installed at Fenholme Drove, as was proposed in 2016, it is more likely than not that Mrs Ellery would be alive today,’ she said.

The inquest heard that Eastern Rail Infrastructure, which is responsible for the crossing, shelved a plan to upgrade it after the estimated cost rose to £2.4 million.

Giving evidence, Paul Sayer, the company’s route asset manager, said the decision had been ‘finely balanced’. Under questioning from the family’s barrister he accepted that the crossing’s risk score had been among the highest in the region for five years.

‘With hindsight, I wish we had found a way to do it sooner,’ he told the court.

The inquest also heard that the signaller had given Mrs Ellery permission to cross after misreading the position of a late-running freight train on a display that had been flagged as unreliable in two internal reports.

Her son, Graham Ellery, said outside court that the family had waited ‘two long years for someone to say this out loud’.

‘Mum used that crossing every week of her life,’ he said. ‘She did everything right that morning. She phoned, she was told it was safe, and she drove on. We will never understand how a company can decide that a price tag matters more than a person.’

Ms Dunmore said she would send a prevention of future deaths report to Eastern Rail Infrastructure and to the Department for Transport.

In a statement, Eastern Rail Infrastructure said: ‘Our thoughts remain with Mrs Ellery’s family. We have now approved funding for full barriers at Fenholme Drove, which will be installed this year, and we are reviewing every user-worked crossing on our network.’

The Level Crossing Safety Trust, which runs the ‘Stop, Look, Live’ campaign, said there were more than a thousand crossings in Britain where road users must operate the gates themselves.

Its director, Anil Rao, said: ‘This is not a one-off. There are hundreds of crossings like Fenholme Drove, and every one of them depends on a phone call and a screen being right. Families should not have to go to an inquest to get them fixed.’""",
        [
            ("could have been prevented by", "Rachel Dunmore"),
            ("could have been prevented by", "Rachel Dunmore"),
            ("a hazard that everybody knew", "Rachel Dunmore"),
            ("Had full barriers been installed", "Rachel Dunmore"),
            ("finely balanced", "Paul Sayer"),
            ("With hindsight, I wish we", "Paul Sayer"),
            ("two long years for someone", "Graham Ellery"),
            ("Mum used that crossing every", "Graham Ellery"),
            ("She did everything right that", "Graham Ellery"),
            ("Our thoughts remain with Mrs", "Eastern Rail Infrastructure"),
            ("This is not a one-off", "Anil Rao"),
        ],
    ),
    (
        """German operator withdraws 24 high-speed trains after brake fault

Berlin (dpa) - German long-distance rail operator Nordbahn Fernverkehr has withdrawn 24 high-speed trains from service after investigators found a defective brake component on a train that overshot a station in central Germany, the company said on Monday.

The train, carrying around 380 passengers, came to a halt about 600 metres beyond the end of the platform at Hohenstedt station on Saturday evening. Nobody was hurt.

The Federal Rail Inspectorate said initial checks had revealed cracks in a brake disc mounting on one of the train's bogies.

"We cannot rule out that the same defect exists on other vehicles of this series," a spokeswoman for the inspectorate said in Bonn.

Nordbahn said it had acted "immediately and as a precaution" and that all trains of the affected series would be inspected by Wednesday at the latest. Passengers should expect cancellations and crowded trains on the route between Hamburg and Frankfurt in the coming days, the company said.

"The safety of our passengers comes before punctuality, without any ifs or buts," Nordbahn board member Stefan Ortlepp told dpa. "We would rather cancel a train than run one we are not completely sure about."

The train drivers' union VDL said the incident raised questions about maintenance intervals. Union chairman Jürgen Balzer said drivers had been reporting "unusual braking behaviour" on trains of the series for months.

"Our colleagues wrote these reports, and nothing happened," Balzer said. "Now we have a train that did not stop where it should have. That is not a coincidence."

According to a person familiar with the investigation, the trains' manufacturer, Rheinwerk Mobility, had sent operators a technical bulletin about the brake mountings last autumn. The manufacturer declined to comment on the bulletin, saying only that it was "supporting the investigation with all available resources."

Transport Minister Karin Wollheim said she expected a full explanation from the operator and the manufacturer.

"I want to know by the end of the week whether warnings were ignored," she said in Berlin. "If that turns out to be the case, there will be consequences."

Passenger rights group Fahrgastbund Deutschland called on Nordbahn to refund tickets quickly and without bureaucracy. Its spokesman Thomas Heinle said: "Passengers who are stranded this week must not be left to fight for compensation on their own."

The inspectorate's investigation is expected to take several months. The affected trains entered service in 2017 and run mainly on north-south routes.""",
        [
            ("We cannot rule out that", "spokeswoman"),
            ("immediately and as a precaution", "Nordbahn Fernverkehr"),
            ("The safety of our passengers", "Stefan Ortlepp"),
            ("We would rather cancel a", "Stefan Ortlepp"),
            ("unusual braking behaviour", "Jürgen Balzer"),
            ("Our colleagues wrote these reports", "Jürgen Balzer"),
            ("Now we have a train", "Jürgen Balzer"),
            ("supporting the investigation with all", "Rheinwerk Mobility"),
            ("I want to know by", "Karin Wollheim"),
            ("If that turns out to", "Karin Wollheim"),
            ("Passengers who are stranded this", "Thomas Heinle"),
        ],
    ),
    (
        """Valfonda rail crash: two ex-managers get six years

(ANSA) - Castelmarino, May 8 - A court in the southern town of Castelmarino on Wednesday sentenced two former managers of regional rail operator Ferrovie Regionali del Sannio (FRS) to six years in prison each over a head-on collision that killed 19 people on a single-track line in 2019.

Four other defendants, including the stationmaster on duty at Valfonda on the day of the crash, were acquitted.

The two trains collided on a curve between Valfonda and San Lorenzo al Fiume after one was given the go-ahead by telephone while the other was already on the single track.

In her closing arguments, prosecutor Anna Ricciardelli had described the telephone-based block system still used on the line as "obsolete and known to be dangerous", and accused the company's leadership of repeatedly postponing the installation of an automatic train protection system even though funding was available.

"This sentence tells the families that their loved ones did not die because of bad luck," Ricciardelli said after the verdict was read. "They died because people in positions of responsibility chose to wait."

Relatives of the victims, many holding photographs, embraced in the courtroom as the sentences were read out.

"Today is not a day for celebration, but it is a day of justice," said Rosaria Fiore, president of the association of victims' families, whose 22-year-old son was among those killed.

She said the families would "keep watching" until the sentences became final, warning that the statute of limitations could still wipe out the case on appeal.

"We have waited five years for this. We will wait as long as it takes," she added.

Defence lawyer Carlo Menna said his client, former FRS general manager Vittorio Lanza, would appeal.

"My client has been made a scapegoat for decades of under-investment in the railways of the South," Menna told reporters outside the courthouse.

"The decisions on safety systems were not taken in Castelmarino. They were taken in Rome, and nobody from Rome was sitting in the dock today."

Infrastructure and Transport Minister Paolo Serafini said in a note that the ruling closed "a painful page" for the region and that the government was committed to completing automatic protection on all regional lines by 2027.

FRS, now under new management, said in a statement that it "respects the ruling" and that the protection system had been active across its entire network since 2022.

The court will publish the reasons for its verdict within 90 days.""",
        [
            ("obsolete and known to be", "Anna Ricciardelli"),
            ("This sentence tells the families", "Anna Ricciardelli"),
            ("They died because people in", "Anna Ricciardelli"),
            ("Today is not a day", "Rosaria Fiore"),
            ("keep watching", "Rosaria Fiore"),
            ("We have waited five years", "Rosaria Fiore"),
            ("My client has been made", "Carlo Menna"),
            ("The decisions on safety systems", "Carlo Menna"),
            ("a painful page", "Paolo Serafini"),
            ("respects the ruling", "Ferrovie Regionali del Sannio"),
        ],
    ),
    (
        """Swedish investigators blame software update for Norrvik train crash

A faulty software update to a signalling system caused a regional train to run into the back of a stationary timber train near Norrvik in central Sweden last year, the Swedish Transport Accident Board said on Tuesday.

Twenty-three people were injured, two of them seriously, when the regional train, travelling at around 60 kilometres per hour, hit the last wagon of the freight train on a January morning.

According to the board's final report, an update installed during the night before the accident caused the signalling system to show the section of track ahead as clear, even though the freight train had not yet left it.

"The system did exactly what it had been programmed to do. The problem was that it had been programmed wrong," the board's chief investigator, Annika Strömberg, told a press conference in Stockholm.

She said the update had been tested "in a laboratory environment that did not reflect the real layout of the station", and that the supplier and the rail infrastructure manager, Banförvaltningen, had each assumed the other was responsible for checks on site.

"Everyone believed someone else had checked," Strömberg said. "That is the central finding of this investigation."

Banförvaltningen's director of traffic safety, Per-Olof Lindqvist, said the agency accepted the findings. It has since introduced a rule that no signalling software may be put into service without a test run on the actual section of line, he said.

"We should have had that rule long before Norrvik. We did not, and we are sorry for that," Lindqvist said.

The supplier, Nordsignal Systems AB, said in a written statement to The Local that it "takes note of the report" and had "already implemented improved verification routines".

The driver of the regional train, who was among those seriously injured, told the regional newspaper Mellersta Posten that he had seen a green signal and had no reason to suspect that anything was wrong.

"I had driven that stretch hundreds of times. When I saw the timber wagons in front of me it was already too late," he told the paper.

"I braked and then I just held on."

The board made five recommendations, including that the national rail regulator require independent on-site testing of all safety-critical software changes.

Linnea Hed, chair of the passenger organisation Tågresenärerna, said the report made for uncomfortable reading.

"It is frightening to read that the safety of hundreds of passengers depended on an assumption," she said. "Travellers need to know that this cannot happen again anywhere in the country."

The line through Norrvik reopened to traffic in February after the damaged track and overhead wires were repaired.""",
        [
            ("The system did exactly what", "Annika Strömberg"),
            ("in a laboratory environment that", "Annika Strömberg"),
            ("Everyone believed someone else had", "Annika Strömberg"),
            ("That is the central finding", "Annika Strömberg"),
            ("We should have had that", "Per-Olof Lindqvist"),
            ("takes note of the report", "Nordsignal Systems AB"),
            ("already implemented improved verification routines", "Nordsignal Systems AB"),
            ("I had driven that stretch", "driver of the regional train"),
            ("I braked and then I", "driver of the regional train"),
            ("It is frightening to read", "Linnea Hed"),
            ("Travellers need to know that", "Linnea Hed"),
        ],
    ),
]
