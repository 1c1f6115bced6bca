CASES = [
    (
        """'The Salt Harbour' Takes Top Prize at Ostervik Film Festival

By Daniel Reyes

OSTERVIK, Sweden — Mara Lindqvist's "The Salt Harbour," a slow-burning drama about a fishing family undone by bankruptcy, won the Golden Gull for best film at the 41st Ostervik International Film Festival on Saturday, capping a competition that jury president Henrik Aalto called "unusually strong and unusually sad."

Lindqvist, 38, accepted the award in tears alongside her lead actor, Tobias Ek, who plays the family's eldest son.

"I made this film for my father, who lost his boat when I was eleven," Lindqvist told the audience at the Strandteatern. "He is here tonight. He still doesn't like boats."

The film, produced by Gothenburg-based Nordljus Film, was picked up for North American distribution by Meridian Pictures earlier in the week, in a deal that one person close to the negotiations put in "the high six figures."

Aalto, a Finnish director whose own films have played in competition at Cannes and Venice, said the jury's decision was unanimous but not quick. "We argued for three days, and I mean that literally," he said at a press conference after the ceremony. "But every time, we came back to the harbour. It would not leave us."

Best director went to Portuguese filmmaker Inês Calado for "Quiet Months," her second feature, while the acting prizes went to Ek and to Danish newcomer Sofie Brandt for her turn as a grieving hotel night clerk in "Nightwork."

Brandt, 24, who was working in a bakery in Aarhus when she was cast, said she had not prepared a speech. "My agent told me not to bother," she said. "I'm going to have words with my agent."

The festival, which runs on a budget of roughly 42 million kronor ($4 million), drew a record 61,000 admissions this year, according to organizers. Artistic director Karin Sjöberg said in a statement that the figures proved "audiences are hungry for cinema that asks something of them."

Sjöberg, who took over the festival in 2021, has steered it toward more demanding programming, a shift that has not been universally welcomed. Local business owners complained last year that the event had become "a party for critics," and the municipality briefly threatened to cut its funding.

Asked about those tensions on Saturday, Sjöberg was unapologetic. "A festival that pleases everyone is a festival that nobody remembers," she said.

The audience award, voted on by ticketholders, went to "Grandfather's Orchestra," a documentary about a brass band made up of retirement-home residents in Malmö.""",
        [
            ("unusually strong and unusually", "Henrik Aalto"),
            ("I made this film for", "Mara Lindqvist"),
            ("He is here tonight.", "Mara Lindqvist"),
            ("the high six figures.", "person close to the negotiations"),
            ("We argued for three days,", "Henrik Aalto"),
            ("But every time, we came", "Henrik Aalto"),
            ("My agent told me not", "Sofie Brandt"),
            ("I'm going to have words", "Sofie Brandt"),
            ("audiences are hungry for cinema", "Karin Sjöberg"),
            ("a party for critics,", "local business owners"),
            ("A festival that pleases everyone", "Karin Sjöberg"),
        ],
    ),
    (
        """Indie band Harrow Lane cancels fall tour after singer's vocal cord injury

By JESSICA MORETTI
Associated Press

ASHFORD, Tenn. (AP) — The indie rock band Harrow Lane has canceled the remaining 23 dates of its fall North American tour after lead singer Caleb Whitcomb was diagnosed with a vocal cord hemorrhage, the band announced Tuesday.

Whitcomb, 31, collapsed backstage Saturday night at the Riverside Amphitheater in Ashford, about 40 miles east of Nashville, minutes before the band was due to return for an encore, according to a venue employee who spoke on condition of anonymity because they were not authorized to discuss the incident.

"He was white as a sheet. He couldn't get a word out," the employee said.

In a statement posted to social media, the band said doctors had ordered Whitcomb to undergo surgery and to avoid singing for at least three months.

"We are heartbroken to be letting down so many of you who bought tickets, booked hotels and drove hours to see us," the statement said. "Caleb's health has to come first, and we know you understand that."

Refunds will be issued automatically at the point of purchase, the band's promoter, Crestline Live, said in a separate statement.

The cancellation is a blow for the four-piece, whose third album, "Low Country Static," debuted at No. 4 on the Billboard 200 in August — the highest chart position of the band's career.

Whitcomb addressed fans directly in a short video posted Tuesday afternoon, speaking in a whisper.

"I'm not allowed to talk, so I'll keep this short," he said. "I'm sorry. We'll be back. I promise."

Drummer Nate Okafor told The Associated Press in a phone interview that the band had been warned about Whitcomb's voice before the tour began.

"We all knew he was pushing it," Okafor said. "There were nights on the last run where he'd come off stage and not be able to order dinner. We probably should have scheduled more days off. That's on all of us, not just him."

Dr. Alisha Renner, a laryngologist at the Cumberland Voice Institute who is not involved in Whitcomb's care, said vocal hemorrhages are common among touring singers and usually heal well with rest.

"The danger is going back too soon," Renner said. "Singers feel better after a few weeks and they think they're fine. They're usually not."

The band is scheduled to headline the Lakeshore Sound festival in Chicago in April. A spokeswoman for the festival said organizers were "wishing Caleb a full and speedy recovery" and had no plans to change the lineup.""",
        [
            ("He was white as a", "venue employee"),
            ("We are heartbroken to be", "Harrow Lane"),
            ("Caleb's health has to come", "Harrow Lane"),
            ("I'm not allowed to talk,", "Caleb Whitcomb"),
            ("I'm sorry. We'll be back.", "Caleb Whitcomb"),
            ("We all knew he was", "Nate Okafor"),
            ("There were nights on the", "Nate Okafor"),
            ("The danger is going back", "Alisha Renner"),
            ("Singers feel better after a", "Alisha Renner"),
            ("wishing Caleb a full and", "spokeswoman"),
        ],
    ),
    (
        """‘A once-in-a-generation find’: lost Georgian portrait turns up in Cornish farmhouse kitchen

Esther Collyer
Arts correspondent

A portrait missing for more than 200 years and believed to be by the Georgian painter Thomas Ravenhill has been identified hanging in the kitchen of a farmhouse near St Ewan’s Cross in Cornwall.

The painting, a half-length portrait of a young woman in a blue riding habit, was spotted by a valuer from the auctioneers Harcourt & Lyle, who noticed it behind a dresser while assessing a collection of farm machinery for sale.

Dr Miriam Okonjo-Price, the senior curator of British art at the Trevanion Gallery in Truro, who has examined the work, described it as “a once-in-a-generation find” and said she had “no serious doubt” about the attribution.

“Ravenhill’s handling of fabric is unmistakable – nobody else was painting silk like that in the 1780s,” she said. “When I turned it over and saw the canvas stamp, I had to sit down.”

The work is thought to be the picture recorded in a 1791 exhibition catalogue only as “Portrait of a Lady in Blue”, which has not been seen in public since.

Derek Polglase, 67, whose family has farmed the land since the 1850s, said the painting had hung in the kitchen “for as long as anyone can remember”.

“My grandmother used to say it was a duchess,” he said. “We thought she was making it up. There’s a dart hole in the corner from when my uncle was a boy, which I suppose won’t help the price.”

Harcourt & Lyle will offer the painting at its London sale of old masters and British pictures in March with an estimate of £400,000 to £600,000. Rupert Lyle, the firm’s chairman, said the dart hole was “a minor and entirely repairable” blemish.

“Condition is always a factor, but buyers at this level are buying the name and the story, and this has both,” he said.

Not everyone is convinced. Alan Hebditch, a former keeper of paintings at the Ashcombe Collection, said it was too early to be certain.

“Ravenhill had a busy studio and several very able assistants,” he said. “I would want to see the technical analysis before anyone starts using the word ‘masterpiece’.”

The Trevanion Gallery said it hoped to raise funds to acquire the work so that it could remain in Cornwall, and that it had begun approaching national heritage funders.

“This painting belongs here, in the county where it was made, and where it has quietly survived for two centuries,” the gallery said in a statement.""",
        [
            ("A once-in-a-generation find", "Miriam Okonjo-Price"),
            ("a once-in-a-generation find", "Miriam Okonjo-Price"),
            ("no serious doubt", "Miriam Okonjo-Price"),
            ("Ravenhill’s handling of fabric is", "Miriam Okonjo-Price"),
            ("When I turned it over", "Miriam Okonjo-Price"),
            ("for as long as anyone", "Derek Polglase"),
            ("My grandmother used to say", "Derek Polglase"),
            ("We thought she was making", "Derek Polglase"),
            ("a minor and entirely repairable", "Rupert Lyle"),
            ("Condition is always a factor,", "Rupert Lyle"),
            ("Ravenhill had a busy studio", "Alan Hebditch"),
            ("I would want to see", "Alan Hebditch"),
            ("This painting belongs here, in", "Trevanion Gallery"),
        ],
    ),
    (
        """Rhys Calloway Exits Spy Thriller 'Northern Line' Days Before Filming

Rhys Calloway has walked away from Thornbury Pictures' spy thriller Northern Line less than a week before cameras were due to roll in Glasgow, the studio confirmed Thursday.

The Welsh actor, who earned an Oscar nomination last year for the boxing drama Ninth Round, was set to star opposite Adaeze Nwosu as a disgraced intelligence officer. Thornbury said in a statement that Calloway had departed "due to creative differences" and that a replacement would be announced "in the coming days."

"We have enormous respect for Rhys and wish him nothing but the best," the statement read. "Production will proceed on schedule."

According to two sources with knowledge of the production, the split followed weeks of tension between Calloway and director Paul Vasquez-Hale over rewrites to the third act. One of those sources said table reads had become "openly hostile on both sides" by late September.

Another insider described the dispute in gentler terms. "Rhys is a perfectionist, and Paul is a perfectionist, and sometimes two perfectionists just can't share a room," said a producer on the film who asked not to be named.

Vasquez-Hale, whose previous film, the Berlin-set heist comedy Small Hours, grossed $140 million worldwide, declined to comment. A representative for Calloway did not respond to a request for comment.

Calloway addressed the exit obliquely on Thursday evening during a Q&A at the Regent Picturehouse in Cardiff, where he was introducing a 25th anniversary screening of his first film.

"I've never left a project before, and I don't take it lightly," he told the audience. "Sometimes you realize you're not the right person to tell a particular story. That's all I'll say."

Nwosu, who is also an executive producer on the film, posted a brief message on Instagram: "Onwards. This crew is extraordinary and we're going to make something special."

The $65 million production, adapted from Lorna Mactavish's bestselling novel, is backed by Thornbury and the streaming service Vantage+, which acquired worldwide rights after a competitive bidding round last spring.

Industry observers said the timing was difficult but not fatal. Laura Brenneman, a film finance analyst at Hollis Media Partners, said the production's insurance would likely absorb some of the costs.

"A week out is painful, but it's not catastrophic," she said. "What's catastrophic is losing your lead six weeks into the shoot. Thornbury dodged that, at least."

Filming is now expected to begin on Oct. 21, with the production's Glasgow and Edinburgh schedule pushed back by around ten days.""",
        [
            ("due to creative differences", "Thornbury Pictures"),
            ("in the coming days.", "Thornbury Pictures"),
            ("We have enormous respect for", "Thornbury Pictures"),
            ("Production will proceed on schedule.", "Thornbury Pictures"),
            ("openly hostile on both sides", "source with knowledge of the production"),
            ("Rhys is a perfectionist, and", "producer on the film"),
            ("I've never left a project", "Rhys Calloway"),
            ("Sometimes you realize you're not", "Rhys Calloway"),
            ("Onwards. This crew is extraordinary", "Adaeze Nwosu"),
            ("A week out is painful,", "Laura Brenneman"),
            ("What's catastrophic is losing your", "Laura Brenneman"),
        ],
    ),
    (
        """Abstract painting by Lidia Morcan sets artist record at $38.2 million

By Thomas Harlow

NEW YORK, Nov 14 (Reuters) - A large abstract canvas by the late Romanian-American painter Lidia Morcan sold for $38.2 million at Castellane & Rowe in New York on Wednesday, a record for the artist and one of the strongest results of an otherwise subdued autumn auction season.

The 1962 work, "Red Field With Swimmer," had been estimated at $20 million to $30 million. It drew bids from at least five buyers before selling to an unidentified telephone bidder after an 11-minute contest, the auction house said.

"We saw real depth of demand tonight, from Asia, from Europe and from the U.S.," Marguerite Dansby, Castellane & Rowe's global head of post-war art, told reporters after the sale. "For a painting of this quality, the market is absolutely there."

The previous auction record for Morcan, who died in 1994, was $14.7 million, set in 2019.

Overall, the evening sale of 48 lots brought in $212 million including fees, near the low end of its $198 million to $265 million presale estimate. Eleven lots failed to sell, and several others were withdrawn in the days before the auction.

Art market analysts said the results reflected a broader cooling at the top end. Global auction sales of fine art fell 18 percent in the first half of the year, according to a report by Artvest Analytics, which cited "higher interest rates and a more cautious cohort of collectors."

"Everyone is very selective right now," said Jonah Feld, a New York-based adviser who bid on behalf of a client but dropped out at $26 million. "The trophy works still sell. It's the middle of the market that's hurting."

A consignor who withdrew a sculpture from the sale, speaking on condition of anonymity to discuss private dealings, said the house had urged sellers to lower their reserves in recent weeks.

"They were honest with us. They said the buyers are there, but they're not going to overpay," the consignor said.

Morcan's daughter, Ileana Morcan-Weiss, who oversees the artist's estate, said in an emailed statement that she was "thrilled but not surprised" by the result.

"My mother spent decades being told she was a minor painter," she said. "The market has finally caught up with what painters always knew about her."

Castellane & Rowe's main rival, Hartwell's, holds its own evening sale on Thursday, led by a Morcan drawing estimated at $3 million to $5 million.

(Reporting by Thomas Harlow; Editing by Sandra Kettering)""",
        [
            ("We saw real depth of", "Marguerite Dansby"),
            ("For a painting of this", "Marguerite Dansby"),
            ("higher interest rates and a", "Artvest Analytics"),
            ("Everyone is very selective right", "Jonah Feld"),
            ("The trophy works still sell.", "Jonah Feld"),
            ("They were honest with us.", "consignor who withdrew a sculpture from the sale"),
            ("thrilled but not surprised", "Ileana Morcan-Weiss"),
            ("My mother spent decades being", "Ileana Morcan-Weiss"),
            ("The market has finally caught", "Ileana Morcan-Weiss"),
        ],
    ),
    (
        """Riverbend Jazz Festival scales back after losing title sponsor

By Megan Holloway
Staff Reporter

The Riverbend Jazz Festival will shrink from five days to three next summer after its longtime title sponsor, Northshore Credit Union, pulled its funding, festival organizers said Monday.

The festival, now in its 27th year, drew about 35,000 people to Harbourfront Park in Port Alder last July. Its budget of roughly $1.2 million relied on Northshore for nearly a third of its revenue, according to executive director Denise Marchetti.

"We knew this was coming, but we didn't know it was coming this fast," Marchetti said in an interview at the festival's office on Queen Street.

"We've had to make some painful choices. The Wednesday and Thursday programs are gone, and we're cutting the free youth stage, which is the part that breaks my heart.

"Those kids are the future of this music. I'm going to spend the winter trying to find someone who'll pay to bring it back."

In a statement, Northshore Credit Union said its board had decided to "redirect community investment toward housing and financial literacy programs" and thanked the festival for "decades of great music."

A spokesman for the credit union declined to say how much the sponsorship had been worth annually. "It was a difficult decision and not a reflection on the festival," the spokesman said.

Musicians who have played the festival reacted with dismay. Trumpeter Curtis Abernathy, who has performed at Riverbend every year since 1998, called the news "a real gut punch for this town."

"People don't realize how many of us got our start on that little side stage," Abernathy said. "I was sixteen the first time. I played four songs and I was terrible."

Coun. Priya Randhawa, who chairs the city's arts and culture committee, said council would look at whether it could increase its annual grant to the festival, currently $85,000, when budget deliberations begin in January.

"I can't promise anything tonight," Randhawa said. "But I can tell you there's a lot of support around the table for this festival."

Waterfront businesses are also bracing for the change. The owner of a bar near the park, who asked that her name not be used because she is negotiating a lease renewal with the city, said festival week was "the difference between a good year and a bad year" for restaurants along the boardwalk.

Marchetti said the festival would still announce its 2025 lineup in March as planned, and that ticket prices for the remaining three days would not go up.""",
        [
            ("We knew this was coming,", "Denise Marchetti"),
            ("We've had to make some", "Denise Marchetti"),
            ("Those kids are the future", "Denise Marchetti"),
            ("redirect community investment toward housing", "Northshore Credit Union"),
            ("decades of great music.", "Northshore Credit Union"),
            ("It was a difficult decision", "spokesman"),
            ("a real gut punch for", "Curtis Abernathy"),
            ("People don't realize how many", "Curtis Abernathy"),
            ("I was sixteen the first", "Curtis Abernathy"),
            ("I can't promise anything tonight,", "Priya Randhawa"),
            ("But I can tell you", "Priya Randhawa"),
            ("the difference between a good", "owner of a bar near the park"),
        ],
    ),
    (
        """Glenmorrow reunite for first gig in 20 years: 'We owe it to Davie'

Scottish folk-rock band Glenmorrow are to reunite for a one-off concert in memory of their former bass player, who died in March.

The band, who had a string of top 40 hits in the late 1990s, split acrimoniously in 2004.

Singer Fiona Laidlaw said the remaining members had agreed to put their differences aside to honour David "Davie" McAskill, who died aged 52 after a short illness.

"We owe it to Davie. He was the glue in that band, and when he left, it all fell apart," she told BBC Scotland.

"We've not all been in a room together since 2004, so it'll be interesting."

The concert will take place at the Albany Rooms in Perth on 14 September, with proceeds going to the Strathearn Hospice, which cared for McAskill in his final weeks.

Guitarist Euan Drysdale, who famously walked out on the band midway through a tour of Germany, said the reunion was "long overdue, if I'm honest".

In a post on Facebook, he wrote: "Things were said back then that shouldn't have been. Most of them by me. Davie would be laughing at the lot of us."

McAskill's widow, Morag McAskill, said she was "overwhelmed and very proud" that the band had come together.

"He'd have hated the fuss, but he'd have loved hearing those songs again," she said.

Tickets sold out within 11 minutes of going on sale on Friday morning, according to the promoter, Northlight Live.

A spokeswoman for the hospice said the concert could raise more than £60,000.

"That's the equivalent of running our day service for around three months," she said.

The band have not ruled out further dates. Asked whether the concert could lead to a full reunion, Laidlaw said: "Let's get through one night without anyone storming off first."

Glenmorrow's best-known single, Harbour Lights, reached number 12 in the UK chart in 1998 and spent 14 weeks in the top 40.

The band released four studio albums before their split, the last of which, Low Tide Hymns, was recorded in a converted church in Fife.""",
        [
            ("We owe it to Davie", "Fiona Laidlaw"),
            ("We owe it to Davie.", "Fiona Laidlaw"),
            ("We've not all been in", "Fiona Laidlaw"),
            ("long overdue, if I'm honest", "Euan Drysdale"),
            ("Things were said back then", "Euan Drysdale"),
            ("overwhelmed and very proud", "Morag McAskill"),
            ("He'd have hated the fuss,", "Morag McAskill"),
            ("That's the equivalent of running", "spokeswoman"),
            ("Let's get through one night", "Fiona Laidlaw"),
        ],
    ),
    (
        """Malabar film festival drops opening film after protests; director says ‘we have been silenced’

KOZHIKODE

The organisers of the Malabar International Film Festival (MIFF) on Tuesday dropped director Nikhil Pothen’s Kaattile Vilakku as the festival’s opening film, a day after protesters gathered outside the main venue demanding that the film be withdrawn.

The Malayalam feature, which depicts an inter-faith relationship in a plantation town in Wayanad, had been scheduled to open the eight-day festival on Thursday. It will now be screened in the festival’s ‘Contemporary Indian Cinema’ section, with a single show on Saturday.

In a press release, the Malabar Film Society, which organises the festival, said the change had been made “in view of the prevailing law and order situation” and “after consultation with the district administration”.

Speaking to reporters in Kochi, Mr. Pothen said he had not been consulted. “I came to know from a journalist who called me for a reaction. Nobody from the festival has spoken to me even now,” he said.

“We have been silenced, and the people who silenced us have not even watched the film. That is the sad part,” Mr. Pothen added.

Actor Revathi Chandrasekar, who plays the lead role, termed the decision “a bad precedent for every filmmaker in this State”. “Today it is our film. Tomorrow it will be someone else’s,” she said in a video posted on her social media handles.

A senior official of the festival committee, who did not wish to be named, told this newspaper that the decision had been taken under “tremendous pressure from all sides”.

“We did not want a situation where delegates and the police are fighting at the gate. The film is still in the festival. It has not been banned,” the official said.

Festival director T.P. Harikumar did not respond to repeated calls.

The Kerala Film Workers’ Forum condemned the decision. Its general secretary, Joseph Mannady, said the festival had “surrendered before a handful of people”. “If a film festival cannot protect films, what is it for?” he asked.

The protesters, who identified themselves as members of a local cultural organisation, the Janasamskriti Vedi, staged a sit-in at the gate of the Town Hall on Monday evening. Its convenor, Suresh Kumar Pallath, told reporters that the film “hurts the sentiments of the community” and that the group would continue its agitation until the film was removed from the festival entirely.

The police said adequate security arrangements had been made for Saturday’s screening, and that entry would be restricted to registered delegates.""",
        [
            ("we have been silenced", "Nikhil Pothen"),
            ("in view of the prevailing", "Malabar Film Society"),
            ("after consultation with the district", "Malabar Film Society"),
            ("I came to know from", "Nikhil Pothen"),
            ("We have been silenced, and", "Nikhil Pothen"),
            ("a bad precedent for every", "Revathi Chandrasekar"),
            ("Today it is our film.", "Revathi Chandrasekar"),
            ("tremendous pressure from all sides", "senior official of the festival committee"),
            ("We did not want a", "senior official of the festival committee"),
            ("surrendered before a handful of", "Joseph Mannady"),
            ("If a film festival cannot", "Joseph Mannady"),
            ("hurts the sentiments of the", "Suresh Kumar Pallath"),
        ],
    ),
]
