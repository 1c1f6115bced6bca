CASES = [
    (
        """Czech coalition partner threatens walkout over hospital cuts in draft budget

PRAGUE, March 12 (Reuters) - The junior partner in the Czech ruling coalition threatened on Tuesday to quit the government unless the finance ministry restores funding for regional hospitals that was cut from next year's draft budget, deepening a rift that has simmered since the autumn.

The Civic Renewal party, which holds 19 seats in the 200-member lower house, said it would not back the budget in its current form. Its leader, Deputy Prime Minister Radka Novotná, told reporters after a party board meeting that "patience has run out" on the hospital question.

"We signed a coalition agreement that put regional healthcare first. This draft does the opposite, and we will not vote for it," Novotná said. "If the finance minister wants to govern without us, he should say so openly."

Finance Minister Pavel Hruška, of the larger Centre Alliance, has argued the cuts are needed to keep the deficit below 3% of gross domestic product, the ceiling set by EU rules.

"Every crown we add to one chapter has to come from another," Hruška said in a statement. "I am ready to talk, but not to pretend that the arithmetic is different from what it is."

Prime Minister Ondřej Vlček, who has led the four-party coalition since 2022, played down the dispute. Speaking at an event in the eastern town of Zlínov, he said he expected a compromise "within days, not weeks" and described the row as "a normal part of coalition life".

Two coalition sources, who asked not to be named because the talks were private, said the government was considering diverting some unspent EU cohesion money to the hospitals, a move that would require approval from Brussels.

"It is the only pot of money nobody is fighting over yet," one of the sources said.

Without Civic Renewal, the coalition would control 88 seats, leaving it dependent on opposition lawmakers or independents to pass legislation. The opposition Forward Movement, which leads opinion polls, called for an early election.

"This government cannot agree on a budget, so how can it agree on anything?" Forward Movement deputy chairman Lukáš Beneš wrote on X.

Analysts said a collapse remained unlikely before the summer. "Both sides have too much to lose from a snap vote right now," said Jana Křížová, a political scientist at the Institute for Central European Affairs in Brno.

"Civic Renewal is using the threat to extract money, not to leave," she added.

The lower house is due to hold the first reading of the budget on March 27.

(Reporting by Tomáš Dvořák; Editing by Alison Whitford)""",
        [
            ("patience has run out", "Radka Novotná"),
            ("We signed a coalition agreement", "Radka Novotná"),
            ("If the finance minister wants", "Radka Novotná"),
            ("Every crown we add to", "Pavel Hruška"),
            ("I am ready to talk,", "Pavel Hruška"),
            ("within days, not weeks", "Ondřej Vlček"),
            ("a normal part of coalition", "Ondřej Vlček"),
            ("It is the only pot", "coalition source"),
            ("This government cannot agree on", "Lukáš Beneš"),
            ("Both sides have too much", "Jana Křížová"),
            ("Civic Renewal is using the", "Jana Křížová"),
        ],
    ),
    (
        """Thousands Rally in Sofia Against Choice of New Chief Prosecutor

Desislava Marinova
BIRN
Sofia

Thousands of people gathered outside the Supreme Judicial Council in Sofia on Thursday evening to protest against the council's nomination of Stoyan Kirilov as the country's next chief prosecutor, accusing the body of ignoring demands for an open competition.

The rally, the largest in the capital since the spring, was organised by Justice for All, a coalition of civic groups and student associations, and was backed by the opposition Change Together party.

"The council has once again shown that it answers to a few people in the shadows, not to the citizens," said Maria Dobreva, one of the organisers, addressing the crowd from a makeshift stage.

Kirilov, currently deputy head of the Sofia City Prosecutor's Office, was the only candidate put forward. His nomination was approved by 17 of the council's 25 members on Tuesday.

In a written statement sent to BIRN, the Supreme Judicial Council said the procedure had been "fully transparent and in line with the law", and that all members had been given the opportunity to question the candidate.

"The council respects the right of citizens to protest, but it cannot make decisions under pressure from the street," the statement added.

Kirilov declined to comment when approached by BIRN on Thursday. At a hearing before the council last week, he said he would "not be anybody's prosecutor" and promised to make corruption in public procurement his priority.

Critics point to his role in closing an investigation into a controversial land deal near the Black Sea resort of Kamenets in 2021, as well as to his long career inside the so-called "prosecutorial vertical", the system under which the chief prosecutor can overrule any subordinate.

Justice Minister Georgi Atanasov, whose party is a member of the governing coalition, said on Wednesday that the government had no power to stop the appointment, but urged the council to "listen carefully" to the concerns raised.

"I would have preferred a competitive procedure with more than one name on the list," Atanasov told Bulgarian National Radio. "That is not what happened, and people are right to ask why."

The European Commission has repeatedly raised concerns about the accountability of the chief prosecutor in its annual reports on the rule of law in Bulgaria.

Under Bulgarian law, the President must issue a decree for the appointment to take effect and may return a nomination to the council once.

Organisers said they would return to the streets every evening until the President decides.

"We are not going anywhere," Dobreva said. "If they think we will get tired, they do not know this generation," she added.""",
        [
            ("The council has once again", "Maria Dobreva"),
            ("fully transparent and in line", "Supreme Judicial Council"),
            ("The council respects the right", "Supreme Judicial Council"),
            ("not be anybody's prosecutor", "Stoyan Kirilov"),
            ("listen carefully", "Georgi Atanasov"),
            ("I would have preferred a", "Georgi Atanasov"),
            ("That is not what happened,", "Georgi Atanasov"),
            ("We are not going anywhere,", "Maria Dobreva"),
            ("If they think we will", "Maria Dobreva"),
        ],
    ),
    (
        """Polish president refuses to sign law on regional EU funds, sending it to Constitutional Tribunal

Marta Zielińska

President Tadeusz Grabowski has sent a law reforming the distribution of EU cohesion funds to the Constitutional Tribunal instead of signing it, a move the government warns could delay the payment of billions of euros to Polish regions.

The legislation, passed by the Sejm last month with the votes of the ruling coalition, would give regional assemblies, rather than the central government, the final say over how a large share of the money is spent. Its supporters argue that this is one of the conditions set by Brussels for releasing the next tranche of payments.

Announcing his decision on Friday, Grabowski said the law “violates the constitutional principle of a unitary state” and risked creating “sixteen small governments competing with Warsaw”.

“I will not sign a law that weakens the Polish state under the pretext of European money,” he told journalists at the presidential palace. “Let the tribunal decide.”

The government responded angrily. The minister of funds and regional policy, Katarzyna Wróbel, accused the president of “playing politics with money that belongs to Polish municipalities”.

“Every month of delay means roads that are not built, schools that are not renovated and companies that do not get support,” she wrote on social media. “The president knows this perfectly well.

“He also knows that the tribunal, in its current form, is not an independent court.”

That last remark refers to the long-running dispute over the tribunal’s legitimacy, which the ruling coalition does not recognise because of the way some of its judges were appointed under the previous government.

The Ministry of Funds and Regional Policy later issued a statement saying that around €4.2 billion in payments “could be frozen” if the reform is not in force by the end of the year.

Local leaders have also voiced concern. “We have projects ready, tenders prepared and contractors waiting. What we do not have is legal certainty,” Jan Mazur, head of the regional assembly in Biała Rzeka, told Notes from Poland.

The main opposition party, National Community (WN), welcomed the president’s decision. “The president is doing his job, which is to defend the constitution and the sovereignty of the Polish state,” said Piotr Sadowski, a WN spokesman.

A spokeswoman for the European Commission told Notes from Poland that it was “following developments closely” and that payments depended on “the milestones agreed with the Polish authorities”.

Constitutional lawyers are divided on the merits of the case. Ewa Lis, a professor of constitutional law, argues that the president’s objections are “politically understandable but legally weak”, pointing out that regional assemblies already manage a significant part of EU funding under existing laws.

The tribunal has no deadline to rule on the case.""",
        [
            ("violates the constitutional principle of", "Tadeusz Grabowski"),
            ("sixteen small governments competing with", "Tadeusz Grabowski"),
            ("I will not sign a", "Tadeusz Grabowski"),
            ("Let the tribunal decide.", "Tadeusz Grabowski"),
            ("playing politics with money that", "Katarzyna Wróbel"),
            ("Every month of delay means", "Katarzyna Wróbel"),
            ("The president knows this perfectly", "Katarzyna Wróbel"),
            ("He also knows that the", "Katarzyna Wróbel"),
            ("could be frozen", "Ministry of Funds and Regional Policy"),
            ("We have projects ready, tenders", "Jan Mazur"),
            ("The president is doing his", "Piotr Sadowski"),
            ("following developments closely", "spokeswoman"),
            ("the milestones agreed with the", "spokeswoman"),
            ("politically understandable but legally weak", "Ewa Lis"),
        ],
    ),
    (
        """‘We will not be silenced’: tens of thousands march in Budapest against foreign funding law

Hungarian protesters rally against bill that would force NGOs receiving money from abroad to register as ‘foreign interest organisations’

Réka Szalai in Budapest

Tens of thousands of people marched through central Budapest on Sunday in one of the largest anti-government demonstrations in years, protesting against a bill that critics say is designed to silence independent civil society before next spring’s election.

The legislation, submitted to parliament by the ruling National Unity party last week, would require any organisation that receives more than 3m forints (£6,500) a year from abroad to register as a “foreign interest organisation” and hand its donor lists to a new state office.

“They want to turn everyone who helps the poor, the sick or the environment into a foreign agent,” said Eszter Horváth, 34, a social worker who had travelled from the eastern city of Tiszavár with her two children. “We will not be silenced. Not by this law, not by any law.”

Organisers put the crowd at more than 80,000; police did not give an estimate.

The prime minister, Zoltán Kertész, has defended the bill as a matter of national sovereignty. In a Facebook video posted on Saturday, he said Hungarians had a right to know “who is paying whom, and why”.

“If someone wants to influence Hungarian politics with money from Brussels or from American billionaires, they should at least have the courage to do it openly,” he said.

Kertész’s chief of staff, Gergely Balla, went further, describing the protest organisers as “the paid troops of a foreign network” in an interview with the pro-government broadcaster Hír Plusz.

Among the groups likely to be affected is the Open Table Foundation, which runs food banks in 12 towns across the country.

“We receive about a third of our budget from a Norwegian fund and EU programmes. Under this law, we would be treated like spies,” said its director, Anna Kiss. “Some of our donors have already asked whether they should stop.”

The European Commission, which has frozen billions of euros of funding for Hungary over rule-of-law concerns, said it was analysing the bill. A senior EU official, speaking on condition of anonymity, said the law appeared to be “almost a copy” of legislation struck down by the EU’s top court in 2020, and that Brussels would “not hesitate” to act.

The opposition leader Dániel Fekete, whose Renewal movement is ahead of National Unity in several recent polls, addressed the crowd outside parliament as the march ended.

“This is not a law against NGOs,” he said. “It is a law against anyone who is not afraid.”

The bill is expected to be put to a final vote in early June. National Unity holds a two-thirds majority in parliament, enough to pass it without opposition support.""",
        [
            ("We will not be silenced", "Eszter Horváth"),
            ("They want to turn everyone", "Eszter Horváth"),
            ("We will not be silenced.", "Eszter Horváth"),
            ("who is paying whom, and", "Zoltán Kertész"),
            ("If someone wants to influence", "Zoltán Kertész"),
            ("the paid troops of a", "Gergely Balla"),
            ("We receive about a third", "Anna Kiss"),
            ("Some of our donors have", "Anna Kiss"),
            ("almost a copy", "senior EU official"),
            ("not hesitate", "senior EU official"),
            ("This is not a law", "Dániel Fekete"),
            ("It is a law against", "Dániel Fekete"),
        ],
    ),
    (
        """Romanian Government Survives No-Confidence Vote As Protesters Rally Outside Parliament

By Andreea Stan

BUCHAREST -- Romania's coalition government survived a no-confidence vote on October 8, after opposition parties fell 11 votes short of the majority needed to topple Prime Minister Mihai Dragomir's cabinet over a surge in household energy bills.

The motion, filed by the opposition Romanian Dignity Alliance and backed by several independents, received 222 votes in the 465-seat joint session of parliament, short of the 233 required.

Dragomir, a former central bank official nicknamed "the Accountant" by supporters and critics alike, told lawmakers before the vote that the motion was "a cynical exercise" that would only push up the country's borrowing costs.

"Nobody in this room likes the bills that Romanians are receiving this winter. I don't like them either," he said. "But the answer is not to blow up the government and leave the country without a budget for three months."

Outside the parliament building, several thousand people gathered despite heavy rain, many waving national flags and placards calling for price caps to be restored. Police said the protest was largely peaceful, although two people were detained after scuffles with gendarmes near the main entrance.

Ioana Petrescu, a 61-year-old pensioner from the town of Valea Mare, told RFE/RL that her electricity bill had almost tripled since the summer. "I have worked 40 years. Now I have to choose between heating and medicine," she said.

The leader of the Romanian Dignity Alliance, Sorin Bălan, said the result showed that the coalition was "living on borrowed time."

"They survived today thanks to a handful of turncoats who were promised posts and money," Bălan told reporters. "The Romanians on the street will not forget who voted how."

According to two lawmakers from the ruling Social Liberal Union, at least four opposition deputies had been persuaded to abstain in exchange for government backing for infrastructure projects in their constituencies. The party denied this.

"No one was offered anything. These are the fantasies of people who lost a vote," the Social Liberal Union said in a statement.

The government has promised to present a revised energy-support scheme, funded partly with money from an EU fund for the modernization of energy systems, by the end of the month. Energy Minister Cristian Moga said the scheme would target "the most vulnerable 2 million households" rather than offer a blanket price cap, which he said the budget could no longer afford.

Romania is under an EU excessive-deficit procedure and has committed to bringing its budget shortfall below 6 percent of GDP next year.

Under the constitution, the opposition cannot file another no-confidence motion on the same grounds during the current parliamentary session.""",
        [
            ("a cynical exercise", "Mihai Dragomir"),
            ("Nobody in this room likes", "Mihai Dragomir"),
            ("But the answer is not", "Mihai Dragomir"),
            ("I have worked 40 years.", "Ioana Petrescu"),
            ("living on borrowed time.", "Sorin Bălan"),
            ("They survived today thanks to", "Sorin Bălan"),
            ("The Romanians on the street", "Sorin Bălan"),
            ("No one was offered anything.", "Social Liberal Union"),
            ("the most vulnerable 2 million", "Cristian Moga"),
        ],
    ),
    (
        """MEPs warn Slovakia over EU cohesion fund irregularities after fact-finding trip

By Tomasz Nowicki | Euractiv

A delegation of the European Parliament’s budgetary control committee has urged the Commission to consider suspending some cohesion payments to Slovakia, after a three-day visit uncovered what its head, Dutch MEP Marieke van Dam, called “a pattern of conflicts of interest” in the awarding of EU-funded contracts.

The seven MEPs visited Bratislava and the eastern town of Sokolany earlier this week, meeting officials from several ministries, the public procurement office and the prosecutor’s office, as well as civil society groups and local mayors.

“What we saw is not a series of isolated mistakes. It is a system,” van Dam said at a press conference in Brussels on Thursday.

“In several cases, the same small group of companies won tenders in municipalities where their owners sit on the local council,” she later told Euractiv.

According to a draft of the delegation’s report, seen by Euractiv, at least 14 projects worth a combined €96 million showed serious warning signs, including tenders with a single bidder and last-minute changes to technical specifications.

The Slovak government rejected the criticism. Deputy Prime Minister for Investment Milan Hudák said the delegation had “come with conclusions already written” and had ignored reforms introduced since last year.

“Slovakia has strengthened its controls more than most member states. We have nothing to hide,” Hudák said in a statement published on the government’s website. “If there are individual cases, the competent authorities will deal with them.”

Not all MEPs on the trip share the delegation head’s conclusions. Czech lawmaker Tomáš Řehák, who also took part in the visit, said: “I do not see any justification for freezing money that mayors and businesses are counting on. Punishing the regions for what happens in Bratislava would be wrong.”

Slovakia is one of the largest per capita recipients of EU cohesion money, with around €12.8 billion allocated for the 2021-2027 period, but it has long struggled to absorb the funds on time.

Asked whether a suspension was under consideration, a Commission spokesperson said only that “the Commission is in contact with the Slovak authorities” and would “assess all information received”.

Anti-corruption campaigners say the problems are not new. “For years, the controls existed on paper. The question is whether anyone will finally use them,” said Zuzana Mikulová, an analyst at the watchdog Open Tenders Slovakia.

The delegation’s final report is due to be adopted by the committee in November, before being put to a vote in the plenary.""",
        [
            ("a pattern of conflicts of", "Marieke van Dam"),
            ("What we saw is not", "Marieke van Dam"),
            ("In several cases, the same", "Marieke van Dam"),
            ("come with conclusions already written", "Milan Hudák"),
            ("Slovakia has strengthened its controls", "Milan Hudák"),
            ("If there are individual cases,", "Milan Hudák"),
            ("I do not see any", "Tomáš Řehák"),
            ("the Commission is in contact", "spokesperson"),
            ("assess all information received", "spokesperson"),
            ("For years, the controls existed", "Zuzana Mikulová"),
        ],
    ),
    (
        """Lithuanian Seimas opens probe into EU-backed offshore wind grid tender

bne IntelliNews

VILNIUS -- Lithuania's parliament, the Seimas, voted on June 4 to set up a special commission to investigate the award of a €310mn EU-backed contract for an offshore wind grid connection to a consortium led by local engineering company Baltvėja, after opposition deputies alleged the tender had been tailored to favour the winner.

The motion passed 74 to 38, with several deputies from the junior coalition party, the Farmers and Regions Union, breaking ranks to support it. The vote is an embarrassment for Prime Minister Rasa Jankauskienė, whose government has made the project the centrepiece of its energy-security strategy.

"We have documents showing that the qualification criteria were changed twice, each time in a way that excluded competitors," said opposition deputy Tomas Žukauskas, who initiated the inquiry. "Taxpayers and the European Commission deserve to know why."

Baltvėja rejected the allegations. "The tender was conducted by the state grid operator in full compliance with Lithuanian and EU procurement law. Baltvėja had no role in drafting the conditions," the company said in a statement sent to bne IntelliNews.

The company added that it would "cooperate fully" with the parliamentary commission and that any delay to the project would "only serve those who benefit from the region's energy dependence".

Darius Vaitkus, CEO of state grid operator Energijos Jungtys, told reporters in Vilnius that the changes to the criteria were "standard technical clarifications" requested by the bidders themselves.

Jankauskienė said she welcomed scrutiny but warned against politicising the project ahead of next year's general election. "Energy independence is not a party matter. I will not allow this to become a tool in the campaign," she told the public broadcaster.

About €190mn of the project's cost is to be covered by an EU infrastructure grant, with the rest financed by Energijos Jungtys and loans from the Nordic and European development banks.

A source at the Ministry of Energy, who asked not to be named, told bne IntelliNews that Brussels had requested additional documentation on the tender in April. "They asked very specific questions, which suggests someone has complained," the source said.

Analysts at Vilnius-based brokerage Gintaro Capital said the inquiry was unlikely to stop the project but could push back the final investment decision by several months. "The bigger risk is reputational. Foreign suppliers and lenders are watching how Lithuania handles this," senior analyst Paulius Grigas wrote in a note to clients.

The commission has three months to present its findings, with the possibility of a single extension.""",
        [
            ("We have documents showing that", "Tomas Žukauskas"),
            ("Taxpayers and the European Commission", "Tomas Žukauskas"),
            ("The tender was conducted by", "Baltvėja"),
            ("cooperate fully", "Baltvėja"),
            ("only serve those who benefit", "Baltvėja"),
            ("standard technical clarifications", "Darius Vaitkus"),
            ("Energy independence is not a", "Rasa Jankauskienė"),
            ("They asked very specific questions,", "source at the Ministry of Energy"),
            ("The bigger risk is reputational.", "Paulius Grigas"),
        ],
    ),
    (
        """Latvian PM quits: 'I will not lead a government of hostages'

By Laura Bērziņa, BBC News, Riga

Latvia's Prime Minister Edgars Kalniņš has resigned after his three-party coalition fell apart in a dispute over defence spending and the management of EU recovery funds.

His resignation on Thursday came two days after the Rural Union pulled its four ministers out of the cabinet, leaving the government without a majority in the 100-seat parliament, the Saeima.

In a short televised address, Mr Kalniņš said he had been left with no choice: "I will not lead a government of hostages, in which every decision is bought with another concession."

He accused his former partners of blocking a plan to move unused EU recovery money into rail and border-security projects in the east of the country.

"For months we have been negotiating with people who say yes in the morning and no in the evening," he said. "Latvia cannot afford that, not now."

The Rural Union's leader, Aivars Ozols, rejected that account. Speaking to reporters outside parliament, he said the prime minister had "tried to govern alone" and treated the coalition agreement "like a piece of paper".

"We were never against defence. We were against taking money promised to farmers and small towns without even asking them," Mr Ozols said.

The third coalition partner, the liberal New Course party, said in a statement that it regretted the collapse and was "ready to take responsibility" in a new government.

President Inese Lāce will now begin consultations with party leaders. She has said she wants a new government in place "as quickly as possible", ideally before parliament breaks for the summer.

Mr Kalniņš will remain in office as caretaker prime minister until a successor is approved by the Saeima.

One diplomat in Riga, who asked not to be named, said European partners were watching closely. "Nobody expects a change in foreign policy. The worry is that the EU money will sit unused while they argue," the diplomat said.

Latvia has so far drawn down less than half of the €1.8bn allocated to it under the EU's post-pandemic recovery fund, according to figures from the finance ministry. Money that is not committed by the fund's deadline will be lost.

Opinion polls suggest that an early election, which the constitution allows only in limited circumstances, would produce an even more fragmented parliament, with as many as nine parties passing the 5% threshold.""",
        [
            ("I will not lead a", "Edgars Kalniņš"),
            ("I will not lead a", "Edgars Kalniņš"),
            ("For months we have been", "Edgars Kalniņš"),
            ("Latvia cannot afford that, not", "Edgars Kalniņš"),
            ("tried to govern alone", "Aivars Ozols"),
            ("like a piece of paper", "Aivars Ozols"),
            ("We were never against defence.", "Aivars Ozols"),
            ("ready to take responsibility", "New Course"),
            ("as quickly as possible", "Inese Lāce"),
            ("Nobody expects a change in", "diplomat in Riga"),
        ],
    ),
]
