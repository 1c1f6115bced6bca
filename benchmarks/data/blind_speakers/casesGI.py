CASES = [
    (
        """Harbourline Foods flags margin squeeze as grocery wholesaler cuts guidance

Tom Achterberg

Harbourline Foods has warned that higher freight and energy costs will shave up to 80 basis points off its operating margin this financial year, sending shares in the Sydney-based grocery wholesaler down 9.4 per cent to $3.12 on Wednesday.

The company, which supplies about 1400 independent supermarkets across NSW, Queensland and Victoria, now expects underlying earnings before interest and tax of between $142 million and $150 million for fiscal 2025, down from previous guidance of $158 million to $165 million.

“We are not immune to what is happening across the supply chain,” chief executive Megan Toolan told analysts on a call after the update. “Freight rates on the east coast have gone up faster than we modelled, and we’ve made the call not to pass all of that through to our retailers.”

Ms Toolan said the independent grocery channel remained “structurally sound” but conceded that a push by the two major supermarket chains on private-label pricing had put pressure on volumes in the second half.

Chief financial officer Raj Pillai said the wholesaler would accelerate a $40 million cost-out program announced in August, including the consolidation of two distribution centres in western Sydney.

“The closure of Eastern Creek brings forward about $12 million of savings into fiscal 2026,” Mr Pillai said. “We think that gives us a clear path back to the margins we were delivering before the pandemic.”

Analysts were not convinced. Jarrah Capital’s consumer analyst Felicity Odum said the downgrade was the second in six months and raised questions about the credibility of management’s forecasts.

“The market gave them the benefit of the doubt in February. I don’t think it will do that twice,” Ms Odum said. “The story here was always about margin recovery, and that story has now been pushed out by at least a year.”

Another fund manager, who asked not to be named because his firm holds the stock, said the board had been “too slow” to respond to the loss of a major Queensland customer last year.

Harbourline said in a statement to the ASX that its balance sheet remained strong, with net debt of $88 million and “ample headroom” under its banking covenants. It maintained its interim dividend of 7¢ a share.

The shares have fallen 27 per cent since the start of the year, compared with a 6 per cent gain in the S&P/ASX 200.""",
        [
            ("We are not immune to", "Megan Toolan"),
            ("Freight rates on the east", "Megan Toolan"),
            ("structurally sound", "Megan Toolan"),
            ("The closure of Eastern Creek", "Raj Pillai"),
            ("We think that gives us", "Raj Pillai"),
            ("The market gave them the", "Felicity Odum"),
            ("The story here was always", "Felicity Odum"),
            ("too slow", "fund manager"),
            ("ample headroom", "Harbourline Foods"),
        ],
    ),
    (
        """Southern Plains lifts milk price forecast as China demand firms

By Hamish Te Wiata

Dairy co-operative Southern Plains has raised its forecast farmgate milk price for the season to $9.40 per kilogram of milksolids, up 40c, citing stronger-than-expected demand from China and Southeast Asia.

The Timaru-based co-operative, which processes about 12 per cent of the country's milk, said the midpoint of its forecast range was now the highest in three seasons.

"We've seen a real lift in whole milk powder prices over the last six auctions, and our forward order book is looking healthier than it has for some time," chairwoman Aroha Kingi said.

"That gives us the confidence to lift the forecast now rather than wait until the new year."

Kingi said the co-operative had also secured a new three-year supply deal with a Jakarta-based infant formula maker, though she declined to name the buyer, citing commercial sensitivity.

The upgrade will be welcomed by farmers in Canterbury and Southland, many of whom have struggled with high interest costs and a dry spring.

Federated Growers South Canterbury president Duncan McIlroy said the extra 40c would add roughly $60,000 to the income of an average-sized farm in the region.

"It's not going to solve everybody's problems, but it's a step in the right direction," McIlroy said. "A lot of guys have been running on the overdraft since winter, and the banks have been watching very closely."

Westhaven Bank senior agricultural economist Priya Naidu said the forecast was "a touch optimistic" given the risk of a supply response from South America.

"Global production has been soft for most of this year, which has helped prices," she said. "But if Argentina and Uruguay have a good season, we could see that support fade fairly quickly in the second half."

Naidu said her bank was sticking with its own forecast of $9.10, noting that the co-operative's advance payment schedule would not change until the next review in February.

Southern Plains' units, which trade on the NZX, rose 3.2 per cent to $4.18 on the news, taking their gain for the year to 14 per cent.

The co-operative will announce its half-year result in March.""",
        [
            ("We've seen a real lift", "Aroha Kingi"),
            ("That gives us the confidence", "Aroha Kingi"),
            ("It's not going to solve", "Duncan McIlroy"),
            ("A lot of guys have", "Duncan McIlroy"),
            ("a touch optimistic", "Priya Naidu"),
            ("Global production has been soft", "Priya Naidu"),
            ("But if Argentina and Uruguay", "Priya Naidu"),
        ],
    ),
    (
        """Super funds warned on private credit valuations as outflows test liquidity

By Daniel Kostakis

Australia's superannuation funds must be more transparent about how they value unlisted assets, the head of one of the country's largest industry funds has warned, as rising member switching tests the liquidity of portfolios stacked with private credit and infrastructure.

Speaking at a financial services conference in Melbourne on Tuesday, Coastline Super chief executive Gareth Lindqvist said trustees could no longer rely on quarterly revaluations when members were able to move money daily.

"If a member can switch out on a Tuesday and the asset was last valued in March, then somebody is getting a better deal than somebody else," Mr Lindqvist said. "That's not a theoretical problem any more. We've got 4.2 million members and a growing number of them are active switchers."

His comments come as private credit funds face heightened scrutiny over loan valuations and fees. Private credit now accounts for about $240 billion of assets in Australia, according to estimates by research house Meridian Analytics, up from less than $100 billion five years ago.

Mr Lindqvist said Coastline had moved to monthly valuations for its largest unlisted holdings and was testing weekly pricing for its private credit portfolio.

The message from the regulator has been blunt. In a speech last month, Prudential Standards Council deputy chair Anne Moreau told trustees: "Valuation governance is not a back-office function. It goes to the heart of whether members are treated fairly."

Not everyone agrees the sector has a problem. Kieran Walsh, managing director of Sydney-based private credit manager Ironbark Lane Partners, said the criticism was "overcooked" and ignored the low default rates across the Australian market.

"The vast majority of loans in our portfolios are senior secured, with conservative loan-to-value ratios," Mr Walsh said. "We've had two impairments in eight years. I'd be happy to compare that record with anyone's."

A spokeswoman for the Association of Retirement Funds said the industry body supported "consistent and robust" valuation standards but warned against rules that would force funds to sell long-term assets at short notice.

"Members benefit from the illiquidity premium on these assets, and we should be careful not to design that away," she said.

One senior investment executive at a rival fund, who declined to be identified, said some trustees were "quietly nervous" about how their unlisted books would look in a downturn. "Nobody wants to be the first to mark down," the executive said.""",
        [
            ("If a member can switch", "Gareth Lindqvist"),
            ("That's not a theoretical problem", "Gareth Lindqvist"),
            ("Valuation governance is not a", "Anne Moreau"),
            ("overcooked", "Kieran Walsh"),
            ("The vast majority of loans", "Kieran Walsh"),
            ("We've had two impairments in", "Kieran Walsh"),
            ("consistent and robust", "spokeswoman"),
            ("Members benefit from the illiquidity", "spokeswoman"),
            ("quietly nervous", "senior investment executive at a rival fund"),
            ("Nobody wants to be the", "senior investment executive at a rival fund"),
        ],
    ),
    (
        """Auckland builder Kōwhai Construction collapses owing $31m

By Jono Petersen

Auckland commercial builder Kōwhai Construction has been placed into liquidation owing creditors about $31 million, leaving dozens of subcontractors out of pocket and three apartment projects unfinished.

Liquidator Tane Hurst of insolvency firm Rowley Hurst Partners was appointed by the High Court at Auckland on Friday, following an application by a Hamilton-based steel supplier owed $1.2m.

In his first report, released on Tuesday, Hurst said the company's records were "incomplete and in some cases inconsistent", and that he was still working to establish the full list of creditors. Inland Revenue is owed about $2.4m in unpaid GST and PAYE, the report shows.

"We are aware of at least 60 subcontractors who are owed money, and that number is likely to grow as people come forward," Hurst said in an interview.

Among them is Sione Fakatava, whose Māngere plumbing business is owed $340,000 for work on a 48-unit apartment block in Mt Albert.

"I've got eight staff and I've had to tell them I don't know if I can pay them next month," he said. "We did the work. We did it on time. Nobody told us anything was wrong until the site gates were locked."

Kōwhai director Bradley Quinn did not respond to requests for comment. But in a letter to subcontractors last month, Quinn blamed "unprecedented cost escalation" and delays in council consenting for the company's cash-flow problems, and said he expected payments to resume once a "short-term funding gap" was bridged.

The developer of the Mt Albert project, Ōrākei Heights Ltd, said in a statement it was "working urgently" to appoint a replacement builder.

"Purchasers' deposits are held in a solicitor's trust account and are fully protected," the statement said.

The collapse is the fourth of a mid-sized Auckland builder this year. Specialist Trades Federation chief executive Lisa Mataio said changes to the law on retention money had not gone far enough.

"The retentions regime was meant to stop subbies being left holding the bag," Mataio said. "Yet here we are again. Money that should have been sitting in a trust account has been used to keep the lights on."

She said the federation would write to the Government seeking an urgent review of enforcement.

Hurst said a creditors' meeting would be held in Auckland next month and that he expected to report on possible recoveries within three months.""",
        [
            ("incomplete and in some cases", "Tane Hurst"),
            ("We are aware of at", "Tane Hurst"),
            ("I've got eight staff and", "Sione Fakatava"),
            ("We did the work.", "Sione Fakatava"),
            ("unprecedented cost escalation", "Bradley Quinn"),
            ("short-term funding gap", "Bradley Quinn"),
            ("working urgently", "Ōrākei Heights Ltd"),
            ("Purchasers' deposits are held in", "Ōrākei Heights Ltd"),
            ("The retentions regime was meant", "Lisa Mataio"),
            ("Yet here we are again.", "Lisa Mataio"),
        ],
    ),
    (
        """ASX 200 slips as miners drag, bond yields climb

Lucy Tran

Australian shares closed lower on Thursday, as weaker iron ore prices weighed on the big miners and a jump in local bond yields put pressure on property and technology stocks.

The S&P/ASX 200 fell 42.6 points, or 0.5 per cent, to 8214.3, while the broader All Ordinaries lost 0.6 per cent. Seven of the 11 sectors finished in the red.

Iron ore futures in Singapore slid 2.8 per cent to $US98.40 a tonne overnight, their lowest level in seven weeks, after data showed Chinese steel output had fallen for a third straight month. Pilbara-focused miners Redcliff Resources and Yandina Iron fell 2.1 per cent and 3.4 per cent respectively.

“The market is still trying to work out whether Beijing is prepared to do anything meaningful for the property sector,” said Marcus Leung, head of Asian equities at Tasman Pacific Investors. “Until it gets a clear answer, it’s hard to see iron ore rallying sustainably.”

The Australian 10-year bond yield rose 9 basis points to 4.46 per cent after stronger-than-expected retail sales figures reduced expectations of a rate cut before mid-year.

Harriet Bloom, chief economist at Carrington Securities, said the figures showed household spending was “holding up better than anyone expected” despite elevated mortgage rates.

“It’s another data point that tells the central bank it doesn’t need to rush,” Ms Bloom said. “We’ve pushed our first cut back to August.”

Real estate investment trusts were among the worst performers, with the property index down 1.7 per cent. Southgate Property Group lost 2.9 per cent and Marlow Industrial REIT dropped 2.2 per cent.

Among individual stocks, software company Quillon Systems jumped 14.1 per cent after announcing a five-year contract with a major US health insurer. Quillon’s chief executive, Daniel Okafor, said on a call with investors that the deal was “the single biggest validation of our platform to date”.

At the other end, childcare operator Little Acorns Early Learning plunged 22 per cent after warning that occupancy rates had fallen below 70 per cent in some regions. The company said it was “reviewing the performance of underperforming centres” and would provide an update at its half-year results.

“Investors are punishing anything that misses at the moment. There’s no tolerance for disappointment,” one Sydney-based dealer said.

The Australian dollar was buying 64.92 US cents at 5pm, down from 65.18 cents on Wednesday.""",
        [
            ("The market is still trying", "Marcus Leung"),
            ("Until it gets a clear", "Marcus Leung"),
            ("holding up better than anyone", "Harriet Bloom"),
            ("It’s another data point that", "Harriet Bloom"),
            ("We’ve pushed our first cut", "Harriet Bloom"),
            ("the single biggest validation of", "Daniel Okafor"),
            ("reviewing the performance of underperforming", "Little Acorns Early Learning"),
            ("Investors are punishing anything that", "Sydney-based dealer"),
        ],
    ),
    (
        """'We got it wrong': Coral Coast Airlines chief apologises as profit halves

By Natasha Baric

Coral Coast Airlines chief executive Simon Everingham has apologised to customers for months of cancellations and delays, as the regional carrier reported a 51 per cent slide in half-year net profit to $23.7 million.

Mr Everingham, who took over the Cairns-based airline in July, told reporters at the company's results briefing on Thursday that its on-time performance had been "simply not good enough".

"We got it wrong. We grew the schedule faster than we could crew it, and our customers paid the price for that," he said.

"I want to say sorry to every passenger who was stranded in Townsville or Mackay or Longreach because we couldn't get a plane or a pilot to them. That is not the airline we want to be."

Revenue rose 4 per cent to $612 million, but costs grew faster, driven by higher fuel prices, compensation payments and the expense of wet-leasing aircraft from other operators to cover gaps in its fleet.

The airline cut its interim dividend to 3¢ from 8¢ a share. Its shares fell 6.3 per cent to $1.93.

Chief operating officer Leanne Fitzgibbon said the carrier had hired 46 pilots in the past six months and expected three grounded turboprops to return to service by April, once engine repairs were complete.

"By the end of the financial year we expect to be flying a schedule that we can actually deliver, every day," she said.

Tourism operators across north Queensland have been vocal critics of the airline. Tropical North Tourism Alliance chair Ben Kapoor welcomed the apology but said the region needed "more than words".

"Every cancelled flight is a family that doesn't go on the reef trip, doesn't book the restaurant, doesn't stay the extra night," Mr Kapoor said. "We've been carrying that cost for a year."

Analysts said the result was broadly in line with lowered expectations. According to Morgan Hale analyst Chris Daintree, the market had already "priced in a messy half" and would focus on whether the new management team could stabilise operations.

The federal government has also been watching. A spokesman for the Minister for Infrastructure and Regional Development said the minister had met Mr Everingham last month and had "made clear the government's expectations about reliability on regional routes".""",
        [
            ("We got it wrong", "Simon Everingham"),
            ("simply not good enough", "Simon Everingham"),
            ("We got it wrong. We", "Simon Everingham"),
            ("I want to say sorry", "Simon Everingham"),
            ("By the end of the", "Leanne Fitzgibbon"),
            ("more than words", "Ben Kapoor"),
            ("Every cancelled flight is a", "Ben Kapoor"),
            ("We've been carrying that cost", "Ben Kapoor"),
            ("priced in a messy half", "Chris Daintree"),
            ("made clear the government's expectations", "spokesman"),
        ],
    ),
    (
        """Wholesale power prices spike as hydro lakes fall to 10-year low

Rebecca Tuhoe
Business reporter

Wholesale electricity prices have surged above $700 per megawatt hour as hydro storage in the South Island falls to its lowest level for this time of year in a decade, prompting warnings from big industrial users that some plants may be forced to cut production.

Storage in the southern lakes was at 61 per cent of the historical average on Monday, according to data from market operator Grid Balance NZ.

Tararua Energy, the country's second-largest generator-retailer, said in an NZX announcement that it had brought forward gas generation at its Taranaki plant and was "actively managing" its hydro storage to preserve water for winter.

Tararua chief executive Mereana Collins said the company was "comfortable" with its position but acknowledged the market was tight.

"We planned for a dry year. We didn't necessarily plan for a dry year following a low-wind spring and a gas field that's producing 20 per cent less than it was two years ago," Collins said.

"All three of those things have landed at once."

Large Energy Users Association chief executive Paul Strachan said several members were considering curtailing output.

"At these prices, it's cheaper for some of our members to shut down lines and pay staff to stay home than to keep running," he said. "That's a terrible outcome for the economy, and frankly it's a terrible look for a country with our renewable resources."

Strachan called for the Electricity Regulatory Board to investigate whether generators were withholding supply to push up prices, a claim the generators reject.

A spokeswoman for the Electricity Regulatory Board said it was monitoring the market closely and "will not hesitate to act" if it found evidence of inappropriate trading conduct.

Independent energy analyst Josh Whiteley, of Whiteley Advisory, said the price spike was largely a function of fundamentals rather than misconduct.

"When you've got less water, less wind and less gas, prices go up. That's the market doing exactly what it is designed to do," he said. "The harder question is why we keep ending up here every second or third winter."

Shares in Tararua Energy rose 1.4 per cent to $5.62, while shares in retailer-only competitor Brightwire Power fell 4.8 per cent. Brightwire, which buys most of its electricity on the spot market, said in a statement to the NZX that its hedge cover was "adequate" for the next three months.""",
        [
            ("actively managing", "Tararua Energy"),
            ("comfortable", "Mereana Collins"),
            ("We planned for a dry", "Mereana Collins"),
            ("All three of those things", "Mereana Collins"),
            ("At these prices, it's cheaper", "Paul Strachan"),
            ("That's a terrible outcome for", "Paul Strachan"),
            ("will not hesitate to act", "spokeswoman"),
            ("When you've got less water,", "Josh Whiteley"),
            ("The harder question is why", "Josh Whiteley"),
            ("adequate", "Brightwire Power"),
        ],
    ),
    (
        """Barossa Ridge Wines rejects $410m bid from private equity suitor

Sophie Marchetti

Barossa Ridge Wines has rejected an unsolicited $410 million takeover proposal from private equity firm Kestrel Peak Capital, saying the offer “materially undervalues” the South Australian winemaker and its portfolio of premium vineyards.

Kestrel Peak, which already owns 11.8 per cent of the ASX-listed company, offered $2.35 cash a share, a 31 per cent premium to Barossa Ridge’s last closing price before the approach was made public.

In a statement to the ASX on Monday, the board said it had unanimously decided not to engage with the proposal.

“The board has carefully considered the proposal with its advisers and concluded that it is opportunistic and does not reflect the long-term value of the company’s vineyard assets, brands and export relationships,” the statement said.

Chairman Geoffrey Ashcombe said the timing of the approach was “no coincidence”, coming weeks after the company flagged a recovery in its Chinese export volumes.

“Kestrel Peak is trying to buy this business at the bottom of the cycle,” Mr Ashcombe said. “Our shareholders have been patient through some very difficult years, and they deserve to share in the recovery, not hand it to someone else.”

Kestrel Peak managing partner Eliza Moncrieff said she was disappointed by the board’s response and urged directors to open the company’s books.

“We’ve put a full and fair cash offer on the table at a substantial premium,” Ms Moncrieff said. “We’d encourage the board to let shareholders decide, rather than making that decision for them.”

She did not rule out taking the offer directly to shareholders, saying the firm would “consider all of our options”.

Barossa Ridge shares jumped 24 per cent to $2.22, suggesting investors see a reasonable chance the deal proceeds in some form.

Some of the company’s larger shareholders appear open to a deal. A portfolio manager at one top-20 shareholder, who asked not to be named, said the board should engage. “At $2.35 I’d want them in the data room. At $2.50 I think you’ve got a deal,” the portfolio manager said.

Wine industry consultant Terry Vlahos said the bid highlighted how cheaply listed wine companies were trading relative to the value of their land and water rights.

“If you added up the vineyards, the water licences and the winery at replacement cost, you’d get a number well north of what Kestrel is offering,” he said. “Private equity can see that. The question is whether the board can convince the market.”

Barossa Ridge is being advised by Fairlight Partners and law firm Carden Blake. Kestrel Peak is being advised by Whitmore & Co.""",
        [
            ("materially undervalues", "Barossa Ridge Wines"),
            ("The board has carefully considered", "Barossa Ridge Wines"),
            ("no coincidence", "Geoffrey Ashcombe"),
            ("Kestrel Peak is trying to", "Geoffrey Ashcombe"),
            ("Our shareholders have been patient", "Geoffrey Ashcombe"),
            ("We’ve put a full and", "Eliza Moncrieff"),
            ("We’d encourage the board to", "Eliza Moncrieff"),
            ("consider all of our options", "Eliza Moncrieff"),
            ("At $2.35 I’d want them", "portfolio manager at one top-20 shareholder"),
            ("If you added up the", "Terry Vlahos"),
            ("Private equity can see that.", "Terry Vlahos"),
        ],
    ),
]
