CASES = [
    (
        """Council narrowly approves $412 million police budget after marathon session

By Renee Castellano
Staff Writer

PORT CALDER — The City Council voted 7-6 early Wednesday to approve a $412 million budget for the Port Calder Police Department, ending a six-hour meeting that drew more than 200 speakers and repeated interruptions from the gallery.

The spending plan, which includes money for 45 new officer positions and an expanded mental health co-responder program, passed shortly after 1 a.m. Council President Gloria Abernathy cast the deciding vote.

"This is not the budget anybody in this room wanted," Abernathy said before the roll call. "But it is the budget that keeps patrol cars on the street and puts clinicians in them, and I can live with that."

Council member Marcus Ocheltree, who represents the city's East Bottoms district, led the opposition. He argued that the new officer positions would cost about $6.8 million a year and said the money would be better spent on youth programs and street lighting.

"We keep being told that more officers means less crime," Ocheltree said. "My neighbors have heard that for 20 years. They're still waiting."

Police Chief Leonard Basko told council members the department had 118 vacancies and that response times for the most serious calls had climbed to an average of 11 minutes, up from just under eight in 2019.

"When somebody calls 911 because their door is being kicked in, eight minutes already feels like a lifetime," Basko said. "Eleven is unacceptable."

The budget also sets aside $3.2 million to expand the co-responder program, which pairs officers with licensed social workers on calls involving mental health crises. The program currently operates in two of the city's five patrol divisions.

Dr. Anita Sorensen, who directs behavioral health services for Calder County, said the expansion could cut down on repeat calls. In a letter to the council, she wrote that the pilot had shown "measurable reductions in emergency room transports" for people in crisis.

Several speakers during public comment urged the council to go further. Tamika Bright, an organizer with the Calder Safety Coalition, said the group would push for a ballot measure next year to create an independent civilian oversight board with subpoena power.

"You can't fund your way out of a trust problem," Bright said.

The Fraternal Order of Police Lodge 14 praised the vote. "Tonight the council stood with the men and women who answer the call," the union said in a statement posted to social media shortly after the meeting ended.

Mayor Howard Lindqvist, who proposed the budget in April, is expected to sign it this week. A spokeswoman for the mayor said he was "grateful to the council for getting this done."

The budget takes effect July 1.""",
        [
            ("This is not the budget", "Gloria Abernathy"),
            ("But it is the budget", "Gloria Abernathy"),
            ("We keep being told that", "Marcus Ocheltree"),
            ("My neighbors have heard that", "Marcus Ocheltree"),
            ("When somebody calls 911 because", "Leonard Basko"),
            ("Eleven is unacceptable.", "Leonard Basko"),
            ("measurable reductions in emergency room", "Anita Sorensen"),
            ("You can't fund your way", "Tamika Bright"),
            ("Tonight the council stood with", "Fraternal Order of Police Lodge 14"),
            ("grateful to the council for", "spokeswoman"),
        ],
    ),
    (
        """Bus operator hurt in attack on Route 22; union calls for barriers on every bus

Posted 5:47 PM, updated 9:12 PM

MILLBROOK, Ohio (WKTV) — A Millbrook Regional Transit Authority bus driver was taken to the hospital Tuesday afternoon after a passenger punched him several times near the corner of Euclid Avenue and 14th Street, police said.

The driver, a 58-year-old man who has worked for the agency for 19 years, was treated at Grant Memorial Hospital for injuries to his face and released Tuesday evening, according to the transit authority.

Millbrook police said officers arrested a 34-year-old man a few blocks away. He faces a charge of felonious assault. Police have not released his name pending formal charges.

Witnesses told WKTV the argument began over a fare.

“He just kept saying he didn’t have to pay, and the driver said OK, fine, sit down,” said Latoya Prince, who was riding to work. “Then the guy turned around and started swinging. It happened so fast.”

Prince said other riders pulled the man off the driver and one called 911.

It’s the fourth assault on an MRTA operator this year, according to Amalgamated Transit Union Local 1129, which represents about 900 drivers and mechanics.

Union president Darnell Cooksey said the agency has been too slow to install full operator barriers on its fleet. About 60 percent of MRTA buses have them, he said.

“We’ve been asking for this since before the pandemic,” Cooksey said. “How many of our people have to get hurt before every single bus has a shield?”

In a statement, the transit authority said the safety of operators and riders is “our highest priority” and that barriers would be installed on the remaining buses by the end of next year.

“We are heartbroken that one of our operators was hurt doing his job,” MRTA CEO Sandra Velasquez-Hart said in the statement. “We are working closely with Millbrook police and will support prosecution to the fullest extent.”

The agency also plans to add transit police patrols on Route 22 and two other lines with high numbers of reported incidents, a spokesman said.

Ohio law already makes assaulting a transit operator a more serious offense than a typical assault. State Rep. Kevin Molnar, a Democrat from Millbrook, said Tuesday he plans to introduce a bill that would let transit agencies ban people convicted of assaulting operators from riding for up to a year.

“If you put your hands on a driver, you should lose the privilege of riding that bus,” Molnar said.

Cooksey said the union would hold a rally outside MRTA headquarters Thursday morning.

Copyright 2024 WKTV. All rights reserved.""",
        [
            ("He just kept saying he", "Latoya Prince"),
            ("Then the guy turned around", "Latoya Prince"),
            ("We’ve been asking for this", "Darnell Cooksey"),
            ("How many of our people", "Darnell Cooksey"),
            ("our highest priority", "Millbrook Regional Transit Authority"),
            ("We are heartbroken that one", "Sandra Velasquez-Hart"),
            ("We are working closely with", "Sandra Velasquez-Hart"),
            ("If you put your hands", "Kevin Molnar"),
        ],
    ),
    (
        """Purple Line extension delayed again, now expected to open in 2029

Cost of 6.4-mile light rail project climbs to $1.9 billion

By Owen Pritchard
The Harrowgate Star-Ledger

The long-promised Purple Line light rail extension to Westbrook and the airport will not open until at least spring 2029, transit officials said Thursday, a delay of nearly two years that comes with a $240 million increase in the project's price tag.

Officials with the Tri-County Regional Transit District blamed the setback on problems relocating underground utilities along Commerce Boulevard and on a dispute with a contractor over the design of the elevated station at Westbrook Mall.

Jerome Whitaker, the district's general manager, laid out the new timeline at a board meeting that at times grew tense.

"I'm not going to stand up here and pretend this is good news," Whitaker told the board. "It isn't. We underestimated what was under Commerce Boulevard, and we own that.

"What I can tell you is that we have a schedule now that is built on what we actually found in the ground, not on what the old maps said was there."

Board member Felicia Okafor, who represents Westbrook, said residents had been told in 2019 that trains would be running by 2026.

"People bought homes on the strength of that promise," she said. "Small businesses signed leases. I have a hard time looking them in the eye."

According to a report presented to the board, the project's total cost is now estimated at $1.93 billion, up from $1.69 billion in the last update 18 months ago. The federal government is covering about half of the cost through a Capital Investment Grant. District staff said they did not expect the delay to put that money at risk, though a letter from the Federal Transit Administration included in the report asked for "a detailed recovery plan" by the end of the year.

The contractor, Keystone-Marlow Joint Venture, disputed the district's account of the station design dispute. In a written response, the company said it had flagged the design conflicts "repeatedly and in writing beginning in 2022" and that the district had been slow to respond.

Whitaker declined to comment on the dispute, citing ongoing negotiations.

The delay drew a sharp response from Harrowgate Mayor Celeste Dunmore, who has made the extension a centerpiece of her push to connect the city's west side to jobs near the airport.

Her statement was blunt: "Taxpayers deserve better than a moving finish line. I expect the district to come back to this city with real accountability, not just a new date."

Not everyone was surprised. A longtime district engineer, who asked not to be named because he was not authorized to speak publicly, said staff had warned managers about the utility conflicts more than two years ago.

"Everybody downstairs knew about it," the engineer said. "The schedule was never realistic."

The board is expected to vote next month on an amended budget for the project.""",
        [
            ("I'm not going to stand", "Jerome Whitaker"),
            ("It isn't. We underestimated", "Jerome Whitaker"),
            ("What I can tell you", "Jerome Whitaker"),
            ("People bought homes on the", "Felicia Okafor"),
            ("Small businesses signed leases.", "Felicia Okafor"),
            ("a detailed recovery plan", "Federal Transit Administration"),
            ("repeatedly and in writing beginning", "Keystone-Marlow Joint Venture"),
            ("Taxpayers deserve better than a", "Celeste Dunmore"),
            ("Everybody downstairs knew about it", "longtime district engineer"),
            ("The schedule was never realistic.", "longtime district engineer"),
        ],
    ),
    (
        """Family demands release of body camera video after officer shoots man in Eastgate

By Marisol Vega, KRLN 7 News

Published: Oct. 14, 2023 at 6:05 PM CDT

DELFORD, Texas (KRLN) - The family of a 27-year-old man shot by a Delford police officer early Saturday is calling on the department to release body camera footage of the encounter.

Police say officers were called to an apartment complex in the 2400 block of Hollis Street around 2:30 a.m. after a report of a man with a gun. According to a preliminary account released by the Delford Police Department, an officer fired when the man "turned toward officers while holding what appeared to be a handgun."

The man, identified by his family as Andre Mitchell, was taken to Delford General Hospital in critical condition. He was listed in stable condition Monday afternoon, his relatives said.

Police said a black BB pistol was recovered at the scene.

Mitchell's mother, Yvonne Mitchell, spoke to reporters outside the hospital Monday.

"My son was not a threat to anybody," she said. "He was standing outside his own building. I want to see what they saw. I want everybody to see it."

The family's attorney, Raymond Childs, said they had asked the department for the footage but had not received a response.

"If the video shows what the police say it shows, then release it," Childs said. "What are they waiting for?"

Delford Police Chief Sheryl Brandt said at a news conference Monday that the department intends to release the video "as quickly as the law and the investigation allow," but would not give a timeline. Under department policy adopted in 2021, video of police shootings is typically released within 30 days.

Brandt said the officer, a five-year veteran whose name has not been released, has been placed on administrative leave, which is standard procedure.

"I understand the community wants answers. I want answers too," Brandt said. "We are going to do this the right way."

The Tamlin County District Attorney's Office and the department's internal affairs division are investigating the shooting. A spokesperson for the district attorney's office confirmed the review but declined to comment further.

A neighbor who lives in the complex and asked KRLN not to use her name because she feared retaliation said she heard two shots and then yelling.

"I looked out the window and there were like six police cars," she said. "Then I heard somebody screaming that it was a toy."

Council member Dwayne Hollister, whose district includes Eastgate, said he had spoken with the chief and with the Mitchell family.

"Both of them deserve transparency, and so does this neighborhood," Hollister said.

A vigil is planned for Tuesday evening at Eastgate Community Park.

Copyright 2023 KRLN. All rights reserved.""",
        [
            ("turned toward officers while holding", "Delford Police Department"),
            ("My son was not a", "Yvonne Mitchell"),
            ("He was standing outside his", "Yvonne Mitchell"),
            ("If the video shows what", "Raymond Childs"),
            ("What are they waiting for?", "Raymond Childs"),
            ("as quickly as the law", "Sheryl Brandt"),
            ("I understand the community wants", "Sheryl Brandt"),
            ("We are going to do", "Sheryl Brandt"),
            ("I looked out the window", "neighbor who lives in the complex"),
            ("Then I heard somebody screaming", "neighbor who lives in the complex"),
            ("Both of them deserve transparency,", "Dwayne Hollister"),
        ],
    ),
    (
        """Mayor’s chief of staff resigns amid inquiry into parking contract

By Lydia Brennan and Sam Okonkwo
Globe-Sentinel staff

RIVERTON — The chief of staff to Riverton Mayor Thomas Delacroix-Reid resigned Friday, days after the city’s ethics board opened an inquiry into a $28 million parking management contract awarded to a company whose co-owner is her brother-in-law.

Vanessa Pruitt, who had served as Delacroix-Reid’s top aide since he took office in January 2022, said in a resignation letter that she did not want the review to become “a distraction from the work this administration was elected to do.”

“I have always acted in good faith and in the interest of the people of Riverton,” Pruitt wrote in the letter, which was obtained by the Globe-Sentinel. “I am confident the ethics board will reach the same conclusion.”

The contract, approved by the city’s Board of Estimates in August, gave Meridian Parking Solutions the right to manage roughly 11,000 metered spaces and four city-owned garages for seven years. Meridian’s bid was not the lowest of the three the city received, according to records reviewed by the Globe-Sentinel.

Pruitt’s brother-in-law, Curtis Hale, is listed as a co-owner of Meridian in state business filings. City records show Pruitt attended at least two meetings where the parking contract was discussed, though it is unclear what role, if any, she played in the selection.

Delacroix-Reid, speaking to reporters outside City Hall on Friday afternoon, said he accepted the resignation “with regret and with gratitude for her service” and defended the procurement process.

“The evaluation committee scored these bids on price, experience and technology, and Meridian came out on top,” the mayor said. “I have no reason to believe anything improper happened. But the public needs to have confidence in that, and that’s why the ethics board is looking at it.”

Asked whether he knew of the family connection when the contract was approved, Delacroix-Reid said he did not.

City Council member Rosalind Achebe, who chairs the council’s oversight committee and is widely seen as a potential mayoral challenger in 2026, said the council would hold its own hearing.

“This is exactly the kind of thing people are sick of,” Achebe said. “Somebody’s brother-in-law gets a $28 million contract, and we’re supposed to shrug? Not on my watch.”

In an emailed statement, Meridian Parking Solutions said the company “competed fairly and won this contract on the merits” and would cooperate with any review. Hale did not respond to phone messages left at the company’s office.

The ethics board’s executive director, Paul Strand, declined to discuss the inquiry, saying only that the board does not comment on pending matters.

A person familiar with the board’s review said investigators had requested emails between the mayor’s office and the city’s procurement division going back to early 2023.

Deputy chief of staff Michael Tran will lead the mayor’s office on an interim basis, the administration said.""",
        [
            ("a distraction from the work", "Vanessa Pruitt"),
            ("I have always acted in", "Vanessa Pruitt"),
            ("I am confident the ethics", "Vanessa Pruitt"),
            ("with regret and with gratitude", "Thomas Delacroix-Reid"),
            ("The evaluation committee scored these", "Thomas Delacroix-Reid"),
            ("I have no reason to", "Thomas Delacroix-Reid"),
            ("This is exactly the kind", "Rosalind Achebe"),
            ("Somebody’s brother-in-law gets a", "Rosalind Achebe"),
            ("competed fairly and won this", "Meridian Parking Solutions"),
        ],
    ),
    (
        """'It's a lifeline': Riders pack hearing as transit board weighs weekend service cuts

By Chris Delgado
Published 8:41 PM EST, Wed February 7, 2024

HARLAN FALLS, Conn. (WHFT) -- Dozens of bus riders packed a public hearing Wednesday night to push back against a proposal that would eliminate Sunday service on nine Greater Harlan Transit District routes and cut Saturday frequency on most others.

The district is facing a projected $14.6 million shortfall next fiscal year as federal pandemic relief money runs out, according to agency budget documents. The proposed cuts would save about $4.1 million.

For many who spoke, the issue was simple: without the bus, they can't get to work.

"It's a lifeline," said Gwendolyn Ashby, a certified nursing assistant who rides the No. 6 from the North End to St. Anne's Medical Center every Sunday. "I work weekends because that's when they need us. If there's no bus, what am I supposed to do, walk four miles?"

Ashby said she has missed shifts before when buses didn't show.

Another rider, 19-year-old college student Jonah Reyes, said losing Sunday service would mean giving up his job at a grocery store.

"I don't have a car. Most people on this bus don't have a car," Reyes said.

Transit district executive director Philip Marchetti told the crowd the board had not made a final decision and was looking at alternatives, including asking the state for more operating money.

"Nobody at this agency wants to cut service," Marchetti said. "These are the hardest decisions we make. But we have to balance the budget, and right now the money isn't there."

Marchetti said ridership has recovered to about 82 percent of pre-pandemic levels, but fare revenue covers less than a fifth of the agency's operating costs.

State Sen. Lorraine Castellanos, who attended the hearing, said she would push lawmakers to increase transit funding in this year's budget. She called the proposal "a tax on the people who can least afford it" and said the state had a responsibility to step in.

Some board members appeared skeptical of the cuts. Board member Dennis Fairweather said after the meeting he would not support eliminating Sunday service "on any route where we don't have a real alternative."

Amalgamated Transit Union Local 1744, which represents the district's drivers, has also opposed the plan. In a flyer handed out at the hearing, the union warned that the cuts would lead to layoffs and "longer waits, more crowded buses and fewer jobs."

The board is scheduled to vote on the budget March 20. A second public hearing is set for Feb. 21 at the Westside Library.

Copyright 2024 WHFT. All rights reserved.""",
        [
            ("It's a lifeline", "Gwendolyn Ashby"),
            ("It's a lifeline,", "Gwendolyn Ashby"),
            ("I work weekends because that's", "Gwendolyn Ashby"),
            ("I don't have a car.", "Jonah Reyes"),
            ("Nobody at this agency wants", "Philip Marchetti"),
            ("These are the hardest decisions", "Philip Marchetti"),
            ("a tax on the people", "Lorraine Castellanos"),
            ("on any route where we", "Dennis Fairweather"),
            ("longer waits, more crowded buses", "Amalgamated Transit Union Local 1744"),
        ],
    ),
    (
        """Federal monitor: Ashland Heights police making progress on use-of-force reforms, but lagging on discipline

By Theresa Quon
tquon@valleytribune.com

Five years into a federal consent decree, the Ashland Heights Police Department has made "substantial progress" in how officers report and review use of force, but continues to fall short on disciplining officers who break the rules, according to a report released Tuesday by court-appointed monitor Katherine Lindell.

The 212-page report, the ninth since the city entered the agreement with the U.S. Justice Department in 2019, found the department in full compliance with 61 percent of the decree's requirements, up from 48 percent a year ago.

Lindell wrote that supervisors now review nearly every use-of-force incident within the required 72 hours, and that the quality of those reviews "has improved markedly." But she singled out the department's disciplinary system as a persistent problem.

"Cases continue to languish for many months, and outcomes remain inconsistent," Lindell wrote. "In several cases reviewed by the monitoring team, officers who committed similar violations received markedly different penalties, with no documented explanation."

At a hearing in U.S. District Court on Tuesday afternoon, Judge Harold Ostrowski pressed city attorneys on the backlog of internal affairs cases, which the report put at 340.

"I have heard promises about this backlog at every one of these hearings," Ostrowski said from the bench. "At some point promises have to turn into numbers."

Interim Police Chief Alicia Fontenot, who took over the department in March after the retirement of Chief Gary Wendt, acknowledged the problem. She told the judge the department had hired four additional investigators and was on track to cut the backlog in half by the end of the year.

"We're not where we need to be. I'm not going to sugarcoat that," Fontenot told reporters after the hearing. "But I think this report shows the department is a different place than it was five years ago."

The Ashland Heights Police Officers Association has long criticized the decree as costly and bureaucratic. Its president, Sgt. Mike Durrell, said officers were "drowning in paperwork" and that morale had suffered.

"Our members have done everything asked of them," Durrell said. "At some point the city has to recognize that."

Community advocates saw it differently. Rev. James Ellery Booker, pastor of Greater Mount Pisgah Baptist Church and a member of the city's Community Police Commission, said the discipline findings confirmed what residents had been saying for years.

"When an officer does wrong and nothing happens, the whole neighborhood learns that lesson," Booker said.

The city has spent about $31 million on consent decree compliance since 2019, according to figures provided by the city budget office.

Mayor Denise Harlow-Kim said in a statement that the city remains "fully committed" to completing the reforms. The decree can end only after the department sustains full compliance for two consecutive years, a milestone that Lindell's report said remains "at least several years away."

The next status hearing is scheduled for April.""",
        [
            ("substantial progress", "Katherine Lindell"),
            ("has improved markedly.", "Katherine Lindell"),
            ("Cases continue to languish for", "Katherine Lindell"),
            ("In several cases reviewed by", "Katherine Lindell"),
            ("I have heard promises about", "Harold Ostrowski"),
            ("At some point promises have", "Harold Ostrowski"),
            ("We're not where we need", "Alicia Fontenot"),
            ("But I think this report", "Alicia Fontenot"),
            ("drowning in paperwork", "Mike Durrell"),
            ("Our members have done everything", "Mike Durrell"),
            ("At some point the city", "Mike Durrell"),
            ("When an officer does wrong", "James Ellery Booker"),
            ("fully committed", "Denise Harlow-Kim"),
            ("at least several years away.", "Katherine Lindell"),
        ],
    ),
    (
        """Okoro wins Lakeport mayoral runoff, will be city’s first Nigerian American mayor

By KLPT Staff

Published: Dec. 9, 2023 at 11:48 PM CST | Updated: Dec. 10, 2023 at 1:15 AM CST

LAKEPORT, La. (KLPT) — Former city council member Adaeze Okoro won Saturday’s runoff for Lakeport mayor, defeating businessman Bradley Thibodeaux by about 2,700 votes, according to unofficial results from the Beauvais Parish Clerk of Court.

Okoro received 52.8% of the vote with all 64 precincts reporting. Turnout was just under 31%.

Speaking to a crowd of supporters at the Riverfront Union Hall shortly after 10:30 p.m., Okoro thanked volunteers and promised to start work immediately on the issues that defined the race: crime, flooding and the city’s troubled bus system.

“Tonight Lakeport chose to believe in itself again,” Okoro said as the crowd chanted her name. “We are going to fix the drainage. We are going to get buses that show up on time. And we are going to make every neighborhood in this city safer, not just the ones with the loudest voices.”

She told reporters afterward that her first priority would be naming a permanent police chief. The Lakeport Police Department has been led by an interim chief since July, when former Chief Ron Beaulieu retired amid criticism over rising homicide numbers.

“I’ve said it from day one: we need a chief who can bring the department and the community together,” Okoro said. “I’ll have more to say about that in the coming weeks.”

Thibodeaux, who ran on a platform of hiring 150 more officers and cutting city property taxes, conceded about an hour after polls closed.

“The voters have spoken, and I respect their decision,” he told supporters at his campaign headquarters in Midtown. “I called Adaeze and congratulated her. I told her that if she needs anything from me to help this city, all she has to do is ask.”

Thibodeaux outspent Okoro nearly 2-to-1, according to campaign finance reports, and had the backing of the Lakeport Police Union and the Greater Lakeport Chamber of Commerce.

Okoro was endorsed by outgoing Mayor Lionel Batiste, who did not seek a third term. In a post on social media, Batiste called her “the right person at the right time” to lead the city.

Voters KLPT spoke with Saturday said public safety was at the top of their minds.

“I just want to be able to sit on my porch at night,” said Eunice Broussard, 71, who voted at Carver Elementary in the 7th Ward. “That’s all. That’s all I want.”

Okoro will be sworn in Jan. 8.

Copyright 2023 KLPT. All rights reserved.""",
        [
            ("Tonight Lakeport chose to believe", "Adaeze Okoro"),
            ("We are going to fix", "Adaeze Okoro"),
            ("I’ve said it from day", "Adaeze Okoro"),
            ("I’ll have more to say", "Adaeze Okoro"),
            ("The voters have spoken, and", "Bradley Thibodeaux"),
            ("I called Adaeze and congratulated", "Bradley Thibodeaux"),
            ("the right person at the", "Lionel Batiste"),
            ("I just want to be", "Eunice Broussard"),
            ("That’s all. That’s all", "Eunice Broussard"),
        ],
    ),
]
