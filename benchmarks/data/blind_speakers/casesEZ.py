CASES = [
    (
        """Luxembourg regulator hits Clipsy with €310M fine over teen data

By Marta Kovalenko

March 4, 2025 4:12 pm CET

LUXEMBOURG — Luxembourg’s data protection authority on Tuesday fined the short-video app Clipsy €310 million for failing to protect the personal data of teenage users, the largest penalty the regulator has imposed since the EU’s General Data Protection Regulation took effect in 2018.

The National Commission for Data Oversight (CNDO), which leads supervision of the company in the EU because its European headquarters are in Luxembourg, found that Clipsy set the accounts of users aged 13 to 17 to public by default and failed to explain in plain language how their data would be used.

“We found that default settings exposed children’s profiles to anyone on the platform, including adults they had never met,” said Anouk Schiltz, the commission’s president. “That is not a technical oversight. That is a design choice.”

The decision, which follows a two-year investigation, also orders Clipsy to bring its processing into line with the law within three months. The company said it would appeal.

“We fundamentally disagree with the commission’s findings and with the size of the fine,” a Clipsy spokesperson said in an emailed statement, adding that the features in question had been changed “well before the investigation began.”

The fine lands as Brussels is under pressure to show that the GDPR’s one-stop-shop system, which hands the lead role to the country where a company has its EU base, can deliver. Regulators elsewhere in the bloc have long complained that cases involving big platforms drag on for years.

A senior official at another national regulator, who was granted anonymity to discuss confidential deliberations, said several authorities had pushed for a higher penalty when the draft was circulated last autumn. “There was a real debate about whether 310 was enough for a company of that size,” the official said.

Dutch Green MEP Sanne Verhoeven, who sits on the Parliament’s civil liberties committee, welcomed the decision but said it had come too late.

“Regulators are still fining companies for what they did in 2021,” she said. “By the time the money is paid, the business model has moved on.”

The Digital Commerce Alliance, a Brussels trade group whose members include Clipsy, said in a statement that the ruling “risks creating legal uncertainty for every company offering services to young people in Europe.”

Schiltz said the commission would publish “a full and readable version” of the decision next month, and that it was in contact with authorities in other member states about similar complaints against rival apps.""",
        [
            ("We found that default settings", "Anouk Schiltz"),
            ("That is not a technical", "Anouk Schiltz"),
            ("We fundamentally disagree with the", "spokesperson"),
            ("well before the investigation began.", "spokesperson"),
            ("There was a real debate", "senior official at another national regulator"),
            ("Regulators are still fining companies", "Sanne Verhoeven"),
            ("By the time the money", "Sanne Verhoeven"),
            ("risks creating legal uncertainty for", "Digital Commerce Alliance"),
            ("a full and readable version", "Anouk Schiltz"),
        ],
    ),
    (
        """Hong Kong privacy watchdog opens probe after loyalty app leak exposes data of 1.2 million members

Kelly Ng Wing-sze

Published: 6:30pm, 17 Apr 2025

Hong Kong's privacy watchdog has launched an investigation into a data leak at a popular retail loyalty app that exposed the names, phone numbers and shopping histories of about 1.2 million members, the second major breach in the city this year.

The Data Privacy Bureau said on Thursday it had received a breach notification from Harbourpoint Rewards on Tuesday evening, more than a week after the company's engineers first detected unusual activity on one of its servers.

"We are very concerned about the delay in notification," Privacy Commissioner Winnie Tsang Ka-yan told a press conference. "Every day of delay is a day in which affected members cannot take steps to protect themselves."

Tsang said the bureau would examine whether the company had "adequate security measures in place" and whether it had kept members' data for longer than necessary.

Harbourpoint Rewards, which is owned by property developer Kwan Tai Holdings and is accepted at more than 300 shops and restaurants across the city, said in a statement that it had "immediately engaged independent cybersecurity experts" and reported the matter to police.

"We sincerely apologise to our members for the concern caused," the statement said. "There is no evidence at this stage that payment card information was accessed."

Police confirmed they had received a report and said the case was being handled by officers from the force's cybercrime unit. No arrests had been made as of Thursday evening.

Lawmaker Derek Fung Chi-ho, who represents the technology sector, said the incident showed the city's privacy law was "decades behind" those of mainland China and the European Union.

"Under the current ordinance, there is no mandatory breach notification and the maximum fine is tiny," he said. "Companies simply do a calculation and decide that security is not worth the money."

A government spokeswoman said proposed amendments to the privacy law were "at an advanced stage of drafting" and would be submitted to the legislature "in due course".

Members of the scheme reacted with frustration on social media, with several saying they had received suspicious text messages offering to top up their reward points.

One member, a 34-year-old accountant who gave only her surname, Lam, said she had received three such messages since the weekend.

"I only joined to get discounts on groceries," she said. "Now I have to check every message in case it's a scam."

The bureau urged members not to click on links in unsolicited messages and to contact Harbourpoint directly through its official hotline.""",
        [
            ("We are very concerned about", "Winnie Tsang Ka-yan"),
            ("Every day of delay is", "Winnie Tsang Ka-yan"),
            ("adequate security measures in place", "Winnie Tsang Ka-yan"),
            ("immediately engaged independent cybersecurity experts", "Harbourpoint Rewards"),
            ("We sincerely apologise to our", "Harbourpoint Rewards"),
            ("There is no evidence at", "Harbourpoint Rewards"),
            ("decades behind", "Derek Fung Chi-ho"),
            ("Under the current ordinance, there", "Derek Fung Chi-ho"),
            ("Companies simply do a calculation", "Derek Fung Chi-ho"),
            ("at an advanced stage of", "spokeswoman"),
            ("in due course", "spokeswoman"),
            ("I only joined to get", "Lam"),
            ("Now I have to check", "Lam"),
        ],
    ),
    (
        """Smart doorbell maker told to stop peering over the garden fence

German court rules default wide-angle recording of pavements breaks GDPR, vendor mulls appeal

Rupert Hale

Thu 22 May 2025 // 11:32 UTC

A German court has ruled that a popular video doorbell breaks European data protection law because, out of the box, it records everyone who walks down the street – and ships the footage off to the cloud.

The Regional Court of Altenhain on Wednesday sided with privacy group Digitale Freiheit, which sued Klingelwerk GmbH last year over the default settings of its KW-3 doorbell. The device comes with a 160-degree lens and continuous motion-triggered recording, which in practice means the pavement, the road and often the house across the street all end up on Klingelwerk's servers.

In its written judgment, the court said a homeowner "has no legitimate interest in the permanent recording of persons who merely pass by," and that the manufacturer shared responsibility because it determined how the footage was collected and stored.

"This is a good day for anyone who has ever walked their dog past a stranger's front door," said Jonas Merkle, a lawyer for the group, which had run a campaign under the slogan "Keine Kamera vor meiner Tür". "Your walk to the bakery is not content for somebody's cloud."

Merkle said the court had also rejected Klingelwerk's argument that the so-called "household exemption" – which takes purely personal activity outside the scope of the GDPR – covered its customers. Cameras pointed at public space, the judges found, are not purely personal.

Klingelwerk, which is based near Heilbronn, told The Register it was considering its options.

"We are reviewing the written judgment carefully and will decide on next steps once that review is complete," a spokesperson said. "Our customers have always been able to set privacy zones in the app."

Which is true, in the sense that the setting exists. The court was rather less impressed that it was switched off by default and buried three menus deep, under a heading labelled "Advanced".

The KW-3 sells for around €129 and, according to the company's own marketing, has been installed in "more than 400,000 German homes". Each of those, by the court's reasoning, is potentially a little surveillance post aimed at the neighbours.

Katrin Oberholz, a data protection researcher at the University of Wendhausen, reckons the case could ripple well beyond one product: "If the reasoning holds on appeal, every vendor of connected cameras selling into Germany will have to revisit its defaults. That includes some very large American companies."

She added that courts elsewhere in the EU were not bound by the ruling, but that data protection regulators "tend to read these judgments very closely".

Klingelwerk has one month to lodge an appeal with the Higher Regional Court. ®""",
        [
            ("has no legitimate interest in", "Regional Court of Altenhain"),
            ("This is a good day", "Jonas Merkle"),
            ("Your walk to the bakery", "Jonas Merkle"),
            ("We are reviewing the written", "spokesperson"),
            ("Our customers have always been", "spokesperson"),
            ("more than 400,000 German homes", "Klingelwerk GmbH"),
            ("If the reasoning holds on", "Katrin Oberholz"),
            ("tend to read these judgments", "Katrin Oberholz"),
        ],
    ),
    (
        """Privacy watchdog fines ride-hailing firm 4.2 bln won over location data sharing

SEOUL, May 14 (Yonhap) -- South Korea's privacy watchdog on Wednesday imposed a fine of 4.2 billion won (US$3 million) on ride-hailing operator GoRide Mobility for sharing drivers' and passengers' location data with its affiliates without proper consent.

The National Privacy Commission said GoRide transferred the real-time location records of some 3.1 million users to its payment and advertising affiliates between 2021 and 2023 and used the data to build marketing profiles.

"The company collected consent in a bundled form that made it practically impossible for users to refuse the transfer to third parties," the commission said in a press release.

The watchdog also ordered the company to delete the profiles and to publicly announce the corrective order on its app for 30 days.

Commission Chairman Park Seung-hoon told reporters the case was "a textbook example" of how large platforms move data across group companies.

"Platform operators should not regard personal information held by one affiliate as an asset freely available to the entire group," Park said. "We will continue to respond sternly to such practices."

GoRide said in a statement that it "humbly accepts the commission's decision" and has already revised its consent procedures so that users can separately refuse the sharing of location data.

"We will strengthen internal controls so that a similar incident does not happen again," the company said.

A commission official, who asked not to be named, said the watchdog was also looking into two other mobility platforms over similar practices.

"We expect to conclude those investigations within the year," the official said.

A drivers' union criticized the fine as too small. Kim Min-jae, who heads the Platform Drivers' Union, said the penalty amounted to less than 1 percent of GoRide's annual sales.

"For a company of GoRide's size, 4.2 billion won is a cost of doing business," Kim said. "Drivers will keep being tracked every second they are logged in."

GoRide, launched in 2017, is the country's second-largest ride-hailing service, with about 11 million monthly active users, according to industry data.

The commission has stepped up scrutiny of large platform operators since privacy law revisions took effect in 2023, raising the ceiling on fines to 3 percent of a company's total sales.

(END)""",
        [
            ("The company collected consent in", "National Privacy Commission"),
            ("a textbook example", "Park Seung-hoon"),
            ("Platform operators should not regard", "Park Seung-hoon"),
            ("We will continue to respond", "Park Seung-hoon"),
            ("humbly accepts the commission's decision", "GoRide Mobility"),
            ("We will strengthen internal controls", "GoRide Mobility"),
            ("We expect to conclude those", "commission official"),
            ("For a company of GoRide's", "Kim Min-jae"),
            ("Drivers will keep being tracked", "Kim Min-jae"),
        ],
    ),
    (
        """EU capitals remain split on scanning encrypted messages as deadline looms

By Elena Marchetti | 18 Jun 2025

EU member states remain deeply divided over whether messaging services should be required to scan users' private communications for child sexual abuse material, with a vote among ambassadors postponed for a third time on Wednesday.

A compromise text circulated by the Council presidency on Monday would allow national authorities to issue "detection orders" covering end-to-end encrypted services, but only after a risk assessment and approval by a court or independent administrative body.

Such orders should be "a measure of last resort, limited in time and scope to what is strictly necessary", the text says, according to a copy seen by this outlet.

The proposal has failed to secure a qualified majority since it was first tabled by the European Commission in 2022. At least six countries oppose any obligation that would touch encrypted services, while a similar number have voiced reservations.

"We cannot accept a system in which every private message becomes potentially suspicious," said Lukas Brandner, Austria's state secretary for digitalisation. "Encryption protects journalists, doctors, lawyers and ordinary citizens. Weakening it for one purpose weakens it for all."

An EU diplomat from a country backing the proposal, speaking on condition of anonymity, accused the opposing camp of "hiding behind technical arguments".

"Every month that passes without a legal framework, platforms are less able to detect abuse, and children pay the price," the diplomat said.

Civil society groups say the latest changes are largely cosmetic. Hanna Lindqvist, senior policy adviser at the Brussels-based digital rights group Open Networks Europe, said: "Calling it a last resort does not change the technology. Client-side scanning is still scanning, whether it happens once a year or every second.

"What the presidency is proposing would create an infrastructure that any future government could repurpose. Once it's built, nobody is going to switch it off."

In the European Parliament, which adopted its own position in 2023 excluding encrypted communications from scanning, lawmakers are growing impatient. MEP Tomás Arriaga (EPP), the Parliament's lead negotiator on the file, warned that the Council was "running out of road" and said he would not accept "any text that turns encryption into a loophole to be closed".

Interim rules allowing platforms to voluntarily scan for abuse material expire in April next year. A Commission spokesperson said the executive "remains fully committed" to an agreement before then and urged member states "to show the necessary flexibility".

Diplomats said the presidency intends to bring a revised text back to ambassadors in early July, though few expect the deadlock to be broken before the summer break.""",
        [
            ("a measure of last resort", "Council presidency"),
            ("We cannot accept a system", "Lukas Brandner"),
            ("Encryption protects journalists, doctors, lawyers", "Lukas Brandner"),
            ("hiding behind technical arguments", "EU diplomat from a country backing the proposal"),
            ("Every month that passes without", "EU diplomat from a country backing the proposal"),
            ("Calling it a last resort", "Hanna Lindqvist"),
            ("What the presidency is proposing", "Hanna Lindqvist"),
            ("running out of road", "Tomás Arriaga"),
            ("any text that turns encryption", "Tomás Arriaga"),
            ("remains fully committed", "spokesperson"),
            ("to show the necessary flexibility", "spokesperson"),
        ],
    ),
    (
        """Japan weighs easing consent rules to feed AI development

Privacy regulator's interim report draws praise from industry, alarm from consumer groups

RYOTA MATSUMOTO, Nikkei staff writer

July 2, 2025 20:14 JST

TOKYO -- Japan is considering relaxing consent requirements for the use of personal data in artificial intelligence development, as the government looks for ways to help domestic companies catch up with U.S. and Chinese rivals.

The Personal Information Oversight Commission on Wednesday presented an interim report proposing that businesses be allowed to use personal data for statistical analysis and model training without obtaining individual consent, provided the results cannot be used to identify specific people.

The report argues that requiring consent for such uses "places a disproportionate burden on businesses without a commensurate benefit to individuals."

Under the proposal, sensitive personal information, such as medical history and criminal records, would remain subject to stricter rules. The commission aims to submit a bill amending the country's privacy law to the Diet next year.

"Our aim is not to weaken protections but to place them where they matter," commission Chair Yoko Hasegawa said at a news conference. "Individuals should be protected from harm, not from statistics."

Hasegawa said the commission would also consider introducing administrative fines linked to a company's sales, a step long sought by privacy experts. Japan currently relies largely on recommendations and orders, with criminal penalties only for failure to comply.

Business groups welcomed the direction. "The proposals are a step in the right direction," said Takeshi Morioka, who heads the AI policy working group at the Japan Digital Industry Council, whose members include major electronics and telecom companies.

But Morioka said companies still needed clearer guidance. "Without a clear definition of what counts as statistical use, legal departments will continue to say no," he said.

Consumer advocates have pushed back. Mariko Endo, secretary-general of the Consumer Information Network of Japan, said the change would "turn every app user into unpaid training material."

"People gave their data to book a hotel or buy medicine. They never imagined it would be used to build products they cannot see," Endo said.

She also questioned whether an "opt-out" model, under which individuals could ask companies to stop using their data, would work in practice when most people did not know which companies held it.

An official at the commission's secretariat said the details could still change before the final report, due in the autumn. "Nothing has been decided on how sensitive data will be treated," the official said.

The move puts Japan on a different path from the European Union, where the General Data Protection Regulation generally requires a legal basis such as consent or legitimate interest for AI training, and where regulators have challenged several U.S. tech companies over their use of European users' data.""",
        [
            ("places a disproportionate burden on", "Personal Information Oversight Commission"),
            ("Our aim is not to", "Yoko Hasegawa"),
            ("Individuals should be protected from", "Yoko Hasegawa"),
            ("The proposals are a step", "Takeshi Morioka"),
            ("Without a clear definition of", "Takeshi Morioka"),
            ("turn every app user into", "Mariko Endo"),
            ("People gave their data to", "Mariko Endo"),
            ("Nothing has been decided on", "official at the commission's secretariat"),
        ],
    ),
    (
        """Indonesia’s new privacy regulator hits lending app Danakilat with its first sanction

Priya Raghunathan

6:15 AM PDT · July 9, 2025

Indonesia’s newly formed data protection agency has ordered digital lender Danakilat to stop accessing borrowers’ phone contacts, in the first enforcement action under the country’s personal data protection law.

The Personal Data Protection Agency said on Tuesday that Danakilat, which claims more than 8 million users, had used contact lists scraped from borrowers’ phones to pressure them into repaying loans — including by messaging their relatives, friends and employers.

“This is exactly the kind of practice the law was written to end,” the agency’s head, Ratna Wulandari, said at a press briefing in Jakarta. She said the agency had received more than 1,400 complaints about the app since January.

The agency also fined the company 12 billion rupiah (about $740,000) and gave it 30 days to delete contact data collected from borrowers, along with any copies held by debt collection contractors.

Danakilat co-founder and CEO Arief Santoso said in an email that the company “respects the agency’s authority” but disputed parts of its findings.

“Our collections team has operated under strict guidelines since 2023, and the complaints cited relate overwhelmingly to a third-party vendor we terminated last year,” he wrote. “We will cooperate fully, but we believe some of the conclusions are based on outdated information.”

One borrower from Bekasi, on the outskirts of Jakarta, who asked that her name not be used for fear of further harassment, said collectors had contacted dozens of people in her phone after she missed a repayment in 2023.

“They sent my photo to my whole office group and called me a thief,” she said. “I borrowed two million rupiah for my son’s school fees.”

Indonesia passed its personal data protection law in 2022 but gave companies a two-year transition period, and the agency charged with enforcing it only began operating this year. Until now, digital lenders have been policed mostly by the financial services regulator, which has issued its own rules on debt collection.

Investors are paying attention. “Regulatory risk used to mean one regulator. Now there’s a second one with real teeth,” said Daniel Hartono, a partner at Jakarta-based venture firm Kopi Capital, which does not have Danakilat in its portfolio.

Lawyers said the decision could serve as a template. The order “signals that consent buried in a permissions screen is not going to cut it,” said Melati Siregar, a technology lawyer at Siregar Putri & Partners. “Every app that asks for your contacts on day one should be looking at this very carefully.”

Danakilat has 14 days to file an objection with the agency.""",
        [
            ("This is exactly the kind", "Ratna Wulandari"),
            ("respects the agency’s authority", "Arief Santoso"),
            ("Our collections team has operated", "Arief Santoso"),
            ("We will cooperate fully, but", "Arief Santoso"),
            ("They sent my photo to", "borrower from Bekasi"),
            ("I borrowed two million rupiah", "borrower from Bekasi"),
            ("Regulatory risk used to mean", "Daniel Hartono"),
            ("signals that consent buried in", "Melati Siregar"),
            ("Every app that asks for", "Melati Siregar"),
        ],
    ),
    (
        """‘I was treated like a shoplifter’: watchdog reprimands retailer over facial recognition errors

Discount chain Penny Lane Stores wrongly flagged at least 35 customers, including a 16-year-old girl

Hannah Okafor Technology correspondent

Thu 12 Jun 2025 07.00 BST

Britain’s data watchdog has reprimanded the discount retailer Penny Lane Stores after its facial recognition system wrongly identified at least 35 customers as suspected shoplifters, including a 16-year-old girl who was escorted out of a branch in Brackenford, in the West Midlands.

The Information Rights Commissioner’s Office (IRCO) found that the company had failed to carry out an adequate assessment of the risks before rolling out the technology in 62 shops last year, and had no effective way for people to challenge a match.

Ellie Pryce was with two friends when a security guard approached her at the tills in March 2024. Her mother, Joanne Pryce, said she had come home “shaken and humiliated” and refused to go into the town centre for weeks.

Speaking at the family’s home, Ellie, now 17, said: “The security guard came up and said, ‘You’re banned, you need to leave now.’ I didn’t even know what I was supposed to have done.

“I was treated like a shoplifter in front of everyone. My friends were there. I still don’t go into that shop.”

It later emerged that the system had matched her face to a watchlist image of a woman accused of stealing from another branch. The chain apologised to the family in a letter, which said the match had been “an error in the verification process”.

Stephen Aldred, the IRCO’s deputy commissioner for regulatory supervision, said: “Facial recognition technology can have a role to play in tackling crime, but businesses must be able to show that it is necessary and fair, and that they have tested it properly before pointing it at the public.

“People who are wrongly identified need a quick and simple way to put things right. That did not exist here.”

Penny Lane Stores said it had paused the system in all branches “pending a full independent review”. A spokesperson said: “We are sorry for the distress caused to the customers affected. The safety of our colleagues remains our priority, and we will work with the commissioner to ensure any future use of this technology meets the highest standards.”

Retailers have increasingly turned to facial recognition as shoplifting offences have risen, with several chains trialling systems supplied by specialist security firms. Campaigners argue the technology is being deployed with little oversight.

Madeleine Roe, the director of the civil liberties group Watching Brief, described the reprimand as “a slap on the wrist”. “A reprimand with no fine sends a message that retailers can experiment on the public and say sorry afterwards,” she said.

The group’s report “Suspects in the Aisles”, published last year, documented 14 cases of customers being wrongly banned from shops.

The IRCO said it would publish updated guidance for retailers using biometric technology in the autumn.""",
        [
            ("I was treated like a", "Ellie Pryce"),
            ("shaken and humiliated", "Joanne Pryce"),
            ("The security guard came up", "Ellie Pryce"),
            ("You’re banned, you need to", "security guard"),
            ("I was treated like a", "Ellie Pryce"),
            ("an error in the verification", "Penny Lane Stores"),
            ("Facial recognition technology can have", "Stephen Aldred"),
            ("People who are wrongly identified", "Stephen Aldred"),
            ("pending a full independent review", "Penny Lane Stores"),
            ("We are sorry for the", "spokesperson"),
            ("a slap on the wrist", "Madeleine Roe"),
            ("A reprimand with no fine", "Madeleine Roe"),
        ],
    ),
]
