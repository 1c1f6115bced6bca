CASES = [
    (
        """‘We cannot tour on goodwill’: Pennine Opera scraps regional dates after funding cut

Hannah Greaves Arts correspondent

Pennine Opera, the Leeds-based company that has taken full-scale productions to towns across the north of England for almost four decades, is to abandon most of its touring programme after losing a third of its public subsidy.

The company said on Tuesday that its spring season would now play only at its home venue, the Grand Exchange theatre, with planned visits to Middlesbrough, Carlisle, Barrow-in-Furness and Hull cancelled. About 40 freelance musicians and stage crew are expected to lose work as a result.

Its general director, Miriam Oduya, said the decision had been “the hardest of my career”. “We cannot tour on goodwill,” she said. “A week in Barrow costs us roughly what it did in 2019 plus 40%, and the money we receive to do it has gone down. At some point the arithmetic wins.”

Arts Council England confirmed last month that Pennine Opera’s annual grant would fall from £3.1m to £2.05m from April. In a statement, the funding body said it had “made difficult choices across the whole portfolio” and remained “committed to opera being available outside London”.

That claim was met with derision by some in the sector. Tom Hebden, who chairs the campaign group Opera for All Regions, said: “You cannot be committed to opera outside London and then pull the rug from under the one company that actually takes it there. It is doublespeak.”

The cuts come as regional companies across England report falling ticket income and rising costs. A survey published in January by the Independent Touring Network found that 62% of touring organisations had reduced the number of venues they visited since 2022.

Local politicians have also voiced alarm. Carlisle’s MP, Janet Orrell, said she had written to the culture secretary asking for an urgent meeting. “For many families here, the Pennine tour is the only time they will ever see live opera in their own town,” she said. “That is not a luxury. It is part of what makes a place feel that it matters.”

Musicians expressed frustration at the timing. One violinist, who has played with the company for 15 years and asked not to be named, said contracts for the spring had been “all but signed” before the announcement. “People turned down other work for this,” she said.

Oduya said the company would try to restore some dates in the autumn if it could raise money from private donors and local authorities, but she warned against optimism.

“I don’t want to promise towns something we then take away again,” she said. “We have done that once this year already, and once is enough.”""",
        [
            ("We cannot tour on goodwill", "Miriam Oduya"),
            ("the hardest of my career", "Miriam Oduya"),
            ("We cannot tour on goodwill,", "Miriam Oduya"),
            ("A week in Barrow costs", "Miriam Oduya"),
            ("made difficult choices across the", "Arts Council England"),
            ("committed to opera being available", "Arts Council England"),
            ("You cannot be committed to", "Tom Hebden"),
            ("For many families here, the", "Janet Orrell"),
            ("That is not a luxury.", "Janet Orrell"),
            ("all but signed", "violinist"),
            ("People turned down other work", "violinist"),
            ("I don’t want to promise", "Miriam Oduya"),
            ("We have done that once", "Miriam Oduya"),
        ],
    ),
    (
        """A Broadway Revival Loses Its Star Days Before Previews

By Daniel Kessler

The producers of “The Lantern Keepers,” a revival of Harold Weems’s 1958 family drama that was scheduled to begin previews at the Marlowe Theater next week, said on Monday that its lead actor, Graham Ostrowski, had withdrawn from the production because of a back injury.

Previews have been pushed back three weeks, to March 14, and opening night has moved to April 6, according to a statement from the lead producer, Corinne Vasquez-Tate. The statement said Mr. Ostrowski had been advised by his doctors “to avoid the physical demands of eight performances a week for the foreseeable future.”

“Graham is the reason many of us wanted to do this play, and we are heartbroken,” Ms. Vasquez-Tate said in the statement. “But his health comes first, and we would not have it any other way.”

The role of Walter Brandt, a Pittsburgh steelworker whose marriage and business collapse over a single winter, will now be played by Desmond Achebe-Rowe, who had been cast as Walter’s elder son. Mr. Achebe-Rowe, 41, was nominated for a Tony Award in 2019 for his performance in “Salt Road.”

In a brief phone interview, Mr. Achebe-Rowe said he had learned of the change late on Friday. “I got the call at about 11 and I didn’t sleep,” he said. “I’ve been watching Graham play this man for six weeks in the rehearsal room. The job now is to find my own Walter without throwing away what we all built together.”

The director, Lena Farkas, said the company would use the extra weeks to rehearse with a new actor in the role of the elder son, which has not yet been recast. She described the mood among the cast as “bruised but not broken.”

Mr. Ostrowski, 63, best known for his seven seasons on the legal drama “Harbor County,” did not respond to a request for comment. A representative for the actor said he was “resting at home and in good spirits” and hoped to see the production once it opened.

Delays of this kind are expensive. A person familiar with the production’s finances, who spoke on the condition of anonymity because they were not authorized to discuss them publicly, said the postponement would add “well north of half a million dollars” to a budget of about $6.8 million.

The Marlowe’s box office said ticket holders for canceled performances would be offered refunds or exchanges.

“The Lantern Keepers” was last seen on Broadway in 1987, in a production that ran for only 42 performances. Its return had been regarded as one of the more closely watched bets of the spring season, particularly after strong word of mouth from a workshop presentation last summer.

Ms. Farkas said she was trying to keep some perspective. “Every play I have ever done has had a week where it looked like it might not happen,” she said. “This one just had that week early.”""",
        [
            ("to avoid the physical demands", "Corinne Vasquez-Tate"),
            ("Graham is the reason many", "Corinne Vasquez-Tate"),
            ("But his health comes first,", "Corinne Vasquez-Tate"),
            ("I got the call at", "Desmond Achebe-Rowe"),
            ("I’ve been watching Graham play", "Desmond Achebe-Rowe"),
            ("bruised but not broken.", "Lena Farkas"),
            ("resting at home and in", "representative for the actor"),
            ("well north of half a", "person familiar with the production’s finances"),
            ("Every play I have ever", "Lena Farkas"),
            ("This one just had that", "Lena Farkas"),
        ],
    ),
    (
        """Corrib festival director resigns citing 'irreconcilable differences' with board

The artistic director of the Corrib International Arts Festival, Aoife Nic Dhonnchadha, has resigned with immediate effect, less than five months before the festival's 40th edition is due to open in Galway.

In a statement released on Thursday evening, Ms Nic Dhonnchadha said she had reached "irreconcilable differences" with the festival's board over the direction of the programme and the handling of its finances.

"I took this job to make a festival that was ambitious, international and rooted in the west of Ireland, and I believe we have done that," she said. "But I can no longer stand over decisions that are being made without proper consultation with the artistic team.

"I want to thank the artists, staff and volunteers who have given so much to Corrib. They deserve better than the way this has unfolded."

Ms Nic Dhonnchadha, who took up the role in 2021 after a decade programming theatre at the Lagan Arts Centre in Belfast, did not elaborate on the decisions concerned.

The festival's chairman, Declan Furey, said the board was "disappointed" by her departure and "surprised by the tone" of her statement. He said the board had acted "at all times in the best interests of the festival and in line with our obligations as a charity".

According to two people familiar with the matter, tensions had been building since the autumn, when the board rejected on cost grounds a proposal to commission a large-scale outdoor production for the anniversary edition. One member of staff described the atmosphere in the festival's offices as "poisonous for months".

The festival receives about €2.4 million a year in public funding, mostly from the Arts Council and Galway City Council. A spokeswoman for the Arts Council said it was "aware of the developments" and was in contact with the festival's board. "Our priority is that this year's festival goes ahead and that artists who have been contracted are paid," she said.

The Minister for Culture, Ciarán Mac Giolla, told reporters at Leinster House that he had been briefed on the situation. "It's a great festival and it will survive this," he said. "But I would encourage everyone involved to sort out their differences privately and quickly."

The playwright Mairéad Tully, whose new play was to receive its premiere at the festival in July, wrote on social media that the news was "a gut punch" for the artists involved.

The board said an interim programme director would be appointed next week and that the festival would run as planned from July 14th to 27th.""",
        [
            ("irreconcilable differences", "Aoife Nic Dhonnchadha"),
            ("irreconcilable differences", "Aoife Nic Dhonnchadha"),
            ("I took this job to", "Aoife Nic Dhonnchadha"),
            ("But I can no longer", "Aoife Nic Dhonnchadha"),
            ("I want to thank the", "Aoife Nic Dhonnchadha"),
            ("disappointed", "Declan Furey"),
            ("surprised by the tone", "Declan Furey"),
            ("at all times in the", "Declan Furey"),
            ("poisonous for months", "member of staff"),
            ("aware of the developments", "spokeswoman"),
            ("Our priority is that this", "spokeswoman"),
            ("It's a great festival and", "Ciarán Mac Giolla"),
            ("But I would encourage everyone", "Ciarán Mac Giolla"),
            ("a gut punch", "Mairéad Tully"),
        ],
    ),
    (
        """Saltbush music festival cancelled five weeks out as promoter blames soaring costs

By Ellie Marchetti

The organisers of Saltbush, the three-day music festival held on a farm outside Bellingen on the NSW Mid North Coast since 2014, have cancelled this year’s event five weeks before it was due to begin, blaming weak ticket sales and soaring insurance costs.

In a post on the festival’s Instagram account on Wednesday morning, the promoter, Greenhill Live, said it had “exhausted every option” to keep the event going. “We’ve sold about half the tickets we need to break even, and we simply can’t put on a festival we can’t afford to pay for,” the company said. “We know this is devastating news, and we are devastated too.”

Ticket holders will receive full refunds within 14 days, the company said.

This year’s line-up had been headlined by American indie band the Halcyon Drifts and Brisbane rapper Kid Marama, with more than 40 acts booked across three stages.

Greenhill Live director Sam Whitcombe told reporters outside the company’s Coffs Harbour office that public liability premiums had tripled since 2021. “People see the line-up and think it’s all about the artists’ fees,” he said. “The artists are the one part of the budget that’s actually held steady. It’s everything around them – the fencing, the security, the medical, the insurance – that’s gone through the roof.”

Saltbush is the latest in a string of Australian festivals to be cancelled or put on hiatus in the past two years. Festivals Australia Network chief executive Priya Raman said the sector was “in genuine crisis”.

“Punters are buying later and later, if they buy at all,” Raman said. “Promoters are being asked to commit millions of dollars months in advance with no idea whether anyone will turn up.”

Raman called on state governments to underwrite insurance for mid-sized events, as Victoria did for a trial period last year.

NSW Arts Minister Bronwyn Keogh said in a statement the government was “disappointed for the Bellingen community” and pointed to its $12 million contemporary music fund, which she said had supported more than 30 regional events since it opened.

In Bellingen, the news landed hard. Cafe owner Tash Lindqvist said the festival weekend was usually worth “more than a normal month” of trade for her business.

“It’s the weekend that gets a lot of us through winter,” she said. “You plan your staff around it, you order around it. Finding out five weeks before is pretty rough.”

Whitcombe said Greenhill Live had not ruled out returning in 2026 but would need “a very different model” to do so.""",
        [
            ("exhausted every option", "Greenhill Live"),
            ("We’ve sold about half the", "Greenhill Live"),
            ("We know this is devastating", "Greenhill Live"),
            ("People see the line-up and", "Sam Whitcombe"),
            ("The artists are the one", "Sam Whitcombe"),
            ("in genuine crisis", "Priya Raman"),
            ("Punters are buying later and", "Priya Raman"),
            ("Promoters are being asked to", "Priya Raman"),
            ("disappointed for the Bellingen community", "Bronwyn Keogh"),
            ("more than a normal month", "Tash Lindqvist"),
            ("It’s the weekend that gets", "Tash Lindqvist"),
            ("You plan your staff around", "Tash Lindqvist"),
            ("a very different model", "Sam Whitcombe"),
        ],
    ),
    (
        """Actress halts West End show to confront theatregoer filming on his phone

By Rupert Lyle, Arts Correspondent

A West End performance of Chekhov's The Seagull was halted for several minutes on Saturday night after its leading actress stopped mid-scene to ask an audience member to stop filming her on his mobile phone.

Imogen Carrick, who plays the ageing actress Arkadina in the production at the Prince Regent Theatre, broke off during the second act and addressed a man in the front row of the stalls, according to several people who were present.

"I can see you, sir, and so can everyone behind you," she said, according to one audience member who posted an account online. "Either the phone goes away or I do."

The man, who has not been identified, was escorted out by front-of-house staff to applause from the rest of the audience before the scene resumed.

Lucy Barnard, a teacher from Reading who was sitting three rows back, said the interruption had lasted "maybe two or three minutes" and that the mood in the auditorium had been "electric" afterwards.

"People were on her side completely," she said. "He'd had the phone up for most of the first act, and the ushers had already been over to him twice."

In a statement on Sunday, the theatre's owners, Crestway Theatres, said: "We are grateful to Imogen and the company for the professionalism with which they handled a difficult situation. Filming and photography during performances are strictly prohibited, and we will continue to remind audiences of this policy."

Carrick, 58, has not commented publicly, but a spokesman for the actress said she was "absolutely fine, and back on stage tonight".

The incident is the latest in a series of clashes between performers and audiences in the West End, where complaints about phones, eating and drunken behaviour have risen since theatres reopened after the pandemic.

Alan Mistry, general secretary of the Performers' Guild, said: "Our members are increasingly being put in impossible positions. They are there to perform, not to police the audience, and producers need to take that responsibility back."

A growing number of productions now require audiences to seal their phones in lockable pouches on entry. Marcus Fell-Whitley, the producer who introduced the pouches for his staging of Macbeth at the Cornhill Theatre two years ago, said he had been braced for a backlash.

"The complaints lasted about a fortnight," he said. "After that, people started thanking us. Most of them, it turns out, quite like being told they're allowed to switch off."

The Seagull runs at the Prince Regent Theatre until 12 April.""",
        [
            ("I can see you, sir,", "Imogen Carrick"),
            ("Either the phone goes away", "Imogen Carrick"),
            ("maybe two or three minutes", "Lucy Barnard"),
            ("electric", "Lucy Barnard"),
            ("People were on her side", "Lucy Barnard"),
            ("He'd had the phone up", "Lucy Barnard"),
            ("We are grateful to Imogen", "Crestway Theatres"),
            ("absolutely fine, and back on", "spokesman"),
            ("Our members are increasingly being", "Alan Mistry"),
            ("The complaints lasted about a", "Marcus Fell-Whitley"),
            ("After that, people started thanking", "Marcus Fell-Whitley"),
        ],
    ),
    (
        """Cascadia Symphony cancels concerts as musicians walk out

Marsha Delorme, Vancouver

Musicians of the Cascadia Symphony Orchestra went on strike Friday, forcing the cancellation of this weekend's performances of Mahler's Fifth Symphony and casting doubt over the rest of the orchestra's season.

The orchestra's 68 players, represented by the Vancouver Musicians' Association, have been without a contract since August. The union said talks broke down late Thursday over management's proposal to cut the number of guaranteed work weeks from 40 to 34.

"Nobody takes a decision like this lightly," said cellist Rachel Tanaka-Burns, who chairs the musicians' negotiating committee. "We've been playing without a contract for six months because we love this orchestra and we love our audience. But a 15-per-cent cut to our working year is a 15-per-cent cut to our pay, and many of us already hold two or three jobs to live in this city."

Management said the proposal was a response to a structural deficit that reached $1.9-million last year. In a statement, president and chief executive Geoffrey Lam said the board had "no appetite" for a dispute but could not "keep spending money we do not have."

"We have made what we believe is a fair offer, one that protects base salaries and keeps the orchestra on a sustainable footing," Mr. Lam said.

"We remain ready to return to the table at any time."

Ticket holders for the cancelled concerts will be contacted about refunds or credit toward future performances, the orchestra said.

The dispute reflects pressures on orchestras across the country. According to the Canadian Orchestral Alliance, average attendance at subscription concerts remains about 12 per cent below 2019 levels, while costs for venue rental, travel and guest artists have climbed sharply.

Outside the Harbourfront Concert Hall on Friday afternoon, about 40 musicians gathered with placards calling for a fair deal. Violist Tomás Echeverría, who joined the orchestra in 1998, said it was the first time he had been on a picket line.

"I've played through two recessions and a pandemic here," he said. "I never thought I'd be standing on the sidewalk holding a sign instead of my instrument."

A spokesperson for the provincial Ministry of Tourism, Arts, Culture and Sport said the ministry was "monitoring the situation closely" and encouraged both sides to resume talks.

Some patrons arriving for Friday's cancelled concert, unaware of the strike, stopped to talk with the musicians. Longtime subscriber Eileen Marsh, 74, was philosophical: "I've had the same two seats since 1987. I'll be back in them when this is over, I hope, but they need to sort it out."

No new talks have been scheduled.""",
        [
            ("Nobody takes a decision like", "Rachel Tanaka-Burns"),
            ("We've been playing without a", "Rachel Tanaka-Burns"),
            ("no appetite", "Geoffrey Lam"),
            ("keep spending money we do", "Geoffrey Lam"),
            ("We have made what we", "Geoffrey Lam"),
            ("We remain ready to return", "Geoffrey Lam"),
            ("I've played through two recessions", "Tomás Echeverría"),
            ("I never thought I'd be", "Tomás Echeverría"),
            ("monitoring the situation closely", "spokesperson"),
            ("I've had the same two", "Eileen Marsh"),
        ],
    ),
    (
        """'I'm honestly gutted': Kaycee Marlow responds as fans fume over £450 tour tickets under 'dynamic pricing'

By Chloe Pettifer, Showbusiness Reporter

Fans of singer Kaycee Marlow have reacted furiously after tickets for her comeback arena tour soared to more than £450 within minutes of going on sale.

The 34-year-old, who topped the charts in 2016 with her single Gold Lines, announced her first tour in six years last week, with dates in Glasgow, Manchester, Birmingham, Cardiff and London.

Standard tickets had been advertised from £65, but many fans who queued online on Friday morning found seats in the same sections priced at £280 or more after the ticketing site applied its 'in-demand' pricing system.

One fan, Jade Whitlow, 27, from Stockport, said she had been 'in the queue for two hours' only to be offered seats at four times the advertised price.

'I've been a fan since I was 17 and I was so excited,' she said. 'By the time I got to the front there was nothing under £300. It's disgusting. Who can afford that?'

Another fan wrote on X: 'Kaycee sang about being skint on a council estate and now she wants £450 off people like us. Make it make sense.'

A spokesman for ticketing firm TixNow said: 'Prices are set by the event organiser in line with demand. The majority of tickets for this tour were sold at standard prices.'

Last night Marlow addressed the backlash in a post to her 3.2million Instagram followers.

'I hear you and I'm honestly gutted,' she wrote. 'I didn't know the prices would go up like that and I would never want anyone to feel priced out of seeing me.

'I'm working with my team to sort this out and anyone who paid over the odds will hear from us this week. I love you all.'

Campaigners have long called for dynamic pricing to be banned for live music. Owen Pryce-Davies, founder of the Fair Ticket Campaign, said the practice was 'little more than legalised touting'.

'Artists like to say they don't know, but it is their name on the poster,' he said. 'If they wanted fixed prices, they could have them tomorrow.'

The Government announced a review of secondary ticketing last year, but ministers have so far stopped short of outlawing price surges on primary sales.

A source close to the singer told MailOnline: 'Kaycee is genuinely upset. She's from Hartlepool and she knows what £400 means to people.'

Marlow's tour opens at Glasgow's Clydeside Arena on 3 October.""",
        [
            ("I'm honestly gutted", "Kaycee Marlow"),
            ("in the queue for two", "Jade Whitlow"),
            ("I've been a fan since", "Jade Whitlow"),
            ("By the time I got", "Jade Whitlow"),
            ("Kaycee sang about being skint", "fan"),
            ("Prices are set by the", "spokesman"),
            ("I hear you and I'm", "Kaycee Marlow"),
            ("I didn't know the prices", "Kaycee Marlow"),
            ("I'm working with my team", "Kaycee Marlow"),
            ("little more than legalised touting", "Owen Pryce-Davies"),
            ("Artists like to say they", "Owen Pryce-Davies"),
            ("If they wanted fixed prices,", "Owen Pryce-Davies"),
            ("Kaycee is genuinely upset.", "source close to the singer"),
        ],
    ),
    (
        """Tributes paid to folk singer Morag Lindsay, 'the voice of the Clyde', who has died aged 81

By Iain Baird

Tributes have been paid to the folk singer Morag Lindsay, whose recordings of Clydeside work songs brought a generation of listeners to traditional music, following her death at the age of 81.

Lindsay died on Sunday at a hospice in Paisley after a short illness, her son, Calum Lindsay, said in a statement.

"Mum sang until the very end, and she would want everyone to keep singing," the statement said. "We are so grateful for the love that has been shown to her over so many years."

Born in Greenock in 1943, the daughter of a shipyard riveter, Lindsay began singing in Glasgow folk clubs in the early 1960s. Her 1971 album Iron and Tide, recorded in a single afternoon in a church hall in Govan, is regarded as one of the landmark records of the Scottish folk revival.

Culture Secretary Alasdair Dunn said Lindsay had been "a national treasure in every sense of the phrase". He added: "She gave the working people of the west of Scotland their own songs back, and she did it without ever once looking down on anybody."

Folk musician Ewan Scobie, who toured with her throughout the 1980s, said: "She could silence a room of 500 drunk folk with one verse. I've never seen anybody else do it, before or since.

"Morag never thought of herself as a star. She thought of herself as somebody passing the songs on, which is exactly what she did."

Lindsay was famously wary of the music industry. In a 2004 interview with The Herald, she described record companies as "polite thieves" and said all she had ever wanted was "a good hall, a good fiddler and a quiet bar staff".

In later life she devoted much of her time to collecting songs from elderly singers in Ayrshire, Renfrewshire and the islands of the Firth of Clyde. According to the traditional music charity Ceol Alba, she has bequeathed her archive of more than 300 field recordings to the organisation.

Its director, Ruaridh MacAulay, said the collection was "priceless". "There are songs in there that nobody else ever wrote down," he said. "Some of the singers she recorded were born in the 1880s. Without Morag, those voices would simply be gone."

Lindsay was appointed MBE in 2008, an honour she said at the time she accepted "for the riveters".

She is survived by her son and two grandchildren. Her husband, the fiddler Hamish Gow, died in 2015.

The funeral will be private, but the family said a public celebration of her life would be held at St Mungo Halls in Glasgow in the spring.""",
        [
            ("Mum sang until the very", "Calum Lindsay"),
            ("We are so grateful for", "Calum Lindsay"),
            ("a national treasure in every", "Alasdair Dunn"),
            ("She gave the working people", "Alasdair Dunn"),
            ("She could silence a room", "Ewan Scobie"),
            ("Morag never thought of herself", "Ewan Scobie"),
            ("polite thieves", "Morag Lindsay"),
            ("a good hall, a good", "Morag Lindsay"),
            ("priceless", "Ruaridh MacAulay"),
            ("There are songs in there", "Ruaridh MacAulay"),
            ("Some of the singers she", "Ruaridh MacAulay"),
            ("for the riveters", "Morag Lindsay"),
        ],
    ),
]
