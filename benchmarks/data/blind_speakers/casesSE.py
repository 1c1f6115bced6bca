CASES = [
    (
        """Evacuees in Eastern Samar town still waiting for food packs 4 days after ‘Igme’

By Ronaldo G. Caberte
Inquirer Visayas

CALBARAN, Eastern Samar—Four days after Typhoon “Igme” tore through this coastal town of 38,000 people, hundreds of families crammed into a public school here said they had yet to receive a single food pack from the national government.

“We have been eating only lugaw since Sunday. The children are starting to get sick,” said Lorna Dacuycuy, 41, a fish vendor whose house in Barangay Poblacion 3 was flattened by the storm.

Dacuycuy is among the 1,204 evacuees at Calbaran Central Elementary School, where classrooms have been turned into sleeping quarters and the covered court into a communal kitchen.

Mayor Ernesto Lagbas admitted that the municipal government had run out of relief goods by Tuesday.

“Our quick response fund is almost exhausted. We spent most of it on the preemptive evacuation and on fuel for our rescue boats,” Lagbas told the Inquirer on Wednesday.

He said the town had asked the Department of Social Welfare and Development (DSWD) for 5,000 family food packs, but only 1,800 had arrived as of Wednesday afternoon because of landslides and a collapsed bridge along the Calbaran-Borongan road.

“We understand that the roads are difficult, but our people cannot wait another week,” he said.

In a statement, the DSWD said additional trucks carrying 3,200 food packs left its regional warehouse in Palo, Leyte, on Wednesday morning and were expected to reach Calbaran “within 24 to 36 hours, depending on road conditions.”

The agency also said it had released P3 million in augmentation funds to the provincial government.

Hot meals

Volunteers from the Samar Relief Network, a church-based group, began cooking hot meals at the school on Tuesday.

“We are feeding around 600 people twice a day, but our supplies will only last until Friday,” said Sister Amparo Gelacio, who runs the group’s kitchen.

According to the Eastern Samar Provincial Disaster Risk Reduction and Management Office, at least 11 people died in the province, most of them from drowning and falling debris, while three fishermen from Calbaran remain missing.

Reynaldo Abuda, the office’s chief, said electricity might not be restored in most towns for at least two weeks.

“The lines of the electric cooperative were badly hit. Some of the concrete posts were snapped in half,” Abuda said.

Back at the school, Dacuycuy said she wanted to go home as soon as possible but did not know how she would rebuild.

“Wala na kaming bahay (We no longer have a house),” she said. “All we have left are the clothes we are wearing,” she added, before returning to the line for the afternoon meal.""",
        [
            ("We have been eating only", "Lorna Dacuycuy"),
            ("Our quick response fund is", "Ernesto Lagbas"),
            ("We understand that the roads", "Ernesto Lagbas"),
            ("within 24 to 36 hours", "Department of Social Welfare and Development"),
            ("We are feeding around 600", "Amparo Gelacio"),
            ("The lines of the electric", "Reynaldo Abuda"),
            ("Wala na kaming bahay", "Lorna Dacuycuy"),
            ("All we have left are", "Lorna Dacuycuy"),
        ],
    ),
    (
        """Death toll from 'Igme' climbs to 27 – NDRRMC

By Mikaela S. Tuazon
The Philippine Star

MANILA, Philippines — The death toll from Typhoon Igme has climbed to 27, with 14 others still missing, the National Disaster Risk Reduction and Management Council (NDRRMC) said yesterday.

In its 8 a.m. situation report, the NDRRMC said 19 of the fatalities were recorded in Eastern Visayas, six in Bicol and two in Caraga. Most of the missing are fishermen who went out to sea before the typhoon made landfall.

Office of Civil Defense (OCD) spokesperson Ma. Cristina Buenaflor cautioned that the figures were still being validated.

"Some of the reported deaths are still undergoing validation with the local government units and the PNP, so we expect the numbers to change in the coming days," Buenaflor said at a briefing in Camp Aguinaldo, Quezon City.

Around 312,000 people or some 84,000 families were affected by the typhoon, of whom 46,500 remain in 389 evacuation centers, she said.

Buenaflor added that 23 road sections and four bridges in Eastern Samar and Northern Samar remain impassable.

"Our priority right now is to clear the roads so that relief goods can reach the isolated towns," she said. "We have deployed engineering teams from the AFP and the DPWH to the worst-hit areas."

An OCD official, who asked not to be named for lack of authority to speak to media, admitted that some local governments were frustrated by the slow delivery of aid.

"The problem is not the supply but the logistics. We have the food packs, we just cannot bring them in fast enough," the official said.

Damage to agriculture has reached P1.2 billion, covering 41,000 hectares of rice and corn farms, according to the Department of Agriculture (DA).

Agriculture Undersecretary Felipe Montecillo said the DA would give affected farmers rice and corn seeds, as well as loans of up to P25,000 under its survival and recovery program.

"We are ready to distribute seeds and fertilizer as soon as the floodwaters recede," Montecillo told reporters.

Damage to roads, bridges and flood control structures, meanwhile, was initially placed at P860 million.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said no new tropical cyclone is expected to enter the Philippine area of responsibility in the next three days, but warned that "rains may still trigger flash floods and landslides in areas already saturated" by Igme.

In a radio interview, Palace Press Officer Jerome Alcaraz assured the public that there would be enough funds for relief and rehabilitation.

"The President has directed all concerned agencies to make sure that no family is left behind. Funds are available, and more will be released if needed," Alcaraz said.

The President is scheduled to visit Eastern Samar on Friday to lead the distribution of aid and meet with local officials.""",
        [
            ("Some of the reported deaths", "Ma. Cristina Buenaflor"),
            ("Our priority right now is", "Ma. Cristina Buenaflor"),
            ("We have deployed engineering teams", "Ma. Cristina Buenaflor"),
            ("The problem is not the", "OCD official"),
            ("We are ready to distribute", "Felipe Montecillo"),
            ("rains may still trigger flash", "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
            ("The President has directed all", "Jerome Alcaraz"),
        ],
    ),
    (
        """Bicol mayors urge DBM to fast-track release of calamity funds

By Cedric M. Salvador

NAGA CITY – Mayors of typhoon-hit towns in Camarines Sur and Albay have asked the Department of Budget and Management (DBM) to speed up the release of the National Disaster Risk Reduction and Management Fund, saying their local coffers have been drained by more than two weeks of relief operations.

In a resolution adopted on Monday, the Bicol Association of Municipal Mayors (BAMM) said many of its 107 member-towns had used up their quick response funds "and can no longer sustain the feeding of evacuees beyond this week."

BAMM president Mayor Virgilio Sañosa of San Bernardo, Camarines Sur, said the group was not blaming the national government but wanted the process simplified.

"We are not here to complain. We know everyone is working hard. But the requirements for fund requests are too many for a town that has no electricity and no internet," Sañosa said in a press conference.

He said his town submitted its request on Oct. 28 and was told to resubmit it twice due to missing documents.

"Imagine our staff traveling three hours to Naga just to have a document notarized and scanned, then being told that one signature is missing," he said.

Mayor Consolacion "Connie" Ybañez of Pili Verde, Albay, whose town was submerged for five days, said her municipality had spent P14 million, almost its entire annual calamity budget.

"By next week we will have nothing left. I don't want to be the mayor who has to tell families in the evacuation center that there is no more rice," Ybañez said.

She added: "We have already borrowed rice from the provincial government. We also asked help from private donors in Manila.

"But donations are not a plan. We need the national government to act on these requests now."

In a text message, Budget Undersecretary Rosalinda Mercado said the DBM had already released P2.4 billion to the Office of Civil Defense and the Department of Social Welfare and Development for typhoon response and was processing requests from local government units "as fast as the documents allow."

"We have relaxed some of the requirements in light of the situation. LGUs may submit scanned copies first and follow up with the originals," Mercado said.

She said a total of 64 requests from Bicol LGUs had been received as of Tuesday, 22 of which had been approved.

An official of the DBM regional office, speaking on condition of anonymity, said the bottleneck was often on the side of the local governments.

"Many of the requests lack the post-disaster needs assessment, which is required by law. We cannot release funds without it," the official said.

The BAMM resolution also asked Congress to increase the share of municipalities in the national calamity fund in next year's budget, citing the growing number of strong typhoons hitting the region.""",
        [
            ("and can no longer sustain", "Bicol Association of Municipal Mayors"),
            ("We are not here to", "Virgilio Sañosa"),
            ("Imagine our staff traveling three", "Virgilio Sañosa"),
            ("By next week we will", "Consolacion Ybañez"),
            ("We have already borrowed rice", "Consolacion Ybañez"),
            ("But donations are not a", "Consolacion Ybañez"),
            ("as fast as the documents", "Rosalinda Mercado"),
            ("We have relaxed some of", "Rosalinda Mercado"),
            ("Many of the requests lack", "official of the DBM regional office"),
        ],
    ),
    (
        """DILG orders Agusan del Sur mayor to explain relief packs with his photo

By Jhay-R Pacaldo
Inquirer Mindanao

MARAGATAS, Agusan del Sur—The Department of the Interior and Local Government (DILG) has ordered Mayor Teodoro “Teddy” Balansag of this flood-stricken town to explain why relief packs distributed to evacuees carried stickers bearing his photo and nickname.

The order came after pictures of the packs circulated on social media over the weekend, drawing criticism from residents and netizens who called the practice “epal,” slang for attention-grabbing politicians.

“Relief goods bought with public funds belong to the people, not to any politician. There is no room for self-promotion in a calamity,” DILG Caraga Regional Director Amadeo Sinining said in a memorandum dated Nov. 4.

The memorandum gave Balansag 72 hours to respond.

Reached by phone on Tuesday, Balansag denied that the stickers were meant to promote him.

“Those stickers were printed months ago for our regular feeding program. My staff used them because we had no time to repack,” he said.

“If people are offended, I apologize. But I hope they also see that we were the first to bring food to the flooded barangays,” he added.

At least 9,300 families in the town were displaced when the Maragatas River overflowed after three days of heavy rain brought by a low-pressure area, according to the municipal social welfare office.

Residents interviewed by the Inquirer at the Maragatas Sports Complex, which has been turned into an evacuation center, were divided.

“We don’t care whose face is on the bag as long as there is rice inside,” said Renato Ocampo, 58, a farmer from Barangay Libertad.

But a barangay councilor, who requested anonymity for fear of reprisal, said the stickers were part of a pattern.

“Even the rubber boats have his name painted on them. Everything is ‘Mayor Teddy,’” the councilor said.

In 2019, the DILG issued a memorandum circular prohibiting local officials from placing their names, images or logos on aid and projects funded by the government.

“This is not the first time we have called the attention of local chief executives on this matter. If the explanation is not satisfactory, we will not hesitate to file the appropriate administrative charges,” Sinining told the Inquirer.

Meanwhile, the Office of Civil Defense (OCD) said floodwaters had begun to recede in Maragatas and in two neighboring towns, but warned residents against returning home “until the local government declares it safe.”

Some 14 villages along the river remained under knee- to waist-deep water as of Wednesday morning, the OCD added.""",
        [
            ("Relief goods bought with public", "Amadeo Sinining"),
            ("Those stickers were printed months", "Teodoro Balansag"),
            ("If people are offended, I", "Teodoro Balansag"),
            ("We don’t care whose face", "Renato Ocampo"),
            ("Even the rubber boats have", "barangay councilor"),
            ("This is not the first", "Amadeo Sinining"),
            ("until the local government declares", "Office of Civil Defense"),
        ],
    ),
    (
        """Storm surge leaves fisherfolk in Quezon town without boats

BY LEONOR DE GUZMAN-ARCENAS

PORT SALVACION, Quezon: Nearly 400 fishing boats were destroyed or swept away when a three-meter storm surge hit this coastal town at the height of Typhoon "Ramil" on Saturday night, leaving thousands of fisherfolk without a livelihood, local officials said.

Mayor Efren Magbanua said 1,137 fisherfolk registered with the municipal agriculture office had lost either their boats or their nets.

"Ninety percent of our people depend on the sea. Without boats, there is no income, and without income, there is no food on the table," Magbanua said in an interview on Monday.

Fisherman Domingo Rivera, 52, said he spent 11 years paying for his motorized banca, which he found in pieces on the beach the next morning.

"I saw only the engine, buried in the sand. The hull was gone," Rivera said in Filipino. "I don't know where to start."

The Bureau of Fisheries and Aquatic Resources (BFAR) said it would distribute 150 fiberglass boats to the town within the month as part of its rehabilitation program for typhoon-hit fishing communities.

According to BFAR regional director Cornelio Bantug, the agency was also preparing fuel subsidies and cash-for-work programs for fisherfolk while they wait for replacement boats.

"We know 150 boats are not enough. This is only the first batch, and we are asking for additional funds to cover the rest," Bantug said.

The bureau said in a statement that fisherfolk must be listed in the Fisherfolk Registration System, or FishR, to qualify for assistance, and urged those not yet registered to "coordinate immediately with their municipal agriculture office."

Magbanua, however, said many of the town's fishermen were not in the registry because the system required documents they did not have.

"Some of them have never had a birth certificate. We are asking BFAR to let the municipality certify them instead," he said.

The mayor estimated that the town would need "at least P40 million" to replace all the boats and fishing gear lost to the storm surge.

The surge also damaged 214 houses along the shoreline of barangays Dalahican Norte and Tabing-Dagat, according to the Municipal Disaster Risk Reduction and Management Office (MDRRMO).

MDRRMO head Juliet Pagdanganan said no one was killed because residents of the coastal villages had been evacuated on Friday afternoon, a day before the typhoon's closest approach.

"Some residents were reluctant to leave at first, but when we explained that the water could rise as high as a two-storey house, they went with us," Pagdanganan said.

Families whose houses were destroyed remain at the town gymnasium and two public schools, where the municipal government is serving meals three times a day.

Classes in the affected barangays have been suspended until further notice.""",
        [
            ("Ninety percent of our people", "Efren Magbanua"),
            ("I saw only the engine,", "Domingo Rivera"),
            ("I don't know where to", "Domingo Rivera"),
            ("We know 150 boats are", "Cornelio Bantug"),
            ("coordinate immediately with their municipal", "Bureau of Fisheries and Aquatic Resources"),
            ("Some of them have never", "Efren Magbanua"),
            ("at least P40 million", "Efren Magbanua"),
            ("Some residents were reluctant to", "Juliet Pagdanganan"),
        ],
    ),
    (
        """Senators grill DSWD over slow relief in typhoon-hit towns

By Paolo Q. Regalado
The Philippine Star

MANILA, Philippines — Senators yesterday grilled officials of the Department of Social Welfare and Development (DSWD) over the delayed delivery of food packs to typhoon-stricken towns in Eastern Visayas, with Sen. Rodrigo Almonte calling the agency's response "unacceptable for a country that gets 20 typhoons a year."

During the hearing of the Senate committee on social justice, which he chairs, Almonte cited reports that evacuees in Calbaran, Eastern Samar waited four days for food after Typhoon Igme.

"Four days. These are Filipinos who lost everything, and they had to wait four days for a pack of rice and sardines," Almonte said. "Where were the prepositioned goods we funded in the budget?"

Social Welfare Secretary Benilda Cortez-Rañola told the panel that the DSWD had prepositioned more than 180,000 food packs in Eastern Visayas before the typhoon, but that most of the roads leading to the affected towns were blocked by landslides.

"The goods were there, your honor. The problem was that our trucks could not get through. We had to wait for the DPWH to clear the roads, and we requested air assets from the Armed Forces," she said.

Sen. Maria Lourdes "Malou" Francisco asked why the agency did not use boats to bring supplies to the coastal towns.

Cortez-Rañola said the sea was too rough in the first 48 hours after the typhoon. "We could not risk the lives of our personnel and the boat crews," she said.

Francisco was not convinced.

"Local fishermen were already crossing to those towns on the second day. If a banca can make it, so can a Navy ship," the senator said.

Almonte said he would recommend changes in the agency's disaster protocols, including giving mayors the authority to buy food locally using DSWD funds.

"The mayors know their towns better than anyone in Manila. If the roads are cut, let them buy rice from the local traders and we reimburse them later.

"That is faster, it helps the local economy, and it keeps people from going hungry while we wait for trucks," he said.

In a position paper submitted to the committee, the Eastern Visayas Mayors' League said local governments "should not be treated as mere recipients of aid but as partners in disaster response," and asked that at least half of the DSWD's prepositioned stocks be placed in municipal warehouses.

Cortez-Rañola said the DSWD was open to the proposal, but cautioned that "safeguards must be in place to prevent abuse."

She said the agency had already begun talks with the Department of Budget and Management on a mechanism for reimbursing local purchases.

The committee will resume its hearing next week, when officials of the Office of Civil Defense and the Department of Public Works and Highways are expected to appear.""",
        [
            ("unacceptable for a country that", "Rodrigo Almonte"),
            ("Four days. These are Filipinos", "Rodrigo Almonte"),
            ("Where were the prepositioned goods", "Rodrigo Almonte"),
            ("The goods were there, your", "Benilda Cortez-Rañola"),
            ("We could not risk the", "Benilda Cortez-Rañola"),
            ("Local fishermen were already crossing", "Maria Lourdes Francisco"),
            ("The mayors know their towns", "Rodrigo Almonte"),
            ("That is faster, it helps", "Rodrigo Almonte"),
            ("should not be treated as", "Eastern Visayas Mayors' League"),
            ("safeguards must be in place", "Benilda Cortez-Rañola"),
        ],
    ),
    (
        """Forced evacuation ordered in Isabela coastal town as 'Mareng' nears

By Jezreel T. Domingo

SAN LORENZO, Isabela — Mayor Arnulfo Taguinod of this coastal town on Monday ordered the forced evacuation of residents in 14 low-lying and coastal barangays as Typhoon Mareng intensified over the Philippine Sea and threatened to make landfall in northern Luzon by Tuesday evening.

In an advisory posted on the town's official Facebook page, the San Lorenzo municipal government said residents who refuse to leave "will be brought to evacuation centers with the assistance of the PNP and the AFP."

"We will not wait for the water to reach the rooftops before we act. Last year we lost three lives because some families refused to leave," Taguinod told the Manila Bulletin over the phone.

He said 22 evacuation centers, mostly public schools and barangay halls, had been stocked with food, water and generator sets good for five days.

PAGASA weather specialist Raymund Cabacungan said Mareng was last spotted 540 kilometers east of Isabela, packing maximum sustained winds of 175 kilometers per hour and gusts of up to 215 kph.

"Mareng is expected to reach super typhoon category before landfall. We are not ruling out the raising of Signal No. 5 over the northeastern portion of Isabela," Cabacungan said in a briefing.

He warned of storm surges of up to three meters in coastal areas and heavy to intense rainfall over Isabela, Cagayan and Aurora.

The Philippine Coast Guard (PCG) said in a statement that "no vessel, regardless of tonnage, shall be allowed to leave port" in areas under Signal No. 2 or higher.

The Isabela provincial government, meanwhile, suspended classes at all levels and work in government offices on Tuesday.

"We have placed rescue teams and rubber boats on standby in all the towns along the coast and the river. Our hospitals are also on code white alert," Provincial Administrator Rosario Bangayan said.

At the San Lorenzo Central School, Elvira Lappay, 36, said she agreed to leave her house by the shore only after barangay officials came to fetch her family twice.

"My husband wanted to stay to watch over our boat, but I told him we can buy another boat. We cannot buy another life," she said.

A barangay captain in one of the coastal villages, who asked not to be named, said some residents had yet to comply with the order as of Monday afternoon.

"They are afraid their belongings will be stolen. We have assigned tanods to guard the houses so they will agree to go," he said.

Taguinod said police would conduct a house-to-house check on Tuesday morning to make sure no one was left behind in the danger zones.

Liquor sales have also been banned in the town until the typhoon leaves the Philippine area of responsibility.""",
        [
            ("will be brought to evacuation", "San Lorenzo municipal government"),
            ("We will not wait for", "Arnulfo Taguinod"),
            ("Mareng is expected to reach", "Raymund Cabacungan"),
            ("no vessel, regardless of tonnage,", "Philippine Coast Guard"),
            ("We have placed rescue teams", "Rosario Bangayan"),
            ("My husband wanted to stay", "Elvira Lappay"),
            ("They are afraid their belongings", "barangay captain"),
        ],
    ),
    (
        """Power restoration in typhoon-hit Samar may take a month, co-op says

By Mariel D. Santos-Ilagan, Reporter

POWER in typhoon-hit areas of Samar may not be fully restored until early December, an electric cooperative said on Thursday, as linemen from other provinces were deployed to help rebuild toppled distribution lines.

The Pacific Samar Electric Cooperative, Inc. (PASAMELCO) said in an advisory that only 18% of its 62,000 member-consumers had power as of Wednesday night, with more than 1,400 poles toppled across its franchise area.

"Our target is to energize all town centers within two weeks, but full restoration down to the barangay level may take up to 30 days," PASAMELCO General Manager Nestor Cabardo said in a phone interview.

Mr. Cabardo said the cooperative's losses, including damaged poles, transformers and conductors, were estimated at P180 million.

"We cannot shoulder this alone. We are asking the National Electrification Administration for a calamity loan and for the release of its emergency fund," he added.

The National Electrification Administration (NEA) said it had mobilized 210 linemen from 14 electric cooperatives in Luzon and Mindanao under its "Task Force Kapatid" program to help restore lines in Eastern Visayas.

NEA Deputy Administrator Leonides Basco said the agency had approved P50 million in calamity loans for affected cooperatives.

"These loans carry zero interest and are payable in ten years, so the cooperatives will not have to pass the cost on to consumers," Mr. Basco said in a Viber message.

Meanwhile, Bayanihan Telecom Corp. said 74% of its cell sites in Eastern and Northern Samar were back online, up from 31% on Monday.

"Most of the remaining sites are down because of the lack of commercial power, not because of physical damage. We are bringing in more generators and fuel," the company said.

Businesses in the province said the outage was cutting deep into sales at a time when they were expecting a pickup in demand ahead of the holidays.

"We are spending about P15,000 a day on diesel just to keep the lights on and the water pumps running," said Gemma Sabenicio, president of the Eastern Samar Chamber of Commerce.

Ramon Lacuesta, an energy analyst at the Institute for Power and Infrastructure Studies, said the repeated damage to distribution networks showed the need for stronger standards.

"Every major typhoon exposes how fragile our distribution lines are. Cooperatives need to start putting critical lines underground or at least use concrete poles rated for stronger winds," he said in an e-mail.

"The upfront cost is high, but it is cheaper than rebuilding every two years," Mr. Lacuesta added.

Shares of listed power distributors were mostly flat on Thursday, with analysts saying the storm's impact was limited to smaller cooperatives outside the major franchise areas.""",
        [
            ("Our target is to energize", "Nestor Cabardo"),
            ("We cannot shoulder this alone.", "Nestor Cabardo"),
            ("These loans carry zero interest", "Leonides Basco"),
            ("Most of the remaining sites", "Bayanihan Telecom Corp."),
            ("We are spending about P15,000", "Gemma Sabenicio"),
            ("Every major typhoon exposes how", "Ramon Lacuesta"),
            ("The upfront cost is high,", "Ramon Lacuesta"),
        ],
    ),
]
