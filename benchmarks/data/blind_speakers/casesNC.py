CASES = [
    (
        """Voyageurs open camp without Kowalchuk as contract talks stall

By Danielle Marchand

PORT ELLIS, Sask. — Restricted free agent defenceman Tyler Kowalchuk was nowhere to be seen Thursday when the Port Ellis Voyageurs took the ice for the first day of training camp, and general manager Brent Osterhaus made it clear the two sides remain far apart.

"We've made what we believe is a fair, competitive offer," Osterhaus told reporters after the morning session at Riverbend Arena. "Tyler is an important part of this group and we want him here. But there's a structure in place and we have to respect it."

Kowalchuk, 23, led all Voyageurs blueliners with 14 goals and 41 points last season, his first full campaign in the league. His entry-level deal expired July 1, and he has not signed the club's qualifying offer.

According to a person familiar with the negotiations, who spoke on condition of anonymity because talks are ongoing, the team has offered a three-year bridge contract worth about $3.1 million annually. Kowalchuk's camp is seeking a long-term agreement closer to $6 million a season.

His agent, Marty Feldstein of Northline Sports Management, said his client was "disappointed but not surprised" by the pace of negotiations.

"Tyler has outperformed his contract at every step," Feldstein said in a phone interview. "All we're asking is that Port Ellis pay him like the top-pairing defenceman he already is. He's skating on his own back home in Lanigan Creek and he'll be ready when a deal gets done."

Osterhaus would not say whether he had spoken with Feldstein since last week, nor would he rule out an offer sheet from another club.

"I'm not going to negotiate through the media," he said. "That's not fair to Tyler and it's not fair to our fans."

Head coach Luc Belanger said the absence of his top defenceman would force changes on the back end, with veteran Andrei Sokolov expected to see time alongside rookie Jordan Pike on the first pair.

"You can't replace a guy like Tyler overnight," Belanger said. "But the guys in that room have to worry about the guys in that room. That's all we can control."

Teammates were careful not to take sides. Captain Ryan McTavish called Kowalchuk "a big part of what we're building here" and said he had texted the defenceman over the weekend.

"It's business," McTavish said. "Everybody in here understands that. We just hope it gets sorted out soon."

Under league rules, Kowalchuk must sign by Dec. 1 to be eligible to play this season. The Voyageurs open the pre-season Sept. 24 in Kessler Ridge.""",
        [
            ("We've made what we believe", "Brent Osterhaus"),
            ("Tyler is an important part", "Brent Osterhaus"),
            ("disappointed but not surprised", "Marty Feldstein"),
            ("Tyler has outperformed his contract", "Marty Feldstein"),
            ("All we're asking is that", "Marty Feldstein"),
            ("I'm not going to negotiate", "Brent Osterhaus"),
            ("That's not fair to Tyler", "Brent Osterhaus"),
            ("You can't replace a guy", "Luc Belanger"),
            ("But the guys in that", "Luc Belanger"),
            ("a big part of what", "Ryan McTavish"),
            ("It's business,", "Ryan McTavish"),
            ("Everybody in here understands that.", "Ryan McTavish"),
        ],
    ),
    (
        """Ybarra loses arbitration case, says Pilots ‘went too far’

By Nate Hollis

ELM HARBOR, Fla. — Right-hander Carlos Ybarra lost his salary arbitration case against the Bayshore Pilots on Tuesday and will make $4.25 million this season instead of the $5.6 million he requested.

A three-person panel ruled for the team a day after hearing arguments from both sides.

Ybarra, 29, went 11-7 with a 3.48 ERA in 31 starts last season and struck out a career-high 178. He said the club’s presentation at the hearing focused heavily on a shoulder strain that cost him five weeks two summers ago.

“I understand it’s a process, and I knew they were going to say some things,” Ybarra said Tuesday at the Pilots’ spring training complex. “But sitting in that room and hearing them talk about my arm like I’m damaged goods — that was hard. They went too far.”

He added that he had “no plans right now” to discuss a long-term deal with the club before opening day.

General manager Dana Whitcombe said the team had tried to avoid a hearing, but the gap between the two sides never closed.

“Carlos is a huge part of our rotation, and nothing that was said in that room changes how we feel about him,” Whitcombe said. “Arbitration is an adversarial process by design. Nobody enjoys it, on either side.”

Whitcombe said the club’s last offer before the hearing was $4.8 million, a figure confirmed by a person familiar with the talks who was not authorized to discuss them publicly.

The Pilots have not lost an arbitration hearing since 2015 and have a reputation around the league as a “file-and-trial” club, meaning they stop negotiating once salary figures are exchanged in January.

The players’ union criticized that approach after the ruling.

“Teams that refuse to negotiate past the filing deadline put players in an untenable position,” the Professional Baseball Players Association said in a statement. “Carlos deserved better than to sit through a hearing that was designed to tear him down.”

Ybarra’s agent, Rob Kessling, declined to comment.

Ybarra is eligible for arbitration twice more before he can become a free agent. Asked whether the hearing would change how he views the franchise, he paused.

“I’m a Pilot. I’m going to go out and pitch,” he said. “What happens after that, we’ll see.”

Manager Gus Tillery said he spoke with Ybarra on Monday night and was confident the pitcher would put the episode behind him.

“He’s a pro,” Tillery said. “He’ll be fine.”

Ybarra is scheduled to make his first spring start Saturday against Gulf City.""",
        [
            ("went too far", "Carlos Ybarra"),
            ("I understand it’s a process,", "Carlos Ybarra"),
            ("But sitting in that room", "Carlos Ybarra"),
            ("no plans right now", "Carlos Ybarra"),
            ("Carlos is a huge part", "Dana Whitcombe"),
            ("Arbitration is an adversarial process", "Dana Whitcombe"),
            ("Teams that refuse to negotiate", "Professional Baseball Players Association"),
            ("Carlos deserved better than to", "Professional Baseball Players Association"),
            ("I’m a Pilot. I’m going", "Carlos Ybarra"),
            ("What happens after that, we’ll", "Carlos Ybarra"),
            ("He’s a pro,", "Gus Tillery"),
            ("He’ll be fine.", "Gus Tillery"),
        ],
    ),
    (
        """Lynx owner warns team could leave if council rejects arena deal

By Carla Dunphy

KENMORE FALLS, Ont. — The owner of the Kenmore Falls Lynx says the city's professional hockey club could leave town within three years if council does not approve a new arena agreement by the end of the spring.

Gerald Pruitt, whose Pruitt Holdings has owned the team since 2011, made the comments Monday at a Chamber of Commerce luncheon, a week before council is scheduled to vote on a proposed 25-year lease at a renovated Memorial Gardens.

"I love this city. My kids grew up in this rink," Pruitt told the crowd of about 200. "But I can't keep losing two, three million dollars a year in a building that hasn't had a real upgrade since 1974.

"Something has to give, and it's not going to be me writing cheques forever."

The proposal, first outlined in a consultant's report titled "Arena Futures: Options for Memorial Gardens," would see the city contribute $48 million toward a $71-million renovation, with the Lynx covering the balance and paying annual rent of $650,000.

Mayor Sandra Lefebvre said she was "frustrated and, frankly, a little surprised" by what she called the owner's "public ultimatum."

"We have been at the table in good faith for 18 months," Lefebvre said in an interview. "Council will make its decision based on what's right for taxpayers, not on threats made at a lunch."

Not everyone on council is skeptical. Coun. Owen Takahashi, who chairs the city's finance committee, said the Lynx bring "real, measurable" economic activity to the downtown core on game nights.

"Restaurants, bars, parking — that's money that doesn't come back if the team goes," he said. "People forget that."

Coun. Heather Birch, however, said the numbers in the report "don't add up" and questioned why the city's share had grown by $9 million since the fall.

"Forty-eight million dollars is more than we spend on roads in two years," Birch said. "I'd want to see a lot more from Mr. Pruitt before I put my name to that."

According to a city staff report released Friday, the renovation would add 1,100 seats and 14 luxury suites, bringing capacity to about 6,400.

A fan-led campaign called "Keep the Lynx Home" has collected more than 9,000 signatures on a petition supporting the deal. Its organizer, Dave Kinnear, said fans feel caught in the middle.

"Nobody wants to hand a rich guy a blank cheque, but nobody wants to lose the team either," Kinnear said.

The Lynx play in the Northern Professional Hockey League. The league said in a statement that it "does not comment on local facility negotiations" but supports "a long-term future for the franchise in Kenmore Falls."

Council will vote on the lease April 14.""",
        [
            ("I love this city. My", "Gerald Pruitt"),
            ("But I can't keep losing", "Gerald Pruitt"),
            ("Something has to give, and", "Gerald Pruitt"),
            ("frustrated and, frankly, a", "Sandra Lefebvre"),
            ("public ultimatum", "Sandra Lefebvre"),
            ("We have been at the", "Sandra Lefebvre"),
            ("Council will make its decision", "Sandra Lefebvre"),
            ("real, measurable", "Owen Takahashi"),
            ("Restaurants, bars, parking", "Owen Takahashi"),
            ("People forget that.", "Owen Takahashi"),
            ("don't add up", "Heather Birch"),
            ("Forty-eight million dollars is more", "Heather Birch"),
            ("I'd want to see a", "Heather Birch"),
            ("Nobody wants to hand a", "Dave Kinnear"),
            ("does not comment on local", "Northern Professional Hockey League"),
            ("a long-term future for the", "Northern Professional Hockey League"),
        ],
    ),
    (
        """Pell files grievance after Admirals send him to minors

HARLOW, Va. — Outfielder Marcus Pell has filed a grievance against the Harlow Admirals, claiming the club optioned him to Triple-A last week to delay his eligibility for free agency, according to two people familiar with the filing.

The people spoke on condition of anonymity because the grievance has not been made public.

Pell, 27, was hitting .284 with nine home runs in 52 games when the Admirals sent him to Triple-A Coalport on June 3. The move came 11 days before he would have reached the service time needed to become a free agent after next season.

The players' union confirmed a grievance had been filed but declined further comment.

In a brief statement, the Admirals said the decision was "based solely on baseball considerations."

"Marcus has some things to work on, particularly against left-handed pitching, and we believe Coalport is the best place for him to do that," the statement said.

Manager Terry Vukovich was more blunt when asked about the move before Tuesday's game.

"I'm not going to get into service time. That's above my pay grade," Vukovich said. "What I know is he was 4 for 31 against lefties. That's a problem, and he knows it."

Pell's agent, Lorraine Aucoin of Brightline Baseball Group, offered a different view.

"Anyone who looks at the calendar can see what happened here," Aucoin said in a text message. "Marcus was one of the best hitters on that team. This was about money, period."

Pell addressed the demotion in a post on social media Sunday night: "I'll keep working. I always have. But I'm not going to pretend I don't know what this is."

Under the collective bargaining agreement, an arbitrator can restore service time if a club is found to have manipulated it in bad faith, though such rulings are rare and grievances can take more than a year to resolve.

One veteran Admirals player, who asked not to be identified to avoid friction with management, said the move had "rattled a lot of guys" in the clubhouse.

"Everybody saw it. Everybody knows," the player said. "You start wondering if it's you next."

Kenneth Oduya, the Admirals' president of baseball operations, said Tuesday he had not read the grievance and expected Pell back in the majors "sooner rather than later."

"He's a big part of our future," Oduya said. "This is a short-term assignment, and we've told him exactly what we want to see."

Pell went 2 for 4 with a double in his first game for Coalport on Sunday. The Admirals, 31-30, are third in the division, five games back.""",
        [
            ("based solely on baseball considerations", "Harlow Admirals"),
            ("Marcus has some things to", "Harlow Admirals"),
            ("I'm not going to get", "Terry Vukovich"),
            ("What I know is he", "Terry Vukovich"),
            ("Anyone who looks at the", "Lorraine Aucoin"),
            ("Marcus was one of the", "Lorraine Aucoin"),
            ("I'll keep working. I always", "Marcus Pell"),
            ("rattled a lot of guys", "veteran Admirals player"),
            ("Everybody saw it. Everybody knows,", "veteran Admirals player"),
            ("You start wondering if it's", "veteran Admirals player"),
            ("sooner rather than later.", "Kenneth Oduya"),
            ("He's a big part of", "Kenneth Oduya"),
            ("This is a short-term assignment,", "Kenneth Oduya"),
        ],
    ),
    (
        """Loons captain Hedberg asks for trade, citing ‘lack of direction’

By Erik Solheim

LAKE CALDER, Minn. — Lake Calder Loons captain Nils Hedberg has formally requested a trade, the team confirmed Wednesday, ending weeks of speculation about the future of the veteran center known to fans as “the Moose.”

Hedberg, 31, has two years left on a contract that pays him $7.5 million annually and includes a modified no-trade clause allowing him to name 12 teams he would accept a deal to.

In a statement posted to his social media accounts, Hedberg called the decision “the hardest of my career.”

“I have given everything I have to this organization and to this community for 11 seasons,” he wrote. “But after a lot of conversations with my family, I believe it’s time for a fresh start. I have seen a lack of direction in our plan, and at this stage of my career I want to compete for a championship.”

Team president Cheryl Amundsen said the Loons would “honor the process” but would not move their captain for less than fair value.

“Nils has meant a great deal to this franchise, and we respect him enormously,” Amundsen said at a news conference at the Calder Center. “We also have a responsibility to our fans. We’re not going to make a move just to make a move.”

Asked about Hedberg’s criticism of the team’s direction, Amundsen pushed back.

“We’ve drafted well. We have three first-round picks in the system who are going to be playing here very soon,” she said. “I understand that a player in his 30s looks at that timeline differently. That’s fair.

“But it doesn’t mean there’s no direction, and I’d disagree with anyone who says that.”

The request follows a season in which the Loons missed the playoffs for the third straight year and Hedberg clashed publicly with coach Wade Lindahl over ice time in March. Lindahl, reached by phone, declined to discuss the matter beyond saying Hedberg “has been a great captain for us.”

Defenseman Jake Morrow said players found out about the request “like everybody else, on our phones.”

“It stinks. He’s our leader,” Morrow said after an informal skate. “But guys get to make decisions about their careers. I don’t blame him.”

Hedberg’s agent, Petter Sjoberg, said several teams had already called.

“There’s no shortage of interest,” Sjoberg said. “Nils is still a top-line center. We’re going to find the right fit, and we’d like to do it before training camp.”

According to a person with knowledge of the talks, at least four clubs have made inquiries, though none has made a formal offer.

Outside the arena Wednesday, season-ticket holder Barb Lindgren, 64, said she was heartbroken.

“I bought his jersey when he was 20,” she said. “I’m not taking it off.”""",
        [
            ("lack of direction", "Nils Hedberg"),
            ("the hardest of my career.", "Nils Hedberg"),
            ("I have given everything I", "Nils Hedberg"),
            ("But after a lot of", "Nils Hedberg"),
            ("honor the process", "Cheryl Amundsen"),
            ("Nils has meant a great", "Cheryl Amundsen"),
            ("We also have a responsibility", "Cheryl Amundsen"),
            ("We’ve drafted well. We have", "Cheryl Amundsen"),
            ("I understand that a player", "Cheryl Amundsen"),
            ("But it doesn’t mean there’s", "Cheryl Amundsen"),
            ("has been a great captain", "Wade Lindahl"),
            ("like everybody else, on our", "Jake Morrow"),
            ("It stinks. He’s our leader,", "Jake Morrow"),
            ("But guys get to make", "Jake Morrow"),
            ("There’s no shortage of interest,", "Petter Sjoberg"),
            ("Nils is still a top-line", "Petter Sjoberg"),
            ("I bought his jersey when", "Barb Lindgren"),
            ("I’m not taking it off.", "Barb Lindgren"),
        ],
    ),
    (
        """Hellbenders sold to Ohio group; new owners pledge to stay in Ashby

By Mark Tressler
Staff Writer

ASHBY, Pa. — The Ashby Valley Hellbenders, the Double-A baseball club that has played at Riverside Field since 1994, have been sold to an Ohio investment group, ending more than three decades of ownership by the Hostetler family.

Buckeye Diamond Holdings LLC, based in Canfield Lake, Ohio, announced the purchase Tuesday. Financial terms were not disclosed, but two people briefed on the deal said the price was about $32 million.

In a news release, Buckeye Diamond Holdings said it intends to keep the team in Ashby "for the long haul" and plans to invest $4 million in ballpark improvements over the next two seasons.

"We are not here to flip a ballclub," the company said. "We are here to build on 30 years of great baseball in the Ashby Valley."

"This is a community asset first," said Rachel Okafor, managing partner of Buckeye Diamond Holdings. "Baseball is the reason people come through the gates, but it's the fireworks nights and the dollar hot dogs and the Little League parades that make it part of people's lives."

Walt Hostetler, 78, whose father bought the franchise in 1991, said he had talked with several potential buyers over the past two years before settling on the Ohio group.

"My dad bought this team on a handshake, and I wanted to sell it to people who'd shake your hand and mean it," Hostetler said. "I think we found them."

The sale leaves open questions about Riverside Field, the county-owned ballpark known locally as "the Swamp" for its habit of flooding each spring. The team's lease expires after the 2027 season.

County Commissioner Janet Seward said the county is "open to conversations" about a new lease but will not be "held hostage" by the threat of relocation.

"We've seen what happens in other towns when a new owner comes in and starts talking about what the ballpark needs," Seward said. "We're going to be partners. We're not going to be a piggy bank."

Okafor said relocation "is not part of our thinking" and that the group had already met with county officials.

Inside the team's front office, the mood was uneasy. A longtime front-office employee, who asked not to be named because staff had been told not to speak with reporters, said workers learned of the sale at a morning meeting.

"People are nervous," the employee said. "Nobody's been told whether their jobs are safe, and a lot of us have been here 15, 20 years."

The league approved the sale last week. The Hellbenders open their season April 8 at home against Millbrook.""",
        [
            ("for the long haul", "Buckeye Diamond Holdings LLC"),
            ("We are not here to", "Buckeye Diamond Holdings LLC"),
            ("We are here to build", "Buckeye Diamond Holdings LLC"),
            ("This is a community asset", "Rachel Okafor"),
            ("Baseball is the reason people", "Rachel Okafor"),
            ("My dad bought this team", "Walt Hostetler"),
            ("I think we found them.", "Walt Hostetler"),
            ("open to conversations", "Janet Seward"),
            ("held hostage", "Janet Seward"),
            ("We've seen what happens in", "Janet Seward"),
            ("We're going to be partners.", "Janet Seward"),
            ("is not part of our", "Rachel Okafor"),
            ("People are nervous,", "longtime front-office employee"),
            ("Nobody's been told whether their", "longtime front-office employee"),
        ],
    ),
    (
        """Privateers bench Lindqvist after goalie questions coach’s system

By Jillian Comeau

PORT MERRITT, N.S. — The Port Merritt Privateers will start backup Cody Fraser in goal Saturday, a day after No. 1 goaltender Mikael Lindqvist publicly criticized head coach Darren Hollett’s defensive system.

Lindqvist, 28, who signed a four-year, $22-million extension in the summer, told Sports Radio 1040 on Thursday that the team’s structure was leaving him “hung out to dry” night after night.

“We give up more odd-man rushes than anybody in the league. That’s not on the goalie,” Lindqvist said on the station’s morning show. “I’ll take my share. I’ve let in some bad ones. But at some point somebody has to look at the system.”

Hollett, speaking to reporters after Friday’s practice at the Harbourview Centre, said the decision to start Fraser was made “before anybody said anything on the radio,” though he did little to hide his displeasure.

“We handle things in-house here. That’s always been the expectation,” Hollett said. “If Mikael has a problem with how we play, my door is open. It’s been open all year.”

Asked whether Lindqvist would be back in net Sunday against Fredericton Harbour, Hollett shrugged. “We’ll see,” he said.

General manager Pierre-Luc Gagnon said he met with both men separately Friday morning.

“Nobody is happy with where we are, myself included,” Gagnon said. “Frustration comes out sometimes. But there’s a right way and a wrong way to do it, and we talked about that.”

Gagnon would not say whether Lindqvist had been fined.

Lindqvist did not speak to reporters Friday. A team spokeswoman said he was “not available today” and would address the media after Saturday’s morning skate.

In the dressing room, veteran winger Shane MacIsaac said the players would move past it.

“Look, Mikael is a competitor. He hates losing more than anybody in here,” MacIsaac said.

“Did he say it the right way? Probably not. But I don’t think there’s a guy in here who’d tell you we’ve been good enough in front of him.”

The numbers back up at least part of Lindqvist’s complaint. According to the league’s own tracking data, the Privateers have allowed the third-most high-danger chances in the conference this season.

Fraser, 24, has started four games this season and is 1-2-1 with an .897 save percentage.

“I just try to be ready,” Fraser said. “Whatever’s going on with other guys, that’s not my business.”

The Privateers (11-14-3) have lost six of their last seven and sit seventh in the Eastern Division.""",
        [
            ("hung out to dry", "Mikael Lindqvist"),
            ("We give up more odd-man", "Mikael Lindqvist"),
            ("I’ll take my share. I’ve", "Mikael Lindqvist"),
            ("before anybody said anything on", "Darren Hollett"),
            ("We handle things in-house here.", "Darren Hollett"),
            ("If Mikael has a problem", "Darren Hollett"),
            ("We’ll see,", "Darren Hollett"),
            ("Nobody is happy with where", "Pierre-Luc Gagnon"),
            ("Frustration comes out sometimes. But", "Pierre-Luc Gagnon"),
            ("not available today", "spokeswoman"),
            ("Look, Mikael is a competitor.", "Shane MacIsaac"),
            ("Did he say it the", "Shane MacIsaac"),
            ("I just try to be", "Cody Fraser"),
            ("Whatever’s going on with other", "Cody Fraser"),
        ],
    ),
    (
        """Loggers lock up Aguilar with $140 million extension

MOUNT HALE, Wash. — Shortstop Rafael Aguilar signed an eight-year, $140 million contract extension with the Mount Hale Loggers on Thursday, ending a winter of tense negotiations with the largest deal in franchise history.

The contract, announced at a news conference at Summit Park, includes a full no-trade clause and an opt-out after the 2029 season, the team said.

"Rafael is the heartbeat of this club," Loggers chairman Howard Brightwater said. "Today we're telling our fans, and we're telling him, that he's going to be here for a long, long time."

The deal "reflects the organization's commitment to building a sustained winner in the Pacific Northwest," the team said in a news release.

Aguilar, 26, is a two-time All-Star who hit .301 with 27 home runs and 31 stolen bases last season. The relationship between player and club appeared strained in January, when Aguilar said he was "tired of waiting" for a serious offer and skipped the team's winter fan festival.

Speaking partly in Spanish through interpreter Luis Carmona, Aguilar acknowledged those comments Thursday.

"There were some hard days," Aguilar said. "I said some things in January because I was frustrated. I'm not going to lie about that. But I never wanted to play anywhere else.

"My family is here. My son was born here. When I walk around this city, people stop me to talk about baseball, not about money. That's what I wanted to get back to."

His agent, Scott Bremner of Apex Athletes Group, said the final gap closed over the past 10 days.

"Both sides had to move," Bremner said. "There were points where I wasn't sure we'd get there. But Howard got personally involved, and that changed the tone."

General manager Alicia Tran put it simply: "We got the player we wanted. He got the deal he earned. That's how it's supposed to work."

Tran said the contract would not prevent the Loggers from adding pitching before the trade deadline, noting that the club's payroll remains in the bottom third of the league.

A rival executive, speaking on condition of anonymity because he was not authorized to comment on another team's player, called the contract "a fair price, maybe even a bargain" for a shortstop of Aguilar's age and production.

Teammates filled the back rows of the interview room for the announcement. Starter Jordan Wexler, who has been with the club since 2019, said the news lifted a weight from the clubhouse.

"Everybody kind of had it in the back of their mind," Wexler said. "Now we can just go play baseball."

Aguilar was in the lineup Thursday night against Redwood City, batting second.""",
        [
            ("Rafael is the heartbeat of", "Howard Brightwater"),
            ("Today we're telling our fans,", "Howard Brightwater"),
            ("reflects the organization's commitment to", "Mount Hale Loggers"),
            ("tired of waiting", "Rafael Aguilar"),
            ("There were some hard days,", "Rafael Aguilar"),
            ("I said some things in", "Rafael Aguilar"),
            ("My family is here. My", "Rafael Aguilar"),
            ("Both sides had to move,", "Scott Bremner"),
            ("There were points where I", "Scott Bremner"),
            ("We got the player we", "Alicia Tran"),
            ("a fair price, maybe even", "rival executive"),
            ("Everybody kind of had it", "Jordan Wexler"),
            ("Now we can just go", "Jordan Wexler"),
        ],
    ),
]
