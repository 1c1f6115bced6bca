CASES = [
    ('''The Hartwell City Council voted 7-2 on Tuesday to suspend the police department’s use of facial recognition software, six months after a wrongful arrest exposed how little oversight the city had over the technology.

The moratorium, which takes effect immediately, halts the department’s contract with Veridex Systems, a Denver-based vendor whose “FaceMatch Pro” platform has been used in more than 1,400 investigations in Hartwell since 2021.

“We were promised a tool that would help solve crimes, and instead we got a tool that put an innocent man in a cell for thirty hours,” said Councilmember Denise Arrington, who sponsored the measure. She added that the city had never commissioned an independent audit of how officers used the system.

The arrest of Marcus Tillery, a 34-year-old warehouse supervisor, drew national attention after his lawyers showed that a grainy still from a gas-station camera had been matched to his decade-old driver’s license photo. Charges were dropped within a week.

Police Chief Raymond Okonjo opposed the suspension, arguing that detectives are trained to treat a match as a lead rather than as evidence. “Taking it away doesn’t make anyone safer. It just makes our detectives slower,” he told council members before the vote.

Veridex said in a statement that its software “performs at the highest levels of accuracy” in federal benchmarks and that any misuse by individual officers was a matter for the department’s own training. The company did not respond to questions about how many other police agencies in the state use FaceMatch Pro.

The Coalition for Privacy and Civil Liberties, which represented Tillery in a complaint against the department, welcomed the vote but said it did not go far enough.

“A pause is not a ban. The council has left the door open for this technology to come back next year with a new coat of paint and the same blind spots,” said Priya Raman, the coalition’s senior staff attorney.

Raman pointed to a 2023 study by researchers at Front Range University, titled “Unequal Faces,” which found that the “accuracy” advertised by several commercial vendors fell sharply for darker-skinned women. The council’s measure asks the city manager to return within a year with proposed rules for any future use.

Tillery, reached by phone on Tuesday evening, said he was relieved but still angry about the months it took for anyone at City Hall to listen. “I just don’t want this to happen to somebody else’s son,” he said.''',
     [
        ("We were promised a tool", "Denise Arrington"),
        ("Taking it away doesn’t make", "Raymond Okonjo"),
        ("performs at the highest levels", "Veridex Systems"),
        ("A pause is not a ban", "Priya Raman"),
        ("I just don’t want this", "Marcus Tillery"),
     ]),

    ('''Residents of Port Alder will get a chance to weigh in on a controversial $48-million "smart corridor" contract before it goes to a final vote, city officials said Monday, after an internal review raised questions about how data from thousands of street sensors would be stored and shared.

The contract with Lumen & Grid Analytics, a Toronto firm, would install cameras, air-quality monitors and public Wi-Fi nodes along a six-kilometre stretch of Harbour Road. The company has marketed the project as "the street that listens," a slogan that critics say captures exactly what is wrong with it.

"Nobody asked the people who live on Harbour Road whether they wanted their street to listen to them. We found out from a glossy brochure," said Gordon Matheson, who chairs the Harbour Road Residents' Association.

A report released last week by the city's auditor general, "Data Governance in Municipal Technology Procurement," found that the draft agreement gave Lumen & Grid broad rights to use "de-identified" data for product development, with no clear limits on how long that data could be kept.

Mayor Claire Bouchard told a news conference that the city would not sign any agreement that handed residents' information to a private company without firm safeguards, and that the consultation had been planned from the start.

In a written response to questions, a spokesperson for Lumen & Grid said the company "does not sell personal information to anyone" and that all video would be processed on the device itself, with faces and licence plates blurred before any footage was transmitted.

Not everyone is persuaded. Dr. Henrik Vos, who studies urban data systems at the Institute for Law and Technology at Alder University, said the technical safeguards were real but beside the point.

"Blurring is a feature, not a contract term," Vos said. "If the agreement doesn't say the city owns the data and can audit the company at any time, then the company can change the software next year and nobody would ever know.

"Barcelona and Amsterdam figured this out years ago. They wrote data sovereignty directly into their procurement rules, and the sky didn't fall."

Councillor Amrit Sandhu, who sits on the city's technology committee, said she expected amendments before the vote. She said the committee would ask staff to add an independent data trust to the agreement, an idea Vos and several residents raised at a committee meeting in January.

The public consultation will run until March 15, with two in-person sessions at the Harbour Road Community Centre. Council is expected to vote in April.''',
     [
        ("Nobody asked the people who", "Gordon Matheson"),
        ("does not sell personal information", "spokesperson"),
        ("Blurring is a feature, not", "Henrik Vos"),
        ("If the agreement doesn't say", "Henrik Vos"),
     ]),

    ('''MedaCore Health, one of the largest health insurers in the Midwest, said on Thursday that hackers had stolen the personal and medical records of about 4.2 million customers, in what security researchers described as one of the most serious health-data breaches of the year.

In a filing with the Securities and Exchange Commission, the company said an unauthorized party had gained access to a claims-processing database in late January using login credentials stolen from an outside contractor. The intrusion was not detected until March 3.

“We deeply regret this incident and the worry it causes our members. We are notifying every affected person directly and offering two years of free credit monitoring,” MedaCore’s chief executive, Alan Brightwater, said in a letter posted to the company’s website.

The stolen data included names, Social Security numbers, diagnosis codes and, for some customers, bank account details, according to the filing.

A ransomware group calling itself “Black Lantern” claimed responsibility on its leak site on Monday, posting what it said were samples of the data. Lena Kowalczyk, a threat-intelligence analyst at the cybersecurity firm Sentry & Vale, said the group had been active since last summer and typically went after hospitals, insurers and universities.

“They are very good at finding the one contractor account that doesn’t have multifactor authentication turned on,” Kowalczyk said. “That is almost always the story.

“And health data is uniquely valuable to criminals, because you can’t change your diagnosis the way you can change a password.”

The Ohio attorney general’s office said it had opened an investigation. “Companies that hold the most sensitive information Ohioans have are expected to protect it, and to tell people promptly when they fail,” Attorney General Teresa Lindqvist said in a statement.

Patient advocates said the gap of more than a month between the intrusion and its discovery was troubling. Marisol Ortega, director of the Patients’ Rights Project, said customers had been left “in the dark for weeks while criminals had their files,” and urged MedaCore to extend credit monitoring to at least ten years.

MedaCore said it had since required multifactor authentication for all contractor accounts and hired an outside forensics firm. Its shares fell 3 percent in afternoon trading.''',
     [
        ("We deeply regret this incident", "Alan Brightwater"),
        ("They are very good at", "Lena Kowalczyk"),
        ("That is almost always the", "Lena Kowalczyk"),
        ("Companies that hold the most", "Teresa Lindqvist"),
        ("in the dark for weeks", "Marisol Ortega"),
     ]),

    ('''Murmur, the short-video app with more than 200 million monthly users, quietly cut nearly a third of its trust and safety staff in Europe last month, according to internal documents and three people familiar with the decision, weeks before regulators in Brussels are expected to step up enforcement of the Digital Services Act.

The cuts fell hardest on teams in Dublin and Lisbon that reviewed content in smaller languages, including Greek, Hungarian and Romanian, the documents show. Some of that work has been shifted to an automated classifier known internally as “Sieve.”

“We were told the machines would handle the easy cases and we would handle the hard ones, and then they got rid of the people who handled the hard ones,” said a former content moderator in Lisbon, who spoke on condition of anonymity because she had signed a separation agreement.

In a blog post on Friday titled “Building a Safer Murmur,” the company said it was “investing more than ever in safety” and that its automated tools now removed 94 percent of violating content before any user reported it.

A Murmur spokesperson, Daniel Ferreira, described the changes as a routine reorganisation and denied that the company had reduced its capacity to review content in any language. He declined to say how many moderators remained.

The European Commission, which designated Murmur a “very large online platform” in 2023, said it was aware of the reports. “We expect all platforms to maintain adequate resources for content moderation in every official language of the Union,” Commission spokesperson Ilse Verhoeven told reporters in Brussels on Monday.

Researchers who track disinformation warned that the timing was poor, with national elections due in several member states this year.

“Automated systems are weakest precisely where the stakes are highest — in small languages, in fast-moving political content, in coded hate speech,” said Katarzyna Nowak, a researcher at the Centre for Democracy and Digital Rights in Warsaw. She said the company’s 94 percent figure meant little without knowing how much harmful content the system never caught.

One current employee in Dublin was blunter. “Sieve is fine at spotting nudity. It has no idea what a Hungarian politician means by a dog whistle,” the employee said.''',
     [
        ("We were told the machines", "former content moderator in Lisbon"),
        ("investing more than ever in", "Murmur"),
        ("We expect all platforms to", "Ilse Verhoeven"),
        ("Automated systems are weakest precisely", "Katarzyna Nowak"),
        ("Sieve is fine at spotting", "current employee in Dublin"),
     ]),

    ('''SACRAMENTO — A bill that would require companies to test their most powerful artificial intelligence models for "catastrophic risks" before releasing them cleared the state Senate on Wednesday, setting up a fight in the Assembly with technology companies that say it would drive innovation out of California.

The measure, SB 1190, would apply to developers that spend more than $100 million training a single model. It would require them to publish safety plans, report serious incidents to a new state office and build in the ability to fully shut a model down, a provision opponents have nicknamed the "kill switch."

"This is not about stopping AI. It is about making sure the people building the most powerful systems in history have a plan for when things go wrong," said state Sen. Rosa Delgado, a Democrat from San Jose who wrote the bill.

The Alliance for Responsible Innovation, a trade group whose members include several large AI developers, said in a letter to lawmakers last week that the bill was "built on speculative harms rather than evidence" and would expose engineers to lawsuits over uses of their work they could not foresee.

Its president, Bradley Chen, went further in an interview on Wednesday. "If you make it legally risky to release open models in this state, people will release them somewhere else. Sacramento doesn't get to opt out of the future," he said.

Some researchers disagreed. Dr. Anjali Mehta, who directs the AI Safety Lab at Pacific Coast University, said the requirements amounted to "the kind of basic hygiene that any serious lab should already be doing," and noted that several of the largest developers had made similar voluntary commitments at a White House event in 2023.

Mehta said the debate had been distorted by warnings about start-ups. The bill's thresholds, she said, would cover only a handful of companies, all of them large.

The governor's office has not said whether he would sign the bill. A spokesperson, Tom Alvarez, said the governor would review the final version carefully and remained committed to keeping the state at the forefront of the industry.

The bill passed 29-9, with several Republicans joining Democrats in support. It now goes to the Assembly's Privacy and Consumer Protection Committee, where a hearing is expected next month.''',
     [
        ("This is not about stopping", "Rosa Delgado"),
        ("built on speculative harms rather", "Alliance for Responsible Innovation"),
        ("If you make it legally", "Bradley Chen"),
        ("the kind of basic hygiene", "Anjali Mehta"),
     ]),

    ('''Homeward, the smart-doorbell company owned by the retailer Calloway & Finch, handed customers’ video footage to police at least 2,100 times last year without a warrant or the owners’ consent, according to a report published Monday by the advocacy group Digital Frontier Watch.

The report, “Who’s at the Door?,” is based on the company’s own transparency filings and public-records requests to 40 police departments. It found that in most cases Homeward relied on an “emergency exception” in its terms of service that allows it to share footage when it believes there is an imminent threat to someone’s life or safety.

The report’s author, Jonah Whitcombe, a policy analyst at the group, said the exception had become a loophole. His conclusion was blunt: “Emergency has come to mean whatever a detective says it means on a Tuesday afternoon.”

Homeward disputed the findings. In a statement, the company said every emergency request was “reviewed by a trained member of our law enforcement response team” and that such disclosures involved a tiny fraction of its more than 10 million users.

Privacy advocates say customers rarely understand what they have agreed to. Elaine Park, a Homeward customer in Tacoma, Wash., learned that footage from her porch camera had been given to police only when a detective mentioned it while interviewing her about an unrelated burglary on her street.

“He said, ‘We already saw your video,’ and I just froze. I bought a doorbell. I didn’t sign up to be part of a surveillance network,” Park said.

Sen. Michael Ostrowski, a Democrat who has pushed for federal limits on warrantless data sharing, said the report showed why Congress needed to act. “Your front door should not be a police informant,” he wrote on X, linking to the report.

Whitcombe said Homeward had made some changes since the group’s first report in 2022, including shutting down a “Neighbors Alert” feature that let police request footage from every camera in an area with a single click. But he said the company still disclosed too little about who approves emergency requests and how quickly.''',
     [
        ("Emergency has come to mean", "Jonah Whitcombe"),
        ("reviewed by a trained member", "Homeward"),
        ("He said, ‘We already saw", "Elaine Park"),
        ("We already saw your video", "detective"),
        ("Your front door should not", "Michael Ostrowski"),
     ]),

    ('''MELBOURNE — An automated risk-scoring tool used by Victoria’s public-housing agency wrongly flagged hundreds of tenants as likely fraudsters, the state Ombudsman has found, in a report tabled in parliament on Thursday.

The tool, developed under a $12 million program known as “Project Keystone,” gave each tenant a score based on more than 60 variables, including how often they changed their contact details and whether they had missed a rent payment in the previous two years. Tenants with high scores were referred to an investigations unit.

In the report, titled “Scored and Suspected,” Ombudsman Helen Marsh wrote that the Department of Housing and Community Services had “never tested whether the model’s predictions bore any relationship to actual wrongdoing.” Of the 1,870 tenants referred for investigation in 2022 and 2023, fewer than 4 per cent were found to have done anything wrong.

The report found that the variables most strongly linked to a high score were frequent changes of address and phone number, patterns Ms Marsh said were common among women leaving violent relationships and people in insecure work.

Housing Minister Paul Kearney said the government accepted all 11 of the report’s recommendations and had suspended the tool in November, after an internal review. “Keystone was switched off the day I saw those numbers, and it is not coming back,” Mr Kearney told parliament.

The opposition’s housing spokesman said the minister had known about problems with the program for months, and called for the department’s secretary to appear before a parliamentary committee.

Tenant advocates said an apology was owed to the families who had been investigated. “People were treated like suspects because they moved house to escape violence or because they lost a phone. Some of them still don’t know why they were investigated,” said Leila Haddad, chief executive of the Public Housing Tenants and Advocates Network.

The network has called for a public register of every algorithm used in government decision-making, along with a right for people to be told when an automated system has contributed to a decision about them. The government said it would respond to that proposal by the end of the year.''',
     [
        ("never tested whether the model’s", "Helen Marsh"),
        ("Keystone was switched off the", "Paul Kearney"),
        ("People were treated like suspects", "Leila Haddad"),
     ]),

    ('''OSLO — Norway’s Data Protection Authority has fined the dating app Sparkle 65 million kroner, about $6 million, for sharing users’ precise location and sexual orientation with advertising partners without valid consent, the largest penalty the regulator has ever imposed.

In its decision, published on Wednesday, the authority said the company had treated consent as “a box to be ticked rather than a choice to be respected,” noting that users could not open the app without agreeing to share data with more than 120 third parties.

Sparkle, which is owned by the Stockholm-based Nordlys Media Group, said it would appeal. “We strongly disagree with the authority’s interpretation of the law and believe our practices were in line with industry standards at the time,” the company said in a statement. It said it had overhauled its consent process in 2022.

The case began with a complaint filed by the Norwegian Consumer Forum and the Berlin-based group Privacy & Rights Europe, which used a test phone to trace where Sparkle’s data flowed. Their joint report, “Out of Control: How Dating Apps Leak Your Life,” was published in 2021 and prompted investigations in several countries.

“What we found was an industry that had simply decided the law did not apply to it,” said Astrid Solberg, who led the technical analysis for the consumer forum. She said the fine was welcome but long overdue.

Legal experts said the decision was likely to be tested in court. Tobias Lind, a professor of information law at Vestland University College, said the authority had been careful to tie the size of the fine to the sensitivity of the data.

“Sexual orientation is a special category under the GDPR, and the authority is saying, in effect, that putting it into an ad auction is about as serious as it gets,” he said.

Sparkle has four weeks to lodge an appeal with the Privacy Appeals Board. Shares in Nordlys Media Group fell 2 percent in Stockholm trading on Wednesday.''',
     [
        ("a box to be ticked", "Data Protection Authority"),
        ("We strongly disagree with the", "Sparkle"),
        ("What we found was an", "Astrid Solberg"),
        ("Sexual orientation is a special", "Tobias Lind"),
     ]),
]
