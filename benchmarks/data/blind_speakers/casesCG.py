CASES = [
    (
        """MERIDIAN FALLS, Mo. (KMFT) — One man is dead and another is in custody after a shooting outside a convenience store on the city's north side late Tuesday night, according to the Meridian Falls Police Department.

Officers were called to the Quik-Stop on North Hollis Avenue just after 11:30 p.m. for reports of shots fired. When they arrived, they found a man in his 30s lying in the parking lot with at least one gunshot wound, police said. He was pronounced dead at the scene.

Police have not released the victim's name pending notification of family.

"This appears to be an isolated incident between two people who knew each other," Police Chief Darnell Whitcomb said at a news conference Wednesday morning. "We do not believe there is any ongoing threat to the public."

Whitcomb said officers arrested a 27-year-old man about two blocks from the store less than an hour after the shooting. He said a handgun was recovered from a nearby storm drain.

The suspect, identified as Terrance Lee Bodkin, of Meridian Falls, is being held at the Calloway County Jail on suspicion of second-degree murder and armed criminal action. Formal charges had not been filed as of Wednesday afternoon.

Court records show Bodkin was released on bond in March after being charged with unlawful possession of a firearm.

A clerk who was working inside the store at the time told KMFT she heard an argument in the parking lot moments before the gunfire.

"They were yelling back and forth, and then I heard three pops," said the clerk, who asked not to be identified. "I got down behind the counter and called 911. I didn't look up until the police were already there."

Calloway County Prosecuting Attorney Renee Oduya said in a written statement that her office was reviewing the case and expected to make a charging decision "within the next 24 to 48 hours."

"Gun violence has touched too many families in this community," the statement said. "We will pursue justice for the victim and his loved ones."

Neighbors said the convenience store has been the site of several disturbances in recent months. Linda Farrow, who has lived across the street for 19 years, said she has called police about loud arguments in the lot "more times than I can count."

"It used to be a place you'd send your kids for a soda," Farrow said. "Now I won't go over there after dark."

Whitcomb said the department would increase patrols in the area. He asked anyone with information to call the department's tip line or Crime Stoppers.

"Somebody saw something," he said. "Even a small detail might help us."

Stay with KMFT for updates on this developing story.""",
        [
            ("This appears to be an isolated", "Darnell Whitcomb"),
            ("We do not believe there is", "Darnell Whitcomb"),
            ("They were yelling back and forth", "clerk"),
            ("I got down behind the counter", "clerk"),
            ("within the next 24 to", "Renee Oduya"),
            ("Gun violence has touched too many", "Renee Oduya"),
            ("We will pursue justice for", "Renee Oduya"),
            ("more times than I can count", "Linda Farrow"),
            ("It used to be a place", "Linda Farrow"),
            ("Now I won't go over there", "Linda Farrow"),
            ("Somebody saw something", "Darnell Whitcomb"),
            ("Even a small detail might help", "Darnell Whitcomb"),
        ],
    ),
    (
        """By Megan Thorley

PRAIRIE BEND, Okla. (KPBN) — Crews in Sutter County spent Sunday clearing downed trees and power lines after a line of severe storms pushed through overnight, damaging dozens of homes and leaving thousands without electricity.

The storms moved into the area around 2 a.m. with winds estimated at more than 70 mph, according to the KPBN First Alert Weather team. A tornado warning was issued for parts of northern Sutter County for about 20 minutes, though it was not immediately clear whether a tornado touched down.

Sutter County Emergency Management Director Gail Pritchett said at least 40 homes reported roof damage and two mobile homes near Highway 9 were destroyed.

"We are incredibly lucky that nobody was seriously hurt," Pritchett said. "When you look at some of these houses, it's hard to believe everyone walked away."

One woman was treated for minor injuries at Prairie Bend Regional Medical Center and released, Pritchett said.

Roy and Deb Castellano were asleep in their home on County Road 2140 when the wind ripped part of their roof off.

"It sounded like a freight train, just like everybody always says," Roy Castellano said. "I grabbed Deb and we got in the hall closet. By the time we came out, you could see the sky from our bedroom."

His wife said the couple plans to stay with their daughter in Tulsa while repairs are made.

"The house can be fixed," Deb Castellano said. "We've got each other, and that's what counts."

At the peak of the outage, more than 6,200 customers were without power, according to Red Plains Electric Cooperative. In a post on its Facebook page Sunday afternoon, the cooperative said crews from three neighboring co-ops were helping with repairs and that most members should have power restored "by late Monday evening."

"Some of the hardest-hit areas will require poles to be completely rebuilt," the post said. "We ask for our members' patience as our linemen work around the clock."

A shelter has been opened at Grace Fellowship Church on Main Street for anyone displaced by the storms. Volunteers were handing out water, tarps and hot meals there Sunday.

KPBN Chief Meteorologist Alan Voss said more storms are possible later in the week.

"We're watching Wednesday and Thursday closely," Voss said. "The ingredients are there for another round, so now's a good time to make sure you have a plan and a way to get warnings overnight."

Residents with storm damage are asked to report it to Sutter County Emergency Management by calling 580-555-0142 or through the county's website.""",
        [
            ("We are incredibly lucky that nobody", "Gail Pritchett"),
            ("When you look at some of", "Gail Pritchett"),
            ("It sounded like a freight train", "Roy Castellano"),
            ("I grabbed Deb and we got", "Roy Castellano"),
            ("The house can be fixed", "Deb Castellano"),
            ("We've got each other, and that's", "Deb Castellano"),
            ("by late Monday evening", "Red Plains Electric Cooperative"),
            ("Some of the hardest-hit areas will", "Red Plains Electric Cooperative"),
            ("We ask for our members' patience", "Red Plains Electric Cooperative"),
            ("We're watching Wednesday and Thursday closely", "Alan Voss"),
            ("The ingredients are there for another", "Alan Voss"),
        ],
    ),
    (
        """FORT ALDEN, Ind. (WFAL) — After more than three hours of public comment, the Hollis Township School Board voted 4-3 Monday night to close Whitaker Elementary School at the end of the current school year.

The decision means roughly 260 students will be moved to two other elementary buildings in the district beginning in August.

District leaders have said declining enrollment and an estimated $4.1 million in needed repairs to Whitaker’s heating system and roof made the 71-year-old building too costly to keep open.

Superintendent Karen Ellsworth-Bayne laid out the district’s reasoning in a letter sent to families last month: “We cannot in good conscience ask taxpayers to pour millions of dollars into a building that is half empty while our other schools need attention, too.”

At Monday’s meeting, she told board members the closure would save the district about $900,000 a year in operating costs.

“This is not a decision anyone on this staff wanted to bring forward,” Ellsworth-Bayne said. “But the numbers have been moving in the same direction for a decade.”

More than 40 people signed up to speak, nearly all of them opposed to the closure. Many wore green, Whitaker’s school color, and some held signs reading “Keep Whitaker Open.”

Parent Jasmine Okafor, whose two children attend Whitaker, said the school is the center of the neighborhood.

“My kids walk to school. Half the kids on our street walk to school,” Okafor said. “Now you’re telling me they’re going to be on a bus for 40 minutes each way?

“You keep saying this is about numbers. These are not numbers. These are our children.”

Retired teacher Harold Bingham, who taught fourth grade at Whitaker for 31 years, urged the board to delay the vote and said the district had not done enough to consider “other options, like sharing the building with the preschool program.”

Board member Tom Redd, who voted against the closure, said he was not convinced the district had fully explored alternatives.

“I’ve heard a lot tonight about what we’ll save,” Redd said. “I haven’t heard much about what we’ll lose.”

Board President Lorraine Dufresne, who cast the deciding vote, called the decision “one of the hardest I’ve made in 12 years on this board.”

She said the district would form a transition committee of parents and teachers to help plan for the move. Ellsworth-Bayne said families would receive information about new school assignments by March 1.

In a statement released after the meeting, the Hollis Township Education Association, which represents the district’s teachers, said it was “disappointed but not surprised” by the vote and would work to make sure no teaching jobs were lost in the consolidation.

Whitaker opened in 1953 and has room for about 430 students.""",
        [
            ("We cannot in good conscience ask", "Karen Ellsworth-Bayne"),
            ("This is not a decision anyone", "Karen Ellsworth-Bayne"),
            ("But the numbers have been moving", "Karen Ellsworth-Bayne"),
            ("My kids walk to school", "Jasmine Okafor"),
            ("Now you’re telling me they’re going", "Jasmine Okafor"),
            ("You keep saying this is about", "Jasmine Okafor"),
            ("other options, like sharing the building", "Harold Bingham"),
            ("I’ve heard a lot tonight about", "Tom Redd"),
            ("I haven’t heard much about what", "Tom Redd"),
            ("one of the hardest I’ve made", "Lorraine Dufresne"),
            ("disappointed but not surprised", "Hollis Township Education Association"),
        ],
    ),
    (
        """By Tyler Greaves

COLTON, Tenn. (WKVQ) — A Michigan-based auto parts supplier will build a $142 million manufacturing plant in Colton, bringing an estimated 350 jobs to Marlow County over the next five years, state and local officials announced Thursday.

Brennick Axle Systems plans to begin construction this spring on a 410,000-square-foot facility in the Marlow County Industrial Park off Interstate 40. The plant will produce drive-shaft components for electric and hybrid vehicles, according to the company.

"Colton gave us exactly what we were looking for: a skilled workforce, good access to our customers and a community that wanted us here," Brennick CEO Paul Vandermeer said in a news release.

Vandermeer said the company looked at sites in four states before choosing Tennessee. Average pay at the plant is expected to be about $24 an hour, plus benefits, the company said.

Colton Mayor Sheila Ambrose called the announcement "the biggest day for this town in a generation."

"For years, we've watched our young people graduate and drive off to Nashville or Memphis because there was nothing for them here," Ambrose said during a ceremony at Colton City Hall. "This gives them a reason to stay."

Marlow County commissioners approved a 20-year property tax incentive package for the company last month in a 7-2 vote. Under the agreement, Brennick will make reduced payments in lieu of taxes, with the amount increasing over time.

Commissioner Dale Hutto, one of the two no votes, said Thursday he supports the jobs but still has concerns about the deal.

"I want this plant here as much as anybody," Hutto said. "I just think our schools are giving up too much, and I said so at the time."

Hutto said he worried that new families moving in would crowd classrooms without bringing enough new tax revenue "to pay for the teachers and buildings we'll need."

Ridgeline Community College will partner with the company on a training program for new hires. In a statement, the college said it would offer "customized advanced manufacturing courses beginning next fall" at its Colton campus and would help cover tuition for qualifying students.

Local business owners said they were already feeling the excitement. Rhonda Gilley, who owns the Blue Plate Diner on Colton's courthouse square, said the news had been the talk of her restaurant all morning.

"Everybody's coming in asking about it," Gilley said. "I've been here 22 years, and I haven't seen people this fired up since the high school won state."

Hiring is expected to begin late next year, with the first production lines running about six months later, according to the company. Job openings will be posted on Brennick's website and through the Marlow County career center.""",
        [
            ("Colton gave us exactly what we", "Paul Vandermeer"),
            ("the biggest day for this town", "Sheila Ambrose"),
            ("For years, we've watched our young", "Sheila Ambrose"),
            ("This gives them a reason to", "Sheila Ambrose"),
            ("I want this plant here as", "Dale Hutto"),
            ("I just think our schools are", "Dale Hutto"),
            ("to pay for the teachers and", "Dale Hutto"),
            ("customized advanced manufacturing courses beginning next", "Ridgeline Community College"),
            ("Everybody's coming in asking about it", "Rhonda Gilley"),
            ("I've been here 22 years, and", "Rhonda Gilley"),
        ],
    ),
    (
        """BRADLEY SPRINGS, Ala. (WBSX) — A former Bradley Springs youth football coach was sentenced Friday to 18 years in prison for stealing more than $310,000 from a nonprofit league and using some of the money to pay for gambling trips, prosecutors said.

Curtis Wayne Pettibone, 46, pleaded guilty in August to first-degree theft of property and two counts of forgery.

Lawler County Circuit Judge Marcia Hale-Denton handed down the sentence after listening to nearly two hours of testimony from parents, former players and Pettibone's family.

"You were trusted with these children's futures, and you treated that trust like a personal bank account," Hale-Denton told Pettibone before announcing the sentence. "The damage you've done goes well beyond dollars."

According to the indictment, Pettibone served as treasurer of the Bradley Springs Junior Wildcats Football League for five years. During that time, he wrote dozens of checks to himself and made cash withdrawals that he disguised as equipment purchases and field maintenance, investigators said. More than $90,000 was spent at casinos in Mississippi and Louisiana, according to court documents.

The theft came to light after the league was unable to pay for insurance for the upcoming season, Assistant District Attorney Kevin Marchbanks said.

"Parents were paying registration fees thinking their kids would get helmets and pads that fit," Marchbanks said after the hearing. "Instead, those kids were wearing gear that was 10 years old while he was sitting at a blackjack table."

Several parents addressed the court. Tasha Williford, whose son played in the league for five seasons, said the theft had "broken something in this community that won't be easy to fix."

"We let him into our homes," she said. "He ate at our tables."

Pettibone, wearing an orange jail jumpsuit, apologized briefly before he was sentenced.

"I'm ashamed of what I did," he said, his voice breaking. "I had a problem, and I didn't get help, and I hurt people who didn't deserve it. I'm sorry."

His attorney, Glenn Ashby, had asked for a split sentence that would have allowed Pettibone to serve part of his time on probation while paying back the money. Ashby argued his client had "taken full responsibility from day one."

"Nobody is excusing what he did," Ashby said outside the courthouse. "But a long prison term means these families are less likely to ever see that money."

Hale-Denton also ordered Pettibone to pay full restitution.

In a statement, the Bradley Springs Junior Wildcats Football League said its new board of directors had put financial safeguards in place, including requiring two signatures on every check and an outside review of its books each year.

"Our kids deserve better, and we're determined to give it to them," the statement read.

The league will begin its fall season as scheduled, according to the statement.""",
        [
            ("You were trusted with these children's", "Marcia Hale-Denton"),
            ("The damage you've done goes well", "Marcia Hale-Denton"),
            ("Parents were paying registration fees thinking", "Kevin Marchbanks"),
            ("Instead, those kids were wearing gear", "Kevin Marchbanks"),
            ("broken something in this community that", "Tasha Williford"),
            ("We let him into our homes", "Tasha Williford"),
            ("He ate at our tables", "Tasha Williford"),
            ("I'm ashamed of what I did", "Curtis Wayne Pettibone"),
            ("I had a problem, and I", "Curtis Wayne Pettibone"),
            ("taken full responsibility from day one", "Glenn Ashby"),
            ("Nobody is excusing what he did", "Glenn Ashby"),
            ("But a long prison term means", "Glenn Ashby"),
            ("Our kids deserve better, and we're", "Bradley Springs Junior Wildcats Football League"),
        ],
    ),
    (
        """ELM RIDGE, Kan. (KERK) — Freezing rain coated roads, trees and power lines across south-central Kansas overnight, causing dozens of crashes and prompting most area school districts to cancel classes Tuesday.

Elm Ridge police said officers responded to 37 crashes between midnight and 10 a.m., most of them minor. No serious injuries had been reported as of midday.

The message from city leaders Tuesday morning was simple: "If you don't have to be on the roads, stay home."

That advice came from Elm Ridge Public Works Director Marcus Tillery, who said crews had been out since 9 p.m. Monday spreading a salt and sand mix on main roads and bridges.

"Ice is a different animal than snow," Tillery said. "We can push snow. With ice, we're fighting it the whole way, and the temperatures aren't helping us."

He said the city has 14 trucks on the road and enough salt on hand for "several more days like this one."

The Dorsey County Sheriff's Office said deputies closed a stretch of Highway 61 south of town for about two hours after a semitrailer jackknifed near the Cottonwood Creek bridge. The driver was not hurt.

"Bridges and overpasses are solid ice right now," the sheriff's office wrote in a Facebook post. "Slow down, leave plenty of room and please give our deputies and tow crews space to work."

Elm Ridge Unified School District 418 announced around 5:30 a.m. that schools would be closed. District spokeswoman Carla Benavides said administrators made the call after driving bus routes early Tuesday.

"Some of our rural routes were just not safe," Benavides said. "We're not going to put a bus full of kids on roads like that."

Benavides said the district would decide on Wednesday's schedule by 8 p.m. Tuesday.

About 3,100 customers were without power at the height of the storm, according to Sunflower Plains Energy. A spokesman for the utility, Derek Olafsen, said falling tree limbs caused most of the outages.

"The weight of the ice on those branches is tremendous," he said. "Our crews are making progress, but we'd ask folks to be patient and stay away from any downed lines."

KERK Meteorologist Jenna Hollister said temperatures are expected to climb above freezing by Wednesday afternoon, which should help melt the ice.

"We've got one more cold night to get through," Hollister said. "Anything that melts today could refreeze after sunset, so Wednesday morning's commute could be tricky, too."

For the latest school closings and road conditions, check the KERK Weather app.""",
        [
            ("If you don't have to be", "Marcus Tillery"),
            ("Ice is a different animal than", "Marcus Tillery"),
            ("We can push snow. With ice,", "Marcus Tillery"),
            ("several more days like this one", "Marcus Tillery"),
            ("Bridges and overpasses are solid ice", "Dorsey County Sheriff's Office"),
            ("Slow down, leave plenty of room", "Dorsey County Sheriff's Office"),
            ("Some of our rural routes were", "Carla Benavides"),
            ("We're not going to put a", "Carla Benavides"),
            ("The weight of the ice on", "Derek Olafsen"),
            ("Our crews are making progress, but", "Derek Olafsen"),
            ("We've got one more cold night", "Jenna Hollister"),
            ("Anything that melts today could refreeze", "Jenna Hollister"),
        ],
    ),
    (
        """OAK HOLLOW, Iowa (KOHT) — After 74 years and three generations, Lindqvist Hardware on Oak Hollow's Main Street will close its doors for good at the end of the month.

Owner Gary Lindqvist, 68, announced the closing in a Facebook post Monday that had been shared more than 2,000 times by Wednesday.

"This was not an easy decision, and it's one my wife and I have gone back and forth on for more than a year," Lindqvist wrote. "But it's time."

His grandfather, Arne Lindqvist, opened the store in 1950 in a building that had been a feed store. Gary Lindqvist took over from his father in 1989.

In an interview with KOHT on Tuesday, Lindqvist said rising costs and competition from big-box stores and online retailers had made it harder each year to keep the business going. None of his three children wanted to take it over, he said, and a potential buyer backed out last fall.

"People think a hardware store is just nuts and bolts, but it's really about knowing your customers," he said. "I know which guy needs the odd-sized plumbing fittings and which lady's going to come in every April for tomato cages.

"You can't get that from a website."

Longtime customer Bev Sorensen, who stopped in Tuesday to buy furnace filters, said she got a little teary walking through the door.

"I've been coming here since I was a little girl with my dad," Sorensen said. "It's like losing a friend."

Oak Hollow Chamber of Commerce Executive Director Ramon Esquivel said the closing leaves a hole on Main Street, where three other storefronts are already empty.

"Lindqvist's has been an anchor downtown for as long as anyone can remember," Esquivel said.

He added that the chamber is working with the building's owner — Lindqvist himself — to find a new tenant, and that there had been "some early interest" from a regional business he declined to name.

Everything in the store is marked 30% off, with deeper discounts planned for the final two weeks. Lindqvist said his employees — four full-time and two part-time — will be paid through the end of next month.

Lindqvist said he plans to spend more time fishing and with his seven grandchildren, but admitted retirement will take some getting used to.

"I'll probably still wake up at 5:30 every morning thinking I need to go unlock the front door," he said with a laugh.

The store's last day is scheduled for Saturday, June 29.""",
        [
            ("This was not an easy decision", "Gary Lindqvist"),
            ("But it's time", "Gary Lindqvist"),
            ("People think a hardware store is", "Gary Lindqvist"),
            ("I know which guy needs the", "Gary Lindqvist"),
            ("You can't get that from a", "Gary Lindqvist"),
            ("I've been coming here since I", "Bev Sorensen"),
            ("It's like losing a friend", "Bev Sorensen"),
            ("Lindqvist's has been an anchor downtown", "Ramon Esquivel"),
            ("some early interest", "Ramon Esquivel"),
            ("I'll probably still wake up at", "Gary Lindqvist"),
        ],
    ),
    (
        """By Danielle Royster

CORLEY, Ga. (WKGR) — A 15-year-old student at Hatcher County High School was arrested Thursday after authorities say he posted a threat on social media to bring a gun to campus.

The Hatcher County Sheriff's Office said the student was charged with terroristic threats and disrupting a public school. Because he is a juvenile, his name has not been released.

Sheriff Wendell Boatright said deputies were alerted to the post around 9 p.m. Wednesday after several students and parents reported it through the district's anonymous tip line. Investigators identified the student within about two hours and took him into custody at his home, Boatright said.

No weapon was found at the home, according to the sheriff's office, and investigators do not believe the student had access to one.

"We take every one of these seriously. Every single one," Boatright said during a news conference Thursday afternoon. "I don't care if you meant it as a joke. If you threaten a school in this county, we are coming to find you, and you will be charged."

Boatright said the post appeared to be "a very poor attempt at a joke," but that did not change how his office handled it.

Classes went on as scheduled Thursday, with additional deputies on campus throughout the day.

Hatcher County Schools Superintendent Angela Marbury sent a letter to families late Wednesday night. In it, she wrote:

"I want to thank the students and parents who saw something and said something. Because of you, law enforcement was able to act quickly.

"Please talk with your children about the seriousness of making threats, even online. These actions have real consequences for everyone involved."

Attendance at the high school was noticeably lower Thursday. A district spokesperson said about 38% of students were absent, compared with about 7% on a typical day.

"We completely understand parents who made that choice," the spokesperson said.

One mother, who asked that her name not be used to protect her daughter's privacy, said she kept her 10th-grader home.

"I know they caught him, but my stomach was in knots," she said. "I just couldn't send her."

Others said they felt reassured by the quick arrest. Marcus Delane, whose son is a junior, said he dropped his son off Thursday morning as usual.

"Honestly, I think this is how it's supposed to work," Delane said. "Kids spoke up, the sheriff moved fast. I'd rather have that than the alternative."

Boatright said it was the third threat investigated by his office involving county schools since the start of the school year. He urged parents to keep an eye on their children's social media activity.

The student is being held at a juvenile detention center, according to the sheriff's office.""",
        [
            ("We take every one of these", "Wendell Boatright"),
            ("I don't care if you meant", "Wendell Boatright"),
            ("a very poor attempt at a", "Wendell Boatright"),
            ("I want to thank the students", "Angela Marbury"),
            ("Please talk with your children about", "Angela Marbury"),
            ("We completely understand parents who made", "district spokesperson"),
            ("I know they caught him, but", "mother"),
            ("I just couldn't send her", "mother"),
            ("Honestly, I think this is how", "Marcus Delane"),
            ("Kids spoke up, the sheriff moved", "Marcus Delane"),
        ],
    ),
]
