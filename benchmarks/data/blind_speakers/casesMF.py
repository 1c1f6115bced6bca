CASES = [
    (
        """Elm Prairie council OKs apartment rezoning after five-hour hearing

By Dana Whitlock, Staff writer

ELM PRAIRIE, Minn. — After more than five hours of public testimony that stretched past midnight, the Elm Prairie City Council voted 4-3 early Wednesday to rezone a former lumberyard on Harmon Avenue for a 212-unit apartment complex, handing a narrow win to a developer who has spent two years courting neighbors.

The vote capped a months-long fight over the 6-acre site, which has sat vacant since Kessler Lumber closed in 2019. Opponents packed the council chambers and an overflow room, many wearing yellow stickers reading "Keep Harmon Human."

"This is the single biggest housing decision this council will make in a decade, and I don't take it lightly," said Council Member Rosa Delgado-Finch, who cast the deciding vote. "We have teachers and nurses who cannot afford to live in the city they serve."

Delgado-Finch said she had been undecided until last week, when the developer, Northline Residential, agreed to set aside 20% of the units for households earning 60% of the area median income.

Mayor Gary Thorsen, who voted against the rezoning, said he supported more housing in principle but worried the project's scale would overwhelm Harmon Avenue, a two-lane road that already backs up during school drop-off.

"Nobody up here is against apartments," Thorsen said. "But we owe it to the people on Harmon to get the traffic piece right before we break ground, not after."

More than 60 residents signed up to speak. Most opposed the plan.

Linda Marsh, who has lived on nearby Willow Court for 31 years, told the council the building would "loom over our backyards like a cruise ship" and said she feared property values would drop.

Others pushed back. Tyler Oyelaran, a 27-year-old renter who works as a respiratory therapist at a hospital in the next suburb over, said he had been priced out of every apartment he toured in Elm Prairie last year.

"I grew up here. I would like to stay here," Oyelaran said. "Right now the only way I can do that is to live with my parents."

In a statement after the vote, Northline Residential said it was "grateful for the council's confidence" and expected to begin construction next spring, pending site-plan approval.

Council Member Pete Vogel, who also voted no, said he expected the fight was not over. Some opponents have discussed a petition to put the rezoning before voters, though the city attorney cautioned during the meeting that zoning decisions are generally not subject to referendum under state law.

"We'll look at every option," said Jan Albrecht, an organizer with Harmon Neighbors United, the group behind the stickers. "The council didn't listen tonight. Maybe a judge will."

The council is scheduled to review the project's site plan in February.
""",
        [
            ("This is the single biggest", "Rosa Delgado-Finch"),
            ("We have teachers and nurses", "Rosa Delgado-Finch"),
            ("Nobody up here is against", "Gary Thorsen"),
            ("But we owe it to", "Gary Thorsen"),
            ("loom over our backyards like", "Linda Marsh"),
            ("I grew up here. I", "Tyler Oyelaran"),
            ("Right now the only way", "Tyler Oyelaran"),
            ("grateful for the council's confidence", "Northline Residential"),
            ("We'll look at every option,", "Jan Albrecht"),
            ("The council didn't listen tonight.", "Jan Albrecht"),
        ],
    ),
    (
        """Runoff set in Port Haldane mayor’s race as turnout hits 20-year low

By Marisol Quintero | Gulf Coast Public Radio

Port Haldane voters will return to the polls next month to pick a new mayor after neither of the top two candidates cleared 50% in Saturday’s election.

Former City Council member Denise Okafor led a five-candidate field with about 41% of the vote, according to unofficial results from the Calloway County Elections Department. Businessman Ray Stuckey finished second with roughly 33%.

Turnout was just under 14%, the lowest in a city election since at least 2003, according to county records.

Okafor spoke to supporters at a taco restaurant on the city’s north side shortly after 10 p.m.

“We ran a campaign about potholes and drainage and water bills, and people responded to that,” she said. “Now we have four more weeks to make that case to every neighborhood in this city.”

Stuckey, who owns a chain of auto-parts stores, struck a combative tone.

“My opponent has been at city hall for eight years,” Stuckey told reporters outside his campaign office. “If you like the way things are going, she’s your candidate. I don’t think most people do.”

Both candidates have focused on the city’s aging stormwater system, which failed during flooding in 2022 and left parts of the Bayview neighborhood underwater for days. Okafor has pledged to put a drainage bond before voters within her first year. Stuckey says the city can pay for repairs without raising taxes by trimming what he described in a debate last week as “a bloated, top-heavy bureaucracy.”

Sharon Whitfield, who teaches political science at Haldane State University, said low turnout in municipal elections is common in Texas, where most city races are held in May, separate from state and federal contests.

“When you move local elections off the November calendar, you lose most of your casual voters,” Whitfield said. “What you’re left with is older homeowners, and they tend to decide these races.”

The third-place finisher, council member Luis Arredondo, did not immediately endorse either candidate. In a post on social media Sunday, he thanked supporters and said he would “take some time with my family before deciding what comes next.”

Arredondo’s roughly 17% of the vote came largely from precincts on the city’s west side, where both remaining campaigns said they planned to spend heavily in the coming weeks.

Early voting for the June 14 runoff begins June 2.
""",
        [
            ("We ran a campaign about", "Denise Okafor"),
            ("Now we have four more", "Denise Okafor"),
            ("My opponent has been at", "Ray Stuckey"),
            ("If you like the way", "Ray Stuckey"),
            ("a bloated, top-heavy bureaucracy.", "Ray Stuckey"),
            ("When you move local elections", "Sharon Whitfield"),
            ("What you’re left with is", "Sharon Whitfield"),
            ("take some time with my", "Luis Arredondo"),
        ],
    ),
    (
        """Westbury Hills council delays vote on backyard cottage rules

By Kevin Tran, Westbury Hills Voice

The Westbury Hills City Council on Tuesday postponed a vote on new rules for backyard cottages, known as accessory dwelling units, after residents and housing advocates sparred over whether the proposal complies with California law.

The draft ordinance would cap ADUs at 800 square feet, require one off-street parking space per unit and bar short-term rentals. Council members said they wanted the city attorney to review a letter the city received last week before moving forward.

The letter, from the Golden State Housing Coalition, an advocacy group that has sued several Bay Area cities over their housing rules, said the parking requirement was "plainly inconsistent" with state rules that exempt most ADUs near transit from parking mandates.

"We would prefer not to litigate," the letter said. "But we will if Westbury Hills adopts this ordinance as written."

Mayor Pro Tem Ellen Varga said the council was not trying to skirt the law.

"We have a responsibility to follow state law, and we also have a responsibility to the people who live here," Varga said. "Those two things are not in conflict, whatever some groups in Sacramento say."

Councilmember Derek Asante, who has pushed to loosen the rules, said the delay was a mistake. He said the parking requirement in particular would make many projects impossible on the city's narrow hillside lots, where there is often no room for a second driveway.

"Every month we wait is another month a family can't build a unit for grandma or for their kid who can't afford rent," Asante said.

About two dozen people spoke during public comment. Margaret Sorensen, president of the Ridgecrest Homeowners Association, read from a letter signed by 140 residents:

"We are not opposed to ADUs. We are opposed to turning single-family neighborhoods into parking lots.

"Our streets were not built for this density, and our fire trucks already struggle to get through."

Several speakers who identified themselves as renters urged the council to act quickly. One, a schoolteacher who said she commutes 50 minutes each way, told council members she had a standing offer from a family friend to rent a garage conversion in Westbury Hills if the rules were ever finalized.

A city planning official, who asked not to be named because the ordinance is still under review, said staff had recommended dropping the parking rule before the draft went to the council but that a majority of members "wanted something on the books" before summer.

The council is expected to take up the ordinance again March 11.
""",
        [
            ("plainly inconsistent", "Golden State Housing Coalition"),
            ("We would prefer not to", "Golden State Housing Coalition"),
            ("But we will if Westbury", "Golden State Housing Coalition"),
            ("We have a responsibility to", "Ellen Varga"),
            ("Those two things are not", "Ellen Varga"),
            ("Every month we wait is", "Derek Asante"),
            ("We are not opposed to", "Margaret Sorensen"),
            ("Our streets were not built", "Margaret Sorensen"),
            ("wanted something on the books", "city planning official"),
        ],
    ),
    (
        """Council member faces ethics probe over vote on in-law’s rezoning

HARTWELL, Ohio — A Hartwell City Council member is under investigation by the city’s ethics board after voting last month to approve a rezoning that benefited a company partly owned by her brother-in-law, according to documents obtained by The Dispatch-Courier.

Council member Angela Brightwater cast one of five votes in favor of rezoning 18 acres along State Route 42 from agricultural to light industrial, clearing the way for a warehouse project by Tri-County Logistics Partners. State business filings list Brightwater’s brother-in-law, Dale Pruitt, as a managing member of the company.

The Hartwell Ethics Commission opened a preliminary inquiry Friday, according to a letter sent to Brightwater and reviewed by the newspaper. The letter says the commission will determine whether she “knowingly participated in a matter in which a family member held a financial interest.”

Brightwater said Monday she did nothing wrong.

“I have never had a dime invested in that company, and I never will,” she told reporters outside City Hall. “Dale is married to my husband’s sister. I see him at Thanksgiving. That’s it.”

She said the city law director had told her before the vote that she was not required to abstain. A spokeswoman for the law director’s office, reached by phone, said the office does not comment on advice given to individual council members.

State law generally bars public officials from participating in matters that could benefit a family member, but the statute’s definition of family does not explicitly include in-laws, said Robert Kimura, a professor at Western Reserve College of Law who studies government ethics.

“It’s a genuinely gray area,” Kimura said. “Some advisory opinions have read ‘family’ broadly, some narrowly. A lot will depend on the facts.”

Residents who fought the warehouse say the relationship should have been disclosed.

“We stood up there for three hours and nobody told us,” said Carol Henning, who lives on a farm next to the site and helped organize opposition. “If I’d known, I would have asked her to step aside.”

Council President Mike Dorsey said in a written statement that the council “will cooperate fully” with the commission and would not comment further while the inquiry was pending.

Pruitt did not respond to messages left at his office. Tri-County Logistics Partners said in an email that the rezoning “went through every required step of a public process” and that the company expects construction to begin this summer.

If the commission finds a violation, it can refer the matter to the county prosecutor. The rezoning itself would remain in effect, according to the city charter.
""",
        [
            ("knowingly participated in a matter", "Hartwell Ethics Commission"),
            ("I have never had a", "Angela Brightwater"),
            ("Dale is married to my", "Angela Brightwater"),
            ("It’s a genuinely gray area,", "Robert Kimura"),
            ("Some advisory opinions have read", "Robert Kimura"),
            ("We stood up there for", "Carol Henning"),
            ("If I’d known, I would", "Carol Henning"),
            ("will cooperate fully", "Mike Dorsey"),
            ("went through every required step", "Tri-County Logistics Partners"),
        ],
    ),
    (
        """A motel-turned-shelter plan has split Calder Springs. The council votes Monday.

By Nate Bergstrom, KHPR News

CALDER SPRINGS, Colo. — On a cold Thursday evening, about 40 people stood in the parking lot of the shuttered Starlite Motor Inn on East Mesa Boulevard, holding hand-lettered signs. Some supported turning the motel into a shelter. Others, gathered at the far end of the lot, wanted it anywhere but here.

The city of Calder Springs wants to buy the motel and convert it into a 60-room shelter for people experiencing homelessness. The City Council is set to vote on the $4.2 million purchase Monday, and the fight over it has become the defining issue of this year's council races.

Jolene Ashby runs a day care two blocks away. She says she isn't against helping people — she just doesn't think this is the right spot.

"I have 22 kids under the age of five," Ashby says. "I'm asking a simple question: what is the plan for the people who get turned away at the door? Because they're going to end up on my sidewalk."

City officials say the shelter would be staffed around the clock and would not operate as a walk-in facility. Residents would be referred by outreach workers and would have to agree to case management.

Marcus Bell, the city's director of housing stability, says the motel model has worked elsewhere in the state.

"We've seen it in other cities. When people have a door that locks and a place to keep their things, calls for service go down, not up," Bell says.

Not everyone is convinced. Councilmember Frank Ostrowski, who is running for reelection in the district that includes the motel, has said he'll vote no. He told KHPR the city hasn't done enough outreach.

"The first time a lot of my constituents heard about this was when they read it in the paper," Ostrowski says. "That's not how you build trust."

His challenger, Priya Ramaswamy, a nurse who has worked in emergency rooms for 15 years, supports the purchase. She says she sees the cost of doing nothing on every shift.

"We are already paying for homelessness," she says. "We're paying for it in ER visits and ambulance rides and jail beds. We're just paying for it in the most expensive way possible."

The Sawatch Valley Homeless Coalition counted 412 people without shelter in Calder Springs during its most recent point-in-time count, up from 270 two years earlier.

Back in the parking lot, Dennis Whitcomb, who says he lived in his truck for eight months last year, stood with the supporters.

"People think it's somebody else," he says. "It was me. It could be anybody."

The council meets at 6 p.m. Monday at City Hall. Public comment is expected to run for several hours.
""",
        [
            ("I have 22 kids under", "Jolene Ashby"),
            ("I'm asking a simple question:", "Jolene Ashby"),
            ("We've seen it in other", "Marcus Bell"),
            ("The first time a lot", "Frank Ostrowski"),
            ("That's not how you build", "Frank Ostrowski"),
            ("We are already paying for", "Priya Ramaswamy"),
            ("We're paying for it in", "Priya Ramaswamy"),
            ("People think it's somebody else,", "Dennis Whitcomb"),
            ("It was me. It could", "Dennis Whitcomb"),
        ],
    ),
    (
        """At District 4 forum, council hopefuls clash over rent caps, police staffing

By Alicia Moreno | The Eastside Beacon

The four candidates running to represent District 4 on the Alder Bay City Council agreed on little Wednesday night beyond the fact that the district's rents are too high.

About 150 people filled the gym at Chinook Middle School for the forum, hosted by the Eastside Neighborhood Council and the Alder Bay Civic League.

The sharpest exchanges came over a proposed ballot measure that would cap annual rent increases at 5% plus inflation. Incumbent Council Member Howard Lindqvist, who is seeking a third term, said he opposes the measure.

"I've talked to small landlords in this district — people who own a duplex, maybe a fourplex — and they tell me this will push them to sell to the big corporate buyers," Lindqvist said. "And then who's setting the rent?

"Not us. Not the tenants. Some fund in New York."

Samira Haddad, a tenant organizer and first-time candidate, said that argument ignored what renters in the district face.

"Howard, with respect, the corporate buyers are already here," Haddad said, drawing loud applause. "My neighbors got a 22% increase in January. That's not a market. That's a shakedown."

The other two candidates, retired firefighter Glen Ruckert and small-business owner Tess Nakamura, took more cautious positions. Ruckert said he would wait to see the final ballot language. Nakamura said she supported "some kind of guardrail" on rent increases but worried a hard cap could discourage new construction.

On public safety, Ruckert said the city's police department is about 40 officers short of its authorized strength and that response times in District 4 have grown.

"When my neighbor called about a break-in last spring, it took an officer 47 minutes to get there," he said. "Forty-seven minutes. That's not acceptable in a city this size."

Haddad said she supported filling vacancies but wanted more money for the city's mental-health crisis response team, which she said handles calls that "never needed a gun and a badge in the first place."

Lindqvist has raised the most money in the race, about $86,000, according to state campaign finance filings. Haddad has raised about $61,000, much of it in donations under $100, her campaign said. Ruckert and Nakamura have each raised less than $20,000.

The top two finishers in the Aug. 5 primary will advance to the November general election.
""",
        [
            ("I've talked to small landlords", "Howard Lindqvist"),
            ("And then who's setting the", "Howard Lindqvist"),
            ("Not us. Not the tenants.", "Howard Lindqvist"),
            ("Howard, with respect, the corporate", "Samira Haddad"),
            ("My neighbors got a 22%", "Samira Haddad"),
            ("some kind of guardrail", "Tess Nakamura"),
            ("When my neighbor called about", "Glen Ruckert"),
            ("Forty-seven minutes. That's not acceptable", "Glen Ruckert"),
            ("never needed a gun and", "Samira Haddad"),
        ],
    ),
    (
        """Council blocks demolition of 1920s bungalows, dealing setback to Midtown tower plan

RIVERBEND, Ga. — The Riverbend City Council voted 6-2 Thursday to expand the Oak Terrace historic district, a move that effectively blocks a developer’s plan to tear down seven bungalows and build a 14-story apartment and retail tower in Midtown.

The decision followed a recommendation from the city’s Historic Preservation Commission, which found that the houses, built between 1922 and 1928, are “contributing structures of significant architectural character.”

Summit Ridge Development, the Atlanta-based firm behind the tower, had already acquired all seven lots. In a statement, the company called the vote “a disappointing step backward for a city that says it wants more housing” and said it was “reviewing all legal options.”

Councilwoman Beverly Gaines, whose district includes Oak Terrace, introduced the expansion. She said residents had been asking for protection for years.

“These houses were built by the Black craftsmen and working families who made this city,” Gaines said during the meeting. “Once they’re gone, they’re gone. You don’t get to rebuild history.”

Councilman Troy Whitaker, one of the two no votes, said the council was using preservation as a tool to stop growth.

“If we’re honest with ourselves, nobody in this room was talking about historic bungalows until somebody proposed building something tall,” Whitaker said.

Mayor Harold Benning did not attend the meeting. A spokesman for the mayor said Benning “respects the council’s decision” and would continue to push for housing along the Midtown corridor.

The tower would have included 280 apartments, 30 of them priced for households earning 80% of the area median income, according to plans filed with the city last fall.

Keisha Monroe, who lives two doors down from the bungalows and spoke in favor of the expansion, said she was relieved.

“My grandmother lived on this street,” she said after the vote. “I wanted my kids to grow up here the same way.”

But some housing advocates called the decision shortsighted. Aaron Liebowitz, executive director of Riverbend Housing Forward, a nonprofit that advocates for zoning reform, said the city’s rents have risen nearly 30% in three years.

“Preservation matters, but so does the person who’s paying half their paycheck in rent,” Liebowitz said. “This council keeps saying yes to housing in theory and no in practice.”

The historic designation takes effect in 30 days. Any demolition within the district will then require a certificate of appropriateness from the preservation commission.
""",
        [
            ("contributing structures of significant architectural", "Historic Preservation Commission"),
            ("a disappointing step backward for", "Summit Ridge Development"),
            ("reviewing all legal options.", "Summit Ridge Development"),
            ("These houses were built by", "Beverly Gaines"),
            ("Once they’re gone, they’re gone.", "Beverly Gaines"),
            ("If we’re honest with ourselves,", "Troy Whitaker"),
            ("respects the council’s decision", "spokesman"),
            ("My grandmother lived on this", "Keisha Monroe"),
            ("I wanted my kids to", "Keisha Monroe"),
            ("Preservation matters, but so does", "Aaron Liebowitz"),
            ("This council keeps saying yes", "Aaron Liebowitz"),
        ],
    ),
    (
        """Harlow voters narrowly uphold zoning overhaul; recount likely

By Jenna Kowalczyk, WGLR Great Lakes Public Radio

Voters in Harlow appear to have narrowly kept the city's new zoning code, which allows duplexes and triplexes on lots once reserved for single-family homes, according to unofficial results released early Wednesday by the Harlow City Clerk's office.

Proposal A, a citizen-initiated measure that would have repealed the code, failed by 112 votes out of more than 18,000 cast. The margin is close enough that either side can request a recount under state law.

Mark Jessup, chair of Save Harlow Neighborhoods, the group that gathered signatures to put the repeal on the ballot, told reporters at the group's watch party that a recount was "almost certain."

"When it's this close, you owe it to every voter to make sure every ballot was counted right," Jessup said. "We're not conceding anything tonight."

Supporters of the zoning code, which the City Council passed 5-2 last year after 18 months of public meetings, declared victory shortly after midnight.

"Harlow voted for a city where your kids can afford to live near you," said Council Member Naomi Feldt, who sponsored the code. "That's what this was about, from day one."

The code has drawn attention from planners around the state. It is one of only a handful in Michigan to broadly legalize small multi-unit buildings citywide. Opponents argued it would strain parking and change the character of older neighborhoods; supporters said it would ease a housing shortage that has pushed the city's median home price above $300,000.

City Clerk Donna Reyes said her office would begin a routine canvass Thursday. In an interview, she said the office received more absentee ballots than in any prior city election and that a handful of precincts reported long lines after 7 p.m.

"Everybody who was in line by 8 got to vote," Reyes said. "We were counting until almost 2 in the morning, but that's what it takes."

One poll worker at the Harlow Community Center, who asked not to be named because election workers are not authorized to speak to the media, said turnout there was "nothing like I've ever seen for an off-year."

In the two contested council races, Ward 2 Council Member Sam Okonjo won reelection easily, while in Ward 4 newcomer Beth Carrigan, who backed the repeal, defeated incumbent Wes Dunleavy by about 300 votes.

Carrigan said in a statement that her win showed residents wanted "a council that listens before it acts."

The Board of Canvassers is expected to certify results within 14 days. A recount petition must be filed within six days of certification.
""",
        [
            ("almost certain.", "Mark Jessup"),
            ("When it's this close, you", "Mark Jessup"),
            ("We're not conceding anything tonight.", "Mark Jessup"),
            ("Harlow voted for a city", "Naomi Feldt"),
            ("That's what this was about,", "Naomi Feldt"),
            ("Everybody who was in line", "Donna Reyes"),
            ("We were counting until almost", "Donna Reyes"),
            ("nothing like I've ever seen", "poll worker"),
            ("a council that listens before", "Beth Carrigan"),
        ],
    ),
]
