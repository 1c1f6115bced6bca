CASES = [
    (
        """EU fines Veridian Cloud 1.4 billion euros over database licensing

By Anneke de Wit and Paul Mercer

BRUSSELS, March 12 - European Union antitrust regulators fined U.S. cloud provider Veridian Cloud 1.4 billion euros ($1.52 billion) on Tuesday for tying its widely used database software to its own hosting services, the latest in a string of penalties against large American technology companies.

The European Commission said Veridian had since 2019 made it harder for business customers to run its Ardent database on rival clouds, charging them licence fees up to four times higher than on its own platform.

"Veridian used its position in databases to push customers into its own cloud, rather than competing on the merits," EU competition chief Teresa Lindqvist told a news conference. "This deprived European companies of choice and drove up their costs."

Veridian, based in Austin, Texas, said it would appeal.

"We strongly disagree with the Commission's decision and will challenge it in court," a company spokesperson said in an emailed statement. "Our licensing terms are transparent and apply equally to every customer, wherever they choose to run their workloads."

The Commission ordered the company to end the practice within 90 days or face periodic penalty payments of up to 5% of its average daily worldwide turnover.

The case was triggered by a 2021 complaint from CloudEuropa, a trade association of smaller European hosting providers whose members include Germany's Netzwerk Hosting and France's Serveurs du Nord.

"Today's decision is overdue but welcome," said Henrik Baumann, CloudEuropa's secretary general. He said some members had lost long-standing clients who "simply could not afford to leave" Veridian's ecosystem once the licensing changes took effect.

Lindqvist said the size of the fine reflected the duration and gravity of the infringement but was "not the end of the story", adding that her officials were examining whether Veridian's newer artificial intelligence services raised similar concerns.

The decision comes as Brussels faces pressure from Washington, where officials have accused the EU of targeting U.S. firms. Lindqvist rejected that characterisation, telling reporters that the bloc's competition rules "do not look at passports."

Analysts said the penalty, equivalent to roughly 2% of Veridian's annual revenue, was unlikely to dent its finances but could force changes to its pricing in Europe, its second-largest market.

"The money is a rounding error for them. The remedy is what matters," said Claire Dubois, an analyst at Rothfeld Securities in Paris. "If they have to price Ardent the same everywhere, the competitive dynamic changes overnight."

Veridian shares were down 1.2% in premarket trading in New York.

(Reporting by Anneke de Wit in Brussels and Paul Mercer in San Francisco; Editing by Mark Halloran)""",
        [
            ("Veridian used its position in", "Teresa Lindqvist"),
            ("This deprived European companies of", "Teresa Lindqvist"),
            ("We strongly disagree with the", "spokesperson"),
            ("Our licensing terms are transparent", "spokesperson"),
            ("Today's decision is overdue but", "Henrik Baumann"),
            ("simply could not afford to", "Henrik Baumann"),
            ("not the end of the story", "Teresa Lindqvist"),
            ("do not look at passports", "Teresa Lindqvist"),
            ("The money is a rounding", "Claire Dubois"),
            ("If they have to price", "Claire Dubois"),
        ],
    ),
    (
        """Judge presses government on remedy as Lumora ad-tech trial ends

By RACHEL OKAFOR

WASHINGTON — A federal judge on Thursday questioned whether forcing Lumora Inc. to sell its advertising exchange would actually restore competition, as the Justice Department's antitrust case against the digital advertising giant wrapped up after nine weeks of testimony.

U.S. District Judge Harriet Colvin told government lawyers during closing arguments that she had heard substantial evidence Lumora held "considerable power" over the tools website publishers use to sell ad space, but she wanted more detail on how a breakup would work in practice.

"I am not in the business of redesigning an industry from the bench," Colvin said. "If I order a divestiture, I need to be confident it will not leave publishers worse off than they are today."

Justice Department attorney Marcus Bell argued that nothing short of a sale would work. Lumora, he said, had for more than a decade "rigged the auction" in favor of its own exchange, keeping as much as 30 cents of every advertising dollar that passed through its systems.

"Behavioral remedies have been tried, and they have failed," Bell told the court. "Lumora has shown time and again that it will find a way around any rule that leaves its control of both sides of the market intact.

"The only durable fix is structural."

Lumora's lead attorney, Diane Whitcomb, countered that the government had ignored competition from social media platforms, retail websites and streaming services, which she said now account for most of the growth in digital advertising.

"The government is fighting the last war," Whitcomb said. "Advertisers today can move their budgets to dozens of places with a few clicks, and they do it every day."

Publishers who testified during the trial described feeling trapped. Gregory Tran, chief executive of the regional news chain Piedmont Media Group, told the court last month that abandoning Lumora's tools "would have meant turning off the lights" at several of his newspapers.

Outside the courthouse, Assistant Attorney General Leonard Ashby, who heads the department's antitrust division, told reporters the government was "confident the evidence speaks for itself." He declined to say whether the department would accept a settlement short of a divestiture.

Lumora said in a statement that it "looks forward to the court's decision" and remained confident the record showed "a fiercely competitive market in which Lumora has to earn its customers' business."

Colvin said she expected to rule by late summer. Whatever she decides is almost certain to be appealed.

The case is one of two major monopoly lawsuits the Justice Department has brought against the San Jose, California-based company. In the other, a different federal judge ruled last year that Lumora illegally maintained a monopoly in online search; a hearing on remedies in that case is scheduled for the fall.""",
        [
            ("considerable power", "Harriet Colvin"),
            ("I am not in the business", "Harriet Colvin"),
            ("If I order a divestiture,", "Harriet Colvin"),
            ("rigged the auction", "Marcus Bell"),
            ("Behavioral remedies have been tried,", "Marcus Bell"),
            ("Lumora has shown time and", "Marcus Bell"),
            ("The only durable fix is", "Marcus Bell"),
            ("The government is fighting the", "Diane Whitcomb"),
            ("Advertisers today can move their", "Diane Whitcomb"),
            ("would have meant turning off", "Gregory Tran"),
            ("confident the evidence speaks for", "Leonard Ashby"),
            ("looks forward to the court's", "Lumora Inc."),
            ("a fiercely competitive market in", "Lumora Inc."),
        ],
    ),
    (
        """Brussels hits Tessellate with first DMA fine over app store ‘steering’ curbs

Sofia Marchetti in Brussels and Tom Aldridge in San Francisco

Tessellate has been fined €620mn for breaching the EU’s landmark digital rules, in the first penalty imposed under the Digital Markets Act and a move likely to inflame trade tensions with Washington.

The European Commission said on Wednesday that the California-based group had stopped app developers from telling users about cheaper offers available outside its Tessellate Store, in breach of so-called anti-steering provisions that took effect last year.

Brussels also ordered the company to scrap a “core technology charge” levied on developers who distribute apps outside its store, saying the fee was designed to make alternative distribution “economically unviable”.

Henna Saarinen, the commission’s executive vice-president for digital affairs, said the decision sent “a clear signal that the rules apply to everyone, however large”.

“Gatekeepers have had more than a year to comply,” she said. “We have been patient. We have engaged in good faith. That patience has now run out.”

Tessellate said it would appeal, arguing that the decision would “force us to give away our technology for free”.

“The commission is moving the goalposts again and again, and European users will pay the price,” the company said in a statement. “We will not compromise the privacy and security our customers expect.”

The fine is far below the maximum of 10 per cent of global turnover allowed under the DMA, which officials attributed to the novelty of the rules. One person familiar with the deliberations said some commissioners had argued for a larger penalty but were overruled amid concerns about a backlash from the US administration.

“Nobody wanted to hand Washington an excuse,” the person said.

US officials have repeatedly attacked the EU’s digital rulebook as discriminatory against American companies. Raymond Keller, the US commerce secretary, wrote on social media last week that Brussels was “shaking down American companies to pay for Europe’s own failures”.

Saarinen dismissed the criticism. “This is not about where a company comes from. It is about how it behaves in our market,” she said.

Developers welcomed the move. Lucas Ferreira, founder of Lisbon-based music app Cadência and a board member of the Coalition for Fair App Markets, said: “For years we could not even tell our own customers that they could pay less on our website. Today that finally changes.”

Tessellate has 60 days to comply with the decision or face daily penalty payments. Analysts at Beauchamp Partners estimated that removing the anti-steering rules could cost the company up to $1.5bn a year in lost commissions in Europe, a small fraction of its services revenue.

The commission is separately investigating whether Tessellate’s new rules for web browsers on its devices comply with the DMA, with a preliminary finding expected before the end of the year.""",
        [
            ("economically unviable", "European Commission"),
            ("a clear signal that the", "Henna Saarinen"),
            ("Gatekeepers have had more than", "Henna Saarinen"),
            ("We have been patient.", "Henna Saarinen"),
            ("force us to give away", "Tessellate"),
            ("The commission is moving the", "Tessellate"),
            ("We will not compromise the", "Tessellate"),
            ("Nobody wanted to hand Washington", "person familiar with the deliberations"),
            ("shaking down American companies to", "Raymond Keller"),
            ("This is not about where", "Henna Saarinen"),
            ("For years we could not", "Lucas Ferreira"),
        ],
    ),
    (
        """FTC Sues to Block Halcyon's $19 Billion Brightline Takeover

By Daniel Sorensen and Priya Natarajan

The US Federal Trade Commission sued to block Halcyon Software Corp.'s $19 billion acquisition of Brightline Analytics Inc., arguing the deal would let the enterprise-software giant dominate a small but critical market for corporate data-monitoring tools.

The combined company would control about 70% of the market for so-called data observability software used by large banks, insurers and retailers, according to the complaint, which was filed Monday in federal court in San Francisco.

"Halcyon is trying to buy its way out of competition rather than compete," FTC Chair Susan Ortega said in a statement. "When a dominant firm swallows its most innovative rival, customers pay more and get less."

The complaint cites internal Halcyon documents, including a 2022 email in which the company's head of corporate strategy, Tom Reinholt, described Brightline as "the one company that keeps us honest on price." Reinholt couldn't be reached for comment.

Halcyon said it would fight the lawsuit.

"The FTC's theory ignores how this market actually works," Chief Legal Officer Angela Moretti said in an emailed statement. "Brightline and Halcyon overlap in only a sliver of their businesses, and customers have many alternatives, including tools built by the major cloud providers."

Brightline shares fell as much as 11% in New York trading, the biggest intraday drop since the deal was announced in February. Halcyon rose 1.4%.

The commission voted 3-2 to bring the case. Commissioner Walter Grady, one of two Republicans who voted against it, wrote in a dissenting statement that the agency was "substituting speculation for evidence" and had failed to show that customers would be harmed.

Halcyon had been preparing to offer to sell parts of Brightline's European business to win approval, according to people familiar with the matter, who asked not to be identified because the discussions were private. One of the people said the company's board was "prepared to go all the way to trial" if the FTC rejected the offer.

The lawsuit is the latest in a series of challenges to technology deals by US antitrust enforcers, who have argued that large companies are buying up nascent rivals before they can become threats. The FTC lost its last two merger trials, however, and some investors had expected the agency to take a more cautious approach.

"Merger arbitrage traders were bracing for this, but the market had priced in maybe a 30% chance of a suit," said Neil Hartigan, an analyst at Castlegate Research. "The question now is whether Halcyon has the stomach for a long fight."

The merger agreement requires Halcyon to pay Brightline a $1.2 billion breakup fee if the deal is blocked on antitrust grounds.""",
        [
            ("Halcyon is trying to buy", "Susan Ortega"),
            ("When a dominant firm swallows", "Susan Ortega"),
            ("the one company that keeps", "Tom Reinholt"),
            ("The FTC's theory ignores how", "Angela Moretti"),
            ("Brightline and Halcyon overlap in", "Angela Moretti"),
            ("substituting speculation for evidence", "Walter Grady"),
            ("prepared to go all the", "person familiar with the matter"),
            ("Merger arbitrage traders were bracing", "Neil Hartigan"),
            ("The question now is whether", "Neil Hartigan"),
        ],
    ),
    (
        """Pinwheel fined €310m over children's data as regulator cites 'systemic failures'

Orla Keane in Dublin

The video-sharing app Pinwheel has been fined €310m (£265m) by Ireland's data watchdog for failing to protect children's personal information, one of the largest penalties imposed under EU privacy law.

The Data Protection Commission (DPC) found that Pinwheel, which has more than 150 million monthly users in Europe, set the accounts of users aged 13 to 17 to public by default and failed to check that adults linked to teenagers' accounts through its "family pairing" feature were actually their parents or guardians.

Aoife Brennan, the deputy commissioner who led the inquiry, said the findings revealed "systemic failures" in the way the company had designed its platform for younger users.

"Children are not small adults. They are entitled to a higher standard of protection, and that protection has to be built in from the start, not bolted on after the fact," she said.

The regulator has also ordered Pinwheel, which is owned by the Los Angeles-based Delmar Interactive, to bring its data processing into line with the law within three months.

Pinwheel said it disagreed with the decision and was "carefully considering next steps". A spokeswoman for the company said: "Most of the criticisms in this decision relate to features and settings that were changed well before the investigation began in 2021, including making all under-16 accounts private by default."

"We respectfully disagree with the decision, particularly the level of the fine," she added.

Child safety campaigners welcomed the ruling but said the fine was unlikely to change the company's behaviour. Niamh Doherty, the director of the children's rights group SafeScreen Ireland, called the penalty "a drop in the ocean" for a company of Pinwheel's size.

"Fines alone will not change a business model that depends on keeping children scrolling," Doherty said. "We need regulators to use every power they have, including ordering changes to how these products are designed."

The decision follows a two-year inquiry and a dispute with other European regulators. Data protection authorities in Berlin and Rome objected to the DPC's original draft decision, arguing that the proposed fine was too low and that it did not go far enough in its findings on age verification.

A person familiar with the process said the Irish regulator had come "under real pressure" from its counterparts to toughen the decision before it was finalised.

The DPC, which oversees many of the world's largest technology companies because they have their European headquarters in Ireland, has faced criticism for the pace of its investigations. It has rejected claims that it is too lenient, pointing to more than €3bn in fines it has issued over the past five years.

Pinwheel has 28 days to lodge an appeal with the Irish high court.""",
        [
            ("systemic failures", "Aoife Brennan"),
            ("systemic failures", "Aoife Brennan"),
            ("Children are not small adults.", "Aoife Brennan"),
            ("carefully considering next steps", "Pinwheel"),
            ("Most of the criticisms in", "spokeswoman"),
            ("We respectfully disagree with the", "spokeswoman"),
            ("a drop in the ocean", "Niamh Doherty"),
            ("Fines alone will not change", "Niamh Doherty"),
            ("We need regulators to use", "Niamh Doherty"),
            ("under real pressure", "person familiar with the process"),
        ],
    ),
    (
        """Senators grill Stratify CEO over app store fees

By Jordan Meeks

Senators from both parties on Tuesday accused Stratify chief executive Paul Lindgren of using the company's app store to squeeze developers and crush rivals, as momentum builds on Capitol Hill for legislation that would force open the market for mobile apps.

"You have built a toll booth on the main road of the digital economy, and you get to set the price of the toll," Sen. Margaret Hollis (D-Vt.), who chairs the Judiciary Committee's antitrust subcommittee, told Lindgren in her opening remarks. "Nobody elected you to do that."

Lindgren, in his first appearance before Congress, defended the 30 percent commission Stratify charges on many in-app purchases.

"We charge a commission because we provide a service," he said. "Developers get access to more than a billion customers, secure payments and protection against fraud. Those things are not free to build or to maintain."

The hearing grew tense when Sen. Dale Pruitt of Missouri, the panel's top Republican, asked Lindgren whether Stratify had ever rejected an app because it competed with one of its own products.

"Not to my knowledge," Lindgren said.

Pruitt then read from a 2020 internal email, released by the subcommittee the night before, in which a Stratify product manager wrote that a rival fitness app was "too close to our roadmap to approve right now."

"That sounds like a yes to me," Pruitt said.

Lindgren said the email "does not reflect our policy" and that the app in question was later approved.

Developers who testified on a second panel told a different story. Tamsin Akers, founder of the Denver-based budgeting app Ledgerly, said her company pays Stratify more each year than it spends on engineering.

"Every month, I write a check to the company I compete with," Akers said. "Stratify launched its own budgeting tool two years ago, and it doesn't pay the commission I pay.

"If I tried to tell my customers there is a cheaper way to subscribe, my app would be gone from the store the next day."

Hollis and Pruitt are co-sponsors of a bill that would bar app store operators from forcing developers to use their payment systems and from punishing those who advertise lower prices elsewhere. A similar measure cleared the committee last year but never received a floor vote.

Stratify has spent heavily to fight the legislation, including on a national advertising campaign, "Keep Apps Safe," warning that the bill would expose users to scams. A Stratify spokesman said after the hearing that the bill would "make it easier for scammers and malware to reach American families."

Pruitt told reporters he expected a committee vote within weeks. Asked whether the bill had enough support to pass the full Senate, he said: "I think after today, it's a lot closer than it was this morning." """,
        [
            ("You have built a toll", "Margaret Hollis"),
            ("Nobody elected you to do", "Margaret Hollis"),
            ("We charge a commission because", "Paul Lindgren"),
            ("Developers get access to more", "Paul Lindgren"),
            ("Not to my knowledge,", "Paul Lindgren"),
            ("too close to our roadmap", "Stratify product manager"),
            ("That sounds like a yes", "Dale Pruitt"),
            ("does not reflect our policy", "Paul Lindgren"),
            ("Every month, I write a", "Tamsin Akers"),
            ("Stratify launched its own budgeting", "Tamsin Akers"),
            ("If I tried to tell", "Tamsin Akers"),
            ("make it easier for scammers", "spokesman"),
            ("I think after today, it's", "Dale Pruitt"),
        ],
    ),
    (
        """EU court annuls 870 million euro fine on chipmaker Corvan

By Lukas Brandt

LUXEMBOURG, Sept 18 - U.S. chipmaker Corvan Semiconductor on Wednesday won its challenge against an 870 million euro ($963 million) EU antitrust fine, after Europe's second-highest court ruled that regulators had failed to prove the company's rebates to computer makers harmed competition.

The European Commission imposed the fine in 2017, saying Corvan had offered discounts to laptop and server makers on condition that they bought almost all of their processors from it, squeezing out rival Altessa Microsystems.

The Luxembourg-based General Court said the Commission's analysis of the rebates was flawed and incomplete.

"The Commission failed to establish to the requisite legal standard that the rebates at issue were capable of having anticompetitive effects," judges said in their ruling. They said the EU executive had not properly taken into account evidence submitted by Corvan showing that an "as efficient competitor" could have matched its prices.

Corvan welcomed the ruling. "We have always maintained that our pricing practices were lawful and pro-competitive, and we are pleased the court has agreed," the company said in a statement.

The Commission can appeal to the Court of Justice of the European Union on points of law. A Commission spokeswoman said the EU executive would "carefully study the judgment and reflect on possible next steps."

An EU official, speaking on condition of anonymity because no decision had been taken, said an appeal was likely. "We have won on appeal before, and the legal questions here are important for the whole of competition law," the official said.

The ruling is the latest in a series of court defeats for the Commission in cases involving rebates and pricing by dominant companies, and comes as regulators increasingly turn to new rules such as the Digital Markets Act that do not require them to prove harm to competition.

"This is the third time in five years that the court has told the Commission its economic analysis is not good enough," said Friederike Albers, a competition lawyer at Hallberg Strauss in Brussels who was not involved in the case. "At some point they have to ask whether the problem is the cases they choose to bring."

Altessa, which filed the original complaint in 2013, said it was "deeply disappointed" by the judgment. Its chief executive, Julien Marchand, told reporters in Paris that the case had dragged on for so long that "the market we were fighting for no longer exists."

Corvan's shares rose 0.8% in early trading in New York.

The case is T-482/17 Corvan Semiconductor v Commission.

(Reporting by Lukas Brandt; Editing by Sarah Whitlock)""",
        [
            ("The Commission failed to establish", "General Court"),
            ("We have always maintained that", "Corvan Semiconductor"),
            ("carefully study the judgment and", "spokeswoman"),
            ("We have won on appeal", "EU official"),
            ("This is the third time", "Friederike Albers"),
            ("At some point they have", "Friederike Albers"),
            ("deeply disappointed", "Altessa Microsystems"),
            ("the market we were fighting", "Julien Marchand"),
        ],
    ),
    (
        """Kestrel to Pay $2.1 Billion to Settle States’ Search Antitrust Suit

Deal with 38 states ends case over default-search agreements weeks before trial

By Elena Vasquez

Kestrel Networks Inc. agreed to pay $2.1 billion and loosen its agreements with smartphone makers to settle an antitrust lawsuit brought by 38 states, ending a four-year legal fight weeks before it was set to go to trial.

The settlement, announced Wednesday by Colorado Attorney General Thomas Reyna, whose office led the coalition, bars Kestrel for six years from paying phone makers and wireless carriers to make its search engine the only option preinstalled on their devices. It also requires the company to show users a screen offering a choice of search providers when they set up a new phone.

“This is the largest antitrust settlement ever secured by the states, and it puts real money back in the pockets of consumers,” Mr. Reyna said at a news conference in Denver. He said the agreement would give rivals “a genuine shot” at reaching users for the first time in more than a decade.

Kestrel didn’t admit wrongdoing. In a blog post, the company’s general counsel, Miriam Okonjo-Hale, wrote that Kestrel had decided to settle “to put this matter behind us and focus on building great products.”

“We continue to believe our agreements were lawful and benefited consumers, who choose Kestrel because it is the best search engine available,” Ms. Okonjo-Hale wrote.

Not every state that joined the suit signed on. Utah, Nebraska and Idaho declined to join the settlement and said they would continue to pursue their claims. A spokesman for the Utah attorney general’s office called the terms “too little, too late” and said the state was prepared to go to trial on its own.

Most of the money will go to state treasuries, with a portion set aside for refunds to advertisers who bought search ads during the period covered by the suit, according to the settlement documents.

Smaller search providers said the changes could matter more than the payment.

“For the first time, we’ll be able to compete for placement on phones,” Owen Takeda, chief executive of Sparrow Search, said in an interview. “Whether we can afford it against Kestrel’s checkbook is another question.”

Analysts were unimpressed by the size of the payout. “Two billion dollars sounds like a lot, but Kestrel generates that in cash in about a week,” said Rebecca Lund, an analyst at Harrow & Pike. Ms. Lund said the restrictions on device deals were “the more interesting part” of the agreement, though she expected their effect on Kestrel’s market share to be modest.

Kestrel shares rose 2% Wednesday.

The settlement doesn’t resolve a separate lawsuit brought by the Justice Department over similar conduct, which is scheduled for trial in the spring. A Justice Department spokeswoman declined to comment.""",
        [
            ("This is the largest antitrust", "Thomas Reyna"),
            ("a genuine shot", "Thomas Reyna"),
            ("to put this matter behind", "Miriam Okonjo-Hale"),
            ("We continue to believe our", "Miriam Okonjo-Hale"),
            ("too little, too late", "spokesman"),
            ("For the first time, we’ll", "Owen Takeda"),
            ("Whether we can afford it", "Owen Takeda"),
            ("Two billion dollars sounds like", "Rebecca Lund"),
            ("the more interesting part", "Rebecca Lund"),
        ],
    ),
]
