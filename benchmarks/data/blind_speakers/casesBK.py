# Hand-labelled speaker-attribution test cases.
# Genre: US and Canadian national news on surveillance, policing technology
# and civil liberties. All people and organisations are fictional.

A1 = """ASHFORD, Mass. — After nearly four hours of public comment that stretched past midnight, the Ashford City Council voted 6-3 on Tuesday to approve a two-year pilot of automated license plate readers, the first such program in the western Massachusetts city.

The $340,000 contract with Vantage Roadway Systems will place 28 cameras at intersections and highway on-ramps under a program the company markets as “SafeRoads.” Police Chief Daniel Marchetti told councilors the cameras would help investigators recover stolen vehicles and find missing people far faster than they can today.

“This is not about watching law-abiding residents. It’s about giving my officers a tool that dozens of departments in this state already use,” Marchetti said.

Opponents were not persuaded. Councilor Renata Salgado, who voted against the measure, said the city was “building the infrastructure first and asking the hard questions later.” She pointed to a provision allowing plate data to be kept for 90 days, far longer than the 14-day limit recommended by the council’s own technology and privacy working group.

“Ninety days of everyone’s movements is a map of people’s lives — where they worship, which clinic they visit, whose house they sleep at,” Salgado said.

The Civil Liberties Coalition of Western Massachusetts, which organized much of the opposition, said in a statement after the vote that the council had “traded away residents’ privacy for a sales pitch.” The group said it would request the system’s audit logs under the state’s public records law as soon as the cameras go live.

A spokesperson for Vantage Roadway Systems said the company does not sell customer data and that police agencies “own and control their data at all times.”

Councilor Peter Ostrowski, who co-sponsored the pilot, acknowledged the concerns but said an amendment he added — requiring quarterly reports to the council on how often the system is searched and why — would keep it in check.

“If the numbers show this is being misused, I’ll be the first one to vote to pull the plug,” he said.

Linda Farrow, whose car was stolen from her driveway last spring, was among the handful of residents who urged approval, telling councilors she had waited weeks for news that never came. The car was later found stripped in a neighboring town.

The pilot is expected to begin in March, and the first quarterly report is due to the council in June."""

A2 = '''BRANTWOOD, Ont. — The Brantwood Regional Police Service used a facial recognition tool to run more than 1,200 searches over 18 months without telling its civilian oversight board, according to documents released Thursday.

The records, obtained by the advocacy group Open Streets Canada through a freedom-of-information request, show officers uploaded images from surveillance footage and social media to a platform sold by Toronto-based Clearmark Analytics. The board never approved a policy governing its use.

"The board was kept completely in the dark. You cannot have civilian oversight of a tool the civilians don't know exists," said Harpreet Dhaliwal, a lawyer with Open Streets Canada.

Deputy Chief Marcel Thibodeau said in an interview that the searches were part of a "limited evaluation of the software" and that no one had been charged solely on the basis of a facial recognition match.

"Every potential match was treated as an investigative lead, nothing more," Thibodeau said. He added that the service stopped using the platform in March and would have gladly briefed the board had officers understood a formal policy was required.

Board chair Evelyn Marsh said she learned of the searches from a reporter. In a written statement, she called the lack of disclosure unacceptable and said the board would commission an independent review.

Ontario's information and privacy commissioner, Dr. Aileen Choudhury, has repeatedly warned police services against adopting the technology without a clear legal framework. Her office said Friday it had opened a preliminary inquiry. In a 2022 report titled "Faces in the Crowd," the office found that several of the image databases such tools draw on were assembled by scraping photos from the internet without consent.

Clearmark did not respond to requests for comment. On its website, the company describes its product as "a force multiplier for modern investigations."

Privacy researchers say the Brantwood case fits a pattern. Nadia Okonkwo, who studies policing technology at Trillium University in Hamilton, said vendors often hand out free trial accounts that let individual officers experiment with the tools outside any chain of command, leaving senior leaders unaware of how widely they are used.

"It's shadow IT, but with people's faces," she said.'''

