CASES = [
    (
        """Route 9 diner to serve final plates after 41 years

By Karen Holloway
Staff Writer

WESTFIELD FALLS — For four decades, the first pot of coffee at the Blue Kettle Diner has gone on at 5:15 a.m. On Sunday, it will go on for the last time.

Owners Dennis and Marjorie Pruitt announced this week that they will close the 46-seat restaurant on Route 9 at the end of the month, citing rising costs, trouble hiring cooks and what Dennis Pruitt called "a pair of knees that filed for retirement before I did."

"We've been talking about it for three years," Marjorie Pruitt said Tuesday afternoon, between the lunch rush and the early-bird crowd. "Every January we'd say, one more year. This January we just looked at each other and didn't say it."

The couple bought the diner in 1983 from its original owner, Stan Kowalczyk, who had run it as a lunch counter for truckers. They added the back dining room in 1991 and, by their own rough count, have cracked more than a million eggs.

Dennis Pruitt, 68, said food costs have climbed faster than he felt comfortable raising prices. A plate of two eggs, home fries and toast that cost $4.25 in 2015 now costs $8.50, and he said even that barely covers it.

"People look at the menu and they think we're getting rich," he said. "Eggs alone, I stopped checking. You just pay the bill."

Staffing has been the harder problem. The diner has operated without a full-time second cook since spring, and the Pruitts stopped opening on Mondays in May.

Regulars have taken the news hard. At the counter Tuesday, retired mail carrier Gil Ostrander said he has eaten breakfast at the Blue Kettle "five days a week, six if my wife lets me" since 1987.

"I don't know where I'm going to go," Ostrander said. "Everybody here knows how I take my coffee. That's not nothing."

Town Administrator Lisa Carrow said the town had heard from "a couple of interested parties" about the property, but no sale has been finalized. The building and land are owned by the Pruitts, according to town assessment records, and are listed for sale at $615,000.

"It's a landmark, and we'd love to see it stay a restaurant," Carrow said. "But that's ultimately up to the owners and whoever buys it."

The diner will hold what Marjorie Pruitt described as "an open house with pancakes" on its final Sunday, from 7 a.m. to 1 p.m. Money left in the tip jar that day will go to the Westfield Falls Food Pantry.

"We're not sad, exactly," she said, then paused. "Well, I'm sad. Dennis won't admit it."

Her husband, refilling a coffee cup at the end of the counter, did not dispute that.""",
        [
            ("a pair of knees that", "Dennis Pruitt"),
            ("We've been talking about it", "Marjorie Pruitt"),
            ("Every January we'd say, one", "Marjorie Pruitt"),
            ("People look at the menu", "Dennis Pruitt"),
            ("Eggs alone, I stopped checking.", "Dennis Pruitt"),
            ("five days a week, six", "Gil Ostrander"),
            ("I don't know where I'm", "Gil Ostrander"),
            ("Everybody here knows how I", "Gil Ostrander"),
            ("a couple of interested parties", "Lisa Carrow"),
            ("It's a landmark, and we'd", "Lisa Carrow"),
            ("But that's ultimately up to", "Lisa Carrow"),
            ("an open house with pancakes", "Marjorie Pruitt"),
            ("We're not sad, exactly,", "Marjorie Pruitt"),
            ("Well, I'm sad. Dennis", "Marjorie Pruitt"),
        ],
    ),
    (
        """Restaurant owners push back on proposed patio fee hike in Harrowgate

Proposal would nearly triple cost of sidewalk patios

Restaurant owners in Harrowgate, N.S., say a proposal to nearly triple the fee for sidewalk patios could force some of them to give up outdoor seating altogether.

The proposal, which goes before regional council on Tuesday, would raise the seasonal permit fee from $4 to $11 per square foot and add a $350 application charge.

Amira Haddad, who owns Cedar & Salt on Water Street, said her 400-square-foot patio accounts for nearly a third of her summer revenue.

"The patio is the reason we survive the winter," Haddad said in an interview. "If the fee goes up like this, I have to think hard about whether it's worth it."

According to a staff report, the current fees haven't been updated since 2012 and cover less than half of what the municipality spends on inspections, enforcement and sidewalk repairs linked to patios.

Coun. Brendan MacIsaac, who chairs the transportation standing committee, said the increase is about fairness to taxpayers.

"Right now, residential property owners are essentially subsidizing private businesses' use of public sidewalks," MacIsaac said. "I don't think most people would say that's the right balance."

He said council could consider phasing in the increase over two or three years.

'We were never consulted'

The Harrowgate Downtown Business Commission said in a statement Friday that its members learned about the proposal "through the media, not through the municipality."

"We were never consulted, and that's disappointing given how much the city leaned on restaurants to bring people back downtown after the pandemic," the statement said.

Paul Theriault, the commission's executive director, said 38 downtown businesses had patio permits last season, up from 19 in 2019.

"Those patios are a big part of why Water Street feels alive in the summer," he told CBC News. "You take them away and you've got a lot of empty sidewalk."

Not everyone is opposed. Janet Corkum, who lives in an apartment on Barrington Lane, said patios have narrowed some sidewalks to the point where she has trouble getting by with her walker.

"I like a nice patio as much as anybody," she said. "But some nights I have to go out into the street to get around the tables."

The staff report also recommends widening the minimum clear path that must be left for pedestrians from 1.5 metres to 1.8 metres.

Haddad said she plans to speak at Tuesday's meeting.

"I'm not saying the fee should never change," she said. "I'm saying talk to us first."

A municipal spokesperson said written feedback on the proposal will be accepted by email until Monday at noon.""",
        [
            ("The patio is the reason", "Amira Haddad"),
            ("If the fee goes up", "Amira Haddad"),
            ("Right now, residential property owners", "Brendan MacIsaac"),
            ("I don't think most people", "Brendan MacIsaac"),
            ("We were never consulted", "Harrowgate Downtown Business Commission"),
            ("through the media, not through", "Harrowgate Downtown Business Commission"),
            ("We were never consulted, and", "Harrowgate Downtown Business Commission"),
            ("Those patios are a big", "Paul Theriault"),
            ("You take them away and", "Paul Theriault"),
            ("I like a nice patio", "Janet Corkum"),
            ("But some nights I have", "Janet Corkum"),
            ("I'm not saying the fee", "Amira Haddad"),
            ("I'm saying talk to us", "Amira Haddad"),
        ],
    ),
    (
        """Greenbowl Kitchen plans up to 60 openings next year as traffic gains continue

By Derek Stanfield on Aug. 14, 2024

Greenbowl Kitchen plans to open 55 to 60 restaurants next year, the fast-casual bowl chain’s largest expansion since it was founded in 2011, executives said Tuesday.

The Denver-based chain, which operates 214 restaurants in 17 states, reported same-store sales growth of 6.2% for the second quarter ended June 30, including a 3.8% increase in transactions. Revenue rose 19% to $187.4 million.

“We’re seeing traffic growth, not just check growth, and that’s the number we care about most,” CEO Rachel Okafor said on the company’s earnings call. “Guests are coming back more often, and they’re bringing the office with them.”

Okafor was referring to catering, which Greenbowl rolled out to 40 markets in March. The program now accounts for about 4% of sales, she said, and the average catering order runs about $240.

CFO Martin Alvarez-Greene said restaurant-level margins improved 110 basis points from a year earlier to 19.8%, helped by lower avocado and chicken costs and tighter labor scheduling.

“We took about 1.5% of price in January, and we don’t anticipate taking more this year,” Alvarez-Greene said. “We think value perception is a competitive advantage right now, and we don’t want to give that up.”

Most of next year’s openings will be in the Southeast and Texas, markets Okafor described as “wide open for us.” About 20% of new units will include a drive-thru pickup lane for digital orders, up from 8% this year.

Asked about the Northeast, where Greenbowl has only five restaurants, Okafor said the company would move cautiously.

“We’ve looked hard at the Northeast,” she said. “Real estate costs are real, and the labor market is tight.

“So we’re going to be patient there. We’d rather get it right than get it fast.”

In its earnings release, the company said it “remains on track” to reach 300 restaurants by the end of 2026.

Shares of Greenbowl rose about 7% in after-hours trading following the report.

“Greenbowl is one of the few fast-casual brands that’s actually growing transactions in this environment,” said Priya Raman, a restaurant analyst at Halvorsen Capital. “The question is whether they can keep unit economics intact while they push into less familiar markets.”

Raman noted that restaurants opened in 2023 are averaging weekly sales about 9% below the system average, a gap she called “normal for a brand entering new territory, but worth watching.”

Okafor said the biggest constraint on growth is not real estate but people. The company plans to promote about 70% of its new general managers from within.

“Our general managers are the whole ballgame,” she said. “If we open a restaurant without a GM we trust, we’ve made a mistake before the doors ever open.”

Greenbowl will report third-quarter results in November.""",
        [
            ("We’re seeing traffic growth, not", "Rachel Okafor"),
            ("Guests are coming back more", "Rachel Okafor"),
            ("We took about 1.5% of", "Martin Alvarez-Greene"),
            ("We think value perception is", "Martin Alvarez-Greene"),
            ("wide open for us.", "Rachel Okafor"),
            ("We’ve looked hard at the", "Rachel Okafor"),
            ("Real estate costs are real,", "Rachel Okafor"),
            ("So we’re going to be", "Rachel Okafor"),
            ("remains on track", "Greenbowl Kitchen"),
            ("Greenbowl is one of the", "Priya Raman"),
            ("The question is whether they", "Priya Raman"),
            ("normal for a brand entering", "Priya Raman"),
            ("Our general managers are the", "Rachel Okafor"),
            ("If we open a restaurant", "Rachel Okafor"),
        ],
    ),
    (
        """Summer tourism sets record in Cape Lorne County, but fall bookings lag

By Tom Reardon
Gazette Staff

PORT ELLERY — Visitors spent an estimated $412 million in Cape Lorne County between Memorial Day and Labor Day, the most ever recorded, according to figures released Wednesday by Visit Cape Lorne, the county's tourism marketing agency.

The agency's summer report credits "strong drive-market demand and the return of Canadian visitors after two soft years" for the increase, which was 8 percent above last summer. Hotel occupancy averaged 84 percent in July and 81 percent in August.

"It was the best summer we've ever measured, full stop," said Dana Whitcomb, president and CEO of Visit Cape Lorne. "Every segment was up: lodging, dining, retail, attractions."

But Whitcomb cautioned that advance bookings for September and October are running about 7 percent behind last year.

"Fall is where we have room to grow, and right now it's soft," she said. She attributed part of the slowdown to higher airfares into Harlow Regional Airport and to the loss of a direct seasonal flight from Philadelphia.

Restaurant owners say they are already feeling it. Luis Marchetti, who owns the Lantern Room on the Port Ellery waterfront, said his restaurant had its best August in 12 years, but he has begun trimming staff hours.

"In July I had people waiting an hour for a table on a Tuesday," Marchetti said. "Last week I had a Saturday with empty tables at 8 o'clock. That tells you something."

A front-desk manager at an oceanfront hotel in Port Ellery, who spoke on condition of anonymity because she was not authorized to speak to the media, said the hotel has begun offering discounted midweek packages for October.

"We've never had to do that this early," she said.

State Rep. Carol Dunning, D-Port Ellery, who co-chairs the Legislature's tourism committee, called the summer numbers "a real bright spot" for the region but said the industry's bigger problem is housing for the workers it depends on.

"We can't keep telling seasonal workers to commute 45 minutes each way and expect them to come back next year," Dunning said.

Visit Cape Lorne plans to spend about $600,000 on a fall campaign, "Cape Lorne After Labor Day," which will run on streaming television and social media in New England and eastern Canada beginning next week.

"We're going to put real dollars behind the shoulder season," Whitcomb said. "The beaches don't close on Labor Day, and we need people to know that."

The county collected $9.1 million in lodging tax revenue over the summer, up from $8.3 million a year earlier, according to the county treasurer's office.""",
        [
            ("strong drive-market demand and the", "Visit Cape Lorne"),
            ("It was the best summer", "Dana Whitcomb"),
            ("Every segment was up: lodging,", "Dana Whitcomb"),
            ("Fall is where we have", "Dana Whitcomb"),
            ("In July I had people", "Luis Marchetti"),
            ("Last week I had a", "Luis Marchetti"),
            ("We've never had to do", "front-desk manager at an oceanfront hotel in Port Ellery"),
            ("a real bright spot", "Carol Dunning"),
            ("We can't keep telling seasonal", "Carol Dunning"),
            ("We're going to put real", "Dana Whitcomb"),
            ("The beaches don't close on", "Dana Whitcomb"),
        ],
    ),
    (
        """Eastside taqueria closed after inspectors find signs of rodents

By Samantha Greer
sgreer@millbrookledger.com

The Franklin Valley Health Department ordered a popular Eastside taqueria to close Thursday after inspectors found evidence of rodent activity in its kitchen and dry storage area, according to inspection records.

Inspectors cited Taqueria Los Arcos, 1420 E. Main St., for 11 violations, including rodent droppings near food storage shelves, a walk-in cooler holding food at 48 degrees and a handwashing sink blocked by boxes, the records show.

"When we find an active pest problem combined with temperature issues, we don't have a lot of discretion," said Keith Brannigan, the department's director of environmental health. "Closing the facility until it's corrected is the only responsible option."

Owner Rosa Elizondo said the problem began after crews started demolition on a vacant building next door last month.

"We've had this restaurant for 14 years and we've never been closed, not one time," Elizondo said Friday, standing outside the shuttered restaurant. "When they started tearing down that building, the mice came looking for a new home. We called the exterminator right away."

Elizondo said she has hired a second pest control company and is replacing the walk-in cooler's compressor, which she said failed the night before the inspection.

Brannigan said the department was aware of the construction and that "nearby demolition is a known factor" in rodent complaints. But he said the responsibility to keep pests out of a kitchen lies with the operator.

A spokeswoman for Harmon Demolition, the contractor on the neighboring site, said the company followed city requirements for pest control before demolition began, including baiting the building for two weeks.

"We take our obligations to neighboring businesses seriously," she said in an email.

Reaction on social media was mixed, with some commenters vowing never to return and others defending the family-run restaurant. Longtime customer Andre Whitfield, who said he eats at Los Arcos at least once a week, said he will be back once it reopens.

"Their al pastor is the best in the city. I'm not worried," Whitfield said. "Every restaurant has had mice at some point. The difference is whether they fix it."

The restaurant can reopen after it passes a follow-up inspection, which Elizondo said she has requested for Monday. Department records show Los Arcos passed its previous two routine inspections, in March and October of last year, with two minor violations each.

"We're going to come back cleaner than ever," Elizondo said. "Our customers deserve that."

Inspection reports for Franklin Valley restaurants are posted on the health department's website.""",
        [
            ("When we find an active", "Keith Brannigan"),
            ("Closing the facility until it's", "Keith Brannigan"),
            ("We've had this restaurant for", "Rosa Elizondo"),
            ("When they started tearing down", "Rosa Elizondo"),
            ("nearby demolition is a known", "Keith Brannigan"),
            ("We take our obligations to", "spokeswoman"),
            ("Their al pastor is the", "Andre Whitfield"),
            ("Every restaurant has had mice", "Andre Whitfield"),
            ("We're going to come back", "Rosa Elizondo"),
            ("Our customers deserve that.", "Rosa Elizondo"),
        ],
    ),
    (
        """Food truck rules pass 5-2; vendors call buffer 'a compromise we can live with'

By Michael Tran
mtran@ridgeportherald.com

RIDGEPORT — After nearly a year of debate, the Ridgeport City Council voted 5-2 Monday night to adopt new rules for food trucks, including a requirement that they park at least 150 feet from the entrance of any brick-and-mortar restaurant.

The original proposal called for a 300-foot buffer, which vendors said would have effectively banned them from most of downtown.

Hector Villanueva, president of the Ridgeport Mobile Food Vendors Association, called the final version "a compromise we can live with."

"Nobody got everything they wanted, and that's probably how you know it's fair," Villanueva, who operates the Smokestack BBQ truck, told reporters after the vote.

Council member Deborah Linwood, who sponsored the ordinance, said the rules respond to complaints from restaurant owners about trucks parking directly outside their doors during the lunch hour. During the meeting, she put it this way: "A restaurant owner pays property taxes, pays rent, pays for a dining room and restrooms. I don't think it's too much to ask that a truck not park in front of their door."

Council member Raymond Oduya, one of the two no votes, said the buffer would undercut the city's efforts to bring activity to underused areas.

"We're solving a problem that exists on maybe three blocks by writing a rule for the whole city," Oduya said.

The ordinance also raises the annual mobile vending permit fee from $250 to $400 and bars trucks from operating between 2 a.m. and 6 a.m.

Among the speakers during more than two hours of public comment was Frank DeLuca, who has owned DeLuca's Trattoria on Commerce Street for 22 years.

"I have nothing against food trucks. My nephew runs one," DeLuca said. "But when a truck pulls up 20 feet from my door at 11:45 and sells sandwiches for half of what I charge, I can't compete with that. I have a building to heat.

"All we asked for was a little room. I think this gets us there."

Several vendors said the 150-foot rule will still force them off some of their best-selling corners near the courthouse.

In a written response to questions, the Ridgeport Department of Licensing said it expects to begin issuing permits under the new rules Jan. 1 and that current permit holders will have "a 90-day grace period" to comply.

Mayor Tamsin Greaves has 10 days to sign or veto the ordinance.

"The mayor believes this is a fair balance, and she intends to sign it," said her spokesman, Colin Avery.

Villanueva said the vendors association will be watching how the rules are enforced.

"If it turns out the city uses this to push us out, we'll be back here," he said.""",
        [
            ("a compromise we can live", "Hector Villanueva"),
            ("a compromise we can live", "Hector Villanueva"),
            ("Nobody got everything they wanted,", "Hector Villanueva"),
            ("A restaurant owner pays property", "Deborah Linwood"),
            ("We're solving a problem that", "Raymond Oduya"),
            ("I have nothing against food", "Frank DeLuca"),
            ("But when a truck pulls", "Frank DeLuca"),
            ("All we asked for was", "Frank DeLuca"),
            ("a 90-day grace period", "Ridgeport Department of Licensing"),
            ("The mayor believes this is", "Colin Avery"),
            ("If it turns out the", "Hector Villanueva"),
        ],
    ),
    (
        """Ontario restaurants brace for minimum wage increase, warn of higher menu prices

Restaurant owners across Ontario say they will raise menu prices and cut staff hours when the province's general minimum wage rises to $17.95 an hour on Oct. 1, according to a survey released Monday by an industry group.

The Ontario Restaurant and Hospitality Alliance said 61 per cent of the 840 operators it surveyed plan to raise prices in response to the increase, and 38 per cent expect to reduce staff hours.

"Operators are already running on margins of three to five per cent," the alliance said in its report. "There is simply no room left to absorb another increase without passing it on."

Labour Minister Kevin Andrusiak defended the increase, which is tied to inflation under provincial law, saying workers "can't pay rent with good intentions."

"When the cost of groceries goes up, it goes up for the people who cook and serve our food, too," Andrusiak told reporters at the legislature.

Sunita Bhardwaj, who owns two Indian restaurants in Kessington, Ont., said she already pays her kitchen staff above minimum wage, but the increase still ripples through her payroll.

"When the floor goes up, everybody expects the ladder to go up too, and they're not wrong," she said.

Bhardwaj plans to raise her prices by about four per cent this fall, her third increase in two years.

"My customers have been good about it so far," she said. "I don't know how many more times I can do this before they stop coming."

Marc-André Boisvert, the alliance's president, said the group is not opposed to the increase itself but wants the province to ease other costs on restaurants.

"We're not asking to freeze wages. We're asking for relief on the other side of the ledger — payroll taxes, the wholesale alcohol markup, anything," Boisvert said in an interview.

Labour advocates say similar warnings accompany every increase. Deena Alvarez, an organizer with the Fair Wages Ontario coalition, said restaurant employment in the province has grown in each of the last three years despite wage increases.

"Every time the minimum wage goes up, we hear the same predictions of doom, and every time the industry adapts," Alvarez said.

Some workers say the cuts have already started. A server at a chain restaurant in Kessington, who asked not to be identified for fear of losing shifts, said her weekly hours had been reduced from 32 to 24 since the summer.

"They say it's because of the wage, but it's been slow since spring," she said. "Either way, I'm the one making less."

Andrusiak said the government has no plans to change the indexing formula.""",
        [
            ("Operators are already running on", "Ontario Restaurant and Hospitality Alliance"),
            ("There is simply no room", "Ontario Restaurant and Hospitality Alliance"),
            ("can't pay rent with good", "Kevin Andrusiak"),
            ("When the cost of groceries", "Kevin Andrusiak"),
            ("When the floor goes up,", "Sunita Bhardwaj"),
            ("My customers have been good", "Sunita Bhardwaj"),
            ("I don't know how many", "Sunita Bhardwaj"),
            ("We're not asking to freeze", "Marc-André Boisvert"),
            ("Every time the minimum wage", "Deena Alvarez"),
            ("They say it's because of", "server at a chain restaurant in Kessington"),
            ("Either way, I'm the one", "server at a chain restaurant in Kessington"),
        ],
    ),
    (
        """Workers strike at three downtown Port Calloway hotels

By Naomi Castellano
Business Reporter

About 600 housekeepers, cooks, bartenders and bell staff at three downtown Port Calloway hotels walked off the job early Saturday after contract talks with the hotels’ owner broke down, their union said.

Members of Hospitality Workers Local 412 set up picket lines outside the Grand Calloway, the Harborview Suites and the Meridian Point Hotel shortly after 6 a.m., chanting and banging drums as guests wheeled suitcases past them.

“We did not want to be out here,” said Yolanda Pierce, who has worked as a housekeeper at the Grand Calloway for 17 years. “But I clean 16 rooms a day, and I can’t afford to live in the city where I work. Something has to give.”

The union is seeking raises totaling $5 an hour over three years, a return to daily room cleaning, which the hotels scaled back during the pandemic, and limits on the use of subcontracted staff. In a statement, Local 412 said the owner, Castellan Hospitality Group, had offered “a raise that disappears the minute you pay for groceries.”

Castellan disputed that characterization.

“We have offered a fair and competitive package that includes the largest wage increase in the history of these properties,” the company said in a statement. The company said all three hotels would remain open, staffed by managers and temporary workers, and that guests “should not expect any disruption to their stay.”

Local 412 President Armando Reyes said Castellan’s properties had their most profitable year on record in 2023.

“They made record money last year on the backs of these workers,” Reyes told reporters outside the Harborview. “This strike lasts as long as it needs to last.”

Inside the hotels, the strain was visible. At the Meridian Point, Brian Sorensen, in town from Wisconsin for a dental conference, said he waited 40 minutes to check in.

“Honestly, I support them,” he said. “I just wish I’d known before I booked.”

A manager at one of the hotels, who spoke on the condition of anonymity because he was not authorized to discuss the strike, said fewer than half of the occupied rooms at his property were being cleaned Saturday.

“We’re doing what we can with who we have,” he said.

The walkout comes at a busy time for downtown. Two conventions totaling about 3,500 attendees are scheduled at the nearby Port Calloway Convention Center over the next two weeks.

Erin Molloy, a spokeswoman for the Port Calloway Convention and Visitors Bureau, said the bureau was “monitoring the situation closely” and was in contact with meeting planners about alternative lodging.

No new bargaining sessions had been scheduled as of Saturday evening, according to both sides.""",
        [
            ("We did not want to", "Yolanda Pierce"),
            ("But I clean 16 rooms", "Yolanda Pierce"),
            ("a raise that disappears the", "Hospitality Workers Local 412"),
            ("We have offered a fair", "Castellan Hospitality Group"),
            ("should not expect any disruption", "Castellan Hospitality Group"),
            ("They made record money last", "Armando Reyes"),
            ("This strike lasts as long", "Armando Reyes"),
            ("Honestly, I support them,", "Brian Sorensen"),
            ("I just wish I’d known", "Brian Sorensen"),
            ("We’re doing what we can", "manager at one of the hotels"),
            ("monitoring the situation closely", "Erin Molloy"),
        ],
    ),
]
