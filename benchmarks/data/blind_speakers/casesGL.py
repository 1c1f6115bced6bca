CASES = [
    (
        """Motorist ‘lucky to be alive’ after 160km/h chase, judge tells court

By Siobhán Tierney

A 23-year-old Carrigmore man who led gardaí on a pursuit at speeds of up to 160km/h along the Listowen road has been banned from driving for four years.

Dermot Keaveney, of Glebe View, Carrigmore, pleaded guilty at Listowen District Court last Thursday to dangerous driving, driving without insurance and failing to stop for gardaí on the night of March 14 last.

Garda Aoife Brennan told the court she was on patrol at Ballycronan Cross at around 11.40pm when she observed a silver Volkswagen Golf travelling ‘at an excessive speed’ towards the town.

She activated her blue lights but the car accelerated away, overtaking two vehicles on a continuous white line near Knockanore Bridge. The pursuit was called off after around eight kilometres for safety reasons, and the car was later found abandoned in a field entrance at Lisheen.

‘The accused presented himself at the Garda station the following morning with his father,’ Garda Brennan said. ‘He made full admissions.’

Defending solicitor Pádraig Mulcahy said his client had panicked because he knew he was not insured. ‘He is mortified by his behaviour. He had just bought the car and had not got around to insuring it, which is no excuse, and he accepts that,’ Mr Mulcahy said.

He said Mr Keaveney had since taken up a full-time apprenticeship as an electrician with a firm in Limerick city and would need to be able to travel.

‘He has the offer of lifts from his uncle in the meantime. He knows he has let his family down.’

Judge Marian Cusack said she had listened carefully to the evidence and that it was ‘by the grace of God’ nobody had been killed.

‘You were lucky to be alive, and every other person on that road that night was lucky too,’ she told the accused. ‘I see cases like this far too often in this court, and they do not always end with a young man standing in front of me. Sometimes they end in a graveyard.’

Judge Cusack imposed a fine of €1,200 on the dangerous driving charge and disqualified Mr Keaveney from driving for four years. She took the other charges into account and fixed recognisances in the event of an appeal.

Speaking after the case, Sergeant Tom Gilsenan of Listowen Garda Station said speed remained ‘a huge concern’ on rural roads in the district, particularly at weekends.

‘We would appeal to anyone who sees a car being driven like that to ring us straight away. Don’t take the chance, because the next person they meet on a bend might be your own child,’ he said.

Gardaí in the area have carried out more than 40 speed checks since the start of the year.""",
        [
            ("lucky to be alive", "Marian Cusack"),
            ("at an excessive speed", "Aoife Brennan"),
            ("The accused presented himself at", "Aoife Brennan"),
            ("He made full admissions.", "Aoife Brennan"),
            ("He is mortified by his", "Pádraig Mulcahy"),
            ("He has the offer of", "Pádraig Mulcahy"),
            ("by the grace of God", "Marian Cusack"),
            ("You were lucky to be", "Marian Cusack"),
            ("I see cases like this", "Marian Cusack"),
            ("a huge concern", "Tom Gilsenan"),
            ("We would appeal to anyone", "Tom Gilsenan"),
        ],
    ),
    (
        """Councillors hit out at delays in filling new social homes in Ballinmore

Twelve newly completed social homes in Ballinmore have been lying empty for more than four months, a meeting of the local municipal district has heard.

The houses at Cnoc na Gréine, on the Old Mill Road, were handed over to the council in October but no tenants have yet moved in.

Independent councillor Gerry Naughton raised the matter at Monday's meeting, saying families on the housing list were "being left in limbo".

"I have people ringing me every week asking when they'll get the keys," he said. "There are families living in one room in their parents' house while twelve homes sit there with the heating on and nobody in them. It's a scandal, there's no other word for it."

Fianna Fáil councillor Deirdre Costello said she shared his frustration.

"We were told at the turning of the sod that these would be allocated before Christmas. That clearly hasn't happened, and I think people deserve an explanation."

Senior executive officer in the council's housing section, Alan Fitzmaurice, told the meeting the delay was due to outstanding connections to the electricity network and a snag list that had to be completed before the council could formally accept the units.

"We are not in a position to put tenants into houses that are not fully compliant," Mr Fitzmaurice said. "I understand the frustration, I really do. But the last thing we want is a family moving in and a problem arising that we should have caught."

He said he expected the first allocations to be made "within the next six weeks" and that all twelve households had already been identified from the housing list.

Councillor Naughton said he would hold the executive to that timeline.

"Six weeks, and I'll be asking again at the March meeting if it hasn't happened," he said.

According to figures provided to the meeting, there are currently 384 households on the social housing waiting list in the Ballinmore area, 61 of whom have been waiting for more than five years.

A spokesperson for the council told Lakeland FM News it was "committed to ensuring that homes are allocated as quickly as is safely possible" and that tenants would be contacted directly.

A further 28 homes are due for completion in the town next year.""",
        [
            ("being left in limbo", "Gerry Naughton"),
            ("I have people ringing me", "Gerry Naughton"),
            ("There are families living in", "Gerry Naughton"),
            ("We were told at the", "Deirdre Costello"),
            ("We are not in a", "Alan Fitzmaurice"),
            ("I understand the frustration, I", "Alan Fitzmaurice"),
            ("within the next six weeks", "Alan Fitzmaurice"),
            ("Six weeks, and I'll be", "Gerry Naughton"),
            ("committed to ensuring that homes", "spokesperson"),
        ],
    ),
    (
        """Man who attacked taxi driver with bottle after row over fare is jailed

By Rhys Pritchard, Court reporter

A man who smashed a bottle over a taxi driver’s head after refusing to pay his fare has been jailed for three years.

Kyle Mathias, 31, had been drinking for most of the day when he flagged down Imran Chaudhry’s taxi in Pontarddu town centre in the early hours of August 3, Pontarddu Crown Court heard.

Prosecuting, Catrin Lewis said the defendant became aggressive when Mr Chaudhry asked for the £14 fare up front, as was company policy late at night.

“He refused to pay and started shouting abuse at Mr Chaudhry, calling him names I won’t repeat in this court,” Ms Lewis said. “Mr Chaudhry asked him to get out of the car. The defendant did so, but then picked up a glass bottle from the pavement.”

The court heard Mathias struck the 52-year-old father-of-three on the side of the head as he got out of the driver’s seat, causing a cut that needed 11 stitches. CCTV from a nearby takeaway captured the attack.

In a victim personal statement read to the court, Mr Chaudhry said he had driven taxis in the town for 19 years and had “never been so frightened”.

“I have not worked a night shift since. My wife asks me every day to give up the job. I keep thinking what would have happened if he had hit me in the eye,” he said.

Mathias, of Heol y Bryn, Pontarddu, pleaded guilty to unlawful wounding. He has 14 previous convictions for 27 offences, including assault and criminal damage.

Mitigating, Huw Bevan said his client had “no recollection” of the incident and was “deeply ashamed” when he was shown the footage. He said Mathias had struggled with alcohol since the death of his mother two years ago and had recently started attending a support group.

Sentencing, Judge Paul Thornley told Mathias: “This was a cowardly and entirely unprovoked attack on a man who was simply doing his job. Taxi drivers provide a vital service, often working alone at night, and the courts must protect them.

“You have a long record of violence when in drink. I have been told you are now addressing that. I hope that is true, but it cannot save you from immediate custody.”

Mathias was jailed for three years. He will serve half of the sentence before being released on licence.

Speaking after the hearing, the officer in the case, Detective Constable Sara Morgan, said: “I’d like to thank Mr Chaudhry for his courage in supporting this prosecution. Violence against taxi drivers and others working in the night-time economy will not be tolerated, and we will always seek to put offenders before the courts.”""",
        [
            ("He refused to pay and", "Catrin Lewis"),
            ("Mr Chaudhry asked him to", "Catrin Lewis"),
            ("never been so frightened", "Imran Chaudhry"),
            ("I have not worked a", "Imran Chaudhry"),
            ("no recollection", "Huw Bevan"),
            ("deeply ashamed", "Huw Bevan"),
            ("This was a cowardly and", "Paul Thornley"),
            ("You have a long record", "Paul Thornley"),
            ("I’d like to thank Mr", "Sara Morgan"),
        ],
    ),
    (
        """Cabinet backs closure of Ysgol Cwm Gwenlais despite parents' campaign

By Llinos Mai

Dinefwr County Council's cabinet has voted to close a village primary school with 19 pupils, despite a two-year campaign by parents to keep it open.

Ysgol Cwm Gwenlais will shut at the end of the summer term next year, with pupils transferring to the new Ysgol Bro Dinefwr in Llandyfan, around six miles away.

The "Achub Ein Hysgol" (Save Our School) campaign gathered more than 2,400 signatures and staged a protest outside County Hall in Llandyfan before Tuesday's meeting.

Cabinet member for education, Cllr Eirlys Pugh, said the decision had "not been taken lightly".

"I know how much this school means to the people of Cwm Gwenlais. I went to a school very like it myself," she said.

"But we have a duty to every child in the county. With 19 pupils across seven year groups, and numbers forecast to fall further, we simply cannot offer the breadth of curriculum children are entitled to."

She said the new school would offer "modern facilities that Cwm Gwenlais could never match", including a Welsh-medium nursery and a sports hall.

Campaign chair Rhian Davies, whose two children attend the school, said parents were "devastated but not surprised".

"This was decided a long time ago and the consultation was a box-ticking exercise," she said. "Nobody on that cabinet has sat in our kitchens and asked what happens to this village when the school goes. First the bank, then the pub, now this."

She said the group was taking legal advice about a possible challenge and would "fight this all the way".

Local member Cllr Emyr Lloyd (Plaid Cymru), who does not sit on the cabinet, told the meeting that closing the school would "rip the heart out" of the community.

"These small schools are the last place where Welsh is the natural language of the playground," he said. "Once they go, they don't come back."

A report presented to cabinet said surplus places at the school stood at 68 per cent and the cost per pupil was more than double the county average. According to the report, the Victorian building also needs an estimated £410,000 of repairs over the next five years.

In a statement after the meeting, Dinefwr County Council said it would "work closely with families and staff to make the transition as smooth as possible" and confirmed that free transport would be provided for all pupils.

The decision can be called in for scrutiny by non-cabinet members within five working days.""",
        [
            ("not been taken lightly", "Eirlys Pugh"),
            ("I know how much this", "Eirlys Pugh"),
            ("But we have a duty", "Eirlys Pugh"),
            ("modern facilities that Cwm Gwenlais", "Eirlys Pugh"),
            ("devastated but not surprised", "Rhian Davies"),
            ("This was decided a long", "Rhian Davies"),
            ("Nobody on that cabinet has", "Rhian Davies"),
            ("fight this all the way", "Rhian Davies"),
            ("rip the heart out", "Emyr Lloyd"),
            ("These small schools are the", "Emyr Lloyd"),
            ("work closely with families and", "Dinefwr County Council"),
        ],
    ),
    (
        """Residents vow to fight 11-turbine wind farm plan at Glenmoy

By Colm Ó Dálaigh

Residents in Glenmoy have lodged an appeal against the county council's decision to grant planning permission for an 11-turbine wind farm on the slopes of Sliabh Ard, claiming the development would 'industrialise one of the last unspoilt valleys' in the county.

Permission was granted last month to Sliabh Ard Renewables Ltd, subject to 32 conditions, for turbines with a tip height of up to 180 metres, along with a substation and 7km of access roads.

The Glenmoy Residents' Alliance, which has around 140 members, lodged its appeal last Friday, the final day allowed.

Its chairperson, retired schoolteacher Noreen Kilbane, said the group was not opposed to renewable energy.

'We are not against wind farms. We are against this wind farm, in this place,' she said. 'There are 46 homes within two kilometres of these turbines. Some of those families have been here for generations and they were never properly consulted.'

Mrs Kilbane said the alliance had commissioned its own noise assessment, which found the developer's figures had 'significantly underestimated' night-time noise levels at several houses.

'The council accepted everything the developer put in front of them,' she said.

Local farmer Martin Hession, whose land adjoins the site, said he was worried about the impact on a stream that supplies water to his cattle.

'That stream has never run dry in my lifetime. If they start cutting roads and drains into that bog, I don't know what happens,' he told the Western Echo.

In a statement, Sliabh Ard Renewables said it had carried out 'extensive engagement' with the community over three years, including two public information evenings and door-to-door visits.

'The project will generate enough clean electricity to power around 38,000 homes and will provide a community benefit fund worth approximately €220,000 a year for the lifetime of the wind farm,' the company said.

'We are confident that the application is robust and that the appeals board will reach the same conclusion as the planning authority.'

Fine Gael councillor Seán Durcan, who spoke at a public meeting in Glenmoy Community Hall last month, said there was 'a real sense of anger' in the parish over how the process had been handled.

According to one resident who attended that meeting, some people had been 'afraid to speak out' because neighbours stood to receive payments for hosting turbines on their land.

A decision on the appeal is expected in the autumn.""",
        [
            ("industrialise one of the last", "Glenmoy Residents' Alliance"),
            ("We are not against wind", "Noreen Kilbane"),
            ("There are 46 homes within", "Noreen Kilbane"),
            ("significantly underestimated", "Noreen Kilbane"),
            ("The council accepted everything the", "Noreen Kilbane"),
            ("That stream has never run", "Martin Hession"),
            ("extensive engagement", "Sliabh Ard Renewables Ltd"),
            ("The project will generate enough", "Sliabh Ard Renewables Ltd"),
            ("We are confident that the", "Sliabh Ard Renewables Ltd"),
            ("a real sense of anger", "Seán Durcan"),
            ("afraid to speak out", "resident"),
        ],
    ),
    (
        """Town council clerk quits saying meetings 'no longer safe'

The clerk of a north-west Wales town council has resigned, saying she can no longer work in an atmosphere of "bullying and intimidation".

Lowri Ellis had been clerk to Porthwen Town Council for nine years.

In her resignation letter, seen by the Local Democracy Reporting Service, she said meetings had become "no longer safe" for staff and that she had been "shouted at, belittled and followed to my car".

"I have given this council the best years of my working life and I leave it with a heavy heart," she wrote.

"But I cannot continue to attend meetings where I dread every agenda item, and I will not ask my successor to do so either."

The council, which has 13 members and an annual budget of about £280,000, has been the subject of two complaints to the Public Services Ombudsman for Wales in the past year.

Town mayor Gareth Wyn Roberts said he was "saddened" by Ms Ellis's departure and paid tribute to her work.

"Lowri has been a tremendous servant to Porthwen and I'm very sorry to see her go," he said.

"It's no secret there have been some heated debates in the chamber, particularly over the future of the harbour car park. But I don't accept that councillors have behaved in the way that's been described, and if there is evidence of that it should be brought forward."

One councillor, who asked not to be named, said the atmosphere had deteriorated sharply since a by-election last spring.

"There's a small group who come in determined to have a fight about everything. Members of the public have stopped coming because they find it embarrassing," they said.

Dafydd Hughes, who was elected at that by-election, rejected the criticism, saying he and others had simply been "asking questions nobody else wanted to ask".

"If holding the council to account over how it spends residents' money is bullying, then I'm guilty," he told the Local Democracy Reporting Service.

A spokesperson for the county council said it was aware of the situation and had offered "advice and support" to the town council, but stressed that it was a separate body with its own responsibilities as an employer.

The town council is expected to appoint an interim clerk at its next meeting later this month.""",
        [
            ("no longer safe", "Lowri Ellis"),
            ("bullying and intimidation", "Lowri Ellis"),
            ("no longer safe", "Lowri Ellis"),
            ("shouted at, belittled and followed", "Lowri Ellis"),
            ("I have given this council", "Lowri Ellis"),
            ("But I cannot continue to", "Lowri Ellis"),
            ("saddened", "Gareth Wyn Roberts"),
            ("Lowri has been a tremendous", "Gareth Wyn Roberts"),
            ("It's no secret there have", "Gareth Wyn Roberts"),
            ("There's a small group who", "councillor"),
            ("asking questions nobody else wanted", "Dafydd Hughes"),
            ("If holding the council to", "Dafydd Hughes"),
            ("advice and support", "spokesperson"),
        ],
    ),
    (
        """Farmer died after bale fell from loader, inquest told

By Eimear Flanagan

A 67-year-old farmer died after a round bale fell from a loader onto him in his farmyard, an inquest has heard.

John Joe Fahy, of Carrowkeel, Ballinagore, was found by his son Declan in the yard of the family farm on the evening of July 22 last year.

The inquest at Ballinagore Courthouse heard Mr Fahy had been moving silage bales with a telehandler when one of the bales became dislodged from the grab.

In a deposition read to the inquest, Declan Fahy said he had come home from work at around 7pm and noticed the machine was still running.

“I called out to Dad but there was no answer. I went around the side of the shed and saw him lying under the bale,” he said.

“I tried to move it but I couldn’t. I rang 999 and my neighbour came over and between us we got it off him.”

Garda Niall Corcoran told the inquest that when he arrived at the scene paramedics were attending to Mr Fahy, who was pronounced dead at 7.52pm.

Brian Nolan, an inspector with the Health and Safety Authority, said the telehandler was in good mechanical condition but the bale grab “was not compatible” with the machine and had been fitted with an improvised locking pin.

“In my opinion, the bale was not securely held and fell when the boom was raised to its full height,” Mr Nolan said.

Pathologist Dr Orla Keane gave the cause of death as traumatic asphyxia due to crush injuries to the chest.

Returning a verdict of accidental death, coroner Dr Michael Brophy said the case was “a stark reminder” of the risks that farmers face every day.

“Farming remains the most dangerous occupation in this country, and year after year I sit here and listen to families describe the worst day of their lives,” the coroner said.

“I would urge every farmer to check that their attachments are the right ones for their machine. It takes five minutes.”

He extended his sympathies to the Fahy family, describing the late Mr Fahy as “a man clearly held in great esteem” by his neighbours.

Speaking after the inquest, Declan Fahy said the family wanted to thank the emergency services and the neighbours “who were there for us from the first minute”.

“Dad lived for the farm. If what happened to him makes even one person stop and check their machinery, that would mean something to us,” he said.

Mr Fahy is survived by his wife Bridie, sons Declan and Kevin, and daughter Áine.""",
        [
            ("I called out to Dad", "Declan Fahy"),
            ("I tried to move it", "Declan Fahy"),
            ("was not compatible", "Brian Nolan"),
            ("In my opinion, the bale", "Brian Nolan"),
            ("a stark reminder", "Michael Brophy"),
            ("Farming remains the most dangerous", "Michael Brophy"),
            ("I would urge every farmer", "Michael Brophy"),
            ("a man clearly held in", "Michael Brophy"),
            ("who were there for us", "Declan Fahy"),
            ("Dad lived for the farm.", "Declan Fahy"),
        ],
    ),
    (
        """Minor injuries unit to close overnight from next month, health board confirms

The minor injuries unit at Llanbedr Memorial Hospital will close overnight from the start of next month, Cantref University Health Board has confirmed.

From March 3, the unit will be open from 8am to 8pm only. Patients needing treatment outside those hours will have to travel to Ysbyty Glan Tywi in Caerwen, a round trip of more than 50 miles for some.

The health board said the change was "a temporary measure" needed because of a shortage of emergency nurse practitioners.

In a statement, the board's director of nursing, Helen Pryce, said: "We have been open with the public about the staffing pressures at Llanbedr. Despite repeated recruitment campaigns, we currently have only four of the nine nurse practitioners we need to run a safe 24-hour service.

"We would much rather be in a position to keep the unit open around the clock, and we will review this decision in six months."

Local Member of the Senedd Aled Rees said the news would "cause real anxiety" for people across the area.

"This is how it always starts. A temporary overnight closure becomes a permanent one, and then we're told the daytime service isn't viable either," he said.

"People in rural west Wales pay the same taxes as everyone else and they deserve the same access to care."

Around 80 people gathered outside the hospital on Saturday to protest against the change. Among them was Gwen Howells, 74, whose husband was treated at the unit after a fall last winter.

"If it had been the middle of the night, I don't know what I'd have done. I don't drive in the dark any more," she told reporters.

A senior nurse at the hospital, who did not want to be named, said staff had warned managers about the problem "time and time again".

"Nobody wants to work nights on their own in a unit this far from anywhere. The board knew that and did nothing until it was too late," she said.

The health board said patients should call NHS 111 Wales for advice out of hours, and dial 999 in an emergency.""",
        [
            ("a temporary measure", "Cantref University Health Board"),
            ("We have been open with", "Helen Pryce"),
            ("We would much rather be", "Helen Pryce"),
            ("cause real anxiety", "Aled Rees"),
            ("This is how it always", "Aled Rees"),
            ("People in rural west Wales", "Aled Rees"),
            ("If it had been the", "Gwen Howells"),
            ("time and time again", "senior nurse at the hospital"),
            ("Nobody wants to work nights", "senior nurse at the hospital"),
        ],
    ),
]
