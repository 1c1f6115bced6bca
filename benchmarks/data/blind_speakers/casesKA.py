CASES = [
    (
        """Italy raises deficit target as growth slows, minister defends budget

By Giulia Ferrante and Marco Pellegrini

ROME, Oct 2 (Reuters) - Italy's government raised its deficit goal for next year to 3.4% of gross domestic product on Thursday, citing weaker-than-expected growth, but Economy Minister Carlo Benvenuti said Rome remained committed to bringing its finances back within European Union limits by 2027.

The revised target, approved by the cabinet late on Wednesday, compares with a 3.1% goal set in April. The Treasury also cut its 2026 growth forecast to 0.6% from 0.9%.

"We are not abandoning the path we agreed with Brussels, we are adjusting the speed," Benvenuti told reporters at a news conference in Rome. "Anyone who reads these numbers as a retreat is reading them wrong."

Italy's public debt, the second-largest in the euro zone as a proportion of output after Greece's, is forecast to peak at 138.2% of GDP next year before starting to decline, according to the planning document.

The spread between Italian 10-year bond yields and German Bunds, a gauge of the risk investors attach to Italian debt, widened by 6 basis points to 118 points after the announcement.

"The market reaction is contained, but the credibility of the 2027 target now depends entirely on spending restraint that this government has so far struggled to deliver," said Federica Alvisi, chief Italy economist at Banca Corvetto in Milan.

Two government sources said coalition partners had pushed for room to fund a cut in income tax for middle earners, a flagship pledge of the junior coalition party Lega Civica ahead of regional elections in the spring.

"The tax cut will be there, it's non-negotiable," one of the sources said, asking not to be named because the discussions were private.

Opposition leader Martina Guidotti accused the government of "mortgaging the future" to win votes. "They promised discipline and they are delivering a bill for our children," she said in a post on X.

The Bank of Italy, in a note last month, warned that interest payments would absorb nearly 4% of GDP by 2027 and said any fiscal loosening "should be temporary and clearly targeted."

The European Commission will assess the plan in November. A Commission spokesperson said Brussels had "taken note" of the revised figures and would give its assessment "in due course".

(Reporting by Giulia Ferrante and Marco Pellegrini; Editing by Alessandro Riva and Toby Chopra)""",
        [
            ("We are not abandoning the", "Carlo Benvenuti"),
            ("Anyone who reads these numbers", "Carlo Benvenuti"),
            ("The market reaction is contained", "Federica Alvisi"),
            ("The tax cut will be", "government source"),
            ("mortgaging the future", "Martina Guidotti"),
            ("They promised discipline and they", "Martina Guidotti"),
            ("should be temporary and clearly", "Bank of Italy"),
            ("taken note", "spokesperson"),
            ("in due course", "spokesperson"),
        ],
    ),
    (
        """Spain's parliament rejects budget, piling pressure on Ruiz Montaner

Madrid (AFP) - Spain's parliament on Wednesday rejected the minority government's 2026 budget after a small regional party withdrew its support at the last minute, dealing a heavy blow to Prime Minister Alejandro Ruiz Montaner and raising the prospect of early elections.

The draft was voted down by 178 votes to 171 in the 350-seat Congress of Deputies, with one abstention.

The decisive votes came from Levante Unido, a Valencian regionalist party with four deputies which had backed the government in every key vote since the start of the legislature.

"We cannot vote for accounts that once again forget the Mediterranean corridor and leave our farmers at the mercy of drought," the party's spokeswoman in parliament, Rosa Climent Ferrer, told the chamber shortly before the vote.

Ruiz Montaner, who has led a fragile coalition since the 2023 general election, said his government would "keep governing" with an extension of the 2025 budget.

"Spain is growing faster than any large economy in Europe, and that does not depend on a vote this afternoon," he told reporters in the corridors of parliament. "I will not call elections because the opposition wishes it."

The leader of the conservative opposition, Ignacio Beltran de Lis, called the defeat "the end of a cycle" and demanded that the prime minister dissolve parliament.

"A government that cannot pass a budget is a government that cannot govern," Beltran de Lis said at a press conference at his party's headquarters. "Spaniards deserve to decide."

Spain's economy grew 2.8 percent last year, one of the strongest performances in the eurozone, driven by tourism, immigration and European recovery funds. But unemployment, at 10.9 percent, remains the highest in the European Union.

Economists said the rollover of the old budget would not threaten public finances in the short term but would limit the government's ability to launch new spending programmes.

"Without a new budget, the government can still function, but it loses its main tool to set priorities, especially on housing," said Laura Echevarria, an economist at the Madrid-based Fundacion Lucerna think tank.

Under Spanish law, the prime minister alone has the power to call a snap election, and Ruiz Montaner has repeatedly said he intends to serve out his term, which ends in 2027.

A government source, speaking on condition of anonymity, told AFP that talks with Levante Unido would continue and that ministers had not given up hope of passing a revised budget "before the summer".

Levante Unido's leadership is due to meet on Friday to decide its next steps.

bur-al/jj""",
        [
            ("We cannot vote for accounts", "Rosa Climent Ferrer"),
            ("keep governing", "Alejandro Ruiz Montaner"),
            ("Spain is growing faster than", "Alejandro Ruiz Montaner"),
            ("I will not call elections", "Alejandro Ruiz Montaner"),
            ("the end of a cycle", "Ignacio Beltran de Lis"),
            ("A government that cannot pass", "Ignacio Beltran de Lis"),
            ("Spaniards deserve to decide.", "Ignacio Beltran de Lis"),
            ("Without a new budget, the", "Laura Echevarria"),
            ("before the summer", "government source"),
        ],
    ),
    (
        """Banca Settentrionale launches €9bn hostile bid for Credito Adriatico

Sofia Marchetti in Milan and Oliver Hale in London

Banca Settentrionale has launched a €9bn hostile offer for smaller rival Credito Adriatico, the latest move in a wave of consolidation that has reshaped Italy’s banking sector and drawn close scrutiny from Rome.

The all-share offer, announced before markets opened on Monday, values Credito Adriatico at a 14 per cent premium to Friday’s closing price. Shares in the target rose 11 per cent to €7.92 in Milan, while Settentrionale fell 3.5 per cent.

Paolo Crivelli, Settentrionale’s chief executive, said the deal would create “the leading lender for small and medium-sized businesses in the north and centre of the country” and generate €600mn in annual cost savings by 2028.

“We have spoken to Credito Adriatico’s board several times over the past year. They chose not to engage, so we are taking our proposal directly to their shareholders,” Crivelli told analysts on a call. “This is a fair price and the industrial logic speaks for itself.”

Credito Adriatico, which is based in the Marche town of Porto Valdena, said in a statement that the offer was “neither agreed nor solicited” and “significantly undervalues” the bank. Its board would meet this week to assess the proposal, it added.

The bid puts the government of Prime Minister Valeria Fontanesi in a delicate position. Rome has used its “golden power” rules, which allow it to block or impose conditions on deals in strategic sectors, to intervene in several recent banking takeovers, drawing criticism from the European Commission.

The Treasury holds a 9 per cent stake in Credito Adriatico, a legacy of a state-backed rescue in 2017. A person close to the Treasury said the government would examine the offer “without prejudice” but would seek guarantees on lending to households and companies in central and southern regions.

Investors were sceptical that the bid would succeed at its current level. A top-10 shareholder in Credito Adriatico described the premium as “thin”.

“If Settentrionale wants this bank, it will have to pay for it. Nobody is tendering at these levels,” the investor said.

Settentrionale has built up a war chest after two years of record profits driven by high interest rates, and Crivelli has repeatedly said the bank needed greater scale to compete with Italy’s two largest lenders.

Analysts at Morlacchi Sim said a rival offer was unlikely. “We see limited scope for a competing bid, given the Treasury stake and the capital constraints of the other potential suitors,” they wrote in a note to clients.

The offer is expected to open in the first quarter of next year, subject to approval from the European Central Bank and Italy’s market regulator.""",
        [
            ("the leading lender for small", "Paolo Crivelli"),
            ("We have spoken to Credito", "Paolo Crivelli"),
            ("This is a fair price", "Paolo Crivelli"),
            ("neither agreed nor solicited", "Credito Adriatico"),
            ("significantly undervalues", "Credito Adriatico"),
            ("without prejudice", "person close to the Treasury"),
            ("thin", "top-10 shareholder in Credito Adriatico"),
            ("If Settentrionale wants this bank", "top-10 shareholder in Credito Adriatico"),
            ("We see limited scope for", "analysts at Morlacchi Sim"),
        ],
    ),
    (
        """Tens of thousands march in Spanish cities as housing anger grows

Protesters demand rent caps and curbs on tourist flats as government promises new legislation

Ellie Thornton in Madrid

Tens of thousands of people have marched through Madrid, Puerto Albar and a dozen other Spanish cities in protest at soaring rents and the spread of short-term holiday lets, in the largest housing demonstrations the country has seen in more than a decade.

Organisers said 150,000 people took part in the capital alone on Saturday, though the central government’s delegation in Madrid put the figure at 40,000.

“I’m 34, I have a decent job as a nurse, and I share a flat with three people because I can’t afford anything else,” said Lucía Ortega Prieto, who had travelled from Guadalaviar to join the march. “My parents had bought a house by my age. We are not asking for luxuries.”

The protests were called by the Confederación Estatal de Inquilinos (CEI), an umbrella group of tenants’ unions. Its spokesperson, Javier Almansa, said: “The government talks about housing as a right but governs as if it were a business. Today people have told them that their patience has run out.”

Average rents in Spain have risen by nearly 60% over the past decade, according to the property portal Habitalia, while wages have grown by less than 20%. In some coastal cities, rents now absorb more than half the average salary.

In Puerto Albar, on the Costa del Sol, where one in five homes in the old town is now listed as a tourist rental, residents say whole streets have been hollowed out.

“Every week another neighbour leaves,” said Carmen Villalba, 71, who has lived on the same street since she was a child. “The bakery is now a shop selling ice-cream to tourists. I don’t recognise my own barrio.”

The housing minister, Nuria Castell Roig, said on Sunday that the government shared the protesters’ frustration and would bring forward legislation giving city councils greater powers to limit holiday lets.

“They are right to be angry,” she told the broadcaster Cadena Central. “We will act, and we will act quickly.”

She stopped short, however, of endorsing the marchers’ call for a nationwide rent freeze, which she said would “dry up the supply of rental homes” at a time when demand was rising.

Álvaro Quesada, housing spokesperson for the conservative opposition, said the government had “no plan beyond slogans” and blamed rent controls introduced in several regions for driving landlords out of the market.

A spokesperson for the Asociación de Viviendas Turísticas, which represents owners of holiday flats, said the sector was being “scapegoated” for decades of underinvestment in public housing. Social housing accounts for less than 3% of Spain’s housing stock, compared with an EU average of about 9%.

The CEI has said it will hold further demonstrations next month if the government does not present its bill before the end of the year.""",
        [
            ("I’m 34, I have a", "Lucía Ortega Prieto"),
            ("My parents had bought a", "Lucía Ortega Prieto"),
            ("The government talks about housing", "Javier Almansa"),
            ("Every week another neighbour leaves", "Carmen Villalba"),
            ("The bakery is now a", "Carmen Villalba"),
            ("They are right to be", "Nuria Castell Roig"),
            ("We will act, and we", "Nuria Castell Roig"),
            ("dry up the supply of", "Nuria Castell Roig"),
            ("no plan beyond slogans", "Álvaro Quesada"),
            ("scapegoated", "spokesperson"),
        ],
    ),
    (
        """Iberluz Is Said to Weigh Sale of Chile Grid Stake Worth $2 Billion

By Pablo Gutiérrez and Anna Lindqvist

Iberluz SA, Spain's third-largest utility, is exploring a sale of its stake in a Chilean power distribution network that could be valued at about $2 billion, according to people familiar with the matter.

The company is working with financial advisers to gauge interest from infrastructure funds and other utilities, said the people, who asked not to be identified because the deliberations are private. A sale process could start early next year, they said.

No final decisions have been made and Iberluz could decide to keep the asset, the people said. One person familiar with the matter said the company "is not in a hurry" and would only sell at a price that reflected the network's long-term regulated returns.

"Iberluz regularly reviews its portfolio to maximize value for shareholders," a spokeswoman for the company said, declining to comment further.

The Chilean business, which serves about 1.4 million customers, has been a drag on earnings in recent years amid currency swings and disputes with the local regulator over tariffs.

Chief Executive Officer Teresa Albiol has been steering the company toward its home market and other European countries with more predictable regulation. At an investor day in Madrid in March, she pledged to invest 18 billion euros in networks and renewable generation by 2028, most of it in Spain and Portugal.

"Our priority is regulated networks in markets where we see stable returns," Albiol said at the time. "Everything else is on the table."

Iberluz shares rose as much as 2.4% in Madrid trading on Wednesday, the biggest intraday gain in almost three weeks, giving the company a market value of about 21 billion euros.

A disposal would help reduce net debt, which stood at 16.3 billion euros at the end of June, and support the company's credit rating as it ramps up spending on Spain's electricity grid, which the government says needs billions in investment to absorb more solar and wind power.

"It makes sense; Latin America has been a drag on the valuation for years and the market will reward a cleaner story," said Javier Ordóñez, an analyst at Banco Tramontana in Madrid.

Spanish utilities have been selling assets across Latin America as they focus on Europe, where governments are pouring money into power networks to meet climate targets. Infrastructure investors including pension funds and sovereign wealth funds have been among the most active buyers.

--With assistance from Carla Mendes.""",
        [
            ("is not in a hurry", "person familiar with the matter"),
            ("Iberluz regularly reviews its portfolio", "spokeswoman"),
            ("Our priority is regulated networks", "Teresa Albiol"),
            ("Everything else is on the", "Teresa Albiol"),
            ("It makes sense; Latin America", "Javier Ordóñez"),
        ],
    ),
    (
        """Italy's justice reform heads for referendum showdown

Opposition and magistrates vow to fight overhaul they say threatens judicial independence.

By Lorenzo Mazzei

ROME — Italy's parliament gave final approval on Tuesday to a constitutional overhaul of the judiciary, setting up a referendum next year that both the government and its opponents are already treating as a verdict on Prime Minister Valeria Fontanesi.

The reform separates the careers of judges and prosecutors, who in Italy currently belong to a single professional body and can switch between roles, and creates two separate self-governing councils whose members would be partly chosen by lot.

Justice Minister Ruggero Tassinari hailed the vote as "a historic day for Italian citizens," adding that the change had been "awaited for thirty years."

In a speech to the Senate before the vote, Tassinari said:

"For too long in this country, the person who accuses you and the person who judges you have sat in the same council, been promoted by the same colleagues and walked the same corridors. That is not the justice our Constitution promised.

"This reform does not touch the independence of the magistracy. It strengthens the impartiality of the judge."

The Italian Magistrates' Union, which represents most of the country's roughly 9,000 judges and prosecutors, has called the reform an attack on judicial independence and announced a one-day strike for next month. Its president, Daniela Ricciardi-Bonomi, told POLITICO the government wanted "prosecutors who answer to the minister."

"They say it is about impartiality. It is about control," she said. "Every government in Italy that has had problems with investigations has eventually tried something like this."

Fontanesi, who did not speak during the debate, wrote on social media that the vote was "a promise kept."

Because the reform did not win a two-thirds majority in both chambers, it must now be put to a confirmatory referendum, which does not require a minimum turnout to be valid. The vote is expected in the spring.

Polls suggest a close contest. A survey by Istituto Vega published last week found 48 percent of respondents in favor of the reform and 41 percent against, with the rest undecided.

Stefano Loiacono, leader of the center-left Democratic Alliance, said his party would campaign for a No vote. "This is not a referendum on judges, it's a referendum on a government that wants no one looking over its shoulder," he said.

The reform has also drawn attention in Brussels. An EU official, speaking on condition of anonymity, said the Commission would examine the final text for its annual rule-of-law report "with great attention."

Fontanesi has said she will not resign if the reform is rejected.""",
        [
            ("a historic day for Italian", "Ruggero Tassinari"),
            ("awaited for thirty years.", "Ruggero Tassinari"),
            ("For too long in this", "Ruggero Tassinari"),
            ("This reform does not touch", "Ruggero Tassinari"),
            ("prosecutors who answer to the", "Daniela Ricciardi-Bonomi"),
            ("They say it is about", "Daniela Ricciardi-Bonomi"),
            ("Every government in Italy that", "Daniela Ricciardi-Bonomi"),
            ("a promise kept.", "Valeria Fontanesi"),
            ("This is not a referendum", "Stefano Loiacono"),
            ("with great attention.", "EU official"),
        ],
    ),
    (
        """Italy car plant closure 'a betrayal', says minister

By Hannah Blake, Rome correspondent

Italy's industry minister has accused carmaker Veltra Motori of "betraying" thousands of workers after it confirmed plans to close its historic plant in the northern town of Castel Morino.

Veltra, which has made cars at the site since 1958, said on Monday that production would end by the close of next year, with the loss of about 2,300 jobs.

It blamed weak demand for electric vehicles in Europe and growing competition from Chinese manufacturers.

Industry Minister Giancarlo Pisu said the decision was "a betrayal of the workers and of the country that has supported this company for decades".

"Veltra has received hundreds of millions of euros in public incentives. Italians have the right to ask what they got in return," he told the Senate.

He said the government would summon the company's management to Rome this week and would consider "every instrument available" to keep the plant open.

In Castel Morino, a town of 18,000 people where almost every family has a link to the factory, the mood was one of anger and disbelief.

"My father worked here, my uncle worked here, I've been on the line for 22 years," said Sergio Fantoni, 47, outside the factory gates.

"What am I supposed to do now, at my age? Deliver pizzas?"

The metalworkers' union FLM called an eight-hour strike across all of Veltra's Italian plants for Friday.

Its general secretary, Annalisa Brugnoli, said the union would "not accept a single redundancy" and urged the government to take a stake in the company if necessary.

In a statement, Veltra said the decision had been "painful but unavoidable".

"The European market for the vehicles produced at Castel Morino has contracted by more than 40% since 2019," the company said.

"We remain committed to Italy, where we will continue to operate three plants and our design centre."

It said it would offer affected staff early retirement, relocation to other sites or retraining.

The closure highlights the pressure on Europe's car industry, which is struggling with high energy costs, slow take-up of electric vehicles and cheaper imports.

Italy produced fewer than 500,000 cars last year, its lowest total since the 1950s, and the government has set a goal of raising output to one million a year.

Economists say that target now looks out of reach.""",
        [
            ("a betrayal", "Giancarlo Pisu"),
            ("betraying", "Giancarlo Pisu"),
            ("a betrayal of the workers", "Giancarlo Pisu"),
            ("Veltra has received hundreds of", "Giancarlo Pisu"),
            ("every instrument available", "Giancarlo Pisu"),
            ("My father worked here, my", "Sergio Fantoni"),
            ("What am I supposed to", "Sergio Fantoni"),
            ("not accept a single redundancy", "Annalisa Brugnoli"),
            ("painful but unavoidable", "Veltra Motori"),
            ("The European market for the", "Veltra Motori"),
            ("We remain committed to Italy", "Veltra Motori"),
        ],
    ),
    (
        """Bank of Spain governor urges pension overhaul as ageing costs mount

By Marta Iglesias

Spain must overhaul its pension system to stop spending on retirement benefits from crowding out investment in education and housing, the governor of the Bank of Spain, Fernando Arrieta Gil, warned on Tuesday.

Presenting the central bank's annual report to parliament's economic affairs committee, Arrieta said pension spending, currently around 12.8% of GDP, was projected to reach 15% by 2050 under current rules.

"The reforms approved in recent years have improved the system's income, but they have not closed the gap," he told lawmakers. "Sooner or later, someone will have to take decisions that no one wants to take."

He called for a "serious, calm and cross-party conversation" and said linking the retirement age more closely to life expectancy should be "on the table".

The report, titled "Ageing and Growth: Spain to 2050", estimates that the number of people aged over 67 will rise by almost five million over the next 25 years, while the working-age population will shrink unless immigration remains at current levels.

According to the report, immigration has been "the main driver" of Spain's job creation since 2022, with foreign-born workers accounting for nearly half of new social security registrations.

The government swiftly rejected the governor's warning. Inclusion and Social Security Minister Elena Sotomayor Vidal, speaking to reporters in Seville, said: "Pensions in Spain are guaranteed, and they will remain guaranteed."

She accused the central bank of "alarmism" and noted that its forecasts had repeatedly proved too pessimistic.

"The Bank of Spain has been predicting the collapse of the pension system for thirty years, and every month we pay more than ten million pensions on time," she said.

Spain's largest trade union, the Unión Sindical de Trabajadores (UST), said in a statement that the governor's proposals amounted to "cutting pensions by the back door" and urged him to "stick to monetary policy".

Employers took a different view. Rafael Múgica, chairman of the Confederación Empresarial Española, welcomed the intervention. "What the governor says is what every employer in this country already knows: the numbers do not add up," Múgica said.

An official at the Spanish Fiscal Council, the independent watchdog that monitors public finances, said the central bank's projections were "broadly consistent" with its own, though the council puts greater weight on the potential for higher employment among older workers.

Pensions are politically sensitive in Spain, where retirees make up a large share of the electorate. The 2023 reform raised social security contributions for higher earners but left benefits linked to inflation.""",
        [
            ("The reforms approved in recent", "Fernando Arrieta Gil"),
            ("Sooner or later, someone will", "Fernando Arrieta Gil"),
            ("serious, calm and cross-party conversation", "Fernando Arrieta Gil"),
            ("on the table", "Fernando Arrieta Gil"),
            ("the main driver", "Bank of Spain"),
            ("Pensions in Spain are guaranteed", "Elena Sotomayor Vidal"),
            ("alarmism", "Elena Sotomayor Vidal"),
            ("The Bank of Spain has", "Elena Sotomayor Vidal"),
            ("cutting pensions by the back", "Unión Sindical de Trabajadores"),
            ("stick to monetary policy", "Unión Sindical de Trabajadores"),
            ("What the governor says is", "Rafael Múgica"),
            ("broadly consistent", "official at the Spanish Fiscal Council"),
        ],
    ),
]
