CASES = [
    (
        """Hong Kong developer slashes prices at Tai Wai launch as unsold flats pile up

Kwun Lung Properties cuts prices by up to 18 per cent at Harbourcrest Gardens, the steepest discount by a major developer this year

Vivian Cheung

Kwun Lung Properties has priced its latest residential project in Tai Wai as much as 18 per cent below nearby second-hand flats, in a sign that developers are prepared to sacrifice margins to clear a growing stockpile of unsold homes.

The first batch of 268 flats at Harbourcrest Gardens will be offered at an average of HK$16,480 per square foot after discounts, the developer said on Tuesday. The cheapest unit, a 301 sq ft studio, is priced at HK$4.62 million.

"We have priced the project to sell, not to test the market," said Raymond Lo Kin-wah, executive director of Kwun Lung. "Buyers have been waiting on the sidelines for two years, and we believe this is the price level that will bring them back."

Lo said the company expected to release a second batch of about 200 units within two weeks if demand was strong, adding that more than 40 per cent of the first batch consisted of flats smaller than 400 sq ft.

The launch comes as the number of unsold completed flats in the city reached about 22,000 units at the end of last quarter, according to official data, the highest level in nearly two decades.

Agents said the pricing was likely to put pressure on rival projects in the area. Louis Ng Chi-fung, chief executive of residential at Prime Square Property Agency, said the discount would "almost certainly force the hand" of other developers with projects nearby.

"Second-hand owners in Tai Wai will find it very difficult to hold their asking prices now," he said. "When a new flat with a developer's warranty is cheaper than a 20-year-old flat across the road, the maths is simple for buyers."

Not everyone was convinced that the price cuts signalled a turning point. An analyst at a European investment bank, who declined to be named because he was not authorised to speak to the media, said developers were "trading volume for cash flow" rather than responding to any real improvement in demand.

"Interest rates are still high and mortgage approvals are only just picking up," the analyst said. "This is about balance sheets."

Kwun Lung shares rose 2.3 per cent to HK$8.91 in Hong Kong on Tuesday, outperforming the Hang Seng Property Index, which gained 0.8 per cent.

The Hong Kong Residential Developers Council said in a statement that the government's decision earlier this year to scrap the so-called "spicy" measures had helped restore transaction volumes, but that "a sustainable recovery will depend on the direction of borrowing costs" over the coming months.

Developers have launched more than 9,000 new flats so far this year, with most projects priced close to or below prevailing second-hand levels in their districts.""",
        [
            ("We have priced the project", "Raymond Lo Kin-wah"),
            ("Buyers have been waiting on", "Raymond Lo Kin-wah"),
            ("almost certainly force the hand", "Louis Ng Chi-fung"),
            ("Second-hand owners in Tai Wai", "Louis Ng Chi-fung"),
            ("When a new flat with", "Louis Ng Chi-fung"),
            ("trading volume for cash flow", "analyst at a European investment bank"),
            ("Interest rates are still high", "analyst at a European investment bank"),
            ("This is about balance sheets.", "analyst at a European investment bank"),
            ("a sustainable recovery will depend", "Hong Kong Residential Developers Council"),
        ],
    ),
    (
        """Collective sale of Upper Bukit Timah condo fetches $612m on third attempt

SINGAPORE – Owners of Greenwood Vale, a 156-unit freehold condominium off Upper Bukit Timah Road, have sold the estate collectively for $612 million to a joint venture led by Meridian Land, ending a three-year effort that saw two earlier tenders lapse.

The price works out to a land rate of about $1,450 per sq ft per plot ratio (psf ppr), including an estimated $68 million differential premium to intensify the site, said marketing agent Kestrel Realty Partners on Monday (March 10).

Each owner stands to receive between $3.3 million and $4.9 million, depending on unit size.

“It has been a long road for the owners, and many of them had almost given up,” said Ms Evelyn Koh, senior director of investment sales at Kestrel. “What changed this time was that developers are once again looking to replenish their land banks after a strong run of launches in the first two months.”

The site, which spans 231,000 sq ft, could yield about 530 new homes under current planning parameters.

Meridian Land chief executive Adrian Seah said the group was attracted by the site’s proximity to the upcoming Hume Heights MRT station. “We see strong demand from upgraders in the area, and we are confident the project will appeal to families looking for larger units,” he said.

He added that the joint venture, in which Meridian holds a 60 per cent stake, planned to launch the project in the second half of next year.

Analysts said the deal marked a revival in collective sales, which slowed sharply after cooling measures in late 2021 raised stamp duty rates for developers buying residential land.

Mr Lionel Tay, research head at property consultancy Orchid Quay Advisory, said en bloc activity had been “very subdued” over the past two years as developers worried about the deadline to complete and sell all units in a project.

“Developers are being selective,” he noted. “Sites in established estates with good transport links will still draw bids, but older, smaller condos in the suburbs will struggle.”

Not all owners were in favour of the sale. One owner, who has lived in the development since 1989, told The Business Times he had signed the collective sale agreement only “because everyone else had”.

“I’ll miss the place. But at my age, I don’t want to be the person holding things up,” said the retiree, who is in his 70s.

As the agreement was signed by owners of about 84 per cent of the share value and strata area, rather than all of them, the sale is subject to approval by the Strata Titles Board. Kestrel said it expected to file the application within the next two weeks.

The deal is the largest collective sale so far this year, surpassing the $388 million sale of Jalan Kemaman Court in January.""",
        [
            ("It has been a long road", "Evelyn Koh"),
            ("What changed this time was", "Evelyn Koh"),
            ("We see strong demand from", "Adrian Seah"),
            ("very subdued", "Lionel Tay"),
            ("Developers are being selective,", "Lionel Tay"),
            ("Sites in established estates with", "Lionel Tay"),
            ("because everyone else had", "owner"),
            ("I’ll miss the place.", "owner"),
        ],
    ),
    (
        """Developers urge banks to ease lending to first-time homebuyers

By Jason Loh

KUALA LUMPUR: Property developers have called on banks to review their lending criteria for first-time homebuyers, saying high loan rejection rates are keeping thousands of completed homes in the Klang Valley unsold.

Federation of Malaysian Housing Developers (FMHD) president Datuk Lim Chee Keong said as many as four in 10 housing loan applications for homes priced below RM500,000 were rejected last year, based on a survey of its members.

"Demand is there. Young Malaysians want to own homes, and they are visiting our sales galleries every weekend," he told reporters after the federation's annual general meeting here yesterday.

"But when they go to the bank, they are turned away because of their debt service ratio, or because they still have a small car loan or study loan outstanding. This is a problem we cannot solve on our own."

Lim said the federation would submit a memorandum to the Housing Ministry proposing that banks be allowed to consider the combined income of family members, as well as a track record of rental payments, when assessing applications from first-time buyers.

According to the federation, the overhang of completed but unsold residential units in the Klang Valley stood at about 11,200 units at the end of last year, with serviced apartments accounting for more than half.

A spokesperson for the Bankers' Council of Malaysia said lenders were guided by "prudent and responsible lending practices" set by the central bank.

"Banks continue to support home ownership, particularly among first-time buyers, and approval rates for this segment have remained stable," the spokesperson said in an emailed reply to queries.

Property economist Dr Farah Hanim Yusof of the Institut Pengurusan Hartanah Malaysia said the problem lay partly with developers themselves.

"Many projects are being built in the wrong places at the wrong prices," she said. "You cannot blame banks for being cautious when the buyer is stretching to buy a RM480,000 unit 40km from where they work."

She said government rent-to-own schemes had helped some buyers but were "too small in scale to make a dent" in the overhang.

For Nurul Huda Abdullah, 29, a clerk at a logistics firm in Shah Alam, the issue is personal. Her application for a loan to buy a RM380,000 apartment in Puncak Alam has been rejected twice.

"I have a stable job and I've never missed a payment on anything. It's frustrating because the instalment would be less than what I'm paying in rent now," she said.

The FMHD survey covered 142 member companies with ongoing projects in the Klang Valley, Johor and Penang.""",
        [
            ("Demand is there. Young Malaysians", "Lim Chee Keong"),
            ("But when they go to", "Lim Chee Keong"),
            ("prudent and responsible lending practices", "spokesperson"),
            ("Banks continue to support home", "spokesperson"),
            ("Many projects are being built", "Farah Hanim Yusof"),
            ("You cannot blame banks for", "Farah Hanim Yusof"),
            ("too small in scale to", "Farah Hanim Yusof"),
            ("I have a stable job", "Nurul Huda Abdullah"),
        ],
    ),
    (
        """Unions cry foul as contractors seek 8,000 more imported workers

Construction unions hit out yesterday at a proposal by contractors to import another 8,000 workers for public works projects, warning that local tradesmen were already struggling to find steady work.

The Hong Kong Building Contractors Guild said in a submission to the government that the industry would face a shortfall of about 15,000 skilled workers by 2027 as the Northern Metropolis and a series of public housing projects move into peak construction.

“Without additional manpower, we will see delays and cost overruns across the board, and ultimately it is the public who will pay,” the guild said.

Guild chairman Wilson Tsang Ho-yin told reporters that rebar fixers, formwork carpenters and tower crane operators were in particularly short supply. “Some of our members have had to stop work on certain floors for weeks because they simply cannot find a qualified crew,” he said.

Tsang said contractors had raised daily wages for skilled trades by between 10 and 15 per cent over the past two years, but younger people were still reluctant to join the industry.

But Chan Wai-man, chairwoman of the Building Trades Workers’ Alliance, said the guild’s figures were “exaggerated” and called on the government to release its own manpower projections by trade.

“Our members are telling us that they are only working 15 or 16 days a month. If there is a shortage, why are they sitting at home?” Chan said.

She said the alliance had received more than 300 complaints since January from workers who said they had been passed over for jobs in favour of imported labour, claims the guild denied.

Lawmaker Patrick Yiu Ka-chun, who represents the engineering sector, said both sides had a point.

“The government needs to look at the actual data by trade, not just an overall number,” Yiu said. “A shortage of tower crane operators does not mean there is a shortage of general workers.”

Under the existing supplementary labour scheme, about 12,000 imported workers have been approved for the construction sector, most of them on public projects.

A government spokesman said the administration would “carefully consider” the submission and consult labour representatives before making any decision. He said the principle of “giving priority to local workers in employment” would remain unchanged.

The Labour Advisory Board is expected to discuss the proposal at its meeting next month.""",
        [
            ("Without additional manpower, we will", "Hong Kong Building Contractors Guild"),
            ("Some of our members have", "Wilson Tsang Ho-yin"),
            ("exaggerated", "Chan Wai-man"),
            ("Our members are telling us", "Chan Wai-man"),
            ("The government needs to look", "Patrick Yiu Ka-chun"),
            ("A shortage of tower crane", "Patrick Yiu Ka-chun"),
            ("carefully consider", "spokesman"),
            ("giving priority to local workers", "spokesman"),
        ],
    ),
    (
        """Lian Seng Builders swings to profit on public housing contracts, but warns of cost pressures

MAINBOARD-listed Lian Seng Builders posted a net profit of $14.2 million for the full year ended Dec 31, reversing a loss of $6.8 million a year earlier, as it stepped up work on a pipeline of public housing and infrastructure contracts.

Revenue rose 31 per cent to $486.5 million, the group said in a bourse filing on Thursday (Feb 27). Its order book stood at $1.38 billion as at end-December, enough to keep it busy until 2028.

The board has proposed a final dividend of 0.8 cent per share, its first payout in three years.

In a statement accompanying the results, Lian Seng said the improvement reflected "better pricing on newer contracts and the completion of legacy projects that were priced before the pandemic".

However, it cautioned that "the operating environment remains challenging", citing higher costs for foreign worker levies, dormitory accommodation and certain building materials.

Group chief executive Ong Boon Heng said in an interview that the company had learnt hard lessons from the pandemic years, when several of its fixed-price contracts turned loss-making as material prices surged.

"We were very aggressive in bidding before Covid, and we paid for it," Mr Ong told The Business Times. "Today, we are much more disciplined. We would rather walk away from a tender than take a job at a price that does not make sense."

He said the group was now building price-adjustment clauses into contracts where possible, and was investing in prefabricated construction methods to reduce its reliance on on-site labour.

"Every worker we save on site is a cost we don't have to worry about when levies go up," he added.

Industry observers said Lian Seng's recovery mirrored that of the broader sector, which saw a wave of contractor failures in 2022 and 2023 as fixed-price jobs won before the pandemic turned sour.

Ms Jasmine Wee, a partner at accounting firm Harcourt Lim & Co who advises construction companies on restructuring, said the survivors were emerging "leaner and more careful".

"The ones still standing have repriced their order books and cleaned up their balance sheets," she said. "But margins are thin. A single badly managed project can still wipe out a year's profit for a mid-sized contractor."

Earnings per share for the year came in at 2.31 cents, against a loss per share of 1.11 cents previously. Net asset value per share rose to 21.6 cents from 19.8 cents.

Shares of Lian Seng closed flat at $0.245 on Thursday, before the results were announced.""",
        [
            ("better pricing on newer contracts", "Lian Seng Builders"),
            ("the operating environment remains challenging", "Lian Seng Builders"),
            ("We were very aggressive in", "Ong Boon Heng"),
            ("Today, we are much more", "Ong Boon Heng"),
            ("Every worker we save on", "Ong Boon Heng"),
            ("leaner and more careful", "Jasmine Wee"),
            ("The ones still standing have", "Jasmine Wee"),
            ("But margins are thin.", "Jasmine Wee"),
        ],
    ),
    (
        """Johor developer bets on Singapore commuters with RM2.1b Tebrau township

By Siti Rahmah Ismail

JOHOR BAHRU (Aug 14): Seri Impian Holdings Bhd plans to roll out a mixed township with a gross development value (GDV) of RM2.1 billion in Tebrau over the next eight years, betting that improved cross-border rail links will draw Singapore-based workers to buy homes in Johor.

Group managing director Tan Sri Wong Kah Seng said the 320-acre development, named Taman Seri Lestari, would comprise about 4,800 landed and high-rise homes, as well as a commercial hub and a private international school.

"When the rail link is fully operational, a Singapore worker can live here and reach Woodlands in under 20 minutes," Wong said at the project's groundbreaking ceremony on Thursday. "That changes the calculation completely for young families on both sides of the Causeway."

He said prices for the first phase, comprising 612 double-storey terraced houses, would start from RM698,000.

Wong acknowledged that Johor's property market had been "through a very difficult decade", marked by an oversupply of high-rise units that left many towers in the state largely empty.

"We learnt from what happened before. We are not building 40-storey towers and hoping buyers will come. We are building homes for people who will actually live in them," he said.

Johor housing and local government committee chairman Mohd Khairul Anuar Jaafar, who officiated at the ceremony, said the state government would "not hesitate" to reject new high-rise projects in districts with a high overhang.

"We want development, but we do not want a repeat of ghost towers," he said in his speech.

Hartamas Valuers senior director Ian Kok Wei Loon said that while sentiment in Johor had improved markedly, buyers should remain cautious.

"There is a lot of excitement, and some of it is justified," Kok said. "But the overhang has not disappeared. There are still more than 20,000 unsold serviced apartments in Johor Bahru alone."

According to Kok, landed homes in established townships have held their value better than high-rise units, which have seen resale prices fall by as much as 30% from their peak in some areas.

Seri Impian said in a filing with Bursa Malaysia that the project would be funded through internal funds and bank borrowings, and was expected to contribute positively to earnings from the financial year ending June 2026.

Shares of Seri Impian rose two sen or 1.9% to RM1.07 on Thursday, giving the group a market capitalisation of RM612 million.""",
        [
            ("When the rail link is", "Wong Kah Seng"),
            ("That changes the calculation completely", "Wong Kah Seng"),
            ("through a very difficult decade", "Wong Kah Seng"),
            ("We learnt from what happened", "Wong Kah Seng"),
            ("not hesitate", "Mohd Khairul Anuar Jaafar"),
            ("We want development, but we", "Mohd Khairul Anuar Jaafar"),
            ("There is a lot of", "Ian Kok Wei Loon"),
            ("But the overhang has not", "Ian Kok Wei Loon"),
        ],
    ),
    (
        """Negative equity cases in Hong Kong climb to highest level in over two decades as home prices slide

Jeffrey Mak

The number of Hong Kong homeowners whose mortgages exceed the market value of their flats rose to nearly 41,000 at the end of June, the highest in more than two decades, according to figures released by the city’s banking regulator on Tuesday.

The figure, up 26 per cent from three months earlier, reflects a fall of more than 25 per cent in home prices since their peak in 2021. Most of the cases involve buyers who took out mortgages of 80 per cent or more of a property’s value under a government-backed mortgage insurance scheme.

“These are mostly young families who bought their first home at the top of the market,” said Dr Karen Ho Mei-ling, associate professor of real estate at the Hong Kong Institute of Urban Economics. “They are not defaulting, but they are trapped. They cannot sell without losing money and they cannot refinance.”

Ho said the situation was unlikely to turn into a problem for the banking system, as the vast majority of owners in negative equity continued to meet their monthly payments.

One of them, a 34-year-old civil servant who bought a 420 sq ft flat in Tseung Kwan O in 2021 for HK$7.8 million, said the value of his home had since fallen to about HK$5.6 million.

“Every month I pay the mortgage and every month it feels like I am paying for something that is worth less and less,” said the man, who asked to be identified only by his surname, Lau.

“My wife and I wanted to have a second child, but we have put that on hold,” he said.

Bankers said they were watching closely. A senior credit officer at one of the city’s largest lenders said the bank had seen “no meaningful increase” in late payments, but was offering affected customers the option of extending their repayment periods.

“If interest rates come down in the next year, most of these cases will resolve themselves as prices stabilise,” the officer said. “If rates stay high, it becomes a different story.”

In its latest “Residential Market Pulse” report, property consultancy Grandview Partners forecast that home prices would fall a further 5 per cent this year before bottoming out next year.

“Supply remains the biggest overhang,” the report said, noting that developers were expected to complete about 18,000 new flats this year.

Legislator Alice Tam Wing-sze, who sits on the Legislative Council’s housing panel, urged the government to consider relief measures for affected owners, saying officials should not “simply wait for the market to fix itself”.

The delinquency ratio for residential mortgages remained low at 0.11 per cent at the end of June, the regulator’s figures showed.""",
        [
            ("These are mostly young families", "Karen Ho Mei-ling"),
            ("They are not defaulting, but", "Karen Ho Mei-ling"),
            ("Every month I pay the", "Lau"),
            ("My wife and I wanted", "Lau"),
            ("no meaningful increase", "senior credit officer at one of the city’s largest lenders"),
            ("If interest rates come down", "senior credit officer at one of the city’s largest lenders"),
            ("If rates stay high, it", "senior credit officer at one of the city’s largest lenders"),
            ("Supply remains the biggest overhang,", "Grandview Partners"),
            ("simply wait for the market", "Alice Tam Wing-sze"),
        ],
    ),
    (
        """Buyers of stalled Penang condo demand refunds as developer blames contractor

GEORGE TOWN: More than 200 buyers of a stalled condominium project in Bayan Lepas have demanded full refunds, saying they have lost faith in the developer's promise to complete the development by the end of next year.

The buyers of the 38-storey Vista Mutiara Residences, launched in 2019 with a promised completion date of mid-2023, gathered outside the developer's office in Jalan Sultan Ahmad Shah yesterday holding placards.

Buyers' representative Goh Siew Ling, 41, said most of the purchasers were first-time buyers who were now paying both rent and interest on their progressively disbursed housing loans.

"We have been paying for five years for a building that is only half-built. Some of us have had to move back in with our parents," she said.

"The developer keeps giving us new dates, but nothing happens on site. We want our money back."

A factory engineer who also bought a unit, and who declined to be named, said he had been paying about RM1,400 a month in interest on the portion of his loan already released. "I feel cheated," he said.

In a statement, developer Mutiara Bayu Development Sdn Bhd said the delay was caused by its former main contractor, whose contract was terminated last year over "persistent failure to meet agreed milestones".

"The company is fully committed to completing Vista Mutiara Residences and has appointed a new main contractor, which will mobilise on site by next month," the statement read.

The developer added that buyers were entitled to claim liquidated ascertained damages (LAD) for late delivery under their sale and purchase agreements.

When contacted, Penang Homebuyers Action Council honorary secretary Andrew Chin Kok Wai said LAD payments were "cold comfort" for buyers whose savings were tied up in the project.

"LAD is only paid when the units are handed over. If the project is never completed, buyers are left with nothing but a loan to repay," he said, adding that the council had advised buyers to file claims with the homebuyer claims tribunal.

Under federal guidelines, a housing project is classified as "sick" when construction falls more than 30% behind schedule, and as abandoned when work stops for six consecutive months.

State housing and town planning committee chairman Lee Wei Jian said the state would summon the developer to a meeting next week.

"We will not allow buyers to be left in limbo. If the developer cannot give a credible plan, we will ask the ministry to step in," Lee said.

Site checks by the state last month found that work on the tower had reached the 19th floor.""",
        [
            ("We have been paying for", "Goh Siew Ling"),
            ("The developer keeps giving us", "Goh Siew Ling"),
            ("I feel cheated,", "factory engineer"),
            ("persistent failure to meet agreed", "Mutiara Bayu Development Sdn Bhd"),
            ("The company is fully committed", "Mutiara Bayu Development Sdn Bhd"),
            ("cold comfort", "Andrew Chin Kok Wai"),
            ("LAD is only paid when", "Andrew Chin Kok Wai"),
            ("We will not allow buyers", "Lee Wei Jian"),
        ],
    ),
]
