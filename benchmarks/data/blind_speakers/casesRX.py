CASES = [
    (
        """Indian start-up's Garuda rocket reaches orbit on second attempt

By Rohan Mehta

BENGALURU, March 14 (Reuters) - Indian space start-up Vyomika Aerospace put two small satellites into orbit on Friday with the second flight of its Garuda-1 rocket, a year after its first launch attempt ended in the Bay of Bengal.

The 18-metre rocket lifted off at 10:42 a.m. (0512 GMT) from a private launch pad on the coast of Andhra Pradesh and released both satellites into a 500-km orbit about 14 minutes later, the company said.

"Both payloads are healthy and talking to the ground," Vyomika's chief executive Arjun Menon told reporters at the company's mission control centre in Bengaluru. "Last year we learned a lot of hard lessons. Today we showed that we learned them."

Menon said the failure of the first flight had been traced to a valve in the second stage that froze during ascent. Engineers redesigned the part and tested it "more than 40 times" on the ground before clearing the rocket to fly, he said.

The launch carried a 60-kg earth observation satellite for Hyderabad-based crop analytics firm Khetra Insights and a 3-kg technology demonstrator built by students at the Kaveri Institute of Technology in Mysuru.

"Our students have spent three years on this satellite, and watching it separate on the live feed was extraordinary," said Lakshmi Raghavan, a professor of aerospace engineering at the institute who supervised the project.

India opened its space sector to private companies in 2020, and dozens of start-ups have since raised funding to build rockets, satellites and ground stations, hoping to win a larger share of the global launch market.

The National Space Authorisation Board, which licenses private launches, called Friday's flight "a milestone for the private launch ecosystem" in a statement and said it had received applications from four other companies.

Vyomika, founded in 2018 by former engineers from the state-run space programme, has raised about $95 million from investors including Bengaluru-based Saptarishi Capital, according to regulatory filings.

Industry analysts say small launchers face tough competition from rideshare missions, which carry dozens of satellites at once at lower prices per kilogram. One analyst, who asked not to be named because his firm advises several launch companies, said Vyomika would need to "fly at least four or five times a year" to be viable.

Menon said the company aimed to launch again before December and had signed contracts for six more flights.

"We are not going to rush it," he said. "But the order book is there."

(Reporting by Rohan Mehta; Editing by Alison Marsh)""",
        [
            ("Both payloads are healthy and", "Arjun Menon"),
            ("Last year we learned a", "Arjun Menon"),
            ("more than 40 times", "Arjun Menon"),
            ("Our students have spent three", "Lakshmi Raghavan"),
            ("a milestone for the private", "National Space Authorisation Board"),
            ("fly at least four or", "analyst"),
            ("We are not going to", "Arjun Menon"),
            ("But the order book is", "Arjun Menon"),
        ],
    ),
    (
        """‘It looked like nothing we’d seen’: Scottish-built camera spots plume erupting from Europa

Hannah Cole Science correspondent

A camera designed and built by a university lab in Scotland has captured what scientists believe is the first clear image of a plume of water erupting from the icy surface of Jupiter’s moon Europa.

The images, released on Tuesday, were taken last month by the Tern spacecraft, an international mission that has been orbiting Jupiter for just over two years. They show a faint, column-shaped haze rising about 80km above a fractured region near the moon’s south pole, which the team has nicknamed “the Scar”.

“It looked like nothing we’d seen before,” said Dr Fiona MacLeod, who leads the camera team at Clydebank University’s Space Imaging Laboratory. “We were checking routine calibration frames, and there was this faint plume rising off the edge of the moon.

“My first thought, honestly, was that something was wrong with our camera. It took us about a week of checking to convince ourselves it was real.”

Europa is thought to hide a salty ocean beneath an ice shell several kilometres thick, making it one of the most promising places in the solar system to look for conditions suitable for life. If material from that ocean is being vented into space, a spacecraft could in principle sample it without having to drill through the ice.

Scientists have reported possible plumes before, based on observations from telescopes near Earth, but those detections have been disputed.

Prof Daniel Okafor, a planetary scientist at the University of Bramford who was not involved in the work, said the new images were “exciting but not yet conclusive”.

“Plumes at Europa have been claimed before, and those claims have been hard to reproduce,” he said. “What you want now is to see it again, from a different angle, ideally with a spectrometer pointed at it. Then I’ll be persuaded.”

The mission’s project scientist, Dr Ingrid Sørensen, said the team was already revising the spacecraft’s schedule so that it would pass over the same region twice more in the coming months. She said the Tern’s mass spectrometer could, if the timing worked, fly “straight through the edge of the plume”.

The camera, which weighs less than 9kg, was built over seven years by a team of about 30 engineers and students in Glasgow. MacLeod said several of those who worked on it had started as undergraduates and were now running their own research projects.

The Space Science Research Council, which funded the instrument, said the result showed “the value of long-term investment in university instrument teams” and confirmed it would support the team’s analysis for a further three years.

The findings have been submitted to a peer-reviewed journal.""",
        [
            ("It looked like nothing we’d", "Fiona MacLeod"),
            ("It looked like nothing we’d", "Fiona MacLeod"),
            ("We were checking routine calibration", "Fiona MacLeod"),
            ("My first thought, honestly, was", "Fiona MacLeod"),
            ("exciting but not yet conclusive", "Daniel Okafor"),
            ("Plumes at Europa have been", "Daniel Okafor"),
            ("What you want now is", "Daniel Okafor"),
            ("straight through the edge of", "Ingrid Sørensen"),
            ("the value of long-term investment", "Space Science Research Council"),
        ],
    ),
    (
        """Private moon lander tips over after touchdown near lunar south pole

By MARK DELGADO AP Aerospace Writer

CAPE CANAVERAL, Fla. (AP) — A privately built moon lander touched down near the lunar south pole Thursday but appears to have tipped onto its side, its Houston-based builder said, cutting short a mission that was supposed to last nearly two weeks.

Halcyon Lunar Systems said its Wren lander stayed upright for "a few seconds at most" before one of its four legs slid on a slope and the spacecraft came to rest at an angle of roughly 30 degrees.

"We're on the moon, and we're talking to it," CEO Dana Whitfield told reporters Thursday evening. "It's not the landing we wanted. But the vehicle is alive, and that matters."

Whitfield said the lander's solar panels were producing far less power than planned because of the tilt. Flight controllers were trying to send back as much data as possible before the batteries run down, which she estimated could happen within 48 hours.

The company's flight director, Luis Ocampo, described the final moments of the descent: "The laser altimeter gave us a bad reading at about 30 meters, and the guidance software made a correction it didn't need to make. By the time it sorted itself out, we were coming in with some sideways velocity."

The 14-foot lander carried six experiments, including a ground-penetrating radar, a small rover the size of a shoebox and a camera built by Sonoran State University. Most were designed to operate while the lander stood upright.

The mission was backed by a $98 million government contract for commercial lunar deliveries. One official familiar with the program, who spoke on condition of anonymity because a formal review had not begun, said the main scientific goals were "pretty much off the table" but that some data could still be salvaged.

Sonoran State planetary geologist Rebecca Tam said her team had already received a handful of images, some showing the horizon at a steep angle.

"Even a crooked picture of the south pole is a picture nobody has ever taken from the surface," Tam said. "We'll take it."

The south polar region is of intense interest because its permanently shadowed craters are believed to hold frozen water, which future astronauts could use for drinking, breathing and rocket fuel.

Wren is the third private lander to reach the moon's surface, and the second to end up on its side. Only a handful of countries have managed a fully successful soft landing.

Whitfield said the company's second lander, already under construction, would get redesigned legs and updated software.

"We will learn from this," she said, "and we will fly again next year.\"""",
        [
            ("a few seconds at most", "Halcyon Lunar Systems"),
            ("We're on the moon, and", "Dana Whitfield"),
            ("It's not the landing we", "Dana Whitfield"),
            ("The laser altimeter gave us", "Luis Ocampo"),
            ("pretty much off the table", "official familiar with the program"),
            ("Even a crooked picture of", "Rebecca Tam"),
            ("We'll take it.", "Rebecca Tam"),
            ("We will learn from this", "Dana Whitfield"),
            ("and we will fly again", "Dana Whitfield"),
        ],
    ),
    (
        """Kenyan students' satellite reaches orbit

Nairobi (AFP) - A small satellite designed and assembled by university students in Kenya was placed into orbit on Saturday aboard a rideshare rocket launched from the United States, officials said, in what the government called a milestone for African science.

"This is a proud day for Kenya and for African science," Education Minister Grace Wanjiru said at a viewing event at the Rift Valley University of Technology in Nakuru, where hundreds of students and staff watched the launch on a giant screen.

The 10-kilogram "cubesat", named Twiga-2, is the second satellite built at the university. The first, a smaller technology demonstrator, operated for about eight months in 2021 before its battery failed.

According to the Kenya Space Authority, the new satellite will photograph farmland, rivers and reservoirs in the Rift Valley and the arid north. The authority said in a statement that the images would "help county governments track crop health and water levels in near real time".

Project lead Peter Otieno, a lecturer in electrical engineering, told AFP the team had built most of the satellite's systems in-house.

"Five years ago we had to buy everything from abroad," he said. "Now the power system, the radio and the flight software are ours."

"We still depend on others for the launch, and that will not change soon," he added.

Student Amina Hassan, 23, who wrote much of the flight software, described the moment the ground station picked up the satellite's first signal about 90 minutes after launch: "People were crying. Some of us had not slept for two days."

Dozens of African countries now operate satellites, and a continental space agency is being set up to coordinate their work.

But the programme has its critics. Opposition MP Samuel Kiprop said on social media that the government should "fix hospitals before we go to space", pointing to strikes by doctors over unpaid salaries earlier this year.

Wanjiru rejected the criticism. "Space technology is not a luxury. It is how you know where the rain will fall and where the locusts will go," she told journalists.

The satellite cost about 85 million shillings ($650,000), shared between the government and a European foundation, according to university officials.

Otieno said the team was already working on a third satellite that would carry a camera sharp enough to distinguish individual fields.

"We want the next one to be useful to a farmer in Turkana, not just to scientists," he said.""",
        [
            ("This is a proud day", "Grace Wanjiru"),
            ("help county governments track crop", "Kenya Space Authority"),
            ("Five years ago we had", "Peter Otieno"),
            ("Now the power system, the", "Peter Otieno"),
            ("We still depend on others", "Peter Otieno"),
            ("People were crying. Some of", "Amina Hassan"),
            ("fix hospitals before we go", "Samuel Kiprop"),
            ("Space technology is not a", "Grace Wanjiru"),
            ("We want the next one", "Peter Otieno"),
        ],
    ),
    (
        """Japan postpones launch of new rocket after sensor detects glitch

TOKYO (Kyodo) -- Japan's space agency on Wednesday postponed the launch of its new medium-lift rocket minutes before liftoff after a sensor detected an abnormal pressure reading in the second stage, officials said.

The Hoshiwa-3 rocket, carrying the government's Kumo-5 weather satellite, had been scheduled to lift off at 9:17 a.m. from the Kamishima Space Center in Kagoshima Prefecture. The countdown was halted automatically about four minutes before launch.

"We decided to stop the countdown because safety comes first," Kenji Morimoto, project manager at the Japan Space Exploration Agency, told a press conference at the launch site. "We do not think it is a serious problem, but we need to check the data carefully."

Morimoto said engineers would inspect a valve and its sensor over the next several days, and that the agency would announce a new launch date "as soon as we understand the cause."

The rocket was developed jointly by the agency and Takanawa Heavy Industries, which builds and operates the launcher. The company said in a statement it was "cooperating fully with the agency's investigation."

The Hoshiwa-3 is intended to replace the country's aging workhorse rocket at about half the cost per launch, as Japan seeks to compete for commercial satellite contracts with U.S. and European launch providers. Its maiden flight last year ended in failure when the second-stage engine did not ignite, forcing controllers to send a destruct command.

Since then the agency has launched the rocket twice without problems, and officials had hoped Wednesday's mission would mark the start of regular operations.

Chief Cabinet Secretary Hiroshi Nakagawa told a regular press conference in Tokyo that the government would continue to support the program. "We hope the agency will identify the cause quickly and prepare for a safe launch," he said.

Launches from the island are subject to agreements with local fishermen, who must stay out of hazard zones at sea on launch days. An official of the local fisheries cooperative said members had agreed to extend the launch window by a week. "Our members understand that this rocket is important for the country," the official said.

Yuki Tanabe, a professor of space policy at Shonan University, said the postponement should not be seen as a setback.

"A scrub is not a failure. It means the system worked," Tanabe said. "But the agency is under a lot of pressure to show the rocket is reliable, and every delay adds to that pressure."

The Kumo-5 satellite is designed to improve forecasts of torrential rain and typhoons by observing cloud formation over the Pacific every two and a half minutes, twice as often as the satellite it will replace.""",
        [
            ("We decided to stop the", "Kenji Morimoto"),
            ("We do not think it", "Kenji Morimoto"),
            ("as soon as we understand", "Kenji Morimoto"),
            ("cooperating fully with the agency's", "Takanawa Heavy Industries"),
            ("We hope the agency will", "Hiroshi Nakagawa"),
            ("Our members understand that this", "official of the local fisheries cooperative"),
            ("A scrub is not a", "Yuki Tanabe"),
            ("But the agency is under", "Yuki Tanabe"),
        ],
    ),
    (
        """Orbital refueling startup Tessellate Space raises $62 million

Jordan Pike

DENVER — Tessellate Space, a startup developing spacecraft to refuel satellites in geostationary orbit, has raised $62 million in a Series B round to pay for its first demonstration mission.

The company announced the funding Feb. 11. The round was led by Harrow Peak Ventures, with participation from existing investors Lodestar Capital and Ninefold Partners.

"We've proven the docking hardware on the ground. Now we have to prove it in space," said Priya Natarajan, co-founder and chief executive of Tessellate, in an interview. "This round gets us there."

The company plans to launch its demonstration spacecraft, called Tender, in the second half of next year as a secondary payload. Tender will rendezvous with a retired communications satellite owned by Solvara Communications, dock with it using a grappling mechanism that attaches to the satellite's launch adapter ring and transfer about 40 kilograms of xenon propellant.

Tessellate said in its announcement that the mission would be "the first commercial transfer of propellant between two spacecraft in orbit." Government agencies have demonstrated in-orbit refueling before, but only with spacecraft designed for the purpose.

Natarajan said the biggest technical risk was not docking but moving the propellant itself.

"Fluid transfer in microgravity is genuinely hard. Fluids don't behave the way your intuition says they will, and you have to manage pressure very carefully so you don't damage the client's tanks," she said.

"We've done about 300 hours of transfer testing in our lab in Golden. I'm confident, but I'm not going to pretend it's easy."

Martin Greaves, a partner at Harrow Peak Ventures, said the firm had looked at "nearly every" in-space servicing company before deciding to invest. "The difference with Tessellate is that they started with the customer," he said. "They went to satellite operators first and asked what they would actually pay for."

The company has signed a memorandum of understanding with Solvara for refueling services on up to three active satellites if the demonstration succeeds, but has not disclosed the value of the agreement.

Solvara's chief technology officer, Ken Aldridge, said in a statement that extending the life of a geostationary satellite by even two or three years "can be worth tens of millions of dollars to an operator."

The market for satellite life extension remains small. Caroline Ashby, an analyst at Northcote Space Advisory, said interest among operators has grown but few have committed money: "Operators like the idea, but very few have signed contracts. The first company that actually does it in orbit will have a big advantage."

Tessellate, founded in 2019, has about 70 employees and has now raised $91 million in total. Natarajan said the new funding would also allow the company to begin designing a larger operational servicer.""",
        [
            ("We've proven the docking hardware", "Priya Natarajan"),
            ("This round gets us there.", "Priya Natarajan"),
            ("the first commercial transfer of", "Tessellate Space"),
            ("Fluid transfer in microgravity is", "Priya Natarajan"),
            ("We've done about 300 hours", "Priya Natarajan"),
            ("nearly every", "Martin Greaves"),
            ("The difference with Tessellate is", "Martin Greaves"),
            ("They went to satellite operators", "Martin Greaves"),
            ("can be worth tens of", "Ken Aldridge"),
            ("Operators like the idea, but", "Caroline Ashby"),
        ],
    ),
    (
        """German start-up's rocket crashes into sea seconds after launch

Munich/Oslo (dpa) - The first orbital launch attempt by German start-up Falkwerk Raumfahrt ended in failure on Monday when its rocket lost control about 40 seconds after lifting off from a spaceport in northern Norway and fell into the sea.

No one was injured, the operator of the Skarvøy spaceport said. All debris came down within the designated hazard area off the coast, it said.

"Today did not go the way we hoped, but we collected an enormous amount of data," Falkwerk chief executive Tobias Lindner said in a video posted on the company's website. "Every second of flight teaches us more than months on the test stand."

A spokeswoman for the Munich-based company said it was too early to say why the 27-metre rocket had begun to roll shortly after clearing the launch tower. Engineers would analyse the telemetry "in the coming days and weeks," she said.

Spaceport director Sigrid Haugland told dpa that the launch pad appeared to have escaped serious damage. "The pad looks fine. We will be ready when they are," she said.

Falkwerk is one of several European companies racing to build small rockets, as Europe seeks more independent access to space. The continent has had limited launch capacity in recent years after delays to its larger rockets.

Germany's federal coordinator for aerospace policy, Claudia Berger, said in Berlin that the government's support for the company was not in question. "Setbacks are part of spaceflight," Berger said, adding that Germany remained committed to "a competitive European launch industry."

The rocket was carrying no customer satellites, only a mass simulator. The company has said it has signed launch agreements with several satellite operators, including a university consortium from Bavaria.

Markus Feld, a professor of space systems at Brunnstadt University, said failures on first flights were "almost the rule rather than the exception" for new launch vehicles.

"What matters now is how quickly they can find the cause and fly again," Feld told dpa. "If that takes six months, it is not a catastrophe. If it takes two years, the competition will be gone."

Falkwerk, founded in 2018, has raised more than 300 million euros from investors. Lindner said the company already had a second rocket in final assembly and hoped to attempt another launch within the year.""",
        [
            ("Today did not go the", "Tobias Lindner"),
            ("Every second of flight teaches", "Tobias Lindner"),
            ("in the coming days and", "spokeswoman"),
            ("The pad looks fine. We", "Sigrid Haugland"),
            ("Setbacks are part of spaceflight,", "Claudia Berger"),
            ("a competitive European launch industry.", "Claudia Berger"),
            ("almost the rule rather than", "Markus Feld"),
            ("What matters now is how", "Markus Feld"),
            ("If that takes six months,", "Markus Feld"),
        ],
    ),
    (
        """Outback rocket launch carries university experiments to the edge of space

By Sarah Nguyen

A rocket built by a Queensland start-up has reached the edge of space after launching from a cattle station in the state's central west, carrying experiments from three Australian universities.

The 12-metre rocket, built by Brisbane-based Southern Reach Launch, lifted off from Warrick Plains station, about 150 kilometres north of Ballanda, shortly after 7:00am on Sunday.

Chief executive Tom Hadley said the rocket reached an altitude of about 105 kilometres, just above the Kármán line that is commonly used to mark the boundary of space, before its payload section parachuted back to the ground.

"It's been six years of work to get to this point, and to see it go up clean like that — I don't think any of us had dry eyes," Mr Hadley told the ABC.

"We'll recover the payloads this afternoon and hand them straight back to the universities."

The company's three earlier flights, which it calls "pathfinders", reached altitudes of up to 40 kilometres.

Among the experiments on board was a small furnace built by a team at Darling Downs University to grow crystals for solar cells in microgravity.

Dr Mei Lin Zhou, who leads the university's materials lab, said the rocket had given her team about six minutes of near-weightlessness.

"Six minutes sounds short, but for the kind of crystal growth we study, it's a lifetime," Dr Zhou said.

"The alternative is waiting years for a spot on the space station, so this is a really big deal for a small lab like ours."

Station owner Bev McAllister, whose family has run cattle on Warrick Plains for four generations, said the launch was "the biggest thing to happen out here since the '74 floods".

She said neighbours had driven hundreds of kilometres to watch from the boundary fence.

A spokesperson for the Australian Space Office, which issued the launch permit, said the flight had been conducted safely.

"All conditions of the permit were met, and we will continue to work with the company on its future plans," the spokesperson said.

Ballanda Shire Mayor Graham Pettit said the council hoped regular launches would bring jobs and tourists to the region.

"We want this to become a regular thing, not a one-off," Cr Pettit said. "Every motel room in town was booked this weekend."

Southern Reach plans to attempt an orbital launch from a site in north Queensland within three years.""",
        [
            ("It's been six years of", "Tom Hadley"),
            ("We'll recover the payloads this", "Tom Hadley"),
            ("Six minutes sounds short, but", "Mei Lin Zhou"),
            ("The alternative is waiting years", "Mei Lin Zhou"),
            ("the biggest thing to happen", "Bev McAllister"),
            ("All conditions of the permit", "spokesperson"),
            ("We want this to become", "Graham Pettit"),
            ("Every motel room in town", "Graham Pettit"),
        ],
    ),
]
