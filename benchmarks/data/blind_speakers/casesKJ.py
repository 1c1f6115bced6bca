CASES = [
    (
        """Carrollton State fires football coach Dale Whitacre after 4-8 season, owes $11.6M buyout

CARROLLTON, Ark. (AP) — Carrollton State fired football coach Dale Whitacre on Sunday, a day after a 31-10 loss to rival Ozark Tech capped a 4-8 season and the Bobcats' third straight losing year.

Athletic director Renee Castellano announced the move in a statement, saying the program "needs a new direction to compete at the level our fans and student-athletes expect."

"Dale is a man of great integrity, and he poured everything he had into this program," Castellano said. "But results matter, and we have not had the results."

Whitacre, 54, went 22-26 in four seasons and never finished higher than fifth in the Mid-South Conference. He was hired from Southeastern Louisiana-Hammond in December 2021 and received a two-year extension after a 7-6 debut season that ended with a win in the Armed Forces Bowl.

Under the terms of that extension, the university owes him about $11.6 million, to be paid in monthly installments through 2028, according to a copy of the agreement obtained by The Associated Press.

The buyout will be covered by "private gifts and athletics revenue, not tuition or state funds," school spokesman Mark Dillard said in an email.

Whitacre did not immediately return messages seeking comment. After Saturday's loss, he said he expected to be back.

"I've got a contract, and I believe in these kids," he told reporters. "We've got the pieces. We're close."

Several players posted messages of support on social media Sunday. Senior linebacker Terrance Oduya wrote that Whitacre "treated us like sons, not like numbers."

The firing comes as Carrollton State's athletic department faces a projected $7 million deficit for the current fiscal year. A report by the state's Legislative Audit Division in October found the department had relied on $18.4 million in institutional support over the past two years, the most of any public school in the conference.

State Sen. Harold Birch, a Republican from Jonesboro who chairs the Senate Education Committee, said he planned to ask university leaders about the buyout at a budget hearing next month.

"Every time one of these coaches gets run off, somebody writes a check with a lot of zeros on it," Birch said. "I'd like to know whose checkbook that is."

Castellano said a national search would begin immediately and that defensive coordinator Luis Ybarra would serve as interim coach through the early signing period. She declined to name candidates but said she wanted someone who "understands the portal, understands NIL and understands this state."

Carrollton State has not had a winning season since 2019.""",
        [
            ("needs a new direction to", "Renee Castellano"),
            ("Dale is a man of", "Renee Castellano"),
            ("But results matter, and we", "Renee Castellano"),
            ("private gifts and athletics revenue", "Mark Dillard"),
            ("I've got a contract, and", "Dale Whitacre"),
            ("We've got the pieces.", "Dale Whitacre"),
            ("treated us like sons, not", "Terrance Oduya"),
            ("Every time one of these", "Harold Birch"),
            ("I'd like to know whose", "Harold Birch"),
            ("understands the portal, understands NIL", "Renee Castellano"),
        ],
    ),
    (
        """Inside the $9.5 million question: How Old Harbor is paying its players

By Kendra Hollis

PORTSMOUTH, Va. — The spreadsheet on Gil Arceneaux’s laptop has 41 tabs, and most of them, he says, are bad news.

“This is the one that keeps me up at night,” the Old Harbor University athletic director said last week, scrolling to a column labeled “Rev share — Yr 2.” “Every number in here is a number we don’t have yet.”

Old Harbor, which plays in the Coastal Athletic Alliance, has committed to sharing roughly $9.5 million with its athletes this academic year, a figure that puts it near the top of the league but far below what the biggest programs in the country are spending. To get there, the department eliminated men’s swimming and women’s rowing, raised the mandatory student athletic fee by $112 a semester and asked boosters for $4 million in new gifts.

Arceneaux described the plan as “survival math, not growth math.”

Not everyone on campus sees it that way. Priya Natarajan, a chemistry professor who chairs the Faculty Senate, said the fee increase amounts to “a tax on students who will never set foot in the stadium.”

“We are asking a 19-year-old working two jobs to help cover a quarterback’s paycheck,” she said. “I don’t think most families understand that’s what is happening.”

University spokeswoman Dana Whitlock said in a statement that the fee “supports a broad range of student services, including athletics,” and noted that it remains below the average at Virginia’s public four-year schools.

The rowing team learned its fate in a 15-minute meeting in March. Senior Kaitlyn Brandt, who had been the team’s captain, still remembers how it was framed: “They told us it was a business decision. I understand that. But it’s hard to hear your sport described as a line item.”

Arceneaux said the cuts were the hardest thing he has done in 11 years as an athletic director.

“I called every one of those parents myself. I owed them that.

“But I can’t pretend we’re a school with a $150 million budget. We’re at $38 million. When the rules change this much, you either adjust or you risk closing the doors on the whole thing.”

He is not alone. A Coastal Athletic Alliance official, who spoke on condition of anonymity because the league’s board has not yet voted on a new scheduling model, said at least three member schools were weighing similar cuts to Olympic sports.

“Old Harbor is just the first one to say it out loud,” the official said.

For now, Arceneaux is focused on the donor side of the ledger. The department has raised about $2.6 million of the $4 million goal, and he has spent most weekends this fall in suites and tailgate lots making his pitch.

“People want to help,” he said. “They just want to know it’s going to matter on the field.”""",
        [
            ("This is the one that", "Gil Arceneaux"),
            ("Every number in here is", "Gil Arceneaux"),
            ("survival math, not growth math.", "Gil Arceneaux"),
            ("a tax on students who", "Priya Natarajan"),
            ("We are asking a 19-year-old", "Priya Natarajan"),
            ("I don’t think most families", "Priya Natarajan"),
            ("supports a broad range of", "Dana Whitlock"),
            ("They told us it was", "Kaitlyn Brandt"),
            ("I called every one of", "Gil Arceneaux"),
            ("But I can’t pretend we’re", "Gil Arceneaux"),
            ("Old Harbor is just the", "Coastal Athletic Alliance official"),
            ("People want to help,", "Gil Arceneaux"),
            ("They just want to know", "Gil Arceneaux"),
        ],
    ),
    (
        """Regents approve raise, five-year deal for Prairie State women's coach Kerri Dahl

By Nate Lindgren
Capital Journal

PIERRE, S.D. — The state Board of Regents voted 6-2 on Thursday to give Prairie State women's basketball coach Kerri Dahl a five-year contract worth $1.35 million a year, more than doubling her pay a month after the Pronghorns reached the NCAA Tournament's Sweet 16 for the first time.

Dahl, 41, had been making $610,000. The new deal runs through the 2029-30 season and includes a $250,000 bonus for a Final Four appearance, according to a term sheet released by the board.

"We had a choice to make," said athletic director Brent Kowalczyk, who told regents that at least two Power Four schools had contacted Dahl's agent during the tournament. "Either we invest in a coach who has built something special here, or we watch someone else benefit from it."

The two no votes came from Regents Thomas Engstrom of Mitchell and Lorraine Whitcomb of Spearfish.

Engstrom said he had "nothing against Coach Dahl" but questioned the timing of the raise, which came two months after the board approved a 4.5% tuition increase at the state's six public universities.

"I have to go home and explain to people in my district why tuition is going up and the coach's salary is going up 120%," he said. "Those two things don't sit well together, and they shouldn't."

Whitcomb did not speak during the meeting. In an email afterward, she wrote that she supported Dahl but believed the contract's buyout provisions were "too generous to the coach and too light on protections for the university."

Under the deal, Prairie State would owe Dahl 75% of her remaining salary if she were fired without cause. She would owe the university $1 million if she left for another job in the first two years of the contract, falling to $400,000 after that.

Board President Marlys Vogt defended the agreement, noting that the women's basketball program is paid for with athletic department revenue and a donor-funded "retention pool" created last year, not state appropriations.

"Not a dime of this comes from the general fund," Vogt said. "I want to be very clear about that."

Dahl, who was recruiting in Minneapolis, did not attend the meeting. In a statement released by the university, she thanked the regents and the program's fans.

"Harlan Falls is home for my family," the statement said. "We have unfinished business, and I can't wait to get back in the gym with this group."

Prairie State went 29-5 last season and won the Summit Plains Conference regular-season and tournament titles before losing to top-seeded Stanford Hills in the regional semifinals. Four of the team's five starters are expected to return.

Dahl is 187-71 in eight seasons at the school. Her average home attendance of 4,900 last season ranked third among mid-major programs, Kowalczyk told the board, and women's basketball ticket revenue has nearly tripled since 2021.""",
        [
            ("We had a choice to", "Brent Kowalczyk"),
            ("Either we invest in a", "Brent Kowalczyk"),
            ("nothing against Coach Dahl", "Thomas Engstrom"),
            ("I have to go home", "Thomas Engstrom"),
            ("Those two things don't sit", "Thomas Engstrom"),
            ("too generous to the coach", "Lorraine Whitcomb"),
            ("Not a dime of this", "Marlys Vogt"),
            ("I want to be very", "Marlys Vogt"),
            ("Harlan Falls is home for", "Kerri Dahl"),
            ("We have unfinished business, and", "Kerri Dahl"),
        ],
    ),
    (
        """NCAA suspends Gulf Coast State's Marcus Tillery six games over recruiting violations

Alicia Ferrante, ESPN Staff Writer

Gulf Coast State men's basketball coach Marcus Tillery will be suspended for the first six games of next season and the program will serve two years of probation after the NCAA found that members of his staff arranged impermissible benefits for three recruits, the NCAA Division I Committee on Infractions announced Tuesday.

In its 38-page decision, the committee said Tillery "failed to promote an atmosphere of compliance" and did not adequately monitor former assistant Derrick Hale, who the panel found paid for hotel stays, meals and airfare for relatives of the recruits totaling about $14,700.

"The head coach is presumed responsible for the actions of his staff," the report said. "In this case, the head coach did not rebut that presumption."

Hale, who left the program in 2023, received a four-year show-cause order. He did not participate in the investigation, the committee said, and could not be reached for comment.

Gulf Coast State University said in a statement that it "respectfully disagrees" with parts of the decision and is considering an appeal.

"Coach Tillery has our full support," athletic director Vanessa Ruiz-Hart said in the statement. "He has been transparent and cooperative throughout this process, and we do not believe the penalties fit the facts."

Tillery's attorney, Bradley Sumner, was more pointed.

"The committee found no evidence that Marcus knew about any of this," Sumner told ESPN. "He is being punished for something a former employee did behind his back."

A source familiar with the investigation told ESPN that the NCAA enforcement staff had initially sought a 10-game suspension. The source, who was not authorized to speak publicly about the case, said the committee reduced the penalty in part because the school self-reported two of the violations after an internal review in 2023.

"The school's cooperation mattered," the source said.

Gulf Coast State also must pay a fine of $5,000 plus 1% of the men's basketball budget, reduce its scholarships by one in each of the next two seasons and vacate 11 wins from the 2022-23 season in which the ineligible players competed. The university has already imposed a one-year recruiting restriction on itself, which the committee accepted.

The financial penalty is expected to total roughly $90,000, based on the program's most recent budget filed with the NCAA.

Tillery, 47, is 118-64 in six seasons at Gulf Coast State and led the Herons to the NCAA tournament in 2023 and 2024. He signed a contract extension through 2030 last spring that pays him $2.2 million annually. The deal allows the school to fire him for cause over significant or repeated NCAA violations, though Ruiz-Hart's statement gave no indication the university was considering that.

Tillery spoke briefly to reporters at a youth camp on campus Tuesday afternoon but declined to discuss specifics of the case.

"I love this place, and I'm not going anywhere," he said. "We'll deal with it.\"""",
        [
            ("failed to promote an atmosphere", "NCAA Division I Committee on Infractions"),
            ("The head coach is presumed", "NCAA Division I Committee on Infractions"),
            ("In this case, the head", "NCAA Division I Committee on Infractions"),
            ("respectfully disagrees", "Gulf Coast State University"),
            ("Coach Tillery has our full", "Vanessa Ruiz-Hart"),
            ("He has been transparent and", "Vanessa Ruiz-Hart"),
            ("The committee found no evidence", "Bradley Sumner"),
            ("He is being punished for", "Bradley Sumner"),
            ("The school's cooperation mattered,", "source familiar with the investigation"),
            ("I love this place, and", "Marcus Tillery"),
            ("We'll deal with it.", "Marcus Tillery"),
        ],
    ),
    (
        """Cascade Valley athletics to borrow $12 million from university as deficit grows

By Hannah Okafor
The Mid-Valley Register

MILLBROOK, Ore. — Cascade Valley University's athletic department will borrow up to $12 million from the university's central reserves to cover a widening budget gap, the school's board of trustees decided Friday, the second such loan in three years.

The department ended the 2024-25 fiscal year with a deficit of $8.3 million, according to budget documents presented to the trustees' finance committee. Officials project a shortfall of at least $9 million this year, driven largely by payments to athletes under the new revenue-sharing model and by rising travel costs since the Ospreys joined the Pacific Crest Conference.

Gregory Almeida, the university's vice president for finance, told trustees the loan would carry 3% interest and must be repaid within 10 years.

"This is not a bailout," Almeida said. "It's a structured loan with a repayment schedule, and athletics has made every payment on the last one."

Some trustees were unconvinced. Janet Feldstein-Moore, a retired accountant from Salem, asked how the department planned to repay $12 million while its expenses were growing faster than its revenue.

"I keep hearing that next year will be better," she said. "I've been on this board for six years. Next year has never been better."

Athletic director Curtis Bellamy, who was traveling with the football team, did not attend the meeting. In a written statement, he said the department was "committed to a path to break-even by fiscal 2029" and pointed to a $45 million premium seating project at Riverbend Stadium that is expected to generate about $3 million a year once it opens.

Student body president Aaliyah Greer said students were "tired of being the first place the university looks when athletics needs money." Student fees provide about $6.1 million to athletics each year, the budget documents show, roughly 14% of the department's revenue.

The faculty union, United Academics of Cascade Valley, laid out its position in a letter to trustees signed by more than 200 professors: "At a time when academic departments are being asked to cut adjunct positions, lending eight figures to an athletic program is indefensible."

Board chair Raymond Cole, who voted for the loan, said the alternatives were worse.

"If we don't do this, we are talking about cutting sports in the spring, and I'm not willing to do that to kids who are already enrolled here," Cole said.

The loan passed 9-3, with Feldstein-Moore and two other trustees voting no. It requires the athletic department to submit quarterly financial reports to the finance committee and to present a detailed repayment plan by June.

The earlier loan, approved in 2022, was for $7.5 million. About $5.9 million of it remains outstanding.""",
        [
            ("This is not a bailout,", "Gregory Almeida"),
            ("It's a structured loan with", "Gregory Almeida"),
            ("I keep hearing that next", "Janet Feldstein-Moore"),
            ("I've been on this board", "Janet Feldstein-Moore"),
            ("committed to a path to", "Curtis Bellamy"),
            ("tired of being the first", "Aaliyah Greer"),
            ("At a time when academic", "United Academics of Cascade Valley"),
            ("If we don't do this,", "Raymond Cole"),
        ],
    ),
    (
        """‘We’re going to be relentless’: Mesa Verde State introduces Cody Haskins as football coach

By Luis Carrasco

CORTEZ SPRINGS, Colo. — Cody Haskins had been on campus for less than 24 hours when he was handed a microphone, a black-and-gold visor and a room full of boosters who had just watched their team lose nine games.

He didn’t waste the moment.

“I know what this place has been through the last couple of years,” Haskins told a crowd of about 400 at the Hollister Family Club on Monday. “I’m not here to talk about the past. We’re going to be relentless — in recruiting, in development, in how we play on Saturdays.

“And I’m going to ask a lot of you, too. I need this stadium full. I need the checkbooks open. That’s the deal.”

Haskins, 38, spent the past three seasons as offensive coordinator at Tri-Rivers University, where his offenses ranked in the top 10 nationally in scoring twice. He signed a five-year contract worth $2.4 million annually, according to a memorandum of understanding released by the school, making him the highest-paid coach in Mesa Verde State history.

Athletic director Sheila Navarro said the search included 11 interviews over three weeks.

“Cody was the first person I talked to and the last person I talked to,” Navarro said. “Everybody else in between, I kept comparing to him.”

The hire was made possible in part by a $6 million pledge from longtime donor Walt Hollister, whose name is on the club where Monday’s event was held. Hollister, a Grand Junction car dealer, said he told Navarro to “go get the best guy and send me the bill.”

“I’m 81 years old,” Hollister said. “I want to see this team win a conference championship while I can still climb the stairs.”

University President Elaine Marchetti called the hire “a statement about who we want to be,” but acknowledged questions about the cost. The university froze hiring for most staff positions in the spring after a state funding cut, and the faculty senate passed a resolution last month calling for limits on coaching salaries.

Asked about it Monday, Marchetti said none of Haskins’ salary would come from tuition or state funds.

“I understand the concern,” she said. “I share it, frankly. But athletics is the front porch of this university, and our porch has needed some work.”

Haskins said his first phone call after accepting the job was to the team’s returning starting quarterback, junior Evan Marsh, who threw for 2,870 yards last season.

“He picked up on the first ring,” Haskins said. “That told me something.”

Marsh, reached by text message, said he planned to stay. “Coach Haskins is the real deal,” he wrote.

Haskins is expected to retain at least two assistants from the previous staff, including defensive line coach Marcus Petit, and said he would finalize the rest of his staff before the early signing period.""",
        [
            ("We’re going to be relentless", "Cody Haskins"),
            ("I know what this place", "Cody Haskins"),
            ("I’m not here to talk", "Cody Haskins"),
            ("And I’m going to ask", "Cody Haskins"),
            ("Cody was the first person", "Sheila Navarro"),
            ("Everybody else in between, I", "Sheila Navarro"),
            ("go get the best guy", "Walt Hollister"),
            ("I’m 81 years old,", "Walt Hollister"),
            ("I want to see this", "Walt Hollister"),
            ("a statement about who we", "Elaine Marchetti"),
            ("I understand the concern,", "Elaine Marchetti"),
            ("I share it, frankly. But", "Elaine Marchetti"),
            ("He picked up on the", "Cody Haskins"),
            ("That told me something.", "Cody Haskins"),
            ("Coach Haskins is the real", "Evan Marsh"),
        ],
    ),
    (
        """Heartland Athletic Conference signs $410 million media deal, but not every school gets the same check

KANSAS CITY, Mo. (AP) — The Heartland Athletic Conference has agreed to a seven-year media rights deal worth about $410 million with the streaming service StreamLine Sports and the regional network Midwest Sports Channel, the league announced Wednesday.

The agreement, which begins with the 2026-27 academic year, will pay an average of about $58.6 million a year, or roughly $4.9 million per school for the league's 12 members, the conference said in a statement. Schools received about $3.7 million a year under the previous deal.

"This agreement gives our institutions stability at a moment when there isn't much stability anywhere in college athletics," the conference said.

Commissioner Dwight Abernathy told reporters on a conference call that the league had "left no stone unturned," talking with six potential partners before settling on the split arrangement.

"We'd all love to have Power Four money. We don't," Abernathy said. "What we have is a fair deal that values our football and our basketball, and gets more of our games in front of people than ever before."

But the revenue will not be divided evenly. The four Heartland schools that do not sponsor FBS football will receive about $2.1 million each per year, according to a person with knowledge of the agreement who spoke on condition of anonymity because the distribution formula has not been made public.

"The football schools made it clear they weren't going to subsidize everybody else," the person said.

A spokesman for Flint Hills University, one of the non-football members, said the school was "evaluating its options" and declined further comment. Flint Hills joined the conference in 2014 and has won three of the last five men's basketball tournament titles.

Renata Kowalski, a former network executive who now runs a sports media consulting firm in Chicago, said the structure reflects pressures facing every conference outside the top tier.

"Leagues like the Heartland are in a tough spot," Kowalski said. "The money at the top keeps going up, and everyone else is fighting over what's left."

The deal guarantees at least 20 football games a season on Midwest Sports Channel's linear network, with the rest of the league's inventory, including most Olympic sports, streaming exclusively on StreamLine.

Abernathy, asked whether the weighted formula could push basketball-only schools to look elsewhere, said: "Nobody's leaving. We talked about this as a family, and everyone had a voice."

The conference's board of presidents approved the agreement unanimously Tuesday night, Abernathy said.""",
        [
            ("This agreement gives our institutions", "Heartland Athletic Conference"),
            ("left no stone unturned,", "Dwight Abernathy"),
            ("We'd all love to have", "Dwight Abernathy"),
            ("What we have is a", "Dwight Abernathy"),
            ("The football schools made it", "person with knowledge of the agreement"),
            ("evaluating its options", "spokesman"),
            ("Leagues like the Heartland are", "Renata Kowalski"),
            ("The money at the top", "Renata Kowalski"),
            ("Nobody's leaving. We talked about", "Dwight Abernathy"),
        ],
    ),
    (
        """Bayou Tech NIL collective slashes athlete payments as donations fall off

By Marcus LeBlanc

HOUMA, La. — The largest name, image and likeness collective supporting Bayou Tech athletes is cutting payments to football and basketball players by about 40% this fall, the latest sign that donor money for college athletes is drying up outside the sport's wealthiest programs.

The Pelican Fund, a nonprofit formed in 2022 by a group of Bayou Tech alumni, informed about 85 athletes of the cuts in a letter sent last week.

"We know this is not the news you hoped to receive, and we do not deliver it lightly," the letter said. "Our commitment to Bayou Tech athletes has not changed. Our resources have."

The Pelican Fund took in about $3.2 million in 2023 but roughly $1.9 million last year, according to its tax filings. Executive director Chad Broussard said many of the fund's biggest donors had shifted their giving to the university directly after Bayou Tech began sharing revenue with athletes this year.

"People hear that the school is paying the players now, and they assume we're not needed anymore," Broussard said. "That's not how it works. The school's money has limits, and it doesn't cover everything."

He said some donors were "tapped out" after two years of heavy giving, and others had grown frustrated with players who took collective money and then entered the transfer portal.

"I had one guy tell me he'd paid for a kid's truck and the kid was gone in five months," Broussard said. "I can't blame him for being upset.

"But the answer can't be that we just stop. If we stop, we lose every good player on this roster by January."

Denise Fontenot, whose son Jalen is a sophomore cornerback, said the family learned of the cuts from a teammate before the letter arrived. Jalen Fontenot's agreement paid $2,500 a month; it will drop to $1,500.

"He signed a contract. We planned around that money," she said. "He sends some of it home to help with his little sisters. Now we have to figure something else out."

Bayou Tech athletic director Simone Batiste said in a statement that the university "values its partnership with the Pelican Fund" and that revenue-sharing payments from the school were not affected by the collective's decision.

An athletic department staff member, who spoke on condition of anonymity because they were not authorized to discuss athlete agreements, said at least four players had asked coaches about their transfer options since the letter.

"Nobody's panicking yet," the staff member said. "Ask me again in December."

State Rep. Paul Guidry, a Houma Republican who sits on the House Education Committee, said he did not expect the Legislature to step in.

"These are private deals between private parties," Guidry said. "The state shouldn't be in the business of propping up a booster club."

The Pelican Fund plans a fundraising gala in New Orleans in October, Broussard said, and hopes to restore full payments by winter.""",
        [
            ("We know this is not", "Pelican Fund"),
            ("Our commitment to Bayou Tech", "Pelican Fund"),
            ("People hear that the school", "Chad Broussard"),
            ("That's not how it works.", "Chad Broussard"),
            ("tapped out", "Chad Broussard"),
            ("I had one guy tell", "Chad Broussard"),
            ("I can't blame him for", "Chad Broussard"),
            ("But the answer can't be", "Chad Broussard"),
            ("He signed a contract. We", "Denise Fontenot"),
            ("He sends some of it", "Denise Fontenot"),
            ("values its partnership with the", "Simone Batiste"),
            ("Nobody's panicking yet,", "athletic department staff member"),
            ("Ask me again in December.", "athletic department staff member"),
            ("These are private deals between", "Paul Guidry"),
            ("The state shouldn't be in", "Paul Guidry"),
        ],
    ),
]
