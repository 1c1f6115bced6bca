CASES = [
    (
        """San Aurelio council approves 14% water rate increase after heated meeting

By Marisa Quintero
Staff Writer

SAN AURELIO — Residents of this border city will pay more for water starting in October after the City Council voted 5-2 Tuesday night to raise rates by 14 percent, the first increase in six years.

The vote followed nearly three hours of public comment, much of it from residents of the city's older east side neighborhoods, where many households are on fixed incomes.

"We are being asked to pay for pipes that this city ignored for 30 years," said Rosalinda Ybarra, 71, who has lived on Calle Ocotillo since 1978. "Now the bill comes due and it lands on us."

City Manager Tomás Villalobos told the council the increase is needed to cover $38 million in repairs to the water treatment plant and a main line that broke twice last summer, leaving parts of the city under a boil-water notice for nine days.

"There is no version of this where we don't fix the plant," Villalobos said. "The question is only how fast, and how we pay for it."

Under the new rates, the average residential bill will rise from about $52 to $59 a month, according to figures the city's finance department presented Tuesday. Households enrolled in the city's utility assistance program will see a smaller increase of about $3.

Councilmember Javier Ochoa, who represents District 2 and voted against the measure, said the city should have sought more state and federal grant money before turning to ratepayers.

"I'm not convinced we've knocked on every door," Ochoa said. "Fourteen percent in one year is a lot to ask of a family in my district."

Mayor Pro Tem Elena Sauceda disagreed, saying delays would only raise the final cost. She called the plant "a ticking clock" and said the city had already applied for two grants through the Texas Water Development Board.

"If we wait another year, we're not saving anybody money," Sauceda said. "We're just moving the bill to our kids."

Councilmember Ray Dominguez also voted no.

Mayor Arturo Benavides, who votes only to break ties, said after the meeting that he understood residents' frustration.

"Nobody up here enjoys this," Benavides said. "But I'd rather explain a rate increase than explain why people can't drink the water."

The council also directed staff to return within 60 days with options to expand the assistance program, which currently serves about 1,100 households.

The new rates take effect Oct. 1.""",
        [
            ("We are being asked to pay", "Rosalinda Ybarra"),
            ("Now the bill comes due", "Rosalinda Ybarra"),
            ("There is no version of", "Tomás Villalobos"),
            ("The question is only how", "Tomás Villalobos"),
            ("I'm not convinced we've knocked", "Javier Ochoa"),
            ("Fourteen percent in one year", "Javier Ochoa"),
            ("a ticking clock", "Elena Sauceda"),
            ("If we wait another year,", "Elena Sauceda"),
            ("We're just moving the bill", "Elena Sauceda"),
            ("Nobody up here enjoys this,", "Arturo Benavides"),
            ("But I'd rather explain a", "Arturo Benavides"),
        ],
    ),
    (
        """Sheriff: Jail staffing shortage ‘not sustainable,’ deputies pulled from patrol

CHOLLA COUNTY, Ariz. (KVTA) — The Cholla County Sheriff’s Office is asking the Board of Supervisors for emergency funding to hire detention officers, saying vacancies at the county jail have forced deputies to be pulled off patrol to cover shifts.

Sheriff Dale Harkins told the board Wednesday that 41 of the jail’s 118 detention officer positions are empty.

“We are running a jail that was built for a full staff with a little more than two-thirds of one,” Harkins said. “That’s not sustainable, and it’s not safe for my people or for the inmates.”

The sheriff said deputies have worked more than 6,200 hours of mandatory overtime at the jail since January. On some nights, he said, as few as three deputies have been available to patrol the county’s 4,600 square miles.

A detention officer who has worked at the jail for 11 years, and who asked not to be named because she was not authorized to speak publicly, told KVTA that officers are regularly working 16-hour shifts.

“You come in, you don’t know when you’re leaving,” she said. “People are exhausted. People are quitting because they’re exhausted, and then it gets worse for whoever’s left.”

Harkins is requesting $2.3 million to raise starting pay for detention officers from $19.40 an hour to $23 and to offer hiring bonuses of up to $5,000. He said neighboring counties and the Arizona Department of Corrections, Rehabilitation and Reentry are paying more, and the county has lost officers to both.

Supervisor Linda Castañeda-Ruiz, whose district includes the county seat of Mesa Blanca, said she supports raising pay but wants to see a longer-term plan.

“I don’t want to put a Band-Aid on this and be back here in a year,” Castañeda-Ruiz said.

Supervisor Frank Pruitt questioned where the money would come from, noting the county is already projecting a shortfall of about $4 million.

“Every dollar we give the jail is a dollar we take from somewhere else,” Pruitt said. “Roads, the library, the health department. I want to know what we’re cutting.”

In a written statement after the meeting, the Cholla County Detention Officers Association said its members “have been carrying this jail on their backs” and urged supervisors to approve the request.

The board is expected to vote on the funding at its Sept. 18 meeting.

Harkins said he would keep pulling deputies off patrol as long as necessary.

“I don’t like it,” he said. “But I can’t leave that jail short.”

Copyright 2025 KVTA. All rights reserved.""",
        [
            ("not sustainable,", "Dale Harkins"),
            ("We are running a jail", "Dale Harkins"),
            ("That’s not sustainable, and", "Dale Harkins"),
            ("You come in, you don’t", "detention officer"),
            ("People are exhausted. People", "detention officer"),
            ("I don’t want to put", "Linda Castañeda-Ruiz"),
            ("Every dollar we give the", "Frank Pruitt"),
            ("Roads, the library, the health", "Frank Pruitt"),
            ("have been carrying this jail", "Cholla County Detention Officers Association"),
            ("I don’t like it,", "Dale Harkins"),
            ("But I can’t leave that", "Dale Harkins"),
        ],
    ),
    (
        """Rio Seco school board delays vote on four-day week after parents push back

By Daniel Archuleta
darchuleta@rioseconews.com

RIO SECO, N.M. — The Rio Seco Public Schools Board of Education postponed a vote Monday on a proposal to move the district's middle and high schools to a four-day week, after more than 40 parents and teachers signed up to speak.

The proposal, presented by Superintendent Dr. Carmen Lucero-Baca, would have students attend Monday through Thursday with longer school days, while Fridays would be used for teacher training, tutoring and optional enrichment programs.

Lucero-Baca told the board the change would help the district recruit and keep teachers, pointing to a survey in which 68 percent of staff said a four-day schedule would make them more likely to stay.

"We are competing with Albuquerque, with El Paso, with Las Cruces, and we are not winning on salary," she said. "This is one thing we can offer that they can't."

But several parents said the plan would leave them scrambling for child care on Fridays.

Marisol Trujillo, a single mother of three who works as a nursing assistant, said she could not afford to pay for a fourth day of care.

"I can't take Fridays off. My kids can't stay home alone," Trujillo said. "Who's going to watch them? That's the question nobody has answered for me."

Others questioned whether longer days would hurt learning. Grant Whitaker, a parent and retired engineer, cited research from other states and said the district was "moving too fast on too little evidence."

Teachers who spoke were largely in favor. Yolanda Sisneros, who teaches seventh-grade science at Mesilla Vista Middle School and is president of the Rio Seco Federation of Teachers, said the union's members overwhelmingly support the change.

"I've watched good teachers leave this district every single year," Sisneros said. "They don't leave because they don't love the kids. They leave because they're burned out."

Board President Henry Gallegos said the board would hold two more community meetings before taking up the proposal again, likely in November.

"We heard you tonight," Gallegos told the crowd. "We're not going to rush this."

More than two dozen New Mexico districts, most of them rural, have adopted four-day weeks, according to the New Mexico Public Education Department. The Legislature in 2023 increased the minimum number of instructional hours, which some districts said made shorter weeks harder to manage.

Board member Priscilla Ortega asked district staff to return with a detailed plan for Friday programming, including transportation and meals.

"If we do this, Fridays can't just be a day off," Ortega said. "They have to be something."

The next community meeting is scheduled for 6 p.m. Oct. 14 in the Rio Seco High School cafeteria.""",
        [
            ("We are competing with Albuquerque,", "Carmen Lucero-Baca"),
            ("This is one thing we", "Carmen Lucero-Baca"),
            ("I can't take Fridays off.", "Marisol Trujillo"),
            ("Who's going to watch them?", "Marisol Trujillo"),
            ("moving too fast on too", "Grant Whitaker"),
            ("I've watched good teachers leave", "Yolanda Sisneros"),
            ("They don't leave because they", "Yolanda Sisneros"),
            ("We heard you tonight,", "Henry Gallegos"),
            ("We're not going to rush", "Henry Gallegos"),
            ("If we do this, Fridays", "Priscilla Ortega"),
            ("They have to be something.", "Priscilla Ortega"),
        ],
    ),
    (
        """Inmate dies at Cuervo County jail; Texas Rangers investigating

From staff reports

FORT ALAMAR — A 34-year-old man held at the Cuervo County Jail died early Saturday after being found unresponsive in his cell, the Cuervo County Sheriff's Office said.

The man was identified by family members as Marcus Delgado of Fort Alamar. He had been booked into the jail three days earlier on a charge of public intoxication and an outstanding warrant for failure to appear, according to jail records.

In a statement released Saturday afternoon, the sheriff's office said a detention officer conducting a routine check found Delgado unresponsive at about 4:15 a.m. Jail staff began CPR and called emergency medical services, and he was pronounced dead at Cuervo County Memorial Hospital at 4:52 a.m.

"There were no signs of foul play observed at the scene," the statement said. "As is standard in any in-custody death, the Sheriff's Office has requested that the Texas Rangers conduct an independent investigation."

A spokeswoman for the sheriff's office declined to say whether Delgado had been placed on medical or suicide watch, citing the ongoing investigation. She said the office "will cooperate fully" with the Rangers and with the Texas Commission on Jail Standards, which must be notified of any death in a county jail.

Delgado's sister, Angela Delgado-Reyes, said the family learned of his death from a jail chaplain Saturday morning and has received few answers since.

"He went in there for being drunk. Drunk," she said. "He was supposed to sleep it off and come home. Instead, we're planning a funeral."

She said her brother had diabetes and that the family had called the jail Thursday to make sure he was receiving insulin.

"They told us they couldn't give out medical information," Delgado-Reyes said. "I'm not asking for medical information now. I'm asking what happened to my brother."

The family has hired San Antonio attorney Roberto Caldera, who said he had sent a letter to the sheriff's office asking it to preserve all video from the jail's cameras and the logs of cell checks.

"A man doesn't walk into a jail with a treatable condition and leave in a body bag without somebody failing to do their job," Caldera said. "We intend to find out who."

Sheriff Wayne Tolliver did not return a call seeking comment Monday.

A person familiar with jail operations, who spoke on condition of anonymity because they were not authorized to discuss the case, said the jail was operating below minimum staffing levels on the night Delgado died. The sheriff's office did not respond to a question about staffing.

The Texas Commission on Jail Standards cited the Cuervo County Jail in 2022 for failing to conduct timely observation checks, according to the commission's records. The jail was later returned to compliance.

An autopsy has been ordered by the Cuervo County justice of the peace. Results could take several weeks.""",
        [
            ("There were no signs of", "Cuervo County Sheriff's Office"),
            ("As is standard in any", "Cuervo County Sheriff's Office"),
            ("will cooperate fully", "spokeswoman"),
            ("He went in there for", "Angela Delgado-Reyes"),
            ("He was supposed to sleep", "Angela Delgado-Reyes"),
            ("They told us they couldn't", "Angela Delgado-Reyes"),
            ("I'm not asking for medical", "Angela Delgado-Reyes"),
            ("A man doesn't walk into", "Roberto Caldera"),
            ("We intend to find out", "Roberto Caldera"),
        ],
    ),
    (
        """Santa Paula merchants say long border waits are driving away shoppers

By Lupita Encinas
Santa Paula Sentinel

SANTA PAULA, Ariz. — On a typical Saturday a few years ago, Héctor Robles says, the line at his shoe store on Arroyo Avenue stretched out the door. Last Saturday, he counted 14 customers all day.

Robles, who has run Zapatería Robles for 26 years, blames the wait times at the Cerro Gordo Port of Entry for pedestrians and passenger vehicles crossing from Sonora, which he said regularly top two hours on weekends.

“My customers are from Nogales, from Ímuris, from Magdalena,” he said. “They tell me they love the store, but they’re not going to wait three hours to buy shoes.”

According to U.S. Customs and Border Protection data, average weekend wait times for pedestrians at the Cerro Gordo port rose to 97 minutes in July, up from 41 minutes in the same month two years ago.

The Santa Paula Chamber of Commerce surveyed 85 downtown businesses last month. Of those that responded, 70 percent reported lower sales compared with last year, and nearly a third said they had cut staff or hours, according to the survey.

Chamber Executive Director Olga Mendívil said the downtown economy “lives and dies by the border,” and estimated that shoppers from Sonora account for as much as 80 percent of retail sales in the city’s historic district.

“When that line gets long, our sales tax revenue drops, our stores close and our people lose jobs,” Mendívil said. “It’s that direct.”

A CBP spokesperson said in an email that staffing at the port has been affected by the reassignment of officers to other duties along the southwest border, and that the agency is “actively working to restore staffing levels” at Cerro Gordo.

“CBP remains committed to facilitating lawful trade and travel while maintaining the security of our nation’s borders,” the email said.

Mayor Jorge Alvarado-Paz said he has written to the state’s congressional delegation asking for additional officers, and plans to travel to Washington next month with a delegation from the chamber.

“We’ve been asking for this for years. It’s not a new problem,” Alvarado-Paz said. “What’s new is how bad it’s gotten.”

Not everyone downtown blames the border alone. Teresa Kuykendall, who owns a coffee shop two blocks from the port, said online shopping and rising rents have also hurt small stores. Still, she said, weekend traffic from Mexico had been “the thing that kept us alive.”

For Robles, the math is simple. He said he will give it until the end of the year.

“If it doesn’t get better by Christmas, I don’t know,” he said. “Maybe I close. After 26 years, maybe I close.”""",
        [
            ("My customers are from Nogales,", "Héctor Robles"),
            ("They tell me they love", "Héctor Robles"),
            ("lives and dies by the", "Olga Mendívil"),
            ("When that line gets long,", "Olga Mendívil"),
            ("It’s that direct.", "Olga Mendívil"),
            ("actively working to restore staffing", "spokesperson"),
            ("CBP remains committed to facilitating", "spokesperson"),
            ("We’ve been asking for this", "Jorge Alvarado-Paz"),
            ("What’s new is how bad", "Jorge Alvarado-Paz"),
            ("the thing that kept us", "Teresa Kuykendall"),
            ("If it doesn’t get better", "Héctor Robles"),
            ("Maybe I close. After 26", "Héctor Robles"),
        ],
    ),
    (
        """Valle Verde council OKs shelter permit despite neighbors' objections

By Sarah Benavidez, KRQN News 7

VALLE VERDE, N.M. (KRQN) — After more than four hours of debate, the Valle Verde City Council voted 4-3 late Wednesday to grant a special use permit for a 60-bed homeless shelter in a former motel on West Bosque Road.

The shelter will be operated by Puerta Abierta, a nonprofit that already runs a day center and food pantry in the city. The organization bought the two-story Sunset Inn last year using a mix of state grants and private donations.

Councilor Miguel Archibeque, who cast the deciding vote, explained his reasoning before the roll call:

"I've heard every concern tonight, and I take them seriously. I've also driven down Bosque Road at 10 o'clock at night in January and seen people sleeping in the arroyo.

"We can keep saying no to every site that comes before us. And next winter, people will still be sleeping in the arroyo. I'm not willing to do that."

Neighbors who live near the motel packed the council chambers, many wearing red shirts. Several said the city had not done enough to notify residents before the permit hearing.

Donna Kessler, who lives about two blocks from the site, said she worried about safety near Los Alamitos Elementary School, which is less than half a mile away.

"Nobody here is against helping people," Kessler said. "We're against putting this next to a school without a real plan for security."

Councilor Ruth Ann Baca, who voted against the permit, said she supported a shelter but not at that location.

"The need is real. The location is wrong," she said.

Puerta Abierta Executive Director Felipe Montoya said the shelter would have staff on site 24 hours a day, security cameras and a "good neighbor" agreement with the surrounding neighborhood association.

Montoya told reporters after the vote that the organization hopes to open the shelter before the first freeze.

"Our guests are already in this neighborhood. They're in the arroyo, they're behind the shopping center," Montoya said. "What we're offering is a bed, a shower, a case manager and a door that locks. That makes everybody safer."

The permit comes with 14 conditions, including a requirement that Puerta Abierta meet quarterly with neighbors and submit annual reports to the city.

Opponents have 30 days to appeal the decision to state district court. Kessler said residents were "looking at all of our options."

Valle Verde police Chief Anthony Sena said in a memo to the council that calls for service near existing shelters in the city had not increased significantly over the past three years. The memo said the department would "monitor the area closely" once the shelter opens.""",
        [
            ("I've heard every concern tonight,", "Miguel Archibeque"),
            ("We can keep saying no", "Miguel Archibeque"),
            ("Nobody here is against helping", "Donna Kessler"),
            ("We're against putting this next", "Donna Kessler"),
            ("The need is real. The", "Ruth Ann Baca"),
            ("Our guests are already in", "Felipe Montoya"),
            ("What we're offering is a", "Felipe Montoya"),
            ("looking at all of our", "Donna Kessler"),
            ("monitor the area closely", "Anthony Sena"),
        ],
    ),
    (
        """Paloma ISD asks voters for $186 million bond for new high school

by: KTXV Staff
Posted: Aug 15, 2025 / 06:42 PM CDT

PALOMA, Texas (KTXV) — Voters in the Paloma Independent School District will decide in November whether to approve a $186 million bond package that would pay for a second high school and safety upgrades at every campus.

The district’s board of trustees voted unanimously Thursday night to call the election.

Paloma ISD Superintendent Ricardo Elizondo told reporters after the meeting that Paloma High School, built for 1,800 students, now enrolls more than 2,600.

“We have kids eating lunch at 10:15 in the morning because that’s the only way we can get everyone through the cafeteria,” Elizondo said. “We have 22 portable buildings on that campus. That’s a campus that ran out of room a long time ago.”

According to the district, the package includes $142 million for a new high school on district-owned land off FM 1017, $28 million for secured entrances, cameras and door upgrades at all 14 campuses, and $16 million for buses and roof repairs.

If approved, the bond would raise the district’s tax rate by about 6 cents per $100 of valuation, the district said. For the owner of a home valued at $200,000, that would mean about $120 a year, according to district estimates. Homeowners 65 and older whose taxes are frozen would not see an increase.

“We understand that is real money for families,” the district said in a statement posted to its website. “Trustees worked to keep the package focused on what our students need most.”

Not everyone is on board. Curtis Wheeler, chairman of the Paloma County Taxpayers Alliance, said the group would campaign against the bond.

“They’re asking for more than they need, and they’re asking at a time when people are already getting crushed by appraisals,” Wheeler said.

Trustee Norma Garza-Leal said the district spent nearly a year gathering input from a 40-member citizens’ committee before settling on the final package, which was cut from an earlier $240 million proposal.

“This is not a wish list,” Garza-Leal said. “We cut $54 million out of this because the committee told us to.”

Jessica Tran, a mother of two at Paloma High, told KTXV her daughter’s chemistry class meets in a portable building without running water.

“They can’t do half of the labs,” Tran said. “How are you supposed to get kids ready for college like that?”

Paloma ISD’s last bond, a $64 million package for two elementary schools, passed in 2017 with 58% of the vote. A 2021 bond for athletic facilities failed.

Election Day is Nov. 4. Early voting begins Oct. 20.""",
        [
            ("We have kids eating lunch", "Ricardo Elizondo"),
            ("We have 22 portable buildings", "Ricardo Elizondo"),
            ("We understand that is real", "Paloma Independent School District"),
            ("Trustees worked to keep the", "Paloma Independent School District"),
            ("They’re asking for more than", "Curtis Wheeler"),
            ("This is not a wish", "Norma Garza-Leal"),
            ("We cut $54 million out", "Norma Garza-Leal"),
            ("They can’t do half of", "Jessica Tran"),
            ("How are you supposed to", "Jessica Tran"),
        ],
    ),
    (
        """Sierra Oscura sheriff, commissioners clash over budget cuts

By Tom Eckhardt
Caballo Valley Courier

TIERRA BLANCA, N.M. — Sierra Oscura County Sheriff Lorenzo Madrid accused county commissioners Tuesday of "playing politics with public safety" after the commission approved a budget that cuts his department's overtime allotment by 30 percent.

The commission voted 3-2 to approve the $41.6 million budget for the fiscal year that begins July 1. The sheriff's office budget of $7.9 million is roughly flat compared with last year, but overtime funding drops from $610,000 to $427,000.

In a letter to commissioners sent Monday and shared with the Courier, Madrid wrote that the cut would leave rural parts of the county without a deputy on duty for parts of the night.

"I will not be able to guarantee coverage in the northern district between 2 a.m. and 6 a.m. under this budget," the letter said. "I want that on the record, so that when a family in Cañoncito calls 911 and waits 50 minutes, everyone understands why."

Commission Chair Dolores Gurulé said the commission had no choice after gross receipts tax revenue fell by nearly $2 million, largely because of a slowdown in oil and gas activity in the county's southeastern corner.

"Every department took a cut. Every single one," Gurulé said. "The sheriff is not being singled out, and frankly, I resent the suggestion that we don't care about public safety."

She said the sheriff's office has the largest budget of any county department and has exceeded its overtime budget in each of the last three years.

Commissioner Ben Otero, who voted against the budget along with Commissioner Alma Chávez, said he agreed the county needed to cut costs but not from law enforcement.

"We can find $180,000 somewhere else," Otero said. "I'd rather delay a road project than tell people in the north end nobody's coming."

Madrid, who is in his second term, spoke for nearly 15 minutes during the public comment period. He told commissioners his department has eight deputies on the road covering about 6,800 square miles.

"I'm not up here asking for a raise. I'm not asking for new trucks," he said. "I'm asking for enough money to put a deputy on the road at night.

"That's it. That's the whole request. And if this commission can't find that, then I'll be telling the voters exactly who couldn't find it."

Gurulé later said the commission would revisit the sheriff's overtime budget in January, once mid-year revenue figures are available.

County Manager Patrick Shaughnessy said in an interview Wednesday that the county could move money from its reserve fund if revenues come in higher than projected. He described the budget as "conservative by design."

The last sheriff to publicly feud with the commission, the late Eusebio "Chevo" Apodaca, sued the county over his budget in 1998. The case was settled out of court.

Asked after the meeting whether he would take legal action, Madrid said only: "We'll see." He did not elaborate.""",
        [
            ("playing politics with public safety", "Lorenzo Madrid"),
            ("I will not be able", "Lorenzo Madrid"),
            ("I want that on the", "Lorenzo Madrid"),
            ("Every department took a cut.", "Dolores Gurulé"),
            ("The sheriff is not being", "Dolores Gurulé"),
            ("We can find $180,000 somewhere", "Ben Otero"),
            ("I'd rather delay a road", "Ben Otero"),
            ("I'm not up here asking", "Lorenzo Madrid"),
            ("I'm asking for enough money", "Lorenzo Madrid"),
            ("That's it. That's the whole", "Lorenzo Madrid"),
            ("conservative by design.", "Patrick Shaughnessy"),
            ("We'll see.", "Lorenzo Madrid"),
        ],
    ),
]
