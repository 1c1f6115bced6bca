CASES = [
    (
        """Water firm loses appeal to halt £800m sewage claim

Harriet Coyle, Legal Affairs Correspondent

A water company has lost its attempt to strike out an £800m representative action brought on behalf of more than four million customers over sewage spills, after the Court of Appeal ruled that the case should go to trial.

Sir Anthony Redfern, the Master of the Rolls, sitting with Lady Justice Okonjo and Lord Justice Brame, said the tribunal below had been “entirely right” to refuse to throw out the claim against Severnmoor Water.

The claim, brought by the environmental campaigner Dr Priya Lansdowne, alleges that Severnmoor under-reported discharges of untreated sewage from its treatment works between 2016 and 2022, misleading the regulator and allowing the company to charge customers more than it would otherwise have been permitted to.

In a judgment handed down on Wednesday, Sir Anthony wrote: “It is not for this court, at this stage, to decide whether the allegations are made out. It is enough that they are properly arguable and that the class of customers can be identified with reasonable precision.”

He added that the company’s argument that customers’ only remedy lay with the regulator “would leave a very large number of people with a real grievance and no forum in which to air it”.

Severnmoor had argued that the case was, in the words of its counsel, Jonathan Pirbright KC, “a regulatory complaint dressed up as a competition claim”. At a two-day hearing in March, Mr Pirbright told the court that Parliament had “deliberately and for good reason” handed the policing of water companies to the Water Services Regulation Board, and that a trial would create “a second regulator, sitting in the Rolls Building”.

The court rejected that submission. Sir Anthony said the two routes were “not mutually exclusive”, and noted that the regulator had itself accepted in written evidence that it had no power to order compensation to individual households.

Speaking outside court, Dr Lansdowne said: “This is a good day for every family that has paid its water bill and then watched raw sewage go into the river at the bottom of the road. Severnmoor will now have to explain itself in open court.”

Rebecca Thorne, a partner at Haldane Crewe, the law firm running the claim, said the ruling sent a message to the whole sector.

“Companies cannot hide behind the regulator when things go wrong,” she said. “If the figures they reported were false, customers are entitled to their money back.

“We will be asking the tribunal to fix a trial date as soon as possible.”

In a statement, Severnmoor Water said it was “disappointed” by the decision and was considering whether to seek permission to appeal to the Supreme Court. “We continue to believe that these matters are best dealt with by the regulator, and we will defend the claim robustly,” the company said.

The trial is not expected to begin before next autumn.""",
        [
            ("entirely right", "Anthony Redfern"),
            ("It is not for this court", "Anthony Redfern"),
            ("would leave a very large", "Anthony Redfern"),
            ("a regulatory complaint dressed up", "Jonathan Pirbright"),
            ("deliberately and for good reason", "Jonathan Pirbright"),
            ("a second regulator, sitting in", "Jonathan Pirbright"),
            ("not mutually exclusive", "Anthony Redfern"),
            ("This is a good day", "Priya Lansdowne"),
            ("Companies cannot hide behind the", "Rebecca Thorne"),
            ("If the figures they reported", "Rebecca Thorne"),
            ("We will be asking the", "Rebecca Thorne"),
            ("disappointed", "Severnmoor Water"),
            ("We continue to believe that", "Severnmoor Water"),
        ],
    ),
    (
        """Coroner says teenager left in hospital corridor would probably have survived

A 17-year-old boy who died after waiting almost nine hours on a trolley in a hospital corridor would probably have survived had he been treated sooner, a coroner has concluded.

Callum Fairweather, from Brackley Vale, was taken by ambulance to Eastmere General Hospital in January last year with severe abdominal pain. He died early the following morning from sepsis caused by a perforated appendix.

Recording a narrative conclusion at Northfold Coroner’s Court on Thursday, the senior coroner, Dr Fiona Marchbank, said there had been “a series of missed opportunities” to recognise that Callum was seriously ill.

“Callum was a young man who did everything that was asked of him,” Dr Marchbank said. “He waited patiently. He told staff repeatedly that the pain was getting worse. On the evidence I have heard, those complaints were not escalated as they should have been.”

The three-day inquest heard that his observations were not recorded for more than four hours and that a sepsis screening tool was never completed.

Staff nurse Amara Quist told the hearing that the emergency department had been “at more than double its capacity” that night and that she had been responsible for 14 patients in the corridor alone.

“I remember him. I remember thinking he looked pale,” she said, breaking down in the witness box. “I should have gone back to him sooner, and I will live with that.”

An internal review by the trust, entitled “Learning from Corridor Care”, found that nurse staffing in the department had been below safe levels “on 23 of the 31 nights in January”.

Dr Marchbank said she did not criticise individual staff, who had been working in “wholly unsafe conditions”, but found that the trust’s escalation policy had not been followed. She said she would send a prevention of future deaths report to Eastmere Hospitals Trust and to the Department of Health.

Callum’s mother, Joanne Fairweather, said in a statement read outside court by the family’s solicitor, Daniel Okafor: “Callum was our whole world. He was funny, stubborn and kind, and he wanted to be a paramedic.

“We brought him to hospital because we trusted that he would be safe there. Instead he was left on a trolley, in pain, while people walked past him.”

Mr Okafor said the family would now consider “all the options open to them”, including a civil claim against the trust.

Dr Helen Strachan, chief medical officer at Eastmere Hospitals Trust, said: “We are deeply sorry for the failings in Callum’s care and for the pain his family continues to feel. We accept the coroner’s findings in full and have already made changes to how patients waiting in corridors are monitored.”""",
        [
            ("a series of missed opportunities", "Fiona Marchbank"),
            ("Callum was a young man", "Fiona Marchbank"),
            ("He waited patiently.", "Fiona Marchbank"),
            ("at more than double its", "Amara Quist"),
            ("I remember him. I remember", "Amara Quist"),
            ("I should have gone back", "Amara Quist"),
            ("on 23 of the 31", "Eastmere Hospitals Trust"),
            ("wholly unsafe conditions", "Fiona Marchbank"),
            ("Callum was our whole world.", "Joanne Fairweather"),
            ("We brought him to hospital", "Joanne Fairweather"),
            ("all the options open to", "Daniel Okafor"),
            ("We are deeply sorry for", "Helen Strachan"),
        ],
    ),
    (
        """Supreme Court sides with delivery app in fight over drivers' arbitration deals

By DANA ROURKE

WASHINGTON - The Supreme Court on Tuesday made it harder for app-based delivery drivers to band together in court, ruling 6-3 that the arbitration agreements they accept when they sign up can bar them from joining class actions over unpaid wages.

The decision is a victory for Quikfare Inc., the Denver-based food delivery company, which has been fighting a lawsuit by some 40,000 drivers who say they were wrongly classified as independent contractors and denied overtime and expenses.

Writing for the majority, Justice Harriet Lomax said the drivers did not fall within a federal exemption for transportation workers because they deliver meals within a single city and never cross state lines in the course of the job.

"The drivers' work is important, and it is often hard," Lomax wrote. "But the question before us is not whether their work matters. It is whether the statute Congress wrote reaches it. It does not."

In a sharply worded dissent, Justice Raymond Oduya said the majority had read the law "so narrowly that it no longer means what it says."

"Today's decision tells tens of thousands of workers that the courthouse door is open to them only one at a time," Oduya wrote, in an opinion joined by Justices Celia Brandt and Thomas Ekwueme. "A driver owed $400 cannot hire a lawyer to recover it alone. That is the whole point of a class action, and the whole point of this agreement is to make sure there never is one."

The case was brought by Luis Medrano, a former Quikfare driver in San Antonio who says he was paid less than the minimum wage in several weeks once fuel and vehicle costs were taken into account.

"I'm disappointed, but I'm not surprised," Medrano said in a phone interview. "I did the work. I drove the miles. I just wanted to be paid for it."

His lawyer, Marisol Vence, said the drivers would now pursue their claims in arbitration, "one by one if we have to."

Quikfare said in a statement that the ruling "affirms the simple promise we make to every driver: fast, fair and private resolution of disputes."

During arguments in January, several justices appeared torn. Brandt asked Quikfare's lawyer, Paul Sherrington, whether a driver who crossed a state line "even once" on a delivery would be covered by the exemption.

"That depends on the driver's work as a whole, not on a single trip," Sherrington replied.

Labor advocates said the ruling was likely to push the fight to state legislatures.

"The ball is now in the states' court," said Renata Hollis, who directs the Worker Justice Project at Carrow University's law school. "Congress has shown no appetite to fix this, so the states will have to."

The court's decision returns the case to a federal judge in Texas.""",
        [
            ("The drivers' work is important,", "Harriet Lomax"),
            ("But the question before us", "Harriet Lomax"),
            ("so narrowly that it no", "Raymond Oduya"),
            ("Today's decision tells tens of", "Raymond Oduya"),
            ("A driver owed $400 cannot", "Raymond Oduya"),
            ("I'm disappointed, but I'm not", "Luis Medrano"),
            ("I did the work.", "Luis Medrano"),
            ("one by one if we", "Marisol Vence"),
            ("affirms the simple promise we", "Quikfare Inc."),
            ("even once", "Celia Brandt"),
            ("That depends on the driver's", "Paul Sherrington"),
            ("The ball is now in", "Renata Hollis"),
            ("Congress has shown no appetite", "Renata Hollis"),
        ],
    ),
    (
        """Harbourline's $112 million class action settlement approved despite objections

By Ellie Strutton

The Federal Court has approved a $112 million settlement of a class action against Harbourline Insurance over add-on policies sold with car loans, despite objections from some group members that the deal leaves them with too little.

Justice Bernadette Quail on Friday found the settlement was "fair and reasonable" in the interests of the roughly 210,000 group members, although she cut the commission sought by the litigation funder that bankrolled the case.

The class action, filed in 2021, alleged Harbourline and its network of car dealers sold gap and tyre-and-rim insurance to buyers who did not need it, could not claim on it or did not know they had bought it. Harbourline has not admitted liability.

In her reasons, Justice Quail said the risks facing the applicant at trial were "real and substantial", noting that many of the allegations turned on conversations in car yards "that may have taken place a decade ago and of which nobody now has a reliable memory".

"A settlement of this kind is, by its nature, a compromise," she said. "No group member will receive everything they might have hoped for. The question is whether the sum on offer fairly reflects the risks of going on, and in my view it does."

The funder, Southcross Litigation Partners, had sought 27 per cent of the settlement sum. Justice Quail reduced that to 20 per cent, saying a higher figure would be "out of proportion to the risk actually borne".

A handful of group members objected at a hearing last month. One, a pensioner from Shepparton who appeared by video link and asked not to be named, told the court she had paid more than $3000 for a policy she "never asked for and never understood".

"I'll be lucky to get a third of it back," she said.

The lead applicant, retired Toowoomba electrician Graham Pettifer, said he was relieved the case was over.

"It's been four years," Mr Pettifer said. "I'm not going to pretend it's a perfect outcome, but people will get money back that they were never going to see otherwise."

Simone Katsaros, principal at Maddock Wren Lawyers, which ran the case, said the firm would "write to every registered group member" within weeks, and expected payments to begin by the middle of next year.

"This case shows that people who are sold products they don't need can get redress, even against a very large company," Ms Katsaros said.

Southcross said in a statement that it "respected the court's decision" on its commission and remained committed to funding consumer claims.

A Harbourline spokesman said the insurer was "pleased to have resolved the matter" and had stopped selling add-on insurance through dealers in 2020.

Group members who did not register have until March 31 to do so.""",
        [
            ("fair and reasonable", "Bernadette Quail"),
            ("real and substantial", "Bernadette Quail"),
            ("that may have taken place", "Bernadette Quail"),
            ("A settlement of this kind", "Bernadette Quail"),
            ("No group member will receive", "Bernadette Quail"),
            ("out of proportion to the", "Bernadette Quail"),
            ("never asked for and never", "pensioner from Shepparton"),
            ("I'll be lucky to get", "pensioner from Shepparton"),
            ("It's been four years,", "Graham Pettifer"),
            ("I'm not going to pretend", "Graham Pettifer"),
            ("write to every registered group", "Simone Katsaros"),
            ("This case shows that people", "Simone Katsaros"),
            ("respected the court's decision", "Southcross Litigation Partners"),
            ("pleased to have resolved the", "Harbourline spokesman"),
        ],
    ),
    (
        """Warehouse manager sacked after raising safety fears wins tribunal

A warehouse manager who was sacked weeks after warning bosses that forklift drivers were working 14-hour shifts has won his claim for unfair dismissal.

Dean Holloway, 44, was dismissed by Brightwell Logistics in November 2022, seven weeks after emailing the firm's operations director about fatigue among staff at its distribution centre in Kettleford.

An employment tribunal in Nottingham found that the "principal reason" for his dismissal was that he had made protected disclosures, and that the company's explanation - that he had mishandled a stock audit - was "an after-the-event justification".

Employment Judge Catriona Mabey said in her written judgment: "We were not persuaded by the respondent's account. The stock audit issue was minor, was not raised with the claimant at the time and was only treated as a disciplinary matter after he had put his concerns in writing."

The tribunal heard that Mr Holloway wrote to operations director Keith Ambrose in September 2022 warning that "someone is going to get killed" if shift patterns were not changed.

Emails disclosed during the hearing showed that two days later Mr Ambrose forwarded the message to the company's HR manager with the comment: "Can we look at Dean's file please. I've had enough of this."

Giving evidence, Mr Ambrose denied that the email showed he wanted Mr Holloway dismissed.

"I was frustrated with the tone, not the content," he told the hearing. "Dean had a habit of going over people's heads and I wanted to understand the background."

Judge Mabey said the tribunal did not accept that explanation, describing Mr Ambrose's evidence as "evasive and, at times, implausible".

The judgment also found that the company had failed to follow its own disciplinary procedure, giving Mr Holloway less than 24 hours' notice of the meeting at which he was dismissed.

Speaking after the ruling, Mr Holloway said: "I raised it because I was worried about the lads on the floor. I never thought it would cost me my job.

"I hope this makes other people feel they can speak up."

The Allied Warehouse Workers' Union, which supported his claim, said the ruling was "a warning to every employer in the sector" that staff who raise safety concerns are protected by law.

A spokesperson for Brightwell Logistics said: "We note the tribunal's decision and are reviewing it carefully. The safety and wellbeing of our colleagues remains our highest priority."

A remedy hearing to decide how much compensation Mr Holloway should receive will be held later this year.""",
        [
            ("principal reason", "Catriona Mabey"),
            ("an after-the-event justification", "Catriona Mabey"),
            ("We were not persuaded by", "Catriona Mabey"),
            ("someone is going to get", "Dean Holloway"),
            ("Can we look at Dean's", "Keith Ambrose"),
            ("I was frustrated with the", "Keith Ambrose"),
            ("Dean had a habit of", "Keith Ambrose"),
            ("evasive and, at times, implausible", "Catriona Mabey"),
            ("I raised it because I", "Dean Holloway"),
            ("I hope this makes other", "Dean Holloway"),
            ("a warning to every employer", "Allied Warehouse Workers' Union"),
            ("We note the tribunal's decision", "spokesperson for Brightwell Logistics"),
        ],
    ),
    (
        """KC suspended for two years after misleading judge in fraud trial

Owen Trask, Legal Editor

A senior barrister has been suspended from practice for two years after a disciplinary tribunal found that he knowingly misled a judge about why a defence witness could not attend a fraud trial.

Alistair Venning KC, 58, who was called to the Bar in 1990 and took silk in 2011, told the court in March 2022 that the witness was in hospital, when he had been informed the previous evening that she had simply declined to give evidence.

A five-member panel of the Barristers’ Disciplinary Tribunal, chaired by His Honour Peter Gallacher, a retired circuit judge, found two charges of professional misconduct proved.

Announcing the decision, Judge Gallacher said: “The duty not to mislead the court is the foundation on which everything else rests. A barrister who breaches it, even once and even under pressure, strikes at the trust that judges must be able to place in what counsel tells them.”

The tribunal heard that Mr Venning’s junior, Sophie Amanor, had emailed him at 9.40pm on 14 March 2022: “Spoke to her again tonight. She has made it clear she isn’t coming, full stop.”

The following morning Mr Venning told the trial judge that the witness had been “admitted to hospital overnight” and applied for an adjournment, which was granted.

Presenting the case for the Bar Conduct Authority, Nadia Ferreira told the panel that the statement was “not a slip of the tongue but a choice”, made to buy time for a defence that was in difficulty.

Mr Venning, who admitted the facts but denied acting dishonestly, said in evidence that he had been “exhausted and overwhelmed” towards the end of a nine-week trial and had confused the witness with another who was genuinely unwell.

“I made a terrible mistake, and I have apologised to the court for it,” he told the panel. “But I did not set out to deceive anyone, and I never would.”

The tribunal rejected that account. Judge Gallacher said the panel found it “impossible to accept” that an advocate of Mr Venning’s experience could have confused the two witnesses less than 12 hours after receiving Ms Amanor’s email.

Mr Venning’s counsel, Robert Ashdown KC, urged the panel not to disbar his client, pointing to “more than three decades of unblemished practice” and to character references from 14 judges and senior practitioners.

Judge Gallacher said the panel had stepped back from disbarment “with some hesitation”, taking into account the references and the fact that the adjournment had caused no lasting prejudice to the prosecution.

The Bar Conduct Authority said in a statement: “Barristers must be scrupulously honest with the courts. This outcome reflects the seriousness of Mr Venning’s conduct.”

Mr Venning has 21 days in which to appeal to the High Court. His chambers, 9 Cloister Row, said he would not be commenting.""",
        [
            ("The duty not to mislead", "Peter Gallacher"),
            ("Spoke to her again tonight.", "Sophie Amanor"),
            ("admitted to hospital overnight", "Alistair Venning"),
            ("not a slip of the", "Nadia Ferreira"),
            ("exhausted and overwhelmed", "Alistair Venning"),
            ("I made a terrible mistake,", "Alistair Venning"),
            ("But I did not set", "Alistair Venning"),
            ("impossible to accept", "Peter Gallacher"),
            ("more than three decades of", "Robert Ashdown"),
            ("with some hesitation", "Peter Gallacher"),
            ("Barristers must be scrupulously honest", "Bar Conduct Authority"),
        ],
    ),
    (
        """Supreme Court cuts €450,000 defamation award to Mayo publican

The Supreme Court has reduced a €450,000 defamation award to a Co Mayo publican to €120,000, finding that the jury’s figure was “wholly disproportionate” to the damage done to his reputation.

Fergal Nestor, who runs a bar in Kilcurran, sued the Western Courier newspaper over a 2019 article which wrongly suggested he had been questioned by gardaí about the sale of counterfeit spirits.

A High Court jury awarded him €450,000 in 2022. The newspaper, which had published a correction nine days after the article appeared, did not contest liability on appeal but challenged the amount of the award.

Delivering the judgment of the court, Ms Justice Aoife Delahunt said the article was “plainly defamatory” and that Mr Nestor had been entitled to vindication.

“The plaintiff is a man of good character who was falsely linked, in print, with criminal conduct in a small community where he is well known,” she said. “That is a serious matter and the jury was right to treat it as such.”

However, she said the newspaper’s apology had been “prompt, prominent and unequivocal”. The apology, published on page two, stated: “We accept that Mr Nestor has never been questioned in connection with any criminal matter, and we apologise unreservedly for the distress caused to him and his family.”

“An award of this size, for a single article corrected within days, would place this case alongside the gravest libels that have come before the courts,” Ms Justice Delahunt said. “It cannot stand.”

Mr Justice Cormac Feeney, concurring, said juries needed “clearer guidance” from trial judges on the appropriate range of awards, and suggested the Oireachtas might consider whether legislation was required.

He wrote that it was “neither fair to juries nor to litigants” that they were left to fix damages “with little more than instinct to guide them”.

Outside the Four Courts, Mr Nestor’s solicitor, Siobhán Geraghty, said her client was “disappointed but philosophical”.

“He went to court to clear his name, and he has done that,” she said. “The money was never the main thing for him.”

The editor of the Western Courier, Brendan Culhane, said in a statement the paper “deeply regretted the original error” and welcomed the court’s “clarity on the question of damages”.

The court will hear submissions on costs at a later date.""",
        [
            ("wholly disproportionate", "Aoife Delahunt"),
            ("plainly defamatory", "Aoife Delahunt"),
            ("The plaintiff is a man", "Aoife Delahunt"),
            ("That is a serious matter", "Aoife Delahunt"),
            ("prompt, prominent and unequivocal", "Aoife Delahunt"),
            ("We accept that Mr Nestor", "Western Courier"),
            ("An award of this size,", "Aoife Delahunt"),
            ("It cannot stand.", "Aoife Delahunt"),
            ("clearer guidance", "Cormac Feeney"),
            ("neither fair to juries nor", "Cormac Feeney"),
            ("with little more than instinct", "Cormac Feeney"),
            ("disappointed but philosophical", "Siobhán Geraghty"),
            ("He went to court to", "Siobhán Geraghty"),
            ("The money was never the", "Siobhán Geraghty"),
            ("deeply regretted the original error", "Brendan Culhane"),
            ("clarity on the question of", "Brendan Culhane"),
        ],
    ),
    (
        """Supreme Court clears way for data breach class action against Northway Mobile

OTTAWA - The Supreme Court of Canada has cleared the way for a national class action against Northway Mobile over a 2020 data breach that exposed the personal information of about 3.2 million customers.

In a 5-4 decision released Friday, the court ruled that customers do not have to show they suffered financial loss or identity theft before they can sue a company that failed to protect their data.

Writing for the majority, Justice Genevieve Thibodeau-Marsh said the lower courts had set the bar for certification "far higher than the law requires."

"Privacy is not a commodity whose value is measured only when it is sold or stolen," she wrote. "A person whose private information is left unguarded has lost something real, even if no one has yet used it against them."

The breach, which Northway disclosed in August 2020, saw hackers obtain names, addresses, birth dates and, in some cases, passport numbers that customers had provided to open accounts.

The proposed class action, led by Moncton schoolteacher Anita Rousseau, was refused certification by a motions judge, who found the claim disclosed no compensable harm. An appeal court upheld that ruling.

In dissent, Justice Peter Kovalenko-Hart warned that the majority's approach would "open the door to litigation over every lost laptop and misdirected email."

"Not every privacy lapse is a wrong that the law compensates," Kovalenko-Hart wrote in reasons joined by three colleagues. "Courts should be slow to turn anxiety, however understandable, into a cause of action."

Rousseau said she was "thrilled" by the ruling.

"I just wanted someone to take responsibility," she said in an interview. "My passport number is out there somewhere and there's nothing I can do about that. The company knew the risks and didn't act."

Her lawyer, Malcolm Ikeda-Browne, called the decision "a landmark for privacy rights in this country."

"It tells companies that holding Canadians' data comes with obligations, and that there are consequences when those obligations are ignored," he said.

The case will now return to the lower court to proceed toward trial. Ikeda-Browne said he expects the class to include anyone who held a Northway account between 2015 and 2020.

In a statement, Northway Mobile said it was "reviewing the decision carefully" and had "invested significantly" in security since the breach. The company said it had offered free credit monitoring to all affected customers in 2020.

A lawyer for a business coalition that intervened in the case, who spoke on condition of anonymity because the group has not finalized its response, said members were "very concerned" about the cost of defending such suits.

The ruling is expected to affect at least a dozen similar class actions now pending in provincial courts.""",
        [
            ("far higher than the law", "Genevieve Thibodeau-Marsh"),
            ("Privacy is not a commodity", "Genevieve Thibodeau-Marsh"),
            ("A person whose private information", "Genevieve Thibodeau-Marsh"),
            ("open the door to litigation", "Peter Kovalenko-Hart"),
            ("Not every privacy lapse is", "Peter Kovalenko-Hart"),
            ("Courts should be slow to", "Peter Kovalenko-Hart"),
            ("thrilled", "Anita Rousseau"),
            ("I just wanted someone to", "Anita Rousseau"),
            ("a landmark for privacy rights", "Malcolm Ikeda-Browne"),
            ("It tells companies that holding", "Malcolm Ikeda-Browne"),
            ("reviewing the decision carefully", "Northway Mobile"),
            ("invested significantly", "Northway Mobile"),
            ("very concerned", "lawyer for a business coalition that intervened in the case"),
        ],
    ),
]
