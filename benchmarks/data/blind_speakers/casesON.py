CASES = [
    (
        """Waterloo software maker Northvale cuts 420 jobs as AI push squeezes margins

PRIYA RAMDIAL
TECHNOLOGY REPORTER
TORONTO

Northvale Systems Inc. is laying off about 420 employees, or roughly 14 per cent of its global work force, as the Waterloo, Ont.-based enterprise software company redirects spending toward artificial-intelligence products and tries to reassure investors rattled by two quarters of slowing growth.

The cuts, announced to staff on a company-wide video call on Tuesday morning, will fall hardest on the sales and customer-support teams in Canada and the United States, according to an internal memo reviewed by The Globe and Mail.

"This is the hardest decision I have made since we founded the company," chief executive Marcus Oyelaran wrote in the memo. "We hired for a world that did not arrive, and we have to be honest about that."

Mr. Oyelaran said affected employees in Canada would receive 16 weeks of base pay plus two weeks for every year of service, along with extended health benefits until the end of the year.

The company said in a statement that the restructuring would cost between $28-million and $34-million, mostly in severance, and would be "substantially complete" by the end of its fiscal third quarter. Northvale shares rose 6.2 per cent on the Toronto Stock Exchange to $41.18 after the announcement.

Analysts were not surprised. "They've been carrying a cost base built for 30-per-cent growth while growing at 11 per cent," said Dana Whitcombe, an analyst at Laurentide Securities in Montreal. "Something had to give, and investors have been waiting for this."

Ms. Whitcombe said the bigger question was whether Northvale's AI products, which it began selling to insurance and banking clients last fall, could generate meaningful revenue before larger U.S. rivals catch up. "The cuts buy them time. They don't buy them a strategy."

One employee in the Kitchener office, who asked not to be named because they signed a confidentiality agreement as part of their severance package, said the news came with little warning. "We had a town hall two weeks ago where we were told the pipeline looked strong," the employee said. "Then this morning my laptop was locked before the call had even ended."

The layoffs are the latest in a string of cuts at Canadian technology companies as higher borrowing costs and a slowdown in venture funding force firms to trim staff hired during the pandemic boom. More than 6,200 jobs have been eliminated at Canadian-headquartered tech firms since January, according to figures compiled by Tech Workers Canada, a Toronto-based advocacy group.

"People keep calling it a correction, but for the folks losing their jobs it's a lot more than that," said Amrit Sandhu, the group's executive director.

Ontario Labour Minister Gregory Tousignant told reporters at Queen's Park that the province had reached out to the company and to the municipalities where affected workers live. "We want to make sure every one of those workers knows what support is available to them," he said.""",
        [
            ("This is the hardest decision", "Marcus Oyelaran"),
            ("We hired for a world", "Marcus Oyelaran"),
            ("substantially complete", "Northvale Systems Inc."),
            ("They've been carrying a cost", "Dana Whitcombe"),
            ("Something had to give, and", "Dana Whitcombe"),
            ("The cuts buy them time.", "Dana Whitcombe"),
            ("We had a town hall", "employee in the Kitchener office"),
            ("Then this morning my laptop", "employee in the Kitchener office"),
            ("People keep calling it a", "Amrit Sandhu"),
            ("We want to make sure", "Gregory Tousignant"),
        ],
    ),
    (
        """DPC fines Dublin app developer €41m over handling of teenagers’ data

Ciarán Hegarty

The Data Protection Commission (DPC) has fined Dublin-based video-sharing app developer Loopline Media €41 million after finding that it failed to protect the personal data of users aged 13 to 17, including by making their accounts public by default.

The decision, published on Thursday, follows a two-year inquiry into how the company processed children’s data between 2021 and 2023. The DPC found that Loopline had infringed several articles of the General Data Protection Regulation (GDPR), including its obligations on data protection by design and by default.

In its decision, the commission said the company’s default settings had exposed children “to risks that were entirely foreseeable” and that the age-verification measures it relied on were “ineffective in practice”.

Deputy commissioner Aoife Brannigan said the size of the fine reflected the number of children affected, which the DPC estimates at more than 1.2 million across the EU.

“Companies that design products for young people have a particular responsibility to get the basics right,” she said. “Making a child’s profile visible to anyone on the internet, unless that child finds and changes a setting, is not getting the basics right.”

Loopline, which employs about 380 people at its headquarters in Grand Canal Dock, said it “strongly disagreed” with the decision and was considering an appeal to the High Court.

“We made significant changes to our teen settings in 2023, well before this decision was finalised, and we believe the DPC has not given proper weight to that work,” a spokeswoman for the company said.

The fine is the largest imposed by the commission on an Irish-owned company. Most of its biggest penalties to date have been levied on US multinationals that have their European headquarters in Dublin.

Dr Fiachra Mulcahy, who lectures in information law at St Kevin’s College, Dublin, said the decision sent “a clear signal to domestic firms that the DPC is not only interested in the big American platforms”.

“For years the criticism has been that Ireland goes easy on the multinationals headquartered here,” he said. “This shows the office is willing to act against a homegrown company too, which is arguably harder politically.”

The decision comes weeks after Loopline announced 60 redundancies, most of them in its marketing and content moderation teams, as it struggled to compete with larger rivals for advertising. Under the order, it has three months to bring its processing into compliance.

Minister of State for digital affairs Orla Kinsella said the Government would not comment on an individual regulatory decision. “The Government fully supports the independence of the commission and the work it does to protect children online,” she told the Dáil on Thursday evening.""",
        [
            ("to risks that were entirely", "Data Protection Commission"),
            ("ineffective in practice", "Data Protection Commission"),
            ("Companies that design products for", "Aoife Brannigan"),
            ("Making a child’s profile visible", "Aoife Brannigan"),
            ("strongly disagreed", "Loopline Media"),
            ("We made significant changes to", "spokeswoman"),
            ("a clear signal to domestic", "Fiachra Mulcahy"),
            ("For years the criticism has", "Fiachra Mulcahy"),
            ("This shows the office is", "Fiachra Mulcahy"),
            ("The Government fully supports the", "Orla Kinsella"),
        ],
    ),
    (
        """Singapore watchdog fines Kestrel Logistics over breach of 2.4mn customer records

Mercedes Lau in Singapore

Singapore’s privacy regulator has fined parcel delivery group Kestrel Logistics S$1.1mn after hackers stole the personal details of 2.4mn customers, one of the largest penalties imposed since the city-state toughened its data protection laws.

The Personal Data Protection Commission said on Wednesday that Kestrel had left an administrator account for a customer database protected by a password that had not been changed since 2019, and had failed to detect the intrusion for almost five weeks.

The stolen data included names, mobile phone numbers, delivery addresses and, for about 310,000 customers, partial national identity card numbers. It was later offered for sale on a cyber crime forum, according to the commission’s written grounds for the decision.

In those grounds, the commission said Kestrel had shown ‘a lack of basic security awareness at the most senior levels’ of its technology team, and that warnings from an external auditor in 2022 had not been acted on.

Kestrel, which is majority-owned by the Malaysian conglomerate Harta Sepakat Holdings, said it accepted the findings and had ‘completely rebuilt’ its access controls since the attack.

‘We deeply regret the distress this incident caused our customers and we have co-operated fully with the commission,’ said chief executive Benedict Ang. ‘We are not the company we were 18 months ago.’

Lawyers said the size of the penalty suggested the regulator was willing to use powers introduced in 2022, which allow fines of up to 10 per cent of a company’s annual turnover in Singapore for organisations with revenues above S$10mn.

‘For a long time the fines here were seen as a cost of doing business,’ said Rachel Koh, a partner specialising in data protection at law firm Tan Rajaratnam & Partners. ‘A seven-figure penalty for a mid-sized company changes the conversation in the boardroom.’

Others were less convinced. A cyber security executive at a regional bank, who asked not to be named, said the fine was ‘small relative to the damage’ for customers whose identity numbers had been exposed, many of whom have since reported being targeted by scam calls.

The breach comes as Singapore’s government presses companies to treat cyber security as a governance issue rather than a technical one. Low Wei Jie, minister of state for digital development, told parliament last month: ‘Organisations must treat data protection as a board-level responsibility, not an IT problem.’

Kestrel, which expanded rapidly during the pandemic parcel boom, is also cutting about 8 per cent of its Singapore workforce, mostly in its technology and customer service divisions. The company said the job cuts were part of a regional restructuring and were unrelated to the breach.""",
        [
            ("a lack of basic security", "Personal Data Protection Commission"),
            ("completely rebuilt", "Kestrel Logistics"),
            ("We deeply regret the distress", "Benedict Ang"),
            ("We are not the company", "Benedict Ang"),
            ("For a long time the", "Rachel Koh"),
            ("A seven-figure penalty for a", "Rachel Koh"),
            ("small relative to the damage", "cyber security executive at a regional bank"),
            ("Organisations must treat data protection", "Low Wei Jie"),
        ],
    ),
    (
        """Gaming firm Lumora to cut about 300 jobs in Singapore as it shifts work to Vietnam, Philippines

Nadia Rahman
Tech Correspondent

SINGAPORE – Home-grown games developer Lumora will lay off about 300 employees here, or nearly a third of its local headcount, as it moves parts of its game development and quality assurance work to studios in Ho Chi Minh City and Manila.

Affected staff were told of the decision on Feb 12 in small-group meetings, and most will leave the company by end-March, Lumora said in a statement on Feb 13.

"These changes are not a reflection of the talent and dedication of the colleagues who are leaving us," the statement said. "They reflect the difficult economics of our industry and the need to bring our costs in line with our revenue."

Founded in 2011, Lumora made its name with mobile puzzle games and grew to more than 1,200 staff worldwide at its peak in 2022. It has its headquarters in one-north and studios in five countries.

Lumora co-founder and chief executive Darren Teo told The Straits Times that the decision had been "agonising" but necessary.

"We grew very quickly during the pandemic, when everyone was at home and playing games," he said.

"Since then, the market has normalised, development costs have gone up and, frankly, we have not had the hit title we were counting on. I take responsibility for that."

Mr Teo said retrenched employees will receive one month's salary for each year of service, capped at 20 months, as well as an additional month's pay, and will be able to keep their company laptops. The firm has also engaged a recruitment agency to help them find new jobs.

The Digital and Infocomm Employees' Union (DIEU), which represents about 80 of the affected workers, said it was notified ahead of the announcement and was "working closely with management to ensure a fair and responsible retrenchment exercise".

DIEU general secretary Melvin Goh said many of those affected were young. "Many of them joined Lumora straight out of polytechnic or university. This is their first job, and for some, their first retrenchment. We will walk with them through this," he said.

In response to queries, a Ministry of Manpower (MOM) spokesperson said: "Employers are expected to conduct retrenchment exercises responsibly, and to notify MOM of retrenchments in a timely manner."

The layoffs are the latest in a series of job cuts by technology firms in Singapore over the past year, as companies that expanded rapidly during the pandemic rein in costs.

A former Lumora game designer, who worked at the firm for six years and declined to be named, said the cuts were not entirely unexpected. "The writing was on the wall after the last two launches underperformed," she said. "But it still hurts when you see your colleagues' names on the list.\"""",
        [
            ("These changes are not a", "Lumora"),
            ("They reflect the difficult economics", "Lumora"),
            ("agonising", "Darren Teo"),
            ("We grew very quickly during", "Darren Teo"),
            ("Since then, the market has", "Darren Teo"),
            ("working closely with management to", "Digital and Infocomm Employees' Union"),
            ("Many of them joined Lumora", "Melvin Goh"),
            ("Employers are expected to conduct", "spokesperson"),
            ("The writing was on the", "former Lumora game designer"),
            ("But it still hurts when", "former Lumora game designer"),
        ],
    ),
    (
        """Privacy commissioner investigating breach of Harwood Foods loyalty program

Jordan Ashworth · CBC News · Posted: Apr 8

Canada's privacy commissioner has opened an investigation into a data breach at the loyalty program run by grocery chain Harwood Foods, after the company confirmed hackers accessed the personal information of as many as 5.8 million members.

According to a notice posted on the Maplecrest Rewards website, an "unauthorized third party accessed certain systems" between Feb. 19 and March 3, when the intrusion was detected.

Names, email addresses, phone numbers, dates of birth and purchase histories were exposed, the notice said. Payment card data was not affected, according to the company.

In a statement Monday, the Office of the Privacy Commissioner of Canada said it had received a breach report from Harwood and would examine whether the company had "adequate safeguards in place" to protect members' information.

"Loyalty programs collect a remarkably detailed picture of people's lives — what they eat, where they shop, when they are home," Privacy Commissioner Hélène Marchildon said in the statement. "Canadians who hand over that information deserve to know it is being protected."

Harwood, which operates 240 stores in Ontario and Atlantic Canada, declined an interview request. In an email, spokesperson Kyle Dempster said the company "took immediate steps to contain the incident" and had hired outside cybersecurity experts.

"We sincerely apologize to our members for the concern this has caused," Dempster wrote.

Some members say they learned of the breach from news reports before hearing anything from the company.

Lorraine Fitzpatrick, a retired teacher in Moncton, N.B., told CBC News she has received three suspicious text messages in the past week that referred to her recent grocery purchases.

"I've been a member for 15 years. The least they could do is send me an email before the scammers do," she said.

Vikram Batra, who teaches cybersecurity at Northshore University in Halifax, said the type of data involved makes the breach more serious than it might first appear.

Batra put it bluntly: "Purchase history is a gold mine. If you know someone buys baby formula every two weeks, you can write a very convincing scam message."

Unlike regulators in Europe, the federal privacy commissioner cannot issue fines, and Canada's private-sector privacy law has not been substantially updated in more than two decades. Marchildon has repeatedly called on Parliament to give her office order-making powers.

The Canadian Digital Rights Forum, an Ottawa-based advocacy group, said in a statement that the Harwood breach was "exactly the kind of incident that shows why the commissioner needs real teeth."

Harwood said members would be offered two years of free credit monitoring.""",
        [
            ("unauthorized third party accessed certain", "Maplecrest Rewards"),
            ("adequate safeguards in place", "Office of the Privacy Commissioner of Canada"),
            ("Loyalty programs collect a remarkably", "Hélène Marchildon"),
            ("Canadians who hand over that", "Hélène Marchildon"),
            ("took immediate steps to contain", "Kyle Dempster"),
            ("We sincerely apologize to our", "Kyle Dempster"),
            ("I've been a member for", "Lorraine Fitzpatrick"),
            ("Purchase history is a gold", "Vikram Batra"),
            ("exactly the kind of incident", "Canadian Digital Rights Forum"),
        ],
    ),
    (
        """Stratafy swings the axe at Dublin EMEA hub, up to 250 roles on the block

Third round of cuts in 14 months as observability biz reshuffles sales and support

Conor Feeney

Cloud observability outfit Stratafy has told staff at its Dublin office that up to 250 jobs are at risk, in what is the biggest cut yet at the company's EMEA headquarters and its third round of layoffs in 14 months.

In an all-hands email seen by The Register, chief people officer Jessamyn Cole told employees the business was "simplifying our go-to-market structure" and consolidating support functions into fewer locations.

"We know this news is unsettling, and we want to be as transparent as we can about what happens next," Cole wrote. "Nobody's role will change until the consultation process is complete."

Stratafy has notified Ireland's Department of Enterprise of a proposed collective redundancy, as required under Irish employment law, which kicks off a minimum 30-day consultation period with staff representatives.

One staffer, who asked not to be named as they are still on the payroll, told us morale had been "on the floor" since the last round of cuts in the autumn. "Everyone's been updating their LinkedIn since November. The email this morning just confirmed what we all knew," they said.

A Stratafy spokesperson told The Register: "As part of our ongoing efforts to align resources with our strategic priorities, we have proposed changes that may affect some roles in Dublin. Ireland remains a critical location for Stratafy."

Which is, as corporate statements go, impressively free of information.

The cuts come as Stratafy's revenue growth has slowed to 9 percent year-on-year, down from more than 30 percent in 2022, while rivals bundle observability tooling into broader cloud platforms at little or no extra cost. The company also disclosed a security incident earlier this year in which an attacker used stolen credentials to get into a customer support system; in its latest quarterly filing, it said the incident had "no material impact on our operations or financial results."

Ireland hosts the European headquarters of dozens of US tech firms, and several have trimmed Dublin headcount over the past two years.

Niamh Cassidy TD, her party's enterprise spokesperson, said the State needed to ask harder questions of companies that benefit from its corporate tax regime. "We've rolled out the red carpet for these companies for twenty years. The least we can expect is that they treat workers here as more than a line on a spreadsheet," Cassidy said in a statement.

Declan Roche, general secretary of the Technology and Professional Staff Union, said the union had been contacted by "a significant number" of Stratafy employees since the email went out and would be seeking talks with management.

"Consultation has to mean consultation, not a box-ticking exercise before decisions that have already been made are announced," he said. ®""",
        [
            ("simplifying our go-to-market structure", "Jessamyn Cole"),
            ("We know this news is", "Jessamyn Cole"),
            ("Nobody's role will change until", "Jessamyn Cole"),
            ("on the floor", "staffer"),
            ("Everyone's been updating their LinkedIn", "staffer"),
            ("As part of our ongoing", "spokesperson"),
            ("no material impact on our", "Stratafy"),
            ("We've rolled out the red", "Niamh Cassidy"),
            ("a significant number", "Declan Roche"),
            ("Consultation has to mean consultation,", "Declan Roche"),
        ],
    ),
    (
        """Canadian telehealth startup Clinova exposed patients’ prescriptions and ID scans

Maya Lindqvist

Vancouver-based telehealth startup Clinova left a cloud database containing sensitive medical information belonging to tens of thousands of patients exposed to the internet without a password, TechCrunch has learned.

The database contained patients’ names, dates of birth, home addresses, prescription histories and notes written by doctors during video consultations, as well as scans of driver’s licenses and other government-issued IDs that patients uploaded to verify their identity. Some of the records dated back to 2021.

Security researcher Tomás Echeverría, who found the exposed database and alerted TechCrunch, said the data appeared to have been publicly accessible since at least October.

“Anyone who knew where to look could have downloaded the whole thing in an afternoon,” Echeverría told TechCrunch. “There was no authentication at all.”

TechCrunch reviewed a sample of the data and verified that it was authentic by contacting several patients whose information was in the database, two of whom confirmed their details and recent appointments with Clinova physicians.

Clinova co-founder and CEO Ryan Parekh did not respond to multiple emails sent before publication. The database was pulled offline several hours after TechCrunch alerted the company’s cloud hosting provider.

In a brief statement sent after this story was first published, Clinova spokesperson Emily Tran said the company “identified and remediated a misconfiguration” and was “conducting a thorough investigation with the assistance of third-party experts.”

“We take the privacy of our patients extremely seriously,” Tran said. Tran would not say whether Clinova had notified affected patients or the Office of the Information and Privacy Commissioner for British Columbia, which oversees how private companies in the province handle personal information.

A spokesperson for the B.C. commissioner’s office said it was “aware of the matter” and was “in contact with the organization,” but declined to comment further.

Clinova raised $12 million in a Series A round last year led by Toronto-based Cedarline Ventures, and has said it serves more than 90,000 patients across Canada. Earlier this year, the startup laid off around a fifth of its staff, including members of its security team, according to two former employees who spoke to TechCrunch on condition of anonymity because they feared retaliation.

“The security team went from four people to one,” one of the former employees said.

Nadine Okafor, a Toronto-based lawyer who advises health care providers on privacy, said the exposure of identity documents alongside medical records was particularly concerning. “Health data is the most sensitive category of information we deal with, and pairing it with ID scans is basically a fraud kit,” Okafor said.""",
        [
            ("Anyone who knew where to", "Tomás Echeverría"),
            ("There was no authentication at", "Tomás Echeverría"),
            ("identified and remediated a misconfiguration", "Emily Tran"),
            ("conducting a thorough investigation with", "Emily Tran"),
            ("We take the privacy of", "Emily Tran"),
            ("aware of the matter", "spokesperson"),
            ("in contact with the", "spokesperson"),
            ("The security team went from", "former employee"),
            ("Health data is the most", "Nadine Okafor"),
        ],
    ),
    (
        """Data watchdog opens inquiry into Vireo's use of EU users' posts to train AI

Siobhán Carberry

Ireland's Data Protection Commission (DPC) has opened a formal inquiry into whether social media company Vireo broke EU privacy law by using posts and photos from millions of European users to train its artificial intelligence models.

The US company, whose European headquarters on Sir John Rogerson's Quay employs about 1,100 people, began using public posts from EU users to develop its "Vireo Assist" chatbot in May, after notifying users through an in-app message that many said they never saw.

In a statement yesterday, the DPC said the inquiry would examine whether Vireo had a valid legal basis for the processing and whether it had been "sufficiently transparent" with users about how their data would be used.

Commissioner Gráinne Fennelly said the regulator had engaged with the company "extensively" over the summer before deciding to open a statutory inquiry.

"Where personal data is used to build AI systems, the same rules apply as for any other processing," she said. "People are entitled to understand what is happening with their information and to object to it."

Vireo said it was "confident" that its approach complied with the GDPR and that users had been given "clear and multiple opportunities" to opt out.

"We have been open with the DPC throughout and we will continue to cooperate fully," a Vireo spokesman said.

The inquiry was prompted in part by complaints from the Open Rights Collective, a Brussels-based campaign group, which earlier this year published a report, "Consent by Default", documenting how several platforms had rolled out AI training with little notice to users.

The group's director, Matthias Verhoeven, welcomed the inquiry but said it was overdue. "Every month that passes, more data goes into these models and it cannot simply be taken out again," he said.

He added that removing a person's data from a model once it had been trained was "like trying to take the eggs back out of a cake".

The inquiry comes at a difficult time for Vireo's Irish operation. The company cut about 150 jobs in Dublin in March as part of a global restructuring, according to a collective redundancy notification filed with the Department of Enterprise, Trade and Employment.

A senior official at the DPC, speaking on condition of anonymity, said the office expected to issue a draft decision within 18 months. "These are complex cases and we want the decision to stand up in court," the official said.

If the DPC finds an infringement, Vireo could face a fine of up to 4pc of its global annual turnover.""",
        [
            ("sufficiently transparent", "Data Protection Commission"),
            ("extensively", "Gráinne Fennelly"),
            ("Where personal data is used", "Gráinne Fennelly"),
            ("People are entitled to understand", "Gráinne Fennelly"),
            ("confident", "Vireo"),
            ("clear and multiple opportunities", "Vireo"),
            ("We have been open with", "spokesman"),
            ("Every month that passes, more", "Matthias Verhoeven"),
            ("like trying to take the", "Matthias Verhoeven"),
            ("These are complex cases and", "senior official at the DPC"),
        ],
    ),
]
