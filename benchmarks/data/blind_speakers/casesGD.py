CASES = [
    (
        """Burglar who targeted pensioners' homes in Stockport jailed for six years

By Daniel Hargreaves, Crime Reporter

A serial burglar who preyed on elderly residents across Stockport and Tameside has been jailed for more than six years.

Liam Costigan, 34, targeted six homes over a three-week period in February, stealing jewellery, cash and a war medal belonging to the late husband of one victim, Minshull Street Crown Court heard.

Prosecuting, Rachel Ambrose said Costigan would knock on doors claiming to be from a water company before asking to check the kitchen taps, then slip into bedrooms while his victims were distracted.

"In each case the defendant chose homes where he believed the occupant lived alone," Ms Ambrose told the court. "He was polite, he was plausible, and he was gone within minutes."

In a victim personal statement read to the court, an 87-year-old woman from Reddish said she no longer answered the door after dark.

"That medal was the last thing I had of my husband's that meant anything," she said. "I keep going over it in my head. I let him in. I made him a cup of tea."

Costigan, of Brinnington Rise, Stockport, pleaded guilty to six counts of burglary and one of fraud at an earlier hearing. He used a bank card taken from one address to buy £340 of goods at a petrol station the same afternoon.

Defending, Imran Sheikh said his client had been using crack cocaine heavily at the time and was "genuinely ashamed" of what he had done.

"He has written a letter to the court, which he asked me to hand up, and he wants his victims to know he is sorry," Mr Sheikh said.

Jailing him for six years and four months, Recorder Helen Moorcroft said the offences had been "calculated and cruel".

"You deliberately sought out people who were vulnerable because of their age," she told him. "You took advantage of their good manners and their trust.

"The loss of property is one thing. The loss of confidence that these victims now live with is something you cannot repay."

After the hearing, Detective Constable Mark Tilsley, of Greater Manchester Police, said: "Costigan is a man who thought nothing of walking into the homes of elderly people and taking what he wanted.

"I'd like to thank the victims and their families for their patience and their courage throughout this investigation. I hope today's sentence gives them some comfort."

Police are urging residents to ask for identification from anyone who calls unannounced and to keep doors locked while they check. Anyone with concerns about doorstep crime is asked to contact police on 101.""",
        [
            ("In each case the defendant", "Rachel Ambrose"),
            ("He was polite, he was", "Rachel Ambrose"),
            ("That medal was the last", "87-year-old woman from Reddish"),
            ("I keep going over it", "87-year-old woman from Reddish"),
            ("genuinely ashamed", "Imran Sheikh"),
            ("He has written a letter", "Imran Sheikh"),
            ("calculated and cruel", "Helen Moorcroft"),
            ("You deliberately sought out people", "Helen Moorcroft"),
            ("You took advantage of their", "Helen Moorcroft"),
            ("The loss of property is", "Helen Moorcroft"),
            ("Costigan is a man who", "Mark Tilsley"),
            ("I'd like to thank the", "Mark Tilsley"),
        ],
    ),
    (
        """Council tax to rise by 4.99 per cent as Tamebridge faces £19m black hole

Residents in Tamebridge will pay almost five per cent more in council tax from April after councillors approved a budget described by the council's cabinet member for finance, Cllr Paula Denholm, as "the toughest in a generation".

Tamebridge Metropolitan Borough Council voted through the 4.99 per cent increase - the maximum allowed without a referendum - at a full council meeting at the Council House in Wednesford on Thursday night.

The rise will add around £86 a year to the bill of a typical Band D home.

Libraries in Coseley Green and Hatherton will move to reduced opening hours, and the council plans to shed 140 posts over two years, mostly through voluntary redundancy, according to the budget papers.

Cllr Denholm said the authority had been left with "no good options" after years of rising demand for social care.

"Every single line of this budget has been gone through with a fine-tooth comb," she told the meeting. "We have protected children's services and adult social care as far as we possibly can, but I am not going to stand here and pretend nobody will notice the difference."

Conservative group leader Cllr Graham Whitlock accused the Labour administration of "managing decline".

"This council has spent years putting off the difficult decisions and now residents are being asked to pay more for less," he said. "Our amendment would have kept every library open. Labour voted it down."

The Conservative amendment, which proposed funding library hours by selling the former Hatherton depot, was defeated by 38 votes to 19.

Liberal Democrat councillor Sue Packwood said the cut to library hours would hit older residents and families without internet access hardest, and called for a review within twelve months.

Outside the meeting, around 30 protesters from the "Hands Off Our Libraries" campaign gathered with placards and a petition signed by more than 4,000 people.

Margaret Oyelaran, 71, who uses Coseley Green library three times a week, said: "It's the only place some of us go where somebody will actually talk to you. They call it a saving. It's not a saving to the people who lose it."

A spokesperson for Tamebridge Council said: "Like every council in the country, we are facing unprecedented demand for services at the same time as our funding has fallen in real terms. We will continue to lobby the Government for a fairer deal for the Black Country."

Bills for the new financial year will be sent out in March.""",
        [
            ("the toughest in a generation", "Paula Denholm"),
            ("no good options", "Paula Denholm"),
            ("Every single line of this", "Paula Denholm"),
            ("We have protected children's services", "Paula Denholm"),
            ("managing decline", "Graham Whitlock"),
            ("This council has spent years", "Graham Whitlock"),
            ("Our amendment would have kept", "Graham Whitlock"),
            ("It's the only place some", "Margaret Oyelaran"),
            ("Like every council in the", "spokesperson"),
        ],
    ),
    (
        """Police appeal after man left with serious head injuries in Hollinsford town centre

Detectives are appealing for witnesses after a man was left with serious head injuries following an assault outside a bar in Hollinsford in the early hours of Sunday.

Officers were called to Market Street at around 2.15am on Sunday, February 9 after reports that a man had been found unconscious on the pavement outside the Tap & Tankard, near the junction with Cutler’s Walk.

The 26-year-old victim was taken to hospital in Sheffield, where he remains in a critical but stable condition, South Yorkshire Police said.

A 31-year-old man from Hollinsford was arrested on suspicion of grievous bodily harm with intent and has since been released on bail while enquiries continue.

Detective Inspector Claire Bottomley, who is leading the investigation, said: “We know Market Street was busy at the time, with people leaving bars and waiting for taxis, and I’m convinced that someone saw what happened.

“Even if you think what you saw is insignificant, please get in touch. A young man is fighting for his life and his family deserve answers.”

She added that officers were particularly keen to see any mobile phone or dashcam footage taken in the area between 1.45am and 2.30am.

A cordon remained in place for much of Sunday morning while forensic officers examined the scene.

One taxi driver, who did not want to be named, said he had seen a “big crowd” gathered outside the bar shortly before police arrived.

“There was a lot of shouting and then everyone just scattered,” he said. “By the time I’d pulled over there was just the lad on the floor and a couple of girls trying to help him.”

Hollinsford ward councillor Dave Ramsden said the incident had shocked the community.

“Hollinsford is not a violent place, but people will understandably be worried this morning,” he said. “I’ve spoken to the police and they’ve assured me there will be extra patrols in the town centre over the coming weekends.”

The Tap & Tankard said in a statement that it was “assisting South Yorkshire Police fully” and that door staff had given first aid until paramedics arrived.

Anyone with information is asked to call South Yorkshire Police on 101 quoting incident number 112 of February 9, or contact the independent charity Crimestoppers anonymously.""",
        [
            ("We know Market Street was", "Claire Bottomley"),
            ("Even if you think what", "Claire Bottomley"),
            ("big crowd", "taxi driver"),
            ("There was a lot of", "taxi driver"),
            ("By the time I’d pulled", "taxi driver"),
            ("Hollinsford is not a violent", "Dave Ramsden"),
            ("I’ve spoken to the police", "Dave Ramsden"),
            ("assisting South Yorkshire Police fully", "Tap & Tankard"),
        ],
    ),
    (
        """Villagers vow to fight 220-home plan on edge of Thornley Moor

Plans for 220 homes on farmland at the edge of a County Durham village have been recommended for approval – despite more than 600 objections.

Developer Harwood Homes wants to build the estate on fields off Station Lane in Thornley Moor, with 15 per cent of the properties set aside as affordable housing.

Bishopdale District Council’s planning officers say the scheme is acceptable, and a council report to next week’s area planning committee concludes that the benefits of new housing ‘outweigh the limited harm’ to the landscape.

Residents have formed the Keep Thornley Moor Green group, which has delivered leaflets to every home in the village and organised a public meeting that drew more than 200 people.

Its chairwoman, Janet Ellerby, said: ‘Nobody here is against new houses. What we’re against is 220 of them on a single-track lane with no new school places, no new doctors and a bus that comes twice a day.

‘We’ve been told the roads can cope. Anyone who has tried to get out of Station Lane at half past eight in the morning knows that isn’t true.’

Thornley Moor Parish Council has also objected, arguing that the village’s only primary school is already full.

Parish council chairman Keith Lumsden said the development would increase the size of the village by almost a third. ‘That’s not growth, that’s a different place altogether,’ he said.

The council’s highways team raised no objection, subject to a new right-turn lane and a contribution of £180,000 towards improvements at the junction with the main road into Bishop’s Fell.

Harwood Homes said the site had been identified as suitable for housing in the Bishopdale Local Plan and that the scheme would bring ‘much-needed family homes’ to the area.

In a statement, the company said: ‘We have listened carefully to the community throughout the consultation process and have reduced the number of homes from the 260 originally proposed.

‘We will also be contributing more than £500,000 towards local education provision, and we look forward to presenting the scheme to members of the committee.’

Local councillor Andrea Fawcett, who sits on the committee, said she could not comment on the application ahead of the meeting because she needed to ‘come to it with an open mind’.

The committee meets at the council’s offices in Bishop’s Fell on Tuesday at 9.30am. Members of the public who wish to speak must register by noon on Monday.""",
        [
            ("outweigh the limited harm", "Bishopdale District Council"),
            ("Nobody here is against new", "Janet Ellerby"),
            ("We’ve been told the roads", "Janet Ellerby"),
            ("That’s not growth, that’s a", "Keith Lumsden"),
            ("much-needed family homes", "Harwood Homes"),
            ("We have listened carefully to", "Harwood Homes"),
            ("We will also be contributing", "Harwood Homes"),
            ("come to it with an", "Andrea Fawcett"),
        ],
    ),
    (
        """Man ordered to pay £2,400 after dumping builders' waste in country lane

A man who dumped a van-load of builders' rubble, plasterboard and old kitchen units in a country lane has been ordered to pay more than £2,400.

Connor Pratley, 29, of Kestrel Close, Braunstone Vale, pleaded guilty at Leicester Magistrates' Court to depositing controlled waste without a permit and failing in his duty of care as a waste carrier.

The prosecution was brought by Harborough Wolds District Council after the waste was found blocking a field gateway in Spinney Lane, between Burrough Wolds and Owston Parva, last summer.

According to the council, a passing cyclist reported seeing a white van parked in the lane on the afternoon of June 14. Enforcement officers who searched the pile found a delivery note bearing the address of a house in Fleckney Green where Pratley had been fitting a new kitchen.

Prosecuting for the council, Natalie Green told magistrates: "This was not a bag of household rubbish left by a bin. It was around two tonnes of commercial waste, tipped deliberately in a place where the defendant thought no one would see him."

The landowner, farmer Tom Illingworth, had to keep cattle out of the field for several days until the waste was cleared. In a statement read to the court, he said: "Plasterboard and bits of old units were spread right across the gateway. If one of my cows had got at it, I'd have been looking at a vet's bill or worse."

Pratley, who represented himself, told magistrates he had been paid in cash to strip out the old kitchen and "panicked" when he was turned away from a household recycling centre because he did not have a trade waste permit.

"I know it was stupid," he said. "I've never been in trouble before and I won't be again."

He was fined £660 and ordered to pay £1,520 in costs and a £264 victim surcharge.

The chairman of the bench told him: "You could have taken that waste to a licensed site for a fraction of what this has cost you today."

Speaking after the case, Cllr Rajesh Mistry, the council's cabinet member for environment, said the authority had dealt with 1,140 reported fly-tips in the last year at a cost of more than £190,000.

"Fly-tipping is a blight on our countryside and it is local taxpayers who end up footing the bill to clean it up," he said.

"We will use every tool available to us, including covert cameras, to track down those responsible. If you pay someone to take your waste away, check they are licensed - because if it ends up in a hedge, you could be fined as well."

Fly-tipping can be reported through the council's website or by calling its customer services team.""",
        [
            ("This was not a bag", "Natalie Green"),
            ("Plasterboard and bits of old", "Tom Illingworth"),
            ("panicked", "Connor Pratley"),
            ("I know it was stupid", "Connor Pratley"),
            ("I've never been in trouble", "Connor Pratley"),
            ("You could have taken that", "chairman of the bench"),
            ("Fly-tipping is a blight on", "Rajesh Mistry"),
            ("We will use every tool", "Rajesh Mistry"),
        ],
    ),
    (
        """Coroner raises concerns after pensioner died following four-hour wait for ambulance

By Sophie Garner

A coroner is to write to a hospital trust and an ambulance service after hearing that an 82-year-old man waited more than four hours for help after a fall at his home in Carlton Vale.

Frederick “Fred” Ashworth, a retired colliery electrician, fell in his kitchen on the evening of December 3. A neighbour who heard him calling out dialled 999 at 7.42pm, but an ambulance did not arrive until 11.58pm, Nottingham Coroner’s Court heard.

Mr Ashworth was taken to Sherwood Park Hospital, where he developed pneumonia and kidney complications linked to the time he had spent on the floor. He died nine days later.

Giving evidence, Darren Oakes, a locality manager for Trent Valley Ambulance Service, said that on the night in question 23 ambulances had been queuing outside hospitals in the county waiting to hand over patients.

“We simply did not have a resource to send,” Mr Oakes said. “That is not acceptable and I apologise to the family for it.”

Recording a narrative conclusion, assistant coroner Laura Kendrick said the delay had “more than minimally contributed” to Mr Ashworth’s death.

“I am satisfied on the balance of probabilities that had Mr Ashworth been conveyed to hospital within the target time, he would have survived,” she said.

She said she would issue a prevention of future deaths report to both the ambulance service and Nottingham and Sherwood Hospitals NHS Trust, which runs Sherwood Park.

In a statement after the hearing, Mr Ashworth’s daughter, Karen Whitby, said her father had been “a proud, independent man who never wanted to be a bother to anyone”.

“He lay on that kitchen floor for four hours telling the neighbour not to fuss,” she said.

“We don’t blame the paramedics who came, who were kind and did everything they could. We blame a system that has been allowed to get to this point.”

A spokeswoman for Nottingham and Sherwood Hospitals NHS Trust said: “Our thoughts are with Mr Ashworth’s family. We have made significant changes to the way we manage ambulance arrivals since December, and average handover times have fallen by more than a third.”

Trent Valley Ambulance Service said it would “carefully consider” the coroner’s findings and respond within the 56 days required.

Figures published last month showed that patients in the county with suspected broken hips and other serious but not immediately life-threatening conditions waited an average of more than an hour and a half for an ambulance over the winter.""",
        [
            ("We simply did not have", "Darren Oakes"),
            ("That is not acceptable and", "Darren Oakes"),
            ("more than minimally contributed", "Laura Kendrick"),
            ("I am satisfied on the", "Laura Kendrick"),
            ("a proud, independent man who", "Karen Whitby"),
            ("He lay on that kitchen", "Karen Whitby"),
            ("We don’t blame the paramedics", "Karen Whitby"),
            ("Our thoughts are with Mr", "spokeswoman"),
            ("carefully consider", "Trent Valley Ambulance Service"),
        ],
    ),
    (
        """County lines gang who flooded Wirral estate with heroin and crack jailed for 41 years

By Tom Fairclough

Five members of a county lines gang who sold heroin and crack cocaine on a Wirral estate have been jailed for a total of more than 41 years.

The group ran a drugs line known as the "Kenzo line", which sent bulk text messages advertising drugs to hundreds of users across Leasowe Heath and the surrounding area.

The line made an estimated £480,000 over 18 months before Merseyside Police dismantled it in a series of dawn raids last March under Operation Larkspur, Liverpool Crown Court heard.

Ringleader Jordan McAvoy, 27, of Elmstead Road, Leasowe Heath, was jailed for 12 years and six months after admitting conspiracy to supply class A drugs.

His cousin Kyle McAvoy, 24, received nine years, while Reece Danvers, 22, Callum Ormsby, 21, and Aaron Telfer, 19, were jailed for between five and eight years each.

Prosecuting, Gareth Lloyd-Price said the gang used teenagers to carry drugs and cash, and stored supplies at the homes of vulnerable adult users in a practice known as "cuckooing".

"These defendants treated the estate as their marketplace and the people who lived on it as either customers or tools," he said.

Richard Okafor, defending Jordan McAvoy, said his client had himself been drawn into dealing at the age of 14 and had "never known any other way of making money".

Sentencing, Judge Robert Kilbride told the men: "Class A drugs destroy lives. They destroy the lives of those who become addicted to them and they destroy the communities in which they are sold.

"Each of you made a choice to profit from that misery. Each of you must now face the consequences."

One resident of the Hawthorn Park estate, who asked not to be named, told the ECHO the atmosphere had changed since the arrests.

"You'd have cars pulling up at all hours, kids on bikes going back and forward, people knocking on the wrong door at three in the morning," she said. "It's quieter now. I just hope it stays that way."

Detective Sergeant Lisa Carragher, of Merseyside Police's serious organised crime unit, said: "This was a well-organised operation that relied on exploiting children and vulnerable people to keep the money coming in.

"We know that when one line is taken down, others will try to fill the gap. Our message to them is simple: we will find you."

Anyone with information about drug dealing in their community can contact Merseyside Police via its social media desk or call 101.""",
        [
            ("These defendants treated the estate", "Gareth Lloyd-Price"),
            ("never known any other way", "Richard Okafor"),
            ("Class A drugs destroy lives", "Robert Kilbride"),
            ("Each of you made a", "Robert Kilbride"),
            ("You'd have cars pulling up", "resident of the Hawthorn Park estate"),
            ("It's quieter now. I just", "resident of the Hawthorn Park estate"),
            ("This was a well-organised operation", "Lisa Carragher"),
            ("We know that when one", "Lisa Carragher"),
        ],
    ),
    (
        """Brackmoor councillor found to have bullied council staff

By Emma Rawcliffe, Local Democracy Reporting Service

A Brackmoor councillor has been found to have bullied council officers in a string of emails and phone calls, following an independent investigation.

Cllr Neil Sowerby, who represents the Sutton Carr ward on Brackmoor Borough Council, breached the authority’s code of conduct on five occasions between January and August last year, the council’s standards committee ruled on Wednesday.

According to the investigator’s report, Cllr Sowerby sent more than 70 emails to officers in the planning department over an eight-month period, some late at night, and on one occasion told a junior planner she was ‘not fit to be in the job’.

The investigator, Sarah Quinlan, concluded that his conduct amounted to ‘a sustained pattern of intimidating behaviour’ which had left two members of staff signed off sick. She also found he had breached the council’s ‘Member and Officer Relations Protocol’, adopted in 2021.

The committee’s chairman, Cllr Peter Ashdown, said: ‘Councillors are entitled to challenge officers robustly. They are not entitled to make officers frightened to open their inbox.

‘The evidence we have heard today falls well short of the standards residents expect of their elected representatives.’

The committee recommended that Cllr Sowerby issue a written apology, undergo training and be removed from the planning committee for six months. Councils have no power to suspend or disqualify members for breaches of the code.

Speaking outside Brackmoor Guildhall after the hearing, Cllr Sowerby said he would not be apologising.

‘I was elected to get answers for the people of Sutton Carr, and I’m not going to say sorry for doing that,’ he told reporters. ‘If asking questions is bullying, then every councillor in this country is a bully.’

He described the process as ‘a stitch-up from start to finish’ and said he was taking legal advice.

One senior officer, who did not want to be named, said morale in the planning team had been badly affected. ‘People were genuinely dreading the phone ringing,’ they said. ‘It’s a relief that somebody has finally listened.’

Cllr Sowerby was elected as a Conservative in 2023 but now sits as an independent, having had the party whip withdrawn in October.

A spokesperson for Brackmoor and Holderness Conservatives said: ‘Neil Sowerby is no longer a member of the Conservative group on the council and his conduct is a matter for him.’

The council’s chief executive, Alison Mercer, said in a statement that the authority took ‘the wellbeing of its staff extremely seriously’ and that support had been offered to those affected.

The committee’s recommendations will go before a meeting of the full council later this month.""",
        [
            ("not fit to be in", "Neil Sowerby"),
            ("a sustained pattern of intimidating", "Sarah Quinlan"),
            ("Councillors are entitled to challenge", "Peter Ashdown"),
            ("The evidence we have heard", "Peter Ashdown"),
            ("I was elected to get", "Neil Sowerby"),
            ("If asking questions is bullying,", "Neil Sowerby"),
            ("a stitch-up from start to", "Neil Sowerby"),
            ("People were genuinely dreading the", "senior officer"),
            ("It’s a relief that somebody", "senior officer"),
            ("Neil Sowerby is no longer", "spokesperson"),
            ("the wellbeing of its staff", "Alison Mercer"),
        ],
    ),
]
