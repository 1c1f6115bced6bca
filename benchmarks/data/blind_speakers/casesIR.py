CASES = [
    (
        """Brazil top court upholds ban on ex-president Rezende, scrambling opposition plans

By Ana Lúcia Ferraz

BRASILIA, March 12 (Reuters) - Brazil's Supreme Federal Court on Tuesday upheld an electoral ban on former President Otávio Rezende Campos, dealing a heavy blow to the conservative leader's hopes of returning to the ballot in next year's presidential election.

In a 7-4 vote, the justices rejected an appeal by Rezende's lawyers, who argued that the Superior Electoral Court had exceeded its authority when it barred him from running for office for eight years over his repeated attacks on the country's electronic voting system.

"The Constitution does not protect the deliberate spreading of falsehoods about the electoral process by the very person charged with defending it," Justice Marília Torquato wrote in the majority opinion, which she read aloud in the court's plenary.

Rezende, who left office three years ago after narrowly losing his re-election bid, called the ruling "a political verdict dressed up as law" in a post on social media and said he would take his case to the Inter-American Commission on Human Rights.

"They can ban my name, but they cannot ban the millions of Brazilians who think like me," he wrote.

His lawyer, Fábio Guimarães Neto, told reporters outside the court that the defense was "studying every avenue" still available, though legal experts said there was little room left for appeal in Brazil's courts.

The decision is likely to intensify a scramble on the right to find a candidate capable of challenging the leftist government. Senator Cristiano Albuquerque of the Liberal Renewal Party, widely seen as a possible stand-in, said the party would "respect the decision but never accept the injustice."

One person close to the former president, who asked not to be named because the discussions were private, said Rezende was "furious but not surprised" and had already begun sounding out allies about whom he would endorse.

Justice Minister Helena Vasconcelos welcomed the outcome. "The court has done its job. Now it is up to the voters to do theirs," she said in a statement.

Outside the court, a few hundred Rezende supporters draped in green and yellow flags gathered behind police barricades on the Esplanade of Ministries.

"We came because this is persecution, pure and simple," said Sueli Matos, a 58-year-old retiree who had traveled overnight by bus from Goiania.

Analysts said the ruling removed one source of uncertainty but could also energize Rezende's base.

"This takes the biggest question mark off the table for the opposition, but it also hands them a martyr," said Rodrigo Paiva, a political scientist at the Getúlio Institute for Public Policy in Sao Paulo.

(Reporting by Ana Lúcia Ferraz; Additional reporting by Tiago Brandão in Sao Paulo; Editing by Karen Holloway)""",
        [
            ("The Constitution does not protect", "Marília Torquato"),
            ("a political verdict dressed up", "Otávio Rezende Campos"),
            ("They can ban my name,", "Otávio Rezende Campos"),
            ("studying every avenue", "Fábio Guimarães Neto"),
            ("respect the decision but never", "Cristiano Albuquerque"),
            ("furious but not surprised", "person close to the former president"),
            ("The court has done its", "Helena Vasconcelos"),
            ("We came because this is", "Sueli Matos"),
            ("This takes the biggest question", "Rodrigo Paiva"),
        ],
    ),
    (
        """Argentine police fire tear gas at retirees protesting pension freeze

By MARTÍN OLAVARRÍA Associated Press

BUENOS AIRES, Argentina (AP) — Argentine police fired tear gas and rubber bullets Wednesday at hundreds of retirees and their supporters protesting outside Congress against a pension freeze ordered by President Esteban Larraguibel, leaving dozens injured in the latest clash over the government's austerity drive.

At least 23 people were treated for injuries, including a news photographer who was hit in the head by a tear gas canister and remained in serious condition Wednesday night, according to the city's emergency medical service.

The weekly protests by pensioners have become a symbol of resistance to Larraguibel's spending cuts, which have brought down inflation but pushed millions of Argentines into poverty.

"I worked for 42 years and now I can't afford my medicine," said Norma Beatriz Quiroga, 74, who held a cardboard sign bearing a photograph of her late husband.

"They tell us there is no money. There was money to pay the bankers," she said, wiping her eyes with a handkerchief.

Argentina's Ministry of National Security said in a statement that officers had acted "in strict compliance with protocol" after what it called "organized violent groups" threw stones and set fire to trash bins near the Congress building.

Security Minister Lorena Achával defended the police response in an interview with local radio.

"Whoever blocks the streets will face the full weight of the law," she said. "We are not going back to the chaos of the past."

The injured photographer, Pablo Nievas, 51, works for a small cooperative news agency. Colleagues said he had been standing apart from the protesters when he was struck.

"He was just standing there with his camera. There was nobody near him," said Carla Benítez, a fellow photographer who helped carry him to an ambulance.

Opposition lawmaker Matías Ferreyra called the crackdown "a disgrace for democracy" and said he would ask Congress to summon Achával for questioning.

The Confederation of Argentine Workers, one of the country's largest union federations, said its leaders would meet Thursday to discuss calling a general strike. "The government wants to balance the budget on the backs of our grandparents," the confederation said in a statement.

Presidential spokesman Javier Olaciregui told reporters at the Casa Rosada that the government would not reverse the pension freeze.

"The president will not be pressured by those who want to return Argentina to inflation and ruin," Olaciregui said. "The numbers are the numbers."

Larraguibel has vetoed two bills passed by Congress this year that would have raised pensions, arguing they would wreck his goal of a balanced budget.

Associated Press writer Daniela Roldán contributed to this report.""",
        [
            ("I worked for 42 years", "Norma Beatriz Quiroga"),
            ("They tell us there is", "Norma Beatriz Quiroga"),
            ("in strict compliance with protocol", "Ministry of National Security"),
            ("organized violent groups", "Ministry of National Security"),
            ("Whoever blocks the streets will", "Lorena Achával"),
            ("We are not going back", "Lorena Achával"),
            ("He was just standing there", "Carla Benítez"),
            ("a disgrace for democracy", "Matías Ferreyra"),
            ("The government wants to balance", "Confederation of Argentine Workers"),
            ("The president will not be", "Javier Olaciregui"),
            ("The numbers are the numbers.", "Javier Olaciregui"),
        ],
    ),
    (
        """Judge sends former economy minister Iturbe to trial over road contracts

By Tomás Echenique

Federal Judge Gustavo Lamberti on Thursday ordered former economy minister Rosario Iturbe to stand trial for allegedly running a scheme that steered hundreds of millions of dollars in road contracts to construction firms linked to her political allies.

In a 312-page ruling, Lamberti said there was sufficient evidence to try Iturbe and 14 other defendants, including two former heads of the National Roads Directorate and four businessmen, for fraud against the public administration and illicit association. The case, known in the courts as “Ruta Sur,” covers contracts awarded in the provinces of Neuquén and Río Negro over six years.

“The evidence gathered shows not isolated irregularities but a deliberate and sustained system for diverting public funds,” Lamberti wrote, adding that Iturbe had exercised “decisive control over the allocation” of the works.

The judge also ordered the seizure of assets worth up to 40 billion pesos and barred Iturbe from leaving the country.

Iturbe, who served as economy minister for three years and is now a senator for Río Negro, rejected the charges. Speaking to a Buenos Aires radio station on Thursday afternoon, she said she was the victim of “a judicial persecution orchestrated from the Casa Rosada” and insisted she had never signed a single contract.

“They have been investigating me for five years and they have not found one peso in my accounts,” she said. “This is not justice, it is politics by other means.”

Her lawyer, Alejandro Sarmiento Lugones, was equally dismissive: “There is not a single document in this file that links my client to any payment. The judge has built a case on suspicions and newspaper articles.”

He said the defence would appeal to the Federal Appeals Chamber.

Prosecutor Diego Ulloa, who led the investigation, told the Times that the ruling vindicated nearly four years of work by his office.

“We followed the money, contract by contract,” Ulloa said. “The pattern was always the same: the same companies, the same inflated prices, the same delays.”

The ruling comes at a delicate moment for the opposition Frente Federal Popular, which has been weighing whether to nominate Iturbe for governor of Río Negro next year.

A senior official in the Frente Federal Popular, who spoke on condition of anonymity because internal discussions were ongoing, said the party would stand by her “at least for now” but acknowledged that the ruling “complicates everything for us.”

Justice Minister Federico Aldao Paz wrote on X that “justice is finally arriving for those who stole from Argentines,” a post that Iturbe’s allies described as improper interference in a judicial matter.

No trial date has been set. As a sitting senator, Iturbe retains immunity from arrest but not from prosecution.""",
        [
            ("The evidence gathered shows not", "Gustavo Lamberti"),
            ("decisive control over the allocation", "Gustavo Lamberti"),
            ("a judicial persecution orchestrated from", "Rosario Iturbe"),
            ("They have been investigating me", "Rosario Iturbe"),
            ("This is not justice, it", "Rosario Iturbe"),
            ("There is not a single", "Alejandro Sarmiento Lugones"),
            ("We followed the money, contract", "Diego Ulloa"),
            ("The pattern was always the", "Diego Ulloa"),
            ("at least for now", "senior official in the Frente Federal Popular"),
            ("complicates everything for us", "senior official in the Frente Federal Popular"),
            ("justice is finally arriving for", "Federico Aldao Paz"),
        ],
    ),
    (
        """Ombudsman warns of armed group pressure on Colombia's presidential campaign

BOGOTÁ — Colombia's Ombudsman's Office warned Monday that armed groups are threatening candidates and voters in at least 112 municipalities ahead of May's presidential election, a day after front-runner Ximena Arboleda Restrepo called off a rally in Cauca following a security alert.

In an early warning report presented in Bogotá, the office said dissident guerrilla factions and drug trafficking organizations were "imposing restrictions on campaigning, pressuring communities to vote for specific candidates and threatening social leaders who refuse to comply."

Ombudsman Ricardo Mosquera Palacios said the situation was the most serious his office had documented in a decade.

"We are seeing a return to practices we thought were behind us: armed men telling peasants who to vote for, and candidates who cannot set foot in entire municipalities," Mosquera told reporters at the presentation of the report.

"The state has to be present in these territories before election day, not after," he added.

Of the municipalities identified, 38 were classified at the highest level of risk, most of them in the departments of Cauca and Nariño, the Bajo Cauca region of Antioquia and the Catatumbo region on the Venezuelan border.

On Sunday, Arboleda, a former governor of Valle del Cauca running for the centrist Movimiento Nueva Colombia, canceled a planned rally in Santander de Quilichao after the National Police received intelligence about a possible attack on her convoy.

A police officer in Popayán, who spoke on condition of anonymity because he was not authorized to discuss the case, said the alert concerned a dissident FARC unit operating in the north of the department. "The information was specific enough that we could not take the risk," the officer said.

Arboleda posted a video on her social media accounts hours later. "We will not be intimidated. We will go back to Cauca, and we will go with the people," she said.

Her main rival, right-wing senator Andrés Felipe Cuervo, used the episode to attack the outgoing government's "Peace in the Territories" program, which offered negotiations to several armed groups.

"This government opened the door to the criminals and called it peace. Today even the candidates are afraid to campaign," Cuervo told a Medellín radio station.

Interior Minister Patricia Londoño Gil said the government would deploy more than 250,000 police officers and soldiers on election day and called on all campaigns to "lower the tone" of their rhetoric.

National Registrar Hernán Duque Salazar sought to reassure voters. "Colombia has held elections in far more difficult circumstances, and the results have always been respected," he said in a statement.

The first round of voting is scheduled for May 31, with a possible runoff three weeks later.""",
        [
            ("imposing restrictions on campaigning, pressuring", "Ombudsman's Office"),
            ("We are seeing a return", "Ricardo Mosquera Palacios"),
            ("The state has to be", "Ricardo Mosquera Palacios"),
            ("The information was specific enough", "police officer in Popayán"),
            ("We will not be intimidated.", "Ximena Arboleda Restrepo"),
            ("This government opened the door", "Andrés Felipe Cuervo"),
            ("lower the tone", "Patricia Londoño Gil"),
            ("Colombia has held elections in", "Hernán Duque Salazar"),
        ],
    ),
    (
        """Teachers march in Belo Horizonte as strike against Minas Gerais governor enters third week

By Luana Pacheco, Contributing Reporter

BELO HORIZONTE, BRAZIL – Tens of thousands of public school teachers marched through central Belo Horizonte on Wednesday as a strike against Minas Gerais Governor Renato Amaral Coutinho entered its third week, with no sign of agreement over pay or a contested pension reform.

The march, organized by the State Teachers’ Union (SindProf-MG), wound from Praça da Liberdade to the Legislative Assembly, where lawmakers are due to vote next week on the governor’s proposal to raise the pension contribution of state servants from 14 to 16 percent.

“We are not asking for privileges. We are asking for the minimum salary that the law already guarantees to every teacher in Brazil,” said Cláudia Reis de Almeida, president of the union, speaking from a sound truck outside the Assembly.

“The governor prefers to pay for advertising than to pay the people who teach our children,” she continued, drawing loud applause from the crowd.

Organizers estimated turnout at 40,000 people; the Minas Gerais Military Police put the number at around 12,000. In a note, the Military Police said the march was largely peaceful but that officers had detained three people for “isolated acts of vandalism” against bank branches on Avenida Afonso Pena.

Among the marchers was Joana, a 34-year-old mathematics teacher from the neighboring city of Contagem, who declined to give her surname for fear of retaliation.

“I have two jobs and I still cannot pay the rent. Many of my colleagues are leaving the profession,” she said.

The governor, who is widely expected to run for president next year, has refused to negotiate while the strike continues. In a video posted on Instagram on Tuesday evening, Coutinho said the state “cannot spend money it does not have” and accused the union of acting on behalf of the opposition.

“This is a political strike, and the students are the ones paying the price,” he said in the video.

A spokeswoman for the state Education Department said 61 percent of schools were operating normally on Wednesday, a figure the union disputes. She said the department would begin docking the pay of striking teachers next month, as authorized by a court ruling last week.

“The right to strike is guaranteed, but so is the right of students to learn,” the spokeswoman said.

Last Friday, Judge Márcio Fontenelle of the Minas Gerais State Court of Justice declined to declare the strike illegal but ordered that at least half of teachers remain in classrooms, describing public education as “an essential service that cannot be interrupted indefinitely.” He set a daily fine of R$100,000 against the union for non-compliance.

The union said it would appeal the ruling and hold a new assembly on Monday to decide whether to continue the strike.""",
        [
            ("We are not asking for", "Cláudia Reis de Almeida"),
            ("The governor prefers to pay", "Cláudia Reis de Almeida"),
            ("isolated acts of vandalism", "Minas Gerais Military Police"),
            ("I have two jobs and", "Joana"),
            ("cannot spend money it does", "Renato Amaral Coutinho"),
            ("This is a political strike,", "Renato Amaral Coutinho"),
            ("The right to strike is", "spokeswoman"),
            ("an essential service that cannot", "Márcio Fontenelle"),
        ],
    ),
    (
        """Colombia top court strikes down president's emergency tax decree

Bogota (AFP) - Colombia's Constitutional Court on Thursday struck down a state of economic emergency declared by President Mauricio Caicedo Lozano, dealing a heavy blow to the leftist leader's plans to fund social programs by decree after Congress rejected his tax reform.

In a 6-3 decision, the court found that the government had failed to show the country faced a sudden and unforeseeable crisis, as the constitution requires before the executive can assume extraordinary powers.

"The economic emergency cannot be used to replace the ordinary legislative process or to circumvent decisions that Congress has taken in the exercise of its powers," the court said in a statement.

The decree, dubbed the "decretazo" by critics, would have allowed the government to raise taxes on financial transactions and on oil and coal exports without the approval of lawmakers.

Court president Liliana Ospina Barrera told reporters the ruling took no position on the merits of the government's economic policies.

"It is not for this court to decide whether a tax is good or bad. It is for this court to decide who has the power to impose it," she said.

Caicedo reacted angrily on social media, accusing the magistrates of siding with "the economic powers that have always governed Colombia."

Hours later, speaking before thousands of supporters in the Caribbean port city of Barranquilla, he went further.

"Today they have told the poorest people of Colombia that their needs can wait. That the hospitals can wait, that the school meals can wait," the president said.

"But the people cannot wait any longer. We will take this fight to the streets and, next year, to the ballot box."

Caicedo, a former senator and trade unionist, is barred by the constitution from seeking a second term in next year's election, but his Progressive Pact coalition is expected to field a candidate.

Finance Minister Andrea Villamizar said the ruling would leave a gap of around 12 trillion pesos (about $3 billion) in next year's budget and that the government would be forced to "make painful cuts" in spending.

The National Business Council, which groups Colombia's largest companies, welcomed the decision, saying in a statement that it "reaffirms the separation of powers and gives certainty to investors."

The Colombian peso strengthened 1.2 percent against the dollar after the ruling was announced.

"The president is going to use this ruling as a campaign argument. For him, a defeat in court is almost as useful as a victory," said Sergio Manrique, a political analyst at Bogota's Universidad Santa Clara.

It was the second time in a year that the Constitutional Court has overturned a major initiative of the Caicedo government, after it struck down part of his health reform in March.

jss/mel/dw""",
        [
            ("The economic emergency cannot be", "Constitutional Court"),
            ("It is not for this", "Liliana Ospina Barrera"),
            ("the economic powers that have", "Mauricio Caicedo Lozano"),
            ("Today they have told the", "Mauricio Caicedo Lozano"),
            ("But the people cannot wait", "Mauricio Caicedo Lozano"),
            ("make painful cuts", "Andrea Villamizar"),
            ("reaffirms the separation of powers", "National Business Council"),
            ("The president is going to", "Sergio Manrique"),
        ],
    ),
    (
        """Argentina's Arrieta Vetoes University Funding Bill, Setting Up Clash With Congress

By Camila Etchart and Julián Borda

(Bloomberg) -- Argentine President Facundo Arrieta Lynch vetoed a bill that would have boosted funding for public universities, setting up a showdown with lawmakers who must now decide whether they can muster the two-thirds majority needed to override him.

The veto, published in the official gazette early Friday, argues that the law would cost about 0.14% of gross domestic product without identifying a source of financing, jeopardizing the government's goal of a primary fiscal surplus.

"The fiscal balance is not negotiable," Economy Minister Santiago Vidal Ocampo said in an interview with Bloomberg News on Thursday, ahead of the decree's publication. "Every peso that Congress spends without funding ends up as inflation."

University leaders called the move an attack on public education and announced a national march for next Wednesday. Héctor Barrionuevo, rector of the National University of San Justo and head of the council of public university rectors, said professors' salaries had lost about a third of their purchasing power since Arrieta took office.

"We have professors earning less than a waiter. Many are leaving for the private sector or leaving the country," Barrionuevo said by phone. "If this continues, some universities will not be able to finish the semester."

The government has been negotiating with provincial governors to secure enough votes to sustain the veto in the lower house, offering funds for public works in exchange, according to people familiar with the matter who asked not to be identified because the talks are private. One government official involved in the negotiations described the count as "very tight but manageable."

Lower house lawmaker Germán Sosa Achaval, who co-sponsored the bill, said the opposition had "the votes and the will" to override the president.

Argentina's dollar bonds due 2035 rose about 0.5 cent on the dollar in New York trading on Friday, while the peso was little changed in the official market.

"The market sees the veto as confirmation that the fiscal anchor remains intact, but the political cost is rising," Lucía Ferraro, chief economist at Pampa Capital in Buenos Aires, wrote in a note to clients. "A successful override would be the first real test of the opposition's ability to coordinate."

Arrieta, a former television commentator who won the presidency promising to shrink the state, has vetoed six laws since taking office. Congress has overturned only one of them. On Friday he defended the decision in a post on X, writing that universities should "submit to audits like everyone else" before asking for more money.

—With assistance from Patricia Laurenti.""",
        [
            ("The fiscal balance is not", "Santiago Vidal Ocampo"),
            ("Every peso that Congress spends", "Santiago Vidal Ocampo"),
            ("We have professors earning less", "Héctor Barrionuevo"),
            ("If this continues, some universities", "Héctor Barrionuevo"),
            ("very tight but manageable", "government official involved in the negotiations"),
            ("the votes and the will", "Germán Sosa Achaval"),
            ("The market sees the veto", "Lucía Ferraro"),
            ("A successful override would be", "Lucía Ferraro"),
            ("submit to audits like everyone", "Facundo Arrieta Lynch"),
        ],
    ),
    (
        """Indigenous protesters camp in Brasília as supreme court weighs land rights case

Thousands gather in capital ahead of ruling that could decide fate of hundreds of territorial claims

Isabela Marques in Brasília

More than 6,000 Indigenous people from across Brazil have set up camp in the capital, Brasília, as the supreme court prepares to rule on a case that could determine the future of hundreds of pending claims to ancestral land.

Under painted banners and the smoke of cooking fires, delegations from more than 150 ethnic groups gathered on Tuesday on the lawn in front of the national congress, vowing to stay until the judges reach a decision.

‘We have been waiting 35 years for the state to keep the promise it made in the constitution,’ said Aruanã Pataxó, a 41-year-old leader from southern Bahia who travelled for two days by bus with 60 members of her community. ‘Every year there is another delay, another vote, another trick.

‘This time we are not leaving. Not until the court decides.’

The case centres on the so-called ‘cut-off date’ thesis, a legal argument championed by agribusiness groups that would limit Indigenous claims to territories physically occupied on 5 October 1988, the day Brazil’s current constitution was enacted. Indigenous leaders say the rule ignores the fact that many communities had been violently expelled from their lands before that date.

According to ‘Land Under Siege’, a report published last month by the Indigenous Lands Observatory, a São Paulo-based research group, 212 demarcation processes are stalled pending the court’s decision.

The Brazilian Rural Producers’ Association, which represents large landowners, says that without a cut-off date farmers would face ‘permanent legal insecurity’.

‘Nobody here is against Indigenous people. But a farmer who bought his land legally and has worked it for three generations cannot wake up one day and discover it isn’t his any more,’ said Vítor Hugo Brandalise, a federal deputy from Mato Grosso and a leader of the congressional agribusiness caucus.

The rapporteur in the case, Justice Eduardo Lacerda Moura, told journalists on Monday that the court would decide ‘according to the constitution and nothing else’, and declined to say when a vote would take place.

Brazil’s minister of Indigenous peoples, Tainá Potiguara Lemos, visited the camp on Tuesday afternoon and addressed the crowd through a megaphone.

‘This government stands with the original peoples of this land, and we trust that the court will too,’ she said, to cheers and the sound of maracas.

The Federal District Military Police said it had deployed 800 officers around the Esplanade of Ministries and described the camp as ‘entirely peaceful and orderly’ so far.

For many at the camp, the stakes are personal. Moacir Terena, 67, said his village in Mato Grosso do Sul had been attacked twice by gunmen this year.

‘They burn our houses and then say we are the invaders,’ he said. ‘If the court gives them this, there will be more blood.’""",
        [
            ("We have been waiting 35", "Aruanã Pataxó"),
            ("Every year there is another", "Aruanã Pataxó"),
            ("This time we are not", "Aruanã Pataxó"),
            ("permanent legal insecurity", "Brazilian Rural Producers’ Association"),
            ("Nobody here is against Indigenous", "Vítor Hugo Brandalise"),
            ("according to the constitution and", "Eduardo Lacerda Moura"),
            ("This government stands with the", "Tainá Potiguara Lemos"),
            ("entirely peaceful and orderly", "Federal District Military Police"),
            ("They burn our houses and", "Moacir Terena"),
            ("If the court gives them", "Moacir Terena"),
        ],
    ),
]
