CASES = [
    (
        """German engineering union demands 7% pay rise as warning strikes loom

FRANKFURT, March 4 (Reuters) - Germany's second-largest industrial union, GTI, on Tuesday demanded a 7% pay increase for about 1.2 million workers in the machinery and electrical engineering sector, setting the stage for a tough round of talks as manufacturers grapple with weak orders and high energy costs.

"Our members have carried this industry through two years of crisis, and they have paid for it out of their own pockets," GTI chairwoman Sabine Kröger told reporters in Frankfurt. "Inflation may have eased, but the prices in the supermarket have not gone back down."

The union, formally the Gewerkschaft Technik und Industrie, also wants a one-off payment for apprentices and a right for shift workers to convert part of any raise into additional days off, a demand it first made in 2022.

Employers rejected the figure as detached from economic reality. The Arbeitgeberverband Metall Rhein-Main (AMRM), which leads negotiations for the western states, said in a statement that the demand "ignores the fact that order books are thinner than at any time since the pandemic."

"We are not in a position to hand out raises that our competitors in Asia and America will simply not pay," said Thomas Vieweg, AMRM's chief negotiator. He said companies were already cutting shifts and that any deal would need to include "flexibility for firms that are losing money."

Germany's machinery output fell 4.1% last year, according to industry data, and several large suppliers have announced job cuts in recent months.

Talks are due to begin on March 18 in Mainz. A peace obligation under the existing contract expires at the end of April, after which the union can call warning strikes.

"If the employers come to the table with nothing, they should not be surprised when the gates are closed on May 2," Kröger said.

Economists said the final settlement would likely land well below the union's opening demand.

"Opening demands in Germany are a negotiating position, not a forecast," said Jana Lindqvist, labour market economist at Nordwest Privatbank in Hamburg. "Something between 3% and 4% a year over a two-year contract looks realistic."

A government spokesman declined to comment on the talks, citing the principle of collective bargaining autonomy enshrined in the German constitution.

(Reporting by Markus Feld; Editing by Ros Anders)""",
        [
            ("Our members have carried this", "Sabine Kröger"),
            ("Inflation may have eased, but", "Sabine Kröger"),
            ("ignores the fact that order", "Arbeitgeberverband Metall Rhein-Main"),
            ("We are not in a position", "Thomas Vieweg"),
            ("flexibility for firms that are", "Thomas Vieweg"),
            ("If the employers come to", "Sabine Kröger"),
            ("Opening demands in Germany are", "Jana Lindqvist"),
            ("Something between 3% and 4%", "Jana Lindqvist"),
        ],
    ),
    (
        """Swiss government proposes VAT rise to fund pension top-up

By Claudia Brenner in Zurich

Switzerland’s federal government has proposed raising value added tax by 0.7 percentage points to pay for an extra annual pension payment approved by voters last year, setting up a clash with business groups that argue the increase will hurt consumers and retailers.

The Federal Council said on Wednesday the measure was needed to keep the state pension fund, known as AHV, solvent beyond 2030. Without new revenue, the fund would run an annual deficit of about SFr4bn by the end of the decade, according to projections published by the Federal Social Insurance Office.

‘The people have decided, and now we have to find the money,’ interior minister Elisabeth Baumgartner-Ruf told a press conference in Bern. ‘There is no painless way to do that.’

She said the government had considered raising payroll contributions instead but concluded that spreading the cost across consumption was ‘fairer between generations’, since pensioners would also contribute.

The proposal drew immediate criticism from business. Martin Gisler, director of the Swiss Federation of Commerce, said the plan would ‘take money directly out of the pockets of households that are already struggling with rising health insurance premiums’. He called instead for a gradual increase in the retirement age, currently 65 for both men and women.

That idea is a non-starter for the unions. ‘Raising the retirement age is a pension cut by another name,’ said Pierre-Alain Rochat, president of the Swiss Labour Confederation. ‘Voters have rejected it before and they will reject it again.’

Economists were divided over the economic impact. ‘A VAT increase of this size is manageable for the economy as a whole,’ said Reto Amstutz, chief economist at Lindenhof Bank in Zurich. ‘The more important question is whether the government is simply buying time until the next gap opens up.’

Demographic pressure on the system is intensifying as the baby-boom generation retires. The ratio of workers to pensioners, currently about 3.3 to 1, is expected to fall to 2.2 by 2050.

The federal parliament is expected to debate the plan in its summer session. Any change to VAT requires a constitutional amendment and therefore a national vote, which could take place as early as 2026.

A senior official at the finance ministry, who asked not to be named, said the department had pushed for a smaller increase combined with spending cuts elsewhere in the budget. ‘This is not the version we would have chosen,’ the official said.""",
        [
            ("The people have decided, and", "Elisabeth Baumgartner-Ruf"),
            ("There is no painless way", "Elisabeth Baumgartner-Ruf"),
            ("fairer between generations", "Elisabeth Baumgartner-Ruf"),
            ("take money directly out of", "Martin Gisler"),
            ("Raising the retirement age is", "Pierre-Alain Rochat"),
            ("Voters have rejected it before", "Pierre-Alain Rochat"),
            ("A VAT increase of this", "Reto Amstutz"),
            ("The more important question is", "Reto Amstutz"),
            ("This is not the version", "senior official at the finance ministry"),
        ],
    ),
    (
        """Austrian Jobless Rate Climbs to Highest Since 2021 as Construction Slumps

(Bloomberg) -- Austria's unemployment rate rose to 7.9% in January, the highest level in more than three years, as a slump in construction and manufacturing pushed more workers onto benefits.

The number of people registered as jobless or in training programs rose 9.4% from a year earlier to about 428,000, the country's public employment service said Monday. Construction jobs accounted for almost a third of the increase.

"We are seeing the full effect of the building crisis arriving in the labor market now," Johannes Pichler, a board member at the employment service, said in Vienna. "Firms held on to their staff for a long time, hoping for a turnaround. Many of them have now given up."

The figures add to signs that Austria's economy, which shrank in each of the past two years, is struggling to recover. Industrial orders fell again in the fourth quarter, and a string of insolvencies among property developers has left building sites idle across the country.

Labor Minister Ursula Hofstätter said the government would expand a program that subsidizes retraining for workers who lose their jobs in industry. "Nobody should be left standing on the street because their skills were built for an economy that is changing," she said in an emailed statement.

Economists expect little relief before the summer.

"The worst is probably not behind us yet," Katharina Wallner, an economist at Donaubank in Vienna, wrote in a note to clients. "We expect the jobless rate to stay above 7% until at least the autumn."

Unions are pressing for higher unemployment benefits, which at 55% of previous net income are among the lowest in western Europe. Lukas Brandstetter, chief economist at the Federation of Austrian Employees' Unions, said benefits at that level "push people into poverty within months" and called for the rate to be raised to 70% for the first half year of unemployment.

Business groups oppose the idea. A spokeswoman for the Austrian Manufacturers' Association said higher benefits would "make the problem worse, not better," because companies in tourism and care were still struggling to fill vacancies despite rising unemployment.

Vacancies registered with the employment service fell 18% from a year earlier to about 81,000 in January.

--With assistance from Anna Ebner.""",
        [
            ("We are seeing the full", "Johannes Pichler"),
            ("Firms held on to their", "Johannes Pichler"),
            ("Nobody should be left standing", "Ursula Hofstätter"),
            ("The worst is probably not", "Katharina Wallner"),
            ("We expect the jobless rate", "Katharina Wallner"),
            ("push people into poverty within", "Lukas Brandstetter"),
            ("make the problem worse, not", "spokeswoman"),
        ],
    ),
    (
        """German rail strike to halt regional trains for 48 hours

Commuters across eastern and central Germany face two days of disruption from Thursday after the train drivers' union EGD called a 48-hour strike in a dispute over working hours and pay at regional operator Regiobahn Mitte.

The union said the walkout would begin at 2 a.m. on Thursday and affect both passenger and freight services run by the company in Saxony, Thuringia and Saxony-Anhalt. It is the third strike in the dispute since January.

EGD leader Frank Wehrmann told a rally of several hundred members in Leipzig on Monday that the company had "left us no other choice."

"We have negotiated for five months. We have made proposals, we have moved on pay, we have moved on the timetable for shorter hours.

"What we got back from management was a paper that would have our members working more Sundays, not fewer. That is not an offer, that is a provocation," he said.

Regiobahn Mitte called the strike "disproportionate and irresponsible." In a statement, the company said it had offered a 9.5% pay rise over 26 months and a reduction of the working week from 38 to 37 hours by 2028.

Personnel director Claudia Meissner said: "We have put the best offer in the company's history on the table. The union is punishing hundreds of thousands of passengers for a dispute that could be solved at the negotiating table."

The company said it would run an emergency timetable on its busiest routes but warned passengers to expect "massive cancellations and overcrowded trains." Replacement buses would operate on some lines.

Commuter groups have grown increasingly frustrated with the repeated walkouts. Detlef Arnold, chairman of the passenger association Pro Schiene Mitte, said regular travellers were "tired of being caught in the middle of a fight that has nothing to do with them."

Germany's transport minister urged both sides to consider arbitration. "Strikes are a legitimate instrument, but so is arbitration, and I would encourage everyone to use it," Minister Gerhard Olbrich told reporters in Berlin.

Regiobahn Mitte has not ruled out seeking an injunction. But Henrike Saal, a labour law expert at the University of Halle, said a court challenge was unlikely to succeed.

"German courts set the bar very high for stopping a strike," she said. "The union has given enough notice and the demands are clearly within the scope of collective bargaining."

hg/jsi (dpa, AFP)""",
        [
            ("left us no other", "Frank Wehrmann"),
            ("We have negotiated for five", "Frank Wehrmann"),
            ("What we got back from", "Frank Wehrmann"),
            ("disproportionate and irresponsible.", "Regiobahn Mitte"),
            ("We have put the best", "Claudia Meissner"),
            ("massive cancellations and overcrowded trains.", "Regiobahn Mitte"),
            ("tired of being caught in", "Detlef Arnold"),
            ("Strikes are a legitimate instrument,", "Gerhard Olbrich"),
            ("German courts set the bar", "Henrike Saal"),
            ("The union has given enough", "Henrike Saal"),
        ],
    ),
    (
        """Unions threaten referendum over EU deal’s wage protection rules

Switzerland’s largest trade union federation has warned it will fight a new package of agreements with the European Union at the ballot box unless the government strengthens protection against wage dumping.

Delegates of the Swiss Union Federation (SUF), meeting in Lausanne on Saturday, adopted a resolution saying changes to the rules for workers posted from EU countries would put “tens of thousands of jobs” at risk of being undercut by foreign firms.

“We support good relations with Europe, but not at the price of Swiss wages,” said SUF president Nadia Keller-Bianchi. “If the Federal Council does not deliver, we will collect the signatures ourselves.”

At issue is the so-called “expenses rule”, under which companies sending workers to Switzerland would be allowed to pay accommodation and meal allowances according to the rates of their home country rather than Swiss rates.

Foreign firms could undercut local competitors by up to 15% on some construction contracts under the rule, according to a study commissioned by the union. The report, titled “Wages Under Pressure”, was published in May and covers the building, cleaning and security sectors.

The government has promised a series of domestic measures to offset the changes, including more inspections and higher fines for firms that break the rules. “The package contains the strongest wage protection Switzerland has ever had,” Economy Minister Andreas Feusi told parliament last month.

Employers dispute the union’s figures. Valentin Moser, head of labour market policy at the Union of Swiss Employers, said the study “cherry-picks the worst cases” and ignores existing controls, which are among the strictest in Europe.

“Our members have no interest in a race to the bottom,” Moser told reporters in Bern. “But we will not accept a situation where the unions hold the entire European relationship hostage.”

In the border cantons, however, the concerns are widely shared. “In Ticino we already see firms from across the border bidding at prices we simply can’t explain,” said a labour inspector in Ticino, who asked not to be identified because he was not authorised to speak to the media.

Switzerland and the EU concluded negotiations on the package last December after almost a decade of on-off talks. Parliament is due to begin its debate in the autumn, and a popular vote is expected in 2027 at the earliest.

Under Swiss law, opponents need to collect 50,000 signatures within 100 days to force a referendum on an international treaty. The union federation, which counts around 370,000 members, has done so successfully in the past.""",
        [
            ("tens of thousands of jobs", "Swiss Union Federation"),
            ("We support good relations with", "Nadia Keller-Bianchi"),
            ("If the Federal Council does", "Nadia Keller-Bianchi"),
            ("The package contains the strongest", "Andreas Feusi"),
            ("cherry-picks the worst cases", "Valentin Moser"),
            ("Our members have no interest", "Valentin Moser"),
            ("But we will not accept", "Valentin Moser"),
            ("In Ticino we already see", "labour inspector in Ticino"),
        ],
    ),
    (
        """Auto supplier Kessler to cut 3,200 German jobs, shift work east

STUTTGART, Nov 12 (Reuters) - German car parts maker Kessler Antriebstechnik will cut 3,200 jobs in Germany by 2027, about one in six of its domestic workforce, as it moves production of combustion engine components to Poland and Romania, the company said on Wednesday.

"The transformation of our industry is happening faster than anyone expected, and we have to adapt our cost base accordingly," Chief Executive Rainer Holzapfel said in a statement.

The company said the cuts would be made "as far as possible in a socially responsible manner," including through early retirement schemes and voluntary severance packages.

Kessler's works council, which holds half the seats on the supervisory board under Germany's co-determination rules, said it had not been consulted on the scale of the cuts and would oppose any compulsory redundancies.

"Management is using the word transformation as a fig leaf," works council chairman Erol Demirci told Reuters. "What they mean is that they want to produce where wages are a third of what they are in Swabia."

He said employees at the company's plant in Hohenstetten, which will lose 1,100 jobs, had learned of the plans "from the newspaper, not from their bosses."

Two people familiar with the matter said the supervisory board had approved the plan on Tuesday evening against the votes of all employee representatives, with the chairman using his casting vote. "It was a very tense meeting," one of them said.

Shares in Kessler rose 6.2% by 1100 GMT, among the top gainers on Germany's mid-cap index.

Analysts said the cuts were overdue. "Kessler has been carrying too much capacity in Germany for years," Miriam Falk, an analyst at Brückner & Co, wrote in a note. "The question is whether 3,200 is enough."

German automotive suppliers have announced tens of thousands of job cuts over the past year as carmakers cut orders and the shift to electric vehicles reduces demand for engine and transmission parts.

The state government of Baden-Württemberg said it would seek talks with the company's management. State economy minister Petra Ungerer said she expected Kessler to "honour its responsibility to the region that made it big."

(Reporting by Lena Hartwig; Editing by Tomasz Janowski)""",
        [
            ("The transformation of our industry", "Rainer Holzapfel"),
            ("as far as possible in", "Kessler Antriebstechnik"),
            ("Management is using the word", "Erol Demirci"),
            ("What they mean is that", "Erol Demirci"),
            ("from the newspaper, not from", "Erol Demirci"),
            ("It was a very tense", "person familiar with the matter"),
            ("Kessler has been carrying too", "Miriam Falk"),
            ("The question is whether 3,200", "Miriam Falk"),
            ("honour its responsibility to the", "Petra Ungerer"),
        ],
    ),
    (
        """Austria caps pension increase as budget pressures mount

By Georg Hainisch in Vienna

Austria’s coalition government will raise state pensions by 2.3 per cent next year, below the 2.7 per cent implied by the statutory formula, as it tries to rein in one of the largest pension bills in the EU.

Finance minister Markus Trenkwalder said the decision had been ‘painful but unavoidable’ given that federal subsidies to the pension system were set to exceed €30bn in 2026. ‘Every euro we spend on pensions above the formula is a euro we have to borrow,’ he told the Financial Times.

Public pension spending amounts to about 14 per cent of Austrian gross domestic product, one of the highest ratios among industrialised countries.

The cap will not apply to the smallest pensions, which will rise in line with the formula. Social affairs minister Irene Dornbach, from the junior coalition partner, said protecting low-income retirees had been ‘a red line for us’ in the negotiations.

Herbert Stangl, president of the Austrian Association of Retirees and a former regional governor, called the move a ‘breach of trust’.

‘People who worked for 45 years were promised that their pensions would keep their value,’ Stangl said. ‘Now they are being told to pay for the mistakes of others.’

He said the association would consider a challenge at the Constitutional Court, although lawyers said such a case was unlikely to succeed as the court has previously upheld below-inflation adjustments.

Economists broadly welcomed the decision but said it did not address the structural problems of a system in which the effective retirement age, at about 61, is among the lowest in western Europe.

‘Capping one annual increase is a signal, not a reform,’ said Barbara Leitner, a pensions expert at the Vienna Institute for Fiscal Studies. ‘Sooner or later, any government will have to talk about linking the retirement age to life expectancy, and so far nobody in Vienna has been willing to do that.’

The Free Trade Union Alliance said in a statement that pensioners were ‘once again being made to pay for the crisis’ while ‘windfall profits in the energy sector remain untouched’.

Parliament is due to vote on the measure in December. The coalition holds a majority of six seats in the lower house, but several backbenchers with large numbers of older voters in their constituencies have signalled unease.""",
        [
            ("painful but unavoidable", "Markus Trenkwalder"),
            ("Every euro we spend on", "Markus Trenkwalder"),
            ("a red line for us", "Irene Dornbach"),
            ("breach of trust", "Herbert Stangl"),
            ("People who worked for 45", "Herbert Stangl"),
            ("Now they are being told", "Herbert Stangl"),
            ("Capping one annual increase is", "Barbara Leitner"),
            ("Sooner or later, any government", "Barbara Leitner"),
            ("once again being made to", "Free Trade Union Alliance"),
            ("windfall profits in the energy", "Free Trade Union Alliance"),
        ],
    ),
    (
        """Germany's Minimum Wage to Rise to €14.20 After Commission Deal

(Bloomberg) -- Germany's minimum wage will rise to €14.20 an hour over two years after the commission that sets it reached a compromise between unions and employers, avoiding a political fight that had threatened to strain the governing coalition.

The wage will increase to €13.70 in January and to €14.20 a year later, the Minimum Wage Commission said in a statement in Berlin on Friday. The current rate is €12.82.

"This is a result that both sides can live with, even if neither got what it wanted," commission chair Dorothea Behrendt told reporters. "It shows that the social partners are able to reach a decision without politicians telling them what to do."

The decision falls short of the €15 that parts of the coalition had campaigned for. Labor Minister Jonas Reiter welcomed the deal but said he would have preferred a larger increase.

"I would have liked to see €15 sooner," Reiter said in a post on X. "But the commission's independence is worth more than a few cents."

Silke Roth, a board member of the German Workers' Alliance, called the increase "a step in the right direction" but said it would still leave Germany short of an EU guideline that minimum wages should reach 60% of the median gross wage.

A spokesman for the German Employers' Council said the increase was "at the upper limit of what is economically justifiable," particularly for small businesses in eastern Germany, hospitality and agriculture.

About 6 million workers will benefit from the increase, according to estimates by the Federal Statistical Office. Women and workers in eastern states are overrepresented among them.

"Higher minimum wages haven't led to the job losses many predicted in 2015," said Tobias Erlenkamp, an economist at the Institute for Labour and Society in Cologne. "But we're now entering territory where the effects on small firms in the east deserve close monitoring."

For Thomas Schwerdtfeger, who runs three bakeries in the Brandenburg town of Altwerder, the increase means higher prices. "I'll have to put two cents on every bread roll, maybe more," he said by phone. "My customers will grumble, but they understand."

The government must still formally adopt the commission's recommendation by decree, which is considered a formality.

--With assistance from Carolin Weiss.""",
        [
            ("This is a result that", "Dorothea Behrendt"),
            ("It shows that the social", "Dorothea Behrendt"),
            ("I would have liked to", "Jonas Reiter"),
            ("But the commission's independence is", "Jonas Reiter"),
            ("a step in the right", "Silke Roth"),
            ("at the upper limit of", "spokesman"),
            ("Higher minimum wages haven't led", "Tobias Erlenkamp"),
            ("But we're now entering territory", "Tobias Erlenkamp"),
            ("I'll have to put two", "Thomas Schwerdtfeger"),
            ("My customers will grumble, but", "Thomas Schwerdtfeger"),
        ],
    ),
]
