CASES = [
    (
        """Sahra Airways orders 24 narrowbody jets in bet on regional demand

By Karim Haddad

RAS AL-NAKHEEL, March 12 (Reuters) - Sahra Airways, the state-owned carrier of Ras al-Nakheel, has agreed to buy 24 narrowbody jets worth about $3.1 billion at list prices, its chief executive said on Tuesday, as Gulf airlines race to add capacity on short-haul routes to South Asia and Africa.

The order, split between 18 firm purchases and six options, will nearly double the size of the airline's single-aisle fleet by 2030, Tariq al-Mansoori told reporters at the airline's headquarters.

"We are seeing load factors above 85 percent on most of our Indian and East African routes, and we simply do not have the aircraft to meet that demand," Mansoori said. "This order gives us the lift we need for the next decade."

The airline did not disclose the discount it had negotiated, though industry sources said large orders typically carry reductions of 40 percent or more from list prices.

Deliveries are expected to begin in the second half of 2027, two people familiar with the matter said, later than the airline had originally sought because of supply chain bottlenecks at engine makers.

Sahra, which flies to 61 destinations, reported a net profit of 412 million dirhams ($112 million) for 2024, its third consecutive year in the black after heavy losses during the pandemic.

The carrier is also in talks to lease up to eight widebody aircraft to cover a shortfall while it waits for the new jets, Mansoori said, adding that a decision would be made "within weeks, not months."

Analysts said the order was broadly in line with expectations.

"Sahra has been capacity-constrained for two years now, and it was losing transfer traffic to its larger neighbours," said Nadia Faraj, an aviation analyst at Amwal Capital. "The question is whether the delivery slots hold."

A spokesman for the planemaker declined to comment on the terms of the deal.

Gulf airlines have placed orders for more than 600 aircraft since the start of 2023, according to data compiled by consultancy Aerofin Partners, straining an industry still struggling to ramp up output after the pandemic.

The Ras al-Nakheel Civil Aviation Authority said in a statement that the expansion was "fully aligned with the emirate's tourism strategy," which targets 9 million visitors a year by 2031.

(Reporting by Karim Haddad; Editing by Louise Ferrand)""",
        [
            ("We are seeing load factors", "Tariq al-Mansoori"),
            ("This order gives us the", "Tariq al-Mansoori"),
            ("within weeks, not months.", "Tariq al-Mansoori"),
            ("Sahra has been capacity-constrained for", "Nadia Faraj"),
            ("The question is whether the", "Nadia Faraj"),
            ("fully aligned with the emirate's", "Ras al-Nakheel Civil Aviation Authority"),
        ],
    ),
    (
        """Qasr Developments awards Dh2.4bn contract for Marsa Hadeel waterfront towers

By Sana Qureshi

Qasr Developments has awarded a Dh2.4 billion ($653 million) main construction contract for the second phase of its Marsa Hadeel waterfront project to a joint venture of local firm Bin Ghaith Contracting and Karaman İnşaat.

The package covers four residential towers of between 38 and 52 storeys, a podium retail centre and 1,900 parking spaces, the developer said in a filing to the Khor Dabbas Securities Exchange on Monday.

Work is scheduled to start in the third quarter, with completion targeted for the end of 2028.

Hamad Al Suwaidi, group chief executive of Qasr Developments, said the award marked “a major milestone” for the project, which was launched in 2022.

“Phase one was fully sold within eleven months of launch, and we handed over the first units three months ahead of schedule,” he said. “That track record gave us the confidence to accelerate phase two rather than wait for the market to tell us what to do.

“We have been very disciplined on contractor selection. This joint venture was neither the cheapest nor the most expensive, but they had the strongest delivery plan and a balance sheet we are comfortable with.”

The developer’s shares rose 3.1 per cent in early trade after the announcement.

Construction costs in the region have climbed sharply over the past two years, with steel rebar and ready-mix concrete prices up by as much as 18 per cent, according to quantity surveyor Meridian Cost Consultants.

Elif Karaman, managing director of Karaman İnşaat’s Gulf operations, said the joint venture had already locked in prices for about 60 per cent of its major materials.

“We have learned the lessons of 2022,” she said. “Nobody in this industry wants to be caught with a fixed-price contract and unhedged steel again.”

Mohammed Bin Ghaith, chairman of Bin Ghaith Contracting, put it more bluntly: “Contractors went bankrupt on projects like this. We will not be one of them.”

Marsa Hadeel, a 1.2 million square metre mixed-use scheme on reclaimed land south of the city centre, is expected to house about 14,000 residents on completion. The developer has said it plans to launch a third phase, comprising villas and a hotel, in 2026.

Analysts at Sahel Securities said in a note that the contract value was “within the range we had modelled” and that the developer’s net cash position left it well placed to fund construction without additional borrowing.

Qasr reported a 27 per cent rise in first-quarter net profit last month, to Dh318 million, on the back of strong off-plan sales.""",
        [
            ("a major milestone", "Hamad Al Suwaidi"),
            ("Phase one was fully sold", "Hamad Al Suwaidi"),
            ("That track record gave us", "Hamad Al Suwaidi"),
            ("We have been very disciplined", "Hamad Al Suwaidi"),
            ("We have learned the lessons", "Elif Karaman"),
            ("Nobody in this industry wants", "Elif Karaman"),
            ("Contractors went bankrupt on projects", "Mohammed Bin Ghaith"),
            ("within the range we had", "Sahel Securities"),
        ],
    ),
    (
        """NHC signs $1.2 billion deal to develop offshore Bir Tamsa gas field

TIZNARA - The National Hydrocarbons Corporation (NHC) signed a $1.2 billion agreement on Sunday with a consortium led by Levanto Energy to develop the offshore Bir Tamsa gas field, in a bid to reverse a three-year slide in domestic production and restore exports to southern Europe.

The deal, signed at a ceremony in the capital attended by senior government officials, covers the drilling of nine development wells and the construction of a 140-kilometre subsea pipeline to the Zouara processing plant, NHC said in a statement.

"This agreement is a turning point for our gas sector," NHC chairman Abdelkrim Bensalah said at the ceremony. "For the first time in a decade we will be adding production rather than simply slowing the decline."

Bensalah said the field would produce 450 million cubic feet per day at plateau, enough to raise the country's total gas output by around 30 percent by the end of 2027.

Levanto Energy will hold a 45 percent stake and act as operator, with NHC holding 35 percent and its subsidiary Sidra Gas Services the remaining 20 percent. Levanto chief executive Marco Ferrante told reporters that first gas was expected "in the first half of 2027, if the permitting schedule holds."

"We have worked in this basin for twenty years and we know its geology well," Ferrante said. "The challenge is not the reservoir. The challenge is execution, and that is where we will be judged."

Domestic demand for gas has surged in recent years on the back of population growth and rising air-conditioning use, forcing the authorities to cut exports during the summer months to keep power stations running. Rolling blackouts last August prompted protests in several cities.

A senior official at the energy ministry, who asked not to be named because he was not authorised to speak to the media, said the government hoped the new output would allow it to end the summer export cuts "by 2028 at the latest."

"Every cubic metre we don't burn at home is a cubic metre we can sell for hard currency," the official said.

Analysts were cautiously optimistic. Yasmine Toumi, a North Africa energy analyst at Crescent Risk Advisory, said the project was "technically straightforward by regional standards" but warned that previous offshore developments in the country had suffered lengthy delays.

"Investors will want to see the pipeline contract awarded quickly," Toumi said. "That has historically been where things stall."

NHC said tenders for the subsea pipeline would be launched before the end of the year.""",
        [
            ("This agreement is a turning", "Abdelkrim Bensalah"),
            ("For the first time in", "Abdelkrim Bensalah"),
            ("in the first half of", "Marco Ferrante"),
            ("We have worked in this", "Marco Ferrante"),
            ("The challenge is not the", "Marco Ferrante"),
            ("by 2028 at the latest.", "senior official at the energy ministry"),
            ("Every cubic metre we don't", "senior official at the energy ministry"),
            ("technically straightforward by regional standards", "Yasmine Toumi"),
            ("Investors will want to see", "Yasmine Toumi"),
            ("That has historically been where", "Yasmine Toumi"),
        ],
    ),
    (
        """Bids submitted for Madinat al-Waha metro Line 3

Client weighing whether to split tunnelling scope after prices come in above budget

Four contractor groups have submitted bids for the main civil works contract on Line 3 of the Madinat al-Waha Metro, according to sources close to the tender.

The 27km line, which will have 19 stations, 11 of them underground, is being procured by Madinat al-Waha Transport Authority (MWTA) on a design-and-build basis. Bids were submitted on 14 November after two extensions to the original deadline.

The bidders are understood to include a joint venture of local firm Al-Rawdah Contracting and Hanseong Engineering & Construction, and a consortium led by Constructora Ibera. Two other groups, both led by state-backed contractors from East Asia, also submitted offers.

The lowest bid is understood to be about $2.9bn, roughly 15 per cent above the client's internal estimate.

'The gap between the estimate and the bids is not unusual for a scheme of this complexity, but it is going to force some hard conversations,' said a source close to the client. 'There is a real possibility that the tunnelling scope is split out and retendered as a separate package.'

MWTA said it was 'evaluating all submissions in line with its procurement framework' and expected to announce a decision in the first quarter of next year. It declined to comment on the value of the bids.

Speaking at a conference in the city in October, MWTA chief executive Faisal al-Harbi said the authority was 'fully committed to opening Line 3 before the end of the decade'.

'Line 3 connects the airport to the new financial district, and everything we are planning in the east of the city depends on it,' he said. 'We are not going to compromise on that timeline.'

However, contractors have raised concerns about the risk allocation in the draft contract.

'The ground conditions on the eastern section are poorly understood, and the client wants the contractor to carry almost all of that risk,' said one bidder. 'At these prices, with that risk profile, I would be surprised if everyone stays in the race.'

Another contractor, which considered bidding but ultimately withdrew, said the programme was 'extremely aggressive for a project of this scale', given the volume of other infrastructure work under way in the city.

MWTA awarded the systems contract for Lines 1 and 2 in 2019. Line 1 opened to passengers in September, eight months behind schedule, while Line 2 is due to open in mid-2026.

The city is also preparing to tender a 42km light rail network linking the metro to the new industrial zone at Jebel Sahm. Prequalification for that scheme is expected to begin early next year.""",
        [
            ("The gap between the estimate", "source close to the client"),
            ("There is a real possibility", "source close to the client"),
            ("evaluating all submissions in line", "Madinat al-Waha Transport Authority"),
            ("fully committed to opening Line", "Faisal al-Harbi"),
            ("Line 3 connects the airport", "Faisal al-Harbi"),
            ("We are not going to", "Faisal al-Harbi"),
            ("The ground conditions on the", "bidder"),
            ("At these prices, with that", "bidder"),
            ("extremely aggressive for a project", "contractor"),
        ],
    ),
    (
        """Khor Dabbas airport handles record 38.4m passengers as Terminal 4 work starts

Khor Dabbas: Khor Dabbas International Airport handled a record 38.4 million passengers last year, an increase of 11 per cent on 2023, its operator said on Wednesday, as construction started on a Dh9 billion terminal that will lift the airport's annual capacity to 65 million.

Khor Dabbas Airports Company (KDAC) said aircraft movements rose 8 per cent to 241,000, while cargo volumes climbed 6 per cent to 1.1 million tonnes, driven by e-commerce shipments and perishables from East Africa.

"We expected growth, but not at this pace," said Saeed Obaid Al Ketbi, chief executive of KDAC. "Every single month of last year set a new record, and December on its own was up 17 per cent."

Al Ketbi said India remained the airport's largest market by passenger numbers, followed by Saudi Arabia, the United Kingdom and Pakistan. Traffic to Central Asia almost doubled after three carriers launched new routes to the region.

The new Terminal 4, being built by a joint venture of Sarraf Construction and Gulfstone Engineering, will be delivered in two phases. Al Ketbi told reporters at a briefing that the first phase would open in the second quarter of 2028 and would be "the most passenger-friendly terminal in the region, with walking distances cut almost in half."

The project is part of the emirate's Aviation Master Plan 2040, which also includes a second cargo village and a dedicated general aviation terminal.

Rashida Al Nuaimi, chief operating officer of KDAC, said the existing terminals had been under strain.

"The airport has been running above its design capacity for three years," she said. "Our teams have done remarkable work, but there is a limit to what you can achieve with the infrastructure we have."

According to KDAC, average waiting times at security fell to just over six minutes last year after the introduction of biometric gates, while 94 per cent of bags were delivered to the reclaim belt within 30 minutes of arrival.

Airlines based at the airport welcomed the expansion. A spokeswoman for Falcon Crest Airways, the emirate's flag carrier and the airport's largest customer, said the airline "looks forward to growing alongside the new terminal" and was finalising plans to add 14 destinations over the next three years.

Industry analysts said the figures underlined the strength of regional travel demand. In its latest Gulf Aviation Outlook, consultancy Dunecrest Advisory said airports in the region were on course to handle "well over 500 million passengers a year" before 2030.

"The constraint for most Gulf airports is no longer demand. It is concrete and steel," said Omar Lahlou, a partner at Dunecrest. "Whoever gets new capacity online first will capture the transfer growth."
""",
        [
            ("We expected growth, but not", "Saeed Obaid Al Ketbi"),
            ("Every single month of last", "Saeed Obaid Al Ketbi"),
            ("the most passenger-friendly terminal in", "Saeed Obaid Al Ketbi"),
            ("The airport has been running", "Rashida Al Nuaimi"),
            ("Our teams have done remarkable", "Rashida Al Nuaimi"),
            ("looks forward to growing alongside", "spokeswoman"),
            ("well over 500 million passengers", "Dunecrest Advisory"),
            ("The constraint for most Gulf", "Omar Lahlou"),
            ("Whoever gets new capacity online", "Omar Lahlou"),
        ],
    ),
    (
        """Hajar Energy weighs $1.5 billion IPO of drilling unit

By Rami Khoury

Hajar Energy Company is preparing an initial public offering of its drilling subsidiary that could raise about $1.5 billion, according to people familiar with the matter, in what would be one of the largest listings in the Gulf this year.

The state-controlled oil producer has hired three banks to work on the share sale of Hajar Drilling Services, which could take place on the Ras al-Nakheel exchange as soon as the first quarter, the people said, asking not to be identified because the deliberations are private. Hajar is considering selling around 20 per cent of the unit, one of the people said.

Asked about the plans on a call with analysts on Thursday, Hajar’s chief financial officer, Leila Haddadin, said the company “continually reviews options to unlock value across the portfolio” but that no final decision had been taken.

“Drilling is a business with a very strong order book and very visible cash flows,” she said. “We think there is a market that would value it appropriately, but timing will depend on conditions.”

Hajar Drilling operates 74 onshore and offshore rigs and has contracts to add 12 more by 2027 as its parent pushes to raise crude production capacity to 3.2 million barrels a day. The unit posted net income of $610 million last year.

Gulf governments have turned increasingly to share sales of state-owned assets to deepen local capital markets and raise funds for economic diversification. Initial offerings in the region raised more than $11 billion last year, according to exchange data.

A banker who has worked on several of the region’s recent listings said demand for energy-linked stocks remained strong among local institutions and sovereign funds.

“Investors here know these businesses and they like the dividends,” the banker said. “The drilling story is easy to sell: long-term contracts with a national oil company and almost no counterparty risk.”

Hajar Energy separately reported third-quarter net income of $2.3 billion, down 9 per cent from a year earlier, as lower crude prices offset higher output. The company said in a statement that it would maintain its quarterly dividend at $1.6 billion and that capital spending for the year would come in at the lower end of guidance.

Chief executive Sultan bin Rashid Al Dhaheri told analysts the company was “not going to chase volume at any price” and that its expansion plans remained on track.

“Our low-cost barrels are our best protection in a weaker market,” Al Dhaheri said. “We will keep investing through the cycle.”

Shares of Hajar Energy, which has only 4 per cent of its stock in free float, fell 0.8 per cent in Ras al-Nakheel trading on Thursday.""",
        [
            ("continually reviews options to unlock", "Leila Haddadin"),
            ("Drilling is a business with", "Leila Haddadin"),
            ("We think there is a", "Leila Haddadin"),
            ("Investors here know these businesses", "banker"),
            ("The drilling story is easy", "banker"),
            ("not going to chase volume", "Sultan bin Rashid Al Dhaheri"),
            ("Our low-cost barrels are our", "Sultan bin Rashid Al Dhaheri"),
            ("We will keep investing through", "Sultan bin Rashid Al Dhaheri"),
        ],
    ),
    (
        """Ciments de l'Oriental profit falls 22% as housing slowdown weighs on demand

Oued Zemrane - Ciments de l'Oriental (CDO), the country's third-largest cement producer, reported a 22% drop in first-half net profit on Tuesday, blaming a slowdown in residential construction and higher energy costs.

Net profit fell to MAD 214 million from MAD 274 million a year earlier, while revenue slipped 6% to MAD 1.9 billion, the company said in a results statement published on the stock exchange website. Domestic cement sales volumes declined 8%.

"The first half was marked by a clear slowdown in private housing starts, particularly in the mid-market segment," the company said, adding that it expected demand to "stabilise gradually in the second half" as public infrastructure projects ramp up.

Speaking on a conference call with investors, CEO Driss El Amrani said the group had cut its fixed costs by MAD 60 million and shut one of the two kilns at its Ain Sfa plant for maintenance ahead of schedule.

"We are not going to produce for stock in this market," El Amrani said. "We prefer to protect margins and keep our balance sheet strong."

He added that the company was "in advanced discussions" to supply cement for the planned coastal highway between Oued Zemrane and Bni Ansar, a project expected to require more than 900,000 tonnes of cement over four years.

Energy costs rose 14% in the period as the company relied more heavily on imported petroleum coke. El Amrani said a 48-megawatt wind farm that CDO is building near its main plant would cover about 40% of its electricity needs once it comes online in 2026.

The results reflect wider weakness in the sector. According to the Association Professionnelle des Cimentiers (APC), national cement consumption fell 5.3% in the first seven months of the year.

Housing developers have blamed tighter bank lending and the end of a state subsidy scheme for first-time buyers. The government has since launched a direct-aid programme, known as "Sakan Jadid", to revive demand, but developers say its effect has been slow to materialise.

Karim Benjelloun, chairman of the regional federation of property developers, was blunt: "Buyers are waiting. They hear about the new aid, they don't know whether they qualify, so they postpone."

Analysts at Bourse Maghreb Capital kept their "hold" recommendation on the stock, saying in a note that CDO's valuation "already prices in a weak year" but that a recovery in volumes was unlikely before mid-2025.

CDO shares fell 2.4% to MAD 1,140 on Tuesday.""",
        [
            ("The first half was marked", "Ciments de l'Oriental"),
            ("stabilise gradually in the", "Ciments de l'Oriental"),
            ("We are not going to", "Driss El Amrani"),
            ("We prefer to protect margins", "Driss El Amrani"),
            ("in advanced discussions", "Driss El Amrani"),
            ("Buyers are waiting. They hear", "Karim Benjelloun"),
            ("already prices in a weak", "Bourse Maghreb Capital"),
        ],
    ),
    (
        """New low-cost carrier Najma Air to start flights from Tiznara in June

TIZNARA: Najma Air, a new low-cost airline backed by a group of regional investors, will begin commercial operations in June with flights to 11 destinations in Europe and the Gulf, its founders said on Monday.

The carrier, which has secured an air operator certificate from the Civil Aviation Directorate, will start with four leased narrowbody aircraft based at Tiznara International Airport and plans to grow to 20 aircraft by 2028.

Founder and chief executive Youssef Ait Lahcen set out the airline's ambitions at a launch event in the city's conference centre:

"North Africa has some of the lowest levels of air travel per head of any region close to Europe. That is not because people do not want to fly. It is because flying has been too expensive for most families.

"We intend to change that. Our average fare in the first year will be below 600 dinars one way, and on some routes we will be cheaper than the bus and the ferry combined."

Ait Lahcen, a former commercial director at the state carrier, said the airline had raised $85 million in equity from investors including Tiznara-based conglomerate Groupe Benhaddou and a Gulf family office, which he declined to name.

Initial destinations include five cities in southern Europe, three in the Gulf and three domestic routes. The airline expects to carry around 700,000 passengers in its first full year.

The launch comes as governments in the region gradually open up their aviation markets. The Civil Aviation Directorate said in a statement that the new licence reflected "the state's commitment to competition and to lower fares for citizens."

Not everyone is convinced. The region has seen several low-cost start-ups fail in the past decade, and the flag carrier has long dominated routes to Europe.

"The economics are brutal," said Hichem Zerrouki, an independent aviation consultant who has advised several North African airlines. "Fuel is priced in dollars, revenue is in local currency, and the airports charge fees that were set for a monopoly. Najma will need deep pockets."

Ait Lahcen acknowledged the risks. "We have studied every failure," he said. "Most of them grew too fast, with the wrong aircraft. We will not make that mistake."

A spokesman for the state carrier, Air Maghrebia, said it "welcomes any development that grows the market" and was confident in the strength of its own network.

Najma Air will open ticket sales this week under a marketing campaign called "Your Sky, Your Price", with introductory one-way fares from 249 dinars.""",
        [
            ("North Africa has some of", "Youssef Ait Lahcen"),
            ("We intend to change that.", "Youssef Ait Lahcen"),
            ("the state's commitment to competition", "Civil Aviation Directorate"),
            ("The economics are brutal", "Hichem Zerrouki"),
            ("Fuel is priced in dollars", "Hichem Zerrouki"),
            ("We have studied every failure", "Youssef Ait Lahcen"),
            ("Most of them grew too", "Youssef Ait Lahcen"),
            ("welcomes any development that grows", "spokesman"),
        ],
    ),
]
