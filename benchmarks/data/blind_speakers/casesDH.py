CASES = [
    (
        """SAN JOSE, Calif. — Larkspur Devices, the hardware start-up that spent four years and roughly $310 million building a household robot it would not show to anyone, finally pulled the sheet off on Tuesday.

The machine, called Tamsin, is about the height of a kitchen counter, rolls on three wheels and can fold laundry, load a dishwasher and, according to the company, learn the layout of a home in under an hour. Employees have nicknamed the prototype “the Heron” for its long, jointed arms. It will go on sale in November for $4,999, with a $49 monthly subscription for software updates.

“We didn’t want to ship a toy, and we didn’t want to ship a science project,” Marisol Venn, Larkspur’s chief executive, said at a launch event in a converted warehouse here. “We wanted to ship something you’d actually leave alone with your kids’ laundry.”

Ms. Venn, a former robotics researcher who founded the company in 2019 with two graduate school classmates, spent much of the 40-minute presentation demonstrating the robot’s hands, which she said were “the hardest thing we have ever built.”

The company said in a statement that it had received more than 22,000 reservations, each backed by a $200 refundable deposit. It did not say how many units it expected to deliver this year.

Analysts were more cautious. Theo Brandvold, who follows consumer hardware for Kessler Graham Research, said the price would limit Tamsin to “early adopters with big houses and bigger patience” for at least the first two years.

“The demo was impressive, but demos always are,” Mr. Brandvold said. “The question is what happens in the ten-thousandth home, when the dog knocks it over.”

Larkspur has raised money from several venture firms, including Oxbow Ventures, which led its most recent round last spring. Priya Castellan, a partner at Oxbow who sits on Larkspur’s board, said in an interview that the firm had been prepared for a long road.

“Nobody who invests in robots expects a short trip,” she said. “We knew the curve going in.”

Not everyone at the event was persuaded. One attendee, a software engineer who declined to give his name because his employer is a competitor, said the robot had paused for nearly 30 seconds before picking up a towel during a hands-on session. “It thinks,” he said. “Sometimes it thinks a lot.”

Ms. Venn acknowledged that the robot was slower than a person at most chores. Speed, she said, would come with software updates, adding that the company had “barely scratched the surface” of what the hardware could do.""",
        [
            ("We didn’t want to ship", "Marisol Venn"),
            ("We wanted to ship something", "Marisol Venn"),
            ("the hardest thing we have", "Marisol Venn"),
            ("early adopters with big houses", "Theo Brandvold"),
            ("The demo was impressive, but", "Theo Brandvold"),
            ("The question is what happens", "Theo Brandvold"),
            ("Nobody who invests in robots", "Priya Castellan"),
            ("We knew the curve going", "Priya Castellan"),
            ("It thinks", "attendee"),
            ("Sometimes it thinks a lot", "attendee"),
            ("barely scratched the surface", "Marisol Venn"),
        ],
    ),
    (
        """SEATTLE — Quillfeather Software Inc. will cut about 1,100 jobs, or roughly 14% of its workforce, the latest sign that the enterprise software maker is retrenching after two years of slowing growth.

Chief Executive Anders Holloway announced the cuts in a memo to employees on Wednesday, writing that the company had "hired for a world that did not arrive." The reductions will fall most heavily on its sales and recruiting teams, he said.

"This is the hardest decision I have made since we started the company, and I own it," Holloway wrote. "The people leaving us did nothing wrong."

Shares of Quillfeather, which went public in 2020, rose 6% in after-hours trading. The stock has lost more than half its value since its peak.

The company said in a regulatory filing that it expected to record charges of $85 million to $100 million, mostly for severance, in the current quarter. Affected employees in the U.S. will receive at least 16 weeks of pay and six months of health coverage, according to the memo.

A Quillfeather spokeswoman declined to say whether further cuts were planned. "We are focused on supporting the colleagues who are affected today," she said in an emailed statement.

The layoffs drew a sharp response from some employees. Renata Szabo, a product designer who said she learned she had lost her job when her laptop was locked at 6 a.m., posted on a professional networking site that the process had been "cold, fast and completely avoidable."

"They told us in January that the worst was behind us," Szabo said in a phone interview. "Some of us turned down other offers because of that."

Industry analysts said the move was overdue. Gideon Marsh, an analyst at Fairweather Securities, wrote in a note to clients that Quillfeather's costs had "run well ahead of its revenue for six straight quarters" and that investors would welcome "any evidence of discipline."

Holloway, 47, co-founded Quillfeather in 2011 with his brother, Jonah Holloway, who left the company in 2019. The company sells workflow software to hospitals and insurers and reported revenue of $1.9 billion last year.

In his memo, Holloway said the company would also close offices in Austin, Texas, and Raleigh, North Carolina, and consolidate its engineering teams in Seattle and Toronto.

"We will come out of this smaller and more focused," he wrote.""",
        [
            ("hired for a world that", "Anders Holloway"),
            ("This is the hardest decision", "Anders Holloway"),
            ("The people leaving us did", "Anders Holloway"),
            ("We are focused on supporting", "Quillfeather spokeswoman"),
            ("cold, fast and completely avoidable", "Renata Szabo"),
            ("They told us in January", "Renata Szabo"),
            ("Some of us turned down", "Renata Szabo"),
            ("run well ahead of its", "Gideon Marsh"),
            ("any evidence of discipline", "Gideon Marsh"),
            ("We will come out of", "Anders Holloway"),
        ],
    ),
    (
        """By Jordan Pell

Tallgrass Labs, a start-up that uses satellite imagery and machine learning to price crop insurance, has raised $62 million in a Series B round led by Northlight Capital, the company announced Thursday.

The round values the three-year-old company at about $410 million, according to two people familiar with the deal, more than triple its valuation at its Series A last year. Existing investors Copperline Ventures and Redfern Partners also participated.

Tallgrass sells its risk models to regional insurers and agricultural lenders, who use them to set premiums for farmers in places where historical yield data is thin or unreliable. The company says its models now cover about 40 million acres across the Midwest and Great Plains.

"Insurance for farmers is still priced like it's 1985," said Kemi Adeyemi-Ross, Tallgrass's co-founder and CEO. "You get a county average and a guy with a clipboard. We think every field deserves its own number."

Adeyemi-Ross, who previously worked on climate risk at a large reinsurer, started the company with Lukas Brenner, a former satellite engineer. Brenner, now the company's CTO, said the new money would go mostly toward hiring and toward expanding into Brazil and Argentina, where he said demand was "frankly bigger than we expected."

Hollis Wren, the Northlight partner who led the deal and will join Tallgrass's board, put the bet plainly: "Weather is getting weirder, and the tools insurers use haven't caught up. Somebody is going to build the pricing layer for agriculture, and we think it's these folks."

The company's pitch comes as insurers face mounting losses from droughts, floods and hail. Crop insurance claims in the U.S. hit record levels in two of the past five years, according to industry data.

Not everyone is convinced that better models alone will fix the problem. Maren Oakes, who studies agricultural finance at a Midwestern land-grant university, said models trained on a handful of recent seasons could be "dangerously confident" about risks they had never seen.

"A model is only as humble as the people selling it," Oakes said. "The test isn't a good year. The test is the year nobody saw coming."

Adeyemi-Ross said the company stress-tests its models against historical disasters going back decades and publishes its error rates to customers. "We'd rather tell an insurer we're unsure than pretend we're not," she said.

Tallgrass has 85 employees and plans to reach about 150 by the end of next year.""",
        [
            ("Insurance for farmers is still", "Kemi Adeyemi-Ross"),
            ("You get a county average", "Kemi Adeyemi-Ross"),
            ("frankly bigger than we expected", "Lukas Brenner"),
            ("Weather is getting weirder, and", "Hollis Wren"),
            ("dangerously confident", "Maren Oakes"),
            ("A model is only as", "Maren Oakes"),
            ("The test isn't a good", "Maren Oakes"),
            ("We'd rather tell an insurer", "Kemi Adeyemi-Ross"),
        ],
    ),
    (
        """SAN FRANCISCO — Self-driving truck developer Corvid Autonomy Inc. sued a former senior engineer and a rival start-up on Monday, alleging that the engineer downloaded thousands of confidential files before leaving to help build a competing system.

The complaint, filed in federal court in San Francisco, accuses Nathaniel Ostrowski, who led Corvid’s perception team until March, of copying more than 14,000 files, including source code and sensor-calibration data, to a personal storage drive in the weeks before he resigned. Mr. Ostrowski joined Halvard Robotics, a Denver-based company developing autonomous trucks for mining sites, about a month later.

“This was not an accident or an oversight,” the complaint states. “It was a deliberate and methodical effort to walk out the door with the crown jewels of Corvid’s technology.”

Corvid is seeking unspecified damages and an injunction barring Halvard from using any of the material.

In a statement, Halvard said it had “never received, requested or used” any Corvid information and would “vigorously defend” itself. The company said it had hired an outside forensic firm to review Mr. Ostrowski’s devices and company accounts.

A lawyer for Mr. Ostrowski, Celeste Abara, called the lawsuit “an attempt to scare engineers out of changing jobs.” She said her client had copied files to back up personal documents, including family photos, and had deleted the corporate material before leaving.

“Nate is a gifted engineer who made the mistake of leaving a company that doesn’t like competition,” Ms. Abara said.

The case is the latest in a string of trade-secret fights in the autonomous-vehicle industry, where a small pool of specialized engineers moves frequently between companies racing to commercialize the technology.

Corvid, which has raised about $700 million from investors, said it discovered the downloads during a routine security audit in April. Its general counsel, Douglas Fairleigh, said in an interview that the company had tried to resolve the matter privately.

“We gave them every opportunity,” Mr. Fairleigh said. “They chose not to take it.”

At a brief hearing on Tuesday, U.S. District Judge Evelyn Marchetti ordered both sides to preserve all relevant devices and records and scheduled arguments on Corvid’s request for a preliminary injunction for next month. She warned the lawyers that she expected “no games with discovery” in the case.

“I have seen these cases before,” Judge Marchetti said. “The party that loses the documents tends to lose the case.”

Halvard has raised about $120 million and counts several mining companies among its customers. Its chief executive, Rosalind Teague, did not respond to a request for comment.""",
        [
            ("This was not an accident", "Corvid Autonomy Inc."),
            ("It was a deliberate and", "Corvid Autonomy Inc."),
            ("never received, requested or used", "Halvard Robotics"),
            ("vigorously defend", "Halvard Robotics"),
            ("an attempt to scare engineers", "Celeste Abara"),
            ("Nate is a gifted engineer", "Celeste Abara"),
            ("We gave them every opportunity", "Douglas Fairleigh"),
            ("They chose not to take", "Douglas Fairleigh"),
            ("no games with discovery", "Evelyn Marchetti"),
            ("I have seen these cases", "Evelyn Marchetti"),
            ("The party that loses the", "Evelyn Marchetti"),
        ],
    ),
    (
        """WASHINGTON — Federal regulators on Thursday accused Pennant Health, the maker of a popular fertility-tracking app, of sharing sensitive information about millions of users with advertisers despite promising to keep it private.

In a complaint filed in federal court, the Federal Digital Markets Board said Pennant had passed data including users’ menstrual cycles, pregnancy status and approximate locations to at least nine advertising and analytics firms between 2020 and 2023. The board is seeking a permanent ban on the practice, the deletion of the data and civil penalties that could exceed $40 million.

“Pennant told women their most private health information would stay private,” the board’s chair, Lucinda Ferrer-Hale, said at a news conference. “It did not. It sold them out for ad revenue.”

The complaint quotes internal messages in which Pennant employees discussed the arrangements. In one 2021 exchange, a product manager wrote that the advertising partnerships were “the only line on the spreadsheet that’s going up,” according to the complaint. In another, an engineer warned colleagues that the company’s privacy policy “does not say what we are actually doing.”

Pennant, which is based in Austin, Texas, and says it has more than 30 million users worldwide, disputed the board’s account. In a statement, the company said it had “never sold user data” and that any information shared with partners was “stripped of names and direct identifiers.”

“We believe the board has fundamentally misunderstood how our product works,” the statement said.

Privacy advocates said that defense missed the point. Rafael Dunmore, a staff attorney at the Open Ledger Project, a digital rights group, said researchers had repeatedly shown that supposedly anonymous location data could be traced back to individuals.

“Calling data anonymous doesn’t make it anonymous,” Mr. Dunmore said. “With four or five location points, you can find almost anyone.”

The case lands as lawmakers weigh federal privacy legislation that has stalled repeatedly in Congress. Senator Abigail Trask, Democrat of Oregon, who has sponsored a bill that would restrict the sale of health data, said the complaint showed why new rules were needed.

“Regulators should not have to fight these battles one app at a time,” she said in a statement.

Ms. Ferrer-Hale said the board was examining other health apps but declined to name them. Asked whether the agency had enough staff to pursue such cases, she said the board was “doing more with less than any agency in this town.”""",
        [
            ("Pennant told women their most", "Lucinda Ferrer-Hale"),
            ("It did not. It sold", "Lucinda Ferrer-Hale"),
            ("the only line on the", "product manager"),
            ("does not say what we", "engineer"),
            ("never sold user data", "Pennant Health"),
            ("stripped of names and direct", "Pennant Health"),
            ("We believe the board has", "Pennant Health"),
            ("Calling data anonymous doesn’t make", "Rafael Dunmore"),
            ("With four or five location", "Rafael Dunmore"),
            ("Regulators should not have to", "Abigail Trask"),
            ("doing more with less than", "Lucinda Ferrer-Hale"),
        ],
    ),
    (
        """SAN FRANCISCO — Sable Systems, a two-year-old artificial intelligence start-up, on Wednesday released a coding assistant that it says can independently fix bugs across large software projects, putting it in direct competition with tools from some of the industry’s biggest companies.

The product, called Relay, connects to a company’s code repositories and can propose, test and submit changes with limited human oversight, the company said. It will cost $39 a month per developer, with discounts for large customers. In a blog post titled “A Colleague, Not a Cursor,” the company said the product had been tested for six months by about 200 companies, including several banks and a large airline.

In an interview at the company’s offices in the Mission District, Sable’s co-founder and chief executive, Ines Carrow, described Relay as a break from the tools developers are used to.

“Most coding tools today are autocomplete with ambition,” Ms. Carrow said. “You type, they guess. We wanted something closer to a colleague — one who reads the ticket, reads the code and comes back with a fix and an explanation.

“That doesn’t mean you stop reviewing its work. You review it the way you’d review a new hire’s work. Carefully at first, and then less carefully as it earns your trust.”

Sable has raised $145 million, most of it in a round led last year by Tidewater Capital. The company has about 90 employees.

Early customers were broadly positive. Owen Lathrop, vice president of engineering at Greystone Freight, a logistics software company, said Relay had closed about a third of the minor bug reports his team had assigned it in a pilot program, “usually faster than a junior engineer would, and sometimes better.”

But he added a caution: “It is very confident. When it’s wrong, it’s wrong with a straight face, and you have to catch that.”

Security researchers have raised concerns about giving A.I. systems direct write access to production code. Harriet Solberg, a researcher at the nonprofit Coldwater Security Institute, said such tools could introduce subtle vulnerabilities that human reviewers might miss if they grew complacent.

“The risk isn’t the dramatic failure,” she said. “It’s the quiet one that ships on a Friday afternoon and sits there for a year.”

Ms. Carrow said Relay logs every change it makes and, by default, cannot merge code into a main branch without human approval. Asked whether customers could turn that safeguard off, she said they could, but that Sable “strongly discourages it.”

The company said it planned to release a version for individual developers early next year.""",
        [
            ("Most coding tools today are", "Ines Carrow"),
            ("You type, they guess.", "Ines Carrow"),
            ("That doesn’t mean you stop", "Ines Carrow"),
            ("usually faster than a junior", "Owen Lathrop"),
            ("It is very confident. When", "Owen Lathrop"),
            ("The risk isn’t the dramatic", "Harriet Solberg"),
            ("It’s the quiet one that", "Harriet Solberg"),
            ("strongly discourages it", "Ines Carrow"),
        ],
    ),
    (
        """NEW YORK — Parcelry, the grocery-delivery start-up that promised to bring orders to New Yorkers' doors in 12 minutes, said on Monday it would shut down at the end of the week, less than three years after raising $230 million at a valuation of more than $1 billion.

The company's roughly 1,400 workers, most of them couriers and warehouse staff, were told of the closure on a video call Monday morning, according to three employees who attended. Warehouse workers will receive two weeks of pay, the employees said.

In a post on the company's blog, co-founder and Chief Executive Tobias Achterberg said Parcelry had failed to find a buyer or secure new financing after what he called "a long, honest attempt" to keep the business alive.

"We built something people loved, and we could not make it pay for itself," Achterberg wrote. "That is on me."

The collapse is the latest in a string of failures from the "quick commerce" boom, in which delivery companies raised billions of dollars during the pandemic on the bet that customers would pay a premium for near-instant groceries. Rising interest rates and fading demand have since forced many to shrink, merge or close.

In a letter to shareholders dated Friday, a copy of which was reviewed for this article, Parcelry said it had "exhausted every reasonable alternative" and would use its remaining cash to pay employees and vendors. Its lead investor, Halcyon Road Partners, declined to comment.

"I found out the same way the customers did, basically," said Dante Okwuosa, who delivered for Parcelry in Brooklyn for two years. "One day you have a job, the next day you have a link to a form."

Wendell Price, an organizer with the Five Boroughs Couriers Alliance, said the group would press the company for additional severance.

"They had money for billboards in Times Square," Price said. "They can find money for the people who carried the bags."

Analysts said the company's business model had been fragile from the start. "The math was never going to work," said Fiona Gallardo, a retail analyst at Birchmont Advisory. "Twelve minutes is a promise you pay for on every single order."

Parcelry operated 31 small warehouses, known in the industry as dark stores, across Manhattan, Brooklyn and Queens. At its peak in 2022, it said it was completing more than 40,000 orders a day.

Customers with outstanding orders will receive refunds within 10 business days, the company said on its website.""",
        [
            ("a long, honest attempt", "Tobias Achterberg"),
            ("We built something people loved", "Tobias Achterberg"),
            ("That is on me", "Tobias Achterberg"),
            ("exhausted every reasonable alternative", "Parcelry"),
            ("I found out the same", "Dante Okwuosa"),
            ("One day you have a", "Dante Okwuosa"),
            ("They had money for billboards", "Wendell Price"),
            ("They can find money for", "Wendell Price"),
            ("The math was never going", "Fiona Gallardo"),
            ("Twelve minutes is a promise", "Fiona Gallardo"),
        ],
    ),
    (
        """WASHINGTON — The chief executive of payroll start-up Trellisly apologized to senators Tuesday for a cyberattack that exposed the Social Security numbers and bank details of nearly 6 million workers, but he pushed back on accusations that the company had ignored warnings about its security.

"I am sorry. There is no other way to begin," Gregory Almquist told a Senate subcommittee. "The people whose information was taken trusted their employers, and their employers trusted us. We let both of them down."

Almquist, 38, founded Trellisly in 2017. The company processes payroll for about 40,000 small businesses and was valued at $3.2 billion in a funding round last year.

The breach, disclosed in May, began when attackers used a stolen password to get into an internal support tool that was not protected by multifactor authentication, according to a report by Ashgrove Forensics, a firm Trellisly hired to investigate. The report, which the company released Monday night, said the attackers had access for 19 days and described Trellisly's monitoring as "not designed to catch this kind of activity."

Sen. Gordon Vail, R-Ohio, pressed Almquist on a 2022 internal memo, obtained by the subcommittee, in which a Trellisly security engineer warned that the support tool was "one phished password away from a very bad day."

"You had this in writing two years ago," Vail said. "What did you do with it?"

Almquist said the memo had been reviewed and that the company had begun a project to add stronger logins to the tool, but that the work "was not finished in time, and that is my responsibility."

Sen. Naomi Ferreira, D-N.M., asked whether Trellisly would pay for credit monitoring for affected workers beyond the two years it has offered. Almquist said the company would extend it to five years, a commitment Ferreira called "a start, not a finish."

Outside the hearing room, a group of small-business owners whose employees were affected held signs reading "Pay Us Back." One of them, Loretta Kimball, who runs a bakery in Wilmington, Delaware, said she had spent weeks fielding calls from worried staff.

"My people don't know what a support tool is," Kimball said. "They know somebody has their Social Security number now, and they want to know why."

Trellisly has said it will notify all affected workers by mail by the end of the month. The company faces at least 14 class-action lawsuits, which have been consolidated in federal court in New Jersey.""",
        [
            ("I am sorry. There is", "Gregory Almquist"),
            ("The people whose information was", "Gregory Almquist"),
            ("not designed to catch this", "Ashgrove Forensics"),
            ("one phished password away from", "Trellisly security engineer"),
            ("You had this in writing", "Gordon Vail"),
            ("What did you do with", "Gordon Vail"),
            ("was not finished in time", "Gregory Almquist"),
            ("a start, not a finish", "Naomi Ferreira"),
            ("My people don't know what", "Loretta Kimball"),
            ("They know somebody has their", "Loretta Kimball"),
        ],
    ),
]
