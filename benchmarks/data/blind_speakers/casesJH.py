CASES = [
    (
        """Thai carrier Siam Horizon to add 14 jets as Chinese, Indian arrivals rebound

By Nattaya Srisuk

BANGKOK, March 12 (Reuters) - Siam Horizon Airways plans to add 14 narrowbody aircraft over the next two years as tourist arrivals from China and India recover, its chief executive said on Tuesday, betting that Thailand's push to lure long-haul visitors will outlast a slowdown in regional demand.

The Bangkok-based carrier, which flies to 38 destinations from hubs at Suvarnabhumi and Chiang Mai, expects to carry 11.5 million passengers this year, up from 9.2 million in 2023, Chief Executive Pongsakorn Rattanawong told reporters.

"We are seeing demand come back faster than we expected, especially from secondary Chinese cities," Pongsakorn said. "Our load factor in January was above 88 percent, and we simply do not have the seats."

The airline is in talks with lessors for the aircraft, he said, declining to name them. Two people familiar with the matter said the carrier was close to a deal with a Dublin-based lessor for at least eight of the jets.

"The pricing is not cheap, but the lessors know Thailand is one of the few markets still growing," one of the people said, declining to be identified because the talks were private.

Thailand received 28.2 million foreign visitors last year, according to the Ministry of Tourism and Sports, still short of the nearly 40 million who arrived in 2019 before the pandemic. The government has set a target of 35 million for this year and extended visa waivers for Chinese and Indian nationals.

Analysts have been more cautious. Warut Chaiprasert, a transport analyst at Krungthai Capital Securities in Bangkok, said higher fuel costs and a global shortage of engine parts could squeeze the carrier's margins.

"Capacity growth is good for the top line, but the airline's costs are rising faster than fares," Warut said, adding that he kept a neutral rating on the stock.

Shares of Siam Horizon rose 2.4 percent in morning trade, outperforming a flat broader market.

Pongsakorn also said the airline would resume flights to Kunming and Chengdu in May and was studying a route to Almaty in Kazakhstan.

"Central Asia is a market that nobody is serving properly from Bangkok," he said. "If we get the slots, we can be there before the end of the year."

(Reporting by Nattaya Srisuk; Editing by Raju Gopal)""",
        [
            ("We are seeing demand come", "Pongsakorn Rattanawong"),
            ("Our load factor in January", "Pongsakorn Rattanawong"),
            ("The pricing is not cheap", "person familiar with the matter"),
            ("Capacity growth is good for", "Warut Chaiprasert"),
            ("Central Asia is a market", "Pongsakorn Rattanawong"),
            ("If we get the slots", "Pongsakorn Rattanawong"),
        ],
    ),
    (
        """Da Nang hotels slash rates as new towers outpace visitor growth

DA NANG - Hotels in the central city of Da Nang are cutting room rates by up to 30 per cent as a wave of new properties outpaces growth in visitor numbers, industry insiders say.

The city welcomed 4.1 million overnight guests in the first half of the year, up 18 per cent year-on-year, according to the municipal Department of Tourism. But average occupancy at three- to five-star hotels fell to 52 per cent, from 61 per cent a year earlier.

Nguyen Thi Thu Ha, general manager of the 220-room Son Tra Bay Hotel, said her property had lowered weekday rates twice since March.

"The supply has simply exploded. Every month a new tower opens along the beach road, and they all fight for the same Korean tour groups," Ha said.

Da Nang had more than 1,300 accommodation establishments with 48,000 rooms by the end of June, the department said, nearly double the figure of 2019.

Tran Van Duc, deputy director of the Da Nang Department of Tourism, said the city was working with airlines to open new routes from India, Australia and the Middle East to diversify its source markets.

"We cannot depend on one or two markets forever," Duc said at a tourism conference on Thursday. "South Korea still accounts for nearly 40 per cent of our international arrivals, and that is a risk."

He said the city would spend VND25 billion (US$1 million) this year on promotion abroad, including the "Da Nang - Stay Longer" programme launched in May.

Some operators say the problem goes beyond marketing. Le Minh Quang, who runs a small chain of boutique hotels in Hoi An and Da Nang, said many new investors had built hotels "without a proper feasibility study" in the hope of quick returns after the pandemic.

"Now they are selling rooms below cost just to keep cash flowing. That drags down the whole market," Quang said.

A representative of a Singapore-based hotel management firm that operates two beachfront resorts in the city, who asked not to be named, said international brands were holding rates but relying more on long-stay guests, weddings and conferences.

"Our average daily rate is stable, but we have had to work much harder for it," the representative said.

Vietnam as a whole received 8.8 million foreign visitors in the first six months, national tourism figures show, with South Korea and China the two largest markets.""",
        [
            ("The supply has simply exploded", "Nguyen Thi Thu Ha"),
            ("We cannot depend on one", "Tran Van Duc"),
            ("South Korea still accounts for", "Tran Van Duc"),
            ("without a proper feasibility study", "Le Minh Quang"),
            ("Now they are selling rooms", "Le Minh Quang"),
            ("Our average daily rate is", "representative of a Singapore-based hotel management firm"),
        ],
    ),
    (
        """Visa-free entry for Chinese, Indian tourists extended to end-2026, says home minister

KUALA LUMPUR, Aug 14 — The visa exemption for tourists from China and India will be extended for another year until December 31, 2026, Home Minister Datuk Seri Azlan Hashim said today.

He said the Cabinet agreed to the extension at its weekly meeting yesterday after considering feedback from the tourism industry and security agencies.

“The data shows the policy has worked. Arrivals from China rose by more than 60 per cent in the first half compared to the same period last year, and we have not seen a significant increase in immigration offences,” he told reporters after an event at the Immigration Department headquarters in Putrajaya.

Under the arrangement, Chinese and Indian nationals can stay in Malaysia for up to 30 days without a visa for tourism, social visits and business.

Azlan said the Immigration Department would continue to monitor entry points closely, particularly at Kuala Lumpur’s main airport and at land crossings in Johor.

“We will not compromise on security. Those who overstay or abuse the facility will be blacklisted and barred from entering the country,” he said.

The Malaysian Inbound Tour Operators Council (Mitoc) welcomed the decision in a statement, saying it would give operators “the certainty we need to plan charter flights and packages well into 2026”.

Its president, Jeffrey Lim Wei Han, said, however, that many operators were still struggling with a shortage of licensed tourist guides who speak Mandarin and Hindi.

“Demand is there. We have groups asking for Kota Kinabalu, Penang and Langkawi every week.

“But when we cannot find enough guides, we have to turn away business, and that money goes to Thailand or Vietnam instead,” Lim said when contacted.

He urged the Tourism, Arts and Culture Ministry to speed up approvals for new guide licences and to allow experienced guides from other states to work in Sabah and Sarawak on short-term permits.

Separately, Tourism, Arts and Culture Minister Datuk Noraini Kamaruddin said the country was on track to receive 27.3 million international tourist arrivals this year.

“We are confident of hitting the target, and the visa exemption is one of the main reasons,” she said in a statement, adding that the ministry was working with airlines to introduce direct flights from second-tier Chinese cities such as Xi’an and Kunming.

Malaysia recorded 11.8 million foreign tourist arrivals from January to June, according to ministry figures, with Singapore, Indonesia and China the top three source markets.""",
        [
            ("The data shows the policy", "Azlan Hashim"),
            ("We will not compromise on", "Azlan Hashim"),
            ("the certainty we need to", "Malaysian Inbound Tour Operators Council"),
            ("Demand is there. We have", "Jeffrey Lim Wei Han"),
            ("But when we cannot find", "Jeffrey Lim Wei Han"),
            ("We are confident of hitting", "Noraini Kamaruddin"),
        ],
    ),
    (
        """Islas Air cancels 18 flights for engine checks; 1,200 passengers stranded

By Marian Dela Cruz

MANILA, Philippines — More than 1,200 passengers were stranded at Manila’s main international airport on Sunday after budget carrier Islas Air canceled 18 domestic flights to carry out emergency inspections on the engines of part of its fleet.

The airline said in an advisory posted on its social media pages early Sunday that the cancellations affected flights to Cebu, Davao, Iloilo, Puerto Princesa and Tacloban.

“We sincerely apologize for the inconvenience to our passengers. The safety of our guests and crew remains our top priority,” the advisory read.

Islas Air spokesperson Carmina Reyes-Tolentino told the Inquirer that the checks were ordered by the engine manufacturer after a fault was found on an aircraft operated by another airline in the region.

She said six of the carrier’s 32 aircraft were affected and that passengers could rebook for free within 30 days or ask for a full refund.

“We expect most of the affected aircraft to be back in service by Tuesday, subject to the results of the inspections,” Reyes-Tolentino said.

At the terminal, passengers complained of long lines and a lack of information.

Ronaldo Villanueva, 46, an overseas Filipino worker who was flying to Davao to see his family before returning to Riyadh, said he had been at the airport since 4 a.m. and that ground staff “did not even give us water” during the six-hour wait.

“I paid for this ticket three months ago. Now they tell me the next available seat is on Thursday. My vacation is only two weeks,” he said in Filipino.

Transportation Undersecretary Miguel Santillan said the department had ordered Islas Air to submit a full report within 48 hours and to make sure stranded passengers were given meals and, where necessary, hotel accommodation.

“Passengers have rights under the Air Passenger Bill of Rights, and we will make sure these are respected,” Santillan said in a phone interview. “We understand that safety checks cannot be postponed.

“But the airline knew about this problem on Saturday night. Passengers should have been informed then, not at the check-in counter.”

An airport official who asked not to be named because he was not authorized to speak to the media said terminal management deployed additional staff and opened extra counters by midmorning.

“It was chaotic at dawn, but we managed to open more counters by 10 a.m.,” the official said.

Islas Air carried 6.4 million passengers last year, according to industry data, making it the country’s third-largest domestic carrier.""",
        [
            ("We sincerely apologize for the", "Islas Air"),
            ("We expect most of the", "Carmina Reyes-Tolentino"),
            ("did not even give us", "Ronaldo Villanueva"),
            ("I paid for this ticket", "Ronaldo Villanueva"),
            ("Passengers have rights under the", "Miguel Santillan"),
            ("We understand that safety checks", "Miguel Santillan"),
            ("But the airline knew about", "Miguel Santillan"),
            ("It was chaotic at dawn", "airport official"),
        ],
    ),
    (
        """Thai island’s new beach fee divides locals as visitors flood back

By Kornkanok Pimsai

Koh Kham Noi (Thailand) (AFP) – On a palm-fringed beach on the Thai island of Koh Kham Noi, longtail boat driver Somchai squints at a queue of tourists waiting to pay a new 200-baht ($5.50) entry fee.

“Before, people just came, swam and went home. Now they have to line up and show a QR code,” said the 52-year-old, who gave only his first name. “It’s good for the island, maybe, but some guests get angry with me, not with the government.”

Provincial authorities introduced the fee in January to pay for waste collection and reef protection on the island, which drew nearly 900,000 visitors last year – three times its pre-pandemic peak.

Officials say the charge is working. “In four months we have collected more than 45 million baht, and every satang goes back to the island,” district chief Anucha Thongsuk told AFP.

He said the money had already paid for two waste-sorting stations and a team of 30 rangers who patrol the island’s coral reefs.

But hotel owners say the fee, combined with a rise in local room tax approved last year, risks pushing budget travellers to neighbouring islands.

“We are not against protecting the environment. We are against doing it in a rush, with no consultation,” said Pranee Wongsawat, who owns a 40-room bungalow resort on the island’s west coast and chairs the local hoteliers’ association.

She said bookings from European and Israeli backpackers had dropped by around a fifth since January, while families and Chinese tour groups were largely unaffected.

Tourism accounted for around 12 percent of Thailand’s economy before the pandemic, and the government is counting on a full recovery to revive sluggish growth.

Environmental group Andaman Reef Watch said in a report last month that coral cover around Koh Kham Noi had fallen by almost a third since 2015, blaming anchor damage, sunscreen and untreated wastewater.

“Without limits on visitor numbers, fees alone will not save these reefs,” the report said.

Some visitors appear unbothered. “Two hundred baht is less than a cocktail in Bangkok,” laughed Julia Brenner, a 29-year-old nurse from Munich, as she stepped off a speedboat. “If it keeps the beach clean, I’m happy to pay.”

Others were less sure. A Danish backpacker travelling through southern Thailand with her partner, who declined to give her name, said they had cut their stay on the island from four nights to two.

“It adds up when you are travelling for three months,” she said.

Anucha said the district was considering a daily cap of 6,000 visitors from next year, but that no decision had been made.

“We have to balance the livelihoods of people here with the future of the island,” he said. “If the reef dies, there is no tourism at all.”

kp/ssy""",
        [
            ("Before, people just came", "Somchai"),
            ("It’s good for the island", "Somchai"),
            ("In four months we have", "Anucha Thongsuk"),
            ("We are not against protecting", "Pranee Wongsawat"),
            ("Without limits on visitor numbers", "Andaman Reef Watch"),
            ("Two hundred baht is less", "Julia Brenner"),
            ("If it keeps the beach", "Julia Brenner"),
            ("It adds up when you", "Danish backpacker"),
            ("We have to balance the", "Anucha Thongsuk"),
            ("If the reef dies", "Anucha Thongsuk"),
        ],
    ),
    (
        """Vietnam’s 90-day e-visa fuels boom in long-stay holidays – but glitches persist

Tour operators report a surge in bookings for trips of a month or more, though some travellers say the online portal remains frustrating

Helen Marsh

Travel companies selling holidays to Vietnam say bookings for trips of more than a month have jumped since the country extended its electronic visa to 90 days and opened it to visitors of every nationality.

Lotus Trail Travel, which has offices in Hanoi and Manchester, said enquiries for itineraries of four weeks or longer had more than doubled over the past year, with retired couples and remote workers driving the demand.

‘We used to have to tell people to do a visa run to Laos or Cambodia halfway through their trip, which was a real turn-off,’ said Rachel Okafor, the company’s UK sales director. ‘Now we can sell a proper slow-travel holiday – six weeks from Sapa down to the Mekong delta – without any of that hassle.’

Vietnam previously issued single-entry e-visas valid for 30 days to citizens of about 80 countries. Under the current rules, visitors of any nationality can apply online for a visa valid for up to 90 days with single or multiple entries, while the visa-free stay for British, French and German passport holders has risen from 15 to 45 days.

Pham Quoc Thanh, a deputy minister of public security, told a press conference in Hanoi last week that the portal had processed more than 1.9 million applications this year and that ‘more than 97%’ had been approved within three working days.

‘The system is stable and we continue to upgrade it,’ he said, urging applicants to use only the official government website and to avoid unofficial agents that charge inflated fees.

Not every traveller has had a smooth experience. Dominic Hale, a 61-year-old retired engineer from Bristol, said his application had been rejected twice because the site would not accept a photograph of his passport.

‘I must have uploaded that picture a dozen times. In the end I paid an agency £45 to do it for me, which rather defeats the point of an e-visa,’ he said.

The Asia Specialist Travel Association, which represents about 120 independent tour operators in the UK and Ireland, said in a statement that it welcomed the longer visa but urged the Vietnamese authorities to ‘publish clearer guidance in English’ on photo requirements and processing times.

For businesses on the ground, the change has been felt quickly. Nguyen Hoang Long, who runs a six-room homestay outside Hoi An, said guests who once stayed three or four nights were now booking for two or three weeks.

‘Long-stay guests are good for us because we don’t have to clean and change the rooms every day, and they eat in local restaurants, not only in the hotels,’ Long said. ‘But we need more of them outside the peak season.’""",
        [
            ("We used to have to", "Rachel Okafor"),
            ("Now we can sell a", "Rachel Okafor"),
            ("more than 97%", "Pham Quoc Thanh"),
            ("The system is stable and", "Pham Quoc Thanh"),
            ("I must have uploaded that", "Dominic Hale"),
            ("publish clearer guidance in English", "Asia Specialist Travel Association"),
            ("Long-stay guests are good for", "Nguyen Hoang Long"),
            ("But we need more of", "Nguyen Hoang Long"),
        ],
    ),
    (
        """Borneo Wings to launch Kuching-Bangkok direct flights from Oct 27

KUCHING, Sept 3 (Bernama) -- Sarawak-based carrier Borneo Wings will launch direct flights between Kuching and Bangkok from Oct 27, making it the only airline to connect the state capital with Thailand without a stopover in Kuala Lumpur.

Its chief executive officer Mohd Hafiz Osman said the route would be operated four times weekly using an Airbus A320neo aircraft with 186 seats.

He said the airline expected to carry about 45,000 passengers on the route in its first year of operation.

"Thailand is one of the top five source markets for Sarawak, and at the same time there is strong demand among Sarawakians to travel to Bangkok for shopping, medical treatment and holidays," he told a press conference here today.

According to him, introductory one-way fares start from RM199 inclusive of taxes for bookings made before Sept 30.

"We are also in discussion with our partners in Thailand to offer onward connections to Chiang Mai, Phuket and Krabi through interline arrangements," he said.

Meanwhile, State Tourism, Creative Industry and Performing Arts Minister Datuk Lee Kim Seng, who launched the route, said the state government would provide marketing support for the route for the first two years.

"This new route is in line with the state's aspiration to attract 5.5 million visitors by 2026, and we hope more airlines will follow," he said.

Lee said Sarawak recorded 3.1 million visitor arrivals from January to July this year, an increase of 14 per cent compared with the same period last year.

He added that the ministry would work with the Sarawak Tourism Promotion Council to hold sales missions in Bangkok and Hat Yai next year.

"Thai travellers love nature and culture, and Sarawak offers both, from our national parks and longhouses to our festivals," he said.

Also present at the event was Royal Thai Embassy Minister-Counsellor Wiroj Saengthong, who described the new link as "a bridge between two peoples who share much in common".

"More direct flights mean more trade, more students and more tourists in both directions," he said.

-- BERNAMA""",
        [
            ("Thailand is one of the", "Mohd Hafiz Osman"),
            ("We are also in discussion", "Mohd Hafiz Osman"),
            ("This new route is in", "Lee Kim Seng"),
            ("Thai travellers love nature and", "Lee Kim Seng"),
            ("a bridge between two peoples", "Wiroj Saengthong"),
            ("More direct flights mean more", "Wiroj Saengthong"),
        ],
    ),
    (
        """Philippines to offer e-visas to Indian and Chinese tourists as it chases regional rivals

By JERICHO MANALO Associated Press

MANILA, Philippines (AP) — The Philippines will begin issuing electronic visas to tourists from India and China next month, officials said Wednesday, as the archipelago tries to catch up with Southeast Asian neighbors that have lured visitors with visa waivers and cheap flights.

Tourism Secretary Cristina Mabini-Uy said the online system would cut processing time from as long as two weeks to three working days and spare applicants a trip to a Philippine consulate.

"We have been losing tourists to Thailand, Vietnam and Malaysia not because our beaches are less beautiful, but because it is harder to get here," Mabini-Uy told reporters in Manila. "This is how we fix that."

The Philippines received about 5.9 million foreign visitors last year, less than a fifth of Thailand's total, according to government figures. Arrivals from China, once the country's second-largest market, remain well below pre-pandemic levels amid tensions between Manila and Beijing over the South China Sea.

The e-visa will cost $30 and allow a stay of up to 30 days. Applicants will have to show a return ticket, a hotel booking and proof of funds.

"The platform has undergone rigorous security testing and will be linked to immigration databases at all major international airports," the Department of Foreign Affairs said in a statement.

Not everyone in government is convinced the rollout is ready. A senior immigration official, who spoke on condition of anonymity because he was not authorized to discuss internal matters, said the bureau had asked for more time to train officers at smaller airports.

"The system is ready in Manila and Cebu. In Clark, Davao and Kalibo, we are not there yet," the official said.

Travel agents in India welcomed the move. Arvind Mehra, managing director of New Delhi-based Saffron Skies Holidays, said his company sold fewer than 300 Philippine packages last year, compared with more than 8,000 to Thailand.

"Indian families who want an island holiday will go where the paperwork is easiest. Right now that is Thailand or Vietnam," Mehra said by phone.

Ramon Esguerra, chairman of the Boracay Resort Owners Association, called the e-visa "long overdue" but said the bigger problem was the lack of direct flights from India, which still require a connection through Singapore, Bangkok or Kuala Lumpur.

Mabini-Uy said the government was in talks with two Indian carriers about direct routes to Manila and Cebu.

"We are not only competing on price," she said. "We are competing on convenience.

"If a family in Mumbai can book a beach holiday in Phuket in one evening, they should be able to do the same for Palawan.""",
        [
            ("We have been losing tourists", "Cristina Mabini-Uy"),
            ("This is how we fix", "Cristina Mabini-Uy"),
            ("The platform has undergone rigorous", "Department of Foreign Affairs"),
            ("The system is ready in", "senior immigration official"),
            ("Indian families who want an", "Arvind Mehra"),
            ("long overdue", "Ramon Esguerra"),
            ("We are not only competing", "Cristina Mabini-Uy"),
            ("We are competing on convenience", "Cristina Mabini-Uy"),
            ("If a family in Mumbai", "Cristina Mabini-Uy"),
        ],
    ),
]
