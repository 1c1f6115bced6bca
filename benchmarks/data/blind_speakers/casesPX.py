CASES = [
    (
        """German conservatives open coalition talks after narrow win in Nordmark state vote

By Katrin Albers

HOHENSTEDT, Germany, Sept 23 (Reuters) - Germany's conservative Christian Civic Union (CBU) began exploratory talks with the Social Democrats on Monday after a narrow win in a state election in Nordmark, as a far-right surge forced mainstream parties into awkward alliances.

The CBU took 29.4% of the vote on Sunday, according to preliminary official results, just ahead of the far-right Alliance for Homeland (AfH) on 27.8%. The Social Democratic Union (SDU), the CBU's junior partner in the outgoing government, slumped to 12.1%, its worst result in the state since the war.

"Voters have given us a clear mandate to form a stable government, and we will not waste a single day," CBU state leader Matthias Kornbichler told reporters in the state capital Hohenstedt. "But stability means talking to everyone in the democratic centre."

Kornbichler has ruled out any cooperation with the AfH, which the state's domestic intelligence agency classifies as a suspected extremist group.

The SDU said it was ready to talk but would not be "a cheap majority-maker" for the conservatives.

"We lost badly, and we have to be honest about that," SDU regional chair Annegret Pohl said in a statement. "Any coalition will have to show that it improves life for people who work for a living, not just keep the AfH out."

Without the Greens, who narrowly cleared the 5% threshold, a CBU-SDU alliance would have only a one-seat majority in the 88-seat legislature, according to a Reuters calculation.

AfH lead candidate Torsten Wirsing said his party had been "deliberately shut out" by the other parties and predicted that any coalition formed against it would collapse within a year.

"Every second voter in the east of the state chose change, and the cartel parties are pretending that didn't happen," Wirsing said at a rally in Kellbach on Sunday night.

In Berlin, a government spokesman said the result was "a warning that cannot be ignored" but declined to comment on the coalition talks, saying they were a matter for the state.

Political scientist Ulrike Brandhorst of the University of Hohenstedt said the negotiations could drag on for weeks.

"The arithmetic is tight and both parties are nervous about being seen as the junior partner in a coalition of losers," she said. "The Greens are the obvious insurance policy, but bringing in a third party would make everything slower."

Turnout was 71.2%, up from 62.5% at the last election in 2019. Nordmark is the first of three states to vote this autumn, with polls showing the AfH leading in the other two.

(Reporting by Katrin Albers; Additional reporting by Jonas Reiter in Berlin; Editing by Alexandra Hudson)""",
        [
            ("Voters have given us a", "Matthias Kornbichler"),
            ("But stability means talking to", "Matthias Kornbichler"),
            ("a cheap majority-maker", "Social Democratic Union"),
            ("We lost badly, and we", "Annegret Pohl"),
            ("Any coalition will have to", "Annegret Pohl"),
            ("deliberately shut out", "Torsten Wirsing"),
            ("Every second voter in the", "Torsten Wirsing"),
            ("a warning that cannot be", "spokesman"),
            ("The arithmetic is tight and", "Ulrike Brandhorst"),
            ("The Greens are the obvious", "Ulrike Brandhorst"),
        ],
    ),
    (
        """Dutch coalition talks stall as informateur sees ‘no easy path’

By Sanne de Wit

THE HAGUE — Efforts to form a new Dutch government hit a wall on Tuesday after the leader of the largest party in parliament walked out of talks over asylum policy, leaving the country facing the prospect of months more under a caretaker cabinet.

Informateur Hendrik Zwaneveld, the veteran former senator tasked with exploring possible coalitions, told reporters outside the parliament building that there was “no easy path” to a majority but that he was not giving up.

“I have seen worse,” Zwaneveld said. “Everybody in that room knows that the voters expect a government before the summer, and I intend to hold them to that.”

The breakdown came when Lotte Vermeulen, leader of the populist Sovereign Netherlands (SN), which won 34 of 150 seats in November’s election, rejected a compromise text on family reunification for refugees that had been drafted over the weekend.

“This is not what we promised our voters, and I will not put my name to it,” Vermeulen wrote on X shortly after leaving the talks. “If the others want a deal, they know where to find me.”

Her would-be partners were unimpressed. Joost Terpstra, who leads the center-right Liberal People’s Alliance (LVA), called the walkout “political theatre” and said his party had already made “painful concessions” on climate targets and public spending.

A senior official in the centrist New Civic Pact, speaking on condition of anonymity because the talks are confidential, said the party was “seriously considering” whether it still wanted a seat at the table.

“We came into this to fix the housing crisis and restore trust in politics, not to spend six weeks arguing about one paragraph on migration,” the official said.

The opposition was quick to pounce. Femke Hoogendijk, leader of the Progressive Alliance, said the deadlock proved that a right-wing coalition had been “never viable” from the start.

“The Netherlands deserves better than a government that falls apart before it is even born,” Hoogendijk said in a statement. She urged Zwaneveld to explore a centrist alternative that would include her party.

Analysts see few obvious alternatives, however. The four parties in the talks together hold 88 seats, and no majority is possible without either Vermeulen or the left.

“The numbers simply don’t add up without Vermeulen, unless the liberals swallow their pride and sit down with the left,” said Tom Bakker, a political scientist at the University of Amersfoort. “That is possible, but not before a lot more drama.”

Zwaneveld is due to present an interim report to the speaker of the House of Representatives on Friday. He could recommend a new round of talks, a different combination of parties or, in an unusual step, a minority cabinet relying on support from outside the coalition.""",
        [
            ("no easy path", "Hendrik Zwaneveld"),
            ("no easy path", "Hendrik Zwaneveld"),
            ("I have seen worse,", "Hendrik Zwaneveld"),
            ("Everybody in that room knows", "Hendrik Zwaneveld"),
            ("This is not what we", "Lotte Vermeulen"),
            ("If the others want a", "Lotte Vermeulen"),
            ("political theatre", "Joost Terpstra"),
            ("painful concessions", "Joost Terpstra"),
            ("seriously considering", "senior official in the centrist New Civic Pact"),
            ("We came into this to", "senior official in the centrist New Civic Pact"),
            ("never viable", "Femke Hoogendijk"),
            ("The Netherlands deserves better than", "Femke Hoogendijk"),
            ("The numbers simply don’t add", "Tom Bakker"),
            ("That is possible, but not", "Tom Bakker"),
        ],
    ),
    (
        """Flemish coalition negotiators aim for deal before community holiday

The three parties negotiating a new Flemish government hope to reach an agreement before 11 July, the Flemish community holiday, after a marathon session in Brussels that ran until 4:00 on Thursday morning.

Formateur Wouter Declercq, leader of the Flemish Alliance (VA), said on Thursday that "significant progress" had been made on the budget, the thorniest issue in the talks with the Flemish Christian Centre (VCC) and the Forward Socialists (SV).

"We are not there yet, but for the first time I can say that I see the finish line," Declercq told reporters as he left the negotiating venue.

"There are still two or three difficult files on the table. Childcare is one of them, and nobody should underestimate how far apart we were a month ago."

The region faces a budget gap of around €2.3 billion over the coming legislature. According to sources close to the talks, the parties have agreed in principle to freeze the number of civil servants and to delay a planned cut in registration fees on homes.

The Socialists are resisting pressure to scale back subsidies for childcare places, one of their key campaign promises.

"We have always said we will not balance the books on the backs of young families," SV chair Elke Vandenbroucke said on the radio on Thursday morning. "If that line is respected, we can do business."

The VCC, the smallest of the three parties, has been keen to stress its own role. In a message to members on Wednesday evening, party president Jan-Pieter Moens wrote that the talks were "tough but fair" and that the party had secured "real guarantees" for farmers affected by nitrogen rules.

The opposition is less impressed. Nadia El Khattabi, who leads the Green Flanders group in the Flemish Parliament, said the emerging deal looked like "austerity dressed up as reform".

"What we are hearing from these leaks is cuts to public transport, cuts to culture and nothing on climate," El Khattabi said. "Flanders deserves a government with ambition, not a bookkeeper."

At the federal level, talks on a national coalition remain stuck over tax reform and pensions. Federal formateur Luc Verhaegen, who is attempting to build a five-party government, insisted on Thursday that there was "no link whatsoever" between the two sets of negotiations.

Few observers believe that. "In Belgian politics, the regional agreement is often the dress rehearsal for the federal one," said political scientist Griet Coppens. "If Declercq closes his deal in Flanders this week, the pressure on the French-speaking parties in Brussels and Wallonia will increase considerably."

The negotiators are due to meet again on Saturday.""",
        [
            ("significant progress", "Wouter Declercq"),
            ("We are not there yet,", "Wouter Declercq"),
            ("There are still two or", "Wouter Declercq"),
            ("We have always said we", "Elke Vandenbroucke"),
            ("If that line is respected,", "Elke Vandenbroucke"),
            ("tough but fair", "Jan-Pieter Moens"),
            ("real guarantees", "Jan-Pieter Moens"),
            ("austerity dressed up as reform", "Nadia El Khattabi"),
            ("What we are hearing from", "Nadia El Khattabi"),
            ("Flanders deserves a government with", "Nadia El Khattabi"),
            ("no link whatsoever", "Luc Verhaegen"),
            ("In Belgian politics, the regional", "Griet Coppens"),
            ("If Declercq closes his deal", "Griet Coppens"),
        ],
    ),
    (
        """German state coalition collapses over school cuts

The Greens have quit the governing coalition in the northern state of Friesenland, paving the way for a snap election. The dispute centered on plans to cut hundreds of teaching posts.

The governing coalition in the German state of Friesenland collapsed on Wednesday after the Greens pulled out in a bitter dispute over plans to reduce the number of primary school teachers.

State Premier Henning Osterkamp of the center-left Social Democratic Union (SDU) said he would seek an early election rather than try to govern with a minority.

"I am not going to cling to office," Osterkamp told a press conference in the state capital, Lorenburg. "The people of Friesenland should decide how this state is governed, and they should decide soon."

The Greens' parliamentary group leader, Marlene Harms, accused the premier of breaking the coalition agreement. "We signed up to better schools, not to bigger classes," she said. "We warned him three times. He chose not to listen."

Dispute over budget

The row erupted after the state finance ministry proposed cutting 600 teaching posts to close a budget gap of almost €400 million ($430 million). According to a leaked ministry paper, the posts would be phased out over four years, mostly in rural districts.

The Teachers' Union of Friesenland (LGF) said in a statement that the plan would "hit the weakest children hardest" and welcomed the Greens' decision.

The third coalition partner, the pro-business Free Liberals (FL), said it regretted the breakdown. Its state leader, Kai-Uwe Brinkmann, told DW that the Greens had "put party tactics before responsibility."

"We were two weeks away from a budget. Now we will have months of campaigning and nothing will get done," Brinkmann said.

Far right hopes to gain

The far-right Alliance for Homeland (AfH) polled 18% in Friesenland in a survey last month — lower than in the eastern states, but enough to complicate coalition-building after a new vote. Its local leader, Dieter Sassen, welcomed the collapse as "the end of an experiment that failed."

In Berlin, party strategists watched nervously. One senior SDU official, who asked not to be named, said the collapse was "the last thing we needed" ahead of next year's federal election.

"People look at this and think we can't even agree on schools. How are we supposed to convince them we can run the country?" the official said.

Under Friesenland's constitution, the state parliament must vote to dissolve itself with a two-thirds majority. A new election would then have to be held within 70 days. The opposition conservatives have signaled they will back dissolution.""",
        [
            ("I am not going to", "Henning Osterkamp"),
            ("The people of Friesenland should", "Henning Osterkamp"),
            ("We signed up to better", "Marlene Harms"),
            ("We warned him three times.", "Marlene Harms"),
            ("hit the weakest children hardest", "Teachers' Union of Friesenland"),
            ("put party tactics before", "Kai-Uwe Brinkmann"),
            ("We were two weeks away", "Kai-Uwe Brinkmann"),
            ("the end of an experiment", "Dieter Sassen"),
            ("the last thing we needed", "senior SDU official"),
            ("People look at this and", "senior SDU official"),
        ],
    ),
    (
        """Brussels marks 500 days without a regional government

Brussels (AFP) - Belgium's capital region on Monday marked 500 days without a new government, as rival French- and Dutch-speaking parties remained deadlocked over a coalition that analysts say is needed to avert a budget crisis.

The Brussels-Capital Region, home to around 1.2 million people and to the headquarters of the European Union, has been run by a caretaker executive since elections in June last year.

"It's a disgrace, quite frankly," said Mireille Lambotte, 58, who runs a bakery in the south of the city. "Nobody in my street even knows who is in charge any more."

The caretaker executive cannot launch new policies or adopt a full budget, and has been operating on monthly spending allowances known in Belgium as "provisional twelfths".

Christophe Delvaux, the French-speaking liberal leader who has been trying to assemble a majority since his party came first, told AFP he had "exhausted almost every combination".

"I have sat down with everybody, some of them fifteen times," Delvaux said. "At some point the Dutch-speaking parties will have to accept that the voters in Brussels have spoken."

Under the region's complex institutions, a government needs a majority in both the French-speaking and the Dutch-speaking groups of the regional parliament. The main sticking point is which Dutch-speaking parties should join.

Sara Wouters, who leads the Dutch-speaking Greens in the regional parliament, rejected Delvaux's view. "Under our institutions, both language groups need a majority. That is not a technicality, it is the foundation of this city," she told AFP.

The region's debt has climbed to more than 14 billion euros, and ratings agency Northline Ratings warned in a report last month that continued paralysis could lead to a downgrade.

"The absence of a government with full powers limits the region's ability to take corrective measures," the agency said.

Local authorities are also feeling the strain. "We are paying for police, cleaning and social aid with money that we are not sure we will ever receive from the region," said Jean-Luc Mertens, mayor of Koekelbeek, one of the region's 19 municipalities.

The federal government has so far refused to intervene.

"It is not for the federal level to form a regional government," a spokeswoman for the federal interior ministry said.

The record for the longest government formation in Belgium, 541 days at the federal level, was set in 2010-2011. At the current pace, Brussels could overtake it before the summer.""",
        [
            ("It's a disgrace, quite frankly,", "Mireille Lambotte"),
            ("Nobody in my street even", "Mireille Lambotte"),
            ("exhausted almost every combination", "Christophe Delvaux"),
            ("I have sat down with", "Christophe Delvaux"),
            ("At some point the Dutch-speaking", "Christophe Delvaux"),
            ("Under our institutions, both language", "Sara Wouters"),
            ("The absence of a government", "Northline Ratings"),
            ("We are paying for police,", "Jean-Luc Mertens"),
            ("It is not for the", "spokeswoman"),
        ],
    ),
    (
        """Farmers’ party drops bid to lead Oostergo provincial government

The Rural Citizens’ Movement (LBB), which won the most seats in the Oostergo provincial elections in March, has abandoned its attempt to form a coalition after talks with Labour and the Christian Democrats broke down over nitrogen policy.

LBB group leader Gerrit Hofstede said on Thursday the party had ‘no choice’ but to step aside. ‘We were asked to sign a text that would have meant closing farms that have been in families for generations,’ he told regional broadcaster RTV Oostergo. ‘That is not why 120,000 people voted for us.’

The LBB took 15 of the 43 seats in the provincial council, making it by far the largest party, but it needs at least two partners for a majority.

Ineke Schouten, the former mayor of Emmerwold who has been leading the talks as informateur, will now explore a coalition of Labour, the Christian Democrats, the liberal VVO and the Greens. Schouten said in a statement that she regretted the outcome but that the province ‘needs a stable executive before the summer recess’.

Farmers’ organisations reacted angrily. ‘Voters are being ignored again,’ said Wim Lubbers, chairman of the Northern Agricultural Union. ‘People will remember this at the next election.’

Labour’s Oostergo leader Esther Damsma said she was disappointed but not surprised. ‘We went very far to meet the LBB, further than many of our own members liked,’ she said. ‘But you cannot negotiate with a party that says no to every sentence about nature.’

The LBB’s national leader, Anouk Brouwer, said on X that the party would be ‘a constructive but critical opposition’ in Oostergo and accused the other parties of ‘ignoring the clear wishes of the countryside’.

The province is under pressure to present a plan to cut nitrogen emissions around protected nature areas by 2030. Provincial officials warned in a letter to the council last month that missing the deadline could have ‘serious legal consequences’, including a freeze on building permits.

Until a new coalition is formed, the previous provincial executive will stay on in a caretaker capacity, the province said on its website.

It is the second province in which the LBB has failed to enter government despite topping the poll. In neighbouring Westerkwartier, the party has been in opposition since talks collapsed last year.""",
        [
            ("no choice", "Gerrit Hofstede"),
            ("We were asked to sign", "Gerrit Hofstede"),
            ("That is not why 120,000", "Gerrit Hofstede"),
            ("needs a stable executive before", "Ineke Schouten"),
            ("Voters are being ignored again,", "Wim Lubbers"),
            ("People will remember this at", "Wim Lubbers"),
            ("We went very far to", "Esther Damsma"),
            ("But you cannot negotiate with", "Esther Damsma"),
            ("a constructive but critical opposition", "Anouk Brouwer"),
            ("ignoring the clear wishes of", "Anouk Brouwer"),
            ("serious legal consequences", "provincial officials"),
        ],
    ),
    (
        """Berlin coalition negotiators clash over debt brake as deadline looms

Negotiators for Germany's conservatives and Social Democrats traded barbs over fiscal rules on Wednesday, days before they are due to present a coalition agreement, with the SDU demanding a loosening of the constitutional debt brake that the CBU has long defended.

CBU general secretary Frederik Anholt set out his party's position bluntly at a news conference in Berlin: "We will not sign a coalition agreement that loads the costs of today onto our grandchildren. The debt brake is in the constitution for a reason."

SDU co-leader Mira Yilmaz-Kessler countered that crumbling infrastructure and rising defence needs made reform unavoidable.

"Every economist in this country knows that we cannot fix bridges, railways and schools while keeping our hands tied behind our backs," she said at a party event in the Ruhr region.

"We are not asking for a blank cheque. We are asking for an honest conversation about investment.

"If the conservatives want to govern with us, they have to be part of that conversation."

Both parties agree on the need to raise defence spending. According to a draft of the defence chapter seen by Euractiv, the negotiators have agreed to exempt military spending above 1% of GDP from the debt brake. A CBU negotiator confirmed that the draft was authentic but said the text was "not final until everything is final".

Pressure for a broader reform has been growing. A study published on Monday by the Frankfurt Centre for Public Finance said a targeted change to the rule for public investment was "both economically sensible and politically achievable".

The centre's director, Benedikt Rauscher, told reporters that the debate had shifted. "The question is no longer whether to reform the debt brake, but how," he said.

Any change to the debt brake would require a two-thirds majority in the Bundestag, meaning the future coalition would need the support of the Greens or the liberals.

Green budget spokesperson Lea Hoffbauer said her party was open to talks but would insist that climate investment be part of any package. "We won't hand out a blank cheque either," she said.

The parties have set themselves a deadline of Easter to conclude the negotiations. The SDU's members must approve any deal in a ballot, and the party leadership is wary of a revolt from its left wing.

A senior SDU figure said Yilmaz-Kessler's comments were "aimed as much at our own members as at the CBU".""",
        [
            ("We will not sign a", "Frederik Anholt"),
            ("Every economist in this country", "Mira Yilmaz-Kessler"),
            ("We are not asking for", "Mira Yilmaz-Kessler"),
            ("If the conservatives want to", "Mira Yilmaz-Kessler"),
            ("not final until everything is", "CBU negotiator"),
            ("both economically sensible and politically", "Frankfurt Centre for Public Finance"),
            ("The question is no longer", "Benedikt Rauscher"),
            ("We won't hand out a", "Lea Hoffbauer"),
            ("aimed as much at our", "senior SDU figure"),
        ],
    ),
    (
        """‘They’ve forgotten us’: far right eyes victory in east German state vote

Philip Oakes in Grauwitz

In the market square of Grauwitz, a town of 14,000 people an hour’s drive from the Polish border, the posters of the far-right Alliance for Homeland (AfH) outnumber those of all the other parties combined.

“They’ve forgotten us here,” said Renate Kühl, 67, a retired nurse, as she loaded shopping into her car. “The young people leave, the doctor’s surgery closed last year, the train comes twice a day. And then they tell us on television that everything is fine.”

Polls ahead of Sunday’s election in the state of Lausitz-Elbe put the AfH on 33%, well ahead of the conservative Christian Civic Union (CBU) on 24%. If the polls are right, it would be the first time the party has come first in a state election.

The AfH’s lead candidate, Jörg Reimers, told a rally in Grauwitz on Thursday evening that his party was “ready to govern” and would not be “kept out by back-room deals”.

“If we win on Sunday, the other parties will have to explain to the voters why the biggest party is in opposition,” he told a crowd of about 800 people.

All the mainstream parties have pledged not to work with the AfH, which the state’s intelligence service classifies as extremist. The incumbent premier, Christiane Wolters of the CBU, has made the so-called “firewall” the centre of her campaign.

“Anyone who votes for the AfH should know that they are voting for isolation, for a party that wants to take us out of Europe,” Wolters said in a televised debate on Tuesday.

In Grauwitz, few seem persuaded. A 34-year-old mechanic who gave only his first name, Dennis, said he had voted CBU all his life but would switch this time. “I’m not a Nazi. I just want someone to listen,” he said.

A local CBU councillor, who asked not to be named because of the tense mood in the town, admitted the campaign had been hard going. “Honestly, we knocked on doors here and people shut them in our faces,” the councillor said.

Katharina Ebeling, a political scientist at the University of Lausitz, said the AfH’s support had broadened. “The AfH is not only strong among the angry and the old. It now wins among young men, among skilled workers, among people who have a job and a house,” she said. “That is what should worry the other parties.”

Even if the AfH comes first, Wolters could stay in office by forming a coalition with the Social Democrats, the Greens and the new left-populist Alliance for Justice and Reason, a combination that would be without precedent in Germany.""",
        [
            ("They’ve forgotten us", "Renate Kühl"),
            ("They’ve forgotten us here,", "Renate Kühl"),
            ("The young people leave, the", "Renate Kühl"),
            ("ready to govern", "Jörg Reimers"),
            ("kept out by back-room deals", "Jörg Reimers"),
            ("If we win on Sunday,", "Jörg Reimers"),
            ("Anyone who votes for the", "Christiane Wolters"),
            ("I’m not a Nazi.", "Dennis"),
            ("Honestly, we knocked on doors", "local CBU councillor"),
            ("The AfH is not only", "Katharina Ebeling"),
            ("That is what should worry", "Katharina Ebeling"),
        ],
    ),
]
