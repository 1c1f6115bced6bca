CASES = [
    (
        """A&E waits at Strathallan hospitals worst on record as health chief admits 'significant pressure'

By Fiona MacLeod
Health Correspondent

Patients at accident and emergency departments run by NHS Strathallan faced the longest waits on record last month, with fewer than six in ten seen within four hours, new figures show.

Official statistics published yesterday showed 58.3 per cent of attendances at the board's three emergency departments were dealt with inside four hours in the week ending October 13, against a national target of 95 per cent.

At Perrymuir Royal Infirmary, the board's largest hospital, 412 patients spent more than 12 hours in the department over the course of September, the highest monthly figure since records began.

Dr Alasdair Kerr, medical director of NHS Strathallan, said staff were working "flat out" in extremely difficult circumstances.

"Our emergency departments are under significant pressure, and I want to apologise to every patient who has waited longer than they should have," he said.

"We are seeing higher numbers of frail, elderly patients who need to be admitted, and the difficulty is that we cannot move people through the hospital quickly enough because beds are occupied by patients who are well enough to go home but have nowhere suitable to go."

He added that the board had opened 24 additional surge beds and was working with the local health and social care partnership to reduce delayed discharge, which accounted for around one in eight occupied beds at Perrymuir last week.

The Scottish Association of Emergency Clinicians described the figures as "deeply alarming".

Dr Morag Henderson, the association's vice-chair, said: "These are not just numbers on a spreadsheet. Behind every one of these long waits is a person, very often elderly, lying on a trolley in a corridor for hours on end. We know that long waits in emergency departments are associated with avoidable harm."

Scottish Conservative health spokesman Graeme Doig said the figures were "a damning indictment" of the Scottish Government's stewardship of the NHS.

"The health secretary has been warned time and again that this winter would be worse than the last, yet we are still in October and the system is already buckling," he said.

A Scottish Government spokeswoman said: "We recognise that too many patients are waiting too long, and we are clear that performance must improve."

She said ministers had provided £14 million to health boards this year to help tackle delayed discharge and that a national winter plan would be published next week.""",
        [
            ("significant pressure", "Alasdair Kerr"),
            ("flat out", "Alasdair Kerr"),
            ("Our emergency departments are under", "Alasdair Kerr"),
            ("We are seeing higher numbers", "Alasdair Kerr"),
            ("deeply alarming", "Scottish Association of Emergency Clinicians"),
            ("These are not just numbers", "Morag Henderson"),
            ("a damning indictment", "Graeme Doig"),
            ("The health secretary has been", "Graeme Doig"),
            ("We recognise that too many", "spokeswoman"),
        ],
    ),
    (
        """First Minister accused of presiding over “two-tier health service” as more Scots pay for surgery

By Calum Reid
Political Correspondent

Ewan Strachan has been accused of presiding over a “two-tier health service” after figures showed the number of Scots paying for their own hip and knee operations has more than doubled in five years.

At First Minister’s Questions, Scottish Labour leader Claire Dunlop said patients were being “forced to raid their savings” to escape waiting lists that now stretch beyond two years for some orthopaedic procedures.

She told MSPs about a constituent, a 71-year-old retired joiner from Auchterlair, who had been told he faced a wait of 104 weeks for a knee replacement at his local hospital.

“He worked his whole life, he paid into the system his whole life, and when he needed it, the system told him to wait two years,” Ms Dunlop said. “So he borrowed £14,000 from his daughter and had the operation done privately in six weeks.

“That is what a two-tier health service looks like, First Minister. Those who can pay get treated. Those who can’t are left in pain.”

Mr Strachan said he “fully accepted” that some waits were far too long but insisted the Scottish Government was making progress.

“I am not going to stand here and pretend that any patient waiting two years for an operation is acceptable, because it is not,” he said. “But we have opened two new national treatment centres this year, and the number of patients waiting more than 78 weeks has fallen for six consecutive months.”

He accused Labour of “talking down” the work of NHS staff, prompting jeers from the opposition benches.

Ms Dunlop returned to the issue in her second question, asking how many patients had been removed from waiting lists after opting to go private. The First Minister said he did not have the figure to hand but would write to her.

Scottish Liberal Democrat MSP Rhona Guthrie later raised the case of a woman in Lochbrae who has been waiting three years for a hip operation. Mr Strachan said he would ask the health secretary, Neil Baird, to look into it personally.

Outside the chamber, a spokesman for the First Minister said ministers would publish an updated orthopaedic recovery plan “within weeks”.

But a senior Labour source said the exchanges had exposed a government “out of ideas and out of time”.

“He had nothing to say to that man in Auchterlair, and he knows it,” the source said.""",
        [
            ("two-tier health service", "Claire Dunlop"),
            ("two-tier health service", "Claire Dunlop"),
            ("forced to raid their savings", "Claire Dunlop"),
            ("He worked his whole life,", "Claire Dunlop"),
            ("So he borrowed £14,000 from", "Claire Dunlop"),
            ("That is what a two-tier", "Claire Dunlop"),
            ("fully accepted", "Ewan Strachan"),
            ("I am not going to stand", "Ewan Strachan"),
            ("But we have opened two", "Ewan Strachan"),
            ("talking down", "Ewan Strachan"),
            ("within weeks", "spokesman"),
            ("out of ideas and out", "senior Labour source"),
            ("He had nothing to say", "senior Labour source"),
        ],
    ),
    (
        """Island cancer patients 'let down' by treatment delays, charity warns

by Kirsty Munro

Cancer patients in the Lorne and Isles health board area are being "let down" by delays that leave some waiting more than two months to begin treatment, a charity has warned.

Official figures published on Tuesday show just 71% of patients referred with an urgent suspicion of cancer by NHS Lorne and Isles started treatment within the 62-day standard between April and June. The target is 95%.

Islands Cancer Support, which runs a volunteer transport service from Port Ardmhor to mainland hospitals, said the figures reflected what its drivers were seeing every week.

In a report titled "Miles Apart", the charity found that island patients travelled an average of 190 miles for each round trip to radiotherapy appointments at Inverbrodie General Hospital, with many needing an overnight stay because of ferry times.

Its chief executive, Donald Macaulay, said: "Island patients are being let down. We hear from people who have spent the best part of two days travelling to an appointment that lasted 15 minutes, only to be told their scan has to be rescheduled."

He said the charity had been "inundated" with calls since the summer timetable cut the number of sailings from Port Ardmhor.

"We have people choosing not to go ahead with treatment because they simply can't face the journey," Mr Macaulay added. "That should shame all of us."

Retired teacher Catriona Morrison, 64, from Baile na Creige, was diagnosed with breast cancer last year. She said the hardest part had not been the surgery but the waiting.

"You're sitting at home with this thing inside you and you're counting the days," she said. "Every time the phone went I thought it would be the hospital. Most of the time it wasn't."

According to the health board, recruitment of a second consultant oncologist had proved "extremely challenging", and locum cover had been used to fill the gaps.

A statement from NHS Lorne and Isles said: "We fully recognise the distress that any delay causes to patients and their families. Our teams are working closely with colleagues in mainland boards to secure additional diagnostic capacity, and we expect to see an improvement over the coming months."

The board added that it was piloting video consultations for follow-up appointments to reduce the number of journeys patients have to make.

Highlands and Islands MSP Iain Matheson said he would raise the report with health secretary Neil Baird.

"Geography cannot be an excuse for worse outcomes," he said. "People on the islands pay the same taxes and deserve the same standard of care."

The charity's report will be presented to the health board at its next public meeting.""",
        [
            ("let down", "Islands Cancer Support"),
            ("let down", "Islands Cancer Support"),
            ("Island patients are being let", "Donald Macaulay"),
            ("inundated", "Donald Macaulay"),
            ("We have people choosing not", "Donald Macaulay"),
            ("That should shame all of", "Donald Macaulay"),
            ("You're sitting at home with", "Catriona Morrison"),
            ("Every time the phone went", "Catriona Morrison"),
            ("extremely challenging", "NHS Lorne and Isles"),
            ("We fully recognise the distress", "NHS Lorne and Isles"),
            ("Geography cannot be an excuse", "Iain Matheson"),
            ("People on the islands pay", "Iain Matheson"),
        ],
    ),
    (
        """Gran, 87, left on hospital trolley in corridor for 31 hours

Exclusive by Scott McBride

A heartbroken family have told of their horror after an 87-year-old gran was left on a trolley in a hospital corridor for 31 hours.

Isobel Gilchrist, who has dementia, was rushed to Drumcarron University Hospital by ambulance on Friday night after a fall at her home in Mossvale.

Her granddaughter Lauren Gilchrist, 34, said the former nurse was left without a proper meal for hours and had to be helped to the toilet by other patients' relatives.

Lauren told the Record: "It was disgraceful. My gran gave 40 years to the NHS as a nurse and this is how it treats her at the end of her life.

"She was frightened, she didn't know where she was, and every time I asked what was happening I was told they were waiting on a bed. The staff were run off their feet. I don't blame them one bit."

The family said Isobel was finally moved to a ward at 3am on Sunday - more than a day after she arrived.

Lauren added: "Nobody should have to see their gran lying in a corridor with a blanket over her legs and a sick bowl on her lap. I just kept thinking, what if that was my mum? What if that was me in 50 years?"

Her mum, Janice Gilchrist, 61, has lodged a formal complaint with NHS Clydemuir.

"We're not after compensation. We just want somebody to say sorry and mean it, and to promise it won't happen to the next family," she said.

Local Labour MSP Paul Rennie branded the case "utterly shameful" and said he would raise it with the health secretary.

He said: "I've had three families in touch with me this month alone with stories like this. This is what happens when you run a hospital at 100 per cent capacity all year round."

Angela Fraser, director of acute services at NHS Clydemuir, said: "I would like to apologise to Mrs Gilchrist and her family for the length of time she spent in our emergency department. This is not the standard of care we want for any of our patients."

The board said the hospital had faced "exceptionally high demand" over the weekend, with more than 90 patients waiting for a bed at one point on Saturday.

A Scottish Government spokesperson said: "No patient should have to wait this long, and our thoughts are with Mrs Gilchrist and her family. We expect NHS Clydemuir to respond fully to the family's concerns."

It added that £200 million was being invested this year to reduce waiting times and improve the flow of patients through hospitals.""",
        [
            ("It was disgraceful. My gran", "Lauren Gilchrist"),
            ("She was frightened, she didn't", "Lauren Gilchrist"),
            ("Nobody should have to see", "Lauren Gilchrist"),
            ("We're not after compensation. We", "Janice Gilchrist"),
            ("utterly shameful", "Paul Rennie"),
            ("I've had three families in", "Paul Rennie"),
            ("I would like to apologise", "Angela Fraser"),
            ("exceptionally high demand", "NHS Clydemuir"),
            ("No patient should have to", "spokesperson"),
        ],
    ),
    (
        """Health board warns of 'difficult choices' to close £48m gap

NHS Tayforth has warned it faces "difficult choices" about local services as it tries to close a funding gap of almost £48m.

Papers prepared for a board meeting on Thursday said the health board could not balance its books "without significant changes to the way services are delivered".

They describe the financial position as "the most serious the organisation has faced since its creation".

Options under consideration include closing overnight minor injuries services at community hospitals in Glenmorran and Aberlunan, and further reducing the use of agency nurses.

The board's chief executive, Gillian Wardrop, told BBC Scotland no decisions had been taken.

"I want to be really clear that nothing has been decided, and that we will talk to the public before any changes are made," she said.

"But I would be failing in my duty if I pretended that we can carry on doing everything exactly as we do now. We can't."

Ms Wardrop said the board had already saved £21m this year, largely by cutting spending on locums and agency staff.

She said rising drug costs, pay awards and an ageing population meant demand was outstripping the money available.

One senior clinician at the board, who asked not to be named, said staff were "exhausted" by repeated rounds of savings.

"Every year we're told this is the year it gets sorted, and every year it gets worse," the clinician said. "People are starting to vote with their feet."

In Glenmorran, community council chairman Hamish Petrie said residents would fight any attempt to close the town's minor injuries unit at night.

"If you take that away, you're looking at a 40-minute drive to the nearest A&E on a good day, and in winter it can be a lot longer than that," he said.

"Older folk here don't drive at night. What are they supposed to do?"

The Scottish government said health boards had received record funding this year, including an extra £2bn for front-line services.

A spokesperson said boards had a statutory duty to break even "while maintaining safe and effective services for patients".""",
        [
            ("difficult choices", "NHS Tayforth"),
            ("difficult choices", "NHS Tayforth"),
            ("without significant changes to the", "NHS Tayforth"),
            ("the most serious the organisation", "NHS Tayforth"),
            ("I want to be really", "Gillian Wardrop"),
            ("But I would be failing", "Gillian Wardrop"),
            ("exhausted", "senior clinician at the board"),
            ("Every year we're told this", "senior clinician at the board"),
            ("People are starting to vote", "senior clinician at the board"),
            ("If you take that away,", "Hamish Petrie"),
            ("Older folk here don't drive", "Hamish Petrie"),
            ("while maintaining safe and effective", "spokesperson"),
        ],
    ),
    (
        """Health secretary admits treatment guarantee ‘will not be met’ before election

By Andrew Lennox
Holyrood Editor

Scotland’s health secretary has conceded that the legal guarantee that patients will be treated within 12 weeks of agreeing to a procedure will not be met before the next Holyrood election.

Neil Baird told MSPs on Holyrood’s health committee that it would be “dishonest” to suggest otherwise, as he faced questions over figures showing more than 160,000 people are waiting beyond the 12-week limit.

The treatment time guarantee was written into law more than a decade ago, but has not been met in full since before the pandemic.

Pressed by the committee’s convener, Labour MSP Jackie Forsyth, on whether it would be delivered by May 2026, Mr Baird replied: “No. If I’m being straight with the committee, it will not be met by then, and I think members would rightly take a dim view of me if I sat here and told you otherwise.

“What I can tell you is that the longest waits are coming down, and that is where we have focused our effort, because those are the patients who are suffering the most.”

Ms Forsyth said patients had been given a promise in law “that isn’t worth the paper it’s written on”.

She added: “People are entitled to know whether the guarantee still means anything. If it doesn’t, the government should say so.”

Conservative MSP Douglas Learmonth asked whether ministers would consider scrapping the guarantee altogether. Mr Baird said he had “no plans” to do so, arguing it remained an important marker of what patients should expect.

In written evidence to the committee, the Scottish Association of General Practitioners said the hospital backlog was “spilling over” into general practice, with family doctors “managing patients who should have been treated months ago”.

Dr Ruth Anstruther, the Scottish Government’s director of health performance, told the committee that all health boards had been given new targets for the current year.

“We have set boards a clear expectation that nobody should be waiting more than 52 weeks for an inpatient procedure by the end of next March,” she said.

She conceded that several boards, including NHS Tayforth and NHS Strathallan, were “some distance” from that goal.

Patients First Scotland, a patient advocacy group, said in a statement: “Today’s admission is at least honest. But honesty is not a plan, and patients who have been waiting in pain for more than a year deserve to know when they will be treated.”""",
        [
            ("will not be met", "Neil Baird"),
            ("dishonest", "Neil Baird"),
            ("No. If I’m being straight", "Neil Baird"),
            ("What I can tell you", "Neil Baird"),
            ("that isn’t worth the paper", "Jackie Forsyth"),
            ("People are entitled to know", "Jackie Forsyth"),
            ("no plans", "Neil Baird"),
            ("spilling over", "Scottish Association of General Practitioners"),
            ("managing patients who should have", "Scottish Association of General Practitioners"),
            ("We have set boards a", "Ruth Anstruther"),
            ("some distance", "Ruth Anstruther"),
            ("Today’s admission is at least", "Patients First Scotland"),
        ],
    ),
    (
        """Eden and Forth children waiting up to 18 months for mental health help

By Gemma Rattray

Children in Eden and Forth are waiting up to 18 months to be seen by mental health services, with one mother saying her son's condition "got worse every single week" while he was on the list.

Figures obtained by The Courier under freedom of information legislation show 214 children and young people had been waiting more than a year for a first appointment with the region's child and adolescent mental health service (CAMHS) at the end of August.

The Scottish Government standard says 90% of young people should start treatment within 18 weeks of referral.

Sarah Lindsay, from Kinnesbank, said her 12-year-old son Josh was referred in the spring of last year after he stopped going to school.

"He went from being a happy wee boy who loved his football to someone who wouldn't leave his bedroom," she said.

"We were told at the start it could be a long wait, but nobody said it would be this long. It got worse every single week.

"I was phoning them, phoning his GP, phoning the school, and everybody was sympathetic, but nobody could actually do anything."

Mrs Lindsay said the family eventually paid £900 for a private assessment.

"I know plenty of families who couldn't do that, and that's what keeps me up at night," she said.

Kinnesbank councillor Tom Buchanan, who has raised the issue repeatedly with the health board, described the figures as "a scandal hiding in plain sight".

"These are children at the most vulnerable point in their lives," he said. "If an adult waited 18 months for cancer treatment there would be uproar."

One CAMHS clinician, who did not want to be named, told The Courier the service was "running on goodwill" after losing several experienced staff to neighbouring boards.

A statement from NHS Eden and Forth said: "We are very sorry that some children and young people are waiting longer than we would want, and we understand how distressing this is for families.

"Additional staff have been recruited over the past year and we are also working with third sector partners to offer earlier support to those on our waiting list."

The board said it expected the longest waits to be cleared "by the end of the next financial year".""",
        [
            ("got worse every single week", "Sarah Lindsay"),
            ("He went from being a", "Sarah Lindsay"),
            ("We were told at the", "Sarah Lindsay"),
            ("I was phoning them, phoning", "Sarah Lindsay"),
            ("I know plenty of families", "Sarah Lindsay"),
            ("a scandal hiding in plain", "Tom Buchanan"),
            ("These are children at the", "Tom Buchanan"),
            ("If an adult waited 18", "Tom Buchanan"),
            ("running on goodwill", "CAMHS clinician"),
            ("We are very sorry that", "NHS Eden and Forth"),
            ("Additional staff have been recruited", "NHS Eden and Forth"),
            ("by the end of the", "NHS Eden and Forth"),
        ],
    ),
    (
        """Health board placed under direct government oversight after A&E failings

NHS Strathallan has been escalated to stage four of the Scottish Government's performance framework, meaning ministers will now have direct oversight of its emergency care.

Health secretary Neil Baird announced the move in a statement to Holyrood on Tuesday, citing "sustained and serious concerns" about waiting times and patient safety at Perrymuir Royal Infirmary.

Stage four sits one level below full intervention, often referred to as "special measures".

An external assurance review carried out in the summer found patients were routinely being "boarded" in wards unsuited to their condition and that staffing rotas were regularly left unfilled.

"I have not taken this decision lightly," Mr Baird told MSPs. "Staff at Perrymuir are working incredibly hard, and this is not a judgement on them. It is a recognition that the board needs more support than it has been able to secure on its own."

He said a turnaround director, former health board chief executive Margaret Sillars, would be appointed and would report directly to him.

Scottish Liberal Democrat health spokeswoman Rhona Guthrie said the escalation had been "inevitable for months".

"Clinicians have been sounding the alarm since last winter," she said. "The question the health secretary has to answer is why it took two record-breaking months of A&E waits for him to act."

Speaking after the statement, the board's chair, Robert Kinloch, said he welcomed the additional support.

"We will work openly with the Scottish Government and with Margaret Sillars," he told reporters. "Our focus is on making things better for patients, and we will take whatever help is offered."

Asked whether he would consider his position, Mr Kinloch said: "That is not something I'm considering. My job is to fix this."

Kevin Dolan, regional organiser for the Scottish Health Workers' Union, said: "Our members raised concerns about overcrowding repeatedly and in writing. They were ignored. We hope that now, finally, somebody is listening."

One NHS Strathallan insider described morale on the emergency floor as "at rock bottom", adding that several senior nurses had handed in their notice in the past month.

The board will be required to submit an improvement plan to the Scottish Government within eight weeks.""",
        [
            ("sustained and serious concerns", "Neil Baird"),
            ("I have not taken this", "Neil Baird"),
            ("Staff at Perrymuir are working", "Neil Baird"),
            ("inevitable for months", "Rhona Guthrie"),
            ("Clinicians have been sounding the", "Rhona Guthrie"),
            ("The question the health secretary", "Rhona Guthrie"),
            ("We will work openly with", "Robert Kinloch"),
            ("Our focus is on making", "Robert Kinloch"),
            ("That is not something I'm", "Robert Kinloch"),
            ("Our members raised concerns about", "Kevin Dolan"),
            ("at rock bottom", "NHS Strathallan insider"),
        ],
    ),
]
