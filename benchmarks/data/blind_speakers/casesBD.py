CASES = [
    (
        """“The Salt Road”, a Moroccan-French co-production directed by Yasmine Haddad, won the Golden Heron at the Lakeshore International Film Festival on Saturday night, capping a ten-day edition that organisers described as the most commercially successful in the event’s 31-year history.

The jury, chaired by the Danish actor Henrik Vesterholm, praised the film’s restraint and its refusal to sentimentalise its subjects, and Vesterholm told reporters afterwards that the decision had been unanimous. “We argued about almost everything else, but we did not argue about this,” he said.

Haddad, accepting the prize, dedicated it to the salt miners of the Atlas foothills whose lives the film depicts, saying they had let a stranger with a camera into their homes for three winters.

The festival’s artistic director, Colm Brannigan, said ticket sales had reached 212,000, up 14 per cent on last year, despite what he called “a summer of bad omens” for the industry. He was referring to the months-long dispute between the Screen Actors and Writers Guild and the major studios, which had threatened to keep several headline stars away from the lakeside red carpet. In the end, he said, almost all of them came.

Not every premiere went smoothly. The out-of-competition screening of “Harbour Lights”, a thriller marking the return of Dean Marlowe, Hollywood’s one-time “golden boy”, was halted for 40 minutes on Tuesday after a projector failure. A spokesperson for the festival said the fault had been “entirely technical and entirely fixed” and that ticket holders would be offered a free screening later in the week.

Marlowe, for his part, appeared unbothered, telling a press conference the following morning that after eleven years away from the festival, a 40-minute wait was nothing.

The runner-up Silver Heron went to Ingrid Saltnes’s debut feature “Ninety Days of Rain”, which also took the critics’ award from the Federation of Film Critics and Journalists. In a post on its website, the federation called the Norwegian drama “the discovery of the year, and possibly of the decade.”

Next year’s festival, its 32nd, will run from 4 to 13 September.""",
        [
            ("We argued about almost everything", "Henrik Vesterholm"),
            ("a summer of bad omens", "Colm Brannigan"),
            ("entirely technical and entirely fixed", "spokesperson"),
            ("the discovery of the year,", "Federation of Film Critics and Journalists"),
        ],
    ),
    (
        """There is a moment late in the first act of “Winter Tenants”, the new play by Rosalind Achebe-Grant at the Halloran Street Theatre, when the lights drop to a single bare bulb and nobody speaks for almost a full minute. On the night I attended, not one cough broke it.

Achebe-Grant, 62, has written for the stage for three decades, but she says this is the first play she has been “genuinely frightened” to put in front of an audience. It follows three generations of a Leeds family forced to share a council flat after a fire, and it is, by turns, very funny and very hard to watch.

“I kept thinking, who on earth is going to want to sit through this on a wet Tuesday? Then I thought, well, my mother would have. She’d have brought sandwiches,” she told me over coffee in the theatre’s cramped green room a week before opening.

The director, Tobias Wren, who staged the 2016 revival of her debut, “Saltwater Girls”, said the silences had been written into the script rather than discovered in rehearsal. “Ros puts them on the page as precisely as she puts in the jokes,” he said.

The performances are uniformly strong, but the evening belongs to Niamh Costello as the grandmother, Bet, a woman who greets every fresh calamity with a shrug and a pot of tea. Costello, back on stage after six years in television, said she had very nearly turned the part down: “I read it on a train and had to get off two stops early because I couldn’t stop crying. I thought, I cannot do that to myself eight times a week. Which, of course, is exactly why I had to.”

The production arrives at a precarious moment for the theatre. In March, its chief executive, Paul Haverford, warned that the Halloran Street could go dark within a year after its grant from the Northern Arts and Heritage Council was cut by a third. Haverford said this week that strong advance sales had bought the theatre time, though not a rescue.

The marketing has leaned heavily on the tagline “a play for now”, which undersells it. “Winter Tenants” is a play for whenever you are lucky enough to catch it. Four stars.""",
        [
            ("genuinely frightened", "Rosalind Achebe-Grant"),
            ("I kept thinking, who on earth", "Rosalind Achebe-Grant"),
            ("Ros puts them on the page", "Tobias Wren"),
            ("I read it on a train", "Niamh Costello"),
        ],
    ),
    (
        '''The Velvet Marrows, the Manchester indie band that split acrimoniously in 2009, will reunite for a 14-date UK and Ireland tour next spring, the group announced on Monday.

In a joint statement posted on social media, the band said they had "buried more hatchets than we knew we owned" and were ready to play the old songs as if they meant them again.

The announcement ends more than a decade of speculation. As recently as 2021, frontman Danny Kilbride told a podcast that a reunion was "about as likely as me playing up front for City," a reference to his lifelong devotion to Manchester United.

Tickets for the tour, billed as "The Long Way Home," go on sale on Friday through the promoter Northgate Live. Its managing director, Sunita Raval, said demand was "unlike anything we've seen for a guitar band in ten years." Pre-sale registrations crashed the company's website for about two hours on Monday afternoon.

Not everyone was celebrating. Gary Thewlis, who played bass on the band's first two albums before being replaced by Marco Bellini in 2006, is not part of the line-up. Thewlis said in an Instagram post that he had found out about the reunion from the news, adding: "Good luck to the lads. I mean that. Mostly."

Kilbride said on Tuesday that he had tried to call Thewlis twice before the announcement and would keep trying. Bellini declined to comment.

The band's 2004 debut, "Saints of Salford Precinct," reached number three in the UK album chart and spawned the terrace anthem "Northern Lights Go Out," still a staple at football grounds across the north-west.''',
        [
            ("buried more hatchets than we knew", "Velvet Marrows"),
            ("about as likely as me playing", "Danny Kilbride"),
            ("unlike anything we've seen for", "Sunita Raval"),
            ("Good luck to the lads.", "Gary Thewlis"),
        ],
    ),
    (
        """The Harwood Museum of Art & Archaeology in Bristol is to return 23 Asante gold weights and a carved ceremonial stool to Ghana, some 150 years after they were seized by British troops during the 1874 war against the Asante kingdom.

The decision, approved unanimously by the museum’s trustees on Tuesday, follows a formal claim lodged in 2022 by the Asante Heritage Trust, a foundation based in Kumasi. In a statement, the museum said the objects had been “acquired through violence and should never have entered our collection.”

Its director, Dr. Helena Marchetti, went further in an interview on Wednesday. “I don’t think a museum deserves a round of applause for giving back something it should never have had. But I hope it makes it a little harder for others to keep saying no.”

Kwabena Owusu-Ansah, chairman of the trust, said the return was “a beginning, not an ending.” He said the trust had identified objects in at least four other British collections and intended to pursue claims against all of them.

Not everyone welcomed the move. Geoffrey Pell, a city councillor and the founder of the campaign group Retain Our Heritage, described the decision as “gesture politics of the worst kind” and warned that it would set a precedent that smaller regional museums could ill afford to fight in court.

The museum’s chair of trustees, Lady Anne Crossley, said the board had taken legal advice and was satisfied that the return complied with charity law.

Before travelling to Kumasi in the spring, the objects will be shown in a farewell exhibition, “Going Home: Gold from Kumasi”, which opens next month. A spokesperson for Ghana’s High Commission in London said officials were “deeply grateful” and would attend the handover ceremony.""",
        [
            ("acquired through violence and should never", "Harwood Museum of Art & Archaeology"),
            ("I don’t think a museum deserves", "Helena Marchetti"),
            ("a beginning, not an ending.", "Kwabena Owusu-Ansah"),
            ("gesture politics of the worst kind", "Geoffrey Pell"),
            ("deeply grateful", "spokesperson"),
        ],
    ),
    (
        """The shortlist for the £50,000 Ashcombe Prize for Fiction was announced on Thursday and, for the first time in the award’s 28-year history, it contains no novel from one of the so-called “Big Five” publishing houses.

All six books come from independent presses, including two from Thistle & Crane, a Glasgow publisher with a staff of four that operates from a room above a launderette in Partick.

“We’re a bit stunned, frankly. Our entire marketing budget last year was smaller than some publishers spend on a single Tube campaign,” said Morag Dunleavy, the press’s co-founder.

The chair of judges, the critic and broadcaster Professor Alistair Kenwright, said the panel had read all 164 submissions without regard to who had published them. He singled out Priya Venkataraman’s debut “The Glass Orchard”, set on a failing spice plantation in Kerala, as “a book that seems to breathe.”

Venkataraman, 31, who wrote the novel while working night shifts as a hospital pharmacist in Leicester, has not yet told her colleagues about the nomination. “They think I spend my breaks doing crosswords. I suppose I’ll have to come clean now,” she said.

The absence of the major houses has prompted some soul-searching in the industry. A spokesperson for Halden Marsh, the largest of them, said the company “congratulates all of the shortlisted authors” and remained proud of the breadth of its list. Several literary agents said privately that the result would sharpen an already tense debate about how much the big publishers invest in new writers.

The winner will be announced at a ceremony at the Guildhall in London on 14 November.""",
        [
            ("We’re a bit stunned, frankly.", "Morag Dunleavy"),
            ("a book that seems to breathe.", "Alistair Kenwright"),
            ("They think I spend my breaks", "Priya Venkataraman"),
            ("congratulates all of the shortlisted authors", "spokesperson"),
        ],
    ),
    (
        """Rafael Quintero is early, which he says is the only habit left over from his years as a waiter. He has ordered mint tea and is halfway through a croissant when I arrive at a café near his flat in Lisbon, where he has lived, on and off, since the final series of “Dockside” wrapped in 2019.

The show, in which he played the rumpled, chain-smoking Inspector Mateus “Matty” Reis for eleven series, made him famous across Europe and, for a while, a fixture of the tabloid front pages. Now 58, he is about to return to the stage for the first time in a quarter of a century, as Lear, at the Corran Theatre in Edinburgh.

“People keep asking if I’m nervous, and the honest answer is that I’m terrified,” he says. “Television lets you hide. You do a take, and if it’s bad you do another. On stage there is nowhere to go.

“But I think that is why I wanted to do it. I had become very comfortable, and comfort is a kind of slow death for an actor.”

His director, Fiona Blackwood, first approached him after watching him read a Pessoa poem at a charity gala in Glasgow. “He did four lines and the room went completely still. I went home and rewrote my casting list,” she said.

Quintero’s “Dockside” years were not always happy ones. In 2014 he was fined after a scuffle with a photographer outside a Madrid nightclub, an episode he is reluctant to revisit. He has not had a drink since, he says.

His former co-star Anneke Visser, who played his long-suffering sergeant for nine series, remains one of his closest friends. “Rafa was always the most serious actor on set, even when he was behaving like a clown. I expect his Lear will frighten people,” she wrote in an email.

Asked whether he would ever play Reis again, he laughs, shakes his head and changes the subject to football.""",
        [
            ("People keep asking if I’m", "Rafael Quintero"),
            ("Television lets you hide.", "Rafael Quintero"),
            ("He did four lines and the", "Fiona Blackwood"),
            ("Rafa was always the most serious", "Anneke Visser"),
        ],
    ),
    (
        '''Streaming service Lumina+ has acquired worldwide rights to "The Quiet Season," the breakout hit of this year's Red Mesa Film Festival, in a deal worth about $42 million, according to two people familiar with the negotiations.

The deal, which beat competing bids from at least three rivals, is the largest for a festival title since 2021 and comes in what one veteran sales agent described as a "cautious but hungry" market.

Lumina+ confirmed the acquisition late on Sunday but declined to discuss the price. In a statement, Dana Whitcomb, the streamer's head of global film, called the drama "exactly the kind of bold, intimate storytelling our members come to us for."

Directed by first-time filmmaker Owen Castellanos, the film follows three siblings trying to keep a failing Nebraska cattle ranch afloat through a single brutal winter. It received a ten-minute standing ovation at its premiere on Friday.

"Two years ago I was pitching this to anyone who'd sit still long enough. Now I'm trying to remember to eat," Castellanos, a former insurance adjuster who funded part of the $1.8 million budget by remortgaging his house, said by phone from Red Mesa.

The film was sold by Crossway Media Partners, whose president, Leonard Fisk, said several buyers had made offers before the end of the first screening. He declined to say whether Lumina+'s bid was the highest.

Not everyone sees the sale as a sign of recovery. "One big number doesn't make a healthy market. The middle of this business is still hollowed out, and most films here will leave without a buyer," said Margaret Osei-Bonsu, an analyst at Falconer & Reid Entertainment Research.

Industry watchers have taken to calling this year's crop of small, sombre American dramas the "new heartland" wave, and "The Quiet Season" is its undisputed flagship.''',
        [
            ("cautious but hungry", "veteran sales agent"),
            ("exactly the kind of bold, intimate", "Dana Whitcomb"),
            ("Two years ago I was pitching", "Owen Castellanos"),
            ("One big number doesn't make a", "Margaret Osei-Bonsu"),
        ],
    ),
    (
        """Musicians at the Castleton Symphony Orchestra will strike on Friday evening, forcing the cancellation of a sold-out performance of Mahler’s “Resurrection” Symphony, after talks over pay and pensions collapsed on Wednesday.

Members of the Union of Performers and Orchestral Musicians voted by 91 per cent to walk out after being offered what the union’s regional organiser, Bethan Lloyd-Hughes, called “a real-terms pay cut dressed up as a settlement.”

“Nobody joins an orchestra to get rich,” she said. “But these are players at the very top of their profession, and some of them are now stacking supermarket shelves at weekends to make the rent.”

The orchestra said in a statement that it had made “a fair and affordable offer” and regretted the union’s decision to take action. It blamed a 20 per cent cut over two years in its grant from Castleton City Council, as well as soaring energy bills at its home, the Victoria Hall.

Simon Ashdown, the orchestra’s chief executive, said the board had shared its full accounts with the union. “There is no hidden pot of money. If there were, believe me, I’d have found it by now,” he said.

The council said it had protected arts funding as far as it could in the face of a £38 million budget shortfall. The union said further walkouts were planned for March unless talks resumed.

Among the ticket holders left disappointed was Maureen Kettle, 74, who has attended the orchestra’s concerts since 1968. She said she supported the musicians but wished they had chosen a different night. “Of all the concerts, it had to be the Mahler,” she said.""",
        [
            ("a real-terms pay cut dressed up", "Bethan Lloyd-Hughes"),
            ("Nobody joins an orchestra to get", "Bethan Lloyd-Hughes"),
            ("But these are players at the", "Bethan Lloyd-Hughes"),
            ("a fair and affordable offer", "Castleton Symphony Orchestra"),
            ("There is no hidden pot of", "Simon Ashdown"),
            ("Of all the concerts, it had", "Maureen Kettle"),
        ],
    ),
]
