CASES = [
    (
        '''WASHINGTON — The Food and Drug Administration on Tuesday ordered hundreds of flavored e-cigarette products off the market, a step that public health groups have sought for years and that the vaping industry warned would drive adult smokers back to cigarettes.

In a statement, the agency said the products, sold in flavors with names like “Blue Razz Ice” and “Cotton Candy Cloud,” had failed to show that any benefit to adult smokers outweighed “a significant and well-documented risk to young people.” The orders cover about 340 products from 27 companies, most of them small manufacturers of disposable devices.

Dr. Helen Markowitz, director of the FDA’s Center for Tobacco Products, told reporters that her staff had reviewed more than 6,000 pages of applications before acting. “We looked at every piece of evidence the manufacturers gave us, and in case after case, the data simply weren’t there,” she said. Enforcement will begin in 30 days, she added, after which retailers caught selling the products could face fines.

The Vapor Technology and Retail Alliance, which represents about 4,000 vape shops, said it would challenge the orders in federal court.

“Adults who quit smoking with these products are now being told by their own government to go back to Marlboros,” said Derek Sung, the alliance’s executive director. He said several member businesses in Ohio and Pennsylvania had already begun laying off workers in anticipation of the decision.

Lawmakers split along familiar lines. Sen. Patricia Olmstead, D-Ill., who has pressed the agency for years to act, said the orders were “a long overdue first step” but faulted the FDA for doing little about disposable products marketed through social media.

Rep. Wade Thornbury, R-Ky., whose district includes two vape manufacturers, wrote on X that the agency was “picking winners and losers with zero input from Congress.”

The orders come weeks after the Campaign for Tobacco-Free Youth released “Clouded Judgment,” a survey that found nearly one in five high school students had vaped in the past month. A spokesperson for the campaign said the group welcomed the decision but would watch closely for companies that rebrand banned products under new names.

Markowitz said the agency was prepared for that. Companies that try to get around the orders with cosmetic changes, she said, would be treated as selling unauthorized products.''',
        [
            ("a significant and well-documented risk", "Food and Drug Administration"),
            ("We looked at every piece", "Helen Markowitz"),
            ("Adults who quit smoking with", "Derek Sung"),
            ("a long overdue first step", "Patricia Olmstead"),
            ("picking winners and losers with", "Wade Thornbury"),
        ],
    ),
    (
        '''WASHINGTON — The director of the Bureau of Alcohol, Tobacco, Firearms and Explosives defended a proposed rule on private gun sales before a House panel on Wednesday, telling lawmakers the agency was enforcing a law Congress had passed, not inventing a new one.

“We are not making policy here. We are carrying out the statute as written, and we are doing it in the open,” Director Marcus Ellery told the House Judiciary Subcommittee on Crime and Federal Government Surveillance.

The proposal would spell out when someone who sells firearms is “engaged in the business” and must therefore obtain a federal license and run background checks on buyers. A 2022 gun safety law broadened that definition, but left many of the details to the ATF.

Republicans on the panel were unconvinced. Rep. Dale Hutchins, R-Texas, the subcommittee’s chairman, held up a printout of the 466-page proposal and said it would turn ordinary gun owners into criminals.

“If a retiree in my district sells three hunting rifles from his late brother’s estate, is he now a gun dealer?” Hutchins asked. Ellery said he was not, and pointed to exemptions in the rule for people liquidating inherited collections.

Rep. Naomi Reyes-Calder, D-Calif., said the hearing was an effort to “relitigate a law that passed with bipartisan votes” and read aloud from a letter sent to the committee by Gloria Ortiz, whose 16-year-old son was shot and killed in Fresno last year with a pistol bought through an online listing:

“Our son would be alive if the man who sold that gun had been required to ask a single question. He was not. Nobody asked anything.

“I am not asking you to take anyone’s guns away. I am asking you to let the ATF do its job.”

The National Shooting Sports Council, a firearms industry trade group, said in written testimony that the rule would create “confusion and legal jeopardy for hundreds of thousands of law-abiding collectors,” and urged the agency to withdraw it.

Gun safety groups, which have branded the measure the “close the loophole” rule, plan to deliver petitions with more than 200,000 signatures to the committee this week. Ellery said the agency had received about 380,000 public comments and expected to finalize the rule by the fall.''',
        [
            ("We are not making policy", "Marcus Ellery"),
            ("If a retiree in my", "Dale Hutchins"),
            ("relitigate a law that passed", "Naomi Reyes-Calder"),
            ("Our son would be alive", "Gloria Ortiz"),
            ("confusion and legal jeopardy for", "National Shooting Sports Council"),
        ],
    ),
    (
        '''WASHINGTON -- The Department of Health and Human Services on Thursday announced negotiated prices for 15 more prescription drugs covered by Medicare, including two widely used diabetes medications, in the latest round of a program that drugmakers have fought in court since it was created.

Health and Human Services Secretary Rosalind Petrakis said the new prices, which take effect in January 2027, would save Medicare beneficiaries roughly $2.1 billion a year in out-of-pocket costs. "For a lot of seniors, this is the difference between filling a prescription and leaving it on the pharmacy counter," she said at a briefing at the department's headquarters.

The discounts range from 38 percent to 79 percent off list prices, according to figures released by the Centers for Medicare & Medicaid Services. The agency did not disclose how much each manufacturer had offered in the negotiations, citing confidentiality rules written into the law.

The Pharmaceutical Research and Innovation Council, the industry's main lobbying group, said in a statement that the program amounted to "government price-setting by another name" and that it would continue to support lawsuits challenging it.

Analysts were more divided. A report released Thursday by the Brookfield Center for Health Policy, titled "Lower Prices, Fewer Pills?", estimated that the negotiations could result in about eight fewer new drugs reaching the market over the next decade, an effect the report described as "modest but real, and worth watching closely."

Jonah Feldstein, a senior fellow at the center and one of the report's authors, said in an interview that both sides had overstated their case. "The industry says innovation will collapse. Advocates say there's no trade-off at all. Neither one is true," he said.

Sen. Carla Whitmore, R-N.C., a member of the Senate Finance Committee, said she planned to introduce legislation to exempt drugs for rare diseases from future rounds, arguing that small patient populations made such treatments especially sensitive to price pressure. A spokesman for Whitmore said the bill could be filed as early as next week.''',
        [
            ("For a lot of seniors,", "Rosalind Petrakis"),
            ("government price-setting by another name", "Pharmaceutical Research and Innovation Council"),
            ("modest but real, and worth", "Brookfield Center for Health Policy"),
            ("The industry says innovation will", "Jonah Feldstein"),
        ],
    ),
    (
        '''WASHINGTON — Senators from both parties rebuked Food and Drug Administration officials on Tuesday over the agency’s handling of a whistle-blower’s warning about contamination at a Michigan infant formula plant, a complaint that went unanswered for nearly five months before the plant was shut down and a nationwide shortage set in.

“Five months, and nothing happened,” said Sen. Raymond Kessler, D-Vt., chairman of the Senate Health, Education, Labor and Pensions Committee, as he opened the hearing. He said parents had been driving across state lines in search of formula while the complaint sat in the agency’s files.

Dr. Lena Vasquez-Hart, the FDA’s deputy commissioner for food policy and response, acknowledged that the agency had “moved far too slowly” and said its system for tracking tips from industry insiders still relied partly on paper records and fax machines.

“We have a 21st-century food supply and a 20th-century inspection system,” she said, adding that the agency had requested $47 million in next year’s budget to modernize its data systems.

Sen. Gail Brennan, R-Kan., pressed Vasquez-Hart on the complaint itself, which had been routed to what the agency calls its “rapid response” team but, according to an internal review released last month, was not opened for weeks. Brennan asked whether anyone had lost a job as a result. Vasquez-Hart said two employees had been reassigned.

“Reassigned is not accountability. In any other business, somebody would be gone,” Brennan replied.

The internal review, titled “Lessons From the Formula Crisis,” found that FDA inspectors had visited the plant twice during that period without being told about the complaint.

Outside the hearing room, Keisha Moreland, a mother from Detroit who testified before the committee last year about the shortage, said she was unmoved by the officials’ apologies. “I heard a lot of sorry today and not one real plan,” she said.

An FDA spokesperson said after the hearing that the agency would release a timeline for its reforms by June.''',
        [
            ("Five months, and nothing happened", "Raymond Kessler"),
            ("moved far too slowly", "Lena Vasquez-Hart"),
            ("We have a 21st-century food", "Lena Vasquez-Hart"),
            ("Reassigned is not accountability.", "Gail Brennan"),
            ("I heard a lot of sorry", "Keisha Moreland"),
        ],
    ),
    (
        '''WASHINGTON — As Congress weighs new limits on pharmacy benefit managers, the companies that negotiate drug prices on behalf of insurers and employers have nearly tripled their lobbying spending in three years, according to an analysis of federal disclosure records by the watchdog group Capitol Ledger.

The three largest PBMs and their trade association spent a combined $41 million on lobbying last year, the analysis found, deploying more than 120 registered lobbyists, many of them former congressional aides. The group’s report, “Middlemen in the Middle,” concluded that the industry had “built one of the most formidable influence operations on Capitol Hill in under five years.”

Trent Abernathy, a former chief of staff to a Senate Republican who now lobbies for the Pharmaceutical Care Management Alliance, said the numbers reflected the stakes rather than anything improper. “When Congress is talking about rewriting how your entire industry gets paid, you show up,” he said.

The bill at the center of the fight, known around the Capitol as the “delinking” bill, would bar PBMs from collecting fees pegged to a drug’s list price, a practice critics say rewards the companies for favoring expensive medications. It cleared the House Energy and Commerce Committee in March by a vote of 41 to 9.

Its chief sponsor, Rep. Eleanor Vance, D-Ore., said lobbyists for the industry had met with her staff more than a dozen times since January.

“The alliance’s president sat in my office and told me, ‘The market will sort this out.’ The market has had 20 years,” Vance said.

The alliance’s president, Dana Whitcomb, said in a statement that the bill would “raise premiums for millions of working families” and that she had met with Vance in good faith. She did not dispute Vance’s account of the meeting.

Capitol Ledger’s analysis also found that at least 14 former staff members of the Energy and Commerce Committee had registered to lobby for PBMs or their clients since 2020. The committee’s chairman declined to comment.''',
        [
            ("built one of the most formidable", "Capitol Ledger"),
            ("When Congress is talking about", "Trent Abernathy"),
            ("The alliance’s president sat in", "Eleanor Vance"),
            ("The market will sort this", "Dana Whitcomb"),
            ("raise premiums for millions of", "Dana Whitcomb"),
        ],
    ),
    (
        '''SILVER SPRING, Md. — A panel of outside experts advising the Food and Drug Administration voted 9 to 4 on Thursday that the benefits of an experimental Alzheimer’s drug outweigh its risks, clearing the way for a likely approval of a treatment that has divided neurologists.

The drug, donanexib, made by Calloway Therapeutics of Cambridge, Mass., slowed cognitive decline by about 27 percent over 18 months in a late-stage trial of 1,800 patients. But roughly one in eight patients who received it developed swelling or small bleeds in the brain, and three died during the study.

“This is a modest effect, and we owe it to patients to be honest about that. But modest is not nothing when you are talking about a disease with no cure,” said Dr. Priya Raghunathan, a neurologist at Halvorsen University who chaired the panel and voted in favor.

Among the dissenters was Dr. Thomas Achebe-Lund, a biostatistician at Lakeshore Medical College. He said the results in patients older than 75 were “essentially indistinguishable from what we saw with placebo” and questioned whether the company’s proposed label would adequately warn doctors.

Several panelists also raised concerns about cost. Calloway has not announced a price, but analysts at the investment firm Harlow & Pierce estimate it will exceed $25,000 a year, before the cost of the regular brain scans patients would need to monitor for side effects.

In a statement after the vote, Calloway said it was “grateful to the committee for its careful review” and expected the FDA to make a decision by the end of the year.

Patient advocates filled the public comment session. Linda Farraday, 64, of Rockville, whose husband was diagnosed with early-onset Alzheimer’s three years ago, held up a photograph from their wedding day.

“He still knows me, and every month that stays true is a month I will fight for,” she told the panel.

The FDA is not bound by its advisers’ votes but usually follows them. An agency spokesperson declined to comment on the timing of a decision.''',
        [
            ("This is a modest effect,", "Priya Raghunathan"),
            ("essentially indistinguishable from what we", "Thomas Achebe-Lund"),
            ("grateful to the committee for", "Calloway Therapeutics"),
            ("He still knows me, and", "Linda Farraday"),
        ],
    ),
    (
        '''WASHINGTON -- House Republicans on Monday unveiled a spending bill that would cut the budget of the Centers for Disease Control and Prevention by nearly 22 percent, setting up a clash with Senate Democrats and the White House over public health funding as a Sept. 30 deadline approaches.

The bill, released by the House Appropriations Subcommittee on Labor, Health and Human Services, Education, and Related Agencies, would eliminate several CDC grant programs, including the "Healthy Communities Challenge," a $140 million initiative aimed at preventing diabetes and heart disease. It would also trim the budget of the National Institutes of Health by 6 percent.

Rep. Gordon Pruitt, R-Ohio, the subcommittee's chairman, said the agency had lost public trust during the pandemic and needed to refocus on infectious disease. "We are not gutting the CDC. We are asking it to do fewer things and to do them well," he said in an interview.

The subcommittee's top Democrat, Rep. Loretta Simms of Maryland, called the bill "a wrecking ball aimed at state and local health departments" and said Democrats would offer amendments to restore the funding when the full committee takes up the measure next week.

A senior Democratic aide, who spoke on the condition of anonymity to discuss private negotiations, said the bill had "zero chance of surviving the Senate in this form" and predicted that Congress would again rely on a stopgap measure to keep the government open.

The Meridian Institute, a conservative think tank, praised the bill in a post on its website, calling it "the first serious attempt in a decade to rein in a sprawling agency."

Public health officials warned of consequences far from Washington. Dr. Ana Coelho, who heads the Association of County & City Health Directors, said local health departments that rely on CDC grants for as much as half of their budgets would be forced to lay off epidemiologists and nurses within months. The group estimated that more than 9,000 jobs were at risk.''',
        [
            ("We are not gutting the", "Gordon Pruitt"),
            ("a wrecking ball aimed at", "Loretta Simms"),
            ("zero chance of surviving the", "senior Democratic aide"),
            ("the first serious attempt in", "Meridian Institute"),
        ],
    ),
    (
        '''WASHINGTON — The nominee to lead the Bureau of Alcohol, Tobacco, Firearms and Explosives told senators on Tuesday that her first priority would be modernizing the agency’s gun-tracing operation, which still stores millions of firearm sales records on paper at a warehouse in Martinsburg, W.Va.

Karen Osei-Whitfield, a former federal prosecutor who spent 14 years at the agency before leaving to teach law, described the bureau’s National Tracing Center in blunt terms at her confirmation hearing before the Senate Judiciary Committee.

“Our agents are doing 21st-century investigations with a filing system held together by cardboard boxes and good intentions,” she said.

Republicans focused instead on the agency’s treatment of licensed gun dealers. Sen. Curtis Langdon, R-Mont., cited what gun-rights groups call the ATF’s “zero tolerance” policy, under which dealers have lost their licenses over a single paperwork violation. He then put the question to the nominee directly: “Will you end that policy on your first day, yes or no?”

Osei-Whitfield did not give a direct answer. She said the agency must “always distinguish between a clerical mistake and a dealer who is arming traffickers,” and promised to review the policy within her first 90 days.

Langdon said afterward that he was not satisfied and would not support her nomination.

Sen. Maria Delgado-Pryce, D-N.M., noted that the ATF has had a Senate-confirmed director for only a few of the past 18 years, and said both parties shared the blame for leaving the agency without stable leadership.

Citizens for Firearms Liberty and Self-Defense, a gun-rights group with chapters in 30 states, sent a letter to committee members urging them to reject the nominee, citing what it called her “long record of hostility toward lawful gun owners and sportsmen.”

The committee is expected to vote on the nomination next month. With the panel evenly divided, her confirmation is likely to depend on whether any Republican crosses party lines.''',
        [
            ("Our agents are doing 21st-century", "Karen Osei-Whitfield"),
            ("Will you end that policy", "Curtis Langdon"),
            ("always distinguish between a clerical", "Karen Osei-Whitfield"),
            ("long record of hostility toward", "Citizens for Firearms Liberty and Self-Defense"),
        ],
    ),
]
