CASES = [
    (
        """Youth worker warns of 'summer of risk' as Eastbridge council shuts three clubs

By Hannah Okafor, Local Democracy Reporter

A youth worker in east London has warned that teenagers will be left with "nowhere to go" this summer after councillors voted to close three of the borough's youth clubs to help plug a £4.2 million budget gap.

Eastbridge Council's cabinet approved the closure of the Marsh Lane, Coldharbour and Ferry Road centres on Tuesday night (June 11), despite a petition signed by more than 2,300 residents.

Delroy Asante, who has run sessions at Ferry Road for 14 years, said the decision would put young people in danger. "These clubs are where kids come when they've got nowhere else," he said. "You take that away in June, right before the holidays, and you're looking at a summer of risk. I've buried two young men I coached. I don't want to bury another."

The council's cabinet member for children and young people, Cllr Priya Mahendran, said the authority had been left with "no good options" after a decade of cuts to its government grant.

"Nobody came into local politics to close youth centres," she told the meeting. "But we have a legal duty to balance the books, and we will be putting money into detached youth work so that our teams go to where young people actually are."

Under the plans, the council will fund six detached youth workers who will visit parks and estates in the evenings, at a cost of around £310,000 a year.

Opposition leader Cllr Graham Whitlock called the move "a false economy". He said: "Every pound you save today you will spend three times over in A&E, in the courts and in prison places."

Figures from the Metropolitan Police show knife offences in Eastbridge rose by 11 per cent in the year to March, with 214 recorded offences. The borough saw two fatal stabbings of teenagers last year.

Chief Inspector Ruth Kemble, who leads the neighbourhood policing team for the area, said officers would "work closely" with the new detached team over the summer.

In a statement, the Met said: "Prevention is always better than enforcement, and youth provision plays a key part in keeping young people safe. We will continue to work with Eastbridge Council and local partners over the summer months."

Parents outside the town hall were less convinced. One mother, whose 15-year-old son attends Coldharbour, said: "They say the workers will come to the kids. My son isn't going to talk to a stranger in a hi-vis jacket on a park bench. He talks to the people he knows."

The closures will take effect from July 1. A consultation on the future use of the three buildings will open later this year.""",
        [
            ("summer of risk", "Delroy Asante"),
            ("nowhere to go", "Delroy Asante"),
            ("These clubs are where kids", "Delroy Asante"),
            ("You take that away in", "Delroy Asante"),
            ("no good options", "Priya Mahendran"),
            ("Nobody came into local politics", "Priya Mahendran"),
            ("But we have a legal", "Priya Mahendran"),
            ("a false economy", "Graham Whitlock"),
            ("Every pound you save today", "Graham Whitlock"),
            ("work closely", "Ruth Kemble"),
            ("Prevention is always better than", "Metropolitan Police"),
            ("They say the workers will", "mother"),
        ],
    ),
    (
        """Bleed control kits installed at Birmingham bus stops after stabbings

Bleed control kits have been installed at 12 locations across a Birmingham suburb following a spate of stabbings in the area.

The kits, which contain tourniquets, chest seals and trauma dressings, have been placed in locked cabinets outside shops and at bus shelters in Alderley Heath.

They were paid for by the Jordan Fielding Foundation, set up by the family of a 17-year-old who was stabbed to death in the area in 2021.

His mother, Simone Fielding, said she hoped nobody would ever need to open one. "Jordan lay on that pavement for 11 minutes before the ambulance got to him," she said.

"People around him wanted to help. They just didn't know how, and they didn't have anything to help with. If one of these boxes had been there, maybe I'd still have my son."

West Midlands Police said there had been seven knife-related assaults in Alderley Heath since January, compared with four in the same period last year.

Supt Marcus Doyle said the force welcomed the scheme but that it was "not a substitute" for tackling the causes of violence.

"We'd much rather nobody was carrying a knife in the first place," he told BBC Midlands Today. "But the reality is that these kits save lives, and I'd encourage everyone to learn how to use one."

The cabinets are unlocked with a code given out by 999 call handlers. Free training sessions are being run at Alderley Heath Community Centre by paramedics from West Midlands Ambulance Service.

Paramedic Ayesha Karim, who has led several of the sessions, said: "Catastrophic bleeding can kill in three to five minutes. The first person on the scene is the one who makes the difference, not us."

Some shopkeepers have reservations. The owner of a newsagent on Stratford Parade, who asked not to be named, said he worried the cabinets would "make the area look dangerous".

"People already think this road is rough," he said. "Now there's a box on the wall telling them somebody might get stabbed here."

Birmingham City Council said the cabinets had been approved following consultation with local businesses and that it would review the scheme after a year.

The Birmingham Safer Streets Partnership, which brings together the council, police and health services, said in a statement that "every intervention that keeps a young person alive is worth making".""",
        [
            ("Jordan lay on that pavement", "Simone Fielding"),
            ("People around him wanted to", "Simone Fielding"),
            ("not a substitute", "Marcus Doyle"),
            ("We'd much rather nobody was", "Marcus Doyle"),
            ("But the reality is that", "Marcus Doyle"),
            ("Catastrophic bleeding can kill in", "Ayesha Karim"),
            ("make the area look dangerous", "owner of a newsagent on Stratford Parade"),
            ("People already think this road", "owner of a newsagent on Stratford Parade"),
            ("Now there's a box on", "owner of a newsagent on Stratford Parade"),
            ("every intervention that keeps a", "Birmingham Safer Streets Partnership"),
        ],
    ),
    (
        """More than 400 blades handed in during week-long knife amnesty in Oldcastle

By Liam Hargreaves

More than 400 knives, machetes and other bladed weapons were handed in to police during a week-long amnesty in Greater Manchester.

Surrender bins were placed at police stations in Oldcastle, Brindley and Hollins Cross as part of Operation Steelgate, the force’s week of action against knife crime.

Among the items recovered were 37 so-called zombie knives, two swords and a 40cm machete found wrapped in a carrier bag outside Brindley police station overnight.

Chief Superintendent Lorna Ashworth, who heads Greater Manchester Police’s Oldcastle district, said the haul showed the scale of the problem but also the willingness of communities to act.

“Every one of those knives is one that can’t be used to hurt somebody on a Friday night,” she said.

“We know some of these will have been sitting in kitchen drawers or sheds for years, and that’s fine — we want them too. But we also know some of them were carried on the street, and that’s the bit that worries me.”

According to the force, officers also carried out 146 stop and searches across the district during the week, making 23 arrests, nine of them for possession of a bladed article.

The operation comes after the death of 16-year-old Kyle Brennan, who was stabbed near the Hollins Cross shopping precinct in February. Two teenagers have been charged with his murder and are due to stand trial later this year.

Kyle’s uncle, Shaun Brennan, who has campaigned for tougher sentences since his nephew’s death, told the Manchester Evening News the amnesty was “a start, but only a start”.

“You can hand in a thousand knives and a kid can walk into a supermarket and buy another one for a fiver,” he said. “What we need is people in schools, talking to these lads before they ever pick one up.”

Not everyone has welcomed the increase in stop and search. A youth worker based in Brindley, who did not want to be named because of her work with the council, said young black boys in the area felt they were “being picked on every time they leave the house”.

“They’re not stupid. They can see who gets stopped and who doesn’t,” she said. “If you want them to trust the police enough to report a knife, that’s not how you do it.”

A GMP spokesperson said: “Stop and search is a vital tool in tackling knife crime and is always carried out on the basis of intelligence. Anyone who is unhappy with the way they were treated can make a complaint and it will be looked into.”

Oldcastle Council’s deputy leader, Cllr Tariq Hussain, said the council was putting £250,000 into a new mentoring scheme for 11 to 16-year-olds, which will launch in September.

“We cannot arrest our way out of this, and nobody in the police is pretending we can,” he added.""",
        [
            ("Every one of those knives", "Lorna Ashworth"),
            ("We know some of these", "Lorna Ashworth"),
            ("a start, but only a start", "Shaun Brennan"),
            ("You can hand in a", "Shaun Brennan"),
            ("What we need is people", "Shaun Brennan"),
            ("being picked on every time", "youth worker based in Brindley"),
            ("They’re not stupid. They can", "youth worker based in Brindley"),
            ("If you want them to", "youth worker based in Brindley"),
            ("Stop and search is a", "spokesperson"),
            ("We cannot arrest our way", "Tariq Hussain"),
        ],
    ),
    (
        """Fears over policing as Wellmead front counter set to close

Residents in Wellmead have criticised plans to shut the town's only police front counter, warning it will leave victims of crime with nowhere to report in person.

The Metropolitan Police confirmed this week that the counter at Wellmead police station in Station Road will close at the end of next month, as part of a review of its buildings across south London.

Members of the public will instead have to travel to Norbridge, around four miles away, where the counter is open 24 hours a day.

Ward councillor Sandra Obi said she had been "inundated with calls and emails" from worried residents since the announcement.

"People here already feel forgotten," Cllr Obi told the Local Democracy Reporting Service. "We've had a rise in robberies around the high street, we've had teenagers stabbed on the Greyfriars estate, and now we're told that if you want to speak to an officer face to face you need to get two buses."

She added that older residents in particular were unlikely to report crimes online.

According to figures published by City Hall, the Wellmead counter received an average of 11 visits a day last year, down from 38 in 2015.

A Met spokesman said: "The way the public contacts us has changed significantly. The majority of crimes are now reported online or by phone, and keeping open counters that are rarely used takes officers away from patrolling the streets.

"We want to reassure people in Wellmead that this does not mean fewer officers in their community. The Safer Neighbourhood Team will remain based at the station."

Superintendent Daniel Roper, who is responsible for neighbourhood policing in the area, said officers would hold monthly "contact point" sessions at Wellmead Library so that residents could still meet them in person.

But Maureen Healey, 74, who chairs the Greyfriars Tenants' and Residents' Association, said the offer was "not good enough".

"A library for one hour a month is not a police station," she said. "When my neighbour's flat was broken into, she went straight round there and they were brilliant. Where's she supposed to go now?"

Young people in the town have also raised concerns. Lewis Adeyemi, 19, who volunteers with the Wellmead Youth Forum, said teenagers were far more likely to pass on information to officers they already knew.

"If the station's gone, the faces go too," he said. "Half the kids I work with would never ring 101. But they'd have a word with PC Dawson if they saw him outside the chicken shop."

A petition calling for the counter to be kept open has gathered more than 900 signatures. It will be presented to the council's police and crime committee on March 4.""",
        [
            ("inundated with calls and emails", "Sandra Obi"),
            ("People here already feel forgotten,", "Sandra Obi"),
            ("We've had a rise in", "Sandra Obi"),
            ("The way the public contacts", "spokesman"),
            ("We want to reassure people", "spokesman"),
            ("not good enough", "Maureen Healey"),
            ("A library for one hour", "Maureen Healey"),
            ("When my neighbour's flat was", "Maureen Healey"),
            ("If the station's gone, the", "Lewis Adeyemi"),
            ("Half the kids I work", "Lewis Adeyemi"),
        ],
    ),
    (
        """Teenager who chased boy through Leeds park with machete is spared custody

By Court Reporter

A teenager who chased another boy through a Leeds park with a machete has been given a 12-month youth rehabilitation order.

The 16-year-old, who cannot be named for legal reasons, admitted possession of a bladed article in a public place and affray when he appeared at Leeds Youth Court.

The court heard that the defendant and two other boys chased the 15-year-old victim across Moorfield Park, in Bramwood, at around 7.30pm on August 14 last year.

Prosecutor Catherine Amis said the victim fell and the defendant stood over him holding the machete before a dog walker shouted at the group and they ran off.

"The victim was lucky that a member of the public intervened when he did," Ms Amis said. "He has told police that he thought he was going to die."

In a statement read to the court, the victim's mother said her son had stopped going out with his friends and now "jumps every time the doorbell goes".

"He was a happy, chatty boy who loved his football," the statement said. "Now he won't walk to school on his own. I don't know if he will ever get that back."

Mitigating, Jamal Whitby said his client had been drawn in by older youths and had been permanently excluded from school in Year 9.

"He is a child who fell through every net there is," Mr Whitby said. "No school place for nine months, a youth club that closed, a referral to mental health services he is still waiting on. None of that excuses what he did, but it explains how he came to be in that park."

District Judge Helen Parfitt told the boy: "You frightened that young man half to death. Carrying a weapon like that is how lives end, and that includes yours."

She said she had stepped back from a custodial sentence because of his age, his guilty pleas and the "real progress" he had made while working with the youth offending team.

The order includes a three-month curfew, 18 sessions with Leeds Youth Justice Service and a knife crime awareness programme.

Speaking after the hearing, Detective Constable Mark Fenwick, of West Yorkshire Police, said: "This case shows how quickly a situation can escalate when a knife is involved. I would urge any parent who is worried their child may be carrying a weapon to get in touch with us, or to contact Crimestoppers anonymously."

Crimestoppers can be contacted on 0800 555 111.""",
        [
            ("The victim was lucky that", "Catherine Amis"),
            ("He has told police that", "Catherine Amis"),
            ("jumps every time the doorbell", "victim's mother"),
            ("He was a happy, chatty", "victim's mother"),
            ("Now he won't walk to", "victim's mother"),
            ("He is a child who", "Jamal Whitby"),
            ("No school place for nine", "Jamal Whitby"),
            ("You frightened that young man", "Helen Parfitt"),
            ("real progress", "Helen Parfitt"),
            ("This case shows how quickly", "Mark Fenwick"),
        ],
    ),
    (
        """‘They saved my life’: Boxing gym for teenagers at risk of knife crime wins £180,000 lifeline

A boxing gym that works with teenagers caught up in violence in south-east London has been handed a £180,000 grant that will keep it open for another three years.

Rise Up Boxing Academy, which operates from a converted railway arch in Pelham Rise, had been facing closure in the spring after its previous funding ran out.

Founded in 2016 by former professional boxer Anthony Mensah, the gym now trains around 120 young people a week, many of whom have been referred by schools, social workers or the youth offending service.

Mensah, 47, said the news had left him “lost for words”.

“I’ve been doing this with no money, with a bit of money, with borrowed money,” he said. “For the first time I can actually plan. I can tell a kid, I’ll be here next year, and mean it.”

The grant comes from the Lewisden Community Safety Fund, which is paid for jointly by the borough council and the London Youth Futures Trust.

Tobi Adebayo, 18, started training at the gym at 14, months after being stabbed in the leg outside his school.

“They saved my life, simple as that,” he told MyLondon. “I was angry all the time. I was getting into stuff I shouldn’t have been getting into. Tony didn’t judge me, he just put gloves on me and told me to come back tomorrow.”

Tobi is now a volunteer coach at the gym and hopes to study sports science at university.

Lewisden Council’s cabinet member for community safety, Cllr Joanne Pryce, said the gym did work “that no statutory service can replicate”.

“Young people will walk through the door of a boxing gym when they won’t walk through the door of a council office,” she said.

Police in the borough have reported a fall in knife offences involving under-18s, from 96 in 2022 to 71 last year, although officers say much of the violence is still linked to what they describe as “postcode rivalries” between groups from neighbouring estates.

The London Youth Futures Trust said on its website that projects had been chosen because they could show “real, measurable change in the lives of the young people most at risk”.

A senior officer in the borough, who asked not to be named, said the gym had been “one of the few things that genuinely works” in keeping teenagers away from gangs.

“You see the same faces there that you used to see in custody,” the officer said. “Only now they’re holding skipping ropes.”

The gym is holding an open day on Saturday, March 15, from 10am.""",
        [
            ("They saved my life", "Tobi Adebayo"),
            ("lost for words", "Anthony Mensah"),
            ("I’ve been doing this with", "Anthony Mensah"),
            ("For the first time I", "Anthony Mensah"),
            ("They saved my life, simple", "Tobi Adebayo"),
            ("I was angry all the time.", "Tobi Adebayo"),
            ("that no statutory service can", "Joanne Pryce"),
            ("Young people will walk through", "Joanne Pryce"),
            ("real, measurable change in the", "London Youth Futures Trust"),
            ("one of the few things", "senior officer in the borough"),
            ("You see the same faces", "senior officer in the borough"),
            ("Only now they’re holding skipping", "senior officer in the borough"),
        ],
    ),
    (
        """Police officers in schools 'not the answer', says Nottingham youth panel

Plans to put a police officer in every secondary school in Nottingham should be dropped, a panel of young people has told the city council.

The Nottingham Young People's Assembly, made up of 40 members aged 13 to 19, made the recommendation in its report "Safe to Learn", which was presented to councillors on Wednesday.

The report said school-based officers were "not the answer" to growing concerns about knives in schools and warned that they could make some pupils "feel like suspects in their own classrooms".

Nottinghamshire Police currently has officers based in nine of the city's 21 secondary schools, and the force had proposed extending the scheme to all of them from September.

Assembly chair Maya Chowdhury, 17, told councillors: "We are not saying we don't want to be safe. Of course we do. We're the ones who are scared when someone brings a knife in. But what actually makes us feel safe is having adults we trust, and for a lot of students that's a youth worker or a mentor, not a uniform."

The assembly's survey of 1,150 pupils found that 38 per cent would feel less comfortable at school with a police officer on site, while 29 per cent said they would feel safer.

Chief Inspector Neil Garside, who leads the force's schools and early intervention team, said the officers were not there to arrest children.

"Our school officers spend most of their time building relationships, giving talks and helping staff deal with issues before they escalate," he said. "We've seen young people disclose things to those officers, including about weapons, that they would never have told anyone else."

He added that the force would "listen carefully" to the assembly's findings.

Councillor Farah Malik, portfolio holder for children's services, said the council would respond formally within two months. Speaking to reporters after the meeting, she said it had been "really powerful" to hear young people speak so directly.

"I think there's a real challenge here for all of us," she said. "If young people are telling us they trust youth workers, then we have to ask ourselves why we've spent the last ten years cutting youth work."

Nottingham City Council's youth service budget has fallen from £5.1 million in 2012 to £1.3 million this year, according to figures included in the report.

Conservative councillor Peter Lang said the council should be cautious about rejecting the scheme outright.

"Parents I speak to want police in schools. They want to know someone is there if something happens," he said. "I'd hate for us to look back on this decision after a tragedy."

The assembly will present its findings to the city's community safety partnership next month.""",
        [
            ("not the answer", "Nottingham Young People's Assembly"),
            ("not the answer", "Nottingham Young People's Assembly"),
            ("feel like suspects in their", "Nottingham Young People's Assembly"),
            ("We are not saying we", "Maya Chowdhury"),
            ("Our school officers spend most", "Neil Garside"),
            ("We've seen young people disclose", "Neil Garside"),
            ("listen carefully", "Neil Garside"),
            ("really powerful", "Farah Malik"),
            ("I think there's a real", "Farah Malik"),
            ("If young people are telling", "Farah Malik"),
            ("Parents I speak to want", "Peter Lang"),
            ("I'd hate for us to", "Peter Lang"),
        ],
    ),
    (
        """Family pay tribute to 'gentle giant' stabbed to death near Liverpool park

A 17-year-old boy who was stabbed to death near a Liverpool park has been described by his mother as a "gentle giant who would do anything for anyone".

Kaiden Moore was found with a stab wound to his chest on Brookside Walk, close to Oakhill Park in Walton Vale, shortly after 9pm on Sunday. He was taken to hospital but died a short time later.

Two boys, aged 16 and 17, have been arrested on suspicion of murder and remain in custody.

In a tribute released through Merseyside Police, his mother, Lorraine Moore, said: "Kaiden was our gentle giant. He was six foot three by the time he was 15 but he was soft as anything, and he would do anything for anyone.

"He had just started his apprenticeship as an electrician and he was so proud. He'd come home every night and tell us what he'd learned.

"We don't understand how this has happened. We just want to know why someone would take our boy from us."

Detective Chief Inspector Sarah Llewellyn, who is leading the investigation, said: "This is a horrific incident in which a young man has lost his life, and our thoughts are with Kaiden's family at this unimaginably difficult time.

"We know there were a number of people in and around Oakhill Park on Sunday evening, and I'm appealing to anyone who saw what happened, or who has mobile phone or dashcam footage, to come forward."

A section 60 order, which gives officers additional powers to stop and search people in a specified area, was put in place across Walton Vale until 6am on Tuesday. A dispersal order also remains in force around the park.

Police said extra patrols would continue in the area throughout the week.

Dozens of people gathered at the park on Monday evening to lay flowers and football shirts at the scene. One neighbour, who has lived on Brookside Walk for more than 30 years, said the area had "changed beyond recognition".

"When I was growing up there was a youth club on every corner round here," she told the ECHO. "Now there's nothing. The kids hang round the park because there's nowhere else to go, and everybody's frightened of everybody."

Liverpool City Council's cabinet member for communities, Cllr Dave Kinsella, said the killing was "every parent's worst nightmare" and confirmed the council was working with police and schools to support Kaiden's friends.

Kaiden's former school, Walton Vale Academy, said in a letter to parents that counsellors would be available to pupils this week.

"Kaiden was a well-liked and respected member of our school community and he will be greatly missed," the letter said.

Anyone with information is asked to contact Merseyside Police quoting reference 24000581422, or call Crimestoppers anonymously on 0800 555 111.""",
        [
            ("gentle giant", "Lorraine Moore"),
            ("gentle giant who would do", "Lorraine Moore"),
            ("Kaiden was our gentle giant.", "Lorraine Moore"),
            ("He had just started his", "Lorraine Moore"),
            ("We don't understand how this", "Lorraine Moore"),
            ("This is a horrific incident", "Sarah Llewellyn"),
            ("We know there were a", "Sarah Llewellyn"),
            ("changed beyond recognition", "neighbour"),
            ("When I was growing up", "neighbour"),
            ("Now there's nothing. The kids", "neighbour"),
            ("every parent's worst nightmare", "Dave Kinsella"),
            ("Kaiden was a well-liked and", "Walton Vale Academy"),
        ],
    ),
]
