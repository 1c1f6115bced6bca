CASES = [
    (
        """Lunar lander built by Colorado startup goes silent hours before touchdown

BOULDER, Colo. (AP) — A privately built lunar lander carrying instruments for three universities stopped communicating with flight controllers Tuesday, less than four hours before it was scheduled to touch down near the moon's south pole, the company said.

Halcyon Aerospace lost contact with its Pika-2 spacecraft at 11:42 a.m. Mountain time during a routine engine check, according to a timeline the company posted online. Engineers spent the afternoon sending commands through ground antennas in Australia and Spain without getting a response.

"We are not giving up on this vehicle," Halcyon chief executive Marisol Etchegaray told reporters at the company's mission operations center. "We have a spacecraft that was healthy this morning, and we have a lot of smart people working the problem."

Etchegaray said the team believed a power fault in the lander's main radio was the most likely cause but declined to speculate further. The lander has enough battery charge to survive roughly 30 hours without sunlight on its solar panels, she said.

The $118 million mission was partly paid for by a federal program that contracts commercial companies to deliver scientific payloads to the lunar surface. Its cargo included a ground-penetrating radar built at Wexford Polytechnic Institute in upstate New York and a dust sensor from the University of Southern Nevada.

"It's a gut punch," said Owen Pruitt, a planetary geologist at Wexford Polytechnic who spent six years on the radar. "You build something, you test it a hundred times, and then it's out of your hands."

Pruitt said about 200 students had gathered at the campus planetarium to watch the landing on a big screen, and many stayed after the signal dropped.

An official with the federal program, who was not authorized to speak publicly about the mission, said the agency had anticipated that some of the early flights would fail. "These are hard missions, and everybody went in knowing that," the official said.

The program has paid for six landing attempts since 2022. Two have succeeded.

Halcyon said in a statement late Tuesday that it would keep trying to reach the spacecraft "for as long as there is a physical chance of recovery."

Etchegaray, a former Air Force engineer who founded the company in 2016, said a second lander was already under construction at the company's factory east of Boulder.

"Whatever happened today, we will learn from it," she said. "And we will fly again."

Halcyon said it would provide another update Wednesday morning.""",
        [
            ("We are not giving up", "Marisol Etchegaray"),
            ("We have a spacecraft that", "Marisol Etchegaray"),
            ("It's a gut punch,", "Owen Pruitt"),
            ("You build something, you test", "Owen Pruitt"),
            ("These are hard missions, and", "official with the federal program"),
            ("for as long as there", "Halcyon Aerospace"),
            ("Whatever happened today, we will", "Marisol Etchegaray"),
            ("And we will fly again.", "Marisol Etchegaray"),
        ],
    ),
    (
        """Grad students say scholarship boost in budget won't cover rising rents

OTTAWA — Graduate students and early-career researchers say a boost to federal scholarships announced in Thursday's budget is welcome but won't be enough to keep many of them in Canada.

The budget raises the value of master's scholarships to $27,000 a year from $17,500, and doctoral awards to $40,000 from $35,000, beginning next fall. Ottawa is also promising to fund about 1,700 more awards over five years.

"It's the first real increase in two decades, and we're not going to pretend otherwise," said Priya Ramanathan, president of the Canadian Graduate Researchers' Alliance. "But the number of students who actually get these awards is small. Most grad students in this country are paid out of a supervisor's grant, and those stipends haven't moved."

Ramanathan said her group's survey of 4,200 students found more than a third had considered leaving Canada to finish their studies.

Science Minister Laurent Bissonnette told reporters in the House of Commons foyer that the government had listened to researchers.

"We heard very clearly that young scientists were struggling, and this budget responds to that," Bissonnette said.

He said the federal granting councils would also receive more money to raise the value of stipends paid out of research grants, but did not say how much.

The Association of Canadian Research Universities said in a statement the measures were "a meaningful first step" but urged Ottawa to commit to indexing the awards to inflation.

Daniel Okafor, a fourth-year PhD student in chemical engineering at the Fraser Valley Institute of Technology in Burnaby, B.C., said he pays $1,850 a month for a one-bedroom apartment he shares with his partner. His stipend of about $24,000 a year hasn't changed since he started his program, he said.

"I love the work. I don't love eating rice five nights a week," Okafor said in an interview. "Some of my friends have already taken jobs in Boston and San Diego, and they aren't coming back."

Conservative science critic Karen Lindqvist said the budget did nothing to address what she called "a brain drain that has been happening for years," and accused the government of waiting until an election year to act.

The budget also sets aside $210 million over four years for research infrastructure at colleges and smaller universities.

Bissonnette's office said applications for the new awards would open in September.""",
        [
            ("It's the first real increase", "Priya Ramanathan"),
            ("But the number of students", "Priya Ramanathan"),
            ("We heard very clearly that", "Laurent Bissonnette"),
            ("a meaningful first step", "Association of Canadian Research Universities"),
            ("I love the work. I", "Daniel Okafor"),
            ("Some of my friends have", "Daniel Okafor"),
            ("a brain drain that has", "Karen Lindqvist"),
        ],
    ),
    (
        """Canadian radio telescope traces mysterious bursts to a dead galaxy

By Ruth Abernathy

Astronomers using a radio telescope in British Columbia’s southern interior say they have traced a repeating flash of radio waves to an old, quiet galaxy where almost no new stars are forming — a finding that complicates one of the leading explanations for the bursts.

The signal, catalogued as FRB 20230917B, has flared more than 60 times since it was first detected two years ago. Each flash lasts a few thousandths of a second. Fast radio bursts, sometimes called “cosmic lighthouses,” have been recorded by the thousands, but only a few dozen have been pinned to a specific host galaxy.

“Everybody assumed these things come from young, highly magnetized neutron stars, and young neutron stars live where stars are being born,” said Naomi Feldstein, an astrophysicist at Thompson River University in Kamloops and the study’s lead author. “This galaxy stopped making stars billions of years ago. So either we’re wrong about what makes the bursts, or something unusual is going on there.

“We don’t know which yet. That’s the fun part.”

The results were published Wednesday in the Astrophysical Journal Letters.

The telescope, known as the Okanagan Hydrogen Array, is a field of half-pipe-shaped reflectors near the town of Falkland Creek. It is operated by Thompson River and two partner universities and has been funded largely by the Canada Foundation for Research Infrastructure.

To pin down the source, Feldstein’s team combined data from the main array with a set of smaller outrigger antennas spread across the province, which allowed them to locate the bursts to within a patch of sky smaller than the galaxy itself.

Marcus Ellery, a radio astronomer at Lakeshore University in Milwaukee who was not involved in the work, called the localization “beautifully done” but cautioned against reading too much into a single object.

“I’d want to see a second one like this before I tear up the textbook,” he said. “One odd galaxy can be a fluke. Two is a pattern.”

The team suggests the source could be a neutron star formed when two white dwarf stars merged, a process that can happen long after a galaxy has stopped forming stars.

“That’s our favourite idea right now, but I wouldn’t bet the house on it,” Feldstein wrote in an email.

The array’s operating grant expires next year. A spokeswoman for the foundation said renewal decisions would be announced “in the coming months.”""",
        [
            ("Everybody assumed these things come", "Naomi Feldstein"),
            ("This galaxy stopped making stars", "Naomi Feldstein"),
            ("We don’t know which yet.", "Naomi Feldstein"),
            ("beautifully done", "Marcus Ellery"),
            ("I’d want to see a", "Marcus Ellery"),
            ("One odd galaxy can be", "Marcus Ellery"),
            ("That’s our favourite idea right", "Naomi Feldstein"),
            ("in the coming months.", "spokeswoman"),
        ],
    ),
    (
        """U.S. universities sue to block cap on research overhead payments

By Caleb Montrose

WASHINGTON, May 6 - A coalition of 22 U.S. universities and two higher-education groups sued the federal government on Tuesday to stop a new policy capping the overhead costs paid on biomedical research grants at 15%, saying it would force labs to close and researchers to be laid off.

The lawsuit, filed in federal court in Boston, challenges guidance issued last month by the National Institute for Biomedical Research, which funds about $38 billion a year in research at universities, hospitals and independent institutes.

Indirect costs cover expenses such as building maintenance, utilities, laboratory safety and administrative staff that cannot be billed to a single project. Many large research universities have negotiated rates above 50%.

"This is not overhead in the way most people understand the word," said Lorraine Achterberg, president of the Association of Public Research Universities, one of the plaintiffs. "It is the electricity that runs the freezers, the people who make sure radioactive waste is handled safely, the compliance officers who protect human subjects."

The plaintiffs argue that the institute bypassed rules requiring public notice and comment before changing negotiated rates, and that Congress has repeatedly blocked similar caps in spending bills.

The institute said in a statement that the cap would "redirect billions of dollars to direct scientific research" and that it does not comment on pending litigation.

A senior administration official, speaking to reporters on condition of anonymity, said universities had "built administrative empires on the taxpayer's dime" and could cover any shortfall from their endowments.

University leaders dispute that. At Merrimack State University, one of the plaintiffs, Provost Dev Chaudhary said the school would lose about $61 million a year under the cap, and that most of its endowment is restricted by donors to scholarships and named professorships.

"We would have to make choices about which labs stay open," Chaudhary said in an interview. "There is no version of this where research doesn't shrink."

According to an analysis by the Center for Science Budget Studies, a nonpartisan research group, the cap would reduce payments to universities and hospitals by about $4.1 billion in its first year.

Senator Ruth Haverford, a Democrat who sits on the Senate Appropriations Committee, called the policy "a wrecking ball aimed at American science" and said she would seek language in this year's spending bill to reverse it.

A judge is scheduled to hear arguments on Thursday on the plaintiffs' request for a temporary restraining order.

(Reporting by Caleb Montrose; Additional reporting by Tessa Vukovich; Editing by Margaret Oyelaran)""",
        [
            ("This is not overhead in", "Lorraine Achterberg"),
            ("It is the electricity that", "Lorraine Achterberg"),
            ("redirect billions of dollars to", "National Institute for Biomedical Research"),
            ("built administrative empires on the", "senior administration official"),
            ("We would have to make", "Dev Chaudhary"),
            ("There is no version of", "Dev Chaudhary"),
            ("a wrecking ball aimed at", "Ruth Haverford"),
        ],
    ),
    (
        """High Arctic research station to close for winter after funding cut, scientists say

A research station near the northern tip of Ellesmere Island that has recorded weather and sea-ice data for nearly 40 years will go dark this winter for the first time, after its core funding was cut by almost half.

The Aupilak Fiord Research Station, run by a consortium of four universities, usually keeps a skeleton crew on site year-round to maintain instruments that measure air temperature, snow depth and the thickness of a nearby ice shelf.

"Winter is exactly when you need to be there," said Graham Toutant, the station's science co-ordinator and a glaciologist at Laurentian Shield University in Sudbury, Ont. "A data series is only as good as its gaps, and we're about to put a big hole in ours."

Toutant said the consortium learned in August that its annual grant from Polar Science Canada would fall to $640,000 from $1.2 million. Fuel alone for a winter season costs about $300,000, he said, because it has to be flown in on chartered aircraft.

In an emailed statement, Polar Science Canada said overall federal funding for Arctic research "remains at historic highs" and that the agency had shifted money toward "projects led by or co-developed with northern communities."

Elisapi Qaunaq, a hunter and community researcher from Ikpik Bay who has worked with station scientists on sea-ice monitoring, said she understood the agency's reasoning but worried about losing the long record.

"We use their ice data when we plan trips in the spring," Qaunaq said. "If nobody is up there in the dark months, we're guessing more."

She said she would like to see the station train and hire more people from the region, something the consortium says it has tried to do with limited money.

According to Toutant, the station's automated instruments will keep running on battery power until roughly January, but there will be no one on site to repair them if they fail.

"Something always breaks up there," he said.

The station's records include one of the few continuous measurements of ice-shelf thickness at that latitude, said Rebecca Mulholland, who studies ice shelves at Pacific Coast University in Victoria and is not part of the consortium.

"You can't go back and measure 2025 later," she said. "Once the winter is gone, it's gone."

The consortium plans to reapply for full funding in the spring competition.""",
        [
            ("Winter is exactly when you", "Graham Toutant"),
            ("A data series is only", "Graham Toutant"),
            ("remains at historic highs", "Polar Science Canada"),
            ("projects led by or co-developed", "Polar Science Canada"),
            ("We use their ice data", "Elisapi Qaunaq"),
            ("If nobody is up there", "Elisapi Qaunaq"),
            ("Something always breaks up there,", "Graham Toutant"),
            ("You can't go back and", "Rebecca Mulholland"),
            ("Once the winter is gone,", "Rebecca Mulholland"),
        ],
    ),
    (
        """Debris from exploded rocket rains on Gulf Coast wildlife refuge, prompting cleanup and questions

By Jordan Ferrante

A rocket built by the Houston-based startup Vireo Launch Systems broke apart about 90 seconds after liftoff on Saturday, scattering debris across a coastal wildlife refuge and forcing the closure of a state highway for most of the weekend.

The 28-meter Kestrel rocket was carrying four small satellites, including a student-built weather cubesat from Gulf Plains University, when it lost an engine and began to tumble, according to company telemetry shown during the live webcast. An automated flight termination system then destroyed the vehicle over the Laguna Salada National Wildlife Refuge.

The company said no one was injured. In a post on its website, Vireo wrote that the flight had “gathered an enormous amount of data” and that engineers were already reviewing it.

Vireo president Amos Trinh struck a similar tone in a call with reporters on Sunday: “Nobody at this company is happy about how Saturday ended. But this is a test program, and test programs find problems.”

Trinh said the company expected to identify the cause of the engine failure within weeks and would pay for the cleanup.

That work began before dawn on Sunday. The refuge is one of the main nesting areas on the Texas coast for piping plovers, a threatened shorebird, and the nesting season is under way.

“We had people out there at first light picking up carbon fiber by hand,” said Consuelo Ybarra, a biologist with the Coastal Bend Bird Alliance, a local conservation group. “Some of those pieces landed within a few hundred feet of active nests.”

Ybarra said volunteers counted more than 200 fragments on a single stretch of tidal flat.

In nearby Port Avalon, a town of about 3,100, Mayor Denise Kowalczyk said residents had mostly welcomed the company, which employs about 140 people at its launch site.

“We want them here. We want the jobs,” she said. “But we also live here, and the beach is the reason a lot of us do.”

For the students at Gulf Plains, the loss was personal. Their cubesat, nicknamed “Little Norther,” took three years to build.

“Honestly, we cried a little, and then we started talking about version two,” said Hannah Oduya, a senior aerospace engineering student who led the project. Her adviser, Walter Brisco, said the team had a backup flight unit and hoped to secure another launch within a year.

Federal regulators have opened a mishap investigation, a routine step after a launch failure, and Vireo cannot fly again until it is closed. A person familiar with the investigation said such reviews typically take “anywhere from a few weeks to half a year.”""",
        [
            ("gathered an enormous amount of", "Vireo Launch Systems"),
            ("Nobody at this company is", "Amos Trinh"),
            ("We had people out there", "Consuelo Ybarra"),
            ("Some of those pieces landed", "Consuelo Ybarra"),
            ("We want them here. We", "Denise Kowalczyk"),
            ("But we also live here,", "Denise Kowalczyk"),
            ("Honestly, we cried a little,", "Hannah Oduya"),
            ("anywhere from a few weeks", "person familiar with the investigation"),
        ],
    ),
    (
        """$150M gift to launch quantum institute at Cascadia State

MARLOW, Ore. — Cascadia State University will receive $150 million from a tech entrepreneur and his wife to build a quantum computing institute, the largest single gift in the school's 129-year history, university officials announced Monday.

The donation from Elliot and Ruth Vasquez-Hale will pay for a new research building, 14 endowed faculty positions and a fabrication lab for superconducting chips, according to the university.

"Quantum is going to reshape computing, chemistry, cryptography, you name it, and I want Oregon kids to be building it rather than reading about it," Elliot Vasquez-Hale said at a news conference on the campus quad.

Vasquez-Hale, a 1994 Cascadia State graduate, founded the cloud storage company Driftline and sold it in 2019.

University President Adaeze Holloway called the gift "transformational for this university and this state" and said the institute would partner with community colleges to train technicians.

The institute will be led by physicist Sunil Marwaha, whose group builds superconducting qubits in the basement of Ransome Hall.

"We've been doing world-class work in a building from 1962 with a leaky roof," Marwaha said. "Now we get to find out what this group can do with real tools."

The announcement comes eight months after the university cut $9 million from the College of Liberal Arts budget and eliminated its German and classics programs, a move that drew protests on campus. A faculty senate report released in the spring, "Who Pays for Excellence?", argued that the administration had steered resources toward science and engineering at the expense of the humanities.

Faculty Senate President Miriam Ostrowski said she did not begrudge the physicists their windfall.

"Nobody is angry at the quantum people. They earned this," she said. "What people are angry about is that we're told there's no money for a German professor, and then the same week there's a ribbon-cutting."

A university spokesman said donor gifts are typically restricted to specific purposes and "cannot legally be moved to cover operating shortfalls elsewhere."

Students at the event were mostly enthusiastic.

"I picked Cascadia because of the quantum lab," said Isaiah Brandt, a junior physics major from Bend. "It's kind of wild that it's about to get this big."

Construction of the building is expected to begin in 2026, with an opening planned for fall 2028, the university said.""",
        [
            ("Quantum is going to reshape", "Elliot Vasquez-Hale"),
            ("transformational for this university and", "Adaeze Holloway"),
            ("We've been doing world-class work", "Sunil Marwaha"),
            ("Now we get to find", "Sunil Marwaha"),
            ("Nobody is angry at the", "Miriam Ostrowski"),
            ("What people are angry about", "Miriam Ostrowski"),
            ("cannot legally be moved to", "spokesman"),
            ("I picked Cascadia because of", "Isaiah Brandt"),
            ("It's kind of wild that", "Isaiah Brandt"),
        ],
    ),
    (
        """Montreal firm lands $1.1-billion contract to build robotic arm for lunar station

SIMON BEAULAC
MONTREAL

A Montreal robotics company has won a $1.1-billion federal contract to design and build the robotic arm for a planned space station that will orbit the moon, the Canadian Space Directorate announced Wednesday.

Orbitek Robotique, based in the city's Pointe-Laval industrial park, will build the arm, nicknamed "Longarm," along with a smaller manipulator and the software that will let both operate for long stretches without instructions from Earth.

Directorate president Josée Marchildon told reporters at the company's plant that the contract continued a 45-year Canadian tradition in space robotics.

"When people around the world think of Canada in space, they think of the arm," Ms. Marchildon said. "That is not an accident. It is the result of decades of investment, and this contract makes sure the next generation of that expertise stays here."

The contract will support about 400 jobs at Orbitek and its suppliers over 10 years, the company said.

Orbitek chief executive Raymond Achkar said the company plans to hire about 120 engineers and technicians over the next two years. He described the bid as a bet on the company's future:

"We have spent four years preparing for this. We built a full-scale prototype with our own money, we tested it in a vacuum chamber in Ottawa, and we broke it more than once.

"Now the real work starts."

In a statement, Industry Minister Farida Nazarian called the contract "a vote of confidence in Canadian engineering."

A senior government official, who spoke on background because the terms have not been made public, said the final value of the deal could rise if Canada's international partners request additional capabilities. "There are options built into it, and we expect some of them to be exercised," the official said.

Not everyone in the sector is celebrating. Alain Drouin-Baker, a space-policy researcher at the Université du Haut-Richelieu, said Ottawa has leaned too heavily on a single specialty.

"Robotics is a proud tradition, but it's a narrow one," Mr. Drouin-Baker said. "We should be asking why Canada still can't launch its own satellites from its own soil."

The first flight components are due for delivery in 2029. The launch date for the station itself depends on partner agencies and has slipped twice in the past three years.""",
        [
            ("When people around the world", "Josée Marchildon"),
            ("That is not an accident.", "Josée Marchildon"),
            ("We have spent four years", "Raymond Achkar"),
            ("Now the real work starts.", "Raymond Achkar"),
            ("a vote of confidence in", "Farida Nazarian"),
            ("There are options built into", "senior government official"),
            ("Robotics is a proud tradition,", "Alain Drouin-Baker"),
            ("We should be asking why", "Alain Drouin-Baker"),
        ],
    ),
]
