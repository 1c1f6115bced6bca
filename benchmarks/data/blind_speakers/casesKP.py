CASES = [
    (
        """Man jailed for nine years over Bendigo crash that killed teenage cyclist

By court reporter Helen Marchetti

A man who was driving at almost twice the speed limit when he struck and killed a 16-year-old cyclist near Bendigo has been jailed for nine years.

Dylan Frawley, 27, pleaded guilty in the County Court to dangerous driving causing death and failing to stop after a collision on the Calder Highway at Ravenswood in March last year.

The court heard Frawley was driving at 148 kilometres per hour in an 80kph zone when his ute hit Oscar Lindqvist, who was riding home from a part-time job at a service station.

He drove on for several kilometres before abandoning the vehicle in a paddock and walking to a friend's house, the court was told.

Judge Margaret Ostrowski said Frawley's decision to leave the teenager on the roadside was "callous in the extreme".

"You knew, or must have known, that you had hit a person," Judge Ostrowski said.

"Rather than stopping to render assistance, which might have given Oscar some chance, you chose to protect yourself."

Judge Ostrowski said Frawley had a long history of driving offences, including two previous convictions for speeding by more than 45kph, and had been disqualified from driving at the time of the crash.

She accepted he was genuinely remorseful and had endured a difficult upbringing, but said general deterrence had to be given significant weight.

"The community is entitled to expect that the courts will respond firmly to this kind of conduct on our roads," she said.

Frawley must serve six years and three months before he is eligible for parole.

Outside court, Oscar's mother, Annika Lindqvist, said no sentence could make up for the loss of her son.

"Oscar was kind, he was funny, and he had his whole life in front of him," she told reporters.

"Nine years — he'll be out and he'll get to live his life. Oscar doesn't get that."

In a victim impact statement read to the court last month, Oscar's father, Erik Lindqvist, described arriving at the scene after police called the family.

"I will never be able to drive that stretch of road again," he wrote.

Frawley's barrister, Simon Keogh, had argued during the plea hearing that his client panicked and had handed himself in to police the following morning.

A Victoria Police spokeswoman said the case was a reminder of the consequences of excessive speed.

"Every death on our roads leaves a family devastated, and it is almost always preventable," she said.

The Lindqvist family has since set up a scholarship at Oscar's school in his memory.""",
        [
            ("callous in the extreme", "Margaret Ostrowski"),
            ("You knew, or must have", "Margaret Ostrowski"),
            ("Rather than stopping to render", "Margaret Ostrowski"),
            ("The community is entitled to", "Margaret Ostrowski"),
            ("Oscar was kind, he was", "Annika Lindqvist"),
            ("Nine years — he'll be", "Annika Lindqvist"),
            ("I will never be able", "Erik Lindqvist"),
            ("Every death on our roads", "spokeswoman"),
        ],
    ),
    (
        """‘He wanted her gone’: Crown opens case in Penrith murder trial

By Lachlan Reid
September 4, 2024 — 5.42pm

A Penrith man who killed his estranged wife had spent weeks researching how to disable her home security cameras before he broke into her house, a Supreme Court jury has been told.

Craig Mattock, 44, has pleaded not guilty to the murder of Teresa Mattock, 39, who was found dead in the hallway of her home in Glenmore Park in November 2022.

He has offered to plead guilty to manslaughter, but the Crown has rejected that plea.

Opening the prosecution case on Wednesday, Crown prosecutor Belinda Harcourt, SC, told the jury the killing was the culmination of months of controlling behaviour after Ms Mattock ended their 14-year marriage.

“This was not a man who lost control in the heat of the moment,” Ms Harcourt said. “This was a man who planned, who prepared, and who carried out that plan.”

The jury heard police had recovered dozens of internet searches from Mr Mattock’s phone about jamming wireless cameras and the layout of the Glenmore Park house, which he had moved out of in July that year.

Ms Harcourt said Mr Mattock sent his wife more than 300 text messages in the fortnight before her death, many of them threatening.

In one, sent three days before she died, he wrote: “You think you can just walk away. You’ll see.”

“He wanted her gone,” Ms Harcourt told the jury. “And when she would not come back to him, he made sure of it.”

Defence barrister Anthony Pellegrino said his client accepted he had caused his wife’s death and would “carry that for the rest of his life”.

But he said the jury would hear evidence that Mr Mattock had gone to the house to collect belongings, including his late father’s tools, and that an argument between the couple had escalated quickly.

“The question for you is not whether Craig Mattock is responsible for Teresa’s death. He is,” Mr Pellegrino said. “The question is what was in his mind at the time.”

Justice Rowena Gallagher warned the jurors not to conduct their own research or to be swayed by media coverage of the case.

“You must decide this case only on the evidence you hear in this courtroom,” she said.

The jury is expected to hear from Ms Mattock’s sister, Deborah Villiers, and from neighbours who called triple zero, on Thursday.

Ms Mattock’s family, several of whom wore purple ribbons, sat in the front row of the public gallery throughout the Crown’s opening.

The trial, which is expected to run for four weeks, continues.""",
        [
            ("He wanted her gone", "Belinda Harcourt"),
            ("This was not a man", "Belinda Harcourt"),
            ("This was a man who", "Belinda Harcourt"),
            ("You think you can just", "Craig Mattock"),
            ("He wanted her gone,", "Belinda Harcourt"),
            ("And when she would not", "Belinda Harcourt"),
            ("carry that for the rest", "Anthony Pellegrino"),
            ("The question for you is", "Anthony Pellegrino"),
            ("The question is what was", "Anthony Pellegrino"),
            ("You must decide this case", "Rowena Gallagher"),
        ],
    ),
    (
        """Gold Coast gym owner refused bail over alleged $2.3m steroid ring

A Gold Coast gym owner has been refused bail after police allegedly uncovered a large-scale operation importing and selling anabolic steroids and other performance-enhancing drugs through his business.

Jarrod Keeble, 36, of Burleigh Waters, faced Southport Magistrates Court on Tuesday charged with trafficking dangerous drugs, possessing a dangerous drug in excess of schedule quantities, and dealing with the proceeds of crime.

Police allege Keeble ran the operation from the back rooms of his Miami gym, Forge Strength Co, and used encrypted messaging apps to take orders from customers across southeast Queensland and northern NSW.

Detective Inspector Gavin Rourke, of the Gold Coast District Crime Group, said officers seized more than 40,000 vials and tablets, $186,000 in cash and three luxury vehicles during raids last Thursday.

"We will allege this was a sophisticated, well-organised business that was generating significant profits," Det Insp Rourke told reporters in Southport.

"People think of steroids as a victimless crime. They are not. These products are manufactured in backyard labs overseas with no quality control whatsoever, and we are seeing young men end up in hospital."

He said the investigation, codenamed Operation Tidewater, began after a 22-year-old man was admitted to Gold Coast University Hospital with severe liver damage earlier this year.

In court, police prosecutor Sergeant Kylie Brandt opposed bail, telling Magistrate Darren Whitlock there was an unacceptable risk Keeble would interfere with witnesses.

Sgt Brandt said police had identified messages in which Keeble allegedly told an associate to "get rid of the phones" and "keep your mouth shut" after the first search warrant was executed.

Keeble's solicitor, Natalie Costigan, said her client would vigorously contest the charges and had strong ties to the community, including a young daughter.

"My client has never been in custody before, he has a business to run and employees who depend on him," Ms Costigan said.

She proposed strict conditions including a curfew, reporting daily to police and surrendering his passport.

Magistrate Whitlock said that while the offer was substantial, he was not satisfied the risk could be managed.

"The allegations include attempts to destroy evidence," he said. "In those circumstances I'm not persuaded any conditions would be sufficient."

Keeble, who appeared via video link from the Southport watch house wearing a grey tracksuit, did not enter pleas. The matter was adjourned to a date in October.

A second man, a 29-year-old from Palm Beach, has been charged with supplying dangerous drugs and will appear in court next month.

Queensland Police said in a statement that investigations were continuing and further arrests were "highly likely".

Anyone with information about the supply of illicit performance-enhancing drugs is urged to contact Policelink or Crime Stoppers.""",
        [
            ("We will allege this was", "Gavin Rourke"),
            ("People think of steroids as", "Gavin Rourke"),
            ("get rid of the phones", "Jarrod Keeble"),
            ("keep your mouth shut", "Jarrod Keeble"),
            ("My client has never been", "Natalie Costigan"),
            ("The allegations include attempts to", "Darren Whitlock"),
            ("In those circumstances I'm not", "Darren Whitlock"),
            ("highly likely", "Queensland Police"),
        ],
    ),
    (
        """High court orders retrial for Darwin man convicted over pub death

Miriam Castellano
Wed 14 Aug 2024 14.05 AEST

The high court has ordered a new trial for a Darwin man convicted of manslaughter over the death of a patron outside a Mitchell Street bar, finding the trial judge gave the jury flawed directions on self-defence.

Rhys Tamblyn, 31, was found guilty in the Northern Territory supreme court in 2022 of the manslaughter of Mark Delahunty, 38, who died after being punched and striking his head on the footpath in the early hours of New Year’s Day 2021.

Tamblyn, who was sentenced to eight years with a non-parole period of four years and nine months, had argued he threw the punch only after Delahunty advanced on him holding a broken glass.

In the lead judgment of the 4-1 decision, Justice Anne Brereton found the trial judge’s directions “may have left the jury with the erroneous impression” that the accused bore some onus of proving he had acted in self-defence.

“It is fundamental that the prosecution bears the burden of negativing self-defence beyond reasonable doubt,” Justice Brereton wrote. “The directions, read as a whole, did not make that clear.”

Justice Michael Farrant dissented, finding that any error had been corrected by the trial judge’s later remarks and was “of no practical consequence” in the circumstances of the case.

Tamblyn’s lawyer, Priya Venkatesan, said her client and his family were relieved.

“Rhys has always maintained that he acted to protect himself, and he has never had that case properly put to a jury,” she told Guardian Australia. “Today’s decision means he finally will.”

Tamblyn has been in custody since his conviction. His lawyers are expected to apply for bail in the NT supreme court in the coming weeks.

Delahunty’s sister, Kerrie Delahunty, said the family was “gutted” to be facing the prospect of a second trial.

“We’ve sat through one trial already and heard Mark described as the aggressor when he can’t defend himself,” she said. “Now we have to do it all again.”

A spokesperson for the Office of the Director of Public Prosecutions said it would review the judgment before deciding whether to proceed with a retrial.

“We respect the decision of the court and will consider it carefully, including in consultation with Mr Delahunty’s family,” the spokesperson said.

The decision is likely to be closely watched by defence lawyers in the territory, where the directions at issue have been used in a number of trials.

A Darwin criminal barrister, who asked not to be named because he regularly appears before the NT supreme court, said several other convictions could now be challenged.

“There will be people sitting in prison right now looking at this judgment very closely,” he said.

The NT attorney general’s office declined to comment while the matter remained before the courts.""",
        [
            ("may have left the jury", "Anne Brereton"),
            ("It is fundamental that the", "Anne Brereton"),
            ("The directions, read as a", "Anne Brereton"),
            ("of no practical consequence", "Michael Farrant"),
            ("Rhys has always maintained that", "Priya Venkatesan"),
            ("Today’s decision means he finally", "Priya Venkatesan"),
            ("gutted", "Kerrie Delahunty"),
            ("We’ve sat through one trial", "Kerrie Delahunty"),
            ("Now we have to do", "Kerrie Delahunty"),
            ("We respect the decision of", "spokesperson"),
            ("There will be people sitting", "Darwin criminal barrister"),
        ],
    ),
    (
        """'Cowardly act': Police hunt gunman after man shot dead in Sunshine North driveway

Homicide detectives are hunting a gunman who shot a man dead in the driveway of his Sunshine North home as his partner and young children slept inside.

The 34-year-old man, who is yet to be formally identified, was shot multiple times about 2.15am on Sunday after getting out of his car in Westmoreland St.

Neighbours reported hearing up to six shots before a dark-coloured sedan was seen speeding towards Ballarat Rd.

Paramedics worked on the man but he died at the scene.

Homicide Squad Detective Inspector Tamsin Folau said police believed the man had been targeted.

"This was a cowardly act carried out metres from where two little kids were sleeping," Det Insp Folau said.

"Whoever did this did not care who was in that house or who might have been hurt."

She urged anyone with dashcam or CCTV footage from the area to come forward, and said detectives were keeping "an open mind" about the motive.

Det Insp Folau would not say whether the man was known to police, but confirmed detectives were investigating any possible links to a string of recent shootings and arson attacks in Melbourne's west.

"It's too early to draw any conclusions about that," she said.

A burnt-out Audi was found in a laneway in Braybrook about an hour after the shooting. Police are examining whether it was the getaway car.

Forensic officers spent Sunday combing the front yard and footpath, and a section of Westmoreland St remained cordoned off well into the afternoon.

One neighbour, who did not want to be named, said she woke to the sound of gunshots and then screaming.

"I thought it was fireworks at first, but it just kept going," she told the Herald Sun.

"Then I heard her screaming his name. I'll never get that sound out of my head."

Another resident, Vinh Tran, 58, said the street had always been quiet.

"You don't expect this. It's families here, people going to work," Mr Tran said.

The woman and the children, aged four and two, were not physically hurt and are being supported by family.

Anyone with information is urged to contact Crime Stoppers on 1800 333 000 or make a confidential report online.""",
        [
            ("Cowardly act", "Tamsin Folau"),
            ("This was a cowardly act", "Tamsin Folau"),
            ("Whoever did this did not", "Tamsin Folau"),
            ("an open mind", "Tamsin Folau"),
            ("It's too early to draw", "Tamsin Folau"),
            ("I thought it was fireworks", "neighbour"),
            ("Then I heard her screaming", "neighbour"),
            ("You don't expect this", "Vinh Tran"),
        ],
    ),
    (
        """Coroner slams 'missed opportunities' before Mandurah mother's killing

By Shannon Kerr

A coroner has found WA Police missed a series of chances to protect a Mandurah mother of three in the weeks before she was stabbed to death by her former partner, who was on bail at the time.

Rebecca Anne Hollis, 32, was killed at her Halls Head home in June 2021 by Troy Maxwell Duggan, who later took his own life while on remand at Hakea Prison.

In findings handed down in Perth on Friday, Coroner Naomi Strickland said there had been "a series of missed opportunities" to intervene after Ms Hollis reported Duggan for breaching a family violence restraining order on four occasions.

"Each of these reports, considered in isolation, may not have appeared to demand an urgent response," Ms Strickland wrote.

"Considered together, however, they revealed an escalating pattern of behaviour that ought to have been recognised as placing Rebecca at serious risk."

The inquest heard that on one occasion Ms Hollis waited 11 days for police to take a statement about a breach, and that a referral to a specialist family violence team was never actioned after it was sent to the wrong inbox.

Duggan had been granted bail by a magistrate less than three weeks before the killing, despite police having charged him with two breaches of the order.

Ms Strickland made eight recommendations, including that WA Police introduce a system to automatically flag repeated breaches of the same restraining order and that bail decisions in family violence matters be informed by a formal risk assessment.

Ms Hollis' mother, Deirdre Hollis, welcomed the findings but said they came too late.

"Bec did everything she was told to do. She went to the police, she got the order, she rang every time he turned up," she said outside the court.

"She did everything right and the system still failed her."

WA Police Assistant Commissioner Lorraine Baxter said the agency accepted the coroner's findings and had already made changes to how breaches of restraining orders were handled.

"We acknowledge that our response to Rebecca fell short of what she deserved and what the community expects," Assistant Commissioner Baxter said in a statement.

She said a dedicated family violence coordination unit had been established in the Peel district since Ms Hollis' death, and that all breach reports were now reviewed by a senior officer within 24 hours.

A spokesman for the Police Minister said the government had received the findings.

"The Government will carefully consider all of the coroner's recommendations and respond in due course," the spokesman said.

If you or anyone you know is impacted by family and domestic violence, call 1800RESPECT on 1800 737 732 or the Women's Domestic Violence Helpline on 1800 007 339.""",
        [
            ("missed opportunities", "Naomi Strickland"),
            ("a series of missed opportunities", "Naomi Strickland"),
            ("Each of these reports, considered", "Naomi Strickland"),
            ("Considered together, however, they revealed", "Naomi Strickland"),
            ("Bec did everything she was", "Deirdre Hollis"),
            ("She did everything right and", "Deirdre Hollis"),
            ("We acknowledge that our response", "Lorraine Baxter"),
            ("The Government will carefully consider", "spokesman"),
        ],
    ),
    (
        """Former NRL star Brodie Kenworthy avoids conviction over Newcastle brawl

Former NRL forward Brodie Kenworthy has avoided a criminal conviction after pleading guilty to assaulting a man outside a Newcastle nightclub, with a magistrate finding the incident was "out of character".

Kenworthy, 33, who played more than 150 first grade games for the Knights and the Dragons before retiring in 2021, appeared in Newcastle Local Court on Monday.

He pleaded guilty to common assault over an incident on Hunter St in the early hours of February 11.

According to an agreed statement of facts tendered to the court, Kenworthy became involved in an argument with a 26-year-old man in the queue for a taxi rank after the man made comments about his playing career.

The documents state Kenworthy pushed the man twice before punching him once to the side of the head, causing a cut above his eye.

When police arrived, Kenworthy told officers: "He's been mouthing off at me for twenty minutes. I'm not proud of it."

Magistrate Helen Carmody said Kenworthy had shown genuine remorse and had paid the victim's medical expenses.

"I accept this was a momentary loss of control that is out of character for a man who has otherwise led a productive life," she said.

"But let me be clear. Being a well-known person does not entitle you to any leniency, nor does it make you a target who is entitled to lash out."

Ms Carmody dismissed the charge without recording a conviction and placed Kenworthy on a 12-month conditional release order.

His lawyer, Dominic Ferraro, told the court his client had since completed an anger management course and had given up alcohol.

"He has done everything that could be asked of him, and more," Mr Ferraro said.

Outside court, Kenworthy apologised to the man and his family.

"I made a bad decision that night and I own it," he told reporters. "I've got kids and I want them to know that when you stuff up, you front up."

Kenworthy, who now works as an assistant coach with a Newcastle Rugby League club and as a radio commentator, had posted a statement on Instagram shortly after being charged, describing the incident as "the worst night of my life".

The NRL Integrity Unit said in a statement that it had been notified of the outcome.

"As Mr Kenworthy is not a registered player or official, the matter falls outside the jurisdiction of the NRL," the statement said.

Kenworthy's radio employer has not said whether he will return to the airwaves this season.""",
        [
            ("out of character", "Helen Carmody"),
            ("He's been mouthing off at", "Brodie Kenworthy"),
            ("I accept this was a", "Helen Carmody"),
            ("But let me be clear.", "Helen Carmody"),
            ("He has done everything that", "Dominic Ferraro"),
            ("I made a bad decision", "Brodie Kenworthy"),
            ("I've got kids and I", "Brodie Kenworthy"),
            ("the worst night of my", "Brodie Kenworthy"),
            ("As Mr Kenworthy is not", "NRL Integrity Unit"),
        ],
    ),
    (
        """Former public servant jailed for stealing $1.4m from Defence housing fund

By Tess Hamlyn

A former Commonwealth public servant who siphoned more than $1.4 million from a Defence housing maintenance fund to pay for overseas holidays, a boat and his gambling habit has been jailed for five years and four months.

Nathaniel Orchard, 52, of Amaroo, pleaded guilty in the ACT Supreme Court to obtaining property by deception and dealing with the proceeds of crime.

The court heard Orchard, an executive level 1 officer, created three fake contractor businesses and approved 214 invoices from them over almost six years.

Justice Warwick Ellery said the offending was "deliberate, sustained and sophisticated", and involved a gross breach of the trust placed in Orchard by his employer and by taxpayers.

"The offender exploited his detailed knowledge of the department's procurement systems and their weaknesses," Justice Ellery said.

"He did so not out of desperation but, on the evidence, to fund a lifestyle he could not otherwise afford."

The fraud was uncovered in 2022 when an internal auditor noticed that one of the contractor companies was registered at the same Tuggeranong address as Orchard's mother.

Orchard's barrister, Felicity Grange, told the court during sentencing submissions in May that her client had a severe gambling disorder and had repaid about $310,000 from the sale of his house.

Justice Ellery accepted Orchard's gambling had contributed to the offending, but said it did not "explain away" the planning involved.

"Gambling may have consumed much of the money. It does not explain the invoices, the fake ABNs and the false emails," he said.

Orchard, who sat with his head bowed as the sentence was read, will be eligible for parole after serving three years.

According to a senior Defence official familiar with the case, the department has since overhauled its invoice approval processes, requiring two officers to sign off on any payment above $10,000.

"It should never have been possible for one person to approve payments to companies he had set up himself," the official said, speaking on condition of anonymity because they were not authorised to comment.

The Department of Defence said in a statement that it had "zero tolerance" for fraud and had referred the matter to the Australian Federal Police as soon as irregularities were detected.

"Defence continues to work with the Commonwealth Director of Public Prosecutions to recover the remaining funds," the statement said.

The Commonwealth is separately pursuing Orchard under proceeds of crime laws for the balance of the money.""",
        [
            ("deliberate, sustained and sophisticated", "Warwick Ellery"),
            ("The offender exploited his detailed", "Warwick Ellery"),
            ("He did so not out", "Warwick Ellery"),
            ("explain away", "Warwick Ellery"),
            ("Gambling may have consumed much", "Warwick Ellery"),
            ("It should never have been", "senior Defence official"),
            ("zero tolerance", "Department of Defence"),
            ("Defence continues to work with", "Department of Defence"),
        ],
    ),
]
