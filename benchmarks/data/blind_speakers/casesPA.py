CASES = [
    (
        """Crews hold line on Bear Gulch Fire as evacuation orders ease

By Dana Whitcomb
Staff Writer

ELK FORK — Firefighters held the southern flank of the Bear Gulch Fire along Forest Road 412 on Tuesday, and Custer Valley County officials lifted evacuation orders for about 60 homes east of Elk Fork.

The fire, which started Saturday afternoon on private grazing land north of town, had burned an estimated 4,200 acres by Tuesday evening and was 30 percent contained, according to the Northern Rockies incident management team now overseeing the response.

"We got a break with the wind last night, and the crews took full advantage of it," said Ray Oberholtzer, operations section chief for the team. "That doesn't mean we're out of the woods. We've got a lot of heat in the timber on the north side, and it's going to be with us for a while."

Oberholtzer said about 340 personnel were assigned to the fire, including two hotshot crews from Utah and a heavy helicopter working out of the Elk Fork airstrip.

Custer Valley County Sheriff Wade Lindqvist said residents along Spring Creek Road and the lower end of Miner's Gulch could return home as of 6 p.m. Tuesday but should be ready to leave again on short notice.

"Keep your car pointed out of the driveway and keep your go-bag packed," Lindqvist said. "If we call you again, we're not going to have time to knock twice."

Homes farther up Miner's Gulch remain under a "go now" order, the sheriff's office said.

No structures have been lost, though one outbuilding and several miles of fence were destroyed on the Harlan family ranch, where the fire is believed to have started. The cause remains under investigation.

Jolene Harlan, whose family has run cattle on the property since 1911, said the family moved about 200 head of cattle to a neighbor's pasture Saturday night with help from "just about everybody with a trailer in this valley."

"You find out who your neighbors are on a night like that," she said. "People showed up we hadn't seen in years. Nobody asked, they just came."

The American Red Cross shelter at Elk Fork High School housed 38 people Monday night, shelter manager Theresa Quintero said. It will stay open at least through Thursday.

Forecasters with the National Weather Service in Pocatello have issued a red flag warning for Wednesday afternoon, with gusts up to 35 mph expected ahead of a dry cold front.

"Wednesday is the day we're watching," Oberholtzer said. "If that fire is going to make a run, that's when it'll do it."

A community meeting on the fire is scheduled for 7 p.m. Wednesday in the high school gym.""",
        [
            ("We got a break with", "Ray Oberholtzer"),
            ("That doesn't mean we're out", "Ray Oberholtzer"),
            ("Keep your car pointed out", "Wade Lindqvist"),
            ("If we call you again,", "Wade Lindqvist"),
            ("just about everybody with a", "Jolene Harlan"),
            ("You find out who your", "Jolene Harlan"),
            ("People showed up we hadn't", "Jolene Harlan"),
            ("Wednesday is the day we're", "Ray Oberholtzer"),
            ("If that fire is going", "Ray Oberholtzer"),
        ],
    ),
    (
        """‘It just came out of nowhere’: EF-2 tornado damages homes, church near Hollis Creek

By News 12 Staff
Updated: 9:42 PM CDT

HOLLIS CREEK, Okla. — The National Weather Service confirmed Monday that an EF-2 tornado with peak winds near 125 mph touched down southwest of Hollis Creek on Sunday evening, tearing roofs off at least a dozen homes and badly damaging a rural church.

No deaths were reported. Tiller County Emergency Management Director Curtis Dunaway said three people were treated for minor injuries at Tiller County Memorial Hospital and released.

“We are very, very fortunate,” Dunaway told reporters at a briefing outside the county barn Monday morning. “When you look at what’s left of some of these houses, you wonder how anybody walked out.”

The tornado was on the ground for about 11 miles, according to a preliminary survey by the weather service office in Norman. It crossed State Highway 34 just after 6:40 p.m., snapping power poles and flipping a grain trailer.

Meteorologist Allison Treadway of the weather service’s Norman office said the storm developed quickly along a boundary left behind by earlier rain.

“The radar signature went from nothing to a pretty tight rotation in about ten minutes,” Treadway said. “That’s not a lot of lead time, and that’s the hardest kind of storm for people out in the country.”

Sirens in Hollis Creek sounded at 6:31 p.m., the town said in a Facebook post. Residents outside town limits rely on weather radios and cell phone alerts.

Marlene and Jerry Fuqua rode out the storm in the cellar behind their farmhouse on County Road 2140. When they came up, their barn was gone.

“It just came out of nowhere,” Marlene Fuqua said. “We heard the hail quit and Jerry said, ‘Get in the cellar, now.’ We didn’t even get the door latched.”

The church, Prairie Light Baptist, lost most of its roof and its steeple, which landed in a wheat field across the road. Pastor Dale Ennis said Sunday evening services had ended about half an hour before the tornado hit.

“God’s timing, that’s all that was,” Ennis said, standing in what used to be the fellowship hall. “We’ll meet in the school cafeteria next Sunday, and we’ll rebuild. That’s not even a question.”

Red Plains Electric Cooperative said about 1,900 members lost power at the peak of the storm. In a statement, the cooperative said crews had restored service to all but about 300 members by Monday afternoon and expected “the majority of remaining outages” to be repaired by late Tuesday.

Dunaway asked volunteers not to self-deploy to the damaged area and to register instead at the Hollis Creek Community Center.

“We appreciate everybody’s heart,” he said. “But we need to know who’s out there, and we need the roads clear for the linemen.”""",
        [
            ("It just came out of nowhere", "Marlene Fuqua"),
            ("We are very, very fortunate", "Curtis Dunaway"),
            ("When you look at what’s", "Curtis Dunaway"),
            ("The radar signature went from", "Allison Treadway"),
            ("That’s not a lot of", "Allison Treadway"),
            ("It just came out of nowhere", "Marlene Fuqua"),
            ("We heard the hail quit", "Marlene Fuqua"),
            ("Get in the cellar, now.", "Jerry Fuqua"),
            ("God’s timing, that’s all", "Dale Ennis"),
            ("We’ll meet in the school", "Dale Ennis"),
            ("the majority of remaining outages", "Red Plains Electric Cooperative"),
            ("We appreciate everybody’s heart", "Curtis Dunaway"),
            ("But we need to know", "Curtis Dunaway"),
        ],
    ),
    (
        """Rising river forces evacuations in small Missouri town; 1 dead

CARLOW, Mo. (AP) — Floodwaters from the swollen Pomme Noire River pushed into low-lying neighborhoods of a small Missouri town on Thursday, forcing dozens of families from their homes, and authorities said a man died after his pickup was swept off a flooded county road.

The man, identified as 67-year-old Harold Dietz of rural Carlow, drove around a barricade on Route KK late Wednesday night, according to the Missouri State Highway Patrol. His truck was found about a quarter mile downstream early Thursday.

"It's the same story every time, and it breaks our hearts every time," patrol Sgt. Lonnie Bader told reporters. "Two feet of moving water will float a pickup. Turn around. Please."

The river was expected to crest Friday morning at about 31 feet, nearly 9 feet above flood stage and the third-highest level on record, the National Weather Service said.

About 140 residents of Carlow, a town of roughly 1,800 people about 90 miles southeast of Kansas City, were told to leave, Mayor Brenda Sikes said. Volunteers spent much of Wednesday filling sandbags around the town's water treatment plant.

"If we lose the water plant, we lose the town for a while," Sikes said. "So that's where the sandbags went first."

The governor's office said in a statement that the Missouri National Guard had sent high-water vehicles and about 40 soldiers to help with evacuations, and that the state was "prepared to do whatever it takes" to protect residents along the river.

At a Red Cross shelter set up in the gymnasium of First Methodist Church, Angela Ruiz sat on a cot with her two children and a laundry basket of clothes.

Ruiz said the water was "up to the porch steps" when a sheriff's deputy knocked on her door around 3 a.m.

"I grabbed the kids, the dog and my phone charger," she said. "That's it. That's all we have right now."

More than 8 inches of rain has fallen across parts of west-central Missouri since Sunday, according to the weather service.

"The ground was already saturated from storms last week, so there was nowhere for this water to go but the river," said Pete Vandermolen, emergency management director for Bledsoe County.

Farmers in the river bottoms said it was too early to know how much of the spring planting would be lost. Some fields of newly planted corn were under several feet of water.

"You can't replant until it dries out, and it's not going to dry out for a while," said Glen Hostetler, who farms about 900 acres west of town. He said he had planted about a third of his corn before the rain started.

The river was expected to fall below flood stage by early next week.""",
        [
            ("It's the same story every", "Lonnie Bader"),
            ("Two feet of moving water", "Lonnie Bader"),
            ("If we lose the water", "Brenda Sikes"),
            ("So that's where the sandbags", "Brenda Sikes"),
            ("prepared to do whatever it", "governor's office"),
            ("up to the porch steps", "Angela Ruiz"),
            ("I grabbed the kids, the", "Angela Ruiz"),
            ("That's it. That's all", "Angela Ruiz"),
            ("The ground was already saturated", "Pete Vandermolen"),
            ("You can't replant until it", "Glen Hostetler"),
        ],
    ),
    (
        """Commissioners weigh tax levy to keep ambulance service running

By Marcy Oltmanns
The Keystone County Courier

KEYSTONE — With only nine active volunteers left on its roster and calls on the rise, the Keystone Volunteer Ambulance Service could stop answering some calls by fall without county money, its director told the Keystone County Board of Commissioners on Monday.

Director Sheila Brandt said the service answered 412 calls last year, up from 290 five years ago, while the number of certified EMTs on the roster has fallen by half.

"We have people who are running calls at 2 in the morning and then going to work at the co-op at 6," Brandt said. "That's not sustainable, and frankly it isn't safe."

Brandt asked the board to consider a special levy of up to 2 cents per $100 of valuation, which would raise about $310,000 a year and allow the service to hire two full-time paramedics.

Commissioner Larry Voss said he supported the ambulance service but was "not real excited" about raising property taxes in a year when crop prices are down.

"I've got farmers calling me already about their valuations," Voss said. "I want to see every other option on the table before we go to the taxpayers."

Commissioner Ann Marie Kucera said the board had been hearing about the problem "for at least three years" and had run out of time to study it.

"If somebody's husband has a heart attack out on a farm 20 miles from town, and nobody comes, what are we going to tell them? That we were looking at options?" Kucera said.

According to a 2023 report, "Rural EMS at a Crossroads," nearly a third of Nebraska's licensed ambulance services are at risk of closing within five years because of staffing shortages.

Brandt, 61, has led the service for 11 years.

"I'd love to retire," she said, drawing laughter from the audience. "I just can't find anybody to hand the keys to."

Dr. Samuel Okafor, the service's medical director, wrote in a letter to the board that response times had grown "to a point that I consider dangerous for our patients."

"In the past year I have seen two cases in which I believe a faster response would have changed the outcome," the letter said.

Don Pflug, a retired farmer from near Ellery, said his wife was taken to the hospital by the service after a stroke last winter.

"Those kids saved her life," Pflug said. "Whatever it costs, it's cheaper than the alternative."

Board Chairman Rick Hoefener said the board would take up the levy request at its June 10 meeting, after County Attorney Jenna Loeffler reviews whether the county can legally set up a separate EMS taxing district. Loeffler said state law allows it but that the process "isn't quick and isn't simple."

The ambulance service also plans a recruitment night, which Brandt has dubbed "Bring a Friend to the Barn," on May 18 at the ambulance barn on Second Street.""",
        [
            ("We have people who are", "Sheila Brandt"),
            ("That's not sustainable, and frankly", "Sheila Brandt"),
            ("not real excited", "Larry Voss"),
            ("I've got farmers calling me", "Larry Voss"),
            ("I want to see every", "Larry Voss"),
            ("for at least three years", "Ann Marie Kucera"),
            ("If somebody's husband has a", "Ann Marie Kucera"),
            ("I'd love to retire,", "Sheila Brandt"),
            ("I just can't find anybody", "Sheila Brandt"),
            ("to a point that I", "Samuel Okafor"),
            ("In the past year I", "Samuel Okafor"),
            ("Those kids saved her life", "Don Pflug"),
            ("Whatever it costs, it's cheaper", "Don Pflug"),
            ("isn't quick and isn't simple.", "Jenna Loeffler"),
        ],
    ),
    (
        """Swift-water crews rescue 14 as flash flooding swamps Cedar Fork County crossings

By Adrian Salinas | News 4
Published 6:15 AM CDT

CEDAR FORK COUNTY, Texas — Emergency crews made at least 14 water rescues overnight as up to 7 inches of rain sent creeks out of their banks across Cedar Fork County, officials said early Friday.

No one was seriously hurt, but a 17-year-old was taken to a hospital in San Angelo for evaluation after clinging to a tree for nearly an hour along Sycamore Creek, according to the Cedar Fork County Sheriff's Office.

A dispatcher at the county's 911 center, who asked not to be named because she was not authorized to speak to the media, said calls began coming in just after midnight and "did not stop for four hours."

"We had every line lit up at once," she said. "People were calling us from their roofs."

Fire Chief Tomas Villarreal of the Rio Seco Volunteer Fire Department said his crew used a boat and ropes to reach the teen, who had tried to wade across the creek after his car stalled at a low-water crossing on County Road 310.

"He did everything right once he was in the water. He grabbed something, he held on, and he kept yelling so we could find him," Villarreal said. "What he did wrong was get out of the car at a crossing that was already running."

Most of the other rescues involved drivers who tried to cross flooded roads, the sheriff's office said in a social media post that pointed to the National Weather Service's "Turn Around, Don't Drown" campaign.

A county commissioner, speaking on condition of anonymity because damage assessments were not finished, said at least 30 homes near the creeks took on water and called the flooding "worse than anything since 2018."

Sheriff Dolores Garza said deputies closed 22 roads overnight.

"Some of these crossings, the water comes up faster than you can believe," Garza said in a video posted to the office's Facebook page. "If you see water over the road, you don't know if the road is even still there."

Kyle Mertz, who lives along Sycamore Creek near a crossing locals call "the Dip," said the creek rose about 10 feet in less than an hour.

"I've lived here 30 years and I've never seen it come up like that," Mertz said. "It sounded like a freight train going by the house."

News 4 Chief Meteorologist Jill Ambrose said more rain was possible Saturday, though totals should be much lighter.

"The ground is saturated, so it won't take much to cause problems again," Ambrose said. "Anyone near a creek should have a plan to get to higher ground."

A Texas Department of Transportation spokeswoman said a bridge on Farm-to-Market Road 2290 would stay closed until engineers could inspect it, adding that the agency was "treating every structure on that creek as suspect" for now.""",
        [
            ("did not stop for four", "dispatcher at the county's 911 center"),
            ("We had every line lit", "dispatcher at the county's 911 center"),
            ("People were calling us from", "dispatcher at the county's 911 center"),
            ("He did everything right once", "Tomas Villarreal"),
            ("What he did wrong was", "Tomas Villarreal"),
            ("worse than anything since 2018.", "county commissioner"),
            ("Some of these crossings, the", "Dolores Garza"),
            ("If you see water over", "Dolores Garza"),
            ("I've lived here 30 years", "Kyle Mertz"),
            ("It sounded like a freight", "Kyle Mertz"),
            ("The ground is saturated, so", "Jill Ambrose"),
            ("Anyone near a creek should", "Jill Ambrose"),
            ("treating every structure on that", "spokeswoman"),
        ],
    ),
    (
        """Tornado kills 2 in rural Mississippi, flattens mobile homes

PEARL BEND, Miss. (AP) — A tornado tore through a rural stretch of east-central Mississippi before dawn Wednesday, killing two people in a mobile home and damaging dozens of other homes and a poultry farm, officials said.

The victims were a 74-year-old woman and her 51-year-old son, Cade County Coroner Dwayne Pickens said. He did not release their names pending notification of relatives.

"They were in a single-wide, and it was just gone," Pickens said. "There wasn't anything left to shelter in."

The National Weather Service office in Jackson said a survey team would assess the damage Wednesday afternoon, but the tornado appeared to be at least an EF-2. A tornado warning was issued at 4:12 a.m., about nine minutes before the storm reached Pearl Bend, according to the weather service.

Cade County Emergency Management Director Latoya Hubbard gave a blunt assessment at a morning news conference: "This is the scenario we worry about most. Nighttime, people asleep, mobile homes."

She said the county had opened a shelter at the Pearl Bend Community Center and that about 40 people had checked in by midday.

"We've got families who lost everything," she said. "They need clothes, they need baby formula, and honestly they need somebody to sit with them."

The storm also flattened three chicken houses at a farm owned by Randall Tisdale, killing thousands of birds. Tisdale, who raises broilers under contract for a regional processor, surveyed the twisted metal Wednesday morning and put it simply: "Twenty years of work. I don't even know where to start."

About 6,500 customers lost power at the height of the storm, according to Four Rivers Electric Power Association. The company said it had brought in crews from three neighboring cooperatives and expected to restore most service by Thursday evening.

"Some of our hardest-hit lines run through wooded areas with limited access, and those repairs will take longer," the company said in a statement.

The Mississippi Emergency Management Agency sent a team to help with damage assessments. A MEMA spokesman said the agency was also "monitoring the situation closely" in four other counties where storms knocked down trees and power lines.

Carla Mabry, who lives about a half mile from where the two people died, told The Associated Press she woke up to the alarm on her phone and then "a roar like nothing I ever heard."

"By the time we got in the hallway it was over," Mabry said. "Then we heard the sirens from the fire trucks, and we knew somebody got hit bad."

She said the woman who died was a retired school cafeteria worker who "knew every kid in this county by name."

Storms also toppled trees in parts of western Alabama overnight, but no injuries were reported there.""",
        [
            ("They were in a single-wide,", "Dwayne Pickens"),
            ("There wasn't anything left to", "Dwayne Pickens"),
            ("This is the scenario we", "Latoya Hubbard"),
            ("We've got families who lost", "Latoya Hubbard"),
            ("They need clothes, they need", "Latoya Hubbard"),
            ("Twenty years of work. I", "Randall Tisdale"),
            ("Some of our hardest-hit lines", "Four Rivers Electric Power Association"),
            ("monitoring the situation closely", "spokesman"),
            ("a roar like nothing I", "Carla Mabry"),
            ("By the time we got", "Carla Mabry"),
            ("Then we heard the sirens", "Carla Mabry"),
            ("knew every kid in this", "Carla Mabry"),
        ],
    ),
    (
        """Utility cuts power to 4,000 as wind, fire danger peak

By Tom Brandvold
Juniper County Eagle

CABIN FLAT — More than 4,000 homes and businesses in eastern Juniper County were without electricity Thursday after High Desert Power & Light shut off lines in what the utility calls a "public safety power shutoff," a step it takes when hot, dry winds raise the risk that its equipment could spark a wildfire.

The outage began at 6 a.m. and could last through Saturday, according to the company's website, which said power would be restored "only after crews have patrolled every affected line."

Wind gusts up to 50 mph were forecast Thursday afternoon for the Blue Butte foothills, with humidity in the single digits.

Utility spokesman Greg Thalman said the decision was "never made lightly."

"We know what it means for people on oxygen, for ranchers with wells, for the little store that's going to lose its freezer," Thalman said. "But we also know what a fire can do on a day like this. We've all seen it."

Not everyone was understanding. At the Cabin Flat Mercantile, owner Rita Vasquez-Holm ran a generator to keep her coolers going and said she had thrown out nearly $2,000 in ice cream and frozen food during the last shutoff in September.

"Nobody's reimbursing me for that," she said. "They get to cut the power and walk away, and we're the ones left holding the bag."

Juniper County Fire District Chief Marcus Pell said he understood the frustration. At an emergency meeting of the county commission Wednesday night, he laid out why he supported the shutoff.

"The fuels are as dry as I've ever seen them in October. Relative humidity is going to be in the single digits tomorrow afternoon. If we get an ignition in that cheatgrass with these winds, we're not going to catch it until it runs out of country.

"So yes, I'd much rather have people mad at the power company for a couple of days than have people burned out of their homes."

The county opened a charging center at the Cabin Flat Grange hall for residents who rely on electric medical equipment, County Emergency Manager Beth Cordova said. Two engine strike teams from the Oregon State Fire Marshal's office were also staged in Cabin Flat overnight.

Cordova told the Eagle that about 60 residents are on a county registry of people who use home oxygen or other powered medical devices, and that deputies had "personally contacted every one of them" by Thursday morning.

A statement from the Juniper County Board of Commissioners asked residents to "check on elderly neighbors and anyone who relies on power for medical needs" and to avoid running generators indoors.

Campfires are banned countywide, and the county's outdoor burning ban remains in effect until further notice.""",
        [
            ("only after crews have patrolled", "High Desert Power & Light"),
            ("never made lightly.", "Greg Thalman"),
            ("We know what it means", "Greg Thalman"),
            ("But we also know what", "Greg Thalman"),
            ("Nobody's reimbursing me for that", "Rita Vasquez-Holm"),
            ("They get to cut the", "Rita Vasquez-Holm"),
            ("The fuels are as dry", "Marcus Pell"),
            ("So yes, I'd much rather", "Marcus Pell"),
            ("personally contacted every one of", "Beth Cordova"),
            ("check on elderly neighbors and", "Juniper County Board of Commissioners"),
        ],
    ),
    (
        """Volunteer firefighter burned battling grass fire near Calder; chief says crew ‘did their jobs’

By Natalie Vo | 12 News
Published: Mar. 14, 2025 at 8:05 PM CDT

CALDER, Kan. — A volunteer firefighter suffered burns to his hands and face Thursday afternoon while fighting a wind-driven grass fire that scorched roughly 2,600 acres in southern Spring Prairie County, officials said.

The firefighter, identified by the Calder Volunteer Fire Department as 23-year-old Tanner Koehn, was flown to the burn unit at a Wichita hospital. Fire Chief Bill Stucky said Koehn was in stable condition Thursday evening and was “talking and giving the nurses a hard time.”

Stucky said the fire jumped a county road and swung around an engine crew when the wind shifted from the southwest to the northwest.

“The wind turned on them in a matter of seconds,” Stucky said. “They did their jobs. They got back to the truck, they got the truck moved, and they got out. Tanner just caught some heat on the way.”

Five departments from Spring Prairie and neighboring counties, along with a Kansas Forest Service task force, fought the fire for nearly six hours. Several ranchers brought their own water tanks and disks to cut fire lines.

One of them, Arlo Penner, said he disked a line around a neighbor’s house “because that’s what you do out here.”

“The fire department can’t be everywhere, not with 40-mile-an-hour wind,” Penner said. “You just get on the tractor and go.”

The Spring Prairie County Sheriff’s Office said in a news release that one home was damaged and two unoccupied outbuildings were destroyed. The cause is under investigation, but the release said investigators believe the fire started “from a controlled burn that escaped containment” on private pasture land.

A spokesperson for the Kansas Forest Service said the state has seen “an unusually active early season,” with more than 200 wildfires reported since Jan. 1.

Stucky said his department has 14 volunteers, most of whom work full-time jobs elsewhere.

“People think we’re a paid department. We’re not,” Stucky said. “Every one of these guys left a job site or a farm today to come out here.”

A GoFundMe page set up by Koehn’s sister, titled “Tanner’s Road to Recovery,” had raised more than $8,000 by Thursday night.

Koehn’s mother, Deb Koehn, told 12 News by phone that the family was “overwhelmed by the kindness.”

“He’s been wanting to be a firefighter since he was 5 years old,” she said. “This isn’t going to stop him. I already know that.”""",
        [
            ("did their jobs", "Bill Stucky"),
            ("talking and giving the nurses", "Bill Stucky"),
            ("The wind turned on them", "Bill Stucky"),
            ("They did their jobs. They", "Bill Stucky"),
            ("because that’s what you do", "Arlo Penner"),
            ("The fire department can’t be", "Arlo Penner"),
            ("You just get on the", "Arlo Penner"),
            ("from a controlled burn that", "Spring Prairie County Sheriff’s Office"),
            ("an unusually active early season", "spokesperson"),
            ("People think we’re a paid", "Bill Stucky"),
            ("Every one of these guys", "Bill Stucky"),
            ("overwhelmed by the kindness.", "Deb Koehn"),
            ("He’s been wanting to be", "Deb Koehn"),
            ("This isn’t going to stop", "Deb Koehn"),
        ],
    ),
]
