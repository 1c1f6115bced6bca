CASES = [
    (
        """Hartwald agree club-record fee for Feyenstad striker Mulder

By Katrin Vogel

BERLIN, July 14 (Reuters) - German top-flight side Hartwald 04 have agreed a club-record fee of around 38 million euros ($41.5 million) for Feyenstad striker Daan Mulder, the club said on Monday, ending weeks of negotiations that at one point appeared to have collapsed.

The 23-year-old Dutch international, who scored 27 league goals last season, has signed a five-year contract and will undergo a medical in Hartwald this week.

"Daan is exactly the type of player we have been looking for: quick, hungry and already proven at the highest level," Hartwald sporting director Jens Albrecht said in a statement.

"We knew it would not be easy to convince Feyenstad to let him go, and we respect the way they handled the talks."

The deal includes add-ons that could take the total to 45 million euros as well as a 10% sell-on clause, according to a source familiar with the negotiations.

Feyenstad, who finished second in the Dutch league last season, had rejected two earlier bids, and coach Ruud Brinkman told reporters last month that the player was "not for sale at any price".

On Monday, Brinkman struck a more conciliatory tone. "Every player has a moment when the next step is right for him and for the club," he told reporters at the club's training ground in Zwartmeer. "This is a lot of money for us and it will be reinvested in the squad."

Hartwald finished seventh last season and missed out on European qualification, a result chief executive Monika Straub described as "unacceptable for a club of our size" at the annual members' meeting in May.

The club's finances have come under scrutiny after it reported a net loss of 22.4 million euros for the 2023-24 financial year. Straub said the Mulder transfer would be funded partly through the sale of midfielder Tobias Renz to an English club earlier this month and partly through a new credit facility.

"We are not gambling with the club's future," she said. "Every euro has been accounted for."

A supporters' group, Nordkurve Hartwald, said in a post on social media that it welcomed the signing but wanted "full transparency over how the deal is financed".

Mulder is expected to join the squad for the pre-season training camp in Austria next week.

(Reporting by Katrin Vogel; Editing by Peter Hall)""",
        [
            ("Daan is exactly the type", "Jens Albrecht"),
            ("We knew it would not", "Jens Albrecht"),
            ("not for sale at any", "Ruud Brinkman"),
            ("Every player has a moment", "Ruud Brinkman"),
            ("This is a lot of", "Ruud Brinkman"),
            ("unacceptable for a club of", "Monika Straub"),
            ("We are not gambling with", "Monika Straub"),
            ("Every euro has been accounted", "Monika Straub"),
            ("full transparency over how the", "Nordkurve Hartwald"),
        ],
    ),
    (
        """Spanish club Almenara secures lifeline as creditors back debt deal

Madrid (AFP) - Spanish second-division club CD Almenara said on Thursday that creditors had approved a restructuring plan for its 140 million euros of debt, pulling the century-old club back from the brink of administration.

The agreement, reached after eight months of talks, converts around half the debt into long-term loans and hands a 35 percent stake to the investment fund Iberia Sports Capital, which will inject 40 million euros over three years.

"Today CD Almenara has a future again," club president Alfonso Barrera told a press conference at the Estadio La Ribera. "There were days when I honestly did not know if we would be able to pay the salaries at the end of the month."

Barrera, a construction entrepreneur who took over the presidency in 2021, said the club had been "living beyond its means for a decade" and that the new plan would impose strict spending limits.

Under the deal, the club's wage bill will be capped at 60 percent of revenues, in line with the league's economic control rules, and any money from player sales must first go towards paying off debt.

The Liga Profesional de Fútbol Español (LPFE), which had blocked Almenara from registering new signings last summer, welcomed the agreement.

"It is a responsible solution that protects the club, its employees and its supporters," the league said in a statement.

Not everyone was convinced. Ramón Ortega, spokesman for the supporters' association Peña Blanquiazul, said fans feared losing control of their club.

"Every time an investment fund comes in, they promise the world, and every time it ends the same way," Ortega told AFP. "We want guarantees in writing that the fund will not be able to sell the stadium."

Iberia Sports Capital, which also holds stakes in clubs in Portugal and Belgium, said it had "no intention whatsoever" of selling the stadium, which sits on prime land near the city's port.

A source close to the fund, speaking on condition of anonymity, said its managers saw Almenara as "a sleeping giant" with a catchment area of more than 600,000 people.

Almenara, who played in the top flight as recently as 2016, currently sit 11th in the second division. Relegation to the third tier would have cost the club around 15 million euros in television revenue, according to figures published in its latest annual accounts.

Coach Iñaki Zubiri said the news would lift the dressing room ahead of Sunday's home match against Racing Lugones.

"The players have been living with this uncertainty for months. Now they can concentrate on football," he said.

The restructuring plan must still be ratified by a commercial court in Valencia, a formality expected before the end of the year.""",
        [
            ("Today CD Almenara has a", "Alfonso Barrera"),
            ("There were days when I", "Alfonso Barrera"),
            ("living beyond its means for", "Alfonso Barrera"),
            ("It is a responsible solution", "Liga Profesional de Fútbol Español"),
            ("Every time an investment fund", "Ramón Ortega"),
            ("We want guarantees in writing", "Ramón Ortega"),
            ("no intention whatsoever", "Iberia Sports Capital"),
            ("a sleeping giant", "source close to the fund"),
            ("The players have been living", "Iñaki Zubiri"),
        ],
    ),
    (
        """Football’s governing body braces for fight over spending cap

By Clara Dumont

BRUSSELS — The European Football Confederation is heading for a showdown with the continent’s biggest clubs over plans to cap squad spending at 70 percent of revenue, with several leading teams threatening legal action.

The confederation’s executive committee signed off on the so-called “squad cost ratio” on Tuesday after more than a year of consultation with leagues, clubs and player unions.

“This is not about punishing ambition, it is about making sure clubs still exist in 20 years,” EFC President Henrik Lindqvist told reporters after the meeting. “Too many clubs have spent money they did not have, and too many communities have paid the price.”

Under the rules, clubs that exceed the cap will face fines and, for repeated breaches, points deductions in continental competitions. A transition period will run until the 2027-28 season.

But the Association of European Elite Clubs (AEEC), which represents around 40 of the continent’s wealthiest teams, said the measures “go far beyond what is necessary” and had been adopted “without meaningful consultation.”

“We support financial sustainability, but not rules that freeze the existing order and prevent ambitious clubs from growing,” the group said in a statement.

A senior executive at one of the AEEC’s member clubs, who asked not to be named because talks were ongoing, said lawyers were already examining whether the cap breached EU competition law. “If the confederation thinks we will simply accept this, they have misread the room,” the executive said.

Asked about the threat of legal action, an EFC spokesperson said: “We remain open to dialogue with all stakeholders, including those who disagree with us.”

The threat carries weight. A ruling by the EU’s highest court two years ago found that sports bodies could not use their regulatory power to shut out competitors, a decision that lawyers say has left governing bodies more exposed to challenge.

Sophie Van Damme, a sports lawyer at the Brussels firm Declercq Maes, said the confederation had “done its homework” this time.

“The cap is linked to revenue, it applies to everyone equally and there is a clear public-interest justification,” she said. “That makes it much harder to attack than some of the rules we have seen struck down in the past.”

Smaller leagues have largely welcomed the plan. Tomasz Wróbel, chief executive of the Polish Professional Football League, said the cap was “long overdue in a sport that has lost its sense of proportion” and urged the confederation not to water it down.

The EFC’s member associations are due to ratify the rules formally at the confederation’s congress in Lisbon in May.""",
        [
            ("This is not about punishing", "Henrik Lindqvist"),
            ("Too many clubs have spent", "Henrik Lindqvist"),
            ("go far beyond what is", "Association of European Elite Clubs"),
            ("without meaningful consultation", "Association of European Elite Clubs"),
            ("We support financial sustainability, but", "Association of European Elite Clubs"),
            ("If the confederation thinks we", "senior executive at one of the AEEC’s member clubs"),
            ("We remain open to dialogue", "spokesperson"),
            ("done its homework", "Sophie Van Damme"),
            ("The cap is linked to", "Sophie Van Damme"),
            ("That makes it much harder", "Sophie Van Damme"),
            ("long overdue in a sport", "Tomasz Wróbel"),
        ],
    ),
    (
        """Drumcarrig Rovers takeover in doubt as US investor misses deadline

Seán Kavanagh

The proposed takeover of Drumcarrig Rovers by American businessman Curtis Lyle Hammond has been thrown into doubt after the investor missed a deadline to provide proof of funds to the Irish Football Licensing Authority (IFLA).

Hammond, whose company Keystone Athletic Partners owns a second-tier club in Ohio, had agreed in principle to buy an 80 per cent stake in the club in August. The club’s board confirmed on Tuesday evening that the paperwork had not arrived by the 5pm deadline on Monday.

‘We are disappointed but not surprised,’ said a club statement. ‘The board has always been clear that the future of Drumcarrig Rovers will not be put at risk for the sake of a quick deal.’

Hammond, speaking to this newspaper by phone from Cleveland, said the delay was caused by ‘a banking technicality’ and that the money would be in place ‘within a matter of days’.

‘I’ve put my own money into this already and I’m not walking away,’ he said. ‘People in Drumcarrig deserve a club that can compete at the top end of the table and I want to give them that.’

Supporters’ trust chairwoman Niamh Costigan said members were increasingly anxious. The trust holds a 15 per cent stake and a veto over any sale of the club’s ground, Ballyfinn Park.

‘There’s a lot of goodwill towards anyone who wants to invest in the club, but goodwill only goes so far,’ Ms Costigan said. ‘We’ve had promises before. We need to see the money.’

Rovers, who finished sixth in the Premier Division last season, reported a loss of €412,000 in their most recent accounts. The club has relied on a €250,000 loan from local haulier Pádraig Moran to meet its wage bill since March.

A source close to the negotiations said the board had been ‘frustrated for weeks’ by the slow pace of the process and had already opened informal talks with a second, Irish-based consortium.

The IFLA said it could not comment on individual licensing matters but confirmed in a statement that every club ‘must demonstrate sufficient financial resources to complete the season’ before a licence is granted.

Manager Declan Furlong, speaking after Friday’s 2-1 win over St Colm’s, said his players were trying to ignore the noise.

‘The lads can only control what happens on the pitch,’ he said. ‘Anything off the pitch is above my pay grade, to be honest.’

Rovers are away to Ballinure Town on Friday night.""",
        [
            ("We are disappointed but not", "Drumcarrig Rovers"),
            ("The board has always been", "Drumcarrig Rovers"),
            ("a banking technicality", "Curtis Lyle Hammond"),
            ("within a matter of days", "Curtis Lyle Hammond"),
            ("I’ve put my own money", "Curtis Lyle Hammond"),
            ("People in Drumcarrig deserve a", "Curtis Lyle Hammond"),
            ("There’s a lot of goodwill", "Niamh Costigan"),
            ("We’ve had promises before", "Niamh Costigan"),
            ("frustrated for weeks", "source close to the negotiations"),
            ("must demonstrate sufficient financial resources", "Irish Football Licensing Authority"),
            ("The lads can only control", "Declan Furlong"),
            ("Anything off the pitch is", "Declan Furlong"),
        ],
    ),
    (
        """Valmonte coach Rinaldi hits out at agent as Bassetti saga drags on

By Marco Ferrante

Sporting Valmonte coach Stefano Rinaldi accused the agent of midfielder Luca Bassetti of "holding the club hostage" on Friday as the standoff over the player's contract renewal entered its third month.

Bassetti, 24, has one year left on his deal and has been linked with moves to clubs in England and Germany. Valmonte have offered a new four-year contract worth a reported 3.5 million euros a season, but talks have stalled over the size of a release clause and commission payments to his representative, Fabio Grech.

Speaking at his pre-match press conference ahead of Sunday's league game against Atletico Rivalta, Rinaldi did not hold back.

"I have a lot of respect for Luca. He is a professional, he trains well, he has never caused me a single problem," Rinaldi said.

"But there are people around him who are thinking more about their own pockets than about his career. That is the truth, and I am tired of pretending otherwise.

"If he wants to stay, the door is open. If he wants to leave, then the club must be paid properly. What we cannot do is lose a player of this quality for nothing next summer."

Grech hit back within hours. In a statement posted on his agency's website, he said he was "surprised and saddened" by the coach's remarks.

"My only interest has always been Luca's wellbeing and his career," the statement said. "We have made reasonable proposals to the club and we are still waiting for a serious answer."

Valmonte president Giorgio Lanzani, who bought the club in 2019 and has overseen its return to European competition, was more measured. Asked by reporters outside the club's training centre in Castelverde whether the player could be sold in January, he said: "Nobody is for sale and everybody is for sale. It depends on the offer and on what the coach wants."

The club's latest accounts show a loss of 18 million euros, and Valmonte need to generate around 25 million euros from player trading by June to stay within the league's financial limits, according to the regional sports daily Gazzetta del Nord.

A person close to the player said Bassetti himself wanted to stay but was "disappointed with how the talks have been handled by both sides".

Bassetti has started all eight league matches this season, scoring three goals, and was named in the national team squad for next month's qualifiers.

Valmonte are fourth in the table, two points behind the leaders. Sunday's match kicks off at 3pm.""",
        [
            ("holding the club hostage", "Stefano Rinaldi"),
            ("I have a lot of respect", "Stefano Rinaldi"),
            ("But there are people around", "Stefano Rinaldi"),
            ("If he wants to stay,", "Stefano Rinaldi"),
            ("surprised and saddened", "Fabio Grech"),
            ("My only interest has always", "Fabio Grech"),
            ("We have made reasonable proposals", "Fabio Grech"),
            ("Nobody is for sale and", "Giorgio Lanzani"),
            ("disappointed with how the talks", "person close to the player"),
        ],
    ),
    (
        """Portuguese club wins €9mn sell-on dispute against French rival

Inês Carvalho in Lisbon

A Portuguese football club has won a €9mn arbitration award against French side Olympique Saint-Arnaud in a dispute over how the proceeds of a player’s transfer should be shared, in a case lawyers say could change the way sell-on clauses are drafted across Europe.

The Court of Arbitration for Football, based in Geneva, ruled that Saint-Arnaud had wrongly deducted agents’ fees and a “loyalty bonus” paid to winger Rúben Matos before calculating the 20 per cent share owed to his former club, FC Vilanova do Mar.

Matos moved from Vilanova to Saint-Arnaud for €12mn in 2021 and was sold two years later to a club in the Gulf for €65mn.

“This decision confirms what we always said: a sell-on percentage means a percentage of the fee, not of whatever is left after the selling club has paid everyone else,” said Vilanova’s chief executive, Paulo Serrano.

For a club of Vilanova’s size, the sum is significant. The club, which has annual turnover of about €40mn, relies heavily on selling young players to bigger European sides, and Serrano said the money would go towards a new academy building.

Saint-Arnaud said it was “studying the ruling carefully” and had not decided whether to appeal to the Swiss federal court.

“The club acted in good faith and in accordance with the contract as it understood it,” a spokeswoman said.

Sell-on clauses have become an increasingly important source of income for mid-sized clubs, particularly in Portugal, the Netherlands and Belgium, whose leagues act as “stepping-stone” competitions for young players on their way to the continent’s richest clubs.

According to the consultancy Meridian Sports Advisory, sell-on payments accounted for roughly 8 per cent of transfer income for clubs in those leagues last year, up from 3 per cent a decade ago.

Laurent Mercier, a partner at the Paris law firm Mercier Aubry who specialises in sports disputes and was not involved in the case, said the ruling would be “read very closely in every legal department in European football”.

“Many of these clauses were written on the back of an envelope,” he said. “Clubs will now be much more specific about what is deductible and what is not. Expect longer contracts and more lawyers.”

Saint-Arnaud, which is owned by a consortium led by US private equity group Halvorsen Capital, reported an operating loss of €31mn last season. A person familiar with the club’s finances said the award would “not change anything fundamental” but would put pressure on its summer transfer budget.

The arbitration panel ordered Saint-Arnaud to pay the outstanding sum, plus interest at 5 per cent a year, within 30 days.""",
        [
            ("This decision confirms what we", "Paulo Serrano"),
            ("studying the ruling carefully", "Olympique Saint-Arnaud"),
            ("The club acted in good", "spokeswoman"),
            ("read very closely in every", "Laurent Mercier"),
            ("Many of these clauses were", "Laurent Mercier"),
            ("Clubs will now be much", "Laurent Mercier"),
            ("not change anything fundamental", "person familiar with the club’s finances"),
        ],
    ),
    (
        """Federation president Hofer quits: 'I have nothing to hide'

The president of the Austrian Football Federation, Werner Hofer, has resigned amid an investigation into his use of federation expenses, insisting he had done nothing wrong.

Hofer, 64, who had led the federation since 2017, announced his decision at a hastily arranged news conference in Vienna on Wednesday, two days after prosecutors confirmed they had opened a preliminary inquiry.

"I have nothing to hide and I will co-operate fully with the authorities," he said. "But I will not allow this matter to damage the federation or distract from the work of our national teams."

The inquiry relates to about €180,000 in travel, hospitality and consultancy payments made between 2020 and 2023. The public prosecutor's office in Vienna said it was examining "possible breaches of trust" in connection with the payments but stressed that no charges had been brought.

The federation's vice-president, Andrea Leitner, will take over on an interim basis until an extraordinary general assembly in March.

"This is a difficult day for Austrian football, but the federation is bigger than any one person," Leitner said. "Our priority now is to restore trust with fans, sponsors and the clubs."

Hofer's resignation follows weeks of pressure from the country's professional clubs, who had accused the federation of a lack of transparency over how revenue from the national team's commercial deals was distributed.

Klaus Pichler, chairman of the association representing the professional clubs, said the resignation was "the only possible outcome" but warned that "changing one face will not be enough".

"We need independent directors on the board, published accounts and a proper ethics committee," Pichler told the Vienna daily Der Abendkurier.

Hofer, a former referee and regional politician, was re-elected unopposed for a third term last year. He oversaw the construction of a new national training centre in Lindenau and the men's team's qualification for two consecutive European Championships.

One federation board member, who asked not to be named, said the mood inside the organisation had been "toxic for months".

"Everyone knew this was coming. The only question was when," the board member said.

Leitner, a former international who has sat on the federation's board since 2019, is expected to stand for the presidency in March. She declined to say on Wednesday whether she would be a candidate.""",
        [
            ("I have nothing to hide", "Werner Hofer"),
            ("I have nothing to hide", "Werner Hofer"),
            ("But I will not allow", "Werner Hofer"),
            ("possible breaches of trust", "public prosecutor's office in Vienna"),
            ("This is a difficult day", "Andrea Leitner"),
            ("Our priority now is to", "Andrea Leitner"),
            ("the only possible outcome", "Klaus Pichler"),
            ("changing one face will not", "Klaus Pichler"),
            ("We need independent directors on", "Klaus Pichler"),
            ("toxic for months", "federation board member"),
            ("Everyone knew this was coming.", "federation board member"),
        ],
    ),
    (
        """Rheinhafen shares slide as club warns on profit after early European exit

By Matthias Brandt

FRANKFURT — Shares in FC Rheinhafen 1899 fell as much as 12 per cent on Wednesday after the listed football club cut its full-year profit forecast, blaming an early exit from European competition and higher-than-expected player wages.

The club now expects a net loss of between €8mn and €12mn for the financial year ending June 30, compared with a previous forecast of a small profit. Revenue is expected to fall to about €310mn from €345mn.

“The sporting results of the autumn have had a direct impact on our numbers, and we will not hide from that,” chief financial officer Petra Kranz said on a call with analysts. “We have budgeted conservatively for the second half and we see no need for an emergency sale of players.”

Rheinhafen was knocked out in the group stage of Europe’s top club competition in December, costing it an estimated €25mn in prize money and matchday income. Its domestic form has also been patchy; the team sits fifth in the league.

Kranz said the club would stick to its strategy of selling at least one senior player a year, adding that talks over a new shirt sponsorship deal were “at a very advanced stage”.

Analysts were less sanguine. “The problem is structural, not just one bad autumn,” said Jonas Weber, an analyst at Hanseatic Equity Research in Hamburg, who rates the stock “sell”. “Wages have grown faster than revenue for three years in a row, and the club now depends on European prize money just to break even.”

The stock has lost about a third of its value over the past 12 months. Around 40 per cent of the shares are held by the club’s members’ association, which under German football rules must retain voting control.

A person familiar with the supervisory board’s thinking said it had discussed a possible capital increase but had “no plans to pursue it at this time”.

The company said in a statement that it would “review all areas of expenditure”, including staff costs outside the playing squad, and would give further details with its half-year results in February.

Supporters have also become restless. The fans’ alliance Fanbündnis Rot-Weiß said in an open letter last week that the board had “lost touch with the people who fill the stadium every other Saturday”.

Sporting director Uwe Feldmann told reporters at the training ground that the forecast did not change the club’s plans for the January transfer window.

“We will strengthen the squad if the right player is available at the right price,” he said. “Nothing more, nothing less.”

Rheinhafen shares closed down 9.4 per cent at €4.12.""",
        [
            ("The sporting results of the", "Petra Kranz"),
            ("We have budgeted conservatively for", "Petra Kranz"),
            ("at a very advanced stage", "Petra Kranz"),
            ("The problem is structural, not", "Jonas Weber"),
            ("Wages have grown faster than", "Jonas Weber"),
            ("no plans to pursue it", "person familiar with the supervisory board’s thinking"),
            ("review all areas of expenditure", "FC Rheinhafen 1899"),
            ("lost touch with the people", "Fanbündnis Rot-Weiß"),
            ("We will strengthen the squad", "Uwe Feldmann"),
            ("Nothing more, nothing less.", "Uwe Feldmann"),
        ],
    ),
]
