CASES = [
    (
        """Lenana MCAs table motion to impeach Governor Muriithi over Sh480m tender

By KEVIN OTIENO

Members of the Lenana County Assembly on Tuesday tabled a motion to impeach Governor Grace Wanjiru Muriithi, accusing her of gross violation of the Constitution and abuse of office in the award of a Sh480 million road tender.

The motion, sponsored by Kibirichia Ward MCA Josphat Mbae Karanja, was signed by 31 of the 46 members, surpassing the one-third threshold required under the County Governments Act.

"The governor has treated this county like a private company. Contracts have been awarded to firms that did not exist six months ago, and this House will not sit and watch," Mr Karanja told journalists outside the assembly chambers.

He said the assembly had written to the governor's office three times seeking documents on the tender but had received no response.

"We gave her every opportunity to explain herself. She chose silence," he said.

Majority Leader Purity Gakii said the motion would be debated next week after the assembly's Business Committee sets the date. She dismissed claims that the move was politically motivated, saying members were acting on an audit report.

"This is not about 2027. This is about Sh480 million of taxpayers' money," Ms Gakii said.

The Auditor-General's report for the 2023/24 financial year flagged the tender, saying the county could not account for payments made to two contractors before work had begun.

But in a statement, the Office of the Governor described the motion as "a witch-hunt driven by people who lost tenders" and insisted that all procurement had followed the law.

"The Governor remains focused on delivering services to the people of Lenana and will not be distracted by politics of blackmail," the statement read.

County communications director Dennis Kirimi later told reporters that Ms Muriithi would appear before the assembly if summoned and was "confident the truth will come out."

Lawyer Evans Mutuma, who has represented several governors in impeachment proceedings, said the assembly must follow due process if the motion is to survive in the Senate.

"Courts have been very clear that the governor must be given reasonable notice and an opportunity to be heard. Where that is denied, the entire process collapses," he said.

In 2020, the Senate threw out the impeachment of a former Lenana governor after finding that the charges had not been proved.

Residents who spoke to the Nation in Lenana town were divided. "We just want the roads finished. Whether she goes or stays, the contractor must come back," said Mary Kawira, a trader at the main market.

Another resident, a boda boda rider who asked not to be named, said the MCAs were "fighting over money, not roads."

If the assembly votes to remove the governor, the Senate will have the final say.""",
        [
            ("The governor has treated this", "Josphat Mbae Karanja"),
            ("We gave her every opportunity", "Josphat Mbae Karanja"),
            ("This is not about 2027.", "Purity Gakii"),
            ("a witch-hunt driven by people", "Office of the Governor"),
            ("The Governor remains focused on", "Office of the Governor"),
            ("confident the truth will come", "Dennis Kirimi"),
            ("Courts have been very clear", "Evans Mutuma"),
            ("We just want the roads", "Mary Kawira"),
            ("fighting over money, not roads.", "boda boda rider"),
        ],
    ),
    (
        """Court grants bail to Nakasozi East MP Kato after four months on remand

By Derrick Ssekandi

KAMPALA. The High Court in Kampala has released Nakasozi East MP Joseph Ssenyonjo Kato on bail, four months after he was charged with inciting violence and unlawful possession of ammunition.

Justice Esther Nabwire Akello on Thursday ordered the legislator to pay a cash bail of Shs20 million and each of his three sureties Shs50 million not cash. He was also barred from addressing public rallies until the case is concluded.

"The applicant is a Member of Parliament with a fixed place of abode and has presented substantial sureties. This court has not been shown any evidence that he is likely to abscond," Justice Akello ruled.

She added that the right to bail was constitutional and that pre-trial detention "should not be used as a form of punishment."

The State had opposed the application, with Senior State Attorney Moses Okwir telling court that the MP's release would interfere with ongoing investigations.

"Some of the witnesses in this matter are residents of his constituency and are his supporters. There is a real risk they will be intimidated," Mr Okwir said.

But defence lawyer Ronald Kiggundu argued that the prosecution had had four months to complete investigations and had failed to do so.

"How long should a citizen stay in Luzira for an investigation that the State itself cannot finish? My client has been on remand since March and not a single witness statement has been disclosed to us," he said.

Mr Kato was arrested in March at a rally in Kasambya trading centre where police said his supporters pelted officers with stones. Police claim a search of his vehicle recovered 12 rounds of ammunition, a charge he denies.

Outside court, a jubilant crowd of supporters in red T-shirts sang and waved branches as the MP emerged.

"I thank the judge for standing for the law. I have never owned a gun and I have never told anyone to fight the police," Mr Kato told journalists.

"My people have suffered while I was away. Roads, schools, health centres, nobody was following up. I am going back to work."

The Kampala Metropolitan police spokesperson, ASP Hellen Namuganza, said the force would respect the court's decision but warned against any gatherings that might breach the peace.

"We have no problem with the honourable member going home. But any procession without clearance from police will be dealt with," she said.

The case returns for mention on August 14.""",
        [
            ("The applicant is a Member", "Esther Nabwire Akello"),
            ("should not be used as", "Esther Nabwire Akello"),
            ("Some of the witnesses in", "Moses Okwir"),
            ("How long should a citizen", "Ronald Kiggundu"),
            ("I thank the judge for", "Joseph Ssenyonjo Kato"),
            ("My people have suffered while", "Joseph Ssenyonjo Kato"),
            ("We have no problem with", "Hellen Namuganza"),
        ],
    ),
    (
        """Pwani Cement profit drops 23pc on power cuts, weaker shilling

Dar es Salaam. Pwani Cement Plc has reported a 23 percent drop in net profit for the half year to June, blaming frequent power outages and the depreciation of the shilling against the US dollar.

In its financial statements published yesterday, the Dar es Salaam Stock Exchange-listed firm said profit after tax fell to Sh31.4 billion from Sh40.8 billion in the same period last year, even as revenue rose 6 percent to Sh298 billion.

“The period under review was characterised by unreliable power supply, which forced the plant to rely on diesel generators for up to 40 percent of operating hours,” the company said in a statement accompanying the results.

Pwani Cement managing director Abdallah Salim Mketo told The Citizen that energy accounts for nearly half of the company’s production costs.

“When the grid goes off, we switch to diesel, and diesel is three times more expensive per unit. There is no way to absorb that without hurting margins,” he said.

He said the company had also been hit by the cost of imported clinker and spare parts, which are paid for in dollars.

Mr Mketo, however, expressed optimism that new generation capacity being added to the national grid would ease the pressure in the second half of the year.

“If the power situation stabilises as we have been promised, we expect to recover most of the lost ground by December,” he said.

The board did not recommend an interim dividend, a decision that disappointed some investors.

An analyst at Zenji Capital Markets, Ms Neema Lyimo, said the results were in line with expectations given the operating environment.

“Investors were bracing for this. What matters now is whether the company can protect market share against the new plants in Tanga and Mtwara, which are coming in with lower prices,” she said.

She noted that the shares had lost about 11 percent since January.

The Tanzania Industrial Producers Association (Tipa) has repeatedly raised concerns over the impact of power disruptions on manufacturers. Its executive director, Mr Raphael Mwakalinga, said last month that industries were losing “billions of shillings every week” to outages.

An official at the state-owned Tanzania Power Supply Corporation (Tapsco), who requested anonymity because he was not authorised to speak to the media, said the utility was rationing power in some areas while maintenance was carried out on key generating units.

“The situation is temporary. Most of the affected units should be back by October,” the official said.""",
        [
            ("The period under review was", "Pwani Cement Plc"),
            ("When the grid goes off,", "Abdallah Salim Mketo"),
            ("If the power situation stabilises", "Abdallah Salim Mketo"),
            ("Investors were bracing for this.", "Neema Lyimo"),
            ("billions of shillings every week", "Raphael Mwakalinga"),
            ("The situation is temporary.", "official at the state-owned Tanzania Power Supply Corporation"),
        ],
    ),
    (
        """Court suspends Nairobi's new parking fees pending hearing of petition

By Brian Wafula

The High Court has suspended Nairobi County's new parking and loading fees, dealing a blow to City Hall's plan to raise an extra Sh2 billion this financial year.

Justice Lucy Chepkoech Rotich issued conservatory orders on Monday stopping the county from implementing the charges, which were to take effect on September 1, until a petition filed by public transport operators is heard and determined.

"Having considered the pleadings, I am satisfied that the petitioners have established a prima facie case with a probability of success. Should the fees be implemented and the petition later succeed, the harm to the petitioners would be difficult to reverse," the judge said.

The Nairobi Public Transport Operators Alliance went to court last month, arguing that the county had failed to conduct meaningful public participation before passing the Nairobi City County Finance (Amendment) Act.

According to the alliance's chairman, Samuel Kiprono Langat, the county held only two public forums, both announced less than 48 hours in advance.

"Operators learnt of the new charges from social media. Nobody from City Hall consulted us, yet we are the people who will pay and who will pass the cost to passengers," Mr Langat said in a sworn affidavit.

Under the new law, a 33-seater matatu would pay Sh8,000 a month for a stage permit, up from Sh3,000, while daily parking for private vehicles in the CBD would rise to Sh400.

The alliance's advocate, Dan Omondi Ochieng, told the court that the increment would push up fares at a time when commuters are already struggling with the high cost of living.

"My Lady, this is a 166 per cent increase imposed by a stroke of the pen. The Constitution does not allow that," he said.

The county, through advocate Faith Njambi, had asked the court to decline the orders, saying the Act was passed lawfully and that stopping it would cripple service delivery.

"The county relies on these revenues to pay for garbage collection, street lighting and health services. Every day the fees are suspended, Nairobi residents lose," Ms Njambi said.

Speaking to The Standard after the ruling, Mobility and Works County Executive Committee Member Peter Kamau Gitau said the county would comply with the order but would seek to have the matter heard urgently.

"We respect the court. But we also want the public to understand that parking fees in Nairobi have not been reviewed in eleven years," he said.

Matatu operators welcomed the ruling. At a busy stage in the city centre, a driver on the Kawangware route said the proposed charges would have forced owners to raise fares by at least Sh20.

"If the owner pays more, he asks us for a bigger target. In the end it is the passenger who suffers," said the driver, who declined to give his name.

The matter will be mentioned on October 3.""",
        [
            ("Having considered the pleadings, I", "Lucy Chepkoech Rotich"),
            ("Operators learnt of the new", "Samuel Kiprono Langat"),
            ("My Lady, this is a", "Dan Omondi Ochieng"),
            ("The county relies on these", "Faith Njambi"),
            ("We respect the court.", "Peter Kamau Gitau"),
            ("If the owner pays more,", "driver"),
        ],
    ),
    (
        """Cane farmers reject new sugar prices, petition Parliament

By Fred Mukasa

JINJA - Hundreds of sugarcane outgrowers in Busoga sub-region have rejected the new cane price of sh130,000 per tonne set by millers, saying it does not cover the cost of production.

The farmers, under their umbrella body, the Busoga Cane Outgrowers Cooperative Union, on Wednesday marched to the offices of Kigulu Sugar Works in Kiwanyi district, where they handed over a petition addressed to the Speaker of Parliament.

The union chairperson, Twaha Waiswa Mugoya, said farmers spend at least sh160,000 to grow, cut and transport one tonne of cane.

"We are being asked to subsidise the millers. A farmer who borrowed money to plant two years ago is now failing to pay back the bank. Some have started uprooting cane to plant maize," Mugoya said.

He noted that the price had dropped from sh150,000 in January, even as the retail price of sugar in shops remained above sh5,000 per kilogramme.

"Where does the money go? The sugar price in the shop has not come down, but the farmer's price has come down twice in six months," he asked.

In the petition, the farmers asked Parliament to expedite the amendment of the Sugar Act to provide for a pricing formula that would share revenue between millers and growers. The petition reads in part: "We humbly request Parliament to intervene before the outgrower system in Busoga collapses entirely."

Kigulu Sugar Works general manager Rajesh Nair said the company was also under pressure from cheap imports and a global fall in sugar prices.

"We are not the enemies of the farmer. But we cannot buy cane at a price that will force us to close the factory. If we close, everybody loses," Nair said.

He added that the company had agreed to meet farmers' representatives next week to review the price.

The Minister of State for Trade, Rose Atim Okello, told New Vision on phone that the ministry was aware of the standoff and had summoned both parties.

"Government will not allow a situation where farmers are exploited. We have called a meeting of all millers in Busoga next Tuesday and we expect a solution that works for both sides," she said.

Okello said the ministry was also finalising regulations to operationalise the sugar pricing committee provided for under the law.

Kiwanyi Resident District Commissioner Yusuf Kagoda appealed to the farmers to remain calm. "I understand their pain, but burning cane fields or blocking roads will not help anybody," he said.

Last year, several hectares of cane were set on fire in Busimbi and Lumino districts during a similar dispute.

Jane Namulondo, a widow who grows cane on four acres in Kiwanyi, said she had not been paid for cane delivered in May.

"I have children in school. The factory tells us to wait, the bank tells us to pay. Where do we go?" she said.""",
        [
            ("We are being asked to", "Twaha Waiswa Mugoya"),
            ("Where does the money go?", "Twaha Waiswa Mugoya"),
            ("We humbly request Parliament to", "Busoga Cane Outgrowers Cooperative Union"),
            ("We are not the enemies", "Rajesh Nair"),
            ("Government will not allow a", "Rose Atim Okello"),
            ("I understand their pain, but", "Yusuf Kagoda"),
            ("I have children in school.", "Jane Namulondo"),
        ],
    ),
    (
        """Kenya, Tanzania trade row deepens as trucks pile up at Lusingi

By ALLAN MUTHOMI
The EastAfrican

More than 600 cargo trucks were stuck on both sides of the Lusingi border post this week as a dispute between Nairobi and Dodoma over new transit charges dragged into its third week, with exporters warning of losses running into millions of dollars.

The standoff began on September 2, when Tanzania introduced a $150 road-user fee on foreign-registered heavy trucks, prompting Kenya to retaliate with a matching levy on Tanzanian trucks a week later.

“This is exactly the kind of unilateral action the Common Market Protocol was designed to prevent,” said Esther Wambui Kariuki, Kenya’s Principal Secretary for Trade. “We have written to the EAC Secretariat and we are ready to withdraw our measure the moment the other side does the same.”

Dodoma has defended the fee, saying it is necessary to maintain roads damaged by heavy transit traffic. Tanzania’s Deputy Minister for Works and Transport, Hamisi Juma Mrisho, said the charge was not discriminatory as it applied to all foreign trucks.

“Our roads are being destroyed by trucks carrying goods to other countries. Tanzanian taxpayers cannot continue to carry that burden alone,” he told The EastAfrican.

Mr Mrisho said Tanzania had notified partner states of the fee in advance, a claim Nairobi disputes.

Transporters say the impasse has doubled turnaround times. According to the Regional Truckers and Transporters Association, a truck now spends an average of four days at Lusingi, up from less than a day in August.

“Our drivers are sleeping in cabins with no water, no toilets. Perishable cargo is rotting. Who is going to compensate the owners?” said the association’s chief executive, Nickson Onyango Ouma.

Flower and fresh produce exporters in northern Tanzania, who route their cargo through Nairobi’s airport, are among the hardest hit.

Mary-Anne Lukumay, who runs a vegetable export business in Arusha, said she had lost three consignments destined for Europe.

“Each consignment is about $18,000. The buyers don’t care about politics, they just cancel the order,” she said.

A senior official at the EAC Secretariat in Arusha, who asked not to be named because the matter was under discussion, said the secretariat had called a meeting of the two countries’ trade ministers for next week.

“Both sides know they are in breach. The question is who moves first without appearing to lose face,” the official said.

The East African Traders Forum, a regional private sector lobby, said in a statement that the dispute was “undermining a decade of integration gains” and urged the heads of state to intervene directly.

Analysts note that intra-EAC trade has been repeatedly disrupted by such spats. Dr Joseph Kamugisha, an economist at the Institute for Regional Trade Studies in Dar es Salaam, said the bloc lacked an effective mechanism to enforce its rules.

“The protocols are very good on paper. But when a partner state breaches them, the only consequence is another meeting,” he said.""",
        [
            ("This is exactly the kind", "Esther Wambui Kariuki"),
            ("We have written to the", "Esther Wambui Kariuki"),
            ("Our roads are being destroyed", "Hamisi Juma Mrisho"),
            ("Our drivers are sleeping in", "Nickson Onyango Ouma"),
            ("Each consignment is about $18,000.", "Mary-Anne Lukumay"),
            ("Both sides know they are", "senior official at the EAC Secretariat"),
            ("undermining a decade of integration", "East African Traders Forum"),
            ("The protocols are very good", "Joseph Kamugisha"),
        ],
    ),
    (
        """Bunge passes Land Use Planning Bill amid calls to protect smallholders

By Special Correspondent, Dodoma

THE National Assembly yesterday passed the Land Use Planning (Amendment) Bill, 2024, which gives district councils powers to set aside land for investment and requires every village to have an approved land use plan within five years.

Tabling the Bill, the Minister for Lands and Human Settlements, Mr Elias Mollel Sanga, said the amendments were aimed at reducing land conflicts, which he said accounted for more than 40 per cent of cases in ward tribunals.

"Land conflicts between farmers and pastoralists have cost lives and property in many of our regions. Where there is no plan, every piece of land becomes a battlefield," Mr Sanga told the House.

He said the government had so far prepared land use plans for 3,200 of the country's more than 12,000 villages, and that the new law would speed up the exercise with support from development partners.

Contributing to the debate, Nyamwage MP Ms Rehema Said Kombo commended the government but cautioned that village land should not be handed to investors without the consent of villagers.

"We support investment, but the wananchi must be the first beneficiaries. A village assembly must have the final say, not a district official sitting in an office," she said.

Opposition MP for Kisongo, Mr Baraka Lema Sumari, said the Bill concentrated too much power in district councils and could open the door to abuse.

He told the House that in his constituency, some families had been evicted from land they had occupied for generations "in the name of investment."

"Who will protect the ordinary farmer when the council and the investor are on the same side? This Bill does not answer that question," he said.

Responding, Mr Sanga assured MPs that the law provides for compensation and for appeals to the District Land and Housing Tribunal.

"No Tanzanian will lose land without fair, adequate and prompt compensation. That is the position of the Constitution and it is the position of this government," he said.

The Chairperson of the Parliamentary Committee on Lands, Natural Resources and Tourism, Dr Joyce Mwakyusa Lwenje, said the committee had received views from farmers' groups, pastoralist organisations and civil society before tabling its report.

"We listened to all sides. The Bill before the House today is better than the one that was first published," she said.

According to the committee's report, 17 of its 23 recommendations had been incorporated into the final Bill.

The Tanzania Pastoralists Development Network welcomed the Bill's passage, but said in a statement that implementation would be the real test.

"Good laws have been passed before. What our members need is to see grazing land surveyed, gazetted and protected on the ground," the statement said.

The Bill now awaits presidential assent.""",
        [
            ("Land conflicts between farmers and", "Elias Mollel Sanga"),
            ("We support investment, but the", "Rehema Said Kombo"),
            ("in the name of investment.", "Baraka Lema Sumari"),
            ("Who will protect the ordinary", "Baraka Lema Sumari"),
            ("No Tanzanian will lose land", "Elias Mollel Sanga"),
            ("We listened to all sides.", "Joyce Mwakyusa Lwenje"),
            ("Good laws have been passed", "Tanzania Pastoralists Development Network"),
        ],
    ),
    (
        """Mwangaza Supermarkets suppliers face 30pc payout in rescue plan

By DANIEL KIPCHUMBA

Suppliers owed Sh3.2 billion by troubled retailer Mwangaza Supermarkets will recover only 30 cents for every shilling under a rescue plan tabled by the chain’s administrator, setting up a fresh fight in the High Court.

The proposal, filed in the Commercial Division on Friday, would see the retailer’s eight remaining branches sold to a consortium led by Nairobi-based Tembo Capital Partners for Sh1.1 billion.

Administrator Caroline Adhiambo Odera of Odera Kamau & Associates said in the filing that liquidation would leave unsecured creditors with “little or nothing”.

“Having evaluated all options available, the administrator is of the considered view that the proposed sale offers the best achievable outcome for creditors as a whole,” she said in the report.

Ms Odera told the Business Daily that the company’s liabilities far exceeded the value of its assets, most of which are pledged to two banks.

“I understand the frustration of suppliers, many of whom are small businesses. But the alternative is a fire sale where the banks take everything and suppliers walk away empty-handed,” she said.

Suppliers have, however, vowed to oppose the plan when it comes up for approval at a creditors’ meeting later this month.

Ibrahim Hassan Abdi, chairman of the Retail Trade Creditors Association, which represents about 140 suppliers, said members would ask the court to order a forensic audit before any sale.

“We supplied goods in good faith up to the last week before administration. Some of our members have laid off staff and sold property to pay their own banks,” he said.

He added that the association had “serious questions that have not been answered” about transactions carried out in the six months before the chain collapsed.

In a letter to the administrator dated October 20, the association said:

“We wish to place on record that our members will not consent to any arrangement that extinguishes their claims without a full account of how the company’s stock and cash were dealt with.

“We further demand disclosure of all payments made to directors and related parties from January 2023.”

Mwangaza, which once operated 27 outlets across the country, was placed under administration in March after one of its lenders, Umoja Commercial Bank, moved to recover a Sh1.4 billion loan.

In a brief response, Umoja Commercial Bank said it supported the administrator’s proposal.

“The bank remains committed to a process that preserves jobs and maximises value for all stakeholders,” the lender said.

About 900 employees are still on the payroll. A cashier at one of the Nairobi branches, who spoke on condition of anonymity, said staff had not been paid for two months.

“We come to work every day because we are told the business will be sold and we will keep our jobs. But nobody has told us when we will be paid,” she said.

The matter will be before Justice Paul Nderitu Kinyua on November 12.""",
        [
            ("little or nothing", "Caroline Adhiambo Odera"),
            ("Having evaluated all options available,", "Caroline Adhiambo Odera"),
            ("I understand the frustration of", "Caroline Adhiambo Odera"),
            ("We supplied goods in good", "Ibrahim Hassan Abdi"),
            ("serious questions that have not", "Ibrahim Hassan Abdi"),
            ("We wish to place on", "Retail Trade Creditors Association"),
            ("We further demand disclosure of", "Retail Trade Creditors Association"),
            ("The bank remains committed to", "Umoja Commercial Bank"),
            ("We come to work every", "cashier"),
        ],
    ),
]
