CASES = [
    (
        """Court orders reinstatement of 14 sacked assembly workers

By Efua Mensah-Bonsu, Takoradi

The Labour Division of the High Court in Takoradi has ordered the Abura-Nkwanta Municipal Assembly to reinstate 14 revenue collectors dismissed in 2022 and to pay all salary arrears owed them within 60 days.

Delivering judgement last Thursday, Justice Comfort Aboagye-Dapaah held that the dismissals were "unlawful, unfair and contrary to the rules of natural justice" because the workers were not given a hearing before the assembly's disciplinary committee.

"An employer, whether public or private, cannot simply wake up and terminate the appointment of workers on the basis of an unsigned audit memo. The law requires more than that," the judge said.

The workers, who were accused of failing to account for GH¢86,000 in market tolls, had argued through their counsel, Mr Kojo Amankwah-Sarpong, that the shortfall arose from a faulty electronic ticketing system introduced by the assembly in 2021.

Justice Aboagye-Dapaah agreed, noting that an IT officer of the assembly had admitted under cross-examination that the system "went down for weeks at a time" during the period under review.

Speaking to the Daily Graphic after the ruling, Mr Amankwah-Sarpong said his clients had been vindicated.

"For two years these men and women have been labelled as thieves in their own communities. Today the court has cleared their names, and we expect the assembly to comply without delay," he said.

One of the affected workers, Madam Akosua Nyarko, 47, said she had been forced to sell provisions at the Abura lorry station to look after her three children after her dismissal.

"I thank God. We were not treated like human beings. Nobody even asked us for our side of the story," she said, fighting back tears.

The Municipal Chief Executive, Mr Isaac Kwofie-Mensah, said the assembly would study the judgement with its lawyers before deciding on its next line of action.

"We respect the court, but we also have a duty to protect public funds. Our legal team will advise us," he told the Daily Graphic on phone.

A senior official at the assembly, who spoke on condition of anonymity because he was not authorised to speak on the matter, said management was "seriously considering" an appeal.

The court also awarded costs of GH¢15,000 against the assembly.

The Ghana Association of Local Government Staff, in a statement issued in Accra yesterday, welcomed the decision and urged assemblies across the country to "follow due process at all times when dealing with staff discipline".""",
        [
            ("unlawful, unfair and contrary", "Comfort Aboagye-Dapaah"),
            ("An employer, whether public or", "Comfort Aboagye-Dapaah"),
            ("went down for weeks at", "IT officer of the assembly"),
            ("For two years these men", "Kojo Amankwah-Sarpong"),
            ("I thank God. We were", "Akosua Nyarko"),
            ("We respect the court, but", "Isaac Kwofie-Mensah"),
            ("seriously considering", "senior official at the assembly"),
            ("follow due process at all", "Ghana Association of Local Government Staff"),
        ],
    ),
    (
        """Minority walks out as Parliament approves $420m Volta Link Expressway loan

By Selorm Kwame Agbodza

The Minority in Parliament on Tuesday walked out of the chamber as the House approved a $420 million loan agreement between the Government of Ghana and a consortium of European lenders for the construction of the Volta Link Expressway.

The facility, arranged by Nordhaven Export Finance and three commercial banks, is to fund the first phase of the 212-kilometre dual carriageway linking Tema to Hohoe.

Leading the walkout, Minority Leader Alhaji Mohammed Sayibu Tanko said his side could not be party to "a rushed and opaque transaction" that would worsen the country's debt situation barely two years after the debt restructuring programme.

"We were given the documents at 10pm last night. Nobody in this House can tell you, with a straight face, what the all-in cost of this facility is," he said. "We will not lend our names to this.

"Mr Speaker, the people of Ghana are watching. When this loan goes bad, and it will, history will record that the Minority said no."

Moving the motion for approval, the Deputy Minister of Finance, Dr Abena Owusu-Sekyere, dismissed the concerns, insisting that the loan was "concessional by every measure".

According to her, the facility carries an interest rate of 2.1 per cent, a five-year grace period and a tenor of 20 years.

"This road has been promised to the people of the Volta and Oti regions for over two decades. Every government has talked about it. This government is going to build it," she told the House.

Dr Owusu-Sekyere added that the Finance Committee had scrutinised the agreement over "three long sittings" and that members of the Minority had been invited to all of them.

Majority Chief Whip Frank Adu-Gyamfi described the walkout as a "political stunt".

"They know the terms are good. They know their own constituents are going to use this road. This is about the 2028 elections and nothing else," he said.

Speaking to journalists at the forecourt of Parliament House after the walkout, the Ranking Member on the Finance Committee, Mr Edem Kwasi Agbenyega, insisted that the committee's report was signed only by Majority members.

"We asked for the fee letter and the commitment fee schedule. We were told they were confidential. How can a loan that Ghanaians will pay for be confidential?" he asked.

The Accra-based Centre for Fiscal Accountability, a policy think tank, said in a statement that Parliament "must insist on full disclosure of all fees, charges and guarantees" attached to new borrowing.

Work on the expressway is expected to begin in the first quarter of next year, the Ministry of Roads and Highways said.""",
        [
            ("a rushed and opaque transaction", "Mohammed Sayibu Tanko"),
            ("We were given the documents", "Mohammed Sayibu Tanko"),
            ("We will not lend our", "Mohammed Sayibu Tanko"),
            ("Mr Speaker, the people of", "Mohammed Sayibu Tanko"),
            ("concessional by every measure", "Abena Owusu-Sekyere"),
            ("This road has been promised", "Abena Owusu-Sekyere"),
            ("three long sittings", "Abena Owusu-Sekyere"),
            ("political stunt", "Frank Adu-Gyamfi"),
            ("They know the terms are", "Frank Adu-Gyamfi"),
            ("We asked for the fee", "Edem Kwasi Agbenyega"),
            ("must insist on full disclosure", "Centre for Fiscal Accountability"),
        ],
    ),
    (
        """Sankofa Commercial Bank half-year profit jumps 38%

Sankofa Commercial Bank PLC has recorded a profit after tax of GH¢412.6 million for the half-year ended June 30, representing a 38 percent increase over the GH¢299 million recorded in the same period last year.

Net interest income rose 29 percent to GH¢1.08 billion, while net fees and commissions grew by 17 percent to GH¢214 million, according to unaudited financial statements published on Friday.

Total assets stood at GH¢24.3 billion, up from GH¢19.7 billion a year earlier, with customer deposits growing by 21 percent.

In a statement accompanying the results, the bank said the performance reflected "disciplined cost management and a deliberate shift towards lending to small and medium-sized enterprises".

Speaking on an investor call, the Managing Director, Mrs Adwoa Boateng-Asiedu, said the bank had grown its loan book without compromising asset quality.

"Our non-performing loan ratio fell from 14.6 percent to 11.2 percent over the period. That did not happen by accident. We have strengthened our credit processes and we are being very selective about who we lend to," she said.

She added: "We are not chasing volumes for the sake of it. Every cedi we lend must come back."

According to the bank, its capital adequacy ratio stood at 17.8 percent, "comfortably above the regulatory minimum of 13 percent".

Mrs Boateng-Asiedu also said the bank was on course to open 12 new branches, mainly in the Northern, Bono East and Western North regions, before the end of the year.

Analysts said the numbers beat expectations. Kofi Darko Amponsah, Head of Research at Legacy Capital Securities, described the results as "well ahead of consensus".

"The cost-to-income ratio is now below 50 percent, which is quite remarkable given the inflationary environment the banks have operated in. The question is whether they can sustain loan growth if policy rates start coming down," Mr Amponsah said.

A senior executive of the bank, who asked not to be named because the matter had not been discussed publicly, said the board was considering raising fresh capital next year to support its expansion.

"Nothing has been decided yet, but the board is looking at all options, including a rights issue," the executive said.

Sankofa Commercial Bank's shares closed at GH¢5.40 on the Ghana Stock Exchange on Friday, up 3.8 percent.""",
        [
            ("disciplined cost management and a", "Sankofa Commercial Bank PLC"),
            ("Our non-performing loan ratio fell", "Adwoa Boateng-Asiedu"),
            ("We are not chasing volumes", "Adwoa Boateng-Asiedu"),
            ("comfortably above the regulatory minimum", "Sankofa Commercial Bank PLC"),
            ("well ahead of consensus", "Kofi Darko Amponsah"),
            ("The cost-to-income ratio is now", "Kofi Darko Amponsah"),
            ("Nothing has been decided yet,", "senior executive of the bank"),
        ],
    ),
    (
        """Ex-Grains Authority boss granted GH¢2m bail over GH¢18m silo deal

A former Chief Executive Officer of the National Grains Development Authority (NGDA), Alfred Nana Kwaku Obeng, has been granted bail in the sum of GH¢2 million with three sureties, two of whom are to be justified, by an Accra High Court.

Mr Obeng, who was arraigned on Wednesday alongside a former procurement director of the authority, Ms Rita Afua Lamptey, and a businessman, Mr Ibrahim Osman Dauda, is facing six counts including causing financial loss to the state, abuse of public office and conspiracy to commit crime.

All three pleaded not guilty.

The prosecution alleges that between March 2020 and June 2021, the accused persons approved and paid GH¢18.4 million to Northgate Agro Solutions Limited, a company linked to Mr Dauda, for the supply and installation of 40 grain silos that were never delivered.

Opposing the bail application, a Principal State Attorney, Mrs Selasi Dzifa Amedzro, told the court that the first accused was a flight risk.

"My Lord, the accused person has the means and the international connections to leave the jurisdiction. The amount involved is substantial and investigations into other transactions are ongoing," she submitted.

But counsel for Mr Obeng, Mr Nii Amon Kotey, argued that his client had cooperated fully with investigators since his first invitation 14 months ago.

"My client has never failed to honour a single invitation. He has reported to the investigators on every occasion, sometimes at very short notice. He is not going anywhere, My Lord," Mr Kotey said.

The presiding judge, Justice Harriet Asante-Frimpong, in granting bail, said the prosecution had not placed sufficient material before the court to justify keeping the accused in custody.

"The presumption of innocence is not a mere slogan. This court will not deny an accused person his liberty on the basis of speculation," the judge held.

She ordered the three accused persons to surrender their passports to the court registrar and to report to the investigators every Monday.

Ms Lamptey and Mr Dauda were each granted bail in the sum of GH¢500,000 with two sureties each.

Outside the courtroom, a group of Mr Obeng's supporters, some clad in white, sang and prayed. One of them, who gave his name only as Kwabena, said the former CEO was "being punished for doing his job".

"He built the Techiman storage centre that everybody is praising today. Now they want to disgrace him," he said.

The case has been adjourned to November 12 for case management conference.""",
        [
            ("My Lord, the accused person", "Selasi Dzifa Amedzro"),
            ("My client has never failed", "Nii Amon Kotey"),
            ("The presumption of innocence is", "Harriet Asante-Frimpong"),
            ("being punished for doing his", "Kwabena"),
            ("He built the Techiman storage", "Kwabena"),
        ],
    ),
    (
        """High Court suspends digital traders' levy pending petition

By BRIAN OTIENO

The High Court has suspended the implementation of a new 1.5 per cent levy on online traders, dealing a blow to the government's plan to raise Sh18 billion from the digital economy in the current financial year.

Justice Peter Kiprono Langat issued conservatory orders on Monday stopping the collection of the Digital Marketplace Levy until a petition filed by the Kenya Small Traders Alliance is heard and determined.

The alliance argues that the levy, introduced through the Finance Act, was passed without adequate public participation and amounts to double taxation since most online sellers already pay turnover tax.

“The petitioners have demonstrated a prima facie case with a probability of success. If the orders are not granted, thousands of small traders will be subjected to a tax whose legality is in serious doubt,” Justice Langat ruled.

The judge said the public interest lay in “preserving the status quo” until the constitutional questions raised were resolved, and directed the parties to file their submissions within 21 days.

Through lawyer Cyrus Mwangi Gichuru, the traders told the court that the National Assembly committee that considered the Bill held only two public forums, both in Nairobi.

“A woman selling shoes on Instagram in Kakamega or Garissa had no opportunity whatsoever to be heard on a tax that directly affects her livelihood,” Mr Gichuru said.

“This is not a case against taxation. It is a case against taxation without consultation.”

State counsel Mercy Atieno Owuor, appearing for the Attorney-General, opposed the application, saying the levy had been “lawfully enacted” and that suspending it would cause the exchequer “irreparable loss”.

She told the court that Parliament had advertised the Bill in two national newspapers and received more than 400 written memoranda.

“The petitioners cannot claim they were shut out simply because their views were not adopted,” Ms Owuor said.

Alliance chairperson Grace Njeri Kamau welcomed the ruling, saying members had reported a drop in sales since the levy took effect on July 1.

“Our members were already struggling with high fuel prices and the cost of data. This levy was the last straw,” she told the Nation outside the Milimani Law Courts.

A senior official at the National Treasury, who sought anonymity because the matter is in court, said the ministry would “review its revenue projections” if the suspension was prolonged.

The case will be mentioned on October 14.""",
        [
            ("The petitioners have demonstrated a", "Peter Kiprono Langat"),
            ("preserving the status quo", "Peter Kiprono Langat"),
            ("A woman selling shoes on", "Cyrus Mwangi Gichuru"),
            ("This is not a case", "Cyrus Mwangi Gichuru"),
            ("lawfully enacted", "Mercy Atieno Owuor"),
            ("irreparable loss", "Mercy Atieno Owuor"),
            ("The petitioners cannot claim they", "Mercy Atieno Owuor"),
            ("Our members were already struggling", "Grace Njeri Kamau"),
            ("review its revenue projections", "senior official at the National Treasury"),
        ],
    ),
    (
        """CS Ndung'u: 'I did not sign any sugar import permits'

By Moses Kiptoo Rotich

Trade Cabinet Secretary Esther Wambui Ndung'u yesterday distanced herself from the controversial importation of 120,000 tonnes of duty-free sugar, telling MPs that the permits were issued by officials without her knowledge.

Appearing before the National Assembly Committee on Trade, Industry and Cooperatives, the CS said she first learnt of the consignments from media reports in August.

"I did not sign any sugar import permits, and I have not delegated that authority to anybody in the ministry. Whoever signed those documents did so on their own," Ndung'u said.

Her response drew sharp reactions from MPs, who questioned how imports worth more than Sh14 billion could be cleared without the approval of the ministry's political head.

"Madam CS, you cannot come here and tell this committee that you are a spectator in your own ministry. Either you are in charge or you are not," said committee chairman Hassan Abdi Farah.

Wycliffe Shikuku Wanyama, who represents a sugar-belt constituency in Kakamega, said millers in western Kenya had been forced to send workers home because they could not compete with the cheap imports.

"Our farmers have cane rotting in the fields because the millers cannot sell their sugar. Somebody in this government is making money on the backs of poor farmers, and we want names," Wanyama said.

Ndung'u told the committee she had written to investigative agencies seeking a probe into the matter.

"Nobody will be protected. If it turns out that officers in my ministry were involved, they will carry their own cross," she said.

Her Principal Secretary, Dr Kennedy Omondi Ochieng, however, told MPs that the permits had been processed "in line with the existing guidelines" and that the ministry had been consulted.

The contradiction prompted Farah to order both officials to appear again with all correspondence relating to the imports "within the next two weeks".

The Kenya Sugarcane Growers Federation said in a statement that the revelations confirmed what farmers had been saying for months.

"The sugar sub-sector cannot be revived while cartels continue to dictate who imports what and when. We demand that the officers responsible be suspended immediately," the federation said.

An executive at one of the private millers in western Kenya, who sought anonymity for fear of reprisals, told The Standard that the company was holding 40,000 tonnes of unsold sugar.

"We have had to cut our crushing days to three a week. If this continues, we will close by December," the executive said.""",
        [
            ("I did not sign any", "Esther Wambui Ndung'u"),
            ("I did not sign any", "Esther Wambui Ndung'u"),
            ("Madam CS, you cannot come", "Hassan Abdi Farah"),
            ("Our farmers have cane rotting", "Wycliffe Shikuku Wanyama"),
            ("Nobody will be protected. If", "Esther Wambui Ndung'u"),
            ("in line with the existing", "Kennedy Omondi Ochieng"),
            ("within the next two weeks", "Hassan Abdi Farah"),
            ("The sugar sub-sector cannot be", "Kenya Sugarcane Growers Federation"),
            ("We have had to cut", "executive at one of the private millers in western Kenya"),
        ],
    ),
    (
        """Sotik Valley Tea warns of 25pc profit drop on weak auction prices

By ANN WAMBUI

Tea producer Sotik Valley Tea Estates Plc has issued a profit warning, saying its earnings for the year ending December will fall by at least 25 per cent due to depressed prices at the Mombasa auction and a stronger shilling.

In a notice to shareholders published yesterday, the Nairobi Securities Exchange-listed firm said the average price of its made tea had dropped to $2.21 per kilo in the first eight months of the year from $2.68 in the same period last year.

“The board wishes to notify shareholders and the investing public that the group’s net earnings for the financial year are expected to be lower by at least 25 per cent than those reported in the previous year,” the notice said.

Listed companies are required to issue a profit warning whenever they expect earnings to drop by 25 per cent or more.

The firm, which runs four estates in the South Rift and employs about 6,000 workers, blamed “an oversupply of tea in the global market” and reduced orders from traditional buyers in Pakistan and Egypt, where foreign exchange shortages have hit importers.

Managing director Samuel Kibet Cheruiyot said the company had moved to cut costs.

“We have taken deliberate steps to protect margins, including mechanising harvesting on about 30 per cent of our acreage,” Mr Cheruiyot told the Business Daily. “We have also renegotiated our power supply contracts and frozen new hiring.

“But there is only so much you can do when the auction price is below your cost of production. The whole industry is hurting.”

The expansion of machine harvesting has, however, put the company on a collision course with workers. Rift Valley Estate Workers Union secretary-general Joseph Kiprotich Mutai said the union would resist “any attempt to replace human beings with machines”.

“These are families that have depended on the estates for three generations. You cannot throw them out to protect a dividend,” Mr Mutai said.

According to the company, the board will “review the dividend position” once the full-year results are out.

Analysts said the warning was not a surprise. Faith Achieng Odhiambo, a research analyst at Zawadi Investment Bank, said tea counters had been under pressure since March.

“The warning was largely expected given the auction trends. What investors will be watching is whether the company maintains the dividend, because that is what has been supporting the share price,” she said.

The stock fell 4.2 per cent to Sh312 at the close of trading yesterday.""",
        [
            ("The board wishes to notify", "Sotik Valley Tea Estates Plc"),
            ("an oversupply of tea in", "Sotik Valley Tea Estates Plc"),
            ("We have taken deliberate steps", "Samuel Kibet Cheruiyot"),
            ("We have also renegotiated our", "Samuel Kibet Cheruiyot"),
            ("But there is only so", "Samuel Kibet Cheruiyot"),
            ("any attempt to replace human", "Joseph Kiprotich Mutai"),
            ("These are families that have", "Joseph Kiprotich Mutai"),
            ("review the dividend position", "Sotik Valley Tea Estates Plc"),
            ("The warning was largely expected", "Faith Achieng Odhiambo"),
        ],
    ),
    (
        """Court stops nurses' strike, orders talks within 14 days

By JOSEPH NDIRANGU

The Employment and Labour Relations Court has suspended a nationwide strike by nurses and clinical officers that was set to start on Thursday, and ordered the union and the Ministry of Health to return to the negotiating table within 14 days.

Justice Rose Akinyi Nyaberi issued the orders on Tuesday after the ministry filed an urgent application arguing that the industrial action would put thousands of patients at risk.

"Pending the hearing and determination of this application, the respondent, its officials and members are hereby restrained from calling, commencing or participating in any strike," the judge ruled.

The Kenya Union of Nursing and Clinical Staff (KUNCS) had issued a 21-day strike notice over delayed promotions, unpaid risk allowances and the failure to implement a collective bargaining agreement signed in 2021.

KUNCS secretary general Dennis Ouma Okello termed the orders "a temporary setback" but said members would obey the court.

"We are law-abiding citizens and we will respect the court. But let it be very clear that the issues that made us issue the notice have not gone away," Okello told journalists outside the Milimani court.

He said some nurses had stagnated in the same job group for more than ten years.

"How do you motivate a nurse who has been in the same job group since 2013? How do you ask her to work nights in a ward with 60 patients and two colleagues? We are not asking for favours. We are asking for what was signed," he said.

In an affidavit filed in support of the application, the ministry's director of human resources, Dr Beatrice Chebet Rono, said a strike would "cripple service delivery in public hospitals, particularly in maternity, renal and critical care units".

Rono said the ministry had already released Sh1.2 billion to clear promotion arrears, which she described as "a clear demonstration of good faith".

At a public hospital in Nairobi's Eastlands, patients and their relatives welcomed the court's decision.

"We were scared. My mother goes for dialysis three times a week. If the nurses go on strike, where will we take her?" said Mary Wanjiku, who had accompanied her mother to the hospital.

A nurse at a county referral hospital, who asked not to be named for fear of victimisation, said morale in the profession was at an all-time low.

"People are only staying because there is nowhere else to go. Those who can are leaving for the UK and the Gulf," the nurse said.

The matter will be mentioned on October 3.""",
        [
            ("Pending the hearing and determination", "Rose Akinyi Nyaberi"),
            ("a temporary setback", "Dennis Ouma Okello"),
            ("We are law-abiding citizens and", "Dennis Ouma Okello"),
            ("How do you motivate a", "Dennis Ouma Okello"),
            ("cripple service delivery in public", "Beatrice Chebet Rono"),
            ("a clear demonstration of good", "Beatrice Chebet Rono"),
            ("We were scared. My mother", "Mary Wanjiku"),
            ("People are only staying because", "nurse at a county referral hospital"),
        ],
    ),
]
