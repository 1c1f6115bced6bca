CASES = [
    (
        """Finance Secretary warns of "difficult choices" as budget clears first hurdle

By Alan Petrie, Political Correspondent

THE Scottish Government's spending plans for next year have cleared their first parliamentary hurdle after ministers struck a last-minute deal with opposition MSPs over council funding.

The Budget Bill passed its stage one vote at Holyrood by 66 votes to 57 on Thursday, after the Scottish Greens agreed to back it in return for an extra £45 million for local authorities and a freeze on rail fares in the central belt.

Finance Secretary Morag Lindsay told MSPs the settlement was "the best that could be achieved" in the face of a squeeze from Westminster, but warned that further "difficult choices" lay ahead.

"Nobody in this chamber should pretend that this is a generous budget," she said. "It is a budget written under pressure, and every pound we commit to one priority is a pound we cannot spend on another."

Ms Lindsay said the government would set out its plans for public sector pay in the spring, and refused to rule out further cuts to arm's-length bodies.

The deal was welcomed by Greens finance spokesman Calum Drever, who said his party had "held the government's feet to the fire" on local services.

"Councils have been telling us for years that they are at breaking point," Mr Drever said. "This money will not solve every problem, but it will keep libraries open and bin lorries on the road in communities that were facing the worst."

Scottish Conservative finance spokeswoman Elaine Kerr accused ministers of "papering over the cracks".

She said: "This is a government that has run out of ideas and is now running out of money. Families in every part of Scotland are paying more in tax and getting less in return."

Scottish Labour's Robert Haddow said the deal did nothing to address NHS waiting lists, which he described as "a national scandal".

Councillor Fiona Baird, resources spokeswoman for the Scottish Councils Association, said the extra cash was "welcome but nowhere near enough".

"We will look closely at the detail, but the reality is that councils are still facing a gap of around £400m next year," she said.

A Scottish Government spokesman said: "This budget delivers record funding for health and social care and protects the policies that make Scotland a fairer country, including free prescriptions and free tuition."

The bill will now go to the finance committee for detailed scrutiny before a final vote in late February.""",
        [
            ("difficult choices", "Morag Lindsay"),
            ("the best that could be", "Morag Lindsay"),
            ("difficult choices", "Morag Lindsay"),
            ("Nobody in this chamber should", "Morag Lindsay"),
            ("It is a budget written", "Morag Lindsay"),
            ("held the government's feet to", "Calum Drever"),
            ("Councils have been telling us", "Calum Drever"),
            ("This money will not solve", "Calum Drever"),
            ("papering over the cracks", "Elaine Kerr"),
            ("This is a government that", "Elaine Kerr"),
            ("a national scandal", "Robert Haddow"),
            ("welcome but nowhere near enough", "Fiona Baird"),
            ("We will look closely at", "Fiona Baird"),
            ("This budget delivers record funding", "spokesman"),
        ],
    ),
    (
        """MSPs demand answers over spiralling cost of Inverbrae hospital

Holyrood's public audit committee has demanded an explanation from health chiefs after the cost of a new community hospital in Perthshire rose by more than £60 million.

The Inverbrae Community Hospital, first promised in 2019, was originally due to open last year at a cost of £94m. According to a report published yesterday by the Scottish Audit Office, the final bill is now expected to top £155m, and the building will not take patients until at least 2027.

The report, "Inverbrae Community Hospital: A Project in Difficulty", found that NHS Strathmoray had "significantly underestimated" the engineering work needed on the former quarry site and had changed the design at least four times after construction began.

Auditor General Neil Mackintosh said the problems were "entirely foreseeable".

"There were warning signs from very early on, and they were not acted on," he said. "Patients in the area have been let down, and the public purse has taken a substantial hit."

Committee convener Sarah McPhail, the Liberal Democrat MSP for Strathmoray and Glen Ardle, said she would be writing to the health board and to the Health Secretary, Iain Galbraith, requesting a full timeline of decisions.

"We need to understand who knew what, and when," Ms McPhail told The Scotsman. "If ministers were aware of these problems and chose to say nothing, that is a very serious matter."

Conservative MSP Douglas Arnott, who sits on the committee, said the project had become a "byword for waste" and called for an independent review of all major NHS building schemes.

Local campaigners, who have fought for a new hospital since the old Inverbrae cottage hospital closed its inpatient ward in 2016, said the delay was having a real effect on families.

Margaret Souter, chair of the Inverbrae Hospital Action Group, said: "People here are travelling 50 miles to Dunmarnock for treatment that should be on their doorstep. Elderly patients are being discharged to care homes miles from their families because there is nowhere closer."

She added: "We were promised a hospital. We have been given a building site."

In a statement, NHS Strathmoray said it "accepted the findings in full" and had already overhauled its project management arrangements, including appointing a new director of capital planning.

"The board recognises the frustration felt by the local community," the statement said. "We remain fully committed to delivering a modern, fit-for-purpose hospital for Inverbrae and the surrounding area."

The Scottish Government said the Health Secretary would respond to the committee "in due course".""",
        [
            ("significantly underestimated", "Scottish Audit Office"),
            ("entirely foreseeable", "Neil Mackintosh"),
            ("There were warning signs from", "Neil Mackintosh"),
            ("Patients in the area have", "Neil Mackintosh"),
            ("We need to understand who", "Sarah McPhail"),
            ("If ministers were aware of", "Sarah McPhail"),
            ("byword for waste", "Douglas Arnott"),
            ("People here are travelling 50", "Margaret Souter"),
            ("We were promised a hospital", "Margaret Souter"),
            ("accepted the findings in full", "NHS Strathmoray"),
            ("The board recognises the frustration", "NHS Strathmoray"),
            ("We remain fully committed to", "NHS Strathmoray"),
            ("in due course", "Scottish Government"),
        ],
    ),
    (
        """EXCLUSIVE: Mum’s plea to ministers as village school faces axe

By Lorna Gilchrist

A heartbroken mum has begged ministers to step in to save her village’s only primary school.

Kirsty Dunlop, 34, says her two kids will face a 40-minute bus journey on dangerous country roads if Ardcraig Primary is shut.

East Lennoch Council bosses want to close the school, which has just 19 pupils, as part of a £9million savings drive.

But Kirsty, who lives in the Ayrshire village with husband Gary and children Ellie, seven, and Rory, five, told the Record: “It’s the heart of this community. If the school goes, young families won’t move here and the village will just die.

“My kids love it there. The teachers know every single child by name. You can’t put a price on that.”

The council’s plans have sparked fury in the village, with more than 1,200 people signing a petition – more than three times Ardcraig’s population.

Local MSP Gordon Tait raised the closure at Holyrood yesterday, urging Education Secretary Anne Corrigan to “stand up for rural Scotland”.

He said: “This is a decision being taken by people in an office 30 miles away who have never set foot in Ardcraig. The Scottish Government has the power to intervene and it should use it.”

Ms Corrigan told MSPs she could not comment on an individual case while the council’s consultation was still under way.

But she added: “I want to be absolutely clear that rural schools are a vital part of Scotland’s education system, and there is a strong presumption against closure in the law.”

A source close to the Education Secretary later told the Record she was “sympathetic” to the campaign but would not “tie her hands” before any appeal reached her desk.

An East Lennoch Council spokeswoman said: “No decision has been made. We are consulting with parents, staff and the wider community and will consider all responses carefully before a report goes to councillors in June.”

Campaigners say they are ready to take their fight all the way to the Scottish Parliament if they have to.

Tom Breckenridge, 61, a retired joiner who chairs the Save Ardcraig Primary group, said: “We’ve had nothing but warm words from the council. Our bairns deserve better than that.

“My grandfather went to that school, my kids went to that school, and I want my grandweans to go there too.”""",
        [
            ("It’s the heart of this", "Kirsty Dunlop"),
            ("My kids love it there", "Kirsty Dunlop"),
            ("stand up for rural Scotland", "Gordon Tait"),
            ("This is a decision being", "Gordon Tait"),
            ("I want to be absolutely", "Anne Corrigan"),
            ("sympathetic", "source close to the Education Secretary"),
            ("tie her hands", "source close to the Education Secretary"),
            ("No decision has been made", "spokeswoman"),
            ("We’ve had nothing but warm", "Tom Breckenridge"),
            ("My grandfather went to that", "Tom Breckenridge"),
        ],
    ),
    (
        """'The case has never been stronger', Yes campaigners told at Perth rally

By Hamish Fairlie

THE case for Scottish independence "has never been stronger", the leader of the country's largest grassroots Yes organisation has said.

More than 1,500 activists packed the Tayside Halls in Perth on Saturday for the annual conference of Scotland Forward, the cross-party group set up in the wake of the 2014 referendum.

Opening the event, convener Dr Isla Fennimore told delegates the movement needed to "stop waiting for permission" and start building a settled majority for independence.

"We have spent too long arguing about process," she said. "The people of Scotland do not wake up in the morning worrying about section 30 orders. They worry about their energy bills, about whether their kids will be able to afford a home, about whether the NHS will be there when they need it.

"Independence is the answer to those questions, and it is our job to show them why."

Fennimore said the group would launch a new campaign, "Scotland Can", in the spring, targeting voters in the central belt who voted No in 2014 but have since changed their minds on Brexit.

SNP MSP Ruaraidh MacAulay, speaking at a packed fringe event, said the "stalemate with Westminster" could only be broken at the ballot box.

"Westminster can say no to a referendum, but it cannot say no forever to a settled majority," MacAulay said. "When support is consistently at 55 or 60 per cent, the democratic argument wins itself."

Economist Professor Andrew Kinnaird, of the University of Dunleith, presented new research on the costs of setting up a Scottish central bank.

He told the audience: "The currency question is not the obstacle people think it is. Small independent countries across northern Europe have managed transitions far more complex than anything Scotland would face."

But not everyone was convinced. Scottish Labour's constitution spokesperson Pauline Ogilvie said the event showed the independence movement was "talking to itself".

"Scotland has had enough of division," she said in a statement. "People want a government that focuses on fixing the NHS and growing the economy, not another decade of constitutional wrangling."

A spokesman for the Scottish Conservatives said: "Nationalists can hold as many rallies as they like, but the public has moved on."

The conference continues today with a debate on the group's strategy ahead of the next Holyrood election.""",
        [
            ("The case has never been", "Isla Fennimore"),
            ("has never been stronger", "Isla Fennimore"),
            ("stop waiting for permission", "Isla Fennimore"),
            ("We have spent too long", "Isla Fennimore"),
            ("The people of Scotland do", "Isla Fennimore"),
            ("Independence is the answer to", "Isla Fennimore"),
            ("stalemate with Westminster", "Ruaraidh MacAulay"),
            ("Westminster can say no to", "Ruaraidh MacAulay"),
            ("When support is consistently at", "Ruaraidh MacAulay"),
            ("The currency question is not", "Andrew Kinnaird"),
            ("talking to itself", "Pauline Ogilvie"),
            ("Scotland has had enough of", "Pauline Ogilvie"),
            ("People want a government that", "Pauline Ogilvie"),
            ("Nationalists can hold as many", "spokesman"),
        ],
    ),
    (
        """Islanders’ anger as ferry breakdown leaves Barrisay cut off for fifth day

By Catriona Macleod

The leader of Barrisay’s community council has accused ministers of “abandoning” islanders after a breakdown left them without a ferry service for a fifth consecutive day.

The MV Isle of Ronsay was withdrawn from the Port Ardmhor to Barrisay route on Friday after engineers discovered a fault with her steering gear, and operator Hebridean Marine Services said yesterday it could not say when she would return.

Shelves at the island’s only shop were said to be running low last night, and at least two hospital appointments on the mainland have been cancelled.

Donald MacRae, chairman of Barrisay Community Council, said residents had lost patience.

“We have been here before, too many times,” he said. “Every winter it is the same story – the boat breaks down, there is no relief vessel, and we are left to get on with it.

“People are missing chemotherapy. Crofters can’t get animals to the sales. Businesses are losing bookings. This is not a minor inconvenience, it is a crisis.”

One hotel owner on the island, who asked not to be named, said she had lost more than £6,000 in cancelled bookings since the weekend. “Nobody wants to come to an island they might not be able to leave,” she said.

Highlands and Islands MSP Mairi Stewart, a Conservative, raised the issue at Holyrood yesterday and called for an emergency statement from the Transport Secretary.

She said: “The people of Barrisay are not asking for special treatment. They are asking for a lifeline service that actually works.”

In a statement, Hebridean Marine Services said it “sincerely apologises” to customers and was “exploring every option” to provide cover, including chartering a passenger-only vessel from a private operator.

“Our engineering teams are working around the clock to return the Isle of Ronsay to service as quickly and safely as possible,” the statement added.

Transport Secretary Kenneth Rennie said ministers were “acutely aware” of the problems facing island communities.

“We are investing more than £700 million in new vessels and port infrastructure over the next five years,” he said. “I understand that is little comfort to people on Barrisay this week, and I have asked the operator to keep me updated daily.”

A senior figure in the ferry industry, speaking on condition of anonymity, told the P&J the ageing fleet was “being held together with sticky tape” and warned that further breakdowns were inevitable this winter.""",
        [
            ("abandoning", "Donald MacRae"),
            ("We have been here before", "Donald MacRae"),
            ("Every winter it is the", "Donald MacRae"),
            ("People are missing chemotherapy. Crofters", "Donald MacRae"),
            ("Nobody wants to come to", "hotel owner on the island"),
            ("The people of Barrisay are", "Mairi Stewart"),
            ("sincerely apologises", "Hebridean Marine Services"),
            ("exploring every option", "Hebridean Marine Services"),
            ("Our engineering teams are working", "Hebridean Marine Services"),
            ("acutely aware", "Kenneth Rennie"),
            ("We are investing more than", "Kenneth Rennie"),
            ("I understand that is little", "Kenneth Rennie"),
            ("being held together with sticky", "senior figure in the ferry industry"),
        ],
    ),
    (
        """MSP's bid to cap bus fares at £2 wins backing from Glasgow councillors

By Stephen Docherty

A GLASGOW MSP's bid to cap single bus fares at £2 across Scotland has won the backing of the city council, days before it goes before a Holyrood committee.

Labour MSP for Glasgow Eastfield Anna Kowalczyk lodged her Bus Fares (Scotland) Bill in the autumn, arguing that soaring ticket prices were "pricing people off the buses".

On Thursday, councillors voted by 48 to 31 to support the proposals after a lengthy debate in the City Chambers.

Councillor Martin Quigley, who brought the motion, said: "For too many people in this city, a return bus journey into town now costs more than their lunch. That's not right, and it's not sustainable."

Ms Kowalczyk told the Glasgow Times she was "delighted" by the vote.

"Glasgow has sent a clear message today," she said. "This isn't about politics. It's about a carer in Craigbank who can't afford to get to work, or a pensioner who can't get to their GP."

According to figures compiled by campaign group Transport Fairness Scotland, the average adult single fare in the city has risen by 38% since 2019, well above inflation.

The group's director, Yusuf Rahman, said: "Every time fares go up, passenger numbers go down, services get cut, and fares go up again. It's a vicious circle, and only government can break it."

However, the bill faces a tough passage at Holyrood. Ministers have said a national cap would cost up to £180 million a year and would have to be funded from elsewhere in the transport budget.

A Scottish Government spokeswoman said: "We share the ambition to make bus travel more affordable, and we already provide free bus travel for under-22s and over-60s. Any further measures must be affordable and deliverable."

Bus operators have also raised concerns. A spokesman for the Scottish Bus Operators' Association said the cap risked "unintended consequences" if it was not fully funded, including cuts to evening and rural services.

SNP councillor Lorraine Healy, who voted against the motion, said her group supported cheaper fares "in principle" but accused Labour of "grandstanding".

"If Labour want to find £180m, they should tell us which hospitals or schools they'd take it from," she said.

Holyrood's transport committee will begin taking evidence on the bill next month.""",
        [
            ("pricing people off the buses", "Anna Kowalczyk"),
            ("For too many people in", "Martin Quigley"),
            ("delighted", "Anna Kowalczyk"),
            ("Glasgow has sent a clear", "Anna Kowalczyk"),
            ("This isn't about politics. It's", "Anna Kowalczyk"),
            ("Every time fares go up", "Yusuf Rahman"),
            ("We share the ambition to", "spokeswoman"),
            ("unintended consequences", "spokesman"),
            ("in principle", "Lorraine Healy"),
            ("grandstanding", "Lorraine Healy"),
            ("If Labour want to find", "Lorraine Healy"),
        ],
    ),
    (
        """Fife MSP reported to standards watchdog over flat expenses

By Gavin Lumsden, Political Editor

A Fife MSP has been reported to Holyrood’s standards watchdog over claims he used parliamentary expenses to pay rent on a flat owned by a relative.

Kinglassie and Leven MSP Brian Moncur, who was first elected in 2021, claimed more than £31,000 for accommodation in Edinburgh over three years, according to figures published by the Scottish Parliament.

The Courier understands the flat, in Leith, is owned by Mr Moncur’s brother-in-law.

Parliamentary rules bar members from claiming for property leased from a “connected person”, a definition which includes close family members.

Tory MSP Fraser Ballantyne, who lodged the complaint with the Standards Commissioner, said the public deserved “full transparency”.

“These are serious allegations and they need to be investigated properly and independently,” he said. “MSPs cannot mark their own homework.”

Mr Moncur insisted he had done nothing wrong. In a statement issued through his office, he said: “I have always followed the rules on expenses and I will co-operate fully with any investigation.

“The arrangement was declared to parliamentary authorities at the time and I was advised it was permissible. I am confident I will be cleared.”

However, a parliamentary source said the rules on connected persons were “crystal clear” and had been “in place for years”.

An SNP spokesperson said: “It would not be appropriate to comment while a complaint is being considered.”

In Leven, where Mr Moncur holds a weekly surgery, community councillor Janet Crichton said constituents would be “disappointed”.

“People round here are struggling to heat their homes,” she said. “They will find it hard to understand how an MSP could think this was acceptable, if that is what has happened.”

The Scottish Parliamentary Corporate Body said in a statement that it “does not comment on individual members’ claims”, but stressed that all expenses were published online and subject to independent audit.

The commissioner will now decide whether the complaint is admissible. If it is, a full investigation could take several months, with any finding of a breach referred to Holyrood’s standards committee for sanction.""",
        [
            ("full transparency", "Fraser Ballantyne"),
            ("These are serious allegations and", "Fraser Ballantyne"),
            ("MSPs cannot mark their own", "Fraser Ballantyne"),
            ("I have always followed the", "Brian Moncur"),
            ("The arrangement was declared to", "Brian Moncur"),
            ("crystal clear", "parliamentary source"),
            ("in place for years", "parliamentary source"),
            ("It would not be appropriate", "spokesperson"),
            ("disappointed", "Janet Crichton"),
            ("People round here are struggling", "Janet Crichton"),
            ("They will find it hard", "Janet Crichton"),
            ("does not comment on individual", "Scottish Parliamentary Corporate Body"),
        ],
    ),
    (
        """First Minister accused of 'dodging' questions as drug deaths rise again

By Ewan Colquhoun, Scottish Political Editor

FIRST Minister Alasdair Munro was accused of "dodging" responsibility for Scotland's drug deaths crisis yesterday as new figures showed the toll had risen for the first time in three years.

Official statistics published on Tuesday showed 1,109 people died from drug misuse last year, up 7 per cent on the year before and still by far the highest rate in Europe.

At a heated First Minister's Questions, Scottish Labour leader Helen Strachan said the Government had "lost its way" on the issue.

"Behind every one of these numbers is a family that has been torn apart," she told MSPs. "The First Minister promised a national mission. Where is it? Because families in Dundee and Glasgow cannot see it."

Mr Munro said the figures were "heartbreaking" and insisted ministers were "not remotely complacent".

He said: "I will not stand here and pretend that any of these deaths is acceptable. We have expanded same-day treatment to every health board, we have doubled the number of residential rehab places, and we will keep doing everything in our power to save lives."

Ms Strachan hit back, accusing the First Minister of "dodging" the question of why £40 million earmarked for rehab had gone unspent.

Scottish Conservative leader Jamie Carruthers said the Government's approach had "failed on its own terms".

"Ministers have tried decriminalisation by the back door, and the deaths keep rising," Mr Carruthers said. "It is time to put recovery, not harm reduction, at the heart of this strategy."

Outside the chamber, Annie Lafferty, whose son Craig died of an overdose in 2022 and who now campaigns with the charity Families in Recovery Scotland, said politicians had to stop "point-scoring".

"I sat in the gallery today and listened to them shouting at each other," she said. "None of it brings my boy back. What I want is for the next mum not to get that knock on the door."

The charity said in a statement that the figures were "a damning indictment of a decade of broken promises".

A source in the First Minister's office said he had been "genuinely shaken" by the figures and would chair a meeting of the national drug deaths taskforce next week.""",
        [
            ("dodging", "Helen Strachan"),
            ("dodging", "Helen Strachan"),
            ("lost its way", "Helen Strachan"),
            ("Behind every one of these", "Helen Strachan"),
            ("The First Minister promised a", "Helen Strachan"),
            ("heartbreaking", "Alasdair Munro"),
            ("not remotely complacent", "Alasdair Munro"),
            ("I will not stand here", "Alasdair Munro"),
            ("dodging", "Helen Strachan"),
            ("failed on its own terms", "Jamie Carruthers"),
            ("Ministers have tried decriminalisation by", "Jamie Carruthers"),
            ("It is time to put", "Jamie Carruthers"),
            ("point-scoring", "Annie Lafferty"),
            ("I sat in the gallery", "Annie Lafferty"),
            ("None of it brings my", "Annie Lafferty"),
            ("a damning indictment of a", "Families in Recovery Scotland"),
            ("genuinely shaken", "source in the First Minister's office"),
        ],
    ),
]
