CASES = [
    (
        """Grocer's profit rises as shoppers trade down to discount stores

Naomi Ferreira

TORONTO — Northfield Foods Inc. says shoppers are trading down to its discount banners as food inflation squeezes household budgets, helping the grocer post a 6.2 per cent rise in third-quarter profit.

The Brampton, Ont.-based company said Wednesday it earned $312 million, or $1.04 per diluted share, in the 12 weeks ended Oct. 5, up from $294 million, or 97 cents per share, a year earlier.

Revenue rose to $14.8 billion from $14.1 billion.

"Customers are telling us loud and clear that value matters more than ever," chief executive Gordon Leclair told analysts on a conference call. "We are seeing more trips to our discount stores and larger baskets of our private-label products."

Leclair said sales at the chain's Value Basket discount stores grew at roughly twice the pace of its conventional supermarkets during the quarter.

Food inflation in the company's stores was "in line with" Statistics Canada's consumer price index for food purchased from stores, he said. That measure rose 3.4 per cent year over year in September.

The grocer has faced criticism from politicians and consumer advocates who accuse large chains of profiting from high prices. Northfield has repeatedly denied those claims.

"We understand Canadians are frustrated," Leclair said. "But our margins on food have been stable, and the numbers show that."

Sylvie Gagnon, an analyst with Desrochers Capital Markets, said in a note to clients that the results beat expectations, driven by stronger pharmacy sales and tight cost control.

"The discount shift is a tailwind for now, but it also pressures gross margin over time," Gagnon wrote.

Ottawa has been pushing the country's largest grocers to sign on to a voluntary code of conduct governing their dealings with suppliers. Northfield said in a statement that it "remains committed" to the code and expects it to be fully implemented next year.

Daniel Okafor, executive director of the Fair Checkout Coalition, a consumer group, said the results showed that grocers were doing well while many families struggled.

"When a company says it's passing savings on to shoppers and posts a record quarter at the same time, people are entitled to ask questions," he said in an interview.

Shares of Northfield closed up 2.1 per cent at $148.62 on the Toronto Stock Exchange.""",
        [
            ("Customers are telling us loud", "Gordon Leclair"),
            ("We are seeing more trips", "Gordon Leclair"),
            ("in line with", "Gordon Leclair"),
            ("We understand Canadians are frustrated,", "Gordon Leclair"),
            ("But our margins on food", "Gordon Leclair"),
            ("The discount shift is a", "Sylvie Gagnon"),
            ("remains committed", "Northfield Foods Inc."),
            ("When a company says it's", "Daniel Okafor"),
        ],
    ),
    (
        """Egg prices set to climb again as bird flu hits Midwest flocks

By Hannah Price

CHICAGO, Feb 12 (Reuters) - U.S. supermarkets are preparing for another jump in egg prices after bird flu outbreaks wiped out millions of laying hens in Iowa and Ohio over the past month, industry executives and analysts said.

Wholesale prices for large white eggs in the Midwest rose to $4.85 a dozen this week, up nearly 40% from early January, according to data from market tracker Urner Hale.

"We're looking at supply losses that will take six to nine months to rebuild," said Carl Mendenhall, president of the Heartland Egg Producers Association, a trade group. "There is no quick fix here."

About 14 million birds have been culled since Jan. 1, according to the U.S. Department of Agriculture.

Retailers have begun limiting purchases in some regions. Midstate Markets, which operates 210 stores across Ohio, Indiana and Michigan, said it had placed a two-carton limit on eggs at about a third of its locations.

"This is a temporary step to make sure every customer can find eggs on the shelf," the company said in a statement.

A senior executive at a large national grocery chain, who declined to be named because he was not authorized to speak publicly, said his company had been asked by suppliers to accept price increases of as much as 25% starting in March.

"Nobody wants to be the first to put a $7 carton on the shelf, but we may not have a choice," the executive said.

Economists say eggs make up a small share of the overall consumer price index but have an outsized effect on how shoppers perceive inflation.

"Eggs are one of those items people buy every week and remember the price of," said Rachel Dunmore, chief economist at Pelham Street Advisors in New York. "When they jump, consumer sentiment follows."

Agrivista Analytics, a Kansas City-based agricultural research firm, said in its latest outlook that it expected retail egg prices to rise 18% to 22% this year, though it cautioned the forecast was "highly uncertain" given the course of the outbreak.

Some producers said restocking had been slowed by new infections at farms that were repopulated last year. Mendenhall said biosecurity upgrades were costly, adding that smaller farms were "at real risk of not coming back."

Shares of Calder Farms Inc, the largest U.S. egg producer, rose 3.2% on Wednesday.

(Reporting by Hannah Price in Chicago; Editing by Tom Aldous)""",
        [
            ("We're looking at supply losses", "Carl Mendenhall"),
            ("There is no quick fix", "Carl Mendenhall"),
            ("This is a temporary step", "Midstate Markets"),
            ("Nobody wants to be the", "senior executive at a large national grocery chain"),
            ("Eggs are one of those", "Rachel Dunmore"),
            ("When they jump, consumer sentiment", "Rachel Dunmore"),
            ("highly uncertain", "Agrivista Analytics"),
            ("at real risk of not", "Carl Mendenhall"),
        ],
    ),
    (
        """Independent grocers say suppliers favour big chains on pricing

JOSÉE MARCOTTE
MONTREAL

Independent grocers in Quebec and Ontario say they are paying more than large chains for the same products from major food manufacturers, and are urging the federal Competition Bureau to look into the practice.

In a letter sent to the bureau last week, the Canadian Association of Independent Food Retailers said its members routinely pay wholesale prices 8 to 15 per cent higher than what the three biggest grocers pay for identical branded goods.

“Our members are not asking for special treatment,” the letter said. “They are asking for a level playing field.”

Luc Bérubé, who owns two Marché Bérubé stores in Sherbrooke, Que., said he often finds that a national chain’s flyer price on a product is lower than what he pays his distributor.

“I can go to the store down the street and buy cereal cheaper than I can get it from my supplier,” Mr. Bérubé said. “How am I supposed to compete with that?

“My customers think I’m gouging them. I’m not. I’m barely making two cents on the dollar.”

Food manufacturers dispute that characterization. Frances Whitlock, president of Food and Consumer Products Producers of Canada, said differences in wholesale prices reflect volume, logistics and promotional commitments rather than favouritism.

“Pricing is negotiated commercially and it reflects real differences in cost to serve,” Ms. Whitlock said in an interview. She added that the industry supports the grocery code of conduct, calling it “a fair way to settle disputes” between retailers and their suppliers.

A spokesperson for the Competition Bureau said the agency had received the letter and would review it, but declined to comment further.

The bureau’s market study of the sector, titled “Room to Grow: Competition in Canadian Grocery,” found that concentration among the largest chains had increased over the past decade and recommended measures to encourage more independent competition.

Michel Arsenault, a professor of marketing at Université Laval who studies food distribution, said the complaints were not new but have gained urgency as smaller grocers struggle with higher wages and energy costs.

“The independents have always paid a premium. What’s changed is that shoppers are far more price-sensitive, so the gap hurts more,” he said.

He said Ottawa could consider rules similar to those in some European countries that restrict so-called “buying power abuses,” but cautioned that such measures were difficult to enforce.

Mr. Bérubé said he was not optimistic. “We’ve written letters before,” he said. “I’ll believe it when something changes.”""",
        [
            ("Our members are not asking", "Canadian Association of Independent Food Retailers"),
            ("They are asking for a", "Canadian Association of Independent Food Retailers"),
            ("I can go to the", "Luc Bérubé"),
            ("How am I supposed to", "Luc Bérubé"),
            ("My customers think I’m gouging", "Luc Bérubé"),
            ("Pricing is negotiated commercially and", "Frances Whitlock"),
            ("a fair way to settle", "Frances Whitlock"),
            ("The independents have always paid", "Michel Arsenault"),
            ("We’ve written letters before,", "Luc Bérubé"),
            ("I’ll believe it when something", "Luc Bérubé"),
        ],
    ),
    (
        """When the only grocery store in town closes, a Kentucky county scrambles to fill the gap

By DENISE CARVER Associated Press

MARLOW, Ky. (AP) — For 41 years, Hollis Market was where people in this town of 2,300 bought their milk, their bread and, on Sundays after church, a rotisserie chicken. Next month it will close for good.

The owners, Ray and Linda Hollis, say they can no longer make the numbers work. Wholesale costs have climbed, the store's coolers need replacing, and a dollar store that opened on the edge of town two years ago has taken much of their business.

"We held on as long as we could," Linda Hollis said Tuesday, standing behind the deli counter she has run since 1989. "I don't want people to think we're walking away from them."

When the store closes, the nearest full-service supermarket will be 26 miles away in Brackett. For older residents without reliable transportation, that distance is a real problem, said Tamara Fields, who directs the Wyatt County Council on Aging.

"We've got folks in their 80s who don't drive anymore," Fields said. "A dollar store doesn't sell fresh vegetables. It doesn't sell fresh meat. What are they supposed to eat?"

Rural grocery closures have become more common as independent operators age out and struggle to compete with national chains and discount stores, according to researchers at the Rural Food Access Institute, a nonprofit in Lexington. The institute estimates that more than 500 rural independent grocers have closed in the U.S. since 2019.

County officials are exploring options, including a cooperative grocery owned by residents. Judge-Executive Wade Perkins told a packed meeting at the county courthouse Monday night that the county could help with a low-interest loan but could not run a store itself.

"Government's not in the grocery business, and it shouldn't be," Perkins said. "But we can help you get there."

Some residents said they were willing to invest. Earl Simmons, a retired teacher, said he would put in $500 and encouraged his neighbors to do the same.

"If we don't do this, nobody's coming to do it for us," he said.

Dollar Depot, the discount chain that operates the store on the edge of town, said in an emailed statement that it was "proud to serve the Marlow community" and was adding refrigerated items, including milk and eggs, at many rural locations.

Ray Hollis said he bore the chain no ill will. He said he hoped whoever took over the building would do better than he had.

"It's a good building. It's a good town," he said. "Somebody ought to be able to make a go of it.\"""",
        [
            ("We held on as long", "Linda Hollis"),
            ("I don't want people to", "Linda Hollis"),
            ("We've got folks in their", "Tamara Fields"),
            ("A dollar store doesn't sell", "Tamara Fields"),
            ("Government's not in the grocery", "Wade Perkins"),
            ("But we can help you", "Wade Perkins"),
            ("If we don't do this,", "Earl Simmons"),
            ("proud to serve the Marlow", "Dollar Depot"),
            ("It's a good building. It's", "Ray Hollis"),
            ("Somebody ought to be able", "Ray Hollis"),
        ],
    ),
    (
        """Brightway Warns Tariffs Will Lift Grocery Prices as Shoppers Hunt for Deals

By Marcus Ellery

(Bloomberg) -- Brightway Stores Inc., the second-largest US grocery retailer, said shoppers are increasingly shifting to store brands and bulk packs, and warned that new tariffs on imported produce and packaging would push up some prices this summer.

The Cincinnati-based company's comparable sales rose 2.4% in the first quarter, excluding fuel, slightly ahead of the 2.2% average estimate of analysts surveyed by Bloomberg. Adjusted earnings of $1.31 a share also topped expectations.

Chief Executive Officer Dana Whitfield told reporters on a call Thursday that the company would try to absorb as much of the cost increase as possible but could not shield customers entirely.

"We will do everything we can to keep prices low, but some of these costs will show up on the shelf," Whitfield said. She said fresh produce from Mexico and canned goods that rely on imported steel were most exposed.

Brightway kept its full-year forecast for identical sales growth of 2% to 3%.

The outlook reflects a cautious consumer. Chief Financial Officer Arjun Mehta put it bluntly on the call with analysts: "Customers are still spending, but they are spending carefully. They're comparing unit prices, they're buying what's on promotion and they're cutting back on impulse items."

Store brands accounted for 31% of grocery sales in the quarter, a record, Mehta said.

The shares rose as much as 4.6% in New York trading, the biggest intraday gain since November.

Grocers have become a focal point in the debate over tariffs because food is among the most visible items in household budgets. The Food Retail Council of America, an industry group, said in a report last month that tariffs on fresh produce "could add as much as $3 billion a year" to US grocery costs.

Karen Liu, an analyst at Harwell Securities, said Brightway was better positioned than smaller rivals because of its scale and its private-label business.

"They have the buying power to push back on suppliers," Liu said in an interview. "A regional chain with 80 stores doesn't."

Still, the company's guidance assumes that tariffs stay at current levels, according to a person familiar with the company's planning who asked not to be identified discussing internal matters. Any increase would force Brightway to revisit its forecast, the person said.

Whitfield declined to comment on specific price increases but said the company would "lean into value" through expanded discounts in its loyalty app.

-- With assistance from Lena Ortiz""",
        [
            ("We will do everything we", "Dana Whitfield"),
            ("Customers are still spending, but", "Arjun Mehta"),
            ("could add as much as", "Food Retail Council of America"),
            ("They have the buying power", "Karen Liu"),
            ("A regional chain with 80", "Karen Liu"),
            ("lean into value", "Dana Whitfield"),
        ],
    ),
    (
        """Shoppers in northern Manitoba community say food subsidy isn't reaching them

Kettle Lake residents paying $16 for a jug of milk as retailer, Ottawa point to each other

Priya Nandakumar · CBC News

Residents of a fly-in community in northern Manitoba say a federal subsidy meant to lower the cost of food isn't showing up at the checkout, and they want answers.

In Kettle Lake, about 700 kilometres north of Winnipeg, a four-litre jug of milk sells for $15.99 at the community's only grocery store. A bag of apples costs more than $12.

"I have four kids. I can't buy milk every week," said Sherry Mossbeck, a mother who works as an educational assistant at the local school. "Some weeks it's milk or it's diapers."

The store is operated by Boreal Trading Company, which runs 38 stores in remote communities across Manitoba, Saskatchewan and northern Ontario. The federal Northern Food Support Program pays retailers a subsidy per kilogram of eligible food shipped to isolated communities, and retailers are required to pass the full amount on to customers.

Mossbeck and others say they don't believe that's happening.

Chief Ronald Keeper of Kettle Lake First Nation said the community has asked for an audit of prices at the store.

"We're told the subsidy is being passed on. Show us," Keeper said in an interview. "Our people are going hungry while somebody is making money on it."

In a statement to CBC News, Boreal Trading Company said it "fully complies" with the program's requirements and that subsidy amounts are shown on customers' receipts.

The company said its prices reflect the high cost of air freight, storage and operating stores in remote locations. "Without the subsidy, prices would be significantly higher," the statement said.

A spokesperson for the federal department that runs the program said compliance reviews are carried out regularly and that the department "takes concerns raised by communities seriously." The spokesperson did not say whether a review of the Kettle Lake store was planned.

Researchers have raised questions about the program for years. A study published last year by researchers at Red River University found that retailers passed on the full subsidy in most communities, but that it was impossible to verify in others.

Dr. Amelia Sinclair, a nutrition researcher who co-authored the study, said transparency is the core issue.

"There's no way for a shopper to check what the price would be without the subsidy," she said. "You're asked to take it on faith."

She said the program should require retailers to publish pre-subsidy prices, something the federal government has said it is considering.

Back in Kettle Lake, Mossbeck said families are relying more on hunting, fishing and a community freezer program to get by.

"We help each other," she said. "That's how it's always been here. But it shouldn't have to be like this.\"""",
        [
            ("I have four kids. I", "Sherry Mossbeck"),
            ("Some weeks it's milk or", "Sherry Mossbeck"),
            ("We're told the subsidy is", "Ronald Keeper"),
            ("Our people are going hungry", "Ronald Keeper"),
            ("fully complies", "Boreal Trading Company"),
            ("Without the subsidy, prices would", "Boreal Trading Company"),
            ("takes concerns raised by communities", "spokesperson"),
            ("There's no way for a", "Amelia Sinclair"),
            ("You're asked to take it", "Amelia Sinclair"),
            ("We help each other,", "Sherry Mossbeck"),
            ("That's how it's always been", "Sherry Mossbeck"),
        ],
    ),
    (
        """Workers walk off job at B.C. grocery warehouse, union says talks 'going nowhere'

The Canadian Press

DELTA, B.C. — About 900 workers at a grocery distribution centre in Delta, B.C., went on strike early Monday, raising concerns about empty shelves at dozens of supermarkets across the Lower Mainland.

The workers, represented by Local 412 of the Pacific Food and Warehouse Workers Union, supply about 120 stores operated by Coastline Grocers Ltd. under its Coastline Fresh and PriceRight banners.

Union president Teresa Moniz said members had been without a contract since March and that talks with the company were "going nowhere."

"Our members have kept this company running through a pandemic, through floods, through everything," Moniz told reporters on the picket line. "All they're asking for is wages that let them afford the groceries they move every day."

The union is seeking raises of 18 per cent over three years, along with limits on the use of contract workers. Moniz said the company's latest offer amounted to about nine per cent over four years.

Coastline said in a statement it was "disappointed" the union had chosen to strike and that it had tabled what it called "a fair and competitive offer."

The company said it had contingency plans in place and expected most stores to remain well stocked, though customers "may notice temporary gaps" in some product categories.

Jeff Anand, Coastline's vice-president of human resources, said the company remained willing to return to the bargaining table at any time.

"We respect our employees and the bargaining process," Anand said. "Our goal is to reach an agreement that is sustainable for the business and fair to our people."

Shoppers at a PriceRight store in Surrey on Monday afternoon reported some empty shelves in the dairy and produce aisles, though most items appeared to be in stock.

Hélène Fortier, who teaches labour relations at Fraser Valley Polytechnic, said the dispute reflects wider frustration among grocery workers over the cost of living.

"Grocery workers are watching food prices go up at the same rate as everyone else, and they're watching their employers report strong profits," Fortier said. "That's a combustible mix."

She said a prolonged strike could put pressure on both sides, since the company's competitors would be eager to pick up customers.

The province's labour minister, Darren Kohl, urged both parties to return to talks but said the government had no plans to intervene.

"I'd encourage both sides to get back to the table and get a deal done," Kohl said in Victoria.""",
        [
            ("going nowhere", "Teresa Moniz"),
            ("going nowhere.", "Teresa Moniz"),
            ("Our members have kept this", "Teresa Moniz"),
            ("All they're asking for is", "Teresa Moniz"),
            ("disappointed", "Coastline Grocers Ltd."),
            ("a fair and competitive offer.", "Coastline Grocers Ltd."),
            ("may notice temporary gaps", "Coastline Grocers Ltd."),
            ("We respect our employees and", "Jeff Anand"),
            ("Our goal is to reach", "Jeff Anand"),
            ("Grocery workers are watching food", "Hélène Fortier"),
            ("That's a combustible mix.", "Hélène Fortier"),
            ("I'd encourage both sides to", "Darren Kohl"),
        ],
    ),
    (
        """Canadian discount grocer bets on US Midwest as home market stalls

Maple Harvest plans 150 stores south of the border despite history of failed cross-border moves

Ontario-based grocer Maple Harvest is to open as many as 150 discount supermarkets in the US Midwest over the next five years, betting that American shoppers squeezed by high food prices will embrace a format that has struggled to grow further in Canada.

The company, which operates 640 stores in Ontario, Quebec and Atlantic Canada, said on Tuesday it would spend about US$1.2bn on the expansion, starting with 20 stores in Michigan and Ohio next year.

'The Canadian market is mature and highly concentrated,' said Geneviève Tremblay, Maple Harvest's chief executive. 'The US gives us room to grow, and the Midwest is a region where a value-focused, no-frills grocer can win.'

Cross-border expansion has a chequered history for Canadian retailers. Several department store and discount chains have retreated from the US after heavy losses, and analysts said Maple Harvest would face entrenched competition from German-owned discounters and regional chains.

'It's a crowded field,' said Owen Brecker, a retail analyst at Lindqvist & Co in New York. 'Hard discounting is not a novelty to American shoppers any more.'

Tremblay said the company had studied earlier failures closely and would move slowly. Its stores would carry a narrower range than US supermarkets — roughly 3,500 products compared with more than 30,000 in a typical store — with about 70 per cent private label.

'We are not going to open 150 stores and hope for the best,' she said. 'Every store has to earn the next one.'

The company's shares fell 3.8 per cent in Toronto, as some investors questioned the cost of the plan. A portfolio manager at one of the company's largest shareholders, who asked not to be named, said the board had 'underestimated how hard this is'.

Maple Harvest's domestic sales growth has slowed to about 1 per cent a year, as political pressure over grocery prices and a backlash against what some politicians call 'greedflation' have weighed on the sector.

Food prices in Canada have risen about 25 per cent since 2020, according to Statistics Canada, prompting parliamentary hearings at which grocery executives were questioned about their profits.

Tremblay rejected the suggestion that the company was leaving Canada behind. 'Canada remains our home and our priority,' she said, adding that the company would continue to invest in its existing stores.

In the US, the company plans to operate under a new banner, Harvest Lane, and has hired Dwayne Oliver, a former executive at a large American grocery chain, to run the business.

Oliver said in a statement that the Midwest was 'underserved by true discount grocers', and that the company would focus on towns of 20,000 to 100,000 people.""",
        [
            ("The Canadian market is mature", "Geneviève Tremblay"),
            ("The US gives us room", "Geneviève Tremblay"),
            ("It's a crowded field,", "Owen Brecker"),
            ("Hard discounting is not a", "Owen Brecker"),
            ("We are not going to", "Geneviève Tremblay"),
            ("Every store has to earn", "Geneviève Tremblay"),
            ("underestimated how hard this is", "portfolio manager at one of the company's largest shareholders"),
            ("Canada remains our home and", "Geneviève Tremblay"),
            ("underserved by true discount grocers", "Dwayne Oliver"),
        ],
    ),
]
