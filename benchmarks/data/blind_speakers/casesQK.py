CASES = [
    (
        """Cruise arrivals surge, but vendors say little trickles down

Kimberley Ashpole/Staff Reporter

Cruise passenger arrivals at the Port Marigold pier climbed by 18 per cent in the first quarter of the year, but craft vendors in the town say the extra visitors are spending their money almost anywhere but in the market.

Figures released yesterday by the Marigold Bay Port Authority show that 214,600 passengers came ashore between January and March, up from 181,900 for the same period last year. The authority credited the increase to two new homeporting agreements and the completion of the second berth in November.

"The numbers speak for themselves," Tourism Minister Desmond Carrington-Blake said at a press briefing at the pier on Tuesday. "We said that if we built the berth, the lines would come, and they have come."

Carrington-Blake said the ministry was now in talks with a third cruise line and expected to announce "something significant" before the end of the summer.

But in the craft market a short walk from the terminal gates, the mood was less upbeat.

"Dem bring di people in, put dem pon a bus, and carry dem gone," said Merline Gayle, who has sold straw bags and carved pieces in the market for 23 years. "By the time dem come back, is pure rush fi reach di ship. We see dem two minutes."

Another vendor, who asked not to be named, said some tour operators had told guests that the market was unsafe. "Them frighten the tourists," she said. "Nobody ever get rob in here yet."

The Port Marigold Craft Traders' Association has written to the ministry asking for a shuttle to stop at the market and for a share of the head tax collected on each passenger to be spent on upgrading stalls. The letter, seen by this newspaper, says the traders have been "left on the outside looking in" while the port expanded.

Responding to the concerns, the port authority said in a statement that it "recognises the importance of the craft sector" and would meet vendors next month. "Visitor spending in the town is a priority for the authority, and we will be examining transport routes with the tour operators," the statement said.

Andrea Fullerton-Reid, president of the Marigold Hoteliers and Attractions Association, said the benefits of cruise tourism would only be felt if more passengers were encouraged to stay on land before or after their voyages.

"A cruise passenger spends, on average, a fraction of what a stopover guest spends," Fullerton-Reid told this newspaper. "If we can convert even five per cent of them into return visitors, that is where the real money is."

She said the association would put a proposal to the minister for a joint marketing campaign, "Come Back and Stay", aimed at ship passengers.

Carrington-Blake, asked about the vendors' complaints, said he had "heard them loud and clear".

"Nobody is going to be left behind," he said.""",
        [
            ("The numbers speak for themselves", "Desmond Carrington-Blake"),
            ("We said that if we", "Desmond Carrington-Blake"),
            ("something significant", "Desmond Carrington-Blake"),
            ("Dem bring di people in", "Merline Gayle"),
            ("By the time dem come", "Merline Gayle"),
            ("Them frighten the tourists", "vendor"),
            ("left on the outside looking", "Port Marigold Craft Traders' Association"),
            ("recognises the importance of the", "Marigold Bay Port Authority"),
            ("Visitor spending in the town", "Marigold Bay Port Authority"),
            ("A cruise passenger spends, on", "Andrea Fullerton-Reid"),
            ("If we can convert even", "Andrea Fullerton-Reid"),
            ("heard them loud and clear", "Desmond Carrington-Blake"),
            ("Nobody is going to be", "Desmond Carrington-Blake"),
        ],
    ),
    (
        """Six months after Delphine, Windward Cay families still waiting on roofs

By RASHAD McKINNEY
Tribune Staff Reporter

SIX months after Hurricane Delphine tore through Windward Cay, more than 140 families are still living under tarpaulins or with relatives, and residents say promised government assistance has been slow to arrive.

At a town meeting in the Sandy Point settlement on Saturday, residents confronted officials from the Disaster Reconstruction Authority, some holding up photographs of homes that remain without roofs.

“We’re tired of hearing next week, next week,” said Lorraine Ferguson-Knowles, a retired teacher whose house on Clifton Road lost its roof and most of its windows. “Every meeting it’s next week. My grandchildren are sleeping in the living room under a blue tarp. That is not living.”

Mrs Ferguson-Knowles said she had applied for the home repair grant in November and had been visited by two separate assessors. She has heard nothing since.

Authority chairman Kendrick Albury acknowledged the delays, blaming a shortage of building materials and contractors on the island.

“I’m not going to stand here and tell you that we’ve done everything right,” Mr Albury told the meeting. “We have not. But I can tell you that the money is there, and the materials are on the way.”

He said a barge carrying lumber, shingles and hurricane straps was expected to arrive at the government dock “by the end of the month” and that 60 homes had been prioritised for repair, starting with the elderly and families with young children.

The authority’s own figures, released last week, show that of 412 grant applications received from Windward Cay, 187 have been approved and just 96 paid out.

Opposition MP for the area Shavonne Rolle said the numbers showed the government had “lost focus” once the news cameras left.

“When the storm hit, everybody came. Ministers came, the cameras came,” Ms Rolle said. “Now the cameras are gone and the people of Windward Cay are left to fend for themselves.”

In a statement on Sunday, the Office of the Prime Minister said the government had spent more than $38 million on recovery across the affected islands and rejected what it called “political point-scoring at the expense of suffering families”.

“The government remains fully committed to restoring every home damaged by Hurricane Delphine,” the statement said. “Work is ongoing and will continue until the job is done.”

Some residents have stopped waiting. Local contractor Dwayne “Bones” Saunders said he and a crew of volunteers had repaired 23 roofs since January using donated materials.

“People can’t wait on government forever,” he said. “Rainy season coming. You can’t tell somebody to hold on when water coming through the ceiling.”

A senior official at the authority, who asked not to be named because he was not authorised to speak, said procurement rules had slowed the purchase of materials.

“Every order has to go through three quotes and a tender board,” the official said. “That takes time, and time is what these people don’t have.”""",
        [
            ("We’re tired of hearing next", "Lorraine Ferguson-Knowles"),
            ("Every meeting it’s next week", "Lorraine Ferguson-Knowles"),
            ("I’m not going to stand", "Kendrick Albury"),
            ("We have not. But I", "Kendrick Albury"),
            ("by the end of the", "Kendrick Albury"),
            ("lost focus", "Shavonne Rolle"),
            ("When the storm hit, everybody", "Shavonne Rolle"),
            ("Now the cameras are gone", "Shavonne Rolle"),
            ("political point-scoring at the expense", "Office of the Prime Minister"),
            ("The government remains fully committed", "Office of the Prime Minister"),
            ("People can’t wait on government", "Dwayne Saunders"),
            ("Rainy season coming. You can’t", "Dwayne Saunders"),
            ("Every order has to go", "senior official at the authority"),
            ("That takes time, and time", "senior official at the authority"),
        ],
    ),
    (
        """PNA unveils slate as election date draws near

By JANELLE RAMSARAN

The People's National Alliance (PNA) yesterday unveiled its candidates for all 41 constituencies in the upcoming general election, with party leader Dr Vishnu Maharaj-Baptiste promising a campaign focused on crime, the cost of living and what he called "the failure of five wasted years".

Speaking to a packed hall at the party's headquarters in Port Albion, Maharaj-Baptiste said the slate included 14 first-time candidates and 17 women, the highest number in the party's history.

"This is not the PNA of old," he said. "This is a party that looks like the country: young and old, north and south, every race, every creed. We are ready to govern."

Among the new faces is former national netballer Kerisha Thomas-Hosein, who will contest the marginal St Clement North seat, held by the governing United Democratic Movement (UDM) by just 312 votes at the last election.

Thomas-Hosein told reporters she had entered politics because of "what I see every day in my community".

"I see young men with no work and no hope. I see mothers afraid to let their children walk to school," she said. "I am not a politician. I am a mother, and I am tired."

Prime Minister Roland Achong has not yet announced an election date, but constitutionally the poll must be held by November. Speaking at a sod-turning ceremony in Cedar Hill on Saturday, Achong dismissed suggestions that his party was trailing.

"Polls come and polls go. The only poll that matters is the one on election day," Achong said.

He said the UDM would present its candidates "at the appropriate time" and that the party's record on infrastructure and housing would "speak for itself".

UDM general secretary Marcia Lezama-Phillip said in a release that the PNA slate was "old wine in new bottles".

"Behind the new faces are the same people who left this country bankrupt when they were last in office," Lezama-Phillip added.

The Elections and Boundaries Commission said yesterday that about 748,000 people were on the voters' list. The commission's chief election officer, Haroon Baksh, urged citizens to check their registration details before the list is closed.

"Once the writ is issued, there will be no opportunity to transfer or register," Baksh said. "We are asking people, please, do not leave it until the last minute."

Political analyst Dr Anita Ramcharitar, of the University of Port Albion, said the contest in the marginal seats would be decided by turnout among young voters.

"Both parties are talking to the base. Whoever figures out how to get a 25-year-old off the couch on election day wins," she said.

Both parties are expected to launch their manifestos next month.""",
        [
            ("the failure of five wasted", "Vishnu Maharaj-Baptiste"),
            ("This is not the PNA", "Vishnu Maharaj-Baptiste"),
            ("This is a party that", "Vishnu Maharaj-Baptiste"),
            ("what I see every day", "Kerisha Thomas-Hosein"),
            ("I see young men with", "Kerisha Thomas-Hosein"),
            ("I am not a politician", "Kerisha Thomas-Hosein"),
            ("Polls come and polls go", "Roland Achong"),
            ("at the appropriate time", "Roland Achong"),
            ("speak for itself", "Roland Achong"),
            ("old wine in new bottles", "Marcia Lezama-Phillip"),
            ("Behind the new faces are", "Marcia Lezama-Phillip"),
            ("Once the writ is issued", "Haroon Baksh"),
            ("We are asking people, please", "Haroon Baksh"),
            ("Both parties are talking to", "Anita Ramcharitar"),
        ],
    ),
    (
        """Two dead in Bridgend shooting

by CARLISLE WORRELL

TWO MEN were shot dead and a teenager was wounded in what police believe was a targeted attack in Bridgend, St Justin, on Sunday night.

The dead have been identified as 34-year-old Antonio “Tonto” Griffith of Bridgend Gap and 27-year-old Shaquille Moore of Lower Hope Road. The injured 17-year-old, whose name was not released because he is a minor, was listed in stable condition at the Queen Adelaide General Hospital yesterday.

According to police, the three were standing at a bus shelter near the junction of Bridgend Road and Fairview Lane shortly after 10 p.m. when a dark-coloured car pulled up and at least two occupants opened fire. The car then sped off in the direction of Maxwell Hill.

Speaking at the scene yesterday morning, Acting Assistant Commissioner of Police (Crime) Ronald Blackman said investigators had recovered more than 20 spent shells.

“This was a brazen and cowardly act,” Blackman said. “Whoever did this did not care who was standing at that bus stop. A child could have been killed.”

He said police were following “several strong leads” and appealed to anyone with information to come forward.

“Somebody saw something. Somebody knows something,” he said. “I am asking you, for the sake of this community, call us.”

Residents, many of whom did not want to give their names, described hearing a rapid burst of gunfire.

“It sound like firecrackers, but too many, too fast,” said one woman who lives metres from the shelter. “I drop flat on the floor with my two children.”

Griffith’s mother, Yvonne Griffith, said her son had been trying to turn his life around since being released from prison two years ago.

“He was working, he was going to church. He was doing good,” she said, her voice breaking. “They didn’t give him a chance.”

The killings bring to 31 the number of murders recorded on the island this year, compared with 24 at the same time last year.

In a statement last night, the Royal Sandford Police Force said additional patrols would be deployed in St Justin and neighbouring districts. The force said it was “working closely with community leaders” and urged residents not to take matters into their own hands.

Member of Parliament for St Justin South Dr Celia Boyce-Harding called for calm.

“Retaliation will only lead to more funerals,” she said. “Let the police do their work.”

Anyone with information is asked to contact the Major Crimes Unit or Crime Stoppers.""",
        [
            ("This was a brazen and", "Ronald Blackman"),
            ("Whoever did this did not", "Ronald Blackman"),
            ("several strong leads", "Ronald Blackman"),
            ("Somebody saw something. Somebody knows", "Ronald Blackman"),
            ("I am asking you, for", "Ronald Blackman"),
            ("It sound like firecrackers, but", "woman who lives metres from the shelter"),
            ("I drop flat on the", "woman who lives metres from the shelter"),
            ("He was working, he was", "Yvonne Griffith"),
            ("They didn’t give him a", "Yvonne Griffith"),
            ("working closely with community leaders", "Royal Sandford Police Force"),
            ("Retaliation will only lead to", "Celia Boyce-Harding"),
            ("Let the police do their", "Celia Boyce-Harding"),
        ],
    ),
    (
        """Former councillor gets four years for $12m fraud

A former councillor for the Riverton division was yesterday sentenced to four years in prison after being convicted of defrauding the St Anselm Municipal Corporation of more than $12 million.

Cecil Barrington Wynter, 58, was found guilty in March on six counts of fraudulent conversion and two counts of conspiracy to defraud, in connection with payments made to a road-repair contractor for work that was never done.

In handing down the sentence in the St Anselm Circuit Court, Justice Hyacinth Morrison-Lee said Wynter had "betrayed the trust of the very people who elected him".

"The accused was not a junior clerk acting under instruction. He was an elected representative who knew exactly what he was doing," the judge said. "Money meant for roads in one of the poorest divisions in this parish ended up in private hands. That cannot be overlooked."

The court heard during the trial that between 2019 and 2021, Wynter approved payments totalling $12.4 million to Highpoint Construction and Haulage Limited, a company registered to his nephew, Andre Wynter. Prosecutors said invoices were submitted for the patching and resurfacing of more than 30 roads, but an inspection by the corporation's engineers found that work had been done on only two.

Defence attorney Garth Pinnock had asked for a non-custodial sentence, telling the court that his client was in poor health, had no previous convictions and had "given 20 years of his life to public service".

"My client is a diabetic with a heart condition. A custodial sentence in these circumstances would be, in effect, a far heavier punishment than for a healthy man," Pinnock submitted.

Justice Morrison-Lee rejected the argument, saying the correctional services were "well equipped to deal with the medical needs of inmates" and that the seriousness of the offence required a prison term.

Outside the court, Pinnock told reporters that his client would appeal both the conviction and the sentence.

"We believe there were serious errors in the way the jury was directed, and we intend to put those before the Court of Appeal," he said.

Deputy Director of Public Prosecutions Sharon Ebanks-Clarke, who led the Crown's case, said the sentence sent a clear message.

"Public office is a public trust. Those who abuse it will be held to account, no matter who they are," she said.

The Integrity Commission, which first referred the matter to the police in 2022, welcomed the outcome. In a post on its social media pages, the commission said the case showed that "the system works when institutions work together".

Residents of Riverton, where several of the roads named in the invoices remain impassable after heavy rains, were less concerned with the length of the prison term.

"Four years, five years, that don't fix the road," said a taxi operator who works the Riverton route. "We want to know when the money coming back."

Wynter was taken into custody at the end of the hearing.""",
        [
            ("betrayed the trust of the", "Hyacinth Morrison-Lee"),
            ("The accused was not a", "Hyacinth Morrison-Lee"),
            ("Money meant for roads in", "Hyacinth Morrison-Lee"),
            ("given 20 years of his", "Garth Pinnock"),
            ("My client is a diabetic", "Garth Pinnock"),
            ("well equipped to deal with", "Hyacinth Morrison-Lee"),
            ("We believe there were serious", "Garth Pinnock"),
            ("Public office is a public", "Sharon Ebanks-Clarke"),
            ("the system works when institutions", "Integrity Commission"),
            ("Four years, five years, that", "taxi operator who works the Riverton route"),
            ("We want to know when", "taxi operator who works the Riverton route"),
        ],
    ),
    (
        """Sunset Reef developer: 'We will hire locally first'

By Owen Bodden

The developer of the planned 320-room Sunset Reef Resort in East Bluff has pledged that at least 70 per cent of the hotel's permanent staff will be hired from within the islands, as objectors prepare to challenge the project's planning approval.

Corallis Hospitality Group, which is behind the US$280 million development, made the commitment in a statement released Monday, days before a scheduled hearing of the Planning Appeals Tribunal.

"We will hire locally first, train locally and promote locally," the company said. "Sunset Reef is being built for East Bluff, not simply in East Bluff."

The statement said the company would fund a hospitality training programme at the Islands Community College, beginning in September, with places for 60 students a year.

Chief executive Marcus Thorne said in an interview that the company had listened to concerns raised at public meetings last year.

"People told us very clearly that they had seen big projects come and go and that the jobs at the top always went to people from overseas," Thorne said. "We heard that. We have put a number on it, and we expect to be held to it.

"If we don't meet that target, people will be entitled to ask why, and we will have to answer."

But the East Bluff Environmental Trust, which is appealing the project's approval, said jobs were not the issue.

"Nobody is against jobs," said trust chairwoman Delia Connolly. "What we are against is dredging a channel through one of the last healthy stretches of reef on the north coast and calling it development."

The trust argues that the environmental impact assessment underestimated the effect of sediment on the reef and on the mangrove wetland behind the site. In its notice of appeal, the trust said the assessment was "deficient in several material respects" and that the Central Planning Authority had failed to give adequate weight to advice from the Department of Environment.

A Department of Environment spokeswoman said the department would not comment on a matter before the tribunal.

Thorne said the dredging plan had been revised to reduce the size of the channel by a third, and that the company would pay for a coral relocation project overseen by independent marine scientists.

"We are not pretending there is no impact. There is always some impact," he said. "The question is whether it can be managed, and the evidence says it can."

Tourism Minister Jerome Whittaker, speaking in the Legislative Assembly last week, described the project as "exactly the kind of high-end investment this country needs" but said it must go through "every stage of the proper process".

Residents of East Bluff remain divided. Fisherman Clive Rankine, 61, said he feared for the fishing grounds around the point.

"That reef feed my family for 40 years," he said. "Once it gone, it gone."

The tribunal hearing is set for Thursday.""",
        [
            ("We will hire locally first", "Corallis Hospitality Group"),
            ("We will hire locally first,", "Corallis Hospitality Group"),
            ("Sunset Reef is being built", "Corallis Hospitality Group"),
            ("People told us very clearly", "Marcus Thorne"),
            ("If we don't meet that", "Marcus Thorne"),
            ("Nobody is against jobs", "Delia Connolly"),
            ("What we are against is", "Delia Connolly"),
            ("deficient in several material respects", "East Bluff Environmental Trust"),
            ("We are not pretending there", "Marcus Thorne"),
            ("The question is whether it", "Marcus Thorne"),
            ("exactly the kind of high-end", "Jerome Whittaker"),
            ("every stage of the proper", "Jerome Whittaker"),
            ("That reef feed my family", "Clive Rankine"),
            ("Once it gone, it gone", "Clive Rankine"),
        ],
    ),
    (
        """BRELEC: Full power restoration still weeks away

By Natasha Jn Baptiste

MARIGOT, St Brendan — Close to a fifth of electricity customers on St Brendan remain without power nearly three weeks after Hurricane Ines, and the island’s sole power company says some remote communities may not be reconnected until the middle of next month.

According to figures released yesterday by St Brendan Electricity Services Ltd (BRELEC), 81 per cent of its 46,000 customers have had supply restored. The worst-affected areas remain the east coast communities of Dennery Point, La Ressource and Morne Cabrit, where the hurricane’s eyewall passed.

BRELEC’s managing director, Gregory Jn Pierre, told reporters at a press conference in Marigot that crews were working 16-hour shifts.

“I want to be clear with the public: this is the largest restoration effort in the history of this company,” Jn Pierre said. “We lost more than 1,100 poles. In some areas we are not repairing a network, we are building one from scratch.”

He said linemen from three regional utilities had arrived last week under a mutual aid agreement, bringing the number of crews in the field to 42.

Jn Pierre gave the following timeline: “The Marigot area and the west coast, we expect to be substantially complete by Friday. The east coast, realistically, we are looking at the second or third week of next month.”

The delays have angered some residents. In Morne Cabrit, where many homes were also damaged, shopkeeper Philomena Joseph said she had lost thousands of dollars in spoiled goods.

“Three weeks, no current. Everything in the freezer gone,” Ms Joseph said. “We hear on the radio they restoring here, restoring there, but nobody come up this hill yet.”

Prime Minister Dr Augustin Fontenelle, who toured the east coast on Tuesday, said he understood residents’ frustration but asked for patience.

“Nobody is forgetting the east,” he said. “I have spoken with BRELEC, and I have made it clear that the communities that were hit hardest cannot be the last ones thought of.”

Meanwhile, the National Water Company (NAWCO) said in a statement that pumping stations at Dennery Point and La Ressource were running on generators, and that residents should continue to boil water before drinking it.

“Customers are advised that supply in these areas may be intermittent until electricity is fully restored,” the statement read.

Health authorities have also warned of an increased risk of dengue fever. A Ministry of Health official, who asked not to be named, said there had been “a noticeable uptick” in suspected cases at health centres on the east coast.

“We are seeing it mostly in children,” the official said. “Standing water is everywhere right now.”

Jn Pierre said BRELEC would not charge customers for the period they were without supply and that estimated bills would be suspended until meters could be read.""",
        [
            ("I want to be clear", "Gregory Jn Pierre"),
            ("We lost more than 1,100", "Gregory Jn Pierre"),
            ("The Marigot area and the", "Gregory Jn Pierre"),
            ("Three weeks, no current.", "Philomena Joseph"),
            ("We hear on the radio", "Philomena Joseph"),
            ("Nobody is forgetting the east", "Augustin Fontenelle"),
            ("I have spoken with BRELEC", "Augustin Fontenelle"),
            ("Customers are advised that supply", "National Water Company"),
            ("a noticeable uptick", "Ministry of Health official"),
            ("We are seeing it mostly", "Ministry of Health official"),
            ("Standing water is everywhere right", "Ministry of Health official"),
        ],
    ),
    (
        """High Court throws out Belmont West election petition

THE High Court yesterday dismissed an election petition brought by the Progressive Labour Front (PLF) challenging the result in the Belmont West constituency, ruling that the party had failed to prove that irregularities at two polling stations affected the outcome.

The PLF’s candidate, Errol Matthias, lost the seat to the Democratic Alliance Party’s Sonia Henry-Francis by 47 votes in the general election last October. In its petition, the PLF alleged that ballot boxes at the Belmont Primary School and Grays Farm Community Centre polling stations had been left unsealed overnight, and that at least 60 people had voted without proper identification.

Delivering a 64-page judgment, Justice Roderick Sealy said the court accepted that there had been “lapses in procedure” at both stations but found no evidence that any ballots had been tampered with.

“It is not enough for a petitioner to show that the conduct of an election was untidy,” the judge said. “The petitioner must show, on the evidence, that the irregularities were of such a nature that the result might have been different. That burden has not been discharged.”

Justice Sealy ordered the PLF to pay the respondents’ costs.

Speaking outside the court, Henry-Francis said she was relieved the matter had been settled.

“The people of Belmont West spoke in October, and today the court has confirmed it,” she said. “Now I want to get back to the work they elected me to do.”

Matthias said he was disappointed but not surprised. “We always knew it would be an uphill battle,” he told reporters. “But we brought this case because people came to us with real concerns, and those concerns deserved to be heard in a court of law.”

He said the party would meet its lawyers before deciding whether to appeal.

PLF attorney Kendall Roache said the judgment contained “important findings” about the conduct of elections that the Electoral Commission could not ignore.

“His Lordship found lapses at both polling stations. That is now a matter of record,” Roache said.

The Electoral Commission, in a brief statement, said it “notes the decision of the court” and would study the judgment. The commission said it was committed to “continuous improvement in the administration of elections”, including new training for presiding officers.

Aubrey Nanton, chairman of the civil society group Citizens for Fair Elections, said the ruling should not be the end of the matter.

“Whether or not the result would have changed, boxes should never be left unsealed overnight. Never,” Nanton said. “We are calling on the commission to publish its own report on what happened in Belmont West.”

A senior Democratic Alliance Party official, who did not want to be named, described the petition as “a waste of the court’s time and the taxpayers’ money”.

The PLF has 21 days to file an appeal.""",
        [
            ("lapses in procedure", "Roderick Sealy"),
            ("It is not enough for", "Roderick Sealy"),
            ("The petitioner must show, on", "Roderick Sealy"),
            ("The people of Belmont West", "Sonia Henry-Francis"),
            ("Now I want to get", "Sonia Henry-Francis"),
            ("We always knew it would", "Errol Matthias"),
            ("But we brought this case", "Errol Matthias"),
            ("important findings", "Kendall Roache"),
            ("His Lordship found lapses at", "Kendall Roache"),
            ("notes the decision of the", "Electoral Commission"),
            ("continuous improvement in the administration", "Electoral Commission"),
            ("Whether or not the result", "Aubrey Nanton"),
            ("We are calling on the", "Aubrey Nanton"),
            ("a waste of the court’s", "senior Democratic Alliance Party official"),
        ],
    ),
]
