CASES = [
    (
        """Supreme Court rules police need warrant to get footage from home security cameras

MARIE-CLAUDE DESROCHERS
JUSTICE WRITER
OTTAWA

The Supreme Court of Canada has ruled that police violated a Saskatoon man's Charter rights when they obtained footage from his home security system directly from the camera company without a warrant, a decision privacy advocates say will reshape how investigators use the growing network of private surveillance devices.

In a 5-4 ruling released Friday, the court said Kevin Lachapelle had a reasonable expectation of privacy in video stored on a cloud server operated by Regina-based Sentrix Home Systems Inc., even though he had agreed to terms of service allowing the company to share data with law enforcement.

"The fine print of a consumer contract cannot be the measure of constitutional protection," Justice Hélène Marchildon wrote for the majority. "Few Canadians read these agreements, and fewer still understand them as a surrender of their rights against the state."

The footage, which showed Mr. Lachapelle carrying a duffel bag into his garage hours after a 2019 break-in at a neighbourhood pharmacy, was excluded from evidence. His convictions for break and enter and possession of stolen property were overturned and an acquittal entered.

Writing for the four dissenting judges, Justice Douglas Ferrier said the majority had given too little weight to the customer's consent. He warned that the decision would "hamstring legitimate investigations" at a time when private cameras are often the only witnesses to a crime.

Mr. Lachapelle's lawyer, Anita Brar, said her client was relieved. "He has always maintained that what happens inside his home is his business," she said in an interview. "Today the court agreed."

The Prairie Civil Liberties Association, which intervened in the case, called the ruling in a statement "a long-overdue recognition that the home does not stop at the front door."

The Saskatoon Police Service said it was reviewing the decision. "We will be working with the Crown to understand what this means for ongoing files," Inspector Dale Wiebe told reporters Friday afternoon. He would not say how many investigations might be affected.

Sentrix did not respond to a request for comment.

Nadia Sayed, who teaches criminal law and evidence at the University of Saskatchewan, said the majority had drawn a clear line for police. "Police can still get this footage. They just have to go to a judge first, which is what the Charter has always required," she said.

But she cautioned that the narrow split means the law in this area is unlikely to stay settled for long, particularly as more households install doorbell cameras and smart-home devices that record continuously.

"A 5-4 decision on a question this important tells you the issue isn't finished," Prof. Sayed said.
""",
        [
            ("The fine print of a", "Hélène Marchildon"),
            ("Few Canadians read these agreements,", "Hélène Marchildon"),
            ("hamstring legitimate investigations", "Douglas Ferrier"),
            ("He has always maintained that", "Anita Brar"),
            ("Today the court agreed.", "Anita Brar"),
            ("a long-overdue recognition that", "Prairie Civil Liberties Association"),
            ("We will be working with", "Dale Wiebe"),
            ("Police can still get this", "Nadia Sayed"),
            ("A 5-4 decision on a", "Nadia Sayed"),
        ],
    ),
    (
        """Ontario's top court sides with First Nation in dispute over northern mining road

Court of Appeal says province failed duty to consult before approving all-season route

Jessica Thornbury · CBC News · Posted: Mar 12, 2024 4:00 AM EDT

Ontario's highest court has ruled the province failed in its duty to consult a northern First Nation before approving an all-season road that would connect a proposed nickel mine to the provincial highway network.

In a unanimous decision released Tuesday, a three-judge panel of the Court of Appeal for Ontario set aside the environmental approval for the 112-kilometre road, which would cross the traditional territory of Sturgeon Narrows First Nation, about 400 kilometres north of Thunder Bay.

"The Crown's consultation in this case was, at best, a notification exercise," Justice Priya Ramaswamy wrote on behalf of the panel. The court sent the matter back to the province for fresh consultation.

Chief Lorraine Mequanawap told CBC News the community had been "fighting this for six years" and that the ruling brought a sense of relief.

"Our elders told the ministry where the caribou calve, where our people are buried, where we trap," she said. "They wrote it down and then they approved the road anyway.

"That's not consultation. That's paperwork."

Mequanawap said the First Nation is not opposed to development in the region, and that several members have worked on exploration crews for the mine's proponent.

"We're not saying no to everything. We're saying you have to talk to us like partners, not like an afterthought," she said.

In a statement, the Ontario Ministry of Mines said it "respects the court's decision" and is reviewing it. A spokesperson for the minister said the government would "take the time needed to review the ruling carefully" before deciding whether to seek leave to appeal to the Supreme Court of Canada.

Northshield Metals Corp., the Sudbury-based company behind the proposed Kestrel Lake mine, said it was disappointed by the delay but would participate in any renewed process.

"We remain committed to building a project that has the support of local communities," the company said in a news release.

Mark Solway, a Thunder Bay lawyer who represented the First Nation, said the ruling should be read closely by every ministry that issues permits in the north.

"The duty to consult isn't a box you tick at the end of the process. It has to shape the decision from the start," Solway said.

The road was expected to take three years to build. Construction had not yet begun.
""",
        [
            ("The Crown's consultation in this", "Priya Ramaswamy"),
            ("fighting this for six years", "Lorraine Mequanawap"),
            ("Our elders told the ministry", "Lorraine Mequanawap"),
            ("They wrote it down and", "Lorraine Mequanawap"),
            ("That's not consultation. That's paperwork.", "Lorraine Mequanawap"),
            ("We're not saying no to", "Lorraine Mequanawap"),
            ("respects the court's decision", "Ontario Ministry of Mines"),
            ("take the time needed to", "spokesperson"),
            ("We remain committed to building", "Northshield Metals Corp."),
            ("The duty to consult isn't", "Mark Solway"),
        ],
    ),
    (
        """Superior Court refuses to disqualify firm over lateral hire from opposing counsel

Judge finds ethical screen adequate despite nine-day gap

By Aidan Mercer

An Ontario judge has refused to disqualify a Toronto litigation boutique from acting in a $40-million commercial dispute after it hired an associate who had previously worked on the other side of the file, finding the firm's ethical screen protected the opposing party's confidential information.

In Halvorsen Capital Partners v. Drummond Logistics Inc., Justice Colin Pettigrew of the Superior Court of Justice said the test for removing a lawyer of record requires more than a theoretical risk of misuse.

"The moving party must show that a reasonably informed member of the public would conclude that confidential information is likely to be used to its prejudice," Pettigrew wrote. "Speculation, however earnest, is not enough."

The motion arose after associate Meghan Tsai left Carrow Whitfield LLP, which represents Halvorsen, and joined Lindgren Osei LLP, counsel to Drummond, last March. Tsai had docketed roughly 30 hours to the Halvorsen file, mostly on document review.

Halvorsen argued the screen was not erected until nine days after Tsai's arrival, leaving a window in which information could have passed to the Drummond team. Pettigrew accepted affidavit evidence from Tsai and two partners that she had not discussed the matter with anyone at her new firm and had no access to its electronic file.

Gordon Lindgren, managing partner of Lindgren Osei, says the decision confirms that firms can manage lateral hires responsibly. "We took this seriously from day one," he says. "The court looked at what we actually did, not at what might conceivably have happened."

Rebecca Aucoin of Carrow Whitfield, counsel for Halvorsen, says her client is considering an appeal. "Nine days is a long time in a small office," she says. "We think the court set the bar too high for clients who are simply trying to protect their own information."

Legal ethics practitioners say the ruling is a reminder that timing matters. Suresh Balakrishnan, a Toronto consultant who advises firms on conflicts, cautions against reading it as a licence to delay.

"The firm here got lucky on the evidence," he says. "I'd tell any managing partner: the screen goes up before the new hire walks through the door, not after."

He adds that smaller firms face particular challenges: "When you have 12 lawyers sharing a kitchen and a printer, a paper screen only goes so far."

Pettigrew declined Drummond's request for costs on a substantial indemnity basis, describing the motion as "neither frivolous nor vexatious" even though it failed. He fixed partial indemnity costs at $18,500.
""",
        [
            ("The moving party must show", "Colin Pettigrew"),
            ("Speculation, however earnest, is not", "Colin Pettigrew"),
            ("We took this seriously from", "Gordon Lindgren"),
            ("The court looked at what", "Gordon Lindgren"),
            ("Nine days is a long", "Rebecca Aucoin"),
            ("We think the court set", "Rebecca Aucoin"),
            ("The firm here got lucky", "Suresh Balakrishnan"),
            ("I'd tell any managing partner:", "Suresh Balakrishnan"),
            ("When you have 12 lawyers", "Suresh Balakrishnan"),
            ("neither frivolous nor vexatious", "Colin Pettigrew"),
        ],
    ),
    (
        """Supreme Court strikes down mandatory jail for repeat impaired drivers, angering victims' advocates

Brendan Kowalchuk

OTTAWA — The Supreme Court of Canada has struck down the mandatory minimum 120-day jail sentence for third-time impaired driving offenders, ruling that it could produce grossly disproportionate punishments in reasonably foreseeable cases.

The 6-3 decision, written by Justice Samuel Oyelaran, arose from the case of Theresa Makowski, an Alberta woman who was found asleep in the driver's seat of her parked car with the engine running on a February night in Pembina Falls, Alta., when the temperature was below -30 C. She had two previous impaired driving convictions, the most recent more than a decade earlier.

"A person who has taken every step short of abandoning the vehicle to avoid danger to the public is not in the same moral position as one who drives through a school zone while intoxicated," Oyelaran wrote. "Parliament's chosen floor treats them identically."

The trial judge had found the minimum unconstitutional and imposed 30 days, to be served on weekends. The Alberta Court of Appeal reversed that finding. Friday's ruling restores the original sentence.

In dissent, Justice Catherine Ellwood wrote that the minimum "reflects Parliament's considered judgment" about the danger posed by repeat offenders, and that courts should be "slow to second-guess" such choices.

Sandra Pellerin, whose 17-year-old son was killed by a repeat impaired driver in 2015 and who now chairs the advocacy group Families for Safer Roads, called the ruling a betrayal.

"Every one of these offenders made a choice, three times," Pellerin said. "The court keeps finding the one sympathetic case and using it to tear down protections for everyone else."

A spokesperson for the federal justice minister said in an emailed statement that the government is "carefully reviewing" the decision and remains committed to keeping impaired drivers off the road.

Makowski's lawyer, Jeremy Tanaka, said the ruling had been misunderstood by critics.

"This was never a case about excusing drunk driving," Tanaka said in an interview. "It was about whether a judge should be allowed to look at the actual person in front of them."

The decision does not affect the mandatory minimum fines for first offences, or the minimum sentences for impaired driving causing death.

But prosecutors expect the ruling to have an immediate effect in courtrooms. A senior Crown prosecutor in Alberta, who spoke on condition of anonymity because they were not authorized to comment publicly, said sentencing hearings already underway would likely be reopened.

"We'll see defence counsel citing this by Monday morning," the prosecutor said.
""",
        [
            ("A person who has taken", "Samuel Oyelaran"),
            ("Parliament's chosen floor treats them", "Samuel Oyelaran"),
            ("reflects Parliament's considered judgment", "Catherine Ellwood"),
            ("slow to second-guess", "Catherine Ellwood"),
            ("Every one of these offenders", "Sandra Pellerin"),
            ("The court keeps finding the", "Sandra Pellerin"),
            ("carefully reviewing", "spokesperson"),
            ("This was never a case", "Jeremy Tanaka"),
            ("It was about whether a", "Jeremy Tanaka"),
            ("We'll see defence counsel citing", "senior Crown prosecutor in Alberta"),
        ],
    ),
    (
        """Judge declares mistrial in Winnipeg manslaughter case after juror researched it online

Victim's mother says family must now relive 'worst details' at second trial

Karen Dueck · CBC News · Posted: Nov 06, 2024 1:15 PM CST

A Manitoba judge has declared a mistrial in the manslaughter trial of a Winnipeg man after learning a juror had looked up news coverage of the case and shared it with at least one other member of the jury.

Court of King's Bench Justice Ruth Abernethy made the ruling Wednesday morning, eight days into the trial of Darnell Fontaine, 34, who is accused in the 2022 death of Cody Ratushny outside a bar on Marlowe Street.

"I have no confidence that this jury can now decide the case solely on the evidence heard in this courtroom," Abernethy told the court. "The accused is entitled to that, and so is the public."

The judge said the juror admitted during questioning that she had searched Fontaine's name on her phone over the weekend and read an article that referred to evidence ruled inadmissible before the trial began. The juror then mentioned the article to another juror during a break.

Fontaine's lawyer, Celeste Moar, asked for the mistrial Tuesday. Outside court, she said her client was frustrated but understood the decision.

"Nobody wants to go through this twice, least of all Mr. Fontaine," Moar said. "But a fair trial is not optional."

Crown attorney Ian Bergstrom told reporters the Crown would be ready to proceed again. "We'll proceed as quickly as the court's schedule allows," he said.

Ratushny's mother, Linda Ratushny, attended every day of the trial. She said the family was devastated.

"We sat there every day. We listened to the worst details of how my son died," she said, wiping away tears.

"Now we have to do it all again because somebody couldn't stay off their phone."

A spokesperson for Manitoba Justice said in an email that juror misconduct leading to a mistrial is "rare but not unheard of." Jurors in Manitoba are told at the start of every trial not to research the case or discuss it outside the jury room.

Kwame Asante, a Winnipeg criminal defence lawyer who was not involved in the case, said smartphones have made those instructions harder to enforce.

"Judges tell jurors not to Google the case, and most of them listen," he said. "But it only takes one."

Abernethy said she would not refer the juror for contempt proceedings for now. A date for the new trial is expected to be set next month.
""",
        [
            ("worst details", "Linda Ratushny"),
            ("I have no confidence that", "Ruth Abernethy"),
            ("The accused is entitled to", "Ruth Abernethy"),
            ("Nobody wants to go through", "Celeste Moar"),
            ("But a fair trial is", "Celeste Moar"),
            ("We'll proceed as quickly as", "Ian Bergstrom"),
            ("We sat there every day.", "Linda Ratushny"),
            ("Now we have to do", "Linda Ratushny"),
            ("rare but not unheard of", "spokesperson"),
            ("Judges tell jurors not to", "Kwame Asante"),
            ("But it only takes one.", "Kwame Asante"),
        ],
    ),
    (
        """Federal Court quashes study permit refusal over thin reasons

Officer's notes ignored financial evidence, judge finds

By Danielle Forsythe

The Federal Court has set aside a decision refusing a Nigerian student's study permit, finding the visa officer's reasons were so thin that the applicant could not tell whether her evidence had been considered at all.

In Adeyemi v. Canada (Citizenship and Immigration), Justice Martin Leclerc-Dubois held that the refusal letter, which consisted of two standard-form sentences and a checklist, did not meet the standard of justification required on reasonableness review.

"Reasons need not be lengthy, but they must reveal a rational chain of analysis," Leclerc-Dubois wrote. "Here, the applicant is left to guess why her detailed financial evidence was found wanting."

Folake Adeyemi had been admitted to a master's program in environmental engineering at a university in Halifax. Her application was refused on the basis that the officer was not satisfied she had sufficient funds and would leave Canada at the end of her studies.

Her lawyer, Omar Haddad of Haddad Immigration Law in Mississauga, says the file was unusually well documented.

"My client submitted bank statements, a scholarship letter, and a sponsorship affidavit from her uncle," says Haddad. "The officer's notes mention none of it."

Haddad says he sees similar refusals weekly and that the ruling "gives practitioners something concrete to point to" when advising clients whether to seek judicial review or simply reapply.

The Minister had argued that visa officers face heavy caseloads and that reasons in this context can be brief. Leclerc-Dubois accepted the principle but said brevity "cannot become a shield against review."

A spokesperson for the immigration department told Canadian Lawyer the department "does not comment on specific cases" but that final decisions on applications are made by officers.

Lise Dumont-Harris, who researches administrative law and technology at Université du Haut-Richelieu, says the decision fits a growing line of cases in which the court has grown impatient with templated refusals.

"What the court is really saying is that volume is not an excuse," says Dumont-Harris. "If a department chooses to process hundreds of thousands of files with minimal reasons, it accepts the risk that those decisions won't survive review.

"The interesting question is what happens when the tools that sort these files become more sophisticated. The court didn't have to answer that here, but it's coming."

The matter was sent back for redetermination by a different officer. No costs were awarded.
""",
        [
            ("Reasons need not be lengthy,", "Martin Leclerc-Dubois"),
            ("Here, the applicant is left", "Martin Leclerc-Dubois"),
            ("My client submitted bank statements,", "Omar Haddad"),
            ("The officer's notes mention none", "Omar Haddad"),
            ("gives practitioners something concrete to", "Omar Haddad"),
            ("cannot become a shield against", "Martin Leclerc-Dubois"),
            ("does not comment on specific", "spokesperson"),
            ("What the court is really", "Lise Dumont-Harris"),
            ("If a department chooses to", "Lise Dumont-Harris"),
            ("The interesting question is what", "Lise Dumont-Harris"),
        ],
    ),
    (
        """B.C. Court of Appeal revives defamation suit against activist over creek posts

ANDREA WICKSTRÖM
VANCOUVER

The British Columbia Court of Appeal has revived a defamation lawsuit brought by an Interior excavation contractor against an environmental activist, ruling that a lower court judge was wrong to throw out the case under the province’s anti-SLAPP law.

In a 2-1 decision released Thursday, the court found that social-media posts by activist Tamsin Greer, which accused Coldwater Ridge Excavating Ltd. and its owner, Wade Pankratz, of “deliberately poisoning” a salmon-bearing creek during pipeline right-of-way work, were specific factual allegations that a trial judge should weigh.

Writing for the majority, Justice Andrew Nakamura said the public interest in pipeline construction did not give critics licence to make serious accusations without a basis.

“Robust debate is the lifeblood of a democracy, and the Protection of Public Participation Act exists to protect it,” Justice Nakamura wrote. “But the statute was never intended to immunize every statement made in the course of that debate, however damaging and however poorly founded.”

In dissent, Justice Fiona MacAskill wrote that the majority “underestimates the chilling effect” that years of litigation can have on individuals who speak out on environmental issues.

Ms. Greer said she would seek leave to appeal to the Supreme Court of Canada.

“I stand by what I wrote,” she said in a phone interview. “I saw the discoloured water with my own eyes, and I have the photos.”

Mr. Pankratz’s lawyer, Heather Lindqvist, said her client had spent two years “living under a cloud.”

“He’s a small-business owner with 14 employees. He’s not a multinational, and he’s entitled to protect his reputation like anyone else,” she said.

A provincial inspection in 2022 found elevated sediment levels in the creek downstream of the work site, according to court filings, but did not attribute the cause to any single company.

The West Coast Free Expression Society, which intervened in the appeal, said in a statement that the ruling was “deeply concerning” for grassroots advocates who lack the resources to defend lengthy lawsuits.

Lawyers who practise in the area said the decision could shift how the law is applied. A Vancouver litigator who has acted in several anti-SLAPP cases, and who asked not to be named because she appears regularly before the court, said the majority’s approach would make dismissals harder to win.

“The majority has effectively lowered the threshold at the merits stage,” she said. “Defendants will notice.”

The case will now return to B.C. Supreme Court for trial unless the Supreme Court of Canada agrees to hear an appeal.
""",
        [
            ("deliberately poisoning", "Tamsin Greer"),
            ("Robust debate is the lifeblood", "Andrew Nakamura"),
            ("But the statute was never", "Andrew Nakamura"),
            ("underestimates the chilling effect", "Fiona MacAskill"),
            ("I stand by what I", "Tamsin Greer"),
            ("I saw the discoloured water", "Tamsin Greer"),
            ("living under a cloud.", "Heather Lindqvist"),
            ("He’s a small-business owner with", "Heather Lindqvist"),
            ("deeply concerning", "West Coast Free Expression Society"),
            ("The majority has effectively lowered", "Vancouver litigator who has acted in several anti-SLAPP cases"),
            ("Defendants will notice.", "Vancouver litigator who has acted in several anti-SLAPP cases"),
        ],
    ),
    (
        """N.S. judge certifies class action over flooded subdivision built on former wetland

About 300 homeowners in Port Aubrey say developer, municipality knew of drainage risk

Colin MacLellan · CBC News · Posted: Apr 22, 2024 6:00 AM ADT

A Nova Scotia judge has certified a class action on behalf of about 300 homeowners whose basements flooded repeatedly after a subdivision was built on a filled-in wetland, clearing the way for one of the largest property-damage lawsuits in the province's history.

Justice Kevin Drysdale of the Nova Scotia Supreme Court released his decision Monday in the suit against Harbourview Land Development Ltd. and the Municipality of the District of Cobequid Shore.

The homeowners, all of whom live in the Millbrook Heights subdivision in Port Aubrey, allege the developer filled the wetland without adequate drainage and that the municipality approved the plans despite warnings from its own engineering staff.

In his decision, Drysdale wrote that the claims "share a common core" that makes a class proceeding the preferable way to resolve them.

"To require each homeowner to prove, separately and at their own expense, how this subdivision came to be built where it was would be to deny most of them access to justice," he wrote.

Representative plaintiff Shauna MacPhee, a nurse and mother of two, said her family's basement has flooded four times since 2019. She described the experience this way: "The first time, we thought it was bad luck. By the third time, we knew something was wrong with the land itself."

MacPhee told CBC News she has spent more than $60,000 on repairs and sump pumps. "Our insurance company dropped us. We can't sell. We're just stuck," she said.

Harbourview's lawyer, Peter Ouellette, said the company "strongly disputes" the allegations and will defend the claim at trial. He noted that certification is a procedural step and not a finding on the merits.

In a statement, the municipality said it was "reviewing the decision with its legal advisers" and would not comment further while the matter is before the courts.

Alisha Dempsey, a Halifax lawyer representing the homeowners, said the ruling was a turning point.

"Certification is often the hardest hurdle in a case like this," said Dempsey. "Now we move to discovery, and we'll finally get to see the documents about what the municipality knew and when.

"These families have been patient. They've been very patient."

One municipal councillor, who spoke to CBC News on condition of anonymity because council has been advised not to discuss the litigation, said concerns about the site were raised years ago.

"There were people at the table back then who raised red flags about that land. It's all in the minutes," the councillor said.

No trial date has been set.
""",
        [
            ("share a common core", "Kevin Drysdale"),
            ("To require each homeowner to", "Kevin Drysdale"),
            ("The first time, we thought", "Shauna MacPhee"),
            ("Our insurance company dropped us.", "Shauna MacPhee"),
            ("strongly disputes", "Peter Ouellette"),
            ("reviewing the decision with its", "Municipality of the District of Cobequid Shore"),
            ("Certification is often the hardest", "Alisha Dempsey"),
            ("Now we move to discovery,", "Alisha Dempsey"),
            ("These families have been patient.", "Alisha Dempsey"),
            ("There were people at the", "municipal councillor"),
        ],
    ),
]
