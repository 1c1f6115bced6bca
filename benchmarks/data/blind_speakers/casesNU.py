CASES = [
    (
        """Lebanon seeks $3.1 billion to rebuild south as donors press for reforms

BEIRUT, March 14 (Reuters) - Lebanon asked international donors on Thursday for $3.1 billion to rebuild villages, roads and water networks in the south of the country, but diplomats said pledges would hinge on the government passing long-delayed banking and procurement reforms.

Deputy Prime Minister Walid Haddad told a meeting of about 30 donor delegations in Beirut that more than 40,000 homes had been damaged or destroyed and that pumping stations serving some 300,000 people were still out of service.

"We are not asking for charity. We are asking for partners in a plan that Lebanese institutions will lead and Lebanese auditors will check," Haddad said.

The plan, drafted with the Southern Lebanon Recovery Fund, a multi-donor vehicle set up last year, gives priority to water, electricity and schools in the districts of Nabatieh and Tyre, according to a copy seen by Reuters.

Two European diplomats who attended the meeting said donors were reluctant to commit large sums before parliament approved a bank restructuring law that has been stalled for more than a year.

"Everyone in the room wants to help, but nobody wants to pour money into a system that cannot account for it," one of the diplomats said, speaking on condition of anonymity because the discussions were private.

Marianne Joubert, the European Union's special envoy for Lebanon's reconstruction, said the bloc was prepared to increase its contribution "substantially" if the government met benchmarks agreed in the autumn.

"The ball is in Beirut's court," she told reporters after the session.

Finance Minister Rami Khoury said the cabinet would send a revised banking bill to parliament "within weeks" and that a new public procurement authority had already begun vetting reconstruction tenders.

Lebanon's economy has been in crisis since 2019, when its financial system collapsed under the weight of decades of debt and mismanagement. The Lebanese pound has lost more than 95% of its value, and most depositors remain locked out of their savings.

In the south, where many families have spent two winters in rented rooms or with relatives, patience is wearing thin.

"People hear about conferences on television, but they do not see cement," Hassan Fakih, mayor of the border village of Ain Sarda, said by telephone. "Every month we wait, another family leaves for Beirut and does not come back."

The recovery fund said in a statement it had so far disbursed $180 million, mostly on rubble removal and temporary repairs to schools and clinics, and expected to approve a further $250 million of projects by June.

(Reporting by Nadim Saab; Writing by Karim Aboud; Editing by Helen Crossley)""",
        [
            ("We are not asking for", "Walid Haddad"),
            ("Everyone in the room wants", "European diplomat"),
            ("substantially", "Marianne Joubert"),
            ("The ball is in Beirut's", "Marianne Joubert"),
            ("within weeks", "Rami Khoury"),
            ("People hear about conferences on", "Hassan Fakih"),
            ("Every month we wait, another", "Hassan Fakih"),
        ],
    ),
    (
        """Aid cuts leave Syrian refugees in Jordan's desert camps counting loaves

By RANA ODEH Associated Press

AL-MURJAN CAMP, Jordan (AP) — Every morning before sunrise, Fatima Qassem joins the line outside a bakery in this sprawling refugee camp in Jordan's eastern desert, clutching a voucher that buys less than it did a year ago.

"We used to get bread for the whole week. Now it is four days, maybe five," said Qassem, 41, who fled the Syrian city of Homs with her three children in 2013. "After that, we borrow from neighbors, or we wait."

The International Relief Consortium, which runs food distribution in the camp, said this week it had received only 38% of the money it needs this year. Starting in May, it will cut monthly cash assistance for about 62,000 people from 16 Jordanian dinars ($23) to 10 dinars ($14) per person.

"These are not decisions anyone wanted to make," the consortium said in a statement Tuesday. "Without new funding, we will be forced to choose between families who are hungry and families who are hungrier."

Jordan hosts about 1.3 million Syrians, according to government figures, roughly 650,000 of them registered as refugees. Most live in cities and towns, but more than 100,000 remain in camps.

Jordan's minister of planning and international cooperation, Salwa al-Majali, told The Associated Press that the government had warned donors for months that the shortfall would reach the camps.

"Jordan has kept its doors open for more than a decade," she said. "We have shared our water, our schools and our hospitals. The international community made promises in conference halls, and those promises have to reach the people in Al-Murjan.

"If they don't, the pressure will show up somewhere else — in the cities, at the borders, on the boats."

Water is also running short. A camp official, who spoke on condition of anonymity because he was not authorized to talk to reporters, said trucking had been reduced to about 30 liters per person a day, below the 35 liters that aid agencies consider an emergency minimum.

"In August, that will not be enough. People will get sick," the official said.

Some refugees say the cuts are pushing them to consider going home, even though many of their towns remain in ruins. A survey published last month by the Regional Returns Monitoring Group, a coalition of aid organizations, described conditions in much of Syria as "not yet conducive to safe and dignified return."

Ahmad Darwish, 29, registered with Jordanian authorities in February to cross back into Syria but has not yet gone.

"There is nothing there for me. My house has no roof," he said, sitting outside the prefabricated caravan he shares with his parents. "But here, now, there is nothing either."

Back at the bakery, Qassem folded the day's bread into a plastic bag.

"My children ask why there is less. I tell them the world is busy," she said.""",
        [
            ("We used to get bread", "Fatima Qassem"),
            ("After that, we borrow from", "Fatima Qassem"),
            ("These are not decisions anyone", "International Relief Consortium"),
            ("Without new funding, we will", "International Relief Consortium"),
            ("Jordan has kept its doors", "Salwa al-Majali"),
            ("We have shared our water,", "Salwa al-Majali"),
            ("If they don't, the pressure", "Salwa al-Majali"),
            ("In August, that will not", "camp official"),
            ("not yet conducive to safe", "Regional Returns Monitoring Group"),
            ("There is nothing there for", "Ahmad Darwish"),
            ("But here, now, there is", "Ahmad Darwish"),
            ("My children ask why there", "Fatima Qassem"),
        ],
    ),
    (
        """Iraq sets deadline to shut displacement camps, families fear going home

Kani Rash Camp (Iraq) (AFP) - Iraq has given the last camps for people displaced by the war against the Islamic State group until the end of July to close, but many of the families still living under canvas say there is nothing to go back to.

In the Kani Rash camp, a grid of faded tents and breeze-block latrines in the hills north of Dohuk, Khalil Murad sits outside the shelter he has shared with eight relatives since 2014.

"My village is still rubble. There is no school, no clinic, no electricity," the 53-year-old farmer told AFP. "They want us to leave, but to where?"

Migration Minister Nawal al-Jaburi told reporters in Baghdad on Sunday that shutting the camps was "a national duty" and that each returning family would receive a grant of four million dinars (around $3,000).

"The era of the camps must end. Iraqis should live in their homes, not in tents," she said.

The Ministry of Migration and Displacement was blunter in a statement published on its website: "Services in the camps will be phased out gradually from June 1, and families are urged to register for return without delay."

Around 20 camps remain open in the autonomous Kurdistan region, housing some 150,000 people, according to local authorities. Most come from districts west of Mosul that were retaken from the jihadists in 2017.

Rebwar Salih, head of the Dohuk governorate's crisis coordination office, said the Kurdish authorities would not force anyone out.

"We will not put anyone on a bus against their will," he told AFP. "But we also cannot run these camps without money, and the money is disappearing."

Many families say their home areas are still unsafe. A security source in Nineveh province said rival armed factions "still control checkpoints on the roads to several villages" and that clashes between them had flared as recently as last month.

The Tigris Protection Network, a coalition of Iraqi and international aid groups, said in a report last week that 68 percent of the families it surveyed cited insecurity as their main reason for not returning, followed by destroyed housing and a lack of jobs.

"Return has to be voluntary, safe and informed. Right now, for a large share of these families, it is none of those things," said Helen Marsh, the network's country director.

In Kani Rash, some residents have already packed.

Sabah Elias, 36, said her family had registered for the grant and would leave next month for their village near Tel Sakran.

"We are tired of waiting. If the house is broken, we will fix it ourselves," she said. "At least our children will grow up on their own land."

Her neighbour Murad is not convinced.

"Four million dinars does not rebuild a house," he said. "It buys a roof for a tent."

bur/dv""",
        [
            ("My village is still rubble.", "Khalil Murad"),
            ("They want us to leave,", "Khalil Murad"),
            ("a national duty", "Nawal al-Jaburi"),
            ("The era of the camps", "Nawal al-Jaburi"),
            ("Services in the camps will", "Ministry of Migration and Displacement"),
            ("We will not put anyone", "Rebwar Salih"),
            ("But we also cannot run", "Rebwar Salih"),
            ("still control checkpoints on the", "security source in Nineveh province"),
            ("Return has to be voluntary,", "Helen Marsh"),
            ("We are tired of waiting.", "Sabah Elias"),
            ("At least our children will", "Sabah Elias"),
            ("Four million dinars does not", "Khalil Murad"),
            ("It buys a roof for", "Khalil Murad"),
        ],
    ),
    (
        """Lebanon's Syrian refugees: 'We cannot go back, and we cannot stay'

By Leila Mansour, BBC News, Bekaa Valley

Rim Hallak keeps a small bag packed by the door of her family's one-room flat in Deir el-Hamra, a farming town in Lebanon's Bekaa Valley. Inside are copies of her children's birth certificates, a phone charger and her expired residency papers.

"If they come at night, I want to be ready," she says.

Since the spring, dozens of municipalities across Lebanon have imposed evening curfews on Syrian residents, and the army has carried out raids on informal settlements, detaining men without valid papers and, in some cases, driving them to the border.

The 34-year-old, who fled the fighting near Homs in 2012, says her husband has not left the flat in three weeks.

"We cannot go back, and we cannot stay," she says. "Every door is closed."

Lebanon says it hosts about 1.5 million Syrians, the highest number of refugees per head of population in the world. Politicians from across the sectarian divide have blamed them for putting pressure on electricity, water and jobs during an economic collapse that has pushed most Lebanese into poverty.

Georges Tannous, the head of Deir el-Hamra's municipal council, defends the curfew, which bars Syrians from the streets between 20:00 and 06:00.

"This is not about hatred. People here are afraid, and they are poor, and they feel the state has abandoned them," he told the BBC. "We are trying to keep the peace."

The caretaker minister for the displaced, Nabil Awad, said last week that Lebanon would press ahead with what he called "organised and voluntary" returns, and accused donor countries of "paying Syrians to stay in Lebanon instead of helping them go home".

Rights groups say the returns are neither organised nor voluntary. In a report published on Tuesday, the Beirut-based Cedar Rights Observatory said it had documented 312 deportations in the first five months of the year, including of people registered as refugees.

"Lebanon is sending people back to a country where they face arrest, conscription and worse," the group said.

An aid worker in the Bekaa, who asked not to be named because her organisation works closely with local authorities, told the BBC that fear had changed daily life in the settlements.

"Parents are keeping children home from school. Men are not going to work. Families are skipping clinic appointments because they don't want to pass a checkpoint," she said.

Back in her flat, Ms Hallak says she has stopped making plans beyond the end of the week.

"My son asks me where we will live next year," she says. "I don't have an answer for him."

The Lebanese government has asked donors to fund a return programme, which it says would be carried out in co-ordination with the authorities in Damascus.""",
        [
            ("We cannot go back, and", "Rim Hallak"),
            ("If they come at night,", "Rim Hallak"),
            ("We cannot go back, and", "Rim Hallak"),
            ("Every door is closed.", "Rim Hallak"),
            ("This is not about hatred.", "Georges Tannous"),
            ("We are trying to keep", "Georges Tannous"),
            ("organised and voluntary", "Nabil Awad"),
            ("paying Syrians to stay in", "Nabil Awad"),
            ("Lebanon is sending people back", "Cedar Rights Observatory"),
            ("Parents are keeping children home", "aid worker in the Bekaa"),
            ("My son asks me where", "Rim Hallak"),
            ("I don't have an answer", "Rim Hallak"),
        ],
    ),
    (
        """Jordan and Iraq revive grid link as Amman eyes reconstruction contracts

Kingdom’s bid to sell power and building materials to its eastern neighbour gathers pace despite security concerns

Sami Obeidat in Amman

Jordan and Iraq have agreed to accelerate a long-delayed electricity interconnection, as Amman positions its companies to win a share of Iraq’s multibillion-dollar reconstruction programme.

The two countries’ foreign ministers, meeting in Amman on Monday, said the first 400-megawatt phase of the link between eastern Jordan and Iraq’s Anbar province would begin operating before the end of the year.

“This line is more than cables and pylons. It is a statement that our two economies are tied together,” Jordan’s foreign minister Nasser Abu Taleb told a joint press conference.

His Iraqi counterpart, Hussein Kadhim al-Saadi, said Baghdad hoped to import up to 1,000MW from Jordan by 2027 to ease the summer blackouts that have triggered protests in the south of the country.

“Our citizens cannot wait for every power station to be rebuilt,” Saadi said.

The project is being built by Petra Grid Holdings, a consortium of Jordanian and Gulf investors, which said it had completed 85 per cent of the transmission towers on the Jordanian side of the border.

“The remaining work is on the Iraqi side, where security and land access have slowed progress,” the company said in a statement.

Jordanian business leaders see the grid link as part of a wider opening. Dana Masri, chair of the Jordan Exporters’ Forum, put it plainly: “Iraq is our natural market. Every Iraqi city that is rebuilt needs cement, steel, pipes and medicines, and we are a day away by truck.”

Jordanian exports to Iraq rose by about a fifth last year, according to official figures, driven by food, pharmaceuticals and construction materials.

Analysts cautioned that similar announcements had come and gone before.

“Political will has never been the problem. Implementation has,” said Omar Zreikat, a Baghdad-based energy analyst at the consultancy Meridian Levant. “Every summer the Iraqi government announces a new deal with a neighbour, and every summer the lights still go out.”

Iraq depends on imported gas and electricity for a large share of its power, and western governments have encouraged Baghdad to diversify its suppliers. One western diplomat in Amman said the US and European governments supported the project but warned that armed groups operating along the desert highway remained “a serious risk” to trucking and construction crews.

The ministers also discussed the estimated 60,000 Iraqis still registered as refugees in Jordan. A senior official at Jordan’s foreign ministry said it was “in everyone’s interest” that those who wished to return could do so with help finding housing and documents.

Both governments said technical teams would meet in Baghdad next month to finalise tariffs.""",
        [
            ("This line is more than", "Nasser Abu Taleb"),
            ("Our citizens cannot wait for", "Hussein Kadhim al-Saadi"),
            ("The remaining work is on", "Petra Grid Holdings"),
            ("Iraq is our natural market.", "Dana Masri"),
            ("Political will has never been", "Omar Zreikat"),
            ("Every summer the Iraqi government", "Omar Zreikat"),
            ("a serious risk", "western diplomat in Amman"),
            ("in everyone’s interest", "senior official at Jordan’s foreign ministry"),
        ],
    ),
    (
        """In Mosul's Old City, residents say homes are rebuilt last

By Zaid Hamoudi

Mosul, Iraq – From the roof of his half-rebuilt house, Younis Abdelqader can see the scaffolding around the restored minaret of the mosque at the end of his street. His own house still has no second floor.

"The world came to rebuild the monuments, and we are grateful for that," the 60-year-old retired teacher told Al Jazeera. "But a minaret does not have children. We do."

Years after Iraqi forces retook the city from ISIL (ISIS), large parts of the Old City on the western bank of the Tigris River remain a patchwork of restored landmarks and empty, roofless homes.

According to the Nineveh Reconstruction Council, a body set up by the provincial government, about 60 percent of the roughly 5,000 houses destroyed in the Old City have been rebuilt or repaired, most of them with money from the families themselves.

The council's head, Marwan al-Hamdani, said compensation claims were being processed "as fast as the law allows".

"We have 38,000 files from Mosul alone. Each one needs an engineer's report, a court decision and a payment order from Baghdad," he said. "People think we are sitting on money. We are not."

Heritage projects funded by foreign governments and private foundations have restored several mosques, churches and the 19th-century covered market, drawing visiting delegations and, on weekends, local tourists.

Salma Yousef, an architect who has worked on several restorations in the Old City, said the contrast was visible to anyone walking through the neighbourhood.

"You can stand in front of a beautifully restored church and turn around and see a house with a blue tarpaulin instead of a wall," she said. "The donors were interested in domes and facades.

"But the people who lived here are the heritage. If they don't come back, we are restoring a museum, not a city."

Many former residents now rent flats on the eastern bank, where rents are lower and electricity is more reliable. Shops in the Old City's narrow lanes open late and close early.

A shopkeeper selling household goods near the market, who gave his name only as Abu Firas, said business had never recovered. "Before the war, this street was full from morning to night. Now I open at nine and I close at two, because nobody comes," he said.

The Nineveh governor's office said in a statement on Saturday it had allocated 12 billion Iraqi dinars ($9.2m) "to complete the infrastructure of the Old City this year", including water pipes, sewage lines and street lighting.

Abdelqader says he will finish the second floor himself, one room at a time, as his pension allows.

"My father built this house with his hands in 1968," he said. "I will rebuild it with mine, even if it takes me until I die."

Source: Al Jazeera""",
        [
            ("The world came to rebuild", "Younis Abdelqader"),
            ("But a minaret does not", "Younis Abdelqader"),
            ("as fast as the law", "Marwan al-Hamdani"),
            ("We have 38,000 files from", "Marwan al-Hamdani"),
            ("People think we are sitting", "Marwan al-Hamdani"),
            ("You can stand in front", "Salma Yousef"),
            ("The donors were interested in", "Salma Yousef"),
            ("But the people who lived", "Salma Yousef"),
            ("Before the war, this street", "Abu Firas"),
            ("to complete the infrastructure of", "Nineveh governor's office"),
            ("My father built this house", "Younis Abdelqader"),
            ("I will rebuild it with", "Younis Abdelqader"),
        ],
    ),
    (
        """Cyprus and Lebanon agree to tighten sea patrols as migrant boats rise

Beirut (dpa) - Cyprus and Lebanon agreed on Wednesday to step up joint coastguard patrols and share radar data in an effort to stop boats carrying migrants and refugees from leaving the Lebanese coast for the island, officials from both countries said.

Cypriot Interior Minister Andreas Koumis held talks in Beirut with Lebanon's caretaker Prime Minister Samir Itani and the head of the Lebanese army.

"We understand the enormous burden Lebanon carries. But Cyprus, a small country, cannot become the only door to Europe," Koumis told reporters after the meeting at the government headquarters.

According to Cypriot figures, more than 4,000 people arrived on the island by boat from Lebanon in the first four months of the year, most of them Syrians. Several boats have capsized, and at least 30 people have died or gone missing since January.

Itani said Lebanon would "do its part" to break up smuggling networks but insisted that the root of the problem lay in Syria.

"As long as refugees cannot return home safely, and as long as Lebanon is left alone with this crisis, the boats will continue," he said.

A statement from Itani's office said the two sides had also discussed European funding for new Lebanese coastguard vessels, training and fuel. Lebanon's security forces have struggled to pay salaries and maintain equipment since the country's financial crash.

A spokesman for the Lebanese army, which oversees the coastguard, said the military had increased its presence along the northern coast.

"We intercepted 14 boats last month alone, carrying more than 900 people," the spokesman said.

In the northern city of Tripoli, from where many of the boats leave, a fisherman who declined to give his name told dpa that smugglers charge up to 3,000 dollars per passenger.

"Everyone knows who they are. The boats leave from beaches that are five minutes from an army post," he said.

Rights groups criticised the agreement. The Sea Rights Network, an alliance of organisations monitoring the eastern Mediterranean, said that "pushbacks at sea are illegal, whatever they are called in a memorandum," and called on Cyprus to publish the text of the deal.

Cyprus has previously been accused by human rights organisations of returning boats to Lebanon without examining asylum claims, which Nicosia denies.

Koumis is due to travel on to Amman on Thursday for talks on refugee resettlement.""",
        [
            ("We understand the enormous burden", "Andreas Koumis"),
            ("do its part", "Samir Itani"),
            ("As long as refugees cannot", "Samir Itani"),
            ("We intercepted 14 boats last", "spokesman"),
            ("Everyone knows who they are.", "fisherman"),
            ("pushbacks at sea are illegal,", "Sea Rights Network"),
        ],
    ),
    (
        """‘They are children, not a security file’: Iraq struggles to bring families home from Syrian camp

Baghdad has repatriated more than 11,000 citizens from al-Rawda, but screening, stigma and tribal feuds are slowing their return

Martin Ellery in Nineveh province

Aisha Hameed has not seen her home town since she was 19. For five years she lived in a tent in al-Rawda, the sprawling camp in north-east Syria holding tens of thousands of women and children linked, sometimes only by marriage or birth, to Islamic State fighters.

Now the 27-year-old lives in a prefabricated room in the al-Amal rehabilitation centre, south of Mosul, where Iraq’s government screens returning families before they are allowed to go home.

“Here at least there is a door that I can close,” she said. “In the camp, nobody could close anything.”

Iraq has brought back more of its citizens from al-Rawda than any other country, and officials in Baghdad have urged other governments to follow suit. But the pace of departures from al-Amal has slowed, as communities in Nineveh and Anbar resist taking the families back.

“They are children, not a security file,” said Dr Bashar al-Khafaji, a psychiatrist who runs the centre’s programme for minors. “If we treat them as enemies at 12, we should not be surprised if they become enemies at 20.”

Iraq’s deputy national security adviser, Haider Mutlak, told the Guardian that every family went through checks by four intelligence agencies before leaving the centre.

“We are not naive. There are people in that camp who still believe in the ideology,” he said. “But leaving Iraqi children in Syria is the most dangerous choice of all. That camp is a school for extremism.”

In some districts, tribal leaders have said families of Islamic State members will not be welcome until “the blood debts are settled”. Sheikh Mahmoud al-Rishawi, a tribal leader from a district west of Mosul, said his tribe had lost dozens of men during the group’s rule.

“We lost 46 men from our tribe. Their mothers still live here,” he said by phone. “I cannot tell those mothers to welcome the wife of the man who killed their sons.”

Staff at the centre say the women they receive have often been cleared by the courts and never charged with any crime. An official with an international aid agency working at al-Amal, who asked not to be identified, said funding for psychological support had halved in a year, warning that donors risked abandoning “a generation that we are choosing to forget”.

Hameed was told last month that her clearance had been approved, but her family’s village has not yet agreed to accept her.

“My mother calls every day and asks when I am coming,” she said. “I have stopped telling her a date.”""",
        [
            ("They are children, not a", "Bashar al-Khafaji"),
            ("Here at least there is", "Aisha Hameed"),
            ("In the camp, nobody could", "Aisha Hameed"),
            ("They are children, not a", "Bashar al-Khafaji"),
            ("If we treat them as", "Bashar al-Khafaji"),
            ("We are not naive. There", "Haider Mutlak"),
            ("But leaving Iraqi children in", "Haider Mutlak"),
            ("the blood debts are settled", "Mahmoud al-Rishawi"),
            ("We lost 46 men from", "Mahmoud al-Rishawi"),
            ("I cannot tell those mothers", "Mahmoud al-Rishawi"),
            ("a generation that we are", "official with an international aid agency"),
            ("My mother calls every day", "Aisha Hameed"),
            ("I have stopped telling her", "Aisha Hameed"),
        ],
    ),
]
