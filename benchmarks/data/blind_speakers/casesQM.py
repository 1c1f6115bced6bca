CASES = [
    (
        """Saqr Air posts record half-year profit as passenger numbers climb 18%

Hana Mirza

Saqr Air reported a record profit for the first six months of the year, driven by strong demand on routes to South Asia and Europe and a recovery in cargo volumes, the Qalhat-based carrier said on Tuesday.

Net profit for the period rose 34 per cent to Dh1.9 billion ($517 million), while revenue climbed 12 per cent to Dh14.2bn, the airline said in a filing to the Qalhat Securities Exchange.

"These results reflect the hard work of our people and the confidence our passengers continue to place in us," said Khalid Al Suwaidi, chief executive of Saqr Air. "We have added capacity where demand is strongest and we have kept a tight grip on costs."

The airline carried 9.6 million passengers in the first half, up 18 per cent on the same period last year, and its seat load factor reached 84.7 per cent.

Mr Al Suwaidi told reporters at the carrier's headquarters that aircraft delivery delays remained the biggest constraint on growth. Saqr Air is waiting for 11 narrow-body jets that were due to arrive this year.

"We could fly more people tomorrow if we had the aircraft," he said. "The manufacturers know our position, and we are talking to them every week."

The carrier has leased four aircraft on a short-term basis to cover the shortfall, according to Maryam Haddad, the airline's chief financial officer. She described the arrangement as "expensive but necessary" and said the leases would run until the end of the first quarter of next year.

Cargo revenue rose 9 per cent, reversing two years of decline. The airline said it had benefited from "a shift of e-commerce volumes" towards Gulf hubs as disruption to shipping in the Red Sea continued to push freight on to aircraft.

Analysts said the numbers were better than expected. "Saqr Air has been disciplined on capacity and it is now getting paid for it," said Tariq Mansour, head of transport research at Bayyinah Capital. "The question is how long yields can hold up once the delivery backlog clears and everyone adds seats at the same time."

The airline did not give full-year guidance but said it expected "continued strong demand" through the winter travel season, when traffic to the Gulf typically peaks.

Saqr Air plans to launch flights to six new destinations before March, including Almaty, Krakow and Mombasa. Mr Al Suwaidi said the company would also decide on a long-awaited wide-body order "within months".

"We are not in a hurry to sign for the sake of signing," he said. "But we are close."

Shares in the airline closed 2.6 per cent higher on Tuesday, giving it a market value of about Dh21bn.""",
        [
            ("These results reflect the hard", "Khalid Al Suwaidi"),
            ("We have added capacity where", "Khalid Al Suwaidi"),
            ("We could fly more people", "Khalid Al Suwaidi"),
            ("The manufacturers know our position,", "Khalid Al Suwaidi"),
            ("expensive but necessary", "Maryam Haddad"),
            ("a shift of e-commerce volumes", "Saqr Air"),
            ("Saqr Air has been disciplined", "Tariq Mansour"),
            ("The question is how long", "Tariq Mansour"),
            ("continued strong demand", "Saqr Air"),
            ("within months", "Khalid Al Suwaidi"),
            ("We are not in a hurry", "Khalid Al Suwaidi"),
            ("But we are close.", "Khalid Al Suwaidi"),
        ],
    ),
    (
        """Marjan Sands launches Dh4.4bn waterfront project as off-plan sales surge

By Rohan Pillai

Marjan Sands Properties has launched a Dh4.4 billion ($1.2bn) waterfront community in Ras Fardan, the latest in a wave of mega-projects as developers rush to meet demand from foreign buyers.

The project, called Lulu Bay, will include 2,800 apartments, 140 villas, a marina and a 220-key hotel on a 1.6 million sq ft site along the Khor Ghadir creek. Handover of the first phase is scheduled for the fourth quarter of 2028.

“We are seeing buyers from more than 90 nationalities, and a growing share of them are end-users rather than investors,” Marjan Sands chairman Saeed bin Rashid Al Marri told reporters at the launch event on Wednesday.

“That changes the type of product the market needs. People want schools, clinics and parks within walking distance, not just a view.”

Off-plan transactions accounted for 61 per cent of all residential sales in Ras Fardan in the first half, according to data from the Ras Fardan Land Department, up from 48 per cent a year earlier.

Prices have followed. Average apartment prices rose 19 per cent year-on-year in the second quarter, property consultancy Harwell Stone said in a report published last week, warning that parts of the market were “running ahead of fundamentals”.

Not everyone is convinced the pace can last. Leena Farouk, head of research at Harwell Stone in the Gulf, said the pipeline of new homes due for handover between 2026 and 2028 was the largest the emirate had seen in more than a decade.

“Demand is real, but so is the supply coming,” she said. “Developers with strong balance sheets and a track record of delivering on time will be fine. Smaller players who have sold on very thin deposits could find it harder.”

Marjan Sands said it would require a 20 per cent down payment on Lulu Bay units, with the balance spread over construction milestones, and that it had already secured 70 per cent of the project’s financing through a syndicated facility led by Gulf Horizon Bank.

Al Marri dismissed talk of a bubble. “This is not 2008,” he said. “Regulation is much stronger, escrow rules protect buyers, and the people buying today are paying with their own money, not borrowed money.”

The developer’s shares rose 3.2 per cent on the Ras Fardan Financial Market following the announcement, extending their gain this year to 41 per cent.

A senior executive at a rival developer, who asked not to be named because he was not authorised to speak to the media, said land prices along the creek had nearly doubled in two years.

“Everybody wants a waterfront plot, and there are only so many of them,” he said. “The margins are getting squeezed from both ends.”

Marjan Sands has delivered more than 9,000 homes since it was founded in 2004 and has a further 6,500 units under construction across four communities.""",
        [
            ("We are seeing buyers from", "Saeed bin Rashid Al Marri"),
            ("That changes the type of", "Saeed bin Rashid Al Marri"),
            ("running ahead of fundamentals", "Harwell Stone"),
            ("Demand is real, but so", "Leena Farouk"),
            ("Developers with strong balance sheets", "Leena Farouk"),
            ("This is not 2008", "Saeed bin Rashid Al Marri"),
            ("Regulation is much stronger, escrow", "Saeed bin Rashid Al Marri"),
            ("Everybody wants a waterfront plot,", "senior executive at a rival developer"),
            ("The margins are getting squeezed", "senior executive at a rival developer"),
        ],
    ),
    (
        """Gulf Horizon Bank and Al Waha Commercial confirm merger talks

Deal would create country's second-largest lender by assets

Qalhat: Gulf Horizon Bank and Al Waha Commercial Bank are in early-stage talks about a merger that would create the country's second-largest lender by assets, the two banks confirmed on Sunday.

Gulf Horizon said in a filing to the Qalhat Securities Exchange that its board had agreed to study "the feasibility of a potential combination" and had appointed financial and legal advisers. Al Waha, in a separate disclosure, said there was "no certainty that any transaction will be concluded".

A combined bank would have assets of around 148 billion dinars and more than 190 branches across the country and in three overseas markets.

The talks follow a push by the Central Bank of Qalhat to consolidate a crowded sector, in which 22 banks serve a population of fewer than six million people. Governor Dr Nabil Al Khatib said in May that the country had "too many banks chasing the same customers" and that the regulator would "look favourably" on mergers that strengthened capital buffers.

A person familiar with the matter said the discussions had been going on for about three months and that a share swap was the most likely structure. "Both sides want to move quickly, but there is a lot of work to do on valuation," the person said, asking not to be identified because the talks are private.

Speaking on the sidelines of a banking conference in Qalhat on Sunday, Gulf Horizon chief executive Fatima Al Rumaithi declined to discuss the talks in detail.

"What I can say is that we are always looking at ways to create value for our shareholders," she said. "Scale matters in this industry, especially as we invest more and more in technology."

Al Waha's acting chief executive, Yousef Darwish, said in an emailed statement: "Our priority remains serving our customers and protecting the interests of our shareholders. We will update the market as and when appropriate."

Analysts said a tie-up made strategic sense. Gulf Horizon is strong in corporate and government banking, while Al Waha has built a large retail franchise and a growing Islamic banking window.

"The two banks have very little overlap in their corporate books, which is where the real synergies would come from," said Ananya Krishnan, a banking analyst at Meridian Securities in Qalhat. She estimated that cost savings could reach 12 to 15 per cent of the combined cost base within three years.

But she cautioned that integration "is never as smooth as the presentations suggest", pointing to the two banks' different core banking systems and overlapping branch networks in the capital.

Shares of Gulf Horizon rose 4.1 per cent in early trade, while Al Waha jumped 8.6 per cent, its biggest one-day gain since 2020.

The last major banking merger in the country, between National Bank of Qalhat and Qalhat Trade Bank in 2017, took nearly two years to complete.""",
        [
            ("the feasibility of a potential", "Gulf Horizon Bank"),
            ("no certainty that any transaction", "Al Waha Commercial Bank"),
            ("too many banks chasing the", "Nabil Al Khatib"),
            ("look favourably", "Nabil Al Khatib"),
            ("Both sides want to move", "person familiar with the matter"),
            ("What I can say is", "Fatima Al Rumaithi"),
            ("Scale matters in this industry,", "Fatima Al Rumaithi"),
            ("Our priority remains serving our", "Yousef Darwish"),
            ("The two banks have very", "Ananya Krishnan"),
            ("is never as smooth as", "Ananya Krishnan"),
        ],
    ),
    (
        """Qalhat Future Fund steps up private credit bets as assets hit $240bn

Sovereign investor says era of cheap money is over

By Sameer Joshi

Qalhat Future Fund, the country's $240 billion sovereign wealth fund, said it would increase its allocation to private credit and infrastructure as it prepares for a prolonged period of higher interest rates.

In its annual review, published on Wednesday, the fund said assets under management had grown by $31bn over the past year, helped by strong performance in public equities and the transfer of state stakes in two utilities. Its annualised 20-year return stood at 7.4 per cent.

"The investment environment has changed fundamentally," Sheikh Hamad bin Sultan Al Jaberi, the fund's managing director, wrote in the foreword to the report. "The era of cheap money that shaped portfolios for more than a decade is behind us.

"We are positioning the fund for a world in which returns must be earned through selection and active ownership, not through leverage."

The fund raised its private credit allocation to 9 per cent of the portfolio, from 5 per cent, and said it planned to reach "low double digits" within three years. It has committed $6bn to direct lending partnerships with three global asset managers since January.

Infrastructure now accounts for 11 per cent of assets, with recent investments in European fibre networks, an Indian toll road portfolio and a stake in a Brazilian port operator.

At a briefing for journalists in Qalhat, chief investment officer Layla Bishara said the fund was "not pulling back" from the United States, its largest market, but was looking more closely at Asia.

"India, Japan and South-East Asia are where we see the most compelling combination of growth and valuation," she said.

Asked about technology valuations, Ms Bishara said the fund had trimmed some of its listed technology holdings in the second half of the year. "We took some profits. That is not a call on the sector, it is portfolio discipline," she said.

At home, the fund is a key financier of the government's "Qalhat 2040" economic diversification programme, and has backed projects ranging from a green hydrogen plant to a new film studio complex outside the capital.

"Our mandate is both financial and developmental, and we don't see those two goals as being in conflict," Ms Bishara said.

Gulf sovereign investors have been among the busiest dealmakers globally this year. State funds from the region deployed $82bn in the first nine months, according to Sovereign Tracker, a research firm that monitors state investors.

Martin Keogh, the firm's founder, said Gulf funds had become "the most active pool of capital in the world right now", and that managers in New York and London were increasingly designing products with them in mind.

The fund did not disclose a one-year return figure, in line with its past practice.""",
        [
            ("The investment environment has changed", "Hamad bin Sultan Al Jaberi"),
            ("The era of cheap money", "Hamad bin Sultan Al Jaberi"),
            ("We are positioning the fund", "Hamad bin Sultan Al Jaberi"),
            ("low double digits", "Qalhat Future Fund"),
            ("not pulling back", "Layla Bishara"),
            ("India, Japan and South-East Asia", "Layla Bishara"),
            ("We took some profits.", "Layla Bishara"),
            ("Our mandate is both financial", "Layla Bishara"),
            ("the most active pool of", "Martin Keogh"),
        ],
    ),
    (
        """Budget carrier FlyWaha orders 40 jets at Qalhat Airshow

QALHAT, Nov 14 – FlyWaha, the low-cost airline majority owned by the Bayyinah government, signed an order for 40 narrow-body jets on Thursday, the second day of the Qalhat Airshow, as Gulf carriers push ahead with fleet expansion despite production bottlenecks at manufacturers.

The deal covers 30 firm orders and 10 purchase rights for Stratos Aerospace’s SA-220 jet, and is worth about $5.4 billion at list prices, although airlines typically secure steep discounts.

‘This order is about the next decade, not the next year,’ FlyWaha chief executive Omar Bassam told a press conference at the show. ‘We expect to double our network to more than 120 destinations by 2032, and we will need the right aircraft to do that profitably.’

Bassam said the airline was in talks with lessors for another 12 aircraft to bridge the gap until deliveries begin in 2029.

Manufacturers have struggled to raise output as shortages of parts and what analysts have dubbed the ‘engine crunch’ have left hundreds of finished airframes waiting for power plants.

Stratos Aerospace’s chief commercial officer, Helene Marchetti, said the company was on track to lift production of the SA-220 to 55 a month by 2027.

‘We know our customers are frustrated, and we share that frustration,’ she told reporters. ‘Supply chain stability has improved, but engines remain the tightest part of the system.’

Two industry sources said FlyWaha had also held talks with a rival manufacturer but chose Stratos after being offered earlier delivery slots and a favourable maintenance package.

‘They got a very good price because they were willing to commit to a large number of aircraft,’ said one industry source familiar with the negotiations.

Bayyinah’s transport minister, Rashed Al Kindi, who attended the signing, said the order supported the government’s goal of making the country ‘a regional aviation hub in its own right’ rather than a feeder for larger neighbouring carriers.

FlyWaha said in a statement that it had carried 7.1 million passengers in the first nine months of the year, up 22 percent, and that its load factor had averaged 88 percent.

The carrier’s chief commercial officer, Nadia Saleh, put the airline’s approach bluntly: ‘Our customers don’t care about the brand of the plane. They care about the fare and whether we leave on time.’

Low-cost carriers account for around a fifth of seat capacity in the Gulf, well below levels in Europe and South-East Asia.

‘Low-cost carriers in the region have barely scratched the surface of demand from migrant workers and young families,’ said Aditya Menon, a partner at aviation consultancy SkyLedger. ‘The constraint is not passengers, it is aircraft and airport slots.’

FlyWaha currently operates a fleet of 38 aircraft from its base at Bayyinah International Airport.""",
        [
            ("This order is about the", "Omar Bassam"),
            ("We expect to double our", "Omar Bassam"),
            ("We know our customers are", "Helene Marchetti"),
            ("Supply chain stability has improved,", "Helene Marchetti"),
            ("They got a very good", "industry source familiar with the negotiations"),
            ("a regional aviation hub in", "Rashed Al Kindi"),
            ("Our customers don’t care about", "Nadia Saleh"),
            ("Low-cost carriers in the region", "Aditya Menon"),
            ("The constraint is not passengers,", "Aditya Menon"),
        ],
    ),
    (
        """Rents in Bayyinah’s prime districts jump up to 22% as new index takes effect

Tenants weigh moving further out as landlords seek bigger increases on renewal

Bayyinah: Tenants in the city’s most sought-after neighbourhoods are facing rent increases of up to 22 per cent this year, according to new figures, as landlords adjust to a revised rental index that came into force on January 1.

The Bayyinah Real Estate Regulatory Agency (BRERA) said the updated index, which sets the maximum permissible increase on renewal, better reflects “actual market conditions” in each building rather than averages across whole districts.

“The previous system was too blunt,” said Eng. Abdulla Al Hammadi, director of rental disputes at BRERA. “Some tenants in older buildings were paying well above market, while others in new towers were paying far below. The new index corrects that in both directions.”

Data from property portal Baytak showed average annual rents for a one-bedroom apartment in Marina Heights rose to Dh98,000 from Dh80,500 a year earlier. Two-bedroom units in Al Safa climbed 17 per cent to Dh142,000.

Priya Nair, a schoolteacher who has lived in Al Safa Towers for six years, said her landlord had asked for a 15 per cent increase on renewal.

“I checked the index and unfortunately he is within his rights,” she said. “We are looking at moving further out, maybe to Al Rawdah, but then the commute is 40 minutes each way.”

Another tenant, who gave his first name as Faisal, said he had negotiated the increase down to 8 per cent by agreeing to a two-year contract. “Landlords prefer certainty. If you offer them a longer commitment, most of them will talk,” he said.

Brokers said population growth continued to outpace the delivery of new homes. “The market is still absorbing a lot of new arrivals,” said Hisham Qureshi, managing director of brokerage Keystone Homes. “Until more supply is handed over in 2026, I don’t expect rents to soften in the prime areas.”

Outside the prime districts the picture is more mixed. Rents in parts of Al Rawdah and Industrial City 2 were flat or slightly lower, Baytak’s data showed, as new buildings there competed for tenants.

A BRERA official, speaking on condition of anonymity, said the agency had received 30 per cent more rental dispute cases in the first quarter than a year earlier, but that most were resolved “within weeks” through mediation.

Al Hammadi urged residents to use the agency’s online calculator before agreeing to any increase. “Tenants should always check the index before signing anything. Knowledge is their best protection,” he said.

Under the rules, landlords must give at least 90 days’ notice of any change to the terms of a tenancy contract.""",
        [
            ("actual market conditions", "Bayyinah Real Estate Regulatory Agency"),
            ("The previous system was too", "Abdulla Al Hammadi"),
            ("Some tenants in older buildings", "Abdulla Al Hammadi"),
            ("I checked the index and", "Priya Nair"),
            ("We are looking at moving", "Priya Nair"),
            ("Landlords prefer certainty.", "Faisal"),
            ("The market is still absorbing", "Hisham Qureshi"),
            ("Until more supply is handed", "Hisham Qureshi"),
            ("within weeks", "BRERA official"),
            ("Tenants should always check the", "Abdulla Al Hammadi"),
        ],
    ),
    (
        """Al Safwa Islamic Bank prices $750 mln AT1 sukuk as orders top $3 bln

By Karim Nassar

BAYYINAH, Oct 8 - Al Safwa Islamic Bank priced a $750 million perpetual Additional Tier 1 sukuk on Tuesday at 6.25%, after demand from investors exceeded $3 billion, according to a document issued by one of the banks arranging the deal.

Initial price guidance had been set at around 6.875%, the document showed.

The Bayyinah-based lender, the country's largest Islamic bank by assets, said the proceeds would strengthen its capital base and support financing growth, particularly to small and medium-sized businesses. The sukuk uses a "mudaraba" structure and is non-callable for six years.

"The quality and depth of the order book is a strong endorsement of our strategy and our credit story," Al Safwa's group chief executive Mohammed Rafiq Siddiqui said in a statement.

About 70% of the paper was allocated to investors in the Middle East, 18% to Europe and 12% to Asia, the document said.

Gulf issuers have flocked to debt markets this year as banks seek to lock in funding ahead of expected rate cuts and to replace older capital instruments.

"Issuance from the region is running at a record pace," said Elena Voss, head of CEEMEA debt capital markets at Northgate Bank, one of the joint lead managers. "Investors like the combination of strong sovereign support, high liquidity and spreads that still offer a pick-up over comparable emerging market names."

Meridian Ratings assigned the sukuk a rating of BB+, citing the bank's "solid capitalisation and stable funding profile". In a report, however, the agency said Al Safwa's exposure to the property sector, at about 24% of gross financing, was "higher than that of most peers" and could "weigh on asset quality in a downturn".

On a call with reporters, the bank's chief financial officer, Reem Al Obaidli, said real estate exposure had fallen from 29% two years ago and would continue to decline.

"We have been deliberately rebalancing towards trade finance and SMEs. That process is not finished," she said.

One Gulf-based fixed income fund manager, who declined to be named, said the final pricing was "tight but fair" given the bank's ratings and the subordinated nature of the instrument.

Al Safwa's common equity tier 1 ratio stood at 13.1% at the end of June. The bank reported a 19% rise in first-half net profit to 2.3 billion dirhams.

It was the bank's first AT1 issuance since 2019, when it sold a $500 million instrument that is due to be called next year. Al Safwa said it planned to redeem that sukuk at the first call date.

Northgate Bank, Gulf Horizon Bank and Al Safwa Capital were among the joint lead managers on the deal.""",
        [
            ("The quality and depth of", "Mohammed Rafiq Siddiqui"),
            ("Issuance from the region is", "Elena Voss"),
            ("Investors like the combination of", "Elena Voss"),
            ("solid capitalisation and stable funding", "Meridian Ratings"),
            ("higher than that of most", "Meridian Ratings"),
            ("weigh on asset quality in", "Meridian Ratings"),
            ("We have been deliberately rebalancing", "Reem Al Obaidli"),
            ("tight but fair", "Gulf-based fixed income fund manager"),
        ],
    ),
    (
        """State investor Al Rimal to sell 30% of Sama Aviation in $1.1bn IPO

RAS FARDAN: Al Rimal Investment Company, one of Ras Fardan's state investment vehicles, plans to sell a 30 percent stake in ground handling and airport services firm Sama Aviation Services in an initial public offering that could raise up to $1.1 billion, the fund said on Monday.

The offering, which opens to retail and institutional investors on Oct. 21, would be the largest on the Ras Fardan Financial Market this year, according to exchange data.

"Sama has grown into a regional champion, and this listing gives the public a chance to share in that success," Al Rimal chief executive Abdulrahman Al Zaabi said at a press conference announcing the intention to float.

"It also reflects our broader strategy. We are a long-term owner, but we believe that listed companies tend to be better governed, more transparent and ultimately more valuable. Sama will not be the last."

Sama handles more than 400,000 flights a year at nine airports in the Gulf, Africa and Central Asia. Its revenue rose 16 percent last year to 3.9 billion dirhams, according to the intention-to-float document, while its net profit margin reached 21 percent.

The company's chief executive, Nour El Din Hassan, said all proceeds from the sale would go to Al Rimal as the selling shareholder, but that Sama planned to pay out at least 60 percent of net profit as dividends from next year.

"We want to be a stock that people hold for income as well as growth," he said.

Sama Aviation Services also warned in the document that its concession at Ras Fardan International Airport, which accounts for almost half of revenue, expires in 2034 and that there was "no assurance" it would be renewed on similar terms.

Gulf listings have rebounded this year after a slow 2023, with state-backed companies accounting for most of the money raised.

A banker working on the deal, who asked not to be identified, said anchor investors had already committed to take about a third of the offering. "Interest from international long-only funds has been very strong, which is not always the case with Gulf listings," the banker said.

A spokesman for Al Rimal said the fund had "no plans at this stage" to reduce its holding below 70 percent after the IPO.

Rasha Matar, a portfolio manager at Crescent Asset Management, said investors would focus on price. "Valuation will be the key. If they price it sensibly, there is room for it to trade up, as we saw with the last few infrastructure listings," she said.

She added that the concession renewal was "the one question every investor will ask" during the roadshow.

The price range will be announced on the first day of the subscription period, with trading expected to begin in mid-November.""",
        [
            ("Sama has grown into a", "Abdulrahman Al Zaabi"),
            ("It also reflects our broader", "Abdulrahman Al Zaabi"),
            ("We want to be a", "Nour El Din Hassan"),
            ("no assurance", "Sama Aviation Services"),
            ("Interest from international long-only funds", "banker working on the deal"),
            ("no plans at this stage", "spokesman"),
            ("Valuation will be the key.", "Rasha Matar"),
            ("the one question every investor", "Rasha Matar"),
        ],
    ),
]
