CASES = [
    (
        """Villagers fear four-hour round trip as GP surgery set to close

By Carys Pritchard

Patients in the village of Cwmderwen say they will be left "cut adrift" after health chiefs confirmed the only GP surgery in the upper valley will close its doors at the end of March.

Bro Tywi University Health Board said the Heol Capel surgery, which serves around 2,400 patients, had struggled for two years to recruit a permanent doctor.

Patients will instead be registered at Llanfedw Medical Centre, 14 miles away, which the health board says has "the capacity and the staffing to offer a safe and sustainable service".

But residents, many of them elderly, say the move will be impossible for those without a car. The only bus between the two runs three times a day.

Margaret Hughes, 78, who has been a patient at the surgery since 1971, said: "I don't drive and my husband can't drive any more since his stroke. If I've got an appointment at nine in the morning I'd have to catch the bus at twenty past seven and I wouldn't get home until after lunch.

"It's a four-hour round trip to see a doctor for ten minutes. Nobody sitting in an office in Caerwyn has thought about what that means for people like us."

A petition calling on the health board to reverse its decision has gathered more than 1,100 signatures in a fortnight and a public meeting on Tuesday drew around 200 people.

Local councillor Dafydd Rees, who chaired the meeting, said the community felt it had been presented with "a done deal".

"We were told there would be a consultation, and what we got was a letter through the door telling us the date it shuts," he said. "People are angry, and they are frightened, and I don't blame them."

The Member of the Senedd for the area, Helen Morgan-Price, has written to the health board's chief executive asking for the closure to be paused while alternatives are explored.

In her letter, she said the decision risked "hollowing out" rural communities and warned that "once a surgery goes, it does not come back".

In a statement, Jane Aldridge, director of primary care at Bro Tywi University Health Board, said the decision had not been taken lightly.

"We have explored every option available to us, including locum cover and joint working with neighbouring practices, but we have not been able to secure a safe level of clinical staffing at Heol Capel," she said.

"We understand this is difficult news for patients, and we will be working with the community transport scheme to make sure nobody is left without access to care."

The health board added that patients could request video consultations and that home visits would continue "where clinically appropriate".

Mrs Hughes was unconvinced. "I can't work the video thing," she said. "I want to see a doctor's face, in a room, like I always have."

The surgery is due to close on March 31.""",
        [
            ("cut adrift", "patients"),
            ("the capacity and the staffing", "Bro Tywi University Health Board"),
            ("I don't drive and my", "Margaret Hughes"),
            ("It's a four-hour round trip", "Margaret Hughes"),
            ("a done deal", "Dafydd Rees"),
            ("We were told there would", "Dafydd Rees"),
            ("People are angry, and they", "Dafydd Rees"),
            ("hollowing out", "Helen Morgan-Price"),
            ("once a surgery goes, it", "Helen Morgan-Price"),
            ("We have explored every option", "Jane Aldridge"),
            ("We understand this is difficult", "Jane Aldridge"),
            ("where clinically appropriate", "Bro Tywi University Health Board"),
            ("I can't work the video", "Margaret Hughes"),
            ("I want to see a", "Margaret Hughes"),
        ],
    ),
    (
        """Islanders ‘at breaking point’ as Carrach ferry cancellations enter fourth week

By Iain MacLeod

The chairwoman of Carrach Community Council has warned that the island is “at breaking point” after a fourth consecutive week of cancelled sailings left residents without a reliable link to the mainland.

The MV Sgarbh, which normally runs three return crossings a day between Port na Creige and Ardcraig pier, was withdrawn from service on October 2 with a gearbox fault.

A smaller relief vessel has covered some sailings but cannot carry commercial vehicles, meaning deliveries of fuel, animal feed and building materials have been held up.

Morag Lamont, who also runs a guest house in Port na Creige, said: “We have had shelves empty in the shop, a funeral where half the family couldn’t get across, and a lorry load of sheep that should have gone to the sales sitting in a field.

“People here are resilient, they have to be, but there is only so much anyone can take. We are at breaking point.”

Crofter Angus Ferguson said he had lost more than £3,000 in missed sales.

“Nobody from the company has picked up the phone to us,” he said. “You can’t tell a buyer to wait three weeks.”

Hebridean Sea Link, which operates the route, apologised for the disruption and said replacement parts had been sourced from a manufacturer in Norway.

A spokesman for the company said: “We fully understand the frustration felt by the Carrach community and we are sorry for the impact the loss of the Sgarbh has had on daily life and on local businesses.

“Our engineers are working to return the vessel to service as quickly as possible, and we expect to be able to give a firm return date by the end of next week.”

The company said it had prioritised livestock and essential goods on the relief vessel “wherever deck space allows”.

Local MSP Kirsty Drummond said the situation showed the fleet was “old, overstretched and one breakdown away from crisis”.

“This is not the first time and unless there is serious investment it will not be the last,” she said. “Islanders deserve a service they can plan their lives around.”

A Scottish Government spokeswoman said ministers were “in regular contact” with the operator and that two new vessels due for delivery in 2027 would “significantly improve resilience” across the network.

Mrs Lamont said the promise of new boats was cold comfort. “2027 is a long way off when you can’t get bread on a Tuesday,” she said.""",
        [
            ("at breaking point", "Morag Lamont"),
            ("at breaking point", "Morag Lamont"),
            ("We have had shelves empty", "Morag Lamont"),
            ("People here are resilient, they", "Morag Lamont"),
            ("Nobody from the company has", "Angus Ferguson"),
            ("You can’t tell a buyer", "Angus Ferguson"),
            ("We fully understand the frustration", "spokesman"),
            ("Our engineers are working to", "spokesman"),
            ("wherever deck space allows", "Hebridean Sea Link"),
            ("old, overstretched and one breakdown", "Kirsty Drummond"),
            ("This is not the first", "Kirsty Drummond"),
            ("Islanders deserve a service they", "Kirsty Drummond"),
            ("in regular contact", "spokeswoman"),
            ("significantly improve resilience", "spokeswoman"),
            ("2027 is a long way", "Morag Lamont"),
        ],
    ),
    (
        """Man (34) accused of ramming police car refused bail

A 34-year-old man accused of deliberately reversing into a police car during a chase in Co Armagh has been refused bail after a judge said she had "grave concerns" about the risk of further offending.

Declan Ferris, of Tullyard Road, Ballykeel, appeared at Drumlagh Magistrates' Court by video link from police custody on Monday.

He faces charges of dangerous driving, criminal damage, assaulting police and driving while disqualified.

A PSNI constable told the court that officers tried to stop a silver Audi on the Moy Road shortly after 11pm on Saturday.

The constable said the driver failed to stop and led police on a pursuit through a housing estate before the car became boxed in at a cul-de-sac.

"The defendant then selected reverse and drove at speed into the front of the police vehicle, causing significant damage," the officer said. "Two officers were inside the vehicle at the time."

She said one officer was taken to hospital with a neck injury and remains off work.

Objecting to bail, the constable said police believed there was a "real and substantial risk" Ferris would reoffend, noting he had 47 previous convictions, including 19 for motoring offences.

Defence solicitor Niamh Quigley said her client disputed the police account and denied being the driver.

"He accepts he was in the car but he says he was a passenger and that the driver ran off," Ms Quigley said. "There is no forensic evidence before the court at this stage."

She said Ferris had a partner who was expecting their first child and had secured an address outside Ballykeel "away from the associates who have caused him difficulty in the past".

Refusing bail, District Judge Eileen Carmody said the allegations were "extremely serious".

"Police officers going about their duty were put in real danger," she told the defendant. "Given your record, and in particular your record for driving while disqualified, I'm not satisfied any conditions could manage the risk."

Ferris was remanded in custody to appear again by video link on November 14.""",
        [
            ("grave concerns", "Eileen Carmody"),
            ("The defendant then selected reverse", "PSNI constable"),
            ("Two officers were inside the", "PSNI constable"),
            ("real and substantial risk", "PSNI constable"),
            ("He accepts he was in", "Niamh Quigley"),
            ("There is no forensic evidence", "Niamh Quigley"),
            ("away from the associates who", "Niamh Quigley"),
            ("extremely serious", "Eileen Carmody"),
            ("Police officers going about their", "Eileen Carmody"),
            ("Given your record, and in", "Eileen Carmody"),
        ],
    ),
    (
        """Mynydd Eithin wind farm approved despite 600 objections

A 14-turbine wind farm on a mountain above the Glyncoed valley has been approved by Welsh ministers, despite more than 600 objections.

Developer Gwyrddni Energy says the Mynydd Eithin scheme will generate enough electricity to power about 38,000 homes and bring £4m into the local area over its lifetime.

Campaigners, who formed the group Hands Off Mynydd Eithin two years ago, said they were "devastated" by the decision.

The turbines, each up to 180m (590ft) tall to the tip of the blade, will be visible from much of the valley and from parts of the neighbouring national park.

Rhian Evans, who lives in Pentre Eithin about a mile from the site, said: "We're not against renewable energy, nobody here is. But these things will be taller than anything for miles around and we'll be looking at them every day for the rest of our lives."

She said the group would now consider whether to seek a judicial review.

Objectors had pointed to the county council's own study, the Glyncoed Uplands Character Assessment, which rated the ridge as one of the most sensitive landscapes in the area.

In his report, the planning inspector said the visual impact would be "significant and adverse" for some nearby homes, but concluded this was outweighed by the "substantial benefits" of the scheme in meeting climate targets.

A Welsh Government spokesperson said: "Ministers have carefully considered the inspector's report and all of the representations received, and are satisfied the scheme accords with national planning policy."

Gwyrddni Energy's project manager, Owain Jenkins, said the company had listened to concerns and had cut the number of turbines from 18 in its original plans.

"We know that not everyone in Glyncoed will welcome this," he said.

"But we have committed to a community benefit fund that will be controlled by local people, and we want to sit down with the community council as soon as possible to get that up and running."

Glyncoed Community Council chairman Gareth Lloyd said the fund was welcome but "no substitute for a proper say" over what happens on the mountain.

Construction is expected to begin in 2026 and take around 18 months.""",
        [
            ("devastated", "campaigners"),
            ("We're not against renewable energy,", "Rhian Evans"),
            ("significant and adverse", "planning inspector"),
            ("substantial benefits", "planning inspector"),
            ("Ministers have carefully considered the", "spokesperson"),
            ("We know that not everyone", "Owain Jenkins"),
            ("But we have committed to", "Owain Jenkins"),
            ("no substitute for a proper", "Gareth Lloyd"),
        ],
    ),
    (
        """Five libraries face axe in Strathmorven Council budget plans

Five community libraries in Strathmorven could close next year as the council tries to plug a £21 million gap in its budget.

Proposals published on Thursday would see branches in Kilbride Mains, Auchterbrae, Glenlinn, Rowanbank and Dunmurchie shut from April, with their services moved to "community hubs" in larger towns.

According to a report to the council's policy and resources committee, the closures would save around £640,000 a year and "allow resources to be concentrated where demand is highest".

Council leader Fiona Baird said the authority had been left with "no good choices" after years of real-terms cuts to its funding.

"Nobody goes into local government to close libraries," she said. "But when we are being asked to find this kind of money, every service has to be looked at. The alternative is cutting teachers or care at home, and I'm not prepared to do that."

Opposition group leader Councillor Stuart Galbraith accused the administration of "taking the easy option".

He said: "Libraries are one of the last free, warm, public spaces left in many of these villages. For a lot of older people it is the only place they speak to anyone all week. Once they are gone, they are gone."

At Auchterbrae library yesterday, regular user Jean Cowie, 81, said she had been coming to the branch since it opened in 1968.

"I come in on a Tuesday and a Friday for my books and a blether," she said. "My granddaughter did her homework here. Now they want us to get two buses to borrow a book. It's daft."

A spokeswoman for the union representing library staff said members were "angry and anxious" and had learned of the plans from the local press. She said the union would oppose any compulsory redundancies.

The council will consult on the budget proposals until January 9, with a final decision expected at a full council meeting in February. Residents can comment through the council's Your Say, Your Services online survey.""",
        [
            ("allow resources to be concentrated", "Strathmorven Council"),
            ("no good choices", "Fiona Baird"),
            ("Nobody goes into local government", "Fiona Baird"),
            ("But when we are being", "Fiona Baird"),
            ("taking the easy option", "Stuart Galbraith"),
            ("Libraries are one of the", "Stuart Galbraith"),
            ("I come in on a", "Jean Cowie"),
            ("My granddaughter did her homework", "Jean Cowie"),
            ("angry and anxious", "spokeswoman"),
        ],
    ),
    (
        """Traders count cost as floodwater swamps Main Street for second time in a year

Business owners in Drumcarrig say they are ‘sick to the stomach’ after floodwater poured into shops along Main Street for the second time in less than 12 months.

More than 40mm of rain fell in three hours on Tuesday evening, overwhelming drains and sending water from the Carrig River across the road and into at least 15 properties.

Pharmacist Sinéad O’Hare, whose business was flooded last November, said staff had spent the night moving stock upstairs.

‘We had only just got the new flooring down and the insurance sorted from the last time,’ she said. ‘I was standing in the shop at midnight with water up to my shins thinking, here we go again.

‘We can’t keep doing this. Some of the businesses on this street won’t reopen after this, I’m sure of it.’

Café owner Paddy Devlin said he had lost more than £8,000 worth of stock and equipment.

‘The insurance company has already told me they won’t cover flooding again,’ he said. ‘Where does that leave me?’

Local councillor Bernadette Mulholland said residents had been promised a flood alleviation scheme after last year’s flooding but ‘not a spade has gone in the ground’.

‘People were told there would be action, and there has been none,’ she said. ‘I’ll be raising this at the full council meeting on Monday and I want answers about where that scheme is.’

In a statement, the Department for Infrastructure said a feasibility study for the Drumcarrig scheme was ‘at an advanced stage’ and that it hoped to go to public consultation early next year.

‘The department recognises the distress caused to residents and businesses in Drumcarrig and is committed to reducing flood risk in the town,’ the statement said.

‘Staff were on the ground throughout Tuesday night deploying sandbags and clearing blocked gullies.’

Drumcarrig and District Council said its emergency hardship fund would reopen to affected households and businesses from Friday, with applications available at the civic centre.

Mrs O’Hare said she would open again ‘as soon as the floor dries’.""",
        [
            ("sick to the stomach", "business owners"),
            ("We had only just got", "Sinéad O’Hare"),
            ("I was standing in the", "Sinéad O’Hare"),
            ("We can’t keep doing this.", "Sinéad O’Hare"),
            ("The insurance company has already", "Paddy Devlin"),
            ("Where does that leave me?", "Paddy Devlin"),
            ("not a spade has gone", "Bernadette Mulholland"),
            ("People were told there would", "Bernadette Mulholland"),
            ("I’ll be raising this at", "Bernadette Mulholland"),
            ("at an advanced stage", "Department for Infrastructure"),
            ("The department recognises the distress", "Department for Infrastructure"),
            ("Staff were on the ground", "Department for Infrastructure"),
            ("as soon as the floor", "Sinéad O’Hare"),
        ],
    ),
    (
        """Farmer finds 23 ewes dead after dog attack on hillside

By Siôn Parry

A farmer near Llanhedydd has described finding 23 of his pregnant ewes dead or dying after a suspected dog attack as "the worst morning of my life".

Emyr Thomas, who farms 300 acres above the village, discovered the sheep scattered across two fields at first light on Sunday.

Several had been savaged, while others had drowned in a stream after apparently being chased into the water. A vet later put down a further six animals because of their injuries.

"I've farmed here for 40 years, and my father before me, and I've never seen anything like it," Mr Thomas said.

"There was wool everywhere, sheep in the river, sheep in the hedge. Some of them were still alive and crying out. You don't forget that."

He estimated the loss, including the lambs the ewes were carrying, at more than £12,000, and said the impact on the rest of the flock would be felt for months because stressed ewes could lose their lambs.

Police said two dogs, a large black dog similar to a Labrador and a smaller brown and white terrier-type dog, were seen in the area on Saturday evening.

PC Llinos Roberts, of the force's rural crime team, said: "This was a horrific attack, and the owners of these dogs may not even realise what their animals have done.

"I would urge anyone who lets their dog out unsupervised, or who has noticed their dog coming home wet or muddy or with blood on it, to get in touch with us."

She said sheep worrying was "not a victimless crime", adding that owners could face prosecution and an unlimited fine, and that dogs could be destroyed.

Gwenllian Pugh, county secretary of the Hill Farmers' Union, said members reported attacks "almost weekly" during lambing season.

"Every year we see the same pictures and every year we ask people to keep their dogs on a lead near livestock," she said. "It's not a big ask."

Mr Thomas said he had put up new signs on the public footpath that crosses his land. "All I'm asking is that people think," he said.

Anyone with information is asked to contact police quoting reference A118374.""",
        [
            ("the worst morning of my", "Emyr Thomas"),
            ("I've farmed here for 40", "Emyr Thomas"),
            ("There was wool everywhere, sheep", "Emyr Thomas"),
            ("This was a horrific attack,", "Llinos Roberts"),
            ("I would urge anyone who", "Llinos Roberts"),
            ("not a victimless crime", "Llinos Roberts"),
            ("almost weekly", "Gwenllian Pugh"),
            ("Every year we see the", "Gwenllian Pugh"),
            ("It's not a big ask.", "Gwenllian Pugh"),
            ("All I'm asking is that", "Emyr Thomas"),
        ],
    ),
    (
        """Glen Aillte community secures £2.1m to buy estate

Residents of Glen Aillte in the north-west Highlands have secured the final £2.1 million needed to buy the 9,000-acre estate that surrounds their village, in what campaigners have called “a new beginning” for the glen.

The Glen Aillte Community Trust confirmed yesterday that it had been awarded £1.6m from the national land fund, with the rest raised through local donations, a crowdfunder and a loan from a social investment charity.

The estate, which includes 11 houses, a former shooting lodge, commercial forestry and a stretch of salmon river, was put on the market last year by its owners, a London-based investment company.

Trust chairwoman Catriona MacRae was close to tears as she told reporters outside the village hall that the purchase would allow the community “to finally have a say over its own future”.

“For generations, decisions about this glen were made by people who lived hundreds of miles away,” she said. “Houses sat empty for most of the year while young families who grew up here had to leave because there was nowhere for them to live.

“That stops now. The first thing we will do is bring the empty houses back into use for local people at affordable rents.”

The trust also plans to turn the shooting lodge into a bunkhouse and community space, and to create allotments and a small business unit.

In a statement, the estate’s agents, Strathan Property Partners, said the sellers were “delighted” that the estate would pass into community ownership.

“Our clients have always recognised the importance of the estate to the people of Glen Aillte, and they wish the trust every success,” the statement added.

Not everyone in the glen has welcomed the buy-out. One long-standing tenant, who asked not to be named, said he was worried about how the trust would manage the estate.

“It’s a lot of money and a lot of responsibility for a committee of volunteers,” he said. “I hope they know what they’re taking on.”

Mrs MacRae said she understood the concerns. “Of course there will be difficult days, but we have the right people and we have the whole glen behind us,” she said.

Local councillor Ewan Matheson said the sale was “a landmark moment” for the area and urged ministers to make it easier for other communities to follow suit.

The sale is expected to complete in the spring.""",
        [
            ("a new beginning", "campaigners"),
            ("to finally have a say", "Catriona MacRae"),
            ("For generations, decisions about this", "Catriona MacRae"),
            ("Houses sat empty for most", "Catriona MacRae"),
            ("That stops now. The first", "Catriona MacRae"),
            ("delighted", "Strathan Property Partners"),
            ("Our clients have always recognised", "Strathan Property Partners"),
            ("It’s a lot of money", "long-standing tenant"),
            ("I hope they know what", "long-standing tenant"),
            ("Of course there will be", "Catriona MacRae"),
            ("a landmark moment", "Ewan Matheson"),
        ],
    ),
]
