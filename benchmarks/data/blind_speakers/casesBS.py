CASES = [
    (
        """DOHA — Qamar Airways will add 24 widebody jets to its fleet over the next six years, the carrier said on Tuesday, betting that demand for long-haul travel through the Gulf will keep growing despite higher fuel costs and tighter airspace.

The order, split between the two main planemakers, was unveiled at a ceremony at the airline’s Doha headquarters billed as “Wings of 2030”. The carrier did not disclose the value of the deal, but analysts put it at more than $7 billion at list prices, before the steep discounts typical for large orders.

“We are not buying aircraft for next year, we are buying them for the next decade. Our passenger numbers grew 18 percent last year and our load factors are at record levels,” Khalid Al-Mansouri, chief executive of Qamar Airways, told reporters.

Al-Mansouri said the new jets would allow the airline to open routes to secondary cities in Africa and Central Asia, markets he described as “the last real growth frontier” for Gulf carriers. He said the first deliveries were expected in late 2026.

Not everyone is convinced. Rania Haddad, an aviation analyst at Beirut-based Levant Capital, said the order came as regional rivals were also expanding aggressively. “There is a real risk of oversupply on some of the trunk routes to Europe by 2027, and yields are already under pressure,” she said.

Haddad added that the airline’s so-called “hub-and-spoke plus” model, which pairs its Doha hub with a secondary base in Muscat, had yet to prove itself financially.

A spokesperson for the Civil Aviation Authority said the regulator welcomed the expansion and was “working closely with the airport operator” to make sure enough take-off and landing slots would be available at peak hours.

The airline’s finance chief, Mariam Al-Suwaidi, said the aircraft would be funded through a mix of cash, export credit and sale-and-leaseback deals. She said the carrier had no plans to tap bond markets this year.""",
        [
            ("We are not buying aircraft for", "Khalid Al-Mansouri"),
            ("the last real growth frontier", "Khalid Al-Mansouri"),
            ("There is a real risk", "Rania Haddad"),
            ("working closely with the airport", "spokesperson for the Civil Aviation Authority"),
        ],
    ),
    (
        """SHARJAH — Sadaf Ports Group said on Monday that container volumes at its flagship terminal rose 11 percent in the first half, as shipping lines diverted cargo away from the Red Sea and toward Gulf transshipment hubs.

The company handled 2.4 million twenty-foot equivalent units between January and June, according to a statement to the Abu Dhabi Securities Exchange. It said the group had “benefited from structural shifts in global trade flows” and expected volumes to remain elevated for the rest of the year.

Chairman Sheikh Faisal bin Rashid Al-Qasimi said the results vindicated the group’s decision to invest heavily in automation three years ago, when some shareholders questioned the cost.

“At the time, people called it an expensive experiment,” he said in the statement. “Today those automated cranes are the reason we can turn a vessel around in under 20 hours.

“We will take the same approach at our new terminal in Khor Fakkan, which we expect to open in the second quarter of 2026.”

Shares of the company rose 3.2 percent in early trading.

Omar Bakri, head of research at Dubai-based Tahseen Securities, said the numbers beat expectations but warned the Red Sea effect could reverse quickly. “If the shipping lanes reopen, a chunk of this volume goes back to Jeddah and the Egyptian ports. Investors should not extrapolate a one-off windfall,” Bakri said.

A senior executive at a rival terminal operator, who asked not to be named because he was not authorised to speak to the media, said Sadaf had been “very aggressive on pricing” to win contracts from two of the world’s largest container lines.

Sadaf declined to comment on its pricing. The company is due to present its five-year strategy, dubbed “Gateway 2030”, to investors in September.""",
        [
            ("benefited from structural shifts in", "Sadaf Ports Group"),
            ("At the time, people called", "Faisal bin Rashid Al-Qasimi"),
            ("Today those automated cranes are", "Faisal bin Rashid Al-Qasimi"),
            ("If the shipping lanes reopen,", "Omar Bakri"),
            ("very aggressive on pricing", "senior executive at a rival terminal operator"),
        ],
    ),
    (
        '''KUWAIT CITY -- The Hadeer Investment Authority, one of the Gulf's oldest sovereign wealth funds, plans to double its allocation to private credit over the next three years, its managing director said on Wednesday.

Speaking at the "Future of Capital" forum in Kuwait City, Dr. Yousef Al-Enezi said the fund saw private lending as "a natural fit for long-term, patient capital" at a time when banks in the United States and Europe were retreating from mid-market loans.

"We have been underweight private credit for too long. Our target is to move from roughly 4 percent of the portfolio to somewhere between 8 and 10 percent," Al-Enezi said.

The fund, which does not publish the size of its assets, is estimated by industry tracker FundWatch Gulf to manage more than $120 billion.

Al-Enezi declined to name the managers the authority would work with, saying only that talks were under way with firms in New York and London. He also dismissed suggestions that the shift reflected concern about stretched valuations in public equities, describing it as a long-term diversification decision rather than a market call.

The plan is likely to draw scrutiny from lawmakers, some of whom have criticised the fund for what one opposition MP last year called "a culture of total secrecy". The finance committee of the National Assembly said in a post on X that it would ask the authority to present the strategy at a closed hearing next month.

Layla Al-Sabah, a partner at Kuwait-based advisory firm Dasman Partners, said the timing made sense. "Sovereign funds that moved early into private credit have done very well," she said, "but the easy money has already been made, so manager selection will matter enormously."

She said the authority would also need to build up its in-house credit team, which she estimated at fewer than a dozen people.''',
        [
            ("a natural fit for", "Yousef Al-Enezi"),
            ("We have been underweight private", "Yousef Al-Enezi"),
            ("a culture of total secrecy", "opposition MP"),
            ("Sovereign funds that moved early", "Layla Al-Sabah"),
            ("but the easy money has", "Layla Al-Sabah"),
        ],
    ),
    (
        """DUBAI — Lulwa Developments sold out the first phase of its waterfront project “The Pearl Crescent” within three hours of launch on Saturday, the developer said, in the latest sign of frenzied demand for off-plan property in the emirate.

The company said in a statement that all 640 apartments, priced from 1.8 million dirhams ($490,000), had been reserved by buyers from more than 50 countries. It described the launch as “the strongest in our 20-year history”.

Lulwa’s founder and chairman, Hamad Bin Towq, said the company would bring forward the second phase by about six months, citing demand from India, Britain, China and, increasingly, Gulf nationals themselves.

But some analysts fear the market is overheating. Prices in some prime districts have risen more than 60 percent in three years, and a report published last month by consultancy Harbour & Crane, titled “Boom or Bubble?”, warned that a wave of supply due in 2026 and 2027 could weigh on values.

“We are seeing some of the same behaviours we saw in 2008: flipping, queues outside sales centres, people buying three or four units on a 10 percent deposit,” said Sunita Raghavan, the report’s lead author. She said the difference this time was that regulators had tightened rules on escrow accounts and developer financing, which made a crash “far less likely, though not impossible”.

A government official familiar with the matter said authorities were studying measures to curb speculation, including higher registration fees for units resold before completion. “Nobody wants to kill the golden goose, but nobody wants a repeat of 2009 either,” the official said.

Bin Towq dismissed the talk of a bubble. Asked about the Harbour & Crane report, he said: “Every cycle, someone writes the ‘bubble’ headline. The fundamentals of this city are population growth and capital inflows, and neither is slowing down.”

Shares of listed developers have nonetheless lagged the broader Dubai index since the report was published.""",
        [
            ("the strongest in our 20-year", "Lulwa Developments"),
            ("We are seeing some of the", "Sunita Raghavan"),
            ("far less likely, though not", "Sunita Raghavan"),
            ("Nobody wants to kill the", "government official familiar with the matter"),
            ("Every cycle, someone writes the", "Hamad Bin Towq"),
        ],
    ),
    (
        """MUSCAT — Oman’s Securities Regulatory Authority has fined a local brokerage 1.2 million rials and barred two of its executives over what it called a deliberate scheme to manipulate the prices of thinly traded stocks, in one of the largest enforcement actions in the sultanate’s history.

In a statement published on its website late on Sunday, the authority said Al Batinah Brokerage had executed coordinated trades between related accounts that “created a false and misleading appearance of active trading” in three small-cap companies between March and October last year.

The brokerage’s chief executive, Salim Al-Harthy, and its head of trading were banned from working in the securities industry for five years. Al-Harthy could not be reached for comment. Ahmed Al-Zadjali, a lawyer representing the firm, said his clients “strongly dispute the findings” and would appeal to the courts.

“The authority has relied on circumstantial trading patterns and ignored the explanations we provided at every stage of the process,” Al-Zadjali told Gulf Markets Daily by phone.

Enforcement has been a priority for the regulator since it launched its “Clean Market” initiative two years ago, part of a broader push to lure foreign investors to the Muscat bourse, where daily turnover rarely exceeds a few million rials.

“Foreign fund managers look at two things before they put money into a frontier market: liquidity and governance. A case like this hurts in the short term, because it tells you manipulation was happening, but it helps in the long term, because it tells you someone is watching,” said Dana Al-Rawahi, a portfolio manager at Oasis Asset Management in Muscat.

The authority said it had referred the case to the public prosecution and that investigations into other market participants were continuing.""",
        [
            ("created a false and misleading", "Securities Regulatory Authority"),
            ("strongly dispute the findings", "Ahmed Al-Zadjali"),
            ("The authority has relied on", "Ahmed Al-Zadjali"),
            ("Foreign fund managers look at", "Dana Al-Rawahi"),
        ],
    ),
    (
        '''RIYADH -- Two mid-sized Saudi lenders, Al Yamamah Bank and Tihama Commercial Bank, have agreed to merge in an all-share deal that would create the kingdom's sixth-largest bank by assets, the companies said in a joint filing on Thursday.

Under the terms, Tihama shareholders will receive 0.82 new Al Yamamah shares for each share they hold. The combined bank will keep the Al Yamamah name and be led by its current chief executive, Abdulaziz Al-Otaibi.

"Scale matters more than ever in this market. Digital investment, compliance, cybersecurity -- these are fixed costs, and you need a bigger balance sheet to carry them," Al-Otaibi said on a call with analysts.

Tihama's chairman, Nasser Al-Ghamdi, who will become deputy chairman of the merged entity, said the deal was "the right outcome for our shareholders and our staff". He said there would be no forced redundancies for at least two years, although some overlapping branches would close.

The transaction continues a wave of consolidation in Gulf banking as lenders seek to cut costs and compete for financing mandates tied to the kingdom's giga-projects. Faisal Qureshi, a banking analyst at Riyadh-based Al Majd Capital, wrote in a note to clients that the promised cost savings looked "credible but heavily back-end loaded". He estimated annual savings of around 900 million riyals by 2028.

Not all investors are convinced. A Riyadh-based fund manager, who holds Tihama shares and asked not to be named, said the exchange ratio undervalued the bank's mortgage book. "We think Tihama is being sold cheaply, and we'll be talking to other shareholders before the vote," the fund manager said.

The deal, known internally as "Project Falcon", still requires approval from shareholders of both banks, the banking regulator and the competition authority. The banks said they expected to complete it in the first quarter of next year.''',
        [
            ("Scale matters more than ever", "Abdulaziz Al-Otaibi"),
            ("the right outcome for our", "Nasser Al-Ghamdi"),
            ("credible but heavily back-end loaded", "Faisal Qureshi"),
            ("We think Tihama is being", "Riyadh-based fund manager"),
        ],
    ),
    (
        """JEDDAH — Saudi budget carrier Wadi Air has cancelled more than 300 flights scheduled over the next six weeks, blaming a shortage of qualified pilots and late aircraft deliveries, in a setback to its plans to win a bigger share of the kingdom’s fast-growing domestic market.

The airline informed affected passengers by text message on Sunday and offered full refunds or free rebooking on other dates.

Chief executive Nadia Al-Faraj acknowledged the disruption was painful. “We made a decision to cut the schedule now rather than cancel flights at the last minute, which is what we saw happen to others last summer,” she said in an interview.

“I would rather disappoint 40,000 passengers with notice than strand them at the gate without it. That is a choice I will defend to anyone.”

Al-Faraj said the airline had 34 aircraft but crew for only 29 of them. Recruiting captains was the hardest part, she said, because carriers across the region were competing for the same small pool of experienced pilots.

The problem is not unique to Wadi Air. Tariq Mahmoud, a former airline executive who now runs the Dubai-based consultancy SkyLine Advisory, estimated that the Gulf would need to train roughly 4,000 new pilots a year just to keep pace with aircraft orders. “Everyone has been ordering planes. Nobody ordered enough pilots,” he said.

Passengers vented their frustration online. Majed Al-Zahrani, who said he had booked a family trip to Abha for the Eid holiday, posted on X: “Three months of planning gone with a two-line text message. Is this the ‘new era’ of Saudi aviation?” The post was shared thousands of times.

Saudi Arabia’s Civil Aviation Commission said it was “closely monitoring the situation” and reminded airlines of their obligations under the kingdom’s passenger-rights rules, known as the “Traveller Charter”. Under the rules, passengers whose flights are cancelled less than two weeks before departure are entitled to compensation.""",
        [
            ("We made a decision to", "Nadia Al-Faraj"),
            ("I would rather disappoint 40,000", "Nadia Al-Faraj"),
            ("Everyone has been ordering planes", "Tariq Mahmoud"),
            ("Three months of planning gone", "Majed Al-Zahrani"),
            ("closely monitoring the situation", "Civil Aviation Commission"),
        ],
    ),
    (
        """ABU DHABI — Gulf governments and state-linked companies are on course to sell a record volume of bonds this year as oil prices below budget break-even levels push finance ministries back to the debt markets, according to a report from Meridian Ratings.

The report, titled “Borrowing Through the Cycle”, said issuance from the six Gulf Cooperation Council states could reach $145 billion by December, up from about $110 billion last year.

“The region is not borrowing because it is in trouble. It is borrowing because it can, and because the alternative is cutting capital spending on projects governments consider strategic,” said Karim Nassar, Meridian’s head of Middle East sovereign ratings.

Nassar said investor appetite remained strong, with recent deals drawing order books several times larger than the amount on offer. But he cautioned that not all issuers were equally placed: “For the larger sovereigns, debt levels are manageable and the buffers are deep. For one or two of the smaller states, the numbers are much less comfortable.

“If oil averages below $65 a barrel for two or three years, we would expect to see pressure on ratings at the lower end of the region.”

Nassar declined to name the states, although bond traders have long watched Bahrain, which some call the “canary in the Gulf coal mine” because of its sensitivity to oil shocks, as a bellwether for regional credit.

Huda Al-Mahmoud, a fixed-income portfolio manager at Falcon Bay Asset Management in Dubai, said the new supply had so far been absorbed with ease. “There’s a lot of cash on the sidelines, from Asian investors in particular,” she said.

But she warned that spreads could widen if issuance stayed “this heavy into the fourth quarter”, when many global investors close their books for the year.""",
        [
            ("The region is not borrowing", "Karim Nassar"),
            ("For the larger sovereigns, debt", "Karim Nassar"),
            ("There’s a lot of cash", "Huda Al-Mahmoud"),
            ("this heavy into the fourth", "Huda Al-Mahmoud"),
        ],
    ),
]
