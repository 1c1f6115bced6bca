CASES = [
    (
        """Ferry runs aground in Tonga's Ha'apai group, all 212 on board safe

An inter-island ferry carrying 212 passengers and crew has run aground on a reef in Tonga's Ha'apai group, with everyone on board brought safely ashore overnight.

The MV 'Otu Mo'ui struck the reef off the small island of Kotu Fusi shortly after 1am on Tuesday while travelling from Nuku'alofa to Vava'u.

The vessel is operated by the Friendly Islands Shipping Line, which runs the weekly northern service.

Tonga Police maritime commander Superintendent Siosaia Fifita said conditions had been good at the time.

"The sea was calm, there was no wind to speak of, so that is one of the things we will be looking at very closely," he said.

"We have not ruled anything out. The captain and the officers on the bridge have been spoken to and they are cooperating."

Passengers were taken off the ferry by local fishing boats and the navy patrol boat VOEA Hala Fakafa, and spent the rest of the night on the beach at Kotu Fusi before being moved to Pangai on Lifuka in the morning.

One passenger, Mele Taufa, told RNZ Pacific she was asleep on the open deck when she felt the ship shudder.

"It was a big bang and then everyone was shouting. The children were crying. But the crew were very good, they gave out the life jackets straight away," Ms Taufa said.

She said it had been "a long night on the beach" but that villagers had brought food, water and mats.

The Friendly Islands Shipping Line's general manager, 'Aisake Havili, said the company was "deeply grateful" to the people of Kotu Fusi and to the rescuers.

"Our first concern has been the safety of our passengers and crew, and we thank God that nobody was hurt," a statement from Mr Havili said.

He said a salvage team would inspect the hull at low tide and the company would arrange another vessel for stranded passengers and cargo.

The Ministry of Infrastructure said its marine and ports division had opened an investigation. A ministry spokesperson said divers had found no sign of fuel leaking from the ferry "at this stage".

The opposition MP for Ha'apai, Viliami Latu, said the government needed to explain how a ship could run aground "in flat water on a route it sails every week".

"People in the outer islands rely on these boats for everything - food, school, the hospital. They deserve to know these ships are safe," he said.

The 'Otu Mo'ui, built in Japan in 1994, was bought by the company in 2019 and underwent its last survey in March.""",
        [
            ("The sea was calm, there", "Siosaia Fifita"),
            ("We have not ruled anything", "Siosaia Fifita"),
            ("It was a big bang", "Mele Taufa"),
            ("a long night on the", "Mele Taufa"),
            ("deeply grateful", "'Aisake Havili"),
            ("Our first concern has been", "'Aisake Havili"),
            ("at this stage", "spokesperson"),
            ("in flat water on a", "Viliami Latu"),
            ("People in the outer islands", "Viliami Latu"),
        ],
    ),
    (
        """Indonesia seizes five foreign fishing boats, detains 61 crew in Natuna Sea

JAKARTA, Aug 19 (Reuters) - Indonesia's fisheries ministry said on Tuesday it had seized five foreign-flagged fishing boats and detained 61 crew members in the North Natuna Sea, stepping up a crackdown on illegal fishing in waters where its economic zone overlaps with the claims of its neighbours.

The boats, four flagged in Vietnam and one in Malaysia, were intercepted over the weekend by two ministry patrol vessels about 80 nautical miles northeast of Pulau Seraya Besar, the ministry said.

"We will not tolerate theft of our fish. These waters are Indonesia's exclusive economic zone and the law will be enforced," Adi Nugroho Prasetyo, the ministry's director general for marine resources surveillance, told reporters in Jakarta.

Adi said the vessels were carrying about 30 tonnes of fish, mostly squid and scad, and that the crew would be handed to prosecutors in Ranai, the main town on Natuna's largest island.

He said patrols had been increased because illegal fishing "always rises" in the months before the northern monsoon, when foreign boats try to fill their holds before the weather turns.

A spokeswoman for Vietnam's foreign ministry told a regular news briefing in Hanoi that it was verifying the information and urged Indonesia to treat the fishermen "humanely and in line with international law".

The Malaysian Maritime Enforcement Agency said in a statement it had been informed of the seizure and was "seeking consular access" for the crew of the Malaysian vessel, which it said had departed from Terengganu.

Indonesia sank hundreds of seized foreign boats between 2014 and 2019 in a high-profile campaign, although the practice has since been scaled back in favour of confiscating vessels or handing them to local fishing cooperatives.

The ministry has also been tracking what officials call a "dark fleet" of boats that switch off their satellite transponders when they enter Indonesian waters.

Analysts say the seizures are as much a diplomatic message as a law enforcement operation.

"It is a signal, both to fishing fleets and to other claimants, that Jakarta is watching," said Rina Kusumawardani, a maritime security researcher at the Centre for Archipelagic Studies in Jakarta.

"But enforcement at sea only goes so far if the boats keep coming. The economics still favour the poachers," she said.

(Reporting by Stanley Widjaja; Additional reporting by Phan Thi Lan in Hanoi; Editing by Robert Hallam)""",
        [
            ("We will not tolerate theft", "Adi Nugroho Prasetyo"),
            ("always rises", "Adi Nugroho Prasetyo"),
            ("humanely and in line with", "spokeswoman"),
            ("seeking consular access", "Malaysian Maritime Enforcement Agency"),
            ("It is a signal, both", "Rina Kusumawardani"),
            ("But enforcement at sea only", "Rina Kusumawardani"),
        ],
    ),
    (
        """Search widens for missing fishermen

By LUSIANA TUIMOCE

THE Republic of Fiji Navy has widened its search for three fishermen who failed to return to shore after setting out from Naivakacau Village in Tailevu on Saturday morning.

The men, aged 24, 31 and 45, left in a 23-foot fibreglass boat powered by a 40-horsepower outboard engine and were expected back on Sunday afternoon.

Relatives raised the alarm on Sunday night when the men could not be reached on their mobile phone.

Navy spokesman Lieutenant Commander Apisai Vuniwai said yesterday the search area now covered about 2000 square nautical miles south and east of Viti Levu.

"We are covering the area between Beqa and Kadavu based on the drift modelling, and we are asking all vessels in the area to keep a lookout," he said.

Lt Cdr Vuniwai said a navy patrol boat, a police vessel and a chartered aircraft were involved in the search, with fishing boats from neighbouring villages also helping.

Naivakacau turaga ni koro Semi Bale said families had been gathering in the church every evening.

"We are holding on to hope. These boys know the sea, they have been fishing since they were children," Mr Bale said.

He said the men had carried a mobile phone but no marine radio or emergency beacon.

A relative, who asked not to be named, said the boat's engine had been "giving trouble" for several weeks before the trip.

According to the Fiji Maritime Safety Office, small boats without proper safety equipment accounted for most of the 27 search and rescue operations carried out in Fijian waters last year.

In a statement issued yesterday, the office reminded boat owners that "a life jacket does no good in the cupboard" and urged them to check their engines and fuel before going out.

The office's chief executive, Makereta Sovasova, had a simple message for fishermen: "Tell someone where you are going and when you will be back. Carry a radio, carry flares, carry an EPIRB if you can get one.

"Every year we have these searches and every year some of them end in sorrow. It does not need to be this way."

Lt Cdr Vuniwai said the search would resume at first light today.

"We will not stop as long as there is a reasonable chance of finding them," he said.

Anyone with information is asked to contact the nearest police station or the navy's maritime operations centre.""",
        [
            ("We are covering the area", "Apisai Vuniwai"),
            ("We are holding on to", "Semi Bale"),
            ("giving trouble", "relative"),
            ("a life jacket does no", "Fiji Maritime Safety Office"),
            ("Tell someone where you are", "Makereta Sovasova"),
            ("Every year we have these", "Makereta Sovasova"),
            ("We will not stop as", "Apisai Vuniwai"),
        ],
    ),
    (
        """Oil from sunken tanker reaches Romblon shores; fishing ban imposed

By Joanna Q. Ilagan
Inquirer Southern Luzon

BAGACAY, Romblon - Thick bunker oil from a tanker that sank off this island town earlier this week has reached the shores of at least four villages, prompting local officials to ban fishing and swimming on Thursday.

The MT Princess Amihan, which was carrying about 800,000 liters of industrial fuel oil, sank on Monday after losing engine power in rough seas about 12 kilometers off Bagacay. All 18 crew members were rescued by a passing cargo ship.

"We can smell it from the poblacion. The shoreline is black," Bagacay Mayor Roderick Fabon said in a phone interview.

Fabon said around 1,200 fisherfolk families would be affected by the ban, which he said would stay in place "until the coast guard and BFAR tell us it is safe."

The neighboring town of Santa Rita has also declared a state of calamity, its municipal disaster risk reduction and management office said.

Capt. Leonora Dizon, commander of the Philippine Coast Guard (PCG) District Southern Tagalog, said the agency was racing to stop more oil from escaping.

"Our priority now is to contain the oil at the source. We have deployed spill booms and two oil spill response vessels, but the weather is not cooperating," Dizon told reporters at a briefing on Thursday.

She said divers would attempt to seal the vessel's tank vents "once the swells go down," which weather forecasters expect by the weekend.

In a statement, the vessel's owner, Luzviminda Marine Transport Corp., said it had hired a salvage company from Singapore and was "fully cooperating with authorities."

"We sincerely apologize to the communities affected and we will shoulder the cost of the cleanup," the company said.

For fishermen like Arnel Sumagaysay, 52, of Barangay Tuburan, the damage has already been done. He has not gone out to sea since Tuesday.

"Wala na kaming huli (We have no catch anymore). How will we feed our children?" he said.

Pia Manalastas, campaign coordinator of the environmental group Sibuyan Sea Watch, which launched its "Save Tablas Strait" campaign last year, said the sinking showed "the same failures we have seen again and again" in the regulation of aging tankers.

"Old tankers are being allowed to sail in bad weather with no accountability. Until owners are made to pay, this will keep happening," Manalastas said.

The Bureau of Fisheries and Aquatic Resources said it would distribute rice and fuel subsidies to affected fisherfolk starting next week and would test fish samples from the area.""",
        [
            ("We can smell it from", "Roderick Fabon"),
            ("until the coast guard and", "Roderick Fabon"),
            ("Our priority now is to", "Leonora Dizon"),
            ("once the swells go down", "Leonora Dizon"),
            ("fully cooperating with authorities", "Luzviminda Marine Transport Corp."),
            ("We sincerely apologize to the", "Luzviminda Marine Transport Corp."),
            ("Wala na kaming huli", "Arnel Sumagaysay"),
            ("the same failures we have", "Pia Manalastas"),
            ("Old tankers are being allowed", "Pia Manalastas"),
        ],
    ),
    (
        """‘We still don’t know how he died’: family of Kiribati fisheries observer demand inquiry

Ten months after Baraniko Tebano was found dead aboard a foreign tuna vessel, his relatives say regional authorities have stopped answering their calls

Anna Whitcombe in Tarawa

The family of a Kiribati fisheries observer who died aboard a foreign-flagged purse seiner in the central Pacific have called for an independent inquiry, with his mother saying they have been kept “in the dark” for almost a year.

Baraniko Tebano, 34, was working as an observer – monitoring catches and compliance on behalf of regional fisheries authorities – when he was found dead in his cabin in March last year, about 600 nautical miles east of Tarawa. The vessel’s operators told authorities he had suffered a heart attack.

His mother, Teetua Kaiea, said the family had never been shown a postmortem report.

“He was healthy. He played football every Saturday, he didn’t drink,” she said, speaking at the family’s home in Betio. “We still don’t know how he died, and nobody will tell us.”

“They sent his body home in a box, with a cheque for the funeral. That was the end of it for them.”

Observers are a cornerstone of efforts to police the western and central Pacific tuna fishery, which supplies a large share of the world’s canned tuna. They record what is caught, check for illegal transhipments and report on the treatment of protected species – work that can put them at odds with the captains of the vessels they are posted to.

At least 11 observers have died or disappeared at sea in the region since 2015, according to the Pacific Observer Welfare Network, an advocacy group based in Suva.

Its coordinator, Sione Mahe, said the cases followed a familiar pattern. “A death is reported, the vessel says natural causes, and the investigation goes nowhere because nobody independent ever gets on board,” he said.

The network last month launched a campaign, “Safe at Sea, Home to Family”, calling for independent postmortems and a second observer on long trips.

A spokesperson for Kiribati’s Ministry of Ocean Resources said the case remained “under review” and that it had requested further information from the vessel’s flag state.

The Pacific Islands Tuna Commission, which coordinates the regional observer programme, said in a statement that observer safety was “our highest priority”, and that since Tebano’s death it had issued two-way satellite communicators to every observer it deploys.

A former observer who worked alongside Tebano, and who asked not to be named because he still works in the industry, said the pressure on observers could be intense. “You are one man on a boat of 30. If you report something, everybody knows it was you,” he said.

Kaiea said the family would keep pushing until they got answers.

“I am not asking for money. I want to know what happened to my son.”""",
        [
            ("We still don’t know how", "Teetua Kaiea"),
            ("in the dark", "Teetua Kaiea"),
            ("He was healthy. He played", "Teetua Kaiea"),
            ("We still don’t know how", "Teetua Kaiea"),
            ("They sent his body home", "Teetua Kaiea"),
            ("A death is reported, the", "Sione Mahe"),
            ("under review", "spokesperson"),
            ("our highest priority", "Pacific Islands Tuna Commission"),
            ("You are one man on", "former observer"),
            ("I am not asking for", "Teetua Kaiea"),
        ],
    ),
    (
        """At least 14 dead as ferry catches fire off eastern Indonesia

Ambon, Indonesia (AFP) - At least 14 people were killed and dozens more were missing after a passenger ferry caught fire and sank off Indonesia's Maluku islands on Sunday, officials said.

The KM Cahaya Timur II was carrying at least 230 people from Ambon to the Kei islands when the fire broke out in its engine room in the early hours, about four hours into the journey.

"The fire spread very quickly and many passengers jumped into the sea," local search and rescue agency head Muhammad Arif Lestaluhu told AFP.

"Up to now we have recovered 14 bodies and rescued 171 people. The search for the others is continuing with ships and fishermen helping us."

Lestaluhu said the number of people on board might be higher than the 230 listed on the manifest, "as is often the case" on ferries in the region, where passengers sometimes buy tickets after boarding.

Footage broadcast by local television showed thick black smoke pouring from the vessel as small wooden boats pulled people from the water.

A survivor, Yohanes Rahantoknam, 37, told local television he had been sleeping on the upper deck with his wife and two children when he heard screaming.

"Everything was smoke. I grabbed my children and we jumped. I couldn't find my wife until we were pulled out by fishermen," he said. His wife survived, he added.

The ship's captain survived and was being questioned by police, a Maluku police spokesman said.

"He is being questioned as a witness for now. We have not named any suspects," the spokesman told AFP.

Transport ministry official Hendra Wibisono said the National Transportation Safety Committee would investigate the cause of the fire.

"We will look at whether the ship was overloaded and whether the safety equipment on board was adequate," he told reporters in Jakarta.

Ferries are a vital link across Indonesia, an archipelago of some 17,000 islands, but accidents are common because of lax safety standards, overcrowding and ageing vessels.

Hundreds of people have died in ferry disasters in the country over the past decade, many of them on routes to remote eastern islands where there are few alternatives to travel by sea.

str-kma/dan""",
        [
            ("The fire spread very quickly", "Muhammad Arif Lestaluhu"),
            ("Up to now we have", "Muhammad Arif Lestaluhu"),
            ("as is often the case", "Muhammad Arif Lestaluhu"),
            ("Everything was smoke. I grabbed", "Yohanes Rahantoknam"),
            ("He is being questioned as", "spokesman"),
            ("We will look at whether", "Hendra Wibisono"),
        ],
    ),
    (
        """Tanker and container ship collide in Singapore Strait; small oil leak contained

SINGAPORE – A Liberia-registered oil tanker and a Singapore-registered container ship collided in the Singapore Strait in the early hours of Wednesday, causing a small amount of oil to leak into the sea.

No one was injured in the incident, which happened at about 3.40am around 3km south of Sentosa.

In a statement on Wednesday afternoon, the Maritime and Port Authority of Singapore (MPA) said the tanker, Ocean Meridian, sustained damage to one of its fuel tanks and a ballast tank on its port side.

“Oil from the damaged tank has been contained and there is no impact on shipping traffic in the Singapore Strait,” said MPA.

It added that four of its craft had been deployed to spray dispersants and lay containment booms, and that the tanker had been moved to an anchorage for further checks.

The container ship, Bayu Harmoni, is operated by local firm Straitlink Container Lines. In an e-mailed response to The Straits Times, the company said the vessel’s hull had been “slightly dented above the waterline” and that it had berthed at Pasir Panjang Terminal for inspection.

The company’s head of fleet operations, Mr Ong Wei Liang, said: “Our crew followed all procedures and we are working closely with MPA to establish how the collision happened. We will share our voyage data with investigators.”

The owners of the Ocean Meridian could not be reached for comment.

Residents and park-goers along the southern coast reported a faint smell of fuel on Wednesday morning.

Retiree Tan Bee Hoon, 64, who walks along the coast near Labrador Park every morning, said she noticed “a rainbow sheen” on the water near the breakwater.

“I thought it was the usual rubbish from the ships. Then I saw the boats with the yellow booms and I knew something had happened,” said Madam Tan.

The Singapore Strait is one of the world’s busiest waterways, with more than 1,000 vessels in the port at any one time.

Captain Rajesh Menon, a former harbour pilot who now lectures at the Straits Maritime Academy, said the risk of collisions is highest near the anchorages, where ships cross the traffic lanes.

“Traffic here is very dense, especially at night. It only takes one misjudgment of a crossing vessel’s speed,” he said.

He added that serious collisions were “thankfully rare given the volume”, crediting MPA’s vessel traffic information system.

MPA said investigations into the cause of the collision are ongoing.""",
        [
            ("Oil from the damaged tank", "Maritime and Port Authority of Singapore"),
            ("slightly dented above the waterline", "Straitlink Container Lines"),
            ("Our crew followed all procedures", "Ong Wei Liang"),
            ("a rainbow sheen", "Tan Bee Hoon"),
            ("I thought it was the", "Tan Bee Hoon"),
            ("Traffic here is very dense,", "Rajesh Menon"),
            ("thankfully rare given the volume", "Rajesh Menon"),
        ],
    ),
    (
        """Police intercept 'blue boat' at Temotu reef

By ELLEN TOLOSI

THE Royal Solomon Islands Police Force (RSIPF) Maritime Unit has intercepted a foreign fishing vessel suspected of illegally harvesting bêche-de-mer on a remote reef in Temotu Province.

The wooden vessel, one of the so-called "blue boats" that have been reported across the region, was found with 23 crew on board at Tekopaki Reef, about 40 kilometres north of Malapu Island, on Friday.

According to a police media statement, officers from the patrol boat RSIPV Nukumanu found about 600 kilogrammes of dried sea cucumber in the vessel's hold, along with diving gear and two small dinghies.

Maritime Unit director, Superintendent Walter Haikiu said the crew had been escorted to Lata, where they are being held.

"These vessels come thousands of kilometres to strip our reefs. They take in one week what our communities harvest in years," Supt Haikiu said.

Minister for Fisheries and Marine Resources Moffat Pitanoe told a press conference in Honiara yesterday that those responsible would be prosecuted "to the fullest extent of the law".

"This is the third such vessel intercepted in our waters this year, and we know there are others we did not see.

"Our surveillance capacity is limited. We have one patrol boat covering Temotu and Makira, and our partners have been very helpful, but it is not enough," Mr Pitanoe said.

He said the government had informed the vessel's flag state through the Ministry of Foreign Affairs and External Trade.

Chief Benjamin Tealo of Malapu village said people watched the boat for three days before they were able to alert police.

"We have no phone signal here. Our young men paddled to the next island to use the radio. By the time police came, the boat had been working the reef day and night," Chief Tealo told the Solomon Star.

He said sea cucumber was "our bank" for school fees and church contributions when the harvest was open.

A national ban on the harvest and export of bêche-de-mer has been in place since 2023 to allow stocks to recover.

A senior fisheries official, who did not wish to be named, said the ban would lose support if foreign boats were allowed to take what local people were leaving alone.

"If the stocks are taken by foreigners while our own people are obeying the ban, people will lose faith in management," the official said.

Police said the crew are expected to appear before the Lata Magistrates Court this week.""",
        [
            ("These vessels come thousands of", "Walter Haikiu"),
            ("to the fullest extent of", "Moffat Pitanoe"),
            ("This is the third such", "Moffat Pitanoe"),
            ("Our surveillance capacity is limited.", "Moffat Pitanoe"),
            ("We have no phone signal", "Benjamin Tealo"),
            ("our bank", "Benjamin Tealo"),
            ("If the stocks are taken", "senior fisheries official"),
        ],
    ),
]
