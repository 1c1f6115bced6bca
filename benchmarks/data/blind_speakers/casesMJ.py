CASES = [
    (
        """Widow tells court family 'hollowed out' by phone-distracted driver

By Rachel Dunstan, Court Reporter

A Mentone tradesman who struck and killed a cyclist on Beach Road while scrolling through his phone has been told he faces a lengthy jail term, after the victim's widow told a court her family had been "hollowed out" by his choice.

Callum Rhys Petrovic, 34, pleaded guilty in the County Court to dangerous driving causing death over the crash in Mordialloc on the morning of March 9 last year, which killed 58-year-old accountant Graham Whitlock.

Prosecutor Anneliese Ford told Judge Martin Halloran on Tuesday that data extracted from Petrovic's phone showed he had opened a social media app 11 seconds before his ute drifted into the bike lane.

"This was not a momentary lapse," Ms Ford said. "The accused had his eyes on that screen for the better part of a kilometre, at 70 kilometres an hour, on one of the busiest cycling routes in the state."

Mr Whitlock's wife, Suzanne Whitlock, read her victim impact statement from the witness box as Petrovic sat with his head bowed in the dock.

"Graham left the house at 6.10 that morning and said he'd be back in time to make the coffee," she said. "I am still waiting for that coffee. I will be waiting for the rest of my life."

She told the court her two adult daughters had both taken leave from work and that one had moved back into the family home. "We used to be five people around the table at Christmas," she said. "Now there is a chair nobody will sit in."

Defence barrister Tom Kavanagh, SC, said his client had been "utterly crushed" by what he had done and had not driven since the crash.

Mr Kavanagh said Petrovic had stopped immediately, performed CPR on Mr Whitlock until paramedics arrived, and had written a letter of apology to the family, which was tendered to the court but not read aloud.

"He does not ask for sympathy, and he knows he cannot undo any of it," Mr Kavanagh said. "But he is not the callous man the data might suggest. He is a young father who made an appalling decision and will carry it forever."

A report by forensic psychologist Dr Helen Marsh, tendered by the defence, said Petrovic had since been diagnosed with post-traumatic stress disorder and was "at elevated risk of self-harm" in custody.

Judge Halloran said the case was "yet another example" of the devastation caused by mobile phone use behind the wheel, and that general deterrence would weigh heavily in his sentence.

"The community has been told, again and again, to put the phone away," he said. "Some people are still not listening."

Outside court, a spokeswoman for Bicycle Network said the crash showed the need for physically separated bike lanes along the bayside route. "Paint is not protection," she said.

Petrovic was remanded in custody and will be sentenced next month.""",
        [
            ("hollowed out", "Suzanne Whitlock"),
            ("hollowed out", "Suzanne Whitlock"),
            ("This was not a momentary", "Anneliese Ford"),
            ("The accused had his eyes", "Anneliese Ford"),
            ("Graham left the house at", "Suzanne Whitlock"),
            ("I am still waiting for", "Suzanne Whitlock"),
            ("We used to be five", "Suzanne Whitlock"),
            ("Now there is a chair", "Suzanne Whitlock"),
            ("utterly crushed", "Tom Kavanagh"),
            ("He does not ask for", "Tom Kavanagh"),
            ("But he is not the", "Tom Kavanagh"),
            ("at elevated risk of self-harm", "Helen Marsh"),
            ("yet another example", "Martin Halloran"),
            ("The community has been told,", "Martin Halloran"),
            ("Some people are still not", "Martin Halloran"),
            ("Paint is not protection,", "spokeswoman"),
        ],
    ),
    (
        """Grandmother waited almost four hours for ambulance, inquest hears

By Michaela Trent

A 71-year-old grandmother who collapsed at her home near Narromine lay on her kitchen floor for almost four hours while nearly every ambulance in the region was tied up outside a hospital emergency department, an inquest has heard.

Beverley Anne Callaghan died on June 14, 2023, from complications of a stroke, shortly after she was driven to Dubbo Base Hospital by a neighbour.

Opening the inquest at the Coroners Court in Lidcombe on Monday, counsel assisting the coroner, Naomi Feltham, said Mrs Callaghan’s husband, Ross, had called triple zero three times that afternoon.

“On each occasion he was told that an ambulance was on its way,” Ms Feltham said. “On each occasion, that was, strictly speaking, true. But none was coming any time soon.”

The court heard that at the time of the first call, four of the five NSW Ambulance crews rostered in the Dubbo sector were “ramped” at the hospital, waiting to hand over patients.

Ross Callaghan, 74, gave evidence that he had been told to keep his wife comfortable and not to give her anything to eat or drink.

“I kept asking, how much longer? And they kept saying, soon, soon,” he told Deputy State Coroner Elizabeth Wardell. “In the end our neighbour, Kev, said, ‘Bugger this, we’ll take her ourselves.’”

Mr Callaghan said he did not blame the paramedics. “They were doing their best with what they had,” he said. “It’s the system that let Bev down.”

In a statement tendered to the inquest, NSW Ambulance said the Dubbo sector had experienced “unprecedented demand” that afternoon and that the case had been the subject of an internal review. The service has since introduced a “welfare callback” protocol for patients waiting longer than an hour, the statement said.

Dr Anand Rao, an emergency physician at Dubbo Base Hospital, told the inquest the department had been operating at more than 140 per cent of capacity on the day.

“We had patients on trolleys in corridors and paramedics standing with them because there was literally nowhere to put them,” Dr Rao said.

Asked by Ms Feltham whether Mrs Callaghan would have survived had she reached hospital within the first hour, he said: “I can’t say that with certainty. But her chances would have been materially better. Stroke is a disease where minutes matter.”

Mr Callaghan’s neighbour, Kevin Dray, who eventually drove the couple to Dubbo in his four-wheel drive, is expected to give evidence on Tuesday.

A spokesman for the Health Minister said it would be inappropriate to comment while the inquest was under way.

The inquest, which is expected to run for five days, will also hear from senior NSW Ambulance and Western NSW Local Health District officials.""",
        [
            ("On each occasion he was", "Naomi Feltham"),
            ("On each occasion, that was,", "Naomi Feltham"),
            ("I kept asking, how much", "Ross Callaghan"),
            ("In the end our neighbour,", "Ross Callaghan"),
            ("Bugger this, we’ll take her", "Kevin Dray"),
            ("They were doing their best", "Ross Callaghan"),
            ("It’s the system that let", "Ross Callaghan"),
            ("unprecedented demand", "NSW Ambulance"),
            ("We had patients on trolleys", "Anand Rao"),
            ("I can’t say that with", "Anand Rao"),
        ],
    ),
    (
        """Ex-councillor tells defamation trial Facebook posts left him 'a pariah'

Jack Moreland, Court Reporter

A former Cumberland councillor suing a local residents' group leader over a string of Facebook posts has told a defamation trial he was spat at in a supermarket car park after being branded "corrupt to the core".

George Haddad, 61, is suing Lorraine Petersen, the founder of the Save Merrylands West Action Group, in the NSW Supreme Court over six posts published on the group's Facebook page between August and November 2022.

Mr Haddad claims the posts, which Ms Petersen wrote, conveyed imputations that he took bribes from developers and lied to council about his property interests. Ms Petersen is relying on defences of truth and honest opinion.

Giving evidence on Wednesday, Mr Haddad told Justice Fiona Carrick he had served on council for 14 years "without a single complaint" before the posts appeared.

"I was a pariah overnight," Mr Haddad said. "People I had known for 30 years crossed the street. My grandson came home from school and asked me if I was a criminal."

He told the court a man had spat at him outside a supermarket in Guildford in December 2022 and called him "a thieving grub".

Under cross-examination, Ms Petersen's barrister, Sebastian Orr, put to Mr Haddad that he had failed to declare his part-ownership of a block on Woodville Rd that was later rezoned for high-rise apartments.

"That was an oversight, and I corrected it," Mr Haddad said.

"An oversight worth about $1.4 million, Mr Haddad?" Mr Orr asked.

"I don't accept that figure," he replied.

Mr Orr also took Mr Haddad to the minutes of a 2019 council meeting at which he voted in favour of the rezoning.

The court was shown one of the posts, published on September 3, 2022, which read in part: "Our councillor is not serving Merrylands West. He is serving himself and his developer mates."

In her opening address on Monday, Mr Haddad's barrister, Claire Donnelly, SC, told the court the posts amounted to "a campaign of vilification dressed up as community activism" and had been shared more than 2000 times.

Ms Petersen, 68, who sat at the bar table beside her legal team taking notes throughout the day, is expected to give evidence later this week.

Outside court she declined to comment on the case, other than to say: "I stand by every word."

A spokesman for Cumberland City Council said the council was not a party to the proceedings and would not comment.

The trial, which is set down for two weeks, continues.""",
        [
            ("a pariah", "George Haddad"),
            ("corrupt to the core", "Lorraine Petersen"),
            ("without a single complaint", "George Haddad"),
            ("I was a pariah overnight,", "George Haddad"),
            ("People I had known for", "George Haddad"),
            ("a thieving grub", "man"),
            ("That was an oversight, and", "George Haddad"),
            ("An oversight worth about $1.4", "Sebastian Orr"),
            ("I don't accept that figure,", "George Haddad"),
            ("Our councillor is not serving", "Lorraine Petersen"),
            ("a campaign of vilification dressed", "Claire Donnelly"),
            ("I stand by every word.", "Lorraine Petersen"),
        ],
    ),
    (
        """Bookkeeper who stole $870k from disability charity jailed

Kate Hollis

A Toowoomba bookkeeper who siphoned more than $870,000 from a disability support charity to fund overseas holidays, a ride-on mower and online poker has been jailed for six years.

Deborah Lynne Strachan, 52, pleaded guilty in Brisbane District Court on Thursday to one count of aggravated fraud over transfers she made from the accounts of Darling Downs Ability Services between 2017 and 2022.

Crown prosecutor Liam Ostrowski said Strachan had made 412 separate transfers to accounts in her own name and her adult son's name, disguising them as payments to suppliers.

The charity, which supports about 300 people with intellectual disabilities, was forced to cut two respite programs and lay off four staff after the losses were discovered, the court heard.

In a statement read to the court, the charity's chief executive, Paul Nguyen, said staff had trusted Strachan "like family".

"Deb sat in on our staff Christmas parties, she sent flowers when people were sick," Mr Nguyen said in the statement. "All that time she was taking money that was meant for young people who cannot speak up for themselves.

"Some of our clients lost a weekend respite place they had had for 10 years. Try explaining to them why."

Defence barrister Rebecca Sloane said Strachan had developed a gambling addiction after the death of her husband in 2016 and had "lost all sense of proportion".

"This is not a woman who set out to live a life of luxury," Ms Sloane said. "Much of this money went straight back into poker machines and online poker sites. She has nothing left to show for it."

Ms Sloane said her client had sold her house and repaid about $210,000.

Judge Anthony Brereton said that while he accepted Strachan was remorseful, the offending was "a gross breach of trust" against an organisation serving "some of the most vulnerable people in our community".

"You were in a position of complete trust," Judge Brereton told Strachan. "You exploited that trust, again and again, over five years. That it was done to fund a gambling habit explains it, but does not excuse it."

Strachan will be eligible for parole after serving two years.

Outside court, Mr Nguyen told reporters the charity was relieved the case was over. "Now we can focus on rebuilding," he said.

Detective Inspector Gavin Wright, of the Financial and Cyber Crime Group, said the case was a reminder for not-for-profit organisations to have "more than one set of eyes" on their accounts.""",
        [
            ("like family", "Paul Nguyen"),
            ("Deb sat in on our", "Paul Nguyen"),
            ("All that time she was", "Paul Nguyen"),
            ("Some of our clients lost", "Paul Nguyen"),
            ("lost all sense of proportion", "Rebecca Sloane"),
            ("This is not a woman", "Rebecca Sloane"),
            ("Much of this money went", "Rebecca Sloane"),
            ("a gross breach of trust", "Anthony Brereton"),
            ("some of the most vulnerable", "Anthony Brereton"),
            ("You were in a position", "Anthony Brereton"),
            ("You exploited that trust, again", "Anthony Brereton"),
            ("Now we can focus on", "Paul Nguyen"),
            ("more than one set of", "Gavin Wright"),
        ],
    ),
    (
        """Coroner calls for drug checking trial after teen's festival death

Sam Kourakis

South Australia's Deputy State Coroner has recommended the state government trial drug checking at music festivals, finding a 19-year-old university student died after taking a capsule that contained a dangerous stimulant instead of the MDMA she believed she had bought.

Amelia Rose Kotsiras, of Glenelg North, collapsed near the main stage of the Coastline festival at Semaphore on January 27, 2024, and died in the Queen Elizabeth Hospital the next morning.

In findings handed down on Friday, Deputy State Coroner Margaret Ellery said toxicology showed Ms Kotsiras had consumed N-ethylpentylone, a synthetic cathinone, rather than MDMA.

"Amelia did not know what she was taking," Ms Ellery wrote. "Nobody who bought a capsule from that source that day knew what they were taking. That ignorance cost Amelia her life."

Ms Ellery said she had heard evidence from toxicologists that the substance had been detected in festival samples interstate in the weeks before Ms Kotsiras died, and that public warnings had been issued in Victoria and NSW.

"Had a drug checking service been available at the festival, there is a real prospect that the capsule would have been tested, that the substance would have been identified, and that Amelia would have discarded it," she found.

She recommended the government "give urgent consideration" to a 12-month trial of fixed and mobile drug checking services.

Ms Ellery found the festival's medical tent had been adequately staffed and that paramedics responded within minutes, but said the response of the security guards who first found Ms Kotsiras was "inadequate and poorly supervised".

One security guard told the inquest he had believed she was "just really drunk" and sat her down near a fence for about 15 minutes before calling for help.

In a statement, festival organiser Coastline Events Pty Ltd said it had "fully co-operated" with the inquest and had since retrained all its security contractors.

"We think of Amelia and her family every day," the company said. "We support any measure that keeps young people safe."

Ms Kotsiras's mother, Helen Kotsiras, said outside court the family had "waited 18 months for someone in authority to say what we've been saying all along".

"Young people are going to take drugs whether we like it or not," she said. "I would rather my daughter had been told the truth about that pill than have her become a statistic."

A spokesman for the state government said it would consider the findings carefully, but that its position on pill testing "has not changed".""",
        [
            ("Amelia did not know what", "Margaret Ellery"),
            ("Nobody who bought a capsule", "Margaret Ellery"),
            ("Had a drug checking service", "Margaret Ellery"),
            ("give urgent consideration", "Margaret Ellery"),
            ("inadequate and poorly supervised", "Margaret Ellery"),
            ("just really drunk", "security guard"),
            ("fully co-operated", "Coastline Events Pty Ltd"),
            ("We think of Amelia and", "Coastline Events Pty Ltd"),
            ("We support any measure that", "Coastline Events Pty Ltd"),
            ("waited 18 months for someone", "Helen Kotsiras"),
            ("Young people are going to", "Helen Kotsiras"),
            ("I would rather my daughter", "Helen Kotsiras"),
            ("has not changed", "spokesman"),
        ],
    ),
    (
        """Man who killed best mate over $50 bet jailed for seven years

Tim Barrow

A Kalgoorlie mine worker who punched his best friend during a drunken argument about a football bet, causing him to fall and fatally strike his head on a kerb, has been jailed for seven years.

Jaxon Lee Whitford, 27, was sentenced in the WA Supreme Court on Friday after pleading guilty to the manslaughter of 26-year-old Dylan Mercer outside the Golden Miner Hotel on Hannan Street in the early hours of September 17, 2023.

Justice Carolyn Pemberton said CCTV footage showed Whitford throwing "a single, forceful punch" to the side of Mr Mercer's head after the pair argued about $50 owed from a wager on the AFL preliminary final.

Mr Mercer fell backwards, struck his head on the kerb and never regained consciousness. He died in Royal Perth Hospital four days later.

"You and Mr Mercer had been friends since primary school," Justice Pemberton said. "By every account, including your own, you loved him like a brother. And yet in a matter of seconds, fuelled by alcohol and a trivial dispute, you took his life."

State prosecutor Vanessa Huang had argued for a term of at least eight years, telling the court last month the dangers of one-punch assaults were "notorious and well publicised" and that Whitford had been warned by bar staff to calm down minutes earlier.

Whitford's lawyer, Declan Moody, said his client had waited with Mr Mercer until paramedics arrived and had handed himself in to police the same morning.

"He has lost his closest friend and he has lost the respect of a town that knew them both," Mr Moody said at the sentencing hearing. "He does not expect forgiveness from the Mercer family, and he does not seek it."

In a victim impact statement, Mr Mercer's father, Wayne Mercer, said the family had been "torn in two".

"I watched those two boys grow up together," he wrote. "I taught them both to fish. I will never understand how one of them ended up in the ground and the other one in prison over fifty bucks."

Justice Pemberton said she accepted Whitford's remorse was genuine, but the court had to send "a clear message" to young men in regional WA.

"Every year this court sees families destroyed by a single punch thrown in drink," she said. "It must stop."

Whitford must serve five years before he is eligible for parole. His sentence was backdated to September 2023, when he was taken into custody.

Outside court, Mr Mercer's sister, Tahlia Mercer, told reporters the family was "relieved it's over" but that no sentence could bring her brother back.

"Dylan was the funniest bloke in Kalgoorlie," she said. "That's what we want people to remember, not this.\"""",
        [
            ("a single, forceful punch", "Carolyn Pemberton"),
            ("You and Mr Mercer had", "Carolyn Pemberton"),
            ("By every account, including your", "Carolyn Pemberton"),
            ("notorious and well publicised", "Vanessa Huang"),
            ("He has lost his closest", "Declan Moody"),
            ("He does not expect forgiveness", "Declan Moody"),
            ("torn in two", "Wayne Mercer"),
            ("I watched those two boys", "Wayne Mercer"),
            ("I taught them both to", "Wayne Mercer"),
            ("a clear message", "Carolyn Pemberton"),
            ("Every year this court sees", "Carolyn Pemberton"),
            ("It must stop.", "Carolyn Pemberton"),
            ("relieved it's over", "Tahlia Mercer"),
            ("Dylan was the funniest bloke", "Tahlia Mercer"),
            ("That's what we want people", "Tahlia Mercer"),
        ],
    ),
    (
        """Builder wins $185,000 defamation payout over online reviews

Ellen Varley

A Launceston builder has been awarded more than $185,000 in damages after the Supreme Court found a former client defamed him in a series of online reviews accusing him of "ripping off pensioners" and using substandard materials.

Mark Anthony Corrigan, director of Corrigan Homes, sued Bridget Lowe over three Google reviews and two Facebook posts she published in 2022 after a dispute over an extension to her home at Trevallyn.

In a judgment published on Wednesday, Justice Peter Ashworth found Ms Lowe had failed to establish that the central allegations in the posts were true.

One of the reviews, posted under the name "B. Lowe", said: "Do NOT use this builder. He takes your money, uses second-rate timber and disappears. He has done this to at least three pensioners I know of."

According to the judgment, Ms Lowe conceded under cross-examination that she did not know of any pensioners who had dealt with Mr Corrigan and had written the claim "in the heat of the moment".

"The defendant was entitled to be dissatisfied with aspects of the work, and to say so," Justice Ashworth said. "She was not entitled to accuse the plaintiff of dishonesty and of preying upon the elderly when she had no basis for doing so."

The judge found the extension had some defects, including a poorly sealed window, but that these were "minor and remediable" and Mr Corrigan had offered to fix them at no cost.

He said the evidence showed Mr Corrigan's business had lost at least two contracts as a direct result of the posts. One prospective client, a Legana couple, emailed the company to cancel, writing that they "couldn't take the risk after reading the reviews".

Justice Ashworth awarded Mr Corrigan $150,000 in general damages and $35,400 for economic loss, and ordered Ms Lowe to pay his legal costs.

Mr Corrigan said in a statement issued through his lawyers that he felt "relieved and vindicated".

"I've been building homes in the north for 25 years, and my reputation is everything," the statement said.

"I never wanted to go to court. I asked for the posts to come down and for an apology, and I got neither."

Ms Lowe, who represented herself for part of the trial, could not be reached for comment. A friend who attended court with her said she was considering an appeal and described the damages as "ruinous for an ordinary person".

University of Tasmania media law expert Associate Professor Jane Whitcombe said the case was one of a growing number of defamation claims over online reviews.

"People think a Google review is like a chat over the back fence," she said. "Legally, it's publication to the world.\"""",
        [
            ("ripping off pensioners", "Bridget Lowe"),
            ("Do NOT use this builder.", "Bridget Lowe"),
            ("in the heat of the moment", "Bridget Lowe"),
            ("The defendant was entitled to", "Peter Ashworth"),
            ("She was not entitled to", "Peter Ashworth"),
            ("minor and remediable", "Peter Ashworth"),
            ("couldn't take the risk after", "Legana couple"),
            ("relieved and vindicated", "Mark Anthony Corrigan"),
            ("I've been building homes in", "Mark Anthony Corrigan"),
            ("I never wanted to go", "Mark Anthony Corrigan"),
            ("ruinous for an ordinary person", "friend"),
            ("People think a Google review", "Jane Whitcombe"),
            ("Legally, it's publication to the", "Jane Whitcombe"),
        ],
    ),
    (
        """E-bike battery blamed for fire that killed mother and son, inquest told

Nick Castellano

A lithium-ion battery from a modified e-bike charging in a hallway sparked the fire that killed a Dandenong North mother and her eight-year-old son, a coronial inquest has heard.

Priya Raman, 36, and her son Arjun died when fire tore through their single-storey weatherboard home on Kelvinside Ave in the early hours of August 3, 2024. Ms Raman’s husband, Vikram Raman, and the couple’s 12-year-old daughter escaped through a bedroom window.

Sophie Marchetti, counsel assisting Coroner David Lindqvist, told the Coroners Court of Victoria on Monday that fire investigators had traced the blaze to an e-bike parked near the front door.

“The bike had been fitted with an aftermarket battery purchased online, which did not comply with any Australian standard,” Ms Marchetti said.

“The evidence will be that the battery went into what is known as thermal runaway, and that the hallway — the family’s only practical exit from the rear bedrooms — was filled with smoke within about two minutes.”

Fire Rescue Victoria investigator Station Officer Kyle Brandt said the home had two smoke alarms, but neither was working on the night.

“One had no battery in it at all,” he said. “The other had been painted over.”

Mr Raman, giving evidence through a Tamil interpreter, said he had bought the battery for about $300 from an online marketplace after the original stopped holding its charge. He used the bike for food delivery work.

“I did not know it could do this,” he told the court. “Everyone charges their bike inside. If I had known, I would have left it on the street.”

He broke down as he described trying to reach his son’s room. “I could hear Arjun, but I could not see anything,” he said.

A firefighter who was among the first at the scene said in a statement tendered to the court that the heat in the hallway was “like nothing I’ve seen in a house that size”.

Energy Safe Victoria said in a written submission that it had recorded a sharp increase in battery-related fires over the past three years, and that it was “actively considering” tougher rules on the sale of aftermarket batteries.

Outside court, Ms Raman’s brother, Suresh Pillai, told reporters the family wanted the inquest to lead to change.

“My sister did everything right for her kids,” Mr Pillai said. “Nobody told her the thing in the hallway could kill them.”

The inquest continues before Coroner Lindqvist this week.""",
        [
            ("The bike had been fitted", "Sophie Marchetti"),
            ("The evidence will be that", "Sophie Marchetti"),
            ("One had no battery in", "Kyle Brandt"),
            ("The other had been painted", "Kyle Brandt"),
            ("I did not know it", "Vikram Raman"),
            ("Everyone charges their bike inside.", "Vikram Raman"),
            ("I could hear Arjun, but", "Vikram Raman"),
            ("like nothing I’ve seen in", "firefighter"),
            ("actively considering", "Energy Safe Victoria"),
            ("My sister did everything right", "Suresh Pillai"),
            ("Nobody told her the thing", "Suresh Pillai"),
        ],
    ),
]
