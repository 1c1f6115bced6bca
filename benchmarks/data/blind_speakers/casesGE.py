CASES = [
    (
        """Heritage Crest Bank posts N212bn profit as FX gains cushion loan losses

By CHINEDU OKAFOR

Heritage Crest Bank Plc reported a 38 percent rise in pre-tax profit for the 2023 financial year, boosted largely by foreign exchange revaluation gains, even as impairment charges on its oil and gas loan book more than doubled.

The Lagos-based lender, in its audited results filed with the exchange on Thursday, said profit before tax rose to N212.4 billion from N153.9 billion a year earlier. Gross earnings climbed 61 percent to N890.1 billion.

"The year tested every assumption we had about the operating environment," Folasade Adeyemi-Bakare, the bank's group managing director, said in a statement accompanying the results. "Despite that, we grew our customer deposits, protected our capital and stayed close to the businesses that depend on us."

Impairment charges rose to N97.3 billion from N41.2 billion, which the bank attributed to "a handful of legacy exposures in the upstream sector" that it said were now fully provisioned.

Analysts said the headline numbers flattered the underlying performance.

"Strip out the revaluation gains and you are looking at a bank whose core earnings grew by single digits," said Tunde Olaniyan, head of research at Cowrie Street Securities. "That is not a disaster, but investors should not confuse a currency event with a banking franchise getting stronger."

Olaniyan added that the recapitalisation requirement announced by the apex bank in March would weigh on dividend expectations across the sector. "Every board in Lagos is now doing arithmetic on capital, not payouts," he said.

Heritage Crest proposed a final dividend of N1.10 per share, up from 90 kobo. The lender said it would approach the market for fresh capital "before the end of the third quarter, subject to regulatory approvals."

Adeyemi-Bakare told analysts on a conference call on Friday that the bank was considering a rights issue and a private placement, and had not ruled out a merger. "We are not going to be pushed into a transaction that does not make sense for our shareholders," she said. "But we are also not going to pretend the numbers do not matter."

Shares of the bank closed 4.2 percent higher at N38.50 on Friday, making it one of the top gainers on the exchange.

A senior official at one of the bank's major institutional shareholders, who asked not to be named because he was not authorised to speak publicly, said the fund would support a rights issue "if the pricing is fair and management tells us exactly where the money goes."

The bank's non-performing loan ratio rose to 5.1 percent from 4.3 percent, slightly above the regulatory ceiling of 5 percent, which management said it expected to bring down within two quarters.""",
        [
            ("The year tested every assumption", "Folasade Adeyemi-Bakare"),
            ("Despite that, we grew our", "Folasade Adeyemi-Bakare"),
            ("a handful of legacy exposures", "Heritage Crest Bank Plc"),
            ("Strip out the revaluation gains", "Tunde Olaniyan"),
            ("That is not a disaster,", "Tunde Olaniyan"),
            ("Every board in Lagos is", "Tunde Olaniyan"),
            ("before the end of the", "Heritage Crest Bank Plc"),
            ("We are not going to", "Folasade Adeyemi-Bakare"),
            ("But we are also not", "Folasade Adeyemi-Bakare"),
            ("if the pricing is fair", "senior official at one of the bank's major institutional shareholders"),
        ],
    ),
    (
        """Minority walks out as House approves fuel levy increase

By Efua Mensah-Bonsu

ACCRA — The Minority in Parliament yesterday staged a walkout as the House approved an amendment raising the Energy Stabilisation Levy by 20 pesewas per litre, a measure the government says is needed to clear arrears owed to independent power producers.

The amendment passed by voice vote after nearly four hours of debate. Members on the Minority side, led by their leader, Alhaji Issah Mahama Yakubu, left the chamber shortly before the vote.

Addressing journalists at the forecourt of Parliament House, Alhaji Yakubu said the levy would push up transport fares and food prices at a time when households were "already on their knees."

"We cannot keep going to the pockets of the same trotro driver and the same market woman to pay for the mismanagement of the energy sector," he said. "This is not recovery, this is punishment."

He said the Minority would take its "Stop the Levy" campaign to all 16 regions in the coming weeks.

The Deputy Minister of Finance, Mr Kojo Antwi-Boasiako, who moved the motion, told the House that arrears owed to power producers had reached GH¢14.6 billion and that failure to pay risked a return of the rolling blackouts known locally as "dumsor".

"Mr Speaker, nobody in this House enjoys imposing a levy," Mr Antwi-Boasiako said. "But the alternative is darkness in our homes, our hospitals and our factories. We have chosen the responsible path."

He said proceeds would be ring-fenced in a dedicated account and reported on quarterly to Parliament.

The Member of Parliament for Asante Akim West, Mr Kwabena Osei-Tutu, who sits on the Majority side, said the Minority had "run away from a debate they could not win."

The Ghana Road Transport Coordinating Council, an umbrella body of commercial drivers' unions, said in a statement that it would meet next week to decide on new fares.

"Our members cannot absorb this increase," the statement said. "Passengers should be prepared for an upward review of fares across all routes."

The Institute for Fiscal Accountability, an Accra-based think tank, said the levy was "a short-term fix for a structural problem." Its Executive Director, Dr Abena Owusu-Sekyere, told the Daily Graphic that the government needed to renegotiate the take-or-pay contracts signed with independent power producers.

"Until we deal with the contracts, we will be back here next year asking for another levy," she said.

The levy takes effect on June 1.""",
        [
            ("already on their knees.", "Issah Mahama Yakubu"),
            ("We cannot keep going to", "Issah Mahama Yakubu"),
            ("This is not recovery, this", "Issah Mahama Yakubu"),
            ("Mr Speaker, nobody in this", "Kojo Antwi-Boasiako"),
            ("But the alternative is darkness", "Kojo Antwi-Boasiako"),
            ("run away from a debate", "Kwabena Osei-Tutu"),
            ("Our members cannot absorb this", "Ghana Road Transport Coordinating Council"),
            ("Passengers should be prepared for", "Ghana Road Transport Coordinating Council"),
            ("a short-term fix for a", "Institute for Fiscal Accountability"),
            ("Until we deal with the", "Abena Owusu-Sekyere"),
        ],
    ),
    (
        """Digital lenders warn of credit squeeze as new rate cap rules bite

BY BRIAN KIPRONO

Digital lenders have warned that new rules capping the fees they can charge on short-term mobile loans will force thousands of small traders out of formal credit, as the industry scrambles to comply ahead of a July deadline.

The Digital Credit Providers Association of Kenya (DCPAK), which represents 41 licensed lenders, said in a memorandum to the National Treasury that the cap of 1.5 percent per month on all-in costs was “commercially unworkable” for loans of less than Sh5,000.

“Lenders will simply stop offering small loans, and the mama mboga who borrows Sh2,000 in the morning to restock will be pushed back to shylocks,” said Mercy Wanjiru Njoroge, the association’s chairperson.

Ms Njoroge said members had already cut disbursements by about a fifth since the regulations were gazetted in March.

“We are not against regulation. We asked for it,” she said. “What we are against is a price control that ignores the actual cost of lending to people with no credit history.”

The Treasury has defended the rules, saying they are meant to curb what it called “predatory and opaque” pricing that had left millions of Kenyans blacklisted with credit reference bureaus.

A senior Treasury official, who spoke on condition of anonymity because the matter is still under review, said the ministry was open to adjustments but would not scrap the cap. “The era of 30 percent a month is over. Anyone whose model depends on that should find another business,” the official said.

Consumer groups welcomed the rules. Peter Otieno Wafula, executive director of Consumer Rights Watch Kenya, said borrowers had for years been “trapped in a cycle of borrowing from one app to pay another.”

“We have documented cases of people with nine or ten loan apps on one phone,” Mr Wafula told the Business Daily. “That is not financial inclusion. That is a debt trap with a nice interface.”

Industry data shows that the top five digital lenders disbursed Sh98.4 billion in 2023, with an average loan size of Sh3,200 and an average tenure of 21 days.

Analysts at Nairobi-based Kilele Capital said in a note to clients that the cap would likely accelerate consolidation. “Smaller players without access to cheap wholesale funding will struggle to survive below the cap,” the note said, adding that banks with mobile lending products were best placed to gain market share.

Ms Njoroge said the association would seek a meeting with the Cabinet Secretary before the deadline. “If we cannot agree, we will have no choice but to go to court,” she said.""",
        [
            ("commercially unworkable", "Digital Credit Providers Association of Kenya"),
            ("Lenders will simply stop offering", "Mercy Wanjiru Njoroge"),
            ("We are not against regulation.", "Mercy Wanjiru Njoroge"),
            ("What we are against is", "Mercy Wanjiru Njoroge"),
            ("predatory and opaque", "National Treasury"),
            ("The era of 30 percent", "senior Treasury official"),
            ("trapped in a cycle of", "Peter Otieno Wafula"),
            ("We have documented cases of", "Peter Otieno Wafula"),
            ("That is not financial inclusion.", "Peter Otieno Wafula"),
            ("Smaller players without access to", "Kilele Capital"),
            ("If we cannot agree, we", "Mercy Wanjiru Njoroge"),
        ],
    ),
    (
        """Okemba workers begin indefinite strike over minimum wage

From Adewale Ogunleye, Ilara

Public servants in Okemba State on Monday began an indefinite strike, shutting schools, hospitals and ministries across the state over the government's failure to implement the new national minimum wage.

The strike, called by the state chapter of the Joint Negotiating Council (JNC), followed the expiration of a 21-day ultimatum issued to the administration of Governor Babatunde Olanrewaju on May 2.

Addressing workers at the state secretariat in Ilara, the JNC chairman, Comrade Oluwaseun Adekunle-Bello, said the unions had exhausted every avenue of dialogue.

"We have written letters, we have held meetings, we have waited patiently," he said. "Today, the waiting is over. No worker in this state should go to work until the government pays what the law says it must pay."

He said workers on the lowest grade levels were still earning N30,000 a month, more than a year after the new wage was signed into law.

"How can a man feed a family of five on that in today's Nigeria? It is impossible. It is wicked," Adekunle-Bello added.

Checks by our correspondent showed that the General Hospital, Ilara, was deserted on Monday, with patients being turned away at the gate. A nurse at the hospital, who did not want her name in print, said only a skeleton staff was attending to emergencies.

"We are also human beings. We have children in school too," she said.

But the state government, in a statement by the Commissioner for Information, Mrs Kehinde Fashola-Ogun, described the strike as "unnecessary and politically motivated."

Mrs Fashola-Ogun said the government had already set up a committee to work out the consequential adjustments and had offered an interim payment of N45,000 to the lowest-paid workers.

"The government of Governor Olanrewaju has never refused to pay the minimum wage. What we have said is that it must be done in a way that does not leave the state unable to pay salaries at all," the statement read.

She urged workers to return to their duty posts, warning that the government would "not hesitate to invoke the no-work, no-pay rule."

The opposition Progressive Alliance Party (PAP) in the state blamed the crisis on what it called "reckless borrowing" by the administration.

The party's state publicity secretary, Mr Gbenga Akinyemi, said in a statement: "A government that found money for a N12bn flyover and a fleet of new SUVs cannot tell us it has no money for workers. Okemba people are not fools."

As of press time, there was no sign of fresh talks between the two sides.""",
        [
            ("We have written letters, we", "Oluwaseun Adekunle-Bello"),
            ("Today, the waiting is over.", "Oluwaseun Adekunle-Bello"),
            ("How can a man feed", "Oluwaseun Adekunle-Bello"),
            ("We are also human beings.", "nurse at the hospital"),
            ("unnecessary and politically motivated.", "Kehinde Fashola-Ogun"),
            ("The government of Governor Olanrewaju", "Kehinde Fashola-Ogun"),
            ("not hesitate to invoke the", "Kehinde Fashola-Ogun"),
            ("reckless borrowing", "Progressive Alliance Party"),
            ("A government that found money", "Gbenga Akinyemi"),
        ],
    ),
    (
        """Wassa Hills Gold to cut 600 jobs as Nkwantakrom pit nears end of life

By Kofi Ansah-Mensah

Wassa Hills Gold Limited says it will lay off about 600 workers at its Nkwantakrom operation in the Western Region by the end of the year, as the open pit that has supplied most of its ore since 2011 approaches exhaustion.

The company, a subsidiary of Toronto-listed Meridia Resources, announced the decision in a notice to staff on Tuesday and confirmed it in a statement to the B&FT.

'The Nkwantakrom pit has reached the end of its economic life, and the underground project that was meant to replace it is not viable at current costs,' the statement said. 'We have taken this decision with great reluctance.'

The company said affected workers would receive redundancy packages 'above the minimum required under the Labour Act' and access to a retraining programme run with the regional technical university.

The Ghana Mineworkers' Solidarity Union (GMSU), which represents most of the affected staff, said it had not been consulted. Its branch chairman at Nkwantakrom, Mr Isaac Kwame Baffoe, said the union would resist any layoffs until negotiations were concluded.

'They told us about the underground project for three years. Every year, the same promise,' Mr Baffoe said. 'Now they wake up and tell six hundred families it is finished. We will not accept that.'

The Assembly Member for the Nkwantakrom Electoral Area, Mr Samuel Ekow Gyimah, said the community had borne the environmental cost of mining for over a decade. He urged government to ensure the company honoured its reclamation obligations before exiting.

'When they came, they promised us roads, a hospital and jobs for our children,' he said. 'The jobs are going, the road is still not tarred, and the land is full of pits. Who will fill them?'

The Minerals Commission said it was reviewing the company's closure plan. A senior official at the Commission, who asked not to be named, said the regulator would not sign off on any exit 'until every bond and every obligation has been accounted for.'

Industry analysts said the closure reflected a wider challenge for mid-tier producers. 'Gold prices are at record highs, but costs are rising faster for older mines with declining grades,' said Esi Quartey-Addo, a mining analyst at Accra-based Ridgeview Research. 'The big players can absorb that. The smaller ones cannot.'

The Nkwantakrom operation produced 142,000 ounces of gold last year, down from a peak of 260,000 ounces in 2016.""",
        [
            ("The Nkwantakrom pit has reached", "Wassa Hills Gold Limited"),
            ("We have taken this decision", "Wassa Hills Gold Limited"),
            ("above the minimum required under", "Wassa Hills Gold Limited"),
            ("They told us about the", "Isaac Kwame Baffoe"),
            ("Now they wake up and", "Isaac Kwame Baffoe"),
            ("When they came, they promised", "Samuel Ekow Gyimah"),
            ("The jobs are going, the", "Samuel Ekow Gyimah"),
            ("until every bond and every", "senior official at the Commission"),
            ("Gold prices are at record", "Esi Quartey-Addo"),
            ("The big players can absorb", "Esi Quartey-Addo"),
        ],
    ),
    (
        """MCAs move to impeach Mosiro governor over Sh1.2bn hospital tender

By Faith Chebet

Members of the Mosiro County Assembly have tabled a motion to impeach Governor Daniel Kipkorir Lagat over alleged irregularities in the award of a Sh1.2 billion tender for the construction of a county referral hospital.

The motion, sponsored by Sigor Ward MCA Joseph Kimutai Rotich and signed by 31 of the assembly's 46 members, accuses the governor of gross violation of the Constitution, abuse of office and gross misconduct.

Speaking to journalists at the assembly grounds on Tuesday, Mr Rotich said the tender was awarded to a company that had been registered only three weeks before the bid closed.

"This company had no track record, no equipment and no experience in building anything bigger than a classroom," he said. "Yet it walked away with the biggest contract in the history of this county. Wananchi deserve answers."

He said the assembly's health committee had written to the governor three times seeking documents on the tender but had received no response.

Governor Lagat dismissed the motion as a "political witch-hunt" driven by rivals eyeing his seat in the 2027 election.

"I have nothing to hide. Every shilling in that project has been accounted for, and the procurement followed the law to the letter," the governor said in a statement sent to newsrooms on Tuesday evening.

He said he would appear before the assembly to defend himself "whenever I am called upon."

The governor's allies in the assembly have vowed to block the motion. Majority Leader Grace Jepkemoi Tanui said the signatures had been collected "through intimidation and false promises".

"Some of the members whose names are on that list have told me they never signed it," Ms Tanui said. "We will be asking the Speaker to verify every single signature."

An officer at the anti-graft agency's regional office, who asked not to be named because investigations are ongoing, said the agency had opened a file on the tender in February.

"We are looking at the entire procurement chain, from the evaluation committee to the final payment," the officer said.

Residents at the stalled hospital site in Mosiro town said they only wanted the facility completed. "We have been told this hospital will be ready since 2022. Every year there is a new story," said Hellen Chepkoech, a vegetable vendor who operates near the site.

Under the law, an impeachment motion must be supported by at least two-thirds of MCAs before it is forwarded to the Senate. The assembly is expected to debate the motion next week.""",
        [
            ("This company had no track", "Joseph Kimutai Rotich"),
            ("Yet it walked away with", "Joseph Kimutai Rotich"),
            ("political witch-hunt", "Daniel Kipkorir Lagat"),
            ("I have nothing to hide.", "Daniel Kipkorir Lagat"),
            ("whenever I am called upon", "Daniel Kipkorir Lagat"),
            ("through intimidation and false promises", "Grace Jepkemoi Tanui"),
            ("Some of the members whose", "Grace Jepkemoi Tanui"),
            ("We will be asking the", "Grace Jepkemoi Tanui"),
            ("We are looking at the", "officer at the anti-graft agency's regional office"),
            ("We have been told this", "Hellen Chepkoech"),
        ],
    ),
    (
        """Manufacturers count losses as power tariff hike bites

Nigerian manufacturers say the recent increase in electricity tariffs for customers on the premium supply band has raised production costs by as much as 40 percent, forcing some factories to cut shifts and others to consider shutting down.

At a press briefing in Lagos on Wednesday, the Director-General of the Nigerian Industrialists Forum (NIF), Mr Emeka Nwachukwu-Ibe, said the forum's members were caught between an unreliable grid and the rising cost of diesel.

He said: "Our members are paying more for electricity than at any time in the history of this country, and they are not getting more of it. A factory that paid N18 million a month in January is now paying N31 million for the same hours of supply.

"When you add diesel for the hours the grid fails, the cost of energy alone is now eating up nearly half of operating expenses for some of our members. No business can survive that for long."

According to Nwachukwu-Ibe, at least 14 member companies had either suspended operations or cut production to a single shift since the tariff review in April.

Mr Ifeanyi Okoro-Daniels, chief executive of Sunwheat Foods Limited, a flour mill in Agbara, said his company had laid off 80 casual workers last month. "We held on for as long as we could, but the numbers stopped making sense," he said.

The forum called on the regulator to suspend the increase for industrial clusters pending an audit of actual supply hours. It also urged the federal government to fast-track the "Power for Industry" initiative announced last year.

Responding, the National Power Regulatory Commission (NPRC) said in a statement that the review was necessary to reduce the subsidy burden and attract investment into the sector.

"The tariff review is targeted only at customers who receive a minimum of 20 hours of supply daily," the commission said. "Any distribution company that fails to meet that threshold is required to move affected customers to a lower band, and customers are encouraged to report such cases."

A spokesman for Lagoon Coast Electricity Distribution Plc, which supplies much of the Lagos industrial corridor, said the company had complied with the directive.

"Every feeder on Band A is being monitored in real time, and where supply falls short we have downgraded it," the spokesman said.

An economist and managing partner at Lagos-based Harbourview Advisory, Dr Yetunde Okafor-Salami, said the dispute pointed to a deeper problem of metering and accountability.

"You cannot have a credible tariff regime when half the customers are on estimated billing and nobody can independently verify supply hours," she told our correspondent.

She added that the manufacturers' complaints should be taken seriously because "every factory that closes is jobs lost and imports gained."

The commission is expected to publish its next quarterly tariff review in July.""",
        [
            ("Our members are paying more", "Emeka Nwachukwu-Ibe"),
            ("When you add diesel for", "Emeka Nwachukwu-Ibe"),
            ("We held on for as", "Ifeanyi Okoro-Daniels"),
            ("The tariff review is targeted", "National Power Regulatory Commission"),
            ("Any distribution company that fails", "National Power Regulatory Commission"),
            ("Every feeder on Band A", "spokesman"),
            ("You cannot have a credible", "Yetunde Okafor-Salami"),
            ("every factory that closes is", "Yetunde Okafor-Salami"),
        ],
    ),
    (
        """Nigerian lender Zenora to buy 66pc stake in Imara Bank for Sh13bn

By JAMES MWANGI OMONDI

Nigerian lender Zenora Bank Group has agreed to acquire a 66 percent stake in mid-tier Kenyan lender Imara Bank for Sh13.2 billion, in a deal that marks the biggest entry by a West African bank into East Africa's largest economy.

The transaction, disclosed in a notice to shareholders published on Monday, is subject to approval by the banking regulator and competition authorities.

Imara Bank, which has 38 branches and about 410,000 customers, said the deal would give it access to capital and technology to compete with larger rivals.

"This partnership gives Imara the balance sheet to do what we have always wanted to do — serve small businesses at scale," Imara Bank managing director Ruth Wambui Gachanja said. "Our customers will see the same faces in the same branches, but with better products."

Zenora Group chief executive Olumide Balogun-Ekpo said Kenya was a key plank of the group's "Africa Beyond Borders" strategy, which targets a presence in 12 markets by 2028.

"Kenya is the financial hub of East Africa and the gateway to the region," Mr Balogun-Ekpo told reporters in Nairobi. "We are not coming for a quick return. We are coming to stay."

He said the group would inject an additional Sh4 billion in capital within the first 18 months and would retain Imara's management team.

The deal comes as several smaller Kenyan lenders face pressure to raise capital after the Treasury proposed increasing the minimum core capital for banks from Sh1 billion to Sh10 billion over five years.

"Mid-tier banks are now either buyers or targets. There is very little room in between," said Njeri Kamau-Otieno, head of financial services research at Nairobi-based Mvule Securities. She said the valuation, at about 1.1 times book value, was "fair but not generous" to Imara shareholders.

The Bank Employees Welfare Union of Kenya said it would seek guarantees that no jobs would be lost. Its secretary-general, Charles Ouma Nyakundi, said the union had written to both banks.

"We have seen these acquisitions before. They start with promises and end with redundancy letters," Mr Nyakundi said. "This time we want the commitments in writing."

An Imara Bank board member, who asked not to be named as the deal was still subject to regulatory approval, said talks with Zenora had lasted nearly a year. "There were three other suitors. Zenora was the only one willing to commit fresh capital upfront," the board member said.

Imara Bank shares, which trade on the Nairobi bourse, rose 9.8 percent to Sh24.10 on Monday, the maximum daily gain allowed.""",
        [
            ("This partnership gives Imara the", "Ruth Wambui Gachanja"),
            ("Our customers will see the", "Ruth Wambui Gachanja"),
            ("Kenya is the financial hub", "Olumide Balogun-Ekpo"),
            ("We are not coming for", "Olumide Balogun-Ekpo"),
            ("Mid-tier banks are now either", "Njeri Kamau-Otieno"),
            ("fair but not generous", "Njeri Kamau-Otieno"),
            ("We have seen these acquisitions", "Charles Ouma Nyakundi"),
            ("This time we want the", "Charles Ouma Nyakundi"),
            ("There were three other suitors.", "Imara Bank board member"),
        ],
    ),
]
