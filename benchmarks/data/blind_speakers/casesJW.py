CASES = [
    (
        """Two Ohio health systems call off merger after FTC scrutiny

By Dana Kessler

Maumee Valley Health and Lakeshore Regional Health Partners have abandoned their plan to combine, the systems announced Tuesday, roughly five months after the Federal Trade Commission issued a second request for information on the deal.

The proposed merger would have created a 14-hospital system with about $4.1 billion in annual revenue across northwest Ohio and southeast Michigan. The two nonprofits had said the combination would let them expand cardiology and behavioral health services in rural counties where access has thinned.

"After careful consideration, our boards have concluded that the path to regulatory approval had become too long and too uncertain," the systems said in a joint statement. "We remain committed to the communities we serve and will continue to explore clinical partnerships where they make sense."

The FTC declined to comment. The agency had not filed a formal challenge, but people familiar with the review said staff had raised concerns about the systems' combined share of inpatient admissions in Lucas and Wood counties, which one person put at close to 60%.

Maumee Valley CEO Gregory Antal told employees in an internal memo that the decision was "disappointing but not defeating."

"We went into this believing that scale would help us protect services that are losing money today, and I still believe that," Antal wrote. "But we are not going to spend another year and several million more dollars in legal fees waiting for an answer."

Lakeshore, the smaller of the two, has posted operating losses in three of the last four quarters. Its chief financial officer, Renee Whitfield, said on an investor call last month that the system had enough cash on hand to operate for about 160 days and was "not in any kind of distress."

Antitrust lawyers said the outcome fits a pattern. "The agency has made clear that it's looking hard at in-market and cross-market hospital deals alike, and boards are pricing that in," said Martin Oyelaran, an antitrust attorney with Brandt & Lowell in Columbus who advises hospitals.

Large employers in the region welcomed the news. The Northwest Ohio Employers Health Coalition, which had urged regulators to block the deal, said in a statement that the merger "would have handed one system the power to set prices for nearly every family in the region."

Both systems said they would keep operating the outpatient imaging joint venture they formed in 2021.""",
        [
            ("After careful consideration, our boards", "Maumee Valley Health and Lakeshore Regional Health Partners"),
            ("We remain committed to the", "Maumee Valley Health and Lakeshore Regional Health Partners"),
            ("disappointing but not defeating", "Gregory Antal"),
            ("We went into this believing", "Gregory Antal"),
            ("But we are not going", "Gregory Antal"),
            ("not in any kind of", "Renee Whitfield"),
            ("The agency has made clear", "Martin Oyelaran"),
            ("would have handed one system", "Northwest Ohio Employers Health Coalition"),
        ],
    ),
    (
        """Ellisburg hospital to stop delivering babies Oct. 1

By Lucas Pruitt
Staff writer

ELLISBURG, Tenn. — Expectant mothers in Hollis County will have to drive close to an hour to give birth starting this fall, after Hollis County Medical Center announced Monday it will close its labor and delivery unit on Oct. 1.

The 49-bed hospital delivered 212 babies last year, down from more than 350 a decade ago. Hospital officials said the unit lost about $1.8 million in 2023 and that they have been unable to keep enough obstetricians and nurses on staff to cover shifts around the clock.

"This is the hardest decision I've been a part of in 22 years here," said Carla Beasley, the hospital's chief executive. "We looked at every option we could think of. At the end of the day we could not safely staff that unit, and safety has to come first."

Beasley said the emergency department would remain open and staffed to handle emergency deliveries, and that prenatal care would continue at the hospital's women's clinic on Depot Street. Patients will be referred to Cumberland Ridge Regional Medical Center in Harmon City, about 48 miles away.

The news drew about 80 people to Monday night's county commission meeting, where several residents urged commissioners to find money to keep the unit open.

"My daughter was born in that hospital, and so was I," said Tasha Moody, who is 31 weeks pregnant with her second child. "Now I'm supposed to hope I don't go into labor on the interstate?"

County Mayor Dwight Hensley said the county offered the hospital a $400,000 subsidy last year but that it "wasn't close to enough to close the gap." He said he planned to ask state lawmakers for help.

State Rep. Angela Marrs, R-Ellisburg, said in a phone interview Tuesday that she had spoken with the governor's office about expanding a rural obstetrics grant program.

"I'm not going to pretend there's a quick fix," Marrs said. "But we have to stop treating this like it's just a Hollis County problem. It's happening all across rural Tennessee."

According to the Tennessee Rural Health Alliance, at least 12 rural hospitals in the state have stopped delivering babies since 2012.

A nurse in the unit, who asked not to be named because she was not authorized to speak for the hospital, said staff had been "running on fumes" for months. "Some nights it was one nurse and a prayer," she said.

Hospital officials said all 14 employees in the unit would be offered other positions.""",
        [
            ("This is the hardest decision", "Carla Beasley"),
            ("We looked at every option", "Carla Beasley"),
            ("My daughter was born in", "Tasha Moody"),
            ("Now I'm supposed to hope", "Tasha Moody"),
            ("wasn't close to enough to", "Dwight Hensley"),
            ("I'm not going to pretend", "Angela Marrs"),
            ("But we have to stop", "Angela Marrs"),
            ("running on fumes", "nurse in the unit"),
            ("Some nights it was one", "nurse in the unit"),
        ],
    ),
    (
        """Verenta slashes list price of top-selling blood thinner by 60%

By Priya Natarajan

Verenta Pharmaceuticals said Thursday it will cut the list price of its anticoagulant Clovexa by 60% in January, a move analysts said was aimed as much at insurers and pharmacy benefit managers as at patients.

The New Jersey drugmaker said the list price for a month’s supply will fall to about $228 from $570. Clovexa, which is taken by roughly 1.4 million Americans, brought in $3.2 billion in U.S. sales last year.

“We have heard clearly from patients that what they pay at the pharmacy counter is too often tied to a list price that no one actually pays,” Verenta Chief Executive Officer Helen Marchetti said in a statement. “Lowering the list price is the most direct way we can change that.”

The company acknowledged that the net price it receives after rebates would fall only modestly. In a note to investors, analyst Jonah Feld of Caldwell Bryce Securities described the cut as “largely a reshuffling of the rebate pie” and estimated the hit to Clovexa revenue at under 8%.

The timing is notable. Clovexa is among the drugs selected by the Centers for Medicare & Medicaid Services for the next round of price negotiations under the Inflation Reduction Act, and a lower list price could reset the starting point for those talks. A Verenta spokeswoman said the decision “was not driven by” the negotiation process and had been under discussion internally for more than a year.

Patient advocates gave the move a cautious welcome.

“Any time a list price comes down, people on high-deductible plans and people paying coinsurance feel it, so we’re glad,” said Ramona Quist, executive director of the Heart Rhythm Patients Coalition. “But we’ve seen companies cut list prices and then watch PBMs quietly move the drug to a worse tier. We’ll be watching formularies very closely.”

PBMs have at times been slow to pass list-price cuts through to patients, in part because their compensation is often tied to rebates. The Alliance for Pharmacy Benefit Value, a trade group representing pharmacy benefit managers, said in an emailed statement that its members “support lower list prices” and that drugmakers alone are responsible for “setting prices in the first place.”

On Capitol Hill, the announcement drew a skeptical response from Democrats who have pushed for broader negotiation authority.

“It shouldn’t take a federal negotiation for a company to discover that its prices are too high,” Rep. Daniel Okafor, D-Minn., a member of the House Energy and Commerce health subcommittee, wrote on social media.

Verenta shares rose 1.3% Thursday.""",
        [
            ("We have heard clearly from", "Helen Marchetti"),
            ("Lowering the list price is", "Helen Marchetti"),
            ("largely a reshuffling of the", "Jonah Feld"),
            ("was not driven by", "spokeswoman"),
            ("Any time a list price", "Ramona Quist"),
            ("But we’ve seen companies cut", "Ramona Quist"),
            ("support lower list prices", "Alliance for Pharmacy Benefit Value"),
            ("setting prices in the first", "Alliance for Pharmacy Benefit Value"),
            ("It shouldn’t take a federal", "Daniel Okafor"),
        ],
    ),
    (
        """Northgate Health cuts 2024 outlook as Medicare Advantage costs climb

By Erin Matsuda

Northgate Health lowered its full-year earnings guidance Wednesday after seniors in its Medicare Advantage plans used more outpatient care than the insurer had forecast, the latest sign that elevated utilization is squeezing health insurers' margins.

The Minneapolis-based insurer now expects adjusted earnings of $14.10 to $14.60 per share, down from its previous forecast of at least $16. Its medical loss ratio, the share of premium revenue spent on patient care, rose to 89.2% in the second quarter from 85.9% a year earlier.

"We're seeing higher volumes across outpatient surgery, behavioral health and supplemental benefits like dental, and that pressure has not eased the way we modeled it would," Chief Financial Officer Alan Brisco told analysts on the company's earnings call. "We are not assuming it abates in the back half of the year."

CEO Sandra Yelverton said Northgate would reprice its 2025 Medicare Advantage bids and exit some counties where it cannot earn an adequate margin. She did not say how many members could be affected but said the company would "prioritize margin over membership" next year.

"We've been disciplined in some markets and not disciplined enough in others," Yelverton said. "That changes now."

Northgate covers about 2.3 million Medicare Advantage members in 31 states, making the program its largest source of revenue. The company also cited higher-than-expected costs in its Medicaid business, as states continue to remove people from the rolls following the end of pandemic-era continuous enrollment and leave a sicker population behind.

Shares of Northgate fell about 9% in midday trading.

Analysts on the call pressed executives on whether the trend reflected pent-up demand from the pandemic or a lasting shift in how seniors use care. "Investors were hoping for some sign that the cost trend had peaked, and they didn't get one," Leah Sorensen, a managed care analyst at Pryor Hale Capital, said in an interview.

Providers read the numbers differently. The Upper Midwest Hospital Association said in a statement that insurers "have spent years using prior authorization and denials to hold down utilization" and that rising use reflects "seniors finally getting the care they were promised when they enrolled."

Northgate executives said they expect elevated costs to persist through the fourth quarter. The company plans to issue 2025 guidance at its investor day in December.""",
        [
            ("We're seeing higher volumes across", "Alan Brisco"),
            ("We are not assuming it", "Alan Brisco"),
            ("prioritize margin over membership", "Sandra Yelverton"),
            ("We've been disciplined in some", "Sandra Yelverton"),
            ("That changes now.", "Sandra Yelverton"),
            ("Investors were hoping for some", "Leah Sorensen"),
            ("have spent years using prior", "Upper Midwest Hospital Association"),
            ("seniors finally getting the care", "Upper Midwest Hospital Association"),
        ],
    ),
    (
        """Lawmakers take aim at hospital 'facility fees' on routine visits

By Meredith Caine
Statehouse reporter

DENVER — Patients who see a doctor at a hospital-owned clinic for a routine checkup could no longer be charged a separate hospital "facility fee" under a bill that cleared a House committee Thursday on a 7-4 vote.

House Bill 1187 would bar hospitals from charging the fees for preventive visits, telehealth appointments and most office visits at off-campus clinics. Supporters say the charges, which can add $200 or more to a bill, have multiplied as hospital systems have bought up independent physician practices.

Rep. Luis Arredondo, the Pueblo Democrat sponsoring the bill, opened the hearing by reading from a letter sent by Joanne Pettit, a retiree from Alder Creek who was billed $312 for what she called "the privilege of sitting in the same exam room I've been going to for 15 years."

Arredondo then told the committee:

"Nothing about that visit changed except who owned the building. The same doctor, the same nurse, the same blood pressure cuff.

"The only thing that changed was the bill, and patients have noticed."

Hospital groups lined up against the measure. Jenna Whitlock, senior vice president for policy at the Colorado Hospital Alliance, testified that hospital-owned clinics must meet standards that independent offices do not.

"Hospital-based clinics carry costs that a standalone office simply doesn't: round-the-clock security, emergency backup, regulatory requirements that come with being part of a hospital," Whitlock told the committee. She warned that rural hospitals in particular could be forced to "cut services that communities rely on" if the bill becomes law.

Rep. Dale Kimbrough, R-Sterling, who voted against the bill, said he worried about unintended consequences.

"I'm sympathetic to the patients here, I really am," Kimbrough said. "But I represent two critical access hospitals, and I haven't heard anyone explain how they make up this money."

Arredondo said he had already amended the bill to exempt critical access hospitals and rural clinics with fewer than 10 providers, and that he was open to further changes.

According to a fiscal note prepared by legislative staff, the bill could reduce state employee health plan spending by about $6 million a year. A spokesman for the state Division of Insurance said the agency was "still reviewing the amended version" and had not estimated its effect on private premiums.

The bill next goes to the House Appropriations Committee.""",
        [
            ("the privilege of sitting in", "Joanne Pettit"),
            ("Nothing about that visit changed", "Luis Arredondo"),
            ("The only thing that changed", "Luis Arredondo"),
            ("Hospital-based clinics carry costs that", "Jenna Whitlock"),
            ("cut services that communities rely", "Jenna Whitlock"),
            ("I'm sympathetic to the patients", "Dale Kimbrough"),
            ("But I represent two critical", "Dale Kimbrough"),
            ("still reviewing the amended version", "spokesman"),
        ],
    ),
    (
        """Nurses at Bellmont hospital authorize strike as contract talks stall

By Owen Tarkington

BELLMONT, Wash. — Nurses at Sound Harbor Medical Center have voted overwhelmingly to authorize a strike, their union said Friday, escalating a contract dispute that has dragged on for nearly nine months.

About 94% of the roughly 1,100 registered nurses who cast ballots supported the authorization, according to the Washington Nurses Guild. The vote does not mean a strike is imminent; the union must give the hospital 10 days' notice before any walkout.

Staffing is at the center of the dispute. The guild wants enforceable nurse-to-patient limits written into the contract, while the hospital has proposed a joint committee to review staffing levels unit by unit.

"We are not asking for anything radical," said Marisol Ventura, an intensive care nurse and president of the guild's bargaining unit at the hospital. "We're asking for enough nurses on a shift that we can actually take care of the patients in front of us. Right now, too many nights, we can't."

Ventura said nurses on medical-surgical floors routinely care for six or seven patients at a time, and that the hospital has relied heavily on mandatory overtime to fill gaps.

Hospital management said the union's proposals would cost more than $40 million over three years. In a statement, Sound Harbor Medical Center said it was "disappointed" by the vote but "committed to reaching a fair agreement at the bargaining table."

"Our nurses are the heart of this hospital, and we've put a strong offer on the table that includes wage increases of 18% over three years," the statement said. "We also have to be responsible stewards of a hospital that lost money last year, like many hospitals across the state."

The hospital's parent, Evergreen Coast Health, reported an operating loss of $27 million in 2023.

Chief Nursing Officer Beth Lindqvist told reporters at a briefing Friday afternoon that the hospital had contingency plans in place. "If there is a strike, our doors stay open," Lindqvist said. "Patients who need us will be cared for." She said the hospital had signed a contract with a staffing agency to bring in replacement nurses if needed.

Some patients' families said they had noticed the strain. A woman visiting her father on the fifth floor, who declined to give her name, said call lights had sometimes gone unanswered for 20 minutes. "The nurses are wonderful, but there just aren't enough of them," she said.

Bargaining sessions are scheduled for next Tuesday and Wednesday. A federal mediator joined the talks last month.""",
        [
            ("We are not asking for", "Marisol Ventura"),
            ("We're asking for enough nurses", "Marisol Ventura"),
            ("disappointed", "Sound Harbor Medical Center"),
            ("committed to reaching a fair", "Sound Harbor Medical Center"),
            ("Our nurses are the heart", "Sound Harbor Medical Center"),
            ("We also have to be", "Sound Harbor Medical Center"),
            ("If there is a strike,", "Beth Lindqvist"),
            ("Patients who need us will", "Beth Lindqvist"),
            ("The nurses are wonderful, but", "woman visiting her father on the fifth floor"),
        ],
    ),
    (
        """Drugmaker sues to block Kansas 340B contract pharmacy law

By Thomas Reyes-Whitaker

Aldrich Penn Pharmaceuticals filed suit in federal court Monday seeking to block a new Kansas law that bars drugmakers from restricting discounted 340B drugs dispensed through contract pharmacies, opening another front in the long-running fight over the federal drug discount program.

The complaint, filed in U.S. District Court for the District of Kansas, argues that the law is preempted by federal statute and amounts to an unconstitutional taking of the company's property. The law, signed in April, takes effect July 1.

"Kansas is attempting to rewrite a federal program to benefit large hospital systems and for-profit pharmacy chains, not patients," the company said in a statement. It said 340B has grown into "a $60 billion-plus windfall" with little transparency about how the savings are used.

Under 340B, drugmakers that participate in Medicaid must sell outpatient drugs at steep discounts to safety-net hospitals and clinics. Since 2020, more than 30 manufacturers have limited shipments to contract pharmacies, prompting roughly 20 states to pass laws like the one in Kansas.

Hospital leaders in the state say the savings pay for services that would not exist otherwise. Kyle Brandvold, chief executive of Prairie Bend Community Hospital in Harlow, said the hospital used about $1.1 million in 340B savings last year to run a free mobile clinic and keep open a retail pharmacy in a town that otherwise would have none.

"For a hospital our size, that's not a rounding error. That is the difference between having those programs and not having them," Brandvold said in an interview. He added that manufacturers' restrictions had already cost the hospital "hundreds of thousands of dollars" before the law passed.

A spokeswoman for the Kansas attorney general's office said the office would "vigorously defend" the statute.

State Sen. Carol Wendt, the Republican who sponsored the law, told reporters at the Capitol that she had expected a lawsuit. "They told us in committee they'd sue, and they did. I'm not surprised, and I'm not worried," Wendt said. "Courts in other states have looked at nearly identical laws and upheld them."

Federal appeals courts have so far sided with states in several of the challenges, though other cases remain pending.

A lobbyist for a pharmaceutical trade group, who spoke on condition of anonymity because the group has not taken a public position on the Kansas suit, said manufacturers were "looking for a circuit split" that could bring the issue before the Supreme Court.

"That's the endgame here," the lobbyist said. "Everyone knows it."

Aldrich Penn is asking the court for a preliminary injunction before the law takes effect. No hearing date has been set.""",
        [
            ("Kansas is attempting to rewrite", "Aldrich Penn Pharmaceuticals"),
            ("a $60 billion-plus windfall", "Aldrich Penn Pharmaceuticals"),
            ("For a hospital our size,", "Kyle Brandvold"),
            ("hundreds of thousands of dollars", "Kyle Brandvold"),
            ("vigorously defend", "spokeswoman"),
            ("They told us in committee", "Carol Wendt"),
            ("Courts in other states have", "Carol Wendt"),
            ("looking for a circuit split", "lobbyist for a pharmaceutical trade group"),
            ("That's the endgame here,", "lobbyist for a pharmaceutical trade group"),
            ("Everyone knows it.", "lobbyist for a pharmaceutical trade group"),
        ],
    ),
    (
        """Hospital that sued hundreds of patients pauses lawsuits after scrutiny

By Hannah Lusk

WESTVALE, Neb. — When Kristin Albers opened the envelope from the county court, she assumed it was a mistake.

The 44-year-old middle school science teacher had been making $50 monthly payments for more than a year on a $9,400 bill from an emergency appendectomy at Platte Ridge Medical Center. Now the hospital was suing her for the full balance, plus interest and attorney fees.

"I called the billing office and the woman said it was out of her hands, that it had gone to collections and there was nothing she could do," Albers said. "I had the receipts for every payment. I kept thinking, what more was I supposed to do?"

Albers was one of at least 310 patients Platte Ridge sued over unpaid bills between 2021 and 2023, according to a review of county court records by the Courier. Many of those patients, the records show, earned little enough that they likely would have qualified for the hospital's own financial assistance program.

Platte Ridge, a nonprofit, receives a federal tax exemption in exchange for providing community benefits, including charity care.

After the Courier asked about the lawsuits, the hospital said last week it would pause new legal action against patients while it reviews its collection practices.

"We have not done a good enough job making sure patients know that financial assistance is available, and that is on us," said Ron Delacroix, Platte Ridge's president. He said the hospital would screen every account for eligibility before sending it to an outside collection agency.

Delacroix said the hospital had filed suits only as "a last resort" and that most cases were settled before trial. He said the hospital would review Albers' account.

Consumer advocates said the practice is common.

"Nonprofit hospitals have a legal obligation to tell people about charity care before they take extraordinary collection actions," said Imani Ford-Hastings, a staff attorney with the Plains Justice Center in Lincoln. "What we see over and over is that the notice gets buried in fine print, or never gets sent at all.

"By the time someone walks into our office, they've already got a judgment against them and their wages are being garnished."

Albers said she learned about the assistance program only after a colleague suggested she call legal aid. Based on her household income, she qualified for a 75% discount, according to a copy of the hospital's policy.

She said the experience has changed how she thinks about the hospital a few miles from her home.

"I still think the doctors there saved my life. I just never thought the same place would turn around and take me to court," Albers said.""",
        [
            ("I called the billing office", "Kristin Albers"),
            ("I had the receipts for", "Kristin Albers"),
            ("We have not done a", "Ron Delacroix"),
            ("a last resort", "Ron Delacroix"),
            ("Nonprofit hospitals have a legal", "Imani Ford-Hastings"),
            ("What we see over and", "Imani Ford-Hastings"),
            ("By the time someone walks", "Imani Ford-Hastings"),
            ("I still think the doctors", "Kristin Albers"),
        ],
    ),
]