A3 = """The city of Lakemont will end its contract with a gunshot detection company after an audit found that most alerts over a three-year period sent officers to scenes with no evidence of gunfire.

Mayor Tasha Greer announced the decision Monday, saying the $1.9 million a year the city pays California-based SonicGrid would instead go to violence interruption programs and summer youth jobs.

The audit, released last month by the Lakemont Office of Inspector General, reviewed more than 14,000 alerts. Officers found shell casings, victims or other physical evidence of a shooting in about 11 percent of them. The report concluded that frequent deployments to alert locations “may increase the likelihood of investigatory stops” in the neighborhoods where sensors are concentrated, and it found no measurable drop in shootings after the system was installed.

Police Superintendent Ray Dominguez, who had defended the technology at a budget hearing in the fall, told reporters he disagreed with the mayor’s decision.

“When an alert comes in, my officers are on scene in minutes, sometimes before anyone has called 911, and you can’t put a number on the lives that saves,” he said.

SonicGrid said in a statement that the audit “fundamentally misunderstands how acoustic detection works,” arguing that many shootings leave no casings behind and that a lack of physical evidence does not mean a gun was not fired.

For residents of the South Shore neighborhood, where about a third of the city’s sensors are mounted, the debate has been personal. Community organizer Malik Jefferson said young men there have long complained of being stopped and searched by officers responding to alerts.

“They call it ‘shot detection,’ but out here we call it ‘getting stopped,’” Jefferson said.

Greer said the sensors would come down by the end of summer. The contract expires in June, and city officials said they had no plans to seek bids from other vendors."""

A4 = """A new study from researchers at the Northfield Institute of Technology has found that several commercial facial recognition systems sold to police departments misidentify darker-skinned women at rates up to 14 times higher than lighter-skinned men — even as vendors say the technology’s bias problems are largely behind it.

The study, titled “Who the Machine Sees,” tested seven algorithms on 40,000 photographs chosen to resemble real police work: grainy surveillance stills, partially obscured faces, poor lighting, odd angles.

Lead author Dr. Simone Achterberg, a computer scientist at the institute, said the results challenge the industry’s claim that accuracy gaps have been closed.

“The benchmark numbers vendors advertise are measured on clean, well-lit, passport-style photos,” Achterberg said. “That is not what a detective is uploading at two in the morning.

“When you test on the kind of images police actually use, the gaps come right back.”

The Security Industry Vision Council, a trade group that represents several of the companies whose products were tested, disputed the methodology. In a post on its website, the council said the study relied on “artificially degraded images that do not reflect best practices” and noted that most agencies require a human analyst to review any match before it is passed to investigators.

Co-author Jamal Whitfield, a doctoral student in Achterberg’s lab, said the team deliberately avoided cleaning up the images because many police agencies do not either. Of the 31 departments the researchers surveyed, fewer than half had written rules on image enhancement.

At least seven people in the United States have been publicly identified as wrongfully arrested after a facial recognition match, according to civil liberties groups; nearly all of them are Black. Whitfield said the study was not meant to tell police departments whether to use the technology.

“It’s meant to tell them what they’re buying,” he said."""

A5 = '''COLTON SPRINGS, Colo. — The Colton Springs Police Department will begin flying drones to 911 calls next month, making it the latest U.S. agency to adopt a "drone as first responder" model that has spread quickly despite questions about how much footage the aircraft collect and who gets to see it.

Under the program, drones launched from the rooftops of three police stations will reach most addresses in the city within 90 seconds of a call, streaming live video to dispatchers and to officers en route.

Police Chief Andrea Vasquez-Holt said the drones would let supervisors decide whether a call needs officers at all. "A lot of calls turn out to be nothing — a shopping cart in the road, a balloon caught in a power line," she said. "If I can clear that from the air, that's an officer who stays available for the next emergency."

The department has pledged that the drones will fly only in response to calls and will not be used for routine patrol. Under the policy, cameras will point toward the horizon during transit and will be tilted down only when the aircraft reaches the scene.

That hasn't reassured everyone. Marcus Lindqvist, policy director for the Colorado Privacy Project, said the policy leaves too much to officers' discretion and sets no limit on how long footage can be kept.

"A drone flying over a neighborhood on its way to a call is still flying over a neighborhood — over backyards, pools, bedroom windows," Lindqvist said. He noted that nobody outside the department would be able to verify where the cameras were pointed.

City Councilmember Dwayne Fortier, who chairs the public safety committee, said he supported the program but wanted the department to publish a monthly log of every flight, including the call that prompted it.

Officials said such a log was under consideration. A department spokesperson said the agency "intends to be the most transparent drone program in the state" and would post its full policy online before the first flight.

The drones, made by AeroWatch Systems, cost $610,000, most of it covered by a federal grant.'''

