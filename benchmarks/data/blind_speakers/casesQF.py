CASES = [
    (
        """Rents in midland towns rising fastest as supply dries up, report finds

Aoife Brennock Social Affairs Correspondent

Rents in commuter towns across the midlands rose by almost 11 per cent in the year to June, outpacing increases in Dublin for the first time, according to a report by the property website LetHome.ie.

The report, published on Tuesday, found the average monthly rent in Co Westmeath had reached €1,742, while in Co Longford it climbed to €1,398, an increase of 12.4 per cent on the same period last year.

“What we’re seeing is the pressure that has built up in Dublin over a decade spilling out along the motorways,” said Dr Colm Fahey, an economist with the Eastern Policy Institute and the report’s author.

“People are moving to Mullingar, Tullamore and Edgeworthstown because they cannot afford to rent in Lucan or Swords, and they are finding that those towns simply don’t have the stock either.”

Only 214 homes were available to rent across Longford, Westmeath, Offaly and Laois on August 1st, the report said, down from more than 600 at the same point five years ago.

Dr Fahey said the figures showed the rent pressure zone system had been “a blunt instrument” which had done little to address what he called “the fundamental problem of supply”.

Tenants First Ireland, a charity which advises renters, said it had seen a 40 per cent rise in calls from the midlands so far this year. Its chief executive, Siobhán Nic Giolla, said many of those contacting the service had received notices of termination because their landlord intended to sell.

“We are hearing from families who have been in the same home for eight or nine years and who are now being told they have to leave,” she said. “In many cases there is nowhere else for them to go in the same town, and children are being taken out of their schools.”

A spokesman for the Department of Housing said more than 32,000 new homes were completed last year and that “supply is increasing in every county”.

“The Minister is acutely aware of the pressures renters are facing, and the measures announced in June will extend protections to tenants in all parts of the country,” the spokesman said.

Independent TD for Longford-Westmeath Martina Keaveney said the report should be “a wake-up call” for the Government.

“Every week in my constituency office I meet people who are working full-time and still can’t keep a roof over their heads,” she said. “These are nurses, gardaí, people working in the factories in Athlone. They are not asking for handouts, they are asking for somewhere to live.”""",
        [
            ("What we’re seeing is the", "Colm Fahey"),
            ("People are moving to Mullingar,", "Colm Fahey"),
            ("a blunt instrument", "Colm Fahey"),
            ("the fundamental problem of supply", "Colm Fahey"),
            ("We are hearing from families", "Siobhán Nic Giolla"),
            ("In many cases there is", "Siobhán Nic Giolla"),
            ("supply is increasing in every", "spokesman"),
            ("The Minister is acutely aware", "spokesman"),
            ("a wake-up call", "Martina Keaveney"),
            ("Every week in my constituency", "Martina Keaveney"),
            ("These are nurses, gardaí, people", "Martina Keaveney"),
        ],
    ),
    (
        """Almost 9,000 waiting over a year for orthopaedic appointment at Ballycorrig hospital

More than 8,900 patients have been waiting longer than a year for an outpatient orthopaedic appointment at University Hospital Ballycorrig, according to new figures from the National Waiting List Office.

The figures, which cover the period to the end of September, show that 2,140 of those patients have been waiting more than three years.

The hospital's clinical director, Dr Fergal Moynihan, said the service was "running to stand still".

"We have 11 orthopaedic surgeons serving a population of close to 400,000 people. The international norm would be at least double that," Dr Moynihan told RTÉ News.

He said access to operating theatres was "the single biggest constraint", with planned surgery frequently cancelled when the emergency department was overcrowded.

"On a bad week, and we have a lot of bad weeks in the winter, we might lose three or four full theatre lists," he said.

"Every one of those lists is six or seven patients who were ready, who had taken the time off work, who had arranged someone to mind the children, and who are sent home."

Bridget Conneely, 67, from Drumcarra, has been waiting 26 months for a hip replacement.

"I can't walk to the end of the garden without stopping. I used to mind my grandchildren two days a week and I had to give that up," she said.

Her son, Martin Conneely, said the family had looked into travelling to Northern Ireland for the operation under the cross-border scheme but could not afford the upfront cost.

"We were told it would be around €14,000 before we'd get anything back. We just don't have that kind of money sitting there."

In a statement, the Irish Society of Hospital Specialists said the figures were "entirely predictable" after years of difficulty recruiting consultants to the region.

"Posts remain unfilled across the Mid-West because the conditions simply are not there to attract specialists, and patients are paying the price," the statement said.

A spokeswoman for the Shannon Health Region said it had reduced the number of patients waiting more than 18 months by 22% since January.

"We acknowledge that waiting times in some specialties are longer than we would want, and we apologise to any patient affected," she said.

She added that a new elective surgery centre on the Ballycorrig campus was due to open in 2027 and would provide four additional theatres.""",
        [
            ("running to stand still", "Fergal Moynihan"),
            ("We have 11 orthopaedic surgeons", "Fergal Moynihan"),
            ("the single biggest constraint", "Fergal Moynihan"),
            ("On a bad week, and", "Fergal Moynihan"),
            ("Every one of those lists", "Fergal Moynihan"),
            ("I can't walk to the", "Bridget Conneely"),
            ("We were told it would", "Martin Conneely"),
            ("entirely predictable", "Irish Society of Hospital Specialists"),
            ("Posts remain unfilled across the", "Irish Society of Hospital Specialists"),
            ("We acknowledge that waiting times", "spokeswoman"),
        ],
    ),
    (
        """‘We got what we deserved’ – Hession pulls no punches after Clonbrack’s final defeat

Declan Furlong

Clonbrack manager Tadhg Hession admitted his side “got what we deserved” after they were comprehensively beaten by St Fintan’s in yesterday’s county senior football final at MacDermott Park.

St Fintan’s, chasing a first title since 2009, won 2-14 to 0-11, with corner-forward Ruairí Gilsenan scoring 1-6, and the result was never in doubt after Eoghan Carty’s goal in the 41st minute.

“They wanted it more than us, simple as that,” Hession told reporters afterwards. “We spoke all week about matching their intensity around the middle and we didn’t do it. When you lose the kick-outs the way we lost them today, you’re not going to win a county final.”

The holders, who had beaten St Fintan’s by eight points in the group stage, were without full-back Shane Melvin, who injured his hamstring in the semi-final, and lost midfielder Conor Dagg to a black card before half-time.

Hession refused to use the absences as an excuse. “Every team is missing somebody at this time of year. We’re not going to hide behind that.”

For St Fintan’s captain Pádraig Rooney, the victory ended 15 years of frustration for a club which had lost four finals in that time.

“I was a minor the last time we won it, sitting on the bench,” Rooney said. “There are lads in that dressing room who have given 15 or 16 years to this club and never got a medal. To see their faces out there, it’s hard to describe.”

St Fintan’s manager Liam Gormley, a former county player, paid tribute to his backroom team and to Gilsenan, who he described as “the best forward in the county by a distance”.

“Ruairí has put in an unbelievable amount of work over the last two years. He was in the gym at seven in the morning before work all through the winter,” Gormley said. “Days like today are the reward for that.”

St Fintan’s will now represent the county in the Connacht club championship, where they will meet the Galway champions in a quarter-final in three weeks’ time.

Gormley said there would be “a bit of celebrating” before attention turned to the provincial campaign.

“We’ll enjoy tonight, and we’ll enjoy tomorrow, but I’d say we’ll be back training on Thursday,” he said.""",
        [
            ("We got what we deserved", "Tadhg Hession"),
            ("got what we deserved", "Tadhg Hession"),
            ("They wanted it more than", "Tadhg Hession"),
            ("We spoke all week about", "Tadhg Hession"),
            ("Every team is missing somebody", "Tadhg Hession"),
            ("I was a minor the", "Pádraig Rooney"),
            ("There are lads in that", "Pádraig Rooney"),
            ("the best forward in the", "Liam Gormley"),
            ("Ruairí has put in an", "Liam Gormley"),
            ("Days like today are the", "Liam Gormley"),
            ("a bit of celebrating", "Liam Gormley"),
            ("We’ll enjoy tonight, and we’ll", "Liam Gormley"),
        ],
    ),
    (
        """Appeals board overturns refusal for 180-home scheme on edge of Carrigmore

Seán Dineen

An Bord Pleanála has granted planning permission for 180 homes on the outskirts of Carrigmore in East Cork, overturning Cork County Council's refusal of the scheme last year.

The council had refused the application by Oakfield Residential in March of last year, finding that the development would "endanger public safety by reason of traffic hazard" on the Ballinvarrig Road and that the risk of flooding from the nearby Dourus stream had not been properly assessed.

However, the board's inspector, Gerard Tallon, said in his report that the developer's revised proposals, including a new roundabout and a widened footpath to the village centre, addressed those concerns.

"Having regard to the upgraded junction arrangements, I am satisfied that the proposed development would not give rise to a traffic hazard," Mr Tallon wrote.

He added that the site-specific flood risk assessment submitted on appeal was "robust" and that no homes would be built within the area identified as being at risk of a one-in-100-year flood.

The Carrigmore Community Alliance, which made a submission opposing the appeal, said residents were "deeply disappointed".

"This village has a primary school that is already full, a GP practice that isn't taking new patients, and one road in and out," said Noreen Barrett, the group's secretary. "Nobody here is against housing. We're against housing being dropped on us without a single piece of infrastructure to go with it."

Ms Barrett said the group would take legal advice on whether to seek a judicial review of the decision.

In a statement, Oakfield Residential welcomed the decision and said it hoped to begin construction in the spring.

"This scheme will deliver much-needed homes for families in East Cork, including 36 social and affordable units, and we look forward to working with the local community as the project progresses," the company said.

Independent councillor Ger Twomey, who had opposed the application, said the decision showed "a complete disconnect" between national planning policy and what was happening on the ground.

"The council's own engineers said that road couldn't take it. Now someone in Dublin who has probably never driven it has decided otherwise," he said.

Under the permission, the homes will be built in three phases over five years. The board attached 24 conditions, including a requirement that the roundabout be completed before any of the homes are occupied.""",
        [
            ("endanger public safety by reason", "Cork County Council"),
            ("Having regard to the upgraded", "Gerard Tallon"),
            ("robust", "Gerard Tallon"),
            ("deeply disappointed", "Carrigmore Community Alliance"),
            ("This village has a primary", "Noreen Barrett"),
            ("Nobody here is against housing.", "Noreen Barrett"),
            ("This scheme will deliver much-needed", "Oakfield Residential"),
            ("a complete disconnect", "Ger Twomey"),
            ("The council's own engineers said", "Ger Twomey"),
        ],
    ),
    (
        """'People are losing hope' - councillors hit out over housing list

By Ciarán Mulrooney

Councillors in the Kilbrannagh Municipal District have called for an urgent meeting with the Department of Housing after it emerged that more than 1,100 households are now on the social housing list in the district.

The figure was presented to last week's monthly meeting by the council's director of housing, Ms Deirdre Kenny, who said 146 new applications had been approved since January.

Cllr Paddy Joe Madden (FF) said he had never seen the situation as bad in 19 years as a public representative.

'I have a couple in their seventies living in a mobile home with no proper heating. I have a young mother and two children sleeping in her own mother's sitting room in Tullynagh.

'People are losing hope, and I don't blame them,' he said.

Cllr Orla Finnerty (SF) said the council had built just 23 homes in the district in the last three years. 'That is not a housing programme, that's a rounding error,' she said.

She asked why a site at Knockbrack purchased by the council in 2019 remained undeveloped.

Ms Kenny told the meeting that a design team had been appointed for the Knockbrack site and that a Part 8 planning application would be brought before councillors 'early in the new year'.

'I understand the frustration of members, and I share it,' she said. 'We are constrained by the funding approvals process, and every scheme has to go through four stages of approval before a shovel goes in the ground.'

She said the council had also bought 31 vacant homes under the buy-and-renew scheme and refurbished a further 18 of its own long-term vacant units since 2022.

Cllr Tom Keegan (Ind) said that was welcome but called on the council to make greater use of compulsory purchase orders on derelict properties in the town centres.

'You can walk down the main street in Kilbrannagh and count nine or ten houses with the windows boarded up. Some of them have been like that since I was at school,' he said.

Cathaoirleach Cllr Maura Gallagher proposed that the district write to the Minister for Housing seeking a meeting. The motion was seconded by Cllr Finnerty and passed unanimously.

'We can't keep coming into this chamber every month and reading out the same figures,' Cllr Gallagher said. 'Something has to change.'""",
        [
            ("People are losing hope", "Paddy Joe Madden"),
            ("I have a couple in", "Paddy Joe Madden"),
            ("People are losing hope, and", "Paddy Joe Madden"),
            ("That is not a housing", "Orla Finnerty"),
            ("early in the new year", "Deirdre Kenny"),
            ("I understand the frustration of", "Deirdre Kenny"),
            ("We are constrained by the", "Deirdre Kenny"),
            ("You can walk down the", "Tom Keegan"),
            ("We can't keep coming into", "Maura Gallagher"),
            ("Something has to change.", "Maura Gallagher"),
        ],
    ),
    (
        """Minister "not satisfied" as over 4,000 children wait more than a year for hospital appointment

THE MINISTER FOR Health has said she is "not satisfied" with waiting times for children's outpatient appointments after figures showed more than 4,000 children have been waiting over a year to see a specialist.

Figures from the National Waiting List Office show that 4,212 children were waiting more than 12 months for a first outpatient appointment at the end of last month, with the longest waits in ear, nose and throat (ENT), orthopaedics and paediatric neurology.

Raising the issue during Leaders' Questions in the Dáil this afternoon, Independent TD Róisín Cregan said the figures represented a failure of successive governments.

"Behind each of these numbers is a child whose development is being put on hold. A child who can't hear properly in the classroom. A child whose spine is curving a little more every month they wait," Cregan said.

She said the situation facing one family in her constituency, whose eight-year-old son had been told he faced a wait of two and a half years for an ENT appointment, was "nothing short of a scandal".

Responding, Health Minister Gráinne Tuohy said the number of children waiting over a year had fallen by 9% in the past twelve months, but acknowledged "there is a great deal more to do".

"I am not satisfied with where we are. No parent should have to watch their child wait that long, and I want to be very clear that this is a priority for me and for the Government," she said.

Tuohy said funding had been allocated for additional weekend clinics at three children's hospitals, which she said would see an extra 6,000 children by the end of next year.

In a statement this evening, Scoliosis Families Ireland said the minister's comments were "welcome but not new".

"We have heard successive ministers tell us they are not satisfied. What families need is a date for surgery, not another commitment," the statement said.

The group said that some children with scoliosis had waited so long that their condition had progressed to the point where more complex surgery was now required.

A consultant paediatrician at one Dublin hospital, who asked not to be named, told this website that a shortage of clinic space was now as big a problem as a shortage of staff.

"We have consultants who could see more patients, but there is literally not a room to put them in on certain days. We're running clinics out of spaces that were never designed for it," the consultant said.""",
        [
            ("not satisfied", "Gráinne Tuohy"),
            ("not satisfied", "Gráinne Tuohy"),
            ("Behind each of these numbers", "Róisín Cregan"),
            ("nothing short of a scandal", "Róisín Cregan"),
            ("there is a great deal", "Gráinne Tuohy"),
            ("I am not satisfied with", "Gráinne Tuohy"),
            ("welcome but not new", "Scoliosis Families Ireland"),
            ("We have heard successive ministers", "Scoliosis Families Ireland"),
            ("We have consultants who could", "consultant paediatrician at one Dublin hospital"),
        ],
    ),
    (
        """Waterford’s Cathal Phelan calls time on inter-county career after 13 seasons

Waterford defender Cathal Phelan has announced his retirement from inter-county hurling after 13 seasons, saying his body “can’t keep up with the demands any more”.

The 33-year-old Glenmore Rovers clubman, a two-time All Star, made the announcement in a statement posted on social media on Monday evening.

“It has been the honour of my life to wear the white and blue,” he wrote. “From the first day I walked into the dressing room as a 19-year-old, I was surrounded by people who gave everything for Waterford, and I hope I did the same.”

Phelan said a series of hamstring and groin injuries over the past two seasons had effectively made the decision for him.

“I could probably have squeezed out another year, but I wouldn’t have been the player I want to be, and the lads deserve better than that,” he said.

“I want to thank my wife Aisling, who has put up with more than anyone, and my parents, who drove me to every training session from the under-12s on.”

Waterford manager Enda Kiely said Phelan had been “the heartbeat of the dressing room” for more than a decade.

“Cathal is the kind of player every manager wants,” Kiely said. “He never missed a session he could make, he never complained, and he always put the team first. He’ll be a huge loss to us, but he’s earned the right to go out on his own terms.”

Phelan made his senior championship debut against Cork in 2013 and went on to make 71 championship appearances, captaining the county in 2021.

Former Waterford goalkeeper Jamie Keevers, who played alongside Phelan for nine seasons, said his influence extended well beyond the pitch.

“He was the one who’d ring you at 11 o’clock at night if he thought you were in bad form,” Keevers told The Irish Times. “Nobody outside the group saw that side of him.”

Phelan, who teaches in a secondary school in Dungarvan, said he intends to continue playing with his club.

“Glenmore gave me everything, and I’m not finished with them yet,” he said.""",
        [
            ("can’t keep up with the", "Cathal Phelan"),
            ("It has been the honour", "Cathal Phelan"),
            ("From the first day I", "Cathal Phelan"),
            ("I could probably have squeezed", "Cathal Phelan"),
            ("I want to thank my", "Cathal Phelan"),
            ("the heartbeat of the dressing", "Enda Kiely"),
            ("Cathal is the kind of", "Enda Kiely"),
            ("He never missed a session", "Enda Kiely"),
            ("He was the one who’d", "Jamie Keevers"),
            ("Nobody outside the group saw", "Jamie Keevers"),
            ("Glenmore gave me everything, and", "Cathal Phelan"),
        ],
    ),
    (
        """Plans for 96-bedroom hotel at Derrylea Bay refused on appeal

By Bríd Ní Chonghaile

Plans for a 96-bedroom hotel and spa overlooking Derrylea Bay have been refused by An Bord Pleanála, more than two years after Galway County Council granted permission for the development.

The board ruled that the four-storey building would ‘seriously injure the visual amenities of the area’ and would contravene landscape policies in the county development plan.

The developer, Atlantic Edge Hospitality Ltd, had argued that the hotel would create 70 full-time jobs and up to 40 more during the summer season.

The decision was welcomed by the group which lodged the appeal.

‘We’re delighted, and relieved,’ said Peadar Ó Cadhain, chairman of the Derrylea Bay Preservation Group. ‘This is one of the most unspoilt stretches of coastline in the west of Ireland, and once you put a building like that on it, you can never take it back.’

But local publican Caitríona Joyce said the decision was ‘a body blow’ for the area.

‘We lose young people every September. They finish school and they’re gone to Galway or Dublin or Australia, because there’s no work here outside of the summer,’ she said. ‘Seventy jobs would have kept families in this parish.’

In a statement, Atlantic Edge Hospitality said it was ‘extremely disappointed’ and was ‘considering all options’, including a challenge in the High Court.

According to a source close to the company, investors had already committed more than €30 million to the project and would be reluctant to wait for the outcome of a fresh application.

‘There’s only so long money like that sits around waiting for a decision,’ the source said.

Local councillor Seosamh Ó Máille (FF), who had supported the application, said the length of time taken to decide the appeal showed the planning system was ‘broken’.

‘Two years for a decision on a hotel. Two years. Nobody in Dublin seems to understand what that means for a place like this,’ Cllr Ó Máille said.

The board’s decision went against the recommendation of its own inspector, who had advised that permission be granted subject to 31 conditions.

In its order, the board said it ‘did not concur’ with the inspector’s assessment of the visual impact of the building when viewed from the coast road and from the water.

The site, a former fish processing yard, has been vacant since 2011.""",
        [
            ("seriously injure the visual amenities", "An Bord Pleanála"),
            ("We’re delighted, and relieved,", "Peadar Ó Cadhain"),
            ("This is one of the", "Peadar Ó Cadhain"),
            ("a body blow", "Caitríona Joyce"),
            ("We lose young people every", "Caitríona Joyce"),
            ("Seventy jobs would have kept", "Caitríona Joyce"),
            ("extremely disappointed", "Atlantic Edge Hospitality Ltd"),
            ("considering all options", "Atlantic Edge Hospitality Ltd"),
            ("There’s only so long money", "source close to the company"),
            ("broken", "Seosamh Ó Máille"),
            ("Two years for a decision", "Seosamh Ó Máille"),
            ("did not concur", "An Bord Pleanála"),
        ],
    ),
]
