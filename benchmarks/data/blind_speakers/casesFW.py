CASES = [
    (
        """Rates rise of 9.8% 'unavoidable', mayor says

By Kirsty Holloway

Ratepayers in the Kōwhai Plains district face an average rates increase of 9.8% after councillors voted 7-4 yesterday to adopt the council's annual plan.

Mayor Graham Tuhoro said the rise was "unavoidable" given the cost of replacing ageing water pipes in Ardgowan and Te Pua, and a $2.3 million bill for repairs to roads damaged in last winter's flooding.

"Nobody around this table wanted to be here. We've cut where we can, we've deferred what we can, but the pipes in the ground don't care about affordability," Mr Tuhoro said.

"If we push this out another year, the bill only gets bigger."

The original draft proposed a 12.4% increase, but staff found savings by delaying the upgrade of the Ardgowan library and reducing mowing in parks and reserves.

Cr Deborah Millar, who voted against the plan, said the council had "lost touch" with farmers and pensioners on fixed incomes.

"I've had people ring me in tears. One woman told me she'd have to choose between her rates and her power bill this winter. That's not a choice anyone should be making," she said.

Cr Millar moved an amendment to cap the rise at 7%, funded by further borrowing, but it was lost 4-7.

Council chief executive Anand Ramesh said borrowing more would put the council close to the debt limits it had agreed with its lenders.

"We would be leaving ourselves with very little headroom if there was another significant weather event, and we've seen in the last three years that those events are not rare," Mr Ramesh said.

The council received 1146 submissions on the draft plan, the most since 2019. About two-thirds opposed the proposed rise.

Kōwhai Plains Farmers' Association president Lachie Brennan said the decision was disappointing but not surprising.

Farmers were already dealing with low returns and high interest costs, and many would see their rates bill climb by more than $1000, he said.

"The council needs to get back to basics - roads, water, rubbish. Everything else is a nice-to-have."

The new rates take effect from July 1. Ratepayers can apply for a rates rebate through the council's website or at service centres in Ardgowan and Te Pua.""",
        [
            ("unavoidable", "Graham Tuhoro"),
            ("unavoidable", "Graham Tuhoro"),
            ("Nobody around this table wanted", "Graham Tuhoro"),
            ("If we push this out", "Graham Tuhoro"),
            ("lost touch", "Deborah Millar"),
            ("I've had people ring me", "Deborah Millar"),
            ("We would be leaving ourselves", "Anand Ramesh"),
            ("The council needs to get", "Lachie Brennan"),
        ],
    ),
    (
        """Slip closes Kaiwhata Gorge road as heavy rain lashes coast

Hamish Teague  ·  11:42, Jun 14 2024

A large slip has cut the main road between Te Mākoha and Port Ōkare, leaving about 400 residents on the northern side of the Kaiwhata Gorge isolated as heavy rain continues to batter the East Coast.

The slip came down across both lanes of Kaiwhata Rd about 5.30am on Friday, a short distance south of the Mangatū Stream bridge.

Tairāwhiti Coast District Council roading manager Phil Ngata said the slip was about 60 metres wide and “still moving” when contractors arrived.

“We can’t put anyone on it until it stabilises, and with the amount of water coming off that hillside at the moment, that won’t be today,” Ngata said.

“Our geotech people will have a look as soon as it’s safe, but I’d be surprised if we had even a single lane open before the middle of next week.”

MetService has issued an orange heavy rain warning for the ranges north of the gorge until 9pm Saturday, with up to 180mm expected on top of what has already fallen.

Meteorologist Clara Fitzgibbon said a slow-moving low east of the North Island was feeding moist air onto the coast.

“The rain will ease on Saturday evening, but the ground is already saturated, so any extra rain is going to run straight off,” she said.

Te Mākoha resident Moana Hēnare said locals were used to being cut off, but the timing was bad.

“We’ve got kids who should be getting to school in Port Ōkare and kaumātua with hospital appointments next week. The marae is ready to help, but people are tired of this,” she said.

It is the third time since February the road has been closed by slips.

Hēnare said the community had been asking for years for a permanent fix at the gorge, where the road sits beneath a steep, unstable face.

A council spokeswoman said a business case for realigning the road was being prepared, but “any long-term solution will need central government funding”.

Civil Defence has opened a welfare centre at Te Mākoha School, and the council is asking people on the northern side of the slip to conserve water and fuel.

Tairāwhiti Coast Emergency Management controller Rewi Kemp said a helicopter was on standby if anyone needed urgent medical care.

“If you’re in trouble, call 111 – don’t try to drive around the closure or walk over the slip. It is not safe,” he said.

Road updates are posted on the council’s Facebook page.""",
        [
            ("still moving", "Phil Ngata"),
            ("We can’t put anyone on", "Phil Ngata"),
            ("Our geotech people will have", "Phil Ngata"),
            ("The rain will ease on", "Clara Fitzgibbon"),
            ("We’ve got kids who should", "Moana Hēnare"),
            ("any long-term solution will need", "spokeswoman"),
            ("If you’re in trouble, call", "Rewi Kemp"),
        ],
    ),
    (
        """Police appeal after dairy worker threatened with machete in Kererū Flat

Police are hunting two men after a dairy worker was threatened with a machete during an aggravated robbery in Kererū Flat last night.

The men entered the Station Rd Superette about 9.15pm, one of them armed with a machete, and demanded cash and cigarettes, police said.

The worker, a 58-year-old man, was not physically injured but was "badly shaken", according to a statement from police.

The pair fled on foot towards the Kererū Domain with an undisclosed amount of cash and several cartons of cigarettes.

Detective Sergeant Aroha Whitcombe, of Waikato West CIB, said the offending was "brazen and completely unacceptable".

"This is someone going to work to earn a living and serve his community, and he's had a weapon waved in his face. We are putting significant resources into finding those responsible," she said.

The first man is described as Māori, about 180cm tall, wearing a black hoodie with a white logo and grey track pants. The second man was shorter and wore a dark puffer jacket, with a blue bandana covering his face.

Police want to hear from anyone who was near Station Rd or the domain between 9pm and 9.45pm, or who has dashcam footage of the area.

The owner of the superette, Rajesh Bhatt, told the Herald his employee had worked at the shop for 11 years and was a familiar face to most of the town.

"He just gave them what they wanted. That's what we tell all our staff - your life is worth more than anything in the till," Bhatt said.

He said it was the second time in 18 months the shop had been targeted, and he had already spent more than $15,000 on security cameras and a fog cannon.

"I don't know what else we can do. Do I put bars on the door? Do I close at 7 o'clock? Then the town loses out too."

Kererū Flat Community Board chairwoman Sue Aldridge said residents were upset.

"It's a small place. Everyone knows him, everyone buys their milk and paper there. People are angry, and some of the older residents are frightened," she said.

Aldridge said the board would ask police for a more visible presence in the town, which has not had a permanently staffed police station since 2017.

Whitcombe said officers from neighbouring stations would be patrolling the area over the coming days.

"We'll have staff in the town over the next few days, and I'd encourage people to come and talk to them if they've got concerns or information."

Anyone with information can contact police via 105, quoting file number 240611/4472, or anonymously through Crime Stoppers.""",
        [
            ("badly shaken", "police"),
            ("brazen and completely unacceptable", "Aroha Whitcombe"),
            ("This is someone going to", "Aroha Whitcombe"),
            ("He just gave them what", "Rajesh Bhatt"),
            ("I don't know what else", "Rajesh Bhatt"),
            ("It's a small place. Everyone", "Sue Aldridge"),
            ("We'll have staff in the", "Aroha Whitcombe"),
        ],
    ),
    (
        """Boil water notice for Te Rae Bay after E. coli detected

About 2300 residents of Te Rae Bay in Northland have been told to boil their drinking water after routine testing detected E. coli in the town's supply.

Kōpuka District Council issued the notice late on Tuesday afternoon, saying the bacteria had been found in a sample taken from a reservoir on Hill St on Monday.

In a statement, the council said it was "taking a precautionary approach" while further tests were carried out.

"Water used for drinking, brushing teeth, preparing food and making ice should be boiled for at least one minute, or residents should use bottled water," the statement said.

The council's infrastructure general manager, Tania Ruakere, told RNZ the source of the contamination was not yet known, but staff were investigating whether a damaged hatch on the reservoir roof had allowed birds or rainwater in.

"We've found some damage up there that we need to look at closely. I don't want to jump ahead of the results, but it's one line of inquiry," she said.

Extra chlorine had been added to the network and the reservoir would be drained and cleaned, she said.

Ruakere said the notice was likely to stay in place for at least five days, because three consecutive clear tests were needed before it could be lifted.

The regional medical officer of health, Dr Simon Kettering, said there had been no reports of illness linked to the water so far.

"But people who have drunk unboiled tap water and develop diarrhoea, vomiting or stomach cramps over the next few days should call Healthline or their GP," he said.

"That's particularly important for babies, older people and anyone with a weakened immune system."

Local cafe owner Jess Paraone said the notice had caught businesses off guard.

"We found out from a customer who saw it on Facebook. We'd already made two batches of iced coffee with ice from the tap, so that all went down the sink," she said.

She said the council should have texted or door-knocked businesses on the main street.

Ruakere acknowledged communication "could have been faster" and said the council would review how it notified businesses.

Bottled water is available free from the Te Rae Bay fire station between 8am and 6pm daily, and a water tanker has been stationed outside the council's service centre on Beach Rd.

It is the second boil water notice in the district this year, after a similar notice was issued for the settlement of Pākau Point in March.""",
        [
            ("taking a precautionary approach", "Kōpuka District Council"),
            ("Water used for drinking, brushing", "Kōpuka District Council"),
            ("We've found some damage up", "Tania Ruakere"),
            ("But people who have drunk", "Simon Kettering"),
            ("That's particularly important for babies", "Simon Kettering"),
            ("We found out from a", "Jess Paraone"),
            ("could have been faster", "Tania Ruakere"),
        ],
    ),
    (
        """Petition fights lower speed limit on Pūkeko Valley Rd

By MADDIE COUTTS

More than 1400 people have signed a petition opposing a plan to cut the speed limit on Pūkeko Valley Rd from 100km/h to 80km/h.

The Kaiwai District Council is consulting on changes to speed limits on 46 rural roads, with Pūkeko Valley Rd - the main route between Pikopiko and State Highway 2 - the most contentious.

Petition organiser Wayne Te Huia, who runs an agricultural contracting business on the road, presented the signatures to councillors at Wednesday's infrastructure committee meeting.

He told the committee the speed limit was "not the problem".

"The problem is the surface. You've got potholes you could lose a calf in, edges that have crumbled away, and no markings on half of it. Fix the road and you won't need to slow everybody down," Mr Te Huia said.

He said the change would add time to every trip for the hundreds of trucks, tractors and commuters who used the road daily.

"We're not cowboys out here. Most of us have been driving this road for 40 years. Give us a decent road and we'll drive to it."

Council road safety co-ordinator Fiona Blakely said 14 crashes causing death or serious injury had occurred on the road in the past decade, including two fatal crashes in 2022.

"Every one of those crashes is a family that's been changed forever," she said.

"We know the road needs work, and it is on our renewals programme, but that's a multi-year programme and we can't rebuild 19 kilometres overnight. Speed is the one thing we can change now."

Under recent Government changes to speed limit rules, councils must now carry out a cost-benefit analysis, including the effect on travel times, before lowering limits on most roads.

Ms Blakely said that work had been done and would be presented to the council alongside submissions.

Area road policing manager Senior Sergeant Craig Mōrehu said police supported any measure that reduced harm on the district's roads.

"From our point of view, the speed limit is only one part of it. We'll keep focusing on restraints, impairment, distraction and speed, whatever the number on the sign says," he said.

Committee chairman Cr Ian Furness thanked Mr Te Huia for the petition and said it would be considered alongside other submissions.

But he cautioned: "Petitions are a valuable signal, but this decision will be made on the evidence, not on the number of signatures."

Submissions close on Friday, August 30. Hearings are scheduled for late September.""",
        [
            ("not the problem", "Wayne Te Huia"),
            ("The problem is the surface.", "Wayne Te Huia"),
            ("We're not cowboys out here.", "Wayne Te Huia"),
            ("Every one of those crashes", "Fiona Blakely"),
            ("We know the road needs", "Fiona Blakely"),
            ("From our point of view,", "Craig Mōrehu"),
            ("Petitions are a valuable signal,", "Ian Furness"),
        ],
    ),
    (
        """Missing hunters found safe after two nights in Mōkihi Range

KŌTARE BAY

Two hunters missing for two nights in the Mōkihi Range have been found cold and hungry but otherwise unharmed.

The men, aged 34 and 27 and both from Kōtare Bay, were spotted by the crew of the Te Tauihu Rescue Helicopter about 8.20am on Sunday, near the head of the Pōhue River.

They had set out on Thursday for an overnight hunting trip and were reported missing by family when they failed to return on Friday evening.

Sergeant Dean Halloran, of Kōtare Bay police, said the pair had become disoriented in low cloud on Friday and decided to stay put.

“That’s exactly the right call. They found some shelter under a rock overhang, kept each other warm and waited for the weather to clear, and that made it a lot easier for us to find them,” Halloran said.

Searchers had been hampered by heavy rain and low cloud on Saturday, which grounded the helicopter for most of the day.

Ten LandSAR volunteers and two police search and rescue staff had been in the field since Saturday morning, he said.

In a post on social media, the Te Tauihu Rescue Helicopter Trust said the crew spotted the men after one of them waved a bright orange hunting vest from a clearing.

“It’s a simple thing, but high-vis gear makes a massive difference from the air,” the trust said.

The men were flown to Nelson Hospital as a precaution.

A family member, who did not want to be named, said the past two days had been “the longest of our lives”.

“We’re just so grateful to everyone who went out in that weather. We can’t thank them enough.”

Halloran said the men had told their families their plans, but had not carried a personal locator beacon.

“If they’d had a beacon, this would have been over on Friday night,” he said.

“Beacons can be hired cheaply from outdoor shops and DOC visitor centres. There’s really no excuse not to take one.”

Kōtare Bay LandSAR group leader Megan Tuiasosopo said volunteers had covered more than 60km of steep, slippery terrain over the weekend, some of it in the dark.

“Our people are pretty tired, but there’s no better feeling than getting that call to say they’ve been found,” she said.

“A big thanks also to the employers who let our volunteers leave work at short notice on Friday. We couldn’t do this without them.”""",
        [
            ("That’s exactly the right call.", "Dean Halloran"),
            ("It’s a simple thing, but", "Te Tauihu Rescue Helicopter Trust"),
            ("the longest of our lives", "family member"),
            ("We’re just so grateful to", "family member"),
            ("If they’d had a beacon,", "Dean Halloran"),
            ("Beacons can be hired cheaply", "Dean Halloran"),
            ("Our people are pretty tired,", "Megan Tuiasosopo"),
            ("A big thanks also to", "Megan Tuiasosopo"),
        ],
    ),
    (
        """Freedom campers face tighter rules at Kaiapu lakefront

By Te Rina Hāwea, Local Democracy Reporter

Ratepayers and camper groups are split over a proposal to ban freedom camping along most of the Kaiapu lakefront, with the district council's hearings panel hearing from 37 submitters over two days this week.

The draft bylaw would limit freedom camping in Kaiapu to 12 marked spaces at the Rotowhero Reserve car park, for certified self-contained vehicles only, with a maximum stay of two nights.

A council report, "Responsible Camping in the Lakes District 2024", found the number of campers using the lakefront over summer had more than doubled since 2021, and that complaints about rubbish and human waste had risen by 60 per cent.

Lakefront resident Trevor Ashcombe told the panel the situation had become "a free-for-all".

"Some nights there are 40 vans parked along the foreshore. People are washing dishes in the lake, and we've found toilet paper in the flax more times than I can count," he said.

Kaiapu Business Association chairwoman Leanne Whitu said members supported the changes.

"Our motels and holiday parks pay rates, pay for resource consents and pay staff. It's not a level playing field when someone can park on the best spot in town for nothing," she said.

But the Aotearoa Motorhome Owners Society said the proposal went too far.

In its written submission, the society said responsible campers were being "punished for the behaviour of a few".

Its regional representative, Graeme Pollock, said members spent on average $120 a day in the towns they visited.

"These are retired couples buying their groceries, filling up with diesel and eating at the local pub. If you push them out, they'll go to the next town along, and so will their money."

He urged the council to put in more public toilets and dump stations rather than cut the number of sites.

Panel chairwoman Cr Hine Pōtae asked several submitters whether a "permit system", used in some other districts, could work in Kaiapu.

Council compliance manager Brett Sandle said enforcement was a challenge with only two part-time officers covering the district.

According to Sandle, officers issued 214 infringement notices last summer, but "a good number of those were never paid because the vehicles were hired by overseas visitors".

At the close of the hearing, Pōtae said: "We've heard strong views on both sides, and that's exactly what this process is for."

The panel will deliberate next month, and the final bylaw is expected to go to the full council in October, in time for the summer season.""",
        [
            ("a free-for-all", "Trevor Ashcombe"),
            ("Some nights there are 40", "Trevor Ashcombe"),
            ("Our motels and holiday parks", "Leanne Whitu"),
            ("punished for the behaviour of", "Aotearoa Motorhome Owners Society"),
            ("These are retired couples buying", "Graeme Pollock"),
            ("a good number of those", "Brett Sandle"),
            ("We've heard strong views on", "Hine Pōtae"),
        ],
    ),
    (
        """Snow cuts power to 3000 homes, closes inland routes

Heavy snow has cut power to about 3000 homes and closed several inland roads across the high country, with more falls forecast overnight.

Lines company Upland Energy Networks said snow-laden trees had brought down lines in at least 15 places around Tōpuni and the Kōwhatu Valley.

“Our crews are out, but conditions are extremely difficult and some sites are only reachable on foot or by snowcat,” the company said in an update on Tuesday afternoon.

“Customers should be prepared to be without power overnight, and in some remote areas possibly longer.”

Upland Energy Networks operations manager Stu Carrick told reporters in Tōpuni that crews had restored power to about 1100 properties by 4pm, but the worst damage was in the upper Kōwhatu Valley.

“We’ve had trees come down on lines that were cleared only last year. The snow is heavy and wet, and it’s just snapping branches,” he said.

The Tōpuni Pass road and Kōwhatu Valley Rd were closed on Tuesday morning, and chains were required on the highway between Tōpuni and Lake Ātea.

Police urged people to avoid travel unless it was essential.

Senior Sergeant Jo Whitehead said officers had helped tow several vehicles out of ditches, including a campervan that had slid off the road near the Ātea Canal.

“Thankfully nobody was hurt, but it could easily have been a different story. If you don’t have to be on the road, please stay at home,” she said.

MetService meteorologist Hannah Petrie said a cold southerly would bring snow to 300 metres overnight, before clearing on Wednesday afternoon.

“We could see another 20 to 30 centimetres in the high country, so it’s not over yet,” Petrie said.

Ross McKendry, who runs 4000 merino ewes on a station near Lake Ātea, said most farmers had moved stock to lower paddocks after warnings last week.

He said the snow had come earlier in the season than usual, but most in the area were “well prepared for it”.

“The sheep are fine; it’s the power that’s the worry. We’ve got a generator, but plenty of people up the valley don’t,” he said.

Tōpuni District Council has opened the Tōpuni Memorial Hall as a warm place for anyone without power or heating. Mayor Karen Leith said residents should check on elderly neighbours.

“This is when small communities are at their best. Knock on a door, make sure people have got what they need,” she said.

Schools in Tōpuni and the Kōwhatu Valley will be closed on Wednesday.""",
        [
            ("Our crews are out, but", "Upland Energy Networks"),
            ("Customers should be prepared to", "Upland Energy Networks"),
            ("We’ve had trees come down", "Stu Carrick"),
            ("Thankfully nobody was hurt, but", "Jo Whitehead"),
            ("We could see another 20", "Hannah Petrie"),
            ("well prepared for it", "Ross McKendry"),
            ("The sheep are fine; it’s", "Ross McKendry"),
            ("This is when small communities", "Karen Leith"),
        ],
    ),
]
