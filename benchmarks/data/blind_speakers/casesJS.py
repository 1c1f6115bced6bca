CASES = [
    (
        """After 41 years, Kettering's Diner will serve its last pancake Sunday

By Dana Whitcomb
Staff writer

PORT TILLMAN — Rosemary Kettering has flipped eggs behind the same counter on East Fourth Street since she was 19. On Sunday, she'll flip her last ones.

Kettering's Diner, the 40-seat breakfast spot her parents opened in 1983, will close for good after the lunch rush, Kettering confirmed Tuesday. Rising food costs, a lease renewal that would have nearly doubled her rent and a long-running shortage of cooks all played a part, she said.

"I kept telling myself one more year, one more year," Kettering said. "But the numbers don't lie, and I'm 60 now. My knees are telling me the same thing the accountant is."

The building's owner, Fourth Street Holdings LLC, did not return calls seeking comment Tuesday. Property records show the company bought the two-story brick building and the two storefronts next to it in 2022 for $1.2 million.

Kettering said the new landlord offered a five-year lease at $4,800 a month, up from the $2,600 she had been paying. She called the offer "fair for somebody who wants a coffee shop with a laptop crowd" but impossible for a diner where a short stack costs $6.50.

Word of the closing spread quickly on social media over the weekend, and by Monday morning the line stretched past the hardware store next door.

Gary Poole, a retired mail carrier who said he has eaten breakfast at the counter "probably four days a week since the Clinton administration," was near the front of it.

"Where am I supposed to go now? The chain places don't know your name," Poole said. "Rosie knows my name, my wife's name and how I take my toast."

City Councilman Marcus Ebbert, whose ward includes the downtown corridor, said the closing reflects a broader squeeze on longtime independent businesses as property values climb along Fourth Street.

"We spent ten years begging people to invest downtown, and now they have," Ebbert said. "That's a good problem, but it's still a problem if the places that kept the lights on through the lean years can't afford to stay."

Ebbert said he plans to ask the city's economic development office to study a lease assistance program for small businesses.

Kettering said she has no plans to reopen elsewhere. Her two longtime cooks have already found jobs, she said, and she intends to auction off the stools, the griddle and the pie case later this month.

As for the recipes — including the sausage gravy that earned the diner a mention in a regional travel magazine in 2009 — she's keeping those.

"Those go with me," she said. "Maybe I'll do a cookbook someday. Don't hold your breath," she added with a laugh.""",
        [
            ("I kept telling myself one more", "Rosemary Kettering"),
            ("But the numbers don't lie,", "Rosemary Kettering"),
            ("fair for somebody who wants", "Rosemary Kettering"),
            ("probably four days a week", "Gary Poole"),
            ("Where am I supposed to", "Gary Poole"),
            ("Rosie knows my name, my", "Gary Poole"),
            ("We spent ten years begging", "Marcus Ebbert"),
            ("That's a good problem, but", "Marcus Ebbert"),
            ("Those go with me,", "Rosemary Kettering"),
            ("Maybe I'll do a cookbook", "Rosemary Kettering"),
        ],
    ),
    (
        """Planning commission backs rezoning for 212-unit apartment complex on former lumber yard

ASHBY SPRINGS, N.C. — The Ashby Springs Planning Commission voted 5-2 Thursday night to recommend rezoning a 9-acre former lumber yard on Old Mill Road for a 212-unit apartment complex, sending the contentious proposal to the City Council next month.

The developer, Copperline Residential, is seeking to change the parcel’s zoning from light industrial to mixed-use residential. The plan calls for four four-story buildings, about 6,000 square feet of ground-floor retail and a 330-space parking lot.

More than 60 people packed the council chambers for the hearing, which stretched past 10:30 p.m. Most of the roughly two dozen speakers opposed the project, citing traffic on Old Mill Road and crowding at nearby Pinecrest Elementary, which already uses four mobile classrooms.

“This road was built for farm trucks, not 400 more cars twice a day,” said Linda Fairbanks, who has lived on Old Mill Road for 31 years. “Nobody has shown us a traffic plan that works.”

Copperline’s development director, Trevor Nakamura, told commissioners the company would pay for a turn lane and a traffic signal at the intersection of Old Mill Road and Route 14, improvements he estimated at $1.1 million.

“We heard the concerns at the community meeting in March and we changed the plan,” Nakamura said. “We cut 40 units, we moved the entrance, and we’re paying for the signal. We think this is a better project because of that feedback.”

He said rents would likely range from about $1,350 for a one-bedroom to $2,100 for a three-bedroom.

The Ashby Springs Planning Department recommended approval. In their report, staff wrote that the project “would add needed housing supply near existing water and sewer lines” and is consistent with the city’s comprehensive plan.

Commission Chair Denise Albright, who voted in favor, said the city cannot keep turning away housing while rents climb.

“Our teachers, our nurses, our police officers can’t afford to live in the town they work in,” Albright said. “At some point we have to say yes to something.”

Commissioners Paul Greer and Yolanda Matthis voted no. Greer said he supported housing on the site in principle but wanted a smaller project, calling 212 units “too much, too fast for that corner of town.”

The school district has not taken a position. A district spokeswoman said Friday that enrollment projections for Pinecrest “are being reviewed” and that updated figures would be shared with the council before its vote.

The City Council is scheduled to hold a public hearing on the rezoning June 12.""",
        [
            ("This road was built for", "Linda Fairbanks"),
            ("Nobody has shown us a", "Linda Fairbanks"),
            ("We heard the concerns at", "Trevor Nakamura"),
            ("We cut 40 units, we", "Trevor Nakamura"),
            ("would add needed housing supply", "Ashby Springs Planning Department"),
            ("Our teachers, our nurses, our", "Denise Albright"),
            ("At some point we have", "Denise Albright"),
            ("too much, too fast for", "Paul Greer"),
            ("are being reviewed", "spokeswoman"),
        ],
    ),
    (
        """Ironwood Flats Brewing to double production with $750K state grant, new canning line

LAKETON, Mich. — Ironwood Flats Brewing Co. will more than double its production capacity next year after landing a $750,000 performance-based grant from the Michigan Strategic Growth Fund, the company said Wednesday.

The six-year-old brewery plans to invest about $3.4 million in a 14,000-square-foot addition to its production facility on Dock Street, including new fermentation tanks and an automated canning line. The expansion is expected to create 22 jobs over three years, according to the state agency.

"We've been turning away distributors for two years because we simply couldn't make enough beer," co-founder and CEO Hannah Lindqvist said in a phone interview. "This lets us say yes."

Ironwood Flats produced about 9,000 barrels last year, Lindqvist said, and expects to reach 20,000 barrels by 2027. Its flagship hazy IPA, Dockside, is now sold in about 1,100 stores across Michigan and northern Indiana.

The grant is contingent on the brewery meeting its hiring targets, according to the Michigan Strategic Growth Fund, whose statement said the project "reflects the kind of homegrown manufacturing growth we want to see in every corner of the state."

The city of Laketon is also contributing, approving a 12-year property tax abatement on the new construction at Monday's City Commission meeting. The abatement is worth an estimated $410,000 over its life, according to a memo from city staff.

Mayor Carl Dussault, who voted in favor, said Ironwood Flats has become one of the anchors of the Dock Street district, a former warehouse strip that has added two restaurants, a climbing gym and about 90 apartments since 2019.

"When they opened, that block was mostly empty loading docks," Dussault said. "Now it's where people bring visitors on a Saturday."

Not everyone in the industry is as bullish. Craft beer sales nationally have been flat or declining for several years, and a handful of Michigan breweries closed in 2023 and 2024.

Ben Ortolano, a consultant in Harbor Glen who advises breweries on financing, said expansions like Ironwood Flats' can pay off but carry risk.

"Capacity is only worth something if you can sell it," Ortolano said. "The breweries that are growing right now are the ones with a clear distribution plan, and it sounds like they have one. The ones that got in trouble built the tanks first and hoped the demand would follow."

Lindqvist said the company has already signed agreements with two new distributors covering Ohio and northern Illinois.

Construction is expected to begin in the spring, with the new line running by early 2026, the company said. The Ironwood Flats taproom will remain open throughout construction.""",
        [
            ("We've been turning away distributors", "Hannah Lindqvist"),
            ("This lets us say yes.", "Hannah Lindqvist"),
            ("reflects the kind of homegrown", "Michigan Strategic Growth Fund"),
            ("When they opened, that block", "Carl Dussault"),
            ("Now it's where people bring", "Carl Dussault"),
            ("Capacity is only worth something", "Ben Ortolano"),
            ("The breweries that are growing", "Ben Ortolano"),
        ],
    ),
    (
        """'It's a gamble': Developer plans to turn vacant Riverside Tower into 140 apartments

CEDAR BLUFF, Iowa (KCBT) — The 11-story office tower that has sat nearly empty on Riverside Drive since 2021 could soon be home to about 140 apartments.

Local developer Sam Okafor's firm, Okafor Urban Partners, has a purchase agreement for Riverside Tower and filed preliminary plans with the city this week to convert the 1970s building into mostly one- and two-bedroom units.

Okafor told KCBT the project is expected to cost around $38 million.

"It's a gamble, I won't pretend it's not," Okafor said. "Office-to-residential conversions are hard. The floor plates are deep, the plumbing is all in the wrong place. But a building this size sitting dark in the middle of downtown is a bigger risk for everybody."

The tower's occupancy dropped below 15% after its largest tenant, regional insurer Heartland Mutual Group, moved its 400 employees to a suburban campus in 2021.

The current owner, an out-of-state investment firm, listed the property last year.

City leaders say they welcome the idea.

"Downtown needs people living in it, not just working in it," said Cedar Bluff's economic development director, Angela Ruiz. "Every one of these conversions means more foot traffic for the restaurants and shops that have been hanging on."

Ruiz said the city is weighing a request from Okafor for tax increment financing, or TIF, to help cover the cost of the conversion. The City Council would have to approve any incentive package.

Not everyone is convinced the public should help pay.

Council member Rick Haldane said he wants to see the numbers first.

"I'm glad somebody wants the building. I'm not glad about writing a blank check," Haldane told KCBT. "If the project pencils out, great. If it only pencils out with taxpayer money, we need to know exactly how much and what we're getting for it."

Some businesses near the tower say anything would be an improvement.

Tina Vu owns Lotus Noodle House, across the street from the building. She says lunch business has never recovered since the insurer left.

"We used to have a line out the door at noon," Vu said. "Now I have days where I send my cook home at one o'clock."

Okafor said he hopes to close on the purchase by fall and start construction in early 2026. If everything goes to plan, the first tenants could move in by 2027.""",
        [
            ("It's a gamble", "Sam Okafor"),
            ("It's a gamble, I won't pretend", "Sam Okafor"),
            ("Office-to-residential conversions are hard.", "Sam Okafor"),
            ("Downtown needs people living in", "Angela Ruiz"),
            ("Every one of these conversions", "Angela Ruiz"),
            ("I'm glad somebody wants the", "Rick Haldane"),
            ("If the project pencils out,", "Rick Haldane"),
            ("We used to have a", "Tina Vu"),
            ("Now I have days where", "Tina Vu"),
        ],
    ),
    (
        """Council loosens food truck rules after vendors push back on downtown ban

PECAN HOLLOW, Texas — Food trucks will be allowed to park on three downtown blocks on weekday evenings and weekends under a compromise the Pecan Hollow City Council approved 6-1 on Tuesday, ending a months-long standoff between mobile vendors and restaurant owners.

The ordinance replaces a 2019 rule that barred food trucks from operating within 300 feet of any restaurant's front door, which effectively banned them from the downtown core. Trucks will now be permitted on portions of Bowie, Travis and Second streets from 5 p.m. to midnight Monday through Friday and all day on weekends, with a permit costing $350 a year.

Mariela Cantú, who runs the Tacos La Güera truck with her husband and helped organize the Pecan Hollow Mobile Food Alliance last fall, said the vote was a relief.

"For five years we've been told we were the problem," Cantú said after the meeting. "We're not trying to take anybody's customers. We're trying to feed the people who are already down there at night when half the kitchens are closed.

"Tonight the council listened. That's all we ever asked for."

The alliance, which now counts 27 member trucks, collected more than 1,400 signatures on a petition calling for the ban to be lifted.

Some restaurant owners had argued that trucks pay far less in rent and property taxes and would siphon off business on the busiest nights. Darren Pruitt, owner of Pruitt's Smokehouse on Bowie Street and president of the Downtown Pecan Hollow Merchants Association, said the final version was better than earlier drafts but that he still had reservations.

"We pay $9,000 a month to be on this street," Pruitt said. "I don't begrudge anybody making a living, but it's not a level playing field and everybody in that room knows it."

He said the merchants association would watch closely to see whether the trucks follow the rules on trash, noise and parking.

Under the ordinance, trucks must stay at least 50 feet from a restaurant entrance and provide their own trash cans. Council member Rosa Delgado, who drafted the compromise, said the city would review the program after a year.

"Nobody got everything they wanted, which is usually a sign you're close," Delgado said.

Council member Floyd Hatcher cast the lone vote against, saying the city had "rushed a fix" without studying how other Texas cities handle the issue.

Not all truck owners were celebrating. One vendor who operates near the university campus, who asked not to be named because he is applying for a city permit, said the fee and new inspection requirements would be hard on smaller operators.

"It's a win for the big trucks," he said. "For guys like me running on a margin this thin, it's another bill."

The new rules take effect July 1.""",
        [
            ("For five years we've been", "Mariela Cantú"),
            ("We're not trying to take", "Mariela Cantú"),
            ("Tonight the council listened.", "Mariela Cantú"),
            ("We pay $9,000 a month", "Darren Pruitt"),
            ("I don't begrudge anybody making", "Darren Pruitt"),
            ("Nobody got everything they wanted,", "Rosa Delgado"),
            ("rushed a fix", "Floyd Hatcher"),
            ("It's a win for the", "vendor who operates near the university campus"),
            ("For guys like me running", "vendor who operates near the university campus"),
        ],
    ),
    (
        """Calder-area home prices hit record as inventory stays tight, Realtors say

By Jordan Pike – Reporter, Calder Business Journal

Median home prices in the Calder metro area climbed to a record $318,500 in April, up 7.4% from a year earlier, as the supply of homes for sale remained near historic lows, according to new data from the Calder Area Association of Realtors.

Closed sales rose 3% year over year to 612, the association reported, while the number of active listings stood at 1,046 — about 1.9 months of supply. A balanced market is generally considered to be five to six months.

The association put it bluntly in its monthly market report: “Buyers continue to compete for a limited pool of move-in-ready homes, particularly under $300,000.”

Kristen Obi, the association’s 2025 president and a broker with Lowcountry Hearth Realty, said she is seeing more bidding wars this spring than last year, especially in established neighborhoods close to downtown and the Mercy Regional Medical Center campus.

“A well-priced three-bedroom in Eastover or Belle Meade will have multiple offers in the first weekend, full stop,” Obi said. “The homes that are sitting are the ones that need a lot of work or were priced for 2022.”

Mortgage rates, which have hovered between 6.5% and 7% for most of the past year, have kept many existing homeowners from listing, Obi said, because they don’t want to give up lower rates locked in earlier.

New construction is picking up some of the slack. Builders pulled 214 single-family permits in Greystone County in the first quarter, the most since 2006, according to county records.

Marcus Bell, vice president of land acquisition at Carolina Crest Homes, one of the region’s largest builders, said his company has three subdivisions under way on the county’s western edge, with homes starting in the low $290,000s.

“We can build the product,” Bell said. “What we can’t do fast enough is get lots approved. Water and sewer capacity out there is the bottleneck, not demand.”

Greystone County Council is expected to vote in June on a $62 million bond for a new wastewater treatment plant that would serve the western corridor. County Administrator Wendell Mays said in an email that the plant “is the single most important thing we can do for housing affordability in this county over the next decade.”

Not all indicators are pointing up. The average number of days on market ticked up from 24 to 29, and the share of listings with a price reduction rose to 18%, according to the report.

Priya Raman, director of the Center for Regional Economic Research at Calder State University, said those numbers suggest buyers are becoming more price-sensitive, even as overall demand stays strong.

“Affordability is stretched,” she said. “We’re not seeing a crash, and I don’t expect one. What we’re seeing is a market where buyers are finally saying no to the overpriced listings.”""",
        [
            ("Buyers continue to compete for", "Calder Area Association of Realtors"),
            ("A well-priced three-bedroom in", "Kristen Obi"),
            ("The homes that are sitting", "Kristen Obi"),
            ("We can build the product,", "Marcus Bell"),
            ("What we can’t do fast", "Marcus Bell"),
            ("is the single most important", "Wendell Mays"),
            ("Affordability is stretched,", "Priya Raman"),
            ("We’re not seeing a crash,", "Priya Raman"),
        ],
    ),
    (
        """Business owners say Broadway reconstruction is costing them customers; city promises help

By Caleb Hart
Fenwick Herald-Ledger

FENWICK, Ky. — Six months into an 18-month reconstruction of West Broadway, business owners along the corridor say sales are down by a third or more, and some worry they won't survive until the orange barrels are gone.

About 30 owners met with Mayor Joanne Whitlock and public works officials Monday at the Broadway Baptist Church fellowship hall to air their frustrations. The $24 million project is replacing 100-year-old water and sewer lines, widening sidewalks and adding bike lanes between 5th and 12th streets.

Doug Meacham, who has owned Meacham Hardware since 1994, said his walk-in traffic has dropped by roughly 40% since September, when crews closed the eastbound lanes.

"People think we're closed," Meacham said. "They drive by, they see the fencing, the dirt, and they just keep going to the big box store out on the bypass."

Shawna Pettit, co-owner of the Paper Lantern bookstore and cafe, said she has cut staff hours and dipped into savings to make payroll.

"We love what the street is going to look like when it's done. We just need to still be here when it's done," Pettit said.

Whitlock told reporters after the meeting that the city will launch a $250,000 grant program for businesses in the construction zone, with awards of up to $7,500 each, and will add signs at both ends of the project telling drivers that shops remain open.

"I hear them, and they're right to be frustrated," Whitlock said. "This is work that should have been done 30 years ago, and the businesses on Broadway are paying the price for the city putting it off. We owe them more than an apology."

The grant program needs City Commission approval, which Whitlock said she expects at the commission's Dec. 3 meeting.

Public works director Aaron Beckley said crews are on schedule and that the contractor, Bluegrass Civil Constructors, has agreed to keep at least one lane and all sidewalks open in front of businesses during working hours.

Some owners said that promise hasn't always been kept. In a written statement, Bluegrass Civil Constructors said it "takes access concerns seriously" and had assigned a community liaison to the project.

The state, which is paying for part of the work with federal highway money, does not expect the timeline to change. A spokesman for the state Transportation Cabinet said officials were "aware of the concerns" and would keep working with the city.

For Meacham, the grant money would help, but he said he's mostly counting on his regulars.

"The ones who've been coming here for 30 years, they'll park two blocks away and walk through the mud," he said. "Those folks are the reason I'm still open."

Work on the next phase, between 9th and 12th streets, is scheduled to begin in March.""",
        [
            ("People think we're closed,", "Doug Meacham"),
            ("They drive by, they see", "Doug Meacham"),
            ("We love what the street", "Shawna Pettit"),
            ("I hear them, and they're", "Joanne Whitlock"),
            ("This is work that should", "Joanne Whitlock"),
            ("takes access concerns seriously", "Bluegrass Civil Constructors"),
            ("aware of the concerns", "spokesman"),
            ("The ones who've been coming", "Doug Meacham"),
            ("Those folks are the reason", "Doug Meacham"),
        ],
    ),
    (
        """Zoning board approves rooftop deck for Harbor Street restaurant, with limits on hours and music

NEW HARWICK, Conn. — A Harbor Street restaurant can build a 90-seat rooftop deck, the city's Zoning Board of Appeals decided Wednesday, but it will have to close the deck by 10 p.m. and keep amplified music off the roof entirely.

The board voted 4-1 to grant Saltbox Kitchen & Oyster Bar a special exception and a height variance for the deck, which will sit atop the restaurant's two-story building at 214 Harbor St. Owner Nicholas Varga had originally asked to keep the deck open until midnight with live acoustic music on weekends.

Varga's attorney, Elaine Marchetti, told the board the restaurant had already made several changes to address neighbors' concerns, including moving the deck's stairway to the street side and adding a 7-foot sound wall along the rear.

"My client has tried to be a good neighbor from day one," Marchetti said. "This is a waterfront business district. A rooftop where people can see the harbor is exactly what this zone was designed to encourage."

The Harbor Hill Neighborhood Association, whose members live in the rowhouses directly behind the restaurant, opposed the application. In a letter submitted to the board, the association said the deck would "turn our back bedrooms into the cheap seats for a bar."

Carol Whitaker, who lives on Pearl Street, told the board she can already hear diners on the restaurant's ground-level patio.

"I'm not against Saltbox. I eat there," Whitaker said. "But noise goes up, not down, and there's nothing between that roof and my window but 60 feet of air."

Board Chairman Robert Fahey said the conditions were meant to strike a balance.

"Nobody on this board wants to kill a successful local business, and nobody wants families on Pearl Street kept up at midnight either," Fahey said before the vote.

Board member Gloria Santangelo cast the lone dissenting vote. She said the variance, which allows the building to exceed the district's 35-foot height limit by about 9 feet, could set a precedent for other properties along the waterfront.

In a statement posted to the restaurant's Facebook page Wednesday night, Saltbox said it was "grateful to the board and to our neighbors" and would "live up to every condition."

Varga, reached by phone Thursday, said he hopes to begin construction in the fall and open the deck next spring.

"We'll take 10 o'clock," he said. "Honestly, most of our customers are home by then anyway."

Neighbors have 15 days to appeal the decision to Superior Court.""",
        [
            ("My client has tried to", "Elaine Marchetti"),
            ("This is a waterfront business", "Elaine Marchetti"),
            ("turn our back bedrooms into", "Harbor Hill Neighborhood Association"),
            ("I'm not against Saltbox. I", "Carol Whitaker"),
            ("But noise goes up, not", "Carol Whitaker"),
            ("Nobody on this board wants", "Robert Fahey"),
            ("grateful to the board and", "Saltbox Kitchen & Oyster Bar"),
            ("live up to every condition.", "Saltbox Kitchen & Oyster Bar"),
            ("We'll take 10 o'clock,", "Nicholas Varga"),
            ("Honestly, most of our customers", "Nicholas Varga"),
        ],
    ),
]
