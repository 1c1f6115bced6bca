CASES = [
    (
        """Sri Lanka central bank holds rates, sees inflation below target until mid-year

ECONOMYNEXT – Sri Lanka's central bank kept its policy rates unchanged on Wednesday, saying inflation was likely to stay below its 5 percent target for several more months before edging up as domestic demand recovers.

The Monetary Board of the Central Bank of Sri Lanka held the Overnight Policy Rate at 8.00 percent, in line with the expectations of most analysts and money market dealers.

"The Board is of the view that the current monetary policy stance is appropriate to steer inflation towards the target over the medium term, while supporting the economy to reach its potential," the bank said in a statement.

Headline inflation measured by the Colombo Consumer Price Index was 1.9 percent in April, up from 0.7 percent in March, mainly due to higher prices of vegetables and rice.

Governor Nandana Wickramaratne told reporters in Colombo that the bank was closely watching food prices and the impact of an electricity tariff revision due in June.

"We are not seeing any demand-driven pressure at this point," Wickramaratne said. "Credit to the private sector is picking up, but it is picking up from a very low base, so we are comfortable with where we are."

He said the bank would "not hesitate to act" if inflation expectations started to drift away from the target.

Private sector credit expanded by 38.2 billion rupees in March, the latest data showed, with most of the new loans going to trading, construction and personal consumption.

Analysts said the decision had been largely expected. "There was no real case for a cut this time, given that the rupee has been under some pressure since February," said Ruwan Jayasekera, head of research at Colombo-based Asia Crest Securities.

"The bigger question is what happens after the IMF review. If the fiscal numbers hold up, there may be room for a small cut in the second half," he said.

Deputy Governor Shanika Perera said gross official reserves stood at 6.1 billion US dollars at the end of March, including a currency swap facility which cannot be used freely.

Asked about the rupee, which has weakened about 3 percent against the US dollar so far this year, Perera said the central bank was not defending any particular level.

"The exchange rate is determined by the market. We have only bought dollars when there were excess inflows, and we will continue to do that to build reserves," she said.

The next monetary policy review is scheduled for July 22. (Colombo/May 28/2025)""",
        [
            ("The Board is of the", "Central Bank of Sri Lanka"),
            ("We are not seeing any", "Nandana Wickramaratne"),
            ("Credit to the private sector", "Nandana Wickramaratne"),
            ("not hesitate to act", "Nandana Wickramaratne"),
            ("There was no real case", "Ruwan Jayasekera"),
            ("The bigger question is what", "Ruwan Jayasekera"),
            ("The exchange rate is determined", "Shanika Perera"),
        ],
    ),
    (
        """Gazipur RMG workers block highway for arrears

Staff Correspondent

Hundreds of garment workers blocked the Dhaka-Mymensingh highway at Shimultoli in Gazipur for nearly four hours yesterday, demanding three months' unpaid wages and the reopening of their factory.

The workers of Meghna Knit Apparels Ltd, which was shut without notice on Sunday, took position on the road around 9:00am, causing a tailback stretching several kilometres on both sides, witnesses said.

Commuters were seen walking long distances as buses and trucks remained stuck on the road.

“We have not been paid since February. How will we pay house rent? How will we feed our children?” said Rokeya Begum, a sewing operator who has worked at the factory for six years.

Another worker, Md Sohel Rana, said the owners had promised to clear the dues before Eid but later stopped answering their calls. “They told us the buyers did not pay. But that is not our problem,” he said.

According to industrial police, the factory employs around 2,300 workers and produces knitwear for buyers in Europe.

Mahbubul Alam Sarker, superintendent of Industrial Police-2 in Gazipur, said the road was cleared around 1:00pm after a meeting between factory representatives, labour leaders and local administration officials.

“The owners have agreed to pay one month's salary by Thursday. We are keeping an eye on the situation,” he told The Daily Star over the phone.

The workers, however, said they would return to the streets if the promise was not kept.

Contacted, Tanvir Hasan Chowdhury, a director of Meghna Knit Apparels, claimed the factory had been facing a liquidity crisis since its bank refused to open new back-to-back LCs for raw materials.

“We are not running away. We are trying to arrange the money, and all dues will be paid in phases,” he said, adding that the closure was “temporary and unavoidable”.

Nasima Akter, president of the Sramik Odhikar Federation, said at least 14 factories in the area had failed to pay wages on time since January.

“The government must form a fund so that workers are not left on the road when an owner disappears. Every time, it is the workers who suffer,” she said.

Leaders of the Apparel Owners' Council of Bangladesh could not be reached for comment.

A tripartite meeting with the owners, workers' representatives and officials of the labour ministry will be held at the district labour office on Wednesday, officials said.""",
        [
            ("We have not been paid", "Rokeya Begum"),
            ("They told us the buyers", "Md Sohel Rana"),
            ("The owners have agreed to", "Mahbubul Alam Sarker"),
            ("We are not running away.", "Tanvir Hasan Chowdhury"),
            ("temporary and unavoidable", "Tanvir Hasan Chowdhury"),
            ("The government must form a", "Nasima Akter"),
        ],
    ),
    (
        """Rift widens in ruling coalition as provinces seek bigger share of budget

Lawmakers from Madhesh and Karnali accuse Finance Ministry of sidelining provinces in upcoming fiscal plan

Hari Prasad Dhungana

KATHMANDU, May 19

Differences within the ruling coalition deepened on Sunday after lawmakers from the Nepal Janapragati Party, the second largest partner in the government, accused the Finance Ministry of cutting fiscal transfers to provinces in the budget for the upcoming fiscal year.

At a meeting of the party's parliamentary committee in Kathmandu, several lawmakers said the preliminary ceiling set by the ministry would leave provincial governments unable to complete ongoing road and irrigation projects.

“If the centre keeps all the money and gives the provinces only salaries to pay, what is the meaning of federalism?” said Ram Kumari Yadav, a lawmaker elected from Siraha-2. “We will not vote for a budget that treats the provinces as branch offices of the federal ministries.”

Finance Minister Deepak Bahadur Khadka, who is from the Nepal Loktantrik Congress, the largest party in the coalition, has defended the ceiling, saying revenue collection in the first ten months of the fiscal year had fallen short of target by nearly 18 percent.

“We cannot distribute money we do not have,” Khadka told the Post on Saturday. “The provinces have not been able to spend even half of what they received last year. Before asking for more, they should show they can spend.”

According to the Financial Comptroller General Office, the seven provinces had spent only 46 percent of their capital budget by mid-May.

But leaders of the Janapragati Party say the spending figures are misleading because funds are released late in the fiscal year. A senior leader of the party, who requested anonymity as he was not authorised to speak to the media, said the party chair had raised the issue directly with the prime minister on Friday.

“The chair has made it clear that the party's support to the government is not unconditional,” the leader said. “There will be a decision at the central committee meeting next week.”

Party spokesperson Gita Shrestha Magar, however, played down talk of a split, describing the disagreement as “a normal part of coalition politics”.

“Budget discussions always bring differences. We will sort them out through dialogue,” she said.

Economists say the dispute reflects a structural problem with fiscal federalism. “Provinces were given responsibilities without a clear source of revenue,” said Dilli Raj Pokharel, a former member of the National Planning Commission. Pokharel said the government should revisit the revenue-sharing formula instead of “fighting every year over the same cake”.

The budget must be presented in the federal parliament on Jestha 15 (May 29) as required by the constitution.""",
        [
            ("If the centre keeps all", "Ram Kumari Yadav"),
            ("We will not vote for", "Ram Kumari Yadav"),
            ("We cannot distribute money we", "Deepak Bahadur Khadka"),
            ("The provinces have not been", "Deepak Bahadur Khadka"),
            ("The chair has made it", "senior leader of the party"),
            ("There will be a decision", "senior leader of the party"),
            ("a normal part of coalition", "Gita Shrestha Magar"),
            ("Budget discussions always bring differences.", "Gita Shrestha Magar"),
            ("Provinces were given responsibilities without", "Dilli Raj Pokharel"),
            ("fighting every year over the", "Dilli Raj Pokharel"),
        ],
    ),
    (
        """Bangladesh opposition vows protests after senior leader arrested

DHAKA, Oct 12 - Bangladesh's main opposition party said on Sunday it would hold nationwide demonstrations this week after police arrested one of its top leaders, raising fears of fresh unrest three months before a general election.

Police detained Abdul Mannan Talukder, secretary general of the Jatiya Nagorik Dal (JND), at his home in the capital early on Sunday on charges of instigating violence during a rally last month, a police spokesman said.

"He was arrested on the basis of a specific case filed at a Dhaka police station. The law will take its own course," Deputy Commissioner Farhad Hossain told reporters.

The party called the arrest "politically motivated" and announced rallies in all 64 districts on Tuesday and a half-day general strike on Thursday.

"The government is trying to clear the field before the election by putting every opposition leader behind bars," JND joint secretary general Shirin Sultana said at a news conference at the party's headquarters. "We will not be intimidated."

Home Minister Mofazzal Hossain Bhuiyan denied the accusation, saying no one would be arrested "only for doing politics".

"But if anyone burns buses or attacks police, they will face the law, whatever party they belong to," he told a ceremony in the capital.

At least three people were killed and dozens injured in clashes between opposition supporters and police during the September rally, according to local media reports.

The Manabadhikar Sangrakshan Kendra (MSK), a Dhaka-based rights group, said in a statement that more than 1,200 opposition activists had been detained since early September.

"Mass arrests ahead of an election undermine public confidence in the process and leave voters with no real choice," it said.

The ruling party has rejected opposition demands for the election to be held under a neutral caretaker administration, saying the constitution has no provision for one.

Analysts said the arrest could harden positions on both sides. "The space for compromise is shrinking every week, and both parties are preparing for confrontation rather than talks," said Kamrul Ahsan Majumder, who teaches politics at a private university in Dhaka.

"If there is no dialogue, we could see a repeat of the violence of previous election years, and the economy cannot afford that."

Bangladesh's garment industry, which accounts for more than 80 percent of export earnings, has been hit by repeated strikes and transport blockades in the past.""",
        [
            ("He was arrested on the", "Farhad Hossain"),
            ("politically motivated", "Jatiya Nagorik Dal"),
            ("The government is trying to", "Shirin Sultana"),
            ("We will not be intimidated.", "Shirin Sultana"),
            ("only for doing politics", "Mofazzal Hossain Bhuiyan"),
            ("But if anyone burns buses", "Mofazzal Hossain Bhuiyan"),
            ("Mass arrests ahead of an", "Manabadhikar Sangrakshan Kendra"),
            ("The space for compromise is", "Kamrul Ahsan Majumder"),
            ("If there is no dialogue,", "Kamrul Ahsan Majumder"),
        ],
    ),
    (
        """No option but to revise fuel prices: Energy Minister

By Yohan Senanayake

Energy Minister Lalith Senarath Bandara told Parliament yesterday the Government had no option but to revise fuel prices in line with the cost-reflective pricing formula agreed with the International Monetary Fund (IMF).

Responding to a question raised by Nawa Lanka Sandanaya (NLS) MP Hasitha Wanniarachchi, the Minister said the Ceylon Petroleum Corporation (CPC) had incurred a loss of Rs. 4.2 billion in the first quarter of the year because prices had been kept below cost for two months.

"We cannot go back to the days when the CPC was borrowing from State banks to sell fuel at a loss. Those losses were finally paid by the same people through taxes," he said.

"The formula is transparent. Every month we publish how the price is calculated, and anyone can check it," the Minister added.

MP Wanniarachchi, however, charged that the Government was using the formula "as an excuse" to collect more revenue through taxes on fuel.

"Nearly 40 percent of the retail price is tax. If the Government is serious about giving relief, it can reduce the taxes without touching the formula," he said.

He said three-wheeler drivers and fishermen in the Southern Province were the worst affected by last week's revision, under which the price of a litre of kerosene was increased by Rs. 25.

"A fisherman who spent Rs. 12,000 a day on kerosene now spends close to Rs. 15,000. Who is going to compensate him? The Minister?" the MP asked.

Chief Government Whip Upul Kotagama intervened to say the Government had increased the kerosene subsidy for registered fishermen from this month. "The Opposition knows this very well, but they are misleading the House and the public," he said.

The Speaker had to intervene several times as members on both sides traded accusations.

Meanwhile, the Ceylon Petroleum Workers' Solidarity Union said in a statement that it opposed any move to hand over more filling stations to private and foreign operators.

The statement said the union would "resist any attempt to privatise the CPC by the back door" and warned of trade union action if the Government went ahead with the proposal without consulting employees.

Minister Senarath Bandara told the House that no decision had been taken on the matter and that the CPC would remain a State-owned entity.""",
        [
            ("We cannot go back to", "Lalith Senarath Bandara"),
            ("The formula is transparent.", "Lalith Senarath Bandara"),
            ("as an excuse", "Hasitha Wanniarachchi"),
            ("Nearly 40 percent of the", "Hasitha Wanniarachchi"),
            ("A fisherman who spent Rs.", "Hasitha Wanniarachchi"),
            ("The Opposition knows this very", "Upul Kotagama"),
            ("resist any attempt to privatise", "Ceylon Petroleum Workers' Solidarity Union"),
        ],
    ),
    (
        """Power producers lose Rs 1.8 billion as transmission line delay continues

HIMALAYAN NEWS SERVICE

KATHMANDU, JULY 21

Independent power producers have said they lost an estimated Rs 1.8 billion in the past two months as electricity generated by at least 22 hydropower projects in the Lamjhari corridor of eastern Nepal could not be evacuated due to delay in completing a 220kV transmission line.

"We have been telling the government for three years that the line would not be ready on time. Now the water is flowing over the dams and the plants are sitting idle," said Bishnu Prasad Gautam, president of the Nepal Hydropower Developers' Forum (NHDF), at a press meet organised in the Capital today.

According to the forum, 312 megawatts of installed capacity has been affected, and the losses will mount further as the monsoon peaks in August.

Gautam said many promoters were struggling to service bank loans taken to build the projects. "Banks are asking for the instalments. Where will we bring the money from if we cannot sell a single unit?" he asked.

The forum demanded that the Nepal Electricity Authority (NEA) compensate the developers under the 'take-or-pay' provisions of their power purchase agreements.

Officials at the NEA, however, said the delay had been caused by land acquisition disputes and protests by locals along the route.

"Construction of 14 towers is stuck because of compensation disputes. We cannot force our way through people's land," said Kiran Raj Bhattarai, spokesperson for the NEA.

Bhattarai said the line would be completed "within the next three months" and that the authority was holding talks with local representatives and landowners.

Hari Bahadur Thami, a farmer from Bhaluwang village whose land lies along the route, said locals were not against the project. "We only want the same rate that they paid in the neighbouring municipality. They offered us less than half," he said over the phone.

A statement issued by the Ministry of Energy, Water Resources and Irrigation on Sunday said a high-level committee led by a joint-secretary had been formed to "resolve the compensation issue at the earliest".

"The committee has been given 15 days to submit its report," an official at the ministry told THT on condition of anonymity.

Nepal has been exporting surplus electricity to India during the monsoon, and officials had expected the Lamjhari projects to add to export volumes this year.""",
        [
            ("We have been telling the", "Bishnu Prasad Gautam"),
            ("Banks are asking for the", "Bishnu Prasad Gautam"),
            ("Construction of 14 towers is", "Kiran Raj Bhattarai"),
            ("within the next three months", "Kiran Raj Bhattarai"),
            ("We only want the same", "Hari Bahadur Thami"),
            ("resolve the compensation issue at", "Ministry of Energy, Water Resources and Irrigation"),
            ("The committee has been given", "official at the ministry"),
        ],
    ),
    (
        """Importers face fresh LC hurdles as banks run short of dollars

Staff Correspondent

Importers of essential commodities are facing fresh difficulties in opening letters of credit as several private commercial banks have again started to restrict LC openings citing a shortage of US dollars, traders and bankers said.

Edible oil and sugar refiners said that at least six banks had asked them to settle payments of earlier LCs before opening new ones, just weeks ahead of Ramadan when demand for the commodities rises sharply.

‘We need to open LCs for at least 1.5 lakh tonnes of crude soybean oil in the next four weeks, but the banks are saying they do not have dollars,’ Mizanur Rahman Patwari, deputy managing director of Padma Edible Oil Refinery Ltd, told New Age on Tuesday.

‘If the LCs are not opened now, the shipments will not arrive before Ramadan, and then everyone will blame the traders for the price hike,’ he said.

The managing director of a mid-sized private bank, requesting anonymity, said the bank had been receiving fewer remittance dollars since the central bank set a ceiling on the rate banks could offer to expatriates.

‘Exporters are also holding their proceeds abroad as long as they can. We simply do not have enough dollars to meet all the import demand,’ he said.

Bangladesh Bank spokesperson Sharmin Nahar Lipi said the central bank had asked banks to give priority to LCs for essential commodities.

‘We are supplying dollars from the reserve for fuel, fertiliser and food imports. Banks have been instructed not to delay LCs for essentials,’ she said.

The central bank’s latest data showed that gross foreign exchange reserves stood at $19.8 billion as of January 10, down from $21.4 billion three months earlier.

Farhana Quader, research director at the Institute for Policy and Trade Analysis, said the central bank’s move to cap the exchange rate had ‘pushed remittances back into informal channels’ at a time when the country needed every dollar.

‘A market-based exchange rate is painful in the short run, but keeping the rate artificially fixed is more costly for the economy,’ she said.

She added that the government should also clear its arrears to foreign energy suppliers, which had put additional pressure on the banks.

The commerce ministry on Monday held a meeting with leading importers, where officials assured them that supply of essentials would remain smooth during Ramadan, according to a ministry press release.

Prices of loose soybean oil in Dhaka’s kitchen markets rose by Tk 8 a litre in the past week, according to data of the state-run trading agency.""",
        [
            ("We need to open LCs", "Mizanur Rahman Patwari"),
            ("If the LCs are not", "Mizanur Rahman Patwari"),
            ("Exporters are also holding their", "managing director of a mid-sized private bank"),
            ("We are supplying dollars from", "Sharmin Nahar Lipi"),
            ("pushed remittances back into informal", "Farhana Quader"),
            ("A market-based exchange rate is", "Farhana Quader"),
        ],
    ),
    (
        """Plantation companies reject Rs. 1,700 daily wage demand

By Our Economic Affairs Correspondent

Regional plantation companies yesterday rejected trade union demands to raise the daily wage of estate workers to Rs. 1,700, warning that such an increase would make many tea estates unviable.

In a statement, the Estate Employers' Federation of Sri Lanka (EEFSL), which represents 19 regional plantation companies, said the industry was already struggling with falling yields, rising input costs and a shortage of workers.

"Any wage increase must be linked to productivity. A flat increase without a productivity component will only accelerate the abandonment of tea lands," the federation said.

The federation said the cost of producing a kilo of made tea had risen to over Rs. 1,100 while auction prices had fallen in recent months.

Up-Country Estate Workers' Front (UEWF) General Secretary Murugesu Thangavel said workers could no longer survive on the existing wage. His response was blunt: "A family of four cannot live on what an estate worker earns today. The companies made record profits when tea prices were high, but the workers got nothing."

He said the union would launch a go-slow campaign from next month if the companies did not return to the negotiating table.

Ridgemont Plantations PLC, one of the larger listed plantation firms, reported a net loss of Rs. 312 million for the last financial year. "Cost of production increased by 22 percent during the year, mainly due to the wage revision and higher fertiliser prices," the company said in its annual report.

Labour Minister Sunil Hettiarachchi told reporters in Kandy that the Government would not allow the talks to collapse.

"If the parties cannot agree, the Government will use the Wages Board to fix a wage. That is our last option, but it is there," he said.

The Minister said the Government wanted a wage that was "fair to the worker and sustainable for the industry", and that he would meet both sides next week.

On estates in the hill country, workers said rising prices of rice, flour and gas had made it difficult to manage even with the increase granted last year.

A tea plucker at an estate in Nuwara Eliya district, who did not want to be named for fear of losing her job, said the daily plucking target had also been raised.

"We pluck 18 kilos a day in the rain. Some days they deduct our pay if the leaf is wet," she said.

Tea remains one of Sri Lanka's largest export earners, bringing in around US$ 1.4 billion last year.""",
        [
            ("Any wage increase must be", "Estate Employers' Federation of Sri Lanka"),
            ("A family of four cannot", "Murugesu Thangavel"),
            ("Cost of production increased by", "Ridgemont Plantations PLC"),
            ("If the parties cannot agree,", "Sunil Hettiarachchi"),
            ("fair to the worker and", "Sunil Hettiarachchi"),
            ("We pluck 18 kilos a", "tea plucker at an estate in Nuwara Eliya district"),
        ],
    ),
]
