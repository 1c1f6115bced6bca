CASES = [
    (
        """EU fines Dutch payments firm Veltrix 412 million euros over merchant contracts

By Annelies Brouwer

BRUSSELS, March 12 (Reuters) - The European Commission fined Dutch payments processor Veltrix 412 million euros ($448 million) on Wednesday for pushing merchants to use its card terminals exclusively, the latest in a series of antitrust cases targeting the fast-growing digital payments sector.

The EU competition enforcer said Veltrix, which handles card transactions for about 1.4 million shops and restaurants across 19 countries, had tied discounts on its processing fees to exclusivity clauses between 2017 and 2022, shutting out smaller rivals.

"Veltrix made it practically impossible for merchants to switch to a cheaper or better provider," EU competition commissioner Henrike Solberg told a news conference. "That kept prices high for shop owners and, ultimately, for consumers."

Veltrix said it would appeal to the General Court in Luxembourg.

"We strongly disagree with the Commission's findings and believe our contracts were lawful and pro-competitive," the company said in a statement. "Merchants chose Veltrix because we offered them the best service at the best price."

The fine is equivalent to about 3.8% of the company's 2023 turnover, below the 10% cap the Commission can impose for breaches of EU antitrust rules.

The case was triggered by a 2021 complaint from the European Merchant Payments Alliance, a Brussels-based group representing independent payment providers. Its secretary general, Olivier Castagne, said the decision came too late for several of its members, who had since left the market.

"It's a welcome decision, but three of our members went bust while this investigation was dragging on," Castagne told Reuters. He said the Commission should use interim measures "much more often" in fast-moving markets.

Solberg defended the length of the probe, saying the Commission had needed to analyse more than 60,000 merchant contracts in 11 languages. She added that her services were "looking closely" at similar practices by other processors, without naming them.

Veltrix shares fell 2.1% in Amsterdam by 1130 GMT, having already slipped in recent weeks on reports that a decision was imminent.

Brokerage Kessler Brandt said the penalty was largely priced in. "The bigger issue for Veltrix is the commitment to scrap exclusivity, which could cost it market share in Benelux and Germany," it wrote in a note to clients.

The Commission also ordered Veltrix to end the practice within 90 days and to allow merchants under existing contracts to terminate them without penalty.

(Reporting by Annelies Brouwer; Editing by Mark Hollis)""",
        [
            ("Veltrix made it practically impossible", "Henrike Solberg"),
            ("That kept prices high", "Henrike Solberg"),
            ("We strongly disagree with", "Veltrix"),
            ("Merchants chose Veltrix because", "Veltrix"),
            ("It's a welcome decision,", "Olivier Castagne"),
            ("much more often", "Olivier Castagne"),
            ("looking closely", "Henrike Solberg"),
            ("The bigger issue for", "Kessler Brandt"),
        ],
    ),
    (
        """Parliament's lobbying crackdown stalls as groups squabble over scope

A year after promising an ethics overhaul, MEPs still can't agree on who should publish meetings with lobbyists.

By Tomasz Wierzbicki

A push to force MEPs to publish every meeting with lobbyists has hit a wall, with the European Parliament's biggest political groups unable to agree on how far the new rules should go.

The proposal, drafted by Green MEP Saskia Lindqvist, would require all lawmakers — not only rapporteurs and committee chairs — to log meetings with registered interest representatives within two weeks. It would also cover informal contacts held over lunch or on the sidelines of events.

"Citizens are entitled to know who is knocking on our doors," Lindqvist told POLITICO. "Right now, a lobbyist can spend a whole week in this building and leave almost no trace."

But the proposal has run into resistance from the center-right European People's Party, whose negotiator, Austrian MEP Bernhard Kofler, called it "a bureaucratic monster" that would discourage lawmakers from talking to small businesses and civil society.

"Nobody is against transparency," Kofler said. "But I meet farmers, mayors, small entrepreneurs every week. Am I supposed to file a report every time someone stops me in the corridor?"

Two officials involved in the talks said the Socialists and Democrats were split on the issue, with several Southern European members quietly siding with the EPP. One S&D official, who was granted anonymity to discuss internal deliberations, said the group's leadership wanted "a deal, not a fight" before the summer recess.

The stalemate comes 14 months after the Parliament pledged to overhaul its ethics rules in the wake of a cash-for-influence scandal involving a former vice president, which prompted an internal review and a series of reform promises from Parliament President Margarethe Valentin-Roos.

Transparency campaigners are losing patience. Lobby Watch Europe, a Brussels-based NGO, said in a report published Tuesday that only 41 percent of MEPs had declared a single meeting in the past six months.

"The Parliament promised a clean-up and has delivered a shrug," the report said.

Kofler's office pushed back on the figures, arguing that many MEPs do not meet lobbyists at all. Still, there are signs of movement. According to a compromise text seen by POLITICO, the EPP could accept mandatory publication for MEPs who sit on committees handling files under active negotiation — a narrower scope than Lindqvist wants.

Her response was blunt: "A half-transparent Parliament is not a transparent Parliament."

A vote in the constitutional affairs committee is penciled in for June 24, though one parliamentary official warned that date "could easily slip again." Lindqvist said she would table the full text in plenary if the committee fails to act before the recess.""",
        [
            ("Citizens are entitled to know", "Saskia Lindqvist"),
            ("Right now, a lobbyist", "Saskia Lindqvist"),
            ("a bureaucratic monster", "Bernhard Kofler"),
            ("Nobody is against transparency,", "Bernhard Kofler"),
            ("But I meet farmers,", "Bernhard Kofler"),
            ("a deal, not a fight", "S&D official"),
            ("The Parliament promised a clean-up", "Lobby Watch Europe"),
            ("A half-transparent Parliament is", "Saskia Lindqvist"),
            ("could easily slip again.", "parliamentary official"),
        ],
    ),
    (
        """Commissioner-designate Ruiz Altamira promises tougher merger reviews

By Ilse Vandamme

BRUSSELS - The EU's incoming competition commissioner told MEPs on Monday (7 October) she would not bow to pressure from national capitals to wave through mergers creating so-called European champions.

Spain's Carmen Ruiz Altamira, who faced three hours of questions from the economic and monetary affairs committee, said the EU's merger rules were "fit for purpose" but conceded that enforcement had at times been "too slow for the markets we regulate."

"I hear the argument that Europe needs bigger companies to compete with the United States and China," she told the committee. "I understand it. But I will not approve a merger that raises prices for European consumers just because the company that emerges is European.

"Scale is not a strategy. Innovation is a strategy, and innovation comes from competition."

Her remarks appeared aimed at France and Germany, whose economy ministers last month wrote to the commission calling for a revision of the merger guidelines to take industrial and geopolitical considerations into account.

Several MEPs pressed her on that letter. French liberal MEP Aurelien Marchetti asked whether she would "resist the Elysee and the Chancellery when they call."

"My phone will be on," Ruiz Altamira replied, to laughter in the room. "But the decisions will be taken on the basis of evidence, by my services, under the treaties."

Left-wing MEPs focused on the pharmaceutical sector. Irish MEP Ciaran O Dalaigh, of the Left group, cited commission data showing that generic drug prices in some member states had risen by over 30 percent since 2021.

"Patients are paying for cartels that nobody in this building has bothered to investigate," he said.

Ruiz Altamira said she would ask her services to prioritise cases in health markets and promised to report back to the committee within a year.

Conservative MEPs were less convinced. Polish ECR member Radoslaw Zientek said after the hearing that the nominee had "said all the right things and committed to nothing."

The hearing comes amid a broader debate over enforcement of the Digital Markets Act, which Ruiz Altamira will share with the internal market commissioner. She said she would publish the first non-compliance decisions "in the coming months," without giving further details.

Committee coordinators are expected to meet on Tuesday to assess her performance. According to two parliamentary sources, the main groups are likely to approve her without requiring written follow-up questions.

A plenary vote on the full commission is scheduled for 23 October in Strasbourg.""",
        [
            ("fit for purpose", "Carmen Ruiz Altamira"),
            ("too slow for the markets", "Carmen Ruiz Altamira"),
            ("I hear the argument that", "Carmen Ruiz Altamira"),
            ("I understand it. But", "Carmen Ruiz Altamira"),
            ("Scale is not a strategy.", "Carmen Ruiz Altamira"),
            ("resist the Elysee and", "Aurelien Marchetti"),
            ("My phone will be on,", "Carmen Ruiz Altamira"),
            ("But the decisions will", "Carmen Ruiz Altamira"),
            ("Patients are paying for cartels", "Ciaran O Dalaigh"),
            ("said all the right things", "Radoslaw Zientek"),
            ("in the coming months,", "Carmen Ruiz Altamira"),
        ],
    ),
    (
        """EU opens in-depth probe into Nordic telecoms merger

Brussels (AFP) - The EU on Thursday launched an in-depth investigation into the planned merger of Swedish telecoms operator Nordlink and Danish rival Telemark Danmark, warning the deal could push up mobile prices for millions of consumers.

The European Commission said it had "preliminary concerns" that the 7.2-billion-euro tie-up would reduce the number of mobile network operators in Denmark from four to three and weaken competition in the Swedish business market.

"Mobile services are essential for people's daily lives and for businesses of all sizes," the commission said in a statement. "We need to make sure this transaction does not lead to higher prices or lower quality."

Brussels now has 90 working days, until mid-September, to decide whether to clear the deal, block it or demand concessions.

Nordlink chief executive Per-Anders Holmgren said the group was "disappointed but not surprised" by the decision and would "work constructively" with EU officials.

"This merger will create a stronger operator, able to invest in 5G and fibre across the Nordic region," he said in a statement. "We are confident we can address the commission's concerns."

Telecoms companies have long lobbied Brussels to relax its stance on so-called four-to-three mergers, arguing that Europe's fragmented market, with dozens of operators, prevents them from making the investments needed to compete with US and Asian rivals.

That argument has gained ground in several European capitals, and the industry has stepped up its lobbying since the new commission took office.

Marianne Lefevre, director general of the European Telecoms Operators Forum, the sector's main lobby group, told AFP: "Europe cannot have 100 operators and expect world-class networks. Consolidation is not a threat to consumers, it is a condition for investment."

Consumer groups disagree. Dansk Forbrugerforum, a Copenhagen-based consumer association, said prices had risen in other countries after similar deals.

"Every time the number of operators has fallen, families have paid the bill," said its head of policy, Mette Kjaergaard.

A diplomat from one EU member state, speaking on condition of anonymity, said the case would be "a real test" of whether the commission's new leadership was ready to shift its approach.

The commission has blocked or forced major concessions in several similar deals over the past decade, most often by requiring the merged company to sell spectrum or grant network access to a new entrant.

Nordlink and Telemark Danmark together serve around 6.5 million mobile customers. Shares in Nordlink closed down 1.8 percent in Stockholm.""",
        [
            ("preliminary concerns", "European Commission"),
            ("Mobile services are essential", "European Commission"),
            ("We need to make sure", "European Commission"),
            ("disappointed but not surprised", "Per-Anders Holmgren"),
            ("work constructively", "Per-Anders Holmgren"),
            ("This merger will create", "Per-Anders Holmgren"),
            ("We are confident we", "Per-Anders Holmgren"),
            ("Europe cannot have 100", "Marianne Lefevre"),
            ("Every time the number", "Mette Kjaergaard"),
            ("a real test", "diplomat from one EU member state"),
        ],
    ),
    (
        """MEP’s aide ‘accepted €38,000 in gifts’ from lobbying firm, Belgian prosecutors say

Fiona Gallagher in Brussels

Belgian prosecutors have charged a parliamentary assistant and two employees of a Brussels consultancy with corruption, in the latest case to cast a shadow over the European parliament’s efforts to clean up its image.

The assistant, identified only as Jan V. under Belgian privacy rules, worked for a Flemish MEP on the parliament’s industry committee. Prosecutors allege that between 2021 and 2023 he accepted holidays, concert tickets and cash payments worth about €38,000 from Halvorsen & Pike, a public affairs firm representing clients in the chemicals sector.

In return, according to the Belgian federal prosecutor’s office, he passed on confidential drafts of amendments and ‘sought to influence’ the MEP’s voting list on legislation restricting so-called forever chemicals.

‘The investigation has established a pattern of regular contacts and benefits that cannot be explained by normal professional relations,’ the prosecutor’s office said in a statement on Thursday.

The MEP, Liesbeth Van Acker, who has not been accused of wrongdoing, said she had been ‘shocked and saddened’ to learn of the allegations and had dismissed the assistant as soon as police contacted her office last spring.

‘I had complete trust in this person,’ she said in a televised interview. ‘My votes were always my own, and I will cooperate fully with the justice system.’

Halvorsen & Pike said it had suspended the two employees and commissioned an external review of its compliance procedures.

‘We take these allegations extremely seriously,’ a spokeswoman for the firm said. ‘The conduct described is wholly incompatible with our values.’

The firm’s clients include several large chemicals producers, which lobbied heavily against the restrictions before they were adopted in a weakened form last year.

The case is likely to reignite a debate over the parliament’s ethics regime. Anti-corruption campaigners have long argued that the roughly 2,000 accredited assistants who work for MEPs are subject to far weaker scrutiny than the lawmakers themselves.

Nuria Castellvi, who heads the Brussels office of the campaign group Integrity Europe, said: ‘Assistants draft amendments, sit in technical meetings and have access to confidential texts. Yet nobody checks who they meet or what gifts they receive. That is a gaping hole.’

A senior parliament official, speaking on condition of anonymity, said the institution was ‘looking at options’ for extending declaration requirements to staff, but warned that any change would need the approval of the bureau, which has been reluctant to add new burdens.

The accused face up to five years in prison if convicted. A lawyer for the assistant, Pieter-Jan Goossens, told reporters outside the Brussels courthouse that his client ‘firmly denies’ the charges and would ‘demonstrate his innocence in court’.""",
        [
            ("accepted €38,000 in gifts", "Belgian federal prosecutor’s office"),
            ("sought to influence", "Belgian federal prosecutor’s office"),
            ("The investigation has established", "Belgian federal prosecutor’s office"),
            ("shocked and saddened", "Liesbeth Van Acker"),
            ("I had complete trust", "Liesbeth Van Acker"),
            ("My votes were always", "Liesbeth Van Acker"),
            ("We take these allegations", "spokeswoman"),
            ("The conduct described is", "spokeswoman"),
            ("Assistants draft amendments, sit", "Nuria Castellvi"),
            ("looking at options", "senior parliament official"),
            ("firmly denies", "Pieter-Jan Goossens"),
            ("demonstrate his innocence in court", "Pieter-Jan Goossens"),
        ],
    ),
    (
        """MEPs demand probe into supermarket alliances as food prices bite

By Giedre Paulauskaite | Euractiv

The European Parliament on Wednesday (14 May) adopted a non-binding resolution calling on the Commission to investigate cross-border buying alliances formed by large supermarket chains, which farm groups accuse of squeezing suppliers and driving small producers out of business.

The text, drafted by Portuguese centre-left MEP Duarte Valente Nogueira, passed by 412 votes to 171, with 38 abstentions.

“Four or five alliances now negotiate on behalf of supermarkets controlling more than half of Europe’s grocery sales,” Nogueira told lawmakers during Tuesday evening’s debate in Strasbourg. “When a farmer or a small food processor sits across the table from them, it is not a negotiation. It is an ultimatum.”

The resolution asks the Commission to assess whether the alliances, several of them headquartered outside the EU, breach EU antitrust rules, and to consider new guidelines on joint purchasing.

Retailers reacted angrily. In a statement, the Retail Europe Federation said the resolution was “based on anecdotes, not evidence” and warned that curbing the alliances would “hand even more bargaining power to multinational brand manufacturers”.

“Buying alliances are what allow retailers to push back when global giants demand double-digit price increases,” said the federation’s director general, Stefan Lindemeyer. “Weakening them means higher prices at the checkout. It is that simple.”

Speaking for the Commission during the debate, Agriculture Commissioner Jonas Vaitkus said the EU executive was “monitoring the market very closely” and had already sent questionnaires to several alliances.

He stopped short of promising a formal investigation. “Competition law applies to everybody, large and small. But we act on evidence, and we will follow the evidence where it leads,” he told the chamber.

Farm organisations welcomed the vote. Ignacio Barredo, president of the Spanish farmers’ union Unión Agraria de Castilla, told Euractiv by phone that “for the first time, Parliament has called the problem by its name”.

Not all MEPs were convinced. German liberal MEP Friederike Hollstein, who voted against, argued that the resolution mixed up two different problems.

“Farmers are right to be angry about low prices at the farm gate, but the answer is not to attack retailers who are trying to keep food affordable,” she said. “This text tells consumers one thing and farmers another.”

Lobbyists on both sides have stepped up their activity ahead of the Commission’s planned review of the unfair trading practices directive, due later this year. According to the EU transparency register, retail and brand-manufacturer associations declared combined lobbying budgets of more than €14 million last year.

One Commission official, who asked not to be named, said the joint purchasing question would “almost certainly” be addressed in the review, but that any enforcement action would take “years rather than months”.""",
        [
            ("Four or five alliances now", "Duarte Valente Nogueira"),
            ("When a farmer or", "Duarte Valente Nogueira"),
            ("based on anecdotes, not evidence", "Retail Europe Federation"),
            ("hand even more bargaining power", "Retail Europe Federation"),
            ("Buying alliances are what", "Stefan Lindemeyer"),
            ("Weakening them means higher", "Stefan Lindemeyer"),
            ("monitoring the market very closely", "Jonas Vaitkus"),
            ("Competition law applies to", "Jonas Vaitkus"),
            ("for the first time,", "Ignacio Barredo"),
            ("Farmers are right to", "Friederike Hollstein"),
            ("This text tells consumers", "Friederike Hollstein"),
            ("almost certainly", "Commission official"),
            ("years rather than months", "Commission official"),
        ],
    ),
    (
        """EU Accuses Stratosfera of Abusing Dominance in Public-Sector Cloud Software

By Lars Vinterberg

(Bloomberg) -- The European Union accused Stratosfera Systems AG of abusing its dominance in software used by public administrations, escalating a two-year probe that could lead to fines of as much as 10% of the Munich-based company's annual sales.

The European Commission said in a preliminary finding on Tuesday that Stratosfera made it harder for city councils, hospitals and ministries to move their data to rival cloud providers by charging steep fees and limiting interoperability.

"Public bodies should be free to choose the best and most cost-effective cloud services, and not be locked in by their software supplier," EU antitrust chief Elodie Marchand-Veil said in a statement.

Stratosfera said it would respond to the commission's concerns "in due course" and rejected any suggestion that it had sought to lock in customers.

"Our customers can and do switch providers," spokesman Florian Aigner said in an emailed statement. "We have continuously expanded interoperability, often going well beyond what the law requires."

The company's shares fell as much as 4.3% in Frankfurt trading, the biggest intraday drop in three months.

The so-called statement of objections is a formal step in EU antitrust cases, giving companies a chance to see the evidence against them and reply before a final decision. Stratosfera can also offer remedies to settle the case.

The practices "risk entrenching a dominant position at the very moment when European administrations are migrating to the cloud," according to a 140-page commission document seen by Bloomberg. The document cites internal Stratosfera emails in which a sales executive describes migration fees as "our best moat against the hyperscalers."

The case was triggered by complaints from a group of smaller European cloud providers, including Lyon-based Nuveo and Estonia's Pilvetorn. Nuveo co-founder Gaspard Lemoine said public authorities had repeatedly told his company they wanted to switch "but could not afford the exit bill."

"This is about whether Europe's digital sovereignty means anything," Lemoine said in an interview. "You cannot talk about sovereignty while public data is held hostage by licensing terms."

Stratosfera, which employs 38,000 people and reported revenue of 19.4 billion euros ($21 billion) last year, spent about 5.5 million euros lobbying EU institutions in 2023, making it one of the biggest corporate spenders in Brussels, according to the EU's transparency register.

People familiar with the matter said the commission could issue a decision early next year if no settlement is reached. One of them, who asked not to be identified because the discussions are private, said Stratosfera had "informally sounded out" officials about possible commitments in recent weeks.

--With assistance from Katja Brenner.""",
        [
            ("Public bodies should be free", "Elodie Marchand-Veil"),
            ("in due course", "Stratosfera Systems AG"),
            ("Our customers can and do", "Florian Aigner"),
            ("We have continuously expanded", "Florian Aigner"),
            ("risk entrenching a dominant position", "European Commission"),
            ("our best moat against the", "sales executive"),
            ("but could not afford the", "Gaspard Lemoine"),
            ("This is about whether", "Gaspard Lemoine"),
            ("You cannot talk about", "Gaspard Lemoine"),
            ("informally sounded out", "person familiar with the matter"),
        ],
    ),
    (
        """European Parliament lifts immunity of lawmaker in foreign influence probe

BRUSSELS (AP) — The European Parliament voted Tuesday to strip a Slovak lawmaker of his immunity from prosecution, clearing the way for Belgian investigators to question him over allegations that he took money to promote the interests of a foreign government.

Lawmakers meeting in Strasbourg, France, backed the request by 498 votes to 62, with 41 abstentions. Milan Hrabovsky, 54, who sits as an independent, has denied wrongdoing.

"I have nothing to hide, and I voted for my own immunity to be lifted," Hrabovsky told reporters after the vote. "This is a political campaign against me because I have asked uncomfortable questions."

Belgian prosecutors suspect Hrabovsky received at least 260,000 euros ($283,000) through a consultancy firm registered in Cyprus in exchange for tabling amendments and organizing events favorable to a government outside the European Union. Prosecutors have not publicly identified the country.

The Parliament's Committee on Legal Affairs, which examined the request, said in its report that it had found "no evidence of an intention to obstruct the member's political activity."

The case is the latest in a string of influence scandals to hit the 720-seat assembly, which has faced criticism for being slow to police its own members.

In a speech to the chamber before the vote, Parliament President Adriana Costel said the institution must show it was "not a playground for foreign interests."

"Every time one of us is suspected of selling his vote, all of us lose the trust of citizens," she said. "We have strengthened our rules. We will strengthen them again if we must.

"But rules alone are not enough. Each of us has a personal responsibility."

Hrabovsky's lawyer, Thibault Vanderlinden, said his client would cooperate with investigators. "He will answer every question put to him, and he will do so with a clear conscience," Vanderlinden said in a written statement.

Anti-corruption campaigners welcomed the vote but said the Parliament still lacked an independent ethics body with the power to investigate. Hanna Leinonen, EU director of the Civic Integrity Network, said lawmakers had repeatedly promised such a body.

"We keep finding out about these cases from police raids, not from Parliament's own oversight," she said.

An official in the Belgian federal prosecutor's office, who spoke on condition of anonymity because the investigation is ongoing, told The Associated Press that Hrabovsky would be summoned "in the coming weeks." The official declined to say whether other lawmakers were under investigation.

Slovakia's Foreign Ministry declined to comment.""",
        [
            ("I have nothing to hide,", "Milan Hrabovsky"),
            ("This is a political campaign", "Milan Hrabovsky"),
            ("no evidence of an intention", "Committee on Legal Affairs"),
            ("not a playground for foreign", "Adriana Costel"),
            ("Every time one of us", "Adriana Costel"),
            ("We have strengthened our rules.", "Adriana Costel"),
            ("But rules alone are", "Adriana Costel"),
            ("He will answer every question", "Thibault Vanderlinden"),
            ("We keep finding out", "Hanna Leinonen"),
            ("in the coming weeks.", "official in the Belgian federal prosecutor's office"),
        ],
    ),
]
