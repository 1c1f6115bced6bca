CASES = [
    (
        """Mandatory evacuation ordered for southern St. Ambrose Parish as Hurricane Felipe strengthens

By Danielle Broussard | Published: Aug. 27, 2024 at 6:42 PM CDT | Updated: Aug. 27, 2024 at 9:15 PM CDT

MARCEAU, La. (KVLT) - St. Ambrose Parish leaders ordered a mandatory evacuation Tuesday evening for everyone living south of Highway 14 as Hurricane Felipe gained strength over the warm waters of the Gulf.

"If you are south of 14, you need to be gone by noon tomorrow," Parish President Raymond Thibodeaux said at a news conference at the parish emergency operations center. "We are not going to be able to come get you once the winds pick up."

Forecasters at the National Hurricane Center upgraded Felipe to a Category 2 storm Tuesday afternoon and said it could reach Category 3 strength before making landfall late Wednesday or early Thursday. The latest forecast track takes the center of the storm just west of the parish.

Thibodeaux said school buses will begin running pickup routes at 7 a.m. Wednesday for residents who do not have transportation. The buses will take evacuees to a shelter at the Cane Ridge Civic Center, about 90 miles north. Residents can call the parish hotline to be added to the pickup list.

Parish emergency preparedness director Monique Landry told reporters the biggest danger is not the wind.

"The biggest mistake people make is looking at the category," Landry said. "Surge is what kills people here, and surge doesn't care whether it's a 2 or a 4."

She said storm surge of 8 to 12 feet above ground level was possible along the coast and in communities along Bayou Noir, with higher amounts in some bays.

At Hebert's Grocery in Bois Clair, shelves that normally hold bottled water were nearly bare by mid-afternoon. Owner Curtis Hebert said he sold more gas cans Tuesday than he did in all of July.

"People are taking this one seriously, and I'm glad," Hebert said. "After the last one, nobody around here is playing around."

Not everyone plans to leave. Lionel Guidry, 71, has lived on Bayou Noir Road for more than four decades and said he has ridden out three hurricanes in his raised home. He intends to stay for a fourth.

"I've got a generator, I've got food, and I've got my boat tied up," he said. "My house is 14 feet off the ground. I'll be fine."

Thibodeaux had a blunt message for residents like Guidry. He said first responders will be pulled off the roads once sustained winds reach 45 mph, and anyone who stays behind will be "on their own until the storm passes."

Bayou Electric Cooperative said it has staged more than 600 lineworkers and contractors outside the storm's path and will begin restoration as soon as conditions allow.

"Customers should prepare for extended outages, possibly lasting a week or more in the hardest-hit areas," the cooperative said in a statement.

Parish offices and schools will be closed Wednesday through Friday.""",
        [
            ("If you are south of", "Raymond Thibodeaux"),
            ("We are not going to", "Raymond Thibodeaux"),
            ("The biggest mistake people make", "Monique Landry"),
            ("Surge is what kills people", "Monique Landry"),
            ("People are taking this one", "Curtis Hebert"),
            ("After the last one, nobody", "Curtis Hebert"),
            ("I've got a generator, I've", "Lionel Guidry"),
            ("My house is 14 feet", "Lionel Guidry"),
            ("on their own until the", "Raymond Thibodeaux"),
            ("Customers should prepare for extended", "Bayou Electric Cooperative"),
        ],
    ),
    (
        """Cold Creek fire flares, forcing 1,200 homes to evacuate west of Millbrook

By Hannah Ostrowski
Mountain Valley Ledger

MILLBROOK — A wildfire that had been creeping quietly through the hills west of Millbrook for nearly a week roared back to life Sunday afternoon, forcing the evacuation of about 1,200 homes and closing a 15-mile stretch of Route 9.

The Cold Creek fire grew from roughly 800 acres to more than 4,300 acres between noon and 6 p.m., according to the Jasper County Sheriff’s Office. No injuries had been reported as of Sunday night, and officials said they did not yet know whether any homes had been lost.

“We had a good handle on it Saturday,” said Ben Achterberg, an incident commander with the Cascade Interagency Fire Team. “Then the wind came up out of the east at 30, 35 miles an hour, and it just took off. There’s not a lot you can do in the first hour of a run like that except get people out of the way.”

Sheriff Dana Kowalczyk said deputies went door to door along Upper Cold Creek Road and Tamarack Lane after the county raised the area to Level 3 “Go Now” status shortly after 2 p.m. Most residents left quickly, she said, though a handful refused.

“We don’t drag people out of their homes,” Kowalczyk said. “But we do ask for next-of-kin information, and that usually gets their attention.”

Marisol Etchevarria, who fled her home on Tamarack Lane with two dogs and a box of family photographs, said she could see flames cresting the ridge behind her barn as she pulled out of the driveway.

“I didn’t grab my medication, I didn’t grab clothes,” she said Sunday evening at an evacuation center set up in the Millbrook High School gym. “You think you’ll be calm. You’re not.”

About 140 people had checked in at the school by 8 p.m., and volunteers were handing out cots, sandwiches and pet food. The Jasper County Fairgrounds opened to evacuees with horses and livestock.

Pacific Cascade Power shut off electricity to about 3,800 customers in and around the fire area as a precaution. The company said it would restore service “as soon as it is safe to do so” but could not say when that would be.

The cause of the fire remains under investigation. A state fire investigator, who was not authorized to speak publicly about the case, said crews were examining a damaged power line near where the fire is believed to have started but cautioned it was “far too early” to draw any conclusions.

Achterberg said more than 350 firefighters, six helicopters and two air tankers were assigned to the fire Sunday, with additional crews expected overnight. The National Weather Service has issued a red flag warning through Tuesday evening.

“The next 48 hours are going to decide a lot,” he said. “If the wind lays down, we can make real progress. If it doesn’t, we’re going to be chasing it.”""",
        [
            ("We had a good handle", "Ben Achterberg"),
            ("Then the wind came up", "Ben Achterberg"),
            ("We don’t drag people out", "Dana Kowalczyk"),
            ("But we do ask for", "Dana Kowalczyk"),
            ("I didn’t grab my medication,", "Marisol Etchevarria"),
            ("You think you’ll be calm.", "Marisol Etchevarria"),
            ("as soon as it is", "Pacific Cascade Power"),
            ("far too early", "state fire investigator"),
            ("The next 48 hours are", "Ben Achterberg"),
            ("If the wind lays down,", "Ben Achterberg"),
        ],
    ),
    (
        """'It came up so fast': Flash flooding kills 2, strands dozens in Dillard County

By WKTN Staff
Published: 5:14 AM CDT July 9, 2025
Updated: 11:30 AM CDT July 9, 2025

SPURLOCK, Tenn. — Two people died and rescue crews pulled at least 40 others from homes and vehicles after as much as seven inches of rain fell on parts of Dillard County overnight, sending Little Sinking Creek out of its banks and through downtown Spurlock.

The Dillard County Emergency Management Agency confirmed the deaths Wednesday morning but did not release the victims' names pending notification of family. EMA Director Travis Pruitt said both were found in vehicles that had been swept off Old Mill Road near the creek.

"We've said it a thousand times, and we'll keep saying it," Pruitt said. "Turn around, don't drown.

"Six inches of moving water can knock you off your feet. A foot of water will float most cars. People think their truck can make it, and it can't."

Kayla Brandt, a meteorologist with the National Weather Service, said a line of thunderstorms stalled over the county shortly after 10 p.m. Tuesday and kept redeveloping over the same area for hours.

"That's the setup that produces these kinds of totals," Brandt said. "When the same cells keep moving over the same spot for three, four hours, there's just nowhere for the water to go."

A rain gauge near the Spurlock water plant recorded 6.8 inches, most of it between midnight and 3 a.m., according to the weather service.

Shelby Crouch lives two blocks from the creek on Depot Street.

"It came up so fast. I went to bed and it was raining, and by 2 o'clock my neighbor was beating on the door yelling that the creek was in the yard," Crouch said.

Crouch and her two children climbed onto the roof of a storage building behind the house and waited there until a swift-water team from the Spurlock Fire Department reached them by boat around 4 a.m.

Fire Chief Ronnie Vaughn said his department's three boats were in constant use through the night, and crews from neighboring Tolliver County sent two more teams.

"My guys did incredible work," Vaughn said. "They were in water up to their chests in the dark, and they got everybody they could reach."

The county opened an emergency shelter at Spurlock First Baptist Church. Pastor Glenn Ashby said about 60 people spent the night there.

"We've got cots, we've got coffee, and we've got plenty of people who want to help," Ashby said.

Officials said several roads, including parts of Highway 70 and Old Mill Road, remain closed because of washouts. Residents are asked to stay off the roads while crews inspect bridges and culverts.

WKTN will update this story as more information becomes available.""",
        [
            ("It came up so fast", "Shelby Crouch"),
            ("We've said it a thousand", "Travis Pruitt"),
            ("Turn around, don't drown.", "Travis Pruitt"),
            ("Six inches of moving water", "Travis Pruitt"),
            ("That's the setup that produces", "Kayla Brandt"),
            ("When the same cells keep", "Kayla Brandt"),
            ("It came up so fast.", "Shelby Crouch"),
            ("My guys did incredible work,", "Ronnie Vaughn"),
            ("They were in water up", "Ronnie Vaughn"),
            ("We've got cots, we've got", "Glenn Ashby"),
        ],
    ),
    (
        """Six weeks after Hurricane Odette, Palmetto Key residents still waiting on FEMA

By Carlos Medeiros
Staff Writer

PALMETTO KEY — Six weeks after Hurricane Odette pushed nearly five feet of Gulf water through her living room, Gloria Pennington is still sleeping on an air mattress at her daughter’s house in Lake Whitfield, and she is still waiting for someone to tell her whether she qualifies for federal help.

“I’ve uploaded the same documents three times,” said Pennington, 68, a retired school bus driver. “Every time I call, I get a different person, and every person tells me something different.”

Pennington is one of more than 9,000 Coral County households that had applied for individual assistance from the Federal Emergency Management Agency as of Friday, according to figures from the county’s Office of Emergency Management. Roughly a third of those applications were still listed as “pending” or “under review.”

A FEMA spokeswoman said the agency has approved more than $41 million in housing and other assistance for county residents so far. She said many delays stem from missing paperwork, particularly proof of ownership for homes that were passed down through families without a formal title.

“We know this process can be frustrating, and we want every eligible survivor to get the help they’re entitled to,” the spokeswoman said in an email. She encouraged applicants to visit a disaster recovery center in person rather than relying on the agency’s phone line.

County Commissioner Darnell Whitcomb, whose district includes most of Palmetto Key, said that advice does little for people who lost their cars along with their homes.

“The nearest recovery center is 22 miles away,” Whitcomb said at Tuesday’s commission meeting. “We’ve got seniors out here who don’t have a vehicle anymore. You can’t just tell them to drive over.”

Whitcomb asked county staff to look into running a shuttle to the center twice a week. Priya Raghunathan, the county’s emergency management director, said the county was already talking with FEMA about opening a mobile recovery center on the island, “hopefully within two weeks, if not sooner.”

A report released last month by the Gulf Shores Housing Coalition, a nonprofit advocacy group, found that renters and families living in inherited homes were far more likely to be denied or delayed after recent storms. The report, “Left Behind After the Water,” examined aid records from three hurricanes since 2017.

Andre Fontenot, the coalition’s executive director, said what is happening in Coral County matches what his group has documented elsewhere.

“The people who have the least get the slowest help,” Fontenot said. “That’s not a new story, but it doesn’t have to keep being the story.”

Back in Lake Whitfield, Pennington said she now calls the FEMA helpline every morning at 8 o’clock sharp.

“I figure if I’m annoying enough, somebody’s going to fix it,” she said with a laugh. “That’s all I’ve got left.”""",
        [
            ("I’ve uploaded the same documents", "Gloria Pennington"),
            ("Every time I call, I", "Gloria Pennington"),
            ("We know this process can", "spokeswoman"),
            ("The nearest recovery center is", "Darnell Whitcomb"),
            ("We’ve got seniors out here", "Darnell Whitcomb"),
            ("hopefully within two weeks, if", "Priya Raghunathan"),
            ("The people who have the", "Andre Fontenot"),
            ("That’s not a new story,", "Andre Fontenot"),
            ("I figure if I’m annoying", "Gloria Pennington"),
            ("That’s all I’ve got left.", "Gloria Pennington"),
        ],
    ),
    (
        """Ridgeline Fire: Pine Hollow evacuees allowed home as containment reaches 60%

By Marcus Delgado, KCOL 4 News
Published: 4:58 PM MDT September 12, 2024

BRISTLECONE COUNTY, Colo. — Hundreds of residents of the Pine Hollow subdivision were allowed back into the neighborhood Thursday for the first time since the Ridgeline Fire tore through the area last weekend.

According to the Bristlecone County Sheriff's Office, the fire destroyed 14 homes and damaged nine others in Pine Hollow and along nearby Aspen Spur Road. It has burned just over 6,100 acres and was 60% contained as of Thursday afternoon.

Sheriff Alan Kersey had a simple message for returning residents: "Be patient, be careful, and expect to see damage that is hard to look at."

Residents had to show identification at a checkpoint on County Road 43 before driving in. Deputies handed out packets with information on debris removal, insurance claims and mental health resources.

Incident spokesperson Jenna Marquardt said crews were still mopping up hot spots inside the fire perimeter and asked residents not to be alarmed by smoke.

"This fire is not out," Marquardt said. "You may see smoke inside the perimeter for weeks. That's normal, but if you see open flame, call 911."

The cause of the Ridgeline Fire remains under investigation. Investigators have said they are looking at a section of power line owned by Summit Peak Energy near the fire's point of origin.

In a statement Thursday, the utility said it was "cooperating fully with all investigating agencies" and had provided records on the line's inspection and maintenance history.

"Our thoughts are with the families who lost homes in the Ridgeline Fire, and we are committed to supporting this community as it recovers," the company said.

At least two lawsuits have already been filed against the utility on behalf of Pine Hollow homeowners.

Alicia and Tom Brenneman were among the first cars through the checkpoint Thursday morning. Their home on Lodgepole Court was still standing. The one next door was not.

"We pulled up and I just started crying," Alicia Brenneman told reporters after returning to the checkpoint. "Our house is fine. The Larsons' house next door is just a chimney."

Her husband said the family had already reached out to their neighbors, who are staying with relatives in town.

"We'll help them rebuild however we can," Tom Brenneman said. "That's what you do up here."

The sheriff's office said residents of the remaining evacuated area north of Aspen Spur Road could be allowed back as soon as Saturday, depending on fire activity and the condition of roads.

Bristlecone County commissioners plan a community meeting on recovery at 6 p.m. Monday at Elk Park Elementary School.""",
        [
            ("Be patient, be careful, and", "Alan Kersey"),
            ("This fire is not out,", "Jenna Marquardt"),
            ("You may see smoke inside", "Jenna Marquardt"),
            ("cooperating fully with all investigating", "Summit Peak Energy"),
            ("Our thoughts are with the", "Summit Peak Energy"),
            ("We pulled up and I", "Alicia Brenneman"),
            ("Our house is fine. The", "Alicia Brenneman"),
            ("We'll help them rebuild however", "Tom Brenneman"),
            ("That's what you do up", "Tom Brenneman"),
        ],
    ),
    (
        """Volunteers sandbag as Redbank River heads for record crest at Harlow

By Jill Mattingly
Harlow Courier-Dispatch

HARLOW, Iowa — Hundreds of volunteers filled sandbags under a steady drizzle Thursday as the Redbank River rose toward a forecast crest that would top the record set in 1993.

The National Weather Service expects the river to crest at 31.5 feet at the Harlow gauge early Saturday, more than half a foot above the 1993 mark of 30.9 feet. Flood stage is 19 feet.

Mayor Ken Osterhaus said city crews had closed the Second Street floodgate and were building a temporary earthen berm along the riverfront park.

"We've been through big water before, and we know what to do," Osterhaus said. "What we don't know is what happens at a level nobody's ever seen."

Much of the concern centers on the 9-mile levee that protects Harlow's south side and several hundred acres of farmland.

"The levee is holding right now," said Harold Vandermeer, chairman of the Tri-County Levee District No. 4. "I want to be clear about that.

"But it's old, it's saturated, and it was never built for a crest like this. If we see sand boils on the land side, that's when we start getting nervous."

Vandermeer said district workers and volunteers were patrolling the levee around the clock and had placed sandbag rings around two small seepage spots found Wednesday.

A county emergency official, who spoke on condition of anonymity because the inspection reports had not been made public, said engineers were most worried about a stretch near the old grain elevator that was repaired after the 2019 flood. The official called that section "the one that keeps everybody up at night."

Voluntary evacuations are in effect for about 200 homes in the low-lying area residents call "the Flats," between the levee and Highway 3. The Harlow Community Center has opened as a shelter.

Bev Lindqvist, who has lived in the Flats for 40 years, was loading photo albums and a sewing machine into her son's pickup Thursday afternoon.

"I watched it come up in '93," she said. "I'm not waiting around to watch it again."

At the sandbagging site at the county fairgrounds, Harlow High School football coach Derek Samuelson had brought most of his team.

"These kids showed up at 6 this morning without anybody asking them to," Samuelson said. "They'll be here until it's done."

Prairie Central Railroad suspended service on its line along the river Wednesday night. "The safety of our crews and the communities we serve comes first," the railroad said in a statement, adding that trains would be rerouted through Cedar Junction until the water goes down.

The weather service said additional rain of up to an inch is possible Friday, which could push the crest higher.""",
        [
            ("We've been through big water", "Ken Osterhaus"),
            ("What we don't know is", "Ken Osterhaus"),
            ("The levee is holding right", "Harold Vandermeer"),
            ("I want to be clear", "Harold Vandermeer"),
            ("But it's old, it's saturated,", "Harold Vandermeer"),
            ("the one that keeps everybody", "county emergency official"),
            ("I watched it come up", "Bev Lindqvist"),
            ("I'm not waiting around to", "Bev Lindqvist"),
            ("These kids showed up at", "Derek Samuelson"),
            ("They'll be here until it's", "Derek Samuelson"),
            ("The safety of our crews", "Prairie Central Railroad"),
        ],
    ),
    (
        """Tens of thousands still without power in Sandhurst County four days after Hurricane Ines

By Kendra Mabry | WCNB
Published: Sep. 21, 2024 at 5:30 PM EDT

NEW BETHEL, N.C. (WCNB) — Four days after Hurricane Ines crossed the coast as a Category 1 storm, about 38,000 homes and businesses in Sandhurst and Ware counties were still without electricity Saturday afternoon, according to outage maps.

Most of those customers are served by Tidewater Electric Membership Corp., which said Ines damaged or snapped more than 900 of its utility poles.

"We understand people are hot, they're tired, and they want answers," said Keith Lanier, a spokesman for the cooperative. "Our crews are working 16-hour days, and we are not going to stop until every light is back on."

Lanier said Tidewater expects to have 90 percent of customers restored by Tuesday night, but some members in the hardest-hit areas along the Ware River "could be looking at next weekend."

More than 1,400 line workers from as far away as Ohio and Texas are helping with repairs. One lineman, who was not authorized to speak to reporters, said the damage along rural roads north of New Bethel was some of the worst he had seen in 20 years.

"I've never seen this many trees on lines in such a small area," he said. "Every pole we set, there's another one down a quarter-mile up the road."

With highs in the low 90s and no power, Sandhurst County opened two cooling centers, at the New Bethel Public Library and the Ware Township Fire Hall.

Jamal Rountree brought his wife and infant daughter to the library Saturday.

"I've got a 3-month-old at home," Rountree said. "I can handle the heat. She can't."

County health director Dr. Lorraine Oakes said two people had been treated at Sandhurst Regional Medical Center for carbon monoxide poisoning since the storm, both linked to generators.

"Never, ever run a generator inside your home or garage, even with the door open," Oakes said. "Keep it at least 20 feet from windows and doors. Carbon monoxide has no smell, and it can kill you in your sleep."

There was some good news for residents of Harkers Landing. The Town of Harkers Landing lifted its boil water advisory Saturday morning after two days of clean test results.

"Water is safe to drink again. Thank you all for your patience while our crews worked around the clock," the town wrote in a post on its Facebook page.

Sandhurst County Schools remain closed Monday. The district said it would decide on Tuesday classes by Sunday evening.""",
        [
            ("We understand people are hot,", "Keith Lanier"),
            ("Our crews are working 16-hour", "Keith Lanier"),
            ("could be looking at next", "Keith Lanier"),
            ("I've never seen this many", "lineman"),
            ("Every pole we set, there's", "lineman"),
            ("I've got a 3-month-old at", "Jamal Rountree"),
            ("I can handle the heat.", "Jamal Rountree"),
            ("Never, ever run a generator", "Lorraine Oakes"),
            ("Keep it at least 20", "Lorraine Oakes"),
            ("Water is safe to drink", "Town of Harkers Landing"),
        ],
    ),
    (
        """After July flood, Wickham Falls weighs sirens, text alerts — and who pays

By Rebecca Thorne
Staff Writer

WICKHAM FALLS — Three months after the Batten River jumped its banks and poured through the lower village, residents packed the town office Monday night with a question the select board has been hearing since July: Why didn’t anyone warn us?

Many people who live in the neighborhood known as “the Bottoms” say the first alert reached their phones after water was already in their basements. Some say it never arrived at all.

Doreen Pelletier, whose Mill Street home was gutted by the flood, put it plainly: “My phone buzzed when I was already standing in water up to my knees.”

Select board chair Martha Quigley opened the meeting by acknowledging the frustration.

“We owe people an honest answer about what happened that night, and then we owe them a better system,” Quigley said.

Town emergency management director Phil Desrochers walked the board through a timeline of July 11 and 12. According to that timeline, the county dispatch center sent a NorthAlert text and phone message at 1:52 a.m., roughly 40 minutes after water began entering homes on Mill Street.

“That’s on us. I’m not going to stand up here and make excuses,” Desrochers told the crowd.

He said the river gauge upstream of the village, which the town relies on for early warning, had stopped transmitting in April and was never repaired.

“The gauge had been down since spring,” Desrochers said. “We were relying on the one 12 miles downstream, which tells you what already happened, not what’s coming.

“That has to change, and it’s going to.”

The town’s 2019 hazard mitigation plan, titled “Living With the Batten,” had recommended a second upstream gauge and an outdoor warning system for the Bottoms. Neither was funded.

Desrochers estimated that three outdoor sirens would cost about $180,000 installed. In a letter to the board, the Vermont Office of Emergency Readiness said the town could apply for federal hazard mitigation money to cover most of the cost but described the current grant round as “highly competitive this year,” with awards not expected until next fall.

Not every board member is sold on sirens.

“Sirens are 1950s technology,” said board member Gary Lamoureux. “I’d rather spend that money making sure the gauges work and that every household in the Bottoms is signed up for alerts.”

The board voted 4-1 to have Desrochers seek quotes for both a repaired gauge and sirens, and to hold a door-to-door sign-up drive for NorthAlert this month. Lamoureux cast the lone no vote.

Quigley said the board would take up the issue again at its Nov. 4 meeting.

“Nobody in this room wants to be back here after the next one asking the same questions,” she said.""",
        [
            ("My phone buzzed when I", "Doreen Pelletier"),
            ("We owe people an honest", "Martha Quigley"),
            ("That’s on us. I’m not", "Phil Desrochers"),
            ("The gauge had been down", "Phil Desrochers"),
            ("We were relying on the", "Phil Desrochers"),
            ("That has to change, and", "Phil Desrochers"),
            ("highly competitive this year", "Vermont Office of Emergency Readiness"),
            ("Sirens are 1950s technology", "Gary Lamoureux"),
            ("I’d rather spend that money", "Gary Lamoureux"),
            ("Nobody in this room wants", "Martha Quigley"),
        ],
    ),
]
