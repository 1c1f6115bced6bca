CASES = [
    (
        """'The Salt Orchard' Wins Golden Heron at Bidasoa Film Festival

By Lucía Armendáriz-Holt

BIDASOA, Spain — "The Salt Orchard," the second feature from Basque director Marisol Etxeberria, took the Golden Heron for best film at the Bidasoa International Film Festival on Saturday night, capping a week in which the tightly wound family drama emerged as the clear favorite among critics and buyers alike.

Accepting the award at a packed Teatro Urdaneta, Etxeberria thanked her cast of mostly non-professional actors, several of whom had traveled from the fishing village where the film was shot. "I made this film with people who had never stood in front of a camera, and they taught me how to stand in front of one myself," she said, her voice breaking. "This belongs to Arrantzale Txiki as much as it belongs to me."

Jury president Torvald Brekke-Aasen, the Norwegian filmmaker, described the decision as unanimous. The jury, he told reporters after the ceremony, had been "struck by the patience of it, the refusal to explain itself," adding that the film's final 20 minutes were "among the most quietly devastating" he had seen in years.

The Silver Heron went to Romanian director Codrin Vâlceanu for "Winter Inventory," a deadpan satire about an audit at a provincial museum, while the best actress prize was shared by Odile Ferrand and Yasmina Chebbah, the two leads of Hélène Marchetti-Bosc's "Les Voisines."

Best actor went to 19-year-old newcomer Iñaki Zubeldia, who plays the youngest son in Etxeberria's film. Zubeldia, who works on his uncle's trawler when he is not acting, said he had not expected to attend the ceremony at all.

"My uncle said I could have the weekend off if I won something," he said. "So I suppose I have the weekend off."

The festival's 71st edition was overshadowed in its opening days by a row over the decision to scrap its long-running New Voices sidebar. An open letter organized by the Collective of Independent Iberian Filmmakers and signed by more than 40 directors called the move "a betrayal of the festival's founding purpose."

In a statement issued Friday, festival director Begoña Larrañaga said the sidebar's titles had been "folded into the main program, not erased," and noted that the number of first and second features in competition had in fact risen this year. "We hear the criticism, and we take it seriously," the statement said. "But the numbers tell a different story."

Sales on "The Salt Orchard" are handled by Paris-based Lumière Nord, which said it had closed deals for France, Italy and Benelux during the festival, with North American talks ongoing.""",
        [
            ("I made this film with", "Marisol Etxeberria"),
            ("This belongs to Arrantzale Txiki", "Marisol Etxeberria"),
            ("struck by the patience of", "Torvald Brekke-Aasen"),
            ("among the most quietly devastating", "Torvald Brekke-Aasen"),
            ("My uncle said I could", "Iñaki Zubeldia"),
            ("So I suppose I have", "Iñaki Zubeldia"),
            ("a betrayal of the festival's", "Collective of Independent Iberian Filmmakers"),
            ("folded into the main program", "Begoña Larrañaga"),
            ("We hear the criticism, and", "Begoña Larrañaga"),
            ("But the numbers tell a", "Begoña Larrañaga"),
        ],
    ),
    (
        """Debut novel about slate valley wins £50,000 Harrowgate Prize

Fiona Castellane, Arts Correspondent

A debut novel set in a declining slate-quarrying valley in north Wales has won the £50,000 Harrowgate Prize for Fiction, beating two former winners and the bookmakers’ favourite.

Carys Penhallow, 34, a former secondary school teacher, wrote The Quarryman’s Daughters in the early mornings before work over six years. The novel, which follows three sisters through the closure of the last working quarry in the fictional Cwm Derwyn, had sold fewer than 2,000 copies before it was longlisted in the spring.

Professor Anselm Drury-Whitlock, a historian at Marchbank College and chairman of the judges, said at last night’s ceremony at Fenwick Hall in London: “This is a book that knows exactly what it is about and never once tells you.”

He said that the panel had been “quite sharply divided” at the start of its final meeting but had reached a unanimous decision after four hours. Professor Drury-Whitlock added that the novel had made the judges “feel the weight of the rock”.

Ms Penhallow, who was raised in a quarrying family, said she had almost not submitted the book. “I kept thinking that nobody outside the valley would care,” she said. “It turns out I was wrong, which is a very pleasant thing to be wrong about.”

Her publisher, Tamsin Ould, of the independent press Halfmoon Books, said: “We printed 1,500 copies and thought we were being optimistic. We are now on our sixth reprint.

“Carys has done something very difficult, which is to write about work — real physical work — without a shred of sentimentality.”

The victory will be seen as a boost for small publishers, who have taken three of the past five Harrowgate prizes. It also adds to the so-called “slate wave” of recent fiction set in post-industrial Wales.

Among the defeated shortlist was Gideon Marr, who won the prize in 2017 and had been the favourite with several bookmakers for his novel The Ferryman’s Ledger. Mr Marr said that he was “absolutely delighted for her” and that he had “voted for it in my head weeks ago”.

The Aldermoor Foundation, which has funded the prize since 2003, said in a statement that this year’s 162 entries had been “the strongest in the prize’s 22-year history”. It confirmed that each shortlisted author would receive £2,500.

Ms Penhallow said she intended to use the money to buy time. “I have another book half-written in a drawer,” she said. “Now I might actually be able to finish it before I retire.”""",
        [
            ("This is a book that", "Anselm Drury-Whitlock"),
            ("quite sharply divided", "Anselm Drury-Whitlock"),
            ("feel the weight of the", "Anselm Drury-Whitlock"),
            ("I kept thinking that nobody", "Carys Penhallow"),
            ("It turns out I was", "Carys Penhallow"),
            ("We printed 1,500 copies and", "Tamsin Ould"),
            ("absolutely delighted for her", "Gideon Marr"),
            ("voted for it in my", "Gideon Marr"),
            ("the strongest in the prize’s", "Aldermoor Foundation"),
            ("I have another book half-written", "Carys Penhallow"),
            ("Now I might actually be", "Carys Penhallow"),
        ],
    ),
    (
        """BALTIMORE — The Halloran Museum of Art said Tuesday that it will return a 17th-century Dutch still life to the heirs of a Jewish textile merchant who was forced to sell it in Vienna in 1938, ending a four-year dispute that had drawn criticism from restitution advocates.

The painting, "Pewter Jug With Lemons," by the Haarlem painter Jacob van Roesthoven, has hung in the museum's European galleries since it was bequeathed by a local collector in 1961. It was valued at about $2.4 million in a 2022 appraisal.

In a statement, the museum said its board had voted unanimously to transfer title after "new documentary evidence established beyond reasonable doubt" that the 1938 sale was made under duress.

"We did not get this right the first time, and we owe the family an apology for how long it took," museum director Evelyn Sato-Marsh said in an interview. "Provenance research is slow, but slowness should never be an excuse."

The evidence, uncovered by a researcher hired by the family, includes a letter dated Nov. 2, 1938, in which the merchant, Leopold Adler-Rainer, told his brother in Zurich that he had been given "three days and no choice" to sell the painting and several other works to a dealer with ties to the Nazi Party.

"I have kept back nothing but the children's photographs," he wrote.

Adler-Rainer fled to Sweden the following year and died in Stockholm in 1954. The museum had previously maintained that the sale was made at a fair market price and that its records showed no evidence of coercion.

The family's attorney, Daniel Okonkwo-Bright, called the decision "overdue but welcome."

"My clients never wanted money," Okonkwo-Bright said. "They wanted the museum to say out loud what happened to their family."

Sato-Marsh, who became director in 2021, said the museum would hire two additional provenance researchers and review "every object that changed hands in Europe between 1933 and 1945," a process she estimated would take at least five years.

A museum spokesperson said the painting would remain on view until the end of March before being shipped to Stockholm. "The family asked that visitors have a last chance to see it here, and we were moved by that," the spokesperson said.

Adler-Rainer's granddaughter, Ruth Adler-Lindqvist, 81, said in a brief written statement: "My mother spoke about this painting every winter of her life. She never saw it again. I am glad that I will."

The family has not said whether it intends to keep the painting or offer it for sale.""",
        [
            ("new documentary evidence established beyond", "Halloran Museum of Art"),
            ("We did not get this", "Evelyn Sato-Marsh"),
            ("Provenance research is slow, but", "Evelyn Sato-Marsh"),
            ("three days and no choice", "Leopold Adler-Rainer"),
            ("I have kept back nothing", "Leopold Adler-Rainer"),
            ("overdue but welcome", "Daniel Okonkwo-Bright"),
            ("My clients never wanted money", "Daniel Okonkwo-Bright"),
            ("They wanted the museum to", "Daniel Okonkwo-Bright"),
            ("every object that changed hands", "Evelyn Sato-Marsh"),
            ("The family asked that visitors", "museum spokesperson"),
            ("My mother spoke about this", "Ruth Adler-Lindqvist"),
        ],
    ),
    (
        """Bristol’s Kestrel Theatre to close after 140 years

Rosalind Achterberg in Bristol

The Kestrel Theatre in Bristol, one of the oldest continuously operating playhouses in England, will close in January after its board concluded that soaring energy bills and a cut in public funding had left it unable to meet its debts.

The 640-seat venue, which opened in 1884 and counts several celebrated actors among its alumni, told staff on Monday that it had begun a consultation on redundancies affecting 52 employees. The decision was ‘the hardest this board has ever had to take’, the Kestrel Theatre said in a statement.

Niamh Gallagher-Ross, artistic director since 2016, said the closure followed ‘three years of firefighting’. ‘We have cut everything we can cut without cutting the work itself, and then we cut the work,’ she said. ‘There is nothing left to trim.’

The Western Arts Trust, the regional funding body, reduced the Kestrel’s annual grant from £1.1mn to £640,000 last year as part of a shift in support towards smaller organisations outside the city centre. The trust said it had offered emergency transitional funding in the autumn, which the theatre’s board declined.

‘The offer remains on the table, and we would urge the board to take it,’ a spokesperson for the trust said on Monday.

Gallagher-Ross disputed that account, saying the offer would have covered ‘roughly six weeks of running costs’ and came with conditions that would have forced the theatre to abandon its in-house producing model, under which it makes rather than hosts most of its shows.

The closure has alarmed local politicians. Terence Abiodun-Hale, a city councillor whose ward includes the theatre, said he would ask the council to consider a short-term loan. ‘If the Kestrel goes dark, it will not come back,’ he said. ‘Buildings like this become flats.’

An open letter organised by the Friends of the Kestrel, a supporters’ group, and signed by more than 300 actors, writers and directors, urged the trust to reconsider. ‘A city that lets its oldest theatre die has decided something about itself,’ the letter said.

Among the signatories is the actor Jonah Pemberton-Kaye, who made his professional debut at the Kestrel in 1979. In a post on social media, he said he owed the theatre ‘everything, including my overdraft’.

Industry figures say the Kestrel’s difficulties reflect wider pressures on regional theatres, many of which have yet to recover audiences lost during the pandemic. The theatre’s final production, a revival of its Christmas pantomime, will run until January 4.""",
        [
            ("the hardest this board has", "Kestrel Theatre"),
            ("three years of firefighting", "Niamh Gallagher-Ross"),
            ("We have cut everything we", "Niamh Gallagher-Ross"),
            ("There is nothing left to", "Niamh Gallagher-Ross"),
            ("The offer remains on the", "spokesperson for the trust"),
            ("roughly six weeks of running", "Niamh Gallagher-Ross"),
            ("If the Kestrel goes dark,", "Terence Abiodun-Hale"),
            ("Buildings like this become flats", "Terence Abiodun-Hale"),
            ("A city that lets its", "Friends of the Kestrel"),
            ("everything, including my overdraft", "Jonah Pemberton-Kaye"),
        ],
    ),
    (
        """Tidepool to Stop Paying Royalties on Tracks Under 1,000 Annual Streams

By Marcus Vellacott

Streaming service Tidepool will stop paying royalties on tracks that receive fewer than 1,000 plays a year, the company told label partners in an email on Wednesday — a move it says will redirect roughly $38 million annually toward working artists, but which independent labels warn will fall hardest on emerging musicians.

The email, sent by Tidepool's label relations team, said the change was designed to "stop the leakage of royalties to noise tracks, bots and bad actors" and will take effect April 1. "The overwhelming majority of these tracks are not being made by artists trying to build careers," it said.

The Independent Label Alliance, which represents more than 900 labels in North America, called the policy "a tax on the bottom rung of the ladder" in a statement issued hours after the email began circulating.

Its CEO, Gareth Oyelaran-Marsh, went further in an interview. "A kid who uploads her first EP in March and gets 600 plays by December just got told her work is worth zero," he said. "That's not fighting fraud. That's pulling up the ladder."

Tidepool CEO Dominic Arkwright-Fane defended the change on a call with investors Wednesday afternoon. "We are not the enemy of the emerging artist," he said, adding that the company would set aside $5 million next year for "artists who can show they are real people making real music" and whose tracks fall below the threshold.

Analysts on the call pressed Arkwright-Fane on how that fund would be administered. He said details would be released "in the coming weeks."

The policy follows similar moves by larger rivals and comes amid growing industry concern over streaming fraud. A report published last month by the Music Rights Research Institute found that "fraudulent streaming activity is heavily concentrated among a small number of distributors," and estimated that as much as 8% of all streams on major platforms were artificially generated.

But artists have been quick to point out that the threshold catches more than fraudsters. Singer-songwriter Lola Brennan-Ruiz, whose self-released debut single eventually led to a deal with Coda Music Group, wrote on social media: "My first single took 14 months to hit 1,000 streams. Under this rule it would have earned me nothing. It also got me my record deal."

Her post had been shared more than 60,000 times by Thursday morning.

Tidepool declined to comment beyond the email and the investor call. The Independent Label Alliance said it would raise the issue at a meeting with the company scheduled for next month.""",
        [
            ("stop the leakage of royalties", "Tidepool"),
            ("The overwhelming majority of these", "Tidepool"),
            ("a tax on the bottom", "Independent Label Alliance"),
            ("A kid who uploads her", "Gareth Oyelaran-Marsh"),
            ("That's not fighting fraud.", "Gareth Oyelaran-Marsh"),
            ("We are not the enemy", "Dominic Arkwright-Fane"),
            ("artists who can show they", "Dominic Arkwright-Fane"),
            ("in the coming weeks", "Dominic Arkwright-Fane"),
            ("fraudulent streaming activity is heavily", "Music Rights Research Institute"),
            ("My first single took 14", "Lola Brennan-Ruiz"),
        ],
    ),
    (
        """Veteran vocalist declines sabha award over ticket price hike

Special Correspondent

CHENNAI

Veteran Carnatic vocalist T.V. Rajalakshmi has declined the Nada Ratna award conferred on her by the Sri Kapali Gana Sabha, citing the sabha's decision to raise ticket prices for the December music season beyond the reach of students.

In a letter to the sabha's president dated December 3, Ms. Rajalakshmi, 78, wrote that she could not accept an honour "from an institution that has forgotten the young listener in the last row."

"I have sung in this sabha for fifty-two years. I learnt to listen in its cheapest seats," the letter said. "I cannot ask those seats to be emptied in my name."

The sabha had announced last month that the price of the lowest category of tickets for evening concerts would go up from ₹300 to ₹800, and that the concessional student passes offered since the 1980s would be discontinued.

Sabha secretary K. Venkatanarayanan said the committee was "deeply pained" by her decision. "Madam is the pride of our sabha. We will request her personally to reconsider," Mr. Venkatanarayanan told reporters on Thursday.

He said the revision was necessitated by "a steep rise in hall rent, sound charges and artiste remuneration," and pointed out that ticket prices had not been revised since 2017.

Several students who had gathered outside the sabha premises in Mylapore on Thursday evening welcomed the singer's stand. "We pay for our classes, our instruments, our travel. Now even listening costs ₹800," said S. Harini, a 20-year-old violin student.

Senior mridangam artiste Palghat R. Suryanarayanan, who has accompanied Ms. Rajalakshmi for over three decades, said he was not surprised. "When a senior musician speaks, the sabhas must listen. She has always stood for the rasika," he said.

In a statement issued late on Thursday, the sabha's president, Justice (retd.) N. Krishnamoorthy, said the executive committee would meet on Sunday to "review the ticket structure in light of the concerns raised by artistes and rasikas."

Ms. Rajalakshmi is scheduled to perform at the sabha on December 21. When contacted, she said she would keep the date. "The award is one thing. The concert is for the rasikas," she said.""",
        [
            ("from an institution that has", "T.V. Rajalakshmi"),
            ("I have sung in this", "T.V. Rajalakshmi"),
            ("I cannot ask those seats", "T.V. Rajalakshmi"),
            ("deeply pained", "K. Venkatanarayanan"),
            ("Madam is the pride of", "K. Venkatanarayanan"),
            ("a steep rise in hall", "K. Venkatanarayanan"),
            ("We pay for our classes", "S. Harini"),
            ("When a senior musician speaks,", "Palghat R. Suryanarayanan"),
            ("review the ticket structure in", "N. Krishnamoorthy"),
            ("The award is one thing.", "T.V. Rajalakshmi"),
        ],
    ),
    (
        """Portrait prize winner stripped of $40,000 award after admitting use of AI image generator

By Kirra Lindgren

A $40,000 portrait prize in north-west Victoria has been withdrawn from its winner after the artist admitted using an artificial intelligence image generator to plan the work.

Sunraysia Regional Gallery announced last week that Perth-based painter Callum Teagarden had won the Murray Mallee Portrait Prize for a large oil portrait of his grandmother titled Nan at the Kitchen Window.

But on Tuesday the gallery said it had rescinded the award after "information came to light" that the composition had been generated with AI software before being painted by hand.

"The prize conditions are explicit that entries must be the original work of the artist, from conception to completion," gallery director Philippa Moorcroft said.

"This isn't a judgement on whether Callum can paint. He clearly can."

Teagarden, 29, said he had used the software "the way painters have always used photographs" and accused the gallery of moving the goalposts.

"I painted every single brushstroke of that canvas. It took me five months," he said.

"I used a tool to try out compositions. I'm not going to apologise for that."

Head of the judging panel, Brisbane artist Desmond Quilty-Harper, said the judges had been unaware of the software's role and "would not have selected the work had it been disclosed".

The prize will now go to runner-up Lorraine Kennedy-Barr, a Swan Hill painter whose portrait of her late father was highly commended in 2021.

Kennedy-Barr said she had mixed feelings about receiving the award in this way.

"Nobody wants to win because someone else lost it," she said.

"But I'm proud of the painting, and I know Dad would have been too."

The case is believed to be the first time a major Australian regional art prize has been revoked over the use of AI.

The Regional Galleries Council of Victoria said in a statement it would issue guidance to its members by March, noting that most prize conditions had been written "before anyone imagined this question".

Teagarden said he was seeking legal advice but had no plans to stop painting.""",
        [
            ("information came to light", "Sunraysia Regional Gallery"),
            ("The prize conditions are explicit", "Philippa Moorcroft"),
            ("This isn't a judgement on", "Philippa Moorcroft"),
            ("the way painters have always", "Callum Teagarden"),
            ("I painted every single brushstroke", "Callum Teagarden"),
            ("I used a tool to", "Callum Teagarden"),
            ("would not have selected the", "Desmond Quilty-Harper"),
            ("Nobody wants to win because", "Lorraine Kennedy-Barr"),
            ("But I'm proud of the", "Lorraine Kennedy-Barr"),
            ("before anyone imagined this question", "Regional Galleries Council of Victoria"),
        ],
    ),
    (
        """Cascadia Symphony Names a 34-Year-Old as Its Next Music Director

By Jonathan Ebersole

SEATTLE — The Cascadia Symphony Orchestra on Thursday named Saskia Varga-Mendel, a 34-year-old Hungarian-born conductor who has never led an American orchestra full time, as its next music director, a bold choice for an ensemble still recovering from a bruising labor dispute.

Ms. Varga-Mendel, the chief conductor of the Nordhavn Philharmonic in Denmark, will begin a five-year contract in September 2026. She succeeds Harold Kwiatkowski-Bell, who is stepping down after 19 seasons.

"She walked onto the podium and within four minutes the orchestra sounded like a different ensemble," said Margaret Ellery-Voss, the chairwoman of the orchestra's board, who led the search committee. "We were not looking for someone safe."

Ms. Varga-Mendel first conducted the orchestra in 2023 as a last-minute substitute, leading Mahler's Fifth Symphony with less than a day's notice. Writing in The Seattle Ledger, the critic Paul Ingersoll-Mayhew called the performance "the most electrifying substitution in recent local memory."

In an interview, Ms. Varga-Mendel said she had been "completely unprepared" for the phone call offering her the job.

"I was in a supermarket in Aarhus holding a bag of carrots," she said. "I said yes before they had finished the sentence."

She described her approach as collaborative, rooted in her training in Budapest. "My first teacher, Ilse Marquardt-Vogel, used to tell me, 'Never conduct for the people behind you,'" she said. "I think about that every night."

The appointment comes a year after a nine-week strike that canceled much of the orchestra's 2023-24 season. The Cascadia Symphony Players' Association, which represents the musicians, said in a statement that players had been consulted "at every stage" and welcomed the choice.

One longtime violinist, who spoke on the condition of anonymity because musicians had been asked not to discuss the search, said the players' vote had been "not even close."

Mr. Kwiatkowski-Bell, 71, said in an email that the orchestra was "in extraordinary hands" and that he looked forward to returning as a guest conductor.

Ms. Varga-Mendel said she planned to open her first season with the premiere of "Salish Sea Variations," a work commissioned from the Tacoma-born composer Ruth Anand-Whitfield, alongside Beethoven's "Eroica" Symphony.""",
        [
            ("She walked onto the podium", "Margaret Ellery-Voss"),
            ("We were not looking for", "Margaret Ellery-Voss"),
            ("the most electrifying substitution in", "Paul Ingersoll-Mayhew"),
            ("completely unprepared", "Saskia Varga-Mendel"),
            ("I was in a supermarket", "Saskia Varga-Mendel"),
            ("I said yes before they", "Saskia Varga-Mendel"),
            ("My first teacher, Ilse", "Saskia Varga-Mendel"),
            ("Never conduct for the people", "Ilse Marquardt-Vogel"),
            ("I think about that every", "Saskia Varga-Mendel"),
            ("at every stage", "Cascadia Symphony Players' Association"),
            ("not even close", "longtime violinist"),
            ("in extraordinary hands", "Harold Kwiatkowski-Bell"),
        ],
    ),
]
