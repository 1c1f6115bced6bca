CASES = [
    (
        """Zambia's Kalenga copper mine halts processing after tailings dam breach

By Chanda Mwale

LUSAKA, March 12 (Reuters) - Kalenga Copper Mines, the Zambian unit of Toronto-listed Northwind Metals, suspended processing at its main concentrator on Tuesday after part of a tailings dam wall gave way overnight, the company and government officials said.

No one was injured in the breach, which sent acidic slurry into a stream feeding the Kafue River, according to the Zambia Environmental Management Agency (ZEMA).

"We have stopped all processing at the plant as a precaution while independent engineers assess the integrity of the remaining walls," Kalenga chief executive Graham Tully said in a statement. "Our immediate priority is containment and the safety of the communities downstream."

Mines Minister Ruth Mutale Banda, who visited the site in North-Western province on Tuesday afternoon, told reporters the government would hold the company "fully accountable" for any damage.

"This is not the first incident at this facility, and we will not accept excuses," Banda said. "If the investigation finds negligence, the law will take its course."

Kalenga reported a smaller seepage from the same facility in 2022, which it said at the time had been contained within the mine's boundary.

A ZEMA inspector at the site, who asked not to be named because he was not authorised to speak to the media, said the slurry had travelled at least 4 kilometres down the Mushishima stream. "The water is orange all the way to the bridge. We are already seeing dead fish," he said.

Residents of Kalumbila village, about 10 km from the mine, said local officials had told them not to draw water from the stream or let livestock drink from it.

Northwind's shares fell 7.2% in Toronto on Tuesday, their biggest one-day drop since November.

Kalenga produced 86,400 tonnes of copper in concentrate last year, about a tenth of Zambia's output. The government has set a target of lifting national production to 3 million tonnes a year by 2031 and has been courting investors to expand existing mines.

"Even a two-week stoppage takes a meaningful chunk out of Northwind's second-quarter guidance," said Mwansa Phiri, head of research at Lusaka-based Pangaea Securities. "The bigger risk is that the regulator orders a full rebuild of the dam."

The company said it would give an update on the restart timeline on Thursday.

(Reporting by Chanda Mwale; Additional reporting by Divya Menon in Toronto; Editing by Mark Potter)""",
        [
            ("We have stopped all processing", "Graham Tully"),
            ("Our immediate priority is containment", "Graham Tully"),
            ("fully accountable", "Ruth Mutale Banda"),
            ("This is not the first", "Ruth Mutale Banda"),
            ("If the investigation finds negligence,", "Ruth Mutale Banda"),
            ("The water is orange all", "ZEMA inspector at the site"),
            ("Even a two-week stoppage takes", "Mwansa Phiri"),
            ("The bigger risk is that", "Mwansa Phiri"),
        ],
    ),
    (
        """Argentina Province Suspends Lithium Permit in Water Dispute

By Valentina Ocampo

(Bloomberg) -- Authorities in Argentina's Salta province suspended the environmental permit for a $780 million lithium project after indigenous communities complained that brine pumping was drying out wetlands they depend on for grazing.

The decision affects the Salar de Huaytiquina project, being developed by Vancouver-based Andes Lithium Corp. and South Korean battery-materials maker Hanseong Chemical Co. The provincial mining secretariat said in a resolution published Wednesday that the company must submit a new hydrological study before construction can resume.

"We are not against mining, but we are against mining without our consent," said Rosa Condori, a leader of the Kolla community of Tolar Grande, which filed the complaint in December. The community says water levels at two nearby lagoons have fallen sharply since pumping tests began last year.

Andes Lithium said in an emailed statement that it "respects the process" and that its existing environmental studies were robust. Chief Executive Officer Martin Lachance said the company had operated "in full compliance" with its permit at all times.

"We're confident the additional data will confirm what our monitoring has shown all along: that the aquifer is not being depleted," Lachance said by phone from Buenos Aires. "This is a delay, not a cancellation."

The dispute highlights the tension between Argentina's push to become one of the world's top lithium suppliers and the concerns of communities living on the high-altitude salt flats of the northwest, where much of the metal is found. Provincial governments control mineral resources under the country's constitution, and permitting rules vary from one province to the next.

Salta's mining secretary, Federico Aráoz, defended the move. "Legal certainty works in both directions," he told local radio station FM Güemes. "Investors need rules that don't change, and communities need to know that those rules are actually enforced."

Andes Lithium shares fell as much as 14% in Toronto, the most since the company listed in 2021. Hanseong Chemical, which agreed in 2023 to buy most of the project's output for its first ten years, declined to comment.

Lithium carbonate prices have slumped more than 70% from their late-2022 peak, forcing several developers in Argentina and Chile to slow spending. Andina Capital said in a note to clients that the suspension would probably push first production to 2027 from late 2026, adding that the project's "timeline risk is now skewed firmly to the downside."

--With assistance from Jorge Bellini.""",
        [
            ("We are not against mining,", "Rosa Condori"),
            ("respects the process", "Andes Lithium Corp."),
            ("in full compliance", "Martin Lachance"),
            ("We're confident the additional data", "Martin Lachance"),
            ("This is a delay, not", "Martin Lachance"),
            ("Legal certainty works in both", "Federico Aráoz"),
            ("Investors need rules that don't", "Federico Aráoz"),
            ("timeline risk is now skewed", "Andina Capital"),
        ],
    ),
    (
        """Nigeria’s onshore oil revival tested by surge in pipeline theft

Local producers that bought assets from the majors struggle to get crude to export terminals

Tobi Adeyemi in Lagos

Nigeria’s bet that domestic companies could revive ageing onshore oilfields sold off by international majors is being tested by a resurgence of crude theft in the Niger Delta, with some producers losing a fifth of their output before it reaches the coast.

Flows through the Trans-Delta Pipeline, the main export route for a cluster of fields in Rivers and Bayelsa states, fell to about 95,000 barrels a day in May, down from 140,000 b/d at the start of the year, according to two people familiar with the figures.

‘We lose one barrel in every five between the wellhead and the terminal,’ said Chidi Okafor, chief executive of Ubima Energy, which bought a 45 per cent stake in the pipeline’s main feeder fields last year. ‘No business can survive that for very long.’

Mr Okafor said the company had spent more than $60mn on drones, sensors and private security contractors since the acquisition, but that the thieves were ‘better organised and better funded than ever’.

The Nigerian Upstream Petroleum Regulatory Commission said last month that national crude output averaged 1.46mn b/d in April, well below the country’s Opec quota and the government’s target of 2mn b/d by the end of next year.

‘The trend is improving, but it is not where it should be,’ Halima Bello, the commission’s chief executive, told the Financial Times. She blamed ‘a network of criminal syndicates, compromised officials and illegal refiners’ for the losses and said the regulator was working with the military to tighten surveillance.

An executive at one of the departing majors said the sales had been the right decision. ‘The risk-reward simply didn’t work any more,’ he said. ‘The buyers knew exactly what they were getting into.’

Others are more optimistic about the new owners. Aisha Garba, an energy analyst at Lagos-based consultancy Verdant Advisory, said the local companies were better placed to negotiate with host communities, many of which have long complained of being excluded from the industry’s wealth.

‘These companies have relationships on the ground that the majors never had,’ she said. ‘Give it two or three years before you judge them.’

The military has stepped up operations in the creeks this year. A spokesman for the Nigerian navy said its patrols had destroyed ‘more than 200 illegal refining sites’ since January, though residents say many reopen within weeks.

Mr Okafor said Ubima was also in talks with its partners to build a short spur line that would bypass the most vulnerable stretch of the pipeline. ‘It is expensive, but it is cheaper than losing the oil,’ he said.""",
        [
            ("We lose one barrel in", "Chidi Okafor"),
            ("No business can survive that", "Chidi Okafor"),
            ("better organised and better funded", "Chidi Okafor"),
            ("The trend is improving, but", "Halima Bello"),
            ("a network of criminal syndicates,", "Halima Bello"),
            ("The risk-reward simply didn’t work", "executive at one of the departing majors"),
            ("The buyers knew exactly what", "executive at one of the departing majors"),
            ("These companies have relationships on", "Aisha Garba"),
            ("Give it two or three", "Aisha Garba"),
            ("more than 200 illegal refining", "spokesman"),
            ("It is expensive, but it", "Chidi Okafor"),
        ],
    ),
    (
        """Marula Platinum to consult on 2 400 job cuts as PGM basket price slumps

By: Lindiwe Sithole

JOHANNESBURG (miningweekly.com) – Platinum group metals (PGM) producer Marula Platinum Holdings will begin consultations with organised labour on up to 2 400 job cuts at its Rustenburg operations, in North West, after reporting a R1.9-billion headline loss for the six months to December.

The company will issue a Section 189 notice in terms of the Labour Relations Act this week and plans to place its two deepest shafts, Kgale and Mothibe, on care and maintenance by mid-year.

"The rand basket price has fallen by more than a third in two years, and we see no sign of a meaningful recovery in the near term. We have cut costs everywhere we can, but we cannot keep mining ounces at a loss.

"We have therefore taken the very difficult decision to stop mining at Kgale and Mothibe," CEO Thandeka Mokoena said during a results presentation on Monday.

She added that the company would try to redeploy as many workers as possible to its shallower, mechanised Bophelo mine, and that voluntary separation packages would be offered first.

CFO Pieter van Wyk noted that the two shafts accounted for about 40% of the group's unit costs, but only 22% of its 4E output. "Even at spot prices well above where we are today, those shafts would not break even," he said.

The Mineworkers and Allied Workers Union (Mawu), which represents the majority of Marula's underground workforce, said in a statement that it would "resist any attempt to balance the books on the backs of workers".

Mawu general secretary Sipho Dlamini told Mining Weekly that the union would demand full disclosure of the company's financial position. "Executives got bonuses last year. Now they want workers to pay the price for management's mistakes," he said.

The Department of Mineral and Petroleum Resources confirmed that it had been notified of the planned restructuring. "The department will engage the company and labour to explore all alternatives to job losses, as required by the Mineral and Petroleum Resources Development Act," spokesperson Nomvula Khumalo said.

Marula is the latest South African PGM producer to announce retrenchments, as the sector grapples with weaker palladium and rhodium prices amid slower-than-expected demand from automakers and rising substitution in autocatalysts.

Meridian Capital mining analyst Rowan Pillay said further restructuring across the sector was likely. "Marula is doing what most of the industry will have to do this year. The question is not whether there will be more shaft closures, but how many," he said.

Marula's shares closed 4.1% lower on the JSE on Monday.""",
        [
            ("The rand basket price has", "Thandeka Mokoena"),
            ("We have therefore taken the", "Thandeka Mokoena"),
            ("Even at spot prices well", "Pieter van Wyk"),
            ("resist any attempt to balance", "Mineworkers and Allied Workers Union"),
            ("Executives got bonuses last year.", "Sipho Dlamini"),
            ("The department will engage the", "Nomvula Khumalo"),
            ("Marula is doing what most", "Rowan Pillay"),
        ],
    ),
    (
        """Peru copper corridor blockade enters third week as Minera Huancané warns of force majeure

Lima, Peru - Wednesday, June 18

A road blockade by communities in Peru's southern Apurímac region entered its third week on Wednesday, cutting off concentrate shipments from the Huancané copper mine and prompting its operator to warn that it could declare force majeure on sales contracts.

Protesters from at least six peasant communities in Chalhuahuacho district have blocked the so-called southern mining corridor since June 2, demanding that Minera Huancané hire more local workers and fulfill commitments made in a 2019 agreement, including a paved road and a district hospital.

"Our concentrate inventories at the mine are close to full capacity. If the road is not reopened in the coming days, we will have no choice but to reduce production and review our contractual obligations," Minera Huancané said in a statement on Tuesday.

The company, a subsidiary of Swiss-based Alpenerz Resources, produced 298,000t of copper in concentrate last year, making Huancané one of Peru's five largest copper mines.

Community leader Teófilo Quispe Huamán told BNamericas that protesters would not lift the blockade until a high-level delegation from Lima traveled to the area.

"We have been patient for five years. Every government promises, and every government forgets," Quispe said by phone. "This time we want signatures, not speeches."

The energy and mines ministry (Minem) said it had convened a dialogue table for Friday in the provincial capital, Tambobamba, with participation from the prime minister's office and the regional government.

Vice minister of mines Jorge Salcedo said the government was committed to resolving the conflict "through dialogue and within the framework of the law," but warned that the blockade was causing losses for the whole region.

"Every day the corridor is closed, the state stops receiving royalties that go directly to Apurímac's municipalities," Salcedo told reporters in Lima.

According to the ombudsman's office (Defensoría del Pueblo), the southern corridor has been blocked for more than 400 days in total since 2016, making it the country's most persistent mining-related conflict.

Ana Lucía Benavides, director of Lima-based consultancy Cordillera Risk Partners, said the dispute reflected structural problems that successive governments had failed to address.

"The corridor will remain a flashpoint until there is a permanent mechanism for distributing benefits to the communities along the route," Benavides told BNamericas. "Dialogue tables solve the immediate crisis, and then the cycle starts again."

Copper accounts for roughly a third of Peru's exports, and the country is the world's third-largest producer of the metal. National output rose 2.1% last year, according to Minem data.""",
        [
            ("Our concentrate inventories at the", "Minera Huancané"),
            ("We have been patient for", "Teófilo Quispe Huamán"),
            ("This time we want signatures,", "Teófilo Quispe Huamán"),
            ("through dialogue and within the", "Jorge Salcedo"),
            ("Every day the corridor is", "Jorge Salcedo"),
            ("The corridor will remain a", "Ana Lucía Benavides"),
            ("Dialogue tables solve the immediate", "Ana Lucía Benavides"),
        ],
    ),
    (
        """Gold exports rise 18% as Minerals Commission tightens grip on small-scale sector

Accra, Ghana

Ghana’s gold exports rose 18 percent in the first half of the year to 2.6 million ounces, driven largely by a jump in volumes bought from small-scale miners through the state-backed buyer, the Ghana Gold Board, official data show.

The figures, released by the Minerals Commission on Monday, come as government intensifies its campaign against illegal mining, popularly known as “galamsey”, which has polluted major rivers including the Pra and the Ankobra.

Speaking at a press briefing in Accra, the Chief Executive of the Minerals Commission, Kwabena Asante-Darko, said the increase showed that formalisation was working.

“For years, a large share of the gold mined by small-scale operators left this country through informal channels. What these numbers tell us is that more of that gold is now coming through the front door,” he said.

Mr Asante-Darko said the Commission had revoked 147 small-scale licences since January for breaches including mining in forest reserves and within river buffer zones. He added that another 300 were under review.

The government’s “Operation Clean Rivers” task force, launched in February, has seized more than 1,200 excavators and water pumps, according to the Ministry of Lands and Natural Resources.

However, the Ghana National Association of Small-Scale Miners (GNASSM) has criticised what it describes as the “indiscriminate” revocation of licences. In a statement on Tuesday, the association said legitimate operators were being “punished for the crimes of a few.”

“Many of our members have invested everything they own in equipment and land compensation. They cannot be treated the same way as people digging in the middle of a river,” the statement said.

Downstream, communities say the effects of years of illegal mining are still visible. An official at a water treatment plant on the Pra River, who asked not to be named, said turbidity levels had fallen since the crackdown began but remained far above what the plant was designed to handle.

“We are still shutting down intermittently when the river is too muddy,” the official said.

Large-scale producers have welcomed the clampdown. Akosua Mensah-Bonsu, Managing Director of Ashanti Crest Mining, said illegal miners frequently encroached on the company’s concessions near Obuasi. “It has become a security issue for us as much as an environmental one,” she said.

Dr Kwame Owusu-Ansah, a lecturer in mineral economics at the University of Mines and Technology in Tarkwa, cautioned that the export gains could prove fragile. “The question is whether the Gold Board can keep paying prices that are competitive with the smugglers. If it cannot, the gold will simply find its way back across the border,” he said.""",
        [
            ("For years, a large share", "Kwabena Asante-Darko"),
            ("indiscriminate", "Ghana National Association of Small-Scale Miners"),
            ("punished for the crimes of", "Ghana National Association of Small-Scale Miners"),
            ("Many of our members have", "Ghana National Association of Small-Scale Miners"),
            ("We are still shutting down", "official at a water treatment plant on the Pra River"),
            ("It has become a security", "Akosua Mensah-Bonsu"),
            ("The question is whether the", "Kwame Owusu-Ansah"),
        ],
    ),
    (
        """Colombia Turns to Imported LNG as Domestic Gas Output Falls

By Andrés Villamizar

BOGOTÁ—Colombia will more than double its imports of liquefied natural gas next year as output from its aging fields declines, the Mines and Energy Ministry said Thursday, a shift that could push up household utility bills and has reignited debate over the government's halt to new exploration contracts.

The ministry said in a report that domestic production was expected to average 720 million cubic feet a day in 2026, down 14% from this year, leaving a deficit of as much as 20% of demand during the dry season, when gas-fired power plants run hardest.

"We are not facing a shortage of gas. We are facing a transition, and the imports guarantee that no household will go without supply," Mines and Energy Minister Camila Restrepo said at a news conference in Bogotá.

Most of the additional cargoes will arrive through the Bahía Caribe floating regasification terminal near Cartagena, operated by a consortium led by Gas Caribe SA. The company said its terminal was ready to increase throughput and that a second vessel could be in place by late next year.

Producers were less sanguine. "Every molecule we import is a molecule we could have produced here, with Colombian jobs and Colombian royalties," said Germán Ospina Vélez, president of the Colombian Gas Producers Association, known as Acopgas. Mr. Ospina said the group's members had identified reserves that "could be developed within three years" if the government allowed new contracts.

Ms. Restrepo dismissed that argument. Asked whether the government would reconsider its policy, she said: "No. The decision to stop signing new exploration contracts stands."

Existing contracts, of which there are more than 300, remain valid, she said, and companies are free to explore in areas they already hold.

Colombia, once a modest exporter of gas, has seen proven reserves fall to about six years of consumption, according to government figures. Offshore discoveries in the Caribbean have raised hopes of a new supply source, but analysts say none is likely to produce before the end of the decade.

"Imported gas will be priced off international benchmarks, so consumers will feel it, especially in the colder cities of the Andes where gas heating is common," said Daniela Cárdenas, an energy economist at Bogotá-based consultancy Páramo Energía.

Gases del Altiplano SA, which distributes gas to about two million households in and around Bogotá, said in a statement that it expected tariffs to rise "in the single digits" in the first quarter and that it would seek to spread any increase over several months.

The ministry said it would publish rules for a new gas-supply auction by the end of the month.""",
        [
            ("We are not facing a", "Camila Restrepo"),
            ("Every molecule we import is", "Germán Ospina Vélez"),
            ("could be developed within three", "Germán Ospina Vélez"),
            ("No. The decision to stop", "Camila Restrepo"),
            ("Imported gas will be priced", "Daniela Cárdenas"),
            ("in the single digits", "Gases del Altiplano SA"),
        ],
    ),
    (
        """Congo's cobalt quota leaves traders scrambling as exports stall

By Patrick Ilunga and Sofia Brandt

KINSHASA/LONDON, Oct 3 (Reuters) - Cobalt shipments from Democratic Republic of Congo have slowed to a trickle since authorities introduced export quotas last month, traders and industry sources said, pushing prices of the battery metal to their highest in more than a year.

Congo, which supplies about three-quarters of the world's cobalt, replaced a four-month export ban with a quota system on Sept. 16, allocating volumes to individual producers based on their historical output. The scheme is run by the Authority for the Regulation of Strategic Substances (ARSS).

But exporters say the paperwork needed to obtain shipping permits has not been finalised.

"Nobody has shipped a single tonne under the quota yet. The trucks are ready, the material is ready, but the permits are not there," said a Lubumbashi-based executive at one of the country's largest cobalt producers, who declined to be named because the matter is sensitive.

ARSS director general Jean-Claude Mbuyi Kasongo said the delays were temporary. "We are putting in place a traceability system that did not exist before. It is normal that the first weeks require adjustment," he told Reuters in Kinshasa.

"Within two weeks, all producers who have received a quota will be able to export," he added.

In a letter to the authority dated Sept. 29 and seen by Reuters, the Federation of Mining Enterprises of Katanga (FEMIKA) warned that some members faced "an imminent risk of suspending operations" because storage at their sites was nearly full.

Kivu-Lualaba Resources, a mid-sized producer, said on Thursday that it had received its allocation and expected to begin shipments "in the coming days".

Benchmark cobalt metal prices in Europe have risen by more than 40% since the export ban was announced in February, according to price reporting agencies, while prices of cobalt hydroxide, the intermediate product that makes up most of Congo's exports, have almost doubled.

Chinese refiners, which process the bulk of Congo's output, have been drawing down stockpiles to keep plants running.

"Inventories at refiners are probably good for another two months at most," said Li Wenjun, an analyst at Shanghai-based Huarong Futures. "After that, the quota becomes the price."

Congolese officials have said the quotas are intended to support prices after a glut drove cobalt to multi-year lows last year, and to ensure the country captures more of the value of its minerals.

(Reporting by Patrick Ilunga in Kinshasa and Sofia Brandt in London; Editing by Veronica Brown)""",
        [
            ("Nobody has shipped a single", "Lubumbashi-based executive at one of the country's largest cobalt producers"),
            ("We are putting in place", "Jean-Claude Mbuyi Kasongo"),
            ("Within two weeks, all producers", "Jean-Claude Mbuyi Kasongo"),
            ("an imminent risk of suspending", "Federation of Mining Enterprises of Katanga"),
            ("in the coming days", "Kivu-Lualaba Resources"),
            ("Inventories at refiners are probably", "Li Wenjun"),
            ("After that, the quota becomes", "Li Wenjun"),
        ],
    ),
]
