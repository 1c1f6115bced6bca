CASES = [
    (
        """By Dana Whitcombe

CHICAGO, Oct 14 - Harrowgate Foods Inc said on Monday it would buy Pellston Snack Co for about $4.2 billion in cash, betting that a stable of regional potato-chip and pretzel brands can revive growth at the packaged-food maker as shoppers trade down to cheaper store labels.

Harrowgate will pay $61 per share, a 27% premium to Pellston's closing price on Friday, the companies said in a joint statement. Including debt, the deal values the Milwaukee-based snack maker at roughly $5.1 billion.

"Pellston gives us exactly what we have been missing: brands people reach for on impulse, and a direct-store delivery network we could not build on our own in under a decade," Harrowgate Chief Executive Ronald Oyelaran said in the statement.

Oyelaran told analysts on a conference call that the company expected about $180 million in annual cost savings by the end of the third year, mostly from combining purchasing and closing two overlapping plants. He said the deal would be "modestly accretive" to adjusted earnings in its first full year.

Pellston's board has unanimously approved the deal, which is expected to close in the first half of next year, subject to regulatory and shareholder approvals. The Kessner family, which controls about 31% of Pellston's voting shares, has agreed to vote in favor.

"This was not a process where we went out looking for a buyer," said Pellston CEO Tamsin Kessner, the founder's granddaughter. "Harrowgate came to us with a plan for the brands, not just for the balance sheet, and that mattered to the family."

Shares of Pellston jumped 24% to $59.80 in morning trading, while Harrowgate fell 3.1%.

Some analysts questioned the price. Lucas Ferreira, an analyst at Brightwater Securities, wrote in a note to clients that Harrowgate was "paying up for growth that has already peaked," pointing to three straight quarters of flat volumes at Pellston.

"The synergy number is credible. The top-line story is less so," Ferreira wrote. He kept a "hold" rating on Harrowgate stock.

Harrowgate said it would fund the deal with cash on hand and about $3.5 billion in new debt, and that it would pause share buybacks for two years to bring leverage back below three times earnings before interest, taxes, depreciation and amortization.

The company, whose brands include Sunvale cereals and Corliss soups, has been under pressure from activist investor Pemberton Ridge Capital, which disclosed a 4% stake in June and called for a "fundamental rethink" of the portfolio. A Pemberton spokesman declined to comment on Monday.""",
        [
            ("Pellston gives us exactly what", "Ronald Oyelaran"),
            ("modestly accretive", "Ronald Oyelaran"),
            ("This was not a process", "Tamsin Kessner"),
            ("Harrowgate came to us with", "Tamsin Kessner"),
            ("paying up for growth that", "Lucas Ferreira"),
            ("The synergy number is credible.", "Lucas Ferreira"),
            ("fundamental rethink", "Pemberton Ridge Capital"),
        ],
    ),
    (
        """Vantrell Micro Shares Slide as Data-Center Chip Orders Cool

By Priya Raman and Colin Tresh

SAN JOSE, Calif. - Vantrell Micro Devices Inc. on Wednesday forecast fourth-quarter revenue below Wall Street's expectations, saying some large cloud customers had slowed orders for its networking chips as they work through inventory built up earlier in the year.

The company said it expects revenue of $1.31 billion to $1.39 billion for the quarter ending in January, compared with the $1.52 billion analysts had expected, according to data compiled by Meridian Analytics. Shares fell 14% in after-hours trading.

"We are seeing a digestion period, and I want to be direct about that," Chief Executive Helena Adebayo said on a call with analysts. "Our customers haven't cancelled anything. They have asked us to push some shipments to the right by one or two quarters."

Ms. Adebayo said the slowdown was concentrated among three of the company's five largest customers, which she declined to name. She said bookings from enterprise and telecommunications customers had risen for a second straight quarter, and that she expected data-center demand to "reaccelerate meaningfully" in the second half of next year.

For the third quarter ended Oct. 28, Vantrell posted net income of $212 million, or 83 cents a share, up from $174 million, or 68 cents a share, a year earlier. Revenue rose 11% to $1.47 billion.

Chief Financial Officer Marcus Lindqvist told analysts that gross margins would narrow by about two percentage points in the current quarter, partly because the company would run its factories below capacity.

"We made a deliberate choice not to build inventory into a softer quarter," Mr. Lindqvist said. "That costs us some margin in the short term. I think it's the right call for the business, and frankly it's the call our customers have asked us to make.

"We'd rather take that hit now than be sitting on chips nobody wants next summer."

Analysts were split on whether the slowdown was temporary. Rebecca Osei, an analyst at Carrow Hill Partners, said in a research note that the guidance "resets expectations to a level the company can actually beat," and she reiterated her buy rating.

Others were less forgiving. "Digestion is what every chip company calls it right up until it's a downturn," said Daniel Fairbrook, a portfolio manager at Ashgrove Investment Management, which owns Vantrell shares. "I'd want to see the January bookings before I believed the second-half story."

Vantrell also said its board had authorized an additional $2 billion in share repurchases and raised its quarterly dividend by 2 cents to 24 cents a share.

The company said in its earnings release that it continued to expect its next-generation "Halyard" switching chip to begin sampling to customers in the spring.""",
        [
            ("We are seeing a digestion", "Helena Adebayo"),
            ("Our customers haven't cancelled anything.", "Helena Adebayo"),
            ("reaccelerate meaningfully", "Helena Adebayo"),
            ("We made a deliberate choice", "Marcus Lindqvist"),
            ("That costs us some margin", "Marcus Lindqvist"),
            ("resets expectations to a level", "Rebecca Osei"),
            ("Digestion is what every chip", "Daniel Fairbrook"),
            ("I'd want to see the", "Daniel Fairbrook"),
        ],
    ),
    (
        """WASHINGTON, May 8 - A federal consumer watchdog on Thursday ordered online lender Brightpath Lending Inc. to pay $46 million in refunds and penalties, saying the company steered thousands of borrowers into costlier loans by misrepresenting their credit options.

The Consumer Credit Protection Board said in a consent order that the San Francisco-based company had "systematically misled" more than 38,000 borrowers between 2019 and 2023 about the rates and terms available to them, and had failed to correct the problem after its own compliance staff flagged it.

"Brightpath built a business model on the assumption that its customers wouldn't compare notes," board Director Angela Ruiz-Whitman said in a statement. "They compared notes. And they complained to us."

Under the order, Brightpath will pay $39 million in restitution to affected borrowers and a $7 million civil penalty. The company did not admit or deny the findings.

In a statement, Brightpath said it had "cooperated fully" with the board's investigation and had already overhauled its application process. "We regret that some customers did not receive the clarity they deserved, and we have taken concrete steps to make sure it doesn't happen again," the company said.

Brightpath Chief Executive Owen Calloway, who co-founded the company in 2014, wrote in a memo to employees that was later posted on the company's website that the settlement "closes a chapter we are not proud of."

"I own this," Calloway wrote. "The people who raised concerns inside this company were right, and we should have listened to them sooner."

The order also requires Brightpath to hire an independent compliance monitor for three years and to submit quarterly reports to the board.

Consumer advocates said the penalty was too small relative to the company's size. Brightpath originated about $4.1 billion in loans last year, according to its most recent investor presentation.

"Seven million dollars is a rounding error for a lender this size," said Terrence Hollowell, director of lending policy at the Fairshare Consumer Alliance, a Washington advocacy group. "The restitution is real money for the borrowers who get it, but the penalty is not going to change anyone's behavior."

Ruiz-Whitman, who took over the board in January, has pledged to bring more enforcement actions against online lenders. In a speech last month she said the agency would "follow the algorithm wherever it leads," and warned that automated underwriting would not shield companies from liability.

The order was the board's third enforcement action against a fintech lender this year.""",
        [
            ("systematically misled", "Consumer Credit Protection Board"),
            ("Brightpath built a business model", "Angela Ruiz-Whitman"),
            ("They compared notes.", "Angela Ruiz-Whitman"),
            ("cooperated fully", "Brightpath Lending Inc."),
            ("We regret that some customers", "Brightpath Lending Inc."),
            ("closes a chapter we are", "Owen Calloway"),
            ("I own this", "Owen Calloway"),
            ("The people who raised concerns", "Owen Calloway"),
            ("Seven million dollars is a", "Terrence Hollowell"),
            ("The restitution is real money", "Terrence Hollowell"),
            ("follow the algorithm wherever it", "Angela Ruiz-Whitman"),
        ],
    ),
    (
        """NEW YORK - Shareholders of Calder Biosciences Inc. sued the drugmaker and three of its top executives on Tuesday, accusing them of concealing safety problems in a late-stage trial of its experimental kidney drug before the company's stock collapsed last month.

The proposed class action, filed in federal court in Manhattan by the Dunmore County Firefighters' Retirement System, claims Calder's executives knew as early as March that several patients in the trial of the drug, called CLB-412, had developed liver-enzyme abnormalities, but continued to play down the risk in presentations to investors through the summer.

The complaint quotes Chief Medical Officer Ingrid Solberg telling a health-care investor conference in June that the safety data showed "nothing that gives us pause," weeks after, the plaintiffs allege, the company's own data monitoring committee had raised concerns about the liver readings.

"Defendants' statements were materially false and misleading when made," the complaint says. "Defendants knew, or recklessly disregarded, that the trial had generated safety signals that threatened the drug's approval."

Calder shares fell 58% on Sept. 12 after the company disclosed that it was halting the trial at the recommendation of the independent committee. The stock has since recovered slightly but remains down about 60% for the year, erasing roughly $3.8 billion in market value.

A Calder spokeswoman, Natalie Brisco, said the company "strongly disputes" the allegations and would defend itself vigorously. "Calder disclosed the trial results promptly and in accordance with all applicable rules," she said in an emailed statement.

Also named as defendants are Chief Executive Peter Lindahl and Chief Financial Officer Graham Whitty. Neither responded to requests for comment.

Securities lawyers said the case would likely turn on what the executives knew and when. "The question is going to be whether that monitoring committee memo reached the C-suite before the June conference," said Miriam Okafor, a professor of securities law at Halsey University School of Law, who is not involved in the case. "If it did, the plaintiffs have a strong story. If it didn't, this is a drug that failed, and drugs fail all the time."

The pension fund said in the filing that it bought about 140,000 Calder shares during the period at issue. The suit seeks unspecified damages on behalf of investors who bought Calder stock between Feb. 27 and Sept. 11.

Calder said in a regulatory filing on Monday that it was evaluating "strategic alternatives," including a possible sale, and that it would cut about a third of its workforce.""",
        [
            ("nothing that gives us pause", "Ingrid Solberg"),
            ("Defendants' statements were materially false", "Dunmore County Firefighters' Retirement System"),
            ("Defendants knew, or recklessly disregarded,", "Dunmore County Firefighters' Retirement System"),
            ("strongly disputes", "Natalie Brisco"),
            ("Calder disclosed the trial results", "Natalie Brisco"),
            ("The question is going to", "Miriam Okafor"),
            ("If it did, the plaintiffs", "Miriam Okafor"),
            ("strategic alternatives", "Calder Biosciences Inc."),
        ],
    ),
    (
        """DALLAS - Marlow Home Stores Inc. said Friday that Chief Executive Victoria Senn had stepped down, effective immediately, less than three years after she was hired to turn around the struggling home-furnishings chain.

The board named Chief Operating Officer Raymond Tillery as interim CEO and said it had retained an executive search firm to find a permanent replacement. Senn will remain an adviser to the company through the end of the year.

In a letter to the board that Marlow filed with securities regulators, Senn cited personal reasons for her departure. "After a great deal of reflection, I have concluded that the company needs a leader who can commit to the next five years of this work, and I am not in a position to make that commitment," she wrote.

She added: "I leave with enormous respect for the 22,000 people who show up in our stores every day."

Board Chairwoman Lorraine Mathers thanked Senn for "steadying the business during an extraordinarily difficult period for home retail," and said in a statement that the board had "full confidence" in Tillery.

Senn joined Marlow from a discount-apparel chain in 2021, promising to close underperforming locations, invest in the company's website and win back younger shoppers. In an early interview she described the company's stores as "tired, cluttered and confusing," and she closed 140 of them over the next two years.

But sales have continued to fall. Marlow reported last month that comparable-store sales dropped 6.4% in the second quarter, its seventh straight quarterly decline, and cut its full-year outlook for the second time.

Shares of Marlow rose 4% in early trading Friday, suggesting some investors welcomed the change.

"The market has been waiting for a reset, and this is it," said Kevin Abernathy, a retail analyst at Thornbury & Co. "The question is whether the board goes outside again or decides the answer has been in the building all along."

Tillery, 54, has been with Marlow for 19 years and ran its supply-chain operations before becoming COO in 2022. In a brief message to employees, which a company spokesman confirmed, he said his priority would be "getting the basics right in every store, every day."

Marlow also said it would hold its scheduled investor day on Oct. 22 as planned. The company is expected to update investors on its "Marlow Next" store-remodeling program, which has been rolled out to about 80 locations.""",
        [
            ("After a great deal of", "Victoria Senn"),
            ("I leave with enormous respect", "Victoria Senn"),
            ("steadying the business during an", "Lorraine Mathers"),
            ("full confidence", "Lorraine Mathers"),
            ("tired, cluttered and confusing", "Victoria Senn"),
            ("The market has been waiting", "Kevin Abernathy"),
            ("The question is whether the", "Kevin Abernathy"),
            ("getting the basics right in", "Raymond Tillery"),
        ],
    ),
    (
        """By Elena Marchetti

WASHINGTON - The Federal Antitrust Commission sued on Tuesday to block Coastline Medical Supply Corp.'s $9.6 billion acquisition of rival Ridgeway Surgical Distributors, saying the deal would give the combined company control of nearly half the U.S. market for distributing surgical supplies to hospitals.

In its complaint, filed in federal court in Delaware, the commission said the merger would "eliminate head-to-head competition that has kept prices in check for hospitals of every size," and that smaller rural hospitals would be hit hardest because they have fewer alternatives.

"Hospitals are already under enormous financial strain. This merger would make the supplies they depend on more expensive and less reliable," Commission Chair Howard Brennan-Lutz said at a news conference.

Brennan-Lutz said the agency had spent 14 months reviewing the deal and had rejected a proposal from the companies to sell off distribution centers in five states to resolve its concerns. He called the proposed divestitures "a patch on a problem that needs surgery."

Coastline said it would fight the lawsuit. In a statement, the company said: "The commission's theory ignores how hospitals actually buy supplies today. Large health systems negotiate directly with manufacturers, and group purchasing organizations give even small hospitals significant bargaining power."

Coastline Chief Executive Sandra Whitlock told analysts in August that the company was "fully prepared to litigate" if regulators challenged the deal, and the merger agreement gives the companies until next June to complete it. If the deal is terminated because of antitrust opposition, Coastline would owe Ridgeway a $480 million breakup fee.

A Ridgeway spokesman referred questions to Coastline.

Shares of Ridgeway fell 17% to $38.15, well below Coastline's offer of $52 a share, reflecting investor doubts that the deal will close. Coastline shares rose 2%.

The lawsuit is the latest in a series of merger challenges by the commission under Brennan-Lutz, who has said the agency will take a harder look at deals in health care. Consolidation in the industry has, in his words, "quietly raised costs for every patient in America."

Antitrust experts said the case could be difficult for the companies. "Courts have been receptive to these market-share arguments when the numbers are this high," said Paul Ostrander, a former commission attorney now in private practice at Keating Lowe LLP. "Coastline will need to convince a judge that the market is much broader than the government says it is."

A trial date has not been set.""",
        [
            ("eliminate head-to-head competition that", "Federal Antitrust Commission"),
            ("Hospitals are already under enormous", "Howard Brennan-Lutz"),
            ("a patch on a problem", "Howard Brennan-Lutz"),
            ("The commission's theory ignores how", "Coastline Medical Supply Corp."),
            ("fully prepared to litigate", "Sandra Whitlock"),
            ("quietly raised costs for every", "Howard Brennan-Lutz"),
            ("Courts have been receptive to", "Paul Ostrander"),
            ("Coastline will need to convince", "Paul Ostrander"),
        ],
    ),
    (
        """CHARLOTTE, N.C., Jan. 16 — Granite Harbor Financial Corp. said Thursday that fourth-quarter profit rose 9%, as higher fees from its investment-banking business offset a jump in losses on credit-card loans.

The nation’s eighth-largest bank by assets earned $2.14 billion, or $1.52 a share, compared with $1.96 billion, or $1.37 a share, a year earlier. Analysts had expected $1.44 a share. Revenue rose 5% to $11.8 billion.

Chairman and Chief Executive Walter Pemsley said the results showed that the bank’s bet on advisory and underwriting was paying off. Investment-banking fees rose 31% from a year earlier, helped by a rebound in corporate bond issuance and a handful of large merger assignments.

“We spent two years building this business when nobody was doing deals, and people asked us why,” Pemsley said on a call with analysts. “This quarter is the answer.

“I’m not going to tell you every quarter will look like this one. Deal activity is lumpy. But the franchise we’ve built is durable, and our clients are telling us next year’s pipelines are the strongest they’ve seen in a long time.”

The picture on the consumer side was less rosy. Net charge-offs on credit cards rose to 4.1% of balances, the highest level in more than a decade, and the bank set aside $1.9 billion for future loan losses, up from $1.4 billion a year earlier.

Chief Financial Officer Ana Gutierrez-Boyle said the increase reflected “normalization” rather than a sudden deterioration. She said delinquencies among lower-income cardholders had “plateaued in recent months,” but that the bank was not yet ready to call a peak.

“We’re watching the lower end of the book very closely,” she said. “Those customers have been running down savings for two years now, and there’s not a lot of cushion left.”

Granite Harbor’s shares rose 3.2% to $71.40 in morning trading.

Analysts largely welcomed the results. Jonah Whitfield of Larkspur Research said in a note that the quarter was “cleaner than feared,” while cautioning that the credit-card numbers “bear watching into the spring.”

The bank also said it would raise its quarterly dividend to 42 cents a share from 38 cents, pending approval from its board, and reiterated plans to buy back up to $6 billion of stock this year. Pemsley told analysts the bank had “more than enough capital” to do both while continuing to grow its loan book.""",
        [
            ("We spent two years building", "Walter Pemsley"),
            ("This quarter is the answer.", "Walter Pemsley"),
            ("normalization", "Ana Gutierrez-Boyle"),
            ("plateaued in recent months", "Ana Gutierrez-Boyle"),
            ("We’re watching the lower end", "Ana Gutierrez-Boyle"),
            ("Those customers have been running", "Ana Gutierrez-Boyle"),
            ("cleaner than feared", "Jonah Whitfield"),
            ("bear watching into the spring.", "Jonah Whitfield"),
            ("more than enough capital", "Walter Pemsley"),
        ],
    ),
    (
        """By Harold Quince

WILMINGTON, Del. - Tessaly Outdoor Group, the maker of Ridgeline camping gear and Copperfield boots, filed for Chapter 11 bankruptcy protection on Sunday, saying a slump in post-pandemic demand and rising interest costs had left it unable to service roughly $1.7 billion in debt.

The company said in court papers filed in bankruptcy court in Wilmington that it had reached an agreement with a group of its senior lenders, led by investment firm Callowhill Credit Partners, to swap about $1.1 billion of debt for ownership of the reorganized company. Tessaly's stores and websites will stay open during the case, it said.

In a sworn declaration, Chief Restructuring Officer Lydia Marchbanks said the company's sales had fallen 34% from their 2021 peak as consumers who had stocked up on tents, stoves and hiking gear during lockdowns "simply stopped coming back for more."

"The debtors' capital structure was built for a business roughly one and a half times the size of the business that exists today," Marchbanks wrote. "Without a comprehensive restructuring, the debtors would face a liquidity shortfall within weeks."

At a hearing Monday, Judge Corinne Abelard granted the company interim approval to borrow up to $150 million from its lenders to keep operating. She said she was satisfied the financing was "necessary to avoid immediate and irreparable harm," but told the company's lawyers she would scrutinize fees paid to lenders before granting final approval.

"I want to be very clear that interim approval is not a blessing of every term in this document," Abelard said.

Tessaly Chief Executive Grant Everly said in a statement that the filing was "the right path to put Tessaly on solid financial footing for the long term." He added, "Our brands are strong, our customers are loyal, and our employees have been extraordinary through a very difficult stretch."

The company employs about 4,200 people, including 900 workers at a distribution center in Reno, Nev., who are represented by the United Warehouse and Logistics Workers union. Union official Denise Carrow said in a statement that the union would "fight to make sure workers aren't the ones who pay for management's mistakes."

Tessaly was acquired in 2018 by private-equity firm Kestrel Bay Partners in a leveraged buyout that added about $900 million in debt to its balance sheet. A Kestrel Bay spokeswoman declined to comment.

Unsecured creditors, including several overseas suppliers, are likely to recover only a small fraction of what they are owed, according to the filing. Tessaly listed its largest unsecured creditor as Pangrove Textiles Ltd., which is owed about $14 million.

The company said it expected to exit bankruptcy within about 90 days.""",
        [
            ("simply stopped coming back for", "Lydia Marchbanks"),
            ("The debtors' capital structure was", "Lydia Marchbanks"),
            ("Without a comprehensive restructuring, the", "Lydia Marchbanks"),
            ("necessary to avoid immediate and", "Corinne Abelard"),
            ("I want to be very", "Corinne Abelard"),
            ("the right path to put", "Grant Everly"),
            ("Our brands are strong, our", "Grant Everly"),
            ("fight to make sure workers", "Denise Carrow"),
        ],
    ),
]
