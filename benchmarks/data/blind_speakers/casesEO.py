CASES = [
    (
        """Antarctic glacier retreating far faster than models predicted, study finds

By Tomas Ellery

OSLO, March 14 (Reuters) - A glacier in West Antarctica's remote Haldane Sound has retreated nearly three times faster over the past decade than computer models had projected, researchers said on Thursday, raising fresh concerns about how quickly the region could add to global sea levels.

The Torvik Glacier lost about 41 billion tonnes of ice between 2013 and 2023, according to the study published in the journal Cryosphere Letters, with its grounding line - the point where the ice lifts off the seabed and begins to float - moving inland by as much as 1.2 km a year in some stretches.

"We were not expecting the numbers to be this large," said Ingrid Solvang, a glaciologist at the Norwegian Polar Research Centre and the study's lead author. "The models were not wrong about the direction, but they were badly wrong about the pace."

The team combined satellite radar measurements with data from ocean sensors moored beneath the glacier's floating tongue, which showed that relatively warm deep water was reaching the ice more often than previously thought.

Solvang said the warm water was eating into the underside of the ice "like a blowtorch from below", thinning it and allowing it to lift free of ridges on the seabed that had held it in place.

Other scientists said the findings were significant but cautioned against drawing broad conclusions from a single glacier.

"It's one basin, and one decade of data," said Marcus Oyelaran, an ice sheet modeller at the University of Eastbridge who was not involved in the research. "But if what they are seeing at Torvik is happening in the neighbouring catchments too, then our sea level projections for the end of the century are on the low side."

The Torvik basin holds enough ice to raise global sea levels by around 18 centimetres if it melted entirely, a process scientists say would take centuries.

The study comes weeks before a panel of polar scientists is due to publish "Frozen Frontiers: The State of Polar Ice", an assessment that governments will use to inform coastal planning.

In a statement, the Norwegian Polar Research Centre said it planned to send a team back to the glacier in the 2025-26 field season to install additional sensors. "Direct observations from beneath the ice remain extremely scarce, and that is the biggest gap in our understanding," the statement said.

Solvang said funding for such expeditions was hard to secure. "Every season we go down there, we are racing the weather and the budget," she told Reuters.

(Reporting by Tomas Ellery; Editing by Janet Marr)""",
        [
            ("We were not expecting the", "Ingrid Solvang"),
            ("The models were not wrong", "Ingrid Solvang"),
            ("like a blowtorch from below", "Ingrid Solvang"),
            ("It's one basin, and one", "Marcus Oyelaran"),
            ("But if what they are", "Marcus Oyelaran"),
            ("Direct observations from beneath the", "Norwegian Polar Research Centre"),
            ("Every season we go down", "Ingrid Solvang"),
        ],
    ),
    (
        """Lunar lander prototype survives crucial drop test

By Rhiannon Pryce, Science correspondent

A prototype of the first European-built lander designed to carry cargo to the Moon’s south pole has survived a series of drop tests intended to mimic a hard touchdown.

The machine, nicknamed “Hopper” by engineers, was released from a crane at the Aldermoor Test Centre in Cumbria onto a bed of crushed basalt chosen to behave like lunar soil.

Sensors on its four legs recorded the forces of impact, which engineers say were within the limits the final spacecraft will need to withstand.

“It’s exactly what we hoped to see,” said Dr Fenella Marsh, chief engineer on the Selene Cargo programme at Corvane Space Systems, which is building the lander.

“The legs flexed, the shock absorbers did their job and the electronics were still talking to us afterwards. That last part matters more than anything.”

The lander is intended to deliver up to 1.5 tonnes of equipment, including scientific instruments and supplies for astronauts, to the lunar surface from the end of the decade.

The European Space Consortium, which is funding most of the £340m project, described the tests as “an important milestone” but said several more stages remained before a flight model could be built.

Landing on the Moon remains notoriously difficult. Of the robotic missions that have attempted it in recent years, roughly half have crashed or toppled over.

Prof Anil Deshmukh, a planetary scientist at the University of Kelvingrove who advises the consortium, told BBC News the south pole was an especially demanding target.

“You have long shadows, steep slopes and boulders everywhere,” he said. “Your lander has to cope with all of that while it is running low on fuel, and nobody on Earth can step in to help it at the last moment.”

The south pole region is of particular interest because of water ice believed to be trapped in permanently shadowed craters, which could one day be turned into drinking water, oxygen and rocket fuel.

Engineers will now subject the prototype to vibration testing to simulate the violence of launch, followed by trials in a thermal vacuum chamber.

A spokeswoman for Corvane said the company remained “on course for a first flight in 2029”, subject to funding decisions expected later this year.

But Dr Marsh acknowledged the schedule was tight.

“Nobody in this business will tell you a timeline is comfortable,” she said. “What I can tell you is that today we removed a big question mark.”""",
        [
            ("It’s exactly what we hoped", "Fenella Marsh"),
            ("The legs flexed, the shock", "Fenella Marsh"),
            ("an important milestone", "European Space Consortium"),
            ("You have long shadows, steep", "Anil Deshmukh"),
            ("Your lander has to cope", "Anil Deshmukh"),
            ("on course for a first", "spokeswoman"),
            ("Nobody in this business will", "Fenella Marsh"),
            ("What I can tell you", "Fenella Marsh"),
        ],
    ),
    (
        """Weather satellite goes dark, forcing forecasters to lean on older spacecraft

By DANA KOWALCZYK Associated Press

WASHINGTON (AP) — A U.S. weather satellite that watches storms over the Pacific stopped sending data early Tuesday, and officials said they did not yet know whether it could be revived.

The satellite, known as Stormwatch-West, went silent shortly after 3 a.m. Eastern time following what engineers believe was a fault in its power system, the National Atmospheric Observation Service said.

"We have lost contact, and we are working the problem," Gerald Hinojosa, the agency's director of satellite operations, told reporters on a conference call. "I'm not going to speculate about the cause until the team has had a chance to look at the telemetry."

Hinojosa said an older satellite parked in a backup orbit would be moved into position over the next several days to fill the gap. Until then, he said, forecasters would rely on a mix of international satellites and aircraft data, which he called "a patchwork, but a workable one."

The outage comes at the start of the eastern Pacific hurricane season, when forecasters depend heavily on satellite imagery to track storms that form far from land.

"Timing-wise, this is not great," said Lorraine Bettencourt, a former hurricane forecaster who now teaches atmospheric science at Gulf Coast State University. "But the backup satellites are good. Nobody should panic about this."

Stormwatch-West launched in 2017 and was designed to last 15 years. Its builder, Halvorsen Aerospace, said in a statement that it was "supporting the agency's engineers around the clock" and that the spacecraft had performed without major problems until now.

A congressional aide familiar with the program, who spoke on condition of anonymity because they were not authorized to discuss it publicly, said the agency had warned lawmakers last year that several of its satellites were operating beyond their design margins.

"This is exactly the scenario they told us to worry about," the aide said.

Rep. Maria Okonjo, D-Ore., who sits on the House science committee, said in a post on social media that the outage showed the need to replace "aging, one-of-a-kind satellites before they fail, not after."

Hinojosa said engineers would keep sending commands to the satellite throughout the day in the hope of getting a response.

"Spacecraft have come back from worse," he said. "We've had satellites go quiet for days and then wake up. So we're not writing it off."

The agency said it would provide an update Wednesday morning.""",
        [
            ("We have lost contact, and", "Gerald Hinojosa"),
            ("I'm not going to speculate", "Gerald Hinojosa"),
            ("a patchwork, but a workable", "Gerald Hinojosa"),
            ("Timing-wise, this is not", "Lorraine Bettencourt"),
            ("But the backup satellites are", "Lorraine Bettencourt"),
            ("supporting the agency's engineers around", "Halvorsen Aerospace"),
            ("This is exactly the scenario", "congressional aide familiar with the program"),
            ("aging, one-of-a-kind satellites before", "Maria Okonjo"),
            ("Spacecraft have come back from", "Gerald Hinojosa"),
            ("We've had satellites go quiet", "Gerald Hinojosa"),
        ],
    ),
    (
        """Rewetted peat bogs can take decades to become carbon sinks, study finds

Helen Ashworth Environment correspondent

Rewetting damaged peatlands may not cut greenhouse gas emissions as quickly as hoped, because the bogs release bursts of methane for years after the water table is raised, according to research that has prompted calls for more realistic climate targets.

Scientists monitored 14 restored sites across the northern Pennines and the Borders over eight years and found that, while carbon dioxide emissions fell sharply once drainage ditches were blocked, methane emissions rose at most sites before gradually levelling off.

On average, the bogs took 19 years to become net “carbon sinks” once the warming effect of methane was taken into account, the study, published in the journal Environmental Research Perspectives, found.

“Rewetting is still absolutely the right thing to do,” said Dr Catriona Lennox, an ecologist at the University of Dunmoor and the study’s lead author. “But we have to be honest that it isn’t an instant fix. If carbon budgets assume these sites start absorbing carbon the moment the diggers leave, the sums won’t add up.”

Peatlands cover about 12% of the UK’s land area and store more carbon than all of the country’s forests combined. Centuries of drainage for farming, forestry and fuel have left most of them in a degraded state, leaking an estimated 20m tonnes of CO2 equivalent a year.

The government has committed to restoring 280,000 hectares of peatland in England by 2050 under its “Living Landscapes” programme, and the devolved administrations have their own targets.

Lennox said the methane pulse was driven by microbes that thrive in waterlogged, oxygen-free conditions, and was likely to be larger where vegetation such as purple moor grass had colonised drained ground. Sites where sphagnum mosses were reintroduced recovered “much faster, in some cases within a decade”, she said.

Campaigners said the findings should not be used as an excuse to slow restoration.

“The worst outcome here would be for anyone to read this and conclude we should leave bogs drained,” said Tom Garside, policy director at the charity Moorland Trust. “A drained bog keeps emitting for as long as there is peat left to burn through. A rewetted one eventually stops. The choice isn’t close.”

A government spokesperson said: “Peatland restoration remains a cornerstone of our plans to reach net zero, and our carbon accounting is regularly updated to reflect the latest science.”

Prof Richard Amadi, a biogeochemist at the Hallam Institute for Soil Research who was not involved in the study, said the results were consistent with smaller studies in Scandinavia and Canada.

“Methane is the awkward part of the peatland story,” he said. “It’s short-lived in the atmosphere, so over the long run the benefits of rewetting win out comfortably. But on the timescales of our 2050 targets, the awkward part matters.”""",
        [
            ("Rewetting is still absolutely the", "Catriona Lennox"),
            ("But we have to be", "Catriona Lennox"),
            ("much faster, in some cases", "Catriona Lennox"),
            ("The worst outcome here would", "Tom Garside"),
            ("A drained bog keeps emitting", "Tom Garside"),
            ("Peatland restoration remains a cornerstone", "government spokesperson"),
            ("Methane is the awkward part", "Richard Amadi"),
            ("It’s short-lived in the atmosphere", "Richard Amadi"),
        ],
    ),
    (
        """Mysterious X-ray glow hints at dark matter — but physicists are wary

Lena Vasquez-Hart

A faint X-ray signal coming from the centre of a nearby galaxy cluster could be the first direct trace of decaying dark matter, according to a team of astronomers. But other researchers say that the feature is more likely to be caused by mundane physics — or by the instrument itself.

The signal, a narrow spike in X-ray emission at an energy of 3.7 kiloelectronvolts, was spotted in 19 months of observations of the Marlowe cluster, about 240 million light years from Earth, by the Japanese–European Kiyora satellite. The results, posted on the arXiv preprint server on 3 June, have not been peer reviewed.

“We’ve looked very hard for an ordinary explanation and we haven’t found one,” says Hiroshi Tanabe, an astrophysicist at the Institute for Cosmic Radiation in Sendai, Japan. “That doesn’t mean it’s dark matter. It means it’s interesting.”

Dark matter is thought to make up about 85% of the Universe’s matter, but has never been detected. One candidate, a hypothetical particle called a sterile neutrino, would occasionally decay into an ordinary neutrino and an X-ray photon — producing the kind of sharp line the team reports.

Tanabe and his colleagues argue that the line is too strong to be explained by known atomic transitions in the hot gas that fills the cluster. They also see a weaker version of the signal in two other clusters, and its brightness roughly tracks the amount of dark matter estimated to be in each.

Not everyone is convinced. A similar line at a slightly different energy was reported in 2014 and faded as more data arrived, which some researchers say should encourage caution.

“I have seen this film before,” says Ruth Abernathy-Cole, an X-ray astronomer at Carrow University in Norwich, UK. “Every time someone finds a line at the edge of what the detector can do, it turns out to be calibration, or potassium, or something we didn’t model properly. I’d love to be wrong.”

She points out that Kiyora’s detector has a known quirk in its response at energies close to 3.7 keV, which the team says it has corrected for. Abernathy-Cole calls that correction “the crux of the whole thing”.

Tanabe agrees that calibration will be crucial. “The honest answer is that we need another instrument to see it,” he says.

Marco Bellandi, a particle theorist at the National Institute for Fundamental Physics in Turin, Italy, is sceptical but open-minded: “If sterile neutrinos of this mass exist, they should also leave an imprint on how matter clumped together in the early Universe. Existing limits from that small-scale structure already squeeze this possibility quite hard.

“Still, that’s not a reason to dismiss it. The next generation of X-ray missions will settle this within a few years, one way or the other.”

The team now plans to point Kiyora at the Andromeda galaxy, where a similar line should appear if the signal comes from dark matter.""",
        [
            ("We’ve looked very hard for", "Hiroshi Tanabe"),
            ("That doesn’t mean it’s dark", "Hiroshi Tanabe"),
            ("I have seen this film", "Ruth Abernathy-Cole"),
            ("Every time someone finds a", "Ruth Abernathy-Cole"),
            ("the crux of the whole", "Ruth Abernathy-Cole"),
            ("The honest answer is that", "Hiroshi Tanabe"),
            ("If sterile neutrinos of this", "Marco Bellandi"),
            ("Still, that’s not a reason", "Marco Bellandi"),
        ],
    ),
    (
        """Staff fear loss of climate expertise as university shuts research centre

Owen Prescott

A UK university is to close its long-running climate modelling centre as part of a cost-cutting programme, in a move that researchers say will scatter one of the country’s most experienced teams in regional climate projection.

The University of Hartsford confirmed that the Centre for Regional Climate Studies, founded in 1994, will shut at the end of the academic year, with 23 posts at risk. Some staff will be offered redeployment to other departments, the university said.

In a statement, the university said it faced ‘extremely difficult financial decisions’ and that the closure reflected ‘a strategic refocusing of research investment towards areas of sustained external demand’.

‘No part of the institution has been left untouched by the pressures facing the sector,’ the statement added.

The centre’s director, Professor Alison Mbeki-Rowe, told Times Higher Education that the news had come as ‘a complete shock’ to staff, who had been told only weeks earlier that the centre was performing well.

‘We brought in more than £4 million in grant income last year. We have contracts with water companies and local authorities who depend on our projections to plan flood defences,’ she said. ‘I do not understand how this is a strategic decision, unless the strategy is simply to cut.’

The centre is best known for the ‘Hartsford ensemble’, a set of high-resolution rainfall projections used by councils across northern England.

A senior academic in the university’s faculty of science, who asked not to be named, said the closure had been decided ‘by a small group of people looking at a spreadsheet’.

‘Nobody from the faculty was in the room when this was discussed,’ the academic said. ‘The first most of us heard of it was an all-staff email.’

Daniel Achterberg, regional official for the Academic Staff Union, said it would ‘resist compulsory redundancies by every means available’, including a possible ballot for industrial action.

Hartsford is among more than 70 UK institutions to have announced redundancy programmes in the past 18 months, according to union figures.

Professor Sunita Rao-Whitfield, chair of the science committee of the Royal Meteorological Forum, said the loss of regional expertise was a national concern.

‘You can’t rebuild a team like this in a couple of years,’ she said. ‘When it’s gone, it’s gone, and the country’s flood planning will be poorer for it.’""",
        [
            ("extremely difficult financial decisions", "University of Hartsford"),
            ("a strategic refocusing of research", "University of Hartsford"),
            ("No part of the institution", "University of Hartsford"),
            ("a complete shock", "Alison Mbeki-Rowe"),
            ("We brought in more than", "Alison Mbeki-Rowe"),
            ("I do not understand how", "Alison Mbeki-Rowe"),
            ("by a small group of", "senior academic in the university’s faculty of science"),
            ("Nobody from the faculty was", "senior academic in the university’s faculty of science"),
            ("The first most of us", "senior academic in the university’s faculty of science"),
            ("resist compulsory redundancies by every", "Daniel Achterberg"),
            ("You can’t rebuild a team", "Sunita Rao-Whitfield"),
            ("When it’s gone, it’s gone", "Sunita Rao-Whitfield"),
        ],
    ),
    (
        """Aerial surveys reveal severe coral bleaching across southern reefs for first time

By Kirra Donnelly

More than half of the reefs surveyed in the southern section of the Tarrawin Reef system off central Queensland are showing severe bleaching, the worst result for the area since records began, scientists say.

The findings come from a week of low-altitude flights this month by researchers from the Australian Reef Science Institute, who assessed 310 reefs from the air.

Chief scientist Paul Nguyen-Harris said the southern reefs had long been considered a refuge because of the cooler water that usually flows through them.

"We've always thought of the south as the safe end of the system," Dr Nguyen-Harris said.

"That assumption is looking a lot shakier after this summer."

Sea surface temperatures in the region were up to 2 degrees Celsius above the long-term average through February and March, according to satellite data.

Not all bleached coral dies. Corals can recover if temperatures drop quickly, but prolonged heat stress can kill them within weeks.

Marine ecologist Leah Tamsin from Capricornia University, who dived on several affected reefs last week, said the picture underwater was "patchy but worrying".

"Some sites the corals are pale but hanging on, and others you're already seeing them die and get covered in algae," she said.

"It's heartbreaking to see, honestly."

In the coastal town of Port Kellaway, dive charter operator Rhys McAllister said bookings had held up so far but he was worried about next season.

"People still come out and they still see plenty of fish and colour," Mr McAllister said.

"But I've been diving here 22 years, and I haven't seen it like this."

A spokesperson for Environment Minister Carla Whitby said the Federal Government had committed $1.2 billion to reef protection and was "taking the science seriously".

The Reef Defence Council said in a statement the survey was "another alarm bell that governments cannot keep hitting snooze on".

Dr Nguyen-Harris said the institute would repeat the surveys in six weeks to measure how much of the bleached coral had survived.

"That's the number that really matters," he said.""",
        [
            ("We've always thought of the", "Paul Nguyen-Harris"),
            ("That assumption is looking a", "Paul Nguyen-Harris"),
            ("patchy but worrying", "Leah Tamsin"),
            ("Some sites the corals are", "Leah Tamsin"),
            ("It's heartbreaking to see", "Leah Tamsin"),
            ("People still come out and", "Rhys McAllister"),
            ("But I've been diving here", "Rhys McAllister"),
            ("taking the science seriously", "spokesperson"),
            ("another alarm bell that governments", "Reef Defence Council"),
            ("That's the number that really", "Paul Nguyen-Harris"),
        ],
    ),
    (
        """Methane-hunting satellite's launch delayed again after rocket sensor glitch

By Jordan Whitlock

The launch of a small satellite designed to pinpoint methane leaks from oil and gas facilities has been pushed back for the second time in a week, after a sensor problem on its rocket forced controllers to call off Saturday's (Aug. 9) attempt with less than a minute left on the countdown clock.

The Plumeline-1 satellite, built by Colorado startup Aerisight, is riding on a Kestrel rocket from Vantor Launch's pad on the Mahora Peninsula in New Zealand.

Vantor Launch said on X that the abort was triggered by "an out-of-family reading from a pressure sensor on the second stage," and that both the rocket and its payload were safe.

"We'll always choose to stand down when the data isn't clean," the company said in a follow-up post. "A new target date will be shared once the team has completed its review."

The first attempt, on Aug. 4, was scrubbed because of high winds over the launch site.

Plumeline-1 carries an imaging spectrometer capable of detecting methane plumes from individual wells, pipelines and landfills at a resolution of about 25 meters (82 feet). Methane is a potent greenhouse gas, responsible for roughly 30% of the warming since the Industrial Revolution, and cutting leaks is seen as one of the fastest ways to slow climate change.

Aerisight CEO Priya Castellanos said the delay was frustrating but not a cause for concern.

"Scrubs are part of the business. I'd much rather sit on the ground for another week than lose a satellite we spent four years building," Castellanos said during a media teleconference on Sunday. "The spacecraft is healthy, it's fueled, and it's ready whenever the rocket is."

She described the company's goal in broader terms:

"Right now, a lot of methane emissions are essentially invisible to regulators. Companies self-report, and study after study has shown those numbers are too low.

"What we want to do is make the leaks visible, to everyone, within days of them happening."

Atmospheric scientist Evelyn Marchetti of the Rocky Mountain Atmospheric Laboratory, who is not affiliated with the company, said satellites like Plumeline-1 could fill "a real gap in monitoring," but cautioned that spotting a plume is not the same as measuring how much gas is escaping.

"Quantification is the hard part," Marchetti said. "You need to know the wind speed at the site very precisely, and that's where a lot of the uncertainty creeps in."

Vantor Launch has flown the Kestrel 11 times since its debut in 2021, with one failure.""",
        [
            ("an out-of-family reading from a", "Vantor Launch"),
            ("We'll always choose to stand", "Vantor Launch"),
            ("A new target date will", "Vantor Launch"),
            ("Scrubs are part of the", "Priya Castellanos"),
            ("The spacecraft is healthy, it's", "Priya Castellanos"),
            ("Right now, a lot of", "Priya Castellanos"),
            ("What we want to do", "Priya Castellanos"),
            ("a real gap in monitoring", "Evelyn Marchetti"),
            ("Quantification is the hard part", "Evelyn Marchetti"),
            ("You need to know the", "Evelyn Marchetti"),
        ],
    ),
]
