CASES = [
    (
        """Paysetu cuts 180 jobs as digital lending curbs bite

Bengaluru-based fintech start-up to focus on merchant credit after regulator's November rules

Aditi Raghavan

BENGALURU: Paysetu Technologies Pvt. Ltd, the Bengaluru-based digital lending start-up backed by Halcyon Ventures and Meridian Capital Partners, has laid off about 180 employees, nearly a fifth of its workforce, as it scales back its consumer loans business following tighter rules from the Financial Services Oversight Board of India (FSOBI).

The company confirmed the layoffs on Tuesday but did not disclose the number of employees affected. "We have had to take some very difficult decisions to realign our teams with where the business is going," Paysetu co-founder and chief executive Karthik Venkataraman said in an email to employees, which was reviewed by Mint.

"Every colleague who is leaving will receive three months of pay, extended health cover for their families and placement support," he wrote. "None of this is a reflection on their work."

The FSOBI's rules, issued in November, require lenders and their technology partners to route all disbursals and repayments directly through the regulated entity's bank account and cap the "first loss default guarantees" that platforms such as Paysetu can offer to partner non-banking financial companies (NBFCs) at 5% of the loan portfolio.

Two people aware of the matter said the company's monthly disbursals have fallen from about ₹320 crore in September to less than ₹90 crore. "The consumer book was the engine of growth, and the new norms have made that model unviable for them," said one of the two people, who declined to be named.

Paysetu will now focus on short-term working capital loans to small merchants, a segment Venkataraman has described as "far more defensible" in investor meetings, according to a person familiar with the company's plans.

In a statement, the company said it remained "well capitalised with more than 30 months of runway" and that the merchant credit business had grown 40% quarter-on-quarter.

Industry executives said Paysetu is unlikely to be the last. "Most of the digital lending platforms built their economics on the DLG arrangement. With the cap, a lot of them will have to either raise fresh equity or shrink," said Sneha Kulkarni, partner at Mumbai-based advisory firm Ashoka Kulkarni & Associates.

The Digital Lenders' Forum of India, an industry body, said in a representation to the regulator last month that the rules could "choke off credit to first-time borrowers" in smaller towns. FSOBI chairman Rajiv Malhotra, however, has defended the rules.

"Innovation cannot come at the cost of the borrower," Malhotra said at an event in Mumbai earlier this month. "We have seen far too many instances of coercive recovery practices and hidden charges."

Paysetu raised $75 million in its Series C round in 2022 at a valuation of about $540 million. Halcyon Ventures declined to comment.""",
        [
            ("We have had to take", "Karthik Venkataraman"),
            ("Every colleague who is leaving", "Karthik Venkataraman"),
            ("None of this is a", "Karthik Venkataraman"),
            ("The consumer book was the", "person aware of the matter"),
            ("far more defensible", "Karthik Venkataraman"),
            ("well capitalised with more than", "Paysetu Technologies Pvt. Ltd"),
            ("Most of the digital lending", "Sneha Kulkarni"),
            ("choke off credit to first-time", "Digital Lenders' Forum of India"),
            ("Innovation cannot come at the", "Rajiv Malhotra"),
            ("We have seen far too", "Rajiv Malhotra"),
        ],
    ),
    (
        """Online grocer Kedai.sg fined $450,000 over data breach affecting 1.2 million customers

Jonathan Lim
Tech Correspondent

SINGAPORE – Online grocery platform Kedai.sg has been fined $450,000 for failing to protect the personal data of about 1.2 million customers, in one of the largest penalties imposed by the Personal Data Review Commission (PDRC) to date.

In a decision published on Feb 14, the commission said the company had left a database containing names, addresses, phone numbers and partial payment card details accessible on the internet without a password for at least seven weeks in 2023.

“The organisation did not have reasonable security arrangements in place, and its failure to conduct basic checks allowed the vulnerability to persist for an extended period,” the commission said.

The breach came to light after an independent security researcher alerted the company in September 2023. Kedai.sg, which is owned by Jurong-based Lumen Commerce Holdings, said it secured the database within hours of being notified.

In a statement on Feb 15, Kedai.sg chief executive Melissa Tan said the company accepted the commission’s findings and had since “overhauled our security architecture from the ground up”.

“We are deeply sorry for the concern this incident has caused our customers,” she said. “We have appointed an external auditor, tripled our cyber-security team and introduced mandatory encryption for all customer records.”

The company added that there was no evidence the data had been misused.

The PDRC noted that Kedai.sg had co-operated with its investigation and notified affected customers promptly, which it took into account in deciding the penalty. The maximum fine under the law is 10 per cent of an organisation’s annual turnover in Singapore, or $1 million, whichever is higher.

Cyber-security experts said the case was a reminder that fast-growing start-ups often neglect basic controls.

Mr Darren Goh, a director at consultancy Redline Assurance, said: “Misconfigured cloud databases remain one of the most common causes of data exposure here. It is not sophisticated hacking. It is somebody forgetting to lock the front door.”

He added that smaller firms often rely on third-party developers without checking how their systems are configured.

Speaking to reporters on the sidelines of an industry event on Feb 15, Minister of State for Digital Affairs Nur Aisyah Rahim said the Government would review whether penalties remained a sufficient deterrent.

“Companies that collect personal data must treat its protection as a core business responsibility, not an afterthought,” she said.

Some customers told The Straits Times they were only now learning the extent of the breach. Ms Clara Wong, 34, a marketing executive who has used the app since 2021, said: “I got an e-mail last year saying there was an ‘incident’, but nothing about my card details. I have deleted my account.”

Kedai.sg has 30 days to pay the fine.""",
        [
            ("The organisation did not have", "Personal Data Review Commission"),
            ("overhauled our security architecture from", "Melissa Tan"),
            ("We are deeply sorry for", "Melissa Tan"),
            ("We have appointed an external", "Melissa Tan"),
            ("Misconfigured cloud databases remain one", "Darren Goh"),
            ("Companies that collect personal data", "Nur Aisyah Rahim"),
            ("I got an e-mail last", "Clara Wong"),
        ],
    ),
    (
        """Govt moves to curb live-stream selling as small traders cry foul

Dewi Anggraini (The Jakarta Post)

Jakarta ● Tue, March 5, 2024

The government plans to restrict sales through live-streaming on social media platforms, arguing that the practice is driving cheap imported goods into the country and hurting micro, small and medium enterprises (MSMEs).

Digital Economy Minister Bambang Sutrisno said on Monday that a draft regulation would require platforms to obtain a separate e-commerce license before allowing users to sell goods during live broadcasts, and would set a minimum price of US$100 for goods sold directly from overseas.

"We are not against technology. We are against predatory pricing that kills our local producers," Bambang told reporters after a meeting with House of Representatives Commission VI. "Social media is for socializing, not for dumping."

The ministry expects to finalize the regulation within the next two months.

The plan has been welcomed by traders at Pasar Cempaka Baru in Central Jakarta, one of Southeast Asia's largest textile wholesale markets, where many stall owners say footfall has dropped sharply over the past year.

"Before, I could sell 200 pieces a day. Now, maybe 30 on a good day," said Hendra Saputra, who has sold batik shirts at the market for 15 years. "People come here to look, then they buy on their phones for half the price."

But executives at social commerce firms warned that the rules could hurt the very sellers the government says it wants to protect.

Ratna Kusumawati, head of public policy at live-shopping platform Ramai, said around 70 percent of the merchants on its platform were local MSMEs, many of whom had started selling online during the COVID-19 pandemic.

"For many of these sellers, live-streaming is their only shop window. If the door is closed, they will not simply go back to renting a stall," she told The Jakarta Post on Tuesday.

She added that the company had "always complied with every regulation" and would engage with the ministry on the draft.

The Indonesian Digital Commerce Association (Asdiko) said in a statement that it supported efforts to protect local products but urged the government to hold "meaningful consultations with industry" before issuing the rule.

Economist Yusuf Harahap of the Jakarta-based Institute for Digital Economy Studies (IDES) said the government was right to be concerned about cross-border imports, but that a blanket restriction could backfire.

"The issue is enforcement at customs, not the format in which goods are sold. Restricting live-streaming treats the symptom, not the disease," he said, adding that the government risked "sending a confusing signal" to foreign investors in the digital sector.

Indonesia's digital economy was worth an estimated $82 billion in gross merchandise value last year, according to industry estimates, with e-commerce accounting for nearly three-quarters of the total.""",
        [
            ("We are not against technology.", "Bambang Sutrisno"),
            ("Social media is for socializing,", "Bambang Sutrisno"),
            ("Before, I could sell 200", "Hendra Saputra"),
            ("People come here to look,", "Hendra Saputra"),
            ("For many of these sellers,", "Ratna Kusumawati"),
            ("always complied with every regulation", "Ratna Kusumawati"),
            ("meaningful consultations with industry", "Indonesian Digital Commerce Association"),
            ("The issue is enforcement at", "Yusuf Harahap"),
            ("sending a confusing signal", "Yusuf Harahap"),
        ],
    ),
    (
        """Competition watchdog probe finds food delivery apps favoured partner restaurants: sources

By Rohan Mehra, ET Bureau

NEW DELHI: An investigation by the Market Competition Authority of India (MCAI) has found that food delivery platforms Thaali and QuickBite gave preferential treatment to restaurants that signed exclusive deals with them, people familiar with the matter said.

The findings, contained in a report by the watchdog's Director General, are now being examined by the full commission, which will seek responses from both companies before deciding on penalties.

"The DG has found evidence of price parity clauses and of the platforms pushing exclusive partners higher in search rankings in return for lower commissions," said a senior official aware of the investigation. "It is a fairly detailed report running into several hundred pages."

The investigation began in 2022 following a complaint by the National Association of Restaurant Owners (NARO), which represents more than 5 lakh restaurants across the country.

NARO president Gurpreet Sethi said the findings, which the association has not yet seen, showed it had been "right all along about the platforms".

"For years, restaurant owners have been told they must either accept the terms of the platforms or disappear from the app. We hope the commission will now put an end to these practices," Sethi told ET.

A Thaali spokesperson said the company had not received any communication from the regulator. "We have always operated in full compliance with the law of the land and will continue to cooperate with the authorities," the spokesperson said.

QuickBite did not respond to ET's queries till the time of going to press.

According to a second person familiar with the matter, the report also flags the platforms' practice of operating private-label "cloud kitchen" brands that compete directly with partner restaurants on the apps.

Lawyers said the case could set a precedent for how the regulator treats self-preferencing by digital platforms. "This is the first time the MCAI is looking at the economics of a two-sided food marketplace in such depth," said Anjali Bhasin, partner at law firm Bhasin Rao & Co. "The outcome will shape how other platforms, from quick commerce to ride hailing, structure their contracts."

The development comes as the government considers a separate law on ex-ante regulation of large digital enterprises. A committee set up by the corporate affairs ministry had recommended last year that such companies be barred from favouring their own products and services.

Thaali, which listed on the stock exchanges in 2021, reported a net profit of ₹253 crore in the December quarter. QuickBite, backed by Singapore's Orchard Peak Capital, is expected to file for an IPO later this year.

Shares of Thaali closed 2.3% lower at ₹142.60 on Wednesday.""",
        [
            ("The DG has found evidence", "senior official aware of the investigation"),
            ("It is a fairly detailed", "senior official aware of the investigation"),
            ("right all along about the", "Gurpreet Sethi"),
            ("For years, restaurant owners have", "Gurpreet Sethi"),
            ("We have always operated in", "spokesperson"),
            ("This is the first time", "Anjali Bhasin"),
            ("The outcome will shape how", "Anjali Bhasin"),
        ],
    ),
    (
        """PisoPay outage leaves millions unable to pay; regulator orders probe

By Maricel D. Santos
Reporter

MANILA — Financial regulators have ordered e-wallet operator PisoPay to explain a nearly 14-hour service disruption over the weekend that left millions of users unable to send money, pay bills or access their balances.

The Digital Finance Supervisory Commission (DFSC) said on Monday it had directed PisoPay Inc. to submit a detailed incident report within five business days, including the root cause of the outage and the number of affected accounts.

“Digital payment services are now critical infrastructure for millions of Filipinos. Disruptions of this scale are unacceptable,” DFSC Commissioner Antonio R. Villanueva said in a statement.

He added that the regulator would “not hesitate to impose sanctions” if it found the company had failed to follow required business continuity procedures.

PisoPay, which claims more than 60 million registered users, said the disruption began at around 9 p.m. on Saturday and was caused by a failure during a “scheduled system upgrade” of its core database.

“We sincerely apologize to all our users, especially those who were unable to pay for essential goods and services during the disruption,” the company said in a post on its official Facebook page. “All balances are safe and no funds were lost.”

Users flooded social media with complaints, with many saying they were stranded at checkout counters and gas stations. Jomar Dizon, a delivery rider in Quezon City, said he had been unable to buy fuel on Sunday morning.

“All my earnings are in the app. I had no cash, so I could not work for half the day,” he told the Inquirer.

PisoPay president and chief executive Ramon Aquino said on Monday that the company would credit affected users with a ₱50 rebate and waive cash-in fees for one week.

“We know that an apology is not enough. We are conducting a full review with our technology partners to make sure this does not happen again,” Aquino said at a press briefing in Taguig.

According to an industry report released last month by the Archipelago Payments Forum, e-wallets accounted for more than half of all digital retail payments in the country in 2023.

Lawmakers called for stricter rules on service reliability. Sen. Carmela Ledesma, who chairs the Senate committee on banks, said she would file a resolution seeking an inquiry into the outage.

“If a bank’s ATMs went down nationwide for 14 hours, there would be an uproar. E-wallets now handle comparable volumes, and they should be held to the same standard,” Ledesma said.

Shares of PisoPay’s parent, Archipelago Digital Holdings Corp., fell 3.1 percent to ₱18.42 on Monday.""",
        [
            ("Digital payment services are now", "Antonio R. Villanueva"),
            ("not hesitate to impose sanctions", "Antonio R. Villanueva"),
            ("scheduled system upgrade", "PisoPay Inc."),
            ("We sincerely apologize to all", "PisoPay Inc."),
            ("All balances are safe and", "PisoPay Inc."),
            ("All my earnings are in", "Jomar Dizon"),
            ("We know that an apology", "Ramon Aquino"),
            ("If a bank’s ATMs went", "Carmela Ledesma"),
        ],
    ),
    (
        """Thailand shortlists five groups for virtual bank licences, delays final decision

By Pannarai Chaiyasit

BANGKOK, April 18 (Reuters) - Thailand's central bank has shortlisted five consortia for up to three virtual bank licences but will delay its final decision until later this year to complete additional checks on the applicants' technology systems, a senior official said on Thursday.

The Bank of Siam Monetary Authority (BSMA) had originally planned to announce the winners in June. The virtual banks, which will operate without physical branches, are expected to start operations in 2026.

"We want to make sure that the groups that are selected can protect depositors from day one, not after they have grown," Assistant Governor Siriporn Wattanakul told reporters at a briefing.

"Some applicants have very ambitious plans for lending to underserved groups, and we welcome that. But ambition has to be matched by risk management."

The shortlisted groups include a consortium led by conglomerate Chao Phraya Holdings and Singapore-based super app Lumio, and a joint venture between Ayothaya Savings Bank and South Korea's Hanul Digital. The central bank did not name the other three applicants.

Sources familiar with the matter told Reuters earlier this month that at least 11 groups had applied.

Chatchai Boonmee, chief executive of Lumio's Thai unit, said the company was "pleased and humbled" to be shortlisted and was ready to provide any information the central bank needed.

"Thailand has one of the highest smartphone penetration rates in the region, but millions of people still lack access to affordable credit," he said in an interview. "That is the gap we want to close."

The central bank has said it will cap the number of licences to avoid excessive competition in a banking sector where household debt stands at around 90% of gross domestic product.

Analysts said the delay was not unexpected.

"The BSMA has always been cautious, and given the level of household debt, it has good reason to be," said Warunee Srisuk, a banking analyst at Bangkok-based brokerage Phra Nakhon Securities. "I would be surprised if they award all three licences in the first round."

Shares of Chao Phraya Holdings fell 1.2% in afternoon trade, while the broader market was down 0.4%.

(Reporting by Pannarai Chaiyasit; Editing by Rachel Dunmore)""",
        [
            ("We want to make sure", "Siriporn Wattanakul"),
            ("Some applicants have very ambitious", "Siriporn Wattanakul"),
            ("pleased and humbled", "Chatchai Boonmee"),
            ("Thailand has one of the", "Chatchai Boonmee"),
            ("That is the gap we", "Chatchai Boonmee"),
            ("The BSMA has always been", "Warunee Srisuk"),
            ("I would be surprised if", "Warunee Srisuk"),
        ],
    ),
    (
        """Johor data centre rush strains water, power supply, say officials

By Nurul Izzah Kamarudin

KUALA LUMPUR (Feb 27): Johor's rapid emergence as a data centre hub is putting pressure on the state's water and electricity supply, and the state government will tighten approvals for new projects, said state investment committee chairman Datuk Lim Wei Sheng.

“We welcome the investments, but we must be realistic. Every new hyperscale facility needs as much electricity as a small town,” Lim said at a press conference in Iskandar Puteri on Tuesday.

Moving forward, he said, the state would prioritise data centre projects that used recycled water for cooling and committed to sourcing at least part of their power from renewable energy.

According to figures from the Johor Investment Promotion Corporation (JIPC), the state has approved 32 data centre projects with a combined capacity of about 3.2 gigawatts since 2021, of which 11 are already operational.

Industry players said they were prepared to adapt but called for clarity on the new guidelines.

Tan Sri Rahman Yusof, chairman of Sedenak Digital Parks Bhd, which is developing a 500-acre data centre campus in Kulai, said his company had already set aside land for a water recycling plant.

“The operators we are speaking to, the big global names, are asking the same questions the state government is asking. Where is the power coming from, and is it green? Nobody wants to be accused of taking water away from households.

“So we see this as a positive. If Johor gets the framework right, it will attract better-quality investment, not less of it,” he told The Edge in an interview.

However, a senior official at the national power utility, who asked not to be named because he was not authorised to speak to the media, said the grid in southern Johor would need “at least three to four years” of upgrades to keep up with the demand already committed.

“The applications we have in hand far exceed what we planned for in the last grid plan,” the official said.

The Malaysian Data Centre Operators Association (MDCOA), in a statement on Wednesday, said it supported “sustainable and responsible growth” of the industry and would work with the state and federal governments on the guidelines.

Residents in some parts of Kulai have complained of water disruptions in recent months. Siti Khadijah Osman, a 42-year-old trader in Taman Seri Mawar, said supply had been cut at least four times since November.

“We are not against development, but water for homes should come first,” she said.

Johor, which lies across the causeway from Singapore, has benefited from Singapore's moratorium on new data centres between 2019 and 2022, as well as its proximity to subsea cables.""",
        [
            ("We welcome the investments, but", "Lim Wei Sheng"),
            ("The operators we are speaking", "Rahman Yusof"),
            ("So we see this as", "Rahman Yusof"),
            ("at least three to four", "senior official at the national power utility"),
            ("The applications we have in", "senior official at the national power utility"),
            ("sustainable and responsible growth", "Malaysian Data Centre Operators Association"),
            ("We are not against development,", "Siti Khadijah Osman"),
        ],
    ),
    (
        """Vietnamese edtech start-up HocNhanh raises $28 million as investors return to the sector

By Pham Thu Ha

Ho Chi Minh City-based HocNhanh, which runs an AI-powered tutoring app for secondary school students, has raised $28 million in a Series B round led by Singapore’s Tembusu Growth Partners, the company announced on Wednesday.

Existing investors Saigon Ventures and Japan’s Kizuna Capital also participated in the round, which brings HocNhanh’s total funding to about $41 million. The company did not disclose its valuation, but a person with knowledge of the deal said it was “just under $200 million.”

Founded in 2019 by former teachers Nguyen Thi Lan Anh and Tran Minh Duc, HocNhanh says it has 3.5 million registered users, of whom around 400,000 pay a monthly subscription of 149,000 dong (about $6).

“Parents in Vietnam spend a huge share of their income on extra classes. We want to give every student access to a personal tutor at a fraction of that cost,” Lan Anh, the company’s chief executive, said in an interview.

The start-up plans to use the fresh capital to expand into the Philippines and Indonesia and to build out its generative AI features, which can explain maths and physics problems step by step in Vietnamese.

Edtech was one of the hardest-hit sectors in Southeast Asia after the pandemic, when schools reopened and demand for online learning fell. Funding for edtech start-ups in the region dropped by 68% in 2023, according to the “SEA Venture Pulse 2024” report by research firm Lotus Insights.

Koh Wei Jie, partner at Tembusu Growth Partners, said investors had become far more selective.

“What sets HocNhanh apart is that the business works. They have strong retention and a path to profitability within 18 months,” he said. “We are not backing a pandemic story.”

In a LinkedIn post announcing the round, co-founder Tran Minh Duc wrote: “Five years ago we were two teachers with a laptop in a rented room in District 3. Today, we have a team of 240 people.”

HocNhanh will, however, have to navigate Vietnam’s tightening rules on online education. The education ministry is drafting a circular that would require online tutoring platforms to register their content and limit the hours that students can spend on such services.

A ministry official, speaking on condition of anonymity, said the rules aimed to reduce “the excessive burden of extra study” on children, and were expected to take effect next year.

Lan Anh said the company welcomed regulation. “Good rules will separate serious players from those chasing quick profits,” she said.""",
        [
            ("just under $200 million.", "person with knowledge of the deal"),
            ("Parents in Vietnam spend a", "Nguyen Thi Lan Anh"),
            ("What sets HocNhanh apart is", "Koh Wei Jie"),
            ("We are not backing a", "Koh Wei Jie"),
            ("Five years ago we were", "Tran Minh Duc"),
            ("the excessive burden of extra", "ministry official"),
            ("Good rules will separate serious", "Nguyen Thi Lan Anh"),
        ],
    ),
]
