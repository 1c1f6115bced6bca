CASES = [
    (
        """Mediators push for 30-day truce as talks resume in Al-Hadira

By Samir Khalef and Leah Morrow

AL-HADIRA, March 4 (Reuters) - Mediators resumed indirect talks on Tuesday aimed at securing a 30-day ceasefire in the Wadi Sirhan enclave, with negotiators from both sides saying gaps remained over the sequencing of captive releases and the withdrawal of troops.

"We are closer than we have been at any point since January, but closer is not the same as close," said Karim Al-Taweel, a senior adviser to the Gulf Contact Group, who is leading the shuttle diplomacy between delegations housed in separate hotels in the coastal city.

Al-Taweel told reporters the draft under discussion would see an initial six-day pause, during which aid convoys would enter through the Ras Nimr crossing at a rate of 400 trucks a day. Further phases would be negotiated during the pause.

An official with the Coastal Authority delegation, who spoke on condition of anonymity because he was not authorised to brief the media, said his side had accepted "the broad outlines" of the proposal but wanted written guarantees that fighting would not resume after the first phase.

"Without guarantees, we are being asked to hand over our only leverage for six days of quiet," the official said.

The Tamarin Defence Ministry said in a statement that its forces would "continue to operate as required" until an agreement was signed, and that strikes overnight had targeted weapons depots in the north of the enclave.

Defence Minister Avner Golan told a parliamentary committee on Monday that the government "will not sign a piece of paper that lets them regroup."

"We have shown flexibility on numbers and on timing," Golan said. "We will not show flexibility on security."

Aid groups say conditions inside the enclave, home to about 1.4 million people, have deteriorated sharply since a previous truce collapsed in January. The U.N. Office for Relief Coordination in the Levant said on Monday that fewer than 90 trucks a day had entered over the past fortnight, against a pre-war average of more than 500.

"Every day of delay is measured in children who do not eat," Miriam Osei, the office's regional director, said in a statement.

The talks are expected to continue through Thursday, a diplomat briefed on the negotiations said, adding that "nobody is walking out yet."

(Reporting by Samir Khalef in Al-Hadira and Leah Morrow in Qasr Amin; Editing by Peter Hallam)""",
        [
            ("We are closer than we", "Karim Al-Taweel"),
            ("the broad outlines", "official with the Coastal Authority delegation"),
            ("Without guarantees, we are being", "official with the Coastal Authority delegation"),
            ("continue to operate as required", "Tamarin Defence Ministry"),
            ("will not sign a piece", "Avner Golan"),
            ("We have shown flexibility on", "Avner Golan"),
            ("We will not show flexibility", "Avner Golan"),
            ("Every day of delay is", "Miriam Osei"),
            ("nobody is walking out yet.", "diplomat briefed on the negotiations"),
        ],
    ),
    (
        """Aid convoy reaches besieged northern town after weeks of delays

By NADIA FARES Associated Press

KHAN DARRAJ (AP) — A convoy of 42 trucks carrying flour, medicine and fuel reached this battered northern town on Wednesday, the first to get through in nearly five weeks, as residents lined the main road and children ran alongside the vehicles.

"We counted the days. Forty-three days," said Samira Barakat, a 51-year-old mother of six who waited outside a distribution point with an empty sack folded under her arm. "My youngest asked me yesterday if bread was something from before the war."

The convoy was organized by the Levant Humanitarian Coalition, a grouping of eight aid agencies, and escorted by monitors from the International Red Crescent Federation. Its arrival followed days of negotiations over the route, which passes through at least three checkpoints controlled by different armed factions.

Jonas Halvorsen, the coalition's operations chief, said the convoy had been held at the Bir Saleh checkpoint for 11 hours on Tuesday while fighters inspected each truck.

"They opened every box. Every single box," Halvorsen said. "We understand security concerns, but this town has 60,000 people and one functioning bakery.

"At this pace, we are not running a relief operation. We are running a symbolic gesture."

The Free Levant Brigades, which control the checkpoint, said in a statement posted on the group's Telegram channel that inspections were necessary to prevent "smuggling of weapons under humanitarian cover."

Local health officials said the town's only hospital, Al-Shifa al-Jadida, ran out of insulin and anesthetics two weeks ago. Dr. Rami Haddad, the hospital's director, told The Associated Press that surgeons had been operating "with what we would be ashamed to call sedation."

"We have had patients wake up during amputations," he said. "I have worked here 20 years. I never thought I would say that sentence."

A U.N. spokesperson in Geneva said the world body welcomed the convoy but warned it was "a drop against a flood of need." The spokesperson said at least 15 more convoys a week would be needed to stabilize the situation.

Residents said prices at the town's remaining market had risen tenfold. A kilogram of sugar, one shopkeeper said, now costs more than a week's wages for a laborer.

"People are selling their doors, their window frames, for firewood," said the shopkeeper, who gave only his first name, Mahmoud, fearing reprisals.

Barakat said she hoped the convoy would not be the last.

"They say more is coming," she said. "They always say more is coming."

Associated Press writer Yara Khoury in Qasr Amin contributed to this report.""",
        [
            ("We counted the days. Forty-three", "Samira Barakat"),
            ("My youngest asked me yesterday", "Samira Barakat"),
            ("They opened every box. Every", "Jonas Halvorsen"),
            ("We understand security concerns, but", "Jonas Halvorsen"),
            ("At this pace, we are", "Jonas Halvorsen"),
            ("smuggling of weapons under humanitarian", "Free Levant Brigades"),
            ("with what we would be", "Rami Haddad"),
            ("We have had patients wake", "Rami Haddad"),
            ("I have worked here 20", "Rami Haddad"),
            ("a drop against a flood", "spokesperson"),
            ("People are selling their doors,", "Mahmoud"),
            ("They say more is coming,", "Samira Barakat"),
            ("They always say more is", "Samira Barakat"),
        ],
    ),
    (
        """Foreign ministers back sea corridor plan but warn of 'long road'

Port Sahel (AFP) - Foreign ministers from 11 countries on Sunday endorsed a plan to ship aid by sea to the besieged Dayr Sultan enclave, but cautioned that the maritime corridor could take months to operate at scale.

The plan, unveiled at a one-day conference in this Mediterranean port city, would see cargo screened at Port Sahel before being loaded onto vessels chartered by the World Food Relief Agency (WFRA) and unloaded at a temporary pier on the enclave's coast.

"This is not a substitute for land crossings. Nothing can replace trucks on roads," said Foreign Minister Leila Mansour of the host country, who chaired the meeting.

Mansour said the first ship could sail "within weeks, not months," but acknowledged that construction of the pier had yet to begin and that security arrangements for the unloading point were still under discussion.

"We have a long road ahead of us, and we are only taking the first step today," she told a closing press conference.

The head of the WFRA, Tomas Lindqvist, gave a blunt assessment of conditions inside the enclave: "Famine is no longer a risk. In parts of the north, it is a fact."

Lindqvist told AFP on the sidelines of the conference that his agency had only three weeks of stocks left in its warehouses in the south of the enclave.

"If the corridor does not open and the crossings stay as they are, we will be distributing empty bags by April," he said.

Not all delegations were enthusiastic. A European diplomat who attended the talks described the maritime plan as "a very expensive way of avoiding a political decision."

"Everyone in that room knows where the trucks are blocked and who is blocking them," the diplomat told AFP, asking not to be named.

The Dayr Sultan Emergency Committee, which administers the enclave, welcomed the plan in a statement but said it would "judge it by the bread on people's tables, not the speeches in conference halls."

Efforts to reach a truce have stalled since talks in the capital Qasr Amin broke down last month over the question of who would police the enclave's southern border after any withdrawal.

Yusuf Kalaani, a spokesman for the Emergency Committee, said on Saturday there would be no return to the negotiating table "as long as the bombing continues."

More than 600,000 people have been displaced inside the enclave since fighting erupted in the autumn, according to UN figures.""",
        [
            ("long road", "Leila Mansour"),
            ("This is not a substitute", "Leila Mansour"),
            ("within weeks, not months,", "Leila Mansour"),
            ("We have a long road", "Leila Mansour"),
            ("Famine is no longer a", "Tomas Lindqvist"),
            ("If the corridor does not", "Tomas Lindqvist"),
            ("a very expensive way of", "European diplomat"),
            ("Everyone in that room knows", "European diplomat"),
            ("judge it by the bread", "Dayr Sultan Emergency Committee"),
            ("as long as the bombing", "Yusuf Kalaani"),
        ],
    ),
    (
        """Prisoner exchange delayed as sides trade accusations over lists

Tel Rimon/Qasr Amin (dpa) - A planned exchange of detainees between the government in Tel Rimon and the Northern Alliance was postponed on Friday, with each side accusing the other of altering the lists of names agreed last week.

“We received a list on Thursday night that was not the list we signed,” government negotiator Eitan Shaked told dpa by telephone. “Twelve names had been removed and replaced with people who were never part of the discussion.”

The Northern Alliance rejected the allegation. Its spokesman, Fadi Nasrallah, said the changes had been made at the request of the mediators because several detainees on the original list had died in custody.

“They know exactly why the names changed. They are the ones who must explain how these men died,” Nasrallah said at a press conference in Qasr Amin.

The International Committee for Detainee Affairs (ICDA), which was due to supervise the handover at a border post near the village of Ein Dafla, said in a statement that it “remains ready to facilitate the operation as soon as the parties reach agreement.”

ICDA regional director Hélène Baptiste said her teams had been waiting at the crossing since dawn with buses and medical staff.

“Families came from all over the country. Some of them slept in their cars,” she said. “Telling them to go home is the hardest part of this job.”

The exchange was to be the first step in a broader deal brokered by the Gulf Contact Group, under which 140 detainees would be freed in three stages and humanitarian access to the northern districts would be expanded.

A diplomat from the contact group, speaking on condition of anonymity, told dpa the postponement was “a setback, not a collapse,” and that mediators hoped to hold the exchange early next week.

Relatives gathered at the border post expressed anger at the delay. Hiba Saadeh, whose brother has been held for three years, said she had been told on Wednesday that he was on the list.

“Nobody told us anything. We found out from the television,” she said.

Shaked said the government remained committed to the deal “in its original form” and would not accept “last-minute surprises.”

The conflict between the government and the Northern Alliance has killed more than 9,000 people since 2021, according to figures from independent monitors.""",
        [
            ("We received a list on", "Eitan Shaked"),
            ("Twelve names had been removed", "Eitan Shaked"),
            ("They know exactly why the", "Fadi Nasrallah"),
            ("remains ready to facilitate the", "International Committee for Detainee Affairs"),
            ("Families came from all over", "Hélène Baptiste"),
            ("Telling them to go home", "Hélène Baptiste"),
            ("a setback, not a collapse,", "diplomat from the contact group"),
            ("Nobody told us anything. We", "Hiba Saadeh"),
            ("in its original form", "Eitan Shaked"),
            ("last-minute surprises.", "Eitan Shaked"),
        ],
    ),
    (
        """Regional bloc calls for immediate ceasefire, warns of 'catastrophic' spillover

Halim Yazici   |09.06.2025 - Update : 09.06.2025

AL-MANARA

The Organisation of Levantine Cooperation (OLC) on Monday called for an immediate and unconditional ceasefire in the Wadi Sirhan enclave, warning that continued fighting risked drawing neighbouring states into a wider conflict.

Speaking at a press conference following an extraordinary meeting of the bloc's foreign ministers in Al-Manara, OLC Secretary-General Hamid Al-Qudsi said the situation had reached "a catastrophic threshold."

"The region cannot afford another war. The people of Wadi Sirhan cannot afford another day of this war," Al-Qudsi said.

He added: "We call on the international community to move from statements of concern to concrete action."

The ministers adopted a final declaration urging the opening of all crossings into the enclave and the deployment of international observers. The declaration "strongly condemns the targeting of civilians, hospitals and aid workers," according to a copy released by the OLC secretariat.

The host country's Foreign Minister Nabil Daher told reporters that his government had received "positive signals" from both parties in recent days, but declined to elaborate.

"There is a window. It is small, and it is closing, but there is a window," Daher said.

Asked whether the bloc would consider sanctions on parties obstructing the delivery of aid, Daher said all options "remain on the table."

Meanwhile, the Wadi Sirhan Health Directorate said in a written statement that the death toll since the start of hostilities had risen to 4,312, including 1,150 children, while more than 11,000 others had been injured.

"Ambulances cannot reach the wounded in the eastern districts because of continuous shelling," the statement said.

The directorate also said that 19 of the enclave's 27 health facilities were out of service due to damage or fuel shortages.

Saleh Amr, a spokesperson for the Levant Relief Works Agency, told Anadolu that the agency's shelters were hosting nearly four times their capacity.

"We have 3,000 people sharing four toilets in some schools. Disease is not a risk anymore, it is spreading," Amr said.

The enclave has been under a tight blockade since last October, when fighting broke out following a cross-border attack. Previous mediation efforts led by the Gulf Contact Group produced a one-week truce in December, which collapsed amid mutual accusations of violations.""",
        [
            ("catastrophic", "Hamid Al-Qudsi"),
            ("a catastrophic threshold.", "Hamid Al-Qudsi"),
            ("The region cannot afford another", "Hamid Al-Qudsi"),
            ("We call on the international", "Hamid Al-Qudsi"),
            ("strongly condemns the targeting of", "Organisation of Levantine Cooperation"),
            ("positive signals", "Nabil Daher"),
            ("There is a window. It", "Nabil Daher"),
            ("remain on the table.", "Nabil Daher"),
            ("Ambulances cannot reach the wounded", "Wadi Sirhan Health Directorate"),
            ("We have 3,000 people sharing", "Saleh Amr"),
        ],
    ),
    (
        """EXCLUSIVE-Mediators float 'Halwa Formula' to bridge gap on troop withdrawal, sources say

By Omar Sabbagh

QASR AMIN, June 12 (Reuters) - Mediators have presented the warring parties in the Wadi Sirhan conflict with a new proposal, dubbed the "Halwa Formula" after the coastal resort where it was drafted, that would phase troop withdrawals over 90 days in exchange for the release of all remaining captives, three sources familiar with the talks told Reuters.

The proposal, details of which have not been previously reported, would also create a buffer zone monitored by an international force along the enclave's eastern edge, according to the sources, who requested anonymity because of the sensitivity of the negotiations.

"It is the most detailed document we have put on the table. Both sides have found things in it they hate, which is usually a good sign," said a senior official involved in the mediation.

The official said the formula had been shared with negotiators last week and that initial responses had been "cautious but not negative."

A second source, a Western diplomat briefed on the plan, said the key sticking point remained the timing of the withdrawal from the Ras Nimr crossing, which both sides consider strategically vital.

"Whoever controls Ras Nimr controls what goes in and out. Nobody wants to be the one who gives that up first," the diplomat said.

A spokesperson for the Tamarin Prime Minister's Office declined to comment on "speculative reports about ongoing negotiations."

Basim Hijazi, a member of the Coastal Authority's political bureau, told Reuters the group had "received ideas, not a proposal," and would respond "through the mediators, not through the media."

The three sources said the plan also envisaged a reconstruction fund, to be administered by the Regional Reconstruction Trust, with initial pledges of about $4 billion from Gulf states.

"The money is the easy part. The hard part is who sits on the board and who signs off on the contracts," the senior official said.

Fighting continued on Thursday. The enclave's civil defence agency said 23 people had been killed in air strikes overnight, most of them in the southern town of Beit Haroun.

(Reporting by Omar Sabbagh; Additional reporting by Leah Morrow in Tel Rimon; Editing by Alison Ward)""",
        [
            ("It is the most detailed", "senior official involved in the mediation"),
            ("cautious but not negative.", "senior official involved in the mediation"),
            ("Whoever controls Ras Nimr controls", "Western diplomat briefed on the plan"),
            ("speculative reports about ongoing negotiations.", "spokesperson"),
            ("received ideas, not a proposal,", "Basim Hijazi"),
            ("through the mediators, not through", "Basim Hijazi"),
            ("The money is the easy", "senior official involved in the mediation"),
        ],
    ),
    (
        """Aid group suspends operations after three staff killed in strike on convoy

BEIT HAROUN (AP) — An international charity suspended its operations in the southern Wadi Sirhan enclave on Saturday after three of its staff members were killed when their clearly marked vehicle was struck on a coastal road, the group said.

Hope Without Borders said the convoy had been traveling along a route coordinated in advance with military authorities when it was hit shortly after midnight. Two other staff members were wounded.

"Our teams shared their exact coordinates. They were where they said they would be, doing what they said they would do," the group's chief executive, Catherine Mwangi, said in a video statement. "And still they were killed.

"We cannot in good conscience ask our colleagues to keep driving those roads until we have answers."

The group said the dead included a driver from Beit Haroun, a logistics officer and a British-born nurse, Daniel Achterberg, 34, who had worked in the enclave for eight months.

The Tamarin military said it was "reviewing the incident at the highest levels" and that initial findings indicated its forces had identified "a suspected threat" in the area. It did not say what the threat was.

Ilse Brandt, the U.N. humanitarian coordinator for the enclave, called the strike "unconscionable" and said at least 212 aid workers had been killed since the conflict began, more than in any comparable conflict in decades.

"Aid workers are not collateral. They are protected under international humanitarian law, full stop," Brandt told reporters in Qasr Amin.

Achterberg's father, Pieter Achterberg, said in a statement released through the charity that his son had "gone to Wadi Sirhan because he believed no one should die for lack of a bandage."

At the hospital in Beit Haroun where the wounded were taken, colleagues gathered outside the emergency ward. A medic who worked alongside the victims, who asked not to be named for security reasons, said some staff had stopped wearing their marked vests on certain routes.

"The logo used to protect us. Now some of us think it makes us a target," he said.

The suspension affects six mobile clinics and two nutrition centers serving an estimated 40,000 people, the group said. It was not clear when operations would resume.

Associated Press writer Nadia Fares in Khan Darraj contributed to this report.""",
        [
            ("Our teams shared their exact", "Catherine Mwangi"),
            ("And still they were killed.", "Catherine Mwangi"),
            ("We cannot in good conscience", "Catherine Mwangi"),
            ("reviewing the incident at the", "Tamarin military"),
            ("a suspected threat", "Tamarin military"),
            ("unconscionable", "Ilse Brandt"),
            ("Aid workers are not collateral.", "Ilse Brandt"),
            ("gone to Wadi Sirhan because", "Pieter Achterberg"),
            ("The logo used to protect", "medic who worked alongside the victims"),
        ],
    ),
    (
        """Ceasefire takes effect in Wadi Sirhan as mediators announce deal

AL-MANARA, Oct. 3 (Xinhua) -- A ceasefire between the Tamarin government and the Coastal Authority took effect at 6 a.m. local time on Friday, mediators said, after nearly nine months of fighting that has left thousands dead and displaced most of the enclave's population.

The agreement was announced late Thursday by the Gulf Contact Group in a joint statement, which said the two sides had agreed to "a complete cessation of military operations by land, sea and air" and to the exchange of detainees in three phases.

"This agreement is the result of months of patient work. Now the harder work begins: making it hold," Karim Al-Taweel, the group's chief mediator, told a press conference in Al-Manara shortly after midnight.

Al-Taweel said the first phase, lasting 42 days, would include the release of 33 captives and the entry of 600 aid trucks per day into the enclave.

Residents of the enclave took to the streets in several towns after the truce came into force, according to local journalists.

"I have not slept properly in nine months. Tonight, maybe, I will sleep," said Nour Abu Shanab, a 28-year-old teacher displaced from Khan Darraj, speaking to Xinhua by phone from a tent camp in the south.

The Tamarin Prime Minister's Office confirmed the agreement in a brief statement, saying the government "will respond firmly to any violation."

Coastal Authority official Basim Hijazi said the group would abide by the ceasefire "as long as the other side does."

The U.N. Office for Relief Coordination in the Levant said convoys were already queuing at the Ras Nimr crossing. The office's regional director, Miriam Osei, described the deal as "the first good news in a very long time."

"But let us be clear: a ceasefire does not feed anyone on its own. The crossings must open fully, and they must stay open," she said.

Analysts cautioned that previous truces had collapsed within days.

"The text is stronger than the last one, particularly on monitoring, but the trust between the parties is close to zero," said Rania Khoury, a senior fellow at the Levant Institute for Strategic Studies.

The conflict erupted in January after a cross-border raid, and has since killed more than 6,000 people in the enclave, according to local health authorities. ■""",
        [
            ("a complete cessation of military", "Gulf Contact Group"),
            ("This agreement is the result", "Karim Al-Taweel"),
            ("I have not slept properly", "Nour Abu Shanab"),
            ("will respond firmly to any", "Tamarin Prime Minister's Office"),
            ("as long as the other", "Basim Hijazi"),
            ("the first good news in", "Miriam Osei"),
            ("But let us be clear:", "Miriam Osei"),
            ("The text is stronger than", "Rania Khoury"),
        ],
    ),
]
