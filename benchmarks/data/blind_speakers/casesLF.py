CASES = [
    (
        """Court orders revote at 14 polling stations in Sungai Lebar election

Rizky Pratama Halim
The Jakarta Post
Jakarta

The Constitutional Court on Wednesday ordered a revote at 14 polling stations in Sungai Lebar regency, Central Kalimantan, after finding that ballots had been punched in advance at several sites during November’s regional head election.

Reading the verdict, presiding justice Hendrawan Saputra said the court had found “convincing evidence” that ballots at the polling stations had been tampered with before voting began, but that the violations did not meet the threshold to annul the result across the regency.

“The court is of the opinion that the irregularities were confined to a limited number of polling stations and therefore do not justify a revote across the whole regency,” Hendrawan said.

The ruling is a partial victory for challenger Marlina Sitohang, who lost to incumbent regent Yohanes Rantung by just over 2,100 votes according to the official tally by the Sungai Lebar General Elections Commission (KPUD). Marlina’s legal team had asked the court to disqualify Yohanes, alleging that village heads had been mobilized to campaign for him.

The court rejected that request, saying the petitioner had failed to show that the alleged mobilization had affected the outcome.

Speaking outside the courtroom, Marlina’s lawyer, Benny Kurniadi Lubis, said his client accepted the ruling. “We did not get everything we asked for, but the court has acknowledged that something went wrong in Sungai Lebar. That is what matters to voters,” he told reporters.

Yohanes’ campaign team, Tim Pemenangan Sungai Lebar Maju, said in a statement that it respected the verdict and was confident of winning the revote. “The people of Sungai Lebar have already spoken once, and we believe they will speak again with the same voice,” the statement said.

The court gave the regional KPUD 30 days to hold the revote. Commissioner Agustinus Dambe said preparations would begin immediately, although he acknowledged that logistics would be difficult in some of the affected villages, which can be reached only by river.

“Some of these polling stations are six or seven hours by boat from the regency capital. We will need support from the police and the regional administration,” Agustinus said.

Titi Handayani of the election monitoring group Jaringan Pemilu Bersih (JPB) said the case should prompt the KPU to tighten the handling of ballot papers between printing and polling day.

“Ballots are still being stored in village offices and private homes for days before the vote. As long as that happens, this kind of case will keep coming back to the court,” she said.

The Sungai Lebar dispute is one of 41 regional election cases the court has heard this year. Of those, it has so far ordered revotes in six regions and dismissed 27, with the remainder to be decided by the end of the month.""",
        [
            ("convincing evidence", "Hendrawan Saputra"),
            ("The court is of the", "Hendrawan Saputra"),
            ("We did not get everything", "Benny Kurniadi Lubis"),
            ("The people of Sungai Lebar", "Tim Pemenangan Sungai Lebar Maju"),
            ("Some of these polling stations", "Agustinus Dambe"),
            ("Ballots are still being stored", "Titi Handayani"),
        ],
    ),
    (
        """'Amendments not meant to muzzle critics', says minister

By NURUL AIN HASHIM

KUALA LUMPUR: Proposed amendments to the Communications and Multimedia Act are aimed at curbing online scams and cyberbullying, not at silencing critics of the government, says Datuk Seri Azman Rashid Kamaruddin.

The Communications Minister, who was winding up debate on the Bill in the Dewan Rakyat on Tuesday (Nov 18), said claims by the Opposition that the amendments would be used against political opponents were "baseless and deliberately misleading".

"I want to say this clearly so that it is recorded in the Hansard. Not a single provision in this Bill gives the minister the power to act against anyone for criticising the government.

"What we are targeting are syndicates that cheat ordinary Malaysians of their savings, and individuals who drive children to self-harm through bullying on social media," he said.

Azman said scam losses reported to the police had reached RM1.6bil in the first nine months of the year, with more than 28,000 cases recorded nationwide.

The Bill was passed with a majority voice vote after a debate that lasted more than three hours, with all 14 amendments proposed by the Opposition rejected.

Earlier, Datuk Dr Khairul Anuar Mohd Yusof (Gagasan-Kuala Pelang) said the definition of "offensive content" in the Bill was too vague and left too much to the discretion of the minister.

"Who decides what is offensive? Today it may be this minister, who I accept is a reasonable man. Tomorrow it may be someone else entirely," he said.

Lim Wei Siang (Harapan-Bandar Seri Jaya) said that while he supported the Bill, he wanted an assurance that the regulator would publish annual figures on the number of investigations opened under the amended provisions.

"Transparency is the best safeguard. If the numbers are published every year, the public can judge for themselves whether these powers are being abused," he said.

Azman replied that the ministry would consider the suggestion, adding that an internal review committee would be set up to monitor enforcement during the first two years.

The Centre for Media Accountability (CMA), in a statement issued hours before the debate, had urged the Government to refer the Bill to a parliamentary special select committee, saying it had been tabled "in haste and without meaningful consultation" with civil society groups.

The Bill will next be tabled in the Dewan Negara.""",
        [
            ("Amendments not meant to muzzle", "Azman Rashid Kamaruddin"),
            ("baseless and deliberately misleading", "Azman Rashid Kamaruddin"),
            ("I want to say this", "Azman Rashid Kamaruddin"),
            ("What we are targeting are", "Azman Rashid Kamaruddin"),
            ("Who decides what is offensive?", "Khairul Anuar Mohd Yusof"),
            ("Transparency is the best safeguard.", "Lim Wei Siang"),
            ("in haste and without meaningful", "Centre for Media Accountability"),
        ],
    ),
    (
        """Bukit Tembusu by-election: EC fixes polling on Dec 13

KUALA LUMPUR, Oct 29 (Bernama) -- The Election Commission (EC) has fixed Dec 13 as polling day for the Bukit Tembusu state by-election in Pahang, with nomination set for Nov 29.

EC chairman Datuk Seri Mohd Faizal Abdul Ghani said early voting would be held on Dec 9, and that the by-election would involve 24,318 voters, comprising 24,102 ordinary voters, 198 police personnel and their spouses, and 18 absent voters abroad.

"The EC has allocated RM3.2 million for the by-election, which will cover the costs of the polling and counting process as well as logistics," he told a press conference after chairing a special meeting of the commission here today.

The by-election was called following the death of the seat's assemblyman, Datuk Hashim Othman, 67, who died of a heart attack on Oct 3.

Mohd Faizal said the EC would deploy about 480 election workers at 12 polling centres with 41 voting streams, while the official tally centre would be located at the Bukit Tembusu community hall.

He also reminded political parties and candidates to comply with election laws, especially regarding campaign materials and public gatherings.

"We do not want to see any incidents that could disrupt public order. Parties must obtain police permits for their ceramah and ensure that their posters and banners are removed within 14 days after polling," he said.

Asked about the possibility of polling being affected by the northeast monsoon, he said the EC had discussed the matter with the relevant agencies and the Pahang state government.

"If there is flooding, we have contingency plans, including relocating polling centres to higher ground. The safety of voters and election workers is our main priority," he said.

Mohd Faizal added that the EC would also provide transport for elderly and disabled voters in several villages located along the river.

Meanwhile, Parti Perpaduan Nasional (PPN) secretary-general Datuk Zulkifli Mat Saad said in a statement that the party, which held the seat, would announce its candidate two weeks before nomination day.

According to him, the party's machinery in the constituency had been "on the ground since the day of the funeral" and was ready to defend the seat.

-- BERNAMA""",
        [
            ("The EC has allocated RM3.2", "Mohd Faizal Abdul Ghani"),
            ("We do not want to", "Mohd Faizal Abdul Ghani"),
            ("If there is flooding, we", "Mohd Faizal Abdul Ghani"),
            ("on the ground since the", "Zulkifli Mat Saad"),
        ],
    ),
    (
        """KPU urges regions to finish voter data updates before March deadline

Jakarta (ANTARA) - The General Elections Commission (KPU) has asked its provincial and district offices to complete the continuous updating of the voter list before the end of March so that problems seen in previous elections are not repeated.

"We have asked all KPU offices in the regions to coordinate with the local population and civil registry offices, so that residents who have died or moved are removed from the list, and first-time voters are included," KPU member Ahmad Sofyan Nasution said here on Monday.

He noted that during the last regional head elections, the commission received more than 3,000 complaints related to voter data, most of them concerning residents who were not registered at the address where they actually lived.

According to Nasution, the commission will also conduct door-to-door checks in areas with a high number of complaints, including several regencies in Papua and East Nusa Tenggara.

"The accuracy of the voter list is the foundation of a credible election. If the list is wrong, everything that follows can be questioned," he affirmed.

Meanwhile, member of Commission II of the House of Representatives (DPR) Rahmat Hidayat Siregar urged the KPU to pay special attention to Indonesian migrant workers and residents of remote islands.

"Many of our citizens working abroad still cannot vote because their data have not been updated. This must be resolved long before the next election, not two months before," he remarked.

Siregar also asked the KPU to involve the Election Supervisory Agency (Bawaslu) in the verification process from the start, rather than only after the provisional list is announced.

The Bawaslu said it was ready to help. "Supervision of voter data is not a one-off activity. Our staff in the villages will continue to monitor the process and report any discrepancies to the KPU," Bawaslu member Lestari Wulandari stated.

She added that the agency had found more than 12,000 cases of double registration in the provisional list during the last regional elections, most of which were corrected before voting day.

The KPU is scheduled to announce the updated voter list for the first semester of the year in April.""",
        [
            ("We have asked all KPU", "Ahmad Sofyan Nasution"),
            ("The accuracy of the voter", "Ahmad Sofyan Nasution"),
            ("Many of our citizens working", "Rahmat Hidayat Siregar"),
            ("Supervision of voter data is", "Lestari Wulandari"),
        ],
    ),
    (
        """Court of Appeal reserves decision in ex-exco man's graft appeal

Faisal Asyraf Zainudin
Published: Today 4:12 PM

The Court of Appeal in Putrajaya today reserved its decision on former Kedah state executive councillor Abdul Halim Mustapa's appeal against his conviction and six-year jail sentence for receiving RM850,000 in bribes linked to a land alienation deal.

A three-member bench led by Justice Noraini Abdul Latiff said it would inform parties of the decision date later.

"We will need time to go through the records of appeal and the written submissions, which are quite voluminous," Noraini said at the end of the two-day hearing.

Halim, 58, was convicted by the Alor Setar Sessions Court in 2023 on two counts of accepting bribes from a director of Teguh Jaya Properties Sdn Bhd as an inducement to approve the alienation of 40 hectares of state land to the company. He was also fined RM4.25 million.

Counsel Ravindran Selvaraj, representing Halim, argued that the trial judge had erred in relying on the testimony of the developer's former director, whom he described as "an accomplice with every reason to lie".

"The prosecution's entire case rests on one man who was himself facing charges and who was given immunity in exchange for his evidence. That alone should have made the trial judge extremely cautious," Ravindran told the court.

He also submitted that the defence had not been given access to several documents seized by the Malaysian Anti-Corruption Commission (MACC) during its investigation.

Deputy public prosecutor Siti Zubaidah Kamarudin countered that the witness's testimony was corroborated by bank records and WhatsApp messages recovered from the appellant's phone.

"The money trail speaks for itself. Two payments were made into an account controlled by the appellant's brother-in-law within a week of the land approval," she said.

She also asked the court to enhance the sentence, describing six years as "manifestly inadequate" given Halim's position and the amount involved.

Halim, who remains free on bail pending the appeal, declined to comment when approached by reporters outside the courtroom.

However, a close aide, who declined to be named, said the former state leader was "tired but hopeful" after nearly four years of court proceedings.

Halim was dropped as a candidate by his party in the last state election, shortly after he was charged.""",
        [
            ("We will need time to", "Noraini Abdul Latiff"),
            ("an accomplice with every reason", "Ravindran Selvaraj"),
            ("The prosecution's entire case rests", "Ravindran Selvaraj"),
            ("The money trail speaks for", "Siti Zubaidah Kamarudin"),
            ("manifestly inadequate", "Siti Zubaidah Kamarudin"),
            ("tired but hopeful", "close aide"),
        ],
    ),
    (
        """Indonesia's parliament approves indirect election of some regional heads despite protests

By Fikri Ramadhan and Joanne Mercer

JAKARTA, Aug 21 (Reuters) - Indonesia's parliament on Thursday approved changes to the regional elections law that will allow district legislatures to pick regents instead of voters, a move critics called a setback for the country's democracy.

Hundreds of students rallied outside the parliament building in Jakarta as lawmakers voted, with some throwing plastic bottles and stones at police, who responded with water cannon and tear gas.

Eight of the nine parties in parliament backed the bill. Only the opposition Partai Suara Rakyat (PSR) voted against it.

"This law is about efficiency. Direct elections in every district cost trillions of rupiah and have created a culture of money politics that we all know is destroying our institutions," Dimas Aryo Wicaksono, deputy chairman of parliament's commission on home affairs, told reporters after the vote.

Home Affairs Minister Surya Darmawan said in a statement that direct elections would continue for provincial governors and mayors of cities.

"Nothing in this law takes away the people's right to choose their governor," he said.

Critics say the change will hand power to party elites in the regions, where legislatures are often dominated by a handful of local political families.

"Voters will lose the ability to punish bad leaders at the ballot box. This is a step back to the way things were before 1998," said Arief Nugroho, a political scientist at Universitas Nusantara Raya in Yogyakarta.

PSR lawmaker Maria Ulfa Tambunan said her party would challenge the law at the Constitutional Court.

"We believe the constitution requires regional heads to be elected democratically, and for us democratic means chosen by the people," she said.

A senior official at the home affairs ministry, who declined to be named because he was not authorised to speak to the media, said the government expected a legal challenge and was "confident the law will survive it".

Police said 23 people were detained during the protest and two officers were taken to hospital with minor injuries.

Indonesia, the world's third-largest democracy, introduced direct elections for regional heads in 2005 as part of a wave of reforms that followed the end of authoritarian rule in 1998.

(Reporting by Fikri Ramadhan and Joanne Mercer; Editing by Martin Halloway)""",
        [
            ("This law is about efficiency.", "Dimas Aryo Wicaksono"),
            ("Nothing in this law takes", "Surya Darmawan"),
            ("Voters will lose the ability", "Arief Nugroho"),
            ("We believe the constitution requires", "Maria Ulfa Tambunan"),
            ("confident the law will survive", "senior official at the home affairs ministry"),
        ],
    ),
    (
        """Gagasan rift deepens as youth wing demands party polls this year

FMT Reporters

PETALING JAYA: Parti Gagasan Rakyat Malaysia's youth wing has demanded that the party hold its leadership elections this year, deepening a rift that has simmered since the party's poor showing in the last round of state elections.

In a statement today, Gagasan Youth chief Amirul Hakim Zainal said postponing the polls for a second time would "send the wrong message to members and voters alike".

"The grassroots have been patient. They have accepted two postponements in good faith, but they are now asking whether the leadership is afraid of a contest," he said.

Amirul said 112 of the party's 165 divisions had passed motions at their annual meetings calling for the polls to proceed as scheduled in November.

The party's supreme council decided last week to defer the elections to 2026, citing the need to focus on preparations for the next general election.

A supreme council member, who spoke to FMT on condition of anonymity, said the decision was made unanimously and that the youth wing had been "informed and consulted" beforehand.

"There is nothing sinister here. Every party defers its polls when a general election is near. The youth chief knows this, but he has his own ambitions," the source said.

Gagasan secretary-general Datuk Paul Ling Kok Hwa did not respond to requests for comment.

Political analyst Nor Azizah Che Mat of Universiti Pantai Timur said the public spat suggested that the party's leadership was losing its grip on younger members, many of whom joined after the previous general election.

She said: "When a youth wing goes public like this, it is usually because internal channels have failed. The question is whether the president can bring them back into the fold before it becomes a split."

Nor Azizah added that the dispute could also hurt the party's negotiations with its coalition partners over seat allocations, which are expected to begin early next year.

Gagasan won only three of the 24 seats it contested in the state elections, down from nine in the previous polls. Several division leaders later blamed the result on what they called "top-down" candidate selection.""",
        [
            ("send the wrong message to", "Amirul Hakim Zainal"),
            ("The grassroots have been patient.", "Amirul Hakim Zainal"),
            ("informed and consulted", "supreme council member"),
            ("There is nothing sinister here.", "supreme council member"),
            ("When a youth wing goes", "Nor Azizah Che Mat"),
        ],
    ),
    (
        """Legislator-Elect Jailed for Vote-Buying, Set to Lose Seat

Palembang. A district court in South Sumatra on Tuesday sentenced a legislator-elect to 18 months in prison for handing out cash and rice to voters days before February's legislative election, a ruling that is expected to cost him his seat on the regional council.

Hendra Wijaya Saleh, who won a seat on the Tanjung Bara Regional Legislative Council (DPRD) on the ticket of the Partai Nusantara Maju (PNM), was also fined Rp 50 million ($3,100).

Presiding judge Ratna Sari Dewi said Hendra had been "legally and convincingly proven guilty of promising and giving money to voters" in order to influence their choice.

"The defendant's actions have damaged the integrity of the election and betrayed the trust of voters, who should be free to make their own choice," Ratna said as she read the verdict at the Palembang District Court.

Prosecutors had sought a two-year sentence. Prosecutor Yudi Firmansyah said his team would consider whether to appeal. "We will study the verdict first. We have seven days to decide," he told reporters.

Hendra's lawyer, Sulaiman Effendi, said his client would appeal. He maintained that the money had been distributed by campaign volunteers without Hendra's knowledge.

"My client never instructed anyone to hand out money. The evidence presented in court only showed that volunteers wearing his T-shirts were present, nothing more," Sulaiman said.

Under the Elections Law, a legislator-elect who is convicted of vote-buying in a final and binding verdict will be disqualified and replaced by the candidate with the next-highest vote count from the same party list.

The Tanjung Bara Elections Supervisory Agency (Bawaslu), which first reported the case to the Integrated Law Enforcement Center (Gakkumdu), welcomed the verdict.

"This should be a lesson for all candidates. Vote-buying is not a small matter that can be settled with an apology," Tanjung Bara Bawaslu chairman Irwan Gunadi said in a statement.

According to the indictment, Hendra's team distributed envelopes containing Rp 100,000 and five-kilogram bags of rice to at least 240 residents in two villages in the early hours before polling day, a practice widely known in Indonesia as "serangan fajar," or dawn attack.

One resident of Sukamulya village, who testified during the trial, told the Jakarta Globe that she had taken the envelope because "everyone else was taking it."

Hendra remains free pending the outcome of any appeal.""",
        [
            ("legally and convincingly proven guilty", "Ratna Sari Dewi"),
            ("The defendant's actions have damaged", "Ratna Sari Dewi"),
            ("We will study the verdict", "Yudi Firmansyah"),
            ("My client never instructed anyone", "Sulaiman Effendi"),
            ("This should be a lesson", "Irwan Gunadi"),
            ("everyone else was taking it", "resident of Sukamulya village"),
        ],
    ),
]
