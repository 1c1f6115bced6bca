CASES = [
    (
        """Swedish pensioners' group slams delay to guarantee pension increase

By Elin Sandberg
Published: 14 October 2025

Sweden's government has pushed back a planned increase in the guarantee pension by six months, prompting an angry response from one of the country's largest pensioners' organisations.

Social Insurance Minister Henrik Almqvist told reporters on Tuesday that the increase, worth around 600 kronor a month for the lowest-income pensioners, would now come into force in January 2027 rather than next summer.

"We have to be honest about what the system can handle," Almqvist said. "I would rather deliver a reform that works on day one than rush something the Pensions Agency cannot administer."

The minister said the Swedish Pensions Agency had warned the ministry in a letter that its IT systems would need "at least twelve months" to adapt to the new calculation rules.

The agency confirmed the contents of the letter. "The change affects roughly 700,000 payments every month, and we have a responsibility to make sure every single one is correct," a spokesperson for the agency told The Local.

Birgitta Lövgren, chair of the Senior Federation Trygg Ålder, which has around 210,000 members, called the delay "a slap in the face" to people who had planned their household budgets around the promised increase.

"Many of our members are choosing between medicine and food at the end of the month. Six more months is not an administrative detail for them," she said.

"The government has known about this reform for two years. If the agency needs more time, that is because nobody gave it the instructions it needed."

Opposition parties were quick to seize on the announcement. The Social Democrats' pensions spokesperson, Anders Kjellberg, said the government had "chosen to balance its books on the backs of the poorest pensioners".

Almqvist rejected that description. Asked whether pensioners would receive any compensation for the delay, he said: "No, there will be no retroactive payment. But the increase, when it comes, will be permanent."

Around 1.1 million people in Sweden receive some form of guarantee pension or housing supplement for pensioners, according to figures from the agency. Roughly two thirds of them are women.

The reform is expected to cost the state around 4.2 billion kronor a year once fully implemented. The government will present its spring amending budget in April.""",
        [
            ("We have to be honest", "Henrik Almqvist"),
            ("I would rather deliver a", "Henrik Almqvist"),
            ("at least twelve months", "Swedish Pensions Agency"),
            ("The change affects roughly 700,000", "spokesperson"),
            ("a slap in the face", "Birgitta Lövgren"),
            ("Many of our members are", "Birgitta Lövgren"),
            ("The government has known about", "Birgitta Lövgren"),
            ("chosen to balance its books", "Anders Kjellberg"),
            ("No, there will be no", "Henrik Almqvist"),
        ],
    ),
    (
        """Järvi-Häme wellbeing county to close three health centres, union warns of "exodus"

The Järvi-Häme wellbeing services county plans to close health centres in three of its smallest municipalities by the end of next year as it tries to plug a deficit of nearly 90 million euros.

Under the proposal published on Wednesday, the health centres in Kuusvaara, Ilmola and Lahdenkylä would be replaced by a mobile clinic and expanded remote services.

County director Mervi Halonen said the decision had not been taken lightly.

"We simply cannot maintain the current network with the money we have. Every euro we spend on half-empty buildings is a euro taken away from nurses and doctors," Halonen told Yle.

According to the county's own figures, the three centres together received fewer than 40 patient visits per day last year.

Kuusvaara municipal council chair Jouko Rantanen said residents felt they were being abandoned.

"The nearest health centre after this will be 55 kilometres away. Many of our residents are over 75 and do not drive," Rantanen said. "A bus once a day is not a health service."

Riikka Saarinen, a regional ombudsman for the Finnish Care Workers' Union (Hoiva), warned that the plan could trigger an "exodus" of experienced staff from the region.

"People are not going to commute an hour each way on a practical nurse's salary. They will go to Sweden or Norway, or they will leave the field altogether," Saarinen said.

The union said in a statement that it had not been consulted before the proposal was made public, which it described as "a breach of the spirit of the cooperation negotiations".

Halonen disputed this, saying staff representatives had been informed "at a general level" in August and that formal negotiations would begin next week.

The Ministry of Social Affairs and Health said it was following the situation.

"Counties are responsible for organising services within their own budgets, but they must ensure that residents have equal access to care," ministry senior adviser Tarja Nieminen said.

The county board will discuss the proposal on 4 November, and the county council is expected to make a final decision in December.""",
        [
            ("exodus", "Riikka Saarinen"),
            ("We simply cannot maintain the", "Mervi Halonen"),
            ("The nearest health centre after", "Jouko Rantanen"),
            ("A bus once a day", "Jouko Rantanen"),
            ("exodus", "Riikka Saarinen"),
            ("People are not going to", "Riikka Saarinen"),
            ("a breach of the spirit", "Finnish Care Workers' Union"),
            ("at a general level", "Mervi Halonen"),
            ("Counties are responsible for organising", "Tarja Nieminen"),
        ],
    ),
    (
        """Mediator steps in as industrial wage talks collapse

By Ingrid Solheim

OSLO: Norway's annual wage negotiations hit a wall late Monday night, when the industrial workers' union Industri Norge broke off talks with the employers' federation Næringsrådet. The breakdown means the state mediator will have to step in, and that a strike affecting more than 30,000 workers could start in mid-April.

"We were far apart on the most important thing, which is real wage growth for our members," union leader Tor-Erik Haugland told state broadcaster NRK as he left the negotiating table just before midnight.

Haugland said members had accepted "modest settlements" for three years running while inflation ate into their purchasing power, and that the union's patience had now "run out".

The employers' side was equally blunt. Næringsrådet's chief negotiator, Silje Aamodt, said the union's demands would "threaten the competitiveness of exactly those companies that employ its members".

"Norwegian industry competes with companies in Germany, Sweden and Poland every single day," Aamodt told reporters at the organisation's headquarters in Oslo. "We cannot agree to a framework that is well above what our trading partners are paying."

The result of the industrial negotiations, under what is known as the "frontfag" model, traditionally sets the framework for wage settlements in the rest of the Norwegian economy, including the public sector.

State mediator Kari Bjørnstad confirmed on Tuesday that she had received the case and would summon the parties "as soon as practically possible".

Labour and Social Inclusion Minister Jonas Fredriksen urged both sides to find a solution. "I have great confidence in the Norwegian model and in the mediator. The parties have solved harder problems than this before," he wrote in a message to newspaper Dagens Næringsliv.

Economists were split on what a strike would mean. Marte Lien, chief economist at Vestkyst Bank, said a short conflict would have "limited consequences" for the wider economy, but warned that a long stoppage in the export industry could hit an already weak krone.

"The market will be watching this very closely," Lien said.

"Not because of the strike itself, but because of what the final number says about wage growth and, by extension, interest rates."

Mediation is expected to begin in early April. If no agreement is reached by the mediator's deadline, Industri Norge has said it will take out an initial 8,000 members.""",
        [
            ("We were far apart on", "Tor-Erik Haugland"),
            ("modest settlements", "Tor-Erik Haugland"),
            ("run out", "Tor-Erik Haugland"),
            ("threaten the competitiveness of exactly", "Silje Aamodt"),
            ("Norwegian industry competes with companies", "Silje Aamodt"),
            ("We cannot agree to a", "Silje Aamodt"),
            ("as soon as practically possible", "Kari Bjørnstad"),
            ("I have great confidence in", "Jonas Fredriksen"),
            ("limited consequences", "Marte Lien"),
            ("The market will be watching", "Marte Lien"),
            ("Not because of the strike", "Marte Lien"),
        ],
    ),
    (
        """Skovbæk parents take to the streets over daycare cuts

By Mette Kjær

Several hundred parents, children and daycare staff gathered outside Skovbæk Town Hall on Thursday evening to protest against a municipal budget deal that will cut 14 million kroner from childcare over the next two years.

The budget, agreed last week by the Social Democrats, Venstre and the Conservatives on the municipal council, will merge six small daycare institutions into three larger ones and reduce opening hours in several kindergartens.

“We moved here because it was a good place to have children. Now they are taking away exactly the thing that made it good,” said Louise Bach Andersen, a mother of two whose son attends one of the institutions set to close.

Mayor Peter Holm-Sørensen defended the agreement, saying the municipality faced “a perfect storm” of rising costs in elderly care and specialised social services for adults.

“No one in the council wanted to make these cuts. But we have more citizens over 80 every single year, and the law says we have to provide for them,” the mayor told the CPH Post. “We have tried to protect the minimum staffing ratios, and we have done that.”

The pedagogues’ union disagreed. In a statement, the Danish Union of Pedagogues (PF) said the mergers would result in “larger, noisier institutions with fewer adults per child in practice, whatever the numbers on paper say”.

Jesper Lund, a pedagogue with 22 years of experience at Solsikken kindergarten, said staff were already exhausted. “We are already covering for sick colleagues almost every week. I honestly don’t know who is going to want to work here in two years,” he said.

Under the minimum staffing law that came into force nationally in 2024, municipalities must have at least one adult per three children in nurseries and one per six in kindergartens, measured as an average across the municipality.

Critics have long pointed out that averages do not guarantee the ratios in individual institutions. A review by the Ministry of Children and Education last year found that one in four institutions fell short of the ratios “on a typical weekday”.

Andersen said parents would keep up the pressure ahead of next year’s budget negotiations.

“This isn’t over. We will be here again in the spring, and there will be more of us,” she said.

The council’s finance committee is due to meet again in January to review the first effects of the mergers.""",
        [
            ("We moved here because it", "Louise Bach Andersen"),
            ("a perfect storm", "Peter Holm-Sørensen"),
            ("No one in the council", "Peter Holm-Sørensen"),
            ("We have tried to protect", "Peter Holm-Sørensen"),
            ("larger, noisier institutions with fewer", "Danish Union of Pedagogues"),
            ("We are already covering for", "Jesper Lund"),
            ("on a typical weekday", "Ministry of Children and Education"),
            ("This isn’t over. We will", "Louise Bach Andersen"),
        ],
    ),
    (
        """Care workers in Storberg say split shifts are pushing them out

Elderly care workers in the northern municipality of Storberg say a new scheduling system with split shifts is making it impossible to combine work with family life, and several have already quit, Radio Sweden's news programme Ekot reports.

Since September, many staff in Storberg's home care service work a morning shift, take a four-hour unpaid break in the middle of the day and then return for an evening shift.

"You are gone from six in the morning until nine at night, but you are only paid for eight hours," says Annika Persson, an assistant nurse who has worked in home care for 17 years. "In between you sit in the car, because there's no point driving home."

She says she knows of at least five colleagues who have handed in their notice since the change.

The municipality says the system was introduced because the need for care peaks in the morning and evening, when elderly residents need help getting up, eating and going to bed.

"We have tried many different models, and this is the one that gives the users the most continuity with the resources we have," says Mats Engström, head of elderly care in Storberg.

He says the municipality is evaluating the schedules and does not rule out changes.

The daughter of one home care recipient, who asked not to be named, says the family has noticed the difference. "There are new faces every week. Dad doesn't know who is coming through the door any more, and that frightens him," she says.

Sara Nilsson, who chairs the Municipal Workers' Union branch in Storberg, says the union has received "more calls about this than about anything else in ten years".

"Split shifts are legal, but that does not make them reasonable. Employers use them because they are cheap, and the people who pay the price are women in their fifties who have given their whole working lives to elderly care," she says.

Nationally, about 11 percent of home care staff work split shifts regularly, according to a survey published by the union in the spring.

Minister for Elderly Care Lena Wikström said in a written comment to Ekot that municipalities are responsible for scheduling, but that the government is "following developments with concern".

The municipal board in Storberg will receive the evaluation of the new schedules in February.""",
        [
            ("You are gone from six", "Annika Persson"),
            ("In between you sit in", "Annika Persson"),
            ("We have tried many different", "Mats Engström"),
            ("There are new faces every", "daughter of one home care recipient"),
            ("more calls about this than", "Sara Nilsson"),
            ("Split shifts are legal, but", "Sara Nilsson"),
            ("following developments with concern", "Lena Wikström"),
        ],
    ),
    (
        """Labour market organisations agree pension reform, government to draft bill

HELSINKI

Finland’s central labour market organisations reached an agreement on Friday on a reform of the earnings-related pension system which will lower contribution rates in the 2030s and change how pension funds can invest.

The deal, negotiated over nine months, still needs to be turned into legislation. Minister of Social Security Ville Korhonen said he would ask officials to begin drafting a government bill immediately.

“This is a good day for the Finnish model. The organisations have shown that they can take responsibility for the long-term sustainability of pensions, even when it is difficult,” Korhonen said at a press conference at the House of the Estates.

The agreement lowers the overall contribution rate by 1.5 percentage points from 2031, with the reduction split between employers and employees. In return, pension companies will be allowed to take on more investment risk, something the parties hope will raise returns over time.

Pia Virtanen, chief executive of the Finnish Enterprise Confederation, described the reform as “a necessary step” for Finland’s competitiveness.

“Labour costs in Finland are among the highest in Europe when you include pension contributions. This reform will not solve that on its own, but it points in the right direction.

“Equally important, the system will remain in the hands of the parties who pay for it, and will not become a football for politicians every four years.”

The wage earners’ confederation PKL, which represents some 900,000 workers, signed the deal but with reservations. Its chair, Antti Leinonen, said the organisation had secured a guarantee that pensions already in payment would not be cut.

“We would not have signed anything that weakened the pensions of people already retired or close to retirement. That was our red line, and it held,” Leinonen said.

He acknowledged, however, that some younger members were unhappy. “There is a generational question here, and we have not fully answered it,” he told Helsinki Times.

Not everyone was convinced. An economist at one of the large pension insurance companies, who spoke on condition of anonymity because the company had not taken a public position, said the investment changes carried “real risks that nobody at the press conference talked about”.

In parliament, Left Alliance MP Noora Salmi criticised the process, arguing that MPs had been “reduced to a rubber stamp” for decisions made behind closed doors by employers and unions.

The bill is expected to be submitted to parliament in the autumn, with the first changes taking effect in 2027.""",
        [
            ("This is a good day", "Ville Korhonen"),
            ("a necessary step", "Pia Virtanen"),
            ("Labour costs in Finland are", "Pia Virtanen"),
            ("Equally important, the system will", "Pia Virtanen"),
            ("We would not have signed", "Antti Leinonen"),
            ("There is a generational question", "Antti Leinonen"),
            ("real risks that nobody at", "economist at one of the large pension insurance companies"),
            ("reduced to a rubber stamp", "Noora Salmi"),
        ],
    ),
    (
        """Norwegian villages vote to split from merged municipality

By Anders Vik, The Local Norway

Residents in the former municipality of Sørvang on Norway's west coast have voted overwhelmingly to leave the larger municipality they were merged into in 2020, setting up a clash with the government in Oslo.

In a consultative referendum held on Sunday, 71 percent of voters in the old Sørvang area backed a split from Fjordheim municipality, according to figures published by the municipality on Monday. Turnout was 64 percent.

"People here have been clear from day one that they never wanted this," said Gunnar Myklebust, leader of the local action group Sørvang Igjen ("Sørvang Again").

"We have lost our school, our health clinic has cut its opening hours, and decisions are made 40 kilometres away by people who have never been here," Myklebust said.

Fjordheim mayor Randi Øvrebø (Centre Party) said she respected the result but warned that a split would be costly for everyone involved.

"I understand the frustration. But we have to be honest: a small municipality of 3,000 people would struggle to recruit the doctors, engineers and child welfare workers that the law requires," Øvrebø told The Local.

In a statement, Fjordheim municipality said the administration had estimated the one-off cost of a split at around 45 million kroner, and that it would "present a full assessment to the municipal council before the summer".

The merger was part of a nationwide municipal reform pushed through by a previous government, which reduced the number of municipalities from 428 to 356. Several merged municipalities have since applied to be split up again.

Any split must be approved by the Storting, Norway's parliament, on the recommendation of the Ministry of Local Government. Local Government Minister Eirik Sandvold wrote on Facebook that he would "look at the application with an open mind", but stressed that any new municipality "must be able to deliver the services citizens are entitled to".

A senior official in the ministry, speaking on condition of anonymity, told The Local that the government was "wary of setting a precedent" ahead of several similar votes this autumn.

Back in Sørvang, Myklebust said the campaign would continue regardless. "This is the beginning, not the end," he said.""",
        [
            ("People here have been clear", "Gunnar Myklebust"),
            ("We have lost our school,", "Gunnar Myklebust"),
            ("I understand the frustration.", "Randi Øvrebø"),
            ("present a full assessment to", "Fjordheim municipality"),
            ("look at the application with", "Eirik Sandvold"),
            ("must be able to deliver", "Eirik Sandvold"),
            ("wary of setting a precedent", "senior official in the ministry"),
            ("This is the beginning, not", "Gunnar Myklebust"),
        ],
    ),
    (
        """Danish unions demand exemptions as pension age vote nears

By Sofie Lindholm

Denmark's largest trade union confederation on Wednesday stepped up its campaign against plans to raise the state pension age to 70, delivering a petition with more than 120,000 signatures to parliament.

Under the plan, the pension age would rise from 69 to 70 in 2040, in line with a system that links it to life expectancy. Parliament is scheduled to vote on the proposal next month.

The Confederation of Danish Workers, whose member unions represent around 1.2 million people, wants workers in physically demanding jobs to be able to retire earlier.

"A bricklayer or a care worker cannot work until they are 70. Their bodies simply won't allow it, and everyone in this building knows it," the confederation's president, Lise Dam Kristensen, said as she handed over the petition outside Christiansborg.

She pointed to a report published by the confederation in June, titled "Worn Out Before Retirement", which found that one in three unskilled workers over 60 had left the labour market because of health problems.

Employment Minister Kasper Vinding said the government was open to discussing "targeted solutions" but would not abandon the principle of linking the pension age to life expectancy.

"The link between pension age and life expectancy is the reason Denmark has one of the most sustainable pension systems in the world," Vinding said in a written response. "If we break it now, we are sending the bill to our children."

The Ministry of Employment said in a statement that the existing early retirement scheme, nicknamed the "Arne pension", already allowed "around 20,000 people a year" to retire up to three years early.

Employers were largely supportive of the government's line. Morten Brix, deputy director of the employers' organisation Dansk Erhvervsforum, put it plainly: "We have a shortage of labour in almost every sector. Raising the pension age is not a pleasant decision, but it is a responsible one."

Among those outside parliament was Henrik Skov, 61, who has laid roofs for 40 years.

"My knees are finished and my back is not much better," he said. "I will not make it to 69, let alone 70."

The Social Democrats' coalition partners are expected to present their own proposal for exemptions before the vote.""",
        [
            ("A bricklayer or a care", "Lise Dam Kristensen"),
            ("targeted solutions", "Kasper Vinding"),
            ("The link between pension age", "Kasper Vinding"),
            ("If we break it now,", "Kasper Vinding"),
            ("around 20,000 people a year", "Ministry of Employment"),
            ("We have a shortage of", "Morten Brix"),
            ("My knees are finished and", "Henrik Skov"),
            ("I will not make it", "Henrik Skov"),
        ],
    ),
]
