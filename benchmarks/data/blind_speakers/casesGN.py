CASES = [
    (
        """Red Mesa Film Festival Names New Director After a Turbulent Year

By Jonathan Pell

The Red Mesa Film Festival, the small but influential showcase held each September in the mountain town of Calder Springs, Colo., has named Andrea Kowalczyk, a longtime programmer at the Lakeshore International Film Festival in Chicago, as its next artistic director.

Ms. Kowalczyk, 46, succeeds Martin Abernathy, who stepped down in March after 14 years amid a dispute with the festival's board over finances and a planned expansion.

"Red Mesa has always been a place where filmmakers come to take risks, and audiences come to meet them halfway," Ms. Kowalczyk said in an interview on Tuesday. "I don't want to change that. I want to protect it."

The festival, which screens about 40 features over five days, has become a reliable launching pad for awards-season contenders. Three of the last five best picture nominees had their North American premieres there, according to the festival.

But the past year has been difficult. A fund-raising shortfall of roughly $1.2 million led the board to cancel a planned winter edition, and several longtime staff members left. In a letter to donors in April, the festival acknowledged "a period of real strain" and promised to put its operations on "a more sustainable footing."

Gregory Tamsin, the chairman of the festival's board, said the search committee had interviewed more than 30 candidates. "Andrea understood immediately what makes this festival different," he said. "She also understood that we cannot keep doing everything at once."

Mr. Abernathy, reached by phone, was gracious. "She's a terrific choice," he said, adding that he hoped the board would give her "the room to program boldly."

Some filmmakers who have premiered work at Red Mesa expressed cautious optimism. Luis Ortega-Reyes, whose documentary "The Salt Road" won the audience award there in 2021, said the festival's intimacy was its greatest asset.

"You end up in line for coffee next to someone who just watched your film, and they tell you exactly what they thought," he said. "That doesn't happen at the big festivals."

Ms. Kowalczyk said her first edition would keep the five-day format but add a small sidebar devoted to first-time directors from the Mountain West. She declined to discuss her salary or the festival's budget, saying only that the board had "been very honest with me about the numbers."

The festival will announce its lineup in late August.""",
        [
            ("Red Mesa has always been a", "Andrea Kowalczyk"),
            ("I don't want to change", "Andrea Kowalczyk"),
            ("a period of real strain", "Red Mesa Film Festival"),
            ("a more sustainable footing.", "Red Mesa Film Festival"),
            ("Andrea understood immediately what makes", "Gregory Tamsin"),
            ("She also understood that we", "Gregory Tamsin"),
            ("She's a terrific choice,", "Martin Abernathy"),
            ("the room to program boldly.", "Martin Abernathy"),
            ("You end up in line", "Luis Ortega-Reyes"),
            ("That doesn't happen at the", "Luis Ortega-Reyes"),
            ("been very honest with me", "Andrea Kowalczyk"),
        ],
    ),
    (
        """Debut novel about Teesside steelworks wins £30,000 Halloran prize

Hannah Whitcombe

A debut novel set in the final months of a Teesside steelworks has won the £30,000 Halloran prize for fiction, beating two former winners and a shortlist the chair of judges, the novelist Priya Raman, described as “ferociously strong”.

Ellen Mordaunt’s The Furnace Year, published by the small Leeds-based press Gannet Books, follows three generations of a Redcar family as the works wind down in 2015.

Raman said the panel had reached a unanimous decision after “about four minutes” of discussion. “We kept coming back to it,” she said. “It is a book about work and about what happens to people when the work goes away, and it never once condescends to its characters. There isn’t a wasted sentence.”

Mordaunt, 52, a former English teacher who wrote the novel in the early mornings before school, said she was “completely floored” by the win.

“I wrote it for my dad, really, and for the men he worked with,” she told the audience at the ceremony in London on Thursday night. “Most of them never read novels. I hope a few of them read this one.”

The book has sold fewer than 3,000 copies since its publication in February, according to industry figures, but booksellers expect the prize to change that. Gannet Books said it had ordered a reprint of 20,000 copies on Friday morning.

“We are a team of four people working out of a converted chapel,” said Tom Ashdown, Gannet’s publisher. “This is the kind of thing that simply doesn’t happen to presses like ours. We’re going to have to hire someone to answer the phone.”

The Halloran prize, founded in 2009 by the philanthropist Margaret Halloran, is open to novels by writers resident in the UK and Ireland. Previous winners include Daniel Okafor and Siobhán Kearney, both of whom were on this year’s shortlist.

In a statement, the Halloran Foundation said the prize had received a record 212 submissions this year, nearly a third of them from independent publishers. “Independent presses are where so much of the risk-taking in British fiction now happens,” the statement said.

Not everyone was delighted. One literary agent, who asked not to be named because they represent a shortlisted author, said the judges had “played it safe by rewarding a worthy book about the north”.

Mordaunt said she was already at work on a second novel, set on a North Sea ferry. “It’s early days,” she said. “Ask me again in five years.”""",
        [
            ("ferociously strong", "Priya Raman"),
            ("about four minutes", "Priya Raman"),
            ("We kept coming back to", "Priya Raman"),
            ("It is a book about", "Priya Raman"),
            ("completely floored", "Ellen Mordaunt"),
            ("I wrote it for my", "Ellen Mordaunt"),
            ("Most of them never read", "Ellen Mordaunt"),
            ("We are a team of", "Tom Ashdown"),
            ("This is the kind of", "Tom Ashdown"),
            ("Independent presses are where so", "Halloran Foundation"),
            ("played it safe by rewarding", "literary agent"),
            ("It’s early days,", "Ellen Mordaunt"),
            ("Ask me again in five", "Ellen Mordaunt"),
        ],
    ),
    (
        """Gallery that launched careers of Mercer Prize nominees to close after funding cut

By Simon Carrick, Arts Correspondent

A gallery credited with giving early shows to three Mercer Prize nominees is to close this summer after losing its public funding, its director has said.

The Quayside Gallery, which has occupied a former tobacco warehouse on the Kingsmouth waterfront since 1994, will shut its doors on August 31. Its annual grant of £340,000 from the National Arts Investment Board was not renewed in the latest funding round.

Rachel Dunmore, the gallery's director since 2011, said the decision was 'a death sentence delivered by spreadsheet'.

'We have spent thirty years finding artists before anyone else had heard of them,' she said. 'That work doesn't show up in visitor numbers for a decade, and by then the credit goes to somebody else.'

The gallery gave first solo exhibitions to Kofi Mensah-Hart, Lydia Brack and Owen Pryce, all of whom were later shortlisted for the Mercer Prize, Britain's best-known contemporary art award.

Mensah-Hart, whose installation of salvaged ship's rope was shown at the Quayside in 2003, called the closure 'a catastrophe for the south-west'. He added: 'Without Rachel and her team I would still be working nights in a call centre. I am not exaggerating.'

A spokeswoman for the National Arts Investment Board said it had 'made difficult choices within a reduced settlement' and that the Quayside had been offered transition funding to help it wind down. 'We recognise the contribution the gallery has made over many years,' she said. 'We will continue to invest in the visual arts across the region.'

Local councillors have pledged to look for alternative support. Neil Hargreaves, cabinet member for culture at Kingsmouth City Council, said the council could not replace the grant but was 'exploring every option', including a reduced rent on the warehouse, which it owns.

'I won't pretend there's a pot of money sitting in a drawer somewhere,' Mr Hargreaves said. 'There isn't. But I don't accept that this is the end of the story.'

Staff were told of the decision at a meeting on Tuesday morning. One employee, who did not wish to be named, said the mood had been 'numb more than angry'. 'Most of us saw it coming,' she said. 'That doesn't make it any easier.'

Ms Dunmore said the gallery's final exhibition, a survey of work by artists it had championed, would open in June. 'If we're going out,' she said, 'we're going out properly.'""",
        [
            ("a death sentence delivered by", "Rachel Dunmore"),
            ("We have spent thirty years", "Rachel Dunmore"),
            ("That work doesn't show up", "Rachel Dunmore"),
            ("a catastrophe for the south-west", "Kofi Mensah-Hart"),
            ("Without Rachel and her team", "Kofi Mensah-Hart"),
            ("made difficult choices within a", "spokeswoman"),
            ("We recognise the contribution the", "spokeswoman"),
            ("We will continue to invest", "spokeswoman"),
            ("exploring every option", "Neil Hargreaves"),
            ("I won't pretend there's a", "Neil Hargreaves"),
            ("There isn't. But I don't", "Neil Hargreaves"),
            ("numb more than angry", "employee"),
            ("Most of us saw it", "employee"),
            ("That doesn't make it any", "employee"),
            ("If we're going out,", "Rachel Dunmore"),
            ("we're going out properly.", "Rachel Dunmore"),
        ],
    ),
    (
        """Tennessee library board keeps challenged novels on shelves after packed meeting

MILLBROOK, Tenn. (AP) — A county library board in Tennessee voted 4-3 on Monday night to keep two young adult novels on its shelves, ending a monthslong dispute that drew hundreds of residents to a meeting that stretched past midnight.

The Harlan County Public Library board had been asked to remove "The Weight of Small Things" and "Summer at Cutter's Pond" after a group of parents said the books contained sexual content unsuitable for teenagers.

"We are not here to tell any family what their children can read," board chair Denise Whitfield said before the vote. "We are here to decide whether every family in this county loses the right to choose. I don't think we should."

Speakers lined up for nearly five hours. Some read passages aloud; others simply stated their names and sat down to applause.

Carla Jennings, a mother of three who helped organize the challenge, said she was disappointed but not surprised. "This isn't about banning anything," Jennings said. "It's about where the books are shelved and who's deciding what's age-appropriate. We'll keep showing up."

Jennings' group, Harlan Parents for Accountability, said in a statement after the meeting that the vote "ignored the concerns of hundreds of local families" and that it would ask the county commission to review the library's collection policy.

Librarian Marcus Bell, who has worked at the library's main branch for 22 years, told the board that the two novels had been checked out a combined 41 times since they were acquired in 2019. He said no formal complaint had been filed until last fall.

"Our job is to serve the whole community, including the people we disagree with," Bell said.

The author of "The Weight of Small Things," Rebecca Lindqvist, told The Associated Press in an email that she was "relieved and grateful" for the outcome. "Teenagers deserve books that take their lives seriously," she wrote.

Challenges to library materials have risen sharply across the South in recent years, according to the Southern Library Alliance, a regional advocacy group, which counted more than 300 formal challenges in Tennessee alone last year.

Board member Ray Dockery, who voted to remove the books, said he respected the outcome but worried the issue would "keep dividing this county until somebody finds a middle ground."

"I've got grandkids," Dockery said. "I'm not against reading. I'm against pretending these decisions don't matter."

The board is scheduled to meet again in June.""",
        [
            ("We are not here to", "Denise Whitfield"),
            ("We are here to decide", "Denise Whitfield"),
            ("This isn't about banning anything,", "Carla Jennings"),
            ("It's about where the books", "Carla Jennings"),
            ("ignored the concerns of hundreds", "Harlan Parents for Accountability"),
            ("Our job is to serve", "Marcus Bell"),
            ("relieved and grateful", "Rebecca Lindqvist"),
            ("Teenagers deserve books that take", "Rebecca Lindqvist"),
            ("keep dividing this county until", "Ray Dockery"),
            ("I've got grandkids,", "Ray Dockery"),
            ("I'm not against reading.", "Ray Dockery"),
        ],
    ),
    (
        """Film festival drops energy firm sponsor after directors' boycott

A Scottish film festival has ended its sponsorship deal with an oil and gas company after more than 40 film-makers threatened to withdraw their work.

The Port Carrick International Film Festival (PCIFF) said it would no longer accept funding from Northwater Energy, which had backed the event since 2018.

The director Fiona MacLeish, who organised an open letter signed by the film-makers last week, said they could not "in good conscience" screen their work under the company's logo.

The festival's chief executive, Alasdair Munro, said the decision had been "painful but necessary".

"We rely on sponsorship to keep ticket prices low and to pay the people who make this festival happen," he said. "That has not changed.

"But a festival is nothing without its film-makers, and it became clear that we could not hold on to both."

Northwater Energy said in a statement that it was "disappointed" by the decision but respected the festival's independence.

"We are proud of the support we have given to Scottish film over the past six years," the company said.

The festival, which runs for 10 days each June, attracted about 65,000 visitors last year.

Its budget is about £2.4m, of which Northwater contributed roughly £180,000 a year, according to the festival's published accounts.

MacLeish, whose drama The Tideline opened the festival in 2022, welcomed the move.

"This is a good day," she told the BBC. "Nobody wanted to walk away from Port Carrick. It's a festival we love. We just needed it to be on the right side of this."

Some in the industry warned that other festivals could face similar pressure without alternative sources of income.

A senior figure at another Scottish festival, who asked not to be named, said: "Everyone is applauding today, but nobody is offering to write a cheque for £180,000. That's the real conversation."

Mr Munro said the festival was in talks with "several potential partners" and expected to announce a new sponsor before the programme launch in April.""",
        [
            ("in good conscience", "Fiona MacLeish"),
            ("painful but necessary", "Alasdair Munro"),
            ("We rely on sponsorship to", "Alasdair Munro"),
            ("That has not changed.", "Alasdair Munro"),
            ("But a festival is nothing", "Alasdair Munro"),
            ("disappointed", "Northwater Energy"),
            ("We are proud of the", "Northwater Energy"),
            ("This is a good day,", "Fiona MacLeish"),
            ("Nobody wanted to walk away", "Fiona MacLeish"),
            ("Everyone is applauding today, but", "senior figure at another Scottish festival"),
            ("several potential partners", "Alasdair Munro"),
        ],
    ),
    (
        """A quiet documentary about a Maine lobsterman sets off a bidding war at Cedar Hollow

By Marisa Delgado

CEDAR HOLLOW, Vt. — For most of its 94-minute running time, "Slack Water" is a film about a man fixing things: a bilge pump, a winch, a marriage. On Saturday night, it became the most expensive documentary acquisition in the seven-year history of the Cedar Hollow Film Festival.

The streaming service Lanternfly acquired worldwide rights to the film for a sum that two people familiar with the negotiations put at about $9 million, after an overnight bidding war involving at least three buyers. Lanternfly declined to comment on the price.

"We haven't seen a room respond like that in years," said Priscilla Okonjo, Lanternfly's head of documentary, who attended the premiere. "People were crying during a scene about a diesel engine. That's when you know."

Directed by first-time filmmaker Sam Beaulieu, "Slack Water" follows his uncle, Denis Beaulieu, through a season on the water off Gannet Island as he weighs whether to sell his boat and his license.

Reached by phone Sunday, Sam Beaulieu said he had not slept. "I made this movie for about $60,000 and two credit cards," he said. "My uncle still doesn't totally understand what happened. He asked me if this means he has to go to Los Angeles. I told him no."

Denis Beaulieu, 71, was more succinct. "It's a nice movie," he said. "Long, though."

The sale is the latest sign that buyers are returning to smaller festivals after two lean years. Festival director Helen Marchetti said attendance was up 30 percent over last year, and that industry badges had sold out for the first time.

"For a while, buyers only went where the stars were," Marchetti said. "Now they're realizing that the films people actually talk about are often the ones nobody's heard of yet."

Not everyone is convinced the boom will last. One veteran sales agent, who spoke on the condition of anonymity to discuss private negotiations, said some buyers were "overpaying out of fear of missing out" and predicted a correction within a year.

"Ask me in eighteen months how many of these films anybody actually watched," the agent said.

In a statement Sunday, Lanternfly called the film "a small story with an enormous heart" and said it would be released next spring, with a limited theatrical run in New England before it arrives on the platform.""",
        [
            ("We haven't seen a room", "Priscilla Okonjo"),
            ("People were crying during a", "Priscilla Okonjo"),
            ("I made this movie for", "Sam Beaulieu"),
            ("My uncle still doesn't totally", "Sam Beaulieu"),
            ("It's a nice movie,", "Denis Beaulieu"),
            ("Long, though.", "Denis Beaulieu"),
            ("For a while, buyers only", "Helen Marchetti"),
            ("Now they're realizing that the", "Helen Marchetti"),
            ("overpaying out of fear of", "veteran sales agent"),
            ("Ask me in eighteen months", "veteran sales agent"),
            ("a small story with an", "Lanternfly"),
        ],
    ),
    (
        """Novelist warns publishers against AI shortcuts at Wyeford festival

By Clare Henshaw, Arts Correspondent

The novelist Margaret Lyle-Forbes has accused British publishers of ‘quietly hollowing out’ the craft of translation and editing by turning to artificial intelligence to cut costs.

Speaking to a packed tent at the Wyeford Literary Festival on Saturday, the twice-shortlisted author of The Orchard Keepers said she had learnt that a foreign-language edition of one of her novels had been translated ‘largely by machine’ and then lightly revised.

‘I found out by accident, from a reader in Lisbon who wrote to tell me that my characters had started speaking like instruction manuals,’ she said. ‘Nobody asked me. Nobody told the translator whose name is on the cover, as far as I can tell, how much of the work had been done before she ever saw it.’

Lyle-Forbes, 68, did not name the publisher involved. She told the audience: ‘I’m not interested in a witch hunt. I’m interested in honesty. If a book has been put through a machine, readers deserve to know.’

Her remarks drew sustained applause and were echoed by other writers appearing at the festival. The poet Daniel Achterberg, speaking in the same tent an hour later, called the practice ‘a kind of fraud, frankly’.

The Guild of Literary Translators said it had received ‘a steady stream’ of similar complaints from members over the past 18 months. According to a survey it published in March, more than a third of working translators said they had lost work to AI tools.

Joanna Pell, the guild’s chair, said: ‘Translation is not a word-substitution exercise. It is an act of interpretation, and it is being devalued at precisely the moment we need more of it, not less.’

The Book Publishers Council, which represents most of the country’s larger houses, said in a statement that its members were ‘committed to transparency’ and that ‘human creativity remains at the heart of publishing’. It said it was developing guidance on disclosure.

The festival’s director, Owain Rees, said the session had been one of the most talked-about of the weekend. ‘We programmed it as a conversation about her new novel,’ he said. ‘It turned into something else entirely, which is exactly what a festival is for.’

Lyle-Forbes’s new novel, the story of two sisters running a failing seaside hotel, is published next month. Asked whether she had considered leaving her own publisher, she laughed. ‘Not yet,’ she said. ‘Ask me after the reviews.’""",
        [
            ("quietly hollowing out", "Margaret Lyle-Forbes"),
            ("largely by machine", "Margaret Lyle-Forbes"),
            ("I found out by accident,", "Margaret Lyle-Forbes"),
            ("Nobody asked me. Nobody told", "Margaret Lyle-Forbes"),
            ("I’m not interested in a", "Margaret Lyle-Forbes"),
            ("a kind of fraud, frankly", "Daniel Achterberg"),
            ("a steady stream", "Guild of Literary Translators"),
            ("Translation is not a word-substitution", "Joanna Pell"),
            ("committed to transparency", "Book Publishers Council"),
            ("human creativity remains at the", "Book Publishers Council"),
            ("We programmed it as a", "Owain Rees"),
            ("It turned into something else", "Owain Rees"),
            ("Not yet,", "Margaret Lyle-Forbes"),
            ("Ask me after the reviews.", "Margaret Lyle-Forbes"),
        ],
    ),
    (
        """Museum Workers Ratify First Union Contract After Two-Year Fight

By Daniel Okafor-Price

Employees at the Ashgrove Museum of American Art in Port Lindell, Ore., have ratified their first union contract, ending a two-year campaign that included a three-day strike last fall and drew support from artists whose work hangs in the museum's galleries.

The three-year agreement, approved by 94 percent of voting members on Thursday, raises the minimum salary for full-time staff to $52,000 from $38,500 and provides paid parental leave for the first time, according to the union, Ashgrove Workers United. In a statement, the union said the vote showed "what is possible when workers stand together."

"People here love this place. That was never the issue," said Kendra Yoon, an assistant registrar who served on the bargaining committee. "The issue was that you could work here for six years and still need a second job to make rent."

She added that many colleagues had "quietly given up" on the museum before the union drive began, and that the contract had "brought some of them back."

The museum's director, Charles Whitmore, said in a statement that the agreement reflected "a shared commitment to the people who make the Ashgrove what it is." In an interview, he acknowledged that the negotiations had been difficult.

"There were moments when I wasn't sure we would get here," Mr. Whitmore said. "I think both sides learned a great deal about each other. I'm not sure either of us would have chosen to learn it quite this way."

The contract will cost the museum about $1.8 million a year, a museum spokeswoman said, much of which will be covered for the first two years by a grant from the Delacroix-Mann Foundation.

The strike in October closed the museum for three days during the opening week of a major retrospective. During the walkout, more than 200 artists signed a letter urging the museum's trustees to settle. Among them was the painter Rosalind Strand, whose large canvases of Pacific Northwest forests are a centerpiece of the permanent collection, and who said at the time that she would ask for her work to be taken down if the dispute dragged on.

"I'm glad it didn't come to that," Ms. Strand said on Friday. "But I meant it."

The chairwoman of the board of trustees, Eleanor Vasquez-Hale, did not respond to requests for comment.

Mr. Whitmore said the museum had no plans to raise admission prices to cover the new costs — "not this year, anyway," he added.""",
        [
            ("what is possible when workers", "Ashgrove Workers United"),
            ("People here love this place.", "Kendra Yoon"),
            ("The issue was that you", "Kendra Yoon"),
            ("quietly given up", "Kendra Yoon"),
            ("brought some of them back.", "Kendra Yoon"),
            ("a shared commitment to the", "Charles Whitmore"),
            ("There were moments when I", "Charles Whitmore"),
            ("I think both sides learned", "Charles Whitmore"),
            ("I'm glad it didn't come", "Rosalind Strand"),
            ("But I meant it.", "Rosalind Strand"),
            ("not this year, anyway,", "Charles Whitmore"),
        ],
    ),
]
