CASES = [
    (
        """Council planners reject 32-storey tower on former bus depot site

By Harriet Coombe, Housing Correspondent

Plans for a 32-storey residential tower on the site of a former bus depot in Wexley were thrown out on Tuesday night after councillors sided with residents who said the scheme would “cast half the estate into shadow”.

Members of Wexley Borough Council’s planning committee voted seven to two against the application by Harlow Quay Developments, which had promised 412 flats, 20 per cent of them described as affordable.

The committee chairman, Cllr Dennis Okafor, said the proposal was “simply too big for its setting” and that the developer had failed to address concerns raised at two earlier meetings.

“We are not against development. We need homes in this borough more than almost anywhere in the South East,” he said. “But we cannot approve a building that ignores almost everything we asked the applicant to change.”

Harlow Quay said in a statement that it was “disappointed but not surprised” by the decision and would consider an appeal.

“The scheme was the product of eighteen months of consultation and would have delivered much-needed homes on a brownfield site that has stood empty for a decade,” the statement said.

The council’s head of planning, Graham Ashdown, had recommended approval. In his report to the committee, he concluded that the harm to neighbouring homes was “less than substantial” and was “outweighed by the public benefit of new housing”.

That view was not shared by the Brockwell Estate Tenants’ Association, whose secretary, Patricia Vance, spoke against the scheme at the meeting. Mrs Vance, 61, has lived on the estate, which borders the depot site, for 30 years.

“People think we just say no to everything,” she told the committee. “We don’t. We said yes to the school extension, we said yes to the health centre. What we said no to was a wall of glass that would have taken the afternoon sun from three hundred homes.”

She later told reporters the association would “fight any appeal, street by street”.

Cllr Sunita Rao, one of two members who voted in favour, warned that the decision could prove costly.

“If this goes to appeal and we lose, the council will be paying the developer’s costs and we will still get the tower,” she said. “I understand the strength of feeling, but I’m not sure residents have been well served tonight.”

Harlow Quay has six months to lodge an appeal. A spokesman for the company declined to say whether a revised, smaller scheme was being considered.""",
        [
            ("cast half the estate into", "residents"),
            ("simply too big for its setting", "Dennis Okafor"),
            ("We are not against development", "Dennis Okafor"),
            ("But we cannot approve a", "Dennis Okafor"),
            ("disappointed but not surprised", "Harlow Quay Developments"),
            ("The scheme was the product of", "Harlow Quay Developments"),
            ("less than substantial", "Graham Ashdown"),
            ("outweighed by the public benefit", "Graham Ashdown"),
            ("People think we just say no", "Patricia Vance"),
            ("We don’t. We said yes", "Patricia Vance"),
            ("fight any appeal, street by street", "Patricia Vance"),
            ("If this goes to appeal", "Sunita Rao"),
            ("I understand the strength of feeling", "Sunita Rao"),
        ],
    ),
    (
        """Tenants at Ridgeview Terrace launch rent strike over broken heat

MERIDIAN FALLS, Ohio — More than 80 households at the Ridgeview Terrace apartments withheld their November rent this week, escalating a months-long dispute with the complex's owner over broken boilers, mold and what residents call "a landlord who only shows up to collect."

The rent strike, organized by the Ridgeview Terrace Tenants Union, is the largest in the city in at least two decades, according to local housing advocates.

"We have been patient for a year," said Marisol Duarte, 44, a home health aide who leads the union. "My kids sleep in their coats. I'm not paying $1,150 a month for that."

Duarte said the union had placed the withheld rent in a separate bank account and would release it "the day the heat comes back on in every unit."

The 212-unit complex is owned by Keystone Ember Residential LLC, which bought the property in 2021. In an emailed statement, the company said repairs were "underway and progressing on schedule" and that a new boiler system would be installed "within weeks."

"Withholding rent is not a lawful substitute for the proper channels, and residents who do not pay will be subject to the terms of their lease," the statement said.

City housing inspectors have cited the property 37 times since January, according to city records, including for missing smoke detectors and a collapsed stairwell ceiling.

City Council member Trevor Lindqvist, whose ward includes the complex, said he had asked the city's law department to explore placing the property in receivership.

"At some point the city has to stop writing tickets and start taking action," Lindqvist said in an interview Thursday. He added that the owner had "run out of second chances."

Gail Hendricks, a staff attorney at the Meridian Legal Aid Society, said state law offers tenants some protection when they deposit rent with the court, but she called the union's private account "a legal gray area" that could expose tenants to eviction filings.

"I admire what they're doing, but I want every one of those families to understand the risk," Hendricks said. "A landlord can file. Whether they win is another question."

Some residents said they had little left to lose. Darnell Price, 67, a retired bus mechanic who has lived at Ridgeview for 19 years, said he had been using his oven to heat his kitchen since October.

"I know it's dangerous. What else am I supposed to do?" he said.

The union plans a rally outside the complex's management office Saturday morning.""",
        [
            ("a landlord who only shows up", "residents"),
            ("We have been patient for", "Marisol Duarte"),
            ("My kids sleep in their", "Marisol Duarte"),
            ("the day the heat comes back", "Marisol Duarte"),
            ("underway and progressing on schedule", "Keystone Ember Residential LLC"),
            ("within weeks", "Keystone Ember Residential LLC"),
            ("Withholding rent is not a lawful", "Keystone Ember Residential LLC"),
            ("At some point the city has", "Trevor Lindqvist"),
            ("run out of second chances", "Trevor Lindqvist"),
            ("a legal gray area", "Gail Hendricks"),
            ("I admire what they're doing", "Gail Hendricks"),
            ("A landlord can file", "Gail Hendricks"),
            ("I know it's dangerous", "Darnell Price"),
        ],
    ),
    (
        """Petersen unveils $2.4b build-to-rent plan, but renters say it falls short

Housing Minister Rowan Petersen has unveiled a $2.4 billion package to fast-track 15,000 build-to-rent homes over five years, declaring the state's rental crisis "the defining challenge of this decade".

Speaking at a construction site in Carrow Park on Monday, Mr Petersen said the scheme would offer developers low-interest loans and a streamlined approvals pathway in exchange for a guarantee that a fifth of the homes would be rented at 25 per cent below market rates for at least 15 years.

"Renters have waited long enough. This is about getting cranes in the sky and keys in doors," he said.

The minister put it bluntly: "If you're a developer with shovel-ready land and you're not building, come and talk to us. If you're sitting on land waiting for prices to rise, don't expect any favours."

Urban Development Alliance chief executive Fiona Marchetti welcomed the plan as "a genuine step forward" but warned that high construction costs and a shortage of tradespeople would limit how quickly homes could be delivered.

"Money on its own doesn't lay bricks," Ms Marchetti said. "We have a workforce problem that no loan scheme will fix, and we need the government to treat it with the same urgency."

Tenant advocates were less impressed. Renters Action Network spokeswoman Kiri Anand said a 25 per cent discount on current rents still left many households paying far more than they could afford.

"Twenty-five per cent off a rent that's already doubled in five years is not affordable housing. It's slightly-less-unaffordable housing," she said.

Ms Anand said the network wanted the government to "stop outsourcing" social housing to private developers and build public homes directly.

Opposition housing spokesman Brendan Kowalczyk accused the government of "recycling old money with a new ribbon on it", saying $900 million of the package had already been announced in last year's budget.

A briefing note from the Department of Treasury and Finance, released alongside the announcement, states that the program's final cost "may vary materially depending on interest rate movements and take-up by the sector".

Asked about the note, Mr Petersen said the government had deliberately built flexibility into the scheme. "We will be judged on completions, not announcements," he said.

Legislation to establish the approvals pathway will be introduced to parliament next month, with the first round of tenders expected to open in March.""",
        [
            ("the defining challenge of this decade", "Rowan Petersen"),
            ("Renters have waited long enough", "Rowan Petersen"),
            ("If you're a developer with", "Rowan Petersen"),
            ("a genuine step forward", "Fiona Marchetti"),
            ("Money on its own doesn't", "Fiona Marchetti"),
            ("We have a workforce problem", "Fiona Marchetti"),
            ("Twenty-five per cent off a", "Kiri Anand"),
            ("stop outsourcing", "Kiri Anand"),
            ("recycling old money with a new", "Brendan Kowalczyk"),
            ("may vary materially depending on", "Department of Treasury and Finance"),
            ("We will be judged on completions", "Rowan Petersen"),
        ],
    ),
    (
        """Northgate Build enters administration, leaving three housing schemes unfinished

By Tom Ellery

Regional contractor Northgate Build has collapsed into administration, putting around 340 jobs at risk and leaving three residential schemes unfinished.

Administrators from restructuring firm Pembury Lowe were appointed on Friday. In a letter to creditors seen by this publication, joint administrator Caroline Astbury wrote that the company had suffered “sustained margin erosion on fixed-price contracts” and had been “unable to secure further working capital” after talks with a potential investor broke down last week.

The letter added: “Our immediate priority is to assess whether any of the live projects can be completed, either by the company in administration or by transfer to another contractor.”

Northgate’s schemes include the 180-home Canal Wharf development in Stallbridge, where the first residents had been due to move in next spring.

Housing association Evergreen Hearth Homes, which had agreed to buy 60 of the Canal Wharf flats for social rent, said it was “urgently reviewing” its options.

Its chief executive, Dr Malcolm Pryce, said: “Families on our waiting list have been told these homes are coming. We will do everything we can to keep that promise, but it is too early to say what the timetable will be.”

Subcontractors are expected to be among the hardest hit. Dean Whitlock, who runs a 14-strong drylining firm in Stallbridge, said he was owed £87,000.

“That’s three months of wages for my lads,” he said. “I’ll be lucky to see ten pence in the pound.”

Whitlock said he had continued working on site until Thursday afternoon after being assured by a Northgate site manager that payments were “just delayed, nothing to worry about”.

Anita Brennan, chief executive of the Specialist Contractors Federation, said subcontractors had once again been “left to carry the can” for failures further up the supply chain.

“Every time a main contractor goes under, the same people get hurt first and worst,” Brennan said. “Until retention money is properly protected, we will keep having this conversation.”

Northgate’s managing director, Simon Reddaway, who founded the company in 1998, described himself as “devastated” in a brief statement issued through the administrators.

“I am deeply sorry to our staff, our supply chain and our clients,” he said. “We fought to the very end to save this business.”

Pembury Lowe said it would report to creditors within 14 days. The company’s head office in Stallbridge was closed on Monday, with a notice on the door directing enquiries to the administrators.""",
        [
            ("sustained margin erosion on fixed-price", "Caroline Astbury"),
            ("unable to secure further working capital", "Caroline Astbury"),
            ("Our immediate priority is to", "Caroline Astbury"),
            ("urgently reviewing", "Evergreen Hearth Homes"),
            ("Families on our waiting list", "Malcolm Pryce"),
            ("That’s three months of wages", "Dean Whitlock"),
            ("I’ll be lucky to see", "Dean Whitlock"),
            ("just delayed, nothing to worry about", "Northgate site manager"),
            ("left to carry the can", "Anita Brennan"),
            ("Every time a main contractor", "Anita Brennan"),
            ("Until retention money is properly", "Anita Brennan"),
            ("devastated", "Simon Reddaway"),
            ("I am deeply sorry to", "Simon Reddaway"),
            ("We fought to the very end", "Simon Reddaway"),
        ],
    ),
    (
        """Hollis Creek zoning board approves 96-unit affordable complex after heated hearing

By Danielle Ortega
Staff Writer

HOLLIS CREEK — After nearly four hours of testimony, the Hollis Creek Zoning Board of Appeals voted 4-1 late Wednesday to approve a 96-unit affordable apartment complex on Old Mill Road, overriding objections from dozens of neighbors who packed the town hall auditorium.

The project, proposed by the nonprofit Cedar Hearth Housing Partnership, will offer apartments to households earning between 30% and 80% of the area median income. It was filed under a state law that lets the board waive some local zoning rules in towns that fall short of affordable housing targets.

Board Chair Lorraine Whitfield said the panel had "very little room" to deny the application under that law, but she insisted the board had not approved it reluctantly.

"I've heard people tonight say this isn't the right place," Whitfield said. "I've sat on this board for eleven years, and I have never once heard anyone say where the right place is.

"Every town around us has done its part. It's our turn."

Many residents raised concerns about traffic on Old Mill Road, a narrow two-lane road with no sidewalks, and about crowding at the town's only elementary school.

"Nobody here is against affordable housing," said Kevin Brandt, who lives two doors from the site and organized a petition with more than 600 signatures. "We're against putting a hundred families on a road where two cars can barely pass."

Another resident, who declined to give her name, told the board the project would "change the character of this neighborhood forever."

Cedar Hearth's executive director, Raymond Osei, said the nonprofit had agreed to pay for a new sidewalk and a left-turn lane as conditions of approval. He called the traffic concerns "legitimate and solvable."

"The people who will live here are teachers' aides, nursing assistants, seniors on fixed incomes, young people who grew up in this town and can't afford to come back," Osei said. "They are not strangers. They're your neighbors already."

The lone dissenting vote came from board member Philip Tasker, who said he supported the project in principle but believed the board should have required an independent traffic study before voting.

Brandt said afterward that neighbors were consulting a lawyer about a possible appeal in state court.

"This isn't over," he said.

Construction could begin as early as next fall, according to Cedar Hearth, with the first tenants moving in by 2027.""",
        [
            ("very little room", "Lorraine Whitfield"),
            ("I've heard people tonight say", "Lorraine Whitfield"),
            ("I've sat on this board", "Lorraine Whitfield"),
            ("Every town around us has", "Lorraine Whitfield"),
            ("Nobody here is against affordable housing", "Kevin Brandt"),
            ("We're against putting a hundred", "Kevin Brandt"),
            ("change the character of this", "resident"),
            ("legitimate and solvable", "Raymond Osei"),
            ("The people who will live here", "Raymond Osei"),
            ("They are not strangers", "Raymond Osei"),
            ("This isn't over", "Kevin Brandt"),
        ],
    ),
    (
        """Government to cap rent rises at 3% as housing protests swell

VALMORA, March 4 — The government will cap annual rent increases at 3% for the next two years, Housing Minister Teodora Vasquez-Lind announced on Tuesday, days after tens of thousands of people marched through the capital demanding action on soaring housing costs.

"Families are spending half their income on rent. That is not a market functioning; that is a market failing," Vasquez-Lind told a news conference. "We will not stand by."

The cap will apply to all existing residential leases and to new leases on properties that were rented out in the previous three years. Landlords who breach it will face fines of up to 20,000 crowns per violation, according to a draft decree published by the Ministry of Housing and Urban Development.

The decree describes the measure as "temporary and exceptional" and says it will be reviewed "in light of market conditions" before it expires.

The National Association of Property Developers said in a statement that the cap would "choke off investment at precisely the moment the country needs more homes, not fewer."

Its president, Aurelio Santangelo, told reporters that several member companies were reconsidering projects already in the planning stage. "When you tell investors the rules can change overnight, they take their money somewhere the rules don't change," he said.

The Valmora Tenants' Federation, which organized Saturday's march, called the cap "a first step, not a solution."

"Three percent on top of rents that have already risen forty percent is still three percent too much for a lot of people," said Ines Harkavy, a spokeswoman for the federation. She said the group would press for a public register of rents and tougher rules on evictions.

Rents in the capital have risen by about 40% since 2020, according to government figures, while wages have grown by less than half that. In its latest financial stability report, the Central Reserve Bank warned that house prices in major cities appeared "significantly overvalued" relative to incomes.

Some economists questioned whether a cap would help. Lukas Brenner, chief economist at Orrin Capital, said rent controls had "a poor track record" of improving affordability over time.

"They help sitting tenants in the short run and hurt everyone else in the long run," Brenner wrote in a note to clients.

Vasquez-Lind rejected that criticism. Asked whether the cap would deter construction, she said newly built properties would be exempt for their first five years, a provision she described as "the carrot that goes with the stick."

The decree is expected to take effect on April 1 after a two-week consultation period.""",
        [
            ("Families are spending half their", "Teodora Vasquez-Lind"),
            ("We will not stand by", "Teodora Vasquez-Lind"),
            ("temporary and exceptional", "Ministry of Housing and Urban Development"),
            ("in light of market conditions", "Ministry of Housing and Urban Development"),
            ("choke off investment at precisely the", "National Association of Property Developers"),
            ("When you tell investors the", "Aurelio Santangelo"),
            ("a first step, not a solution", "Valmora Tenants' Federation"),
            ("Three percent on top of rents", "Ines Harkavy"),
            ("significantly overvalued", "Central Reserve Bank"),
            ("a poor track record", "Lukas Brenner"),
            ("They help sitting tenants in", "Lukas Brenner"),
            ("the carrot that goes with", "Teodora Vasquez-Lind"),
        ],
    ),
    (
        """Housing association apologises to family over years of damp and mould

A housing association has apologised and agreed to pay £4,200 in compensation to a Dunmore family whose flat was so badly affected by damp and mould that their youngest child was repeatedly admitted to hospital.

An investigation by the Social Housing Complaints Commission found ‘severe maladministration’ in the way Lanthorn Homes Group handled complaints from tenant Nadia Kerrigan over more than two years.

The commission’s report, published yesterday, said the landlord had ‘failed at almost every stage’ to respond to reports of black mould and had ‘treated a family in distress as an administrative inconvenience’.

Mrs Kerrigan, 34, first reported the problem in the autumn of 2021. Over the following two years she made 23 complaints, by phone, email and in person at Lanthorn’s office on Castle Street.

‘I was scrubbing the walls with bleach every Sunday and by Wednesday it was back,’ she said. ‘My daughter’s inhaler became part of the furniture. Some days it felt like we were living in a cave.’

She said a surveyor sent by Lanthorn in 2022 told her the mould was caused by ‘drying washing indoors and not opening the windows’ – advice she said was impossible to follow in a one-bedroom flat with no outside space.

The commission found that the surveyor’s visit had not included any check of the building’s guttering or ventilation, and that a leaking roof above the flat was not identified until a year later.

Lanthorn’s chief executive, Judith Ravenscroft, said: ‘We let Mrs Kerrigan and her children down badly, and I am truly sorry. We have accepted the commission’s findings in full.’

In a statement, the association said it had since ‘overhauled its damp and mould procedures’ and created a dedicated team to inspect every reported case within ten working days.

Dunmore MP Owen Tregarthen, who raised the case with ministers last year, said it was ‘sadly, not unusual’.

‘Every week my office hears from tenants who have been fobbed off, blamed or simply ignored,’ he said. ‘Landlords must be made to act on damp and mould as the emergency it is.’

The family has since been moved to a two-bedroom house in the Hillcrest area of the town, and Mrs Kerrigan said her daughter had not needed hospital treatment since the move.""",
        [
            ("severe maladministration", "Social Housing Complaints Commission"),
            ("failed at almost every stage", "Social Housing Complaints Commission"),
            ("treated a family in distress as", "Social Housing Complaints Commission"),
            ("I was scrubbing the walls with", "Nadia Kerrigan"),
            ("My daughter’s inhaler became part", "Nadia Kerrigan"),
            ("drying washing indoors and not opening", "surveyor"),
            ("We let Mrs Kerrigan and her", "Judith Ravenscroft"),
            ("overhauled its damp and mould procedures", "Lanthorn Homes Group"),
            ("sadly, not unusual", "Owen Tregarthen"),
            ("Every week my office hears", "Owen Tregarthen"),
            ("Landlords must be made to act", "Owen Tregarthen"),
        ],
    ),
    (
        """Minister insists housing target achievable as completions fall again

The Minister for Housing, Cathal Brennock, has insisted the Government remains “on track” to meet its target of 40,000 new homes a year, despite new figures showing completions fell for a second consecutive quarter.

Data published yesterday by the National Statistics Bureau show 7,812 homes were completed between April and June, down 9 per cent on the same period last year. The bureau said the decline was “driven primarily by a fall in apartment completions in urban areas”.

Speaking at the opening of a 120-home scheme in Ballinree, Mr Brennock said quarterly figures were “notoriously volatile” and pointed to a 22 per cent rise in commencement notices as evidence of a “strong pipeline” of new homes.

“I’m not going to stand here and pretend one quarter’s numbers are good news. They’re not,” he said. “But the homes that will be finished next year are being started now, and the starts are up. That’s the number I’d ask people to watch.”

The Opposition’s housing spokeswoman, Róisín Delahunt, accused the minister of “hiding behind commencements”. She said: “Commencement notices don’t house anybody. The minister has been promising a pipeline for three years, and the only thing coming out of it is excuses.”

Ms Delahunt said her party would table a motion next week calling for a State-led construction company to build homes directly on public land.

Industry figures said the fall in apartment building reflected a deeper problem. Martin Gorey, director of the Construction and Homebuilders Federation, said viability remained the “single biggest obstacle” to getting apartments built in the cities.

In its pre-budget submission last month, the federation said the cost of delivering a two-bedroom apartment in the capital “exceeds the price that the majority of buyers can pay by a margin of at least €80,000”.

“Nobody is going to build something they can only sell at a loss,” Mr Gorey said. “Until that gap is closed, the cranes will stay on the ground.”

A spokeswoman for the homeless charity Harbour Light Housing Trust said the figures were “deeply disappointing” for the more than 14,000 people, including 4,000 children, living in emergency accommodation.

“Behind every one of these numbers is a family waiting for a door to close behind them,” she said.

The next quarterly figures are due in November.""",
        [
            ("on track", "Cathal Brennock"),
            ("driven primarily by a fall in", "National Statistics Bureau"),
            ("notoriously volatile", "Cathal Brennock"),
            ("strong pipeline", "Cathal Brennock"),
            ("I’m not going to stand", "Cathal Brennock"),
            ("But the homes that will", "Cathal Brennock"),
            ("hiding behind commencements", "Róisín Delahunt"),
            ("Commencement notices don’t house anybody", "Róisín Delahunt"),
            ("single biggest obstacle", "Martin Gorey"),
            ("exceeds the price that the majority", "Construction and Homebuilders Federation"),
            ("Nobody is going to build", "Martin Gorey"),
            ("Until that gap is closed", "Martin Gorey"),
            ("deeply disappointing", "spokeswoman for the homeless charity Harbour Light Housing Trust"),
            ("Behind every one of these numbers", "spokeswoman for the homeless charity Harbour Light Housing Trust"),
        ],
    ),
]
