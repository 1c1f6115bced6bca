CASES = [
    (
        """Dungannon man jailed over 'reckless' crash that left cyclist with life-changing injuries

By Aoife Mullan

A Co Tyrone man who drove at well over the speed limit before colliding with a cyclist on a rural road has been jailed for four years.

Ciarán Devlin (27), of Killymaddy Park, Dungannon, pleaded guilty at an earlier hearing to causing grievous bodily injury by dangerous driving on the Ballygawley Road on July 14 last year.

Dungannon Crown Court heard the victim, 54-year-old Desmond Hanna, was thrown more than 20 metres by the impact and spent five weeks in the Royal Victoria Hospital. He now uses a wheelchair.

Prosecuting barrister Gemma Rafferty said Devlin's Audi A3 had been travelling at an estimated 83mph in a 50mph zone. She told the court that Devlin had left the scene before returning about 40 minutes later with his father.

"This was a sustained piece of bad driving over a distance of well over a mile," Ms Rafferty said. "Witnesses describe the vehicle overtaking on a blind bend moments before the collision."

In a victim impact statement read to the court, Mr Hanna said his life had been "turned upside down in a matter of seconds".

"I was a keen cyclist, a volunteer with the local scouts and a grandfather who could lift his grandchildren. I can no longer do any of those things," he wrote.

Defence counsel Patrick Loughran KC said his client was "deeply ashamed" and had written a letter of apology to the Hanna family.

"He does not seek to minimise what he did. He panicked, he left, and he came back, and he has had to live with that every day since," Mr Loughran said.

He added that Devlin, a father of one, had no previous convictions and had been in steady employment as an electrician.

Passing sentence, Judge Neil Forsythe said the driving had been "reckless in the extreme" and that the decision to leave the scene was an aggravating factor.

"The courts have said time and again that those who drive in this manner on our roads must expect a custodial sentence," the judge said.

"Mr Hanna went out for a bicycle ride on a summer evening. He came home months later a changed man."

Judge Forsythe imposed a sentence of four years, to be split equally between custody and licence, and disqualified Devlin from driving for seven years. He must also sit an extended test before driving again.

Speaking outside court, a relative of Mr Hanna said the family was "relieved it was over" but added that no sentence would give him back what he had lost.""",
        [
            ("reckless", "Neil Forsythe"),
            ("This was a sustained piece", "Gemma Rafferty"),
            ("Witnesses describe the vehicle overtaking", "Gemma Rafferty"),
            ("turned upside down in a", "Desmond Hanna"),
            ("I was a keen cyclist,", "Desmond Hanna"),
            ("deeply ashamed", "Patrick Loughran"),
            ("He does not seek to", "Patrick Loughran"),
            ("reckless in the extreme", "Neil Forsythe"),
            ("The courts have said time", "Neil Forsythe"),
            ("Mr Hanna went out for", "Neil Forsythe"),
            ("relieved it was over", "relative of Mr Hanna"),
        ],
    ),
    (
        """Gardaí to increase patrols in Castlebar town centre after rise in anti-social behaviour

Garda numbers in Castlebar will be increased at weekends following a spike in public order incidents in the town centre, a meeting of the Mayo Joint Policing Committee has heard.

Chief Superintendent Declan Moloney told members that public order offences in the Castlebar district had risen by 23% in the first half of the year compared with the same period last year.

"We are not going to pretend that there isn't a problem. There is, and we are dealing with it," Chief Supt Moloney said.

He said additional gardaí from the Westport and Claremorris districts would be deployed on Friday and Saturday nights from next month, along with members of the Divisional Drugs Unit.

Independent councillor Teresa Gallagher said traders on Main Street and Linenhall Street had told her they were "afraid to open late" during the summer months.

"I have had business owners in tears in my clinic. One woman had her window put in twice in three weeks," she said.

"People want to see a garda on the street. They don't want to be told about statistics."

Fine Gael councillor Martin Joyce welcomed the extra patrols but said the force in Mayo remained "stretched to breaking point".

According to figures presented to the committee, the Mayo division has 39 fewer sworn members than it did five years ago.

Cllr Joyce said: "You can move gardaí from Westport to Castlebar on a Saturday night, but then who is minding Westport? We need more boots on the ground, not the same boots moved around the county."

Chief Supt Moloney accepted that recruitment was a challenge but said 14 probationer gardaí were due to be allocated to the division before the end of the year.

He also said a new community CCTV scheme for the town, approved by councillors in 2022, was expected to go live in the autumn after delays linked to data protection requirements.

In a statement after the meeting, Mayo County Council said it was "committed to working with An Garda Síochána and the community" to make the town centre safer for residents and visitors.

A spokesperson for the Garda Press Office said the force would "continue to engage with local stakeholders" and urged anyone who witnessed anti-social behaviour to report it.

Sinn Féin councillor Rose Durcan said young people in the town had "nowhere to go" and called for the reopening of a youth facility at the former St Joseph's Hall.

"Enforcement is one part of it. But if we don't give teenagers somewhere to be on a Friday night, we will be back here in a year having the same conversation," she said.

The committee will meet again in November.""",
        [
            ("We are not going to", "Declan Moloney"),
            ("afraid to open late", "Teresa Gallagher"),
            ("I have had business owners", "Teresa Gallagher"),
            ("People want to see a", "Teresa Gallagher"),
            ("stretched to breaking point", "Martin Joyce"),
            ("You can move gardaí from", "Martin Joyce"),
            ("committed to working with An", "Mayo County Council"),
            ("continue to engage with local", "spokesperson"),
            ("nowhere to go", "Rose Durcan"),
            ("Enforcement is one part of", "Rose Durcan"),
        ],
    ),
    (
        """Council row over Irish language street signs as unionists walk out of meeting

By Seán Quigley

Unionist councillors walked out of a meeting of Bann Valley Borough Council last night after a proposal to erect dual-language street signs in the village of Drumcarn was passed by a single vote.

The motion, tabled by SDLP councillor Niamh Corrigan, followed a survey in which 41 per cent of residents who responded backed the signs – above the 15 per cent threshold required under the council’s policy.

Speaking during the debate, Ms Corrigan said the signs were “a modest and lawful recognition of a language that belongs to everyone”.

“Nobody is having anything imposed on them. The policy was agreed by this council, the threshold was met, and we are simply following our own rules,” she said.

DUP councillor Alan McCrea said the process had been “deeply flawed” and claimed that residents who did not respond to the survey had effectively been counted as having no objection.

“Fifty-nine per cent of the people who took the time to fill in that form said no. Let that sink in,” he told the chamber.

“This is not about a language. It is about a community being told its views don’t matter.”

Mr McCrea and four party colleagues, along with two Ulster Unionist members, then left the chamber before the vote was taken.

UUP councillor Heather Bleakley later said in a statement that unionist members had left “in protest at a process that has lost the confidence of a large section of the community”.

She called for the policy to be reviewed “as a matter of urgency”.

Sinn Féin group leader Pádraig Ó Murchú said the walk-out was “disappointing but not surprising”.

“Irish speakers in Drumcarn have waited patiently. They followed every step the council asked of them and they won the vote fair and square,” he said.

The council’s chief executive, Roger Stinson, confirmed the signs would be erected in the new financial year, subject to budget.

A council spokeswoman said: “The council has a statutory duty to consider applications in line with its adopted policy. All responses to the consultation were considered.”

A spokesman for the local Irish language group Glór an Bhanna welcomed the decision, describing it as “a good night for the whole village”.

The Irish News understands that at least one resident has contacted a solicitor about a possible judicial review.""",
        [
            ("a modest and lawful recognition", "Niamh Corrigan"),
            ("Nobody is having anything imposed", "Niamh Corrigan"),
            ("deeply flawed", "Alan McCrea"),
            ("Fifty-nine per cent of the", "Alan McCrea"),
            ("This is not about a", "Alan McCrea"),
            ("in protest at a process", "Heather Bleakley"),
            ("as a matter of urgency", "Heather Bleakley"),
            ("disappointing but not surprising", "Pádraig Ó Murchú"),
            ("Irish speakers in Drumcarn have", "Pádraig Ó Murchú"),
            ("The council has a statutory", "spokeswoman"),
            ("a good night for the", "spokesman"),
        ],
    ),
    (
        """Judge warns of 'zero tolerance' as Castleisland man banned from driving

A Castleisland man who was found asleep at the wheel of his car with the engine running has been banned from driving for three years at Tralee District Court.

Thomas Fitzmaurice (44), of Knocknagoshel Road, Castleisland, pleaded guilty to being in charge of a mechanically propelled vehicle while over the legal alcohol limit.

Garda Eoin Buckley gave evidence that he came upon the vehicle parked partly on the footpath on Main Street at around 2.15am on March 3. The defendant was in the driver's seat and the headlights were on.

Garda Buckley said that when he knocked on the window, Mr Fitzmaurice 'appeared confused' and told him he had 'only had the two pints'.

A subsequent breath test at Tralee Garda Station recorded a reading of 61 microgrammes of alcohol per 100 millilitres of breath, more than twice the legal limit.

Solicitor Pádraig O'Connell, for the defendant, said his client had intended to sleep in the car rather than drive home after a family christening.

'He made a sensible decision in one sense, but the law is the law, and he accepts that being in charge of a vehicle in that condition is an offence,' Mr O'Connell said.

He told the court that his client worked as a lorry driver and that the loss of his licence would have 'serious consequences' for the family.

'He has three children and his employment depends entirely on his licence,' the solicitor said.

Judge Fiona Keane said she had some sympathy for the defendant's position but was obliged to consider the circumstances and the reading.

'Keys in the ignition, engine running, lights on. A car in that state can be driven away in a second,' Judge Keane said.

'The gardaí in this county are operating a zero tolerance approach to drink driving and this court will support them in that.'

She imposed a fine of €400 and the mandatory three-year disqualification. She refused an application to postpone the ban but allowed the defendant six months to pay the fine.

Speaking afterwards, a senior garda in the Kerry division said there had been 'a worrying increase' in drink-driving detections across the county this year.

According to figures released by gardaí last week, 112 people were arrested for driving under the influence in Kerry in the first five months of the year, compared with 87 in the same period last year.

The Kerry Road Safety Partnership said in a statement that there was 'no safe level' of alcohol for drivers and urged anyone who had been drinking the night before to 'think twice' before getting behind the wheel.""",
        [
            ("zero tolerance", "Fiona Keane"),
            ("appeared confused", "Eoin Buckley"),
            ("only had the two pints", "Thomas Fitzmaurice"),
            ("He made a sensible decision", "Pádraig O'Connell"),
            ("serious consequences", "Pádraig O'Connell"),
            ("He has three children and", "Pádraig O'Connell"),
            ("Keys in the ignition, engine", "Fiona Keane"),
            ("The gardaí in this county", "Fiona Keane"),
            ("a worrying increase", "senior garda in the Kerry division"),
            ("no safe level", "Kerry Road Safety Partnership"),
            ("think twice", "Kerry Road Safety Partnership"),
        ],
    ),
    (
        """Larne: Petrol bombs thrown at police during 'sustained' disorder

By Gareth Nesbitt
BBC News NI

Seven police officers were injured during disorder in Larne, County Antrim, on Tuesday night, the Police Service of Northern Ireland (PSNI) has said.

Petrol bombs, bricks and fireworks were thrown at officers in the Glenview area of the town from about 21:30 BST.

A car was hijacked and set alight, and a water cannon was deployed shortly after midnight.

Ch Supt Lorraine Agnew said the violence had been "sustained and clearly organised".

"Officers faced a barrage of missiles for more than four hours. Some of those involved were children as young as 12 or 13," she said.

"I want to be clear: there is no justification whatsoever for this kind of behaviour. People who live in Glenview have been terrified in their own homes."

She said none of the injured officers needed hospital treatment, but one had suffered a burn to her leg.

Two men, aged 19 and 23, were arrested on suspicion of riot and remain in custody.

The PSNI has not said what prompted the disorder, but BBC News NI understands that it followed a series of searches in the area earlier in the day linked to an investigation into paramilitary-style assaults.

A security source said police had received intelligence in advance that "something was being planned" for Tuesday evening.

Local Alliance Party MLA Ruth Galbraith described the scenes as "shameful".

"The people being used to throw petrol bombs are young people who are being exploited by criminals who never show their faces," she said.

"Those adults are the ones who should be in a cell this morning."

DUP councillor Stephen Reid said residents had been contacting him throughout the night.

He told BBC Radio Ulster's Good Morning Ulster programme: "There was an elderly man in the street beside me who couldn't get out of his house because the car outside his door was on fire. That's not protest, that's thuggery."

A statement from Glenview Community Association said the events were "not carried out in our name" and appealed for calm ahead of the weekend.

Police have appealed for anyone with footage of the disorder to contact them on 101.""",
        [
            ("sustained", "Lorraine Agnew"),
            ("sustained and clearly organised", "Lorraine Agnew"),
            ("Officers faced a barrage of", "Lorraine Agnew"),
            ("I want to be clear:", "Lorraine Agnew"),
            ("something was being planned", "security source"),
            ("shameful", "Ruth Galbraith"),
            ("The people being used to", "Ruth Galbraith"),
            ("Those adults are the ones", "Ruth Galbraith"),
            ("There was an elderly man", "Stephen Reid"),
            ("not carried out in our", "Glenview Community Association"),
        ],
    ),
    (
        """Woman who sued council over fall on Mallow footpath loses €60,000 claim

A retired teacher who claimed she suffered a broken wrist when she tripped on a raised paving slab in Mallow has lost her €60,000 compensation case against Cork County Council.

Bernadette Kiely, 67, of Ballydaheen, Mallow, told Cork Circuit Civil Court that she fell on Bridge Street in November 2021 as she walked to a pharmacy.

She said the slab was raised "by at least an inch" and that she had "no chance" of seeing it because of wet leaves on the footpath.

"I went down like a sack of potatoes. I heard the bone go before I hit the ground," Ms Kiely told the court.

Consulting engineer Dermot Hurley, called on her behalf, said the defect measured 28mm at its highest point and in his view constituted "a clear tripping hazard".

However, an engineer for the council, Gráinne Twomey, said she had inspected the site two weeks after the incident and found a height differential of 11mm.

"That is well within what you would find on any footpath in any town in the country," Ms Twomey said.

Under cross-examination by Ms Kiely's counsel, Ronan Creed BL, Ms Twomey accepted that she could not rule out that some repair had been carried out before her inspection.

Barrister for the council Siobhán Lenihan BL said Ms Kiely had lived in the town for more than 40 years and had walked that stretch of footpath "hundreds if not thousands of times".

Judge Colm Dineen said he found Ms Kiely to be an honest witness who had clearly suffered a painful injury.

"But honesty is not the test. The question is whether the local authority was negligent, and on the evidence before me I cannot find that it was," the judge said.

He said the photographs produced by the plaintiff's engineer were taken more than a year after the fall and he could not be satisfied that they showed the footpath as it was on the day.

"Footpaths are not bowling greens. Pedestrians are expected to take reasonable care for their own safety," Judge Dineen said.

He dismissed the claim and made no order as to costs.

In a statement afterwards, Cork County Council said it "notes the decision of the court" and that footpaths in the Mallow municipal district were inspected on a regular basis.

Local Independent councillor Pat Sheehan said outside the courthouse that the ruling did not change the fact that footpaths in the town needed investment.

"I'm not commenting on any individual case. But anyone who walks around Mallow knows the state of some of our footpaths, and it's not good enough," he said.""",
        [
            ("by at least an inch", "Bernadette Kiely"),
            ("no chance", "Bernadette Kiely"),
            ("I went down like a", "Bernadette Kiely"),
            ("a clear tripping hazard", "Dermot Hurley"),
            ("That is well within what", "Gráinne Twomey"),
            ("hundreds if not thousands of", "Siobhán Lenihan"),
            ("But honesty is not the", "Colm Dineen"),
            ("Footpaths are not bowling greens.", "Colm Dineen"),
            ("notes the decision of the", "Cork County Council"),
            ("I'm not commenting on any", "Pat Sheehan"),
        ],
    ),
    (
        """Farmers ‘living in fear’ as rural thefts soar in Fermanagh

By Rachel Monaghan

Farmers in south Fermanagh are “living in fear” following a sharp rise in thefts of livestock, machinery and fuel, the chairman of a local farming group has warned.

Trevor Armstrong, chairman of the Lakeland Farmers’ Association, told a meeting of the Fermanagh and Omagh Policing and Community Safety Partnership (PCSP) that some of his neighbours were now sleeping in their yards during lambing season.

Figures presented to the meeting show that 47 agricultural crimes were reported in the district in the past six months, up from 29 in the same period last year.

“I’ve been farming outside Newtownbutler for 35 years and I have never seen it like this. People are putting their own safety at risk because they feel nobody else is going to protect their property.

“One man I know lost 30 ewes in a single night. That is thousands of pounds gone, and there is no insurance policy that will cover the full cost.”

Superintendent Gavin Ferguson, the district commander, said the PSNI was working with An Garda Síochána on cross-border operations targeting those involved.

“We are seeing organised groups travelling significant distances to commit these crimes. They are not opportunists. They know what they are looking for and they know where to find it,” he said.

He said a dedicated rural crime team had been set up in the district last month and urged farmers to mark their equipment and sign up to the “FarmWatch” text alert scheme.

Supt Ferguson said: “I would ask people not to take the law into their own hands. If you see something suspicious, ring 999 and we will respond.”

But one farmer from the Rosslea area, who asked not to be named, said police response times in the area were “a joke”.

“The last time I rang, it was nearly two hours before anybody came out. By then the trailer was long gone,” he told the Impartial Reporter after the meeting.

UUP councillor Alison Beattie said rural communities felt “forgotten” by policing priorities set in Belfast.

Sinn Féin councillor Damien McCaffrey welcomed the cross-border co-operation but said it had to be “more than a photo opportunity”.

The PCSP agreed to write to the Policing Board seeking an update on neighbourhood officer numbers in the district.""",
        [
            ("living in fear", "Trevor Armstrong"),
            ("living in fear", "Trevor Armstrong"),
            ("I’ve been farming outside Newtownbutler", "Trevor Armstrong"),
            ("One man I know lost", "Trevor Armstrong"),
            ("We are seeing organised groups", "Gavin Ferguson"),
            ("I would ask people not", "Gavin Ferguson"),
            ("a joke", "farmer from the Rosslea area"),
            ("The last time I rang,", "farmer from the Rosslea area"),
            ("forgotten", "Alison Beattie"),
            ("more than a photo opportunity", "Damien McCaffrey"),
        ],
    ),
    (
        """Councillors demand answers as Dungarvan housing scheme delayed for third time

By Ciara Power

Councillors in Waterford have criticised the further delay of a 64-home social housing development in Dungarvan, which was originally due to be completed in the summer of 2023.

Families on the local authority's housing list had been told the first tenants would move into the Ard na Gréine scheme on the Clonmel Road by Christmas. However, a report to the Dungarvan-Lismore Municipal District meeting yesterday said completion was now not expected until the middle of next year.

According to the report, the contractor, Déise Build Ltd, has cited "unforeseen ground conditions" and difficulties in sourcing labour.

Labour councillor Eileen Hickey said families had been "strung along" for too long.

"I have a woman in touch with me who has three children sharing a box room in her mother's house. She was told two years ago she'd have a key by now. What do I tell her?" Cllr Hickey asked.

Fianna Fáil councillor Noel Kirwan called for representatives of the contractor to appear before councillors.

"I don't want another report. I want somebody from that company sitting in this room explaining to us, in plain English, what has gone wrong," he said.

Director of housing services Michael Phelan said the council shared members' frustration.

He said the local authority had "robust contractual mechanisms" in place and was "actively pursuing" the matter with the contractor, but he declined to say whether penalty clauses had been triggered.

"I would ask members to bear with us. We are not going to discuss commercial matters in a public forum, but I can assure you this is being taken extremely seriously," Mr Phelan said.

Speaking to reporters after the meeting, Independent councillor Jim Dalton said the delay was "the same old story".

"Every time it's the weather, or the ground, or Covid, or the price of steel. Meanwhile the housing list gets longer," he said.

In a statement, Déise Build said it remained "fully committed" to delivering the project.

"The company encountered significant and unanticipated rock at the site which required a redesign of the foundations. This was outside our control," the statement said.

The company said it was in "ongoing and constructive" discussions with the council and expected to hand over the first 20 homes in the spring.

A source in the council's housing section, who did not wish to be named, said relations with the contractor had become "very strained" in recent months.

The municipal district will receive a further update at its December meeting.""",
        [
            ("unforeseen ground conditions", "Déise Build Ltd"),
            ("strung along", "Eileen Hickey"),
            ("I have a woman in", "Eileen Hickey"),
            ("I don't want another report.", "Noel Kirwan"),
            ("robust contractual mechanisms", "Michael Phelan"),
            ("actively pursuing", "Michael Phelan"),
            ("I would ask members to", "Michael Phelan"),
            ("the same old story", "Jim Dalton"),
            ("Every time it's the weather,", "Jim Dalton"),
            ("fully committed", "Déise Build Ltd"),
            ("The company encountered significant and", "Déise Build Ltd"),
            ("ongoing and constructive", "Déise Build Ltd"),
            ("very strained", "source in the council's housing section"),
        ],
    ),
]
