CASES = [
    (
        """EU fines Halvern Systems 412 million euros over app store steering rules

By Claire Dumont and Pieter Jansen

BRUSSELS, March 12 (Reuters) - The European Commission on Wednesday fined U.S. software group Halvern Systems 412 million euros ($448 million) for stopping app developers from telling users about cheaper offers outside its marketplace, the largest penalty yet under the bloc's Digital Markets Act.

The decision follows a 14-month investigation and is likely to add to tensions with Washington, where officials have accused Brussels of targeting American technology companies with rules that spare their European rivals.

"Halvern has had more than a year to bring its store into line with rules that every gatekeeper has known about since 2022," Marta Ruiz-Calvo, the Commission's executive vice-president for competition, told a news conference. "Developers told us again and again that they could not tell their own customers about better prices. That ends today."

Ruiz-Calvo said the company had 60 days to remove the restrictions or face periodic penalty payments of up to 5% of its average daily worldwide turnover.

Halvern, based in San Jose, California, said it would appeal to the EU's General Court.

"We strongly disagree with today's decision, which misreads the law and ignores the way our marketplace protects European users from fraud," the company said in a statement.

In a separate blog post, Halvern's chief legal officer, Daniel Okafor, said the Commission had "moved the goalposts repeatedly" during talks and that the fine punished investment in security. He said the company had made more than 30 changes to its terms since the law took effect.

The Commission had considered a larger fine but settled on a lower figure partly because Halvern had cooperated with parts of the investigation, a person familiar with the matter said.

"There was a real debate about going higher, and some in the cabinet wanted to," the person said, declining to be named because the deliberations were confidential.

Open Apps Europe, a Brussels-based group representing around 300 developers, welcomed the decision but said it did not go far enough.

"For a company with Halvern's margins, this is a rounding error," said Katrin Lindqvist, the group's policy director. "What matters is whether the changes actually show up on people's phones in the next two months."

A spokesperson for the U.S. Mission to the European Union said Washington was "closely reviewing the decision" and would raise it at a trade and technology meeting in April.

Halvern shares were down 1.2% in premarket trading in New York.

(Reporting by Claire Dumont and Pieter Jansen; Editing by Mark Ellison)""",
        [
            ("Halvern has had more than", "Marta Ruiz-Calvo"),
            ("Developers told us again and", "Marta Ruiz-Calvo"),
            ("We strongly disagree with today's", "Halvern Systems"),
            ("moved the goalposts repeatedly", "Daniel Okafor"),
            ("There was a real debate", "person familiar with the matter"),
            ("For a company with Halvern's", "Katrin Lindqvist"),
            ("What matters is whether the", "Katrin Lindqvist"),
            ("closely reviewing the decision", "spokesperson"),
        ],
    ),
    (
        """EU privacy rewrite stalls as Parliament and capitals clash over AI training data

By Hanna Sørensen

BRUSSELS — A push to simplify the EU’s flagship privacy law ran aground late Tuesday after negotiators from the European Parliament and national governments failed to agree on how far to loosen the rules on cookie banners and the use of personal data to train artificial intelligence.

The talks — the fourth round of so-called trilogue negotiations — broke up shortly after midnight without a deal, according to three officials involved, who were granted anonymity to discuss the closed-door meeting.

At the heart of the dispute is a Council proposal that would let companies rely on “legitimate interest,” rather than users’ consent, to feed personal data into AI models.

“We are not going to sign off on something that guts consent for 450 million people so that a handful of companies can train their models faster,” said Tomasz Wierzbicki, the Polish Socialist MEP leading the file for Parliament. “The Council came in with a text that reads like it was drafted in a lobbyist’s office.”

Cyprus, which holds the rotating presidency of the Council and negotiates on behalf of the 27 capitals, insists the changes are needed to cut red tape for smaller businesses.

Eleni Kyprianou, Cyprus’ deputy minister for European affairs, told POLITICO the presidency remained “confident of an agreement before the summer” but would not accept “a text that leaves small businesses worse off than today.”

“Small firms in my country are spending thousands of euros on lawyers to answer questions that no regulator ever asks them,” she said. “They want clear rules, not fewer rules.

“If this reform doesn’t change that, then frankly, what was the point of opening the law at all?”

Not all capitals are on the same page. Germany and Austria have pushed back against parts of the presidency’s text on AI training, according to two diplomats, while France and Italy want it to go further.

“The presidency has already moved a long way. There isn’t much room left, and everyone knows it,” said one EU diplomat.

Privacy campaigners, meanwhile, have stepped up pressure on MEPs to hold the line. Digital Liberties Network, a Brussels-based NGO, said in a statement that the Council’s proposal would open “a loophole big enough to drive the entire ad-tech industry through.”

The European Commission, which tabled the original proposal last year as part of its drive to cut regulatory burdens, has tried to stay above the fray. Commission spokesperson Jakub Novák said the executive “remains fully committed” to a deal that “simplifies without weakening protections.”

Negotiators are due to meet again on June 3, the last scheduled round before Cyprus hands the presidency over to Ireland in July.""",
        [
            ("We are not going to sign", "Tomasz Wierzbicki"),
            ("The Council came in with", "Tomasz Wierzbicki"),
            ("confident of an agreement before", "Eleni Kyprianou"),
            ("a text that leaves small", "Eleni Kyprianou"),
            ("Small firms in my country", "Eleni Kyprianou"),
            ("They want clear rules, not", "Eleni Kyprianou"),
            ("If this reform doesn’t change", "Eleni Kyprianou"),
            ("The presidency has already moved", "EU diplomat"),
            ("a loophole big enough to", "Digital Liberties Network"),
            ("remains fully committed", "Jakub Novák"),
            ("simplifies without weakening protections", "Jakub Novák"),
        ],
    ),
    (
        """US regulator tells court Brightloop crushed rivals to protect social media empire

Jonathan Reyes in Washington

The US Federal Trade Commission has accused Brightloop of buying up emerging competitors to shield its core app from challenge, as the agency’s most ambitious antitrust case against a social media group went to trial in Washington on Monday.

The FTC is seeking to force Brightloop to divest Chatterbox, the messaging service it bought for $1.1bn in 2014, and Framewise, a photo-editing app acquired two years later. It argues the deals created what economists call a ‘kill zone’ in which start-ups could not attract investment.

‘The evidence will show that Brightloop did not win this market by building a better product,’ Caroline Atwood, the FTC’s lead trial lawyer, told Judge Robert Kessler in her opening statement. ‘It won by making sure better products never had the chance to grow up.’

Ms Atwood cited internal emails in which a former Brightloop executive described Chatterbox as ‘a threat we should own before someone else does’, and another in which the company’s founder, Ethan Marsh, wrote that buying the app would ‘buy us three years, maybe five’.

Brightloop, which has about 3bn monthly users across its apps, denies wrongdoing. Its lead lawyer, Michael Hendry of Carrow & Pike, said the FTC was trying to ‘rewrite history with hindsight’.

‘The agency reviewed both of these acquisitions at the time and let them go ahead. Nothing has changed except the agency’s politics,’ he said.

In a statement, the company said the case ‘ignores the fierce competition we face every day from video apps, messaging services and a new generation of AI assistants’.

The trial is being closely watched in Brussels, where the European Commission is conducting its own review of Brightloop’s advertising business, and by investors, who have long treated a forced break-up as a remote risk. Brightloop shares fell 0.8 per cent on Monday.

Speaking to reporters outside the courthouse, FTC chair Rebecca Hollis said the case was ‘about the future as much as the past’. ‘No company is too big to answer for how it got big,’ she said.

Legal experts cautioned that the agency faces a high bar.

‘Even if the FTC wins on liability, the remedy phase could drag on for years, and judges are traditionally wary of unwinding deals this old,’ said Laura Feinberg, a professor of antitrust law at Hallworth University. ‘The most likely outcome is a long fight over what a break-up would even look like.’

The trial is expected to last about eight weeks, with Mr Marsh scheduled to testify later this month.""",
        [
            ("The evidence will show that", "Caroline Atwood"),
            ("It won by making sure", "Caroline Atwood"),
            ("a threat we should own", "former Brightloop executive"),
            ("buy us three years, maybe", "Ethan Marsh"),
            ("rewrite history with hindsight", "Michael Hendry"),
            ("The agency reviewed both of", "Michael Hendry"),
            ("ignores the fierce competition we", "Brightloop"),
            ("about the future as much", "Rebecca Hollis"),
            ("No company is too big", "Rebecca Hollis"),
            ("Even if the FTC wins", "Laura Feinberg"),
            ("The most likely outcome is", "Laura Feinberg"),
        ],
    ),
    (
        """Senators press tech executives on children's data as privacy bill stalls

By MARIA DELGADO
Associated Press

WASHINGTON (AP) — Senators from both parties accused technology companies on Tuesday of collecting vast amounts of data on children while quietly lobbying against a bill meant to rein them in, as the legislation remained stuck in committee for a second year.

Executives from three of the country's largest social media and gaming platforms faced more than three hours of questioning before the Senate Commerce Committee, which is weighing the Protecting Kids' Data Act.

"You have known for years that children were on your platforms, and you built your business around them anyway," said Sen. Carol Whitaker, D-Ore., the bill's lead sponsor. "The only thing you haven't done is protect them."

Naomi Feld, vice president for global policy at the gaming platform Vireo, told the committee that her company supported "strong, clear federal rules" for children's privacy but had concerns about parts of the bill, including a requirement to verify the ages of all users.

"We share the goal of this legislation," Feld said. "But age verification at the scale this bill contemplates would require us to collect more sensitive data from every user, not less."

Sen. Dale Brandt of Kansas, the committee's top Republican, said he backed the aims of the bill but not its approach.

"I'm not interested in passing a bill that hands the Federal Trade Commission a blank check to write rules for the entire internet," Brandt said. "Congress should make these decisions, not unelected regulators.

"Parents deserve protection. They also deserve a law that will survive in court."

Among the witnesses was Angela Morris, a mother of two from Dayton, Ohio, who said she discovered that a fitness app her 13-year-old daughter used had shared the girl's location with dozens of advertisers.

"Nobody asked me. Nobody asked her," Morris said. "I found out from a news story."

The bill would bar companies from targeting advertising to users under 17 and require them to delete children's data on request. Industry groups say it would cost billions of dollars to implement.

After the hearing, Whitaker told reporters she hoped to bring the bill to a committee vote "before the August recess," but acknowledged she did not yet have the Republican support needed to advance it.

A Republican committee aide, who spoke on condition of anonymity to discuss private negotiations, said "the votes aren't there yet" and that talks over the age verification provision were continuing.""",
        [
            ("You have known for years", "Carol Whitaker"),
            ("The only thing you haven't", "Carol Whitaker"),
            ("strong, clear federal rules", "Naomi Feld"),
            ("We share the goal of", "Naomi Feld"),
            ("But age verification at the", "Naomi Feld"),
            ("I'm not interested in passing", "Dale Brandt"),
            ("Congress should make these decisions", "Dale Brandt"),
            ("Parents deserve protection. They also", "Dale Brandt"),
            ("Nobody asked me. Nobody asked", "Angela Morris"),
            ("I found out from a", "Angela Morris"),
            ("before the August recess", "Carol Whitaker"),
            ("the votes aren't there yet", "Republican committee aide"),
        ],
    ),
    (
        """Privacy watchdogs tighten screws on ‘pay or consent’ models

By Ines Carvalho | Euractiv

The European Data Protection Board (EDPB) on Thursday (12 June) adopted guidelines that will make it harder for large online platforms to ask users to either pay a subscription or accept being tracked for advertising, the so-called “pay or consent” model.

The guidelines, adopted by the board’s national regulators at a plenary in Brussels, apply to companies with a large user base or a dominant position, and set out a clear test: “Where users have no realistic alternative to a service, they must be offered an option that is free of charge and does not involve behavioural advertising.”

“Consent that comes with a price tag attached is very often not freely given,” EDPB Chair Annelies Verhoeven told journalists after the vote. “We are not banning any business model. We are saying that the law applies to all of them.”

The guidelines are not legally binding but are closely followed by national data protection authorities and courts.

The text had been delayed twice amid disagreement among the 27 national authorities over how strict to be, according to an official from one national authority, who asked not to be named.

“There were long discussions about whether a cheaper subscription would be enough. In the end, most of us felt it would not,” the official said.

Industry groups reacted angrily. Markus Hölzl, director general of the Computer and Online Services Alliance (COSA), said the guidelines were “a blow to Europe’s open internet” and warned that “free services will not stay free” if regulators kept closing off ways to fund them.

“This is a political document dressed up as legal guidance,” Hölzl told Euractiv. “It will end up in court, and users will be the ones who pay for the uncertainty.”

Lumora, the social media company whose subscription model first triggered the debate, said it would study the text. A Lumora spokesperson said the company “will review the guidelines carefully” and that its current model already “goes beyond what the law requires”.

Privacy advocates welcomed the move, though some said it came late. German Green MEP Jonas Albrecht said: “This is what the law said from the very beginning. It should not have taken regulators five years to say it out loud.”

The European Commission is expected to take the guidelines into account in its ongoing review of the Digital Markets Act, which also covers the combination of personal data for advertising.""",
        [
            ("Where users have no realistic", "European Data Protection Board"),
            ("Consent that comes with a", "Annelies Verhoeven"),
            ("We are not banning any", "Annelies Verhoeven"),
            ("There were long discussions about", "official from one national authority"),
            ("a blow to Europe’s open", "Markus Hölzl"),
            ("free services will not stay", "Markus Hölzl"),
            ("This is a political document", "Markus Hölzl"),
            ("It will end up in", "Markus Hölzl"),
            ("will review the guidelines carefully", "spokesperson"),
            ("goes beyond what the law", "spokesperson"),
            ("This is what the law", "Jonas Albrecht"),
        ],
    ),
    (
        """DOJ Weighs Settlement With Corvane to End Cloud Antitrust Suit

By Ellen Park and Marcus Webb

The US Justice Department is in early talks with Corvane Technologies Inc. about settling its antitrust lawsuit over the company's cloud software licensing practices, according to people familiar with the matter.

Officials in the department's antitrust division have met Corvane's lawyers at least twice in the past month to discuss possible changes to how the company prices software for customers running it on rival cloud platforms, said the people, who asked not to be identified because the discussions are private.

No agreement is imminent and the talks could collapse, the people said. One of them said the division's leadership was "not in a hurry" to settle and was still preparing for a trial scheduled for February.

Shares of Corvane rose as much as 3.4% in New York trading Thursday after Bloomberg reported on the talks, the biggest intraday gain in two months.

The Justice Department sued Corvane in federal court in Seattle last year, alleging that the Bellevue, Washington-based company used licensing terms to make it far more expensive for businesses to run its database and productivity software on competing cloud services, locking customers into its own platform.

Assistant Attorney General Victor Hale, who leads the antitrust division, has signaled skepticism toward settlements that rely on promises about future conduct rather than structural changes.

"Behavioral remedies have a poor track record in markets that move this fast," Hale said at an event hosted by the Meridian Policy Forum in Washington last month. "We've learned that lesson the hard way, and we don't intend to learn it again."

A Justice Department spokesman declined to comment.

"We continue to engage constructively with the department and remain confident in the strength of our case," Corvane spokeswoman Julia Martens said in an emailed statement.

In court filings, Corvane has argued that the government's case rests on "a fundamental misunderstanding of how enterprise customers buy cloud services" and that customers switch providers regularly.

Any settlement would likely need to address licensing terms for existing contracts, not just new ones, to satisfy the government, according to Anjali Rao, an analyst at Hartwell Research.

"A deal that only fixes pricing going forward leaves most of the locked-in revenue untouched," Rao said. "That would be a meaningful win for Corvane."

The case is one of several the department has brought against large technology companies, and its outcome is being closely watched in Brussels, where the European Commission is examining similar complaints from European cloud providers.""",
        [
            ("not in a hurry", "person familiar with the matter"),
            ("Behavioral remedies have a poor", "Victor Hale"),
            ("We've learned that lesson the", "Victor Hale"),
            ("We continue to engage constructively", "Julia Martens"),
            ("a fundamental misunderstanding of how", "Corvane Technologies Inc."),
            ("A deal that only fixes", "Anjali Rao"),
            ("That would be a meaningful", "Anjali Rao"),
        ],
    ),
    (
        """General Court cuts Nexaro fine but upholds abuse finding in online ads case

By Sofia Lindahl

The General Court of the European Union today reduced the fine imposed on Nexaro by a third, to 1.2 billion euros, but upheld the European Commission's core finding that the company abused its dominant position in online display advertising.

Judges in Luxembourg said the Commission had been right to find that Nexaro favoured its own ad exchange over those of rivals between 2016 and 2021, but had failed to prove that the abuse began as early as 2014, as alleged in the 2022 decision.

"The Commission was entitled to conclude that the applicant's conduct was capable of excluding competitors at least as efficient as itself," the court said in its judgment.

However, the judges found that the evidence relating to the earlier period "does not permit the conclusion, to the requisite legal standard," that the conduct had already begun, and recalculated the fine on that basis.

Nexaro, which can appeal to the Court of Justice on points of law, said it was reviewing the judgment.

"We welcome the court's decision to substantially reduce the fine, but we remain convinced that our advertising tools have always competed on the merits," a Nexaro spokesperson said.

A Commission spokesperson said the EU executive "takes note of the judgment" and would "study it carefully before deciding on next steps."

"It's a split decision on the numbers, but on the legal test it is a clear win for the Commission," said Hélène Marchand, a competition partner at Dufresne Koller in Brussels, who was not involved in the case.

Marchand said the ruling would strengthen the Commission's hand in pending self-preferencing cases, because the court had confirmed that the Commission did not need to show actual effects on the market. "The court has accepted that capability is enough. That is the key line for anyone advising a gatekeeper right now," she said.

The case was triggered by a 2019 complaint from the European Publishers' Digital Alliance, whose secretary general, Rafael Ortega, said the judgment showed that "the rules apply to everyone, however long it takes."

Ortega added: "Publishers lost hundreds of millions in revenue during those years. The fine was never the point. The point is that this cannot happen again."

The Commission has also opened a separate investigation under the Digital Markets Act into Nexaro's ad-tech business, which is expected to conclude later this year.

Case T-412/22 Nexaro v Commission""",
        [
            ("The Commission was entitled to", "General Court of the European Union"),
            ("does not permit the conclusion", "General Court of the European Union"),
            ("We welcome the court's decision", "spokesperson"),
            ("takes note of the judgment", "spokesperson"),
            ("study it carefully before deciding", "spokesperson"),
            ("It's a split decision on", "Hélène Marchand"),
            ("The court has accepted that", "Hélène Marchand"),
            ("the rules apply to everyone", "Rafael Ortega"),
            ("Publishers lost hundreds of millions", "Rafael Ortega"),
        ],
    ),
    (
        """EU-US data pact 'built on sand', says privacy campaigner as court challenge opens

Lisa O'Connell in Brussels

The transatlantic agreement that allows companies to move Europeans' personal data to the United States is "built on sand" and will not survive scrutiny by the EU's top court, a leading privacy campaigner has said as her legal challenge against it opened in Luxembourg.

Niamh Costello, the founder of the Dublin-based group Rights Over Data, argued before the court of justice of the European Union on Tuesday that US surveillance law still allowed intelligence agencies to access Europeans' data without meaningful oversight.

"Nothing fundamental has changed in Washington since the last two agreements were struck down," Costello told the Guardian before the hearing. "The safeguards exist on paper, in an executive order that any president can rewrite with the stroke of a pen."

The EU-US data privacy framework was agreed in 2023 after the court twice invalidated earlier arrangements. Thousands of businesses, from cloud providers to small online retailers, rely on it to transfer data legally across the Atlantic.

The European Commission, which negotiated the deal, said in written submissions to the court that the framework provided "an adequate level of protection" and that Washington had introduced "binding and enforceable" limits on the activities of its intelligence services.

A Commission spokesperson said: "We are confident that the framework meets the standards set by the court, and we will defend it robustly."

In Washington, the US Department of Commerce said the framework was "working as intended" and warned against reopening a settled agreement.

"The United States has made historic commitments to protect the privacy of Europeans' data, and those commitments are being honored," the department said in a statement.

Business groups on both sides of the Atlantic fear a repeat of 2020, when the court's ruling left companies scrambling for alternative legal bases. Grace Whitfield, head of digital policy at the Transatlantic Business Council, said a ruling against the framework would cause "chaos for thousands of small firms".

"Large companies have lawyers and backup plans. A family business selling online in Cork or Bologna does not," she said.

Costello said she was prepared for a long fight. "We have been here twice before and we won both times," she said. "I would rather not have to come back a fourth time, but we will if we must."

A judgment is not expected before the end of next year, although an opinion from one of the court's advocates general is due in the spring.""",
        [
            ("built on sand", "Niamh Costello"),
            ("built on sand", "Niamh Costello"),
            ("Nothing fundamental has changed in", "Niamh Costello"),
            ("The safeguards exist on paper", "Niamh Costello"),
            ("an adequate level of protection", "European Commission"),
            ("binding and enforceable", "European Commission"),
            ("We are confident that the", "spokesperson"),
            ("working as intended", "US Department of Commerce"),
            ("The United States has made", "US Department of Commerce"),
            ("chaos for thousands of small", "Grace Whitfield"),
            ("Large companies have lawyers and", "Grace Whitfield"),
            ("We have been here twice", "Niamh Costello"),
            ("I would rather not have", "Niamh Costello"),
        ],
    ),
]
