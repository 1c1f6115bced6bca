CASES = [
    (
        """Wind-driven wildfire forces evacuations in southern Oregon foothills

CEDAR FORKS, Ore. (AP) — A fast-moving wildfire fed by dry grass and gusty afternoon winds destroyed at least a dozen homes in the foothills of southern Oregon on Tuesday and forced roughly 3,000 people to flee, fire officials said.

The Sawtooth Ridge Fire had grown to about 14,000 acres (5,670 hectares) by Tuesday evening, according to the Oregon Department of Forestry. It was 5% contained.

"We had spot fires landing a quarter mile ahead of the main front," said Dale Ostrander, an incident commander with the department. "When you get that kind of fire behavior this early in the season, there's not a lot you can do except get people out of the way."

Klamath Rim County Sheriff Maria Delgado-Reyes said deputies went door to door along Bitterbrush Road overnight. Some residents refused to leave, she said, and at least two were later rescued by fire crews after flames cut off their driveway.

"I understand people want to protect what they've built," Delgado-Reyes told reporters at an evening briefing. "But once that road closes, we can't promise anyone is coming to get you."

Gov. Tina Marchetti invoked the state's Emergency Conflagration Act on Tuesday afternoon, freeing up firefighters and engines from departments across Oregon. In a statement, Marchetti said the state would "bring every available resource to bear" and urged residents to follow evacuation orders.

Lorraine Pettibone, 71, said she left the home she has lived in for 30 years with her two dogs, a box of photographs and her late husband's fishing rods.

"You could see the glow over the ridge by 4 o'clock," Pettibone said at a Red Cross shelter in the Cedar Forks High School gym. "I didn't wait for anybody to tell me twice."

The cause of the fire was under investigation. A spokesperson for Pacific Cascade Power said the utility was aware of reports that the fire started near one of its distribution lines and would "cooperate fully with any investigation." The utility had not shut off power in the area ahead of the wind event, the spokesperson said.

Fire scientists have warned that a thin snowpack and an unusually warm spring left grasses and brush across the region primed to burn weeks ahead of schedule.

"What used to be an August fire is now a June fire," said Priya Natarajan, a fire ecologist at Siskiyou State University. She said the grasses that carried Tuesday's fire had cured, or dried out, nearly a month earlier than the long-term average.

Forecasters expected winds to ease Wednesday, but a red flag warning remained in effect through Thursday for much of southern Oregon and far northern California.

Associated Press writer Ben Hollister contributed from Salem, Oregon.""",
        [
            ("We had spot fires landing", "Dale Ostrander"),
            ("When you get that kind", "Dale Ostrander"),
            ("I understand people want to", "Maria Delgado-Reyes"),
            ("But once that road closes,", "Maria Delgado-Reyes"),
            ("bring every available resource to", "Tina Marchetti"),
            ("You could see the glow", "Lorraine Pettibone"),
            ("I didn't wait for anybody", "Lorraine Pettibone"),
            ("cooperate fully with any investigation.", "spokesperson"),
            ("What used to be an", "Priya Natarajan"),
        ],
    ),
    (
        """Drought prompts first priority call on the Rio Piedra in two decades

By Hannah Loftus, Sangre Valley Public Radio

For the first time since 2002, the state engineer has ordered dozens of farmers and ranchers along the Rio Piedra to stop diverting water so that older rights downstream can be filled.

The curtailment order, issued Friday by the New Mexico Office of the State Engineer, affects 41 junior water rights upstream of the town of San Lázaro. It came after the Acequia de los Ojitos, which holds rights dating to 1868, placed a formal priority call on the river earlier this month.

State Engineer Ramón Trujillo said his office had no choice under the law.

“Prior appropriation isn’t a suggestion. It’s the system we have,” Trujillo said in an interview. “When the river can’t satisfy everyone, the oldest rights get served first, and that’s what this order does.”

Under that doctrine, often summed up as “first in time, first in right,” a water right’s priority date matters more than how much land it irrigates or who owns it.

Flows at the gauge near San Lázaro dropped below 20 cubic feet per second in late June, less than a third of normal, according to data from the U.S. Geological Survey.

For Eliseo Gallegos, who grows alfalfa and chile on about 60 acres north of town, the order means his fields will go dry in the middle of the second cutting.

“I’ve got hay standing out there that’s not going to make it,” Gallegos said. “I don’t blame the acequia. They’re farmers too. But somebody up in Santa Fe has to come up with something better than this.”

Lucinda Baca, the mayordomo of the Acequia de los Ojitos, said the parciantes who rely on the ditch had gone most of June with only a trickle.

“We waited as long as we could,” Baca said. “Our families have been on this river for more than 150 years. We’re not trying to hurt anybody. We just want the water the law says is ours.”

Enforcement will fall to a district water master, who will check headgates along the river. A water master who works in the basin, and who asked not to be named because he was not authorized to speak for the agency, said some diverters had already closed their gates voluntarily but that others had “made it pretty clear they’re going to wait for us to show up.”

The City of San Lázaro, which owns a mix of senior and junior rights, said in a statement that its drinking water supply would not be affected because the city draws most of its water from wells. The statement said the city would “continue to monitor river conditions closely”.

Trujillo said his office would revisit the order if summer monsoon storms raise flows. Asked whether he expected that to happen, he paused.

“I hope so,” he said. “But I wouldn’t bet the farm on it.”""",
        [
            ("Prior appropriation isn’t a suggestion.", "Ramón Trujillo"),
            ("When the river can’t satisfy", "Ramón Trujillo"),
            ("I’ve got hay standing out", "Eliseo Gallegos"),
            ("I don’t blame the acequia.", "Eliseo Gallegos"),
            ("We waited as long as", "Lucinda Baca"),
            ("Our families have been on", "Lucinda Baca"),
            ("made it pretty clear they’re", "water master who works in the basin"),
            ("continue to monitor river conditions", "City of San Lázaro"),
            ("I hope so,", "Ramón Trujillo"),
            ("But I wouldn’t bet the", "Ramón Trujillo"),
        ],
    ),
    (
        """Lawmakers balk at $48 million request for state firefighting crews

By Cole Ramsdell
Snake River Ledger

BOISE — Members of the Legislature’s joint budget committee on Thursday pushed back on a request from the Idaho Department of Lands to nearly double the number of full-time wildland firefighters it employs, questioning whether the state can afford the ongoing cost.

The department is asking for $48.2 million over two years to hire 120 permanent firefighters, buy eight new engines and expand its aviation contracts. Most of the agency’s fire crews are seasonal employees hired in May and let go in October.

Director Anne-Marie Kessler told the committee the seasonal model no longer matches the length of Idaho’s fire season.

“We are starting fire season in April and we are ending it in November,” Kessler said. “We are training new people every spring, and by the time they’re good at the job, we’re laying them off.

“Half of last year’s seasonal crew didn’t come back. They went to Oregon, they went to Washington, they went to the federal agencies, because those places can offer a year-round job with benefits. We have become a training ground for everybody else.”

Sen. Dwight Harlan, R-Clearwater Bend, the committee’s co-chair, said he supported the goal but questioned the size of the request.

“Nobody on this committee is against fighting fires,” Harlan said. “But when you add 120 permanent positions, that’s not a one-time ask. That’s a bill that comes due every single year, whether we have a bad fire season or not.”

Rep. Joanna Whitcomb, D-Boise, said the state is already paying for the shortfall in other ways. She pointed to the department’s own after-action report, “Fire Season 2023: Costs and Lessons,” which found the state spent more than $30 million on private contract crews and equipment that year.

“We’re paying for it either way,” Whitcomb said. “The only question is whether we pay for trained crews up front or pay contractors three times the rate in August.”

Several county officials testified in support of the request. Tamarack County Commissioner Roy Ellingson said rural fire districts in his county were “stretched to the breaking point” and could not be expected to cover state land.

A representative of the Idaho Forest Owners Association read a letter from the group’s board saying private landowners “have a direct stake in how quickly fires are caught” and urging lawmakers to fund the request in full.

The governor’s budget office recommended funding roughly half of the new positions. A spokesman for Gov. Curtis Lindqvist said the governor “supports a phased approach” that would add firefighters over four years.

Kessler said a phased plan would be better than nothing but warned that the department is competing for the same workers as every other fire agency in the West.

“Every year we wait, we lose another class of people we trained,” she said.

The committee is expected to vote on the department’s budget next week.""",
        [
            ("We are starting fire season", "Anne-Marie Kessler"),
            ("We are training new people", "Anne-Marie Kessler"),
            ("Half of last year’s seasonal", "Anne-Marie Kessler"),
            ("Nobody on this committee is", "Dwight Harlan"),
            ("But when you add 120", "Dwight Harlan"),
            ("We’re paying for it either", "Joanna Whitcomb"),
            ("The only question is whether", "Joanna Whitcomb"),
            ("stretched to the breaking point", "Roy Ellingson"),
            ("have a direct stake in", "Idaho Forest Owners Association"),
            ("supports a phased approach", "spokesman"),
            ("Every year we wait, we", "Anne-Marie Kessler"),
        ],
    ),
    (
        """Arizona regulators deny groundwater permit for desert data center project

PHOENIX, May 14 (Reuters) - Arizona water regulators on Tuesday rejected a request by a data center developer to pump up to 4,000 acre-feet of groundwater a year from a rural basin west of Phoenix, the latest sign of tightening scrutiny of water-hungry projects in the drought-stricken U.S. Southwest.

The Arizona Department of Water Resources said in its decision that Meridian Ridge Digital LLC had failed to show the Saddle Wash basin could sustain the pumping "without unreasonable harm to existing users and the long-term health of the aquifer."

Meridian Ridge, a unit of Denver-based infrastructure investor Halvorsen Capital Partners, had planned a $2.1 billion campus of server halls near the unincorporated community of Agua Seca, about 60 miles (97 km) west of Phoenix.

The company said it was "disappointed" by the ruling and was reviewing its options, including an administrative appeal.

"We designed this project around closed-loop cooling specifically to limit our water footprint," the company said in a statement. "We believe the department's analysis significantly overstates our expected use."

Department Director Celia Navarro told reporters the decision was based on groundwater modeling that showed water levels in parts of the basin would fall by as much as 80 feet over 25 years if the pumping were approved.

"This is not about data centers, and it's not about any one company," Navarro said. "It's about whether a basin that is already in decline can take on a new user of this size. Our hydrologists concluded it can't."

Groundwater levels in parts of Saddle Wash have fallen more than 100 feet since the 1980s, according to state well records, and several homeowners in Agua Seca have reported dry wells in recent years.

"My well went dry in 2022. I paid $38,000 to drill it deeper," said Frank Oyelaran, who chairs a residents' group, the Saddle Wash Water Alliance. "You can't keep pulling water out of the ground and pretend there's no bottom."

Industry groups criticized the decision. A spokeswoman for the Arizona Digital Infrastructure Coalition said it "sends a chilling signal to companies looking at Arizona" at a time when neighboring states are courting the same investments.

Halvorsen had held preliminary talks with officials in at least one other state about the project before Tuesday's ruling, according to a person familiar with the matter, who said the company had always viewed the Arizona site as "one option among several."

Much of rural Arizona lies outside the groundwater management areas created under the state's 1980 Groundwater Management Act, where pumping is tightly regulated. State lawmakers have debated for years whether to extend similar rules to rural basins, but proposals have repeatedly stalled.

Navarro said Tuesday's decision showed the department would use the authority it already has.

"Where the law gives us the tools to protect a basin, we are going to use them," she said.

(Reporting by Daniel Reyes-Whitfield in Phoenix; Editing by Marguerite Olsen)""",
        [
            ("without unreasonable harm to existing", "Arizona Department of Water Resources"),
            ("disappointed", "Meridian Ridge Digital LLC"),
            ("We designed this project around", "Meridian Ridge Digital LLC"),
            ("We believe the department's analysis", "Meridian Ridge Digital LLC"),
            ("This is not about data", "Celia Navarro"),
            ("It's about whether a basin", "Celia Navarro"),
            ("My well went dry in", "Frank Oyelaran"),
            ("You can't keep pulling water", "Frank Oyelaran"),
            ("sends a chilling signal to", "spokeswoman"),
            ("one option among several.", "person familiar with the matter"),
            ("Where the law gives us", "Celia Navarro"),
        ],
    ),
    (
        """Review finds state crews ignored wind forecast before prescribed burn escaped

By Marcus Whitehorse
Rocky Fork Public Radio

An independent review released Wednesday found that state fire managers went ahead with a prescribed burn near Alder Creek last October despite a forecast calling for stronger winds than the burn plan allowed.

The burn, meant to clear 400 acres of overgrown ponderosa pine on state trust land, escaped its containment lines on its second day. It went on to burn about 2,900 acres and destroy 11 homes.

The 86-page review was conducted by the Western Fire Review Group, a panel of retired federal and state fire managers hired by the Colorado Division of Forestry and Fire Management. Its central conclusion is blunt: "The decision to ignite on October 19 was inconsistent with the approved burn plan and should not have been made."

The review found that the on-site burn boss, whose name is redacted in the public version, raised concerns about the forecast the morning of the ignition but was overruled by a supervisor at the district office.

"I was told we had a narrow window and we needed to use it," the burn boss told reviewers, according to interview notes included in the report.

Division Director Kevin Amundsen said at a news conference Wednesday that the agency accepts all 14 of the review's recommendations.

"We own this. We let the people of Alder Creek down," Amundsen said. "There's no way to sugarcoat that, and I'm not going to try."

He said the division has suspended prescribed burning on state lands until it puts new rules in place for go/no-go decisions, including a requirement that a second qualified supervisor sign off whenever forecasts approach the limits of a burn plan.

Teresa Lujan, whose family lost a house and two barns in the fire, said reading the report was painful.

"They knew. That's the part I can't get past," she said. "Somebody looked at that forecast and decided to light it anyway."

Lujan is one of more than 30 residents suing the state over the fire. Their attorney, Graham Pelletier, was unmoved by the apology: "An apology doesn't rebuild anybody's house, and it doesn't replace what these families lost."

Fire ecologists said they worry the suspension could set back years of work to reduce fuel loads in Colorado's overgrown forests.

"We need more good fire on the landscape, not less," said Nadia Brightwater, director of the Front Range Forest Collaborative, a nonprofit that works with landowners on thinning projects. "What we can't afford is for one bad call to become the reason we stop doing it altogether."

Amundsen said he expects prescribed burns to resume on state land next spring. The legislature's wildfire matters committee has scheduled a hearing on the review for later this month.""",
        [
            ("The decision to ignite on", "Western Fire Review Group"),
            ("I was told we had", "burn boss"),
            ("We own this. We let", "Kevin Amundsen"),
            ("There's no way to sugarcoat", "Kevin Amundsen"),
            ("They knew. That's the part", "Teresa Lujan"),
            ("Somebody looked at that forecast", "Teresa Lujan"),
            ("An apology doesn't rebuild anybody's", "Graham Pelletier"),
            ("We need more good fire", "Nadia Brightwater"),
            ("What we can't afford is", "Nadia Brightwater"),
        ],
    ),
    (
        """Smoke from Okanogan Highlands fires pushes air quality to ‘hazardous’

By Lydia Carrow
The Inland Courier

Residents across the valley woke Monday to an orange sky and the smell of burning pine as smoke from three wildfires burning to the north settled over the city, pushing air quality readings into the “hazardous” range for the first time since 2020.

The state Department of Ecology’s monitor at Millwood Park recorded an Air Quality Index of 348 at 8 a.m., according to the agency’s website. Readings above 300 are considered hazardous for everyone, not just sensitive groups.

The Washington State Department of Health issued an advisory urging people to stay indoors with windows closed and to run air purifiers or set up a “clean room” if they can.

“Smoke at these levels can harm anyone, including healthy adults,” the advisory said. “People with heart or lung disease, older adults, pregnant people and children are at highest risk and should avoid all outdoor activity.”

Dr. Sanjay Pillai, health officer for the Columbia Basin Regional Health District, said emergency room visits for asthma and breathing problems at the area’s two hospitals roughly doubled over the weekend.

“We’re seeing kids who have never needed an inhaler come in wheezing,” Pillai said. “This isn’t just an inconvenience. It’s a real health event.”

The Riverbend School District canceled summer school and all outdoor athletics through at least Wednesday. Superintendent Gail Thorsby said in an email to families that the district was “erring on the side of caution” and would reopen buildings as cooling and clean-air centers.

The largest of the fires, the Chewuch Bench Fire, had burned about 38,000 acres as of Monday morning and was 12% contained, according to the state Department of Natural Resources.

“The smoke you’re breathing in town is coming off fires that are still very active,” said Ellie Marquardt, a DNR spokeswoman. “Unfortunately, the same weather pattern that’s trapping it in the valley is keeping some of our aircraft on the ground.”

Downtown, the usual lunchtime crowds along Riverside Avenue were thin. Many of those who did venture out wore masks.

“You can taste it,” said Tom Eberly, 58, who was waiting for a bus in an N95 mask. “It’s like somebody’s burning leaves right under your nose, all day long.”

Some relief could arrive later in the week. A meteorologist at the National Weather Service’s regional office said a cold front expected Thursday should “finally give the valley a good flushing,” though he cautioned that a shift back to northerly winds could bring smoke back by the weekend.

Health officials recommend N95 or KN95 masks for anyone who must be outdoors. Cloth and surgical masks offer little protection from wildfire smoke, according to the health department.

The county has opened four clean-air centers, including the downtown library and the Millwood Community Center, which will stay open until 9 p.m. through Thursday.""",
        [
            ("Smoke at these levels can", "Washington State Department of Health"),
            ("People with heart or lung", "Washington State Department of Health"),
            ("We’re seeing kids who have", "Sanjay Pillai"),
            ("This isn’t just an inconvenience.", "Sanjay Pillai"),
            ("erring on the side of", "Gail Thorsby"),
            ("The smoke you’re breathing in", "Ellie Marquardt"),
            ("Unfortunately, the same weather pattern", "Ellie Marquardt"),
            ("You can taste it,", "Tom Eberly"),
            ("It’s like somebody’s burning leaves", "Tom Eberly"),
            ("finally give the valley a", "meteorologist at the National Weather Service’s regional office"),
        ],
    ),
    (
        """Nevada high court sides with ranchers, miner in fight over shrinking desert springs

CARSON CITY, Nev. (AP) — The Nevada Supreme Court on Thursday overturned a state order that would have cut groundwater pumping by more than a third in a rural valley where a rare desert fish depends on dwindling springs, handing a win to ranchers and a lithium company.

In a 4-3 decision, the court said the state engineer exceeded his authority when he ordered across-the-board pumping cuts in Sage Hen Valley in 2022 without first determining which wells were actually drawing down the springs.

"The State Engineer's duty to protect the public interest is real, but it is not a license to disregard the priority system the Legislature enacted," Justice Eleanor Vasquez wrote for the majority.

In a dissent, Justice Robert Okafor warned that the ruling could leave the state unable to act until environmental damage is already done. Requiring proof that an individual well harms a particular spring, he wrote, "asks the impossible of an agency charged with managing a single, connected aquifer."

The Sage Hen springfish, a 2-inch fish found in only three springs in the valley, is listed as endangered under federal law. Flow at the largest of those springs has dropped by nearly half since the 1990s, according to U.S. Fish and Wildlife Service data.

Silver Basin Lithium Corp., which holds rights to pump water for a proposed processing plant at the north end of the valley, welcomed the ruling.

"Today's decision confirms that water users in Nevada can rely on the rights they hold," the company said in a statement. "We remain committed to operating responsibly in Sage Hen Valley."

Rancher Wade Holbrook, whose family has raised cattle in the valley since 1911, said the cuts would have forced him to fallow more than half his hay ground.

"My grandfather proved up on that water," Holbrook told The Associated Press by phone. "You don't get to just take it away because somebody drew a line on a map."

The Great Basin Springs Alliance, a conservation group that intervened in the case, said it was weighing whether to ask the court to reconsider. Its executive director, Leah Sandoval, called the decision "a death sentence for a fish that has survived here since the last ice age."

The Nevada Division of Water Resources, which the state engineer oversees, said in an emailed statement that it was "reviewing the court's opinion" and would not comment further.

The case is one of several testing how far Nevada's water regulators can go in managing groundwater basins where more water has been promised on paper than the aquifer can supply.

Holbrook said he hoped the ruling would push the state toward a negotiated solution rather than blanket cuts.

"Nobody out here wants to see that fish disappear," he said. "We just want a seat at the table."

The state engineer has 30 days to ask the court for a rehearing.""",
        [
            ("The State Engineer's duty to", "Eleanor Vasquez"),
            ("asks the impossible of an", "Robert Okafor"),
            ("Today's decision confirms that water", "Silver Basin Lithium Corp."),
            ("We remain committed to operating", "Silver Basin Lithium Corp."),
            ("My grandfather proved up on", "Wade Holbrook"),
            ("You don't get to just", "Wade Holbrook"),
            ("a death sentence for a", "Leah Sandoval"),
            ("reviewing the court's opinion", "Nevada Division of Water Resources"),
            ("Nobody out here wants to", "Wade Holbrook"),
            ("We just want a seat", "Wade Holbrook"),
        ],
    ),
    (
        """Burn scar residents brace for first big storm since Keller Fire

By Andrea Solís
Sierra Foothill Tribune

PINE HOLLOW — Sandbags are stacked three high along Calder Road, and the concrete barriers that went up last month now line both banks of Dry Creek where it passes the elementary school.

Residents of this foothill community have spent the past week preparing for what forecasters say could be the season’s first significant atmospheric river, expected to arrive Thursday night with as much as 4 inches of rain on the slopes burned by the Keller Fire in August.

Sutter Ridge County officials on Tuesday issued an evacuation warning for about 600 homes below the burn scar and said it could become a mandatory order as early as Thursday afternoon.

“Burned soil acts almost like pavement. The rain has nowhere to go but downhill, and it takes everything with it,” said Owen Nakamura, a geologist with the California Geological Survey who has been mapping debris-flow risk in the area since the fire was contained.

Nakamura said the most dangerous period is the first two or three winters after a fire, before roots and ground cover grow back.

Sheriff’s Capt. Lena Forsberg told a community meeting Monday night at the Pine Hollow Grange hall that people who live near a creek or drainage should not wait for a mandatory order.

“If you are in one of those canyons and you hear a roar like a freight train, it is already too late to drive out,” Forsberg said. “Go uphill, away from the channel, and stay there.

“I know a lot of you stayed during the fire and it worked out. This is different. Mud doesn’t give you a smoke column to watch.”

According to a county news release, public works crews have cleared the three debris basins above town and the county has “pre-positioned heavy equipment at four locations” so roads can be reopened quickly.

A state emergency management official, who was not authorized to speak publicly, said two swift-water rescue teams would be “staged and ready to move” by Thursday evening.

The storm also poses a threat to the town’s drinking water. Curtis Yoakum, general manager of the Pine Hollow Water District, said ash-laden runoff could foul the district’s intake on Dry Creek. The district plans to switch to a backup well field before the rain arrives, he said, but customers may be asked to boil water if the wells cannot keep up.

“Our treatment plant was never designed for what’s going to come down that creek,” Yoakum said.

Beverly Tanaka-Ross, whose house on Calder Road survived the fire, has already moved her two horses to a friend’s ranch in the valley and plans to leave Thursday morning.

“We got lucky once,” she said. “I’m not going to count on getting lucky twice.”

The National Weather Service has issued a flash flood watch for the burn area from Thursday evening through Saturday morning.""",
        [
            ("Burned soil acts almost like", "Owen Nakamura"),
            ("If you are in one", "Lena Forsberg"),
            ("Go uphill, away from the", "Lena Forsberg"),
            ("I know a lot of", "Lena Forsberg"),
            ("pre-positioned heavy equipment at four", "Sutter Ridge County"),
            ("staged and ready to move", "state emergency management official"),
            ("Our treatment plant was never", "Curtis Yoakum"),
            ("We got lucky once,", "Beverly Tanaka-Ross"),
            ("I’m not going to count", "Beverly Tanaka-Ross"),
        ],
    ),
]
