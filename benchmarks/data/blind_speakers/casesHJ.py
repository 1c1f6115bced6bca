CASES = [
    (
        """Glenmoor prison staff 'stretched to breaking point', inspectors warn

By Morag Lindsay, BBC Scotland

Staff at one of Scotland's most overcrowded jails are "stretched to breaking point", according to a report by the Scottish Custody Inspectorate.

Inspectors who visited HMP Glenmoor, near Kilbrannan in Lanarkshire, in March found the prison was holding 912 men - almost 200 more than it was designed for.

They said some prisoners were spending up to 22 hours a day in their cells because there were not enough officers to supervise work, education and exercise.

Chief inspector Fiona Dalgetty said the situation was "simply not sustainable" and called for urgent action from ministers.

"We found a staff group that is committed and professional but which is being asked to do far too much with far too little," she said.

"Officers told us they were routinely missing breaks and being called in on their days off. That cannot continue, for their sake or for the sake of the men in their care."

The report also raised concerns about the availability of drugs, with 41% of prisoners who responded to a survey saying it was easy to get hold of illicit substances.

It found that photocopying prisoners' mail had reduced, but not stopped, the flow of synthetic cannabinoids into the jail.

One prisoner told inspectors: "You can get anything in here if you know who to ask. The staff know it and we know it."

The Scottish Prison Staff Federation, which represents officers, said the findings came as no surprise.

Its chairman, Derek Rennie, told BBC Scotland: "Our members have been warning about this for years and nobody has listened.

"You have officers with two or three years' service being left in charge of entire halls because there is nobody else."

He said morale at Glenmoor was "the lowest I have known in 25 years in the job".

A spokesperson for the Scottish Prisons Agency said it accepted all of the report's recommendations and that 60 new officers would start at Glenmoor before the end of the year.

"The safety and wellbeing of our staff and those in our care is our top priority," the spokesperson said.

"We recognise the pressures at HMP Glenmoor and are working closely with the governor to address them."

Justice Secretary Alasdair Mowat said the Scottish government had invested record sums in the prison estate and was taking steps to reduce the number of people held on remand.

But opposition justice spokeswoman Karen Bleasdale said ministers had "lost control" of the prison population and were "leaving frontline staff to pick up the pieces".

The report made 27 recommendations, including an urgent review of staffing levels on night shifts.""",
        [
            ("stretched to breaking point", "Scottish Custody Inspectorate"),
            ("stretched to breaking point", "Scottish Custody Inspectorate"),
            ("simply not sustainable", "Fiona Dalgetty"),
            ("We found a staff group", "Fiona Dalgetty"),
            ("Officers told us they were", "Fiona Dalgetty"),
            ("You can get anything in", "prisoner"),
            ("Our members have been warning", "Derek Rennie"),
            ("You have officers with two", "Derek Rennie"),
            ("the lowest I have known", "Derek Rennie"),
            ("The safety and wellbeing of", "spokesperson"),
            ("We recognise the pressures at", "spokesperson"),
            ("lost control", "Karen Bleasdale"),
            ("leaving frontline staff to pick", "Karen Bleasdale"),
        ],
    ),
    (
        """Man who punched bus driver through protective screen over fare is jailed

By Ellie Cartwright, Courts Reporter

A man who punched a bus driver so hard he fractured his eye socket after being asked to pay his fare has been jailed.

Liam Hargreaves, 29, carried out the "cowardly" attack on the driver of the 86 service in Hollinbrook town centre in the early hours of January 14, Hollinbrook Crown Court heard.

Prosecuting, Sarah Mulvey told the court the driver, a 54-year-old father-of-three, had asked Hargreaves to tap his bank card on the reader as he got on the bus at around 12.40am.

Hargreaves, who had been drinking in the town, became abusive and told him he "wasn't paying for a bus that was 20 minutes late", Ms Mulvey said.

He then reached around the side of the driver's protective screen and punched him twice in the face before running off towards Station Road.

The driver was taken to hospital and needed surgery to insert a metal plate beneath his left eye.

In a victim personal statement read to the court, he said: "I have driven buses for 23 years and I have never been as frightened as I was that night. I keep seeing his face when I close my eyes.

"I have not been back to work since. My wife has to come with me if I go to the shops. I don't know if I will ever drive again."

Hargreaves, of Rowan Grove, Hollinbrook, was arrested two days later after being identified from CCTV footage. He pleaded guilty to inflicting grievous bodily harm.

The court heard he had 11 previous convictions, including two for common assault.

Defending, Tom Ashworth said his client was "genuinely ashamed" and had been struggling with alcohol since the death of his mother last year.

"He accepts there is no excuse for what he did," Mr Ashworth said. "He has asked me to apologise on his behalf to the driver and to his family."

Jailing him for three years and four months, Judge Helen Prestwich said: "Bus drivers provide a vital public service, often late at night and on their own.

"This was a cowardly and unprovoked attack on a man who was simply doing his job. He has been left with injuries to his body and to his mind which may never fully heal."

After the case, Darren Kelsall, regional secretary of the Transport and Passenger Workers' Union, said assaults on drivers were now "happening every week" across Greater Manchester.

"Our members should not have to go to work wondering whether they will come home," he said. "Operators and police need to take this far more seriously."

A spokesman for Redline Buses, which runs the 86 route, said: "We are pleased the court has recognised the seriousness of this attack on our colleague, who we will continue to support."

Hargreaves will serve up to half of his sentence in custody before being released on licence.""",
        [
            ("cowardly", "Helen Prestwich"),
            ("wasn't paying for a bus", "Liam Hargreaves"),
            ("I have driven buses for", "bus driver"),
            ("I have not been back", "bus driver"),
            ("genuinely ashamed", "Tom Ashworth"),
            ("He accepts there is no", "Tom Ashworth"),
            ("He has asked me to", "Tom Ashworth"),
            ("Bus drivers provide a vital", "Helen Prestwich"),
            ("This was a cowardly and", "Helen Prestwich"),
            ("happening every week", "Darren Kelsall"),
            ("Our members should not have", "Darren Kelsall"),
            ("Operators and police need to", "Darren Kelsall"),
            ("We are pleased the court", "spokesman"),
        ],
    ),
    (
        """Care home manager who stole £48,000 from elderly residents avoids jail

By Court Reporter

A care home manager who stole more than £48,000 from elderly residents, including a woman with dementia, has been ordered to carry out 300 hours of unpaid work.

Alison Crerar, 51, took the money over almost four years while she was in charge of Braeside House in Dunlochan, Fife.

Kirkmuir Sheriff Court heard she used residents’ bank cards to withdraw cash and to pay for shopping, holidays and her daughter’s driving lessons.

Procurator fiscal depute Graham Tulloch said the thefts came to light in 2022 when the son of one resident noticed unexplained withdrawals from his mother’s account.

He told the court: “Mr Fairlie raised the matter with the accused directly, and she told him there must have been a mistake at the bank. He was not satisfied with that explanation and contacted the police.”

An audit later found irregularities in the accounts of seven residents. Crerar, of Orchard Crescent, Kirkmuir, pleaded guilty to embezzlement at an earlier hearing.

Her solicitor, Moira Gault, said her client had been in “serious financial difficulty” after her husband lost his job and had “made a series of terrible decisions”.

She added: “Mrs Crerar has repaid £31,000 of the money, which she raised by selling the family home. She is deeply remorseful, and she knows that she has lost her career and her good name.”

Sheriff Ian McConachie told Crerar that her offending represented a “gross breach of trust”.

He said: “You were entrusted with the care of some of the most vulnerable people in our community. Their families placed their faith in you, and you betrayed that faith for your own benefit.

“I have given anxious consideration to whether a custodial sentence is the only appropriate disposal. I have concluded, just, that it is not, given your guilty plea, your lack of previous convictions and the substantial repayment you have made.”

In addition to the community payback order, the sheriff imposed a compensation order for the outstanding £17,000.

Outside court, Robert Fairlie, whose mother Jean was among the victims, said the family were “disappointed but not surprised” by the sentence.

“My mother trusted that woman completely,” he said. “She used to talk about her as if she were one of the family. She died last year without ever knowing what had happened, and maybe that’s a mercy.”

Fife Care Partnership, which took over the running of Braeside House after the previous operator went into administration, said safeguarding procedures at the home had been “completely overhauled”.

In a statement, it said: “Residents and their families should be able to have absolute confidence in the people who look after them. What happened at Braeside was unacceptable and we have taken robust action to ensure it cannot happen again.”""",
        [
            ("Mr Fairlie raised the matter", "Graham Tulloch"),
            ("serious financial difficulty", "Moira Gault"),
            ("made a series of terrible", "Moira Gault"),
            ("Mrs Crerar has repaid £31,000", "Moira Gault"),
            ("gross breach of trust", "Ian McConachie"),
            ("You were entrusted with the", "Ian McConachie"),
            ("I have given anxious consideration", "Ian McConachie"),
            ("disappointed but not surprised", "Robert Fairlie"),
            ("My mother trusted that woman", "Robert Fairlie"),
            ("She used to talk about", "Robert Fairlie"),
            ("completely overhauled", "Fife Care Partnership"),
            ("Residents and their families should", "Fife Care Partnership"),
        ],
    ),
    (
        """Rural crime gangs ‘treat the Dales as a supermarket’, says police chief

By Richard Askew, Crime Correspondent

Organised criminal gangs are travelling hundreds of miles to steal quad bikes, tractors and livestock from farms in the Dales because they see rural North Yorkshire as an “easy target”, the county’s most senior police officer has said.

Chief Constable Helen Garside, of North Riding Police, said thefts of farm machinery had risen by 38 per cent in the past two years, with losses to farmers estimated at £2.3m last year alone.

Speaking ahead of a rural crime summit in Skelbeck on Thursday, she said: “These are not opportunist thieves. We are dealing with well-organised groups who come up from the Midlands and beyond, often in stolen vehicles with cloned number plates, and who treat the Dales as a supermarket.

“They will scout a farm one week and come back the next with a trailer. By the time the farmer wakes up, the equipment can be on a ferry.”

Ms Garside said the force had set up a dedicated rural crime team of 14 officers and was working with neighbouring forces and port authorities to track stolen machinery.

But she admitted that the sheer size of the area the force covers meant response times in some remote valleys “will never be what people in towns expect”.

Farmers at the sharp end say the impact goes far beyond financial loss.

Stephen Kilburn, who farms 600 acres near Harrowdale, has had three quad bikes and a livestock trailer stolen since 2021.

“You don’t sleep properly any more,” he said. “Every time the dog barks at night you’re up at the window. My wife won’t stay in the house on her own when I’m at the mart.”

Mr Kilburn said he had spent more than £8,000 on cameras, locking gates and trackers, but that his insurer had still raised his premium.

According to the Dales Farmers’ Network, which represents about 900 farming families, one in four of its members has been a victim of crime in the past year.

Its chairwoman, Ruth Metcalfe, said: “People picture the countryside as a peaceful place, and most of the time it is. But there is a feeling out here that we have been forgotten, and that crime in rural areas is not taken as seriously as crime in cities.”

The county’s police, fire and crime commissioner, Martin Sowerby, said he had ring-fenced an extra £400,000 for rural policing in this year’s budget.

In a statement, he said: “I have heard loud and clear from rural communities that they want to see more visible policing, and that is exactly what this funding will deliver.”

The summit, which will bring together police, farmers, insurers and auctioneers, takes place at Skelbeck Auction Mart on Thursday.""",
        [
            ("treat the Dales as a", "Helen Garside"),
            ("easy target", "Helen Garside"),
            ("These are not opportunist thieves.", "Helen Garside"),
            ("They will scout a farm", "Helen Garside"),
            ("will never be what people", "Helen Garside"),
            ("You don’t sleep properly any", "Stephen Kilburn"),
            ("Every time the dog barks", "Stephen Kilburn"),
            ("People picture the countryside as", "Ruth Metcalfe"),
            ("I have heard loud and", "Martin Sowerby"),
        ],
    ),
    (
        """Police officer sacked over WhatsApp messages mocking domestic abuse victim

A police officer who mocked a domestic abuse victim in a WhatsApp group with colleagues has been sacked.

PC Craig Dobson, who was based at Hetherburn police station, was found to have committed gross misconduct after a three-day hearing at the headquarters of Tees and Wear Police.

The panel heard that in November 2022, Dobson attended a call at a house in the town where a woman had been assaulted by her partner.

Later that night, he posted a message in a group chat with five other officers describing the woman as ‘a regular’ and saying she would ‘be back with him by Friday’.

In a further message he shared a photograph of the woman’s kitchen, which he had taken on his phone without her knowledge, with the caption ‘living the dream’.

The messages came to light when another member of the group reported them to the force’s professional standards department.

Presenting the case for the force, Laura Pickering said the messages showed ‘a complete contempt’ for a vulnerable member of the public.

She told the panel: ‘This woman had called the police at the lowest point in her life. She was entitled to expect that the officers who came to her door would treat her with dignity and respect.

‘Instead, she became the subject of jokes. Had she ever found out, it is hard to imagine she would have called the police again.’

Dobson, who had served for 11 years, admitted sending the messages but denied that they amounted to gross misconduct.

He told the hearing he had been ‘letting off steam’ after a difficult shift and that the comments were ‘never meant to go beyond the group’.

‘I accept they were unprofessional and I’m ashamed of them,’ he said. ‘But I have always treated victims properly when I’ve been in front of them. I have never let anyone down on a job.’

Panel chairwoman Alison Reay said the panel had taken his previous good record into account, but found his conduct had ‘fallen far below’ the standards expected of an officer.

‘The public must be able to trust that officers do not speak about them in this way, whether in person or in private,’ she said. ‘Anything less than dismissal would undermine that trust.’

Dobson will be placed on the barred list, which prevents him from working in policing again.

Two other officers in the group chat received final written warnings at a separate hearing earlier this year.

Assistant Chief Constable Mark Haswell said: ‘The behaviour of this officer is not representative of the thousands of officers and staff who work hard every day to support victims of domestic abuse.

‘I want to thank the colleague who had the courage to report these messages. That is exactly what we expect of our people.’

A spokeswoman for Hetherburn Women’s Refuge said the case showed why many victims were reluctant to come forward.""",
        [
            ("a regular", "Craig Dobson"),
            ("be back with him by", "Craig Dobson"),
            ("living the dream", "Craig Dobson"),
            ("a complete contempt", "Laura Pickering"),
            ("This woman had called the", "Laura Pickering"),
            ("Instead, she became the subject", "Laura Pickering"),
            ("letting off steam", "Craig Dobson"),
            ("never meant to go beyond", "Craig Dobson"),
            ("I accept they were unprofessional", "Craig Dobson"),
            ("But I have always treated", "Craig Dobson"),
            ("fallen far below", "Alison Reay"),
            ("The public must be able", "Alison Reay"),
            ("Anything less than dismissal would", "Alison Reay"),
            ("The behaviour of this officer", "Mark Haswell"),
            ("I want to thank the", "Mark Haswell"),
        ],
    ),
    (
        """Gang who used teenagers to sell drugs in Cumbrian town jailed

Eight members of a drugs gang who used children as young as 14 to sell heroin and crack cocaine in a Cumbrian town have been jailed for a total of 61 years.

The group, led by Jermaine Walcott, ran a phone line known as the "Kenny line", which sent bulk text messages advertising drugs to users in Millbeck, Appleburn Crown Court heard.

Prosecutors said the gang, based in Liverpool, recruited vulnerable teenagers from both cities and sent them to stay in the homes of drug users in Millbeck for days at a time.

Judge Andrew Fellowes said the gang had shown "utter indifference" to the harm caused to the children they exploited and to the wider community.

"You treated these young people as disposable," he told the defendants. "When one of them was arrested, you simply sent another."

Police began investigating in 2022 after a 15-year-old boy was found with 40 wraps of crack cocaine hidden in his clothing at Millbeck railway station.

Officers later traced the Kenny line to a flat in Liverpool, where they seized £23,000 in cash, three phones and a quantity of heroin.

Det Insp Claire Routledge, who led the investigation, said: "This gang came into a small community and exploited the most vulnerable people in it, both the children they groomed and the people they sold drugs to.

"I hope today's sentences send a clear message that we will follow these lines back to wherever they are run from."

The mother of one of the boys recruited by the gang, who asked not to be named, told BBC News her son had been "groomed like a child would be groomed for sex".

"He went from a lad who played football every Saturday to someone I didn't recognise," she said.

"He's getting help now, but these men took two years of his life and I'll never get them back."

Millbeck councillor Janet Hodgson said residents had reported seeing unfamiliar young people hanging around outside the same houses for months.

"People could see it happening on the streets but didn't know what to do about it," she said.

The eight defendants all admitted conspiracy to supply Class A drugs. They were sentenced as follows:

Jermaine Walcott, 34, of Anfield, Liverpool - 11 years

Dean Molloy, 27, of Kirkdale, Liverpool - eight years and six months

Reece Bamber, 23, of Walton, Liverpool - seven years

Adam Tolan, 31, of Millbeck - six years and nine months

The other four defendants received sentences ranging from five to seven years.""",
        [
            ("utter indifference", "Andrew Fellowes"),
            ("You treated these young people", "Andrew Fellowes"),
            ("When one of them was", "Andrew Fellowes"),
            ("This gang came into a", "Claire Routledge"),
            ("I hope today's sentences send", "Claire Routledge"),
            ("groomed like a child would", "mother of one of the boys recruited by the gang"),
            ("He went from a lad", "mother of one of the boys recruited by the gang"),
            ("He's getting help now, but", "mother of one of the boys recruited by the gang"),
            ("People could see it happening", "Janet Hodgson"),
        ],
    ),
    (
        """Anger as public counter at Glenstrath police station set to close

By Calum Munro

Residents in a remote Highland community have hit out at plans to close the public counter at their local police station, warning it will leave them “cut off” from officers.

The front desk at Glenstrath police station, which serves an area of more than 400 square miles of Wester Ross, is one of nine across the north of Scotland earmarked for closure under proposals published last week.

Officers will continue to be based at the station, but members of the public will no longer be able to walk in to report crimes or seek help. Instead they will be directed to phone 101 or use an online reporting system.

Chief Superintendent Graeme Lowrie, the divisional commander for the Highlands and Islands, said the counter had been used by an average of fewer than two people a day over the past year.

“I understand that any change to local policing provokes strong feelings, and I want to be clear that this is not about reducing the number of officers in Glenstrath,” he said.

“What it will do is free those officers from sitting behind a desk so they can be out in the community, which is where people tell us they want to see them.”

But Glenstrath and District Community Council chairwoman Eilidh MacRae said the figures did not tell the whole story.

“The reason people don’t use the counter is that it’s only open for four hours on a weekday, and half the time there’s nobody there,” she said.

“Mobile signal in parts of the glen is non-existent and the broadband isn’t much better. Telling an 80-year-old crofter to report something online is frankly insulting.”

Local MSP Donald Urquhart has written to the divisional commander calling for the plans to be paused.

In his letter, he said the consultation had been “rushed” and that rural communities risked being treated as an “afterthought” in decisions made in the central belt.

One local business owner, who did not want to be named, said: “When my shop was broken into two winters ago, the officers were brilliant, but it took them nearly two hours to get here from Inverbrae. Take the counter away and you’re sending a message that we don’t matter.”

A public meeting on the proposals will be held in Glenstrath village hall on Tuesday at 7pm. The consultation closes on March 28.""",
        [
            ("cut off", "residents"),
            ("I understand that any change", "Graeme Lowrie"),
            ("What it will do is", "Graeme Lowrie"),
            ("The reason people don’t use", "Eilidh MacRae"),
            ("Mobile signal in parts of", "Eilidh MacRae"),
            ("rushed", "Donald Urquhart"),
            ("afterthought", "Donald Urquhart"),
            ("When my shop was broken", "local business owner"),
        ],
    ),
    (
        """Man stabbed in street after row over £200 debt, murder trial told

By Jenna Whitlow

A man was stabbed to death in the street after a row over a £200 debt, a jury has been told.

Kyle Brennan, 24, died in hospital after being found with a single stab wound to the chest on Hawthorne Road, Norbury Park, on the evening of August 3 last year.

Connor Raftery, 22, of Lindale Close, Norbury Park, denies murder. He admits manslaughter but claims he was acting in self-defence.

Opening the case at Mersey Crown Court on Monday, prosecutor Nicholas Greer KC told jurors the two men had known each other since school but had fallen out over money Mr Brennan had lent the defendant.

"This was not a case of self-defence," he said. "The prosecution say that the defendant armed himself with a knife before he went to meet Kyle Brennan, and that he used it."

The jury heard that a series of messages were exchanged between the pair in the hours before the stabbing.

In one, Mr Brennan wrote: "Just give me what you owe me and we're done." In another, Raftery replied: "Come and get it then."

Mr Greer said that when the two men met outside a convenience store at around 9.15pm, there was a brief argument before Raftery produced a kitchen knife from his waistband.

The victim's sister, Shannon Brennan, who was with him at the time, gave evidence from behind a screen.

She said her brother had gone to meet Raftery "to sort it out" and had "no weapon, nothing in his hands".

Asked by Mr Greer what happened next, she said: "They were shouting at each other, then Connor just went for him. I didn't even see the knife at first. I thought he'd punched him.

"Kyle walked a few steps and then he just sat down on the kerb. There was blood everywhere. I was screaming for someone to ring an ambulance."

Cross-examined by Alison Dunne KC, defending, Ms Brennan denied that her brother had pushed Raftery first.

"I'm suggesting to you that Kyle was the aggressor that night," Ms Dunne said.

"That's not true," Ms Brennan replied. "Kyle was never like that. He just wanted his money back."

A neighbour who watched from an upstairs window told police, in a statement read to the court, that she had heard a man shout "you're not going to do anything" shortly before the stabbing.

Mr Brennan was taken to the Royal Mersey Hospital but died in the early hours of the following morning.

The trial, which is expected to last two weeks, continues.""",
        [
            ("This was not a case", "Nicholas Greer"),
            ("The prosecution say that the", "Nicholas Greer"),
            ("Just give me what you", "Kyle Brennan"),
            ("Come and get it then.", "Connor Raftery"),
            ("to sort it out", "Shannon Brennan"),
            ("no weapon, nothing in his", "Shannon Brennan"),
            ("They were shouting at each", "Shannon Brennan"),
            ("Kyle walked a few steps", "Shannon Brennan"),
            ("I'm suggesting to you that", "Alison Dunne"),
            ("That's not true,", "Shannon Brennan"),
            ("Kyle was never like that.", "Shannon Brennan"),
            ("you're not going to do", "man"),
        ],
    ),
]
