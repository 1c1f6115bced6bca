CASES = [
    (
        """Kenya maize prices hit record as failed rains squeeze harvests

By Wanjiru Kamau

NAIROBI, March 14 (Reuters) - Wholesale maize prices in Kenya climbed to a record high this week after a second consecutive failed rainy season cut harvests across the country's eastern and northern counties, traders and officials said on Thursday.

A 90-kg bag of maize sold for 6,400 shillings ($49) at Nairobi's main wholesale market on Wednesday, up 38% from a year earlier, according to data from the Cereal Growers Forum of Kenya, an industry lobby.

"We have never seen prices like this in March, which is usually when stocks are still comfortable," said Peter Otieno Mbugua, chairman of the forum. "Farmers in Makueni and Kitui harvested almost nothing."

Kenya's Ministry of Agriculture and Livestock Development said in a statement that it would release 2 million bags from the Strategic Food Reserve to millers at subsidised prices, and that duty-free imports from Tanzania and Zambia would be allowed until the end of June.

"The government is taking all necessary measures to stabilise the supply of our staple food," the statement said.

Millers said the release would not be enough. Grace Chebet, chief executive of the Kenya Association of Grain Millers, told reporters the reserve had been at less than half its capacity since last year.

"Two million bags is about a week of national consumption," she said. "Unless imports come in quickly, flour prices will keep going up."

The price of a 2-kg packet of maize flour, known locally as unga, rose to 230 shillings in some supermarkets this week, a level that last triggered street protests in 2022.

The Meteorological Department has forecast below-normal rainfall for the March-to-May long rains in much of the east, raising fears of a third poor season. A senior official at the Meteorological Department, who asked not to be named because he was not authorised to speak to the media, said soil moisture in parts of Kitui was "the lowest we have recorded in a decade".

Economists warned that rising food costs could complicate the central bank's efforts to cut interest rates.

"Food carries a heavy weight in the consumer price index, so a maize shock feeds straight into headline inflation," said Amina Hassan, an economist at Kilimani Capital in Nairobi.

Overall inflation rose to 6.8% in February from 6.3% a month earlier, the statistics office said last week. The central bank's monetary policy committee is due to meet next month.

(Reporting by Wanjiru Kamau; Additional reporting by Duncan Miriti; Editing by Alison Whitfield)""",
        [
            ("We have never seen prices", "Peter Otieno Mbugua"),
            ("Farmers in Makueni and Kitui", "Peter Otieno Mbugua"),
            ("The government is taking all", "Ministry of Agriculture and Livestock Development"),
            ("Two million bags is about", "Grace Chebet"),
            ("Unless imports come in quickly", "Grace Chebet"),
            ("the lowest we have recorded", "senior official at the Meteorological Department"),
            ("Food carries a heavy weight", "Amina Hassan"),
        ],
    ),
    (
        """Herders lose livestock by the thousand as drought grips Ethiopia's Somali region

Dhagaxle (Ethiopia) (AFP) - The carcasses of goats lie scattered along the dry riverbed outside Dhagaxle, a small town in Ethiopia's arid Somali region where a fourth failed rainy season has left herders with little but debts.

"I had 200 goats and 30 camels. Now I have 11 goats," said Abdirahman Farah Ali, 54, sitting in the shade of an acacia tree beside his family's hut. "The camels were the last to die. When the camels die, you know it is finished."

Across the region, more than 1.2 million animals have died since October, according to figures compiled by the regional pastoral development bureau.

For families whose wealth is measured in livestock, the losses have been devastating. Many have moved to informal camps on the edges of towns, where they depend on irregular food distributions.

"We are seeing people arrive every day with nothing," said Hodan Yusuf, who coordinates a nutrition clinic run by the charity Horn Relief Partnership in Dhagaxle.

She said admissions of severely malnourished children had nearly doubled since January, and that the clinic was running short of therapeutic food.

The price of sorghum in local markets has risen by about 60 percent in six months, while the price a herder can get for a weakened goat has halved, the Regional Food Security Monitoring Unit said in its latest bulletin, describing the terms of trade for pastoralists as "the worst since monitoring began".

Ethiopia's federal authorities say they have distributed food to 3.4 million people in the region since the start of the year but acknowledge shortfalls.

"Resources are stretched because needs are rising in several parts of the country at once," Tesfaye Gebremariam, a spokesman for the National Disaster Risk Management Commission, told AFP by phone from Addis Ababa.

Humanitarian workers say donor funding has not kept pace. An official with an international aid agency in Addis Ababa, who asked not to be identified, said food aid pipelines for the region would "break completely by the end of May" without new money.

Meteorologists have warned that the coming rains, due in April, may also be below average.

Back under the acacia, Abdirahman said he would not leave for the camps, even as two of his sons have gone to look for work in the regional capital.

"Where would I go? My father and grandfather were herders here," he said. "If God brings the rain, we will start again with what is left."

str-mb/jcp/ah""",
        [
            ("I had 200 goats and", "Abdirahman Farah Ali"),
            ("The camels were the last", "Abdirahman Farah Ali"),
            ("We are seeing people arrive", "Hodan Yusuf"),
            ("the worst since monitoring began", "Regional Food Security Monitoring Unit"),
            ("Resources are stretched because needs", "Tesfaye Gebremariam"),
            ("break completely by the end", "official with an international aid agency in Addis Ababa"),
            ("Where would I go?", "Abdirahman Farah Ali"),
            ("If God brings the rain", "Abdirahman Farah Ali"),
        ],
    ),
    (
        """‘The well has gone dry, and so has the credit’: India’s drought-hit farmers turn to moneylenders

Late monsoons and soaring prices of pulses are pushing smallholders in Maharashtra’s dry interior deeper into debt

Meera Kulkarni in Bhimnagar

Savita Jadhav stands at the edge of a field that should be green with soya bean by now. Instead, the soil has cracked into plates the size of dinner trays.

“The well has gone dry, and so has the credit,” says Jadhav, 38, who farms three acres with her husband in Bhimnagar, a village in the drought-prone interior of Maharashtra. “The bank says we have not repaid last year’s loan, so there is nothing for us this year.”

With banks unwilling to lend, Jadhav borrowed 60,000 rupees (£560) from a local moneylender at an interest rate of 5% a month. She is not alone. A survey by the Pune-based Centre for Rural Livelihoods Research found that nearly half of households in six drought-hit districts had taken informal loans in the past year, most of them to buy seed and food.

“What we are seeing is a slow-motion debt crisis,” says Dr Anand Deshmukh, who led the study. “Families are borrowing to eat, not to invest. That is a very dangerous place to be.”

The monsoon arrived almost three weeks late in the region this year and delivered 40% less rain than average in July, according to the state’s water resources department. Reservoirs in the district are at less than a fifth of capacity.

At the same time, the cost of pulses and vegetables has soared. The price of tur dal, a staple lentil, has risen by more than a third in a year in local markets, squeezing households that must now buy what they once grew.

State officials say relief is on its way. The government has declared 43 talukas drought-affected, allowing farmers to claim compensation and deferring loan recovery. Sanjay Pawar, the state’s minister for relief and rehabilitation, told the Guardian that payments would reach farmers’ bank accounts “within weeks, not months”.

Activists are sceptical. “Every year there is a declaration and every year the money comes late, if it comes at all,” says Rekha Shinde of Shetkari Mahila Manch, a network of women farmers.

“Women do most of the work on these farms, but the land is in the husband’s name, so they cannot even apply for compensation,” she adds.

Back in Bhimnagar, Jadhav has started working as a labourer on a road-building project run under the rural employment scheme, leaving her two children with her mother-in-law during the day.

“I never thought I would be carrying stones for 250 rupees a day,” she says. “But the children have to eat.”""",
        [
            ("The well has gone dry", "Savita Jadhav"),
            ("The well has gone dry", "Savita Jadhav"),
            ("The bank says we have", "Savita Jadhav"),
            ("What we are seeing is", "Anand Deshmukh"),
            ("Families are borrowing to eat", "Anand Deshmukh"),
            ("within weeks, not months", "Sanjay Pawar"),
            ("Every year there is a", "Rekha Shinde"),
            ("Women do most of the", "Rekha Shinde"),
            ("I never thought I would", "Savita Jadhav"),
            ("But the children have to", "Savita Jadhav"),
        ],
    ),
    (
        """Tomato, onion prices surge as erratic monsoon damages crops; Centre to offload buffer stock

New Delhi, Aug 21 (PTI) Retail prices of tomato and onion have jumped sharply in several cities over the past fortnight as erratic monsoon rains damaged standing crops in key producing states, prompting the Centre to offload onion from its buffer stock, officials said on Wednesday.

The all-India average retail price of tomato rose to Rs 78 per kg on Tuesday from Rs 41 a month ago, while onion was selling at Rs 56 per kg, up nearly 30 per cent, according to data maintained by the consumer affairs ministry.

"The spike is temporary and is mainly due to supply disruptions caused by heavy rain in some areas and deficient rainfall in others," Consumer Affairs Secretary Anupam Sahay told reporters here.

He said the government would release 2 lakh tonnes of onion from the buffer through cooperatives in Delhi-NCR and other major consuming centres at Rs 35 per kg from Friday.

"We are closely monitoring the situation on a daily basis. Wherever prices are out of line, we will intervene," Sahay said.

Wholesale traders in the national capital said arrivals from Karnataka and Maharashtra had fallen by nearly half.

"Trucks are coming half-empty. Farmers in the south have lost a good part of the tomato crop to rain and a virus attack," said Mohd Irfan, president of the Delhi Fruit and Vegetable Commission Agents' Association.

Onion growers, however, said the buffer release would depress farm-gate prices just when they had begun to recover.

"Whenever farmers get a little better price, the government dumps buffer stock in the market. Who will compensate us for the losses we suffered last year when onion sold at Rs 2 per kg?" Sunil Kharat, president of the Rajya Kanda Shetkari Sangh, said.

Opposition MP Harinder Gill described the measures as "cosmetic steps that will not help the common man" and demanded that the government expand the public distribution system to include pulses and edible oil.

A senior official of the agriculture ministry said kharif sowing of vegetables was "broadly on track" despite the rain deficit in some states, and that fresh arrivals were expected from September.

In the national capital, consumers said they had cut back on purchases. Pooja Malhotra, a homemaker in east Delhi, said she had stopped buying tomatoes in bulk.

"I buy 250 grams at a time now. Earlier it was two kilos a week," she said.

Retail inflation data for July, due next week, is expected to show a rise in food prices, economists said. PTI ABC RKS""",
        [
            ("The spike is temporary and", "Anupam Sahay"),
            ("We are closely monitoring the", "Anupam Sahay"),
            ("Trucks are coming half-empty. Farmers", "Mohd Irfan"),
            ("Whenever farmers get a little", "Sunil Kharat"),
            ("cosmetic steps that will not", "Harinder Gill"),
            ("broadly on track", "senior official of the agriculture ministry"),
            ("I buy 250 grams at", "Pooja Malhotra"),
        ],
    ),
    (
        """Drought-hit Aman farmers count losses as rice prices climb

Our Correspondent, Naogaon

Farmers in the northwestern district have been forced to spend heavily on irrigation to save their Aman paddy as scanty rainfall in July and August left fields parched, while coarse rice prices in local markets have gone up by Tk 4-6 per kg in the last three weeks.

Visiting Kashidanga and Rampara villages under Baromile upazila on Sunday, this correspondent saw cracks in several paddy fields, with young plants turning yellow.

"I have spent Tk 9,000 on diesel for my shallow machine in one month. In a normal year, I would not need even half of that," said Abdul Motin, 47, a farmer of Kashidanga village.

"If it does not rain in the next two weeks, the plants will not flower properly and the yield will drop," he added.

According to the district agriculture extension office, Aman was transplanted on 1.9 lakh hectares this season, but around 22,000 hectares are facing moisture stress.

Contacted, Md Shamsul Arefin, deputy director of the office, said, "We are advising farmers to use alternate wetting and drying to save water. Our field staff are working round the clock."

He, however, admitted that the cost of irrigation had increased as the price of diesel went up earlier this year.

Meanwhile, coarse rice was selling at Tk 58-60 per kg in the district town's main market yesterday, up from Tk 52-54 a month ago, traders said.

Rice miller Nurul Islam Babu, also general secretary of the district rice mill owners' association, blamed the price hike on a shortage of paddy.

"Paddy arrivals at the haats have dropped as farmers are holding stocks, fearing a poor Aman harvest," he said.

However, Ferdousi Akhter, district unit president of Consumers' Rights Forum, alleged that a section of millers were hoarding rice to make extra profit.

"Every time there is a little trouble in the field, the millers raise prices overnight. The administration must run drives at the mills and check their stocks," she said.

Low-income people are the worst sufferers. Rickshaw puller Jamal Uddin, of Rampara, said: "With Tk 400 a day, I cannot feed a family of five if rice costs Tk 60."

The district food controller could not be reached for comment despite several attempts over the phone.""",
        [
            ("I have spent Tk 9,000", "Abdul Motin"),
            ("If it does not rain", "Abdul Motin"),
            ("We are advising farmers to", "Md Shamsul Arefin"),
            ("Paddy arrivals at the haats", "Nurul Islam Babu"),
            ("Every time there is a", "Ferdousi Akhter"),
            ("With Tk 400 a day,", "Jamal Uddin"),
        ],
    ),
    (
        """Somalia aid groups cut rations as drought funding dries up

By Layla Osman // 9 May 2024

NGOs working in southern Somalia have begun cutting food rations and closing nutrition sites as funding for the drought response falls far short of needs, just as a fifth poor rainy season pushes the prices of sorghum and maize toward record levels.

The Somalia Humanitarian NGO Forum, a coordination body representing 62 local and international organizations, said in a letter to donors last week that its members had received less than a quarter of the funding they requested for the first half of the year.

"We are being forced to choose between feeding children today and keeping clinics open next month," the letter said. "These are not choices any humanitarian organization should have to make."

In Bur Dhuure district, in the Bay region, the price of a 50-kilogram bag of red sorghum has nearly doubled since January, according to market monitoring by the Somali Agriculture and Nutrition Analysis Network.

Mohamed Abdi Warsame, country director of Gargaar Relief, a Somali NGO, said his organization had reduced monthly cash transfers to displaced families from $70 to $40.

"Forty dollars does not buy a family enough food for two weeks at current prices," Warsame said. "People will go back to skipping meals, and we know from past droughts where that ends."

Several agencies had hoped to rely on the so-called "anticipatory action" model, under which money is released on the basis of forecasts before a crisis peaks. But the pooled fund set up for that purpose last year is now largely depleted, according to two NGO officials.

The Nordic Humanitarian Fund, one of the largest donors to Somalia in recent years, has cut its allocation for 2024 by about 40%. A spokesperson for the fund said in an email that it remained "deeply committed to the people of Somalia" but was facing "unprecedented pressure on our humanitarian budget" because of crises elsewhere.

Fatima Jama, a senior researcher at the Horn Policy Institute in Nairobi, said the cuts reflected a broader shift in donor priorities.

"Donors are telling us privately that Somalia is competing with half a dozen other emergencies, and it is losing," she said. "The irony is that the cheapest time to act is now, before the famine thresholds are crossed."

A U.N. official in Mogadishu, speaking on condition of anonymity because they were not authorized to discuss funding, said the food pipeline for the south would "run dry by July" without fresh contributions.

The Gu rains, which usually run from April to June, began late this year and have so far been patchy across the south, according to local authorities.""",
        [
            ("We are being forced to", "Somalia Humanitarian NGO Forum"),
            ("These are not choices any", "Somalia Humanitarian NGO Forum"),
            ("Forty dollars does not buy", "Mohamed Abdi Warsame"),
            ("People will go back to", "Mohamed Abdi Warsame"),
            ("deeply committed to the people", "spokesperson"),
            ("unprecedented pressure on our humanitarian", "spokesperson"),
            ("Donors are telling us privately", "Fatima Jama"),
            ("The irony is that the", "Fatima Jama"),
            ("run dry by July", "U.N. official in Mogadishu"),
        ],
    ),
    (
        """Uganda's Cattle Corridor Farmers Bet on Water Harvesting as Droughts Lengthen

By Brian Ssekandi

NABUSERA, Uganda, Jun 5 2024 (IPS) - When the rains failed for the second year running, Margaret Akello did something her neighbours thought was foolish: she dug a pond.

"People laughed at me. They asked where the water would come from if there was no rain," Akello tells IPS, standing beside the plastic-lined pit behind her homestead, which holds about 300,000 litres.

"But when it rains, even a little, the water runs off the hills and we catch it. This season I harvested beans twice, while my neighbours harvested nothing."

Akello's village lies in Uganda's so-called cattle corridor, a belt of semi-arid rangeland that stretches diagonally across the country and is home to millions of pastoralists and smallholder farmers.

"The cattle corridor is warming faster than the rest of the country, and the rainy seasons have become shorter and less predictable," says Dr Samuel Okwir, a climate scientist at the Lake Region Agricultural Research Institute. "What used to be a drought every seven or eight years is now happening every two or three. Farmers cannot rebuild their herds or savings between shocks.

"Water harvesting is not a silver bullet, but it buys farmers time. It turns a total loss into a partial harvest."

The consequences of failed harvests are being felt far beyond the corridor. Bean prices in Kampala markets have risen by 45 percent over the past year, according to the national statistics agency, while the price of maize flour has gone up by nearly a third.

The government has promoted what officials call "climate-smart agriculture", including drought-tolerant seed varieties and small-scale irrigation. Joseph Mugisha, commissioner for irrigation in the agriculture ministry, said the government aimed to establish 5,000 small irrigation schemes by 2026.

"Our target is that every sub-county in the cattle corridor should have a demonstration site. But we cannot do it alone; we need the private sector and development partners," Mugisha said.

But women farmers face particular barriers, according to Rosemary Nabirye, programme manager at the Women in Dryland Agriculture Network (WIDAN).

"A pond costs about 2.5 million shillings (680 dollars). Most women do not own the land, so they cannot use it as collateral for a loan," she says. WIDAN runs a savings scheme that has helped 120 women in the district build ponds over the past three years.

For Akello, the investment has already paid off. She now sells tomatoes and kale at the weekly market and has bought two heifers.

"My children are in school because of this water," she says.""",
        [
            ("People laughed at me. They", "Margaret Akello"),
            ("But when it rains, even", "Margaret Akello"),
            ("The cattle corridor is warming", "Samuel Okwir"),
            ("What used to be a", "Samuel Okwir"),
            ("Water harvesting is not a", "Samuel Okwir"),
            ("Our target is that every", "Joseph Mugisha"),
            ("A pond costs about 2.5", "Rosemary Nabirye"),
            ("My children are in school", "Margaret Akello"),
        ],
    ),
    (
        """Drought and export curbs push staple prices to highs from Nairobi to Dhaka

Priya Raman in Mumbai and Daniel Kiprop in Nairobi

Prices of staple grains across East Africa and South Asia have climbed to their highest levels in more than a decade, as back-to-back droughts and export restrictions by regional producers squeeze supplies for hundreds of millions of low-income consumers.

The price of white maize in Nairobi, Kampala and Juba has risen by between 30 and 60 per cent over the past year, while coarse rice in Bangladesh and Nepal is up by about a fifth, according to the Regional Grain Market Observatory, a donor-funded monitoring group.

‘This is the most synchronised food price shock we have seen in the region since 2008,’ said Nikhil Bhardwaj, chief economist at Meridian Agri Research in Singapore. ‘When several big producers suffer at the same time, there is nobody left to fill the gap.’

The squeeze has been aggravated by restrictions on cross-border trade. Tanzania, normally a big supplier of maize to its neighbours, has required traders to obtain special permits since February. A senior official at Tanzania’s agriculture ministry said the permits were intended ‘to protect our own food security first’ and would be reviewed after the main harvest.

Food processors have been caught in the middle. Mombasa-based Pwani Grain Millers said in a trading update on Tuesday that higher grain costs had cut its operating margin to 2.1 per cent from 5.4 per cent a year earlier.

‘Input cost inflation has been significant and we have only been able to pass part of it on to consumers,’ the company said. Its shares fell 7 per cent in Nairobi.

For governments, the rise in prices comes at a difficult moment, ahead of the so-called ‘lean season’ between harvests, when rural households typically run down their stocks.

‘Food is 40 to 50 per cent of the consumption basket for poor households in these economies,’ said Farida Rahman, a senior economist at the Dhaka-based Institute for Development Policy Studies. ‘Even a modest rise in rice prices pushes millions of people below the poverty line.’

She added that governments had limited room for subsidies after years of high borrowing costs, describing many national budgets as ‘stretched to breaking point’.

Central banks in the region have also been forced to delay interest rate cuts, with food inflation running well above headline rates in several countries.

Commodity traders expect some relief later in the year, though they caution that inventories remain low.

‘The forecasts for the short rains in East Africa look better, and there is a decent crop coming in Pakistan,’ said one Geneva-based grain trader. ‘But stocks are thin, so any weather scare will move prices quickly.’""",
        [
            ("This is the most synchronised", "Nikhil Bhardwaj"),
            ("When several big producers suffer", "Nikhil Bhardwaj"),
            ("to protect our own food", "senior official at Tanzania’s agriculture ministry"),
            ("Input cost inflation has been", "Pwani Grain Millers"),
            ("Food is 40 to 50", "Farida Rahman"),
            ("Even a modest rise in", "Farida Rahman"),
            ("stretched to breaking point", "Farida Rahman"),
            ("The forecasts for the short", "Geneva-based grain trader"),
            ("But stocks are thin, so", "Geneva-based grain trader"),
        ],
    ),
]
