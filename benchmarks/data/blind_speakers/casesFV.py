CASES = [
    (
        """Police appeal after pensioner, 84, pushed to ground in Kelbrook Road street robbery

Police are appealing for witnesses after an 84-year-old woman was pushed to the ground and had her handbag stolen in broad daylight in Haddingley.

The victim was walking along Kelbrook Road at around 2.15pm on Tuesday (March 11) when she was approached from behind by a man who grabbed her bag and shoved her, South Yorkshire Police said.

She suffered a fractured wrist and cuts to her face and was taken to hospital, where she remains.

Detective Constable Aaron Pickersgill, who is leading the investigation, said: "This was a cowardly attack on a vulnerable woman who was simply walking home from the shops.

"She has been left badly shaken and in a lot of pain, and her family are understandably very upset.

"We know Kelbrook Road is busy at that time of day and I'm convinced someone will have seen something."

The suspect is described as white, aged between 20 and 30, of slim build and wearing a dark grey hooded top with the hood up and black tracksuit bottoms. He was last seen running towards the Millfield estate.

Officers are particularly keen to trace the driver of a silver hatchback who is believed to have stopped nearby shortly after the incident.

Neighbours said the area had seen a spate of thefts in recent weeks. One resident, who asked not to be named, told the Star: "People round here are frightened to go out on their own now. It's not the first time something like this has happened."

Haddingley ward councillor Maureen Fairclough said she had been "sickened" to hear of the attack and urged anyone with information to come forward.

"Our older residents deserve to feel safe on their own streets," she added. "I will be asking the police for more visible patrols in the area."

A South Yorkshire Police spokesperson said extra officers would be patrolling the area over the coming days to offer reassurance.

Anyone with information is asked to call 101 quoting incident number 412 of March 11, or contact Crimestoppers anonymously.""",
        [
            ("This was a cowardly attack", "Aaron Pickersgill"),
            ("She has been left badly", "Aaron Pickersgill"),
            ("We know Kelbrook Road is", "Aaron Pickersgill"),
            ("People round here are frightened", "resident"),
            ("sickened", "Maureen Fairclough"),
            ("Our older residents deserve to", "Maureen Fairclough"),
            ("I will be asking the", "Maureen Fairclough"),
        ],
    ),
    (
        """Five arrested and £40,000 of cannabis seized in dawn raids across Cwmhyfryd

By Rhian Powell

Five people have been arrested after police carried out a series of dawn raids targeting suspected drug dealing in a south Wales valleys town.

Officers from Gwent Police executed warrants at four addresses in Cwmhyfryd on Wednesday morning as part of an operation into the supply of cannabis and cocaine in the area.

Cannabis with an estimated street value of £40,000, around £6,500 in cash, several mobile phones and a quantity of what is believed to be cocaine were seized, the force said.

Three men aged 22, 27 and 41 and two women aged 19 and 36 were arrested on suspicion of being concerned in the supply of controlled drugs. They remain in custody.

Inspector Gareth Llewellyn, of Gwent Police, said the raids were the result of months of work and followed “repeated concerns” raised by residents.

“Drug dealing blights communities like Cwmhyfryd and brings with it violence, exploitation and antisocial behaviour,” he said.

“People told us what was happening on their streets and we have listened. Today’s activity sends a clear message that we will not tolerate it.”

He added that a cannabis factory found in the loft of one property on Heol y Nant had been “sophisticated”, with lighting and ventilation equipment that had been wired illegally into the mains supply. Electricity network engineers were called to make the house safe.

A neighbour who watched the raid on Heol y Nant said she had been woken by the sound of officers breaking down a door at around 6am.

“There were vans everywhere, police with dogs, the lot,” she told WalesOnline. “We’d had our suspicions for a while because of the smell and people coming and going at all hours.”

Cwmhyfryd councillor Dafydd Bevan welcomed the arrests. In a post on Facebook, he wrote: “Thank you to Gwent Police for acting on the information residents have been passing on. Please keep reporting anything suspicious.”

Gwent Police said enquiries were continuing and urged anyone with information about drug dealing in their community to contact the force on 101 or via its website, quoting reference 2400187654.""",
        [
            ("repeated concerns", "Gareth Llewellyn"),
            ("Drug dealing blights communities like", "Gareth Llewellyn"),
            ("People told us what was", "Gareth Llewellyn"),
            ("sophisticated", "Gareth Llewellyn"),
            ("There were vans everywhere, police", "neighbour"),
            ("We’d had our suspicions for", "neighbour"),
            ("Thank you to Gwent Police", "Dafydd Bevan"),
        ],
    ),
    (
        """Family's 'heartbroken' plea as search for missing Wemford man enters fifth day

By Tom Ashdown

The family of a 34-year-old man who has not been seen since leaving a pub in Wemford on Friday night have begged him to get in touch as the search for him enters its fifth day.

Liam Whitcombe was last seen on CCTV walking along Mill Street towards the river at around 11.40pm after leaving the Royal Oak, where he had been drinking with friends.

West Mercia Police said officers, search and rescue teams and a police drone had been searching the riverbank and surrounding fields since Saturday morning, and the force's underwater search unit was brought in yesterday.

His sister, Kirsty Whitcombe, 31, said the family were 'heartbroken' and 'going out of our minds'.

'Liam, if you see this, please just ring one of us. Nobody is angry with you, we just need to know you're safe,' she said.

'He's a big softie who would do anything for anyone. It's so out of character for him not to message Mum – he talks to her every single day.'

Superintendent Helen Carraway said there was nothing to suggest anyone else was involved in Mr Whitcombe's disappearance, but officers were 'increasingly concerned' for his welfare.

'We are doing everything we can to find Liam and bring him home to his family,' she said. 'I would ask anyone who was in the Mill Street or Riverside Walk area on Friday night to think back and check any dashcam or doorbell footage they may have.

'Even the smallest detail could be important.'

Liam is described as white, 6ft 1in tall, with short brown hair and a beard. He was wearing a navy wax jacket, blue jeans and white trainers.

Volunteers from the community have also been out searching, and more than 2,000 people have shared a missing poster on social media. Wemford Rugby Club, where Mr Whitcombe plays in the second team, has opened its clubhouse as a base for the search.

Club chairman Nigel Oakes said: 'The response has been incredible. Everyone just wants Liam back.'

Anyone with information is asked to call 999 quoting incident 512i of 14 June.""",
        [
            ("heartbroken", "Kirsty Whitcombe"),
            ("heartbroken", "Kirsty Whitcombe"),
            ("going out of our minds", "Kirsty Whitcombe"),
            ("Liam, if you see this,", "Kirsty Whitcombe"),
            ("He's a big softie who", "Kirsty Whitcombe"),
            ("increasingly concerned", "Helen Carraway"),
            ("We are doing everything we", "Helen Carraway"),
            ("I would ask anyone who", "Helen Carraway"),
            ("Even the smallest detail could", "Helen Carraway"),
            ("The response has been incredible.", "Nigel Oakes"),
        ],
    ),
    (
        """Man, 19, arrested on suspicion of attempted murder after teenager stabbed outside takeaway

By Sophie Marchant, crime reporter

A 19-year-old man has been arrested on suspicion of attempted murder after a teenager was stabbed outside a takeaway in Ashwick.

Emergency services were called to the High Street shortly before 10pm on Saturday following reports that a 17-year-old boy had been seriously injured.

He was taken to a London hospital by air ambulance, where he remains in a critical but stable condition, according to Kent Police.

A statement from the force said: "Officers attended and found the victim with stab wounds. He received first aid from officers and members of the public before paramedics arrived."

The suspect, from the Ashwick area, was arrested in Station Road a short time later and remains in custody. A knife was recovered from a nearby garden.

A scene guard was in place outside Golden Fry and Kebab House throughout Sunday, and forensic officers were seen examining the pavement.

Detective Chief Inspector Ross Danbury, of the Kent and Essex Serious Crime Directorate, said the incident was believed to be "isolated" and that the victim and suspect were known to each other.

"I understand incidents like this cause concern in the community and I want to reassure residents that we have made an arrest and are not looking for anyone else at this stage," he said.

"We are, however, keen to speak to anybody who was in the High Street on Saturday evening and saw what happened, particularly anyone who filmed the incident on their phone. Please do not share that footage online - send it to us."

The owner of the takeaway, who did not want to be named, said staff had rushed outside with towels after hearing shouting.

"It was chaos," he said. "There were kids screaming and one of them was lying on the floor. My nephew was holding his hand until the ambulance came."

Ashwick Town Council chairman Paul Treadwell said the community was "in shock".

He said: "This is a town where people know each other. To see something like this on our High Street on a Saturday night is deeply upsetting, and my thoughts are with the young man and his family."

A spokeswoman for the Ashwick Academy, which the victim attends, said counsellors would be available to students when school returns on Monday.

Witnesses should call 101 quoting 46/118902/25.""",
        [
            ("Officers attended and found the", "Kent Police"),
            ("isolated", "Ross Danbury"),
            ("I understand incidents like this", "Ross Danbury"),
            ("We are, however, keen to", "Ross Danbury"),
            ("It was chaos,", "owner of the takeaway"),
            ("There were kids screaming and", "owner of the takeaway"),
            ("in shock", "Paul Treadwell"),
            ("This is a town where", "Paul Treadwell"),
        ],
    ),
    (
        """Farmers urged to lock up after spate of quad bike thefts in Conwy valley villages

By Elin Hughes

Farmers in the Conwy valley are being urged to step up security after four quad bikes were stolen from farms in the space of a fortnight.

North Wales Police said the thefts, in and around Pentre Ffridd and Cefn Eithin, all took place overnight and the vehicles, worth a combined £38,000, were taken from sheds and outbuildings.

In the most recent incident, in the early hours of Monday, thieves cut through a padlock to get into a barn at a farm off the main road between the two villages.

Sergeant Owain Pritchard, of the force's Rural Crime Team, said the thefts appeared to be the work of an organised group who were "targeting isolated properties and doing their homework".

"These vehicles are vital tools of the trade, and losing one at this time of year, right in the middle of lambing, can be devastating for a farming family," he told the Daily Post.

"We'd ask farmers to make sure quads are locked away out of sight, immobilised where possible and marked or fitted with a tracker. And if you see a vehicle you don't recognise hanging around farm tracks, particularly after dark, take a note of the registration and call us."

One farmer, whose quad was taken from a shed just 50 yards from the farmhouse, said the family had heard nothing.

"The dogs didn't even bark," he said. "You feel violated, to be honest. We've farmed here for three generations and never locked a thing until the last couple of years."

Mared Roberts, Conwy county officer for the Cambrian Farmers' Association, said rural crime was "far too often treated as a victimless crime".

"It isn't victimless at all," she said. "It costs families thousands of pounds and enormous stress, and insurance premiums go up for everyone."

According to figures released by the force last month, reported thefts of agricultural vehicles and machinery in north Wales rose by almost a fifth last year.

North Wales Police said a white van towing a trailer had been seen in the area on the night of the latest theft, and officers would like to speak to the driver.

Anyone with information is asked to contact the force via its website or live webchat, or call 101 quoting reference C045123.""",
        [
            ("targeting isolated properties and doing", "Owain Pritchard"),
            ("These vehicles are vital tools", "Owain Pritchard"),
            ("We'd ask farmers to make", "Owain Pritchard"),
            ("The dogs didn't even bark,", "farmer"),
            ("You feel violated, to be", "farmer"),
            ("far too often treated as", "Mared Roberts"),
            ("It isn't victimless at all,", "Mared Roberts"),
            ("It costs families thousands of", "Mared Roberts"),
        ],
    ),
    (
        """CCTV released after shop worker punched during robbery at Barrowfold convenience store

Police have released CCTV images of two men they want to speak to after a shop worker was punched in the face during a robbery in Barrowfold.

The men entered the Hollins Local store in Church Lane at about 8.50pm on Sunday, February 2, and began filling a bag with bottles of spirits, Lancashire Police said.

When a 52-year-old member of staff tried to stop them leaving, one of the men punched her, knocking her to the floor. The pair then fled towards Park Road with alcohol worth around £400.

The worker suffered bruising and a cut lip. She did not need hospital treatment but has been left “extremely shaken”, according to police.

PC Jordan Haworth, of the Barrowfold neighbourhood policing team, said: “Shop workers should be able to go to work without fear of being assaulted.

“This was a nasty attack on a woman who was just doing her job, and we are determined to find the people responsible.

“I would urge anyone who recognises the men in these images, or who was in Church Lane on Sunday night, to get in touch.”

Hollins Food Stores, which operates more than 60 convenience shops across Lancashire and Cumbria, said it was supporting its colleague and working closely with police.

“The safety of our colleagues is our absolute priority and violence against shop workers is completely unacceptable,” the company said in a statement. “We have provided police with CCTV footage and will do everything we can to help bring those involved to justice.”

Carol Dinsdale, north west organiser for the Retail and Distributive Workers’ Union, said abuse of shop staff had become “a daily reality” for many of its members.

“Our members tell us time and again that theft is the biggest trigger for violence in stores,” she said. “Too often these incidents are dismissed as low-level. They are not.”

Regulars at the store told the Telegraph they were shocked. One man, who has used the shop for more than 20 years, said: “She’s lovely, always has a chat with everyone. I can’t believe anybody would do that to her.”

The first man is described as white, in his 30s, around 5ft 10in, wearing a black puffer jacket and a grey beanie hat. The second is white, thinner, and was wearing a dark tracksuit with a face covering.

Anyone with information should call 101 quoting log 1287 of February 2, or contact Crimestoppers anonymously.""",
        [
            ("extremely shaken", "Lancashire Police"),
            ("Shop workers should be able", "Jordan Haworth"),
            ("This was a nasty attack", "Jordan Haworth"),
            ("I would urge anyone who", "Jordan Haworth"),
            ("The safety of our colleagues", "Hollins Food Stores"),
            ("We have provided police with", "Hollins Food Stores"),
            ("a daily reality", "Carol Dinsdale"),
            ("Our members tell us time", "Carol Dinsdale"),
            ("Too often these incidents are", "Carol Dinsdale"),
            ("She’s lovely, always has a", "man"),
        ],
    ),
    (
        """Burglar who targeted elderly victims in Cradleigh jailed for six years

By Mark Ingleby

A burglar who stole jewellery, cash and war medals from the homes of elderly people in Cradleigh has been jailed for six years.

Dean Michael Hollis, 38, of Foxcote Avenue, Cradleigh, broke into five homes over a three-week period last autumn, Stafford Crown Court heard.

He pleaded guilty to five counts of burglary and one of fraud after using a stolen bank card to buy cigarettes and lottery scratchcards.

Prosecutor Emma Stott told the court Hollis chose homes where he had seen elderly occupants, often entering through unlocked back doors while the victims were in another room.

In one case, an 89-year-old widower was watching television in his front room as Hollis searched his bedroom upstairs. Among the items taken were medals awarded to the man's late father for service in the Second World War, which have never been recovered.

In a victim personal statement read to the court, the man said: "Those medals were all I had left of my dad. I don't care about the money. I would give anything to have them back."

He added that he no longer felt safe in the house he had lived in for 54 years and had "not slept properly since".

Staffordshire Police arrested Hollis in November after his fingerprints were found on a window at one of the properties.

Defending, Richard Ansah said his client had a long-standing heroin addiction and had committed the offences "to feed that habit". He said Hollis was "genuinely ashamed" and had written a letter of apology to his victims.

Jailing him, Recorder Julian Whitmore told Hollis: "You deliberately chose victims who were elderly and who you believed would be least able to resist you.

"These were not just thefts of property. You took away their sense of security in their own homes, and for some of them that is something they may never get back."

After the hearing, Detective Sergeant Priya Chandra, of Staffordshire Police, said: "Hollis is a prolific offender who showed no thought for the distress he was causing. I'm pleased he is now behind bars.

"We'd still like to hear from anyone who has been offered war medals for sale in the Cradleigh area since October."

Hollis was also made the subject of a restraining order banning him from contacting any of his victims.""",
        [
            ("Those medals were all I", "widower"),
            ("not slept properly since", "widower"),
            ("to feed that habit", "Richard Ansah"),
            ("genuinely ashamed", "Richard Ansah"),
            ("You deliberately chose victims who", "Julian Whitmore"),
            ("These were not just thefts", "Julian Whitmore"),
            ("Hollis is a prolific offender", "Priya Chandra"),
            ("We'd still like to hear", "Priya Chandra"),
        ],
    ),
    (
        """Dispersal order imposed in Tregarwen after fireworks thrown at bus

Police have imposed a 48-hour dispersal order in Tregarwen town centre after fireworks were thrown at a bus and a group of youths damaged a shop window.

South Wales Police said the order, which gives officers the power to direct people to leave the area and not return, came into force at 4pm on Friday and covers the bus station, Victoria Park and the streets around Commercial Street.

It follows a series of incidents on Thursday evening, when a double-decker bus was hit by fireworks as it pulled into the bus station, forcing the driver to evacuate passengers. Nobody was hurt.

Two boys, aged 14 and 15, were arrested on suspicion of affray and criminal damage and have since been released on bail.

Chief Inspector Sian Morgan-Rees told reporters outside Tregarwen police station that the behaviour had been ‘utterly reckless’.

‘Somebody could very easily have been seriously hurt or worse,’ she said. ‘There were passengers on that bus, including young children, and a driver who was just trying to do his job.

‘We know it is a small minority of young people who are responsible, but their actions are having a huge impact on the whole town, and that is not acceptable.’

She said parents had a part to play, adding: ‘Do you know where your children are tonight?’

According to a police source, officers believe some of the fireworks were bought legally by adults and handed to younger teenagers, and inquiries are being made with local retailers.

A spokesman for Cymoedd Coaches, which operates the route, said drivers had been ‘badly shaken’ and that services would not enter the bus station after 6pm while the order was in place.

‘Our drivers should not have to put up with this,’ the company said. ‘We will be reviewing footage from the bus’s cameras and passing it to the police.’

Huw Jenkins, who represents the town centre ward on the county borough council, said shopkeepers were ‘at the end of their tether’.

‘I’ve had traders in tears,’ he said. ‘They’re paying rates, they’re trying to keep going in a tough climate, and then they turn up in the morning to find their windows smashed.’

The council said in a statement that it was working with police and youth services and that extra CCTV monitoring would be in place over the weekend.

Anyone with information is asked to contact South Wales Police quoting occurrence number 2500312876.""",
        [
            ("utterly reckless", "Sian Morgan-Rees"),
            ("Somebody could very easily have", "Sian Morgan-Rees"),
            ("There were passengers on that", "Sian Morgan-Rees"),
            ("We know it is a", "Sian Morgan-Rees"),
            ("Do you know where your", "Sian Morgan-Rees"),
            ("badly shaken", "Cymoedd Coaches"),
            ("Our drivers should not have", "Cymoedd Coaches"),
            ("We will be reviewing footage", "Cymoedd Coaches"),
            ("at the end of their", "Huw Jenkins"),
            ("I’ve had traders in tears,", "Huw Jenkins"),
            ("They’re paying rates, they’re trying", "Huw Jenkins"),
        ],
    ),
]
