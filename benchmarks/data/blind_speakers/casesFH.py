CASES = [
    (
        """Assembly passes school funding plan; Marquardt signals veto

By Margaret Oyelaran
State Capitol Bureau

MADISON — The Republican-controlled Assembly voted 61-36 on Tuesday to approve a two-year school funding plan that would raise per-pupil aid by $180 but tie the increase to new limits on local property tax levies, setting up a likely clash with Democratic Gov. Ellen Marquardt.

Marquardt said in a statement released minutes after the vote that the bill "shortchanges every district in the state" and that she would not sign it in its current form.

"This is not a serious proposal, and the people who wrote it know that," the statement said. "Our kids deserve better than a budget gimmick dressed up as a raise."

Assembly Speaker Roger Lindqvist, R-Ashford, told reporters before the vote that the governor had been invited to negotiate for weeks and "chose to sit on the sidelines."

"We put real money on the table," Lindqvist said. "If she wants to veto $400 million for schools, that's her call, but she'll have to explain it to every superintendent in Wisconsin."

The bill would cap annual levy growth at 2% for most districts, down from the current formula that allows larger increases for districts with declining enrollment. Districts that want to exceed the cap would need voter approval.

Rep. Dana Whitcomb, D-Lake Harriet, the ranking Democrat on the Assembly Education Committee, said the levy limits would force districts with aging buildings and shrinking enrollment to go to referendum far more often.

"You're giving with one hand and taking with the other," Whitcomb said during floor debate. "In my district, that means another referendum in November, and another one after that."

Two Republicans, Reps. Gary Sobczak of Tillman and Anne Roethke of Kessler, joined Democrats in voting against the bill. Sobczak said afterward that he supported more money for schools but could not back "a levy freeze by another name."

The plan now goes to the Senate, where Majority Leader Curtis Ebbing, R-Harlow, said his caucus would take it up "sometime in the next few weeks." A spokeswoman for Ebbing said no date had been set.

The Wisconsin Association of School Boards, which had lobbied for a $325 per-pupil increase, said in a written statement that the Assembly plan was "a step in the right direction, but only a step."

A legislative aide familiar with the negotiations, who spoke on condition of anonymity because the talks were private, said Republican leaders and the governor's office had met twice last week but "couldn't get past the levy piece."

Marquardt has vetoed 47 bills since taking office in 2023, and Republicans lack the two-thirds majorities in both chambers needed to override her.""",
        [
            ("shortchanges every district in the", "Ellen Marquardt"),
            ("This is not a serious", "Ellen Marquardt"),
            ("Our kids deserve better than", "Ellen Marquardt"),
            ("chose to sit on the", "Roger Lindqvist"),
            ("We put real money on", "Roger Lindqvist"),
            ("If she wants to veto", "Roger Lindqvist"),
            ("You're giving with one hand", "Dana Whitcomb"),
            ("In my district, that means", "Dana Whitcomb"),
            ("a levy freeze by another", "Gary Sobczak"),
            ("sometime in the next few", "Curtis Ebbing"),
            ("a step in the right", "Wisconsin Association of School Boards"),
            ("couldn't get past the levy", "legislative aide familiar with the negotiations"),
        ],
    ),
    (
        """Budget impasse reaches county agencies as stalemate enters third month

By Tom Valchek
Capitol Correspondent

HARRISBURG — Lenape County commissioners voted Wednesday to borrow up to $6 million to keep child welfare and mental health services running, the latest sign that Pennsylvania’s budget stalemate is reaching well beyond the Capitol.

“We can’t tell a foster family to wait until Harrisburg gets its act together,” said Commissioner Joan Pietrowski, a Republican. “The bills come due whether there’s a budget or not.”

The state’s spending plan was due June 30. Gov. Marcus Delaney, a Democrat, and Senate Republican leaders remain roughly $1.1 billion apart, chiefly over mass transit funding and a proposed expansion of the state’s school voucher program.

Speaking to reporters after an unrelated event in Port Allison on Wednesday, Delaney said he was “done negotiating through press releases” and urged Senate Majority Leader Kathleen Oberholt, R-Fayette, to return to the table.

“My door has been open since May,” he said. “It’s still open. What I’m not going to do is sign a budget that guts transit in every county outside Philadelphia and Pittsburgh.”

Oberholt’s office pushed back. In a statement, her spokesman, Ray Dunleavy, said the Senate had passed a “balanced, on-time budget” in June and that the governor “has yet to tell us how he’d pay for his own wish list.”

“The Senate did its job,” Dunleavy said. “We’re waiting on the governor to do his.”

Lydia Ferrante, executive director of the County Commissioners Association of Pennsylvania, said at least 14 counties had drawn on reserves or lines of credit, and several more were “weeks, not months” from doing the same.

According to the association, counties have fronted about $94 million for state-reimbursed services since July 1. Without a budget, the state cannot send counties their share of funding for programs ranging from early intervention to drug and alcohol treatment.

Some rank-and-file lawmakers are growing restless. State Rep. Andre Whitfield, D-Lenape, a second-term lawmaker whose district includes two of the county’s largest nursing homes, said he has been getting calls from facility administrators “every single day.”

“People are scared, and frankly I don’t blame them,” Whitfield said. “Some of these places are making payroll on credit cards.”

A senior House Democratic aide, who was not authorized to speak publicly about the negotiations, said staff-level talks had resumed this week but described them as “mostly about the schedule for the next meeting.”

The last prolonged impasse, in 2015, lasted nine months.""",
        [
            ("We can’t tell a foster", "Joan Pietrowski"),
            ("The bills come due whether", "Joan Pietrowski"),
            ("done negotiating through press releases", "Marcus Delaney"),
            ("My door has been open", "Marcus Delaney"),
            ("It’s still open. What I’m", "Marcus Delaney"),
            ("balanced, on-time budget", "Ray Dunleavy"),
            ("has yet to tell us", "Ray Dunleavy"),
            ("The Senate did its job", "Ray Dunleavy"),
            ("We’re waiting on the governor", "Ray Dunleavy"),
            ("weeks, not months", "Lydia Ferrante"),
            ("every single day", "Andre Whitfield"),
            ("People are scared, and frankly", "Andre Whitfield"),
            ("Some of these places are", "Andre Whitfield"),
            ("mostly about the schedule for", "senior House Democratic aide"),
        ],
    ),
    (
        """Sen. Hargrove indicted in sweepstakes bribery case

By Dorian Pressley
Staff Writer

COLUMBIA — State Sen. Wendell Hargrove, a Marlow County Democrat, was indicted Thursday by a federal grand jury on charges that he accepted more than $85,000 from a sweepstakes-machine operator while pushing legislation that would have legalized the devices.

Hargrove, 58, who has served in the Senate since 2009, pleaded not guilty at an afternoon hearing in federal court. His attorney, Beverly Casson, told reporters outside the courthouse that her client "looks forward to clearing his name."

"Senator Hargrove has served his constituents honestly for 15 years," Casson said. "These charges rest on the word of a man who is trying to save himself."

The 14-count indictment alleges that Hargrove received cash, as well as payments routed through a consulting firm registered to his brother-in-law, from Lamar Pettibone, owner of Palmetto Amusement Group, between 2021 and 2023.

According to the indictment, Hargrove texted Pettibone in March 2023: "Need the check before the vote, not after." Four days later, he introduced an amendment that would have allowed the machines in convenience stores in 11 counties. The amendment died in committee.

Pettibone pleaded guilty in October to a single count of conspiracy and is cooperating with prosecutors, court records show.

U.S. Attorney Naomi Reddick said at a news conference that the case was "about whether the people's business is for sale."

"It's not," Reddick said. "Not in this state, and not on my watch."

Senate President Pro Tempore Gil Arrowood, R-Pickett, said Hargrove would be suspended from the chamber under Senate rules once the clerk receives formal notice of the indictment. He called the allegations "deeply troubling" but cautioned against "a rush to judgment."

Sen. Tamika Oduya, D-Marlow, who shares a county delegation with Hargrove, said she was "heartbroken" and declined to comment further.

A longtime State House lobbyist, who asked not to be named because he represents clients with business before the Senate, said the sweepstakes bill had always drawn unusual attention.

"Everybody knew that bill had a sponsor who wanted it more than anybody should want a bill," he said.

A spokeswoman for Gov. Carl Benning said the governor "has full confidence in the justice system" and would have no further comment.

If convicted, Hargrove faces up to 20 years in prison on the most serious count, honest-services wire fraud. A trial date has not been set.""",
        [
            ("looks forward to clearing his", "Beverly Casson"),
            ("Senator Hargrove has served his", "Beverly Casson"),
            ("These charges rest on the", "Beverly Casson"),
            ("Need the check before the", "Wendell Hargrove"),
            ("about whether the people's business", "Naomi Reddick"),
            ("It's not", "Naomi Reddick"),
            ("Not in this state, and", "Naomi Reddick"),
            ("deeply troubling", "Gil Arrowood"),
            ("a rush to judgment", "Gil Arrowood"),
            ("heartbroken", "Tamika Oduya"),
            ("Everybody knew that bill had", "longtime State House lobbyist"),
            ("has full confidence in the", "spokeswoman"),
        ],
    ),
    (
        """Halvorsen calls special session on property taxes for August

By Anna Kriegsman
Statehouse Reporter

LINCOLN — Gov. Dale Halvorsen on Monday ordered the Legislature back to the Capitol on Aug. 12 for a special session aimed at cutting property taxes, saying he was not willing to wait until January for relief that farmers and homeowners "have been promised for a decade."

Halvorsen, a Republican, made the announcement at a Capitol news conference, flanked by farmers and county assessors. His proclamation limits senators to bills that lower property taxes or change how local governments set their levies.

"I have heard the excuses, and I've heard them for years," Halvorsen said. "Nebraskans don't want another study. They want their tax bill to go down."

The governor's plan would shift roughly $750 million in school costs to the state, paid for in part by raising the state sales tax by a penny and ending exemptions on services such as car washes, pet grooming and lawn care.

That idea drew immediate skepticism. State Sen. Marta Quiñones of Omaha, a member of the Revenue Committee, said the sales tax increase would "fall hardest on the families who can least afford it."

"You can't call it relief if you're just moving the bill from one pocket to the other," Quiñones told reporters after the governor's event.

Sen. Lyle Brandvold of Hadley, who chairs the Revenue Committee, struck a more cautious note. He said he supported the goal but questioned whether the 33 votes needed to overcome a filibuster were there.

"I'll be honest with you: I don't know where the votes are today," Brandvold said. "I know where they need to be."

Outside the Capitol, a few dozen members of the Platte Valley Landowners Coalition held signs calling for relief. The group's president, Gene Ostrowski, a corn and cattle producer from near Loup Junction, put it bluntly: "My taxes on one quarter section are more than I pay for seed."

The Nebraska Cities Alliance, which represents more than 100 municipalities, warned in a letter to senators last week that new levy caps could "force painful cuts to police, fire and libraries."

Speaker John Arneson said in an interview Monday evening that he would try to keep the session "as short as we responsibly can," noting that each day costs taxpayers roughly $10,000.

One senator, who asked not to be named because the governor's office has been lobbying members individually, said several rural lawmakers were uneasy about taxing services. "Nobody wants to be the senator who put a sales tax on haircuts," the senator said.

Halvorsen's previous attempt at a similar plan fell five votes short in April.""",
        [
            ("have been promised for a", "Dale Halvorsen"),
            ("I have heard the excuses", "Dale Halvorsen"),
            ("Nebraskans don't want another", "Dale Halvorsen"),
            ("fall hardest on the families", "Marta Quiñones"),
            ("You can't call it relief", "Marta Quiñones"),
            ("I'll be honest with you", "Lyle Brandvold"),
            ("I know where they need", "Lyle Brandvold"),
            ("My taxes on one quarter", "Gene Ostrowski"),
            ("force painful cuts to police", "Nebraska Cities Alliance"),
            ("as short as we responsibly", "John Arneson"),
            ("Nobody wants to be the", "senator who asked not to be named"),
        ],
    ),
    (
        """Colquitt uses final State of the Commonwealth to push child care plan

By Renee Haskins
Frankfort Bureau

FRANKFORT — Gov. Andrea Colquitt used her last State of the Commonwealth address Wednesday night to make an unusually personal appeal for state-funded child care, telling a Republican-led General Assembly that the issue was “the reason I ran in the first place.”

Colquitt, a Democrat barred by term limits from seeking a third term, recalled working night shifts as a nurse in eastern Kentucky while her mother watched her two children.

“I was lucky,” Colquitt told lawmakers in the packed House chamber. “I had a mom who could take the kids. Most of the young parents I meet today don’t have that. They have a waiting list, or they have a bill that’s bigger than their rent.

“And so they stay home, and our employers can’t find workers, and we all pay for it. This is not a handout. It’s the most pro-business thing this body could do this year.”

Her proposal, which she has branded “Ready to Work Kentucky,” would spend $180 million over two years to raise subsidy rates for providers and expand eligibility to families earning up to 200% of the federal poverty level.

She also warned that federal changes would leave a “hole in Medicaid that no one in this room wants to fill,” and renewed her call for a state-funded pre-kindergarten program for all 4-year-olds.

House Speaker Travis Edmundson, R-Glenmont, said in a written response that the governor’s budget “spends money we don’t have on programs we haven’t vetted.”

“Every year it’s the same speech with a bigger price tag,” Edmundson said in an interview after the address. “We’ll look at child care. We’re not going to look at it her way.”

Senate President Ronald Speck, R-Bracken Springs, was more measured, saying he was “open to a conversation” about provider rates but that universal pre-K was “not going to happen this session.”

Watching from the gallery was Felicia Barnhill, who runs Little Acorns Learning Center in Maysfield and has 41 children on her waiting list.

“I’ve got the kids. I don’t have the teachers,” Barnhill said. “You can’t pay somebody $12 an hour to do this work and expect them to stay.”

The Bluegrass Employers Council said in a statement that it supported “targeted investments” in child care but stopped short of endorsing the governor’s plan.

Lawmakers have until April 15 to pass a two-year budget.""",
        [
            ("the reason I ran in", "Andrea Colquitt"),
            ("I was lucky", "Andrea Colquitt"),
            ("I had a mom who", "Andrea Colquitt"),
            ("And so they stay home", "Andrea Colquitt"),
            ("hole in Medicaid that no", "Andrea Colquitt"),
            ("spends money we don’t have", "Travis Edmundson"),
            ("Every year it’s the same", "Travis Edmundson"),
            ("We’ll look at child care", "Travis Edmundson"),
            ("open to a conversation", "Ronald Speck"),
            ("not going to happen this", "Ronald Speck"),
            ("I’ve got the kids. I", "Felicia Barnhill"),
            ("You can’t pay somebody $12", "Felicia Barnhill"),
            ("targeted investments", "Bluegrass Employers Council"),
        ],
    ),
    (
        """Lawmakers grill Piedmont Power over data center costs

By Keisha Danforth
Staff writer

ATLANTA — Members of a Georgia House committee pressed executives of Piedmont Power & Light on Tuesday over whether residential customers are subsidizing the electricity demands of a wave of new data centers, as the utility prepares to seek its third rate increase in four years.

The hearing of the House Energy, Utilities and Telecommunications Committee stretched nearly four hours and at times turned testy.

"My constituents are paying more every month, and they want to know why," said state Rep. Curtis Moten, D-Ellwood. "They're not running servers in their living rooms."

Sandra Kilgallen, Piedmont's vice president for regulatory affairs, told the panel that large customers are required to cover the cost of new transmission lines and substations built to serve them, and that data centers "pay their own way, and then some."

"The growth we're seeing actually spreads our fixed costs over more kilowatt-hours," Kilgallen said. "Over time, that puts downward pressure on rates, not upward."

Committee Chairwoman Beth Ann Saylor, R-Harmon Springs, who has generally sided with the utility, said she found that answer "a little hard to square" with the company's own filings, which project $4.2 billion in new generation through 2031, much of it to serve industrial load.

"I'm not against growth. Nobody on this committee is against growth," Saylor said. "But if the folks in my district are going to be on the hook for a new gas plant, I want it in writing that they're not."

Moten has filed a bill, which supporters have nicknamed the "Fair Share" bill, that would require the Public Service Commission to set a separate rate class for customers using more than 100 megawatts. It has not received a hearing.

Lisa Verhoeven, director of the Georgia Ratepayers Project, a nonprofit that intervenes in rate cases, testified that the company's cost-allocation model relies on demand forecasts that have repeatedly proved too optimistic. Residential customers, she said, end up covering the gap when projected load doesn't materialize, and "the math simply doesn't add up for them."

After the hearing, the company said in a statement that it "welcomed the opportunity to answer legislators' questions" and would "continue to work transparently" with regulators.

Residential bills for a typical Piedmont customer have risen about $38 a month since 2022, according to commission records.

One committee member, who asked not to be identified because of ongoing talks with the utility over separate legislation, said House leaders were unlikely to move a bill this session.

"There's a lot of talk in this room," the lawmaker said. "There's a lot less talk on the floor.\"""",
        [
            ("My constituents are paying more", "Curtis Moten"),
            ("They're not running servers in", "Curtis Moten"),
            ("pay their own way, and", "Sandra Kilgallen"),
            ("The growth we're seeing actually", "Sandra Kilgallen"),
            ("Over time, that puts downward", "Sandra Kilgallen"),
            ("a little hard to square", "Beth Ann Saylor"),
            ("I'm not against growth. Nobody", "Beth Ann Saylor"),
            ("But if the folks in", "Beth Ann Saylor"),
            ("the math simply doesn't add", "Lisa Verhoeven"),
            ("welcomed the opportunity to answer", "Piedmont Power & Light"),
            ("continue to work transparently", "Piedmont Power & Light"),
            ("There's a lot of talk", "committee member"),
            ("There's a lot less talk", "committee member"),
        ],
    ),
    (
        """‘It’s time’: Pelletier to leave House seat to care for husband

By Carol Dufresne
Staff Writer

ASHBY FALLS — State Rep. Norma Pelletier, who has represented Ashby Falls and neighboring Wexley in the New Hampshire House for 16 years, will resign her seat at the end of the month to care for her husband, she announced Friday.

Pelletier, 71, a Democrat, made the announcement in a letter to House Speaker Gordon Tate and in an email to constituents.

“After a great deal of thought and more than a few tears, I have decided that my place right now is at home,” she wrote. “Serving this community has been the honor of my life.”

In a phone interview Friday afternoon, Pelletier said her husband, Arthur, was diagnosed with ALS in the spring and now needs help around the clock.

“It’s time,” she said. “I’ve told people for years that nobody is irreplaceable in Concord, and I meant it. Now I guess I get to prove it.”

Tate, a Republican, said in a statement that Pelletier was “a fierce advocate for her district and a genuinely kind colleague, which is rarer than it should be.”

A retired dairy farmer, Pelletier was known around the State House as “the Milk Lady” for her years-long push to shore up the state’s remaining dairy farms, and she was a lead sponsor of the 2021 law creating a milk price stabilization fund. She also served on the House Finance Committee for eight years.

Under state law, the Ashby Falls Select Board may ask the Executive Council to schedule a special election to fill the seat. Select Board Chairman Ron Guay said the board would take up the request at its Monday meeting.

“Norma’s a tough act to follow,” Guay said. “We’ll want somebody in that seat before the budget votes in the spring.”

Dennis Farrow, chairman of the Wexley Republican Committee, said his party “would certainly be fielding a candidate” but that it was too early to name one. Republicans last held the seat in 2008.

At the Ashby Falls General Store on Friday, news of the resignation was the main topic at the coffee counter.

Martha Cyr, 82, said she had called Pelletier’s home line over the years about everything from a washed-out road to a problem with her late husband’s veterans benefits.

“She answered the phone. Every time,” Cyr said. “You don’t get that anymore.”""",
        [
            ("It’s time", "Norma Pelletier"),
            ("After a great deal of", "Norma Pelletier"),
            ("Serving this community has been", "Norma Pelletier"),
            ("It’s time", "Norma Pelletier"),
            ("I’ve told people for years", "Norma Pelletier"),
            ("a fierce advocate for her", "Gordon Tate"),
            ("Norma’s a tough act to", "Ron Guay"),
            ("We’ll want somebody in that", "Ron Guay"),
            ("would certainly be fielding a", "Dennis Farrow"),
            ("She answered the phone. Every", "Martha Cyr"),
            ("You don’t get that anymore", "Martha Cyr"),
        ],
    ),
    (
        """Senate rejects Tisdale's pick to lead DEQ in rare rebuke

By Kelsey Brandt
Capitol Bureau

HELENA — The Montana Senate voted 27-23 on Friday to reject Gov. Warren Tisdale's nominee to lead the Department of Environmental Quality, handing the Republican governor a rare defeat at the hands of his own party.

Nine Republicans joined all 18 Democrats in voting against Nolan Reese, a former executive at the company that once owned the Kestrel Mine, a shuttered copper operation in the upper Kestrel Creek drainage that has leaked acidic water into nearby wells.

Sen. Hal Brickner, R-Sage Creek, who chairs the Senate Natural Resources Committee, said his vote came down to the mine.

"I like Nolan. I've known him for 20 years, and I think he's an honest man," Brickner said during floor debate. "But I've got ranchers downstream from Kestrel who have been waiting on answers about their wells since 2018.

"I can't go home and tell those families that the person signing off on the cleanup used to sign the mine's paychecks. I won't do it."

Tisdale's office responded within the hour.

"Today a handful of senators chose politics over a qualified public servant," spokeswoman Megan Oakes said in a statement. "The governor will name an interim director on Monday."

Reese, who has served as acting director since January, said in a brief statement that he was "proud of the work this department has done" and would "support a smooth transition." Under state law, a nominee rejected by the Senate may not continue to serve in an acting capacity.

Senate Minority Leader Rosa Tenorio, D-Alder Creek, said the vote showed that "Montanans want a regulator, not a cheerleader."

The vote followed weeks of pressure from residents near the mine. In a letter sent to senators last week, the Kestrel Creek Water Users Association said residents had "lost confidence that the department will act independently" while Reese was in charge.

A Republican senator who voted to confirm Reese, speaking on condition of anonymity to discuss private caucus deliberations, said the governor's office had "badly misread the room" in the days before the vote and made only a handful of calls to wavering members.

The Treasure State Resources Council, which represents mining and timber companies, called the vote "a troubling signal to employers" and urged the governor to name a permanent director quickly.

It is the first time since 2011 that the Montana Senate has rejected a Cabinet-level nominee.""",
        [
            ("I like Nolan. I've known", "Hal Brickner"),
            ("But I've got ranchers downstream", "Hal Brickner"),
            ("I can't go home and", "Hal Brickner"),
            ("Today a handful of senators", "Megan Oakes"),
            ("The governor will name an", "Megan Oakes"),
            ("proud of the work this", "Nolan Reese"),
            ("support a smooth transition", "Nolan Reese"),
            ("Montanans want a regulator, not", "Rosa Tenorio"),
            ("lost confidence that the department", "Kestrel Creek Water Users Association"),
            ("badly misread the room", "Republican senator who voted to confirm Reese"),
            ("a troubling signal to employers", "Treasure State Resources Council"),
        ],
    ),
]
