CASES = [
    (
        """Brazil's Serra Alta cuts iron ore guidance as rains hit Para output

By Luana Prado and Felipe Arruda

SAO PAULO, March 14 (Reuters) - Brazilian miner Mineracao Serra Alta SA on Thursday cut its 2025 iron ore production forecast by about 6%, blaming heavier-than-expected rains in the northern state of Para and delays in licensing a new pit at its Caraja Norte complex.

The company now expects to produce between 71 million and 74 million tonnes this year, down from a previous range of 76 million to 79 million tonnes, it said in a securities filing late on Wednesday.

"The first quarter was clearly more challenging than we had planned for," Chief Executive Rodrigo Falcao told analysts on a conference call. "We lost almost three weeks of operation at two of our main pits, and that is not something you recover in the second half."

Falcao said the company was still waiting for an environmental permit from the state agency for the so-called "Pit 7" expansion, which it had expected to receive in January.

"We are in constant dialogue with the authorities and we believe the license will come, but we are not going to put a date on it anymore," he said.

Shares of Serra Alta fell 4.2% in Sao Paulo trading by early afternoon, underperforming the benchmark Bovespa index, which was down 0.3%.

Banco Meridional said in a note to clients that the revision was "larger than the market was pricing" but did not alter its long-term view of the company, citing low production costs and a strong balance sheet.

"Weather is a one-off. The licensing issue is more structural, and that is where we see risk," said Camila Teixeira, a mining analyst at Horizonte Investimentos in Rio de Janeiro.

The miner also said cash costs would rise to around $24 per tonne, from previous guidance of $22, as fixed costs are spread over lower volumes.

Serra Alta, Brazil's third-largest iron ore producer, ships most of its output to China, where steel demand has softened amid a prolonged property slump. Benchmark iron ore futures in Singapore have fallen about 11% so far this year.

Chief Financial Officer Beatriz Lemos said the company would maintain its policy of distributing at least 40% of adjusted net income as dividends, and that capital expenditure plans for the year were unchanged at 3.1 billion reais ($620 million).

"We have no intention of cutting investment because of one difficult quarter," Lemos said. "Our projects are long-term and our balance sheet allows us to keep going."

A spokesperson for the Para state environment secretariat said the Pit 7 application was "under technical analysis" and that additional documentation had been requested from the company in February.

($1 = 5.0000 reais)

(Reporting by Luana Prado and Felipe Arruda; Editing by Daniel Hartley)""",
        [
            ("The first quarter was clearly", "Rodrigo Falcao"),
            ("We lost almost three weeks", "Rodrigo Falcao"),
            ("We are in constant dialogue", "Rodrigo Falcao"),
            ("larger than the market was", "Banco Meridional"),
            ("Weather is a one-off.", "Camila Teixeira"),
            ("We have no intention of", "Beatriz Lemos"),
            ("Our projects are long-term and", "Beatriz Lemos"),
            ("under technical analysis", "spokesperson"),
        ],
    ),
    (
        """Senate approves pension hike, setting up clash with Casa Rosada

Opposition senators pushed through a bill raising minimum pensions by 8.1 percent. The President has already promised a veto.

Argentina’s Senate late on Wednesday approved a bill that would increase pension payments and restore a monthly bonus for retirees, setting up a fresh confrontation between Congress and President Julián Ferreyra’s government, which has made a balanced budget the centrepiece of its economic programme.

The bill passed with 41 votes in favour, 26 against and two abstentions after a nine-hour session, while retirees and union members protested outside Congress for the third consecutive week in what have become known as the “Wednesday marches.”

Senator Mariela Quintana of the opposition Frente Federal bloc, who sponsored the bill, said retirees had “paid the price of the adjustment” for more than a year.

“Nobody in this chamber is against fiscal order,” Quintana said during the debate. “What we are against is that the order is built on the backs of people who worked forty years and today cannot buy their medicine.”

Economy Minister Tomás Albarracín had warned before the vote that the measure would cost the Treasury the equivalent of 0.6 percent of GDP this year and jeopardise the primary surplus agreed with international creditors.

“There is no money,” Albarracín told Radio Continental on Wednesday morning, repeating a phrase that has become something of a government slogan. “Every peso that is spent without financing is a peso that is printed, and we all know how that ends.”

Presidential spokesman Nicolás Barrenechea confirmed at his daily press conference that Ferreyra would veto the bill “in its entirety” as soon as it reaches his desk.

“The President was elected to end the deficit, and he is going to keep his word,” Barrenechea said.

Within the ruling coalition, some voices were more cautious. A senator from the allied Unión Cívica Provincial, who asked not to be named, said the government had “lost the street and is about to lose the Senate” by refusing to negotiate with the provincial blocs.

Outside Congress, police used water cannon to clear a section of Avenida Entre Ríos late in the evening. The Security Ministry said in a statement that officers had acted “in accordance with protocol” and that four people had been detained.

Overturning a presidential veto requires a two-thirds majority in both chambers. When the lower house approved its version of the bill in March, it did so with 142 votes, well short of that threshold.

“The numbers to override a veto are not there today,” said Lucía Bertolotti, a political scientist at the Universidad del Plata Austral. “But every one of these votes erodes the government’s ability to build majorities for the reforms it really cares about, like the tax and labour bills.”

The bill now returns to the Chamber of Deputies, which must approve the changes introduced by the Senate before it can be sent to the Casa Rosada.

– TIMES/NA""",
        [
            ("paid the price of the", "Mariela Quintana"),
            ("Nobody in this chamber is", "Mariela Quintana"),
            ("What we are against is", "Mariela Quintana"),
            ("There is no money,", "Tomás Albarracín"),
            ("Every peso that is spent", "Tomás Albarracín"),
            ("in its entirety", "Nicolás Barrenechea"),
            ("The President was elected to", "Nicolás Barrenechea"),
            ("lost the street and is", "senator from the allied Unión Cívica Provincial"),
            ("in accordance with protocol", "Security Ministry"),
            ("The numbers to override a", "Lucía Bertolotti"),
            ("But every one of these", "Lucía Bertolotti"),
        ],
    ),
    (
        """Jujuy governor demands bigger share of lithium royalties from mining companies

Governor of the northern Argentine province of Jujuy, Horacio Villafañe, has called on lithium companies operating in the Puna highlands to renegotiate their royalty agreements, arguing that the province is receiving "the crumbs of the cake" from a boom that has attracted more than US$ 4 billion in investment over the past five years.

"Lithium belongs to the people of Jujuy, and the people of Jujuy have to see it in their hospitals, their schools and their roads," Villafañe said on Monday during the inauguration of a water treatment plant in the town of Santa Catalina de Altura.

"We are not against investment. Quite the opposite. But the rules that were signed in another moment, with another price, have to be reviewed," he added.

The governor's remarks come as lithium carbonate prices have recovered some ground after a two-year slump, and as at least three new projects prepare to begin production in the province before the end of 2026. Under current agreements, companies pay a 3% royalty on the mine-mouth value of the mineral, and the provincial state company Recursos Andinos del Norte SE (RANSE) holds minority stakes in several projects.

The Cámara Argentina de Empresas del Litio (CAEL) said in a statement that existing contracts "must be respected" and warned that changing the rules "sends the worst possible signal" at a time when Argentina is trying to attract foreign capital.

"Legal certainty is the only thing that allows a company to commit hundreds of millions of dollars in a project that will take eight years to pay back," Federico Oyarzún, executive director of the chamber, said in a radio interview.

Indigenous communities in the area also weighed in. In a letter delivered to the Government House in San Salvador, the Council of Indigenous Communities of the Salar de Tres Pozos said that "any renegotiation that does not include us is just another business between the powerful."

"They talk about royalties, but nobody talks about water," said Elsa Condorí, a leader of the Colla community of Pozo Blanco. "Every year the vegas are drier, and our animals have less to eat."

A source at the national Mining Secretariat told reporters that Buenos Aires "is following the issue closely" but stressed that royalties are a provincial competence under the Constitution.

Argentina is part of the so-called "lithium triangle" together with Chile and Bolivia, which holds more than half of the world's known reserves of the metal, a key component in batteries for electric vehicles. Unlike its neighbours, Argentina allows private companies to develop deposits under concessions granted by the provinces, a model that has made it the fastest-growing producer in the region.

Villafañe, who is in his second term, said he would send a bill to the provincial legislature in the coming weeks to create a fund financed with a share of lithium revenues for infrastructure works in the Puna departments.""",
        [
            ("the crumbs of the cake", "Horacio Villafañe"),
            ("Lithium belongs to the people", "Horacio Villafañe"),
            ("We are not against investment.", "Horacio Villafañe"),
            ("must be respected", "Cámara Argentina de Empresas del Litio"),
            ("sends the worst possible signal", "Cámara Argentina de Empresas del Litio"),
            ("Legal certainty is the only", "Federico Oyarzún"),
            ("any renegotiation that does not", "Council of Indigenous Communities of the Salar de Tres Pozos"),
            ("They talk about royalties, but", "Elsa Condorí"),
            ("Every year the vegas are", "Elsa Condorí"),
            ("is following the issue closely", "source at the national Mining Secretariat"),
        ],
    ),
    (
        """Central Bank holds Selic at 13.25 percent, signals long pause

By Renata Albuquerque

Brazil’s Central Bank kept its benchmark Selic rate unchanged at 13.25 percent on Wednesday evening, in a unanimous decision that was widely expected by markets. What caught the attention of investors was the tone of the statement that followed.

The bank’s Monetary Policy Committee (Copom) said it intends to keep borrowing costs at the current level “for a prolonged period” in order to bring inflation back to its 3-percent target.

“The Committee judges that the current scenario demands caution and will remain vigilant,” the statement read. “Future policy steps may be adjusted to ensure the convergence of inflation to the target.”

Twelve-month inflation stood at 5.3 percent in the latest reading, well above the upper limit of the tolerance band, and market expectations for next year have drifted upward for eleven consecutive weeks.

Finance Minister Eduardo Sampaio said the decision was “within what was expected,” but he did not hide his frustration with the level of interest rates.

“The rate is too high for an economy that is already slowing down. We have inflation under control and we are delivering the fiscal target,” Mr. Sampaio told journalists in Brasília on Thursday morning.

Lawmakers from the government’s base were less diplomatic. Deputy Cláudia Vasconcelos, the government’s leader in the lower house, called the decision “an attack on production and jobs” in a post on social media.

Critics of the Central Bank’s hawkish stance — including several members of the so-called “Centrão,” the bloc of transactional center-right parties that dominates Congress — note that credit delinquency among households has reached its highest level since 2020.

Economists, however, largely read the statement as a sign that the bank is in no hurry to change course.

“The Central Bank bought itself time,” says Marcelo Antunes, chief economist at Quadrante Asset Management. “The message is that they are not going to cut rates before they see expectations re-anchored, and that probably means no cuts until the second half of next year at the earliest.”

Central Bank Governor Otávio Brandão, speaking at an event with bankers in São Paulo last week, had already hinted at the pause. “We are not in a hurry,” he said at the time. “Monetary policy works with lags, and we need to let it do its job.”

Why it matters. High interest rates weigh on Brazil’s public accounts as well as on the real economy: every percentage point on the Selic adds an estimated BRL 50 billion a year to the cost of servicing the gross public debt, which is largely indexed to the benchmark rate. With general elections approaching next year, the government is under pressure to show growth — and the Central Bank, formally autonomous since 2021, has made clear it will not be the one to provide it.

The next Copom meeting is scheduled for late July.""",
        [
            ("for a prolonged period", "Monetary Policy Committee"),
            ("The Committee judges that the", "Monetary Policy Committee"),
            ("Future policy steps may be", "Monetary Policy Committee"),
            ("within what was expected,", "Eduardo Sampaio"),
            ("The rate is too high", "Eduardo Sampaio"),
            ("an attack on production and", "Cláudia Vasconcelos"),
            ("The Central Bank bought itself", "Marcelo Antunes"),
            ("The message is that they", "Marcelo Antunes"),
            ("We are not in a", "Otávio Brandão"),
            ("Monetary policy works with lags,", "Otávio Brandão"),
        ],
    ),
    (
        """Argentina's Petrosur Prices $600 Million Bond as Investors Return to Shale

By Martín Echeverry

(Bloomberg Línea) -- Petrosur Energía SA, an Argentine oil and gas producer, sold $600 million of 10-year notes on Tuesday in the largest overseas bond sale by a company from the country this year, as investors bet that the government's easing of the so-called "cepo" currency controls will hold.

The notes were priced to yield 8.25%, according to a person familiar with the deal who asked not to be identified because the details are private. Orders peaked at more than $2.1 billion, the person said, describing demand as "very deep, with real money accounts, not just hedge funds."

Petrosur said in a statement that proceeds will be used to refinance debt due in 2026 and to fund drilling in its blocks in the Neuquén basin.

"This transaction reflects the confidence of international investors in our assets and in the development of the basin," the company said.

"Two years ago this deal was unthinkable," Chief Executive Officer Gonzalo Irigoyen said in an interview from Buenos Aires. "Today we have a queue of investors asking for Argentine paper. The key is that the rules of the game stay stable."

Irigoyen said the company plans to drill 48 wells this year, up from 31 in 2024, and is in talks with partners over a new export pipeline to Chile.

"We have the rock, we have the people, and now we are starting to have the financing," he said. "What we need is infrastructure. Without pipelines, the oil stays in the ground.

"The government understands that. The question is how fast the permits move."

Argentine companies were largely shut out of international markets for much of the past decade, as repeated sovereign defaults and restrictions on access to dollars made investors wary of lending to firms whose revenue is mostly in pesos. Energy producers, which earn part of their income in dollars through exports, have been the first to return.

The country's risk premium, measured by the spread on sovereign dollar bonds over US Treasuries, has narrowed to about 620 basis points from more than 2,000 two years ago.

"Corporate issuance is leading the way, and the sovereign could follow if country risk falls below 500 basis points," said Verónica Lagos, a strategist at Puerto Madero Capital. She added that several provinces and at least two utilities are preparing deals for the second half.

Petrosur's existing dollar bonds due 2031 rose about half a cent on the news, according to indicative prices. The company's shares gained 2.7% in Buenos Aires trading.

Banco Austral, Crestline Securities and Hamilton Row acted as bookrunners on the deal.""",
        [
            ("very deep, with real money", "person familiar with the deal"),
            ("This transaction reflects the confidence", "Petrosur Energía SA"),
            ("Two years ago this deal", "Gonzalo Irigoyen"),
            ("Today we have a queue", "Gonzalo Irigoyen"),
            ("We have the rock, we", "Gonzalo Irigoyen"),
            ("What we need is infrastructure.", "Gonzalo Irigoyen"),
            ("The government understands that.", "Gonzalo Irigoyen"),
            ("Corporate issuance is leading the", "Verónica Lagos"),
        ],
    ),
    (
        """Dockworkers’ Strike Paralyzes Itaguaré Port, Exporters Warn of Losses

By Thiago Monteiro, Senior Contributing Reporter

RIO DE JANEIRO, BRAZIL – Dockworkers at the Port of Itaguaré, in the south of Rio de Janeiro state, began an indefinite strike on Monday, halting the loading of iron ore, steel and containers and leaving at least 19 ships waiting at anchor, according to the port authority.

The Sindicato dos Estivadores do Sul Fluminense (SESF), which represents about 2,300 workers, is demanding a 9 percent wage adjustment and the cancellation of a plan by the port’s main operator, Terminais Integrados do Atlântico (TIA), to automate two ship-to-shore cranes by the end of the year.

“We are not going back until there is a serious proposal on the table,” union president Wellington Sodré, known on the docks as “Tatu,” told reporters at the terminal gate early on Monday. “The company wants to replace people with machines and pay those who stay less. That is not modernization, that is abandonment.”

In a note released to the press, TIA said it had offered a 5.5 percent adjustment, above inflation for the period, and that the automation project “will not result in any dismissals.”

“The company remains open to dialogue and regrets that the union chose to stop the port instead of continuing negotiations,” the note said.

The president of the port authority, Companhia Docas de Itaguaré, Ana Paula Rezende, said the stoppage was already affecting the regional economy. “Every day of stoppage represents roughly R$40 million in cargo that does not move,” Rezende said. “We are working with both sides to find a solution as quickly as possible, because the port cannot remain closed.”

Exporters are also feeling the pressure. In a statement, the Rio de Janeiro State Steel Producers Association (AÇORIO) warned of “serious damage to the state’s export competitiveness” and asked the Labor Court to intervene.

On Monday evening, Judge Fernanda Castilho of the Regional Labor Court ordered that at least 40 percent of workers remain on duty, describing port operations as an “essential activity for the regional economy.” The union said it would comply with the decision but would not end the strike.

Itaguaré is the third-busiest port in the state by tonnage and handles most of the steel exported from the Paraíba Valley industrial belt. Last year it moved about 42 million tonnes of cargo.

In the neighborhood around the port, where many families depend directly or indirectly on its activity, the mood was one of concern. “If the ships don’t move, we don’t sell,” said Jurandir Pacheco, who owns a small restaurant near the main entrance. “Today I had half the customers of a normal Monday.”

A new round of negotiations mediated by the Labor Court is scheduled for Wednesday morning.""",
        [
            ("We are not going back", "Wellington Sodré"),
            ("The company wants to replace", "Wellington Sodré"),
            ("will not result in any", "Terminais Integrados do Atlântico"),
            ("The company remains open to", "Terminais Integrados do Atlântico"),
            ("Every day of stoppage represents", "Ana Paula Rezende"),
            ("We are working with both", "Ana Paula Rezende"),
            ("serious damage to the state’s", "Rio de Janeiro State Steel Producers Association"),
            ("essential activity for the regional", "Fernanda Castilho"),
            ("If the ships don’t move,", "Jurandir Pacheco"),
            ("Today I had half the", "Jurandir Pacheco"),
        ],
    ),
    (
        """Brazilian police raid senator's offices in probe of highway contracts

By MARINA COUTO Associated Press

BRASILIA, Brazil (AP) — Brazil's Federal Police on Tuesday searched the offices and home of a senator from the northeastern state of Piauí as part of an investigation into alleged kickbacks on highway maintenance contracts worth more than 800 million reais ($160 million), authorities said.

Sen. Adalberto Queiroz, a three-term lawmaker and a key ally of the governing coalition in the Senate, denied wrongdoing.

"I have nothing to hide and I will collaborate with the justice system, as I always have," Queiroz said in a video posted on social media. "This is a political persecution in an election year, and the people of Piauí know who I am."

The Federal Police said in a statement that agents carried out 14 search warrants in three states in an operation dubbed "Toll Booth." Police said the scheme involved "the systematic overbilling of services that were never carried out" and that suspects laundered money through cattle ranches and a car dealership.

A police officer involved in the operation, who spoke on condition of anonymity because he was not authorized to discuss the case publicly, said investigators seized about 2 million reais in cash at one of the addresses.

"It was in suitcases, in a closet," the officer said.

The warrants were authorized by Supreme Court Justice Helena Tavares Brum. In her decision, made public later Tuesday, Tavares Brum wrote that there were "robust indications of his direct participation" in steering contracts to companies controlled by relatives of the senator's former chief of staff.

Under Brazilian law, sitting members of Congress can only be investigated and tried by the Supreme Court.

Senate President Ricardo Mourão told reporters the chamber would "respect the independence of the institutions," but said search warrants against sitting lawmakers should be "the exception and not the rule."

The case revives memories of the sprawling Car Wash investigation, which uncovered billions of dollars in bribes paid by construction companies to politicians and executives at state-run companies, and led to the jailing of dozens of prominent figures before it was wound down in 2021 amid accusations of bias by prosecutors and a judge.

"This is the kind of case that used to be routine during Car Wash and then almost disappeared," said Paulo Sérgio Amaral, a professor of political science at the Federal University of the Planalto. "The question now is whether Congress closes ranks around him, as it has done before."

Queiroz's lawyer, Renato Figueiredo, said the defense had not yet had access to the full investigation file and would ask the Supreme Court to annul the warrants.

No one has been arrested, and no charges have been filed.""",
        [
            ("I have nothing to hide", "Adalberto Queiroz"),
            ("This is a political persecution", "Adalberto Queiroz"),
            ("the systematic overbilling of services", "Federal Police"),
            ("It was in suitcases, in", "police officer involved in the operation"),
            ("robust indications of his direct", "Helena Tavares Brum"),
            ("respect the independence of the", "Ricardo Mourão"),
            ("the exception and not the", "Ricardo Mourão"),
            ("This is the kind of", "Paulo Sérgio Amaral"),
            ("The question now is whether", "Paulo Sérgio Amaral"),
        ],
    ),
    (
        """Unions call third general strike against labour reform

By Sofía Lanusse

Argentina’s main labour federation, the Confederación Unificada de Trabajadores (CUT), on Tuesday announced a 36-hour general strike for next week, the third since President Julián Ferreyra took office, in protest at a labour reform bill the government hopes to push through the Chamber of Deputies before the winter recess.

The stoppage, which will begin at noon on Wednesday, has the backing of the main transport unions, including the bus drivers and the Unión Ferroviaria del Sur, meaning that trains and most buses in the metropolitan area are expected to stop.

‘This reform takes us back a hundred years,’ CUT co-secretary general Héctor Medina told a press conference at the federation’s headquarters. ‘It makes it easier to fire, it lengthens the working day and it attacks the unions’ finances. We are not going to sit still while they take away rights that cost decades of struggle.’

Medina, a veteran of the truck drivers’ union, said the federation had asked for a meeting with the Labour Ministry ‘on three occasions’ and had received no reply.

‘They talk about dialogue on television, but the door is closed,’ he said. ‘If they want to talk, we are here.

‘But let no one be confused: the strike goes ahead.’

The bill, officially titled ‘Ley de Modernización del Empleo’, would extend probation periods, replace severance pay with an individual fund in some sectors and limit automatic deductions of union dues from wages. Government officials say it will put an end to the so-called ‘industria del juicio’, the flood of labour lawsuits that employers blame for deterring hiring.

Cabinet chief Ignacio Pérez Alcorta dismissed the strike as political and ‘a strike against the Argentines who want to work’.

‘The unions had twenty years to modernise the labour system and did nothing,’ Pérez Alcorta wrote on social media. ‘Now they want to stop the country so that nothing changes.’

The Cámara Argentina de la Mediana Industria (CAMI) said in a statement that a 36-hour stoppage would cost the economy ‘around US$900 million’ in lost output. ‘Argentina needs more work, not fewer working days,’ the statement said.

Not all workers are convinced that the strike will help. ‘I support the strike, but I can’t afford to lose the day,’ said Romina Acuña, 34, a cleaner who commutes to the city centre from the southern suburbs. ‘If there are no buses, I’ll have to pay for a remis, and that is half of what I earn.’

Analysts said the strike was unlikely to change votes in Congress, where the government has been negotiating support from provincial governors in exchange for public works funding.

‘The unions are showing strength, but the government has learnt that a strike does not necessarily cost it votes,’ said political consultant Diego Ferrando of the firm Opinión Federal. ‘What really matters is what the governors decide.’

The bill is expected to reach the floor of the lower house in the first week of July.""",
        [
            ("This reform takes us back", "Héctor Medina"),
            ("It makes it easier to", "Héctor Medina"),
            ("on three occasions", "Héctor Medina"),
            ("They talk about dialogue on", "Héctor Medina"),
            ("If they want to talk,", "Héctor Medina"),
            ("But let no one be", "Héctor Medina"),
            ("a strike against the Argentines", "Ignacio Pérez Alcorta"),
            ("The unions had twenty years", "Ignacio Pérez Alcorta"),
            ("Now they want to stop", "Ignacio Pérez Alcorta"),
            ("around US$900 million", "Cámara Argentina de la Mediana Industria"),
            ("Argentina needs more work, not", "Cámara Argentina de la Mediana Industria"),
            ("I support the strike, but", "Romina Acuña"),
            ("If there are no buses,", "Romina Acuña"),
            ("The unions are showing strength,", "Diego Ferrando"),
            ("What really matters is what", "Diego Ferrando"),
        ],
    ),
]
