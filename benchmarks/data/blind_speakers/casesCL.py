CASES = [
    (
        """By Tamsin Larkey

The NSW Regional Development Minister, Corrine Wallis, has defended her department’s handling of a $140 million grants program after a budget estimates hearing was told almost two-thirds of the money went to electorates held by the government.

Under questioning from the opposition’s regional development spokesman, Bruce Halloran, Ms Wallis said every application to the Thriving Towns Fund had been assessed by an independent panel before it reached her desk.

“I reject absolutely the suggestion that this was anything other than a merit-based process,” she told the hearing on Thursday. “The panel made recommendations, I signed off on those recommendations, and communities across the state are better for it.”

Mr Halloran produced a departmental spreadsheet, obtained under freedom of information laws, which showed 14 projects had been approved despite falling below the panel’s recommended score.

“Minister, your own department’s document shows you overrode the panel 14 times,” Mr Halloran said. “How is that merit-based?”

Ms Wallis said the discrepancy reflected “local knowledge that a spreadsheet can’t capture” and that ministers were entitled to exercise discretion under the program guidelines.

The department’s secretary, Dr Leon Forsythe, told the committee the minister’s decisions had been documented in briefing notes.

“Where the minister departed from the panel’s advice, reasons were recorded,” he said.

But Dr Forsythe conceded under further questioning that in five cases those reasons had been added to the file after the grants were publicly announced.

That admission prompted upper house crossbencher Nadia Obrecht to say she would move to refer the program to the Auditor-General.

“Backdating the paperwork is not a small administrative slip,” Ms Obrecht said. “It goes to the heart of whether taxpayers can trust how this money was spent.”

In a statement issued after the hearing, a spokeswoman for the minister said Ms Wallis “welcomed any review” and was confident the program would withstand scrutiny.

The Premier, Graham Toohey, said on Friday morning he retained full confidence in his minister.

“Corrine has delivered for regional NSW and I’m not going to apologise for that,” Mr Toohey told reporters in Parramatta.

The committee will recall departmental officials next month.""",
        [
            ("I reject absolutely the suggestion", "Corrine Wallis"),
            ("The panel made recommendations, I", "Corrine Wallis"),
            ("Minister, your own department’s document", "Bruce Halloran"),
            ("How is that merit-based?", "Bruce Halloran"),
            ("local knowledge that a spreadsheet", "Corrine Wallis"),
            ("Where the minister departed from", "Leon Forsythe"),
            ("Backdating the paperwork is not", "Nadia Obrecht"),
            ("It goes to the heart", "Nadia Obrecht"),
            ("welcomed any review", "spokeswoman for the minister"),
            ("Corrine has delivered for regional", "Graham Toohey"),
        ],
    ),
    (
        """A Geelong man accused of ramming a council parking inspector’s car has been refused bail after a magistrate found he posed an unacceptable risk of reoffending.

Darren Kealy, 41, appeared in Geelong Magistrates’ Court on Tuesday via video link from custody, charged with recklessly causing injury, criminal damage and dangerous driving over the incident in Belmont last Friday.

Police allege Kealy reversed his utility into the inspector’s marked vehicle twice after being issued a $96 infringement notice, leaving the 58-year-old woman with neck and shoulder injuries.

Police prosecutor Senior Constable Aimee Torrens told the court the accused had a lengthy history of driving offences and had been subject to a community corrections order at the time.

“This was a sustained and deliberate act directed at a public servant doing her job,” Senior Constable Torrens said. “There is no condition the court could impose that would adequately protect the community.”

Kealy’s lawyer, Mitchell Vane, said his client had been under significant financial strain after losing his job as a forklift driver, and that his mother was willing to have him live with her in Ballarat.

“He accepts that his behaviour on that day was appalling,” Mr Vane said. He told the court his client would comply with a curfew and electronic monitoring if required.

Kealy, dressed in a grey prison tracksuit, interjected at one point to say he was “sorry for what happened to the lady”, before being told by Magistrate Ruth Ashdown to let his lawyer speak for him.

Ms Ashdown said that while she accepted the accused was remorseful, the alleged offending was serious and the risk of further offending was high.

“You were on an order of this court when this happened, Mr Kealy,” she said. “I’m not satisfied that the risk you present can be mitigated by conditions.”

The magistrate noted a letter tendered by the defence from Kealy’s mother, Lorraine Kealy, in which she wrote that her son had “never been the same since the divorce” and promised she would “make sure he stays out of trouble”.

Ms Ashdown said she did not doubt the sincerity of the letter, but that it could not outweigh his record.

A council spokesman said the inspector was recovering at home and was being supported by the organisation.

“Our officers deserve to go to work without fearing for their safety,” he said.

Kealy was remanded in custody to reappear on March 14.""",
        [
            ("This was a sustained and", "Aimee Torrens"),
            ("There is no condition the", "Aimee Torrens"),
            ("He accepts that his behaviour", "Mitchell Vane"),
            ("sorry for what happened to", "Darren Kealy"),
            ("You were on an order", "Ruth Ashdown"),
            ("I’m not satisfied that the", "Ruth Ashdown"),
            ("never been the same since", "Lorraine Kealy"),
            ("make sure he stays out", "Lorraine Kealy"),
            ("Our officers deserve to go", "council spokesman"),
        ],
    ),
    (
        """A former Ballarat financial planner who stole almost $3.2 million from 27 clients, many of them retirees, has been jailed for nine years.

Justice Helena Marchetti told the Supreme Court in Melbourne on Wednesday that Gregory Pike, 63, had engaged in “a calculated and prolonged betrayal” of people who had trusted him with their life savings.

Pike pleaded guilty last year to 31 charges of obtaining property by deception and theft, committed over almost eight years between 2014 and 2022.

The court heard he used the money to fund a lavish lifestyle, including a holiday home on the Mornington Peninsula, overseas travel and gambling debts that at one stage exceeded $600,000.

In her sentencing remarks, Justice Marchetti said Pike had produced falsified quarterly statements to conceal the losses and had continued to offend even after one client’s family raised concerns with him directly.

“The victims were not sophisticated investors,” she said. “They were, for the most part, people in their 70s and 80s who had worked their whole lives and who placed complete faith in you. You exploited that faith without hesitation.”

Several victim impact statements were read to the court during the plea hearing in February. One widow, whose $410,000 retirement fund was lost entirely, wrote that she had been forced to sell her home of 40 years.

“I used to think the worst thing that could happen to me was losing my husband,” she wrote. “Now I live in a rented unit, and I am ashamed to tell my grandchildren why.”

Pike’s barrister, Simon Gaultier, SC, had argued that his client’s early guilty plea, his co-operation with investigators and his recent diagnosis with Parkinson’s disease warranted a significant reduction in his sentence.

Justice Marchetti said she had taken those matters into account, but that general deterrence remained paramount.

“Those who hold positions of trust in the financial industry must understand that conduct of this kind will be met with lengthy terms of imprisonment,” she said.

Pike must serve six years before he is eligible for parole. He is also subject to a compensation order, although the court heard it was unlikely that more than a fraction of the money would be recovered.

Outside court, Ian Derwent, whose parents lost $280,000, said the sentence would not undo the damage.

“Mum and Dad will never see that money again, and nine years doesn’t change that,” Mr Derwent said. “But at least he can’t do it to anyone else.”""",
        [
            ("a calculated and prolonged betrayal", "Helena Marchetti"),
            ("The victims were not sophisticated", "Helena Marchetti"),
            ("They were, for the most", "Helena Marchetti"),
            ("I used to think the", "widow"),
            ("Now I live in a", "widow"),
            ("Those who hold positions of", "Helena Marchetti"),
            ("Mum and Dad will never", "Ian Derwent"),
            ("But at least he can’t", "Ian Derwent"),
        ],
    ),
    (
        """Felicity Ormonde

An aged care operator that received more than $90 million in federal funding last financial year has been accused of leaving residents without adequate food and continence supplies, a Senate inquiry has heard.

The inquiry into the quality of care in residential facilities held its first public hearing in Canberra on Monday, taking evidence from former staff of Heathfield Care Group, which runs 22 homes across NSW and Queensland.

Former registered nurse Marguerite Ollivant told senators she had routinely worked night shifts as the only qualified nurse responsible for 120 residents.

“There were nights I didn’t sit down for 12 hours,” Ms Ollivant said. “I was making decisions about which resident to see first, knowing that somebody else was lying in a wet bed.”

She said she had raised her concerns with management on several occasions and was told by a regional manager that the budget “didn’t stretch” to more staff.

The committee chair, Senator Julian Brereton, asked whether she had taken her concerns to the regulator. Ms Ollivant said she had lodged two complaints in 2023 but had heard nothing back.

In its written submission to the inquiry, Heathfield Care Group said it “strongly disputes” the characterisation of its services and had invested $14 million in staffing and training over the past two years.

“Our homes meet or exceed all mandated care minutes, and we welcome the opportunity to set the record straight,” the submission said.

The company’s chief executive, Adrian Coutts, is due to appear before the committee on Wednesday.

Also giving evidence was Dr Anwen Treharne, a geriatrician who reviewed 40 resident files on behalf of the advocacy group Elder Rights Alliance. She told the hearing the files showed “clear evidence of malnutrition” in at least nine cases.

“Weight loss of this magnitude in a supervised setting should be ringing alarm bells for every clinician who sees it,” Dr Treharne said.

Speaking to reporters after the hearing, Senator Brereton said the evidence heard so far was “deeply troubling”.

“We have heard from multiple witnesses, independently of each other, describing the same pattern of neglect,” he said. “That’s not a coincidence.”

The deputy chair, Senator Fiona Leadbeater, said the committee would consider whether to compel the company to produce its financial records, including payments to related entities.

The committee is due to hand down its report by September 30.

AAP""",
        [
            ("There were nights I didn’t", "Marguerite Ollivant"),
            ("I was making decisions about", "Marguerite Ollivant"),
            ("didn’t stretch", "regional manager"),
            ("strongly disputes", "Heathfield Care Group"),
            ("Our homes meet or exceed", "Heathfield Care Group"),
            ("clear evidence of malnutrition", "Anwen Treharne"),
            ("Weight loss of this magnitude", "Anwen Treharne"),
            ("deeply troubling", "Julian Brereton"),
            ("We have heard from multiple", "Julian Brereton"),
            ("That’s not a coincidence.", "Julian Brereton"),
        ],
    ),
    (
        """By Declan Moorhouse

Queensland’s Police Minister is facing calls to resign after an internal briefing revealed the government was warned eight months ago that a new watch-house in Townsville would not be ready on time.

The briefing, prepared by the Corrective Facilities Delivery Unit and tabled in parliament on Tuesday by Opposition Leader Katrina Venables, states that the project faced “significant and escalating risk” of delay because of contractor shortages and late design changes.

Ms Venables told the house that Police Minister Owen Castellan had repeatedly assured parliament the facility would open in March.

“The minister knew. He was told in black and white, and he stood in this chamber and said the opposite,” she said. “Either he didn’t read his own briefings, or he chose to mislead the house. Either way, he has to go.”

Mr Castellan rejected the accusation, saying the briefing was one of dozens he had received on the project and that later advice from the unit had been considerably more optimistic.

“I have been upfront with Queenslanders at every step,” he said. “When I was advised of a delay, I announced it.”

Premier Lachlan Grieve said he would not be sacking his minister. Asked at a press conference in Brisbane whether Mr Castellan had misled parliament, he said: “No. I’ve spoken to the minister, I’ve seen the sequence of advice, and I’m satisfied.”

The Police Officers’ Federation of Queensland, which has campaigned for a new watch-house for almost a decade, was scathing. In a statement, federation president Garth Lindqvist said:

“Our members in Townsville have been working out of a facility that was condemned two years ago. Every month of delay is another month of officers and detainees being put at risk.

“The government needs to stop the blame game and give us a date it can actually meet.”

The watch-house is now expected to open in November, at a cost of $187 million, $42 million over its original budget.

The opposition has flagged it will move a motion referring the minister’s statements to the Ethics Committee when parliament sits again on Wednesday.""",
        [
            ("significant and escalating risk", "Corrective Facilities Delivery Unit"),
            ("The minister knew. He was", "Katrina Venables"),
            ("Either he didn’t read his", "Katrina Venables"),
            ("I have been upfront with", "Owen Castellan"),
            ("When I was advised of", "Owen Castellan"),
            ("No. I’ve spoken to the", "Lachlan Grieve"),
            ("Our members in Townsville have", "Garth Lindqvist"),
        ],
    ),
    (
        """A special inquiry into the death of a 16-year-old boy at a Perth hospital has found his parents’ repeated warnings that he was deteriorating were never escalated to a senior doctor.

The report by former District Court judge Rosalind Achterberg, tabled in state parliament on Thursday, makes 23 recommendations, including a mandatory pathway allowing families to request an urgent clinical review.

Cody Marrable died of sepsis at Kingsway Regional Hospital in August 2024 after waiting almost six hours in the emergency department to be seen by a doctor.

“The evidence establishes that Cody’s deterioration was visible, documented and communicated by his parents,” Ms Achterberg wrote. “What was lacking was a system that required anyone to act on it.”

She found the department had been operating at 160 per cent of its rated capacity that night and that nurses on duty had been “doing their best in impossible circumstances”. She made no adverse findings against individual staff.

The report also reproduced a letter sent to hospital executives three weeks before Cody’s death by a senior emergency physician, warning that the department was “one bad night away from a catastrophe”. The inquiry found no evidence the letter had been answered.

Cody’s mother, Shenae Marrable, said outside Parliament House the family felt vindicated but not comforted.

“We told them and told them. We said he’s not himself, he’s getting worse, please look at him,” she said, her voice breaking.

“Nothing in this report will bring Cody back. But if it means another mum gets listened to, then that’s something,” she said.

Health Minister Colm Rafferty said the government accepted all 23 recommendations in principle and would formally apologise to the family in parliament next week.

“We failed Cody and we failed his family, and I am deeply sorry for that,” Mr Rafferty said.

Opposition health spokeswoman Lisette Vanderbyl said the government must commit to a timeline and funding for the changes.

“Families have heard apologies before,” Ms Vanderbyl said. “What they need is a date by which this pathway will exist in every emergency department in this state.”

A spokesman for the Western Coastal Health Service said a trial of the escalation pathway had already begun at two hospitals.

“We are committed to learning from this tragedy and to making sure every family is heard,” he said.""",
        [
            ("The evidence establishes that Cody’s", "Rosalind Achterberg"),
            ("What was lacking was a", "Rosalind Achterberg"),
            ("doing their best in impossible", "Rosalind Achterberg"),
            ("one bad night away from", "senior emergency physician"),
            ("We told them and told", "Shenae Marrable"),
            ("Nothing in this report will", "Shenae Marrable"),
            ("We failed Cody and we", "Colm Rafferty"),
            ("Families have heard apologies before", "Lisette Vanderbyl"),
            ("What they need is a", "Lisette Vanderbyl"),
            ("We are committed to learning", "spokesman for the Western Coastal Health Service"),
        ],
    ),
    (
        """The federal government has been forced to defend its handling of a $2.4 billion naval shipbuilding contract after an independent MP tabled a letter from a senior engineer warning the program was years behind schedule.

The independent member for Warrigal, Coralie Banfield, used question time on Wednesday to read from the letter, sent in January by the program’s former chief engineer, Hamish Tolland, to Defence Industry Minister Stuart Penhaligon.

“The schedule presented to parliament bears no relationship to the reality in the yard,” Mr Tolland wrote. “I cannot in good conscience continue to sign off on progress reports I know to be misleading.”

Ms Banfield then asked the minister: “When did you first read this letter, and why did you tell this house three weeks later that the program was on track?”

Mr Penhaligon said the letter had been referred to his department and that Mr Tolland’s concerns had been “taken seriously and investigated thoroughly”.

“The independent review found that while there were challenges, the delivery schedule remained achievable,” he said. “I stand by everything I have said in this place.”

The exchange grew rowdy, and the Speaker, Bernadette Kollias, twice intervened.

“The member for Kingswood will cease interjecting or he will leave the chamber,” she said.

The opposition’s defence spokesman, Warwick Ashby-Hale, said the minister’s answer raised more questions than it resolved.

“If the minister had nothing to hide, he would release that independent review today,” he said outside the chamber.

Mr Tolland, who resigned from the program in February, later issued a statement through his lawyers saying he had “never been contacted” by anyone conducting the review and would be willing to give evidence to a parliamentary committee.

The shipbuilder, Corvane Maritime, said in a statement it remained “fully confident” in its ability to deliver the first vessel in 2028, and that it had met every contractual milestone to date.

Ms Banfield has written to the chair of the Senate’s foreign affairs, defence and trade committee asking that both the review and the original schedule be examined at Senate estimates next month.""",
        [
            ("The schedule presented to parliament", "Hamish Tolland"),
            ("I cannot in good conscience", "Hamish Tolland"),
            ("When did you first read", "Coralie Banfield"),
            ("taken seriously and investigated thoroughly", "Stuart Penhaligon"),
            ("The independent review found that", "Stuart Penhaligon"),
            ("I stand by everything I", "Stuart Penhaligon"),
            ("The member for Kingswood will", "Bernadette Kollias"),
            ("If the minister had nothing", "Warwick Ashby-Hale"),
            ("never been contacted", "Hamish Tolland"),
            ("fully confident", "Corvane Maritime"),
        ],
    ),
    (
        """By Rhys Carrodus

A former Adelaide Hills mayor accused of steering a $3.6 million council contract to a company part-owned by his brother-in-law told a junior staff member to keep the paperwork to a minimum, a District Court jury has heard.

Trevor Brackett, 59, has pleaded not guilty to two counts of abuse of public office relating to his time as mayor of the Mount Carrow council.

In her opening address on Monday, prosecutor Elena Sarkis told the jury the case was about “a man who treated the council’s budget as a family business”.

The prosecution alleges Brackett failed to declare his interest when the council awarded a roadworks contract to Ridgeline Civil in 2021, and pressured staff to fast-track the tender.

The jury was shown an email Brackett sent to the then chief executive in March 2021, in which he wrote that Ridgeline was “the obvious choice” and that he would “take care of the councillors”.

Former council procurement officer Wendy Tassell told the court Brackett had approached her desk shortly before the tender closed.

“He came over to my desk and told me to keep the paperwork light on this one, that we didn’t need to make a meal of it,” Ms Tassell said.

Under cross-examination by Brackett’s counsel, Nicholas Dunmore, SC, Ms Tassell agreed she had not raised her concerns with anyone at the time.

“You didn’t think it was important enough to mention to the CEO?” Mr Dunmore asked.

“I was worried about my job,” she replied. “He was the mayor. I was a procurement officer on a contract.”

Mr Dunmore suggested the remark could just as easily have been “a throwaway line about a routine job”.

Ms Tassell responded: “It wasn’t routine. Nothing about that tender was routine.”

Before adjourning for the day, Judge Paul Merriden reminded jurors not to research the case or discuss it with family and friends.

“You must decide this case only on the evidence you hear in this courtroom,” he said.

The trial, which is expected to run for three weeks, continues.""",
        [
            ("a man who treated the", "Elena Sarkis"),
            ("the obvious choice", "Trevor Brackett"),
            ("take care of the councillors", "Trevor Brackett"),
            ("He came over to my", "Wendy Tassell"),
            ("You didn’t think it was", "Nicholas Dunmore"),
            ("I was worried about my job", "Wendy Tassell"),
            ("He was the mayor.", "Wendy Tassell"),
            ("a throwaway line about a", "Nicholas Dunmore"),
            ("It wasn’t routine. Nothing about", "Wendy Tassell"),
            ("You must decide this case", "Paul Merriden"),
        ],
    ),
]
