CASES = [
    (
        """Harlow & Finch LLP, the London-founded corporate law firm, agreed on Tuesday to merge with Chicago-based Delacroix Brennan & Marsh, creating a transatlantic practice with roughly 1,900 lawyers and combined annual revenue of about $2.4 billion.

The new firm, to be called Harlow Delacroix, will be led jointly by Harlow & Finch’s senior partner, Margaret Ellison, and Delacroix’s chair, Thomas R. Weybridge. Partners at both firms approved the tie-up by wide margins last week, according to two people familiar with the vote.

“This is not a defensive move. We have been growing in New York and Houston for a decade, and this gives our clients a platform in the Midwest that we simply could not have built on our own,” Ellison said in an interview.

Weybridge said the firms had been in talks “on and off for about three years” and that their cultures were closer than outsiders might assume. He described the deal as “a merger of equals in every sense that matters,” adding that no practice groups would be closed.

Industry consultants were more cautious. Priya Raman, a principal at the legal consultancy Bellweather Advisory, said combinations of this size routinely lose partners in their first 18 months: “The spreadsheet always looks great. The question is whether the rainmakers in the restructuring group stay put once they see the new compensation model.”

That group, nicknamed “the night shift” by rivals for its willingness to staff bankruptcy filings around the clock, has been the target of poaching attempts by at least two New York firms this year. A spokesperson for Delacroix Brennan & Marsh declined to comment on individual partners but said the firm expected “very limited attrition, if any.”

The merger comes amid a wave of consolidation among mid-sized firms squeezed by rising associate salaries and clients’ demands for lower fees. Law firm mergers in the first nine months of the year reached their highest level since 2017, according to Caldwell Strategic Partners, which advised Harlow & Finch on the deal. Delacroix was advised by Osgood Lane & Partners.

The transaction is expected to close on Jan. 1, subject to regulatory approval in the U.K. and a review of client conflicts. Both firms said they would keep all of their existing offices.

In a memo to Harlow & Finch staff seen by this newspaper, Ellison said the firm’s “One Firm, One Standard” billing guidelines, introduced in 2019, would be reviewed once the deal closed.

“Nobody should read this as a cost-cutting exercise. Our ambition is to grow, and to grow quickly,” the memo said.""",
        [
            ("This is not a defensive", "Margaret Ellison"),
            ("on and off for about", "Thomas R. Weybridge"),
            ("a merger of equals in", "Thomas R. Weybridge"),
            ("The spreadsheet always looks great.", "Priya Raman"),
            ("very limited attrition, if", "spokesperson"),
            ("Nobody should read this as", "Margaret Ellison"),
        ],
    ),
    (
        """Norvale Industries shares fell 11% on Thursday after the packaging maker cut its full-year profit forecast, blaming weaker demand from European food companies and a sharp rise in resin costs.

Chief Executive Daniel Okonkwo told analysts on a conference call that the second half of the year would be "choppier than we had hoped," but insisted that the company's medium-term targets remained intact.

"We are not going to chase volume at any price. If that means a couple of soft quarters, so be it," Okonkwo said.

Norvale now expects adjusted earnings of $3.10 to $3.25 a share for the year, down from a previous range of $3.60 to $3.80. Analysts surveyed by FactLine had been expecting $3.52. Revenue for the quarter fell 4% to $1.87 billion.

Chief Financial Officer Rebecca Tan said the company would slow its share buyback program and focus on paying down debt taken on to fund last year's $2.1 billion acquisition of Hollis Film & Foil. She said leverage would fall below three times earnings "by the end of next year at the latest."

That promise drew a pointed response. "You said almost exactly the same thing twelve months ago. What's different this time?" asked Marcus Feld, an analyst at Grayburn Securities.

Tan replied that the integration of Hollis was now complete and that savings from closing two overlapping plants in Ohio would begin showing up in the fourth quarter.

Feld later cut his rating on the stock to "neutral" from "buy," writing in a note to clients that management's credibility "has taken a real knock" and that he would need to see evidence of stable volumes before turning positive again.

Others were more forgiving. Jennifer Castellano, a portfolio manager at Ridgeline Capital Management, which owns about 2% of Norvale's shares, said the selloff was overdone.

"The market is pricing this like a structural problem, and it's a cyclical one. Resin prices don't stay this high forever," she said.

The company also confirmed it would rename its consumer packaging division "Norvale Everyday" in January, part of a rebranding effort that has drawn a lukewarm response from some investors. Norvale shares have fallen about 27% this year.""",
        [
            ("choppier than we had hoped,", "Daniel Okonkwo"),
            ("We are not going to", "Daniel Okonkwo"),
            ("by the end of next", "Rebecca Tan"),
            ("You said almost exactly the", "Marcus Feld"),
            ("has taken a real knock", "Marcus Feld"),
            ("The market is pricing this", "Jennifer Castellano"),
        ],
    ),
    (
        """The Securities and Exchange Commission on Monday charged a former portfolio manager at Ashcombe & Reyes Capital with trading ahead of a string of pharmaceutical takeovers, alleging he made more than $6 million in illicit profits using tips from a college friend at an investment bank.

According to the complaint, filed in federal court in Manhattan, Gregory Pell, 41, bought short-dated call options in three biotech companies in the days before their acquisitions were announced. The friend, identified in the filing only as “Individual A,” worked in the healthcare group of Stanton Wolfe & Co. and has not been charged.

The complaint quotes text messages between the two men. In one, sent four days before Merriton Bio agreed to be acquired, Pell allegedly wrote: “Is the wedding still on for Friday? Asking for the usual reasons.” Investigators said “wedding” was a code word the pair used for pending deals.

“Those who trade on confidential information undermine the basic fairness that our markets depend on,” Lorraine Achebe, director of the SEC’s Division of Enforcement, said in a statement. The agency is seeking disgorgement of the profits, civil penalties and a bar preventing Pell from working in the industry.

The U.S. Attorney’s Office for the Southern District of New York unsealed a parallel criminal indictment on Monday charging Pell with securities fraud and conspiracy. He surrendered to authorities in the morning and was released on a $500,000 bond.

Pell’s lawyer, Victor Hanley of Marchetti Hanley & Stone, said his client would plead not guilty and would “fight these allegations vigorously.”

“Greg made investment decisions based on public information and his own research, as he has done throughout a long career,” Hanley said. “The government has taken a handful of casual text messages between old friends and built an elaborate theory around them.

“We look forward to showing a jury what those messages actually meant.”

Ashcombe & Reyes said in a statement that Pell had been dismissed in March following an internal review and that the firm was “cooperating fully with all inquiries.” Stanton Wolfe declined to comment.

The case is the latest in a series of insider trading actions tied to healthcare deals. Last year the SEC expanded what officials call its “Analytics and Detection” initiative, which uses data tools to flag unusual options activity in the weeks before merger announcements.""",
        [
            ("Is the wedding still on", "Gregory Pell"),
            ("Those who trade on confidential", "Lorraine Achebe"),
            ("fight these allegations vigorously.", "Victor Hanley"),
            ("Greg made investment decisions based", "Victor Hanley"),
            ("The government has taken a", "Victor Hanley"),
            ("cooperating fully with all", "Ashcombe & Reyes Capital"),
        ],
    ),
    (
        """Shareholders of Quillon Payments Inc. filed a proposed class action on Wednesday accusing the company and its top executives of misleading investors about the growth of its “Pay Later Plus” installment product, weeks after the stock lost nearly half its value in a single session.

The complaint, filed in the U.S. District Court for the Northern District of California by the Oakhaven County Employees’ Retirement System, alleges that Quillon inflated its count of active users by including customers who had not made a purchase in more than a year. It seeks unspecified damages on behalf of anyone who bought Quillon shares between March 2023 and August of this year.

The filing leans heavily on the company’s own words. It quotes Chief Executive Aaron Vance telling investors at an investor day in February that user growth was “the cleanest story in fintech,” and cites internal dashboards that, according to the plaintiffs, showed engagement falling for three consecutive quarters.

Sarah Brandt, a partner at Brandt Keller & Oduya LLP, which represents the pension fund, said the company had “painted a picture of explosive growth that its own data did not support.” She said her firm had interviewed more than a dozen former employees, several of whom are cited as confidential witnesses in the complaint.

Quillon said in a statement that the suit “mischaracterizes both our disclosures and our business” and that it intended to defend itself vigorously. Vance, who also serves as chairman, did not respond to a request for comment.

Quillon’s shares plunged 46% on Aug. 7 after the company disclosed that it would restate its user metrics and that the Securities and Exchange Commission had requested documents related to the matter. The company has since replaced its head of investor relations.

Howard Lindqvist, a professor at Easton University School of Law who studies securities litigation, said suits of this kind follow almost every large one-day drop in a company’s stock, and that most are dismissed or settled for a fraction of the losses claimed.

“The real fight is over the motion to dismiss. If the plaintiffs can show that senior people saw those dashboards, this case gets expensive for Quillon very quickly,” he said.""",
        [
            ("the cleanest story in fintech,", "Aaron Vance"),
            ("painted a picture of explosive", "Sarah Brandt"),
            ("mischaracterizes both our disclosures and", "Quillon Payments Inc."),
            ("The real fight is over", "Howard Lindqvist"),
        ],
    ),
    (
        """Britain’s Financial Conduct Authority fined Kingsmere Bank £48.2 million on Friday for failing to monitor high-risk customer accounts, concluding that weaknesses in the lender’s anti-money-laundering controls went undetected for almost five years.

The regulator said Kingsmere had opened and maintained accounts for more than 3,000 customers flagged as high risk without carrying out enhanced checks, and that its transaction-monitoring system had been misconfigured so that some so-called “nested” accounts, used by foreign banks to route payments through Kingsmere, were never screened at all.

“Kingsmere’s controls were simply not fit for purpose, and senior management was slow to act even when problems were brought to its attention,” said Helen Marchbank, the FCA’s executive director of enforcement and market oversight.

The fine would have been £68.9 million, but Kingsmere received a 30% discount for agreeing to settle at an early stage. The regulator has not taken action against any individual executives, though it said its investigation into the conduct of certain former employees was continuing.

Kingsmere said in a statement that it “accepts the findings in full” and had since spent more than £100 million upgrading its systems and hiring additional compliance staff. The bank said the failings related to a period before its current leadership team took over.

One person familiar with the investigation said the bank’s own compliance analysts had raised concerns internally as early as 2018. “People were flagging it, and nobody upstairs wanted to hear it,” the person said.

The penalty is the largest imposed by the FCA on a British bank for money-laundering failings since 2021. It follows a series of “Dear CEO” letters in which the regulator warned lenders that their financial crime controls were failing to keep pace with rapid growth in correspondent banking.

Campaigners said the fine did not go far enough. A report published last month by the anti-corruption group Clearwater Transparency, titled “Open Doors: How Britain’s Banks Let Dirty Money In,” named Kingsmere as one of five lenders with persistent weaknesses in their controls.

Kingsmere shares closed 1.2% lower in London.""",
        [
            ("Kingsmere’s controls were simply not", "Helen Marchbank"),
            ("accepts the findings in full", "Kingsmere Bank"),
            ("People were flagging it, and", "person familiar with the investigation"),
        ],
    ),
    (
        """Brackwell & Sons, the British maker of tractors and harvesting equipment, on Tuesday rejected a £1.1 billion takeover approach from Swedish rival Torvald Group, saying the offer undervalued the company and its prospects.

Torvald had proposed paying 1,280 pence a share in cash, a premium of 31% to Brackwell’s closing price on the day before the approach was made public. Brackwell shares rose 9% to 1,342 pence in London on Tuesday, suggesting investors expect a higher offer.

Brackwell’s chair, Eleanor Voss, was blunt in a letter to shareholders published alongside the rejection: “The board has considered Torvald’s proposal carefully and unanimously concluded that it fails to reflect the value of our order book, our dealer network or the investments we have made in precision-farming technology.

“We will not allow this company to be acquired on the cheap, and we are confident in our ability to deliver superior value as an independent business.”

The letter pointed to the company’s “Field First” strategy, launched in 2022, which shifted Brackwell’s focus toward software subscriptions and autonomous machinery. Operating margins have risen from 7% to nearly 11% since then.

Torvald’s chief executive, Lars Engqvist, responded within hours. In a post on LinkedIn, he called the rejection “disappointing but not surprising” and said Torvald remained convinced of the industrial logic of combining the two companies.

Under Britain’s takeover rules, Torvald has until Nov. 14 to make a firm offer or walk away, the so-called “put up or shut up” deadline.

Nadia Osei, an analyst at Pemberton Hale & Co., said she expected Torvald to return with an improved proposal of around 1,450 pence, noting that the Swedish group had been open about its ambition to expand in Britain and Ireland. “Everyone knows this is the opening bid. The only question is how much Torvald is prepared to pay to get the board to engage,” she said.

Brackwell, founded in Lincolnshire in 1874, employs about 4,600 people. Its largest shareholder, the investment firm Aldermoor Partners, holds 12% of the stock and has not commented publicly on the approach.""",
        [
            ("The board has considered Torvald’s", "Eleanor Voss"),
            ("disappointing but not surprising", "Lars Engqvist"),
            ("Everyone knows this is the", "Nadia Osei"),
        ],
    ),
    (
        """A Delaware judge on Monday struck down a pay package worth as much as $740 million awarded to the chief executive of Corvane Energy, ruling that the company's board had failed to negotiate at arm's length with an executive who dominated it.

In a 94-page opinion, Chancellor Miriam Castellanos of the Delaware Court of Chancery wrote that the directors had behaved less like fiduciaries than like "a supportive audience for a proposal they had no hand in shaping." She ordered the award, granted to Corvane founder and Chief Executive Raymond Kessler in 2021, to be rescinded.

The package, which critics dubbed the "moonshot grant," consisted of stock options that would vest if Corvane hit a series of revenue and market value milestones. Several of those milestones were reached within 18 months, partly because of a surge in natural gas prices.

The lawsuit was brought by a Corvane shareholder, a retired schoolteacher in Pennsylvania who owned 300 shares. Her lawyer, Ravi Menon of Leclerc, Menon & Shaw, called the ruling "a wake-up call for every board that treats its CEO as untouchable."

"Directors owe their duties to shareholders, not to the founder. The court has said that very clearly," Menon said in an interview.

Legal scholars said the decision was likely to be cited in a number of pending challenges to executive pay at founder-led companies, although its reasoning rested heavily on the specific facts of Corvane's board, four of whose seven members had personal or business ties to Kessler.

A spokeswoman for Corvane said the company was "reviewing the decision carefully and evaluating all of its options, including an appeal to the Delaware Supreme Court." Kessler did not respond to a request for comment.

The ruling comes as a number of companies have moved, or threatened to move, their legal domicile from Delaware to states such as Texas and Nevada, which critics say offer more deferential treatment of directors.

Corvane's shares fell 3% in after-hours trading. The company's board is expected to meet later this week to discuss the ruling, according to a person familiar with the matter.""",
        [
            ("a supportive audience for a", "Miriam Castellanos"),
            ("a wake-up call for every", "Ravi Menon"),
            ("Directors owe their duties to", "Ravi Menon"),
            ("reviewing the decision carefully and", "spokeswoman"),
        ],
    ),
    (
        """Ashgrove Mutual, one of the largest property insurers in the southeastern United States, reported a third-quarter net loss of $612 million on Wednesday, its worst quarterly result in more than a decade, after two hurricanes and a series of hailstorms drove claims to record levels.

The insurer said catastrophe losses in the quarter totalled $1.4 billion before reinsurance, roughly double what analysts had expected. Its combined ratio, a measure of underwriting profitability, rose to 131%, meaning it paid out $1.31 in claims and expenses for every dollar of premiums it collected.

Chief Executive Simon Achterberg described the losses as “painful but manageable” and said Ashgrove’s reinsurance program had worked as designed. Speaking to reporters after the results, he was more candid about the pressures facing the industry. “We priced for a bad year. We did not price for three bad years in a row,” he said.

Achterberg said the company would seek rate increases of between 15% and 20% in Florida and the Carolinas next year and would stop writing new policies in some coastal counties. Its “StormGuard” premium product, which offers expedited claims handling, will be withdrawn from new customers in Louisiana.

Castell & Rowe Ratings placed Ashgrove’s financial strength rating on review for a possible downgrade later in the day. In a report, the agency said the insurer’s capital position remained “adequate but noticeably thinner than a year ago,” and warned that another active hurricane season could put pressure on its solvency ratios.

A senior executive at a rival insurer, who asked not to be named because he was not authorized to discuss competitors, said Ashgrove’s problems were shared across the market. “Everyone is asking the same question, which is whether this is just a run of bad luck or the new normal,” the executive said.

State regulators have also been watching closely. The Florida Office of Insurance Regulation said in a statement that Ashgrove remained in compliance with all capital requirements and that policyholders’ claims would continue to be paid.

Ashgrove shares fell 8% in New York. The company said it would not pay a fourth-quarter dividend, the first time it has skipped a payment since it listed its shares in 2009.""",
        [
            ("painful but manageable", "Simon Achterberg"),
            ("We priced for a bad", "Simon Achterberg"),
            ("adequate but noticeably thinner than", "Castell & Rowe Ratings"),
            ("Everyone is asking the same", "senior executive at a rival insurer"),
        ],
    ),
]
