CASES = [
    (
        """Kessel-Marin wins S$1.2b tunnelling contract for Bayshore Line extension

By Rachel Lim

SINGAPORE - Mainboard-listed Kessel-Marin Engineering has clinched a S$1.2 billion contract to design and build twin-bored tunnels and two underground stations for the eastern extension of the Bayshore Line, the Land Transit Board (LTB) said on Tuesday (Mar 11).

The contract, the largest single civil award by the board this year, covers a 3.4 km stretch between Tanah Merah Besar and the future Changi East interchange. Construction is slated to start in the third quarter, with the stretch expected to open in 2031.

LTB said it received seven bids for the package and evaluated them on "both price and quality attributes, including the tenderers' safety records and track record in tunnelling under soft marine clay".

Desmond Tay, LTB's deputy chief executive for infrastructure and development, said the ground conditions along the route were "among the most challenging we have dealt with on the network".

"The alignment runs beneath reclaimed land and a major arterial road, so settlement control is critical," he said. "We will require the contractor to install real-time instrumentation along the entire stretch and share the data with us around the clock."

Kessel-Marin shares closed 1.3 per cent higher at S$0.765 on Tuesday, before the announcement was made after market hours.

In a bourse filing, the company said the contract would lift its order book to a record S$3.9 billion and "provide earnings visibility through to FY2030".

Chief executive Ong Boon Keat said the group had invested in two new tunnel boring machines last year in anticipation of the award. "We made a conscious decision to build up our tunnelling capability ahead of the cycle, and this contract validates that," he said.

He added that the company would hire about 300 additional workers over the next 18 months, the bulk of them foreign workers, subject to quota approvals.

Analysts said the win was broadly in line with expectations. Priya Raghavan, an analyst at Meridian Securities, said margins on public-sector tunnelling jobs had improved since the pandemic, when contractors were "bidding aggressively just to keep their crews busy".

"We estimate gross margins in the high single digits for this job, which is a notch above the group's historical average," she wrote in a note to clients. Meridian kept its "buy" call on the stock with a target price of S$0.92.

An industry executive who declined to be named because the tender process was confidential said competition for the package had been "unusually intense", with at least two Japanese-led consortiums in the running.

The Bayshore Line extension is part of the government's plan to expand the rail network to about 360 km by the mid-2030s. LTB said it expects to call the remaining civil tenders for the extension by the end of the year.""",
        [
            ("both price and quality attributes", "Land Transit Board"),
            ("among the most challenging we", "Desmond Tay"),
            ("The alignment runs beneath reclaimed", "Desmond Tay"),
            ("We will require the contractor", "Desmond Tay"),
            ("provide earnings visibility through to", "Kessel-Marin Engineering"),
            ("We made a conscious decision", "Ong Boon Keat"),
            ("bidding aggressively just to keep", "Priya Raghavan"),
            ("We estimate gross margins in", "Priya Raghavan"),
            ("unusually intense", "industry executive"),
        ],
    ),
    (
        """Hong Kong's Siu Lam Bay bridge delayed by another 14 months as costs swell by HK$3.8 billion

Lawmakers demand accountability as Highways Department blames rock conditions and labour shortage for setback

Natalie Wong Hoi-ying

Hong Kong's long-awaited Siu Lam Bay bridge will open at least 14 months late and cost an extra HK$3.8 billion, officials have revealed, prompting lawmakers to question the government's oversight of mega infrastructure projects.

The Highways Department told the Legislative Council's transport panel on Friday that the 2.1km dual three-lane crossing, originally due to open at the end of next year, would now be completed in early 2028, with its budget rising to HK$21.6 billion.

Secretary for Transport and Logistics Winnie Cheung Suk-yin said the delay was "regrettable but unavoidable" after contractors discovered far more complex rock conditions than expected beneath several pier foundations.

"When we carried out the site investigation, the boreholes did not pick up the extent of the cavities in the marble formation," Cheung told the panel. "We had to redesign 38 of the piles, and that alone took almost a year."

She said the department had also struggled to recruit enough skilled bar benders and steel fixers, with the construction sector facing a shortfall of about 10,000 workers.

But lawmakers were unconvinced. Gary Tse Wing-hong, who sits on the panel, said the public had been told "again and again" that projects were on track until it was too late.

"Every time, it is the same story - unforeseen ground conditions, manpower shortages, and the taxpayer picks up the bill," Tse said. "Who is going to be held responsible this time?"

Another lawmaker, Irene Ho Mei-ling, asked whether the government would seek damages from the main contractor, Huaxin-Kwan Tat Joint Venture, which is led by mainland firm Huaxin Road and Bridge Group.

Director of Highways Patrick Leung Chi-kin replied that the contract allowed for extensions of time where ground conditions differed materially from the tender information.

"Under the contract, the risk of unforeseen geology sits largely with the employer, which is the government," he said. "But we are examining every claim line by line."

A government source said officials had already rejected about HK$600 million in claims lodged by the contractor, and that further disputes were "very likely" to go to arbitration.

The joint venture said in a statement it had "worked closely with the Highways Department to minimise the impact of the unforeseen conditions" and remained committed to completing the bridge "safely and to the highest standard".

The department's latest progress report, titled "Northern Coastal Corridor: Programme Update", shows that 61 per cent of the works have been completed.

Cheung said the government would review how site investigations were commissioned for future marine projects, including the planned Tuen Mun East link.""",
        [
            ("regrettable but unavoidable", "Winnie Cheung Suk-yin"),
            ("When we carried out the", "Winnie Cheung Suk-yin"),
            ("We had to redesign 38", "Winnie Cheung Suk-yin"),
            ("again and again", "Gary Tse Wing-hong"),
            ("Every time, it is the", "Gary Tse Wing-hong"),
            ("Who is going to be", "Gary Tse Wing-hong"),
            ("Under the contract, the risk", "Patrick Leung Chi-kin"),
            ("But we are examining every", "Patrick Leung Chi-kin"),
            ("very likely", "government source"),
            ("worked closely with the Highways", "Huaxin-Kwan Tat Joint Venture"),
            ("safely and to the highest", "Huaxin-Kwan Tat Joint Venture"),
        ],
    ),
    (
        """Double-track rail work stalls over land disputes

Contractors say delays in handing over sites in Khon Rai threaten 2027 completion

Work on a 190-kilometre double-track railway in the Northeast has fallen more than eight months behind schedule because of disputes over land expropriation, according to the agency overseeing the project.

The Rail Development Office (RDO) said only 71% of the land required for the Ban Phai-Khon Rai section had been handed over to contractors, compared with a target of 95% by the end of last year.

"We cannot ask contractors to build on land we do not yet own," RDO governor Thanakorn Siriwattanaphong said on Monday. "Some landowners have rejected the compensation rates, and each case has to go through the proper legal channels."

Mr Thanakorn said about 430 plots remained in dispute, most of them rice fields and shophouses near planned stations in Muang district. He said the office expected to resolve "the majority" of the cases by June.

The 38.6-billion-baht project, part of what the government calls its "Northeast Gateway" plan, is split into three contracts. Pornchai Rattanakul, managing director of Sahakij Construction, which holds the middle contract, said his company had been forced to keep machinery idle at several sites.

"We have excavators and crews standing by waiting for the land. Every month of delay costs us around 20 million baht in overheads," he said.

He said the contractor would seek an extension of time and compensation for standby costs, but added that the firm wanted to avoid a legal fight with the state. "Our priority is to finish the job. We have a good relationship with the RDO," he said.

Villagers in tambon Non Sa-at, meanwhile, say the compensation offered is well below market value. A village headman, who asked not to be named for fear of jeopardising negotiations, said families were being offered "less than half of what land here sells for now that everyone knows the station is coming".

Wichai Boonmee, secretary to Transport Minister Kittipong Sangthong, said the ministry had asked the RDO to review its appraisal method. "The minister has instructed that no one should be treated unfairly, but the budget also has to be spent responsibly," Mr Wichai said.

According to the ministry, the double-track network is meant to raise average freight train speeds from about 40km/h to 80km/h and shift more cargo from road to rail, cutting logistics costs for exporters in the region.

The RDO said in a statement late on Monday that it would set up a special committee to speed up appeals and "ensure fairness for all affected residents".""",
        [
            ("We cannot ask contractors to", "Thanakorn Siriwattanaphong"),
            ("Some landowners have rejected the", "Thanakorn Siriwattanaphong"),
            ("the majority", "Thanakorn Siriwattanaphong"),
            ("We have excavators and crews", "Pornchai Rattanakul"),
            ("Our priority is to finish", "Pornchai Rattanakul"),
            ("less than half of what", "village headman"),
            ("The minister has instructed that", "Wichai Boonmee"),
            ("ensure fairness for all affected", "Rail Development Office"),
        ],
    ),
    (
        """JRTC elevated guideway tender to be called in third quarter, says Azman

JOHOR BAHRU, Aug 14 (Bernama) -- The open tender for the elevated guideway of the Johor Rapid Transit Corridor (JRTC) will be called in the third quarter of this year, said Transport Minister Datuk Seri Azman Rashid.

He said the ministry had completed the railway scheme study and public display exercise, which drew more than 2,300 submissions from residents along the 28-kilometre alignment between Skudai Jaya and Pasir Permai.

"Most of the feedback was positive. The main concerns raised were on noise, the location of stations and access to feeder buses, and we have taken these into account in the final design," he told reporters after officiating the Southern Region Transport Infrastructure Conference here today.

Azman said the project, estimated to cost RM9.6 billion, would be implemented by Rangkaian Transit Johor Sdn Bhd (RTJ), a wholly-owned unit of the Minister of Finance Incorporated.

He said the government had decided to split the civil works into six packages instead of a single turnkey contract to allow more participation by local contractors.

"We want to avoid a situation where one big player takes everything and the small G7 contractors only get crumbs through sub-contracts. With smaller packages, the competition will be healthier and the cost to the government will be lower," he said.

On the timeline, Azman said the JRTC was targeted to begin operations in stages from 2030, with the first phase linking Skudai Jaya to the city centre.

Meanwhile, Johor Works, Transport and Infrastructure Committee chairman Mohd Fairuz Ismail said the state government had identified 14 parcels of state land for depots, park-and-ride facilities and transit-oriented developments along the route.

"The state is fully committed to this project. We will make sure that land acquisition does not become a bottleneck, as has happened with other projects in the past," he said.

In a statement, RTJ said it would hold a briefing for prospective bidders in Johor Bahru next month, and that the tender documents would include "strict requirements on local content, safety and environmental management".

RTJ chief executive officer Lim Chee Seng, in the same statement, said the company expected "strong interest from both local and foreign contractors" given the pipeline of rail projects in the southern region.

Johor Builders Association (JBA) president Tan Boon Hock welcomed the decision to break up the contract, but urged the authorities to ensure payments to contractors were made on time.

"Many of our members are still recovering from cash-flow problems. A good project is only good for the industry if contractors are paid promptly," he said when contacted by Bernama.

-- BERNAMA""",
        [
            ("Most of the feedback was", "Azman Rashid"),
            ("We want to avoid a", "Azman Rashid"),
            ("The state is fully committed", "Mohd Fairuz Ismail"),
            ("strict requirements on local content", "Rangkaian Transit Johor Sdn Bhd"),
            ("strong interest from both local", "Lim Chee Seng"),
            ("Many of our members are", "Tan Boon Hock"),
        ],
    ),
    (
        """Indonesia port deal with Gulf investor 'close', official says

By Fransiska Putri and Aditya Wiranata

JAKARTA, May 6 (Reuters) - Indonesia is close to finalising a deal with a Gulf-based port operator to develop a $2.1 billion container terminal in North Sumatra, a senior official said on Tuesday, as the country seeks to draw private capital into its infrastructure push.

The agreement for the Teluk Samudra terminal could be signed "within weeks", Hendra Wijayakusuma, a deputy head of the National Logistics Acceleration Agency, told reporters in Jakarta.

"The commercial terms are mostly agreed. What remains is the structure of the concession and some issues on tariffs," Hendra said, without naming the investor.

Two people with knowledge of the matter told Reuters the investor was Abu Dhabi-based Al Noor Maritime Holdings, which would take a 49% stake in the project alongside state port operator PT Pelabuhan Nusantara Barat (PNB).

One of the people said Al Noor had pushed for a minimum volume guarantee from the government, which Jakarta had so far resisted. "That has been the sticking point for months," the person said, declining to be identified because the talks were private.

Al Noor did not respond to a request for comment. PNB said in an emailed statement that it was "in discussions with several potential strategic partners" and would make disclosures "in accordance with prevailing regulations".

The terminal, planned to handle 4 million twenty-foot equivalent units (TEUs) a year at full capacity, is intended to compete for transhipment cargo that is now routed mainly through Singapore and Malaysia's Port Klang.

Indonesia has long struggled to attract private investment in ports, and logistics costs in Southeast Asia's largest economy remain at about 14% of gross domestic product, among the highest in the region.

"Investors like the location, but they want certainty on the rules. Every time there is a change of minister, there is a change of policy," said Rizal Mahendra, a maritime economist at the Jakarta-based Institute for Trade and Logistics Studies.

Hendra said the government was prepared to offer tax incentives and would build rail connections to nearby industrial estates.

"We are not going to give guarantees that put the state budget at risk, but we will make sure the supporting infrastructure is there," he said.

Shares of PNB's listed logistics unit, PT PNB Logistik Tbk, rose as much as 6.2% on Tuesday before closing up 3.8%, outperforming a flat broader market.

(Reporting by Fransiska Putri and Aditya Wiranata; Editing by Martin Hale)""",
        [
            ("close", "Hendra Wijayakusuma"),
            ("within weeks", "Hendra Wijayakusuma"),
            ("The commercial terms are mostly", "Hendra Wijayakusuma"),
            ("That has been the sticking", "person with knowledge of the matter"),
            ("in discussions with several potential", "PT Pelabuhan Nusantara Barat"),
            ("in accordance with prevailing regulations", "PT Pelabuhan Nusantara Barat"),
            ("Investors like the location, but", "Rizal Mahendra"),
            ("We are not going to", "Hendra Wijayakusuma"),
        ],
    ),
    (
        """Expressway contractors warn of sand shortage as Mekong Delta projects race deadline

HCM CITY — Contractors building expressways in the Mekong Delta have warned that a shortage of river sand for embankments could delay several sections scheduled to open by the end of next year.

At a site inspection on Saturday, representatives of the contractors told Deputy Minister of Construction Le Dinh Khoa that only about 40 per cent of the 9.2 million cubic metres of sand required for the Tra Binh–Phuoc Long Expressway had been delivered.

Nguyen Thanh Tung, deputy general director of Hoang Long Infrastructure JSC, which is building a 27km section, said mines designated by the provincial authorities were producing far below their licensed capacity.

“On paper the mines can supply enough sand, but in reality the output is only half of what was promised. We have had barges waiting at the mines for days,” Tung said.

He said the company had stepped up work on bridges and culverts while waiting for sand, but that embankment work, which accounts for most of the volume, “cannot wait much longer”.

Khoa told the contractors and provincial leaders that the ministry would not accept the sand shortage as an excuse for missing the deadline.

“The Government has set a clear target. Every locality must take responsibility for the materials supply within its area,” he said.

“If a mine is licensed and is not producing, the province must find out why and deal with it. If necessary, we will propose that the Prime Minister assign additional mines.”

Khoa also asked the project management board to study the use of sea sand for some sections, citing pilot results that he said had been “encouraging”.

According to Project Management Board No 9 under the ministry, pilot sections built with sea sand showed settlement within permitted limits after 12 months of monitoring.

Tran Thi Mai Lan, vice chairwoman of Song Hau Province People’s Committee, said the province had granted licences for three new mines in the last quarter and was working with police to crack down on illegal sand dredging, which she said had “distorted the market”.

A site engineer at one of the packages, who asked not to be named, said the price of sand delivered to the site had risen from about VND250,000 to more than VND400,000 per cubic metre over the past year.

“At that price, some small subcontractors are losing money on every truckload,” he said.

The 188km expressway, with total investment of VND44 trillion (US$1.7 billion), is part of the North–South expressway network, which the Government aims to extend to 5,000km by 2030. — VNS""",
        [
            ("On paper the mines can", "Nguyen Thanh Tung"),
            ("cannot wait much longer", "Nguyen Thanh Tung"),
            ("The Government has set a", "Le Dinh Khoa"),
            ("If a mine is licensed", "Le Dinh Khoa"),
            ("encouraging", "Le Dinh Khoa"),
            ("distorted the market", "Tran Thi Mai Lan"),
            ("At that price, some small", "site engineer"),
        ],
    ),
    (
        """Toll hike on South Bay Skyway approved; motorists face P15 increase starting June

By Miguel R. Santiago, Reporter

THE Tollways Regulatory Commission (TRC) has approved a staggered toll increase for the South Bay Skyway, raising the end-to-end rate for Class 1 vehicles by P15 beginning June 1.

In a notice published on Sunday, the TRC said the adjustment covered increases that had been "deferred since 2021 in consideration of the economic recovery of motorists and the public."

Under the new toll matrix, Class 1 vehicles such as cars and SUVs will pay P128 from P113 for the full 22-kilometer stretch. Class 2 vehicles will pay P256 from P226, while Class 3 vehicles will pay P384 from P339.

TRC Executive Director Antonio C. Manalastas said the commission had reviewed the petitions of Southlink Tollway Corp. (STC) "line by line" and approved only about half of what the operator had sought.

"The concessionaire asked for much more. We granted what is due under the concession agreement, no more and no less," Mr. Manalastas said in a phone interview on Monday.

STC, a unit of Pacifica Infrastructure Holdings, Inc., said in a statement that the increase would help fund the P6.8-billion widening of the skyway's southern section and the installation of additional RFID lanes.

"We understand that any increase is difficult for motorists. We have spread the adjustment over two tranches to soften the impact," STC President and Chief Executive Officer Carmela D. Reyes-Uy said.

The second tranche of P9 is set to take effect in January next year.

Transport groups, however, criticized the approval. Ferdinand "Andoy" Lacson, president of the Alliance of Provincial Bus Operators, said the increase would force member companies to petition for a fare hike.

"Our margins are already razor-thin because of fuel prices. If we absorb this, some routes will simply stop running," Mr. Lacson told reporters.

A Department of Transportation official, who declined to be named as he was not authorized to speak to media, said the department had asked the TRC to "look at the bigger picture on public transport costs" before approving the petition.

"Toll road operators have been lobbying for the adjustments because delayed increases affect their ability to service debt," said Juan Paolo M. Tiangco, research head at Luzon Capital Securities, in a Viber message.

Mr. Tiangco added that the approval was "mildly positive" for Pacifica, whose shares closed unchanged at P4.12 on Monday.""",
        [
            ("deferred since 2021 in consideration", "Tollways Regulatory Commission"),
            ("line by line", "Antonio C. Manalastas"),
            ("The concessionaire asked for much", "Antonio C. Manalastas"),
            ("We understand that any increase", "Carmela D. Reyes-Uy"),
            ("Our margins are already razor-thin", "Ferdinand Lacson"),
            ("look at the bigger picture", "Department of Transportation official"),
            ("Toll road operators have been", "Juan Paolo M. Tiangco"),
            ("mildly positive", "Juan Paolo M. Tiangco"),
        ],
    ),
    (
        """Worker killed, two hurt after tower crane jib falls at Loyang Rise condo site

Ng Hui Min

SINGAPORE – A 43-year-old worker was killed and two others were injured after part of a tower crane collapsed at a condominium construction site in Loyang Rise on the morning of Jan 22.

The police said they were alerted to the incident at about 9.40am. The worker, a Bangladeshi national, was struck by the falling jib while working at ground level and was pronounced dead at the scene.

The two other workers, aged 29 and 37, were taken to hospital conscious.

In a statement, the Workplace Safety Authority (WSA) said it had issued a stop-work order at the site and was investigating the cause of the collapse.

“Preliminary findings indicate that the jib may have failed during a lifting operation. WSA has instructed the occupier to cease all lifting activities at the site,” it said.

The site’s main contractor, Tiong Hup Construction, said it was “deeply saddened” by the incident.

“Our priority now is to support the family of the deceased and the injured workers,” said the company’s managing director, Mr Alvin Goh Kian Huat. “We are cooperating fully with the authorities.”

Mr Goh declined to comment on the crane’s maintenance history, citing ongoing investigations.

Retiree Francis Wee, 67, who lives in a block of flats across the road, said he heard a “very loud bang, like something exploding”.

“I ran to the window and saw the crane arm lying across the site. Workers were shouting and running,” he said.

“Everyone is checking their cranes now. The supervisors came round after lunch to tell us to stop all lifting until further notice,” said a worker at a neighbouring site, who declined to be named.

The developer, Harbourvale Land, said in a statement that it was “in close contact with the contractor” and that the project’s completion timeline would be reviewed. The 420-unit development was launched in 2023 and is about 60 per cent sold.

Mr Louis Tan, chairman of the Construction Safety Council, said the incident should prompt contractors to review how lifting operations are planned and supervised.

“Every crane incident is a reminder that lifting operations are among the highest-risk activities on site. There is no room for shortcuts,” he said.

This is the third fatal workplace accident involving cranes this year, according to WSA figures.""",
        [
            ("Preliminary findings indicate that the", "Workplace Safety Authority"),
            ("deeply saddened", "Tiong Hup Construction"),
            ("Our priority now is to", "Alvin Goh Kian Huat"),
            ("We are cooperating fully with", "Alvin Goh Kian Huat"),
            ("very loud bang, like something", "Francis Wee"),
            ("I ran to the window", "Francis Wee"),
            ("Everyone is checking their cranes", "worker at a neighbouring site"),
            ("in close contact with the", "Harbourvale Land"),
            ("Every crane incident is a", "Louis Tan"),
        ],
    ),
]
