CASES = [
    (
        """Ohio House passes property tax cap as county auditors warn of shortfalls

By Marcy Delacroix, Ohio Capital Journal

COLUMBUS — The Ohio House voted 71-24 on Wednesday to limit how fast property tax bills can grow for homeowners, sending the measure to a Senate where leaders have signaled they want changes.

House Bill 212 would cap annual increases in the taxable value of owner-occupied homes at 3%, no matter what a county reappraisal finds. Supporters said the change is overdue after the most recent valuation cycle pushed bills up by 20% or more in some suburbs around Columbus and Cincinnati.

"People are not getting richer at the rate their houses are getting more expensive on paper," said state Rep. Dale Kettering, R-Wexley Township, one of the bill's sponsors. "They are getting tax bills they cannot plan for."

Kettering told colleagues during floor debate that some retirees in his district were "choosing between the furnace and the tax bill," and that several had asked him whether they should sell homes they had owned for decades.

Democrats largely opposed the bill, arguing it would push the burden onto school districts and local levies without addressing rising costs.

"This is a sugar high," said Rep. Angela Moorhouse, D-Brookfield Heights. "It feels good for a year. Then your school district comes back with a levy, and we'll all act surprised."

Moorhouse offered an amendment that would have instead expanded the state's homestead exemption for seniors and disabled homeowners. It failed on a party-line vote.

County auditors, who run the valuation system, raised concerns before the vote. In written testimony to the House Ways and Means Committee, the Ohio Association of County Fiscal Officers said the cap "would create permanent gaps between market value and taxable value" and could leave some taxing districts collecting less than voters approved.

Delmont County Auditor Rachel Szabo said her office would need new software and additional staff to track two sets of values for every parcel.

"We'll comply with whatever the legislature passes," Szabo said in an interview. "But I want people to understand that a cap doesn't make the money appear from somewhere else. Somebody else picks it up."

Under the bill, the cap would reset when a home is sold. Commercial and farm property would not be affected.

The Senate has its own property tax working group, which is expected to release recommendations next month. A spokesman for Senate President Gregory Hallum, R-Marlow, said the chamber "will take a careful look at the House bill alongside our own work" but did not commit to a timeline.

The legislature is scheduled to break for the summer at the end of June.""",
        [
            ("People are not getting richer", "Dale Kettering"),
            ("They are getting tax bills", "Dale Kettering"),
            ("choosing between the furnace and", "Dale Kettering"),
            ("This is a sugar high,", "Angela Moorhouse"),
            ("It feels good for a", "Angela Moorhouse"),
            ("would create permanent gaps between", "Ohio Association of County Fiscal Officers"),
            ("We'll comply with whatever the", "Rachel Szabo"),
            ("But I want people to", "Rachel Szabo"),
            ("will take a careful look", "spokesman"),
        ],
    ),
    (
        """Senate panel backs doubling Georgia's private school voucher program

By Terrence Oduya

A Georgia Senate committee on Tuesday advanced a bill that would roughly double the number of students eligible for the state's private school voucher program, setting up a floor vote as soon as next week.

Senate Bill 318 would raise the program's income limit and drop a requirement that students attend a low-performing public school before qualifying for the $6,500 annual scholarship. Its sponsor, Sen. Lydia Pruett, R-Hollins Creek, told the Senate Education and Youth Committee that the current rules shut out rural families.

"If you live in a county with one high school and it isn't working for your child, you don't have a choice today," Pruett said. "This bill gives you one."

The committee approved the measure 7-4 along party lines after a hearing that stretched past three hours and at times grew testy.

Sen. Marcus Bellweather, D-Stone Ridge, noted the program has not yet produced a full year of test score data.

"We're being asked to double down on something we can't evaluate," Bellweather said. "If a public school came in here and asked for twice the money with no results to show, we'd laugh them out of the room."

Pruett countered that participating private schools must give students a nationally normed test, and that the first results are due to be published this fall.

The Georgia Association of Public School Educators, which represents about 40,000 teachers and staff, said in a statement that the expansion "diverts money from classrooms that are already stretched thin" and would leave taxpayers with "no meaningful way to know what they are buying."

Several parents testified in favor. Dana Whitlock, a mother of three from Ocmulgee Falls, said her middle son had fallen two grade levels behind in reading before she moved him to a small Christian school using a voucher.

"My son was drowning," Whitlock told the committee. "He's not drowning anymore."

Ray Giddens, superintendent of Pell County Schools in southwest Georgia, said the loss of even a few dozen students could force small districts into "cutting a teacher we can't replace," because state funding follows enrollment while fixed costs like buses and buildings do not shrink.

"People in Atlanta think of this as choice," Giddens said after the hearing. "Where I live, there's one private school in the county and it's got a waiting list."

A spokeswoman for the governor's office said he "supports giving parents more options" but declined to say whether he would sign the expanded version.

The bill must clear the full Senate and the House before the session ends in early April.""",
        [
            ("If you live in a", "Lydia Pruett"),
            ("This bill gives you one.", "Lydia Pruett"),
            ("We're being asked to double", "Marcus Bellweather"),
            ("If a public school came", "Marcus Bellweather"),
            ("diverts money from classrooms that", "Georgia Association of Public School Educators"),
            ("no meaningful way to know", "Georgia Association of Public School Educators"),
            ("My son was drowning,", "Dana Whitlock"),
            ("He's not drowning anymore.", "Dana Whitlock"),
            ("cutting a teacher we can't", "Ray Giddens"),
            ("People in Atlanta think of", "Ray Giddens"),
            ("Where I live, there's one", "Ray Giddens"),
            ("supports giving parents more options", "spokeswoman"),
        ],
    ),
    (
        """Hemp THC limits clear House subcommittee over retailers’ objections

By Jolene Marchetti

NASHVILLE — A bill that would bar sales of hemp-derived THC products to anyone under 21 and sharply limit their potency cleared a House subcommittee Wednesday, despite warnings from retailers that it would put hundreds of small shops out of business.

The measure, sponsored by Rep. Curtis Vandiver, R-Cold Spring, would also require the products to be kept behind the counter and ban sales within 1,000 feet of a school. Vandiver said the market for delta-8 gummies, vapes and drinks had “grown faster than anyone in this building anticipated” when the legislature legalized hemp production in 2019.

“We have gas stations selling gummies that are stronger than what you can buy at a dispensary in Colorado,” Vandiver told members of the Agriculture and Natural Resources Subcommittee. “I don’t think that’s what anybody in this room voted for.”

The bill passed on a voice vote, with two members asking to be recorded as voting no.

Dr. Harold Nunley, an emergency physician at Riverbend Regional Medical Center in Carver Springs, testified in support.

“Twice last month I had teenagers come in after eating edibles they bought with no ID check,” Nunley said. “One of them was 15 and had to be admitted.

“These products aren’t regulated like medicine and they aren’t regulated like alcohol. They sit in a gap, and kids are falling into it.”

Retailers packed the hearing room, many wearing green stickers reading “Save Tennessee Hemp.”

“Nobody in our industry is against carding people,” said Shonda Pike, executive director of the Tennessee Hemp Retail Alliance. “What we’re against is a potency cap written so tight it outlaws nearly everything on the shelf.”

Pike said the alliance’s roughly 600 member businesses employ about 4,000 people, many in rural counties where the shops have filled empty storefronts. She estimated that more than half would close if the potency limit took effect as written.

Rep. Yolanda Briggs, D-Ridgeway, said she supported the age limit but questioned whether the state had the inspectors to enforce any of it. According to Briggs, the agency that licenses hemp producers has “four people covering ninety-five counties.”

The Tennessee Hemp Licensing Board said in an email that it “does not take positions on pending legislation” but would need additional funding to carry out new testing requirements.

Vandiver said he was open to adjusting the potency threshold before the bill reaches the full Agriculture and Natural Resources Committee next week. “I’m not trying to kill an industry,” he said. “I’m trying to keep this stuff away from kids.”

A companion bill has been filed in the Senate but has not been scheduled for a hearing.""",
        [
            ("grown faster than anyone in", "Curtis Vandiver"),
            ("We have gas stations selling", "Curtis Vandiver"),
            ("I don’t think that’s what", "Curtis Vandiver"),
            ("Twice last month I had", "Harold Nunley"),
            ("One of them was 15", "Harold Nunley"),
            ("These products aren’t regulated like", "Harold Nunley"),
            ("Nobody in our industry is", "Shonda Pike"),
            ("What we’re against is a", "Shonda Pike"),
            ("four people covering ninety-five counties.", "Yolanda Briggs"),
            ("does not take positions on", "Tennessee Hemp Licensing Board"),
            ("I’m not trying to kill", "Curtis Vandiver"),
            ("I’m trying to keep this", "Curtis Vandiver"),
        ],
    ),
    (
        """Ohio Senate budget adds Medicaid work rule, trims child care plan

By BRENDAN VOSS Associated Press

COLUMBUS, Ohio (AP) — Ohio Senate Republicans unveiled their version of the two-year state budget on Tuesday, adding a work requirement for some Medicaid recipients and scaling back a House plan to expand child care subsidies.

The roughly $88 billion spending plan now goes to the Senate Finance Committee, which is expected to vote on it next week before the full Senate takes it up.

Sen. Warren Pettibone, the committee's chairman, told reporters the changes reflected "a more realistic picture" of state revenue after income tax collections came in below projections for four straight months.

"We're not in a position to make promises we can't keep two years from now," Pettibone said. "Every dollar in here is a dollar we're confident will actually be there."

Under the Senate plan, able-bodied adults ages 19 to 55 without dependents would have to document at least 20 hours a week of work, job training, school or volunteering to keep their Medicaid coverage. The state Department of Medicaid estimated in an analysis released with the bill that about 62,000 people could lose coverage in the first year.

Health advocates said many of those people already work but would be tripped up by reporting rules.

"This will cost people their coverage not because they aren't working, but because they can't get through the paperwork," said Lorna Beckwith, policy director at the Ohio Coalition for Health Access. "We've seen it happen in other states, and the numbers are not subtle."

The Senate version also cuts the House's proposed increase in child care eligibility, from 200% of the federal poverty level to 160%. A senior Republican aide, who spoke on condition of anonymity because negotiations with the House were ongoing, said the child care figures were "very much still on the table."

House Speaker Dennis Albrecht, R-Tiffin Falls, signaled he would push back. In a statement, Albrecht said the House "will protect the investments we made in working families" when the two chambers meet to resolve their differences.

Senate Democrats were blunter. Senate Minority Leader Nia Carrothers, D-Euclid Heights, put it this way: "They found money for tax cuts and they couldn't find it for day care."

The Senate plan keeps a House-passed reduction in the top income tax rate, phasing it down to 2.75% by 2027.

Pettibone said he expected the Senate to pass the budget before the middle of June, leaving time for a conference committee. The governor must sign a budget by June 30, when the current one expires.

"We'll get there," he said. "We always do."

The governor's office said it was still reviewing the Senate's changes.""",
        [
            ("a more realistic picture", "Warren Pettibone"),
            ("We're not in a position", "Warren Pettibone"),
            ("Every dollar in here is", "Warren Pettibone"),
            ("This will cost people their", "Lorna Beckwith"),
            ("We've seen it happen in", "Lorna Beckwith"),
            ("very much still on the", "senior Republican aide"),
            ("will protect the investments we", "Dennis Albrecht"),
            ("They found money for tax", "Nia Carrothers"),
            ("We'll get there,", "Warren Pettibone"),
            ("We always do.", "Warren Pettibone"),
        ],
    ),
    (
        """Georgia House votes to pause data center tax break as power bill worries mount

By Wesley Tran

The Georgia House voted 118-52 on Thursday to suspend the state’s sales tax exemption for new data centers until mid-2028, a rare bipartisan rebuke of an incentive lawmakers approved with little debate just a few years ago.

House Bill 447 would halt the exemption on servers, cooling systems and other equipment for projects that have not broken ground by July 1. Projects already under construction would keep the break.

Rep. Harlan Ogletree, a Mossy Creek Republican who sponsored the bill, said he was not trying to chase the industry out of the state.

“We want these jobs. I want them in my district,” Ogletree said on the House floor. “But I also want to know who’s paying for the power lines and the substations, and right now I’m not convinced it’s the data centers.”

Ogletree and other supporters cited projections from the state’s largest utility showing that electricity demand could grow by more than a third over the next decade, driven mostly by large industrial and data center customers. Public Service Commissioner Ellis Baughman has said that residential customers should “not be left holding the bag” for new generation built to serve them.

The Southeastern Data Infrastructure Association, an industry trade group, said in a statement that the vote sends the wrong message.

“Pausing this exemption tells every site selector in the country that Georgia’s word has an expiration date,” the statement said. “Companies make billion-dollar decisions based on stable policy.”

Hollowell Cloud Systems, which has proposed a $1.2 billion campus near Tallapoosa Crossing in west Georgia, said it was “evaluating all options” for the project. The company said it had not yet broken ground and would likely lose the exemption under the House bill.

Residents near the proposed site have organized against it, citing water use as well as power.

“Every summer we get told not to water the lawn, and then we hear about a building that’s going to use a million gallons a day,” said Bev Stanwick, who lives about two miles from the site. “It doesn’t add up for regular people.”

Most of the 52 no votes came from Republicans, though several Democrats also opposed the bill. Rep. Dianne Fulcher, a Lithia Mill Democrat who voted yes, told reporters after the vote that the measure was “a start, not a finish” and that she would push for water reporting requirements in the Senate.

Senate leaders have not said whether they will take up the bill. A spokesman for the Senate Finance Committee chairman did not respond to a request for comment.""",
        [
            ("We want these jobs.", "Harlan Ogletree"),
            ("But I also want to", "Harlan Ogletree"),
            ("not be left holding the", "Ellis Baughman"),
            ("Pausing this exemption tells every", "Southeastern Data Infrastructure Association"),
            ("Companies make billion-dollar decisions based", "Southeastern Data Infrastructure Association"),
            ("evaluating all options", "Hollowell Cloud Systems"),
            ("Every summer we get told", "Bev Stanwick"),
            ("It doesn’t add up for", "Bev Stanwick"),
            ("a start, not a finish", "Dianne Fulcher"),
        ],
    ),
    (
        """Tennessee Senate votes to shrink Carver Springs council; mayor promises court fight

By Garrett Lindqvist
Nashville Tennessean

The Tennessee Senate voted 25-6 on Monday to cut the size of the Carver Springs Metro Council from 40 members to 20, advancing a bill city leaders call political payback for a series of clashes with the Republican-led legislature.

The bill, sponsored by Sen. Boyd Letterman, R-Granger Hills, would apply to any consolidated city-county government with more than 30 council seats. Only Carver Springs meets that description.

Letterman argued the current council is too large to function.

"I've served on a county commission," Letterman said during floor debate. "I know what it takes to get things done in local government.

"When you have 40 people, nobody is accountable. Most voters in that city couldn't tell you the name of their council member."

Democrats said the measure was aimed squarely at a city whose voters have rejected several state-backed initiatives, including a proposed toll lane project last year. Sen. Lonnie Mabry, D-Carver Springs, called the bill "a solution in search of a problem" and asked whether any council member or city official had requested the change.

Letterman acknowledged none had.

At City Hall a few hours after the vote, Mayor Annette Loyola-Price told reporters the city was prepared to sue if the House passes the bill and it is signed into law.

"This is retaliation, plain and simple," Loyola-Price said. "The legislature doesn't like how our voters vote, so they're changing the rules of the game in the fourth quarter."

She said redrawing district lines for a 20-member council before the August election would be "close to impossible" and could leave some neighborhoods without representation for months.

City Law Director Samuel Okafor said his office would "review every option, including litigation," and noted that the city's charter, approved by voters, sets the size of the council. The state constitution gives the legislature broad authority over local governments, though courts have occasionally struck down laws that target a single city.

The Tennessee Association of Cities and Towns said in a statement that it "opposes legislation aimed at a single municipality" and urged House members to reject the bill.

A House companion bill is scheduled for a committee hearing Wednesday. A spokesperson for the House Republican Caucus said members "expect a full and fair debate" but that the caucus had not taken a position.""",
        [
            ("I've served on a county", "Boyd Letterman"),
            ("I know what it takes", "Boyd Letterman"),
            ("When you have 40 people,", "Boyd Letterman"),
            ("a solution in search of", "Lonnie Mabry"),
            ("This is retaliation, plain and", "Annette Loyola-Price"),
            ("The legislature doesn't like how", "Annette Loyola-Price"),
            ("close to impossible", "Annette Loyola-Price"),
            ("review every option, including litigation,", "Samuel Okafor"),
            ("opposes legislation aimed at a", "Tennessee Association of Cities and Towns"),
            ("expect a full and fair", "spokesperson"),
        ],
    ),
    (
        """Ohio Senate Republicans push to make citizen ballot issues harder to qualify

By Hannah Greeley, cleveland.com

COLUMBUS, Ohio — Republicans in the Ohio Senate are moving forward with a proposal that would require citizen-led ballot campaigns to collect signatures from all 88 counties, up from the 44 required now, and would bar paying petition circulators by the signature.

Senate Joint Resolution 4, which would go before voters as a constitutional amendment if it clears both chambers, had its first hearing Tuesday in the Senate General Government Committee.

Its sponsor, Sen. Kyle Brandenburg, R-Greer Township, said the changes would ensure statewide ballot issues have "genuinely statewide support" rather than relying on a handful of large counties.

"Right now a well-funded campaign can fly in, hire a professional petition firm, and skip half the state," Brandenburg told the committee. "I don't think that's what the framers of the initiative process had in mind."

Voting rights groups see it differently. Ohio Voters First, a coalition of labor, civil rights and faith organizations, said in a statement that the proposal "is designed to make sure ordinary Ohioans never get another issue on the ballot without permission from the people in this building."

Marguerite Salas, the coalition's executive director, said collecting signatures in every county — including some of the state's smallest, which have fewer than 15,000 registered voters — would require a statewide volunteer network that few grassroots groups could build.

"They're not saying no," Salas said. "They're just making the price of yes so high that only the people with the deepest pockets can pay it."

Brandenburg has also proposed requiring that every signature be checked against the statewide voter database, rather than relying on county boards of elections' existing verification process. A spokeswoman for the secretary of state's office said the office was reviewing the resolution and "will work with the General Assembly on any changes to the petition process."

A lobbyist who has worked on several past ballot campaigns, and who asked not to be named because he represents clients with business before the legislature, said the pay-per-signature ban would "basically end professional petitioning in Ohio overnight."

The resolution needs three-fifths support in each chamber to be placed on the ballot. Republicans hold supermajorities in both, but House Speaker Dennis Albrecht has not said whether he supports it.

Democrats on the committee questioned the timing. State Sen. Keisha Lumpkin, D-Shaker Grove, asked Brandenburg directly: "Would we be having this hearing if the last two ballot issues had gone the other way?"

Brandenburg said yes. "This has nothing to do with any particular outcome," he said.

A second hearing is scheduled for next week, when opponents are expected to testify.""",
        [
            ("genuinely statewide support", "Kyle Brandenburg"),
            ("Right now a well-funded campaign", "Kyle Brandenburg"),
            ("I don't think that's what", "Kyle Brandenburg"),
            ("is designed to make sure", "Ohio Voters First"),
            ("They're not saying no,", "Marguerite Salas"),
            ("They're just making the price", "Marguerite Salas"),
            ("will work with the General", "spokeswoman"),
            ("basically end professional petitioning in", "lobbyist"),
            ("Would we be having this", "Keisha Lumpkin"),
            ("This has nothing to do", "Kyle Brandenburg"),
        ],
    ),
    (
        """Lawmakers vote to raise cap on rural hospital tax credit despite audit questions

By Dave Whitmire
Capitol Beat News Service

ATLANTA – The Georgia House gave final passage Friday to a bill raising the annual cap on the state's rural hospital tax credit from $75 million to $100 million, despite a state audit that found little evidence the program has improved hospitals' finances.

The Senate passed the measure last month, and it now goes to the governor.

The program, known around the Capitol as the "Hometown Hospitals" credit, lets individuals and corporations redirect state tax dollars to struggling rural hospitals in exchange for a dollar-for-dollar credit.

Rep. Owen Tillery, R-Sumter Bluff, carried the bill in the House. He said it had kept doors open in places where the nearest emergency room might otherwise be an hour away.

"When a rural hospital closes, it doesn't come back," Tillery said. "The doctors leave, the pharmacy leaves, and then the young families leave."

But a report released in January by the Georgia Office of Fiscal Review found that hospitals receiving the largest donations were no more likely to improve their operating margins than those receiving little or none. The report said the program's effect on hospital finances was "difficult to measure with confidence" because hospitals are not required to report how they spend the money.

Rep. Carla Wingfield, D-Panola Springs, who voted against the bill, said lawmakers were "writing a bigger check without reading the last receipt."

"I'm not against rural hospitals. My grandmother was born in one," Wingfield said. "But we owe taxpayers some idea of whether this is working."

The bill adds a requirement that participating hospitals file annual reports with the state describing how donations were used, a change Tillery said responded directly to the audit.

Hospital executives have lobbied hard for the increase. Jerrold Pace, chief executive of Coosa Valley Community Hospital, a 25-bed facility, said the credit accounted for nearly a fifth of the hospital's revenue last year.

"Without it, we'd be talking about cutting obstetrics," Pace said in a phone interview. "We're already the only place within 50 miles where a woman can deliver a baby."

The Georgia Rural Health Alliance praised the vote, saying in a news release that the higher cap "will give hospitals the stability they need to recruit and keep doctors."

Not everyone in the industry is convinced the money is distributed fairly. An administrator at one south Georgia hospital, who asked not to be identified because the facility participates in the program, said donations tend to flow to hospitals "with the best-connected boards," leaving smaller facilities to compete for what remains.

The governor has 40 days after the session ends to sign or veto bills.""",
        [
            ("When a rural hospital closes,", "Owen Tillery"),
            ("The doctors leave, the pharmacy", "Owen Tillery"),
            ("difficult to measure with confidence", "Georgia Office of Fiscal Review"),
            ("writing a bigger check without", "Carla Wingfield"),
            ("I'm not against rural hospitals.", "Carla Wingfield"),
            ("But we owe taxpayers some", "Carla Wingfield"),
            ("Without it, we'd be talking", "Jerrold Pace"),
            ("We're already the only place", "Jerrold Pace"),
            ("will give hospitals the stability", "Georgia Rural Health Alliance"),
            ("with the best-connected boards,", "administrator at one south Georgia hospital"),
        ],
    ),
]
