CASES = [
    (
        """Parole authority under fire after released man allegedly attacks service station worker

By Hannah Corrigan

Victoria's parole authority is facing questions over its decision to release a man with a history of violent offending, less than two weeks before he allegedly attacked a service station worker in the state's north.

Corey James Mallard, 34, appeared in the Wendaree Magistrates' Court on Tuesday charged with intentionally causing injury and armed robbery over the incident at a Tallis Creek service station on Sunday night.

Police allege Mallard struck a 58-year-old worker several times with a metal bar before taking about $600 from the register.

He had been released on parole from the Marrangal Correctional Centre 11 days earlier.

Opposition corrections spokeswoman Bronwyn Teale said the community deserved answers.

"This is a man who, on the authority's own records, had breached parole twice before," Ms Teale said.

"How many chances does someone get before the safety of ordinary people is put first?"

In a statement, the Community Release Authority said it could not comment on individual cases while matters were before the courts.

"The authority carefully considers all available information, and community safety is always the paramount consideration," the statement said.

Corrections Minister Daniel Ferrante told reporters on Tuesday afternoon he had asked for a full briefing.

"I'm not going to pre-empt what that briefing tells me, but I want to know exactly what was in front of the authority when it made this decision," he said.

"If there are lessons to be learned, we'll learn them."

The injured worker, who asked not to be named, was treated in hospital for a fractured cheekbone and has since been discharged.

The service station's owner, Ravi Sandhu, said staff were shaken.

"He's been with us for nine years. He's the bloke who opens up every morning," Mr Sandhu said. "Everyone here is rattled."

Mallard's lawyer, Tom Brizzi, told the court his client would be contesting the charges. He did not apply for bail.

Magistrate Julia Okafor remanded Mallard in custody to reappear in April.

Criminologist Sarah Whitlam, from the Northern Victoria Institute of Technology, cautioned against drawing broad conclusions from a single case.

Dr Whitlam said the overwhelming majority of parolees did not commit violent offences while under supervision, and that supervised release was "far safer than letting people walk out at the end of their sentence with no support at all".

"When something goes wrong, the pressure is always to tighten the system. But the evidence tells us that cutting parole actually produces more victims down the track, not fewer," she said.

Victoria's parole laws were last tightened in 2014, when the number of people granted release fell sharply for several years.""",
        [
            ("This is a man who,", "Bronwyn Teale"),
            ("How many chances does someone", "Bronwyn Teale"),
            ("The authority carefully considers all", "Community Release Authority"),
            ("I'm not going to pre-empt", "Daniel Ferrante"),
            ("If there are lessons to", "Daniel Ferrante"),
            ("He's been with us for", "Ravi Sandhu"),
            ("Everyone here is rattled.", "Ravi Sandhu"),
            ("far safer than letting people", "Sarah Whitlam"),
            ("When something goes wrong, the", "Sarah Whitlam"),
        ],
    ),
    (
        """Staff shortages leave prisoners locked up 22 hours a day, union says

Prisoners at a South Canterbury men's prison are spending up to 22 hours a day in their cells because there are not enough staff to run the site safely, the union representing corrections officers says.

The Prison Officers' Federation says Waitaha Valley Prison has been operating under a restricted regime for most of the past six weeks, with unlock times cut, visits cancelled and rehabilitation programmes put on hold.

Federation president Mere Tautahi told RNZ some officers were working double shifts three or four times a week.

"People are exhausted. They're coming in on their days off because they know if they don't, their mates will be left short on the floor," she said.

"That's when mistakes happen, and that's when people get hurt."

Tautahi said there had been four assaults on staff at the prison since the start of the year, two of which required hospital treatment.

The federation wants the Department of Corrections to bring in staff from other sites and offer retention payments to experienced officers.

In a written response to questions, Corrections' southern regional commissioner Graeme Holloway acknowledged the site was under pressure.

"We are not where we want to be on staffing at Waitaha Valley, and I want to acknowledge the work our staff are doing in difficult circumstances," Holloway said.

He said 14 new officers would graduate from the department's training college next month, and eight of them would be posted to the prison.

"Restricting unlock hours is never a decision we take lightly. It is done to keep staff and the people in our care safe."

Prisoner advocate Anahera Rēti, of the Second Chances Trust, said families were bearing the brunt.

"We've got whānau driving three hours from Ōamaru for a visit and being turned away at the gate," she said. "Nobody rang them. Nobody told them."

She said the lockdowns also made it harder for men to complete the courses they needed before going before the Parole Board.

"If you can't get into the programme, you can't show the board you've done the work, so you sit there longer. It's a cycle."

A former prisoner, who was released from the site last month and asked not to be named, told RNZ conditions had gone downhill over winter.

"Some days you got out for an hour to shower and ring your family, and that was it," he said.

A spokesperson for Corrections Minister Lisa Brantley said: "The minister has been briefed on the situation at Waitaha Valley and expects the department to resolve the staffing issues as a matter of urgency."

The department employs about 4000 frontline corrections officers nationwide. Last year it reported an attrition rate of almost 17 percent among first-year staff.""",
        [
            ("People are exhausted. They're coming", "Mere Tautahi"),
            ("That's when mistakes happen, and", "Mere Tautahi"),
            ("We are not where we", "Graeme Holloway"),
            ("Restricting unlock hours is never", "Graeme Holloway"),
            ("We've got whānau driving three", "Anahera Rēti"),
            ("Nobody rang them. Nobody told", "Anahera Rēti"),
            ("If you can't get into", "Anahera Rēti"),
            ("Some days you got out", "former prisoner"),
            ("The minister has been briefed", "spokesperson"),
        ],
    ),
    (
        """Officer should have abandoned pursuit that ended in teen’s death, watchdog finds

By Liam Tuhoro

An officer should have abandoned a late-night pursuit that ended with the death of a 17-year-old driver in Waikato last year, the police watchdog has found.

The Police Conduct Review Authority today released its findings into the crash on Rangiora Rd, outside Te Maruata, in which Tyson Kereama-Hale died when the stolen Mazda he was driving hit a power pole at more than 140km/h.

Police had been following the car for about four minutes after it was seen driving erratically through the town centre shortly after 1am.

The authority found the officer, who has not been named, continued the pursuit after the car crossed the centre line several times on a wet, unlit road.

“In our view the risk to the driver, his passengers and other road users clearly outweighed the need to apprehend him at that time,” the report said.

“The officer should have recognised that and abandoned the pursuit.”

Two passengers, aged 15 and 16, were seriously injured.

Authority chair Judge Colin Wetherall said police policy required officers to continually reassess risk during what police call a “fleeing driver event”.

“This officer was experienced, and we accept he believed he was acting in the public interest,” he said. “But the policy is clear, and on this occasion it was not followed.”

Waikato District Commander Superintendent Rochelle Anders said police accepted the findings.

“A young man lost his life, and his whānau are living with that every day. Our thoughts remain with them,” Anders said.

She said the officer had undergone further training and the district had reviewed how pursuits were monitored from the communications centre.

Kereama-Hale’s aunt, Tania Kereama, said the family had waited more than a year for answers.

“He made bad choices that night. We’ve never said otherwise,” she told the Herald.

“But he was a kid. You don’t chase a kid at 140 down a road like that in the rain.”

The family is considering whether to ask the coroner to widen the scope of the inquest, she said.

Police Federation president Craig Moffitt said officers made “split-second decisions with incomplete information” and warned against judging them with hindsight.

“Nobody joins the police wanting to be involved in something like this. The officer will carry it for the rest of his career.”

The pursuit policy has been changed twice in the past five years. The authority has made no new recommendations on the policy itself.""",
        [
            ("In our view the risk", "Police Conduct Review Authority"),
            ("The officer should have recognised", "Police Conduct Review Authority"),
            ("This officer was experienced, and", "Colin Wetherall"),
            ("But the policy is clear,", "Colin Wetherall"),
            ("A young man lost his", "Rochelle Anders"),
            ("He made bad choices that", "Tania Kereama"),
            ("But he was a kid.", "Tania Kereama"),
            ("split-second decisions with incomplete information", "Craig Moffitt"),
            ("Nobody joins the police wanting", "Craig Moffitt"),
        ],
    ),
    (
        """Children held in watch houses for up to 40 days as detention centres hit capacity

By Jessica Amberley

Children as young as 11 have been held in adult police watch houses for up to 40 days at a time as Queensland's youth detention centres struggle with record numbers, according to figures tabled in state parliament.

Data provided in response to a question on notice shows 83 children spent more than a week in a watch house in the six months to December, including 19 who were held for more than three weeks.

The longest stay, at the Corrabine watch house in the state's central west, was 40 days.

Queensland's Youth Advocate, Helen Marsters, described the figures as "deeply troubling" and said watch houses were never designed to hold children for more than a night or two.

"These are concrete cells with a steel bench and a toilet. There's no natural light in many of them, no school, no proper exercise," Ms Marsters said.

"We would not accept this for adults on remand for weeks on end, and yet we're doing it to children."

Youth Justice Minister Graham Petrie said the government was building two new detention centres and that the numbers reflected a crackdown on serious repeat offenders.

"Queenslanders told us loud and clear that they wanted to feel safe in their homes, and that's what we're delivering," Mr Petrie said.

"I make no apology for the fact that more serious offenders are being held in custody."

He said the first of the new centres, near Kellerton, would open in late 2026.

An internal police email, obtained by this masthead, shows officers at one regional watch house raised concerns last year about their ability to supervise children held alongside adult prisoners.

"We simply do not have the staff or the facilities to properly separate juveniles from adult detainees at peak times," the email, sent by a senior sergeant, reads.

A senior police source, who was not authorised to speak publicly, said the situation had improved slightly since then but remained "a long way from ideal".

"The officers in those watch houses are doing their best, but they're not youth workers and they shouldn't have to be," the source said.

Aaron Falaniko, principal solicitor at the Northside Youth Legal Centre, said some of his clients had been unable to speak to a lawyer in private for days.

"You've got a 13-year-old who's been in a cell for two weeks, and the only time he sees daylight is in the back of a van on the way to court," he said.

The opposition did not respond to a request for comment.""",
        [
            ("deeply troubling", "Helen Marsters"),
            ("These are concrete cells with", "Helen Marsters"),
            ("We would not accept this", "Helen Marsters"),
            ("Queenslanders told us loud and", "Graham Petrie"),
            ("I make no apology for", "Graham Petrie"),
            ("We simply do not have", "senior sergeant"),
            ("a long way from ideal", "senior police source"),
            ("The officers in those watch", "senior police source"),
            ("You've got a 13-year-old who's", "Aaron Falaniko"),
        ],
    ),
    (
        """Prison health care 'in crisis', watchdog warns

Kate Ferris

Prisoners at a regional WA jail waited an average of 11 weeks to see a doctor and some went without prescribed medication for days, a damning report by the Office of the Custodial Standards Commissioner has found.

Commissioner Marcus Dillane tabled the report into Bandalup Regional Prison in State Parliament yesterday, describing health services at the facility as "in crisis".

The report, titled "Bandalup Regional Prison: Inspection of Health and Wellbeing Services", found the prison had been without a permanent medical officer for most of the past 18 months.

"Prisoners told us repeatedly that putting in a request to see the doctor was pointless," the report states. "Our own review of records suggests they were largely right."

In one case, a man with type 1 diabetes went four days without insulin after being transferred from Perth. In another, a prisoner who reported chest pains waited nine hours to be assessed.

Mr Dillane said the problems were not the fault of the nurses working at the prison, who he said were "doing extraordinary work in impossible conditions".

"The system has simply not kept pace with the number of people it is being asked to care for. Bandalup was built for 220 prisoners. On the day we visited, it held 341," he said.

In its formal response, the Department of Justice and Corrections accepted 14 of the report's 17 recommendations and said recruiting medical staff to regional areas remained "an ongoing challenge".

A department spokeswoman said a telehealth service had begun operating at the prison in March.

"This has already reduced waiting times significantly, and we expect further improvement as the service beds in," she said.

Corrective Services Minister Paul Antonelli said: "I've read the report, and I'm not going to defend the indefensible. Some of what's in there is simply not acceptable."

Mr Antonelli said the Government had committed $12 million to expand the prison's medical centre, with construction due to start next year.

About 40 per cent of Bandalup's prisoners are Aboriginal.

Leanne Woodley, chief executive of the Southern Aboriginal Legal Service, said the findings matched what clients had been telling lawyers for years.

"Our people are dying in custody from things that should be picked up in a routine check-up," Ms Woodley said. "How many more reports do we need?"

The Opposition has called for the Minister to visit the prison within a month.""",
        [
            ("in crisis", "Marcus Dillane"),
            ("in crisis", "Marcus Dillane"),
            ("Prisoners told us repeatedly that", "Office of the Custodial Standards Commissioner"),
            ("Our own review of records", "Office of the Custodial Standards Commissioner"),
            ("doing extraordinary work in impossible", "Marcus Dillane"),
            ("The system has simply not", "Marcus Dillane"),
            ("an ongoing challenge", "Department of Justice and Corrections"),
            ("This has already reduced waiting", "spokeswoman"),
            ("I've read the report, and", "Paul Antonelli"),
            ("Our people are dying in", "Leanne Woodley"),
            ("How many more reports do", "Leanne Woodley"),
        ],
    ),
    (
        """Armed police patrols to continue in Ōtaungi after weekend shootings

Armed police will keep patrolling the streets of Ōtaungi for at least another week after two shootings in the small Bay of Plenty town over the weekend, police say.

No-one was injured in either incident, but a house on Kōwhai St was struck by several rounds early on Sunday morning, hours after shots were fired at a car outside the town’s tavern.

Police believe the shootings are linked to ongoing tensions between two gangs.

Detective Inspector Warren Paki said officers were “making good progress” in identifying those responsible.

“We know who is involved, and we know the community knows who is involved. We would ask anyone with information to do the right thing and come forward,” Paki said.

“This kind of behaviour, firing weapons in a residential street where children live, is completely unacceptable.”

In a post on its Facebook page on Monday, Eastern Bay of Plenty Police said the armed patrols were “a precautionary measure” and residents should not be alarmed to see officers carrying firearms.

Ōtaungi resident Charmaine Te Wheoro, who lives two doors from the house that was shot at, said she had barely slept since.

“I heard it, bang bang bang, and I just grabbed the kids and lay on the floor,” she said. “You don’t expect that here. Everyone knows everyone.”

Kahurangi District Mayor Steve Lowther said the town was “shaken but not broken”.

He said he had spoken to police and local iwi leaders and would meet the Police Minister’s office this week to push for an officer to be stationed permanently in Ōtaungi, which has not had its own police station since 2017.

“We’re 40 minutes from the nearest staffed station. When something like this happens, that’s a long time to wait,” Lowther said.

A patched gang member, who spoke to Stuff on condition he not be named, denied his chapter was involved.

“Nothing to do with us, bro. People are just pointing fingers,” he said.

Police are asking anyone with information or footage to call 105 and quote file number 240915/3382. Information can also be given anonymously through Crime Stoppers.""",
        [
            ("making good progress", "Warren Paki"),
            ("We know who is involved,", "Warren Paki"),
            ("This kind of behaviour, firing", "Warren Paki"),
            ("a precautionary measure", "Eastern Bay of Plenty Police"),
            ("I heard it, bang bang", "Charmaine Te Wheoro"),
            ("You don’t expect that here.", "Charmaine Te Wheoro"),
            ("shaken but not broken", "Steve Lowther"),
            ("We’re 40 minutes from the", "Steve Lowther"),
            ("Nothing to do with us,", "patched gang member"),
        ],
    ),
    (
        """Senior constable ‘humiliated’ teenager in unlawful strip search, court told

By Daniel Ostrowski

A senior constable humiliated a 16-year-old girl by ordering her to strip and squat during an unlawful search at a regional music festival, a Sydney court has heard.

Senior Constable Bradley Kimmorley, 41, has pleaded not guilty to one count of assault and one count of misconduct in public office over the search at the Riverbend Sounds festival near Kurrawang in January last year.

Crown prosecutor Alicia Venn told the District Court on Monday that Kimmorley had no reasonable grounds to suspect the girl was carrying drugs, and that she was searched in a tent with the flap partly open.

“She was 16. She was alone. She had done nothing other than walk past a sniffer dog that did not react to her,” Ms Venn told the jury.

“What happened to her in that tent was not a search conducted according to law. It was, the Crown says, an exercise of power that humiliated a child, and the accused knew it.”

The court heard the girl, who cannot be identified, told a friend immediately afterwards that she felt “disgusting” and wanted to go home.

Ms Venn said the jury would hear from a female officer who was present during the search and who later raised concerns with a supervisor.

Kimmorley’s barrister, Geoffrey Haldane, SC, said his client had followed his training and acted in good faith on information that drugs were being supplied at the festival.

“My client is not on trial for the policy. He is not on trial for the sniffer dogs, or for the festival, or for anything a politician said on television,” Mr Haldane said.

“He is on trial for what he did on one afternoon, and the evidence will show he did what he had been trained to do.”

Judge Margaret Conte told jurors they must put aside anything they had read or heard about strip searches in the media.

“This case has attracted attention, and some of you may have views about police powers generally. Those views have no place in your deliberations.

“You must decide this case only on the evidence you hear in this courtroom.”

Kimmorley has been suspended from duty. A police spokesman said it would be “inappropriate to comment while the matter is before the court”.

The trial, which is expected to run for two weeks, continues.""",
        [
            ("humiliated", "Alicia Venn"),
            ("She was 16. She was", "Alicia Venn"),
            ("What happened to her in", "Alicia Venn"),
            ("disgusting", "girl"),
            ("My client is not on", "Geoffrey Haldane"),
            ("He is on trial for", "Geoffrey Haldane"),
            ("This case has attracted attention,", "Margaret Conte"),
            ("You must decide this case", "Margaret Conte"),
            ("inappropriate to comment while the", "spokesman"),
        ],
    ),
    (
        """Family ‘devastated’ as killer of Glenroan teen granted parole

The family of a teenager stabbed to death outside a Glenroan party in 2011 say they are shattered by a decision to release his killer on parole.

Jayden Michael Crole, now 33, was sentenced to 18 years’ jail with a non-parole period of 12 years for the murder of 17-year-old Liam Patterson-Voss.

In written reasons published on Thursday, the Parole and Release Board said Crole had completed every available program in custody and had ‘demonstrated genuine insight into the harm he has caused’.

‘The board is satisfied that the risk the applicant poses can be appropriately managed in the community under strict conditions,’ the decision said.

Conditions include electronic monitoring for the first 12 months, a night-time curfew and a ban on entering the Glenroan municipal area.

Liam’s mother, Deborah Voss, spoke to reporters outside the family’s home on Friday morning.

‘We’re devastated. We were told this day would come, but nothing prepares you for it,’ she said.

‘Liam would have been 31 this year. He never got to finish school, never got to have a career or a family. And the man who took all of that away gets to walk out and start again.’

Ms Voss said the family had made a written submission to the board opposing Crole’s release and had seen nothing to suggest he had changed.

Liam’s older brother, Nathan Patterson, said he would be writing to the Attorney-General.

‘All we’re asking is that victims get a proper say. Right now it feels like the board ticks a box and moves on,’ Mr Patterson said.

Attorney-General Elise Marchetti said she had ‘enormous sympathy’ for the family but the board was independent of government.

‘It would be wrong for me to second-guess a decision made by an independent statutory body that has heard all the evidence,’ Ms Marchetti said.

‘What I can say is that we are looking at how victims are kept informed throughout the parole process, and I’ll be happy to meet with the family.’

Rhonda Keech, from Victims Support Alliance Tasmania, said the case showed ‘why victims need a seat at the table, not just a letter in the file’.

Crole’s lawyer did not respond to a request for comment.

A spokeswoman for Community Corrections said Crole would be released ‘within the coming weeks’ and would be subject to intensive supervision.""",
        [
            ("devastated", "Deborah Voss"),
            ("demonstrated genuine insight into the", "Parole and Release Board"),
            ("The board is satisfied that", "Parole and Release Board"),
            ("We’re devastated. We were told", "Deborah Voss"),
            ("Liam would have been 31", "Deborah Voss"),
            ("All we’re asking is that", "Nathan Patterson"),
            ("enormous sympathy", "Elise Marchetti"),
            ("It would be wrong for", "Elise Marchetti"),
            ("What I can say is", "Elise Marchetti"),
            ("why victims need a seat", "Rhonda Keech"),
            ("within the coming weeks", "spokeswoman"),
        ],
    ),
]
