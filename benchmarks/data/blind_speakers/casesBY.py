CASES = [
    (
        """Councillors reject 340-home Brackenford scheme against officers' advice

By Helen Marsh, Local Democracy Reporting Service

Plans to build 340 homes on farmland at the edge of Brackenford have been thrown out by councillors, despite officers recommending approval.

Members of Kettleby District Council's planning committee voted eight to three against the scheme from Orrin Homes at a packed meeting on Tuesday evening.

The developer had proposed a mix of two, three and four-bedroom houses on fields off Mill Lane, with 30 per cent of them classed as affordable.

But ward councillor Margaret Threlfall (Ind) told the committee the village's roads and doctors' surgery could not cope.

She said: "Anyone who has tried to get out of Mill Lane at half past eight in the morning will tell you the same thing. It is simply gridlocked.

"We are not against new homes. We are against this many homes, in this place, with nothing to support them."

Cllr Threlfall said the nearest GP practice already had a waiting list of "three weeks or more" for routine appointments.

The district council's planning officers had recommended approval, stating in their report that the site was "a sustainable location for growth with acceptable highway impacts".

Speaking on behalf of Orrin Homes, agent Priya Raman told members the company had "listened carefully" to residents and cut the number of homes from an original 410.

"This is a well-designed scheme that will deliver much-needed family housing for local people," she said. "We are disappointed by tonight's decision and will be considering our options."

Committee chairman Cllr Geoffrey Barnes warned colleagues that refusing the application went against professional advice and could leave the council facing costs if the developer appealed.

"We have to have sound planning reasons," he said. "Strength of feeling alone is not a reason."

Cllr Anil Chaudhry, who proposed refusal, cited harm to the character of the village and the loss of good-quality farmland.

Around 60 residents attended the meeting, many holding placards reading "Save Mill Lane Fields".

Outside the council chamber, Brackenford Residents' Association chairwoman Susan Pike said the result was "a victory for common sense".

She added: "But we are under no illusions. They will be back."

Orrin Homes has six months to lodge an appeal against the decision.""",
        [
            ("Anyone who has tried to", "Margaret Threlfall"),
            ("three weeks or more", "Margaret Threlfall"),
            ("a sustainable location for growth", "planning officers"),
            ("listened carefully", "Priya Raman"),
            ("This is a well-designed scheme", "Priya Raman"),
            ("We are disappointed by tonight's", "Priya Raman"),
            ("We have to have sound", "Geoffrey Barnes"),
            ("Strength of feeling alone is", "Geoffrey Barnes"),
            ("a victory for common sense", "Susan Pike"),
            ("But we are under no", "Susan Pike"),
        ],
    ),
    (
        """Drink-driver crashed outside primary school at home time

A van driver who was nearly four times the legal alcohol limit when he crashed into a parked car outside a primary school has been banned from the roads for three years.

Craig Dunmore, 38, of Ashcombe Road, Felsham, admitted drink-driving when he appeared before Stonebury Magistrates' Court on Monday.

The court heard that Dunmore's white van mounted the kerb in Chapel Street shortly after 3pm on Friday, August 9, and struck an unoccupied hatchback.

Prosecuting, Louise Harker said parents were gathering to collect children from St Aldhelm's Primary School at the time.

"Several witnesses describe the defendant getting out of the vehicle, swaying, and attempting to walk away from the scene," she said.

"One parent took his keys from the ignition and kept hold of them until police arrived."

A breath test at the police station showed 131 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.

Miss Harker told magistrates that Dunmore had initially told officers he had drunk "a couple of pints at lunch".

Representing himself, Dunmore told the bench he had been drinking heavily since the breakdown of his marriage earlier this year.

"I'm not going to make excuses," he said. "I know what could have happened. There were kids everywhere. I think about it every night."

A letter from his employer, Felsham-based plumbing firm RK Heating Services, described him as "a reliable and hard-working member of the team" and said his job depended on his ability to drive.

Chairman of the bench Patricia Oyelaran said the reading was "exceptionally high" and the location made the offence more serious.

"You are extremely fortunate that nobody was hurt," she told him. "It does not bear thinking about what might have happened had that car been a child."

As well as the 36-month driving ban, Dunmore was given a 12-month community order with 150 hours of unpaid work and must attend 20 rehabilitation activity days.

He was also ordered to pay £85 costs, a £114 victim surcharge and compensation of £1,200 to the owner of the damaged car.

The ban will be reduced by up to nine months if he completes a drink-drive rehabilitation course.""",
        [
            ("Several witnesses describe the defendant", "Louise Harker"),
            ("One parent took his keys", "Louise Harker"),
            ("a couple of pints at lunch", "Craig Dunmore"),
            ("I'm not going to make", "Craig Dunmore"),
            ("I know what could have", "Craig Dunmore"),
            ("a reliable and hard-working member", "RK Heating Services"),
            ("exceptionally high", "Patricia Oyelaran"),
            ("You are extremely fortunate that", "Patricia Oyelaran"),
            ("It does not bear thinking", "Patricia Oyelaran"),
        ],
    ),
    (
        """Burglar who crept into pensioners’ homes at night is jailed

By Tom Ellery, Court Reporter

A serial burglar who targeted the homes of elderly people across Amberhithe while they slept has been jailed for six years.

Jordan Leach, 29, formerly of Tanner’s Row, Amberhithe, broke into four properties over a fortnight in March, stealing jewellery, cash and a war medal.

He was sentenced at Hallowford Crown Court on Thursday after pleading guilty to four counts of burglary of a dwelling and one of fraud, having used a stolen bank card to buy cigarettes and alcohol.

Prosecutor Simon Achebe said Leach had got in through unlocked back doors and insecure windows between midnight and 4am, and on one occasion had walked into a bedroom where an 84-year-old woman was asleep.

She woke to find him going through her dressing table drawers. He told her to “go back to sleep, love” before leaving with her handbag, the court heard.

In a victim personal statement read to the court, the pensioner, who asked not to be named, said she no longer felt safe in the house she had lived in for 51 years.

“I used to leave the back door open in summer so the cat could come and go,” she wrote. “Now I check every lock three times and I still don’t sleep.

“My son wants me to move in with him. I don’t want to leave my home, but I don’t know if I can stay in it.”

Another victim, retired postman Arthur Pennock, 79, said the loss of his father’s wartime medal had been “like losing him all over again”. The medal has not been recovered.

Defending, Rachel Quinlan said Leach had a long-standing heroin addiction and had committed the offences to fund his habit. She said he was “deeply ashamed” and had written letters of apology to each of his victims.

“He has been clean in custody for five months and is determined to stay that way,” she said.

Sentencing, Her Honour Judge Caroline Ashworth told Leach: “You chose your victims because they were old and vulnerable, and because you thought they would be easy targets.

“You have robbed them not only of their possessions but of their peace of mind in their own homes, and that is something no sentence of this court can give back to them.”

Judge Ashworth said Leach’s guilty pleas had spared the victims from having to give evidence, and reduced his sentence accordingly.

After the hearing, Detective Constable Megan Rowe, of Vale and Downs Police, said: “Leach preyed on some of the most vulnerable people in our community. I hope today’s sentence brings them some comfort.”""",
        [
            ("go back to sleep, love", "Jordan Leach"),
            ("I used to leave the", "pensioner"),
            ("Now I check every lock", "pensioner"),
            ("like losing him all over again", "Arthur Pennock"),
            ("deeply ashamed", "Rachel Quinlan"),
            ("He has been clean in", "Rachel Quinlan"),
            ("You chose your victims because", "Caroline Ashworth"),
            ("Leach preyed on some of", "Megan Rowe"),
        ],
    ),
    (
        """Hundreds of patients waited more than a day in A&E, board told

More than 400 patients spent over 24 hours in the emergency department at Stonebury General Hospital in the space of three months, new figures show.

The data is contained in a report to the board of Stonebury and Felsham Hospitals NHS Trust, which met in public on Wednesday.

The report, written by chief operating officer Dr Fiona McAllister, describes the situation as ‘the most challenging winter period the trust has experienced’ and warns that corridor care has become ‘a daily reality rather than an exception’.

It says 412 patients waited longer than a day between arriving at A&E and being admitted to a ward or discharged between December and February, compared with 156 in the same period a year earlier.

Dr McAllister told the board that around one in five of the hospital’s 640 beds was occupied by a patient who was medically fit to leave but could not be discharged because no care package or nursing home place was available.

‘We are running at 98 or 99 per cent occupancy almost every day,’ she said. ‘When you cannot get people out of the back door, you cannot get people in through the front door. It really is as simple as that.’

Non-executive director Graham Tolley asked what was being done to protect the dignity of patients treated in corridors.

He said he had received letters from relatives describing elderly patients left on trolleys ‘for hours without so much as a blanket’.

Chief nurse Angela Brightwell said additional healthcare assistants had been rostered to the department and that every corridor patient was now checked at least hourly.

‘I will not pretend this is where any of us wants to be,’ she said.

‘Our staff are working incredibly hard in very difficult conditions, and I want to thank them publicly for that.’

In a statement, Amberhithe County Council, which is responsible for adult social care, said it had spent an extra £2.3 million this year on home care and was ‘working closely with hospital colleagues to speed up discharges’.

Bernadette Yeo, chairwoman of patient group Stonebury Health Watchers, said the figures were ‘frankly shocking’.

She said: ‘My own mother spent 31 hours in that department last month. The nurses were wonderful, but no-one should have to go through that, least of all a 90-year-old woman.’""",
        [
            ("the most challenging winter period", "Fiona McAllister"),
            ("a daily reality rather than", "Fiona McAllister"),
            ("We are running at 98", "Fiona McAllister"),
            ("When you cannot get people", "Fiona McAllister"),
            ("for hours without so much", "relatives"),
            ("I will not pretend this", "Angela Brightwell"),
            ("Our staff are working incredibly", "Angela Brightwell"),
            ("working closely with hospital colleagues", "Amberhithe County Council"),
            ("frankly shocking", "Bernadette Yeo"),
            ("My own mother spent 31", "Bernadette Yeo"),
        ],
    ),
    (
        """Family bakery to close after 62 years as costs soar

By Nadia Hussain

A family bakery which has served shoppers in Castle Street, Hallowford, for more than six decades will close its doors for the final time later this month.

Pennington's Bakery was opened in 1962 by Albert and Joan Pennington and is now run by their granddaughter, Louise Pennington-Shaw, 41.

She said soaring energy bills, the rising cost of flour and butter and a proposed rent increase had left the business with no future.

"It has been the hardest decision of my life," she said. "My grandparents built this place from nothing. I grew up sweeping this floor on Saturday mornings.

"But when your electricity bill goes from £900 a month to nearly £3,000, and you're being asked to find another £8,000 a year in rent, the sums just don't add up any more. I'd be working for nothing."

Mrs Pennington-Shaw said the bakery's ovens, which run from 4am, were "the single biggest cost" and that she had looked into replacing them but could not afford the outlay.

The shop employs six staff, including two bakers who have been with the business for more than 20 years.

Head baker Trevor Mayhew, 63, who started there as an apprentice aged 16, said: "It's like a death in the family. I've spent more of my life in that bakehouse than anywhere else."

Landlord Castlegate Property Holdings said in a statement that the rent review was "in line with market rates for comparable retail units in the town centre".

It added: "We have valued Pennington's as a tenant for many years and are sorry to learn of its decision. We remain open to further discussions."

News of the closure prompted hundreds of messages on the bakery's social media page, with many customers recalling its custard slices and Christmas stollen.

One wrote: "Absolutely gutted. Been buying my bread there since I was a kid."

Hallowford Chamber of Commerce president Ian Dobbs said the closure was "a huge loss" for Castle Street, which has seen several units fall empty in the past two years.

"Independent businesses like Pennington's are the heart of our high street," he said. "They simply cannot absorb these costs in the way the big chains can, and I fear they won't be the last."

The bakery's last day of trading will be Saturday, March 22.""",
        [
            ("It has been the hardest", "Louise Pennington-Shaw"),
            ("My grandparents built this place", "Louise Pennington-Shaw"),
            ("the single biggest cost", "Louise Pennington-Shaw"),
            ("It's like a death in", "Trevor Mayhew"),
            ("in line with market rates", "Castlegate Property Holdings"),
            ("We have valued Pennington's as", "Castlegate Property Holdings"),
            ("Absolutely gutted. Been buying my", "customer"),
            ("a huge loss", "Ian Dobbs"),
            ("Independent businesses like Pennington's are", "Ian Dobbs"),
            ("They simply cannot absorb these", "Ian Dobbs"),
        ],
    ),
    (
        """Three-weekly bin collections approved despite residents' opposition

By Owen Pritchard, Local Democracy Reporting Service

Households in Felsham will have their general waste collected only once every three weeks from the autumn, after council bosses approved a major shake-up of bin services.

Felsham Borough Council's cabinet voted unanimously on Thursday to move black bin collections from fortnightly to three-weekly from October 6, alongside the introduction of a weekly food waste service.

The authority says the change will save around £1.1 million a year and help push its recycling rate, currently 38 per cent, above 50 per cent by 2028.

“Around a third of what goes into the average black bin in Felsham is food waste, and much of the rest could be recycled,” said Cllr Deborah Lang, cabinet member for environment and neighbourhoods.

“Once food waste is taken out, there is simply far less going in that bin, and far less reason to collect it every fortnight.”

She said larger bins would be available for families with young children in nappies and for households with medical needs, and described the new food caddies as “easy, clean and quick”.

But opposition group leader Cllr Martin Greaves said the council had “failed to listen” to residents, more than 70 per cent of whom opposed the change in a consultation last year.

“People are going to end up with overflowing bins, foxes ripping bags open and fly-tipping on every corner,” he said. “This is a cost-cutting exercise dressed up as an environmental one.”

A report to cabinet acknowledged that the proposal was “likely to be unpopular with a significant proportion of residents” but said comparable councils had not seen a rise in fly-tipping.

Resident Janet Colley, 67, of Wren Close, said she was worried about the summer months.

“We’ve already had maggots in the bin after two weeks in July,” she said. “I dread to think what three weeks will be like.”

A council spokesperson said: “We understand that any change to bin collections can cause concern. We will be writing to every household before the new service begins, and our crews will be on hand to offer advice.

“Residents who are struggling can contact us and we will work with them to find a solution.”

Food caddies will be delivered to homes from September.""",
        [
            ("Around a third of what", "Deborah Lang"),
            ("Once food waste is taken", "Deborah Lang"),
            ("easy, clean and quick", "Deborah Lang"),
            ("failed to listen", "Martin Greaves"),
            ("People are going to end", "Martin Greaves"),
            ("This is a cost-cutting exercise", "Martin Greaves"),
            ("likely to be unpopular with", "Felsham Borough Council"),
            ("We’ve already had maggots in", "Janet Colley"),
            ("I dread to think what", "Janet Colley"),
            ("We understand that any change", "council spokesperson"),
        ],
    ),
    (
        """Man stabbed neighbour in driveway row, jury hears

A man stabbed his neighbour in the chest during a long-running row over a shared driveway, a jury has heard.

Keith Allardyce, 54, of Sandpiper Way, Brackenford, denies attempted murder and an alternative charge of wounding with intent.

Opening the case at Hallowford Crown Court on Tuesday, prosecutor Jonathan Frere KC said the defendant had confronted Neil Ambrose, 47, outside their semi-detached homes on the evening of June 14 last year.

Mr Frere told jurors that the two men had been "at loggerheads for the best part of three years" over parking, a boundary fence and overhanging trees.

"This case is about a neighbour dispute which, on that summer evening, spilled over into shocking violence," he said.

"The prosecution say that Mr Allardyce went back into his house, armed himself with a kitchen knife, and came out again with the intention of killing Mr Ambrose."

The court heard that weeks before the incident, Mr Allardyce had sent his neighbour a text message which read: "Park across my drive one more time and you'll regret it."

Mr Ambrose suffered a collapsed lung and spent nine days in hospital.

Giving evidence, he said he had been unloading shopping from his car when Mr Allardyce came "marching" towards him.

"He was shouting and swearing, and then I felt a thump in my chest," Mr Ambrose told the jury. "I didn't even see the knife. I looked down and my shirt was red."

Jurors were played a recording of a 999 call made by Mr Allardyce's wife, Christine, in which she can be heard saying: "My husband's hurt someone. Please send an ambulance, please hurry."

Mr Frere said the defendant told police in interview that he had acted in self-defence and that Mr Ambrose had "come at him" with a car jack.

"There is no evidence whatsoever of any car jack," Mr Frere said. "No jack was found at the scene, and none of the three independent witnesses saw Mr Ambrose holding anything."

Cross-examined by defence barrister Alison Kerr, Mr Ambrose accepted he had once called the defendant "a nasty little man" in front of other neighbours.

He denied ever threatening Mr Allardyce.

The trial, which is expected to last two weeks, continues.""",
        [
            ("at loggerheads for the best", "Jonathan Frere"),
            ("This case is about a", "Jonathan Frere"),
            ("The prosecution say that Mr", "Jonathan Frere"),
            ("Park across my drive one", "Keith Allardyce"),
            ("marching", "Neil Ambrose"),
            ("He was shouting and swearing", "Neil Ambrose"),
            ("I didn't even see the", "Neil Ambrose"),
            ("My husband's hurt someone. Please", "Christine Allardyce"),
            ("come at him", "Keith Allardyce"),
            ("There is no evidence whatsoever", "Jonathan Frere"),
            ("No jack was found at", "Jonathan Frere"),
            ("a nasty little man", "Neil Ambrose"),
        ],
    ),
    (
        """Anger as village GP surgery set to close

Campaigners have vowed to fight plans to close the only GP surgery in a Kettleby village, leaving thousands of patients facing a seven-mile round trip to see a doctor.

Harrowby Lane Medical Practice in Ashcombe St Mary wrote to its 4,300 patients last week to say it would shut on June 30, with patients transferred to Riverside Health Centre in Kettleby town.

The surgery, known locally as "the Lane", has been on its current site since 1984.

The letter, signed by senior partner Dr Raymond Osei, said the practice had been unable to recruit a new GP despite advertising "repeatedly over the past 18 months".

Dr Osei wrote: "With two of our three partners retiring this year, we have reached the point where we can no longer guarantee a safe service."

The closure has been approved by Kettleby and Stonebury Integrated Care Board, which commissions GP services in the area, as part of its "Fit for the Future" primary care strategy.

In a statement, the board said: "We recognise this news will be disappointing for patients in Ashcombe St Mary. Riverside Health Centre has the capacity to take on additional patients and offers extended opening hours, including Saturday mornings."

The board said a community transport scheme would be "explored" for patients without cars.

But parish council chairman Colin Varley said many older residents did not drive and there was only one bus an hour to Kettleby, the last leaving at 6pm.

"Telling an 85-year-old with a bad hip that they can get a bus to the doctor's is not a plan," he said. "It's an insult."

A petition titled "Keep Our Village Surgery Open", started by villager Hannah Blythe, 34, a mother of two, has gathered more than 1,900 signatures in five days.

Mrs Blythe said: "People keep stopping me in the street to sign it. This surgery isn't just a building, it's where everyone in this village has gone for 40 years."

Local MP Diane Forsythe said she had written to the board asking it to "pause and think again".

She said: "Rural communities like Ashcombe St Mary cannot simply be left without a doctor because the sums are easier elsewhere.

"I will be meeting the board's chief executive next week and I will be making that case as strongly as I possibly can."

A public meeting will be held at Ashcombe St Mary village hall on Thursday at 7pm.""",
        [
            ("repeatedly over the past 18", "Raymond Osei"),
            ("With two of our three", "Raymond Osei"),
            ("We recognise this news will", "Kettleby and Stonebury Integrated Care Board"),
            ("explored", "Kettleby and Stonebury Integrated Care Board"),
            ("Telling an 85-year-old with a", "Colin Varley"),
            ("It's an insult.", "Colin Varley"),
            ("People keep stopping me in", "Hannah Blythe"),
            ("pause and think again", "Diane Forsythe"),
            ("Rural communities like Ashcombe St", "Diane Forsythe"),
        ],
    ),
]