A6 = """OTTAWA — The RCMP collected and stored information on thousands of Canadians who posted about pipeline protests online, in many cases with no link to any criminal investigation, Canada’s privacy commissioner has found.

In a report tabled in Parliament on Wednesday, Privacy Commissioner Gilles Arsenault said the force’s social media monitoring unit, known internally as “Project Lantern,” gathered usernames, photos and location data from public posts over four years and kept much of it indefinitely. He recommended the force delete any information not tied to an active file within 90 days.

“Posting an opinion about a pipeline is not a threat to national security, and Canadians should be able to take part in public debate without ending up in a police database,” Arsenault told reporters at a news conference.

The RCMP said in a statement that it accepted most of the commissioner’s recommendations but disagreed with his conclusion that the monitoring had breached the Privacy Act. Open-source intelligence, the statement said, “is an essential tool for protecting critical infrastructure and the communities that depend on it.”

Public Safety Minister Claire Beaudoin said she had asked the force to report back on its progress within six months. Asked whether she still had confidence in the RCMP’s leadership, she replied: “I do. But confidence is earned, and this report raises serious questions.”

Among those whose posts were catalogued was Tamara Greyeyes, an Indigenous youth organizer from northern British Columbia, who learned of the file through an access-to-information request.

“I was 19 and posting pictures of a rally, and somewhere in Ottawa there was a folder with my name on it,” Greyeyes said in an interview.

Civil liberties advocates said the report shows federal privacy law needs an overhaul. Sunil Varma, executive director of the Canadian Digital Rights Alliance, noted that the Privacy Act has not been substantially updated since it came into force in 1983. The alliance has called for independent oversight of police intelligence gathering as part of a campaign it calls “Watch the Watchers.”"""

A7 = """The Greenbrook Unified School District will install AI-powered weapons scanners at the entrances of its five high schools this fall, after a school board vote Thursday night that came despite an independent test showing the system often flagged laptops and umbrellas while missing some knives.

The board voted 4-1 to spend $2.3 million on the scanners, made by Boston-based Sentinel Gate, following a contentious meeting at which more than 40 parents, students and teachers spoke.

Superintendent Karen Oduya said the district could not afford to wait for a perfect product. “Our families are telling us they are afraid to send their kids to school, and I would rather have a tool that sometimes errs on the side of caution than no tool at all,” Oduya said.

Sentinel Gate markets its scanners under the slogan “Security without the line.” But a test conducted last year by Halvorsen Labs, an independent firm hired by a school district in Ohio, found the portals missed two of 11 knives carried through them and produced a false alarm roughly once for every 20 students.

Board member Luis Carrera, who cast the lone vote against the purchase, called it “security theater with a seven-figure price tag” and urged the district to spend the money on counselors instead.

The company did not respond to questions about the Halvorsen findings.

A mother of two Greenbrook students, who asked not to be named because her children feared being singled out, said her son had been pulled aside three times in one week because of a metal binder in his backpack.

“He’s 15. He’s embarrassed,” she said. “And I don’t feel any safer.”

Oduya said the district would review false alarm data after the first semester and report the results to the board in January."""

