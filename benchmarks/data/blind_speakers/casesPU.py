CASES = [
    (
        """Costa Verde council advances cap on annual rent increases

By Dana Whitcomb
Staff Writer

COSTA VERDE — The City Council voted 5-2 late Tuesday to move forward with an ordinance that would limit annual rent increases on most apartments built before 1995 to 4% or the rate of inflation, whichever is lower, setting up a final vote next month.

The proposal, championed by Councilmember Rosa Delgadillo, would cover roughly 31,000 units, according to a city staff analysis. Delgadillo said the measure was overdue.

"We have families in this city paying 60% of their income on rent, and every spring they open a letter telling them it's going up another 10%," Delgadillo said. "That's not a market. That's a countdown."

Landlord groups packed the chamber for more than four hours of public comment, and several speakers said the cap would choke off maintenance and discourage new construction.

"You're going to freeze the buildings we have in amber and scare off the people who would build the ones we need," said Marcus Feld, executive director of the Central Coast Rental Housing Association. Feld said many of his members own fewer than 10 units and have seen property taxes and insurance premiums climb faster than rents.

Councilmember Tom Ashby, who voted no, called the ordinance "a blunt instrument" and said he would prefer to expand the city's emergency rental assistance fund, which ran out of money in February.

"If the goal is keeping people housed, let's write checks to the people who need them," Ashby said. "Don't make a retired couple with a fourplex carry the whole city's affordability problem."

Economists have long debated the effect of rent control on housing supply, with some studies finding that it keeps tenants in place but leads owners to convert units to condominiums or take them off the market.

Tenant advocates disputed the idea that the measure would slow construction, noting that buildings completed after 1995 would be exempt under state law.

"Nobody is deciding whether to build new apartments based on what happens to a 1972 building on Mission Avenue," said Leticia Ocampo, an organizer with Costa Verde Tenants United. She said her group had collected more than 400 signatures from renters who received increases of 8% or more in the past year.

City Attorney Howard Lin told the council the ordinance would need a petition process allowing landlords to seek larger increases if they can show they are not earning a "fair return," a standard set by court decisions.

The ordinance returns to the council for a second reading on May 14. If approved, it would take effect 30 days later, and the city would hire three staff members to run a new rent registry.""",
        [
            ("We have families in this city", "Rosa Delgadillo"),
            ("That's not a market. That's", "Rosa Delgadillo"),
            ("You're going to freeze the", "Marcus Feld"),
            ("a blunt instrument", "Tom Ashby"),
            ("If the goal is keeping", "Tom Ashby"),
            ("Don't make a retired couple", "Tom Ashby"),
            ("Nobody is deciding whether to", "Leticia Ocampo"),
        ],
    ),
    (
        """City clears Riverside Park encampment as shelter beds fall short

Noah Brennan | Upper Willamette Public Radio

Crews with the city of Harlow began clearing tents from the east bank of Riverside Park early Thursday, the largest encampment removal since last year’s U.S. Supreme Court ruling gave cities more leeway to enforce camping bans.

About 60 people had been living along the bike path, according to outreach workers. By mid-morning, many had packed what they could carry into shopping carts and wagons while city contractors loaded abandoned tents and mattresses into dump trucks.

“I’ve been here eleven months. Where am I supposed to go, the middle of the street?” said a man who gave his name only as Dale, as he rolled up a blue tarp.

The city says it offered every person at the site a shelter bed or a spot at its new sanctioned camping area near the airport. City spokesperson Renee Vasquez said 23 people accepted.

“We’re not doing this to punish anyone,” Vasquez said. “The park has had two fires this spring and the creek is contaminated. We have an obligation to the whole community.”

But advocates said the numbers don’t add up. The Harlow Homeless Coalition counted 1,140 people sleeping outside during January’s point-in-time count, and the city has about 480 shelter beds.

“You can’t offer what you don’t have,” said Miriam Acheson, the coalition’s director. “When the beds run out, people just move two blocks over, and they lose their medications, their IDs, their paperwork for housing. We’re starting from zero with a lot of these folks.”

Mayor Glen Hartwell defended the decision in an interview with Upper Willamette Public Radio this week, saying the city had spent “every dollar we can find” on shelter and that residents near the park had waited long enough.

“I get the criticism,” Hartwell said. “But I also get calls from parents who won’t let their kids walk to Lincoln Elementary anymore. Both of those things are real.”

A county health department nurse who works with the outreach team, and who asked not to be named because she was not authorized to speak to the media, said several people at the site were managing chronic illnesses such as diabetes and heart disease.

“Every time a camp gets moved, we lose track of somebody,” she said. “Sometimes we find them again in the ER.”

The city plans to install fencing along the creek next week. The City Council is scheduled to vote May 2 on $2.3 million to expand the sanctioned camping area from 40 to 100 spaces.""",
        [
            ("I’ve been here eleven months.", "Dale"),
            ("We’re not doing this to", "Renee Vasquez"),
            ("The park has had two", "Renee Vasquez"),
            ("You can’t offer what you", "Miriam Acheson"),
            ("every dollar we can find", "Glen Hartwell"),
            ("I get the criticism", "Glen Hartwell"),
            ("But I also get calls", "Glen Hartwell"),
            ("Every time a camp gets", "county health department nurse"),
            ("Sometimes we find them again", "county health department nurse"),
        ],
    ),
    (
        """Developer scales back Northgate Yards tower, citing interest rates

By Kevin Osei
Times staff reporter

PORT RENWICK — The developer behind the largest apartment project ever proposed in Port Renwick has cut the building's height nearly in half, saying high interest rates and construction costs made the original plan impossible to finance.

Halvorsen Pacific Partners will now seek permits for a 14-story building with 310 units at the former Northgate rail yard, down from 26 stories and 640 units, the company said in a filing with the city's Department of Construction and Inspections on Monday.

"The fundamentals of the site haven't changed, but the capital markets have," the company said in a statement. "We are committed to delivering housing at Northgate Yards, and a phased approach is the most responsible path to do that."

The revised plan still includes 62 income-restricted units, meeting the city's mandatory affordability requirement, according to the filing.

City officials had touted the project as the centerpiece of a 2021 rezone meant to add housing near the new light rail station. Deputy Mayor Anita Chowdhury said she was disappointed but not surprised.

"We're seeing this across the region," Chowdhury said. "Projects that penciled out three years ago don't pencil out today."

Construction of new apartments in the Port Renwick metro area fell 38% last year, according to permit data compiled by the Puget Housing Research Center. Developers have blamed borrowing costs, tariffs on building materials and a shortage of skilled labor.

Some neighbors who had opposed the original tower welcomed the change. Gordon Pryce, who chairs the Northgate Neighborhood Council's land use committee, said the smaller building would "fit the scale of the street" and cast less shadow on nearby homes.

Others said the cut was a loss for a city that planners estimate needs 80,000 new homes over the next two decades.

"Every one of those 330 units that isn't getting built is a family that's going to be bidding on an existing apartment instead," said Priya Raman, policy director at Housing Forward Washington, a pro-construction advocacy group. "That pushes rents up for everybody."

Raman said the city should cut permitting fees and speed up design review, which she described as "a years-long obstacle course" for builders.

A spokesman for Halvorsen Pacific said the company hoped to break ground on the first phase next spring and had not ruled out adding a second tower on the site later "if conditions improve."

The revised project is expected to go before the city's design review board in the fall.""",
        [
            ("The fundamentals of the site", "Halvorsen Pacific Partners"),
            ("We are committed to delivering", "Halvorsen Pacific Partners"),
            ("We're seeing this across the", "Anita Chowdhury"),
            ("Projects that penciled out three", "Anita Chowdhury"),
            ("fit the scale of the", "Gordon Pryce"),
            ("Every one of those 330", "Priya Raman"),
            ("That pushes rents up for", "Priya Raman"),
            ("a years-long obstacle course", "Priya Raman"),
            ("if conditions improve.", "spokesman"),
        ],
    ),
    (
        """Audit finds San Benicio County can’t show what $212 million in homeless spending achieved

By Luz Ferreira

An audit released Wednesday found that the agency overseeing homeless services in San Benicio County did not consistently track whether the money it spent helped people get off the streets.

The review, conducted by the San Benicio County Office of the Auditor-Controller, examined $212 million in contracts awarded by the San Benicio Homeless Services Authority between 2021 and 2023. It found that the authority “lacked reliable data to determine whether contracted services achieved their intended outcomes” and that nearly a third of providers submitted late or incomplete performance reports.

“In several cases, the authority renewed contracts with providers that had not met any of their performance targets,” the audit said.

The authority’s executive director, Dwayne Maxfield, said in a written response included in the audit that the agency agreed with most of the findings and had already hired a four-person data team.

Supervisor Carla Nguyen-Ross, who requested the audit, was blunt at a news conference Wednesday: “People in this county have been incredibly generous. They’ve voted for tax after tax. And we can’t tell them what they got for it.”

She went on: “I’m not saying the money was stolen. I’m not saying nobody got helped. I’m saying we don’t know, and that’s not acceptable when you’re talking about this much public money.

“Starting today, no contract gets renewed without outcome data. Period.”

Maxfield told reporters after the meeting that the audit covered a period when the authority was “building the plane while flying it,” standing up new motel-shelter and rapid rehousing programs during the pandemic.

“We had motel rooms to fill and people dying outside,” Maxfield said. “Did we get every report in on time? No. But we were housing people.”

According to the authority, 4,870 people moved into permanent housing through its programs in 2023, up from 3,900 in 2021. Over the same period, the number of people counted as homeless in the county rose 9%, according to the annual point-in-time count.

Several providers said the authority itself made reporting difficult. Angela Brightwater, chief executive of Harbor Light Community Services, one of the authority’s largest contractors, said the data requirements changed repeatedly during the period the audit covered.

“We’d get a new spreadsheet template every quarter, sometimes with different definitions of what counted as a successful exit,” she said.

The Board of Supervisors is scheduled to take up the audit’s 14 recommendations at its June 11 meeting. Among them: a single countywide database for all providers, and withholding a portion of contract payments until outcome reports are filed.""",
        [
            ("lacked reliable data to determine", "San Benicio County Office of the Auditor-Controller"),
            ("In several cases, the authority", "San Benicio County Office of the Auditor-Controller"),
            ("People in this county have", "Carla Nguyen-Ross"),
            ("I’m not saying the money", "Carla Nguyen-Ross"),
            ("Starting today, no contract gets", "Carla Nguyen-Ross"),
            ("building the plane while flying", "Dwayne Maxfield"),
            ("We had motel rooms to", "Dwayne Maxfield"),
            ("Did we get every report", "Dwayne Maxfield"),
            ("We’d get a new spreadsheet", "Angela Brightwater"),
        ],
    ),
    (
        """Linden Court tenants fear 'renoviction' after sale to out-of-state investor

By Maya Holcomb
The Register

ASHFORD, Ore. — Residents of Linden Court, a 96-unit apartment complex on Ashford's east side, received notices last week from the building's new owner, Summit Ridge Residential Holdings, saying their leases would end so the property could undergo "substantial renovations."

State law allows landlords to end tenancies for repairs that would make a unit unsafe or unfit to live in, but requires 90 days' notice and a relocation payment equal to one month's rent.

"I've lived here 19 years. I raised my daughter in apartment 214," said Beverly Kotlarz, 71, who pays $1,150 a month for a one-bedroom. "Now they tell me I have until March to find somewhere, and everything I've looked at is $1,800 or more."

Summit Ridge, based in Scottsdale, Ariz., bought the complex in October for $21.4 million, according to county property records. In an emailed statement, the company said the renovations were "necessary to address decades of deferred maintenance" and that it would "comply fully with all state and local tenant protection laws."

The company did not respond to questions about what rents it plans to charge after the work is completed. A person familiar with the company's plans, who spoke on condition of anonymity because the plans have not been made public, said the renovated units would be marketed "as new construction, basically," with rents expected to roughly double.

Jonah Whitfield, an attorney with Ashford Legal Aid, told reporters outside the building Saturday that his office was reviewing whether the planned work truly required tenants to move out.

"Replacing kitchen cabinets is not a reason to put a 71-year-old on the street," Whitfield said. "The law says the unit has to be unsafe or unfit to occupy during the work. We're going to hold them to that."

Whitfield said his office had heard from about 40 households at the complex since the notices went out. Many are seniors or people with disabilities living on fixed incomes, he said.

State Rep. Helena Marquez, D-Ashford, said she plans to introduce legislation in the next session to require landlords to offer displaced tenants the right to return at their previous rent.

"This is a loophole, and people are driving trucks through it," Marquez said.

According to the Ashford Housing Bureau, the city has recorded at least four similar mass terminations for renovation in the past two years. The bureau said it has sent an inspector to Linden Court to document current conditions.

Tenants have scheduled a meeting with Legal Aid attorneys for Thursday evening in the complex's community room.""",
        [
            ("substantial renovations.", "Summit Ridge Residential Holdings"),
            ("I've lived here 19 years.", "Beverly Kotlarz"),
            ("Now they tell me I", "Beverly Kotlarz"),
            ("necessary to address decades of", "Summit Ridge Residential Holdings"),
            ("comply fully with all state", "Summit Ridge Residential Holdings"),
            ("as new construction, basically,", "person familiar with the company's plans"),
            ("Replacing kitchen cabinets is not", "Jonah Whitfield"),
            ("The law says the unit", "Jonah Whitfield"),
            ("This is a loophole, and", "Helena Marquez"),
        ],
    ),
    (
        """Backyard cottages are booming in Del Oro. Are they making rent any cheaper?

By Theo Marchetti

When Janelle Okafor finished building a 480-square-foot cottage behind her house in Del Oro’s Orchard Heights neighborhood, she rented it to a schoolteacher for $1,650 a month — about $600 less than a comparable one-bedroom apartment nearby.

“I wasn’t trying to get rich off it,” Okafor said. “My mortgage went up, my mom needed help, and this was a way to make the math work.”

Okafor is one of more than 2,300 Del Oro homeowners who have received permits for accessory dwelling units, or ADUs, since the state loosened its rules in 2017, according to city data. ADUs now account for nearly a quarter of all new homes permitted in the city.

She said her next-door neighbor was skeptical at first. “He watched the foundation going in and said, ‘Who’s going to live in a shed?’ Now he’s asking me for my contractor’s number.”

Del Oro Planning Director Samuel Yee said the city cut the average permit time for ADUs from seven months to about 10 weeks after it began offering pre-approved designs last year.

“We basically said, here are six plans that we know work. Pick one, and we’ll get you through in a fraction of the time,” Yee said.

Researchers say the cottages are a meaningful source of new housing but caution against expecting too much. Dr. Karin Lindqvist, an urban economist at Pacific Coast University, said ADUs tend to rent for less than apartments, but they are not income-restricted.

“They’re a real source of new housing, and they’re cheaper to build per unit than almost anything else,” Lindqvist said. “But they’re not going to house someone coming out of a shelter. Most of them rent at market rate — it’s just a smaller market-rate unit.”

Not every permitted ADU becomes a home for a renter. A survey of 600 Del Oro ADU owners released last month by the East Valley Renters Alliance found that about one in five were being used as home offices, guest rooms or short-term rentals.

“Many ADUs are used as short-term rentals or home offices rather than as long-term housing, and the city has no way of tracking it,” the report said.

Councilmember Eddie Parra has proposed offering low-interest construction loans to homeowners who agree to rent their ADUs to tenants with housing vouchers for at least five years. Parra said the program would be “a small thing that could add up” and that he hoped to bring it to a vote this summer.

Okafor said she would have considered it. “If someone had offered me a lower rate, I’d have said yes in a heartbeat,” she said.""",
        [
            ("I wasn’t trying to get", "Janelle Okafor"),
            ("My mortgage went up, my", "Janelle Okafor"),
            ("He watched the foundation going", "Janelle Okafor"),
            ("Who’s going to live in", "neighbor"),
            ("We basically said, here are", "Samuel Yee"),
            ("They’re a real source of", "Karin Lindqvist"),
            ("But they’re not going to", "Karin Lindqvist"),
            ("Many ADUs are used as", "East Valley Renters Alliance"),
            ("a small thing that could", "Eddie Parra"),
            ("If someone had offered me", "Janelle Okafor"),
        ],
    ),
    (
        """Rio Seco homeless count rises for fifth straight year, but family homelessness drops

By Alicia Trent
Staff Writer

The number of people experiencing homelessness in Rio Seco County rose 6% this year to 9,412, according to preliminary results of the annual point-in-time count released Thursday, marking the fifth consecutive increase.

The count, conducted over three nights in January by more than 1,200 volunteers, found 6,880 people living unsheltered — in tents, vehicles or on the street — and 2,532 in shelters or transitional housing.

There was one bright spot: The number of homeless families with children fell 22%, which officials attributed to a rental subsidy program launched in 2022.

"When you give a family a rent check before the eviction, you keep them out of the system entirely," said Monique Abernathy, executive director of the Rio Seco Continuum of Care. "That's the cheapest and most humane intervention we have, and the numbers show it works."

She said the county should expand the program to single adults, who make up most of the homeless population. "We know the model. We just need the money to scale it," she said.

Mayor Daniel Okonkwo-Hale, in a statement, called the overall increase "unacceptable and heartbreaking" and said the city would open 400 new shelter beds by the end of the year.

"We are building faster than at any point in the city's history, but we are still not building fast enough," the mayor's statement said.

County Supervisor Rick Dunleavy, who has pushed for stricter enforcement of camping bans, said the results showed the county's "housing first" approach was failing.

"We've spent hundreds of millions of dollars and we have more people on the street, not fewer," Dunleavy told reporters at a briefing at the county administration building. "At some point you have to admit the strategy isn't working."

A senior county official who was not authorized to discuss the figures publicly said the increase was driven largely by people who had become homeless for the first time, many of them older adults on fixed incomes.

"These are people who were housed last year," the official said. "Their rent went up and their Social Security didn't."

Some outreach workers said the count likely missed people. Roberto Salcedo, an outreach coordinator with Street Medicine Rio Seco, said volunteers could not reach several encampments along the American Fork River.

"The river bottom was flooded the weekend of the count," he said. "We know people moved up into the brush where no one could see them."

The full report, including demographic breakdowns and data on how long people have been homeless, is expected in May.""",
        [
            ("When you give a family", "Monique Abernathy"),
            ("That's the cheapest and most", "Monique Abernathy"),
            ("We know the model. We", "Monique Abernathy"),
            ("unacceptable and heartbreaking", "Daniel Okonkwo-Hale"),
            ("We are building faster than", "Daniel Okonkwo-Hale"),
            ("We've spent hundreds of millions", "Rick Dunleavy"),
            ("At some point you have", "Rick Dunleavy"),
            ("These are people who were", "senior county official"),
            ("Their rent went up and", "senior county official"),
            ("The river bottom was flooded", "Roberto Salcedo"),
            ("We know people moved up", "Roberto Salcedo"),
        ],
    ),
    (
        """Bremford’s first tiny home village opens on former city maintenance yard

By Sam Kealoha | KBRW News

BREMFORD, Wash. — Thirty-six brightly painted cabins now line a gravel lot on the city’s south side where snowplows and street sweepers used to park.

The Cedar Hollow village, operated by the nonprofit Open Door Northwest, opened Monday. Each 8-by-12-foot cabin has heat, electricity and a door that locks. Residents share bathrooms, showers and a kitchen, and a case manager is on site seven days a week.

For Terrence Boyd, 54, who spent most of last winter sleeping in his car, the lock matters most.

“I slept with one eye open for two years,” Boyd said. “Last night I slept eight hours straight. I didn’t know I could still do that.”

Open Door Northwest CEO Harriet Lomax said the village cost about $1.9 million to build, far less per bed than a traditional shelter or permanent supportive housing.

“This is not the answer to homelessness. The answer to homelessness is housing,” Lomax said. “But it’s a place where people can stabilize, get their documents together, see a doctor, and be ready when an apartment opens up.”

Not everyone welcomed the village. A group of nearby homeowners campaigned against the site last year under the banner “Not This Lot,” arguing it was too close to a park and a day care center.

Dennis Farraday, who lives two blocks away and spoke against the project at several council hearings, said Monday that he was still worried about crime but would “give it a fair shot.”

“I’ll be the first to say it if it works,” Farraday told KBRW. “And I’ll be the first to say it if it doesn’t.”

City Council member Ana Sofia Reyes, who sponsored the funding, addressed the crowd at the ribbon-cutting:

“Two years ago, people said we couldn’t find a site. Then they said we couldn’t find the money. Then they said no neighborhood would accept it.

“Well, here we are. Thirty-six doors that lock, and thirty-six people behind them tonight.”

According to Open Door Northwest, 41% of residents at the two other villages it runs in the region moved into permanent housing within a year. The organization says on its website that the villages “are a bridge, not a destination.”

The Bremford Office of Housing said it plans to open two more villages by 2026, pending state funding. “We will continue to pursue every tool available to bring people inside,” the office said in a statement.""",
        [
            ("I slept with one eye", "Terrence Boyd"),
            ("Last night I slept eight", "Terrence Boyd"),
            ("This is not the answer", "Harriet Lomax"),
            ("But it’s a place where", "Harriet Lomax"),
            ("give it a fair shot.", "Dennis Farraday"),
            ("I’ll be the first to", "Dennis Farraday"),
            ("And I’ll be the first", "Dennis Farraday"),
            ("Two years ago, people said", "Ana Sofia Reyes"),
            ("Well, here we are. Thirty-six", "Ana Sofia Reyes"),
            ("are a bridge, not a", "Open Door Northwest"),
            ("We will continue to pursue", "Bremford Office of Housing"),
        ],
    ),
]
