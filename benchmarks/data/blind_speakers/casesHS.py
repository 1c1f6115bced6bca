CASES = [
    (
        """Flood victims hit by 'wear and tear' rejections as insurers tighten rules

By Harriet Colby

Homeowners in Worcestershire whose properties were flooded in February say insurers are using a so-called 'wear and tear' exclusion to turn down claims worth thousands of pounds.

Residents of the riverside village of Upton Marsh say at least 14 households have received rejection letters from Castlegate Home Insurance in the past two months.

Retired teacher Margaret Ellery, 71, said her claim for £23,400 of damage to floors and kitchen units was refused after a loss adjuster concluded that the seals on her back door had 'deteriorated over a number of years'.

'The water came in under the door because there was three feet of it in the garden, not because of a worn seal,' she said. 'I have paid my premiums with the same company for 22 years and I have never made a claim before.

'It feels as though they were looking for a reason to say no from the moment the adjuster walked through the door.'

Her neighbour, Dev Sandhu, 38, had a similar experience. A letter from Castlegate told him that damage to his plasterwork was excluded because of 'pre-existing damp and poor ventilation', a finding he disputes.

'I had a full survey done when I bought the house three years ago and there was no damp at all,' Mr Sandhu said. 'I've sent them the report and I'm still waiting to hear back.'

Castlegate said it assessed every claim 'on its individual merits' and that customers who disagreed with a decision could ask for it to be reviewed.

A spokesman added: 'We understand how distressing flooding is, and our claims teams have been working in the area since February. Where a claim is declined, we will always explain our reasons in writing and set out how a customer can complain.'

Consumer group Policywatch said complaints about declined buildings claims had risen by almost a third in the past year. In its 'Declined and Denied' report, published last month, it said some insurers were leaning on exclusions 'in cases where the dominant cause of damage is obviously the flood itself'.

Sarah Okonjo, head of policy at Policywatch, said: 'Wear and tear clauses exist for a reason, but they were never meant to let firms off the hook when a river bursts its banks.

'If you have been turned down, don't accept the first answer. Ask for the adjuster's report, gather your own evidence and, if necessary, take it to the ombudsman.'

Mrs Ellery said she had now lodged a formal complaint. 'I'm not going to let it go,' she said. 'It's not just about the money, it's the principle.'""",
        [
            ("deteriorated over a number", "loss adjuster"),
            ("The water came in under", "Margaret Ellery"),
            ("I have paid my premiums", "Margaret Ellery"),
            ("It feels as though they", "Margaret Ellery"),
            ("pre-existing damp and poor ventilation", "Castlegate Home Insurance"),
            ("I had a full survey", "Dev Sandhu"),
            ("I've sent them the report", "Dev Sandhu"),
            ("on its individual merits", "Castlegate Home Insurance"),
            ("We understand how distressing flooding", "spokesman"),
            ("in cases where the dominant", "Policywatch"),
            ("Wear and tear clauses exist", "Sarah Okonjo"),
            ("If you have been turned", "Sarah Okonjo"),
            ("I'm not going to let", "Margaret Ellery"),
            ("It's not just about the", "Margaret Ellery"),
        ],
    ),
    (
        """Super fund members hit with higher fees as merger savings fail to appear

Lachlan Pryce
Superannuation reporter

Around 640,000 members of Southern Cross Super will pay higher administration fees from July, two years after the fund told them its merger with Harbourline Retirement would push costs down.

The fund told members in a letter this week that its fixed weekly fee would rise from $1.50 to $1.85, while its percentage-based administration fee would increase by 0.03 percentage points.

Chief executive Fiona Marchetti said the increase reflected “significant and largely unavoidable” investment in technology and member services after a string of call-centre failures last year.

“We didn’t get everything right in the first 12 months after the merger, and members told us so,” Ms Marchetti said. “We have had to invest heavily in systems and people to fix that, and we think it’s right to be upfront about what that costs.”

She said the fund’s long-term returns remained in the top quartile and that a typical member with a $60,000 balance would pay about $37 more a year.

But the announcement has angered some members, who were told in 2023 that the combined fund’s size would bring fees down.

Retired electrician Graham Tully, from Geelong, said he felt he had been “sold a pup”.

“They said bigger was better and we’d all be paying less,” the 66-year-old said. “Now I get a letter saying it’s going up. I’ll be looking at my options.”

Priya Ramanathan, head of superannuation research at Ledger Ratings, said the rise was modest in dollar terms but sent “the wrong signal to members” at a time when regulators were pressing funds to prove that mergers left members better off.

“The whole case for consolidation in super rests on scale lowering costs,” she said. “If members don’t see that in their fees within a couple of years, trustees are going to have to explain why.”

The Retirement Funds Council, which represents not-for-profit funds, said in a statement that mergers “take time to bed down” and that savings were “often realised over five to seven years rather than immediately”.

Southern Cross Super said members wanting more information could use an online fee calculator or book a free call with one of its advisers.

Senator Bronwyn Keogh, who chairs a Senate committee examining superannuation, said she would ask the fund to explain the increase at a hearing next month.

“Members were promised something, and they need to see it delivered,” she told reporters in Canberra. “I don’t think that’s an unreasonable thing to ask.”""",
        [
            ("significant and largely unavoidable", "Fiona Marchetti"),
            ("We didn’t get everything right", "Fiona Marchetti"),
            ("We have had to invest", "Fiona Marchetti"),
            ("sold a pup", "Graham Tully"),
            ("They said bigger was better", "Graham Tully"),
            ("Now I get a letter", "Graham Tully"),
            ("the wrong signal to members", "Priya Ramanathan"),
            ("The whole case for consolidation", "Priya Ramanathan"),
            ("If members don’t see that", "Priya Ramanathan"),
            ("take time to bed down", "Retirement Funds Council"),
            ("often realised over five to", "Retirement Funds Council"),
            ("Members were promised something, and", "Bronwyn Keogh"),
            ("I don’t think that’s an", "Bronwyn Keogh"),
        ],
    ),
    (
        """Stuck pension transfer cost me £4,000 in lost growth – who should pay?

Rosalind Pike

In October I asked to move my old workplace pension, worth about £96,000, from Pemberton Life to a self-invested personal pension with an online investment platform. Five months later the money still hasn’t moved, and each time I call I’m told the case is being looked at. Meanwhile the stock market has risen and I estimate I have missed out on about £4,000 of growth. KT, Leeds

Transfers between pension providers are supposed to take a matter of weeks, and most of those that go through the industry’s electronic transfer system are completed in under a fortnight. Yours had not even started.

When I contacted Pemberton Life, it admitted your request had been flagged for extra checks because the receiving platform was not one it had dealt with before. Those checks, which are designed to protect savers from pension scams, should have been completed within 10 working days. Instead, your file sat in a queue and nobody chased it.

“We are sorry that KT’s transfer was delayed and that we did not keep her properly informed,” a spokesperson said. “The additional due diligence was appropriate, but it should have been completed far more quickly. We have now released the funds and will calculate any loss of investment growth caused by the delay.”

That calculation matters. A provider that causes an unreasonable delay should put you back in the position you would have been in had the transfer gone through on time. In practice that means comparing the value of your pension when it finally arrived with what it would have been worth had it been invested in your chosen funds on the date it should have landed.

Pemberton has since told you it will pay £3,870 into your new pension, plus £250 for the distress and inconvenience caused.

Tom Harrow, a chartered financial planner at Harrow & Lyle in Harrogate, said delays of this kind had become more common since tougher anti-scam rules were introduced in 2021.

“Providers are understandably cautious, but caution shouldn’t mean leaving someone in limbo for months,” he said. “If a transfer is taking longer than a month, savers should put a complaint in writing straight away. It starts the clock and gives them a route to the ombudsman if the provider doesn’t sort it out.”

He added that savers should keep a note of every phone call, including the date and the name of the person they spoke to, which would be “invaluable if things go wrong”.

You told me you were happy to accept the offer. “It’s not a fortune, but it’s roughly what I lost, and I’m relieved it’s finally sorted,” you said.

Pemberton says the payment will be made within 10 working days.""",
        [
            ("We are sorry that KT’s", "spokesperson"),
            ("The additional due diligence was", "spokesperson"),
            ("Providers are understandably cautious, but", "Tom Harrow"),
            ("If a transfer is taking", "Tom Harrow"),
            ("invaluable if things go wrong", "Tom Harrow"),
            ("It’s not a fortune, but", "KT"),
        ],
    ),
    (
        """Perth mortgage holders cut back as rate relief looks further away

By Kirsty Nguyen

Families in Perth's outer suburbs say they are cutting back on groceries and cancelling holidays to keep up with home loan repayments, as economists warn relief from interest rate cuts could be months away.

The Reserve Bank left the cash rate on hold on Tuesday, with markets now pricing in the first cut for the middle of the year.

Ellenbrook mother-of-three Shanice Walker said her family's monthly repayments had risen by more than $1,400 since 2022.

"We've gone through everything — the streaming services are gone, the gym is gone, we don't really go out anymore," Ms Walker said.

"My husband's picked up weekend shifts. We're not going under, but there's nothing left over at the end of the month."

Joondalup mortgage broker Ravi Chandran said he was fielding more calls from borrowers wanting to refinance or stretch out their loan terms.

"A lot of people locked in fixed rates at around two per cent and rolled off them into something closer to six and a half," he said.

"That's been the real shock. Some of them are only now feeling the full weight of it."

He said lenders were offering "cashback" deals to attract refinancers, but warned borrowers to look beyond the upfront payments.

"The cashback is nice, but it's the rate that matters over 25 years," Mr Chandran said.

Westpoint Bank senior economist Lara Hendricks said the board was likely to want more evidence that inflation was under control before moving.

"We think the first cut is more likely to come mid-year than in the next couple of months," Ms Hendricks said.

"Services inflation is still running hotter than the board would like, and the labour market remains remarkably tight."

Ms Walker said she was trying to stay positive.

"Everyone keeps saying cuts are coming," she said. "We just need them to come before we run out of things to cut."

According to credit bureau Veritas Credit, the share of Western Australian home loans more than 30 days in arrears rose to 1.4 per cent in January.

A Veritas Credit spokesman said arrears were still "well below the levels we saw" during the mining downturn a decade ago.

Tony Papadakis, a financial counsellor with the Swan Valley Community Legal Centre, said people struggling with repayments should contact their lender early.

"Banks have hardship teams and they do have options, but they can't help you if you wait until you're three months behind," he said.""",
        [
            ("We've gone through everything", "Shanice Walker"),
            ("My husband's picked up weekend", "Shanice Walker"),
            ("A lot of people locked", "Ravi Chandran"),
            ("That's been the real shock.", "Ravi Chandran"),
            ("The cashback is nice, but", "Ravi Chandran"),
            ("We think the first cut", "Lara Hendricks"),
            ("Services inflation is still running", "Lara Hendricks"),
            ("Everyone keeps saying cuts are", "Shanice Walker"),
            ("We just need them to", "Shanice Walker"),
            ("well below the levels we", "spokesman"),
            ("Banks have hardship teams and", "Tony Papadakis"),
        ],
    ),
    (
        """Pension firm apologises for inflated retirement forecasts

By Oliver Marsh
Business reporter

About 40,000 savers were sent annual statements that overstated how much they could expect to receive in retirement, a pension provider has admitted.

Albion Mutual said a "processing error in our projection software" had caused some forecasts to be inflated by as much as 30%.

The Reading-based firm said nobody's actual savings had been affected and corrected statements would be sent out within six weeks.

Helen Baird, from Swindon, said she had been planning to retire early on the strength of the figures.

"I'd worked out that I could stop at 61 instead of 66," she said. "Then a letter arrives saying, actually, ignore that, you'll get about a quarter less. I was gutted."

Ms Baird, 57, said she was relieved she had not yet handed in her notice.

"Imagine if I had. You make these decisions once and you can't undo them."

In a statement, Albion Mutual said: "We are very sorry for this error and for the concern it has caused. We have identified the cause, fixed it and put additional checks in place to make sure it cannot happen again."

Affected customers would receive a letter "explaining exactly what has changed and why", the company said. It added that anyone who had made "financial decisions in reliance on the incorrect figures" should contact it directly.

Dr Nadia Karim, of the Institute for Retirement Research, said annual statements were one of the few times many people engaged with their pensions at all.

"People trust these numbers," she said. "Most savers don't have the tools to check a projection, so when a provider gets it wrong the consequences can be really serious."

She urged anyone considering early retirement to seek free, impartial guidance before making a decision.

The error comes as the industry prepares for the launch of the so-called "pensions dashboard", an online service that will let people see all their pension pots in one place.

Pat Fenwick, a Labour MP who sits on the Commons Work and Pensions Committee, said she would be writing to the company's chief executive.

"Forty thousand people have been given false hope," she said. "I want to know how this happened and why it wasn't picked up sooner."

Albion Mutual said it would respond to Ms Fenwick's letter in full.""",
        [
            ("processing error in our projection", "Albion Mutual"),
            ("I'd worked out that I", "Helen Baird"),
            ("Then a letter arrives saying,", "Helen Baird"),
            ("Imagine if I had.", "Helen Baird"),
            ("We are very sorry for", "Albion Mutual"),
            ("explaining exactly what has changed", "Albion Mutual"),
            ("financial decisions in reliance on", "Albion Mutual"),
            ("People trust these numbers,", "Nadia Karim"),
            ("Most savers don't have the", "Nadia Karim"),
            ("Forty thousand people have been", "Pat Fenwick"),
            ("I want to know how", "Pat Fenwick"),
        ],
    ),
    (
        """Tradie wins two-year fight after insurer refused income protection claim

Emily Harcourt

A Brisbane carpenter who was refused income protection payments after a serious back injury has won a two-year battle with his insurer, with a dispute body ordering it to pay more than $180,000 in backdated benefits.

Jarrod Kelleher, 44, injured his spine in a fall from scaffolding in 2022 and has not worked since. His insurer, Meridian Life, declined the claim, arguing he had failed to disclose earlier visits to a physiotherapist when he took out the policy.

But the Financial Disputes Resolution Service found the insurer had not shown that Mr Kelleher's earlier treatment, for a minor muscle strain in 2017, had anything to do with the injury he later suffered.

In its determination, the service said Meridian Life had taken "an unreasonably narrow view of the evidence" and there was "no basis whatsoever" to conclude Mr Kelleher had deliberately withheld information.

"I told them everything I could remember," Mr Kelleher said. "I'd seen a physio a couple of times years earlier for a sore back after footy. I didn't think it mattered, and neither did the bloke who sold me the policy."

He said the financial strain of the dispute had been "almost worse than the injury itself".

"We sold the ute, we had to borrow money off my wife's parents and we came close to losing the house," he said. "There were days I didn't want to get out of bed."

A Meridian Life spokeswoman said the company accepted the decision and would pay the benefits, plus interest, within 14 days.

"We acknowledge that this has been a very difficult period for Mr Kelleher and his family," she said. "We are reviewing our approach to non-disclosure matters to ensure it is fair and consistent."

Consumer advocates say the case is part of a broader pattern. Michelle Tanaka, director of Insurance Watch Australia, said insurers too often used non-disclosure as "a first line of defence" against expensive claims.

"People buy income protection because they want security if something goes wrong," Ms Tanaka said. "What they get, too often, is a fight.

"Most claimants don't have the energy or the money to spend two years taking on a big insurer, and the industry knows it."

The Life Insurance Council, the industry's peak body, said in a statement that the "overwhelming majority of claims" were paid and that insurers had "significantly strengthened their claims handling" in recent years.

Mr Kelleher said he hoped his case would encourage others to challenge decisions.

"Don't give up," he said. "If you think you've been done over, push back, because it's worth it."

The determination is binding on Meridian Life.""",
        [
            ("an unreasonably narrow view of", "Financial Disputes Resolution Service"),
            ("no basis whatsoever", "Financial Disputes Resolution Service"),
            ("I told them everything I", "Jarrod Kelleher"),
            ("I'd seen a physio a", "Jarrod Kelleher"),
            ("almost worse than the injury", "Jarrod Kelleher"),
            ("We sold the ute, we", "Jarrod Kelleher"),
            ("There were days I didn't", "Jarrod Kelleher"),
            ("We acknowledge that this has", "spokeswoman"),
            ("We are reviewing our approach", "spokeswoman"),
            ("a first line of defence", "Michelle Tanaka"),
            ("People buy income protection because", "Michelle Tanaka"),
            ("What they get, too often,", "Michelle Tanaka"),
            ("Most claimants don't have the", "Michelle Tanaka"),
            ("overwhelming majority of claims", "Life Insurance Council"),
            ("significantly strengthened their claims handling", "Life Insurance Council"),
            ("Don't give up,", "Jarrod Kelleher"),
            ("If you think you've been", "Jarrod Kelleher"),
        ],
    ),
    (
        """Lenders slash fixed rates as mortgage price war heats up

By Edward Lassiter
Personal Finance Editor

Britain’s biggest mortgage lenders have cut fixed rates for the third time in a month, pushing the cheapest five-year deals below 4 per cent and raising hopes of a spring revival in the housing market.

Northgate Building Society, the country’s fourth-largest mutual, yesterday reduced rates across its range by up to 0.3 percentage points, taking its lowest five-year fix for borrowers with a 40 per cent deposit to 3.89 per cent. Carrick Bank and Hallam Building Society are expected to follow within days, according to brokers.

Colin Dufresne, mortgage director at Northgate, said: ‘Swap rates have eased over the past few weeks and we want to pass that on to borrowers as quickly as we can. We are seeing strong demand, particularly from first-time buyers and from people remortgaging off deals taken out two years ago.’

A statement from Carrick Bank said it kept its rates ‘under constant review’ and would ‘remain competitive across all our key products’.

Brokers welcomed the cuts but cautioned that borrowers coming off ultra-cheap deals would still face a sharp jump in repayments.

‘This is genuinely good news, but let’s keep it in perspective,’ said Imogen Whitlock, of London brokerage Whitlock Finance. ‘Someone rolling off a 1.5 per cent fix taken out in 2021 is still going to see their monthly payments rise by hundreds of pounds.’

She added that the market was ‘moving very quickly indeed’ and that borrowers should consider securing a deal up to six months in advance, which most lenders allow without obligation.

An economist at one of the big high street banks, who asked not to be named, said the cuts were ‘partly competitive and partly defensive’, with lenders keen to hit lending targets after a weak final quarter.

Figures from property data firm Homescope showed mortgage approvals for house purchases rose to 61,200 in January, the highest level in more than a year. Its chief economist, Raj Bhattacharya, said: ‘The market has turned a corner. Buyers who were sitting on their hands last autumn are coming back, and cheaper mortgages will only add to that momentum.’

But he warned that affordability remained ‘badly stretched for many buyers’ in London and the south-east, where average prices are still more than eight times average earnings.

Some in the industry fear the so-called ‘refinancing cliff’ has not yet passed. About 1.6 million fixed-rate deals are due to expire this year, according to trade body figures, many of them taken out when rates were at historic lows.

The Treasury declined to comment.""",
        [
            ("Swap rates have eased over", "Colin Dufresne"),
            ("under constant review", "Carrick Bank"),
            ("remain competitive across all our", "Carrick Bank"),
            ("This is genuinely good news,", "Imogen Whitlock"),
            ("Someone rolling off a 1.5", "Imogen Whitlock"),
            ("moving very quickly indeed", "Imogen Whitlock"),
            ("partly competitive and partly defensive", "economist at one of the big high street banks"),
            ("The market has turned a", "Raj Bhattacharya"),
            ("badly stretched for many buyers", "Raj Bhattacharya"),
        ],
    ),
    (
        """Home insurance premiums soar in north Queensland as cyclone risk bites

Megan Doyle

When Lorraine Bisset opened her home and contents renewal notice last month, she assumed there had been a mistake.

The premium on her three-bedroom house in the Townsville suburb of Aitkenvale had jumped from $4,920 to $6,810 – a rise of 38 per cent – even though she has never made a claim.

“I rang them straight away because I thought someone had hit the wrong key,” the 59-year-old said. “They were very polite about it, but no, that’s the price.”

Ms Bisset is far from alone. A report released on Wednesday by consumer group Cover Check, titled “Priced Out: Insurance Affordability in Northern Australia”, found average home insurance premiums in north and far north Queensland had risen by 29 per cent in the past two years, compared with 14 per cent nationally.

The group’s chief executive, Nathan Ostrowski, said some households were now paying more for insurance than for council rates and electricity combined.

“We are hearing from pensioners who are choosing between insuring their home and filling their prescriptions,” Mr Ostrowski said. “That’s not a sustainable situation for anyone, including the insurers.”

Insurers blame extreme weather and higher building costs. A spokesman for Pacific Shield Insurance, one of the largest home insurers in the region, said reinsurance costs – what insurers pay to protect themselves against big losses – had “increased very sharply” since the 2019 floods.

“Premiums are based on the risk at each individual address, and in some parts of north Queensland that risk has gone up considerably,” he said. “We understand this is difficult for customers, and we encourage anyone worried about their renewal to talk to us about options such as a higher excess.”

A federal reinsurance pool for cyclone risk, introduced in 2022, was meant to bring premiums down, but Cover Check’s report found the savings passed on to households had been “modest and uneven”.

Townsville councillor Grace Matagi said residents were raising the issue with her every week.

“We’ve got people who have lived here for 40 years talking about packing up and moving south because they can’t afford to insure the family home,” she said.

Pete Lindqvist, of Lindqvist Insurance Brokers in Cairns, said homeowners could sometimes save by shopping around, but choice was limited.

“There are only a handful of insurers writing new business up here, so competition isn’t what it is in Sydney or Melbourne,” he said.

“My advice is to make sure any mitigation work you’ve done – cyclone shutters, a new roof, tie-downs – is recorded with your insurer. Some of them will give you a discount for it, but only if you ask.”

Ms Bisset said she had shopped around and found a policy for $6,100, but with a higher excess.

“I’ll take it, because what choice do I have?” she said. “You can’t live up here without insurance.”""",
        [
            ("I rang them straight away", "Lorraine Bisset"),
            ("They were very polite about", "Lorraine Bisset"),
            ("We are hearing from pensioners", "Nathan Ostrowski"),
            ("That’s not a sustainable situation", "Nathan Ostrowski"),
            ("increased very sharply", "spokesman"),
            ("Premiums are based on the", "spokesman"),
            ("We understand this is difficult", "spokesman"),
            ("modest and uneven", "Cover Check"),
            ("We’ve got people who have", "Grace Matagi"),
            ("There are only a handful", "Pete Lindqvist"),
            ("My advice is to make", "Pete Lindqvist"),
            ("I’ll take it, because what", "Lorraine Bisset"),
            ("You can’t live up here", "Lorraine Bisset"),
        ],
    ),
]
