CASES = [
    (
        """By KEVIN NDETI

The High Court has suspended a controversial market levy introduced by the Mwihoko Municipal Board, handing a temporary reprieve to more than 3,000 small traders who had threatened to close their stalls.

Justice Eunice Murage on Tuesday issued conservatory orders stopping the board from collecting the Sh50 daily fee, which was introduced under its so-called "Clean Market" programme, pending the hearing of a petition filed by the Mwihoko Traders Welfare Association.

"The petitioners have demonstrated a prima facie case with a probability of success," the judge said in her ruling. "If the levy is collected and the petition later succeeds, recovering the money from thousands of individual traders would be practically impossible."

The association, through lawyer Dennis Oduya, argued that the board had passed the levy without conducting public participation as required by the Constitution.

Mr Oduya told the court that the board held only one meeting, at which "fewer than forty people were present", in a market serving thousands.

"My clients learnt of this levy from the askaris who came to collect it," he said. "Nobody asked them anything."

But the board, through its advocate Ms Grace Chebet Langat, maintained that notices had been published in two daily newspapers and pinned at the market gate for 21 days.

In a replying affidavit, the board's chief executive, Mr Samuel Kinyua Gitau, stated that the fee was meant to "finance the construction of modern sheds and drainage" and that delaying it would stall the project.

Justice Murage, however, said the board could not rely on newspaper notices alone. She noted that most of the traders "do not buy newspapers and cannot be expected to read gazette-style notices".

The judge directed the parties to file written submissions within 14 days and fixed the matter for mention on March 18.

Outside the court, the association's chairperson, Ms Lucy Wairimu Njoroge, welcomed the ruling, saying traders had been "squeezed from every side" since the beginning of the year.

"We are not against development. We are against being treated like we do not exist," she said.

The board's chairman, Mr Peter Kamau Nderitu, said they would respect the orders but would oppose the petition. "We will present our evidence and we are confident the court will find that we followed the law," he told the Nation by phone.""",
        [
            ("The petitioners have demonstrated a prima", "Eunice Murage"),
            ("If the levy is collected", "Eunice Murage"),
            ("fewer than forty people were", "Dennis Oduya"),
            ("My clients learnt of this", "Dennis Oduya"),
            ("Nobody asked them anything.", "Dennis Oduya"),
            ("finance the construction of modern", "Samuel Kinyua Gitau"),
            ("do not buy newspapers and", "Eunice Murage"),
            ("squeezed from every side", "Lucy Wairimu Njoroge"),
            ("We are not against development.", "Lucy Wairimu Njoroge"),
            ("We will present our evidence", "Peter Kamau Nderitu"),
        ],
    ),
    (
        """Legislators question Shs48b rural roads spending

BY JOSEPHINE NAKIYINGI

Kampala. Legislators on the Public Accounts Committee have given the Rural Access Roads Agency two weeks to account for Shs48 billion released in the last financial year for roads that auditors say were never worked on.

The demand followed a special audit by the Public Works Oversight Unit, which was tabled before the committee on Tuesday. The audit found that 37 of the 112 roads listed as complete "showed no evidence of grading, gravelling or culvert installation" when they were inspected.

Committee chairperson Ronald Ssekitoleko Mugisha told agency officials that the findings were "deeply embarrassing" for a body entrusted with public money.

"You cannot tell us that a road in Kyankwanzi was completed when the people there are still walking through the bush," Mr Mugisha said. "Either the contractors were paid for nothing or your engineers signed for work they never saw."

The agency's executive director, Eng. Charles Tumwine Byaruhanga, said some of the roads had been washed away by heavy rains after completion.

"We have photographs of the works at the time of handover. I am ready to bring them before this committee," Eng. Byaruhanga said.

He added that the agency had already suspended four district supervisors pending investigations.

But Ms Harriet Achen Okello, the Lamwo District Woman MP, dismissed the explanation, saying the rains "cannot wash away a road that was never built".

"Every year we hear the same story. The rains, the rains. Then next year the same contractors get new contracts," she said.

In a statement issued after the meeting, the agency said it "remains committed to transparency and will cooperate fully with the committee and any investigative agency".

The committee also resolved to summon the accounting officer of the parent ministry to explain why payments were approved without completion certificates signed by district engineers.

Mr Mugisha said the committee would visit at least ten of the roads before writing its report. "We want to see with our own eyes," he said.""",
        [
            ("showed no evidence of grading,", "Public Works Oversight Unit"),
            ("deeply embarrassing", "Ronald Ssekitoleko Mugisha"),
            ("You cannot tell us that", "Ronald Ssekitoleko Mugisha"),
            ("Either the contractors were paid", "Ronald Ssekitoleko Mugisha"),
            ("We have photographs of the", "Charles Tumwine Byaruhanga"),
            ("cannot wash away a road", "Harriet Achen Okello"),
            ("Every year we hear the", "Harriet Achen Okello"),
            ("remains committed to transparency and", "Rural Access Roads Agency"),
            ("We want to see with", "Ronald Ssekitoleko Mugisha"),
        ],
    ),
    (
        """By Rehema Mwakalinga

Dar es Salaam. Clearing and forwarding agents have asked the government to intervene in a dispute over new storage charges at the Dar es Salaam port, warning that the costs will ultimately be passed on to consumers.

The Tanzania Freight Agents Council (TFAC) says the charges, introduced on February 1 by the private terminal operator Coastal Terminals Services Limited (CTSL), have nearly doubled the cost of keeping a container at the port beyond the free period.

Speaking to reporters yesterday, TFAC chairman Mr Abdallah Said Kimaro said the operator had given agents only seven days' notice.

"We woke up to a circular telling us that from the first of the month everything changes. There was no consultation, no meeting, nothing.

"Our members have containers which are stuck because of delays in other government agencies, not because of the importer. Why should the importer pay double for delays he did not cause?" he asked.

According to the council, storage for a 20-foot container after the free days has risen from $20 to $38 per day.

Mr Kimaro said the council had written to the sector regulator seeking its intervention. In the letter dated February 5, seen by The Citizen, the council told the regulator that the new tariff was "unilateral, unreasonable and contrary to the spirit of the concession agreement".

But CTSL's head of commercial operations, Ms Neema Joseph Mollel, said the review was long overdue.

"Storage charges at this port had not been reviewed for eight years. Our operating costs, from fuel to equipment, have gone up significantly," she said.

She added that the company wanted to discourage the practice of using the port "as a warehouse" and noted that importers who cleared their cargo within the free period would not be affected.

Traders in the city's markets say they are already feeling the pinch. Dr Faustine Lyimo Massawe, a trade economist, put it this way: "Port costs are a hidden tax. Every shilling added at the port is paid by the mama selling rice in Kariakoo."

Mr Kimaro said the council would give the operator until the end of the month to reconsider, after which members would "consider other options", without elaborating.""",
        [
            ("We woke up to a", "Abdallah Said Kimaro"),
            ("unilateral, unreasonable and contrary to", "Tanzania Freight Agents Council"),
            ("Storage charges at this port", "Neema Joseph Mollel"),
            ("as a warehouse", "Neema Joseph Mollel"),
            ("Port costs are a hidden", "Faustine Lyimo Massawe"),
            ("consider other options", "Abdallah Said Kimaro"),
        ],
    ),
    (
        """Coffee farmers to be paid via mobile money under new deal

Coffee farmers in Nyamasheke District will from next season be paid directly through mobile money, under a new arrangement announced by cooperatives and exporters on Thursday.

The scheme, agreed between the Rwanda Specialty Coffee Growers Federation and six exporting companies, is meant to end delays that saw some farmers wait up to four months for payment for cherries delivered to washing stations.

Speaking at the signing ceremony in Kigali, the federation’s president, Jean-Claude Habimana Nsengiyumva, said late payment had pushed many farmers to sell cherries to unlicensed middlemen.

“When a farmer delivers cherries and waits until Christmas to be paid, he will sell to the first person who shows him cash, even at half the price,” Nsengiyumva said.

He said the federation had recorded a drop of nearly 15 per cent in cherries delivered to cooperative washing stations last season.

Under the agreement, exporters will deposit funds into an escrow account before the harvest begins, and washing stations will be required to pay farmers within 72 hours of delivery.

Claudine Uwase Mukamana, who heads procurement at one of the exporters, Lake Kivu Highlands Coffee Ltd, said the companies had accepted the arrangement because “reliable supply is worth more to us than a few weeks of cash flow”.

“Our buyers in Europe and Asia want traceability. If the farmer is paid on his phone, we know exactly where every kilogramme came from,” she added.

In a statement, the Agricultural Exports Promotion Office welcomed the deal, saying it was “in line with government efforts to formalise payments in the agricultural value chain and increase farmers’ incomes”.

The office said it would monitor implementation and sanction any washing station that failed to comply.

Farmers who spoke to The New Times were cautiously optimistic. Emmanuel Twagirayezu, a farmer from Kanjongo Sector, said he had heard similar promises before.

“They told us the same thing three years ago. We will believe it when the money arrives on the phone,” the 54-year-old said.

Nsengiyumva acknowledged the scepticism but said the new arrangement was different because it was backed by a signed contract with penalties. “This time there is paper, and there are consequences,” he said.""",
        [
            ("When a farmer delivers cherries", "Jean-Claude Habimana Nsengiyumva"),
            ("reliable supply is worth more", "Claudine Uwase Mukamana"),
            ("Our buyers in Europe and", "Claudine Uwase Mukamana"),
            ("in line with government efforts", "Agricultural Exports Promotion Office"),
            ("They told us the same", "Emmanuel Twagirayezu"),
            ("This time there is paper,", "Jean-Claude Habimana Nsengiyumva"),
        ],
    ),
    (
        """Addis Abeba – The opposition Ensete Valley People’s Party (EVPP) has accused the regional administration of withholding its share of the public fund allocated to registered political parties, a charge regional officials deny.

In a letter addressed to the Federal Political Parties Registration Office last week, the party said it had “not received a single birr” of the 2.4 million birr allocated to it for the current fiscal year.

Speaking to Addis Standard, the party’s chairman, Ato Tesfaye Gebremariam, said the party had exhausted all administrative channels.

“We have written four times. Each time we are told that the matter is under review,” Tesfaye said. “Meanwhile our offices in three zones have been closed because we cannot pay rent.”

He alleged that the delay was “politically motivated” and linked to the party’s criticism of a recent land-lease decision by the regional cabinet.

W/ro Meseret Alemu, head of communication at the regional finance bureau, rejected the accusation. She said the funds for all parties had been delayed because of “a reconciliation process required by the federal auditors”.

“No party is being singled out. Five parties in the region are in the same position, including parties that support the government,” Meseret told Addis Standard.

She said the funds would be released “within the coming month” once the process was complete.

The Federal Political Parties Registration Office, in a brief response, said it had received the complaint and had “requested clarification from the regional finance bureau”. It did not say when it expected a reply.

Dr. Yonas Berhanu, a lecturer in political science, said disputes over party funding were becoming more frequent ahead of the next general election. According to him, the absence of clear timelines in the law “leaves room for suspicion, even where there is no bad intent”.

Tesfaye said the party would take the matter to court if the funds were not released by the end of Ginbot. “We have been patient. Patience has a limit,” he said.""",
        [
            ("not received a single birr", "Ensete Valley People’s Party"),
            ("We have written four times.", "Tesfaye Gebremariam"),
            ("Meanwhile our offices in three", "Tesfaye Gebremariam"),
            ("politically motivated", "Tesfaye Gebremariam"),
            ("a reconciliation process required by", "Meseret Alemu"),
            ("No party is being singled", "Meseret Alemu"),
            ("within the coming month", "Meseret Alemu"),
            ("requested clarification from the regional", "Federal Political Parties Registration Office"),
            ("leaves room for suspicion, even", "Yonas Berhanu"),
            ("We have been patient.", "Tesfaye Gebremariam"),
        ],
    ),
    (
        """By FAITH WANGARI KIPLAGAT

Deposit-taking savings and credit co-operatives (Saccos) will be required to hold at least 12 per cent of their deposits in liquid assets under new rules proposed by the sector regulator.

The Co-operative Savings Oversight Board (CSOB) says the higher liquidity ratio — up from the current eight per cent — is meant to protect members after three Saccos in the Rift Valley were unable to pay withdrawals last year.

"The events of last year showed us that some Saccos were lending out almost every shilling they received," CSOB chief executive Daniel Kiprotich Rono said during a stakeholders' forum in Nairobi yesterday.

"When members came for their money, there was nothing in the bank. We cannot allow that to happen again."

The draft regulations, published on the board's website, state that any Sacco falling below the ratio "shall not declare dividends or interest on deposits until the position is rectified".

Sacco managers, however, warned that the rule could squeeze lending to farmers and small businesses, who rely heavily on the societies for credit.

Beatrice Auma Owino, chief executive of the Kenya Union of Savings Societies, said the timeline was too tight.

"Nobody is arguing against liquidity. But asking Saccos to move from eight to 12 per cent in six months means they will stop lending. Members will suffer," Ms Owino said.

She proposed a phased approach: "Give us three years, moving two percentage points a year, and the sector will comply without disruption."

Mr Rono said the board would consider all submissions before the rules are gazetted, but insisted that the higher threshold was "non-negotiable".

Data from the board shows that the 176 deposit-taking Saccos held combined deposits of Sh712 billion at the end of December, with loans accounting for about 89 per cent of that amount.

Yusuf Adan Warsame, an analyst at Nairobi-based investment bank Kilima Capital, said in a note to clients that the rule would "improve confidence in the sector in the medium term, even if loan growth slows in the short run".

The public has until April 30 to submit comments on the draft.""",
        [
            ("The events of last year", "Daniel Kiprotich Rono"),
            ("When members came for their", "Daniel Kiprotich Rono"),
            ("shall not declare dividends or", "Co-operative Savings Oversight Board"),
            ("Nobody is arguing against liquidity.", "Beatrice Auma Owino"),
            ("Give us three years, moving", "Beatrice Auma Owino"),
            ("non-negotiable", "Daniel Kiprotich Rono"),
            ("improve confidence in the sector", "Yusuf Adan Warsame"),
        ],
    ),
    (
        """By Patricia Nabwire Akello

A former procurement officer in Buvuma District Local Government has been remanded to Luzira prison over the alleged loss of Shs1.2 billion meant for the construction of two seed schools.

Isaac Mugerwa Kato, 46, appeared before Anti-Corruption Court Chief Magistrate Agnes Nalubega Tusiime on Monday, where he was charged with abuse of office, causing financial loss and forgery.

According to the charge sheet filed by the State Integrity Directorate, Kato, between July and December 2022, "knowingly awarded contracts to companies which had not participated in the bidding process" and forged minutes of the contracts committee.

He denied all the charges.

Through his lawyer, Mr Frederick Lubega Ochen, Kato applied for bail, citing his poor health and his responsibility for eight children.

"My client has a known place of abode, substantial sureties are in court, and he has never attempted to interfere with investigations," Ochen told court.

But State Attorney Winnie Atim Nakato opposed the application, arguing that key witnesses were still working at the district headquarters.

"The accused was their supervisor. If released now, there is a real risk that he will interfere with witnesses who are junior to him," she said.

The magistrate agreed with the prosecution. She said the court was "not satisfied that the sureties presented have sufficient control over the accused" and remanded him until February 27.

In a statement released after the hearing, the State Integrity Directorate said investigations into the matter had been going on since last year and that "more officials are likely to be charged as the inquiry progresses".

Residents of Buvuma who travelled to Kampala to attend the hearing said the two schools, which were supposed to be completed in 2023, remain roofless.

"Our children study under trees while someone is eating the money," said one resident, who declined to be named.""",
        [
            ("knowingly awarded contracts to companies", "State Integrity Directorate"),
            ("My client has a known", "Frederick Lubega Ochen"),
            ("The accused was their supervisor.", "Winnie Atim Nakato"),
            ("not satisfied that the sureties", "Agnes Nalubega Tusiime"),
            ("more officials are likely to", "State Integrity Directorate"),
            ("Our children study under trees", "resident"),
        ],
    ),
    (
        """Mwanza. Police in Mwanza Region have blocked a planned rally by the opposition Chama cha Haki na Maendeleo (Chahama), citing intelligence reports of a possible breach of peace.

The rally, dubbed "Sauti ya Wananchi" and scheduled for Saturday at Furahisha grounds, was to be addressed by the party's national chairman, Mr Elias Makoye Lugembe.

In a letter to the party dated Wednesday, the Mwanza Regional Police Commander, ACP Juma Hamisi Mtambo, said the police had received information that "groups intending to cause disturbance" planned to infiltrate the meeting.

"For that reason, the police have found it necessary to suspend the meeting until further notice in order to protect the safety of citizens and their property," reads part of the letter.

Speaking to The Citizen by phone, ACP Mtambo denied that the decision was politically motivated.

"The police do not belong to any party. Our duty is to keep the peace, and we will allow the meeting once we are satisfied that it is safe," he said.

But Mr Lugembe described the ban as "an old trick" used to weaken opposition parties ahead of the local government elections.

"Last month the ruling party held a rally at the same grounds and nobody talked about intelligence. Why is it that intelligence only appears when Chahama wants to meet the people?" he asked.

He said the party had complied with all requirements, including notifying the police seven days in advance as provided by law.

The party's secretary general, Ms Halima Rashid Nyanda, said its lawyers were studying the letter and would advise on "the next legal step".

Political analyst Dr Revocatus Mbonea Kisanga said: "When permits are refused repeatedly, citizens begin to lose faith that the playing field is level. The police must explain their decisions with facts."

Mr Lugembe urged party supporters to remain calm. "We are not going to fight the police. We will fight this through the courts and through the ballot," he said.""",
        [
            ("groups intending to cause disturbance", "Juma Hamisi Mtambo"),
            ("For that reason, the police", "Juma Hamisi Mtambo"),
            ("The police do not belong", "Juma Hamisi Mtambo"),
            ("an old trick", "Elias Makoye Lugembe"),
            ("Last month the ruling party", "Elias Makoye Lugembe"),
            ("the next legal step", "Halima Rashid Nyanda"),
            ("When permits are refused repeatedly,", "Revocatus Mbonea Kisanga"),
            ("We are not going to", "Elias Makoye Lugembe"),
        ],
    ),
]
