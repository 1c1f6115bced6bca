CASES = [
    (
        """Gerba Dera farmers say compensation unpaid as Haro Weyu dam begins filling

By Tsion Alemayehu

Addis Abeba – Farmers in three kebeles downstream of the Haro Weyu irrigation dam in Gurafa zone say they have not been paid compensation for land that will be submerged once the reservoir reaches full level, even as the federal government on Monday announced the start of the first filling.

“We were told in 2021 that every household would be relocated before the water came,” said Abdeta Gudina, a 54-year-old farmer from Gerba Dera kebele. “Now the water is coming and nobody has given us even a receipt.”

Abdeta said at least 140 households in his kebele had registered with the zonal land administration office but had so far received “nothing but promises.”

The Ministry of Water Resources and Irrigation Development said in a statement that the filling would proceed “in phases that take into account the needs of downstream communities” and that compensation worth 312 million birr had already been transferred to the zonal administration.

State Minister Dr. Yohannes Berhe told journalists at a press briefing on Monday that the 48-metre dam would irrigate more than 22,000 hectares of wheat and soybean once the main canals are completed.

“This project is not about the water behind the wall. It is about the families who will produce two harvests a year instead of one,” he said. He added: “Where there are gaps in the compensation process, we will address them together with the regional government. No one will be displaced without fair payment.”

A zonal official, who asked not to be named because he was not authorized to speak to the media, told The Horn Observer the funds had arrived “only three weeks ago” and that verification of beneficiaries was still under way.

“The list we inherited had many problems. Some names were duplicated, some people had died, some were not even from the area,” the official said.

In a report titled “Water Before People” published in February, the Rural Land Rights Forum (RLRF), a local civil society organization, said affected residents had been “excluded from every meaningful stage of consultation” and recommended that the filling be postponed until all payments were completed.

The forum’s executive director, Meron Tadesse, said her organization had written to the ministry twice without receiving a response.

“We are not against the dam. Nobody in this valley is against development,” Meron said. “But development that leaves the people who lived here poorer than before is not what the government promised them.”

Construction of the dam, carried out by the state-owned Yeju Construction Enterprise, began in 2019 at an estimated cost of 4.6 billion birr. Officials expect the reservoir to reach full capacity after two rainy seasons.""",
        [
            ("We were told in 2021", "Abdeta Gudina"),
            ("Now the water is coming", "Abdeta Gudina"),
            ("nothing but promises.", "Abdeta Gudina"),
            ("in phases that take into", "Ministry of Water Resources and Irrigation Development"),
            ("This project is not about", "Yohannes Berhe"),
            ("Where there are gaps in", "Yohannes Berhe"),
            ("only three weeks ago", "zonal official"),
            ("The list we inherited had", "zonal official"),
            ("excluded from every meaningful stage", "Rural Land Rights Forum"),
            ("We are not against the", "Meron Tadesse"),
            ("But development that leaves the", "Meron Tadesse"),
        ],
    ),
    (
        """Sudan's warring sides agree 72-hour truce around besieged Kordofan town

PORT SUDAN, Aug 14 - Sudan's army and the paramilitary National Rapid Reserve (NRR) have agreed to a 72-hour ceasefire around the besieged town of Um Sayala in North Kordofan to allow aid convoys in, mediators said on Wednesday, though residents reported shelling on the town's outskirts hours later.

The truce, brokered by the African Union-led Joint Mediation Mechanism (JMM) at talks in Addis Ababa, is due to take effect at 6 a.m. (0400 GMT) on Thursday, the mediators said in a statement.

"Both parties have committed to refrain from attacks on civilians and civilian infrastructure and to guarantee the safe and unhindered passage of humanitarian supplies," the statement said.

Army spokesman Brigadier General Osman al-Tayeb Hamid said the military would respect the truce "as long as the other side does."

"We have seen these promises before. The militia uses every pause to bring in fighters and reinforce its positions," he told reporters in Port Sudan, the army-aligned government's wartime seat.

Mubarak Adam Bashir, an adviser to the NRR commander, said in a post on X that the group welcomed the agreement, but accused the army of "shelling residential neighbourhoods" in Um Sayala as recently as Tuesday night. Neither side's claims could be independently verified.

Residents reached by phone described continued artillery fire from the eastern edge of the town early on Thursday.

"The shelling did not stop. We heard it at dawn, the same as every day," said one resident, a schoolteacher who asked not to be named for fear of reprisals. "People are eating leaves and animal feed. Whatever truce they sign, we need food now."

The United Nations estimates that about 180,000 people are trapped in Um Sayala, where the last aid convoy arrived in May.

"We have 40 trucks loaded and waiting in El Dakhla," said Hanna Lindqvist, Sudan country director for the aid group Nordic Relief Alliance. "If the guns are quiet for 72 hours, we can reach the town in two days and come back out. If they are not, our drivers will not move."

A senior U.N. official in Port Sudan, speaking on condition of anonymity because he was not authorised to brief the media, described the agreement as "fragile at best" and said mediators had failed to secure commitments on a longer halt to the fighting.

At least four previous local truces have collapsed within days since the war between the army and the NRR began more than two years ago. The conflict has killed tens of thousands of people and driven more than 11 million from their homes, according to U.N. figures.""",
        [
            ("Both parties have committed to", "Joint Mediation Mechanism"),
            ("as long as the other", "Osman al-Tayeb Hamid"),
            ("We have seen these promises", "Osman al-Tayeb Hamid"),
            ("shelling residential neighbourhoods", "Mubarak Adam Bashir"),
            ("The shelling did not stop.", "resident"),
            ("People are eating leaves and", "resident"),
            ("We have 40 trucks loaded", "Hanna Lindqvist"),
            ("If the guns are quiet", "Hanna Lindqvist"),
            ("fragile at best", "senior U.N. official in Port Sudan"),
        ],
    ),
    (
        """Drought drives thousands from Ceel-Xaar villages as wells run dry

MOGADISHU - More than 12,000 families have abandoned villages in Ceel-Xaar district after three consecutive failed rainy seasons dried up shallow wells and killed much of their livestock, local officials and aid workers said on Sunday.

Ceel-Xaar district commissioner Abdirahman Nuur Farah told reporters by phone that newly displaced families were arriving in the district town every day with "nothing except the clothes they were wearing."

"Our people depend entirely on their animals. When the camels and goats die, the family has nothing left to sell and nothing to eat," Commissioner Abdirahman said.

"We are appealing to the federal government, to the state and to the international community to act before it is too late."

According to a rapid assessment by the Horn Water Partnership (HWP), a Nairobi-based aid group, 38 of the district's 51 boreholes are either broken or producing too little water to serve the population. The April-June "Gu" rains delivered less than a third of the seasonal average.

HWP's Somalia programme manager, Daud Osman Hirsi, was blunt: "Water trucking is keeping people alive, but it is the most expensive way to deliver water and our funding runs out in six weeks."

"Without urgent investment in borehole rehabilitation, we expect displacement to double before the end of the dry season," the organisation said in a statement released on Saturday.

At an informal settlement on the edge of the town, Halima Abdi Warsame, 31, said she had walked for four days with her six children after losing the family's herd.

"Three of my goats died on the road. I left the last one with a cousin because it could not walk anymore," she said. "My husband stayed behind to look for pasture. I have not heard from him for eleven days."

The state minister for humanitarian affairs, Fadumo Sheikh Ali, said the regional government had dispatched 20 water trucks to the district and was distributing food rations in coordination with local businesses.

"The needs are far bigger than what we have in our hands," she told a press conference. "We have registered more than 70,000 people, and every day the number grows."

A health worker at the district's only hospital, who asked not to be identified, said staff had recorded a sharp rise in cases of acute watery diarrhoea and severe malnutrition among children under five since July.

The federal government declared a drought emergency in parts of the country last month, but aid agencies say funding for the response remains below 30 percent of what is needed.""",
        [
            ("nothing except the clothes they", "Abdirahman Nuur Farah"),
            ("Our people depend entirely on", "Abdirahman Nuur Farah"),
            ("We are appealing to the", "Abdirahman Nuur Farah"),
            ("Water trucking is keeping people", "Daud Osman Hirsi"),
            ("Without urgent investment in borehole", "Horn Water Partnership"),
            ("Three of my goats died", "Halima Abdi Warsame"),
            ("My husband stayed behind to", "Halima Abdi Warsame"),
            ("The needs are far bigger", "Fadumo Sheikh Ali"),
            ("We have registered more than", "Fadumo Sheikh Ali"),
        ],
    ),
    (
        """Mai-Habar micro-dam inaugurated in Adi Welela sub-zone

Adi Welela, 22 June 2024 - A micro-dam with a holding capacity of 1.8 million cubic metres of water was inaugurated on 20 June in Adi Welela sub-zone, Southern Region, in the presence of regional and sub-zonal administrators, members of the Defence Forces and a large number of residents.

At the event, Mr. Habtom Woldemichael, head of the Water Resources Department in the Southern Region, said that the dam was constructed through the active participation of the public and is expected to benefit over 3,000 residents of five villages.

Indicating that the dam will enable farmers to cultivate vegetables and fruits twice a year, Mr. Habtom called on the residents to "take full ownership of the project and protect the catchment area from soil erosion and siltation."

According to the report, over 42,000 cubic metres of earth and stone were moved during the construction, while 6 kilometres of feeder road and 14 kilometres of terraces were completed as part of the integrated watershed development programme.

The Administrator of Adi Welela sub-zone, Ms. Senait Kidane, for her part said: "The completion of this dam is the fruit of the strong commitment of our people and the guidance of the Government. Drought has been a challenge to this area for generations, but through our collective effort we are turning that challenge into an opportunity."

Ms. Senait further indicated that the sub-zone administration, in cooperation with the Ministry of Agriculture, will provide farmers with improved seeds and training in modern irrigation techniques, and urged the youth to organize themselves in cooperatives.

Mr. Yonas Tekle, head of agricultural extension in the sub-zone, noted that the dam will also recharge groundwater in the surrounding area and described it as "a lasting asset for the coming generations."

Speaking on behalf of the residents, Mr. Gebrehiwet Asmerom, an elder from Mai-Habar village, said: "Before this dam, our mothers and daughters used to walk three hours to fetch water in the dry season. Today, water has come to our doorstep." He expressed appreciation to the Government and to all who contributed to the realization of the project.

The Mai-Habar micro-dam is one of 11 water catchment projects being implemented in the Southern Region this year, with a combined holding capacity of over 14 million cubic metres.""",
        [
            ("take full ownership of the", "Habtom Woldemichael"),
            ("The completion of this dam", "Senait Kidane"),
            ("a lasting asset for the", "Yonas Tekle"),
            ("Before this dam, our mothers", "Gebrehiwet Asmerom"),
        ],
    ),
    (
        """Opposition cries foul as Awash Hills by-election results delayed

By Samuel Getachew

Three opposition parties have accused local officials in the Awash Hills constituency of tampering with the count in last week’s by-election, as the Federal Electoral Commission (FEC) said on Tuesday that final results would be delayed by at least five days.

The by-election was held on September 8 to fill a seat in the House of Peoples’ Representatives that fell vacant after the death of the constituency’s representative in March.

Dawit Mengesha, chairman of the Unity for Justice Party (UJP), whose candidate was widely seen as the main challenger, told reporters in Adama that the party’s observers had been expelled from at least four polling stations before counting began.

“Our observers were sent out of the room by militia members who said they were acting on instructions. They were told to wait outside, and when they came back the boxes were already sealed.

“That is not a technical problem. That is a decision someone made, and we want to know who made it,” Dawit said.

He said the party had submitted a formal complaint to the commission along with photographs and signed statements from its observers.

The FEC’s spokesperson, Selamawit Gebre, said the delay was the result of recounts requested by candidates at two polling stations and was “a normal procedure provided for by the law.”

“The commission has received the complaints and is investigating each of them. We ask all parties to wait for the official results and to avoid spreading unverified information,” she said.

The zonal office of the ruling Ethiopian Renewal Party (ERP) dismissed the allegations in a statement posted on its Facebook page, describing them as “baseless and aimed at undermining the will of the voters.”

A polling station official in Kersa Dima kebele, who spoke on condition of anonymity for fear of losing his job, said ballot boxes from his station had been moved to the woreda office “in the middle of the night” without opposition representatives present. The commission has not responded to questions about the claim.

The Consortium of Election Observers in Ethiopia (CEOE), which deployed 64 observers in the constituency, said in its preliminary statement that voting had been “largely peaceful and orderly” but noted “isolated but serious irregularities” during the transport of sensitive materials.

Opposition parties have repeatedly raised concerns about the independence of local election officials since the 2021 general elections, which the ruling party won by a landslide. Two other parties, the Gibe People’s Democratic Front and the Ethiopian Citizens’ Forum, have joined the UJP’s complaint.""",
        [
            ("Our observers were sent out", "Dawit Mengesha"),
            ("That is not a technical", "Dawit Mengesha"),
            ("a normal procedure provided for", "Selamawit Gebre"),
            ("The commission has received the", "Selamawit Gebre"),
            ("baseless and aimed at undermining", "Ethiopian Renewal Party"),
            ("in the middle of the", "polling station official in Kersa Dima kebele"),
            ("largely peaceful and orderly", "Consortium of Election Observers in Ethiopia"),
            ("isolated but serious irregularities", "Consortium of Election Observers in Ethiopia"),
        ],
    ),
    (
        """Cholera spreads through Darfur camps as rains cut off roads

WADI BARDI, South Darfur — Cholera is spreading rapidly through displacement camps around Wadi Bardi, aid workers say, as seasonal rains wash out roads and leave thousands of families drinking untreated water from streams.

Darfur Health Relief (DHR), a Sudanese medical organisation running the only treatment centre in the area, said it had admitted 640 suspected cases in the past three weeks, including 170 children.

‘We are seeing between 60 and 80 new patients a day, and our beds are full,’ said Dr Amna Ishaq, DHR’s medical coordinator in South Darfur. ‘We have put patients on mats in the corridors and under plastic sheeting outside.’

Many arrive too late, she said. ‘By the time a family finds a donkey cart and crosses the wadi, the patient has lost so much fluid that there is little we can do.’

According to figures shared by the South Darfur state ministry of health, at least 29 people have died of the disease in the locality since the first case was confirmed in late July. A ministry official, speaking by telephone from Nyala, insisted the situation was ‘under control’ and said chlorine tablets had been sent to the camps.

Community leaders dispute that account. Sheikh Yagoub Ahmed Musa, who represents some 9,000 displaced families in Hillat Nuri camp, said no chlorine had reached his section of the camp.

‘Nobody has brought us anything. The people drink from the wadi because there is nothing else,’ he told this newspaper. ‘Every morning we carry someone new to the clinic.’

Aid workers say many latrines in the camp collapsed during heavy rain in August, contaminating the shallow wells that residents depend on.

A report by the Sudan Humanitarian Forum, titled ‘Rains and Ruin’, warned in June that camps in South Darfur were ‘among the most exposed in the country’ to waterborne disease because of the destruction of water infrastructure during the fighting.

The Sudan Health Cluster, a coordination body of aid agencies, said in its latest update that access to the area remained ‘severely constrained’ by insecurity and impassable roads, with the nearest stocks of oral cholera vaccine held in Port Sudan, more than 1,500 kilometres away.

A DHR logistics officer, who asked not to be named, said the organisation’s last delivery of oral rehydration salts had taken 11 days to arrive by road from El Obeid.

‘If the road does not open this week, we will run out,’ he said.""",
        [
            ("We are seeing between 60", "Amna Ishaq"),
            ("We have put patients on", "Amna Ishaq"),
            ("By the time a family", "Amna Ishaq"),
            ("under control", "ministry official"),
            ("Nobody has brought us anything.", "Yagoub Ahmed Musa"),
            ("Every morning we carry someone", "Yagoub Ahmed Musa"),
            ("among the most exposed in", "Sudan Humanitarian Forum"),
            ("severely constrained", "Sudan Health Cluster"),
            ("If the road does not", "DHR logistics officer"),
        ],
    ),
    (
        """Somalia rejects re-election of Shabelle Valley leader as "illegal"

MOGADISHU, Nov 3 - Somalia's interior ministry on Sunday rejected the re-election of the president of Shabelle Valley State as "illegal", deepening a standoff between Mogadishu and the regional administration ahead of national elections next year.

Lawmakers in the state assembly in Dhagaxley voted 51 to 3 on Saturday to give Ahmed Sheikh Yusuf a second five-year term, after two opposition candidates withdrew, saying the process had been rigged.

"Today the people of Shabelle Valley have chosen stability over chaos and progress over division," Yusuf told the assembly after he was sworn in. "My hand is extended to everyone, including those who chose to boycott."

But the Ministry of Interior and Federal Affairs said in a statement that the vote "has no legal basis" because it was held under a state constitution amended without consultation with the federal government.

"The federal government will not recognise any outcome that violates the provisional constitution and the agreed national electoral framework," the ministry said.

Abdiqani Cali Geedi, a former state planning minister who pulled out of the race on Friday, said the state electoral commission had been "handpicked by the president" and that opposition members of the assembly had been prevented from entering the hall.

"What happened in Dhagaxley was not an election. It was a coronation," he told reporters in Mogadishu.

Relations between Mogadishu and several federal member states have soured over the federal government's plans to move to a one-person, one-vote system, which critics say is designed to extend the mandate of the national leadership.

The Intergovernmental Council for the Horn (ICH), a regional bloc, said it was "deeply concerned" by the rising tensions and urged all sides to "resolve their differences through dialogue."

A Western diplomat in Mogadishu, speaking on condition of anonymity, said international partners were worried the dispute could distract from the fight against Islamist insurgents.

"Every month spent on these disputes is a month the insurgents use to regroup," the diplomat said.

In Dhagaxley, residents said the town was calm but that state forces had set up additional checkpoints around the assembly building and the presidential compound.

"The shops are open, but people are worried. Everybody remembers what happened last time," said Hawa Maxamed, a tea seller near the main market, referring to clashes between federal and state forces in 2022 that killed at least 14 people.""",
        [
            ("illegal", "Ministry of Interior and Federal Affairs"),
            ("illegal", "Ministry of Interior and Federal Affairs"),
            ("Today the people of Shabelle", "Ahmed Sheikh Yusuf"),
            ("My hand is extended to", "Ahmed Sheikh Yusuf"),
            ("has no legal basis", "Ministry of Interior and Federal Affairs"),
            ("The federal government will not", "Ministry of Interior and Federal Affairs"),
            ("handpicked by the president", "Abdiqani Cali Geedi"),
            ("What happened in Dhagaxley was", "Abdiqani Cali Geedi"),
            ("deeply concerned", "Intergovernmental Council for the Horn"),
            ("resolve their differences through dialogue.", "Intergovernmental Council for the Horn"),
            ("Every month spent on these", "Western diplomat in Mogadishu"),
            ("The shops are open, but", "Hawa Maxamed"),
        ],
    ),
    (
        """Border residents ‘caught in the middle’ as troop build-up stirs fears of new Ethiopia–Eritrea war

By Kidus Hailu

ENDA GERGIS — On the dusty main road of this border town, traders have started closing their shops before sunset. Some families have already sent their children to relatives further south.

“We are caught in the middle again. We survived one war, then another. Now people are asking which army will arrive first,” said Gebremariam Tesfay, 67, who runs a small grain store a few kilometres from the frontier.

Residents and local officials say both Ethiopian federal troops and Eritrean forces have reinforced positions along the border in recent weeks, raising fears that the fragile calm that followed the ceasefire in the north two years ago could collapse. The area is also in its second year of below-average rainfall, and aid agencies say food stocks in several districts are nearly exhausted.

Tsegay Araya, head of the security bureau of the region’s interim administration, told reporters in Mekelle on Thursday that there was “no intention on our side” to start a conflict.

“Our people are exhausted. They need rain, seeds and peace, not another war,” he said. “We call on the federal government and on our neighbours to choose dialogue.”

Eritrea’s Ministry of Information dismissed reports of a troop build-up as “fabricated narratives” spread by those who “have never accepted the sovereignty of Eritrea.” In a brief post on its website, the ministry said Eritrean forces “remain in their positions as they have always been.”

The federal government in Addis Ababa has not commented publicly. A senior federal official, who asked not to be named because he was not authorized to speak on the matter, said troop movements in the area were “routine” and “defensive in nature.”

Helen Woldeyes, a researcher at the Horn Institute for Peace Studies in Nairobi, said the rhetoric on both sides had hardened considerably since the beginning of the year.

“What worries me is that the diplomatic channels that existed two years ago are no longer being used. Everyone is talking about each other, but nobody is talking to each other,” she said.

“In that kind of environment, a small incident at the border can escalate very quickly.”

A Western diplomat in Addis Ababa put it more bluntly: “Everybody is watching the same satellite images and drawing the same conclusions.”

Back in Enda Gergis, the aid distribution point run by the charity Mekane Hiwot Relief has not received wheat since June, according to its coordinator, Letay Gebru.

“People come every morning and ask me when the food will come. I have no answer for them,” she said.""",
        [
            ("caught in the middle", "Gebremariam Tesfay"),
            ("We are caught in the", "Gebremariam Tesfay"),
            ("no intention on our side", "Tsegay Araya"),
            ("Our people are exhausted.", "Tsegay Araya"),
            ("We call on the federal", "Tsegay Araya"),
            ("fabricated narratives", "Ministry of Information"),
            ("have never accepted the sovereignty", "Ministry of Information"),
            ("remain in their positions as", "Ministry of Information"),
            ("routine", "senior federal official"),
            ("defensive in nature.", "senior federal official"),
            ("What worries me is that", "Helen Woldeyes"),
            ("In that kind of environment,", "Helen Woldeyes"),
            ("Everybody is watching the same", "Western diplomat in Addis Ababa"),
            ("People come every morning and", "Letay Gebru"),
        ],
    ),
]