A8 = """WESTHAVEN, Conn. — More than 3,000 Westhaven households and businesses have signed up to share footage from their security cameras with police through a voluntary registry, a figure that has alarmed privacy advocates who say the program is quietly building a citywide surveillance network.

The program, called “Camera Connect,” lets residents register the location of their cameras so detectives can request footage after a crime. A newer tier, launched in January, allows participants to give police live access to their feeds during an emergency.

Lt. Gregory Amell, who oversees the program, said participation is entirely voluntary and that officers must still ask permission each time they want recorded video.

“Nobody is tapping into anyone’s camera without their say-so. We’re asking neighbors to help neighbors,” Amell said.

The Connecticut Council for Civil Liberties sees it differently. In a letter sent to the mayor last week, the group’s legal director, Priya Raman, wrote that the live-access tier “effectively deputizes every private camera in the city” and asked officials to suspend it until the City Council holds public hearings.

In an interview, Raman said many residents who sign up may not understand what they are agreeing to, and that the bigger risk lies ahead. Her concern is simple: “Once the infrastructure exists, the rules for using it can change with a single policy memo.”

HomeLens, the doorbell camera maker whose devices account for most of the registered cameras, said in an emailed statement that it plays no role in the program and that customers decide for themselves whether to share footage.

At a community meeting Tuesday, longtime resident Walter Bessinger said he joined the registry after a string of package thefts on his street and has no regrets.

“If the police want to see my porch, they can see my porch. I’ve got nothing to hide,” he said.

The City Council’s public safety committee is scheduled to take up the registry next month."""

CASES = [
    (A1, [
        ("This is not about watching", "Daniel Marchetti"),
        ("building the infrastructure first and", "Renata Salgado"),
        ("Ninety days of everyone’s movements", "Renata Salgado"),
        ("traded away residents’ privacy for", "Civil Liberties Coalition of Western Massachusetts"),
        ("own and control their data", "spokesperson for Vantage Roadway Systems"),
        ("If the numbers show this", "Peter Ostrowski"),
    ]),
    (A2, [
        ("The board was kept completely", "Harpreet Dhaliwal"),
        ("limited evaluation of the software", "Marcel Thibodeau"),
        ("Every potential match was treated", "Marcel Thibodeau"),
        ("a force multiplier for modern", "Clearmark Analytics"),
        ("It's shadow IT, but with", "Nadia Okonkwo"),
    ]),
    (A3, [
        ("may increase the likelihood of", "Lakemont Office of Inspector General"),
        ("When an alert comes in", "Ray Dominguez"),
        ("fundamentally misunderstands how acoustic detection", "SonicGrid"),
        ("They call it ‘shot detection,’ but", "Malik Jefferson"),
    ]),
    (A4, [
        ("The benchmark numbers vendors advertise", "Simone Achterberg"),
        ("That is not what a", "Simone Achterberg"),
        ("artificially degraded images that do", "Security Industry Vision Council"),
        ("It’s meant to tell them", "Jamal Whitfield"),
    ]),
    (A5, [
        ("A lot of calls turn", "Andrea Vasquez-Holt"),
        ("If I can clear that", "Andrea Vasquez-Holt"),
        ("A drone flying over a", "Marcus Lindqvist"),
        ("intends to be the most", "department spokesperson"),
    ]),
    (A6, [
        ("Posting an opinion about a", "Gilles Arsenault"),
        ("is an essential tool for", "RCMP"),
        ("I do. But confidence is", "Claire Beaudoin"),
        ("I was 19 and posting", "Tamara Greyeyes"),
    ]),
    (A7, [
        ("Our families are telling us", "Karen Oduya"),
        ("security theater with a seven-figure", "Luis Carrera"),
        ("He’s 15. He’s embarrassed,", "mother of two Greenbrook students"),
        ("And I don’t feel any", "mother of two Greenbrook students"),
    ]),
    (A8, [
        ("Nobody is tapping into anyone’s", "Gregory Amell"),
        ("effectively deputizes every private camera", "Priya Raman"),
        ("Once the infrastructure exists, the", "Priya Raman"),
        ("If the police want to", "Walter Bessinger"),
    ]),
]

del A1, A2, A3, A4, A5, A6, A7, A8
