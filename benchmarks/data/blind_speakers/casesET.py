CASES = [
    (
        """Judge quashes Halden County waste contract, citing leak of rival's pricing

MARGARET OKONKWO-REID
KINGSTON

An Ontario Superior Court judge has set aside a $212-million waste-management contract awarded by Halden County, finding that county staff shared a rival bidder's confidential pricing with the eventual winner weeks before the tender closed.

In a 64-page decision released Thursday, Justice Elaine Marchetti said the county's handling of the procurement "fell well below the standard that bidders and taxpayers are entitled to expect," and ordered the contract with Northbridge Environmental Services Ltd. re-tendered within 120 days.

The application was brought by Kestrel Recycling Inc., a Belleville-based firm that lost the 2022 competition by less than 1 per cent on price.

"The evidence is that a senior procurement officer forwarded Kestrel's preliminary pricing to an employee of Northbridge," Justice Marchetti wrote. "No satisfactory explanation for that e-mail has been offered, and I do not accept the one that was."

She found that the county's fairness monitor, a consulting firm retained at a cost of $340,000, was not told about the e-mail until after the contract had been signed.

Kestrel's lawyer, Daniel Fitzhenry, said the ruling sends a message to municipalities across the province. "Procurement rules are not a formality," he said in an interview. "When a public body tilts the field, the courts will step in, and that is exactly what happened here."

County Warden Louise Tremblay-Hart said council would meet in closed session next week to consider an appeal.

"We respect the court's decision and we are reviewing it carefully with our legal advisers," she said in a statement. She declined to say whether any staff had been disciplined.

Northbridge said it was "disappointed by a decision that penalizes our employees and the residents we serve," and noted that the judge made no finding of wrongdoing against the company itself. Collection would continue without interruption, the company said.

The procurement officer at the centre of the case, who is not named in the decision, left the county's employ in 2023. A county employee familiar with the file, who was not authorized to speak publicly, said staff had raised concerns about the timeline at the time. "People knew the schedule was unrealistic, and nobody wanted to be the one to say so," the employee said.

Courts in Ontario have generally been reluctant to intervene in tendering disputes once a contract is signed, said Priya Raghunathan, a professor at Queen's University's faculty of law.

"Judges usually award damages to the losing bidder and leave the contract in place," Raghunathan said. "Setting the contract aside is a much stronger remedy, and it reflects how seriously the court viewed the breach."

The county has 30 days to file a notice of appeal.""",
        [
            ("fell well below the standard", "Elaine Marchetti"),
            ("The evidence is that a", "Elaine Marchetti"),
            ("No satisfactory explanation for that", "Elaine Marchetti"),
            ("Procurement rules are not a", "Daniel Fitzhenry"),
            ("When a public body tilts", "Daniel Fitzhenry"),
            ("We respect the court's decision", "Louise Tremblay-Hart"),
            ("disappointed by a decision that", "Northbridge Environmental Services Ltd."),
            ("People knew the schedule was", "county employee familiar with the file"),
            ("Judges usually award damages to", "Priya Raghunathan"),
            ("Setting the contract aside is", "Priya Raghunathan"),
        ],
    ),
    (
        """‘Culture of silence’: inquiry told water utility buried dam warnings

TOM HALLORAN
QUEENSLAND CORRESPONDENT

A senior engineer at one of Queensland’s largest regional water utilities warned executives 18 months before the Carrow Creek dam spillway failed that the structure was “not fit for a major flood event”, a commission of inquiry has heard.

Giving evidence in Brisbane on Tuesday, former SunCoast Water asset manager Gregory Mabbott said his written assessment was returned to him with the key finding deleted and a note from the then chief operating officer, Helen Vidler, asking him to “soften the language for the board”.

“There was a culture of silence at that organisation,” Mr Mabbott told the inquiry. “If you brought bad news upstairs, you were the problem, not the dam.”

The inquiry, led by former Supreme Court justice Rosalind Achterberg, was established by the state government after the February failure flooded 140 homes in the town of Carrow and forced the evacuation of about 2000 residents.

Counsel assisting, Andrew Lissner SC, took Mr Mabbott through a series of emails exchanged by senior staff in the weeks after his assessment was submitted.

In one, dated March 2022, Ms Vidler told the utility’s then chief executive that the engineering report was “alarmist and likely to be misread by the minister’s office”.

Asked whether he had taken his concerns directly to the board, Mr Mabbott said he had tried. “I asked twice to present to the audit and risk committee. I was told both times that the agenda was full.”

Ms Vidler, who left SunCoast Water last year, is expected to give evidence next week. Her solicitor, Matthew Oyelaran, said in a statement she “rejects any suggestion that she sought to conceal safety information” and would respond fully at the hearing.

A SunCoast Water spokeswoman said the utility had “co-operated fully with the commission at every stage” and had since replaced its entire executive team.

The inquiry also heard from Carrow resident Janine Pettit, whose family home was inundated to the ceiling.

“We were told the dam was safe. We were told that on the radio the night before,” she said. “Somebody knew that wasn’t true.”

Outside the hearing, a former SunCoast board member, who asked not to be named because of the inquiry, said directors had never seen the engineer’s original assessment. “If that report had come to us in its original form, we would have acted on it. It didn’t,” the former director said.

Justice Achterberg adjourned the hearing until Monday. Her final report is due to be delivered to the Governor by June 30.""",
        [
            ("Culture of silence", "Gregory Mabbott"),
            ("not fit for a major", "Gregory Mabbott"),
            ("soften the language for the", "Helen Vidler"),
            ("There was a culture of", "Gregory Mabbott"),
            ("If you brought bad news", "Gregory Mabbott"),
            ("alarmist and likely to be", "Helen Vidler"),
            ("I asked twice to present", "Gregory Mabbott"),
            ("rejects any suggestion that she", "Matthew Oyelaran"),
            ("co-operated fully with the commission", "spokeswoman"),
            ("We were told the dam", "Janine Pettit"),
            ("Somebody knew that wasn’t true", "Janine Pettit"),
            ("If that report had come", "former SunCoast board member"),
        ],
    ),
    (
        """Auditor-General finds $480m hospital records system years late and 'not yet delivering'

By Sarah Nguyen-Walsh

Victoria's statewide hospital records system is running three years late and $142 million over budget, and clinicians at some sites are still keeping paper charts as a backup, the state's auditor has found.

A report tabled in Parliament on Wednesday by the Victorian Auditor-General's Office (VAGO) examined the rollout of the Integrated Patient Record program, which was meant to connect 31 public hospitals to a single electronic system by 2022.

So far, 12 hospitals have been connected.

The report found the Department of Health had "underestimated the complexity of the task from the outset" and approved the project on a business case that was "optimistic to the point of being unreliable".

"The program is not yet delivering the benefits that were promised to patients, clinicians or taxpayers," the report said.

Auditor-General Colin Petrakis said in a statement the problems were not unique to Victoria, but the department had been slow to act on early warnings.

"Large IT projects carry real risk. What matters is whether an agency recognises that risk early and responds to it. In this case, it did not," Mr Petrakis said.

Nurses at two regional hospitals told auditors the system sometimes froze during medication rounds.

One nurse, quoted anonymously in the report, said staff had learned to "print everything before the shift starts, just in case".

Victorian Nursing Union state secretary Tamsin Abara said the findings matched what members had been reporting for years.

"Our members have been raising this since the very first go-live. They were told to be patient. Well, they have been patient, and now there is an independent report that backs them up," she told ABC Radio Melbourne.

In its formal response, included in the report, the Department of Health accepted all nine recommendations.

It said it had "reset the program under new leadership" in 2023 and now expected to finish the rollout by 2027.

A spokesperson for the Health Minister said the government was "not going to walk away from a system that is already making care safer at a dozen hospitals".

Opposition health spokesman Bradley Coutts said the report was "a damning record of waste and denial" and called for the program's contracts with its software vendor to be released.

"Victorians were promised a modern hospital system. What they got was a blank cheque and a lot of excuses," Mr Coutts said.""",
        [
            ("not yet delivering", "Victorian Auditor-General's Office"),
            ("underestimated the complexity of the", "Victorian Auditor-General's Office"),
            ("optimistic to the point of", "Victorian Auditor-General's Office"),
            ("The program is not yet", "Victorian Auditor-General's Office"),
            ("Large IT projects carry real", "Colin Petrakis"),
            ("print everything before the shift", "nurse"),
            ("Our members have been raising", "Tamsin Abara"),
            ("reset the program under new", "Department of Health"),
            ("not going to walk away", "spokesperson"),
            ("a damning record of waste", "Bradley Coutts"),
            ("Victorians were promised a modern", "Bradley Coutts"),
        ],
    ),
    (
        """Nova Scotia ferry inquiry hears final arguments as operator blames aging vessel

Claire Bouchard-Wynne

HALIFAX — Lawyers for the families of four people killed in the 2023 fire aboard the MV Sable Light urged a public inquiry on Friday to find that the ferry's operator ignored repeated warnings about its engine-room fire-suppression system.

"This was not bad luck. This was not an act of God," said Marcus Delorey, who represents three of the families, in his closing submission. "It was a sequence of decisions, each one made to save money, and each one documented."

The inquiry, led by retired Nova Scotia Court of Appeal justice Harold Vanstone, has heard from 47 witnesses over 11 weeks. The ferry, operated by Fundy Island Marine Services Inc. under a provincial contract, caught fire 20 minutes after leaving Port Ashby with 61 people aboard.

Delorey pointed to a 2021 inspection by the marine surveyor Atlantic Hull and Machinery Surveys, whose report described the system as "unreliable and overdue for replacement," and to internal e-mails showing the company twice deferred the work.

Fundy Island Marine's lawyer, Suzanne Pelletier, told the commissioner the company had relied in good faith on certificates issued by federal inspectors.

"My client did not hide anything from the regulator. Every certificate that was required was obtained, and every inspection that was required was passed," Pelletier said.

She argued that the vessel's age — it was built in 1979 — was a matter for the province, which owns the ship and delayed its replacement for nearly a decade.

The province rejected that characterization. "The contract is clear that maintenance is the operator's responsibility, full stop," said Jonathan Ashcroft, counsel for the Attorney General of Nova Scotia.

Ashcroft acknowledged, however, that a replacement vessel had been approved in 2016 and then shelved. He said that decision was "made on the information available at the time."

Among those in the hearing room every day was Debra MacIsaac, whose husband, Roland, died in the fire.

"I have sat here every single day," she told reporters outside the Halifax courthouse where the hearings were held. "I want the commissioner to write down, in plain words, that this should never have happened."

A crew member who was aboard that night and testified earlier in the hearings, and who asked not to be identified because he still works in the industry, said he hoped the report would lead to change beyond Nova Scotia. "Every small operator on this coast is running old boats," he said. "We're not the only ones."

Vanstone thanked the families for their patience and said he would not rush his findings.

"The families deserve answers, but they also deserve answers that are right," he said.

His report is due to the provincial government by March 31.""",
        [
            ("This was not bad luck.", "Marcus Delorey"),
            ("It was a sequence of", "Marcus Delorey"),
            ("unreliable and overdue for replacement", "Atlantic Hull and Machinery Surveys"),
            ("My client did not hide", "Suzanne Pelletier"),
            ("The contract is clear that", "Jonathan Ashcroft"),
            ("made on the information available", "Jonathan Ashcroft"),
            ("I have sat here every", "Debra MacIsaac"),
            ("I want the commissioner to", "Debra MacIsaac"),
            ("Every small operator on this", "crew member"),
            ("We're not the only ones", "crew member"),
            ("The families deserve answers, but", "Harold Vanstone"),
        ],
    ),
    (
        """Former mayor denies taking cash from developer as ICAC hearing enters second week

By Lucy Barrington

The former mayor of Kurrawong City Council has denied accepting $60,000 in cash from a property developer, telling the corruption watchdog that envelopes he received at a Parramatta restaurant contained “campaign brochures, nothing else”.

Vincent Abela, who led the western Sydney council from 2016 until 2021, was giving evidence on Monday at the Independent Commission Against Corruption’s public inquiry into the rezoning of 48 hectares of farmland at Thornleigh Vale.

Counsel assisting the commission, Natalie Grieve SC, played a lawfully intercepted 2020 phone call in which the developer, Raymond Sleiman, could be heard telling an associate he had “looked after Vince properly, don’t worry about that”.

“What do you understand Mr Sleiman to have meant by that?” Ms Grieve asked.

“I have no idea what Ray meant. You would have to ask Ray,” Mr Abela replied.

Pressed on why he had not declared four meetings with Mr Sleiman in 2019 and 2020, Mr Abela said he had “simply forgotten about them” and that councillors met developers “all the time, that’s the job”.

Commissioner Deborah Fennimore interrupted the exchange at one point: “Mr Abela, I would encourage you to think carefully about your answers. This is a compulsory examination and the obligation to tell the truth is not a formality.”

The rezoning, approved by council in a 7-5 vote in late 2020, lifted the value of land owned by companies linked to Mr Sleiman by an estimated $38 million, the inquiry has heard.

Last week, former council town planner Hamish Tully told the commission a senior manager had instructed him to “get it over the line before the election”, despite unresolved concerns about flooding and road access. Mr Tully said he had recorded the conversation in his work diary.

“I wrote it down because I thought one day someone would ask me about it,” he said.

Mr Sleiman is expected to give evidence on Thursday. A spokesman for Mr Sleiman said he “denies any impropriety and looks forward to giving his account to the commission”.

The council’s current general manager, Anita Moretti, said it had co-operated fully.

“The community deserves to know how those decisions were made, and we have handed over every document the commission has asked for,” she said.

The inquiry continues.""",
        [
            ("campaign brochures, nothing else", "Vincent Abela"),
            ("looked after Vince properly, don’t", "Raymond Sleiman"),
            ("What do you understand Mr", "Natalie Grieve"),
            ("I have no idea what", "Vincent Abela"),
            ("simply forgotten about them", "Vincent Abela"),
            ("all the time, that’s the", "Vincent Abela"),
            ("Mr Abela, I would encourage", "Deborah Fennimore"),
            ("get it over the line", "senior manager"),
            ("I wrote it down because", "Hamish Tully"),
            ("denies any impropriety and looks", "spokesman"),
            ("The community deserves to know", "Anita Moretti"),
        ],
    ),
    (
        """Auditor general says $2.75B rural internet fund can't show how many homes it connected

Alex Thibodeau · CBC News

Canada's auditor general says the federal government cannot tell how many rural households have actually been connected to high-speed internet through a $2.75-billion program launched in 2020.

In a report tabled in the House of Commons on Tuesday, Auditor General Nadine Castonguay found that Infrastructure and Communities Canada, which runs the Universal Rural Broadband Fund, relied largely on projections submitted by internet providers rather than confirming that service was live.

"Parliament was told that this program would connect specific numbers of households by specific dates. The department is not in a position to tell Parliament whether that has happened," Castonguay told reporters in Ottawa.

In a sample of 40 funded projects, auditors found eight in which the provider reported homes as connected even though construction had not started.

"We were surprised by that," Castonguay said. "It is a basic control. You check that the thing you paid for exists."

The report also found that about $310 million had been paid out in advance of construction milestones, contrary to the program's own guidelines.

In its response, included in the report, the department agreed with all five recommendations and said it had "already begun strengthening verification of reported connections, including site inspections."

Rural Economic Development Minister Anjali Brar said the audit covered an early period of the program.

"We accept the auditor general's findings. We also know from families in rural Canada that this program is changing lives," Brar said during question period.

Conservative MP Doug Ferrand, his party's critic for rural affairs, said the government had been "handing out cheques without checking whether anyone got connected."

An official with a regional internet provider that received funding, who spoke on condition they not be named because the company is still negotiating with the department, said the reporting rules "changed three or four times in two years," making it difficult to submit consistent data.

For people still waiting, the audit confirmed what they already suspected.

"We were told we'd be connected by 2023. It's 2025 and I'm still driving to the library to upload my invoices," said Guylaine Morissette, who runs a bookkeeping business from her home in Lac-Brûlé, Que.

Castonguay said her office would return to the program in two years.""",
        [
            ("Parliament was told that this", "Nadine Castonguay"),
            ("We were surprised by that", "Nadine Castonguay"),
            ("It is a basic control.", "Nadine Castonguay"),
            ("already begun strengthening verification of", "Infrastructure and Communities Canada"),
            ("We accept the auditor general's", "Anjali Brar"),
            ("handing out cheques without checking", "Doug Ferrand"),
            ("changed three or four times", "official with a regional internet provider"),
            ("We were told we'd be", "Guylaine Morissette"),
        ],
    ),
    (
        """Super trustee hit with $18m penalty over cancelled insurance premiums

Hannah Petrovic
Legal affairs reporter

The Federal Court has ordered superannuation trustee Meridian Super Pty Ltd to pay $18 million in penalties after finding it charged about 94,000 members insurance premiums for cover they had already cancelled.

Justice Fiona Drummond said the conduct occurred over almost five years and reflected "systemic failures in the trustee's administration, not a single isolated error".

"The members affected were, for the most part, people with modest balances who were in no position to detect the deductions themselves," Justice Drummond said in her reasons, published on Thursday. "In many cases the premiums exceeded the investment returns credited to the account.

"That the trustee itself did not detect them for so long, despite complaints, is a matter of real concern."

The penalty was agreed between Meridian and the Australian Securities and Investments Commission, which brought the civil case last year, but required the court's approval.

ASIC deputy chair Samuel Kwok-Henderson said the outcome should put every trustee on notice.

"Trustees hold other people's retirement savings. They have to be able to show, at any point, that every dollar they deduct is a dollar they are entitled to deduct," he said.

In a statement, Meridian said it had already repaid affected members $27.4 million, including interest, and that it "accepts the court's findings in full".

Chief executive Paul Strachan, who joined the fund in 2023, said the board had since replaced its member administration platform and commissioned an independent review.

"We got this wrong, and our members paid for it. That is not acceptable and I am not going to pretend otherwise," Mr Strachan said.

One person familiar with the negotiations said the regulator had initially sought a penalty well above $30 million.

"ASIC came in hard, and the fund's lawyers argued the remediation should count for a lot. It did," the person said.

Louise Tan, a principal at Cadence Fund Research, said the case was likely to prompt other trustees to audit their own insurance records. "Nobody wants to be next," she said.""",
        [
            ("systemic failures in the trustee's", "Fiona Drummond"),
            ("The members affected were, for", "Fiona Drummond"),
            ("In many cases the premiums", "Fiona Drummond"),
            ("That the trustee itself did", "Fiona Drummond"),
            ("Trustees hold other people's retirement", "Samuel Kwok-Henderson"),
            ("accepts the court's findings in", "Meridian Super Pty Ltd"),
            ("We got this wrong, and", "Paul Strachan"),
            ("ASIC came in hard, and", "person familiar with the negotiations"),
            ("Nobody wants to be next", "Louise Tan"),
        ],
    ),
    (
        """Supreme Court rules police need warrant for smart-meter data in Manitoba drug case

The Canadian Press

OTTAWA — The Supreme Court of Canada has ruled that police violated a Manitoba man's Charter rights when they obtained his electricity-consumption records from a utility without a warrant, ordering a new trial in a case that could change how investigators gather data from service providers.

In a 5-4 decision released Friday, Justice Marguerite Ostrowski, writing for the majority, said detailed smart-meter data "can reveal intimate details of daily life, including when a person sleeps, wakes, cooks and leaves their home."

"A reasonable person would expect such information to remain private, and the fact that it is held by a third party does not change that," she wrote.

The case involved Terrence Baptiste, who was convicted in 2021 of producing cannabis for the purpose of trafficking after police in Wenlock, Man., requested hourly usage records for his rural property and then used them to obtain a search warrant.

The majority found the records should not have been admitted at trial.

In dissent, Justice Arthur Kellerman wrote that the majority had "extended the zone of privacy well beyond anything this court has previously recognized."

"Electricity consumption is not a diary. It records how much power flows through a meter, nothing more," wrote Kellerman, joined by three other judges.

Baptiste's lawyer, Rachel Oduya, said the ruling sets a clear rule for police.

"This decision tells police that if they want to look inside someone's home, even digitally, they need to go to a judge first," Oduya said in an interview from Winnipeg.

A spokesperson for the province's prosecution service said in an e-mail that the Crown was "reviewing the decision and its implications for ongoing investigations."

In a statement, the Prairie Civil Liberties Council, which intervened in the case, called the ruling "an important recognition that privacy law has to keep pace with the technology in our homes."

A senior police officer in Manitoba, who was not authorized to speak publicly about the ruling, said investigators had treated utility records as routine for decades.

"It was a phone call and a form. That's over now," the officer said.

The new trial has not yet been scheduled.""",
        [
            ("can reveal intimate details of", "Marguerite Ostrowski"),
            ("A reasonable person would expect", "Marguerite Ostrowski"),
            ("extended the zone of privacy", "Arthur Kellerman"),
            ("Electricity consumption is not a", "Arthur Kellerman"),
            ("This decision tells police that", "Rachel Oduya"),
            ("reviewing the decision and its", "spokesperson"),
            ("an important recognition that privacy", "Prairie Civil Liberties Council"),
            ("It was a phone call", "senior police officer in Manitoba"),
        ],
    ),
]
