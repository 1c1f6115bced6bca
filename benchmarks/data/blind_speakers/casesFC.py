CASES = [
    (
        """Boil water notice extended for Kahuranga as council awaits test results

Residents of the small Northland town of Kahuranga will have to keep boiling their drinking water until at least next week after further tests found E. coli in the town's supply.

Te Tai Raki District Council first issued the notice on Friday after routine sampling at the Kahuranga treatment plant picked up the bacteria.

Council infrastructure manager Denise Holloway said the source had not yet been confirmed but heavy rain over the weekend was likely to have played a part.

"We've had a lot of run-off coming into the intake, and the filtration system just isn't designed for that volume," she said.

"We're not going to lift the notice until we've had three clear results in a row. That's the standard, and we're not cutting corners on it."

About 1400 people are connected to the scheme, which also supplies the local primary school and a marae.

Kahuranga School principal Mere Tautahi told RNZ staff had been filling containers from a water tanker parked outside the council's service centre.

"The kids are being really good about it, but it's a lot of extra work for the teachers. We're boiling jugs all day."

She said parents had been asked to send children to school with a full drink bottle.

Resident Graham Pike, who has lived in the town for 30 years, said it was the third boil water notice he could remember since 2019.

"Every time it rains hard we go through this. They keep telling us an upgrade is coming, but nobody's seen a spade in the ground."

The council's long-term plan includes $4.2 million for a new treatment plant at Kahuranga, but construction is not scheduled to begin until 2027.

Mayor Tony Brackenridge said the council was looking at whether that work could be brought forward.

"I hear the frustration, and frankly I share it," Brackenridge said. "But we're a small ratepayer base and we've got 11 water schemes that all need work."

He said the council would also be seeking funding from central government, and expected to have a clearer picture of costs by the end of the year.

The National Public Health Service said there had been no confirmed cases of illness linked to the supply.

In a statement, it advised residents to boil water for at least one minute before drinking it, brushing teeth or preparing food, and said anyone with "diarrhoea, vomiting or stomach cramps" should contact their GP or call Healthline.

Bottled water is also available from the Kahuranga service centre between 8am and 5pm.""",
        [
            ("We've had a lot of", "Denise Holloway"),
            ("We're not going to lift", "Denise Holloway"),
            ("The kids are being really", "Mere Tautahi"),
            ("Every time it rains hard", "Graham Pike"),
            ("I hear the frustration, and", "Tony Brackenridge"),
            ("But we're a small ratepayer", "Tony Brackenridge"),
            ("diarrhoea, vomiting or stomach cramps", "National Public Health Service"),
        ],
    ),
    (
        """Man who rammed police car during Matarau chase jailed

Sophie Marr

A man who reversed into a police car while fleeing officers through east Matarau, then tried to hide under a trampoline cover in a stranger’s backyard, has been jailed for three years and two months.

Ethan James Pouaka, 27, appeared for sentencing in the Matarau District Court on Tuesday on charges including dangerous driving, assault with a weapon and failing to stop for police.

The court heard Pouaka was spotted driving a stolen Mazda Demio in the early hours of August 14 last year.

When officers signalled him to stop, he accelerated away, reaching speeds of up to 140kmh in a 50kmh zone, according to the police summary of facts.

He later reversed into a patrol car that had boxed him in at a cul-de-sac, injuring a constable’s wrist, before running off on foot. A police dog found him about 20 minutes later.

Judge Alison Threlkeld said the offending was “at the serious end” and had put members of the public and police at real risk.

“You made a choice, at every intersection, to keep going,” she told Pouaka. “There was nobody else to blame for that.”

Defence lawyer Hamish Tewhata said his client had been using methamphetamine heavily at the time and had since completed a residential rehabilitation programme.

“He’s not the same man who got into that car,” Tewhata said. “He has a job lined up and a partner who is standing by him.”

Tewhata sought a sentence of home detention, but the judge said that was not available given the level of risk.

In a victim impact statement read to the court, the injured constable said she had been off work for six weeks and still had trouble gripping.

“I signed up knowing the job has risks. I didn’t sign up to be used as a battering ram.”

Crown prosecutor Lena Vousden said Pouaka had 38 previous convictions, including 11 for driving offences, and had been on bail at the time.

The judge gave discounts for Pouaka’s guilty pleas, his rehabilitation efforts and a cultural report outlining his upbringing, which she described as “marked by violence and instability”.

Pouaka was also disqualified from driving for two years.

Outside court, a police spokeswoman said fleeing drivers remained one of the biggest risks officers faced on the road.

“Our message is simple: if police signal you to stop, pull over. No car is worth a life.”

Figures released by police earlier this year show more than 3000 drivers fled officers in the Waikato-Bay district over the past 12 months.""",
        [
            ("at the serious end", "Alison Threlkeld"),
            ("You made a choice, at", "Alison Threlkeld"),
            ("There was nobody else to", "Alison Threlkeld"),
            ("He’s not the same man", "Hamish Tewhata"),
            ("He has a job lined", "Hamish Tewhata"),
            ("I signed up knowing the", "injured constable"),
            ("marked by violence and instability", "Alison Threlkeld"),
            ("Our message is simple: if", "spokeswoman"),
        ],
    ),
    (
        """Kōtuku Air to drop three regional routes, blames rising costs

By Daniel Forsyth

Regional carrier Kōtuku Air will stop flying to three provincial centres from March, saying the routes have been losing money for more than two years.

The airline, which operates a fleet of nine turboprops from its base at Orongo, will end its Orongo-Waitapu, Orongo-Kaiwhenua and Kaiwhenua-Port Hallam services.

In a statement released this morning, the company said passenger numbers on the three routes had fallen 23 per cent since 2022 while fuel, insurance and engineering costs had climbed sharply.

“We have tried everything we can to make these services work,” chief executive Rachel Kingi-Harte said. “We’ve cut fares, changed schedules and worked with councils on marketing. The numbers simply aren’t there.”

Kingi-Harte told the Herald the decision had been “the hardest of my time at Kōtuku”.

About 14 staff would be affected, she said, though the company hoped to redeploy most of them to other bases.

A Kōtuku Air pilot, who asked not to be named because they were not authorised to speak to media, said staff were told at a meeting at 8am.

“There were a few rumours going around, but nobody thought it would be three routes at once.”

Waitapu mayor Suzanne Ferrier described the news as “a body blow” for the town.

“We’re a four-hour drive from the nearest hospital with specialist services. For a lot of people here, that flight is how they get to their cancer treatment.”

Ferrier said she would be asking the Government to consider subsidising regional air links, as happens in parts of Australia.

Associate Transport Minister Peter Vaimoso said the Government was aware of the pressure on regional aviation.

“Those decisions are ultimately commercial ones for the airlines,” he said in a written response. “However, we are keeping a close eye on connectivity and will be talking to affected councils.”

Aviation analyst Marcus Tully, of consultancy Skyline Advisory, said small carriers were being squeezed from several directions.

“A 30-seat turboprop costs almost as much to insure and maintain per seat as it did before Covid, but you’ve got fewer people flying for business because they’re on Zoom,” he said.

“It’s not that these airlines are badly run. The maths is just brutal.”

The company said it would honour all existing bookings on the affected routes up to the final flights on March 28, and offer full refunds or credit for travel booked after that date.

Kōtuku Air will continue to operate its six remaining routes.""",
        [
            ("We have tried everything we", "Rachel Kingi-Harte"),
            ("We’ve cut fares, changed schedules", "Rachel Kingi-Harte"),
            ("the hardest of my time", "Rachel Kingi-Harte"),
            ("There were a few rumours", "Kōtuku Air pilot"),
            ("a body blow", "Suzanne Ferrier"),
            ("We’re a four-hour drive from", "Suzanne Ferrier"),
            ("Those decisions are ultimately commercial", "Peter Vaimoso"),
            ("However, we are keeping a", "Peter Vaimoso"),
            ("A 30-seat turboprop costs almost", "Marcus Tully"),
            ("It’s not that these airlines", "Marcus Tully"),
        ],
    ),
    (
        """Tongan village weighs relocation as king tides swamp homes

RNZ Pacific

Residents of a low-lying village on Tonga's main island of Tongatapu are being asked whether they want to move inland after a series of king tides flooded homes and a church hall this month.

About 60 households in Veitongo-Tai were affected when sea water pushed over the coastal road on Sunday night, the third time this year.

Town officer Tevita Kaufusi said water reached knee height inside some houses during the highest tide.

"The old people say it was never like this when they were young. Now every few months we are carrying furniture up to the road," he told RNZ Pacific.

"Some families want to go, but some say this is the land of our grandparents and they will not leave it."

One mother of four, who asked not to be named, said her youngest children were now frightened at night.

"My children cannot sleep when the sea comes. They are scared it will come inside again."

Officials from the Ministry of Lands and Climate Resilience met villagers at the church hall on Tuesday to outline the options.

Ministry chief executive Dr Losana Vaipulu said no decision would be forced on the community.

"This has to come from the people of Veitongo-Tai. Our role is to set out the options, the costs and where the land might be, and then to listen," Dr Vaipulu said.

She said a government-owned block about two kilometres inland had been identified, but the cost of building houses, water tanks and a road was estimated at 14 million pa'anga.

The ministry has applied for funding through the Pacific Resilience Facility and is in talks with New Zealand and Australia.

A New Zealand High Commission spokesperson said New Zealand was "committed to supporting Tonga's climate adaptation priorities" and would consider any request that came from the Tongan government.

Coastal researcher Mele Havili, of the Tonga Institute of Science and Technology, said the village's situation was becoming common across the region.

"Planned relocation is a last resort, and it should be. But for some communities in the Pacific we are already at the point where the sea wall option costs more than moving," she said.

She said lessons from relocations in Fiji showed involving women and young people early was critical.

"If you only talk to the chiefs and the church ministers you miss half the story. Where are the children going to go to school? Who is going to carry the water?

"Those are the questions that make a move work or fail."

A further community meeting is planned for next month, when villagers are expected to vote on whether to proceed with a detailed plan.""",
        [
            ("The old people say it", "Tevita Kaufusi"),
            ("Some families want to go,", "Tevita Kaufusi"),
            ("My children cannot sleep when", "mother of four"),
            ("This has to come from", "Losana Vaipulu"),
            ("committed to supporting Tonga's climate", "spokesperson"),
            ("Planned relocation is a last", "Mele Havili"),
            ("If you only talk to", "Mele Havili"),
            ("Those are the questions that", "Mele Havili"),
        ],
    ),
    (
        """State of emergency declared as Rangiwhero River rises

A local state of emergency has been declared in the Ōteremu district as the Rangiwhero River continues to rise, with about 300 homes told to evacuate.

Civil Defence controller Bruce Lammas said the decision was made shortly after 4pm on Wednesday when the river reached 6.2 metres at the Tapuwae gauge.

"We are expecting the river to peak sometime around 2am, and we're not taking any chances," Lammas told 1News.

"If you are in the evacuation zone, please go now. Don't wait for someone to knock on your door."

Evacuation centres have been set up at the Ōteremu War Memorial Hall and Te Rau Aroha Marae, where volunteers were handing out blankets and hot food this evening.

MetService has a red heavy rain warning in place for the ranges above Ōteremu until 9am Thursday, with a further 80 to 120mm expected.

Meteorologist Aroha Whitby said the worst of the rain should ease by morning, but the ground was already saturated.

"It's really the cumulative effect. We've had rain on and off for ten days now, so anything that falls is going straight into the rivers."

At the Ōteremu hall, evacuee Carol Dempsey said she had grabbed her dog, her medication and photos of her late husband.

"You don't think about the toaster, you think about the things you can't replace," she said.

Farmer Wiremu Pohatu spent the afternoon moving 400 ewes to higher ground on his property near Tapuwae.

"We did the same thing in 2017 and we lost a hundred," he said. "Not this time, hopefully."

Emergency Management Minister Claire Ashdown said the Government was "ready to help" and that Defence Force trucks and personnel were on standby in case further evacuations were needed.

She is expected to travel to the district tomorrow once it is safe to do so.

Police said several roads were closed, including the main highway between Ōteremu and Tapuwae, and slips had been reported on a number of rural routes.

"Motorists are urged to avoid all non-essential travel in the area and to never attempt to drive through floodwater," a police statement said.

Ōteremu mayor Jenny Carbury said the council's priority was keeping people safe overnight.

"Property can be fixed. People can't. Please look after your neighbours tonight, especially the elderly and anyone living on their own."

Updates are being posted on the Ōteremu Civil Defence Facebook page, and anyone who needs help should call 111 if their life is in danger.""",
        [
            ("We are expecting the river", "Bruce Lammas"),
            ("If you are in the", "Bruce Lammas"),
            ("It's really the cumulative effect.", "Aroha Whitby"),
            ("You don't think about the", "Carol Dempsey"),
            ("We did the same thing", "Wiremu Pohatu"),
            ("Not this time, hopefully.", "Wiremu Pohatu"),
            ("ready to help", "Claire Ashdown"),
            ("Motorists are urged to avoid", "Police"),
            ("Property can be fixed. People", "Jenny Carbury"),
        ],
    ),
    (
        """Councils push back on water ownership rules at select committee

Laura Whitcombe

Council after council lined up before Parliament’s Finance and Expenditure Committee on Tuesday to warn that proposed water ownership rules would leave smaller districts carrying debt they could not afford.

The Local Water Services (Ownership) Amendment Bill would let councils form jointly owned water organisations, but require each member council to hold at least a 10 percent shareholding.

The sharpest criticism came from Kaiwhenua District Council, whose chief executive, Hemi Rangiaho, told MPs the threshold “effectively shuts the door” on districts with fewer than 20,000 ratepayers.

“If we can’t put up the equity, we’re on our own. And on our own, we can’t borrow enough to fix pipes that are 70 years old,” Rangiaho said.

He was backed by the mayor of neighbouring Ruawhiti, Colleen Dunster, who described the bill as “written for Auckland and Wellington, then sent out to the rest of us to live with”.

Not everyone was opposed. Provincial Councils Forum president Graeme Ashby said the bill was “broadly sensible” and needed only “a bit of fine-tuning around the edges”.

Local Government Minister Sarah Penhaligon has previously said the shareholding floor was designed to stop “paper partnerships”, in which small councils signed up to a water organisation but had no real say in how it was run.

But the weight of submissions appears to be having an effect. A senior official at the Department of Internal Affairs, who spoke to Newsroom on condition of anonymity because they were not authorised to comment, said there was “real appetite” within the department to lower the threshold.

“The minister’s office has been clear it wants the bill through before Christmas. Something will have to give, and the 10 percent number is the obvious candidate.”

Labour’s local government spokesperson, Tama Whaanga, said the hearings showed the bill had been rushed.

“You don’t get this many councils turning up to say the same thing unless there’s a genuine problem,” he said. “The Government should take the hint.”

Penhaligon’s office declined to comment while the bill was before the committee, but a spokesman pointed Newsroom to a statement from August in which the minister said: “We will listen carefully to submitters, but we will not go back to a model where ratepayers foot the bill for decades of underinvestment.”

The committee received more than 400 written submissions, around three-quarters of them from councils, iwi and community groups outside the main centres.

It is due to report back to the House in early November.""",
        [
            ("effectively shuts the door", "Hemi Rangiaho"),
            ("If we can’t put up", "Hemi Rangiaho"),
            ("written for Auckland and Wellington,", "Colleen Dunster"),
            ("broadly sensible", "Graeme Ashby"),
            ("a bit of fine-tuning around", "Graeme Ashby"),
            ("paper partnerships", "Sarah Penhaligon"),
            ("real appetite", "senior official at the Department of Internal Affairs"),
            ("The minister’s office has been", "senior official at the Department of Internal Affairs"),
            ("You don’t get this many", "Tama Whaanga"),
            ("The Government should take the", "Tama Whaanga"),
            ("We will listen carefully to", "Sarah Penhaligon"),
        ],
    ),
    (
        """Ministry confirms 12 typhoid cases in Ra

By Shalini Prasad

The Ministry of Health and Medical Services has confirmed 12 cases of typhoid fever in Ra, with most of the patients from two villages in the Nalawa district.

Head of Health Protection Dr Aseri Nakarawa says the first case was picked up at the Naqiqi Health Centre late last month, and the number has grown steadily since.

"We have teams on the ground doing contact tracing, testing water sources and educating families. This is a preventable disease and we want to stop it spreading further," Dr Nakarawa told FBC News.

He says testing has found that some households in Nabuidroka and Korovatu villages are drawing drinking water from a creek that is also used by livestock.

"We are asking all villagers in the affected areas to boil their water, wash their hands with soap before eating and after using the toilet, and to go to the nearest health facility if they have a fever that lasts more than three days."

Dr Nakarawa says two patients, including a seven-year-old girl, remain at Rakiraki Hospital but are in a stable condition.

Nabuidroka Turaga ni Koro Josaia Waqa says villagers are worried, especially for the children and the elderly.

"Our people are scared because some of the children are sick. We need proper water tanks, that is the main thing. We have been asking for a long time," Waqa says.

He says the village's old tank was damaged during a cyclone two years ago and was never replaced.

In a statement, the Fiji Rural Water Agency says it will deliver water by truck to both villages twice a week "until a permanent solution is in place".

The agency says a contractor has been engaged to install two 10,000-litre tanks at Nabuidroka by the end of the month.

Health Minister Dr Litia Seruvatu, who visited the area yesterday, says the Government is "taking this very seriously".

She says an additional nurse has been deployed to the Naqiqi Health Centre and free typhoid vaccinations will be offered to residents of both villages from Monday.

"I want to thank the village leaders who have been working closely with our teams. Without their cooperation we cannot do this work."

The Ministry is reminding members of the public that typhoid is spread through contaminated food and water, and symptoms include prolonged fever, headache, stomach pain and loss of appetite.

Anyone with these symptoms is advised to seek medical attention at their nearest health centre.""",
        [
            ("We have teams on the", "Aseri Nakarawa"),
            ("We are asking all villagers", "Aseri Nakarawa"),
            ("Our people are scared because", "Josaia Waqa"),
            ("until a permanent solution is", "Fiji Rural Water Agency"),
            ("taking this very seriously", "Litia Seruvatu"),
            ("I want to thank the", "Litia Seruvatu"),
        ],
    ),
    (
        """Hoiho chicks a first for Kōhatu Point in 40 years

Two yellow-eyed penguin chicks have hatched at Kōhatu Point, the first recorded breeding at the site in more than four decades.

The chicks, one of which volunteers have already nicknamed "Pip", were found last week in a nest under a flax bush on the eastern side of the Ōwhatu Peninsula.

Kōhatu Point Coastal Trust co-ordinator Fiona McAlister said she "nearly fell over" when she got the call.

"We've been trapping stoats and ferrets here for 12 years, and honestly some years you wonder whether it's making any difference," Ms McAlister said.

"This is the answer. This is why the volunteers get up at 6am in the rain."

The trust's latest report, "Predator Free Kōhatu: Ten Years On", recorded a 90% drop in stoat captures since 2015, along with rising numbers of tūī, bellbirds and little penguins.

Department of Conservation ranger Blair Tuhiwai said the nest would be monitored closely over the coming weeks.

"It's a fantastic result, but two chicks isn't a population," Mr Tuhiwai said.

"Hoiho are in real trouble on the mainland. Disease, warmer seas and disturbance from people and dogs are all hitting them hard."

He urged visitors to keep dogs on leads and to stay at least 10m away from any penguin on the beach.

Trapping volunteer Ken Dobbie (74), who found the nest, said he had walked the same trap line "probably two thousand times".

"I heard this peeping noise and thought it was a gull. Then I saw the yellow band on the adult's head and I just sat down on the track."

Mr Dobbie said he had told only his wife and the trust until the department confirmed the find.

Local farmer Sarah Brydon, who has allowed traps on her land since the project began, said the news had been a boost for the whole community.

"Everyone around here has done their bit, even if it's just checking a trap on the way to the mailbox. It feels like it belongs to all of us."

According to the trust's website, the project relies on "more than 60 regular volunteers and a lot of goodwill", and costs about $45,000 a year to run.

The trust is holding an open day at the Kōhatu Point car park on Saturday, November 16, for anyone interested in joining the trapping roster.""",
        [
            ("nearly fell over", "Fiona McAlister"),
            ("We've been trapping stoats and", "Fiona McAlister"),
            ("This is the answer. This", "Fiona McAlister"),
            ("It's a fantastic result, but", "Blair Tuhiwai"),
            ("Hoiho are in real trouble", "Blair Tuhiwai"),
            ("probably two thousand times", "Ken Dobbie"),
            ("I heard this peeping noise", "Ken Dobbie"),
            ("Everyone around here has done", "Sarah Brydon"),
            ("more than 60 regular volunteers", "Kōhatu Point Coastal Trust"),
        ],
    ),
]
