CASES = [
    (
        """Norway rescues 14 crew after fire on trawler off Lofoten

OSLO, Feb 12 (Reuters) - Norwegian rescuers on Wednesday evacuated all 14 crew members from a fishing trawler that caught fire in heavy seas off the Lofoten islands, the Joint Rescue Coordination Centre for Northern Norway said.

The 58-metre Havbris, owned by Bodø-based Nordvik Havfiske AS, sent a distress call shortly after 0400 GMT reporting smoke in the engine room, the centre said in a statement.

"The crew had already tried to fight the fire themselves, but conditions on board became too dangerous and the captain decided to abandon ship," rescue coordinator Eirik Solhaug told Reuters by telephone.

Two rescue helicopters and the coastguard vessel Andenes were sent to the scene, about 40 nautical miles west of the island of Røst, Solhaug said. Waves of up to six metres complicated the operation, and the crew were lifted from the deck two at a time.

"All 14 are safe, and two have been flown to hospital in Bodø with minor injuries," he said. "We are very relieved that this ended as well as it did."

Nordvik Havfiske chief executive Marit Hovland said the company was cooperating with the authorities and would carry out its own investigation into the cause of the fire.

"Our first thoughts are with the crew and their families," Hovland said in an emailed statement. "It is too early to say anything about what happened."

The Norwegian Safety Investigation Authority (NSIA) said it had opened an inquiry. The Havbris, built in 2004, was carrying around 120 tonnes of frozen cod and haddock, according to the company.

Police in Nordland said there was no indication of criminal activity but that they would take statements from the crew once they were ashore.

Engine room fires are among the most common serious incidents in Norway's fishing fleet, according to NSIA data, and several vessels have been lost to fire in recent years.

The coastguard said the Havbris was still burning on Wednesday afternoon and that a tug had been sent to prevent it from drifting towards the coast.

"Our priority now is to avoid any pollution. There is fuel on board, and we are monitoring the situation closely," coastguard spokesman Tor Arne Bjørnstad said.

Norway is Europe's largest exporter of seafood, and the Lofoten cod season, which runs from January to April, is the busiest period of the year for the coastal fleet.

(Reporting by Helle Strand; Editing by Simon Archer)""",
        [
            ("The crew had already tried", "Eirik Solhaug"),
            ("All 14 are safe, and", "Eirik Solhaug"),
            ("We are very relieved that", "Eirik Solhaug"),
            ("Our first thoughts are with", "Marit Hovland"),
            ("It is too early to", "Marit Hovland"),
            ("Our priority now is to", "Tor Arne Bjørnstad"),
        ],
    ),
    (
        """Iceland slashes capelin advice as autumn survey finds few fish

By Kristín Jóhannsdóttir

Iceland's Marine and Freshwater Research Institute (MFRI) has recommended an initial capelin quota of just 8,600 tonnes for the coming season, a fraction of last year's advice, after its autumn survey found the stock at one of its lowest levels in a decade.

The institute said in its advice, published on Friday, that the spawning stock measured north and west of Iceland was well below the precautionary threshold, and that the recommendation would be revised after a winter survey in January.

"We saw very little of the two-year-old fish, and that is the group that carries the fishery," said Guðmundur Þórarinsson, head of pelagic research at the institute. "It doesn't mean the season is lost, but we need to be honest that the picture right now is weak."

The advice is a blow to Iceland's pelagic sector, for which capelin roe and frozen capelin for Asian and Eastern European markets are among the most valuable products of the year.

Heiðar Logason, managing director of Westman Islands-based processor Eyjaberg hf., said the industry had prepared for a cut, but not one this deep.

"We have crews and factories that are built around this fishery. Eight thousand tonnes is nothing," he told IntraFish. "People will be asking whether it is even worth sending the boats out."

Logason said the company would wait for the January survey before making decisions on staffing at its roe plant, which employs about 90 people during the season.

Fisheries Minister Sólveig Haraldsdóttir said in a statement that the government would follow the scientific advice, as it has done in previous years, but described the outcome as "a serious concern for coastal communities."

The Federation of Icelandic Fishing Vessel Owners (SFS) called for additional survey effort, saying the autumn survey had been hampered by sea ice in the Denmark Strait.

"The survey area was not fully covered, and that has to be taken into account when the final advice is set," the federation said.

Norway, the Faroe Islands and Greenland also hold shares of the capelin quota under a coastal states agreement, and Norwegian vessels have been allowed to fish in Icelandic waters in years with a sufficient total allowable catch.

Þórarinsson said the institute would send two research vessels out in mid-January, weather permitting, and that the final advice could be "considerably higher or lower" depending on what they found.

"Capelin is a short-lived species, and the stock can change quickly from one survey to the next," he said.""",
        [
            ("We saw very little of", "Guðmundur Þórarinsson"),
            ("It doesn't mean the season", "Guðmundur Þórarinsson"),
            ("We have crews and factories", "Heiðar Logason"),
            ("People will be asking whether", "Heiðar Logason"),
            ("a serious concern for coastal", "Sólveig Haraldsdóttir"),
            ("The survey area was not", "Federation of Icelandic Fishing Vessel Owners"),
            ("considerably higher or lower", "Guðmundur Þórarinsson"),
            ("Capelin is a short-lived species,", "Guðmundur Þórarinsson"),
        ],
    ),
    (
        """Feeder ship refloated after grounding in Faroe Islands

By Jónas Reinert

A small containership that grounded at the entrance to a harbour on the east coast of the Faroe Islands has been refloated and brought alongside, with no signs of pollution, local authorities said.

The 1998-built, 140 TEU Nordlys Carrier, operated by Faroese short-sea operator Vágur Line, ran aground shortly before midnight on Monday as it approached Gøtuvík to load frozen fish for Aberdeen.

“The ship came out of the channel too far to the north and touched a shallow rock,” said Jákup Joensen, harbour master at Gøtuvík. “It was dark and there was a strong south-easterly wind, but visibility was reasonable. There is a light on the rock, and it was working.”

None of the 11 crew were injured. A diver inspection on Tuesday morning found an indentation of about three metres in the bottom plating near the bow, but no breach of the fuel tanks, according to the Faroese Maritime Authority.

The vessel was pulled free on the rising tide at around 14:00 on Tuesday with the help of two harbour tugs and a local fishing vessel.

In a statement, Vágur Line said the ship had been “refloated safely and without further damage” and that the cargo on board was intact.

“We are grateful to the harbour, the tug crews and the rescue services for their quick response,” managing director Rúni Poulsen said in the statement. “We will work closely with the maritime authority to understand how this could happen.”

The Faroese Maritime Authority has detained the vessel pending a survey by its classification society. An authority spokeswoman said the investigation would look at “the bridge watch, the passage plan and the use of the electronic chart system”, and that the master had been breath-tested as a matter of routine, with a negative result.

The grounding drew a crowd to the shore at Gøtuvík, a village of about 400 people.

“It was sitting right on the rock with all its lights on. You could see it from every house in the village,” said a local fisherman who watched the salvage from the quay.

Vágur Line operates two feeder vessels linking the Faroe Islands with ports in Scotland, Norway and the Netherlands. The company said cargo booked on the Nordlys Carrier would be moved to its sister ship, with delays of up to a week expected.

The Faroese Accident Investigation Board said it had been informed of the grounding and would decide in the coming days whether to open a full investigation.""",
        [
            ("The ship came out of", "Jákup Joensen"),
            ("It was dark and there", "Jákup Joensen"),
            ("refloated safely and without further", "Vágur Line"),
            ("We are grateful to the", "Rúni Poulsen"),
            ("We will work closely with", "Rúni Poulsen"),
            ("the bridge watch, the passage", "spokeswoman"),
            ("It was sitting right on", "local fisherman"),
        ],
    ),
    (
        """New autoliner for Ålesund family firm

Ålesund-based Liavåg Fiskeri AS has taken delivery of the new 52m autoliner Liavåg Senior from Vestvik Skipsverft in Sunnmøre, replacing a 1988-built boat of the same name which has been sold to new owners in Iceland.

'This is the biggest investment our family has ever made,' skipper and co-owner Knut Liavåg told Fishing News. 'But we believe in longlining, and we believe the quality of line-caught fish will be rewarded in the market.'

The company was started by his grandfather, Peder Liavåg, who fished from a 40ft wooden boat in the 1950s, and is now run by Knut and his cousin Trond.

Designed by Bergen consultancy Nordkyst Design, the new vessel has a beam of 12m and accommodation for 24 in single cabins. Main engine is a 2,200kW unit, and she is fitted with a battery pack that allows the crew to haul on electric power in calm weather.

Her lines are hauled through a 'moon pool' amidships rather than over the side, an arrangement that reduces the risk of losing fish at the surface and keeps the crew out of the weather.

Yard project manager Sigrid Vestvik described the vessel as 'a complex build with a lot of new solutions', and said the crew had been closely involved from an early stage.

'The crew have had a lot to say about the layout,' Knut Liavåg explained. 'We spent many evenings around the kitchen table with drawings.

'The factory deck is designed so that nobody has to lift heavy boxes by hand. That was important for us, because the crew are the ones who will live with this boat for the next 25 years.'

The factory deck has gutting and heading machines and plate freezers with a capacity of 40 tonnes a day, and the hold takes around 600 tonnes of frozen fish.

Mate Eivind Rønneberg, who has sailed with the company for 19 years, said the difference was obvious as soon as he came on board.

'You notice it straight away in the accommodation,' he said. 'Everyone has their own cabin with a shower, and there's a gym and a proper day room. On the old boat we were four to a cabin.'

Liavåg Senior will fish for cod, haddock, tusk and ling, and her first trip will be to the Barents Sea in March. The company said the old vessel had been 'a fantastic boat for 35 years' but was no longer economical to run.""",
        [
            ("This is the biggest investment", "Knut Liavåg"),
            ("But we believe in longlining,", "Knut Liavåg"),
            ("a complex build with a", "Sigrid Vestvik"),
            ("The crew have had a", "Knut Liavåg"),
            ("We spent many evenings around", "Knut Liavåg"),
            ("The factory deck is designed", "Knut Liavåg"),
            ("You notice it straight away", "Eivind Rønneberg"),
            ("Everyone has their own cabin", "Eivind Rønneberg"),
            ("a fantastic boat for 35", "Liavåg Fiskeri AS"),
        ],
    ),
    (
        """Icelandic Coast Guard Searches for Missing Fisherman After Boat Sinks off Westfjords

The Icelandic Coast Guard was continuing its search on Tuesday evening for a fisherman missing after a small line boat sank off Iceland's Westfjords in the early morning. Two other crew members were pulled from a life raft by a nearby trawler.

The 15-meter Hafdís ÍS-212 sent a mayday at around 06:40 local time reporting that it was taking on water, according to the Coast Guard. Contact with the vessel was lost a few minutes later, roughly 11 nautical miles north of the mouth of Ísafjarðardjúp.

The trawler Fróði II, which was fishing about four miles away, reached the position within half an hour. Its crew spotted the raft's light and recovered two men, who were suffering from hypothermia but were able to walk when they were brought ashore in Ísafjörður.

"They did everything right. They got into their survival suits, they got the raft out, and that is what saved their lives," Fróði II's captain, Hannes Björnsson, told reporters on the quay. "The weather was bad, but we've seen worse. Something must have happened very fast."

The Coast Guard deployed a helicopter, a patrol vessel and a surveillance aircraft, and around 60 volunteers from local rescue teams searched the shoreline. Several fishing vessels from the area also joined the search.

"The search covers a large area and the conditions are difficult, with wind speeds of around 20 meters per second and poor visibility in snow showers," said Hrafnhildur Pálsdóttir, a spokesperson for the Coast Guard. "We will continue as long as there is any reason to."

Police in the Westfjords said the two rescued men had been interviewed and that the cause of the sinking was not yet known. The Icelandic Transportation Safety Board has opened an investigation.

The vessel's owner, Dröfn ehf., said in a short statement that it was "in deep shock" and that its thoughts were with the families of the crew. The company did not respond to questions about the vessel's condition.

According to the Icelandic ship register, Hafdís was built in 1999 and converted for automatic longlining in 2016. A person familiar with the vessel said it had undergone repairs to its hull last winter.

In the harbor in Bolungarvík, where the boat was based, fishermen gathered on Tuesday to follow the search on the radio.

"Everybody here knows these men. It's a small place, and when something like this happens everyone feels it," said one fisherman, who asked not to be named.

Iceland's fishing fleet has seen a sharp fall in fatal accidents over the past three decades, a trend commonly attributed to mandatory safety training and better survival equipment.""",
        [
            ("They did everything right. They", "Hannes Björnsson"),
            ("The weather was bad, but", "Hannes Björnsson"),
            ("The search covers a large", "Hrafnhildur Pálsdóttir"),
            ("We will continue as long", "Hrafnhildur Pálsdóttir"),
            ("in deep shock", "Dröfn ehf."),
            ("Everybody here knows these men.", "fisherman"),
        ],
    ),
    (
        """Norway detains Faroese trawler off Svalbard over catch reporting

Oslo (AFP) - Norway's coastguard has detained a Faroese trawler suspected of underreporting its catch in the fisheries protection zone around the Arctic archipelago of Svalbard, officials said Thursday.

The 64-metre Havørnin was boarded for a routine inspection on Tuesday about 90 nautical miles west of Bear Island and is being escorted to the northern city of Tromsø, the coastguard said.

"During the inspection we found significant discrepancies between the catch in the hold and what had been reported in the electronic logbook," coastguard commander Svein Ove Myrvold told AFP.

He said the difference amounted to "several tens of tonnes" of cod and haddock, but declined to give an exact figure while the case was under investigation.

Police attorney Lene Aasheim of the Troms police district said the captain would be questioned when the vessel arrived, probably on Friday, and that the case could lead to a substantial fine and the confiscation of the catch.

"We take this type of case very seriously, because it undermines the entire quota system that both Norway and the Faroe Islands depend on," she said.

The trawler's owner, Tórshavn-based Sp/f Havørn, rejected the accusations.

"We are confident that our crew has reported correctly, and we will document this to the Norwegian authorities," the company's lawyer, Bárður á Lakjuni, said in a written statement sent to AFP.

He said any discrepancy was the result of "different conversion factors" used to calculate the weight of processed fish.

The Faroese Ministry of Foreign Affairs said it was "following the case closely" and was in contact with the Norwegian authorities.

The Faroe Islands, a self-governing territory of Denmark, has fishing rights in Norwegian waters under an annual bilateral agreement, and Faroese vessels regularly fish for whitefish in the Svalbard zone.

Norway established the 200-nautical-mile protection zone around Svalbard in 1977. Its right to regulate fishing there is contested by several countries, which argue that the 1920 Svalbard Treaty gives all signatories equal rights in the area.

A Norwegian fisheries official, who asked not to be identified because the case was ongoing, said inspections in the zone had been stepped up this year.

"There has been a clear signal from the ministry that control is a priority. We are boarding more vessels than before," the official said.""",
        [
            ("During the inspection we found", "Svein Ove Myrvold"),
            ("several tens of tonnes", "Svein Ove Myrvold"),
            ("We take this type of", "Lene Aasheim"),
            ("We are confident that our", "Bárður á Lakjuni"),
            ("different conversion factors", "Bárður á Lakjuni"),
            ("following the case closely", "Faroese Ministry of Foreign Affairs"),
            ("There has been a clear", "Norwegian fisheries official"),
        ],
    ),
    (
        """Seven hurt as ferry slams into quay in Faroese storm

Seven passengers were taken to hospital on Sunday evening after an inter-island ferry was thrown against the quay at Hvannasund during gale-force winds in the northern Faroe Islands.

The 45-metre Sólvá, operated by the public ferry company Oyggjaferðir, was arriving from Svínoy with 31 passengers and four crew on board when it struck the concrete quay at about 19:30.

One passenger, Turið Hansen from Viðareiði, described the moment of impact:

“Everything just went flying. People were thrown off their seats and there was coffee and broken glass all over the floor. My daughter was screaming, and I was holding on to her and the table at the same time.”

The National Hospital in Tórshavn said in a statement that six of the seven had been discharged on Sunday night, while one, an elderly man, was being kept for observation with a suspected broken wrist.

Oyggjaferðir’s operations manager, Niels Petur Dam, said the captain had judged the conditions acceptable when the ferry left Svínoy.

“The forecast was for strong wind, but within our limits. Then a very powerful gust came just as we were approaching the quay, and the ship was pushed sideways,” he said.

He added: “We will of course go through everything, including the question of whether the trip should have been cancelled.”

Some islanders said the crossing should never have gone ahead. “Everybody in the village could see that it was too much wind. I don’t understand why they sailed,” said a man who was waiting on the quay to collect a relative.

The Faroese weather service had issued a yellow warning for the northern islands on Sunday afternoon, with gusts of up to 30 metres per second forecast for exposed areas.

The ferry suffered damage to its bow ramp and is out of service. Oyggjaferðir said a replacement vessel would operate the route from Tuesday, and that passengers on Monday would be carried by a chartered fishing boat, weather permitting.

Hvannasund’s mayor, Jóannes Midjord, said the quay had also been damaged. “We have been asking for a proper breakwater here for many years. This shows why,” he said.

The Faroese Accident Investigation Board said it had been notified and would send two investigators to Hvannasund on Monday. Police said they had taken statements from the crew and that there was no suspicion that alcohol was involved.""",
        [
            ("Everything just went flying. People", "Turið Hansen"),
            ("The forecast was for strong", "Niels Petur Dam"),
            ("We will of course go", "Niels Petur Dam"),
            ("Everybody in the village could", "man who was waiting on the quay to collect a relative"),
            ("We have been asking for", "Jóannes Midjord"),
        ],
    ),
    (
        """Investigators blame crane overload for fatal capsizing of Norwegian fish farm workboat

The capsizing of a fish farm service vessel in central Norway last year, which killed one crew member, was caused by a crane lift that exceeded the boat's stability limits, the Norwegian Safety Investigation Authority (NSIA) has found.

The 15-metre workboat Fjordtjenar capsized on March 3 while lifting a mooring anchor at a salmon farm off the island of Hitra. Two of the three crew were pulled from the water by staff from the farm; the third, a 27-year-old deckhand, was later found inside the wheelhouse by divers.

In its final report, published on Tuesday, the NSIA said the crew "did not have the information they needed to judge how much the boat could safely lift" and that the vessel's stability booklet did not take into account a larger crane installed in 2019.

"This is not a case of one person making one mistake," Anders Høyem, the NSIA's director of maritime investigations, said at a press conference in Lillestrøm. "It is a system that allowed a vessel to operate for years with documentation that did not match reality."

The report makes six safety recommendations, including a call for the Norwegian Maritime Authority (NMA) to review how crane installations on small workboats are approved and followed up.

The NMA said it would study the recommendations carefully. "Small service vessels in aquaculture have been a focus area for us for several years, and this report confirms that more needs to be done," Linn Kjersti Moe, head of vessel supervision at the authority, said in an email.

Aquaculture workboats have been involved in a string of serious accidents along the Norwegian coast as the industry has grown, and the NMA launched its "Safe Work at the Farm" campaign in 2022 aimed at operators of smaller vessels.

Fjordtjenar's owner, Frøya Havservice AS, said in a statement that it had "taken the findings to heart" and had since introduced lifting plans and new stability calculations for all of its boats.

"We lost a colleague and a friend. Nothing we do now can change that, but we owe it to him to make sure it never happens again," managing director Ole-Kristian Strøm said.

Hege Tangvik, a union representative for workers in the aquaculture service sector, told Splash the report confirmed "what our members have been saying for a long time".

"Too many boats are working at the limit, and too often the pressure to get the job done wins," she said.""",
        [
            ("did not have the information", "Norwegian Safety Investigation Authority"),
            ("This is not a case", "Anders Høyem"),
            ("It is a system that", "Anders Høyem"),
            ("Small service vessels in aquaculture", "Linn Kjersti Moe"),
            ("taken the findings to heart", "Frøya Havservice AS"),
            ("We lost a colleague and", "Ole-Kristian Strøm"),
            ("what our members have been", "Hege Tangvik"),
            ("Too many boats are working", "Hege Tangvik"),
        ],
    ),
]
