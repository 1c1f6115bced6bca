CASES = [
    (
        """Kaveri Small Finance Bank Q3 net profit rises 18% to Rs 412 crore

Mumbai, Jan 24 (PTI) Kaveri Small Finance Bank on Wednesday reported an 18 per cent rise in net profit to Rs 412 crore for the December quarter, helped by healthy loan growth and lower provisions.

The Chennai-based lender had posted a net profit of Rs 349 crore in the year-ago period, it said in a regulatory filing.

Total income during the quarter rose to Rs 2,874 crore from Rs 2,310 crore a year ago, the bank said.

Net interest income grew 21 per cent to Rs 1,106 crore, while net interest margin stood at 7.9 per cent.

"The quarter saw broad-based growth across our microfinance, affordable housing and vehicle finance books, and collections have held up well despite the stress in some pockets," managing director and CEO Ramesh Iyengar Venkatraman said in a statement.

Gross non-performing assets (NPAs) improved to 2.41 per cent of gross advances at the end of December 2023 from 2.96 per cent a year ago. Net NPAs came in at 0.78 per cent against 1.02 per cent.

Speaking to analysts after the results, Venkatraman said the bank remained "watchful but not worried" on unsecured microfinance loans in two states where borrowers had been taking multiple loans from different lenders.

"We have tightened our underwriting in those districts and brought down the ticket size for first-cycle borrowers. We do not see this turning into a larger problem," he said.

He added that the bank expected to close the fiscal year with loan growth of 24-26 per cent.

Deposits rose 29 per cent year-on-year to Rs 38,412 crore, with the share of current and savings accounts (CASA) at 31.6 per cent.

Provisions and contingencies fell to Rs 188 crore from Rs 241 crore in the year-ago quarter.

"Deposit mobilisation remains the key monitorable for small finance banks as competition for retail term deposits has intensified," said Shalini Mehrotra, banking analyst at Dalal Street Securities, adding that Kaveri's cost of funds had risen 40 basis points in a year.

Shares of Kaveri Small Finance Bank closed 2.3 per cent higher at Rs 611.45 apiece on the bourse ahead of the results.""",
        [
            ("The quarter saw broad-based growth", "Ramesh Iyengar Venkatraman"),
            ("watchful but not worried", "Ramesh Iyengar Venkatraman"),
            ("We have tightened our underwriting", "Ramesh Iyengar Venkatraman"),
            ("Deposit mobilisation remains the key", "Shalini Mehrotra"),
        ],
    ),
    (
        """Shikshapath lays off 600 employees, shuts 40 offline tuition centres

By Ananya Raghavan

Bengaluru: Edtech firm Shikshapath has laid off about 600 employees, roughly a fifth of its workforce, and will shut 40 of its offline tuition centres across north and central India as it tries to cut losses ahead of a fresh funding round, two people aware of the matter said.

The cuts, which were communicated to staff on Monday, mostly affect sales, counselling and centre operations teams, they said.

“This is a painful but necessary step to build a sustainable business,” the company said in a statement. “Affected employees will receive severance of up to three months’ salary, extended medical cover and outplacement support.”

In an internal email seen by this newspaper, co-founder and chief executive Vikrant Sood told employees that the company had “expanded the offline network faster than demand justified” in 2022 and 2023.

“I take full responsibility for those decisions,” Sood wrote. “We grew as if the post-pandemic surge would last forever. It did not, and we were slow to accept it.”

Sood said the remaining 62 centres would be run on what he called a hub-and-spoke model, with smaller satellite classrooms attached to larger city centres, and that the company would push its “Shikshapath Plus” hybrid programme in tier-2 towns.

Shikshapath, which was valued at $1.2 billion in its last round in 2021, posted a loss of Rs 1,148 crore in FY23 on revenue of Rs 689 crore, according to its latest regulatory filings.

One of the two people, who is close to the company’s board, said the layoffs were a precondition set by prospective investors. “The new money will come only if the monthly burn is brought below Rs 25 crore. That is the number everyone is working towards,” the person said.

A counsellor at the company’s Jaipur centre, who was among those let go, said employees were given barely an hour’s notice. “We were called into a meeting at 11 and our laptops were collected by 12. Nobody from management came to the centre,” she said, requesting anonymity.

The company did not respond to a query on the counsellor’s claims.

Industry trackers estimate that edtech firms have shed over 14,000 jobs since the start of 2022 as demand for online classes fell with schools and coaching institutes reopening.

“The sector mistook a lockdown habit for a structural shift,” said Harshvardhan Tiwari, founding partner at early-stage fund Meridian Arc Ventures, which is not an investor in Shikshapath. “Offline is where the margins are hardest, and most of these companies went there with venture money rather than operating discipline.”""",
        [
            ("This is a painful but", "Shikshapath"),
            ("Affected employees will receive severance", "Shikshapath"),
            ("expanded the offline network faster", "Vikrant Sood"),
            ("I take full responsibility for", "Vikrant Sood"),
            ("We grew as if the", "Vikrant Sood"),
            ("The new money will come", "person close to the company’s board"),
            ("We were called into a", "counsellor at the company’s Jaipur centre"),
            ("The sector mistook a lockdown", "Harshvardhan Tiwari"),
            ("Offline is where the margins", "Harshvardhan Tiwari"),
        ],
    ),
    (
        """SCI proposes curbs on paid tie-ups between brokers and finfluencers

Mumbai, March 6

The Securities Commission of India (SCI) on Tuesday proposed barring registered brokers, investment advisers and mutual fund distributors from paying unregistered social media influencers to promote their products, in its sharpest move yet against so-called finfluencers.

In a consultation paper titled "Association of Regulated Entities with Unregistered Persons", the regulator said such arrangements had led to "mis-selling, unrealistic return promises and a blurring of the line between education and advice".

Under the proposal, regulated entities would not be allowed to share fees, referral income or any other monetary benefit with influencers who are not registered with the SCI. Influencers who confine themselves to financial education, without recommending specific stocks or schemes, would be exempt.

"We are not against education. We are against people giving tips for money without any accountability," SCI whole-time member Kavita Deshpande-Rao told reporters on the sidelines of an industry event in Mumbai.

She said the regulator had found instances where influencers with over a million followers were being paid Rs 15-20 lakh a month by trading platforms, often under arrangements linked to the number of new accounts opened.

Deshpande-Rao added: "If a platform benefits from the reach of an influencer, it must also take responsibility for what that influencer says."

Industry reaction was mixed. A senior executive at a large discount brokerage said the rules could hit customer acquisition, which has relied heavily on YouTube and Instagram creators over the past three years.

"Almost 40 per cent of our new accounts in some months came through creator partnerships. We will have to rework the entire marketing playbook," the executive said, declining to be named as the company was preparing its formal response.

Others welcomed the move. Nikhil Saraogi, founder of registered investment advisory firm Anchorline Wealth, said the proposal would "level the playing field" for advisers who pay for registration, certification and compliance.

"Today I have to follow a dozen rules before I tell a client to buy a fund, while someone with a ring light and a referral code can say whatever he wants," Saraogi said. "This fixes that asymmetry, at least partly."

According to a person familiar with the regulator's thinking, the SCI is also examining whether platforms should be required to disclose payments to influencers in their annual reports. "The idea is that investors should know who is being paid to say what," the person said.

The regulator has sought public comments on the paper until April 5.""",
        [
            ("mis-selling, unrealistic return promises and", "Securities Commission of India"),
            ("We are not against education.", "Kavita Deshpande-Rao"),
            ("If a platform benefits from", "Kavita Deshpande-Rao"),
            ("Almost 40 per cent of", "senior executive at a large discount brokerage"),
            ("level the playing field", "Nikhil Saraogi"),
            ("Today I have to follow", "Nikhil Saraogi"),
            ("This fixes that asymmetry, at", "Nikhil Saraogi"),
            ("The idea is that investors", "person familiar with the regulator's thinking"),
        ],
    ),
    (
        """Banks tighten co-lending terms with fintech partners as defaults rise

Priyanka Menon

Mumbai: Several private and small finance banks have begun renegotiating co-lending agreements with fintech partners, seeking higher loss cover and tighter control over underwriting, after the banking regulator flagged rising delinquencies in small-ticket personal loans, four people with direct knowledge of the discussions said.

At least three mid-sized lenders, including Deccan Commercial Bank and Sahyadri Bank, have asked partners to raise so-called “first loss default guarantees” to the permitted ceiling of 5% and to share borrower-level data within 48 hours of disbursal, the people said.

“The banks want to move from being passive balance-sheet providers to actually owning the credit decision,” said one of the people, a senior executive at a Bengaluru-based digital lender. “It is a reset of the whole relationship, and smaller fintechs without their own NBFC licence will struggle.”

Deccan Commercial Bank did not respond to an email seeking comment. A Sahyadri Bank spokesperson said the lender “regularly reviews all partnership arrangements in line with regulatory expectations” and declined to comment further.

The push comes weeks after Sunil Kant Bhardwaj, deputy governor of the Indian Banking Regulatory Authority, warned in a speech in Kochi that some lenders were “outsourcing their brains along with their origination” in the race for retail growth.

Personal loans below ₹50,000 had a 90-day delinquency rate of 7.6% in September, compared with 4.1% a year earlier, according to data from credit bureau Veritas Credit Information.

Rohan Kulkarni, co-founder and chief executive of digital lender Paisaboat, said the changes would raise costs but were overdue.

“For the last three years, a lot of co-lending was really just the fintech originating, the bank funding, and nobody truly owning the risk. That model was always going to break the moment the cycle turned.

“We have already moved about 60% of our book to our own NBFC. Where we still work with banks, their credit team sees every file. It slows us down by a day, maybe two, but I would rather have that than a surprise in the portfolio six months later,” he said.

Analysts expect the tightening to slow disbursement growth in the near term. “We expect unsecured fintech-originated disbursements to grow 12-15% this fiscal, against over 35% last year,” said Aditi Barve, director, financial institutions ratings, at Crestline Ratings.

Barve said banks were also likely to cut exposure to partners whose recovery practices had drawn customer complaints. “Reputational risk has become as important as credit risk for banks in this segment,” she said.

Some founders argue the regulator is painting the sector with a broad brush. “A handful of aggressive players created the problem, and now everyone pays for it,” said the founder of a Pune-based consumer lending start-up, who asked not to be named.""",
        [
            ("The banks want to move", "senior executive at a Bengaluru-based digital lender"),
            ("It is a reset of", "senior executive at a Bengaluru-based digital lender"),
            ("regularly reviews all partnership arrangements", "spokesperson"),
            ("outsourcing their brains along with", "Sunil Kant Bhardwaj"),
            ("For the last three years,", "Rohan Kulkarni"),
            ("We have already moved about", "Rohan Kulkarni"),
            ("We expect unsecured fintech-originated disbursements", "Aditi Barve"),
            ("Reputational risk has become as", "Aditi Barve"),
            ("A handful of aggressive players", "founder of a Pune-based consumer lending start-up"),
        ],
    ),
    (
        """Quick-commerce firm Zipkart files for $800 mln IPO

By Arjun Nair and Meghna Sethi

MUMBAI, Aug 12 - Indian quick-commerce company Zipkart filed draft papers on Monday for an initial public offering that could raise about $800 million, setting up one of the country's biggest start-up listings this year.

The Gurugram-based company, backed by Singapore's Harbourline Capital and domestic fund Sahasra Partners, plans to issue new shares worth 42 billion rupees ($500 million), while existing investors will sell up to 25 billion rupees worth of shares, according to the draft prospectus.

Zipkart, which promises grocery deliveries in 10 minutes across 34 cities, said it would use the proceeds to open about 450 new "dark stores" - small warehouses closed to walk-in shoppers - and to repay debt.

"We have reached a scale where public markets are the natural next step. We are not chasing a valuation number; we want long-term shareholders who understand the unit economics of this business," Chief Financial Officer Deepa Lakhani told reporters on a conference call.

Lakhani said the company's contribution margin had turned positive in 11 of its 34 cities, and that its oldest stores, in Delhi and Bengaluru, were now profitable after accounting for rent and staff costs. She declined to comment on the valuation being sought.

Two sources with direct knowledge of the matter said Zipkart was targeting a valuation of around $5 billion, more than double the $2.1 billion it was valued at in its last private round in 2022. They declined to be named as the discussions were private.

"Bankers have told the company that anything above $5.5 billion would be hard to defend given where listed peers are trading," one of the sources said.

The filing showed Zipkart's loss narrowed to 9.8 billion rupees in the year to March 2024 from 16.4 billion rupees a year earlier, while revenue jumped 71% to 31.2 billion rupees.

Quick commerce has become one of the most fiercely contested segments of Indian retail, drawing in e-commerce majors and large retail conglomerates, while distributors and small shopkeepers have complained of predatory pricing.

The Federation of Neighbourhood Retail Distributors said in a letter to the commerce ministry last month that the platforms were "destroying the livelihoods of lakhs of kirana stores through deep discounting funded by foreign capital".

Asked about the criticism, Lakhani said: "Kiranas are not our competitors. More than 60% of our suppliers are small and medium local businesses, and we are creating tens of thousands of jobs."

Analysts said demand for the issue would hinge on profitability. "Investors will look closely at whether the profitable cities are a template or an exception," said Manav Chhabra, head of research at Bayline Institutional Equities in Mumbai. "If the mature-city numbers hold up, there will be strong demand for the paper."

(Reporting by Arjun Nair and Meghna Sethi; Editing by Ruth Calloway)""",
        [
            ("We have reached a scale", "Deepa Lakhani"),
            ("Bankers have told the company", "source with direct knowledge of the matter"),
            ("destroying the livelihoods of lakhs", "Federation of Neighbourhood Retail Distributors"),
            ("Kiranas are not our competitors.", "Deepa Lakhani"),
            ("Investors will look closely at", "Manav Chhabra"),
            ("If the mature-city numbers hold", "Manav Chhabra"),
        ],
    ),
    (
        """Depositors queue up as regulator caps withdrawals at Kolhapur co-operative bank

Our Bureau

Kolhapur, July 18

Hundreds of anxious depositors queued outside branches of Shri Mahalaxmi Nagari Sahakari Bank on Thursday, a day after the Indian Banking Regulatory Authority (IBRA) barred the lender from granting fresh loans or accepting new deposits and capped withdrawals at ₹10,000 per account for six months.

In an order issued late on Wednesday, the regulator said the directions had been necessitated by the bank's "deteriorating financial position" and were aimed at protecting the interests of depositors.

"The imposition of directions should not per se be construed as cancellation of the banking licence by IBRA. The bank will continue to carry on banking business with restrictions till its financial position improves," the order said.

Eligible depositors will be entitled to receive up to ₹5 lakh of their deposits from the Deposit Protection Corporation, the regulator said.

At the bank's main branch on Station Road, police had to be called in to manage the crowd by mid-morning. Vasant Patil, a 67-year-old retired schoolteacher from nearby Kagal, said his entire savings of ₹14 lakh were in fixed deposits with the bank.

"I kept my money here for 30 years because the founders were from our taluka and we trusted them. Now they are telling me I can take out ten thousand rupees. How will I pay for my wife's operation?" he asked.

Bank chairman Dattatray Jadhav said the board had already submitted a revival plan to the regulator and was in talks with a larger urban co-operative bank for a possible merger.

"Our recoveries were hit by two bad seasons for sugarcane farmers, and a few large loans to builders turned bad. We have a plan to bring in fresh capital and I am confident that no depositor will lose a single rupee," Jadhav told reporters at the head office.

However, an official in the district co-operative department, who did not wish to be named, said a statutory audit for 2022-23 had flagged irregularities in loans worth about ₹86 crore given to firms linked to some directors and their relatives.

"The audit report was sent to the bank and to the higher authorities. The board was asked to recover the loans, but nothing was done," the official said.

Jadhav denied any wrongdoing, describing the allegations as "politically motivated rumours spread before the co-operative elections".

Local legislator Sharad Kumbhar, who visited the branch in the afternoon, demanded that the State government step in. "Most of these depositors are farmers, small traders and pensioners. The government cannot wash its hands of this," he said, adding that he would raise the issue in the monsoon session of the Assembly.

The bank has 19 branches across Kolhapur and Sangli districts and had deposits of about ₹742 crore and advances of ₹488 crore as of March 31, 2024, according to its latest annual report.""",
        [
            ("deteriorating financial position", "Indian Banking Regulatory Authority"),
            ("The imposition of directions should", "Indian Banking Regulatory Authority"),
            ("I kept my money here", "Vasant Patil"),
            ("Our recoveries were hit by", "Dattatray Jadhav"),
            ("The audit report was sent", "official in the district co-operative department"),
            ("politically motivated rumours spread before", "Dattatray Jadhav"),
            ("Most of these depositors are", "Sharad Kumbhar"),
        ],
    ),
    (
        """Aravalli Group to invest ₹45,000 crore in green hydrogen, says chairman at AGM

By Sameer Khanna

New Delhi: Aravalli Group chairman Mahendra Singh Rathore on Friday said the conglomerate would invest ₹45,000 crore over five years in green hydrogen and renewable energy, as it seeks to reduce its dependence on its legacy cement and thermal power businesses.

Addressing shareholders at the annual general meeting of flagship Aravalli Industries, Rathore, 71, who is often called the “Cement Raja” of north India, described the plan as “the biggest bet this group has made in its 60-year history”.

“Our cement and power businesses built this group, and they will continue to generate cash for many years. But the world our grandchildren inherit will not be run on coal, and we intend to be on the right side of that change,” he said.

The first phase will be a 1-gigawatt electrolyser plant in Rajasthan, expected to be commissioned by 2027, with the hydrogen to be supplied to fertiliser and refinery customers under long-term contracts.

The group will fund the investment through internal accruals and debt, and does not plan to dilute equity at the holding company level, group chief financial officer Neeraj Agarwal said. “Our consolidated net debt to EBITDA is at 1.8 times. Even at the peak of this capex cycle, we do not expect it to go above 2.5 times,” Agarwal told shareholders.

Rathore also addressed succession publicly for the first time, saying his daughter Ishita Rathore, currently managing director of Aravalli Renewables, would lead the new energy business.

“Ishita has built the renewables business from zero to 4 gigawatts in six years. She has earned this responsibility, not inherited it,” Rathore said.

Some shareholders questioned the group’s priorities. Pradeep Goyal, a retail investor from Jaipur, asked why the company had not raised its dividend despite record profits. “Shareholders have been patient for three years. Every year we hear about new investments, but the dividend stays at ₹6,” he said.

Responding, Rathore said the board would “review the dividend policy once the first phase of the hydrogen project is commissioned”.

Ahead of the meeting, proxy advisory firm Stakeholder Governance Advisors had, in a report titled “Aravalli Industries: AGM 2024 Voting Recommendations”, advised shareholders to vote against the reappointment of two independent directors, citing their long tenure.

“Both directors have served on the board for over a decade and cannot be considered independent in substance,” the report said.

The company later said in a stock exchange filing that all resolutions had been passed with the requisite majority.

Shares of Aravalli Industries ended 1.4% higher at ₹2,318 on Friday.""",
        [
            ("the biggest bet this group", "Mahendra Singh Rathore"),
            ("Our cement and power businesses", "Mahendra Singh Rathore"),
            ("Our consolidated net debt to", "Neeraj Agarwal"),
            ("Ishita has built the renewables", "Mahendra Singh Rathore"),
            ("Shareholders have been patient for", "Pradeep Goyal"),
            ("review the dividend policy once", "Mahendra Singh Rathore"),
            ("Both directors have served on", "Stakeholder Governance Advisors"),
        ],
    ),
    (
        """PayDost fined Rs 5.4 crore for KYC lapses, barred from adding new wallet users

New Delhi, Oct 3: The banking regulator on Thursday imposed a penalty of Rs 5.4 crore on PayDost Payments Bank and barred it from onboarding new customers on its prepaid wallet until it completes an external audit of its know-your-customer (KYC) processes.

In its order, the Indian Banking Regulatory Authority said an inspection had found 'a significant number of accounts opened without adequate verification of identity and address documents', and that in several thousand cases the same PAN or mobile number was linked to multiple accounts.

The penalty was 'based on deficiencies in regulatory compliance and is not intended to pronounce upon the validity of any transaction or agreement entered into by the entity with its customers', the regulator said.

PayDost, which claims 6.8 crore registered users, said existing customers would not be affected. 'All existing wallets and savings accounts will continue to function normally, and customers can deposit, withdraw and transfer money as before,' the company said in a statement.

Speaking to reporters later in the day, PayDost founder and managing director Karan Ahluwalia said the lapses related largely to accounts opened in 2021 and 2022 through third-party agents.

'We grew very fast during the pandemic and our controls did not keep pace. That's on us,' he said. 'We have already re-verified about 70 per cent of the flagged accounts and closed those we could not verify.'

Asked whether the company would appeal, Ahluwalia said it was 'evaluating all options' but that its priority was to 'work with the regulator and get the embargo lifted as early as possible'.

A senior official in the finance ministry said the government was monitoring the situation because of PayDost's large base of first-time users in smaller towns. 'Our concern is that customers should not panic and rush to withdraw. The regulator's action is against the company's processes, not against its customers,' the official said.

Shares of PayDost Technologies, the bank's listed parent, fell 8.2 per cent to close at Rs 412.60.

'The wallet business contributes only about 9 per cent of revenue, but the reputational damage and the uncertainty over the timeline are the bigger worry,' analysts at Kestrel Capital said in a note to clients, cutting their target price to Rs 450 from Rs 560.

This is the second regulatory action against the payments bank in three years. In 2022, it was fined Rs 1.2 crore for failing to report certain cyber-security incidents within the prescribed timeline.""",
        [
            ("a significant number of accounts", "Indian Banking Regulatory Authority"),
            ("based on deficiencies in regulatory", "Indian Banking Regulatory Authority"),
            ("All existing wallets and savings", "PayDost Payments Bank"),
            ("We grew very fast during", "Karan Ahluwalia"),
            ("We have already re-verified about", "Karan Ahluwalia"),
            ("evaluating all options", "Karan Ahluwalia"),
            ("work with the regulator and", "Karan Ahluwalia"),
            ("Our concern is that customers", "senior official in the finance ministry"),
            ("The wallet business contributes only", "Kestrel Capital"),
        ],
    ),
]
