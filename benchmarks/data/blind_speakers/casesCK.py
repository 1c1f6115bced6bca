CASES = [
    (
        """OMAHA, Neb. (AP) — More than 1,100 workers at a pork processing plant in eastern Nebraska walked off the job early Tuesday after contract talks collapsed over line speeds and health insurance costs, union officials said.

Members of United Packinghouse and Allied Workers Local 418 set up picket lines outside the Harlan Creek Foods plant in Bellwood shortly after the overnight shift ended at 5 a.m.

"We didn't want to be out here, but the company left us no choice," said Dolores Achterberg, the local's president, who has worked on the plant's cut floor for 19 years. "They want us to go faster and pay more for the privilege."

The company, based in Sioux Falls, South Dakota, said in a statement that it had offered "a fair and competitive package" that included wage increases of 11% over four years.

"We are disappointed that union leadership chose to strike rather than put our final offer to a vote of the membership," the statement said. The company said the plant would continue operating with salaried staff and temporary workers.

Achterberg disputed that account, saying members rejected the offer by 87% at a meeting Sunday.

At the center of the dispute is the speed of the processing line, which the company wants to raise from 1,060 to 1,140 hogs an hour. Workers say faster lines lead to more cuts, sprains and repetitive-motion injuries.

Ramón Quiñonez, 44, who trims shoulders, held up a hand with two fingers wrapped in tape. "This is what it already looks like," he said. "You add 80 more an hour, you tell me what it looks like next year."

A spokesman for Harlan Creek, Bryce Tollefsen, said the plant's injury rate was below the industry average and that the company had invested "millions of dollars" in ergonomic equipment since 2021.

"Safety is our first priority, and it will remain our first priority," Tollefsen said in a phone interview.

The strike is the first at the plant since 1996, when workers stayed out for six weeks before accepting a contract that froze wages for two years.

Gretchen Valdivia, a labor economist at Northfield State University who studies the meatpacking industry, said a tight rural labor market gives the union more leverage than it had then.

"Ten years ago, a company could replace a striking workforce in a week," she said. "That's just not the case anymore in rural Nebraska."

No new talks had been scheduled as of Tuesday afternoon.""",
        [
            ("We didn't want to be", "Dolores Achterberg"),
            ("They want us to go", "Dolores Achterberg"),
            ("a fair and competitive package", "Harlan Creek Foods"),
            ("We are disappointed that union", "Harlan Creek Foods"),
            ("This is what it already", "Ramón Quiñonez"),
            ("You add 80 more an", "Ramón Quiñonez"),
            ("millions of dollars", "Bryce Tollefsen"),
            ("Safety is our first priority", "Bryce Tollefsen"),
            ("Ten years ago, a company", "Gretchen Valdivia"),
            ("That's just not the case", "Gretchen Valdivia"),
        ],
    ),
    (
        """TORONTO — A coroner's jury has recommended that Ontario require dedicated on-site safety supervisors at every residential highrise project over 10 storeys, following an inquest into the death of a 23-year-old apprentice who fell from a Mississauga tower in 2022.

The five-member jury delivered 17 recommendations Friday after hearing nine days of testimony about the death of Tyler Brisebois, an apprentice formworker employed by a subcontractor on the Lakeview Crest condominium project.

Brisebois fell 14 storeys on Nov. 3, 2022, when a section of guardrail gave way as he was stripping forms from a concrete slab.

His mother, Janine Brisebois, told reporters outside the courthouse that she was relieved but that the recommendations "mean nothing if they sit on a shelf."

"Tyler did everything he was told to do that day," she said. "He trusted that somebody had checked that railing. Nobody had."

Presiding coroner Dr. Anjali Raghunathan reminded jurors at the outset that their task was "not to find fault, but to prevent deaths like this one."

Jurors heard that the guardrail had been removed and reinstalled at least twice in the week before the fall. The site superintendent, Gord Whitlock, testified that he had not personally inspected it.

"I had 140 people on that site and two of me," Whitlock told the inquest last Tuesday. "I relied on the foremen."

The subcontractor, Vantage Forming Ltd., pleaded guilty in 2023 to a charge under provincial health and safety legislation and was fined $210,000. In a written statement Friday, the company said it had "fully implemented" changes to its guardrail inspection procedures and extended its condolences to the Brisebois family.

Among the jury's other recommendations: that apprentices in their first two years never work at heights without a journeyperson within sight, and that guardrail inspections be logged electronically and made available to inspectors on demand.

Carlos Medeiros, business manager of Formworkers' Council Local 27, which represented Brisebois, said the union had pushed for dedicated safety supervisors for years.

"We've been asking for this for a decade," Medeiros said.

He added: "Every one of these recommendations is written in a young man's blood. The province should adopt them before the next funeral, not after."

Coroner's juries' recommendations are not binding. A spokesperson for the provincial labour minister said in an email that the government "will carefully review" the jury's findings and respond in due course.

— The Canadian Press""",
        [
            ("mean nothing if they sit", "Janine Brisebois"),
            ("Tyler did everything he was", "Janine Brisebois"),
            ("He trusted that somebody had", "Janine Brisebois"),
            ("not to find fault, but", "Anjali Raghunathan"),
            ("I had 140 people on", "Gord Whitlock"),
            ("I relied on the foremen.", "Gord Whitlock"),
            ("fully implemented", "Vantage Forming Ltd."),
            ("We've been asking for this", "Carlos Medeiros"),
            ("Every one of these recommendations", "Carlos Medeiros"),
            ("will carefully review", "spokesperson for the provincial labour minister"),
        ],
    ),
    (
        """By Natalie Ferris

An administrative law judge heard testimony on Monday in a case that could decide whether a Queens distribution center illegally fired a worker who had helped lead a union drive there last year.

The worker, Desmond Okafor, 31, told the judge that his supervisor had warned him weeks before his dismissal that union supporters did not last long at the warehouse. Mr. Okafor had worked for three years as a forklift operator at the Maspeth facility, which is run by Crestline Logistics and handles deliveries for several grocery chains.

“I was never written up, not once, until I started handing out cards,” Mr. Okafor said from the witness stand. “Then it was three write-ups in a month.”

Lawyers for Crestline argued that Mr. Okafor was fired for repeated safety violations, including driving a forklift at excessive speed on the loading dock. A lawyer for the company, Priya Venkataraman, told the judge that the record would show “a pattern of conduct that any employer would have addressed.”

The union that sought to organize the warehouse, the Warehouse and Distribution Workers Alliance, lost an election there in March by 14 votes. Its organizing director, Lucinda Marsh, said outside the hearing room that the firing had frightened other workers.

“If they can fire Desmond, they can fire anyone who speaks up,” Ms. Marsh said. “That’s the message they wanted to send, and for a while it worked.”

The supervisor, Kevin Strand, testified later on Monday and denied making any such warning. “I never said that to him or to anyone,” Mr. Strand said.

Under cross-examination, he acknowledged that he had discussed the union campaign with other managers, but said the conversations were “about logistics, like where people could hand out flyers.”

An internal email introduced as evidence, sent by a regional operations manager to Mr. Strand in February, described Mr. Okafor as “the ringleader” and asked Mr. Strand to “keep a close eye on his numbers.” The manager, who was not identified in court, no longer works for the company, Ms. Venkataraman said.

The judge, Harold Lindqvist, ordered the company to produce additional records before the hearing resumes next month.

“I want to see the disciplinary records for every forklift operator at that facility for the last two years,” Judge Lindqvist said. “Not just Mr. Okafor’s.”

If the judge finds that the firing was unlawful, Crestline could be ordered to reinstate Mr. Okafor with back pay. Either side may appeal the ruling to the full federal labor board in Washington, a process that can take more than a year.""",
        [
            ("I was never written up,", "Desmond Okafor"),
            ("Then it was three write-ups", "Desmond Okafor"),
            ("a pattern of conduct that", "Priya Venkataraman"),
            ("If they can fire Desmond,", "Lucinda Marsh"),
            ("That’s the message they wanted", "Lucinda Marsh"),
            ("I never said that to", "Kevin Strand"),
            ("about logistics, like where people", "Kevin Strand"),
            ("the ringleader", "regional operations manager"),
            ("keep a close eye on", "regional operations manager"),
            ("I want to see the", "Harold Lindqvist"),
            ("Not just Mr. Okafor’s.", "Harold Lindqvist"),
        ],
    ),
    (
        """HALIFAX — Buses and ferries sat idle across the Halifax area Monday as roughly 780 transit workers went on strike, leaving tens of thousands of commuters scrambling for rides on the first cold morning of the season.

Members of the Maritime Transit Workers Union, Local 1104, walked out at 12:01 a.m. after weekend talks with Harbourlink Transit ended without a deal. Scheduling and washroom access on long routes are among the key issues, along with wages.

Local president Shawn MacEachern said drivers routinely work split shifts that stretch to 13 hours, with unpaid gaps in the middle of the day.

"People think this is about money. It's about being able to see your kids," MacEachern told reporters on a picket line outside the Burnside garage. "We've got operators who leave the house at five in the morning and get home at seven at night, and they're paid for eight hours of that.

"We've got operators who can't find a washroom for three hours on some routes. We are not asking for the moon."

In a statement, Harbourlink said its final offer included a 14 per cent wage increase over four years and "meaningful improvements" to scheduling.

"We recognize the hardship this disruption causes for riders, and we remain ready to return to the table at any time," the statement said.

The agency carries about 95,000 riders on an average weekday. Harbourlink said its accessible door-to-door service for riders with disabilities would continue to operate, staffed by non-union contractors.

Mayor Colleen Fitzpatrick-Rowe urged both sides to resume talks as soon as possible.

"Every day the buses don't run, it's the people who can least afford it who pay the price," the mayor said at city hall.

At a downtown bus terminal, where a handful of confused riders waited for buses that were not coming, nursing student Abena Mensah said she had spent $38 on a cab to get to a clinical placement.

"I support the drivers, honestly," she said. "But I don't know how long I can keep doing this."

The last transit strike in the city, in 2012, lasted five weeks. No new talks were scheduled as of Monday evening.""",
        [
            ("People think this is about", "Shawn MacEachern"),
            ("We've got operators who leave", "Shawn MacEachern"),
            ("We've got operators who can't", "Shawn MacEachern"),
            ("meaningful improvements", "Harbourlink Transit"),
            ("We recognize the hardship this", "Harbourlink Transit"),
            ("Every day the buses don't", "Colleen Fitzpatrick-Rowe"),
            ("I support the drivers, honestly,", "Abena Mensah"),
            ("But I don't know how", "Abena Mensah"),
        ],
    ),
    (
        """By Teresa Alcott
Staff writer

State safety regulators have fined a Mesa excavation contractor $186,400 and cited it for eight serious violations after a trench collapse in July killed one worker and injured another, according to records released Thursday.

The Arizona Bureau of Workplace Safety found that Red Mesa Grading & Utility failed to install shoring or a trench box in a 12-foot-deep trench where crews were laying sewer pipe for a new subdivision in east Mesa. The citation described the trench walls as "vertical, unprotected and composed of previously disturbed soil."

Luis Arredondo-Vega, 36, of Chandler, died when one wall collapsed on July 17. A co-worker, whose name has not been released, was partially buried and spent four days in the hospital.

"This was entirely preventable," the bureau's director, Nadine Kowalczyk, said in a news release. "The requirements for trench protection are not new, they are not complicated, and they exist because soil kills workers in seconds."

The bureau also cited the company for failing to train workers to recognize cave-in hazards and for not keeping a ladder within 25 feet of workers in the trench.

Red Mesa's owner, Dale Pruett, said the company would contest the citations. In a brief phone call Thursday, Pruett said a trench box "was on site and was supposed to be in use" and that the foreman on duty had been fired after the collapse.

"We lost a member of our crew, and nobody feels that worse than we do," Pruett said. "But some of what's in that report is just not accurate, and we'll say so at the hearing."

Arredondo-Vega's wife, Marisol Arredondo, said through an interpreter that her husband had told her weeks before his death that he was worried about working in deep trenches.

"He told me one day the ground was going to fall on somebody," she said. "He knew. Why didn't they know?"

Javier Solís, an organizer with the Valley Construction Workers Center, a nonprofit that works with immigrant laborers, called the fine "a start, not a finish." He said penalties are often reduced in settlement talks.

"Contractors do the math," Solís said. "If the fine is smaller than the cost of doing it right, some of them will roll the dice."

Red Mesa has 15 working days to file a formal notice of contest, a bureau spokesperson said. A hearing before a state review board would likely not take place until next year.""",
        [
            ("vertical, unprotected and composed of", "Arizona Bureau of Workplace Safety"),
            ("This was entirely preventable,", "Nadine Kowalczyk"),
            ("The requirements for trench protection", "Nadine Kowalczyk"),
            ("was on site and was", "Dale Pruett"),
            ("We lost a member of", "Dale Pruett"),
            ("But some of what's in", "Dale Pruett"),
            ("He told me one day", "Marisol Arredondo"),
            ("He knew. Why didn't they", "Marisol Arredondo"),
            ("a start, not a finish.", "Javier Solís"),
            ("Contractors do the math,", "Javier Solís"),
            ("If the fine is smaller", "Javier Solís"),
        ],
    ),
    (
        """EDMONTON — Public school teachers in Alberta have voted 94 per cent in favour of strike action, their union announced Wednesday, setting the stage for what could be the first province-wide teachers' strike in a generation.

In a letter sent to members Tuesday night, Alberta Federation of School Teachers president Marguerite Lavoie wrote that classroom conditions had reached "a breaking point."

"Our members are teaching classes of 38 and 40 students, with no educational assistant and no end in sight," the letter said. "We did not choose this fight. We are choosing not to walk away from it."

Class size has been at the centre of the union's public campaign, which has plastered billboards across Calgary and Edmonton with the slogan "Class Size Matters."

Finance Minister Rhonda Ekstrand, whose department oversees public-sector bargaining, responded in a statement: "The government has tabled a fair offer that respects both teachers and taxpayers. A strike would only hurt students."

Speaking to reporters at the legislature later in the day, Ekstrand said the province would "not negotiate through the media" and declined to say whether it would consider back-to-work legislation.

Under provincial law, the union must give 72 hours' notice before any job action. At a news conference Wednesday, Lavoie said no date had been set and that the federation would give the government "every opportunity" to return to the bargaining table before serving notice.

The province's offer includes wage increases totalling 12 per cent over four years, but the union says it contains no enforceable limits on class size.

Harjit Dhaliwal, co-chair of the advocacy group Parents for Public Schools Alberta, said families were bracing for disruption.

"Parents are exhausted," Dhaliwal said. "We've been through a pandemic, we've been through cuts, and now this. But most of the parents I talk to are on the teachers' side."

Owen Tremblay-Ng, who teaches Grade 4 at an elementary school in northeast Calgary, said he voted for a strike with a heavy heart.

"I've got kids who need one-on-one support, and I have 34 of them," he said. "I can't be in 34 places."

About 46,000 teachers are covered by the agreement, which expired in August.""",
        [
            ("a breaking point.", "Marguerite Lavoie"),
            ("Our members are teaching classes", "Marguerite Lavoie"),
            ("We did not choose this", "Marguerite Lavoie"),
            ("The government has tabled a", "Rhonda Ekstrand"),
            ("not negotiate through the media", "Rhonda Ekstrand"),
            ("every opportunity", "Marguerite Lavoie"),
            ("Parents are exhausted,", "Harjit Dhaliwal"),
            ("We've been through a pandemic", "Harjit Dhaliwal"),
            ("I've got kids who need", "Owen Tremblay-Ng"),
            ("I can't be in 34", "Owen Tremblay-Ng"),
        ],
    ),
    (
        """SACRAMENTO — Farmworkers and warehouse employees told state lawmakers Wednesday that existing heat rules are routinely ignored, as an Assembly committee took up a bill that would require employers to provide paid cooling breaks whenever temperatures top 90 degrees.

The measure, AB 1187 by Assemblymember Teresa Ochoa-Lind (D-Fresno), would apply to both outdoor work and indoor workplaces such as warehouses, and would increase penalties for repeat violators.

"We have rules on the books, but rules that aren't enforced are just suggestions," Ochoa-Lind said as she opened the hearing of the Assembly Labor and Employment Committee.

Eulalia Ramírez, 52, who picks grapes in Kern County, described working in 108-degree heat last summer.

"The foreman says drink water, but the water is at the end of the row, and the row is half a mile long," Ramírez said through an interpreter. "If you walk to get water, you lose your pace, and they pay by the box."

Tavon Riggins, who unloads trailers at a distribution center in San Bernardino County, told the committee that temperatures inside the trailers can exceed 110 degrees.

"They put fans in after somebody passed out last August," he said. "Fans. In a metal box in the desert."

Agricultural groups lined up against the bill. Brent Hollister, vice president of government affairs for the California Growers and Shippers Council, said it would impose "one-size-fits-all mandates" on farms of every size.

"Our members take heat illness seriously," Hollister said. "Nobody wants to see a worker get hurt. But paid breaks every hour, regardless of conditions on the ground, would make it impossible for a lot of small growers to get a crop in."

A letter to the committee from the Inland Logistics Association, which represents about 40 warehouse operators, called the bill's indoor provisions "duplicative and unworkable" and urged lawmakers to wait for state regulators to finish updating existing rules.

The committee voted 5-2 to advance the bill, with both Republicans on the panel voting no.

"I don't doubt anything we heard today," Assemblymember Curtis Vandenberg (R-Redding) said before the vote. "I doubt that a mandate written in Sacramento is the answer for a ranch in Modoc County."

The bill now goes to the Assembly Appropriations Committee.""",
        [
            ("We have rules on the", "Teresa Ochoa-Lind"),
            ("The foreman says drink water,", "Eulalia Ramírez"),
            ("If you walk to get", "Eulalia Ramírez"),
            ("They put fans in after", "Tavon Riggins"),
            ("Fans. In a metal box", "Tavon Riggins"),
            ("one-size-fits-all mandates", "Brent Hollister"),
            ("Our members take heat illness", "Brent Hollister"),
            ("Nobody wants to see a", "Brent Hollister"),
            ("duplicative and unworkable", "Inland Logistics Association"),
            ("I don't doubt anything we", "Curtis Vandenberg"),
            ("I doubt that a mandate", "Curtis Vandenberg"),
        ],
    ),
    (
        """By Martin Greaves

Machinists at Halvorsen Aerostructures Inc. voted Sunday to ratify a four-year contract, ending a 41-day strike that had halted production of fuselage sections for several commercial jet programs.

About 72% of the roughly 5,400 members who cast ballots approved the deal, which includes a 29% general wage increase over the life of the contract and restores a cost-of-living adjustment that workers gave up in 2014, according to District 88 of the International Aerospace Machinists Union.

"Our members stood together in the rain and the cold for six weeks, and they won something that nobody thought was possible in June," said Frank Dombrowski, the district's directing business representative. "This contract is theirs."

Outside the union hall in Wichita, Kan., members who had carried signs reading "Fair Contract Now" for more than a month honked car horns as the results were announced.

Halvorsen said workers would begin returning to the plant on Tuesday. Chief Executive Lorraine Whitcombe said in a memo to employees that the company was "glad to welcome our teammates back" and that the agreement "positions Halvorsen to compete for the next decade."

The strike cost the company roughly $9 million a day in lost revenue, according to estimates by Brightwater Capital Markets. Analyst Samuel Oduya said in a note to clients that a full recovery in deliveries could take "well into the second quarter."

"Restarting a line is not like flipping a switch," Mr. Oduya wrote. "Suppliers have laid off staff, parts have piled up in the wrong places, and some skilled workers may not come back at all."

Not all union members were satisfied. The company refused to restore the defined-benefit pension plan that was closed to new hires a decade ago, a central demand when the strike began.

Gail Petersen, who has installed wiring harnesses at the plant for 27 years, said she voted yes reluctantly.

"I'll take the raise," Ms. Petersen said. "But my son works two stations down from me, and he's never going to have the pension I have. That's not a win for him."

Mr. Dombrowski said the union would "keep fighting" on retirement security in future negotiations, and noted that the new contract expires a year before the company's next major aircraft program is scheduled to ramp up.""",
        [
            ("Our members stood together in", "Frank Dombrowski"),
            ("This contract is theirs.", "Frank Dombrowski"),
            ("glad to welcome our teammates", "Lorraine Whitcombe"),
            ("positions Halvorsen to compete for", "Lorraine Whitcombe"),
            ("well into the second quarter.", "Samuel Oduya"),
            ("Restarting a line is not", "Samuel Oduya"),
            ("I'll take the raise,", "Gail Petersen"),
            ("But my son works two", "Gail Petersen"),
            ("keep fighting", "Frank Dombrowski"),
        ],
    ),
]
