CASES = [
    (
        """Councillors clash over plan to cut Carrickmoyle library hours

By Eoin Tierney

Plans to reduce opening hours at Carrickmoyle library have been described as "a slap in the face to a growing town" by a local councillor, who has vowed to fight the proposal at next week's municipal district meeting.

Under the proposal, which was outlined to members of the Boyle-Carrickmoyle Municipal District on Tuesday, the branch on Main Street would close on Mondays and shut at 5pm rather than 8pm on Thursdays from the start of March.

Cllr Siobhán Geraghty (FF) said she had been "inundated" with calls from parents and older residents since news of the plan emerged.

"This library is the busiest it has ever been. We have homework clubs, we have a knitting group, we have people coming in to use the computers because they don't have broadband at home," she said.

"To turn around now and tell them the doors will be shut on a Monday is simply not good enough."

Senior executive librarian Declan Moran told the meeting that the changes were being driven by staffing pressures rather than a lack of demand.

"We have two vacancies in the northern branches that we have not been sanctioned to fill, and we cannot keep asking the same people to cover," Mr Moran said. He added that the council remained "fully committed" to the My Open Library scheme, which allows registered members to access the building outside staffed hours.

However, Cllr Padraig Lenihan (FG) said self-service hours were no substitute for trained staff.

"A swipe card doesn't run a story time for toddlers," he said. "A swipe card doesn't help a pensioner fill out a grant application online."

Independent councillor Mary Kate Dolan asked whether the council had made a case to the Department of Rural and Community Development for extra funding, describing the library as "the last public building in some of these towns that's open to everyone, free of charge".

In a statement issued after the meeting, Roscommon County Council said no final decision had been taken.

"The council is conscious of the value placed on the library service in Carrickmoyle and will engage with elected members and the local community before any changes to opening hours are implemented," the statement said.

A petition started by the Carrickmoyle Parents' Association had gathered more than 1,400 signatures by Wednesday evening. Its chairperson, Áine Rushe, said the group would present it to council management in person.

"People here have been very patient about a lot of things," she said. "But the library is where we draw the line."

The matter will be discussed again at the district meeting on February 11.""",
        [
            ("a slap in the face", "Siobhán Geraghty"),
            ("inundated", "Siobhán Geraghty"),
            ("This library is the busiest", "Siobhán Geraghty"),
            ("To turn around now and", "Siobhán Geraghty"),
            ("We have two vacancies in", "Declan Moran"),
            ("fully committed", "Declan Moran"),
            ("A swipe card doesn't run", "Padraig Lenihan"),
            ("A swipe card doesn't help", "Padraig Lenihan"),
            ("the last public building in", "Mary Kate Dolan"),
            ("The council is conscious of", "Roscommon County Council"),
            ("People here have been very", "Áine Rushe"),
            ("But the library is where", "Áine Rushe"),
        ],
    ),
    (
        """Councillors reject 120-home plan for edge of Inverbrae despite officers’ backing

A controversial plan to build 120 homes on farmland on the edge of Inverbrae has been thrown out by councillors, going against the advice of their own planning officials.

Members of Aberdeenshire Council’s Marr area committee voted seven to four against the proposals from Deveron Homes on Tuesday, following a debate lasting almost two hours.

The site, known locally as the Mains of Tullo field, was earmarked for housing in the local development plan, and planning officers had recommended approval subject to conditions.

In their report to the committee, the officers said the development would “make a significant contribution” towards meeting housing need in the area and that any impact on the road network “could be adequately mitigated”.

But more than 300 objections were lodged, with residents raising concerns about traffic on the narrow B9077, pressure on the village primary school and the loss of a well-used path.

Speaking at the meeting, local councillor Fiona Strachan said the community had “not been listened to”.

“Nobody in Inverbrae is saying there should be no new houses,” she said. “What they are saying is that you cannot put 120 homes at the end of a single-track road and pretend the school will cope.

“The school roll is already at 94 per cent of capacity. Where are these children meant to go?”

Councillor Graeme Birnie, who moved to approve the application, warned that a refusal could be overturned on appeal.

“We have allocated this site ourselves,” he told the committee. “If we refuse it now, there is a very real risk a reporter from Edinburgh will grant it and we will lose the ability to shape what gets built.”

A spokesman for Deveron Homes said the firm was “disappointed” by the decision and would consider its options.

“We have worked closely with council officers over a period of two years to address the concerns raised, including a contribution of more than £400,000 towards education provision,” he said.

Inverbrae Community Council chairman Alan Cruickshank welcomed the result but said he expected a fight.

“It’s a good day for the village, but we’re not daft – we know they’ll be back,” he said.

One resident, who lives on Tullo Road and asked not to be named, said traffic was already dangerous at school drop-off time.

“You take your life in your hands some mornings,” she said.

The developer has six months to lodge an appeal with the Scottish Government’s planning and environmental appeals division.""",
        [
            ("make a significant contribution", "planning officers"),
            ("could be adequately mitigated", "planning officers"),
            ("not been listened to", "Fiona Strachan"),
            ("Nobody in Inverbrae is saying", "Fiona Strachan"),
            ("What they are saying is", "Fiona Strachan"),
            ("The school roll is already", "Fiona Strachan"),
            ("We have allocated this site", "Graeme Birnie"),
            ("If we refuse it now,", "Graeme Birnie"),
            ("disappointed", "spokesman"),
            ("We have worked closely with", "spokesman"),
            ("It’s a good day for", "Alan Cruickshank"),
            ("You take your life in", "resident"),
        ],
    ),
    (
        """Anger as appeals board gives green light to mast beside Glenvar school

Parents in Glenvar have reacted with anger after An Bord Pleanála granted permission for a 24-metre telecommunications mast less than 200 metres from the local national school.

Donegal County Council refused permission for the structure last April, citing its visual impact on the scenic route along Lough Swilly, but the decision was appealed by the operator, Atlantic Towers Ltd.

In a report recommending that the appeal be allowed, the board's inspector said the mast would "not seriously injure the visual amenities of the area" and noted that there was "a demonstrated deficit in mobile and broadband coverage" around Glenvar.

The inspector also found that concerns raised about health were outside the remit of the planning process, as the mast would operate within national emission limits.

Local councillor Seamus McGettigan said the decision showed "complete contempt" for the views of the community.

"Over 600 people objected to this. The council refused it. And then someone in Dublin who has probably never set foot in Glenvar overturns it on the basis of a desktop report," he said.

"I'm not against mobile coverage - we need it - but there were at least two other sites put forward that were further away from the school and the houses."

Noreen Bonner, whose two children attend Scoil Naomh Colmcille, said parents would meet this week to discuss whether a judicial review was possible.

"We're not experts, and we've been told that over and over," she told this website.

"But we know our own area, and we know that field floods every winter. Nobody seems to have looked at that."

In a statement, Atlantic Towers said the site had been chosen following "a comprehensive search of alternative locations".

"The new mast will significantly improve coverage for residents, businesses and emergency services in Glenvar and the surrounding townlands," the company said. "All of our infrastructure operates well within the limits set by the Commission for Communications Regulation."

Donegal TD Pearse Gallagher said he would raise the matter with the Minister for Housing, adding that the planning system was "stacked against rural communities" when it came to infrastructure decisions.

A spokesperson for An Bord Pleanála said the board did not comment on individual cases beyond its published documentation.

Work on the mast is expected to begin in the spring, according to the operator.""",
        [
            ("not seriously injure the visual", "board's inspector"),
            ("a demonstrated deficit in mobile", "board's inspector"),
            ("complete contempt", "Seamus McGettigan"),
            ("Over 600 people objected to", "Seamus McGettigan"),
            ("I'm not against mobile coverage", "Seamus McGettigan"),
            ("We're not experts, and we've", "Noreen Bonner"),
            ("But we know our own", "Noreen Bonner"),
            ("a comprehensive search of alternative", "Atlantic Towers Ltd"),
            ("The new mast will significantly", "Atlantic Towers Ltd"),
            ("All of our infrastructure operates", "Atlantic Towers Ltd"),
            ("stacked against rural communities", "Pearse Gallagher"),
        ],
    ),
    (
        """Five village libraries could close under culture trust plans

Five rural libraries in Perth and Kinross could close under cost-cutting proposals put forward by the charity which runs them.

Strathmore Culture Trust said it needed to save £1.2m over the next two years after its funding from Perth and Kinross Council was reduced.

The branches at Auchterbeg, Dunmaddie, Kilmorran, Glenfarquhar and Bridge of Coull would be replaced by a mobile library visiting each community once a fortnight.

A public consultation on the plans opens on Monday and will run for eight weeks.

The trust's chief executive, Lorna McIntyre, said no-one at the organisation wanted to close libraries.

"These are incredibly difficult decisions and we don't take them lightly," she said.

"But the reality is that our budget has been cut in real terms for seven years in a row and we have already made every saving we can behind the scenes. We simply cannot keep every building open."

She said the five branches had seen visitor numbers fall by more than a third since 2019.

Campaigners say those figures are misleading because opening hours at the libraries have been cut repeatedly over the same period.

Retired teacher Isobel Ferguson, who set up the Save Dunmaddie Library group, told the BBC: "You open a library for nine hours a week, at times when anyone with a job can't get there, and then you say nobody is using it. It's a self-fulfilling prophecy."

She added that for many older people in the village, the library was "the only place they'll have a proper conversation all week".

The convener of the council's communities committee, Councillor Ruaridh Menzies, said the local authority was facing "the toughest financial settlement in a generation".

"We fund the trust at arm's length and decisions about individual branches are a matter for them," he said. "But I'd encourage everyone who values these services to take part in the consultation."

A Scottish government spokeswoman said: "Decisions on the provision of library services are a matter for local authorities, who have a statutory duty to provide an adequate service. We have increased funding for councils in this year's budget."

The trust will hold drop-in sessions in each of the affected villages during March.""",
        [
            ("These are incredibly difficult decisions", "Lorna McIntyre"),
            ("But the reality is that", "Lorna McIntyre"),
            ("You open a library for", "Isobel Ferguson"),
            ("the only place they'll have", "Isobel Ferguson"),
            ("the toughest financial settlement in", "Ruaridh Menzies"),
            ("We fund the trust at", "Ruaridh Menzies"),
            ("Decisions on the provision of", "spokeswoman"),
        ],
    ),
    (
        """‘Blank cheque’ warning as cost of Castlemoyne library project soars to €9.4m

By Ciara Hogan

The estimated cost of turning Castlemoyne’s derelict former courthouse into a new library and enterprise hub has jumped from €6.5 million to €9.4 million, members of Castlemoyne Municipal District were told last week.

Senior engineer Brendan Ryan said the increase was largely down to the discovery of serious structural problems in the rear of the 1840s building, along with construction inflation.

‘When the roof was opened up, we found that two of the main timber trusses were in far worse condition than the original surveys suggested,’ he told the meeting. ‘There was no way of knowing that until we got in there.’

The project is being funded mainly through the Rural Regeneration and Development Fund, with the council contributing 25 per cent. Cllr Michael Kennedy (Ind) said that meant local ratepayers and taxpayers would be on the hook for more than €2.3 million.

‘We were told two years ago this would be a flagship project, on time and on budget,’ Cllr Kennedy said. ‘Now we’re being asked to sign what is effectively a blank cheque. What happens if it goes up again next year?’

He said he supported the idea of a new library but that ‘somebody has to ask the hard questions’ about how the scheme had been managed.

Cllr Joan O’Meara (FG) defended the project, saying the existing library on Pearse Street was ‘not fit for purpose’ and had no disabled access to its upper floor.

‘I’ve had mothers with buggies and people in wheelchairs tell me they simply can’t use half of that building,’ she said. ‘This town deserves better and I’m not going to stand here and see it derailed at the eleventh hour.’

Director of services Gráinne Fitzgerald said the council had applied to the Department of Rural and Community Development for additional funding to cover part of the shortfall and was ‘hopeful of a positive outcome’.

Asked by the Champion after the meeting whether the project could be scaled back, Ms Fitzgerald said all options would be ‘examined carefully’ but that the library element would not be cut.

‘The library is the heart of this project. That’s not up for negotiation,’ she said.

Cllr Kennedy was not convinced. ‘I’ve heard that before,’ he said.

Members voted by six votes to two to proceed with the tender process. Construction is expected to begin in September, with the new library due to open in late 2027.""",
        [
            ("Blank cheque", "Michael Kennedy"),
            ("When the roof was opened", "Brendan Ryan"),
            ("There was no way of", "Brendan Ryan"),
            ("We were told two years", "Michael Kennedy"),
            ("Now we’re being asked to", "Michael Kennedy"),
            ("somebody has to ask the", "Michael Kennedy"),
            ("not fit for purpose", "Joan O’Meara"),
            ("I’ve had mothers with buggies", "Joan O’Meara"),
            ("This town deserves better and", "Joan O’Meara"),
            ("hopeful of a positive outcome", "Gráinne Fitzgerald"),
            ("examined carefully", "Gráinne Fitzgerald"),
            ("The library is the heart", "Gráinne Fitzgerald"),
            ("I’ve heard that before,", "Michael Kennedy"),
        ],
    ),
    (
        """Council leader survives no-confidence vote amid town hall sale row

THE leader of Scottish Borders Council has survived a vote of no confidence after a bitter row over the proposed sale of Kirkmuir Town Hall to a private developer.

Councillor Douglas Elliot won the backing of 18 members, with 14 voting against him, at a special meeting of the full council in Newtown St Boswells yesterday.

The motion was tabled by opposition group leader Catriona Laidlaw, who accused the ruling administration of “riding roughshod” over the Kirkmuir community, which has been trying for three years to take the B-listed building into community ownership.

In a letter sent to all councillors last week, the Kirkmuir Town Hall Trust said it had been “strung along” by officials before being told in December that the building would be placed on the open market.

“We were asked to produce a business plan, and we did. We were asked for evidence of community support, and we gathered more than 2,000 signatures. At every stage the goalposts moved,” the letter stated.

Opening the debate, Ms Laidlaw said: “This is not about one building. It is about whether communities in this region can trust this council to keep its word.”

She said the administration’s handling of the asset transfer request had been “shambolic from start to finish”.

Mr Elliot told the chamber that the council had a legal duty to secure best value for public assets and could not simply hand over a property worth an estimated £650,000.

“I understand the strength of feeling in Kirkmuir, I genuinely do,” he said. “But the trust’s own figures showed a funding gap of over £200,000 a year in running costs. We cannot pass that risk on to every council tax payer in the Borders.”

Speaking to reporters after the vote, he said he would meet the trust “at the earliest opportunity” and insisted the door had not been closed on a community bid.

However, a senior council source said privately that the decision to market the building was unlikely to be reversed.

“The numbers just don’t stack up, and everyone in that room knows it,” the source said.

Trust chairwoman Morag Hume said she was “bitterly disappointed” by the outcome but that campaigners would not give up.

“This hall was built by public subscription in 1893. The people of Kirkmuir paid for it once already,” she said.

The building has been closed since 2021, when an inspection found problems with its electrical wiring.""",
        [
            ("riding roughshod", "Catriona Laidlaw"),
            ("strung along", "Kirkmuir Town Hall Trust"),
            ("We were asked to produce", "Kirkmuir Town Hall Trust"),
            ("This is not about one", "Catriona Laidlaw"),
            ("shambolic from start to finish", "Catriona Laidlaw"),
            ("I understand the strength of", "Douglas Elliot"),
            ("But the trust’s own figures", "Douglas Elliot"),
            ("at the earliest opportunity", "Douglas Elliot"),
            ("The numbers just don’t stack", "senior council source"),
            ("bitterly disappointed", "Morag Hume"),
            ("This hall was built by", "Morag Hume"),
        ],
    ),
    (
        """Library staff 'shaken' after protest over children's books in Rathcarrig

Staff at Rathcarrig library in west Cork were left "shaken and upset" after a group of protesters entered the building and demanded the removal of a number of children's books, the county librarian has said.

The incident happened at around 11am on Saturday when up to a dozen people came into the branch on Bridge Street, some of them filming on mobile phones.

County librarian Deirdre Harrington said the group had approached the front desk and asked staff to take several titles off the shelves, claiming they were inappropriate for children.

"Our staff dealt with the situation calmly and professionally, but there is no doubt they were shaken and upset afterwards," she said. "Nobody should have to go to work and be filmed and shouted at for doing their job."

Ms Harrington said the library service followed a clear collection policy and that any member of the public was entitled to raise concerns about a book through the formal review process.

"That process exists for a reason. What we will not accept is intimidation of staff or of families who are using the library," she said.

A Garda spokesperson confirmed that gardaí attended the scene and said "no arrests were made and enquiries are ongoing".

A mother who was in the children's section with her two young daughters at the time said the atmosphere had been frightening.

"They were standing right beside the picture books, holding up phones. My four-year-old didn't understand what was going on, she just knew the adults were angry," she said.

Local councillor Tadhg O'Donovan (SF) said he would raise the incident at Monday's meeting of the West Cork Municipal District, and called for "a clear message" that libraries would be protected.

"Libraries are one of the few places left where anyone can walk in off the street. That's precisely why they need to be protected," he said.

Cllr Bríd Hurley (FF) said she had spoken to several of the staff members involved.

"They're in bits, to be honest. These are people who have worked in that library for years and never had anything like this happen," she told this newspaper.

A man who took part in the protest, who did not wish to be named, told reporters outside the building that the group was made up of "concerned parents" and had "every right to ask questions".

The library reopened as normal on Monday morning.""",
        [
            ("shaken", "Deirdre Harrington"),
            ("shaken and upset", "Deirdre Harrington"),
            ("Our staff dealt with the", "Deirdre Harrington"),
            ("Nobody should have to go", "Deirdre Harrington"),
            ("That process exists for a", "Deirdre Harrington"),
            ("no arrests were made and", "spokesperson"),
            ("They were standing right beside", "mother"),
            ("a clear message", "Tadhg O'Donovan"),
            ("Libraries are one of the", "Tadhg O'Donovan"),
            ("They're in bits, to be", "Bríd Hurley"),
            ("concerned parents", "man who took part in the protest"),
            ("every right to ask questions", "man who took part in the protest"),
        ],
    ),
    (
        """Highland councillors approve 40 holiday lodges at Loch Ardan despite objections

Plans for 40 luxury holiday lodges on the shores of Loch Ardan have been approved by Highland Council, despite more than 180 objections from residents of nearby Inverlaggan.

The north planning applications committee voted 9-3 in favour of the scheme by Ardan Estates Ltd at its meeting in Inverness on Tuesday.

The application includes a reception building, a café and a network of paths, and the developer says it will create 22 full-time equivalent jobs.

According to the developer’s design statement, the lodges will be “sited and designed to minimise their visibility” from the public road and the loch shore.

But Inverlaggan and District Community Council argued the development was out of scale with a village of fewer than 150 people.

In its objection, the community council said: “Inverlaggan already has more than 30 short-term lets. What the village needs is affordable homes for young families, not another 40 holiday units that will sit empty half the year.”

Its chairwoman, Kirsteen MacLeod, told the committee that residents were not opposed to tourism.

“My family has run a B&B here for thirty years. We know what tourism brings. But there is a tipping point, and we are very close to it,” she said.

After the vote, she added: “I think the committee has made a mistake today, and I think in ten years’ time people will look back and see that.”

Local councillor Ewan Matheson said he shared some of the community’s concerns but that the economic case was “compelling”.

“We cannot keep saying that we want young people to stay in the Highlands and then turn down the kind of jobs that let them do it,” he said.

Councillor Sheila Urquhart, who voted against, said the committee had given too little weight to the impact on the single-track road to the village, describing the junction with the main road as “an accident waiting to happen”.

A spokeswoman for Ardan Estates said the company was “delighted” with the decision.

“We have listened carefully throughout the process and made significant changes, including reducing the number of lodges from 55 and committing to a local recruitment policy,” she said.

“We look forward to working with the community as the project moves forward.”

The company said it hoped to begin work on site early next year, with the first lodges opening in summer 2027.""",
        [
            ("sited and designed to minimise", "Ardan Estates Ltd"),
            ("Inverlaggan already has more than", "Inverlaggan and District Community Council"),
            ("My family has run a", "Kirsteen MacLeod"),
            ("I think the committee has", "Kirsteen MacLeod"),
            ("compelling", "Ewan Matheson"),
            ("We cannot keep saying that", "Ewan Matheson"),
            ("an accident waiting to happen", "Sheila Urquhart"),
            ("delighted", "spokeswoman"),
            ("We have listened carefully throughout", "spokeswoman"),
            ("We look forward to working", "spokeswoman"),
        ],
    ),
]
