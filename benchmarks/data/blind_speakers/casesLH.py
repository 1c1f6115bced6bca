CASES = [
    (
        """Plans for 420 homes near Kelsworth approved despite flooding fears

Plans for 420 homes on farmland near a Wiltshire market town have been approved, despite more than 600 objections from residents worried about flooding.

Developer Harrowgate Homes wants to build on fields to the north of Kelsworth, alongside a new primary school and a community hall.

Members of Brackenfield District Council's planning committee voted seven to four in favour of the scheme on Tuesday evening.

Residents' group Save Kelsworth Meadows said the decision was "a betrayal of everyone who has watched these fields flood every winter".

Its chairwoman, Ruth Pengelly, told the meeting she had photographs of the site under water in each of the past five years.

"We are not against new homes. We know young people in this town cannot afford to live here," she said.

"But you are being asked to put families in houses on land that floods, and when it goes wrong it will not be the developer who pays."

The Environment Agency did not object to the plans after the developer agreed to raise floor levels and build two attenuation ponds to hold surface water.

Planning officer Mark Adeyemi told councillors the drainage proposals had been "thoroughly scrutinised" and that refusing permission would be difficult to defend at appeal.

"The council does not currently have a five-year supply of housing land, and that weighs heavily in favour of approval," he said.

Conservative councillor Janet Osei, who represents Kelsworth North, said she was "deeply disappointed".

"I have sat through these meetings for eleven years and I have never had so many emails on a single application," she said. "People are frightened, and I don't think we've given them an answer tonight."

The committee chairman, Liberal Democrat Phil Marchant, said members had to make decisions "on planning grounds, not on the number of letters received".

A spokeswoman for Harrowgate Homes said the company was "delighted" with the outcome.

"We have listened carefully to local people throughout, and the scheme has changed significantly as a result," she said.

"Thirty per cent of the new homes will be affordable, which is exactly what Kelsworth needs."

Work on the first phase is expected to start next spring, subject to planning conditions being met.""",
        [
            ("a betrayal of everyone who", "Save Kelsworth Meadows"),
            ("We are not against new", "Ruth Pengelly"),
            ("But you are being asked", "Ruth Pengelly"),
            ("thoroughly scrutinised", "Mark Adeyemi"),
            ("The council does not currently", "Mark Adeyemi"),
            ("deeply disappointed", "Janet Osei"),
            ("I have sat through these", "Janet Osei"),
            ("People are frightened, and I", "Janet Osei"),
            ("on planning grounds, not on", "Phil Marchant"),
            ("delighted", "spokeswoman"),
            ("We have listened carefully to", "spokeswoman"),
            ("Thirty per cent of the", "spokeswoman"),
        ],
    ),
    (
        """Council repairs backlog hits 3,000 as tenants wait months for damp visits

By Daniel Whitcroft
Local Democracy Reporting Service

More than 3,000 repair jobs are waiting to be done in council homes across Harlow Moor, a scrutiny meeting has heard.

Councillors were told some tenants had been reporting damp and mould for more than six months without a visit from an engineer.

The figures were presented to Harlow Moor Borough Council’s housing scrutiny committee on Wednesday (March 12), weeks after the authority was criticised by the Housing Ombudsman.

Independent councillor Steve Blakeley said he had been contacted by a mother of three whose children’s bedroom wall was “black from floor to ceiling”.

He said: “She has rung the council eleven times. Eleven times. Every time she’s told someone will call her back, and nobody does.

“I don’t blame the staff on the phones, they’re doing their best, but this is a failure of the whole system and it has to stop.”

Karen Whitlow, the council’s director of housing, said the backlog had built up after the authority lost two of its main contractors last year.

She told the committee: “We are not hiding from this. We know the service has not been good enough and we have apologised to the tenants affected.”

Ms Whitlow said a new contract had been signed in January and the number of outstanding jobs was “coming down week by week”.

She added that every report of damp and mould was now being inspected within ten working days, in line with new national rules.

Labour’s Cllr Aisha Rahman, cabinet member for housing, said the council had put an extra £1.2 million into repairs this year.

“I want every tenant to know that if they report damp, it will be taken seriously,” she said. “Nobody should have to live like that in this day and age.”

But Conservative group leader Cllr Graham Tyldesley accused the administration of “sitting on its hands” for two years.

“The warning signs were there in every report that came to this committee,” he said. “They chose not to act.”

A report to the committee said the council would write to all 9,400 of its tenants in the coming weeks to explain how to report repairs and what to expect.

A Housing Ombudsman spokesperson said it was “continuing to monitor” the council’s progress following its special investigation.""",
        [
            ("black from floor to ceiling", "Steve Blakeley"),
            ("She has rung the council", "Steve Blakeley"),
            ("I don’t blame the staff", "Steve Blakeley"),
            ("We are not hiding from", "Karen Whitlow"),
            ("coming down week by week", "Karen Whitlow"),
            ("I want every tenant to", "Aisha Rahman"),
            ("Nobody should have to live", "Aisha Rahman"),
            ("sitting on its hands", "Graham Tyldesley"),
            ("The warning signs were there", "Graham Tyldesley"),
            ("They chose not to act.", "Graham Tyldesley"),
            ("continuing to monitor", "spokesperson"),
        ],
    ),
    (
        """'We're losing our street': anger as sixth HMO approved on Albert Terrace

By Helen Markey

RESIDENTS of a Victorian terrace in Castlebridge say they are being "squeezed out" after councillors approved plans to turn another family home into shared student housing.

Castlebridge City Council's planning committee gave the go-ahead on Monday for 14 Albert Terrace to become a seven-bedroom house in multiple occupation (HMO).

It will be the sixth HMO on the street of 38 homes, according to neighbours who campaigned against the application.

Maureen Dacey, 71, has lived on Albert Terrace since 1979. She said: "We're losing our street. When I moved here it was all families, kids playing out, everyone knew each other.

"Now half the houses are empty from June to September and the bins are overflowing the rest of the year. I'm not against students, my own grandson is at university, but there has to be a limit."

The council's own policy says applications should normally be refused where more than 10 per cent of homes within 100 metres are already HMOs.

But planning officers said that, on their count, the figure for the area around number 14 was 9.4 per cent, just below the threshold.

Residents dispute the figure, claiming at least two properties being let to students have not been registered with the council.

Ward councillor Tom Ekwueme told the committee the council's records were "simply out of date".

"I have walked this street with residents and counted them myself," he said. "If the numbers are wrong, the decision is wrong."

The applicant, Rowan Lettings, said the property would be "professionally managed to a high standard" with a dedicated contact number for neighbours.

In a letter to the council, the firm's director, Gareth Pryce, wrote: "There is a clear and growing demand for good quality student accommodation in this part of the city and this proposal helps to meet it."

Committee member Cllr Lucy Hanrahan said she had "a great deal of sympathy" with residents but could not see a lawful reason to refuse the application.

"We can only go on the evidence in front of us," she said.

The committee voted by eight votes to two to approve the plans.

A council spokesman said officers would "look again" at the HMO register for the area following the concerns raised at the meeting.""",
        [
            ("We're losing our street", "Maureen Dacey"),
            ("squeezed out", "residents"),
            ("We're losing our street. When", "Maureen Dacey"),
            ("Now half the houses are", "Maureen Dacey"),
            ("simply out of date", "Tom Ekwueme"),
            ("I have walked this street", "Tom Ekwueme"),
            ("If the numbers are wrong,", "Tom Ekwueme"),
            ("professionally managed to a high", "Rowan Lettings"),
            ("There is a clear and", "Gareth Pryce"),
            ("a great deal of sympathy", "Lucy Hanrahan"),
            ("We can only go on", "Lucy Hanrahan"),
            ("look again", "spokesman"),
        ],
    ),
    (
        """Second home owners face 300 per cent council tax premium

Owners of second homes in Ceredwyn will pay four times the standard rate of council tax from next April after councillors backed the maximum premium allowed in Wales.

The decision, made at a full council meeting on Thursday, means the owner of a typical band D second home in the county will face an annual bill of more than £7,400.

Council leader Cllr Eleri Vaughan said the premium was about ‘giving local people a fighting chance’ of staying in the communities where they grew up.

‘In some of our coastal villages more than a third of houses are now second homes or holiday lets,’ she said.

‘Young people who were born in those villages, who work there, cannot find anywhere to rent, let alone buy. That is not a sustainable situation and we would be failing them if we did nothing.’

The council estimates the premium will raise an extra £4.8 million a year, which it says will be spent on affordable housing schemes and bringing empty homes back into use.

Sioned Morgan, 27, a nurse from Llanfaredd who still lives with her parents, said she had welcomed the decision.

‘I’ve been looking for two years and there is nothing,’ she said. ‘Every time a cottage comes up it goes to someone from away for cash.’

But Llanfaredd businessman Huw Griffiths, who owns a holiday cottage in the village, said the policy would ‘punish people who have invested in the area for decades’.

‘We pay for local tradespeople, we eat in the pubs, we shop in the village,’ he told the Chronicle. ‘If we are driven out, those businesses will go with us.’

Opposition group leader Cllr Dafydd Rees said he supported action on second homes but that the council had gone ‘too far, too fast’.

He said: ‘There are families who have inherited a house from their parents and are trying to decide what to do with it. Some of them will now be forced to sell in a hurry, and that is not going to help anyone.’

The Wales Holiday Homes Association said in a statement it was ‘exploring all options’, including a possible legal challenge.

A Welsh Government spokesperson said councils had been given the powers ‘to respond to local circumstances’ and it was for each authority to decide how to use them.""",
        [
            ("giving local people a fighting", "Eleri Vaughan"),
            ("In some of our coastal", "Eleri Vaughan"),
            ("Young people who were born", "Eleri Vaughan"),
            ("I’ve been looking for two", "Sioned Morgan"),
            ("Every time a cottage comes", "Sioned Morgan"),
            ("punish people who have invested", "Huw Griffiths"),
            ("We pay for local tradespeople,", "Huw Griffiths"),
            ("If we are driven out,", "Huw Griffiths"),
            ("too far, too fast", "Dafydd Rees"),
            ("There are families who have", "Dafydd Rees"),
            ("exploring all options", "Wales Holiday Homes Association"),
            ("to respond to local circumstances", "spokesperson"),
        ],
    ),
    (
        """Green belt sites dropped from draft Local Plan after backlash

By Priya Sandhu, Local Democracy Reporter

Three green belt sites earmarked for nearly 2,000 homes have been removed from a draft Local Plan following a backlash from residents.

Stanbridge District Council's cabinet agreed on Tuesday night to a revised version of the plan, which sets out where new homes and businesses should go until 2041.

More than 8,500 people responded to a public consultation last year, the majority objecting to development on fields around the villages of Much Aldham and Coldharbour Green.

Council leader Cllr Simon Kettering said the administration had "listened".

"People told us very clearly that they did not want to see these villages swallowed up, and we have responded to that," he said.

"But I want to be honest with residents. The Government has increased our housing target by almost 40 per cent, and those homes have to go somewhere."

The revised plan instead relies on a larger extension to the south of Stanbridge town and on what ministers have called "grey belt" land - lower quality green belt sites such as former petrol stations and scrubland.

According to an officers' report, "Stanbridge Local Plan 2041: Regulation 19 Update", the changes leave the council around 600 homes short of its target, a gap that will have to be made up through smaller sites and higher densities in town centres.

The Stanbridge Green Belt Alliance welcomed the decision, but warned the fight was "far from over".

Its chairman, Robert Ainsley, told the Local Democracy Reporting Service: "It is a relief for the people of Much Aldham, but the housing numbers haven't gone away. We fully expect developers to come forward with speculative applications on these very same fields."

Liberal Democrat opposition leader Cllr Fiona Marr said residents in the south of the town had been "thrown under the bus" to protect the villages.

"The south Stanbridge extension has grown from 1,200 homes to 2,100 homes overnight, with no new secondary school and no guarantee of a new railway bridge," she said.

"Nobody living in Hollins Park was asked about that, because it wasn't in the plan they were consulted on."

She said her group would call for the decision to be reviewed by the council's overview and scrutiny committee.

A council spokeswoman said a further six-week consultation on the revised plan would begin in the spring, before it is submitted to the Planning Inspectorate for examination.""",
        [
            ("listened", "Simon Kettering"),
            ("People told us very clearly", "Simon Kettering"),
            ("But I want to be", "Simon Kettering"),
            ("far from over", "Stanbridge Green Belt Alliance"),
            ("It is a relief for", "Robert Ainsley"),
            ("thrown under the bus", "Fiona Marr"),
            ("The south Stanbridge extension has", "Fiona Marr"),
            ("Nobody living in Hollins Park", "Fiona Marr"),
        ],
    ),
    (
        """Council warns temporary housing costs 'could bankrupt us'

A council has warned it could be forced to declare itself effectively bankrupt because of the soaring cost of housing homeless families in hotels and bed and breakfasts.

Eastmarsh Borough Council expects to spend £14m on temporary accommodation this year, more than three times the figure five years ago.

In a letter to the housing minister, council leader Andrew Halloran said the authority was "at breaking point".

"We are now spending more on temporary accommodation than we spend on parks, libraries, leisure and waste collection combined," he wrote.

"Without urgent action from government, we will have no choice but to issue a section 114 notice within the next 18 months."

A section 114 notice means a council cannot balance its budget and must stop all new spending except on essential services.

Speaking to BBC Essex, Mr Halloran said: "This isn't about a council that has mismanaged its money. This is about a national housing crisis landing on the doorstep of district councils. Put simply, it could bankrupt us."

There are currently 640 households in temporary accommodation in the borough, including more than 900 children, according to council figures.

One mother, who is living with her two sons in a single room at a hotel near Eastmarsh station, said the family had been there for seven months.

"There's no kitchen, so we eat takeaway or cold food most nights," she said. "My youngest has stopped wanting to go to school because the other kids know where he lives."

The homelessness charity Open Door Essex said the figures were "shocking but not surprising".

Its chief executive, Lorraine Mbeki, said: "Councils are being asked to solve a problem they did not create with money they do not have. The only long-term answer is to build far more social homes."

The council has already bought 40 homes on the open market to use as temporary accommodation, and says it plans to buy a further 60 over the next two years.

A government spokesperson said it was "committed to tackling homelessness" and had provided extra funding to councils this year to help them meet the cost.""",
        [
            ("could bankrupt us", "Andrew Halloran"),
            ("at breaking point", "Andrew Halloran"),
            ("We are now spending more", "Andrew Halloran"),
            ("Without urgent action from government,", "Andrew Halloran"),
            ("This isn't about a council", "Andrew Halloran"),
            ("There's no kitchen, so we", "mother"),
            ("My youngest has stopped wanting", "mother"),
            ("shocking but not surprising", "Open Door Essex"),
            ("Councils are being asked to", "Lorraine Mbeki"),
            ("committed to tackling homelessness", "spokesperson"),
        ],
    ),
    (
        """Villagers vow to fight on after pub flats plan approved

Campaigners trying to save their village’s last pub have vowed to keep fighting after councillors approved plans to convert it into homes.

The Plough at Netherby Bridge closed in 2022 and was bought last year by Kestrel Property Group, which wants to turn the 18th-century building into four flats and build two houses in its car park.

North Dales Council’s planning committee approved the plans by six votes to three on Thursday.

The Friends of the Plough group, which had the pub listed as an asset of community value, had raised £310,000 in pledges towards buying it and running it as a community-owned pub.

Group secretary Alison Breckon said villagers were “heartbroken but not beaten”.

“This pub has been at the centre of Netherby Bridge for 250 years,” she said. “It’s where people have had their wedding receptions, their christenings, their wakes. Once it’s gone, it’s gone forever.”

She said the group had made what it considered a fair offer, but claimed the owners had “never had any intention of selling to us”.

Kestrel Property Group rejected that. In a statement, the company said it had marketed the pub for 12 months “at a price supported by an independent valuation” and had received no viable offer.

“The Plough was losing money long before we acquired it, and sadly there is no realistic prospect of it reopening as a pub,” the statement said.

“Our proposals will bring a historic building back into use and provide much-needed homes for the village.”

Committee members were told that a viability consultant, commissioned by the council, had concluded the pub could not be run profitably.

Cllr Neil Hebden, who voted against the application, said he did not accept that conclusion.

“I’ve been in pubs in villages half this size that are thriving, because the community owns them and cares about them,” he told the meeting. “We’re being asked to believe that the only thing this building can ever be is flats, and I just don’t buy it.”

Another member of the committee, who asked not to be named, said afterwards that councillors had been left with little choice.

“If we’d refused, they’d have won at appeal and we’d have paid their costs,” they said.

The campaigners say they are now taking legal advice on whether to seek a judicial review of the decision.""",
        [
            ("heartbroken but not beaten", "Alison Breckon"),
            ("This pub has been at", "Alison Breckon"),
            ("It’s where people have had", "Alison Breckon"),
            ("never had any intention of", "Alison Breckon"),
            ("at a price supported by", "Kestrel Property Group"),
            ("The Plough was losing money", "Kestrel Property Group"),
            ("Our proposals will bring a", "Kestrel Property Group"),
            ("I’ve been in pubs in", "Neil Hebden"),
            ("We’re being asked to believe", "Neil Hebden"),
            ("If we’d refused, they’d have", "member of the committee"),
        ],
    ),
    (
        """Tower block residents face move as council backs demolition

About 700 people living in three high-rise blocks in Dunmarnock are to be rehoused after councillors agreed to demolish the flats.

The blocks at Craigview Court need £68m of repairs, including the replacement of cladding and major fire safety works, according to a report by council officers.

Members of Dunmarnock Council's housing committee agreed on Wednesday that demolition and rebuilding would offer better value than refurbishment.

Housing convener Moira Lindsay said it had been "one of the hardest decisions" she had faced in a decade as a councillor.

"These are people's homes, and for many of them they have been home for 30 or 40 years," she said.

"I know how frightening it is to be told you'll have to move. But I am not prepared to ask tenants to keep living in buildings that need this level of work when we can give them something far better.

"Every household will get a dedicated housing officer, and every tenant who wants to come back to Craigview once the new homes are built will have the right to do so."

The council says it plans to replace the towers with around 300 low-rise homes for social rent, with building expected to begin in 2028.

But the Craigview Tenants' Association said many residents felt the decision had been made "behind closed doors".

A statement from the association said: "The council promised a full ballot of tenants. Instead, it ran a survey that half the blocks never saw, and now it is telling us the matter is settled."

Jim Cairney, 74, who has lived on the 14th floor of one of the blocks since 1972, told BBC Scotland he did not want to leave.

"My wife died in that flat. My kids grew up there," he said. "They can offer me a new house with a garden, but it won't be home."

Opposition councillor Callum Reid said the council's own figures showed there were fewer than 300 suitable homes available for rehousing across the city at present.

"Where exactly are 700 people supposed to go?" he asked.

A council spokesman said rehousing would take place "over a period of up to three years" and that no tenant would be moved without being offered suitable accommodation.""",
        [
            ("one of the hardest decisions", "Moira Lindsay"),
            ("These are people's homes, and", "Moira Lindsay"),
            ("I know how frightening it", "Moira Lindsay"),
            ("Every household will get a", "Moira Lindsay"),
            ("behind closed doors", "Craigview Tenants' Association"),
            ("The council promised a full", "Craigview Tenants' Association"),
            ("My wife died in that", "Jim Cairney"),
            ("They can offer me a", "Jim Cairney"),
            ("Where exactly are 700 people", "Callum Reid"),
            ("over a period of up", "spokesman"),
        ],
    ),
]
