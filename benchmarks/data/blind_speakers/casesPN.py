CASES = [
    (
        """Farmers block highway in Malwa belt, demand bonus on heat-hit wheat

Bathinda, Apr 12 (PTI) Hundreds of farmers on Friday blocked the Bathinda-Barnala highway near Kotbhai village for over four hours, demanding a bonus of Rs 500 per quintal on wheat to compensate for yield losses caused by an early heatwave.

The protesters, owing allegiance to the Kisan Sangharsh Ekta Morcha, squatted on the road with their tractor-trolleys, leading to long queues of vehicles on both sides.

"Grain has shrivelled in the ear. Yields are down by six to eight quintals per acre and the government is acting as if nothing has happened," said Jagtar Singh Dhillon, the morcha's general secretary.

Dhillon said the farmers would intensify their agitation if the state government did not announce relief before procurement picks up next week.

"We are not asking for charity. We are asking for what the cost of cultivation demands," he told reporters at the protest site.

According to the farmers, day temperatures in the region crossed 38 degrees Celsius in the third week of March, weeks ahead of normal, when the crop was at the grain-filling stage.

Deputy Commissioner Harpreet Kaur Sidhu, who met a delegation of the protesters, said a special girdawari (crop loss assessment) had already been ordered in the district.

"Revenue officials have been asked to complete the survey within ten days and the report will be sent to the government," she said.

The blockade was lifted around 3 pm after the administration assured the farmers of a meeting with Agriculture Minister Balwinder Singh Gill in Chandigarh on Monday.

A senior official in the state agriculture department, who did not wish to be named, said shrivelled grain was a concern but the "overall production picture is not alarming".

"Some pockets have been hit hard, especially late-sown fields. But the state average may fall by only three to four per cent," the official said.

The Food Corporation of India had relaxed quality norms for shrivelled and broken grain in previous years, and the farmers have demanded a similar relaxation this season so that their produce is not rejected at mandis.

Meanwhile, Leader of Opposition Ravneet Kaur Brar accused the government of "sleeping through the crisis" and said farmers were being forced onto the roads for their basic dues. PTI JSD RHL""",
        [
            ("Grain has shrivelled in the", "Jagtar Singh Dhillon"),
            ("We are not asking for", "Jagtar Singh Dhillon"),
            ("Revenue officials have been asked", "Harpreet Kaur Sidhu"),
            ("overall production picture is not", "senior official in the state agriculture department"),
            ("Some pockets have been hit", "senior official in the state agriculture department"),
            ("sleeping through the crisis", "Ravneet Kaur Brar"),
        ],
    ),
    (
        """Growers stage sit-in outside Punjab Assembly over wheat price

By Our Staff Reporter

LAHORE: Hundreds of farmers from across the province staged a sit-in outside the Punjab Assembly on Tuesday, demanding that the government announce a support price for wheat and begin official procurement immediately.

The protesters, led by the Kissan Bachao Tehreek, said open-market rates had fallen to Rs2,900 per 40kg, well below the cost of production, after the government withdrew from procurement this season.

"The farmer has spent Rs3,500 to grow every maund of wheat, and today he is selling it for Rs2,900. Who will pay for this loss?" asked Khalid Mehmood Bhatti, the tehreek's president, addressing the gathering.

He said growers had taken loans to buy DAP and urea at record prices and would not be able to sow cotton if they were not paid fairly for their wheat.

"If the government does not listen, we will lock the doors of the food department's offices in every district," Mr Bhatti warned.

Police had placed containers at several points on the road leading to the Assembly, causing traffic jams in the city centre for most of the afternoon.

A spokesperson for the Punjab food department said the province had sufficient wheat stocks from last year and that the withdrawal from procurement was part of a wider reform of the commodity sector.

"The government cannot keep buying wheat at a fixed price and storing it at a loss. The private sector must play its role," the spokesperson said.

Provincial Agriculture Minister Ashiq Hussain Khakwani, talking to journalists at the Assembly, said the government had announced a Rs15 billion package for small farmers, including subsidised tractors and interest-free loans through Kissan Cards.

He described the protest as "politically motivated" and claimed that most of the demonstrators were "not small growers but middlemen".

However, farmer leader Iftikhar Ahmad Warraich, who had travelled from Hafizabad with a group of growers, rejected the claim. "Come to my village and see who is growing wheat and who is crying," he said.

Economist Dr Sobia Rafiq, who teaches at a private university in Lahore, said the abrupt exit of the state from the market had left farmers exposed to traders who were now dictating rates.

"Deregulation without a functioning warehouse receipt system or access to credit is just transferring all the risk to the weakest player in the chain," she told Dawn.

The protesters dispersed late in the evening after a delegation held talks with the provincial chief secretary, but vowed to return on Friday if their demands were not met.""",
        [
            ("The farmer has spent Rs3,500", "Khalid Mehmood Bhatti"),
            ("If the government does not", "Khalid Mehmood Bhatti"),
            ("The government cannot keep buying", "spokesperson"),
            ("politically motivated", "Ashiq Hussain Khakwani"),
            ("not small growers but middlemen", "Ashiq Hussain Khakwani"),
            ("Come to my village and", "Iftikhar Ahmad Warraich"),
            ("Deregulation without a functioning warehouse", "Sobia Rafiq"),
        ],
    ),
    (
        """India weighs curbs on rice exports as weak monsoon threatens crop

By Rajesh Menon and Aditi Kulkarni

NEW DELHI, Aug 6 (Reuters) - India is considering fresh restrictions on exports of some rice varieties after patchy monsoon rains cut planting in key growing states, two government officials said, a move that could push up global prices of the staple.

Rainfall in India, the world's biggest rice exporter, has been 14% below average since the start of the monsoon season on June 1, according to data from the weather office.

"If the rains do not revive in the next two weeks, we will have to act to protect domestic supplies," said one of the officials, who declined to be named as the deliberations are private.

The official said options under discussion included a minimum export price on non-basmati white rice and a higher duty on parboiled rice.

Rice prices in local markets have risen nearly 9% over the past month, and the government is wary of food inflation ahead of state elections later this year.

The food ministry did not respond to a request for comment.

Exporters said any curbs would hit buyers in Africa and Asia hard.

"India supplies 40% of the world's rice trade. Any restriction sends prices up immediately in Dakar and Dhaka," said Venkatesh Raghavan, president of the Southern Rice Exporters Association.

Raghavan said traders had already seen buyers rush to book cargoes in anticipation of a ban. "Enquiries have doubled in a week. Everybody wants to load before the door shuts," he said.

Paddy had been planted on 26.1 million hectares as of last week, down 6% from a year earlier, the agriculture ministry said in a statement, adding that sowing was "expected to pick up with improved rainfall in the coming weeks".

In the eastern state of Odisha, where rains have been among the weakest, many farmers have yet to transplant seedlings.

"Our nursery beds are ready but the fields are dry," said Prakash Behera, who grows paddy on three acres in Kendupali village. "Every day we look at the sky."

A Singapore-based trader with an international trading house said Thai and Vietnamese export prices had already firmed by about $15 a tonne this week.

"The market is pricing in a decision," the trader said.

(Reporting by Rajesh Menon and Aditi Kulkarni; Additional reporting by Sunil Prakash in Bhubaneswar; Editing by Jane Merriman)""",
        [
            ("If the rains do not", "government official"),
            ("India supplies 40% of the", "Venkatesh Raghavan"),
            ("Enquiries have doubled in a", "Venkatesh Raghavan"),
            ("expected to pick up with", "agriculture ministry"),
            ("Our nursery beds are ready", "Prakash Behera"),
            ("Every day we look at", "Prakash Behera"),
            ("The market is pricing in", "Singapore-based trader"),
        ],
    ),
    (
        """Water shortage leaves Sindh's tail-end growers high and dry

Our Correspondent

HYDERABAD: Growers in the lower reaches of Sindh have warned that cotton and chilli sowing could fall by a third this season as an acute water shortage in canals enters its sixth week.

Addressing a press conference at the local press club on Sunday, Sindh Abadgar Ittehad President Nawaz Ali Talpur said tail-end farmers in Badin and Thatta districts had not received canal water since early April.

Talpur put the problem bluntly: "The water is being stolen at the head and the poor farmer at the tail is left to watch his land crack."

He alleged that influential landlords in upper areas had installed illegal pumps and outlets on the main branches with the connivance of irrigation staff. "The irrigation department knows every one of these outlets. Their officers take their share and look the other way.

"We have written to the chief minister three times. Not once have we received a reply."

The Sindh irrigation department rejected the allegations. In a statement issued on Sunday evening, it said the province was receiving 38 per cent less water than its share under the water accord due to "low flows in the Indus and depleted reservoirs".

"Rotation schedules have been strictly enforced and an anti-theft campaign is under way in Hyderabad and Mirpurkhas divisions," the statement said.

An official of the irrigation department, requesting anonymity, told The Express Tribune that at least 140 illegal outlets had been removed in the last month, but conceded that enforcement had been "patchy" in some areas.

Ghulam Mustafa Khaskheli, who farms 12 acres near Goth Allah Bachayo in Badin, said he had already missed the window for sowing cotton.

"I borrowed Rs200,000 from the commission agent for seed and fertiliser. Now there is no crop and the interest is still running," he said.

Dr Naheed Soomro, an agricultural economist based in Tando Jam, said the province needed to line its watercourses and move away from water-intensive crops in the tail-end areas. She described the current situation as a "preview of what climate change will bring every year".

The Met Office has forecast pre-monsoon showers in lower Sindh later this month, which growers said would be too little and too late for the kharif crop.""",
        [
            ("The water is being stolen", "Nawaz Ali Talpur"),
            ("The irrigation department knows every", "Nawaz Ali Talpur"),
            ("We have written to the", "Nawaz Ali Talpur"),
            ("low flows in the Indus", "Sindh irrigation department"),
            ("Rotation schedules have been strictly", "Sindh irrigation department"),
            ("patchy", "official of the irrigation department"),
            ("I borrowed Rs200,000 from the", "Ghulam Mustafa Khaskheli"),
            ("preview of what climate change", "Naheed Soomro"),
        ],
    ),
    (
        """Onion growers halt auctions in Nashik as prices crash

Staff Reporter

NASHIK

Onion growers on Monday stopped auctions at the Nandurkhed Agricultural Produce Market Committee (APMC) for nearly three hours after wholesale prices dropped to ₹700 a quintal, less than half the cost of production.

Farmers who had brought their produce in tractors and pick-up vans gathered outside the APMC office and raised slogans against the Centre’s export duty on onion.

“I spent ₹1.2 lakh on two acres. Today the trader is offering me ₹650 a quintal. I won’t even recover the cost of transport,” said Sandeep Gaikwad, a grower from Wadgaon Budruk village.

Kanda Utpadak Shetkari Sangh president Vilas Borade said the 40% export duty had “choked” the market at a time when the late kharif crop was arriving in bulk.

“When prices go up, the government acts overnight. When prices crash, nobody in Delhi picks up the phone,” Mr. Borade said. He demanded a subsidy of ₹500 a quintal for onion sold in the market between January and March.

According to APMC data, arrivals on Monday stood at 28,400 quintals, nearly double the volume a month ago, while the modal price fell to ₹820 a quintal.

APMC secretary Nitin Kshirsagar said the auctions resumed after the intervention of the police and market officials. “We explained to the farmers that the APMC has no role in deciding prices. Traders bid according to demand,” he said.

Traders, however, blamed the lack of export orders. A trader at the market, who requested anonymity, said consignments to Bangladesh and West Asia had “nearly dried up” after the duty was imposed.

District Collector Ashwini Deshpande met a delegation of growers in the evening. In a statement issued later, the district administration said the State government would “take up the issue of the export duty with the Union Ministry of Commerce at the earliest”.

Mr. Gaikwad said he would store the remaining crop in his chawl (onion storage shed) and wait for prices to improve, though he was unsure how long the bulbs would last in the heat. “The onion will rot before the price rises,” he said.""",
        [
            ("I spent ₹1.2 lakh on", "Sandeep Gaikwad"),
            ("choked", "Vilas Borade"),
            ("When prices go up, the", "Vilas Borade"),
            ("We explained to the farmers", "Nitin Kshirsagar"),
            ("nearly dried up", "trader at the market"),
            ("take up the issue of", "district administration"),
            ("The onion will rot before", "Sandeep Gaikwad"),
        ],
    ),
    (
        """Drought aid 'too little, too late', says farm leader

Basavaraj Hiremath | TNN

KALABURAGI: Shivaputrappa Malipatil, president of the Karnataka Raitha Hitarakshana Vedike, on Wednesday described the interim drought relief of Rs 2,000 per hectare announced by the state government as "too little, too late".

"Farmers have spent Rs 25,000 to Rs 30,000 per hectare on tur and cotton, and the entire crop has withered. What will Rs 2,000 do?" he told TOI.

Of the 236 taluks in the state, 195 have been declared drought-hit this year, the highest in over a decade. Kalaburagi, Yadgir and Vijayapura are among the worst affected, with rainfall deficits of 40% to 55% during the kharif season.

Revenue minister M Chandrashekar Gowda defended the government, saying the state had been forced to release funds from its own resources as the Centre was yet to release money under the National Disaster Response Fund.

"We submitted a memorandum seeking Rs 17,900 crore four months ago. Not a single rupee has come. We are not waiting for Delhi; we are paying from the state exchequer," Gowda said in Bengaluru.

Opposition leader Prabhakar Kori, however, accused the government of "hiding behind the Centre" and said the state had diverted funds meant for farmers to its welfare guarantees.

At Hagaragi village in Afzalpur taluk, Mallamma Biradar, 52, stood in her three-acre tur field where the plants have dried to stalks. "We sowed twice. The first time the seeds did not come up, and the second time the rain stopped in August," she said. "My son has gone to Pune to work on a construction site."

Agriculture department officials said crop loss had been assessed at over 33% in most of the affected taluks, making farmers eligible for compensation under the relief norms. A joint director of agriculture in Kalaburagi said the survey data had been uploaded and payments would be credited directly to farmers' bank accounts.

"Nearly 3.2 lakh farmers in the district have been enrolled. The first instalment should reach them within a week," the officer said.""",
        [
            ("too little, too late", "Shivaputrappa Malipatil"),
            ("too little, too late", "Shivaputrappa Malipatil"),
            ("Farmers have spent Rs 25,000", "Shivaputrappa Malipatil"),
            ("We submitted a memorandum seeking", "M Chandrashekar Gowda"),
            ("hiding behind the Centre", "Prabhakar Kori"),
            ("We sowed twice. The first", "Mallamma Biradar"),
            ("My son has gone to", "Mallamma Biradar"),
            ("Nearly 3.2 lakh farmers in", "joint director of agriculture in Kalaburagi"),
        ],
    ),
    (
        """Heat and pests wither Pakistan's cotton, pushing farmers to the brink

By Asif Hussain

Multan, Pakistan (AFP) - Standing among rows of stunted cotton plants, their leaves curled and speckled with whitefly, Muhammad Ramzan shook his head.

"Ten years ago this field gave me 40 maunds an acre. This year I will be lucky to get 15," the 58-year-old told AFP, using a local unit equal to 40 kilograms.

Pakistan's cotton output has fallen by almost half over the past decade, according to industry figures, as rising temperatures, pest attacks and the spread of more profitable crops such as sugarcane and maize squeeze the fibre that once powered the country's textile exports.

This summer, temperatures in parts of southern Punjab province topped 49 degrees Celsius in late May, scorching young plants just as they began to flower.

"Cotton can tolerate heat, but not this kind of heat for this long," said Farzana Qureshi, an entomologist at a government cotton research institute in Multan.

"When the plant is stressed, the whitefly population explodes, and farmers respond by spraying more and more."

Farmers say they are spraying as many as ten times a season, often with pesticides of doubtful quality bought on credit.

Another farmer, who asked not to be named for fear of angering the local dealer he owes money to, said he had been sold "water in a bottle" instead of insecticide.

The government has announced an intervention price of 8,500 rupees per 40 kilograms for seed cotton to encourage planting.

"We are committed to reviving cotton. It is the backbone of our economy," Food Security Minister Zafar Iqbal Sandhu said in a statement last month.

But growers say the support price exists largely on paper, with ginners paying well below it.

"No one buys at the government rate. The ginner sets the price and we have no choice," said Ramzan, who has taken loans of nearly 400,000 rupees ($1,400).

An association representing ginning factories did not respond to AFP's request for comment.

Textiles account for around 60 percent of Pakistan's exports, and mills now import large volumes of raw cotton to meet orders.

"We are importing the very thing we used to be famous for," said Tariq Mehmood, an economist at a Lahore-based think tank. "That tells you everything about how badly we have managed agriculture."

Back in his field, Ramzan says his sons want to plant maize next year.

"My father grew cotton, I grew cotton. Maybe I am the last one," he said.""",
        [
            ("Ten years ago this field", "Muhammad Ramzan"),
            ("Cotton can tolerate heat, but", "Farzana Qureshi"),
            ("When the plant is stressed,", "Farzana Qureshi"),
            ("water in a bottle", "farmer"),
            ("We are committed to reviving", "Zafar Iqbal Sandhu"),
            ("No one buys at the", "Muhammad Ramzan"),
            ("We are importing the very", "Tariq Mehmood"),
            ("That tells you everything about", "Tariq Mehmood"),
            ("My father grew cotton, I", "Muhammad Ramzan"),
        ],
    ),
    (
        """Farmer unions reject Centre's MSP offer, say it is 'nowhere near' their demand

Written by Navdeep Grewal

Chandigarh | Updated: February 21

Farmer unions camping at the Dhablan barrier on the Punjab-Haryana border on Tuesday rejected the Centre's proposal to procure pulses, maize and cotton at the minimum support price (MSP) for five years, and announced that they would resume their march to Delhi on Wednesday.

Announcing the decision after a joint meeting of the two platforms leading the agitation, Kisan Majdoor Sangharsh Front convener Sukhdev Singh Bhangu said the proposal was "nowhere near what farmers have been asking for".

"The government wants to tie farmers to contracts with cooperatives for five years, and only for a few crops. What about mustard, groundnut, bajra?" Bhangu told reporters at the protest site. "We analysed it line by line. There is nothing in it for the majority of farmers.

"We have given the government enough time. Tomorrow at 11 am, we will march towards Delhi peacefully."

Another leader, Jaswinder Kaur Randhawa of the Kirti Kisan Sabha (Doaba), said the unions had calculated that a legal guarantee on MSP for all 23 notified crops would cost far less than the government claimed. According to her, the Centre's estimate of Rs 10 lakh crore a year was "deliberately inflated to scare the public".

The Centre's proposal was made at the fourth round of talks on Sunday night in Chandigarh, attended by three Union ministers. Union Agriculture Minister Devendra Nath Tripathi, who led the Centre's side, had described the offer as "out-of-the-box" and said it would also help check the fall in groundwater levels in Punjab.

After the unions announced their rejection, the Ministry of Agriculture and Farmers Welfare said in a statement that the government "remains open to dialogue" and appealed to the farmers to maintain peace.

Haryana Police, meanwhile, reinforced the multi-layer barricades at Dhablan with additional concrete blocks and deployed drones to monitor the crowd. A senior police officer in Ambala said the force was "prepared for every situation" but hoped that the unions would reconsider the march.

At the camp, where hundreds of tractor-trolleys have been parked on the highway for over a week, farmers said they were ready for a long haul.

"We have ration for six months. We came prepared," said Gurmail Singh, 67, from Bhagwanpura Kalan village in Ludhiana district.""",
        [
            ("nowhere near", "Sukhdev Singh Bhangu"),
            ("nowhere near what farmers have", "Sukhdev Singh Bhangu"),
            ("The government wants to tie", "Sukhdev Singh Bhangu"),
            ("We analysed it line by", "Sukhdev Singh Bhangu"),
            ("We have given the government", "Sukhdev Singh Bhangu"),
            ("deliberately inflated to scare the", "Jaswinder Kaur Randhawa"),
            ("out-of-the-box", "Devendra Nath Tripathi"),
            ("remains open to dialogue", "Ministry of Agriculture and Farmers Welfare"),
            ("prepared for every situation", "senior police officer in Ambala"),
            ("We have ration for six", "Gurmail Singh"),
        ],
    ),
]
