CASES = [
    (
        """Teenager refused bail over alleged Ballarat service station armed robbery

By Jess Tully

A 17-year-old boy accused of holding up a Ballarat service station with a machete has been refused bail after a magistrate found he posed a "real and ongoing danger" to the community.

The boy, who cannot be named for legal reasons, appeared in the Ballarat Children's Court on Tuesday charged with armed robbery, theft of a motor vehicle and possessing a controlled weapon.

Police allege he and another youth entered the Sturt Street service station about 2:40am on Sunday, threatened the attendant with a machete and took about $600 in cash and cigarettes.

Detective Senior Constable Aaron Whitlock told the court the attendant, a 23-year-old international student, had been "absolutely terrified" and had not returned to work.

"He thought he was going to be killed," Senior Constable Whitlock said.

The boy's lawyer, Priya Ramanathan from Victoria Legal Aid, said her client had a stable place to live with his grandmother in Wendouree and was willing to abide by a curfew.

"He is a young man who has had a very difficult couple of years, and he has never been in custody before," Ms Ramanathan said.

"Remanding him will do nothing but expose him to older offenders."

Magistrate Helen Corcoran said she had taken into account the boy's age and his lack of prior convictions, but the alleged offending was "brazen and frightening".

"The community is entitled to go to work at night without someone coming through the door with a machete," she said.

"I am not satisfied that any conditions I could impose would reduce that risk to an acceptable level."

The boy showed little emotion as the decision was read out. His grandmother, seated in the public gallery, wiped away tears.

A second youth, aged 16, was arrested on Monday and is expected to face court later this week.

Outside court, the attendant's employer, who asked not to be named, said the business had installed additional security screens since the robbery.

"We've had staff here for ten years and nothing like this has happened," he said. "Everyone's shaken."

Victoria Police said in a statement that investigators were still searching for the machete, which they believe was discarded near Lake Wendouree.

"Anyone who was in the area in the early hours of Sunday morning and has dashcam footage is urged to contact Crime Stoppers," the statement said.

The boy will return to court in March.""",
        [
            ("real and ongoing danger", "Helen Corcoran"),
            ("absolutely terrified", "Aaron Whitlock"),
            ("He thought he was going", "Aaron Whitlock"),
            ("He is a young man", "Priya Ramanathan"),
            ("Remanding him will do nothing", "Priya Ramanathan"),
            ("brazen and frightening", "Helen Corcoran"),
            ("The community is entitled to", "Helen Corcoran"),
            ("I am not satisfied that", "Helen Corcoran"),
            ("We've had staff here for", "attendant's employer"),
            ("Everyone's shaken.", "attendant's employer"),
            ("Anyone who was in the", "Victoria Police"),
        ],
    ),
    (
        """'You took our boy': Family's anguish as man jailed over Hamilton one-punch death

By Rawiri Tane

The mother of a 22-year-old man killed by a single punch outside a Hamilton bar has told his killer he "took the light out of our whole family", as he was jailed for four years and three months.

Corey James Matthews, 27, was sentenced in the High Court at Hamilton today after earlier pleading guilty to the manslaughter of Liam Te Huia in the early hours of March 9 last year.

The court heard Matthews and Te Huia had argued briefly outside a Hood St bar before Matthews struck him once to the side of the head. Te Huia fell backwards, hitting his head on the kerb, and died in Waikato Hospital two days later.

Reading her victim impact statement, Te Huia's mother, Moana Te Huia, said she had held her son's hand as his life support was turned off.

"You took our boy from us over nothing. Over a few words on a footpath," she said, looking directly at Matthews.

"I still set the table for him some nights. I still hear his car in the driveway."

Te Huia's younger sister, Aroha Te Huia, said her brother had been saving to start a building apprenticeship and had "so many plans".

"He was the one who held us all together," she said. "Now there's just a hole."

Matthews' lawyer, Graham Pettigrew, said his client was "genuinely remorseful" and had written a letter of apology to the family, which was handed to the judge.

"Mr Matthews has to live with what he has done for the rest of his life. He does not seek to minimise it," Pettigrew said.

He told the court Matthews had completed an alcohol treatment programme while on remand and had not drunk since the incident.

Crown prosecutor Natalie Brooks said the attack had been unprovoked and the victim had been walking away when he was struck.

"This was not a case of a scuffle between two willing participants," she said.

Justice Philippa Harland said one-punch cases were "a stark reminder of how quickly a life can be lost", and that no sentence could reflect the value of Te Huia's life.

"Nothing I do today can bring Liam back. I acknowledge that his family will find this sentence inadequate," the judge said.

She adopted a starting point of five years and six months, giving discounts for Matthews' guilty plea, remorse and his previous good character.

Outside court, Te Huia's uncle, Hemi Walker, said the family wanted young people to think before they lashed out.

"One punch. That's all it takes. Keep your hands in your pockets and walk away," he said.""",
        [
            ("You took our boy", "Moana Te Huia"),
            ("took the light out of", "Moana Te Huia"),
            ("You took our boy from", "Moana Te Huia"),
            ("I still set the table", "Moana Te Huia"),
            ("so many plans", "Aroha Te Huia"),
            ("He was the one who", "Aroha Te Huia"),
            ("Now there's just a hole.", "Aroha Te Huia"),
            ("genuinely remorseful", "Graham Pettigrew"),
            ("Mr Matthews has to live", "Graham Pettigrew"),
            ("This was not a case", "Natalie Brooks"),
            ("a stark reminder of how", "Philippa Harland"),
            ("Nothing I do today can", "Philippa Harland"),
            ("One punch. That's all it", "Hemi Walker"),
        ],
    ),
    (
        """Police pursuit that killed teenage driver should have been called off, coroner finds

Natasha Ferris

A police pursuit that ended with a 16-year-old driver crashing into a power pole in Sydney’s west should have been abandoned minutes earlier, the New South Wales deputy state coroner has found.

Jaxon Pirie died at the scene in Mount Druitt on the night of 14 August 2022 after the stolen Holden Commodore he was driving left the road at more than 120km/h on Carlisle Avenue.

Handing down her findings at Lidcombe coroners court on Thursday, the deputy state coroner, Miriam Abeyasekera, said officers had continued the chase despite heavy traffic, wet roads and a radio direction from a supervisor to “assess and consider termination”.

“The risks to Jaxon, to his passengers and to other road users plainly outweighed the need to apprehend a young person for a property offence,” Abeyasekera said.

“He was a child. That should have weighed far more heavily than it did on the night.”

The inquest heard the pursuit lasted just under four minutes and covered about 5km. Two 15-year-old passengers survived with serious injuries.

The coroner found the senior constable driving the highway patrol car had “lost situational awareness”, and that in-car video showed speeds of up to 135km/h in a 60km/h zone.

She recommended the NSW police force review its safe driving policy, which governs pursuits, so that the age of a suspected driver is explicitly considered, and that supervisors be given clearer authority to terminate chases.

Jaxon’s mother, Kylie Pirie, said outside court the family had waited more than two years for answers.

“Today someone finally said out loud what we’ve known since that night,” she said. “They should have let him go. He’d still be here.”

“Nobody is saying what Jaxon did was right. He was 16 and he made a terrible decision. But he didn’t deserve to die for a stolen car.”

The family’s barrister, Anthony Szabo SC, told the inquest in closing submissions that the pursuit policy was “written for adults, and applied to children”.

A NSW police spokesperson said the force would “carefully consider” the coroner’s recommendations.

“Our thoughts remain with Jaxon’s family and all those affected by this tragic incident,” the spokesperson said. “Pursuits are only ever undertaken where officers believe the risk is justified.”

The Police Association of NSW president, Ian Brockhurst, said officers had to make split-second decisions in dangerous circumstances.

“It is very easy to sit in a courtroom two years later and pick apart every second of a four-minute incident,” he said.

The senior constable, who cannot be identified under a non-publication order, gave evidence last year that he believed the Commodore would “keep driving like that whether we were there or not”.""",
        [
            ("assess and consider termination", "supervisor"),
            ("The risks to Jaxon, to", "Miriam Abeyasekera"),
            ("He was a child. That", "Miriam Abeyasekera"),
            ("lost situational awareness", "Miriam Abeyasekera"),
            ("Today someone finally said out", "Kylie Pirie"),
            ("They should have let him", "Kylie Pirie"),
            ("Nobody is saying what Jaxon", "Kylie Pirie"),
            ("written for adults, and applied", "Anthony Szabo"),
            ("carefully consider", "spokesperson"),
            ("Our thoughts remain with Jaxon’s", "spokesperson"),
            ("Pursuits are only ever undertaken", "spokesperson"),
            ("It is very easy to", "Ian Brockhurst"),
            ("keep driving like that whether", "senior constable"),
        ],
    ),
    (
        """Police name man found dead in Invercargill home, homicide investigation launched

Police have named the man whose body was found at a house in Invercargill's Glengarry on Sunday morning, and say they are treating his death as a homicide.

He was 54-year-old Dennis Arthur Kearney, of Invercargill.

Emergency services were called to the Dunbeath Street address about 8.15am after a family member found Kearney unresponsive.

Detective Inspector Shona McAllister said a post-mortem examination had been completed and police were now "confident Mr Kearney's death was the result of an assault".

"Our thoughts are with Dennis's family, who are understandably devastated. They have asked for privacy at this very difficult time," she said.

McAllister said investigators were keen to speak to anyone who was in the Glengarry area between 10pm on Saturday and 8am on Sunday.

"We are particularly interested in a dark-coloured hatchback seen parked on Dunbeath Street late on Saturday night. If that was your car, or you know whose it was, we want to hear from you.

"Even if you think the information is small or insignificant, let us be the judge of that."

A scene guard remained outside the property on Monday afternoon, and a cordon was in place at the southern end of the street.

Neighbour Tracy Loader told RNZ she had heard shouting coming from the house late on Saturday but had not thought much of it at the time.

"You hear arguments around here sometimes. You don't think it's going to end like this," she said. "He kept to himself mostly, but he'd always wave."

Another neighbour, who did not want to be named, said police had been door-knocking since Sunday.

"They've been up and down the street asking about cars and whether anyone's got cameras," the neighbour said.

In a statement on Monday evening, police said a number of people had been spoken to as part of the investigation.

"At this stage we do not believe there is any wider risk to the community, but residents will continue to see an increased police presence in the area," the statement said.

Anyone with information can contact police on 105, quoting file number 240915/8821, or call Crime Stoppers anonymously on 0800 555 111.""",
        [
            ("confident Mr Kearney's death was", "Shona McAllister"),
            ("Our thoughts are with Dennis's", "Shona McAllister"),
            ("We are particularly interested in", "Shona McAllister"),
            ("Even if you think the", "Shona McAllister"),
            ("You hear arguments around here", "Tracy Loader"),
            ("He kept to himself mostly,", "Tracy Loader"),
            ("They've been up and down", "neighbour"),
            ("At this stage we do", "police"),
        ],
    ),
    (
        """Driver who was on phone when she killed cyclist avoids jail

Sam Harcourt

A driver who was scrolling through her phone when she hit and killed a cyclist on a rural Canterbury road has been sentenced to six months' community detention, leaving the man's son saying justice "has not been done".

Felicity Anne Rowe, 34, appeared for sentencing in the Christchurch District Court on Friday after pleading guilty to careless driving causing death.

Retired engineer Graham Oakley, 68, was riding on the shoulder of Old West Coast Rd near Darfield on the morning of October 3 when Rowe's SUV drifted across the white line and struck him from behind. He died at the scene.

A police summary of facts said phone records showed Rowe had been using a social media app in the 40 seconds before the crash.

Oakley's wife of 42 years, Judith Oakley, told the court she had waved him off that morning as she did every Saturday.

"He said he'd be back by 11 for a coffee. I still have the cup on the bench," she said.

"I want you to understand that a phone is not worth a life. Nothing on that screen was more important than my husband."

Rowe, who wept throughout the hearing, turned to face the family as her lawyer, Marcus Fenwick, read a short statement on her behalf.

"I am so deeply sorry. I think about Mr Oakley every single day and I know my apology means very little," the statement said.

Fenwick said his client had voluntarily surrendered her licence, sold her car and was receiving counselling.

"She has not sought to hide from this. She pleaded guilty at the first opportunity," he said.

Judge Annabel Crichton said she accepted Rowe's remorse was genuine, but described her driving as "a momentary but entirely avoidable lapse".

"Every driver in this country knows they should not be using a phone behind the wheel. The consequences here could not have been more tragic," the judge said.

In addition to community detention, Rowe was disqualified from driving for two years and ordered to pay $8000 in emotional harm reparation.

Outside court, Oakley's son, Nathan Oakley, said the family was "absolutely gutted" by the outcome.

"Justice has not been done today. Dad did everything right. He had lights, he had hi-vis, he was on the shoulder," he said. "And the person who killed him goes home tonight."

Cycling advocacy group Bike Canterbury said the case showed the need for tougher penalties for distracted driving.

"Until there are real consequences, people will keep picking up their phones," spokeswoman Leah Duncan said.""",
        [
            ("has not been done", "Nathan Oakley"),
            ("He said he'd be back", "Judith Oakley"),
            ("I want you to understand", "Judith Oakley"),
            ("I am so deeply sorry.", "Felicity Anne Rowe"),
            ("She has not sought to", "Marcus Fenwick"),
            ("a momentary but entirely avoidable", "Annabel Crichton"),
            ("Every driver in this country", "Annabel Crichton"),
            ("absolutely gutted", "Nathan Oakley"),
            ("Justice has not been done", "Nathan Oakley"),
            ("And the person who killed", "Nathan Oakley"),
            ("Until there are real consequences,", "Leah Duncan"),
        ],
    ),
    (
        """Gold Coast builder accused of taking $400,000 in deposits granted bail

A Gold Coast builder accused of pocketing more than $400,000 in deposits from homeowners for renovations that were never started has been granted bail, despite police warning he was a flight risk.

Bradley John Coutts, 46, of Robina, faced Southport Magistrates Court on Wednesday charged with 23 counts of fraud relating to alleged offending between March 2022 and November 2023.

According to police documents tendered in court, Coutts allegedly took deposits of between $8000 and $45,000 from clients across the Gold Coast and northern NSW, often promising work would begin "within a fortnight".

Police prosecutor Sergeant Kelly Maher opposed bail, telling the court Coutts had recently sold a vehicle and had links to family in New Zealand.

"Police hold grave concerns that, if released, the defendant will leave the jurisdiction," Sergeant Maher said.

"There are 23 complainants, several of them elderly, and police anticipate further charges."

Defence lawyer Tom Aldridge said his client had surrendered his passport and had "every intention" of fighting the charges.

"My client disputes that this was fraud. What happened here is a business that failed, and failed badly, during a period when the entire construction industry was under enormous pressure," Mr Aldridge said.

Magistrate Stephen Ng granted Coutts bail on a $50,000 surety provided by his brother, with conditions he report to Robina police three times a week and not contact any of the alleged victims.

"The concerns raised by the prosecution are real, but they can be met by strict conditions," Mr Ng said.

Outside court, one of the alleged victims, retiree Margaret Lindqvist, 71, of Burleigh Heads, said she had handed over $32,000 for a kitchen and bathroom renovation in 2022.

"That was a big part of our savings. We've been living with a half-gutted bathroom for two years," Mrs Lindqvist told reporters.

"I just want to know where our money went."

A spokesman for the Queensland Building and Construction Commission said the regulator was aware of the matter and had suspended Coutts's licence in December.

"Consumers who believe they have been affected should lodge a complaint with the QBCC," the spokesman said.

Coutts did not comment as he left court. The matter was adjourned to April 17.""",
        [
            ("within a fortnight", "Bradley John Coutts"),
            ("Police hold grave concerns that,", "Kelly Maher"),
            ("There are 23 complainants, several", "Kelly Maher"),
            ("every intention", "Tom Aldridge"),
            ("My client disputes that this", "Tom Aldridge"),
            ("The concerns raised by the", "Stephen Ng"),
            ("That was a big part", "Margaret Lindqvist"),
            ("I just want to know", "Margaret Lindqvist"),
            ("Consumers who believe they have", "spokesman"),
        ],
    ),
    (
        """Man charged with murder after woman’s body found in Kalamunda bushland

Daniel Prescott

A 38-year-old man has been charged with murder over the death of a woman whose body was found in bushland in Perth’s eastern hills last week, with police saying the pair had been in a relationship.

The body of Shannon Maree Bickley, 33, was discovered by a bushwalker off a fire trail in the Kalamunda National Park on Thursday morning, four days after she was reported missing by her sister.

Detective Superintendent Greg Castellano told reporters on Tuesday the man was arrested at a house in Forrestfield late on Monday night.

“This is an absolutely tragic case. Shannon was a much-loved mother of two young children, and her family are shattered,” he said.

“I want to thank the members of the public who came forward with information, and in particular the bushwalker who found Shannon. That would have been a deeply traumatic experience and we are offering him support.

“We will allege this was a domestic violence-related homicide. I’d urge anyone who is experiencing violence at home, or who is worried about someone, to reach out.”

Det Supt Castellano declined to say how Ms Bickley died, citing the need to protect the integrity of the investigation, but said the cause of death had been established.

A police source said detectives had been “all over” the man since early in the investigation, and that he was interviewed for several hours before being charged.

Cole Anthony Trask, of Forrestfield, appeared briefly in Perth Magistrates Court on Tuesday afternoon. He was not required to enter a plea.

His lawyer, Rebecca Oyelaran, told the court her client would be “vigorously defending” the charge. She did not apply for bail.

Magistrate Pauline Hartnett remanded Trask in custody to appear in the Supreme Court in May.

In a statement released through WA Police, Ms Bickley’s sister, Jodie Bickley, described her as “the heart of every room she walked into”.

“Shannon lived for her boys. She was funny, stubborn and fiercely loyal, and we cannot believe we will never hear her laugh again,” the statement said.

“We ask that the media respect our privacy as we try to make sense of something that makes no sense.”

Leanne Moroney, chief executive of the Eastern Hills Women’s Refuge, said the death was a reminder of how dangerous the period around separation could be for women.

“Every time this happens we hear the same thing: that the signs were there,” Ms Moroney said. “We need to be listening earlier.”

If you or someone you know is affected by family and domestic violence, call 1800RESPECT on 1800 737 732.""",
        [
            ("This is an absolutely tragic", "Greg Castellano"),
            ("I want to thank the", "Greg Castellano"),
            ("We will allege this was", "Greg Castellano"),
            ("all over", "police source"),
            ("vigorously defending", "Rebecca Oyelaran"),
            ("the heart of every room", "Jodie Bickley"),
            ("Shannon lived for her boys.", "Jodie Bickley"),
            ("We ask that the media", "Jodie Bickley"),
            ("Every time this happens we", "Leanne Moroney"),
            ("We need to be listening", "Leanne Moroney"),
        ],
    ),
    (
        """Accused arsonist 'panicked', not murderer, jury told

Ellie Brandt

A man accused of murdering his housemate by setting fire to their Hobart home was a frightened drug user who "panicked and ran", not a killer, his lawyer has told a jury.

Jarrod Wayne Hensley, 41, has pleaded not guilty in the Tasmanian Supreme Court to murdering Peter Van Dijk, 58, who died in the blaze at a Glenorchy unit in the early hours of June 2, 2023.

Prosecutors allege Hensley deliberately lit a fire in the lounge room after an argument over unpaid rent, then left the unit without raising the alarm while Mr Van Dijk slept in a back bedroom.

In his closing address on Monday, defence barrister Lachlan Moore SC told the jury the Crown case was built on "assumptions stacked on assumptions".

"Nobody saw Mr Hensley light a fire. No accelerant was found on his clothes. No-one heard him threaten Mr Van Dijk," Mr Moore said.

"What the evidence shows is a man who woke up to smoke, was affected by methamphetamine, panicked and ran. That is shameful, perhaps. It is not murder."

He urged the jury to consider the evidence of a fire investigator who conceded during cross-examination that a faulty heater "could not be excluded" as the cause.

Crown prosecutor Danielle Foo told the jury Hensley's own actions after the fire pointed to his guilt.

According to the prosecution, Hensley walked to a service station 2km away, bought cigarettes and an energy drink, and did not call triple zero.

"Ask yourselves: is that the behaviour of a man who has panicked? Or is it the behaviour of a man who knew exactly what he had done?" Ms Foo said.

She reminded the jury of a text message Hensley sent to a friend the day before the fire, which read: "He's got till tomorrow or I'm burning the place down with him in it."

"Those were his words, members of the jury. Not mine, not the police's. His," Ms Foo said.

Mr Moore earlier described the message as "the kind of stupid, angry thing people type every day and never mean".

Justice Robert Ellery is expected to sum up the case to the jury on Tuesday.

Mr Van Dijk's brother, Hendrik, who has attended every day of the two-week trial, declined to comment outside court.""",
        [
            ("panicked", "Lachlan Moore"),
            ("panicked and ran", "Lachlan Moore"),
            ("assumptions stacked on assumptions", "Lachlan Moore"),
            ("Nobody saw Mr Hensley light", "Lachlan Moore"),
            ("What the evidence shows is", "Lachlan Moore"),
            ("could not be excluded", "fire investigator"),
            ("Ask yourselves: is that the", "Danielle Foo"),
            ("He's got till tomorrow or", "Jarrod Wayne Hensley"),
            ("Those were his words, members", "Danielle Foo"),
            ("the kind of stupid, angry", "Lachlan Moore"),
        ],
    ),
]
