CASES = [
    (
        """French minister urges unions to end rail strike as talks stall

PARIS, March 14, 2024 (AFP) - French Transport Minister Clémence Vautrin-Lebrun on Thursday urged rail unions to "come back to the table" after a third day of strikes crippled regional services in Brittany and Normandy.

Only one in three regional trains ran in the west of the country, according to the operator, and commuters crowded onto replacement buses in Rennes and Caen.

"Nobody gains from a country that stands still," Vautrin-Lebrun told the broadcaster Radio Ouest-Matin. "The government has made an offer. It is a serious offer, and I expect a serious answer."

The dispute centres on a plan by the regional rail operator, Compagnie Ferroviaire de l'Ouest (CFO), to merge maintenance depots in Saint-Brieuc and Lisieux, which unions say would cost some 400 jobs.

Patrick Ollivier-Marchand, who leads the rail branch of the Confédération Unitaire du Travail (CUT), dismissed the offer as "a reshuffling of the same cuts" and said the walkout would continue at least until Monday.

"We are not the ones holding the country hostage," he told AFP outside the Rennes depot, where around 200 strikers had gathered before dawn. "Management decided this in an office in Paris without asking a single mechanic."

In a statement, CFO said it regretted "the inconvenience caused to our passengers" and insisted that "no compulsory redundancies" were planned. The company said the merger was needed to modernise a fleet whose average age now exceeds 25 years.

Ollivier-Marchand said the assurances were worthless without a written guarantee. In a letter to the prime minister's office, seen by AFP, the CUT called for "direct mediation by the state" in the dispute.

A spokeswoman for the prime minister said the letter had been received and would be "studied carefully", but gave no further details.

Passengers voiced growing frustration. "I've been late for work three days in a row," said Maëlle, a 34-year-old nurse waiting for a bus in Caen who declined to give her surname. "I support the workers, but at some point someone has to give."

The strike is the longest on the western network since 2018. Talks between CFO management and the unions are due to resume on Friday in Rennes, the ministry said.

bur-kl/jmy""",
        [
            ("come back to the table", "Clémence Vautrin-Lebrun"),
            ("Nobody gains from a country", "Clémence Vautrin-Lebrun"),
            ("The government has made an", "Clémence Vautrin-Lebrun"),
            ("a reshuffling of the same", "Patrick Ollivier-Marchand"),
            ("We are not the ones", "Patrick Ollivier-Marchand"),
            ("Management decided this in an", "Patrick Ollivier-Marchand"),
            ("the inconvenience caused to our", "Compagnie Ferroviaire de l'Ouest"),
            ("no compulsory redundancies", "Compagnie Ferroviaire de l'Ouest"),
            ("direct mediation by the state", "Confédération Unitaire du Travail"),
            ("studied carefully", "spokeswoman for the prime minister"),
            ("I've been late for work", "Maëlle"),
            ("I support the workers, but", "Maëlle"),
        ],
    ),
    (
        """Kessler Antriebstechnik to cut 2,100 jobs, close two German plants

By Anja Vollmer

FRANKFURT, Oct 2 (Reuters) - German automotive supplier Kessler Antriebstechnik will cut around 2,100 jobs and shut two plants by the end of 2026, the company said on Wednesday, blaming slumping demand for combustion-engine parts and high energy costs.

The family-owned group, based near Stuttgart, said the plants in Zwickau-Nord and Peine would close, while its gearbox division would be restructured.

"We have had to take painful decisions in order to secure the future of the whole company," Chief Executive Heiko Strassberger said in a statement. "Without these steps, we would be putting far more jobs at risk in the medium term."

Kessler, which employs about 18,000 people worldwide, reported a 14% drop in first-half revenue in August and warned that its order book for 2025 was "significantly below plan".

The IG Werkverband union, which represents most of the group's German workforce, said it would fight the closures. Its regional head, Sabine Okonkwo-Reiter, called the plan "a slap in the face for people who have given this company decades of their lives".

"Management has known for years where the market was heading," she told Reuters by telephone. "Instead of investing in electric drive systems in time, they hesitated. Now the workers are supposed to pay the bill."

She said the union would demand talks on a social plan and was prepared to organise warning strikes from next month.

The closures add to a string of job cuts announced by German suppliers this year as carmakers slow their shift to electric vehicles and Chinese rivals gain market share.

Saxony's economy minister, Rainer Lichtblau, said the state government had been informed only on Tuesday evening. He was blunt: "That is not how a responsible employer behaves."

Lichtblau added that Dresden would examine "every possible instrument" to keep production in Zwickau. He did not give details.

Analysts at Bankhaus Greifenstein said the move was overdue. "The restructuring goes in the right direction, but it probably does not go far enough," analyst Tobias Wendland wrote in a note to clients, keeping his "hold" recommendation on the company's bonds.

Kessler's shares are not listed. The company said it expected to book restructuring charges of around 310 million euros, most of them this year.

(Reporting by Anja Vollmer; Additional reporting by Markus Denzel in Berlin; Editing by Friederike Sohl)""",
        [
            ("We have had to take", "Heiko Strassberger"),
            ("Without these steps, we would", "Heiko Strassberger"),
            ("significantly below plan", "Kessler Antriebstechnik"),
            ("a slap in the face", "Sabine Okonkwo-Reiter"),
            ("Management has known for years", "Sabine Okonkwo-Reiter"),
            ("Instead of investing in electric", "Sabine Okonkwo-Reiter"),
            ("That is not how a", "Rainer Lichtblau"),
            ("every possible instrument", "Rainer Lichtblau"),
            ("The restructuring goes in the", "Tobias Wendland"),
        ],
    ),
    (
        """Footbridge collapse: prosecutors probe 11 over Valdorsa tragedy

(ANSA) - Genoa, June 3 - Prosecutors in Genoa on Monday placed 11 people under investigation over the collapse last month of a pedestrian bridge in the Ligurian hill town of Valdorsa.

The 40-metre bridge, which spanned the Orsa stream and linked the historic centre to the town's school, gave way on the morning of May 11 as a group of residents was crossing it, killing Gianni Ruffo, 71, and 16-year-old student Teresa Alberti and injuring seven others.

Those under investigation include two former municipal technical managers, three engineers and the owners of the construction firm Edilponte Srl, which carried out maintenance work on the structure in 2019, judicial sources said.

The suspects face possible charges of multiple manslaughter and causing a collapse through negligence.

"Placing someone under investigation is an act that protects the suspects too, because it allows them to take part in the technical tests," Chief Prosecutor Lucia Caradonna told reporters. "Nobody should read it as a verdict".

Caradonna said experts would examine "the steel cables, the anchoring points and every document relating to inspections" carried out over the past 15 years.

Valdorsa Mayor Ottavio Sbarbaro, who took office in 2022, said the town would constitute itself as a civil party in any trial.

"We owe it to the families of Gianni and Teresa, and to a community that has lost its trust in the ground beneath its feet," Sbarbaro said.

He added that the council had written to the regional government in 2023 asking for funds for a full structural survey of the bridge, and released the letter to the press.

In the letter, Valdorsa town council warned that "the signs of corrosion observed on the supports require urgent verification".

The Liguria region said in a note that the request "was never submitted in the required form" and that no funding application for the bridge was on file.

Lawyer Marco Tessitore-Aldi, who represents Edilponte, said his clients were "serene" and would cooperate fully with investigators.

"The work done in 2019 was carried out to the letter of the contract and was signed off by the municipality," he said.

Relatives of the victims, who have formed an association called Verità per Valdorsa, said in a statement that they expected "truth and justice, not another trial that ends in the statute of limitations".

A first round of technical tests on the wreckage is scheduled for June 17.""",
        [
            ("Placing someone under investigation is", "Lucia Caradonna"),
            ("Nobody should read it as", "Lucia Caradonna"),
            ("the steel cables, the anchoring", "Lucia Caradonna"),
            ("We owe it to the", "Ottavio Sbarbaro"),
            ("the signs of corrosion observed", "Valdorsa town council"),
            ("was never submitted in the", "Liguria region"),
            ("serene", "Marco Tessitore-Aldi"),
            ("The work done in 2019", "Marco Tessitore-Aldi"),
            ("truth and justice, not another", "Verità per Valdorsa"),
        ],
    ),
    (
        """In Montcalvet, a mayor’s war on cars divides a city

By Hélène Darmayan

Published on September 19, 2024

Montcalvet (Hérault) – On a grey Tuesday morning, the Place de la Halle looks nothing like it did a year ago. Where delivery vans once double-parked, there are now planters, benches and a children’s climbing frame. For Mayor Bérénice Lastours-Quéval, the square is proof that her plan works. For many shopkeepers, it is the scene of a slow death.

“People said the sky would fall in,” the mayor, 47, said in her office overlooking the square. “It hasn’t. Footfall in the centre is up, pollution is down, and children can walk to school without their parents holding their breath.”

Since January, private cars have been barred from a 1.2-square-kilometre zone covering the historic centre of this city of 62,000 inhabitants, except for residents and emergency services. The measure, voted through by the municipal council in a heated session last autumn, is the most sweeping of its kind in the region.

The Montcalvet Chamber of Commerce and Industry sees things differently. In a report published in June, it estimated that turnover among independent shops in the zone had fallen by an average of 18%, and warned of “an irreversible hollowing-out of the centre.”

Jean-Baptiste Ferrand-Olmi has run a hardware shop on Rue des Tanneurs for 31 years. His customers, many of them elderly or living in surrounding villages, have simply stopped coming, he says.

“They used to park in front, load a sack of plaster and go. Now they have to leave the car at the relay car park and take a shuttle bus. With a sack of plaster?

“I don’t hate bicycles. I don’t hate trees. But nobody asked us,” he said, gesturing at the empty pavement.

The mayor rejects the charge that the plan was imposed. Her team points to eleven public meetings and an online consultation in which, according to the town hall, 58% of respondents backed the scheme. Ferrand-Olmi calls that consultation “a formality for people who already agreed.”

Some residents say they have discovered a different city. “I hear the swifts now,” said Odile, a retired teacher who has lived in the centre for four decades. “I never heard them before.”

Arnaud Meyssac, who leads the opposition on the council, has filed an appeal with the administrative court in Montpellier. He argues that the restrictions are “disproportionate” for residents of outlying districts, who depend on their cars. A ruling is expected by the end of the year.

Lastours-Quéval said she would respect the judges’ decision but had no intention of backing down. “A city is not a car park,” she said. “If I lose the next election over this, so be it.”""",
        [
            ("People said the sky would", "Bérénice Lastours-Quéval"),
            ("It hasn’t. Footfall in the", "Bérénice Lastours-Quéval"),
            ("an irreversible hollowing-out of the", "Montcalvet Chamber of Commerce and Industry"),
            ("They used to park in", "Jean-Baptiste Ferrand-Olmi"),
            ("I don’t hate bicycles. I", "Jean-Baptiste Ferrand-Olmi"),
            ("a formality for people who", "Jean-Baptiste Ferrand-Olmi"),
            ("I hear the swifts now", "Odile"),
            ("I never heard them before", "Odile"),
            ("disproportionate", "Arnaud Meyssac"),
            ("A city is not a", "Bérénice Lastours-Quéval"),
            ("If I lose the next", "Bérénice Lastours-Quéval"),
        ],
    ),
    (
        """Italy cracks down on short-term rentals with ‘key box’ ban

The Italian government on Wednesday approved a decree tightening the rules on short-term holiday rentals, including a nationwide ban on self check-in key boxes, in what Tourism Minister Federica Zanon-Borsi described as “a question of security and of respect for residents”.

Under the decree, hosts will have to meet guests in person or verify their identity through approved video systems, and every listing must display a national identification code or face fines of up to €8,000.

“We are not against anyone who rents out a flat to make ends meet,” Zanon-Borsi told a press conference at Palazzo Chigi after the cabinet meeting. “We are against a Wild West where nobody knows who is sleeping in a building.”

The interior ministry had pushed for the ban in a circular to prefects last November, warning that anonymous check-ins made it “impossible to carry out the identity checks required by law”.

Landlords’ groups reacted angrily. The Italian Association of Hosts and Short Lets (AIOB) said in a statement that the measure would “punish tens of thousands of families” and “hand the market to the big platforms and property companies”.

Its president, Corrado Bellandi, said the association would challenge the decree before the regional administrative court of Lazio.

“It is a decree written by people who have never managed a holiday home in their lives,” he said.

City mayors, who have long complained that tourist rentals are emptying historic centres of residents, welcomed the move but said it did not go far enough.

Florence’s mayor, Elisabetta Gherardini-Pace, said cities needed the power to cap the number of rentals in individual neighbourhoods.

“Key boxes are the symptom, not the disease,” she wrote on social media. “What we need is the freedom to decide how many tourist flats a street can bear. Without that, the centre of Florence will become a hotel with no residents.”

According to figures cited by the ministry, the number of short-term rental listings in Italy grew by 37% between 2019 and 2023, with the sharpest increases in Florence, Venice and Naples.

Tourism operators have warned that the ban on key boxes could hit small hosts in rural areas hardest, where owners often live far from the properties they let.

The decree must be converted into law by parliament within 60 days, and opposition parties have already said they will table amendments.""",
        [
            ("a question of security and", "Federica Zanon-Borsi"),
            ("We are not against anyone", "Federica Zanon-Borsi"),
            ("We are against a Wild", "Federica Zanon-Borsi"),
            ("impossible to carry out the", "interior ministry"),
            ("punish tens of thousands of", "Italian Association of Hosts and Short Lets"),
            ("hand the market to the", "Italian Association of Hosts and Short Lets"),
            ("It is a decree written", "Corrado Bellandi"),
            ("Key boxes are the symptom", "Elisabetta Gherardini-Pace"),
            ("What we need is the", "Elisabetta Gherardini-Pace"),
        ],
    ),
    (
        """Berlin police clear climate activists' camp outside ministry

Police in Berlin have removed around 80 climate activists who had occupied a lawn outside the federal transport ministry for almost a week. The group says it will be back.

Berlin police on Saturday morning began clearing a protest camp set up by the climate group Letzte Chance Jetzt (Last Chance Now) outside the federal transport ministry in the city's Mitte district.

Officers carried several protesters who refused to leave to waiting vans, while others left voluntarily. A police spokesman said 23 people had been temporarily detained to establish their identities.

"The assembly was dissolved because the conditions imposed by the assembly authority were repeatedly violated," Berlin police wrote in a post on social media. "We called on participants several times to leave the area."

The activists had pitched some 30 tents on the lawn last Sunday, demanding a moratorium on motorway construction and a nationwide speed limit of 120 kilometers per hour (75 mph). Banners reading "Asphalt is not a future" were still hanging from the ministry fence on Saturday afternoon.

Activists vow to return

"We stayed peaceful to the last minute, and we will stay peaceful when we come back," group spokeswoman Johanna Kleefeld, 24, told reporters.

She accused the government of "sitting out the climate crisis while the motorways get wider" and said the group was planning further protests in Munich and Hamburg in the coming weeks.

Berlin's interior senator, Dirk Wallhausen, defended the operation. "The right to protest is a high good in our democracy," he said in a statement. "But it does not include the right to set up a permanent settlement on public land."

Legal row over tents

Lawyers for the group said they would challenge the eviction in court. Attorney Nele Brückner-Saß said the assembly authority had "deliberately constructed" a breach of conditions to justify clearing the camp.

"A tent is a form of expression, just like a banner," Brückner-Saß told reporters outside the police station where the detained activists were being held.

Earlier this year, a Berlin administrative court ruled in a separate case that overnight camps could in principle be protected by freedom of assembly, but that authorities were entitled to impose conditions.

Passers-by reacted with mixed feelings. "I think what they want is right, but camping outside a ministry does not change anything," said a 58-year-old man who gave his name only as Holger.

The federal transport ministry declined to comment on the eviction itself, but said in a written reply to questions that the minister was "always open to dialogue with all sections of society."

Edited by: Kai Rohrbeck""",
        [
            ("The assembly was dissolved because", "Berlin police"),
            ("We called on participants several", "Berlin police"),
            ("We stayed peaceful to the", "Johanna Kleefeld"),
            ("sitting out the climate crisis", "Johanna Kleefeld"),
            ("The right to protest is", "Dirk Wallhausen"),
            ("But it does not include", "Dirk Wallhausen"),
            ("deliberately constructed", "Nele Brückner-Saß"),
            ("A tent is a form", "Nele Brückner-Saß"),
            ("I think what they want", "Holger"),
            ("always open to dialogue with", "federal transport ministry"),
        ],
    ),
    (
        """Former Riviera mayor goes on trial over 'phantom jobs'

NICE, France (AFP) - A former mayor of the Riviera resort of Cap-Varenne went on trial in Nice on Monday accused of paying more than 1.4 million euros of public money to relatives and political allies for jobs they never did.

Gérard Mauclair-Santoni, 69, who ran the town of 14,000 people for 22 years until 2020, denies charges of embezzlement of public funds and favouritism. He faces up to 10 years in prison and a fine of one million euros if convicted.

Arriving at the courthouse in a dark suit, the former mayor told reporters he was "calm and determined to restore the truth".

"I have given my life to this town," he said. "I have nothing to hide and nothing to be ashamed of."

According to the investigating magistrates' referral order, seen by AFP, 11 people were placed on the municipal payroll between 2012 and 2019 without any trace of work being found. The magistrates wrote that the system amounted to "a genuine clientelist machine, financed by the taxpayers of Cap-Varenne".

Among those employed were the former mayor's sister-in-law, the son of his campaign treasurer and a local football coach who, investigators found, had been living in Corsica for much of the period.

The case came to light in 2020 after a complaint by an anti-corruption association, Transparence Citoyenne Sud, and a report by the regional audit chamber that flagged "serious irregularities in the management of personnel".

"For years, everyone in Cap-Varenne knew, and nobody said anything," the association's lawyer, Sandrine Abecassis-Morel, said before the hearing. "This trial is the trial of a system of impunity."

Mauclair-Santoni's lawyer, Philippe Dray-Cassagne, said the prosecution had confused "the flexible working arrangements of a small town" with fraud.

"Not every job in a town hall produces paperwork," Dray-Cassagne said. "My client will explain, case by case, what each of these people did."

The current mayor, Laetitia Ruscassier, who defeated Mauclair-Santoni's chosen successor in 2020, said in a statement that the town had joined the proceedings as a civil party to recover money "that belongs to the residents".

Ten other defendants, including a former director general of municipal services, are also on trial. The hearings are scheduled to last until Friday, and a verdict is expected early next year.

mra/ah/sw""",
        [
            ("calm and determined to restore", "Gérard Mauclair-Santoni"),
            ("I have given my life", "Gérard Mauclair-Santoni"),
            ("I have nothing to hide", "Gérard Mauclair-Santoni"),
            ("a genuine clientelist machine, financed", "investigating magistrates"),
            ("serious irregularities in the management", "regional audit chamber"),
            ("For years, everyone in Cap-Varenne", "Sandrine Abecassis-Morel"),
            ("This trial is the trial", "Sandrine Abecassis-Morel"),
            ("the flexible working arrangements of", "Philippe Dray-Cassagne"),
            ("Not every job in a", "Philippe Dray-Cassagne"),
            ("My client will explain, case", "Philippe Dray-Cassagne"),
            ("that belongs to the residents", "Laetitia Ruscassier"),
        ],
    ),
    (
        """Museum director quits in row with ministry over bronze loan

Naples, February 7 - The director of the Museo Archeologico dei Campi Flegrei, Adriana Castelvetri-Noce, resigned on Friday after a public clash with the culture ministry over the loan of two Roman bronze statues to an exhibition in Dubai.

In a letter to Culture Undersecretary Fabrizio Donadio-Lenti, released to the press by the museum, Castelvetri-Noce said she could "no longer guarantee the protection of the heritage entrusted to me" and accused the ministry of overruling the museum's scientific committee.

Her letter was blunt: "I did not become an archaeologist to sign off on decisions taken elsewhere for reasons that have nothing to do with conservation."

The ministry approved the loan in January despite a negative opinion from the museum's scientific committee, which found that the bronzes, recovered from the sea off Baia in the 1980s, were "not in a condition to travel" after restoration work completed only last year.

Donadio-Lenti said he "took note" of the resignation with regret but rejected the accusations.

"The loan was authorised after all the necessary technical checks, and the statues will travel with every guarantee," he told reporters in Rome.

"Italian art must not be locked away in storerooms," he added. "Sharing it with the world is also a way of protecting it."

Opposition lawmakers called on the undersecretary to appear before parliament. Senator Raffaella Pintus of the opposition Progressive Left party said the affair was "the umpteenth humiliation of our technical staff" and announced that she had filed a parliamentary question.

The Federation of Cultural Heritage Workers (FLBC) said in a note that staff at the museum were "shocked and bitter" and would hold a two-hour assembly on Monday morning, during which the museum will remain closed.

Castelvetri-Noce, 54, had led the museum since 2021 and was credited with doubling visitor numbers, in part thanks to evening openings and a programme of underwater archaeological tours.

Under ministry rules, an interim director must be appointed within 30 days. The exhibition in Dubai is due to open on March 20.""",
        [
            ("no longer guarantee the protection", "Adriana Castelvetri-Noce"),
            ("I did not become an", "Adriana Castelvetri-Noce"),
            ("not in a condition to", "museum's scientific committee"),
            ("took note", "Fabrizio Donadio-Lenti"),
            ("The loan was authorised after", "Fabrizio Donadio-Lenti"),
            ("Italian art must not be", "Fabrizio Donadio-Lenti"),
            ("Sharing it with the world", "Fabrizio Donadio-Lenti"),
            ("the umpteenth humiliation of our", "Raffaella Pintus"),
            ("shocked and bitter", "Federation of Cultural Heritage Workers"),
        ],
    ),
]
