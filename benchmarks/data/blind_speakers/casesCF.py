CASES = [
    (
        """TORONTO (AP) — The Brazilian-born director Teodora Vasquez-Lind won the top audience prize at the Lakeshore International Film Festival on Sunday for "The Salt Orchard," a quiet drama about three sisters who inherit a failing vineyard.

"I made this film for my mother, who never saw a film festival in her life," Vasquez-Lind said as she accepted the award, her voice breaking. "She would have laughed at all of you in your tuxedos."

The festival, now in its 31st year, said "The Salt Orchard" received more audience votes than any winner in a decade. The runner-up was "Night Ferry," a thriller from the Irish filmmaker Connor Beale.

Festival director Agnes Thornbury told reporters the margin was "not close, not even a little bit," and said distributors had been circling the film since its first screening on Tuesday.

The film stars newcomer Priya Halloway as the youngest sister, Ines. Halloway, 24, was working as a waitress in Montreal when she was cast.

"Teodora found me through a friend of a friend of a friend," Halloway said in an interview Saturday. "I had done exactly one play, in high school, and I was a tree."

The Lakeshore audience award has become a closely watched predictor of awards-season success. Three of the past five winners went on to earn best picture nominations from the National Academy of Screen Arts.

Vasquez-Lind, 46, spent nearly eight years raising money for the project. She said producers repeatedly asked her to add a romance subplot or to cast a bigger star.

"Every meeting, somebody wanted a man to show up and fix the vineyard," she said. "I kept saying no. Eventually they stopped asking, mostly because they stopped returning my calls."

The film was ultimately financed by a consortium of small Canadian and Portuguese production companies, led by Montreal-based Ruelle Pictures. In a statement, Ruelle said it was "thrilled beyond words" and that it expected to announce a North American distribution deal "within days."

Other prizes announced Sunday included the documentary audience award, which went to "Counting Birds," Hamid Sarwari's portrait of an aging ornithologist in northern Scotland. Sarwari was not present; he sent a brief written message, read aloud by the festival's programming chief: "To the birds, and to the people who still bother to count them."

The festival closed Sunday night with a gala screening of "Night Ferry," which opens in theaters next month.""",
        [
            ("I made this film for", "Teodora Vasquez-Lind"),
            ("She would have laughed at", "Teodora Vasquez-Lind"),
            ("not close, not even a", "Agnes Thornbury"),
            ("Teodora found me through a", "Priya Halloway"),
            ("I had done exactly one", "Priya Halloway"),
            ("Every meeting, somebody wanted a", "Teodora Vasquez-Lind"),
            ("I kept saying no. Eventually", "Teodora Vasquez-Lind"),
            ("thrilled beyond words", "Ruelle Pictures"),
            ("within days", "Ruelle Pictures"),
            ("To the birds, and to", "Hamid Sarwari"),
        ],
    ),
    (
        """By Harriet Colm, Arts Correspondent

The singer-songwriter Elspeth Marrow has said she “nearly walked away from music for good” after the collapse of her former record label left her unable to release an album she had spent three years writing.

Marrow, 38, whose 2016 debut Tidewater went platinum, told The Courier that watching the songs sit “in a legal drawer somewhere in Croydon” had left her depressed and unable to write.

“I would wake up and think, there is no point picking up the guitar, because whatever I make belongs to someone who has gone bust,” she said. “It is a very strange kind of grief.

“You mourn something that still exists. It’s just locked in a room you can’t get into.”

The label, Harrow Lane Records, entered administration in March 2021 owing creditors more than £4 million. Its catalogue, including Marrow’s unreleased third album, was frozen while administrators sought a buyer.

In a letter to artists seen by The Courier, the administrators, Pickering Doyle LLP, wrote that they “fully appreciate the distress caused” but were “legally obliged to maximise returns to creditors”.

Marrow eventually bought back the recordings last autumn with the help of a crowdfunding campaign that raised £212,000 from about 9,000 fans in under a fortnight. The album, now titled Small Hours, is released on Friday on her own label.

Her manager, Dev Kaur-Ashby, said the response had been overwhelming. “We set a target of fifty grand and thought we were being wildly optimistic,” he said. “It went past that in about six hours.”

The episode has renewed calls for reform of how recordings are treated when labels fail. The Musicians’ Fair Terms Alliance, a campaign group, said in a report published last month that dozens of artists had been affected since 2019, describing the current system as “a lottery in which the artist always holds the losing ticket”.

Marrow said she hoped her story would help others in the same position. Asked whether she would ever sign with a major label again, she laughed.

“Never say never,” she said. “But I’d want my lawyer, my mum and a priest in the room.”""",
        [
            ("nearly walked away from music", "Elspeth Marrow"),
            ("in a legal drawer somewhere", "Elspeth Marrow"),
            ("I would wake up and", "Elspeth Marrow"),
            ("It is a very strange", "Elspeth Marrow"),
            ("fully appreciate the distress caused", "Pickering Doyle LLP"),
            ("legally obliged to maximise returns", "Pickering Doyle LLP"),
            ("We set a target of", "Dev Kaur-Ashby"),
            ("It went past that in", "Dev Kaur-Ashby"),
            ("a lottery in which the", "Musicians’ Fair Terms Alliance"),
            ("Never say never", "Elspeth Marrow"),
            ("But I’d want my lawyer", "Elspeth Marrow"),
        ],
    ),
    (
        """By Marcus Feld

Streaming service Lumen+ has canceled "The Harbormaster" after two seasons, ending the maritime crime drama just weeks after its second-season finale drew the show's lowest ratings to date.

The decision was confirmed Thursday by Lumen+ head of drama Renata Solberg, who called the series "a show we are enormously proud of" but said the service had to make "difficult choices about where we place our bets."

"Creatively, 'The Harbormaster' punched well above its weight," Solberg said in a statement. "We are grateful to Gil, to Nadia and to every member of the cast and crew who braved some genuinely awful weather for us."

Series creator Gil Amundsen, who adapted the show from his own novels, took to social media shortly after the news broke. "Well, that's that," he wrote. "Two seasons, forty-one storms, one broken ankle. I wouldn't trade a minute of it."

Star Nadia Ferreira-Kuhn, who played harbormaster Liv Brenner, posted a photo of herself in the character's signature yellow slicker with the caption "Off duty."

According to a source close to the production, the cancellation came as a surprise to the writers, who had already broken most of a third season. "They were told in January to keep going," the source said. "Nobody saw this coming."

Season two of "The Harbormaster" averaged 1.9 million viewers in its first week, per data from analytics firm Veriscope, down from 3.4 million for season one. Veriscope analyst Tomas Whitcombe said the drop was "steep but not unusual" for a sophomore season that premiered against a crowded field.

"The show didn't collapse; it just got lost," Whitcombe told Screenline. "It launched the same week as three other prestige dramas. Something had to give."

Amundsen has said he would be open to shopping the series elsewhere. In an interview with Screenline last month, before the cancellation, he said a third season would "finally answer the question of what's in the lighthouse," a mystery teased since the pilot.

Lumen+ has canceled four original dramas so far this year. The service, which has about 28 million subscribers worldwide, told investors last quarter that it intended to "prioritize fewer, bigger titles" going forward.

A representative for Amundsen did not immediately respond to a request for comment.""",
        [
            ("a show we are enormously", "Renata Solberg"),
            ("difficult choices about where we", "Renata Solberg"),
            ("Creatively, 'The Harbormaster' punched well", "Renata Solberg"),
            ("We are grateful to Gil", "Renata Solberg"),
            ("Well, that's that", "Gil Amundsen"),
            ("Two seasons, forty-one storms, one", "Gil Amundsen"),
            ("Off duty", "Nadia Ferreira-Kuhn"),
            ("They were told in January", "source close to the production"),
            ("Nobody saw this coming", "source close to the production"),
            ("steep but not unusual", "Tomas Whitcombe"),
            ("The show didn't collapse; it", "Tomas Whitcombe"),
            ("finally answer the question of", "Gil Amundsen"),
            ("prioritize fewer, bigger titles", "Lumen+"),
        ],
    ),
    (
        """The Broadway revival of "Winter Hours at the Carlisle," which opened to rapturous reviews in October, will close abruptly on Sunday after its lead actor withdrew from the production citing exhaustion, its producers announced on Tuesday.

The actor, Benedict Achterberg, 61, had missed 11 performances in the past three weeks. In a letter to the company that was shared with The Ledger, Mr. Achterberg wrote that he had "given this play everything I have, and then some," and that continuing "would be a disservice to the audience and to all of you."

"I am so sorry," the letter continued. "I hope one day you'll forgive an old man for knowing his limits."

The production's lead producer, Celeste Obiora-Fane, said in an interview that the company had considered recasting the role but concluded that the show was "inseparable" from Mr. Achterberg's performance.

"We looked at every option — every single one," Ms. Obiora-Fane said. "But people were buying tickets to see Benedict do this thing that only Benedict can do. Putting someone else in the part five weeks before the end of the run felt like selling them a counterfeit."

The revival, directed by Ines Caldwell-Moss, was scheduled to run through March 2. Its 34-member cast and crew will be paid through the original closing date, according to a statement from the producers, who called the decision "painful but unavoidable."

The Stage Performers Union, which represents the cast, said in a statement that it was "in close contact with the producers" and was satisfied that its members would be compensated.

Ms. Caldwell-Moss, reached by phone, said she was heartbroken but not surprised.

"Benedict plays a man who is dying over three and a half hours, eight times a week," she said. "You can't fake that. He wasn't faking it. Something was always going to give."

The play, a 1958 drama by the little-known playwright Harold Vesey, had not been staged in New York since 1972. Critics praised the revival as a rediscovery; The Ledger's critic, Amos Treadgold, called Mr. Achterberg's performance "the kind of thing you tell your grandchildren about."

Ticket holders for canceled performances will receive full refunds at the point of purchase, the producers said. Mr. Achterberg's representative said the actor was resting at home in Connecticut and would make no further comment.""",
        [
            ("given this play everything I", "Benedict Achterberg"),
            ("would be a disservice to", "Benedict Achterberg"),
            ("I am so sorry", "Benedict Achterberg"),
            ("I hope one day you'll", "Benedict Achterberg"),
            ("inseparable", "Celeste Obiora-Fane"),
            ("We looked at every option", "Celeste Obiora-Fane"),
            ("But people were buying tickets", "Celeste Obiora-Fane"),
            ("painful but unavoidable", "producers"),
            ("in close contact with the", "Stage Performers Union"),
            ("Benedict plays a man who", "Ines Caldwell-Moss"),
            ("You can't fake that. He", "Ines Caldwell-Moss"),
            ("the kind of thing you", "Amos Treadgold"),
        ],
    ),
    (
        """LOS ANGELES (Reuters) - Soul singer Darnell Okafor-James swept the top categories at the Meridian Music Awards on Sunday night, taking home album, record and song of the year for his comeback album "Low Country Gospel," while newcomer Bree Castellanos was named best new artist.

Okafor-James, 52, had not released new music in 14 years before the album arrived last spring. Accepting the final award of the night, he held the trophy above his head and addressed his late brother, who had co-written several of the album's songs: "Marcus, we did it. You said nobody would care about an old man singing about rivers. Look at this room."

The crowd at the Pacific Dome rose to its feet. Backstage, Okafor-James told reporters he had almost turned down the invitation to perform.

"I thought, they don't want to see me up there, they want to see the kids," he said. "And then my granddaughter told me to stop being dramatic."

Castellanos, 21, a singer and producer from El Paso, Texas, was visibly stunned when her name was read. She thanked her parents, her high school choir director and "every single person who streamed my songs on a bus at six in the morning."

Her debut record, "Static Bloom," was one of the year's biggest surprise hits, climbing to No. 3 on the national albums chart without the backing of a major label.

The ceremony was not without controversy. Rock band The Velvet Hours, nominated in four categories, boycotted the event over what it called a "broken, opaque" voting process. In an open letter posted on Friday, the band wrote: "We love this industry too much to pretend it is working. Until the academy publishes how its votes are counted, we'll be watching from home."

The Meridian Recording Academy, which organizes the awards, rejected the criticism. Its chief executive, Lorraine Haddix, said in a statement that the academy's voting procedures were "independently audited every single year" and "among the most rigorous in the industry."

Asked about the boycott on the red carpet, host and comedian Felix Ambrose shrugged. "Their loss," he said. "The shrimp is excellent."

Other winners included jazz pianist Yuki Halvorsen, who took best instrumental album, and country duo The Marlowe Sisters, who won best country performance for "Dust on the Dashboard."

The telecast drew an estimated 9.2 million viewers, according to preliminary figures from the broadcaster, up roughly 8 percent from last year.

(Reporting by Ana Lucero; Editing by Paul Graff)""",
        [
            ("Marcus, we did it.", "Darnell Okafor-James"),
            ("I thought, they don't want", "Darnell Okafor-James"),
            ("And then my granddaughter told", "Darnell Okafor-James"),
            ("every single person who streamed", "Bree Castellanos"),
            ("broken, opaque", "The Velvet Hours"),
            ("We love this industry too", "The Velvet Hours"),
            ("independently audited every single year", "Lorraine Haddix"),
            ("among the most rigorous in", "Lorraine Haddix"),
            ("Their loss", "Felix Ambrose"),
            ("The shrimp is excellent", "Felix Ambrose"),
        ],
    ),
    (
        """By Jonah Petrakis
Staff Writer

Wren Adebayo-Holt has spent the better part of a decade pointing a camera at people who would rather she didn't.

Her new documentary, "The Quiet Floor," which premieres on public television next month, follows four workers on the overnight shift at a sprawling distribution warehouse outside Columbus, Ohio. It took her two years to get inside, and another eighteen months to persuade anyone to talk.

"People assume the hard part is access," Adebayo-Holt says over coffee at a diner near her Brooklyn apartment. "It isn't. The hard part is trust. You can get a permit in a week. You can't get trust in a week."

The 39-year-old filmmaker grew up in Dayton, the daughter of a Nigerian-born nurse and a Polish-American machinist. Her father, Tomasz Holt, worked nights for most of her childhood, an experience she says shaped the film more than she realized while making it.

"He used to come home at seven in the morning and say, 'Another night nobody saw,'" she says. "I didn't understand what he meant until I was standing on that floor at 3 a.m."

The warehouse's owner, a logistics company she declines to name, initially refused her requests outright. She describes the eventual agreement as "a very long negotiation with a very patient lawyer," and says the company did not see the finished film before it was locked.

One of the film's subjects, Delphine Marsh, a 58-year-old forklift operator and grandmother of six, emerges as its unlikely star. Reached by phone, Marsh said she agreed to take part only after Adebayo-Holt had shown up in the break room "about forty times with the same bad sandwiches."

"At some point you feel sorry for a person," Marsh said, laughing. "I figured, let her film me. I've got nothing to hide except my singing."

The film has already drawn praise on the festival circuit. The Ashgrove Documentary Festival, which gave it a special jury mention in April, wrote in its citation that the film "restores dignity to labor that our economy is designed to render invisible."

Adebayo-Holt is wary of such language. She says she didn't set out to make a political film, only an honest one.

"If it ends up political, that's because honesty is political right now," she says. Then she pauses. "Put that in, but make me sound less pompous."

Her next project, she says, is "something with no people in it at all. Maybe trees. Trees don't cancel on you." She is only half joking.""",
        [
            ("People assume the hard part", "Wren Adebayo-Holt"),
            ("It isn't. The hard part", "Wren Adebayo-Holt"),
            ("He used to come home", "Wren Adebayo-Holt"),
            ("Another night nobody saw", "Tomasz Holt"),
            ("I didn't understand what he", "Wren Adebayo-Holt"),
            ("a very long negotiation with", "Wren Adebayo-Holt"),
            ("about forty times with the", "Delphine Marsh"),
            ("At some point you feel", "Delphine Marsh"),
            ("I figured, let her film", "Delphine Marsh"),
            ("restores dignity to labor that", "Ashgrove Documentary Festival"),
            ("If it ends up political", "Wren Adebayo-Holt"),
            ("Put that in, but make", "Wren Adebayo-Holt"),
            ("something with no people in", "Wren Adebayo-Holt"),
        ],
    ),
    (
        """Viewers have lodged more than 4,000 complaints after a long-running soap killed off one of its best-loved characters in a storyline one viewer described as "needlessly cruel".

Maggie Drennan, played by actress Pauline Ashcombe for 27 years, died in Monday's episode of Harbour Lane after a fall at the family's bakery.

The Broadcast Standards Council confirmed it had received 4,312 complaints by Wednesday afternoon, most relating to the timing of the episode, which aired at 19:30.

A spokesperson for the council said: "We are assessing these complaints against our code before deciding whether or not to investigate."

Ashcombe, 68, said in a post on social media that she had made the decision to leave herself and that the storyline had been "handled with enormous care".

"I asked the writers to give Maggie an ending worthy of her, and they did," she wrote. "Please don't be angry with them. Be angry with me, if you must - I'm the one who's going off to grow tomatoes."

A spokesperson for Harbour Lane said the programme had consulted a bereavement charity throughout the storyline and that a helpline number was displayed after the episode.

"We understand that Maggie's death has been upsetting for many viewers, as it was for all of us," the spokesperson added. "Pauline has been the heart of this show for nearly three decades."

Executive producer Rhys Tallon told an industry conference last year that the soap had "a duty to reflect real life, including the parts of it that hurt".

Some fans have joked that producers could still bring Maggie back through a so-called "dream sequence", a device the programme last used in 2004.

A petition written by viewer Janet Pryce, from Swansea, has attracted more than 60,000 signatures. It reads: "Maggie deserved better than a wet floor and a Monday night."

Pryce said she had watched the programme since she was 11 and felt "like I've lost an aunt".

Linda Farrow-Beck, who played Maggie's sister Joan from 1998 to 2009, defended the decision. In a statement issued through her agent, she said: "Pauline earned the right to leave on her own terms. Anyone who knows her knows she'll be fine."

Harbour Lane continues on Thursday.""",
        [
            ("needlessly cruel", "viewer"),
            ("We are assessing these complaints", "spokesperson for the council"),
            ("handled with enormous care", "Pauline Ashcombe"),
            ("I asked the writers to", "Pauline Ashcombe"),
            ("Please don't be angry with", "Pauline Ashcombe"),
            ("We understand that Maggie's death", "spokesperson for Harbour Lane"),
            ("Pauline has been the heart", "spokesperson for Harbour Lane"),
            ("a duty to reflect real", "Rhys Tallon"),
            ("Maggie deserved better than a", "Janet Pryce"),
            ("like I've lost an aunt", "Janet Pryce"),
            ("Pauline earned the right to", "Linda Farrow-Beck"),
        ],
    ),
    (
        """BERLIN — When the last chord of Anselm Rietdorf’s Symphony No. 4 faded on Saturday night, the audience at the Kammerhalle sat in silence for nearly ten seconds before erupting into applause that lasted, by one count, seven minutes.

It was the first time the symphony had been performed in public. The manuscript, presumed destroyed in a fire in 1871, was discovered two years ago in the attic of a farmhouse in Lower Saxony, wrapped in a horse blanket.

“I have conducted a great deal of music, but I have never conducted a ghost before,” said Katarina Voss-Lindqvist, the principal conductor of the Spree Philharmonic, speaking to reporters after the performance. “Tonight I think we woke him up.”

The manuscript was authenticated by the Institute for Romantic Music Studies in Leipzig, in a project led by the musicologist Dr. Hilde Marquardt. In a report published in the spring, the institute concluded that the handwriting, paper and ink were “consistent in every respect” with Rietdorf’s known autographs from the late 1860s.

Dr. Marquardt, who attended the premiere, said the work complicated the conventional view of Rietdorf as a minor figure. “For a hundred and fifty years we have judged him on three symphonies,” she said. “Now we have four, and the fourth is the best. That changes the conversation.”

Not everyone is persuaded. Professor Ulrich Damsky, a Rietdorf specialist at the Vienna Academy of Music History, has questioned whether the final movement was completed by another hand. In an essay last month, he wrote that the finale showed “a confidence of orchestration that Rietdorf never displayed elsewhere,” and suggested that a pupil might have finished it.

Reached by telephone on Sunday, Damsky said the performance had not changed his mind. “It was beautifully played,” he said. “Beautiful playing is not evidence.”

The farmhouse’s owner, Gerd Tiemann, 74, who found the manuscript while clearing out his late mother’s belongings, attended the concert as a guest of the orchestra. He said he had no idea what the bundle contained when he first opened it.

“I thought it was old bills,” Tiemann said. “My mother kept everything. Receipts, buttons, string. Apparently also symphonies.”

The Spree Philharmonic said it would record the symphony in the autumn and take it on tour to Vienna, Prague and Copenhagen next year. Tickets for two additional Berlin performances in June sold out within an hour, the orchestra said.

Voss-Lindqvist said she hoped audiences would hear the piece without the weight of its backstory.

“Forget the attic. Forget the blanket,” she said. “Just listen.”""",
        [
            ("I have conducted a great", "Katarina Voss-Lindqvist"),
            ("Tonight I think we woke", "Katarina Voss-Lindqvist"),
            ("consistent in every respect", "Institute for Romantic Music Studies"),
            ("For a hundred and fifty", "Hilde Marquardt"),
            ("Now we have four, and", "Hilde Marquardt"),
            ("a confidence of orchestration that", "Ulrich Damsky"),
            ("It was beautifully played", "Ulrich Damsky"),
            ("Beautiful playing is not evidence", "Ulrich Damsky"),
            ("I thought it was old", "Gerd Tiemann"),
            ("My mother kept everything. Receipts", "Gerd Tiemann"),
            ("Forget the attic. Forget the", "Katarina Voss-Lindqvist"),
            ("Just listen", "Katarina Voss-Lindqvist"),
        ],
    ),
]
