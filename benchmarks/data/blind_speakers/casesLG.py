CASES = [
    (
        """SEC charges Denver adviser with hiding losses from public pension clients

By Marcus Ellery

WASHINGTON, March 12 (Reuters) - The U.S. Securities and Exchange Commission on Tuesday charged a Denver-based investment adviser and its founder with concealing more than $38 million in trading losses from public pension funds in three states, the agency said.

The SEC's complaint, filed in federal court in Colorado, alleges that Ridgeline Crest Capital Management and its chief executive, Douglas Haverkamp, sent clients falsified account statements for nearly two years after a series of leveraged bets on municipal bond futures went wrong in 2022.

"Investment advisers owe their clients a duty of candor, and that duty does not disappear when the trades turn against them," said Renata Osei, director of the SEC's Division of Enforcement. "Pension beneficiaries were entitled to know what was happening to their money."

According to the complaint, Haverkamp told an employee in an August 2022 email to "make the numbers look boring" before monthly reports went out to the retirement systems, which together had about $410 million invested with the firm. The employee, who is not named in the complaint, is cooperating with investigators, the SEC said.

A lawyer for Haverkamp, Celia Montrose of Brandt & Oakes, said her client "intends to fight these charges vigorously" and had cooperated with regulators since the investigation began.

"Mr. Haverkamp has never taken a dollar that did not belong to him," Montrose said in an email. "This is a case about valuation judgments in a volatile market, not fraud."

Ridgeline Crest did not respond to a request for comment.

The SEC is seeking disgorgement, civil penalties and a bar preventing Haverkamp from working in the industry. In a parallel action, the U.S. Attorney's Office for the District of Colorado unsealed criminal securities fraud and wire fraud charges against him on Tuesday. He is expected to make an initial appearance in Denver later this week.

The Colorado Public Employees' Retirement Fund, one of the affected investors, said in a statement that it had terminated its relationship with Ridgeline in January and was "evaluating all legal options to recover losses on behalf of our members."

Two other funds, in Wyoming and New Mexico, declined to comment. A person familiar with the Wyoming fund's holdings said its losses amounted to roughly $11 million and that trustees first raised questions about the firm's reporting in late 2023.

"They kept telling us the statements were delayed because of a software migration," the person said. "Nobody thought to ask why the software only broke in the bad months."

The case is the latest in a string of SEC actions targeting advisers to public pension plans, which regulators have said are vulnerable because many smaller systems rely on a handful of outside managers and have limited in-house staff to check their work.

(Reporting by Marcus Ellery; Editing by Dana Whitfield)""",
        [
            ("Investment advisers owe their clients", "Renata Osei"),
            ("Pension beneficiaries were entitled to", "Renata Osei"),
            ("make the numbers look boring", "Douglas Haverkamp"),
            ("intends to fight these charges", "Celia Montrose"),
            ("Mr. Haverkamp has never taken", "Celia Montrose"),
            ("This is a case about", "Celia Montrose"),
            ("evaluating all legal options to", "Colorado Public Employees' Retirement Fund"),
            ("They kept telling us the", "person familiar with the Wyoming fund's holdings"),
            ("Nobody thought to ask why", "person familiar with the Wyoming fund's holdings"),
        ],
    ),
    (
        """CFPB Hits Auto Lender With $14M Order Over Repossession Fees

By Hannah Greer

Law360 (June 4, 2024, 3:18 PM EDT) -- The Consumer Financial Protection Bureau on Tuesday ordered a Texas subprime auto lender to pay $14.2 million in refunds and penalties, saying the company charged borrowers unauthorized fees after repossessing their vehicles and held on to refunds owed on canceled add-on products.

Under the consent order, Lone Mesa Auto Finance LLC will return about $9.7 million to roughly 41,000 borrowers and pay a $4.5 million civil penalty into the bureau's victims relief fund. The Fort Worth-based lender neither admitted nor denied the bureau's findings.

The CFPB said Lone Mesa routinely added "storage," "redemption" and "personal property handling" charges to borrowers' balances after repossession, even though the fees were not authorized by their contracts and in some cases exceeded limits set by state law.

"Families who fall behind on a car payment are already in a tough spot, and Lone Mesa made it worse by piling on charges it had no right to collect," CFPB Director Alan Whitcombe said in a statement.

Whitcombe added that the bureau would "keep a close eye" on repossession practices across the auto finance market, which he called "an area where small fees add up to very large harms."

According to the order, the lender also failed to refund unearned premiums on guaranteed asset protection, or GAP, coverage when loans were paid off early or vehicles were repossessed and sold. The bureau found that more than 12,000 borrowers were owed GAP refunds averaging about $310.

In a statement, Lone Mesa said it had "already made significant changes to its servicing practices" and had begun issuing refunds before the order was finalized.

"We take our obligations to customers seriously and are pleased to put this matter behind us," the company said.

The order is the bureau's third auto-servicing enforcement action this year. Consumer advocates welcomed the settlement but said the penalty was modest relative to the size of the lender's roughly $2 billion loan portfolio.

"Four and a half million dollars is a rounding error for a company that size," said Marisol Trevino, a staff attorney at the Texas Consumer Justice Project. "What matters is whether the bureau follows up to make sure the practices have actually stopped."

An industry group took the opposite view. The American Vehicle Lenders Council said in a statement that the CFPB was "regulating through enforcement" rather than issuing clear rules, leaving lenders "to guess at what the bureau will decide is unfair."

Lone Mesa is represented by Gregory Pell of Whitford Kane LLP.

The CFPB is represented by Angela Ruiz-Batten and Samuel Kerr of the bureau's Office of Enforcement.

The matter is In the Matter of Lone Mesa Auto Finance LLC, file number 2024-CFPB-0019, before the Consumer Financial Protection Bureau.

--Editing by Peter Lansdowne.""",
        [
            ("Families who fall behind on", "Alan Whitcombe"),
            ("keep a close eye", "Alan Whitcombe"),
            ("an area where small fees", "Alan Whitcombe"),
            ("already made significant changes to", "Lone Mesa Auto Finance LLC"),
            ("We take our obligations to", "Lone Mesa Auto Finance LLC"),
            ("Four and a half million", "Marisol Trevino"),
            ("What matters is whether the", "Marisol Trevino"),
            ("regulating through enforcement", "American Vehicle Lenders Council"),
            ("to guess at what the", "American Vehicle Lenders Council"),
        ],
    ),
    (
        """EPA seeks $3.1M penalty from Ohio refinery over flaring

By Jonah Pruitt | 06/18/2024 06:41 AM EDT

EPA is seeking a $3.1 million civil penalty from the operator of a refinery outside Toledo, Ohio, alleging years of excess flaring that sent sulfur dioxide and benzene drifting into nearby neighborhoods.

The proposed consent decree, lodged Monday in the U.S. District Court for the Northern District of Ohio, would also require Maumee River Refining Co. to install new flare gas recovery equipment and fund a $1.2 million air-monitoring project in surrounding Calloway Township.

EPA Region 5 Administrator Denise Kowalczyk said the settlement would bring “real, measurable relief” to residents who have complained for years about smoke, noise and odors.

“The community living on the fence line of this facility has carried the burden of these emissions for too long,” Kowalczyk said. “This agreement requires the company to fix the root causes, not just pay a fine.”

The complaint alleges that between 2018 and 2022 the refinery exceeded flaring limits in its Clean Air Act permit on more than 200 days, often during unit startups and shutdowns. EPA inspectors documented visible black smoke on at least 31 occasions, according to the filing.

Maumee River Refining said in a statement that it had “invested more than $40 million in environmental upgrades since 2019” and that flaring at the site had fallen by more than half over that period.

“We share the goal of cleaner air for our neighbors, and this agreement reflects work that is already well underway,” said Travis Lindqvist, the company’s vice president for health, safety and environment.

Local activists were less impressed.

Yolanda Brisco, who founded the group Calloway Clean Air Neighbors after her grandson developed asthma, said the penalty amounted to “a parking ticket” for a facility that processes 160,000 barrels of crude a day.

“They get to call this a settlement, and we get to keep breathing it,” Brisco said in an interview. “Three million dollars doesn’t buy anybody new lungs.”

She said her group planned to file comments during the 30-day public comment period and would press for more monitors closer to the township’s two elementary schools.

An EPA enforcement official, who spoke on condition of anonymity because the decree has not been finalized, said the penalty calculation reflected the company’s cooperation and its earlier voluntary upgrades. The official said the agency had weighed “what a court would realistically award after years of litigation” against the value of locking in equipment changes now.

The Ohio Environmental Protection Agency, which joined the case as a co-plaintiff, said in a news release that the monitoring project would give residents “data they can trust” and would be run by an independent contractor.

The Justice Department’s Environment and Natural Resources Division filed the complaint on EPA’s behalf. The decree will take effect only after the comment period closes and a judge approves it.""",
        [
            ("real, measurable relief", "Denise Kowalczyk"),
            ("The community living on the", "Denise Kowalczyk"),
            ("This agreement requires the company", "Denise Kowalczyk"),
            ("invested more than $40 million", "Maumee River Refining Co."),
            ("We share the goal of", "Travis Lindqvist"),
            ("a parking ticket", "Yolanda Brisco"),
            ("They get to call this", "Yolanda Brisco"),
            ("Three million dollars doesn’t buy", "Yolanda Brisco"),
            ("what a court would realistically", "EPA enforcement official"),
            ("data they can trust", "Ohio Environmental Protection Agency"),
        ],
    ),
    (
        """FTC sues online tax prep company over 'free' filing claims

By RACHEL DUNMORE Associated Press

WASHINGTON (AP) — The Federal Trade Commission sued an online tax preparation company on Thursday, accusing it of luring millions of customers with promises of free filing and then charging most of them $60 or more before they could submit their returns.

The lawsuit against Tallyfile Inc., filed in federal court in Northern California, alleges that the company's television and search advertisements misled people who did not qualify for its no-cost product, including gig workers, students with loans and families claiming common credits.

"Tallyfile told people their taxes would be free, and then for most of them, they weren't," FTC Chair Lorraine Askew said at a news conference. "That's not a gray area. That's deception."

The agency says roughly two-thirds of people who started a return through the company's "Free Edition" were told partway through that they needed to upgrade to a paid tier.

Askew told reporters the commission was seeking refunds for consumers and a court order barring the company from advertising a product as free unless most users actually qualified for it. Asked whether the agency had coordinated with the IRS, she said the two agencies had "been in regular contact" but declined to elaborate.

Tallyfile, based in San Jose, California, called the lawsuit "misguided" and said its disclosures were clear.

"Millions of Americans file with Tallyfile for free every year, and every customer sees the price before they pay a single cent," company spokesperson Devin Marsh said in an email. "We will defend ourselves in court."

The FTC voted 3-2 to file the complaint. In a dissenting statement, Commissioner Philip Garrow wrote that the case "stretches the agency's deception authority" and that the commission should have pursued industrywide guidance instead of singling out one company.

"Reasonable consumers understand that 'free' offers often come with conditions," Garrow wrote.

Kendra Lowe, 34, a home health aide in Stockton, California, said she spent nearly two hours entering her information last year before being told she would need to pay $89 to claim the child and dependent care credit.

"By that point you feel trapped," Lowe said. "You've already typed in everything. You're not going to start over somewhere else at midnight."

The case is the FTC's second against a tax preparation company in three years. Consumer advocates have long complained that the industry steers lower-income filers away from truly free options, and several states have begun offering their own filing tools.

Tallyfile, which went public in 2019, reported revenue of about $740 million last year. Its shares fell nearly 6% in afternoon trading after the lawsuit was announced.""",
        [
            ("Tallyfile told people their taxes", "Lorraine Askew"),
            ("That's not a gray area.", "Lorraine Askew"),
            ("been in regular contact", "Lorraine Askew"),
            ("misguided", "Tallyfile Inc."),
            ("Millions of Americans file with", "Devin Marsh"),
            ("We will defend ourselves in", "Devin Marsh"),
            ("stretches the agency's deception authority", "Philip Garrow"),
            ("Reasonable consumers understand that 'free'", "Philip Garrow"),
            ("By that point you feel", "Kendra Lowe"),
            ("You've already typed in everything.", "Kendra Lowe"),
        ],
    ),
    (
        """Appeals Court Vacates SEC Rule on Adviser Cyber Testing

By Owen Castellano

A federal appeals court on Friday threw out a Securities and Exchange Commission rule requiring registered investment advisers to conduct and report annual cybersecurity penetration tests, ruling the agency failed to adequately weigh the rule's costs for small firms.

Writing for a three-judge panel of the US Court of Appeals for the Eighth Circuit, Judge Miriam Holtz said the SEC's economic analysis was "riddled with unsupported assumptions" about what outside testing vendors would charge and how many advisers already performed comparable reviews.

"An agency may not simply declare that benefits will outweigh costs and leave it at that," Holtz wrote. "It must show its work, and here the Commission did not."

The panel vacated the rule and remanded it to the agency. Judge Carl Vetter joined the opinion in full but wrote separately to say the court should also have addressed the challengers' argument that the SEC exceeded its authority under the Investment Advisers Act.

"The Commission has never before claimed the power to dictate how an adviser secures its email server," Vetter wrote. "It should not be permitted to discover that power now by way of a cost-benefit footnote."

The rule, adopted on a 3-2 vote in 2023, would have taken effect for large advisers in January. It was challenged by the National Association of Independent Advisers and two state-level trade groups, which argued that firms with a handful of employees would have faced testing bills of $30,000 or more each year.

"Today's decision is a win for the thousands of small advisory firms that would have been forced to spend scarce resources on a one-size-fits-all mandate," said Beth Ann Carraway, the association's president.

An SEC spokesperson said the agency was "reviewing the decision and considering its options."

Jeremy Oduya, a partner at Hallworth Pryce LLP who advises fund managers on compliance, said the ruling was unlikely to be the last word on the subject.

"The panel didn't say the SEC can't regulate cybersecurity at advisers," Oduya said. "It said the SEC has to do the homework first. I'd expect a re-proposal, probably narrower, within a year or so."

A former SEC official who worked on the rule, and who asked not to be named because she now represents clients before the agency, said the cost estimates for the smallest firms "were always the weakest part of the release" and that staff had flagged the issue internally before the vote.

The decision is the latest in a series of court losses for the SEC's rulemaking program, which critics on the commission have said moved too quickly on too many fronts at once.

The challengers were represented by Lyndon Hale and Ava Strickland of Merriman Tate LLP. The SEC was represented by its Office of the General Counsel.

The case is National Association of Independent Advisers v. SEC, 8th Cir., No. 23-3318, 8/16/24.""",
        [
            ("riddled with unsupported assumptions", "Miriam Holtz"),
            ("An agency may not simply", "Miriam Holtz"),
            ("It must show its work,", "Miriam Holtz"),
            ("The Commission has never before", "Carl Vetter"),
            ("It should not be permitted", "Carl Vetter"),
            ("Today's decision is a win", "Beth Ann Carraway"),
            ("reviewing the decision and considering", "spokesperson"),
            ("The panel didn't say the", "Jeremy Oduya"),
            ("It said the SEC has", "Jeremy Oduya"),
            ("were always the weakest part", "former SEC official who worked on the rule"),
        ],
    ),
    (
        """SEC chief faces bipartisan grilling over crypto case backlog

By Natalie Brannigan

SEC Chair Victor Mendelsohn on Wednesday defended the agency’s handling of a growing backlog of crypto enforcement matters, telling senators that staffing cuts had forced “hard choices” about which investigations to pursue.

Mendelsohn’s appearance before the Senate Banking Committee — his first since the agency lost nearly 600 employees through buyouts last year — turned contentious almost immediately.

“You came here last spring and told us the agency had the resources it needed,” Sen. Harold Beckworth (R-Idaho) said. “Now we learn there are more than 140 open crypto matters that haven’t had a single staff hour logged against them in six months. Which is it?”

Mendelsohn replied that the figure included dormant inquiries that “would never have become cases under any chair.”

“I am not going to pretend that we can do everything we once did with 15 percent fewer people,” he said. “We are prioritizing fraud that harms retail investors. That is the right call.”

Democrats pressed from a different direction. Sen. Alicia Fuentes-Hart (D-N.M.) accused the agency of quietly dropping cases against major trading platforms while continuing to pursue smaller firms and individual promoters.

“The message this sends is that if you are big enough and well-connected enough, the SEC will find something else to do,” Fuentes-Hart said.

In his prepared testimony, Mendelsohn wrote that the agency had “recalibrated” its approach to digital assets after years of litigation that produced mixed results in court.

“Enforcement is not a substitute for clear rules,” the testimony said. “Market participants deserve to know in advance what the law requires of them, rather than learning it from a complaint.

“We are working with the Commodity Futures Trading Commission to deliver that clarity before the end of this year.”

Committee members from both parties appeared skeptical of that timeline. A Senate Banking Committee aide, granted anonymity to discuss private conversations among members, said several Republicans had grown frustrated with the agency’s reluctance to share case-level data with the committee.

“They feel like they’re getting the brochure, not the numbers,” the aide said.

The hearing came a day after the SEC’s inspector general released a report finding that the agency’s enforcement division had closed more investigations without action in the last fiscal year than in any year since 2013.

Outside the hearing room, reaction broke along familiar lines. The Blockchain Markets Association said in a statement that the chair’s remarks were “a welcome acknowledgment” that regulation by enforcement had failed. Investor advocates said the testimony confirmed their fears that the agency was retreating from the sector.

Mendelsohn is scheduled to testify before the House Financial Services Committee next Tuesday.""",
        [
            ("hard choices", "Victor Mendelsohn"),
            ("You came here last spring", "Harold Beckworth"),
            ("Now we learn there are", "Harold Beckworth"),
            ("would never have become cases", "Victor Mendelsohn"),
            ("I am not going to", "Victor Mendelsohn"),
            ("We are prioritizing fraud that", "Victor Mendelsohn"),
            ("The message this sends is", "Alicia Fuentes-Hart"),
            ("recalibrated", "Victor Mendelsohn"),
            ("Enforcement is not a substitute", "Victor Mendelsohn"),
            ("Market participants deserve to know", "Victor Mendelsohn"),
            ("We are working with the", "Victor Mendelsohn"),
            ("They feel like they’re getting", "Senate Banking Committee aide"),
            ("a welcome acknowledgment", "Blockchain Markets Association"),
        ],
    ),
    (
        """Pennsylvania hauler pleads guilty to dumping drilling wastewater into trout stream

By Lillian Haas

PITTSBURGH — The owner of a western Pennsylvania trucking company pleaded guilty Tuesday to federal Clean Water Act charges for secretly discharging tens of thousands of gallons of oil-and-gas wastewater into a tributary of the Allegheny River, prosecutors said.

Wesley Dunfee, 52, of Marrowfield Township, admitted in U.S. District Court that drivers for his company, Dunfee Brine Services LLC, opened valves on tanker trucks along a gravel road beside Sawyer Run on at least 40 occasions between 2021 and 2023 rather than haul the fluid to a licensed disposal well in Ohio.

"This defendant decided that the cost of doing things the right way was too high, and he let a mountain stream pay the price," U.S. Attorney Gerald Amsworth said in a statement.

According to the plea agreement, Dunfee told one driver that the creek was "the cheapest disposal well in Pennsylvania" and instructed employees to dump loads only after dark. Prosecutors said the scheme saved the company roughly $400,000 in disposal and fuel costs.

Investigators with the EPA's Criminal Investigation Division began looking into the company after a fly fisherman reported a sheen and a strong chemical smell in the stream in May 2023. Tests later found chloride levels more than 30 times background concentrations for more than a mile downstream.

The fisherman, Ronald Kesick, said he has fished Sawyer Run since he was a boy.

"I knew something was wrong the minute I got out of the truck," Kesick said. "The rocks were coated white. There wasn't a single crayfish under any of them."

Dunfee's attorney, Marcy Tolliver, said outside the courthouse that her client "accepts full responsibility" and had sold the company's trucks to help pay for the cleanup.

"He's not a polluter by nature. He's a guy who made terrible decisions when his business was going under," she said. "He's going to spend the rest of his life making that right."

Under the plea deal, Dunfee faces up to three years in prison and has agreed to pay $850,000 in restitution to fund stream restoration work overseen by the state. Sentencing is set for Oct. 9 before U.S. District Judge Francine Obuya. The company also pleaded guilty and will be placed on probation.

A spokeswoman for the state Department of Environmental Protection said the agency has been sampling the creek monthly and that aquatic life in its lower reaches had "started to come back" over the past year, though full recovery could take much longer.

Two former drivers for the company have pleaded guilty to related misdemeanor charges and are cooperating with prosecutors, according to court records.""",
        [
            ("This defendant decided that the", "Gerald Amsworth"),
            ("the cheapest disposal well in", "Wesley Dunfee"),
            ("I knew something was wrong", "Ronald Kesick"),
            ("The rocks were coated white.", "Ronald Kesick"),
            ("accepts full responsibility", "Marcy Tolliver"),
            ("He's not a polluter by", "Marcy Tolliver"),
            ("He's going to spend the", "Marcy Tolliver"),
            ("started to come back", "spokeswoman"),
        ],
    ),
    (
        """Harborline Bank Nears $60 Million Deal With Regulators Over Overdraft Fees

By Priya Castellanos and Tom Reddick

Harborline Bank is close to an agreement to pay about $60 million to settle federal investigations into how it charged overdraft fees on debit card transactions, according to people familiar with the matter.

The Charlotte, North Carolina-based lender has been negotiating with the Consumer Financial Protection Bureau and the Office of the Comptroller of the Currency for several months, said the people, who asked not to be identified because the talks are private. A deal could be announced as soon as next week, though terms could still change, they said.

One of the people said the bank had pushed to keep the penalty portion below $20 million and to avoid any admission of wrongdoing. “The number isn’t really the fight anymore,” that person said. “The fight is over the language.”

The investigations center on so-called “authorize positive, settle negative” transactions, in which customers were charged overdraft fees on purchases that were approved when their accounts had enough money but that settled days later after other charges had drained the balance.

A Harborline spokeswoman, Kimberly Osterhout, declined to comment on the talks but said the bank had “eliminated the practices in question in 2022” and “proactively refunded affected customers.” The CFPB and OCC declined to comment.

Harborline disclosed in a regulatory filing in February that it was “cooperating with inquiries from certain of its regulators” regarding fee practices and had set aside an unspecified amount for potential settlements.

Chief Executive Officer Martin Szabo told analysts on an April earnings call that the bank expected to “resolve legacy regulatory matters this year.”

“We’ve been open with our regulators, and we think we’re approaching the finish line,” Szabo said on the call. “I don’t expect it to be material to our capital position.”

Regulators have taken aim at such fees at several large banks in recent years, and some lenders have eliminated overdraft charges altogether under pressure from Washington and from competitors offering fee-free accounts.

Consumer groups say the Harborline case is among the most egregious because of how long the practice continued after regulators first warned the industry about it in a 2015 supervisory bulletin.

“Overdraft fees on transactions that were approved when the customer had money in the account are about as indefensible as bank fees get,” said Lauren Adebayo, director of financial services policy at the Center for Fair Banking. “Sixty million dollars should be the floor, not the ceiling.”

Harborline, with about $95 billion in assets, collected roughly $310 million in overdraft and insufficient-funds fees in 2021, according to its regulatory filings, before cutting the charges in half the following year.

Harborline shares rose 1.4% in New York trading on Thursday.""",
        [
            ("The number isn’t really the", "person familiar with the matter"),
            ("The fight is over the", "person familiar with the matter"),
            ("eliminated the practices in question", "Kimberly Osterhout"),
            ("proactively refunded affected customers", "Kimberly Osterhout"),
            ("cooperating with inquiries from certain", "Harborline Bank"),
            ("resolve legacy regulatory matters this", "Martin Szabo"),
            ("We’ve been open with our", "Martin Szabo"),
            ("I don’t expect it to", "Martin Szabo"),
            ("Overdraft fees on transactions that", "Lauren Adebayo"),
            ("Sixty million dollars should be", "Lauren Adebayo"),
        ],
    ),
]
