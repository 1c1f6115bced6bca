CASES = [
    (
        """Kenya arrests three suspects after rhino killed in Laikipia conservancy

NAIROBI, March 14 (Reuters) - Kenyan rangers have arrested three men suspected of killing a black rhino in a private conservancy in central Laikipia county, the first such killing in the area in nearly two years, the Kenya Wildlife Service (KWS) said on Thursday.

The female rhino, estimated to be 14 years old, was found dead with both horns hacked off on Tuesday morning at Olchoro Ranch, a 22,000-hectare sanctuary that holds around 60 of the critically endangered animals.

"Our teams tracked the suspects for more than 30 kilometres overnight and recovered two horns and a rifle," KWS said in a statement. "Investigations are ongoing to establish whether they are linked to a wider trafficking network."

Kenya is home to roughly 2,000 rhinos, most of them in fenced sanctuaries, after numbers collapsed in the 1970s and 1980s because of poaching. The government has credited tougher penalties and better intelligence sharing for a sharp drop in killings over the past decade.

Olchoro's chief executive, David Kariuki, said the rhino's calf, about eight months old, had been found unharmed near the carcass and moved to a holding pen.

"It's a devastating loss for the rangers, who know every animal here by name," Kariuki told Reuters by phone. "But the speed of the response shows the system works."

He said the conservancy would review its perimeter fencing and add a second night patrol, and that a veterinary team from KWS was monitoring the calf, which would need to be hand-reared.

A police officer in the nearby town of Nanyuki, who asked not to be named because he was not authorised to speak to the media, said the three men were expected to be arraigned on Friday. Offences involving endangered species carry a maximum penalty of life imprisonment under Kenya's Wildlife Conservation and Management Act.

"They are not first-timers. One of them has been on our radar since 2021," the officer said.

Conservationists say demand for horn in parts of Asia, where it is used in traditional medicine and prized as a status symbol, continues to drive poaching across the continent despite international trade bans.

"Rhino horn is still fetching very high prices in Vietnam and China, and the syndicates are adapting," said Mercy Wanjala, programme director at the Nairobi-based East African Wildlife Trust.

She said poachers were increasingly targeting smaller private sanctuaries that lacked the surveillance technology and armed response units of the national parks, and called for more government funding for community and private conservancies, which she described as "the front line that nobody pays for".

(Reporting by Edwin Mutua; Editing by Alison Hart)""",
        [
            ("Our teams tracked the suspects", "Kenya Wildlife Service"),
            ("Investigations are ongoing to establish", "Kenya Wildlife Service"),
            ("It's a devastating loss", "David Kariuki"),
            ("But the speed of the", "David Kariuki"),
            ("They are not first-timers.", "police officer"),
            ("Rhino horn is still fetching", "Mercy Wanjala"),
            ("the front line that nobody", "Mercy Wanjala"),
        ],
    ),
    (
        """Tigress kills farmer near Sonkhed reserve; villagers block highway

TNN | Nagpur

A 52-year-old farmer was killed by a tigress while collecting firewood on the fringes of the Sonkhed Tiger Reserve on Monday, the third such death in the buffer zone since January, prompting angry villagers to block the Nagpur–Jabalpur highway for nearly five hours.

The victim, Ramdas Gawande of Pimpalgaon village, had gone into forest compartment 214 along with two other villagers around 8am. According to his cousin Vithoba Gawande, who was with him, the big cat attacked from behind a lantana bush and dragged him nearly 50 metres.

"We shouted and threw stones, but it would not leave him. By the time it went away, he was not breathing," Vithoba told TOI.

Forest officials suspect the animal is the tigress known as 'T-17', a seven-year-old that has been moving along the reserve's eastern boundary with two sub-adult cubs. Camera trap images from last week had placed her within 2km of the spot.

Range forest officer (RFO) Sunil Patil said an ex gratia payment of Rs 25 lakh would be released to the family, of which Rs 10 lakh would be paid immediately by cheque. "We have deployed two teams with 40 camera traps in the area and a rapid rescue team is on standby. Villagers have been advised not to enter the forest alone," Patil said.

The protesters, however, refused to lift the blockade until deputy conservator of forests Anjali Deshmukh reached the spot and gave a written assurance that the tigress would be captured. Traffic was backed up for several kilometres on both sides.

"This is not the first time. Every year they give cheques and forget us. Our children cannot go to school through the forest road," said sarpanch Shobha Meshram, who led the protest.

Deshmukh said a proposal to capture the animal had been sent to the chief wildlife warden, who alone can issue the order under Section 11 of the Wildlife (Protection) Act. "Our first priority is human life, but we cannot tranquilise an animal without confirming its identity. Pugmark and DNA evidence from the site is being examined," she said.

A senior forest official, requesting anonymity, said the reserve's tiger population had grown from 28 to 41 in the last census, and that young animals pushed out by dominant males were increasingly settling in the buffer, where villages and cattle are abundant. "The core is saturated. Unless we create corridors or relocate villages as planned, this conflict will only grow," the official said.

Wildlife biologist Dr Kiran Sathe of the Nagpur-based Vidarbha Nature Conservation Society said removing one tigress would offer only temporary relief, and called for better livestock protection and alternative fuel for fringe villages so that people did not have to enter the forest daily. The state had promised LPG connections under the 'Jan Van' scheme two years ago, but "barely a third of households have received them", she said.""",
        [
            ("We shouted and threw stones", "Vithoba Gawande"),
            ("We have deployed two teams", "Sunil Patil"),
            ("This is not the first time.", "Shobha Meshram"),
            ("Our first priority is human", "Anjali Deshmukh"),
            ("The core is saturated.", "senior forest official"),
            ("barely a third of households", "Kiran Sathe"),
        ],
    ),
    (
        """Drought-hit Zimbabwe to move 400 elephants from parched park

Harare (AFP) - Zimbabwe will relocate around 400 elephants and hundreds of other animals from a drought-stricken national park in the south of the country, wildlife authorities said Wednesday, as dried-up waterholes leave herds starving.

The animals will be moved from the 5,000-square-kilometre Mabvuto National Park to three conservancies in the north, in one of the largest such translocations in the country's history.

"We are losing animals every week. The park simply cannot carry this number anymore," Zimbabwe Parks and Wildlife Management Authority spokesman Tendai Moyo told AFP.

At least 160 elephants have died in Mabvuto since September, according to the agency, most of them young or old animals that could not walk the long distances between the few remaining sources of water.

Zimbabwe has around 100,000 elephants, the second-largest population in the world after neighbouring Botswana, and conservationists have long warned that the numbers exceed what some of its parks can support.

Moyo said the operation, which will also involve 70 giraffes, 50 buffaloes and two prides of lions, would begin next month and cost an estimated $450,000, largely paid for by donors.

"This is a rescue, not a cull," he said. "We want these animals alive, and we want them where there is water and grazing."

Last year the government angered animal welfare groups by saying it was considering culling elephants and distributing the meat to communities hit by drought, and it has renewed its call for the international ban on ivory sales to be lifted so that it can sell its stockpile of some 130 tonnes.

Environment Minister Grace Chitando told a press conference in Harare on Tuesday that the country was "sitting on a treasure" while being denied the means to pay its rangers.

"We are punished for conserving too well," she said.

The regional director of an international conservation charity, who spoke on condition of anonymity because of the sensitivity of the issue, said translocation was "expensive and risky, but far better than the alternative".

Communities around Mabvuto have reported a rise in elephants raiding crops and breaking water pipes as the animals search for food.

"Last week they destroyed my whole maize field in one night," said Samuel Ncube, a farmer in the village of Sitezi. "We are also hungry. Who will compensate us?"

Rangers will dart the elephants from helicopters before loading them onto specially adapted trucks, a process that in earlier operations has taken up to 18 hours per trip.""",
        [
            ("We are losing animals every", "Tendai Moyo"),
            ("This is a rescue, not", "Tendai Moyo"),
            ("We want these animals alive,", "Tendai Moyo"),
            ("sitting on a treasure", "Grace Chitando"),
            ("We are punished for conserving", "Grace Chitando"),
            ("expensive and risky, but far", "regional director of an international conservation charity"),
            ("Last week they destroyed my", "Samuel Ncube"),
            ("We are also hungry.", "Samuel Ncube"),
        ],
    ),
    (
        """Carbon credits bring cash — and suspicion — to Kenya’s rangelands

Herders question how a grazing scheme that sells offsets to multinationals shares its revenue

Amina Farah in Isiolo

When the first payment from the sale of carbon credits reached the Lorokushu community conservancy last year, elders in the dusty settlement used part of it to build a classroom and drill a borehole. Many herders, however, say they still do not understand what exactly was sold.

‘They told us the grass is now money,’ said Lekuton Lenaimado, a 61-year-old cattle owner, sitting in the shade of an acacia. ‘But nobody can explain to me who owns the air.’

The scheme, run by the Northern Drylands Rangeland Trust, an umbrella group of 27 community conservancies, claims to store carbon in the soil by organising herders into planned rotational grazing, allowing degraded pasture to recover. The credits are verified by an international standard-setter and sold to technology and consumer groups seeking to offset their emissions.

The trust says the project has generated about $14mn over four years, of which 30 per cent goes directly to projects chosen by communities. ‘This is the largest source of unrestricted income our conservancies have ever had,’ said Joseph Ekiru, the trust’s chief executive. ‘It pays for rangers, for bursaries, for water. Without it, many of these conservancies would struggle to exist.’

Critics argue that the science behind soil carbon in arid rangelands is uncertain, and that the model hands outsiders too much control over land held communally by pastoralists.

A report published in May by Pastoral Rights Watch, a Nairobi-based advocacy group, found that many residents had not been properly consulted and that the grazing plans were ‘poorly suited to the realities of drought, when herds must move wherever the rain falls’.

Its director, Halima Dida, is blunter. ‘Communities are being asked to sign away decisions about their grazing for decades, in exchange for a share of a price set in London,’ she said. ‘That is not a partnership.’

The trust rejects the criticism, saying every conservancy board voted to join and that grazing plans are drawn up by elected committees.

Buyers appear undeterred. Verdant Offsets, a Singapore-based broker that has bought credits from the project, said it had carried out ‘extensive due diligence, including field visits’ and remained confident in the credits’ integrity. The company said prices for African nature-based credits had risen by roughly a fifth since January.

A spokeswoman for Kenya’s environment ministry said new regulations would require 40 per cent of revenues from land-based projects to go to communities. ‘The law now puts communities at the centre,’ she said.

For herders such as Lenaimado, what matters more is whether the rains come. ‘If the grass is money,’ he said, ‘then this year we are very poor.’""",
        [
            ("They told us the grass", "Lekuton Lenaimado"),
            ("But nobody can explain to", "Lekuton Lenaimado"),
            ("This is the largest source", "Joseph Ekiru"),
            ("It pays for rangers, for", "Joseph Ekiru"),
            ("poorly suited to the realities", "Pastoral Rights Watch"),
            ("Communities are being asked to", "Halima Dida"),
            ("That is not a partnership.", "Halima Dida"),
            ("extensive due diligence, including field", "Verdant Offsets"),
            ("The law now puts communities", "spokeswoman"),
            ("If the grass is money,", "Lekuton Lenaimado"),
            ("then this year we are", "Lekuton Lenaimado"),
        ],
    ),
    (
        """Rhino count rises to 812, but floods and old age take toll

Park officials say the one-horned rhino population has grown by 60 since the last census four years ago

Post Report

KATHMANDU: Nepal's population of greater one-horned rhinoceros has risen to 812, according to the results of the national rhino count made public on Sunday, up from 752 recorded four years ago.

The count, conducted over 21 days in March and April by more than 350 technicians, volunteers and security personnel riding 57 elephants, covered four protected areas in the Tarai. The majority of the animals, 694, were found in Rapti Valley National Park, followed by 71 in Kamala Valley National Park.

Releasing the figures at an event in Kathmandu, Minister for Forests and Environment Hari Bahadur Thapa said the growth showed that Nepal's conservation model, in which communities share park revenue, was working. "Nepal has now gone over three years without a single rhino poached. This is the result of our security forces, our staff and above all, the people who live around our parks," Thapa said.

Officials, however, cautioned that the headline number masks growing concerns. At least 26 rhinos died in Rapti Valley in the last fiscal year alone, most of natural causes including old age, fighting between males and floods, according to the Department of National Parks and Wildlife Conservation.

"Mortality is increasing. Last monsoon, three young rhinos were swept away by the Rapti, and we found two calves killed by tigers within a month," said Bishnu Prasad Adhikari, chief conservation officer at the park.

Adhikari said invasive plants such as Mikania micrantha were smothering the grasslands the animals depend on, pushing them out of the park and into farmland. According to him, the park has cleared around 1,200 hectares of the creeper in the last two years but "that is not even half of what is needed".

Ecologist Sabina Koirala, who served on the count's technical committee, said the distribution of the population was a bigger worry than its size. "Nearly 85 percent of our rhinos are in a single park. One disease outbreak, one major flood, and we could lose years of progress," she told the Post.

The department plans to translocate at least 10 rhinos from Rapti Valley to Mohana Wildlife Reserve in the far west by next spring, director general Krishna Raj Bhandari said, adding that the relocation site had been prepared with new wetlands and a predator-proof enclosure.

Residents of buffer zone villages, meanwhile, say rhinos that stray out of the park damage crops and they receive little compensation. "We like that tourists come to see the rhinos, but they eat our paddy and the government gives us pennies," said Dil Bahadur Chaudhary, chairperson of the Kerunga buffer zone user committee.

Officials said the compensation guidelines were being revised.

The rhino count is held every four to five years. Nepal's rhino population had fallen to around 100 in the 1960s.""",
        [
            ("Nepal has now gone over", "Hari Bahadur Thapa"),
            ("Mortality is increasing.", "Bishnu Prasad Adhikari"),
            ("that is not even half", "Bishnu Prasad Adhikari"),
            ("Nearly 85 percent of our", "Sabina Koirala"),
            ("We like that tourists come", "Dil Bahadur Chaudhary"),
        ],
    ),
    (
        """Former ranger jailed for 22 years over rhino horn syndicate

By Thandeka Mokoena

A former field ranger who supplied poachers with patrol schedules and the GPS locations of rhinos has been sentenced to 22 years in prison by the Mbombela Regional Court, in a case that conservationists say exposes the threat of corruption from within reserves.

Sipho Ndlovu (41), who worked for eight years at the provincially managed Mahlasela Game Reserve, was convicted in March of conspiracy to commit rhino poaching, corruption and unlawful possession of a firearm. His co-accused, Bongani Mkhize (34) and Mozambican national Alfredo Cossa (29), received sentences of 18 and 15 years respectively.

Handing down sentence on Tuesday, magistrate Pieter van der Merwe said Ndlovu had “betrayed the very animals he was paid to protect”.

“The accused held a position of trust. His colleagues risked their lives every night in the bush while he was selling their movements for money.

“This court cannot ignore the message that a lenient sentence would send to other officials who may be tempted in the same way,” Van der Merwe said.

The court heard that between 2020 and 2022 Ndlovu received at least R380,000 in cash and electronic transfers from Mkhize, who the State said acted as a middleman for a buyer in Gauteng. At least seven rhinos were killed in the reserve during that period.

National Prosecuting Authority regional spokesperson Monica Nyathi welcomed the sentences. “We hope this sends a strong message that those who collude with poachers from the inside will face the full might of the law,” she said.

Ndlovu’s lawyer, Lerato Mashaba, had asked the court to consider that her client was a first offender and the sole breadwinner for five children, and argued for a partially suspended sentence. Outside court, she said the defence would study the judgment before deciding whether to appeal.

The reserve’s management said in a statement that it had overhauled its vetting procedures since the arrests in 2022, introducing polygraph testing and rotating ranger deployments.

“The actions of one individual must not overshadow the dedication of the men and women who protect our rhinos every day,” the statement read.

According to government figures, 499 rhinos were poached in South Africa last year, most of them in KwaZulu-Natal and Mpumalanga.

Dr Lindiwe Sithole, a researcher at the Institute for Wildlife Crime Studies, said insiders were involved in a significant share of poaching incidents in state-run reserves.

“Syndicates don’t need to cut the fence if someone opens the gate for them. Rangers are underpaid, they often live in the same communities as the poachers, and their families are threatened,” she said.

She said reserves needed better salaries and protection for staff, not only stricter screening. “You cannot polygraph your way out of a problem that is fundamentally about money and fear.”""",
        [
            ("betrayed the very animals he", "Pieter van der Merwe"),
            ("The accused held a position", "Pieter van der Merwe"),
            ("This court cannot ignore the", "Pieter van der Merwe"),
            ("We hope this sends a", "Monica Nyathi"),
            ("The actions of one individual", "Mahlasela Game Reserve"),
            ("Syndicates don’t need to cut", "Lindiwe Sithole"),
            ("You cannot polygraph your way", "Lindiwe Sithole"),
        ],
    ),
    (
        """MPs demand higher compensation as elephant attacks rise

Dodoma. Lawmakers yesterday pressed the government to review compensation paid to victims of wildlife attacks, as conflict between communities and elephants grows in villages bordering protected areas.

Contributing to debate on the budget estimates of the Ministry of Natural Resources and Tourism, Luhombero MP Mwanaisha Kombo (CCM) said at least 14 people in her constituency had been killed by elephants in the past 18 months, while hundreds of acres of maize and rice had been destroyed.

"A family loses a father and the government brings Sh1 million as consolation. Is that the value of a Tanzanian life?" she asked, drawing applause from the House.

Under current regulations, families receive Sh1 million for a death, while crop losses are paid at Sh100,000 per acre regardless of the type of crop.

Another legislator, Mr Juma Selemani (Mtanana, Chadema), said villagers had lost faith in the ability of wildlife authorities to respond quickly when elephants invade farms.

"When we call the rangers, they come after three days. By then the elephants have finished everything," he said.

Responding, the Deputy Minister for Natural Resources and Tourism, Mr Abdallah Mrisho, said the government was aware of the problem and that a review of the regulations had reached an advanced stage.

He told the House that the government had trained 420 village game scouts and introduced chilli and "beehive fences" in 38 districts, and that the number of rapid response units had increased from six to 15.

"We are not ignoring the cries of our people. The new regulations will increase consolation and also take into account the type of crop destroyed," Mr Mrisho said.

He said the government would also establish "a special fund for wildlife conflict victims" in the coming financial year, but did not give a figure.

Speaking to reporters outside Parliament later, the executive director of the Tanzania Community Wildlife Forum, Ms Rehema Mollel, said compensation alone would not end the conflict.

"Elephants are following old migration routes that have been turned into farms. We need land-use plans that keep the corridors open, otherwise the money will just keep going up every year," she said.

According to ministry figures, 98 people were killed by wild animals in the 2023/24 financial year, 61 of them by elephants, up from 71 deaths the previous year.

A resident of Luhombero reached by phone, who asked not to be named, said villagers had begun staying up at night banging tins to drive the animals away.

"We sleep in the fields now. Our children are tired at school because they also guard the farms," he said.""",
        [
            ("A family loses a father", "Mwanaisha Kombo"),
            ("When we call the rangers,", "Juma Selemani"),
            ("We are not ignoring the", "Abdallah Mrisho"),
            ("a special fund for wildlife", "Abdallah Mrisho"),
            ("Elephants are following old migration", "Rehema Mollel"),
            ("We sleep in the fields", "resident"),
        ],
    ),
    (
        """The Sundarbans honey hunters who risk tigers for a living

By Farhana Rahman, BBC News, Khulna

Each April, when the mangrove trees of the Sundarbans burst into flower, Abdul Jalil Gazi and his team of seven set off in a wooden boat for the forest. They spend up to three weeks collecting wild honey, sleeping on the boat and watching the banks for the one predator that has killed two of his uncles.

"When you go into the forest, you leave your life with God," the 48-year-old says. "The tiger sees you long before you see him."

The Sundarbans, the world's largest mangrove forest, stretches across southern Bangladesh and India's West Bengal, and is home to an estimated 120 Bengal tigers on the Bangladeshi side.

For centuries, fishermen, crab collectors and honey hunters known locally as mawals have entered the forest under permits from the forest department. Many have never returned.

In the villages on the forest's edge, women whose husbands were killed by tigers are often referred to as "tiger widows" and are sometimes blamed for the deaths, considered to bring bad luck.

Rokeya Begum's husband was killed in 2019 while collecting crabs. "People said I was cursed. My in-laws sent me back to my father's house with my two sons," she says. "I still do not understand what I did wrong."

Attacks have fallen sharply in recent years. A government report, "Human-Tiger Interactions in the Sundarbans 2010-2023", recorded four deaths last year, compared with more than 40 a year in the early 2000s. Officials attribute this to stricter permits, village "tiger response teams" and a crackdown on bandits who once forced people deep into the forest.

"The number of deaths has come down, but each one is a tragedy. We are trying to make sure people do not have to go so deep," says Mohammad Ashraful Haque, divisional forest officer for Sundarbans East.

He says the department now pays compensation of 300,000 taka (about $2,500) to the families of those killed inside the forest with valid permits. But many victims, like Ms Begum's husband, did not have one.

Conservationists say the bigger threat to both people and tigers is the changing forest itself. Rising sea levels and reduced freshwater flows are making the water saltier, killing trees and pushing fish stocks down.

"Salinity is changing everything. When fish catches fall, people go further into the core areas, and that is exactly where the tigers are," says Nasrin Akter, a researcher at the Khulna-based Mangrove Futures Foundation.

Her organisation runs a programme training women to run small shops and poultry farms so that families depend less on the forest. Rokeya Begum now sells dried fish from a stall in the village market.

Back on the river, Abdul Jalil is preparing his boat. He says he would stop if he could.

"My son is studying in college. I pray he never has to do this work," he says. "But this year, I will go again."

The boat leaves at dawn.""",
        [
            ("When you go into the", "Abdul Jalil Gazi"),
            ("The tiger sees you long", "Abdul Jalil Gazi"),
            ("People said I was cursed.", "Rokeya Begum"),
            ("I still do not understand", "Rokeya Begum"),
            ("The number of deaths has", "Mohammad Ashraful Haque"),
            ("Salinity is changing everything.", "Nasrin Akter"),
            ("My son is studying in", "Abdul Jalil Gazi"),
            ("But this year, I will", "Abdul Jalil Gazi"),
        ],
    ),
]
