CASES = [
    (
        """Paylode scraps fees on small transfers as merchant war heats up

BY CHIDINMA OKAFOR

Paylode, the Ebute-Owo-based payments company, has scrapped charges on transfers below N5,000 for small merchants on its network, in a move analysts say could deepen a price war among Nigeria's fintech firms competing for market traders and roadside vendors.

The waiver, which takes effect on March 1, will apply to about 340,000 merchants using the company's point-of-sale terminals and mobile app, the company said in a statement on Tuesday.

"Our merchants are under serious pressure from inflation and the cost of doing business, and we cannot keep taking a cut from every small transaction," said Adaeze Nwankwo, chief executive officer of Paylode.

"This is not charity. A trader who does ten transfers a day today will do thirty tomorrow if the pricing is right, and that is where our growth will come from."

Nwankwo said the company would make up for the lost revenue through its lending and savings products, which she described as "the real engine of the business."

The move comes weeks after rival Kudisafe cut its own charges by half, and as several lenders tighten terms in response to higher interest rates. Industry data compiled by the Fintech Operators Association of Nigeria (FOAN) show that transfer fees account for between 40 and 60 percent of revenue at most mid-sized payment firms.

Tunde Balogun, an independent fintech analyst at Meridian Research, said smaller players would struggle to match the offer.

"The big ones can afford to bleed for a while because they have venture money behind them," Balogun said. "The smaller firms cannot, and I expect we will see some consolidation before the end of the year."

A spokesman for Kudisafe declined to comment on Paylode's pricing but said the company remained "focused on reliability, not gimmicks."

Traders at the Araromi-Oke market welcomed the news. Folasade Adeyemi, who sells provisions, said she paid as much as N3,000 in transfer charges in some weeks.

"It adds up. When you are selling on small margin, those charges are eating your profit," she said.

FOAN's executive secretary, Ibrahim Musa Gwarzo, said in a statement that the association supported lower charges but urged members to "price responsibly so that customers are not left stranded if a company collapses."

The Central Bank of Nigeria has in recent months stepped up scrutiny of payment companies, ordering several to pause the onboarding of new customers over know-your-customer lapses.""",
        [
            ("Our merchants are under serious", "Adaeze Nwankwo"),
            ("This is not charity.", "Adaeze Nwankwo"),
            ("the real engine of the", "Adaeze Nwankwo"),
            ("The big ones can afford", "Tunde Balogun"),
            ("The smaller firms cannot, and", "Tunde Balogun"),
            ("focused on reliability, not gimmicks.", "spokesman"),
            ("It adds up.", "Folasade Adeyemi"),
            ("price responsibly so that customers", "Ibrahim Musa Gwarzo"),
        ],
    ),
    (
        """Petrol price hits N1,150 per litre in Ananbo as marketers blame depot costs

Motorists in Ananbo, the capital of Kwande State, on Sunday paid as much as N1,150 per litre for petrol as independent marketers raised pump prices for the second time in two weeks.

Our correspondent, who visited filling stations along the Ring Road and Old Market axis, observed that many outlets had adjusted their pumps overnight, while some stations remained shut.

The chairman of the Kwande chapter of the Independent Petroleum Marketers Association, Alhaji Sani Dikko, blamed the increase on rising depot prices and the cost of haulage.

He said, "We buy from the depot at a price that changes almost every day. Before the truck gets to Ananbo, the price has moved again. We are not the ones fixing the price; we are just surviving."

Dikko added that some members had stopped lifting products altogether because "the margin is no longer there."

"If you buy at N1,060 at the depot, add transport, add levies by local government boys, add your staff salary, what are you left with? Nothing," he said.

A commercial bus driver, Emeka Obi, who plies the Ananbo-Ugwuoke route, told our correspondent that he had raised fares by N300.

"Passengers are complaining, but what can I do? I bought fuel yesterday at N1,100 and today it is N1,150," Obi said.

Another motorist, who identified herself simply as Mrs Okon, said she now parked her car on weekdays and took tricycles to work.

However, the Downstream Petroleum Regulatory Commission said in a statement on Saturday that supply was stable and urged Nigerians not to engage in panic buying.

"There is sufficient product in the system to meet national demand. The Commission is monitoring pump prices and will sanction any marketer found hoarding," the commission said.

An energy economist at the University of Ananbo, Dr Kelechi Eze, said the price movement reflected the naira's weakness against the dollar rather than scarcity.

According to him, "As long as the exchange rate remains volatile, pump prices will keep moving. Deregulation means prices follow costs, and the biggest cost is the dollar."

Eze advised the state government to speed up the rollout of compressed natural gas buses promised last year, saying it would "cushion the effect on ordinary people."

As of press time, queues had started forming at the few stations still selling below N1,100.""",
        [
            ("We buy from the depot", "Sani Dikko"),
            ("the margin is no longer", "Sani Dikko"),
            ("If you buy at N1,060", "Sani Dikko"),
            ("Passengers are complaining, but what", "Emeka Obi"),
            ("There is sufficient product in", "Downstream Petroleum Regulatory Commission"),
            ("As long as the exchange", "Kelechi Eze"),
            ("cushion the effect on ordinary", "Kelechi Eze"),
        ],
    ),
    (
        """Ogboro: Fakorede dissolves cabinet, promises 'leaner, result-driven' team

By Segun Adebowale, Iberekodo

Governor Oluwaseun Fakorede of Ogboro State on Thursday dissolved the State Executive Council, three years into his first term, and directed all commissioners to hand over to permanent secretaries in their ministries.

The governor announced the decision at the end of an emergency council meeting at the Government House, Iberekodo, hours after a long-running dispute between two of his commissioners spilled into the open.

In a broadcast later in the evening, Fakorede thanked the outgoing commissioners for their service but said the administration needed "fresh energy" for the remaining part of its tenure.

"When we came in, we promised the people of Ogboro roads, water and jobs. We have delivered on a good part of that promise, but I am not satisfied with the pace," he said.

"I want a leaner, result-driven team that will wake up every morning thinking about the farmer in Ilupeju-Oke and the trader in Oja-Tuntun, not about politics."

He said the list of new nominees would be sent to the State House of Assembly "within the next two weeks."

The Chief Press Secretary to the governor, Mr Kunle Aderinto, told reporters that the dissolution was not connected to the public quarrel between the Commissioner for Finance, Mrs Bisola Ogunleye, and her Works counterpart, Mr Dapo Adigun, over contractor payments.

"The governor has been considering this for months. Anyone linking it to one incident is reading too much into it," Aderinto said.

But the opposition Peoples Progressive Alliance (PPA) described the move as "a diversionary tactic" meant to cover what it called the administration's failures.

The party's state publicity secretary, Comrade Yemi Olatunji, said in a statement: "Dissolving the cabinet will not fix the roads or pay the pensioners. The governor should tell Ogboro people where the money went."

A political science lecturer at Ogboro State University, Dr Femi Akinola, said the timing suggested the governor was repositioning ahead of the next election.

"Governors do this about eighteen months before elections. It allows them to reward loyalists and bring in people who can deliver votes," he said.

Akinola, however, noted that the governor's approval ratings remained high in rural areas, where he said road projects had been "very visible."

A senior official in the Government House, who asked not to be named because he was not authorised to speak on the matter, said at least four of the sacked commissioners were likely to return.

"Not everybody is going. Some of them did well, and the governor knows it," the official said.""",
        [
            ("leaner, result-driven", "Oluwaseun Fakorede"),
            ("fresh energy", "Oluwaseun Fakorede"),
            ("When we came in, we", "Oluwaseun Fakorede"),
            ("I want a leaner, result-driven", "Oluwaseun Fakorede"),
            ("within the next two weeks.", "Oluwaseun Fakorede"),
            ("The governor has been considering", "Kunle Aderinto"),
            ("a diversionary tactic", "Peoples Progressive Alliance"),
            ("Dissolving the cabinet will not", "Yemi Olatunji"),
            ("Governors do this about eighteen", "Femi Akinola"),
            ("very visible.", "Femi Akinola"),
            ("Not everybody is going.", "senior official in the Government House"),
        ],
    ),
    (
        """Port congestion: Importers count losses as over 2,000 containers stuck at Okuru

Importers and clearing agents at the Okuru Port Complex say they are losing billions of naira to demurrage as congestion at the terminals worsens, with more than 2,000 containers awaiting examination as of Friday.

Checks by our reporter on Friday showed trucks queuing for nearly six kilometres along the Okuru-Agbara expressway, while dozens of vessels waited at anchorage for berthing space.

The President of the Association of Licensed Customs Agents (ALCA), Ifeanyi Chukwuma, blamed the backlog on the slow pace of physical examination and frequent failures of the scanners installed at the port.

“Out of four scanners, only one is working. So every container is now going for 100 per cent physical examination, and that takes days,” Mr Chukwuma said.

“Meanwhile, the shipping companies are charging demurrage every day. The importer pays, and at the end of the day the consumer pays through higher prices.”

He said some of his members had paid “as much as N15 million in demurrage on a single consignment” in the past month.

But the Maritime Ports Management Authority (MPMA) said the situation was being exaggerated. In a statement on Thursday, the authority said cargo dwell time at Okuru had improved from 21 days to 14 days since January.

“The Authority has deployed additional personnel and is working with terminal operators and sister agencies to clear the backlog within the shortest possible time,” the statement said.

A senior customs officer at the port, who spoke on condition of anonymity because he was not authorised to speak to journalists, admitted that the scanners had been down “for weeks.”

“We have raised memos upward. Until the spare parts come in, there is little we can do,” the officer said.

The Customs Area Controller, Comptroller Aminu Dankano, had earlier told journalists during a tour of the terminals that the command was committed to trade facilitation.

According to Mr Dankano, the command collected N412 billion in revenue in the first quarter, a figure he said showed that “operations are going on normally despite the challenges.”

Terminal operators, for their part, complained that empty containers not returned by shipping lines were taking up yard space. An official of Westbay Terminals, one of the operators, said the terminal was operating at 92 per cent capacity.

Economists warn that the congestion could add to inflation, which stood at 28.4 per cent in April.

“Port inefficiency is a hidden tax on every Nigerian,” said Amaka Odili, chief economist at Ridgeline Capital. “When a container sits at the port for three weeks, somebody has to pay for it.”""",
        [
            ("Out of four scanners, only", "Ifeanyi Chukwuma"),
            ("Meanwhile, the shipping companies are", "Ifeanyi Chukwuma"),
            ("as much as N15 million", "Ifeanyi Chukwuma"),
            ("The Authority has deployed additional", "Maritime Ports Management Authority"),
            ("for weeks.", "senior customs officer at the port"),
            ("We have raised memos upward.", "senior customs officer at the port"),
            ("operations are going on normally", "Aminu Dankano"),
            ("Port inefficiency is a hidden", "Amaka Odili"),
            ("When a container sits at", "Amaka Odili"),
        ],
    ),
    (
        """Apex bank fines Kudisafe, two others N2.4bn over KYC lapses

The Central Bank of Nigeria (CBN) has fined three financial technology companies a total of N2.4 billion for what it called "significant lapses" in customer identification and anti-money laundering controls.

Kudisafe Microfinance Bank was fined N1.1 billion, while Zentra Pay and Okowise Digital were fined N800 million and N500 million respectively, according to a circular posted on the bank's website on Monday.

"Investigations revealed that the affected institutions onboarded customers without adequate verification of their Bank Verification Numbers and National Identification Numbers, exposing the financial system to fraud and other illicit flows," the circular said.

The apex bank also directed the three firms to conduct an independent audit of their customer databases within 60 days and to "restrict tier-one accounts to the regulatory limits."

Kudisafe, in a statement on Tuesday, said it "respects the decision of the regulator" and had already begun reviewing its onboarding processes.

"We wish to assure our customers that their funds are safe and that services will continue without interruption," the company said. "We have taken steps to strengthen our compliance team and will continue to cooperate fully with the CBN."

Zentra Pay did not respond to requests for comment. Okowise Digital's head of communications, Temitope Alade, said the company would study the circular before deciding its next steps.

"We only received the letter this morning. Our legal team is reviewing it, and we will make our position known in due course," she said in a text message.

The sanctions are the latest in a series of regulatory actions against digital lenders and payment firms, which have grown rapidly on the back of Nigeria's young, mobile-first population but have also been linked to a rise in account takeovers and "money mule" schemes.

A former deputy director at the apex bank, Olumide Arowolo, said the regulator was sending a signal to the industry.

"The message is that growth cannot come at the expense of compliance," Arowolo said. "For years, some of these firms treated KYC as a box-ticking exercise. That era is over."

He, however, cautioned against heavy-handed enforcement that could stifle innovation, noting that fintechs had brought millions of previously unbanked Nigerians into the formal financial system.

The Fintech Operators Association of Nigeria said it would engage the regulator "with a view to developing a clear, predictable compliance framework for the sector."

Shares of listed banks with fintech subsidiaries were largely unchanged on the Nigerian Exchange on Tuesday.""",
        [
            ("significant lapses", "Central Bank of Nigeria"),
            ("Investigations revealed that the affected", "Central Bank of Nigeria"),
            ("restrict tier-one accounts to the", "Central Bank of Nigeria"),
            ("respects the decision of the", "Kudisafe Microfinance Bank"),
            ("We wish to assure our", "Kudisafe Microfinance Bank"),
            ("We have taken steps to", "Kudisafe Microfinance Bank"),
            ("We only received the letter", "Temitope Alade"),
            ("The message is that growth", "Olumide Arowolo"),
            ("For years, some of these", "Olumide Arowolo"),
            ("with a view to developing", "Fintech Operators Association of Nigeria"),
        ],
    ),
    (
        """Workers begin strike in Kebbo as governor insists on N70,000 wage

From Musa Abdullahi, Gidan-Kebbo

Public servants in Kebbo State yesterday began an indefinite strike after talks between organised labour and the state government over a new minimum wage broke down.

Schools, hospitals and ministries in Gidan-Kebbo, the state capital, were largely deserted as workers heeded the directive of the Joint Public Service Unions (JPSU) to stay at home.

The chairman of the JPSU in the state, Comrade Abubakar Tanko Yelwa, told journalists at the union secretariat that workers had been "pushed to the wall."

"We have been patient for over eight months. We wrote letters, we attended meetings, we even agreed to spread the arrears over six months. The government did not move an inch," he said.

"Our members cannot continue to survive on a wage that was fixed when a bag of rice was N18,000. Today the same bag is over N80,000.

"We are not asking for a favour. We are asking for what the law says."

Yelwa said the strike would continue until the government signed an agreement to implement the N85,000 wage demanded by labour.

But Governor Haruna Dauda Maikasuwa, speaking at a town hall meeting in Bakin-Ruwa, insisted that the state could not afford more than N70,000.

"I want to be honest with our workers. Our monthly allocation from the federation account is about N9 billion, and the wage bill alone is taking N6.2 billion," Maikasuwa said. "If we pay N85,000, we will not be able to build a single classroom or fix a single road."

The governor appealed to the unions to "return to the negotiating table in the interest of the state," adding that the government would not victimise striking workers.

The state Commissioner for Information, Hajiya Zainab Abdulkadir-Lere, said in a statement that the government had already paid a N10,000 "wage award" to all workers since January.

At the General Hospital, Gidan-Kebbo, only a handful of nurses were seen attending to patients. One patient's relative, Ladi Markus, said she was turned back with her sick son.

"They said no doctor is on duty. Where do we go now? We cannot afford the private hospital," she said.

The Kebbo State Association of Resident Doctors said in a statement that emergency services would be maintained at all secondary health facilities, but warned that "skeletal services cannot last indefinitely."

Efforts to reach the state Head of Service for comment were unsuccessful as of press time.""",
        [
            ("pushed to the wall.", "Abubakar Tanko Yelwa"),
            ("We have been patient for", "Abubakar Tanko Yelwa"),
            ("Our members cannot continue to", "Abubakar Tanko Yelwa"),
            ("We are not asking for", "Abubakar Tanko Yelwa"),
            ("I want to be honest", "Haruna Dauda Maikasuwa"),
            ("If we pay N85,000, we", "Haruna Dauda Maikasuwa"),
            ("return to the negotiating table", "Haruna Dauda Maikasuwa"),
            ("They said no doctor is", "Ladi Markus"),
            ("skeletal services cannot last indefinitely.", "Kebbo State Association of Resident Doctors"),
        ],
    ),
    (
        """Ibom-Delta Refinery cuts petrol gantry price to N985 per litre, marketers react

The Ibom-Delta Petroleum Refinery has reduced the gantry price of Premium Motor Spirit (PMS), popularly known as petrol, from N1,030 to N985 per litre, the second cut in three weeks.

This was disclosed in a notice sent to marketers on Wednesday. The notice, seen by our correspondent, said the new price would apply to all products lifted from the refinery's loading gantry from Thursday.

"This adjustment reflects the recent moderation in crude oil prices and the relative stability of the naira in the foreign exchange market," the refinery said in the notice.

The refinery's spokesperson, Anthony Ekpenyong, said the company expected the reduction to reach consumers "within days, not weeks."

"We have done our part. We now expect marketers and retail outlets to pass on the benefit to Nigerians at the pump," he said.

What marketers are saying

Reacting to the development, the National Publicity Secretary of the Association of Independent Fuel Retailers (AIFR), Chijioke Nwachukwu-Eze, said members would adjust pump prices once they exhausted stock bought at the old price.

He explained: "Many of our members bought products last week at over N1,030. You cannot expect them to sell at a loss. Give it about a week and prices will come down across board."

However, Dr Bashir Lawal-Isah, an energy analyst and former director at a downstream regulatory agency, said retailers had historically been quick to raise prices and slow to cut them.

"When prices go up, the pumps change the same afternoon. When prices come down, suddenly everybody has old stock," Lawal-Isah wrote on X on Wednesday.

He urged regulators to publish a weekly "reference price" so that consumers would know what to expect at filling stations.

What you should know

The refinery, which began operations last year, has steadily increased its share of the domestic market, displacing imports that once accounted for nearly all the petrol consumed in the country.

Its chairman, Chief Okon Bassey-Udoh, had said at a stakeholders' forum in March that the plant would "end the era of fuel queues in Nigeria."

Some independent marketers have, however, complained that they are "being locked out of direct supply arrangements," alleging that the refinery favours a handful of large distributors, a claim the company has denied.""",
        [
            ("This adjustment reflects the recent", "Ibom-Delta Petroleum Refinery"),
            ("within days, not weeks.", "Anthony Ekpenyong"),
            ("We have done our part.", "Anthony Ekpenyong"),
            ("Many of our members bought", "Chijioke Nwachukwu-Eze"),
            ("When prices go up, the", "Bashir Lawal-Isah"),
            ("end the era of fuel", "Okon Bassey-Udoh"),
            ("being locked out of direct", "independent marketers"),
        ],
    ),
    (
        """Nigerian state signs $1.8 bln deal for deep sea port to ease Okuru congestion

IDORO, Nigeria, June 3 - Nigeria's southern Atabong State on Monday signed a $1.8 billion agreement with a consortium led by Hong Kong-based Pacific Harbour Holdings to build a deep sea port, as the country seeks to relieve chronic congestion at its main gateway in Okuru.

Atabong Governor Etim Asuquo-Nsa said the port at Idoro, about 120 km from the state capital, would be able to handle vessels with a draught of up to 14 metres and would be completed in four years.

"For too long, cargo meant for the east and the north has had to pass through Okuru, with all the delays that come with it," Asuquo-Nsa said at the signing ceremony. "Idoro will change that."

The project will be developed under a 45-year concession, with the state government holding a 20 percent stake, according to a copy of the agreement seen by reporters.

Nigeria, Africa's most populous country, has for years struggled with port bottlenecks that shippers say add weeks to delivery times and push up the cost of imported goods. Average vessel waiting times at Okuru rose to 11 days in the first quarter, according to the Shippers' Council of Nigeria.

Pacific Harbour's managing director for Africa, Daniel Lau, said the company had secured financing commitments from two Asian lenders, which he declined to name.

"We see West Africa as one of the most important growth markets for container traffic in the next decade," Lau told reporters.

However, two federal government officials said the project had not yet received approval from the federal ports authority, which has the final say over port licences.

"The state can sign whatever it wants, but without federal approval nothing will be built," one of the officials, who asked not to be identified because he was not authorised to speak publicly, said.

The Maritime Ports Management Authority said in a statement that it had "taken note" of the agreement and would review the project "in line with extant laws and regulations."

Several deep sea port projects announced by Nigerian states over the past two decades have stalled over funding and disputes with the federal government.

Fishing communities in Idoro have also raised concerns about displacement. Their leader, Asukwo Effiong, said communities had not been consulted.

"We only heard about this on the radio. Nobody has come to tell us where we will go," Effiong said by phone.

A spokesman for the governor said compensation would be paid "in full and on time" to affected communities.

"Ports are not built by press conferences," said Ngozi Amadi-Ibe, head of research at Harbourline Advisory. "The real test is whether the financing closes and whether the road and rail links are built at the same time."

Pacific Harbour said construction would begin early next year, subject to approvals.""",
        [
            ("For too long, cargo meant", "Etim Asuquo-Nsa"),
            ("Idoro will change that.", "Etim Asuquo-Nsa"),
            ("We see West Africa as", "Daniel Lau"),
            ("The state can sign whatever", "federal government official"),
            ("taken note", "Maritime Ports Management Authority"),
            ("in line with extant laws", "Maritime Ports Management Authority"),
            ("We only heard about this", "Asukwo Effiong"),
            ("in full and on time", "spokesman"),
            ("Ports are not built by", "Ngozi Amadi-Ibe"),
            ("The real test is whether", "Ngozi Amadi-Ibe"),
        ],
    ),
]
