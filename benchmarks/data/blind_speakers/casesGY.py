CASES = [
    (
        """'We weren't consulted': Wattle Creek residents fight 90-townhouse plan

By Hannah Doyle

June 12, 2024 — 5.30am

Residents of a quiet cul-de-sac in Brisbane's north-west say they were "completely blindsided" by a proposal to build 90 townhouses on a former bowls club site, as Moreton Ridge City Council prepares to vote on the application next week.

The development, lodged by Gold Coast-based Pelican Grove Developments, would replace the disused Wattle Creek Bowls Club on Tallowood Street with three-storey townhouses and a small park.

Lorraine Kettering, who has lived on neighbouring Brushbox Court for 31 years, said the first she heard of the plan was a sign on the fence.

"We weren't consulted at all. Nobody knocked on a door, nobody sent a letter," she said.

"This street floods every second summer. You put 90 more households at the bottom of the hill and tell me where the water goes."

More than 400 submissions were received during public notification, council documents show, with the majority opposed.

Divisional councillor Marcus Fenwick, whose ward includes the site, said he understood the concerns but the council was bound by its planning scheme.

"I can't vote against something just because it's unpopular. If it complies with the code, our hands are largely tied," Cr Fenwick said.

He said council officers had asked the developer for further information on stormwater management and on traffic in Tallowood Street, which has no footpath on its eastern side.

A council report tabled on Tuesday recommends approval subject to 64 conditions, including an upgraded detention basin and a contribution towards a new pedestrian crossing.

In a statement, Pelican Grove Developments said the project would deliver "much-needed housing choice" for young families and downsizers in the area.

"We have engaged extensively with council and have amended our design twice in response to feedback," the statement said. "We remain committed to working with the community."

Moreton Ridge mayor Danielle Pryor told reporters on Wednesday she would not pre-empt the vote but acknowledged the strength of feeling.

"People are worried about the pace of change, and I get that," Cr Pryor said. "But we are also in a housing crisis, and every council in the south-east has to play its part."

Opposition housing spokesman Trent Maddox seized on the proposal to attack the state government's population targets for the region, which he described as "a top-down mandate dressed up as a plan".

Residents have organised a rally outside the council chambers at Kurrabar before Tuesday's meeting.

Ms Kettering said she was not against new housing in the suburb. "Just not like this, and not here," she said.""",
        [
            ("We weren't consulted", "Lorraine Kettering"),
            ("completely blindsided", "residents"),
            ("We weren't consulted at all.", "Lorraine Kettering"),
            ("This street floods every second", "Lorraine Kettering"),
            ("I can't vote against something", "Marcus Fenwick"),
            ("much-needed housing choice", "Pelican Grove Developments"),
            ("We have engaged extensively with", "Pelican Grove Developments"),
            ("We remain committed to working", "Pelican Grove Developments"),
            ("People are worried about the", "Danielle Pryor"),
            ("But we are also in", "Danielle Pryor"),
            ("a top-down mandate dressed up", "Trent Maddox"),
            ("Just not like this, and", "Lorraine Kettering"),
        ],
    ),
    (
        """Man jailed for killing cyclist while driving on ice near Kilmory

By court reporter Jessica Tan

Posted Thu 14 Mar 2024 at 3:12pm

A man who struck and killed a cyclist while driving with methamphetamine in his system on a country road in Victoria's west has been jailed for 11 years.

Dylan James Corrigan, 34, pleaded guilty in the County Court to culpable driving causing death over the crash on the Kilmory-Warrack Road in April 2022.

Father-of-three Graham Ashcroft, 58, was riding with a group of friends on a Sunday morning when Corrigan's ute drifted across the shoulder and hit him from behind.

Mr Ashcroft died at the scene.

In sentencing on Thursday, Judge Philippa Newnham said Corrigan had made "a deliberate and selfish choice" to get behind the wheel after using the drug the night before.

"You knew you had not slept. You knew what you had taken," Judge Newnham said.

"The consequences of that decision were catastrophic and entirely foreseeable."

The court heard Corrigan drove away from the scene and was gone for about 20 minutes before returning and calling triple-0.

His lawyer, Andrew Stavros, told the court his client was "genuinely remorseful" and had been drug-free since his arrest.

Judge Newnham accepted Corrigan's remorse was real but said his decision to leave Mr Ashcroft on the roadside "weighs heavily" against him.

In a victim impact statement read to the court last month, Mr Ashcroft's widow, Fiona Ashcroft, described the morning police knocked on her door.

"I keep setting four places at the table," she wrote.

"Our youngest still asks when Dad is coming home from his ride. I don't have an answer for her."

Corrigan must serve eight years before he is eligible for parole. He was also disqualified from driving for 10 years.

Outside court, Sean Wheatley of the Western Districts Riders Club, who was riding with Mr Ashcroft that morning, said no sentence could make up for the loss.

"Graham was the one who got us all out of bed on a Sunday," he said.

"We want drivers to understand that a bike on the shoulder is a person. It's someone's dad."

Victoria Police said in a statement that drug-affected driving remained one of the leading factors in regional road deaths.

"Every driver who gets behind the wheel after taking drugs is a crash waiting to happen," the statement said.""",
        [
            ("a deliberate and selfish choice", "Philippa Newnham"),
            ("You knew you had not", "Philippa Newnham"),
            ("The consequences of that decision", "Philippa Newnham"),
            ("genuinely remorseful", "Andrew Stavros"),
            ("weighs heavily", "Philippa Newnham"),
            ("I keep setting four places", "Fiona Ashcroft"),
            ("Our youngest still asks when", "Fiona Ashcroft"),
            ("Graham was the one who", "Sean Wheatley"),
            ("We want drivers to understand", "Sean Wheatley"),
            ("Every driver who gets behind", "Victoria Police"),
        ],
    ),
    (
        """Ramping hits record as Minister blames ‘unprecedented’ winter demand

Kate Morrow, State Political Reporter
The West Australian
Tue, 9 July 2024 7:00PM

Ambulances spent a record 8214 hours stuck outside Perth emergency departments last month, new figures show, as the State Government again pointed to a severe flu season for the blowout.

Health Minister Amber Cavanagh said hospitals had faced “unprecedented” demand in June, with presentations up 11 per cent on the same month last year.

“Our staff are working incredibly hard under enormous pressure, and I want to thank every one of them,” Ms Cavanagh said.

“We have opened more than 150 extra beds across the metropolitan area this year. We know there is more to do.”

The figures, published by the WA Ambulance Service on Tuesday, show Harbourside Hospital and Eastern Hills Hospital were the worst affected, accounting for almost half of all lost hours.

Opposition health spokesman Warren Teague said the Government had been making the same excuses for four years.

“Every winter it’s the flu. Every summer it’s the heat. At some point the Minister has to take responsibility,” he said.

Mr Teague said patients were spending “hours on a stretcher in a corridor” and called for an independent inquiry into hospital capacity.

The president of the WA Emergency Physicians Association, Dr Lachlan Pereira, said ramping was a symptom of a system with too few beds and too few staff at the back end of hospitals.

“Ramping is not an emergency department problem. It is a whole-of-hospital problem,” Dr Pereira said.

“When patients who are ready to go home can’t leave because there’s no aged care bed for them, the ambulance at the front door has nowhere to go.”

A senior Health Department source, who asked not to be named because they were not authorised to speak publicly, said internal modelling had forecast the June spike months ago.

“Nobody should be surprised by this. The numbers were on the Minister’s desk in March,” the source said.

Asked about the claim, a spokeswoman for Ms Cavanagh said the Minister was “regularly briefed on demand forecasting” and had acted on that advice.

The Nurses and Midwives Union of WA said members were reporting “burnout at levels we have never seen” and warned more nurses would leave the public system before spring.

Union secretary Joanne Ferris said the union would meet the Government next week to push for mandated nurse-to-patient ratios in emergency departments.

“Ratios save lives. It’s that simple,” Ms Ferris said.""",
        [
            ("unprecedented", "Amber Cavanagh"),
            ("unprecedented", "Amber Cavanagh"),
            ("Our staff are working incredibly", "Amber Cavanagh"),
            ("We have opened more than", "Amber Cavanagh"),
            ("Every winter it’s the flu.", "Warren Teague"),
            ("hours on a stretcher in", "Warren Teague"),
            ("Ramping is not an emergency", "Lachlan Pereira"),
            ("When patients who are ready", "Lachlan Pereira"),
            ("Nobody should be surprised by", "senior Health Department source"),
            ("regularly briefed on demand forecasting", "spokeswoman"),
            ("burnout at levels we have", "Nurses and Midwives Union of WA"),
            ("Ratios save lives.", "Joanne Ferris"),
        ],
    ),
    (
        """Councillors stood down as monitor finds 'toxic' culture at Brennan Shire

By Michael Larkin

Updated March 3, 2024 — 6.45pm

Two councillors at a shire on Melbourne's south-eastern fringe have been suspended and a municipal monitor's term extended after a report found a "toxic and dysfunctional" culture was crippling the council's ability to govern.

Local Government Minister Christine Yeoh on Sunday released the monitor's final report into Brennan Shire Council, which found councillors had repeatedly leaked confidential information, bullied staff and failed to adopt a budget on time for two consecutive years.

"The community of Brennan deserves a council that works for them, not one consumed by infighting," Yeoh said in a statement.

"I have accepted the monitor's recommendations in full."

Monitor Gerard Hollis, a former chief executive of two regional councils, wrote that in more than 30 years in local government he had "never encountered a council chamber so consumed by personal animosity".

The report details a meeting in October last year at which a councillor allegedly called a senior staff member "useless" in front of the public gallery.

"Staff described attending council meetings with a sense of dread," Hollis's report states. "Several have resigned, citing the conduct of councillors as a direct reason."

The two councillors, Dean Vukovic and Sharon Mallett, have been suspended for three months under powers introduced by the government last year.

Vukovic said he would challenge the decision at the Victorian Civil and Administrative Tribunal.

"This is a political hit job, pure and simple," he told The Age. "I was elected to ask hard questions, and that's exactly what I've done."

Mallett did not respond to requests for comment.

Mayor Priya Raman welcomed the findings, saying the council had "lost the trust of its community" and would need to work hard to rebuild it.

"I'm not going to pretend this is a good day for Brennan," Raman said. "But it is a necessary one."

One long-serving council officer, who spoke on condition of anonymity because staff have been directed not to comment, said morale had never been lower.

"People are just keeping their heads down and counting the days until the next election," the officer said.

Opposition local government spokesman Brad Kirwan said the government had been warned about Brennan for years, and accused the minister of having "sat on her hands" while the situation deteriorated.

The monitor will remain at the council until at least the October local government elections.""",
        [
            ("toxic", "Gerard Hollis"),
            ("toxic and dysfunctional", "Gerard Hollis"),
            ("The community of Brennan deserves", "Christine Yeoh"),
            ("I have accepted the monitor's", "Christine Yeoh"),
            ("never encountered a council chamber", "Gerard Hollis"),
            ("useless", "councillor"),
            ("Staff described attending council meetings", "Gerard Hollis"),
            ("Several have resigned, citing the", "Gerard Hollis"),
            ("This is a political hit", "Dean Vukovic"),
            ("I was elected to ask", "Dean Vukovic"),
            ("lost the trust of its", "Priya Raman"),
            ("I'm not going to pretend", "Priya Raman"),
            ("But it is a necessary", "Priya Raman"),
            ("People are just keeping their", "long-serving council officer"),
            ("sat on her hands", "Brad Kirwan"),
        ],
    ),
    (
        """Former mayor loses appeal against fraud conviction over ‘council’ trips

Jordan Blake
The Courier-Mail
November 22, 2023 - 12:34PM

A former north Queensland mayor jailed for using council funds to pay for overseas holidays has lost his bid to overturn his conviction.

Kevin Anthony Prideaux, who led the Carbine Coast Regional Council for nine years until 2020, was found guilty by a District Court jury last year of fraud and misconduct in relation to public office.

He was sentenced to four years’ jail, suspended after 16 months.

Prideaux, 67, appealed on the grounds the trial judge had misdirected the jury on the meaning of “dishonestly” and that the verdict was unreasonable.

In a judgment published on Friday, the Court of Appeal unanimously dismissed the appeal.

Justice Margaret Fairweather, with whom the other two judges agreed, found the trial judge’s directions were “orthodox and correct”.

“The evidence that the appellant knew the trips had no genuine council purpose was, frankly, overwhelming,” Justice Fairweather wrote.

“He arranged for a personal friend to be listed as a ‘delegate’, booked accommodation at a resort some 400 kilometres from the conference venue, and attended none of the scheduled sessions.”

The jury heard the trips, to Fiji and Bali between 2017 and 2019, cost ratepayers about $86,000.

Prideaux’s barrister, Simon Aldous KC, had argued that the council’s travel policy at the time was “vague to the point of being meaningless” and that his client had relied on advice from staff.

But Justice Fairweather said the policy’s shortcomings were beside the point.

“No policy, however loosely drafted, could have led a reasonable person to believe that a holiday with a friend was council business,” she wrote.

Current Carbine Coast mayor Tessa Lindqvist said she hoped the judgment would bring the matter to a close.

“Our community has been dragged through this for far too long,” Cr Lindqvist said.

“We have overhauled every policy that allowed this to happen, and we’ve recovered a significant portion of the money.”

A spokesman for the Queensland Public Integrity Commission, which investigated Prideaux after a complaint from a council employee, said the outcome sent “a clear message to elected officials across the state”.

Prideaux, who was released on parole earlier this year, declined to comment when contacted by The Courier-Mail.""",
        [
            ("orthodox and correct", "Margaret Fairweather"),
            ("The evidence that the appellant", "Margaret Fairweather"),
            ("He arranged for a personal", "Margaret Fairweather"),
            ("vague to the point of", "Simon Aldous"),
            ("No policy, however loosely drafted,", "Margaret Fairweather"),
            ("Our community has been dragged", "Tessa Lindqvist"),
            ("We have overhauled every policy", "Tessa Lindqvist"),
            ("a clear message to elected", "spokesman"),
        ],
    ),
    (
        """Outback town faces toughest water restrictions as bore fails

ABC Pilbara

By Tom Rutherford

Posted Mon 5 Feb 2024 at 6:02am, updated Mon 5 Feb 2024 at 9:40am

Residents of the remote West Australian town of Karrak have been told to cut household water use by half after the failure of one of the town's two main bores.

The Shire of Karrak introduced emergency level-four restrictions on Friday, banning all garden watering and the filling of swimming pools until further notice.

Shire president Noel Barrington said the council had no choice.

"We've got roughly three weeks of storage if people keep using water the way they were in January," Mr Barrington said.

"That's not a scare tactic. That's just the maths."

The town of about 1,100 people relies on groundwater supplied by Regional Water WA, which operates a bore field 14 kilometres east of town.

A Regional Water WA spokeswoman said a pump failure had been detected on January 28 and a replacement part was being trucked from Perth.

"We expect the bore to be back online within a fortnight, subject to weather and road conditions," she said.

She said carting water by road from the coast was being considered "as a contingency".

But some locals say the problem has been years in the making.

Roadhouse owner Debbie Olszewski said the town had been promised a third bore in 2019.

"They came out, they did the survey, they put up a sign," Ms Olszewski said. "Five years later, there's still a sign and still no bore."

She said the restrictions were hitting businesses hard in the middle of summer, when temperatures regularly top 45 degrees Celsius.

"I've got a cool room, I've got a kitchen, I've got showers for the truckies. I can't halve any of that."

Member for Gascoyne Ranges Peta Harland said she had written to the Water Minister demanding an urgent timeline for the third bore.

"Regional towns are not second-class communities. If this were a suburb of Perth, it would have been fixed years ago," Ms Harland said.

A spokesman for Water Minister Daniel Orchard said $4.2 million had been allocated for new infrastructure in Karrak in the 2023-24 state budget and that drilling would begin "later this year".""",
        [
            ("We've got roughly three weeks", "Noel Barrington"),
            ("That's not a scare tactic.", "Noel Barrington"),
            ("We expect the bore to", "spokeswoman"),
            ("as a contingency", "spokeswoman"),
            ("They came out, they did", "Debbie Olszewski"),
            ("Five years later, there's still", "Debbie Olszewski"),
            ("I've got a cool room,", "Debbie Olszewski"),
            ("Regional towns are not second-class", "Peta Harland"),
            ("later this year", "spokesman"),
        ],
    ),
    (
        """Northern Arc rail blowout 'not a surprise' to agency, inquiry told

By Olivia Brandt, State Political Reporter

May 16, 2024 — 4.15pm

The head of Victoria's rail construction agency has told a parliamentary inquiry that a $2.3 billion cost blowout on the Northern Arc rail project was flagged to government more than a year before it was made public.

Victorian Rail Projects Authority chief executive Leonie Marchetti appeared before the Legislative Council's economy and infrastructure committee on Thursday.

Under questioning from Opposition MP Craig Dunstan, Marchetti confirmed her agency had provided revised estimates to the Department of Transport in June 2022, five months before the state election.

"We provided our best advice at the time, and that advice reflected the risks we were seeing in the market," Marchetti said.

"Construction costs across the eastern seaboard rose sharply through 2022. Steel, concrete, labour – every input went up. We were not immune to that, and no project in the country was."

She said the size of the overrun was "not a surprise" to anyone inside the authority.

In a lengthy opening statement, Marchetti defended the agency's handling of the project.

"I want to be very clear with this committee that at no stage did the authority withhold information from government or from the public.

"We reported through the proper channels, on the proper timelines, as we are required to do.

"Whether and when that information is made public is a matter for ministers, not for officials."

Dunstan said the evidence showed the government had "deliberately kept Victorians in the dark" during the election campaign.

"They knew. The department knew, the minister's office knew, and they said nothing until after the votes were counted," Dunstan told reporters after the hearing.

Transport Infrastructure Minister Ben Halloran rejected the claim.

"The first time a verified, final figure came to me was in September last year, and we released it within weeks," Halloran said.

"Draft estimates come and go. You don't announce every draft."

Greens MP Isla Fairbrother, who sits on the committee, said the minister's answer was "not good enough" and called for the June 2022 advice to be tabled in full.

A Department of Transport spokesperson said it would "consider any request from the committee in line with usual processes".

The committee's interim report, "Delivering Value for Victorians", released in February, found cost estimates on four major projects had been revised upward by a combined $7.1 billion since 2021.

Its final report is due by the end of August.""",
        [
            ("not a surprise", "Leonie Marchetti"),
            ("We provided our best advice", "Leonie Marchetti"),
            ("Construction costs across the eastern", "Leonie Marchetti"),
            ("not a surprise", "Leonie Marchetti"),
            ("I want to be very", "Leonie Marchetti"),
            ("We reported through the proper", "Leonie Marchetti"),
            ("Whether and when that information", "Leonie Marchetti"),
            ("deliberately kept Victorians in the", "Craig Dunstan"),
            ("They knew. The department knew,", "Craig Dunstan"),
            ("The first time a verified,", "Ben Halloran"),
            ("Draft estimates come and go.", "Ben Halloran"),
            ("not good enough", "Isla Fairbrother"),
            ("consider any request from the", "spokesperson"),
        ],
    ),
    (
        """Councillor failed to declare developer links, watchdog finds

By Sam Whitford

August 28, 2024 — 11.52am

A south-east Queensland councillor failed to declare her links to a property developer before voting on three of its applications, according to a report by the state's integrity watchdog.

The Queensland Public Integrity Commission report, tabled in State Parliament on Wednesday, found Corella Range Regional Council councillor Janine Whitcombe had received more than $18,000 in campaign donations and hospitality from Greenvale Land Group before the votes in 2022 and 2023.

The commission found Cr Whitcombe's conduct “could constitute corrupt conduct” but did not recommend criminal charges, instead referring the matter to the Councillor Conduct Tribunal.

“The councillor’s failure to declare was not an oversight,” the report said. “On at least one occasion she was reminded of her obligations by the council’s chief executive and chose not to act on that advice.”

Commission chairperson Bronwyn Tait said the case highlighted “a persistent blind spot” in local government.

“Declaring a conflict is not optional, and it is not complicated,” Ms Tait said. “When councillors fail to do it, the public is entitled to ask whose interests they are serving.”

In a statement released through her lawyer, Cr Whitcombe said she had “always acted in the best interests of the Corella Range community” and would contest the referral.

“I have never hidden my support for sensible growth in our region, and I never will,” the statement said.

Greenvale Land Group said in a statement it had complied with all disclosure laws and was “reviewing the report carefully”.

“Every donation we have made is on the public record,” the company said. “We reject any suggestion of impropriety.”

Local Government Minister Ashleigh Drummond told reporters at Parliament House she had asked her department for advice on whether further action was warranted.

“I’ve read the report and frankly it’s disappointing,” she said. “Queenslanders expect better.”

Corella Range mayor Neil Patterson said the council had since introduced mandatory conflict-of-interest training for all councillors.

“We take our obligations seriously, and we will co-operate fully with the tribunal,” Cr Patterson said.

One councillor, who did not want to be named, said colleagues had raised concerns about Cr Whitcombe’s voting “for the better part of two years”.

“Everyone could see it. Nobody wanted to be the one to say it,” the councillor said.

The tribunal is expected to hear the matter early next year.""",
        [
            ("could constitute corrupt conduct", "Queensland Public Integrity Commission"),
            ("The councillor’s failure to declare", "Queensland Public Integrity Commission"),
            ("On at least one occasion", "Queensland Public Integrity Commission"),
            ("a persistent blind spot", "Bronwyn Tait"),
            ("Declaring a conflict is not", "Bronwyn Tait"),
            ("When councillors fail to do", "Bronwyn Tait"),
            ("always acted in the best", "Janine Whitcombe"),
            ("I have never hidden my", "Janine Whitcombe"),
            ("reviewing the report carefully", "Greenvale Land Group"),
            ("Every donation we have made", "Greenvale Land Group"),
            ("We reject any suggestion of", "Greenvale Land Group"),
            ("I’ve read the report and", "Ashleigh Drummond"),
            ("Queenslanders expect better.", "Ashleigh Drummond"),
            ("We take our obligations seriously,", "Neil Patterson"),
            ("for the better part of", "councillor"),
            ("Everyone could see it.", "councillor"),
        ],
    ),
]
