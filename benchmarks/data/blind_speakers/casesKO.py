CASES = [
    (
        """Mexico's central bank trims key rate to 9.50%, one member dissents

By Daniela Ortuño and Raúl Centeno

MEXICO CITY, March 27 (Reuters) - The Bank of Mexico cut its benchmark interest rate by 25 basis points to 9.50% on Thursday in a 4-1 vote, and said further reductions would depend on how quickly stubborn services inflation cools.

In its policy statement, the bank said the balance of risks for inflation "remains biased to the upside" but that the weakening of economic activity warranted a less restrictive stance.

"The board will assess the magnitude of further adjustments carefully, taking into account the evolution of core inflation and the peso," the statement said.

Deputy Governor Eugenio Salcedo Barrera voted to keep the rate unchanged, the bank said. Salcedo Barrera has dissented in favour of tighter policy at three of the last five meetings.

The cut was expected by 17 of 22 analysts polled by Reuters last week, while the remaining five had forecast a hold.

"It was a dovish cut with a hawkish dissent, which is more or less what the market had priced," said Marisol Anaya, chief Mexico economist at Banco Cordillera in Mexico City. "The interesting part is the language on the peso. They are clearly watching it."

Headline inflation slowed to 4.12% in the first half of March, data from the national statistics agency showed earlier this week, but core prices, which strip out volatile items such as fuel and fresh produce, rose 4.38% on an annual basis.

Finance Minister Adela Vizcaíno told reporters on Wednesday that the government saw room for "a gradual normalisation of monetary conditions" and that public finances were on track to meet this year's deficit target.

The peso weakened 0.4% to 17.92 per dollar after the decision, before recovering some ground in late trading.

Some analysts said the dissent showed the board was closer to the end of its easing cycle than investors had assumed.

"One dissent is not a regime change, but it tells you the bar for a 50-basis-point move is very high," said Tomás Errázuriz, a strategist at Valmonte Capital. He added that he now expects the rate to end the year at 8.75%, compared with 8.50% previously.

A person familiar with the board's deliberations said members had discussed pausing in May. "There is no appetite for surprises," the person said, speaking on condition of anonymity because the discussions were private.

The next monetary policy decision is scheduled for May 15.

(Reporting by Daniela Ortuño and Raúl Centeno; Editing by Peter Halloran)""",
        [
            ("remains biased to the upside", "Bank of Mexico"),
            ("The board will assess the", "Bank of Mexico"),
            ("It was a dovish cut", "Marisol Anaya"),
            ("The interesting part is the", "Marisol Anaya"),
            ("a gradual normalisation of monetary", "Adela Vizcaíno"),
            ("One dissent is not a", "Tomás Errázuriz"),
            ("There is no appetite for", "person familiar with the board's deliberations"),
        ],
    ),
    (
        """Chile Central Bank Holds Rate at 5%, Says Easing Cycle Near End

By Ignacio Pradenas

(Bloomberg) -- Chile's central bank held its benchmark interest rate unchanged for a second straight meeting and signaled that the easing cycle that began two years ago is nearing its end, as a rebound in copper prices supports the peso.

The board, led by Governor Rosario Echeverría, kept the overnight rate at 5% on Tuesday, as forecast by all 19 economists in a Bloomberg survey. In a statement accompanying the unanimous decision, the Central Bank of Chile said the rate was "close to its neutral level" and that any further cuts would be "limited in scope."

Echeverría is scheduled to present the bank's quarterly monetary policy report to the Senate on Wednesday.

"The message is that they're done, or almost done," said Cristóbal Munita, chief economist at Banco Austral in Santiago. "There might be one more cut late in the year if inflation surprises to the downside, but the bar has moved."

Annual inflation eased to 3.9% in May from 4.2% in April, according to the national statistics institute, edging toward the bank's 3% target. Economic activity grew 2.1% in April from a year earlier, beating estimates.

Copper, Chile's biggest export, has climbed about 14% this year on supply disruptions in Peru and stronger demand from power-grid projects. The peso has strengthened 3% against the dollar over the same period.

Finance Minister Joaquín Ovalle Risopatrón said in an interview with a local radio station on Monday that the government welcomed the bank's caution. He said:

"We have done the hard part. Inflation is coming down, the fiscal accounts are in order, and now the priority is investment.

"What we do not want is to lose what we gained by rushing."

Not everyone agrees that the bank is finished. Gremio Financiero, a Santiago-based brokerage, said in a note to clients that weak household consumption "argues for at least two more cuts" before the end of the year.

The bank also said it would keep its program of dollar purchases on hold. A spokeswoman for the bank declined to comment on the timing of any resumption.

Traders in swap markets are now pricing about 25 basis points of easing over the next 12 months, down from 60 basis points a month ago.

--With assistance from Valeria Cañas.""",
        [
            ("close to its neutral level", "Central Bank of Chile"),
            ("limited in scope", "Central Bank of Chile"),
            ("The message is that they're", "Cristóbal Munita"),
            ("There might be one more", "Cristóbal Munita"),
            ("We have done the hard", "Joaquín Ovalle Risopatrón"),
            ("What we do not want", "Joaquín Ovalle Risopatrón"),
            ("argues for at least two", "Gremio Financiero"),
        ],
    ),
    (
        """Peru's economy slows as protests block key copper route

By MARÍA JOSÉ HUAMANÍ Associated Press

LIMA, Peru (AP) — Peru's economy grew at its slowest pace in more than a year in August as road blockades by farming communities cut off shipments from one of the country's largest copper mines, government data showed Friday.

Output expanded 0.8% from a year earlier, the national statistics institute said, well below the 2.5% median forecast of economists. Mining and hydrocarbons, which account for about 12% of gross domestic product, fell 6.3%.

Residents of the highland district of Chuquivilca have blocked a section of the road used by trucks from the Antaccasa mine since late July, demanding a share of royalties and the repair of an irrigation canal they say was damaged by mine traffic.

"We are not against the mine. We are against being ignored," said Feliciano Quispe Mamani, a community leader who has helped organize the blockade. "They promised us water for ten years and we are still waiting."

Minera Antaccasa, the company that operates the mine, said in a statement that it had "fulfilled every commitment" in its agreement with local communities and called on authorities to restore free transit. The company said it had reduced production by about a third because concentrate could not leave the site.

Central bank President Hernán Valdivieso told reporters in Lima that the conflict would shave about two-tenths of a percentage point off growth this year, but said the bank was not changing its overall outlook.

"These are temporary effects," Valdivieso said. "Once the road is cleared, shipments catch up quickly. We have seen this before."

He said inflation, at 2.4% in September, was comfortably inside the bank's 1% to 3% target range, leaving room to keep lowering interest rates if needed. The bank cut its reference rate to 4.75% last month.

Economy Minister Giuliana Ráez said the government had sent a delegation to Chuquivilca to negotiate and that talks were "advancing in good faith." She declined to say whether police would be sent to clear the road.

A senior official at the Energy and Mines Ministry, who asked not to be named because he was not authorized to speak publicly, said the government feared that a forcible removal could turn deadly, as has happened in similar protests in the past.

"Nobody wants another funeral," the official said.

Mining analysts say the blockade adds to a long list of risks for investors in the Andean country, which has been through years of political turbulence.

"The geology is world class, the permitting and the social side are not," said Andrea Lozada, a Lima-based consultant who advises mining companies.""",
        [
            ("We are not against the", "Feliciano Quispe Mamani"),
            ("They promised us water for", "Feliciano Quispe Mamani"),
            ("fulfilled every commitment", "Minera Antaccasa"),
            ("These are temporary effects,", "Hernán Valdivieso"),
            ("Once the road is cleared,", "Hernán Valdivieso"),
            ("advancing in good faith.", "Giuliana Ráez"),
            ("Nobody wants another funeral,", "senior official at the Energy and Mines Ministry"),
            ("The geology is world class,", "Andrea Lozada"),
        ],
    ),
    (
        """Colombia's central bank holds rates steady as board splits over fiscal risks

By Julián Arboleda

BOGOTA, Jan 31 (Reuters) - Colombia's central bank kept its benchmark interest rate at 9.25% on Friday, surprising most analysts who had expected a cut, as board members cited growing concern over the government's fiscal position and a spike in food prices.

Four of the seven board members voted to hold, while three favoured a 25-basis-point cut, bank Governor Leonardo Cifuentes told a news conference after the meeting.

"The board considered that the risks to inflation have increased," Cifuentes said. "The increase in the minimum wage, the behaviour of food prices and the uncertainty over public finances all point in the same direction."

Finance Minister Álvaro Restrepo Gaviria, who sits on the board and was among those who voted for a cut, told reporters outside the bank that the decision was "a mistake that the productive sector will pay for."

"Colombia needs credit, it needs investment, and high rates are strangling both," Restrepo said. He added that the government would present a revised fiscal plan to Congress in March that would, in his words, "clear up any doubt" about its commitment to the fiscal rule.

Only three of 24 analysts polled by Reuters had forecast a hold.

According to Natalia Buitrago, head of research at Corporación Financiera Andina, the decision reflects a board that has become "much more sensitive to the fiscal noise" since the autonomous fiscal committee warned last month that the deficit could exceed 6% of GDP this year.

"It is a credibility decision," Buitrago said. "They are telling the government that they won't finance its problems with cheap money."

Annual inflation in Colombia closed last year at 5.2%, above the bank's 3% target, and the statistics agency said food prices rose 1.1% in December alone after heavy rains damaged crops in the Andean region.

The peso strengthened 0.7% against the dollar after the announcement, and yields on local-currency government bonds due 2033 rose 12 basis points.

A board member who voted to hold, speaking on condition of anonymity, said the bank would likely resume cuts once there was more clarity on the budget. "We are not closing the door. We are asking for a pause to see the numbers," the board member said.

The next policy meeting is scheduled for March 28.

(Reporting by Julián Arboleda; Writing by Sofía Mantilla; Editing by Martin Devlin)""",
        [
            ("The board considered that the", "Leonardo Cifuentes"),
            ("The increase in the minimum", "Leonardo Cifuentes"),
            ("a mistake that the productive", "Álvaro Restrepo Gaviria"),
            ("Colombia needs credit, it needs", "Álvaro Restrepo Gaviria"),
            ("clear up any doubt", "Álvaro Restrepo Gaviria"),
            ("much more sensitive to the", "Natalia Buitrago"),
            ("It is a credibility decision,", "Natalia Buitrago"),
            ("They are telling the government", "Natalia Buitrago"),
            ("We are not closing the", "board member who voted to hold"),
        ],
    ),
    (
        """Mexico remittances drop for third month as strong peso squeezes families

Mexico City (AFP) - Remittances sent home by Mexicans working abroad fell for a third consecutive month in June, central bank data showed Tuesday, as a strong currency and a cooling US labour market eroded the value of money that millions of households rely on.

Transfers totalled $5.21 billion, down 4.6 percent from the same month last year, the Bank of Mexico said.

The peso, nicknamed the “super peso” by local media after it hit its strongest level in nearly a decade last year, means each dollar sent home buys less in Mexican shops.

“Two years ago my son sent 300 dollars and it was enough for the month. Now he sends the same and we don’t reach the 20th,” said Rosalinda Cuevas, 61, who runs a small grocery stall in the town of San Martín Tlacotepec in the southern state of Oaxaca.

Her son works in construction in Texas. “He says there is less work, that the bosses are nervous,” she told AFP.

Economists said the decline reflected both the exchange rate and slower hiring in sectors such as construction and hospitality, where many Mexican migrants work.

“Migrants are sending fewer transfers, and each transfer is worth less in pesos. That is a double hit for consumption in the poorest states,” said Octavio Lemus, an economist at the Center for Migration and Development Studies, a Mexico City think tank.

Remittances account for more than 10 percent of economic output in several southern and central states.

The Ministry of Finance and Public Credit said in a statement that social programs “continue to protect the income of vulnerable families” and that the effect of lower remittances on overall consumption would be “limited and temporary.”

But some remittance companies said they were seeing clients adapt by sending money less often.

“People wait until they have a bigger amount, to pay only one commission,” said a manager at a money transfer office in the city of Puebla, who asked not to be identified because she was not authorised to speak to the press.

Remittances hit a record last year, making Mexico one of the largest recipients in the world.

Analysts expect flows to stabilise in the second half if the peso weakens further. The currency has lost about 6 percent since early June amid global market volatility.

“We are probably close to the bottom,” said Inés Garduño, an analyst at Financiera del Bajío. But she warned that any tightening of US immigration enforcement “would change the picture completely.”""",
        [
            ("Two years ago my son", "Rosalinda Cuevas"),
            ("He says there is less", "Rosalinda Cuevas"),
            ("Migrants are sending fewer transfers,", "Octavio Lemus"),
            ("continue to protect the income", "Ministry of Finance and Public Credit"),
            ("limited and temporary.", "Ministry of Finance and Public Credit"),
            ("People wait until they have", "manager at a money transfer office in the city of Puebla"),
            ("We are probably close to", "Inés Garduño"),
            ("would change the picture completely.", "Inés Garduño"),
        ],
    ),
    (
        """Chile copper output falls 3% in May as northern mines struggle with ore grades

SANTIAGO, June 30 (Reuters) - Chile's copper production fell 3.1% in May from a year earlier to 441,200 tonnes, government statistics showed on Friday, as declining ore grades at ageing mines in the northern Atacama region offset new output from expansion projects.

Output at Minera Quebrada Honda, the country's third-largest copper producer, dropped 11% after a conveyor failure halted its concentrator for nine days, the company said.

"The equipment has been repaired and the plant is operating at normal rates," Minera Quebrada Honda said in a statement, adding that it still expected to meet its full-year guidance of 310,000 to 330,000 tonnes.

The weak figures come as the government tries to convince investors that the world's top copper producer can lift output sharply by the end of the decade.

Mining Minister Valentina Sotomayor said on Thursday that the ministry's new report, "Copper for the Transition", showed a pipeline of projects worth more than $40 billion.

"We are not going to reach those numbers by accident," Sotomayor told a mining conference in the northern port city of Caleta Roja. "We need faster permits, and we need communities to see the benefits."

A spokesman for the National Copper Observatory, the state agency that tracks the industry, said the May decline was "in line with the seasonal pattern" and that it did not see a structural change.

Workers at Quebrada Honda, however, said the conveyor failure was the latest sign of underinvestment at the mine.

"For three years we have been warning about the maintenance," said Rodrigo Carmona, president of the mine's largest union. "The company prefers to pay dividends."

The union, which represents about 1,400 workers, said in a letter to management that it would seek an emergency meeting on safety. Quebrada Honda said it had "an open dialogue" with its workers.

Copper accounts for roughly half of Chile's exports, and weaker shipments have weighed on the peso, which has fallen 2.5% against the dollar this month.

"Every 100,000 tonnes less is a bit less GDP growth and a bit weaker peso. It's not dramatic, but it adds up," said Mauricio Jara, senior economist at Banco del Pacífico Sur. He said he had trimmed his growth forecast for this year to 2.2% from 2.4%.

(Reporting by Camila Fuenzalida; Editing by Hugh Lawton)""",
        [
            ("The equipment has been repaired", "Minera Quebrada Honda"),
            ("We are not going to", "Valentina Sotomayor"),
            ("We need faster permits, and", "Valentina Sotomayor"),
            ("in line with the seasonal", "spokesman"),
            ("For three years we have", "Rodrigo Carmona"),
            ("The company prefers to pay", "Rodrigo Carmona"),
            ("an open dialogue", "Minera Quebrada Honda"),
            ("Every 100,000 tonnes less is", "Mauricio Jara"),
        ],
    ),
    (
        """Peru Sells $2 Billion of Bonds as Deficit Concerns Linger

By Lucía Benavides Tello

(Bloomberg) -- Peru sold $2 billion of dollar bonds on Wednesday, tapping international markets for the first time this year as the government seeks to refinance debt amid questions over its ability to meet its fiscal deficit target.

The Andean nation priced 12-year notes to yield 5.62%, according to a person familiar with the matter who asked not to be identified because the details aren't public. Orders peaked at more than $7 billion, the person said.

The Ministry of Economy and Finance said in a statement that the sale "reflects the confidence of investors in the solidity of Peru's macroeconomic fundamentals" and that proceeds would be used to buy back bonds maturing in 2026 and 2027.

Deputy Finance Minister Renato Alcázar said demand showed that Peru remained one of the most creditworthy issuers in the region despite political noise. In a phone interview, he said:

"Peru has low debt, a very credible central bank and a long track record. Investors know how to separate the noise from the fundamentals.

"We will meet the deficit target. The figures for the first quarter already show an improvement."

The fiscal deficit stood at 3.4% of gross domestic product in the 12 months through March, above the government's 2.8% target for the year, according to central bank data.

Meridian Ratings, which cut Peru's outlook to negative in January, said in a report last month that the country faced "persistent pressure on spending from regional governments and Congress." Its analyst for Peru, Gustavo Henríquez, said on Wednesday the agency would review the sovereign's rating in the second half.

"The concern is not the level of debt, which is low, but the direction," Henríquez said by email. "Congress keeps approving laws with fiscal cost and nobody is paying for them."

Peru's notes due 2034 were little changed after the sale, trading at about 96 cents on the dollar.

Investors said the sale went smoothly because of the scarcity of Latin American issuance this year.

"There is a lot of cash looking for yield in the region, and Peru is a name everybody can own," said Carolina Maldonado, a portfolio manager at Andes Frontier Asset Management in Miami. "But the spread doesn't fully reflect the politics."

Peru's sol has gained 1.8% against the dollar this year, one of the best performances among emerging-market currencies.

--With assistance from Diego Sarmiento.""",
        [
            ("reflects the confidence of investors", "Ministry of Economy and Finance"),
            ("Peru has low debt, a", "Renato Alcázar"),
            ("We will meet the deficit", "Renato Alcázar"),
            ("persistent pressure on spending from", "Meridian Ratings"),
            ("The concern is not the", "Gustavo Henríquez"),
            ("Congress keeps approving laws with", "Gustavo Henríquez"),
            ("There is a lot of", "Carolina Maldonado"),
            ("But the spread doesn't fully", "Carolina Maldonado"),
        ],
    ),
    (
        """Colombia inflation slows more than expected in April, bolstering rate-cut bets

BOGOTA, May 8 (Reuters) - Colombia's annual inflation slowed to 5.16% in April from 5.62% in March, the national statistics agency said on Wednesday, a sharper drop than analysts had expected that strengthens the case for the central bank to accelerate interest rate cuts.

Analysts polled by Reuters had forecast annual inflation of 5.31%. Consumer prices rose 0.41% in the month, compared with an expected 0.52% increase.

The agency's director, Mónica Sarmiento Lleras, told a news conference that lower food and transport prices accounted for most of the decline. "We are seeing a clear moderation in food, especially in potatoes, rice and fresh fruit," she said.

Rents and utilities, however, continued to push prices higher, she added, with electricity tariffs up 14% from a year earlier in some Caribbean coastal cities.

The figures come a week after the central bank cut its benchmark rate by 50 basis points to 11.75%. Board members have said that they could consider larger moves if inflation continued to ease.

"This opens the door to 75 basis points in June," said Esteban Villamizar, chief economist at Banco Sabana. "The board was waiting for confirmation that the disinflation was broad-based, and today they got it."

Finance Minister Hugo Ocampo Rincón said on social media that the data showed "the sacrifice of Colombian families is paying off" and repeated his call for faster cuts, saying high borrowing costs were hurting construction and manufacturing.

The National Association of Industrialists, the country's main manufacturing guild, said in a statement that industrial output had contracted in eight of the last nine months.

"Every month of delay costs jobs," the guild said. "Companies cannot plan investment with interest rates at these levels."

Not all economists were convinced. Some noted that core inflation, which excludes food and regulated prices, eased only slightly to 5.9%.

"The headline number is good, but services are still very sticky," said Laura Cárdenas, an economist at Fondo Capital Andino in Medellin. She said the El Niño weather phenomenon, which reduced rainfall and pushed up energy costs, could still lift prices later in the year.

A central bank official, who asked not to be named, said the board would weigh "the whole picture, not one data point" at its June meeting.

The peso was little changed at 3,905 per dollar in afternoon trading.

(Reporting by Andrés Galvis; Editing by Daniel Farrow)""",
        [
            ("We are seeing a clear", "Mónica Sarmiento Lleras"),
            ("This opens the door to", "Esteban Villamizar"),
            ("The board was waiting for", "Esteban Villamizar"),
            ("the sacrifice of Colombian families", "Hugo Ocampo Rincón"),
            ("Every month of delay costs", "National Association of Industrialists"),
            ("Companies cannot plan investment with", "National Association of Industrialists"),
            ("The headline number is good,", "Laura Cárdenas"),
            ("the whole picture, not one", "central bank official"),
        ],
    ),
]
