CASES = [
    (
        """Iceland sets unilateral mackerel quota after coastal states talks collapse

By Ragnar Þórsson

REYKJAVIK, March 12 (Reuters) - Iceland will set its own mackerel catch limit for this year after talks among North Atlantic coastal states ended without a sharing deal, its fisheries minister said on Tuesday, a move likely to reopen a long-running dispute with Norway and the European Union.

Fisheries Minister Ásdís Hallgrímsdóttir said the government would allow Icelandic vessels to land up to 142,000 tonnes of mackerel this year, roughly 16% of the total catch recommended by scientists and slightly more than last year.

"We came to the table in good faith, and we stayed at the table longer than anyone," Hallgrímsdóttir told reporters after a cabinet meeting in Reykjavik. "But we cannot wait forever while others divide the stock among themselves."

Northeast Atlantic mackerel, which migrates between the waters of Norway, the EU, Britain, the Faroe Islands, Iceland and Greenland, has been at the centre of repeated disputes since the stock began moving north and west into Icelandic waters in the late 2000s.

A spokesperson for Norway's fisheries ministry said Oslo regretted the decision, calling it "not helpful for the long-term management of a shared resource."

The combined quotas set unilaterally by coastal states have exceeded scientific advice every year for more than a decade, and the fishery lost its sustainability certification as a result.

Gunnar Ketilsson, chief executive of Westman Islands processor Eyjafang hf., said the quota was "about what the fleet expected" but warned that the absence of an agreement was costing Icelandic exporters in their main markets.

"Our buyers in Germany and Britain ask us one question now, and it is about the certificate," he said. "Without an agreement, we do not get it back, and the price goes with it."

Hallgrímsdóttir said Iceland remained ready to resume negotiations "at any time and in any format" and that ministry officials would meet their Faroese counterparts in Torshavn next month to discuss access to each other's waters.

The Icelandic Marine Conservation Society said in a statement that responsibility for overfishing lay with all coastal states, not only Iceland.

"Every country in this dispute claims to follow the science, and every country fishes above it," the statement said.

Iceland's mackerel catch was worth about 28 billion Icelandic crowns ($205 million) in export revenue last year, according to official figures, making it one of the country's most valuable pelagic species.

(Reporting by Ragnar Þórsson; Editing by Alison Marsh)""",
        [
            ("We came to the table in", "Ásdís Hallgrímsdóttir"),
            ("But we cannot wait forever", "Ásdís Hallgrímsdóttir"),
            ("not helpful for the long-term", "spokesperson"),
            ("about what the fleet expected", "Gunnar Ketilsson"),
            ("Our buyers in Germany and", "Gunnar Ketilsson"),
            ("Without an agreement, we do", "Gunnar Ketilsson"),
            ("at any time and in", "Ásdís Hallgrímsdóttir"),
            ("Every country in this dispute", "Icelandic Marine Conservation Society"),
        ],
    ),
    (
        """Løgting passes fishing licence reform by two votes

TÓRSHAVN – The Faroese parliament on Thursday passed a contested reform of the islands’ fishing licence system by 17 votes to 15, ending months of debate over how much of the fleet’s catch rights should be sold at public auction.

Under the new law, 25 per cent of pelagic quotas and 15 per cent of demersal quotas will be auctioned each year from 2026, with the rest allocated to existing licence holders on 12-year terms.

Fisheries Minister Jógvan Dam Heinesen called the result “a fair day for the people who own these resources, which is all of us”.

“For too long, the value of the sea has flowed to a handful of companies,” he said in the chamber before the vote. “This law does not punish anyone. It simply says that the public should get a fair share of what belongs to the public.”

The opposition argued that the reform would leave operators, especially the smaller family-owned companies in the northern villages, unable to plan investments.

Sunnvá Joensen, fisheries spokeswoman for the opposition Unity Party, called the auction share “a gamble with the livelihoods of the villages”.

“A trawler costs more than a hundred million kroner. No bank will finance a new vessel when the owner does not know whether he will have fish to catch in three years,” she told reporters outside the Løgting.

The Faroese Vessel Owners’ Association, which represents most of the islands’ large trawler and pelagic operators, said in a statement that it would “study the law carefully with our lawyers” and did not rule out a legal challenge.

Its chairman, Bárður Niclasen, was more blunt. “We will not accept that licences we have paid for, and built companies around, can be taken away by a show of hands,” he said.

Supporters of the reform point to a series of pilot auctions held in 2019 and 2020, in which small amounts of mackerel and herring quota sold for several times the fee paid by ordinary licence holders.

Rannvá Poulsen, an economist at the Faroese Institute for Marine Economics, said the reform was “modest by any international standard”.

“People speak as if the whole fleet is being auctioned. It is a quarter of the pelagic catch, and less of the rest,” she said. “The companies will still hold the large majority of their rights.”

Heinesen said the ministry would publish the rules for the first auction round before the summer. The law enters into force on 1 January.""",
        [
            ("a fair day for the", "Jógvan Dam Heinesen"),
            ("For too long, the value", "Jógvan Dam Heinesen"),
            ("This law does not punish", "Jógvan Dam Heinesen"),
            ("a gamble with the livelihoods", "Sunnvá Joensen"),
            ("A trawler costs more than", "Sunnvá Joensen"),
            ("study the law carefully with", "Faroese Vessel Owners’ Association"),
            ("We will not accept that", "Bárður Niclasen"),
            ("modest by any international standard", "Rannvá Poulsen"),
            ("People speak as if the", "Rannvá Poulsen"),
            ("The companies will still hold", "Rannvá Poulsen"),
        ],
    ),
    (
        """Shrimp quota cut by 12 per cent as stock declines

NUUK – Greenland's government has cut next year's total allowable catch of northern shrimp off West Greenland by 12 per cent, following scientific advice that the stock has declined for a third consecutive year.

The new quota of 97,000 tonnes was announced on Monday by Nukaaka Lyberth, the Naalakkersuisoq (minister) for Fisheries and Hunting.

"It is never easy to reduce a quota, but the advice from our own scientists is clear, and we have to follow it," Lyberth said at a press conference in Nuuk. "If we fish the stock down now, there will be nothing left for our children to fish."

The advice is based on the annual survey by the Greenland Marine Research Centre, whose report "Northern Shrimp in West Greenland Waters: Stock Status and Advice" found that the biomass of large female shrimp had fallen to its lowest level in more than a decade.

The shrimp fishery is Greenland's most important source of export income, accounting for around 40 per cent of the value of the country's seafood exports.

The cut was criticised by the offshore fleet. Aputsiaq Kleist, director of the Association of Greenlandic Offshore Vessel Owners, said the scientists had underestimated how much shrimp was on the fishing grounds.

"Our captains see shrimp on the grounds. They are not seeing the collapse that the model shows," Kleist said.

He added: "We respect the advice, but we have asked for an independent review of the survey method, and we have not had an answer yet."

Lyberth said she was open to an external review but that it would not change next year's quota.

For the inshore fleet, which fishes mainly in the bays and fjords north of Nuuk, the cut comes on top of a poor season.

A fisherman in Saattuarsuk, a settlement of around 200 people, who asked not to be named because he sells his catch to one of the companies affected, said the reduction would be felt "in every house in the settlement."

"The big trawlers can go further north or fish something else. We cannot. We have one boat, and we have the shrimp," he said.

Qajaq Seafood A/S, which runs the shrimp factory in Saattuarsuk, said in a statement that it expected to reduce the number of shifts at the plant "in the first months of the year" but that no permanent job cuts were planned.

The inshore quota will be set separately by the government in December.""",
        [
            ("It is never easy to", "Nukaaka Lyberth"),
            ("If we fish the stock", "Nukaaka Lyberth"),
            ("Our captains see shrimp on", "Aputsiaq Kleist"),
            ("We respect the advice, but", "Aputsiaq Kleist"),
            ("in every house in the", "fisherman in Saattuarsuk"),
            ("The big trawlers can go", "fisherman in Saattuarsuk"),
            ("in the first months of", "Qajaq Seafood A/S"),
        ],
    ),
    (
        """Coast Guard to lay up patrol ship as budget shortfall bites

The Icelandic Coast Guard will take one of its offshore patrol ships out of service for at least four months this year because of a shortfall in its operating budget, the agency's director has confirmed.

The patrol ship Skuld will be tied up in Reykjavík from the end of February until the end of June, leaving the Coast Guard with a single ship at sea for most of that period, according to a letter sent to staff on Tuesday.

In the letter, Director Sigrún Baldursdóttir described the decision as "the least bad of several bad options".

"We have looked at every line in the budget. The ships are the largest cost we can control in the short term, and fuel has not become cheaper as we had hoped," she wrote.

Speaking to reporters at the Coast Guard's base on Wednesday, Baldursdóttir said Skuld would be kept ready to return to duty at short notice if needed.

"Nobody should think that the waters around Iceland will be unprotected. We will still have a ship at sea at all times, and the helicopters and the surveillance aircraft are not affected.

"But I will not pretend this is good. A ship tied up in harbour does not rescue anyone, and it does not catch anyone fishing illegally inside our zone."

The Coast Guard's budget for the year is around ISK 6.1 billion, the same in nominal terms as last year. The agency has said fuel and maintenance costs have risen by close to 20 per cent over the past two years.

Minister of Justice Kjartan Eiríksson, whose ministry oversees the Coast Guard, said on Wednesday that talks were under way with the Ministry of Finance and that he hoped to find "a solution before the summer season begins". He did not say whether additional funding would be made available.

The Union of Icelandic Ship Officers reacted angrily. Its chairman, Þröstur Ingason, said: "This is the third time in eight years that a ship has been laid up to save money. Every time we are told it is temporary, and every time it becomes normal."

Ingason said crew members on Skuld had been told they would be moved to the agency's other ship or to shore duties "where it is possible to do so", but that some temporary contracts would not be renewed.

Opposition MP Helga Rún Ólafsdóttir of the Coastal Alliance wrote on Facebook that the government was "running the Coast Guard like a hobby, not a rescue service".

The Coast Guard is responsible for search and rescue in an area of about 1.9 million square kilometres, as well as fisheries inspection within Iceland's 200-mile exclusive economic zone.""",
        [
            ("the least bad of several", "Sigrún Baldursdóttir"),
            ("We have looked at every", "Sigrún Baldursdóttir"),
            ("Nobody should think that the", "Sigrún Baldursdóttir"),
            ("But I will not pretend", "Sigrún Baldursdóttir"),
            ("a solution before the summer", "Kjartan Eiríksson"),
            ("This is the third time", "Þröstur Ingason"),
            ("where it is possible to", "Þröstur Ingason"),
            ("running the Coast Guard like", "Helga Rún Ólafsdóttir"),
        ],
    ),
    (
        """Norðlaks profit slides as lice treatments weigh on Faroese salmon farmer

By Martin Holm

Faroese salmon farmer Norðlaks Sp/f reported a sharp fall in third-quarter earnings on Thursday, as higher sea lice treatment costs at its northern sites outweighed a rise in harvest volumes.

Operational EBIT came in at DKK 212 million (€28.4m) for the quarter, down from DKK 301m a year earlier. Harvest volumes rose to 18,400 tonnes gutted weight, from 16,900 tonnes.

Operational EBIT per kilo fell to DKK 11.52 from DKK 17.81.

"The quarter was marked by higher biological costs, mainly in the northern fjords, where we had to treat more often than we planned," CEO Herálvur Mikkelsen said in the quarterly report.

The company said it had "taken decisive steps to reduce lice pressure" ahead of next year, including fallowing two sites in Norðfjørður for an extended period and chartering a second freshwater treatment vessel.

Speaking on a conference call with analysts, Mikkelsen said he expected margins to improve.

"We expect the fourth quarter to be better. Prices have come down from the summer, but our costs are coming down faster," he said.

The company kept its harvest guidance for the full year unchanged at 72,000 tonnes and said it expected to harvest 78,000 tonnes next year.

Jonas Strand, seafood analyst at Fjordline Securities in Bergen, said the figures were "slightly below consensus" but described the volume guidance as "reassuring for the coming year".

"The cost problem looks like a northern-fjord problem rather than a company-wide one, and that is the better of the two outcomes," Strand wrote in a note to clients.

Mikkelsen also repeated his criticism of changes to the Faroese resource tax on salmon farming, which raised the top rate from 5% to 7% of export value earlier this year.

"The new tax model takes away money we would have invested in the Faroes, in smolt capacity and in processing," he said. "We are not asking for special treatment, only for predictability."

A Faroese government official, who was not authorised to speak publicly on the matter, said the tax rate was "not up for discussion this year" and that any review would come after the next parliamentary election.

Norðlaks shares rose 1.8% in Oslo trading by midday.""",
        [
            ("The quarter was marked by", "Herálvur Mikkelsen"),
            ("taken decisive steps to reduce", "Norðlaks Sp/f"),
            ("We expect the fourth quarter", "Herálvur Mikkelsen"),
            ("slightly below consensus", "Jonas Strand"),
            ("reassuring for the coming year", "Jonas Strand"),
            ("The cost problem looks like", "Jonas Strand"),
            ("The new tax model takes", "Herálvur Mikkelsen"),
            ("We are not asking for", "Herálvur Mikkelsen"),
            ("not up for discussion this", "Faroese government official"),
        ],
    ),
    (
        """Greenland tightens rules for expedition cruise ships after fjord grounding

By Line Mortensen

Ships carrying more than 100 passengers in East Greenland will have to sail in pairs and carry an experienced ice pilot from next season, the Government of Greenland announced on Friday, three months after an expedition cruise vessel ran aground in a remote fjord with 206 passengers on board.

The new requirements, set out in an executive order published by the Ministry of Infrastructure, also oblige operators to file detailed voyage plans with the Greenland Maritime Safety Agency at least 72 hours before entering waters north of the Arctic Circle on the east coast.

"The Arctic is not a theme park, and the sea off East Greenland is among the most difficult waters in the world," Minister for Infrastructure Malik Berthelsen said in a press release. "If something goes wrong there, help is many hours away, sometimes days."

The expedition ship "Nordic Aurora" struck an uncharted shoal in Kangerluk Fjord on August 14 and remained stuck for almost 40 hours before it was refloated on a rising tide. No one was injured, and the passengers were later transferred to a sister ship.

The vessel's operator, Polar Horizon Expeditions, said in a statement at the time that passengers and crew "were at no point in danger".

Not everyone on board agreed. Ursula Henning, a retired teacher from Hamburg who was travelling with her husband, said the crew had handled the situation calmly but that the waiting had been frightening.

"You sit in the lounge and you feel the whole ship leaning, and nobody can tell you when you will move again," she said. "I would not call that no danger."

A senior officer at the regional rescue coordination centre in Nuuk, who asked not to be named because he was not authorised to speak to the media, said the nearest vessel capable of evacuating all passengers had been more than a day's sailing away.

"We were lucky with the weather. If the wind had turned, we would have had a very different situation," he said.

The Arctic Expedition Operators' Forum, which represents most of the companies sailing in Greenland, said it "supports clear and predictable rules" but raised concerns about the requirement to sail in pairs.

Its executive director, Kristin Aasland, said the rule could double costs for smaller operators. "Safety is our first priority, and our members have a good record," she said. "But a rule that only the largest companies can afford does not necessarily make the sea safer."

Berthelsen rejected that argument. Tourism in East Greenland, he said, could only grow "if people trust that we take safety seriously."

The number of cruise passengers visiting Greenland has roughly doubled over the past decade, driven partly by what the industry markets as "last-chance tourism" to see glaciers before they retreat.""",
        [
            ("The Arctic is not a", "Malik Berthelsen"),
            ("If something goes wrong there", "Malik Berthelsen"),
            ("were at no point in", "Polar Horizon Expeditions"),
            ("You sit in the lounge", "Ursula Henning"),
            ("I would not call that", "Ursula Henning"),
            ("We were lucky with the", "senior officer at the regional rescue coordination centre in Nuuk"),
            ("supports clear and predictable rules", "Arctic Expedition Operators' Forum"),
            ("Safety is our first priority", "Kristin Aasland"),
            ("But a rule that only", "Kristin Aasland"),
            ("if people trust that we", "Malik Berthelsen"),
        ],
    ),
    (
        """Greenland seeks higher price for EU fishing access as talks stall

NUUK, Greenland — Greenland is demanding substantially more money from the European Union in return for allowing European trawlers to fish in its waters, and negotiators from the two sides ended a third round of talks in Brussels this week without agreement.

The current fisheries partnership agreement, under which the EU pays about 16.5 million euros ($18 million) a year for access to cod, Greenland halibut, redfish and other stocks, expires at the end of the year. If no new deal is reached, EU vessels would have to leave Greenlandic waters on Jan. 1.

Greenland's chief negotiator, Inunnguaq Olsen, said the island's government was no longer willing to accept what he described as "a price set in another era."

"The value of these fish has gone up, fuel has gone up, everything has gone up. Only the payment for our fish has stayed the same," Olsen said in an interview in Nuuk on Thursday. "We are a small country, but we are not a cheap one."

He declined to say how much Greenland was asking for, but two people familiar with the negotiations said the Greenlandic side had proposed roughly doubling the annual payment.

A spokeswoman for the European Commission said the EU remained "fully committed to a mutually beneficial agreement" and that the talks had been "constructive and detailed." She said a fourth round was planned for November.

An EU diplomat, speaking on condition of anonymity because the negotiations are confidential, was less diplomatic. "They are asking for a price that no member state fleet can pay and still make money," the diplomat said. "If the number does not move, there will be no deal, and both sides will lose."

Fishing rights have long been a sensitive issue in Greenland, which left the European Economic Community in 1985, largely over control of its fisheries, while remaining part of the Danish realm.

Some Greenlandic politicians argue the island should sell more of its quota to companies from other countries or land more of the catch locally.

"Every tonne that the European trawlers take is a tonne that could be landed and processed in Greenland," said Aviaja Frederiksen, a member of parliament for the opposition Inuit Forward party who sits on the fisheries committee. "I would rather see jobs in our towns than a check from Brussels every January."

Olsen said Greenland was not seeking to end cooperation with the EU, which remains by far its largest export market.

"We want a partnership," he said. "But a partnership means both partners feel it is fair."

The next round of talks is expected to take place in Nuuk.""",
        [
            ("a price set in another", "Inunnguaq Olsen"),
            ("The value of these fish", "Inunnguaq Olsen"),
            ("We are a small country", "Inunnguaq Olsen"),
            ("fully committed to a mutually", "spokeswoman"),
            ("constructive and detailed.", "spokeswoman"),
            ("They are asking for a", "EU diplomat"),
            ("If the number does not", "EU diplomat"),
            ("Every tonne that the European", "Aviaja Frederiksen"),
            ("I would rather see jobs", "Aviaja Frederiksen"),
            ("We want a partnership,", "Inunnguaq Olsen"),
            ("But a partnership means both", "Inunnguaq Olsen"),
        ],
    ),
    (
        """Islanders demand answers as ferry harbour silts up again

By Katrín Jónsdóttir

Residents of Útey, the small island off Iceland’s south coast, have demanded an urgent meeting with the government after the island’s ferry was unable to use its mainland harbour for the ninth time since January.

The ferry Eyjaskel, which carries up to 1,200 passengers a day in summer, has been forced to divert to Hafnarvík, turning a 40-minute crossing into a three-hour one, because sand has built up at the entrance to Sandfjara harbour.

At a packed meeting in the island’s community hall on Tuesday evening, mayor Elín Magnúsdóttir said the islanders’ patience had run out.

‘We have been told for ten years that the harbour will be fixed next season,’ she said. ‘Next season never comes. Our children miss school, our old people miss hospital appointments and our fish misses the market.’

She said the town council would write to the infrastructure minister demanding ‘a date, a budget and a plan, in that order’.

A spokesman for the Icelandic Harbour and Coastal Authority, which is responsible for the harbour, said dredging would resume ‘as soon as sea conditions allow’.

‘The sea state at the harbour mouth has been too rough for the dredger on most days since the new year,’ he said. ‘We understand the frustration on the island, and we share it.’

The authority is due to publish a review of long-term options, titled ‘Sandfjara Harbour: Future Access Study’, in the autumn.

Many islanders are sceptical. One fish processing worker, who did not want to be named, said: ‘Every study says the same thing, and then nothing happens. They should ask the people who actually live here.’

Captain Sigurður Hafsteinsson, who has skippered the Eyjaskel since it entered service, said his crew were doing ‘everything humanly possible’ to keep the service running.

‘We try the harbour every morning. If it is safe, we go in. If it is not, I will not risk the ship and the passengers for the sake of a timetable,’ he said.

The diversions have also caused long queues of cars at Hafnarvík. A police officer at the ferry terminal described the weekend traffic as ‘the worst I have seen in twenty years’.

Ólafur Bergsson, a member of parliament for the South constituency, wrote on Facebook that the situation had become ‘a national embarrassment’ and called for the harbour to be included in the government’s five-year transport plan.

The infrastructure ministry said it would respond to the council’s letter ‘in due course’.""",
        [
            ("We have been told for", "Elín Magnúsdóttir"),
            ("Next season never comes.", "Elín Magnúsdóttir"),
            ("a date, a budget and", "Elín Magnúsdóttir"),
            ("as soon as sea conditions", "spokesman"),
            ("The sea state at the", "spokesman"),
            ("We understand the frustration on", "spokesman"),
            ("Every study says the same", "fish processing worker"),
            ("everything humanly possible", "Sigurður Hafsteinsson"),
            ("We try the harbour every", "Sigurður Hafsteinsson"),
            ("the worst I have seen", "police officer at the ferry terminal"),
            ("a national embarrassment", "Ólafur Bergsson"),
            ("in due course", "infrastructure ministry"),
        ],
    ),
]
