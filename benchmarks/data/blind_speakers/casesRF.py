CASES = [
    (
        """Regulator tightens disclosure norms for SME listings, raises profit threshold

SAGARPUR, March 4 (PTN) - The Capital Markets Regulatory Authority of India (CMRAI) on Tuesday tightened disclosure and eligibility norms for small and medium enterprise (SME) listings, saying a section of issuers had used the platform to raise money with little scrutiny.

Under the new framework, companies seeking to list on the SME platforms of stock exchanges will need to show an operating profit of at least Rs 1 crore in two of the three preceding financial years, and promoters will not be allowed to sell more than 20 per cent of the issue size through an offer for sale.

"The SME segment was created to give genuine small businesses access to capital, not to provide an exit route for promoters," CMRAI chairperson Radhika Menon-Iyer told reporters after the board meeting.

She said the regulator had found instances where issues were oversubscribed several hundred times on the back of what traders call the "grey market premium", only for share prices to collapse within weeks of listing.

"We have seen merchant bankers charging fees that are out of proportion to the size of the issue. That will also be examined," Menon-Iyer said, adding that a consultation paper on intermediary fees would be issued "within the next few weeks".

The board also approved a proposal to route all SME issue proceeds above Rs 50 crore through a monitoring agency, and asked exchanges to tighten the price band for the first three days of trading after listing.

Market participants broadly welcomed the move. Anil Deshpande, managing director of Sagarpur-based Kalyani Capital Advisors, said the changes were "overdue but sensible".

"There will be a short-term slowdown in the pipeline, but the quality of issuers should improve. Investors who were burnt last year will come back only if they trust the filter," he said.

However, a senior official at one of the SME-focused broking firms, who did not wish to be named, said the profitability threshold would shut out young manufacturing companies. "A company setting up a plant in a tier-3 town does not show profit in year one. These rules are written for service companies," the official said.

Western India Stock Exchange (WISE), which runs the largest SME platform in the country, said in a statement that it would "align its listing requirements with the revised framework at the earliest".

As many as 178 companies raised a combined Rs 6,100 crore on SME platforms in 2023-24, more than double the amount raised a year earlier, according to exchange data.

The SME index on WISE fell 2.3 per cent on Tuesday, underperforming the benchmark Sensitive-50, which closed 0.4 per cent higher.""",
        [
            ("The SME segment was created", "Radhika Menon-Iyer"),
            ("We have seen merchant bankers", "Radhika Menon-Iyer"),
            ("within the next few weeks", "Radhika Menon-Iyer"),
            ("overdue but sensible", "Anil Deshpande"),
            ("There will be a short-term", "Anil Deshpande"),
            ("A company setting up a", "senior official at one of the SME-focused broking firms"),
            ("align its listing requirements with", "Western India Stock Exchange"),
        ],
    ),
    (
        """Bhandari Group to demerge consumer business; Arjun Bhandari to head new entity

Priya Raghavan
Sagarpur

Bhandari Industries Ltd, the flagship of the ₹1.8 trillion Bhandari Group, on Thursday announced the demerger of its consumer products business into a separately listed company, a move analysts said could unlock value and clear the path for a generational transition at the 74-year-old conglomerate.

Under the scheme approved by the board, shareholders of Bhandari Industries will receive one share of the new company, Bhandari Consumer Brands Ltd, for every four shares held. The consumer unit, which sells packaged foods, personal care products and home cleaning brands, reported revenue of ₹14,200 crore in 2023-24.

Arjun Bhandari, 38, the younger son of group chairman Mahendra Bhandari, will be managing director of the new entity.

“The consumer business has a different capital cycle, a different talent requirement and, frankly, a different investor base from our cement and chemicals operations,” Mahendra Bhandari said on a call with analysts. “Keeping them under one roof was making neither of them as sharp as they could be.”

He said the group would not dilute its promoter holding in either company. Asked about succession, the 71-year-old said the board and the family had “a clear plan” and that he would “share it when the time is right”.

The company said in an exchange filing that the demerger was expected to be completed within 12 to 15 months, subject to approvals from shareholders, creditors and the company law tribunal.

Analysts were largely positive. “Conglomerate discounts in India have been narrowing, but the market still does not give full credit to a consumer franchise buried inside a commodity company,” said Shalini Kapoor, an analyst at Meridian Institutional Equities. She estimated the consumer business could command a valuation of 45-50 times earnings as a standalone entity.

Not everyone was convinced. A fund manager at a domestic mutual fund, who asked not to be identified because his fund holds the stock, said the scheme left open questions on royalty payments for the Bhandari brand. “Until we see the brand licence agreement, it is hard to say how much value actually moves to minority shareholders,” he said.

Shares of Bhandari Industries rose 6.8% to close at ₹2,314.50 on the Western India Stock Exchange, their biggest single-day gain since November 2022.

The group’s cement and chemicals businesses will remain in Bhandari Industries, which will be led by elder son Vikram Bhandari as vice-chairman, according to the filing. The group has also been investing in renewable energy through a separate unlisted subsidiary, which is not part of the scheme.""",
        [
            ("The consumer business has a", "Mahendra Bhandari"),
            ("Keeping them under one roof", "Mahendra Bhandari"),
            ("a clear plan", "Mahendra Bhandari"),
            ("share it when the time", "Mahendra Bhandari"),
            ("Conglomerate discounts in India have", "Shalini Kapoor"),
            ("Until we see the brand", "fund manager at a domestic mutual fund"),
        ],
    ),
    (
        """Tarangini Bank Q3 net profit rises 18% on lower provisions; slippages ease

Rohit Malhotra | Sagarpur

Tarangini Bank on Saturday reported an 18 per cent year-on-year rise in standalone net profit to Rs 4,126 crore for the October-December quarter, helped by lower provisions and steady growth in retail loans.

Net interest income, the difference between interest earned and interest expended, grew 11.4 per cent to Rs 9,870 crore. Net interest margin narrowed 12 basis points sequentially to 3.91 per cent as deposit costs continued to rise.

Gross non-performing assets fell to 1.62 per cent of advances from 1.89 per cent a year ago. Fresh slippages stood at Rs 1,420 crore, down from Rs 1,780 crore in the previous quarter.

"The worst of the unsecured lending stress is behind us. We tightened underwriting in personal loans and credit cards about nine months ago, and the newer vintages are behaving much better," managing director and chief executive officer Sanjay Venkataraman said at a post-results press conference.

Venkataraman said the bank had cut its exposure to microfinance and would not chase growth in the segment until collections normalised. "We would rather give up a few quarters of growth than take on loans we are not comfortable with," he said.

Loan growth slowed to 13 per cent, below the industry average, while deposits grew 15 per cent. The bank's credit-deposit ratio eased to 87 per cent.

On margins, chief financial officer Meera Subramanian said she expected the compression to bottom out in the fourth quarter. "Most of our high-cost term deposits were raised in 2023. As they reprice, we should see some relief on the cost side," she said, adding that any rate cut by the central bank would put "some pressure on yields in the near term" since nearly half of the bank's loan book was linked to an external benchmark.

Asked about the bank's plan to raise capital, Venkataraman said the board had approved raising up to Rs 10,000 crore through a qualified institutional placement but there was "no urgency". The capital adequacy ratio stood at 17.2 per cent, with common equity tier-1 capital of 15.1 per cent.

Harbourline Securities said in a note to clients that the results were "broadly in line" with estimates and that asset quality was "the key positive surprise". The brokerage retained its 'buy' rating on the stock with a target price of Rs 1,340.

Shares of Tarangini Bank closed 1.1 per cent higher at Rs 1,126.40 on Friday, ahead of the results.""",
        [
            ("The worst of the unsecured", "Sanjay Venkataraman"),
            ("We would rather give up", "Sanjay Venkataraman"),
            ("Most of our high-cost term", "Meera Subramanian"),
            ("some pressure on yields in", "Meera Subramanian"),
            ("no urgency", "Sanjay Venkataraman"),
            ("broadly in line", "Harbourline Securities"),
            ("the key positive surprise", "Harbourline Securities"),
        ],
    ),
    (
        """Agritech start-up KhetSetu raises $42 million led by Banyan Peak Ventures

By Neha Joshi

Hemnagar-based agritech start-up KhetSetu has raised $42 million (about ₹350 crore) in a Series C round led by Banyan Peak Ventures, with participation from existing investors Orchid Lane Capital and Saptarishi Partners.

The five-year-old company, which connects smallholder farmers with input suppliers and bulk buyers of fruit and vegetables, will use the funds to expand its network of rural collection centres from 310 to 800 and to build cold-chain capacity in three states, co-founder and chief executive Karthik Reddy said in an interview.

The round values KhetSetu at around $260 million post-money, according to two people aware of the matter.

Reddy explained the thinking behind the expansion:

“Most of the value in the fruit and vegetable chain is lost in the first fifty kilometres. A tomato farmer in our network used to lose a quarter of his crop between the field and the mandi.

“If we own the collection centre and the first cold room, we can fix that loss and also earn a margin on the produce. That is the business, really.”

The company posted revenue of ₹612 crore in FY24, up from ₹271 crore a year earlier, while its net loss narrowed to ₹88 crore from ₹131 crore, according to its filings with the Registrar of Companies.

Rahul Sethi, partner at Banyan Peak Ventures, said the firm had been tracking KhetSetu for nearly two years. “What convinced us was the unit economics at the centre level. More than 60% of their centres are contribution-positive within nine months,” he said.

The funding comes at a time when investment in Indian agritech has dropped sharply. Start-ups in the sector raised $580 million in 2023, less than half the previous year’s total, according to data from research firm TrackBharat.

Several companies that pursued rapid expansion during the 2021 funding boom have since shut operations or pivoted to asset-light models. Reddy acknowledged the concern but said KhetSetu had “never raised money to buy growth”.

“We said no to a larger round in 2021 because the valuation would have forced us to open in places we didn’t understand,” he said. “That decision hurt then. It looks smart now.”

The company plans to turn profitable at the earnings before interest, taxes, depreciation and amortisation (Ebitda) level by the end of the next financial year and is “open to an IPO in 2027 or 2028”, Reddy added, though he said no bankers had been appointed.""",
        [
            ("Most of the value in", "Karthik Reddy"),
            ("If we own the collection", "Karthik Reddy"),
            ("What convinced us was the", "Rahul Sethi"),
            ("never raised money to buy", "Karthik Reddy"),
            ("We said no to a", "Karthik Reddy"),
            ("That decision hurt then.", "Karthik Reddy"),
            ("open to an IPO in", "Karthik Reddy"),
        ],
    ),
    (
        """Trading halted for 95 minutes on WISE after technical glitch; regulator seeks report

Sagarpur, June 12

Trading in the equity and derivatives segments of the Western India Stock Exchange (WISE) was halted for about 95 minutes on Wednesday after a technical glitch affected the exchange's order-matching system, prompting the market regulator to seek a detailed report.

The halt began at 11.42 am. Trading resumed at 1.17 pm and the exchange extended market hours by an hour, to 4.30 pm, to allow participants to square off positions.

'We observed a connectivity issue with one of our primary data centre links, which affected the dissemination of price feeds to trading members,' WISE said in a statement. 'As a precaution, trading was halted. There was no impact on the integrity of trades already executed.'

The exchange said it had switched over to its disaster recovery site in Devgiri within 'the prescribed time frame'.

Brokers, however, said the communication was slow. 'For the first forty minutes, nobody knew whether the market would reopen at all. Clients were calling us and we had nothing to tell them,' said Farhan Qureshi, chief executive of Qureshi Stock Broking, a mid-sized brokerage. 'Options positions near expiry were the biggest worry.'

The Capital Markets Regulatory Authority of India (CMRAI) has asked WISE to submit a root-cause analysis within seven days, a person familiar with the development said. 'The regulator wants to know why the failover took so long when the standard operating procedure says 45 minutes,' the person said.

This is the third outage at WISE in four years. In 2021, a telecom link failure had shut trading for nearly four hours, leading to a penalty on the exchange and a reshuffle of its technology team.

The rival Indrapur Stock Exchange (ISE) continued trading through the halt, and volumes on its platform rose sharply. ISE managing director Deepak Saxena told this newspaper that his exchange had seen cash market turnover jump nearly four-fold during the window. 'We were prepared for the load. This is exactly why the market needs more than one functioning exchange,' he said.

Market veterans said the incident underlined the need for an 'interoperable' system in which positions could be moved between exchanges seamlessly.

Nandini Rao, a former executive director at the regulator, said exchanges should be required to publish downtime statistics the way airlines publish on-time performance. 'Investors have a right to know how reliable the plumbing is,' she said.

The benchmark Sensitive-50 ended 0.2 per cent lower at 23,410 after the extended session.""",
        [
            ("We observed a connectivity issue", "Western India Stock Exchange"),
            ("As a precaution, trading was", "Western India Stock Exchange"),
            ("the prescribed time frame", "Western India Stock Exchange"),
            ("For the first forty minutes", "Farhan Qureshi"),
            ("Options positions near expiry were", "Farhan Qureshi"),
            ("The regulator wants to know", "person familiar with the development"),
            ("We were prepared for the", "Deepak Saxena"),
            ("Investors have a right to", "Nandini Rao"),
        ],
    ),
    (
        """CMRAI bars Sahyadri Infraprojects promoters from markets for diverting IPO funds

By Aditya Kulkarni, Sagarpur

The Capital Markets Regulatory Authority of India (CMRAI) has barred the promoters of Sahyadri Infraprojects Ltd from the securities market for three years, after finding that nearly Rs 186 crore raised through the company's 2021 initial public offering was routed to entities linked to them.

In a 64-page order passed on Monday, whole-time member Suresh Balakrishnan said the company had made "false and misleading" disclosures in its offer document about the use of proceeds. Managing director Prakash Jadhav and his wife, director Sunita Jadhav, have also been directed to jointly bring back the diverted amount within 90 days.

"The investigation has clearly established that the objects of the issue, as disclosed to investors, were never intended to be carried out in the manner described," Balakrishnan wrote in the order.

"Instead, a substantial portion of the proceeds was transferred within days of listing to entities in which the promoters had a direct or indirect interest."

The regulator found that the money, meant for the purchase of construction equipment and for working capital, was advanced as "inter-corporate deposits" to three private firms that shared an address with the promoters' family office. None of the deposits has been repaid.

The order also imposed a penalty of Rs 5 crore on the company's statutory auditor at the time, R Natarajan & Associates, and barred the monitoring agency for the issue from taking up fresh assignments for one year.

Sahyadri Infraprojects said it would challenge the order before the Securities Appellate Tribunal. "The company has fully cooperated with the regulator throughout the investigation. We believe the order does not take into account several documents and explanations we submitted," a company spokesperson said in an emailed response.

Jadhav did not respond to calls and messages.

Shares of Sahyadri Infraprojects, which listed at a 40 per cent premium in September 2021, were locked in the 5 per cent lower circuit at Rs 38.15 on Tuesday, compared with the IPO price of Rs 120.

Securities lawyer Kavita Menon, partner at Menon Dastur & Co, said the order signalled a sharper focus on the end-use of IPO funds. "For a long time the monitoring agency report was treated as a formality. This order puts the agency and the auditor on notice as well," she said.

Retail shareholders hold about 31 per cent of the company, according to the latest shareholding pattern. An investor association, the Small Shareholders' Forum of India, said in a statement that the recovery of funds should be "time-bound and monitored" and that affected investors should be compensated from the amount recovered.""",
        [
            ("false and misleading", "Suresh Balakrishnan"),
            ("The investigation has clearly established", "Suresh Balakrishnan"),
            ("Instead, a substantial portion of", "Suresh Balakrishnan"),
            ("The company has fully cooperated", "spokesperson"),
            ("For a long time the", "Kavita Menon"),
            ("time-bound and monitored", "Small Shareholders' Forum of India"),
        ],
    ),
    (
        """Central bank holds repo rate at 6.5%, shifts stance to ‘neutral’

Gopika Nair, Indrapur

The Central Bank of Bharat (CBB) on Friday kept its key lending rate unchanged at 6.5% for the ninth straight meeting but changed its policy stance to neutral, opening the door to rate cuts as early as December.

Five of the six members of the monetary policy committee (MPC) voted to hold the repo rate, while external member Prof. Harish Chandra Mathur voted for a 25 basis point cut, governor Ashok Varadarajan said.

“Inflation has moderated meaningfully, but the last mile is proving to be sticky, particularly on account of food prices,” Varadarajan said in his policy statement. “The change in stance gives us the flexibility to act when the data allows, without pre-committing to any particular path.”

The central bank retained its GDP growth forecast for the current financial year at 7.2% and its retail inflation projection at 4.5%.

At the post-policy press conference, Varadarajan dismissed suggestions that the central bank was behind the curve. “We are not in the business of following other central banks. Our decisions are based on domestic conditions,” he said, in response to a question on recent rate cuts in advanced economies.

Deputy governor Lakshmi Narayanan said banks had been asked to review the pricing of unsecured loans and that the regulator was watching the growth of “top-up” home loans closely. “We are seeing some pockets of exuberance, and we would rather flag it early,” she said.

Economists largely expect a cut in December. “The shift to neutral is a clear signal. Unless food inflation surprises sharply on the upside, we expect a 25 bps cut in December followed by one more in February,” said Ritika Sengupta, chief economist at Pinnacle Bank.

Bond markets rallied after the announcement. The yield on the benchmark 10-year government bond fell 6 basis points to 6.74%, its lowest in more than two years, while the rupee was little changed at 83.96 to the dollar.

Mathur, in remarks made last month, had argued that keeping real rates high for too long risked “choking off” private investment at a time when capacity utilisation was improving.

Not all economists agreed a cut was imminent. Siddharth Banerjee, head of research at Lotus Asset Management, said the committee would want to see at least two months of inflation data below 4%. “Food prices have fallen from their peaks but vegetable prices are volatile. The CBB will not want to be caught out,” he said.

The next meeting of the MPC is scheduled for 4-6 December.""",
        [
            ("Inflation has moderated meaningfully, but", "Ashok Varadarajan"),
            ("The change in stance gives", "Ashok Varadarajan"),
            ("We are not in the", "Ashok Varadarajan"),
            ("We are seeing some pockets", "Lakshmi Narayanan"),
            ("The shift to neutral is", "Ritika Sengupta"),
            ("choking off", "Harish Chandra Mathur"),
            ("Food prices have fallen from", "Siddharth Banerjee"),
        ],
    ),
    (
        """PayNidhi board removes co-founder Varun Khanna as CEO after forensic audit

HEMNAGAR, Aug 21 (PTN) - The board of digital payments firm PayNidhi Technologies on Wednesday removed co-founder Varun Khanna as chief executive officer, days after a forensic audit flagged irregularities in vendor payments and related-party transactions.

Chief operating officer Ananya Bose has been named interim CEO, the company said in a statement, adding that a search for a permanent replacement would begin "immediately".

"The board has acted in the best interests of the company, its customers and its employees. PayNidhi's operations remain unaffected and all merchant settlements are being processed as usual," the statement said.

The audit, conducted by consultancy Arora Kothari & Co, was commissioned in May after an internal whistleblower complaint. According to two people familiar with the findings, it flagged payments of about Rs 48 crore to vendors linked to Khanna's relatives over three years.

Khanna, who holds about 11 per cent of the company, rejected the findings in a post on a professional networking site late on Wednesday. He wrote:

"I have built this company over nine years with my blood and sweat. The so-called audit was selective, and I was not given a fair opportunity to respond to most of its observations.

"I will pursue every legal remedy available to me."

PayNidhi, backed by investors including Sterling Bay Capital and Ironwood Growth Fund, was last valued at $1.1 billion in a 2022 funding round. It processes payments for about 2.4 million small merchants, mostly in smaller towns.

An investor on the board, who spoke on condition of anonymity, said the decision was unanimous among the other directors. "Nobody enjoyed doing this. But once the audit came in, there was really no option. The company is bigger than any one person," the investor said.

Bose, in an internal email to employees seen by PTN, said her priority was to "restore trust with our partners and regulators" and to keep product launches on schedule.

The development comes at a sensitive time. PayNidhi applied for a payment aggregator licence from the central bank in 2023 and the application is still pending. "Any governance issue at this stage will be looked at very carefully by the regulator," said Manish Agarwal, a fintech consultant and former banker.

Employees were told at a town hall on Wednesday evening that salaries and ongoing projects would not be affected, according to an employee who attended. "The mood is anxious. People are checking their ESOP statements more than their work," the employee said.""",
        [
            ("immediately", "PayNidhi Technologies"),
            ("The board has acted in", "PayNidhi Technologies"),
            ("I have built this company", "Varun Khanna"),
            ("I will pursue every legal", "Varun Khanna"),
            ("Nobody enjoyed doing this.", "investor on the board"),
            ("restore trust with our partners", "Ananya Bose"),
            ("Any governance issue at this", "Manish Agarwal"),
            ("The mood is anxious.", "employee who attended"),
        ],
    ),
]
