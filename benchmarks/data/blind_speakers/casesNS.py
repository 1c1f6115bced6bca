CASES = [
    (
        """Norway's Eldfjord Energy delays Skarvhaug gas start-up after compressor fault

OSLO, March 12 (Reuters) - Norwegian oil and gas producer Eldfjord Energy has postponed the start of production at its Skarvhaug gas field in the North Sea by at least three months after a compressor failed during testing, the company said on Tuesday.

The field, in which Eldfjord holds a 60% stake and acts as operator, had been due to begin output in April and to export about 4 million cubic metres of gas per day to continental Europe at plateau.

"We identified a fault in one of the export compressors during final commissioning, and we will not start up until we are fully confident in the equipment," Chief Executive Haldis Vangsnes said in a statement.

Eldfjord shares fell 4.2% by 1015 GMT, underperforming a flat Oslo benchmark index.

"It is disappointing, but this is the kind of problem you would rather find before first gas than after," said Trond Aukrust, an oil analyst at Nordvik Securities. He estimated the delay would cut the company's 2024 output by around 6%.

Fjellheim Markets said in a note to clients that the impact on the company's long-term valuation would be "limited", provided the new start-up date held.

The Skarvhaug partners, Danish utility Ostvind Energi and Norwegian state-backed investor Kvitberg Kapital, did not immediately respond to requests for comment.

Skarvhaug is one of several mid-sized developments approved in 2020 under temporary tax incentives that Norway's parliament introduced to keep investment flowing during the COVID-19 pandemic. Several of those projects have since faced cost overruns and delays as suppliers struggled to keep up with demand.

Vangsnes told analysts on a conference call that the compressor had been shipped back to its manufacturer for inspection and that a replacement unit was being prepared in parallel.

"We have two tracks running at the same time. If the repair is quick, we use the original unit. If not, the spare is ready," she said. "Either way, our base case is start-up before the end of July."

She declined to give a cost estimate for the repair, saying only that it was covered by warranty and would have "no material effect" on the project budget.

A spokeswoman for Norway's Ministry of Energy said the ministry had been informed of the delay and was "following the matter closely", but added that it did not expect any impact on the country's overall gas export volumes this year.

Norway became Europe's largest supplier of pipeline gas after Russia cut deliveries in 2022, and its output is closely watched by traders. Benchmark Dutch front-month gas prices rose 1.5% on Tuesday morning, though traders attributed most of the move to colder weather forecasts.

(Reporting by Kari Lunde; Editing by Simon Frere)""",
        [
            ("We identified a fault in", "Haldis Vangsnes"),
            ("It is disappointing, but this", "Trond Aukrust"),
            ("limited", "Fjellheim Markets"),
            ("We have two tracks running", "Haldis Vangsnes"),
            ("Either way, our base case", "Haldis Vangsnes"),
            ("no material effect", "Haldis Vangsnes"),
            ("following the matter closely", "spokeswoman"),
        ],
    ),
    (
        """Minister: Oil shale units to stay in reserve until 2030

Estonia will keep two of its oldest oil shale-fired power units available as reserve capacity until at least 2030, Minister of Climate Kristjan Pärnaste told the Riigikogu on Wednesday, reversing earlier plans to close them by 2026.

“Security of supply comes first. We are not going to dismantle capacity that we may need in a cold, windless week in January,” Pärnaste said in reply to a question from opposition MP Liisi Kõrvits.

The two units, at the Kivijärve power station in Ida-Viru County, are operated by state-owned Virumaa Energia. They have run only a few hundred hours a year since 2022, mainly during price spikes.

Kõrvits said the government had “no coherent plan” for the energy transition and accused the coalition of “changing course every six months.”

“In spring we were told the units would close. Now we are told they will stay. Businesses cannot plan investments on that basis,” she said.

Virumaa Energia said in a statement on Wednesday that keeping the units in reserve would cost around €38 million a year, to be covered through a fee on electricity consumers. “The reserve units will be dispatched only when the market cannot meet demand on its own,” the statement read.

Grid operator Põhivõrk, which recommended extending the units’ operation in a report published last month, welcomed the decision.

Marten Sild, head of system security at Põhivõrk, told ERR News that Estonia’s situation had changed since the Baltic states disconnected from the Russian-controlled power grid and synchronized with continental Europe in February.

“After synchronization we have more tools, but we also carry more responsibility for balancing our own system,” Sild said. “In the worst-case scenarios we modeled, the reserve units made the difference between managing a deficit and having to disconnect consumers.

“That is not a risk we would advise anyone to take.”

Environmental organization Roheline Tulevik criticized the move. Its head, Triin Lepik, called it “a step backwards” and said the money would be better spent on storage and demand response.

“Every euro we put into keeping oil shale alive is a euro we are not putting into batteries,” Lepik said.

The so-called “strategic reserve” will be reviewed every two years, Pärnaste said, adding that he would ask the Competition Authority to assess whether the fee structure was fair to households.""",
        [
            ("Security of supply comes first.", "Kristjan Pärnaste"),
            ("no coherent plan", "Liisi Kõrvits"),
            ("changing course every six months.", "Liisi Kõrvits"),
            ("In spring we were told", "Liisi Kõrvits"),
            ("The reserve units will be", "Virumaa Energia"),
            ("After synchronization we have more", "Marten Sild"),
            ("In the worst-case scenarios we", "Marten Sild"),
            ("That is not a risk", "Marten Sild"),
            ("a step backwards", "Triin Lepik"),
            ("Every euro we put into", "Triin Lepik"),
        ],
    ),
    (
        """Esbjerg shipping firm to cut 240 jobs as North Sea orders dry up

Danish offshore shipping company Vesterhav Marine will cut around 240 jobs at its Esbjerg headquarters and on board its vessels, the company announced on Thursday, blaming weak demand from the oil and gas sector and delays to offshore wind projects.

The cuts amount to roughly a fifth of the company's workforce in Denmark, according to a statement published on its website.

"This is a difficult day for Vesterhav and for the many skilled colleagues who will be affected," CEO Mads Brøndum Kjær said in the statement. "But we have to adjust the fleet to the market we actually have, not the one we hoped for two years ago."

The company operates 31 supply and service vessels, most of them in the Danish and Norwegian sectors of the North Sea. It said it would lay up six of its older ships and sell two.

Speaking to news agency Ritzau, Kjær said several offshore wind projects the company had counted on had been postponed after a government tender last year attracted no bids.

"We had vessels ready and crews trained. Then the projects simply didn't come," he said.

Esbjerg mayor Birgitte Holm Sørensen called the news "a hard blow" to the town, which has spent two decades building its identity around the energy industry.

"We will do everything we can to help those who lose their jobs find new work here in the region. The skills are not going to waste," she told local newspaper Vestjysk Dagblad.

Union Maritime Crew Denmark, which represents many of the affected seafarers, said it had not been consulted. Its chairman, Jesper Nørgaard, said members had learned of the cuts "from the press, not from management".

"That is simply not good enough. We expect to be called to negotiations immediately," Nørgaard said.

According to the Danish Offshore Shipping Association, utilisation of Danish-flagged supply vessels fell to 71 percent last year from 84 percent in 2022. In its annual report, "North Sea Outlook 2024", the association warned that further lay-ups were likely unless new wind tenders were launched "quickly and with realistic terms".

The government has promised to relaunch the failed tender with state co-financing and a revised risk-sharing model. In a written comment to The Local, the Ministry of Climate, Energy and Utilities said: "The government expects to present the new tender model before the summer, and we are in close dialogue with the industry."

Vesterhav Marine's shares, which are listed in Copenhagen, fell 7 percent on Thursday.""",
        [
            ("This is a difficult day", "Mads Brøndum Kjær"),
            ("But we have to adjust", "Mads Brøndum Kjær"),
            ("We had vessels ready and", "Mads Brøndum Kjær"),
            ("a hard blow", "Birgitte Holm Sørensen"),
            ("We will do everything we", "Birgitte Holm Sørensen"),
            ("from the press, not from", "Jesper Nørgaard"),
            ("That is simply not good", "Jesper Nørgaard"),
            ("quickly and with realistic terms", "Danish Offshore Shipping Association"),
            ("The government expects to present", "Ministry of Climate, Energy and Utilities"),
        ],
    ),
    (
        """Estonia detains uninsured tanker in Gulf of Finland

Authorities say product tanker could not prove P&I cover; manager calls detention ‘unlawful’

By Lena Kask

ESTONIAN authorities have detained an ageing product tanker in the Gulf of Finland after it failed to provide valid proof of protection and indemnity cover, in the latest move by Baltic coastal states to tighten checks on vessels linked to the shadow fleet.

The 2006-built, 47,000 dwt Marlow Star, flagged in Sierra Leone, was boarded by Estonian officials on Tuesday evening while sailing in ballast towards the Russian port of Primorsk, and was escorted to an anchorage off Muuga.

‘The vessel was stopped because it could not demonstrate that it was insured, and in its current condition we do not consider it seaworthy,’ said Rein Mäesalu, deputy director general of the Estonian Transport Administration.

He said inspectors had found deficiencies in the tanker’s fire-fighting and navigation equipment, and described the master as ‘co-operative’.

The ship’s technical manager, Dubai-registered Coral Gate Shipmanagement, said in an emailed statement that the tanker held ‘valid and adequate insurance’ with a ‘reputable Asian insurer’ and that its detention was ‘unlawful and politically motivated’.

‘We’ve instructed lawyers and expect the vessel to be released within days,’ the statement said. The company did not name the insurer.

Ship-tracking data show the Marlow Star has changed name and flag three times since 2022 and has made at least 11 calls at Russian Baltic ports in the past year. It is not on EU or UK sanctions lists.

Estonia’s parliament amended the Maritime Safety Act last year to allow authorities to detain ships in its territorial waters and exclusive economic zone that pose an environmental risk. The government has faced criticism from some shipping lawyers, who argue the powers go beyond what international law permits.

Foreign minister Margus Tõnisson said on social media that the detention sent a clear signal. ‘Estonia will not be a safe corridor for uninsured and unseaworthy tankers. The Baltic is too small and too vulnerable for that,’ he wrote.

The Latvian Maritime Administration said in a statement it was ‘closely coordinating’ with its Estonian counterparts and would step up document checks on tankers anchoring in Latvian waters.

Market participants said the move would further thin the pool of owners willing to carry Russian product cargoes through Estonian waters, already pushing up freight rates on the route.

One London-based tanker broker, who asked not to be named, said the detention would ‘make owners think twice’ about voyage routing.

‘Nobody wants their ship sitting at anchor off Tallinn for three months. The risk calculation has changed,’ the broker said.""",
        [
            ("unlawful", "Coral Gate Shipmanagement"),
            ("The vessel was stopped because", "Rein Mäesalu"),
            ("co-operative", "Rein Mäesalu"),
            ("valid and adequate insurance", "Coral Gate Shipmanagement"),
            ("reputable Asian insurer", "Coral Gate Shipmanagement"),
            ("unlawful and politically motivated", "Coral Gate Shipmanagement"),
            ("We’ve instructed lawyers and expect", "Coral Gate Shipmanagement"),
            ("Estonia will not be a", "Margus Tõnisson"),
            ("closely coordinating", "Latvian Maritime Administration"),
            ("make owners think twice", "London-based tanker broker"),
            ("Nobody wants their ship sitting", "London-based tanker broker"),
        ],
    ),
    (
        """Lithuania, Latvia near deal on shared use of Klaipėda LNG terminal

VILNIUS – Lithuania and Latvia are close to an agreement that would reserve part of the capacity of the Klaipėda liquefied natural gas (LNG) terminal for Latvian gas traders from next year, Lithuanian Energy Minister Dovydas Jankauskas said on Monday.

"We are in the final stage. There are still some technical questions about tariffs, but politically we are aligned," Jankauskas told journalists after meeting his Latvian and Estonian counterparts in Vilnius.

Under the draft arrangement, seen by The Baltic Times, Latvian companies would be able to book up to a quarter of the terminal's annual regasification capacity on long-term contracts at the same tariff paid by Lithuanian users.

Latvian Climate and Energy Minister Edgars Kalniņš said the deal would give Latvia "a second door" to global gas markets, alongside the Inčukalns underground storage facility.

"Latvia does not have its own terminal and, realistically, will not have one this decade," Kalniņš said. "This is the most economical solution for our consumers."

Plans for an LNG terminal in Latvia have been discussed for more than ten years, but have repeatedly stalled over financing.

A senior official at the Lithuanian Energy Ministry, who spoke on condition of anonymity because the talks are ongoing, said the two sides still disagreed over who would bear the cost if booked capacity went unused.

"If Latvian traders book slots and then do not use them, somebody has to pay. Lithuanian consumers should not be that somebody," the official said.

Terminal operator Baltijos Terminalai said in a statement that it had "sufficient technical capacity to serve the whole region" and was ready to sign contracts as soon as the governments agreed. According to the company, the terminal received 41 cargoes last year, most of them from the United States and Norway.

The chairwoman of the Seimas Committee on Energy and Sustainable Development, Rasa Petrauskienė, was more cautious: "We support regional cooperation, but any agreement that affects the tariffs paid by Lithuanian households must come before the Seimas.

"I have not seen the text yet, and I will not vote for something I have not read."

Estonia, which imports LNG mainly through the floating terminal at Inkoo in Finland, is not part of the arrangement, but Estonian officials have said they could join at a later stage.

Jankauskas said he expected the agreement to be signed in June.""",
        [
            ("We are in the final", "Dovydas Jankauskas"),
            ("a second door", "Edgars Kalniņš"),
            ("Latvia does not have its", "Edgars Kalniņš"),
            ("This is the most economical", "Edgars Kalniņš"),
            ("If Latvian traders book slots", "senior official at the Lithuanian Energy Ministry"),
            ("sufficient technical capacity to serve", "Baltijos Terminalai"),
            ("We support regional cooperation, but", "Rasa Petrauskienė"),
            ("I have not seen the", "Rasa Petrauskienė"),
        ],
    ),
    (
        """Storting rejects Centre Party bid to freeze new power cables

OSLO – A majority in the Storting on Tuesday voted down a proposal to halt planning of new power interconnectors to continental Europe and Britain, after a heated debate over high electricity prices in southern Norway.

The proposal, tabled by the Centre Party, would have required the government to shelve studies of two new subsea cables and to seek renegotiation of the terms of the existing connections to Germany and the UK. It was backed by 41 representatives, with 128 voting against.

“People in Agder and Rogaland are paying the price for a market they never asked to join,” Centre Party energy spokesman Ola Tveitane said during the debate. “We export our cheap power and import European prices. That has to stop.”

Energy Minister Sigrun Bakkevig said the cables worked “in both directions” and had allowed Norway to import power during dry years when reservoir levels were low.

“Cutting ourselves off would not make electricity cheaper in the long run. It would make the system less secure and more expensive to run,” she told the Storting.

Several speakers referred to the so-called “Norway price”, a fixed household tariff that the Centre Party and some trade unions have campaigned for since the price spike of 2022.

The Progress Party, which voted against the proposal but wants lower taxes on electricity, accused both the government and the Centre Party of “playing politics with people’s power bills.” Its energy spokesman, Henrik Solbakken, told reporters after the vote: “The cables are not the problem. The problem is a tax system that takes a bigger share every time prices go up.”

In a letter to the Storting’s energy and environment committee last month, national grid operator Landsnett warned that halting planning would “create considerable uncertainty” for investors in new production.

“The value of new wind and hydro capacity in Norway depends in part on access to larger markets,” the letter said.

Speaking to reporters after the vote, Bakkevig said the government would present a white paper on price stability before the summer, including options for long-term fixed-price contracts for households and small businesses.

Industry groups in western Norway, where several aluminium smelters and other power-intensive plants are located, have largely stayed out of the cable debate, focusing instead on long-term power contracts.

An executive at an aluminium smelter in western Norway, who asked not to be named because his company is negotiating a new supply deal, said the vote changed little.

“What we need is predictability. Whether there are four cables or six matters less than knowing what we will pay in ten years,” the executive said.

Southern Norway has seen some of the highest power prices in the Nordic region this winter, after a dry autumn left hydropower reservoirs below their seasonal average.""",
        [
            ("People in Agder and Rogaland", "Ola Tveitane"),
            ("We export our cheap power", "Ola Tveitane"),
            ("in both directions", "Sigrun Bakkevig"),
            ("Cutting ourselves off would not", "Sigrun Bakkevig"),
            ("playing politics with people’s power", "Henrik Solbakken"),
            ("The cables are not the", "Henrik Solbakken"),
            ("create considerable uncertainty", "Landsnett"),
            ("The value of new wind", "Landsnett"),
            ("What we need is predictability.", "executive at an aluminium smelter in western Norway"),
        ],
    ),
    (
        """Denmark probes Baltic power cable damage, eyes bulk carrier

Copenhagen (AFP) - Danish police on Saturday opened an investigation into damage to an undersea power cable linking the Baltic island of Bornholm to Germany, as the navy shadowed a bulk carrier that passed over the line shortly before it failed.

The BalticLink cable, which carries electricity between Bornholm and the German coast, stopped transmitting power early on Friday, according to island grid operator Bornholm Elnet. Households on the island were not affected, as local generation and a second cable to Sweden covered demand, the company said.

"We are treating this as a possible act of sabotage until we have evidence to the contrary," Chief Superintendent Lene Dalsgaard of Bornholm Police told AFP.

She said investigators were examining data showing that a Malta-flagged bulk carrier, the Ardent Crane, had slowed sharply while crossing the cable route late on Thursday. "We are not accusing anyone at this stage," she added.

A police spokesman said the vessel, which was sailing from the Russian port of Ust-Luga to Egypt with a cargo of fertiliser, had been asked to anchor in Danish waters off Bornholm and that its crew were "cooperating".

An official at the ship's Greek operator, reached by telephone, denied any wrongdoing. "The vessel has had no incident. Its anchors are in place, and the master has reported nothing unusual," he said.

Defence Minister Anders Lykke Østergaard wrote on X that Denmark would "not accept attacks on our critical infrastructure" and that the navy was "present in the area".

German grid operator Ostseenetz, which co-owns the cable, said repairs could take "several weeks" once the damaged section had been located.

It is at least the fourth incident involving damaged cables or pipelines in the Baltic Sea in two years. Several investigations have focused on vessels dragging their anchors along the seabed, though few have led to charges.

"Sabotage or not, this shows how exposed the Baltic is," said Kasper Juhl Nielsen, a maritime security researcher at the Royal Danish Defence College. "There are hundreds of kilometres of cables and pipelines down there, and thousands of ship movements over them every week.

"The legal tools are also limited. Once a ship is in international waters, you cannot simply board it because you are suspicious."

NATO stepped up air and naval patrols in the Baltic earlier this year after a series of similar incidents, and Nordic and Baltic governments have called for tighter rules on ageing vessels transiting the region.

lbx/rlp""",
        [
            ("We are treating this as", "Lene Dalsgaard"),
            ("We are not accusing anyone", "Lene Dalsgaard"),
            ("cooperating", "spokesman"),
            ("The vessel has had no", "official at the ship's Greek operator"),
            ("not accept attacks on our", "Anders Lykke Østergaard"),
            ("present in the area", "Anders Lykke Østergaard"),
            ("several weeks", "Ostseenetz"),
            ("Sabotage or not, this shows", "Kasper Juhl Nielsen"),
            ("There are hundreds of kilometres", "Kasper Juhl Nielsen"),
            ("The legal tools are also", "Kasper Juhl Nielsen"),
        ],
    ),
    (
        """Riga port cargo slides again as rail link row deepens

Cargo turnover at the Port of Riga fell by 14% year on year in the first nine months of 2024, to its lowest level in more than two decades, according to figures published Wednesday by the Riga Port Board.

The decline was driven mainly by the continued loss of coal and fertilizer transit from Russia and Belarus, which made up the bulk of the port’s business before sanctions and Latvia’s own restrictions took effect.

“We are not going to get that cargo back, and frankly we should not want it back,” Riga Port Board chief executive Juris Ozoliņš told LSM. “The question now is how fast we can replace it with something else.”

He said the port was in talks with two companies about handling biomass and wind turbine components, but declined to name them. Under its “Green Port 2030” strategy, the board aims to have at least a third of its cargo come from renewable energy and related sectors by the end of the decade.

The figures were published as the Saeima’s Economic Affairs Committee debated whether to continue funding the planned Daugava freight bypass, a rail link meant to move trains out of central Riga and connect port terminals on both banks of the river.

Opposition MP Aiga Liepiņa said the government had “no strategy” for the ports and had left them to “fend for themselves.” She argued that money earmarked for the bypass should instead go to regional roads.

Transport Minister Valdis Krūmiņš defended the project. “It is easy to criticize. It is harder to find cargo that is not Russian, and without modern rail connections we will not find it at all,” Krūmiņš told reporters at the Saeima.

The Latvian Logistics and Forwarders Association said in a statement that its members were losing business to ports in Lithuania and Poland and called for a “temporary reduction” in port dues until volumes recover.

Association president Inese Kalviša was blunter in an interview with LSM: “Our members have already cut hundreds of jobs. If nothing changes, next year will be worse.

“We are not asking for subsidies. We are asking for a port policy.”

The committee is expected to vote on the bypass funding next week. The Port of Riga handled around 40 million tonnes of cargo a year at its peak in the previous decade.""",
        [
            ("We are not going to", "Juris Ozoliņš"),
            ("The question now is how", "Juris Ozoliņš"),
            ("no strategy", "Aiga Liepiņa"),
            ("fend for themselves.", "Aiga Liepiņa"),
            ("It is easy to criticize.", "Valdis Krūmiņš"),
            ("temporary reduction", "Latvian Logistics and Forwarders Association"),
            ("Our members have already cut", "Inese Kalviša"),
            ("We are not asking for", "Inese Kalviša"),
        ],
    ),
]
