CASES = [
    (
        """Carrowbeg residents vow to fight 42-home scheme "to the bitter end"

By Declan Moran

The chair of a newly formed residents' group in Carrowbeg has vowed to fight a planned 42-home development on the edge of the village "to the bitter end", claiming the local road network and sewerage system cannot cope.

Kilgarvan Homes Ltd lodged a planning application with Mayo County Council last month for the scheme, which would include a mix of three and four-bedroom semi-detached houses and a terrace of eight two-bedroom units on a 4.2-acre greenfield site off the Knockduff Road.

More than 60 people attended a public meeting in the community centre on Thursday night, where the action group was formed to co-ordinate objections.

"Nobody here is against housing," said Áine Geraghty, who chairs the group. "We have young people who can't get a house in their own parish and we want them to be able to come home. But you cannot drop 42 houses onto a boreen that two cars can barely pass on and call it sustainable development."

Ms Geraghty said the village's wastewater treatment plant was already "operating at or near capacity" and that Uisce Éireann had confirmed to residents in writing that no upgrade was scheduled before 2028.

"If this goes ahead as it stands, we are looking at raw sewage in the Owenmore river. That is not scaremongering, that is in black and white from the utility itself."

Local Fianna Fáil councillor Tommy Gallagher, who attended the meeting, said he would be raising the issue at the next meeting of the West Mayo Municipal District.

"I have been saying for three years that Carrowbeg needs infrastructure before it needs houses," Cllr Gallagher told the Western Courier. "The council has a duty to make sure any development is plan-led and not developer-led."

In its application, Kilgarvan Homes states that the proposal is "consistent with the zoning objectives" of the Mayo County Development Plan and that a new footpath and public lighting would be provided along a 300-metre stretch of the Knockduff Road.

A spokesman for the company said it had engaged with the council's planning section at two pre-planning meetings and was "confident" the scheme addressed road safety concerns.

"We would welcome the opportunity to meet residents and talk through the detail of the plans," he said. "We believe this is a well-designed scheme that will deliver much-needed family homes for the area."

Ms Geraghty said the group had already received more than 100 signed objection letters.

"People are angry, but they are also organised," she said. "We will go to An Bord Pleanála if we have to."

Submissions on the application can be made until February 14, and a decision is due from the council by early March.""",
        [
            ("to the bitter end", "Áine Geraghty"),
            ("to the bitter end", "Áine Geraghty"),
            ("Nobody here is against housing,", "Áine Geraghty"),
            ("We have young people who", "Áine Geraghty"),
            ("operating at or near capacity", "Áine Geraghty"),
            ("If this goes ahead as", "Áine Geraghty"),
            ("I have been saying for", "Tommy Gallagher"),
            ("The council has a duty", "Tommy Gallagher"),
            ("consistent with the zoning objectives", "Kilgarvan Homes Ltd"),
            ("confident", "spokesman"),
            ("We would welcome the opportunity", "spokesman"),
            ("We believe this is a", "spokesman"),
            ("People are angry, but they", "Áine Geraghty"),
            ("We will go to An", "Áine Geraghty"),
        ],
    ),
    (
        """Councillors split as Slievecarran wind farm gets green light

By Siobhán Kerin

A SEVENTEEN-turbine wind farm in the hills above Kilbrecan has been granted planning permission by Clare County Council, despite more than 300 objections and a heated debate among councillors at this week’s meeting of the Ennistymon Municipal District.

Ardcarn Renewables Ltd plans to build the €110 million development across four townlands on the eastern slopes of Slievecarran, with turbines up to 180 metres in height. The company says the project would generate enough electricity to power 58,000 homes.

The council’s decision, issued on Tuesday, attaches 34 conditions, including a community benefit fund and restrictions on construction traffic during school hours.

Although councillors have no direct role in individual planning decisions, the issue dominated Monday’s meeting after Independent councillor Máire Considine tabled a motion calling on the executive to ‘pause all large-scale wind decisions’ until the council’s new renewable energy strategy is adopted.

‘People in Kilbrecan feel they have been steamrolled,’ Cllr Considine said. ‘They were told about community consultation and what they got was a leaflet in the letterbox and a drop-in evening in a hotel 20 miles away.’

Fine Gael councillor Pat Hehir said he had sympathy for the residents but that the county could not ‘keep saying yes to climate targets and no to every turbine’.

‘We have to be honest with people,’ he said. ‘The energy has to come from somewhere and Clare has some of the best wind resources in Europe.

‘What I would say to Ardcarn is that the community fund needs to be real money, spent locally, and decided locally, not by a committee in Dublin.’

The motion was defeated by five votes to three.

Director of services for planning, Gerard O’Halloran, told members that the application had been assessed ‘fully and fairly’ under the county development plan, which designates the area as open to consideration for wind energy.

Kilbrecan Environmental Group, which co-ordinated the bulk of the objections, has confirmed it will appeal the decision to An Bord Pleanála.

‘The noise modelling in this application is based on turbines that are 30 metres shorter than the ones now proposed,’ said the group’s secretary, Fergal McInerney. ‘We have had an acoustic engineer look at it and the numbers simply don’t add up.’

He added that several families living within a kilometre of the nearest turbine had young children and elderly relatives and were ‘terrified’ of the impact of shadow flicker.

In a statement, Ardcarn Renewables said it was ‘pleased’ with the decision and that it had ‘listened carefully’ to the concerns raised during the planning process.

‘We reduced the number of turbines from 22 to 17 and moved the layout further away from homes as a direct result of feedback from local people,’ the statement said. ‘We remain committed to being a good neighbour in Kilbrecan for the lifetime of the project.’""",
        [
            ("pause all large-scale wind decisions", "Máire Considine"),
            ("People in Kilbrecan feel they", "Máire Considine"),
            ("They were told about community", "Máire Considine"),
            ("keep saying yes to climate", "Pat Hehir"),
            ("We have to be honest", "Pat Hehir"),
            ("The energy has to come", "Pat Hehir"),
            ("What I would say to", "Pat Hehir"),
            ("fully and fairly", "Gerard O’Halloran"),
            ("The noise modelling in this", "Fergal McInerney"),
            ("We have had an acoustic", "Fergal McInerney"),
            ("terrified", "Fergal McInerney"),
            ("pleased", "Ardcarn Renewables Ltd"),
            ("listened carefully", "Ardcarn Renewables Ltd"),
            ("We reduced the number of", "Ardcarn Renewables Ltd"),
            ("We remain committed to being", "Ardcarn Renewables Ltd"),
        ],
    ),
    (
        """Dromcarra bypass ‘left on the shelf’, says TD

By Jimmy Daly

Kerry TD Michael Foley has accused the Government of leaving the long-awaited Dromcarra bypass “on the shelf” after it emerged that no funding has been allocated to the project for the third year running.

The 3.8km route, which would take heavy goods vehicles off the town’s narrow Main Street, was approved by An Bord Pleanála in 2021. However, Kerry County Council has confirmed that it is still waiting on funding to progress to detailed design and land acquisition.

Raising the issue in the Dáil on Wednesday, Deputy Foley said the people of Dromcarra had been “strung along by successive governments”.

“I have stood on Main Street at eight o’clock in the morning and watched articulated lorries mount the footpath to get past each other,” he said. “There are children walking to school on that footpath. It is only a matter of time before somebody is killed.

“This project has planning. It has jumped through every hoop. What it does not have is a single cent to move it forward, and that is shameful.”

Responding, Minister of State at the Department of Transport Declan Hartigan said the Government was “fully committed” to improving the road network in Kerry, but that projects had to be prioritised “within the available envelope”.

“Transport Infrastructure Ireland will continue to work closely with Kerry County Council on the Dromcarra scheme, and I would expect further engagement in the coming months,” the Minister of State said.

A spokeswoman for Kerry County Council told The Kerryman that the local authority had sought €1.2 million for 2025 “to advance the scheme to the next stage”.

“The council remains fully supportive of the Dromcarra bypass, which is a specific objective of the Kerry County Development Plan, and will continue to make the case for it at every opportunity,” she said.

Local Fine Gael councillor Breda O’Connell said the bypass had been talked about “since I was in national school”.

She said: “Every election, somebody comes down and stands on the bridge for a photograph. I’d like to see a digger on the site instead.”

Eoin Sheehy, chairman of Dromcarra Chamber of Commerce, said traders were “at the end of our tether”. According to Mr Sheehy, two businesses on Main Street have had shopfronts damaged by lorries in the past 18 months, and one has since closed.

A local garda, who did not wish to be named, said traffic at peak times was “a daily headache” and that officers were regularly called to clear tailbacks when lorries became wedged at the junction with Chapel Street.

Deputy Foley said he had requested a meeting with the Minister for Transport and would be bringing a delegation from the town to Dublin “whether they want to see us or not”.""",
        [
            ("left on the shelf", "Michael Foley"),
            ("on the shelf", "Michael Foley"),
            ("strung along by successive governments", "Michael Foley"),
            ("I have stood on Main", "Michael Foley"),
            ("There are children walking to", "Michael Foley"),
            ("This project has planning.", "Michael Foley"),
            ("fully committed", "Declan Hartigan"),
            ("within the available envelope", "Declan Hartigan"),
            ("Transport Infrastructure Ireland will continue", "Declan Hartigan"),
            ("to advance the scheme to", "spokeswoman"),
            ("The council remains fully supportive", "spokeswoman"),
            ("since I was in national", "Breda O’Connell"),
            ("Every election, somebody comes down", "Breda O’Connell"),
            ("at the end of our", "Eoin Sheehy"),
            ("a daily headache", "local garda"),
            ("whether they want to see", "Michael Foley"),
        ],
    ),
    (
        """Bord Pleanála overturns council refusal for Derrylahan solar farm

An Bord Pleanála has granted planning permission for a 95-hectare solar farm near Derrylahan, overturning Offaly County Council's decision to refuse the development last year.

Brightfield Solar Ireland DAC applied in 2023 for permission to install around 180,000 solar panels, along with a 38kV substation, battery storage units and security fencing, on agricultural land straddling the townlands of Derrylahan, Cloncant and Ballyboggan Beg.

The council refused permission last April, stating that the scale of the development would have a "significant adverse visual impact" on the Grand Canal corridor and on a number of protected structures in the area.

The company appealed, and the board's inspector also recommended refusal. However, in a decision issued last week, the board said it did not accept the inspector's recommendation and found that the development, subject to conditions, "would not seriously injure the visual amenities of the area".

The board said it had given "significant weight" to national policy on renewable energy and to the Climate Action Plan. Permission has been granted for 10 years, with the solar farm allowed to operate for 40 years.

In a statement, Brightfield Solar said it welcomed the decision.

"This project will make a meaningful contribution to Ireland's renewable electricity targets and will support the local economy during construction and beyond," the company said. "We will continue to engage with our neighbours as we move forward."

The Derrylahan and District Residents' Association, which had lodged observations on the appeal, said it was "devastated" by the outcome.

Karen Dunne, PRO of the association, said people in the area felt "completely ignored".

"We had the council on our side, we had the board's own inspector on our side, and still it was pushed through," she said. "What is the point of having an inspector's report if it can be set aside like that?"

She said the association was taking legal advice on whether to seek a judicial review in the High Court.

Independent TD Seán Fitzgerald described the ruling as "a mockery of local democracy" and said he would be raising it with the Minister for Housing.

"I am not against solar, and nobody in Derrylahan is against solar," Deputy Fitzgerald said. "But there has to be some balance. Good farmland is being covered in glass and steel, and the people who live beside it are being told their views don't count."

Fianna Fáil councillor Liam Quinn, however, said the project would bring "real benefits" to the area, including a community fund worth an estimated €95,000 a year.

Cllr Quinn said: "I understand the concerns of residents, and I know the families involved. But we cannot keep turning down every renewable project that comes before us and then complain about the price of electricity."

Construction is expected to take around 18 months once work begins.""",
        [
            ("significant adverse visual impact", "Offaly County Council"),
            ("would not seriously injure the", "An Bord Pleanála"),
            ("significant weight", "An Bord Pleanála"),
            ("This project will make a", "Brightfield Solar Ireland DAC"),
            ("We will continue to engage", "Brightfield Solar Ireland DAC"),
            ("devastated", "Derrylahan and District Residents' Association"),
            ("completely ignored", "Karen Dunne"),
            ("We had the council on", "Karen Dunne"),
            ("What is the point of", "Karen Dunne"),
            ("a mockery of local democracy", "Seán Fitzgerald"),
            ("I am not against solar,", "Seán Fitzgerald"),
            ("But there has to be", "Seán Fitzgerald"),
            ("real benefits", "Liam Quinn"),
            ("I understand the concerns of", "Liam Quinn"),
        ],
    ),
    (
        """Councillors clash over holiday home curbs in Gaeltacht

By Ciarán Ó Dochartaigh

There were angry scenes at Monday's meeting of Donegal County Council when a motion seeking tighter restrictions on holiday homes in Gaeltacht areas was deferred for a second time.

Sinn Féin councillor Nuala Mac Giolla Bhríde, who tabled the motion, accused some members of 'running scared' of developers and said young Irish speakers were being 'priced out of their own townlands'.

The motion called on the council to introduce a condition, as part of the review of the County Development Plan, restricting new houses in designated Gaeltacht areas to permanent occupancy for a period of 15 years.

'I've been sitting in this chamber for six years listening to people say they support the language,' Cllr Mac Giolla Bhríde said. 'Well, the language doesn't live in a strategy document. It lives in houses, in families, in the school in Gort an Choirce that's down to 31 pupils.'

Fine Gael councillor Martin Doherty said he had 'serious reservations' about the proposal and warned that it could 'turn every planning application into a language test'.

'I have constituents who have been refused permission twice already,' he said. 'We don't need another hurdle. What we need is a planning system that says yes to local people.'

Cllr Mac Giolla Bhríde interrupted, saying Cllr Doherty was 'misrepresenting' the motion, and Cathaoirleach Paddy McBride was forced to call the meeting to order on three occasions.

Independent councillor John Seán Gallagher said he supported the principle of the motion, but that it needed 'proper legal advice' before it could be voted on.

Chief executive Fiona Boyle told members that the executive was preparing a report on occupancy conditions which would be brought before the Planning Strategic Policy Committee in the spring.

'We are very conscious of the pressures in Gaeltacht communities,' she said. 'But any condition we attach has to be legally robust and consistent with national guidelines. If it's not, it will be struck down at the first appeal and we will have achieved nothing.'

Ms Boyle said the council had written to the Department of Housing seeking clarity on the issue and had yet to receive a response.

Speaking to the Donegal News afterwards, Cllr Mac Giolla Bhríde said she was 'bitterly disappointed' but would bring the motion back in March.

'Every month we wait, another house goes up for sale and another family from Dublin or Belfast buys it for the summer,' she said. 'I don't blame them, but something has to give.'

Údarás na Gaeltachta said in a statement that it welcomed 'any measure that supports sustainable Irish-speaking communities' and would make a submission to the development plan review.""",
        [
            ("running scared", "Nuala Mac Giolla Bhríde"),
            ("priced out of their own", "Nuala Mac Giolla Bhríde"),
            ("I've been sitting in this", "Nuala Mac Giolla Bhríde"),
            ("Well, the language doesn't live", "Nuala Mac Giolla Bhríde"),
            ("serious reservations", "Martin Doherty"),
            ("turn every planning application into", "Martin Doherty"),
            ("I have constituents who have", "Martin Doherty"),
            ("We don't need another hurdle.", "Martin Doherty"),
            ("misrepresenting", "Nuala Mac Giolla Bhríde"),
            ("proper legal advice", "John Seán Gallagher"),
            ("We are very conscious of", "Fiona Boyle"),
            ("But any condition we attach", "Fiona Boyle"),
            ("bitterly disappointed", "Nuala Mac Giolla Bhríde"),
            ("Every month we wait, another", "Nuala Mac Giolla Bhríde"),
            ("I don't blame them,", "Nuala Mac Giolla Bhríde"),
            ("any measure that supports sustainable", "Údarás na Gaeltachta"),
        ],
    ),
    (
        """Council owed €640,000 as derelict site levies go unpaid

By Seán Keane

Kilkenny County Council is owed more than €640,000 in unpaid derelict site levies, according to figures presented to councillors this week, with some property owners failing to pay a single cent in over five years.

The figures are contained in the council’s “Derelict Sites Annual Review 2024”, which was discussed at Monday’s meeting of the Kilkenny City Municipal District.

There are currently 87 properties on the county’s derelict sites register, 34 of them in Kilkenny city. Among them is the former Hennessy’s Mill on the Castlecomer Road, known locally as “the Ghost Mill”, which has been vacant since 2009.

Senior planner Orla Brennan told members that the council was “using every tool available” to bring properties back into use, including compulsory purchase.

“Where we can’t find the owner or the owner won’t engage, we will move to acquire,” Ms Brennan said. “We have done that successfully on four properties in the last two years, and two of those are now being turned into homes.”

However, several councillors questioned why the levy was not being collected more aggressively.

Labour councillor Deirdre Kinsella said the figures were “frankly embarrassing”.

“We’re sending out bills that everyone knows will never be paid,” she said. “Meanwhile, people walk past these buildings every day on their way to work and wonder what on earth the council is doing.”

Cllr Kinsella said the “Ghost Mill” had become “a magnet for anti-social behaviour” and called for it to be prioritised for acquisition.

Fine Gael councillor Andrew McGrath said there was a danger of “tarring every owner with the same brush”.

“Some of these are elderly people who inherited a building and genuinely don’t have the money to do it up,” he said. “We should be helping them access the Croí Cónaithe grant, not sending them threatening letters.”

Council chief executive Lorcan O’Brien said unpaid levies attach to the property as a charge and would ultimately be recovered on sale.

“Nobody walks away from this,” Mr O’Brien said. “The money stays on the title, and when the property changes hands, the council gets paid.”

He added that the council had hired an additional staff member to work on vacancy and dereliction and expected the number of sites on the register to “come down significantly” over the next 12 months.

Local Fianna Fáil TD Peter Dowling said in a statement that the Government needed to give local authorities “more teeth” to deal with persistent dereliction.

“The levy was increased to 7% for a reason,” the statement said. “But a levy that nobody pays is not a deterrent, it’s a suggestion.”""",
        [
            ("using every tool available", "Orla Brennan"),
            ("Where we can’t find the", "Orla Brennan"),
            ("We have done that successfully", "Orla Brennan"),
            ("frankly embarrassing", "Deirdre Kinsella"),
            ("We’re sending out bills that", "Deirdre Kinsella"),
            ("Meanwhile, people walk past these", "Deirdre Kinsella"),
            ("a magnet for anti-social behaviour", "Deirdre Kinsella"),
            ("tarring every owner with the", "Andrew McGrath"),
            ("Some of these are elderly", "Andrew McGrath"),
            ("We should be helping them", "Andrew McGrath"),
            ("Nobody walks away from this,", "Lorcan O’Brien"),
            ("The money stays on the", "Lorcan O’Brien"),
            ("come down significantly", "Lorcan O’Brien"),
            ("more teeth", "Peter Dowling"),
            ("The levy was increased to", "Peter Dowling"),
            ("But a levy that nobody", "Peter Dowling"),
        ],
    ),
    (
        """Quarry expansion plan sparks fears in Drumcassidy

By Gráinne Reilly

A proposal to almost double the size of a limestone quarry at Drumcassidy has prompted more than 150 objections, with neighbours warning of blasting damage, dust and a surge in lorry traffic on local roads.

McCabe Aggregates Ltd has applied to Cavan County Council to extend its existing 11-hectare quarry by a further nine hectares and to continue extraction for another 25 years. The application is accompanied by an environmental impact assessment report and a Natura impact statement.

The company says in its planning documentation that the extension is "essential to the continued viability" of the business, which employs 42 people directly and supports "a significant number" of haulage and construction jobs across the region.

Local woman Bernadette Lynch, whose home is 400 metres from the current quarry face, said the blasting was already "shaking the house to its foundations".

"You feel it in your chest," she told the Anglo-Celt. "The cups rattle on the dresser, and there's a crack running up the gable wall that wasn't there five years ago. Now they want to come 300 metres closer."

Mrs Lynch said she and her neighbours had commissioned an independent structural survey, which will be submitted with their objection.

Another resident, who asked not to be named, said people were "afraid to speak out" because many had relatives working at the quarry.

"It's a small place. Everybody knows everybody," he said. "Nobody wants to be the one that costs somebody their job."

Senator Tomás Brady said he had met both residents and quarry management in recent weeks.

"There has to be a way of doing this that protects the jobs and protects the people living beside the quarry," Senator Brady said. "At the moment, it feels like the residents are the ones carrying all the risk."

He called on the council to seek further information on blasting and noise monitoring before a decision is made.

A source within the council's planning section said the application was "one of the most complex" the local authority had received in recent years and that a request for further information was "very likely".

Managing director of McCabe Aggregates, Owen McCabe, said the company had operated at Drumcassidy for more than 40 years and had "always complied" with its planning conditions.

"We monitor every blast, and every result is within the limits set by the council," Mr McCabe said. "We have offered to carry out pre-blast surveys on any home within 500 metres, free of charge, and that offer stands.

"We are part of this community too. Most of our staff live within 10 miles of the quarry."

A decision on the application is due by the end of next month.""",
        [
            ("essential to the continued viability", "McCabe Aggregates Ltd"),
            ("a significant number", "McCabe Aggregates Ltd"),
            ("shaking the house to its", "Bernadette Lynch"),
            ("You feel it in your", "Bernadette Lynch"),
            ("The cups rattle on the", "Bernadette Lynch"),
            ("afraid to speak out", "resident"),
            ("It's a small place.", "resident"),
            ("Nobody wants to be the", "resident"),
            ("There has to be a", "Tomás Brady"),
            ("At the moment, it feels", "Tomás Brady"),
            ("one of the most complex", "source within the council's planning section"),
            ("very likely", "source within the council's planning section"),
            ("always complied", "Owen McCabe"),
            ("We monitor every blast, and", "Owen McCabe"),
            ("We have offered to carry", "Owen McCabe"),
            ("We are part of this", "Owen McCabe"),
        ],
    ),
    (
        """Farmers dig in over greenway land as council prepares CPO

By Dara Ó Flatharta

Galway County Council is preparing to seek compulsory purchase orders on land along the route of the proposed Kilcreevin to Dunmara Greenway, after talks with a number of landowners broke down.

The 22km route follows the line of the former railway for much of its length, but around a third of it crosses privately owned farmland.

Senior engineer Colm Fahy told councillors at Monday’s meeting of the Tuam Municipal District that agreement had been reached with 41 of 58 landowners, but that the council could not ‘leave the project hanging indefinitely’.

‘We have had well over 200 meetings with landowners at this stage, some of them at kitchen tables at nine and ten o’clock at night,’ he said. ‘We’ve changed the route in eleven places to accommodate farmers. But there comes a point where the council has to make a decision in the interests of the wider public.’

IFA Galway county chair Tom Kilkelly said farmers were ‘absolutely opposed’ to the use of CPOs for greenways and warned that the organisation would support any landowner who chose to fight the orders.

‘A greenway is a nice thing to have. It’s not a motorway and it’s not a hospital,’ he said. ‘To take a man’s land off him against his will so that people can cycle across it on a Sunday is not something the IFA will ever accept.’

Mr Kilkelly said the main concerns were privacy, biosecurity and the splitting of holdings, with some farmers facing the prospect of moving cattle across a public path twice a day.

One dairy farmer on the route, who did not want to be identified, said he had been offered ‘a fraction’ of what the land was worth to him.

‘It’s not about the money, really,’ he said. ‘My father farmed this land and his father before him. I don’t want people walking through my yard at all hours.’

Local Independent TD Gerry Finnerty said he supported the greenway but believed a CPO would be ‘a disaster for goodwill in the area’.

‘You will get your greenway, but you’ll have a generation of bad feeling along every mile of it,’ Deputy Finnerty said.

‘My advice to the council is to go back to the table, and if that means another route around a few farms, so be it.’

Fianna Fáil councillor Peadar Hession said businesses in Dunmara were ‘crying out’ for the project, which is expected to attract up to 90,000 visitors a year.

A council spokesperson said the CPO would only be used ‘as a last resort’ and that negotiations would continue in parallel with the statutory process.

The council expects to lodge the CPO application with An Bord Pleanála in the autumn.""",
        [
            ("leave the project hanging indefinitely", "Colm Fahy"),
            ("We have had well over", "Colm Fahy"),
            ("We’ve changed the route in", "Colm Fahy"),
            ("absolutely opposed", "Tom Kilkelly"),
            ("A greenway is a nice", "Tom Kilkelly"),
            ("To take a man’s land", "Tom Kilkelly"),
            ("a fraction", "dairy farmer on the route"),
            ("It’s not about the money,", "dairy farmer on the route"),
            ("My father farmed this land", "dairy farmer on the route"),
            ("a disaster for goodwill in", "Gerry Finnerty"),
            ("You will get your greenway,", "Gerry Finnerty"),
            ("My advice to the council", "Gerry Finnerty"),
            ("crying out", "Peadar Hession"),
            ("as a last resort", "spokesperson"),
        ],
    ),
]
