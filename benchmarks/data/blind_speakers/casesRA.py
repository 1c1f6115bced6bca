CASES = [
    (
        """Producer car users fear auction plan will squeeze them out

By Dale Kowalchuk
Co-operator staff

SOURIS BEND, Man. — Farmers who load their own rail cars say a proposal to auction producer car capacity could shut small shippers out of the system and put rural branch lines at risk.

The proposal, floated last month by the Prairie Rail Shippers Council, would replace the current first-come, first-served allocation of producer cars with a weekly bidding process open to all shippers.

"If you put these cars up for auction, the big players win every time," said Lorne Pettigrew, who farms 3,200 acres near Kestrel and chairs the Westman Producer Car Loading Co-op. "We've spent 20 years building this co-op so farmers had an alternative to the line companies. This would gut it."

Pettigrew said the co-op loaded 412 cars in the 2023-24 crop year, and members saved an average of $18 a tonne compared with delivering to a primary elevator.

The council, which represents both major railways and several grain handlers, argues the current system leaves cars sitting idle on sidings while terminals wait for capacity. In a written submission to the federal transportation regulator, the council said an auction would "improve car cycle times and ensure capacity goes where it is most needed."

Marnie Chornoboy, policy director with the Manitoba Farm Producers Association, said her group will oppose the change at hearings scheduled for the spring.

"We understand the railways want efficiency. Nobody in this room is against efficiency," she told about 60 farmers at a meeting in Souris Bend Jan. 14. "But the right to a producer car is written into federal law, and a right you can't afford to use is a right in name only."

The association estimates roughly 9,000 producer cars are loaded on the Prairies in a typical year, a small share of total grain movement but an important one for farmers far from a high-throughput terminal.

Ken Sawatzky, reeve of the RM of Elton Plains, said the loading site near Bellhaven is one of the few things keeping traffic on the local line.

"Lose the cars, and the line is next," Sawatzky said. "Then it's B-trains on our municipal roads, and who pays to fix those roads? Our ratepayers do.

"I've sat through enough of these consultations to know how it ends when nobody speaks up."

A spokesperson for the council said in an email that consultations are continuing and no decision has been made. "We welcome input from all shippers, including producer car groups, and will consider every submission carefully," the email said.

Written comments on the proposal are due Feb. 28.""",
        [
            ("If you put these cars", "Lorne Pettigrew"),
            ("We've spent 20 years building", "Lorne Pettigrew"),
            ("improve car cycle times and", "Prairie Rail Shippers Council"),
            ("We understand the railways want", "Marnie Chornoboy"),
            ("But the right to a", "Marnie Chornoboy"),
            ("Lose the cars, and the", "Ken Sawatzky"),
            ("Then it's B-trains on our", "Ken Sawatzky"),
            ("I've sat through enough of", "Ken Sawatzky"),
            ("We welcome input from all", "spokesperson"),
        ],
    ),
    (
        """Drainage assessments top concerns at Tamarack County Farm Bureau meeting

By Jenna Holtkamp

Rising drainage district assessments and a proposed increase in the county’s rural road levy dominated discussion at the Tamarack County Farm Bureau annual meeting Nov. 9 in Elm Prairie.

About 150 members attended the meeting, held in the 4-H building at the county fairgrounds, where they approved policy resolutions for the coming year and elected three new board members.

Tamarack County Farm Bureau President Greg Olthoff said many members have seen assessment bills double or triple after drainage districts approved repairs to main tile lines, some of them installed more than a century ago.

“Nobody here is against fixing the tile. Most of it was put in by our great-grandparents, and it’s failing,” Olthoff said. “What members want is a seat at the table before the engineer’s report is final, not after the bill shows up in the mail.”

Under state law, drainage district trustees — in Tamarack County, the county board of supervisors — hire an engineer to recommend repairs and then apportion costs among landowners based on the benefit each parcel receives. Members said that process can feel like a black box.

Jim Voss, who farms near Lone Tree Grove and whose family owns land in three districts, put it plainly: “I got a $41,000 assessment on one farm. I asked how they figured the benefit, and I still don’t have a straight answer.”

Supervisor Carla Redenbaugh, who attended the meeting, said the board has heard those concerns and plans to hold public work sessions before approving future engineer’s reports.

“We can do a better job explaining how the numbers are calculated,” Redenbaugh said. “These are expensive projects, and people deserve to see the math.”

According to the county auditor’s office, 11 drainage districts in the county have approved major repairs since 2021, with total project costs of about $14.6 million.

Members also discussed the proposed road levy increase, which supervisors say is needed to replace aging bridges on gravel roads. Several farmers questioned whether the levy should fall more heavily on agricultural land than on residential property.

“When you’re hauling 40,000 bushels across a bridge posted at 15 tons, you know we need new bridges,” said Beth Moeller, a Farm Bureau member who raises corn and soybeans on the county’s north side. “I just want to know the money is going where they say it’s going.”

Delegates approved a resolution asking the Legislature to require drainage engineers to present preliminary benefit calculations at a public hearing. The resolution will be forwarded to the state Farm Bureau’s policy development process.

Newly elected board members are Aaron Kessler, Dana Fuhrman and Matt Schroeder. Olthoff was re-elected to a second two-year term as president.

“It’s a good group, and we’ve got plenty of work ahead of us,” he said.""",
        [
            ("Nobody here is against fixing", "Greg Olthoff"),
            ("What members want is a", "Greg Olthoff"),
            ("I got a $41,000 assessment", "Jim Voss"),
            ("We can do a better", "Carla Redenbaugh"),
            ("These are expensive projects, and", "Carla Redenbaugh"),
            ("When you’re hauling 40,000 bushels", "Beth Moeller"),
            ("I just want to know", "Beth Moeller"),
            ("It’s a good group, and", "Greg Olthoff"),
        ],
    ),
    (
        """Soybeans Slide as Brazil Harvest Estimates Climb

By Rachel Bergstrom
Contributing Market Analyst

OMAHA, Neb. — Soybean futures fell to their lowest level in nearly three weeks Tuesday as private forecasters raised their estimates for Brazil's crop and U.S. export demand showed few signs of picking up.

March soybeans settled down 14 1/4 cents at $10.21 1/2 a bushel, while March soybean meal lost $4.80 to $298.40 a short ton. Corn followed beans lower, with March corn closing down 3 1/2 cents at $4.49.

"The market has basically priced in a record Brazilian crop, and now it's looking for a reason to go lower," said Tom Wexler, senior market strategist with Heartland Grain Advisory in Omaha. "Right now, it doesn't have to look very hard."

A Sao Paulo-based consultancy on Monday raised its estimate of Brazil's 2024-25 soybean crop to 172 million metric tons, up 2 million tons from its January forecast, citing favorable rains across Mato Grosso and Goias.

Meanwhile, weekly export inspections of U.S. soybeans totaled 712,000 metric tons, near the low end of trade expectations. China, the world's largest soybean buyer, has been largely absent from the U.S. market since early December, according to traders.

Wexler said funds have added to their net short position in soybeans for three consecutive weeks and could keep pressure on prices into the first half of February.

Not every analyst sees a prolonged decline. In its weekly newsletter, Prairie Trading Group said the selloff looked "overdone relative to the demand picture" and noted that domestic crush margins remain strong.

"Crush plants are running flat out. That's a real floor under this market, even if it doesn't feel like it this week," Angela Ruiz, the firm's lead analyst, said in a phone interview.

Ruiz said she expects USDA's Feb. 11 World Agricultural Supply and Demand Estimates report to leave U.S. soybean ending stocks close to the January figure of 380 million bushels.

For farmers holding unpriced old-crop beans, the slide has been frustrating. Dennis Auerbach, who farms about 2,000 acres near Ellery, Nebraska, said he still has roughly a third of his 2024 crop in the bin.

"I kept waiting for the summer rally that never came, and then I kept waiting for a winter one," Auerbach said. "At some point you just have to make sales and move on."

Wexler suggested growers in Auerbach's position consider making sales on any bounce toward $10.50 and using call options to keep some upside exposure.

"Storing unpriced beans and hoping is not a marketing plan," he said.""",
        [
            ("The market has basically priced", "Tom Wexler"),
            ("Right now, it doesn't have", "Tom Wexler"),
            ("overdone relative to the demand", "Prairie Trading Group"),
            ("Crush plants are running flat", "Angela Ruiz"),
            ("I kept waiting for the", "Dennis Auerbach"),
            ("At some point you just", "Dennis Auerbach"),
            ("Storing unpriced beans and hoping", "Tom Wexler"),
        ],
    ),
    (
        """State widens apple maggot quarantine in central Washington

By Marcus Tillery
Capital Press

YAKIMA, Wash. — The Washington State Department of Agriculture has expanded its apple maggot quarantine by about 140 square miles after trappers found the pest in backyard trees outside the current boundary.

The expansion, which takes effect March 1, adds the Rimrock Bench and Cold Creek areas to the quarantine zone. Growers inside the zone will face additional inspection and treatment requirements before shipping fruit to areas free of the pest.

Apple maggot, a fly whose larvae tunnel through fruit, has been established in western Washington for decades but is considered a serious threat to the commercial orchards of central Washington, where it remains limited to scattered detections.

"These were backyard finds, not commercial orchards, and that's the good news," said Dr. Anita Kaur, the department's state entomologist. "But they were outside the line, and the rules require us to move the line."

Kaur said trappers collected four adult flies from three sites during the 2024 season. Larvae were also found in fruit from one abandoned tree.

In a news release, the department said the expansion is "necessary to maintain access to export markets that require pest-free production areas" and urged homeowners in the affected areas to remove unmanaged fruit trees.

For growers, the change means more paperwork and, in some cases, more spraying.

Rick Abernathy, who grows about 90 acres of apples and pears just inside the new boundary, said he is not surprised but is worried about neighbors who don't farm.

"I can spray my trees. I can't spray the old Gravenstein in the guy's yard down the road," Abernathy said. "That's where these flies are living, and that's where this has to be fixed."

The Central Washington Tree Fruit Association supports the expansion, according to its president, Linda Okamura.

"Nobody likes a quarantine, but losing an export market would be a lot worse," Okamura said. "The industry has asked the Legislature for money to help counties remove abandoned trees, and this is one more reason that program matters."

Okamura said the association is seeking $1.2 million in the next state budget for the removal program, which pays landowners to take out neglected orchards and backyard trees.

The department will hold an online meeting for growers Feb. 18. Kaur said staff will explain the new boundaries and answer questions about compliance agreements.

"We'd much rather answer questions now than find problems in a bin at the packing house," she said.""",
        [
            ("These were backyard finds, not", "Anita Kaur"),
            ("But they were outside the", "Anita Kaur"),
            ("necessary to maintain access to", "Washington State Department of Agriculture"),
            ("I can spray my trees.", "Rick Abernathy"),
            ("That's where these flies are", "Rick Abernathy"),
            ("Nobody likes a quarantine, but", "Linda Okamura"),
            ("The industry has asked the", "Linda Okamura"),
            ("We'd much rather answer questions", "Anita Kaur"),
        ],
    ),
    (
        """Co-op members back merger: ‘We had no choice’

By Shauna Deptuck
Reporter

MAPLE COULEE, Sask. — Members of Cypress Ridge Agro Co-operative have voted to merge with a larger neighbour, ending 68 years of independence for one of southwestern Saskatchewan’s oldest farm supply co-ops.

The vote, held Feb. 6 at the community hall in Maple Coulee, passed 212 to 141 after nearly three hours of debate. The merger with Prairie Sun Co-operative, based in Wolverton, would take effect Aug. 1, pending approval by Prairie Sun’s members next month.

Board chair Harold Eckert told members the co-op could not afford to replace its aging fertilizer blending plant and agro centre without a partner.

“We looked at every option. We looked at borrowing, we looked at selling assets, we looked at cutting services,” Eckert said. “At the end of the day we had no choice. This was the only way to keep an agro centre in this town.”

According to figures presented at the meeting, Cypress Ridge posted a loss of $1.3 million in its last fiscal year, its second straight loss, on sales of about $48 million. Fertilizer and crop protection products accounted for nearly 70 percent of revenue.

Not all members were convinced. Several questioned whether Prairie Sun would keep the local fuel and hardware operations open once the merger is complete.

“They can promise whatever they want tonight. Five years from now, who’s going to hold them to it?” asked Wes Halvorsen, a cattle and grain producer who has been a member since 1981.

One longtime member, who asked not to be named because relatives work for the co-op, said many members felt the board had presented the merger as a done deal.

“There was no real alternative on the table. It was merge or close, and that’s not much of a choice,” the member said.

Prairie Sun chief executive Darlene Fitzsimmons said in an interview that the larger co-op has no plans to close any Cypress Ridge locations.

“Our commitment is to keep all three sites open and keep every employee who wants to stay,” she said. “We’re a co-op too. Our members live in the same kind of towns.”

In a statement issued after the vote, Prairie Sun Co-operative said the combined organization would have about 9,400 active members and annual sales of more than $210 million. The statement said the merger would “give members of both co-ops access to better pricing, more agronomy staff and a stronger balance sheet.”

Eckert said Cypress Ridge members would hold two seats on the combined board for at least six years.

After the vote, he acknowledged the decision would be hard for many to accept.

“My dad was on the first board of this co-op,” he said. “Nobody in this room wanted to be here tonight. But I believe this keeps the co-op alive in Maple Coulee, and that’s what matters.”""",
        [
            ("We had no choice", "Harold Eckert"),
            ("We looked at every option.", "Harold Eckert"),
            ("At the end of the", "Harold Eckert"),
            ("They can promise whatever they", "Wes Halvorsen"),
            ("There was no real alternative", "longtime member"),
            ("Our commitment is to keep", "Darlene Fitzsimmons"),
            ("We’re a co-op too. Our", "Darlene Fitzsimmons"),
            ("give members of both co-ops", "Prairie Sun Co-operative"),
            ("My dad was on the", "Harold Eckert"),
            ("Nobody in this room wanted", "Harold Eckert"),
        ],
    ),
    (
        """Analyst says heifer retention still not showing up

By Carly Wendt

A livestock market analyst says there's still little evidence that cattle producers are holding back heifers to rebuild the nation's herd, despite record prices for calves.

Kevin Holloway with Plains Livestock Marketing Services says the latest USDA Cattle on Feed report showed heifers made up just over 39 percent of cattle in feedlots at the start of the quarter.

"That's historically high. In a true rebuilding phase you'd expect that number to drop to 35 percent or lower," he says. "So we're just not seeing producers commit yet."

He tells Heartland Farm Network high interest rates and lingering drought in parts of the Plains are making many cow-calf operators cautious about expanding.

"Guys are looking at what a bred heifer costs right now and what it costs to borrow money, and they're asking whether they want to take on that kind of risk at this stage of their career," Holloway says. "A lot of these operators are in their sixties. They're not looking to build for the next 20 years."

Jolene Brekke, who runs about 400 cows near Pine Butte, South Dakota, says her family did keep back more heifers this year, but not many.

"We kept back maybe 30 more than normal. That's about as far as I'm willing to go until I see what the grass looks like this spring," she says.

Brekke says a neighbor sold out entirely last fall after two dry summers, and she knows of others considering the same thing.

Holloway says feeder cattle futures set new contract highs last week, and he expects prices to stay strong through at least 2026 as supplies remain tight.

"The fundamentals are still very strong. Supplies are tight, and they're going to stay tight for a couple more years at least," he says.

He says the biggest risk for the market is on the demand side, if consumers start pushing back against record beef prices at the meat counter.

"So far, we haven't seen that. Beef demand has been remarkably resilient," Holloway says. "But retail prices are at levels we've never seen before, and at some point that gets tested.\"""",
        [
            ("That's historically high. In a", "Kevin Holloway"),
            ("So we're just not seeing", "Kevin Holloway"),
            ("Guys are looking at what", "Kevin Holloway"),
            ("A lot of these operators", "Kevin Holloway"),
            ("We kept back maybe 30", "Jolene Brekke"),
            ("The fundamentals are still very", "Kevin Holloway"),
            ("So far, we haven't seen", "Kevin Holloway"),
            ("But retail prices are at", "Kevin Holloway"),
        ],
    ),
    (
        """Tile loan backlog leaves Huron farmers waiting

By Neil Vandermeer

Farmers in Huron County who applied for provincial tile drainage loans last fall are being told they may not get the money until next year, after several municipalities used up their annual allocations within weeks.

Under the program, which municipalities administer on the province’s behalf, farmers can borrow up to 75 per cent of the cost of installing tile at a fixed interest rate set by the province. Each municipality receives a yearly allocation and lends it out on a first-come, first-served basis.

Jeff Brouwer, who crops about 600 acres in Morrisdale Township, said he had a contractor booked for October and was counting on the loan.

“The contractor was ready, the weather was ready, and the money wasn’t,” Brouwer said. “I went ahead with half the field on my own line of credit. The other half will have to wait.”

He isn’t alone. Morrisdale Township clerk-treasurer Susan Beattie said the township received 23 applications worth a combined $1.9 million in 2024, against an allocation of $600,000.

“We had the whole year’s allocation committed by the end of April,” Beattie said. “We’ve never seen demand like this.”

Contractors say strong crop prices in 2022 and 2023, along with a run of wet springs, pushed demand for systematic tile to levels not seen in decades. Higher rates on conventional farm loans have also made the program’s fixed rate more attractive.

The Ausable Ridge Federation of Agriculture raised the issue in a letter to the provincial agriculture minister in December, calling the shortfall “a drag on productivity that the province can fix with the stroke of a pen.”

Federation president Tanya McKellar said members want the province to raise the total allocation and let municipalities carry unused funds from one year to the next.

“Tile is one of the best investments you can make in a field. It pays back in yield, and it pays back in soil health,” McKellar said.

“We’re not asking for a grant. These are loans, and farmers pay them back with interest.”

In a written response, the Ontario Ministry of Agriculture, Food and Agribusiness said the program’s budget for 2025-26 “will be determined through the normal budget process” and that staff are reviewing how allocations are distributed among municipalities.

Pete Hoogsteen, whose family has run a tiling business near Lucanvale since 1978, said some customers have cancelled jobs outright.

“When a guy finds out the loan isn’t coming, he either puts it on the credit line or he waits,” he said. “More of them are waiting, and that hurts us, too.”

Hoogsteen said his crews installed about 40 per cent less tile this fall than last.""",
        [
            ("The contractor was ready, the", "Jeff Brouwer"),
            ("I went ahead with half", "Jeff Brouwer"),
            ("We had the whole year’s", "Susan Beattie"),
            ("We’ve never seen demand like", "Susan Beattie"),
            ("a drag on productivity that", "Ausable Ridge Federation of Agriculture"),
            ("Tile is one of the", "Tanya McKellar"),
            ("We’re not asking for a", "Tanya McKellar"),
            ("will be determined through the", "Ontario Ministry of Agriculture, Food and Agribusiness"),
            ("When a guy finds out", "Pete Hoogsteen"),
            ("More of them are waiting,", "Pete Hoogsteen"),
        ],
    ),
    (
        """Farm bill timeline slips as Senate Ag leaders eye fall markup

By Steve Pellegrino

WASHINGTON — Senate Agriculture Committee leaders said Tuesday a new farm bill is unlikely to reach the Senate floor before September, pushing final action on the long-delayed legislation deeper into the campaign season.

Sen. Marla Thorsby, R-S.D., who chairs the committee's commodities subcommittee, said members are still far apart on reference prices for major crops and on how to pay for any increase.

"We're going to get a bill, but I'm not going to rush a bill that can't pass," Thorsby told reporters after a closed-door meeting of committee Republicans. "I'd rather take the extra month and do it right."

Some lawmakers have floated a so-called "skinny" farm bill that would extend most programs through 2026 while raising reference prices, leaving conservation and nutrition policy for a later debate. Thorsby said that option is "not my first choice" but would not rule it out.

Democrats have said they will not accept cuts to the Supplemental Nutrition Assistance Program to pay for higher commodity support.

"We've said from day one that we won't pay for a stronger farm safety net by taking food off the tables of working families," Sen. Raymond Ostrowski, D-Minn., the subcommittee's ranking member, said in a statement. "That hasn't changed, and it isn't going to change."

A senior committee aide, who spoke on condition of anonymity because negotiations are ongoing, said staff have "essentially finished the noncontroversial titles," including credit, forestry and research, and are waiting on direction from members on the rest.

Farm groups, meanwhile, are growing impatient. Producers are heading into a third straight year of tight margins, according to a report released last week by the American Grain and Oilseed Co-operative Alliance titled "Margins Under Pressure: The 2025 Farm Economy."

"Every month of delay is another month of uncertainty for farmers trying to line up operating loans for the next crop year," the alliance said in a statement Tuesday. "Lenders want to know what the safety net looks like. Right now, nobody can tell them."

Ted Lindquist, a wheat farmer from Carrick, North Dakota, and president of the Northern Plains Wheat Growers, was blunter: "We've been operating under extensions for two years. Farmers are tired of hearing that next month is the month."

Lindquist, who was in Washington this week with a group of about 30 growers, said the delegation met with staff from both parties and heard the same message.

"Everybody tells us they support farmers," he said. "What we need is a bill."

The current extension of the 2018 farm bill expires Sept. 30.""",
        [
            ("We're going to get a", "Marla Thorsby"),
            ("I'd rather take the extra", "Marla Thorsby"),
            ("not my first choice", "Marla Thorsby"),
            ("We've said from day one", "Raymond Ostrowski"),
            ("That hasn't changed, and it", "Raymond Ostrowski"),
            ("essentially finished the noncontroversial titles,", "senior committee aide"),
            ("Every month of delay is", "American Grain and Oilseed Co-operative Alliance"),
            ("Lenders want to know what", "American Grain and Oilseed Co-operative Alliance"),
            ("We've been operating under extensions", "Ted Lindquist"),
            ("Everybody tells us they support", "Ted Lindquist"),
            ("What we need is a", "Ted Lindquist"),
        ],
    ),
]
