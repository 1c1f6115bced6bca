CASES = [
    (
        """MANILA, Philippines — A senator on Tuesday accused flood control officials of "looking the other way" while a private contractor collected P1.2 billion for dredging works in Pampanga that residents say were never finished.

At the resumption of the Senate inquiry into flood mitigation projects in Central Luzon, Sen. Rodolfo "Dodong" Villaraza grilled officials of the National Flood Control Authority (NFCA) over accomplishment reports that declared the San Isidro River channel fully dredged as early as March last year.

"How can a river be 100 percent dredged when the barangay captain is still wading through floodwater up to his chest?" Villaraza asked. "Somebody signed these papers, and I want to know who."

NFCA deputy administrator Emmanuel Sarmiento told the panel the agency had stopped all payments to the contractor, Golden Delta Builders Inc., pending a special audit.

"We are not here to defend anyone. If our engineers falsified the accomplishment reports, they will be charged," Sarmiento said.

He added that three district engineers had been placed under preventive suspension and that the agency had asked investigators to examine "the documents and signatures on file."

Lawyer Cristina Almazan-Reyes, counsel for Golden Delta, denied that her client had been paid for work it did not do.

"My client delivered what the contract required. The silt came back because of two typhoons, not because of fraud," she told reporters after the hearing.

Almazan-Reyes said the company would submit drone footage and barge logs to the committee within the week.

Residents who attended the hearing were unconvinced. Ligaya Manalastas, 54, a fish vendor from Barangay Sta. Cruz, said the water had "never really left" their street since the rainy season began.

"We were told the river was fixed. Nobody came to dredge. We only saw the signboard," she said in Filipino.

Outside the Senate building, about two dozen residents held placards reading "Ibalik ang pera ng bayan" (Return the people's money).

In a letter to the committee dated Sept. 2, the Pampanga Provincial Board said it had raised concerns about the project as early as 2022 but "received no reply from any national office."

Villaraza said the committee would issue subpoenas to the owners of Golden Delta and to the bank that handled its payments.

"We will follow the money wherever it goes," he said. "If it ends up in the pockets of public officials, then this committee will say so in its report."

The hearing will resume next Tuesday.""",
        [
            ("looking the other way", "Rodolfo Villaraza"),
            ("How can a river be", "Rodolfo Villaraza"),
            ("Somebody signed these papers, and", "Rodolfo Villaraza"),
            ("We are not here to", "Emmanuel Sarmiento"),
            ("the documents and signatures on", "Emmanuel Sarmiento"),
            ("My client delivered what the", "Cristina Almazan-Reyes"),
            ("never really left", "Ligaya Manalastas"),
            ("We were told the river", "Ligaya Manalastas"),
            ("received no reply from any", "Pampanga Provincial Board"),
            ("We will follow the money", "Rodolfo Villaraza"),
            ("If it ends up in", "Rodolfo Villaraza"),
        ],
    ),
    (
        """KUALA LUMPUR: Former state executive councillor Datuk Seri Hamdan Yusof has been ordered to enter his defence on three counts of accepting RM2.4mil in bribes over the award of a coastal land reclamation project.

High Court judge Datuk Noraini Abdul Latiff ruled on Monday (Sept 8) that the prosecution had established a prima facie case against Hamdan at the close of its case.

"After a maximum evaluation of the evidence, I find that the prosecution has proven every ingredient of the offences," she said in her decision.

Justice Noraini said the testimony of the 23rd prosecution witness, a former director of the contractor, was "consistent, detailed and corroborated by the bank records tendered".

She added that the defence's claim that the payments were political donations "cannot be accepted at this stage" as no receipts or party records had been produced.

Hamdan, 61, who wore a dark grey suit, elected to give sworn evidence from the witness stand.

He is accused of receiving the money through two nominee companies from Teguh Samudera Sdn Bhd between June 2017 and January 2018 in exchange for recommending the firm for the reclamation works off Tanjung Kelumpang.

The offences carry a jail term of up to 20 years and a fine of not less than five times the amount of the bribe or RM10,000, whichever is higher, upon conviction.

Deputy public prosecutor Nur Syazwani Kamarudin told the court the prosecution had no objection to the defence's request for more time to prepare.

Lead counsel Sarjit Singh Bains said the defence intended to call at least seven witnesses, including two former state assemblymen.

"We respect the court's decision, but our client maintains his innocence. The full story will come out when he takes the stand," he told reporters outside the courtroom.

When asked whether any serving political leaders would be called as witnesses, Sarjit said: "We will not reveal our list at this point. You will see them in court."

In a statement later, Parti Kesatuan Insan Nasional (Kesan), which Hamdan left in 2021, said it "has no connection with the case and will not comment on matters before the court".

Justice Noraini fixed Oct 20 to 24 for the defence trial and allowed Hamdan's bail of RM500,000 with two sureties to be extended.

"I will clear my name," Hamdan said briefly as he left the court complex, flanked by his wife and two sons.""",
        [
            ("After a maximum evaluation of", "Noraini Abdul Latiff"),
            ("consistent, detailed and corroborated by", "Noraini Abdul Latiff"),
            ("cannot be accepted at this", "Noraini Abdul Latiff"),
            ("We respect the court's decision,", "Sarjit Singh Bains"),
            ("We will not reveal our", "Sarjit Singh Bains"),
            ("has no connection with the", "Parti Kesatuan Insan Nasional"),
            ("I will clear my name,", "Hamdan Yusof"),
        ],
    ),
    (
        """SINGAPORE – A former finance director who siphoned more than $860,000 from a marine supplies company to feed his online gambling habit was sentenced to four years and nine months’ jail on Thursday.

Lim Kah Seng, 52, pleaded guilty in July to six counts of criminal breach of trust as a servant. Another 14 charges were taken into consideration for sentencing.

Between 2019 and 2023, Lim made 37 unauthorised transfers from the accounts of Bayshore Marine Supplies to bank accounts he controlled, the court heard. He disguised the transfers as payments to suppliers in Batam and Johor.

The offences came to light in March 2023, when the company’s new auditors flagged discrepancies in its accounts payable. Lim resigned the following week.

Deputy Public Prosecutor Goh Wei Ming sought at least five years’ jail, noting that Lim had made no restitution.

“The accused abused the complete trust placed in him by the company’s founders, who gave him sole signing authority for payments below $50,000,” said DPP Goh.

He added that Lim had “deliberately structured” the transfers to stay below that threshold.

In mitigation, Lim’s lawyer, Mr Benedict Chua, said his client had been battling a gambling addiction since the death of his wife in 2018 and was now undergoing counselling.

Mr Chua said: “My client is deeply remorseful. He has sold his flat and intends to repay the company whatever he can.”

He asked for a sentence of not more than three years and six months.

In a letter tendered to the court, Bayshore’s managing director, Mr Ernest Pereira, wrote that the losses had forced the family-run firm to delay salaries for two months in 2023.

“Many of our staff have been with us for more than 20 years. They paid the price for what he did,” the letter said.

In sentencing, District Judge Tan Mei Ling said gambling addiction was not a mitigating factor where the offender had made a deliberate choice to take money that was not his.

She said: “The accused held a position of considerable trust, and he exploited it over a sustained period of four years. The sentence must reflect both the scale of the losses and the need to deter others in similar positions.”

The judge noted, however, that Lim had pleaded guilty at an early stage and had no previous convictions.

For each count of criminal breach of trust as a servant, Lim could have been jailed for up to 15 years and fined.

He is expected to begin serving his sentence on Oct 6.""",
        [
            ("The accused abused the complete", "Goh Wei Ming"),
            ("deliberately structured", "Goh Wei Ming"),
            ("My client is deeply remorseful.", "Benedict Chua"),
            ("Many of our staff have", "Ernest Pereira"),
            ("The accused held a position", "Tan Mei Ling"),
        ],
    ),
    (
        """JAKARTA — Cracks have emerged in the ruling coalition over a government-backed bill that would scrap direct elections for regents and mayors, with lawmakers from two coalition parties saying they will not support the bill in its current form.

The bill, submitted to the House of Representatives in July, would return the power to elect regional heads to regional legislative councils (DPRD), a system Indonesia abandoned in 2005.

Government officials have argued that direct regional elections are costly and breed corruption, as candidates spend heavily on campaigns and later seek to recoup their money once in office.

But Rahmat Hidayatullah, deputy chair of the Nusantara Work Party (PKN), said on Wednesday that his faction would "not give a blank check" to the government.

"The people have grown used to choosing their own leaders. Taking that right away without a serious public consultation would be a political mistake," Rahmat told reporters at the House complex in Senayan, Central Jakarta.

Another coalition lawmaker, Sri Wahyuningsih of the Indonesian Democratic Union Party (PPDI), said her party wanted the bill to include a clause allowing direct elections to continue in regions that "demonstrate fiscal capacity and clean governance".

Presidential spokesperson Dimas Prasetyo defended the plan in a written statement on Tuesday.

"This is not about taking away anyone's rights. It is about ending an electoral system that has sent hundreds of regional heads to prison," Dimas said.

Analysts were skeptical. Titi Kusumawardani, a researcher at the Jakarta-based Center for Electoral Integrity Studies (PSIP), said the corruption argument did not hold up.

"Corruption happens because of weak oversight and party financing, not because voters go to the ballot box. If anything, letting DPRD members pick regional heads will only move the vote buying from the streets into hotel rooms," she said.

Titi said indirect elections in the 1999-2004 period had been marked by "widespread transactional politics" between candidates and council members, many of whom were later prosecuted.

Student groups have threatened to take to the streets. On Wednesday, around 200 students from several universities gathered in front of the House compound, carrying banners that read "Kembalikan Suara Rakyat" (Return the People's Voice).

"We will come back with more people if the House keeps ignoring us," said Fadli, a student coordinator from a private university in Bogor, West Java.

Yudhistira Hasan, who chairs the House commission overseeing regional governance, said deliberations would continue and that the commission had "not yet set a date" for a plenary vote.""",
        [
            ("not give a blank check", "Rahmat Hidayatullah"),
            ("The people have grown used", "Rahmat Hidayatullah"),
            ("demonstrate fiscal capacity and clean", "Sri Wahyuningsih"),
            ("This is not about taking", "Dimas Prasetyo"),
            ("Corruption happens because of weak", "Titi Kusumawardani"),
            ("widespread transactional politics", "Titi Kusumawardani"),
            ("We will come back with", "Fadli"),
            ("not yet set a date", "Yudhistira Hasan"),
        ],
    ),
    (
        """By Ramon Q. Esguerra

Silangan Power Corp. plans to raise up to P18 billion through a retail bond offering to partly finance its liquefied natural gas (LNG) plant in Batangas, as the listed energy firm races to meet a 2027 commissioning deadline.

In a disclosure to the stock exchange on Monday, the company said the bonds would be issued in two tranches with tenors of five and seven years, and that part of the proceeds would be used to "refinance existing short-term obligations."

Silangan president and chief executive Jose Antonio Villacorta said the offer was aimed at small investors.

"The LNG plant is the single biggest investment in our history, and we want ordinary Filipinos to have a stake in it," Villacorta said at a briefing in Makati City.

He said the 1,100-megawatt facility was 62 percent complete as of end-August, with the first gas turbine expected to arrive from South Korea in November.

Chief financial officer Margarita de Guzman-Tiu said the company's debt-to-equity ratio would remain "well within" its loan covenants after the offering.

"We have been very disciplined. Even at the peak of construction, our net debt will stay below 2.5 times earnings," she said.

Silangan's net income fell 14 percent to P3.6 billion in the first half, as higher fuel costs offset a 9-percent rise in electricity sales, the company earlier reported.

First Archipelago Capital Corp. and Banyan Securities Inc. were tapped as joint lead underwriters. The offer period is scheduled to run from Oct. 6 to Oct. 17, subject to regulatory approval.

Analysts gave mixed reactions to the planned issuance.

"The yield will have to be attractive, because retail investors now have a lot of options, from government bonds to time deposits," said Patricia Ong, research head at Tanglaw Equities Inc.

Another analyst, who requested anonymity because he was not authorized to speak to the media, said the timing was "a bit risky" given the expected wave of corporate bond issuances before the end of the year.

Shares of Silangan closed 1.8 percent lower at P14.20 apiece on Monday.

Villacorta brushed aside concerns over delays that have hounded similar projects in the region.

"We are confident of completing the plant on schedule, barring another typhoon season like last year's," he said.""",
        [
            ("refinance existing short-term obligations", "Silangan Power Corp."),
            ("The LNG plant is the", "Jose Antonio Villacorta"),
            ("well within", "Margarita de Guzman-Tiu"),
            ("We have been very disciplined.", "Margarita de Guzman-Tiu"),
            ("The yield will have to", "Patricia Ong"),
            ("a bit risky", "analyst"),
            ("We are confident of completing", "Jose Antonio Villacorta"),
        ],
    ),
    (
        """ALOR SETAR, Sept 15 — The Kedah opposition has demanded that the state government freeze a proposed 22 per cent increase in domestic water tariffs, saying households in rural districts are already struggling with rising living costs.

State opposition leader Datuk Zulkarnain Mohd Isa said the increase, announced last week by water operator Syarikat Bekalan Air Utara Bhd (SBAU), was "the wrong move at the worst possible time".

"Padi farmers in Kubang Pasu and Pendang have just gone through a season of poor harvests. Now they are being told to pay more for water that, in many villages, still comes out brown from the tap.

"The state government must explain why consumers should pay for decades of poor maintenance by the operator," he told a press conference at the state opposition office here today.

Zulkarnain said the opposition would table an emergency motion at the next sitting of the state legislative assembly in November to defer the increase for at least two years.

SBAU, in a statement issued on Friday, said the revision was necessary as tariffs had not been adjusted since 2012 while its operational costs had "more than doubled".

The company said the new rates would still be "among the lowest in Peninsular Malaysia", and that households using less than 20 cubic metres a month would pay less than RM3 extra.

State executive councillor in charge of public utilities Razali Che Mat defended the increase, saying the state would use the additional revenue to replace 180km of ageing asbestos cement pipes.

"We understand the concerns of the people. But if we do not act now, the pipes will keep bursting and the people will suffer even more," he said when contacted.

He added: "The opposition knows very well that these pipes were laid long before this government took office."

Razali said non-revenue water in the state, mostly lost through leaks, stood at about 41 per cent last year, well above the national average.

Consumer group Persatuan Pengguna Kedah Utara said it was not opposed to a revision in principle but wanted guarantees that service would improve.

Its president, Muhammad Hafiz Ramli, said consumers had heard promises of better supply "every few years" without seeing results.

"Tariff hikes should come with a clear timeline for improvements, published and audited. Otherwise the people are just paying for the same old problems," he said.

The new tariffs are scheduled to take effect on Jan 1 next year.""",
        [
            ("the wrong move at the", "Zulkarnain Mohd Isa"),
            ("Padi farmers in Kubang Pasu", "Zulkarnain Mohd Isa"),
            ("The state government must explain", "Zulkarnain Mohd Isa"),
            ("more than doubled", "Syarikat Bekalan Air Utara Bhd"),
            ("among the lowest in Peninsular", "Syarikat Bekalan Air Utara Bhd"),
            ("We understand the concerns of", "Razali Che Mat"),
            ("The opposition knows very well", "Razali Che Mat"),
            ("every few years", "Muhammad Hafiz Ramli"),
            ("Tariff hikes should come with", "Muhammad Hafiz Ramli"),
        ],
    ),
    (
        """SINGAPORE – Employers who repeatedly pay their workers late could face fines of up to $20,000 per offence and be barred from hiring new foreign workers, under amendments to the Employment Act passed in Parliament on Sept 9.

Opening the debate on the Employment (Amendment) Bill, Minister of State for Manpower Sharon Goh said salary-related complaints had risen from about 5,800 in 2022 to more than 7,400 in 2024, with a small group of employers accounting for a disproportionate share.

“Most employers pay their workers correctly and on time. But for the minority who treat late payment as a way to manage their cash flow, the consequences must be real,” she said.

Under the changes, employers convicted of a second salary offence within five years will also be named on a public register maintained by the ministry.

Ms Goh said the register was meant to help jobseekers make “informed choices” about prospective employers.

Eleven MPs spoke on the Bill, which was passed with the support of all members present.

Mr Darren Koh (Bukit Tengah) asked whether the public register might unfairly punish small businesses that fell behind during a temporary downturn.

“A hawker stall owner who pays late once because of a family emergency is not the same as a company that does it deliberately, month after month,” he said.

In response, Ms Goh said the register would cover only repeat offenders, and that the ministry would take into account “genuine hardship” when deciding whether to prosecute.

Nominated MP Farah Iskandar, a labour law academic, welcomed the changes but said many low-wage migrant workers remained unaware of their rights.

She cited a 2024 survey by migrant worker charity Harbour Light Workers’ Centre, which found that one in five respondents had experienced salary delays of more than a month. The survey report said many workers “fear that complaining will cost them their jobs”.

Dr Farah said: “Penalties alone will not solve the problem if workers are too afraid to come forward. We need to make reporting simple, safe and available in their own languages.”

Ms Goh replied that workers can already file claims through a mobile app available in eight languages, and that the ministry would step up outreach at dormitories.

A spokesperson for the ministry said after the debate that the changes would take effect in the second half of 2026, to give employers time to adjust their payroll systems.

“We will work with the tripartite partners to issue guidelines before the new penalties kick in,” the spokesperson said.""",
        [
            ("Most employers pay their workers", "Sharon Goh"),
            ("informed choices", "Sharon Goh"),
            ("A hawker stall owner who", "Darren Koh"),
            ("genuine hardship", "Sharon Goh"),
            ("fear that complaining will cost", "Harbour Light Workers’ Centre"),
            ("Penalties alone will not solve", "Farah Iskandar"),
            ("We will work with the", "spokesperson for the ministry"),
        ],
    ),
    (
        """SEMARANG, Central Java — A commercial court in Semarang has declared textile maker PT Sinar Tenun Makmur Tbk bankrupt after the company failed to honor a debt restructuring plan, putting some 7,000 jobs at risk.

Presiding judge Bambang Sulistyo said in the ruling on Monday that the company had "clearly defaulted" on its obligations under a 2023 homologation agreement with its creditors.

"The debtor has failed to pay installments to its creditors for six consecutive months, and there is no credible evidence that it will be able to resume payments," the judge said as he read out the verdict.

The petition was filed in June by PT Bank Pesisir Nusantara, one of the company's largest creditors, which is owed Rp 1.3 trillion (US$80 million).

Yohanes Simanjuntak, a lawyer for the bank, said his client had given Sinar Tenun "more than enough time" to put its finances in order.

In a disclosure to the stock exchange on Tuesday, the company said it would file a cassation appeal with the Supreme Court.

"The company respects the court's decision, but believes that the verdict does not reflect its ongoing efforts to secure new investors," the statement read.

Hundreds of workers gathered outside the courthouse during the hearing, some carrying banners that read "Selamatkan pabrik kami" (Save our factory).

Subagyo, chairman of the company's workers union, said employees had received their August wages only "in half" and had not been told when the rest would be paid.

"We are not thinking about appeals or investors. We are thinking about whether we can feed our families next month," Subagyo said.

A senior labor official, who asked not to be named as he was not authorized to speak to the press, said the government would ensure that severance pay was prioritized when the company's assets were liquidated.

"Workers' rights come first in the distribution of assets. That is the law," the official said.

Hendra Kurniawan, chairman of the Indonesian Textile Producers Forum (FPTI), said the ruling reflected deeper problems in the industry, and estimated that "at least a dozen" other mills in Central and West Java were facing similar difficulties.

"This will not be the last. Cheap imports are killing the domestic industry, and the government has been too slow to act," Hendra said.

The court appointed two curators to manage the company's assets. Trading in Sinar Tenun shares has been suspended since May.""",
        [
            ("clearly defaulted", "Bambang Sulistyo"),
            ("The debtor has failed to", "Bambang Sulistyo"),
            ("more than enough time", "Yohanes Simanjuntak"),
            ("The company respects the court's", "PT Sinar Tenun Makmur Tbk"),
            ("in half", "Subagyo"),
            ("We are not thinking about", "Subagyo"),
            ("Workers' rights come first in", "senior labor official"),
            ("at least a dozen", "Hendra Kurniawan"),
            ("This will not be the", "Hendra Kurniawan"),
        ],
    ),
]
