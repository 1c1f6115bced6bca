CASES = [
    (
        """Harrowfield council confirms ransomware attack as services remain offline

By Daniel Okafor

Harrowfield Borough Council has confirmed that a ransomware attack is behind the IT outage that has left residents unable to pay council tax online or book bulky waste collections for more than a week.

In a statement published on its website on Tuesday, the council said it had "taken the difficult decision to shut down a number of systems" after detecting suspicious activity on its network in the early hours of 3 March.

"We are working closely with the National Cyber Security Centre, the National Crime Agency and our specialist incident response partners to restore services safely and as quickly as possible," the statement said. "At this stage we cannot rule out that some personal data has been accessed."

The authority, which serves around 140,000 residents in the East Midlands, has not said which group was responsible or whether a ransom demand had been received. However, a post on the leak site of the Lynx ransomware gang on Monday listed Harrowfield among its latest victims, alongside a countdown timer and a handful of screenshots appearing to show internal spreadsheets.

Council leader Margaret Idowu told a meeting of the full council on Wednesday evening that the authority would not be paying criminals.

"Let me be absolutely clear: this council will not negotiate with the people who have done this," she said. "Our priority is the residents who rely on us, particularly the most vulnerable, and we have put manual processes in place so that nobody goes without the support they need."

Idowu added that housing benefit payments and adult social care services had continued "with some delays", and that staff had been "working around the clock".

The council's chief executive, Graham Pell, said the authority had backups of its core systems and expected "a phased return" of online services over the coming fortnight. He declined to give a date.

A source familiar with the council's response told Computer Weekly that the attackers appeared to have gained access through a legacy remote access appliance that was due to be decommissioned later this year. The source said the device had not been patched against a vulnerability disclosed in January.

Security researcher Priya Ramanathan, who tracks ransomware leak sites for threat intelligence firm Northgate Labs, said Lynx had become one of the most active groups targeting the UK public sector.

"Local authorities are attractive to these groups because they hold a huge amount of sensitive data and they are under intense pressure to restore services quickly," said Ramanathan. "Budgets for IT have been squeezed for a decade, and a lot of councils are running infrastructure that should have been retired years ago."

She said residents should be alert to phishing emails or phone calls referencing the incident, which criminals often use "as a hook" in follow-up scams.

The Information Commissioner's Office confirmed it had received a report from the council. "We are making enquiries," a spokesperson said.""",
        [
            ("taken the difficult decision to", "Harrowfield Borough Council"),
            ("We are working closely with", "Harrowfield Borough Council"),
            ("At this stage we cannot", "Harrowfield Borough Council"),
            ("Let me be absolutely clear:", "Margaret Idowu"),
            ("Our priority is the residents", "Margaret Idowu"),
            ("with some delays", "Margaret Idowu"),
            ("working around the clock", "Margaret Idowu"),
            ("a phased return", "Graham Pell"),
            ("Local authorities are attractive to", "Priya Ramanathan"),
            ("Budgets for IT have been", "Priya Ramanathan"),
            ("as a hook", "Priya Ramanathan"),
            ("We are making enquiries", "spokesperson"),
        ],
    ),
    (
        """Industrial pump maker Veltrana hit by ransomware, production halted

By Sergiu Matei

Veltrana Group, a Swedish manufacturer of industrial pumps and valves, says a ransomware attack has forced it to halt production at several of its factories while it restores encrypted systems.

The company disclosed the incident in a filing with the Nasdaq Stockholm exchange on Thursday, saying it detected unauthorized access to its IT environment on Monday night.

"Upon detection, Veltrana immediately initiated its incident response procedures, isolated affected systems and engaged external cybersecurity experts," reads the filing.

"As a consequence of the incident, production at a number of the company's sites has been temporarily suspended. The company is working to resume operations as soon as possible."

Veltrana, which employs roughly 6,200 people and reported annual revenue of SEK 11.4 billion last year, has facilities in Sweden, Poland, Mexico and the United States.

The company has not yet said whether data was stolen during the attack, telling BleepingComputer that the investigation is "at an early stage."

"We are not in a position to share further details at this time, but we will provide updates as the situation develops," Veltrana's head of communications, Elin Sandgren, told BleepingComputer.

Gang claims the attack

While Veltrana has not attributed the attack to a specific threat actor, the Kraken ransomware operation added the company to its data leak site on Friday, claiming to have stolen 1.8 TB of data.

The threat actors say the stolen files include engineering drawings, financial documents and employee passports, and have threatened to publish them unless a ransom is paid.

BleepingComputer has not been able to independently verify the claims.

Kraken is a relatively new ransomware-as-a-service operation that launched in late 2023 and has since claimed over 90 victims, primarily manufacturers and logistics firms.

According to Halcyon Grid's "Ransomware Threat Landscape 2024" report, shared with BleepingComputer ahead of publication, the group's affiliates commonly gain initial access by exploiting vulnerabilities in VPN appliances or by using credentials purchased from initial access brokers.

"Kraken affiliates move quickly once inside a network, often deploying encryptors within 48 hours of initial compromise," the report says. "They specifically target virtualization infrastructure, encrypting VMware ESXi hosts to maximize disruption."

Tomás Brennan, a senior threat researcher at Halcyon Grid, told BleepingComputer that manufacturers remain a favorite target because downtime is so costly.

"When a production line stops, every hour costs money, and the attackers know that," Brennan said. "That creates enormous pressure to pay."

Veltrana's shares fell 6.3% in Stockholm trading following the disclosure.""",
        [
            ("Upon detection, Veltrana immediately initiated", "Veltrana Group"),
            ("As a consequence of the", "Veltrana Group"),
            ("at an early stage.", "Veltrana Group"),
            ("We are not in a", "Elin Sandgren"),
            ("Kraken affiliates move quickly once", "Halcyon Grid"),
            ("They specifically target virtualization infrastructure,", "Halcyon Grid"),
            ("When a production line stops,", "Tomás Brennan"),
            ("That creates enormous pressure to", "Tomás Brennan"),
        ],
    ),
    (
        """Coastwide Health confirms member data stolen in cyber attack

By Hannah Voss

Health insurer Coastwide Health has confirmed that personal information belonging to current and former members was stolen in a cyber attack on its systems earlier this month.

The Newcastle-based fund, which has around 310,000 members, said in an update to members on Monday that an unauthorised third party accessed a database used by its claims processing platform between 9 and 11 September.

"Our investigation has now confirmed that the third party was able to copy some data from this system," chief executive Rebecca Lindqvist said in the update.

"This data includes names, dates of birth, addresses, Medicare numbers and, for some members, information about claims made under their policy. We are deeply sorry that this has happened."

Lindqvist said there was no evidence that banking or credit card details were affected, as these are stored in a separate system.

The fund has not disclosed how many members are affected, but said it would contact every impacted person directly "within the coming weeks".

Coastwide first disclosed the incident on 13 September, describing it at the time as "a cyber security incident that has caused some disruption" to its online member portal and mobile app.

It has engaged the Australian Cyber Security Centre and notified the Office of the Australian Information Commissioner (OAIC) under the notifiable data breaches scheme.

An OAIC spokesperson confirmed the office had been notified and was "engaging with the entity".

Cyber Security Minister Tony Reardon said the government was "closely monitoring the situation".

"Health information is among the most sensitive data Australians hand over, and organisations that hold it have an obligation to protect it," Reardon told reporters in Canberra on Tuesday.

"I've asked my department to ensure Coastwide gets whatever support it needs, but I also expect the company to be upfront with its members about what has happened."

The breach comes less than three years after the Medibank attack, in which the data of 9.7 million customers was stolen and later published on the dark web.

Alex Ferreira, a principal consultant at Sydney-based security firm Bastion Point, said the claims data was likely to be the most valuable element for attackers. He put it bluntly: "Names and addresses are already out there for most people, unfortunately. But claims history can reveal things like mental health treatment or fertility procedures, and that's exactly the kind of information criminals use for extortion."

Ferreira said members should be wary of unsolicited calls, texts or emails referring to the breach, and should never hand over passwords or one-time codes.

Coastwide said it had set up a dedicated support line and would offer affected members free identity protection services through IDCARE.

A spokesperson for the fund declined to say whether a ransom demand had been received, citing "advice from law enforcement".""",
        [
            ("Our investigation has now confirmed", "Rebecca Lindqvist"),
            ("This data includes names, dates", "Rebecca Lindqvist"),
            ("within the coming weeks", "Coastwide Health"),
            ("a cyber security incident that", "Coastwide Health"),
            ("engaging with the entity", "spokesperson"),
            ("closely monitoring the situation", "Tony Reardon"),
            ("Health information is among the", "Tony Reardon"),
            ("I've asked my department to", "Tony Reardon"),
            ("Names and addresses are already", "Alex Ferreira"),
            ("advice from law enforcement", "spokesperson"),
        ],
    ),
    (
        """Payroll biz Cresswell admits crooks swiped staff data belonging to dozens of clients

By Owen Pritchard

UK payroll outsourcer Cresswell Payroll Services has confirmed that criminals made off with employee records belonging to at least 37 of its corporate customers after breaking into a file transfer server.

The Leeds-based biz, which processes salaries for around 400 organisations, began emailing affected clients late last week. In a copy of the notification seen by The Register, the company says it “identified unauthorised activity on a secure file transfer environment” on 14 May and “immediately took the system offline”.

According to the letter, the intruders accessed files containing names, National Insurance numbers, salary details and, in some cases, bank account numbers of client employees.

“We understand how concerning this will be for you and your employees, and we sincerely apologise,” the letter reads. “Based on our investigation to date, there is no evidence that any of the data has been misused.”

That is, of course, the line every breached organisation trots out in the early days, and it tends to age badly.

One affected client, a mid-sized housing association in West Yorkshire, told us it only learned of the breach nearly two weeks after Cresswell detected it. An IT manager at the association, who asked not to be named because they were not authorised to speak to the press, was unimpressed.

“We found out from an email that went to a generic inbox,” they said. “Nobody picked up the phone. We’ve got 600 staff whose bank details might be sitting on a criminal forum and we’re having to piece it together ourselves.”

Cresswell chief operating officer Stuart Hadley told The Register the company had prioritised “accuracy over speed” in its notifications.

“We wanted to be certain which clients and which individuals were affected before contacting anyone, because telling people their data has been stolen when it hasn’t causes real harm too,” Hadley said.

He declined to name the software running on the compromised server, saying only that it was “a widely used commercial product” and that the vendor had since issued a fix.

Cresswell says it has reported the incident to the Information Commissioner’s Office and Action Fraud. The ICO confirmed it was “assessing the information provided”.

No ransomware crew has publicly claimed the attack, though infosec folk have noted a spike in intrusions targeting managed file transfer kit in recent months. Clop notoriously used a zero-day in Progress Software’s MOVEit Transfer in 2023 to pilfer data from hundreds of organisations, including several UK payroll firms.

Jess Mallory, a director at incident response outfit Redwater Security, said organisations that outsource payroll were often unaware how much of their staff data sat with third parties.

“You can do everything right inside your own four walls and still end up in the headlines because a supplier didn’t patch something,” she told us. “Supply chain risk is the bit most boards still haven’t got their heads around.” ®""",
        [
            ("identified unauthorised activity on a", "Cresswell Payroll Services"),
            ("immediately took the system offline", "Cresswell Payroll Services"),
            ("We understand how concerning this", "Cresswell Payroll Services"),
            ("Based on our investigation to", "Cresswell Payroll Services"),
            ("We found out from an", "IT manager at the association"),
            ("Nobody picked up the phone.", "IT manager at the association"),
            ("accuracy over speed", "Stuart Hadley"),
            ("We wanted to be certain", "Stuart Hadley"),
            ("a widely used commercial product", "Stuart Hadley"),
            ("assessing the information provided", "Information Commissioner’s Office"),
            ("You can do everything right", "Jess Mallory"),
            ("Supply chain risk is the", "Jess Mallory"),
        ],
    ),
    (
        """Ransomware attack exposed data of 48,000 students, staff at Oregon school district

By Marisa Collins

Cascade Ridge School District in Oregon is notifying more than 48,000 current and former students and employees that their personal information was stolen during a ransomware attack in January.

In breach notification letters filed with the Oregon Department of Justice and the Maine Attorney General's office this week, the district said an "unauthorized actor" gained access to its network on Jan. 6 and exfiltrated files before deploying ransomware two days later.

The stolen data varies by individual but includes names, Social Security numbers, dates of birth, medical information and, for some students, special education records, according to the filing.

"The District takes the privacy and security of the information in its care very seriously," the letter states. "We have implemented additional safeguards and are reviewing our policies and procedures to reduce the likelihood of a similar event occurring in the future."

The attack forced the district to close its 14 schools for two days in January and pushed back the start of the spring standardized testing window.

At the time, Superintendent Dr. Linda Whitcomb described the incident as a "network disruption" and told parents in a video message that there was "no indication" student data had been compromised. Asked about the discrepancy, district spokesperson Aaron Delgado said the initial statement "reflected the best information we had at that point."

"Forensic investigations take time, and we have been committed to sharing confirmed facts rather than speculation," Delgado said in an email. "We understand families are frustrated, and we share that frustration."

The Medusa ransomware group claimed responsibility for the attack in late January and demanded $400,000 from the district. The group later posted what it said was the full data trove on its leak site after the deadline passed.

A district official with knowledge of the response, who spoke on condition of anonymity because they were not authorized to discuss it, said the school board voted unanimously in a closed session not to pay. "There was never a serious conversation about paying," the official said.

The FBI and CISA issued a joint advisory on Medusa earlier this year warning that the group had compromised more than 300 victims in critical infrastructure sectors including education, healthcare and manufacturing.

K-12 schools have become frequent targets, said Rachel Brandt, national director of the K12 Cyber Resilience Coalition, a nonprofit that works with districts on security planning.

"Most districts have one or two IT people responsible for thousands of devices, and almost none of them have a dedicated security staffer," Brandt said. "Attackers know schools hold years' worth of sensitive records on children and that those records are rarely protected the way they should be."

The district is offering affected individuals 24 months of free credit monitoring and identity theft protection through Experian. Parents of affected students can also enroll their children in a minor identity monitoring service, the district said.""",
        [
            ("unauthorized actor", "Cascade Ridge School District"),
            ("The District takes the privacy", "Cascade Ridge School District"),
            ("We have implemented additional safeguards", "Cascade Ridge School District"),
            ("network disruption", "Linda Whitcomb"),
            ("no indication", "Linda Whitcomb"),
            ("reflected the best information we", "Aaron Delgado"),
            ("Forensic investigations take time, and", "Aaron Delgado"),
            ("We understand families are frustrated,", "Aaron Delgado"),
            ("There was never a serious", "district official with knowledge of the response"),
            ("Most districts have one or", "Rachel Brandt"),
            ("Attackers know schools hold years'", "Rachel Brandt"),
        ],
    ),
    (
        """Fraser Bay University says cyberattack exposed student, staff data dating back to 2009

By Karim Haddad

Fraser Bay University says a cyberattack detected last month exposed personal information belonging to students, employees and alumni going back as far as 2009.

In a message posted to the university’s website on Wednesday, president Dr. Alison McTavish said the institution had completed the “initial phase” of its forensic investigation.

“I want to acknowledge how unsettling this news is for our community,” she wrote. “We have fallen short of the expectations you rightly have of us, and we are taking steps to make sure this does not happen again.”

The Campbell River, B.C., university first disclosed a cybersecurity incident on March 2, after students reported they were unable to log into the learning management system and campus email.

According to the update, the exposed information includes names, student ID numbers, email addresses, transcripts and, for employees, social insurance numbers and direct deposit information. The university said it has not found evidence that the data has been published online.

Frank Lemieux, the university’s chief information officer, told IT World Canada in an interview that the attackers had used the compromised credentials of a contractor to get into the network, using a technique sometimes called “MFA bombing.”

“The account had multi-factor authentication enabled, but the attacker kept sending push notifications until the user approved one,” Lemieux said. “It’s not sophisticated, but it’s very effective.”

Lemieux said the university has since moved to number-matching prompts for all accounts and is rolling out hardware security keys for staff with administrative privileges.

“Frankly, that’s something we should have done sooner,” he said.

The Office of the Information and Privacy Commissioner for British Columbia confirmed it had received a breach report from the university. In a statement, the office said it was “reviewing the matter to determine whether further action is warranted.”

The Fraser Bay Faculty Association has criticized the university’s communication. Association president Maria Santangelo said members learned the full extent of the breach “from the news rather than from their employer.”

“Our members have been asking questions for five weeks and getting very little in return,” Santangelo said. “Many of them are now worried about their banking information, and they deserve more than a FAQ page.

“We are asking the university to extend credit monitoring to five years and to publish a full account of what went wrong.”

Cybersecurity consultant David Chu said post-secondary institutions face particular challenges.

“Universities are designed to be open. You have thousands of users coming and going every term, researchers collaborating with outside partners, and decentralized IT in a lot of departments,” said Chu, principal at Vancouver-based Tidewater Cyber. “That makes them hard to defend.”

The university is offering two years of credit monitoring through Equifax to affected individuals.""",
        [
            ("initial phase", "Alison McTavish"),
            ("I want to acknowledge how", "Alison McTavish"),
            ("We have fallen short of", "Alison McTavish"),
            ("The account had multi-factor authentication", "Frank Lemieux"),
            ("It’s not sophisticated, but it’s", "Frank Lemieux"),
            ("Frankly, that’s something we should", "Frank Lemieux"),
            ("reviewing the matter to determine", "Office of the Information and Privacy Commissioner for British Columbia"),
            ("from the news rather than", "Maria Santangelo"),
            ("Our members have been asking", "Maria Santangelo"),
            ("Many of them are now", "Maria Santangelo"),
            ("We are asking the university", "Maria Santangelo"),
            ("Universities are designed to be", "David Chu"),
            ("That makes them hard to", "David Chu"),
        ],
    ),
    (
        """PaySetu probes alleged leak of 1.2 crore user records; CERT-In seeks report

By Ananya Rao, ETCISO

Bengaluru: Digital lending platform PaySetu is investigating claims that personal and financial data of about 1.2 crore users has been put up for sale on a cybercrime forum, the company said on Saturday.

A threat actor going by the handle "ShadowVault" posted a listing on a popular hacking forum earlier this week claiming to possess a database containing names, mobile numbers, PAN details, Aadhaar-linked addresses and loan repayment histories of PaySetu customers. The seller has priced the data at $8,000.

"We are aware of the claims being made on certain online forums and have initiated a thorough investigation with the help of independent cybersecurity experts," a PaySetu spokesperson said. "Our preliminary assessment indicates that our core systems remain secure and there has been no unauthorised access to customer funds."

The spokesperson did not respond to specific queries on whether the sample data posted by the seller matched the company's records.

However, an independent security researcher who reviewed the sample told ETCISO that at least some of the records appeared genuine. "I called five numbers from the sample and all five confirmed they had taken loans from PaySetu," the researcher said, requesting anonymity.

The Indian Computer Emergency Response Team (CERT-In) has sought a detailed report from the company, according to a senior official at the Ministry of Electronics and Information Technology (MeitY).

"Under the 2022 directions, entities are required to report incidents within six hours. We have written to the company and are examining whether that timeline was followed," the official said.

Under the Digital Personal Data Protection Act, 2023, companies that fail to take reasonable security safeguards to prevent a personal data breach can face penalties of up to Rs 250 crore once the rules are fully operational.

Rajiv Menon, founder of Kochi-based cybersecurity firm Sentrix Labs, said lending apps were a high-value target because of the depth of information they collect during onboarding.

"A lending platform typically has KYC documents, bank statements, employment details and sometimes even contact lists. That is a goldmine for fraudsters running loan harassment or impersonation scams," Menon said.

He added that companies often rely on third-party vendors for services such as collections and customer support, which "widens the attack surface considerably."

The company has advised users to be cautious of calls or messages claiming to be from PaySetu and asking for OTPs, PINs or payments.

PaySetu, which raised $45 million in a Series C round last year, claims to have disbursed over Rs 9,000 crore in loans since its launch in 2019.""",
        [
            ("We are aware of the", "spokesperson"),
            ("Our preliminary assessment indicates that", "spokesperson"),
            ("I called five numbers from", "independent security researcher who reviewed the sample"),
            ("Under the 2022 directions, entities", "senior official at the Ministry of Electronics and Information Technology"),
            ("A lending platform typically has", "Rajiv Menon"),
            ("widens the attack surface considerably.", "Rajiv Menon"),
        ],
    ),
    (
        """Dutch port logistics firm hit by 'serious' cyber attack, container handling disrupted

ROTTERDAM - Noordhaven Logistics, which operates two container terminals in the Port of Rotterdam, has been hit by what it described as a "serious" cyber attack that has disrupted container handling since Sunday.

The company said in a statement on Monday that it had shut down its terminal operating system as a precaution after discovering that parts of its network had been encrypted.

"Our teams are working day and night together with external specialists to restore operations in a safe and controlled manner," the statement said. "We regret the inconvenience for our customers and partners and will communicate as soon as we have more clarity on the timeline."

Trucks were seen queuing on roads leading to the terminals on Monday morning, and a shipping line serving the terminals told customers in an advisory that vessel calls could be delayed "by several days".

Noordhaven chief executive Pieter van der Meulen told Dutch broadcaster NOS that the company did not yet know who was behind the attack. "We see no sign at this moment that data has been taken, but I will not make promises before the investigation is complete," he said.

Van der Meulen said the company had filed a police report and notified the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) as a precaution.

The National Cyber Security Centre (NCSC) said it was in contact with the company. "We are supporting Noordhaven and are sharing relevant information with other parties in the port sector," a spokeswoman said.

Hans Kuipers, a spokesman for the Port of Rotterdam Authority, said other terminals were operating normally and that the authority was "keeping a close eye" on traffic flows around the affected sites.

The incident is the latest in a string of attacks on port and logistics operators. In 2023, a cyber attack on Australian port operator DP World halted operations at four terminals for several days.

Sanne de Groot, head of threat intelligence at Amsterdam-based security firm Eclipta, said ports were particularly vulnerable to disruption.

"Ports are essentially one big chain of dependencies," de Groot said. "If the terminal operating system goes down, cranes can't be scheduled, trucks can't be given a slot, and customs information isn't flowing. Even a short outage causes a backlog that takes weeks to clear."

She said the EU's updated network and information security rules, known as NIS2, would place "much stricter obligations" on port operators to manage cyber risk and report incidents quickly.

Noordhaven, which employs around 1,100 people, handled 3.4 million containers last year.""",
        [
            ("serious", "Noordhaven Logistics"),
            ("serious", "Noordhaven Logistics"),
            ("Our teams are working day", "Noordhaven Logistics"),
            ("We regret the inconvenience for", "Noordhaven Logistics"),
            ("by several days", "shipping line serving the terminals"),
            ("We see no sign at", "Pieter van der Meulen"),
            ("We are supporting Noordhaven and", "spokeswoman"),
            ("keeping a close eye", "Hans Kuipers"),
            ("Ports are essentially one big", "Sanne de Groot"),
            ("If the terminal operating system", "Sanne de Groot"),
            ("much stricter obligations", "Sanne de Groot"),
        ],
    ),
]
