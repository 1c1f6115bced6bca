CASES = [
    (
        """Assembly passes wildfire insurance bill after hours-long debate

By Marisol Etchegaray
Capitol Bureau

SACRAMENTO — The California Assembly on Thursday approved a bill that would require home insurers to offer discounts to property owners who clear brush and harden their homes against wildfire, sending the measure to the Senate after more than three hours of floor debate.

Assembly Bill 2214, by Assemblymember Dolores Quintanilla, D-Santa Rosa, passed 54-19, with several Republicans from rural districts joining Democrats in support.

"People in my district have done everything we asked of them," Quintanilla said on the floor. "They've cut back the oaks, they've replaced the roofs, they've put in the ember-resistant vents. And then the renewal notice comes and the premium has doubled anyway."

The bill would direct the state Department of Insurance to set minimum discount standards and require insurers to explain in writing why a policy was not renewed. Insurers would have until 2027 to comply.

Industry groups opposed the measure. The Pacific Property Insurers Association said in a statement that the bill "ignores the underlying math of catastrophic risk" and warned it could push more companies to stop writing policies in the state.

"Mitigation matters, and our members already recognize it," said Gregory Hallberg, the association's vice president for government affairs. "But a discount mandate doesn't make a house in a high-severity zone any less likely to burn."

Assemblymember Wade Tillotson, R-Redding, who voted for the bill, said he had heard from constituents who were paying more for insurance than for their mortgages.

"This isn't a partisan issue up where I live," Tillotson told reporters after the vote. "Everybody's policy is getting dropped."

Others were less convinced. Assemblymember Corinne Abrego, D-Los Angeles, abstained, saying the measure could have "unintended consequences for tenants in cities like mine," where landlords often pass rising premiums on through the rent.

The state's insurance commissioner, Lionel Okafor, has not taken a position on the bill. A spokeswoman for the department said the office was "reviewing the amendments adopted this week" and would weigh in before the Senate Insurance Committee hearing, expected in June.

The vote comes as the FAIR Plan, the state's insurer of last resort, has seen its policy count more than double since 2020. A report last fall by the Legislative Analyst's Office, "Wildfire and the Homeowners Market," found that nonrenewals were concentrated in the Sierra foothills and the North Coast.

Quintanilla said she expected the Senate to amend the bill but was optimistic it would reach the governor's desk.

"We're going to keep at it," she said. "The alternative is telling people to leave the places their families have lived for generations."

The bill would need to clear the Senate by Aug. 31, the last day of the legislative session.""",
        [
            ("People in my district have", "Dolores Quintanilla"),
            ("They've cut back the oaks,", "Dolores Quintanilla"),
            ("ignores the underlying math of", "Pacific Property Insurers Association"),
            ("Mitigation matters, and our members", "Gregory Hallberg"),
            ("But a discount mandate doesn't", "Gregory Hallberg"),
            ("This isn't a partisan issue", "Wade Tillotson"),
            ("Everybody's policy is getting dropped.", "Wade Tillotson"),
            ("unintended consequences for tenants in", "Corinne Abrego"),
            ("reviewing the amendments adopted this", "spokeswoman"),
            ("We're going to keep at", "Dolores Quintanilla"),
            ("The alternative is telling people", "Dolores Quintanilla"),
        ],
    ),
    (
        """Gov. Harmon vetoes rural broadband bill, citing cost

SALEM — Gov. Theresa Harmon on Tuesday vetoed a bill that would have created a $90 million fund to extend high-speed internet to rural Oregon, saying the Legislature had not identified a reliable way to pay for it.

The veto of House Bill 3107 was the governor's third this session and drew sharp criticism from lawmakers in both parties who represent eastern and southern Oregon.

In her veto letter to House Speaker Rafael Montoya, Harmon wrote that she supported the goal of the bill but could not sign legislation "that commits the state to ongoing spending without a dedicated revenue source."

"Rural Oregonians deserve reliable broadband, and I will keep working toward that," the letter said. "But I was elected to balance the budget, not to pass the bill to the next governor."

Rep. Curtis Ledbetter, R-Baker City, a chief sponsor, said he learned of the veto from a reporter.

"Nobody from the governor's office called me. Not once," Ledbetter said. "We passed this thing 51 to 7. That tells you something about how people in this building felt about it."

Sen. Anita Rosales-Whitcomb, D-Hood River, who carried the bill in the Senate, called the decision "a gut punch to every kid doing homework in a McDonald's parking lot."

The bill would have directed the Oregon Business Development Department to award grants to internet providers and local cooperatives that build networks in areas where fewer than half of homes have access to speeds of at least 100 megabits per second.

According to the department, roughly 140,000 Oregon households fall into that category, most of them east of the Cascades.

Harmon's office said the governor would include broadband money in her next budget proposal. Her spokesperson, Devin Achterberg, told reporters the governor "intends to come back with a plan that's paid for."

Lawmakers could attempt to override the veto, which requires a two-thirds vote in each chamber. Montoya did not say whether he would bring the bill back to the floor.

"The speaker is talking with members and will make a decision in the coming days," a spokesperson for Montoya said.

Ruth Van Hoesen, who manages the Wallowa Valley Telephone Cooperative, said her members had been counting on the money.

"We had crews lined up and maps drawn," she said. "Now we're back to waiting, and waiting is what rural Oregon has been doing for twenty years."

The Legislature is scheduled to adjourn at the end of the month.""",
        [
            ("that commits the state to", "Theresa Harmon"),
            ("Rural Oregonians deserve reliable broadband,", "Theresa Harmon"),
            ("But I was elected to", "Theresa Harmon"),
            ("Nobody from the governor's office", "Curtis Ledbetter"),
            ("We passed this thing 51", "Curtis Ledbetter"),
            ("a gut punch to every", "Anita Rosales-Whitcomb"),
            ("intends to come back with", "Devin Achterberg"),
            ("The speaker is talking with", "spokesperson"),
            ("We had crews lined up", "Ruth Van Hoesen"),
            ("Now we're back to waiting,", "Ruth Van Hoesen"),
        ],
    ),
    (
        """Road-charge repeal initiative turns in signatures, setting up fall fight

By Nathaniel Osei
Olympia bureau

OLYMPIA — Supporters of an initiative to repeal Washington’s new per-mile road usage charge delivered boxes of petitions to the secretary of state’s office Friday, saying they had gathered far more than the 324,516 valid signatures needed to qualify for the November ballot.

Initiative 2147 would repeal the charge, which lawmakers approved last year as a gradual replacement for the state gas tax, and would bar the state from imposing any per-mile fee on drivers without a public vote.

“We heard from people in every county,” said Brenda Kowalczyk, the Spokane Valley small-business owner who filed the measure. “Farmers, delivery drivers, nurses who commute an hour each way. They all said the same thing: nobody asked us.”

The campaign, Drive Free Washington, said it submitted about 418,000 signatures. The secretary of state’s office will check a random sample to determine whether enough are valid, a process that typically takes several weeks.

Democratic legislative leaders defended the charge, which begins at 2.4 cents per mile for new electric and hybrid vehicles and phases in for other cars over a decade.

“The gas tax is a declining revenue source, and everyone in this building knows it,” Senate Transportation Committee Chair Marcus Delacroix-Lind, D-Tacoma, said in an interview. “If this passes, somebody needs to explain which bridges we’re not going to fix.”

Delacroix-Lind said the Legislature could place an alternative measure on the ballot alongside the initiative, an option under the state constitution, but that no decision had been made.

The Washington State Department of Transportation estimated in a fiscal note that repeal would reduce revenue by about $1.1 billion over six years. The agency declined to comment on the initiative itself, saying it does not take positions on ballot measures.

Opponents of the charge argue it falls hardest on rural drivers, who travel longer distances. A coalition of county farm bureaus endorsed the initiative last month.

“My nearest grocery store is 38 miles away,” said Leland Ostrowski, a wheat grower near Ritzville who volunteered for the signature drive. “I don’t have a bus. I don’t have a train. What am I supposed to do, not drive?”

Supporters of the charge, including several environmental groups, say the fee is fairer than the gas tax because electric-vehicle owners currently pay little toward road upkeep. Tamsin Roque, policy director for the advocacy group Clean Roads Northwest, said the repeal campaign was “selling people misleading math.”

“The average driver will pay about the same as they pay in gas tax today,” Roque said. “But fear is a much easier thing to sell on a clipboard.”

Kowalczyk said her campaign expected to be outspent.

“They’ll have the money,” she said. “We have the neighbors.”""",
        [
            ("We heard from people in", "Brenda Kowalczyk"),
            ("Farmers, delivery drivers, nurses who", "Brenda Kowalczyk"),
            ("The gas tax is a", "Marcus Delacroix-Lind"),
            ("If this passes, somebody needs", "Marcus Delacroix-Lind"),
            ("My nearest grocery store is", "Leland Ostrowski"),
            ("I don’t have a bus.", "Leland Ostrowski"),
            ("selling people misleading math.", "Tamsin Roque"),
            ("The average driver will pay", "Tamsin Roque"),
            ("But fear is a much", "Tamsin Roque"),
            ("They’ll have the money,", "Brenda Kowalczyk"),
            ("We have the neighbors.", "Brenda Kowalczyk"),
        ],
    ),
    (
        """Cordero council puts rent cap on November ballot: 'People are scared,' tenant says

By Yesenia Tafolla
Staff writer

CORDERO — After a packed, four-hour meeting that stretched past midnight, the Cordero City Council voted 4-3 early Wednesday to ask voters in November whether to cap annual rent increases at 5% for most apartments in the city.

The measure, which will appear on the ballot as Measure R, would apply to buildings with four or more units that are at least 15 years old. Single-family homes and newer construction would be exempt, as required by state law.

More than 120 people signed up to speak. Many were tenants who described increases of $300 or $400 a month in the past two years.

"People are scared," said Araceli Montenegro, who has lived in the same two-bedroom apartment on Olive Avenue for 11 years and works at a packing house. "I have neighbors sleeping in their cars with their kids. These are people who work. They pick the almonds you eat."

Landlords and real estate groups urged the council to reject the proposal, arguing that rent control would discourage construction in a city that already has too little housing.

Doug Whitacre, president of the Central Valley Rental Housing Association, said the cap would "freeze investment at the exact moment we need it most."

"You want more apartments? Then don't tell the people who build apartments that their returns are going to be capped by a vote," Whitacre said. "Every economist who has looked at this says the same thing."

Councilmember Linda Sahagún, who made the motion to place the measure on the ballot, said the council had studied the issue for more than a year.

"We've tried the incentives. We've tried the density bonuses," Sahagún said. "Rents kept going up faster than paychecks. At some point you have to let the voters decide."

Mayor Elliot Braddock voted no. He said he supported helping renters but preferred a program that would use city funds for emergency rental assistance.

"I don't think this is the right tool, and I worry we'll end up in court," Braddock said.

Under the measure, landlords could petition a new five-member rental board for increases above the cap to cover major repairs. The city's finance department estimated the board would cost about $600,000 a year to run, to be paid through a per-unit registration fee.

City Attorney Hannah Ruelas told the council that similar measures in other California cities had withstood legal challenges, though she cautioned that "nothing is bulletproof."

If approved, the cap would take effect Jan. 1.""",
        [
            ("People are scared,", "Araceli Montenegro"),
            ("People are scared,", "Araceli Montenegro"),
            ("I have neighbors sleeping in", "Araceli Montenegro"),
            ("freeze investment at the exact", "Doug Whitacre"),
            ("You want more apartments? Then", "Doug Whitacre"),
            ("Every economist who has looked", "Doug Whitacre"),
            ("We've tried the incentives. We've", "Linda Sahagún"),
            ("Rents kept going up faster", "Linda Sahagún"),
            ("I don't think this is", "Elliot Braddock"),
            ("nothing is bulletproof.", "Hannah Ruelas"),
        ],
    ),
    (
        """Redistricting measure draws support from unlikely allies

By Kendra Vollmer
Staff writer

BEND — A ballot measure that would take the job of drawing Oregon's legislative and congressional maps away from lawmakers has drawn backing from a retired Republican state senator, a good-government group called the Oregon Fair Maps Alliance and the state's largest farmworkers union — an unusual coalition that supporters say reflects broad frustration with the current system.

Measure 121 would create a 12-member citizen commission — four Democrats, four Republicans and four members unaffiliated with either party — to redraw districts after each census. Commissioners would be chosen by a panel of retired judges from a pool of applicants, and no one who has held partisan office in the past 10 years could serve.

"I spent 16 years in the Senate, and I watched both parties do it," said former state Sen. Gordon Pelletier of Redmond, a Republican who now co-chairs the Yes on 121 campaign. "When the people who are going to run in the districts get to draw the districts, the voters lose. It's that simple."

The measure's other co-chair, Marisela Ochoa-Frye, is political director of Unidos del Campo, a union representing agricultural workers in the Willamette Valley and Central Oregon.

"Our members live in places where their votes get split three ways," Ochoa-Frye said during a campaign stop in Madras on Saturday. "They want representatives who actually come to their towns."

Opponents, including the Oregon Democratic Party, argue the current process already includes public hearings and that a commission would be less accountable to voters. The party's website calls the measure "a solution in search of a problem" and says it "hands enormous power to people nobody elected."

State Rep. Jolene Farris, D-Corvallis, who served on the House redistricting committee in 2021, said she was skeptical of claims that commissions are free of politics.

"Every commission in the country has been lobbied, sued and second-guessed," Farris said in a phone interview. "Putting the word 'independent' in front of something doesn't make it so."

According to the campaign's most recent filing with the Secretary of State's office, Yes on 121 has raised about $2.3 million, much of it from a national nonprofit that has backed similar measures in other states. The opposition campaign has raised roughly $410,000.

A poll released last week by the Portland firm Cascade Opinion Research found 52% of likely voters supported the measure, 31% opposed it and the rest were undecided. The firm's president, Allan Reidy, cautioned that support for redistricting measures "tends to soften in the final weeks, once people start seeing the ads."

At the Madras event, retiree Bev Lundquist said she had not decided how she would vote.

"I like the idea of taking it out of their hands," she said. "I just want to know who's picking the judges who pick the people."

If approved, the commission would draw its first maps after the 2030 census.""",
        [
            ("I spent 16 years in", "Gordon Pelletier"),
            ("When the people who are", "Gordon Pelletier"),
            ("Our members live in places", "Marisela Ochoa-Frye"),
            ("They want representatives who actually", "Marisela Ochoa-Frye"),
            ("a solution in search of", "Oregon Democratic Party"),
            ("hands enormous power to people", "Oregon Democratic Party"),
            ("Every commission in the country", "Jolene Farris"),
            ("Putting the word 'independent' in", "Jolene Farris"),
            ("tends to soften in the", "Allan Reidy"),
            ("I like the idea of", "Bev Lundquist"),
            ("I just want to know", "Bev Lundquist"),
        ],
    ),
    (
        """Lawmakers strike late budget deal, avoid special session

By Colleen Marsh-Arora
The Spokane Ledger

OLYMPIA — Washington lawmakers reached agreement on a two-year, $71 billion operating budget late Saturday, hours before the scheduled end of the legislative session, averting a special session that leaders in both chambers had warned was becoming likely.

The deal, negotiated largely behind closed doors among Democratic budget writers and Gov. Raymond Oduya’s office, closes a projected $4 billion shortfall through a mix of spending cuts, delayed programs and a new tax on large digital advertising companies.

“Nobody got everything they wanted, and that’s probably how you know it’s a fair budget,” House Appropriations Chair Priya Vanderwerf, D-Seattle, told reporters shortly after 11 p.m.

The final plan spares most of the cuts to higher education that had been proposed in the Senate version but trims funding for several new programs the Legislature created two years ago, including an expansion of state-funded child care slots.

Spokane-area lawmakers secured $38 million for a behavioral health facility on the city’s North Side, a project that had been left out of the House budget.

“That was the one I was not going to leave Olympia without,” said Sen. Dale Hargreave, D-Spokane. “We have people in crisis sitting in emergency rooms for days because there’s nowhere else for them to go.”

Republicans, who are in the minority in both chambers, said the budget spends too much and relies on a tax that will ultimately be passed on to consumers and small businesses.

“This is a spending problem dressed up as a revenue problem,” said Senate Minority Leader Kurt Ellingsen, R-Spokane Valley. He called the digital advertising tax “a new tax with a fancy name” and predicted it would face a legal challenge.

A senior Democratic aide involved in the talks, who spoke on condition of anonymity because negotiations were private, said the tax had nearly collapsed the deal on Friday night.

“There were about six hours where we honestly thought we’d be back here in May,” the aide said.

The tax, which would apply to companies with more than $5 billion in annual global revenue, is expected to raise about $480 million over two years, according to legislative staff.

Oduya, who had threatened to veto any budget that included cuts to K-12 special education, said in a statement that he was “pleased that legislators protected our most vulnerable students” and would review the full document before signing it.

The budget still must pass both chambers in final votes expected Sunday, the last day of the session.""",
        [
            ("Nobody got everything they wanted,", "Priya Vanderwerf"),
            ("That was the one I", "Dale Hargreave"),
            ("We have people in crisis", "Dale Hargreave"),
            ("This is a spending problem", "Kurt Ellingsen"),
            ("a new tax with a", "Kurt Ellingsen"),
            ("There were about six hours", "senior Democratic aide involved in the talks"),
            ("pleased that legislators protected our", "Raymond Oduya"),
        ],
    ),
    (
        """Governor's revised budget delays transit money, taps reserves

By Julian Okonkwo-Reyes

SACRAMENTO — Gov. Adrienne Castellanos on Wednesday unveiled a revised $298 billion state budget that would draw $9 billion from California's rainy-day fund and delay hundreds of millions of dollars promised to Bay Area and Southern California transit agencies, as lower-than-expected income tax collections widened the state's deficit.

Speaking at the state Capitol, Castellanos described the plan as "a responsible, realistic answer" to a slowing economy and a volatile stock market.

"We are not in a crisis, and I want to be very clear about that," she said. "We saved for exactly this moment. That's what a reserve is for.

"But I'm not going to stand here and pretend that the money is there for every commitment that was made in better years. It isn't."

The Department of Finance projects a shortfall of about $17 billion for the fiscal year that begins July 1, roughly $5 billion more than the governor estimated in January. In a summary released with the proposal, the department said capital gains revenue had come in "significantly below forecast" in April.

Transit advocates reacted swiftly. The proposal would push back $750 million in grants intended to help agencies recover from ridership losses, a move the California Transit Riders Coalition said would "guarantee service cuts this fall."

Salvador Ibarra-Kent, general manager of the East Bay Regional Transit District, put it bluntly: "If this money doesn't come, we're looking at cutting a third of our bus lines. There's no other way to say it."

Legislative leaders, who must pass a budget by June 15, signaled they would push back on parts of the plan.

Senate President pro Tem Harold Nakashima, D-Fresno, said in a statement that the Senate "will not balance this budget on the backs of commuters and students." Assembly Speaker Rosalind Achebe-Carter, D-Oakland, said her house was "still digesting the details" but shared concerns about the transit delay.

Republicans criticized the decision to tap reserves.

"Draining the rainy-day fund in a year when it isn't even raining hard is how you end up broke when the storm actually arrives," said Assembly Republican Leader Troy Vandermolen of Visalia.

The revised plan also includes a proposed cut of $180 million to a program that pays for housing for homeless college students. The University of California said in a statement that the reduction "would undermine progress on student basic needs" and urged lawmakers to restore it.

A senior Department of Finance official, briefing reporters on condition of anonymity, said the administration expected revenues to rebound within two years. "We think this is a temporary dip," the official said, "but we'd rather plan for it than be surprised."

The Legislature's budget committees will begin hearings on the revised plan next week.""",
        [
            ("a responsible, realistic answer", "Adrienne Castellanos"),
            ("We are not in a", "Adrienne Castellanos"),
            ("We saved for exactly this", "Adrienne Castellanos"),
            ("But I'm not going to", "Adrienne Castellanos"),
            ("significantly below forecast", "Department of Finance"),
            ("guarantee service cuts this fall.", "California Transit Riders Coalition"),
            ("If this money doesn't come,", "Salvador Ibarra-Kent"),
            ("will not balance this budget", "Harold Nakashima"),
            ("still digesting the details", "Rosalind Achebe-Carter"),
            ("Draining the rainy-day fund in", "Troy Vandermolen"),
            ("would undermine progress on student", "University of California"),
            ("We think this is a", "senior Department of Finance official"),
            ("but we'd rather plan for", "senior Department of Finance official"),
        ],
    ),
    (
        """Senate Republicans stay away for fourth day, stalling bills

By Tyler Brandvold
Capital Bureau

SALEM — The Oregon Senate failed for a fourth straight day Thursday to muster a quorum as most Republican senators continued a boycott over a bill that would tighten rules on groundwater pumping in eastern Oregon.

Only 18 of the Senate's 30 members were present when Senate President Lorraine Ashby-Koh gaveled in the morning floor session, two short of the 20 required to conduct business.

"The people of Oregon sent us here to work," Ashby-Koh, D-Eugene, said from the rostrum before adjourning. "Every day this chamber sits empty, bills that matter to real families die on the calendar."

Senate Republican Leader Wes Tolliver of Hermiston said his caucus would return if Democrats agreed to send Senate Bill 812 back to committee for changes. The bill would allow the Water Resources Department to order reduced pumping in basins where groundwater levels have declined for five consecutive years.

"This bill would put family farms out of business, full stop," Tolliver said in a statement. "We have offered to negotiate. We have offered amendments. What we have not been offered is a seat at the table."

The walkout is the first since voters approved a ballot measure that bars lawmakers with 10 or more unexcused absences in a session from serving the following term. Republicans have so far accumulated four unexcused absences each, according to the Senate Journal.

"Nobody is going to hit 10," said one Republican senator who asked not to be named because the caucus had agreed to speak with one voice. "But four days is enough to get their attention."

Farmers in Umatilla and Morrow counties have lobbied heavily against the bill. Jerry Fausett, who grows potatoes and onions near Irrigon, drove to Salem on Wednesday with about 40 other growers to meet with lawmakers.

"They talk about the aquifer like it's a bank account we've been overdrawing," Fausett said. "Well, maybe. But you don't fix that by shutting the bank overnight."

Supporters of the bill, including several domestic well owners whose wells have gone dry, say action is long overdue. Maribel Cuellar of Boardman said her family had to drill a new well 200 feet deeper last summer at a cost of $38,000.

"We were hauling water in jugs for six weeks," she said. "Nobody from the big farms offered to help pay for that."

Gov. Theresa Harmon urged senators to return. In a post on social media, she wrote that "walking off the job is not how Oregonians solve problems" and said her door was "open to any senator who wants to talk."

Democratic leaders said they had no plans to pull the bill. Ashby-Koh told reporters that the Senate would continue to convene each morning "for as long as it takes."

The Senate is scheduled to convene again at 10 a.m. Friday.""",
        [
            ("The people of Oregon sent", "Lorraine Ashby-Koh"),
            ("Every day this chamber sits", "Lorraine Ashby-Koh"),
            ("This bill would put family", "Wes Tolliver"),
            ("We have offered to negotiate.", "Wes Tolliver"),
            ("Nobody is going to hit", "Republican senator"),
            ("But four days is enough", "Republican senator"),
            ("They talk about the aquifer", "Jerry Fausett"),
            ("Well, maybe. But you don't", "Jerry Fausett"),
            ("We were hauling water in", "Maribel Cuellar"),
            ("Nobody from the big farms", "Maribel Cuellar"),
            ("walking off the job is", "Theresa Harmon"),
            ("open to any senator who", "Theresa Harmon"),
            ("for as long as it", "Lorraine Ashby-Koh"),
        ],
    ),
]
