# Hand-labelled speaker-attribution cases: Middle East / North Africa English-language press.

CASES = [
    (
        """ABU DHABI — Al Dhafra Energy & Petrochemicals Company will raise its crude production capacity to 1.4 million barrels per day by 2028, its chief executive said on Tuesday, even as oil prices hover near their lowest level in more than a year.

“We are building for the decade ahead, not for the next quarter. Demand in Asia has not gone anywhere, and our customers want reliable supply,” Sheikh Hamdan bin Saeed al-Nuaimi told reporters at the company’s headquarters on the Corniche.

The expansion, which the company has branded “Project Sahel”, will include new wells at two onshore fields and an upgraded gas processing plant near Ruwais. Al-Nuaimi put the total cost at about $9 billion but declined to give a breakdown by field.

The announcement comes weeks after OPEC+ members agreed to extend voluntary output cuts into the second half of the year. Asked whether the plan would put the UAE at odds with its partners in the group, he said capacity and production were separate questions.

“Having spare capacity is what gives OPEC+ its credibility. When the market needs barrels, we will be ready, and until then we respect our commitments,” he said.

The Ministry of Energy and Infrastructure said in a statement that the project was in line with the national energy strategy and would create around 3,000 jobs for Emirati nationals over five years.

Analysts were more cautious. Rania Haddad, head of energy research at Dubai-based Meridian Gulf Capital, said the timing sent a message both to markets and to rivals inside the group.

“This is as much about positioning as it is about barrels,” Haddad said. “Abu Dhabi wants a bigger quota when the cuts unwind, and the cheapest way to argue for that is to show you can actually pump it.”

She noted that the company’s own annual outlook, “Energy in Transition 2024”, forecast flat global oil demand by the end of the decade, a projection she said was difficult to reconcile with a multibillion-dollar upstream bet. A company spokesperson said the outlook modelled several scenarios and that low-cost producers came out ahead in all of them.

Environmental groups were less diplomatic. The Beirut-based Arab Network for Climate and Environment Action wrote on X that Gulf producers were “doubling down on the past while the region bakes.”

Shares in the company’s listed drilling unit rose 2.3 percent in Abu Dhabi on Tuesday, outperforming the wider index.""",
        [
        ("We are building for the decade", "Hamdan bin Saeed al-Nuaimi"),
        ("Having spare capacity is what", "Hamdan bin Saeed al-Nuaimi"),
        ("This is as much about", "Rania Haddad"),
        ("Abu Dhabi wants a bigger", "Rania Haddad"),
        ("doubling down on the past", "Arab Network for Climate and Environment Action"),
    ]),
    (
        """BASRA, Iraq — Hundreds of protesters blocked the main road to Umm Qasr port on Sunday for a third consecutive day, burning tyres and chanting against power cuts that have left much of the southern city without electricity for up to 14 hours a day as temperatures climb past 50 degrees Celsius.

Demonstrators carried banners reading “No electricity, no vote” and photographs of a young man from the Hayaniya district who died last week after collapsing from heat exhaustion.

“My children sleep on the roof because the house is an oven. The politicians have generators, air conditioning, everything. We have promises,” said Kadhim Jabbar, a 46-year-old day labourer, standing a few metres from a line of riot police.

Governor Asaad al-Tamimi said on Saturday that the province had requested an emergency allocation of fuel for local power stations and that the federal government bore responsibility for the shortfall. In a televised address, he urged protesters to remain peaceful and warned that “anyone who attacks state property will be held accountable.”

A spokesperson for the Ministry of Electricity in Baghdad blamed reduced gas imports from neighbouring Iran and sabotage of transmission towers in the desert west of the city. “The ministry is working around the clock, but we cannot generate power from nothing,” the spokesperson said, speaking on condition of anonymity because he was not authorised to brief the media.

Activists say the crisis is the product of two decades of mismanagement. Zainab al-Saadi, a founding member of the Basra Civil Youth Gathering, said the protests — which organisers have dubbed “the Summer of Thirst” — were about far more than electricity. She said:

“Every year it is the same story. In winter they forget us, and in summer they send the army. Our water is salty, our young people have no jobs, and the oil that comes out from under our feet goes everywhere except Basra.

“We are not asking for miracles. We are asking for the basic things that any state owes its citizens.”

Oil accounts for more than 90 percent of Iraq’s state revenue, and the bulk of it is exported through Basra’s terminals. A report published last month by the Iraqi Observatory for Human Rights and Development, titled “Rich Land, Poor People”, found that unemployment among young men in the province exceeded 30 percent.

Security forces fired tear gas to disperse a crowd outside the provincial council building late on Sunday. A doctor at al-Sadr Teaching Hospital said at least 11 people had been treated for breathing problems and two for wounds from rubber bullets, describing their condition as “stable and not life-threatening, thank God.”""",
        [
        ("My children sleep on the roof", "Kadhim Jabbar"),
        ("anyone who attacks state property", "Asaad al-Tamimi"),
        ("The ministry is working around", "spokesperson"),
        ("Every year it is the", "Zainab al-Saadi"),
        ("stable and not life-threatening, thank", "doctor at al-Sadr Teaching Hospital"),
    ]),
    (
        """BEIRUT — Four years after the port explosion tore through the historic neighbourhoods of Gemmayzeh and Mar Mikhael, dozens of Ottoman-era and French Mandate houses remain propped up by rusting steel beams, their owners caught between soaring costs, compensation that never arrived and a state that has all but stopped paying attention.

“We saved the walls. Now we need to save the people who lived inside them,” said Dr. Nayla Khoury-Saab, an architect who has led restoration work on 23 damaged buildings since 2020.

Khoury-Saab, who teaches conservation at the Lebanese University, said many of the so-called “temporary” repairs carried out in the months after the blast were never meant to survive more than two winters. Timber roofs are rotting, she said, and three houses in the area have already collapsed.

The Lebanese Foundation for Heritage and Urban Memory said in a report published on Monday that 61 listed buildings in the two districts were at “serious risk of partial or total collapse” and urged international donors to release funds pledged at a 2021 conference in Paris.

An official at Beirut Municipality, who asked not to be named because he was not authorised to speak to the press, said the municipality had “neither the budget nor the legal powers” to force owners to restore their properties or to carry out the work itself. Since the collapse of the Lebanese pound in 2019, he said, the municipality’s budget had lost most of its value.

For residents, the uncertainty is exhausting. Elias Maalouf, 74, has lived on the ground floor of a three-storey house on Armenia Street since 1968. The upper floors have been sealed off with plywood since the blast.

“My father bought this house with the money he made in Africa. I was born here and I want to die here, but not under the ceiling,” Maalouf said, laughing.

His daughter, Rita Maalouf, who lives in Montreal, has spent two years trying to persuade him to leave. “He says Beirut needs him. I say Beirut needs a roof,” she said by phone.

The neighbourhood’s plight is the subject of a new documentary, “The Blue Staircase”, which premiered at the Metropolis cinema last month and follows three families as they try to rebuild their homes with little more than donations from relatives abroad.

The Ministry of Culture, which is responsible for listed buildings, did not respond to requests for comment.

Khoury-Saab said she remained hopeful, but warned that every winter the city lost a little more of a heritage that could never be replaced.""",
        [
        ("We saved the walls", "Nayla Khoury-Saab"),
        ("serious risk of partial or", "Lebanese Foundation for Heritage and Urban Memory"),
        ("neither the budget nor the", "official at Beirut Municipality"),
        ("My father bought this house", "Elias Maalouf"),
        ("He says Beirut needs him", "Rita Maalouf"),
    ]),
    (
        '''AMMAN — Jordan will begin pumping desalinated water from the Red Sea port of Aqaba to the capital by 2028 under a long-delayed national conveyance project, the Minister of Water and Irrigation said on Wednesday, as the kingdom braces for another summer of rationing.

"There is no plan B. Jordan is one of the most water-scarce countries on earth, and our aquifers cannot give us more than they already have," Minister Tareq Abu Ghosheh told a press conference in Amman.

The project, known in official documents as the "National Water Carrier", would deliver some 300 million cubic metres of water a year through a 450-kilometre pipeline running north from Aqaba. Abu Ghosheh said financing from Gulf and European lenders was largely in place and that construction contracts would be signed before the end of the year.

Farmers in the Jordan Valley, who have seen their irrigation quotas cut for three years in a row, are sceptical.

"They have been talking about this pipeline since I was a young man. Meanwhile my well is dry and I pay for water trucks twice a week," said Ahmad al-Adwan, who grows tomatoes and bananas near Deir Alla. He said he had already let a third of his land go fallow.

A report published this month by the Arab Center for Water & Environment Studies, titled "Thirst by Design", estimated that nearly half of the water pumped into Amman's network never reaches a paying customer, lost to leaking pipes and illegal connections. The center warned that "no desalination plant, however large, can compensate for a network that loses every second litre."

Asked about the findings, Abu Ghosheh acknowledged that losses remained too high but said they had fallen by several percentage points since 2020, and that the ministry would keep repairing the network while it built new supply.

A senior official at the Water Authority of Jordan, speaking on condition of anonymity, said the scale of the task was often underestimated. "We replace pipes every year, but much of the city still runs on pipes laid in the 1980s," the official said.

Households in much of Amman currently receive piped water once a week, storing it in the black rooftop tanks that are a familiar sight across the capital.''',
        [
        ("There is no plan B", "Tareq Abu Ghosheh"),
        ("They have been talking about", "Ahmad al-Adwan"),
        ("no desalination plant, however", "Arab Center for Water & Environment Studies"),
        ("We replace pipes every year", "senior official at the Water Authority of Jordan"),
    ]),
    (
        """SFAX, Tunisia — In the fishing port of Sfax, Tunisia’s second-largest city, the small wooden boats that once brought in sardines and octopus now sit idle for weeks at a time. Fishermen say catches have halved in a decade, and many of their sons have left for Europe or are saving up to try.

Mohamed Ben Salah, 52, has fished out of Sfax since he was 14. Two of his three sons crossed to the Italian island of Lampedusa last year. He put it bluntly: “The sea used to feed us. Now it takes our children.”

According to the National Institute of Statistics, unemployment among university graduates stands at close to 24 percent nationally, and is higher still in the interior. Youth associations in the city have launched a campaign under the slogan “Stay and Build”, funded in part by the European Union, which offers small grants to young people who want to start businesses at home.

Critics say the programme is little more than window dressing. The Tunisian League for Labour and Social Rights said in a statement on Thursday that European money had been directed “more towards keeping migrants out than towards creating jobs for those who stay.”

Amira Triki, a 27-year-old engineering graduate who runs a small plastics recycling workshop with a grant from the programme, sees it differently. She employs four people and recently won a contract with the municipality.

“Of course it is not enough. But I did not want to spend my life waiting in line for a visa, and if ten of us succeed, maybe a hundred will believe it is possible here,” Triki said.

A senior official in the governorate of Sfax, who spoke on condition of anonymity, said the authorities had stepped up coast guard patrols, but acknowledged that security measures alone “will never solve a problem that is economic at its root.”

Back at the port, Ben Salah was mending a net while his youngest son, 17, sorted the morning’s meagre catch into plastic crates. Asked whether he had ever thought of leaving, Ben Salah laughed.

“Where would I go? I am a fisherman. Without the sea, I am nothing,” he said.""",
        [
        ("The sea used to feed", "Mohamed Ben Salah"),
        ("more towards keeping migrants out", "Tunisian League for Labour and Social Rights"),
        ("Of course it is not", "Amira Triki"),
        ("will never solve a problem", "senior official in the governorate of Sfax"),
        ("Where would I go", "Mohamed Ben Salah"),
    ]),
    (
        """MOSUL, Iraq — The leaning minaret of the al-Nuri mosque once again rises above the Old City of Mosul, seven years after it was blown up in the final days of the battle to drive Islamic State militants from Iraq’s second-largest city. But in the narrow alleys below it, many families are still waiting for help they were promised long ago.

Known affectionately to residents as “al-Hadba”, or “the hunchback”, the minaret was rebuilt brick by brick under an internationally funded programme called “Mosul Rising”, using as much of the original material as engineers could salvage from the rubble.

“Every brick was numbered, photographed and put back where it belonged, or as close as we could get,” said Lamia al-Jubouri, the engineer who supervised the work for the Nineveh Antiquities and Heritage Directorate. She said people wept in the street when the scaffolding came down in the spring.

Yet a short walk from the mosque, whole rows of houses remain in ruins. Local officials estimate that more than 5,000 homes in the Old City were destroyed or badly damaged during the fighting, and that fewer than half have since been rebuilt. Unexploded ordnance is still being cleared from some courtyards.

Abu Ahmed, 61, sells spices from a cart near the Bab al-Saray market. His own house, two streets from the mosque, is still a shell. He has applied three times for compensation from the government, and three times he has been told to wait.

“They photographed the damage, they took our papers, they gave us a number. That was in 2018. It is beautiful, the minaret, and I am proud of it, but I cannot live in a minaret,” he said.

The Nineveh Provincial Council said in a post on its official Facebook page last week that compensation payments had been held up by “procedures in Baghdad that are beyond the province’s control,” and called on the federal Ministry of Finance to release the funds without further delay.

A spokesman for the finance ministry did not respond to a request for comment.

For al-Jubouri, the contrast between the restored monuments and the broken homes around them is a source of frustration. “We proved that Mosul can be rebuilt. Now the state has to prove that it wants to rebuild it for the people who live here,” she said.""",
        [
        ("Every brick was numbered, photographed", "Lamia al-Jubouri"),
        ("They photographed the damage, they", "Abu Ahmed"),
        ("procedures in Baghdad that are", "Nineveh Provincial Council"),
        ("We proved that Mosul can", "Lamia al-Jubouri"),
    ]),
    (
        '''KUWAIT CITY — A government proposal to raise petrol prices by up to 40 percent ran into fierce opposition in the National Assembly on Monday, with lawmakers accusing the cabinet of asking ordinary Kuwaitis to pay for years of fiscal mismanagement.

The measure is part of a wider package, officially titled the "Fiscal Sustainability Programme", that the government says is needed to close a budget deficit driven by lower oil revenues and a public wage bill that consumes more than half of state spending.

"The current system is not sustainable. We are spending hundreds of millions of dinars every year subsidising fuel for everyone, including those who do not need it," Finance Minister Dr. Fahad al-Rashidi told the session, which was broadcast live on state television.

He said the government would protect low-income citizens through direct cash transfers, though he did not say how much they would be worth or when they would begin.

Lawmakers were unconvinced. Saad bin Mubarak al-Ajmi, who represents the fourth constituency, described the plan as "a tax on the poor dressed up as reform" and accused ministers of ignoring waste in state-owned companies, drawing applause from the public gallery.

The Popular Action and Reform Bloc, which holds 11 of the assembly's 50 elected seats, posted on X that it would vote against "any measure that touches the citizen's pocket before it touches waste and corruption."

Fuel in Kuwait remains among the cheapest in the world, and economists have long argued that blanket subsidies disproportionately benefit wealthier households with larger cars. The International Monetary Fund, in its most recent review, urged the government to press ahead with energy price reform.

For many of the country's migrant workers, who make up roughly two-thirds of the population and would not qualify for compensation, the stakes are high. A delivery driver in Hawalli, who asked that his name not be used, said he already spent a fifth of his monthly salary on fuel for his motorbike. "If the price goes up by 40 percent, I will be working for the petrol station," he said.

The assembly is expected to vote on the proposal next month.''',
        [
        ("The current system is not", "Fahad al-Rashidi"),
        ("a tax on the poor", "Saad bin Mubarak al-Ajmi"),
        ("any measure that touches the", "Popular Action and Reform Bloc"),
        ("If the price goes up", "delivery driver in Hawalli"),
    ]),
    (
        """AMIZMIZ, Morocco — More than a year after the earthquake that killed nearly 3,000 people in the High Atlas mountains, hundreds of families in the province of Al Haouz are preparing to spend a second winter in tents and prefabricated cabins.

In the village of Ighil n’Tamda, an hour’s drive up a switchback road from the market town of Amizmiz, Fatima Id Brahim lives with her husband and four children in a tent of plastic sheeting beside the rubble of the mud-brick house where she was born. Snow fell here last January, and the children were ill for weeks.

“Last winter we thought it would be the only one. Now they tell us the permits are not ready, the engineers have not come, and the money is in the bank but we cannot touch it,” she said, pouring tea over a gas burner.

The government insists that reconstruction is on track. In a statement marking the anniversary, the Ministry of Housing and City Policy said more than 50,000 families had received at least one instalment of a 140,000-dirham rebuilding grant, and that work had “begun or been completed on the large majority of damaged homes.”

Aid groups paint a more mixed picture. A survey by the Marrakech-based Amal Association for Development & Solidarity, published under the title “Still Waiting”, found that one in four households it visited had yet to receive the second instalment, often because of disputes over land titles or building plans.

An aid worker with the Amal Association, who asked not to be named because she was not authorised to speak publicly, said costs in the mountains had risen sharply. “With cement and transport prices what they are up here, 140,000 dirhams builds half a house,” she said.

Local officials say many delays stem from the government’s insistence that new homes meet seismic standards, which requires plans approved by certified architects. Ahmed Oubella, head of the rural commune that includes Ighil n’Tamda, said the rules were necessary but the process too slow.

“We will not rebuild the same houses that killed our neighbours. But the procedures must be faster, and the families must be told the truth about the timeline,” he said.

Back in her tent, Id Brahim has stacked blankets donated by a charity from Casablanca. She said she did not blame anyone in particular, and that she would wait as long as it took.""",
        [
        ("Last winter we thought it", "Fatima Id Brahim"),
        ("begun or been completed on", "Ministry of Housing and City Policy"),
        ("With cement and transport prices", "aid worker with the Amal Association"),
        ("We will not rebuild the", "Ahmed Oubella"),
    ]),
]
