CASES = [
    (
        """Cyprus rivals agree to work on new crossings, widen search for missing

By Elena Charalambous

NICOSIA, March 12 - Greek Cypriot and Turkish Cypriot negotiators agreed on Tuesday to resume technical talks on opening two new crossing points along the U.N.-controlled buffer zone, the first concrete step in the island's stalled reunification process in nearly two years.

The agreement came after a three-hour meeting at the United Nations compound near the disused Nicosia airport, hosted by the world body's special envoy, Marguerite Oyelaran-Dufresne.

"This is a modest step, but it is a step," Oyelaran-Dufresne told reporters after the meeting. "Both sides showed that they can still sit in the same room and produce something people will feel in their daily lives."

Greek Cypriot negotiator Andreas Kyprianides said the crossings, near the villages of Ayios Therapon and Pano Kalyvia, "could be operational before the summer if the political will holds", but cautioned that funding and staffing had yet to be agreed.

"We have not solved the Cyprus problem today, and nobody should pretend that we have," he said.

His Turkish Cypriot counterpart, Mehmet Ali Sonmezer, struck a more guarded tone, saying progress on crossings must not be "used as a substitute for recognising the realities on the island".

"Our position is well known. Cooperation on practical matters is welcome, but it can only take place between two equal sides," Sonmezer said in a written statement.

The two sides also agreed to give investigators from the Bi-communal Commission on the Disappeared access to six sites inside military zones in the north, where the remains of people missing since the fighting of the 1960s and 1974 are believed to be buried.

The commission said in a statement that the decision "brings new hope to families who have waited half a century for a grave to visit".

A diplomat in Nicosia familiar with the talks said the text had been "largely finished a week ago" but was held up over the wording on military areas.

"Everyone wanted something to show before the European summit. In the end the drafting was the easy part," the diplomat said, speaking on condition of anonymity because he was not authorised to discuss the negotiations.

Cyprus has been divided since 1974, when Turkey invaded in response to a brief Greek-inspired coup. A Turkish Cypriot breakaway state in the north is recognised only by Ankara. The last round of formal U.N.-sponsored negotiations collapsed in 2017.

Civic groups that campaign for more crossings gave the announcement a cautious welcome. Nilüfer Ekincioğlu, a co-founder of the bi-communal group Open Line, said people on both sides were "tired of announcements that change nothing".

"We will believe it when we can drive through," she said.""",
        [
            ("This is a modest step,", "Marguerite Oyelaran-Dufresne"),
            ("Both sides showed that they", "Marguerite Oyelaran-Dufresne"),
            ("could be operational before the", "Andreas Kyprianides"),
            ("We have not solved the", "Andreas Kyprianides"),
            ("used as a substitute for", "Mehmet Ali Sonmezer"),
            ("Our position is well known.", "Mehmet Ali Sonmezer"),
            ("brings new hope to families", "Bi-communal Commission on the Disappeared"),
            ("largely finished a week ago", "diplomat in Nicosia familiar with the talks"),
            ("Everyone wanted something to show", "diplomat in Nicosia familiar with the talks"),
            ("tired of announcements that change", "Nilüfer Ekincioğlu"),
            ("We will believe it when", "Nilüfer Ekincioğlu"),
        ],
    ),
    (
        """Reservoirs at 18 per cent as farmers demand compensation

By Nikolas Theodoulou

Reservoirs are holding just 18.4 per cent of their capacity, the water development department said on Monday, as farmers warned that thousands of hectares of citrus and potatoes could be lost this summer.

Appearing before the House agriculture committee, the department's director Chrystalla Pavlidou-Neophytou said the figure was the lowest recorded for the month of March since 2008.

"We are planning for the worst and hoping for something better," she told MPs. "If we do not see significant rainfall by the end of April, cuts to irrigation supplies of 40 per cent or more are unavoidable."

Household supplies would not be affected for now, she said, because desalination plants were covering most of the demand in Nicosia, Larnaca and Limassol.

Committee chairman Stelios Hadjiloizou accused successive governments of "sitting on their hands" while the island's water crisis deepened.

"We have been hearing about new desalination units since 2008. Every summer there is a new announcement and every winter we are back here counting the drops. Where are the units?" he said.

Panayiotis Economides, secretary-general of the Union of Mesaoria Growers, said potato farmers in the red-soil villages of the southeast were already drawing on private boreholes that were turning salty.

"This is not farming any more, it is survival," Economides told the committee. "Some of our members have sold their equipment to pay last year's debts."

He called for compensation to be paid immediately, and "not promises in June when the crop is already dead".

Agriculture Minister Loukia Stylianou-Marcou, who did not attend the session, said later that the government was "examining all options", including the lease of a mobile desalination unit for irrigation in the Larnaca district.

"I understand the frustration of farmers and I want them to know that we are not ignoring them," the minister said on the sidelines of an event in Limassol. She added that a support package would be submitted to cabinet "within the next few weeks".

One official at the department, who asked not to be named, said the department had repeatedly asked for funding to repair leaking networks. "Between a quarter and a third of the water we send out is lost before it reaches a tap or a field. Everyone knows this," the official said.

Environmental group Green Shield Cyprus said in a statement that authorities had "ignored warnings for more than a decade".

"Drought is no longer the exception in Cyprus. It is the climate we live in, and water planning must start reflecting that," the statement said.

Under existing rules, the cabinet must approve any cuts to irrigation quotas. A decision is expected in early May.""",
        [
            ("We are planning for the", "Chrystalla Pavlidou-Neophytou"),
            ("If we do not see", "Chrystalla Pavlidou-Neophytou"),
            ("sitting on their hands", "Stelios Hadjiloizou"),
            ("We have been hearing about", "Stelios Hadjiloizou"),
            ("This is not farming any", "Panayiotis Economides"),
            ("Some of our members have", "Panayiotis Economides"),
            ("not promises in June when", "Panayiotis Economides"),
            ("examining all options", "Loukia Stylianou-Marcou"),
            ("I understand the frustration of", "Loukia Stylianou-Marcou"),
            ("within the next few weeks", "Loukia Stylianou-Marcou"),
            ("Between a quarter and a", "official at the department"),
            ("ignored warnings for more than", "Green Shield Cyprus"),
            ("Drought is no longer the", "Green Shield Cyprus"),
        ],
    ),
    (
        """Mayor vows legal fight over port transfer: 'This coast belongs to the people'

İZMİR

The mayor of the Aegean resort town of Yalıçam has vowed to challenge in court a government decision to transfer the operating rights of its historic harbor to a private consortium, escalating a dispute that has pitted the opposition-run municipality against Ankara.

"This coast belongs to the people of Yalıçam, not to a company whose owners we do not even know," Mayor Selin Karaosmanoğlu told a packed press conference on June 4.

Karaosmanoğlu, of the opposition Halkın Sesi Party (HSP), said the municipality's lawyers had applied to an administrative court in İzmir for a stay of execution, describing the tender process as "rushed, opaque and politically motivated."

"We learned about this decision from the Official Gazette. Nobody asked us, nobody asked the fishermen, nobody asked the shopkeepers," she said.

Under the decision published last month, a consortium named Egekıyı Marina Yatırım will operate the harbor for 49 years and build a marina with capacity for 350 yachts, a hotel and a shopping area.

The General Directorate of Coastal Facilities said in a written statement that the project would bring "much-needed investment" to a harbor that had been "neglected for years by local administrations."

"The project will create at least 300 jobs and will not restrict public access to the waterfront in any way," the statement said.

Hakan Bayraktaroğlu, a ruling party lawmaker from the province, accused the mayor of "playing politics with investment and jobs."

"The mayor should explain to the people why the harbor has been crumbling under her own administration," he told reporters at Parliament in Ankara.

The head of the local fishermen's cooperative, Ramazan Çelikkol, said his 40 members had received no information about where they would moor their boats once construction begins.

"Forty boats work out of this harbor. Where will we go? Nobody has given us an answer," Çelikkol said.

He added: "We are not against investment. We are against being erased."

Lawyers said the municipality faces an uphill battle. Deniz Okyay, an attorney specializing in zoning law, said courts had occasionally halted similar projects when environmental assessments were found to be lacking.

"If the municipality can show that the environmental impact report skipped key steps, a stay is possible," Okyay said. "But general objections about public interest rarely succeed on their own."

Residents have called a protest on the harbor front for June 9. According to the organizers, more than 3,000 people have signed a petition titled "Our Harbor, Our Future.\"""",
        [
            ("This coast belongs to the", "Selin Karaosmanoğlu"),
            ("This coast belongs to the", "Selin Karaosmanoğlu"),
            ("rushed, opaque and politically", "Selin Karaosmanoğlu"),
            ("We learned about this decision", "Selin Karaosmanoğlu"),
            ("much-needed investment", "General Directorate of Coastal Facilities"),
            ("neglected for years by local", "General Directorate of Coastal Facilities"),
            ("The project will create at", "General Directorate of Coastal Facilities"),
            ("playing politics with investment and", "Hakan Bayraktaroğlu"),
            ("The mayor should explain to", "Hakan Bayraktaroğlu"),
            ("Forty boats work out of", "Ramazan Çelikkol"),
            ("We are not against investment.", "Ramazan Çelikkol"),
            ("If the municipality can show", "Deniz Okyay"),
            ("But general objections about public", "Deniz Okyay"),
        ],
    ),
    (
        """Psaronisi mayor appeals for help as arrivals surge

The mayor of Psaronisi, a small island in the eastern Aegean with fewer than 900 permanent residents, appealed to the government on Wednesday for emergency support after more than 400 migrants came ashore in the space of five days.

“We have no facility, no doctor on duty at night and two police officers,” Mayor Irini Vlachopoulou said by telephone. “Fishermen pulled people out of the water last week with their own hands. The islanders have always helped, but you cannot run a reception center out of a town hall.

“I have written to the ministry three times since March. I am still waiting for an answer.”

Most of the new arrivals, who were found along the island’s rocky northern coast, were transferred on Tuesday night by coast guard vessel to a reception center on a larger neighboring island. About 60 people, including at least 15 children, remained in the island’s former primary school on Wednesday.

Migration Minister Dimitris Kalogeropoulos said additional staff and supplies would reach the island “within the next 48 hours.”

“The situation is under control, but we are not complacent. Smuggling networks are testing new routes and we are adapting accordingly,” he told reporters in Athens.

A senior coast guard officer, speaking on condition of anonymity, said smugglers had switched in recent weeks to powerful speedboats launched from the Turkish coast opposite.

“They drop people a few hundred meters from the rocks and are back in Turkish waters within minutes,” the officer said, adding that the boats were “almost impossible to intercept at night.”

Volunteers from the Aegean Solidarity Network, a nongovernmental organization, said conditions at the school fell far short of minimum standards.

“People slept on the floor of the gym. There were children with fevers and the nearest pediatrician is a two-hour boat ride away,” said Sofia Mantzourani, a coordinator with the group.

The opposition was quick to seize on the situation. Nikos Farmakidis, a lawmaker with the leftist New Left Front, accused the government of having “left the small islands to fend for themselves” while focusing resources on larger hubs.

“Every summer the ministry is surprised by something that everyone on the ground predicted in spring,” Farmakidis said in Parliament.

According to ministry figures, arrivals on the eastern Aegean islands rose by 38 percent in the first half of the year compared with the same period last year, although they remain far below the levels of 2015 and 2016.

Vlachopoulou said she would travel to Athens next week to meet ministry officials. “I am not asking for miracles,” she said. “I am asking for a doctor and a roof.”""",
        [
            ("We have no facility, no", "Irini Vlachopoulou"),
            ("Fishermen pulled people out of", "Irini Vlachopoulou"),
            ("I have written to the", "Irini Vlachopoulou"),
            ("within the next 48 hours.", "Dimitris Kalogeropoulos"),
            ("The situation is under control,", "Dimitris Kalogeropoulos"),
            ("They drop people a few", "senior coast guard officer"),
            ("almost impossible to intercept at", "senior coast guard officer"),
            ("People slept on the floor", "Sofia Mantzourani"),
            ("left the small islands to", "Nikos Farmakidis"),
            ("Every summer the ministry is", "Nikos Farmakidis"),
            ("I am not asking for", "Irini Vlachopoulou"),
            ("I am asking for a", "Irini Vlachopoulou"),
        ],
    ),
    (
        """Turkey sends survey ship to disputed waters, Greece protests

ANKARA, Aug 21 - Turkey dispatched a seismic research vessel on Wednesday to an area of the eastern Mediterranean that Greece says lies on its continental shelf, reviving a maritime dispute that had been largely dormant since the two NATO allies began a cautious rapprochement last year.

The Kaptan Nuri Bey left port in Mersin province early on Wednesday and will conduct surveys until Sept. 10 in an area south of the Greek island of Ftelia, according to a navigational alert issued by Turkish authorities.

"Turkey is exercising its sovereign rights on its own continental shelf, nothing more and nothing less," Energy Minister Kemal Sezer said at a ceremony in Ankara. "We do not seek tension, but we will not ask anyone's permission to explore our own waters."

The Greek foreign ministry called the move "an unnecessary provocation" and said it had summoned the Turkish ambassador in Athens to lodge a formal protest.

"Greece will defend its sovereign rights with calm and determination, in full accordance with international law," the ministry said in a statement, adding that Athens had briefed its European partners.

Government spokeswoman Anastasia Drosou told reporters that Athens would not be "dragged into a cycle of escalation", but declined to say whether navy ships had been sent to shadow the vessel.

A Greek defence source said two frigates had been placed on heightened readiness in the southeastern Aegean.

"We are watching every movement. There is no reason for alarm, but there is also no reason to be naive," the source said.

Ankara argues that small islands close to its coast should not generate full maritime zones, a position promoted by nationalist commentators under the banner of the "Blue Homeland" doctrine. Athens says the claims have no basis in the U.N. Convention on the Law of the Sea, which Turkey has not signed.

Selim Aydınlı, an energy analyst at the Istanbul-based Center for Maritime and Energy Studies, said the timing of the mission appeared linked more to politics than to geology.

"Nobody seriously expects to find gas in that particular block. This is a message, not an exploration campaign," Aydınlı said. "The question is whether Athens answers with a message of its own or simply picks up the phone."

In Nicosia, Cypriot Foreign Minister Christodoulos Antoniades said the mission "fits a familiar pattern" and called on the European Union to respond with "more than words".

The deployment comes weeks before the Greek and Turkish leaders are due to meet on the sidelines of a regional summit. A Turkish diplomatic source said the meeting was still on. "Channels are open. Nobody wants to return to 2020," the source said.

In the summer of 2020, Greek and Turkish warships shadowed each other for weeks near an earlier Turkish survey mission, and two frigates collided in a minor incident.""",
        [
            ("Turkey is exercising its sovereign", "Kemal Sezer"),
            ("We do not seek tension,", "Kemal Sezer"),
            ("an unnecessary provocation", "Greek foreign ministry"),
            ("Greece will defend its sovereign", "Greek foreign ministry"),
            ("dragged into a cycle of", "Anastasia Drosou"),
            ("We are watching every movement.", "Greek defence source"),
            ("Nobody seriously expects to find", "Selim Aydınlı"),
            ("The question is whether Athens", "Selim Aydınlı"),
            ("fits a familiar pattern", "Christodoulos Antoniades"),
            ("more than words", "Christodoulos Antoniades"),
            ("Channels are open. Nobody wants", "Turkish diplomatic source"),
        ],
    ),
    (
        """North's power cuts spark protest as 'government' blames ageing plant

By Daniel Reeve

Hundreds of people protested outside the headquarters of the north's electricity authority on Thursday evening after a third consecutive day of rolling power cuts left homes and businesses without electricity for up to six hours at a time, with temperatures topping 42C.

Protesters banged pots and pans and chanted slogans against the ruling coalition, while riot police looked on. No arrests were reported.

Turkish Cypriot 'prime minister' Huseyin Kartaloglu blamed the cuts on the breakdown of two ageing generators at the north's main power station and said a floating power plant had been leased from Turkey to cover the shortfall.

"We inherited a power station that nobody invested in for twenty years. We are fixing in months what others neglected for decades," Kartaloglu told reporters after an emergency meeting of the 'cabinet'. "I ask our people for a little more patience."

The floating unit was expected to arrive "within ten days", he said, and would be connected to the grid soon after.

Opposition Social Democratic Union (SDB) leader Ayse Gurkan said the 'government' had "run out of excuses".

"The generators did not break down yesterday. Everyone knew they were failing, and this 'government' chose to spend the money elsewhere," Gurkan said.

She called for early elections, saying the coalition had "lost the right to govern" and that its members should "at least have the decency to stand aside".

The Northern Hoteliers' Union said in a statement that several hotels had been forced to run diesel generators around the clock "at enormous cost", and warned of cancellations at the height of the season.

"Tourists do not come to Cyprus to sit in the dark. Every cancellation we receive this week will cost the economy for years," the statement said.

In the old town of north Nicosia, traders counted their losses. One shopkeeper, who did not want to be named, said he had thrown away most of his stock. "I lost a freezer full of ice cream on Tuesday and another on Wednesday. Who is going to pay me?" he said.

The authority's workers' union, Kibel-Sen, said its members were being unfairly blamed for the crisis.

"Our members are working 16-hour shifts to keep the system alive. They are not the ones who should be shouted at," union leader Mustafa Dervis Ozkan said.

The north's grid is not connected to the electricity network in the Republic, and proposals to link the two have repeatedly stalled over political objections. The Turkish Cypriot 'parliament' is due to debate the crisis on Monday.""",
        [
            ("We inherited a power station", "Huseyin Kartaloglu"),
            ("I ask our people for", "Huseyin Kartaloglu"),
            ("within ten days", "Huseyin Kartaloglu"),
            ("run out of excuses", "Ayse Gurkan"),
            ("The generators did not break", "Ayse Gurkan"),
            ("lost the right to govern", "Ayse Gurkan"),
            ("at least have the decency", "Ayse Gurkan"),
            ("at enormous cost", "Northern Hoteliers' Union"),
            ("Tourists do not come to", "Northern Hoteliers' Union"),
            ("I lost a freezer full", "shopkeeper"),
            ("Our members are working 16-hour", "Mustafa Dervis Ozkan"),
        ],
    ),
    (
        """Wildfire forces evacuation of villages in western Peloponnese

A wildfire fanned by strong winds forced the evacuation of four villages in the western Peloponnese on Sunday, as more than 200 firefighters backed by water-dropping aircraft battled the blaze for a second day.

The fire broke out on Saturday afternoon in scrubland near the village of Ano Sykies, in the prefecture of Ilia, and spread quickly through olive groves and pine forest toward the coast.

"The next 24 hours are critical. The winds are expected to reach 7 Beaufort in the afternoon and the fronts are moving through very difficult terrain," Fire Service spokesman Konstantinos Yannakopoulos said in a televised briefing.

He said four villages - Ano Sykies, Kato Sykies, Palaiopyrgos and Agios Charalambos - had been evacuated as a precaution and that residents had been moved to hotels in the nearby coastal town of Kyllini Nea.

No injuries had been reported by Sunday evening, though several houses and farm buildings were damaged, according to the local municipality.

Deputy Mayor Giorgos Lambropoulos said crews had fought through the night to keep the flames away from homes. "We saved the villages, but we lost the olive groves that families have looked after for generations," he said. "For many people here, that is their whole income."

Civil Protection Minister Angelos Theodorakis, who flew to the area on Sunday morning, said the state would compensate affected farmers "quickly and without bureaucracy."

"I am not going to make promises here that cannot be kept. What I can say is that the first payments will come within weeks, not years," he told reporters at the operations center.

Residents who had refused to leave their homes described a terrifying night. "The fire came down the hill like a train. We stayed to water the garden and the roof, but when the smoke came we could not breathe," said Maria, a 67-year-old resident of Kato Sykies who gave only her first name.

Another resident, who declined to be named, complained that aircraft had arrived too late. "For three hours we saw only smoke and heard nothing. Then, when it was already at the houses, they came," he said.

The Fire Service said in a statement that aerial means were deployed "as soon as conditions permitted" and that strong winds had grounded some helicopters for part of Saturday evening.

Experts have warned that Greece's fire season is getting longer. Eleni Tsatsou, a researcher at the Ionian Institute for Climate Studies, said the area had received less than half its usual rainfall since January.

"Vegetation is extremely dry for June. We are seeing conditions that we used to expect in late August," Tsatsou said.

Police said they had opened an investigation into the cause of the fire.""",
        [
            ("The next 24 hours are", "Konstantinos Yannakopoulos"),
            ("We saved the villages, but", "Giorgos Lambropoulos"),
            ("For many people here, that", "Giorgos Lambropoulos"),
            ("quickly and without bureaucracy.", "Angelos Theodorakis"),
            ("I am not going to", "Angelos Theodorakis"),
            ("The fire came down the", "Maria"),
            ("For three hours we saw", "resident"),
            ("as soon as conditions permitted", "Fire Service"),
            ("Vegetation is extremely dry for", "Eleni Tsatsou"),
        ],
    ),
    (
        """Turkish visitors fill Greek islands as visa scheme enters third summer

By Katerina Nikolaidou

AMMONISI, Greece - Ferry operators and hoteliers on Greek islands facing the Turkish coast reported a record start to the season this week, as a scheme allowing Turkish citizens to obtain a seven-day visa on arrival entered its third summer.

More than 6,200 Turkish visitors arrived on Ammonisi in the first ten days of June, according to figures from the island's port authority, nearly double the number for the same period two years ago.

'Our phones have not stopped ringing since Easter,' said Vasilis Koutsoudis, who runs a 40-room hotel overlooking the harbour. 'Half of our bookings for June are from Turkey. Ten years ago that would have been unthinkable.'

The scheme, agreed by Athens and Ankara as part of a broader thaw in relations, applies to a dozen islands in the eastern Aegean. Visitors submit their details online before travel and have their passports stamped at the port.

Tourism Minister Eftychia Mavrogordatou has described the programme as 'one of the clearest examples of what cooperation can achieve'.

'People who spend a week in each other's towns, eat in each other's tavernas and swim on each other's beaches do not easily see each other as enemies,' she told a tourism conference in Athens on Tuesday.

On the other side of the strait, in the Turkish port town of Ilıcaköy, demand has also surged. Emre Tunalı, general manager of ferry operator Aegean Blue Lines, said: 'Ticket sales are up about 30 per cent on last year, and most of our customers are families who have never been to Greece before.'

Aegean Blue Lines said it would add a third daily sailing from July. 'Demand on the afternoon crossings is well above capacity,' the company said.

Not everyone on Ammonisi is celebrating. Stavroula Pappa, an opposition member of the municipal council, said the island's infrastructure was 'not built for this many people in one day'.

'On a Saturday in July the port is chaos, the water supply is stretched and the single health centre is overwhelmed,' she said. 'Nobody is against visitors. We are against planning nothing and hoping for the best.'

A senior official at the Greek migration ministry, who spoke on condition of anonymity, said security checks under the scheme were 'as strict as at any airport' and that fewer than 0.1 per cent of visitors had failed to return on time.

The Aegean Tour Operators' Association (EGETUR), which represents travel agencies on Turkey's western coast, said in a statement that it hoped the scheme would eventually be extended to 'all Greek islands and ultimately to the mainland'.

Relations between the two neighbours, which came close to armed conflict in 1996 and again in 2020, have improved markedly over the past two years, with ministers meeting regularly and a series of agreements on trade, tourism and civil protection.""",
        [
            ("Our phones have not stopped", "Vasilis Koutsoudis"),
            ("Half of our bookings for", "Vasilis Koutsoudis"),
            ("one of the clearest examples", "Eftychia Mavrogordatou"),
            ("People who spend a week", "Eftychia Mavrogordatou"),
            ("Ticket sales are up about", "Emre Tunalı"),
            ("Demand on the afternoon crossings", "Aegean Blue Lines"),
            ("not built for this many", "Stavroula Pappa"),
            ("On a Saturday in July", "Stavroula Pappa"),
            ("Nobody is against visitors.", "Stavroula Pappa"),
            ("as strict as at any", "senior official at the Greek migration ministry"),
            ("all Greek islands and ultimately", "Aegean Tour Operators' Association"),
        ],
    ),
]
