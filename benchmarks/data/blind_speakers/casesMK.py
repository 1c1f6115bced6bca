CASES = [
    (
        """India's stalled monsoon delays summer sowing, lifts pulse prices

By Anjali Rathore and Vikram Seshadri

NEW DELHI/MUMBAI, June 24 (Reuters) - India's monsoon rains have stalled over the southern peninsula for nearly ten days, delaying the planting of rice, soybeans and pulses and pushing up prices of lentils in wholesale markets, officials and traders said on Monday.

Rainfall since the season began on June 1 has been 31% below average, according to data from the India Meteorological Department (IMD). The monsoon delivers nearly 70% of the rain India needs to water farms and recharge reservoirs and aquifers.

"The monsoon current is weak at the moment and we do not expect a meaningful advance over central India before the first week of July," said Ravindra Kulkarni, a senior scientist at the IMD in Pune.

The weather office said in a statement that conditions were "likely to become favourable" for the rains to advance into Maharashtra, Madhya Pradesh and Gujarat early next month.

Nearly half of India's farmland lacks irrigation and depends on the June-September rains. Farmers in the central soybean belt said they had already bought seed and fertiliser and were now waiting anxiously.

"If it doesn't rain in the next ten days, we will have to sow a second time, and many of us simply don't have the money for more seed," said Deepak Sonawane, who grows soybeans on six acres near Latur in Maharashtra.

Wholesale prices of pigeon peas, or tur, have risen 8% in the past two weeks, while urad prices are up nearly 6%, traders said.

"The market is nervous. Every day without rain adds to the price of tur and urad," said a Mumbai-based dealer with a global trading house, who asked not to be identified in line with company policy.

The delay comes as the government tries to contain food inflation, which has stayed above 8% for most of the past year. A senior farm ministry official, who declined to be named because he was not authorised to speak to the media, said there was no cause for alarm.

"There is no need to panic. We have adequate buffer stocks of rice and wheat, and sowing can catch up quickly once the rains revive," the official said.

Rice exporters, however, said overseas buyers were already turning cautious. India is the world's biggest exporter of the grain.

"Exporters are holding back from signing new contracts until there is some clarity on the kharif crop," said Suresh Tandon, president of the Rice Exporters Federation of India.

Tandon said prices of Indian 5% broken parboiled rice, currently quoted at $528-$535 per tonne, could rise further. "We could see a move of $15 to $20 a tonne if the rains stay patchy through July," he said.

(Reporting by Anjali Rathore in New Delhi and Vikram Seshadri in Mumbai; Editing by Martin Hale)""",
        [
            ("The monsoon current is weak", "Ravindra Kulkarni"),
            ("likely to become favourable", "India Meteorological Department"),
            ("If it doesn't rain in", "Deepak Sonawane"),
            ("The market is nervous.", "Mumbai-based dealer with a global trading house"),
            ("There is no need to", "senior farm ministry official"),
            ("Exporters are holding back from", "Suresh Tandon"),
            ("We could see a move", "Suresh Tandon"),
        ],
    ),
    (
        """Tail-end growers block highway over water shortage

Irfan Ali Memon

BADIN: Hundreds of growers from the tail-end areas of Badin and Thatta districts blocked the Badin-Hyderabad road for over six hours on Saturday, protesting against what they called the deliberate diversion of their share of irrigation water to upstream landlords.

The protesters, who arrived on tractors and motorcycles from dozens of villages, carried placards and chanted slogans against the irrigation department and the so-called "water mafia". Traffic remained suspended on both sides of the road until the district administration held talks with their leaders.

The protest was organised by the Sindh Tail-End Growers Alliance, whose president Ghulam Mustafa Jatoi addressed the gathering from atop a tractor trolley.

"The tail-end growers of Badin and Thatta are being deliberately starved of water while influential people upstream run their pumps day and night on our share," he said. "Our lands have turned to dust and our young men are leaving for Karachi to work as daily-wage labourers.

"We will not leave this road until water reaches the last village on the Nasirabad Shakh," he vowed.

Growers said they had been unable to sow rice and cotton for the second consecutive season, while the standing fodder crop had withered, forcing many families to sell their cattle at throwaway prices.

"We have been sowing on hope for three years, and hope does not grow cotton," said Allah Bachayo Khaskheli, who owns 16 acres near the village of Mir Khan Lund. He said he had borrowed Rs300,000 from a commission agent last year and had no means to repay the loan.

An official of the irrigation department, requesting anonymity, conceded that water theft along the main canal was "a serious problem" but said the department was working with police to remove illegal pipes and outlets. "We have registered cases against several people, but they are influential and the staff on the ground is under pressure," he said.

Separately, Sindh Irrigation Minister Nisar Ahmed Bhurgri told reporters in Karachi that the province as a whole had received "nearly 20 per cent less water than its share" under the Water Apportionment Accord during the ongoing Kharif season.

"We have taken up the matter with IRSA and the federal government repeatedly. The shortage is not being shared equally among the provinces, and Sindh's tail-end areas are suffering the most," Mr Bhurgri said.

Later in the evening, Badin Deputy Commissioner Shahnawaz Panhwar met the protest leaders and assured them that a committee comprising irrigation officials, police and growers' representatives would monitor water distribution at key regulators for the next month. The protesters dispersed peacefully after the talks.

In a statement issued later, however, the alliance described the assurance as "the fourth such promise this year" and warned that growers would march on the irrigation secretariat in Hyderabad if the water did not reach their fields within ten days.""",
        [
            ("The tail-end growers of Badin", "Ghulam Mustafa Jatoi"),
            ("Our lands have turned to", "Ghulam Mustafa Jatoi"),
            ("We will not leave this", "Ghulam Mustafa Jatoi"),
            ("We have been sowing on", "Allah Bachayo Khaskheli"),
            ("a serious problem", "official of the irrigation department"),
            ("We have registered cases against", "official of the irrigation department"),
            ("nearly 20 per cent less", "Nisar Ahmed Bhurgri"),
            ("We have taken up the", "Nisar Ahmed Bhurgri"),
            ("the fourth such promise this", "Sindh Tail-End Growers Alliance"),
        ],
    ),
    (
        """‘Without rain, our Aman is lost’

Barind farmers count costs as drought, diesel prices bite

Sohel Rana, Rajshahi

Paddy saplings on thousands of bighas of land in the Barind tract are turning yellow as a prolonged dry spell and soaring irrigation costs leave farmers struggling to keep their Aman crop alive.

“Without rain, our Aman is lost. I have already spent Tk 14,000 on irrigation and there is no water in the deep tubewell after noon,” said Abdul Jalil, 52, of Dhanirpara village in Tanore upazila, standing at the edge of his cracked two-bigha plot.

Rainfall in Rajshahi division in July and August was 47 percent below normal, according to the Met office in the divisional city. Farmers in Rajshahi, Naogaon and Chapainawabganj districts are now relying on deep tubewells and diesel-run shallow pumps to keep transplanted saplings from dying.

Mozammel Haque, deputy director of the Department of Agricultural Extension (DAE) in Rajshahi, said Aman had been transplanted on around 78 percent of the targeted 3.8 lakh hectares in the division.

“If we get a good spell of rain in the next week, most of the crop can still be saved. But the late-planted fields are at real risk,” he told The Daily Star.

Farmers said the cost of running shallow pumps had almost doubled since last year. In many areas, pump owners are now charging Tk 180 to Tk 200 per hour, up from Tk 120.

“The pump owner takes his money first. Whether I get a harvest or not, that is my problem,” said Rahima Begum, a farmer from neighbouring Kalma village who leases one and a half bighas.

Some farmers said the early-planted crop was already showing signs of “chitta”, the local term for grain husks that fail to fill.

A fertiliser dealer at Mundumala bazar, who did not want to be named, said sales of urea had fallen by almost a third this month because “farmers are not sure the crop will survive, so they are not buying”.

The Barind Irrigation Authority said in a press release on Sunday that it had extended the operating hours of its 6,200 deep tubewells in the region and asked operators to give priority to “fields where saplings are under the greatest stress”.

Meanwhile, Abdul Mannan Sarker, general secretary of the Rajshahi unit of Bangladesh Krishak Odhikar Parishad, demanded that the government supply diesel to farmers at subsidised rates until the end of the season.

“The government gives facilities to big importers, but the small farmer who feeds the country gets nothing,” he said at a human chain in front of Rajshahi Press Club yesterday.""",
        [
            ("Without rain, our Aman is", "Abdul Jalil"),
            ("Without rain, our Aman is", "Abdul Jalil"),
            ("If we get a good", "Mozammel Haque"),
            ("The pump owner takes his", "Rahima Begum"),
            ("farmers are not sure the", "fertiliser dealer at Mundumala bazar"),
            ("fields where saplings are under", "Barind Irrigation Authority"),
            ("The government gives facilities to", "Abdul Mannan Sarker"),
        ],
    ),
    (
        """Farmers block highways in Punjab over paddy procurement delays

Chandigarh, Oct 12 (PTI) Hundreds of farmers on Thursday blocked national highways at several places in Punjab, protesting against the slow pace of paddy procurement and alleged deductions by rice millers, leading to long traffic snarls.

The protesters, under the banner of the Kisan Ekta Morcha (Punjab), squatted on the roads at three points in Sangrur and Barnala districts from 11 am to 3 pm.

"Paddy is lying in the mandis for over ten days. Farmers are sleeping next to their produce in the cold and nobody is lifting it," Kisan Ekta Morcha general secretary Gurnam Singh Dhillon said.

He alleged that millers were demanding a cut of Rs 150 to Rs 200 per quintal from farmers citing high moisture content, and that some arhtiyas (commission agents) were "hand in glove with them".

"The government had promised that every grain would be procured at MSP within 24 hours. Where is that promise now?" Dhillon asked.

"We have been left with no option but to take to the roads. If procurement does not pick up by Monday, we will gherao the offices of deputy commissioners across the state," he told PTI over the phone.

Punjab Food and Civil Supplies Minister Baldev Singh Grewal said the state had so far procured 42 lakh tonnes of paddy, against 51 lakh tonnes by the same date last year.

In a statement, Grewal said the slowdown was due to a "shortage of storage space" in the state as the Food Corporation of India (FCI) had not yet moved last year's stocks of rice out of Punjab.

"We have taken up the issue with the Centre at the highest level. I assure farmers that every grain of paddy brought to the mandis will be purchased," the minister said.

The Punjab Rice Millers' Welfare Association denied the allegations of forced deductions.

"The millers are not refusing paddy. We simply do not have space to store the milled rice because the FCI has not lifted it," association president Tarsem Lal Goyal said.

Leader of Opposition in the state assembly Jaswinder Singh Sekhon termed the government's response "too little, too late" and demanded that the chief minister hold an emergency meeting with farmer unions and millers.

Traffic on the Sangrur-Patiala and Barnala-Bathinda stretches remained affected for several hours, with commuters and trucks stranded in long queues.

"Traffic was diverted through link roads and there was no untoward incident," a senior police officer in Sangrur said.

Paddy arrivals in the state's mandis have crossed 60 lakh tonnes so far, according to officials. PTI GSD RSN""",
        [
            ("Paddy is lying in the", "Gurnam Singh Dhillon"),
            ("hand in glove with them", "Gurnam Singh Dhillon"),
            ("The government had promised that", "Gurnam Singh Dhillon"),
            ("We have been left with", "Gurnam Singh Dhillon"),
            ("shortage of storage space", "Baldev Singh Grewal"),
            ("We have taken up the", "Baldev Singh Grewal"),
            ("The millers are not refusing", "Tarsem Lal Goyal"),
            ("too little, too late", "Jaswinder Singh Sekhon"),
            ("Traffic was diverted through link", "senior police officer in Sangrur"),
        ],
    ),
    (
        """Flour price climbs to Rs150 per kg as wheat stocks dwindle

Asif Nawaz Cheema

LAHORE: The price of flour in the open market surged to Rs150 per kilogramme in Lahore on Wednesday, the highest level in more than a year, as millers blamed the Punjab government's delay in releasing official wheat stocks to flour mills.

The 20kg bag of flour, which was selling for Rs2,450 a week ago, was being sold at Rs2,950 in several markets of the city, while the price of chakki flour touched Rs170 per kg.

"We are being forced to buy wheat from the open market at Rs4,800 per maund because the government has not released its quota to the mills," said Naeem Akhtar Sindhu, chairman of the Punjab chapter of the All Pakistan Flour Millers Council. "When the raw material costs more, how can flour be cheaper?"

A spokesman for the Punjab Food Department said the provincial government would begin releasing wheat to mills at the official rate from next week.

"The release schedule has been finalised and mills will receive their quota from Monday. Strict action will be taken against hoarders and those selling flour above the notified price," the spokesman said.

Growers, however, said the crisis was the result of the government's decision not to procure wheat at harvest time this year.

"At harvest the government refused to buy our wheat and we sold it at Rs3,000 per maund. Now the same wheat is being sold at Rs4,800. The farmer lost, the consumer is losing, and only the middleman has gained," said Rao Shamshad Ali, president of the Pakistan Kissan Alliance.

He said small farmers, who had sold their crop immediately after harvest to repay loans, had been "punished twice" — first by low prices and now by expensive flour for their own households.

In Ichhra, shopkeepers said sales had slowed sharply. "Customers have started buying in smaller quantities. People who used to buy a 20kg bag now ask for five kilos," said Muhammad Rafique, a grocer.

According to Dr Sana Farooqui, an agricultural economist at the Lahore-based Institute of Rural Policy, the crisis was "entirely predictable".

"The government ended procurement without building a strategic reserve, and private traders were allowed to hold large stocks with no oversight. When the lean months came, there was nothing to release into the market," she said.

She added that the province would need to import or release at least 1.5 million tonnes of wheat before the new crop arrives in April to stabilise prices.

Officials of the Punjab price control department said district administrations had been directed to step up inspections of flour mills and retail shops, and fines worth Rs2.3 million had been imposed on violators in the past three days.""",
        [
            ("We are being forced to", "Naeem Akhtar Sindhu"),
            ("When the raw material costs", "Naeem Akhtar Sindhu"),
            ("The release schedule has been", "spokesman"),
            ("At harvest the government refused", "Rao Shamshad Ali"),
            ("punished twice", "Rao Shamshad Ali"),
            ("Customers have started buying in", "Muhammad Rafique"),
            ("entirely predictable", "Sana Farooqui"),
            ("The government ended procurement without", "Sana Farooqui"),
        ],
    ),
    (
        """Onion prices crash in Nashik, farmers dump produce on road

Shirish Deshpande

NASHIK

Angry over a steep fall in onion prices, farmers at the Shirsale Agricultural Produce Market Committee (APMC) in Nashik district halted auctions for over three hours on Monday and dumped several quintals of onion on the road outside the market yard.

The average wholesale price at the market fell to ₹850 a quintal on Monday, against ₹1,900 a month ago, according to APMC data. Farmers said their cost of production was at least ₹1,500 a quintal.

“I brought 22 quintals in two trolleys and the highest bid I got was ₹700. That does not even cover the diesel and the labour,” said Sandeep Gaikwad, a farmer from Vadgaon village in Niphad taluka.

Traders attributed the fall to a sharp rise in arrivals of late kharif onion and weak demand from Bangladesh and Sri Lanka, which they blamed on the 20% export duty the Centre imposed last year when retail prices had shot up.

Ramesh Bhalerao, chairman of the Shirsale APMC, said auctions resumed after the police and market officials persuaded the farmers to clear the road. “We understand the farmers’ anger, but stopping auctions only hurts them more because the onion starts to rot in the trolleys,” he said.

The Nashik District Onion Growers’ Federation, in a letter to the Union Commerce Ministry, demanded immediate withdrawal of the export duty and a subsidy of ₹500 a quintal for onion sold below ₹1,200. “The export duty was imposed when prices were high. There is no justification for continuing it now that farmers are selling below cost,” the letter said.

“If the government does not act within a week, we will stop the supply of onion to markets across the district,” federation president Vilas Nikam told The Hindu.

A study by the Pune-based Centre for Agrarian Studies, titled “Glut and Scarcity: Onion Price Cycles in Maharashtra”, had found that abrupt changes in export policy were among the main drivers of price swings in the State’s onion markets.

A senior official of the Department of Consumer Affairs, who did not wish to be named, said the Centre was “closely monitoring the situation” and that a decision on the duty would be taken after consultations with the Commerce Ministry.

Niphad MLA Dattatray Sangle, in a post on X, said: “Onion farmers are being crushed between the Centre’s export policy and nature. The government must announce immediate relief.”

Nashik district accounts for nearly a third of the country’s onion production, and prices at its markets are closely watched as a benchmark for the rest of India.""",
        [
            ("I brought 22 quintals in", "Sandeep Gaikwad"),
            ("We understand the farmers’ anger,", "Ramesh Bhalerao"),
            ("The export duty was imposed", "Nashik District Onion Growers’ Federation"),
            ("If the government does not", "Vilas Nikam"),
            ("closely monitoring the situation", "senior official of the Department of Consumer Affairs"),
            ("Onion farmers are being crushed", "Dattatray Sangle"),
        ],
    ),
    (
        """Bangladesh poor queue for hours as rice prices soar

Dhaka (AFP) - Hundreds of people queued from before dawn outside government trucks in Dhaka on Tuesday to buy subsidised rice, as prices of the staple hit record highs following a drought-hit harvest.

Coarse rice, eaten mainly by the poor, was selling for 68 taka ($0.57) a kilogram in the capital's markets, up nearly a quarter from a year ago, according to government market data.

"I have been standing here since five in the morning. If I don't get rice today, my children will eat only potatoes tonight," Shefali Akter, a 34-year-old garment worker, told AFP.

"Everything costs more: rice, lentils, oil. My salary is the same as two years ago."

The main Aman harvest in the country's northwest was hit by one of the driest monsoons in decades, and the agriculture ministry estimates output fell by around eight percent.

Food Secretary Mahbubur Rahman Talukder told reporters the government had expanded open-market sales of rice and flour to 2,400 points nationwide and would import half a million tonnes of rice in the coming months.

"There is no shortage of rice in the country. Some large millers and traders are hoarding to make extra profit, and we will take action against them," he said.

The Bangladesh Rice Millers' Council rejected the accusation, saying in a statement that millers were paying "record prices for paddy" to farmers.

"Blaming millers will not bring prices down. The government should look at the real cost of production," the statement said.

In Dhaka's Babubazar wholesale market, traders said they had little control over prices.

"Prices go up at the mill gate first. We just pass it on," said Jamal, a wholesaler who gave only his first name.

Economists warn that persistent food inflation, which has stayed above 10 percent for most of the year, is eroding the gains Bangladesh has made in reducing poverty.

"When food inflation stays in double digits for this long, it is the poorest who cut back on meals first," said Farzana Haque, a research fellow at the Dhaka-based Centre for Food Policy Studies.

Dozens of activists from left-wing groups also rallied in front of the National Press Club on Tuesday, demanding rationing for industrial workers.

"The government must introduce ration cards for workers immediately, otherwise there will be hunger in the factory districts," said Rezaul Karim Bhuiyan, a leader of the Socialist Workers' Front.

Bangladesh, a nation of some 170 million people, is among the world's largest rice consumers, and the price of the grain is politically sensitive.

str/mh/ach""",
        [
            ("I have been standing here", "Shefali Akter"),
            ("Everything costs more: rice, lentils,", "Shefali Akter"),
            ("There is no shortage of", "Mahbubur Rahman Talukder"),
            ("record prices for paddy", "Bangladesh Rice Millers' Council"),
            ("Blaming millers will not bring", "Bangladesh Rice Millers' Council"),
            ("Prices go up at the", "Jamal"),
            ("When food inflation stays in", "Farzana Haque"),
            ("The government must introduce ration", "Rezaul Karim Bhuiyan"),
        ],
    ),
    (
        """Barmer farmers gherao collectorate, demand crop insurance payout

HT Correspondent

Jaipur/Barmer: Hundreds of farmers from drought-hit villages of Barmer district laid siege to the district collectorate on Friday, demanding immediate payment of insurance claims for the kharif crop that withered after an almost rainless August.

Kharif crops on over 2.6 lakh hectares, mostly bajra (pearl millet), moong and guar, have been damaged in the district, according to a preliminary survey by the state agriculture department.

The protest was led by the Marusthal Kisan Sangharsh Samiti. Its convener, Bhanwar Lal Godara, said farmers had paid premiums for three years but received "not a single rupee" in claims.

"The insurance company sends its surveyors to the village once, they sit in the sarpanch's house and go away. Who saw our fields?" Godara said. "We will sit here until the collector gives us a written assurance."

Mohan Ram Meghwal, 61, of Kharia Bhilan village, said he had sown bajra on 20 bigha after the first showers in early July. "Not even fodder for the cattle came out of it. Now I will have to buy fodder at Rs 900 a quintal," he said.

A senior official of the state agriculture department, requesting anonymity, said the girdawari (crop loss assessment) reports showed damage "above 50% in most tehsils", which would make farmers eligible for relief under State Disaster Response Fund norms.

District collector Neha Saraswat met a delegation of the protesters and said crop-cutting experiments would be completed by October 15.

"Claims will be processed as per the scheme guidelines. Nobody who is eligible will be left out," Saraswat told HT.

Bharat Agri General Insurance Ltd, which covers the district under the Pradhan Mantri Fasal Bima Yojana, said the allegations were baseless.

"Surveys have been conducted in accordance with the scheme guidelines, with the participation of state agriculture officials," the company said in a statement. "Claims will be settled within the stipulated time after yield data is received from the state government."

In a memorandum addressed to the chief minister and handed over to the collector, the samiti also demanded that Barmer be declared drought-affected and that fodder depots be opened in every panchayat.

"Farmers of the desert district have faced three bad years in five. Without relief, distress migration to Gujarat will begin within weeks," the memorandum said.

The farmers ended their sit-in late in the evening after the administration gave a written assurance that a review meeting with insurance company officials would be held on Tuesday. Godara said the protest would resume if claims were not settled by the end of the month.""",
        [
            ("not a single rupee", "Bhanwar Lal Godara"),
            ("The insurance company sends its", "Bhanwar Lal Godara"),
            ("We will sit here until", "Bhanwar Lal Godara"),
            ("Not even fodder for the", "Mohan Ram Meghwal"),
            ("above 50% in most tehsils", "senior official of the state agriculture department"),
            ("Claims will be processed as", "Neha Saraswat"),
            ("Surveys have been conducted in", "Bharat Agri General Insurance Ltd"),
            ("Claims will be settled within", "Bharat Agri General Insurance Ltd"),
            ("Farmers of the desert district", "Marusthal Kisan Sangharsh Samiti"),
        ],
    ),
]
