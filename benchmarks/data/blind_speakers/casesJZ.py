CASES = [
    (
        """Kwamagagula residents go three weeks without water as municipality blames vandalism

Thandeka Mahlangu

Residents of Kwamagagula in Mpumalanga have been without running water for more than three weeks, with the Sizabantu Local Municipality blaming repeated vandalism at a pump station for the outage.

Residents told News24 they were relying on a single water tanker that arrives at irregular hours, sometimes after midnight.

"We wake up at two in the morning to queue with buckets. Some days the truck doesn't come at all," said Nomsa Shabangu, a 54-year-old mother of four from Extension 3.

Shabangu said elderly neighbours had started buying bottled water with their grant money. "How must a pensioner carry 25 litres up this hill? It is not right," she said.

The municipality's spokesperson, Bheki Mthethwa, said cables and a transformer at the Vukuzenzele pump station had been stolen twice since the beginning of the month.

"Every time we replace the equipment, criminals come back within days. We are dealing with organised syndicates, not petty thieves," Mthethwa said.

He said the municipality had deployed four tankers to the area and that security guards were now stationed at the site around the clock.

But ward councillor Jabulani Nkosi, of the Civic Movement of South Africa (Cimosa), disputed that account. Nkosi said the pump station had been "failing for years" because maintenance money had been diverted to other projects.

"Vandalism is the easy excuse. The truth is that the budget for repairs was underspent for three years in a row while the pumps were falling apart," he said.

According to the municipality's own annual report for 2022/23, only 41% of the repairs and maintenance budget for water infrastructure was spent.

Mthethwa rejected the claim, saying the councillor was "playing politics with people's suffering" ahead of next year's local government elections.

Mpumalanga's Department of Cooperative Governance and Traditional Affairs said it was aware of the situation.

"The department has dispatched a technical team to assist the municipality in restoring supply and to assess the condition of the bulk infrastructure," departmental spokesperson Lindiwe Mokoena said in a statement.

Residents have threatened to march to the municipal offices on Friday if water is not restored by then.

"We have been patient. We voted for these people, and now they tell us about thieves. We want water, not stories," said Sibusiso Dlamini, who chairs the Extension 3 residents' committee.""",
        [
            ("We wake up at two", "Nomsa Shabangu"),
            ("How must a pensioner carry", "Nomsa Shabangu"),
            ("Every time we replace the", "Bheki Mthethwa"),
            ("failing for years", "Jabulani Nkosi"),
            ("Vandalism is the easy excuse.", "Jabulani Nkosi"),
            ("playing politics with people's suffering", "Bheki Mthethwa"),
            ("The department has dispatched a", "Lindiwe Mokoena"),
            ("We have been patient.", "Sibusiso Dlamini"),
        ],
    ),
    (
        """Ntsikana mayor ousted as fragile coalition finally unravels

By Karabo Molefe

The coalition governing the Ntsikana Metropolitan Municipality in the Eastern Cape collapsed on Thursday after councillors voted 58 to 51 to remove executive mayor Xolani Gqamane — the third mayor the metro has had in 18 months.

The motion of no confidence, tabled by the People’s Democratic Front (PDF), passed after two smaller parties that had propped up Gqamane’s administration voted with the opposition.

Speaking to journalists outside the council chamber, Gqamane described the vote as “a backroom deal stitched together by people who care only about positions”.

“Residents of this city will pay the price for this. We were three months away from finalising the water master plan, and now everything stops,” he said.

PDF caucus leader Ayanda Mgudlwa said the motion was a response to collapsing services, not a grab for power.

“There are sewage spills in KwaNdlovu Extension that have been running for six months. Refuse has not been collected in parts of the northern areas since January. That is why we acted,” Mgudlwa said.

The two councillors of the Ntsikana Ratepayers’ Association, which held the finance portfolio under Gqamane, were among those who voted against the mayor. The party’s leader, Marlene van Wyk, told Daily Maverick it had lost confidence after the mayor “repeatedly ignored what we agreed in writing”.

Van Wyk said: “We signed a document that said the coalition partners would be consulted on every senior appointment. That did not happen once. Not once.

“You cannot run a city like a spaza shop where one person keeps the keys.”

Analysts warned that the constant churn at the top was taking a heavy toll on the administration. Thembeka Sigcau, a local governance researcher at the Eastern Cape Institute for Public Policy, said instability filtered down to every level of the municipality.

“Every change of mayor means a new mayoral committee, new priorities and often a new municipal manager. Projects simply stall while everyone waits to see who is in charge,” Sigcau said.

She noted that the metro had spent only 38% of its capital budget by the end of March, a figure she called “shocking for a city with this many infrastructure backlogs”.

Council speaker Nomvuyo Tshangana said a special sitting to elect a new mayor would be convened within 14 days, as required by law. Until then, the municipal manager will perform the mayor’s functions.

The PDF has not yet named its candidate. Mgudlwa would say only that negotiations with “all parties who put residents first” were under way, and that an announcement would be made “in due course”. DM""",
        [
            ("a backroom deal stitched together", "Xolani Gqamane"),
            ("Residents of this city will", "Xolani Gqamane"),
            ("There are sewage spills in", "Ayanda Mgudlwa"),
            ("repeatedly ignored what we agreed", "Marlene van Wyk"),
            ("We signed a document that", "Marlene van Wyk"),
            ("You cannot run a city", "Marlene van Wyk"),
            ("Every change of mayor means", "Thembeka Sigcau"),
            ("shocking for a city with", "Thembeka Sigcau"),
            ("all parties who put residents", "Ayanda Mgudlwa"),
            ("in due course", "Ayanda Mgudlwa"),
        ],
    ),
    (
        """Thutong residents barricade roads in protest over power cuts

Lerato Mokoena

Police fired rubber bullets to disperse hundreds of protesting residents in Thutong, east of Johannesburg, yesterday as anger over prolonged power cuts boiled over.

Residents barricaded main roads with burning tyres, rocks and rubble from about 4am, leaving commuters stranded and forcing schools in the area to send pupils home early.

The community says it has been subjected to "load reduction" of up to 10 hours a day for the past two months, on top of scheduled load shedding.

"We are not refusing to pay. Most of us buy prepaid electricity, but they are punishing the whole area because of a few people who connect illegally," said Kgomotso Sebola, 38, a hairdresser who says she has lost customers.

"I can't work without electricity. My children do homework by candlelight. This is 2024, not 1950."

Another resident, who asked not to be named for fear of victimisation, said the community had written to the municipality three times.

"Nobody replied. Not even an acknowledgement. So what must we do? This is the only language they hear," the resident said.

Police spokesperson Captain Tumelo Masilo said 14 people had been arrested for public violence and would appear in the Rietvlei magistrate's court tomorrow.

"Police will not tolerate the destruction of property and the blocking of roads. People have a right to protest, but it must be done peacefully," Masilo said.

He said the situation was "calm but tense" by late afternoon, with police still monitoring the area.

City of Rietvlei spokesperson Refilwe Dube said load reduction was only applied in areas where illegal connections overloaded transformers.

"When transformers are overloaded, they explode, and replacing one costs the city up to R400,000. Load reduction protects the infrastructure for everyone, including the people who pay," she said.

Dube said the city would meet community leaders on Thursday and that a team would be sent to remove illegal connections in the area.

But ward committee member Pule Maseko said residents had heard such promises before.

"They come with their nice words, they take photos and then they disappear until election time. We are tired," he said.""",
        [
            ("We are not refusing to", "Kgomotso Sebola"),
            ("I can't work without electricity.", "Kgomotso Sebola"),
            ("Nobody replied. Not even an", "resident"),
            ("Police will not tolerate the", "Tumelo Masilo"),
            ("calm but tense", "Tumelo Masilo"),
            ("When transformers are overloaded, they", "Refilwe Dube"),
            ("They come with their nice", "Pule Maseko"),
        ],
    ),
    (
        """Sinethemba: 300 families share 12 chemical toilets

Municipality says land is in a flood line, but cannot say when families will be moved

By Buhle Mzimba

About 300 families in Sinethemba informal settlement in Klipfontein say they have been sharing 12 chemical toilets for more than a year, and that the toilets are cleaned only once a week.

Residents said the toilets overflow by the weekend, forcing many to relieve themselves in the bush next to the settlement.

"At night the women go in groups because it is not safe. Last year a girl was attacked on her way to the bushes," said community leader Nosipho Qwabe.

Qwabe said the settlement was established in 2019 when backyard dwellers from nearby Klipfontein township occupied vacant municipal land. She said residents had asked the Kaaimans Local Municipality for flush toilets connected to the sewer line that runs along the main road.

"The pipe is right there. We can see it. They say it is too expensive, but every month they pay a company to bring these chemical toilets that nobody wants," she said.

GroundUp counted 12 chemical toilets on Tuesday. Four had broken doors and two were locked.

Zola Fani, who has lived in the settlement with his wife and two children since it was established, said the family used a bucket at night. "I'm ashamed to say it. But what can I do? My children cannot go into those toilets," he said.

In a written response to GroundUp, the municipality said the land was "not suitable for permanent services" because part of it fell within the 1-in-50-year flood line.

"The municipality is in the process of identifying alternative land for the relocation of the community. In the interim, the municipality will increase the servicing of the chemical toilets to twice per week," the response said.

The municipality did not say when the relocation would happen or where the alternative land was.

Andile Jonas, mayoral committee member for basic services, said he would visit the settlement. Jonas told GroundUp: "I was not aware that the servicing had dropped to once a week. That is not what the contract says, and I have asked officials to investigate."

Ntombi Sodladla, a researcher at the Social Justice Resource Project, said the right to dignified sanitation was "not something that can wait for a relocation that may never happen".

"We have seen many communities told they will be relocated. Ten years later, they are still there, still using chemical toilets," she said.

Sodladla said the municipality was obliged to provide basic services to informal settlements regardless of plans to move residents in future.""",
        [
            ("At night the women go", "Nosipho Qwabe"),
            ("The pipe is right there.", "Nosipho Qwabe"),
            ("I'm ashamed to say it.", "Zola Fani"),
            ("not suitable for permanent services", "Kaaimans Local Municipality"),
            ("The municipality is in the", "Kaaimans Local Municipality"),
            ("I was not aware that", "Andile Jonas"),
            ("not something that can wait", "Ntombi Sodladla"),
            ("We have seen many communities", "Ntombi Sodladla"),
        ],
    ),
    (
        """Only 34 municipalities get clean audits, AG report shows

Marizka Coetzee

Only 34 of the country's 257 municipalities received clean audits in the 2022-23 financial year, with Auditor-General Nomathemba Khumalo-Radebe warning that accountability in local government remained "worryingly weak across all provinces".

Presenting the consolidated local government audit outcomes in Pretoria yesterday, Khumalo-Radebe said irregular expenditure across municipalities had climbed to R38.7 billion, up from R31.2 billion the previous year.

"Year after year, we report the same findings to the same councils, and year after year, very little changes. Where there are no consequences, there is no reason for anyone to behave differently," she said.

The report, compiled by the Auditor-General of South Africa (AGSA), found that 61 municipalities were in a financially vulnerable position. It states that in many of them "the basic disciplines of financial management have broken down", with municipalities failing to keep proper records or to pay creditors on time.

Khumalo-Radebe singled out water and sanitation projects, saying her office had visited sites where infrastructure had been paid for but never completed.

"In one municipality we found a water treatment works that was declared complete and paid in full. When our teams arrived, there was no water coming out of it," she told reporters.

The United Citizens' Party spokesperson on cooperative governance, Pieter Engelbrecht, said the findings were "an indictment of a governing party that has used municipalities as employment agencies".

"The minister cannot keep expressing concern. We need to see municipal managers and CFOs in court," Engelbrecht said in a statement.

Ministry of Local Government and Traditional Affairs spokesperson Kagiso Phiri said the minister would meet provincial MECs next week to discuss the findings.

"The minister shares the concerns raised by the Auditor-General. The department is finalising amendments that will make it easier to hold officials to account," Phiri said.

He said the ministry was also working with National Treasury to place finance specialists in the 20 worst-performing municipalities.

The Association of South African Municipalities (Asam) said in a statement that many smaller municipalities simply could not attract qualified finance staff.

"Rural municipalities with a small revenue base are competing with metros and the private sector for the same scarce skills. Without targeted support, the audit outcomes will not improve," the association said.""",
        [
            ("worryingly weak across all provinces", "Nomathemba Khumalo-Radebe"),
            ("Year after year, we report", "Nomathemba Khumalo-Radebe"),
            ("the basic disciplines of financial", "Auditor-General of South Africa"),
            ("In one municipality we found", "Nomathemba Khumalo-Radebe"),
            ("an indictment of a governing", "Pieter Engelbrecht"),
            ("The minister cannot keep expressing", "Pieter Engelbrecht"),
            ("The minister shares the concerns", "Kagiso Phiri"),
            ("Rural municipalities with a small", "Association of South African Municipalities"),
        ],
    ),
    (
        """Water board gives Motheo-Vaal deadline to pay or face supply cuts

Nokuthula Zwane

Bulk water supplier Vaalrand Water has given the Motheo-Vaal Local Municipality until the end of the month to settle part of its R1.2 billion debt or face a drastic reduction in supply to more than 200,000 residents.

In a letter to the municipality's acting municipal manager dated June 3, seen by The Star, Vaalrand Water chief executive Dr Hendrik Pretorius said the utility could "no longer subsidise non-paying municipalities at the expense of those that pay".

"Vaalrand Water has exhausted all reasonable avenues, including payment agreements that the municipality has repeatedly failed to honour," Pretorius wrote.

"Should no acceptable payment be received by 30 June, supply will be reduced to 40% of the normal daily volume."

Acting municipal manager Mpho Letsoalo confirmed receipt of the letter. He said the municipality was itself owed more than R900 million by residents and businesses, and that its collection rate had dropped below 50%.

"We are in a very difficult position. We cannot pay Vaalrand Water if our own customers don't pay us. We are asking residents who can pay to please come forward," Letsoalo said.

He said the municipality had submitted a new payment proposal on Monday and was awaiting a response.

Residents in Rietspruit, who already endure intermittent supply, reacted with alarm.

Pensioner Elsie Mofokeng, 71, said: "If they cut it more, we will have nothing. Already the taps are dry from the afternoon until the next morning."

Local business chamber chairperson Ronel Swart said businesses had been paying their accounts but were being punished for the municipality's failures.

"Our members pay on time, every month. But the money goes into a black hole. It is not reaching Vaalrand Water and it is not reaching the infrastructure," Swart said.

Swart said the chamber was considering legal action to have payments for water ringfenced so that they went directly to the bulk supplier.

The provincial government said it would step in before the deadline.

"We have called an urgent meeting between the municipality and the water board to avoid a humanitarian crisis. Nobody will be left without water," said MEC for local government Dimakatso Motaung.

Motaung said the department would also assess whether the municipality's finances warranted a formal intervention.""",
        [
            ("no longer subsidise non-paying municipalities", "Hendrik Pretorius"),
            ("Vaalrand Water has exhausted all", "Hendrik Pretorius"),
            ("Should no acceptable payment be", "Hendrik Pretorius"),
            ("We are in a very", "Mpho Letsoalo"),
            ("If they cut it more,", "Elsie Mofokeng"),
            ("Our members pay on time,", "Ronel Swart"),
            ("We have called an urgent", "Dimakatso Motaung"),
        ],
    ),
    (
        """Inkosana municipality placed under administration — again

Zimasa Hlongwane

The KwaZulu-Natal provincial government has placed the Inkosana Local Municipality under administration, less than two years after a previous intervention ended, amid allegations of tender fraud and a collapse in basic services.

MEC for cooperative governance and traditional affairs Sbusiso Ngcobo announced the decision on Tuesday, invoking section 139(1)(b) of the Constitution.

“The executive council has taken this decision with a heavy heart, but we cannot stand by while residents go without water, roads crumble and money meant for services disappears,” Ngcobo said at a media briefing.

He said Thulani Zungu, a former municipal manager of a neighbouring municipality, would be appointed administrator and would take over the executive functions of the council for an initial six months.

A forensic report by Mavuso Forensic Consulting, commissioned by the provincial department and seen by the Mail & Guardian, found that R64-million in contracts had been awarded to companies linked to municipal officials and their relatives between 2021 and 2023.

The report recommends criminal charges against at least seven officials. “There is prima facie evidence that the bid adjudication committee knowingly disregarded the recommendations of the evaluation committee in favour of connected bidders,” it states.

Mayor Bongani Mthembu said the intervention was “politically motivated” and that the council would challenge it in court.

“This is not about service delivery. This is about certain people in the province who want to control the tenders in this municipality through the administrator. We will see them in court,” Mthembu told the M&G.

A senior official in the municipality, who spoke on condition of anonymity because they were not authorised to speak to the media, painted a different picture.

“People are relieved. For two years we have watched money disappear while the water plant broke down. Anyone who complained was moved to another department,” the official said.

Residents of Nqabeni, the municipality’s largest town, have endured water outages lasting up to a fortnight since the main treatment works broke down in February.

Inkosana was previously under administration between 2020 and 2022. Dr Lwazi Mkhize of the Centre for Local Governance Studies said repeated interventions suggested the model was not working.

“Administrators come in, stabilise things for a few months and leave. Nothing structural changes — the same officials remain and the same networks continue,” Mkhize said.

He said the province needed to “go beyond administration” and make sure that the findings of forensic reports ended up in court rather than in a drawer.""",
        [
            ("The executive council has taken", "Sbusiso Ngcobo"),
            ("There is prima facie evidence", "Mavuso Forensic Consulting"),
            ("politically motivated", "Bongani Mthembu"),
            ("This is not about service", "Bongani Mthembu"),
            ("People are relieved. For two", "senior official in the municipality"),
            ("Administrators come in, stabilise things", "Lwazi Mkhize"),
            ("go beyond administration", "Lwazi Mkhize"),
        ],
    ),
    (
        """Rubbish piles up across Lekgolo as refuse workers' strike enters second week

Uncollected rubbish is piling up on street corners across the Lekgolo metro as a strike by refuse workers entered its second week on Monday, with the city warning of a growing health hazard.

About 1,800 workers affiliated to the South African Local Government Workers' Union (Salgwu) downed tools last Monday, demanding a 12% wage increase and the permanent employment of hundreds of contract workers.

Salgwu regional secretary Themba Ramokgopa told TimesLIVE the union would not back down.

"Some of these comrades have been on contract for eight years, doing the same work as permanent staff for half the pay. That is exploitation, and the city knows it," he said.

Ramokgopa said the workers had been offered 5.4%, which he described as "an insult to people who clean this city every day".

City manager Charlotte Mabena said the city could not afford the union's demands.

"The city is under severe financial pressure. Every rand we give beyond what is affordable will have to come from service delivery budgets or from ratepayers," Mabena said.

She said the city had obtained an interdict on Friday preventing striking workers from intimidating non-striking staff and private contractors brought in to clear backlogs.

In a statement on Sunday, the Lekgolo Metropolitan Municipality said contractors had cleared rubbish at 40 "hotspots" but that the backlog remained significant.

"Residents are urged not to burn refuse and to keep waste bags closed and secured until collection resumes," the statement said.

In Sunnyridge, resident Farieda Jacobs said the smell had become unbearable.

"There are maggots in the bins and the dogs are tearing the bags open. We pay our rates, so where is the service?" she asked.

A police source, who asked not to be named, said officers had been deployed after reports that refuse trucks driven by contractors had been stoned in two areas on Saturday.

"It is mostly isolated incidents, but we are monitoring closely," the source said.

Talks between the union and the city are expected to resume at the bargaining council on Wednesday.""",
        [
            ("Some of these comrades have", "Themba Ramokgopa"),
            ("an insult to people who", "Themba Ramokgopa"),
            ("The city is under severe", "Charlotte Mabena"),
            ("Residents are urged not to", "Lekgolo Metropolitan Municipality"),
            ("There are maggots in the", "Farieda Jacobs"),
            ("It is mostly isolated incidents,", "police source"),
        ],
    ),
]
