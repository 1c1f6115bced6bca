CASES = [
    (
        """Lumina Air to add 12 routes across Asean as travel demand holds up

SINGAPORE - Singapore-based low-cost carrier Lumina Air will launch 12 new routes to secondary cities in South-east Asia over the next 18 months, betting that demand for short-haul leisure travel will stay firm despite higher fares.

The carrier, which began flying in 2019, will add services to cities including Kuching, Udon Thani, Da Nang and Iloilo, its chief executive Marcus Teo Wei Ming told reporters at a briefing on Tuesday.

"Travellers are no longer satisfied with just Bangkok or Bali," said Mr Teo. "They want places their friends haven't posted about yet, and the airports in those cities are now ready for narrowbody jets."

He added that the airline would take delivery of six Airbus A321neo aircraft by the end of 2026, bringing its fleet to 28.

Lumina Air carried 3.1 million passengers in 2024, up 22 per cent from the year before. Its load factor - a measure of how full its planes are - averaged 87 per cent.

Mr Teo acknowledged that engine inspections on some of its jets had forced the airline to ground two aircraft since March, which he described as "a real headache, but a manageable one".

Analysts were cautiously positive. Ms Rachel Goh, a transport analyst at Keppel Meridian Securities, said the secondary-city strategy made sense because competition on trunk routes had become "brutal, and it is getting worse".

"The margins on Singapore-Bangkok are wafer thin now. If Lumina can be first into a city like Iloilo and build loyalty there, that is worth a lot," she said.

But she cautioned that smaller airports often lacked night-time operations and sufficient ground handling capacity, which could disrupt schedules during the monsoon season.

The Civil Aviation Authority of Singapore said in a statement that it welcomed "the expansion of air links which strengthen Changi's position as a regional hub", and that it would work with counterparts in the region on the traffic rights needed for the new services.

Changi Airport Group said passenger traffic at Changi reached 5.6 million in May, about 99 per cent of pre-pandemic levels.

Mr Teo said the airline had no plans to raise fares on its existing routes, though he conceded that fuel costs remained "the wild card in everything we do".

Asked whether Lumina was considering a listing on the Singapore Exchange, he said: "Not this year. We want to get the fleet right first, and then we can talk about the markets."

The first of the new routes, to Kuching, will begin on Sept 1, with four flights a week. Services to Udon Thani and Da Nang are expected to follow in November, subject to regulatory approval.""",
        [
            ("Travellers are no longer satisfied", "Marcus Teo Wei Ming"),
            ("They want places their friends", "Marcus Teo Wei Ming"),
            ("a real headache, but a", "Marcus Teo Wei Ming"),
            ("brutal, and it is getting", "Rachel Goh"),
            ("The margins on Singapore-Bangkok are", "Rachel Goh"),
            ("the expansion of air links", "Civil Aviation Authority of Singapore"),
            ("the wild card in everything", "Marcus Teo Wei Ming"),
            ("Not this year. We want", "Marcus Teo Wei Ming"),
        ],
    ),
    (
        """Phang Nga airport project wins cabinet nod

Pornthip Saelim

The cabinet on Tuesday approved a 38.6-billion-baht plan to build a new international airport in Phang Nga province, aimed at easing congestion at Phuket airport, which handled a record 18 million passengers last year.

The Andaman Coast International Airport will be built on a 5,600-rai plot in Khok Kloi subdistrict of Takua Thung district, about 25 kilometres north of Phuket’s existing airport, according to the Transport Ministry.

Transport Minister Chatchai Wongsiri said the first phase would be able to handle 8 million passengers a year when it opens in 2031.

“Phuket airport is already operating beyond its design capacity during the high season. Passengers are queuing on the apron, and airlines cannot get the slots they want,” Mr Chatchai said after the cabinet meeting.

“If we do nothing, tourists will simply choose Bali or Langkawi instead.”

The project will be developed by the Thai Airports Development Authority (TADA), the state enterprise that manages six of the country’s busiest airports.

TADA president Kittipong Ruangsri said the agency would fund the first phase from its own revenue and bond issues, without borrowing from the government. He said the terminal would be built to what the agency calls a “green terminal” standard, with solar panels covering the roof and rainwater recycling systems.

Environmental groups, however, have voiced concerns. The Andaman Mangrove Network, a coalition of local conservation groups, said in a letter to the prime minister last month that the site borders one of the largest remaining mangrove forests on the coast and that construction would “destroy fish nurseries that hundreds of fishing families depend on”.

Supaporn Kaewmanee, a village headwoman in Khok Kloi, said residents had not been properly consulted.

“They held one hearing at the district office, on a weekday morning, when everyone was out working. That is not a hearing,” she said.

Mr Kittipong said a full environmental and health impact assessment would be carried out before construction begins, and that the agency would hold further public hearings in all affected subdistricts.

Tourism operators in Phuket welcomed the decision. Tanawat Srisuk, president of the Andaman Hotels and Tourism Association, said the bottleneck at the existing airport had cost the province “billions of baht in lost bookings every high season”.

A senior official at the aviation regulator, who asked not to be named because he was not authorised to speak to the media, said the 2031 opening date was “optimistic, to put it kindly”, noting that land expropriation alone could take three years.

The cabinet also instructed the ministry to study a rail link between the new airport and Phuket town.""",
        [
            ("Phuket airport is already operating", "Chatchai Wongsiri"),
            ("If we do nothing, tourists", "Chatchai Wongsiri"),
            ("destroy fish nurseries that hundreds", "Andaman Mangrove Network"),
            ("They held one hearing at", "Supaporn Kaewmanee"),
            ("billions of baht in lost", "Tanawat Srisuk"),
            ("optimistic, to put it kindly", "senior official at the aviation regulator"),
        ],
    ),
    (
        """Vietnam's Saigon Pacific Airways posts wider loss as grounded jets bite

By Nguyen Thi Lan

HANOI, March 4 (Reuters) - Vietnamese budget carrier Saigon Pacific Airways reported a wider annual loss on Tuesday, as the grounding of nearly a third of its fleet for engine inspections forced it to cancel flights during the busy Lunar New Year season.

The airline posted a net loss of 1.9 trillion dong ($74.6 million) for 2024, compared with a loss of 1.2 trillion dong a year earlier, according to a filing to the Ho Chi Minh City Stock Exchange. Revenue rose 9% to 21.4 trillion dong.

"The year was defined by factors outside our control, above all the availability of engines," the company said in a statement accompanying the results. "We expect capacity to recover progressively from the third quarter."

Saigon Pacific had 11 of its 36 aircraft on the ground at the end of December, it said.

Chief Executive Tran Minh Duc told Reuters in an interview that the airline was in talks with two lessors to take on four older Airbus A320ceo jets on short-term wet leases to plug the gap.

"It is more expensive, of course, but an empty slot at Tan Son Nhat is more expensive still," Duc said. He declined to name the lessors.

A source with direct knowledge of the talks said one of the lessors was based in Ireland and that a deal could be signed "within weeks". The source declined to be identified because the negotiations were confidential.

Vietnamese carriers have struggled to meet a surge in domestic and international demand, with foreign arrivals hitting a record 17.6 million last year. Domestic fares on routes such as Hanoi-Ho Chi Minh City rose as much as 30% during the Tet holiday, prompting the Ministry of Transport to urge airlines to keep ticket prices "reasonable and stable".

Analysts said the results underscored the airline's fragile finances.

"Saigon Pacific has the domestic network, but the balance sheet is stretched. Another year like this and they will need fresh equity," said Le Hoang Nam, head of research at Hanoi Capital Securities.

The carrier's auditor said in its report there was "a material uncertainty that may cast significant doubt" on the company's ability to continue as a going concern, the filing showed.

Shares of Saigon Pacific fell 2.4% in morning trade, while the benchmark VN Index was flat.

(Reporting by Nguyen Thi Lan; Editing by Martin Petty and Sonali Paul)""",
        [
            ("The year was defined by", "Saigon Pacific Airways"),
            ("We expect capacity to recover", "Saigon Pacific Airways"),
            ("It is more expensive, of", "Tran Minh Duc"),
            ("within weeks", "source with direct knowledge of the talks"),
            ("reasonable and stable", "Ministry of Transport"),
            ("Saigon Pacific has the domestic", "Le Hoang Nam"),
            ("a material uncertainty that may", "auditor"),
        ],
    ),
    (
        """Palawan town caps lagoon visits; resort owners cry foul

By Kristine Abad

BALANGAY, Palawan—Tour operators and resort owners in this northern Palawan town are protesting a new ordinance limiting the number of visitors to its famous twin lagoons to 1,200 a day, saying the cap will drive away tourists during the peak summer months.

The municipal council of Balangay approved the ordinance last week following a carrying capacity study, titled "Balangay Reef Health Assessment 2024," which found that coral cover in Laguna Azul and Laguna Verde had dropped by nearly 40 percent since 2018.

Mayor Ramon Delos Santos defended the measure, saying the town could not afford to "kill the goose that lays the golden eggs."

"Our lagoons are what people come here for. If the corals die, the boats will have nowhere to go and the hotels will be empty anyway," Delos Santos told the Inquirer in a phone interview on Sunday.

Under the ordinance, tour boats must register online at least 24 hours in advance, and each visitor will pay an environmental fee of P350, up from P200.

But the Balangay Tourism Operators Association (BTOA), which represents about 80 boat operators, resorts and travel agencies, said it was not consulted before the council voted.

"We are not against protecting the environment. We live here; we swim in these waters too," said Maricel Villanueva-Cruz, the group's president. "What we are against is a rule that was written in a hurry without asking the people who will have to follow it."

Villanueva-Cruz said some resorts had already received cancellations from foreign tour groups that had booked packages for April and May, when occupancy normally hits 95 percent.

One boat captain, who asked not to be named for fear of losing his municipal permit, said many of the town's roughly 300 bangkeros earned only during the dry season.

"If they cut our trips, how will we pay for school in June?" he said in Filipino.

The Palawan Provincial Tourism Office said in a statement that it supported "science-based limits on visitor numbers" and would help the local government set up the online registration system before the ordinance takes effect.

Delos Santos said the council was open to revisiting the cap after six months. "We will look at the data. If the reefs recover, we can talk," he said.

The ordinance takes effect on March 1. Violators face fines of up to P5,000 and suspension of their boat permits.""",
        [
            ("kill the goose that lays", "Ramon Delos Santos"),
            ("Our lagoons are what people", "Ramon Delos Santos"),
            ("We are not against protecting", "Maricel Villanueva-Cruz"),
            ("What we are against is", "Maricel Villanueva-Cruz"),
            ("If they cut our trips,", "boat captain"),
            ("science-based limits on visitor numbers", "Palawan Provincial Tourism Office"),
            ("We will look at the", "Ramon Delos Santos"),
        ],
    ),
    (
        """Check-in system outage leaves hundreds stranded at KBIA

KUALA LUMPUR: Hundreds of passengers were left stranded at the Kota Bahagia International Airport (KBIA) on Friday morning after a glitch in the common check-in system forced airlines to process travellers manually.

The outage began at about 5.40am and lasted nearly four hours, affecting at least 47 departing flights, according to the airport operator, Nusantara Airport Services Bhd (NASB).

In a statement, NASB said the disruption was caused by a "network connectivity failure at a third-party data centre" and was not the result of a cyberattack.

"We sincerely apologise to all passengers affected. Our teams worked closely with airlines to ensure that manual check-in was carried out safely, and systems were fully restored by 9.25am," it said.

Passengers described long, slow-moving queues snaking out of the departure hall and into the drop-off area.

Nurul Ain Kamaruddin, 34, who was travelling to Kota Kinabalu with her two children, said she arrived three hours before her flight but still missed it.

"Nobody told us anything for the first hour. The staff were writing boarding passes by hand. My son was crying, and I was almost crying too," said the teacher from Shah Alam.

Another passenger, a businessman who only wanted to be known as Lim, said he had to pay RM780 for a new ticket after the counter for his flight to Bangkok closed.

Transport Minister Datuk Seri Azlan Mohd Yusof said he had instructed NASB to submit a full report within 48 hours.

"This is not the first time. Last October we had a baggage system failure. The public deserves to know why these things keep happening at our main gateway," he told reporters after launching the "Pandu Cermat, Selamat Sampai" road safety campaign in Putrajaya.

Azlan added that the ministry would consider penalties if NASB was found to have failed to put in place adequate backup systems.

Low-cost carrier AirMutiara said in a separate statement that passengers who missed their flights because of the outage could rebook free of charge "on the next available flight within seven days of the original travel date".

Aviation Passenger Rights Group Malaysia president Rajesh Kumar Pillai said both the airlines and the airport operator should compensate travellers for their losses.

"Passengers should not be paying for somebody else's IT problem. If the backup system does not work, then it is not a backup system," he said.

NASB said it would conduct a review with its technology vendor and strengthen its contingency procedures.""",
        [
            ("network connectivity failure at a", "Nusantara Airport Services Bhd"),
            ("We sincerely apologise to all", "Nusantara Airport Services Bhd"),
            ("Nobody told us anything for", "Nurul Ain Kamaruddin"),
            ("This is not the first", "Azlan Mohd Yusof"),
            ("on the next available flight", "AirMutiara"),
            ("Passengers should not be paying", "Rajesh Kumar Pillai"),
        ],
    ),
    (
        """British couple's honeymoon nightmare as Bali villa company collapses days before they arrive, leaving hundreds of holidaymakers out of pocket

By JAMES HARLOW FOR MAILONLINE

A British couple lost £4,200 when the Bali villa company they had booked their honeymoon through collapsed just days before they were due to fly out.

Sophie and Daniel Whitlock, 29 and 31, from Leeds, had reserved a private pool villa in Ubud through Serenity Isle Villas, a Bali-based firm which advertised heavily on Instagram.

But a week before their wedding, the company's website went offline and its phone lines stopped answering.

'We just kept refreshing the page and it was gone,' Mrs Whitlock told MailOnline. 'Every penny we had saved for the honeymoon had gone with it.'

The couple are among more than 300 holidaymakers, many from the UK and Australia, who say they lost money when the firm stopped trading last month.

Police in Gianyar regency said they had opened an investigation into the firm's owner, an Indonesian businessman identified only by his initials, KWP.

A police spokesman in Gianyar told local media: 'We have received 41 reports so far and we are coordinating with immigration and the banks to trace the funds.'

Hotel owners in Ubud said the collapse had damaged the reputation of genuine operators.

Made Suarjana, who runs a 12-room guesthouse near the Monkey Forest and chairs the Ubud Homestay Owners Forum, said: 'People read about this and they think all villas in Bali are a scam. It's not fair on the families who have run honest businesses here for thirty years.'

He urged tourists to book through licensed operators and to check that any villa was registered with the local tourism office.

Mr Whitlock said the couple had eventually gone to Bali after their banks agreed to refund part of the cost under chargeback rules.

'We stayed in a little homestay in the end and it was lovely, honestly,' he said.

'But we were lucky. Some of the people in the Facebook group have lost thousands and they're not getting it back.'

A Facebook group called 'Serenity Isle Victims - Refunds Now' has more than 900 members, who share updates on the police investigation.

A spokesman for the Indonesian Embassy in London said the embassy was 'aware of the reports and in contact with the authorities in Bali' and urged victims to file complaints with police.

MailOnline has contacted Serenity Isle Villas for comment.""",
        [
            ("We just kept refreshing the", "Sophie Whitlock"),
            ("Every penny we had saved", "Sophie Whitlock"),
            ("We have received 41 reports", "spokesman"),
            ("People read about this and", "Made Suarjana"),
            ("We stayed in a little", "Daniel Whitlock"),
            ("But we were lucky. Some", "Daniel Whitlock"),
            ("aware of the reports and", "spokesman"),
        ],
    ),
    (
        """Hoteliers around Lake Toba pin hopes on new international flights

Apriani Siregar

Medan, North Sumatra

Hotel and restaurant owners around Lake Toba in North Sumatra are hoping that new direct flights from Kuala Lumpur and Singapore will bring foreign tourists back to the volcanic lake, where occupancy rates have lagged behind other destinations.

Private carrier Nusa Air will start flying to Toba Raya International Airport from July 1, with three weekly flights from Kuala Lumpur and two from Singapore, the airline announced on Friday.

"We see Toba as the next Labuan Bajo. The scenery is world class, and for Malaysians and Singaporeans it is less than two hours away," Nusa Air president director Hendra Wijayakusuma said in Jakarta.

Hendra said the airline would offer promotional fares for the first three months and was considering adding flights from Penang if demand was strong.

The government designated Lake Toba as one of its five "super-priority destinations" in 2019, pouring money into roads, harbors and a new airport terminal. But foreign visitor numbers have grown slowly.

According to the Toba Hospitality Association, hotel occupancy around the lake averaged 41 percent last year.

"Visitors come on weekends from Medan and then the hotels are empty from Monday to Thursday. Foreign tourists stay longer, and that is what we need," said association chairman Rudolf Manurung.

However, he added that infrastructure remained a problem, noting that the road from the airport to Parapat "still takes much longer than it should" because of repeated landslides.

A spokeswoman for the Tourism Ministry said the ministry would promote the new routes "aggressively, starting with travel fairs in Kuala Lumpur in August".

In Tuktuk on Samosir Island, Lastiur Simanjuntak, 52, who runs a small restaurant serving arsik, a spiced Batak fish dish, said she was already planning ahead.

"Last year a bus of Malaysian tourists came and ate here every day for a week. If the planes bring more of them, I will hire two more cooks," she said, laughing.

Environmental researchers, however, warn that a tourism boom could worsen pollution in the lake, which is already under pressure from floating fish farms.

"More visitors means more hotels, more waste and more pressure on a lake that is already stressed. The tourism plan has to come with a sewage plan," said Dewi Anggraini, a limnologist at the Medan Institute of Technology.

Nusa Air will operate the routes with Boeing 737-800 aircraft. Tickets go on sale on Monday.""",
        [
            ("We see Toba as the", "Hendra Wijayakusuma"),
            ("Visitors come on weekends from", "Rudolf Manurung"),
            ("still takes much longer than", "Rudolf Manurung"),
            ("aggressively, starting with travel fairs", "spokeswoman"),
            ("Last year a bus of", "Lastiur Simanjuntak"),
            ("More visitors means more hotels,", "Dewi Anggraini"),
        ],
    ),
    (
        """Tuk-tuk drivers, hotels feel the pinch as Cambodia's temple town waits for tourists

Siem Reap (Cambodia) (AFP) - Parked in a row outside a shuttered guesthouse, a dozen tuk-tuks wait for passengers who rarely come.

"Before, I took tourists to Angkor Wat every morning at 4:30 to see the sunrise. Now some days I have nobody at all," said Sok Vannak, 46, who has driven a tuk-tuk in Siem Reap for 15 years.

Foreign arrivals in the northwestern town, gateway to the sprawling 12th-century temple complex, have recovered to only around 60 percent of 2019 levels, according to the provincial tourism department, even as neighbouring Thailand and Vietnam report record numbers.

Business owners blame a mix of factors: fewer direct flights, high airfares, and the relocation of the town's airport to a new site some 50 kilometres away, which has made short trips from Bangkok or Ho Chi Minh City less attractive.

"The new airport is beautiful, no question. But a tourist who lands now pays 35 dollars for a taxi and spends an hour on the road before seeing a single temple," said Chea Sopheap, who manages a 60-room boutique hotel near the Old Market.

"When you have only two nights, that matters. People decide to go to Luang Prabang or Chiang Mai instead.

"We have cut staff from 48 to 22. I don't know how long we can continue like this."

Ministry of Tourism spokesman Keo Rattana told AFP the government was negotiating with regional carriers to add routes and had introduced a free shuttle bus between the airport and the town centre.

"We understand the difficulties of the businesses. The shuttle is running every hour now and we are asking airlines for more frequencies," he said.

Regional budget carrier Mekong Wings said in a statement it would resume daily flights from Bangkok in November, citing "demand signals from the Siem Reap market that are clearly improving".

A Western diplomat in Phnom Penh, who asked not to be named, said rising visa and transport costs had "added friction at exactly the wrong moment" for a country heavily dependent on tourism.

At a nearly empty night market, German teacher Lena Hoffmann, 27, ate noodles with a friend.

"It's very quiet, which is nice for us," she said. "But you can see the people here are struggling."

Back at the guesthouse, Vannak said he still keeps to his old schedule.

"I still wake up at 4 am," he said. "Habit. Maybe tomorrow someone will come."

bur-sva/dhc""",
        [
            ("Before, I took tourists to", "Sok Vannak"),
            ("The new airport is beautiful,", "Chea Sopheap"),
            ("When you have only two", "Chea Sopheap"),
            ("We have cut staff from", "Chea Sopheap"),
            ("We understand the difficulties of", "Keo Rattana"),
            ("demand signals from the Siem", "Mekong Wings"),
            ("added friction at exactly the", "Western diplomat in Phnom Penh"),
            ("It's very quiet, which is", "Lena Hoffmann"),
            ("But you can see the", "Lena Hoffmann"),
            ("I still wake up at", "Sok Vannak"),
            ("Habit. Maybe tomorrow someone will", "Sok Vannak"),
        ],
    ),
]
