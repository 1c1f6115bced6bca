CASES = [
    (
        """Coroner calls for warning signs after teen drowned at Waikōura River swimming hole

Hana Whitcombe, Local Democracy Reporter

A coroner has recommended permanent warning signs and a throw-rope station at a popular Waikōura River swimming spot where a 16-year-old boy drowned two summers ago.

Tyler James Ruatapu died on January 9, 2023, after being swept downstream from Te Whare Pool, a deep section of the river about 8km north of Mangarewa township.

In findings released on Tuesday, Coroner Miriam Oduya said the pool had “a deceptive surface” that concealed a strong undercurrent, particularly after rain in the ranges.

“Tyler was a capable swimmer by the standards of his age group, but the conditions on that afternoon were beyond what any reasonably fit teenager could have managed,” the coroner wrote.

“There was nothing at the site to tell him or his friends that.”

Tyler had gone to the pool with three friends after finishing a shift at a local orchard. The findings say he jumped from a rock ledge into the water shortly after 4pm and surfaced briefly before being carried towards a log jam.

One of his friends tried to reach him but was forced back to the bank. Emergency services were called at 4.17pm and his body was recovered by police divers the following morning.

The coroner noted that the Mangarewa District Council had installed a single sign at the car park in 2019, but it had since been vandalised and was never replaced.

In a statement, the council said it accepted the recommendations and would work with mana whenua and water safety groups on “appropriate signage and rescue equipment” before the coming summer.

“Our thoughts remain with Tyler’s whānau,” council chief executive Grant Pelleter said. “We’ve read the coroner’s findings carefully and we’ll be acting on every one of them.”

Tyler’s mother, Aroha Ruatapu, told Local Democracy Reporting the family had waited nearly two years for answers.

“He loved that river. All the kids round here grew up swimming there, and nobody thought twice,” she said.

“If one sign stops one family going through what we’ve been through, then it’s worth it.”

The coroner also recommended the council consider seasonal lifeguard patrols at the pool on summer weekends, and that local schools include river safety in their water skills programmes.

Central Districts Water Safety Trust manager Lena Fairbrother said river drownings had overtaken beach drownings in the region over the past five years.

“People underestimate rivers. They look calm, and they’re anything but,” she said.
""",
        [
            ("a deceptive surface", "Miriam Oduya"),
            ("Tyler was a capable swimmer", "Miriam Oduya"),
            ("There was nothing at the", "Miriam Oduya"),
            ("appropriate signage and rescue equipment", "Mangarewa District Council"),
            ("Our thoughts remain with Tyler’s", "Grant Pelleter"),
            ("We’ve read the coroner’s findings", "Grant Pelleter"),
            ("He loved that river.", "Aroha Ruatapu"),
            ("If one sign stops one", "Aroha Ruatapu"),
            ("People underestimate rivers.", "Lena Fairbrother"),
        ],
    ),
    (
        """'I've learnt my lesson': P-plater fined, disqualified over 140km/h pursuit

By Jessica Marlow

A young provisional driver who led police on a chase at speeds of up to 140km/h on the outskirts of Merrinvale has told a magistrate he has "learnt my lesson".

Jayden Cole Hetherington, 19, of Banksia Street, pleaded guilty in Merrinvale Local Court on Wednesday to police pursuit, exceeding the speed limit by more than 45km/h and breaching his provisional licence conditions.

The court heard highway patrol officers tried to stop Hetherington's white Holden Commodore on Saddlers Road about 11.40pm on August 3 after it was detected travelling at 128km/h in a 100km/h zone.

According to police facts tendered to the court, the Commodore accelerated away and reached 140km/h before turning onto a gravel road, where officers lost sight of it "due to dust and the danger posed to the public".

Hetherington was arrested at his home the next morning. He told officers he "panicked" because he had two passengers in the car and was over his peer passenger limit.

Defence solicitor Rebecca Nguyen told the court her client was an apprentice electrician with no prior record who had written a letter of apology to the officers involved.

"He accepts that what he did that night was stupid and could have killed someone," Ms Nguyen said.

"He's a young man who has had a very sharp wake-up call."

Hetherington addressed the court briefly from the dock. "I've learnt my lesson, your honour. I'm sorry to the police and to my mum," he said.

Police prosecutor Sergeant Tom Abbiss said the offending was at the "upper end" for a first offender given the number of passengers in the car and the time of night.

Magistrate Philippa Dunworth said pursuits were "a scourge on country roads" and that she had seen too many families in the region who had lost someone to a crash.

"You put your two mates at risk, you put those officers at risk, and you put anybody else on that road at risk," she said.

"The fact that nobody was hurt is good fortune, not good judgment."

Magistrate Dunworth convicted Hetherington and placed him on a 12-month community correction order. He was fined $1200 and disqualified from driving for two years.

Outside court, Hetherington's mother declined to comment.
""",
        [
            ("I've learnt my lesson", "Jayden Cole Hetherington"),
            ("learnt my lesson", "Jayden Cole Hetherington"),
            ("due to dust and the", "police"),
            ("panicked", "Jayden Cole Hetherington"),
            ("He accepts that what he", "Rebecca Nguyen"),
            ("He's a young man who", "Rebecca Nguyen"),
            ("I've learnt my lesson, your honour.", "Jayden Cole Hetherington"),
            ("upper end", "Tom Abbiss"),
            ("a scourge on country roads", "Philippa Dunworth"),
            ("You put your two mates", "Philippa Dunworth"),
            ("The fact that nobody was", "Philippa Dunworth"),
        ],
    ),
    (
        """Rates to rise 4.9 per cent as Coorumba council hands down budget

By Liam Pettigrew

Coorumba Regional Council ratepayers will pay an extra $2.10 a week on average after councillors voted 6-3 on Thursday to adopt a $148 million budget that includes a 4.9 per cent rise in general rates.

Mayor Deb Kellaway said the increase was the lowest the council could responsibly deliver while keeping up with "ballooning" road repair costs after last summer's floods.

"Nobody sitting around this table wants to put rates up. I certainly don't," Cr Kellaway told the meeting.

"But we have 1400 kilometres of road, a lot of it still carrying flood damage, and the State and Federal disaster funding only goes so far."

The budget includes $31.6 million for roads, $9 million to finish the Coorumba Aquatic Centre upgrade and $2.4 million for a new waste transfer station at Pindi Creek.

Deputy Mayor Steve Ranaldi, who voted for the budget, said the council had found $1.8 million in internal savings, including by leaving 11 vacant positions unfilled.

But Cr Maree Volkov, one of three councillors to vote against it, said residents were "already at breaking point" with cost of living pressures and the council should have held the increase to the 3.2 per cent inflation rate.

"We've asked families to tighten their belts. We should be tightening ours first," she said.

Cr Volkov moved an amendment to defer the $9 million pool spending by a year, which was lost 3-6.

Cr Hamish Doig said the pool had been promised to the community for close to a decade.

"The people of Coorumba have waited long enough," he said. "If we defer this again, the costs go up again, and we'll be having this same argument next year with a bigger number."

Chief financial officer Priya Raman told councillors the council's operating deficit would narrow to $1.2 million in 2024-25 and return to surplus within three years if the long-term financial forecast held.

Outside the chambers, Pindi Creek grazier Col Brennan, who attended the meeting with a handful of other ratepayers, said rural landholders were carrying more than their share.

"We're paying for roads that get graded once every two years, if we're lucky," Mr Brennan said.

"I don't begrudge the town its pool, but don't tell me my rates are going to roads."

Pensioner rebates will increase from $220 to $250 a year. Rates notices will be issued in August.
""",
        [
            ("ballooning", "Deb Kellaway"),
            ("Nobody sitting around this table", "Deb Kellaway"),
            ("But we have 1400 kilometres", "Deb Kellaway"),
            ("already at breaking point", "Maree Volkov"),
            ("We've asked families to tighten", "Maree Volkov"),
            ("The people of Coorumba have", "Hamish Doig"),
            ("If we defer this again,", "Hamish Doig"),
            ("We're paying for roads that", "Col Brennan"),
            ("I don't begrudge the town", "Col Brennan"),
        ],
    ),
    (
        """Freedom campers face $400 fines under tougher Kōtare bylaw

Sam Tuiasosopo, Local Democracy Reporter

Freedom campers who park up overnight at four lakeside reserves near Kōtare will face $400 infringement fines from December after the Waihanga District Council voted to tighten its bylaw.

Councillors voted 8-2 on Wednesday to ban camping at Lake Rerewai’s north shore, Tōtara Point, Hunters Bay and the Kōtare boat ramp car park, and to limit stays elsewhere in the district to two nights in any four weeks.

The changes follow months of complaints from residents about human waste, rubbish and vans blocking access to the boat ramp over the summer.

Mayor Ruth Harrower said the district welcomed visitors but the situation at the lake last summer had been “untenable”.

“We had people waking up to find someone had used their front hedge as a toilet. That’s not the kind of tourism anybody signed up for,” she said.

A council staff report said 1140 complaints had been logged between November and March, more than double the previous year, and that the cost of cleaning the four sites had reached $86,000.

Councillor Wiremu Hapeta, one of two to vote against the changes, said the bylaw would push campers onto rural roadsides where there were no facilities at all.

“We’re not solving the problem, we’re just moving it down the road to somewhere nobody’s watching,” he said.

He also questioned whether the council had the staff to enforce it. Council regulatory manager Fiona Baird said two seasonal compliance officers would be hired for the summer, funded from the tourism infrastructure grant.

“They’ll be out early in the morning and in the evenings, which is when we need them,” Ms Baird said.

The Responsible Campers Alliance, which made a submission opposing the ban, said in a statement it was “disappointed but not surprised” by the decision.

“The overwhelming majority of people who camp responsibly are being punished for the actions of a few,” the statement said.

Kōtare Residents’ Association chairwoman Jan Colquhoun welcomed the vote, saying locals had “done their bit” by reporting problems for three years.

“It’s been a long time coming. I think people will be relieved they can walk their dogs along the lakefront in the morning without stepping around a mess,” she said.

The bylaw comes into force on December 1. The council will review it after two years.
""",
        [
            ("untenable", "Ruth Harrower"),
            ("We had people waking up", "Ruth Harrower"),
            ("We’re not solving the problem", "Wiremu Hapeta"),
            ("They’ll be out early in", "Fiona Baird"),
            ("disappointed but not surprised", "Responsible Campers Alliance"),
            ("The overwhelming majority of people", "Responsible Campers Alliance"),
            ("done their bit", "Jan Colquhoun"),
            ("It’s been a long time", "Jan Colquhoun"),
        ],
    ),
    (
        """Coroner finds quad bike death of Gippsland farmer was 'preventable'

By Kate Lindqvist

A Victorian coroner has found the death of a dairy farmer crushed beneath his quad bike in a steep paddock in South Gippsland was preventable, and has urged the State Government to revive a rebate scheme for crush protection devices.

Neville Arthur Strachan, 67, was found by his son, Luke, on the afternoon of March 14, 2022, pinned beneath the bike at the bottom of a gully on the family's farm near Tarwin Heights.

In findings handed down on Friday, Coroner Simon Ashgrove said the bike had rolled while Mr Strachan was checking a water trough on a slope of about 25 degrees.

He found Mr Strachan had likely survived the initial rollover for "a period of time" but was unable to free himself and died from compressive asphyxia.

"Had the vehicle been fitted with an operator protection device, it is likely that Mr Strachan would have survived this incident, or at the very least been able to raise the alarm," the coroner wrote.

"His death was preventable."

Coroner Ashgrove noted Mr Strachan had been eligible for a rebate under a now-lapsed State Government scheme but had told family he "never got round to it".

Counsel assisting the coroner, Alana Petrakis, told the inquest in November that quad bikes remained a leading cause of death on Australian farms.

"These are not recreational vehicles in this context. They are work tools, and they are being used on terrain that routinely exceeds their design limits," Ms Petrakis said.

The coroner recommended the government reinstate the rebate and consider making crush protection devices mandatory on quad bikes used for agricultural work.

A spokeswoman for the Department of Jobs and Agriculture said the government would "carefully consider" the coroner's recommendations and respond within three months, as required.

Speaking outside court, Luke Strachan said his father was "a quiet, hardworking man who loved his cows, his grandkids and the footy, in that order".

"Dad was a careful bloke. If it could happen to him, it can happen to anyone," he said.

"We'd ask every farmer out there to go and put a bar on their bike this week."

Victorian Farmers' Safety Council chief executive Donna Millward said uptake of protection devices had stalled since the rebate ended.

"The price is a barrier for a lot of farmers who are already doing it tough, especially in dairy," she said.
""",
        [
            ("preventable", "Simon Ashgrove"),
            ("a period of time", "Simon Ashgrove"),
            ("Had the vehicle been fitted", "Simon Ashgrove"),
            ("His death was preventable.", "Simon Ashgrove"),
            ("never got round to it", "Neville Arthur Strachan"),
            ("These are not recreational vehicles", "Alana Petrakis"),
            ("carefully consider", "spokeswoman"),
            ("a quiet, hardworking man who", "Luke Strachan"),
            ("Dad was a careful bloke.", "Luke Strachan"),
            ("We'd ask every farmer out", "Luke Strachan"),
            ("The price is a barrier", "Donna Millward"),
        ],
    ),
    (
        """Man jailed for glassing stranger in Rangiwhero pub

A man who smashed a beer glass into the face of a stranger at a Rangiwhero pub, leaving him with permanent scarring, has been jailed for two years and three months.

Corey Allan Bisset, 34, labourer, appeared for sentence in the Rangiwhero District Court yesterday after earlier pleading guilty to wounding with intent to injure.

Judge Marcus Te Huia said the victim, a 27-year-old visiting from Australia, had done "absolutely nothing" to provoke the attack at the Commercial Hotel on the night of April 20.

The court heard Bisset had been drinking since midafternoon and became aggressive after the victim accidentally bumped his arm at the bar.

According to the police summary of facts, Bisset said "watch where you're going" before striking the man once on the left side of his face with the glass he was holding.

The victim needed 23 stitches and surgery to repair a severed facial nerve.

In a victim impact statement read to the court by the police prosecutor, the man said he had flown home the following week and had been unable to work for two months.

"I came to New Zealand for a mate's wedding. I left with a face I don't recognise in the mirror," he wrote.

"I still can't fully close my left eye. I've been told I might never be able to."

Defence counsel Hugh Pakenham said his client had struggled with alcohol since the death of his father and had since completed a residential treatment programme.

"Mr Bisset is genuinely ashamed. He has written to the victim and he understands that a letter doesn't undo anything," Mr Pakenham said.

He sought a sentence of home detention, arguing Bisset had a job to return to and a young daughter.

But Judge Te Huia said the seriousness of the violence meant home detention was not appropriate.

"The use of a glass as a weapon in a crowded bar is something the courts have consistently said must be met with a sentence of imprisonment," he said.

"You have done well in treatment, and I give you credit for that. But your victim is going to carry the reminder of that night on his face for the rest of his life."

The judge gave Bisset discounts for his guilty plea, remorse and rehabilitative efforts.

He was also ordered to pay $3000 in emotional harm reparation.

Speaking after sentencing, Detective Sergeant Kiri Hohaia said police hoped the outcome sent a clear message.

"Alcohol is never an excuse. We see far too much of this kind of offending in our licensed premises, especially in the weekend," she said.
""",
        [
            ("absolutely nothing", "Marcus Te Huia"),
            ("watch where you're going", "Corey Allan Bisset"),
            ("I came to New Zealand", "victim"),
            ("I still can't fully close", "victim"),
            ("Mr Bisset is genuinely ashamed.", "Hugh Pakenham"),
            ("The use of a glass", "Marcus Te Huia"),
            ("You have done well in", "Marcus Te Huia"),
            ("Alcohol is never an excuse.", "Kiri Hohaia"),
        ],
    ),
    (
        """Council rejects 42-lot subdivision at Pelican Flat despite planners’ advice

By Tom Vickery

A controversial 42-lot residential subdivision at Pelican Flat has been knocked back by Northbrook Council, with councillors voting against the recommendation of their own planning staff.

The application, by Launceston-based developer Ridgeline Land Co, sought to subdivide 18 hectares of former grazing land on the eastern edge of the town into lots of between 600 and 1200 square metres.

In her report to council, senior planner Anna Kostelac recommended approval with 37 conditions, finding the proposal “substantially complies” with the local planning scheme.

But at Monday night’s meeting councillors voted 5-4 to refuse the permit on the grounds of traffic, stormwater and the loss of agricultural land.

More than 160 representations were lodged against the development, most raising concerns about the single road access along Jetty Road and flooding in low-lying parts of the site.

Councillor Bronwyn Attard, who moved the motion to refuse, said the development was “the wrong project in the wrong place”.

“Anyone who has driven Jetty Road at school pick-up time knows it can’t take another 42 households’ worth of cars,” she said.

“And the people at the bottom of that hill already get water through their back doors when we have a big rain.”

Mayor Glenn Fitzmaurice, who voted in favour, warned the decision was likely to be overturned on appeal.

“As a planning authority we are required to make decisions on the planning scheme, not on how popular something is,” Mayor Fitzmaurice said.

“I understand the strength of feeling in the community. But I’d be very surprised if this decision survives an appeal, and if it doesn’t, it’s ratepayers who will be picking up the costs.”

Ridgeline Land Co director Paul Mercieca said the company was “extremely disappointed” and would consider its options, including an appeal to the state’s planning tribunal.

“We’ve worked with council for 18 months, we’ve commissioned independent traffic and stormwater reports, and we’ve made every change we were asked to make,” he said.

“Pelican Flat needs housing. Young families are leaving the town because there’s nowhere for them to live.”

Pelican Flat Progress Association president Merv Halloran, who addressed the meeting during public question time, said residents were not opposed to growth.

“We just want it done properly,” he said after the vote.

Ridgeline has 14 days to lodge an appeal.
""",
        [
            ("substantially complies", "Anna Kostelac"),
            ("the wrong project in the", "Bronwyn Attard"),
            ("Anyone who has driven Jetty", "Bronwyn Attard"),
            ("And the people at the", "Bronwyn Attard"),
            ("As a planning authority we", "Glenn Fitzmaurice"),
            ("I understand the strength of", "Glenn Fitzmaurice"),
            ("extremely disappointed", "Paul Mercieca"),
            ("We’ve worked with council for", "Paul Mercieca"),
            ("Pelican Flat needs housing.", "Paul Mercieca"),
            ("We just want it done", "Merv Halloran"),
        ],
    ),
    (
        """Abalone poachers fined $28,000 after being caught with 600 shellfish

By Narelle Opie

Two men caught with more than 600 greenlip abalone in a hidden compartment of their boat off Point Carrow have been fined a combined $28,000 and banned from fishing in Western Australia for five years.

Dmitri Vassilakis, 41, and Shane Patrick Coombe, 38, both of Perth, pleaded guilty in the Port Wallace Magistrates Court on Tuesday to possessing a commercial quantity of abalone and failing to comply with a direction from a fisheries officer.

The court heard fisheries officers had been watching the pair after a tip-off from a member of the public, and intercepted them at the Port Wallace boat ramp on October 2.

According to the prosecution, officers found 614 greenlip abalone, most of them below the legal minimum size, concealed beneath a false floor in the boat's forward hatch. The recreational daily bag limit is a small fraction of that.

Prosecutor Erin Whitlam, for the Department of Marine Resources, said the quantity was "well beyond anything that could be explained as personal use" and the size of most of the abalone showed "a complete disregard" for the sustainability of the fishery.

Mr Vassilakis' lawyer, Daniel Ferris, said his client had "made a foolish decision while under significant financial pressure" after his earthmoving business failed.

"This was not a sophisticated operation. It was two men in a tinny who got greedy," Mr Ferris said.

Mr Coombe, who was self-represented, told the court he was "very sorry" and had not been on the water since.

Magistrate Colin Ng said abalone stocks on the coast had been badly damaged by a marine heatwave and were still recovering.

"Every undersized animal taken is one that will never breed," he said. "Offending like this directly harms the commercial divers and the recreational fishers who do the right thing."

Mr Vassilakis was fined $16,000 and Mr Coombe $12,000. The boat, worth about $45,000, was forfeited to the state.

Outside court, the department's regional compliance manager, Trent Galloway, told reporters the department would pursue illegal fishing "to the full extent of the law".

"We had officers working nights and weekends on this one," he said. "People in the community are our eyes and ears, and the tip that came in here was critical."

A department spokesman later said the abalone, most of which were still alive when seized, had been returned to a protected reef, which was "the best outcome we could hope for" in the circumstances.
""",
        [
            ("well beyond anything that could", "Erin Whitlam"),
            ("a complete disregard", "Erin Whitlam"),
            ("made a foolish decision while", "Daniel Ferris"),
            ("This was not a sophisticated", "Daniel Ferris"),
            ("very sorry", "Shane Patrick Coombe"),
            ("Every undersized animal taken is", "Colin Ng"),
            ("Offending like this directly harms", "Colin Ng"),
            ("to the full extent of", "Trent Galloway"),
            ("We had officers working nights", "Trent Galloway"),
            ("People in the community are", "Trent Galloway"),
            ("the best outcome we could", "spokesman"),
        ],
    ),
]
