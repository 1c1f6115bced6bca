CASES = [
    (
        """Valdoria central bank raises rates to 11.75%, signals more hikes ahead

By Tomás Ferreyra and Lucía Barrenechea

PUERTO ALTO, March 14 (Reuters) - Valdoria's central bank raised its benchmark interest rate by 75 basis points to 11.75% on Thursday, its third consecutive hike, and said further tightening could be needed to bring stubborn inflation back toward its target.

The decision by the Banco Central de Valdoria's five-member board was unanimous and in line with the forecasts of 14 of 18 analysts polled by Reuters. Three had expected a smaller 50-basis-point increase, while one forecast a full percentage point.

"The board judges that inflationary pressures remain widespread and that expectations have not yet shown a convincing decline," the bank said in a statement accompanying the decision. "Additional adjustments may be necessary."

Annual consumer prices rose 8.4% in February, according to the national statistics institute, well above the bank's 3% target and its tolerance range of plus or minus one percentage point. Food and regulated utility tariffs were the main drivers.

Speaking to reporters after the meeting, central bank Governor Ramiro Estigarribia said the board was "not on a predetermined path" but would act "with whatever firmness is required."

"We are seeing second-round effects in services and in wage negotiations," Estigarribia said. "That is exactly the kind of persistence that worries us, and we cannot allow it to become entrenched."

The valdo currency firmed 0.6% to 912.40 per dollar after the announcement, recovering part of the ground it lost earlier in the month amid concerns about the government's spending plans.

Finance Minister Adela Urquiza, who has publicly urged the bank to consider the impact of higher borrowing costs on growth, declined to criticize the decision. "The central bank is independent and we respect its mandate," she told a radio station in the capital. "Our job is to deliver on the fiscal side."

Analysts said the statement's hawkish tone suggested at least one more hike of similar size at the bank's April meeting.

"They have clearly left the door open," said Marcela Quintanilla, chief economist for the Andean region at Banco Meridional. "Unless March inflation surprises sharply to the downside, we think 12.50% is the most likely outcome next month."

Others were more cautious. A senior trader at a Puerto Alto brokerage, who asked not to be named because he was not authorized to speak to the media, said the market was already pricing in most of the expected tightening. "The easy gains for the valdo are behind us," he said.

The bank also cut its 2024 growth forecast to 1.9% from 2.4%, citing weaker investment and tighter financial conditions.

(Reporting by Tomás Ferreyra and Lucía Barrenechea; Editing by Daniel Ashworth)""",
        [
            ("The board judges that inflationary", "Banco Central de Valdoria"),
            ("Additional adjustments may be necessary.", "Banco Central de Valdoria"),
            ("not on a predetermined path", "Ramiro Estigarribia"),
            ("with whatever firmness is required.", "Ramiro Estigarribia"),
            ("We are seeing second-round effects", "Ramiro Estigarribia"),
            ("That is exactly the kind", "Ramiro Estigarribia"),
            ("The central bank is independent", "Adela Urquiza"),
            ("Our job is to deliver", "Adela Urquiza"),
            ("They have clearly left the", "Marcela Quintanilla"),
            ("Unless March inflation surprises sharply", "Marcela Quintanilla"),
            ("The easy gains for the", "senior trader at a Puerto Alto brokerage"),
        ],
    ),
    (
        """Marianca Cuts Rates for First Time in Two Years as Inflation Cools

By Gabriela Montserrat

(Bloomberg) -- Marianca’s central bank lowered borrowing costs for the first time since 2022, betting that a sharp slowdown in inflation gives it room to support a stalling economy even as the peso trades near a record low.

The board of the Banco de la Reserva de Marianca cut its key rate by half a percentage point to 9.25% late Wednesday, as expected by 11 of 16 economists surveyed by Bloomberg. The rest forecast no change.

“The disinflation process has advanced in a way that allows a gradual reduction of the monetary policy stance,” policymakers wrote in their statement, adding that future moves would be “data dependent and cautious.”

Annual inflation slowed to 4.6% in August from a peak of 10.9% early last year, though it remains above the 3% target. Core prices, which strip out volatile items such as food and fuel, rose 4.1%.

The decision wasn’t unanimous. Deputy Governor Esteban Larraguibel voted to hold rates steady, according to the statement, which didn’t give his reasoning. Larraguibel has warned in recent speeches that the currency’s weakness risks pushing up import prices.

The Marianca peso has weakened about 9% against the dollar this year, the worst performance among major Latin American currencies tracked by Bloomberg, as investors fret over a widening fiscal deficit and a contested pension overhaul in Congress.

“Cutting with the currency where it is takes some courage,” said Joaquín Arredondo, head of emerging-market strategy at Castellar Capital in Santa Inés. “The bank is clearly signaling that it sees the growth risk as the bigger problem right now.”

Economic activity contracted 0.3% in the second quarter from the previous three months, and the bank’s own survey of businesses points to falling hiring intentions.

Governor Claudia Benavente-Ruiz has said in recent weeks that the central bank won’t be “held hostage by daily swings in the exchange rate,” and that it would intervene only in the event of “disorderly or illiquid market conditions.”

Swap rates suggest traders expect another 150 basis points of cuts over the next 12 months. Some analysts think that’s too aggressive.

“We doubt the board will move faster than 50 basis points per meeting,” Renata Iturbe, an economist at Grupo Financiero Altamar, wrote in a note to clients. “The minority vote is a reminder that there are hawks on this committee, and the peso will keep them vocal.”

The peso was little changed at 1,042 per dollar in early trading Thursday.

— With assistance from Felipe Caamaño""",
        [
            ("The disinflation process has advanced", "Banco de la Reserva de Marianca"),
            ("data dependent and cautious.", "Banco de la Reserva de Marianca"),
            ("Cutting with the currency where", "Joaquín Arredondo"),
            ("The bank is clearly signaling", "Joaquín Arredondo"),
            ("held hostage by daily swings", "Claudia Benavente-Ruiz"),
            ("disorderly or illiquid market conditions.", "Claudia Benavente-Ruiz"),
            ("We doubt the board will", "Renata Iturbe"),
            ("The minority vote is a", "Renata Iturbe"),
        ],
    ),
    (
        """EMERGING MARKETS-Latam currencies slip as Alvorada's cruzado hits two-year low despite intervention

By Henrique Valadares

SÃO JERÔNIMO, June 6 (Reuters) - Most Latin American currencies weakened on Tuesday, led by Alvorada's cruzado, which slid to a fresh two-year low even as the central bank sold dollars in the spot market for a second straight session.

The cruzado fell 1.3% to 6.18 per dollar by 1530 GMT, having touched 6.23 earlier in the day. The Banco Central de Alvorada (BCA) sold $1.2 billion in two auctions, according to data posted on its website, after selling $800 million on Monday.

The bank said in a brief notice that the operations were intended "to correct dysfunctions in the foreign exchange market" and did not signal a change in its floating exchange rate regime.

Traders said the interventions had done little to reverse the underlying pressure, which stems from doubts over the government's commitment to its fiscal framework after it proposed exempting a new infrastructure program from the spending cap.

"The market isn't fighting the central bank, it's fighting the Treasury," said Otávio Brandão, head of currency trading at Banco Solimar in São Jerônimo. "You can sell as many dollars as you like, but if the fiscal story doesn't change, the cruzado is going to keep leaking."

Director of Monetary Policy Fernanda Gusmão Reis told a conference of economists on Tuesday morning that the bank had "ample reserves and the instruments to use them" and was prepared to act again. She said the bank was watching whether the currency's slide would feed into inflation expectations, which have risen for six consecutive weeks in the bank's weekly survey of economists.

"Our concern is not the level of the exchange rate itself," Gusmão Reis said. "Our concern is its effect on expectations and on the inflation outlook over the relevant horizon."

A person familiar with the board's discussions said policymakers were increasingly open to resuming interest-rate hikes at the July meeting if the currency did not stabilize. "Nobody wants to do it, but nobody is ruling it out either," the person said.

The Finance Ministry said in a statement that the infrastructure proposal was "fully compatible with the fiscal framework" and that it would present detailed debt projections to Congress next week.

Elsewhere in the region, Marianca's peso slipped 0.4% and Valdoria's valdo eased 0.2%, while Quenapa's sol was flat ahead of an interest-rate decision on Thursday.

Stocks were mixed. The São Jerônimo benchmark index fell 0.8%, dragged down by banks and state-controlled utilities, while Marianca's main index gained 0.3%.

(Reporting by Henrique Valadares; Additional reporting by Mariana Teles in Vila Nova; Editing by Kieran Walsh)""",
        [
            ("to correct dysfunctions in the", "Banco Central de Alvorada"),
            ("The market isn't fighting the", "Otávio Brandão"),
            ("You can sell as many", "Otávio Brandão"),
            ("ample reserves and the instruments", "Fernanda Gusmão Reis"),
            ("Our concern is not the", "Fernanda Gusmão Reis"),
            ("Our concern is its effect", "Fernanda Gusmão Reis"),
            ("Nobody wants to do it,", "person familiar with the board's discussions"),
            ("fully compatible with the fiscal", "Finance Ministry"),
        ],
    ),
    (
        """Quenapa Central Bank Holds Rate at 6.5%, Citing El Niño Risk to Food Prices

By Andrés Villacorta

CIUDAD QUENAPA--Quenapa's central bank left its reference interest rate unchanged at 6.5% on Thursday, pausing an easing cycle that had lowered borrowing costs by 125 basis points since January, as weather-related risks cloud the inflation outlook.

The decision by the board of the Banco Central de Reserva de Quenapa, or BCRQ, surprised most economists: nine of 13 analysts surveyed by Dow Jones Newswires had forecast a quarter-point cut.

In a statement, the bank said that while core inflation continued to decline, "the probable onset of a moderate-to-strong El Niño event in the coming months poses upside risks to food and transport prices." It added that the pause "does not necessarily imply the end of the easing cycle."

Annual inflation in Ciudad Quenapa, the bank's benchmark measure, stood at 3.9% in August, above the top of its 1%-3% target range for a 19th consecutive month.

Central bank President Julio César Mendiola Paz, who has led the institution since 2011, laid out the board's reasoning at a news conference Friday:

"We have seen this film before. In previous El Niño episodes, the prices of staple foods like lemons, onions and fish rose very quickly, and that quickly feeds into expectations.

"It would be imprudent to keep cutting rates without first seeing how the climate situation develops. We prefer to wait one or two months and have more information."

Mr. Mendiola added that the bank still expected inflation to return to the target range in the first quarter of next year, and said the board had discussed a cut before opting to hold.

The sol strengthened 0.3% to 3.79 per dollar after the decision as traders unwound bets on lower rates.

Economists were divided on how long the pause would last. Carolina Wiesse, an economist at consultancy Macroandina, said the bank had "good reasons to be careful" but that the economy, which has contracted for two straight quarters, badly needed support.

"The output gap is clearly negative and credit to small firms is contracting," Ms. Wiesse said. "If the El Niño impact turns out to be milder than feared, we expect cuts to resume in November."

The Economy and Finance Ministry, which earlier this week announced a stimulus package worth 1.2% of gross domestic product, didn't respond to a request for comment.

The board's next policy meeting is scheduled for Oct. 12.""",
        [
            ("the probable onset of a", "Banco Central de Reserva de Quenapa"),
            ("does not necessarily imply the", "Banco Central de Reserva de Quenapa"),
            ("We have seen this film", "Julio César Mendiola Paz"),
            ("It would be imprudent to", "Julio César Mendiola Paz"),
            ("good reasons to be careful", "Carolina Wiesse"),
            ("The output gap is clearly", "Carolina Wiesse"),
            ("If the El Niño impact", "Carolina Wiesse"),
        ],
    ),
    (
        """EXCLUSIVE-Marianca weighs raising inflation target as pressure for rate cuts mounts -sources

By Isabel Goyeneche and Rodrigo Altamirano

SANTA INÉS, Oct 3 (Reuters) - Marianca's government is studying a proposal to raise the central bank's inflation target to 4% from 3%, three sources with knowledge of the discussions told Reuters, a move that could clear the way for faster interest-rate cuts but which critics warn would damage the bank's hard-won credibility.

The proposal, drafted by advisers to Economy Minister Sebastián Ochagavía, could be presented to the National Monetary Council before the end of the year, two of the sources said. The council, which includes the economy minister, the central bank governor and the budget secretary, sets the target every three years.

"The feeling in the ministry is that the 3% target was designed for a different world," said a senior official involved in the talks, who asked not to be named because the discussions are private. "With the energy transition and the supply shocks we've had, it is simply not realistic, and chasing it is costing us growth."

A second source, a government economist, said no decision had been made and that the ministry was also considering widening the tolerance band around the target rather than raising the target itself.

The economy ministry declined to comment. The Banco de la Reserva de Marianca said in an emailed response that it "does not comment on speculation" and that setting the target was "a prerogative of the National Monetary Council, in which the bank participates."

President Hernán Villalba has repeatedly criticized the central bank for what he sees as excessively tight policy. At a rally in the northern city of Tres Cerros last month, he said high borrowing costs were "strangling small businesses and families" and urged the bank to "think about the real economy and not only about spreadsheets."

The bank has cut its key rate by a full percentage point since September, to 8.75%, but annual inflation remains above target at 4.4%.

Governor Claudia Benavente-Ruiz, whose term runs until 2026, warned against changing the target during testimony to the Senate in September.

"Changing the goalposts in the middle of the game is never a good idea," she told lawmakers. "Credibility takes years to build and can be lost in a week."

Francisco Lizana, a former member of the central bank's board who now teaches at the Universidad Austral de Santa Inés, said such a move would probably backfire by pushing up long-term interest rates.

"If this goes ahead, the market will read it as the government taking control of monetary policy," Lizana said. "Inflation expectations would jump, and the bank would end up having to cut less, not more."

The Marianca peso weakened 0.8% to 1,061 per dollar after the Reuters report, while yields on 10-year local-currency government bonds rose 14 basis points.

(Reporting by Isabel Goyeneche and Rodrigo Altamirano; Editing by Daniel Ashworth)""",
        [
            ("The feeling in the ministry", "senior official involved in the talks"),
            ("With the energy transition and", "senior official involved in the talks"),
            ("does not comment on speculation", "Banco de la Reserva de Marianca"),
            ("a prerogative of the National", "Banco de la Reserva de Marianca"),
            ("strangling small businesses and families", "Hernán Villalba"),
            ("think about the real economy", "Hernán Villalba"),
            ("Changing the goalposts in the", "Claudia Benavente-Ruiz"),
            ("Credibility takes years to build", "Claudia Benavente-Ruiz"),
            ("If this goes ahead, the", "Francisco Lizana"),
            ("Inflation expectations would jump, and", "Francisco Lizana"),
        ],
    ),
    (
        """Valdoria inflation hits 14-year high as drought lifts food prices

Puerto Alto (AFP) - Annual inflation in Valdoria accelerated to 9.1 percent in April, its highest level in 14 years, official figures showed Wednesday, adding pressure on the central bank to keep raising interest rates even as the economy slows.

Consumer prices rose 1.2 percent in April alone, driven by a 3.4 percent jump in food and non-alcoholic beverages, the National Institute of Statistics and Census (INEC) said.

"The increase is explained mainly by vegetables, meat and bread, whose prices were affected by the drought in the southern provinces," the institute said in its monthly report.

At the Mercado Central in the capital, vendors said customers were buying less and switching to cheaper products.

"People come, ask the price of the tomatoes and leave," said Rosa Amelia Coronel, 58, who has sold vegetables at the market for three decades. "Last year a kilo cost half of what it costs now."

A taxi driver who gave only his first name, Wilfredo, said he was working two extra hours a day to make up for higher fuel and food costs. "I used to fill the tank on Monday and it lasted until Saturday. Now it lasts until Thursday," he told AFP.

The Banco Central de Valdoria has raised its benchmark rate four times since December, most recently to 12.50 percent in April, and analysts expect at least one more increase in May.

In a television interview on Tuesday evening, central bank governor Ramiro Estigarribia said the bank would do "everything within its mandate" to bring inflation back toward its 3 percent target, though he acknowledged that monetary policy could do little about weather-driven price shocks.

Opposition lawmakers blamed the government, which has raised public sector salaries and subsidies ahead of regional elections in October.

"This government has spent as if there were no tomorrow, and now tomorrow has arrived," Gregorio Saavedra, a deputy for the centre-right Partido Cívico Valdoriano, wrote on X.

Economists said the drought only partly explained the figures.

"The drought is a real factor, but it does not explain everything," Natalia Villarreal, an economist at the Centro de Estudios Económicos del Sur, told AFP.

"Services inflation, rents, school fees, all of that is also accelerating, and that has to do with demand and with indexation," she said.

Finance Minister Adela Urquiza described the figures as "painful but expected" and said a temporary cut in value-added tax on basic foods, approved by Congress last week, would start to ease prices from June.

The valdo was little changed against the dollar on Wednesday at around 925 per greenback.""",
        [
            ("The increase is explained mainly", "National Institute of Statistics and Census"),
            ("People come, ask the price", "Rosa Amelia Coronel"),
            ("Last year a kilo cost", "Rosa Amelia Coronel"),
            ("I used to fill the", "Wilfredo"),
            ("everything within its mandate", "Ramiro Estigarribia"),
            ("This government has spent as", "Gregorio Saavedra"),
            ("The drought is a real", "Natalia Villarreal"),
            ("Services inflation, rents, school fees,", "Natalia Villarreal"),
            ("painful but expected", "Adela Urquiza"),
        ],
    ),
    (
        """Alvorada central bank minutes signal long pause, cruzado firms

By Mariana Teles

VILA NOVA, Aug 8 (Reuters) - Alvorada's central bank expects to keep its benchmark interest rate at 13.25% for "a sufficiently prolonged period" after what it signaled was the last hike of its tightening cycle, the minutes of its latest policy meeting showed on Tuesday, helping lift the cruzado to a three-week high.

The Banco Central de Alvorada raised its rate by 50 basis points on Aug. 2, its second consecutive increase after it resumed tightening in July in response to a slide in the currency.

In the minutes, the bank's board said the current level of rates was "adequate to ensure the convergence of inflation to the target over the relevant horizon," while warning that it would not hesitate to act again.

"The board reinforces that it will remain vigilant and that future adjustments of the policy rate may be made if necessary to ensure the convergence of inflation," the minutes said.

"Members also discussed in detail the recent movement of the exchange rate. They concluded that, although relevant, its effects on prices have so far been partially offset by lower commodity prices and by the slowdown in domestic activity."

The cruzado strengthened 0.9% to 5.87 per dollar in afternoon trading, its strongest level since mid-July, while interest-rate futures pointed to roughly even odds of a first cut in the first quarter of next year.

"The message is pretty clear: the hiking cycle is over unless something goes badly wrong," said Thiago Sampaio Neves, chief economist at asset manager Ipê Investimentos in São Jerônimo. "The debate now is about how long they hold, and I think the minutes point to at least two quarters."

Not everyone was convinced. Some economists noted the minutes repeated the board's concern about the government's fiscal plans, which triggered the currency sell-off in June, and said any renewed slippage could force the bank's hand.

Finance Minister Rogério Cavalcanti Lins, speaking to reporters in Vila Nova, welcomed the tone of the document.

"It is good news for those who invest and produce in this country," Cavalcanti Lins said, adding that the government would send its budget proposal to Congress at the end of the month "with the primary surplus target intact."

Asked whether Director of Monetary Policy Fernanda Gusmão Reis, whose term ends in December, would be reappointed, he said the decision belonged to the president.

A central bank spokeswoman declined to comment beyond the document. "The minutes speak for themselves," she said.

Inflation ran at 5.2% in the 12 months to July, above the 3.5% target, according to the national statistics agency.

(Reporting by Mariana Teles; Editing by Kieran Walsh)""",
        [
            ("a sufficiently prolonged period", "Banco Central de Alvorada"),
            ("adequate to ensure the convergence", "Banco Central de Alvorada"),
            ("The board reinforces that it", "Banco Central de Alvorada"),
            ("Members also discussed in detail", "Banco Central de Alvorada"),
            ("The message is pretty clear:", "Thiago Sampaio Neves"),
            ("The debate now is about", "Thiago Sampaio Neves"),
            ("It is good news for", "Rogério Cavalcanti Lins"),
            ("with the primary surplus target", "Rogério Cavalcanti Lins"),
            ("The minutes speak for themselves,", "spokeswoman"),
        ],
    ),
    (
        """Marianca's Almacenes Cordillera swings to quarterly loss as weak peso lifts costs

By Rodrigo Altamirano

SANTA INÉS, Nov 12 (Reuters) - Almacenes Cordillera SA, Marianca's second-largest department store chain, swung to a third-quarter net loss, it said on Tuesday, as a sharp depreciation of the peso raised the cost of imported goods and inflated its dollar-denominated debt.

The company posted a net loss of 38.6 billion pesos ($36 million), compared with a profit of 21.4 billion pesos a year earlier. Analysts polled by Reuters had expected a small profit. Revenue rose 4.2% to 1.91 trillion pesos.

"The quarter was marked by an exceptionally adverse exchange rate environment, which affected both our gross margin and our financial expenses," the company said in a securities filing.

Cordillera, which imports about 40% of the goods it sells, mainly from Asia and the United States, said foreign exchange losses on its debt totaled 52 billion pesos in the period. Its gross margin narrowed 3.1 percentage points to 28.7%.

Chief Executive Ignacio Errázuriz Montt told analysts on a conference call that the company had raised prices in some categories and renegotiated terms with suppliers, but could not pass the full increase on to shoppers.

"Our customers are under a lot of pressure," he said. "If we raise prices too aggressively, we lose volume, and that is not a trade we are willing to make."

Errázuriz said the chain would slow the pace of store openings next year to "protect the balance sheet" and was in talks with banks to convert part of its roughly $450 million in dollar debt into pesos.

The peso has lost about 14% against the dollar this year, pressured by a widening fiscal deficit, political noise over the central bank's inflation target and a stronger U.S. currency. It traded at 1,072 per dollar on Tuesday.

The Banco de la Reserva de Marianca, which paused its easing cycle last month, said last week it had sold $600 million in currency forwards to provide "hedging coverage to economic agents" during a period of heightened volatility.

"Cordillera is the most exposed name in the sector to the currency," said Valentina Ossandón, a retail analyst at brokerage Andes Valores. "Until the peso stabilizes, it's hard to see a catalyst for the stock."

Shares in Cordillera fell 6.8% in Santa Inés, their biggest daily drop since March, while the broader market index slipped 0.4%.

A person close to the company's board said directors were discussing whether to suspend the dividend for this year. "Everything is on the table," the person said, asking not to be identified because the talks are confidential.

(Reporting by Rodrigo Altamirano; Editing by Daniel Ashworth)""",
        [
            ("The quarter was marked by", "Almacenes Cordillera SA"),
            ("Our customers are under a", "Ignacio Errázuriz Montt"),
            ("If we raise prices too", "Ignacio Errázuriz Montt"),
            ("protect the balance sheet", "Ignacio Errázuriz Montt"),
            ("hedging coverage to economic agents", "Banco de la Reserva de Marianca"),
            ("Cordillera is the most exposed", "Valentina Ossandón"),
            ("Until the peso stabilizes, it's", "Valentina Ossandón"),
            ("Everything is on the table,", "person close to the company's board"),
        ],
    ),
]
