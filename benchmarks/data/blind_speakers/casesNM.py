CASES = [
    (
        """Cedar Valley State athletics faces $14 million shortfall as costs climb

BRANTFORD, Iowa (AP) — Cedar Valley State University's athletic department is projecting a $14.2 million deficit for the coming fiscal year, the largest in school history, as revenue-sharing payments to athletes and rising travel costs outpace ticket sales and media income.

The figure was presented Thursday to the university's Board of Trustees during a finance committee meeting that stretched more than three hours.

"We are not in a position to absorb this with the tools we've used in the past," athletic director Renee Okafor told trustees. "Cutting a few charter flights isn't going to close a gap this size."

Okafor said the department would ask for a one-time transfer of $6 million from university reserves and would seek to raise the student athletics fee from $412 to $540 a semester. The remaining gap, she said, would be covered by "a combination of donor commitments and hard decisions" about staffing.

The fee increase drew immediate pushback from student government. Its president, Marcus Hollings, said students were being asked to subsidize a business they had little say in.

"Most students I talk to have never been to a volleyball game, and now they're being told to pay more for one," Hollings said. "If athletics is a business, it should act like one."

According to budget documents released by the university, the department's expenses have grown 38% over four years, driven largely by the $9.1 million the school expects to share directly with athletes under the revenue-sharing model adopted by its conference last year.

Trustee Gloria Medrano, who chairs the finance committee, said the board was "not going to rubber-stamp" the request.

"I support our teams, and I've been in that stadium every fall Saturday for 20 years," Medrano said. "But I also have to answer to the families paying tuition, and to the Legislature."

State Rep. Daniel Whitcomb, a Republican whose district includes the campus, said in a statement that lawmakers would be watching closely. "Taxpayer dollars should go to the classroom first," the statement said.

University President Harold Stiegler said after the meeting that athletics remained central to the university's identity and enrollment strategy. He noted that applications rose 11% after the football team's bowl appearance two seasons ago.

"You can argue about the math, and we will," he told reporters. "But walking away from competing at this level would cost us far more than $14 million over time."

The board is expected to vote on the budget at its June meeting.""",
        [
            ("We are not in a position", "Renee Okafor"),
            ("Cutting a few charter flights", "Renee Okafor"),
            ("a combination of donor commitments", "Renee Okafor"),
            ("Most students I talk to", "Marcus Hollings"),
            ("If athletics is a business", "Marcus Hollings"),
            ("not going to rubber-stamp", "Gloria Medrano"),
            ("I support our teams, and", "Gloria Medrano"),
            ("But I also have to", "Gloria Medrano"),
            ("Taxpayer dollars should go to", "Daniel Whitcomb"),
            ("You can argue about the", "Harold Stiegler"),
            ("But walking away from competing", "Harold Stiegler"),
        ],
    ),
    (
        """Regents approve 4.5% tuition hike, citing flat state funding

By Priya Natarajan | Staff Writer

The University of North Cascadia Board of Regents voted 7-2 on Friday to raise in-state tuition by 4.5% for the 2025-26 academic year, the third increase in as many years.

In-state undergraduates will pay $12,860 in base tuition next year, up from $12,306. Out-of-state tuition will rise 6% to $38,420.

Regent Thomas Aldana, who voted in favor, said the board had few alternatives after the Legislature held the university's appropriation flat for a second straight biennium.

"Nobody on this board wanted to do this," Aldana said. "But when your largest funder stops keeping pace with inflation, the bill doesn't disappear. It moves."

Regent Linda Forsberg, one of the two dissenting votes, said the university had not done enough to trim administrative costs before turning to students. She pointed to a 2023 internal audit that found administrative headcount had grown faster than faculty headcount over the past decade.

"We keep asking the people with the least flexibility to carry the most weight," Forsberg said.

Provost Yusuf Bello told regents the increase would generate about $21 million, most of which would cover negotiated raises for faculty and graduate workers and rising health insurance premiums. About $3 million would be set aside for need-based aid, he said.

The Office of Student Financial Aid said in an email to The Ridge that students from families earning less than $65,000 a year would see "no net increase" in what they pay, because the new aid would offset the hike under the existing Cascadia Promise program.

Students who spoke during the public comment period were skeptical. Elena Ruiz, a junior studying nursing, said she works 25 hours a week at a campus coffee shop and already takes out loans.

"Every time it goes up a few hundred dollars, they say it's small," Ruiz said. "It's not small when it's your rent."

Graduate Workers United, the union representing about 2,400 teaching and research assistants, said in a statement that it supported the raises funded by the increase but called on the administration to "stop treating tuition as the only lever" and lobby harder in Olympia.

Bello said after the vote that the administration shared that goal.

"We'll be in Olympia in January making the case, like we do every session," he said. "I'd much rather be announcing a freeze."

The increase takes effect in fall quarter.""",
        [
            ("Nobody on this board wanted", "Thomas Aldana"),
            ("But when your largest funder", "Thomas Aldana"),
            ("We keep asking the people", "Linda Forsberg"),
            ("no net increase", "Office of Student Financial Aid"),
            ("Every time it goes up", "Elena Ruiz"),
            ("It's not small when it's", "Elena Ruiz"),
            ("stop treating tuition as the", "Graduate Workers United"),
            ("We'll be in Olympia in", "Yusuf Bello"),
            ("I'd much rather be announcing", "Yusuf Bello"),
        ],
    ),
    (
        """Booster collective pledges $8 million to keep Ridgeway football roster intact

By Cole Danner
Tri-County Ledger

MILLBROOK, Tenn. — A group of Ridgeway University boosters has formed a new name, image and likeness collective with a goal of raising $8 million over two years, its organizers announced Tuesday, in an effort to stop the steady loss of Mountaineers players to the transfer portal.

The collective, called Blue Summit Partners, will pay athletes for appearances, social media posts and charity events, according to its founder, Millbrook car dealer Wade Pruitt.

“We lost eleven scholarship players in December, and at least six of them told us money was a factor,” Pruitt said at a news conference at his dealership on U.S. 70. “I’m not going to sit here and watch that happen again.”

Pruitt, a 1989 Ridgeway graduate, said roughly 40 donors have already committed a combined $3.1 million. He declined to name them.

Ridgeway is not directly involved in the collective, though NCAA rules and a recent state law allow schools to help connect athletes with such groups. Athletic director Kendra Mayfield said in a written statement that the university “appreciates the passion of our supporters” and would ensure that all deals complied with conference and state rules.

Head football coach Travis Lemon was more direct.

“Let’s not pretend,” Lemon told reporters after Tuesday’s practice. “This is the world we live in. Every school we recruit against has one of these, and most of them have bigger ones.”

He added that he hoped the collective would help with retention more than recruiting. “The kids who’ve been here three, four years, who bought into what we’re doing — those are the ones I want to take care of first.”

Not everyone is enthusiastic. A longtime season-ticket holder, who asked not to be named because he does business with several of the donors, said he worries the collective will crowd out giving to the university’s academic scholarship fund.

“There’s only so much money in this town,” he said. “If it all goes to paying linemen, what’s left for the library?”

Sports economist Miriam Castellano of Vanderhoff College said small-market programs face difficult choices.

“A school like Ridgeway can’t outspend the big flagships, so the question becomes whether it can spend smart,” she said. Collectives focused on keeping veteran players, she added, tend to get “more wins per dollar” than ones chasing high-profile recruits.

Blue Summit Partners plans to hold its first fundraising dinner next month at the Millbrook Country Club.""",
        [
            ("We lost eleven scholarship players", "Wade Pruitt"),
            ("I’m not going to sit", "Wade Pruitt"),
            ("appreciates the passion of our", "Kendra Mayfield"),
            ("Let’s not pretend,", "Travis Lemon"),
            ("This is the world we", "Travis Lemon"),
            ("The kids who’ve been here", "Travis Lemon"),
            ("There’s only so much money", "longtime season-ticket holder"),
            ("If it all goes to", "longtime season-ticket holder"),
            ("A school like Ridgeway can’t", "Miriam Castellano"),
            ("more wins per dollar", "Miriam Castellano"),
        ],
    ),
    (
        """Southern Piedmont fires Delaney, will owe coach $19.5 million

Southern Piedmont University fired football coach Brent Delaney on Sunday, one day after a 31-10 home loss to rival Tidewater State dropped the Falcons to 3-7.

Delaney, in his fourth season, is owed about $19.5 million under a contract extension he signed in December 2022, according to a copy of the agreement obtained through a public records request. The school will pay the buyout in monthly installments over the five years remaining on the deal, minus any salary Delaney earns in a new job.

"This was a difficult decision, but a necessary one," athletic director Scott Vandermeer said in a statement released by the school. "Our fans, our student-athletes and this university deserve a program that competes for championships, and we have not met that standard."

Vandermeer said the buyout would be paid entirely from athletic department revenue and private gifts, not tuition or state appropriations.

A university official with knowledge of the department's finances, who spoke on condition of anonymity because the official was not authorized to discuss budget details, said the department had already drawn on its reserve fund this year and that major donors had been asked to "step up in a big way" to cover the payments.

Delaney went 22-24 at Southern Piedmont after four successful seasons at Blue Ridge Tech. He led the Falcons to the Magnolia Bowl in 2022, after which the school extended his contract through 2029 and raised his annual salary to $4.8 million.

Delaney met with players Sunday morning before the announcement.

"He told us he was proud of us and to keep fighting for each other," senior linebacker Jalen Boatwright said. "It's hard. A lot of us came here because of him."

Offensive coordinator Mike Tarrant will serve as interim coach for the final two games, beginning Saturday at Cumberland.

The size of the buyout drew criticism on campus. Faculty Senate chair Lorraine Ekwueme said the figure would be "hard to explain" to faculty and staff who went without raises two years ago.

"I understand it doesn't come from the same pot," Ekwueme said. "But people see a number like that next to everything we've been told we can't afford, and it's corrosive."

Vandermeer said a national search would begin immediately and that the university had hired a search firm. He declined to discuss candidates or a salary range.

"We're going to find the right person," he said Sunday afternoon. "Money will not be the reason we don't."

Delaney did not respond to a request for comment.""",
        [
            ("This was a difficult decision,", "Scott Vandermeer"),
            ("Our fans, our student-athletes and", "Scott Vandermeer"),
            ("step up in a big way", "university official with knowledge of the department's finances"),
            ("He told us he was", "Jalen Boatwright"),
            ("It's hard. A lot of", "Jalen Boatwright"),
            ("hard to explain", "Lorraine Ekwueme"),
            ("I understand it doesn't come", "Lorraine Ekwueme"),
            ("But people see a number", "Lorraine Ekwueme"),
            ("We're going to find the", "Scott Vandermeer"),
            ("Money will not be the", "Scott Vandermeer"),
        ],
    ),
    (
        """Hollis College to close after 152 years, citing enrollment and debt

By Jonathan Reyes

Hollis College, a private liberal arts institution in rural western Pennsylvania, will close at the end of the spring semester, its board of trustees announced Wednesday, becoming the latest small college to buckle under declining enrollment and mounting debt.

The college enrolled 611 students this fall, down from more than 1,100 a decade ago. It carried about $38 million in long-term debt and had drawn down much of its endowment, which stood at $19 million in 2024, according to audited financial statements.

"We explored every option available to us, including mergers, partnerships and a sale of property," board chair Patricia Kellerman wrote in a letter to students, faculty and alumni. "In the end, the board concluded that continuing to operate would put our students at greater risk than an orderly closure."

The letter said the college had reached teach-out agreements with three nearby institutions, including Allegheny Ridge University and Monongah State University, that will allow students to finish their degrees with transfer credits fully accepted.

President Raymond Oduya, who took office 18 months ago, said in an interview that talks with a potential partner fell apart in late October.

"We were very close," Oduya said. "But once they saw the condition of our residence halls and the deferred maintenance numbers, the conversation changed."

He said the college's primary lender had also declined to restructure a loan payment due in January.

Faculty learned of the decision at a meeting Wednesday morning. One tenured professor, who requested anonymity because she is negotiating severance, described the mood as "stunned, then furious."

"We were told in August that the budget was stabilizing," she said. "Some of us turned down other offers because of that."

Higher education consultant Dana Whitlow, who advises struggling colleges, said the pattern was familiar. Colleges with fewer than 1,000 students and heavy reliance on tuition revenue have little margin when enrollment drops, she said.

"By the time a board is publicly talking about closure, the real decisions were made two or three years earlier," Whitlow said. "The tragedy is that the warning signs are almost always there in the audits."

The Mid-Atlantic Commission on Colleges, Hollis's accreditor, said in a statement that it would work with the college "to ensure students are protected throughout the closure process."

Students expressed shock on social media and in interviews on campus. "This is my home," said sophomore Kayla Brennan, a biology major from Erie. "I don't want to start over somewhere I don't know anyone."

Hollis will hold its final commencement on May 16.""",
        [
            ("We explored every option available", "Patricia Kellerman"),
            ("In the end, the board", "Patricia Kellerman"),
            ("We were very close,", "Raymond Oduya"),
            ("But once they saw the", "Raymond Oduya"),
            ("stunned, then furious.", "tenured professor"),
            ("We were told in August", "tenured professor"),
            ("Some of us turned down", "tenured professor"),
            ("By the time a board", "Dana Whitlow"),
            ("The tragedy is that the", "Dana Whitlow"),
            ("to ensure students are protected", "Mid-Atlantic Commission on Colleges"),
            ("This is my home,", "Kayla Brennan"),
            ("I don't want to start", "Kayla Brennan"),
        ],
    ),
    (
        """Frontier Athletic Conference adds two schools in bid to boost media deal

By Samantha Greer

The Frontier Athletic Conference will add Mesa Grande State University and Sonoran Christian University as full members beginning in 2026, the league said Monday, a move its commissioner said would strengthen its hand in negotiations for a new media rights contract.

The additions bring the conference to 14 football-playing members. The league's current television agreement, worth about $31 million a year, expires after the 2026-27 academic year.

"Our goal is straightforward: expand our footprint into growing markets and deliver more inventory to our media partners," commissioner Lawrence Petrakis said on a conference call with reporters. "Phoenix and Albuquerque are two of the fastest-growing media markets in the country."

Under the agreement, each new member will receive a reduced share of conference revenue for its first three years, rising to a full share in 2029, according to a conference memo reviewed by reporters. Current members receive roughly $2.4 million each per year in media distributions.

Mesa Grande State President Alicia Montoya said the move would cost the university about $4 million in exit fees to its current league, the Southwest Intercollegiate Conference, but would pay for itself within five years.

"This is an investment in visibility, not just athletics," Montoya said. "When our football team is on national television, our admissions office feels it the next week."

The Southwest Intercollegiate Conference said in a statement that it was "disappointed but not surprised" and that it would enforce the exit provisions in its bylaws.

Not every Frontier member was enthusiastic, according to two athletic directors who spoke on condition of anonymity because the vote was confidential. One said three schools had raised concerns that travel costs for Olympic sports would rise sharply with the addition of two desert campuses.

"Our softball team is going to spend more time on buses than on the field," one of the athletic directors said.

Petrakis acknowledged that scheduling would be "a puzzle" but said the conference would explore regional pods for non-revenue sports.

Media consultant Greg Halvorsen, who has advised several conferences on rights negotiations, said expansion does not guarantee a bigger payout.

"Networks are paying for eyeballs, not for member counts," Halvorsen said. "Adding two schools only helps if those schools bring audiences the conference didn't already have."

The Frontier expects to open negotiations with networks and streaming services this fall.""",
        [
            ("Our goal is straightforward: expand", "Lawrence Petrakis"),
            ("Phoenix and Albuquerque are two", "Lawrence Petrakis"),
            ("This is an investment in", "Alicia Montoya"),
            ("When our football team is", "Alicia Montoya"),
            ("disappointed but not surprised", "Southwest Intercollegiate Conference"),
            ("Our softball team is going", "athletic director"),
            ("a puzzle", "Lawrence Petrakis"),
            ("Networks are paying for eyeballs,", "Greg Halvorsen"),
            ("Adding two schools only helps", "Greg Halvorsen"),
        ],
    ),
    (
        """Rowers Sue Lakeshore University Over Plan to Cut Women’s Team

By Hannah Lindqvist

DULUTH, Minn. — Members of Lakeshore University’s women’s rowing team filed a federal lawsuit on Tuesday accusing the school of violating Title IX by eliminating their program, which the university says it can no longer afford.

Lakeshore announced in March that it would drop women’s rowing and men’s swimming after this season, saving an estimated $1.7 million a year. The cuts were part of a broader plan to close a $9 million gap in the athletic budget, the university said at the time.

The suit, filed in U.S. District Court in Minneapolis, argues that women already receive a disproportionately small share of athletic opportunities at Lakeshore relative to their enrollment, and that cutting the 58-member rowing team would widen that gap. Women make up 56 percent of undergraduates but 44 percent of varsity athletes, according to the complaint.

“The university is trying to balance its books on the backs of women athletes,” said Rachel Amundsen, a lawyer for the rowers. “Title IX does not have a budget exception.”

The team’s captain, Sofia Lindgren, a senior from Bemidji, said the rowers learned of the decision in a 15-minute meeting.

“We were told it was about money and that there was nothing we could do,” Ms. Lindgren said. “We decided there was something we could do.”

In a statement, the university said it was “confident that its decisions comply fully with federal law” and that it would honor the scholarships of all affected athletes through graduation.

Lakeshore’s athletic director, Neil Gustafson, defended the cuts in an interview last month, saying the department faced choices that were “painful no matter where we looked.”

“We have a football program and a hockey program that generate revenue, and those revenues support everything else we do,” Mr. Gustafson said then. “If we cut in those places, the whole structure gets weaker.

“Nobody wanted to tell a group of hardworking students that their sport was going away. But we have to be responsible stewards.”

Legal experts said the rowers’ case could be strong. Courts have repeatedly blocked similar cuts when schools could not show that they were providing opportunities to women in proportion to enrollment, said Erica Townsend, a professor at the University of St. Croix Valley law school who studies sports law.

“Proportionality is the cleanest test, and on these numbers, Lakeshore has a problem,” Professor Townsend said.

The rowers are seeking a preliminary injunction that would keep the team in place while the case proceeds. A hearing has been scheduled for May 20.""",
        [
            ("The university is trying to", "Rachel Amundsen"),
            ("Title IX does not have", "Rachel Amundsen"),
            ("We were told it was", "Sofia Lindgren"),
            ("We decided there was something", "Sofia Lindgren"),
            ("confident that its decisions comply", "Lakeshore University"),
            ("painful no matter where we", "Neil Gustafson"),
            ("We have a football program", "Neil Gustafson"),
            ("If we cut in those", "Neil Gustafson"),
            ("Nobody wanted to tell a", "Neil Gustafson"),
            ("Proportionality is the cleanest test,", "Erica Townsend"),
        ],
    ),
    (
        """Delacroix University moves ahead with $310M stadium bonds despite faculty objections

BELLE RIVIERE, La. — The Delacroix University Board of Supervisors on Friday approved a plan to issue up to $310 million in revenue bonds to renovate Marchand Field, the 62,000-seat football stadium that has been home to the Pelicans since 1957.

The renovation would add 24 luxury suites, a 1,200-seat club level and a new video board, and would replace aging concrete in the stadium's east stands, which engineers flagged as a safety concern in 2023. Construction would begin after the 2025 season and finish in time for the 2027 opener.

The bonds would be repaid primarily from premium seating revenue, naming rights and a per-ticket facility fee, according to a financing summary presented to the board. The university's chief financial officer, Andre Thibodeaux, told supervisors the plan did not rely on state appropriations or student fees.

"Every dollar of debt service is backed by revenue this project creates or revenue athletics already controls," Thibodeaux said. "We stress-tested it against a 20% drop in attendance, and it still works."

Faculty leaders were unconvinced. In a letter sent to the board Thursday, the executive committee of the Faculty Senate warned that the university was "betting its credit rating on luxury boxes."

The letter continued: "If premium seat sales fall short, the gap will be filled from somewhere, and history tells us where."

A credit analyst who follows public university debt, and who spoke on condition of anonymity because the firm had not issued a formal opinion on the deal, said the university's overall credit profile was stable but that "stadium projects tend to look better on paper than in year five."

Athletic director Camille Broussard said demand for the suites was already strong, with 17 of the 24 reserved with deposits.

"People want to be part of this," Broussard said. "We've had businesses call us before we even had renderings."

Supervisor Raymond Guidry, who cast the lone vote against the plan, said he supported repairing the east stands but questioned the scale of the project.

"Fix the concrete. Absolutely, fix the concrete," Guidry said. "I'm just not sure we need a club level to do it."

Board chair Evangeline Roy said supervisors had weighed the concerns carefully. The project, she said, "protects fans, keeps us competitive in recruiting, and pays for itself."

The bonds are expected to be priced in the fall, pending approval from the State Bond Commission.""",
        [
            ("Every dollar of debt service", "Andre Thibodeaux"),
            ("We stress-tested it against a", "Andre Thibodeaux"),
            ("betting its credit rating on", "executive committee of the Faculty Senate"),
            ("If premium seat sales fall", "executive committee of the Faculty Senate"),
            ("stadium projects tend to look", "credit analyst who follows public university debt"),
            ("People want to be part", "Camille Broussard"),
            ("We've had businesses call us", "Camille Broussard"),
            ("Fix the concrete. Absolutely, fix", "Raymond Guidry"),
            ("I'm just not sure we", "Raymond Guidry"),
            ("protects fans, keeps us competitive", "Evangeline Roy"),
        ],
    ),
]
