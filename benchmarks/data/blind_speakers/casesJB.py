CASES = [
    (
        """Philippine coast guard says patrol ship harassed near Talinga Reef

MANILA, March 14 - Two vessels identified by the Philippine Coast Guard as belonging to a foreign maritime militia shadowed one of its patrol ships for more than six hours near Talinga Reef on Thursday, the coast guard said, the latest in a string of close encounters in contested waters west of Palawan.

The BRP Datu Makalintal, a 44-metre patrol vessel, was escorting a government hydrographic survey ship when the two boats came within 150 metres and repeatedly crossed its bow, coast guard spokesperson Commodore Ramon Villareal told reporters.

"These were dangerous and unprofessional manoeuvres that put the lives of our crew at risk," Villareal said. "We will not be deterred from carrying out our lawful mandate inside our own exclusive economic zone."

He said the crew had issued radio challenges at least 11 times without receiving a reply, and that the survey work had been completed as planned.

The incident follows a collision near the same reef two weeks ago that left a chartered resupply boat with a damaged hull and one crew member with minor injuries.

The Department of Foreign Affairs said in a statement that it would lodge a diplomatic protest, calling Thursday's encounter "a clear and deliberate violation" of the Philippines' sovereign rights under international law.

"The pattern is one of gradual escalation," said Liza Mercado, a maritime security researcher at the Institute for Archipelagic and Ocean Studies in Quezon City. "Each incident is a little closer and a little more aggressive, and each time the response is another protest note."

Mercado said Manila's decision to publicise footage of such encounters had helped build international support but had "not changed behaviour on the water."

A senior navy officer, who asked not to be named because he was not authorised to speak to the media, said two frigates had been placed on heightened readiness but would not be deployed to the reef for now.

"We are watching closely, but this remains a coast guard matter," the officer said.

Villareal said the coast guard would release video of Thursday's encounter later in the day. "We have documented everything, and the world will see exactly what happened," he said.""",
        [
            ("These were dangerous and unprofessional", "Ramon Villareal"),
            ("We will not be deterred", "Ramon Villareal"),
            ("a clear and deliberate violation", "Department of Foreign Affairs"),
            ("The pattern is one of", "Liza Mercado"),
            ("Each incident is a little", "Liza Mercado"),
            ("not changed behaviour on the", "Liza Mercado"),
            ("We are watching closely, but", "senior navy officer"),
            ("We have documented everything, and", "Ramon Villareal"),
        ],
    ),
    (
        """Warrigal frigate program ‘on track’ despite 18-month delay, minister says

By Sophie Kendrick, Defence Correspondent

Defence Industry Minister Grant Halloran has insisted the $28 billion Warrigal-class frigate program remains “on track”, despite a new audit finding the lead ship will be delivered at least 18 months late and that work on integrating its combat system has barely begun.

The Commonwealth Audit Office report, titled “Managing the Future Surface Combatant Program”, found that design maturity at the start of construction was well below the level recommended by Defence’s own guidelines and that “significant schedule risk remains unmitigated”.

It also found the department had not updated its cost estimate since 2021, meaning the true cost of the nine-ship program was “not known with confidence”.

Speaking to reporters at the Osborne Bay shipyard in Adelaide on Tuesday, Mr Halloran said the government had been “upfront about the challenges”.

“The first ship of any class always carries the most risk,” he said. “What matters is that we get this right, and that the second and third ships come off the line faster. I’m confident they will.”

Opposition defence spokeswoman Natalie Cribb said the audit confirmed what industry figures had been saying privately for two years.

“This government keeps telling Australians everything is fine while the Navy’s surface fleet gets older and smaller,” Ms Cribb said. “The minister needs to come clean about what this is really going to cost.”

The prime contractor, Southern Cross Naval Shipbuilding, said in a statement it was “working closely with Defence to recover schedule wherever possible”.

“Design of the lead ship is now 94 per cent complete, and block production is well under way,” the company said.

Dr Peter Anstey, a senior analyst at the Coral Sea Strategy Centre, said the delays exposed a deeper problem with the way Australia buys warships.

“We keep choosing designs that don’t yet exist in the water and then asking an Australian workforce to learn to build them while they’re still being finished,” he said.

“Until that changes, every major program will look like this one. The frigates are simply the most visible example.”

Dr Anstey said the Navy would now have to keep its ageing Kestrel-class frigates in service well beyond their planned retirement dates, a decision he described as “expensive and not without risk”.

The first of the new ships, to be named HMAS Yarrabah, is now expected to be handed over in 2031.""",
        [
            ("on track", "Grant Halloran"),
            ("on track", "Grant Halloran"),
            ("significant schedule risk remains unmitigated", "Commonwealth Audit Office"),
            ("not known with confidence", "Commonwealth Audit Office"),
            ("upfront about the challenges", "Grant Halloran"),
            ("The first ship of any", "Grant Halloran"),
            ("What matters is that we", "Grant Halloran"),
            ("This government keeps telling Australians", "Natalie Cribb"),
            ("The minister needs to come", "Natalie Cribb"),
            ("working closely with Defence to", "Southern Cross Naval Shipbuilding"),
            ("Design of the lead ship", "Southern Cross Naval Shipbuilding"),
            ("We keep choosing designs that", "Peter Anstey"),
            ("Until that changes, every major", "Peter Anstey"),
            ("expensive and not without risk", "Peter Anstey"),
        ],
    ),
    (
        """Malaysia, US and Australia launch amphibious drills off Sabah

TANJUNG LUMUT, Malaysia, June 3 - More than 2,500 troops from Malaysia, the United States and Australia began two weeks of amphibious exercises off the coast of Sabah on Monday, in drills officials said were aimed at improving disaster response and maritime security cooperation.

The annual exercise, codenamed "Samudera Perkasa", will for the first time include a live-fire component and a simulated beach landing by marines from all three countries at Pantai Keruing, about 80 kilometres north of the naval base.

"This exercise is not directed at any country," Rear Admiral Hafiz Rahman, commander of the Royal Malaysian Navy's Eastern Fleet, told reporters at the opening ceremony. "Our waters face real threats - piracy, kidnapping, smuggling, natural disasters - and we must be ready to respond together."

Sabah's east coast has long been troubled by kidnap-for-ransom gangs operating from nearby islands, and Malaysia has stepped up naval and police patrols in the area in recent years.

Captain Dana Whitlock, commanding officer of the amphibious transport dock USS Marin County, said the drills would test how the three forces share information at sea.

"Interoperability isn't something you can build in a conference room," Whitlock said. "You build it out here, ship to ship and sailor to sailor."

Australia has sent the landing ship HMAS Tarrawonga and about 400 personnel, according to a statement from the Australian Defence Force, which described the exercise as "an important demonstration of our enduring partnership with Malaysia".

The drills come as several Southeast Asian nations report a growing number of encounters with foreign coast guard vessels inside their exclusive economic zones.

A Malaysian defence ministry official, speaking on condition of anonymity, said the live-fire segment had been planned "well before" the most recent incidents and should not be read as a signal to any particular government.

Fishermen in nearby Kampung Keruing said they had been told to stay ashore for three days during the landings, when a "no-go zone" extending 12 nautical miles from the beach will be enforced by navy patrol craft.

"We were informed only last week. Three days without fishing is a big loss for us," said Jaafar Osman, 52, who has fished the area for three decades.

Rahman said the forces would also rehearse a mass-casualty evacuation by sea in the second week of the exercise.

"Last year's floods showed us that the navy is often the first to arrive," he said. "When roads are cut, the sea is the only way in."

The exercise is scheduled to end on June 16 with a combined fleet review off Kota Belud.""",
        [
            ("This exercise is not directed", "Hafiz Rahman"),
            ("Our waters face real threats", "Hafiz Rahman"),
            ("Interoperability isn't something you can", "Dana Whitlock"),
            ("You build it out here", "Dana Whitlock"),
            ("an important demonstration of our", "Australian Defence Force"),
            ("well before", "Malaysian defence ministry official"),
            ("We were informed only last", "Jaafar Osman"),
            ("Last year's floods showed us", "Hafiz Rahman"),
            ("When roads are cut, the", "Hafiz Rahman"),
        ],
    ),
    (
        """Royal Thai Navy selects Hanseong Marine for two offshore patrol vessels

The Royal Thai Navy (RTN) has signed a contract worth approximately THB11.2 billion (USD310 million) with South Korea's Hanseong Marine & Engineering for two 2,400-tonne offshore patrol vessels (OPVs), the service announced on 18 September.

The ships, based on Hanseong's HMP-90 design, will replace two patrol vessels that have been in service since the early 1990s. According to the RTN, the first ship is scheduled for delivery in 2028 and the second in 2029.

A navy statement said the new vessels would "significantly strengthen the navy's ability to protect Thailand's maritime interests in both the Gulf of Thailand and the Andaman Sea".

Vice Admiral Somchai Rattanakorn, the RTN's director of naval procurement, said at the signing ceremony in Bangkok that the selection followed "a rigorous and transparent evaluation" of five bids from shipbuilders in Asia and Europe.

"Hanseong offered the best combination of price, delivery schedule and technology transfer," Vice Adm Somchai said.

Under the agreement, the first hull will be built at Hanseong's Tongmyeong yard, while the second will be partly outfitted at the Ao Kham Naval Dockyard in Chonburi province, with Thai engineers trained by the Korean company.

The 90 m vessels will be armed with a 76 mm main gun and two 30 mm remote weapon stations and will have a flight deck and hangar for a medium helicopter. They will also be fitted to carry two rigid-hull inflatable boats and a containerised unmanned aerial system.

Kim Jae-won, executive vice-president of Hanseong's special ships division, said: "This contract is a milestone for our company in Southeast Asia. We see Thailand as a long-term partner, not a one-time customer."

He added that Hanseong was "in discussions with two other navies in the region" about variants of the design, but declined to name them.

An industry source familiar with the bidding said the price offered by Hanseong had been "well below" that of its European competitors, which had proposed building both ships in their home yards.

"The Europeans simply could not match the delivery dates without a big premium," the source said.

The deal still requires final budget disbursement approval. Pakorn Suwannarat, a member of the House of Representatives' budget scrutiny committee, said lawmakers would examine the contract closely.

"We support modernising the navy, but every baht must be accounted for," he said.

The RTN operates a mixed fleet of about 20 major surface combatants and patrol ships, several of which are due for retirement before the end of the decade.""",
        [
            ("significantly strengthen the navy's ability", "Royal Thai Navy"),
            ("a rigorous and transparent evaluation", "Somchai Rattanakorn"),
            ("Hanseong offered the best combination", "Somchai Rattanakorn"),
            ("This contract is a milestone", "Kim Jae-won"),
            ("in discussions with two other", "Kim Jae-won"),
            ("well below", "industry source familiar with the bidding"),
            ("The Europeans simply could not", "industry source familiar with the bidding"),
            ("We support modernising the navy,", "Pakorn Suwannarat"),
        ],
    ),
    (
        """New patrol boat arrives in Port Vila as Vanuatu steps up fisheries enforcement

Vanuatu's police maritime wing has taken delivery of a new patrol boat from Australia, which officials say will help the country crack down on illegal fishing across its vast exclusive economic zone.

The RVS Namaka arrived in Port Vila on Friday after a 10-day voyage from the shipyard in Western Australia where it was built. It replaces a 30-year-old vessel that was decommissioned last year after repeated engine failures.

At a ceremony on the wharf attended by several hundred people, Police Commissioner Jimmy Naupa said the boat would be sent on its first patrol to the northern islands within weeks.

"This vessel gives us eyes and teeth on the water," Commissioner Naupa said. "For too long, foreign boats have come into our waters knowing that nobody would come after them. That is changing."

Australia's High Commissioner to Vanuatu, Rebecca Lindqvist, said the boat was part of a regional maritime security scheme that has supplied 22 vessels to 12 Pacific countries.

"Australia is proud to stand with Vanuatu," she said, "and to support its sovereign right to patrol and protect its own waters."

The director of the Vanuatu Fisheries Department, Anna Tari, said illegal, unreported and unregulated fishing was costing the country "millions of vatu every year" in lost licence fees and damaged reef stocks.

Not everyone is convinced a single boat will make a difference.

A Port Vila-based fisheries observer, who asked not to be named because of her work with licensed fleets, said the previous patrol boat had spent "more time tied up at the wharf than at sea" because of fuel and crew shortages.

"A boat is only as good as the fuel budget behind it," she said.

Commissioner Naupa said the government had increased the maritime wing's fuel allocation for the coming year and that a second crew was being trained in Australia so the vessel could spend longer at sea.

"We have learned from the past," he said. "The old boat was sitting idle because we did not plan properly for maintenance and fuel. This time there is a budget line for both.

"Our people in the outer islands want to see this boat. They will see it."

The Namaka is expected to carry out joint patrols with French and New Zealand vessels later in the year.""",
        [
            ("This vessel gives us eyes", "Jimmy Naupa"),
            ("For too long, foreign boats", "Jimmy Naupa"),
            ("Australia is proud to stand", "Rebecca Lindqvist"),
            ("and to support its sovereign", "Rebecca Lindqvist"),
            ("millions of vatu every year", "Anna Tari"),
            ("more time tied up at", "Port Vila-based fisheries observer"),
            ("A boat is only as good", "Port Vila-based fisheries observer"),
            ("We have learned from the", "Jimmy Naupa"),
            ("The old boat was sitting", "Jimmy Naupa"),
            ("Our people in the outer", "Jimmy Naupa"),
        ],
    ),
    (
        """Navy to mothball two ships as crew shortage bites

By Tom Ferris

WELLINGTON: The Royal New Zealand Navy will place two of its inshore patrol vessels into long-term storage next year because it no longer has enough trained sailors to crew them, the Chief of Navy has confirmed.

Rear Admiral Helen Whitcombe told a parliamentary select committee on Wednesday that the decision to lay up HMNZS Manawa and HMNZS Tūtara was ‘painful but unavoidable’.

‘We simply cannot put ships to sea safely without the right people on board,’ she said. ‘I would rather have fewer ships that are fully crewed and ready than a fleet that looks good on paper.’

The navy has lost about 14 per cent of its uniformed personnel in three years, with marine engineers and electronics technicians in particular demand from the private sector and from overseas navies. The problem has become a textbook case of what defence commentators call the ‘hollow force’.

Defence Minister Mark Tautahi said the Government was committed to rebuilding numbers.

‘The navy’s people problem didn’t start on our watch, but we are the ones who will fix it,’ Tautahi said, adding that a new retention payment of up to $15,000 would be offered to technical trades from July.

Opposition defence spokesperson Aroha Pene said the mothballing was ‘a national embarrassment’ for a maritime nation with one of the world’s largest exclusive economic zones.

‘We are talking about the ships that patrol our fisheries, respond to search and rescue callouts and support our Pacific neighbours,’ she said.

A former senior naval officer, who did not want to be named because he still works with Defence as a contractor, said morale among the remaining sailors was ‘as low as I have seen it’ and that many were being asked to spend longer at sea to cover gaps.

A navy spokeswoman later said the two vessels would be maintained ‘in a condition that allows them to be reactivated within 12 months’ if crewing numbers recovered.

Whitcombe told the committee recruitment had picked up over the past year, with the latest intake of junior sailors the largest since 2019.

‘The pipeline is filling,’ she said. ‘But it takes four to five years to grow a marine engineer, and there is no shortcut.’

The navy’s two offshore patrol vessels and its frigates are not affected by the decision.""",
        [
            ("painful but unavoidable", "Helen Whitcombe"),
            ("We simply cannot put ships", "Helen Whitcombe"),
            ("I would rather have fewer", "Helen Whitcombe"),
            ("The navy’s people problem didn’t", "Mark Tautahi"),
            ("a national embarrassment", "Aroha Pene"),
            ("We are talking about the", "Aroha Pene"),
            ("as low as I have", "former senior naval officer"),
            ("in a condition that allows", "spokeswoman"),
            ("The pipeline is filling,", "Helen Whitcombe"),
            ("But it takes four to", "Helen Whitcombe"),
        ],
    ),
    (
        """Indonesia's submarine contract enters into force, local yard to build third boat

Indonesia's Ministry of Defence (Kemhan) has confirmed that its contract for two air-independent propulsion (AIP) submarines from Ostsee Werft Marine Systems (OWMS) has entered into force, with an option for a third boat to be built locally by Surabaya-based shipbuilder PT Dok Samudera Nusantara (DSN).

"The contract has entered into force following the first payment," Kemhan spokesperson Brigadier General Arif Wicaksono told reporters in Jakarta on 4 March. He did not disclose the value of the payment or of the overall contract.

The two submarines, derived from OWMS's 2,100-tonne Type 216 design, will be built at the company's yard in Europe, with DSN personnel embedded in the production teams. The third boat, if the option is exercised, would be assembled in Surabaya from modules supplied by OWMS.

"We expect the first boat to arrive in Indonesian waters by 2030," Brig Gen Arif added.

OWMS said in a statement that the agreement "marks the beginning of a long-term partnership with Indonesian industry" and that it would establish a permanent office in Jakarta later this year.

Hendra Kusumawati, president director of DSN, told a press conference in Surabaya: "This is not just about buying submarines. It is about building the capability to maintain them, upgrade them and eventually design our own.

"If we only buy, we remain dependent. That is the lesson of the past 40 years."

DSN has already sent 60 engineers and technicians for training, according to the company, with a further 120 due to follow in 2026.

A source in the Indonesian Navy (TNI AL) said the service had insisted on AIP from the outset of the competition, which also drew bids from shipbuilders in Asia and Europe.

"The navy wanted air-independent propulsion from the start, and it got it," the source said.

The programme has not been without critics. Teuku Rizal Hakim, a member of the House of Representatives' Commission I, which oversees defence, questioned whether the delivery timeline was realistic, noting that previous submarine and frigate projects had slipped by several years.

"We have heard these promises before," he said.

The TNI AL currently operates four diesel-electric submarines, two of which are more than 40 years old. Kemhan's long-term plan calls for a fleet of at least eight boats.""",
        [
            ("The contract has entered into", "Arif Wicaksono"),
            ("We expect the first boat", "Arif Wicaksono"),
            ("marks the beginning of a", "Ostsee Werft Marine Systems"),
            ("This is not just about", "Hendra Kusumawati"),
            ("If we only buy, we", "Hendra Kusumawati"),
            ("The navy wanted air-independent propulsion", "source in the Indonesian Navy"),
            ("We have heard these promises", "Teuku Rizal Hakim"),
        ],
    ),
    (
        """Four rescued after military helicopter ditches off Australia during exercise

BRISBANE, Australia - Four crew members were pulled from the sea off Australia's northeast coast on Wednesday after their navy helicopter ditched during a large multinational military exercise, officials said.

The MH-60R Seahawk, operating from the frigate HMAS Coonabarabran, went into the water about 30 kilometers (19 miles) east of the Corbett Bay training area in Queensland state shortly after 2 p.m., Australia's Department of Defence said.

All four crew members were "conscious and breathing" when they were recovered by a boat from a nearby ship, the department said in a statement. They were flown to a hospital in Rockhampton for assessment.

Lt. Gen. Craig Mallory, chief of joint operations, told reporters in Canberra: "Our first thought is with the crew and their families. I'm enormously relieved that all four are safe."

Mallory said it was too early to say what caused the ditching.

"I'm not going to speculate. We will have a full and thorough investigation, and we will be transparent about what it finds," he said.

The exercise, known as "Coral Trident", involves about 12,000 personnel and more than 30 ships from eight countries and is held every two years in waters off Queensland and the Northern Territory.

Rear Adm. Joanne Kessler, who commands the U.S. Navy task group taking part, said in a statement that American ships and aircraft had joined the search and that "the professionalism of our Australian partners was evident in every minute of this response."

Dave Pritchard, who operates a fishing charter boat out of nearby Emu Park, said he saw the helicopter flying low over the water before it "just dropped."

"There was a big splash and then the rotors stopped. Within about five minutes there were boats everywhere," Pritchard told local radio.

Defence said flights involving the same type of helicopter had been paused across the exercise "as a precaution" while initial checks were carried out. Other exercise activities were continuing as planned.

It is the second serious aviation incident involving the Australian military in the region in as many years.""",
        [
            ("conscious and breathing", "Department of Defence"),
            ("Our first thought is with", "Craig Mallory"),
            ("I'm not going to speculate.", "Craig Mallory"),
            ("the professionalism of our Australian", "Joanne Kessler"),
            ("just dropped.", "Dave Pritchard"),
            ("There was a big splash", "Dave Pritchard"),
            ("as a precaution", "Department of Defence"),
        ],
    ),
]
