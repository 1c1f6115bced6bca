CASES = [
    (
        """Kaveri Cements Q2 net profit jumps 23% to Rs 318 crore on higher realisations

Our Bureau

Chennai: Kaveri Cements Ltd on Tuesday reported a 23 per cent year-on-year rise in consolidated net profit to Rs 318.4 crore for the quarter ended September 30, helped by firmer cement prices in the southern markets and lower fuel costs.

Revenue from operations rose 11.6 per cent to Rs 3,142 crore from Rs 2,815 crore in the year-ago period, the company said in a regulatory filing to the stock exchanges. EBITDA per tonne improved to Rs 1,086 from Rs 912 a year earlier.

"Demand in Tamil Nadu and Karnataka held up better than we expected despite an extended monsoon, and we were able to pass on part of the price increase taken in July," said Raghavan Srinivasan, managing director of Kaveri Cements. "Our kiln fuel mix has shifted further towards pet coke and alternative fuels, and that has cushioned us against the volatility in imported coal."

Sales volumes for the quarter stood at 5.9 million tonnes, up 6 per cent. Capacity utilisation was 71 per cent, against 68 per cent a year ago.

The board approved an interim dividend of Rs 4 per share and fixed November 8 as the record date.

On the capacity front, Srinivasan told analysts on a post-earnings call that the 3-million-tonne grinding unit at Tuticorin was "on track for commissioning by the end of the fourth quarter", and that the company would not take on fresh debt for the project. Net debt stood at Rs 1,240 crore at the end of September, down from Rs 1,610 crore in March.

Chief financial officer Meena Ramaswamy said the company expected freight costs to remain elevated. "Rail rake availability has been patchy since August. We are moving more volumes by road in the short term, and that will show in the third-quarter numbers," she said.

Analysts were broadly positive. "The margin beat was driven largely by cost, not price, which makes it more durable," said Ankit Bhargava, research analyst at Sterling Capital Securities. He retained a 'buy' rating with a target price of Rs 1,420, but cautioned that a price war in Andhra Pradesh "could not be ruled out" as new capacity came on stream in the region.

Another analyst at a domestic brokerage, who did not wish to be named, said the company's balance sheet deleveraging was "the real story" of the quarter.

Shares of Kaveri Cements closed 3.2 per cent higher at Rs 1,268.50 on the BSE ahead of the results, while the benchmark Sensex gained 0.4 per cent.""",
        [
            ("Demand in Tamil Nadu and", "Raghavan Srinivasan"),
            ("Our kiln fuel mix has", "Raghavan Srinivasan"),
            ("on track for commissioning by", "Raghavan Srinivasan"),
            ("Rail rake availability has been", "Meena Ramaswamy"),
            ("The margin beat was driven", "Ankit Bhargava"),
            ("could not be ruled out", "Ankit Bhargava"),
            ("the real story", "analyst at a domestic brokerage"),
        ],
    ),
    (
        """Sebi bars Ashoka Agro promoters from market for two years over fund diversion

Nikhil Deshpande | Mumbai

The Securities and Exchange Board of India (Sebi) has barred the promoters of Ashoka Agro Industries and four others from the securities market for two years, after finding that over Rs 260 crore raised through a preferential issue was routed to related entities instead of being used for the stated purpose.

In a 74-page order passed on Friday, Sebi whole-time member Harish Venkataraman said the company had “systematically misrepresented” the use of proceeds to its shareholders across three financial years.

“The material on record clearly establishes that the funds were never intended to be deployed towards the cold-chain project disclosed in the offer document,” the regulator said in the order. “Instead, within days of receipt, they were transferred in tranches to entities in which the promoters or their relatives held a controlling interest.”

The regulator has also directed promoters Dinesh Agarwal and Sunita Agarwal to jointly pay a penalty of Rs 12 crore and to bring back Rs 186 crore to the company within 90 days.

The order follows a forensic audit commissioned by the regulator in 2022 after a complaint from a minority shareholder. According to the order, the forensic auditor found that at least 17 vendors named in the company’s books had either no operations or shared addresses with promoter-group firms.

Venkataraman noted that the company’s then statutory auditor had flagged the related-party transactions but had “chosen to qualify rather than resign”. Sebi has issued a separate show-cause notice to the audit firm.

In a statement to the exchanges, Ashoka Agro said it was “studying the order” and would consider its legal options, including an appeal before the Securities Appellate Tribunal (SAT). “The company has cooperated fully with the investigation and believes that several of the findings are based on an incomplete reading of the transactions,” it said.

Dinesh Agarwal did not respond to calls and messages seeking comment.

Legal experts said the order signalled a tougher approach to preferential allotments, which have come under the regulator’s scrutiny in recent years.

“Sebi is no longer content with disgorgement alone. Directing promoters to restore money to the company itself puts the minority shareholder back at the centre,” said Priya Menon, partner at Menon Rao & Associates, a Mumbai-based law firm.

Shares of Ashoka Agro were locked in the 5 per cent lower circuit at Rs 48.20 on the NSE on Monday. The stock has fallen nearly 60 per cent since the regulator’s interim order in March last year.""",
        [
            ("systematically misrepresented", "Harish Venkataraman"),
            ("The material on record clearly", "Securities and Exchange Board of India"),
            ("Instead, within days of receipt,", "Securities and Exchange Board of India"),
            ("chosen to qualify rather than", "Harish Venkataraman"),
            ("studying the order", "Ashoka Agro Industries"),
            ("The company has cooperated fully", "Ashoka Agro Industries"),
            ("Sebi is no longer content", "Priya Menon"),
        ],
    ),
    (
        """NCLT admits Suryodaya Steel Tubes into insolvency on lenders' plea

The Ahmedabad bench said the lenders had established a default of over ₹1,150 crore

Aditi Sharan

MUMBAI: The National Company Law Tribunal (NCLT) on Wednesday admitted Gujarat-based Suryodaya Steel Tubes Ltd into the corporate insolvency resolution process (CIRP), rejecting the company's argument that a one-time settlement offer made to its lenders was still under consideration.

The Ahmedabad bench, comprising judicial member Ramesh Chandra Joshi and technical member Anil Kumar Sethi, appointed Vivek Narula as the interim resolution professional (IRP) and declared a moratorium on legal proceedings against the company.

The petition was filed under Section 7 of the Insolvency and Bankruptcy Code (IBC) by Sahyadri Bank Ltd, the lead lender of a consortium of six banks.

"The existence of debt and default is not in dispute. A mere offer of settlement, which has not been accepted by the financial creditor, cannot be a ground to keep the application in abeyance," the bench said in its order.

Senior advocate Jatin Desai, appearing for Suryodaya, had argued that the company had offered ₹640 crore as a one-time settlement in January, and that admission would "destroy value" for all stakeholders at a time when demand for steel pipes was recovering. The tribunal was not persuaded.

The company, which makes welded and seamless pipes for the oil and gas and water infrastructure sectors, has been struggling since 2021, when a large export order to West Asia was cancelled. Its plant at Bharuch has been running at below 40% capacity for over a year, according to the petition.

A senior executive at the lead bank said lenders had waited long enough. "We gave the promoters three extensions to bring in fresh equity. Every time, the money was promised and never came," the executive said, requesting anonymity as the matter is sub judice.

Promoter and managing director Hemant Parikh said the company would challenge the order before the National Company Law Appellate Tribunal (NCLAT).

"We are disappointed. The settlement offer was serious and backed by an investor. We believe lenders would have recovered far more through it than they will through a resolution process," Parikh said in a statement.

Insolvency professionals said the case would test whether lenders could extract value from a mid-sized manufacturing asset in a cyclical sector.

"The plant is relatively new and the location is good, so there should be interest from strategic buyers," said Sneha Kapadia, a partner at restructuring advisory firm Kapadia Insolvency Services. "But the longer it stays shut, the faster the value erodes. The IRP's first job is to keep it running."

According to data from the Insolvency and Bankruptcy Board of India (IBBI), average recovery for financial creditors in resolved cases stood at about 32% of admitted claims as of March.""",
        [
            ("The existence of debt and", "National Company Law Tribunal"),
            ("destroy value", "Jatin Desai"),
            ("We gave the promoters three", "senior executive at the lead bank"),
            ("We are disappointed. The settlement", "Hemant Parikh"),
            ("The plant is relatively new", "Sneha Kapadia"),
            ("But the longer it stays", "Sneha Kapadia"),
        ],
    ),
    (
        """RBI's Iyengar flags 'pockets of stress' in small unsecured loans, asks NBFCs to tighten underwriting

Our Bureau

Mumbai

Reserve Bank of India (RBI) Deputy Governor Anuradha Iyengar on Thursday flagged "pockets of stress" in small-ticket unsecured loans and asked non-banking financial companies (NBFCs) to revisit their underwriting standards, particularly for loans sourced through digital lending partners.

Speaking at an event organised by the Association of Retail Lenders of India here, Iyengar said the regulator was not seeing any systemic risk, but that early delinquency trends warranted attention.

"Let me be clear that the overall asset quality of the sector remains comfortable. But when we look at loans below ₹50,000, especially those originated through fintech partners, the 90-day delinquency numbers for recent vintages are rising faster than we would like," she said.

Iyengar said some lenders had been "chasing growth for its own sake" and had handed over critical credit decisions to algorithms they did not fully understand.

"The boards of these entities cannot plead ignorance. If a model is approving a loan, the board owns that decision," she said.

"We will not hesitate to act where we find that customer protection has been compromised."

She referred to a recent RBI staff paper, "Digital Lending: Emerging Risks and Safeguards", which found that nearly one in five borrowers of small personal loans had taken three or more such loans within six months.

Rajiv Khandelwal, chairman of the association and managing director of Shubh Laxmi Finance, said the industry had already begun to correct course. "Most of our members have cut their exposure to first-time borrowers over the last two quarters. The data the Deputy Governor referred to largely reflects loans originated a year ago," he told reporters on the sidelines of the event.

He added that the sector needed "clear and consistent" rules on default loss guarantee arrangements with fintech firms, which he said had been interpreted differently by different lenders.

An executive at a large private sector bank who attended the session said the message was aimed as much at banks as at NBFCs. "Banks are the ones funding these NBFCs. If the stress spreads, it comes straight back to our books," the executive said.

According to credit bureau data presented at the event, the share of personal loans below ₹50,000 that were 31-90 days past due rose to 7.4 per cent in March from 5.9 per cent a year earlier.

The RBI had last year raised risk weights on unsecured consumer credit and on bank loans to NBFCs by 25 percentage points, a move that slowed growth in the segment. Shares of listed microfinance and consumer lenders ended mixed on Thursday.""",
        [
            ("pockets of stress", "Anuradha Iyengar"),
            ("pockets of stress", "Anuradha Iyengar"),
            ("Let me be clear that", "Anuradha Iyengar"),
            ("chasing growth for its own", "Anuradha Iyengar"),
            ("The boards of these entities", "Anuradha Iyengar"),
            ("We will not hesitate to", "Anuradha Iyengar"),
            ("Most of our members have", "Rajiv Khandelwal"),
            ("clear and consistent", "Rajiv Khandelwal"),
            ("Banks are the ones funding", "executive at a large private sector bank"),
        ],
    ),
    (
        """Sahyadri Infotech Q4: Net profit falls 4% as BFSI clients defer spending; FY guidance muted

Bengaluru, April 18

Sahyadri Infotech, the country's seventh-largest software services exporter by revenue, on Thursday reported a 4.2% sequential decline in consolidated net profit to ₹1,084 crore for the March quarter, as clients in banking and financial services held back on discretionary technology spending.

Revenue in constant currency terms fell 1.1% quarter-on-quarter to $1.42 billion, below the Street's estimate of a flat quarter. Operating margin contracted 60 basis points to 17.8%.

The company guided for revenue growth of 2-4% in constant currency for the current financial year, the weakest outlook it has given since 2017.

"Clients are not cancelling programmes, but they are taking much longer to sign off on new ones. Decision cycles that used to take six weeks are now taking four months," chief executive officer Nandini Hegde told reporters at a press conference in Bengaluru.

Hegde said the deal pipeline remained "healthy", with total contract value of large deals at $2.1 billion for the quarter, up 14% from a year ago. Much of that, however, is cost-takeout and vendor consolidation work that ramps up slowly.

"We are winning share, but the nature of the spend has changed. Customers want to do more with less, and they want AI embedded in everything," she said. "Our job is to make sure we are the partner that helps them save money today and transform tomorrow."

Chief financial officer Sudhir Pai said the company would protect margins through pyramid optimisation and lower subcontractor costs, and ruled out layoffs. Asked about wage hikes, he said the company would roll out increments "in a phased manner" from July, without giving figures.

Attrition on a last-twelve-month basis declined to 12.6% from 13.9% in the previous quarter. Headcount fell by 1,830 to 1,14,270.

The board recommended a final dividend of ₹22 per share.

Brokerages were lukewarm. In a note to clients, Hanuman Securities said the guidance "leaves little room for error" and cut its earnings estimates for the next two years by 3-5%. "We see limited upside until discretionary spending revives, which is unlikely before the second half," the brokerage said.

Rohit Sanghvi, head of research at Pinnacle Equities, was more constructive. "The deal wins are real. If macro conditions ease even slightly, conversion could be quicker than the guidance implies," he said.

The stock ended 1.3% lower at ₹1,612 on the NSE before the results were announced.""",
        [
            ("Clients are not cancelling programmes,", "Nandini Hegde"),
            ("healthy", "Nandini Hegde"),
            ("We are winning share, but", "Nandini Hegde"),
            ("Our job is to make", "Nandini Hegde"),
            ("in a phased manner", "Sudhir Pai"),
            ("leaves little room for error", "Hanuman Securities"),
            ("We see limited upside until", "Hanuman Securities"),
            ("The deal wins are real.", "Rohit Sanghvi"),
        ],
    ),
    (
        """Lenders approve Rs 4,810-crore bid by Vindhya Infrastructure for bankrupt Meghdoot Power

Kolkata | New Delhi: The committee of creditors (CoC) of bankrupt Meghdoot Power Ventures has approved a Rs 4,810-crore resolution plan submitted by Vindhya Infrastructure, paving the way for the 1,320-MW thermal power plant in Odisha to change hands more than three years after it was dragged into insolvency.

The plan received 78.4 per cent of the votes, above the 66 per cent threshold required under the Insolvency and Bankruptcy Code, people aware of the matter said. Lenders have admitted claims of about Rs 14,300 crore, implying a haircut of around 66 per cent.

"It is not a great recovery, but it is the best bid on the table after two rounds of the challenge mechanism. The alternative was liquidation, which would have fetched a fraction of this," said a senior banker with one of the lenders in the consortium.

The plan includes an upfront cash payment of Rs 3,100 crore, with the balance paid over three years. Two public sector banks, which together hold about 18 per cent of the debt, voted against the plan, according to two people familiar with the voting.

One of them said the dissenting lenders had wanted a larger upfront component. "There was a view that the deferred payments are back-ended and not adequately secured," the person said.

Resolution professional Sanjay Bhattacharya confirmed the approval. "The plan has been approved by the requisite majority and will be filed with the Cuttack bench of the NCLT shortly," he said in an emailed response. He declined to comment on the details of the plan, citing confidentiality obligations.

Vindhya Infrastructure, which operates coal mines and two power plants in Madhya Pradesh and Chhattisgarh, said in a statement it was "pleased with the confidence shown by the lenders" and would invest an additional Rs 1,200 crore to restore the plant to full capacity within 18 months.

"Meghdoot is a well-located asset with a long-term power purchase agreement in place. We see strong synergies with our existing coal linkages," Vindhya Infrastructure chairman Arvind Choudhary said.

The plant has been operating at around 35 per cent capacity since 2022 because of coal supply disruptions and working capital shortages. Its two units were commissioned in 2015 and 2016.

Two other bidders, including a consortium backed by a West Asian sovereign fund, had participated in the first round but dropped out during the challenge mechanism.

Analysts say the power sector's improving fundamentals have revived interest in stressed thermal assets. "Peak demand is hitting record highs every summer, and almost no new private thermal capacity was built for close to a decade. Operational plants are suddenly worth a lot more," said Kavita Rao, director at Mercury Ratings.""",
        [
            ("It is not a great", "senior banker with one of the lenders in the consortium"),
            ("There was a view that", "person familiar with the voting"),
            ("The plan has been approved", "Sanjay Bhattacharya"),
            ("pleased with the confidence shown", "Vindhya Infrastructure"),
            ("Meghdoot is a well-located asset", "Arvind Choudhary"),
            ("Peak demand is hitting record", "Kavita Rao"),
        ],
    ),
    (
        """CCI slaps ₹312-crore penalty on Morbi tile makers for price cartel

Rohan Dave, New Delhi

The Competition Commission of India (CCI) has imposed penalties totalling ₹312 crore on nine ceramic tile manufacturers and their trade body for colluding to fix prices and limit supply, in one of its largest cartel orders in the building materials sector.

In its 118-page final order, the competition watchdog said the companies, all based in and around Morbi in Gujarat, had used meetings of the Saurashtra Vitrified Tile Manufacturers’ Association to coordinate price increases between 2019 and 2022.

“The evidence, including WhatsApp messages exchanged among senior executives, establishes a clear meeting of minds to raise prices in lockstep and to curtail production during periods of weak demand,” the CCI said.

The largest penalty, of ₹88 crore, was imposed on Shreeji Ceratech. The association was fined ₹4.2 crore, and its former president, Bhavesh Patel, was held personally liable along with 14 other office-bearers and executives.

According to the order, a message sent by an association office-bearer to members in October 2020 read: “All members to implement ₹5 per sq ft increase from Monday. No exceptions. Those who undercut will face consequences.”

The probe was triggered by a complaint from a group of builders in Ahmedabad, who alleged that prices had risen sharply and uniformly despite falling gas costs.

Shreeji Ceratech said it would appeal the order before the National Company Law Appellate Tribunal (NCLAT). “We have always priced our products independently based on input costs and market conditions. The order relies on selective readings of informal conversations,” a company spokesperson said.

Patel, who has since stepped down as president, said the association had acted in the interest of small manufacturers hit by soaring fuel costs.

“Hundreds of units in Morbi were on the verge of closing during the gas price spike. We discussed the crisis openly, as any industry body would.

“At no point did the association force any member to raise prices. We will present our case before the appellate tribunal,” he said.

Competition lawyers said the order reinforced the CCI’s growing reliance on digital evidence. “Electronic communications have become the backbone of cartel enforcement in India,” said Aarti Sinha, partner at Sinha & Khanna Law Offices. “Trade associations need to understand that a group chat is not a private room.”

The commission has also directed the companies and the association to cease and desist from anti-competitive conduct and to file compliance reports within 60 days. It gave the firms 60 days to deposit the penalty amounts.""",
        [
            ("The evidence, including WhatsApp messages", "Competition Commission of India"),
            ("All members to implement ₹5", "association office-bearer"),
            ("We have always priced our", "spokesperson"),
            ("Hundreds of units in Morbi", "Bhavesh Patel"),
            ("At no point did the", "Bhavesh Patel"),
            ("Electronic communications have become the", "Aarti Sinha"),
            ("Trade associations need to understand", "Aarti Sinha"),
        ],
    ),
    (
        """Kestrel Airways insolvency: NCLAT declines interim relief to promoters; lessors press for return of jets

Pooja Nair, New Delhi

The National Company Law Appellate Tribunal (NCLAT) on Monday declined to stay insolvency proceedings against cash-strapped regional carrier Kestrel Airways, dealing a blow to its promoters, who had argued that the airline could be revived with fresh funding from a Singapore-based investor.

A two-member bench of the tribunal said the promoters had not placed "any tangible material" on record to support their claim that funds were imminent, and listed the matter for final hearing on July 22.

"An appeal cannot become a device to stall a process which the statute mandates to be time-bound," the bench observed.

Kestrel, which operated a fleet of 14 turboprop aircraft on regional routes in south and west India, stopped flying in February after lessors began repossessing planes over unpaid rentals. It owes about ₹2,350 crore to banks, lessors, oil marketing companies and airport operators, according to claims filed with the interim resolution professional.

The Directorate General of Civil Aviation (DGCA) has since suspended the airline's air operator certificate.

Appearing for the promoters, senior advocate Kiran Bhat told the tribunal that the investor, Merlion Aviation Partners, had signed a term sheet to infuse $60 million. "My clients are not seeking to escape the Code. They are asking for eight weeks to bring in money that will save 1,900 jobs," he said.

The bench was unmoved. Counsel for the lessors said the airline had given similar assurances "at least four times" since last October.

Separately, an aircraft lessor with six planes stuck with Kestrel said it had written to the DGCA seeking deregistration under the Cape Town Convention. "We have been waiting more than three months. Every day the aircraft sit grounded, they lose value and maintenance records become harder to reconstruct," a senior executive at the leasing company told this newspaper.

Kestrel's founder and chairman Thomas Varghese, in a message to employees seen by this newspaper, said he remained hopeful. He wrote:

"The last few months have been the hardest of my life. I know many of you have not been paid on time, and I take full responsibility for that.

"But I have not given up on Kestrel, and neither should you. We will fight this in every forum available to us."

Industry observers said the case highlighted how difficult it is to revive an airline once it enters insolvency. "Airlines are essentially slots, people and aircraft. Once the aircraft go back and the slots are reallocated, there is very little left to resolve," said Aniruddh Joshi, an aviation consultant and former airline executive.

Kestrel is the third Indian carrier to enter insolvency proceedings in five years.""",
        [
            ("any tangible material", "National Company Law Appellate Tribunal"),
            ("An appeal cannot become a", "National Company Law Appellate Tribunal"),
            ("My clients are not seeking", "Kiran Bhat"),
            ("at least four times", "counsel for the lessors"),
            ("We have been waiting more", "senior executive at the leasing company"),
            ("The last few months have", "Thomas Varghese"),
            ("But I have not given up", "Thomas Varghese"),
            ("Airlines are essentially slots, people", "Aniruddh Joshi"),
        ],
    ),
]
