CASES = [
    (
        """Harran Valley ceasefire talks stall over prisoner numbers, sources say

By Nadia Haddad and Tom Fairley

CAIRO, March 14 (Reuters) - Indirect talks aimed at ending five months of fighting in the Harran Valley stalled on Thursday over how many detainees each side would free in a first phase, two Egyptian officials and a diplomat briefed on the negotiations said.

The delegations have been meeting in separate rooms of a hotel in eastern Cairo, with Egyptian and Qatari mediators shuttling between them, and had been expected to agree a draft text this week.

"We were very close on Tuesday night, and by Wednesday morning we were back to square one," said one of the Egyptian officials, who spoke on condition of anonymity because he was not authorised to brief the media.

The main sticking point, according to the officials, is a demand by the armed group Ahl al-Wadi that the government release 400 prisoners during an initial six-week truce, rather than the 150 offered by the administration of President Sami Rahal.

Yousef Darwish, a spokesman for Ahl al-Wadi, accused the government of "moving the goalposts every time we make a concession."

"We have shown flexibility on the withdrawal maps and on the aid corridors. What we will not do is abandon our detainees," Darwish told Reuters by telephone from the town of Khirbet Zain.

Government spokesman Hani Mansour said the delegation would remain in Cairo and was "fully committed to the Egyptian track."

"The numbers being put forward by the other side are not serious, and they know it," Mansour said in a statement carried by the state-run Qadiri News Agency.

A Western diplomat in Cairo described the gap as "bridgeable" but warned that time was running out before the start of Ramadan in less than two weeks.

"Everyone understands that if there is no deal before the holy month, the pressure on both sides to escalate will become very hard to resist," the diplomat said.

Qatar's foreign ministry said in a statement that its negotiators were working "around the clock" with their Egyptian counterparts and urged both parties to "show the courage that this moment requires."

Fighting continued on the ground. Local medics said shelling killed at least six people in Tel Sabra, the largest town in the valley, on Wednesday night. Reuters could not independently verify the toll.

The Harran Relief Coalition, a grouping of 14 aid agencies, said convoys had been unable to reach Tel Sabra for 11 days.

"Families are running out of flour, fuel and medicine, and the hospital is operating on a few hours of generator power a day," the coalition said.

The talks are expected to resume on Saturday, the second Egyptian official said.

(Reporting by Nadia Haddad in Cairo and Tom Fairley in Doha; Editing by Peter Coyle)""",
        [
            ("We were very close on", "Egyptian official"),
            ("moving the goalposts every time", "Yousef Darwish"),
            ("We have shown flexibility on", "Yousef Darwish"),
            ("fully committed to the Egyptian", "Hani Mansour"),
            ("The numbers being put forward", "Hani Mansour"),
            ("bridgeable", "Western diplomat in Cairo"),
            ("Everyone understands that if there", "Western diplomat in Cairo"),
            ("around the clock", "Qatar's foreign ministry"),
            ("show the courage that this", "Qatar's foreign ministry"),
            ("Families are running out of", "Harran Relief Coalition"),
        ],
    ),
    (
        """Top mediator says Harran truce 'within reach' as envoys gather in Doha

By SAMIR KHOURY and ELLEN PRICE
Associated Press

DOHA, Qatar (AP) — Qatar's chief mediator said Sunday that a ceasefire in the Harran Valley was "within reach" as negotiators from both sides arrived in the Gulf capital for what officials described as a decisive round of talks.

Speaking at a news conference alongside Egypt's intelligence chief, Qatari Minister of State Faisal al-Kuwari said the two sides had resolved "the overwhelming majority" of outstanding issues, including the phased withdrawal of fighters from three towns and the reopening of the main highway to the north.

"I don't want to raise expectations too high, because we have been here before," al-Kuwari told reporters. "But I can say honestly that I have not seen the parties this close since the war began."

Maj. Gen. Tarek Sobhy, the head of Egypt's General Intelligence Service, did not take questions. In brief remarks, he called on both parties to "seize the opportunity before it is lost."

Not everyone shared the optimism. A senior official in the Qadiri government, who spoke to The Associated Press on condition of anonymity to discuss the closed-door negotiations, said significant disagreements remained over who would control checkpoints after a withdrawal.

"The Qataris are optimists by profession," the official said. "We will believe there is a deal when there is a signature on paper."

Ahl al-Wadi's political chief, Marwan Saadeh, said in a statement posted on the group's Telegram channel that the movement had responded "positively and responsibly" to the latest proposal but would not accept any arrangement that left government forces inside Tel Sabra.

A State Department spokesperson in Washington said the United States was "closely following" the talks and supported "every effort to bring this terrible conflict to an end."

The war in the Harran Valley erupted in October when Ahl al-Wadi fighters seized a string of army posts along the river. Government forces responded with a siege and airstrikes. More than 3,000 people have been killed, according to the valley's health directorate, which does not distinguish between civilians and combatants.

Aid groups have warned of famine-like conditions in parts of the valley. Leila Bazzi, regional director of the charity Hands Across the Valley, said her staff in Tel Sabra were seeing children "who have not eaten a proper meal in weeks."

"Whatever is being agreed in Doha, it needs to be agreed now," Bazzi said. "Every day of delay is measured in lives."

___

Associated Press writer Omar Jaber in Amman, Jordan, contributed to this report.""",
        [
            ("within reach", "Faisal al-Kuwari"),
            ("within reach", "Faisal al-Kuwari"),
            ("the overwhelming majority", "Faisal al-Kuwari"),
            ("I don't want to raise", "Faisal al-Kuwari"),
            ("But I can say honestly", "Faisal al-Kuwari"),
            ("seize the opportunity before it", "Tarek Sobhy"),
            ("The Qataris are optimists by", "senior official in the Qadiri government"),
            ("We will believe there is", "senior official in the Qadiri government"),
            ("positively and responsibly", "Marwan Saadeh"),
            ("closely following", "spokesperson"),
            ("every effort to bring this", "spokesperson"),
            ("who have not eaten a", "Leila Bazzi"),
            ("Whatever is being agreed in", "Leila Bazzi"),
            ("Every day of delay is", "Leila Bazzi"),
        ],
    ),
    (
        """Arab ministers push for monitoring mission in Harran Valley

Amman (AFP) - Foreign ministers from five Arab states meeting in Amman on Tuesday called for an international observer mission to monitor any ceasefire in the Harran Valley, as diplomats warned that a truce without guarantees would quickly collapse.

The closed-door meeting, hosted by Jordan, brought together ministers from Egypt, Saudi Arabia, the United Arab Emirates and Qatar, as well as a delegation from the Qadiri government attending as an observer.

"A ceasefire is not a piece of paper. It is a set of mechanisms, and without monitoring those mechanisms will fail," Jordanian Foreign Minister Rami Haddadin told a joint press conference after the talks.

He said the ministers had agreed to write to the UN Secretary-General requesting "urgent consultations" in the Security Council on a possible mandate.

A Gulf diplomat who attended the meeting told AFP that Riyadh and Abu Dhabi had offered to help fund such a mission, but that there was no agreement yet on which countries would contribute personnel.

"Nobody wants to send soldiers into a valley where two armies are still shooting at each other," the diplomat said, requesting anonymity because of the sensitivity of the discussions.

The Qadiri government has in the past rejected foreign monitors as a violation of its sovereignty, but Deputy Foreign Minister Nabil Sarraf struck a more cautious tone on Tuesday.

"We are ready to discuss any idea that preserves the unity of our country and the authority of the state," Sarraf told reporters in the hotel lobby.

Asked whether that included foreign troops, he said: "Everything is on the table, but nothing is decided."

Ahl al-Wadi, which was not invited to the meeting, said in a statement that it "welcomes any international presence that protects civilians from the regime's bombardment".

Egyptian and Qatari mediators have spent weeks trying to broker a phased deal that would begin with a six-week truce and an exchange of prisoners.

An Egyptian diplomat close to the talks said the monitoring question had become "the last big knot" in the negotiations.

"If the Arab states can give both sides confidence that violations will be recorded and answered, then a lot of other problems become easier," he said.

Fighting in the valley has killed more than 3,000 people since October, according to local health authorities, and displaced around 400,000, according to the UN.

Analysts were sceptical that an observer force could be assembled quickly.

Dina Khalaf, a researcher at the Levant Policy Centre in Beirut, said similar missions in the region had often been "too small, too late and too dependent on the goodwill of the parties".

"The experience of the past twenty years is not encouraging," she told AFP.

The ministers agreed to meet again in Riyadh next month.""",
        [
            ("A ceasefire is not a", "Rami Haddadin"),
            ("urgent consultations", "Rami Haddadin"),
            ("Nobody wants to send soldiers", "Gulf diplomat who attended the meeting"),
            ("We are ready to discuss", "Nabil Sarraf"),
            ("Everything is on the table,", "Nabil Sarraf"),
            ("welcomes any international presence that", "Ahl al-Wadi"),
            ("the last big knot", "Egyptian diplomat close to the talks"),
            ("If the Arab states can", "Egyptian diplomat close to the talks"),
            ("too small, too late and", "Dina Khalaf"),
            ("The experience of the past", "Dina Khalaf"),
        ],
    ),
    (
        """U.S. envoy presses Harran sides on truce, says 'hard decisions' due

By Daniel Brenner

ABOARD A U.S. MILITARY AIRCRAFT, April 2 (Reuters) - U.S. special envoy Thomas Whitcomb said on Tuesday both sides in the Harran Valley conflict would have to make "hard decisions" in the coming days if a ceasefire deal brokered by Egypt and Qatar was to be sealed.

Whitcomb, speaking to reporters traveling with him from Cairo to Riyadh, said he had delivered the same message to the government and to Ahl al-Wadi, the latter through Qatari intermediaries.

"Nobody gets everything they want in a negotiation like this. That's the nature of it," Whitcomb said. "The question is whether the leaders on both sides are prepared to take yes for an answer."

He declined to give details of the latest draft, which diplomats say includes a six-week truce, a prisoner exchange and the reopening of the so-called "northern corridor" for aid trucks.

A senior State Department official, briefing reporters on condition of anonymity, said the United States had pressed the Qadiri government to ease restrictions on fuel deliveries to Tel Sabra as a goodwill gesture.

"We've been very direct with them that the humanitarian situation is not just a moral issue, it's a strategic one," the official said. "If the population in the valley sees no benefit from a truce, it won't hold."

The official said Washington was also in contact with Gulf partners about financing reconstruction, but stressed that such discussions were at an "extremely early stage."

In Qadira, the capital, presidential adviser Samer Haidar said the government "does not need lessons" on humanitarian matters and accused Ahl al-Wadi of diverting aid to its fighters.

"We have opened crossings, we have allowed convoys, and every time the terrorists steal what is meant for the people," Haidar said in an interview with state television. He added that the government would "honour every commitment it signs, and not one word more."

Whitcomb is due to meet Saudi officials in Riyadh on Wednesday before returning to Cairo, where the two delegations are expected to reconvene at the weekend.

Two Arab diplomats said the envoy's trip was intended in part to reassure the government that Washington would not allow Ahl al-Wadi to rearm during a pause in fighting.

"The Americans are selling guarantees," one of them said. "The problem is that both sides want guarantees against each other, and there are only so many the Americans can give."

(Reporting by Daniel Brenner; Additional reporting by Rana Saleh in Qadira; Editing by Peter Coyle)""",
        [
            ("hard decisions", "Thomas Whitcomb"),
            ("hard decisions", "Thomas Whitcomb"),
            ("Nobody gets everything they want", "Thomas Whitcomb"),
            ("The question is whether the", "Thomas Whitcomb"),
            ("We've been very direct with", "senior State Department official"),
            ("If the population in the", "senior State Department official"),
            ("extremely early stage", "senior State Department official"),
            ("does not need lessons", "Samer Haidar"),
            ("We have opened crossings, we", "Samer Haidar"),
            ("honour every commitment it signs,", "Samer Haidar"),
            ("The Americans are selling guarantees,", "Arab diplomat"),
            ("The problem is that both", "Arab diplomat"),
        ],
    ),
    (
        """Harran Valley truce takes effect after mediators announce deal

CAIRO/DOHA, April 9 (Reuters) - A six-week ceasefire in the Harran Valley took effect at noon (0900 GMT) on Wednesday, Egypt and Qatar said in a joint statement, after months of negotiations that repeatedly appeared close to collapse.

The statement, read out on Egyptian state television, said both sides had agreed to halt all military operations, allow the "unimpeded entry" of humanitarian aid and begin exchanging prisoners within 72 hours.

"The two mediating states call on the parties to observe the ceasefire in full, in letter and in spirit, and to refrain from any action or statement that could undermine it," the statement said.

"Egypt and the State of Qatar will remain in continuous contact with both parties, and will establish with them a joint mechanism to receive and address reports of violations."

Residents of Tel Sabra said the shelling stopped shortly before noon.

"For the first time in months I can hear birds instead of drones," said Ahmad Qassem, a 41-year-old teacher, reached by telephone. "But we have had promises before. We will see if it lasts until tomorrow."

The Qadiri presidency said in a brief statement that President Sami Rahal had instructed the armed forces to "abide fully" by the truce while retaining "the right to respond to any aggression."

Ahl al-Wadi said its fighters would respect the ceasefire "as long as the other side does." In a video address, the group's political chief, Marwan Saadeh, thanked the mediators and addressed its supporters:

"Today is not a victory for one side over another. It is a victory for the patience of our people, who have suffered what no people should suffer.

"We will be watching every checkpoint, every convoy and every prisoner list. If the promises are broken, the world will know who broke them."

A senior Egyptian security official involved in the talks told Reuters the most difficult stage lay ahead. Under the deal, negotiations on a permanent end to hostilities are due to begin no later than the third week of the truce.

"The first phase is the easy part, believe it or not," the official said. "The second phase is where we talk about weapons, about who governs the valley, about the return of the displaced. That is where every previous attempt has died."

More than 3,000 people have been killed since the conflict erupted in October, according to local health authorities.

The United Nations special envoy for the Harran Valley, Ingrid Solberg, said on X that the agreement was "a hard-won opening that must not be wasted" and that U.N. agencies had trucks ready to move as soon as crossings opened.

(Reporting by Nadia Haddad in Cairo and Tom Fairley in Doha; Writing by Rana Saleh; Editing by Peter Coyle)""",
        [
            ("unimpeded entry", "Egypt and Qatar"),
            ("The two mediating states call", "Egypt and Qatar"),
            ("Egypt and the State of", "Egypt and Qatar"),
            ("For the first time in", "Ahmad Qassem"),
            ("But we have had promises", "Ahmad Qassem"),
            ("abide fully", "Qadiri presidency"),
            ("the right to respond to", "Qadiri presidency"),
            ("as long as the other", "Ahl al-Wadi"),
            ("Today is not a victory", "Marwan Saadeh"),
            ("We will be watching every", "Marwan Saadeh"),
            ("The first phase is the", "senior Egyptian security official involved in the talks"),
            ("The second phase is where", "senior Egyptian security official involved in the talks"),
            ("a hard-won opening that must", "Ingrid Solberg"),
        ],
    ),
    (
        """UN envoy warns Harran ceasefire ‘fraying’ as sides trade blame

By JOANNA MERCER
Associated Press

UNITED NATIONS (AP) — The U.N. envoy for the Harran Valley warned Thursday that a three-week-old ceasefire was “fraying at the edges” and urged the Security Council to press both sides to halt what she called a steady stream of violations.

Ingrid Solberg, briefing the council by video from Amman, said her office had recorded 47 alleged breaches since the truce took effect, most of them small-arms fire near former front lines but also at least two drone strikes.

“None of these incidents, on its own, has been enough to bring down the ceasefire,” Solberg said. “Together, they are eroding the trust on which everything else depends.”

She said the exchange of prisoners had proceeded “broadly as planned,” with 112 detainees released by the government and 38 by Ahl al-Wadi, but that aid deliveries to Tel Sabra remained “far below what was promised.”

The Qadiri ambassador to the U.N., Walid Nasrallah, told the council his government had “exercised maximum restraint” and accused the armed group of using the pause to reposition fighters and weapons.

“We did not agree to a ceasefire so that terrorists could dig new tunnels,” Nasrallah said.

Ahl al-Wadi, which has no representation at the U.N., rejected the accusation. Its spokesman, Yousef Darwish, told The Associated Press that government forces had shelled farmland outside Khirbet Zain on Tuesday and were blocking fuel trucks “under one pretext after another.”

A Security Council diplomat, speaking on condition of anonymity because council consultations are private, said members were divided over whether to issue a formal statement.

“Some delegations want to name names. Others feel that would only give the spoilers what they want,” the diplomat said.

U.S. Deputy Ambassador Laura Whitfield said Washington remained “fully invested” in the success of the agreement and that the U.S. special envoy, Thomas Whitcomb, would return to the region next week.

“This ceasefire has already saved lives. Every one of us around this table has a responsibility to make sure it keeps doing so,” she said.

Talks on a second phase, which would include a permanent end to hostilities, are due to begin in Cairo by early May. Solberg said it was essential that the date not slip.

“If the parties are still arguing about the first phase when the second is meant to start,” she said, “we will have lost the momentum that made this agreement possible in the first place.”

The war has killed more than 3,000 people since October, according to local health officials.""",
        [
            ("fraying", "Ingrid Solberg"),
            ("fraying at the edges", "Ingrid Solberg"),
            ("None of these incidents, on", "Ingrid Solberg"),
            ("Together, they are eroding the", "Ingrid Solberg"),
            ("broadly as planned,", "Ingrid Solberg"),
            ("far below what was promised.", "Ingrid Solberg"),
            ("exercised maximum restraint", "Walid Nasrallah"),
            ("We did not agree to", "Walid Nasrallah"),
            ("under one pretext after another.", "Yousef Darwish"),
            ("Some delegations want to name", "Security Council diplomat"),
            ("fully invested", "Laura Whitfield"),
            ("This ceasefire has already saved", "Laura Whitfield"),
            ("If the parties are still", "Ingrid Solberg"),
            ("we will have lost the", "Ingrid Solberg"),
        ],
    ),
    (
        """Mediators float new plan to run Harran town of Tel Sabra: sources

Cairo (AFP) - Mediators have proposed handing day-to-day administration of Tel Sabra to a council of local notables under Arab supervision, in an effort to unblock talks on a permanent end to the Harran Valley war, three sources familiar with the negotiations told AFP on Sunday.

The plan, set out in a four-page paper presented to both delegations in Cairo last week, would see government and Ahl al-Wadi forces pull back at least ten kilometres from the town, according to an official from one of the mediating countries.

"The idea is simple: neither side governs Tel Sabra, so neither side loses Tel Sabra," the official said, speaking on condition of anonymity.

The paper, seen by AFP, gives the council responsibility for services, policing and the distribution of aid pending a final political settlement, and provides for its members to be approved by both parties.

A member of the government delegation said Qadira had "serious reservations" about any arrangement that limited the role of the state's security forces.

"Tel Sabra is a Qadiri city. Sovereignty is not something we negotiate," he told AFP.

But he did not rule out accepting the proposal with amendments, saying the delegation had been instructed to "study it seriously".

Ahl al-Wadi has not commented publicly on the plan. A source close to the group's leadership said its response would depend on "who chooses the notables and who pays them".

"If the council is a front for the intelligence services, it is dead on arrival," the source said.

The proposal has the backing of the Arab Mediation Forum, a Cairo-based body of former foreign ministers that has been advising the Egyptian and Qatari negotiators.

In a letter to the two delegations dated May 12, also seen by AFP, the forum's chairman, Adel Mahfouz, urged them to respond within two weeks.

"The window for a political settlement will not stay open indefinitely," Mahfouz wrote. "Every week that passes without progress strengthens those on both sides who never wanted this ceasefire."

Diplomats said the plan was untested and would face resistance from hardliners on both sides.

"It's creative, and creative is what this process needs," said a European diplomat in Cairo. "Whether it is realistic is another question."

For the tens of thousands of people who fled Tel Sabra during the fighting, the details matter less than the outcome.

"I don't care who runs the town. I care whether I can go home," said Umm Khaled, 58, who fled in November and now lives in a tent near the village of Deir Hanna.

The six-week truce that took effect on April 9 has largely held despite dozens of reported violations, and mediators are discussing a possible extension.""",
        [
            ("The idea is simple: neither", "official from one of the mediating countries"),
            ("serious reservations", "member of the government delegation"),
            ("Tel Sabra is a Qadiri", "member of the government delegation"),
            ("study it seriously", "member of the government delegation"),
            ("who chooses the notables and", "source close to the group's leadership"),
            ("If the council is a", "source close to the group's leadership"),
            ("The window for a political", "Adel Mahfouz"),
            ("Every week that passes without", "Adel Mahfouz"),
            ("It's creative, and creative is", "European diplomat in Cairo"),
            ("Whether it is realistic is", "European diplomat in Cairo"),
            ("I don't care who runs", "Umm Khaled"),
        ],
    ),
    (
        """ANALYSIS-In Harran talks, the hardest fight is over who runs the valley

By Rana Saleh and Nadia Haddad

BEIRUT/CAIRO, May 20 (Reuters) - When Egyptian and Qatari mediators announced a ceasefire in the Harran Valley last month, diplomats privately warned that the hardest part of the negotiations had been postponed rather than resolved.

Six weeks on, as talks on a permanent settlement drag into a third round in Cairo, that warning looks prescient.

"Everyone signed the first phase because it cost them nothing," said Karim Abboud, a former Qadiri deputy foreign minister who now teaches at a university in Beirut. "The prisoners, the aid, the pause in shelling: those were things both sides wanted anyway.

"The second phase asks them to give up something real. For the government, it is control of the valley. For Ahl al-Wadi, it is its weapons. Neither is ready."

Three diplomats involved in or briefed on the talks said the government delegation had rejected a mediators' proposal for a civilian council to run Tel Sabra, insisting that its police and intelligence services keep a presence in the town.

One of them, a Gulf diplomat, said the government believed time was on its side.

"They think the armed group will split if the truce goes on long enough without a settlement," he said. "They may be right, but they may also find that a split group is harder to deal with, not easier."

Ahl al-Wadi, for its part, wants guarantees that its fighters will not be prosecuted and that a share of reconstruction funds will be administered locally.

Marwan Saadeh, the group's political chief, told Reuters in a rare interview last week that the movement would "not hand over a single rifle" until a political agreement was signed and internationally guaranteed.

"We have seen what happens to people who disarm first and negotiate second," he said. "We will not repeat their mistakes."

Government spokesman Hani Mansour said on Sunday the delegation's instructions had not changed and that the state would not accept "armed enclaves" on its territory.

With the truce due to expire on May 21, an Egyptian official said mediators were working on a proposal to extend it by another month to buy time.

"An extension is not a solution, but it's better than the alternative," the official said.

Some analysts say the mediators may have to lower their ambitions. Dina Khalaf of the Levant Policy Centre in Beirut said the most likely outcome was now a long truce without a final settlement - "not peace, but not war either."

"That may sound disappointing, but in this region a quiet frozen conflict is better than most of the alternatives people have lived through," she said.

(Editing by Peter Coyle)""",
        [
            ("Everyone signed the first phase", "Karim Abboud"),
            ("The prisoners, the aid, the", "Karim Abboud"),
            ("The second phase asks them", "Karim Abboud"),
            ("They think the armed group", "Gulf diplomat"),
            ("They may be right, but", "Gulf diplomat"),
            ("not hand over a single", "Marwan Saadeh"),
            ("We have seen what happens", "Marwan Saadeh"),
            ("We will not repeat their", "Marwan Saadeh"),
            ("armed enclaves", "Hani Mansour"),
            ("An extension is not a", "Egyptian official"),
            ("not peace, but not war", "Dina Khalaf"),
            ("That may sound disappointing, but", "Dina Khalaf"),
        ],
    ),
]
