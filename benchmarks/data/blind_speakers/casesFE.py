CASES = [
    (
        """Cedar Plains council votes to close outdoor pool after repair estimate tops $2M

Residents packed chambers Tuesday night, but councillors voted 5-2 to shut the 1968 facility

Dana Whitford · CBC News

Council in the southwestern Manitoba town of Cedar Plains has voted to permanently close its outdoor swimming pool, saying the town can't afford the more than $2 million needed to repair it.

The 5-2 vote came late Tuesday after more than two hours of presentations from residents, many of whom urged councillors to hold off until the town could apply for provincial grants.

"This is not a decision any of us wanted to make," Mayor Gord Letkeman said after the meeting. "But we have an engineering report in front of us that says the tank is failing, and we can't ask taxpayers to carry that on their own."

The report, prepared by Winnipeg firm Prairie Aquatic Engineering, found cracks in the pool basin and a filtration system that it described as "well beyond its expected service life."

Coun. Shelley Baptiste, one of the two councillors who voted against closing the pool, said the town was moving too quickly.

"We have kids in this town who learned to swim in that pool, and their parents did too," she said. "I think we owed it to them to at least knock on the province's door first."

Baptiste said she had spoken with staff at Manitoba's Municipal Relations department about a recreation infrastructure fund that opens for applications in the spring.

Letkeman said council had looked at the program, but it caps grants at $500,000 per project.

"Even in the best case, we're still looking at a million and a half out of our own pocket," he said.

Jenna Kroeker, who started an online petition to save the pool that has collected more than 1,400 signatures, told CBC News she was disappointed but not surprised.

"It felt like the decision was made before anybody walked in the room," said Kroeker, a mother of three. "People came with ideas — fundraising, a levy, partnering with the school division — and none of it really got discussed."

A spokesperson for Municipal Relations Minister Avery Dueck said in an email that the department "has been in contact with the Town of Cedar Plains" and would be willing to discuss options.

The town says the pool will not open this summer. Council has asked staff to report back on the cost of demolishing the facility and the possibility of building a smaller splash pad on the site.

Letkeman said he hopes residents will stay involved.

"A splash pad isn't a pool, I know that," he said. "But it's something we can actually build, and I'd rather have people at the table helping us design it than have nothing at all."
""",
        [
            ("This is not a decision", "Gord Letkeman"),
            ("But we have an engineering", "Gord Letkeman"),
            ("well beyond its expected service", "Prairie Aquatic Engineering"),
            ("We have kids in this", "Shelley Baptiste"),
            ("I think we owed it", "Shelley Baptiste"),
            ("Even in the best case,", "Gord Letkeman"),
            ("It felt like the decision", "Jenna Kroeker"),
            ("People came with ideas —", "Jenna Kroeker"),
            ("has been in contact with", "spokesperson"),
            ("A splash pad isn't a", "Gord Letkeman"),
            ("But it's something we can", "Gord Letkeman"),
        ],
    ),
    (
        """Ontario budget promises hospital spending, but deficit grows to $9.4-billion

MARGARET OYELARAN
QUEEN’S PARK REPORTER
TORONTO

Ontario’s government unveiled a budget on Thursday that pours new money into hospital construction and home care while pushing the province’s deficit higher than forecast in the fall, a move it says is necessary to keep up with a growing and aging population.

Finance Minister Colin Brenner told the legislature that the province will spend $4.1-billion over three years on hospital expansions, including new wings in Barrie, Kingston and Thunder Bay, and add 6,000 home-care positions.

“We are not going to balance the books on the backs of patients waiting in hallways,” Mr. Brenner said. “Ontarians have been clear about what they expect from us, and this budget delivers it.”

The deficit for the current fiscal year is now projected at $9.4-billion, up from the $6.8-billion the government estimated in November. Mr. Brenner attributed the change largely to weaker corporate tax revenue and higher interest costs.

The Ministry of Finance’s fiscal outlook acknowledges the province faces “significant economic uncertainty,” citing trade tensions with the United States and a slowdown in the housing market.

Opposition parties were quick to criticize the plan. NDP finance critic Yasmin Haddad said the hospital money was welcome but long overdue, and accused the government of “announcing the same projects three budgets in a row.”

“People in Thunder Bay have heard this before,” Ms. Haddad told reporters outside the chamber. “They’ve seen the ribbon-cutting photos. What they haven’t seen is a shovel in the ground.”

Liberal Leader Patrick Doucette focused on the deficit, calling the budget “a credit card with no limit.”

The Financial Accountability Office, the province’s independent budget watchdog, is expected to release its own analysis in the coming weeks. In a report last month, it warned that Ontario’s health spending plans were “not sufficient to maintain current service levels” given population growth.

Economists gave the budget a mixed review. Laurent Pichette, chief economist at Toronto-based Harbourline Securities, said the deficit figure was less alarming than it looked.

“Relative to the size of the economy, Ontario’s debt burden is still manageable,” he said in an interview. “The bigger question is whether the revenue assumptions in the out-years hold up. They’re assuming a rebound in 2026 that isn’t guaranteed.”

The Ontario Chamber of Commerce said in a statement that the budget “does little to address the cost pressures facing small employers.”

The Premier, speaking at an event in Mississauga, defended the plan.

“You can’t build hospitals for free,” Premier Diane Kowalczyk said. “We’re making a choice to invest, and I’ll make that choice every single time.”

The budget bill is expected to pass given the government’s majority.
""",
        [
            ("We are not going to", "Colin Brenner"),
            ("Ontarians have been clear about", "Colin Brenner"),
            ("significant economic uncertainty", "Ministry of Finance"),
            ("announcing the same projects three", "Yasmin Haddad"),
            ("People in Thunder Bay have", "Yasmin Haddad"),
            ("They’ve seen the ribbon-cutting photos.", "Yasmin Haddad"),
            ("a credit card with no", "Patrick Doucette"),
            ("not sufficient to maintain current", "Financial Accountability Office"),
            ("Relative to the size of", "Laurent Pichette"),
            ("The bigger question is whether", "Laurent Pichette"),
            ("does little to address the", "Ontario Chamber of Commerce"),
            ("You can’t build hospitals for", "Diane Kowalczyk"),
            ("We’re making a choice to", "Diane Kowalczyk"),
        ],
    ),
    (
        """B.C. mayor says province's housing targets 'set up to fail' smaller cities

THE CANADIAN PRESS

VICTORIA — The mayor of a fast-growing Okanagan city says British Columbia's new housing targets are unrealistic and will leave municipalities on the hook for infrastructure they cannot afford.

Mayor Tanya Ruel of Westbank Falls says the province has ordered her city of 38,000 to approve 2,900 new homes over five years, nearly double the pace of construction it has seen over the past decade.

Ruel says the way the targets were drawn up means smaller cities are "set up to fail," because they ignore the cost of water, sewer and road upgrades needed to support new development.

"We're not against housing. Nobody on my council is against housing," she said in an interview Wednesday. "What we're against is being handed a number from Victoria without any of the money that has to come with it.

"You can't put 2,900 homes on a water system that was built for a town half our size. Somebody has to pay for that pipe, and right now the province is saying it's us."

Housing Minister Arjun Bhullar rejected the suggestion that the targets were arbitrary, saying they were based on a provincial needs assessment and consultation with local governments.

In a statement, the Ministry of Housing said the province has committed more than $1 billion to a growing communities fund that municipalities can use for infrastructure tied to new housing.

"Every community in B.C. needs to do its part to address the housing crisis," the statement said. "We will continue working with Westbank Falls to help it meet its target."

The targets are part of legislation passed last year that allows the province to override local zoning decisions if municipalities fall behind.

Ruel said the city's share of the infrastructure fund amounted to about $6 million, which she called "a rounding error" compared with an estimated $140 million in upgrades.

The Union of B.C. Municipalities has raised similar concerns. Its president, Coun. Harold Nyquist of Port Selkirk, said several members have told the organization they are worried about being penalized for factors beyond their control.

"Municipalities don't build houses. Developers build houses," Nyquist said. "If interest rates are high and builders aren't pulling permits, that's not something a city council can fix."

Not all local leaders share the criticism. Coun. Mei-Lin Gao of nearby Sunvale said the targets had pushed her council to speed up approvals that had been stalled for years.

She put it bluntly: "Sometimes you need someone from outside to tell you the status quo isn't working."

Westbank Falls council is expected to debate a motion next week asking the province to extend its deadline.
""",
        [
            ("set up to fail", "Tanya Ruel"),
            ("set up to fail,", "Tanya Ruel"),
            ("We're not against housing.", "Tanya Ruel"),
            ("What we're against is being", "Tanya Ruel"),
            ("You can't put 2,900 homes", "Tanya Ruel"),
            ("Every community in B.C. needs", "Ministry of Housing"),
            ("We will continue working with", "Ministry of Housing"),
            ("a rounding error", "Tanya Ruel"),
            ("Municipalities don't build houses.", "Harold Nyquist"),
            ("If interest rates are high", "Harold Nyquist"),
            ("Sometimes you need someone from", "Mei-Lin Gao"),
        ],
    ),
    (
        """RM residents fed up as boil-water advisory enters eighth month

By Kyle Dumont

Residents of the hamlet of Renfrew Lake say they're running out of patience after a boil-water advisory in their community stretched into its eighth month this week with no firm date for it to be lifted.

The Saskatchewan Water Security Agency issued the precautionary advisory in June after routine testing found problems with the hamlet's aging treatment plant, which serves about 140 homes in the Rural Municipality of Prairie Rose No. 318.

"We've been hauling jugs of water from Humboldt since summer," said Loretta Sauer, who has lived in Renfrew Lake for 31 years. "My husband's 78. This isn't something we can keep doing forever."

Reeve Bernie Kowalchuk said the RM has ordered replacement parts for the plant's filtration system, but delivery has been delayed twice.

"Believe me, nobody wants this fixed more than council does," Kowalchuk said Monday. "We're a small RM with a small budget, and we're doing everything we can with what we have."

According to Kowalchuk, the parts are now expected to arrive in March. Once they are installed, the plant will need to pass several rounds of testing before the agency will consider lifting the advisory.

A Water Security Agency official, who was not authorized to speak publicly, said the agency has been in regular contact with the RM and described the delays as "frustrating but not unusual" for small systems.

In a written response to questions, the agency said the advisory "will remain in place until the water system can consistently produce safe drinking water."

Some residents say the RM should have seen the problem coming. A 2019 engineering review, obtained by the newspaper, recommended replacing the plant's filters within five years.

Dale Fehr, who ran unsuccessfully for council in 2020, said the warning was ignored.

"They had the report. They knew," Fehr said. "Every year it got pushed down the list because there was always a grid road that needed gravel."

Kowalchuk disputed that account, saying council had set money aside for the work but that costs had risen sharply since the pandemic.

"Hindsight's easy," he said.

Local MLA Shauna Pelletier said she has raised the issue with Environment Minister Travis Ekstrom and is pushing for emergency funding.

"Nobody in Saskatchewan should have to boil their water for eight months," Pelletier said. "I've asked the minister to treat this as the emergency it is."

A spokesperson for the ministry said it is reviewing the request.

Meanwhile, the RM has arranged for a bottled-water delivery every two weeks at the community hall, a service Sauer called "better than nothing, but only just."
""",
        [
            ("We've been hauling jugs of", "Loretta Sauer"),
            ("My husband's 78.", "Loretta Sauer"),
            ("Believe me, nobody wants this", "Bernie Kowalchuk"),
            ("We're a small RM with", "Bernie Kowalchuk"),
            ("frustrating but not unusual", "Water Security Agency official"),
            ("will remain in place until", "Saskatchewan Water Security Agency"),
            ("They had the report.", "Dale Fehr"),
            ("Every year it got pushed", "Dale Fehr"),
            ("Hindsight's easy,", "Bernie Kowalchuk"),
            ("Nobody in Saskatchewan should have", "Shauna Pelletier"),
            ("I've asked the minister to", "Shauna Pelletier"),
            ("better than nothing, but only", "Loretta Sauer"),
        ],
    ),
    (
        """Language commissioner finds ambulance service fell short in 40% of complaints

Report says staffing shortages in northern N.B. left some patients unable to get service in French

Hélène Arsenault · CBC News

New Brunswick's official languages commissioner says the province's ambulance service violated the Official Languages Act in nearly 40 per cent of the complaints her office investigated last year.

Commissioner Martine Leblanc-Roy released the annual report of the Office of the Commissioner of Official Languages for New Brunswick, titled "Two Languages, One Standard," on Thursday in Fredericton.

Of the 62 complaints her office investigated involving Ambulance Nouveau-Brunswick, 24 were found to be valid. Most involved paramedics who could only speak English responding to calls from French-speaking patients in the Miramichi and Restigouche regions.

"When someone calls for an ambulance, they are often at the most vulnerable moment of their life," Leblanc-Roy told reporters. "That is precisely the moment when they should be able to speak in the language they are most comfortable in."

She said the ambulance operator has been aware of the problem for years and described its efforts to fix it as "piecemeal at best."

In one case detailed in the report, an elderly man in the Campbellton area who had suffered a fall waited while a paramedic tried to reach a bilingual colleague by phone to translate. The report said the man's daughter was forced to act as an interpreter "while her father was in considerable pain."

Ambulance Nouveau-Brunswick president Curtis Malone said the organization accepts the findings.

"We're not going to argue with the commissioner. Our bilingual service isn't where it needs to be," Malone said in an interview.

He said the service has about 80 paramedic vacancies across the province and that recruiting bilingual staff in rural regions remains "our single biggest challenge."

The service has offered French-language training to more than 100 paramedics since 2022, he said, and is working with community colleges in Bathurst and Dieppe to increase the number of bilingual graduates.

Health Minister Roland Thériault said the province is reviewing the report's 11 recommendations.

"Equal service in both official languages is not optional in this province," he said in a statement. "It's the law."

But Progressive Conservative MLA Greg Sutherland questioned whether the language requirements were making the shortage worse.

"If the choice is between an English-speaking paramedic now or a bilingual one in 40 minutes, I know what most families would choose," Sutherland said.

Leblanc-Roy rejected that framing, calling it a "false choice" that had been used for decades to avoid hiring and training bilingual staff.

"The solution is to recruit and train, not to lower the standard," she said.
""",
        [
            ("When someone calls for an", "Martine Leblanc-Roy"),
            ("That is precisely the moment", "Martine Leblanc-Roy"),
            ("piecemeal at best.", "Martine Leblanc-Roy"),
            ("while her father was in", "Office of the Commissioner of Official Languages for New Brunswick"),
            ("We're not going to argue", "Curtis Malone"),
            ("our single biggest challenge.", "Curtis Malone"),
            ("Equal service in both official", "Roland Thériault"),
            ("It's the law.", "Roland Thériault"),
            ("If the choice is between", "Greg Sutherland"),
            ("false choice", "Martine Leblanc-Roy"),
            ("The solution is to recruit", "Martine Leblanc-Roy"),
        ],
    ),
    (
        """Harwood council approves encampment bylaw after heated nine-hour debate

Advocates say the new rules will push unhoused residents into more dangerous spots

By Priya Raghunathan Staff Reporter

Harwood city council has approved a bylaw that bans tents in city parks during daytime hours, ending a marathon debate that stretched past 2 a.m. Thursday and drew dozens of speakers on both sides.

The bylaw, passed 8-5, allows people to set up tents in designated parks between 7 p.m. and 7 a.m., but requires them to be taken down during the day. It also bans encampments within 50 metres of schools and playgrounds.

Mayor Lisa Ferreira, who voted in favour, said the city had to balance the needs of people living outside with the concerns of neighbours who say they no longer feel safe using some parks.

“I’ve heard from parents who won’t take their kids to Kingsway Park anymore. I’ve heard from people living in those tents who are terrified of what winter is going to bring,” Ferreira said. “Both of those things are true at the same time.”

Ferreira said the city will open an additional 60 shelter beds by December.

Coun. Marcus Obi, who voted against the bylaw, said there are currently not enough shelter spaces in Harwood for everyone who needs one.

“We’re telling people to pack up and move along, but move along to where?” he asked during the debate. “We have a shelter system running at 99 per cent capacity. That is not a plan. That is a displacement policy.”

According to city figures, about 190 people were sleeping outside in Harwood as of the last point-in-time count in April, up from 110 two years earlier.

Renée Bastarache, executive director of the Harwood Street Health Collective, said enforcement tends to scatter people into ravines and under bridges, where outreach workers have trouble finding them.

“When people move, we lose them,” she said. “We lose track of their medications, their wound care, their appointments. Every time there’s an enforcement sweep, we start from scratch.”

Her organization, she added, will be “watching very closely” how the bylaw is enforced.

A city staff member involved in drafting the bylaw, who asked not to be named because they were not authorized to speak to the media, said enforcement would initially focus on education rather than fines.

“Nobody is going to be showing up with a dump truck on day one,” the staffer said.

In a statement, the City of Harwood said bylaw officers “will work alongside outreach teams” and that belongings removed from parks will be stored for 30 days.

The bylaw takes effect Nov. 1. Council also voted to ask staff to report back in six months on how it is working.
""",
        [
            ("I’ve heard from parents who", "Lisa Ferreira"),
            ("Both of those things are", "Lisa Ferreira"),
            ("We’re telling people to pack", "Marcus Obi"),
            ("We have a shelter system", "Marcus Obi"),
            ("When people move, we lose", "Renée Bastarache"),
            ("We lose track of their", "Renée Bastarache"),
            ("watching very closely", "Renée Bastarache"),
            ("Nobody is going to be", "city staff member involved in drafting the bylaw"),
            ("will work alongside outreach teams", "City of Harwood"),
        ],
    ),
    (
        """Residents vow to fight quarry approval near Whitehead Cove

By Colleen MacAskill

Residents of a small Eastern Shore fishing community say they will appeal the province's decision to approve a granite quarry less than two kilometres from their homes.

Nova Scotia Environment Minister Kevin Sampson granted Atlantic Aggregate Holdings Ltd. an industrial approval for the 34-hectare quarry near Whitehead Cove late last week, subject to 27 conditions on blasting, dust and water monitoring.

Theresa Boutilier, who chairs the Whitehead Cove Community Association, said the group was "stunned" by the decision.

"We sent in over 300 letters. We had hydrologists, we had fishermen, we had people whose families have been here for six generations," she said in an interview Monday.

"Not one of our concerns about the wells was addressed in a meaningful way. They added a condition that says the company has to monitor the wells. Monitoring a problem isn't the same as preventing it.

"If our water goes, it goes. You can't truck in a new aquifer."

The association has 30 days to file an appeal.

In a statement, the Department of Environment and Climate Change said the application "underwent a thorough review" and that the conditions are "among the most stringent" applied to a quarry in the province.

Sampson was not available for an interview.

Atlantic Aggregate Holdings, based in Dartmouth, says the quarry will create about 20 full-time jobs and supply crushed stone for highway projects in the region.

"We have operated quarries in Nova Scotia for more than 40 years, and we take our responsibilities to neighbouring communities seriously," the company said in an emailed statement. It said it will hold a public information session before any work begins.

Local lobster fisherman Wade Conrad said he is worried about runoff into the cove, where about a dozen boats fish in season.

"That harbour is our livelihood," Conrad said. "Everybody says it'll be fine until it isn't."

Eastern Shore MLA Dianne Rafuse, whose party sits in opposition, said she will ask the government to release the full technical review.

"If the department is so confident in its decision, then it should have no problem showing people the science behind it," Rafuse said.

A retired provincial geologist who reviewed the application for the community association and asked not to be named, fearing it could affect consulting work, said the company's groundwater study relied on "a handful of test wells drilled in a single season."

"That's not enough to understand how water moves through fractured granite," the geologist said.
""",
        [
            ("stunned", "Theresa Boutilier"),
            ("We sent in over 300", "Theresa Boutilier"),
            ("Not one of our concerns", "Theresa Boutilier"),
            ("If our water goes, it", "Theresa Boutilier"),
            ("underwent a thorough review", "Department of Environment and Climate Change"),
            ("among the most stringent", "Department of Environment and Climate Change"),
            ("We have operated quarries in", "Atlantic Aggregate Holdings Ltd."),
            ("That harbour is our livelihood,", "Wade Conrad"),
            ("Everybody says it'll be fine", "Wade Conrad"),
            ("If the department is so", "Dianne Rafuse"),
            ("a handful of test wells", "retired provincial geologist"),
            ("That's not enough to understand", "retired provincial geologist"),
        ],
    ),
    (
        """Alberta bill giving cabinet power to remove councillors sparks backlash from mayors

Matt Sorensen
Edmonton

Mayors across Alberta are pushing back against proposed legislation that would give the provincial cabinet power to remove municipal councillors and overturn local bylaws, with one calling it “the biggest attack on local democracy in a generation.”

Bill 31, introduced in the legislature Tuesday by Municipal Affairs Minister Brent Hollinger, would allow cabinet to order a councillor removed from office if it determines doing so is in the public interest, and to repeal any municipal bylaw it believes conflicts with provincial priorities.

Hollinger said the powers would be used rarely.

“This is a tool of last resort,” he told reporters at the legislature. “Albertans expect their local governments to function, and in the very small number of cases where they don’t, the province needs to be able to step in.”

But Mayor Sandra Okafor of Bow Ridge, who also chairs the mid-sized cities caucus of Alberta Municipalities, said the bill’s language is so broad that it could be used against councils simply for disagreeing with the government.

“Who decides what the public interest is? Under this bill, it’s a handful of people around the cabinet table,” Okafor said. “Voters elect councillors. Voters should be the ones who remove them.”

Alberta Municipalities, which represents more than 260 communities, said in a statement it was not consulted on the bill and called for it to be withdrawn. The organization said the legislation “undermines the principle that councils are accountable to the people who elect them.”

Mayor Ray Lindqvist of Pembina Flats was more blunt.

“I’ve been in municipal politics for 22 years and I have never seen anything like this,” he said. “It’s the biggest attack on local democracy in a generation, full stop.”

A senior government official, speaking on background because they were not authorized to discuss internal deliberations, said the bill was drafted partly in response to a dispute last year in which a rural county council refused to comply with a provincial order on a gravel road closure.

“There was frustration that the minister’s hands were tied,” the official said.

Opposition municipal affairs critic Naveen Sidhu said the government was “picking a fight with the only level of government Albertans still trust.”

Sidhu pointed to a recent poll by Calgary firm Northgate Insights that found 58 per cent of Albertans trust their local council more than the provincial government.

Asked whether the province would consider amendments, Hollinger said: “We’re always open to hearing feedback. But I’m not going to apologize for making sure municipalities are accountable.”

The bill is expected to go to second reading next week.
""",
        [
            ("the biggest attack on local", "Ray Lindqvist"),
            ("This is a tool of", "Brent Hollinger"),
            ("Albertans expect their local governments", "Brent Hollinger"),
            ("Who decides what the public", "Sandra Okafor"),
            ("Voters elect councillors. Voters should", "Sandra Okafor"),
            ("undermines the principle that councils", "Alberta Municipalities"),
            ("I’ve been in municipal politics", "Ray Lindqvist"),
            ("It’s the biggest attack on", "Ray Lindqvist"),
            ("There was frustration that the", "senior government official"),
            ("picking a fight with the", "Naveen Sidhu"),
            ("We’re always open to hearing", "Brent Hollinger"),
        ],
    ),
]
