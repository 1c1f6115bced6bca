CASES = [
    (
        """Egypt says Ethiopian dam filling breaches Nile data-sharing framework

By Karim Soliman

CAIRO, Aug 14 - Egypt on Wednesday accused Ethiopia of beginning the third filling of the Tekeze Gorge Dam's reservoir without notifying downstream states, saying the move violated a 2019 framework on data sharing and could cut flows to farmers in the Nile Delta during the summer planting season.

"Egypt will not accept a policy of imposing facts on the ground on a river that more than 100 million people depend on for life," Irrigation Minister Hisham el-Gabry said in a televised statement. "We have shown patience for years, but patience has limits."

Gabry said Cairo would take the matter to the U.N. Security Council "if it becomes necessary", but did not give a timeline.

Ethiopia's Ministry of Water and Energy said the filling was proceeding "in full accordance with the principles of equitable and reasonable use" and would not cause significant harm to Egypt or Sudan.

"The rains this year are above average, and the reservoir is being filled from surplus water," Tsegaye Alemu, a ministry spokesman, told reporters in Addis Ababa. He said technical teams had shared release schedules with Khartoum last week.

Sudan, which lies between the two countries and operates its own reservoirs on the Blue Nile, has at times sided with each. A senior official in Sudan's irrigation ministry, who asked not to be named because he was not authorised to speak to the media, said Khartoum had received "partial data, two days late" and was adjusting releases from the Wad Habib Dam as a precaution.

Egypt relies on the Nile for about 97 percent of its fresh water and has long argued that Ethiopia's dam, built on the river's main tributary, threatens its share under agreements dating back to the colonial era. Ethiopia, which says the dam is vital for electrifying a country where about half the population lacks access to power, rejects those agreements as unfair.

The last round of talks between the three countries ended in December without agreement on binding rules for filling and operating the dam during drought.

"The real fight is over drought years," said Nadia Farouk, a water policy researcher at the Cairo Centre for Hydro-Political Studies. "In a wet year nobody feels the pinch. In a run of dry years, the question of who releases how much water becomes a question of who eats."

Farouk said a deal on drought management was technically within reach but that neither government had shown a willingness to compromise in public.

Egyptian farmers' groups have warned that any reduction in summer releases from the Aswan reservoir would hit rice and maize growers first, according to a statement from the Delta Growers' Federation on Tuesday.

(Reporting by Karim Soliman in Cairo; Additional reporting by Dawit Mekonnen in Addis Ababa; Editing by Peter Holloway)
""",
        [
            ("Egypt will not accept a", "Hisham el-Gabry"),
            ("We have shown patience for", "Hisham el-Gabry"),
            ("if it becomes necessary", "Hisham el-Gabry"),
            ("in full accordance with the", "Ministry of Water and Energy"),
            ("The rains this year are", "Tsegaye Alemu"),
            ("partial data, two days late", "senior official in Sudan's irrigation ministry"),
            ("The real fight is over", "Nadia Farouk"),
            ("In a wet year nobody", "Nadia Farouk"),
        ],
    ),
    (
        """Valley farmers protest irrigation cuts as dam storage hits decade low

By Rana Haddad

AMMAN — Dozens of farmers gathered outside the Ministry of Water and Irrigation's directorate in Deir Alla on Sunday to protest a decision to cut summer irrigation quotas in the northern Jordan Valley by 40 per cent, as storage in the Kingdom's dams fell to its lowest level in more than a decade.

The farmers, most of whom grow tomatoes, cucumbers and bananas, said the cuts would wipe out a season already hurt by higher fertiliser and fuel prices.

"We planted in March based on what the authority told us. Now they tell us the water is not there," said Suleiman Mheisen, a 54-year-old farmer from the village of Tel Al Arbaeen.

"I have 30 dunums of tomatoes. Without water for five weeks, I lose everything, and I still owe the bank," he told reporters.

Ministry spokesperson Omar Salameh said the decision was "painful but unavoidable", noting that the combined storage of the Kingdom's major dams stood at 23 per cent of their capacity of around 280 million cubic metres.

"Priority must go to drinking water. We are talking about households in Amman and Zarqa that receive water once a week in summer," Salameh said, adding that the ministry would review quotas in two weeks "depending on inflows and consumption".

Rainfall this season reached about 60 per cent of the long-term average, according to ministry figures, and Al Mansoura Dam, the main source for the northern valley's canal, was holding less than a fifth of its volume.

Ziad Obeidat, head of the Northern Shouneh Agricultural Cooperative, said farmers had asked the ministry in winter to announce quotas before planting began.

"Nobody is saying Amman should go thirsty," Obeidat said. "But the ministry knew in January that rainfall was weak. Had they told us then, farmers would have planted less, or planted crops that need less water."

He said the cooperative would submit a request for compensation to the Ministry of Agriculture and called on the government to postpone loan instalments for affected farmers.

Hydrologist Lina Qudah, who has advised the ministry on groundwater policy, said the dispute reflected a deeper problem. "We are managing a permanent shortage as if it were a temporary emergency," she said. "Every summer there is a crisis, every summer there is a decision at the last minute."

Jordan is among the world's most water-scarce countries, with annual renewable water resources of less than 100 cubic metres per person, far below the international threshold of 500 cubic metres for absolute scarcity.

The ministry said in a statement on Sunday evening that it would send tankers to areas where livestock were at risk and that it was "in continuous contact" with farmers' representatives to reduce losses.
""",
        [
            ("We planted in March based", "Suleiman Mheisen"),
            ("I have 30 dunums of", "Suleiman Mheisen"),
            ("painful but unavoidable", "Omar Salameh"),
            ("Priority must go to drinking", "Omar Salameh"),
            ("depending on inflows and consumption", "Omar Salameh"),
            ("Nobody is saying Amman should", "Ziad Obeidat"),
            ("But the ministry knew in", "Ziad Obeidat"),
            ("We are managing a permanent", "Lina Qudah"),
            ("Every summer there is a", "Lina Qudah"),
            ("in continuous contact", "Ministry of Water and Irrigation"),
        ],
    ),
    (
        """Wad al-Nour farmers warn of lost season as canals silt up

June 18, 2024 (SENNAR) – Farmers in the Wad al-Nour irrigated scheme in Sennar state have warned that tens of thousands of feddans of sorghum and cotton could be lost this season after the main canals silted up and irregular releases from upstream left fields dry at planting time.

In a statement issued on Monday, the Wad al-Nour Scheme Tenants' Association said: "The tenants have paid their fees for canal clearance for two seasons, yet not a single excavator has entered the minor canals. Today we face a season that is lost before it begins."

The association's chairman, Abdel Rahim Babiker, said about 60 per cent of the scheme's 180,000 feddans had not received water since the start of June.

"Some tenants have planted three times, and three times the seeds died in the ground," Babiker told reporters in Sennar town on Tuesday.

"We are not asking for charity," he added. "We are asking the ministry to do the work it has already been paid for.

"If the water does not reach the fields within ten days, the planting window will close and the people of this area will depend on food aid next year."

The scheme's director-general, Engineer Osman Hamid el-Tayeb, acknowledged the delays but blamed shortages of fuel and spare parts.

"We had 14 excavators allocated for this season. Only five are working, because the others have no diesel and no spare parts," el-Tayeb said by phone.

He also pointed to conditions upstream, saying the flow reaching the scheme's headworks had been "unpredictable from one week to the next" since the Ethiopian dam on the Blue Nile began regulating the river.

A study published in March by the Sudanese Institute for Irrigation Studies, titled "Sediment and Scheduling on the Blue Nile", found that the pattern of silt arriving in Sudanese canals had shifted since the upstream reservoir began operating. The report said that "sediment loads entering the canal network have changed in character and timing", requiring new maintenance plans that most schemes have not adopted.

Fatima Adam, a tenant who farms 15 feddans near the village of Um Sunta, said she had sold two goats to buy seed for the season.

"Now the seeds are gone and the goats are gone," she said. "I do not know what we will eat in the autumn."

A senior official in the Sennar state ministry of agriculture, speaking on condition of anonymity, said the state had requested emergency funds from the federal government "more than a month ago, with no reply".

The Wad al-Nour scheme is one of several irrigated projects along the Blue Nile that were established in the mid-twentieth century and have suffered decades of underinvestment. The war that broke out in April 2023 has further disrupted fuel supplies and financing to the agricultural sector.
""",
        [
            ("The tenants have paid their", "Wad al-Nour Scheme Tenants' Association"),
            ("Some tenants have planted three", "Abdel Rahim Babiker"),
            ("We are not asking for", "Abdel Rahim Babiker"),
            ("We are asking the ministry", "Abdel Rahim Babiker"),
            ("If the water does not", "Abdel Rahim Babiker"),
            ("We had 14 excavators allocated", "Osman Hamid el-Tayeb"),
            ("unpredictable from one week to", "Osman Hamid el-Tayeb"),
            ("sediment loads entering the canal", "Sudanese Institute for Irrigation Studies"),
            ("Now the seeds are gone", "Fatima Adam"),
            ("I do not know what", "Fatima Adam"),
            ("more than a month ago", "senior official in the Sennar state ministry of agriculture"),
        ],
    ),
    (
        """Fourth turbine at Beles Gorge dam begins generation as officials dismiss downstream concerns

By Hiwot Girma

Addis Abeba, March 09/2024 – The fourth turbine at the Beles Gorge Hydroelectric Dam in Benishangul-Gumuz region began feeding power into the national grid on Saturday, bringing the project’s operational output to about 1,500 megawatts, according to the Ethiopian Power Generation Corporation (EPGC).

In a statement posted on its official social media page, the corporation said the unit had been “synchronised successfully after three weeks of testing” and that two more units would come online before the end of the Ethiopian fiscal year in July.

Engineer Mesfin Tadesse, project manager of the dam, told journalists at the site that the reservoir currently holds about 38 billion cubic metres of water. “The water that turns these turbines does not disappear,” Engineer Mesfin said. “It passes through and continues to Sudan and Egypt. Generation is not consumption.”

Minister of Water and Energy, Dr. Alemayehu Worku, described the milestone as proof that Ethiopia can complete major infrastructure with domestic resources. “Our people bought bonds, teachers gave a month’s salary, farmers contributed what they had,” Alemayehu said. “This dam belongs to them.”

The minister also responded to recent statements from Cairo accusing Ethiopia of unilateral action. “We have said it many times and we will say it again: Ethiopia has no intention of harming its neighbours,” he said. “What we will not accept is a colonial-era arrangement that gives us zero share of our own river.”

The Egyptian Ministry of Foreign Affairs, in a statement issued on Sunday, said Egypt “reserves all its rights guaranteed under international law” to protect its water security and described the continued operation of the dam without a binding agreement as “a flagrant violation of international norms”.

Yonas Bekele, a lecturer in hydrology at the Institute of Water and Environment in Bahir Dar, said a binding agreement on drought management remained possible. “The technical gap between the three countries is much smaller than the political gap,” he said, adding that most of the remaining disagreement concerned “what happens in the fourth or fifth dry year in a row”.

Construction of the dam began more than a decade ago, and the government says the bulk of its cost has been covered through bond sales and contributions from Ethiopians at home and in the diaspora.

Not all residents near the dam share the officials’ enthusiasm. Tesfaye, a farmer who was resettled to the village of Abadit when the reservoir area was cleared and who gave only his first name, said he was proud of the project but that the promised electricity had yet to reach his community. “We can see the power lines from our village, but at night we still use kerosene,” he said.

The EPGC said electrification of communities around the dam is planned under a separate rural access programme but did not give a timeline.
""",
        [
            ("synchronised successfully after three weeks", "Ethiopian Power Generation Corporation"),
            ("The water that turns these", "Mesfin Tadesse"),
            ("It passes through and continues", "Mesfin Tadesse"),
            ("Our people bought bonds, teachers", "Alemayehu Worku"),
            ("This dam belongs to them", "Alemayehu Worku"),
            ("We have said it many", "Alemayehu Worku"),
            ("What we will not accept", "Alemayehu Worku"),
            ("reserves all its rights guaranteed", "Egyptian Ministry of Foreign Affairs"),
            ("a flagrant violation of international", "Egyptian Ministry of Foreign Affairs"),
            ("The technical gap between the", "Yonas Bekele"),
            ("what happens in the fourth", "Yonas Bekele"),
            ("We can see the power", "Tesfaye"),
        ],
    ),
    (
        """Kafr El-Sheikh farmers decry rice fines as irrigation ministry tightens rules

Cairo — Egypt's Ministry of Water Resources and Irrigation has issued more than 12,000 violation reports against farmers who planted rice outside designated areas this season, according to a ministry statement released on Monday.

The statement said the violations covered about 48,000 feddans, mostly in Kafr El-Sheikh, Dakahlia and Beheira governorates, and that fines would be "collected in full in accordance with the law" before the end of the harvest.

The government allows rice cultivation on 1.1 million feddans this year, limited to specific areas in the northern Delta where the crop helps prevent seawater intrusion into the soil.

Irrigation ministry spokesman Ahmed Shawky Abdel Aal told a private satellite channel on Sunday evening that the rules were necessary to protect farmers elsewhere.

"Every feddan of rice consumes about 7,000 cubic metres of water in one season. This is water taken from a farmer at the end of a canal who is growing maize or cotton," Abdel Aal said.

He added that the ministry was not against rice, "but against rice in the wrong place".

In the village of Ezbet El-Sawalha, farmers said the fines, which reach EGP 4,500 per feddan in some cases, were beyond their means.

Said Abdel Moneim, 61, who farms three feddans at the tail end of the El-Sahel El-Gharbi canal, said his family had always grown rice. "My father grew rice on this land, and his father before him. The soil here is salty; if we don't flood it with rice, nothing else grows," he said.

MP Hamdy El-Sharnouby, who represents the area in the House of Representatives, submitted a briefing request to the speaker on Sunday, arguing that the map of designated areas was outdated and did not take account of soil salinity in several villages. In the request, he wrote that the ministry had "drawn the map from the office, not from the field".

Ragab Shehata, secretary-general of the Independent Union of Delta Farmers, said the fines came at a time when fertiliser prices had more than doubled. "The farmer is being punished for the ministry's failure to clean canals and deliver water on time," Shehata said.

"Give the farmer water at the end of the canal and he will plant maize happily. Nobody grows rice out of love for fines."

Egypt's annual share of Nile water, set at 55.5 billion cubic metres under a 1959 agreement with Sudan, falls well short of its needs, and the country imports large quantities of food and recycles agricultural drainage water to close the gap.

A senior ministry official, speaking on condition of anonymity, said the rice rules were "not linked to any single external factor", including the Ethiopian dam, but reflected a long-term deficit that would grow with the population.

The ministry said farmers could appeal the violation reports at local irrigation directorates within 30 days.
""",
        [
            ("collected in full in accordance", "Ministry of Water Resources and Irrigation"),
            ("Every feddan of rice consumes", "Ahmed Shawky Abdel Aal"),
            ("but against rice in the", "Ahmed Shawky Abdel Aal"),
            ("My father grew rice on", "Said Abdel Moneim"),
            ("drawn the map from the", "Hamdy El-Sharnouby"),
            ("The farmer is being punished", "Ragab Shehata"),
            ("Give the farmer water at", "Ragab Shehata"),
            ("not linked to any single", "senior ministry official"),
        ],
    ),
    (
        """In parched Jordan, families wait for 'water day'

Zarqa (Jordan) - Every Tuesday before dawn, Samira Khalil climbs to the roof of her building in the Jordanian city of Zarqa to check whether municipal water has started flowing into the family's black plastic tanks.

If it has, the next 12 hours are spent washing clothes, filling bottles and bathing her four children. If it has not, the family buys from a private tanker at several times the official price.

"Water day is like a holiday, but a stressful holiday," said the 43-year-old, known to her neighbours as Umm Ahmad.

"You cannot leave the house. You cannot sleep. If you miss it, you wait another week."

Jordan is one of the most water-scarce countries on Earth. Rapid population growth, the arrival of hundreds of thousands of refugees from neighbouring conflicts and a run of dry winters have left the kingdom's aquifers depleted and its dams far below capacity.

"We are living far below the line of absolute scarcity, and every year the line moves further away," said Tareq Nasrallah, a secretary-general at the Ministry of Water and Irrigation.

The government is pinning its hopes on the Southern Corridor Desalination Project, a plant planned on the Red Sea coast near Aqaba that would pump up to 300 million cubic metres of treated seawater a year some 450 kilometres north to Amman.

Nasrallah called the project "the single most important infrastructure decision in the kingdom's history".

"Without it, there is no scenario in which Amman has enough water in ten years," he said.

Critics say the cost of the scheme, estimated at around $3 billion, and the energy needed to run it will eventually be passed on to consumers.

"The plant will run on electricity, and electricity costs money. Someone will have to pay, and I fear it will be the poorest households," said Dana Haddadin, an economist at the Amman-based Levant Policy Forum.

In the meantime, pressure on groundwater is growing. The ministry says it sealed more than 1,200 illegal wells last year, many of them on farms in the north and east of the country.

A farmer in the northern Mafraq governorate, who asked not to be named for fear of prosecution, said he saw no alternative to pumping. "If I do not pump, my olive trees die. If I pump, I break the law. Tell me which one I should choose," he said.

Back in Zarqa, Khalil has started reusing the water from her washing machine to clean the stairs and the courtyard.

"Every drop in this house is used twice," she said, adjusting the valve on the roof tank.
""",
        [
            ("Water day is like a", "Samira Khalil"),
            ("You cannot leave the house.", "Samira Khalil"),
            ("We are living far below", "Tareq Nasrallah"),
            ("the single most important infrastructure", "Tareq Nasrallah"),
            ("Without it, there is no", "Tareq Nasrallah"),
            ("The plant will run on", "Dana Haddadin"),
            ("If I do not pump,", "farmer in the northern Mafraq governorate"),
            ("Every drop in this house", "Samira Khalil"),
        ],
    ),
    (
        """Nile dam talks end without deal as Sudan presses for data-sharing pact

KHARTOUM, Sudan — Three days of talks among Egypt, Ethiopia and Sudan over a giant hydroelectric dam on the Blue Nile ended Thursday without an agreement, with Sudanese officials warning that the lack of a binding data-sharing deal was putting lives at risk along the river.

"We came here hoping to sign at least a technical annex on the exchange of daily flow data. We leave with nothing on paper," Sudan's Irrigation Minister Mubarak Osman Fadlallah said at a news conference in Khartoum.

Fadlallah said Sudan's Wad Habib Dam, about 100 kilometers (60 miles) downstream from the Ethiopian border, was forced to make emergency releases last September after an unannounced surge of water from upstream.

"Our engineers found out about the surge from the rising water, not from a phone call," he said.

The Ethiopian negotiating team said in a statement that it had put forward a "comprehensive, practical and fair" proposal that addressed downstream concerns while protecting Ethiopia's right to develop its water resources.

Ethiopia's chief negotiator, Ambassador Seble Demissie Wolde, told reporters before leaving Khartoum that her country remained committed to talks under the auspices of the African Union.

"The door is open. It has always been open," Seble said. "But no country can be asked to sign away its future development in a technical annex."

Egypt, which depends on the Nile for nearly all its fresh water, has described the dam as an existential threat.

An Egyptian foreign ministry spokesman said in a statement that Ethiopia's position at the talks reflected "a clear lack of political will" and that Cairo would consult with Khartoum on next steps.

The talks were convened by the African Union's special envoy, Grace Chimwala, a former foreign minister of Malawi, who urged the three countries to "keep the technical teams talking even when the politicians are not."

"I have seen in this room engineers from three countries who understand each other perfectly well," Chimwala said in her closing remarks. "They speak the same language of cubic meters and flow rates.

"What is missing is the political decision to let them finish the job."

A Western diplomat who followed the talks, speaking on condition of anonymity because he was not authorized to brief reporters, said the gap between the parties on rules for drought years had narrowed but that "the trust simply isn't there."

Ethiopia, which began generating power from the dam in 2022, says the project is essential to lift millions of its citizens out of poverty. No date was set for the next round of talks.
""",
        [
            ("We came here hoping to", "Mubarak Osman Fadlallah"),
            ("Our engineers found out about", "Mubarak Osman Fadlallah"),
            ("comprehensive, practical and fair", "Ethiopian negotiating team"),
            ("The door is open. It", "Seble Demissie Wolde"),
            ("But no country can be", "Seble Demissie Wolde"),
            ("a clear lack of political", "spokesman"),
            ("keep the technical teams talking", "Grace Chimwala"),
            ("I have seen in this", "Grace Chimwala"),
            ("They speak the same language", "Grace Chimwala"),
            ("What is missing is the", "Grace Chimwala"),
            ("the trust simply isn't there", "Western diplomat who followed the talks"),
        ],
    ),
    (
        """Minya villagers clash over canal water as summer shortages bite

Two people were injured and 11 arrested after residents of two neighbouring villages in Minya governorate clashed on Friday over access to an irrigation canal, according to a security source and local residents.

The fight broke out along the Abu Sheleih branch canal, which serves around 4,000 feddans in Maghagha district. Residents of Kom El-Raml, at the tail end of the canal, accused farmers in upstream Ezbet Abu Sheleih of blocking the flow with an earth barrier to irrigate their maize.

“For 20 days no water has reached us. We went to the irrigation engineer, we went to the village council, we went to the police station. Nobody moved,” said Mahmoud Abdel Tawab, a farmer from Kom El-Raml whose cousin was among the injured.

A security source in Minya said police had removed the barrier on Saturday morning and that those arrested would be referred to the public prosecution. “The situation is under control and the canal is flowing normally,” the source said.

In Ezbet Abu Sheleih, farmers denied closing the canal. Hassan Fawzy Ibrahim, whose land lies beside the canal, said the water level had been too low for weeks for anyone to irrigate without raising it.

“We did not close it. We put a few sacks to raise the level so the water enters the fields. Without this, nobody gets anything, not us and not them,” he said.

The Minya Irrigation Directorate said in a statement on its Facebook page on Saturday that it had “increased the share of the district’s branch canals by 15 percent” for the coming rotation and formed a committee to investigate the incident.

The district irrigation engineer, who spoke on condition of anonymity because he was not authorised to speak to the press, said the network was designed for far lower demand. “The canals were designed for a certain cropped area. Today there is almost twice that area, and many farmers grow maize and rice outside the permitted season,” he said.

Sherif Mansour, a professor of water management at the Upper Egypt Centre for Water Studies, said disputes of this kind had become more frequent.

“What happened in Minya is not an exception,” Mansour said. “Every summer, at the tail ends of canals from Beni Suef to Sohag, we see the same story.

“When the water is not enough for everyone, the farmer closest to the head takes what he needs, and the farmer at the end pays the price. The state has to manage this with rotations and enforcement, not only with arrests after the fight.”

Residents of both villages said a reconciliation meeting between local elders was scheduled for next week at the district council headquarters, in the presence of security officials.

Abdel Tawab said his family would attend but would not drop its complaint. “We want water, not meetings,” he said.
""",
        [
            ("For 20 days no water", "Mahmoud Abdel Tawab"),
            ("The situation is under control", "security source in Minya"),
            ("We did not close it.", "Hassan Fawzy Ibrahim"),
            ("increased the share of the", "Minya Irrigation Directorate"),
            ("The canals were designed for", "district irrigation engineer"),
            ("What happened in Minya is", "Sherif Mansour"),
            ("Every summer, at the tail", "Sherif Mansour"),
            ("When the water is not", "Sherif Mansour"),
            ("We want water, not meetings", "Mahmoud Abdel Tawab"),
        ],
    ),
]
