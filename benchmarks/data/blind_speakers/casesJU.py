CASES = [
    (
        """Soccer-Ribeira post record loss as board defends transfer splurge

By Tomás Falcão

LISBON, Oct 14 (Reuters) - Portuguese club Atlético Ribeira reported a record net loss of 61.3 million euros for the 2023-24 season on Monday, blaming heavy spending on players and an early exit from European competition, but its board said the outlay would pay off within two years.

The club, whose shares trade on the Lisbon stock exchange, spent a combined 94 million euros on nine new players last year, including Brazilian forward Caio Menezes, while wages rose 28% to 112 million euros, according to its annual report.

"We took a calculated decision to invest in the squad at a moment when the market gave us opportunities," chief executive Rui Pestana said in a letter to shareholders. "The results of that decision will not be visible in a single balance sheet."

Pestana said the club expected to return to profit by the end of the 2025-26 season, helped by player sales and a new stadium naming rights deal that is "at an advanced stage of negotiation".

Revenue fell 9% to 148 million euros, largely because Ribeira were knocked out in the group stage of European competition last season, costing them an estimated 30 million euros in prize money and gate receipts.

Analysts were less sanguine. "The club is essentially betting on selling two or three players a year at a big profit, and that market has become much harder," said Inês Cardoso, a sports finance analyst at Banco Meridional in Porto. "If one summer goes wrong, the numbers look very different."

The Financial Control Commission of the Portuguese league said in a statement it was "monitoring the situation of all clubs" and had not opened any procedure against Ribeira.

The loss comes weeks after supporters' group Ribeira Sempre called for an extraordinary general meeting, accusing the board of "gambling with the club's future". The group's spokesman, Duarte Lobo, told Reuters on Monday that members would press ahead with the demand.

"These accounts confirm everything we have been saying," Lobo said. "Nobody is against ambition, but ambition without a plan is how clubs disappear."

A club spokesperson declined to comment on the supporters' demand.

Shares in Ribeira fell 4.2% in early trading.

(Reporting by Tomás Falcão; Editing by Clare Whitlock)""",
        [
            ("We took a calculated decision", "Rui Pestana"),
            ("The results of that decision", "Rui Pestana"),
            ("at an advanced stage of", "Rui Pestana"),
            ("The club is essentially betting", "Inês Cardoso"),
            ("If one summer goes wrong,", "Inês Cardoso"),
            ("monitoring the situation of all", "Financial Control Commission of the Portuguese league"),
            ("gambling with the club's future", "Ribeira Sempre"),
            ("These accounts confirm everything", "Duarte Lobo"),
            ("Nobody is against ambition,", "Duarte Lobo"),
        ],
    ),
    (
        """Hartsfield Town: American consortium completes takeover of second-tier club

Hartsfield Town have been taken over by a US-based consortium led by businessman Grant Kessler, ending the Wolstanton family's 31-year ownership of the club.

The deal, which values the club at about £48m including debt, was approved by the league on Friday after the group passed its owners' and directors' test.

Kessler, 52, who made his fortune in logistics software, said he wanted to "build something that lasts" at Meadowbank Road.

"I've heard a lot of people say Americans come over here, look at a spreadsheet and see a football club," he told BBC Radio Hartshire. "I understand that fear. I'd ask people to judge us on what we do, not where we're from."

He added: "The first thing I want to do is sit down with the supporters' trust, listen to them and put a fan on the board within 12 months."

Outgoing chairman Derek Wolstanton, whose father Harold bought the club in 1993, said the time had come for "fresh investment and fresh energy".

In a statement on the club website, he said: "It has been the privilege of my family's life to look after this club. We have not always got everything right, but we have always put Hartsfield Town first.

"I'm satisfied that Grant and his partners share those values, and I will be cheering from the stands like everyone else."

Town, who finished 14th last season, reported losses of £11.2m in their most recent accounts and had relied on loans from the Wolstanton family to cover the wage bill.

The Hartsfield Town Supporters' Trust welcomed the takeover but said it wanted guarantees over the future of the stadium, which is owned by a separate company controlled by the family.

"We've had warm words, and we're grateful for them," trust chair Alison Pryce told BBC Sport. "But warm words don't protect a ground. We want to see the freehold secured and a golden share for fans written into the club's constitution."

A club spokesman said talks over the stadium were "ongoing and constructive".

Manager Lee Hollins, whose contract expires in the summer, said the squad had been reassured by the new owners.

"They came into the dressing room this morning and spoke to the lads, which was a nice touch," he said. "Now it's on us to get results."

Town host Brayford City at Meadowbank Road on Saturday.""",
        [
            ("build something that lasts", "Grant Kessler"),
            ("I've heard a lot of", "Grant Kessler"),
            ("I understand that fear.", "Grant Kessler"),
            ("The first thing I want", "Grant Kessler"),
            ("fresh investment and fresh energy", "Derek Wolstanton"),
            ("It has been the privilege", "Derek Wolstanton"),
            ("I'm satisfied that Grant and", "Derek Wolstanton"),
            ("We've had warm words, and", "Alison Pryce"),
            ("But warm words don't protect", "Alison Pryce"),
            ("ongoing and constructive", "spokesman"),
            ("They came into the dressing", "Lee Hollins"),
            ("Now it's on us to", "Lee Hollins"),
        ],
    ),
    (
        """Dunmore Athletic fans walk out as owners weigh ‘feeder club’ role

Ewan Moffat

Thousands of Dunmore Athletic supporters left their seats in the 70th minute of Saturday’s 2-1 win over Kilbrannan Rovers in protest at proposals that would turn the club into a development outpost for its Scandinavian owners.

Halvorsen Sports Group, which bought Dunmore in 2022 and also controls clubs in Norway, Denmark and Portugal, confirmed last week it was considering a restructuring under which promising players would be moved between its clubs on loan “to maximise their pathway”.

The Dunmore Athletic Supporters’ Association, which organised the walkout, said the plan would reduce a club founded in 1881 to “a shop window for other people’s teams”.

“We are not a feeder for anybody,” said Morag Cairney, the association’s secretary, speaking outside the Glebe Park stand after the match. “This club has won trophies, produced internationals and survived two world wars and three administrations. It will not be somebody’s spreadsheet.”

She said the association had written to the board asking for the plans to be published in full and put to a consultation of season-ticket holders.

Halvorsen’s chief executive, Magnus Strand, rejected the characterisation. In an interview with the Guardian, he said the group’s model gave smaller clubs access to scouting, data and coaching resources “that they could never afford alone”.

“I understand the emotion, and I respect it,” Strand said. “But the alternative for a club of Dunmore’s size is not independence and glory. It is selling your best 19-year-old for a fraction of his value because you need to pay the wages in March.”

He insisted Dunmore would not be treated as a junior partner. “Every club in our group has its own sporting director, its own budget and its own ambitions,” he said. “Nobody is going to take a player from Dunmore and hide him.”

Critics point to the group’s Danish club, Aalstrup BK, which sent 11 players to other Halvorsen clubs over two seasons and was relegated last May. One former Aalstrup employee, who asked not to be named, described the atmosphere there as “a waiting room”.

“Players didn’t know if they would be there next week,” he said. “Staff stopped investing emotionally.”

A spokesperson for the league said its rules on multi-club ownership were “under review” and that it would “engage with all stakeholders” before the start of next season.

The protest was largely good-natured, although stewards briefly closed one exit as supporters filed out of the main stand.

Dunmore manager Craig Lennie said it had been “strange to look up and see gaps in the stands” during the final 20 minutes.

“The fans have every right to their voice,” he added. “My job is to win football matches, and we did that today.”""",
        [
            ("to maximise their pathway", "Halvorsen Sports Group"),
            ("a shop window for other", "Dunmore Athletic Supporters’ Association"),
            ("We are not a feeder", "Morag Cairney"),
            ("This club has won trophies,", "Morag Cairney"),
            ("that they could never afford", "Magnus Strand"),
            ("I understand the emotion, and", "Magnus Strand"),
            ("But the alternative for a", "Magnus Strand"),
            ("Every club in our group", "Magnus Strand"),
            ("Nobody is going to take", "Magnus Strand"),
            ("a waiting room", "former Aalstrup employee"),
            ("Players didn’t know if they", "former Aalstrup employee"),
            ("Staff stopped investing emotionally.", "former Aalstrup employee"),
            ("under review", "spokesperson"),
            ("engage with all stakeholders", "spokesperson"),
            ("strange to look up and", "Craig Lennie"),
            ("The fans have every right", "Craig Lennie"),
            ("My job is to win", "Craig Lennie"),
        ],
    ),
    (
        """Castlebridge sign Jesper Kuipers from FC Veldhoven in £32m deal

Castlebridge United have completed the signing of Netherlands midfielder Jesper Kuipers from FC Veldhoven for a fee of £32m, potentially rising to £38m with add-ons.

The 23-year-old has signed a five-year contract with the option of a further year after passing a medical on Tuesday.

Kuipers scored nine goals and provided 11 assists in all competitions for Veldhoven last season and had attracted interest from clubs in Germany and Italy.

"This is a massive step for me and my family," Kuipers told the club's official website. "When I spoke with the manager, I could feel straight away how much he wanted me here. The way Castlebridge play, with the ball, pressing high, it suits me perfectly."

Castlebridge head coach Stefan Aurich said the club had tracked Kuipers for more than 18 months.

"Jesper is a player who can control a game," Aurich told reporters at the club's training ground. "He's intelligent, he's brave on the ball and he is still improving. We didn't want to wait another year and see him go somewhere else."

Asked whether the fee represented good value, Aurich smiled: "You will have to ask me that again in two years."

The deal is Castlebridge's third of the window, following the arrivals of goalkeeper Mikkel Rask and defender Tayo Adeyemi, and takes the club's summer spending past £80m.

Veldhoven technical director Roel Bakkers said the Dutch club had been unable to turn down the offer.

"We didn't want to sell Jesper, but this is an offer that changes our club," he said in a statement. "The money will be reinvested in our academy and in the first team."

Castlebridge have been mindful of the league's profit and sustainability rules after posting a pre-tax loss of £54m last season. Chief executive Helen Marsh told supporters at a fans' forum last month that the club would "not gamble with its future" to chase short-term success.

A source close to the club said the Kuipers deal had been structured with instalments spread over four years "to protect the balance sheet", and that Castlebridge would need to sell before making further additions.

Winger Danny Forde, who has 12 months left on his contract, is attracting interest from two clubs in Spain, while midfielder Conor Haig could leave on loan.

Kuipers is expected to go straight into the squad for Saturday's trip to Ashworth Rovers, subject to international clearance.""",
        [
            ("This is a massive step", "Jesper Kuipers"),
            ("When I spoke with the", "Jesper Kuipers"),
            ("Jesper is a player who", "Stefan Aurich"),
            ("He's intelligent, he's brave on", "Stefan Aurich"),
            ("You will have to ask", "Stefan Aurich"),
            ("We didn't want to sell", "Roel Bakkers"),
            ("The money will be reinvested", "Roel Bakkers"),
            ("not gamble with its future", "Helen Marsh"),
            ("to protect the balance sheet", "source close to the club"),
        ],
    ),
    (
        """Genoa club Virtus Ligure taps private credit to refinance €420mn debt

Chiara Benedetti in Milan and Oliver Haines in London

Virtus Ligure, the Italian top-flight football club, is close to securing a €420mn refinancing package from private credit lenders as its American owner seeks to ease pressure from a bond that falls due next year, according to people familiar with the matter.

The deal, led by London-based lender Harcourt Lane Capital, would replace bonds issued in 2020 at an interest rate of 7.5 per cent and push back repayment until 2031, two people briefed on the talks said.

Crestline Partners, the Boston-based investment firm that bought the club for €610mn in 2021, has been seeking to refinance the debt for more than a year as rising interest rates and a weak domestic broadcasting market squeezed the club’s finances.

‘We are in constructive discussions with a number of potential partners and expect to conclude a transaction in the coming weeks,’ Virtus said in a statement. ‘The club’s underlying business has never been stronger.’

Revenues rose 14 per cent to €287mn in the year to June, helped by a return to European competition, but the club still made an operating loss of €38mn, according to its latest accounts. Net debt, including obligations to other clubs for transfer fees, stands at about €530mn.

One person close to Crestline said the owner had no intention of selling. ‘This is about putting the capital structure on a sensible footing, not an exit,’ the person said.

The deal underlines how private credit funds have become a crucial source of financing for European football, stepping in as traditional banks have grown wary of lending to loss-making clubs whose value depends on results on the pitch.

‘Lenders like the asset class because the brands are resilient and the cash flows from media rights are contracted for years,’ said Federico Zanella, a partner at Milan law firm Zanella Rossetti, who advises clubs on financing. ‘The risk is that clubs use cheap-looking money to cover structural losses, and then the music stops.’

Italian football authorities have tightened rules on club indebtedness in recent seasons, introducing a liquidity ratio that clubs must meet before registering new players. Virtus was briefly barred from registering signings in January 2023 after falling short of the threshold, before Crestline injected €45mn of fresh equity.

Supporters have grown increasingly critical of the owner. The Virtus fan federation, Unione Biancoverde, said this month that Crestline had treated the club ‘as a financial product rather than a piece of the city’s history’.

Harcourt Lane declined to comment. Crestline said it did not comment on ‘market speculation’.""",
        [
            ("We are in constructive discussions", "Virtus Ligure"),
            ("The club’s underlying business has", "Virtus Ligure"),
            ("This is about putting the", "person close to Crestline"),
            ("Lenders like the asset class", "Federico Zanella"),
            ("The risk is that clubs", "Federico Zanella"),
            ("as a financial product rather", "Unione Biancoverde"),
            ("market speculation", "Crestline Partners"),
        ],
    ),
    (
        """Belgian club Heistbrugge fined, barred from Europe over finance breaches

LAUSANNE, Switzerland (AP) — Belgian club KSC Heistbrugge was excluded from European competition for one season and fined 6 million euros ($6.5 million) on Thursday for repeatedly breaching financial rules, the European Club Licensing Authority said.

The ECLA's adjudicatory chamber found Heistbrugge had failed to meet the authority's squad-cost rule in each of the last three seasons, spending more than 90% of its revenue on wages, transfers and agents' fees, and had submitted "incomplete and in some cases misleading" information about overdue payments to other clubs.

"The chamber considers that the club's conduct demonstrates a persistent disregard for the obligations it accepted when it applied for a licence," the authority said in a written decision.

Heistbrugge, which finished third in the Belgian league last season, had qualified for the second-tier European competition. Its place will go to the fourth-placed team.

Club president Luc Vandamme said Heistbrugge would appeal to the International Sports Arbitration Tribunal.

"We accept that mistakes were made in the past, and we have changed the people responsible," Vandamme said at a news conference at the club's Ter Linden stadium. "But this punishment falls on players and supporters who did nothing wrong. It is disproportionate, and we will fight it."

Vandamme, a property developer who took control of the club in 2019, said it had already cut its wage bill by 18% and sold five first-team players this year.

The club's former chief executive, Pieter Goossens, who left in March, declined to comment when reached by phone.

The decision is the toughest sanction handed down by the authority since it introduced its squad-cost rule in 2022. Two other clubs, from Greece and Croatia, agreed settlements on Thursday that included fines but no exclusion.

ECLA general secretary Andrea Feldmann said the rules were intended to protect competitions, not to punish clubs.

"Nobody at this authority takes any pleasure in excluding a club," Feldmann said. "But rules that are never enforced are not rules. Clubs that comply, and many do so at considerable sacrifice, are entitled to know that others will be held to the same standard."

Belgian league officials said they had been informed of the decision. A league spokeswoman said it would "study the ruling carefully" before commenting further.

Several hundred supporters gathered outside Ter Linden on Thursday evening.

"We didn't buy these players, we didn't sign these contracts," said Joris Peeters, a 41-year-old season-ticket holder. "Now we're the ones paying."

Heistbrugge has 10 days to lodge its appeal.

___

AP soccer: https://apnews.com/hub/soccer""",
        [
            ("incomplete and in some cases", "European Club Licensing Authority"),
            ("The chamber considers that the", "European Club Licensing Authority"),
            ("We accept that mistakes were", "Luc Vandamme"),
            ("But this punishment falls on", "Luc Vandamme"),
            ("Nobody at this authority takes", "Andrea Feldmann"),
            ("But rules that are never", "Andrea Feldmann"),
            ("study the ruling carefully", "spokeswoman"),
            ("We didn't buy these players,", "Joris Peeters"),
            ("Now we're the ones paying.", "Joris Peeters"),
        ],
    ),
    (
        """Corrib Celtic granted court protection as club faces €2.3m in debts

Gavin Ruane

Corrib Celtic has been granted the protection of the High Court after the Galway club told the court it owed almost €2.3 million to creditors including Revenue and a number of former players.

Mr Justice Brian Cosgrave appointed accountant Siobhán Tierney of Tierney Walsh Advisory as interim examiner on Tuesday, giving the club up to 100 days to put together a rescue plan.

Counsel for the club, Fergal Dunne SC, told the court that Celtic had been “trading at a loss for several seasons” and that its position had been worsened by the collapse of a proposed investment by a UK-based consortium last autumn.

He said the club had “a reasonable prospect of survival” if it secured new investment, and that two parties had already expressed an interest.

The judge said he was satisfied the threshold for protection had been met. “There is a real public interest, as well as a creditor interest, in this club continuing to trade,” he said.

Celtic owes €640,000 to Revenue in unpaid PAYE and VAT, the court heard, as well as about €410,000 to former players and staff.

In a statement issued after the hearing, the club said it “deeply regrets” the position and apologised to those who were owed money.

“We want to be clear with our supporters, our players and our community: Corrib Celtic is not going anywhere,” the statement said. “The board is committed to working with the examiner to secure a sustainable future for the club, and we are confident that this process will give us the breathing space to do that.”

The Irish Football Licensing Board said it had been notified of the application and would “engage with the club and the examiner” in the coming weeks. It is understood the club will be permitted to fulfil its remaining fixtures this season.

The players’ union, the Irish Footballers’ Union, said some of those affected had not been paid in full since August.

“These are young men, some with families, who were told week after week that the money was coming,” said its general secretary, Declan Foy. “They deserve to be at the front of the queue, not the back.”

Nuala Keane, chairwoman of the Corrib Celtic Supporters’ Club, said fans would begin fundraising this weekend. “Whatever the outcome in court, this club belongs to Galway,” she said.

The case will return before the court on March 18th.""",
        [
            ("trading at a loss for", "Fergal Dunne"),
            ("a reasonable prospect of survival", "Fergal Dunne"),
            ("There is a real public", "Brian Cosgrave"),
            ("deeply regrets", "Corrib Celtic"),
            ("We want to be clear", "Corrib Celtic"),
            ("The board is committed to", "Corrib Celtic"),
            ("engage with the club and", "Irish Football Licensing Board"),
            ("These are young men, some", "Declan Foy"),
            ("They deserve to be at", "Declan Foy"),
            ("Whatever the outcome in court,", "Nuala Keane"),
        ],
    ),
    (
        """Lindenau members reject investor deal in blow to board’s stadium plans

By Jonas Weidner

Members of TSV Lindenau 1889 have voted against a proposal to sell a 24.9 per cent stake in the club’s professional football company to US investment firm Norvik Capital, dealing a significant blow to the board’s plans to redevelop the club’s 70-year-old stadium.

At an extraordinary general meeting in the city’s exhibition hall on Sunday evening, 61.4 per cent of the 7,812 members who voted rejected the deal, which would have brought in around €140million. A two-thirds majority in favour had been required.

Club president Heike Brandstätter, who had campaigned for the proposal for almost a year, addressed the hall shortly after the result was announced.

“You have spoken, and we will respect it,” she said. “I will not pretend I am not disappointed. I believed, and I still believe, that this was the best route to give this club a stadium and a squad worthy of its supporters.

“But this is a members’ club. That is not a slogan. It means that on nights like tonight, the members decide, and the board listens.”

Brandstätter did not say whether she would stand for re-election in November, telling reporters only that she would “reflect with the board over the coming days”.

The proposal had split the club. Under German ownership rules, the members’ association would have kept a majority of voting rights, but opponents argued that Norvik would have gained board seats and a veto over major decisions, including ticket prices.

“The question was never whether we need money,” said Tobias Klenk, spokesperson for the fan alliance Unser Lindenau, which led the campaign against the deal. “Everybody knows we need money. The question was what we would have to give up to get it, and the answer was too much.”

Klenk, whose alliance handed out leaflets titled “Not For Sale” outside the hall, said the group would now put forward its own financing proposal, including a fan bond and a cooperative share scheme.

Norvik, which holds minority stakes in clubs in France and the Netherlands, said in a statement it was “disappointed but respectful of the democratic process”. A person with knowledge of the firm’s thinking said it would not return with a revised offer.

One member of the supervisory board, speaking on condition of anonymity because they were not authorised to discuss internal matters, said the stadium project would now have to be scaled back significantly.

“We will not be building the stadium that was in the brochure,” they said. “We may be renovating two stands instead of four.”

Sporting director Marco Jelinek insisted the outcome would have no effect on the January transfer window. “Our budget for the winter was planned without this money,” he said. “Nothing changes for the team.”""",
        [
            ("You have spoken, and we", "Heike Brandstätter"),
            ("I will not pretend I", "Heike Brandstätter"),
            ("But this is a members’", "Heike Brandstätter"),
            ("reflect with the board over", "Heike Brandstätter"),
            ("The question was never whether", "Tobias Klenk"),
            ("Everybody knows we need money.", "Tobias Klenk"),
            ("disappointed but respectful of the", "Norvik Capital"),
            ("We will not be building", "member of the supervisory board"),
            ("We may be renovating two", "member of the supervisory board"),
            ("Our budget for the winter", "Marco Jelinek"),
            ("Nothing changes for the team.", "Marco Jelinek"),
        ],
    ),
]
