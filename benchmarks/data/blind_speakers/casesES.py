CASES = [
    (
        """Texas utility Gulf Plains Electric seeks $1.2 billion rate hike to storm-proof grid

By Daniel Okafor

HOUSTON, March 4 (Reuters) - Gulf Plains Electric Co asked Texas regulators on Tuesday for permission to raise customer bills by about $1.2 billion over three years, saying the money was needed to bury power lines and replace aging poles after a string of hurricanes left hundreds of thousands of homes in the dark.

The request, filed with the state's Public Utility Commission, would add roughly $9.40 to the average monthly residential bill by 2027, according to the filing.

"We have heard our customers loud and clear: they want the lights to stay on when the next storm comes through," Chief Executive Marcus Delaney said on a call with analysts. "That takes investment, and it takes it now."

Delaney said the utility would install more than 40,000 composite poles and move about 1,100 miles (1,770 km) of distribution line underground in the coastal counties south of Houston.

Consumer advocates were quick to push back. The Office of Public Utility Counsel, which represents residential customers in rate cases, said in a statement it would examine the filing "line by line" and that households already struggling with high summer bills "cannot be asked to write a blank check."

Texas Coast Ratepayers Alliance director Linda Reyes-Whitfield called the request "breathtaking" given that the company reported net income of $612 million last year.

"Shareholders have done very well out of this system," Reyes-Whitfield told Reuters. "It's time they shared some of the cost of fixing it."

Gulf Plains shares rose 1.8% to $47.22 in afternoon trading in New York. Hartwell Securities analyst Priya Natarajan said in a note that the request was "largely in line" with expectations and that a settlement with intervenors was likely before any hearing.

The commission typically takes about 185 days to rule on rate cases. A commission spokeswoman said staff had begun reviewing the application but declined to comment on its substance.

Gulf Plains, which serves about 2.3 million customers, came under heavy criticism last summer when Hurricane Delphine knocked out power to more than 900,000 homes, some for nearly two weeks during a heat wave. State lawmakers later passed legislation requiring utilities to file resiliency plans.

"Nobody wants to pay more," said state Senator Ray Castellanos, a Republican from Brazoria County who sponsored that bill. "But nobody wants to sit in a 100-degree house for 11 days either."

(Reporting by Daniel Okafor in Houston; Editing by Marguerite Chen)""",
        [
            ("We have heard our customers", "Marcus Delaney"),
            ("That takes investment, and it", "Marcus Delaney"),
            ("line by line", "Office of Public Utility Counsel"),
            ("cannot be asked to write", "Office of Public Utility Counsel"),
            ("breathtaking", "Linda Reyes-Whitfield"),
            ("Shareholders have done very well", "Linda Reyes-Whitfield"),
            ("It's time they shared some", "Linda Reyes-Whitfield"),
            ("largely in line", "Priya Natarajan"),
            ("Nobody wants to pay more", "Ray Castellanos"),
            ("But nobody wants to sit", "Ray Castellanos"),
        ],
    ),
    (
        """Keewatin Hydro warns of drought-driven loss as reservoir levels fall

WINNIPEG — Keewatin Hydro says low water levels on its northern river system could push the Crown utility to a loss of as much as $240 million this fiscal year, and its chief executive is not ruling out asking for a larger rate increase.

Speaking to reporters after the utility's quarterly results were released Thursday, president and CEO Sandra Bjornson said the utility had been forced to buy power from neighbouring jurisdictions for the first time in nearly two decades.

"We are a hydro system, and when the water doesn't come, we feel it right away," Bjornson said. "This is the second dry year in a row, and frankly, we are not seeing the snowpack we would need to recover."

Keewatin Hydro typically earns hundreds of millions of dollars a year exporting surplus electricity to utilities in Minnesota and North Dakota. Those sales dropped by more than half in the most recent quarter, according to the utility's financial statements.

Bjornson said the utility would file an application with the province's Public Utilities Board this fall, but would not say how large an increase it would seek.

"It's too early to put a number on it," she said. "What I can tell you is that we will try to keep it as modest as we can."

The provincial government, which owns the utility, capped annual rate increases at five per cent under legislation passed last spring.

Finance Minister Gerald Tomchuk said in an emailed statement that the cap "remains in place" and that the government expected Keewatin Hydro to "find savings within its own operations before it comes to ratepayers."

Opposition energy critic Anita Sauvé said the government was setting the utility up to fail.

"You can't legislate rain," Sauvé said. "The minister knows perfectly well that if the water doesn't come back, somebody is going to pay for this, either ratepayers or taxpayers."

Curtis Ladouceur, an energy economist who has testified before the board on several rate applications, said drought years were "a known risk" for a utility that gets nearly all of its power from falling water.

"The question is whether they planned for it," he said in an interview. "From what I've seen, the reserve they were supposed to build up for exactly this kind of situation has been drawn down pretty heavily."

The utility's rate stabilization reserve stood at $310 million at the end of the quarter, down from $780 million two years ago.

This report by The Canadian Press was first published Aug. 15.""",
        [
            ("We are a hydro system", "Sandra Bjornson"),
            ("This is the second dry", "Sandra Bjornson"),
            ("It's too early to put", "Sandra Bjornson"),
            ("What I can tell you", "Sandra Bjornson"),
            ("remains in place", "Gerald Tomchuk"),
            ("find savings within its own", "Gerald Tomchuk"),
            ("You can't legislate rain", "Anita Sauvé"),
            ("The minister knows perfectly well", "Anita Sauvé"),
            ("a known risk", "Curtis Ladouceur"),
            ("The question is whether they", "Curtis Ladouceur"),
            ("From what I've seen, the", "Curtis Ladouceur"),
        ],
    ),
    (
        """Front Range Energy to retire last coal unit early, replace it with solar and batteries

By Kelsey Marchetti – Senior Reporter

Front Range Energy Co. plans to shut down the last coal-fired unit at its Comanche Flats generating station in 2028, three years ahead of schedule, and replace it with a mix of solar farms and battery storage, the Lakewood-based utility said Monday.

The plan, which still needs approval from the Colorado Public Utilities Commission, would cost an estimated $2.1 billion and would make Front Range the first investor-owned utility in the state to operate without coal.

“This is a decision that’s been a long time coming,” said Ellen Varga, Front Range’s president and CEO, in a prepared statement. “The economics have shifted decisively. Renewables plus storage are now the lowest-cost option for our customers, and the reliability picture has improved enough that we’re comfortable moving faster.”

About 140 people work at the plant outside the town of Arkansas Bend. The company said none would be laid off and that workers would be offered positions at other facilities or paid retraining.

That promise was met with skepticism from the union representing many of the plant’s workers.

“We’ve heard promises like that before,” said Dale Kruger, business manager of International Brotherhood of Electrical Workers Local 1187. “What it usually means is a transfer to a job three hours away, and a lot of these folks have families here. They’re not going anywhere.”

Arkansas Bend Mayor Tom Heredia said the plant accounts for nearly 40% of the town’s property tax base.

“We knew this day was going to come, but we thought we had until 2031 to get ready,” Heredia said. “Three years is not a lot of time to replace that kind of revenue.”

Front Range said it would propose a $35 million community transition fund as part of its filing with regulators.

Environmental groups welcomed the announcement. Priya Raman, Colorado director for the Western Clean Air Coalition, called it “a real milestone” but said the utility should go further by committing to close its two natural gas-fired so-called “peaker” plants on the same timeline.

The plan comes as the PUC weighs a separate request from Front Range to raise base rates by 6.2%. Commission spokesman Jared Ostrowski said the two proceedings would be handled separately.

Analysts said the early retirement could help the utility’s credit profile over time. In a research note, Ahmed Kassir of Pinecrest Capital wrote that removing coal exposure would “reduce regulatory and litigation risk” and make the company more attractive to investors with environmental mandates.

Front Range shares closed up 1.1% at $58.04 Monday.""",
        [
            ("This is a decision that’s", "Ellen Varga"),
            ("The economics have shifted decisively.", "Ellen Varga"),
            ("We’ve heard promises like that", "Dale Kruger"),
            ("What it usually means is", "Dale Kruger"),
            ("We knew this day was", "Tom Heredia"),
            ("Three years is not a", "Tom Heredia"),
            ("a real milestone", "Priya Raman"),
            ("reduce regulatory and litigation risk", "Ahmed Kassir"),
        ],
    ),
    (
        """Pipeline operator to pay $3.4M for leak near Millers Run

By Joanne Pasquale
Staff Writer

A Texas-based pipeline company has agreed to pay $3.4 million in penalties and fund a new emergency-response training center to settle state claims over a natural gas leak that forced the evacuation of about 60 homes in Harlan Township last year.

The consent order between Ridgeline Midstream Partners and the state Department of Environmental Protection, announced Wednesday, is among the largest ever reached in Pennsylvania over a single pipeline incident, according to the department.

DEP Secretary Monica Feld said the company had been slow to notify emergency responders after pressure readings showed a problem on the line.

"For nearly three hours, people in that neighborhood had no idea they were sitting next to a leaking high-pressure gas line," Feld said at a news conference in Harrisburg. "That is simply unacceptable, and this penalty reflects how seriously we take it."

According to the department, a corroded weld on Ridgeline's 20-inch Millers Run lateral failed on the night of Aug. 14, releasing an estimated 38 million cubic feet of gas. No one was hurt, and the gas did not ignite.

Ridgeline did not admit wrongdoing as part of the settlement. In a statement, the company said it had "cooperated fully" with regulators and had since replaced nearly four miles of pipe and upgraded its leak-detection system.

"We deeply regret the disruption this incident caused for our neighbors in Harlan Township," the statement said. "Safety is at the core of everything we do, and we have learned from this event."

Residents who were evacuated that night said the settlement did little to ease their concerns.

Carol Ann Mertz, who lives about 300 yards from the pipeline, said she and her husband spent the night in their car in a church parking lot with their two grandchildren.

"Three point four million dollars is nothing to a company like that," she said. "What I want to know is whether it's going to happen again, and nobody has been able to tell me that."

Harlan Township supervisors chairman Walt Dombrowski said the township had asked the state to require Ridgeline to share real-time pressure data with the county's 911 center. That provision was not included in the final agreement.

"We asked, and we'll keep asking," Dombrowski said.

Of the $3.4 million, $2.1 million will go to the state's Clean Water Fund and $1.3 million toward the training center, which will be built at the county fire academy in Coal Hollow.

Federal pipeline safety regulators have not completed their own investigation. A federal official familiar with that inquiry, who spoke on condition of anonymity because it remains open, said investigators were examining whether the company had "missed clear warning signs" in inspection data collected in 2021.""",
        [
            ("For nearly three hours, people", "Monica Feld"),
            ("That is simply unacceptable, and", "Monica Feld"),
            ("cooperated fully", "Ridgeline Midstream Partners"),
            ("We deeply regret the disruption", "Ridgeline Midstream Partners"),
            ("Safety is at the core", "Ridgeline Midstream Partners"),
            ("Three point four million dollars", "Carol Ann Mertz"),
            ("What I want to know", "Carol Ann Mertz"),
            ("We asked, and we'll keep", "Walt Dombrowski"),
            ("missed clear warning signs", "federal official familiar with that inquiry"),
        ],
    ),
    (
        """Capacity prices in Lakes RTO auction jump 400%, stoking affordability fears

Ben Aldridge
Published July 22

Capacity prices in the Lakes Regional Transmission Organization's annual auction soared to a record $312/MW-day for the 2026-27 delivery year, more than four times last year's clearing price, the grid operator said Monday.

The results will add an estimated $6.8 billion in costs across the RTO's footprint, which covers parts of eight states from Ohio to Minnesota, according to an analysis by the region's independent market monitor, Keller Analytics.

LRTO pointed to a wave of generator retirements, slower-than-expected interconnection of new resources and rapidly rising demand from data centers.

"The market is sending exactly the signal it was designed to send," Renata Oyelaran, LRTO senior vice president of markets, said in a statement. "We need more generation, and we need it sooner than the current pipeline of projects is going to deliver."

State regulators and consumer advocates were less sanguine.

Michigan utility commissioner Harold Benning, who chairs the Lakes States Regulatory Committee, said the outcome was "the predictable result of a market design that has failed to keep up" with changes on the grid.

"We warned about this two years ago," Benning told reporters on a conference call. "Consumers are going to see this on their bills starting next summer, and they deserve better than being told it's a price signal."

Kendra Whitlock, senior attorney at the Heartland Energy Justice Project, said her group planned to file a complaint with federal regulators seeking a price cap for the next two auctions.

"A 400% increase in a single year isn't a market working well, it's a market that's broken," Whitlock said.

Generators, meanwhile, welcomed the results. The Midwest Power Producers Association said in a statement that the prices would "finally make it possible to finance new capacity" in a region where few new gas plants have been built in the past five years.

The impact on retail bills will vary widely by state, depending on how much capacity utilities already own, according to Jeffrey Sandoval, a managing director at Cobalt Ridge Advisors.

"Vertically integrated utilities that own most of their generation are largely hedged," he said. "It's the retail choice states and the distribution-only utilities that are really exposed."

LRTO plans a series of stakeholder sessions on the auction results in August. A spokesperson for the grid operator said the organization was "open to discussing" changes to the auction design but cautioned against "knee-jerk" reactions to a single year's prices.""",
        [
            ("The market is sending exactly", "Renata Oyelaran"),
            ("We need more generation, and", "Renata Oyelaran"),
            ("the predictable result of a", "Harold Benning"),
            ("We warned about this two", "Harold Benning"),
            ("Consumers are going to see", "Harold Benning"),
            ("A 400% increase in a", "Kendra Whitlock"),
            ("finally make it possible to", "Midwest Power Producers Association"),
            ("Vertically integrated utilities that own", "Jeffrey Sandoval"),
            ("It's the retail choice states", "Jeffrey Sandoval"),
            ("open to discussing", "spokesperson"),
            ("knee-jerk", "spokesperson"),
        ],
    ),
    (
        """Borealis Energy to buy Ohio’s Erie Valley Gas in US$6.3-billion deal

Geoffrey Lam

Calgary-based Borealis Energy Inc. has agreed to buy Erie Valley Gas Co., a natural gas distribution utility serving about 1.4 million customers in Ohio and western Pennsylvania, for US$6.3 billion (C$8.6 billion) including debt, the latest in a string of cross-border utility deals by Canadian companies.

Borealis said Tuesday it would pay US$52 per share in cash, a 24 per cent premium to Erie Valley’s closing price on Monday.

“This is a rare opportunity to add a high-quality, fully regulated franchise in a constructive jurisdiction,” Borealis chief executive Nathalie Corriveau told analysts on a conference call. “It fits squarely with our strategy of growing our regulated rate base and delivering predictable earnings growth to shareholders.”

Corriveau said the deal would be financed with a mix of new debt, hybrid securities and a $1.5-billion bought-deal equity offering.

The acquisition will increase Borealis’s regulated rate base by about 30 per cent. “The transaction is expected to be accretive to earnings per share in the first full year after closing,” the company said.

Investors appeared less enthusiastic. Borealis shares fell 6.4 per cent to $41.17 on the Toronto Stock Exchange, their biggest one-day drop in more than two years.

“The strategic logic is fine, but they’re paying up, and the equity issue is bigger than the market was expecting,” said Raymond Fortier, a portfolio manager at Cedar Point Investment Counsel, which holds Borealis shares. “People were hoping for a breather after the last deal.”

Borealis bought a Texas electric transmission company in 2022 for US$3.9 billion.

Northgate Securities analyst Harjit Sandhu wrote in a note to clients that the price was “full but defensible,” and that the utility’s Ohio operations offered years of pipe-replacement spending that regulators have historically allowed into rates.

The deal requires approval from utility regulators in Ohio and Pennsylvania as well as a U.S. national security review, and is expected to close in the second half of next year.

Erie Valley chief executive Bradley Thornquist, who will remain with the company, said customers would not see any change in service. “Our name, our people and our headquarters in Conneaut Falls stay exactly where they are,” he said.

Not everyone is convinced. The Ohio Ratepayer Coalition said it would ask regulators to impose conditions on the deal, including a rate freeze. Its executive director, Gwen Abernathy, said in an interview that past utility takeovers had “almost always” been followed by rate increases.

“Foreign ownership isn’t the problem in itself,” she said. “The problem is that someone has to pay for that 24 per cent premium, and history tells us it usually ends up being the customer.”""",
        [
            ("This is a rare opportunity", "Nathalie Corriveau"),
            ("It fits squarely with our", "Nathalie Corriveau"),
            ("The transaction is expected to", "Borealis Energy Inc."),
            ("The strategic logic is fine,", "Raymond Fortier"),
            ("People were hoping for a", "Raymond Fortier"),
            ("full but defensible,", "Harjit Sandhu"),
            ("Our name, our people and", "Bradley Thornquist"),
            ("almost always", "Gwen Abernathy"),
            ("Foreign ownership isn’t the problem", "Gwen Abernathy"),
            ("The problem is that someone", "Gwen Abernathy"),
        ],
    ),
    (
        """Utility says its power line may have sparked deadly Bear Creek fire

By Rosa Delgado-Kim

SACRAMENTO — Cascade Sierra Utilities said Friday that one of its power lines may have started the Bear Creek fire, which killed two people and destroyed more than 400 homes in the foothills around the community of Piney Flat last month — the first acknowledgment by the company that its equipment could be to blame.

In a filing with federal securities regulators late Thursday, the Fresno-based utility said a preliminary review found that a conductor on a 12-kilovolt distribution line had separated from an insulator "at or near the time and location" where fire investigators believe the blaze began.

The company said it was cooperating with state fire investigators and that no cause had been officially determined.

"Our hearts remain with the families who lost loved ones and the hundreds who lost their homes," the company's chief executive, Howard Lindqvist, said in a statement. "We are committed to getting to the bottom of what happened and to doing right by this community."

Shares of the utility's parent, CSU Holdings, fell 18% on Friday.

The disclosure raises the prospect that the utility could face billions of dollars in claims. Under California's doctrine of inverse condemnation, utilities can be held liable for damage caused by their equipment even if they were not negligent.

Mike Trujillo, a lawyer representing more than 150 fire victims, said the filing confirmed what residents had suspected for weeks.

"These folks saw the sparks. They heard the line go down," Trujillo said. "Now the company is finally admitting what everyone up there already knew."

State Sen. Diane Okamura, whose district includes Piney Flat, said she would ask the state utilities commission to investigate whether the company had followed its own wildfire mitigation plan, which called for the line to be rebuilt with covered conductor in 2022.

"If this line was on the list to be replaced and it wasn't, that's not an accident," Okamura said. "That's a choice."

A utilities commission spokeswoman said the agency's safety division had been "actively monitoring" the investigation since the day the fire broke out.

A former Cascade Sierra lineman, who asked not to be named because he still works in the industry, told The Bee that crews had referred to that section of line as "a problem child" as early as 2019.

"Everybody knew about that stretch," he said. "We'd been out there a half-dozen times for the same kind of thing."

The Bear Creek fire burned more than 21,000 acres before it was fully contained on Sept. 30.""",
        [
            ("at or near the time", "Cascade Sierra Utilities"),
            ("Our hearts remain with the", "Howard Lindqvist"),
            ("We are committed to getting", "Howard Lindqvist"),
            ("These folks saw the sparks.", "Mike Trujillo"),
            ("Now the company is finally", "Mike Trujillo"),
            ("If this line was on", "Diane Okamura"),
            ("That's a choice.", "Diane Okamura"),
            ("actively monitoring", "spokeswoman"),
            ("a problem child", "former Cascade Sierra lineman"),
            ("Everybody knew about that stretch,", "former Cascade Sierra lineman"),
            ("We'd been out there a", "former Cascade Sierra lineman"),
        ],
    ),
    (
        """Lakeshore nuclear overhaul $1.1B over budget, power producer tells regulator

By Aisha Mohammed Staff Reporter

The refurbishment of the Lakeshore nuclear generating station near Port Sedley is running $1.1 billion over budget and at least 14 months behind schedule, the province's publicly owned power producer told the energy regulator on Monday.

Executives from Great Lakes Generation Corp. appeared before a panel of the provincial energy board to defend the rising cost of the project, which involves replacing the cores of four reactors and was originally budgeted at $11.4 billion.

Under questioning, chief nuclear officer Frank Osei blamed problems with a supplier of specialized tooling and the unexpected discovery of corrosion in the feeder pipes of one unit.

Osei was blunt in his opening remarks:

"I'm not going to sit here and tell you this has gone the way we planned. It hasn't. We found things inside Unit 2 that no one in the industry had seen before, and we made the decision to fix them properly rather than quickly.

"That decision cost time and it cost money. But I would make it again, because the alternative is running a reactor for another 30 years with a problem we knew about."

The company's latest filing, titled "Lakeshore Refurbishment Progress Report No. 11," describes the global supply chain for nuclear components as "severely constrained" and warns that further delays on the fourth unit cannot be ruled out.

Deborah Fenwick, counsel for the Ontario Industrial Power Users Council, pressed Osei on why the company had not warned the board sooner.

"You knew about the corrosion in March of last year," Fenwick said. "This board heard about it for the first time in a footnote in September. Why?"

Osei replied that the company had needed time to understand the scope of the problem before it could put forward a reliable cost estimate.

Industrial customers fear the overruns will eventually show up in their bills. Under provincial rules, Great Lakes Generation can apply to recover prudently incurred costs from ratepayers once each unit returns to service.

Energy Minister Paul Desrochers told reporters at the legislature that he remained confident in the project.

"Nobody likes to see a project go over budget, but this is still the cheapest source of clean, around-the-clock power available to this province," Desrochers said.

Opposition energy critic Maya Lindgren said the government had "lost control" of the refurbishment and called for the auditor general to review the contracts.

"Every month this drags on, the minister tells us it's fine," she said. "It is not fine."

The hearing continues Tuesday, when the board is expected to hear from the project's independent oversight adviser.""",
        [
            ("I'm not going to sit", "Frank Osei"),
            ("That decision cost time and", "Frank Osei"),
            ("severely constrained", "Great Lakes Generation Corp."),
            ("You knew about the corrosion", "Deborah Fenwick"),
            ("This board heard about it", "Deborah Fenwick"),
            ("Nobody likes to see a", "Paul Desrochers"),
            ("lost control", "Maya Lindgren"),
            ("Every month this drags on,", "Maya Lindgren"),
            ("It is not fine.", "Maya Lindgren"),
        ],
    ),
]
