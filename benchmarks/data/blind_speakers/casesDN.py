CASES = [
    (
        """Former logistics chief jailed over inflated accounts

Helsinki District Court on Thursday sentenced the former chief executive of Vantaa-based logistics firm Kivirasti to two years and four months in prison for aggravated accounting offences and aggravated fraud.

The court found that Teemu Halkola-Saarinen, 54, had deliberately inflated the company's revenue figures between 2019 and 2022 in order to secure bank loans worth some 11 million euros.

According to the ruling, Halkola-Saarinen "acted systematically and in full awareness" of the consequences of the false figures he submitted to lenders. The court also ordered him to pay about 3.2 million euros in damages to two creditor banks and imposed a five-year business ban.

Halkola-Saarinen's lawyer, Riikka Vuorensola, told Yle that her client intends to appeal.

"The court has placed far too much weight on the testimony of a single former employee. We are confident the Court of Appeal will view the evidence differently," Vuorensola said.

Prosecutor Antti Mäkelä-Ruotsi had sought a three-year sentence. Speaking to reporters outside the courthouse, he said he was broadly satisfied with the outcome.

"The essential thing is that the court accepted our account of the facts," Mäkelä-Ruotsi said. "Whether the sentence is long enough is something we will consider over the coming weeks."

Bankruptcy left 180 without work

Kivirasti filed for bankruptcy in spring 2023, leaving around 180 employees out of work and dozens of subcontractors with unpaid invoices. The administrator of the bankruptcy estate, lawyer Helena Ojaranta, said in a written statement that claims against the firm's former management were still being examined.

"The judgement is important for the estate, as it confirms that the company's financial position was misrepresented over several years," the statement read.

One former warehouse supervisor, who testified during the trial, told Yle that staff had been kept in the dark until the very end.

"We were told every week that a big new contract was about to be signed. Then one Monday the gates were simply locked," he said.

The case has prompted wider debate about how Finnish banks check the accounts of mid-sized borrowers. In a report published in October, the industry body Finnish Lenders' Association admitted that its members had at times "relied too heavily on unaudited interim figures" when granting credit.

The association's managing director, Sari Kontiolahti, said on Thursday that new guidelines on verifying borrowers' figures would be introduced early next year.""",
        [
            ("acted systematically and in full", "Helsinki District Court"),
            ("The court has placed far", "Riikka Vuorensola"),
            ("The essential thing is that", "Antti Mäkelä-Ruotsi"),
            ("Whether the sentence is long", "Antti Mäkelä-Ruotsi"),
            ("The judgement is important for", "Helena Ojaranta"),
            ("We were told every week", "former warehouse supervisor"),
            ("relied too heavily on unaudited", "Finnish Lenders' Association"),
        ],
    ),
    (
        """Coalition partners at odds over proposed bank levy

The junior coalition partner is demanding changes to a proposed temporary levy on bank profits, with its chair warning that the bill in its current form would not pass the Riigikogu.

Minister of Finance Rasmus Kaljuvee (Liberal) presented the draft to the government on Thursday. Under the plan, credit institutions would pay an additional 12 percent on profits exceeding their five-year average, raising an estimated €90 million a year for defense spending.

Speaking to ERR News after the cabinet meeting, Kaljuvee described the levy as “a fair contribution at a time when every euro counts.”

“Banks in Estonia have earned record profits for three consecutive years, largely thanks to interest rates they had no hand in setting,” the minister said. “It is reasonable to ask them to share some of that windfall.”

Green Renewal chair Kadri Orusaar, whose party holds 14 seats in the 101-seat chamber, said her faction would not support the bill unless part of the money was directed toward regional development.

“We agreed to a defense-first budget, but we did not agree to a budget that forgets everyone outside Tallinn and Tartu,” Orusaar told ERR's evening news broadcast.

She added that talks with the Liberals were “ongoing, but not yet productive.”

The Baltic Lending Council, which represents banks operating in Estonia, sent a letter to the Ministry of Finance on Wednesday warning that the levy would “inevitably be passed on to borrowers” in the form of higher loan margins.

The letter continued: “The proposed measure is retroactive in spirit, if not in form. It punishes institutions for profits earned under rules that were in force at the time.

“We urge the government to withdraw the draft and to begin a proper consultation with the sector before any decision is made.”

The opposition has seized on the dispute. Homeland Alliance MP Tõnis Rebaste said the coalition was “running out of road” barely a year into its term.

“This is a government that cannot agree on its own flagship bill. Voters will draw their own conclusions,” Rebaste said.

According to figures from the finance ministry, the three largest banks operating in Estonia earned a combined net profit of more than €700 million last year.

A spokesperson for the Government Office said the prime minister expected the coalition partners to reach an agreement before the bill's first reading, scheduled for early March.""",
        [
            ("a fair contribution at a", "Rasmus Kaljuvee"),
            ("Banks in Estonia have earned", "Rasmus Kaljuvee"),
            ("It is reasonable to ask", "Rasmus Kaljuvee"),
            ("We agreed to a defense-first", "Kadri Orusaar"),
            ("ongoing, but not yet", "Kadri Orusaar"),
            ("inevitably be passed on to", "Baltic Lending Council"),
            ("The proposed measure is retroactive", "Baltic Lending Council"),
            ("We urge the government to", "Baltic Lending Council"),
            ("running out of road", "Tõnis Rebaste"),
            ("This is a government that", "Tõnis Rebaste"),
        ],
    ),
    (
        """Freight operator posts record loss as transit slump deepens

State-owned rail freight company Baltic Cargo Lines (BCL) ended last year with a loss of 41.6 million euros, the largest in its history, according to unaudited results published April 9.

The company's board chairman, Kārlis Vītoliņš, told Latvian Radio that the figures were "painful but not unexpected" given the collapse in eastbound transit volumes.

"We have lost more than 70 percent of our cargo base in four years. No company in the world can absorb that without consequences," Vītoliņš said.

BCL transported 6.9 million tonnes of freight last year, down from 9.4 million tonnes a year earlier. The company has already cut around 1,100 jobs since 2022 and plans to shed a further 400 by the end of this year. It also intends to sell its wagon repair subsidiary SIA "Rēzeknes Vagonu Serviss".

Transport Minister Anita Zariņa-Kalniņa said the government would not allow the company to become insolvent, but that any further state support would come with strict conditions.

"The days of open-ended bailouts are over. Any money from the budget will be tied to a clear restructuring plan with measurable targets," the minister told reporters after the Cabinet meeting on Tuesday.

Zariņa-Kalniņa also confirmed that the ministry was considering merging BCL with the state rail infrastructure manager, a move she described as "logical in the long term."

The National Audit Board, in its report "Rails Without Cargo" published in February, concluded that the company's management had "failed to adapt its business model" to changing trade flows and had spent 14 million euros on rolling stock that was never put into service.

Opposition lawmakers have called for the entire board to be dismissed. Saeima deputy Edgars Lapsiņš of the opposition National Progress party said the results were "the predictable outcome of years of wishful thinking."

"Everyone could see the cargo flows drying up. The only people who could not see it were sitting in the boardroom," Lapsiņš said.

The Latvian Railway Workers' Union said it would resist further job cuts unless they were accompanied by "a proper social plan."

In a statement, the union said: "Workers have already paid for the mistakes of management. We will not accept a second round of redundancies on the same terms."

BCL's supervisory council is due to discuss the restructuring plan at the end of April, after which it will be submitted to the government for approval.""",
        [
            ("painful but not unexpected", "Kārlis Vītoliņš"),
            ("We have lost more than", "Kārlis Vītoliņš"),
            ("The days of open-ended bailouts", "Anita Zariņa-Kalniņa"),
            ("logical in the long", "Anita Zariņa-Kalniņa"),
            ("failed to adapt its business", "National Audit Board"),
            ("the predictable outcome of years", "Edgars Lapsiņš"),
            ("Everyone could see the cargo", "Edgars Lapsiņš"),
            ("a proper social plan", "Latvian Railway Workers' Union"),
            ("Workers have already paid for", "Latvian Railway Workers' Union"),
        ],
    ),
    (
        """VILNIUS (BNS) – The Kaunas Regional Court on Tuesday found former Žiemupė District mayor Arvydas Keturakis guilty of accepting a 60,000-euro bribe in exchange for steering a municipal road-repair contract to a local construction company.

The court sentenced Keturakis to four years in prison, suspended for three years, fined him 45,000 euros and barred him from holding public office for five years.

Handing down the verdict, Judge Laima Stonkutė-Rimšienė said the evidence gathered during the investigation, including covert audio recordings, left “no reasonable doubt” about the former mayor's guilt.

“The defendant used his position not to serve the residents of the district but to serve himself and his business acquaintances,” the judge said.

Saulius Dambrava, the owner of construction firm Kelių Meistrai, was fined 30,000 euros for giving the bribe, while his company was ordered to pay 80,000 euros.

According to the indictment, Keturakis met Dambrava in a car park outside a shopping centre in Kaunas in October 2021 and received the cash in an envelope. In one of the recordings played in court, the mayor can be heard telling the businessman that “everything will be arranged, just be patient.”

Keturakis, who has denied wrongdoing throughout the trial, told journalists after the hearing that he would appeal to the Court of Appeal of Lithuania.

“I have never taken a single cent from anyone. This whole case was built on provocation,” he said. “I believe the higher court will look at the facts without prejudice.”

Prosecutor Tomas Vaišnoras said the prosecution was satisfied that the court had upheld all the charges, but would consider whether to appeal against the suspended sentence.

“For a crime of this kind, committed by the highest official of a municipality, a real prison term would have been appropriate,” Vaišnoras told BNS.

Keturakis was elected mayor in 2019 as a candidate of the Regional Renewal Union and was suspended from office after his detention in March 2022. The party expelled him the same month, saying in a statement that it had “zero tolerance for corruption.”

The current mayor of Žiemupė, Ingrida Vėjelienė, said the municipality would file a civil claim against both Keturakis and the construction company. The municipality “will seek to recover every euro lost to this scheme,” she said.

The road-repair contract, worth around 1.4 million euros, was later cancelled, and the works were re-tendered in 2023.""",
        [
            ("no reasonable doubt", "Laima Stonkutė-Rimšienė"),
            ("The defendant used his position", "Laima Stonkutė-Rimšienė"),
            ("everything will be arranged, just", "Arvydas Keturakis"),
            ("I have never taken a", "Arvydas Keturakis"),
            ("I believe the higher court", "Arvydas Keturakis"),
            ("For a crime of this", "Tomas Vaišnoras"),
            ("zero tolerance for corruption", "Regional Renewal Union"),
            ("will seek to recover every", "Ingrida Vėjelienė"),
        ],
    ),
    (
        """Fish farm fined ISK 95 million over escaped salmon

The Icelandic Aquaculture Inspectorate has fined fish farming company Fjarðalind ISK 95 million [$690,000; €640,000] after some 3,500 farmed salmon escaped from a damaged net pen in the Westfjords last autumn, RÚV reports. It is the highest fine ever imposed on a fish farm in Iceland.

In its decision, the inspectorate states that the company had been aware of damage to the net “for at least eleven days” before reporting it and had failed to carry out required underwater inspections.

“The company's internal controls were clearly inadequate, and the delay in notification made it significantly harder to limit the environmental impact,” the decision reads.

Fjarðalind's managing director, Kolbeinn Styrmisson, told RÚV that the company accepts responsibility for the escape but considers the fine disproportionate. The company is considering appealing the decision to the ministry.

“We made mistakes, and we have apologised for them. But this fine is far out of proportion to what happened, and it sends a strange signal to an industry that employs hundreds of people in the Westfjords,” Kolbeinn said.

Escaped farmed salmon were later caught in at least nine rivers in the northwest of the country, raising fears of genetic mixing with wild stocks. Ásdís Hrefnudóttir, chair of the Federation of Angling River Owners, called the fine “a start” but said it would do little to repair the damage.

“You cannot fine your way out of genetic pollution. Once those genes are in the wild population, they are there for good,” Ásdís said. “What we need is a complete ban on open-net farming in our fjords.”

Minister of Fisheries Gunnar Hólm Bjarkason told reporters at Alþingi on Tuesday that a bill on the future of aquaculture would be presented this spring and that it would include “considerably stricter” rules on inspections and reporting.

“I understand the anger in rural communities and among anglers. This bill will make it clear that there are real consequences when companies do not follow the rules,” Gunnar said.

Opposition MP Þórhildur Vagnsdóttir of the Progressive Greens said the minister's response came “years too late” and accused the government of putting the interests of foreign-owned companies ahead of Icelandic nature.

Fjarðalind, which operates farms in three fjords, produced around 18,000 tonnes of salmon last year. The company has four weeks to decide whether to appeal.""",
        [
            ("for at least eleven days", "Icelandic Aquaculture Inspectorate"),
            ("The company's internal controls were", "Icelandic Aquaculture Inspectorate"),
            ("We made mistakes, and we", "Kolbeinn Styrmisson"),
            ("a start", "Ásdís Hrefnudóttir"),
            ("You cannot fine your way", "Ásdís Hrefnudóttir"),
            ("What we need is a", "Ásdís Hrefnudóttir"),
            ("considerably stricter", "Gunnar Hólm Bjarkason"),
            ("I understand the anger in", "Gunnar Hólm Bjarkason"),
            ("years too late", "Þórhildur Vagnsdóttir"),
        ],
    ),
    (
        """HELSINKI (STT) – Forest industry company Pohjoisvirta Paper said on Monday it plans to permanently shut down its Harjunsalmi mill in Central Finland, putting up to 320 jobs at risk.

In a stock exchange release, the company said demand for graphic paper had "declined structurally and irreversibly" in Europe and that the mill had been loss-making for six consecutive quarters.

Change negotiations with staff will begin next week and are expected to last at least six weeks.

"This is an extremely difficult decision, and it has not been taken lightly," President and CEO Ville-Pekka Raudasoja said in the release. "Harjunsalmi has a skilled and committed workforce, but we simply do not see a viable future for graphic paper production at the site."

The company said it would offer a support programme for affected employees, including retraining and the possibility of transferring to its other units in Finland.

Tuomas Heinämaa-Kotila, chief shop steward at the mill, said the news had come as a shock to workers, many of whom had spent their entire careers at Harjunsalmi.

"People went home today not knowing how they will pay their mortgages. Some families have three generations working here," Heinämaa-Kotila told STT.

He said the union would push for the company to consider selling the mill rather than closing it.

"There are buyers interested in converting the site. Management should at least talk to them before pulling the plug," he said.

Harjunsalmi municipal manager Eeva Lounatvuori said the closure would be "a heavy blow" to the town of 9,000 people, where the mill is by far the largest private employer and a major source of tax revenue.

"We have known for years that the paper industry is in decline, but knowing it and seeing it happen are two very different things," she said.

Minister of Employment Jari-Matti Otsonen said the government was ready to designate the area as a region of sudden structural change, which would open up additional funding for retraining and business development.

"The state will not leave Harjunsalmi alone with this. We will sit down with the municipality and the company this week," Otsonen said in a written comment to STT.

The Harjunsalmi mill has an annual production capacity of around 280,000 tonnes of coated paper. Pohjoisvirta closed a smaller paper machine at the same site in 2021.

Pohjoisvirta's shares fell 3.1 percent in Helsinki trading on Monday.""",
        [
            ("declined structurally and irreversibly", "Pohjoisvirta Paper"),
            ("This is an extremely difficult", "Ville-Pekka Raudasoja"),
            ("Harjunsalmi has a skilled and", "Ville-Pekka Raudasoja"),
            ("People went home today not", "Tuomas Heinämaa-Kotila"),
            ("There are buyers interested in", "Tuomas Heinämaa-Kotila"),
            ("a heavy blow", "Eeva Lounatvuori"),
            ("We have known for years", "Eeva Lounatvuori"),
            ("The state will not leave", "Jari-Matti Otsonen"),
        ],
    ),
    (
        """Circuit court upholds sanctions conviction against Tallinn logistics firm

The Tallinn Circuit Court has upheld a lower court's ruling convicting logistics company Nordkai Logistics and its owner of breaching EU sanctions by shipping machine tool components to Russia through third countries.

Harju County Court in June last year sentenced company owner Aivar Meremäe to three years in prison, of which he must serve eight months, with the remainder suspended on probation. The company was fined €400,000, and goods worth some €1.7 million were confiscated.

In its ruling published Tuesday, the circuit court found that the county court had “correctly assessed the evidence” and that there was no basis to reduce the sentence.

“The defendant knew, or at the very least had to know, that the final recipient of the goods was located in the Russian Federation,” the ruling states. “Routing the shipments through Kazakhstan and Armenia does not alter this conclusion, but rather confirms it.”

During the trial, prosecutors presented emails showing that Meremäe had instructed employees to remove references to Russian buyers from shipping documents. In one message, sent in March 2023, he wrote that the paperwork should “say Almaty and nothing else.”

Meremäe's attorney, Ragnar Tõnisson-Vaher, said his client would take the case to the Supreme Court.

“The circuit court has essentially repeated the reasoning of the first-instance court without engaging with our arguments on the technical classification of the goods,” Tõnisson-Vaher told ERR News. “Most of these components are not dual-use items at all.”

State Prosecutor Kristel Laanepõld welcomed the ruling, saying that it sent “a clear message” to businesses that might be tempted to look for loopholes.

“Sanctions are not a formality. Those who help supply the Russian war machine will be held accountable, regardless of how many intermediaries they use,” Laanepõld said.

Nordkai Logistics, which had annual revenue of around €6 million before the case, has since ceased most of its operations. Two of its former employees, who cooperated with investigators, received suspended sentences in a separate procedure last year.

More than 40 criminal cases involving suspected sanctions violations are currently being investigated in Estonia, according to the Prosecutor's Office.

The ruling can be appealed to the Supreme Court within 30 days.""",
        [
            ("correctly assessed the evidence", "Tallinn Circuit Court"),
            ("The defendant knew, or at", "Tallinn Circuit Court"),
            ("Routing the shipments through Kazakhstan", "Tallinn Circuit Court"),
            ("say Almaty and nothing", "Aivar Meremäe"),
            ("The circuit court has essentially", "Ragnar Tõnisson-Vaher"),
            ("Most of these components are", "Ragnar Tõnisson-Vaher"),
            ("a clear message", "Kristel Laanepõld"),
            ("Sanctions are not a formality", "Kristel Laanepõld"),
        ],
    ),
    (
        """Riga mayor faces no-confidence vote over tram tender

Twenty-one members of the Riga City Council on Monday submitted a motion of no confidence in Mayor Ivars Stūrmanis, accusing him of mismanaging a 190-million-euro tender for new trams.

The motion, drafted by the opposition Civic Alliance faction and backed by deputies from three other factions, is expected to be put to a vote at an extraordinary council session on Thursday. The council has 60 members, so 31 votes are needed to remove the mayor.

The dispute centres on the city's decision last year to award the contract for 40 low-floor trams to a consortium led by Vektra Rail, despite a lower bid from a rival group. Critics have since dubbed the project the "golden tram".

In the motion, Civic Alliance writes that the mayor "ignored the warnings of his own procurement specialists" and "misled the council about the true cost of the project."

Stūrmanis rejected the accusations at a press conference on Monday afternoon.

"The tender was conducted in full compliance with the law. Every step was checked by independent lawyers and by the city's internal audit department," Stūrmanis said.

"What we are seeing is not concern about trams. It is the beginning of the election campaign, and some people simply cannot wait until the voters have their say."

Civic Alliance faction leader Līga Ozolkalne told Latvian Radio that the mayor had "run out of explanations."

"For months we have asked for the full cost calculations, and for months we have received nothing but excuses. Riga deserves a mayor who is honest with its residents," Ozolkalne said.

The outcome of the vote may depend on the Green Latvia Union, a member of the ruling coalition, two of whose deputies have signed the motion. In a statement on Monday, the party said it had "not yet taken a final decision" on how its remaining four deputies would vote.

The board of municipal transport company Rīgas Pilsētas Transports, which is to operate the new trams, sent a letter to the council last week warning that any further delay to the project "could jeopardise EU co-financing worth 72 million euros."

The first of the new trams were due to enter service on Riga's streets in 2026.

If the motion passes, the council will have to elect a new mayor within a month. If it fails to do so, the Ministry of Smart Administration and Regional Development could propose dissolving the council.""",
        [
            ("ignored the warnings of his", "Civic Alliance"),
            ("misled the council about the", "Civic Alliance"),
            ("The tender was conducted in", "Ivars Stūrmanis"),
            ("What we are seeing is", "Ivars Stūrmanis"),
            ("run out of explanations", "Līga Ozolkalne"),
            ("For months we have asked", "Līga Ozolkalne"),
            ("not yet taken a final", "Green Latvia Union"),
            ("could jeopardise EU co-financing worth", "Rīgas Pilsētas Transports"),
        ],
    ),
]
