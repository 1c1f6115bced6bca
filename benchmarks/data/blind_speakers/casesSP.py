CASES = [
    (
        """Castlebridge Lyceum reopens with Priestley revival after four dark years

Helen Marchbank, arts correspondent

When the safety curtain lifted at the Castlebridge Lyceum on Thursday night, it was the first time in almost four years that an audience had filled the Edwardian auditorium, and some of them seemed unsure whether to watch the stage or the ceiling.

The Grade II-listed theatre, closed in 2021 after inspectors found crumbling plaster above the dress circle, has undergone a £14.2m restoration funded largely by the council, the Northern Heritage Lottery Trust and a public appeal that raised just over £900,000.

“We were told more than once that this building was finished,” said Ruth Okonedo-Hale, the Lyceum’s chief executive. “People in this town simply refused to accept that. Every seat you’re sitting in tonight has somebody’s tenner in it.”

The opening production, a revival of JB Priestley’s An Inspector Calls directed by the theatre’s new artistic director, Tomasz Wierzbicki, was chosen, he said, because “it is a play about a town being asked what it owes to the people it forgets”.

Wierzbicki, who joined from the Carrick Playhouse in Ayr last year, said he wanted the Lyceum to be “noisy, argumentative and full” rather than a heritage attraction. “A restored theatre that nobody goes to is just a very expensive museum,” he told the Guardian before the performance. “The test isn’t tonight. The test is a wet Tuesday in February.”

The restoration has not been without controversy. The council’s decision in 2023 to commit £6m to the project while closing two branch libraries drew protests, and the opposition Liberal Democrat group described the spending as “a vanity project for the town centre”.

Cllr Janet Pryor, the council’s cabinet member for culture, defended the decision on opening night. “I understand why people were angry, and I don’t dismiss it,” she said. “But the Lyceum brings something like £8m a year into local businesses when it’s open. Those libraries were never going to be saved by letting this building fall down.”

Among the audience was 81-year-old Maureen Tolley, who said she had first come to the theatre as a child to see a pantomime in 1951. “I cried when it shut and I’ve cried again tonight,” she said. “They’ve kept the cherubs.”

The theatre’s first season includes a new play by the Castlebridge-born writer Aisha Rahman, a touring production from the Bridgewater Playhouse and the return of the annual pantomime, which the Lyceum said had already sold 70% of its tickets.

The Northern Culture Fund, which contributed £1.5m towards the new rehearsal rooms and learning centre, said in a statement that the reopening was “a landmark moment for culture in the north”.""",
        [
            ("We were told more than once", "Ruth Okonedo-Hale"),
            ("People in this town simply", "Ruth Okonedo-Hale"),
            ("it is a play about", "Tomasz Wierzbicki"),
            ("noisy, argumentative and full", "Tomasz Wierzbicki"),
            ("A restored theatre that nobody", "Tomasz Wierzbicki"),
            ("The test isn’t tonight.", "Tomasz Wierzbicki"),
            ("a vanity project for the", "Liberal Democrat group"),
            ("I understand why people were", "Janet Pryor"),
            ("But the Lyceum brings something", "Janet Pryor"),
            ("I cried when it shut", "Maureen Tolley"),
            ("They’ve kept the cherubs.", "Maureen Tolley"),
            ("a landmark moment for culture", "Northern Culture Fund"),
        ],
    ),
    (
        """German museum refuses to return carved throne claimed by Cameroonian kingdom

BERLIN (AP) — A museum in southwestern Germany said Tuesday it will not return a carved royal throne to a traditional kingdom in Cameroon, arguing that the 19th-century object was acquired legally, in a decision that drew sharp criticism from the kingdom and from German campaigners.

The Rothenau Museum of World Cultures said its board had concluded after a two-year provenance review that the beaded throne was given to a German trader, Carl Emmerich Voss, by a local chief in 1894 as part of a commercial agreement, and was not seized by colonial troops.

"We have looked at every document we could find, in Germany and in Cameroon," museum director Sabine Kettler told reporters in Rothenau. "On the evidence we have, this was an exchange, not a theft. That is not the end of the conversation, but it is the basis on which the board had to decide."

The Kingdom of Nsanji, in Cameroon's Western Highlands, has sought the throne's return since 2019. Its ruler, Fon Ndifor Achu III, wrote in a letter to the museum last year that the object "left our palace at a time when no one could refuse a white man with soldiers behind him."

A palace spokesman, reached by phone in Bamenda, said the decision was "deeply hurtful" and that the kingdom would ask Germany's federal government to intervene.

"They say it was a gift. You do not give away the seat of your ancestors," the spokesman said. "Our elders remember the story differently, and our memory is also evidence."

Germany has returned hundreds of objects taken during the colonial period in recent years, and several regional museums have handed back items to countries in Africa and the Pacific.

The Rothenau museum's decision follows a report by an independent panel of historians, which found "no conclusive evidence" of violence in the acquisition but noted that Voss had traveled with an armed escort provided by the colonial administration.

Campaigners said that detail should have settled the matter. Jonas Weidemann, who coordinates the campaign group Open the Vaults, said the museum was hiding behind paperwork.

"The idea that a fair bargain could be struck under those conditions is absurd," Weidemann said. "The museum is asking the victims to produce receipts."

The Baden-Württemberg Ministry of Science, Research and the Arts, which oversees the museum's funding, said in a statement it "respects the independence of the museum's board" but would invite both sides to talks in the spring.

Kettler said the throne would remain on display with a new label explaining the dispute. Asked whether the decision could be revisited, she said: "If new evidence emerges, of course. We are not closing the door."

The museum plans to hold a public discussion on the throne's history in November.""",
        [
            ("We have looked at every", "Sabine Kettler"),
            ("On the evidence we have,", "Sabine Kettler"),
            ("left our palace at a", "Ndifor Achu III"),
            ("deeply hurtful", "spokesman"),
            ("They say it was a", "spokesman"),
            ("Our elders remember the story", "spokesman"),
            ("no conclusive evidence", "independent panel of historians"),
            ("The idea that a fair", "Jonas Weidemann"),
            ("The museum is asking the", "Jonas Weidemann"),
            ("respects the independence of the", "Baden-Württemberg Ministry of Science, Research and the Arts"),
            ("If new evidence emerges, of", "Sabine Kettler"),
        ],
    ),
    (
        """Youth theatre faces closure as funding body pulls £180,000 grant

By Craig Dalgleish

A youth theatre that has trained generations of young actors in Angus faces closure after losing its entire core funding in a shake-up by Scotland's arts investment body.

Arbrechan Youth Theatre, which works with more than 400 children and teenagers a week, was told on Friday that its application for multi-year funding from the Scottish Arts Investment Board (SAIB) had been unsuccessful.

The decision removes £180,000 a year - around two-thirds of the organisation's income - from April.

Director Fiona McAteer said staff had been 'completely blindsided'.

'We were given no warning and no real explanation,' she said. 'We scored well on every criterion in the assessment, and then we were told there simply wasn't enough money to go round.

'I've had parents on the phone in tears. For a lot of these kids, this is the one place in the week where they're not judged on their exam results.'

The youth theatre is one of 31 organisations across Scotland that lost out in the latest round, which the board said was oversubscribed by more than £40 million.

In a statement, the SAIB said: 'We recognise how difficult this news is for the organisations affected. The reality is that demand far outstrips the budget available to us, and we have had to make extremely hard choices.'

The statement added that unsuccessful applicants would be offered 'transition support' for six months.

Local MSP Graham Lindsay said he had written to the culture secretary to demand an urgent review.

'This is a scandal, frankly,' Mr Lindsay said. 'Arbrechan Youth Theatre has produced actors who have gone on to the West End and to television, but more importantly it has given thousands of ordinary young people confidence. You cannot put a price on that, but apparently the board has.'

Former member Callum Rennie, 24, who now works as a professional actor in Glasgow, said he would 'not be doing what I do' without the group.

'I was a shy kid from a scheme who didn't talk to anyone,' he said. 'Somebody at the youth theatre handed me a script and told me I was playing the king. That changed everything.'

A Scottish Government spokeswoman said funding decisions were a matter for the board, which operates at arm's length from ministers.

She added: 'The government has increased culture spending this year and remains committed to ensuring that young people across Scotland can access the arts.'

Ms McAteer said the youth theatre would appeal against the decision and launch a crowdfunding campaign, 'Keep Arbrechan Acting', next week.

'We're not going down without a fight,' she said. 'These young people deserve better than a form letter.'""",
        [
            ("completely blindsided", "Fiona McAteer"),
            ("We were given no warning", "Fiona McAteer"),
            ("We scored well on every", "Fiona McAteer"),
            ("I've had parents on the", "Fiona McAteer"),
            ("We recognise how difficult this", "Scottish Arts Investment Board"),
            ("transition support", "Scottish Arts Investment Board"),
            ("This is a scandal, frankly", "Graham Lindsay"),
            ("Arbrechan Youth Theatre has produced", "Graham Lindsay"),
            ("not be doing what I", "Callum Rennie"),
            ("I was a shy kid", "Callum Rennie"),
            ("Somebody at the youth theatre", "Callum Rennie"),
            ("The government has increased culture", "spokeswoman"),
            ("We're not going down without", "Fiona McAteer"),
            ("These young people deserve better", "Fiona McAteer"),
        ],
    ),
    (
        """A Playwright Goes Home to Ohio, and Brings the Factory With Her

By Jonah Feldstein

When Renata Solís was 9, her father drove her past the shuttered steel mill in Carver Falls, Ohio, where he had worked for 22 years, and told her to remember what it looked like lit up at night. She could not, she said, because she had never seen it that way.

“I only ever knew it dark,” Ms. Solís said in an interview last week at the Mercer Street Theater in Manhattan, where her new play, “The Furnace Hours,” opens on Sunday. “That absence was the whole landscape of my childhood. Everybody was talking about a place that didn’t exist anymore.”

The play, which follows three generations of a Mexican American family over a single night shift in 1979, is the first major production for Ms. Solís since “Lakeside Motor Inn,” her 2016 drama that transferred to Broadway and was a finalist for the Pulitzer Prize. In the years since, she said, she wrote and abandoned four plays.

“I kept writing things that were clever,” she said. “Nobody needs me to be clever.”

The production is directed by Tobias Grant, who also staged “Lakeside Motor Inn,” and stars Luis Echeverría and Dolores Amado as the family’s patriarch and matriarch. Mr. Grant described rehearsals as “loud, sweaty and very Ohio,” and said the design team had built a working conveyor belt for the second act.

“Renata writes work the way people actually do it — with their whole bodies, bored and scared at the same time,” he said. “You can’t fake that on a bare stage. We needed the noise.”

The Mercer Street Theater, a 199-seat nonprofit house, has struggled since the pandemic, like many Off Broadway companies. Its artistic director, Priya Lakhani, said subscriptions were still about 30 percent below 2019 levels, and that the company had cut one production from its season to afford this one.

“It’s a gamble, and I won’t pretend otherwise,” Ms. Lakhani said. “But if we only programmed what we knew would sell, we would be a very different theater, and I don’t think a very interesting one.”

Early previews have sold well, according to the theater, and the run has been extended by two weeks, to March 30.

For Ms. Solís, the question of whether New York audiences will connect with a story about Ohio steelworkers is not one she spends much time on. Her father, Ernesto Solís, now 78, plans to attend opening night.

“He read the script in December,” she said. “He called me and said, ‘You got the lunch pails wrong.’ That was his only note. I fixed the lunch pails.”""",
        [
            ("I only ever knew it", "Renata Solís"),
            ("That absence was the whole", "Renata Solís"),
            ("I kept writing things that", "Renata Solís"),
            ("Nobody needs me to be", "Renata Solís"),
            ("loud, sweaty and very Ohio", "Tobias Grant"),
            ("Renata writes work the way", "Tobias Grant"),
            ("You can’t fake that on", "Tobias Grant"),
            ("It’s a gamble, and I", "Priya Lakhani"),
            ("But if we only programmed", "Priya Lakhani"),
            ("He read the script in", "Renata Solís"),
            ("He called me and said,", "Renata Solís"),
            ("You got the lunch pails", "Ernesto Solís"),
        ],
    ),
    (
        """Sacred objects taken from NSW community in 1880s to come home after English museum backs down

By Tom Nguyen

Elders from a remote community in north-west New South Wales say they are overwhelmed after a museum in England agreed to return dozens of sacred objects taken from their country more than 140 years ago.

The 38 items, including carved shields, ceremonial boards and a possum-skin cloak, were collected by a pastoralist and amateur naturalist in the 1880s and later donated to the Ashworth Museum in the Lancashire town of Pendlesham.

For years the museum resisted requests from the Yarrandi people, arguing the objects had been legally acquired and were important for research.

But its trustees last week voted unanimously to hand them back, following a two-year campaign led by the Yarrandi Elders Council.

Yarrandi elder Aunty Margaret Dawes said the news had been met with tears in the community of Cullamine.

"We've been asking for our old people's things since before I was born," she said.

"My grandmother wrote letters. My mother wrote letters. I've written letters. Now my grandkids will be the ones who carry them back onto country."

Aunty Margaret said some of the boards were restricted objects that "should never have been seen by outsiders in the first place" and would not be put on public display once they were returned.

In a statement, the Ashworth Museum said its understanding of the collection had "changed profoundly" in recent years.

"We acknowledge that these objects were removed without the free and informed consent of the Yarrandi people, and that their continued presence in Pendlesham has caused real hurt," the statement said.

"Returning them is the right thing to do."

The museum's director, Dr Simon Ellery, will travel to Australia for a handover ceremony expected in September.

A spokesperson for the federal arts department said the Government had supported the community's claim since 2022 and would cover the cost of bringing the objects home.

Joel Mabbutt, a historian at Northern Tablelands University who traced the collection's paper trail through shipping records and museum archives, said the case showed how much attitudes in Britain had shifted.

"Ten years ago a museum like this would have written back and said no, thank you, and that would have been the end of it," Dr Mabbutt said.

"What's shifted is that communities now have the records, the lawyers and the public on their side."

He said hundreds of Aboriginal and Torres Strait Islander objects remained in regional British museums, many of them "sitting in boxes that nobody has opened in decades".

The Yarrandi Elders Council said it planned to build a keeping place in Cullamine to house the returned objects, with design work to begin next year.""",
        [
            ("We've been asking for our", "Margaret Dawes"),
            ("My grandmother wrote letters. My", "Margaret Dawes"),
            ("should never have been seen", "Margaret Dawes"),
            ("changed profoundly", "Ashworth Museum"),
            ("We acknowledge that these objects", "Ashworth Museum"),
            ("Returning them is the right", "Ashworth Museum"),
            ("Ten years ago a museum", "Joel Mabbutt"),
            ("What's shifted is that communities", "Joel Mabbutt"),
            ("sitting in boxes that nobody", "Joel Mabbutt"),
        ],
    ),
    (
        """Hallford arts groups warn of closures after council cuts cultural grants by 40%

Budget approved 7-4 freezes property taxes but slashes community arts fund

Arts groups in Hallford, Ont., say some of them may not survive the year after city council voted to cut its cultural grants program by 40 per cent as part of a budget aimed at freezing property taxes.

Council approved the 2025 budget late Wednesday by a vote of 7-4, reducing the community arts fund from $2.1 million to $1.26 million.

Mayor Dave Kowalczyk said the cuts were painful but necessary.

"Nobody on this council got into politics to cut arts funding," Kowalczyk told reporters after the vote. "But when I knock on doors, people aren't asking me about the symphony. They're asking me how they're going to pay their grocery bill and their tax bill in the same month."

The city's cultural grants support about 60 organizations, from the Hallford Symphony Orchestra to small festivals and community theatre companies.

Anne-Marie Thibodeau, executive director of the Hallford Symphony Orchestra, said the orchestra stands to lose about $140,000.

"That's our entire education program," she said. "That's every school concert we play for kids who've never heard a live orchestra. Those are the first things to go, because they don't sell tickets."

Coun. Marcus Oyelaran, who voted against the budget, called the cut "short-sighted" and said it would cost the city more in the long run. He pointed to a 2023 city-commissioned study that found every dollar of municipal arts funding generated about $7 in local economic activity.

"We are cutting one of the few things that actually pays us back," Oyelaran said during the debate. "I don't know how you square that with being fiscally responsible."

Some residents who spoke at the meeting supported the cuts. Greg Haney, who said he had lived in the city for 30 years, told council that "arts are nice to have, but they're not roads, they're not snow removal."

The Lantern Street Players, a community theatre company, said in a post on its website that the loss of its $18,000 grant "puts our spring season in serious doubt."

"We are a volunteer-run company and that grant pays for the hall," the post said. "Without it, we don't have a stage."

The city's director of community services, Leanne Frost, said staff would work with affected groups to find other sources of money, including provincial grants and corporate sponsorship.

Arts advocates say those sources are already stretched. A spokesperson for the provincial arts council said its own programs were "heavily oversubscribed" this year.

Thibodeau said the orchestra would launch an emergency fundraising appeal next week.

"We'll find a way through this season," she said. "I'm less sure about the next one."

Council is scheduled to review the grants program again in the fall.""",
        [
            ("Nobody on this council got", "Dave Kowalczyk"),
            ("But when I knock on", "Dave Kowalczyk"),
            ("That's our entire education program", "Anne-Marie Thibodeau"),
            ("That's every school concert we", "Anne-Marie Thibodeau"),
            ("short-sighted", "Marcus Oyelaran"),
            ("We are cutting one of", "Marcus Oyelaran"),
            ("I don't know how you", "Marcus Oyelaran"),
            ("arts are nice to have,", "Greg Haney"),
            ("puts our spring season in", "Lantern Street Players"),
            ("We are a volunteer-run company", "Lantern Street Players"),
            ("Without it, we don't have", "Lantern Street Players"),
            ("heavily oversubscribed", "spokesperson"),
            ("We'll find a way through", "Anne-Marie Thibodeau"),
            ("I'm less sure about the", "Anne-Marie Thibodeau"),
        ],
    ),
    (
        """Heirs of Jewish collector sue Austrian gallery over portrait sold in 1938

VIENNA, March 4 (Reuters) - The heirs of a Jewish art collector whose family fled Vienna in 1938 have filed a lawsuit against an Austrian regional gallery, demanding the return of an expressionist portrait they say was sold under Nazi duress, their lawyer said on Tuesday.

The painting, "Woman in a Green Shawl" (1911) by Austrian painter Egon Haidinger, has hung in the Upper Danube Gallery in Linz since 1955 and is valued at up to 25 million euros ($27 million), according to court documents seen by Reuters.

Its former owner, textile manufacturer Leopold Rosenzweig, sold the painting to a Viennese dealer in November 1938, months after Nazi Germany annexed Austria. Rosenzweig and his wife escaped to London the following year; his brother died at Theresienstadt.

"This was not a sale in any meaningful sense of the word," said Miriam Hart, the heirs' lawyer in New York. "A Jewish family in Vienna in 1938 had no freedom to decide anything. The price he was paid would not have bought a used car."

The Federal Restitution Advisory Commission rejected the family's claim in 2019, finding that the price paid was "within the market range of the time" and that Rosenzweig had received the money in full.

The gallery said in a statement it would "respect the outcome of the court proceedings" but stood by the commission's findings.

"The Upper Danube Gallery has always treated questions of provenance with the utmost seriousness," the statement said, adding that it had published its full research on the painting online in 2020.

Rosenzweig's granddaughter, Ruth Rosenzweig-Caldwell, 71, who lives in Manchester, England, said the family had waited long enough.

"My grandfather never spoke about the painting. I only learned about it from a box of letters after my father died," she told Reuters by telephone. "I'm not doing this for money. I'm doing it because the word 'voluntary' is a lie."

The case is being closely watched by restitution experts. Austria's 1998 art restitution law covers only federal collections; the Linz gallery is owned by the province of Upper Austria, which adopted its own, narrower rules in 2001.

A person familiar with the culture ministry's thinking said officials were concerned that a ruling against the gallery could open the door to dozens of similar claims against regional museums.

"There is a real worry that this becomes a test case," the person said, speaking on condition of anonymity because the discussions were private.

Hart said the family was also prepared to negotiate a settlement. "We would far rather sit at a table than in a courtroom," she said. "But the table has to exist first."

The regional court in Linz is expected to hold a first hearing in June.

(Reporting by Katharina Moser; Editing by Alison Williams)""",
        [
            ("This was not a sale", "Miriam Hart"),
            ("A Jewish family in Vienna", "Miriam Hart"),
            ("within the market range of", "Federal Restitution Advisory Commission"),
            ("respect the outcome of the", "Upper Danube Gallery"),
            ("The Upper Danube Gallery has", "Upper Danube Gallery"),
            ("My grandfather never spoke about", "Ruth Rosenzweig-Caldwell"),
            ("I'm not doing this for", "Ruth Rosenzweig-Caldwell"),
            ("There is a real worry", "person familiar with the culture ministry's thinking"),
            ("We would far rather sit", "Miriam Hart"),
            ("But the table has to", "Miriam Hart"),
        ],
    ),
    (
        """Kilcarrow theatre festival opens as directors warn over funding

Aoife Kenneally

The Kilcarrow Theatre Festival opened on Wednesday night with the premiere of a new play by Co Clare writer Seán Mac Giolla Rua, but the mood among organisers was tempered by warnings that the event could shrink sharply next year without additional public funding.

Festival director Gráinne Ní Bhriain told the opening-night audience in the Town Hall Theatre that costs had risen by almost a third since 2022 while the festival’s core grant had remained flat.

“We are doing more with less every single year, and at some point that stops being efficiency and starts being erosion,” she said. “I don’t want to stand up here next October and tell you we’ve cut the programme in half. But I might have to.”

The festival, now in its 19th year, runs for 11 days and features 23 productions, including work from Poland, Iceland and Northern Ireland. Organisers estimate it brings about €4 million into the local economy.

Its main funder, the National Theatre Fund, increased its overall budget by 4 per cent this year, but a spokeswoman said the agency had received applications worth almost three times the money available.

“Every funding round involves difficult decisions, and we are acutely aware of the pressures facing festivals around the country,” the spokeswoman said.

Speaking in Kilcarrow earlier in the day, Minister for Culture Declan Foley said the Government had “prioritised the arts” in the last two budgets and pointed to the expansion of a pilot income scheme for artists.

“I hear what festival directors are saying, and I take it seriously,” he said. “But I’d ask people to look at where we were five years ago and where we are now. This is a Government that has put real money into culture.”

The opening production, The Salt Road, follows two sisters who return to a depopulating island off the Clare coast to clear out their late father’s house. Mac Giolla Rua, a former secondary school teacher, said the play grew out of “a decade of funerals” on the island where his own mother was born.

“Every time I went back there were fewer lights on,” he said. “I wanted to write about what it means to be the last people who remember a place.”

The production’s director, Lorna Keaveney, said the festival had given the play a home when larger venues passed on it. “Nobody else would touch it. It’s two women in a kitchen for 90 minutes,” she said, laughing. “Kilcarrow said yes in about a week.”

Local publican and festival volunteer Tommy Breathnach said the town’s hotels and restaurants were fully booked for the opening weekend. “October used to be dead here,” he said. “Now it’s the busiest fortnight of the year.”

The festival continues until October 19th.""",
        [
            ("We are doing more with", "Gráinne Ní Bhriain"),
            ("I don’t want to stand", "Gráinne Ní Bhriain"),
            ("Every funding round involves difficult", "spokeswoman"),
            ("prioritised the arts", "Declan Foley"),
            ("I hear what festival directors", "Declan Foley"),
            ("But I’d ask people to", "Declan Foley"),
            ("a decade of funerals", "Seán Mac Giolla Rua"),
            ("Every time I went back", "Seán Mac Giolla Rua"),
            ("I wanted to write about", "Seán Mac Giolla Rua"),
            ("Nobody else would touch it.", "Lorna Keaveney"),
            ("Kilcarrow said yes in about", "Lorna Keaveney"),
            ("October used to be dead", "Tommy Breathnach"),
            ("Now it’s the busiest fortnight", "Tommy Breathnach"),
        ],
    ),
]
