CASES = [
    (
        """Halbury Town sack Pendleford after seven-game winless run

Halbury Town have sacked manager Gary Pendleford after a run of seven matches without a win left the club one point above the Championship relegation zone.

The 47-year-old, who guided the Lancashire side to promotion from League One in 2022, leaves along with assistant Mick Tarrant and first-team coach Darren Oyelaran.

Saturday's 3-0 home defeat by Ashcombe Rovers, during which sections of the Riverside Stand chanted for the manager's removal, proved to be his final game in charge.

"The board would like to thank Gary for his hard work and commitment over the past three and a half years," a club statement said. "He will always have a special place in the history of this club after delivering promotion, but we feel a change is needed to give the squad the best chance of survival."

Chairman Richard Emsworth added: "These decisions are never easy, and Gary is a man I have huge respect for. But results have not been good enough and we have a responsibility to the supporters to act."

Under-21s coach Lee Barraclough will take charge of the team on an interim basis for Tuesday's trip to Morland City.

Pendleford had appeared defiant after Saturday's loss, telling reporters he had "no intention of walking away" and that the players were "still fighting for each other".

"I understand the frustration," he said. "The fans pay their money and they're entitled to voice their opinion. But I've been in tougher spots than this and come out the other side."

Halbury have won just four of their 22 league games this season and have conceded 39 goals, the second-worst defensive record in the division.

Pendleford becomes the ninth Championship manager to lose his job this season. Former Dunmore Athletic boss Steve Cathcart and ex-Halbury midfielder Paul Rennison are among the early favourites with bookmakers to replace him.

The Halbury Town Supporters' Trust said it welcomed the decision but urged the board to "learn the lessons" of the summer transfer window, when the club sold top scorer Kieran Adebayo-Lowe to Premier League side Westbridge for a reported £8million and failed to sign a replacement.

"Gary will always be remembered fondly for what he achieved, but this season has been drifting for months," trust chair Angela Morrow said. "The bigger questions are about recruitment and they sit above the manager's office."

Emsworth said the club hoped to appoint a permanent successor "within the next fortnight".

Pendleford is the third manager to leave Halbury since the club was bought by a local property consortium in 2019.""",
        [
            ("The board would like to", "Halbury Town"),
            ("He will always have a", "Halbury Town"),
            ("These decisions are never easy,", "Richard Emsworth"),
            ("no intention of walking away", "Gary Pendleford"),
            ("still fighting for each other", "Gary Pendleford"),
            ("I understand the frustration,", "Gary Pendleford"),
            ("The fans pay their money", "Gary Pendleford"),
            ("learn the lessons", "Halbury Town Supporters' Trust"),
            ("Gary will always be remembered", "Angela Morrow"),
            ("The bigger questions are about", "Angela Morrow"),
            ("within the next fortnight", "Richard Emsworth"),
        ],
    ),
    (
        """Fans vow to fight on as councillors back Stanemuir Park sale

By Fiona McLeish, Local Democracy Reporter

Supporters of Kilbrannan Thistle have vowed to fight on after councillors voted to approve the sale of the club’s historic Stanemuir Park ground to a housing developer.

Members of West Carrick Council’s planning committee voted 7-4 on Wednesday in favour of plans by Brackenhill Homes to build 146 houses on the site, which has hosted Thistle matches since 1894.

The League Two club will move to a new 3,000-capacity stadium at Drumlaw Business Park on the edge of town, which is being part-funded by the developer.

Thistle chief executive Alan Crichton told the committee the move was “the only realistic way” to secure the club’s future.

“Stanemuir Park is a wonderful old ground, but it is falling apart around us,” he said. “We spent more than £200,000 on repairs last year just to keep the main stand open. We can’t keep doing that.”

But the Save Stanemuir Park campaign, which has gathered more than 4,000 signatures on a petition, said the decision was “a betrayal of the community”.

Campaign spokeswoman Morag Dunsmuir, whose grandfather played for Thistle in the 1950s, said: “This ground belongs to the town, not to a board of directors and a developer. People have been coming here for 130 years. Drumlaw is a car park next to a retail unit, two miles from anywhere.

“We will be looking at every option open to us, including a judicial review.”

Councillor Ian Galbraith, who voted against the plans, said he was concerned about the loss of green space and the impact of extra traffic on Mossgiel Road.

“I have a lot of sympathy with the club’s position,” he said. “But I don’t think we’ve been given enough evidence that the new stadium will actually be delivered before the old one is knocked down.”

Committee convener Councillor Sandra Rennie said conditions had been attached to the permission requiring the new ground to be “substantially complete” before any demolition work begins at Stanemuir.

A spokesman for Brackenhill Homes said the firm was “delighted” with the outcome and looked forward to “working with the club and the wider community” on the project.

Thistle are expected to play their final season at Stanemuir Park in 2025/26. The club said on its website that it would hold a supporters’ meeting in Kilbrannan Town Hall next month.

“We understand that this is an emotional issue for many of our fans, and we want to hear their views on how we honour the history of Stanemuir at our new home,” the statement said.""",
        [
            ("the only realistic way", "Alan Crichton"),
            ("Stanemuir Park is a wonderful", "Alan Crichton"),
            ("We spent more than £200,000", "Alan Crichton"),
            ("a betrayal of the community", "Save Stanemuir Park campaign"),
            ("This ground belongs to the", "Morag Dunsmuir"),
            ("We will be looking at", "Morag Dunsmuir"),
            ("I have a lot of", "Ian Galbraith"),
            ("But I don’t think we’ve", "Ian Galbraith"),
            ("substantially complete", "Sandra Rennie"),
            ("delighted", "spokesman"),
            ("working with the club and", "spokesman"),
            ("We understand that this is", "Kilbrannan Thistle"),
        ],
    ),
    (
        """Westbridge agree £14m fee with Caldermuir for striker Osei

By Tom Hargreaves, Chief Football Correspondent

Westbridge have agreed a fee of around £14million with Caldermuir for striker Nathan Osei, with the 22-year-old expected to travel south for a medical on Thursday.

The deal, which includes a further £3m in add-ons and a 15 per cent sell-on clause, would be the biggest sale in Caldermuir's history.

Osei has scored 19 goals in 26 appearances this season and had attracted interest from clubs in Germany and Italy, but Westbridge moved decisively after a knee injury to their first-choice forward Danny Marsh.

Sources at Westbridge described Osei as "exactly the profile" manager Rui Valente wanted, a forward able to press from the front and play with his back to goal.

One person with knowledge of the negotiations said the player had been "desperate" to make the move once Westbridge's interest became concrete. "He has handled it really well, but his head was turned the moment the phone rang," the source added.

Caldermuir manager Stuart Lennie, speaking before the fee was agreed, admitted the club would struggle to turn down a significant offer.

"We're not naive," Lennie said at his pre-match press conference on Tuesday. "Nathan is a top player and when you have top players, top clubs come calling. If it's right for the club and right for the boy, then we won't stand in his way.

"But it would have to be the right number, and it would have to be early enough in the window for us to replace him. I'm not getting left with nobody on deadline day."

Caldermuir sit second in the Scottish Premiership, six points off the top, and Lennie is understood to have already drawn up a shortlist of replacements that includes Hartfield Rovers forward Jamie Cowan.

Osei's representative, Marcus Fenwick of Elevate Sports Management, declined to discuss the details of the deal but said his client was "focused on football" and "grateful to everyone at Caldermuir".

Westbridge, 11th in the Premier League, had spent only £6m in the window before this week, on defender Luca Brenner from SV Grunfeld. Chief executive Helen Ashdown told a fans' forum last month that the club would "not be reckless" in January but would "act where we see value".

"We've got a clear plan and a clear budget," Ashdown told supporters. "Rui knows exactly what he has to work with. Nobody is going to be signed just to keep the noise down."

Osei, who came through the youth system at Caldermuir after being released by Westbridge's academy at the age of 15, would become the second most expensive signing in the club's history.""",
        [
            ("exactly the profile", "sources at Westbridge"),
            ("desperate", "person with knowledge of the negotiations"),
            ("He has handled it really", "person with knowledge of the negotiations"),
            ("We're not naive,", "Stuart Lennie"),
            ("Nathan is a top player", "Stuart Lennie"),
            ("But it would have to", "Stuart Lennie"),
            ("focused on football", "Marcus Fenwick"),
            ("grateful to everyone at Caldermuir", "Marcus Fenwick"),
            ("not be reckless", "Helen Ashdown"),
            ("act where we see value", "Helen Ashdown"),
            ("We've got a clear plan", "Helen Ashdown"),
            ("Rui knows exactly what he", "Helen Ashdown"),
        ],
    ),
    (
        """Supporters plan walkout over Bramford City ticket price rise

Bramford City supporters are planning a mass walkout during Saturday's home game against Tollerton United in protest at a sharp rise in season ticket prices.

The Bramford City Independent Supporters' Association (BCISA) has urged fans to leave their seats in the 68th minute - a reference to the £68 cost of the cheapest adult matchday ticket next season.

The club announced last week that adult season tickets in the Kingsway Stand would rise from £495 to £610 for the 2025/26 campaign, an increase of 23 per cent, while the over-65s concession will be reduced.

BCISA chairman Dave Holroyd said the rises had 'gone too far' and were pricing out families who had supported the club for generations.

'We're not daft, we know costs have gone up everywhere,' he said. 'But this is a club that finished 14th in League One last season, and they're asking people to pay Premier League prices. I've had messages from pensioners who have had season tickets for 40 years telling me they can't renew.

'If the owners won't listen to us in meetings, maybe they'll listen to an empty stand.'

The walkout is also being backed by the Bramford City Disabled Supporters' Association and the fanzine 'Up The Kingsway'.

In a statement, Bramford City said the price rise reflected 'significant increases' in operating costs, including stewarding, policing and energy bills.

'The club continues to lose money every season and our owners have invested more than £30million since 2019,' the statement said. 'We have frozen prices for three consecutive seasons, and this adjustment brings us in line with comparable clubs in the division.'

The club added that an interest-free instalment plan would be available and that under-18 prices would remain unchanged.

Chief executive Karen Whitlow met representatives of supporters' groups on Monday evening. One person who attended the meeting described it as 'tense but polite', and said Ms Whitlow had agreed to look again at the changes to concessions.

Local MP Sarah Okonjo, whose constituency includes the ground, said she had written to the club's owners, the US-based Calloway Sports Group.

'Football clubs are not like other businesses,' Ms Okonjo said. 'They belong to their communities, and I would urge the owners to think again before they drive loyal fans away.'

Jim Pearce, 58, from Eastfield, who has held a season ticket since 1983, said he would be joining the walkout.

'I've been through three relegations and two administrations with this club, and I'll keep going,' he said. 'But my son and grandson come with me and that's nearly £1,500 before we've bought a pie. Something has to give.'

Saturday's match kicks off at 3pm.""",
        [
            ("gone too far", "Dave Holroyd"),
            ("We're not daft, we know", "Dave Holroyd"),
            ("But this is a club", "Dave Holroyd"),
            ("If the owners won't listen", "Dave Holroyd"),
            ("significant increases", "Bramford City"),
            ("The club continues to lose", "Bramford City"),
            ("We have frozen prices for", "Bramford City"),
            ("tense but polite", "person who attended the meeting"),
            ("Football clubs are not like", "Sarah Okonjo"),
            ("They belong to their communities,", "Sarah Okonjo"),
            ("I've been through three relegations", "Jim Pearce"),
            ("But my son and grandson", "Jim Pearce"),
        ],
    ),
    (
        """Ferrie fumes at VAR as Inverlochy snatch late derby draw

Glenmorrie Athletic 1 Inverlochy Town 1

Glenmorrie Athletic manager Craig Ferrie accused officials of “bottling” the key decision after a stoppage-time equaliser from Ryan Kerr denied his side a first derby win at Castlebrae in nine years.

Ferrie’s side led through a first-half header from captain Scott McAvoy and looked set to hold on until Kerr swept home in the fourth minute of added time, seconds after Glenmorrie defender Liam Docherty appeared to be shoved to the ground by Inverlochy substitute Josh Arnott.

Referee Graham Tulloch allowed the goal to stand and the VAR did not intervene.

“I’ve watched it back five or six times and it’s a foul every day of the week,” Ferrie told reporters. “Liam’s got two hands in his back. Everybody in the ground saw it, everybody except the people whose job it is to see it.

“I’m not one for moaning about referees, I’ve always said that. But there’s a man sitting in a room miles away with every camera angle you could want, and he’s decided not to look. That’s the bit I can’t get my head round.”

Asked whether he feared disciplinary action over his comments, the 44-year-old said: “If they want to fine me for telling the truth, they can fine me.”

Inverlochy boss Derek Mowat, whose side remain third in the Premiership, insisted the goal was legitimate.

“It’s a contact sport,” he said. “Josh goes up for the ball, there’s a wee bit of contact, and the boy goes down. If that’s a foul, we may as well all pack up and go home.”

Mowat admitted his team had been “nowhere near our level” for much of the afternoon and said he had told his players as much at half-time.

“We were second to everything in the first half, and Craig’s boys deserved to be in front,” he said. “But we showed a bit of character, and you’ll take a point at this ground.”

Kerr, who has now scored in three successive derbies, said the late goal felt “like a win” for the visitors, who had lost their previous two league matches.

Glenmorrie had the better of a scrappy first half and went ahead in the 33rd minute when McAvoy rose highest to meet Aidan Logue’s corner. Docherty and goalkeeper Ross Baird then kept Inverlochy at bay after the break before the late drama.

The result leaves Glenmorrie seventh, four points outside the top six. Later on Saturday evening the club said it would “write to the governing body seeking an explanation” for the decision not to review the goal.""",
        [
            ("bottling", "Craig Ferrie"),
            ("I’ve watched it back five", "Craig Ferrie"),
            ("Liam’s got two hands in", "Craig Ferrie"),
            ("I’m not one for moaning", "Craig Ferrie"),
            ("If they want to fine", "Craig Ferrie"),
            ("It’s a contact sport,", "Derek Mowat"),
            ("Josh goes up for the", "Derek Mowat"),
            ("nowhere near our level", "Derek Mowat"),
            ("We were second to everything", "Derek Mowat"),
            ("But we showed a bit", "Derek Mowat"),
            ("like a win", "Ryan Kerr"),
            ("write to the governing body", "Glenmorrie Athletic"),
        ],
    ),
    (
        """US investment group agrees deal to buy Premier League's Ashcombe Rovers

LONDON, March 4 - U.S.-based investment firm Harlow Ridge Capital has agreed to buy a controlling stake in Premier League club Ashcombe Rovers in a deal valuing the club at around 420 million pounds ($530 million), the company said on Tuesday.

Harlow Ridge, which already holds stakes in a Major League Soccer team and a French second-division side, will acquire 75 percent of the club from local businessman Trevor Maddox, who has owned Ashcombe since 2009.

"Ashcombe Rovers is one of the great community clubs in English football, and we are committed to building on that heritage," Harlow Ridge managing partner Daniel Kessler said in a statement. "Our priority is to invest in the squad, the academy and the stadium so the club can compete at the highest level for years to come."

The deal is subject to approval by the Premier League under its owners' and directors' test and is expected to be completed before the start of next season.

Maddox, 71, will keep a minority stake and remain as honorary president. "This was not an easy decision, but I have taken the club as far as I can," he said. "Football at this level needs a different kind of money now."

According to accounts filed in January, Ashcombe recorded a pretax loss of 38.6 million pounds in the 2023-24 season, largely funded by loans from Maddox's property business.

The takeover also revives plans to expand the club's 27,000-capacity Millfield Road ground, which stalled in 2021 after objections from residents and a dispute with Ashcombe Borough Council over transport.

A source close to the deal said Harlow Ridge had earmarked "well over 100 million" pounds for a new main stand and improvements to surrounding infrastructure, but that no final design had been agreed.

Council leader Priya Sandhu said the authority would "engage constructively" with the new owners.

"We have always wanted Ashcombe Rovers to thrive at Millfield Road, but any expansion has to work for the people who live around the ground as well as those who visit it on a Saturday," she told reporters.

The Ashcombe Rovers Supporters' Trust, which holds a 2 percent stake in the club, said it had sought assurances over ticket prices and the club's name, crest and colours.

"We've asked for a meeting with the new owners at the earliest opportunity," the trust said. "Supporters need to be involved in this process, not told about it afterwards."

Ashcombe are 13th in the Premier League table, nine points clear of the relegation zone. American investors now hold controlling or significant stakes in about half of the league's 20 clubs.

Harlow Ridge did not disclose how the acquisition would be financed. Kessler said the firm did not intend to place any acquisition debt on the club.""",
        [
            ("Ashcombe Rovers is one of", "Daniel Kessler"),
            ("Our priority is to invest", "Daniel Kessler"),
            ("This was not an easy", "Trevor Maddox"),
            ("Football at this level needs", "Trevor Maddox"),
            ("well over 100 million", "source close to the deal"),
            ("engage constructively", "Priya Sandhu"),
            ("We have always wanted Ashcombe", "Priya Sandhu"),
            ("We've asked for a meeting", "Ashcombe Rovers Supporters' Trust"),
            ("Supporters need to be involved", "Ashcombe Rovers Supporters' Trust"),
        ],
    ),
    (
        """Danny Marsh hits back at Westbridge critics after night-out jibes

By CHRIS DOLAN

Westbridge striker Danny Marsh has hit back at critics who questioned his commitment during his injury lay-off, insisting: ‘I’ve given this club everything.’

The 29-year-old has been sidelined since November with a knee problem and was filmed at a city-centre bar last month, footage of which circulated widely online.

Former Westbridge captain turned pundit Lee Sorensen then said on his podcast that Marsh ‘looks like a man who has already packed his bags’, comments which were shared thousands of times by supporters on social media.

But Marsh, speaking at the club’s Oakhurst training ground yesterday, said he was ‘hurt’ by the suggestion.

‘People can say what they want about my form, that’s football,’ he said. ‘But to question whether I care? I’ve been here seven years. I’ve played with injections, I’ve played when I shouldn’t have. My family live here, my kids go to school here.

‘The night out was my brother’s 30th. I was home by half eleven. I’m not going to apologise for that.’

Marsh, whose contract expires in the summer, also addressed reports that the club have offered him a reduced one-year deal.

‘There’s been talks, and my agent is dealing with it,’ he said. ‘I want to stay, I’ve made that clear. But I’m not a kid any more and I’ve got to think about what’s best for me and my family.’

Westbridge boss Rui Valente, who is expected to welcome new signing Nathan Osei this week, said Marsh would have an important role to play when he is fit.

‘Danny is a big character in this dressing room,’ said Valente. ‘The players love him, I love him. What people say outside, on the television or the radio, I cannot control. For me he is a Westbridge player and he will help us.’

Sorensen, who scored 84 goals for the club in the 1990s, was unrepentant last night.

‘I said what I saw,’ he told this newspaper. ‘If Danny proves me wrong, I’ll be the first to hold my hands up. Nobody wants that more than me.’

Marsh is expected to return to full training next week and could feature against Tollerton United on February 8.""",
        [
            ("I’ve given this club", "Danny Marsh"),
            ("looks like a man who", "Lee Sorensen"),
            ("hurt", "Danny Marsh"),
            ("People can say what they", "Danny Marsh"),
            ("But to question whether I", "Danny Marsh"),
            ("The night out was my", "Danny Marsh"),
            ("There’s been talks, and my", "Danny Marsh"),
            ("I want to stay, I’ve", "Danny Marsh"),
            ("Danny is a big character", "Rui Valente"),
            ("The players love him, I", "Rui Valente"),
            ("I said what I saw,", "Lee Sorensen"),
            ("If Danny proves me wrong,", "Lee Sorensen"),
        ],
    ),
    (
        """Balcraig Rovers: Supporters' society set to become majority owner

Balcraig Rovers are set to become the latest Scottish club in fan ownership after members of the Rovers Supporters' Society voted overwhelmingly to buy out the club's majority shareholder.

The society, which already owns 26% of the Championship club, will acquire the 51% stake held by businessman Graham Lochhead for a nominal £1, taking its total shareholding to 77%.

Of the 1,812 members who voted, 94% backed the deal.

Society chair Eilidh Brodie described the result as "a historic day" for the club.

"For years people have said that fans couldn't run a football club, that it would end in tears," she said.

"Well, we've done the due diligence, we've got a business plan, and we've got more than 1,800 people who care about this club enough to put their hands in their pockets every month. That's a pretty good place to start."

Lochhead, who bought Balcraig out of administration in 2016, said in a statement that he was "proud" to hand the club over in a stronger position than he had found it.

"When I came in, the club was weeks from going out of business," his statement said. "It now has no bank debt, a new artificial pitch and a thriving community trust. I've always believed the supporters were the right long-term custodians."

The society's plan, set out in a document titled "Rovers for Good", includes a commitment to keep adult season tickets under £250 and to redevelop the crumbling West Terrace at Riggfoot Park.

However, not everyone is convinced. One long-standing shareholder, who asked not to be named, said the society had "underestimated" the cost of running a full-time club in the Championship.

"It's a lovely idea, and I hope it works," he said. "But the wage bill isn't going to pay itself, and the society's income won't cover what Graham has been putting in every year."

Brodie acknowledged the challenge: "We're not going to pretend it'll be easy. There will be tough decisions, and we'll be honest with members about them."

According to the club's most recent accounts, Lochhead provided loans and donations totalling £420,000 in the year to May 2024. Under the terms of the deal, those loans will be written off.

The takeover still needs to be approved by the football authorities, with the society hoping to complete the process before the end of the season.

Manager Kevin Strachan said the players had been "really buoyed" by the news.

"The boys were checking their phones in the dressing room after training, waiting for the result," he said. "It gives everyone a lift. It feels like the club belongs to the town again."

Balcraig host Dunmuir Albion at Riggfoot Park on Saturday.""",
        [
            ("a historic day", "Eilidh Brodie"),
            ("For years people have said", "Eilidh Brodie"),
            ("Well, we've done the due", "Eilidh Brodie"),
            ("proud", "Graham Lochhead"),
            ("When I came in, the", "Graham Lochhead"),
            ("It now has no bank", "Graham Lochhead"),
            ("underestimated", "long-standing shareholder"),
            ("It's a lovely idea, and", "long-standing shareholder"),
            ("But the wage bill isn't", "long-standing shareholder"),
            ("We're not going to pretend", "Eilidh Brodie"),
            ("really buoyed", "Kevin Strachan"),
            ("The boys were checking their", "Kevin Strachan"),
            ("It gives everyone a lift.", "Kevin Strachan"),
        ],
    ),
]
