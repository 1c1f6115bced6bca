CASES = [
    (
        """
Harbourside United moved to within two points of the top of the Premier Division on Saturday, coming from behind to beat Castleford Rovers 3-1 at Millbrook Park in a match that turned on a contentious second-half penalty.

Rovers led through a 14th-minute header from Dane Whitlow and for long spells looked the more composed side. But the introduction of 19-year-old winger Tobi Adeyemi, nicknamed “the Rocket” by the Millbrook faithful, changed the complexion of the afternoon.

“We were second best for 45 minutes, no question,” said United manager Graham Pellew. “I told them at half-time that if we carried on like that we’d be going home with nothing, and to be fair to them they responded. Tobi gave us a different dimension.”

Adeyemi won the penalty on 58 minutes when he went down under a challenge from Rovers full-back Lewis Marr. Captain Sean Halloran sent the goalkeeper the wrong way, and further goals from Adeyemi and substitute Kieran Foye sealed the win.

Rovers head coach Ivana Kostić was far from impressed. She described the decision as “soft at best” and said her side had been punished for defending properly.

“I’ve watched it back three times and I still don’t see contact. The referee was 30 yards away and he guessed. If that’s a penalty, we need to have a proper conversation about what this game is,” Kostić said.

She said she did not expect to hear anything from the Professional Referees Board, adding that the club had raised similar concerns twice already this season without receiving a response.

Pellew, unsurprisingly, saw it differently. He said Marr had “clipped his trailing leg” and insisted the official had made the right call from where he was standing.

Adeyemi, who now has four goals in his last five appearances, was modest afterwards. “It’s the gaffer who deserves the credit. He keeps telling me to run at people, so that’s what I do,” he told reporters.

The result leaves Rovers 11th, and they travel to Dunmore Athletic on Tuesday night. United visit leaders Ellesmere Town next weekend in a fixture the club’s marketing department has already branded “The Big One”.
""".strip(),
        [
            ("We were second best for 45", "Graham Pellew"),
            ("I told them at half-time that", "Graham Pellew"),
            ("soft at best", "Ivana Kostić"),
            ("I’ve watched it back three times", "Ivana Kostić"),
            ("clipped his trailing leg", "Graham Pellew"),
            ("It’s the gaffer who deserves the", "Tobi Adeyemi"),
        ],
    ),
    (
        """
Northgate City have opened talks with Sporting Vilamar over a potential £38m move for midfielder Rui Calado, according to sources close to the negotiations.

The 24-year-old, who has two years remaining on his contract, is understood to be City’s priority target as head coach Mattias Brenner looks to rebuild a midfield that was widely criticised during last season’s seventh-place finish.

A source at Northgate said the club were “confident but not complacent” about reaching an agreement before the transfer window closes on 1 September. “Vilamar know what they have and they’re not going to make it easy, but the player wants to come, and that counts for a lot,” the source added.

Vilamar president Eduardo Pires has repeatedly insisted Calado is not for sale. In an interview with the newspaper Correio Desportivo last month, he said: “Rui is the heart of this team. Anyone who wants him will pay the release clause, and not one euro less.”

That clause is reported to stand at €60m, well above City’s opening offer.

Calado himself has said little in public, but on Thursday he posted a photograph of an empty dressing room to his 1.2 million Instagram followers, writing simply: “Every chapter has an ending.” The post prompted feverish speculation among supporters of both clubs and had been liked more than 200,000 times by Friday evening.

Brenner refused to be drawn at his pre-season press conference. “I don’t talk about players from other clubs. It’s disrespectful to them and to their employers. What I will say is that we need more quality in that area of the pitch, and the board know that,” he said.

City’s chief executive, Helen Marchbank, struck a more cautious tone in her annual letter to shareholders, warning that the club would “not be held to ransom” by selling clubs and would continue to operate within a sustainable wage structure.

The owners are under growing pressure from supporters. The fans’ group City Till I Die has launched a campaign under the slogan “Back the Boss”, and a banner bearing the same words was unfurled during the club’s final home game in May.

Dave Rourke, the group’s chairman, said fans had heard promises from the boardroom before and that this summer would be judged on signings rather than words.
""".strip(),
        [
            ("confident but not complacent", "source at Northgate"),
            ("Vilamar know what they have", "source at Northgate"),
            ("Rui is the heart of this", "Eduardo Pires"),
            ("Every chapter has an ending.", "Rui Calado"),
            ("I don’t talk about players from", "Mattias Brenner"),
            ("not be held to ransom", "Helen Marchbank"),
        ],
    ),
    (
        """
Daniel Okoro insisted there was no cause for panic in the home dressing room after his side were bowled out for 142 on the opening day of the second Test at Riverside Oval, handing the tourists control of the match.

Speaking at the close of play, the captain admitted the batting had fallen well short. “We’ve let ourselves down today, there’s no hiding from that,” he said. “The pitch had a bit in it, but it wasn’t a 142 pitch. Not even close.

“The good thing about Test cricket is you get a second go. We’ve got guys in that room who have scored hundreds in tougher conditions than this.”

Seamer Kamran Javed took five for 38 for the visitors, his third five-wicket haul in as many Tests, and was quick to credit bowling coach Phil Stanton for a change to his run-up over the winter.

“Phil saw something on the video that I couldn’t see. It’s a small thing, maybe two or three steps shorter, but it’s given me my rhythm back,” Javed said.

Stanton, a former county seamer who earned the nickname “The Professor” for his meticulous preparation, declined to take any credit.

The home side’s selection came under scrutiny before play after the decision to leave out leg-spinner Rhys Tamworth. The chairman of selectors, Margaret Oduya, defended the call in a brief statement issued through the National Cricket Board, saying the panel had picked “the side best suited to the conditions” and that Tamworth remained part of its plans for the series.

Former captain turned broadcaster Ian Fallow was unconvinced. Writing on social media, he called the omission baffling and asked: “What exactly does a spinner have to do to get a game in this country?”

Okoro declined to get involved in the debate. “Margaret and the selectors make those calls, and I back them. My job is to get runs and to get this team out of a hole,” he said.

Play resumes at 10.30am on Friday, with the tourists 96 for one in reply.
""".strip(),
        [
            ("We’ve let ourselves down today,", "Daniel Okoro"),
            ("The pitch had a bit in", "Daniel Okoro"),
            ("Phil saw something on the video", "Kamran Javed"),
            ("the side best suited to the", "Margaret Oduya"),
            ("What exactly does a spinner have", "Ian Fallow"),
            ("Margaret and the selectors make those", "Daniel Okoro"),
        ],
    ),
    (
        '''
Elena Varga's bid for a first Grand Slam title ended in the quarter-finals of the Westbourne Open on Wednesday, as the world No. 6 was beaten 6-4, 3-6, 7-5 by unseeded American Casey Ruddock.

Ruddock, 20, ranked 87th and playing in only her second main draw at a major, saved three break points at 5-5 in the deciding set before breaking Varga's serve with a forehand winner down the line.

"Honestly, I didn't think I'd be here. Two weeks ago I was playing qualifying in front of about forty people. This is crazy," Ruddock said in her on-court interview, still visibly emotional.

Varga, who had not dropped a set all tournament, cut a frustrated figure in her post-match press conference. She said she had struggled with the "swirling" wind on Centre Court and that her first serve had deserted her at the key moments.

"She played the big points better than me, and that's tennis. I'm not going to sit here and make excuses," Varga said.

She also confirmed reports that she had parted ways with her long-time coach, Andrei Molnar, after the clay-court season, but declined to go into detail.

Ruddock will face second seed Paulina Wrzesniak in Friday's semi-finals. Wrzesniak, who is chasing her third title of the season, needed just 58 minutes to dispatch Hana Kurosawa 6-1, 6-2 in the day's opening match.

Asked about her next opponent, Ruddock laughed: "I've got a poster of her on my bedroom wall back home. Maybe I'll ask her to sign it afterwards."

Organisers confirmed that the evening session had been delayed by 40 minutes because of what a spokesman for the tournament described as "a minor technical issue" with the electronic line-calling system, known to players simply as "the Eye".
'''.strip(),
        [
            ("Honestly, I didn't think I'd", "Casey Ruddock"),
            ("swirling", "Elena Varga"),
            ("She played the big points better", "Elena Varga"),
            ("I've got a poster of her", "Casey Ruddock"),
            ("a minor technical issue", "spokesman for the tournament"),
        ],
    ),
    (
        """
Two-time national 800m champion Marcus Delacroix has been provisionally suspended after testing positive for a banned blood-boosting agent, the Athletics Integrity Commission announced on Monday.

In a statement, the commission said a sample collected from Delacroix during an out-of-competition test in March had returned an adverse analytical finding for recombinant erythropoietin, or EPO. It said the 27-year-old had been notified and was entitled to request analysis of his B sample, and that it would “make no further comment while proceedings are ongoing”.

Delacroix, who won bronze at last year’s Continental Championships and had been widely tipped for a place on the Olympic team, denied any wrongdoing. In a post on Instagram on Monday evening, he wrote: “I have never knowingly taken a banned substance in my life. I will fight this with everything I have, and I will clear my name.”

His lawyer, Sophie Trent, said her client had been blindsided by the result. She told reporters she had been instructed to examine the handling of the sample “line by line”, from the moment it was collected at his training base in the Pyrenees to its arrival at the laboratory.

The positive test is the latest in a series of setbacks for the sport’s domestic programme, which has seen four athletes sanctioned in the past 18 months. Delacroix had been one of the faces of the federation’s “Run Clean” campaign, appearing in a video shown in schools last year.

Frank Ollerton, chief executive of the National Athletics Federation, said the organisation was “shocked and saddened” by the news but would support the commission’s process in full, adding that there could be no exceptions for high-profile athletes.

If the B sample confirms the original finding, Delacroix faces a ban of up to four years and would miss the Olympic Games. His coach, Remi Aubert, did not respond to requests for comment.
""".strip(),
        [
            ("make no further comment while proceedings", "Athletics Integrity Commission"),
            ("I have never knowingly taken a", "Marcus Delacroix"),
            ("line by line", "Sophie Trent"),
            ("shocked and saddened", "Frank Ollerton"),
        ],
    ),
    (
        """
The Ravenswood Comets snapped a six-game losing streak on Sunday night, beating the Lakeport Mariners 104-97 behind a season-high 38 points from guard Jaylen Brooks.

Brooks, who came into the game shooting 29 per cent from three-point range over his previous ten outings, went 7 of 11 from deep, including back-to-back threes inside the final two minutes that silenced a sell-out crowd at the Harbour Arena.

“Coach pulled me aside at shootaround this morning and told me, ‘Keep shooting, they’re going to fall.’ When your coach believes in you like that, you stop thinking and just play,” Brooks said.

Comets head coach Terri Vance confirmed the conversation but played down her part in the turnaround. She said the losing run had tested the group but that the locker room had “never fractured”, and singled out veteran centre Andre Whitfield, who finished with 14 points and 12 rebounds, for holding the roster together.

The Mariners had won five straight coming into the game and led by nine early in the third quarter, when forward Samuel Okafor, known around the league as “Big Sam”, scored 11 of his 23 points. But foul trouble limited Okafor to four minutes in the fourth, and Lakeport managed only 19 points in the period.

Mariners coach Dwayne Hollis left the arena without speaking to reporters. The team later said he had been feeling unwell and that assistant Craig Lomax would handle media duties on Monday.

The win lifts Ravenswood to 14-19, two games behind the final play-in spot with 49 games remaining. The night also marked the debut of the Comets’ new alternate uniforms, part of the franchise’s “Ravenswood Rising” community initiative.

The Comets host the Granite City Miners on Wednesday.
""".strip(),
        [
            ("Coach pulled me aside at shootaround", "Jaylen Brooks"),
            ("Keep shooting, they’re going to", "Terri Vance"),
            ("never fractured", "Terri Vance"),
        ],
    ),
    (
        '''
Redmarsh Wanderers have sacked manager Colin Freeth after less than eight months in charge, with the club 19th in the First Division following Saturday's 4-0 home defeat by Stanway Town.

Freeth, 46, was appointed in the summer on a three-year contract after leading Kingsmere to promotion, and was handed a significant budget to overhaul a squad that had narrowly avoided relegation last season. But Wanderers have won just four of their 26 league matches, and supporters unfurled banners reading "Freeth Out" during Saturday's defeat.

In a statement released on Sunday morning, the club said it had "taken the difficult decision" to part company with Freeth and his assistant, Mark Tolley, with immediate effect. Under-21s coach Barry Nuttall will take charge of the first team on an interim basis, starting with Tuesday's trip to Allbury.

Chairman Roger Amesbury, who had publicly backed Freeth as recently as last week, said the board had run out of patience.

"This was not a decision we took lightly. Colin is a good man and a hard worker, and nobody wanted this to work more than I did. But results have not been anywhere near where they need to be, and I have a duty to protect this club's future.

"We will take our time over the next appointment and we will get it right. The supporters deserve that."

Freeth signed 11 players in the summer, several of whom have struggled to adapt to the high-pressing style the club's own marketing material labelled "Redmarsh Energy". Bookmakers have made former Wanderers defender Steve Gault the early favourite to replace him.

Freeth could not be reached for comment on Sunday.
'''.strip(),
        [
            ("taken the difficult decision", "Redmarsh Wanderers"),
            ("This was not a decision we", "Roger Amesbury"),
        ],
    ),
    (
        """
Domestic women’s cricketers could refuse to play in next month’s Summer Bash tournament after talks over minimum salaries broke down on Thursday, the Professional Cricketers’ Association has warned.

In a letter sent to members and seen by this newspaper, the association said the latest offer from the Domestic Cricket Council fell “significantly short” of what had been agreed in principle in March, and that it could no longer recommend the deal to players.

The dispute centres on retainers for the roughly 90 women on full-time regional contracts, most of whom earn less than a third of the minimum paid to their male counterparts. The association wants a phased move towards equal match fees by 2028, a proposal it has branded “Level Pitch”.

A spokesperson for the council said it remained “fully committed to the growth of the women’s game” but stressed that any settlement had to be affordable. The council has pointed to its own figures showing that the women’s competition lost £4.3m last year, although the association disputes how those costs are calculated.

Players have so far kept a low profile, but Northern Diamonds captain Sarah Penhaligon broke ranks on Friday at a sponsor’s event in Harrogate.

“None of us want to miss the Bash, it’s the biggest stage we’ve got. But we’ve been told to be patient for years, and at some point you have to draw a line,” she said.

The council is due to meet on Tuesday. The Summer Bash, which drew record crowds last year, is scheduled to begin on 12 July.
""".strip(),
        [
            ("significantly short", "Professional Cricketers’ Association"),
            ("fully committed to the growth of", "spokesperson for the council"),
            ("None of us want to miss", "Sarah Penhaligon"),
        ],
    ),
]
