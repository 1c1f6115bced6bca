CASES = [
    (
        """MILLBROOK, Ohio (WKMB) — Millbrook City Council voted 5-2 Tuesday night to approve a $48.6 million operating budget that includes a 3 percent increase in water and sewer rates, ending weeks of sometimes heated debate over how to pay for aging pipes under the city's east side.

Mayor Denise Holloway, who proposed the budget in September, called the vote "a responsible step" and said residents would see the payoff within two years.

"Nobody likes paying more for water. I don't like it either," Holloway said after the meeting. "But we have cast-iron mains down there that were put in the ground when Truman was president, and they are failing."

Councilman Rick Abernathy, one of two members who voted no, said the increase would hit retirees and renters hardest.

"We keep telling people on fixed incomes to tighten their belts," Abernathy said. "At some point the city has to tighten its own."

Abernathy had pushed an amendment that would have delayed the rate increase until July and paid for the first phase of pipe work with money from the city's rainy-day fund. That amendment failed 4-3.

Finance Director Carla Mendes told council the reserve fund stands at about $6.1 million, which she described as "right at the floor" recommended by the city's auditors.

About 40 people attended the meeting, several carrying signs reading "Fix the Pipes, Not the Rates." During public comment, east side resident Jerome Tate said his basement has flooded twice since spring.

"I'm not against paying my share," Tate told council. "I just want to know the money is actually going into the ground on my street and not into somebody's consultant study."

Holloway said the city will post a map online showing which streets are scheduled for work each year.

The new rates take effect Jan. 1. According to a city fact sheet, the average household will pay about $4.10 more per month.

In a statement released Wednesday morning, the Millbrook Taxpayers Alliance said it was "disappointed but not surprised" by the vote and would ask council to revisit the rates next fall.

Council meets again Nov. 18.""",
        [
            ("a responsible step", "Denise Holloway"),
            ("Nobody likes paying more for", "Denise Holloway"),
            ("But we have cast-iron mains", "Denise Holloway"),
            ("We keep telling people on", "Rick Abernathy"),
            ("At some point the city", "Rick Abernathy"),
            ("right at the floor", "Carla Mendes"),
            ("I'm not against paying my", "Jerome Tate"),
            ("I just want to know", "Jerome Tate"),
            ("disappointed but not surprised", "Millbrook Taxpayers Alliance"),
        ],
    ),
    (
        """By Priya Sandhu, CKLN News

Police in Port Alder are asking for the public's help after a convenience store clerk was threatened with a knife during a robbery early Sunday morning.

Officers were called to the Quik Stop on Harbour Road near Fifth Street at about 2:40 a.m. after a man entered the store, pulled a knife and demanded cash from the till, according to the Port Alder Police Service.

The clerk, a 19-year-old woman, was not physically hurt.

"She did exactly what we tell people to do. She handed over the money and let him leave," said Const. Marcus Fairweather, a spokesperson for the service. "Property can be replaced. People can't."

Investigators say the suspect left on foot heading north toward Lansdowne Park with an undisclosed amount of cash. He is described as a white man in his late 20s or early 30s, about six feet tall, with a thin build and a dark beard. He was wearing a grey hooded sweatshirt, black track pants and white running shoes.

Fairweather said investigators believe the same man may be connected to a similar robbery at a gas station on Marine Drive last Tuesday, though he cautioned that the link has not been confirmed.

"We're looking at it very closely," he said.

The store's owner, Harjit Dhaliwal, said the clerk is a university student who has worked there part-time for about a year. He said she was "shaken up but tough" and had insisted on coming back to work next week.

"I told her take all the time she needs," Dhaliwal said. "Her parents called me and I said the same thing. Nobody should have to go through that for minimum wage."

Dhaliwal said he plans to install a second camera near the front door and is considering closing the store between midnight and 6 a.m.

In a news release issued Sunday afternoon, the police service said officers were canvassing the area for video and asked residents and businesses along Harbour Road and Lansdowne Avenue to check home security and dashboard cameras for footage recorded between 2:15 and 3 a.m.

"Even a few seconds of footage can make the difference in identifying a suspect," the release said.

Anyone with information is asked to call the Port Alder Police Service's major crime unit at 555-0142 or Crime Stoppers anonymously at 1-800-555-0199.""",
        [
            ("She did exactly what we", "Marcus Fairweather"),
            ("Property can be replaced. People", "Marcus Fairweather"),
            ("We're looking at it very", "Marcus Fairweather"),
            ("shaken up but tough", "Harjit Dhaliwal"),
            ("I told her take all", "Harjit Dhaliwal"),
            ("Even a few seconds of", "Port Alder Police Service"),
        ],
    ),
    (
        """CEDAR HOLLOW, Minn. (KRVN) — A fast-moving winter storm is expected to drop 8 to 12 inches of snow across the Cedar Hollow area from Wednesday evening into Thursday, and officials are urging drivers to stay off the roads if they can.

KRVN 6 Chief Meteorologist Dana Whitcombe said the heaviest snow should fall between midnight and 8 a.m. Thursday, right before the morning commute.

"This is going to be a heavy, wet snow, the kind that brings down tree limbs and power lines," Whitcombe said. "If you have to go out Thursday morning, give yourself double the time and keep a blanket and a phone charger in the car."

Winds gusting to 35 mph could cause blowing and drifting in open areas west of town, especially along Highway 14 and County Road 9, she said.

Tamsin County Emergency Management Director Lowell Briggs said plow crews will begin pre-treating main roads Wednesday afternoon. The county has about 40 trucks available and has called in extra drivers from its parks department.

"We'll have every truck we've got out there," Briggs said. "But we can only be in so many places at once, so please be patient."

He asked residents to keep cars off city streets once the snow emergency takes effect at 6 p.m. Wednesday so plows can clear curb to curb. Vehicles left on snow emergency routes will be ticketed and towed, according to the city.

Northern Prairie Electric Cooperative said in a statement that it has crews on standby and that customers should "prepare for the possibility of extended outages," particularly in rural areas.

Several school districts, including Cedar Hollow Public Schools, said Wednesday they were monitoring the forecast and would announce any closings or delays by 5:30 a.m. Thursday.

Superintendent Angela Ruiz-Pratt said in an email to families that the district would "err on the side of caution" if roads are not safe for buses.

Snow should taper off by Thursday afternoon, but temperatures are expected to fall sharply behind the storm, with overnight lows near 5 below zero by Friday.

Whitcombe said the bitter cold is the bigger concern for people who lose power.

"Check on your neighbors, especially older folks who live alone," she said.

You can find a list of closings and delays on our Closings page and track the storm with the KRVN 6 Weather App.""",
        [
            ("This is going to be", "Dana Whitcombe"),
            ("If you have to go", "Dana Whitcombe"),
            ("We'll have every truck we've", "Lowell Briggs"),
            ("But we can only be", "Lowell Briggs"),
            ("prepare for the possibility of", "Northern Prairie Electric Cooperative"),
            ("err on the side of", "Angela Ruiz-Pratt"),
            ("Check on your neighbors, especially", "Dana Whitcombe"),
        ],
    ),
    (
        """By Nora Vance

Published: 5:47 PM EDT March 12

LAKESHORE, Mich. — Parents packed the Lakeshore Area Schools board room Monday night as trustees voted 4-3 to close Birchwood Elementary at the end of the school year, a decision district leaders say will save roughly $1.2 million annually.

The school’s 212 students will be split between Harmon Elementary and Pine Street Elementary starting in the fall.

Superintendent Dr. Gregory Ashford told the board the district has lost nearly 900 students over the last decade and is operating buildings designed for far more children than it now serves.

“This is not a reflection on the teachers at Birchwood or the families at Birchwood,” Ashford said. “It’s arithmetic. We are heating and staffing classrooms that sit empty.”

He said a facilities study completed last year found Birchwood needs about $3.4 million in roof and boiler repairs over the next five years.

Trustee Elaine Moraga, who voted against the closure, said the board was moving too fast.

“We got the final enrollment numbers three weeks ago,” Moraga said. “Three weeks. These families deserved a real conversation, and I don’t think they got one.”

More than two dozen people spoke during public comment, nearly all of them opposed to the closure. Some wore green “Save Birchwood” T-shirts.

Kendra Ollis, whose two children attend Birchwood, said she chose her house specifically because it was a five-minute walk from the school.

“My son has autism, and the routine matters for him. The people in that building know him,” Ollis said, her voice breaking. “Now you’re telling me he’s going to be on a bus for 25 minutes with kids he’s never met.”

Board President Samuel Okonjo said the district would work with each family individually on the transition, including special education plans.

“We heard you tonight,” he said before the vote. “I want to be clear that hearing you and agreeing with you are not always the same thing, but we did hear you.”

The district’s teachers union, the Lakeshore Education Association, said in a written statement that it would “fight to make sure no Birchwood educator loses a job” as a result of the closure. Ashford said he expects all Birchwood staff to be reassigned within the district.

The board also approved a plan to study possible uses for the Birchwood building, which could include early childhood programs or community space.""",
        [
            ("This is not a reflection", "Gregory Ashford"),
            ("It’s arithmetic. We are heating", "Gregory Ashford"),
            ("We got the final enrollment", "Elaine Moraga"),
            ("Three weeks. These families deserved", "Elaine Moraga"),
            ("My son has autism, and", "Kendra Ollis"),
            ("Now you’re telling me he’s", "Kendra Ollis"),
            ("We heard you tonight", "Samuel Okonjo"),
            ("I want to be clear", "Samuel Okonjo"),
            ("fight to make sure no", "Lakeshore Education Association"),
        ],
    ),
    (
        """RIVERTON, Ore. (KQWB) — The Riverton Harvest Days festival returns to Founders Park this weekend for its 50th year, and organizers say they are planning the biggest celebration in the event's history.

The three-day festival kicks off Friday at 5 p.m. with the lighting of the park's old mill wheel and runs through Sunday evening. Admission is free.

Festival chair Marjorie Quintero has volunteered with Harvest Days for 31 of its 50 years. She said the committee spent nearly two years planning the anniversary edition.

"When I started, it was a pie table, a hay-bale toss and a couple of fiddle players on a flatbed truck," Quintero said. "Now we've got more than 120 vendors, three stages and people driving in from three states.

"But it's still the same idea. It's still neighbors getting together at the end of the growing season to say thank you."

New this year is a history tent run by the Riverton Valley Historical Society, featuring photographs from every festival since 1975. Society president Alan Whitford said volunteers spent the summer scanning old negatives donated by local families.

"Some of these pictures nobody outside of one family has seen in 40 years," Whitford said.

Saturday's lineup includes the annual Grand Harvest Parade at 10 a.m. down Main Street, a chili cook-off and an evening concert by country band the Copper Creek Ramblers, who are expected to close their set with their regional hit "Back Roads Home." The band's lead singer, Wade "Dusty" Carrow, grew up two blocks from Founders Park.

In a phone interview with KQWB, Carrow said playing the festival was "like coming home for Thanksgiving" and promised the band would play until the city makes them stop.

Riverton police Lt. Sandra Beck said Main Street will be closed between First and Eighth streets from 7 a.m. to 1 p.m. Saturday for the parade. Free shuttle buses will run every 15 minutes from the Riverton High School parking lot.

"Parking downtown is going to be very limited, so the shuttle really is your best bet," Beck said. She also reminded visitors that alcohol is only allowed inside the fenced beer garden.

The festival ends Sunday with a community pancake breakfast and a 4 p.m. closing ceremony, where organizers will bury a time capsule to be opened at the festival's 100th anniversary.

Quintero joked that she does not plan to be on the committee for that one.

"I'll be watching from somewhere, though," she said.""",
        [
            ("When I started, it was", "Marjorie Quintero"),
            ("Now we've got more than", "Marjorie Quintero"),
            ("Some of these pictures nobody", "Alan Whitford"),
            ("like coming home for Thanksgiving", "Wade Carrow"),
            ("Parking downtown is going to", "Sandra Beck"),
            ("I'll be watching from somewhere", "Marjorie Quintero"),
        ],
    ),
    (
        """By Owen MacLeish, CJRV News

A Halden man has been sentenced to four years in prison for a crash that killed a 67-year-old crossing guard outside a local elementary school last fall.

Dale Thomas Pruitt, 34, pleaded guilty in June to dangerous driving causing death and driving while disqualified. He was sentenced Tuesday in Halden provincial court.

Ruth Abernethy-Cole was helping children cross Wentworth Street near Glenview Elementary on the morning of Oct. 17 when she was struck by a pickup truck Pruitt was driving. Court heard he was travelling roughly 80 km/h in a 30 km/h school zone and had been banned from driving at the time.

In her written decision, Judge Miriam Achterberg said Pruitt's actions showed "a profound and sustained disregard for the safety of others."

"Mr. Pruitt knew he was not permitted to drive. He chose to drive anyway, and he chose to drive at a speed that no reasonable person would consider safe in a school zone," the decision reads.

Achterberg noted Pruitt's guilty plea and his expression of remorse as mitigating factors. She also imposed a 10-year driving prohibition to begin after his release.

Several members of Abernethy-Cole's family read victim impact statements in court. Her daughter, Lisa Abernethy, described her mother as someone who "never missed a day" in her nine years as a crossing guard.

"She used to say those kids were her grandkids too," Abernethy told the court. "Every one of them."

Outside the courthouse, Abernethy told reporters the sentence "doesn't feel like enough" but said the family was relieved the case was over.

"We don't have to sit in that room anymore," she said. "Now we can just grieve her."

Pruitt briefly addressed the court before he was sentenced.

"I think about her every day. I'm sorry. I know that doesn't fix anything," he said.

Crown prosecutor Benjamin Tolliver had asked for five years. Defence lawyer Aisha Raymond had argued for three, citing her client's difficult upbringing and his efforts to complete an addictions program while in custody.

Raymond declined to comment after the hearing.

Since the crash, the Town of Halden has installed flashing speed signs and a raised crosswalk on Wentworth Street. Parents at Glenview Elementary have also started a fundraising campaign, called "Ruth's Crossing," to pay for safety vests and training for volunteer crossing guards.""",
        [
            ("a profound and sustained disregard", "Miriam Achterberg"),
            ("Mr. Pruitt knew he was", "Miriam Achterberg"),
            ("never missed a day", "Lisa Abernethy"),
            ("She used to say those", "Lisa Abernethy"),
            ("Every one of them.", "Lisa Abernethy"),
            ("doesn't feel like enough", "Lisa Abernethy"),
            ("We don't have to sit", "Lisa Abernethy"),
            ("Now we can just grieve", "Lisa Abernethy"),
            ("I think about her every", "Dale Thomas Pruitt"),
        ],
    ),
    (
        """WESTBROOK, Alta. — A proposal to turn a vacant downtown parking lot into a 60-unit affordable housing complex cleared its first hurdle at Westbrook city hall Monday, but not before a lengthy debate over height, parking and who the building is meant to serve.

Council’s planning committee voted 6-1 to send the rezoning application for 410 Centre Avenue to a public hearing next month.

The project is being proposed by Harbourlight Housing Society, a non-profit that already operates two buildings in the city. Executive director Fiona Delacroix told the committee the waiting list for the society’s existing units has grown to more than 700 names.

“Every one of those names is a person or a family who is couch-surfing, living in their car, or spending 70 per cent of their income on rent,” Delacroix said. “This building won’t fix that on its own, but it gets 60 of them housed.”

The six-storey building would include studio, one- and two-bedroom units, with rents set at or below 80 per cent of market rate. The ground floor would hold a daycare.

Coun. Trevor Lindqvist cast the lone vote against the proposal. He said he supports affordable housing but believes the building is too tall for the block and provides too little parking.

Lindqvist put it bluntly: “We’re being asked to approve six storeys and 22 parking stalls next to a street of two-storey homes. That’s not a neighbourhood fit.”

Mayor Colleen Hartigan, who sits on the committee, disagreed.

“We can’t keep saying yes to housing in principle and no to every actual building,” she said.

The committee also heard from the Centre Avenue Residents’ Association, which submitted a letter signed by 48 households. The letter said residents were “not opposed to affordable housing” but were worried about traffic and shadowing on nearby backyards.

“We ask that council consider reducing the building to four storeys and requiring underground parking,” the letter stated.

A city spokesperson said Tuesday that a shadow study submitted with the application shows the building would affect neighbouring yards “for less than two hours a day” during the winter months.

Delacroix said reducing the building’s height would make the project financially unworkable, since federal and provincial funding is tied to the number of units built.

The public hearing is scheduled for April 14 at city hall. Residents who want to speak can register through the city’s website.""",
        [
            ("Every one of those names", "Fiona Delacroix"),
            ("This building won’t fix that", "Fiona Delacroix"),
            ("We’re being asked to approve", "Trevor Lindqvist"),
            ("We can’t keep saying yes", "Colleen Hartigan"),
            ("not opposed to affordable housing", "Centre Avenue Residents’ Association"),
            ("We ask that council consider", "Centre Avenue Residents’ Association"),
            ("for less than two hours", "city spokesperson"),
        ],
    ),
    (
        """By Marcus Delgado | Published October 3

GREENFIELD TOWNSHIP, Pa. (WPKE) — A family of five escaped without serious injury early Thursday after fire tore through their two-story home on Sycamore Lane, and fire officials credit a smoke alarm installed just last month.

Crews from the Greenfield Township Volunteer Fire Company were dispatched around 3:15 a.m. and arrived to find heavy flames coming from the back of the house, Fire Chief Raymond Kowalczyk said.

"By the time our first engine got there, the whole kitchen and the back porch were fully involved," Kowalczyk said. "If that family had woken up five minutes later, we'd be having a very different conversation."

Kowalczyk said the homeowner, Brian Esposito, woke to the alarm, got his wife and three children out through the front door and called 911 from a neighbor's driveway. One of the children was treated at the scene for minor smoke inhalation.

The smoke alarm was installed in September as part of a free program run by the fire company and the Greenfield Township Community Association. Volunteers have put up more than 300 alarms in township homes since the spring.

"We knocked on their door in September, and they said yes," Kowalczyk said. "That's the whole story right there."

A neighbor who asked not to be identified said she saw flames "shooting over the roofline" and ran outside in her pajamas to make sure the family had gotten out.

"The kids were all sitting on the curb wrapped in blankets," she said. "The dad just kept counting them, over and over."

Esposito briefly spoke with WPKE outside the house Thursday afternoon. He said the family lost nearly everything but is grateful.

"Stuff is stuff," he said. "I've got all four of them. That's what I keep telling myself."

The fire took about an hour to bring under control. The house is considered a total loss. The cause remains under investigation by the county fire marshal's office, but Kowalczyk said it does not appear to be suspicious.

Greenfield Community Church has set up a fund to help the family. In a Facebook post, the church said it was collecting clothing, gift cards and household items and asked people to "give what you can, even if it's just a meal."

The fire company is offering free smoke alarm installations to any township resident. To sign up, call the station at 555-0187.""",
        [
            ("By the time our first", "Raymond Kowalczyk"),
            ("If that family had woken", "Raymond Kowalczyk"),
            ("We knocked on their door", "Raymond Kowalczyk"),
            ("That's the whole story right", "Raymond Kowalczyk"),
            ("shooting over the roofline", "neighbor"),
            ("The kids were all sitting", "neighbor"),
            ("The dad just kept counting", "neighbor"),
            ("Stuff is stuff", "Brian Esposito"),
            ("I've got all four of", "Brian Esposito"),
            ("give what you can, even", "Greenfield Community Church"),
        ],
    ),
]
