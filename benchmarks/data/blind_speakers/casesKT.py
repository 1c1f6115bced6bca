CASES = [
    (
        """Egypt's central bank holds rates, flags food price risks

By Karim Abdel-Fattah

CAIRO, March 14 (Reuters) - Egypt's central bank left its key interest rates unchanged on Thursday, saying inflation was slowing broadly in line with its forecasts but that risks from food prices and regional tensions remained high.

The Central Bank of Egypt (CBE) kept its overnight deposit rate at 24.25% and its overnight lending rate at 25.25%, as expected by 11 of 14 analysts in a Reuters poll.

"The Monetary Policy Committee judges that the current stance remains appropriate to anchor inflation expectations and secure the projected disinflation path," the bank said in a statement, adding that it would "not hesitate to use all available tools" if price pressures re-emerged.

Annual urban consumer price inflation slowed to 21.3% in February from 23.1% in January, official data showed this week, helped by a high base effect and a steadier pound.

"They are buying time," said Nadia Farouk, chief economist at Cairo-based investment bank Helios Capital. "The real rate is finally positive, and they want to see two or three more prints of disinflation before they start cutting."

Farouk said she expected a first cut of 100 basis points in May, followed by a cumulative 600 basis points of easing by year-end.

Others were less sure. Tarek El-Mahdy, a strategist at Sidra Securities in Dubai, said the bank had "a narrow window" to ease before planned adjustments to fuel and electricity prices fed through to transport and food costs.

"If they wait too long, the next subsidy review lands right on top of them," he told Reuters.

Egypt signed an expanded $8 billion loan programme with the International Monetary Fund last year, committing to a flexible exchange rate, a smaller footprint for state-owned companies and a gradual phasing out of fuel subsidies.

An IMF spokesperson said on Wednesday that discussions on the programme's next review had made "good progress on the key outstanding issues" and that a staff team would return to Cairo in April.

Egypt's foreign currency earnings have come under pressure from a sharp fall in Suez Canal revenue since attacks on shipping in the Red Sea began, although remittances from Egyptians working abroad rose 41% in the last quarter of 2024, according to central bank data.

A government official, who asked not to be named because he was not authorised to speak to the media, said the cabinet was also discussing an increase in the price of subsidised bread. "Nothing has been decided, but nothing is off the table," the official said.

(Reporting by Karim Abdel-Fattah; Additional reporting by Sara Mounir; Editing by Alison Grey)""",
        [
            ("The Monetary Policy Committee judges", "Central Bank of Egypt"),
            ("not hesitate to use all", "Central Bank of Egypt"),
            ("They are buying time,", "Nadia Farouk"),
            ("The real rate is finally", "Nadia Farouk"),
            ("a narrow window", "Tarek El-Mahdy"),
            ("If they wait too long,", "Tarek El-Mahdy"),
            ("good progress on the key", "spokesperson"),
            ("Nothing has been decided, but", "government official"),
        ],
    ),
    (
        """Lower House endorses 2025 draft budget after four-day debate

By Rania Haddad - Jan 20,2025

AMMAN — The Lower House on Sunday endorsed the 2025 draft General Budget Law with the votes of 79 deputies out of 115 present, following a four-day debate in which MPs pressed the government on unemployment, public debt and the cost of living.

The budget projects total expenditure of JD12.5 billion and a deficit after grants of around JD2.2 billion, or 5.4 per cent of GDP.

Minister of Finance Omar Khasawneh told the House that the figures were built on a projected growth rate of 2.5 per cent and an inflation rate of 2 per cent.

"We have built this budget on realistic assumptions, not wishful thinking," Khasawneh said, noting that the government had avoided introducing new taxes or raising existing rates.

He added that the government remained committed to "protecting the purchasing power of citizens" and to continuing the reforms outlined in the "Economic Modernisation Vision".

Head of the House Finance Committee, MP Hind Al Zoubi, said the committee had recommended reducing current spending on vehicles, travel and fuel by 10 per cent, and directing the savings to municipal infrastructure in the governorates.

"The deficit is manageable, but the debt is not something we can keep postponing to the next budget and the one after it," Zoubi said.

Several opposition deputies criticised the draft. MP Sultan Masarweh described the budget as "a copy of last year's document with new dates" and said it offered nothing to young people in Zarqa and Mafraq.

"Where are the jobs? Every year we hear about investment, and every year our sons stand in the same queues at the Civil Service Bureau," he said.

MP Lina Freihat, of the Reform and Renewal bloc, said that debt servicing now consumed "more than what we spend on health and education combined", calling for a national dialogue on public debt.

Closing the debate, Prime Minister Ayman Rawashdeh said the government took the deputies' remarks "seriously and with respect".

"I hear you, and this government hears you. But we will not mortgage the future of our children to buy applause today," the premier said.

Rawashdeh said the government would submit a supplementary plan for capital projects in the governorates before the end of the first quarter.

The draft law will now be referred to the Senate.

In a report issued last month, the Jordan Strategy Forum said public debt had reached 116 per cent of GDP including the holdings of the Social Security Investment Fund. "Fiscal consolidation without growth is a treadmill: it keeps us moving, but it takes us nowhere," the report said.""",
        [
            ("We have built this budget", "Omar Khasawneh"),
            ("protecting the purchasing power of", "Omar Khasawneh"),
            ("The deficit is manageable, but", "Hind Al Zoubi"),
            ("a copy of last year's", "Sultan Masarweh"),
            ("Where are the jobs? Every", "Sultan Masarweh"),
            ("more than what we spend", "Lina Freihat"),
            ("seriously and with respect", "Ayman Rawashdeh"),
            ("I hear you, and this", "Ayman Rawashdeh"),
            ("Fiscal consolidation without growth is", "Jordan Strategy Forum"),
        ],
    ),
    (
        """Morocco Rolls Out Emergency Water Plan as Dam Fill Rate Drops to 23%

Rabat - Morocco's government on Tuesday announced a MAD 4.8 billion emergency plan to secure drinking water supplies in 11 provinces, as the national dam fill rate fell to 23.4%, one of the lowest levels on record.

Speaking at a press briefing after the weekly government council, Minister of Equipment and Water Abdelilah Tazi said the plan would accelerate the construction of three desalination plants and the interconnection of the Sebou and Bouregreg basins.

"We are in the sixth consecutive year of drought. This is no longer an exceptional situation, it is the new normal, and we must plan for it," Tazi told reporters.

The minister said water for irrigation in the Doukkala and Tadla perimeters would be cut by up to 70% this season, with priority given to drinking water and livestock.

Government spokesperson Mustapha Bakkali added that the executive would compensate affected farmers through a direct support scheme, but did not give figures. "The details will be announced by the Ministry of Agriculture in the coming days," he said.

The announcement drew mixed reactions in rural areas. In Sidi Bennour, Hassan Ait Belkacem, a 54-year-old farmer who grows sugar beet on six hectares, said he had already reduced his planted area by half.

"Last year they told us the same thing. The rain did not come, the support did not come, and the bank did not wait," he told Morocco World News.

An official at the Oum Er-Rbia Hydraulic Basin Agency, who spoke on condition of anonymity, said illegal wells remained a serious problem in the region. "For every well we close, two more are dug at night," the official said.

Environmental economist Salma Idrissi, a researcher at the Policy Center for Green Transition in Rabat, said the plan was "necessary but late" and warned that desalination alone would not solve the problem.

"Desalination is expensive and energy-hungry. If we do not change what we grow and how we irrigate, we will simply be moving the crisis from the dams to the electricity bill," she said.

The government also relaunched its national awareness campaign "Every Drop Counts," urging households to reduce consumption, and authorized local authorities to restrict car washing and the watering of public parks and golf courses.

According to the Ministry of Equipment and Water, average water availability per person has fallen below 600 cubic meters per year, compared with 2,500 cubic meters in the 1960s.""",
        [
            ("We are in the sixth", "Abdelilah Tazi"),
            ("The details will be announced", "Mustapha Bakkali"),
            ("Last year they told us", "Hassan Ait Belkacem"),
            ("For every well we close,", "official at the Oum Er-Rbia Hydraulic Basin Agency"),
            ("necessary but late", "Salma Idrissi"),
            ("Desalination is expensive and energy-hungry.", "Salma Idrissi"),
        ],
    ),
    (
        """Suez Canal revenues fall 61 percent in 2024 amid Red Sea disruptions: SCA chief

Ahram Online, Monday 6 Jan 2025

Suez Canal revenues fell to $3.99 billion in 2024, down 61 percent from a record $10.25 billion in 2023, due to attacks on commercial shipping in the Red Sea, Suez Canal Authority (SCA) Chairman Ashraf Zaki announced on Monday.

Speaking at a press conference in Ismailia, Zaki said the number of vessels transiting the canal dropped to 13,213 in 2024, compared with 26,434 the previous year.

"The regional situation has cost the canal around $7 billion in a single year. These are losses that were imposed on Egypt, not chosen by it," Zaki said.

He added that the authority had nonetheless continued its development projects, including the extension of the double lane in the southern sector of the canal, which he described as "fully operational and ready to receive the largest vessels."

The SCA has introduced a series of incentive packages since early 2024, including discounts of up to 15 percent for container ships and liquefied natural gas carriers, in an attempt to bring back shipping lines that have diverted their vessels around the Cape of Good Hope.

According to Zaki, several major shipping lines have signalled their intention to return "as soon as the security conditions allow," and the authority is in continuous contact with them.

In a statement issued after the press conference, the SCA said: "The canal remains the fastest, safest and most economical route between East and West, and the authority is ready to offer flexible solutions tailored to each client."

The authority also announced plans to expand its ship repair and marine services activities, including the establishment of a new dry dock in Port Said in partnership with a private Egyptian company.

Mohamed Sabry, a professor of economics at Cairo University, told Ahram Online that the drop in canal revenues had put additional pressure on Egypt's foreign currency resources at a critical time.

"The canal is one of the four pillars of foreign currency inflows, along with remittances, tourism and exports. When one pillar shakes, the others must carry more weight," Sabry said.

He pointed out, however, that record remittances and large Gulf investment inflows had helped offset part of the shortfall over the past year.

Revenues from the canal had grown steadily over the previous decade, supported by the opening of the New Suez Canal in 2015 and a series of toll increases.""",
        [
            ("The regional situation has cost", "Ashraf Zaki"),
            ("fully operational and ready to", "Ashraf Zaki"),
            ("as soon as the security", "Ashraf Zaki"),
            ("The canal remains the fastest,", "Suez Canal Authority"),
            ("The canal is one of", "Mohamed Sabry"),
        ],
    ),
    (
        """'We can't make it to the end of the month': Jordanians squeezed by prices

Amman (AFP) - Standing beside his yellow taxi in Amman's Abdali district, Khaled Odeh counts the coins from his last fare and shakes his head.

"We can't make it to the end of the month anymore. Petrol goes up, rent goes up, school fees go up, and the fare stays the same," the 47-year-old father of five told AFP.

Jordan, a resource-poor kingdom of around 11.5 million people, raised fuel prices for the third consecutive month in May, in line with a monthly pricing mechanism tied to global oil markets.

Unemployment stands at around 21 percent, and exceeds 40 percent among young people, according to official figures.

The government says it has limited room for manoeuvre. Jordan's public debt exceeds 110 percent of gross domestic product, and the country is in the middle of a four-year programme with the International Monetary Fund.

"We understand the pressure on families, and we are doing what we can within very tight constraints," Minister of Government Communication Nasser Obeidat told a press conference on Tuesday, pointing to an expansion of cash transfers through the National Aid Fund to 220,000 families.

Critics say the measures fall short.

"The middle class in Jordan is disappearing quietly," said Hiba Tarawneh, an economist at the Amman Centre for Labour Studies. "People who five years ago owned a car and took a summer holiday are now borrowing to pay the electricity bill."

In the working-class neighbourhood of Jabal al-Nasr, a grocer who gave only his first name, Mahmoud, said many of his customers now buy on credit.

"I have a notebook full of names. Some of them I know will never pay, but what can I do? They are my neighbours," he said.

A Western diplomat in Amman, speaking on condition of anonymity, said donors were aware of the risks.

"Everyone knows Jordan is a pillar of stability in the region. Nobody wants to test how much more people can take," the diplomat said.

Protests over prices have erupted periodically in Jordan, most notably in 2018, when a tax bill triggered demonstrations that brought down the government.

Odeh says he is not interested in politics.

"I just want to bring bread home without doing calculations at the bakery," he said.""",
        [
            ("We can't make it to", "Khaled Odeh"),
            ("We can't make it to", "Khaled Odeh"),
            ("We understand the pressure on", "Nasser Obeidat"),
            ("The middle class in Jordan", "Hiba Tarawneh"),
            ("People who five years ago", "Hiba Tarawneh"),
            ("I have a notebook full", "Mahmoud"),
            ("Everyone knows Jordan is a", "Western diplomat in Amman"),
            ("I just want to bring", "Khaled Odeh"),
        ],
    ),
    (
        """UAE's Bayraq Energy signs $2.1bn green hydrogen deal in southern Morocco

Yousra El Amrani

Abu Dhabi-based Bayraq Energy has signed an agreement with the Moroccan government to develop a $2.1 billion green hydrogen and ammonia project near Tarfaya, in the latest sign of Gulf investors' growing appetite for North African renewables.

The project, which will include 1.2 gigawatts of wind and solar capacity, is expected to produce 200,000 tonnes of green ammonia a year by 2030, mainly for export to Europe, the company said on Wednesday.

"Morocco has the wind, the sun, the land and, most importantly, the political stability that long-term investors look for," Saeed Al Mazrouei, chief executive of Bayraq Energy, told The National after the signing ceremony in Rabat.

"This is not a pilot. It is a commercial-scale project and we intend to take a final investment decision within 18 months.

"We are already in advanced talks with two European off-takers, and we expect to announce at least one of them before the end of the year."

Morocco's Minister of Energy Transition, Leila Benjelloun, said the agreement was the fourth to be signed under the "green hydrogen offer" framework launched last year to allocate state land to developers.

"Our ambition is not only to export molecules, but to build an industry, with local jobs, local suppliers and local know-how," she said.

Under the terms of the deal, Bayraq will lease about 30,000 hectares of state land for 35 years and build a desalination plant to supply the electrolysers. The Ministry of Energy Transition said in a statement that the project would create "around 3,500 jobs during construction and 600 permanent jobs."

Analysts said significant risks remain. Ines Berrada, a senior analyst at London-based consultancy Meridian Energy Advisory, said the economics of green ammonia still depended heavily on European demand and subsidies.

"There are a lot of memoranda of understanding in this sector and very few final investment decisions," she said. "The question is who will sign a 15-year purchase contract at today's prices."

Gulf companies have committed more than $10bn to renewable energy and hydrogen projects in Morocco over the past three years, according to figures compiled by the consultancy.

In Tarfaya, a town of about 9,000 people on the Atlantic coast, a municipal councillor who asked not to be named said residents broadly welcomed the project but wanted guarantees on water use.

"People here are not against the project. They just want to know that the desalinated water will not be only for the factory," he said.""",
        [
            ("Morocco has the wind, the", "Saeed Al Mazrouei"),
            ("This is not a pilot.", "Saeed Al Mazrouei"),
            ("We are already in advanced", "Saeed Al Mazrouei"),
            ("Our ambition is not only", "Leila Benjelloun"),
            ("around 3,500 jobs during construction", "Ministry of Energy Transition"),
            ("There are a lot of", "Ines Berrada"),
            ("The question is who will", "Ines Berrada"),
            ("People here are not against", "municipal councillor"),
        ],
    ),
    (
        """House approves old rent law amendments despite tenant protests

The House of Representatives approved on Tuesday a set of amendments to the old rent law that will end fixed rents on hundreds of thousands of residential units over a seven-year transition period, in a vote that followed weeks of tension between tenants’ and landlords’ associations.

Under the amendments, rents for residential units in urban areas will rise immediately to 20 times their current value, with a minimum of LE1,000 per month, and contracts will expire at the end of the transition period unless the two parties agree otherwise. Tenants’ groups have dubbed the bill the “eviction law.”

Housing Minister Sherif Abou Zeid told MPs the government would give priority to affected tenants in its social housing program. “No tenant will be thrown into the street. The state will provide an alternative for everyone who applies and meets the conditions,” he said.

Abou Zeid did not say how many units would be made available, or on what terms.

MP Ahmed Fathy Ragab of the Civic Justice Party called the vote “a historic injustice dressed up as a reform” and said the transition period was too short for elderly tenants.

“We are talking about widows living on pensions of LE2,000 a month. Where will they go in seven years? To the new desert cities, two hours away from their children?” Ragab said during the session.

Speaker Adel Shokry cut Ragab’s microphone after he exceeded his allotted time, and asked MPs to “respect the time and respect the chamber” before calling the vote.

Landlords welcomed the decision. Mostafa Abdel Hamid, head of the Association of Owners of Old Rent Properties, told Mada Masr that owners had waited “more than half a century” for the change.

“My father rented out this building in 1964. Today I receive LE7 a month for a three-bedroom flat in Garden City. That is less than the price of a bottle of water,” he said.

A source in the Housing Ministry, who requested anonymity because he was not authorized to speak to the press, said the ministry did not yet have a complete database of old rent tenants. “We are relying on the census figures from 2017. Nobody knows exactly how many people still live in these units,” the source said.

According to the 2017 census, around 1.6 million households live in units under old rent contracts, mostly in Cairo, Alexandria and Giza.

The Egyptian Center for Housing Rights said in a statement that the amendments “shift the burden of a decades-old policy failure onto the weakest party,” and urged the president not to ratify the law.

The law needs to be ratified by the president and published in the Official Gazette before it takes effect.""",
        [
            ("No tenant will be thrown", "Sherif Abou Zeid"),
            ("a historic injustice dressed up", "Ahmed Fathy Ragab"),
            ("We are talking about widows", "Ahmed Fathy Ragab"),
            ("respect the time and respect", "Adel Shokry"),
            ("more than half a century", "Mostafa Abdel Hamid"),
            ("My father rented out this", "Mostafa Abdel Hamid"),
            ("We are relying on the", "source in the Housing Ministry"),
            ("shift the burden of a", "Egyptian Center for Housing Rights"),
        ],
    ),
    (
        """Bank Al-Maghrib Cuts Key Rate to 2.25%, Sees Growth Picking Up in 2025

Rabat — Bank Al-Maghrib (BAM) on Tuesday lowered its key interest rate by 25 basis points to 2.25%, citing a sustained slowdown in inflation and the need to support economic activity amid weak job creation.

The decision, taken at the bank's quarterly board meeting, was the second cut in six months.

Speaking at a press conference in Rabat after the meeting, BAM Governor Abdelkrim Lahlou said inflation had "returned to levels compatible with price stability" and was expected to average 1.8% this year.

"We have room to act, and we are using it carefully. The objective is to give oxygen to businesses without compromising the gains we have made on inflation," Lahlou told reporters.

The governor, however, struck a more cautious tone on the labor market, noting that unemployment remained stubbornly high at 13.3%, and at more than 36% among young people.

"Growth alone does not create jobs. We need growth that is rich in jobs, and that requires reforms that go beyond monetary policy," he said, pointing to the vocational training system and the administrative burden on small and medium-sized enterprises.

The central bank raised its growth forecast for 2025 to 3.9%, from 3.2% previously, on expectations of a better cereal harvest and continued investment in infrastructure ahead of the 2030 World Cup, which Morocco will co-host with Spain and Portugal.

Asked about the next phase of the transition to a more flexible exchange rate regime, Lahlou said the bank was "not in a hurry," adding: "The conditions must be met, and the market must be ready. We will not move because of a calendar."

Business groups welcomed the decision. In a statement, the Moroccan Federation of Industry and Trade (FMIC) said the cut was "a positive signal" but called on commercial banks to pass it on quickly to borrowers.

"Too often, rate cuts stop at the door of the banks and never reach the workshop," said Youssef Alaoui Mdaghri, vice president of the federation, in comments to reporters in Casablanca.

According to data from the central bank, bank credit to non-financial companies grew by only 2.1% year-on-year at the end of March.

Economist Najat Lamrani, of Ibn Tofail University in Kenitra, said further easing was possible in the second half of the year if the harvest met expectations.

"The bank is signaling a gradual path. One more cut by December is reasonable, two would be a surprise," she said.""",
        [
            ("returned to levels compatible with", "Abdelkrim Lahlou"),
            ("We have room to act,", "Abdelkrim Lahlou"),
            ("Growth alone does not create", "Abdelkrim Lahlou"),
            ("not in a hurry,", "Abdelkrim Lahlou"),
            ("The conditions must be met,", "Abdelkrim Lahlou"),
            ("a positive signal", "Moroccan Federation of Industry and Trade"),
            ("Too often, rate cuts stop", "Youssef Alaoui Mdaghri"),
            ("The bank is signaling a", "Najat Lamrani"),
        ],
    ),
]
