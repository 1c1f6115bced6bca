CASES = [
    (
        """Cedar Bend council approves $212 million budget after late fight over police overtime

By Jenna Marsh
Staff Writer

CEDAR BEND — The City Council on Tuesday night approved a $212.4 million operating budget for the next fiscal year, but only after a two-hour debate over how much the city should set aside for police overtime and whether a proposed 3% increase in water rates should go forward.

The budget passed 5-2, with council members Dale Okafor and Renee Lindqvist voting no.

"This is a responsible budget that holds the line on property taxes and still puts more officers on the street," Mayor Thomas Greer said after the vote. "Nobody got everything they wanted, and that's usually a sign you've done it right."

Greer's administration had initially proposed $4.1 million for police overtime, up from $3.2 million this year. Okafor introduced an amendment to trim that figure by $600,000 and move the money into a youth summer jobs program, arguing that overtime has become "a blank check" for the department.

"We keep being told overtime is an emergency measure," Okafor said. "When it's the same emergency every year for six years, it's not an emergency anymore. It's a staffing plan."

The amendment failed 3-4.

Police Chief Marcus Bell told council members the department is still 19 officers short of its authorized strength of 168, and that overtime is the only way to keep patrol shifts covered.

"I don't like paying it either," Bell said. "But until we get those academy classes through, the alternative is fewer cars on the road at 2 in the morning."

Lindqvist said her objection centered on the water rate increase, which would add about $2.40 a month to the typical residential bill. She said the city had not done enough to explain why the increase was necessary on top of a 4% hike approved last year.

"People on fixed incomes are watching every dollar," she said. "We owe them more than a slide in a PowerPoint."

Finance Director Angela Pruitt said the increase is needed to cover debt payments on the $38 million upgrade to the Riverside treatment plant, which is required under a consent agreement with state environmental regulators. According to Pruitt, without the rate increase the utility fund would fall below its required reserve level by spring 2026.

Several residents spoke during public comment, most of them about the overtime question. Carla Jimenez, who lives in the Northgate neighborhood, said she supported more police presence after a string of car break-ins on her street.

"I called three times last month and it took over an hour for someone to come out," Jimenez said.

Another resident, retired teacher Walter Haines, urged the council to back Okafor's amendment. "Give these kids a job and you won't need as much overtime," he said.

The budget takes effect July 1. The council is scheduled to take up the capital improvement plan at its next meeting June 24.""",
        [
            ("This is a responsible budget", "Thomas Greer"),
            ("Nobody got everything they wanted,", "Thomas Greer"),
            ("a blank check", "Dale Okafor"),
            ("We keep being told overtime", "Dale Okafor"),
            ("When it's the same emergency", "Dale Okafor"),
            ("I don't like paying it", "Marcus Bell"),
            ("But until we get those", "Marcus Bell"),
            ("People on fixed incomes are", "Renee Lindqvist"),
            ("We owe them more than", "Renee Lindqvist"),
            ("I called three times last", "Carla Jimenez"),
            ("Give these kids a job", "Walter Haines"),
        ],
    ),
    (
        """Planning board backs 240-unit apartment plan on former Kmart site

By Rick Delgado
rdelgado@harrisontimes.com

HARRISON, Mo. — A proposal to build 240 apartments on the site of a long-vacant Kmart on South Jefferson Avenue cleared its first hurdle Thursday, as the Harrison Planning and Zoning Commission voted 6-1 to recommend rezoning the property.

The project, called Jefferson Commons, would replace the 11-acre parking lot and empty store with four three-story buildings, a clubhouse and a pool. The developer, Kansas City-based Northpoint Residential Partners, is asking the city to change the zoning from general commercial to multifamily residential.

“This site has been sitting empty for nine years,” said Eric Vasquez, a vice president at Northpoint. “We think this is the best use for it, and frankly we don’t see a retailer coming back to a box that size.”

About 60 people packed the commission’s chambers, and most who spoke were opposed. Residents of the Briarwood subdivision, which borders the site to the east, said they worried about traffic on Glenstone Road and about the buildings looking into their backyards.

“We bought here because it was quiet,” said Linda Parrish, who has lived on Briarwood Drive for 22 years. “Now you want to put 500 cars next to my fence.”

Another neighbor, Gary Olsen, told commissioners the traffic study commissioned by the developer was “done on a Tuesday in July when school was out.”

Vasquez said the company had agreed to a 40-foot landscaped buffer along the eastern edge and would move one building farther from the property line. He also said the company would pay for a new turn lane on Jefferson.

City planning staff recommended approval. Senior planner Monica Tran said the project fits the city’s 2040 comprehensive plan, which calls for more housing along major corridors.

“Harrison needs somewhere in the neighborhood of 3,000 new housing units over the next decade just to keep up with job growth,” Tran said. “Infill sites like this one are exactly where the plan says that housing should go.”

Commissioner Bill Ostrander cast the lone no vote. He said he supported housing on the site but thought the density was too high.

“I’d be a yes at 160 units,” Ostrander said. “At 240, I think we’re asking the neighbors to absorb too much.”

Commission Chair Debra Kline said the recommendation was a close call for several members.

“Nobody up here takes lightly the concerns we heard tonight,” Kline said. “But we also have to think about people who don’t live in Harrison yet and can’t find a place they can afford.”

The rezoning now goes to the City Council, which is expected to hold a public hearing on it Oct. 14.""",
        [
            ("This site has been sitting", "Eric Vasquez"),
            ("We think this is the", "Eric Vasquez"),
            ("We bought here because it", "Linda Parrish"),
            ("Now you want to put", "Linda Parrish"),
            ("done on a Tuesday in", "Gary Olsen"),
            ("Harrison needs somewhere in the", "Monica Tran"),
            ("Infill sites like this one", "Monica Tran"),
            ("I’d be a yes at", "Bill Ostrander"),
            ("At 240, I think we’re", "Bill Ostrander"),
            ("Nobody up here takes lightly", "Debra Kline"),
            ("But we also have to", "Debra Kline"),
        ],
    ),
    (
        """Council OKs tax break for $85M distribution center

Vote splits 6-3 over job guarantees, local hiring

MARLOW, Ind. — The Marlow City Council voted 6-3 Monday to grant a 10-year property tax abatement to Brightline Logistics, clearing the way for the company to build an $85 million distribution center on 70 acres near the Interstate 69 interchange.

The company says the project will create 410 jobs paying an average of $21.50 an hour. In exchange, Brightline would pay no property taxes on the building for its first five years, with the abatement phasing down over the next five.

"We looked at sites in three states, and Marlow came out on top because of the workforce and the access to the interstate," Brightline said in a statement released after the vote. "We're grateful to the council and look forward to breaking ground this fall."

The statement said the jobs would come with "full benefits from day one" and that the company expected to begin hiring in late 2025.

The abatement had drawn opposition from the Tri-County Building Trades Council, which argued the city should have required the company to use local contractors during construction.

"Taxpayers are giving up millions of dollars here, and they're not even guaranteed that the people building this thing will live in this county," said Jerome Whitfield, the trades council's business manager.

Councilwoman Patrice Dunham, who voted against the abatement, said she was not opposed to the project but wanted stronger "clawback" provisions that would force the company to repay the tax savings if it failed to deliver the promised jobs.

"If they don't hit the numbers, we need to be able to get that money back, period," Dunham said.

Under the agreement, the city can reduce or cancel the abatement if Brightline falls short of 80% of its job target for two consecutive years. Dunham wanted that threshold raised to 90%.

A city official familiar with the negotiations, who spoke on condition of anonymity because the talks were confidential, said the company had at one point threatened to walk away if the abatement was shortened to seven years.

"They made it very clear that seven years was a deal-breaker," the official said.

Mayor Ellen Strickland defended the deal after the meeting.

"This is the largest private investment in Marlow in more than 20 years," Strickland told reporters. "I understand the concerns, but I'm not going to apologize for bringing 400 jobs to this city."

The abatement still needs approval from the Marlow Redevelopment Commission, which meets Aug. 12. Construction would take about 18 months.""",
        [
            ("We looked at sites in", "Brightline Logistics"),
            ("We're grateful to the council", "Brightline Logistics"),
            ("full benefits from day one", "Brightline Logistics"),
            ("Taxpayers are giving up millions", "Jerome Whitfield"),
            ("If they don't hit the", "Patrice Dunham"),
            ("They made it very clear", "city official familiar with the negotiations"),
            ("This is the largest private", "Ellen Strickland"),
            ("I understand the concerns, but", "Ellen Strickland"),
        ],
    ),
    (
        """Mayor proposes $14 monthly trash fee to close $6.8 million gap

By Sandra Kowalczyk
The Daily Sentinel

PORT ELLIS — Mayor Raymond Castellano on Wednesday proposed a new $14-a-month trash collection fee as part of a spending plan meant to close a projected $6.8 million shortfall in the city's general fund.

In his annual budget address to the City Commission, Castellano said the city had run out of easy options after three years of flat state revenue sharing and rising pension costs.

"We have cut positions," Castellano said. "We have delayed equipment purchases. We have drawn down our reserves further than I'm comfortable with.

"At some point, we have to be honest with residents about what it costs to run a city. Right now, trash pickup is paid for out of the same pot that pays for police and fire. Separating it out is the fairest way to make sure those core services are protected."

The fee would raise about $5.1 million a year, according to the city's budget office. The rest of the gap would be closed by leaving 11 vacant positions unfilled and trimming the parks department's seasonal staff.

Commissioners reacted cautiously. Commissioner Lydia Barnes said she wanted to know whether the fee could be reduced for seniors and low-income households before she would commit to supporting it.

Her colleague, Commissioner Kevin Yoder, was blunter: "A fee is a tax by another name, and people are going to see it that way."

The city's required contribution to the Municipal Employees' Retirement System will rise by $2.3 million next year, the largest single driver of the deficit, according to a memo from City Manager Darnell Hughes.

In the memo, Hughes wrote that the city's pension funding level had dropped to 58% and warned that without changes "the pressure on the general fund will only intensify over the next five years."

Ruth Anne Moretti, president of the Port Ellis Taxpayers Association, said her group would fight the fee.

"They call it a fee so they don't have to put it on the ballot," Moretti said. "If they think it's such a good idea, let the voters decide."

Castellano said he was open to a discount for seniors but would not support sending the question to voters, noting that a proposed public safety millage failed by 400 votes in 2022.

The commission will hold budget workshops on April 8 and 15 and must adopt a budget by May 31.""",
        [
            ("We have cut positions,", "Raymond Castellano"),
            ("We have delayed equipment purchases.", "Raymond Castellano"),
            ("At some point, we have", "Raymond Castellano"),
            ("A fee is a tax", "Kevin Yoder"),
            ("the pressure on the general", "Darnell Hughes"),
            ("They call it a fee", "Ruth Anne Moretti"),
            ("If they think it's such", "Ruth Anne Moretti"),
        ],
    ),
    (
        """City caps short-term rentals in Old Town, sets permit lottery

By Maya Okonjo
Courier staff

AVERILL — The Averill City Council voted 4-3 early Wednesday to cap the number of short-term rental permits in the Old Town historic district at 150, ending a yearlong debate that pitted longtime homeowners against investors who have bought up dozens of properties to rent to tourists.

There are currently 231 active short-term rental permits in Old Town, according to the city’s planning department. Existing permit holders will be allowed to renew through 2026, after which permits will be awarded by lottery as they expire.

Council member Harold Pace, who sponsored the ordinance, said the district had reached a tipping point.

“There are blocks in Old Town where you can walk the whole length and not find a single person who actually lives there,” he said. “That’s not a neighborhood. That’s a hotel with extra steps.”

Opponents, many of them local property owners who rent out one or two units, said the cap would punish small operators and hand an advantage to larger companies that already hold multiple permits.

Jillian Foster, who rents out a carriage house behind her home on Pinckney Street, said the income pays her property taxes.

“I’m not an investor. I’m a retired nurse trying to stay in the house my grandparents built,” Foster said.

The Averill Area Chamber of Commerce had asked the council to delay the vote until an economic impact study was finished. In a letter to council members last week, the chamber warned that the cap could cost the city as much as $1.2 million a year in accommodations tax revenue and called the ordinance “a solution in search of a problem.”

Council member Teresa Vaughn, who voted against the cap, echoed that concern, saying she had heard from restaurant owners worried about losing visitors.

“We’re making a major decision without the numbers in front of us,” Vaughn said.

A spokeswoman for Lowcountry Stays, a management company that handles about 40 rentals in Old Town, said the company was “reviewing the ordinance” and would advise its owners once the lottery rules are written.

Mayor Priscilla Dunn, who voted with the majority, said the lottery was designed to treat everyone the same.

“Nobody gets grandfathered forever, and nobody gets to buy their way to the front of the line,” she said.

City staff have 90 days to draft the lottery rules, which must come back to the council for approval. The ordinance takes effect Jan. 1.""",
        [
            ("There are blocks in Old", "Harold Pace"),
            ("That’s not a neighborhood. That’s", "Harold Pace"),
            ("I’m not an investor. I’m", "Jillian Foster"),
            ("a solution in search of", "Averill Area Chamber of Commerce"),
            ("We’re making a major decision", "Teresa Vaughn"),
            ("reviewing the ordinance", "spokeswoman"),
            ("Nobody gets grandfathered forever, and", "Priscilla Dunn"),
        ],
    ),
    (
        """Audit: Downtown parking garage ran $9 million over budget

By Thomas Reilly
Herald-Leader staff writer

HALSTON, Ky. — A consultant's review of Halston's new downtown parking garage found that the project ran $9.3 million over its original budget, largely because of change orders that were approved without council review.

The 52-page report, titled "Fourth Street Parking Structure: Cost and Process Review," was presented to the City Council's budget committee Tuesday. It was prepared by Lindgren Consulting Group of Louisville.

"The City did not have a consistent process for evaluating change orders, and several were approved after work had already been completed," the report said.

It found 37 change orders totaling $6.1 million, 14 of which were signed by a deputy public works director without the sign-off required under city procurement rules.

The garage, which opened in March with 640 spaces, was originally budgeted at $24 million.

Council member Angela Ruiz, who chairs the budget committee, called the findings "deeply troubling and frankly embarrassing."

"We were told over and over that this project was on time and on budget," Ruiz said. "Clearly, at least half of that wasn't true."

Public Works Director Samuel Oduya, who took over the department last year, said several of the problems identified in the report have already been addressed. The department now requires that any change order over $50,000 be reviewed by the city's finance office and reported to the council within 30 days, he said.

"I'm not going to sit here and defend what happened," Oduya told the committee. "What I can tell you is that it can't happen the same way again."

The deputy director who signed the change orders left the city in 2023. He could not be reached for comment.

In a statement, Mayor Linda Cho said her administration "welcomes the review and accepts its recommendations in full."

Some council members questioned whether the contractor, Keller-Dunn Construction, should bear some of the costs. A spokesman for Keller-Dunn said all of the work billed to the city was "authorized in writing by the owner" and performed as directed.

Council member Frank Besler said he wants the city attorney to look into whether any of the money can be recovered.

"If there's a way to get some of this back, we owe it to taxpayers to try," Besler said.

The full council is expected to discuss the report at its work session next week.""",
        [
            ("The City did not have", "Lindgren Consulting Group"),
            ("deeply troubling and frankly", "Angela Ruiz"),
            ("We were told over and", "Angela Ruiz"),
            ("Clearly, at least half of", "Angela Ruiz"),
            ("I'm not going to sit", "Samuel Oduya"),
            ("What I can tell you", "Samuel Oduya"),
            ("welcomes the review and accepts", "Linda Cho"),
            ("authorized in writing by the", "spokesman"),
            ("If there's a way to", "Frank Besler"),
        ],
    ),
    (
        """Councilor says shelter vote was 'a done deal' before hearing

By Paul Anders
Tribune staff

MERRITON — A divided City Council approved a zoning change Thursday night that will allow a nonprofit to convert a former nursing home on Grove Street into a 48-bed emergency shelter, but one councilor accused his colleagues of settling the matter long before residents had their say.

The council voted 7-4 to create a special overlay district for the property at 210 Grove St., which has been vacant since 2021. The shelter would be run by Harbor Light Community Services, which operates two smaller shelters in the city.

Ward 3 Councilor Dennis Moriarty, whose ward includes the site, said the outcome was "a done deal" before Thursday's public hearing even began.

"The mayor's office was telling people this was happening back in August," Moriarty said. "We sat here for four hours listening to people, and not one vote moved. Don't tell me that's a real hearing."

Council President Sheila Abernathy rejected that characterization. She told reporters after the meeting that every councilor had heard from constituents on both sides and that she had personally changed her mind twice.

"Nobody in this room made this decision lightly," Abernathy said.

More than 90 people signed up to speak. Many residents of the surrounding neighborhood said they were not opposed to a shelter but felt the area, known locally as "the Flats," already hosts a disproportionate share of the city's social services.

One resident, a mother of two who lives across the street from the property and asked that her name not be used, said she worried about her children walking to the bus stop. "I have compassion for these people. I really do. But I also have to think about my kids," she said.

Supporters countered that the city's existing shelters turn people away most nights from November through March.

Harbor Light executive director Naomi Carrasco said the nonprofit turned away 1,140 requests for a bed last winter.

"These are our neighbors already," Carrasco said. "They're sleeping in cars and doorways and stairwells a half mile from here. The question isn't whether they're in the neighborhood. It's whether they have a bed."

Mayor Joseph Tierney, in a statement, called the vote "a compassionate and practical step" and said the city would set up a neighborhood advisory committee to address concerns about safety and litter.

Harbor Light hopes to open the shelter by next fall, pending about $3.2 million in renovations.""",
        [
            ("a done deal", "Dennis Moriarty"),
            ("a done deal", "Dennis Moriarty"),
            ("The mayor's office was telling", "Dennis Moriarty"),
            ("We sat here for four", "Dennis Moriarty"),
            ("Nobody in this room made", "Sheila Abernathy"),
            ("I have compassion for these", "resident"),
            ("These are our neighbors already,", "Naomi Carrasco"),
            ("They're sleeping in cars and", "Naomi Carrasco"),
            ("a compassionate and practical step", "Joseph Tierney"),
        ],
    ),
    (
        """Firefighters pack hearing as city weighs closing Station 4

By Aaron Lindahl
The Gazette

GRANGER FALLS — Dozens of firefighters and their families filled City Hall on Monday as the City Council held its first public hearing on a proposed 2025 budget that would close one of the city's five fire stations.

City Administrator Beth Sorensen's proposal would shut Station 4 on the city's west side and reassign its nine firefighters to other stations, saving about $1.4 million a year. The move is one of several cuts aimed at holding next year's property tax levy increase to 6.5%.

Sorensen told the council that keeping all five stations open would require a levy increase closer to 9%.

"None of the options in front of you are good ones," Sorensen said. "I'd be lying if I said otherwise."

Capt. Luis Herrera, president of Granger Falls Professional Firefighters Local 2214, said closing the station would add three to four minutes to response times for roughly 11,000 residents west of Highway 15.

"In a cardiac arrest, four minutes is the difference between a patient who walks out of the hospital and one who doesn't," Herrera said. "That's not a talking point. That's the science."

According to a study done for the fire department last year, the west side already has the slowest average response time in the city, at 7 minutes, 40 seconds.

Council member Greg Thune said he could not support the closure. In a post on his campaign Facebook page Sunday night, he wrote that he would "not vote for any budget that takes a fire truck off the west side, period."

Others on the council were more open to the idea. Council member Diane Holm said the city needed to look at how emergency calls are actually distributed before rejecting the plan outright. She noted that more than 70% of the department's calls are medical and asked whether some could be handled by a smaller rapid-response vehicle rather than a full engine company.

"I want to keep people safe. I also want people to be able to afford to live here," Holm said. "Those two things shouldn't be in competition, and it's our job to find a way so they're not."

Fire Chief Robert Anand said the department had studied that approach and it "could work in some neighborhoods, but not as a replacement for an engine." He declined to say whether he supported closing Station 4, telling the council he would "run whatever department this council funds."

Residents who spoke were almost unanimous in opposing the closure. Marjorie Ekstrom, 81, said she had called 911 twice in the past year.

"Both times they were here in five minutes. Both times I'm glad they were," she said.

The council will take a preliminary vote on the levy Sept. 23. The final budget must be approved by Dec. 16.""",
        [
            ("None of the options in", "Beth Sorensen"),
            ("I'd be lying if I", "Beth Sorensen"),
            ("In a cardiac arrest, four", "Luis Herrera"),
            ("That's not a talking point.", "Luis Herrera"),
            ("not vote for any budget", "Greg Thune"),
            ("I want to keep people", "Diane Holm"),
            ("Those two things shouldn't be", "Diane Holm"),
            ("could work in some neighborhoods,", "Robert Anand"),
            ("run whatever department this council", "Robert Anand"),
            ("Both times they were here", "Marjorie Ekstrom"),
        ],
    ),
]
