CASES = [
    (
        """Harlan Motors delays Ohio battery plant as EV demand cools

By Dana Kessler

DETROIT, March 12 - Harlan Motors Co will push back the opening of its $3.2 billion battery plant near Huron Falls, Ohio, by at least 18 months, the Detroit automaker said on Tuesday, the latest sign that U.S. carmakers are reining in electric-vehicle spending as sales growth slows.

The plant, a joint venture with South Korean cell maker Daeyang Energy Solution, had been scheduled to start producing cells in mid-2025. Harlan now expects production to begin in late 2026, it said in a statement.

"We are matching our capacity to the pace at which customers are actually adopting electric vehicles," Chief Financial Officer Marcy Trujillo told analysts on a conference call. "That is not a retreat. It is discipline."

Trujillo said the company still expected EVs to make up about a fifth of its North American sales by 2028, down from a previous target of one-third.

Harlan shares rose 2.4% in afternoon trading.

The United Auto Workers union, which won the right to represent the plant's workers under a 2023 agreement that brought battery joint ventures into its master contract, said it had not been consulted in advance.

"Our members found out about this from the news, same as everybody else," said Ray Dombrowski, director of the UAW region that covers Ohio. He said the union would press Harlan to keep the roughly 1,100 workers already hired on the payroll during the delay.

A Harlan spokesperson said the company would offer those workers temporary assignments at its assembly plant in nearby Millbrook and that "no one who has been hired will lose their job because of this decision."

Daeyang Energy Solution said in a regulatory filing in Seoul that it had agreed to the revised timeline and did not expect the delay to have a material impact on its earnings.

Analysts said the move had been widely expected. "The industry built for a demand curve that didn't show up on schedule," said Priya Venkataraman, an analyst at Caldwell Securities in New York. "Everybody is looking for ways to slow the cash burn without writing anything off."

The delay comes as automakers await clarity on federal tax credits for EV buyers and on tariffs on imported battery materials. Chief Executive Tom Belcher said last month that Harlan would be "flexible and disciplined" in how it deploys capital through 2026.

A spokeswoman for Ohio Governor Mark Ellison said state officials were briefed on Monday and that about $240 million in incentives tied to the project were linked to hiring milestones rather than a start date.

(Reporting by Dana Kessler in Detroit; additional reporting by Park Min-ji in Seoul; editing by Jamie Ortiz)""",
        [
            ("We are matching our capacity", "Marcy Trujillo"),
            ("That is not a retreat.", "Marcy Trujillo"),
            ("Our members found out about", "Ray Dombrowski"),
            ("no one who has been", "spokesperson"),
            ("The industry built for a", "Priya Venkataraman"),
            ("Everybody is looking for ways", "Priya Venkataraman"),
            ("flexible and disciplined", "Tom Belcher"),
        ],
    ),
    (
        """UAW files for election at Kessler-Bauer’s South Carolina EV plant

By Jenna Whitlock

The UAW has asked federal labor officials to schedule a union election at Kessler-Bauer’s electric-vehicle assembly plant near Brannock, S.C., setting up the union’s first test at a German-owned factory in the state.

The union filed its petition with the National Labor Relations Board on Monday after what it said was a majority of the plant’s roughly 3,400 hourly workers signed authorization cards.

“This is about workers who build the most advanced vehicles in this company’s lineup and still can’t predict their own schedules from one week to the next,” said Darnell Pruitt, a UAW organizer who has worked on the campaign since early last year.

Pruitt declined to say how many cards had been signed, citing what he described as “a pattern of pressure” from supervisors on workers who openly supported the union.

Kessler-Bauer, based in Stuttgart, said it respected its employees’ right to decide. In an emailed statement, the company said it believed “a direct relationship between our team members and management” served the plant best, and that it would “share facts” with workers ahead of any vote.

The Brannock plant, which opened in 2019, builds the Lindau E crossover and the larger Tessin E sedan for North America and export markets. Kessler-Bauer said in January it would invest a further $1.1 billion there to add a third EV model.

Plant manager Uwe Hartkopf told employees in a video message reviewed by this publication that the company had raised starting wages twice in the past 18 months.

“We listened, and we acted,” Hartkopf said in the message. “I would ask everyone to think about whether a third party will make that faster or slower.”

At Kessler-Bauer’s plants in Germany, workers are represented by works councils and by IG Metall, which has publicly backed the UAW drive.

“Codetermination is normal for this company at home,” Birgit Olsen-Ramm, an IG Metall official who sits on Kessler-Bauer’s supervisory board, said in a statement. “We see no reason why colleagues in South Carolina should have less.”

South Carolina Gov. Lyle Bannister has criticized the campaign. In a post on X, Bannister wrote that a union would “put every job at this plant at risk.”

Ellen Marsh, who teaches labor relations at Harmon College in Charleston, said the German connection could work in the union’s favor.

“The German angle matters,” Marsh said. “Management here can’t credibly say unions are bad for business when the parent company has lived with a powerful one for 70 years.”

But she cautioned that organizing drives in the South often lose support in the weeks before a vote. “Card majorities aren’t votes,” she said.

The NLRB regional office in Atlanta is expected to set an election date within weeks.""",
        [
            ("This is about workers who", "Darnell Pruitt"),
            ("a pattern of pressure", "Darnell Pruitt"),
            ("a direct relationship between our", "Kessler-Bauer"),
            ("share facts", "Kessler-Bauer"),
            ("We listened, and we acted,", "Uwe Hartkopf"),
            ("I would ask everyone to", "Uwe Hartkopf"),
            ("Codetermination is normal for this", "Birgit Olsen-Ramm"),
            ("We see no reason why", "Birgit Olsen-Ramm"),
            ("put every job at this", "Lyle Bannister"),
            ("The German angle matters,", "Ellen Marsh"),
            ("Management here can’t credibly say", "Ellen Marsh"),
            ("Card majorities aren’t votes,", "Ellen Marsh"),
        ],
    ),
    (
        """IG Metall threatens strikes as Vollrath plans 6,000 German job cuts

By Katrin Vogel

FRANKFURT, Oct 8 - German union IG Metall threatened on Wednesday to call strikes at Vollrath Automobil AG after the carmaker said it planned to cut up to 6,000 jobs in Germany and could close a domestic plant for the first time in its 90-year history.

Vollrath, which employs about 58,000 people in Germany, said the cuts would be spread across its plants in Emsbach, Kirchhain and Zellingen over the next four years, and that production of its next compact electric car would move to its factory in Slovakia.

"The board has chosen the easiest path, which is to make the workforce pay for management's mistakes," IG Metall district leader Andrea Kowalczyk told reporters outside the Emsbach plant. "We will not accept plant closures, and we are prepared to use every means available to us."

Asked whether that included strikes, she said: "The peace obligation ends on November 30. After that, everything is on the table."

Vollrath said in a statement that the cuts were "unavoidable in the current environment", citing weak demand for electric cars in Europe, high energy costs and growing competition from Chinese manufacturers.

"We are taking these steps to secure the future of Vollrath in Germany, not to end it," the statement said.

Chief Executive Matthias Brenner told a news conference at the company's headquarters in Emsbach that labour costs at its German plants were around 30% higher than at competitors' sites. "Our competitors are not waiting for us, and neither are our customers," he said.

Henrik Saalfeld, head of Vollrath's works council, who sits on the supervisory board, called the plan "a declaration of bankruptcy by the management board" and said employee representatives would vote against any closure. Under German codetermination rules, labour representatives hold half of the seats on the board, although the chairman has a casting vote.

The state of Lower Saxony, which owns 11.8% of Vollrath, is also likely to resist. A spokesman for the state government in Hanover said it expected "a solution that does not come at the expense of the regions" and would use its board seats to push for alternatives.

A person familiar with the board's deliberations said closing Zellingen, which employs about 2,100 people and makes components for combustion engines, was "the most likely outcome" but that no final decision had been taken.

The plan goes beyond the "Zukunft 2030" programme Vollrath agreed with workers in 2021, which ruled out compulsory redundancies until the end of the decade.

Analysts said investors would welcome the cuts but warned that a drawn-out conflict with labour could prove costly. "The numbers simply don't work for three plants at current volumes," said Jonas Feld, an analyst at Bankhaus Reinholt in Frankfurt. "The question is how much it will cost to get there."

Vollrath shares closed 3.1% higher.

(Reporting by Katrin Vogel; editing by Tom Haskell)""",
        [
            ("The board has chosen the", "Andrea Kowalczyk"),
            ("We will not accept plant", "Andrea Kowalczyk"),
            ("The peace obligation ends on", "Andrea Kowalczyk"),
            ("unavoidable in the current environment", "Vollrath Automobil AG"),
            ("We are taking these steps", "Vollrath Automobil AG"),
            ("Our competitors are not waiting", "Matthias Brenner"),
            ("a declaration of bankruptcy by", "Henrik Saalfeld"),
            ("a solution that does not", "spokesman"),
            ("the most likely outcome", "person familiar with the board's deliberations"),
            ("The numbers simply don't work", "Jonas Feld"),
            ("The question is how much", "Jonas Feld"),
        ],
    ),
    (
        """Daehan Motor union votes to strike over EV plant staffing

SEOUL, July 10 -- Unionized workers at Daehan Motor Co., South Korea's second-largest carmaker, voted overwhelmingly Wednesday to go on strike as wage talks stalled over staffing at the company's new electric vehicle plant in Ulsan, the union said.

Of the 41,200 members eligible to vote, 88.7 percent backed the walkout, according to the Daehan Motor branch of the Korean Metal Workers' Union.

The union is demanding a 7.2 percent increase in base pay, a performance bonus equal to 30 percent of last year's net profit and a written guarantee that workers on combustion engine lines will be transferred to the EV plant, which is set to begin operations early next year with an annual capacity of 200,000 units.

"The company wants to build the cars of the future with fewer people and call it innovation," the union said in a statement. "We cannot accept a transition that leaves our members behind."

Union leader Kang Tae-sung told a rally at the Ulsan plant that workers were "ready to stop the lines" if management did not present a revised offer by next week.

The union can legally strike once the National Labor Relations Commission concludes its mediation, which is expected early next week.

Daehan Motor expressed regret over the vote. "We hope the union will return to the negotiating table and help find a reasonable solution at a time of great uncertainty in the global auto market," the company said in a press release.

A company official, who asked not to be named because the talks are ongoing, said the EV plant requires about 30 percent fewer workers per vehicle than existing lines, and that the company had proposed retraining programs for 3,000 employees.

"We have never said there will be layoffs," the official said. "But we cannot promise that every worker will be assigned to the new plant."

Vice Industry Minister Lee Ho-jin urged both sides to reach a swift agreement, saying a prolonged walkout could hurt exports at a time when U.S. tariffs are already weighing on the sector.

"Both sides should show flexibility for the sake of the partner companies and their workers," Lee said during a meeting with auto industry officials in Seoul.

Analysts said the timing was difficult for Daehan, which is trying to ramp up production of its Hanul EV crossover for the U.S. and European markets.

"A strike of more than a week would take a real bite out of third-quarter output, especially for export models," said Yoon Seo-yeon, an analyst at Hanbit Investment & Securities.

Daehan's union has staged partial strikes in four of the past six years, though it reached a deal without a walkout last year. (END)""",
        [
            ("The company wants to build", "Daehan Motor branch of the Korean Metal Workers' Union"),
            ("We cannot accept a transition", "Daehan Motor branch of the Korean Metal Workers' Union"),
            ("ready to stop the lines", "Kang Tae-sung"),
            ("We hope the union will", "Daehan Motor Co."),
            ("We have never said there", "company official"),
            ("But we cannot promise that", "company official"),
            ("Both sides should show flexibility", "Lee Ho-jin"),
            ("A strike of more than", "Yoon Seo-yeon"),
        ],
    ),
    (
        """Sungjin picks Saxony-Anhalt for first European EV plant

By Oliver Pennington

Sungjin Motor Group is to build its first European electric-vehicle assembly plant in eastern Germany, investing €2.1bn in a site near Haldenfeld in Saxony-Anhalt that will start production in 2027.

The South Korean carmaker said the factory would have capacity for 220,000 vehicles a year and employ about 2,500 people when fully ramped up. It will build the next generation of the Sungjin Aeri compact crossover, currently imported from Korea, as well as a yet-to-be-named small EV aimed at European buyers.

Speaking at the signing ceremony in Magdeburg, Sungjin Europe president Choi Min-jae said:

'Germany remains the most demanding car market in Europe. If we can build here, to German standards, we can build anywhere.

'This plant is not only about Europe's emissions targets. It is about being close to our customers and shortening our supply chains at a time when nobody can predict where the next tariff will come from.'

Choi said the company had considered sites in Poland, Hungary and Spain but chose Germany because of its supplier base and the availability of engineering talent. Sungjin's battery partner, Haneul Cell, is expected to announce a decision on a separate cell plant later this year.

Saxony-Anhalt's economy minister, Karsten Wöhler, described the project as 'a signal that eastern Germany can compete for the industries of the future'. The state and federal governments are understood to have offered around €350m in subsidies, subject to EU approval.

Not everyone greeted the announcement without reservations. 'We welcome every job in this region,' said Thomas Riedl, who heads IG Metall's office in Magdeburg. 'But we expect Sungjin to sign a collective agreement, as is normal in this industry here. Low wages are not a location advantage.'

Sungjin said in a statement that it would 'engage constructively with all social partners' and that pay at the plant would be 'competitive with the regional automotive sector'.

Fiona Harcourt, principal at consultancy Marlow Automotive Insight, said the move made sense given the EU's tariffs on Chinese-built EVs and growing political pressure on importers to localise production.

'Korean brands have been winning market share in Europe with imported cars, but that model is getting harder to defend,' she said. 'A German plant gives Sungjin credibility with fleet buyers and with Brussels.'

She added that the timetable was ambitious: 'Going from a greenfield site to series production in three years in Germany would be quick by anyone's standards.'

Sungjin sold just over 310,000 vehicles in Europe last year, giving it a market share of around 2.4%.""",
        [
            ("Germany remains the most demanding", "Choi Min-jae"),
            ("This plant is not only", "Choi Min-jae"),
            ("a signal that eastern Germany", "Karsten Wöhler"),
            ("We welcome every job in", "Thomas Riedl"),
            ("But we expect Sungjin to", "Thomas Riedl"),
            ("engage constructively with all social", "Sungjin Motor Group"),
            ("competitive with the regional automotive", "Sungjin Motor Group"),
            ("Korean brands have been winning", "Fiona Harcourt"),
            ("A German plant gives Sungjin", "Fiona Harcourt"),
            ("Going from a greenfield site", "Fiona Harcourt"),
        ],
    ),
    (
        """Hallstrom Motor Company and Namgang Battery Break Ground on $4.1 Billion Battery Plant in Georgia

Altamaha Cell Partners facility expected to create 2,300 jobs and supply cells for up to 400,000 electric vehicles a year

SAVANNAH, Ga.--Hallstrom Motor Company (NYSE: HMC) and Namgang Battery Co., Ltd. (KRX: 412870) today broke ground on Altamaha Cell Partners, a $4.1 billion joint-venture battery cell manufacturing plant in Ocmulgee County, Georgia.

The 2.6 million-square-foot facility is expected to begin production in 2027 and, at full capacity, to produce 35 gigawatt-hours of lithium-ion cells annually for Hallstrom’s next generation of electric pickups and SUVs. The project is expected to create approximately 2,300 new jobs.

“Today marks a defining step in Hallstrom’s plan to build a fully American electric vehicle supply chain,” said Gregory Ashdown, Chairman and CEO of Hallstrom Motor Company. “Together with Namgang, we are bringing advanced battery manufacturing to the heart of Georgia, and we are doing it with a skilled local workforce.”

“Our partnership with Hallstrom combines decades of cell chemistry expertise with one of America’s most trusted automotive brands,” said Dr. Yoo Jin-hyuk, President and CEO of Namgang Battery. “Altamaha Cell Partners will set a new standard for safety, quality and sustainability in North American battery production.”

“Georgia continues to be the destination of choice for the companies building the future of mobility,” said Governor Wade Pemberton. “This investment means thousands of good-paying jobs for Georgia families.”

Altamaha Cell Partners will work with Satilla River Technical College to develop a training program for production technicians and maintenance staff, with the first cohort expected to begin classes in the fall.

“For Ocmulgee County, this is a generational opportunity,” said Lorraine Tisdale, Chair of the Ocmulgee County Board of Commissioners. “Our young people will no longer have to leave home to find a career in advanced manufacturing.”

About Hallstrom Motor Company

Hallstrom Motor Company designs, manufactures and sells trucks, SUVs and electric vehicles under the Hallstrom and Ridgeline brands. Headquartered in Auburn Hills, Michigan, the company employs approximately 61,000 people worldwide.

About Namgang Battery Co., Ltd.

Namgang Battery is a global manufacturer of lithium-ion battery cells and modules for electric vehicles and energy storage systems, headquartered in Seoul, South Korea, with production facilities in Korea, Poland and the United States.

Forward-Looking Statements

This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed or implied.

Contacts

Hallstrom Motor Company
Media Relations
Erin Sandoval
media@hallstrommotor.example

Namgang Battery Co., Ltd.
Global Communications
Seo Ha-neul
press@namgangbattery.example""",
        [
            ("Today marks a defining step", "Gregory Ashdown"),
            ("Together with Namgang, we are", "Gregory Ashdown"),
            ("Our partnership with Hallstrom combines", "Yoo Jin-hyuk"),
            ("Altamaha Cell Partners will set", "Yoo Jin-hyuk"),
            ("Georgia continues to be the", "Wade Pemberton"),
            ("This investment means thousands of", "Wade Pemberton"),
            ("For Ocmulgee County, this is", "Lorraine Tisdale"),
            ("Our young people will no", "Lorraine Tisdale"),
        ],
    ),
    (
        """Workers walk out at Carrow Motors truck plant as talks over EV conversion stall

By Marcus Feeney

FAIRHAVEN TOWNSHIP, Mich. - About 2,800 members of United Auto Workers Local 1147 walked off the job at Carrow Motors Co.'s Fairhaven truck plant early Saturday after talks over how the factory will be staffed once it switches to electric pickups broke down.

Picket lines went up at all four gates shortly after midnight, and by morning dozens of workers stood in the rain outside the main entrance, some holding signs calling for job guarantees.

"We've been building trucks here for 40 years, and now they want to retool for electric and tell us half of us won't be needed," said Tina Marchetti, 52, who works in the paint shop. "Nobody's against the future. We just want to be in it."

Marchetti said her father retired from the same plant in 2004.

The strike is over a local agreement rather than the national contract the UAW signed with Carrow in 2023. The union wants the company to commit in writing to keeping current staffing levels after the plant begins building electric pickups in 2026.

Local 1147 President Dwayne Tolliver, speaking to reporters at the union hall, was blunt.

"They keep telling us to trust them. We trusted them in 2009, and we gave up raises and pensions to keep this place open.

"Now they're getting $500 million from the state to retool, and they can't give us one page in writing."

Carrow said it was ready to resume talks at any time.

"We are disappointed that the local leadership chose to strike rather than continue bargaining," the company said in a statement. "Our offer includes significant wage increases and protections for every current employee."

Carrow spokeswoman Angela Rhee said the company had put forward "the strongest job security language in the plant's history" and that its negotiators were available around the clock.

The walkout could quickly ripple through the supply chain. An executive at a parts supplier in nearby Monroe, who spoke on condition of anonymity because he was not authorized to discuss customer matters, said shipments to the plant had been halted Saturday morning.

"If this goes past a week, we start sending people home," he said.

Edmund Pike, a labor economist at Huron Valley University, said disputes over local agreements were becoming more common as automakers convert factories.

"Local strikes like this used to be rare," Pike said. "The EV transition has reopened every question about how many people it takes to build a car, and those questions get answered plant by plant."

The Fairhaven plant builds about 1,100 pickups a day. Carrow has said it plans to invest $1.6 billion to convert it by 2026.""",
        [
            ("We've been building trucks here", "Tina Marchetti"),
            ("Nobody's against the future.", "Tina Marchetti"),
            ("They keep telling us to", "Dwayne Tolliver"),
            ("Now they're getting $500 million", "Dwayne Tolliver"),
            ("We are disappointed that the", "Carrow Motors Co."),
            ("Our offer includes significant wage", "Carrow Motors Co."),
            ("the strongest job security language", "Angela Rhee"),
            ("If this goes past a", "executive at a parts supplier"),
            ("Local strikes like this used", "Edmund Pike"),
            ("The EV transition has reopened", "Edmund Pike"),
        ],
    ),
    (
        """Seorin Motor to nearly double Alabama EV output as tariffs bite

By Han Ji-woo

Seorin Motor will nearly double production at its electric vehicle plant in Alabama by 2026, the company said Thursday, as Korean carmakers shift more output to the US to soften the impact of American tariffs.

The carmaker, Korea's third-largest by sales, plans to invest an additional $1.8 billion in its plant in Pell Valley, Alabama, raising annual capacity from 150,000 to 280,000 units. The plant currently builds the Altas EV SUV and will add a hybrid pickup from next year.

"The US is our most important market, and local production is the only sustainable answer to the trade environment we are facing," Seorin Motor CEO Jung Dae-hyun said during a press conference in Seoul.

Jung said the expansion was part of the company's "Mobility 2030" strategy, which aims to sell 1.5 million EVs a year globally by the end of the decade.

The announcement comes two months after Washington imposed a 15 percent tariff on Korean-made vehicles, a blow to an industry that shipped more than 1.4 million cars to the US last year.

Seorin's labor union reacted sharply. In a statement, the Seorin Motor Labor Union accused the company of "hollowing out" domestic production and demanded guarantees on future output at the Yeongsan plant in South Chungcheong Province, which employs about 9,000 people.

"Every car that moves to Alabama is a car that is no longer built by Korean workers," the union said. "We will not stand by while the company exports our jobs."

The Ministry of Trade, Industry and Energy sought to calm concerns.

"The government will support companies so that overseas investment and domestic production can grow together," Vice Minister of Trade, Industry and Energy Oh Seung-min told reporters, adding that the ministry would soon announce measures to support auto parts suppliers.

Seorin insists the expansion will not come at the expense of its Korean plants. "Domestic plants will focus on high-value models and exports to Europe and the Middle East, so there is no reason to expect job losses at home," according to a company official who requested anonymity.

Industry watchers said the decision had been expected. Kim Hye-rin, an analyst at Daesong Securities, called the expansion "largely inevitable given the tariff math," but warned that it could leave Seorin exposed at home.

"The risk is that Seorin ends up with idle capacity in Korea if exports to Europe don't pick up," she said.

Seorin's shares rose 1.7 percent on the Korea Exchange on Thursday, while the benchmark KOSPI gained 0.4 percent.""",
        [
            ("The US is our most", "Jung Dae-hyun"),
            ("hollowing out", "Seorin Motor Labor Union"),
            ("Every car that moves to", "Seorin Motor Labor Union"),
            ("We will not stand by", "Seorin Motor Labor Union"),
            ("The government will support companies", "Oh Seung-min"),
            ("Domestic plants will focus on", "company official"),
            ("largely inevitable given the tariff", "Kim Hye-rin"),
            ("The risk is that Seorin", "Kim Hye-rin"),
        ],
    ),
]
