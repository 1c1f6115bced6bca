CASES = [
    (
        """Lithuania signs $1.1 billion howitzer deal with Nordic consortium

VILNIUS, March 14 (Reuters) - Lithuania's defence ministry signed a $1.1 billion contract on Thursday for 54 self-propelled howitzers from a Norwegian-Swedish consortium, the largest single arms purchase in the country's history, as the Baltic states race to bolster NATO's eastern flank.

The deal with Norrvik Defence Systems covers the guns, ammunition resupply vehicles and a 10-year maintenance package, with the first deliveries due in the second half of 2027, the ministry said.

"This is not a purchase for parades. It is a purchase for deterrence," Defence Minister Rasa Kairyte told reporters after the signing ceremony. "Every month we save on delivery is a month in which our region is safer."

Kairyte said the government had secured an option for a further 18 systems and that final assembly of part of the order would take place at a new facility near the town of Alytnas, creating about 200 jobs.

Norrvik's chief executive, Henrik Aasland, said the company would add a third production shift at its plant in Karlsvik to meet the schedule.

"We understand the urgency, and we have organised ourselves around that urgency," Aasland said in a statement.

Opposition lawmakers have questioned the pace of the tender. Mindaugas Petrulis, deputy chairman of parliament's national security and defence committee, said competing bidders had been given "barely six weeks" to submit offers and called for the full contract to be published.

"Nobody disputes that we need artillery. What we dispute is whether we are paying a fair price for it," Petrulis told Reuters.

A senior official at the defence ministry, who spoke on condition of anonymity because pricing details are commercially confidential, said the unit cost was "in line with what our neighbours have paid" and that a summary would be shared with lawmakers in a closed session next week.

Lithuania, which borders Russia's Kaliningrad exclave and Belarus, plans to spend 3.5% of gross domestic product on defence this year, one of the highest shares in the alliance. Its army currently operates just 18 self-propelled guns, most of them delivered second-hand.

A NATO official in Brussels welcomed the order, describing modern artillery as "the backbone of land defence in this part of Europe" and noting that allies had been urged to close gaps identified in the alliance's regional plans.

Military analysts say the bigger challenge will be crews rather than hardware. Lithuania will need to train several hundred additional gunners and mechanics before the first batteries are declared operational, the ministry said.

(Reporting by Andrius Valantinas; Editing by Kate Holloway)""",
        [
            ("This is not a purchase", "Rasa Kairyte"),
            ("Every month we save on", "Rasa Kairyte"),
            ("We understand the urgency, and", "Henrik Aasland"),
            ("barely six weeks", "Mindaugas Petrulis"),
            ("Nobody disputes that we need", "Mindaugas Petrulis"),
            ("in line with what our", "senior official at the defence ministry"),
            ("the backbone of land defence", "NATO official in Brussels"),
        ],
    ),
    (
        """Army picks two firms to prototype vehicle-mounted counter-drone laser

By Jordan Whitcomb

WASHINGTON — The U.S. Army has selected two companies to build competing prototypes of a 50-kilowatt laser weapon meant to knock small drones out of the sky from the back of a medium-weight combat vehicle, service officials said Tuesday.

Halverson Photonics and Ridgeline Aerospace will each receive about $48 million under other transaction agreements to deliver four prototypes by the end of fiscal 2026, according to Brig. Gen. Teresa Monroe, who leads the Army's Directed Energy Project Office.

"We've learned more about the drone threat in the last three years than in the previous 20," Monroe told reporters during a roundtable at the Pentagon. "The question isn't whether we need lasers. It's whether we can field them at a cost that makes sense against a $2,000 quadcopter."

The service's previous attempts to field high-energy lasers have been dogged by problems with heat management, beam quality in dust and humidity, and reliability. A 2023 assessment from the Pentagon's testing office, titled "Directed Energy: Persistent Gaps in Fieldability," found that earlier prototypes were available for use less than half the time during a months-long deployment overseas.

Monroe said the new competition would require vendors to demonstrate their systems in soldiers' hands, not only on instrumented test ranges. Each prototype must run for at least 200 hours without major maintenance before the Army will consider a production decision.

"We're not going to accept a science project," she said. "If a sergeant can't keep it running in the field with the tools on the truck, it's not ready."

In a statement, Halverson Photonics said it was "honored to be selected" and that its design built on a solid-state laser it has been developing with company funds since 2019. Ridgeline Aerospace declined to comment beyond confirming the award.

Lawmakers have grown impatient with the pace of directed-energy programs, which have absorbed more than $1 billion in research funding over the past decade. Rep. Carla Dunnigan, D-Ore., who sits on the House Armed Services tactical air and land forces subcommittee, said she was cautiously optimistic.

"I've watched this program promise the moon for a decade," Dunnigan said in an interview. "If these prototypes work in the field, and not just on a range in the desert, I'll be the first to applaud."

An Army official familiar with the program, who spoke on condition of anonymity to discuss internal deliberations, said the service could move to low-rate production as early as 2028 if testing goes well, but cautioned that "the budget environment is going to decide this as much as the technology."

The Army plans to hold a user assessment at a range in the Southwest in mid-2026, with soldiers from an air defense artillery battalion operating both designs side by side.""",
        [
            ("We've learned more about the", "Teresa Monroe"),
            ("The question isn't whether we", "Teresa Monroe"),
            ("We're not going to accept", "Teresa Monroe"),
            ("If a sergeant can't keep", "Teresa Monroe"),
            ("honored to be selected", "Halverson Photonics"),
            ("I've watched this program promise", "Carla Dunnigan"),
            ("If these prototypes work in", "Carla Dunnigan"),
            ("the budget environment is going", "Army official familiar with the program"),
        ],
    ),
    (
        """Injured veterans waiting more than two years for compensation, charity says

Eleanor Price Defence correspondent

Hundreds of injured former service personnel are waiting more than two years for decisions on compensation claims, according to a veterans’ charity, which says the backlog is pushing some into debt and homelessness.

Figures obtained by the Forward Together Trust under freedom of information laws show that 1,340 claims under the armed forces compensation scheme had been outstanding for more than 24 months at the end of January, up from 610 a year earlier.

The trust’s chief executive, Graham Ashworth, a former Royal Marines colour sergeant, said the figures were “a betrayal of people who did exactly what the country asked of them”.

“We are seeing men and women who were injured in training or on operations being forced to choose between heating and eating while a file sits in a queue,” he said. “Many of them have stopped ringing the helpline because they never get through.

“The scheme was designed to be simple and fair. It is now neither.”

The charity’s findings are set out in a report, “Still Waiting”, which will be presented to MPs on the defence committee next week.

One claimant, Lee Harding, 38, who left the army in 2021 after a spinal injury sustained during an exercise, said he had been told on six separate occasions that his file was under review.

“You feel like you’ve been thrown on the scrapheap,” Harding said. “I served for 12 years. I’m not asking for charity, I’m asking for what I’m owed.”

He said he had run up £9,000 of credit card debt while waiting, and that he and his partner had twice come close to losing their rented flat in Gwynfryn.

A Ministry of Defence spokesperson said: “We are committed to supporting veterans and have recruited an additional 120 caseworkers to bring waiting times down. The majority of claims are decided within target, but we recognise that some complex cases take longer than we would like.”

The department said claims involving mental health conditions or multiple injuries often required evidence from several clinicians, which could add months to the process.

Helen Carrow, the Liberal Democrat defence spokesperson, said ministers should “stop hiding behind averages” and introduce a legally binding maximum waiting time for decisions.

“Every one of these numbers is a person who put on a uniform for this country,” she said. “If we can find billions for new equipment, we can find the staff to process these claims properly.”

Veterans’ groups have long complained about the scheme’s complexity. A review commissioned by the MoD in 2020 recommended simplifying the evidence requirements, but a senior official involved in that review said most of its proposals had been “quietly shelved”.""",
        [
            ("a betrayal of people who", "Graham Ashworth"),
            ("We are seeing men and women", "Graham Ashworth"),
            ("Many of them have stopped", "Graham Ashworth"),
            ("The scheme was designed to", "Graham Ashworth"),
            ("You feel like you’ve been", "Lee Harding"),
            ("I served for 12 years.", "Lee Harding"),
            ("We are committed to supporting", "spokesperson"),
            ("stop hiding behind averages", "Helen Carrow"),
            ("Every one of these numbers", "Helen Carrow"),
            ("If we can find billions", "Helen Carrow"),
            ("quietly shelved", "senior official involved in that review"),
        ],
    ),
    (
        """‘Hammer blow’ for Clyde yard as frigate order slips again

By Callum Reid
Industry Correspondent

UNION leaders have warned that hundreds of jobs at the Glenarden shipyard could be at risk after the Ministry of Defence confirmed a further delay to a follow-on order for the Royal Navy’s new patrol frigates.

In a written answer to parliament, the MoD said the contract for three additional Kestrel-class vessels would not now be placed until 2026, citing ‘ongoing commercial negotiations’ with the yard’s owner, Caledon Marine.

The first batch of five ships is due to be completed by the end of next year, leaving the yard’s 1,400-strong workforce facing a gap in work unless the new order is signed in time to begin cutting steel.

Sandra McInnes, convener for the Shipbuilding and Engineering Workers’ Union at Glenarden, said the news had landed ‘like a hammer blow’ on the shop floor.

‘These are highly skilled people who have built warships for this country for generations,’ she said. ‘If the work isn’t there by next spring, some of them will walk, and they won’t come back.

‘You can’t switch a shipyard off and on like a light. Once the skills are gone, they’re gone.’

Caledon Marine said it remained ‘fully committed’ to the programme and was in ‘constructive discussions’ with the MoD over pricing and delivery dates.

A spokesman for the company added: ‘We have a strong pipeline of commercial repair work and no redundancies are planned at this time.’

Defence procurement minister Alan Whitlock told MPs last month that the frigates were ‘a priority for the Government’ and that the order would be placed ‘as soon as we are confident we have a deal that represents value for the taxpayer’.

But local MP Douglas Fairlie said the workforce had heard such assurances before.

‘The Government promised these ships in black and white,’ he said. ‘Every month of delay is another month of worry for families in this town, and another month in which competitors are picking off our apprentices.’

Dr Fiona Strachan, a naval analyst at the University of Dunmore, said the delay reflected wider pressure on the defence equipment budget.

‘The Navy is being asked to do more with fewer hulls, and every year of slippage makes that gap harder to close,’ she said. ‘There is also a real risk that the price goes up the longer negotiations drag on.’

The MoD said it did not comment on ongoing commercial negotiations.""",
        [
            ("Hammer blow", "Sandra McInnes"),
            ("ongoing commercial negotiations", "Ministry of Defence"),
            ("like a hammer blow", "Sandra McInnes"),
            ("These are highly skilled people", "Sandra McInnes"),
            ("If the work isn’t there", "Sandra McInnes"),
            ("You can’t switch a shipyard", "Sandra McInnes"),
            ("fully committed", "Caledon Marine"),
            ("constructive discussions", "Caledon Marine"),
            ("We have a strong pipeline", "spokesman"),
            ("a priority for the Government", "Alan Whitlock"),
            ("as soon as we are", "Alan Whitlock"),
            ("The Government promised these ships", "Douglas Fairlie"),
            ("Every month of delay is", "Douglas Fairlie"),
            ("The Navy is being asked", "Fiona Strachan"),
            ("There is also a real", "Fiona Strachan"),
        ],
    ),
    (
        """NATO ministers agree tougher air defense targets but split over who pays

BRUSSELS (AP) — NATO defense ministers agreed Thursday to raise the alliance's targets for ground-based air defense, but a dispute over whether shared systems should be paid for from a common fund overshadowed the two-day meeting.

"We have agreed on what we need. Now we have to agree on how to pay for it," Marieke van Doorn, NATO's deputy secretary-general, said at a news conference closing the talks.

Van Doorn declined to say how many additional missile batteries allies had committed to field, saying the figures were "classified for good reason." But she said the new goals amounted to "a step change, not a tweak," and would be reviewed again before alliance leaders meet in the summer.

Countries on the alliance's eastern flank have pushed for air defense systems stationed on their territory to be funded jointly, arguing that they protect the whole of Europe.

"Air defense over Riga is air defense over Berlin and Paris," Latvian Defense Minister Kristaps Vitols told reporters as he arrived for the meeting. "It should not be paid for only by the country that happens to be closest to the threat."

Several western European governments are resisting, wary of open-ended commitments at a time of tight budgets. A senior diplomat from a western European country, who spoke on condition of anonymity because the discussions were private, said his government supported the goal but "will not sign a blank check."

U.S. Deputy Defense Secretary Raymond Kessler, attending in place of the defense secretary, said Washington backed the new targets but expected European allies to carry most of the cost.

"Europe has to own more of this, and that's not a criticism, it's a reality," Kessler told reporters traveling with him. "We'll be there. But we can't be the answer to every gap."

The dispute reflects long-running tension within the alliance over burden-sharing, which has intensified as European governments have raised military spending while struggling to agree on joint financing. Ministers also discussed ammunition production and the replenishment of stocks depleted by donations to Ukraine.

In a statement issued after the meeting, NATO said ministers had "reaffirmed their commitment to deterrence and defense" and tasked military planners with drawing up detailed financing options by June.

Vitols said he was disappointed that no decision had been reached but remained hopeful.

"We have been patient before," he said. "We can be patient for three more months. Not for three more years."

___

Associated Press writer Daniel Ferreira contributed to this report.""",
        [
            ("We have agreed on what", "Marieke van Doorn"),
            ("classified for good reason.", "Marieke van Doorn"),
            ("a step change, not a", "Marieke van Doorn"),
            ("Air defense over Riga is", "Kristaps Vitols"),
            ("It should not be paid", "Kristaps Vitols"),
            ("will not sign a blank", "senior diplomat from a western European country"),
            ("Europe has to own more", "Raymond Kessler"),
            ("We'll be there. But we", "Raymond Kessler"),
            ("reaffirmed their commitment to deterrence", "NATO"),
            ("We have been patient before", "Kristaps Vitols"),
            ("We can be patient for", "Kristaps Vitols"),
        ],
    ),
    (
        """Residents near RAAF base demand answers over expanded night flying

By Megan Tully

Residents of a small Northern Territory town say they were not consulted about plans to more than double night-time fighter jet training at a nearby air force base.

The Department of Defence confirmed last month that RAAF Base Merrindal, about 20 kilometres south of Yarrabin, would host an expanded training program for F-35A pilots from the middle of next year, including up to 60 night sorties a month.

Yarrabin local Joanne Petrakis, who runs a caravan park on the edge of town, said she found out about the plan from a notice pinned to the wall of the post office.

"Nobody knocked on a door, nobody rang," she said.

"We've lived with the base for 40 years and most of us are proud of it, but there's a big difference between a few jets during the day and aircraft coming over at midnight."

Yarrabin Shire mayor Barry Denholm said council had written to the Defence Minister seeking an urgent meeting.

"We're not anti-Defence. We're a Defence town," Cr Denholm said.

"But people deserve to know what's coming and what's going to be done about it, and so far we've been given a two-page fact sheet."

In a statement, the Department of Defence said it had "undertaken extensive noise modelling" and would hold community information sessions in Yarrabin in the coming months.

"Defence values its relationship with the Yarrabin community and is committed to being a good neighbour," the statement said.

According to Defence, the expanded program is needed to train enough pilots to crew the full fleet of 72 aircraft, and the Top End's clear skies make the region well suited to night flying.

Wing Commander Sarah Okafor, the commanding officer of the base's flying training squadron, told the ABC night operations were an essential part of a fighter pilot's skill set.

"Our pilots need to be able to fight at any hour, and the only way to train for that is to fly at night," Wing Commander Okafor said.

She said flight paths had been adjusted to avoid passing directly over the town "wherever operationally possible".

But acoustics researcher Liam Crowther, an associate professor at Top End University, said Defence's modelling "tends to underestimate the impact of low-frequency noise", particularly on still nights when sound travels further.

"The averages in these reports can look reassuring, but people don't experience an average. They experience the loudest event at two in the morning," he said.

Ms Petrakis said several residents planned to attend the first information session.

"We just want to be treated like we matter," she said.""",
        [
            ("Nobody knocked on a door", "Joanne Petrakis"),
            ("We've lived with the base", "Joanne Petrakis"),
            ("We're not anti-Defence. We're a", "Barry Denholm"),
            ("But people deserve to know", "Barry Denholm"),
            ("undertaken extensive noise modelling", "Department of Defence"),
            ("Defence values its relationship with", "Department of Defence"),
            ("Our pilots need to be", "Sarah Okafor"),
            ("wherever operationally possible", "Sarah Okafor"),
            ("tends to underestimate the impact", "Liam Crowther"),
            ("The averages in these reports", "Liam Crowther"),
            ("We just want to be", "Joanne Petrakis"),
        ],
    ),
    (
        """Vehrmann posts record backlog but warns explosives shortage will cap shell output

By Anna Keller

FRANKFURT — German armoured vehicle and ammunition maker Vehrmann Landsysteme AG reported a record order backlog of €38.4 billion on Wednesday, driven by demand for its Grauwolf infantry fighting vehicle and artillery shells, but warned that shortages of propellant and explosives would limit ammunition output through 2026.

Revenue rose 31% to €9.1 billion in 2024, and the operating margin improved to 13.2% from 11.8% a year earlier, the company said.

"Our order book has never been stronger, and our customers are no longer asking whether to buy, but how quickly we can deliver," chief executive Dieter Albrecht told analysts on a conference call.

Albrecht cautioned, however, that the bottleneck had shifted from factory floor space to raw materials. "We can build the shells. What we cannot do is conjure nitrocellulose out of thin air," he said, adding that the company was in advanced talks to take a minority stake in a chemicals supplier in central Europe.

The Oberstetten-based group, which opened a new shell plant in eastern Germany last year, said it now expects to produce around 450,000 rounds of 155mm ammunition in 2025, below the 600,000 it had previously indicated.

Vehrmann guided for 2025 sales of between €11 billion and €11.8 billion. Its shares fell 2.4% in Frankfurt trading.

Analysts at Marberg Bank said in a note to clients that the guidance was "conservative but credible" and that the ammunition shortfall was "a timing issue rather than a demand issue."

Chief financial officer Petra Hollmann said customer prepayments had helped fund the expansion. "We have absorbed the working capital build-up earlier than planned, and we do not need to come back to the market for equity," she said.

The company's largest customer remains the German government, which has placed orders worth more than €12 billion with Vehrmann since 2022. A German defence ministry official, who asked not to be named because contract talks are ongoing, said Berlin expected priority treatment on deliveries.

"We are the largest customer and we expect to be treated like one," the official said.

Vehrmann also confirmed it had submitted a bid to supply infantry fighting vehicles to an unnamed NATO member in southern Europe, a contract analysts have valued at up to €4 billion. Albrecht declined to give details, saying only that the company was "well positioned."

Editing by Martin Sauer""",
        [
            ("Our order book has never", "Dieter Albrecht"),
            ("We can build the shells.", "Dieter Albrecht"),
            ("conservative but credible", "Marberg Bank"),
            ("a timing issue rather than", "Marberg Bank"),
            ("We have absorbed the working", "Petra Hollmann"),
            ("We are the largest customer", "German defence ministry official"),
            ("well positioned.", "Dieter Albrecht"),
        ],
    ),
    (
        """Defence ministry clears Rs 8,400 crore proposals for mountain guns, drones

NEW DELHI: The defence ministry on Tuesday cleared capital acquisition proposals worth around Rs 8,400 crore, including lightweight towed howitzers for high-altitude areas and medium-altitude surveillance drones for the Army and the Indian Air Force, officials said.

The proposals were approved at a meeting of the Defence Procurement Board chaired by defence secretary Rajiv Mehrotra.

"All the items cleared today will be procured from Indian vendors under the 'Buy (Indian-IDDM)' category, which will give a major boost to domestic industry," a statement from the Ministry of Defence said.

The bulk of the amount, around Rs 5,900 crore, is earmarked for 155mm towed guns weighing less than five tonnes, which can be slung under medium-lift helicopters and moved quickly between valleys along the northern borders.

"The old guns have served us well, but at 15,000 feet every kilogram matters. The new system is lighter and can be airlifted to posts that have no road connectivity," said a senior Army officer.

The guns, developed by Pune-based Sahyadri Defence Systems in partnership with a government research laboratory, underwent user trials over two years. "Trials were carried out in both summer and winter conditions in Ladakh and Sikkim, and the performance was found satisfactory," said a source in the defence establishment.

The board also cleared the purchase of medium-altitude long-endurance drones for the Army and the IAF. According to officials, the drones will be used for round-the-clock surveillance along the Line of Actual Control and over the Indian Ocean region.

Lt Gen (retd) Harinder Singh Sandhu, a former director general of artillery, said the decision was welcome but overdue.

"The artillery modernisation plan was drawn up in 1999 and we are still filling gaps. Clearance is one step; what matters is how fast the guns reach the units," he told TOI.

Sandhu added that the Army would need "at least 300 to 400" such guns over the next decade to fully equip its mountain formations.

Officials said contracts are expected to be signed within this financial year. An official said the ministry was "pushing for delivery of the first regiment within 24 months of signing."

The ministry has cleared proposals worth over Rs 1.2 lakh crore so far this financial year, most of them under domestic procurement categories.""",
        [
            ("All the items cleared today", "Ministry of Defence"),
            ("The old guns have served", "senior Army officer"),
            ("Trials were carried out in", "source in the defence establishment"),
            ("The artillery modernisation plan was", "Harinder Singh Sandhu"),
            ("at least 300 to 400", "Harinder Singh Sandhu"),
            ("pushing for delivery of the", "official"),
        ],
    ),
]
