CASES = [
    (
        """Senate budget plan trims Halvorsen's school funding request by more than half

By Nick Brauer, State Capitol Bureau

MADISON — Republicans who control the Wisconsin Senate on Tuesday released a two-year spending plan that cuts Democratic Gov. Margaret Halvorsen's proposed increase for public schools by more than half, setting up what lawmakers on both sides expect to be a long summer of negotiations.

The $98.4 billion plan, approved 5-3 by the Senate Finance Committee along party lines, would raise per-pupil aid by $140 a year rather than the $325 the governor sought. It would also return about $1.1 billion of the state's projected surplus to taxpayers through a cut in the second income tax bracket.

"We heard loud and clear from people in every corner of this state that they want their money back," said Senate Majority Leader Dale Kruschke, R-Pine Hollow. "This budget does that while still putting more into classrooms than any budget in a decade."

Halvorsen, speaking to reporters after an event at a technical college in Chippewa Rapids, called the plan "a step backward for kids" and said she had not ruled out a veto.

"I'm not going to sign a budget that asks our schools to do more with less for another two years," she said. "I've said that since January, and nothing about this plan changes it."

Her spokesman, Brent Lindqvist, said in a statement that the governor's office had "repeatedly offered to meet" with Senate leaders and had received no response. Kruschke disputed that, telling reporters his staff had been in touch with the governor's budget office "just about every single day."

Democrats on the committee offered a dozen amendments, all of which failed on party-line votes. Sen. Tanya Oyelaran, D-Milwaukee, said the tax cut was tilted toward higher earners and would leave the state exposed if the economy slowed.

"You don't fix the roof by selling the ladder," Oyelaran said. "We have a surplus now. We may not in two years."

The plan also increases shared revenue for counties and municipalities by 4%, less than the 6% local governments had requested. The Wisconsin Association of County Officials said in a statement that the increase was "welcome but not sufficient to keep pace with rising costs for jails, roads and emergency services."

The full Senate is expected to vote on the plan next week. The Assembly, where Republicans also hold a majority, has not released its own version. Assembly Speaker Rob Tillotson, R-Lake Marden, said last week he expected the two chambers to reach agreement "without too much drama" but declined to set a timeline.

The state's current budget expires June 30. Unlike some states, Wisconsin does not shut down if a new budget is not in place; spending continues at current levels until one is signed.""",
        [
            ("We heard loud and clear", "Dale Kruschke"),
            ("This budget does that while", "Dale Kruschke"),
            ("a step backward for kids", "Margaret Halvorsen"),
            ("I'm not going to sign", "Margaret Halvorsen"),
            ("I've said that since January,", "Margaret Halvorsen"),
            ("repeatedly offered to meet", "Brent Lindqvist"),
            ("just about every single day.", "Dale Kruschke"),
            ("You don't fix the roof", "Tanya Oyelaran"),
            ("We have a surplus now.", "Tanya Oyelaran"),
            ("welcome but not sufficient to", "Wisconsin Association of County Officials"),
            ("without too much drama", "Rob Tillotson"),
        ],
    ),
    (
        """Pennsylvania's budget is six weeks late, and county agencies say they're running out of room

By Leah Szymanski

HARRISBURG — Six weeks after the June 30 deadline, Pennsylvania still has no budget, and the county offices that run child welfare, mental health and addiction programs say their patience — and their cash — is running thin.

Without a signed spending plan, the state can't send counties their regular payments for those services. Some counties have started borrowing to cover payroll. Others are delaying payments to the private agencies they contract with.

Carla Munoz-Reyes, human services director for Tuscarora County, described the situation in her county this way:

"We've already drawn $4 million on a line of credit just to keep caseworkers paid. Every week this goes on, that number goes up, and the interest comes out of our county's pocket, not the state's.

"The providers we contract with are smaller than we are. Some of them don't have a line of credit at all. A few have told me they'll have to stop taking new clients by September."

Gov. Denise Whitacre, a Democrat, has blamed the Republican-controlled Senate for the stall. At a news conference Monday in Millersport, she said Senate leaders had "walked away from a deal that was 90 percent done."

"I've been at this table every single day," Whitacre said. "My door's open. My phone's on. I'd love to hear from them."

Senate President Pro Tempore Glenn Hostetler, R-Lancaster, rejected that account. In a statement, he said the governor's proposal "grows the budget faster than Pennsylvanians' paychecks" and that Republicans would not agree to a plan that drains the state's reserves.

A senior Senate Republican aide, who was not authorized to speak publicly about the talks, said the main sticking points remain transit funding and an expansion of the state's child care tax credit. The two sides, the aide said, are "not as close as the governor is suggesting."

House Majority Leader Marcus Bell, D-Philadelphia, noted that the House passed its own budget in early June. "The ball is in their court, and it has been for a while," Bell said.

In a letter sent to legislative leaders last week, the Pennsylvania Association of County Human Services Administrators warned that "children and families will bear the cost of this delay long after a budget is signed." The group's latest survey, titled "Running on Empty," found that 19 counties had borrowed money or drawn down reserves since July 1.

Long standoffs are nothing new in Harrisburg. The 2015-16 budget impasse stretched for roughly nine months.

Whitacre said Monday she was "cautiously hopeful that we get there before Labor Day." A spokeswoman for Hostetler said only that the Senate would return to session "when there is an agreement to vote on," and did not offer a date.""",
        [
            ("We've already drawn $4 million", "Carla Munoz-Reyes"),
            ("The providers we contract with", "Carla Munoz-Reyes"),
            ("walked away from a deal", "Denise Whitacre"),
            ("I've been at this table", "Denise Whitacre"),
            ("My door's open. My phone's", "Denise Whitacre"),
            ("grows the budget faster than", "Glenn Hostetler"),
            ("not as close as the", "senior Senate Republican aide"),
            ("The ball is in their", "Marcus Bell"),
            ("children and families will bear", "Pennsylvania Association of County Human Services Administrators"),
            ("cautiously hopeful that we get", "Denise Whitacre"),
            ("when there is an agreement", "spokeswoman"),
        ],
    ),
    (
        """Legislature overrides Brennaman veto, enacting $1.2 billion tax cut

By Owen Reisterer
Statehouse bureau

TOPEKA — Kansas lawmakers on Thursday overrode Gov. Laura Brennaman’s veto of a sweeping tax bill, handing Republican leaders a victory they had chased for three sessions and leaving the Democratic governor warning of budget holes to come.

The House voted 84-40 to override, exactly the two-thirds majority required, after two Democrats from western Kansas crossed party lines. The Senate followed about an hour later, 28-12.

The bill collapses the state’s three income tax brackets into two, exempts more Social Security income from taxation and raises the standard deduction. Legislative researchers estimate it will reduce state revenue by about $1.2 billion over three years.

“Kansans have been overtaxed for years, and today the Legislature finally did something about it,” Senate President Curtis Lindahl, R-Prairie View, said after the vote. “This is their money. It was never the state’s.”

Brennaman, who vetoed the bill last week, said in a written statement that lawmakers had “chosen a short-term headline over long-term stability.” She said her budget office projected a shortfall of roughly $400 million by fiscal year 2028.

“I’ve seen this movie before, and so have the people of Kansas,” the statement said.

The governor was referring to the 2012 income tax cuts signed by then-Gov. Sam Brownback, which left the state with repeated shortfalls until lawmakers reversed most of them in 2017.

Rep. Helen Vogt, D-Lawrence, the ranking Democrat on the House tax committee, made the same comparison during floor debate. “We are writing checks that our schools and our highways are going to have to cash,” she said.

Rep. Darrell Kimsey, D-Cimarron Falls, one of the two Democrats who voted to override, told reporters he had heard from farmers and retirees in his district “who are tired of watching Topeka sit on a surplus.” He added: “I like the governor. I just think she’s wrong on this one.”

The Kansas Center for Fiscal Priorities, a left-leaning research group, released an analysis in March titled “Cutting Close to the Bone,” which projected the cuts would force reductions in school and highway spending by the end of the decade. The group said Thursday the override was “a gamble with money the state hasn’t collected yet.”

The Kansas Business Roundtable, which lobbied for the bill, praised the vote. Its president, Gail Strickholm, said the new rates would make Kansas “competitive with our neighbors for the first time in a generation.”

The state currently holds about $2.1 billion in its budget stabilization fund, commonly called the “rainy day fund.” Republican leaders have pointed to that balance as evidence the state can afford the cuts.

Lawmakers return April 25 for the veto session, when they will take up the remaining budget bills.""",
        [
            ("Kansans have been overtaxed for", "Curtis Lindahl"),
            ("This is their money.", "Curtis Lindahl"),
            ("chosen a short-term headline over", "Laura Brennaman"),
            ("I’ve seen this movie before,", "Laura Brennaman"),
            ("We are writing checks that", "Helen Vogt"),
            ("who are tired of watching", "Darrell Kimsey"),
            ("I like the governor.", "Darrell Kimsey"),
            ("a gamble with money the", "Kansas Center for Fiscal Priorities"),
            ("competitive with our neighbors for", "Gail Strickholm"),
        ],
    ),
    (
        """Colorado budget writers weigh Medicaid cuts as shortfall grows to $780 million

By Sam Whitcomb

DENVER — The six lawmakers who write Colorado's budget spent most of Wednesday doing what none of them wanted to do: deciding who gets less money.

The Joint Budget Committee is trying to close a gap that state economists now put at $780 million for the fiscal year that begins July 1, about $130 million more than they forecast in December. The biggest target so far is Medicaid, which accounts for roughly a third of the state's general fund spending.

"There are no good options left on the table. There are only less bad ones," said committee chair Sen. Rachel Durant, a Pueblo Democrat. "Every dollar we don't cut in one place, we have to find somewhere else."

The committee voted 4-2 to reduce reimbursement rates for many Medicaid providers by 1.5 percent and to delay a planned expansion of dental benefits for adults.

Gov. Javier Montoya, also a Democrat, proposed a smaller provider rate cut in his January budget. According to a memo the governor's Office of State Planning and Budgeting sent to committee members Tuesday, deeper cuts "risk pushing rural providers out of the Medicaid program entirely."

Montoya told reporters at the Capitol that he understood the committee's position. "They've got a hard job, and I'm not going to second-guess every vote they take," he said. But he added that he would "fight like heck for the hospitals out on the Eastern Plains" as the budget moves through the legislature.

Rep. Kyle Brandvold of Grand Junction, one of two Republicans on the committee, voted against the cuts, arguing that the state had let spending grow too quickly in the years after the pandemic.

"We didn't get here because revenue collapsed. We got here because spending outran it for five straight years," Brandvold said.

The state's options for raising revenue are limited. Under the Taxpayer's Bill of Rights, a 1992 constitutional amendment, lawmakers cannot raise taxes without voter approval.

Hospital leaders in rural Colorado say even a small cut matters. Dana Kirchner, chief executive of Sagebrush Valley Regional Hospital in Cedar Bluff, said Medicaid patients account for nearly half of the hospital's inpatient days.

"A point and a half sounds small in a committee room in Denver," Kirchner said in an interview. "For us, it's a nurse. It might be two."

The Colorado Rural Hospitals Alliance, in a statement, urged lawmakers to "look anywhere else first" before cutting provider rates again.

The committee's decisions will be folded into the annual budget bill, known at the Capitol as the "Long Bill," which is expected to be introduced in the House next month.""",
        [
            ("There are no good options", "Rachel Durant"),
            ("Every dollar we don't cut", "Rachel Durant"),
            ("risk pushing rural providers out", "Office of State Planning and Budgeting"),
            ("They've got a hard job,", "Javier Montoya"),
            ("fight like heck for the", "Javier Montoya"),
            ("We didn't get here because", "Kyle Brandvold"),
            ("A point and a half", "Dana Kirchner"),
            ("For us, it's a nurse.", "Dana Kirchner"),
            ("look anywhere else first", "Colorado Rural Hospitals Alliance"),
        ],
    ),
    (
        """Thibodeaux calls House budget 'a shell game,' threatens line-item vetoes

By Renee Guillory
Capitol bureau

BATON ROUGE — Gov. Celeste Thibodeaux on Monday accused House leaders of balancing their version of the state budget with "accounting tricks and wishful thinking" and said she would use her line-item veto "as many times as it takes" if the plan reaches her desk unchanged.

The $48 billion spending bill, which the House approved 71-32 last week, relies on $310 million in one-time money to cover recurring expenses and gives teachers a $1,000 one-time stipend instead of the $2,000 permanent raise the governor proposed.

"You can call it a budget if you want. I call it a shell game," Thibodeaux told reporters at the Capitol. "They're moving money from one cup to another and hoping nobody's watching which one has the pea under it."

House Appropriations Chairman Wade Fontenot, R-Belle Prairie, said the governor's own proposal leaned even harder on one-time dollars.

"With all due respect to the governor, her budget used $450 million in one-time money. Ours uses less," Fontenot said. "If ours is a shell game, I'm not sure what you'd call hers."

The teacher pay fight has drawn the most attention. Louisiana's average teacher salary trails the Southern regional average by roughly $2,500, according to the state Department of Education.

"A stipend is not a raise. Teachers know the difference, and so do the banks that hold their mortgages," said Monique Batiste, president of the Louisiana Classroom Teachers Coalition, which has about 14,000 members.

The Legislative Fiscal Office, in a review released Friday, said the House plan would leave a gap of about $260 million the following year, which it described as "a structural imbalance that will require either new revenue or reductions in services."

Not every House Republican is comfortable with the approach. One GOP representative, who asked not to be named because he did not want to break publicly with leadership, said several members had voted for the bill only to keep it moving. "We all know what happens next year. We're just kicking it down the road," the lawmaker said.

The bill now goes to the Senate Finance Committee. Its chairman, Sen. Harold Guidry, R-Pointe Noire, said his committee would "start from scratch on a few things," including the teacher pay plan, and expected to begin hearings next week.

The session must end by June 12. Louisiana's governor can veto individual items in appropriations bills, and overriding those vetoes requires a two-thirds vote in both chambers.""",
        [
            ("a shell game,", "Celeste Thibodeaux"),
            ("accounting tricks and wishful thinking", "Celeste Thibodeaux"),
            ("as many times as it", "Celeste Thibodeaux"),
            ("You can call it a", "Celeste Thibodeaux"),
            ("They're moving money from one", "Celeste Thibodeaux"),
            ("With all due respect to", "Wade Fontenot"),
            ("If ours is a shell", "Wade Fontenot"),
            ("A stipend is not a", "Monique Batiste"),
            ("a structural imbalance that will", "Legislative Fiscal Office"),
            ("We all know what happens", "GOP representative"),
            ("start from scratch on a", "Harold Guidry"),
        ],
    ),
    (
        """Marchetti holds firm on spending cap as Democrats push for nonprofit raises

By Tom Ferrante

HARTFORD — Gov. Philip Marchetti told fellow Democrats on Tuesday that he will not sign a budget that breaks the state's spending cap, rejecting a push from legislative leaders to use part of a projected $600 million surplus for raises at nonprofit social service agencies.

"I've been clear about this since the day I took office," Marchetti said at an unrelated event in Westbrook Falls. "We spent twenty years digging out of a hole in this state. I'm not going to be the governor who climbs back into it."

His comments came a day after several hundred nonprofit workers rallied outside the Capitol, calling on lawmakers to boost state funding for group homes, addiction treatment centers and other community providers.

Rep. Anita Delgado, D-Millbrook, co-chair of the Appropriations Committee, addressed the crowd and later spoke with reporters in her office.

"These are the people who care for our most vulnerable neighbors, and a lot of them are working second jobs just to stay afloat," Delgado said.

"We're not asking to blow up the guardrails. We're asking for a conversation about whether they still make sense when we're running surpluses year after year and people are leaving this work because they can't pay rent."

Connecticut's so-called "fiscal guardrails," adopted in 2017, cap spending growth and require that volatile tax revenue be set aside in the state's rainy day fund or used to pay down pension debt. Supporters credit them with turning around the state's finances; critics say they have starved core services.

The Connecticut Council of Nonprofit Providers estimates its member agencies have about 3,800 vacant positions. In a letter to lawmakers last month, the council's executive director, Sharon Whitfield-Ames, wrote that agencies were "closing beds and turning people away because we cannot hire fast enough."

Republicans, who are in the minority in both chambers, have sided with the governor. Senate Minority Leader Kevin Proulx, R-Ashgrove, put it bluntly: "For once, the governor and I agree on something. The guardrails work. Leave them alone."

A spokesperson for the Office of Policy and Management, the governor's budget office, said his proposal already includes a 3 percent increase for nonprofit providers, which the spokesperson called "the largest single-year increase in state history."

Senate President Pro Tempore Martin Ostrowski, D-New Kentwood, told reporters he believed there was "still plenty of room to land this plane" before the session ends May 7.""",
        [
            ("I've been clear about this", "Philip Marchetti"),
            ("We spent twenty years digging", "Philip Marchetti"),
            ("These are the people who", "Anita Delgado"),
            ("We're not asking to blow", "Anita Delgado"),
            ("closing beds and turning people", "Sharon Whitfield-Ames"),
            ("For once, the governor and", "Kevin Proulx"),
            ("the largest single-year increase in", "spokesperson"),
            ("still plenty of room to", "Martin Ostrowski"),
        ],
    ),
    (
        """Legislature passes budget with $1,000 dividend; Merriweather hints at education vetoes

By Kelsey Ambrose
Juneau bureau

JUNEAU — The Alaska Legislature adjourned late Wednesday after passing a budget that pays each eligible resident a $1,000 Permanent Fund dividend and raises school funding by $175 per student, a combination Gov. Tom Merriweather has already signaled he may not accept.

The dividend is smaller than the roughly $1,400 the governor proposed in December. The school funding increase, to the per-student formula known as the base student allocation, is one Merriweather has partially vetoed twice before.

Merriweather, a Republican, told reporters Thursday morning that he would go through the budget “line by line, like I always do,” and declined to say whether he would veto the education increase.

“I’ve told legislators what I need to see on education, and that’s accountability. Money without accountability isn’t a plan,” he said.

Senate President Jo Ann Kveton, a Kodiak Republican who leads a bipartisan majority coalition, said the Legislature had done its job.

“We passed a balanced budget, on time, with a dividend people can count on and a school funding increase that districts have been begging for,” Kveton said. “If the governor wants to veto money for kids, that’s his call, and he’ll have to explain it.”

School districts across the state have closed buildings and cut staff in recent years as the per-student formula barely moved. Diane Halloway, superintendent of the Chilkoot Valley School District, said her district had eliminated 22 teaching positions since 2021.

“We’re not asking for extras. We’re asking to keep the lights on and a teacher in every classroom,” Halloway said in a phone interview.

Not everyone in the Capitol was satisfied with the dividend figure. Rep. Gary Stedtfeld, R-Knik Flats, who voted against the budget, said in a floor speech that it “shortchanges every Alaskan family to grow government.”

A legislative staffer familiar with the negotiations said the $1,000 figure was reached after midnight Tuesday in a closed-door meeting of leaders from both chambers. The final number, the staffer said, was “basically what was left after everyone stopped yelling.”

The budget also draws on the state’s savings. According to a summary from the Legislative Finance Division, the spending plan would require a draw of about $420 million from the Constitutional Budget Reserve “unless oil prices exceed current forecasts by a significant margin.”

Overriding a governor’s veto of an appropriation in Alaska requires three-quarters of the 60 legislators meeting in joint session, a threshold lawmakers have not reached in more than a decade.""",
        [
            ("line by line, like I", "Tom Merriweather"),
            ("I’ve told legislators what I", "Tom Merriweather"),
            ("We passed a balanced budget,", "Jo Ann Kveton"),
            ("If the governor wants to", "Jo Ann Kveton"),
            ("We’re not asking for extras.", "Diane Halloway"),
            ("shortchanges every Alaskan family to", "Gary Stedtfeld"),
            ("basically what was left after", "legislative staffer familiar with the negotiations"),
            ("unless oil prices exceed current", "Legislative Finance Division"),
        ],
    ),
    (
        """Budget standoff leaves $300 million battery plant incentive in limbo

By Jordan Everhart

RALEIGH — A months-long standoff between House and Senate Republicans over the state budget is now holding up one of the largest economic development deals in North Carolina history, and local officials in Hollis County say they are running out of patience.

The Senate's budget includes a $300 million site-readiness grant for Voltera Cell Systems, a California-based battery maker weighing a $2.4 billion manufacturing plant near the town of Dunmore that would employ about 1,800 people. The House budget leaves the grant out.

"We made a commitment to this company, and North Carolina keeps its commitments," Senate President Pro Tempore Gregory Ashby, R-Wayland, said Tuesday. "The House needs to come back to the table."

House Speaker Nolan Pettigrew, R-Haw Ridge, said his chamber supports the project but wants it handled in a standalone bill rather than tied to a budget that includes Senate tax cuts the House opposes.

"Nobody over here is against jobs in Hollis County," Pettigrew told reporters after the House adjourned Wednesday. "We're against being held hostage."

In a statement, Voltera said it remained "excited about the opportunity in North Carolina" but that its board would make a final decision on the site by the end of October. "We continue to evaluate multiple locations," the company said.

A person familiar with the company's site selection process, who was not authorized to discuss it publicly, said a competing site in South Carolina was "very much still in the running."

Hollis County has already spent about $6 million extending water and sewer lines to the site, according to Earl Mabry, chairman of the county Board of Commissioners.

"We've done everything that's been asked of us," Mabry said. "We've held up our end. We're just waiting on Raleigh."

Gov. Andrea Coble, a Democrat who has no formal role in budget negotiations until a bill reaches her desk, urged lawmakers to pass the grant on its own. "This shouldn't be a bargaining chip in anybody's fight," Coble said in a video posted to social media Wednesday.

North Carolina is one of a handful of states where government keeps operating at prior-year spending levels when no new budget is enacted, which has eased the pressure on lawmakers to reach a deal. The state went without a comprehensive budget for the entire 2019-21 biennium after a standoff between the legislature and then-Gov. Roy Cooper.

The House and Senate are scheduled to hold a conference meeting next week, though leaders in both chambers said Wednesday they did not expect a breakthrough.""",
        [
            ("We made a commitment to", "Gregory Ashby"),
            ("The House needs to come", "Gregory Ashby"),
            ("Nobody over here is against", "Nolan Pettigrew"),
            ("We're against being held hostage.", "Nolan Pettigrew"),
            ("excited about the opportunity in", "Voltera Cell Systems"),
            ("We continue to evaluate multiple", "Voltera Cell Systems"),
            ("very much still in the", "person familiar with the company's site selection process"),
            ("We've done everything that's been", "Earl Mabry"),
            ("We've held up our end.", "Earl Mabry"),
            ("This shouldn't be a bargaining", "Andrea Coble"),
        ],
    ),
]
