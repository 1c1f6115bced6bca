CASES = [
    (
        """Council OKs rezoning for 180-unit apartment complex after four-hour hearing

By Dana Ostrowski
Tribune staff writer

The Ferris Creek City Council voted 5-2 early Wednesday to rezone 14 acres along Ridgeway Drive for a 180-unit apartment complex, ending a months-long fight that packed council chambers with neighbors wearing red "Keep Ridgeway Rural" stickers.

The vote came shortly after 11:30 p.m., following more than four hours of public comment, most of it opposed to the project proposed by Madison-based Lakeshore Residential Partners.

"I've heard every one of you tonight, and I don't take this lightly," Council President Ray Dombrowski said before casting his vote. "But we have a housing shortage in this city, and we can't keep telling young families and seniors that there's no place for them here."

Dombrowski pointed to a 2023 housing study commissioned by the city that found Ferris Creek would need roughly 1,100 new units by 2030 to keep pace with job growth at the industrial park on the city's east side.

Opponents, many of whom live in the single-family subdivisions north of the site, said the complex would overwhelm Ridgeway Drive, a two-lane road without sidewalks, and crowd Prairie View Elementary.

"This is not about who lives there. It's about whether the road and the school can handle it," said Karen Leitzke, who has lived on nearby Tamarack Court for 22 years. "Nobody from the city has given us a straight answer on that."

Ald. Steve Huebner, who voted against the rezoning along with Ald. Monica Reyes, said he supported more housing in principle but called the density "too much, too fast" for the site.

"We're being asked to approve this before the traffic study is even finished," Huebner said. "That's backwards."

City Planner Joel Andersen told the council the developer has agreed to pay for a turn lane and a sidewalk along the project's frontage as conditions of approval. A full traffic impact analysis is expected in June, he said, and the site plan will return to the Plan Commission before any building permits are issued.

Lakeshore Residential Partners said in a statement that it was "grateful for the council's thoughtful consideration" and intends to break ground in spring 2025.

"We've made significant changes in response to what we heard from neighbors, including reducing the height of the buildings closest to existing homes," the statement said.

The original proposal called for 220 units in four-story buildings. The revised plan caps the buildings nearest Tamarack Court at two stories.

Reyes said she worried the conditions were not binding enough. "Promises made at a podium at 11 o'clock at night have a way of disappearing," she said.

Leitzke said neighbors had not decided whether to pursue a legal challenge.

"We're going to talk to an attorney," she said. "This isn't over.\"""",
        [
            ("I've heard every one of", "Ray Dombrowski"),
            ("But we have a housing", "Ray Dombrowski"),
            ("This is not about who", "Karen Leitzke"),
            ("Nobody from the city has", "Karen Leitzke"),
            ("too much, too fast", "Steve Huebner"),
            ("We're being asked to approve", "Steve Huebner"),
            ("That's backwards.", "Steve Huebner"),
            ("grateful for the council's thoughtful", "Lakeshore Residential Partners"),
            ("We've made significant changes in", "Lakeshore Residential Partners"),
            ("Promises made at a podium", "Monica Reyes"),
            ("We're going to talk to", "Karen Leitzke"),
            ("This isn't over.", "Karen Leitzke"),
        ],
    ),
    (
        """School board votes to close Lincoln Elementary amid enrollment drop

By Tasha Greene, KWRM 7 News

ROCK PRAIRIE, Iowa (KWRM) - Parents at Lincoln Elementary School learned Monday night that their children will be attending a different school next fall.

The Rock Prairie Community School District Board of Education voted 4-3 to close the 96-year-old building at the end of the current school year, citing declining enrollment and an estimated $4.2 million in needed repairs.

Lincoln's roughly 210 students will be split between Garfield and Hawthorne elementary schools.

"This is the hardest vote I've taken in eight years on this board," board president Linda Sorensen said. "Nobody ran for the school board to close schools. But we have to look at the numbers in front of us."

According to district figures, enrollment at Lincoln has fallen by nearly a third since 2015. The building's boiler, roof and windows all need replacement, and the school is not fully accessible to students with disabilities.

Superintendent Dr. Marcus Whitfield told the board the closure would save the district about $850,000 a year in operating costs.

"Those are dollars we can put back into classrooms, into teachers, into programs for kids," Whitfield said. "Keeping a half-empty building open doesn't help anyone."

Dozens of parents and teachers wore green, Lincoln's school color, to the meeting, and many spoke during the public comment period.

Jessica Halvorsen, whose two children attend Lincoln, told KWRM 7 News after the vote that she felt the decision had been made long before Monday.

"They held their listening sessions, they nodded, and they did exactly what they were going to do anyway," Halvorsen said. "My kids walk to school right now. Next year they'll be on a bus for 35 minutes."

Board member Tom Krieger, who voted against the closure, said the district hadn't done enough to explore alternatives, like leasing part of the building to a child care provider.

"I think we owed these families one more year to get this right," Krieger said.

The district says transportation will be provided for all Lincoln students who live more than a mile from their new school. A transition committee of parents and staff will meet for the first time in January, according to a district news release.

"Our priority is making sure every Lincoln student and family feels welcomed at their new school," the release said.

The board has not decided what will happen to the building. Sorensen said options could include selling it or tearing it down, and that the public would have a chance to weigh in before any decision is made.""",
        [
            ("This is the hardest vote", "Linda Sorensen"),
            ("Nobody ran for the school", "Linda Sorensen"),
            ("Those are dollars we can", "Marcus Whitfield"),
            ("Keeping a half-empty building open", "Marcus Whitfield"),
            ("They held their listening sessions", "Jessica Halvorsen"),
            ("My kids walk to school", "Jessica Halvorsen"),
            ("I think we owed these", "Tom Krieger"),
            ("Our priority is making sure", "Rock Prairie Community School District"),
        ],
    ),
    (
        """Plan commission sends data center rezoning to council without recommendation

By Greg Tollefson | The Courier-Ledger

WESCOTT \u2014 A proposal to rezone nearly 300 acres of farmland on Wescott\u2019s western edge for a data center campus will go to City Council next month without a recommendation from the Planning Commission, after commissioners deadlocked 3-3 Tuesday night.

The split vote reflects how divided the community has become over the project, which city officials say could bring as much as $2 billion in investment and more than $6 million a year in property tax revenue.

The developer, identified in city documents only as Tall Grass Holdings LLC, has not publicly disclosed the end user. A person familiar with the negotiations, who was not authorized to speak publicly, said the company is a \u201chousehold-name tech firm\u201d that has been scouting sites in Ohio for more than a year.

Commission Chair Diane Pruitt said she voted in favor because the land is already designated for industrial use in the city\u2019s 2019 comprehensive plan.

\u201cWe told the public five years ago that this corridor was where growth was going to go,\u201d Pruitt said. \u201cI don\u2019t think we can change the rules now because we don\u2019t like who\u2019s knocking on the door.\u201d

Commissioner Alan Vogt, who voted no, said the city still has not gotten clear answers on how much water and electricity the facility would use.

\u201cI\u2019m not against development. I\u2019m against signing a blank check,\u201d Vogt said. \u201cIf they want to be our neighbors, they ought to be able to tell us who they are.\u201d

Residents who spoke at the meeting raised concerns about noise from cooling equipment, the loss of farmland and the strain on the city\u2019s aging water system. Several held signs reading \u201cFarms Not Servers.\u201d

Bill Ecker, who farms ground adjacent to the site, said his family has worked the land since 1911.

\u201cYou put a million square feet of buildings out there and it changes everything \u2014 the drainage, the traffic, the light at night,\u201d Ecker said. \u201cThey keep saying it\u2019ll be quiet. I\u2019ll believe it when I hear it. Or when I don\u2019t.\u201d

Economic Development Director Nate Sommers told commissioners the developer has agreed to build a closed-loop cooling system that would reduce water consumption, and to pay for upgrades to a nearby electrical substation.

Sommers said the property tax revenue would be \u201ctransformational\u201d for Wescott City Schools, which have had two levies fail since 2021.

An attorney representing Tall Grass Holdings, Melissa Fenn of the Columbus firm Hartley & Boyce, said the end user\u2019s identity would be disclosed \u201cat the appropriate time\u201d and that the company has signed confidentiality agreements that are common in the industry.

\u201cThis is standard practice for projects of this size,\u201d Fenn said. \u201cIt is not an attempt to hide anything from this community.\u201d

City Council is expected to take up the rezoning at its Oct. 14 meeting. A first reading is required before any vote.""",
        [
            ("household-name tech firm", "person familiar with the negotiations"),
            ("We told the public five", "Diane Pruitt"),
            ("I don\u2019t think we can", "Diane Pruitt"),
            ("I\u2019m not against development.", "Alan Vogt"),
            ("If they want to be", "Alan Vogt"),
            ("You put a million square", "Bill Ecker"),
            ("They keep saying it\u2019ll be", "Bill Ecker"),
            ("transformational", "Nate Sommers"),
            ("at the appropriate time", "Melissa Fenn"),
            ("This is standard practice for", "Melissa Fenn"),
            ("It is not an attempt", "Melissa Fenn"),
        ],
    ),
    (
        """Board keeps two challenged books in high school library after heated meeting

By Carlos Medina
KMJV 12 News

HOLLIS, Mo. (KMJV) - Two books challenged by a parent will stay on the shelves at Hollis High School's library after the Hollis R-III Board of Education voted 5-2 Thursday to uphold a review committee's recommendation.

The books, "The Summer of Broken Glass" and "Everything the River Took," were challenged in August by a parent who argued they contain sexually explicit passages inappropriate for students.

The district's Materials Reconsideration Committee, made up of teachers, a librarian, an administrator and two parents, reviewed both books over six weeks. In its report, the committee wrote that the books "have literary merit and are appropriate for a high school collection when read in their entirety."

The parent who filed the challenge, Rhonda Schaefer, read several passages aloud during public comment before board president Gary Lindqvist asked her to stop.

"If I can't read it out loud at a public meeting, why is it in front of a 14-year-old?" Schaefer said. She told KMJV 12 afterward that she was "disappointed but not surprised" by the outcome.

Lindqvist said the board's policy prohibits reading material that could be considered obscene during public comment, regardless of the source.

"We have a process, and the process worked the way it's supposed to," Lindqvist said after the meeting. "People can disagree with the result. That's their right."

More than 60 people attended the meeting, which was moved to the high school gym to accommodate the crowd. Speakers were roughly evenly split.

Hollis High School senior Ava Thornburg, who said she has read both books, urged the board to keep them.

"Nobody is forcing anyone to read these books," Thornburg said. "But some of us see ourselves in them, and that matters."

Board member Dale Kettering, one of the two "no" votes, said he believes parents should have more say in what's available to students.

"I trust our librarians. I do. But at the end of the day, parents are the ones raising these kids," Kettering said.

The vote comes as Missouri school districts navigate a 2022 state law that makes it a crime to provide sexually explicit material to students. In a memo to the board, district attorney Frank Delgado wrote that neither book "meets the statutory definition of explicit sexual material," noting the law includes an exception for works of art.

Under district policy, the same books cannot be challenged again for three years.

Schaefer said she plans to ask the board to change its policy so parents can opt their children out of checking out specific titles.

"That's a reasonable ask," she said. "I'm not trying to ban anything for anyone else's kid.\"""",
        [
            ("have literary merit and are", "Materials Reconsideration Committee"),
            ("If I can't read it", "Rhonda Schaefer"),
            ("disappointed but not surprised", "Rhonda Schaefer"),
            ("We have a process, and", "Gary Lindqvist"),
            ("People can disagree with the", "Gary Lindqvist"),
            ("Nobody is forcing anyone to", "Ava Thornburg"),
            ("But some of us see", "Ava Thornburg"),
            ("I trust our librarians. I", "Dale Kettering"),
            ("meets the statutory definition of", "Frank Delgado"),
            ("That's a reasonable ask,", "Rhonda Schaefer"),
            ("I'm not trying to ban", "Rhonda Schaefer"),
        ],
    ),
    (
        """Pinecrest Harbor council caps short-term rentals, angering owners

By Jill Marchetti
Northern Shore Record

PINECREST HARBOR \u2014 Short-term rentals will be capped at 120 licenses citywide under an ordinance the Pinecrest Harbor City Council approved 4-3 Monday, a move supporters said will protect year-round neighborhoods and critics called a blow to property rights.

The cap, which takes effect Jan. 1, is roughly 40 fewer than the number of rentals now registered with the city. Existing license holders will be allowed to renew, but no new licenses will be issued until the total drops below 120.

Mayor Pro Tem Angela Brandt, who pushed for the ordinance, said the city\u2019s year-round population has fallen about 8% since 2010 while the number of homes listed on platforms such as Airbnb and Vrbo has more than tripled.

\u201cWhen a house on Elm Street turns into a hotel, that\u2019s one less family at the school, one less volunteer at the fire department, one less customer at the hardware store in February,\u201d Brandt said.

\u201cWe are not trying to put anyone out of business. We are trying to make sure Pinecrest Harbor is still a town and not just a destination.\u201d

Council member Rick Sandoval, who voted no, said the ordinance unfairly targets families who rely on rental income to keep second homes or pay their property taxes.

\u201cA lot of these owners grew up here,\u201d he said. \u201cTheir grandparents bought these cottages. Now we\u2019re telling them what they can and can\u2019t do with them.\u201d

The Pinecrest Harbor Short-Term Rental Alliance, a group formed last year by about 60 property owners, said in an email after the vote that it is reviewing its legal options.

\u201cThe council has chosen to punish responsible owners instead of enforcing the rules already on the books,\u201d the group said.

Much of Monday\u2019s debate centered on enforcement. City Manager Kevin Oduya told the council the city received 74 complaints about short-term rentals last year, most involving noise, parking and trash.

After the meeting, Oduya told reporters the city plans to hire a part-time code enforcement officer dedicated to rentals, paid for with licensing fees.

\u201cThe ordinance is only as good as our ability to enforce it, and we know that,\u201d he said.

Paula Grech, who lives next to two rental properties on Harbor View Drive, said she supported the cap but wanted the council to go further. Her message to the council was blunt: \u201cEvery Friday in July, I have no idea who\u2019s going to be on the other side of my fence.\u201d

Brandt said the city attorney believes a cap, rather than an outright ban, is on solid legal ground.

One owner who rents out a cottage on Lakeshore Avenue, and who asked not to be named because she fears backlash from neighbors, said she has already heard from buyers. \u201cPeople are going to sell,\u201d she said. \u201cAnd the people buying won\u2019t be families. They\u2019ll be investors who can afford to wait.\u201d""",
        [
            ("When a house on Elm", "Angela Brandt"),
            ("We are not trying to", "Angela Brandt"),
            ("A lot of these owners", "Rick Sandoval"),
            ("Their grandparents bought these cottages.", "Rick Sandoval"),
            ("The council has chosen to", "Pinecrest Harbor Short-Term Rental Alliance"),
            ("The ordinance is only as", "Kevin Oduya"),
            ("Every Friday in July, I", "Paula Grech"),
            ("People are going to sell,", "owner who rents out a cottage on Lakeshore Avenue"),
            ("And the people buying won\u2019t", "owner who rents out a cottage on Lakeshore Avenue"),
        ],
    ),
    (
        """St. Brandon council delays vote on shelter permit after packed hearing

By Emily Nygaard, KTCN

ST. BRANDON, Minn. (KTCN) -- The St. Brandon City Council on Tuesday postponed a decision on whether to allow an overnight homeless shelter in a vacant church building on the city's north side, saying it needs more information about security and operations.

The conditional use permit sought by Central Minnesota Housing Partners would allow the nonprofit to house up to 40 adults each night from November through April at the former Grace Lutheran Church on 9th Avenue North.

Council members voted 6-1 to table the permit until Dec. 2. Council member Lisa Haugen cast the lone dissenting vote.

"People are going to be sleeping outside in December while we wait for another report," Haugen said. "I understand the concerns, but the cold isn't going to wait for us."

Two people died of exposure in St. Brandon last winter, according to the county medical examiner's office.

Nearby residents and business owners said they weren't opposed to a shelter but questioned whether a residential block a short walk from an elementary school was the right place for one.

"We've got kids walking past that building every morning," said Darren Voss, who owns an auto repair shop two doors down. "I want to know who's going to be watching the door at 7 a.m. when they let everyone out."

Rochelle Abara, executive director of Central Minnesota Housing Partners, said the shelter would have at least two trained staff members on site overnight and would work with St. Brandon police on a safety plan.

"These are our neighbors already. They're in the library, they're at the bus station, they're sleeping in their cars in the Walmart parking lot," Abara told KTCN after the meeting. "What we're offering is a warm, supervised place for them to be."

Council member Jeff Lindgren asked the organization to come back with a written operations plan, including check-in procedures and how guests would get around during the day.

"I want this to succeed," Lindgren said. "If it opens and it goes badly, we'll never get another one approved in this town."

A spokesman for the St. Brandon Police Department said the department had not received a formal proposal from the nonprofit but was "open to working with any organization that helps reduce calls for service."

The church building has been empty since 2021, when the Grace Lutheran congregation merged with another parish. The nonprofit has a two-year lease with an option to buy, according to city documents.

Mayor Sandra Kowalczyk, who votes only to break ties, said she hoped the two sides could reach a compromise.

"There's a way to do this that works for everyone," Kowalczyk said. "We just haven't found it yet.\"""",
        [
            ("People are going to be", "Lisa Haugen"),
            ("I understand the concerns, but", "Lisa Haugen"),
            ("We've got kids walking past", "Darren Voss"),
            ("I want to know who's", "Darren Voss"),
            ("These are our neighbors already.", "Rochelle Abara"),
            ("What we're offering is a", "Rochelle Abara"),
            ("I want this to succeed,", "Jeff Lindgren"),
            ("If it opens and it", "Jeff Lindgren"),
            ("open to working with any", "spokesman"),
            ("There's a way to do", "Sandra Kowalczyk"),
            ("We just haven't found it", "Sandra Kowalczyk"),
        ],
    ),
    (
        """Oak Hollow school board puts $68 million building referendum on April ballot

By Brian Mueller
Lakeland Sentinel

OAK HOLLOW \u2014 Voters in the Oak Hollow Area School District will decide in April whether to borrow $68 million to replace the district\u2019s aging middle school and renovate two elementary buildings.

The school board voted 6-1 Monday to place the referendum question on the April 1 ballot, following months of community surveys and building tours.

If approved, the measure would raise the school portion of property taxes by an estimated $112 a year on a home valued at $250,000, according to the district\u2019s financial adviser, Lakewood Municipal Advisors.

\u201cOur middle school was built in 1958 for a very different kind of education,\u201d Superintendent Heather Lindahl said. \u201cWe have kids learning in hallways. We have a science lab with one working sink. That\u2019s not what this community wants for its kids.\u201d

A community survey conducted in September by Northstar Survey Group found 58% of respondents would support a referendum of $70 million or less, though support dropped sharply at higher amounts.

Board member Curt Hanneman, the lone no vote, said he supports a new middle school but believes the elementary renovations could wait.

\u201cI keep hearing from seniors on fixed incomes who are already struggling with their tax bills,\u201d Hanneman said. \u201cWe could have brought a smaller number to the voters, and I think it would have passed easily.\u201d

The district\u2019s previous referendum, a $79 million proposal in 2022, failed by 412 votes.

Board President Erin Kowalski said the board learned from that defeat. The new plan, she said, is \u201csmaller, leaner and built on what people actually told us.\u201d

Parents who spoke in favor of the referendum described crowded classrooms and leaky roofs. Maria Delacruz, a parent of two and co-chair of the volunteer group Yes for Oak Hollow Kids, said her group would begin knocking on doors in January.

\u201cLast time, we heard from a lot of people who said they didn\u2019t know what the money was for,\u201d Delacruz said. \u201cWe\u2019re not going to let that happen again.\u201d

Tom Brekke, a retired contractor who lives in the town of Maple Ridge, said he has toured the middle school and agrees it needs work, but he is skeptical of the cost estimates.

\u201cEvery one of these projects comes in over budget,\u201d Brekke said. \u201cI want to see a guarantee in writing.\u201d

Lindahl said the district has hired a construction management firm and that the estimates include a 10% contingency.

The district will hold three community information sessions in February, and Lindahl said she would also give tours of the middle school to anyone who asks.

\u201cCome see it for yourself,\u201d she said. \u201cThen decide.\u201d""",
        [
            ("Our middle school was built", "Heather Lindahl"),
            ("We have kids learning in", "Heather Lindahl"),
            ("I keep hearing from seniors", "Curt Hanneman"),
            ("We could have brought a", "Curt Hanneman"),
            ("smaller, leaner and built on", "Erin Kowalski"),
            ("Last time, we heard from", "Maria Delacruz"),
            ("We\u2019re not going to let", "Maria Delacruz"),
            ("Every one of these projects", "Tom Brekke"),
            ("I want to see a", "Tom Brekke"),
            ("Come see it for yourself,", "Heather Lindahl"),
            ("Then decide.", "Heather Lindahl"),
        ],
    ),
    (
        """Zoning board OKs variance for dispensary near Main Street despite church's objection

By Kelsey Varga
The Danforth Daily Ledger

DANFORTH, Ill. - A cannabis dispensary can open in a former bank building on East Main Street after the Danforth Zoning Board of Appeals on Thursday granted a variance from the city's 1,000-foot buffer between dispensaries and places of worship.

The board voted 4-1 in favor of the request from Prairie Leaf Wellness, which plans to open in early summer. The building at 212 E. Main St. sits roughly 870 feet from St. Casimir Catholic Church, measured property line to property line.

In a letter to the board, the Rev. Thomas Nowicki, pastor of St. Casimir, wrote that the dispensary would be "an unwelcome presence on the walk our families take to Mass every Sunday" and urged members to "hold the line the council drew for good reason."

Prairie Leaf co-owner Devon Marshall told the board the business would have no exterior signs showing cannabis leaves, would be closed Sunday mornings and would have an armed security guard on duty during business hours.

"We've been in this community's shoes. We grew up here," Marshall said. "We want to be the kind of business people walk past and don't even notice."

Zoning board chairman Phil Ruzicka noted that the walking distance between the two properties is closer to 1,300 feet, because a rail line separates them.

"The purpose of the buffer is to keep these businesses from being right on top of sensitive uses, and in practical terms, this one isn't," Ruzicka said.

Board member Janet Albrecht cast the only vote against the variance. She said the board should not be "rewriting the council's ordinance one exception at a time."

The variance comes as the city looks for ways to fill empty storefronts downtown. According to the Danforth Main Street Association, 11 of the 48 ground-floor spaces in the downtown district are vacant.

Association director Carla Jimenez said the group took no position on the variance but welcomed anything that brings foot traffic downtown. "A vacant building doesn't help anyone," she said.

Danforth voters backed recreational cannabis sales in a 2020 advisory referendum, and the City Council adopted zoning rules for dispensaries the following year. The city collects a 3% local tax on cannabis sales.

City Administrator Mark Hoefling estimated the store could generate $150,000 to $250,000 a year in local tax revenue, based on sales at dispensaries in communities of similar size.

Some residents at Thursday's meeting said that figure was beside the point.

"I don't care how much money it brings in," said Gloria Petrakis, a lifelong Danforth resident and St. Casimir parishioner. "There are things you don't put next to a church."

The decision can be appealed to the City Council within 30 days. A member of the parish council, who asked not to be identified because the parish has not decided how to proceed, said an appeal was "very much on the table.\"""",
        [
            ("an unwelcome presence on the", "Thomas Nowicki"),
            ("hold the line the council", "Thomas Nowicki"),
            ("We've been in this community's", "Devon Marshall"),
            ("We want to be the", "Devon Marshall"),
            ("The purpose of the buffer", "Phil Ruzicka"),
            ("rewriting the council's ordinance one", "Janet Albrecht"),
            ("A vacant building doesn't help", "Carla Jimenez"),
            ("I don't care how much", "Gloria Petrakis"),
            ("There are things you don't", "Gloria Petrakis"),
            ("very much on the table.", "member of the parish council"),
        ],
    ),
]
