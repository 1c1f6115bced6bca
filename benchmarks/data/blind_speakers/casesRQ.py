CASES = [
    (
        """Homeowners face £2,800 rise in annual repayments as cheap fixed deals end

Miles Brennan, Money correspondent

About 1.4m households coming off cheap fixed-rate mortgages this year face an average increase of £2,800 in their annual repayments, according to analysis by a brokers’ trade body, which warned that many borrowers were leaving it too late to shop around.

The Association of Independent Mortgage Advisers (AIMA) said the typical borrower whose fixed deal ends this year had locked in at a rate below 2% and would now be offered something closer to 5%.

“People who fixed in the summer of 2021 have had a very comfortable few years, and the shock when the renewal letter lands is real,” said Dominic Ashworth, the association’s chief executive. “We are hearing from brokers that clients are opening those letters and simply putting them in a drawer.”

He said most lenders allowed borrowers to secure a new deal up to six months before their existing one ended, and urged anyone within that window to “get a rate booked now, even if you end up switching again before completion”.

Sarah Okonjo, a 38-year-old nurse from Ashcombe in Greater Manchester, said the monthly payment on her family’s £210,000 loan was due to rise from £790 to just over £1,230 in April.

“We’ve already cut back on everything we can think of,” she said. “The kids’ swimming lessons have gone, we’ve switched supermarkets, we don’t really go out. There isn’t another £440 a month to find, not without one of us taking on a second job.”

Okonjo said her bank had suggested extending her mortgage term from 22 years to 30, a move that would lower the monthly cost but add tens of thousands of pounds in interest over the life of the loan.

Brokers say term extensions have become one of the most common requests they deal with. Priya Lall, a director at Harbourside Mortgages in Kingsmead, said: “It’s a sticking plaster. For some people it’s absolutely the right call, but it should be a conscious decision, not the default because nobody sat down with them and looked at the alternatives.”

The Lenders’ Forum, which represents banks and building societies, said arrears remained “low by historical standards” and that its members had “a wide range of tools to help customers who are worried about making payments”.

“Anyone who is concerned should contact their lender as early as possible, before they miss a payment rather than after,” a spokesperson said.

Ashworth said the coming months would be “a real test” for households that had built their budgets around ultra-low rates and had never experienced a sharp rise in borrowing costs.

“The worst thing you can do is nothing,” he said. “Even a 20-minute conversation with a broker can save people thousands over the next few years.”""",
        [
            ("People who fixed in the", "Dominic Ashworth"),
            ("We are hearing from brokers", "Dominic Ashworth"),
            ("get a rate booked now,", "Dominic Ashworth"),
            ("We’ve already cut back on", "Sarah Okonjo"),
            ("The kids’ swimming lessons have", "Sarah Okonjo"),
            ("It’s a sticking plaster.", "Priya Lall"),
            ("low by historical standards", "Lenders’ Forum"),
            ("a wide range of tools", "Lenders’ Forum"),
            ("Anyone who is concerned should", "spokesperson"),
            ("a real test", "Dominic Ashworth"),
            ("The worst thing you can", "Dominic Ashworth"),
            ("Even a 20-minute conversation with", "Dominic Ashworth"),
        ],
    ),
    (
        """Glenmore Energy to increase electricity prices by 11% from March

Ciarán Madden, Consumer Affairs Correspondent

Glenmore Energy is to increase the price of its standard electricity tariff by 11 per cent from the beginning of March, adding about €190 a year to the average household bill.

The supplier, which has about 310,000 residential customers, said the increase was driven by higher network charges approved by the regulator last autumn and by the cost of "keeping the lights on during a period of record demand".

In a statement, the company said it had "absorbed as much of the increase as we responsibly could" and that the decision had not been taken lightly.

"We know this is unwelcome news for customers and we are not going to pretend otherwise," said Declan Furlong, Glenmore's managing director. "But we held our prices flat for 18 months while our own costs rose steadily, and that is not something any business can sustain indefinitely."

Mr Furlong said customers on the company's hardship scheme would be contacted directly, and that no customer who engaged with Glenmore would be disconnected over the winter months.

The announcement was criticised by the consumer group Fair Power Ireland, whose spokeswoman Niamh Cassidy said households were "being asked to pay again and again for a system that isn't working for them".

"Wholesale prices have come down substantially since the peak, and people are entitled to ask why that isn't showing up on their bills," she said.

"Switching remains the single most effective thing most households can do. Some of the fixed-rate offers on the market are hundreds of euro a year cheaper than standard rates, and it takes about 10 minutes."

A spokesman for the Energy Markets Commission said the network charges had been set following "an extensive public consultation" and were needed to fund investment in the grid, particularly in rural areas.

Glenmore is the third supplier to announce a price increase since the start of the year, following similar moves by Brightwater Electric and Lumen Power.

Independent TD Gerard Hanley raised the issue in the Dáil on Tuesday. "It's the same story every winter," he said. "Companies announce increases in January, when people are already stretched after Christmas, and the Government expresses its disappointment. Disappointment doesn't pay anyone's bill."

Responding, the Minister of State with responsibility for energy, Ruth Delaney, said the Government "shares the frustration of households" but could not direct private companies on pricing. She pointed to the energy credits paid last year and said further supports would be considered in the budget.

"We will keep every option on the table, and we will be watching closely to see whether suppliers pass on reductions as quickly as they pass on increases," she told the Dáil.""",
        [
            ("keeping the lights on during", "Glenmore Energy"),
            ("absorbed as much of the", "Glenmore Energy"),
            ("We know this is unwelcome", "Declan Furlong"),
            ("But we held our prices", "Declan Furlong"),
            ("being asked to pay again", "Niamh Cassidy"),
            ("Wholesale prices have come down", "Niamh Cassidy"),
            ("Switching remains the single most", "Niamh Cassidy"),
            ("an extensive public consultation", "spokesman"),
            ("It's the same story every", "Gerard Hanley"),
            ("Companies announce increases in January,", "Gerard Hanley"),
            ("shares the frustration of households", "Ruth Delaney"),
            ("We will keep every option", "Ruth Delaney"),
        ],
    ),
    (
        """Super fund members charged fees on accounts 'they didn't know existed', regulator finds

By business reporter Liam Costigan

Hundreds of thousands of Australians have been charged insurance premiums and administration fees on superannuation accounts they had forgotten about or did not know existed, the sector's conduct regulator has found.

A review of 14 funds by the Superannuation Conduct Commission (SCC) found more than 420,000 members with inactive accounts were still paying for default life and disability cover, despite laws introduced in 2019 requiring that insurance be switched off after 16 months without contributions.

SCC deputy chair Helen Marchetti said the findings were "disappointing but not surprising".

"We have members being charged for accounts they didn't know existed, for insurance they never asked for and in many cases could never have claimed on," Ms Marchetti said.

"Trustees have had years of warnings about this. The law is clear, and where we see breaches we will be taking enforcement action."

The commission did not name all of the funds reviewed, but said four had been referred to its enforcement team.

One of those, Coastline Super, confirmed it was among them. In a statement, the fund said it was "reviewing the findings carefully" and had already begun refunding affected members.

"We apologise to any member who has been affected," the statement said. "We expect the majority of refunds to be completed by the end of the financial year."

For Dean Whitfield, a 52-year-old electrician from Yarrabend in regional Victoria, the findings came as little surprise.

Mr Whitfield discovered last year that he had three super accounts, one of them opened during an apprenticeship in the 1990s, and that two were still paying for insurance.

"I rang them up and the woman on the phone said, 'Yes, you've been paying life cover on that account since 2009,'" he said.

"Fourteen years. I had no idea. It came to something like $4,000 all up, and I'll never get most of that back."

Retirement Funds Association of Australia chief executive Graham Petrakis told reporters in Sydney the industry had made "enormous progress" in consolidating lost accounts but acknowledged more needed to be done.

"No trustee should be comfortable with a single member paying for cover they can't use," he said.

Consumer advocates said the findings showed the need for tougher penalties.

Rebecca Ahn, policy director at the Fair Super Alliance, said: "Refunds are the bare minimum. Until trustees face consequences that actually hurt, this will keep happening."

The SCC urged Australians to log in to their fund accounts and check for lost or duplicate super, and to contact their fund if they were unsure whether they were paying for insurance.""",
        [
            ("they didn't know existed", "Helen Marchetti"),
            ("disappointing but not surprising", "Helen Marchetti"),
            ("We have members being charged", "Helen Marchetti"),
            ("Trustees have had years of", "Helen Marchetti"),
            ("reviewing the findings carefully", "Coastline Super"),
            ("We apologise to any member", "Coastline Super"),
            ("We expect the majority of", "Coastline Super"),
            ("I rang them up and", "Dean Whitfield"),
            ("Yes, you've been paying life", "woman on the phone"),
            ("Fourteen years. I had no", "Dean Whitfield"),
            ("enormous progress", "Graham Petrakis"),
            ("No trustee should be comfortable", "Graham Petrakis"),
            ("Refunds are the bare minimum.", "Rebecca Ahn"),
        ],
    ),
    (
        """Small pension schemes lag larger rivals by up to 1.5 points a year, watchdog finds

Tom Harrowby in London

Savers in the UK’s smallest workplace pension schemes are receiving returns as much as 1.5 percentage points a year below those of larger funds, according to the regulator, adding to pressure on trustees to merge or wind up underperforming schemes.

Analysis published on Tuesday by the Occupational Pensions Authority (OPA) of more than 1,100 defined contribution schemes found that those with fewer than 1,000 members had higher costs, weaker governance and less diversified portfolios than those with assets of more than £5bn.

Over a working lifetime, the gap could leave a typical saver with a pension pot about a fifth smaller, the OPA said.

‘Scale is not everything, but the evidence that it matters is now overwhelming,’ said Fiona Strachan, the authority’s executive director of market oversight. ‘Trustees of small schemes need to ask themselves honestly whether they can deliver good outcomes for members, and if the answer is no, they should be talking to us about consolidation.’

The findings come as ministers prepare legislation that would introduce a ‘value for money’ framework, requiring schemes to publish comparable data on costs and investment performance. Schemes judged to be persistently poor would be barred from taking on new employers.

One person familiar with government thinking said officials were considering a minimum size threshold for schemes and that the OPA’s data would ‘very much inform’ where that line was drawn.

Industry groups broadly welcomed the analysis but cautioned against treating size as a proxy for quality. Martin Oyelaran, chief executive of the Workplace Pensions Council, which represents master trusts and employer schemes, said some smaller schemes had ‘excellent governance and very engaged trustees’.

‘The risk is that we end up with a handful of giant providers, all investing in broadly the same way, and that’s not obviously good for savers or for the market,’ he said.

A trustee of a small company scheme, who asked not to be named, said the board had discussed a merger twice in three years but had been deterred by the cost of advisers.

‘We’d like to do it. The problem is you’re looking at six figures in legal and consultancy fees just to get to the starting line, and that money comes out of members’ pots one way or another,’ the trustee said.

The OPA said it would publish guidance on consolidation in the spring and was prepared to use its powers where trustees ‘fail to act in members’ best interests’.

Shares in Calderwood Group, the listed pensions administrator, rose 3 per cent on the news, as investors bet that a wave of mergers would bring more work for the largest service providers.""",
        [
            ("Scale is not everything, but", "Fiona Strachan"),
            ("Trustees of small schemes need", "Fiona Strachan"),
            ("very much inform", "person familiar with government thinking"),
            ("excellent governance and very engaged", "Martin Oyelaran"),
            ("The risk is that we", "Martin Oyelaran"),
            ("We’d like to do it.", "trustee of a small company scheme"),
            ("fail to act in members’", "Occupational Pensions Authority"),
        ],
    ),
    (
        """Almost 12,000 homeowners more than two years behind on mortgage, new figures show

Eimear Brophy, Personal Finance Editor

Nearly 12,000 homeowners are more than two years behind on their mortgage repayments, with the average arrears on those accounts now exceeding €68,000, according to new figures.

Data compiled by the Irish Home Debt Network from lender returns shows that while the overall number of mortgages in arrears has fallen steadily over the past decade, a hard core of long-term cases has proved stubbornly difficult to resolve.

Many of these loans have been sold by banks to so-called "vulture funds", which critics say are less willing to agree long-term restructuring deals.

In its annual report, "Behind the Front Door", the network said the longest-running cases represented "a decade of failure by lenders, regulators and successive governments to find sustainable solutions".

Paul Geraghty, the network's chief executive, said many of the families it dealt with had been in arrears since the financial crash.

"These are people who have been living with a court date hanging over them for ten, twelve, fifteen years," he said. "Children have grown up in these homes not knowing if they would still be living there next year."

Among them are Tom and Bernadette Kiely, who have been in arrears on their home in Rathcullen, Co Laois, since 2011, when Mr Kiely's building business collapsed.

"We have paid something every single month, even when it was €200, even when it was €50," Mrs Kiely said. "Nobody can say we walked away from it."

The couple's loan was sold to an investment fund in 2018. Mrs Kiely said a proposal to split the mortgage, parking part of the debt until retirement, was rejected without explanation.

"They just wrote back and said no. No reason, no meeting, nothing," her husband said.

A spokeswoman for Ardent Loan Servicing, which manages the loan on behalf of the fund, said it could not comment on individual cases but that it "engages constructively with all borrowers who engage with us".

"Repossession is always a last resort," she added.

Solicitor Orla Fennessy, who represents borrowers in the Circuit Court, said judges were increasingly reluctant to grant possession orders where families had made genuine efforts to pay.

"The courts have become a lot more alert to the human side of this, but there's only so much a judge can do," she said. "What's missing is a mechanism that actually forces the parties to the table and keeps them there until there's a sustainable deal."

The network is calling for a statutory mediation scheme for all cases more than two years in arrears, and for funds that buy mortgage books to be bound by the same codes of conduct as the banks that originally issued the loans.""",
        [
            ("a decade of failure by", "Irish Home Debt Network"),
            ("These are people who have", "Paul Geraghty"),
            ("Children have grown up in", "Paul Geraghty"),
            ("We have paid something every", "Bernadette Kiely"),
            ("Nobody can say we walked", "Bernadette Kiely"),
            ("They just wrote back and", "Tom Kiely"),
            ("engages constructively with all borrowers", "spokeswoman"),
            ("Repossession is always a last", "spokeswoman"),
            ("The courts have become a", "Orla Fennessy"),
            ("What's missing is a mechanism", "Orla Fennessy"),
        ],
    ),
    (
        """Brokers push back on plan to scrap trail commissions

Natalie Kovac

Mortgage brokers have warned that a federal government proposal to phase out trail commissions would drive smaller operators out of the industry and leave borrowers with less choice, as the Assistant Treasurer signalled she was prepared to press ahead.

Trail commissions, the ongoing payments lenders make to brokers for as long as a loan remains on their books, are worth an estimated $1.4 billion a year to the industry, which now arranges about three-quarters of new home loans.

A consultation paper released on Monday proposes replacing them with a larger upfront fee from 2026, arguing the current arrangement creates a conflict of interest by rewarding brokers for keeping clients in loans that may no longer suit them.

Assistant Treasurer Kate Lindqvist told reporters in Canberra the aim was to make sure “brokers are working for the borrower, not for the lender’s book”.

“If you’re a broker and you are still being paid every month for a loan you wrote five years ago, there’s at least a question about whether you have any incentive to ring that customer and tell them they could get a better rate elsewhere,” she said.

Ms Lindqvist was blunt when asked about the industry’s objections: “They would say that, wouldn’t they? This is a very profitable arrangement for a lot of people.”

The Australian Broker Council said the proposal was “a solution in search of a problem”.

Its chief executive, Andrew Pellegrino, said trail payments funded the ongoing service brokers provided, including annual rate reviews and help for clients who fell into financial hardship.

“Take trail away and the small brokers in regional towns, the ones who know their clients by name, are the first to go,” Mr Pellegrino said. “The big banks would love that. It sends borrowers straight back to the branch, where they get one lender’s products and nothing else.”

He said the council would commission independent modelling on the likely impact on competition.

Not all brokers oppose the change. Lucy Farrant, who runs a two-person brokerage in Ferncliff on the NSW South Coast, moved to a fee-for-service model three years ago.

“My clients know exactly what they’re paying me and why,” she said. “I don’t think anyone in this industry should be scared of that conversation.”

A senior executive at one of the major banks, who spoke on condition of anonymity because the bank had not finalised its submission, said lenders were “relaxed either way” but would resist any change that pushed up their upfront costs.

Southern Cross Bank, which writes about 60 per cent of its home loans through brokers, said it would “work closely with government and industry on the detail” of any reform.

Submissions close on March 28. Shares in listed aggregator Meridian Finance Group fell 4.2 per cent to $2.31 on Monday.""",
        [
            ("brokers are working for the", "Kate Lindqvist"),
            ("If you’re a broker and", "Kate Lindqvist"),
            ("They would say that, wouldn’t", "Kate Lindqvist"),
            ("a solution in search of", "Australian Broker Council"),
            ("Take trail away and the", "Andrew Pellegrino"),
            ("The big banks would love", "Andrew Pellegrino"),
            ("My clients know exactly what", "Lucy Farrant"),
            ("I don’t think anyone in", "Lucy Farrant"),
            ("relaxed either way", "senior executive at one of the major banks"),
            ("work closely with government and", "Southern Cross Bank"),
        ],
    ),
    (
        """Brightlane Energy collapse leaves customers 'in limbo', says watchdog

By Jonathan Pryce, Business reporter

Around 240,000 households have been left uncertain about their credit balances after the energy supplier Brightlane Energy ceased trading on Friday.

The company, based in Wrexley, West Yorkshire, said it had been unable to secure new funding after wholesale hedging costs "rose beyond what the business could absorb".

Customers will continue to receive gas and electricity, and the Energy Supply Regulator will appoint a new supplier under its "supplier of last resort" process.

The consumer watchdog Energy Users UK said customers had been left "in limbo" over the weekend, with many unable to get through to Brightlane's call centre.

"People have been ringing us in tears," said Megan Holloway, the group's director of advocacy. "Some of them have credit balances of several hundred pounds built up over the summer, and they've been told nothing about what happens to that money."

She urged customers not to cancel their direct debits and to take a meter reading as soon as possible.

In a statement, the Energy Supply Regulator said: "Customers do not need to do anything. Their supply is safe and credit balances will be protected."

It added that a new supplier would be named "within days".

Alan Mercer, 74, from Wrexley, said he had about £380 in credit with the firm.

"I've always paid over the odds in the summer so that I'm not caught out in the winter. That's how I was brought up," he said.

"Now I'm being told it's protected, but nobody can tell me when I'll see it or who'll be paying it back."

Brightlane, which was founded in 2016, had grown rapidly by offering cheap fixed tariffs, but it is understood to have struggled after losing a large commercial contract earlier this year.

It is the first supplier to fail since the regulator tightened its financial resilience rules two years ago. An industry source said several other smaller suppliers were "under real strain" and that further failures this winter could not be ruled out.

Brightlane's administrators, Fenwick Hale, said in a short statement that they were "working closely with the regulator to ensure an orderly transition for customers".""",
        [
            ("in limbo", "Energy Users UK"),
            ("rose beyond what the business", "Brightlane Energy"),
            ("in limbo", "Energy Users UK"),
            ("People have been ringing us", "Megan Holloway"),
            ("Some of them have credit", "Megan Holloway"),
            ("Customers do not need to", "Energy Supply Regulator"),
            ("within days", "Energy Supply Regulator"),
            ("I've always paid over the", "Alan Mercer"),
            ("Now I'm being told it's", "Alan Mercer"),
            ("under real strain", "industry source"),
            ("working closely with the regulator", "Fenwick Hale"),
        ],
    ),
    (
        """Pension provider fined €2.1m over transfer delays affecting thousands

Fergal Keogh, Business Correspondent

The Financial Services Authority of Ireland has fined pension provider Lismore Life €2.1 million after finding that thousands of customers waited months, and in some cases more than a year, for their retirement savings to be transferred to other schemes.

The authority said that between 2019 and 2022 Lismore Life failed to process more than 6,800 transfer requests within the required timeframe, with some customers losing out on investment growth as a result.

Lismore Life has admitted the breaches.

In its enforcement notice, the authority said the firm's systems had been "wholly inadequate" and that senior management had been aware of a growing backlog "for a considerable period before meaningful action was taken".

The authority's director of enforcement, Colm Brannigan, said pension transfers were "not an administrative afterthought".

"For many people, their pension is the single biggest financial asset they will ever have," Mr Brannigan said. "When a firm sits on a transfer request for a year, it is not just an inconvenience. It can have a real and lasting impact on someone's retirement."

He said the authority expected the entire industry to take note of the case.

Lismore Life said it had "fully cooperated" with the investigation and had compensated all affected customers, at a total cost of €4.6 million.

In a statement, chief executive Siobhán Rafferty said: "We fell short of the standards our customers are entitled to expect, and we are sorry. We have invested significantly in new systems and our transfer times are now well within the required standard."

One former employee, who worked in the company's administration centre during the period covered by the investigation, said staff had repeatedly raised concerns with managers.

"We were told it was being looked at. Every few months there'd be a new plan, but the pile just kept getting bigger," the former employee said.

The fine is the largest imposed on a pension provider in Ireland and comes as the industry prepares for the introduction of auto-enrolment, which is expected to bring hundreds of thousands of new savers into workplace schemes.

Marian Delahunt, a pensions consultant based in Kilcarrig, Co Wicklow, said the case should prompt savers to keep a closer eye on their own paperwork.

"If you've requested a transfer and haven't heard anything within a couple of months, chase it up, and put it in writing," she said. "Don't assume that no news is good news."

The authority said it would publish updated guidance on transfer timeframes for all pension providers later this year.""",
        [
            ("wholly inadequate", "Financial Services Authority of Ireland"),
            ("for a considerable period before", "Financial Services Authority of Ireland"),
            ("not an administrative afterthought", "Colm Brannigan"),
            ("For many people, their pension", "Colm Brannigan"),
            ("When a firm sits on", "Colm Brannigan"),
            ("fully cooperated", "Lismore Life"),
            ("We fell short of the", "Siobhán Rafferty"),
            ("We were told it was", "former employee"),
            ("If you've requested a transfer", "Marian Delahunt"),
            ("Don't assume that no news", "Marian Delahunt"),
        ],
    ),
]
