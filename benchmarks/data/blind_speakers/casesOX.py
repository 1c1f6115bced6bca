CASES = [
    (
        """Driver who killed cyclist while scrolling on phone jailed for four years

By Kirsten Hallam

A Brisbane man who was scrolling through social media when he ran down and killed a cyclist on Kingsford Smith Drive has been sentenced to four years in jail.

Tyson Lee Mabbett, 27, pleaded guilty in the Brisbane District Court to dangerous operation of a motor vehicle causing death over the crash in March last year that killed 54-year-old Gregory Fairleigh.

The court heard Mabbett had been using his phone for almost two minutes before his ute drifted into the bicycle lane at Hamilton about 6:10am and struck Mr Fairleigh from behind.

Crown prosecutor Rhiannon Task told the court the father of three had "no chance whatsoever" of avoiding the vehicle.

"This was not a momentary lapse," Ms Task said.

"The defendant made a choice to look at his phone, and then he kept making that choice, over and over, for the best part of a kilometre."

In a victim impact statement read to the court, Mr Fairleigh's widow, Annette Fairleigh, said her husband had left home that morning "the way he always did, with a kiss and a bad joke".

"I keep his helmet by the door because I can't bring myself to move it," she said.

"Our youngest asks me when Dad is coming home. I don't have an answer for her."

Defence barrister Michael Costigan said his client was "profoundly remorseful" and had written to the family to apologise.

He told the court Mabbett had no previous criminal history, had stopped at the scene and performed CPR until paramedics arrived, and had since been diagnosed with post-traumatic stress disorder.

Judge Catherine Ruddock said the case was a "tragic and entirely avoidable" example of a problem the courts were seeing far too often.

"Every driver in this state knows that using a mobile phone behind the wheel is dangerous and unlawful," she said.

"You knew it too. You did it anyway, and a man lost his life."

Judge Ruddock ordered that Mabbett be released on parole after serving 16 months and disqualified him from driving for seven years.

Outside court, Queensland Bicycle Users Network spokesman Dean Oakes said the sentence would not bring Mr Fairleigh back but sent an important message to motorists.

"People need to understand that a phone in your hand on the road is a weapon," he said.

Queensland Police figures show 2,914 drivers were fined for mobile phone offences in the Brisbane region in the last financial year.""",
        [
            ("no chance whatsoever", "Rhiannon Task"),
            ("This was not a momentary", "Rhiannon Task"),
            ("The defendant made a choice", "Rhiannon Task"),
            ("the way he always did,", "Annette Fairleigh"),
            ("I keep his helmet by", "Annette Fairleigh"),
            ("Our youngest asks me when", "Annette Fairleigh"),
            ("profoundly remorseful", "Michael Costigan"),
            ("tragic and entirely avoidable", "Catherine Ruddock"),
            ("Every driver in this state", "Catherine Ruddock"),
            ("You knew it too.", "Catherine Ruddock"),
            ("People need to understand that", "Dean Oakes"),
        ],
    ),
    (
        """Former charity boss jailed over $1.3m fraud

MELBOURNE, AAP

A former chief executive of a Victorian disability charity who siphoned more than $1.3 million into her own accounts to fund overseas holidays and home renovations has been jailed for at least three years.

Lorraine Therese Gillespie, 61, was sentenced in the County Court on Thursday after pleading guilty to 47 counts of obtaining financial advantage by deception.

Gillespie ran Bayside Access Support, a not-for-profit providing respite care to families in Melbourne's southeast, between 2014 and 2021.

Over six years she created invoices from a landscaping business that did not exist and approved the payments herself, the court heard.

Judge Anthony Marchetti said Gillespie had exploited the trust of a board made up largely of volunteers.

"You used your position to plunder an organisation whose entire purpose was to support some of the most vulnerable people in our community," he told her.

"The money you took was money that should have paid for carers, for equipment, for a few hours' relief for exhausted parents."

The fraud was uncovered in 2021 when a newly appointed treasurer queried why the charity was paying for lawn mowing at a property it did not own.

Defence counsel Sarah Whitcombe said Gillespie had developed a gambling problem after the death of her husband and had sold her Mornington home to repay about $410,000.

She described her client as "a woman who has lost everything, including her good name".

But Judge Marchetti said the offending was "sophisticated, sustained and deliberate" and noted much of the money had gone on business-class flights to Europe and a new kitchen.

Gillespie was sentenced to five years and six months' jail, with a non-parole period of three years.

In a statement, Bayside Access Support said it welcomed the sentence and had overhauled its financial controls.

"Our families and staff have been deeply hurt by this betrayal," the statement said.

"We are grateful to the Victoria Police Fraud and Extortion Squad for their work, and to the donors who stood by us."

The charity's current chair, Paul Nguyen, told AAP outside court the organisation had come close to closing its doors.

"For a while there we didn't know if we'd make payroll," Mr Nguyen said. "It's taken three years to rebuild."

Gillespie will be eligible for parole in 2027.""",
        [
            ("You used your position to", "Anthony Marchetti"),
            ("The money you took was", "Anthony Marchetti"),
            ("a woman who has lost", "Sarah Whitcombe"),
            ("sophisticated, sustained and deliberate", "Anthony Marchetti"),
            ("Our families and staff have", "Bayside Access Support"),
            ("We are grateful to the", "Bayside Access Support"),
            ("For a while there we", "Paul Nguyen"),
            ("It's taken three years to", "Paul Nguyen"),
        ],
    ),
    (
        """Man who punched stranger outside Potts Point bar avoids full-time jail

By Declan Murray

A Sydney tradesman who knocked a stranger unconscious with a single punch outside a Potts Point bar has been spared full-time jail, with a judge finding he was genuinely remorseful and unlikely to reoffend.

Jarrod Peter Willoughby, 31, of Kellyville, was sentenced in the NSW District Court on Friday to a two-year intensive correction order, to be served in the community, including 300 hours of community service.

He had pleaded guilty to recklessly causing grievous bodily harm over the attack on Macleay Street about 1.30am on November 12, 2022.

The court heard Willoughby and a group of friends had been drinking for about eight hours when an argument broke out with 24-year-old hospitality worker Sam Okafor over a taxi.

CCTV footage played in court showed Willoughby stepping forward and striking Mr Okafor once to the jaw. Mr Okafor fell backwards and hit his head on the footpath, fracturing his skull.

Judge Louise Harcourt said the attack was “cowardly” and that Mr Okafor was “fortunate to be alive”.

“The community is by now well aware of the catastrophic consequences that can follow a single punch to the head,” she said. “That message has been repeated in this state for more than a decade.”

But she accepted evidence that Willoughby had not drunk alcohol since the night of the assault, had completed a violence-prevention course and had paid Mr Okafor’s out-of-pocket medical costs.

Mr Okafor, who spent nine days in St Vincent’s Hospital and still suffers from headaches and memory lapses, told the court in a written statement he had lost his job as a bar manager because he could no longer work late shifts.

“I used to be the guy who looked after everyone on a night out,” he wrote. “Now I get anxious walking past a pub.”

Outside court, his sister, Grace Okafor, said the family was disappointed.

“He gets to go home tonight. My brother still can’t remember his own birthday party,” she said.

Crown prosecutor Tom Vassallo had argued only full-time custody would reflect the seriousness of the offence.

A NSW Bureau of Crime Statistics and Research report, “Alcohol-related assaults in Sydney’s night-time economy”, published last year found non-domestic assaults in the Kings Cross precinct fell sharply after the 2014 lockout laws but had crept up since they were wound back.

Willoughby declined to comment as he left court. His solicitor, Fiona Drake, said her client “accepts the court’s decision and will continue to do the work he has started”.

A court source said the Director of Public Prosecutions would review the sentence before deciding whether to lodge an appeal.""",
        [
            ("cowardly", "Louise Harcourt"),
            ("fortunate to be alive", "Louise Harcourt"),
            ("The community is by now", "Louise Harcourt"),
            ("That message has been repeated", "Louise Harcourt"),
            ("I used to be the", "Sam Okafor"),
            ("Now I get anxious walking", "Sam Okafor"),
            ("He gets to go home", "Grace Okafor"),
            ("accepts the court’s decision", "Fiona Drake"),
        ],
    ),
    (
        """Accused told friend 'I've done something terrible', murder jury hears

Bronte Kelleher, Courts Reporter

A man accused of murdering his housemate in Adelaide's northern suburbs sent a friend a text message reading "I've done something terrible, don't call the cops" hours before police found the victim's body, a jury has heard.

Corey James Pitt, 34, has pleaded not guilty in the Supreme Court to murdering Liam Andrew Sorensen, 29, at the Salisbury North unit they shared in August 2023.

Prosecutors allege Pitt stabbed Mr Sorensen at least 11 times during an argument over unpaid rent and drugs, then left the body in a bedroom for almost two days.

Pitt's lawyers do not dispute he caused Mr Sorensen's death but argue he acted in self-defence after Mr Sorensen attacked him with a hammer.

In her closing address on Tuesday, prosecutor Elise Marangos told the jury the self-defence claim was "a story constructed after the fact".

"Ask yourselves this: if the accused was the victim of an attack, why didn't he call for help?" she said.

"Why did he, instead, clean the kitchen floor, put the knife in the dishwasher and go to the pub?

"Those are not the actions of a frightened man. They are the actions of a man who knew exactly what he had done."

Ms Marangos said the text message, sent at 11.42pm on the night of the killing, was "as close to a confession as you will ever see".

According to evidence earlier in the trial, the friend, Jasmine Toohey, did not reply and contacted police the next afternoon after Pitt failed to turn up to work.

Forensic pathologist Dr Neil Arbuthnot had told the court several of Mr Sorensen's wounds were to his back.

But defence counsel Marcus Heffernan urged jurors not to "fill the gaps in the prosecution case with assumptions".

"My client was a frightened, drug-affected young man who had just been attacked in his own home," Mr Heffernan said.

"The hammer was found in that bedroom. It had Mr Sorensen's blood on it, and it had Mr Sorensen's fingerprints on it."

He said the text message was "the panicked words of a man who did not know what to do, not the words of a murderer".

Justice Geraldine Ashworth will begin summing up the case to the jury on Wednesday.

The trial continues.""",
        [
            ("I've done something terrible", "Corey James Pitt"),
            ("I've done something terrible, don't", "Corey James Pitt"),
            ("a story constructed after the", "Elise Marangos"),
            ("Ask yourselves this: if the", "Elise Marangos"),
            ("Why did he, instead, clean", "Elise Marangos"),
            ("Those are not the actions", "Elise Marangos"),
            ("as close to a confession", "Elise Marangos"),
            ("fill the gaps in the", "Marcus Heffernan"),
            ("My client was a frightened,", "Marcus Heffernan"),
            ("The hammer was found in", "Marcus Heffernan"),
            ("the panicked words of a", "Marcus Heffernan"),
        ],
    ),
    (
        """Man accused of Northbridge stabbing denied bail as police appeal for footage

A 22-year-old man charged over a stabbing in Northbridge that left a university student fighting for life will remain behind bars after a magistrate refused him bail.

Kayden Robert Whitlock, of Balga, appeared in Perth Magistrates Court via video link from Hakea Prison on Monday charged with unlawful wounding with intent and being armed in a way that may cause fear.

Police allege Whitlock stabbed a 20-year-old man in the abdomen during a fight outside a James Street nightclub about 2am on Saturday.

The victim, a Curtin University engineering student, underwent emergency surgery at Royal Perth Hospital and remains in a serious but stable condition.

Police prosecutor Sergeant Leanne Drabble opposed bail, telling the court Whitlock had been on a suspended sentence at the time and had "a demonstrated history of failing to comply with court orders".

Whitlock's lawyer, Raj Pillai, said his client would live with his grandmother in Mirrabooka and abide by a curfew.

"He is a young man who has the support of his family and who intends to defend these charges," Mr Pillai said.

Magistrate Andrew Fotheringham said he was not satisfied the proposed conditions would manage the risk.

"The allegation is of a serious act of violence with a weapon in a crowded entertainment precinct," he said. "I'm not prepared to release you into the community at this stage."

Whitlock, who wore a grey prison tracksuit, said only "yes, sir" when asked if he understood.

He will reappear in court next month.

Outside Central Police Station, Detective Senior Sergeant Craig Lunney told reporters investigators believed several people had filmed the fight on their phones.

"There were dozens of people in that street at the time," he said. "We know some of them recorded what happened, and we'd ask them to come forward.

"You're not in any trouble. We just want the footage."

A friend of the victim, who asked not to be named, said the student was "the last person who would go looking for a fight" and had been celebrating the end of exams.

A WA Police spokeswoman said knife crime in the Northbridge entertainment precinct had been a focus of recent operations, with 38 weapons seized since the start of the year.

"Anyone who thinks it's acceptable to carry a knife on a night out should expect to be searched, charged and put before the courts," the spokeswoman said.

Anyone with information is urged to call Crime Stoppers on 1800 333 000.""",
        [
            ("a demonstrated history of failing", "Leanne Drabble"),
            ("He is a young man", "Raj Pillai"),
            ("The allegation is of a", "Andrew Fotheringham"),
            ("I'm not prepared to release", "Andrew Fotheringham"),
            ("yes, sir", "Kayden Robert Whitlock"),
            ("There were dozens of people", "Craig Lunney"),
            ("We know some of them", "Craig Lunney"),
            ("You're not in any trouble.", "Craig Lunney"),
            ("the last person who would", "friend of the victim"),
            ("Anyone who thinks it's acceptable", "spokeswoman"),
        ],
    ),
    (
        """Man jailed for setting fire to former partner's Glenorchy home

A man who doused his former partner's Glenorchy home in petrol and set it alight while she and her two children slept inside has been jailed for six years.

Shane Michael Tuckett, 38, pleaded guilty in the Supreme Court in Hobart to arson and three counts of endangering life over the fire in the early hours of June 3 last year.

The woman, who cannot be named, woke to the smell of smoke and escaped through a back window with her children, aged seven and 11, the court heard. The weatherboard house was destroyed.

Tuckett had been served with a family violence order two weeks earlier and was banned from going within 100m of the property.

In sentencing, Justice Robert Blackwood said Tuckett's actions were "calculated, malicious and utterly indifferent to human life".

"You knew there were children asleep in that house," Justice Blackwood said.

"That they escaped unharmed is owing to the alertness of their mother and to good fortune. It is owing to nothing you did."

The court heard Tuckett bought a jerry can and 10 litres of fuel at a Moonah service station about an hour before the fire, and had sent his former partner a series of abusive text messages, one of which read: "You'll get what's coming."

In a statement read to the court by prosecutor Daniel Cheng, the woman said her children were still afraid to go to sleep.

"My son checks the smoke alarm every night before bed. He's 11," she said. "We lost every photo, every birthday card, every toy. But I still have my kids, and that's what I hold on to."

Defence lawyer Kate Rumney said her client had been drinking heavily and using methamphetamine in the weeks after the relationship ended and had "little memory" of the night.

She said Tuckett had been "horrified" when he learned the children had been inside.

Justice Blackwood said that claim sat uneasily with the text messages.

Tuckett must serve three and a half years before he is eligible for parole.

Tasmania Fire Service district officer Mark Hinds, who attended the blaze, said crews had arrived to find the house "fully involved".

"It's the kind of fire that doesn't give people a second chance," Mr Hinds told the Mercury.

Southern Tasmanian Women's Safety Alliance chief executive Belinda Rowe said the case showed how dangerous the period after separation could be.

"Leaving is the most dangerous time for a woman experiencing violence," she said. "This family's story should be a warning to all of us."

Tuckett's sentence was backdated to June 4 last year, when he was taken into custody.""",
        [
            ("calculated, malicious and utterly indifferent", "Robert Blackwood"),
            ("You knew there were children", "Robert Blackwood"),
            ("That they escaped unharmed is", "Robert Blackwood"),
            ("You'll get what's coming.", "Shane Michael Tuckett"),
            ("My son checks the smoke", "woman"),
            ("We lost every photo, every", "woman"),
            ("little memory", "Kate Rumney"),
            ("horrified", "Kate Rumney"),
            ("fully involved", "Mark Hinds"),
            ("It's the kind of fire", "Mark Hinds"),
            ("Leaving is the most dangerous", "Belinda Rowe"),
            ("This family's story should be", "Belinda Rowe"),
        ],
    ),
    (
        """Police hunt armed gang after terrifying Doncaster home invasion

Ellie Marchant

Police are hunting four masked men who forced their way into a Doncaster family home, threatened a father with a machete and fled in the family's Audi overnight.

The 46-year-old man, his wife and their two teenage daughters were asleep when the group smashed through the back sliding door of the Frimley Crt home about 3.15am on Wednesday.

Detective Inspector Natalie Greaves, of the Armed Crime Squad, said the family was "understandably traumatised".

"These offenders went into a home where children were sleeping, armed with a machete, and demanded car keys," Det Insp Greaves told reporters at the Victoria Police Centre.

"It's brazen, it's violent and it's exactly the kind of offending we will not tolerate."

The man suffered a cut to his arm when he was pushed into a glass cabinet but did not need hospital treatment, police said.

The stolen black Audi Q5 was found burnt out in a reserve in Heidelberg West about two hours later.

Det Insp Greaves said investigators were examining whether the burglary was linked to three similar incidents in Melbourne's east in the past month.

She would not be drawn on the ages of the suspects but said police believed they were "young people, possibly in their late teens".

A neighbour, who did not want to be named, said she heard screaming and saw a car "tear off down the street".

"I've lived here 22 years and never been scared before," she said. "Now I'm thinking about getting cameras and a dog."

Police Minister Bridget Lacey said the government had given police "every tool they need".

"We've toughened bail, we've introduced new offences for carjacking, and we're funding more police on the beat than ever," Ms Lacey said.

But Opposition police spokesman Darren Fulcher said Victorians were "sick of hearing the same lines".

"Families in Doncaster, in Point Cook, in Narre Warren, are going to bed wondering if they're next," Mr Fulcher said.

Crime Statistics Agency data released last month showed aggravated burglaries in Victoria rose 14 per cent in the year to September.

Anyone with information is urged to contact Crime Stoppers on 1800 333 000.""",
        [
            ("understandably traumatised", "Natalie Greaves"),
            ("These offenders went into a", "Natalie Greaves"),
            ("It's brazen, it's violent and", "Natalie Greaves"),
            ("young people, possibly in their", "Natalie Greaves"),
            ("tear off down the street", "neighbour"),
            ("I've lived here 22 years", "neighbour"),
            ("Now I'm thinking about getting", "neighbour"),
            ("every tool they need", "Bridget Lacey"),
            ("We've toughened bail, we've introduced", "Bridget Lacey"),
            ("sick of hearing the same", "Darren Fulcher"),
            ("Families in Doncaster, in Point", "Darren Fulcher"),
        ],
    ),
    (
        """Construction company fined $1.1 million after apprentice fell to his death at Parramatta site

By Jamie Lo

A building company has been fined $1.1 million over the death of a 23-year-old apprentice carpenter who fell through an unprotected opening at a Parramatta apartment site.

Harbourline Constructions Pty Ltd pleaded guilty in the NSW District Court to a category 2 offence under the Work Health and Safety Act over the death of Ethan Marsh in February 2022.

Mr Marsh fell almost eight metres through a void on the third floor of the development on Church Street, where a temporary cover had been removed to allow materials to be lifted through and was never replaced.

In her judgment, Judge Priya Raman said the risk was "obvious and well known" and could have been eliminated with "simple, inexpensive measures".

"The failure here was not a failure of knowledge," Judge Raman said.

"It was a failure of supervision and of system. A young worker paid for that failure with his life."

The court heard the company had been issued with two improvement notices relating to fall protection at other sites in the 18 months before Mr Marsh's death.

A union organiser who attended the site on the day of the fall said workers had raised concerns about the opening "at least twice" in the week before.

Harbourline Constructions said in a statement it accepted the court's findings and had since appointed a dedicated safety manager to every site.

"We think of Ethan and his family every day," the company said.

"What happened on our site should never have happened, and we are deeply sorry."

Mr Marsh's mother, Deborah Marsh, said outside court the fine meant little to her family.

"They can pay a million dollars or ten million dollars. It doesn't matter," she told the ABC.

"I want someone to look me in the eye and tell me why nobody put the cover back."

Ms Marsh has been campaigning under the banner "Ethan's Law" for company directors to face jail when workers die, and said she would keep pushing until the rules changed.

SafeWork NSW executive director Colin Barraclough said falls from height remained one of the biggest killers on construction sites across the state.

"Every one of these deaths is preventable, and every employer knows what needs to be done," he said.

The company has 28 days to pay the fine.""",
        [
            ("obvious and well known", "Priya Raman"),
            ("simple, inexpensive measures", "Priya Raman"),
            ("The failure here was not", "Priya Raman"),
            ("It was a failure of", "Priya Raman"),
            ("at least twice", "union organiser"),
            ("We think of Ethan and", "Harbourline Constructions Pty Ltd"),
            ("What happened on our site", "Harbourline Constructions Pty Ltd"),
            ("They can pay a million", "Deborah Marsh"),
            ("I want someone to look", "Deborah Marsh"),
            ("Every one of these deaths", "Colin Barraclough"),
        ],
    ),
]
