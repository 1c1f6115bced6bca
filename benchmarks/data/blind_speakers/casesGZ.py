CASES = [
    (
        """Hartwell United agree club-record deal for Alvaraes winger Saraiva

By Tom Ridley

LONDON, Aug 14 (Reuters) - Hartwell United have agreed a club-record fee of 62 million euros ($68 million) with Portuguese side Desportivo Alvaraes for winger Rui Saraiva, the Premier League club said on Wednesday, ending a pursuit that stretched across most of the summer transfer window.

Saraiva, 23, scored 14 league goals last season and will sign a five-year contract subject to a medical and a work permit, Hartwell said in a statement.

"Rui is a player we have followed for a long time and we are delighted to bring him to the club," sporting director Nadia Courtenay said. "He has pace, he has courage and he makes decisions quickly in the final third. Those are qualities the manager asked for."

The deal includes a further 8 million euros in performance-related add-ons, according to a person familiar with the negotiations, who said the Portuguese club had "held firm on the structure from the first day".

Desportivo Alvaraes president Fernando Leitao said the sale would allow the club to invest in its academy and complete long-delayed work on its training ground.

"We did not want to lose Rui, but we are a selling club and we are honest about that," Leitao told reporters. "This money will stay in football. It will go into the boys who will be the next Rui."

Hartwell manager Stefan Brandt, speaking before the transfer was confirmed, had said he wanted "one or two more" attacking options before the window closes on Aug. 30.

The club's spending has drawn scrutiny under the Premier League's profit and sustainability rules after it reported a pre-tax loss of 94 million pounds for the last financial year. Chief executive Graham Pennock said in May that the club was "fully compliant" and expected to remain so.

Asked on Wednesday whether the Saraiva fee would require player sales before the deadline, a club spokesman said: "We don't comment on speculation about individual players. Our accounts speak for themselves."

Saraiva, who has won four caps for Portugal, is expected to be available for Hartwell's home match against Castleford Rovers on Aug. 24.

(Reporting by Tom Ridley; Editing by Ken Ferris)""",
        [
            ("Rui is a player we", "Nadia Courtenay"),
            ("He has pace, he has", "Nadia Courtenay"),
            ("held firm on the structure", "person familiar with the negotiations"),
            ("We did not want to", "Fernando Leitao"),
            ("This money will stay in", "Fernando Leitao"),
            ("one or two more", "Stefan Brandt"),
            ("fully compliant", "Graham Pennock"),
            ("We don't comment on speculation", "spokesman"),
        ],
    ),
    (
        """Brackley City unveil £480m plans for 52,000-seat stadium on old gasworks site

Helen Marsh

Brackley City have unveiled plans for a 52,000-seat stadium on the site of a disused gasworks a mile east of their current ground, with the club’s owners insisting the move is essential if they are to keep pace with the Premier League’s biggest spenders.

The proposal, which will be submitted to Brackley borough council next month, would see City leave Ferrier Road, their home since 1904, by the start of the 2029-30 season. The club said the new ground would include a 14,000-capacity single-tier stand behind one goal, inspired by the great terraces of German football.

“Ferrier Road has given us 120 years of memories, and nobody in this building takes that lightly,” said the chairman, Oliver Strand. “But the honest truth is that we are playing in a stadium that was built for a different century. We turn away more than 20,000 people for every home game. We cannot grow this club in a ground we have outgrown.”

Strand said the project would be financed through a mix of private borrowing and investment from the club’s American ownership group, Calloway Sports Partners, and that there would be “no public money” involved in the construction.

Not everyone is convinced. The Brackley City Supporters’ Trust, which has around 9,000 members, said it had not been consulted on the design and questioned what would happen to the existing site.

“We have been told about this at the same time as everybody else, through a press release,” said Maureen Okafor, the trust’s chair. “Supporters are not against a new stadium in principle. What we are against is being treated as customers rather than the people who have kept this club alive.”

She added that the trust would be seeking assurances on ticket prices, which rose by an average of 11% last season. “A bigger stadium is no good to anyone if the people who live around here can’t afford to walk through the door,” Okafor said.

Local councillors were cautiously supportive. Dev Raman, the council’s cabinet member for regeneration, said the gasworks site had been “a scar on the east side of town for thirty years” and that the application would be considered “on its merits, like any other”.

A club spokesperson said a public consultation would open on 3 March and run for six weeks, with exhibitions at the current ground and at two community centres in the east of the town.

City, who finished seventh last season, have played to more than 99% of capacity for 11 consecutive seasons. The club estimates the new stadium would generate an additional £45m a year in matchday revenue.""",
        [
            ("Ferrier Road has given us", "Oliver Strand"),
            ("But the honest truth is", "Oliver Strand"),
            ("no public money", "Oliver Strand"),
            ("We have been told about", "Maureen Okafor"),
            ("Supporters are not against a", "Maureen Okafor"),
            ("A bigger stadium is no", "Maureen Okafor"),
            ("a scar on the east", "Dev Raman"),
            ("on its merits, like any", "Dev Raman"),
        ],
    ),
    (
        """Thornbury owners face ownership inquiry after wages paid late again

Simon Barclay, Chief Sports Reporter

Thornbury Athletic’s owners have been referred to an ownership panel after players and staff at the Championship club were paid late for the third time in five months.

The English Football League confirmed yesterday that it had opened an inquiry into whether Redmoor Capital, the investment vehicle that bought the club in 2022, continues to meet the owners’ and directors’ test. A statement from the EFL said it was ‘extremely concerned by the repeated failure to meet basic obligations to employees’ and was ‘in regular contact with the club’s board’.

Thornbury’s players received their October salaries eight days late, according to two people with knowledge of the situation. One senior player said the mood in the dressing room had gone ‘beyond frustrated’.

‘We turn up, we train, we give everything on a Saturday,’ he said. ‘All we ask is that the people at the top do the same. Some of the younger lads are on small contracts and they are worried about their rent.’

Marcus Hale, the Redmoor chairman, said in a letter to season-ticket holders that the delays had been caused by ‘a temporary timing issue with a transfer of funds’ and that the matter had been resolved.

‘I understand the anxiety this has caused, and I apologise to everyone affected,’ Hale wrote. ‘I want to be absolutely clear: this club is not for sale, and we are committed to Thornbury for the long term.’

That reassurance has done little to calm supporters. The Thornbury Athletic Supporters’ Club, which organised a protest before Saturday’s home defeat by Lowestoft Town, said in a statement that fans had ‘heard these promises before’.

Claire Whitcombe, the local MP, who has raised the club’s finances in the Commons, said: ‘This is a community asset with 130 years of history. If the owners cannot fund it properly, they should step aside and let someone who can.’

The new independent football regulator, which is due to take on its full powers next season, will be able to intervene directly at clubs judged to be in financial distress. The Department for Culture, Media and Sport said it would ‘not comment on individual cases’.

Thornbury are 19th in the Championship, four points above the relegation zone. Ian Gosling, the manager, declined to discuss the ownership situation after training yesterday, saying only that his squad was ‘focused on football’.""",
        [
            ("extremely concerned by the repeated", "English Football League"),
            ("in regular contact with the", "English Football League"),
            ("beyond frustrated", "senior player"),
            ("We turn up, we train", "senior player"),
            ("All we ask is that", "senior player"),
            ("a temporary timing issue with", "Marcus Hale"),
            ("I understand the anxiety this", "Marcus Hale"),
            ("I want to be absolutely", "Marcus Hale"),
            ("heard these promises before", "Thornbury Athletic Supporters’ Club"),
            ("This is a community asset", "Claire Whitcombe"),
            ("not comment on individual cases", "Department for Culture, Media and Sport"),
            ("focused on football", "Ian Gosling"),
        ],
    ),
    (
        """Members of German club Lindenau vote down investor deal

LINDENAU, Germany (AP) — Members of second-division club SV Lindenau 1911 voted overwhelmingly on Sunday to reject a proposed investment from a U.S. private equity firm, the latest sign of fan resistance to outside money in German soccer.

Of the 6,412 members who attended an extraordinary general meeting at the club's Waldstadion, 71% voted against the plan, which would have seen Ashgrove Partners acquire a 24.9% stake in the club's professional soccer company for 40 million euros ($43 million). A two-thirds majority in favor was required.

"The members have spoken very clearly today, and we respect that," club president Katrin Vogt told reporters after the result was announced. "We will not pretend we are happy. We believed this was the best way to secure the club's future in a very difficult market."

German clubs are bound by the so-called 50+1 rule, which requires members to retain a majority of voting rights in professional soccer operations. Opponents had argued that even a minority stake would give the investor too much influence over decisions such as ticket prices and kickoff times.

Jonas Reuter, a spokesman for the fan group Lindenau Bleibt, said the result showed that members "are not for sale at any price."

"This was never about being against money," Reuter said. "It was about who decides. If you hand a quarter of the club to a fund in New York, you hand them a voice in every room. We are not prepared to do that."

Ashgrove Partners said in an emailed statement that it was "disappointed but respectful of the democratic process" and wished the club well.

The club's finance director, Matthias Kroll, had warned members before the vote that the club faced a funding gap of about 15 million euros over the next two seasons.

"That gap does not disappear because we voted no," Kroll said after the meeting. "It means we will have to make choices, and some of them will be painful."

Lindenau, which was relegated from the Bundesliga in 2021, is sixth in the second division. Vogt said the board would present an alternative plan to members "within the next three months."

Petra Hollmann, a sports economist at Lindenau University, said the vote reflected a broader mood among German supporters.

"Fans in Germany have watched what happened in England, and they have decided they do not want it," she said.""",
        [
            ("The members have spoken very", "Katrin Vogt"),
            ("We will not pretend we", "Katrin Vogt"),
            ("are not for sale at", "Jonas Reuter"),
            ("This was never about being", "Jonas Reuter"),
            ("It was about who decides.", "Jonas Reuter"),
            ("disappointed but respectful of the", "Ashgrove Partners"),
            ("That gap does not disappear", "Matthias Kroll"),
            ("It means we will have", "Matthias Kroll"),
            ("within the next three months", "Katrin Vogt"),
            ("Fans in Germany have watched", "Petra Hollmann"),
        ],
    ),
    (
        """Kovac: 'I won't stand in Diallo's way' as Spanish giants circle

By Danny Pryce

Wexley Albion boss Luka Kovac insists he will not stand in the way of Moussa Diallo if the midfielder wants to quit for Spain.

Deportivo Valcarcel have made Diallo, 24, their top summer target and are preparing an opening bid of around £50million.

Kovac admitted he had spoken to the France international about the interest, and said the player had been "completely honest with me" throughout.

Speaking ahead of Saturday's clash with Dunmore, the Croatian said: "Moussa is a fantastic professional. He has never given me one problem in three years.

"If a club like that comes, of course a player thinks about it. I would think about it. I'm not going to sit here and pretend otherwise.

"But we are not a club that needs to sell. If the offer is not right, he stays, and I know he will give everything for this shirt."

Albion chairman Rod Fenwick is understood to value Diallo at closer to £70m, and insiders say the club will not budge.

One Albion source told Mirror Sport: "Rod has been very clear. Nobody is leaving on the cheap this summer, not Moussa, not anyone."

Diallo's agent, Ibrahima Sow, fuelled speculation last week when he described Valcarcel as "a club any player would dream of".

Albion, who finished fifth last season, have already lost defender Kyle Ashby to a German side this summer and fans fear another big departure could derail their push for the Champions League places.

Kovac, who has brought in two new faces so far, is also hoping to add a striker before the window shuts.

He added: "Every year it is the same story. Good players get attention. That is football. My job is to make sure we are ready whatever happens."

Albion travel to Dunmore on Saturday looking for a third straight win.""",
        [
            ("I won't stand in Diallo's", "Luka Kovac"),
            ("completely honest with me", "Luka Kovac"),
            ("Moussa is a fantastic professional.", "Luka Kovac"),
            ("If a club like that", "Luka Kovac"),
            ("But we are not a", "Luka Kovac"),
            ("Rod has been very clear.", "Albion source"),
            ("a club any player would", "Ibrahima Sow"),
            ("Every year it is the", "Luka Kovac"),
        ],
    ),
    (
        """Dunmarnock close Kinross Park North Stand after structural survey

Dunmarnock will play their next three home games with the North Stand at Kinross Park closed after a survey found corrosion in the roof supports.

The Scottish Championship club said the 2,300-seat stand, which dates from 1962, would remain shut "until engineers are satisfied it is safe to reopen".

Season ticket holders in the North Stand will be relocated to the Main Stand and the uncovered East Terrace, with the ground's capacity reduced from 8,100 to around 5,800.

Chief executive Alan Murdie said the club had acted "immediately and without hesitation" once it received the engineers' report on Tuesday.

"Safety is the one thing in this job that is not up for debate," Murdie told BBC Scotland. "We had a routine inspection, it flagged up issues we were not expecting, and we took the decision within the hour.

"I know it is frustrating for supporters who have sat in the same seat for 30 or 40 years. We will do everything we can to look after them."

Strathallan Council said its building standards team had been in contact with the club and was "satisfied with the steps taken so far".

The closure comes at a difficult time for Dunmarnock, who have been trying to raise £4m to redevelop the ground. Fan group the Kinross Park Trust, which owns a 20% stake in the club, has previously warned that the stand was "living on borrowed time".

Trust chairwoman Fiona Lennox said: "Nobody wanted to be proved right about this. What matters now is that the board comes forward with a proper plan and a timetable, not another feasibility study."

Dunmarnock host Glenbrae Rovers on Saturday. Manager Callum Dorward said his players would "do our bit on the pitch" and insisted the atmosphere would not suffer.

"Wherever they sit, our fans make a noise," he said. "I've no doubt they'll be right behind us."

The Scottish Professional Football League said it had been informed of the closure and that no fixtures would need to be rearranged.""",
        [
            ("until engineers are satisfied it", "Dunmarnock"),
            ("immediately and without hesitation", "Alan Murdie"),
            ("Safety is the one thing", "Alan Murdie"),
            ("I know it is frustrating", "Alan Murdie"),
            ("satisfied with the steps taken", "Strathallan Council"),
            ("living on borrowed time", "Kinross Park Trust"),
            ("Nobody wanted to be proved", "Fiona Lennox"),
            ("do our bit on the", "Callum Dorward"),
            ("Wherever they sit, our fans", "Callum Dorward"),
            ("I've no doubt they'll be", "Callum Dorward"),
        ],
    ),
    (
        """Virtus Castelvario close in on deal to buy stadium from city after decade of talks

By Marco Bellini

Virtus Castelvario are on the verge of buying their stadium from the city after almost ten years of negotiations, a move the Serie A club believe will unlock up to €150m of investment.

Castelvario’s city council is expected to approve the sale of the 31,000-capacity Stadio Renato Ferri for €38m at a vote on Thursday, according to two councillors involved in the talks. The club would then begin a three-year renovation that includes moving the stands closer to the pitch and removing the athletics track that has surrounded the playing surface since 1957.

“This is the most important day for this club in a generation,” Virtus president Lorenzo Garofalo told reporters at the club’s training centre on Monday. “Owning your stadium is not a luxury any more in Italian football. It is the difference between standing still and going backwards.”

Most Italian grounds are owned by local authorities, and clubs have long complained that ageing, municipally run stadiums leave them unable to compete commercially with rivals in England, Spain and Germany.

Mayor Elena Ruscitti, who has faced criticism from opposition councillors over the price, defended the deal. “The city has spent more than €2m a year maintaining a stadium it cannot afford to modernise,” she said. “Selling it at a fair price, with guarantees for the community, is good administration.”

Those guarantees include a commitment that the stadium will host at least ten community and youth events a year, and that the club will not rename the ground without council approval, according to a draft of the agreement.

Opposition councillor Paolo Benedetti said the valuation was “far too generous to a private company” and called for an independent assessment. “We are giving away a public asset that belongs to every family in this city,” he told the local newspaper La Gazzetta di Castelvario.

Supporters’ groups have largely welcomed the plan, though the Curva Nord ultras said in a statement posted online that they would oppose any attempt to create “a stadium for tourists and not for the people who have always been there”.

Garofalo said the club had no plans to raise prices in the curva. “The curva is the heart of the stadium,” he said. “We are going to make it bigger, not more expensive.”

Virtus, currently 11th in Serie A, would become only the fifth top-flight club in Italy to own its ground. If the vote passes, work is expected to begin next summer, with the club continuing to play at a reduced capacity during the first phase.""",
        [
            ("This is the most important", "Lorenzo Garofalo"),
            ("Owning your stadium is not", "Lorenzo Garofalo"),
            ("The city has spent more", "Elena Ruscitti"),
            ("Selling it at a fair", "Elena Ruscitti"),
            ("far too generous to a", "Paolo Benedetti"),
            ("We are giving away a", "Paolo Benedetti"),
            ("a stadium for tourists and", "Curva Nord ultras"),
            ("The curva is the heart", "Lorenzo Garofalo"),
            ("We are going to make", "Lorenzo Garofalo"),
        ],
    ),
    (
        """Veldmeer chairman quits as supervisory board row deepens

FC Veldmeer chairman Willem de Bruin has resigned with immediate effect following a dispute with the club's supervisory board over the sale of its training complex.

De Bruin, who had led the Eredivisie club since 2018, announced his departure in a brief statement on Tuesday evening, saying he could "no longer carry responsibility for decisions in which I have no say".

The row centres on a proposal, backed by a majority of the supervisory board, to sell the De Horst training ground to a property developer and lease it back for 25 years, raising an estimated €22million.

"I have always said that you do not sell the roof over your own head," De Bruin told regional broadcaster Omroep Veldmeer. "I was outvoted, which is how governance works, but I cannot then stand in front of the supporters and defend it."

Supervisory board chairwoman Annemiek Vos said the board regretted De Bruin's decision but stood by the plan.

"The club has debts that have to be dealt with, and this is the least damaging option available to us," she said in a statement. "Nobody on this board takes any pleasure in it."

Veldmeer were placed in the lowest category of the Dutch league's financial monitoring system last season, restricting their ability to spend on transfers until their balance sheet improves.

According to one person close to the board, the sale had been discussed for more than a year and De Bruin had been "fully aware of where this was heading".

Supporters' association Veldmeer Voor Altijd has called for an emergency meeting with the board.

"The training ground is where our youth players grow up. If it goes, a part of the club goes with it," spokesman Ruud Kamphuis said.

Head coach Erik Stam, whose side sit eighth in the table, said the upheaval would not affect preparations for Saturday's home match against Heerenburg.

"We have a job to do and the players know it," Stam said. "What happens upstairs is for other people."

The club said an interim chairman would be appointed "in the coming days".""",
        [
            ("no longer carry responsibility for", "Willem de Bruin"),
            ("I have always said that", "Willem de Bruin"),
            ("I was outvoted, which is", "Willem de Bruin"),
            ("The club has debts that", "Annemiek Vos"),
            ("Nobody on this board takes", "Annemiek Vos"),
            ("fully aware of where this", "person close to the board"),
            ("The training ground is where", "Ruud Kamphuis"),
            ("We have a job to", "Erik Stam"),
            ("What happens upstairs is for", "Erik Stam"),
            ("in the coming days", "FC Veldmeer"),
        ],
    ),
]
