CASES = [
    (
        """Residents told it is too late to leave as bushfire bears down on Tarrawong

By Hannah Lowry

Residents of Tarrawong in Victoria's far east have been told it is too late to leave as an out-of-control bushfire burns towards the township under strong north-westerly winds.

An emergency warning was issued for Tarrawong, Bells Crossing and surrounding areas just after 1:00pm, with authorities saying the fire had crossed containment lines along Wattle Creek Road.

Incident controller Greg Pastorelli said crews had been forced to pull back when the fire "spotted well ahead of itself" into steep, inaccessible country north of the town.

"We've got embers landing up to two kilometres in front of the main fire front, and that's making it extremely difficult for our crews to hold any line," Mr Pastorelli said.

"If you are in Tarrawong and you have not left, the safest option now is to shelter in a solid structure or go to the neighbourhood safer place at the recreation reserve."

The Country Fire Authority (CFA) said more than 140 firefighters and 11 aircraft were working on the blaze, which has burnt through about 6,800 hectares since it was sparked by lightning on Sunday.

Emergency Management Commissioner Andrea Kovacs told reporters in Melbourne the conditions were "as bad as we've seen this season".

"This is a fast-moving, dangerous fire and people need to be taking their own safety very seriously," she said.

"Do not wait for a knock on the door. Do not wait to see smoke."

The Bureau of Meteorology said in its afternoon update that a south-westerly wind change was expected to reach the area between 6:00pm and 8:00pm, which could "push the eastern flank of the fire in a new direction".

Dairy farmer Colin Baird, whose property sits on the western edge of town, said he had moved his cattle into a ploughed paddock and was staying to defend his home.

"I've got the pumps going, the gutters are full of water and my neighbour's here with his unit," he said.

"We did all this in 2019 and we came through it. I'm not saying it's smart, but it's what we've planned for."

Another resident, who did not want to be named, said she had left before the warning was upgraded.

"The sky went orange around midday and that was it for me - I grabbed the dog and the photo albums and went," she said.

A relief centre has been opened at the Kinlock Memorial Hall. In a statement, Lakes Coast Shire Council said staff would "help anyone who needs somewhere to stay tonight, including people travelling with pets".

The CFA has urged people in high-risk areas to act on their "leave early" plans on days of extreme fire danger rather than waiting for warnings to be upgraded.

Snowy Coast Road remains closed between Tarrawong and Bells Crossing.""",
        [
            ("spotted well ahead of itself", "Greg Pastorelli"),
            ("We've got embers landing up", "Greg Pastorelli"),
            ("If you are in Tarrawong", "Greg Pastorelli"),
            ("as bad as we've seen", "Andrea Kovacs"),
            ("This is a fast-moving, dangerous", "Andrea Kovacs"),
            ("Do not wait for a", "Andrea Kovacs"),
            ("push the eastern flank of", "Bureau of Meteorology"),
            ("I've got the pumps going,", "Colin Baird"),
            ("We did all this in", "Colin Baird"),
            ("The sky went orange around", "resident"),
            ("help anyone who needs somewhere", "Lakes Coast Shire Council"),
        ],
    ),
    (
        """Evacuation order expanded as wildfire near Halcombe, B.C., more than doubles in size

HALCOMBE, B.C. - Hundreds more residents in British Columbia's southern Interior were ordered from their homes Tuesday as a wildfire burning west of Halcombe more than doubled in size overnight.

The BC Wildfire Service said the Tamrack Creek wildfire was estimated at 4,200 hectares Tuesday morning, up from about 1,900 hectares a day earlier, and was "burning vigorously on its northern and eastern flanks."

The service has classified the blaze as a "wildfire of note," a designation for fires that are highly visible or pose a threat to public safety.

Fire information officer Marisa Dhaliwal said gusty winds ahead of a cold front pushed the fire several kilometres east on Monday evening.

"We saw very aggressive fire behaviour late yesterday, rank 5 in places, with the fire moving through the crowns of the trees and spotting across the creek drainage," Dhaliwal told a virtual briefing.

"Crews have been pulled back to safe zones overnight, and today we're focused on structure protection on the east flank."

The Regional District of North Selkirk expanded its evacuation order late Monday to cover 612 properties, while another 900 remain on evacuation alert. In a statement, the regional district said residents under order "must leave the area immediately" and register with emergency support services.

Halcombe Mayor Darren Whitecotton said the town of about 3,400 people was on edge.

"People are scared, and they have every right to be," Whitecotton said in an interview. "But I've been really proud of how neighbours are looking after one another, checking on seniors, moving livestock, opening their homes."

Shirley Okafor, who left her home on Tamrack Road with her two grandchildren on Monday night, said she had watched the glow grow brighter for hours before the order came.

"You could see the flames coming over the ridge from my kitchen window," she said from a reception centre set up at the Halcombe curling rink. "I didn't wait for anybody to tell me twice."

Emergency Management Minister Tom Ferraro said in Victoria that the province "will be there for people" who have been displaced, and that more than 300 personnel were now assigned to the fire.

A senior provincial emergency management official, who was not authorized to speak publicly, said crews from Ontario and Quebec were expected to arrive by the weekend, but that resources were being spread across more than 180 active fires in the province.

"We are stretched, there's no point pretending otherwise," the official said.

Environment Canada is forecasting cooler temperatures later in the week, though the cold front is expected to bring more wind before any significant rain.""",
        [
            ("burning vigorously on its northern", "BC Wildfire Service"),
            ("We saw very aggressive fire", "Marisa Dhaliwal"),
            ("Crews have been pulled back", "Marisa Dhaliwal"),
            ("must leave the area immediately", "Regional District of North Selkirk"),
            ("People are scared, and they", "Darren Whitecotton"),
            ("But I've been really proud", "Darren Whitecotton"),
            ("You could see the flames", "Shirley Okafor"),
            ("I didn't wait for anybody", "Shirley Okafor"),
            ("will be there for people", "Tom Ferraro"),
            ("We are stretched, there's no", "senior provincial emergency management official"),
        ],
    ),
    (
        """Utility cuts power to 38,000 Northern California customers as fire danger rises

By JENNA MORALES Associated Press

SACRAMENTO, Calif. (AP) — A Northern California utility shut off electricity to roughly 38,000 customers on Wednesday as forecasters warned that dry, gusty winds could knock down power lines and spark fast-moving wildfires.

Sierra Valley Power & Light began the shutoffs shortly after 6 a.m. in Oro Fino County and four neighboring counties in the Sierra Nevada foothills. The company said the outages could last through Friday evening in some areas while crews inspect lines for damage before restoring service.

Known as “public safety power shutoffs,” the preemptive outages have become a fixture of fall in California since utility equipment was blamed for several of the state’s deadliest wildfires.

“We know how disruptive this is for families, for businesses, for people who rely on medical equipment,” said Ronald Tiege, the utility’s vice president of emergency operations. “We don’t take this step lightly, but the weather we’re seeing is exactly the kind of weather that starts catastrophic fires.”

The National Weather Service issued red flag warnings across much of the northern Sierra foothills through Thursday night, with gusts of up to 60 mph (97 kph) expected along ridgetops. Alana Brightwater, a meteorologist in the weather service’s Sacramento office, said humidity could fall into the single digits by Thursday afternoon.

“It’s the combination that concerns us — very low humidity, very dry vegetation and strong offshore winds,” Brightwater said.

Oro Fino County Sheriff Dale Mercer said deputies were checking on residents known to rely on electric medical devices and urged others to do the same.

“If you have a neighbor who is elderly or who depends on power for medical needs, please knock on their door today,” Mercer said.

State Sen. Lorraine Castillo, a Democrat whose district includes several affected communities, called the shutoffs “a blunt instrument” and said the utility should have moved faster to bury lines in high-risk areas.

“Every fall our constituents are asked to sit in the dark because the company didn’t do the work it promised to do years ago,” Castillo said in a statement.

The company said it had moved more than 400 miles of line underground since 2020 and was “on track to meet every commitment in our wildfire mitigation plan.”

At a community resource center set up in a church parking lot in Pinecrest Flat, retiree Harold Nguyen, 74, was charging a portable battery pack for his oxygen machine.

“I’ve got an oxygen concentrator, so this isn’t optional for me,” Nguyen said. “They gave us two days’ notice, which helps, but it’s still scary.”

The utility said resource centers would remain open from 8 a.m. to 8 p.m. daily until power is restored.""",
        [
            ("We know how disruptive this", "Ronald Tiege"),
            ("We don’t take this step", "Ronald Tiege"),
            ("It’s the combination that concerns", "Alana Brightwater"),
            ("If you have a neighbor", "Dale Mercer"),
            ("a blunt instrument", "Lorraine Castillo"),
            ("Every fall our constituents are", "Lorraine Castillo"),
            ("on track to meet every", "Sierra Valley Power & Light"),
            ("I’ve got an oxygen concentrator,", "Harold Nguyen"),
            ("They gave us two days’", "Harold Nguyen"),
        ],
    ),
    (
        """Swiftwater crews pull 14 from floodwaters as Coorabin River peaks

Kate Fennessy

Emergency crews carried out 14 swiftwater rescues across the Coorabin region overnight as the river through Mirrabool peaked just below major flood level, with authorities warning the danger is far from over.

Queensland Fire and Emergency Services (QFES) said most of the rescues involved motorists who had driven into floodwaters on rural roads south and west of Mirrabool between 8pm Thursday and 5am Friday.

In one incident, two adults and a child were winched from the roof of a ute on Duffys Crossing Road after the vehicle was swept about 50 metres off the causeway.

QFES Acting Inspector Bronwyn Tully said crews had been stretched thin and every one of the rescues had put firefighters at risk.

"Every single one of those rescues was avoidable," Acting Inspector Tully said.

"We put these messages out constantly and we will keep putting them out, but people are still making the decision to drive through water they can't see the bottom of."

She said the long-running "If it's flooded, forget it" campaign existed because "it takes only 15 centimetres of fast-moving water to float a small car".

Bureau of Meteorology senior meteorologist Dean Hargreaves said the Coorabin River at Mirrabool peaked at 9.4 metres about 4am, "just shy of the major flood level of 9.5 metres".

"We're expecting levels to ease slowly through Saturday, but with another band of showers and storms moving in from the west on Sunday, there's every chance we see renewed rises," he said.

Coorabin Regional Council Mayor Jill Stavros was blunt about the scale of the damage: "We've got about 40 homes with water through them, and the clean-up is going to take weeks, not days."

Cr Stavros said the council's evacuation centre at the Mirrabool Showgrounds had housed 63 people overnight.

Lifelong Mirrabool resident Tony Renzullo, 68, spent the night at his daughter's house after water entered his Bridge Street home for the first time since 2011.

"I put everything up on the beds and the benches like you're supposed to, but it came up higher than that," he said.

"You just stand there and look at it. There's nothing you can do."

One SES volunteer, who asked not to be named, said the local unit had filled more than 3,000 sandbags since Tuesday.

"This is the third time since 2022 we've been sandbagging the same streets, and people are exhausted," the volunteer said.

A spokeswoman for the Premier said Disaster Recovery Funding Arrangements would be activated for the region "in the coming days".

Roads into Mirrabool from the south remain cut and residents are urged to check the council's disaster dashboard before travelling.""",
        [
            ("Every single one of those", "Bronwyn Tully"),
            ("We put these messages out", "Bronwyn Tully"),
            ("it takes only 15 centimetres", "Bronwyn Tully"),
            ("just shy of the major", "Dean Hargreaves"),
            ("We're expecting levels to ease", "Dean Hargreaves"),
            ("We've got about 40 homes", "Jill Stavros"),
            ("I put everything up on", "Tony Renzullo"),
            ("You just stand there and", "Tony Renzullo"),
            ("This is the third time", "SES volunteer"),
            ("in the coming days", "spokeswoman"),
        ],
    ),
    (
        """Hail the size of golf balls batters Ralston as tornado warning issued for county

Travis Kowalchuk, Local Journalism Initiative Reporter

Residents of Ralston were sweeping up broken glass and shredded siding Wednesday after a fast-moving thunderstorm dropped hail the size of golf balls on the town and prompted a tornado warning for much of Wapiti County.

Environment and Climate Change Canada issued the warning at 5:42 p.m. Tuesday after radar indicated rotation in a storm cell tracking east from the foothills. The warning was lifted just before 7 p.m.

Natalie Brisebois, a meteorologist with Environment and Climate Change Canada, said the agency had received two reports of a possible funnel cloud north of Ralston, but no tornado touchdown had been confirmed.

"We'll be looking at photos and video from the public, and if there's evidence of damage consistent with a tornado, we may send a team out," Brisebois said. "At this point, the hail is the big story."

She said hailstones up to 4.5 centimetres across were reported in town, with the heaviest falling over a roughly 10-minute stretch. The stretch of central Alberta between Calgary and Red Deer is known among forecasters as "hail alley," and July is typically the peak of the season.

Ralston Fire Chief Kyle Demchuk said the department responded to 23 calls between 5:30 p.m. and midnight, mostly for flooded basements, downed tree limbs and a partial roof collapse at a storage building on 49 Avenue. No one was injured.

"Our members did a tremendous job, and a lot of them had damage at their own homes while they were out on calls," Demchuk said.

Wapiti County Reeve Gordon Halvorsen said crop losses could be "significant for some of our producers" east of town, where the storm also brought heavy rain.

"Some guys were looking at the best canola crop they'd had in years, and in 15 minutes it's gone," Halvorsen said. "That's farming in Alberta, but it doesn't make it any easier."

In a news release, Ralston RCMP said officers closed a section of Township Road 380 for several hours due to downed power lines, and urged drivers to "treat every downed line as live."

Aileen Schuurman said she had just pulled into her driveway after work when the hail started.

"It sounded like someone was throwing rocks at the house, and then the skylight went," she said. "My kids were hiding in the basement with the dog."

Rhonda Pilling, a spokesperson for the Insurance Bureau of Canada, said homeowners should contact their insurer as soon as possible.

"Take pictures of everything before you clean up, and keep your receipts if you have to do emergency repairs like tarping a roof," Pilling said.

The town said yard waste and storm debris can be dropped off free of charge at the Ralston transfer station until the end of the month.""",
        [
            ("We'll be looking at photos", "Natalie Brisebois"),
            ("At this point, the hail", "Natalie Brisebois"),
            ("Our members did a tremendous", "Kyle Demchuk"),
            ("significant for some of our", "Gordon Halvorsen"),
            ("Some guys were looking at", "Gordon Halvorsen"),
            ("That's farming in Alberta, but", "Gordon Halvorsen"),
            ("treat every downed line as", "Ralston RCMP"),
            ("It sounded like someone was", "Aileen Schuurman"),
            ("My kids were hiding in", "Aileen Schuurman"),
            ("Take pictures of everything before", "Rhonda Pilling"),
        ],
    ),
    (
        """Firefighter seriously injured by falling tree on Salt Lick Fire

By Cody Ambrose
Salmon River Courier

A wildland firefighter was flown to a Boise hospital Sunday after being struck by a falling tree while building fire line on the Salt Lick Fire in the Sawtell National Forest, fire officials said.

The firefighter, a member of a 20-person hand crew from Oregon, was in serious but stable condition Monday, according to a Forest Service spokesman. The agency has not released the firefighter's name.

According to a preliminary report from the U.S. Forest Service, the crew was "constructing direct handline on a steep, rocky slope" at about 2:15 p.m. when a fire-weakened Douglas fir fell without warning. Crew members and an emergency medical technician on the line provided care until a helicopter could land in a nearby meadow, the report said.

The report, titled "72-Hour Preliminary Report: Salt Lick Fire Tree Strike," did not describe the extent of the injuries.

"Tree strikes are one of the most serious hazards our firefighters face, especially in areas that have burned hot and where root systems have been compromised," Sawtell National Forest Supervisor Maria Echeverria said in a statement. "Our thoughts are with the firefighter, their family and their crew."

The Salt Lick Fire, sparked by lightning July 28, has burned about 11,400 acres of timber and brush roughly 18 miles northeast of Pine Bar. It was 22% contained Monday.

Incident commander Russ Tolliver told crews at a Monday morning briefing that operations would continue, but that supervisors had been directed to reassess every assignment in burned-over stands of timber.

"Nobody's going to take a risk today that doesn't need to be taken," Tolliver said, according to a recording of the briefing shared with the Courier. "If you look at a piece of ground and you don't like it, you say so, and we'll find another way."

A fire official familiar with the investigation, who spoke on condition of anonymity because he was not authorized to discuss it, said crews had been warned about dead standing trees in that division two days before the accident and that the hazard was "well known to everybody on that division."

"It's going to come down to whether anybody looked up that hill and saw what was hanging over them," the official said.

Residents of Pine Bar remain under a "Set" evacuation notice, meaning they should be prepared to leave at short notice, the Big Creek County Sheriff's Office said.

"Every summer we hold our breath," said Dana Whitlock, who founded the Wildland Firefighter Advocacy Network after her brother was killed on a fire in 2013. "These are young people doing incredibly dangerous work, and they deserve the best protection and the best pay this country can give them."

A community meeting on the fire is scheduled for 6 p.m. Wednesday at Pine Bar High School.""",
        [
            ("constructing direct handline on a", "U.S. Forest Service"),
            ("Tree strikes are one of", "Maria Echeverria"),
            ("Our thoughts are with the", "Maria Echeverria"),
            ("Nobody's going to take a", "Russ Tolliver"),
            ("If you look at a", "Russ Tolliver"),
            ("well known to everybody on", "fire official familiar with the investigation"),
            ("It's going to come down", "fire official familiar with the investigation"),
            ("Every summer we hold our", "Dana Whitlock"),
            ("These are young people doing", "Dana Whitlock"),
        ],
    ),
    (
        """Paramedics 'running on empty' as heatwave sends triple-zero calls soaring

By Lachlan Pryce

A senior Hunter paramedic says crews are "running on empty" after a week of extreme heat pushed triple-zero calls across the region to the highest level on record.

Shane Ferris, a paramedic of 19 years and the Hunter delegate for the Ambulance Workers Union of NSW, said crews at several stations had gone entire 12-hour shifts without a meal break as calls for heat-related illness, falls and cardiac events piled up.

"We had crews finishing a job in Tallowood and being sent straight to Brennan Park, then out to Coolbarra Flat, without so much as a chance to refill their water bottles," Mr Ferris said. "By the end of the shift on Tuesday, two of my colleagues were being treated for heat stress themselves.

"This isn't a one-off. It happens every summer, and every summer we're told it will be fixed."

NSW Ambulance figures released on Wednesday show the service received 4,318 triple-zero calls in the Hunter New England region over the seven days to Tuesday, up 27 per cent on the same week last year.

In a statement, NSW Ambulance said it had "activated additional resources, including extra crews, overtime and support from neighbouring zones" during the heatwave, and thanked paramedics for their "extraordinary effort during a very demanding period".

The statement said the median response time for the most urgent cases in the region was 12.4 minutes, within the service's target.

A senior emergency physician at Tallowood Base Hospital, who asked not to be named because they were not authorised to speak to the media, said ambulances had been "ramped" outside the emergency department for hours at a time on Monday and Tuesday.

"At one point we had nine ambulances lined up outside with patients still on stretchers, and nowhere to put them," the physician said.

Health Minister Fiona Derwent acknowledged the strain when she spoke to reporters in Sydney on Wednesday.

"I'm not going to pretend the system isn't under pressure - it is," Ms Derwent said. "But we have more paramedics on the road now than at any time in the state's history, and we're continuing to recruit."

She said 38 new paramedic positions would be allocated to the Hunter New England region this financial year.

Opposition health spokesman Mark Kelleher said the government had been warned.

"The minister has had two summers to get this right, and paramedics are still being left to cook in the back of their trucks," Mr Kelleher said.

The Bureau of Meteorology is forecasting temperatures to ease to the low 30s by the weekend, though another hot spell is possible next week.

Mr Ferris said the union would raise fatigue management with NSW Ambulance at a meeting on Friday.

"When you've got a crew that hasn't eaten in 12 hours doing CPR in 44-degree heat, something's got to give," he said.""",
        [
            ("running on empty", "Shane Ferris"),
            ("running on empty", "Shane Ferris"),
            ("We had crews finishing a", "Shane Ferris"),
            ("By the end of the", "Shane Ferris"),
            ("This isn't a one-off.", "Shane Ferris"),
            ("activated additional resources, including extra", "NSW Ambulance"),
            ("extraordinary effort during a very", "NSW Ambulance"),
            ("At one point we had", "senior emergency physician at Tallowood Base Hospital"),
            ("I'm not going to pretend", "Fiona Derwent"),
            ("But we have more paramedics", "Fiona Derwent"),
            ("The minister has had two", "Mark Kelleher"),
            ("When you've got a crew", "Shane Ferris"),
        ],
    ),
    (
        """Hiker missing after flash flood roars through Sycamore Wash; 3 others rescued

By Priya Castellanos
Rim Country Sentinel

Search crews resumed the hunt Monday for a 27-year-old hiker who was swept away when a monsoon-driven flash flood roared through Sycamore Wash on Sunday afternoon, the Mogollon County Sheriff's Office said.

Three other members of the hiking group were rescued from a ledge about 30 feet above the canyon floor late Sunday by a Department of Public Safety helicopter crew flying under the call sign "Ranger 58."

"Our search and rescue volunteers worked through the night in extremely difficult conditions, and they are back out there this morning," the sheriff's office said in a Facebook post early Monday. "We ask the public to stay out of the Sycamore Wash area so crews can work safely."

Sheriff Wade Kimbrough told reporters at a trailhead command post that the group of four, all from the Phoenix area, had started hiking around 10 a.m., when skies over the canyon were mostly clear.

"By the time they realized what was happening upstream, there was nowhere to go but up," Kimbrough said. "Three of them made it up. The fourth didn't."

Kimbrough declined to name the missing hiker until relatives had been notified, but said the man was "a fit, experienced hiker who knew that country."

National Weather Service meteorologist Carla Begay said radar showed a thunderstorm dropped an estimated 1.5 to 2 inches of rain in under an hour over the upper part of the drainage, several miles from where the group was hiking.

"That's the thing people underestimate about slot canyons during monsoon season," Begay said. "It can be perfectly sunny where you are, and the water is coming from a storm you can't even see."

The weather service had issued a flash flood warning for the area at 12:48 p.m., about 40 minutes before the group was caught, she said.

One of the rescued hikers, Ethan Pruitt, 31, described the moment the water arrived in a phone interview from a Flagstaff hospital, where he was treated for cuts and hypothermia: "It sounded like a freight train, and then there was a wall of brown water and logs coming around the bend."

Pruitt said he and two friends scrambled up a crack in the canyon wall and waited more than five hours, soaked and shivering, before the helicopter arrived.

"I keep replaying it," he said. "We checked the forecast that morning. We thought we'd be out before anything built up."

A county search and rescue volunteer, who asked not to be named because the sheriff's office is handling all public statements, said debris piles left by the flood were "taller than a man" in places, slowing the search.

Arizona officials have for years promoted the "Turn Around, Don't Drown" message during the monsoon, which typically runs from mid-June through September.""",
        [
            ("Our search and rescue volunteers", "Mogollon County Sheriff's Office"),
            ("We ask the public to", "Mogollon County Sheriff's Office"),
            ("By the time they realized", "Wade Kimbrough"),
            ("Three of them made it", "Wade Kimbrough"),
            ("a fit, experienced hiker who", "Wade Kimbrough"),
            ("That's the thing people underestimate", "Carla Begay"),
            ("It can be perfectly sunny", "Carla Begay"),
            ("It sounded like a freight", "Ethan Pruitt"),
            ("I keep replaying it,", "Ethan Pruitt"),
            ("We checked the forecast that", "Ethan Pruitt"),
            ("taller than a man", "county search and rescue volunteer"),
        ],
    ),
]
