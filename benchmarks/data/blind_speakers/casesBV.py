CASES = [
    (
'''Executives at Halvorsen Therapeutics were warned at least 18 months before a nationwide recall that the company’s best-selling blood-pressure drug was being made on a contaminated production line, according to internal documents reviewed by the Ledger.

The documents, which include emails, quality-control logs and a slide deck titled “Line 4 Remediation: Options and Exposure,” show that managers at the company’s plant in Carver Falls, Ohio, discussed the problem repeatedly in 2022 but chose to keep the line running.

“We are shipping product we know is out of spec, and everyone on this floor knows it,” a quality engineer at the plant wrote in a March 2022 email to her supervisor.

The engineer, who left the company last year, provided the documents to the Ledger and spoke on the condition of anonymity because she signed a separation agreement that bars her from discussing her employment. She said she raised the issue in writing at least four times.

“Every time, the answer was to keep Line 4 going until the new filters arrived,” she said.

A slide presented to senior leadership in June 2022 estimated that shutting down the line would cost about $41 million in lost sales. Under a heading labeled “Exposure,” the deck rated the chance that inspectors would find the contamination before their next scheduled visit as low.

Halvorsen recalled more than 2 million bottles of the drug, sold under the brand name Tensivar, in October 2023 after Food and Drug Administration inspectors found traces of an industrial solvent during a routine visit. The company has since been named in at least 14 lawsuits brought by patients.

In a statement, Halvorsen Therapeutics said it “takes product quality extremely seriously” and that the Carver Falls line had been “fully remediated and independently audited.” The company did not answer written questions about who approved the decision to keep the line running.

Dr. Miriam Castellanos, a former FDA drug-safety reviewer who now teaches pharmacology at Brennan University, reviewed the documents at the Ledger’s request. She called the slide deck “about as clear a paper trail as you will ever see.”

“Companies make mistakes on the manufacturing floor all the time, but what you rarely see is the cost-benefit math sitting right there in the board materials,” Castellanos said.

Sen. Ruth Abernathy, an Ohio Democrat who sits on the health committee, said Tuesday that she would ask the agency’s inspector general to examine the case. “Patients trusted that pill, and they deserve to know who decided it was worth the risk,” she wrote on social media.''',
        [
            ("We are shipping product we", "quality engineer at the plant"),
            ("Every time, the answer was", "quality engineer at the plant"),
            ("takes product quality extremely seriously", "Halvorsen Therapeutics"),
            ("fully remediated and independently", "Halvorsen Therapeutics"),
            ("about as clear a paper", "Miriam Castellanos"),
            ("Companies make mistakes on the", "Miriam Castellanos"),
            ("Patients trusted that pill, and", "Ruth Abernathy"),
        ],
    ),
    (
'''The Department of Environmental Quality sat on test results showing elevated levels of so-called "forever chemicals" in private wells near the Ridley County landfill for nearly 11 months, according to records obtained through a public records request and interviews with three current and former agency employees.

The results, compiled in a draft report titled "Groundwater Conditions Near the Ridley County Landfill," found PFAS concentrations above the federal limit in 23 of the 61 wells sampled in the summer of 2023. Most of the affected households were not told until last month.

"We had the data in hand by September. The report was finished; it just never got signed," said an employee in the department's water division, who asked not to be named because they were not authorized to speak to reporters.

Emails show the draft was sent to the office of Deputy Commissioner Gary Pruett in October 2023. In a November email, Pruett instructed staff to hold off on "any external communication about Ridley until further notice" while the department arranged a second round of sampling. That sampling did not begin until April.

Pruett, who retired in June, did not respond to phone messages or to a letter delivered to his home.

Dana Whitcomb, 58, whose well tested at nearly four times the federal limit, said she had been mixing formula for her infant granddaughter with tap water all winter. "They knew, and they let us keep drinking it," she said, standing in a kitchen now stacked with cases of bottled water.

In a written statement, the department said the delay reflected "the need to confirm preliminary results before alarming the public" and that it had since offered bottled water and filtration systems to every affected household.

Environmental lawyers said that explanation was unlikely to satisfy a court. Priya Raman, a staff attorney at the Clean Water Defense Fund, said state law requires the agency to notify residents within 30 days of a confirmed exceedance, and that the department had never sought an exemption.

"Confirmation sampling is fine. Keeping people in the dark for a year while you do it is not," Raman said.''',
        [
            ("We had the data in", "employee in the department's water division"),
            ("any external communication about Ridley", "Gary Pruett"),
            ("They knew, and they let", "Dana Whitcomb"),
            ("the need to confirm preliminary", "Department of Environmental Quality"),
            ("Confirmation sampling is fine. Keeping", "Priya Raman"),
        ],
    ),
    (
'''A former director of nursing at a Brightwater Senior Living home says she was told to falsify staffing records before state inspections, according to a whistleblower lawsuit unsealed Monday in federal court in Harrisburg.

The complaint, filed under the False Claims Act by Loretta Nkemelu, who oversaw nursing at Brightwater’s Maple Crest facility from 2019 to 2022, alleges that administrators routinely listed nurses on schedules for shifts they never worked, then billed Medicaid at rates that assumed full staffing. Employees called the practice “ghost shifts,” the complaint says.

“On paper, we had four licensed nurses on nights. In reality we had one, and sometimes none,” Nkemelu wrote in a 2021 text message to a regional manager, according to the filing.

The lawsuit says the manager replied: “Just make sure the binder matches before the state shows up.”

Brightwater, which operates 46 facilities in four states, said in a statement that it “categorically denies the allegations in this complaint” and that Maple Crest had passed every state inspection during the period in question. The company said Nkemelu was dismissed in 2022 for reasons unrelated to staffing.

The Justice Department declined to intervene in the case, which allows Nkemelu to pursue it on her own and collect a share of any recovery. Her lawyer, Marcus Feld, said such decisions are common and that the government’s choice “says nothing about the strength of the evidence.”

Family members of former residents said the allegations matched what they had seen. Teresa Lindqvist, whose father lived at Maple Crest until his death in 2022, said she often found him soaked and unattended late in the evening.

“I would come in at 9 at night and not see a single nurse on the floor,” she said. She said she complained to administrators twice and was told both times that she had arrived during a shift change.''',
        [
            ("On paper, we had four", "Loretta Nkemelu"),
            ("Just make sure the binder", "regional manager"),
            ("categorically denies the allegations in", "Brightwater Senior Living"),
            ("says nothing about the strength", "Marcus Feld"),
            ("I would come in at", "Teresa Lindqvist"),
        ],
    ),
    (
'''Dozens of Harwick police officers logged city overtime during hours when they were also being paid to work private security jobs, according to an audit released Thursday, including one sergeant who billed the city for more than 1,900 overtime hours in a single year.

The report, titled “Overtime Controls in the Harwick Police Department,” was prepared by the office of City Auditor Denise Albright after an anonymous tip to the city’s fraud hotline. It found that 37 officers had overlapping shifts on at least 10 occasions each between 2021 and 2023, at an estimated cost to taxpayers of $2.3 million.

Albright told the City Council on Thursday that the department’s timekeeping system was “essentially an honor system with nobody checking the honor.” She said her office had referred its findings to the district attorney.

An officer with knowledge of the scheduling practices, who spoke on the condition of anonymity for fear of retaliation, described a culture in which the most lucrative overtime details were handed out as rewards. He said the assignments were known inside the department as “the gravy list.”

“If you were in good with the right lieutenant, you got on the list, and you stayed on it,” the officer said. “Nobody asked whether you were actually standing where the sheet said you were.

“I worked next to guys who were getting paid twice for the same Saturday, and everybody knew it.”

The Harwick Police Officers’ Association said in a Facebook post that the audit “cherry-picks a handful of scheduling errors to smear thousands of hours of honest work.” The union’s president, Sgt. Vincent Moreau, did not respond to requests for comment.

Chief Leonard Baptiste said in a statement that 11 officers had been referred to internal affairs and that the department would move to an electronic badge-in system by the end of the year. He declined to identify the sergeant named in the audit, citing the pending review.''',
        [
            ("essentially an honor system with", "Denise Albright"),
            ("If you were in good", "officer with knowledge of the scheduling practices"),
            ("Nobody asked whether you were", "officer with knowledge of the scheduling practices"),
            ("cherry-picks a handful of scheduling", "Harwick Police Officers’ Association"),
        ],
    ),
    (
'''Pacewell, the fitness-tracking app with more than 30 million users, shared customers’ precise location histories with at least three data brokers while its privacy policy assured users that the company “does not sell your personal information to anyone,” according to internal messages obtained by Signal Desk.

The messages, posted between 2021 and 2023 in a company Slack channel called #data-partnerships, show employees discussing how to describe the arrangements to the public. In one thread, a senior product manager wrote that the feeds should be presented as “aggregated insights, not location data, in anything customer-facing.”

“If a reporter ever lines these up against home addresses, the ‘anonymized’ label is not going to survive a day,” an engineer on the data team replied.

Signal Desk verified the messages with two former Pacewell employees, who spoke on condition of anonymity because they feared legal action from the company. A sample file reviewed by Signal Desk included timestamped GPS coordinates and a persistent device identifier for each user, details that privacy researchers say can be used to trace a person’s route from their front door.

The arrangements generated about $8 million in revenue in 2022, according to an internal budget document. One of the buyers, Meridian Audience Data, markets what it calls “foot-traffic intelligence” to retailers and hedge funds. Meridian did not respond to requests for comment.

A spokesperson for Pacewell said the company “has never sold data that could be used to identify an individual user” and had ended its relationships with all three brokers in early 2024. The spokesperson did not address the Slack messages.

The Federal Trade Commission, which has brought cases against other companies over the sale of location data, declined to comment.''',
        [
            ("does not sell your personal", "Pacewell"),
            ("aggregated insights, not location data,", "senior product manager"),
            ("If a reporter ever lines", "engineer on the data team"),
            ("has never sold data that", "spokesperson for Pacewell"),
        ],
    ),
    (
'''A Virginia defense contractor overcharged the Army by an estimated $62 million for helicopter spare parts, marking up some components by more than 3,000 percent, according to a Pentagon inspector general report made public Wednesday.

The report found that Calloway Aerospace Systems billed $14,200 apiece for a cockpit toggle switch that cost the company about $410 to produce, and more than $9,000 for a hydraulic fitting sold commercially for under $300. The audit was one of several conducted under an initiative the inspector general's office calls "Fair Price."

"The Army did not have the cost information it needed to judge whether these prices were reasonable, and the contractor did not volunteer it," the Department of Defense Office of Inspector General wrote in the report, which recommended that the Army seek a refund.

Calloway said in a statement that its prices were "fully consistent with federal acquisition regulations and the terms of our contracts." The company noted that several of the parts were sole-source items with limited production runs, which it said drove up costs.

The findings trace back to a complaint filed in 2022 by Derek Osei, a former pricing analyst at the company's plant in Chesapeake. Osei said in an interview that he was warned by a supervisor to stop questioning the markups.

"He told me, and I wrote it down that night, that my job was to get the number as high as the government would swallow," Osei said. He was laid off four months later, a decision Calloway has said was part of a companywide reduction.

Rep. Janet Ostrowski, a Pennsylvania Republican on the House Armed Services Committee, said she planned to call Calloway executives to testify before the panel this fall and would press the Army on why it had not demanded cost data before signing the contracts.''',
        [
            ("The Army did not have", "Department of Defense Office of Inspector General"),
            ("fully consistent with federal acquisition", "Calloway Aerospace Systems"),
            ("He told me, and I", "Derek Osei"),
        ],
    ),
    (
'''A Northgate University committee concluded last year that one of the school’s most prominent cancer researchers manipulated images in at least nine published papers, according to a confidential report obtained by the Courier, findings the university has not disclosed publicly.

The 84-page report, stamped “Confidential — Not for Distribution,” found that Dr. Alan Whitford, who directs the university’s Center for Tumor Biology, duplicated and altered images of protein experiments and reused them across studies that were presented as independent. The committee found the misconduct to be intentional and recommended that six of the papers be retracted.

None of the papers has been retracted, and Whitford’s lab has continued to receive federal funding, including a $3.2 million grant awarded in March.

“I have never knowingly altered a single image, and I have asked the university repeatedly to let me see the evidence against me,” Whitford said in an email to the Courier. He said he planned to appeal.

The inquiry began after a former postdoctoral researcher in Whitford’s lab noticed that the same image appeared, flipped and cropped, in figures from two unrelated experiments. The researcher, who now works at another institution and asked not to be named for fear of damaging their career, said they reported the issue to the university’s research integrity office in 2021.

“Once you see it, you can’t unsee it,” the researcher said. “The same band, flipped, in three different figures, and I was supposed to pretend it was a coincidence.”

In a statement, Northgate University said it “does not comment on personnel matters or on confidential research integrity proceedings” and that it complies with all federal reporting requirements. The Office of Research Integrity, the federal agency that oversees misconduct in government-funded research, declined to say whether it had received the committee’s findings.''',
        [
            ("I have never knowingly altered", "Alan Whitford"),
            ("Once you see it, you", "former postdoctoral researcher in Whitford’s lab"),
            ("The same band, flipped, in", "former postdoctoral researcher in Whitford’s lab"),
            ("does not comment on personnel", "Northgate University"),
        ],
    ),
    (
'''The founder of Bright Futures Alliance, a charity that raises money for children’s literacy programs, used more than $700,000 in donor funds for personal expenses, including payments on a lake house and private-school tuition for her grandchildren, according to bank statements and internal ledgers leaked to the Tribune.

The records cover 2019 through 2023, a period in which the charity’s annual gala, “A Night for Readers,” drew celebrity hosts and its “Every Child a Reader” campaign raised more than $4 million. Over the same period, the share of spending that went to grants for school libraries fell from 71 percent to 38 percent.

“The money went where it was supposed to go, to the kids,” the founder, Gloria Vance-Heller, said in a brief phone interview before ending the call. She did not respond to follow-up questions sent by email and text message.

Two board members resigned in 2023. One of them, Thomas Adeyemi, a retired accountant, said he asked repeatedly to see the charity’s bank statements after noticing large transfers to an account he did not recognize.

“I asked for six months. I never got them, and then I was told I was being ‘disruptive,’” Adeyemi said.

The Tribune traced that account to a limited liability company registered to Vance-Heller’s home address. The company, Lakeview Holdings, has no employees and no website, and its only listed officer is Vance-Heller’s son.

A spokesperson for the state attorney general’s office, which regulates charities, said the office “is aware of the reports and is reviewing them” but declined to say whether an investigation was open.''',
        [
            ("The money went where it", "Gloria Vance-Heller"),
            ("I asked for six months.", "Thomas Adeyemi"),
            ("is aware of the reports", "spokesperson for the state attorney general’s office"),
        ],
    ),
]
