CASES = [
    (
        """Evacuation order expands as Kettle Ridge wildfire jumps highway near Bramwell, B.C.

Jenna Thorsen · CBC News · Posted: Aug 14

Hundreds more residents in B.C.'s southern Interior were told to leave their homes Wednesday evening after the Kettle Ridge wildfire jumped Highway 33 and pushed toward the community of Bramwell.

The Regional District of West Okanagan Highlands expanded its evacuation order to cover 412 properties, up from 160 earlier in the day, and placed another 900 on evacuation alert.

"This fire is behaving in ways we haven't seen this early in the season," said Marc Ducharme, a fire information officer with the B.C. Wildfire Service. "We had sustained winds of 40 kilometres an hour this afternoon, and that pushed it right across the highway."

The fire was estimated at 2,300 hectares as of Wednesday night, Ducharme said, and is considered out of control. More than 110 firefighters, six helicopters and heavy equipment are assigned to it.

Regional district chair Lorna Pettigrew urged people under the order to leave immediately and not wait to see what the fire does overnight.

"If you are on order, you need to go now. Not in an hour, not after dinner. Now," she told reporters at the emergency operations centre in Westbank Falls.

Pettigrew said a reception centre has been set up at the Westbank Falls Community Arena, where evacuees can register for emergency support services.

Dale Okimaw, who lives on a hobby farm just east of Bramwell, said he and his wife loaded their two horses into a trailer shortly after 5 p.m.

"You could see the smoke column building all afternoon, and then it just turned orange," he said. "We grabbed the animals, the photo albums and the dog. That's it."

Highway 33 remains closed between Bramwell and the Sutter Creek junction, according to DriveBC, with no estimated time for reopening.

The wildfire service said in an update posted online that the fire is "likely to remain wind-driven" through Thursday and that crews would focus overnight on protecting structures along the highway corridor.

Environment Canada has issued a special air quality statement for the region, warning that smoke could cause "poor air quality and reduced visibility" through the weekend.

Ducharme said cooler temperatures forecast for Friday could give crews a break, but added that dry lightning remains a concern.

"We're watching the forecast very closely. One lightning band through here and we could be dealing with a very different situation," he said.""",
        [
            ("This fire is behaving in", "Marc Ducharme"),
            ("We had sustained winds of", "Marc Ducharme"),
            ("If you are on order,", "Lorna Pettigrew"),
            ("You could see the smoke", "Dale Okimaw"),
            ("We grabbed the animals, the", "Dale Okimaw"),
            ("likely to remain wind-driven", "B.C. Wildfire Service"),
            ("poor air quality and reduced", "Environment Canada"),
            ("We're watching the forecast very", "Marc Ducharme"),
        ],
    ),
    (
        """Red River crest expected this weekend as St. Marguerite-area residents sandbag

By Kyle Brandt
Posted April 22

ST. MARGUERITE, Man. — Volunteers filled sandbags in a community hall parking lot Monday as provincial forecasters warned the Red River could crest south of Winnipeg higher than initially predicted.

Manitoba’s Hydrologic Forecast Centre now expects the river to peak between Friday and Sunday at levels about 30 centimetres above its March outlook, after a late-season storm dumped up to 50 millimetres of rain on already saturated ground in North Dakota and southern Manitoba.

“The rain changed things,” said Tessa Lindqvist, the province’s senior flood forecaster. “We went from a moderate spring to one where we’re telling people in certain low-lying areas to be ready.”

Lindqvist said the ring dikes protecting most communities along the river are built to withstand the forecast levels, but that individual properties outside the dikes could see overland flooding.

Reeve Gord Hiebert of the Rural Municipality of Riverbend said about 60 homes in the municipality sit outside ring dike protection. Crews have been delivering sandbags and temporary barriers since the weekend, he said.

“We’ve been through this before. People here know what to do,” Hiebert said. “But you never want to get complacent, because the one year you do is the year it gets you.”

At the community hall in St. Marguerite, about 80 volunteers — many of them high school students given the day off — worked in shifts filling bags from a mound of sand delivered by the municipality.

Grade 11 student Ava Chartrand said she’d filled “probably a thousand” bags by noon.

“My grandparents live out on the river road, so it’s kind of personal,” she said. “My arms are going to be dead tomorrow.”

Manitoba Transportation and Infrastructure said in a statement that the Red River Floodway would likely be put into operation later this week to protect Winnipeg. The statement said the province does “not anticipate” any impact on homes within the city.

Some residents say the warnings came too late. One homeowner south of the village, who asked not to be named because he works for the provincial government, said he had started building his own dike in March.

“If I’d waited for them to tell me, I’d have water in my basement already,” he said.

Lindqvist said forecasters update their projections daily and encouraged residents to check the province’s flood information website.

“Nothing about this river is static,” she said. “What we’re saying today could be different on Wednesday.”""",
        [
            ("The rain changed things,", "Tessa Lindqvist"),
            ("We went from a moderate", "Tessa Lindqvist"),
            ("We’ve been through this before.", "Gord Hiebert"),
            ("But you never want to", "Gord Hiebert"),
            ("probably a thousand", "Ava Chartrand"),
            ("My grandparents live out on", "Ava Chartrand"),
            ("My arms are going to", "Ava Chartrand"),
            ("not anticipate", "Manitoba Transportation and Infrastructure"),
            ("If I’d waited for them", "homeowner south of the village"),
            ("Nothing about this river is", "Tessa Lindqvist"),
            ("What we’re saying today could", "Tessa Lindqvist"),
        ],
    ),
    (
        """Ice storm leaves thousands without power across Arrowhead; outages could last days

By RACHEL OSTBY
Lake Superior Herald

CEDAR BAY, Minn. — More than 18,000 homes and businesses across northeastern Minnesota were without electricity Tuesday morning after a storm coated trees and power lines with up to an inch of ice, and utility officials warned some customers might not have power restored until the weekend.

North Shore Electric Cooperative said in a statement that crews were dealing with "widespread, significant damage" to its distribution system, including more than 200 broken poles.

"This is the worst ice event we've had on our lines in at least 25 years," said Brent Aho, the cooperative's operations manager. "Every time we get a line back up, another tree comes down on it somewhere else."

Aho said the co-op has called in line crews from North Dakota and Wisconsin to help.

Arrowhead County Emergency Management Director Sheila Koski said the county opened warming centers at the Cedar Bay Community Center and Hollis Township Hall overnight, and about 40 people used them.

Koski said the biggest concern is people using generators or grills indoors.

"Carbon monoxide is the thing that keeps me up at night during these outages," she said. "Please, run the generator outside, away from windows, and make sure you've got a working detector."

Two people were treated for carbon monoxide exposure at Cedar Bay Regional Medical Center late Monday, according to a hospital spokeswoman, who said both were expected to recover.

The Minnesota State Patrol reported dozens of crashes and spinouts on Highway 61 and Highway 1 Monday evening. Sgt. Luis Ferrante said troopers responded to 64 crashes in the region between 3 p.m. and midnight, none of them fatal.

"Roads that look wet are glazed," Ferrante said. "If you don't have to be out, don't be out."

Schools in Cedar Bay, Silver Falls and Hollis were closed Tuesday. Superintendent Karen Lindahl said in a message to families that buildings without power would remain closed "until we can guarantee heat and safe conditions."

At a gas station on the edge of Cedar Bay that was running on a backup generator, customers lined up for coffee and fuel.

"We've got wood heat, so we're OK, but the freezer's another story," said Tom Saari, who lives on a rural road north of town. "I've got a deer in there I'm not going to lose."

The National Weather Service in Duluth said temperatures would drop into the single digits by Thursday, which could slow cleanup. Meteorologist Jeff Andersen said the ice would likely stay on trees for several days.

"Without sun and wind, that ice isn't going anywhere," he said.""",
        [
            ("widespread, significant damage", "North Shore Electric Cooperative"),
            ("This is the worst ice", "Brent Aho"),
            ("Every time we get a", "Brent Aho"),
            ("Carbon monoxide is the thing", "Sheila Koski"),
            ("Please, run the generator outside,", "Sheila Koski"),
            ("Roads that look wet are", "Luis Ferrante"),
            ("If you don't have to", "Luis Ferrante"),
            ("until we can guarantee heat", "Karen Lindahl"),
            ("We've got wood heat, so", "Tom Saari"),
            ("I've got a deer in", "Tom Saari"),
            ("Without sun and wind, that", "Jeff Andersen"),
        ],
    ),
    (
        """'It came up so fast': Flash flooding washes out roads, bridges in N.S. valley

Sarah MacInnis
CTV News Atlantic Digital Reporter

Published Saturday, July 20

Residents of the Annapolis Valley community of Millbrook Crossing were cleaning up Saturday after more than 150 millimetres of rain fell in a matter of hours overnight, washing out roads and sending a creek surging through the village.

No injuries have been reported, according to the Kings District RCMP, but at least a dozen people had to be rescued from homes and vehicles by firefighters using boats.

Shelley Burris, whose home sits about 50 metres from Sawmill Brook, said she woke up around 2 a.m. to the sound of water rushing past her bedroom window.

"It came up so fast. One minute it was raining hard, the next minute the brook was in my driveway and then it was in my garage," Burris said.

"I've lived here 31 years and I've never seen anything like it. Never."

Burris and her teenage son waited on their front step until a fire department boat reached them shortly before 4 a.m.

Millbrook Crossing fire chief Randy Ells said his volunteer department was stretched thin as calls came in from across the area.

"We had guys who'd been out since midnight pulling people out of cars," Ells said. "At one point we had 14 calls holding. You do the best you can with what you've got."

The Nova Scotia Department of Public Works said in a news release that at least seven roads in the area were closed Saturday, including a section of Route 221 where a culvert collapsed. The department said crews would assess bridges "as soon as water levels permit."

Kings County Mayor Daniel Comeau said the municipality had opened a comfort centre at the Millbrook Crossing Legion and asked residents to stay off damaged roads.

Comeau had a blunt message for sightseers: "Please stay home. Our crews and our volunteers need the roads clear, and some of these roads are simply not safe to drive on."

Environment Canada meteorologist Claire Fougere said a slow-moving band of thunderstorms "just parked itself" over the valley for several hours.

"When you get that kind of training of storms over the same spot, the rainfall totals add up very quickly," she said. "Some of the amounts we're seeing are more than what the area would normally get in all of July."

The province's Emergency Management Office said it is working with the municipality to assess damage. A spokesperson for the office said it was "too early to say" whether disaster financial assistance would be made available.""",
        [
            ("It came up so fast", "Shelley Burris"),
            ("It came up so fast. One", "Shelley Burris"),
            ("I've lived here 31 years", "Shelley Burris"),
            ("We had guys who'd been", "Randy Ells"),
            ("At one point we had", "Randy Ells"),
            ("as soon as water levels", "Nova Scotia Department of Public Works"),
            ("Please stay home. Our crews", "Daniel Comeau"),
            ("just parked itself", "Claire Fougere"),
            ("When you get that kind", "Claire Fougere"),
            ("Some of the amounts we're", "Claire Fougere"),
            ("too early to say", "spokesperson"),
        ],
    ),
    (
        """Sapphire Creek fire doubles in size; utility shuts off power to thousands in Larch Valley

By MATT KOVACS
Larch Valley Independent

DUNMORE — The Sapphire Creek fire more than doubled in size Tuesday, forcing evacuations of about 300 homes west of Dunmore and prompting a utility to cut electricity to thousands of customers as forecasters warned of more gusty winds.

The fire, which started Sunday afternoon on national forest land about 8 miles west of town, had burned an estimated 11,400 acres by Tuesday evening, according to fire managers. Containment was listed at 5%.

"We had a really tough afternoon," incident commander Rick Tolliver said at a community meeting at Dunmore High School that drew several hundred people. "The fire made a significant run to the northeast, and it put up a column you could see from Missoula."

Tolliver said crews were able to hold the fire along Sapphire Creek Road on its southern flank, but that spot fires had crossed Forest Road 409 to the north.

Larch County Sheriff Dennis Wold issued evacuation orders Tuesday for residents of the Elk Meadow and Beaver Flats areas. Wold said deputies went door to door and that most residents complied.

"There were a handful of folks who wanted to stay and defend their property, and we can't force them," Wold said. "But I told them, plainly, we won't be able to come back in for you."

Mountain West Power said it shut off electricity to about 7,200 customers in the valley Tuesday morning as a precaution, the first time the company has used a so-called "public safety power shutoff" in Montana.

The company said the outage was necessary because of "extreme fire weather conditions" and that power would be restored once winds subside and lines are inspected. It said that could take 24 to 48 hours.

Some residents at the meeting were frustrated.

"I've got an elderly mother on oxygen and nobody called us," said Janelle Ruiz of Dunmore. "We found out when the lights went off."

Mountain West spokeswoman Kelsey Brandt said customers who rely on medical equipment can register with the company for advance notice, and that it had tried to contact those already on its list.

"We know this is a real hardship, and we don't take it lightly," Brandt said.

The National Weather Service in Missoula issued a red flag warning through Wednesday evening, with wind gusts up to 40 mph possible along ridgetops.

Fire behavior analyst Nora Pelletier told the crowd the next two days would be critical.

"Honestly, Wednesday worries me more than today did," Pelletier said. "The fuels are as dry as anything I've seen in this valley in August."

A Red Cross shelter is open at the Larch County Fairgrounds, where large animals can also be taken to the livestock barns.""",
        [
            ("We had a really tough", "Rick Tolliver"),
            ("The fire made a significant", "Rick Tolliver"),
            ("There were a handful of", "Dennis Wold"),
            ("But I told them, plainly,", "Dennis Wold"),
            ("extreme fire weather conditions", "Mountain West Power"),
            ("I've got an elderly mother", "Janelle Ruiz"),
            ("We found out when the", "Janelle Ruiz"),
            ("We know this is a", "Kelsey Brandt"),
            ("Honestly, Wednesday worries me more", "Nora Pelletier"),
            ("The fuels are as dry", "Nora Pelletier"),
        ],
    ),
    (
        """Kinosew River First Nation begins evacuating residents ahead of spring breakup

THE CANADIAN PRESS

TIMMINS, Ont. — The first planeloads of evacuees from a remote First Nation on the James Bay coast arrived in Timmins on Thursday as community leaders warned that ice jams on the Kinosew River could flood the reserve within days.

About 240 people — mostly elders, young children and those with medical conditions — were flown out on two Canadian Forces Hercules aircraft and a chartered plane, according to the community's chief and council. Officials hope to move about 1,500 more residents in the coming week.

Chief Marlene Wabasse said the community has been through the same ordeal almost every spring for two decades.

"Every year we pack our bags, every year our kids miss school, every year our elders are put on planes to cities they don't know," Wabasse told reporters at the Timmins airport. "We are tired of this.

"We've been promised a new community on higher ground for as long as I've been on council. We're still waiting."

Wabasse said the ice on the river is still thick, and that water levels rose nearly a metre overnight Tuesday.

In a letter sent to federal ministers last week, the Kinosew River First Nation council called the situation "a crisis that repeats itself by design, not by accident," and asked Ottawa to commit to a firm timeline for relocating the community.

Indigenous Services Canada said in a statement it is "working closely with the community and provincial partners" to support the evacuation, and that funding for a relocation study was approved last year.

A senior official in the department, who was not authorized to speak publicly, said the relocation is "a priority" but that negotiations over the new site and its costs are complex.

Ontario's Ministry of Natural Resources said the province's surface water monitoring centre was watching the river closely and had issued a flood warning for its lower reaches.

At the Timmins airport, evacuee Harold Koostachin, 78, sat with his granddaughter waiting for a bus to a hotel.

"I don't like to leave," he said quietly. "My house is there. My boat is there. But they told me I have to go, so I go."

Timmins Mayor Claude Lafrenière said the city was ready to take in up to 600 evacuees, but that hotel space was limited because of a mining convention this week.

"We'll make room. That's what northern communities do for each other," Lafrenière said.

He said the city had asked the province to identify additional host communities in case the evacuation is expanded.""",
        [
            ("Every year we pack our", "Marlene Wabasse"),
            ("We are tired of this.", "Marlene Wabasse"),
            ("We've been promised a new", "Marlene Wabasse"),
            ("a crisis that repeats itself", "Kinosew River First Nation council"),
            ("working closely with the community", "Indigenous Services Canada"),
            ("a priority", "senior official in the department"),
            ("I don't like to leave,", "Harold Koostachin"),
            ("My house is there. My", "Harold Koostachin"),
            ("We'll make room. That's what", "Claude Lafrenière"),
        ],
    ),
    (
        """Flooding swamps downtown Hartwell as Otter Run River tops its banks

By Caroline Duval
Published: Jul. 11 at 6:42 PM EDT

HARTWELL, Vt. (WNVT) — Water was still pouring through the streets of downtown Hartwell Thursday afternoon after the Otter Run River rose more than 12 feet in less than a day.

Swift water rescue teams pulled at least 19 people from homes and cars overnight, according to Vermont Emergency Management. No deaths have been reported.

Main Street business owners spent the day watching from the hillside as brown water filled their storefronts.

“Everything I own is in that building,” said Priya Natarajan, who owns a bakery on Main Street. “We just got back on our feet after last year. I don’t know if we can do it twice.”

Hartwell Fire Chief Ron Bessette said crews started knocking on doors around 1 a.m. Thursday.

“Some people didn’t want to leave, and by 3 o’clock they were calling us from their second floors,” Bessette said. “Our guys did an incredible job. Nobody got hurt, and that’s what matters.”

Gov. Andrew Whitcomb toured the damage Thursday afternoon and said he would ask the federal government for a major disaster declaration.

“We’re going to see numbers come in over the next several days that I think are going to be staggering,” Whitcomb said. “But I want Vermonters to know: we’ve done this before, and we’re going to get through it together.”

The Vermont Agency of Transportation said more than 60 state roads were closed at one point Thursday. The agency warned that many roads that appear passable “may be undermined and could collapse without warning.”

Meteorologist Dana Kittredge of the National Weather Service office in Burlington said parts of the region got between 4 and 7 inches of rain from the remnants of a tropical system.

“The ground was already saturated from a wet June,” Kittredge said. “There was just nowhere for that water to go.”

The Red Cross opened a shelter at Hartwell Union High School. A volunteer there, who declined to give her name, said about 50 people had spent the night.

“A lot of them are older folks. They’re scared and they’re tired,” the volunteer said.

Town Manager Lisa Pomerleau said officials would begin assessing buildings once the water recedes, likely by Saturday.

Her advice to residents: “Don’t go back into a flooded building until it’s been checked. Water, gas, electricity — it’s all a hazard right now.”""",
        [
            ("Everything I own is in", "Priya Natarajan"),
            ("We just got back on", "Priya Natarajan"),
            ("Some people didn’t want to", "Ron Bessette"),
            ("Our guys did an incredible", "Ron Bessette"),
            ("We’re going to see numbers", "Andrew Whitcomb"),
            ("But I want Vermonters to", "Andrew Whitcomb"),
            ("may be undermined and could", "Vermont Agency of Transportation"),
            ("The ground was already saturated", "Dana Kittredge"),
            ("There was just nowhere for", "Dana Kittredge"),
            ("A lot of them are", "volunteer"),
            ("Don’t go back into a", "Lisa Pomerleau"),
        ],
    ),
    (
        """Environment Canada confirms EF2 tornado struck near Ospry, Sask.

Jordan Fehr
Published Jun 24

Environment and Climate Change Canada has confirmed that a tornado that ripped through farmland north of Ospry on Sunday evening was an EF2, with estimated winds of up to 200 kilometres per hour.

The tornado destroyed at least two homes and several outbuildings and flattened a row of grain bins along Grid Road 641, according to the Rural Municipality of Prairie Rose. No one was seriously hurt.

"Our survey team found a damage path about 14 kilometres long and up to 300 metres wide," said Natalie Kowalchuk, a warning preparedness meteorologist with Environment and Climate Change Canada. "That's a significant tornado for this part of the province."

Kowalchuk said a tornado warning was issued for the area about 12 minutes before the tornado touched down.

Terry and Colleen Haugen were eating supper when the sky to the west turned green-black.

"Terry looked out the window and said, 'Get in the basement, now,' and I didn't argue," Colleen Haugen said. "We were down there maybe two minutes and it sounded like a freight train going over the house."

When they came up, the roof of their machine shed was gone and their half-ton had been rolled into the yard.

"You can replace a shed," Terry Haugen said. "You can't replace people. We're lucky."

Ospry RCMP said in a news release that officers responded to several reports of damage and downed power lines, but that "all residents have been accounted for."

SaskPower said about 1,100 customers lost power at the height of the storm. By Monday afternoon, around 200 remained without electricity, the Crown corporation said.

RM of Prairie Rose Reeve Wes Danyluk said neighbours started showing up with tractors, chainsaws and coffee within an hour.

"That's just how it is out here," Danyluk said. "Nobody waited for anybody to tell them to help."

Danyluk said the RM would apply to the province's Provincial Disaster Assistance Program and encouraged affected residents to document damage with photos.

A paramedic who responded to the scene, who spoke on condition of anonymity because she was not authorized to speak to media, said crews treated two people for minor cuts.

"Honestly, when we saw the yard, we expected a lot worse," she said.

Kowalchuk reminded residents that tornado season on the Prairies runs through August.

"When a warning is issued, take it seriously. Twelve minutes is not a lot of time," she said.""",
        [
            ("Our survey team found a", "Natalie Kowalchuk"),
            ("That's a significant tornado for", "Natalie Kowalchuk"),
            ("Terry looked out the window", "Colleen Haugen"),
            ("Get in the basement, now,", "Terry Haugen"),
            ("We were down there maybe", "Colleen Haugen"),
            ("You can replace a shed,", "Terry Haugen"),
            ("You can't replace people. We're", "Terry Haugen"),
            ("all residents have been accounted", "Ospry RCMP"),
            ("That's just how it is", "Wes Danyluk"),
            ("Nobody waited for anybody to", "Wes Danyluk"),
            ("Honestly, when we saw the", "paramedic who responded to the scene"),
            ("When a warning is issued,", "Natalie Kowalchuk"),
        ],
    ),
]
