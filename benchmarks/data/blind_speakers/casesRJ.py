CASES = [
    (
        """Paystream restores services after 14-hour outage left merchants stranded

By Adaeze Okonkwo

Paystream, the Lagos-based payments company that processes transactions for more than 60,000 merchants, says it has fully restored its services after an outage that lasted nearly 14 hours on Tuesday.

The disruption, which began shortly after 6 a.m., affected card payments, transfers and the company’s point-of-sale (POS) terminals across Lagos, Abuja and Port Harcourt. Merchants took to X to complain that customers were being debited without their transactions reflecting.

“We experienced a failure in one of our core database clusters during a scheduled upgrade,” Tunde Bakare, Paystream’s chief technology officer, told TechCabal on Wednesday. “The failover did not kick in the way it was designed to, and that is on us.”

Bakare said no customer funds were lost and that all failed transactions would be reversed within 72 hours. He added that the company had engaged an external firm to audit the incident.

For merchants, the explanations offer little comfort. Chiamaka Eze, who runs a pharmacy in Surulere, said she turned away at least 30 customers on Tuesday because none of her three terminals worked.

“People don’t carry cash anymore,” she said. “When the POS is down, the business is down. Nobody called us to say anything until evening.”

In a statement posted on its website late on Tuesday, Paystream apologised for what it called “an unacceptable interruption” and promised to compensate affected merchants with a one-month waiver on transaction fees.

The outage is the second major one for the company this year. In March, a switching issue with a partner bank knocked out transfers for about six hours.

An executive at a rival payments firm, who asked not to be named because they were not authorised to speak publicly, said the incident pointed to a wider problem in the industry. “Everyone is chasing volume. Very few people are investing in redundancy until something breaks,” the executive said.

The Central Bank of Nigeria (CBN), which has in recent months pushed payment service providers to improve uptime, has not publicly commented on the outage. A CBN official familiar with the matter, however, said the regulator had requested a full incident report from the company.

Paystream raised a $22 million Series A in 2023 led by Harmattan Ventures, and has since expanded into payroll and bill payments. Its chief executive, Ifeoma Nwachukwu, wrote on LinkedIn on Wednesday that the team had “not slept” and that “trust is earned in moments like this.”

She did not say when the audit would be completed.""",
        [
            ("We experienced a failure in", "Tunde Bakare"),
            ("The failover did not kick", "Tunde Bakare"),
            ("People don’t carry cash anymore", "Chiamaka Eze"),
            ("When the POS is down,", "Chiamaka Eze"),
            ("an unacceptable interruption", "Paystream"),
            ("Everyone is chasing volume.", "executive at a rival payments firm"),
            ("not slept", "Ifeoma Nwachukwu"),
            ("trust is earned in moments", "Ifeoma Nwachukwu"),
        ],
    ),
    (
        """CBK rejects 40 digital lenders' licence bids in fresh crackdown

By JOHN MWANGI

The Central Bank of Kenya (CBK) has turned down licence applications from 40 digital lenders, citing concerns over ownership structures, data protection and aggressive debt collection practices.

In a notice published on Thursday, the regulator said the rejected firms had "failed to meet the requirements" of the Digital Credit Providers Regulations and must stop lending immediately.

The latest batch brings to more than 380 the number of applications the CBK has declined since the rules took effect, against 72 lenders that have been licensed.

"Some of these applicants could not demonstrate who their beneficial owners are, and that is a red line for us," CBK Governor Dr Samuel Kiprono told reporters in Nairobi. "We will not license entities whose source of capital we cannot verify."

Dr Kiprono said the bank had also received complaints from borrowers who were shamed on social media or had their contacts called by debt collectors.

Industry players, however, say the approval process remains slow. Kevin Otieno, chairman of the Digital Lenders Association of Kenya (DLAK), said some members had waited for up to two years without feedback.

"We support regulation. What we do not support is uncertainty," Mr Otieno said. "Investors are asking us whether Kenya is still open for business in digital credit, and we do not have a clear answer for them."

He said several lenders had relocated their teams to Uganda and Tanzania, where licensing rules are less stringent.

Licensed lenders have welcomed the tough stance. Wanjiru Kamau, chief executive of Nairobi-based lender Mkopo Haraka, said the crackdown had restored some confidence among borrowers.

"Two years ago, people would hear 'digital lender' and think of harassment," she said.

"Today, customers are asking whether we are licensed before they download the app. That is good for everyone who is doing things properly."

The Office of the Data Protection Commissioner has separately fined three lenders this year for misusing customer data. In a statement, the office said it would "continue to take firm action" against firms that access borrowers' phone contacts without consent.

A senior official at the Treasury, who declined to be named as he was not authorised to speak to the media, said the government was considering capping interest rates on digital loans.

"The conversation is at an early stage, but the pressure from MPs is real," the official said.

Digital lenders disbursed loans worth Sh98 billion last year, according to industry estimates, with most borrowers taking short-term facilities of less than Sh5,000 to cover household expenses and stock for small businesses.""",
        [
            ("failed to meet the requirements", "Central Bank of Kenya"),
            ("Some of these applicants could", "Samuel Kiprono"),
            ("We will not license entities", "Samuel Kiprono"),
            ("We support regulation. What we", "Kevin Otieno"),
            ("Investors are asking us whether", "Kevin Otieno"),
            ("Two years ago, people would", "Wanjiru Kamau"),
            ("Today, customers are asking whether", "Wanjiru Kamau"),
            ("continue to take firm action", "Office of the Data Protection Commissioner"),
            ("The conversation is at an", "senior official at the Treasury"),
        ],
    ),
    (
        """Exclusive: Ibadan-based agritech Farmlink raises $4.5m seed to expand into Ghana

Farmlink, a Nigerian agritech startup that connects smallholder farmers to bulk buyers, has raised a $4.5 million seed round led by Nairobi-based Savanna Capital Partners, with participation from Lagos-based Oja Fund and a group of angel investors.

Founded in 2021 by Damilola Adeyemi and Segun Oladipo, Farmlink started as a WhatsApp group linking maize farmers in Oyo State to feed mills in Ibadan. It now runs a marketplace where food processors, feed manufacturers and exporters can place orders directly with farmer clusters.

“When we started, we thought the problem was access to markets,” Adeyemi told Techpoint Africa. “It turned out the bigger problem was trust. Buyers did not trust that the produce would arrive in the condition promised, and farmers did not trust that they would be paid on time.”

To address this, Farmlink built a network of aggregation centres where produce is graded before it is shipped, and holds buyers’ payments in escrow until delivery is confirmed.

The startup says it has onboarded over 45,000 farmers across Oyo, Ogun, Kwara and Benue states and processed ₦9.2 billion in transactions in 2024.

Oladipo, who serves as chief operating officer, said the new capital would go into cold storage facilities and a Ghana launch planned for the third quarter.

“Ghana has similar dynamics in the maize and soybean value chain, and we already have buyers there asking for our supply,” he said.

Grace Wambui, a partner at Savanna Capital Partners, said her firm was drawn to the company’s unit economics. According to her, Farmlink is “one of the few agritech businesses on the continent that has figured out how to make logistics work without burning cash.”

“We have seen a lot of agritech companies raise big rounds and collapse within two years,” Wambui said. “Damilola and Segun have been deliberate about growth, and that discipline matters more to us than headline numbers.”

The raise comes at a difficult time for the sector. Funding for African agritech startups fell by almost half last year, and a report by research firm StartupLens Africa described the sector as “in a painful correction.” Several high-profile players have shut down or cut staff in the past 18 months.

Adeyemi is unfazed. “Food doesn’t go out of fashion,” she said. “People will always need to eat, and Nigeria still imports food it can grow. If we do our job well, the market is there.”""",
        [
            ("When we started, we thought", "Damilola Adeyemi"),
            ("It turned out the bigger", "Damilola Adeyemi"),
            ("Ghana has similar dynamics in", "Segun Oladipo"),
            ("one of the few agritech", "Grace Wambui"),
            ("We have seen a lot", "Grace Wambui"),
            ("Damilola and Segun have been", "Grace Wambui"),
            ("in a painful correction.", "StartupLens Africa"),
            ("Food doesn’t go out of", "Damilola Adeyemi"),
            ("People will always need to", "Damilola Adeyemi"),
        ],
    ),
    (
        """CCOA fines two loan apps N150m over harassment of borrowers

Chukwudi Anyanwu, Abuja

The Consumer Credit Oversight Agency has imposed fines totalling N150m on two digital lending platforms, QuickNaira and CashBox Credit, for harassing borrowers and sharing their personal data without consent.

The Director-General of the agency, Mr Abdullahi Garba, disclosed this at a press briefing in Abuja on Monday.

Garba said investigations showed that the firms sent defamatory messages to the contacts of borrowers who defaulted on loans, in some cases describing them as thieves and fraudsters.

He said, "We have received over 3,000 complaints from Nigerians in the last six months, most of them relating to these two platforms. Some of the victims told us they contemplated suicide because of the shame.

"This is not lending; this is extortion. The agency will not fold its arms while Nigerians are being humiliated by people who gave them N10,000."

According to him, QuickNaira was fined N100m, while CashBox Credit was fined N50m. Both firms were also directed to stop accessing the phone contacts and photo galleries of users within 14 days.

Garba said the agency had written to the operators of major app stores to delist any lending app that failed to comply with the order.

When contacted, the Head of Communications at QuickNaira, Mrs Funmilayo Ajayi, said the company would study the agency's decision.

"We have always operated within the law, and we will respond appropriately once our legal team has reviewed the decision," she said in a text message to our correspondent.

CashBox Credit did not respond to calls and messages as of press time.

The President, Fintech Lenders Forum of Nigeria, Mr Emeka Obi, said the sanctions should not be used to paint all lenders with the same brush.

Obi stated, "There are bad actors, no doubt, and they should be punished. But there are also many responsible lenders who are providing credit to Nigerians that banks have ignored for decades."

A borrower, who identified herself only as Blessing, told our correspondent that her employer was contacted after she missed a repayment by two days.

"They sent a message to my boss saying I ran away with their money. I had only borrowed N15,000 and I paid everything the following week," she said.

A Lagos-based lawyer, Mr Tobi Adebanjo, described the fines as "a welcome first step" but urged the agency to publish the names of all platforms under investigation so that Nigerians could avoid them.

The PUNCH reports that the number of loan apps operating in Nigeria has grown rapidly since 2020, with many of them offering short-term loans at interest rates that can exceed 30 per cent a month.""",
        [
            ("We have received over 3,000", "Abdullahi Garba"),
            ("This is not lending; this", "Abdullahi Garba"),
            ("We have always operated within", "Funmilayo Ajayi"),
            ("There are bad actors, no", "Emeka Obi"),
            ("They sent a message to", "Blessing"),
            ("a welcome first step", "Tobi Adebanjo"),
        ],
    ),
    (
        """Safari Mobile blames software update for M-Tuma outage

NAIROBI

Millions of Kenyans were unable to send money, pay bills or buy airtime for more than five hours on Saturday after Safari Mobile’s mobile money platform, M-Tuma, went down.

In a statement on Sunday, Safari Mobile said the disruption was caused by “a routine software update that did not perform as expected” and that services were fully restored by 4.15pm.

“We sincerely apologise to our customers, agents and partners for the inconvenience caused,” the statement said. “No customer lost money as a result of this incident, and all pending transactions have been completed.”

The outage hit businesses hard on what is typically one of the busiest shopping days of the week. At Gikomba market, trader Mary Njeri said she lost most of her afternoon sales.

“Customers came, picked what they wanted, then could not pay. Some promised to come back but I know they won’t,” Ms Njeri said.

Matatu operators in the city centre also reported losses, with some demanding cash fares from passengers who had none.

Safari Mobile chief executive Peter Mutua, speaking at a separate event in Mombasa, said the firm would review how it rolls out changes to its systems. “We have let our customers down and we own that,” he said, adding that future updates would be carried out in phases and outside peak hours.

The Communications and Digital Services Authority (CDSA) said it had summoned the operator to explain the cause of the failure. Its director-general, Ruth Chebet, said the regulator expected a detailed report within seven days.

“Mobile money is now critical national infrastructure. An outage of this scale affects the whole economy, from the mama mboga to the large supermarket,” she told the Nation by phone.

Ms Chebet said the authority would consider penalties “if it is established that there was negligence” on the part of the operator.

M-Tuma has more than 28 million active users and handled transactions worth about Sh35 trillion last year, making it the dominant mobile money service in the country.

Saturday’s outage was the longest since November 2022, when a power failure at one of the operator’s data centres knocked out the service for about three hours.

Economists say the incident exposes the risks of relying heavily on a single platform for payments.

“We keep talking about a cashless society, but we have not invested in the backup systems that such a society needs,” said Dr Ken Ochieng, an economist at the Institute for Digital Economy Research.

He urged the government to push for greater interoperability between mobile money platforms and bank networks so that consumers can switch easily when one service fails.""",
        [
            ("a routine software update that", "Safari Mobile"),
            ("We sincerely apologise to our", "Safari Mobile"),
            ("No customer lost money as", "Safari Mobile"),
            ("Customers came, picked what they", "Mary Njeri"),
            ("We have let our customers", "Peter Mutua"),
            ("Mobile money is now critical", "Ruth Chebet"),
            ("if it is established that", "Ruth Chebet"),
            ("We keep talking about a", "Ken Ochieng"),
        ],
    ),
    (
        """‘We grew too fast’: Kasi Logistics cuts 40% of staff as it pivots to B2B

Nairobi-based logistics startup Kasi Logistics has laid off about 40% of its workforce, roughly 120 people, as it shuts down its consumer delivery business to focus on serving retailers and manufacturers.

The company’s co-founder and chief executive, Brian Kiptoo, confirmed the layoffs in an email to staff seen by TechCabal.

“This is the hardest decision I have had to make since we started Kasi,” Kiptoo wrote. “Every person affected has contributed to what we built, and we will support them through this transition.”

Affected employees will receive two months’ salary and health cover until the end of the year, according to the email.

Speaking to TechCabal on Thursday, Kiptoo was candid about the company’s missteps. “We grew too fast. We opened in four cities in 18 months and hired ahead of revenue,” he said. “When funding dried up in 2023, we were left with a cost base that the business could not support.”

Kasi raised a $12 million Series A in 2022 led by US-based Northgate Ventures, one of the largest rounds for an East African logistics startup that year. It expanded from Nairobi to Mombasa, Kisumu and Kampala, offering on-demand parcel delivery to individuals alongside its business contracts.

Two former employees who spoke on condition of anonymity said the layoffs had been expected for months. “Salaries were delayed twice this year. Everyone knew something was coming,” one of the former employees said.

The B2B business, which handles last-mile distribution for consumer goods companies and supermarket chains, now accounts for about 70% of revenue, Kiptoo said. The company expects to break even by mid-2025.

Investors remain supportive, according to Aisha Mohamed, a principal at Northgate Ventures who sits on Kasi’s board. “The consumer business was a great way to learn, but the margins were never going to work in this market,” Mohamed said. “The B2B unit has real customers paying real money.”

Kasi joins a growing list of Kenyan startups that have cut staff or closed product lines over the past two years as venture funding into Africa contracted sharply from its 2022 peak.

Kiptoo said the company had no plans to raise new funding this year. “Our focus is simple: get to profitability and stay there,” he said.""",
        [
            ("We grew too fast", "Brian Kiptoo"),
            ("This is the hardest decision", "Brian Kiptoo"),
            ("Every person affected has contributed", "Brian Kiptoo"),
            ("We grew too fast. We opened", "Brian Kiptoo"),
            ("When funding dried up in", "Brian Kiptoo"),
            ("Salaries were delayed twice this", "former employee"),
            ("The consumer business was a", "Aisha Mohamed"),
            ("The B2B unit has real", "Aisha Mohamed"),
            ("Our focus is simple: get", "Brian Kiptoo"),
        ],
    ),
    (
        """NDAC's new capital rules will push crypto startups offshore, founders warn

By Kelechi Nwosu

Founders of Nigerian crypto startups have warned that new capital requirements announced by the Nigerian Digital Assets Commission (NDAC) could force many of them to relocate to Ghana, Kenya or the United Arab Emirates.

Under the new framework, which takes effect in January, digital asset exchanges will be required to hold a minimum paid-up capital of N1bn, up from N500m, while custodians will need N2bn.

Speaking at a fintech roundtable in Victoria Island, Lagos, on Thursday, the founder of Lagos-based exchange Koinvest, Mr Olumide Fashola, said the requirement would wipe out smaller players.

"Very few startups in this space have N1bn sitting in a bank account. What this rule does is hand the market to two or three big players and foreign exchanges," Fashola said.

He added: "We are not against regulation. We asked for regulation for years. But regulation that nobody can comply with is just prohibition by another name.

"I know at least five founders who are already registering entities in Accra and Dubai. When they leave, the jobs and the taxes leave with them."

The Director-General of NDAC, Mrs Halima Yusuf, who also spoke at the event, defended the rules, saying they were designed to protect investors after the collapse of several platforms in recent years.

"Nigerians lost billions of naira to platforms that had no capital, no governance and no accountability. We cannot allow a repeat of that," she said.

Yusuf said the commission had consulted widely before releasing the framework and that existing operators would have a 12-month transition period. She described talk of a mass exodus as "exaggerated", adding that the commission had received more than 40 fresh applications since the rules were published.

Nigeria is one of the world's largest markets for peer-to-peer crypto trading, driven largely by what analysts describe as the "dollar hedge" against a weakening naira.

Mr Chinedu Okafor, a partner at Lagos law firm Okafor & Lawal, which advises several crypto firms, said a tiered system based on transaction volumes would be fairer.

"You cannot regulate a company processing N50m a month the same way you regulate one processing N50bn," he said.

An official of the commission, who spoke on condition of anonymity because he was not authorised to speak on the matter, told BusinessDay that the capital threshold could still be reviewed before January.

"Nothing is cast in stone. If the industry brings data, the commission will listen," the official said.

The framework also requires exchanges to appoint a Nigeria-resident compliance officer and to report suspicious transactions to the Nigerian Financial Intelligence Unit within 24 hours.""",
        [
            ("Very few startups in this", "Olumide Fashola"),
            ("We are not against regulation.", "Olumide Fashola"),
            ("I know at least five", "Olumide Fashola"),
            ("Nigerians lost billions of naira", "Halima Yusuf"),
            ("exaggerated", "Halima Yusuf"),
            ("You cannot regulate a company", "Chinedu Okafor"),
            ("Nothing is cast in stone.", "official of the commission"),
        ],
    ),
    (
        """Nigeria's Rivet acquires Kenyan remittance firm Zawadi in $18m deal

NAIROBI, Kenya, Jun 12 - Nigerian payments company Rivet has acquired Kenyan cross-border remittance startup Zawadi Money in a cash-and-stock deal valued at about $18 million, the two companies announced on Wednesday.

The deal, which is subject to approval by the Kenya Fair Trade Commission, gives Rivet a licensed foothold in East Africa and access to Zawadi's network of mobile money and banking partners across the region.

"Kenya is the gateway to East Africa, and Zawadi has built the licences, the partnerships and the trust that would have taken us years to replicate," Rivet co-founder and CEO Obinna Uchenna said in a joint statement.

Zawadi founder Esther Wairimu will stay on as managing director for East Africa. She said the deal would allow the company to expand into Uganda, Rwanda and Tanzania faster than it could have done alone.

"We were at a point where we needed either a very large raise or a strategic partner. Rivet gives us both the capital and the rails," Wairimu said.

According to people familiar with the deal, Zawadi's early investors will receive a mix of cash and Rivet shares, while employees holding stock options will have them converted into equity in the Nigerian company.

Zawadi, founded in 2019, had raised about $6 million from investors including Acacia Angels and Lake Basin Capital. It allows Kenyans in the diaspora to send money home directly to mobile wallets and bank accounts, and processed about $240 million in transfers last year.

Not all investors were happy with the price. One early backer, who asked not to be identified, said the valuation was lower than the one the company achieved in its last funding round.

"It's a soft landing rather than a win. But in this market, a soft landing is not the worst outcome," the investor said.

Analysts say consolidation in the continent's fintech sector is likely to accelerate as funding remains tight.

"We are going to see many more of these deals over the next 18 months. A lot of startups raised in 2021 at valuations they cannot defend today," said Faith Njoroge, a fintech analyst at Nairobi-based advisory firm Mizani Partners.

The Kenya Fair Trade Commission confirmed it had received a notification of the merger. A spokesperson for the commission said it would "review the transaction within the statutory timelines."

Rivet, which says it processes more than $2 billion in payments annually for businesses in Nigeria, Ghana and South Africa, said in its statement that it was "actively looking" for further acquisitions in francophone West Africa.

The company raised $40 million in a Series B round last year.""",
        [
            ("Kenya is the gateway to", "Obinna Uchenna"),
            ("We were at a point", "Esther Wairimu"),
            ("It's a soft landing rather", "early backer"),
            ("We are going to see", "Faith Njoroge"),
            ("review the transaction within the", "spokesperson"),
            ("actively looking", "Rivet"),
        ],
    ),
]
