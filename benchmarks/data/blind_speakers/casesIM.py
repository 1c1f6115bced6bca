CASES = [
    (
        """Slow zones return to Harbor Line as transit agency admits track work fell short

By Meredith Kaplan Globe Staff

Riders on the Harbor Line faced crawling trains again Tuesday after the Metropolitan Boston Transit Authority reimposed speed restrictions on nearly two miles of track between Wexley Square and Fort Point Landing, less than four months after officials declared the stretch repaired.

The authority’s general manager, Daniel Okafor, acknowledged at a morning briefing that crews had not finished replacing rail ties properly during a 12-day shutdown in the spring.

“We told people the work was done, and it wasn’t done to the standard it should have been,” Okafor said. “That’s on us, and I’m not going to pretend otherwise.”

The restrictions limit trains to 10 miles per hour in six segments, adding as much as 14 minutes to a trip from the end of the line into downtown, according to an analysis by the advocacy group Ride Fair Boston.

“People rearranged child care around that shutdown,” said Lucia Ferreira, the group’s policy director. “They were promised faster trips in exchange. Now they’re getting the slowest service since last winter.”

Okafor said inspectors found “inconsistent tie spacing” and loose fasteners during a routine geometry test on Sunday night. He said the contractor, Northshore Rail Services, would be asked to redo the work at its own expense.

A spokeswoman for Northshore Rail Services said in an email that the company “performed the work as specified in the contract” and was reviewing the authority’s findings.

City Councilor Renata Bishop, whose district includes three Harbor Line stations, said she planned to call for a hearing.

“I want to know who signed off on this and when they knew,” Bishop said. “If a restaurant failed an inspection this badly, we would shut it down.”

The renewed slowdown comes as the authority prepares to ask the Legislature for an additional $180 million in operating support next year. Aides to the governor have signaled that any new money will come with conditions on how quickly projects are delivered.

A senior state transportation official, who spoke on condition of anonymity because budget talks are ongoing, said the episode “does not help them one bit” with lawmakers already skeptical of the agency’s promises.

At Wexley Square station Tuesday evening, commuters waiting on a crowded platform were less measured.

“I’ve stopped believing the signs,” said Trevor Marsh, 34, who commutes to a hospital job in Fenmore. “They say eight minutes, it’s 20.”

Okafor said repairs would begin in two weeks and could be completed over a series of weekend closures by the end of October. He declined to guarantee that date.

“I’d rather give you a date I can meet,” he said, “than another one I have to walk back.”

Meredith Kaplan can be reached at meredith.kaplan@globe.com.""",
        [
            ("We told people the work", "Daniel Okafor"),
            ("That’s on us, and I’m", "Daniel Okafor"),
            ("People rearranged child care around", "Lucia Ferreira"),
            ("They were promised faster trips", "Lucia Ferreira"),
            ("inconsistent tie spacing", "Daniel Okafor"),
            ("performed the work as specified", "spokeswoman"),
            ("I want to know who", "Renata Bishop"),
            ("If a restaurant failed an", "Renata Bishop"),
            ("does not help them one", "senior state transportation official"),
            ("I’ve stopped believing the signs", "Trevor Marsh"),
            ("They say eight minutes, it’s", "Trevor Marsh"),
            ("I’d rather give you a", "Daniel Okafor"),
            ("than another one I have", "Daniel Okafor"),
        ],
    ),
    (
        """Council passes rental-license overhaul over landlord objections

By Jerome Whitaker

Philadelphia City Council on Thursday approved a bill that would require landlords to pass an in-person inspection before renewing a rental license, a change tenant advocates have sought for more than a decade and property owners fought until the final vote.

The measure, introduced by Councilmember Alana Druce, passed 13-4. It now goes to Mayor Vincent Ragland, whose office said he intends to sign it.

Under current rules, landlords can renew licenses online by certifying that a property meets the city’s housing code. Inspections typically happen only after a tenant complains — something Druce said many renters are afraid to do.

“We have built a system that runs on the honor code, and too many people are paying for the dishonor,” Druce said before the vote. “Kids are living with lead paint and no heat because we asked the landlord and took his word for it.”

The bill phases in inspections over four years, beginning with properties built before 1978 in ZIP codes with high rates of childhood lead poisoning. The Department of Licenses and Inspections would need to hire roughly 60 inspectors, according to a fiscal note prepared by Council staff.

L&I Commissioner Harold Yates told Council members in committee last month that the department could meet the timeline only if funding arrived “on day one, not in year three.”

The Greater Philadelphia Property Owners Association, which represents small and midsize landlords, said in a statement that the bill would “punish responsible owners for the failures of a few” and push up rents.

“Every cost that gets added to a unit ends up in the rent. That’s not a threat, that’s arithmetic,” said Denise Kowalczyk, who owns 11 rowhouses in Belmont Terrace and testified against the bill. “The people who will feel this are tenants.”

Councilmember Frank DiSalvo, one of the four no votes, said he supported the goal but worried about delays for owners trying to rent units quickly.

“If it takes L&I three months to get out to a property, that’s three months of an empty house on a block that can’t afford it,” he said.

Druce’s office amended the bill last week to allow owners to use certified private inspectors, a concession aimed at winning over members like DiSalvo. It did not.

For Marisol Vega, a tenant organizer with the Belmont Terrace Neighbors Union, the vote was personal. She said she spent two winters in an apartment where the only heat came from an oven.

“I called the landlord 30 times. I have the call log,” Vega said. “Nobody came until my daughter ended up in the hospital with pneumonia.”

“This bill means the next family,” she added, “doesn’t have to get that far.”

If signed, the law would take effect in January, with the first inspections scheduled to begin in July 2026.""",
        [
            ("We have built a system", "Alana Druce"),
            ("Kids are living with lead", "Alana Druce"),
            ("on day one, not in", "Harold Yates"),
            ("punish responsible owners for the", "Greater Philadelphia Property Owners Association"),
            ("Every cost that gets added", "Denise Kowalczyk"),
            ("The people who will feel", "Denise Kowalczyk"),
            ("If it takes L&I three", "Frank DiSalvo"),
            ("I called the landlord 30", "Marisol Vega"),
            ("Nobody came until my daughter", "Marisol Vega"),
            ("This bill means the next", "Marisol Vega"),
            ("doesn’t have to get that", "Marisol Vega"),
        ],
    ),
    (
        """Baltimore council members grill public works director over water billing errors

BALTIMORE (WBMT) — Baltimore City Council members pressed the head of the Department of Public Works on Wednesday about thousands of inflated water bills sent to residents this summer, some topping $3,000.

Public Works Director Sharon Mbeki told the council's Government Operations Committee that a software update in June caused the billing system to misread data from about 8,400 meters.

"We own this. We should have caught it before a single bill went out," Mbeki said.

Mbeki said the department had reversed charges on about 6,100 accounts and expected to correct the rest by the end of September. Residents who paid an incorrect bill will receive a credit automatically, she said.

Councilman Darnell Pruitt said his office had fielded more than 300 calls from constituents in Radnor Hill and surrounding neighborhoods since July.

"I have seniors on fixed incomes who got a bill bigger than their mortgage used to be," Pruitt said. "Some of them paid it because they were scared of a shutoff notice."

Pruitt said a credit on a future bill was not enough for families who had drained their savings, noting that "a credit six months from now doesn't pay this month's rent." He asked the department to offer cash refunds on request.

Mbeki said no water service had been shut off because of the errors and that shutoffs for the affected accounts were suspended until further notice. She said the department was reviewing whether refunds could be issued directly.

Council President Yvonne Castellano asked whether the city would pursue damages from the software vendor, Meridian Utility Systems.

"Everything is on the table," Mbeki replied.

In a statement sent to WBMT, Meridian Utility Systems said it was "working closely with the city to identify the root cause" of the problem and that the issue appeared to be limited to Baltimore's configuration of its system.

One Radnor Hill resident, who asked that her name not be used because she is in a payment dispute with the city, told WBMT she received a $2,870 bill for a two-bedroom rowhouse where she lives alone.

"I thought it was a joke until I saw the due date," she said.

The committee plans to hold a follow-up hearing in October. Residents with questions about their bills can call 311 or visit the DPW website.""",
        [
            ("We own this. We should", "Sharon Mbeki"),
            ("I have seniors on fixed", "Darnell Pruitt"),
            ("Some of them paid it", "Darnell Pruitt"),
            ("a credit six months from", "Darnell Pruitt"),
            ("Everything is on the table", "Sharon Mbeki"),
            ("working closely with the city", "Meridian Utility Systems"),
            ("I thought it was a", "Radnor Hill resident"),
        ],
    ),
    (
        """Boston mayor unveils downtown office-to-housing incentives, says plan is 'not a silver bullet'

BOSTON (WBXN) -- Mayor Elena Castillo-Reyes on Monday announced a package of tax breaks and zoning changes meant to coax owners of half-empty downtown office towers into converting them to apartments.

Speaking at a news conference inside a vacant 12-story building on Summerfield Street, Castillo-Reyes said the program would cap property taxes for up to 25 years on converted buildings and waive some design review steps.

"Downtown cannot come back as a place that empties out at 5 o'clock," Castillo-Reyes said. "It has to be a neighborhood, and neighborhoods need people who live there."

The mayor told reporters the incentives were "not a silver bullet" for the city's housing shortage, noting that converting an older office building can cost as much as building new.

The city expects the program to produce about 1,200 units over five years, according to the Boston Planning Office. Under the proposal, 17% of units in converted buildings would have to be income-restricted.

Developers have said the math remains difficult. Kevin Shaughnessy, a principal at Tremont Crossing Partners, which owns two older towers in the Financial District, said interest rates and construction costs "are still the elephant in the room."

"The incentive helps. Whether it helps enough, we'll know when somebody actually puts a shovel in the ground," Shaughnessy said.

City Councilor At-Large Gabriel Nunes welcomed the plan but said the affordability requirement should be higher.

"We're giving up tax revenue for decades. The public should get more than 17 percent back," Nunes said in a statement.

The Downtown Boston Property Alliance, which represents building owners, said in a post on its website that it "strongly supports any effort to bring residents downtown" and would encourage members to apply.

Office vacancy downtown has climbed above 20% since the pandemic, and several older buildings have changed hands at steep discounts in the past year. City officials have warned that falling commercial values could shift more of the property tax burden onto homeowners.

Castillo-Reyes said the conversions are one way to address both problems at once, bringing foot traffic back to downtown streets while adding housing near transit.

The tax portion of the package requires approval from the City Council and the state Legislature. A council hearing is expected next month.""",
        [
            ("not a silver bullet", "Elena Castillo-Reyes"),
            ("Downtown cannot come back as", "Elena Castillo-Reyes"),
            ("It has to be a neighborhood", "Elena Castillo-Reyes"),
            ("not a silver bullet", "Elena Castillo-Reyes"),
            ("are still the elephant in", "Kevin Shaughnessy"),
            ("The incentive helps. Whether it", "Kevin Shaughnessy"),
            ("We're giving up tax revenue", "Gabriel Nunes"),
            ("strongly supports any effort to", "Downtown Boston Property Alliance"),
        ],
    ),
    (
        """Riders rally at City Hall as transit agency weighs 20% service cut

PHILADELPHIA (WPVN) - Hundreds of bus and trolley riders rallied outside City Hall on Tuesday afternoon, urging state lawmakers to close a $210 million budget gap that the Delaware Valley Transit Authority says could force it to cut service by 20% next year.

The agency's board is scheduled to vote next week on a contingency budget that includes eliminating 32 bus routes, ending trolley service after 9 p.m. and raising the base fare to $2.90.

Among the speakers was Tamika Rowe, a home health aide from Hollisburg who rides two buses to reach her clients.

"If the 47 goes away, I don't have a job. It's that simple," Rowe told the crowd. "I can't afford a car, and I can't afford a rideshare twice a day."

DVTA General Manager Leonard Kessler has said for months that the agency cannot cover the gap on its own. In a letter to legislative leaders last week, he wrote:

"We have cut administrative costs, frozen hiring and deferred maintenance that should not be deferred. What remains are the services people depend on.

"Without action from Harrisburg, I will be obligated to bring the board a budget that no one in this region should accept."

State Rep. Gloria Vance, a Democrat from Northeast Philadelphia, told WPVN that a funding bill has the votes in the House but faces resistance in the Senate.

"The suburbs use this system too. Every senator from the collar counties needs to understand that," Vance said.

A spokesman for the Senate Republican caucus said members were "reviewing every option available" but wanted "real reforms and accountability" attached to any new money for the agency.

Mayor Vincent Ragland did not attend the rally. His spokeswoman, Keisha Dunmore, said the mayor "stands with riders" and has been in daily contact with legislators from the city.

The cuts would hit hardest in neighborhoods where many households do not own cars. According to the agency's own equity analysis, about 60% of riders on the routes proposed for elimination have household incomes below $35,000.

Organizers said they plan to send buses of riders to Harrisburg next month. DVTA will hold public hearings on the proposed cuts at locations across the region starting Monday; a full schedule is posted on the agency's website.""",
        [
            ("If the 47 goes away,", "Tamika Rowe"),
            ("I can't afford a car,", "Tamika Rowe"),
            ("We have cut administrative costs,", "Leonard Kessler"),
            ("Without action from Harrisburg, I", "Leonard Kessler"),
            ("The suburbs use this system", "Gloria Vance"),
            ("reviewing every option available", "spokesman"),
            ("real reforms and accountability", "spokesman"),
            ("stands with riders", "Keisha Dunmore"),
        ],
    ),
    (
        """Baltimore’s $1 rowhouse program draws crowds, and skeptics

By Priya Natarajan

More than 1,400 people applied in the first week for Baltimore’s revived $1 rowhouse program, city housing officials said Friday, far outstripping the 150 vacant properties on offer in the Easterwood, Carrollton Heights and Pell Street neighborhoods.

The numbers delighted Housing Commissioner Marcus Odom, who has staked much of his tenure on reducing the city’s stock of roughly 13,000 vacant buildings.

“People want to be in Baltimore. They want to own a piece of it,” Odom said in an interview. “Our job is to get out of their way and make sure they don’t get in over their heads.”

That last part has worried housing advocates since the program was announced in March. Buyers must renovate the homes within 18 months and live in them for at least five years. A report released last year by the Chesapeake Policy Institute, titled “Open Doors, Empty Houses,” found that roughly 40% of buyers in a previous version of the program, which ended in 2011, missed their renovation deadlines.

“Renovating a vacant rowhouse in this city costs $150,000, sometimes $250,000,” said Celeste Monroe, executive director of the Easterwood Community Land Trust. “If you hand someone a dollar deed and no financing, you’re handing them a problem.”

Monroe said the land trust had asked the city to set aside a portion of the homes for nonprofit developers who could renovate them in bulk and sell them at below-market prices. The city declined.

Odom said the new program pairs buyers with low-interest renovation loans of up to $75,000 through a partnership with Patapsco Community Bank, and requires applicants to show proof of additional financing.

The bank said in a statement that it had committed $8 million to the loans and “expects to expand that commitment if demand holds.”

Some residents on blocks with vacant houses are simply hoping something changes.

Earl Beasley, 71, has lived on North Pell Street since 1979. The rowhouse next to his has been empty for 16 years, he said, and its roof collapsed two winters ago, sending water into his back bedroom.

“I don’t care if it’s a dollar or a million dollars. Just put somebody in there,” Beasley said. “I’ve watched this block go from full to half, and I’d like to see it go back before I’m gone.”

City Council member Tracy Holloway, who represents Carrollton Heights, said she supported the program but wanted Odom to report applicants’ outcomes publicly every six months.

“The last time we did this, nobody tracked what happened after the ribbon-cutting,” Holloway said. “We found out years later that a lot of those houses went right back to the city.”

Odom agreed to provide the data, according to a letter from his office to the council dated Thursday.

A lottery for the first round of properties is scheduled for Oct. 15.""",
        [
            ("People want to be in", "Marcus Odom"),
            ("Our job is to get", "Marcus Odom"),
            ("Renovating a vacant rowhouse in", "Celeste Monroe"),
            ("If you hand someone a", "Celeste Monroe"),
            ("expects to expand that commitment", "Patapsco Community Bank"),
            ("I don’t care if it’s", "Earl Beasley"),
            ("I’ve watched this block go", "Earl Beasley"),
            ("The last time we did", "Tracy Holloway"),
            ("We found out years later", "Tracy Holloway"),
        ],
    ),
    (
        """Zoning board member steps down amid questions over payments from developer

By Caitlin Moss

A member of Philadelphia’s Zoning Board of Adjustment resigned Monday, days after records showed he voted to approve three projects by a developer whose firm had paid his consulting company more than $40,000.

Raymond Tull, who was appointed to the five-member board in 2021, submitted a one-paragraph resignation letter to the mayor’s office, saying he did not want to become “a distraction from the important work of the board.”

Tull did not respond to phone calls or emails Monday. In the letter, he said he had “acted in good faith at all times” and believed a review would clear him.

The votes, all in 2023, involved apartment buildings in the Ridgeview and Hartranft Yards neighborhoods proposed by Keystone Crest Development. Filings with the state show that Keystone Crest paid Tull Advisory Group in four installments between 2022 and 2024.

Keystone Crest said in a statement that the payments were for “market research unrelated to any matter before the zoning board.” The company “has always followed the law and will cooperate fully with any review,” the statement said.

Mayor Vincent Ragland’s office accepted the resignation and said it had referred the matter to the city’s Board of Ethics.

“The public has to be able to trust that the people deciding what gets built in their neighborhoods aren’t on anybody’s payroll,” said mayoral spokesperson Keisha Dunmore.

The Board of Ethics does not comment on whether investigations are underway, its executive director, Paul Abernathy, said.

A person familiar with the board’s operations, who was not authorized to speak publicly, said other members had raised concerns about Tull’s recusal practices “more than once” before the records became public.

Neighbors who opposed one of the projects, a seven-story building on Vireo Street, said they felt vindicated.

“We sat in that hearing room for six hours, and we could tell the decision was made before we walked in,” said Gwen Abrahams, president of the Hartranft Yards Civic Association. “Now we know why.”

Abrahams said her group would ask the board to reopen the approval. Legal experts said that would be an uphill fight.

“Zoning approvals are very difficult to undo after construction has started, even with a conflict of interest,” said Miriam Osei, who teaches land-use law at Wynnefield College of Law. “Courts generally want to see that the conflict actually changed the outcome.”

Councilmember Jorge Almonte said he would introduce legislation next month requiring zoning board members to file quarterly disclosures of outside income. He put it bluntly: “If you want to vote on zoning, you tell us who pays you. Period.”

Ragland is expected to name a replacement for Tull within 30 days.""",
        [
            ("a distraction from the important", "Raymond Tull"),
            ("acted in good faith at", "Raymond Tull"),
            ("market research unrelated to any", "Keystone Crest Development"),
            ("has always followed the law", "Keystone Crest Development"),
            ("The public has to be", "Keisha Dunmore"),
            ("more than once", "person familiar with the board’s operations"),
            ("We sat in that hearing", "Gwen Abrahams"),
            ("Now we know why.", "Gwen Abrahams"),
            ("Zoning approvals are very difficult", "Miriam Osei"),
            ("Courts generally want to see", "Miriam Osei"),
            ("If you want to vote", "Jorge Almonte"),
        ],
    ),
    (
        """New bus lane on Greeley Avenue splits Fenwick Square businesses

By Sean Mulcahy

Red paint went down on Greeley Avenue over the weekend, and by Monday morning the fight over it had already moved to City Hall.

The city's Transportation Department installed a 0.8-mile bus-only lane along the avenue between Fenwick Square and Harlow Circle, removing 46 parking spaces to speed up two of the busiest bus routes in the neighborhood.

Transportation Commissioner Naomi Adeyemi told reporters at a ribbon-cutting that buses on the corridor carry about 14,000 riders a day, far more than the number of people who park there.

"For years we've asked bus riders to sit in traffic behind one person in a car," Adeyemi said. "That's not a fair trade, and this lane fixes it."

A similar lane on Wolcott Street cut evening rush-hour trip times by up to 25%, according to the department.

But several merchants on Greeley Avenue said they were blindsided.

Phil Cardone, who has run Cardone's Hardware since 1988, said he learned about the parking removal from a flyer taped to his door two weeks ago.

"My customers are buying bags of concrete and lumber. They're not getting on the bus with that," Cardone said. "I'm not against buses. I'm against being the last one to find out."

The owner of a nearby nail salon, who declined to give her name, said weekend business had dropped "by half, maybe more" since signs went up announcing the change.

Adeyemi said the department held two community meetings in the spring and mailed notices to every address on the corridor. She said crews would add loading zones on side streets if needed.

The Fenwick Square Main Streets organization said in a statement that it had asked for a loading zone on each block and was "disappointed that the final design did not include them."

City Councilor Owen Gallagher, who represents the area, said he had heard from both sides and would ask the department for a six-month review.

"I ride the 29 myself some mornings, so I know what it's like when it crawls," Gallagher said. "But I've also got small businesses that have been here forty years telling me they're scared.

"Both things can be true. The city has to be willing to adjust if the data shows a problem."

Riders waiting at the Fenwick Square stop Monday were mostly enthusiastic.

"It used to take me 25 minutes to get to the train. Today it was 12," said Jasmine Pereira, a nursing student. She paused. "Well, today it was 12. Ask me in February."

The department plans to release ridership and travel-time data for the corridor this winter.""",
        [
            ("For years we've asked bus", "Naomi Adeyemi"),
            ("That's not a fair trade,", "Naomi Adeyemi"),
            ("My customers are buying bags", "Phil Cardone"),
            ("I'm not against buses. I'm", "Phil Cardone"),
            ("by half, maybe more", "owner of a nearby nail salon"),
            ("disappointed that the final design", "Fenwick Square Main Streets"),
            ("I ride the 29 myself", "Owen Gallagher"),
            ("But I've also got small", "Owen Gallagher"),
            ("Both things can be true.", "Owen Gallagher"),
            ("It used to take me", "Jasmine Pereira"),
            ("Well, today it was 12.", "Jasmine Pereira"),
        ],
    ),
]
