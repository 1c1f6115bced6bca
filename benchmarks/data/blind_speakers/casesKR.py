CASES = [
    (
        """Lawmakers spar over chip talent bill

By Chen Wei-lun / Staff reporter

Legislators yesterday clashed over a draft amendment that would tighten restrictions on semiconductor engineers taking jobs in China, with opposition lawmakers saying the measure was too broad and could drive young talent abroad.

The amendment to the Industrial Innovation Act, proposed by the Cabinet last month, would require engineers who worked on "core key technologies" to seek approval from the Ministry of Economic Affairs before accepting employment with Chinese firms for three years after leaving their posts.

"We are not trying to stop anyone from building a career," Deputy Minister of Economic Affairs Hsu Chia-ming told the legislature's Economics Committee. "We are trying to stop the nation's most valuable know-how from walking out the door."

Hsu said that about 3,000 engineers had left for Chinese chipmakers over the past five years, citing figures compiled by the ministry's Industrial Development Administration.

Taiwan People's Alliance Legislator Kao Mei-hua questioned how the ministry would decide which technologies counted as core, saying the list was "vague to the point of being useless" and left engineers unsure of their legal standing.

"If an engineer does not know whether he is breaking the law until a prosecutor knocks on his door, that is not a law, it is a trap," Kao said.

Fellow caucus member Lee Tsung-han said the bill risked discouraging university graduates from entering the industry at all.

"Students are already asking me whether choosing semiconductor engineering means they can never leave Taiwan," he said.

Ruling party Legislator Wu Pei-shan defended the amendment, saying similar rules existed in the US, Japan and South Korea.

"Every advanced economy protects its crown jewels. Taiwan would be naive not to," Wu said, adding that the ministry had held more than a dozen consultations with industry groups before drafting the bill.

The Taiwan Semiconductor Industry Council, which represents more than 200 firms, said in a statement that it "broadly supports" the amendment, but urged the ministry to publish a clear list of covered technologies before the law takes effect.

"Certainty is essential for both employers and employees," the statement said.

Chang Yi-ting, a labor rights advocate at the Taiwan Tech Workers' Union, said that the union was concerned about how long the approval process would take.

"An engineer with a job offer cannot wait six months for a government letter," she said. "The ministry must commit to a deadline."

Hsu said the ministry aimed to process applications within 30 working days, and that engineers whose applications were rejected would be able to appeal to the Executive Yuan.

The committee is scheduled to review the amendment article by article next week, after which it would be sent to the full legislature for a vote.""",
        [
            ("We are not trying to", "Hsu Chia-ming"),
            ("We are trying to stop", "Hsu Chia-ming"),
            ("vague to the point of", "Kao Mei-hua"),
            ("If an engineer does not", "Kao Mei-hua"),
            ("Students are already asking me", "Lee Tsung-han"),
            ("Every advanced economy protects its", "Wu Pei-shan"),
            ("broadly supports", "Taiwan Semiconductor Industry Council"),
            ("Certainty is essential for both", "Taiwan Semiconductor Industry Council"),
            ("An engineer with a job", "Chang Yi-ting"),
            ("The ministry must commit to", "Chang Yi-ting"),
        ],
    ),
    (
        """Hong Kong court jails former union leader for 10 months over unauthorised street fundraising

By Irene Kwok

A former Hong Kong union leader has been jailed for 10 months after a court found he organised a street fundraising drive without a permit and failed to account for more than HK$380,000 in donations.

Lam Chi-keung, 54, the former chairman of the now-disbanded Kowloon Transport Workers’ General Union, was sentenced at West Kowloon Magistrates’ Courts on Thursday. He had pleaded not guilty to two counts under the Summary Offences Ordinance and one count of theft.

Handing down the sentence, Principal Magistrate Eliza Poon said Lam had shown “a persistent disregard for the rules that govern public collections” and that the public had a right to know how their money was spent.

“The defendant was an experienced organiser. He knew, or ought to have known, that a permit was required,” Poon said. “A custodial sentence is the only appropriate option.”

The magistrate acquitted Lam of theft, saying the prosecution had not proved beyond reasonable doubt that he had used any of the money for personal purposes.

Lam’s barrister, Daniel Yiu, had argued in mitigation that his client raised the money to support drivers who lost their jobs during the pandemic, and that records had been lost when the union’s office was cleared out in 2021.

“Mr Lam never hid from anyone. He stood on the street with a donation box and a loudspeaker,” Yiu told the court last week.

Speaking to reporters outside the court, Lam’s wife, Wong Siu-fan, said the family would consider an appeal.

“He did this for the drivers. He did not take a single dollar home,” she said, before leaving in a taxi.

The Social Welfare Department, which oversees permits for public fundraising, said in a reply to HKFP that it had issued 1,217 permits in the last financial year and that it “will not hesitate to refer suspected breaches to the police.”

In a statement on Thursday evening, a government spokesperson said that the case “has nothing to do with political views” and that all organisations were equally bound by the law.

“Any attempt to smear the fair trial of this case as political persecution is groundless,” the spokesperson said.

The Kowloon Transport Workers’ General Union voted to disband in September 2021, one of dozens of civil society groups that folded after Beijing imposed the national security law. At its peak, the union claimed around 2,400 members.

A former committee member of the union, who asked not to be named for fear of repercussions, told HKFP that most members had stopped paying dues long before the vote.

“Everyone was scared. Nobody wanted their name on a membership list any more,” he said.""",
        [
            ("a persistent disregard for the", "Eliza Poon"),
            ("The defendant was an experienced", "Eliza Poon"),
            ("A custodial sentence is the", "Eliza Poon"),
            ("Mr Lam never hid from", "Daniel Yiu"),
            ("He did this for the", "Wong Siu-fan"),
            ("will not hesitate to refer", "Social Welfare Department"),
            ("has nothing to do with", "spokesperson"),
            ("Any attempt to smear the", "spokesperson"),
            ("Everyone was scared. Nobody wanted", "former committee member of the union"),
        ],
    ),
    (
        """Harbourfront Land's profit slumps 41 per cent as office glut weighs on Hong Kong rents

Sandy Leung

Harbourfront Land, one of Hong Kong's largest commercial landlords, reported a 41 per cent slump in underlying profit for the first half, as a glut of new office space in the city dragged rents lower and forced the developer to write down the value of its portfolio.

Underlying profit fell to HK$3.12 billion (US$399 million) in the six months to June, from HK$5.29 billion a year earlier, the company said in a filing to the stock exchange on Tuesday. Revenue dropped 18 per cent to HK$9.6 billion.

"The office leasing market remains very challenging, and we do not expect a meaningful recovery before the end of next year," chairman Raymond Tse Kwok-wai said at a results briefing in Central. "Tenants have choices, and they are using them."

The developer booked a HK$4.7 billion revaluation loss on its investment properties, mostly in Admiralty and Quarry Bay, where vacancy rates have climbed above 15 per cent, according to agency Kingsway Property Consultants.

Tse said the group would cut its interim dividend by 30 per cent to 42 HK cents a share, a move he described as "prudent, not pessimistic".

Chief financial officer Angela Mok said the company's net gearing had risen to 28.5 per cent, but that it had more than HK$20 billion in cash and undrawn facilities.

"Our balance sheet is strong. We are not a forced seller of anything," she said.

Residential sales offered a bright spot. The developer sold 1,140 flats in the period, mostly at its Tseung Kwan O project, generating contracted sales of HK$8.8 billion, up 23 per cent.

Analysts said the results were broadly in line with expectations but warned that more write-downs were likely.

"The worst is not yet over for Hong Kong offices," said Kenneth Au, head of Asia property research at Pacific Crest Securities. "We estimate there is still about 10 million square feet of new supply coming over the next three years, and demand simply isn't there."

Au cut his target price for the stock to HK$21.50 from HK$24.

Another analyst, who declined to be named because he was not authorised to speak to the media, said investors would be watching whether the company sold some of its older buildings.

"Asset disposals are the only lever they have left that the market would reward," the analyst said.

Shares of Harbourfront Land fell 3.2 per cent to HK$22.35 on Tuesday, compared with a 0.4 per cent decline in the benchmark Hang Seng Index.

Tse said the company remained committed to the city. "We have been in Hong Kong for 60 years. We have seen cycles like this before and we have always come out stronger," he said.""",
        [
            ("The office leasing market remains", "Raymond Tse Kwok-wai"),
            ("Tenants have choices, and they", "Raymond Tse Kwok-wai"),
            ("prudent, not pessimistic", "Raymond Tse Kwok-wai"),
            ("Our balance sheet is strong.", "Angela Mok"),
            ("The worst is not yet", "Kenneth Au"),
            ("We estimate there is still", "Kenneth Au"),
            ("Asset disposals are the only", "analyst"),
            ("We have been in Hong", "Raymond Tse Kwok-wai"),
        ],
    ),
    (
        """Taiwan's Kaihong Precision to build $1.2 billion Mexico plant as clients diversify

TAIPEI, March 14 (Reuters) - Taiwanese electronics manufacturer Kaihong Precision Industry will invest $1.2 billion to build a server assembly plant in northern Mexico, the company said on Thursday, as U.S. customers push suppliers to move production closer to home.

The plant in the state of Nuevo Leon will begin production in the second half of next year and employ about 4,500 people at full capacity, Kaihong said in a statement to the Taiwan stock exchange.

"Our customers want supply chains that are resilient and close to their end markets," Kaihong Chairman Jeffrey Liao told reporters at a news conference in Taipei. "Mexico gives us both."

Liao declined to name the customers, but two people familiar with the matter said the plant would mainly assemble artificial intelligence servers for a major U.S. cloud computing company. The people declined to be identified because the contracts are confidential.

Kaihong, which makes most of its products in China and Taiwan, joins a growing list of Taiwanese tech firms expanding in Mexico and Southeast Asia amid U.S.-China trade tensions and concerns over tariffs.

Liao said the company's China-based production would fall to about 35% of the total by 2027 from around 60% now, but that Kaihong had no plans to close factories there.

"China is still an important base for us, especially for customers selling into the Chinese market," he said.

Asked about possible new U.S. tariffs on Mexican imports, Liao said the company had "studied every scenario" and believed the investment would remain worthwhile.

Taiwan's Ministry of Economic Affairs said in a statement it "respects companies' global deployment decisions" and would help firms manage risks overseas. Investments of more than $50 million in China require government approval, but projects in other markets typically only need to be reported.

Analysts said the move made sense but would weigh on margins in the short term.

"Labor costs in Mexico are higher than in China, and the learning curve for a new site is steep," said Vincent Huang, an analyst at Formosa Capital Securities in Taipei. "We expect margins to be pressured for at least four quarters."

Kaihong shares closed up 2.1% ahead of the announcement, outperforming the broader market's 0.6% gain.

The company reported a 14% rise in fourth-quarter net profit to T$6.8 billion ($216 million) last week, driven by demand for AI servers, which now account for about 40% of its revenue.

"AI is changing everything about how we plan capacity," Liao said. "Three years ago, nobody was asking us about liquid cooling. Now every customer asks."

($1 = 31.4500 Taiwan dollars)

(Reporting by Grace Lin; Editing by Martin Pryce)""",
        [
            ("Our customers want supply chains", "Jeffrey Liao"),
            ("Mexico gives us both.", "Jeffrey Liao"),
            ("China is still an important", "Jeffrey Liao"),
            ("studied every scenario", "Jeffrey Liao"),
            ("respects companies' global deployment decisions", "Ministry of Economic Affairs"),
            ("Labor costs in Mexico are", "Vincent Huang"),
            ("We expect margins to be", "Vincent Huang"),
            ("AI is changing everything about", "Jeffrey Liao"),
            ("Three years ago, nobody was", "Jeffrey Liao"),
        ],
    ),
    (
        """Kinmen businesses urge resumption of Chinese group tours

Taipei, Oct. 10 (CNA) Business owners on Kinmen have called on the central government to ease restrictions on Chinese tour groups visiting the outlying island, saying the local economy has yet to recover from years of falling visitor numbers.

At a press conference in Taipei on Tuesday, Kinmen Chamber of Commerce chairman Hung Wen-chieh (洪文傑) said hotel occupancy on the island averaged just 48 percent last year, compared with more than 75 percent in 2019.

"Kinmen is only a few kilometers from Xiamen. For us, cross-strait tourism is not politics, it is survival," Hung said.

Hung said the chamber had collected signatures from more than 600 businesses supporting a pilot program that would allow tour groups from China's Fujian Province to visit Kinmen and Matsu under strict quotas.

Tsai Li-chun (蔡麗君), who runs a guesthouse in Jincheng Township, said many small operators had already closed.

"My neighbors have sold their buildings. Young people are leaving for Taiwan proper because there are no jobs here," Tsai said.

Asked about the proposal at a regular press briefing in Taipei on Thursday, Cross-Strait Affairs Council Deputy Minister Liang Chih-yuan (梁志遠) said the government "fully understands" the difficulties facing the outlying islands, but that China had yet to respond to Taiwan's proposals for reciprocal tourism arrangements.

"Tourism must be a two-way street. We cannot open the door while Beijing keeps its own door shut to Taiwanese tour groups," Liang said.

Liang said the council had proposed talks with Chinese authorities on tourism in March but had received no reply. He added that Beijing's treatment of Taiwanese people traveling to China, including the detention of several Taiwanese nationals this year, had "seriously damaged" trust between the two sides.

Meanwhile, Kinmen County Magistrate Chen Fu-kuo (陳福國) said the county government would continue to lobby Taipei for a special tourism arrangement.

"Kinmen has always been a bridge across the strait, and we hope the central government will let us play that role again," Chen said in a statement.

According to Tourism Bureau data, Kinmen received about 1.1 million visitors last year, the vast majority of them from Taiwan proper.

Lo Shih-wei (羅世偉), a professor of public policy at Kinmen Institute of Technology, told CNA the government faced a genuine dilemma.

"The central government is worried, with good reason, that tourism could be used as leverage," Lo said. "But the people of Kinmen are paying the price for a problem they did not create."

(By Sean Hsu and Lin Ya-wen)

Enditem/AW""",
        [
            ("Kinmen is only a few", "Hung Wen-chieh"),
            ("My neighbors have sold their", "Tsai Li-chun"),
            ("fully understands", "Liang Chih-yuan"),
            ("Tourism must be a two-way", "Liang Chih-yuan"),
            ("seriously damaged", "Liang Chih-yuan"),
            ("Kinmen has always been a", "Chen Fu-kuo"),
            ("The central government is worried", "Lo Shih-wei"),
            ("But the people of Kinmen", "Lo Shih-wei"),
        ],
    ),
    (
        """Taiwan opposition leader says defence plan ‘written for Washington, not Taipei’

Kuo Hsin-yi’s attack on record military budget sets up fierce battle in opposition-controlled legislature

Amy Hsieh in Taipei

The leader of Taiwan’s main opposition party has accused the government of drafting a record defence budget to please the US rather than to meet the island’s needs, setting up a fierce battle in the legislature over military spending.

Kuo Hsin-yi, the chair of the opposition Nationalist Alliance, told a rally in Taichung on Sunday that the proposed NT$640bn (£15.6bn) budget for next year was “written for Washington, not for Taipei”.

“We all want Taiwan to be safe. But safety does not come from buying whatever weapons we are told to buy,” she said. “It comes from a strong economy, a united society and a stable relationship across the strait.”

The budget, which would raise defence spending to about 3.1% of GDP, includes funds for drones, coastal missile systems and an expansion of conscript training. The government has argued the increases are needed in response to growing military pressure from China, which claims Taiwan as its territory and has vowed to annex it, by force if necessary.

Responding to Kuo’s comments, the premier, Lin Cheng-hao, accused the opposition of “playing politics with national security”.

“Every dollar in this budget is about protecting the lives of the Taiwanese people. The threat we face is not hypothetical. It is sitting off our coast every day,” Lin told reporters in Taipei on Monday.

Taiwan’s defence ministry said it had recorded 312 Chinese military aircraft around the island in the past month alone, the highest monthly total this year.

Analysts said the fight reflected deeper divisions over how Taiwan should manage its relationships with Beijing and Washington.

“There is a genuine debate to be had about what kind of deterrence Taiwan needs,” said Dr Margaret Ong, a senior fellow at the Strait Policy Institute in Singapore. “Unfortunately, the budget has become a proxy for a much bigger argument about whether Taiwan should lean towards the US or try to reduce tensions with China.”

Ong said the opposition, which together with a smaller party controls a majority in the legislature, could significantly delay the bill or cut individual items.

A senior official in the ruling party, who spoke on condition of anonymity, said the government was prepared to compromise on some items but not on its core programmes.

“The drones and the missiles are not negotiable. Everything else we can talk about,” the official said.

A US state department spokesperson said Washington “continues to support Taiwan’s efforts to strengthen its self-defence capabilities”, but declined to comment on the domestic debate.

The legislature is expected to begin reviewing the budget next month.""",
        [
            ("written for Washington, not Taipei", "Kuo Hsin-yi"),
            ("written for Washington, not for", "Kuo Hsin-yi"),
            ("We all want Taiwan to", "Kuo Hsin-yi"),
            ("It comes from a strong", "Kuo Hsin-yi"),
            ("playing politics with national security", "Lin Cheng-hao"),
            ("Every dollar in this budget", "Lin Cheng-hao"),
            ("There is a genuine debate", "Margaret Ong"),
            ("Unfortunately, the budget has become", "Margaret Ong"),
            ("The drones and the missiles", "senior official in the ruling party"),
            ("continues to support Taiwan’s efforts", "spokesperson"),
        ],
    ),
    (
        """Hong Kong IPO pipeline swells as mainland consumer brands line up listings

Exchange sees busiest quarter since 2021, but bankers warn of valuation gap

KENJI MORITA, Nikkei staff writer

HONG KONG -- A wave of mainland Chinese consumer companies is preparing to list in Hong Kong, pushing the city's initial public offering pipeline to its longest in three years and raising hopes that the financial hub's fundraising drought is finally over.

More than 120 companies had applications pending with the exchange at the end of June, up from about 70 a year earlier. IPOs raised $9.8 billion in the first half, more than the whole of last year, according to data provider Capital Ledger.

“We are seeing a very different mix of issuers from two years ago,” said Priscilla Yuen, head of equity capital markets for Asia at Whitmore Brothers. “Back then it was all property and tech. Now it is tea shops, snack brands, sportswear -- companies that Chinese consumers actually use every day.”

Among the largest deals expected this year is that of Chengdu-based hotpot chain Red Pavilion Foods, which is seeking to raise up to $800 million, according to people familiar with the matter. Red Pavilion said in its prospectus that proceeds would fund “expansion into Southeast Asia and North America” as well as upgrades to its central kitchens.

The exchange's chief executive, Bonnie Tam, said in a speech last week that the market had “turned the corner” after a difficult two years.

“Hong Kong remains the natural listing venue for Chinese companies going global, and increasingly for Southeast Asian and Middle Eastern issuers as well,” Tam told a financial industry conference.

Beijing has also signaled its support. In April, the China Securities Regulatory Commission said it would “support leading industry enterprises in listing in Hong Kong,” a statement bankers say has helped speed up approvals for mainland companies seeking offshore listings.

But some investors remain cautious. Several recent debuts have traded below their offer prices, and fund managers say many issuers are still asking for valuations that do not reflect slower growth in China.

“Founders still remember the multiples of 2020 and 2021. The buy side does not,” said a portfolio manager at a European asset manager in Hong Kong, who asked not to be named because of company policy.

Bankers say that gap has forced some companies to cut the size of their offerings or delay them altogether. At least five planned deals were postponed in the second quarter after cornerstone investors balked at pricing.

Yuen said the next few months would be crucial for sentiment.

“The window is open. The question is how long it stays open,” she said. “Nobody wants to be the deal that closes it.”""",
        [
            ("We are seeing a very", "Priscilla Yuen"),
            ("Back then it was all", "Priscilla Yuen"),
            ("expansion into Southeast Asia and", "Red Pavilion Foods"),
            ("turned the corner", "Bonnie Tam"),
            ("Hong Kong remains the natural", "Bonnie Tam"),
            ("support leading industry enterprises in", "China Securities Regulatory Commission"),
            ("Founders still remember the multiples", "portfolio manager at a European asset manager in Hong Kong"),
            ("The window is open.", "Priscilla Yuen"),
            ("Nobody wants to be the", "Priscilla Yuen"),
        ],
    ),
    (
        """Labour chief defends minimum wage rise as lawmakers split

Jasmine Lau

Secretary for Labour and Welfare Alfred Cheuk Ka-lok yesterday defended the government's decision to raise the statutory minimum wage to HK$43.1 an hour, as lawmakers from the business and labour sectors attacked the figure from opposite directions.

The new rate, which takes effect on May 1, represents a 4.1 percent increase and is the second adjustment under the annual review mechanism introduced last year.

Speaking at the Legislative Council's manpower panel, Cheuk said: "We have to strike a balance. If the rate is too low, workers cannot keep up with living costs. If it is too high, small businesses will cut jobs, and the people we want to help will be the first to suffer."

Lawmaker Ho Man-wai of the Hong Kong Workers' Federation said the increase was "far from enough."

"A cleaner working 48 hours a week still cannot afford a subdivided flat in Sham Shui Po. Is that what we call a living wage?" Ho asked.

She urged the government to adopt a formula linking the minimum wage to median household income, saying the current review process lacked transparency.

"The review committee spends months collecting data and then produces a number that everyone could have guessed in advance.

"What workers need is a clear, predictable formula, not another round of bargaining behind closed doors."

Catering sector lawmaker Simon Kwan Tsz-hin warned that restaurants were already struggling with high rents and weak spending as residents flock north to Shenzhen on weekends.

"Every dollar added to the minimum wage means tens of thousands of dollars a year for a small restaurant with 20 staff," Kwan said. "Some of my members have told me plainly: they will close rather than pay."

The Hong Kong Small and Medium Enterprises Alliance said in a statement that the rise would add about HK$1.2 billion a year to employers' wage bills, and called on the government to offer "targeted relief" such as rent waivers for tenants of government properties.

In reply, Cheuk said there were no plans for wage subsidies, noting that unemployment stood at 3.1 percent. "The government will keep monitoring the impact closely and will not hesitate to act if there are signs of job losses," he said.

A Labour Department official told The Standard after the meeting that inspections would be stepped up in the first three months after the new rate takes effect.

"We know from experience that some employers try to get around the law by cutting hours or reclassifying staff as self-employed," the official said.

Outside the Legco complex, about a dozen members of a cleaners' concern group staged a protest calling for a higher rate.

Among them was Lee Sau-ying, 61, who cleans offices in Kwun Tong. "One dollar seventy more an hour is better than nothing. But rice and rent go up faster than my pay," she said.""",
        [
            ("We have to strike a", "Alfred Cheuk Ka-lok"),
            ("far from enough.", "Ho Man-wai"),
            ("A cleaner working 48 hours", "Ho Man-wai"),
            ("The review committee spends months", "Ho Man-wai"),
            ("What workers need is a", "Ho Man-wai"),
            ("Every dollar added to the", "Simon Kwan Tsz-hin"),
            ("Some of my members have", "Simon Kwan Tsz-hin"),
            ("targeted relief", "Hong Kong Small and Medium Enterprises Alliance"),
            ("The government will keep monitoring", "Alfred Cheuk Ka-lok"),
            ("We know from experience that", "Labour Department official"),
            ("One dollar seventy more an", "Lee Sau-ying"),
        ],
    ),
]
