CASES = [
    (
        """Castlebridge United sack manager Gary Pell after 10-game winless run

Castlebridge United have sacked manager Gary Pell after a run of 10 League Two matches without a win left the club one point above the relegation zone.

Pell, 47, was appointed in May 2023 on a three-year contract and led the Lancashire side to a ninth-place finish in his first season.

But Saturday's 3-0 home defeat by Stanmoor Borough, in which United finished with nine men, proved to be his final game in charge.

"This has been one of the hardest decisions I have had to make since taking over the club," said chairman Derek Hollins.

"Gary is a good man and a hard-working coach, and he will always be welcome at Mill Lane. But results have not been at the level we need and the board felt a change was necessary to protect our Football League status."

Assistant manager Lee Carver and first-team coach Sam Okafor have also left the club, with under-21s boss Neil Ashby placed in temporary charge for Tuesday's trip to Whitcombe Town.

A club statement said the search for a permanent successor would begin "immediately" and that the board hoped to have a new manager in place "within a fortnight".

Pell had been increasingly critical of the club's recruitment in recent weeks, and told BBC Radio Lancashire after the Stanmoor defeat that his squad was "short in too many areas".

"I'm not going to hide from it, that was nowhere near good enough," he said. "We lost our discipline and we lost our heads, and that's on me as much as anyone.

"But I've been saying for a while that we need bodies through the door. You can't go through a season with 18 senior professionals and expect to compete."

United have won just three of their 17 league games this season and have scored fewer goals than any other side in the division.

The Castlebridge United Supporters' Trust thanked Pell for his efforts in a post on social media but said fans now wanted "clarity on the club's long-term direction" from the board.

Trust chair Maureen Tibbs told BBC Sport: "Supporters are not daft. Changing the manager is one thing, but unless the money is there to back the next one, we'll be having the same conversation in six months."

Hollins, who bought the club from the Ramsden family in 2021, said the board would "give the new manager the tools to succeed" and that a budget for the January transfer window had already been agreed.

Ashby, 39, a former Castlebridge striker, has been in charge of the under-21s since 2022 and had a brief spell as caretaker two seasons ago.""",
        [
            ("This has been one of", "Derek Hollins"),
            ("Gary is a good man", "Derek Hollins"),
            ("immediately", "Castlebridge United"),
            ("within a fortnight", "Castlebridge United"),
            ("short in too many areas", "Gary Pell"),
            ("I'm not going to hide", "Gary Pell"),
            ("We lost our discipline and", "Gary Pell"),
            ("But I've been saying for", "Gary Pell"),
            ("clarity on the club's long-term", "Castlebridge United Supporters' Trust"),
            ("Supporters are not daft.", "Maureen Tibbs"),
            ("give the new manager the", "Derek Hollins"),
        ],
    ),
    (
        """‘We have been ignored’: Ashworth Rovers fans to stage walkout in protest at owner

Tom Kearsley

Supporters of Ashworth Rovers will walk out of Saturday’s Championship match against Kelvedon City in the 70th minute, in the latest escalation of a protest against the club’s American owner, Bradley Stroud.

The Ashworth Rovers Supporters’ Trust, which has more than 6,000 members, voted overwhelmingly at an emergency meeting on Tuesday night to back the action, which it said was intended to send “a clear and peaceful message” to Stroud and his board.

The trust has accused Stroud, whose investment vehicle StroudCap Holdings bought the Midlands club in 2021, of loading it with debt, selling its best players without reinvesting and failing to engage with supporters over plans to redevelop the land around the Foundry Road stadium.

“We have been ignored for three years,” said the trust’s chair, Helen Marchbank. “We have written letters, we have asked for meetings, we have asked the most basic questions about the club’s finances, and we have been met with silence or with a press release.

“Nobody wants to walk out of a football match. People have saved up for these tickets, they bring their kids. But we have run out of other options.”

Stroud has not spoken publicly since the summer, when he told a local radio station that fans who wanted him to sell were “living in a fantasy world”. The club’s most recent accounts, published in March, showed debts of £84m, most of it owed to companies connected to the owner.

In a statement on Wednesday, Ashworth Rovers said it “respects the right of supporters to protest” but urged fans to “get behind the team at a crucial stage of the season”. Rovers are 19th, four points above the relegation places.

“The club remains committed to constructive dialogue with all supporter groups,” the statement added, “and the chief executive has offered to meet trust representatives before the end of the month.”

That offer was dismissed by Marchbank as “too little, far too late”.

The walkout has the backing of the local MP, Rachel Dunmore, who said the situation at Rovers showed “exactly why we need the new regulator to have real teeth”.

One long-standing season-ticket holder, who asked not to be named because he works for a company that sponsors the club, said the mood in the stands had “never been this bad, not even when we went down in the 90s”.

Rovers’ manager, Phil Rennard, was asked about the protest at his pre-match press conference and said he understood the strength of feeling. “I’m a football man, I’m not a politician,” he said. “What I’d ask is that for 70 minutes they give the lads everything they’ve got, because we need them.”

The trust has said further action, including a boycott of the club’s shop and catering outlets, has not been ruled out.""",
        [
            ("We have been ignored", "Helen Marchbank"),
            ("a clear and peaceful message", "Ashworth Rovers Supporters’ Trust"),
            ("We have been ignored for three", "Helen Marchbank"),
            ("We have written letters, we", "Helen Marchbank"),
            ("Nobody wants to walk out", "Helen Marchbank"),
            ("living in a fantasy world", "Bradley Stroud"),
            ("respects the right of supporters", "Ashworth Rovers"),
            ("get behind the team at", "Ashworth Rovers"),
            ("The club remains committed to", "Ashworth Rovers"),
            ("and the chief executive has", "Ashworth Rovers"),
            ("too little, far too late", "Helen Marchbank"),
            ("exactly why we need the", "Rachel Dunmore"),
            ("never been this bad, not", "long-standing season-ticket holder"),
            ("I’m a football man, I’m", "Phil Rennard"),
            ("What I’d ask is that", "Phil Rennard"),
        ],
    ),
    (
        """Ferris hails Redcastle spirit after stunning late fightback at Oakhurst

By Chris Danby, Sports Reporter

REDCASTLE Town manager Martin Ferris said his side had shown "the kind of spirit you can't coach" after they scored twice in the final five minutes to beat Oakhurst Athletic 2-1 on Saturday.

The Reds looked to be heading for a third successive National League defeat when Jordan Blakey's header put the hosts ahead early in the second half.

But substitute Kieran Moss levelled in the 86th minute with a low drive from the edge of the box, and captain Danny Wheelan bundled home the winner deep into stoppage time to send around 600 travelling fans into raptures.

Ferris, who has been under pressure after a difficult start to the season, admitted his side had not been at their best for long periods.

"I won't stand here and tell you we were brilliant, because we weren't," he said.

"For an hour we were second to everything. We didn't win our duels, we gave the ball away cheaply and we looked like a side low on confidence, which, to be fair, is what we are at the minute.

"But the lads kept going. Kieran comes on and changes the game, and Danny, well, he's been the heartbeat of this club for six years and you saw why today. That's the kind of spirit you can't coach."

Moss, who joined on loan from Fellgate Rovers last month, said it was "a dream" to score his first goal for the club.

"I just saw the gap and hit it," the 20-year-old said. "When it went in I didn't know what to do with myself. I just ran to the fans."

Oakhurst boss Steve Lamb was left to rue his side's failure to kill the game off after Blakey's opener.

"We had three or four great chances to make it 2-0 and we didn't take them," Lamb told the Gazette. "At this level, if you don't take your chances, you get punished, and that's exactly what happened."

Ferris added: "We needed that. The supporters needed that. Now we've got to back it up on Tuesday, because one result doesn't change anything on its own."

The victory lifts Redcastle to 17th in the table ahead of Tuesday night's home game against Brenton Park at the Harbour Ground, where they have won only once since August.""",
        [
            ("the kind of spirit you", "Martin Ferris"),
            ("I won't stand here and", "Martin Ferris"),
            ("For an hour we were", "Martin Ferris"),
            ("But the lads kept going.", "Martin Ferris"),
            ("a dream", "Kieran Moss"),
            ("I just saw the gap", "Kieran Moss"),
            ("When it went in I", "Kieran Moss"),
            ("We had three or four", "Steve Lamb"),
            ("At this level, if you", "Steve Lamb"),
            ("We needed that. The supporters", "Martin Ferris"),
        ],
    ),
    (
        """Consortium closes in on £120m takeover of Hallamford City

By Sam Whitlow, Senior Football Correspondent

A consortium led by the Leeds-born property developer Anthony Greaves is in advanced talks to buy Hallamford City in a deal worth about £120 million, Telegraph Sport understands.

The takeover would end the 14-year ownership of Lionel Faircloth, the former haulage boss who rescued the Yorkshire club from administration in 2011 and has since funded it to the tune of more than £60 million.

According to a source close to the negotiations, the two parties have agreed terms in principle and a deal is “very close”, with lawyers now working through the final details.

One senior figure at Hallamford described the mood inside the club as “cautiously optimistic”, adding: “Everyone knows the club needs fresh investment. If this gets done, it will be the best thing to happen here in a long time.”

Faircloth put the club up for sale last year, saying in an open letter to supporters that he no longer had “the energy or the resources” to take it forward.

“I have given this club the best years of my life and I would not hand it over to just anybody,” he wrote at the time. “Whoever comes next must understand what Hallamford City means to this city.”

Greaves declined to comment when approached by Telegraph Sport on Thursday. A spokeswoman for his company, Northgate Estates, said: “We do not comment on market speculation.”

Any takeover would require the approval of the EFL under its owners’ and directors’ test, a process that can take several weeks.

The Hallamford City Supporters’ Trust, which holds a 4 per cent stake in the club, said it had not been consulted but would “welcome any owner who is prepared to invest in the team and the stadium, and who is willing to talk to fans”.

Its vice-chair, Owen Pritchard, was more cautious. “We’ve heard big promises before,” he said. “In 2016 we were told there was a buyer with deep pockets and it turned out to be two men and a PowerPoint presentation. So forgive us if we wait until the ink is dry.”

City, who were relegated from the Championship in 2022, are fifth in League One. Their manager, Craig Ellison, said last week that he was “not distracted” by the speculation.

“My job is the next game,” Ellison said. “What happens upstairs happens upstairs.”

It is understood Greaves intends to retain Ellison, whose contract runs until 2026, and has identified the redevelopment of the club’s ageing Kiln Street stand as an early priority.""",
        [
            ("very close", "source close to the negotiations"),
            ("cautiously optimistic", "senior figure at Hallamford"),
            ("Everyone knows the club needs", "senior figure at Hallamford"),
            ("the energy or the resources", "Lionel Faircloth"),
            ("I have given this club", "Lionel Faircloth"),
            ("Whoever comes next must understand", "Lionel Faircloth"),
            ("We do not comment on", "spokeswoman"),
            ("welcome any owner who is", "Hallamford City Supporters’ Trust"),
            ("We’ve heard big promises before,", "Owen Pritchard"),
            ("In 2016 we were told", "Owen Pritchard"),
            ("not distracted", "Craig Ellison"),
            ("My job is the next", "Craig Ellison"),
            ("What happens upstairs happens upstairs.", "Craig Ellison"),
        ],
    ),
    (
        """Supporters' trust takes control of Swaleside Town after owner steps away

By Jenny Collard

Swaleside Town is now in the hands of its supporters after the club's trust completed a takeover following the departure of owner Gordon Pike.

The Isthmian League side, which plays at Marsh Lane in Eastmarsh, confirmed on Friday that the Swaleside Town Supporters' Trust had acquired a 100% shareholding for a nominal fee.

Trust chairman Robin Elphick said: 'This is a historic day for the club. For the first time in its 112-year history, Swaleside Town belongs to the people who care about it most.

'It won't be easy. We are taking on some debts, the clubhouse roof needs replacing and we have to find a way to balance the books. But we have a fantastic group of volunteers and we're confident we can build something sustainable.'

Mr Pike, who bought the club in 2017, announced in January that he would be stepping away, citing ill health and 'the rising costs of running a club at this level'.

He said in a statement: 'I'm proud of what we achieved together, including two promotions, and I'm pleased to be leaving the club in the hands of people who love it as much as I do.'

The trust raised more than £85,000 through a community share offer, with contributions from more than 700 supporters, local businesses and former players.

Among them was 81-year-old Brenda Hollis, who has watched the Blues since the 1950s.

'My late husband used to take me every Saturday,' she said. 'I bought shares in his name. He would have been over the moon.'

Manager Wes Kimber said the news had given the squad a lift ahead of Saturday's trip to Rochford Vale.

'The lads have been aware of the uncertainty for a few months and it's not been easy for anyone,' he said. 'Now we can just concentrate on football.'

A spokesman for Eastmarsh Borough Council, which owns the freehold of the Marsh Lane ground, said the authority was 'delighted' with the outcome and was 'looking forward to working with the trust on the future of the site'.

The club's first home match under fan ownership will be against Dartmere on February 24, with the trust offering free entry to under-16s and a pre-match family fun day in the car park.""",
        [
            ("This is a historic day", "Robin Elphick"),
            ("It won't be easy.", "Robin Elphick"),
            ("the rising costs of running", "Gordon Pike"),
            ("I'm proud of what we", "Gordon Pike"),
            ("My late husband used to", "Brenda Hollis"),
            ("I bought shares in his", "Brenda Hollis"),
            ("The lads have been aware", "Wes Kimber"),
            ("Now we can just concentrate", "Wes Kimber"),
            ("delighted", "spokesman"),
            ("looking forward to working with", "spokesman"),
        ],
    ),
    (
        """Exbridge City's new stadium approved despite residents' traffic fears

Councillors have approved plans for Exbridge City's new 16,000-seat stadium at Langford Cross, paving the way for the League One club to leave its home of 108 years.

Members of Exbridge City Council's planning committee voted seven to four in favour of the scheme on Wednesday evening after a three-hour meeting at the Guildhall.

The club's chief executive, Sarah Penhallow, said it was "a huge moment for everyone connected with Exbridge City".

"We have been talking about a new ground for the best part of 20 years," she said after the vote. "St Aldhelm's Park has given us incredible memories, but it is simply not fit for a modern football club.

"This is about securing the club's future for the next hundred years, and we are grateful to councillors for recognising that."

The plans include a hotel, 180 homes and a community sports hub, and the club has committed to a £2.4m package of road improvements along the A3082.

But residents of nearby Langford village, who lodged more than 400 objections, warned the development would bring gridlock on matchdays.

Speaking at the meeting, Keith Arbery of the Langford Residents' Association said: "Nobody here is against the football club. What we're against is 16,000 people trying to get down a single-lane road on a Saturday afternoon."

Cllr Josephine Treloar, who voted against, described the club's transport assessment as "wildly optimistic" and said she feared the council would be "picking up the pieces" for years to come.

The committee chair, Cllr Andrew Vosper, said the decision had been "finely balanced" but that the economic benefits of the scheme outweighed the harm to the landscape and local roads.

According to a report by council planning officers, the development is expected to create about 350 permanent jobs.

The Exbridge City Supporters' Trust welcomed the decision but said it wanted assurances that ticket prices would remain affordable at the new ground.

"A shiny new stadium is no good to anybody if ordinary fans are priced out of it," trust secretary Nigel Pascoe said.

Club officials hope construction can begin next spring, with the first match at Langford Cross pencilled in for the start of the 2027-28 season. A club spokesman said further details of the timetable would be released "in the coming weeks".

The St Aldhelm's Park site is expected to be sold for housing.""",
        [
            ("a huge moment for everyone", "Sarah Penhallow"),
            ("We have been talking about", "Sarah Penhallow"),
            ("St Aldhelm's Park has given", "Sarah Penhallow"),
            ("This is about securing the", "Sarah Penhallow"),
            ("Nobody here is against the", "Keith Arbery"),
            ("wildly optimistic", "Josephine Treloar"),
            ("picking up the pieces", "Josephine Treloar"),
            ("finely balanced", "Andrew Vosper"),
            ("A shiny new stadium is", "Nigel Pascoe"),
            ("in the coming weeks", "spokesman"),
        ],
    ),
    (
        """Whitmore Park fans furious as club raises season-ticket prices for third year running

Whitmore Park supporters have reacted with fury after the Premier League club announced a rise of up to 9 per cent in season-ticket prices for next season – the third increase in as many years.

The cheapest adult season ticket at Kingsmead will rise from £695 to £755, while the concession for over-65s will be cut from 50 per cent to 35 per cent of the adult price.

In a statement on its website, the club said the increase was “necessary to remain competitive” amid rising operating costs and the constraints of the Premier League’s financial rules.

“Matchday revenue accounts for a smaller share of our income than at many of our rivals,” the club said. “Even after these changes, our prices remain below the average for clubs in the top half of the Premier League.”

The Whitmore Park Independent Supporters’ Association (WPISA) said it had been told of the rise only 48 hours before the announcement, despite being promised proper consultation at a fan advisory board meeting in November.

“It’s a kick in the teeth,” said Dev Raichura, the association’s chair. “Supporters were sat in a room with senior executives three months ago being told that nothing would be decided without proper engagement. Then we get an email on a Monday afternoon telling us it’s a done deal.

“The cut to concessions is the part that really hurts. These are people who have followed the club for 50 or 60 years, many of them on fixed incomes, and they are being asked to pay more at the exact moment they can least afford it.”

Raichura said the group would be writing to the club’s owners, the Vantrell Sports Group, asking for the decision on concessions to be reversed.

The club’s chief operating officer, Marcus Delaney, defended the changes in an interview with the club’s in-house media channel. He said Whitmore Park had “frozen prices for as long as we responsibly could” and that the club was “not blind to the cost-of-living pressures our supporters face”.

“We have protected the under-18 price, we have kept a £30 adult ticket available for every league match and we will be expanding our instalment scheme,” Delaney said. “We believe that is a fair package.”

One season-ticket holder of 32 years, Carol Meadows, said she had not yet decided whether to renew. “I love this club, but I’m retired and £755 is a lot of money,” she said. “They seem to think we’ll pay whatever they ask. Maybe this is the year that changes.”

A person familiar with the club’s finances said the rise would generate about £2.5m a year, a fraction of the club’s annual wage bill.""",
        [
            ("necessary to remain competitive", "Whitmore Park"),
            ("Matchday revenue accounts for a", "Whitmore Park"),
            ("Even after these changes, our", "Whitmore Park"),
            ("It’s a kick in the", "Dev Raichura"),
            ("Supporters were sat in a", "Dev Raichura"),
            ("The cut to concessions is", "Dev Raichura"),
            ("frozen prices for as long", "Marcus Delaney"),
            ("not blind to the cost-of-living", "Marcus Delaney"),
            ("We have protected the under-18", "Marcus Delaney"),
            ("We believe that is a", "Marcus Delaney"),
            ("I love this club, but", "Carol Meadows"),
            ("They seem to think we’ll", "Carol Meadows"),
        ],
    ),
    (
        """Whitcroft denies rift with Sandmouth owner after deadline-day frustration

Sandmouth Albion manager Dean Whitcroft has insisted his relationship with owner Kevin Larraby is "absolutely fine" despite the club failing to sign a striker before the transfer deadline.

Albion had a bid of around £4m for Denholm Rovers forward Tyrese Amankwah rejected on deadline day, and Whitcroft said last month that a new forward was "a must" if the club was to sustain its promotion challenge.

Asked on Thursday whether he had been let down by the board, Whitcroft told reporters: "No. Look, I know how it's going to be written, but Kevin and I speak every day. He wanted to get a striker in as much as I did. Sometimes the deals just aren't there."

Pressed on whether he had been given assurances about the summer, he said: "We've had conversations, and they'll stay private. What I will say is that the ambition at this club is real. I wouldn't be here if it wasn't."

Larraby, a Sandmouth-born businessman who made his fortune in logistics, addressed the issue in an open letter to season-ticket holders published on the club website on Wednesday evening.

"I share your frustration," he wrote. "We made what I believe was a very strong offer for a player we had identified some time ago, and it was rejected. I will not put this club's long-term stability at risk by paying fees that cannot be justified."

According to a source at Denholm, Albion's final offer was "nowhere near" the club's valuation of the 23-year-old, who has scored 11 goals this season.

Albion are third in the Championship, two points off the automatic promotion places, but have won only one of their last five league matches.

"We've got options," Whitcroft said. "Ryan Gillow's back in training after his hamstring injury, and young Finn Dacre has done brilliantly when he's come in. I'm not going to sit here and cry about who we haven't got."

Sandmouth Albion Supporters' Club chairman Terry Hoad said fans had been "left scratching our heads" by the club's business in the window.

"Everyone could see we needed a number nine," he said. "The manager said it, the players know it, the fans know it. I just hope it doesn't cost us at the end of the season."

Albion host Lydbrook Town on Saturday.""",
        [
            ("absolutely fine", "Dean Whitcroft"),
            ("a must", "Dean Whitcroft"),
            ("No. Look, I know how", "Dean Whitcroft"),
            ("We've had conversations, and they'll", "Dean Whitcroft"),
            ("I share your frustration,", "Kevin Larraby"),
            ("We made what I believe", "Kevin Larraby"),
            ("nowhere near", "source at Denholm"),
            ("We've got options,", "Dean Whitcroft"),
            ("Ryan Gillow's back in training", "Dean Whitcroft"),
            ("left scratching our heads", "Terry Hoad"),
            ("Everyone could see we needed", "Terry Hoad"),
            ("The manager said it, the", "Terry Hoad"),
        ],
    ),
]
