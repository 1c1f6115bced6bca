CASES = [
    ("""ASHEBORO, N.C. — A 34-year-old Randolph County man faces multiple charges after a late-night chase that began at a convenience store on U.S. 64 and ended with his pickup overturned in a creek near Ramseur, according to the Randolph County Sheriff’s Office.

Deputies were called to the Quik Stop & Go on East Dixie Drive shortly after 11 p.m. Monday after a clerk reported that a man had displayed a handgun and demanded cash, the sheriff’s office said in a news release.

“Our deputies located the vehicle within minutes, and the driver chose to run. He put a lot of people at risk last night, including himself,” Sheriff Darrell W. Pruitt said Tuesday afternoon.

The suspect, identified as Travis Lee Maness, of Franklinville, was taken to a hospital in Asheboro for treatment of minor injuries before being booked into the Randolph County jail under a $250,000 secured bond. He is charged with robbery with a dangerous weapon, felony fleeing to elude arrest and driving while license revoked.

Pruitt said the pursuit reached speeds of nearly 100 mph on N.C. 49 before Maness lost control on a curve near Mill Creek Road. No deputies were hurt.

The store clerk, who asked not to be identified, told a reporter the man seemed “jittery” and kept glancing at the parking lot before he pulled the gun.

“I just did what they tell you to do. I gave him the drawer and got down on the floor. I’ve worked here six years and never had anything like this,” she said.

Carla Hinshaw, who owns the store with her husband, said the clerk would take the rest of the week off with pay. “She’s the toughest person I know, but nobody should have to go through that,” Hinshaw said.

Court records show Maness was released from prison in March after serving time for a 2019 breaking-and-entering conviction. A first appearance was scheduled for Wednesday in Randolph County District Court. It was not immediately known whether he had an attorney.

The sheriff’s office also used the arrest to remind residents about its “Lock It or Lose It” campaign, which encourages drivers to secure their vehicles and any firearms inside them. In a Facebook post Tuesday, the agency wrote that the handgun recovered from the creek “appears to have been stolen from an unlocked car” in Asheboro last month.

Anyone with information about the case is asked to call Randolph County Crime Stoppers.""",
     [
         ("Our deputies located the vehicle", "Darrell W. Pruitt"),
         ("jittery", "store clerk"),
         ("I just did what they", "store clerk"),
         ("She’s the toughest person I", "Carla Hinshaw"),
         ("appears to have been stolen", "Randolph County Sheriff’s Office"),
     ]),

    ('''LAKE CHARLES, La. — Crews across Calcasieu Parish spent Thursday clearing downed trees and restoring power after a line of severe storms swept through Southwest Louisiana overnight, leaving more than 18,000 customers in the dark at the peak.

The National Weather Service office in Lake Charles confirmed that an EF-1 tornado touched down near Moss Bluff around 2:40 a.m., with estimated peak winds of 105 mph. A survey team spent most of the day documenting damage along a path roughly 4 miles long.

"We found snapped pines, a couple of mobile homes shifted off their foundations and one barn that was completely destroyed. Thankfully, we have no reports of serious injuries," said meteorologist Kendra Broussard, who led the survey.

Broussard said the storm spun up quickly along a squall line and that a warning was issued about eight minutes before the tornado touched down.

Bayou Coast Electric Cooperative said in a statement that line crews from Texas and Mississippi had been brought in and that most members should have power back "by late Friday evening." As of 6 p.m. Thursday, about 4,200 customers remained without service, according to the co-op's outage map.

At a news conference outside the parish Office of Homeland Security and Emergency Preparedness, Police Jury President Wade Fontenot urged residents to stay off rural roads while crews worked.

"If you don't have to be out there, please don't be out there. We've got lines down in places you can't see until you're right on top of them," Fontenot said.

On Ledoux Road, where the roof of a single-wide trailer ended up in a neighbor's pasture, Arlene Guidry said she woke up to what sounded like "a freight train sitting on top of the house."

"My husband grabbed the grandbaby and we got in the hallway. It was over in maybe 30 seconds. Thirty seconds, and look at all this," she said.

The parish has opened a debris drop-off site at the Moss Bluff fairgrounds, and Red Cross volunteers were going door to door to assess damage. A spokesperson for the Red Cross said Thursday that "a handful of households" had asked for help with temporary lodging so far.

Forecasters say another round of storms is possible Saturday, though the threat appears lower. KLCW's "First Alert Weather Day" remains in effect for Saturday afternoon.''',
     [
         ("We found snapped pines, a couple", "Kendra Broussard"),
         ("by late Friday evening", "Bayou Coast Electric Cooperative"),
         ("If you don't have to", "Wade Fontenot"),
         ("a freight train sitting on", "Arlene Guidry"),
         ("My husband grabbed the grandbaby", "Arlene Guidry"),
         ("a handful of households", "spokesperson"),
     ]),

    ("""MARYVILLE, Tenn. — The Holston Valley Board of Education voted 6-3 Wednesday night to close Riverbend Elementary School at the end of the school year, a decision that followed more than two hours of public comment and at least one shouting match in the board’s meeting room.

Under the plan, Riverbend’s roughly 240 students will be split between Holston Ridge and Cedar Bluff elementary schools beginning in August. District officials say the 71-year-old building needs an estimated $14 million in repairs, including a new roof and heating and cooling system.

Superintendent Dr. LaToya Whitfield-Harris told the board the district had “run out of good options” for the building.

“Nobody up here wanted to be having this conversation,” Whitfield-Harris said. “But I can’t in good conscience ask families to send their children into a building where we’re putting buckets under the ceiling tiles every time it rains.

“What I can promise is that every Riverbend child will have a seat, a bus and a teacher who knows their name.”

Board member Glenn Ousley, whose district includes Riverbend, cast one of the three no votes. He said the district had not seriously studied a partial renovation and called the timeline “rushed from start to finish.”

Parents who spoke during public comment were nearly unanimous in their opposition. Many wore green T-shirts printed with “Riverbend Strong,” the name of a parent group that formed after the closure was first floated in October.

Melissa Corbitt, a mother of two Riverbend students and one of the group’s organizers, put it bluntly: “You are taking the one thing that holds this neighborhood together.”

Another parent, who gave only her first name, Tasha, told board members her son has autism and has worked with the same classroom aide since kindergarten. “He doesn’t do well with change. Nobody has told me whether that aide is going with him,” she said.

A spokesperson for Holston Valley Schools said after the meeting that staffing decisions would be made “in the spring, once enrollment numbers are final,” and that families would receive letters with their new school assignments by Feb. 1.

The board’s vote followed a consultant’s report, “Facilities for the Future: A 10-Year Plan for Holston Valley Schools,” which recommended closing or consolidating four elementary schools over the next decade.

The Holston Valley Education Association, which represents the district’s teachers, said in a post on X late Wednesday that it was “disappointed but not surprised” by the outcome and urged the board to “keep Riverbend’s teachers together” wherever possible.""",
     [
         ("run out of good options", "LaToya Whitfield-Harris"),
         ("Nobody up here wanted to", "LaToya Whitfield-Harris"),
         ("But I can’t in good", "LaToya Whitfield-Harris"),
         ("rushed from start to finish", "Glenn Ousley"),
         ("You are taking the one", "Melissa Corbitt"),
         ("He doesn’t do well with", "Tasha"),
         ("in the spring, once enrollment", "spokesperson"),
         ("disappointed but not surprised", "Holston Valley Education Association"),
         ("keep Riverbend’s teachers together", "Holston Valley Education Association"),
     ]),

    ("""GLASGOW, Mont. — Frances Mahoney Memorial Hospital will stop delivering babies at the end of June, hospital officials announced Monday, leaving expectant mothers across much of northeastern Montana with a drive of several hours to the nearest birthing center.

The 25-bed critical access hospital said it had been unable to recruit enough obstetric nurses and that the two family physicians who handle most of its deliveries plan to retire this year. The hospital delivered 84 babies last year, down from 131 in 2015.

“This was the hardest decision this board has made in my time here,” said Dale Okerlund, chairman of the hospital’s board of trustees. He said trustees spent eight months looking for alternatives, including a partnership with a larger health system in Billings.

Chief Executive Officer Renee Lindqvist said the hospital would continue to offer prenatal and postpartum care and would keep an emergency physician on call around the clock for women who arrive in active labor.

“We are not walking away from mothers in this community,” she said. “We are being honest about what we can safely do.”

Dr. Samuel Red Horse, one of the retiring physicians, said in an interview that he supported the decision but worried about the winter months.

“You get a first-time mom in February, the highway’s closed, and she’s four hours from Billings. That’s the part that keeps me up at night,” Red Horse said.

The Montana Rural Health & Hospital Alliance has counted at least seven obstetric unit closures in rural parts of the state since 2014. In a report released last fall, titled “Miles to Care,” the alliance warned that the closures were creating “maternity care deserts” across the eastern half of Montana.

State Rep. Karen Fjeld, R-Glasgow, said she plans to introduce a bill next session to create a grant program for rural obstetric staffing. In a Facebook post Monday night, Fjeld called the closure “a wake-up call for Helena.”

Kayla Stiffarm, who gave birth to her daughter at the hospital in March, said she was grateful she had the option close to home. Her labor lasted less than three hours, she said.

The hospital said patients currently receiving prenatal care would be contacted in the coming weeks to discuss delivery plans.""",
     [
         ("This was the hardest decision", "Dale Okerlund"),
         ("We are not walking away", "Renee Lindqvist"),
         ("We are being honest about", "Renee Lindqvist"),
         ("You get a first-time mom", "Samuel Red Horse"),
         ("maternity care deserts", "Montana Rural Health & Hospital Alliance"),
         ("a wake-up call for Helena", "Karen Fjeld"),
     ]),

    ('''NEOSHO, Mo. — Neosho residents will pay about $9 more a month for water and sewer service starting in January after the City Council approved a rate increase Tuesday night on a 4-1 vote.

The increase, the city's first since 2017, will help pay for a $22 million upgrade to the wastewater treatment plant on the south side of town, according to a memo from City Manager Phil Autry. The work is required under a consent agreement the city signed with state regulators in 2022 after repeated violations of its discharge permit.

The aging plant, known to generations of residents as "the Stink Plant" because of its odor on humid summer days, was built in 1968 and last expanded in 1991. Autry's memo says several of its pumps are no longer manufactured and replacement parts have to be custom-made.

Councilwoman Dana Sturgill, who cast the lone no vote, said she supports the plant project but wanted the increase phased in over three years. She said a single jump would land hardest on "the folks who can least afford it," including retirees on fixed incomes.

Mayor Curtis Blevins disagreed.

"Spreading it out just means we borrow more and pay more interest, and that cost lands on the same people," Blevins said.

Several residents spoke during the public hearing. Gene Tolliver, 78, who lives on Baxter Street, said his bill had gone up every year for a decade because of usage and trash fees and that he was "tired of being nickel-and-dimed by City Hall."

Under the new rates, a household using 5,000 gallons a month will pay about $71 for water and sewer, up from roughly $62. Customers 65 and older who qualify for the city's utility assistance program will continue to receive a 15% discount.

The council also voted unanimously to hold a town hall in February on the plant project. Construction is expected to begin in the spring and take about two years.''',
     [
         ("the folks who can least", "Dana Sturgill"),
         ("Spreading it out just means", "Curtis Blevins"),
         ("tired of being nickel-and-dimed by", "Gene Tolliver"),
     ]),

    ("""BROKEN ARROW, Okla. — A former treasurer of a Broken Arrow youth sports league was sentenced Friday to eight years in prison for embezzling more than $310,000 from the organization over six years, prosecutors said.

Jerome Pettibone, 52, pleaded guilty in September to one count of embezzlement and one count of computer fraud. Tulsa County District Judge Anita Crowe-Spence also ordered him to pay full restitution to the Green Country Youth Basketball & Cheer Association, which serves about 900 children in Broken Arrow and Coweta.

Investigators said Pettibone used the league’s debit card to pay for casino trips, car payments and a timeshare in Branson, Missouri, between 2016 and 2022. The thefts came to light when volunteers discovered the league could not cover referee fees for its annual “Hoops for Hope” tournament, which raises money for families of children with cancer.

In a statement after the hearing, the Tulsa County District Attorney’s Office said Pettibone had “stolen from children, plain and simple,” and thanked the league’s volunteers for their help with the investigation.

Pettibone’s attorney, Marcus Dial, had asked for a suspended sentence, arguing that his client suffered from a gambling addiction and had no prior criminal record. Speaking to reporters outside the courtroom, Dial said Pettibone was “deeply ashamed” and had been attending treatment since his arrest.

League President Shonda Keel read a victim impact statement describing how the organization canceled its 2022 spring season and suspended a program that waived fees for low-income families. The program has since been restored with help from local businesses and a booster club.

Pettibone declined to address the court. He was taken into custody after the hearing.

Under Oklahoma law, he will be eligible for parole after serving a portion of his sentence.""",
     [
         ("stolen from children, plain and", "Tulsa County District Attorney’s Office"),
         ("deeply ashamed", "Marcus Dial"),
     ]),

    ("""AMARILLO, Texas — Health officials are asking anyone who visited the emergency department at Canyon Plains Medical Center on two days last week to check their vaccination records after a patient there was later confirmed to have measles.

The Panhandle-Llano Public Health District said the patient, an unvaccinated child from Randall County, was in the emergency room waiting area from 4 p.m. to 9:30 p.m. on March 3 and from 10 a.m. to 2 p.m. on March 5.

“Measles is one of the most contagious diseases we know of,” Dr. Alan Brisco, the district’s health authority, said at a briefing Monday. He said as many as 9 in 10 unvaccinated people exposed to the virus will become infected, and that symptoms can take up to three weeks to appear.

Canyon Plains said in a statement that it was contacting patients and employees who were in the department during those hours and that staff had “followed all infection-control protocols” once measles was suspected.

A nurse at the hospital, who spoke on the condition of anonymity because she was not authorized to speak to reporters, said the child was not moved to an isolation room for more than an hour after arriving.

“By the time anybody said the word measles, that waiting room had been packed all afternoon,” she said.

The hospital did not respond Monday to questions about the nurse’s account.

It is the fourth confirmed measles case in the Texas Panhandle this year, according to the district. Officials said the three earlier cases, all in Gray County, were not linked to this one.

The district is holding free “MMR Saturday” vaccine clinics this weekend at its offices in Amarillo and Canyon. Brisco said people who are unsure whether they were vaccinated should call their doctor before showing up at a clinic or emergency room with symptoms, so staff can take steps to prevent further spread.""",
     [
         ("Measles is one of the", "Alan Brisco"),
         ("followed all infection-control protocols", "Canyon Plains Medical Center"),
         ("By the time anybody said", "nurse at the hospital"),
     ]),

    ("""DECORAH, Iowa — Winneshiek County supervisors voted Monday to permanently close the Old Mill Road bridge over the Upper Iowa River, ending more than a century of traffic on one of the last steel truss bridges still in use in northeast Iowa.

The 1912 bridge has been limited to vehicles under 5 tons since 2019. A state inspection in March gave its deck and supporting structure the second-lowest possible rating, and County Engineer Beth Ann Sorensen told the Board of Supervisors last month that repairs would cost at least $1.8 million, with no guarantee of extending the bridge’s life by more than a decade.

Replacing it with a modern concrete span would cost an estimated $3.2 million. The board voted 3-2 to close it instead and to remove the structure within two years unless another party agrees to take ownership.

“It’s been part of this valley longer than any of us, but I won’t put a school bus on it,” said Supervisor Lyle Haugen, who voted with the majority.

Supervisor Maren Thorsgaard, who voted no, said she would have preferred to apply for a federal bridge grant before making a final decision.

Farmers who use the crossing to reach the grain elevator in Freeport say the closure will add as much as 11 miles to their route. Darrel Kjos, who farms about 900 acres north of the river, said the detour would cost him time and fuel during harvest.

The Friends of the Upper Iowa River Valley & Heritage Trails, a volunteer group that has pushed for years to preserve the bridge, said on its website Tuesday that it was “exploring every option” to move the span to a county park and reuse it as a pedestrian crossing. The group hosts an annual “Bridge Day” picnic at the site each September.

Sorensen said signs and concrete barriers would go up at both ends of the bridge by the end of the month. Detour routes will be posted on the county’s website.""",
     [
         ("It’s been part of this", "Lyle Haugen"),
         ("exploring every option", "Friends of the Upper Iowa River Valley & Heritage Trails"),
     ]),
]
