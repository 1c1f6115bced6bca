CASES = [
    (
        """Taoiseach defends housing record as Opposition cites missed targets

Ciarán Moloney, Political Correspondent

Taoiseach Declan Furlong has insisted the Government is "on course" to meet its revised housing targets, despite new figures showing that completions in the first half of the year fell almost 12 per cent short of projections.

During heated exchanges in the Dáil on Tuesday, Sinn Féin leader Mairéad Cullinane said the figures exposed "a Government that has run out of road and run out of excuses".

"Every week in this chamber the Taoiseach tells us that the corner has been turned," Ms Cullinane said. "Meanwhile there are 14,000 people in emergency accommodation, including more than 4,000 children. Families in my own constituency are being told to wait eight, nine, ten years for a council house. That is not a corner being turned. That is a system that has broken down."

Mr Furlong responded that the quarterly figures reflected "a seasonal pattern we see every single year" and that completions typically accelerated in the second half of the year.

"I am not going to stand here and pretend that everything is perfect. It isn't," he said. "But the Deputy knows well that commencement notices are at their highest level in over a decade, and commencements become completions. That is simply how construction works."

He added that the Government would bring forward legislation before the summer recess to speed up planning decisions on large-scale residential developments.

Labour's housing spokesman, Deputy Fergal Nestor, accused the Taoiseach of "cherry-picking" statistics. Speaking outside Leinster House afterwards, he told reporters that the State had "consistently overpromised and underdelivered" on social and affordable homes.

"Commencement notices don't put a roof over anyone's head," Mr Nestor said. "We have heard this story before, and every time the deadline just moves."

A spokesman for the Department of Housing said the department "does not accept" that targets had been abandoned and that a revised delivery plan would be published in the autumn.

Senior Government sources said privately there was frustration within Cabinet at the pace of delivery by some local authorities. One Minister said the numbers were "not where anyone wants them to be" but argued that the trend line was "heading in the right direction".

The Dáil is expected to debate an Opposition motion on housing next week.
""",
        [
            ("on course", "Declan Furlong"),
            ("a Government that has run", "Mairéad Cullinane"),
            ("Every week in this chamber", "Mairéad Cullinane"),
            ("Meanwhile there are 14,000 people", "Mairéad Cullinane"),
            ("a seasonal pattern we see", "Declan Furlong"),
            ("I am not going to", "Declan Furlong"),
            ("But the Deputy knows well", "Declan Furlong"),
            ("cherry-picking", "Fergal Nestor"),
            ("consistently overpromised and underdelivered", "Fergal Nestor"),
            ("Commencement notices don't put a", "Fergal Nestor"),
            ("We have heard this story", "Fergal Nestor"),
            ("does not accept", "spokesman"),
            ("not where anyone wants them", "Minister"),
            ("heading in the right direction", "Minister"),
        ],
    ),
    (
        """Councillors vote down plan for pay parking in Kilcarrig town centre

By Aoife Gilmartin

Plans to introduce pay parking on Kilcarrig’s Main Street have been shelved after councillors in the Kilcarrig-Belmore Municipal District voted against the proposal at their monthly meeting on Monday.

The proposal, brought forward by council officials, would have seen charges of €1.20 per hour introduced for on-street spaces from January, with the revenue ring-fenced for footpath and public lighting works in the town.

Cllr Bríd Tuohy (FF) said she had been contacted by “dozens and dozens” of traders who feared the charges would drive shoppers to the retail park on the outskirts of the town, where parking is free.

“We are fighting for the survival of the town centre,” she said. “Every time a shop closes on Main Street, it doesn’t reopen. You put a parking meter outside the door and you might as well put a padlock on it.”

Her comments were echoed by Cllr Tommy Halligan (Ind), who described the scheme as “a tax on people coming in to spend money in their own town”.

However, Cllr Niamh Corrigan (GP) argued that free parking was never really free, and that the council had a responsibility to encourage people out of their cars where possible.

“I understand the concerns of the traders, I really do,” Cllr Corrigan said. “But we have a town where the footpaths are in bits, where there’s no safe way for a child to walk to school, and we are turning down a source of funding that would fix that.”

District manager Paul Loughnane told the meeting that the proposal followed a traffic survey which found that a significant proportion of spaces on Main Street were occupied by the same vehicles all day.

“What we’re seeing is that the spaces that should be turning over for shoppers are being taken up by people who park at half eight in the morning and leave at six,” Mr Loughnane said. He said the executive would “reflect on the views expressed” and could return to members with an amended proposal.

Kilcarrig Chamber of Commerce welcomed the outcome. In a statement issued after the meeting, the chamber said it was “relieved that common sense has prevailed” and called for talks with council management on alternatives such as a disc parking system.

The proposal was defeated by five votes to two.
""",
        [
            ("dozens and dozens", "Bríd Tuohy"),
            ("We are fighting for the", "Bríd Tuohy"),
            ("Every time a shop closes", "Bríd Tuohy"),
            ("a tax on people coming", "Tommy Halligan"),
            ("I understand the concerns of", "Niamh Corrigan"),
            ("But we have a town", "Niamh Corrigan"),
            ("What we’re seeing is that", "Paul Loughnane"),
            ("reflect on the views expressed", "Paul Loughnane"),
            ("relieved that common sense has", "Kilcarrig Chamber of Commerce"),
        ],
    ),
    (
        """Flood scheme overspend 'unacceptable', Oireachtas committee told

Eoin Crowley

The chief executive of the body overseeing a flood relief scheme in Ballyvane, Co Cork, has told an Oireachtas committee that a €9.4 million overrun on the project was "unacceptable" and that he took "full responsibility" for failures in its management.

Gerard Kinsella, chief executive of the Southern Waterways Authority, appeared before the Public Accounts Committee on Thursday alongside senior officials from the agency, which was set up in 2014 to manage river catchments across Munster.

The scheme, originally costed at €14.2 million, was intended to protect around 300 homes and businesses in the town, which has flooded repeatedly over the past two decades. It is now expected to cost €23.6 million and will not be finished until late next year, three years behind schedule.

Mr Kinsella told the committee: "I want to be very clear with members. The people of Ballyvane were let down. They were promised defences that would be in place before the winter of 2022, and they are still waiting."

According to a report by the Comptroller and Auditor General, which was before the committee, the agency failed to carry out adequate ground investigations before the main contract was awarded. The report found that unforeseen rock conditions "added significantly to both cost and duration" of the works.

Committee chair Deputy Marian Hoare said it was "extraordinary" that a project of this scale had gone to tender without basic site surveys.

"This is not a small operation learning on the job," she said. "This is an agency with an annual budget of €60 million and a staff of over 200. How did nobody ask the question?"

Mr Kinsella said the decision to proceed had been taken because of pressure to get works under way quickly, but accepted that it had been "a mistake in hindsight".

Deputy Colm Ryan, a Cork North-West TD, said residents had endured "years of sandbags and broken promises".

"I have stood in people's kitchens with the water up to their knees," Deputy Ryan said. "They don't care about contract variations. They want to know when this will be finished."

In a statement after the hearing, the Ballyvane Flood Action Group said it welcomed Mr Kinsella's apology but that "words will not stop the river coming into our homes".

The authority is due to provide the committee with a revised programme of works within six weeks.
""",
        [
            ("unacceptable", "Gerard Kinsella"),
            ("unacceptable", "Gerard Kinsella"),
            ("full responsibility", "Gerard Kinsella"),
            ("I want to be very clear", "Gerard Kinsella"),
            ("added significantly to both cost", "Comptroller and Auditor General"),
            ("extraordinary", "Marian Hoare"),
            ("This is not a small operation", "Marian Hoare"),
            ("This is an agency with", "Marian Hoare"),
            ("a mistake in hindsight", "Gerard Kinsella"),
            ("years of sandbags and broken", "Colm Ryan"),
            ("I have stood in people's", "Colm Ryan"),
            ("They don't care about contract", "Colm Ryan"),
            ("words will not stop the", "Ballyvane Flood Action Group"),
        ],
    ),
    (
        """Backbench unease grows over Tánaiste's handling of hospital row

By Sorcha Keaveney, Political Editor

Tánaiste Brendan Madigan is facing growing unease among his own TDs over the Government's handling of the downgrading of emergency services at St Columba's Hospital in Castlebrack, with several backbenchers warning privately that the issue could cost the party seats in the west.

A senior party figure told this newspaper that the mood at last Wednesday's parliamentary party meeting was "the worst I've seen it in years".

"People are coming back from their constituencies on a Tuesday morning and they're getting it in the neck about this hospital," the source said. "There's a sense that the leadership just isn't listening."

The Health Service Executive announced last month that the 24-hour emergency department at St Columba's would be replaced with a daytime injury unit from March, with critically ill patients to be brought to the Midwest Regional Hospital in Kilbrennan, some 70km away.

Deputy Seán Kilbane, who represents the area, said last week that he would "not be found wanting" if a Dáil vote on the issue were called, a remark widely interpreted as a signal that he could vote against the Government.

Speaking to reporters in Castlebrack on Friday, Mr Kilbane declined to elaborate. "I've said what I've said. My priority is the people of this county and the safety of patients, full stop," he said.

Another backbench TD, who asked not to be named, said the issue had been "handled appallingly from day one".

"The HSE made a decision, and instead of getting out in front of it, we hid behind it," the TD said. "Now we're in a situation where we look like we either didn't know or didn't care. Neither is a good look."

Mr Madigan's allies dismiss suggestions of a revolt. One Cabinet colleague described talk of a rebellion as "overblown" and said the Tánaiste retained "the full confidence" of the parliamentary party.

A spokeswoman for the Tánaiste said: "The Tánaiste has met with clinicians and with public representatives from the region and will continue to do so. Patient safety has to be the guiding principle in any reconfiguration of services."

The HSE said in a statement that the changes were based on "clear clinical evidence" that outcomes for seriously ill patients were better at larger centres with round-the-clock specialist cover.

A public meeting organised by the St Columba's Hospital Action Committee is due to take place in Castlebrack on Thursday night.
""",
        [
            ("the worst I've seen it", "senior party figure"),
            ("People are coming back from", "senior party figure"),
            ("There's a sense that the", "senior party figure"),
            ("not be found wanting", "Seán Kilbane"),
            ("I've said what I've said.", "Seán Kilbane"),
            ("handled appallingly from day one", "backbench TD"),
            ("The HSE made a decision,", "backbench TD"),
            ("Now we're in a situation", "backbench TD"),
            ("overblown", "Cabinet colleague"),
            ("the full confidence", "Cabinet colleague"),
            ("The Tánaiste has met with", "spokeswoman"),
            ("clear clinical evidence", "Health Service Executive"),
        ],
    ),
    (
        """Residents vow to fight rezoning of Drumlessa greenfield site

Residents in Drumlessa have vowed to continue their campaign against the rezoning of a 22-acre greenfield site on the edge of the village after councillors voted to include the lands in the draft county development plan.

The decision, taken at a special meeting of Roscommon County Council on Monday, would allow for up to 180 homes to be built on the lands at Clooncarn Road, which are currently zoned for agriculture.

Speaking after the meeting, Mary Flanagan, chairperson of Drumlessa Residents' Association, said the community was 'not against housing' but that the site was the wrong one.

'We have one primary school that's already using prefabs, no footpath out that road, and a waste water treatment plant that the water utility itself says is at capacity,' she said. 'Where are 180 families supposed to go? This has been pushed through without any thought for the people who actually live here.'

The rezoning was proposed by Cllr Martin Geraghty (FG) and seconded by Cllr Lorraine Keogh (SF), both of whom argued that the county needed to plan for population growth.

'Young people from Drumlessa can't afford to live in Drumlessa,' Cllr Geraghty told the meeting. 'They're renting in Knockbride or they're living in the box room at home. If we don't zone land, we can't complain when nothing gets built.'

Cllr Keogh said the lands were 'within walking distance' of the village centre and represented 'the kind of sequential development' that national planning guidelines called for.

The council's chief executive, Anne-Marie Dowd, had recommended against the rezoning. In her report to members, Ms Dowd stated that the lands were 'not required to meet the housing allocation for the settlement over the plan period' and warned that the move could be challenged at a later stage.

A spokesperson for the Office of the Planning Regulator said it would 'review the draft plan in the normal way' once it goes on public display.

Cllr Tom Feerick (Ind), who voted against the motion, said he feared the council was 'storing up trouble' for itself. 'We were told clearly by our own executive that this doesn't stack up, and we went ahead anyway,' he said.

The motion was passed by 11 votes to six, with one abstention. The draft plan will go on public display for ten weeks from next month, and Ms Flanagan said residents would be making 'as many submissions as it takes'.
""",
        [
            ("not against housing", "Mary Flanagan"),
            ("We have one primary school", "Mary Flanagan"),
            ("Where are 180 families supposed", "Mary Flanagan"),
            ("Young people from Drumlessa can't", "Martin Geraghty"),
            ("They're renting in Knockbride or", "Martin Geraghty"),
            ("within walking distance", "Lorraine Keogh"),
            ("the kind of sequential development", "Lorraine Keogh"),
            ("not required to meet the", "Anne-Marie Dowd"),
            ("review the draft plan in", "spokesperson"),
            ("storing up trouble", "Tom Feerick"),
            ("We were told clearly by", "Tom Feerick"),
            ("as many submissions as it", "Mary Flanagan"),
        ],
    ),
    (
        """Dublin councillors back crackdown on short-term letting in north inner city

By Deirdre Fennelly

Dublin City Council has voted to ask the Government for new powers to cap the number of properties used for short-term letting in parts of the north inner city, amid claims that hundreds of homes have been lost to the tourist market.

The motion, proposed by Labour councillor Kevin Mac Giolla Rua, was passed at Monday night’s monthly meeting by 41 votes to nine.

Mr Mac Giolla Rua told the meeting that entire streets in the area had been “hollowed out” by letting platforms.

“There are buildings on Mountview Street where there isn’t a single person living year-round any more,” he said. “There are key safes on every second door.

“Meanwhile, the nurses and gardaí who keep this city going are commuting from Navan and Portlaoise because they can’t find a room. That is not a functioning city.”

According to a report circulated to members, some 1,100 properties in the Dublin 1 and Dublin 7 areas were listed for short-term letting for more than 90 nights last year.

Fianna Fáil councillor Orla Brennock supported the motion but said enforcement of the existing rules was “woefully inadequate”. She said the council had just four planning enforcement officers dealing with short-term letting complaints across the entire city.

“We have rules on the books already. Nobody is enforcing them,” she said. “New powers mean nothing if we don’t resource the people who are meant to use them.”

Independent councillor Derek Whelehan, who voted against, said the motion risked damaging the city’s tourism economy and unfairly targeted families renting out a room to make ends meet.

“This is a sledgehammer to crack a nut,” Mr Whelehan said.

A spokeswoman for the letting platform Roomly, which has about 3,000 listings in Dublin, said the company “shares the council’s goal of more homes for Dubliners”. The company said most of its hosts were “ordinary people sharing their own homes” and called for a national registration system rather than local caps.

The Department of Housing said in a statement that legislation establishing a national register of short-term lets would be brought before the Oireachtas “in the coming months”.

The motion will now be forwarded to the Minister for Housing.
""",
        [
            ("hollowed out", "Kevin Mac Giolla Rua"),
            ("There are buildings on Mountview", "Kevin Mac Giolla Rua"),
            ("There are key safes on", "Kevin Mac Giolla Rua"),
            ("Meanwhile, the nurses and gardaí", "Kevin Mac Giolla Rua"),
            ("woefully inadequate", "Orla Brennock"),
            ("We have rules on the", "Orla Brennock"),
            ("New powers mean nothing if", "Orla Brennock"),
            ("This is a sledgehammer to", "Derek Whelehan"),
            ("shares the council’s goal of", "spokeswoman"),
            ("ordinary people sharing their own", "Roomly"),
            ("in the coming months", "Department of Housing"),
        ],
    ),
    (
        """Independent Hartigan wins Limerick County by-election after marathon count

By Pádraig Sheehy

Independent candidate Joan Hartigan has been elected to the Dáil after winning the Limerick County by-election on the seventh count, ending a campaign that saw the Government parties squeezed in what was once one of their safest constituencies.

Ms Hartigan, a former secondary school principal from Abbeyglen, was deemed elected shortly after 9pm on Saturday at the count centre in Ballyroe Sports Complex. She finished 2,304 votes ahead of Fianna Fáil's Eamon Tobin.

Speaking from the platform after the result was announced, an emotional Ms Hartigan thanked her family and campaign team, and said the result was "a message from rural Limerick that it will not be taken for granted".

"People told me on the doorsteps, over and over again, that they felt forgotten," she said. "They felt that decisions were being made in Dublin about their schools, their Garda stations and their buses without anybody ever asking them. I'm going to Leinster House to ask."

Mr Tobin, who had been regarded as the favourite at the start of the campaign, conceded shortly after the sixth count. He told reporters it had been "a difficult campaign in a difficult environment for any Government candidate".

"The people have spoken and I respect that," he said. "I want to congratulate Joan. She ran a very strong, very local campaign and she deserves her win."

Turnout was 49.2 per cent, according to the returning officer, down more than 12 points on the last general election.

Sinn Féin's Cllr Darragh Enright finished third after a strong showing in the county's towns. Mr Enright said he was "disappointed but not downhearted" and predicted that his party would take a seat in the constituency at the next general election.

According to one Fianna Fáil tallyman at the count centre, transfers from eliminated candidates broke "roughly two to one" in Ms Hartigan's favour, something he said "nobody in the room saw coming".

Reacting in Dublin, Taoiseach Declan Furlong congratulated Ms Hartigan and said the Government would "listen carefully" to the message from voters.

Ms Hartigan is expected to take her seat when the Dáil returns on Tuesday week. She has said she will not join any technical group "until I've had a chance to sit down and talk to people".
""",
        [
            ("a message from rural Limerick", "Joan Hartigan"),
            ("People told me on the", "Joan Hartigan"),
            ("They felt that decisions were", "Joan Hartigan"),
            ("a difficult campaign in a", "Eamon Tobin"),
            ("The people have spoken and", "Eamon Tobin"),
            ("I want to congratulate Joan.", "Eamon Tobin"),
            ("disappointed but not downhearted", "Darragh Enright"),
            ("roughly two to one", "Fianna Fáil tallyman"),
            ("nobody in the room saw", "Fianna Fáil tallyman"),
            ("listen carefully", "Declan Furlong"),
            ("until I've had a chance", "Joan Hartigan"),
        ],
    ),
    (
        """Storm repair bill for county roads put at €18m as councillors seek emergency aid

By Gráinne McFadden

The cost of repairing roads, bridges and coastal defences damaged during Storm Fionnuala has been estimated at €18.3 million, members of Donegal County Council have been told.

Director of roads and transportation services Liam Gallen told Monday’s plenary meeting that more than 140 locations had been identified where road surfaces had been washed away or undermined, with the worst damage on the Rosdallagh peninsula.

‘We have crews working seven days a week and we have brought in contractors from outside the county,’ Mr Gallen said. ‘But I have to be honest with members: there is no way we can fund this from our own resources. Our entire annual allocation for restoration improvement is a fraction of what’s needed.’

Cathaoirleach Cllr Donal Mac Aoidh (FF) said the council would write to the Minister for Transport seeking an emergency allocation. He described the damage as ‘the worst this county has seen in a generation’.

Cllr Siobhán Ní Ghallchóir (SF), who represents the Rosdallagh electoral area, said some families on the peninsula had been cut off for four days.

‘There’s an elderly man in Meenacreeve who couldn’t get to his dialysis appointment because the only road out was under a metre of sea water,’ she said. ‘That’s not an inconvenience. That’s a danger to life.’

She said successive governments had treated the county as ‘an afterthought’ when it came to infrastructure spending.

In a letter to the council, read into the record at the meeting, the Department of Transport said it was ‘aware of the scale of the damage’ and that officials would visit the county in the coming weeks to carry out an assessment. The letter said any additional funding would be considered ‘in the context of available resources’.

Cllr Michael Boner (FG) said he was ‘not going to play politics’ with the issue and that he had raised it directly with party colleagues in Government. ‘This isn’t about party. We all live here and we all use these roads,’ he said.

A council spokesperson later confirmed that 11 roads remained closed on Tuesday evening. The spokesperson said the public should ‘avoid all non-essential travel’ in the worst-affected areas and that a full list of closures was available on the council’s website.

The council will consider a detailed damage report at a special meeting next month.
""",
        [
            ("We have crews working seven", "Liam Gallen"),
            ("But I have to be", "Liam Gallen"),
            ("the worst this county has", "Donal Mac Aoidh"),
            ("There’s an elderly man in", "Siobhán Ní Ghallchóir"),
            ("That’s not an inconvenience.", "Siobhán Ní Ghallchóir"),
            ("an afterthought", "Siobhán Ní Ghallchóir"),
            ("aware of the scale of", "Department of Transport"),
            ("in the context of available", "Department of Transport"),
            ("not going to play politics", "Michael Boner"),
            ("This isn’t about party.", "Michael Boner"),
            ("avoid all non-essential travel", "spokesperson"),
        ],
    ),
]
