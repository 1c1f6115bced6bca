CASES = [
    (
        """Ashbury Bank to pay £38m to customers over overdraft charge failings

Helen Marchbank, Banking correspondent

Ashbury Bank will pay £38m in compensation to more than 210,000 customers after admitting it failed to warn people in financial difficulty that they were about to be hit with repeated overdraft charges.

The high street lender, which has 340 branches across England and Wales, said it had identified the problem during an internal review last year and had “proactively contacted” the City watchdog.

Customers who were charged unarranged overdraft fees between 2019 and 2023 while showing signs of financial strain, such as repeatedly hitting their limit or missing direct debits, will receive refunds averaging £180, plus interest.

“We fell short of the standards our customers rightly expect, and I am sorry for that,” said Ashbury’s chief executive, Marcus Delaney. “Where people were already struggling, we should have stepped in sooner and we did not.”

Delaney said the bank had since overhauled its systems so that customers who repeatedly went overdrawn would be flagged to a specialist support team. “Every affected customer will be contacted directly by the end of June. Nobody needs to use a claims management company to get their money back.”

Consumer groups said the payout was welcome but overdue. Rachel Okafor, director of policy at the campaign group Fair Money Trust, said: “This is money that was taken from people at the very moment they could least afford it. It has taken years for the bank to put this right, and customers will want to know why it took so long.”

She added that other lenders should examine their own practices: “Ashbury will not be the only bank with this problem.”

The charity StepUp Debt Advice said it had seen a rise in people seeking help with bank charges over the past 18 months. A spokesperson said: “Overdraft fees can quickly snowball. We would urge anyone who thinks they may have been affected to check their statements and get in touch with their bank.”

Penhallow Securities said in a note to clients that the compensation bill was “manageable” and would be absorbed within provisions the bank had already set aside for conduct issues.

Ashbury shares fell 1.2% in early trading in London before recovering to close flat.

The bank, which reported pre-tax profits of £1.1bn last year, said the compensation would not affect its dividend. It is the second time in three years that Ashbury has been forced to repay customers, after a £12m redress scheme in 2022 over the way it handled mortgage arrears.""",
        [
            ("proactively contacted", "Ashbury Bank"),
            ("We fell short of the", "Marcus Delaney"),
            ("Where people were already struggling,", "Marcus Delaney"),
            ("Every affected customer will be", "Marcus Delaney"),
            ("This is money that was", "Rachel Okafor"),
            ("Ashbury will not be the", "Rachel Okafor"),
            ("Overdraft fees can quickly snowball.", "spokesperson"),
            ("manageable", "Penhallow Securities"),
        ],
    ),
    (
        """Motor insurance premiums rise 9% as claims costs climb, says insurer

Ciarán Dunleavy

Motor insurance premiums in the Republic rose by an average of 9 per cent last year, driven by higher repair bills and a surge in the cost of replacement parts, according to one of the country's largest insurers.

Liffey Mutual Insurance, which covers about 420,000 drivers, said in its annual results on Tuesday that the average cost of a private motor claim had risen to €4,350, up from €3,900 a year earlier.

Its chief executive, Sinéad Collery, said the increases were "not something we take lightly" but reflected the reality of the market.

"Parts that used to arrive in a couple of days are now taking weeks, and every day a car is off the road is a day we're paying for a hire vehicle," she told reporters in Dublin. "Labour rates in garages have also gone up sharply. Those costs have to land somewhere."

Ms Collery said the company had not yet seen any meaningful reduction in personal injury awards since the introduction of new guidelines for the courts, although the number of claims settled without litigation had increased.

The figures were criticised by Consumers for Fair Cover, a lobby group representing small businesses and motorists. Its chairman, Declan Furlong, said insurers had enjoyed "a windfall" from lower injury awards and were now "finding new reasons" to keep prices high.

"Every time one cost comes down, another one seems to go up," Mr Furlong said. "Motorists are entitled to ask where the savings went. We want the regulator to publish a full breakdown of claims costs by insurer, not just industry averages."

A spokeswoman for the Minister for Finance said: "The Minister will be meeting industry representatives in the coming weeks and expects to see the benefits of reform passed on to consumers in full."

Liffey Mutual reported a pre-tax profit of €61 million for the year, compared with €48 million in 2022. Gross written premiums rose 11 per cent to €690 million, helped by growth in its commercial property business.

Ms Collery said she expected premium inflation to ease this year. "We think the worst of the parts shortage is behind us. If that holds, I would hope to see price increases moderate to low single digits by the end of the year."

Aidan Reddy, of Reddy & Walsh Insurance Brokers in Athlone, said customers were increasingly shopping around at renewal time. "We're seeing people who stayed with the same insurer for ten years ringing us for quotes now. Loyalty is gone," he said.""",
        [
            ("not something we take lightly", "Sinéad Collery"),
            ("Parts that used to arrive", "Sinéad Collery"),
            ("Labour rates in garages have", "Sinéad Collery"),
            ("a windfall", "Declan Furlong"),
            ("finding new reasons", "Declan Furlong"),
            ("Every time one cost comes", "Declan Furlong"),
            ("Motorists are entitled to ask", "Declan Furlong"),
            ("The Minister will be meeting", "spokeswoman"),
            ("We think the worst of", "Sinéad Collery"),
            ("We're seeing people who stayed", "Aidan Reddy"),
        ],
    ),
    (
        """Sahyadri Bank Q3 net profit rises 14% but unsecured loan slippages climb

Mumbai: Pune-based private lender Sahyadri Bank on Friday reported a 14% year-on-year rise in standalone net profit to Rs 1,242 crore for the October-December quarter, even as fresh slippages in its personal loan and credit card portfolios rose sharply.

Net interest income grew 11% to Rs 3,870 crore, while net interest margin narrowed by 12 basis points to 3.96%, the bank said in an exchange filing.

Gross non-performing assets (NPAs) stood at 2.31% of gross advances, compared with 2.18% in the previous quarter. Slippages in the unsecured retail book rose to Rs 612 crore from Rs 430 crore in the July-September quarter.

"We have seen some stress in the small-ticket personal loan segment, particularly among customers who have borrowed from multiple lenders," said Rajesh Venkataraman, MD & CEO, Sahyadri Bank. "We had anticipated this and tightened our underwriting from the second quarter itself. The newer cohorts are behaving much better."

Venkataraman told analysts on a post-earnings call that the bank would slow the growth of its unsecured book to "mid-teens" from over 30% last year and focus on secured products such as home loans, loans against property and gold loans.

"Our endeavour is to bring the share of unsecured loans down to below 12% of the overall book over the next six quarters. We are not chasing growth at the cost of asset quality," he said.

Chief financial officer Meenal Khare said provisions for the quarter had risen 38% to Rs 744 crore, including an additional contingency buffer of Rs 150 crore. "This is a prudent step. We would rather be conservative at this point of the cycle," Khare said.

Deposits grew 16% to Rs 3.12 lakh crore, with the share of current and savings account (CASA) deposits at 38.4%. The bank added 142 branches during the first nine months of the fiscal, taking its network to 1,918.

Analysts said the results were broadly in line with expectations. "The profit beat was driven largely by treasury gains and lower operating costs. Core performance was soft given the margin compression and higher credit costs," said Sunita Bhardwaj, banking analyst at Mumbai-based brokerage Velankar Capital.

A senior executive at a rival private bank, who did not wish to be named, said the stress in unsecured lending was "industry-wide" and was likely to persist for another two to three quarters.

Shares of Sahyadri Bank closed 1.8% lower at Rs 1,064.50 on the bourses on Friday, ahead of the results.""",
        [
            ("We have seen some stress", "Rajesh Venkataraman"),
            ("We had anticipated this and", "Rajesh Venkataraman"),
            ("mid-teens", "Rajesh Venkataraman"),
            ("Our endeavour is to bring", "Rajesh Venkataraman"),
            ("This is a prudent step.", "Meenal Khare"),
            ("The profit beat was driven", "Sunita Bhardwaj"),
            ("industry-wide", "senior executive at a rival private bank"),
        ],
    ),
    (
        """Buy now, pay later users ‘struggling to keep up’, charity warns

By Oliver Pennock, Business reporter

Nearly one in four people who use buy now, pay later (BNPL) services have missed a repayment in the past year, according to research by a debt charity.

The Clearwater Money Advice Trust surveyed 3,000 adults across the UK and found that younger shoppers were the most likely to have fallen behind, with many using the loans to pay for groceries and household bills.

The charity said BNPL had become “a lifeline for people who have run out of other options” and that many users were now “struggling to keep up” with several agreements at once. It called on the government to speed up long-delayed plans to regulate the sector.

Its chief executive, Priya Chandran, said: “People are telling us they are using one buy now, pay later loan to cover another. That is a clear sign that something has gone badly wrong.

“These products are marketed as harmless and interest-free, but for a growing number of people they are the start of a debt spiral.”

Hannah, a 26-year-old nurse from Swindon who asked for her surname not to be used, said she had run up about £1,400 across four different providers last winter.

“It felt like free money at the time. You click a button and it’s done,” she said. “It was only when the payments started coming out in the same week that I realised how much I owed.”

BNPL lets shoppers split the cost of a purchase into instalments, usually without interest if payments are made on time. Late fees vary between providers, and some firms pass missed payments on to debt collectors.

The Digital Credit Association, which represents several BNPL firms, said its members carried out “robust affordability checks” and that the vast majority of customers repaid on time.

A spokesman said: “Buy now, pay later remains a cheaper and more transparent alternative to credit cards for most users, and our members support proportionate regulation.”

A government spokesperson said legislation would be brought forward “in due course”.

Dr Fiona Raeburn, a lecturer in consumer credit at the University of Westbury, said the risk lay in borrowers taking out several agreements at once.

“The problem is not any single loan, it’s the stacking. Because these agreements are not always visible to other lenders, someone can look creditworthy on paper while juggling half a dozen repayments,” she said.

The charity’s survey found that 41% of those who had missed a payment had borrowed money from friends or family to catch up, while 12% had used a credit card.""",
        [
            ("struggling to keep up", "Clearwater Money Advice Trust"),
            ("a lifeline for people who", "Clearwater Money Advice Trust"),
            ("struggling to keep up", "Clearwater Money Advice Trust"),
            ("People are telling us they", "Priya Chandran"),
            ("These products are marketed as", "Priya Chandran"),
            ("It felt like free money", "Hannah"),
            ("It was only when the", "Hannah"),
            ("robust affordability checks", "Digital Credit Association"),
            ("Buy now, pay later remains", "spokesman"),
            ("in due course", "spokesperson"),
            ("The problem is not any", "Fiona Raeburn"),
        ],
    ),
    (
        """Health insurers face heat as claim rejections rise; regulator seeks data

NEW DELHI: The insurance regulator has asked general and standalone health insurers to submit detailed data on rejected and partially settled claims for the past three financial years, amid a sharp rise in policyholder complaints, according to people aware of the matter.

The regulator wrote to insurers last week seeking a break-up of claims rejected on grounds of non-disclosure of pre-existing diseases, waiting periods and "reasonable and customary" charges, one of the people said.

"The regulator is concerned that a large number of rejections are on technical grounds that the policyholder could never have understood at the time of buying the policy," said a senior official at a public sector general insurer, who requested anonymity.

Complaints relating to health insurance made up more than half of the 48,600 grievances received by the offices of the insurance ombudsman in 2023-24, with partial settlement and room-rent deductions among the most common issues.

Kaveri General Insurance, one of the largest private health insurers, said in a statement that it "fully supports" greater transparency. "Our claim settlement ratio stands at 94.2% by number. We have invested significantly in technology to ensure faster and fairer settlement of claims," the company said.

Policyholders, however, say the experience on the ground is different. Anirudh Phadke, a 58-year-old retired schoolteacher from Nagpur, had his claim for a cataract surgery partially rejected last year.

"I paid premium for eleven years without making a single claim. When I finally needed it, they told me the room rent was above the limit and cut nearly 40% of the bill," Phadke said.

Kavita Iyer, founder of Mumbai-based insurance advisory firm Suraksha Policy Clinic, said many buyers did not read the fine print, but the industry "cannot hide behind the policy wording".

"Sub-limits, co-payments and proportionate deductions are explained in thirty pages of legal language. Insurers need to put the key exclusions on a single page in plain Hindi, Marathi or whatever language the customer speaks," she said.

The Association of Indian General Insurers, the industry body, said in a statement: "Rejections are a small fraction of total claims. But we agree that communication to customers needs to improve, and member companies are working on it."

Health insurance premiums collected by non-life insurers grew 19% to Rs 1.08 lakh crore in 2023-24, making it the largest segment of the general insurance market, ahead of motor.""",
        [
            ("The regulator is concerned that", "senior official at a public sector general insurer"),
            ("fully supports", "Kaveri General Insurance"),
            ("Our claim settlement ratio stands", "Kaveri General Insurance"),
            ("I paid premium for eleven", "Anirudh Phadke"),
            ("cannot hide behind the policy", "Kavita Iyer"),
            ("Sub-limits, co-payments and proportionate deductions", "Kavita Iyer"),
            ("Rejections are a small fraction", "Association of Indian General Insurers"),
        ],
    ),
    (
        """Bank of Connacht to close 22 branches in rural shake-up

Niamh Gallagher, Business Reporter

Bank of Connacht is to close 22 of its branches, mostly in rural towns across the west and midlands, in a move described by local representatives as “a body blow” to communities already losing services.

The lender said the branches, which will shut in phases from September, had seen footfall fall by more than 60pc since 2019 as customers moved to online and mobile banking.

In a statement, the bank said: “Our customers are telling us, through the way they bank, that their needs have changed. Fewer than one in ten transactions now take place in a branch.”

It said all 140 staff in the affected branches would be offered roles elsewhere in the bank, and that customers would be able to carry out basic transactions at post offices under an existing agreement.

Chief executive Conor Hennessy said the decision had not been taken lightly. “We know that for some customers, particularly older people, the local branch matters a great deal. That’s why we are putting mobile banking units on the road and expanding our phone support,” he said.

But Independent TD Tomás Kilbride, whose constituency includes three of the towns affected, said the closures would hit elderly customers and small businesses hardest.

“In Glenmoyle, the nearest branch after this will be a 40-minute drive away. There’s no bus. What is an 80-year-old farmer supposed to do?” he said.

“The bank was happy enough to take the support of the taxpayer when it needed it. It has a duty to these communities now.”

Bernadette Loughnane, who runs a hardware shop in Glenmoyle, said she lodges cash takings twice a week.

“I’ll have to close the shop for half a day just to go to the bank. Or carry cash around in the car, which I’m not happy about,” she said.

The Bank Workers’ Union said it had not been consulted before the announcement. General secretary Fergal Moran said the union would be seeking “urgent engagement” with management over staff transfers.

A spokesman for the Department of Finance said the Minister had been informed of the decision in advance and “expects the bank to honour its commitments on access to cash”.

Bank of Connacht reported after-tax profits of €412m last year, up from €287m, on the back of higher interest rates. It will retain 61 branches after the closures.""",
        [
            ("a body blow", "local representatives"),
            ("Our customers are telling us,", "Bank of Connacht"),
            ("We know that for some", "Conor Hennessy"),
            ("In Glenmoyle, the nearest branch", "Tomás Kilbride"),
            ("The bank was happy enough", "Tomás Kilbride"),
            ("I’ll have to close the", "Bernadette Loughnane"),
            ("urgent engagement", "Fergal Moran"),
            ("expects the bank to honour", "spokesman"),
        ],
    ),
    (
        """Harcourt Insurance swings to loss after storm claims hit £240m

Harcourt Insurance Group has swung to a first-half loss after a run of winter storms and flash floods left it facing £240m of weather-related claims, more than double its budget.

The FTSE 250 insurer reported a pre-tax loss of £31m for the six months to June, compared with a profit of £96m a year earlier. Its shares fell 7 per cent to 312p.

"This has been one of the most severe periods for weather claims we have seen in more than a decade," said Alistair Pryce, Harcourt's chief executive. "Our underlying business is in good shape. Premium income is up, retention is strong and our motor book has returned to profitability."

Pryce told reporters on a call that the group would review its reinsurance arrangements ahead of the January renewal season, but insisted the losses were "within the range of outcomes" the board had planned for.

Gross written premiums rose 8 per cent to £1.47bn. The combined ratio, a key measure of underwriting profitability where a figure above 100 per cent indicates a loss, deteriorated to 104.6 per cent from 93.2 per cent.

Finance director Gemma Stroud said home insurance premiums would continue to rise. "Rebuild costs remain elevated and the frequency of severe weather events is clearly increasing. We have to price for that," she said.

According to Kieran Walsh, an analyst at the stockbroker Lytham Brooke, the results raised questions about Harcourt's pricing discipline. "Weather is weather, but some of their peers had a much better half in the same conditions. The market will want reassurance that this is not a structural underpricing issue," he said.

The company said the interim dividend would be held at 6.2p a share and that its solvency ratio remained comfortably above its target range at 178 per cent.

The National Flood Householders Forum said insured households in high-risk areas were already facing "eye-watering" premium rises. Its chair, Janet Ellery, whose home in Lower Stourford, Worcestershire, has flooded twice since 2020, said: "People who have been flooded twice are now being quoted £3,000 or more for cover, if they can get it at all. Something has to give."

Harcourt said it expected weather claims in the second half to return to more normal levels, barring further major events.""",
        [
            ("This has been one of", "Alistair Pryce"),
            ("Our underlying business is in", "Alistair Pryce"),
            ("within the range of outcomes", "Alistair Pryce"),
            ("Rebuild costs remain elevated and", "Gemma Stroud"),
            ("Weather is weather, but some", "Kieran Walsh"),
            ("eye-watering", "National Flood Householders Forum"),
            ("People who have been flooded", "Janet Ellery"),
        ],
    ),
    (
        """Microfinance lenders tighten norms as borrower overleveraging spreads in Bihar, Odisha

Kolkata, March 14: Microfinance institutions (MFIs) have sharply cut disbursements in parts of Bihar and Odisha after a spike in defaults among borrowers with loans from four or more lenders, industry executives said.

Collection efficiency in some districts has fallen to below 90% from 98-99% a year ago, according to data compiled by the Microfinance Lenders’ Network of India (MLNI), a self-regulatory body.

“The problem is overleveraging, plain and simple. A woman with a household income of Rs 12,000 a month should not be servicing five loans,” said Subrata Ghoshal, managing director of Kolkata-based Uttaran Microfinance.

MLNI chief executive Harish Kamath said the network’s revised code of conduct, which caps the number of lenders to a single borrower at three, would come into force from April 1. “Members who do not comply will face action, including suspension of membership,” he said.

In Ganjam district, loan officers said they faced resistance from borrowers during collection visits. “Some villages, we cannot even enter now. People say the loan waiver is coming, so why should they pay,” said a field officer with a Bhubaneswar-based MFI, who did not want to be identified.

The MLNI said in an advisory to members that rumours of a loan waiver were “baseless” and urged lenders to work with district administrations to counter misinformation.

Sabita Pradhan, who runs a small tailoring unit in Berhampur, said she had taken loans from three MFIs to expand her business and to pay for her daughter’s wedding. “When the shop was doing well it was fine. Then my husband fell ill and I had to borrow from a fourth company to pay the others,” she said.

In a report released on Tuesday, rating agency Kesari Ratings said gross NPAs of the microfinance sector could rise to 5.5-6% by the end of the fiscal, and that smaller MFIs with concentrated portfolios were “most vulnerable”.

“We expect the stress to peak in the first half of next fiscal, after which the tighter guardrails should start to show results,” said Ritu Agarwal, senior director, Kesari Ratings.

A senior official in the Odisha cooperation department said the state had “no plans whatsoever” to announce any waiver of microfinance loans.

The microfinance sector’s gross loan portfolio stood at Rs 4.3 lakh crore at the end of December, with Bihar, Tamil Nadu and Uttar Pradesh accounting for the largest share of outstanding loans.""",
        [
            ("The problem is overleveraging, plain", "Subrata Ghoshal"),
            ("Members who do not comply", "Harish Kamath"),
            ("Some villages, we cannot even", "field officer with a Bhubaneswar-based MFI"),
            ("baseless", "Microfinance Lenders’ Network of India"),
            ("When the shop was doing", "Sabita Pradhan"),
            ("most vulnerable", "Kesari Ratings"),
            ("We expect the stress to", "Ritu Agarwal"),
            ("no plans whatsoever", "senior official in the Odisha cooperation department"),
        ],
    ),
]
