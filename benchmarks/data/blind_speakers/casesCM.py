CASES = [
    (
        """BENGALURU: Lending startup Kredora Technologies has raised $42 million in a Series C round led by Singapore-based Palmvine Capital, with participation from existing investors Auroch Ventures and Saffronleaf Partners, the company said on Tuesday.

The round values the six-year-old company at about $310 million, two people aware of the matter said, asking not to be named.

Kredora, which offers working-capital loans to small retailers through a network of distributors, will use the money to expand into 40 new cities and build out its co-lending partnerships with non-banking financial companies (NBFCs), co-founder and chief executive Rohan Mehrotra said in an interview.

"We have been profitable on a monthly basis since October, so this is not money to burn. It is money to grow the book carefully," Mehrotra said. "The retailer in a tier-3 town has been underserved for decades, and distributors already know who pays on time."

The company's loan book stood at ₹1,150 crore at the end of December, up from ₹640 crore a year earlier, according to an investor presentation reviewed by this newspaper. Gross non-performing assets were 2.1%, the presentation showed.

Palmvine Capital partner Ishita Varadarajan, who will join Kredora's board, said the firm was drawn to what she called "unusually disciplined underwriting" for a company of its size.

"Most lenders at this stage chase disbursement numbers. Rohan and his team chose to slow down in 2022 when credit costs spiked, and that told us a lot," she said.

The funding comes at a time when digital lenders are under closer watch from the Reserve Bank of India (RBI), which last year raised risk weights on unsecured consumer credit and tightened rules on default loss guarantee arrangements.

Mehrotra said the tighter rules had helped rather than hurt. "Frankly, the regulator has cleaned up the field. The players who were lending without skin in the game are gone," he said.

Analysts, however, caution that small-business credit remains vulnerable to a slowdown in consumption. "The segment looks healthy today, but asset quality in MSME lending tends to turn quickly when demand softens," said Kavya Raghunathan, senior analyst at Mumbai-based research firm Tridhara Insights.

Kredora, founded in 2018 by Mehrotra and former banker Sameer Dhillon, counts about 2.3 lakh retailers as borrowers. It plans to double headcount in its risk and collections teams to 600 by March 2025, Dhillon said, adding that the company was "not in any hurry" to list on the stock exchanges.

Saffronleaf Partners declined to comment.""",
        [
            ("We have been profitable on", "Rohan Mehrotra"),
            ("The retailer in a tier-3", "Rohan Mehrotra"),
            ("unusually disciplined underwriting", "Ishita Varadarajan"),
            ("Most lenders at this stage", "Ishita Varadarajan"),
            ("Frankly, the regulator has cleaned", "Rohan Mehrotra"),
            ("The segment looks healthy today", "Kavya Raghunathan"),
            ("not in any hurry", "Sameer Dhillon"),
        ],
    ),
    (
        """New Delhi, Feb 14 (PTI) The Securities and Exchange Board of India (Sebi) on Wednesday barred Halcyon Agritech Ltd and three of its promoters from the securities market for two years for allegedly diverting funds raised through a preferential issue.

The regulator also directed the company's promoters, including chairman Vinod Kumar Bhandari and his son and managing director Akshay Bhandari, to jointly deposit Rs 86.4 crore in an interest-bearing escrow account within 45 days.

In its 52-page interim order, Sebi said the company had "routed a substantial portion of the proceeds to entities connected to the promoters under the guise of advances for procurement".

"The material available on record prima facie indicates a deliberate scheme to mislead shareholders about the end use of the funds," the order said.

Whole-time member Ramesh Chandra Nair, who passed the order, noted that at least 11 of the 17 suppliers who received advances shared addresses, directors or bank accounts with promoter group companies.

"Such a pattern cannot be dismissed as coincidence," Nair wrote, adding that the regulator's examination was continuing and that a forensic auditor would be appointed to scrutinise the company's books for the financial years 2020-21 to 2023-24.

Halcyon Agritech, which makes crop protection chemicals and is listed on the BSE and NSE, raised Rs 210 crore through a preferential allotment of shares in 2022, saying it would use the money to set up a formulation plant in Gujarat and for working capital.

In a regulatory filing late on Wednesday, the company said it was "studying the order" and would take appropriate legal steps.

"The company has always complied with applicable laws and disclosure requirements. We are confident that we will be able to satisfactorily address all the observations of the regulator," Halcyon Agritech said in the filing.

The company's shares closed 4.6 per cent lower at Rs 318.40 on the BSE on Wednesday, ahead of the order. The stock has fallen nearly 30 per cent over the past three months.

Sebi began examining the company's affairs after receiving a complaint from a minority shareholder in March last year, the order said. The shareholder had alleged in the complaint that the Gujarat plant, which was meant to be commissioned by December 2023, "exists only on paper".

A market analyst said the order underlined the regulator's growing focus on preferential issues by small and mid-sized companies.

"Preferential allotments have become a favoured route for small-caps, and Sebi is clearly signalling that end-use will be checked, not just disclosures," said Anjali Mathur, founder of Delhi-based advisory firm Quorum Governance Advisors.

Akshay Bhandari could not be reached for comment.""",
        [
            ("routed a substantial portion of", "Securities and Exchange Board of India"),
            ("The material available on record", "Securities and Exchange Board of India"),
            ("Such a pattern cannot be", "Ramesh Chandra Nair"),
            ("studying the order", "Halcyon Agritech Ltd"),
            ("The company has always complied", "Halcyon Agritech Ltd"),
            ("exists only on paper", "minority shareholder"),
            ("Preferential allotments have become a", "Anjali Mathur"),
        ],
    ),
    (
        """Our Bureau

Bengaluru

Mid-tier IT services firm Trivikram Infosystems Ltd reported a 14.2 per cent year-on-year rise in consolidated net profit to ₹412 crore for the quarter ended December 31, helped by large deal wins in banking and a recovery in its manufacturing vertical.

Revenue from operations rose 9.8 per cent to ₹3,286 crore, the company said in a filing with the stock exchanges on Thursday. In constant currency terms, revenue grew 2.7 per cent sequentially, ahead of Street estimates of about 2 per cent.

The company raised its revenue growth guidance for FY24 to 8-9 per cent in constant currency, from 6-8 per cent earlier.

“Our clients are moving from cost take-out conversations to transformation conversations again. That is the biggest shift we have seen in the last four quarters,” said Suresh Kulkarni, Chief Executive Officer and Managing Director, Trivikram Infosystems, at a press conference.

“We closed deals with a total contract value of $640 million this quarter, and more than half of that is net new. The pipeline for the fourth quarter is the strongest it has been in two years.”

Mr. Kulkarni said the company had added 1,140 employees on a net basis during the quarter, reversing three quarters of decline. Attrition on a trailing twelve-month basis eased to 13.1 per cent from 15.4 per cent a year ago.

On generative AI, he was measured. Clients were running pilots, he said, but large-scale budgets were “still some distance away”.

Chief Financial Officer Meera Natarajan said operating margin improved by 60 basis points sequentially to 17.9 per cent, aided by better utilisation and a favourable rupee. She put it plainly: “Wage hikes in the first quarter of next year will be a headwind of about 150 basis points, but we expect to recover most of it through the year.”

The board declared an interim dividend of ₹12 per share.

Analysts at domestic brokerage Marigold Securities said in a note that the numbers were “a clean beat on revenue and margins”, but flagged the company’s high exposure to US regional banks.

“Trivikram’s BFSI deals are concentrated among a handful of mid-sized American lenders, and any stress there could hurt visibility in FY25,” the brokerage said.

Shares of Trivikram Infosystems ended 1.2 per cent higher at ₹1,742.55 on the NSE ahead of the results.""",
        [
            ("Our clients are moving from", "Suresh Kulkarni"),
            ("We closed deals with a", "Suresh Kulkarni"),
            ("still some distance away", "Suresh Kulkarni"),
            ("Wage hikes in the first", "Meera Natarajan"),
            ("a clean beat on revenue", "Marigold Securities"),
            ("Trivikram’s BFSI deals are concentrated", "Marigold Securities"),
        ],
    ),
    (
        """Electric two-wheeler maker Voltaro Mobility has laid off around 280 employees, or nearly 18 percent of its workforce, as the Pune-based startup looks to cut costs amid a slowdown in sales following the reduction in government subsidies, according to people familiar with the development.

The job cuts, carried out over the past week, have hit the sales, marketing and research and development teams the hardest, they said.

In an internal email sent to employees on Monday, co-founder and CEO Nikhil Joshi said the company had to "make some very hard choices" to extend its runway.

"Over the last two quarters, demand has not come back the way we had planned for. We hired ahead of that demand, and that was my call. I take full responsibility for it," Joshi wrote in the email, which has been reviewed by this publication.

"Every colleague who is leaving will receive two months of salary, extended health insurance till June, and support from our HR team in finding new roles."

Voltaro's monthly sales have averaged about 3,100 units since the subsidy cut in June last year, down from a peak of nearly 7,000 units, according to government vehicle registration data.

A Voltaro spokesperson confirmed the development. "We have reorganised some teams to align with our path to profitability," the spokesperson said, "and our manufacturing operations remain unaffected."

One employee who was let go said the announcement came without warning. "We were told about new model launches just three weeks ago. Then on Monday, we got a calendar invite for a 15-minute call and that was it," said the employee, who requested anonymity.

The company, founded in 2017 by Joshi and Aditi Kelkar, last raised $55 million in a round led by Hong Kong-based Bluecrest Growth Partners in 2022. It is now in talks to raise a fresh round of about $30 million, this publication had reported earlier.

Industry watchers say smaller players are finding it hard to compete with incumbents that have deep pockets.

"The EV two-wheeler market is consolidating rapidly. Startups without a strong balance sheet or a clear niche will struggle to survive the next 18 months," said Pranav Sethi, a partner at consulting firm Northgate Advisory.

Voltaro's losses widened to Rs 214 crore in FY23 from Rs 97 crore a year earlier, according to its filings with the Registrar of Companies.""",
        [
            ("make some very hard choices", "Nikhil Joshi"),
            ("Over the last two quarters", "Nikhil Joshi"),
            ("Every colleague who is leaving", "Nikhil Joshi"),
            ("We have reorganised some teams", "Voltaro spokesperson"),
            ("and our manufacturing operations remain", "Voltaro spokesperson"),
            ("We were told about new", "employee who was let go"),
            ("The EV two-wheeler market is", "Pranav Sethi"),
        ],
    ),
    (
        """Mumbai: Packaged snacks maker Suvarnam Foods Ltd has filed its draft red herring prospectus (DRHP) with the Securities and Exchange Board of India (Sebi) to raise about ₹1,400 crore through an initial public offering (IPO).

The issue comprises a fresh issue of shares worth ₹500 crore and an offer for sale (OFS) of up to ₹900 crore by promoters and existing shareholders, including private equity firm Terrapin Capital, which holds a 22.4% stake in the company.

Terrapin Capital managing director Arjun Malhotra said the OFS was "part of a planned, partial exit" and that the firm would remain a shareholder after the listing.

Proceeds from the fresh issue will be used to repay debt of about ₹280 crore and to set up a new manufacturing facility in Andhra Pradesh, the company said in the DRHP.

The Hyderabad-based firm, which sells chips, namkeen and ready-to-eat products under the Suvarnam and Crunchkart brands, flagged rising competition as a key risk. "We face intense competition from large multinational and domestic companies, many of whom have greater financial resources, wider distribution and stronger brand recognition than we do," the company said in the document.

It also cautioned that its business was "significantly dependent" on prices of edible oil and potatoes, which together accounted for nearly 41% of raw material costs in FY24.

Suvarnam Foods reported revenue of ₹2,310 crore in FY24, up 19% from a year earlier, while net profit rose to ₹126 crore from ₹88 crore.

Managing director Lakshmi Prasanna Reddy, daughter of founder K. Venkata Reddy, has led the company since 2016 and is credited with pushing it beyond its home markets of Telangana and Andhra Pradesh. In an interview last year, she had said the company wanted "to be on every kirana shelf from Kanyakumari to Kashmir".

Lighthouse Capital Markets, Vermilion Securities and Halden Kotwal & Co are the book-running lead managers to the issue.

A senior banker involved in the transaction said the company hoped to launch the issue before Diwali, subject to regulatory approval. "Investor appetite for consumer names remains strong, and Suvarnam has the rare combination of growth and profitability," the banker said.

Market experts, though, say valuations will be key. "The listed packaged food space is already trading at rich multiples. Pricing will determine whether there is money left on the table for investors," said Devika Anand, head of research at Mumbai-based brokerage Pinnacle Equity Research.

The IPO market has been buoyant this year, with more than 50 mainboard companies raising over ₹60,000 crore so far, according to data from primary market tracker IssueTrack.""",
        [
            ("part of a planned, partial", "Arjun Malhotra"),
            ("We face intense competition from", "Suvarnam Foods Ltd"),
            ("significantly dependent", "Suvarnam Foods Ltd"),
            ("to be on every kirana", "Lakshmi Prasanna Reddy"),
            ("Investor appetite for consumer names", "senior banker involved in the transaction"),
            ("The listed packaged food space", "Devika Anand"),
        ],
    ),
    (
        """By Shreya Banerjee

NEW DELHI: The Digital Commerce Council of India (DCCI), an industry body representing more than 180 online marketplaces and quick-commerce platforms, has urged the Centre to defer the proposed rules on mandatory country-of-origin filters and seller disclosures, saying smaller platforms need at least 12 months to comply.

In a letter to the consumer affairs ministry dated July 8, the council said the draft rules, as currently framed, would "disproportionately burden early-stage platforms that lack the engineering bandwidth of large players".

"We fully support the objective of greater transparency for consumers. However, a compliance window of 90 days is neither practical nor proportionate, particularly for platforms with fewer than 50 employees," the letter said.

The draft norms, released for public consultation in June, require platforms to display the name, address and grievance officer contact of every seller, and to let customers filter products by country of origin.

A senior official in the ministry said the government was "open to reasonable suggestions" but would not dilute the core requirements.

"Consumers have a right to know who they are buying from. That principle is non-negotiable. The timeline can be looked at," the official said, requesting anonymity as the consultation is still under way.

Founders of smaller platforms said the cost of compliance could run into crores. Radhika Seshadri, co-founder of Bengaluru-based handicrafts marketplace Kaarigar Lane, said her company's 22-member tech team would have to drop other projects for months.

"For us, it is not just a checkbox. We have 9,000 artisans as sellers, many of whom do not have a formal address that fits a form field," Seshadri said.

Large platforms appeared less concerned. A spokesperson for Mumbai-based marketplace ShopSetu said the company had "already built most of the required disclosures" and would meet any deadline set by the government.

The DCCI letter also sought clarity on liability. It asked whether platforms would be held responsible for incorrect information supplied by sellers, warning that, without a safe harbour, "platforms will be forced to act as auditors of millions of listings".

Legal experts said the concern was valid. Kunal Awasthi, partner at law firm Awasthi & Rao Associates, put it this way: "The draft is silent on what happens when a seller lies. If the platform is liable anyway, you will see mass delisting of small sellers, which defeats the purpose."

The ministry is expected to finalise the rules by September, officials said.""",
        [
            ("disproportionately burden early-stage platforms", "Digital Commerce Council of India"),
            ("We fully support the objective", "Digital Commerce Council of India"),
            ("open to reasonable suggestions", "senior official in the ministry"),
            ("Consumers have a right to", "senior official in the ministry"),
            ("For us, it is not", "Radhika Seshadri"),
            ("already built most of the", "spokesperson for Mumbai-based marketplace ShopSetu"),
            ("platforms will be forced to", "Digital Commerce Council of India"),
            ("The draft is silent on", "Kunal Awasthi"),
        ],
    ),
    (
        """MUMBAI: Diversified group Oberai Industries will invest ₹18,000 crore over the next five years in green hydrogen, battery storage and specialty chemicals, chairman Devendra Prakash Oberai told shareholders at the company's 64th annual general meeting on Friday.

Addressing shareholders through video conference, Oberai said the group's legacy businesses of textiles and cement would continue to generate cash, but future growth would come from what he described as "the molecules and electrons of a low-carbon economy".

"Our grandfathers built this company on cotton. Our fathers built it on cement," Oberai said. "The next generation of Oberai Industries will be built on clean energy and chemistry.

"We are not doing this because it is fashionable. We are doing it because our customers, especially those exporting to Europe, are asking us for low-carbon inputs, and they are willing to sign long-term contracts for them."

He said the group had signed a memorandum of understanding with the Odisha government for a 1-gigawatt electrolyser manufacturing unit near Paradip, and that the first phase would be commissioned by 2027.

Vice-chairman and managing director Tanvi Oberai, the chairman's daughter, said the specialty chemicals unit, which makes ingredients for agrochemicals and pharmaceuticals, had signed supply agreements worth $220 million with two global customers in the past year. She added that the business was on track to "double its revenue in four years".

The company's sustainability report for the year, titled "Building for the Next Hundred Years", showed a 12% reduction in emissions intensity at its cement plants.

Several shareholders, however, questioned the scale of the capital expenditure. One shareholder, Bhaskar Pillai from Chennai, asked whether the group was "betting the balance sheet" on unproven technologies.

In response, chief financial officer Anirudh Menon said the investments would be funded largely through internal accruals, with net debt-to-EBITDA expected to stay below 2 times. "We have been very conservative in our assumptions. Each project has to clear a hurdle rate of 16% before the board approves it," Menon said.

Another shareholder asked about the company's dividend policy. The chairman replied: "Shareholders who have stayed with us for decades will not be forgotten. The dividend payout will remain at least 30% of profits."

Shares of Oberai Industries closed 0.8% higher at ₹2,187 on the BSE on Friday.""",
        [
            ("the molecules and electrons of", "Devendra Prakash Oberai"),
            ("Our grandfathers built this company", "Devendra Prakash Oberai"),
            ("The next generation of Oberai", "Devendra Prakash Oberai"),
            ("We are not doing this", "Devendra Prakash Oberai"),
            ("double its revenue in four", "Tanvi Oberai"),
            ("betting the balance sheet", "Bhaskar Pillai"),
            ("We have been very conservative", "Anirudh Menon"),
            ("Shareholders who have stayed with", "Devendra Prakash Oberai"),
        ],
    ),
    (
        """Chennai-based software-as-a-service (SaaS) company Ledgerly Software has acquired Pune-based HR technology startup PayNest for an undisclosed amount in a cash-and-stock deal, the companies said on Monday.

The deal, Ledgerly's third acquisition in 18 months, will help the company offer payroll and compliance tools alongside its accounting software for small and medium businesses. PayNest's 64 employees, including co-founders Gauri Deshpande and Yash Bapat, will join Ledgerly.

People familiar with the deal said it valued PayNest at around Rs 180-200 crore. Ledgerly declined to comment on the valuation, but said in a statement that PayNest's product would continue to be available as a standalone offering "for the foreseeable future".

"Small businesses in India do not want ten different logins for accounting, invoicing, payroll and tax filing. They want one place where the numbers talk to each other," Ledgerly founder and CEO Karthik Subramaniam said in the statement.

Mr Subramaniam, a former product head at a US-based software major, started Ledgerly in 2015. The company has raised about $95 million to date from investors including Eastwind Venture Partners and Coromandel Growth Fund, and says it has more than 3.5 lakh paying customers.

Ms Deshpande, who will lead the combined payroll business, said the two companies had been partners for nearly two years before deal talks began.

"About 40 per cent of our new customers were coming through the Ledgerly integration anyway. At some point, the question became: why are we two companies?" she said.

She later wrote on LinkedIn that the decision was "bittersweet but obvious", and thanked PayNest's early customers "who put up with our bugs in 2020".

The acquisition comes at a time when funding for Indian SaaS startups has slowed sharply, a period some investors have dubbed the "SaaS winter". Indian SaaS companies raised $1.1 billion in the first half of 2024, down nearly 40 per cent from a year earlier, according to a report by Bengaluru-based data platform Ventriq.

"Consolidation is the natural outcome when growth capital gets expensive. Companies with strong cash flows will buy good products at reasonable prices, and we expect many more such deals over the next year," said Neha Chawla, managing partner at Eastwind Venture Partners, an investor in Ledgerly.

Ledgerly reported revenue of Rs 212 crore in FY24 and turned Ebitda-positive in the second half of the year, according to the company. It has said it plans to go public within the next two to three years.

PayNest had raised about $6 million from angel investors and seed fund Kestrel Capital, which will receive a mix of cash and Ledgerly shares.""",
        [
            ("for the foreseeable future", "Ledgerly Software"),
            ("Small businesses in India do", "Karthik Subramaniam"),
            ("About 40 per cent of", "Gauri Deshpande"),
            ("bittersweet but obvious", "Gauri Deshpande"),
            ("who put up with our", "Gauri Deshpande"),
            ("Consolidation is the natural outcome", "Neha Chawla"),
        ],
    ),
]
