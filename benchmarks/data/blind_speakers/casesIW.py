CASES = [
    (
        """Farmhand jailed for stealing quad bikes from Teme Valley farms

By Rachel Hollins
Court reporter

A FARMHAND who stole three quad bikes from farms in the Teme Valley and sold them through a contact in the West Midlands has been jailed for 16 months.

Liam Dorrell, 29, of Orchard Close, Tenford, admitted three counts of theft and one of handling stolen goods when he appeared at Worcester Crown Court on Tuesday.

The court heard Dorrell took the bikes, worth a combined £21,000, between October and January, targeting outbuildings he had come to know while doing seasonal work.

Prosecuting, Helen Marsh said one of the victims, a sheep farmer from near Kyrebrook, had been left unable to check his flock on the hills for several weeks.

"These were not luxuries," Ms Marsh told the court. "For these farmers a quad bike is as essential as a tractor, and the defendant knew that better than most."

In a victim statement read to the court, farmer Gareth Pryce said the theft had left his family "constantly looking over our shoulders" and that he now checked his yard cameras several times a night.

"We have farmed here for four generations and never locked a shed," he wrote. "That has changed for good."

Mitigating, Simon Atherley said his client had built up gambling debts of more than £8,000 and had been "under real pressure" from the people he owed.

He said Dorrell was "deeply ashamed" and had co-operated with police from the moment of his arrest, leading officers to one of the bikes.

Sentencing, Recorder Anthony Kell said the offences were a "grave breach of trust".

"You took advantage of the knowledge you gained working for these people and their neighbours," he told Dorrell. "Rural crime of this kind causes harm well beyond the value of the property taken."

Two of the bikes have never been recovered.

After the hearing, PC Nia Bevan, of Marches Police's rural crime team, said: "We hope today's sentence sends a clear message that we will pursue those who target our farming communities.

"We would urge farmers to mark their machinery and to register it, as it makes stolen vehicles far harder to sell on."

Anyone with information about rural crime can call 101 or contact Crimestoppers anonymously.""",
        [
            ("These were not luxuries,", "Helen Marsh"),
            ("For these farmers a quad", "Helen Marsh"),
            ("constantly looking over our shoulders", "Gareth Pryce"),
            ("We have farmed here for", "Gareth Pryce"),
            ("That has changed for good.", "Gareth Pryce"),
            ("under real pressure", "Simon Atherley"),
            ("deeply ashamed", "Simon Atherley"),
            ("grave breach of trust", "Anthony Kell"),
            ("You took advantage of the", "Anthony Kell"),
            ("Rural crime of this kind", "Anthony Kell"),
            ("We hope today's sentence sends", "Nia Bevan"),
            ("We would urge farmers to", "Nia Bevan"),
        ],
    ),
    (
        """Crews spend night tackling blaze at hay barn near Llanfechan

Firefighters spent more than ten hours tackling a large fire at a farm building in mid Wales, with around 400 bales of hay destroyed.

Mid Wales Fire and Rescue Service was called to the farm at Cwm Belan, near Llanfechan, at 9.42pm on Sunday.

Crews from Llanfechan, Caerwen, Rhydfelen and Abercarog attended, along with a water bowser, as the fire took hold of a steel-framed barn measuring around 30 metres by 15 metres.

In a statement, the fire service said: "On arrival crews found a well-developed fire involving a hay barn. Firefighters used two main jets and a hose reel jet to protect a neighbouring building and prevent further spread."

The final appliance left the scene at 8.15am on Monday. Nobody was hurt and all livestock were moved to safety by the farmer and neighbours before crews arrived.

Station manager Dafydd Rees said the blaze was believed to have been caused by the spontaneous combustion of hay that had been baled while still damp.

"It's something we see every summer, and particularly after a wet spell like the one we've had," he said.

"Hay that goes into storage with too much moisture in it can heat up over a period of weeks, and once it reaches a certain temperature it can ignite without any outside source at all.

"We'd ask farmers to keep an eye on stacks, check the temperature if they can, and call us early if they have any concerns. It's far easier for us to deal with a hot stack than a barn that's fully alight."

The farmer, who asked not to be named, told the Chronicle the loss of the hay would mean buying in feed for the winter.

"The boys did a tremendous job to save the sheds around it," he said. "But that was most of our winter feed gone in a night, and prices aren't getting any cheaper."

A neighbour, Menna Lloyd, said residents had seen flames "lighting up the whole valley" from more than two miles away.

"You could smell it from the village," she said. "Everyone came out to help move the ewes. That's what you do round here."

County councillor Ieuan Morgan, who represents the area, praised the response from the on-call crews, many of whom had come straight from their day jobs.

"People don't always realise that most of our rural firefighters are on call on top of their normal work," he said. "They were out there all night and back at work in the morning."

The fire service has published advice on preventing hay fires on its website.""",
        [
            ("On arrival crews found a", "Mid Wales Fire and Rescue Service"),
            ("It's something we see every", "Dafydd Rees"),
            ("Hay that goes into storage", "Dafydd Rees"),
            ("We'd ask farmers to keep", "Dafydd Rees"),
            ("The boys did a tremendous", "farmer"),
            ("But that was most of", "farmer"),
            ("lighting up the whole valley", "Menna Lloyd"),
            ("You could smell it from", "Menna Lloyd"),
            ("Everyone came out to help", "Menna Lloyd"),
            ("People don't always realise that", "Ieuan Morgan"),
            ("They were out there all", "Ieuan Morgan"),
        ],
    ),
    (
        """Residents count cost as River Ure bursts banks for second time this winter

Homeowners in a Wensleydale village say they are “at the end of our tether” after the River Ure burst its banks for the second time in six weeks.

Around 20 properties in Lowfield Bridge, near Leyburn, were affected when water levels rose rapidly overnight on Thursday following heavy rain across the upper dale.

The Environment Agency issued a flood warning for the area at 11pm, and firefighters used a boat to help two elderly residents from a property on Mill Lane in the early hours.

Jean Halliwell, 74, who has lived on Mill Lane for 40 years, said water had come through her front door for the first time.

“I was woken by my neighbour banging on the window,” she said. “By the time I got downstairs the carpet was squelching. I’ve lost the lot on the ground floor.”

Parish council chairman Robert Tennant said villagers had been asking for flood defences to be improved since a similar event in 2015.

“We have been told again and again that the scheme is being looked at,” he said. “Meanwhile people are pulling up their floorboards for the second time this year. Something has to give.”

He said the parish council would be writing to the area’s MP and to the Environment Agency to ask for a meeting in the village.

An Environment Agency spokeswoman said a study of options for Lowfield Bridge had been completed last year and that the agency was “working with partners to identify funding”.

“We understand how distressing flooding is and our thoughts are with everyone affected,” she said. “Our teams were out throughout the night operating equipment and issuing warnings, and we will be carrying out a full assessment of the event.”

North Dales District Council said it had delivered sandbags to the village on Thursday evening and that highways teams had closed a stretch of the dale road for several hours.

Councillor Karen Whitley, the council’s executive member for highways, said: “Our staff worked through the night alongside the emergency services. We will be supporting residents with the clean-up, including extra waste collections over the coming week.”

A spokesman for Dales Fire and Rescue Service said crews had attended a number of flooding-related calls across the district.

“We would remind people never to drive or walk through flood water,” he said. “Just 30cm of flowing water is enough to float a car.”

Mrs Halliwell said she was now staying with her daughter in Richmond while insurers assessed the damage.

“You can replace furniture,” she said, “but it’s the photographs I keep thinking about. I had them in a box under the stairs. I won’t make that mistake again.”""",
        [
            ("at the end of our tether", "homeowners in a Wensleydale village"),
            ("I was woken by my", "Jean Halliwell"),
            ("By the time I got", "Jean Halliwell"),
            ("We have been told again", "Robert Tennant"),
            ("Meanwhile people are pulling up", "Robert Tennant"),
            ("working with partners to identify", "spokeswoman"),
            ("We understand how distressing flooding", "spokeswoman"),
            ("Our teams were out throughout", "spokeswoman"),
            ("Our staff worked through the", "Karen Whitley"),
            ("We would remind people never", "spokesman"),
            ("Just 30cm of flowing water", "spokesman"),
            ("You can replace furniture,", "Jean Halliwell"),
            ("but it’s the photographs I", "Jean Halliwell"),
        ],
    ),
    (
        """Driver who killed motorcyclist on country lane while looking at phone is jailed

A driver who was scrolling through social media moments before he hit and killed a motorcyclist on a country lane in Carmarthenshire has been jailed.

Owain Parry-Jenkins, 34, of Heol y Nant, Cwmgarw, pleaded guilty to causing death by dangerous driving at an earlier hearing and was sentenced at Swansea Crown Court on Friday.

Keith Lewis, 61, a retired postman from Llandyfan, died at the scene of the crash on a minor road near Cefn Bryn last September.

Prosecutor Catrin Howells said Parry-Jenkins had been driving his pick-up at around 55mph on a narrow lane when he drifted onto the wrong side of the road on a left-hand bend.

Data recovered from his phone showed he had been using social media apps for most of the eight-minute journey, and had last touched the screen four seconds before the collision.

"Mr Lewis had no chance of avoiding the defendant's vehicle," Ms Howells said. "He was riding within the speed limit, on his own side of the road, and was wearing high-visibility clothing."

In a statement read to the court, his widow Sandra Lewis said her husband had been "the kindest man you could ever meet" and had been on his way home from visiting their first grandchild.

"Keith had been riding motorbikes since he was 17 and he was always careful," she said. "He used to tell the grandchildren he was the slowest biker in Wales.

"Our family has been torn apart by something that should never have happened. A phone call, a message, a video - none of it was worth a man's life."

Defending, Rhodri Evans said his client had shown "genuine and profound remorse" and had stopped driving entirely since the crash.

"He has to live with what he did every day," Mr Evans said. "He does not seek to minimise it in any way."

Judge Geraint Lloyd-Hughes told Parry-Jenkins he had made "a deliberate choice" to use his phone while driving on a road he knew to be narrow and winding.

"You were not concentrating on the road because you chose to look at your phone instead," the judge said. "The consequences of that choice were catastrophic, and a family has lost a husband, father and grandfather."

Parry-Jenkins was jailed for five years and four months and banned from driving for eight years and eight months. He must pass an extended retest before he can drive again.

Speaking outside court, Detective Sergeant Mark Hollis of West Wales Police's serious collision investigation unit said the case showed "the devastating impact of a moment's distraction".

He added: "Nothing on your phone is worth risking a life for. We will continue to examine phone data in every serious collision and will put that evidence before the courts."

Mr Lewis's family thanked the officers involved and asked for privacy.""",
        [
            ("Mr Lewis had no chance", "Catrin Howells"),
            ("He was riding within the", "Catrin Howells"),
            ("the kindest man you could", "Sandra Lewis"),
            ("Keith had been riding motorbikes", "Sandra Lewis"),
            ("He used to tell the", "Sandra Lewis"),
            ("Our family has been torn", "Sandra Lewis"),
            ("genuine and profound remorse", "Rhodri Evans"),
            ("He has to live with", "Rhodri Evans"),
            ("He does not seek to", "Rhodri Evans"),
            ("a deliberate choice", "Geraint Lloyd-Hughes"),
            ("You were not concentrating on", "Geraint Lloyd-Hughes"),
            ("The consequences of that choice", "Geraint Lloyd-Hughes"),
            ("the devastating impact of a", "Mark Hollis"),
            ("Nothing on your phone is", "Mark Hollis"),
        ],
    ),
    (
        """Police seize vehicles as hare coursing crackdown continues across Fens

Police have seized four vehicles and reported six men for offences after a series of hare coursing incidents in the south of the county over the weekend.

Officers from East Fens Police's rural crime action team were called to farmland at Fleetmoor Fen, near Holbeach, on Saturday afternoon after a farmer reported men with dogs on his land.

A drone was used to track a 4x4 as it left the area, and the vehicle was stopped on the A17 a short time later. Two lurcher-type dogs were also taken into police possession.

Further stops were made near Fleet Drove and Saltmarsh St Giles on Sunday.

Inspector Matt Calloway, who leads the team, said the operation was part of the force's ongoing work to tackle coursing, which traditionally peaks after the harvest when fields are cleared.

'Hare coursing is not a harmless country pursuit,' he said. 'It involves cruelty to animals, it damages crops and property, and all too often we see farmers threatened and intimidated when they challenge the people involved.

'Since the law changed in 2022 we have had much stronger powers, including the ability to seize dogs and recover the costs of kennelling them, and we will use every one of those powers.'

One farmer, who did not want to be identified for fear of reprisals, said coursers had driven through a gateway and across a field of winter wheat on his land twice in a fortnight.

'They don't care,' he said. 'You go out to them and they just laugh at you, or worse. Last year one of them told my son they knew where we lived.'

He said the damage to his crops ran into thousands of pounds and that he had spent more than £3,000 on ditching and earth banks to try to keep vehicles out.

Janet Morley, secretary of the South Holland Farm Watch group, said members had welcomed the police response but that many still felt 'isolated and exposed'.

'The message from the police has changed enormously in the past few years and people notice that,' she said. 'But we're talking about very remote places, and when you ring 999 you know it could be a long wait.'

Three of the men reported were from outside the county, police said. All six are expected to face charges of trespassing with intent to search for or pursue hares with dogs.

Residents are asked to report coursing in progress by calling 999 and to note vehicle registrations where it is safe to do so. Non-urgent information can be given on 101 quoting Operation Leveret.""",
        [
            ("Hare coursing is not a", "Matt Calloway"),
            ("It involves cruelty to animals,", "Matt Calloway"),
            ("Since the law changed in", "Matt Calloway"),
            ("They don't care,", "farmer"),
            ("You go out to them", "farmer"),
            ("isolated and exposed", "Janet Morley"),
            ("The message from the police", "Janet Morley"),
            ("But we're talking about very", "Janet Morley"),
        ],
    ),
    (
        """Storm Ffion: Homes evacuated and roads closed as river reaches record level

By Elis Hughes

Around 60 homes were evacuated in a north Wales village overnight after a river reached its highest level since records began.

Emergency services were called to Pentre Tarrell shortly after 2am on Saturday as water from the Afon Tarrell began to pour into streets in the lower part of the village.

According to Natural Resources Wales, the river peaked at 4.1 metres at the Pentre Tarrell gauge, almost half a metre higher than the previous record set in 2020.

A rest centre was opened at the village's community hall, where volunteers served hot drinks and breakfasts to more than 80 people.

Clwyd and Conwy Fire and Rescue Service said crews had rescued 14 people from properties using boats and wading equipment, and had also helped a number of residents move pets and belongings to upper floors.

"This has been an exceptionally busy night for our crews, who have worked in very difficult conditions," said area manager Sioned Griffiths. "I want to thank them, and our partners, for everything they have done to keep people safe."

Speaking at the rest centre on Saturday afternoon, Dyffryn County Council leader Cllr Huw Pennant told reporters the authority would do "whatever it takes" to support people whose homes had been damaged.

"Some of these families have been through this before, and I know how hard it is to hear that it's happened again," he said. "We will be looking at hardship payments and at council tax relief, and our officers will be out knocking on doors from Monday."

Retired teacher Elen Vaughan, 68, was among those taken out of her home by boat.

"I've lived here all my life and I have never seen anything like it," she said. "The water just kept coming. In twenty minutes it went from the kerb to halfway up my stairs."

Her neighbour, Tom Ashcroft, said many on the street had been unable to get flood insurance since the last flooding in 2020.

"We are all in the same boat, if you'll excuse the expression," he said. "Half of us can't get cover at any price. This could finish some people."

Natural Resources Wales said the flood defence wall at the northern end of the village had performed as designed but had been overtopped by the sheer volume of water.

A spokesperson for NRW said: "Our thoughts are with everyone in Pentre Tarrell. Our officers were on the ground through the night checking defences and clearing debris from culverts, and we will be carrying out an investigation into the flooding in the days ahead."

Local MS Gwenllian Price said she would be asking the Welsh Government for emergency funding and a review of the defences.

"The people of Pentre Tarrell were told the wall would protect them," she said. "They deserve a proper explanation of what went wrong."

Flood warnings remain in place for several rivers across north Wales.""",
        [
            ("This has been an exceptionally", "Sioned Griffiths"),
            ("I want to thank them,", "Sioned Griffiths"),
            ("whatever it takes", "Huw Pennant"),
            ("Some of these families have", "Huw Pennant"),
            ("We will be looking at", "Huw Pennant"),
            ("I've lived here all my", "Elen Vaughan"),
            ("The water just kept coming.", "Elen Vaughan"),
            ("We are all in the", "Tom Ashcroft"),
            ("Half of us can't get", "Tom Ashcroft"),
            ("Our thoughts are with everyone", "spokesperson"),
            ("The people of Pentre Tarrell", "Gwenllian Price"),
            ("They deserve a proper explanation", "Gwenllian Price"),
        ],
    ),
    (
        """Clearance firm boss fined after customers’ rubbish dumped in country lanes

The director of a house clearance business has been ordered to pay more than £5,000 after waste his firm had collected was found dumped in lanes near Crediton.

Darren Tapscott, 47, director of Tapscott Clearances Ltd, pleaded guilty at Exeter Magistrates’ Court to failing in his duty of care over the disposal of waste.

The court heard piles of furniture, carpet, bagged household rubbish and paperwork were found at three locations near Hollowcombe Cross over four weeks last spring.

Investigators from Creedy Vale District Council traced the waste through letters and bank statements bearing the names of people who had paid the company to clear homes in Exeter and Tiverton.

Prosecuting for the council, Amanda Leigh said every one of the customers contacted had paid in good faith for their waste to be taken away and disposed of properly.

“One elderly customer paid £380 to have her late husband’s belongings removed,” she said. “She was understandably distressed to learn that some of his personal papers had been found lying in a gateway a few miles away.”

Ms Leigh said Tapscott had told investigators he had handed some loads to a man he met through an online advert who offered to take waste for “cash, no questions”, but could not provide the man’s name, a waste carrier licence number or any receipts.

Representing himself, Tapscott told magistrates he had “cut corners” during a busy period and accepted he should have checked who he was dealing with.

“I’m not trying to make excuses,” he said. “I trusted the wrong person and I’ve paid for it. It won’t happen again.”

He was fined £1,200 and ordered to pay £3,450 costs and a £480 victim surcharge.

In a statement after the hearing, the company said it had since changed its procedures and now used only licensed waste sites. “We apologise to our customers and to the people of Hollowcombe for the distress caused,” the company said.

Cllr Peter Lamacraft, the council’s cabinet member for the environment, said fly-tipping cost the district more than £90,000 a year to clear up.

“Householders also have a duty of care,” he said. “If someone offers to take your rubbish away, ask to see their waste carrier licence and get a receipt. If it ends up in a hedge with your name on it, you could be the one facing a fine.”

One Hollowcombe resident, who has farmed in the area for 30 years, said the lanes had become “a dumping ground”.

“Every few weeks there’s something new,” she said. “It’s not just the mess, it’s the cost to us when it’s on our land, because then we have to pay to get rid of it.”""",
        [
            ("One elderly customer paid £380", "Amanda Leigh"),
            ("She was understandably distressed to", "Amanda Leigh"),
            ("cash, no questions", "man he met through an online advert"),
            ("cut corners", "Darren Tapscott"),
            ("I’m not trying to make", "Darren Tapscott"),
            ("I trusted the wrong person", "Darren Tapscott"),
            ("We apologise to our customers", "Tapscott Clearances Ltd"),
            ("Householders also have a duty", "Peter Lamacraft"),
            ("If someone offers to take", "Peter Lamacraft"),
            ("a dumping ground", "Hollowcombe resident"),
            ("Every few weeks there’s something", "Hollowcombe resident"),
            ("It’s not just the mess,", "Hollowcombe resident"),
        ],
    ),
    (
        """Fire chiefs plead with public after 40 deliberate grass fires in a week

Fire chiefs have appealed for help to stop a spate of deliberate grass fires after crews were called to more than 40 blazes on hillsides in the valleys in just seven days.

The largest, on the mountain above Cwm Ystrad on Wednesday evening, burned across an estimated 60 hectares and came within 200 metres of homes on Heol Glyn before it was brought under control in the early hours of Thursday.

According to South Valleys Fire and Rescue Service, 41 of the 46 grass fires its crews attended between last Friday and Thursday are believed to have been started deliberately.

Group manager Rhys Tudor said the fires were tying up crews and appliances for hours at a time, sometimes leaving other areas without cover.

"Every time we're on a mountainside fighting a fire that somebody has set for fun, we are not available for a house fire or a road traffic collision," he said.

"People need to understand that this is not a victimless crime. It destroys wildlife habitat, it puts our firefighters at risk and it puts homes at risk."

He said crews had also faced abuse at some incidents, with stones thrown at an appliance in Cwm Ystrad on Tuesday.

One firefighter, who did not want to be named, described the week as "relentless".

"We've barely been back on station," he said. "You come off one fire, have a drink of water and you're out to the next one. The lads are exhausted."

Glamorgan Police said officers were working with the fire service and increasing patrols in areas where fires had been set. Anyone found to be responsible could face arson charges.

Inspector Carys Bowen said: "We know that a small number of people are responsible for a lot of these fires, and many people in the community will know who they are.

"I'd ask parents in particular to have a conversation with their children about where they are going in the evenings and what they are doing."

Residents living close to the Cwm Ystrad fire described watching the flames creep down the hillside.

Andrea Rowlands, who lives on Heol Glyn with her two young children, said: "It was like something you'd see on the news from abroad. The smoke was so thick we had to keep all the windows shut and the kids were terrified.

"I just hope whoever did it realises how close it came."

Local councillor Gareth Jenkins said the fires had become "a depressing fixture of every spring" and called for more CCTV on access tracks leading to the mountain.

The fire service is asking anyone with information to contact the police on 101 or Crimestoppers anonymously on 0800 555 111.""",
        [
            ("Every time we're on a", "Rhys Tudor"),
            ("People need to understand that", "Rhys Tudor"),
            ("relentless", "firefighter"),
            ("We've barely been back on", "firefighter"),
            ("You come off one fire,", "firefighter"),
            ("We know that a small", "Carys Bowen"),
            ("I'd ask parents in particular", "Carys Bowen"),
            ("It was like something you'd", "Andrea Rowlands"),
            ("I just hope whoever did", "Andrea Rowlands"),
            ("a depressing fixture of every", "Gareth Jenkins"),
        ],
    ),
]
