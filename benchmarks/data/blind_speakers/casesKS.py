CASES = [
    (
        """TTC board approves $312-million signal upgrade for Line 2 amid rider frustration

By Meera Dhaliwal Staff Reporter

The Toronto Transit Commission's board voted Thursday to spend $312 million replacing the aging signal system on Line 2 Bloor-Danforth, a project officials say will eliminate the slow zones that have plagued riders for more than a year.

The vote was 8-1, with Councillor Darren Okafor, who represents Scarborough-Ridgeview, the lone dissenter.

"We are being asked to sign a blank cheque for a line that was already supposed to be fixed," Okafor said during the meeting. "My residents have heard promises before. They want trains, not slide decks."

TTC chief executive Lorraine Baptiste told the board the current signals, installed in the 1960s, are "well past the end of their useful life" and that replacement parts now have to be custom-machined.

"Every week we keep this equipment in service, the risk goes up," she said. "This is not a nice-to-have."

According to a TTC staff report, the work would be phased over six years, with overnight and weekend closures beginning in 2026. The report warned that without the upgrade, "unplanned service disruptions are expected to increase in both frequency and duration."

Board chair Nadia Ferreira, a councillor for Davenport West, said the commission had learned from the Line 1 upgrade, which ran years late and well over budget.

"We've built in contingency this time, and we've put independent oversight on the contract," Ferreira told reporters after the vote. "I'm not going to stand here and say nothing will go wrong. But I am saying we'll be straight with the public when it does."

Gabriel Lemieux, an organizer with the advocacy group Transit Now Toronto, welcomed the funding but said the closures would hit shift workers hardest.

"People who clean offices downtown at 2 a.m. don't have the option of working from home," Lemieux said. He urged the TTC to run "frequent, reliable shuttle buses, not the one-every-20-minutes kind" whenever the line is shut.

In a statement, Mayor Sunita Khatri said the city "fully supports" the investment and would press the provincial and federal governments to share the cost.

One longtime subway operator, who asked not to be named because employees are not authorized to speak to the media, said crews have been working around the failing equipment for years.

"We slow down because we don't always trust what the signals are telling us," the operator said.

The project still requires final approval from city council, which meets later this month.""",
        [
            ("We are being asked to", "Darren Okafor"),
            ("My residents have heard promises", "Darren Okafor"),
            ("well past the end of", "Lorraine Baptiste"),
            ("Every week we keep this", "Lorraine Baptiste"),
            ("This is not a nice-to-have.", "Lorraine Baptiste"),
            ("unplanned service disruptions are expected", "Toronto Transit Commission"),
            ("We've built in contingency this", "Nadia Ferreira"),
            ("I'm not going to stand", "Nadia Ferreira"),
            ("People who clean offices downtown", "Gabriel Lemieux"),
            ("frequent, reliable shuttle buses", "Gabriel Lemieux"),
            ("fully supports", "Sunita Khatri"),
            ("We slow down because we", "longtime subway operator"),
        ],
    ),
    (
        """City demands answers after third O-Train shutdown this year

Julien Marchand

OTTAWA — City officials are demanding a full accounting from the consortium that maintains Ottawa's light-rail system after a cracked axle hub forced a 36-hour shutdown of Line 1, stranding thousands of commuters during Tuesday's morning rush.

"Frankly, our patience has run out," Mayor Graham Whitcombe told reporters at city hall on Wednesday. "Residents were promised a world-class system. What they have is a system they can't count on."

Whitcombe said he had asked the city's legal department to review whether Ottawa could withhold maintenance payments from Capital Rail Partners, the private consortium responsible for the trains under a 30-year contract.

In a statement, Capital Rail Partners said the problem was identified during a routine inspection and that the shutdown was "a precautionary measure taken in the interest of passenger safety." The consortium said it was working with the vehicle manufacturer "around the clock" to return trains to service.

Renée Thibodeau, the city's general manager of transit services, said 14 of the fleet's 44 vehicles had been pulled for inspection.

"We will not put a train back into service until we are satisfied it is safe. That's non-negotiable," Thibodeau said.

She said replacement buses, branded as "R1" service, were running every three to five minutes between the busiest stations, though riders reported long lineups at several stops.

Transit commission chair Coun. Marcus Levesque-Hart said he would table a motion next week calling for an independent engineering review of the fleet.

"I don't want another report that sits on a shelf," said Levesque-Hart, who represents Carling-Britannia ward.

"I want somebody with no stake in this contract to look at these trains and tell us, in plain language, what is wrong with them."

At Hurdman station, Aisha Warsame, a nursing student who commutes from Orléans, said her usual 40-minute trip took nearly two hours.

"I left my house at six and I was still late for my clinical placement," she said. "I've stopped telling my instructors it's the train. They just nod now."

A source familiar with the consortium's maintenance operations, who was not authorized to speak publicly, said staffing at the maintenance yard had been "stretched thin for months" and that some inspections had been pushed back as a result.

Capital Rail Partners did not respond to questions about staffing levels.

It is the third full or partial shutdown of Line 1 since January. A broken overhead wire in March halted service for most of a day, and a door-sensor fault in May forced trains to run at reduced speed for a week.

Service is expected to resume Thursday morning, the city said.""",
        [
            ("Frankly, our patience has run", "Graham Whitcombe"),
            ("Residents were promised a world-class", "Graham Whitcombe"),
            ("a precautionary measure taken in", "Capital Rail Partners"),
            ("around the clock", "Capital Rail Partners"),
            ("We will not put a", "Renée Thibodeau"),
            ("I don't want another report", "Marcus Levesque-Hart"),
            ("I want somebody with no", "Marcus Levesque-Hart"),
            ("I left my house at", "Aisha Warsame"),
            ("I've stopped telling my instructors", "Aisha Warsame"),
            ("stretched thin for months", "source familiar with the consortium's maintenance operations"),
        ],
    ),
    (
        """Council backs bus lanes on Robie Street despite merchant pushback

Colleen MacIsaac Staff Reporter

Halifax regional council voted 11-5 Tuesday to move ahead with dedicated bus lanes on a 2.3-kilometre stretch of Robie Street, a key piece of the municipality's plan to speed up transit on the peninsula.

The lanes, which would operate during morning and afternoon peak periods, would remove about 90 on-street parking spaces between Cunard Street and Quinpool Road.

Coun. Tamsin Whyte, whose district includes much of the affected corridor, said she had heard from "dozens and dozens" of residents and business owners since the plan was released in the fall.

"I understand the anxiety. I really do," Whyte said during the debate. "But if we keep letting a handful of parking spaces dictate our transit network, we'll be having this same conversation in 2040."

Coun. Bernard Comeau voted against the plan, arguing staff had not done enough to consult small businesses along the route.

"We've got family-run shops on that street that have been there for forty years, and some of them found out about this from a flyer," Comeau said. "That's not consultation. That's notification."

Maryanne Fougère, who owns Fougère's Bakery near the Quinpool intersection, said she worries customers will stop coming if they can't park nearby.

"A lot of my regulars are older. They're not going to take the bus for a loaf of bread," Fougère said in an interview Wednesday.

Halifax Transit's director of planning, Devon Akinyemi, told council the lanes could shave up to seven minutes off a one-way trip on the busiest routes during rush hour.

He said the municipality would look at "loading zones and short-term parking on side streets" to soften the impact on merchants, and that the lanes would be open to general traffic outside peak hours.

In a written submission to council, the North End Merchants' Association said the group was "not opposed to transit" but asked for a one-year pilot project before any permanent changes are made. That request was defeated in a separate vote.

Mayor Keith Donnelly, who voted in favour, said the decision was overdue.

"This is exactly the sort of decision cities are supposed to make, even when it's hard," Donnelly said after the meeting, adding that the municipality "can't build its way out of congestion with more asphalt."

Construction is expected to begin next spring, pending provincial approval of cost-sharing.""",
        [
            ("dozens and dozens", "Tamsin Whyte"),
            ("I understand the anxiety. I", "Tamsin Whyte"),
            ("But if we keep letting", "Tamsin Whyte"),
            ("We've got family-run shops on", "Bernard Comeau"),
            ("That's not consultation. That's notification.", "Bernard Comeau"),
            ("A lot of my regulars", "Maryanne Fougère"),
            ("loading zones and short-term parking", "Devon Akinyemi"),
            ("not opposed to transit", "North End Merchants' Association"),
            ("This is exactly the sort", "Keith Donnelly"),
            ("can't build its way out", "Keith Donnelly"),
        ],
    ),
    (
        """Transit union calls for full driver enclosures after operator assaulted on Route 18

By Kyle Petrowski

A Winnipeg Transit operator was taken to hospital Monday night after being punched repeatedly by a passenger on a bus in the North End, prompting renewed calls from the drivers' union for full operator enclosures on every bus in the fleet.

Police said a 34-year-old man was arrested at the scene on Salter Street shortly after 10 p.m.

"The operator sustained injuries to the face and head and was transported to hospital in stable condition," Const. Lisa Hrynkiw, a police spokeswoman, said Tuesday.

Dale Sigurdson, president of United Transit Workers Local 2207, said the attack was the fourth serious assault on a driver this year.

"Our members are going to work every day not knowing whether they're coming home," Sigurdson said at a news conference outside the Fort Rouge garage. "We've been raising this with the city for three years. We've written letters, we've made presentations, we've sat on their committees.

"How many more of these before the city takes it seriously?"

Sigurdson said the partial plexiglass shields installed on most buses in 2021 were "better than nothing, but barely," because they leave the operator's head and shoulders exposed.

Coun. Evelyn Tran-Morrison, who chairs council's public works committee, said she would ask for a report on the cost of retrofitting the fleet with full enclosures.

"No one should be assaulted at work. Period," Tran-Morrison said. "I've asked transit to come back to us within 60 days with options and a price tag, and I expect we'll act on it."

A city spokesman said in an email that Winnipeg Transit has added community safety officers on several high-traffic routes and that "the safety of operators and passengers remains the department's highest priority."

A passenger who was on the bus, and who asked that her name not be used, said the attack began after the driver asked the man to pay his fare.

"He just snapped. He was yelling and then he was swinging," she said. "Everybody was screaming at him to stop."

Andrea Kowalchuk, a criminology professor at the University of Manitoba, said enclosures help but are not a complete solution.

"Physical barriers reduce the opportunity for assault, and the evidence on that is fairly strong," she said. "But you also have to look at why people on these routes are in crisis in the first place: housing, addictions, mental health."

The operator, a 22-year veteran, was released from hospital Tuesday morning, the union said.

The accused faces a charge of assault causing bodily harm and is scheduled to appear in court next month.""",
        [
            ("The operator sustained injuries to", "Lisa Hrynkiw"),
            ("Our members are going to", "Dale Sigurdson"),
            ("We've been raising this with", "Dale Sigurdson"),
            ("How many more of these", "Dale Sigurdson"),
            ("better than nothing, but barely,", "Dale Sigurdson"),
            ("No one should be assaulted", "Evelyn Tran-Morrison"),
            ("I've asked transit to come", "Evelyn Tran-Morrison"),
            ("the safety of operators and", "spokesman"),
            ("He just snapped. He was", "passenger"),
            ("Everybody was screaming at him", "passenger"),
            ("Physical barriers reduce the opportunity", "Andrea Kowalchuk"),
            ("But you also have to", "Andrea Kowalchuk"),
        ],
    ),
    (
        """Toronto budget proposes 6.9-per-cent tax hike, second straight TTC fare freeze

Oliver Brandt Toronto City Hall Reporter

Toronto Mayor Sunita Khatri unveiled a $17.8-billion operating budget on Monday that would raise residential property taxes by 6.9 per cent while freezing TTC fares for a second consecutive year, a move she framed as protecting residents squeezed by the cost of living.

“Nobody likes a tax increase. I don’t like it,” Ms. Khatri told reporters at City Hall. “But the alternative is cutting services that people depend on, and I’m not prepared to do that.”

The budget includes $46-million in new money for the TTC, which the city says will restore bus service on 17 routes to prepandemic levels and reduce crowding on several streetcar lines.

The TTC said in a statement that the funding “will allow us to put more buses on the road where riders need them most.”

Budget chief Raymond Chu said the city is still facing a structural deficit of roughly $1.2-billion and again called on Ottawa to cover its share of the cost of sheltering refugee claimants.

“We are carrying costs that are not ours to carry,” Mr. Chu said. “The federal government has a responsibility here, and we’ve been clear about that in every conversation.”

A spokesperson for the federal Housing Minister said in an e-mail that Ottawa had “provided unprecedented support” to Toronto and would continue discussions with the city.

Councillor Stephanie Aldana-Ross, one of the mayor’s most frequent critics, said the increase would hurt homeowners on fixed incomes.

“Seniors in my ward are choosing between property taxes and groceries,” she said in an interview. She accused the mayor of “spending like there’s no tomorrow” and said she would propose amendments to hold the increase below 4 per cent.

Harjit Sandhu, a senior fellow at the Lakeshore Institute for Urban Policy, said Toronto’s residential tax rates remain among the lowest in the region despite recent increases.

“Toronto has historically kept residential rates low and leaned on land transfer tax revenue,” Mr. Sandhu said. “When the housing market cools, that strategy runs out of road.”

According to city documents, the average homeowner would pay about $265 more this year. The proposal also includes a 10-per-cent increase in the vacant home tax and a new levy on parking lots downtown.

Under the province’s strong-mayor legislation, Ms. Khatri can propose the budget, but council can amend it before she exercises her veto power.

Council will debate the budget Feb. 12.""",
        [
            ("Nobody likes a tax increase.", "Sunita Khatri"),
            ("But the alternative is cutting", "Sunita Khatri"),
            ("will allow us to put", "TTC"),
            ("We are carrying costs that", "Raymond Chu"),
            ("The federal government has a", "Raymond Chu"),
            ("provided unprecedented support", "spokesperson"),
            ("Seniors in my ward are", "Stephanie Aldana-Ross"),
            ("spending like there’s no tomorrow", "Stephanie Aldana-Ross"),
            ("Toronto has historically kept residential", "Harjit Sandhu"),
            ("When the housing market cools,", "Harjit Sandhu"),
        ],
    ),
    (
        """Ottawa councillor docked 30 days' pay over undeclared link to bus depot land

Hannah Lévesque · CBC News

Ottawa city council voted Wednesday to suspend Coun. Peter Vandermeer's pay for 30 days after the city's integrity commissioner found he failed to declare a family connection to land the city was considering for a new bus maintenance depot.

In a 42-page report, integrity commissioner Colette Brassard concluded Vandermeer "ought to have known" his brother-in-law held a minority stake in a company that owned one of three sites on the city's shortlist.

"The member participated in two in-camera discussions concerning the property without disclosing a pecuniary interest," the report said.

Brassard found no evidence Vandermeer had benefited financially, and wrote that he had been "fully co-operative" with her investigation.

Vandermeer, who represents Greely-Osgoode ward, apologized to council before the vote.

"I made a mistake. I should have stepped out of that room, and I didn't," he said. "I accept the commissioner's findings and I accept whatever penalty council sees fit."

Not everyone thought the penalty went far enough. Coun. Delphine Ogunleye noted that the depot decision has been delayed by several months while the investigation was underway.

"This isn't about one councillor," Ogunleye said. "It's about whether residents can trust that decisions about hundreds of millions of dollars in transit infrastructure are being made on the merits."

She had pushed for a 60-day suspension, the maximum allowed under the code of conduct. That motion failed 9-15.

Mayor Graham Whitcombe, who supported the 30-day penalty, said the matter should now be considered closed.

Whitcombe put it this way: "Council has spoken. The commissioner did her job, the member has owned it, and we need to get back to the work of delivering this depot."

OC Transpo has said a new depot is needed to house its growing fleet of battery-electric buses. A report presented to council last year by OC Transpo said the existing garages were "at or beyond capacity" and could not accommodate charging equipment for the additional vehicles.

The three shortlisted properties are all in the city's south end. The site linked to Vandermeer's relative is no longer under consideration, according to a city memo circulated last month.

Brassard's report recommends that council members receive additional training on conflict-of-interest rules, and that the clerk's office send reminders before closed-door sessions dealing with real estate.

A decision on the depot site is now expected in the spring, the city said.""",
        [
            ("ought to have known", "Colette Brassard"),
            ("The member participated in two", "Colette Brassard"),
            ("fully co-operative", "Colette Brassard"),
            ("I made a mistake. I", "Peter Vandermeer"),
            ("I accept the commissioner's findings", "Peter Vandermeer"),
            ("This isn't about one councillor,", "Delphine Ogunleye"),
            ("It's about whether residents can", "Delphine Ogunleye"),
            ("Council has spoken. The commissioner", "Graham Whitcombe"),
            ("at or beyond capacity", "OC Transpo"),
        ],
    ),
    (
        """Halifax's Bedford ferry pushed back to 2029 as cost climbs to $340M

HALIFAX — The opening of a commuter ferry linking Bedford to downtown Halifax has been delayed another two years and the project's estimated cost has climbed to $340 million, according to a Halifax Regional Municipality staff report released Friday.

The report, which goes to regional council next week, blames rising construction costs and the need for additional dredging at the planned Bedford terminal. It says the original 2027 target is "no longer achievable under any reasonable scenario."

Halifax Transit executive director Louisa Grandy said the delay was disappointing but unavoidable.

"I know people in Bedford have been waiting a long time for this, and I share their frustration," Grandy said in an interview. "We would rather be honest about the timeline now than keep moving the goalposts."

The ferry is meant to carry up to 150 passengers per trip across the Bedford Basin in about 25 minutes, with departures every half-hour at peak times.

Coun. Owen Delaney, who represents Bedford, said residents had been "strung along" for years.

"When this was announced, my kids were in elementary school. One of them is in university now," Delaney said. "People are entitled to ask whether this thing is ever going to float."

The province and Ottawa have committed a combined $180 million to the project. The Nova Scotia Department of Public Works said in an email it "remains committed to the project" but would need to review the revised figures before considering any additional money.

Gillian Marsh, a Bedford resident who drives to her job in downtown Halifax, said she had been counting on the ferry to cut her commute.

"Some mornings it's 50 minutes to go 15 kilometres. The Bedford Highway is a parking lot," Marsh said.

Asked whether she still believed the ferry would open, she laughed. "I'll believe it when I'm on it."

Ravi Menon, chair of the Harbour Transit Alliance, said council should not let the ferry crowd out cheaper improvements that could help commuters sooner.

"Frequent buses on the Bedford Highway could be running next year for a fraction of the cost," he said.

The staff report recommends council proceed with the project and approve an additional $38 million in municipal borrowing. Council is expected to debate it Tuesday.

This report by The Canadian Press was first published Jan. 17, 2025.""",
        [
            ("no longer achievable under any", "Halifax Regional Municipality"),
            ("I know people in Bedford", "Louisa Grandy"),
            ("We would rather be honest", "Louisa Grandy"),
            ("strung along", "Owen Delaney"),
            ("When this was announced, my", "Owen Delaney"),
            ("People are entitled to ask", "Owen Delaney"),
            ("remains committed to the project", "Nova Scotia Department of Public Works"),
            ("Some mornings it's 50 minutes", "Gillian Marsh"),
            ("I'll believe it when I'm", "Gillian Marsh"),
            ("Frequent buses on the Bedford", "Ravi Menon"),
        ],
    ),
    (
        """Council split over plan to swap suburban bus routes for on-demand shuttles

By Tessa Lindqvist

Winnipeg city councillors are divided over a proposal to replace low-ridership bus routes in three suburban neighbourhoods with an app-based, on-demand shuttle service, with critics warning it could leave seniors and low-income riders behind.

The proposal, contained in a Winnipeg Transit report tabled at Thursday’s meeting of the public works committee, would see fixed routes in parts of Sage Creek, Bridgwater and Amber Trails replaced by 14-seat vans that riders book through a smartphone app or by phone.

The report says the change would save about $2.1 million a year and “better match service to actual demand patterns.”

Coun. Brent Mazurek, who chairs the committee, said an 18-month pilot in Transcona had been a success.

“Ridership in the pilot zone went up, not down. People like being picked up close to their door,” Mazurek said. “This is about using our buses where they’re full and using something smarter where they’re not.”

But Coun. Rosalind Okeke said many older residents in her ward don’t own smartphones and struggle with automated phone booking systems.

“We’re telling an 80-year-old woman who has taken the same bus to church for 30 years that she now has to download an app,” Okeke said. “That’s not innovation. That’s abandonment.”

She plans to move an amendment guaranteeing a phone line staffed by a live person during all service hours.

Winnipeg Transit director Samuel Achterberg told the committee the service would include a phone booking option and that average wait times in the pilot were under 15 minutes.

He acknowledged, however, that the pilot had “some growing pains,” particularly in winter.

“When we had the January cold snap, demand spiked and we didn’t have enough vehicles on the road,” he said. “We’ve learned from that.”

Mayor Walter Kostyniuk, speaking to reporters after the meeting, said he supported the plan in principle but wanted to hear from residents before council makes a final decision.

“I’m not going to rubber-stamp anything that makes it harder for people to get around,” Kostyniuk said.

A spokeswoman for the Manitoba Seniors’ Advocacy Network said the group had “serious concerns” about the proposal and has asked to appear as a delegation when the report comes back to committee.

If approved, the change would take effect in September. The report goes to executive policy committee next month.""",
        [
            ("better match service to actual", "Winnipeg Transit"),
            ("Ridership in the pilot zone", "Brent Mazurek"),
            ("This is about using our", "Brent Mazurek"),
            ("We’re telling an 80-year-old woman", "Rosalind Okeke"),
            ("That’s not innovation. That’s abandonment.", "Rosalind Okeke"),
            ("some growing pains", "Samuel Achterberg"),
            ("When we had the January", "Samuel Achterberg"),
            ("We’ve learned from that.", "Samuel Achterberg"),
            ("I’m not going to rubber-stamp", "Walter Kostyniuk"),
            ("serious concerns", "spokeswoman"),
        ],
    ),
]
