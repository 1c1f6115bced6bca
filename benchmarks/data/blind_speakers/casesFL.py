CASES = [
    (
        """Brazil central bank holds Selic at 11.75%, flags fiscal risks

By Mariana Teixeira and Rodrigo Almada

BRASILIA, March 19 (Reuters) - Brazil's central bank held its benchmark Selic interest rate at 11.75% on Wednesday, as expected, and warned that uncertainty over government spending could keep borrowing costs high for longer than investors anticipate.

The bank's monetary policy committee, known as Copom, voted unanimously to keep rates unchanged for a second straight meeting. In a statement accompanying the decision, the bank said the outlook "requires serenity and vigilance" and that it would "not hesitate to resume the tightening cycle should it prove appropriate."

The decision came a day after Finance Minister Otávio Braga Nunes told reporters in Sao Paulo that the government would meet its primary balance target this year, pushing back against market skepticism.

"The numbers are there, and they will be delivered," Braga Nunes said. "Nobody in this government is playing with the fiscal framework."

Economists were divided on the tone of the statement. Luciana Ferraz, chief economist at Banco Meridional in Sao Paulo, said the committee had left "the door half open" to further hikes while avoiding a firm commitment.

"They are buying time," Ferraz said. "What the market really wants to see is whether Brasilia follows through on spending cuts in the second half."

Others read the message as more hawkish. According to Henrique Vasconcellos, a strategist at Atlântica Investimentos, the reference to fiscal risks was "deliberately sharper" than at the January meeting.

Brazil's annual inflation rate slowed to 4.9% in mid-March, according to the national statistics agency IBGE, but remains above the ceiling of the central bank's tolerance range. The bank's weekly Focus survey of economists shows inflation expectations for next year drifting up to 4.1%, well above the 3% target.

The real weakened 0.6% against the dollar in afternoon trading before the decision, while yields on interest rate futures due in January 2027 rose 8 basis points.

A senior official at the Finance Ministry, who asked not to be named because he was not authorized to speak publicly, said the government was "comfortable" with the central bank's stance and did not expect the decision to complicate negotiations in Congress over a package of spending measures.

President Renato Caldas has repeatedly criticized the level of interest rates, calling them "a brake on the Brazilian people" in a radio interview last month. Central bank Governor Gabriel Moutinho has avoided responding directly.

"Our job is to bring inflation to the target, full stop," Moutinho said at an event in Rio de Janeiro earlier this month. "We do not comment on politics."

The committee's next meeting is scheduled for May 6-7.

(Reporting by Mariana Teixeira and Rodrigo Almada; Editing by Paul Whitcombe)""",
        [
            ("requires serenity and vigilance", "Brazil's central bank"),
            ("not hesitate to resume the", "Brazil's central bank"),
            ("The numbers are there, and", "Otávio Braga Nunes"),
            ("Nobody in this government is", "Otávio Braga Nunes"),
            ("the door half open", "Luciana Ferraz"),
            ("They are buying time", "Luciana Ferraz"),
            ("What the market really wants", "Luciana Ferraz"),
            ("deliberately sharper", "Henrique Vasconcellos"),
            ("comfortable", "senior official at the Finance Ministry"),
            ("a brake on the Brazilian", "Renato Caldas"),
            ("Our job is to bring", "Gabriel Moutinho"),
            ("We do not comment on", "Gabriel Moutinho"),
        ],
    ),
    (
        """Argentina's Peso Slides as Traders Bet Currency Controls Will Linger

By Tomás Echeverry

(Bloomberg) -- Argentina's peso fell to a record low in the parallel market on Monday as investors grew skeptical that President Facundo Arrieta's government will dismantle currency controls before October's midterm elections.

The currency weakened 3.4% in the informal market, known as the "blue" dollar, trading at 1,480 per dollar in Buenos Aires. The gap between the official and parallel exchange rates widened to 31%, the most since August, according to data compiled by Bloomberg. Dollar bonds due 2035 fell 1.2 cents to 58.4 cents on the dollar.

Economy Minister Sergio Landaburu said over the weekend that the government had "no intention" of devaluing the official rate and that the controls, known locally as the "cepo," would be lifted "when the conditions are there, not a day before."

Traders said that language was too vague. "The market wanted a date and it didn't get one," said Valeria Quintana, head of research at Buenos Aires brokerage Puente Sur Valores. "Without a date, people are going to keep protecting themselves in dollars."

Argentina's central bank has bought about $2.1 billion in the foreign-exchange market so far this year, but net reserves remain negative by some estimates, a key sticking point in talks with the International Monetary Fund over a new disbursement under the country's $20 billion program.

IMF spokeswoman Helen Mardell said at a regular briefing in Washington on Thursday that discussions were "constructive" and that staff expected to "reach a shared understanding in the coming weeks." She declined to give further details.

Arrieta, who took office 18 months ago pledging to end Argentina's chronic deficits, has brought monthly inflation down to about 2.3% from double digits. In a speech to business leaders in Buenos Aires on Friday, he said the country was "closer than ever" to stability.

"We did the hard part already," Arrieta said. "Anyone who bets against the peso is going to lose money, like they did last year."

Opposition lawmakers seized on the selloff. Senator Graciela Montoya Ruiz of the Peronist bloc wrote on X that the government was "burning the savings of workers to pay for a currency fantasy."

Some analysts see room for a gradual approach. Ezequiel Barrionuevo, an economist at Consultora Andina, said the government could start by allowing companies to send dividends abroad.

"The controls can be unwound in steps," he wrote in a note to clients. "But the government needs to rebuild reserves first, and that means letting the official rate move faster."

The central bank didn't respond to a request for comment.

--With assistance from Jimena Castro.

To contact the reporter on this story: Tomás Echeverry in Buenos Aires""",
        [
            ("no intention", "Sergio Landaburu"),
            ("when the conditions are there", "Sergio Landaburu"),
            ("The market wanted a date", "Valeria Quintana"),
            ("Without a date, people are", "Valeria Quintana"),
            ("constructive", "Helen Mardell"),
            ("reach a shared understanding in", "Helen Mardell"),
            ("closer than ever", "Facundo Arrieta"),
            ("We did the hard part", "Facundo Arrieta"),
            ("Anyone who bets against the", "Facundo Arrieta"),
            ("burning the savings of workers", "Graciela Montoya Ruiz"),
            ("The controls can be unwound", "Ezequiel Barrionuevo"),
            ("But the government needs to", "Ezequiel Barrionuevo"),
        ],
    ),
    (
        """Investors fret as Mexico’s judicial overhaul clouds nearshoring boom

Claudia Rentería in Mexico City and Andrew Pellham in Monterrey

Foreign manufacturers that flocked to northern Mexico to be closer to their US customers are growing uneasy about a sweeping overhaul of the country’s courts, warning that it could weaken protections for investors just as the so-called nearshoring boom matures.

The reform, pushed through Congress by the ruling Fuerza Ciudadana party, will replace appointed judges with elected ones at every level, including the Supreme Court, with the first judicial elections due next year.

‘Nobody is going to cancel a plant that’s already half built,’ said the head of a European car parts maker with three factories in Nuevo León, who asked not to be named. ‘But for the next round of investment, the board is asking questions we didn’t have to answer two years ago.’

President Adriana Salcedo has dismissed such concerns. Speaking at her daily press conference on Tuesday, she said the reform would end ‘a judiciary that served the powerful’ and insisted that ‘investors have nothing to fear from democracy’.

Business groups are less sanguine. The Consejo Empresarial Mexicano, which represents the country’s largest companies, said in a statement that the changes ‘introduce a degree of uncertainty that is incompatible with long-term investment’ and urged lawmakers to delay implementation.

Washington is also watching closely. A senior US trade official told the Financial Times that ‘the question for companies is whether a contract will mean the same thing in five years’.

Foreign direct investment into Mexico reached a record $36.9bn last year, according to the economy ministry, although much of it was reinvested earnings rather than new money. Occupancy at industrial parks around Monterrey and Saltillo stands at about 97 per cent.

Ricardo Elizondo Garza, who runs the Asociación de Parques Industriales del Noreste, said demand remained strong but that enquiries had ‘cooled noticeably’ since the summer.

‘We still have tenants signing, mostly Asian and American companies expanding existing sites,’ he said. ‘What we’ve lost is the new arrivals, the ones who were comparing us with Vietnam or India.’

Economy minister Jorge Luis Paredes told the FT that the government was preparing a package of tax incentives for companies in strategic sectors such as semiconductors and medical devices. ‘We are going to send a very clear signal,’ he said. ‘Mexico wants this investment and will protect it.’

A recent report by Banco Regiomontano, ‘Nearshoring: The Second Wave’, estimated that Mexico could attract a further $30bn in manufacturing investment by 2030, but cautioned that the figure assumed stable rules.

Mariela Costa, Mexico economist at Capital Lerma in New York, said the biggest risk was not the reform itself but its timing, alongside the review of the North American trade agreement next year. ‘Investors can price one source of uncertainty,’ she said. ‘Two at once is harder.’""",
        [
            ("Nobody is going to cancel", "head of a European car parts maker"),
            ("But for the next round", "head of a European car parts maker"),
            ("a judiciary that served the", "Adriana Salcedo"),
            ("investors have nothing to fear", "Adriana Salcedo"),
            ("introduce a degree of uncertainty", "Consejo Empresarial Mexicano"),
            ("the question for companies is", "senior US trade official"),
            ("cooled noticeably", "Ricardo Elizondo Garza"),
            ("We still have tenants signing", "Ricardo Elizondo Garza"),
            ("What we’ve lost is the", "Ricardo Elizondo Garza"),
            ("We are going to send", "Jorge Luis Paredes"),
            ("Mexico wants this investment and", "Jorge Luis Paredes"),
            ("Investors can price one source", "Mariela Costa"),
            ("Two at once is harder", "Mariela Costa"),
        ],
    ),
    (
        """Workers strike at Chilean copper mine, threatening output

By LUCÍA ARANCIBIA Associated Press

SANTIAGO, Chile (AP) — More than 2,300 workers walked off the job Thursday at the Cerro Lagunillas copper mine in northern Chile after wage talks collapsed, the union said, raising concerns about supply from the world's largest copper producer.

The mine, in the Antofagasta region, is operated by Minera Altiplano Norte, a joint venture between Chilean and Japanese investors. It produced about 310,000 metric tons of copper last year, roughly 6% of Chile's output.

"We've been negotiating in good faith for two months, and the company's offer doesn't even cover inflation," union president Héctor Valdivia told The Associated Press by phone from the mine's entrance, where workers have set up a camp. "The profits are at record levels. We're asking for our fair share."

The union is seeking a 7% real wage increase and a one-time bonus of 25 million pesos (about $26,500) per worker. The company has offered 2.5% and a bonus of 14 million pesos, according to union documents seen by the AP.

Minera Altiplano Norte said in a statement that its offer was "responsible and competitive" given rising costs and falling ore grades at the mine. The company said it had activated contingency plans to maintain "safe and minimal operations" and remained "open to dialogue at any time."

Copper prices rose 1.1% on the London Metal Exchange on news of the strike.

Labor Minister Paula Henríquez urged both sides to return to the table. "A prolonged strike is bad for the workers, bad for the company and bad for Chile," she told reporters at the presidential palace. She said the government's mediation service was ready to step in if asked.

Chile's mining sector has faced repeated labor disputes in recent years as companies grapple with higher costs and aging deposits, while the government has sought a larger share of profits through higher royalties.

Juan Pablo Irarrázaval, an analyst at the Santiago-based consultancy Cobre Consultores, said he expected the strike to be short. "Both sides have too much to lose," he said. "Historically these disputes in Antofagasta get resolved within two or three weeks, usually with the government nudging from the sidelines."

In Calama, the nearest town, some shopkeepers worried about the impact on local business.

"When the mine stops, everything here stops," said a woman who runs a hardware store near the central market and gave only her first name, Marisol.

Associated Press writer Diego Fuenzalida in Calama contributed to this report.""",
        [
            ("We've been negotiating in good", "Héctor Valdivia"),
            ("The profits are at record", "Héctor Valdivia"),
            ("responsible and competitive", "Minera Altiplano Norte"),
            ("safe and minimal operations", "Minera Altiplano Norte"),
            ("open to dialogue at any", "Minera Altiplano Norte"),
            ("A prolonged strike is bad", "Paula Henríquez"),
            ("Both sides have too much", "Juan Pablo Irarrázaval"),
            ("Historically these disputes in Antofagasta", "Juan Pablo Irarrázaval"),
            ("When the mine stops, everything", "Marisol"),
        ],
    ),
    (
        """Argentine farmers threaten stoppage over export duties; government says no room for cuts

Saturday, April 12th 2025 - 10:27 UTC

Argentina’s main farm groups on Friday threatened a nationwide stoppage in grain sales if the government does not reduce export duties on soybeans, known locally as “retenciones”, before the start of the harvest.

The Coordinadora Rural Argentina, which groups four producer associations, said in a statement released after an assembly in Pergamino that producers were “at the limit of their endurance” and that the 33% levy on soybean exports was “confiscatory by any standard”.

“We are not asking for privileges, we are asking to be able to keep producing,” said Nicolás Berasategui, president of the Federación de Productores del Litoral, one of the group’s members. “Every ton that leaves the port pays a third to the State before the farmer sees a peso.”

Berasategui said the groups would decide on the length of the stoppage at a meeting next week, but did not rule out road protests like those of 2008, when a conflict over export taxes paralysed the country for months.

The government has said it cannot afford to cut the duties while it seeks to maintain a fiscal surplus. Agriculture Secretary Mauricio Etchegaray told Radio Pampa that the administration “understands the demand” but that “the numbers simply don’t allow it this year”.

“If we lower retenciones without compensating elsewhere, we put at risk everything we have achieved on inflation,” Etchegaray said. He added that officials were studying a “gradual schedule” for reductions starting in 2026.

Export duties generated about US$ 6.8 billion for the Treasury last year, roughly 1.5% of GDP, according to estimates by the Bolsa de Cereales de Rosario.

In its weekly report, the Rosario exchange said that a stoppage during the peak of the harvest “would have a direct impact on the inflow of dollars” at a time when the Central Bank is trying to rebuild its reserves.

Provincial governors from the farm belt have lined up behind the producers. Córdoba governor Alejandro Pizarro Funes said on social media that the national government “cannot keep living off the interior”.

Florencia Medina, an agricultural economist at the Universidad Nacional del Litoral, said the conflict reflected a broader dispute over who pays for the adjustment.

“The countryside feels that it has been carrying the fiscal burden alone,” she said. “The government needs those dollars now. Both things are true, and that is why it is so hard to solve.”

Soybean prices in Rosario fell 2% on Friday as exporters slowed purchases ahead of the possible stoppage.""",
        [
            ("at the limit of their", "Coordinadora Rural Argentina"),
            ("confiscatory by any standard", "Coordinadora Rural Argentina"),
            ("We are not asking for", "Nicolás Berasategui"),
            ("Every ton that leaves the", "Nicolás Berasategui"),
            ("understands the demand", "Mauricio Etchegaray"),
            ("the numbers simply don’t allow", "Mauricio Etchegaray"),
            ("If we lower retenciones without", "Mauricio Etchegaray"),
            ("gradual schedule", "Mauricio Etchegaray"),
            ("would have a direct impact", "Bolsa de Cereales de Rosario"),
            ("cannot keep living off the", "Alejandro Pizarro Funes"),
            ("The countryside feels that it", "Florencia Medina"),
            ("The government needs those dollars", "Florencia Medina"),
        ],
    ),
    (
        """Finance Ministry announces 45-billion-peso capital injection for state oil company EPM

Mexico News Daily

The federal government will inject 45 billion pesos (US $2.4 billion) into heavily indebted state oil company Energía Petrolera Mexicana (EPM) to help it meet debt payments due this year, the Finance Ministry announced on Wednesday.

Finance Minister Rodrigo Santibáñez Ortega presented the plan at President Eduardo Villaseñor's morning press conference in the National Palace.

"EPM is a strategic company for the nation, and this government will not let it fall," Santibáñez said. "This support is temporary and comes with clear conditions."

Among those conditions, he said, is a commitment to cut operating costs by 10% and to sell "non-essential assets," including a stake in a fertilizer plant in Veracruz.

EPM has financial debt of around US $99 billion, the highest of any oil company in the world, and owes suppliers more than US $20 billion. Its crude production has fallen for six consecutive years.

Credit rating agency Norteña Ratings said in a note to clients that the injection was "a step in the right direction" but "insufficient to change the company's structural trajectory."

The Asociación de Proveedores de la Industria Petrolera (APIP), which represents around 300 service companies, said on its website that some of its members had been waiting more than a year to be paid.

"Small and medium-sized businesses in Campeche and Tabasco are financing EPM with their own capital," the association said.

Gabriela Ruvalcaba, an energy analyst at the Centro de Estudios Energéticos del Golfo, told Mexico News Daily that capital injections had become "a recurring line item" in the federal budget.

"Since 2019 the government has transferred the equivalent of more than 1.5 trillion pesos to the company in capital injections, tax cuts and debt payments," she said. "Every peso that goes to EPM is a peso that does not go to health or education."

Villaseñor defended the strategy. Asked whether the government would consider opening the oil sector to more private investment, he said that "energy sovereignty is not negotiable," but added that private companies were "welcome as partners" in some exploration projects.

Opposition lawmakers were quick to criticize the announcement. Senator Marcela Ibarra Quiñones of the Partido Cívico Nacional said the rescue confirmed that the company had become "a bottomless pit."

"They promised us EPM would be profitable by now. Instead, taxpayers keep paying," she wrote on X.

EPM's dollar bonds due 2031 rose about 1.5 cents after the announcement, while the peso was little changed against the US dollar.""",
        [
            ("EPM is a strategic company", "Rodrigo Santibáñez Ortega"),
            ("This support is temporary and", "Rodrigo Santibáñez Ortega"),
            ("non-essential assets", "Rodrigo Santibáñez Ortega"),
            ("a step in the right", "Norteña Ratings"),
            ("insufficient to change the company's", "Norteña Ratings"),
            ("Small and medium-sized businesses in", "Asociación de Proveedores de la Industria Petrolera"),
            ("a recurring line item", "Gabriela Ruvalcaba"),
            ("Since 2019 the government has", "Gabriela Ruvalcaba"),
            ("Every peso that goes to", "Gabriela Ruvalcaba"),
            ("energy sovereignty is not negotiable", "Eduardo Villaseñor"),
            ("welcome as partners", "Eduardo Villaseñor"),
            ("a bottomless pit", "Marcela Ibarra Quiñones"),
            ("They promised us EPM would", "Marcela Ibarra Quiñones"),
        ],
    ),
    (
        """Brazil's lower house approves income tax overhaul, sends bill to Senate

By Rodrigo Almada

BRASILIA, Oct 1 (Reuters) - Brazil's lower house of Congress approved on Wednesday a bill that exempts workers earning up to 5,000 reais ($940) a month from income tax, a flagship campaign promise of President Cecília Damasceno.

The bill, approved by 412 votes to 38, offsets the lost revenue with a minimum tax of up to 10% on high earners, including on dividends that are currently exempt. It now goes to the Senate.

Lower house Speaker Arthur Quintela, who negotiated changes to the text with business lobbies in recent weeks, called the vote "a historic day for tax justice."

Speaking to reporters after the session, Quintela said:

"This house showed that it can put aside differences when what is at stake is the pocket of the worker. Nobody here voted for the government or against the government.

"We improved the text, we protected small companies from double taxation, and we made sure the math closes. Now it is up to the Senate to do its part quickly."

Finance Minister Fábio Rezende Lacerda welcomed the result in a post on social media, saying the measure would benefit "some 10 million Brazilian families" and would be "fiscally neutral."

Economists questioned that claim. The Observatório das Contas Públicas, a budget watchdog at a Sao Paulo university, estimated in a report that the compensation measures could fall short by 8 billion to 12 billion reais a year, depending on how taxpayers respond.

"There is a real risk that high earners will restructure their income to avoid the minimum tax," the report said.

Industry groups said the bill had improved but still penalized investment. The Confederação Nacional da Indústria Brasileira said in a statement that taxing dividends "without a corresponding reduction in the corporate rate" would discourage companies from expanding.

Senate President Eduardo Gurgel said he expected the chamber to vote on the bill "before the end of November," so that the exemption could take effect in January.

A government source involved in the negotiations said the administration was prepared to accept "minor adjustments" in the Senate but would resist any attempt to raise the exemption threshold further.

The real was little changed after the vote, trading at around 5.32 per dollar, while the benchmark Bovespa stock index closed down 0.4%.

(Reporting by Rodrigo Almada; Additional reporting by Bruna Sampaio in Sao Paulo; Editing by Paul Whitcombe)""",
        [
            ("a historic day for tax", "Arthur Quintela"),
            ("This house showed that it", "Arthur Quintela"),
            ("We improved the text, we", "Arthur Quintela"),
            ("some 10 million Brazilian families", "Fábio Rezende Lacerda"),
            ("fiscally neutral", "Fábio Rezende Lacerda"),
            ("There is a real risk", "Observatório das Contas Públicas"),
            ("without a corresponding reduction in", "Confederação Nacional da Indústria Brasileira"),
            ("before the end of November", "Eduardo Gurgel"),
            ("minor adjustments", "government source involved in the negotiations"),
        ],
    ),
    (
        """Chile’s Congress passes landmark pension reform after years of deadlock

Santiago (AFP) – Chile’s Congress on Wednesday approved an overhaul of the country’s privatized pension system, ending nearly a decade of failed attempts to reform a model introduced in the early 1980s.

The reform, championed by President Ignacio Valenzuela Rojas, raises employer contributions by seven percentage points over nine years, with part of the money going to a new solidarity fund that will top up the pensions of current retirees, particularly women.

The Chamber of Deputies passed the bill by 84 votes to 64, two days after it cleared the Senate.

“Today Chile is a fairer country,” Valenzuela told supporters outside La Moneda palace. “Millions of retirees who worked their whole lives will finally receive a little more of what they deserve.”

Labor Minister Javiera Sotomayor, who led months of negotiations with the center-right opposition, described the deal as “the best possible agreement, not the perfect one.”

The association of private pension fund managers, the Asociación Chilena de Administradoras Previsionales, said in a statement that it would “collaborate fully” with the implementation but warned that the new rules “must not weaken individual ownership of savings.”

Not everyone was satisfied. Deputy Cristóbal Urrutia of the right-wing Partido Orden y Progreso, who voted against the reform, said it amounted to “a tax on formal employment.”

“Small businesses are going to pay the bill,” he told AFP. “And when hiring costs go up, the first to suffer are young people and women looking for a job.”

On the left, groups that marched for years under the banner “Pensiones Dignas Ya” said the reform did not go far enough. According to Carolina Muñoz, a leader of the Coordinadora Nacional de Trabajadores, the law “leaves the core of the business intact.”

Under the system, workers deposit 10 percent of their salaries in individual accounts managed by private companies. Once held up abroad as a model, it has produced pensions that many Chileans consider meager, with the median payment below the minimum wage.

In central Santiago, a retired schoolteacher waiting for a bus said the increase would make little difference to her. “Forty years working and I get 280,000 pesos a month,” said the 71-year-old, who declined to give her name. “Any increase helps, but it doesn’t solve anything.”

Economists say the effect of the reform on the labor market will depend largely on growth. Soledad Pizarro Vial, an economist at the Universidad del Pacífico, put it this way: “If Chile grows at 2 percent, the additional cost will be felt. If it grows at 4 percent, nobody will notice.”

The first increases in pension payments are expected to reach retirees within six months.""",
        [
            ("Today Chile is a fairer", "Ignacio Valenzuela Rojas"),
            ("Millions of retirees who worked", "Ignacio Valenzuela Rojas"),
            ("the best possible agreement, not", "Javiera Sotomayor"),
            ("collaborate fully", "Asociación Chilena de Administradoras Previsionales"),
            ("must not weaken individual ownership", "Asociación Chilena de Administradoras Previsionales"),
            ("a tax on formal employment", "Cristóbal Urrutia"),
            ("Small businesses are going to", "Cristóbal Urrutia"),
            ("And when hiring costs go", "Cristóbal Urrutia"),
            ("leaves the core of the", "Carolina Muñoz"),
            ("Forty years working and I", "retired schoolteacher"),
            ("Any increase helps, but it", "retired schoolteacher"),
            ("If Chile grows at 2", "Soledad Pizarro Vial"),
        ],
    ),
]
