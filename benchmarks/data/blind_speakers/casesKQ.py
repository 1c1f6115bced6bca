CASES = [
    (
        """Sahyadri Bank Q2 net profit jumps 18% as provisions ease

Abhijit Kulkarni | Mumbai

Pune-based Sahyadri Bank on Friday reported an 18 per cent year-on-year rise in net profit to Rs 612 crore for the July-September quarter, helped by lower provisions and a steady pick-up in retail and small business loans.

Net interest income, the difference between interest earned and interest expended, grew 11.4 per cent to Rs 1,874 crore, while the net interest margin narrowed by six basis points sequentially to 3.42 per cent as deposit costs continued to climb.

"The quarter has been a good one on asset quality, but the pressure on margins is real and we are not going to pretend otherwise," managing director and chief executive officer Rajesh Venkatraman said at a post-results press conference. "Deposits are still the main contest in the system."

Gross non-performing assets (NPAs) fell to 2.38 per cent of advances from 2.91 per cent a year ago, and net NPAs were at 0.71 per cent. Provisions dropped 27 per cent to Rs 298 crore.

Venkatraman said the bank expected loan growth of 14-15 per cent for the full year, slightly ahead of the system, with the unsecured personal loan book to grow "at a much slower clip" than last year after the Reserve Bank of India raised risk weights on such lending.

"We had already tightened our filters before the regulator acted. Our personal loan disbursements are down about a fifth from the peak, and we are comfortable with that," he said.

The bank's advances rose 15.2 per cent to Rs 1.48 trillion, led by the micro, small and medium enterprises (MSME) segment, which grew 22 per cent. Deposits grew 12.6 per cent to Rs 1.79 trillion, with the share of current and savings accounts (CASA) slipping to 33.1 per cent from 36.4 per cent a year earlier.

Chief financial officer Meenal Deshpande said the fall in the CASA ratio reflected customers moving money into higher-yielding term deposits. "Every bank is seeing this. Our focus is on granular retail deposits rather than bulk money, even if it costs us a few basis points," Deshpande said.

Asked about the bank's agricultural portfolio, where slippages had risen in the previous quarter in parts of Marathwada, Venkatraman said the situation had "stabilised" after a better monsoon.

The capital adequacy ratio stood at 16.9 per cent, with common equity tier-1 at 14.2 per cent. The bank said it had no immediate plans to raise equity capital.

Analysts were broadly positive. Kunal Shah, banking analyst at Mumbai-based Vantage Equities, said the numbers were "cleaner than expected" on the credit cost front. "Margin compression is the one thing to watch for the next two quarters," he said.

Shares of Sahyadri Bank closed 1.9 per cent higher at Rs 214.35 on the BSE ahead of the results, against a 0.3 per cent gain in the Sensex.""",
        [
            ("The quarter has been a good", "Rajesh Venkatraman"),
            ("Deposits are still the main", "Rajesh Venkatraman"),
            ("at a much slower clip", "Rajesh Venkatraman"),
            ("We had already tightened our", "Rajesh Venkatraman"),
            ("Every bank is seeing this.", "Meenal Deshpande"),
            ("stabilised", "Rajesh Venkatraman"),
            ("cleaner than expected", "Kunal Shah"),
            ("Margin compression is the one", "Kunal Shah"),
        ],
    ),
    (
        """Fintech start-up Khata Setu raises $42 million in Series B led by Lumina Ventures

Priyanka Menon

Bengaluru: Khata Setu, a Bengaluru-based start-up that offers working capital loans to kirana stores and small distributors, has raised $42 million in a Series B round led by Singapore-based Lumina Ventures, the company said on Tuesday.

Existing investors Arka Capital and Northgate Partners also participated in the round, which values the four-year-old company at about $260 million, according to two people aware of the deal.

Khata Setu will use the funds to expand into 40 more cities across Uttar Pradesh, Bihar and Madhya Pradesh, and to build its own underwriting models based on retailers' purchase data from fast-moving consumer goods (FMCG) distributors, co-founder and chief executive Aditya Bansal told Mint.

"A kirana owner in Gorakhpur has a better repayment record than most salaried borrowers in metros, but nobody has the data to prove it," Bansal said. "We are sitting on three years of invoice-level data from distributors. That is our moat."

The company currently lends through partnerships with two non-banking financial companies (NBFCs) and a small finance bank, under the so-called "first loss default guarantee" arrangement permitted by the Reserve Bank of India. It has applied for its own NBFC licence, Bansal said.

Khata Setu said it had disbursed over Rs 1,100 crore in loans in the past 12 months, with gross non-performing assets at 1.6%. It claims to serve about 85,000 retailers.

Neha Raghavan, partner at Lumina Ventures, said the firm had been tracking the company for over 18 months. "Most lenders in this space grew fast and then spent two years cleaning up their books. Khata Setu did the opposite," she said.

The round comes at a time when funding for Indian fintech firms has slowed sharply. Start-ups in the sector raised about $2.1 billion in the first nine months of the year, down nearly 40% from a year earlier, according to data from research firm TrackNiche.

"Investors are writing cheques again, but only for companies that can show unit economics and a clear path to profitability," said Sandeep Iyer, founder of advisory firm Ledgerline Advisors. He said lending-focused fintechs were also under closer regulatory watch after the RBI's digital lending guidelines.

Bansal said Khata Setu expected to turn profitable on an operating basis by the end of the next financial year. The company reported a loss of Rs 38 crore in FY24 on revenue of Rs 96 crore, according to filings with the Registrar of Companies accessed by Mint.

"We are not in a hurry to become a unicorn. We would rather be boring and profitable," he said.""",
        [
            ("A kirana owner in Gorakhpur", "Aditya Bansal"),
            ("We are sitting on three", "Aditya Bansal"),
            ("Most lenders in this space", "Neha Raghavan"),
            ("Investors are writing cheques again,", "Sandeep Iyer"),
            ("We are not in a hurry", "Aditya Bansal"),
        ],
    ),
    (
        """RBI imposes Rs 2.4 crore penalty on Dhanvriddhi Finance for KYC, recovery agent lapses

By Sneha Pillai, ET Bureau

Mumbai: The Reserve Bank of India (RBI) has imposed a monetary penalty of Rs 2.4 crore on Kolkata-based non-banking lender Dhanvriddhi Finance for non-compliance with norms on know-your-customer (KYC) and the conduct of recovery agents, the central bank said on Monday.

The penalty follows a statutory inspection of the company's financial position as of March 31, 2023, and a subsequent examination of customer complaints, the RBI said in a press release.

“The action is based on deficiencies in regulatory compliance and is not intended to pronounce upon the validity of any transaction or agreement entered into by the company with its customers,” the regulator said, using language it typically employs in such orders.

According to the RBI, the lender had failed to carry out periodic updation of KYC for a set of high-risk customers, and its recovery agents had contacted borrowers beyond the permitted hours of 8 am to 7 pm. The company had also not put in place a board-approved policy on the engagement of recovery agents, it said.

Dhanvriddhi Finance, which has a loan book of about Rs 9,300 crore largely in gold loans and two-wheeler finance, said it had already taken corrective steps.

“We have strengthened our KYC processes and overhauled our collections framework, including recorded calls and a dedicated grievance cell,” the company said in a filing to the stock exchanges. “The penalty will not have any material impact on our financial or operational position.”

A senior executive at the company, who did not wish to be named, said the inspection pertained to a period when the lender was rapidly scaling up its two-wheeler book in eastern India. “Some of the collection work had been outsourced to agencies that were not properly supervised. That chapter is closed,” the executive said.

The order comes amid a broader tightening by the regulator on the conduct of lenders. In recent months, the RBI has penalised several NBFCs and banks over issues ranging from loan pricing to the handling of customer data. Governor Harish Mahadevan has repeatedly flagged what he called “overzealous” recovery practices at some entities.

Experts said the quantum of the penalty was significant for a mid-sized NBFC. “Earlier, penalties in such cases would be in the lakhs. The regulator is clearly signalling that conduct issues will be treated as seriously as capital or asset quality issues,” said Arvind Mathur, a former chief general manager at the RBI who now runs a compliance consultancy.

An official in the RBI's department of supervision said inspections of mid-sized NBFCs would be stepped up this year. “The focus will be on how customers are treated, not just on the balance sheet,” the official said.

Shares of Dhanvriddhi Finance fell 2.3% to Rs 487.60 on the NSE on Monday.""",
        [
            ("The action is based on", "Reserve Bank of India"),
            ("We have strengthened our KYC", "Dhanvriddhi Finance"),
            ("The penalty will not have", "Dhanvriddhi Finance"),
            ("Some of the collection work", "senior executive at the company"),
            ("overzealous", "Harish Mahadevan"),
            ("Earlier, penalties in such cases", "Arvind Mathur"),
            ("The focus will be on", "official in the RBI's department of supervision"),
        ],
    ),
    (
        """Edtech firm Padhai Plus lays off 600 more as it shifts focus to offline centres

FE Bureau

Noida-based edtech company Padhai Plus has laid off around 600 employees, or nearly 15% of its workforce, in its third round of job cuts in 18 months, as the company winds down parts of its online test-preparation business and pivots to physical learning centres.

The layoffs largely affect the sales, content and customer support teams, according to an internal email seen by FE. The company will pay affected employees two months' salary as severance and extend medical insurance cover till March, the email said.

In the email, co-founder and chief executive Rohit Saxena wrote: "This is the hardest decision I have had to make since we started Padhai Plus. We over-hired in 2021 and 2022 on the assumption that the online boom would last. It did not, and we have to correct course."

"I take full responsibility for that," he added.

A company spokesperson confirmed the development. "The restructuring is part of our plan to reach operating profitability by the next fiscal. Our hybrid centres now contribute over 45% of revenue," the spokesperson said.

Padhai Plus, which counts Rainmaker Capital and Zenith Growth Fund among its investors, was last valued at $1.2 billion in a 2022 funding round. Its losses widened to Rs 742 crore in FY23 from Rs 410 crore a year earlier, according to its latest available financial statements.

Former employees described a tense few weeks. One sales manager, who was among those laid off, said staff had been told to "hit impossible targets" before the cuts were announced. "We knew something was coming when the quarterly reviews were cancelled," the person said.

The edtech sector has shed more than 20,000 jobs since 2022, according to estimates by staffing firm Careerbridge, as demand for online-only learning fell after schools and coaching centres reopened post-pandemic.

Industry watchers say the move to offline is not a guaranteed fix. Malini Krishnan, founder of education-focused advisory Chalk & Board Consulting, put it bluntly: "Offline centres bring revenue, but they also bring rent, staff and capex. The economics are very different from a pure online model, and not every company can manage both."

She said investors had become far less tolerant of cash burn in the sector. "Two years ago, growth at any cost was the pitch. Now the first question in every board meeting is about cash runway," Krishnan said.

Padhai Plus currently operates 140 offline centres in 62 cities and plans to take this to 250 by the end of 2025, according to the company.""",
        [
            ("This is the hardest decision", "Rohit Saxena"),
            ("I take full responsibility for", "Rohit Saxena"),
            ("The restructuring is part of", "spokesperson"),
            ("hit impossible targets", "sales manager"),
            ("We knew something was coming", "sales manager"),
            ("Offline centres bring revenue, but", "Malini Krishnan"),
            ("Two years ago, growth at", "Malini Krishnan"),
        ],
    ),
    (
        """Tiruppur knitwear exporters seek moratorium as orders slump

Our Bureau

Coimbatore

Knitwear exporters in Tiruppur have sought a one-year moratorium on term loan repayments and an extension of the interest equalisation scheme, saying a slump in orders from Europe and the US has left many small units unable to service their debt.

In a representation to the Union Finance Ministry and the State Level Bankers' Committee (SLBC), the Tiruppur Knitwear Manufacturers' Association (TKMA) said nearly a third of its 1,100 member units were running at less than half their capacity.

"Buyers are placing smaller orders, asking for longer credit periods and squeezing prices. Our members are caught between falling realisations and rising yarn costs," TKMA president K.S. Palanisamy told businessline.

He said the cluster's exports had fallen about 12 per cent in the first half of the fiscal compared with the year-ago period. "If banks start classifying these accounts as NPAs, the units will lose access to working capital altogether, and then there is no coming back," he said.

Palanisamy said several units had already been flagged as "special mention accounts" by lenders, a category that signals early stress.

The association has also asked for the interest equalisation scheme on pre- and post-shipment rupee export credit, which offers a subvention of 3 per cent to MSME exporters, to be extended for five years.

Bankers, however, were cautious. A senior official of a public sector bank with a large exposure to the cluster said a blanket moratorium was unlikely. "We are looking at restructuring on a case-by-case basis. Units with genuine order books will get support, but we cannot extend relief to accounts that were weak even before the slowdown," the official said.

S. Lakshmi Narayanan, convenor of the SLBC in Tamil Nadu, said the issue would be taken up at the committee's next meeting. Banks had already been advised to "proactively engage" with stressed MSME borrowers under the existing RBI framework, he said.

Exporters also pointed to competition from Bangladesh and Vietnam. "Our cost of capital is 9-10 per cent; our competitors get money at 4-5 per cent. That is the difference in one line," said R. Senthil Kumar, managing director of Senthil Knit Fabs, which employs around 800 workers.

He said his company had cut shifts from three to two since July. "We have not laid off anyone yet, but we cannot hold on for much longer without some relief," Kumar said.

The Tiruppur cluster accounts for over half of India's knitwear exports and provides direct employment to about six lakh people, according to industry estimates.""",
        [
            ("Buyers are placing smaller orders", "K.S. Palanisamy"),
            ("If banks start classifying these", "K.S. Palanisamy"),
            ("We are looking at restructuring", "senior official of a public sector bank"),
            ("proactively engage", "S. Lakshmi Narayanan"),
            ("Our cost of capital is", "R. Senthil Kumar"),
            ("We have not laid off", "R. Senthil Kumar"),
        ],
    ),
    (
        """Govt to ease compliance burden for start-ups, says Commerce Minister

New Delhi, Nov 14 (PTI) The government is working on a package of measures to reduce compliance requirements for start-ups, including a single-window mechanism for winding up companies, Commerce and Industry Minister Suresh Prabhakar Rao said on Thursday.

Speaking at an event organised by industry chamber Federation of Indian Enterprise and Commerce (FIEC), the minister said start-ups should be able to "fail fast and exit fast" without getting caught up in years of paperwork.

"A founder who shuts down a company honestly should not be treated like a defaulter. Today it can take two to three years to close a company. We want to bring that down to a few months," he said.

Rao said the Department for Promotion of Industry and Internal Trade (DPIIT) had recognised over 1.4 lakh start-ups so far, and these had created more than 15 lakh direct jobs.

He also urged domestic investors, including family offices and pension funds, to back Indian start-ups in larger numbers.

"For too long, Indian innovation has been funded by foreign capital. There is nothing wrong with that, but we need patient domestic money as well," the minister said.

Talking to reporters on the sidelines of the event, Rao said the government was in talks with the Finance Ministry on the issue of the so-called "angel tax", but declined to give a timeline.

"We have received representations from the industry and they are being examined," he told reporters.

FIEC President Anjali Bhatnagar said the start-up ecosystem was going through a "correction phase" after the funding boom of 2021.

"Valuations have come down to more realistic levels, and that is healthy. But early-stage companies in tier-2 and tier-3 cities are finding it very hard to raise their first cheque," Bhatnagar said.

She suggested that the government's Fund of Funds for Startups set aside a dedicated portion for companies outside the major metros.

Vikram Joshi, co-founder of logistics start-up ShipKaro, said the biggest pain point for young firms was delayed payments from large corporates and government departments.

"We do the work, raise the invoice and then wait 120 days. For a start-up, that is the difference between survival and shutting down," Joshi said.

According to data shared by the chamber, Indian start-ups raised about USD 7 billion in the first half of the calendar year, compared with USD 8.2 billion in the same period last year.

PTI SPR HVA""",
        [
            ("fail fast and exit fast", "Suresh Prabhakar Rao"),
            ("A founder who shuts down", "Suresh Prabhakar Rao"),
            ("For too long, Indian innovation", "Suresh Prabhakar Rao"),
            ("We have received representations from", "Suresh Prabhakar Rao"),
            ("correction phase", "Anjali Bhatnagar"),
            ("Valuations have come down to", "Anjali Bhatnagar"),
            ("We do the work, raise", "Vikram Joshi"),
        ],
    ),
    (
        """Ghar Organics IPO to open on Dec 4; 'not a cash-out for promoters', says CEO

Mumbai: Hyderabad-based packaged foods brand Ghar Organics will launch its initial public offering (IPO) on December 4, seeking to raise about Rs 1,150 crore, the company said on Monday. The issue will close on December 6.

The IPO comprises a fresh issue of shares worth Rs 650 crore and an offer for sale (OFS) of up to Rs 500 crore by existing investors, including Saffron Peak Capital and Tamarind Growth Partners. The price band has been fixed at Rs 312-328 per share.

At the upper end of the band, the company would be valued at about Rs 5,400 crore.

Addressing a press conference, co-founder and chief executive Kavita Reddy said the promoters were not selling any shares in the offer. "This is not a cash-out for the promoters. We are raising growth capital, and every rupee of the fresh issue will go into the business," she said.

Reddy said the company would use Rs 380 crore to set up a new manufacturing unit near Nagpur and around Rs 150 crore to repay debt. The rest would go towards general corporate purposes and brand building.

Founded in 2016, Ghar Organics sells millet-based snacks, cold-pressed oils and ready-to-cook mixes through its own website, quick commerce platforms and about 60,000 retail outlets. Its revenue from operations rose 41% to Rs 864 crore in FY24, while net profit stood at Rs 52 crore against a loss of Rs 17 crore a year earlier, according to the red herring prospectus.

Chief financial officer Anand Khurana said the share of quick commerce in the company's sales had doubled in two years to nearly 22%. "Quick commerce has changed how urban households buy staples. But we do not want to depend on any one channel, which is why general trade remains a priority," Khurana said.

Asked whether the valuation was stretched compared with listed FMCG peers, Reddy said investors should look at the growth rate. "We are growing at two to three times the pace of the category. We think the pricing leaves enough on the table for investors," she said.

Not everyone is convinced. An analyst at a domestic brokerage, who asked not to be named as the firm had not yet issued a note on the IPO, said the issue was "fully priced" at over 100 times FY24 earnings. "The brand is strong, but the competitive intensity in snacks is brutal, and margins are still thin," the analyst said.

Meridian Capital Advisors and Northbridge Securities are the book-running lead managers to the issue. Half of the issue is reserved for qualified institutional buyers, 35% for retail investors and 15% for non-institutional investors.

The shares are proposed to be listed on the BSE and NSE.""",
        [
            ("not a cash-out for promoters", "Kavita Reddy"),
            ("This is not a cash-out", "Kavita Reddy"),
            ("Quick commerce has changed how", "Anand Khurana"),
            ("We are growing at two", "Kavita Reddy"),
            ("fully priced", "analyst at a domestic brokerage"),
            ("The brand is strong, but", "analyst at a domestic brokerage"),
        ],
    ),
    (
        """Small-cap fund inflows slow as stress tests, valuation worries weigh

Ishaan Mehra | Mumbai

Inflows into small-cap mutual fund schemes fell for the third straight month in October, as fund houses curbed lump-sum investments and investors turned cautious amid concerns over frothy valuations.

Net inflows into small-cap funds stood at Rs 2,140 crore in October, down from Rs 3,520 crore in September and a peak of Rs 4,800 crore in July, according to data released by the Association of Mutual Fund Houses in India (AMFHI) on Thursday.

Several fund houses, including Trident Mutual Fund and Sagarmatha AMC, have restricted or suspended lump-sum investments in their small-cap schemes, citing the limited availability of liquid stocks at reasonable valuations.

"We would rather turn money away than deploy it into stocks that we think are expensive," said Farhan Qureshi, chief investment officer at Trident Mutual Fund. "Our first responsibility is to the investors who are already in the fund. If we keep taking in large sums, we will be forced to buy what is available, not what we like.

"We are not saying small caps will crash. We are saying the margin of safety has shrunk."

Qureshi said the small-cap index was trading at about 30 times one-year forward earnings, a premium of nearly 25 per cent to its long-term average.

The Securities and Exchange Board of India (Sebi) had earlier asked fund houses to disclose the results of stress tests showing how many days it would take to liquidate a portion of their small- and mid-cap portfolios. The regulator had also asked them to put in place a policy to "protect investors" from the risks of froth building up in the segment.

Fund managers, however, say the longer-term case for small caps remains intact. In a note titled "Small Caps: Patience Over Momentum", Sagarmatha AMC said earnings growth for smaller companies was likely to outpace that of large caps over the next three years.

"The concern is about price, not about the quality of businesses. Corrections in this segment are normal and healthy," the fund house said in the note. "Investors with a horizon of five years or more should continue their SIPs rather than trying to time the market."

Systematic investment plan (SIP) contributions across all schemes hit a record Rs 21,300 crore in October, the AMFHI data showed.

Rekha Balasubramanian, a Chennai-based certified financial planner, said she had been advising clients to rebalance. "Many of my clients have 40 to 50 per cent of their equity allocation in small and mid-caps because of past returns. I am telling them to bring it down to 20-25 per cent," she said.

"This is not a call on the market. It is a call on risk," she added.

Shares of listed asset management companies were mixed on Thursday, with the BSE Smallcap index ending 0.6 per cent lower.""",
        [
            ("We would rather turn money", "Farhan Qureshi"),
            ("Our first responsibility is to", "Farhan Qureshi"),
            ("We are not saying small", "Farhan Qureshi"),
            ("protect investors", "Securities and Exchange Board of India"),
            ("The concern is about price,", "Sagarmatha AMC"),
            ("Investors with a horizon of", "Sagarmatha AMC"),
            ("Many of my clients have", "Rekha Balasubramanian"),
            ("This is not a call", "Rekha Balasubramanian"),
        ],
    ),
]
