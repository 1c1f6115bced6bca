CASES = [
    (
        """Brazil top court justice orders probe of senator over port dredging contracts

By Mariana Teixeira

BRASILIA, March 12 (Reuters) - A Brazilian Supreme Court justice on Tuesday authorized federal police to investigate Senator Otávio Brandão Lins over suspected kickbacks linked to dredging contracts at a northeastern port, according to a court document seen by Reuters.

Justice Heloísa Caldeira Prado wrote in her decision that there were "sufficient indications of the possible commission of crimes" to justify opening an inquiry, citing bank records and messages seized during an earlier operation against a construction firm in the state of Maranhão.

Brandão Lins, a veteran lawmaker from the centrist Partido Social Republicano who chairs the Senate's infrastructure committee, denied wrongdoing.

"I have never received a single real from any company with business before the port authority," he told reporters in the Senate building. "I welcome the investigation because it will show that these accusations are baseless."

Police suspect that Construtora Vale do Mearim, which won contracts worth about 640 million reais ($128 million) to deepen the access channel of the port of São Brás do Maranhão between 2019 and 2022, channeled part of the payments to consultancies controlled by relatives of the senator, according to two people familiar with the case who asked not to be named because the inquiry is under seal.

One of the people said investigators had identified at least 14 transfers to the consultancies, which the person described as "empty shells with no employees and no real activity."

Construtora Vale do Mearim said in a statement that all of its contracts had been awarded through public tenders and audited by the Federal Accounts Court (TCU). "The company is cooperating fully with the authorities," the statement said.

The inquiry is an unwelcome distraction for the government, which relies on votes from Brandão Lins's party to pass a tax reform bill in the Senate before the July recess.

A senior government official, speaking on condition of anonymity, said the decision was unlikely to derail the vote. "The senator's problems are his own, and the party knows the reform matters more than any one person," the official said.

Fábio Rezende, a political analyst at Brasília-based consultancy Meridiana Consultoria, said the inquiry could nonetheless weaken the senator's grip on the committee, which must sign off on several infrastructure concessions this year.

"In Brasília, an investigation does not remove you from office, but it changes how much your colleagues are willing to spend defending you," Rezende said.

Under Brazilian law, sitting members of Congress can only be investigated and tried by the Supreme Court. Caldeira Prado gave police 60 days to report on their initial findings.

($1 = 5.0000 reais)

(Reporting by Mariana Teixeira; Additional reporting by Rafael Antunes in Sao Luis; Editing by Daniel Whitcombe)""",
        [
            ("sufficient indications of the possible", "Heloísa Caldeira Prado"),
            ("I have never received a", "Otávio Brandão Lins"),
            ("I welcome the investigation because", "Otávio Brandão Lins"),
            ("empty shells with no employees", "person familiar with the case"),
            ("The company is cooperating fully", "Construtora Vale do Mearim"),
            ("The senator's problems are his", "senior government official"),
            ("In Brasília, an investigation does", "Fábio Rezende"),
        ],
    ),
    (
        """Lisbon to sell stake in grid operator as it steps up debt reduction

Finance minister says proceeds from Redes Energéticas Lusitanas sale will go straight to paying down borrowing

Portugal’s government will sell a 25 per cent stake in Redes Energéticas Lusitanas, the state-controlled electricity grid operator, before the end of the year, finance minister Rui Tavares Monteiro said on Wednesday, as Lisbon seeks to keep its public debt on a downward path.

Speaking at a banking conference in Lisbon, Tavares Monteiro said the sale could raise “between €1.5bn and €2bn, depending on market conditions” and that the proceeds would be used to reduce debt rather than to fund current spending.

“We are not selling the family silver to pay the electricity bill,” he said. “We are reducing a stake the state does not need to hold in order to guarantee security of supply.”

The government will keep 51 per cent of REL, which runs Portugal’s high-voltage transmission network and part of its gas pipeline system, as well as a golden share giving it a veto over strategic decisions, according to a draft decree seen by the Financial Times.

Bankers involved in the preparations said sovereign wealth funds from the Gulf and at least two European infrastructure investors had already expressed interest. One adviser said the process would attract “a very deep pool of long-term capital” because regulated grid assets offered predictable, inflation-linked returns.

Opposition parties reacted angrily. Inês Valadares Correia, who leads the opposition Aliança Social in parliament, accused the government of “handing over the keys of the energy transition to foreign funds”.

“The grid is the backbone of everything we want to do on renewables,” she told reporters outside the Assembleia da República. “Once you lose control of it, you do not get it back.”

The sale would be the largest by the Portuguese state in almost a decade and comes as the centre-right government tries to show Brussels and bond investors that it can combine tax cuts with continued fiscal discipline.

Marta Quintela, a sovereign analyst at Iberia Credit Research in Madrid, said the sale would be “credit positive at the margin” but warned that its effect on the debt ratio would be modest.

“This is around 0.7 per cent of GDP. It helps, but the real story for Portugal remains primary surpluses and growth,” she said.

REL, whose remaining free float trades on Euronext Lisbon, rose 3.2 per cent on the news. The company said it had been informed of the government’s decision and “will continue to focus on its investment plan of €4.1bn to 2030”, most of it earmarked for connecting new solar and wind farms in the south of the country.""",
        [
            ("between €1.5bn and €2bn, depending", "Rui Tavares Monteiro"),
            ("We are not selling the", "Rui Tavares Monteiro"),
            ("We are reducing a stake", "Rui Tavares Monteiro"),
            ("a very deep pool of", "adviser"),
            ("handing over the keys of", "Inês Valadares Correia"),
            ("The grid is the backbone", "Inês Valadares Correia"),
            ("Once you lose control of", "Inês Valadares Correia"),
            ("credit positive at the margin", "Marta Quintela"),
            ("This is around 0.7 per", "Marta Quintela"),
            ("will continue to focus on", "Redes Energéticas Lusitanas"),
        ],
    ),
    (
        """Brazil court convicts former mayor in hospital contract fraud

By CARLOS MENDES Associated Press

SÃO PAULO (AP) — A Brazilian federal court on Thursday convicted the former mayor of a city in São Paulo state of fraud and money laundering in connection with contracts to build a public hospital that was never finished, sentencing him to 14 years in prison.

Judge Rodrigo Albuquerque Neves found that Wanderley Fontes Galvão, who governed Ribeirão das Pedras from 2013 to 2020, steered contracts worth 212 million reais (about $42 million) to a group of companies run by his allies in exchange for payments disguised as consulting fees.

"The evidence shows a scheme conceived from the first day of the administration to divert public money that should have gone to the health of the population," the judge wrote in his 180-page ruling.

Fontes Galvão, who has been free pending trial, did not attend the hearing. His lawyer, Patrícia Moraes Leme, said her client would appeal.

"This conviction is based on the word of cooperating witnesses who traded accusations for lighter sentences," Moraes Leme said in a phone interview. "There is not one document that shows my client received any money."

The hospital, designed to have 300 beds, was meant to serve about 600,000 people in Ribeirão das Pedras and neighboring towns. Construction stopped in 2018 with the building roughly 40% complete, and the concrete shell has since been occupied by squatters.

Residents who traveled to the courthouse in the state capital cheered when the verdict was read. Among them was Lucinéia Araújo, 58, whose husband died in 2020 while waiting for an intensive care bed in a hospital in another city.

"For years they told us the hospital would open next year, next year, next year," Araújo said. "My husband did not have a next year."

Federal prosecutor Gustavo Henrique Bastos said the case showed how municipal corruption could have direct human consequences.

"We usually talk about these crimes in numbers, in millions of reais," he said in an interview. "But behind the numbers there are people who did not get treatment, people who died.

"That is what this case is about, and that is why we asked for the maximum sentence."

Four businessmen were also convicted on Thursday and received sentences ranging from six to 11 years. A fifth defendant was acquitted for lack of evidence.

The court also ordered the seizure of assets worth 95 million reais, including two cattle ranches and a beach house in the state of Bahia.

Under Brazilian law, defendants convicted at first instance generally remain free until an appeals court confirms the verdict, a process that can take several years.""",
        [
            ("The evidence shows a scheme", "Rodrigo Albuquerque Neves"),
            ("This conviction is based on", "Patrícia Moraes Leme"),
            ("There is not one document", "Patrícia Moraes Leme"),
            ("For years they told us", "Lucinéia Araújo"),
            ("My husband did not have", "Lucinéia Araújo"),
            ("We usually talk about these", "Gustavo Henrique Bastos"),
            ("But behind the numbers there", "Gustavo Henrique Bastos"),
            ("That is what this case", "Gustavo Henrique Bastos"),
        ],
    ),
    (
        """Brazil Beef Exporter Serra Azul Slumps After China Halts Two Plants

By Lucas Ferraz and Ana Beatriz Rocha

(Bloomberg) -- Shares of Frigorífico Serra Azul SA, Brazil's third-largest beef exporter, fell the most in eight months after China suspended imports from two of its slaughterhouses over alleged labeling irregularities.

The stock dropped as much as 9.4% in São Paulo trading on Monday before closing 7.1% lower, wiping out about 1.3 billion reais ($260 million) of market value.

The company said in a filing late Sunday that it had been notified of the suspension of its plants in Nova Esperança do Araguaia, in Mato Grosso state, and Porto Real do Tocantins. It said the problem related to the "documentation of a single shipment" and that it expected the restrictions to be lifted "in the coming weeks."

Chief Executive Officer Renato Siqueira Barros said on a call with analysts that the two units account for about 18% of the company's exports to China. "We have already sent all the clarifications requested, and we see this as an administrative matter, not a sanitary one," he said. "No Brazilian beef has been found to pose any risk to consumers."

Analysts were less sanguine.

"The market has learned the hard way that a few weeks in China can easily become a few months," Juliana Kfouri, an analyst at Patamar Investimentos, wrote in a note to clients. She cut her price target on the shares to 21 reais from 26 reais and said second-quarter margins could fall short of consensus estimates.

China bought about half of Brazil's beef exports last year, making it by far the sector's most important market. Suspensions of individual plants are common and have usually been lifted within one to three months, though in some cases they have lasted more than a year.

Brazil's Agriculture Ministry said in a statement that it was in contact with Chinese authorities and had asked for "technical details" of the alleged irregularities. Márcio Tavolaro Pinheiro, the ministry's secretary for trade and international relations, said the government was treating the matter as a priority.

Tavolaro Pinheiro told Bloomberg News: "We have a very solid relationship with the Chinese authorities, and this is the kind of issue that is resolved with dialogue and data."

The suspension comes at a difficult moment for Serra Azul, which has been trying to reduce leverage after a string of acquisitions in Uruguay and Paraguay. The company's net debt stood at 3.4 times earnings before interest, taxes, depreciation and amortization at the end of March, compared with 2.6 times a year earlier, according to data compiled by Bloomberg.

Serra Azul has also postponed a planned sale of dollar bonds that had been scheduled for this month, according to a person familiar with the matter, who asked not to be identified because the discussions are private.

--With assistance from Gabriela Maciel.""",
        [
            ("documentation of a single shipment", "Frigorífico Serra Azul SA"),
            ("in the coming weeks.", "Frigorífico Serra Azul SA"),
            ("We have already sent all", "Renato Siqueira Barros"),
            ("No Brazilian beef has been", "Renato Siqueira Barros"),
            ("The market has learned the", "Juliana Kfouri"),
            ("technical details", "Agriculture Ministry"),
            ("We have a very solid", "Márcio Tavolaro Pinheiro"),
        ],
    ),
    (
        """Portuguese PM’s chief of staff resigns after police search over hydrogen project

Prosecutors investigating alleged influence peddling in approval of €3bn green hydrogen plant in the Alentejo

Sofia Lencastre in Lisbon

The chief of staff to Portugal’s prime minister has resigned after police searched his office as part of an investigation into alleged influence peddling in the approval of a multibillion-euro green hydrogen project.

Henrique Sampaio Valente, who has worked alongside the prime minister, Duarte Meireles, for more than a decade, said in a letter released on Tuesday evening that he was stepping down ‘to protect the government and the institutions from any shadow of suspicion’.

‘I have done nothing illegal and I will demonstrate that before the courts,’ he wrote. ‘But I will not allow my situation to be used against a government that has a mandate to govern.’

The public prosecutor’s office said officers had carried out 23 searches in Lisbon and the Alentejo town of Vila Nova de Santa Clara, where the plant is due to be built. In a statement, it said the inquiry concerned ‘possible crimes of influence peddling, active and passive corruption and abuse of office’ linked to the licensing of the project.

Meireles, who leads a minority centre-right government, told reporters during a visit to Porto that he had accepted the resignation ‘with sadness’ and that he had not been informed that he was himself under investigation.

‘I have full confidence in justice, and I also have full confidence in the people who work with me,’ he said. ‘These two things are not contradictory.’

The leader of the largest opposition party, Catarina Lobo Antunes, said the prime minister could not ‘pretend this is a problem of one adviser’ and demanded that he appear before parliament within a week.

‘The Portuguese deserve to know who decided what, and when,’ she said. ‘If the prime minister has nothing to hide, he has nothing to fear from answering questions.’

The company behind the project, HidroSul Energia, said it had ‘always acted in strict compliance with the law’ and was cooperating with investigators. The plant, backed by a consortium that includes Dutch and Japanese investors, is expected to create 1,200 jobs during construction.

A senior official in the environment ministry, who asked not to be named, said the licensing process had been ‘unusually fast’ but insisted that was because the project had been classified as strategic under EU rules. ‘Everyone wanted it done quickly. That is not a crime,’ the official said.

Portugal has seen a succession of corruption investigations involving senior public figures in recent years, and surveys consistently show low public trust in political parties.

António Vasconcelos Reis, a political scientist at the Instituto Superior de Ciências Sociais in Aveiro, said the coming days would be decisive. ‘The government can survive this if it is really about one man,’ he said. ‘The problem is that in Portugal these investigations rarely stay small.’""",
        [
            ("to protect the government and", "Henrique Sampaio Valente"),
            ("I have done nothing illegal", "Henrique Sampaio Valente"),
            ("But I will not allow", "Henrique Sampaio Valente"),
            ("possible crimes of influence peddling,", "public prosecutor’s office"),
            ("with sadness", "Duarte Meireles"),
            ("I have full confidence in", "Duarte Meireles"),
            ("These two things are not", "Duarte Meireles"),
            ("pretend this is a problem", "Catarina Lobo Antunes"),
            ("The Portuguese deserve to know", "Catarina Lobo Antunes"),
            ("If the prime minister has", "Catarina Lobo Antunes"),
            ("always acted in strict compliance", "HidroSul Energia"),
            ("unusually fast", "senior official in the environment ministry"),
            ("Everyone wanted it done quickly.", "senior official in the environment ministry"),
            ("The government can survive this", "António Vasconcelos Reis"),
            ("The problem is that in", "António Vasconcelos Reis"),
        ],
    ),
    (
        """Brazil court suspends Amazon gold mine licence over Indigenous consultation

Belem, Brazil (AFP) - A federal court in Brazil's northern state of Para on Friday suspended the environmental licence of a gold mining project owned by a Canadian company, ruling that Indigenous communities living downstream had not been properly consulted.

Judge Debora Cunha Falcao ordered an immediate halt to preparatory works at the Rio Curua project, controlled by Toronto-listed Northstar Aurum, until a new consultation process is carried out with the communities of the Igarape Tracoa Indigenous territory.

"The right to free, prior and informed consultation is not a formality to be fulfilled with a meeting in a school hall," Falcao wrote in her decision, a copy of which was seen by AFP.

The ruling is a setback for the company, which had planned to start construction of an open-pit mine and processing plant next year and has estimated the project's reserves at 2.3 million ounces of gold.

Adelson Borari, a leader of the village of Sao Tome do Curua, about 30 kilometres (19 miles) downstream from the site, said his community had learned of the project only after the licence was issued.

"We were never asked. They came with papers already signed and told us the mine would bring development," Borari told AFP by telephone. "Development for whom? The river is already dirty from the illegal miners."

Northstar Aurum said in a statement that it "respects the decision of the Brazilian judiciary" but would appeal, adding that it had held "more than 40 meetings with local communities" since 2021. Its shares fell six percent in early trading in Toronto.

The state environment secretariat, which issued the licence, said it had followed all legal procedures and would present its arguments to the court.

Federal prosecutors, who brought the case, welcomed the decision. Prosecutor Thiago Menezes Vilar said: "This decision sends a clear message to companies that want to operate in the Amazon: the rules apply to everyone, including those who bring investment."

The Amazon basin has seen a surge in both legal and illegal gold mining in recent years, driven by record prices for the metal. Wildcat miners have been blamed for mercury contamination of rivers and for violence against Indigenous peoples.

Environmental groups said the case should serve as a precedent for dozens of mining applications pending in the region.

"The Amazon has been treated as a place where licences are handed out first and questions asked later," said Luana Bittencourt of Instituto Floresta Viva, a non-governmental organisation that monitors mining in Para.

Brazil is a signatory to the International Labour Organization's Convention 169, which requires governments to consult Indigenous peoples on projects that affect their lands.

lg/mel/jc""",
        [
            ("The right to free, prior", "Debora Cunha Falcao"),
            ("We were never asked. They", "Adelson Borari"),
            ("Development for whom? The river", "Adelson Borari"),
            ("respects the decision of the", "Northstar Aurum"),
            ("more than 40 meetings with", "Northstar Aurum"),
            ("This decision sends a clear", "Thiago Menezes Vilar"),
            ("The Amazon has been treated", "Luana Bittencourt"),
        ],
    ),
    (
        """Spain's Banco Meseta launches 2.1 bln euro bid for Portugal's Banco Atlantico Comercial

By Pedro Nunes Alvim

LISBON, Sept 4 (Reuters) - Spanish lender Banco Meseta on Thursday launched a 2.1 billion euro ($2.3 billion) takeover offer for Portugal's Banco Atlantico Comercial (BAC), in a deal that would create Portugal's third-largest banking group by assets.

Meseta offered 1.42 euros per share in cash, a 27% premium to BAC's closing price on Wednesday, and said the offer was conditional on securing more than 50% of the Portuguese bank's capital.

"Portugal is a natural extension of our home market, and BAC is the best platform to grow there," Meseta Chief Executive Alvaro Iturriaga Sanz told a news conference in Madrid. "We are not coming to cut. We are coming to invest."

He said the combined Portuguese operation would keep its headquarters in Porto and that Meseta had no plans to delist BAC. Asked about job cuts, he said there would be "some overlap in central services" but no branch closures in the first two years.

BAC said in a statement its board would analyse the offer "with the necessary rigour" and issue its opinion within the legal deadline. A spokeswoman for the bank declined to comment further.

BAC's largest shareholder, the Ferreira da Costa family, which holds 19% through its holding company Grupo Douro Participacoes, has not said whether it will tender its shares. A person close to the family said it considered the price "a starting point, not a final number."

The Portuguese government, which has in the past voiced reservations about Spanish control of domestic lenders, was cautious in its reaction. Economy Minister Leonor Brito Castanheira told reporters in Lisbon that the government would "follow the process closely" and that its priority was that "Portuguese families and companies continue to have access to credit on good terms."

The deal requires approval from the European Central Bank, the Bank of Portugal and competition authorities. Meseta said it expected to complete the transaction in the first half of next year.

Analysts said the offer looked reasonable but left room for a sweetened bid.

"At 1.42 euros, Meseta is paying around 0.9 times tangible book value, which is in line with recent deals in the region," said Tiago Correia Lemos, a banking analyst at Lisbon-based brokerage Mercados Lusos.

"If another bidder appears, this could quickly become an auction. There are at least two banks that have looked at BAC in the past year."

BAC shares jumped 29% to 1.44 euros by 1130 GMT, above the offer price, suggesting some investors are betting on a higher offer. Meseta shares fell 2.3% in Madrid.

Iberian banks have returned to dealmaking after years of higher interest rates boosted their profits and capital buffers, although cross-border mergers in Europe remain rare.

($1 = 0.9130 euros)

(Reporting by Pedro Nunes Alvim; additional reporting by Jesus Aguado in Madrid; Editing by Kirsten Donovan)""",
        [
            ("Portugal is a natural extension", "Alvaro Iturriaga Sanz"),
            ("We are not coming to", "Alvaro Iturriaga Sanz"),
            ("some overlap in central services", "Alvaro Iturriaga Sanz"),
            ("with the necessary rigour", "Banco Atlantico Comercial"),
            ("a starting point, not a", "person close to the family"),
            ("follow the process closely", "Leonor Brito Castanheira"),
            ("Portuguese families and companies continue", "Leonor Brito Castanheira"),
            ("At 1.42 euros, Meseta is", "Tiago Correia Lemos"),
            ("If another bidder appears, this", "Tiago Correia Lemos"),
        ],
    ),
    (
        """Rio City Council Approves Contested Port Zone Redevelopment Plan

RIO DE JANEIRO, BRAZIL – Rio de Janeiro's City Council on Wednesday night approved, by 31 votes to 17, a bill that will allow residential towers of up to 40 floors along a stretch of the city's old port district, after a heated session that ran past midnight.

The project, dubbed "Nova Orla Portuária" by the municipal government, changes zoning rules for an area of about 1.2 million square meters between the Cais Velho docks and the Morro do Cais Velho community.

Rio de Janeiro City Hall said in a note that the plan would "bring 60,000 new residents to a region that has been empty for decades" and generate R$9 billion in private investment over the next ten years.

The opposition, led by Councilwoman Beatriz Almada Ferraz (Rede Popular), tried unsuccessfully to postpone the vote. "This is a gift to five construction companies, written with their own pens," she said during the session. "Nobody asked the people of Morro do Cais Velho what they want for the neighborhood where they have lived for a hundred years."

The government leader on the council, Councilman Sérgio Vilela Brandão, defended the bill, saying the area had "lost people every year since the 1980s" despite earlier investments in transport and museums.

"We can keep the port zone as a museum of abandoned warehouses, or we can bring it back to life," Vilela Brandão told reporters after the vote.

According to Maria das Graças Nogueira, president of the Morro do Cais Velho Residents' Association, at least 340 families live in areas that could be affected by new construction, many of them without formal title to their homes.

"Rents have already gone up since the bill was announced. People are afraid that they will be pushed out to the West Zone," she told The Rio Times.

The bill requires developers to pay a fee for additional building rights, part of which will go to a fund for urban improvements. Critics argue the text does not guarantee that any of the new housing will be affordable.

Urban planner Fernando Quaresma Lins, who has advised public defenders on housing cases in the region, said the debate over the height of the buildings was missing the point.

"The height limits are not the problem in themselves. The problem is that the bill has no binding requirement for social housing," he said.

A source at City Hall, who spoke on condition of anonymity, said Mayor Augusto Rangel Mota intended to sign the bill "within days" and that the first auctions of building rights could take place before the end of the year.

The state public defender's office said it was studying the text and did not rule out going to court to challenge it.""",
        [
            ("bring 60,000 new residents to", "Rio de Janeiro City Hall"),
            ("This is a gift to", "Beatriz Almada Ferraz"),
            ("Nobody asked the people of", "Beatriz Almada Ferraz"),
            ("lost people every year since", "Sérgio Vilela Brandão"),
            ("We can keep the port", "Sérgio Vilela Brandão"),
            ("Rents have already gone up", "Maria das Graças Nogueira"),
            ("The height limits are not", "Fernando Quaresma Lins"),
            ("within days", "source at City Hall"),
        ],
    ),
]
