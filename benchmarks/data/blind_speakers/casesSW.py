CASES = [
    (
        """Rock lobster catch cut 'a gut punch' for Kōtare Bay fishers

Commercial crayfish catches along the Te Rāwhiti coast will be cut by almost a third from April, a decision local fishers say could push some family operations out of business.

Oceans and Fisheries Minister Gareth Pomare announced the reduction to the area's total allowable commercial catch yesterday, citing survey data showing lobster numbers at their lowest level in two decades.

"The science is clear and I am not prepared to gamble with the future of this fishery," Pomare said in a statement. "A smaller cut now is far better than a closure later."

Kōtare Bay fisher Hemi Walker, who has worked the coast for 31 years, described the decision as "a gut punch" for small operators.

"We've been telling them for years that the recreational take is the problem, and they come after the commercial guys every time," he said. "I've got two boats and six crew. I don't know how many of those I'll still have by winter."

Walker said many of the quota holders on the coast were already carrying debt from new vessel safety requirements introduced in 2022.

The Te Rāwhiti Rock Lobster Industry Association said it accepted the stock was under pressure but questioned the size of the cut.

Its chair, Louise Ferreira, told RNZ the association had proposed a 15 percent reduction alongside a closed season in the spawning months.

"We put a workable plan on the table. The minister has gone twice as far and offered nothing to help people get through it," she said.

The ministry's director of fisheries management, Dr Ana Tuilagi, said officials had consulted widely and the final figure reflected "the best available information".

According to Tuilagi, the survey found the number of legal-sized lobsters had fallen by about 40 percent since 2017, with the sharpest drop on shallow reefs close to the coast's main boat ramps.

Environmental group Coastwatch Aotearoa welcomed the cut but said it did not go far enough.

"This is a fishery on life support," spokesperson Mere Hōhaia said. "Cutting the commercial catch while barely touching the recreational limit sends the wrong message."

The recreational daily bag limit will drop from six to four lobsters per person.

The local iwi, Ngāti Kōtare, said in its submission that customary harvest should be protected, warning that "our whānau have fed themselves from these reefs for generations and should not carry the cost of decisions made in Wellington".

Pomare said the catch limits would be reviewed again in two years.""",
        [
            ("a gut punch", "Hemi Walker"),
            ("The science is clear and", "Gareth Pomare"),
            ("A smaller cut now is", "Gareth Pomare"),
            ("a gut punch", "Hemi Walker"),
            ("We've been telling them for", "Hemi Walker"),
            ("I've got two boats and", "Hemi Walker"),
            ("We put a workable plan", "Louise Ferreira"),
            ("the best available information", "Ana Tuilagi"),
            ("This is a fishery on", "Mere Hōhaia"),
            ("Cutting the commercial catch while", "Mere Hōhaia"),
            ("our whānau have fed themselves", "Ngāti Kōtare"),
        ],
    ),
    (
        """Village relocation plan gets funding boost

By Litia Vakacegu

SUVA — Residents of Naqalimare Village will begin moving to higher ground next year after Government confirmed $4.2 million in funding for the relocation.

Minister for Rural Development and Climate Resilience Jone Raravula made the announcement in Parliament on Tuesday, saying rising seas and repeated flooding had left the coastal community with no other option.

"For many years the people of Naqalimare have watched the sea come closer to their homes," Mr Raravula said.

"Their seawall has failed twice, their plantations have been poisoned by salt, and their children have been forced to walk through floodwater to reach school. We cannot ask them to wait any longer."

The village, home to about 230 people, is one of 42 communities identified under the national planned relocation guidelines as needing to move within the next decade.

Village headman Semi Koroi said the community had made the decision to move after long discussions among elders.

"It was not easy. Our ancestors are buried here and this land is part of who we are," he said.

"But we have to think of our grandchildren. We would rather move now, together, than wait for a cyclone to make the choice for us."

Mr Koroi said the new site, about 1.5 kilometres inland on mataqali land, had been offered by a neighbouring clan.

According to the ministry, the funding will cover 48 new homes built to Category 5 cyclone standards, a water supply system, solar power and a community hall.

A ministry official, who asked not to be named because he was not authorised to speak to media, said construction was expected to take about 18 months but warned that "delays in materials arriving from overseas could push that out".

The Pacific Climate Action Network welcomed the announcement but said Government needed a long-term financing plan.

"Relocation is the last resort and it is very expensive," the network's Fiji coordinator, Salote Vunisea, said.

"Every village that moves costs millions of dollars. Developed countries that caused this crisis must pay their share through the loss and damage fund, not just offer loans."

Opposition MP Mereani Tuikoro said she supported the project but questioned why it had taken four years since the village first asked for help.

"The people of Naqalimare wrote to Government in 2021," she told reporters outside Parliament. "They should not have had to wait through two cyclone seasons."

Mr Raravula said work on the new site would begin in February.""",
        [
            ("For many years the people", "Jone Raravula"),
            ("Their seawall has failed twice,", "Jone Raravula"),
            ("It was not easy.", "Semi Koroi"),
            ("But we have to think", "Semi Koroi"),
            ("delays in materials arriving from", "ministry official"),
            ("Relocation is the last resort", "Salote Vunisea"),
            ("Every village that moves costs", "Salote Vunisea"),
            ("The people of Naqalimare wrote", "Mereani Tuikoro"),
            ("They should not have had", "Mereani Tuikoro"),
        ],
    ),
    (
        """Council votes to abandon defence of eroding road

By Tessa McAllister

A South Otago council has voted to stop protecting a section of coastal road repeatedly damaged by storms, in what it describes as the first step in a long-term retreat from the shoreline.

The Kaiwera District Council voted 7-4 yesterday to stop maintaining rock protection along a 600m stretch of Tīhore Beach Rd and to begin planning an inland route.

Mayor Bryce Calder said the council could no longer justify spending hundreds of thousands of dollars every time a storm hit.

"We have spent $2.1 million on that road in the past eight years and the sea has taken most of it back," Mr Calder said.

"Ratepayers across the whole district are paying for that, and they are entitled to ask when it stops."

A report to councillors by infrastructure manager Deepak Raman estimated the road would be "functionally lost" within 15 to 25 years under current sea-level rise projections.

Cr Moana Tait, who represents the coastal ward, voted against the proposal and said residents had been given too little warning.

"People out there have built their lives around that road. Some of them are in their 80s. You can't just tell them the council is walking away," Cr Tait said.

She said she was not opposed to planning for retreat but wanted a firm commitment the new route would be built before protection stopped.

Tīhore Beach Residents' Association chairwoman Gillian Rusk said about 40 households relied on the road.

Ms Rusk said members were "angry but not surprised".

"We've seen this coming for years. What we haven't seen is any plan for what happens to us."

Cr Peter Van Gelder, who supported the move, said the council had to be honest with residents.

"The worst thing we could do is keep pretending. Every dollar we put into rocks on that beach is a dollar we're not putting into the new road."

Council staff will report back in March with options and costings for the inland route, which Mr Raman said could cost between $6 million and $9 million.

The council will also seek funding from the national roading agency, although a spokeswoman for the agency said it was "too early to comment on any application".

The regional council's natural hazards team has identified Tīhore Beach as one of six communities in the region facing significant coastal erosion risk this century.

A public meeting will be held at the Tīhore Beach hall on November 14.""",
        [
            ("We have spent $2.1 million", "Bryce Calder"),
            ("Ratepayers across the whole district", "Bryce Calder"),
            ("functionally lost", "Deepak Raman"),
            ("People out there have built", "Moana Tait"),
            ("angry but not surprised", "Gillian Rusk"),
            ("We've seen this coming for", "Gillian Rusk"),
            ("The worst thing we could", "Peter Van Gelder"),
            ("too early to comment on", "spokeswoman"),
        ],
    ),
    (
        """Tuna talks end without deal on longline monitoring

Pacific Island countries have left a week of regional fisheries negotiations without a deal to expand independent monitoring on longline vessels, a result one delegate described as “deeply frustrating”.

Members of the Central Pacific Tuna Commission, meeting at Salevaka, were unable to agree on a proposal to raise observer coverage on longliners from 5 percent to 20 percent by 2028.

The proposal, put forward by a bloc of 11 Pacific states, was opposed by several distant-water fishing nations, which argued that electronic monitoring should be trialled first.

The head of the Pacific delegation, Tavita Leauanae, said the outcome was “deeply frustrating” for small island states whose economies depend on tuna.

“We are talking about the single most valuable resource many of our countries have,” he told RNZ Pacific. “At the moment, on 95 percent of longline trips, nobody independent is watching what comes out of the water.”

“We know there is under-reporting. We know there are shark finning and seabird bycatch issues. And yet every year we hear the same excuses.”

Longline fleets target albacore and bigeye tuna, and observers say the fishery has long been the least transparent in the region.

A delegate from one of the distant-water fishing nations, speaking on condition of anonymity, said his government supported better monitoring in principle. “The question is cost and safety,” he said. “Putting a human observer on a small longliner for three months at sea is not simple.”

The commission’s executive director, Dr Karin Holmqvist, said in a closing statement that members had made progress on other issues, including a new harvest strategy for South Pacific albacore.

“It would be wrong to say this meeting achieved nothing,” the statement said. “The albacore decision gives industry and coastal states certainty for the first time.”

But Pacific fisheries advocate Losa Fonoti, of the Ocean Justice Pacific network, said the albacore deal would mean little without better data.

“You can’t manage what you can’t see,” Ms Fonoti said. “A harvest strategy built on numbers the fleets report themselves is a house built on sand.”

The Pacific bloc has said it will consider stricter monitoring conditions in licences for boats fishing in its own waters, regardless of the commission’s decision.

Leauanae said that option was “on the table” and would be discussed when fisheries ministers meet in March.

“If the commission can’t act, we will act ourselves,” he said.""",
        [
            ("deeply frustrating", "Tavita Leauanae"),
            ("deeply frustrating", "Tavita Leauanae"),
            ("We are talking about the", "Tavita Leauanae"),
            ("At the moment, on 95", "Tavita Leauanae"),
            ("We know there is under-reporting.", "Tavita Leauanae"),
            ("The question is cost and", "delegate from one of the distant-water fishing nations"),
            ("Putting a human observer on", "delegate from one of the distant-water fishing nations"),
            ("It would be wrong to", "Karin Holmqvist"),
            ("The albacore decision gives industry", "Karin Holmqvist"),
            ("You can’t manage what you", "Losa Fonoti"),
            ("A harvest strategy built on", "Losa Fonoti"),
            ("on the table", "Tavita Leauanae"),
            ("If the commission can’t act,", "Tavita Leauanae"),
        ],
    ),
    (
        """Ratepayers face $450 levy to rebuild stopbanks

Ratepayers in the Ruawhenua district face a one-off levy of up to $450 each to help rebuild flood defences wrecked during Cyclone Hinerau, under a proposal released by the council today.

The Ruawhenua District Council says the levy, spread over three years, would raise about $14m towards a $61m programme to repair and raise stopbanks along the Mangatoa River.

The balance would come from the Government's regional resilience fund and a loan, according to council documents.

Mayor Dianne Whitcombe said no one wanted to pay more but the alternative was worse.

"We saw in February what happens when those banks fail. We lost two lives, 300 homes were flooded and the town was cut off for nine days," Whitcombe said.

"I'm not going to stand in front of this community after the next big storm and tell them we decided it was too expensive."

The levy would be charged on top of an average rates rise of 9.8 per cent already signalled for the coming year.

Colin Aperahama, chairman of the Ruawhenua Rural Ratepayers' Association, told the Herald that farms on the river flats would pay the most under the proposed formula.

"A lot of our members are still cleaning silt out of their paddocks. Some haven't had an insurance payout yet. Now the council wants another cheque," he said.

He said the association supported rebuilding the stopbanks but wanted the cost shared more evenly between rural and urban properties.

The council's chief executive, Marcus Pryde, said the formula was based on which properties benefited most from flood protection.

"The properties closest to the river get the greatest benefit, so it's fair that they contribute more," he said.

A Mangatoa township resident, whose home was flooded to the ceiling in February, said she would find the money somehow.

"I'd pay double if it meant I never had to go through that again," the woman, who did not want to be named, said. "We lost everything. The kids still get scared when it rains."

The consultation also includes a proposal to buy out about 40 homes in the worst-affected part of the lower valley, rather than protect them.

Whitcombe said decisions on those properties would be made "in partnership with the owners, not imposed on them".

A spokesman for the Minister for Emergency Management said the Government had received the council's funding application and was "working through it alongside requests from other affected regions".

Submissions close on June 30.""",
        [
            ("We saw in February what", "Dianne Whitcombe"),
            ("I'm not going to stand", "Dianne Whitcombe"),
            ("A lot of our members", "Colin Aperahama"),
            ("The properties closest to the", "Marcus Pryde"),
            ("I'd pay double if it", "Mangatoa township resident"),
            ("We lost everything. The kids", "Mangatoa township resident"),
            ("in partnership with the owners,", "Dianne Whitcombe"),
            ("working through it alongside requests", "spokesman"),
        ],
    ),
    (
        """Chiefs extend tabu on reef as fish stocks recover

By Jimmy Natuman

Chiefs on the island of Malekuru have agreed to extend a traditional ban on fishing across the main reef for another three years, saying catches around the protected area have improved noticeably since it was introduced.

The tabu, first declared in 2021, covers about 4 square kilometres of reef and lagoon off the villages of Lonbwe and Tasiriki. Harvesting of trochus, giant clams and sea cucumber is prohibited inside the area, and line fishing is allowed only on two days a month.

Speaking after a meeting of the area council of chiefs on Saturday, paramount chief Kalo Tamata said the decision had been unanimous.

"When we first put the tabu, many young men were angry with us because they said we are taking food from their families," Chief Tamata said.

"Now the same young men come to tell us they are catching bigger fish outside the tabu than they caught before. The reef is feeding us again."

A survey carried out last year by the Department of Fisheries with the help of local monitors found the number of reef fish inside the area had roughly doubled since 2021.

Provincial fisheries officer Rachel Boe said the results were encouraging but cautioned that "one good survey does not mean the job is done".

"Sea cucumber in particular takes a long time to come back. If the area is opened too early, the stock could be wiped out in a few weeks," she said.

Women in the two villages have played a central role in monitoring the tabu. Mary Lulu, who leads the Lonbwe women's monitoring group, said the women counted clams and trochus every three months and reported anyone breaking the rules to the chiefs.

She explained the approach simply: "The reef is our garden. If you take everything from your garden at once, you will be hungry next season."

Not everyone supports the extension. A fisherman from Tasiriki, who asked not to be named, said some families who relied on selling sea cucumber had struggled to pay school fees since the ban.

"The chiefs are right that the fish are coming back, but nobody has given us another way to earn money," he said.

The provincial government has said it will look at supporting small businesses such as handicrafts and guesthouses for visitors to the area.

According to a statement from the Malekuru Area Council of Chiefs, anyone caught fishing inside the tabu will be fined one pig and 20,000 vatu, "as decided by custom and agreed by all the communities".

The extension will take effect from next month.""",
        [
            ("When we first put the", "Kalo Tamata"),
            ("Now the same young men", "Kalo Tamata"),
            ("one good survey does not", "Rachel Boe"),
            ("Sea cucumber in particular takes", "Rachel Boe"),
            ("The reef is our garden.", "Mary Lulu"),
            ("The chiefs are right that", "fisherman from Tasiriki"),
            ("as decided by custom and", "Malekuru Area Council of Chiefs"),
        ],
    ),
    (
        """Fish factory closure to cost 140 jobs in Port Awanui

By Kieran Doherty

Tasman Crest Seafoods will close its Port Awanui processing plant in August, putting about 140 people out of work in a town of fewer than 3000.

The company told staff at a meeting on Tuesday morning that the plant was no longer viable after successive cuts to hoki and orange roughy quota and rising energy and freight costs.

"This has been an extremely difficult decision and not one we have taken lightly," the company said in a statement.

"Port Awanui has been part of Tasman Crest for more than 40 years and we recognise the impact this will have on our people and their families."

Processing will be consolidated at the company's main plant in Kaitāhuna.

Chief executive Graham Stroud told the Herald the company would offer redeployment to staff willing to relocate, but acknowledged "most of them won't be able to".

"A lot of our Port Awanui people have family ties, whānau, homes there. We understand it's not simply a matter of moving," Stroud said.

Workers leaving the meeting were visibly upset. One filleter, who has worked at the plant for 22 years, said staff had heard rumours for months but had hoped they were wrong.

"My mum worked here, my aunties worked here. This place is the town," she said. "What are people supposed to do now? There's nothing else here."

Ruawaka Mayor Tipene Harlow said the news was "devastating" and the district council would do whatever it could to support affected families.

"This is the biggest private employer in the district. You take 140 wages out of a town this size and every business on the main street feels it," Harlow said.

He said he had already spoken to government social agencies and would be asking ministers to help fund retraining.

Sina Fale, an organiser with the Aotearoa Food Workers' Union, said the union would be seeking "every dollar of redundancy owed" and would push the company to keep the plant open until workers had other jobs lined up.

"These workers have kept this company going through Covid, through floods, through everything. They deserve better than a PowerPoint presentation and a three-month countdown," Fale said.

The company said it would provide counselling and employment support through the closure period.""",
        [
            ("This has been an extremely", "Tasman Crest Seafoods"),
            ("Port Awanui has been part", "Tasman Crest Seafoods"),
            ("most of them won't be", "Graham Stroud"),
            ("A lot of our Port", "Graham Stroud"),
            ("My mum worked here, my", "filleter"),
            ("What are people supposed to", "filleter"),
            ("devastating", "Tipene Harlow"),
            ("This is the biggest private", "Tipene Harlow"),
            ("every dollar of redundancy owed", "Sina Fale"),
            ("These workers have kept this", "Sina Fale"),
        ],
    ),
    (
        """Atoll council backs reclamation plan despite lagoon fears

NUKUTAPU — The island council of Nukutapu has voted to support a land reclamation project that would raise a 12-hectare platform above projected sea levels, despite concerns from fishers that dredging could damage the lagoon.

The project, estimated to cost US$38 million, would be funded largely by a grant from the Green Resilience Facility, with the national government contributing land and labour.

Council chairman Falani Iosefa told reporters after Thursday's vote that the island had run out of time.

"Every king tide now the water comes up through the ground in the middle of the village. Our pulaka pits are finished. Our wells are salty. We cannot keep living like this and just hope," he said.

"The reclaimed land will give our people somewhere safe to build, somewhere that will still be dry when our grandchildren are old. This is not about money, it is about whether Nukutapu has a future."

The council voted 9-2 in favour.

One of those who voted against, councillor Seluka Paeniu, said he supported adaptation but worried the community had not been told enough about the environmental effects.

"Our fishermen depend on that lagoon," he said. "When you dig up millions of cubic metres of sand, the water goes cloudy, the coral dies, the fish move away. Who will feed the families then?"

According to an environmental assessment prepared by consultancy Reefline Pacific, sediment plumes from dredging are expected to affect about 15 per cent of the lagoon during construction, with recovery expected "within three to five years" of completion.

Marine scientist Dr Teresa Kaitu, of the University of the Central Pacific, who reviewed the assessment for the council, said that estimate was "optimistic".

She said: "Lagoon systems on atolls are very sensitive. Some areas recover quickly, others do not recover at all. I would want to see much stronger monitoring and a clear plan to stop work if the damage is worse than predicted.

"That is not a reason to say no. But it is a reason to be careful."

A representative of the Green Resilience Facility, who spoke on condition he not be named because negotiations were continuing, said the fund would require an independent monitoring programme as a condition of the grant.

Iosefa said the council would set up a fishers' committee to advise on the project and had asked that dredging be scheduled outside the main spawning season.

"We hear the concerns of the fishermen. They are our brothers and our sons," he said. "We will not let this project destroy the lagoon to save the land."

Construction is expected to begin late next year if final approvals are granted.""",
        [
            ("Every king tide now the", "Falani Iosefa"),
            ("The reclaimed land will give", "Falani Iosefa"),
            ("Our fishermen depend on that", "Seluka Paeniu"),
            ("When you dig up millions", "Seluka Paeniu"),
            ("within three to five years", "Reefline Pacific"),
            ("optimistic", "Teresa Kaitu"),
            ("Lagoon systems on atolls are", "Teresa Kaitu"),
            ("That is not a reason", "Teresa Kaitu"),
            ("We hear the concerns of", "Falani Iosefa"),
            ("We will not let this", "Falani Iosefa"),
        ],
    ),
]
